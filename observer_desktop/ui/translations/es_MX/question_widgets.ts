<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../../question_widgets.py" line="193"/>
        <source>— Choose an option —</source>
        <translation>— Elija una opción —</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="216"/>
        <source>Clear answer</source>
        <translation>Quitar respuesta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="217"/>
        <source>Leave this question unanswered</source>
        <translation>Dejar esta pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="218"/>
        <source>Clear answer: %1</source>
        <translation>Quitar respuesta: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../question_widgets.py" line="399"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="403"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="404"/>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="406"/>
        <source>Calendar for: %1</source>
        <translation>Calendario de: %1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../question_widgets.py" line="351"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="355"/>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="357"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../question_widgets.py" line="589"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="591"/>
        <source>Required to finalize the audit</source>
        <translation>Obligatoria para finalizar la auditoría</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="638"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="641"/>
        <source>Add a note to: %1</source>
        <translation>Agregar una nota a: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="650"/>
        <source>Evidence…</source>
        <translation>Evidencia…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="653"/>
        <source>Evidence for: %1</source>
        <translation>Evidencia de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="656"/>
        <source>Attach or see the evidence (Ctrl+Shift+E)</source>
        <translation>Adjuntar o ver la evidencia (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="670"/>
        <source>Note: what you saw, who said it, where the document is…</source>
        <translation>Nota: qué vio, quién lo dijo, dónde está el documento…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="672"/>
        <source>Note for: %1</source>
        <translation>Nota de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="729"/>
        <source>Red flag (%1): %2</source>
        <translation>Alerta (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="731"/>
        <source>Finding (%1): %2</source>
        <translation>Hallazgo (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="736"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="771"/>
        <source>Evidence missing (required)</source>
        <translation>Falta evidencia (obligatoria)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="773"/>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="775"/>
        <source>1 evidence file</source>
        <translation>1 evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="777"/>
        <source>%1 evidence files</source>
        <translation>%1 evidencias</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../question_widgets.py" line="77"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="78"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="79"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>_CalendarDialog</name>
    <message>
        <location filename="../../question_widgets.py" line="375"/>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
</context>
</TS>
