<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>NewAuditDialog</name>
    <message>
        <location filename="../../new_audit.py" line="68"/>
        <source>New audit</source>
        <translation>Nueva auditoría</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="98"/>
        <source>&amp;Checklist:</source>
        <translation>&amp;Formulario:</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="103"/>
        <source>Checklists</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="140"/>
        <source>Data of the process you will observe. Only the first one is needed now; the fields marked * are needed to finalize and can be completed later in «Process data».</source>
        <translation>Datos del proceso que va a observar. Por ahora solo se necesita el primero; los campos marcados con * se necesitan para finalizar y puede completarlos después en «Datos del proceso».</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="165"/>
        <source>C&amp;reate audit</source>
        <translation>&amp;Crear auditoría</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="85"/>
        <source>Loading the checklists…</source>
        <translation>Cargando los formularios…</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="186"/>
        <source>%1 sections, %2 questions · version %3</source>
        <translation>%1 secciones, %2 preguntas · versión %3</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="198"/>
        <source>These checklist files could not be read and are not listed:</source>
        <translation>Estos archivos de formulario no se pudieron leer y no aparecen en la lista:</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="208"/>
        <source>There are no checklists to choose from. Ask the OIC for the checklist files and copy them into the «forms» folder of the data folder.</source>
        <translation>No hay formularios para elegir. Pida al OIC los archivos de formulario y cópielos en la carpeta «forms» de la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="215"/>
        <source>The checklists could not be read.</source>
        <translation>No se pudieron leer los formularios.</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="249"/>
        <source>This checklist asks for no process data.</source>
        <translation>Este formulario no pide datos del proceso.</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="305"/>
        <source>Write this field: it identifies the audit in the list.</source>
        <translation>Escriba este dato: identifica a la auditoría en la lista.</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="322"/>
        <source>Check the fields marked in red.</source>
        <translation>Revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="327"/>
        <source>Creating the audit…</source>
        <translation>Creando la auditoría…</translation>
    </message>
    <message>
        <location filename="../../new_audit.py" line="349"/>
        <source>The audit could not be created.</source>
        <translation>No se pudo crear la auditoría.</translation>
    </message>
</context>
</TS>
