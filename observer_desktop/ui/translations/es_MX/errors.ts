<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../errors.py" line="24"/>
        <source>The file or folder %2 could not be used: %1</source>
        <translation>No se pudo usar el archivo o la carpeta %2: %1</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="28"/>
        <source>The file or folder could not be used: %1</source>
        <translation>No se pudo usar el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="31"/>
        <source>Something unexpected went wrong: %1

Nothing was lost. The details are in the log file; please send them to the OIC if it happens again.</source>
        <translation>Ocurrió un error inesperado: %1

No se perdió nada. Los detalles están en el archivo de registro; envíelos al OIC si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="38"/>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="57"/>
        <source>Observador</source>
        <translation>Observador</translation>
    </message>
</context>
</TS>
