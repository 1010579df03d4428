<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../../question_widgets.py" line="229"/>
        <source>— Choose an option —</source>
        <translation>— Elija una opción —</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="252"/>
        <source>Clear answer</source>
        <translation>Quitar respuesta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="253"/>
        <source>Leave this question unanswered</source>
        <translation>Dejar esta pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="254"/>
        <source>Clear answer: %1</source>
        <translation>Quitar respuesta: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../question_widgets.py" line="439"/>
        <source>YYYY-MM-DD</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="443"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="444"/>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="446"/>
        <source>Calendar for: %1</source>
        <translation>Calendario de: %1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../question_widgets.py" line="387"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="391"/>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="393"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../question_widgets.py" line="629"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="631"/>
        <source>Required to finalize the audit</source>
        <translation>Obligatoria para finalizar la auditoría</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="681"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="684"/>
        <source>Add a note to: %1</source>
        <translation>Agregar una nota a: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="693"/>
        <source>Evidence…</source>
        <translation>Evidencia…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="696"/>
        <source>Evidence for: %1</source>
        <translation>Evidencia de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="699"/>
        <source>Attach or see the evidence (Ctrl+Shift+E)</source>
        <translation>Adjuntar o ver la evidencia (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="713"/>
        <source>Note: what you saw, who said it, where the document is…</source>
        <translation>Nota: qué vio, quién lo dijo, dónde está el documento…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="715"/>
        <source>Note for: %1</source>
        <translation>Nota de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="772"/>
        <source>Red flag (%1): %2</source>
        <translation>Alerta (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="774"/>
        <source>Finding (%1): %2</source>
        <translation>Hallazgo (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="779"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="815"/>
        <source>OIC comments on this question</source>
        <translation>Comentarios del OIC sobre esta pregunta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="823"/>
        <location filename="../../question_widgets.py" line="828"/>
        <source>OIC comment</source>
        <translation>Comentario del OIC</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="830"/>
        <source>OIC comment on version %1</source>
        <translation>Comentario del OIC sobre la versión %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="844"/>
        <location filename="../../question_widgets.py" line="868"/>
        <source>OIC comment: %1</source>
        <translation>Comentario del OIC: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="891"/>
        <source>Evidence missing (required)</source>
        <translation>Falta evidencia (obligatoria)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="893"/>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="895"/>
        <source>1 evidence file</source>
        <translation>1 evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="897"/>
        <source>%1 evidence files</source>
        <translation>%1 evidencias</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../question_widgets.py" line="123"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="124"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="125"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>_CalendarDialog</name>
    <message>
        <location filename="../../question_widgets.py" line="415"/>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
</context>
</TS>
