<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../diagnostics.py" line="374"/>
        <source>Observador</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="102"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="97"/>
        <source>installed bundle</source>
        <translation>paquete instalado</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="99"/>
        <source>from source</source>
        <translation>desde el código fuente</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="104"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="122"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="124"/>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="127"/>
        <source>none (logging to a file is off)</source>
        <translation>ninguno (el registro en archivo está desactivado)</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="130"/>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="133"/>
        <source>Window settings</source>
        <translation>Preferencias de la ventana</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="135"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="153"/>
        <location filename="../../diagnostics.py" line="179"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="154"/>
        <source>%1 (schema version %2, %3 MB)</source>
        <translation>%1 (esquema versión %2, %3 MB)</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="162"/>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="163"/>
        <source>%1 loaded, %2 with errors</source>
        <translation>%1 cargadas, %2 con errores</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="170"/>
        <source>OIC server</source>
        <translation>Servidor del OIC</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="171"/>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="192"/>
        <source>not created yet</source>
        <translation>aún no se ha creado</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="194"/>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="196"/>
        <source>issued by the OIC</source>
        <translation>emitido por el OIC</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="174"/>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="180"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="205"/>
        <source>System keyring</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="206"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="208"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="216"/>
        <source>Observador diagnostics, %1</source>
        <translation>Diagnóstico de Observador, %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../diagnostics.py" line="230"/>
        <source>About Observador</source>
        <translation>Acerca de Observador</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="258"/>
        <source>&lt;b&gt;Observador %1&lt;/b&gt;&lt;br&gt;Citizen audits of public procurement for the Internal Control Organ of the municipality of Chihuahua.</source>
        <translation>&lt;b&gt;Observador %1&lt;/b&gt;&lt;br&gt;Auditorías ciudadanas de contrataciones públicas para el Órgano Interno de Control del municipio de Chihuahua.</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="267"/>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Ctrl+N new audit · Ctrl+F search · Enter open · Alt+Left back&lt;br&gt;F8 / Shift+F8 next / previous question · Ctrl+E add evidence&lt;br&gt;Ctrl+Shift+F finalize · Ctrl+P signed report · Ctrl+O verify a PDF&lt;br&gt;Ctrl+1 audits · Ctrl+2 participation · Ctrl+, settings&lt;br&gt;F9 send to the OIC now · Shift+F9 pause sending</source>
        <translation>&lt;b&gt;Teclas&lt;/b&gt;&lt;br&gt;Ctrl+N nueva auditoría · Ctrl+F buscar · Intro abrir · Alt+Izquierda volver&lt;br&gt;F8 / Mayús+F8 pregunta siguiente / anterior · Ctrl+E agregar evidencia&lt;br&gt;Ctrl+Mayús+F finalizar · Ctrl+P informe firmado · Ctrl+O verificar un PDF&lt;br&gt;Ctrl+1 auditorías · Ctrl+2 participación · Ctrl+, configuración&lt;br&gt;F9 enviar al OIC ahora · Mayús+F9 pausar el envío</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="287"/>
        <source>&amp;Diagnostics (send them to the OIC if something fails):</source>
        <translation>&amp;Diagnóstico (envíelo al OIC si algo falla):</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="293"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="294"/>
        <source>Collecting…</source>
        <translation>Reuniendo datos…</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="301"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="303"/>
        <source>Copy the diagnostics to the clipboard</source>
        <translation>Copiar el diagnóstico al portapapeles</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="306"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="309"/>
        <source>Open the d&amp;ata folder</source>
        <translation>Abrir la carpeta de d&amp;atos</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="316"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="336"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="341"/>
        <source>The folder could not be opened: %1</source>
        <translation>No se pudo abrir la carpeta: %1</translation>
    </message>
</context>
</TS>
