<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../question_widgets.py" line="185"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="187"/>
        <source>Required to finalize the audit</source>
        <translation>Obligatoria para finalizar la auditoría</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="237"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="240"/>
        <source>Add a note to: %1</source>
        <translation>Agregar una nota a: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="249"/>
        <source>Evidence…</source>
        <translation>Evidencia…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="252"/>
        <source>Evidence for: %1</source>
        <translation>Evidencia de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="255"/>
        <source>Attach or see the evidence (Ctrl+Shift+E)</source>
        <translation>Adjuntar o ver la evidencia (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="269"/>
        <source>Note: what you saw, who said it, where the document is…</source>
        <translation>Nota: qué vio, quién lo dijo, dónde está el documento…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="271"/>
        <source>Note for: %1</source>
        <translation>Nota de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="328"/>
        <source>Red flag (%1): %2</source>
        <translation>Alerta (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="330"/>
        <source>Finding (%1): %2</source>
        <translation>Hallazgo (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="335"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="371"/>
        <source>OIC comments on this question</source>
        <translation>Comentarios del OIC sobre esta pregunta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="379"/>
        <location filename="../../question_widgets.py" line="384"/>
        <source>OIC comment</source>
        <translation>Comentario del OIC</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="386"/>
        <source>OIC comment on version %1</source>
        <translation>Comentario del OIC sobre la versión %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="400"/>
        <location filename="../../question_widgets.py" line="424"/>
        <source>OIC comment: %1</source>
        <translation>Comentario del OIC: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="447"/>
        <source>Evidence missing (required)</source>
        <translation>Falta evidencia (obligatoria)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="449"/>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="451"/>
        <source>1 evidence file</source>
        <translation>1 evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="453"/>
        <source>%1 evidence files</source>
        <translation>%1 evidencias</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../question_widgets.py" line="111"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="112"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="113"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
</TS>
