<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../wizard/done_page.py" line="54"/>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="55"/>
        <source>Check your details and press Finish.</source>
        <translation>Revise sus datos y oprima Finalizar.</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="56"/>
        <source>Observador is ready. This is what was saved:</source>
        <translation>Observador está listo. Esto es lo que se guardó:</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="58"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="59"/>
        <source>Observer code:</source>
        <translation>Código de observador:</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="60"/>
        <source>Municipality:</source>
        <translation>Municipio:</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="61"/>
        <source>Key fingerprint:</source>
        <translation>Huella de la llave:</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="62"/>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="68"/>
        <source>You can change your details, the language and the OIC server later in Settings. The key fingerprint is also shown there, to compare it with the OIC if they ask.</source>
        <translation>Puede cambiar sus datos, el idioma y el servidor del OIC más adelante en Configuración. Ahí también aparece la huella de la llave, para compararla con el OIC si se la piden.</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="85"/>
        <source>kept in the system keyring</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../wizard/done_page.py" line="87"/>
        <source>asked each time you sign a report</source>
        <translation>se le pedirá cada vez que firme un informe</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../wizard/signing_key.py" line="132"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de paso debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../wizard/signing_key.py" line="138"/>
        <source>Save your observer profile before creating your signing key.</source>
        <translation>Guarde su perfil de observador antes de crear su llave de firma.</translation>
    </message>
    <message>
        <location filename="../../wizard/assistant.py" line="79"/>
        <source>Observador — first steps</source>
        <translation>Observador — primeros pasos</translation>
    </message>
    <message>
        <location filename="../../wizard/assistant.py" line="80"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../wizard/assistant.py" line="81"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../wizard/assistant.py" line="82"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../wizard/assistant.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../wizard/key_page.py" line="125"/>
        <source>Your signing key</source>
        <translation>Su llave de firma</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="126"/>
        <source>It proves that your reports are yours and unaltered.</source>
        <translation>Demuestra que sus informes son suyos y que nadie los alteró.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="129"/>
        <source>Observador signs every report you hand in with a key that only you have. With that signature the OIC, or anyone who receives the PDF, can prove that the report comes from you and was not altered afterwards.</source>
        <translation>Observador firma cada informe que usted entrega con una llave que solo usted tiene. Con esa firma el OIC, o cualquier persona que reciba el PDF, puede comprobar que el informe es suyo y que no se modificó después.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="134"/>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de &amp;paso:</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="135"/>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Repita la frase de paso:</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="136"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Mostrar la frase de paso</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="137"/>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="139"/>
        <source>At least %1 characters. It protects your signing key.</source>
        <translation>Al menos %1 caracteres. Protege su llave de firma.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="143"/>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de paso</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="145"/>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="147"/>
        <source>Creating your signing key…</source>
        <translation>Creando su llave de firma…</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="148"/>
        <source>Creating your signing key</source>
        <translation>Creando su llave de firma</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="155"/>
        <source>Checking this computer…</source>
        <translation>Revisando esta computadora…</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="161"/>
        <source>You already have a signing key (fingerprint %1). It is kept as it is; nothing needs to be done here.</source>
        <translation>Usted ya tiene una llave de firma (huella %1). Se conserva tal como está; aquí no hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="170"/>
        <source>Observador will keep this passphrase in the system keyring, so you will not have to type it each time you sign. Write it down and keep it in a safe place: you will need it if you move your data to another computer.</source>
        <translation>Observador guardará esta frase de paso en el llavero del sistema, así no tendrá que escribirla cada vez que firme. Anótela y guárdela en un lugar seguro: la necesitará si pasa sus datos a otra computadora.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="178"/>
        <source>This computer has no system keyring to keep the passphrase, and Observador never saves it in a file. You will be asked for it each time you sign a report, so write it down and keep it in a safe place.</source>
        <translation>Esta computadora no tiene llavero del sistema para guardar la frase de paso, y Observador nunca la guarda en un archivo. Se le pedirá cada vez que firme un informe; anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="216"/>
        <source>At least %1 characters. A short sentence is easy to remember.</source>
        <translation>Al menos %1 caracteres. Una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="223"/>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>Demasiado corta: %1 de al menos %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="230"/>
        <source>Strength: weak. Make it longer or mix letters, digits and signs.</source>
        <translation>Seguridad: débil. Hágala más larga o combine letras, números y signos.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="231"/>
        <source>Strength: acceptable.</source>
        <translation>Seguridad: aceptable.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="232"/>
        <source>Strength: strong.</source>
        <translation>Seguridad: fuerte.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="250"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de paso debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="254"/>
        <source>The two passphrases do not match. Type them again.</source>
        <translation>Las dos frases de paso no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../wizard/key_page.py" line="256"/>
        <source>Type the passphrase a second time to make sure it is right.</source>
        <translation>Escriba la frase de paso una segunda vez para confirmar que es correcta.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../wizard/profile_form.py" line="76"/>
        <source>Full n&amp;ame:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="77"/>
        <source>Observer &amp;code:</source>
        <translation>Código de &amp;observador:</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="78"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="79"/>
        <source>&amp;E-mail (optional):</source>
        <translation>Corr&amp;eo electrónico (opcional):</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="80"/>
        <source>&amp;Institution (optional):</source>
        <translation>&amp;Institución (opcional):</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="84"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="85"/>
        <source>Observer code</source>
        <translation>Código de observador</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="86"/>
        <source>The code the OIC gave you, for example OBS-014.</source>
        <translation>El código que le asignó el OIC, por ejemplo OBS-014.</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="87"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="88"/>
        <source>E-mail (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="89"/>
        <source>Institution (optional)</source>
        <translation>Institución (opcional)</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="92"/>
        <source>Where you study or work, if your participation counts as academic hours. The OIC receives it with your sessions.</source>
        <translation>Dónde estudia o trabaja, si su participación cuenta como horas académicas. El OIC la recibe con sus sesiones.</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="96"/>
        <source>e.g. Universidad Autónoma de Chihuahua</source>
        <translation>p. ej. Universidad Autónoma de Chihuahua</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="97"/>
        <source>e.g. OBS-014</source>
        <translation>p. ej. OBS-014</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="98"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="137"/>
        <source>Please write your full name.</source>
        <translation>Escriba su nombre completo.</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="138"/>
        <source>Please write the observer code the OIC gave you.</source>
        <translation>Escriba el código de observador que le asignó el OIC.</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_form.py" line="139"/>
        <source>Please write your municipality.</source>
        <translation>Escriba su municipio.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../wizard/profile_page.py" line="34"/>
        <source>Your observer details</source>
        <translation>Sus datos de observador</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_page.py" line="35"/>
        <source>They appear on the cover of every report you sign.</source>
        <translation>Aparecen en la portada de cada informe que firme.</translation>
    </message>
    <message>
        <location filename="../../wizard/profile_page.py" line="38"/>
        <source>Write your name as it appears on your identification and the observer code the OIC gave you.</source>
        <translation>Escriba su nombre como aparece en su identificación y el código de observador que le asignó el OIC.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/welcome_page.py" line="47"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../wizard/welcome_page.py" line="48"/>
        <source>Three short steps and you are ready to audit.</source>
        <translation>Tres pasos breves y podrá empezar a auditar.</translation>
    </message>
    <message>
        <location filename="../../wizard/welcome_page.py" line="49"/>
        <source>Welcome to Observador</source>
        <translation>Le damos la bienvenida a Observador</translation>
    </message>
    <message>
        <location filename="../../wizard/welcome_page.py" line="52"/>
        <source>Observador helps you fill in the audit checklists of the Citizen Observer Program, keep your evidence and hand signed reports to the OIC. It works without Internet.

In the next steps you will write your observer details and create the key that signs your reports. You can change everything later in Settings.</source>
        <translation>Observador le ayuda a llenar las listas de verificación del Programa Observador Ciudadano, guardar su evidencia y entregar informes firmados al OIC. Funciona sin Internet.

En los siguientes pasos escribirá sus datos de observador y creará la llave que firma sus informes. Todo se puede cambiar después en Configuración.</translation>
    </message>
    <message>
        <location filename="../../wizard/welcome_page.py" line="59"/>
        <source>Screen &amp;language:</source>
        <translation>&amp;Idioma de la pantalla:</translation>
    </message>
    <message>
        <location filename="../../wizard/welcome_page.py" line="60"/>
        <source>Screen language</source>
        <translation>Idioma de la pantalla</translation>
    </message>
</context>
</TS>
