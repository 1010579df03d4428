<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../settings/data_folder.py" line="46"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="47"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="48"/>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="49"/>
        <source>Copy the data folder path</source>
        <translation>Copiar la ruta de la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="50"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="51"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="55"/>
        <source>Your audits, evidence and signing key are kept here. Include this folder in your backups.</source>
        <translation>Aquí se guardan sus auditorías, su evidencia y su llave de firma. Incluya esta carpeta en sus respaldos.</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="62"/>
        <source>The path was copied. Paste it where you need it.</source>
        <translation>Se copió la ruta. Péguela donde la necesite.</translation>
    </message>
    <message>
        <location filename="../../settings/data_folder.py" line="68"/>
        <source>The folder could not be opened here. Use Copy path and paste it in your file manager.</source>
        <translation>No se pudo abrir la carpeta desde aquí. Use Copiar ruta y péguela en su explorador de archivos.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../settings/general_tab.py" line="97"/>
        <source>Screen &amp;language:</source>
        <translation>&amp;Idioma de la pantalla:</translation>
    </message>
    <message>
        <location filename="../../settings/general_tab.py" line="98"/>
        <source>Screen language</source>
        <translation>Idioma de la pantalla</translation>
    </message>
    <message>
        <location filename="../../settings/general_tab.py" line="99"/>
        <source>The language changes at once, in every window.</source>
        <translation>El idioma cambia de inmediato, en todas las ventanas.</translation>
    </message>
    <message>
        <location filename="../../settings/general_tab.py" line="101"/>
        <source>Largest evidence &amp;file:</source>
        <translation>&amp;Tamaño máximo por archivo de evidencia:</translation>
    </message>
    <message>
        <location filename="../../settings/general_tab.py" line="102"/>
        <source>Largest evidence file, in megabytes</source>
        <translation>Tamaño máximo por archivo de evidencia, en megabytes</translation>
    </message>
    <message>
        <location filename="../../settings/general_tab.py" line="105"/>
        <source>Files bigger than this are refused when you add evidence, so a video by mistake does not fill the disk.</source>
        <translation>Los archivos más grandes se rechazan al agregar evidencia, para que un video agregado por error no llene el disco.</translation>
    </message>
</context>
<context>
    <name>KeyTab</name>
    <message>
        <location filename="../../settings/key_tab.py" line="37"/>
        <source>There is no signing key yet, so there is no certificate to save.</source>
        <translation>Todavía no hay llave de firma, así que no hay certificado que guardar.</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="107"/>
        <source>Your reports are signed with this key. Its certificate says who you are; the fingerprint lets the OIC check that a signature is yours.</source>
        <translation>Sus informes se firman con esta llave. Su certificado dice quién es usted; la huella permite al OIC comprobar que una firma es suya.</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="113"/>
        <source>You have no signing key yet. It is created in the first-steps assistant, or when you sign your first report.</source>
        <translation>Todavía no tiene llave de firma. Se crea en el asistente de primeros pasos o al firmar su primer informe.</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="118"/>
        <source>Name on the certificate:</source>
        <translation>Nombre en el certificado:</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="119"/>
        <source>Observer code:</source>
        <translation>Código de observador:</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="120"/>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="121"/>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="122"/>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="123"/>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="124"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Huella (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="125"/>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="130"/>
        <source>Save a copy of the &amp;certificate…</source>
        <translation>Guardar una &amp;copia del certificado…</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="156"/>
        <source>Self-signed (not yet certified by the OIC)</source>
        <translation>Autofirmado (aún no certificado por el OIC)</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="158"/>
        <source>The OIC (%1)</source>
        <translation>El OIC (%1)</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="163"/>
        <source>%1 (expired: ask the OIC for a new certificate)</source>
        <translation>%1 (vencido: pida al OIC un certificado nuevo)</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="173"/>
        <source>Kept in the system keyring.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="175"/>
        <source>Not in the system keyring: you will be asked for it when you sign.</source>
        <translation>No está en el llavero del sistema: se le pedirá al firmar.</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="177"/>
        <source>This computer has no system keyring: you will be asked for it each time you sign.</source>
        <translation>Esta computadora no tiene llavero del sistema: se le pedirá cada vez que firme.</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="183"/>
        <source>observer-certificate.pem</source>
        <translation>certificado-observador.pem</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="186"/>
        <source>Save a copy of the certificate</source>
        <translation>Guardar una copia del certificado</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="188"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../settings/key_tab.py" line="195"/>
        <source>Certificate saved in %1</source>
        <translation>Certificado guardado en %1</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../settings/profile_tab.py" line="32"/>
        <source>These details appear on the cover of your reports. The signing key keeps the name it was created with.</source>
        <translation>Estos datos aparecen en la portada de sus informes. La llave de firma conserva el nombre con el que se creó.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../settings/dialog.py" line="104"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="106"/>
        <source>&amp;General</source>
        <translation>Gene&amp;ral</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="106"/>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="106"/>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="106"/>
        <source>Signing &amp;key</source>
        <translation>&amp;Llave de firma</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="109"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="112"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="128"/>
        <source>The settings could not be read.</source>
        <translation>No se pudo leer la configuración.</translation>
    </message>
    <message>
        <location filename="../../settings/dialog.py" line="184"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../settings/sync_tab.py" line="50"/>
        <source>OIC server &amp;address:</source>
        <translation>&amp;Dirección del servidor del OIC:</translation>
    </message>
    <message>
        <location filename="../../settings/sync_tab.py" line="51"/>
        <source>OIC server address</source>
        <translation>Dirección del servidor del OIC</translation>
    </message>
    <message>
        <location filename="../../settings/sync_tab.py" line="52"/>
        <source>https://oic.example.mx</source>
        <translation>https://oic.ejemplo.mx</translation>
    </message>
    <message>
        <location filename="../../settings/sync_tab.py" line="55"/>
        <source>The OIC gives you this address. It must begin with https://; leave it empty if you hand in your reports on a USB stick.</source>
        <translation>El OIC le da esta dirección. Debe empezar con https://; déjela vacía si entrega sus informes en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../settings/sync_tab.py" line="60"/>
        <source>Send finished reports to the OIC auto&amp;matically when there is a connection</source>
        <translation>Enviar los informes terminados al OIC auto&amp;máticamente cuando haya conexión</translation>
    </message>
    <message>
        <location filename="../../settings/sync_tab.py" line="62"/>
        <source>Send reports automatically</source>
        <translation>Enviar informes automáticamente</translation>
    </message>
    <message>
        <location filename="../../settings/sync_tab.py" line="65"/>
        <source>When this is off, reports are only sent when you ask for it. Nothing is lost while you are offline: they wait on this computer.</source>
        <translation>Si lo desactiva, los informes solo se envían cuando usted lo pida. Sin conexión no se pierde nada: esperan en esta computadora.</translation>
    </message>
</context>
</TS>
