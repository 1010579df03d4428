<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../../answer_inputs.py" line="139"/>
        <source>— Choose an option —</source>
        <translation>— Elija una opción —</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="162"/>
        <source>Clear answer</source>
        <translation>Quitar respuesta</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="163"/>
        <source>Leave this question unanswered</source>
        <translation>Dejar esta pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="164"/>
        <source>Clear answer: %1</source>
        <translation>Quitar respuesta: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../answer_inputs.py" line="349"/>
        <source>YYYY-MM-DD</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="353"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="354"/>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="356"/>
        <source>Calendar for: %1</source>
        <translation>Calendario de: %1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../answer_inputs.py" line="297"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="301"/>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <location filename="../../answer_inputs.py" line="303"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>_CalendarDialog</name>
    <message>
        <location filename="../../answer_inputs.py" line="325"/>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
</context>
</TS>
