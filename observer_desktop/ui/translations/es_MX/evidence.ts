<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../evidence/model.py" line="235"/>
        <source>Caption: %1</source>
        <translation>Pie de foto: %1</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="236"/>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="237"/>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="239"/>
        <source>Dimensions: %1 × %2 px</source>
        <translation>Dimensiones: %1 × %2 px</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="241"/>
        <source>Pages: %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="243"/>
        <source>Taken: %1</source>
        <translation>Fecha de captura: %1</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="245"/>
        <source>Location: %1, %2</source>
        <translation>Ubicación: %1, %2</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="246"/>
        <source>Added: %1</source>
        <translation>Agregada: %1</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="247"/>
        <source>SHA-256: %1…</source>
        <translation>SHA-256: %1…</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="249"/>
        <source>Linked to: %1</source>
        <translation>Enlazada a: %1</translation>
    </message>
    <message>
        <location filename="../../evidence/model.py" line="251"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../evidence/panel.py" line="84"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../evidence/panel.py" line="99"/>
        <source>This audit is no longer a draft: its evidence can be viewed and saved, but not changed. To add or remove evidence, create a new version of the audit.</source>
        <translation>Esta auditoría ya no es un borrador: sus evidencias se pueden ver y guardar, pero no modificar. Para agregar o quitar evidencias, cree una nueva versión de la auditoría.</translation>
    </message>
    <message>
        <location filename="../../evidence/panel.py" line="110"/>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence/panel.py" line="180"/>
        <source>(loading…)</source>
        <translation>(cargando…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/panel.py" line="183"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence/panel.py" line="185"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../evidence/panel.py" line="236"/>
        <source>No evidence yet.
Drag photos, PDFs or other files here, or press Ctrl+E to choose them.</source>
        <translation>Todavía no hay evidencias.
Arrastre aquí fotos, PDF u otros archivos, o presione Ctrl+E para elegirlos.</translation>
    </message>
    <message>
        <location filename="../../evidence/panel.py" line="239"/>
        <source>This audit has no evidence.</source>
        <translation>Esta auditoría no tiene evidencias.</translation>
    </message>
    <message>
        <location filename="../../evidence/panel.py" line="481"/>
        <source>A copy was saved to %1</source>
        <translation>Se guardó una copia en %1</translation>
    </message>
</context>
<context>
    <name>EvidenceRemoval</name>
    <message>
        <location filename="../../evidence/removal.py" line="29"/>
        <source>Remove “%1” from this audit?</source>
        <translation>¿Quitar «%1» de esta auditoría?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/removal.py" line="33"/>
        <source>Remove %n file(s) from this audit?</source>
        <translation>
            <numerusform>¿Quitar %n archivo de esta auditoría?</numerusform>
            <numerusform>¿Quitar %n archivos de esta auditoría?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence/removal.py" line="36"/>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence/removal.py" line="44"/>
        <source>Its links to questions and findings are removed too. The custody log keeps a record that it was removed.</source>
        <translation>También se quitan sus enlaces a preguntas y hallazgos. El registro de custodia conserva constancia de que se quitó.</translation>
    </message>
</context>
<context>
    <name>EvidenceToolbar</name>
    <message>
        <location filename="../../evidence/toolbar.py" line="45"/>
        <source>&amp;Add evidence…</source>
        <translation>&amp;Agregar evidencia…</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="48"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="50"/>
        <source>Edit &amp;caption</source>
        <translation>Editar &amp;pie de foto</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="52"/>
        <source>&amp;Link to…</source>
        <translation>&amp;Enlazar con…</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="55"/>
        <source>&amp;Save a copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="58"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="60"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="94"/>
        <source>Open an audit to see its evidence.</source>
        <translation>Abra una auditoría para ver sus evidencias.</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="96"/>
        <location filename="../../evidence/toolbar.py" line="102"/>
        <source>This audit is no longer a draft; its evidence cannot be changed.</source>
        <translation>Esta auditoría ya no es un borrador; sus evidencias no se pueden modificar.</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="98"/>
        <source>Wait until the current import finishes or cancel it.</source>
        <translation>Espere a que termine la importación en curso o cancélela.</translation>
    </message>
    <message>
        <location filename="../../evidence/toolbar.py" line="100"/>
        <source>Add photos, PDFs, documents, audio or video (Ctrl+E).</source>
        <translation>Agregue fotos, PDF, documentos, audio o video (Ctrl+E).</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../evidence/save_copy.py" line="75"/>
        <location filename="../../evidence/save_copy.py" line="133"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../evidence/save_copy.py" line="114"/>
        <source>The stored file no longer matches its SHA-256 fingerprint: it was damaged or altered after it was added. No copy was saved. Run “observer evidence verify” and tell the OIC.</source>
        <translation>El archivo guardado ya no coincide con su huella SHA-256: se dañó o se alteró después de agregarse. No se guardó ninguna copia. Ejecute «observer evidence verify» y avise al OIC.</translation>
    </message>
    <message>
        <location filename="../../evidence/save_copy.py" line="124"/>
        <source>The copy could not be saved to %1: %2</source>
        <translation>No se pudo guardar la copia en %1: %2</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="99"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="101"/>
        <source>Previous file (Left arrow)</source>
        <translation>Archivo anterior (flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="109"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="111"/>
        <source>Next file (Right arrow)</source>
        <translation>Archivo siguiente (flecha derecha)</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="118"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="121"/>
        <source>Export this file, unchanged, to open it with another program</source>
        <translation>Exportar este archivo, sin cambios, para abrirlo con otro programa</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="125"/>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="127"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="180"/>
        <source>Evidence — %1</source>
        <translation>Evidencia — %1</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="182"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="204"/>
        <source>Saving caption…</source>
        <translation>Guardando el pie de foto…</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="213"/>
        <source>Caption saved.</source>
        <translation>Pie de foto guardado.</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer.py" line="238"/>
        <source>Copy saved: %1</source>
        <translation>Copia guardada: %1</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <location filename="../../evidence/import_flow.py" line="92"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="97"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/import_flow.py" line="137"/>
        <source>Preparing to add %n file(s)…</source>
        <translation>
            <numerusform>Preparando para agregar %n archivo…</numerusform>
            <numerusform>Preparando para agregar %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="155"/>
        <source>Add evidence</source>
        <translation>Agregar evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="157"/>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Todos los archivos (*);;Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="167"/>
        <source>This audit is no longer a draft, so no evidence can be added. Create a new version of the audit to add more.</source>
        <translation>Esta auditoría ya no es un borrador, así que no se le pueden agregar evidencias. Cree una nueva versión de la auditoría para agregar más.</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="172"/>
        <source>Files are still being added. Wait until that finishes, or cancel it (Esc), then add these.</source>
        <translation>Todavía se están agregando archivos. Espere a que termine, o cancele (Esc), y luego agregue estos.</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="183"/>
        <source>Cancelling… the files already added are kept.</source>
        <translation>Cancelando… los archivos ya agregados se conservan.</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="190"/>
        <source>Preparing report images: %1 of %2</source>
        <translation>Preparando las imágenes del informe: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="199"/>
        <source>Adding file %1 of %2 (%3 of %4): %5</source>
        <translation>Agregando archivo %1 de %2 (%3 de %4): %5</translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="237"/>
        <source>The folder has no files to add.</source>
        <translation>La carpeta no tiene archivos que agregar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/import_flow.py" line="243"/>
        <source>Import cancelled: %n file(s) were added and kept; the rest were not imported.</source>
        <translation>
            <numerusform>Importación cancelada: se agregó y conservó %n archivo; los demás no se importaron.</numerusform>
            <numerusform>Importación cancelada: se agregaron y conservaron %n archivos; los demás no se importaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/import_flow.py" line="249"/>
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n archivo agregado.</numerusform>
            <numerusform>%n archivos agregados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/import_flow.py" line="252"/>
        <source>%n file(s) were already in this audit:</source>
        <translation>
            <numerusform>%n archivo ya estaba en esta auditoría:</numerusform>
            <numerusform>%n archivos ya estaban en esta auditoría:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/import_flow.py" line="256"/>
        <source>%n file(s) were not imported:</source>
        <translation>
            <numerusform>%n archivo no se importó:</numerusform>
            <numerusform>%n archivos no se importaron:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/import_flow.py" line="259"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n advertencia:</numerusform>
            <numerusform>%n advertencias:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="267"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence/import_flow.py" line="271"/>
        <source>%n subfolder(s) were not added: only the files directly inside a folder are. Open a subfolder to add its files.</source>
        <translation>
            <numerusform>No se agregó %n subcarpeta: solo se agregan los archivos que están directamente en la carpeta. Abra la subcarpeta para agregar sus archivos.</numerusform>
            <numerusform>No se agregaron %n subcarpetas: solo se agregan los archivos que están directamente en la carpeta. Abra cada subcarpeta para agregar sus archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence/import_flow.py" line="281"/>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../evidence/captions_links.py" line="70"/>
        <source>Link evidence</source>
        <translation>Enlazar evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence/captions_links.py" line="77"/>
        <source>Check the questions and findings this evidence supports. Uncheck one to remove the link.</source>
        <translation>Marque las preguntas y los hallazgos que respalda esta evidencia. Desmarque uno para quitar el enlace.</translation>
    </message>
    <message>
        <location filename="../../evidence/captions_links.py" line="82"/>
        <source>Check the questions and findings these %1 files support. Uncheck one to remove the link.</source>
        <translation>Marque las preguntas y los hallazgos que respaldan estos %1 archivos. Desmarque uno para quitar el enlace.</translation>
    </message>
    <message>
        <location filename="../../evidence/captions_links.py" line="91"/>
        <location filename="../../evidence/captions_links.py" line="92"/>
        <source>Filter questions and findings</source>
        <translation>Filtrar preguntas y hallazgos</translation>
    </message>
    <message>
        <location filename="../../evidence/captions_links.py" line="98"/>
        <source>Questions and findings</source>
        <translation>Preguntas y hallazgos</translation>
    </message>
    <message>
        <location filename="../../evidence/captions_links.py" line="122"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../../evidence/captions_links.py" line="124"/>
        <source>%1 (severity %2)</source>
        <translation>%1 (severidad %2)</translation>
    </message>
    <message>
        <location filename="../../evidence/captions_links.py" line="124"/>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirado)</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../evidence/summary_bar.py" line="31"/>
        <location filename="../../evidence/summary_bar.py" line="32"/>
        <location filename="../../evidence/summary_bar.py" line="33"/>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>ViewerDetails</name>
    <message>
        <location filename="../../evidence/viewer_details.py" line="51"/>
        <location filename="../../evidence/viewer_details.py" line="60"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="56"/>
        <source>Describe what the photo or document shows (appears in the report)</source>
        <translation>Describa lo que muestra la foto o el documento (aparece en el informe)</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="58"/>
        <source>No caption</source>
        <translation>Sin pie de foto</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="61"/>
        <source>Save c&amp;aption</source>
        <translation>Guardar &amp;pie de foto</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="63"/>
        <source>Save the caption (Ctrl+S)</source>
        <translation>Guardar el pie de foto (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="70"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="71"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="72"/>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="73"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="74"/>
        <source>Taken</source>
        <translation>Fecha de captura</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="75"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="76"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="77"/>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="78"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="79"/>
        <source>Linked to</source>
        <translation>Enlazada a</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="80"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="116"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_details.py" line="122"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
</context>
<context>
    <name>ViewerPages</name>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="145"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="150"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="157"/>
        <source>Text of the file</source>
        <translation>Texto del archivo</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="205"/>
        <source>This file could not be shown: %1

You can still save a copy.</source>
        <translation>No se pudo mostrar este archivo: %1

Aun así puede guardar una copia.</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="218"/>
        <source>Observador does not open this kind of file, so that nothing received as evidence can run on this computer. Use “Save a copy…” and open the copy with a program you trust.</source>
        <translation>Observador no abre este tipo de archivo, para que nada de lo recibido como evidencia pueda ejecutarse en esta computadora. Use «Guardar una copia…» y abra la copia con un programa de su confianza.</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="244"/>
        <location filename="../../evidence/viewer_pages.py" line="274"/>
        <location filename="../../evidence/viewer_pages.py" line="303"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="254"/>
        <source>This image is damaged or in a format that cannot be shown. It is kept as it was received; you can save a copy.</source>
        <translation>Esta imagen está dañada o en un formato que no se puede mostrar. Se conserva tal como se recibió; puede guardar una copia.</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="269"/>
        <source>This PDF is too large to show here (%1). Save a copy to read it.</source>
        <translation>Este PDF es demasiado grande para mostrarlo aquí (%1). Guarde una copia para leerlo.</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="288"/>
        <source>This PDF is damaged or protected and cannot be shown. It is kept as it was received; you can save a copy.</source>
        <translation>Este PDF está dañado o protegido y no se puede mostrar. Se conserva tal como se recibió; puede guardar una copia.</translation>
    </message>
    <message>
        <location filename="../../evidence/viewer_pages.py" line="312"/>
        <source>[Only the beginning of the file is shown.]</source>
        <translation>[Solo se muestra el principio del archivo.]</translation>
    </message>
</context>
</TS>
