<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditPickerDialog</name>
    <message>
        <location filename="../../participation/audit_picker.py" line="47"/>
        <source>Choose an audit</source>
        <translation>Elija una auditoría</translation>
    </message>
    <message>
        <location filename="../../participation/audit_picker.py" line="50"/>
        <source>The session&apos;s event, date and place are taken from the audit you choose.</source>
        <translation>El evento, la fecha y el lugar de la sesión se toman de la auditoría que elija.</translation>
    </message>
    <message>
        <location filename="../../participation/audit_picker.py" line="57"/>
        <source>Filter audits</source>
        <translation>Filtrar auditorías</translation>
    </message>
    <message>
        <location filename="../../participation/audit_picker.py" line="58"/>
        <source>Type to filter by number, name or date</source>
        <translation>Escriba para filtrar por número, nombre o fecha</translation>
    </message>
    <message>
        <location filename="../../participation/audit_picker.py" line="67"/>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../participation/audit_picker.py" line="72"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../participation/audit_picker.py" line="77"/>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../participation/audit_picker.py" line="126"/>
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n auditoría</numerusform>
            <numerusform>%n auditorías</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../participation/audit_picker.py" line="128"/>
        <source>There are no audits yet.</source>
        <translation>Todavía no hay auditorías.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../participation/export.py" line="53"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../participation/export.py" line="58"/>
        <source>%1 session(s) exported to %2</source>
        <translation>%1 sesión(es) exportada(s) a %2</translation>
    </message>
    <message>
        <location filename="../../participation/export.py" line="76"/>
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <location filename="../../participation/export.py" line="76"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../participation/export.py" line="83"/>
        <source>participation-%1-to-%2.csv</source>
        <translation>participacion-%1-a-%2.csv</translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <location filename="../../participation/page.py" line="84"/>
        <location filename="../../participation/page.py" line="127"/>
        <source>Participation sessions</source>
        <translation>Sesiones de participación</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="150"/>
        <source>&amp;Add session…</source>
        <translation>Agregar &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="152"/>
        <source>Add from an a&amp;udit…</source>
        <translation>Agregar desde una audi&amp;toría…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="154"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="156"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="158"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="169"/>
        <source>Add session…</source>
        <translation>Agregar sesión…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="172"/>
        <source>Add session from an audit…</source>
        <translation>Agregar sesión desde una auditoría…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="174"/>
        <source>Edit session…</source>
        <translation>Editar sesión…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="180"/>
        <location filename="../../participation/page.py" line="341"/>
        <source>Remove session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="186"/>
        <source>Export period to CSV…</source>
        <translation>Exportar el periodo a CSV…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="416"/>
        <source>Correct the selected session (F2 or Enter)</source>
        <translation>Corregir la sesión seleccionada (F2 o Intro)</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="195"/>
        <source>Record a session by hand (Insert)</source>
        <translation>Registrar una sesión a mano (Insert)</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="417"/>
        <source>Remove the selected session (Delete)</source>
        <translation>Eliminar la sesión seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="197"/>
        <source>Save the sessions of this period as a spreadsheet file (Ctrl+Shift+E)</source>
        <translation>Guardar las sesiones de este periodo como archivo de hoja de cálculo (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="274"/>
        <source>Reading the audit…</source>
        <translation>Leyendo la auditoría…</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="304"/>
        <source>Session removed: %1 (%2).</source>
        <translation>Sesión eliminada: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="342"/>
        <source>Remove the session «%1» of %2 (%3 hours)? This cannot be undone.</source>
        <translation>¿Eliminar la sesión «%1» del %2 (%3 horas)? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="376"/>
        <source>Session saved: %1 (%2 hours).</source>
        <translation>Sesión guardada: %1 (%2 horas).</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="382"/>
        <source>Session saved on %1, outside the period shown.</source>
        <translation>Sesión guardada el %1, fuera del periodo que se muestra.</translation>
    </message>
    <message>
        <location filename="../../participation/page.py" line="393"/>
        <source>No sessions in this period. Use “Add session…” after each event you attend, or choose another period.</source>
        <translation>No hay sesiones en este periodo. Use «Agregar sesión…» después de cada evento al que asista, o elija otro periodo.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../participation/period.py" line="43"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="44"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="45"/>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="46"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="47"/>
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="48"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="52"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="55"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="59"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="61"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="130"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../participation/period.py" line="133"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../participation/period.py" line="137"/>
        <source>%n session(s) · %1 hours in the period</source>
        <translation>
            <numerusform>%n sesión · %1 horas en el periodo</numerusform>
            <numerusform>%n sesiones · %1 horas en el periodo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../participation/session_dialog.py" line="109"/>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="111"/>
        <source>Session from an audit</source>
        <translation>Sesión desde una auditoría</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="113"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="118"/>
        <source>Record an event you attended as an observer. The hours count for your stipend or academic credit; sessions on the same day cannot overlap.</source>
        <translation>Registre un evento al que asistió como observador. Las horas cuentan para su apoyo económico o sus créditos académicos; las sesiones del mismo día no pueden traslaparse.</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="158"/>
        <source>Disputed by the OIC: %1</source>
        <translation>Impugnada por el OIC: %1</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="160"/>
        <source>Correct what it says and save: the session goes to the OIC again.</source>
        <translation>Corrija lo que señala y guarde: la sesión se enviará de nuevo al OIC.</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="174"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="175"/>
        <source>e.g. Clarification meeting LP-012-2026</source>
        <translation>p. ej. Junta de aclaraciones LP-012-2026</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="177"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="180"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="184"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="213"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="218"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="223"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="225"/>
        <source>E&amp;nd:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="185"/>
        <source>Time:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="188"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="190"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="193"/>
        <source>Related audit</source>
        <translation>Auditoría relacionada</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="194"/>
        <location filename="../../participation/session_dialog.py" line="329"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="199"/>
        <source>&amp;Audit:</source>
        <translation>A&amp;uditoría:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="202"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="205"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="137"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="349"/>
        <source>the end must be after the start</source>
        <translation>el fin debe ser posterior al inicio</translation>
    </message>
    <message>
        <location filename="../../participation/session_dialog.py" line="353"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../participation/model.py" line="35"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="36"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="37"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="38"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="39"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="40"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="41"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="42"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="43"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="125"/>
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="126"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="127"/>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="128"/>
        <source>Disputed</source>
        <translation>Impugnada</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="138"/>
        <source>Validated by the OIC on %1; it can no longer be changed.</source>
        <translation>Validada por el OIC el %1; ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="142"/>
        <source>Validated by the OIC; it can no longer be changed.</source>
        <translation>Validada por el OIC; ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="146"/>
        <source>Disputed by the OIC: %1 Correct it (Edit…) and it goes to the OIC again.</source>
        <translation>Impugnada por el OIC: %1 Corríjala (Editar…) y se enviará de nuevo al OIC.</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="147"/>
        <source>(no reason given).</source>
        <translation>(sin motivo indicado).</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="149"/>
        <source>The OIC received it and has not decided yet.</source>
        <translation>El OIC la recibió y aún no decide.</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="151"/>
        <source>Not sent to the OIC yet: it goes with the next sync.</source>
        <translation>Aún no se envía al OIC: se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="153"/>
        <source>The OIC had disputed it: %1</source>
        <translation>El OIC la había impugnado: %1</translation>
    </message>
    <message>
        <location filename="../../participation/model.py" line="155"/>
        <source>The OIC server said: %1</source>
        <translation>El servidor del OIC respondió: %1</translation>
    </message>
</context>
</TS>
