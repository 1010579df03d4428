<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditPickerDialog</name>
    <message>
        <location filename="../../participation.py" line="549"/>
        <source>Choose an audit</source>
        <translation>Elija una auditoría</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="552"/>
        <source>The session&apos;s event, date and place are taken from the audit you choose.</source>
        <translation>El evento, la fecha y el lugar de la sesión se toman de la auditoría que elija.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="559"/>
        <source>Filter audits</source>
        <translation>Filtrar auditorías</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="560"/>
        <source>Type to filter by number, name or date</source>
        <translation>Escriba para filtrar por número, nombre o fecha</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="569"/>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="574"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="579"/>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../participation.py" line="628"/>
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n auditoría</numerusform>
            <numerusform>%n auditorías</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../participation.py" line="630"/>
        <source>There are no audits yet.</source>
        <translation>Todavía no hay auditorías.</translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <location filename="../../participation.py" line="675"/>
        <location filename="../../participation.py" line="727"/>
        <source>Participation sessions</source>
        <translation>Sesiones de participación</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="685"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="686"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="687"/>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="688"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="689"/>
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="690"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="694"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="697"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="701"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="703"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="752"/>
        <source>&amp;Add session…</source>
        <translation>Agregar &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="754"/>
        <source>Add from an a&amp;udit…</source>
        <translation>Agregar desde una audi&amp;toría…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="756"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="758"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="760"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="774"/>
        <source>Add session…</source>
        <translation>Agregar sesión…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="777"/>
        <source>Add session from an audit…</source>
        <translation>Agregar sesión desde una auditoría…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="779"/>
        <source>Edit session…</source>
        <translation>Editar sesión…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="785"/>
        <location filename="../../participation.py" line="1000"/>
        <source>Remove session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="791"/>
        <source>Export period to CSV…</source>
        <translation>Exportar el periodo a CSV…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="798"/>
        <source>Correct the selected session (F2 or Enter)</source>
        <translation>Corregir la sesión seleccionada (F2 o Intro)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="801"/>
        <source>Record a session by hand (Insert)</source>
        <translation>Registrar una sesión a mano (Insert)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="802"/>
        <source>Remove the selected session (Delete)</source>
        <translation>Eliminar la sesión seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="804"/>
        <source>Save the sessions of this period as a spreadsheet file (Ctrl+Shift+E)</source>
        <translation>Guardar las sesiones de este periodo como archivo de hoja de cálculo (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="868"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="873"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="917"/>
        <source>Reading the audit…</source>
        <translation>Leyendo la auditoría…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="946"/>
        <source>Session removed: %1 (%2).</source>
        <translation>Sesión eliminada: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="966"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="971"/>
        <source>%1 session(s) exported to %2</source>
        <translation>%1 sesión(es) exportada(s) a %2</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1001"/>
        <source>Remove the session «%1» of %2 (%3 hours)? This cannot be undone.</source>
        <translation>¿Eliminar la sesión «%1» del %2 (%3 horas)? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1012"/>
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1012"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1041"/>
        <source>Session saved: %1 (%2 hours).</source>
        <translation>Sesión guardada: %1 (%2 horas).</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1047"/>
        <source>Session saved on %1, outside the period shown.</source>
        <translation>Sesión guardada el %1, fuera del periodo que se muestra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../participation.py" line="1057"/>
        <source>%n session(s) · %1 hours in the period</source>
        <translation>
            <numerusform>%n sesión · %1 horas en el periodo</numerusform>
            <numerusform>%n sesiones · %1 horas en el periodo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1063"/>
        <source>No sessions in this period. Use “Add session…” after each event you attend, or choose another period.</source>
        <translation>No hay sesiones en este periodo. Use «Agregar sesión…» después de cada evento al que asista, o elija otro periodo.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="1107"/>
        <source>participation-%1-to-%2.csv</source>
        <translation>participacion-%1-a-%2.csv</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../participation.py" line="293"/>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="295"/>
        <source>Session from an audit</source>
        <translation>Sesión desde una auditoría</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="297"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="302"/>
        <source>Record an event you attended as an observer. The hours count for your stipend or academic credit; sessions on the same day cannot overlap.</source>
        <translation>Registre un evento al que asistió como observador. Las horas cuentan para su apoyo económico o sus créditos académicos; las sesiones del mismo día no pueden traslaparse.</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="312"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="313"/>
        <source>e.g. Clarification meeting LP-012-2026</source>
        <translation>p. ej. Junta de aclaraciones LP-012-2026</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="315"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="318"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="322"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="326"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="331"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="336"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="338"/>
        <source>E&amp;nd:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="347"/>
        <source>Time:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="350"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="352"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="355"/>
        <source>Related audit</source>
        <translation>Auditoría relacionada</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="356"/>
        <location filename="../../participation.py" line="478"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="361"/>
        <source>&amp;Audit:</source>
        <translation>A&amp;uditoría:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="364"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="367"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="377"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="498"/>
        <source>the end must be after the start</source>
        <translation>el fin debe ser posterior al inicio</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="502"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../participation.py" line="156"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="157"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="158"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="159"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="160"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="161"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="162"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../participation.py" line="163"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
</TS>
