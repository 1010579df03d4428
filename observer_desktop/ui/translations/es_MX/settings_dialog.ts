<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../settings_dialog.py" line="141"/>
        <source>There is no signing key yet, so there is no certificate to save.</source>
        <translation>Todavía no hay llave de firma, así que no hay certificado que guardar.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="358"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="360"/>
        <source>&amp;General</source>
        <translation>Gene&amp;ral</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="360"/>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="360"/>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="360"/>
        <source>Signing &amp;key</source>
        <translation>&amp;Llave de firma</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="363"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="364"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="366"/>
        <source>Screen &amp;language:</source>
        <translation>&amp;Idioma de la pantalla:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="367"/>
        <source>Screen language</source>
        <translation>Idioma de la pantalla</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="368"/>
        <source>The language changes at once, in every window.</source>
        <translation>El idioma cambia de inmediato, en todas las ventanas.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="369"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="370"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="371"/>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="372"/>
        <source>Copy the data folder path</source>
        <translation>Copiar la ruta de la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="373"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="374"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="378"/>
        <source>Your audits, evidence and signing key are kept here. Include this folder in your backups.</source>
        <translation>Aquí se guardan sus auditorías, su evidencia y su llave de firma. Incluya esta carpeta en sus respaldos.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="382"/>
        <source>Largest evidence &amp;file:</source>
        <translation>&amp;Tamaño máximo por archivo de evidencia:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="383"/>
        <source>Largest evidence file, in megabytes</source>
        <translation>Tamaño máximo por archivo de evidencia, en megabytes</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="386"/>
        <source>Files bigger than this are refused when you add evidence, so a video by mistake does not fill the disk.</source>
        <translation>Los archivos más grandes se rechazan al agregar evidencia, para que un video agregado por error no llene el disco.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="393"/>
        <source>These details appear on the cover of your reports. The signing key keeps the name it was created with.</source>
        <translation>Estos datos aparecen en la portada de sus informes. La llave de firma conserva el nombre con el que se creó.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="398"/>
        <source>OIC server &amp;address:</source>
        <translation>&amp;Dirección del servidor del OIC:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="399"/>
        <source>OIC server address</source>
        <translation>Dirección del servidor del OIC</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="400"/>
        <source>https://oic.example.mx</source>
        <translation>https://oic.ejemplo.mx</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="403"/>
        <source>The OIC gives you this address. It must begin with https://; leave it empty if you hand in your reports on a USB stick.</source>
        <translation>El OIC le da esta dirección. Debe empezar con https://; déjela vacía si entrega sus informes en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="408"/>
        <source>Send finished reports to the OIC auto&amp;matically when there is a connection</source>
        <translation>Enviar los informes terminados al OIC auto&amp;máticamente cuando haya conexión</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="410"/>
        <source>Send reports automatically</source>
        <translation>Enviar informes automáticamente</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="413"/>
        <source>When this is off, reports are only sent when you ask for it. Nothing is lost while you are offline: they wait on this computer.</source>
        <translation>Si lo desactiva, los informes solo se envían cuando usted lo pida. Sin conexión no se pierde nada: esperan en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="421"/>
        <source>Your reports are signed with this key. Its certificate says who you are; the fingerprint lets the OIC check that a signature is yours.</source>
        <translation>Sus informes se firman con esta llave. Su certificado dice quién es usted; la huella permite al OIC comprobar que una firma es suya.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="427"/>
        <source>You have no signing key yet. It is created in the first-steps assistant, or when you sign your first report.</source>
        <translation>Todavía no tiene llave de firma. Se crea en el asistente de primeros pasos o al firmar su primer informe.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="432"/>
        <source>Name on the certificate:</source>
        <translation>Nombre en el certificado:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="433"/>
        <source>Observer code:</source>
        <translation>Código de observador:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="434"/>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="435"/>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="436"/>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="437"/>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="438"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Huella (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="439"/>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="444"/>
        <source>Save a copy of the &amp;certificate…</source>
        <translation>Guardar una &amp;copia del certificado…</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="448"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="464"/>
        <source>The settings could not be read.</source>
        <translation>No se pudo leer la configuración.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="493"/>
        <source>Self-signed (not yet certified by the OIC)</source>
        <translation>Autofirmado (aún no certificado por el OIC)</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="495"/>
        <source>The OIC (%1)</source>
        <translation>El OIC (%1)</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="500"/>
        <source>%1 (expired: ask the OIC for a new certificate)</source>
        <translation>%1 (vencido: pida al OIC un certificado nuevo)</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="507"/>
        <source>Kept in the system keyring.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="510"/>
        <source>Not in the system keyring: you will be asked for it when you sign.</source>
        <translation>No está en el llavero del sistema: se le pedirá al firmar.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="515"/>
        <source>This computer has no system keyring: you will be asked for it each time you sign.</source>
        <translation>Esta computadora no tiene llavero del sistema: se le pedirá cada vez que firme.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="532"/>
        <source>The path was copied. Paste it where you need it.</source>
        <translation>Se copió la ruta. Péguela donde la necesite.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="538"/>
        <source>The folder could not be opened here. Use Copy path and paste it in your file manager.</source>
        <translation>No se pudo abrir la carpeta desde aquí. Use Copiar ruta y péguela en su explorador de archivos.</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="548"/>
        <source>observer-certificate.pem</source>
        <translation>certificado-observador.pem</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="551"/>
        <source>Save a copy of the certificate</source>
        <translation>Guardar una copia del certificado</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="553"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="560"/>
        <source>Certificate saved in %1</source>
        <translation>Certificado guardado en %1</translation>
    </message>
    <message>
        <location filename="../../settings_dialog.py" line="632"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
</TS>
