<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../wizard.py" line="789"/>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="790"/>
        <source>Check your details and press Finish.</source>
        <translation>Revise sus datos y oprima Finalizar.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="791"/>
        <source>Observador is ready. This is what was saved:</source>
        <translation>Observador está listo. Esto es lo que se guardó:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="793"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="794"/>
        <source>Observer code:</source>
        <translation>Código de observador:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="795"/>
        <source>Municipality:</source>
        <translation>Municipio:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="796"/>
        <source>Key fingerprint:</source>
        <translation>Huella de la llave:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="797"/>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="803"/>
        <source>You can change your details, the language and the OIC server later in Settings. The key fingerprint is also shown there, to compare it with the OIC if they ask.</source>
        <translation>Puede cambiar sus datos, el idioma y el servidor del OIC más adelante en Configuración. Ahí también aparece la huella de la llave, para compararla con el OIC si se la piden.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="820"/>
        <source>kept in the system keyring</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="822"/>
        <source>asked each time you sign a report</source>
        <translation>se le pedirá cada vez que firme un informe</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../wizard.py" line="170"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de paso debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="176"/>
        <source>Save your observer profile before creating your signing key.</source>
        <translation>Guarde su perfil de observador antes de crear su llave de firma.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="866"/>
        <source>Observador — first steps</source>
        <translation>Observador — primeros pasos</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="867"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="868"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="869"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="870"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../wizard.py" line="553"/>
        <source>Your signing key</source>
        <translation>Su llave de firma</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="554"/>
        <source>It proves that your reports are yours and unaltered.</source>
        <translation>Demuestra que sus informes son suyos y que nadie los alteró.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="557"/>
        <source>Observador signs every report you hand in with a key that only you have. With that signature the OIC, or anyone who receives the PDF, can prove that the report comes from you and was not altered afterwards.</source>
        <translation>Observador firma cada informe que usted entrega con una llave que solo usted tiene. Con esa firma el OIC, o cualquier persona que reciba el PDF, puede comprobar que el informe es suyo y que no se modificó después.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="562"/>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de &amp;paso:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="563"/>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Repita la frase de paso:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="564"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Mostrar la frase de paso</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="565"/>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="567"/>
        <source>At least %1 characters. It protects your signing key.</source>
        <translation>Al menos %1 caracteres. Protege su llave de firma.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="571"/>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de paso</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="573"/>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="575"/>
        <source>Creating your signing key…</source>
        <translation>Creando su llave de firma…</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="576"/>
        <source>Creating your signing key</source>
        <translation>Creando su llave de firma</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="584"/>
        <source>Checking this computer…</source>
        <translation>Revisando esta computadora…</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="590"/>
        <source>You already have a signing key (fingerprint %1). It is kept as it is; nothing needs to be done here.</source>
        <translation>Usted ya tiene una llave de firma (huella %1). Se conserva tal como está; aquí no hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="599"/>
        <source>Observador will keep this passphrase in the system keyring, so you will not have to type it each time you sign. Write it down and keep it in a safe place: you will need it if you move your data to another computer.</source>
        <translation>Observador guardará esta frase de paso en el llavero del sistema, así no tendrá que escribirla cada vez que firme. Anótela y guárdela en un lugar seguro: la necesitará si pasa sus datos a otra computadora.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="607"/>
        <source>This computer has no system keyring to keep the passphrase, and Observador never saves it in a file. You will be asked for it each time you sign a report, so write it down and keep it in a safe place.</source>
        <translation>Esta computadora no tiene llavero del sistema para guardar la frase de paso, y Observador nunca la guarda en un archivo. Se le pedirá cada vez que firme un informe; anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="646"/>
        <source>At least %1 characters. A short sentence is easy to remember.</source>
        <translation>Al menos %1 caracteres. Una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="653"/>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>Demasiado corta: %1 de al menos %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="660"/>
        <source>Strength: weak. Make it longer or mix letters, digits and signs.</source>
        <translation>Seguridad: débil. Hágala más larga o combine letras, números y signos.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="661"/>
        <source>Strength: acceptable.</source>
        <translation>Seguridad: aceptable.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="662"/>
        <source>Strength: strong.</source>
        <translation>Seguridad: fuerte.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="680"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de paso debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="684"/>
        <source>The two passphrases do not match. Type them again.</source>
        <translation>Las dos frases de paso no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="686"/>
        <source>Type the passphrase a second time to make sure it is right.</source>
        <translation>Escriba la frase de paso una segunda vez para confirmar que es correcta.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../wizard.py" line="236"/>
        <source>Full n&amp;ame:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="237"/>
        <source>Observer &amp;code:</source>
        <translation>Código de &amp;observador:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="238"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="239"/>
        <source>&amp;E-mail (optional):</source>
        <translation>Corr&amp;eo electrónico (opcional):</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="243"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="244"/>
        <source>Observer code</source>
        <translation>Código de observador</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="245"/>
        <source>The code the OIC gave you, for example OBS-014.</source>
        <translation>El código que le asignó el OIC, por ejemplo OBS-014.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="246"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="247"/>
        <source>E-mail (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="248"/>
        <source>e.g. OBS-014</source>
        <translation>p. ej. OBS-014</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="249"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="286"/>
        <source>Please write your full name.</source>
        <translation>Escriba su nombre completo.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="287"/>
        <source>Please write the observer code the OIC gave you.</source>
        <translation>Escriba el código de observador que le asignó el OIC.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="288"/>
        <source>Please write your municipality.</source>
        <translation>Escriba su municipio.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../wizard.py" line="402"/>
        <source>Your observer details</source>
        <translation>Sus datos de observador</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="403"/>
        <source>They appear on the cover of every report you sign.</source>
        <translation>Aparecen en la portada de cada informe que firme.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="406"/>
        <source>Write your name as it appears on your identification and the observer code the OIC gave you.</source>
        <translation>Escriba su nombre como aparece en su identificación y el código de observador que le asignó el OIC.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard.py" line="369"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="370"/>
        <source>Three short steps and you are ready to audit.</source>
        <translation>Tres pasos breves y podrá empezar a auditar.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="371"/>
        <source>Welcome to Observador</source>
        <translation>Le damos la bienvenida a Observador</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="374"/>
        <source>Observador helps you fill in the audit checklists of the Citizen Observer Program, keep your evidence and hand signed reports to the OIC. It works without Internet.

In the next steps you will write your observer details and create the key that signs your reports. You can change everything later in Settings.</source>
        <translation>Observador le ayuda a llenar las listas de verificación del Programa Observador Ciudadano, guardar su evidencia y entregar informes firmados al OIC. Funciona sin Internet.

En los siguientes pasos escribirá sus datos de observador y creará la llave que firma sus informes. Todo se puede cambiar después en Configuración.</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="381"/>
        <source>Screen &amp;language:</source>
        <translation>&amp;Idioma de la pantalla:</translation>
    </message>
    <message>
        <location filename="../../wizard.py" line="382"/>
        <source>Screen language</source>
        <translation>Idioma de la pantalla</translation>
    </message>
</context>
</TS>
