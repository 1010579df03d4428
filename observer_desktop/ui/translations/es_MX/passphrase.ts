<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../passphrase.py" line="80"/>
        <source>Signing key passphrase</source>
        <translation>Frase de paso de la llave de firma</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="131"/>
        <source>You do not have a signing key yet. Choose a passphrase to protect it: at least 8 characters, easy for you to remember and hard to guess. You will type it every time you sign a report, so write it down somewhere safe. It is not saved on this computer.</source>
        <translation>Todavía no tiene llave de firma. Elija una frase de paso para protegerla: de al menos 8 caracteres, fácil de recordar para usted y difícil de adivinar para otros. La escribirá cada vez que firme un informe, así que anótela en un lugar seguro. No se guarda en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="137"/>
        <source>Your reports are signed with your personal signing key. Type the passphrase you chose when the signing key was created (in the first-run assistant). It is used only for this signature and is not saved.</source>
        <translation>Sus informes se firman con su llave de firma personal. Escriba la frase de paso que eligió cuando se creó la llave de firma (en el asistente de inicio). Se usa solo para esta firma y no se guarda.</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="90"/>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="91"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="95"/>
        <source>Passphrase again</source>
        <translation>Frase de paso otra vez</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="97"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="101"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="114"/>
        <source>&amp;Sign</source>
        <translation>F&amp;irmar</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="114"/>
        <source>&amp;Create key and sign</source>
        <translation>Crear llave y f&amp;irmar</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="160"/>
        <source>Use at least 8 characters.</source>
        <translation>Use al menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../../passphrase.py" line="162"/>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
</context>
</TS>
