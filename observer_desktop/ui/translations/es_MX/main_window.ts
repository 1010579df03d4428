<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditListPage</name>
    <message>
        <location filename="../../main_window/list_page.py" line="54"/>
        <source>&amp;New audit</source>
        <translation>&amp;Nueva auditoría</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="59"/>
        <source>Start auditing a procurement process (Ctrl+N)</source>
        <translation>Empezar a auditar un procedimiento de contratación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="66"/>
        <source>Search by process number, convening unit or text (Ctrl+F)</source>
        <translation>Buscar por número de procedimiento, unidad convocante o texto (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="69"/>
        <source>Search audits</source>
        <translation>Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="77"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="78"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="84"/>
        <source>Filter by checklist</source>
        <translation>Filtrar por formulario</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="85"/>
        <source>All checklists</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="87"/>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="89"/>
        <source>Show only audits whose event is between these dates</source>
        <translation>Mostrar solo auditorías cuyo evento esté entre estas fechas</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="98"/>
        <source>From date</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="99"/>
        <source>To date</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="123"/>
        <source>List of audits</source>
        <translation>Lista de auditorías</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="159"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="164"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="166"/>
        <source>&amp;Checklist:</source>
        <translation>F&amp;ormulario:</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="233"/>
        <source>No audits yet. Press “New audit” (Ctrl+N) to start the first one.</source>
        <translation>Todavía no hay auditorías. Pulse «Nueva auditoría» (Ctrl+N) para empezar la primera.</translation>
    </message>
    <message>
        <location filename="../../main_window/list_page.py" line="236"/>
        <source>No audit matches the search and filters.</source>
        <translation>Ninguna auditoría coincide con la búsqueda y los filtros.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../main_window/audit_page.py" line="23"/>
        <source>← Back to the &amp;list</source>
        <translation>← Volver a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../../main_window/audit_page.py" line="25"/>
        <source>Back to the list of audits (Alt+Left)</source>
        <translation>Volver a la lista de auditorías (Alt+Izquierda)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main_window/window.py" line="46"/>
        <location filename="../../main_window/window.py" line="265"/>
        <source>Observador — Citizen audits</source>
        <translation>Observador — Auditorías ciudadanas</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="32"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="39"/>
        <source>&amp;Verify a PDF report…</source>
        <translation>&amp;Verificar un informe PDF…</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="46"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="55"/>
        <source>&amp;Audits</source>
        <translation>&amp;Auditorías</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="59"/>
        <source>&amp;Participation</source>
        <translation>&amp;Participación</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="66"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="73"/>
        <source>&amp;Search audits</source>
        <translation>&amp;Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="80"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="86"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="89"/>
        <source>&amp;Open selected audit</source>
        <translation>&amp;Abrir la auditoría seleccionada</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="93"/>
        <source>Add &amp;evidence…</source>
        <translation>Agregar &amp;evidencia…</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="100"/>
        <source>Signed &amp;report…</source>
        <translation>&amp;Informe firmado…</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="107"/>
        <source>&amp;Import audit package…</source>
        <translation>&amp;Importar paquete de auditoría…</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="114"/>
        <source>E&amp;xport audit package…</source>
        <translation>E&amp;xportar paquete de auditoría…</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="120"/>
        <source>&amp;About Observador</source>
        <translation>Acerca &amp;de Observador</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="147"/>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="163"/>
        <source>&amp;Sending</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="164"/>
        <source>He&amp;lp</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../main_window/menus.py" line="216"/>
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="351"/>
        <source>Select an audit in the list (or open one) to export it.</source>
        <translation>Seleccione una auditoría en la lista (o ábrala) para exportarla.</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="194"/>
        <source>%1 checklist file(s) have errors and were not loaded</source>
        <translation>%1 formulario(s) con errores no se cargaron</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="246"/>
        <source>Observador — %1</source>
        <translation>Observador — %1</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="276"/>
        <source>Observador — Participation</source>
        <translation>Observador — Participación</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="278"/>
        <source>Observador — Agenda</source>
        <translation>Observador — Agenda</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="324"/>
        <source>This audit is closed: its evidence is in the panel on the right.</source>
        <translation>Esta auditoría está cerrada: su evidencia está en el panel de la derecha.</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="328"/>
        <source>Evidence for this question</source>
        <translation>Evidencia para esta pregunta</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="449"/>
        <source>Import in progress</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <location filename="../../main_window/window.py" line="451"/>
        <source>Files are still being added. Stop the import and quit? The files already added are kept.</source>
        <translation>Todavía se están agregando archivos. ¿Detener la importación y salir? Los archivos ya agregados se conservan.</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../../main_window/dialogs.py" line="64"/>
        <source>Verify a PDF report</source>
        <translation>Verificar un informe PDF</translation>
    </message>
    <message>
        <location filename="../../main_window/dialogs.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <location filename="../../main_window/status_bar.py" line="49"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../main_window/status_bar.py" line="59"/>
        <source>Showing %1 of %2 audits</source>
        <translation>Mostrando %1 de %2 auditorías</translation>
    </message>
    <message numerus="yes">
        <location filename="../../main_window/status_bar.py" line="65"/>
        <source>⬆ %n finished audit(s) not sent yet</source>
        <translation>
            <numerusform>⬆ %n auditoría terminada sin enviar</numerusform>
            <numerusform>⬆ %n auditorías terminadas sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../main_window/status_bar.py" line="68"/>
        <source>✓ Nothing waiting to be sent</source>
        <translation>✓ Nada pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../main_window/status_bar.py" line="74"/>
        <source>Server: not configured</source>
        <translation>Servidor: no configurado</translation>
    </message>
    <message>
        <location filename="../../main_window/status_bar.py" line="75"/>
        <source>Server: checking…</source>
        <translation>Servidor: comprobando…</translation>
    </message>
    <message>
        <location filename="../../main_window/status_bar.py" line="76"/>
        <source>● Server reachable</source>
        <translation>● Servidor disponible</translation>
    </message>
    <message>
        <location filename="../../main_window/status_bar.py" line="77"/>
        <source>○ Server not reachable (working offline)</source>
        <translation>○ Servidor no disponible (trabajando sin conexión)</translation>
    </message>
</context>
</TS>
