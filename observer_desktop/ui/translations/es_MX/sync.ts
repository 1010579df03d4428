<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>BatchExport</name>
    <message>
        <location filename="../../sync/batch_export.py" line="38"/>
        <source>Save batch for USB</source>
        <translation>Guardar lote para USB</translation>
    </message>
    <message>
        <location filename="../../sync/batch_export.py" line="40"/>
        <source>Observador batch (*.obsbatch)</source>
        <translation>Lote de Observador (*.obsbatch)</translation>
    </message>
    <message>
        <location filename="../../sync/batch_export.py" line="75"/>
        <source>Writing the batch: %1 written…</source>
        <translation>Escribiendo el lote: %1 escritos…</translation>
    </message>
    <message>
        <location filename="../../sync/batch_export.py" line="89"/>
        <location filename="../../sync/batch_export.py" line="119"/>
        <source>Export batch for USB</source>
        <translation>Exportar lote para USB</translation>
    </message>
    <message>
        <location filename="../../sync/batch_export.py" line="90"/>
        <source>Preparing the batch…</source>
        <translation>Preparando el lote…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/batch_export.py" line="108"/>
        <source>The batch with %n audit(s) was saved in %1 (%2). Take it to the OIC; the audits are marked delivered at your next sync with the server.</source>
        <translation>
            <numerusform>El lote con %n auditoría se guardó en %1 (%2). Llévelo al OIC; la auditoría quedará como entregada en su próxima sincronización con el servidor.</numerusform>
            <numerusform>El lote con %n auditorías se guardó en %1 (%2). Llévelo al OIC; las auditorías quedarán como entregadas en su próxima sincronización con el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/batch_export.py" line="130"/>
        <source>Export cancelled; no batch was written.</source>
        <translation>Exportación cancelada; no se escribió ningún lote.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sync/login_dialog.py" line="66"/>
        <source>Log in to the OIC</source>
        <translation>Iniciar sesión en el OIC</translation>
    </message>
    <message>
        <location filename="../../sync/login_dialog.py" line="130"/>
        <source>It does &amp;not match</source>
        <translation>&amp;No coincide</translation>
    </message>
    <message>
        <location filename="../../sync/login_dialog.py" line="118"/>
        <source>Confirm the OIC&apos;s authority</source>
        <translation>Confirme la autoridad del OIC</translation>
    </message>
    <message>
        <location filename="../../sync/login_dialog.py" line="120"/>
        <source>This server uses the OIC&apos;s own certification authority, which this computer does not know yet. Before your password is sent, compare this fingerprint with the one the OIC gave you (on paper or by phone):</source>
        <translation>Este servidor usa la autoridad certificadora propia del OIC, que esta computadora aún no conoce. Antes de enviar su contraseña, compare esta huella con la que le dio el OIC (en papel o por teléfono):</translation>
    </message>
    <message>
        <location filename="../../sync/login_dialog.py" line="128"/>
        <source>It &amp;matches, log in</source>
        <translation>&amp;Coincide, iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../sync/login_dialog.py" line="140"/>
        <source>Your password was not sent. Do not log in to this server: tell the OIC.</source>
        <translation>No se envió su contraseña. No inicie sesión en este servidor: avise al OIC.</translation>
    </message>
    <message>
        <location filename="../../sync/login_dialog.py" line="154"/>
        <source>Write the address of the OIC server.</source>
        <translation>Escriba la dirección del servidor del OIC.</translation>
    </message>
</context>
<context>
    <name>LoginDonePage</name>
    <message>
        <location filename="../../sync/login_done.py" line="43"/>
        <source>It does &amp;not match</source>
        <translation>&amp;No coincide</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="47"/>
        <location filename="../../sync/login_done.py" line="127"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="68"/>
        <source>This is the first time this computer connects to this server. Compare this fingerprint of the OIC&apos;s certification authority with the one the OIC gave you (on paper or by phone):</source>
        <translation>Es la primera vez que esta computadora se conecta a este servidor. Compare esta huella de la autoridad certificadora del OIC con la que le dio el OIC (en papel o por teléfono):</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="81"/>
        <source>Fingerprint of the OIC authority</source>
        <translation>Huella de la autoridad del OIC</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="90"/>
        <source>If it does not match, press “It does not match”: the session is closed, the server is forgotten and nothing is sent. Then call the OIC.</source>
        <translation>Si no coincide, pulse «No coincide»: se cierra la sesión, se olvida el servidor y no se envía nada. Después llame al OIC.</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="104"/>
        <source>You are logged in as %1 (%2).</source>
        <translation>Inició sesión como %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="115"/>
        <source>✓ Your OIC certificate is installed: your reports are now signed with it.</source>
        <translation>✓ Su certificado del OIC quedó instalado: desde ahora sus informes se firman con él.</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="121"/>
        <source>Your OIC certificate is not installed yet; the next sync tries again.</source>
        <translation>Su certificado del OIC aún no está instalado; se intentará de nuevo en el próximo envío.</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="127"/>
        <source>It &amp;matches, continue</source>
        <translation>&amp;Coincide, continuar</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="132"/>
        <source>Your new password is saved at the OIC: use it from now on.</source>
        <translation>Su contraseña nueva quedó guardada en el OIC: úsela de ahora en adelante.</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="136"/>
        <source>This computer has no system keyring: the session is kept sealed with your signing key&apos;s passphrase, which Observador asks for once each time it opens, before sending.</source>
        <translation>Esta computadora no tiene llavero del sistema: la sesión queda guardada, cifrada con la frase de paso de su llave de firma. Observador se la pide una vez cada vez que lo abre, antes de enviar.</translation>
    </message>
    <message>
        <location filename="../../sync/login_done.py" line="144"/>
        <source>This computer has no system keyring: the session lasts while Observador is open, and is closed when you quit.</source>
        <translation>Esta computadora no tiene llavero del sistema: la sesión dura mientras Observador esté abierto y se cierra al salir.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../sync/login_form.py" line="33"/>
        <source>Use the observer code and password the OIC gave you; the first time, that password works once and you then choose your own. The password is not kept: this computer keeps only a session key, in the system keyring (without one, sealed with your signing key&apos;s passphrase).</source>
        <translation>Use el código de observador y la contraseña que le dio el OIC; la primera vez, esa contraseña sirve una sola vez y después elige la suya. La contraseña no se guarda: esta computadora guarda solo una llave de sesión, en el llavero del sistema (si no lo hay, cifrada con la frase de paso de su llave de firma).</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="72"/>
        <source>OIC server address</source>
        <translation>Dirección del servidor del OIC</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="73"/>
        <source>https://oic.example.mx</source>
        <translation>https://oic.ejemplo.mx</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="75"/>
        <source>Observer code</source>
        <translation>Código de observador</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="76"/>
        <source>for example OBS-001</source>
        <translation>por ejemplo OBS-001</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="77"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="84"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="87"/>
        <source>New password, again</source>
        <translation>Contraseña nueva, otra vez</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="89"/>
        <source>S&amp;how the password</source>
        <translation>&amp;Mostrar la contraseña</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="96"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="97"/>
        <source>Observer &amp;code:</source>
        <translation>Códi&amp;go de observador:</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="98"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="105"/>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="106"/>
        <source>Type it a&amp;gain:</source>
        <translation>Escríbala o&amp;tra vez:</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="131"/>
        <source>Connecting to the OIC server…</source>
        <translation>Conectando con el servidor del OIC…</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="135"/>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="172"/>
        <source>The password the OIC gave you works only once. Choose your own password (at least %1 characters) and type it twice: from now on you log in with it.</source>
        <translation>La contraseña que le dio el OIC sirve una sola vez. Elija su propia contraseña (al menos %1 caracteres) y escríbala dos veces: de ahora en adelante inicia sesión con ella.</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="179"/>
        <source>&amp;Save and log in</source>
        <translation>&amp;Guardar e iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="185"/>
        <source>The new password must have at least %1 characters.</source>
        <translation>La contraseña nueva debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="190"/>
        <source>The new password must differ from the one the OIC gave you (that one works only once).</source>
        <translation>La contraseña nueva debe ser distinta de la que le dio el OIC (esa sirve una sola vez).</translation>
    </message>
    <message>
        <location filename="../../sync/login_form.py" line="194"/>
        <source>The two new passwords are not the same: type them again.</source>
        <translation>Las dos contraseñas nuevas no son iguales: escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="66"/>
        <source>Sending to the OIC</source>
        <translation>Envíos al OIC</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="97"/>
        <source>Audits sent or waiting to be sent</source>
        <translation>Auditorías enviadas o por enviar</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="100"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="101"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="102"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="103"/>
        <source>OIC review</source>
        <translation>Revisión del OIC</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="104"/>
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="74"/>
        <source>Nothing has been sent or queued yet.</source>
        <translation>Aún no se ha enviado ni puesto en cola ninguna auditoría.</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="161"/>
        <source>OIC comment: %1</source>
        <translation>Comentario del OIC: %1</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="163"/>
        <source>Delivered %1</source>
        <translation>Entregada %1</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="166"/>
        <source>OIC-timestamped copy saved: %1</source>
        <translation>copia sellada por el OIC guardada: %1</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="167"/>
        <source>Saved in a USB batch %1</source>
        <translation>Guardada en un lote para USB %1</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="194"/>
        <source>No OIC server is set. Log in (the OIC gives you the address), or hand in your audits on a USB stick.</source>
        <translation>No hay servidor del OIC configurado. Inicie sesión (el OIC le da la dirección) o entregue sus auditorías en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="198"/>
        <source>Server %1 · not logged in.</source>
        <translation>Servidor %1 · sin sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="200"/>
        <source>Server %1 · logged in.</source>
        <translation>Servidor %1 · sesión iniciada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/outbox_dialog.py" line="202"/>
        <source>%n audit(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n auditoría por enviar.</numerusform>
            <numerusform>%n auditorías por enviar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="204"/>
        <source>Nothing waiting to be sent.</source>
        <translation>Nada pendiente de enviar.</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="206"/>
        <source>Background sending is off (Settings).</source>
        <translation>El envío automático está desactivado (Ajustes).</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../sync/review_banner.py" line="63"/>
        <source>Create a new version to &amp;correct it</source>
        <translation>Crear nueva versión para &amp;corregir</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="91"/>
        <source>Comments of the OIC on answers: %1. Each one is framed beside its question; the list of sections says where they are.</source>
        <translation>Comentarios del OIC sobre respuestas: %1. Cada uno aparece en un recuadro junto a su pregunta; la lista de secciones indica dónde están.</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="97"/>
        <source>OIC comment on «%1»: %2</source>
        <translation>Comentario del OIC sobre «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="125"/>
        <location filename="../../sync/review_banner.py" line="171"/>
        <source>(no comment)</source>
        <translation>(sin comentario)</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="126"/>
        <source>Returned by the OIC: %1</source>
        <translation>Devuelta por el OIC: %1</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="128"/>
        <source>Reviewed %1.</source>
        <translation>Revisada %1.</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="130"/>
        <source>A newer version already replaces it.</source>
        <translation>Ya la reemplaza una versión más nueva.</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="133"/>
        <source>Correct it in a new version: once you finalize and sign it, it is sent again.</source>
        <translation>Corríjala en una nueva versión: cuando la finalice y la firme, se enviará de nuevo.</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="138"/>
        <source>Approved by the OIC %1.</source>
        <translation>Aprobada por el OIC %1.</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="142"/>
        <source>OIC comment: %1</source>
        <translation>Comentario del OIC: %1</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="149"/>
        <source>Delivered to the OIC %1; not reviewed yet.</source>
        <translation>Entregada al OIC %1; aún sin revisar.</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="157"/>
        <source>Could not be sent to the OIC: %1</source>
        <translation>No se pudo enviar al OIC: %1</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="161"/>
        <source>Waiting to be sent to the OIC.</source>
        <translation>En espera de enviarse al OIC.</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="163"/>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="169"/>
        <source>The OIC returned version %1: %2</source>
        <translation>El OIC devolvió la versión %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/review_banner.py" line="174"/>
        <source>Correct it here; when you finalize and sign this version it is sent again.</source>
        <translation>Corríjala aquí; cuando finalice y firme esta versión, se enviará de nuevo.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <location filename="../../sync/report.py" line="42"/>
        <source>%n audit(s) delivered to the OIC.</source>
        <translation>
            <numerusform>%n auditoría entregada al OIC.</numerusform>
            <numerusform>%n auditorías entregadas al OIC.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="47"/>
        <source>Sending cancelled. What was already sent is kept; the rest continues next time.</source>
        <translation>Envío cancelado. Lo ya enviado se conserva; el resto continuará la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="65"/>
        <source>Nothing was sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="79"/>
        <source>Your session on the OIC server is no longer valid (it was closed or the OIC revoked it). Log in again to send.</source>
        <translation>Su sesión en el servidor del OIC ya no es válida (se cerró o el OIC la revocó). Inicie sesión de nuevo para enviar.</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="86"/>
        <source>Sending to the OIC stopped</source>
        <translation>Se detuvo el envío al OIC</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="96"/>
        <source>These audits could not be sent:</source>
        <translation>Estas auditorías no se pudieron enviar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/report.py" line="101"/>
        <source>%n finalized audit(s) are not sent yet because they have no signed report: open each one and make its report (Ctrl+P).</source>
        <translation>
            <numerusform>%n auditoría finalizada aún no se envía porque no tiene informe firmado: ábrala y genere su informe (Ctrl+P).</numerusform>
            <numerusform>%n auditorías finalizadas aún no se envían porque no tienen informe firmado: abra cada una y genere su informe (Ctrl+P).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="111"/>
        <source>Sending to the OIC</source>
        <translation>Envío al OIC</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="116"/>
        <source>Everything is up to date with the OIC.</source>
        <translation>Todo está al día con el OIC.</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="122"/>
        <source>This computer has no system keyring, so your session on the OIC server ended when Observador was closed. Log in again to send.</source>
        <translation>Esta computadora no tiene llavero del sistema, así que su sesión en el servidor del OIC terminó al cerrar Observador. Inicie sesión de nuevo para enviar.</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="125"/>
        <source>To send your audits, log in to the OIC server first.</source>
        <translation>Para enviar sus auditorías, primero inicie sesión en el servidor del OIC.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/report.py" line="132"/>
        <source>The OIC approved %n audit(s).</source>
        <translation>
            <numerusform>El OIC aprobó %n auditoría.</numerusform>
            <numerusform>El OIC aprobó %n auditorías.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/report.py" line="138"/>
        <source>The OIC returned %n audit(s) for correction. Open each one and create a new version to correct it; it is sent again once you finalize and sign it.</source>
        <translation>
            <numerusform>El OIC devolvió %n auditoría para corrección. Ábrala y cree una nueva versión para corregirla; se enviará de nuevo cuando la finalice y la firme.</numerusform>
            <numerusform>El OIC devolvió %n auditorías para corrección. Abra cada una y cree una nueva versión para corregirla; se enviarán de nuevo cuando las finalice y las firme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="146"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="151"/>
        <source>OIC comment: %1</source>
        <translation>Comentario del OIC: %1</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="155"/>
        <source>Audits returned by the OIC</source>
        <translation>Auditorías devueltas por el OIC</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="160"/>
        <source>&amp;Open the audit</source>
        <translation>&amp;Abrir la auditoría</translation>
    </message>
</context>
<context>
    <name>SessionFlows</name>
    <message>
        <location filename="../../sync/session_flows.py" line="160"/>
        <location filename="../../sync/session_flows.py" line="186"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../sync/session_flows.py" line="162"/>
        <source>Log out of the OIC server on this computer? Finished audits keep waiting here and are sent after you log in again.</source>
        <translation>¿Cerrar la sesión en el servidor del OIC en esta computadora? Las auditorías terminadas seguirán esperando aquí y se enviarán cuando vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../sync/session_flows.py" line="189"/>
        <source>Logged out of the OIC server.</source>
        <translation>Se cerró la sesión en el servidor del OIC.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../sync/actions.py" line="28"/>
        <source>&amp;Log in to the OIC…</source>
        <translation>&amp;Iniciar sesión en el OIC…</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="30"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="32"/>
        <source>Send the finished audits to the OIC and fetch its reviews (F9)</source>
        <translation>Enviar al OIC las auditorías terminadas y traer sus revisiones (F9)</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="35"/>
        <location filename="../../sync/actions.py" line="99"/>
        <source>&amp;Pause sending</source>
        <translation>&amp;Pausar envío</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="37"/>
        <source>Ca&amp;ncel sending</source>
        <translation>Ca&amp;ncelar envío</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="39"/>
        <source>&amp;View what was sent…</source>
        <translation>&amp;Ver envíos…</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="42"/>
        <source>&amp;Export batch for USB…</source>
        <translation>&amp;Exportar lote para USB…</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="45"/>
        <source>Save the audits waiting to be sent in a signed file to take to the OIC</source>
        <translation>Guardar las auditorías por enviar en un archivo firmado para llevarlo al OIC</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="47"/>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../sync/actions.py" line="99"/>
        <source>&amp;Resume sending</source>
        <translation>&amp;Reanudar envío</translation>
    </message>
</context>
<context>
    <name>SyncRuns</name>
    <message>
        <location filename="../../sync/run.py" line="158"/>
        <source>Already sending to the OIC…</source>
        <translation>Ya se está enviando al OIC…</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="229"/>
        <source>Stopping… what was already sent is kept.</source>
        <translation>Deteniendo… lo ya enviado se conserva.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../sync/status_widget.py" line="44"/>
        <source>Sending to the OIC</source>
        <translation>Envío al OIC</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="96"/>
        <source>Click for details.</source>
        <translation>Haga clic para ver el detalle.</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="102"/>
        <source>%1 of %2 files · %3 of %4</source>
        <translation>%1 de %2 archivos · %3 de %4</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="110"/>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="113"/>
        <source>Sending: %1</source>
        <translation>Enviando: %1</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="115"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="119"/>
        <source>Connecting to the OIC server…</source>
        <translation>Conectando con el servidor del OIC…</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="120"/>
        <source>Preparing what to send…</source>
        <translation>Preparando lo que se va a enviar…</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="121"/>
        <source>Looking for new checklists…</source>
        <translation>Buscando listas de verificación nuevas…</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="122"/>
        <source>Fetching the OIC&apos;s reviews…</source>
        <translation>Consultando las revisiones del OIC…</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="123"/>
        <source>Sending to the OIC…</source>
        <translation>Enviando al OIC…</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="127"/>
        <source>No connection; trying again in %1 s</source>
        <translation>Sin conexión; se reintentará en %1 s</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="136"/>
        <source>Not logged in to the OIC</source>
        <translation>Sin sesión en el OIC</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="138"/>
        <source>Log in (Sending menu) to send your finished audits.</source>
        <translation>Inicie sesión (menú Envíos) para enviar sus auditorías terminadas.</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="142"/>
        <source>Log in again to send (F9)</source>
        <translation>Inicie sesión de nuevo para enviar (F9)</translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="145"/>
        <source>This computer has no system keyring, so the session ends when the app closes.</source>
        <translation>Esta computadora no tiene llavero del sistema, así que la sesión termina al cerrar la aplicación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/status_widget.py" line="151"/>
        <source>⚠ %n audit(s) could not be sent</source>
        <translation>
            <numerusform>⚠ %n auditoría no se pudo enviar</numerusform>
            <numerusform>⚠ %n auditorías no se pudieron enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/status_widget.py" line="154"/>
        <source>✓ Synced with the OIC %1</source>
        <translation>✓ Sincronizado con el OIC %1</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../sync/common.py" line="30"/>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="42"/>
        <source>Waiting to be sent</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="43"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="44"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="50"/>
        <source>Received, not reviewed yet</source>
        <translation>Recibida, aún sin revisar</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="51"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../sync/outbox_dialog.py" line="52"/>
        <source>Returned for correction</source>
        <translation>Devuelta para corrección</translation>
    </message>
</context>
</TS>
