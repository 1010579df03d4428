<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../models.py" line="59" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../models.py" line="60" />
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location filename="../../models.py" line="61" />
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../models.py" line="62" />
        <source>Checklist</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../models.py" line="63" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../models.py" line="64" />
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <location filename="../../models.py" line="134" />
        <source> (replaced)</source>
        <translation> (reemplazada)</translation>
    </message>
</context>
</TS>