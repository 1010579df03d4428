<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditListPage</name>
    <message>
        <location filename="../../app.py" line="80"/>
        <source>&amp;New audit</source>
        <translation>&amp;Nueva auditoría</translation>
    </message>
    <message>
        <location filename="../../app.py" line="85"/>
        <source>Start auditing a procurement process (Ctrl+N)</source>
        <translation>Empezar a auditar un procedimiento de contratación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="91"/>
        <source>Search by process number, convening unit or text (Ctrl+F)</source>
        <translation>Buscar por número de procedimiento, unidad convocante o texto (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="94"/>
        <source>Search audits</source>
        <translation>Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="100"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../app.py" line="101"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../app.py" line="107"/>
        <source>Filter by checklist</source>
        <translation>Filtrar por formulario</translation>
    </message>
    <message>
        <location filename="../../app.py" line="108"/>
        <source>All checklists</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <location filename="../../app.py" line="110"/>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="112"/>
        <source>Show only audits whose event is between these dates</source>
        <translation>Mostrar solo auditorías cuyo evento esté entre estas fechas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="121"/>
        <source>From date</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app.py" line="122"/>
        <source>To date</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../app.py" line="142"/>
        <source>List of audits</source>
        <translation>Lista de auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="155"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../app.py" line="160"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../app.py" line="162"/>
        <source>&amp;Checklist:</source>
        <translation>F&amp;ormulario:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app.py" line="257"/>
        <source>← Back to the &amp;list</source>
        <translation>← Volver a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../../app.py" line="259"/>
        <source>Back to the list of audits (Alt+Left)</source>
        <translation>Volver a la lista de auditorías (Alt+Izquierda)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app.py" line="286"/>
        <location filename="../../app.py" line="547"/>
        <source>Observador — Citizen audits</source>
        <translation>Observador — Auditorías ciudadanas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="358"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="360"/>
        <source>&amp;Verify a PDF report…</source>
        <translation>&amp;Verificar un informe PDF…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="363"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="365"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app.py" line="366"/>
        <source>&amp;Audits</source>
        <translation>&amp;Auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="368"/>
        <source>&amp;Participation</source>
        <translation>&amp;Participación</translation>
    </message>
    <message>
        <location filename="../../app.py" line="371"/>
        <source>&amp;Search audits</source>
        <translation>&amp;Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="374"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../app.py" line="376"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../app.py" line="377"/>
        <source>&amp;Open selected audit</source>
        <translation>&amp;Abrir la auditoría seleccionada</translation>
    </message>
    <message>
        <location filename="../../app.py" line="379"/>
        <source>Add &amp;evidence…</source>
        <translation>Agregar &amp;evidencia…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="382"/>
        <source>Signed &amp;report…</source>
        <translation>&amp;Informe firmado…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="384"/>
        <source>&amp;About Observador</source>
        <translation>Acerca &amp;de Observador</translation>
    </message>
    <message>
        <location filename="../../app.py" line="390"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app.py" line="393"/>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <location filename="../../app.py" line="400"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app.py" line="409"/>
        <source>&amp;Sending</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <location filename="../../app.py" line="411"/>
        <source>He&amp;lp</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app.py" line="512"/>
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app.py" line="734"/>
        <source>⬆ %n finished audit(s) not sent yet</source>
        <translation>
            <numerusform>⬆ %n auditoría terminada sin enviar</numerusform>
            <numerusform>⬆ %n auditorías terminadas sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app.py" line="434"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="450"/>
        <source>Showing %1 of %2 audits</source>
        <translation>Mostrando %1 de %2 auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="461"/>
        <source>No audits yet. Press “New audit” (Ctrl+N) to start the first one.</source>
        <translation>Todavía no hay auditorías. Pulse «Nueva auditoría» (Ctrl+N) para empezar la primera.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="464"/>
        <source>No audit matches the search and filters.</source>
        <translation>Ninguna auditoría coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="468"/>
        <source>%1 checklist file(s) have errors and were not loaded</source>
        <translation>%1 formulario(s) con errores no se cargaron</translation>
    </message>
    <message>
        <location filename="../../app.py" line="532"/>
        <source>Observador — %1</source>
        <translation>Observador — %1</translation>
    </message>
    <message>
        <location filename="../../app.py" line="558"/>
        <source>Observador — Participation</source>
        <translation>Observador — Participación</translation>
    </message>
    <message>
        <location filename="../../app.py" line="600"/>
        <source>This audit is closed: its evidence is in the panel on the right.</source>
        <translation>Esta auditoría está cerrada: su evidencia está en el panel de la derecha.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="604"/>
        <source>Evidence for this question</source>
        <translation>Evidencia para esta pregunta</translation>
    </message>
    <message>
        <location filename="../../app.py" line="645"/>
        <source>Verify a PDF report</source>
        <translation>Verificar un informe PDF</translation>
    </message>
    <message>
        <location filename="../../app.py" line="645"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="697"/>
        <source>Open a draft audit to add files as evidence; drop a PDF to verify it.</source>
        <translation>Abra una auditoría en borrador para agregar archivos como evidencia; suelte un PDF para verificarlo.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="738"/>
        <source>✓ Nothing waiting to be sent</source>
        <translation>✓ Nada pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app.py" line="768"/>
        <source>Server: not configured</source>
        <translation>Servidor: no configurado</translation>
    </message>
    <message>
        <location filename="../../app.py" line="769"/>
        <source>Server: checking…</source>
        <translation>Servidor: comprobando…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="770"/>
        <source>● Server reachable</source>
        <translation>● Servidor disponible</translation>
    </message>
    <message>
        <location filename="../../app.py" line="771"/>
        <source>○ Server not reachable (working offline)</source>
        <translation>○ Servidor no disponible (trabajando sin conexión)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="800"/>
        <source>Import in progress</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <location filename="../../app.py" line="802"/>
        <source>Files are still being added. Stop the import and quit? The files already added are kept.</source>
        <translation>Todavía se están agregando archivos. ¿Detener la importación y salir? Los archivos ya agregados se conservan.</translation>
    </message>
</context>
</TS>
