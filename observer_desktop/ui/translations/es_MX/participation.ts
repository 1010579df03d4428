<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditPickerDialog</name>
    <message>
        <location filename="../../participation.py" line="488" />
        <source>Choose an audit</source>
        <translation>Elija una auditoría</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="491" />
        <source>The session's event, date and place are taken from the audit you choose.</source>
        <translation>El evento, la fecha y el lugar de la sesión se toman de la auditoría que elija.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="498" />
        <source>Filter audits</source>
        <translation>Filtrar auditorías</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="499" />
        <source>Type to filter by number, name or date</source>
        <translation>Escriba para filtrar por número, nombre o fecha</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="508" />
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="513" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="518" />
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="567" />
        <source>%1 audits</source>
        <translation>%1 auditorías</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="569" />
        <source>There are no audits yet.</source>
        <translation>Todavía no hay auditorías.</translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <location filename="../../participation.py" line="614" />
        <location filename="../../participation.py" line="666" />
        <source>Participation sessions</source>
        <translation>Sesiones de participación</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="624" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="625" />
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="626" />
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="627" />
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="628" />
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="629" />
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="633" />
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="636" />
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="640" />
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="642" />
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="691" />
        <source>&amp;Add session…</source>
        <translation>Agregar &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="693" />
        <source>Add from an a&amp;udit…</source>
        <translation>Agregar desde una audi&amp;toría…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="695" />
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="697" />
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="711" />
        <source>Add session…</source>
        <translation>Agregar sesión…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="714" />
        <source>Add session from an audit…</source>
        <translation>Agregar sesión desde una auditoría…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="716" />
        <location filename="../../participation.py" line="916" />
        <source>Remove session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="722" />
        <source>Export period to CSV…</source>
        <translation>Exportar el periodo a CSV…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="730" />
        <source>Record a session by hand (Insert)</source>
        <translation>Registrar una sesión a mano (Insert)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="731" />
        <source>Remove the selected session (Delete)</source>
        <translation>Eliminar la sesión seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="733" />
        <source>Save the sessions of this period as a spreadsheet file (Ctrl+Shift+E)</source>
        <translation>Guardar las sesiones de este periodo como archivo de hoja de cálculo (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="796" />
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="801" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="845" />
        <source>Reading the audit…</source>
        <translation>Leyendo la auditoría…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="862" />
        <source>Session removed: %1 (%2).</source>
        <translation>Sesión eliminada: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="882" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="887" />
        <source>%1 session(s) exported to %2</source>
        <translation>%1 sesión(es) exportada(s) a %2</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="917" />
        <source>Remove the session «%1» of %2 (%3 hours)? This cannot be undone.</source>
        <translation>¿Eliminar la sesión «%1» del %2 (%3 horas)? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="928" />
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="928" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="957" />
        <source>Session saved: %1 (%2 hours).</source>
        <translation>Sesión guardada: %1 (%2 horas).</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="963" />
        <source>Session saved on %1, outside the period shown.</source>
        <translation>Sesión guardada el %1, fuera del periodo que se muestra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../participation.py" line="973" />
        <source>%n session(s) · %1 hours in the period</source>
        <translation>
            <numerusform>%n sesión · %1 horas en el periodo</numerusform>
            <numerusform>%n sesiones · %1 horas en el periodo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../participation.py" line="979" />
        <source>No sessions in this period. Use “Add session…” after each event you attend, or choose another period.</source>
        <translation>No hay sesiones en este periodo. Use «Agregar sesión…» después de cada evento al que asista, o elija otro periodo.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1023" />
        <source>participation-%1-to-%2.csv</source>
        <translation>participacion-%1-a-%2.csv</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../participation.py" line="260" />
        <source>Session from an audit</source>
        <translation>Sesión desde una auditoría</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="260" />
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="265" />
        <source>Record an event you attended as an observer. The hours count for your stipend or academic credit; sessions on the same day cannot overlap.</source>
        <translation>Registre un evento al que asistió como observador. Las horas cuentan para su apoyo económico o sus créditos académicos; las sesiones del mismo día no pueden traslaparse.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="275" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="276" />
        <source>e.g. Clarification meeting LP-012-2026</source>
        <translation>p. ej. Junta de aclaraciones LP-012-2026</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="278" />
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="281" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="285" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="289" />
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="294" />
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="299" />
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="301" />
        <source>E&amp;nd:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="310" />
        <source>Time:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="313" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="315" />
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="318" />
        <source>Related audit</source>
        <translation>Auditoría relacionada</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="319" />
        <location filename="../../participation.py" line="431" />
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="324" />
        <source>&amp;Audit:</source>
        <translation>A&amp;uditoría:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="327" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="330" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="340" />
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="451" />
        <source>the end must be after the start</source>
        <translation>el fin debe ser posterior al inicio</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="455" />
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../participation.py" line="156" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="157" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="158" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="159" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="160" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="161" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="162" />
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="163" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
</TS>