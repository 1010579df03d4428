<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AddFindingDialog</name>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="62"/>
        <source>Add a finding</source>
        <translation>Agregar un hallazgo</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="67"/>
        <source>Describe what you observed as a fact, not an accusation. Fields marked * are required.</source>
        <translation>Describa lo que observó como un hecho, no como una acusación. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="97"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="100"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="102"/>
        <source>possible breach of the law; escalate to the OIC</source>
        <translation>posible incumplimiento legal; escalar al OIC</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="103"/>
        <source>weak control or transparency</source>
        <translation>debilidad de control o de transparencia</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="104"/>
        <source>good practice not followed</source>
        <translation>buena práctica no seguida</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="111"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="115"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="118"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="119"/>
        <source>(The whole audit)</source>
        <translation>(Toda la auditoría)</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="125"/>
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="126"/>
        <source>&amp;Severity</source>
        <translation>&amp;Severidad</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="127"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="128"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recomendación</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="129"/>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message>
        <location filename="../../audit_editor/editor.py" line="136"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="97"/>
        <source>No audit is open.</source>
        <translation>No hay ninguna auditoría abierta.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="164"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="198"/>
        <source>&amp;Next question</source>
        <translation>&amp;Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="201"/>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="204"/>
        <source>Note on this q&amp;uestion</source>
        <translation>&amp;Nota de esta pregunta</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="207"/>
        <source>&amp;Evidence of this question…</source>
        <translation>&amp;Evidencia de esta pregunta…</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="213"/>
        <source>&amp;Add finding…</source>
        <translation>Agregar &amp;hallazgo…</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="216"/>
        <source>&amp;Finalize audit…</source>
        <translation>&amp;Finalizar auditoría…</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="220"/>
        <source>Check that nothing is missing and close the audit for changes</source>
        <translation>Revisar que no falte nada y cerrar la auditoría a cambios</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="223"/>
        <source>Create new &amp;version</source>
        <translation>Crear nueva &amp;versión</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="227"/>
        <source>Copy this audit into a new draft that replaces it</source>
        <translation>Copiar esta auditoría en un borrador nuevo que la reemplaza</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="230"/>
        <source>&amp;Report…</source>
        <translation>&amp;Reporte…</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="234"/>
        <source>The signed PDF report of a finalized audit (Ctrl+P)</source>
        <translation>El informe PDF firmado de una auditoría finalizada (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="287"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="442"/>
        <source>%1 (replaced by a newer version)</source>
        <translation>%1 (reemplazada por una versión más nueva)</translation>
    </message>
    <message>
        <location filename="../../audit_editor/editor.py" line="443"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versión %2 · %3</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../audit_editor/autosave.py" line="373"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../audit_editor/autosave.py" line="377"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../../audit_editor/autosave.py" line="380"/>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <location filename="../../audit_editor/autosave.py" line="381"/>
        <source>Every change is saved as you type.</source>
        <translation>Cada cambio se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/autosave.py" line="383"/>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../audit_editor/autosave.py" line="385"/>
        <source>Changes are saved automatically</source>
        <translation>Los cambios se guardan solos</translation>
    </message>
</context>
<context>
    <name>Finalizer</name>
    <message>
        <location filename="../../audit_editor/finalize.py" line="136"/>
        <source>Finalize audit</source>
        <translation>Finalizar auditoría</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="137"/>
        <source>Nothing is missing. Finalize this audit now?</source>
        <translation>No falta nada. ¿Finalizar esta auditoría ahora?</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="144"/>
        <source>A finalized audit is read-only: its answers, findings and evidence can no longer be changed, and it can be signed and sent to the OIC. To correct it later you would create a new version.</source>
        <translation>Una auditoría finalizada queda en solo lectura: sus respuestas, hallazgos y evidencias ya no se pueden modificar, y se puede firmar y enviar al OIC. Para corregirla después tendría que crear una nueva versión.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="149"/>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="186"/>
        <source>Finalize the audit first; then you can make its signed report.</source>
        <translation>Primero finalice la auditoría; después podrá generar su informe firmado.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="374"/>
        <source>Remove finding</source>
        <translation>Quitar hallazgo</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="375"/>
        <source>Remove the finding “%1”?</source>
        <translation>¿Quitar el hallazgo «%1»?</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="380"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>FindingsPane</name>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="177"/>
        <location filename="../../audit_editor/findings_pane.py" line="182"/>
        <source>Findings and red flags</source>
        <translation>Hallazgos y alertas</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="195"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="197"/>
        <source>Remove the selected finding (Delete)</source>
        <translation>Quitar el hallazgo seleccionado (Supr)</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="225"/>
        <source>No findings or red flags.</source>
        <translation>No hay hallazgos ni alertas.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="234"/>
        <source>Red flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="234"/>
        <source>Manual finding</source>
        <translation>Hallazgo del observador</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="245"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="253"/>
        <source>Required answers: %1 of %2</source>
        <translation>Respuestas obligatorias: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="260"/>
        <source>Missing to finalize: %1</source>
        <translation>Faltan para finalizar: %1</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="262"/>
        <source>Ready to finalize.</source>
        <translation>Lista para finalizar.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/findings_pane.py" line="268"/>
        <source>Red flags — high: %1 · medium: %2 · low: %3</source>
        <translation>Alertas — altas: %1 · medias: %2 · bajas: %3</translation>
    </message>
</context>
<context>
    <name>MissingItemsDialog</name>
    <message>
        <location filename="../../audit_editor/finalize.py" line="39"/>
        <source>The audit cannot be finalized yet</source>
        <translation>La auditoría todavía no se puede finalizar</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="43"/>
        <source>One thing is missing before you can finalize.</source>
        <translation>Falta una cosa para poder finalizar.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="45"/>
        <source>%1 things are missing before you can finalize.</source>
        <translation>Faltan %1 cosas para poder finalizar.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="49"/>
        <source>Choose one and press Enter (or double-click it) to go there.</source>
        <translation>Elija una y presione Entrar (o haga doble clic) para ir ahí.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="56"/>
        <source>Missing items</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="63"/>
        <source>Section: %1</source>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <location filename="../../audit_editor/finalize.py" line="75"/>
        <source>&amp;Go to this item</source>
        <translation>&amp;Ir a este elemento</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../audit_editor/navigation.py" line="106"/>
        <source>This is the last question.</source>
        <translation>Esta es la última pregunta.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/navigation.py" line="108"/>
        <source>This is the first question.</source>
        <translation>Esta es la primera pregunta.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/navigation.py" line="122"/>
        <source>That question does not apply with the current answers.</source>
        <translation>Esa pregunta no aplica con las respuestas actuales.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/navigation.py" line="154"/>
        <location filename="../../audit_editor/navigation.py" line="165"/>
        <source>Go to a question first (F8).</source>
        <translation>Primero vaya a una pregunta (F8).</translation>
    </message>
    <message>
        <location filename="../../audit_editor/navigation.py" line="158"/>
        <source>The process data have no notes.</source>
        <translation>Los datos del proceso no llevan notas.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../audit_editor/read_only_banner.py" line="32"/>
        <source>Open the newer version</source>
        <translation>Abrir la versión más nueva</translation>
    </message>
    <message>
        <location filename="../../audit_editor/read_only_banner.py" line="41"/>
        <source>This audit is %1 and a newer version replaces it: it can no longer be changed. Open the newer version to keep working.</source>
        <translation>Esta auditoría está %1 y una versión más nueva la reemplaza: ya no se puede modificar. Abra la versión más nueva para seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/read_only_banner.py" line="46"/>
        <source>This audit is %1: it can no longer be changed. To correct or complete it, create a new version (a draft copy that replaces it).</source>
        <translation>Esta auditoría está %1: ya no se puede modificar. Para corregirla o completarla, cree una nueva versión (una copia en borrador que la reemplaza).</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../../audit_editor/section_list.py" line="27"/>
        <source>Sections of the checklist</source>
        <translation>Secciones del formulario</translation>
    </message>
    <message>
        <location filename="../../audit_editor/section_list.py" line="78"/>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../audit_editor/section_list.py" line="81"/>
        <source>%1 of %2 required</source>
        <translation>%1 de %2 obligatorias</translation>
    </message>
    <message>
        <location filename="../../audit_editor/section_list.py" line="87"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location filename="../../audit_editor/section_list.py" line="92"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../audit_editor/section_list.py" line="95"/>
        <source>OIC comments: %1</source>
        <translation>Comentarios del OIC: %1</translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <location filename="../../audit_editor/pages.py" line="109"/>
        <source>Process data</source>
        <translation>Datos del proceso</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="180"/>
        <source>Data of the process you are observing. They title the audit in the list and appear on the report cover.</source>
        <translation>Datos del proceso que está observando. Dan título a la auditoría en la lista y aparecen en la portada del reporte.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="200"/>
        <source>This section does not apply with the current answers. It will appear when the answers it depends on change.</source>
        <translation>Esta sección no aplica con las respuestas actuales. Aparecerá cuando cambien las respuestas de las que depende.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="229"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="239"/>
        <source>No items yet.</source>
        <translation>Todavía no hay elementos.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="243"/>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="334"/>
        <source>%1 of at most %2</source>
        <translation>%1 de un máximo de %2</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="369"/>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="370"/>
        <source>Remove %1 with its answers, notes and red flags?</source>
        <translation>¿Quitar %1 con sus respuestas, notas y alertas?</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="376"/>
        <source>The evidence files stay in the audit; only their link to this item goes.</source>
        <translation>Los archivos de evidencia se quedan en la auditoría; solo se quita su enlace con este elemento.</translation>
    </message>
    <message>
        <location filename="../../audit_editor/pages.py" line="378"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
</TS>
