<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditListPage</name>
    <message>
        <location filename="../../app.py" line="93"/>
        <source>&amp;New audit</source>
        <translation>&amp;Nueva auditoría</translation>
    </message>
    <message>
        <location filename="../../app.py" line="98"/>
        <source>Start auditing a procurement process (Ctrl+N)</source>
        <translation>Empezar a auditar un procedimiento de contratación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="104"/>
        <source>Search by process number, convening unit or text (Ctrl+F)</source>
        <translation>Buscar por número de procedimiento, unidad convocante o texto (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="107"/>
        <source>Search audits</source>
        <translation>Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="113"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../app.py" line="114"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../app.py" line="120"/>
        <source>Filter by checklist</source>
        <translation>Filtrar por formulario</translation>
    </message>
    <message>
        <location filename="../../app.py" line="121"/>
        <source>All checklists</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <location filename="../../app.py" line="123"/>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="125"/>
        <source>Show only audits whose event is between these dates</source>
        <translation>Mostrar solo auditorías cuyo evento esté entre estas fechas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="134"/>
        <source>From date</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app.py" line="135"/>
        <source>To date</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../app.py" line="158"/>
        <source>List of audits</source>
        <translation>Lista de auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="171"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../app.py" line="176"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../app.py" line="178"/>
        <source>&amp;Checklist:</source>
        <translation>F&amp;ormulario:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app.py" line="294"/>
        <source>← Back to the &amp;list</source>
        <translation>← Volver a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../../app.py" line="296"/>
        <source>Back to the list of audits (Alt+Left)</source>
        <translation>Volver a la lista de auditorías (Alt+Izquierda)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app.py" line="327"/>
        <location filename="../../app.py" line="626"/>
        <source>Observador — Citizen audits</source>
        <translation>Observador — Auditorías ciudadanas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="400"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="402"/>
        <source>&amp;Verify a PDF report…</source>
        <translation>&amp;Verificar un informe PDF…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="405"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="407"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app.py" line="408"/>
        <source>&amp;Audits</source>
        <translation>&amp;Auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="410"/>
        <source>&amp;Participation</source>
        <translation>&amp;Participación</translation>
    </message>
    <message>
        <location filename="../../app.py" line="413"/>
        <source>&amp;Search audits</source>
        <translation>&amp;Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="416"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../app.py" line="418"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../app.py" line="419"/>
        <source>&amp;Open selected audit</source>
        <translation>&amp;Abrir la auditoría seleccionada</translation>
    </message>
    <message>
        <location filename="../../app.py" line="421"/>
        <source>Add &amp;evidence…</source>
        <translation>Agregar &amp;evidencia…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="424"/>
        <source>Signed &amp;report…</source>
        <translation>&amp;Informe firmado…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="427"/>
        <source>&amp;Import audit package…</source>
        <translation>&amp;Importar paquete de auditoría…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="433"/>
        <source>E&amp;xport audit package…</source>
        <translation>E&amp;xportar paquete de auditoría…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="438"/>
        <source>&amp;About Observador</source>
        <translation>Acerca &amp;de Observador</translation>
    </message>
    <message>
        <location filename="../../app.py" line="444"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app.py" line="455"/>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <location filename="../../app.py" line="463"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app.py" line="472"/>
        <source>&amp;Sending</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <location filename="../../app.py" line="474"/>
        <source>He&amp;lp</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app.py" line="591"/>
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message>
        <location filename="../../app.py" line="738"/>
        <source>Select an audit in the list (or open one) to export it.</source>
        <translation>Seleccione una auditoría en la lista (o ábrala) para exportarla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app.py" line="833"/>
        <source>⬆ %n finished audit(s) not sent yet</source>
        <translation>
            <numerusform>⬆ %n auditoría terminada sin enviar</numerusform>
            <numerusform>⬆ %n auditorías terminadas sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app.py" line="513"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="529"/>
        <source>Showing %1 of %2 audits</source>
        <translation>Mostrando %1 de %2 auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="540"/>
        <source>No audits yet. Press “New audit” (Ctrl+N) to start the first one.</source>
        <translation>Todavía no hay auditorías. Pulse «Nueva auditoría» (Ctrl+N) para empezar la primera.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="543"/>
        <source>No audit matches the search and filters.</source>
        <translation>Ninguna auditoría coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="547"/>
        <source>%1 checklist file(s) have errors and were not loaded</source>
        <translation>%1 formulario(s) con errores no se cargaron</translation>
    </message>
    <message>
        <location filename="../../app.py" line="611"/>
        <source>Observador — %1</source>
        <translation>Observador — %1</translation>
    </message>
    <message>
        <location filename="../../app.py" line="637"/>
        <source>Observador — Participation</source>
        <translation>Observador — Participación</translation>
    </message>
    <message>
        <location filename="../../app.py" line="688"/>
        <source>This audit is closed: its evidence is in the panel on the right.</source>
        <translation>Esta auditoría está cerrada: su evidencia está en el panel de la derecha.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="692"/>
        <source>Evidence for this question</source>
        <translation>Evidencia para esta pregunta</translation>
    </message>
    <message>
        <location filename="../../app.py" line="750"/>
        <source>Verify a PDF report</source>
        <translation>Verificar un informe PDF</translation>
    </message>
    <message>
        <location filename="../../app.py" line="750"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="837"/>
        <source>✓ Nothing waiting to be sent</source>
        <translation>✓ Nada pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app.py" line="867"/>
        <source>Server: not configured</source>
        <translation>Servidor: no configurado</translation>
    </message>
    <message>
        <location filename="../../app.py" line="868"/>
        <source>Server: checking…</source>
        <translation>Servidor: comprobando…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="869"/>
        <source>● Server reachable</source>
        <translation>● Servidor disponible</translation>
    </message>
    <message>
        <location filename="../../app.py" line="870"/>
        <source>○ Server not reachable (working offline)</source>
        <translation>○ Servidor no disponible (trabajando sin conexión)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="912"/>
        <source>Import in progress</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <location filename="../../app.py" line="914"/>
        <source>Files are still being added. Stop the import and quit? The files already added are kept.</source>
        <translation>Todavía se están agregando archivos. ¿Detener la importación y salir? Los archivos ya agregados se conservan.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app.py" line="1013"/>
        <source>The data folder %1 is open in Observador on another computer (%2). Close it there first: two computers writing one folder would overwrite each other&apos;s work. If that computer stopped without closing Observador, delete the file %3 and start again.</source>
        <translation>La carpeta de datos %1 está abierta en Observador en otra computadora (%2). Ciérrela allá primero: dos computadoras escribiendo en una misma carpeta se borrarían el trabajo. Si esa computadora se apagó sin cerrar Observador, borre el archivo %3 y vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="1030"/>
        <source>Observador is already open with the data folder %1, and it does not answer. Close the other window (or wait until it finishes) and start again.</source>
        <translation>Observador ya está abierto con la carpeta de datos %1 y no responde. Cierre la otra ventana (o espere a que termine) y vuelva a abrirlo.</translation>
    </message>
</context>
</TS>
