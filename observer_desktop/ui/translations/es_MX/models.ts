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
<context>
    <name>Status</name>
    <message>
        <location filename="../../models.py" line="39" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../models.py" line="40" />
        <source>Finalized</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../../models.py" line="41" />
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../models.py" line="42" />
        <source>Queued to send</source>
        <translation>En cola de envío</translation>
    </message>
    <message>
        <location filename="../../models.py" line="43" />
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location filename="../../models.py" line="44" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../models.py" line="45" />
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
</context>
</TS>