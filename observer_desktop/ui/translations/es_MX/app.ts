<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditListPage</name>
    <message>
        <location filename="../../app.py" line="81" />
        <source>&amp;New audit</source>
        <translation>&amp;Nueva auditoría</translation>
    </message>
    <message>
        <location filename="../../app.py" line="86" />
        <source>Start auditing a procurement process (Ctrl+N)</source>
        <translation>Empezar a auditar un procedimiento de contratación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="92" />
        <source>Search by process number, convening unit or text (Ctrl+F)</source>
        <translation>Buscar por número de procedimiento, unidad convocante o texto (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="95" />
        <source>Search audits</source>
        <translation>Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="101" />
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../app.py" line="102" />
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../app.py" line="108" />
        <source>Filter by checklist</source>
        <translation>Filtrar por formulario</translation>
    </message>
    <message>
        <location filename="../../app.py" line="109" />
        <source>All checklists</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <location filename="../../app.py" line="111" />
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="113" />
        <source>Show only audits whose event is between these dates</source>
        <translation>Mostrar solo auditorías cuyo evento esté entre estas fechas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="122" />
        <source>From date</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app.py" line="123" />
        <source>To date</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../app.py" line="143" />
        <source>List of audits</source>
        <translation>Lista de auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="156" />
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../app.py" line="161" />
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../app.py" line="163" />
        <source>&amp;Checklist:</source>
        <translation>F&amp;ormulario:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app.py" line="258" />
        <source>← Back to the &amp;list</source>
        <translation>← Volver a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../../app.py" line="260" />
        <source>Back to the list of audits (Alt+Left)</source>
        <translation>Volver a la lista de auditorías (Alt+Izquierda)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app.py" line="287" />
        <location filename="../../app.py" line="570" />
        <source>Observador — Citizen audits</source>
        <translation>Observador — Auditorías ciudadanas</translation>
    </message>
    <message>
        <location filename="../../app.py" line="360" />
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="362" />
        <source>&amp;Verify a PDF report…</source>
        <translation>&amp;Verificar un informe PDF…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="365" />
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="367" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app.py" line="368" />
        <source>&amp;Audits</source>
        <translation>&amp;Auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="370" />
        <source>&amp;Participation</source>
        <translation>&amp;Participación</translation>
    </message>
    <message>
        <location filename="../../app.py" line="373" />
        <source>&amp;Search audits</source>
        <translation>&amp;Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="376" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../app.py" line="378" />
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../app.py" line="379" />
        <source>&amp;Open selected audit</source>
        <translation>&amp;Abrir la auditoría seleccionada</translation>
    </message>
    <message>
        <location filename="../../app.py" line="381" />
        <source>Add &amp;evidence…</source>
        <translation>Agregar &amp;evidencia…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="384" />
        <source>Signed &amp;report…</source>
        <translation>&amp;Informe firmado…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="387" />
        <source>&amp;Import audit package…</source>
        <translation>&amp;Importar paquete de auditoría…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="393" />
        <source>E&amp;xport audit package…</source>
        <translation>E&amp;xportar paquete de auditoría…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="398" />
        <source>&amp;About Observador</source>
        <translation>Acerca &amp;de Observador</translation>
    </message>
    <message>
        <location filename="../../app.py" line="404" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app.py" line="415" />
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <location filename="../../app.py" line="423" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app.py" line="432" />
        <source>&amp;Sending</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <location filename="../../app.py" line="434" />
        <source>He&amp;lp</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app.py" line="535" />
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message>
        <location filename="../../app.py" line="676" />
        <source>Select an audit in the list (or open one) to export it.</source>
        <translation>Seleccione una auditoría en la lista (o ábrala) para exportarla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app.py" line="772" />
        <source>⬆ %n finished audit(s) not sent yet</source>
        <translation>
            <numerusform>⬆ %n auditoría terminada sin enviar</numerusform>
            <numerusform>⬆ %n auditorías terminadas sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app.py" line="457" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="473" />
        <source>Showing %1 of %2 audits</source>
        <translation>Mostrando %1 de %2 auditorías</translation>
    </message>
    <message>
        <location filename="../../app.py" line="484" />
        <source>No audits yet. Press “New audit” (Ctrl+N) to start the first one.</source>
        <translation>Todavía no hay auditorías. Pulse «Nueva auditoría» (Ctrl+N) para empezar la primera.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="487" />
        <source>No audit matches the search and filters.</source>
        <translation>Ninguna auditoría coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="491" />
        <source>%1 checklist file(s) have errors and were not loaded</source>
        <translation>%1 formulario(s) con errores no se cargaron</translation>
    </message>
    <message>
        <location filename="../../app.py" line="555" />
        <source>Observador — %1</source>
        <translation>Observador — %1</translation>
    </message>
    <message>
        <location filename="../../app.py" line="581" />
        <source>Observador — Participation</source>
        <translation>Observador — Participación</translation>
    </message>
    <message>
        <location filename="../../app.py" line="623" />
        <source>This audit is closed: its evidence is in the panel on the right.</source>
        <translation>Esta auditoría está cerrada: su evidencia está en el panel de la derecha.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="627" />
        <source>Evidence for this question</source>
        <translation>Evidencia para esta pregunta</translation>
    </message>
    <message>
        <location filename="../../app.py" line="689" />
        <source>Verify a PDF report</source>
        <translation>Verificar un informe PDF</translation>
    </message>
    <message>
        <location filename="../../app.py" line="689" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="776" />
        <source>✓ Nothing waiting to be sent</source>
        <translation>✓ Nada pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app.py" line="806" />
        <source>Server: not configured</source>
        <translation>Servidor: no configurado</translation>
    </message>
    <message>
        <location filename="../../app.py" line="807" />
        <source>Server: checking…</source>
        <translation>Servidor: comprobando…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="808" />
        <source>● Server reachable</source>
        <translation>● Servidor disponible</translation>
    </message>
    <message>
        <location filename="../../app.py" line="809" />
        <source>○ Server not reachable (working offline)</source>
        <translation>○ Servidor no disponible (trabajando sin conexión)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="838" />
        <source>Import in progress</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <location filename="../../app.py" line="840" />
        <source>Files are still being added. Stop the import and quit? The files already added are kept.</source>
        <translation>Todavía se están agregando archivos. ¿Detener la importación y salir? Los archivos ya agregados se conservan.</translation>
    </message>
</context>
</TS>