<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../errors.py" line="20"/>
        <source>The file or folder could not be used: %1</source>
        <translation>No se pudo usar el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="23"/>
        <source>Something unexpected went wrong: %1

Nothing was lost. The details are in the log file; please send them to the OIC if it happens again.</source>
        <translation>Ocurrió un error inesperado: %1

No se perdió nada. Los detalles están en el archivo de registro; envíelos al OIC si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="37"/>
        <source>Observador</source>
        <translation>Observador</translation>
    </message>
</context>
</TS>
