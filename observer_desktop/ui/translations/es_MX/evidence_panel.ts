<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../evidence_panel.py" line="601"/>
        <source>Caption: %1</source>
        <translation>Pie de foto: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="602"/>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="603"/>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="605"/>
        <source>Dimensions: %1 × %2 px</source>
        <translation>Dimensiones: %1 × %2 px</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="607"/>
        <source>Pages: %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="609"/>
        <source>Taken: %1</source>
        <translation>Fecha de captura: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="611"/>
        <source>Location: %1, %2</source>
        <translation>Ubicación: %1, %2</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="612"/>
        <source>Added: %1</source>
        <translation>Agregada: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="613"/>
        <source>SHA-256: %1…</source>
        <translation>SHA-256: %1…</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="615"/>
        <source>Linked to: %1</source>
        <translation>Enlazada a: %1</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="617"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../evidence_panel.py" line="944"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="962"/>
        <source>This audit is no longer a draft: its evidence can be viewed and saved, but not changed. To add or remove evidence, create a new version of the audit.</source>
        <translation>Esta auditoría ya no es un borrador: sus evidencias se pueden ver y guardar, pero no modificar. Para agregar o quitar evidencias, cree una nueva versión de la auditoría.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="974"/>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="995"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1000"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1026"/>
        <location filename="../../evidence_panel.py" line="1027"/>
        <location filename="../../evidence_panel.py" line="1028"/>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1064"/>
        <source>&amp;Add evidence…</source>
        <translation>&amp;Agregar evidencia…</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1067"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1069"/>
        <source>Edit &amp;caption</source>
        <translation>Editar &amp;pie de foto</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1071"/>
        <source>&amp;Link to…</source>
        <translation>&amp;Enlazar con…</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1074"/>
        <source>&amp;Save a copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1077"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1079"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1139"/>
        <source>Open an audit to see its evidence.</source>
        <translation>Abra una auditoría para ver sus evidencias.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1141"/>
        <location filename="../../evidence_panel.py" line="1147"/>
        <source>This audit is no longer a draft; its evidence cannot be changed.</source>
        <translation>Esta auditoría ya no es un borrador; sus evidencias no se pueden modificar.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1143"/>
        <source>Wait until the current import finishes or cancel it.</source>
        <translation>Espere a que termine la importación en curso o cancélela.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1145"/>
        <source>Add photos, PDFs, documents, audio or video (Ctrl+E).</source>
        <translation>Agregue fotos, PDF, documentos, audio o video (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1156"/>
        <source>(loading…)</source>
        <translation>(cargando…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1159"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1161"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1213"/>
        <source>No evidence yet.
Drag photos, PDFs or other files here, or press Ctrl+E to choose them.</source>
        <translation>Todavía no hay evidencias.
Arrastre aquí fotos, PDF u otros archivos, o presione Ctrl+E para elegirlos.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1216"/>
        <source>This audit has no evidence.</source>
        <translation>Esta auditoría no tiene evidencias.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1286"/>
        <source>Add evidence</source>
        <translation>Agregar evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1288"/>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Todos los archivos (*);;Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1301"/>
        <source>This audit is no longer a draft, so no evidence can be added. Create a new version of the audit to add more.</source>
        <translation>Esta auditoría ya no es un borrador, así que no se le pueden agregar evidencias. Cree una nueva versión de la auditoría para agregar más.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1311"/>
        <source>Files are still being added. Wait until that finishes, or cancel it (Esc), then add these.</source>
        <translation>Todavía se están agregando archivos. Espere a que termine, o cancele (Esc), y luego agregue estos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1356"/>
        <source>Preparing to add %n file(s)…</source>
        <translation>
            <numerusform>Preparando para agregar %n archivo…</numerusform>
            <numerusform>Preparando para agregar %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1375"/>
        <source>Cancelling… the files already added are kept.</source>
        <translation>Cancelando… los archivos ya agregados se conservan.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1382"/>
        <source>Preparing report images: %1 of %2</source>
        <translation>Preparando las imágenes del informe: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1391"/>
        <source>Adding file %1 of %2 (%3 of %4): %5</source>
        <translation>Agregando archivo %1 de %2 (%3 de %4): %5</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1422"/>
        <source>The folder has no files to add.</source>
        <translation>La carpeta no tiene archivos que agregar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1436"/>
        <source>Import cancelled: %n file(s) were added and kept; the rest were not imported.</source>
        <translation>
            <numerusform>Importación cancelada: se agregó y conservó %n archivo; los demás no se importaron.</numerusform>
            <numerusform>Importación cancelada: se agregaron y conservaron %n archivos; los demás no se importaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1442"/>
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n archivo agregado.</numerusform>
            <numerusform>%n archivos agregados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1445"/>
        <source>%n file(s) were already in this audit:</source>
        <translation>
            <numerusform>%n archivo ya estaba en esta auditoría:</numerusform>
            <numerusform>%n archivos ya estaban en esta auditoría:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1456"/>
        <source>%n file(s) were not imported:</source>
        <translation>
            <numerusform>%n archivo no se importó:</numerusform>
            <numerusform>%n archivos no se importaron:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1449"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n advertencia:</numerusform>
            <numerusform>%n advertencias:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1452"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1469"/>
        <source>%n subfolder(s) were not added: only the files directly inside a folder are. Open a subfolder to add its files.</source>
        <translation>
            <numerusform>No se agregó %n subcarpeta: solo se agregan los archivos que están directamente en la carpeta. Abra la subcarpeta para agregar sus archivos.</numerusform>
            <numerusform>No se agregaron %n subcarpetas: solo se agregan los archivos que están directamente en la carpeta. Abra cada subcarpeta para agregar sus archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1479"/>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1637"/>
        <source>Remove “%1” from this audit?</source>
        <translation>¿Quitar «%1» de esta auditoría?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_panel.py" line="1641"/>
        <source>Remove %n file(s) from this audit?</source>
        <translation>
            <numerusform>¿Quitar %n archivo de esta auditoría?</numerusform>
            <numerusform>¿Quitar %n archivos de esta auditoría?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1644"/>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1652"/>
        <source>Its links to questions and findings are removed too. The custody log keeps a record that it was removed.</source>
        <translation>También se quitan sus enlaces a preguntas y hallazgos. El registro de custodia conserva constancia de que se quitó.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="1747"/>
        <source>A copy was saved to %1</source>
        <translation>Se guardó una copia en %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../evidence_panel.py" line="779"/>
        <source>Link evidence</source>
        <translation>Enlazar evidencia</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="785"/>
        <source>Check the questions and findings this evidence supports. Uncheck one to remove the link.</source>
        <translation>Marque las preguntas y los hallazgos que respalda esta evidencia. Desmarque uno para quitar el enlace.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="790"/>
        <source>Check the questions and findings these %1 files support. Uncheck one to remove the link.</source>
        <translation>Marque las preguntas y los hallazgos que respaldan estos %1 archivos. Desmarque uno para quitar el enlace.</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="799"/>
        <location filename="../../evidence_panel.py" line="800"/>
        <source>Filter questions and findings</source>
        <translation>Filtrar preguntas y hallazgos</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="806"/>
        <source>Questions and findings</source>
        <translation>Preguntas y hallazgos</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="845"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="847"/>
        <source>%1 (severity %2)</source>
        <translation>%1 (severidad %2)</translation>
    </message>
    <message>
        <location filename="../../evidence_panel.py" line="847"/>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirado)</translation>
    </message>
</context>
</TS>
