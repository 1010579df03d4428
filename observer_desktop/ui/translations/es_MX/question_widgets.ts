<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../question_widgets.py" line="202"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="204"/>
        <source>Required to finalize the audit</source>
        <translation>Obligatoria para finalizar la auditoría</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="254"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="256"/>
        <source>Add a note to: %1</source>
        <translation>Agregar una nota a: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="265"/>
        <source>Evidence…</source>
        <translation>Evidencia…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="268"/>
        <source>Evidence for: %1</source>
        <translation>Evidencia de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="270"/>
        <source>Attach or see the evidence (Ctrl+Shift+E)</source>
        <translation>Adjuntar o ver la evidencia (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="286"/>
        <source>Note: what you saw, who said it, where the document is…</source>
        <translation>Nota: qué vio, quién lo dijo, dónde está el documento…</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="288"/>
        <source>Note for: %1</source>
        <translation>Nota de: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="345"/>
        <source>Red flag (%1): %2</source>
        <translation>Alerta (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="347"/>
        <source>Finding (%1): %2</source>
        <translation>Hallazgo (%1): %2</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="352"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="388"/>
        <source>OIC comments on this question</source>
        <translation>Comentarios del OIC sobre esta pregunta</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="396"/>
        <location filename="../../question_widgets.py" line="401"/>
        <source>OIC comment</source>
        <translation>Comentario del OIC</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="403"/>
        <source>OIC comment on version %1</source>
        <translation>Comentario del OIC sobre la versión %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="417"/>
        <location filename="../../question_widgets.py" line="441"/>
        <source>OIC comment: %1</source>
        <translation>Comentario del OIC: %1</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="464"/>
        <source>Evidence missing (required)</source>
        <translation>Falta evidencia (obligatoria)</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="466"/>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="468"/>
        <source>1 evidence file</source>
        <translation>1 evidencia</translation>
    </message>
    <message>
        <location filename="../../question_widgets.py" line="470"/>
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
