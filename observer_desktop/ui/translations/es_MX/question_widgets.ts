<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../../question_widgets.py" line="182" />
        <source>— Choose an option —</source>
        <translation>— Elija una opción —</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="205" />
        <source>Clear answer</source>
        <translation>Quitar respuesta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="206" />
        <source>Leave this question unanswered</source>
        <translation>Dejar esta pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="207" />
        <source>Clear answer: %1</source>
        <translation>Quitar respuesta: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../question_widgets.py" line="388" />
        <source>YYYY-MM-DD</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="392" />
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="393" />
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="395" />
        <source>Calendar for: %1</source>
        <translation>Calendario de: %1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../question_widgets.py" line="340" />
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="344" />
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="346" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../question_widgets.py" line="578" />
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="580" />
        <source>Required to finalize the audit</source>
        <translation>Obligatoria para finalizar la auditoría</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="627" />
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="630" />
        <source>Add a note to: %1</source>
        <translation>Agregar una nota a: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="639" />
        <source>Evidence…</source>
        <translation>Evidencia…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="642" />
        <source>Evidence for: %1</source>
        <translation>Evidencia de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="645" />
        <source>Attach or see the evidence (Ctrl+Shift+E)</source>
        <translation>Adjuntar o ver la evidencia (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="659" />
        <source>Note: what you saw, who said it, where the document is…</source>
        <translation>Nota: qué vio, quién lo dijo, dónde está el documento…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="661" />
        <source>Note for: %1</source>
        <translation>Nota de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="718" />
        <source>Red flag (%1): %2</source>
        <translation>Alerta (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="720" />
        <source>Finding (%1): %2</source>
        <translation>Hallazgo (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="725" />
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="760" />
        <source>Evidence missing (required)</source>
        <translation>Falta evidencia (obligatoria)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="762" />
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="764" />
        <source>1 evidence file</source>
        <translation>1 evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="766" />
        <source>%1 evidence files</source>
        <translation>%1 evidencias</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../question_widgets.py" line="76" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="77" />
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="78" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>_CalendarDialog</name>
    <message>
        <location filename="../../question_widgets.py" line="364" />
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
</context>
</TS>