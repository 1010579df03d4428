<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app.py" line="122"/>
        <source>The data folder %1 is open in Observador on another computer (%2). Close it there first: two computers writing one folder would overwrite each other&apos;s work. If that computer stopped without closing Observador, delete the file %3 and start again.</source>
        <translation>La carpeta de datos %1 está abierta en Observador en otra computadora (%2). Ciérrela allá primero: dos computadoras escribiendo en una misma carpeta se borrarían el trabajo. Si esa computadora se apagó sin cerrar Observador, borre el archivo %3 y vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="137"/>
        <source>Observador is already open with the data folder %1, and it does not answer. Close the other window (or wait until it finishes) and start again.</source>
        <translation>Observador ya está abierto con la carpeta de datos %1 y no responde. Cierre la otra ventana (o espere a que termine) y vuelva a abrirlo.</translation>
    </message>
</context>
</TS>
