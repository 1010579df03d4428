<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Status</name>
    <message>
        <location filename="../../../core/statuses.py" line="49"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="50"/>
        <source>Finalized</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="51"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="52"/>
        <source>Queued to send</source>
        <translation>En cola de envío</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="53"/>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="54"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="55"/>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="61"/>
        <source>finalized</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="62"/>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="63"/>
        <source>queued to send</source>
        <translation>en cola de envío</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="64"/>
        <source>delivered</source>
        <translation>entregada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="65"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../../core/statuses.py" line="66"/>
        <source>returned to the observer</source>
        <translation>devuelta al observador</translation>
    </message>
</context>
</TS>
