<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../diagnostics.py" line="335"/>
        <source>Observador</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="94"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="89"/>
        <source>installed bundle</source>
        <translation>paquete instalado</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="91"/>
        <source>from source</source>
        <translation>desde el código fuente</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="96"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="110"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="112"/>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="115"/>
        <source>none (logging to a file is off)</source>
        <translation>ninguno (el registro en archivo está desactivado)</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="118"/>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="121"/>
        <source>Window settings</source>
        <translation>Preferencias de la ventana</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="123"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="133"/>
        <location filename="../../diagnostics.py" line="170"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="134"/>
        <source>%1 (schema version %2, %3 MB)</source>
        <translation>%1 (esquema versión %2, %3 MB)</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="142"/>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="143"/>
        <source>%1 loaded, %2 with errors</source>
        <translation>%1 cargadas, %2 con errores</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="150"/>
        <source>OIC server</source>
        <translation>Servidor del OIC</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="152"/>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="157"/>
        <source>not created yet</source>
        <translation>aún no se ha creado</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="160"/>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="162"/>
        <source>issued by the OIC</source>
        <translation>emitido por el OIC</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="165"/>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="171"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="176"/>
        <source>System keyring</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="177"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="179"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="189"/>
        <source>Observador diagnostics, %1</source>
        <translation>Diagnóstico de Observador, %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../diagnostics.py" line="203"/>
        <source>About Observador</source>
        <translation>Acerca de Observador</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="211"/>
        <source>&lt;b&gt;Observador %1&lt;/b&gt;&lt;br&gt;Citizen audits of public procurement for the Internal Control Organ of the municipality of Chihuahua.</source>
        <translation>&lt;b&gt;Observador %1&lt;/b&gt;&lt;br&gt;Auditorías ciudadanas de contrataciones públicas para el Órgano Interno de Control del municipio de Chihuahua.</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="220"/>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Ctrl+N new audit · Ctrl+F search · Enter open · Alt+Left back&lt;br&gt;F8 / Shift+F8 next / previous question · Ctrl+E add evidence&lt;br&gt;Ctrl+Shift+F finalize · Ctrl+P signed report · Ctrl+O verify a PDF&lt;br&gt;Ctrl+1 audits · Ctrl+2 participation · Ctrl+, settings&lt;br&gt;F9 send to the OIC now · Shift+F9 pause sending</source>
        <translation>&lt;b&gt;Teclas&lt;/b&gt;&lt;br&gt;Ctrl+N nueva auditoría · Ctrl+F buscar · Intro abrir · Alt+Izquierda volver&lt;br&gt;F8 / Mayús+F8 pregunta siguiente / anterior · Ctrl+E agregar evidencia&lt;br&gt;Ctrl+Mayús+F finalizar · Ctrl+P informe firmado · Ctrl+O verificar un PDF&lt;br&gt;Ctrl+1 auditorías · Ctrl+2 participación · Ctrl+, configuración&lt;br&gt;F9 enviar al OIC ahora · Mayús+F9 pausar el envío</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="237"/>
        <source>&amp;Diagnostics (send them to the OIC if something fails):</source>
        <translation>&amp;Diagnóstico (envíelo al OIC si algo falla):</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="243"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="244"/>
        <source>Collecting…</source>
        <translation>Reuniendo datos…</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="248"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="250"/>
        <source>Copy the diagnostics to the clipboard</source>
        <translation>Copiar el diagnóstico al portapapeles</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="253"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="256"/>
        <source>Open the d&amp;ata folder</source>
        <translation>Abrir la carpeta de d&amp;atos</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="263"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="297"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../diagnostics.py" line="302"/>
        <source>The folder could not be opened: %1</source>
        <translation>No se pudo abrir la carpeta: %1</translation>
    </message>
</context>
</TS>
