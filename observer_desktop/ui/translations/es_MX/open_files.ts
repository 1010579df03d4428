<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../open_files.py" line="103"/>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>El archivo %1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="117"/>
        <source>%1 is a batch of audits for the OIC, made with Sending → Export batch for USB. It is not opened on this computer: take it to the OIC, where it is loaded into the server. Nothing was changed here.</source>
        <translation>%1 es un lote de auditorías para el OIC, hecho con Envíos → Exportar lote para USB. No se abre en esta computadora: llévelo al OIC, donde se carga en el servidor. Aquí no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="126"/>
        <source>Observador cannot open %1. It opens signed reports (.pdf) to verify them and audit packages (.observador.zip) to import them.</source>
        <translation>Observador no puede abrir %1. Abre informes firmados (.pdf) para verificarlos y paquetes de auditoría (.observador.zip) para importarlos.</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="132"/>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="149"/>
        <location filename="../../open_files.py" line="169"/>
        <location filename="../../open_files.py" line="179"/>
        <source>Import audit package</source>
        <translation>Importar paquete de auditoría</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="151"/>
        <source>Import the audit in %1 into this data folder? It is checked first; a damaged or altered package is refused and nothing changes.</source>
        <translation>¿Importar la auditoría de %1 a esta carpeta de datos? Primero se revisa; un paquete dañado o alterado se rechaza y no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="159"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="160"/>
        <location filename="../../open_files.py" line="257"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="171"/>
        <location filename="../../open_files.py" line="220"/>
        <source>Audit packages (*%1)</source>
        <translation>Paquetes de auditoría (*%1)</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="180"/>
        <source>Checking and importing %1…</source>
        <translation>Revisando e importando %1…</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="191"/>
        <source>The audit %1 was already in this data folder.</source>
        <translation>La auditoría %1 ya estaba en esta carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="193"/>
        <source>Audit %1 imported: %2 answers, %3 new evidence file(s).</source>
        <translation>Auditoría %1 importada: %2 respuestas, %3 archivo(s) de evidencia nuevos.</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="218"/>
        <location filename="../../open_files.py" line="255"/>
        <location filename="../../open_files.py" line="291"/>
        <location filename="../../open_files.py" line="301"/>
        <source>Export audit package</source>
        <translation>Exportar paquete de auditoría</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="256"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="274"/>
        <source>Writing %1: %2 of %3…</source>
        <translation>Escribiendo %1: %2 de %3…</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="285"/>
        <source>The audit package was saved in %1 (%2). It holds the audit, its evidence and its custody log; on another computer, open it with File → Import audit package.</source>
        <translation>El paquete de la auditoría se guardó en %1 (%2). Contiene la auditoría, su evidencia y su bitácora de custodia; en otra computadora, ábralo con Archivo → Importar paquete de auditoría.</translation>
    </message>
    <message>
        <location filename="../../open_files.py" line="300"/>
        <source>The export was cancelled; no package was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún paquete.</translation>
    </message>
</context>
</TS>
