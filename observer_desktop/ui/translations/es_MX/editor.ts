<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AddFindingDialog</name>
    <message>
        <location filename="../../editor.py" line="233"/>
        <source>Add a finding</source>
        <translation>Agregar un hallazgo</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="238"/>
        <source>Describe what you observed as a fact, not an accusation. Fields marked * are required.</source>
        <translation>Describa lo que observó como un hecho, no como una acusación. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="249"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="252"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="254"/>
        <source>possible breach of the law; escalate to the OIC</source>
        <translation>posible incumplimiento legal; escalar al OIC</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="255"/>
        <source>weak control or transparency</source>
        <translation>debilidad de control o de transparencia</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="256"/>
        <source>good practice not followed</source>
        <translation>buena práctica no seguida</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="263"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="267"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="270"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="271"/>
        <source>(The whole audit)</source>
        <translation>(Toda la auditoría)</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="277"/>
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="278"/>
        <source>&amp;Severity</source>
        <translation>&amp;Severidad</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="279"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="280"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recomendación</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="281"/>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message>
        <location filename="../../editor.py" line="464"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="489"/>
        <source>Open the newer version</source>
        <translation>Abrir la versión más nueva</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="507"/>
        <source>No audit is open.</source>
        <translation>No hay ninguna auditoría abierta.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="517"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="522"/>
        <source>Sections of the checklist</source>
        <translation>Secciones del formulario</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="542"/>
        <location filename="../../editor.py" line="547"/>
        <source>Findings and red flags</source>
        <translation>Hallazgos y alertas</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="560"/>
        <location filename="../../editor.py" line="1628"/>
        <location filename="../../editor.py" line="1909"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="562"/>
        <source>Remove the selected finding (Delete)</source>
        <translation>Quitar el hallazgo seleccionado (Supr)</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="608"/>
        <source>&amp;Next question</source>
        <translation>&amp;Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="611"/>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="617"/>
        <source>Note on this q&amp;uestion</source>
        <translation>&amp;Nota de esta pregunta</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="623"/>
        <source>&amp;Evidence of this question…</source>
        <translation>&amp;Evidencia de esta pregunta…</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="629"/>
        <source>&amp;Add finding…</source>
        <translation>Agregar &amp;hallazgo…</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="635"/>
        <source>&amp;Finalize audit…</source>
        <translation>&amp;Finalizar auditoría…</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="639"/>
        <source>Check that nothing is missing and close the audit for changes</source>
        <translation>Revisar que no falte nada y cerrar la auditoría a cambios</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="642"/>
        <source>Create new &amp;version</source>
        <translation>Crear nueva &amp;versión</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="646"/>
        <source>Copy this audit into a new draft that replaces it</source>
        <translation>Copiar esta auditoría en un borrador nuevo que la reemplaza</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="649"/>
        <source>&amp;Report…</source>
        <translation>&amp;Reporte…</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="653"/>
        <source>The signed PDF report of a finalized audit (Ctrl+P)</source>
        <translation>El informe PDF firmado de una auditoría finalizada (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="692"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="833"/>
        <location filename="../../editor.py" line="1953"/>
        <source>Process data</source>
        <translation>Datos del proceso</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="913"/>
        <source>Data of the process you are observing. They title the audit in the list and appear on the report cover.</source>
        <translation>Datos del proceso que está observando. Dan título a la auditoría en la lista y aparecen en la portada del reporte.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="932"/>
        <source>This section does not apply with the current answers. It will appear when the answers it depends on change.</source>
        <translation>Esta sección no aplica con las respuestas actuales. Aparecerá cuando cambien las respuestas de las que depende.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="970"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="980"/>
        <source>No items yet.</source>
        <translation>Todavía no hay elementos.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="984"/>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1138"/>
        <source>%1 of at most %2</source>
        <translation>%1 de un máximo de %2</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1170"/>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1173"/>
        <source>%1 of %2 required</source>
        <translation>%1 de %2 obligatorias</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1179"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1184"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1187"/>
        <source>OIC comments: %1</source>
        <translation>Comentarios del OIC: %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1201"/>
        <source>Red flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1201"/>
        <source>Manual finding</source>
        <translation>Hallazgo del observador</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1215"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1221"/>
        <source>No findings or red flags.</source>
        <translation>No hay hallazgos ni alertas.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1234"/>
        <source>Required answers: %1 of %2</source>
        <translation>Respuestas obligatorias: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1241"/>
        <source>Missing to finalize: %1</source>
        <translation>Faltan para finalizar: %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1243"/>
        <source>Ready to finalize.</source>
        <translation>Lista para finalizar.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1249"/>
        <source>Red flags — high: %1 · medium: %2 · low: %3</source>
        <translation>Alertas — altas: %1 · medias: %2 · bajas: %3</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1263"/>
        <source>%1 (replaced by a newer version)</source>
        <translation>%1 (reemplazada por una versión más nueva)</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1264"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versión %2 · %3</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1272"/>
        <source>This audit is %1 and a newer version replaces it: it can no longer be changed. Open the newer version to keep working.</source>
        <translation>Esta auditoría está %1 y una versión más nueva la reemplaza: ya no se puede modificar. Abra la versión más nueva para seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1277"/>
        <source>This audit is %1: it can no longer be changed. To correct or complete it, create a new version (a draft copy that replaces it).</source>
        <translation>Esta auditoría está %1: ya no se puede modificar. Para corregirla o completarla, cree una nueva versión (una copia en borrador que la reemplaza).</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1572"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1575"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1578"/>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1579"/>
        <source>Every change is saved as you type.</source>
        <translation>Cada cambio se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1581"/>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1583"/>
        <source>Changes are saved automatically</source>
        <translation>Los cambios se guardan solos</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1619"/>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1620"/>
        <source>Remove %1 with its answers, notes and red flags?</source>
        <translation>¿Quitar %1 con sus respuestas, notas y alertas?</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1626"/>
        <source>The evidence files stay in the audit; only their link to this item goes.</source>
        <translation>Los archivos de evidencia se quedan en la auditoría; solo se quita su enlace con este elemento.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1761"/>
        <source>This is the last question.</source>
        <translation>Esta es la última pregunta.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1763"/>
        <source>This is the first question.</source>
        <translation>Esta es la primera pregunta.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1774"/>
        <source>That question does not apply with the current answers.</source>
        <translation>Esa pregunta no aplica con las respuestas actuales.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1803"/>
        <location filename="../../editor.py" line="1830"/>
        <source>Go to a question first (F8).</source>
        <translation>Primero vaya a una pregunta (F8).</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1807"/>
        <source>The process data have no notes.</source>
        <translation>Los datos del proceso no llevan notas.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1819"/>
        <source>Finalize the audit first; then you can make its signed report.</source>
        <translation>Primero finalice la auditoría; después podrá generar su informe firmado.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1903"/>
        <source>Remove finding</source>
        <translation>Quitar hallazgo</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1904"/>
        <source>Remove the finding “%1”?</source>
        <translation>¿Quitar el hallazgo «%1»?</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1963"/>
        <source>Finalize audit</source>
        <translation>Finalizar auditoría</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1964"/>
        <source>Nothing is missing. Finalize this audit now?</source>
        <translation>No falta nada. ¿Finalizar esta auditoría ahora?</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1971"/>
        <source>A finalized audit is read-only: its answers, findings and evidence can no longer be changed, and it can be signed and sent to the OIC. To correct it later you would create a new version.</source>
        <translation>Una auditoría finalizada queda en solo lectura: sus respuestas, hallazgos y evidencias ya no se pueden modificar, y se puede firmar y enviar al OIC. Para corregirla después tendría que crear una nueva versión.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="1976"/>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>MissingItemsDialog</name>
    <message>
        <location filename="../../editor.py" line="165"/>
        <source>The audit cannot be finalized yet</source>
        <translation>La auditoría todavía no se puede finalizar</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="169"/>
        <source>One thing is missing before you can finalize.</source>
        <translation>Falta una cosa para poder finalizar.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="171"/>
        <source>%1 things are missing before you can finalize.</source>
        <translation>Faltan %1 cosas para poder finalizar.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="175"/>
        <source>Choose one and press Enter (or double-click it) to go there.</source>
        <translation>Elija una y presione Entrar (o haga doble clic) para ir ahí.</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="182"/>
        <source>Missing items</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="189"/>
        <source>Section: %1</source>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <location filename="../../editor.py" line="201"/>
        <source>&amp;Go to this item</source>
        <translation>&amp;Ir a este elemento</translation>
    </message>
</context>
</TS>
