<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../viewer.py" line="157"/>
        <location filename="../../viewer.py" line="194"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="173"/>
        <source>The stored file no longer matches its SHA-256 fingerprint: it was damaged or altered after it was added. No copy was saved. Run “observer evidence verify” and tell the OIC.</source>
        <translation>El archivo guardado ya no coincide con su huella SHA-256: se dañó o se alteró después de agregarse. No se guardó ninguna copia. Ejecute «observer evidence verify» y avise al OIC.</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="183"/>
        <source>The copy could not be saved to %1: %2</source>
        <translation>No se pudo guardar la copia en %1: %2</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="325"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="330"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="337"/>
        <source>Text of the file</source>
        <translation>Texto del archivo</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="370"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="371"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="372"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="373"/>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="374"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="375"/>
        <source>Taken</source>
        <translation>Fecha de captura</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="376"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="377"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="378"/>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="379"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="380"/>
        <source>Linked to</source>
        <translation>Enlazada a</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="381"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="401"/>
        <location filename="../../viewer.py" line="410"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="406"/>
        <source>Describe what the photo or document shows (appears in the report)</source>
        <translation>Describa lo que muestra la foto o el documento (aparece en el informe)</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="408"/>
        <source>No caption</source>
        <translation>Sin pie de foto</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="411"/>
        <source>Save c&amp;aption</source>
        <translation>Guardar &amp;pie de foto</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="413"/>
        <source>Save the caption (Ctrl+S)</source>
        <translation>Guardar el pie de foto (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="423"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="425"/>
        <source>Previous file (Left arrow)</source>
        <translation>Archivo anterior (flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="433"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="435"/>
        <source>Next file (Right arrow)</source>
        <translation>Archivo siguiente (flecha derecha)</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="442"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="445"/>
        <source>Export this file, unchanged, to open it with another program</source>
        <translation>Exportar este archivo, sin cambios, para abrirlo con otro programa</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="449"/>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="451"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="519"/>
        <source>Evidence — %1</source>
        <translation>Evidencia — %1</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="521"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="542"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="548"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="592"/>
        <source>This file could not be shown: %1

You can still save a copy.</source>
        <translation>No se pudo mostrar este archivo: %1

Aun así puede guardar una copia.</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="596"/>
        <location filename="../../viewer.py" line="626"/>
        <location filename="../../viewer.py" line="653"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="606"/>
        <source>This image is damaged or in a format that cannot be shown. It is kept as it was received; you can save a copy.</source>
        <translation>Esta imagen está dañada o en un formato que no se puede mostrar. Se conserva tal como se recibió; puede guardar una copia.</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="622"/>
        <source>This PDF is too large to show here (%1). Save a copy to read it.</source>
        <translation>Este PDF es demasiado grande para mostrarlo aquí (%1). Guarde una copia para leerlo.</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="640"/>
        <source>This PDF is damaged or protected and cannot be shown. It is kept as it was received; you can save a copy.</source>
        <translation>Este PDF está dañado o protegido y no se puede mostrar. Se conserva tal como se recibió; puede guardar una copia.</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="662"/>
        <source>[Only the beginning of the file is shown.]</source>
        <translation>[Solo se muestra el principio del archivo.]</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="675"/>
        <source>Observador does not open this kind of file, so that nothing received as evidence can run on this computer. Use “Save a copy…” and open the copy with a program you trust.</source>
        <translation>Observador no abre este tipo de archivo, para que nada de lo recibido como evidencia pueda ejecutarse en esta computadora. Use «Guardar una copia…» y abra la copia con un programa de su confianza.</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="694"/>
        <source>Saving caption…</source>
        <translation>Guardando el pie de foto…</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="703"/>
        <source>Caption saved.</source>
        <translation>Pie de foto guardado.</translation>
    </message>
    <message>
        <location filename="../../viewer.py" line="739"/>
        <source>Copy saved: %1</source>
        <translation>Copia guardada: %1</translation>
    </message>
</context>
</TS>
