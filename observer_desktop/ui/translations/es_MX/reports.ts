<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../reports/report_dialog.py" line="107"/>
        <source>Signed report</source>
        <translation>Informe firmado</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="144"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="146"/>
        <source>Generate &amp;new</source>
        <translation>Generar &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="148"/>
        <source>Sign a new report of this audit</source>
        <translation>Firmar un informe nuevo de esta auditoría</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="149"/>
        <source>Clos&amp;e</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="159"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="165"/>
        <source>Save a copy of the signed PDF (Ctrl+S)</source>
        <translation>Guardar una copia del PDF firmado (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="167"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="134"/>
        <source>Loading the audit…</source>
        <translation>Cargando la auditoría…</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="179"/>
        <source>Checking your signing key…</source>
        <translation>Revisando su llave de firma…</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="194"/>
        <source>Opening the report…</source>
        <translation>Abriendo el informe…</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="214"/>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="220"/>
        <source>Copy saved in %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="243"/>
        <source>Save a copy of the report</source>
        <translation>Guardar una copia del informe</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="243"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="273"/>
        <source>%1 — version %2</source>
        <translation>%1 — versión %2</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="280"/>
        <source>This audit is still a draft. Finalize it in the editor first: the signed report can only be made of a finalized audit.</source>
        <translation>Esta auditoría todavía es un borrador. Finalícela primero en el editor: el informe firmado solo se puede hacer de una auditoría finalizada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reports/report_dialog.py" line="291"/>
        <source>This audit already has %n signed report(s); the latest was made on %1.

You can open it, or sign a new one (for example after enrolling with the OIC).</source>
        <translation>
            <numerusform>Esta auditoría ya tiene %n informe firmado, hecho el %1.

Puede abrirlo o firmar uno nuevo (por ejemplo, después de registrarse con el OIC).</numerusform>
            <numerusform>Esta auditoría ya tiene %n informes firmados; el más reciente se hizo el %1.

Puede abrir ese o firmar uno nuevo (por ejemplo, después de registrarse con el OIC).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="395"/>
        <source>The report could not be made:

%1</source>
        <translation>No se pudo hacer el informe:

%1</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="452"/>
        <source>Closing… a report being signed is saved first; this window closes by itself.</source>
        <translation>Cerrando… primero se guarda el informe que se está firmando; esta ventana se cierra sola.</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="314"/>
        <source>No report was made: the signature needs your passphrase.</source>
        <translation>No se hizo el informe: la firma necesita su frase de paso.</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="321"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="351"/>
        <source>Cancelled. Nothing was signed or saved.</source>
        <translation>Cancelado. No se firmó ni se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="384"/>
        <source>New report signed on %1 and kept in your data folder.</source>
        <translation>Informe nuevo firmado el %1 y guardado en su carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../reports/report_dialog.py" line="387"/>
        <source>Report signed on %1.</source>
        <translation>Informe firmado el %1.</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <location filename="../../reports/pages.py" line="55"/>
        <source>&amp;Open the latest report</source>
        <translation>&amp;Abrir el informe más reciente</translation>
    </message>
    <message>
        <location filename="../../reports/pages.py" line="57"/>
        <source>&amp;Generate a new report</source>
        <translation>Generar un informe nue&amp;vo</translation>
    </message>
    <message>
        <location filename="../../reports/pages.py" line="78"/>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <location filename="../../reports/progress.py" line="38"/>
        <source>Report progress</source>
        <translation>Avance del informe</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="46"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="73"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="77"/>
        <source>Gathering the audit&apos;s answers, findings and evidence…</source>
        <translation>Reuniendo las respuestas, hallazgos y evidencia de la auditoría…</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="80"/>
        <source>Preparing photos (%1 of %2)…</source>
        <translation>Preparando fotografías (%1 de %2)…</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="86"/>
        <source>Placing photos in the report (%1 of %2)…</source>
        <translation>Colocando fotografías en el informe (%1 de %2)…</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="91"/>
        <source>Laying out the pages…</source>
        <translation>Armando las páginas…</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="93"/>
        <source>Signing the report with your key…</source>
        <translation>Firmando el informe con su llave…</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="95"/>
        <source>Done: the report is signed and saved.</source>
        <translation>Listo: el informe está firmado y guardado.</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="96"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <location filename="../../reports/verification_view.py" line="134"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="135"/>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="136"/>
        <source>OIC timestamp:</source>
        <translation>Sello de tiempo del OIC:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="137"/>
        <source>Signed on:</source>
        <translation>Fecha de firma:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="138"/>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="139"/>
        <source>Content unchanged since signing:</source>
        <translation>Contenido sin cambios desde la firma:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="140"/>
        <source>Signature covers the whole file:</source>
        <translation>La firma cubre todo el archivo:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="141"/>
        <source>Modified after signing:</source>
        <translation>Modificado después de firmar:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="142"/>
        <source>Audit record inside the PDF:</source>
        <translation>Registro de la auditoría dentro del PDF:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="143"/>
        <source>Record matches the evidence list:</source>
        <translation>El registro coincide con la lista de evidencia:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="144"/>
        <source>Evidence on this computer:</source>
        <translation>Evidencia en esta computadora:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="158"/>
        <source>Checking the signature…</source>
        <translation>Revisando la firma…</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="188"/>
        <source>Valid signed report</source>
        <translation>Informe firmado válido</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="190"/>
        <source>The report is intact: it has not been changed since it was signed, and its embedded audit record matches it.</source>
        <translation>El informe está íntegro: no ha cambiado desde que se firmó y el registro de la auditoría que lleva dentro coincide con él.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="195"/>
        <source>NOT valid: do not rely on this copy</source>
        <translation>NO es válido: no confíe en esta copia</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="197"/>
        <source>The checks below failed. Ask the observer for the original file or verify the copy kept by the OIC.</source>
        <translation>Fallaron las revisiones que se indican abajo. Pida al observador el archivo original o verifique la copia que conserva el OIC.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="202"/>
        <source>This is not a signed report</source>
        <translation>Esto no es un informe firmado</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="204"/>
        <source>The PDF has no digital signature, so nobody can tell who made it or whether it was changed.</source>
        <translation>El PDF no tiene firma digital, así que nadie puede saber quién lo hizo ni si fue modificado.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="209"/>
        <source>The file could not be read</source>
        <translation>No se pudo leer el archivo</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="210"/>
        <source>It is not a PDF, or it is damaged.</source>
        <translation>No es un PDF o está dañado.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="224"/>
        <source>Participation certificate %1, issued by the OIC on %2: valid signature</source>
        <translation>Constancia de participación %1, emitida por el OIC el %2: firma válida</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="231"/>
        <source>Participation certificate %1: NOT valid, do not rely on this copy</source>
        <translation>Constancia de participación %1: NO es válida, no confíe en esta copia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reports/verification_view.py" line="238"/>
        <source>It certifies that %1 took part in %n validated session(s), %2 h, from %3 to %4.</source>
        <translation>
            <numerusform>Hace constar que %1 participó en %n sesión validada, %2 h, del %3 al %4.</numerusform>
            <numerusform>Hace constar que %1 participó en %n sesiones validadas, %2 h, del %3 al %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="248"/>
        <source>It has not changed since it was signed.</source>
        <translation>No ha cambiado desde que se firmó.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="251"/>
        <source>The checks below failed: check the copy on the OIC&apos;s public page %1.</source>
        <translation>Fallaron las revisiones que se indican abajo: verifique la copia en la página pública del OIC %1.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="261"/>
        <source>Why:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="275"/>
        <source>Certified: the certificate was issued or recognized by the OIC.</source>
        <translation>Certificado: el certificado fue emitido o reconocido por el OIC.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="281"/>
        <source>Intact, but not certified by the OIC: the certificate is self-signed by the observer. Only the OIC can confirm who the observer is.</source>
        <translation>Íntegro, pero no certificado por el OIC: el certificado es autofirmado por el observador. Solo el OIC puede confirmar quién es el observador.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="289"/>
        <source>Not certified by the OIC: the certificate is self-signed by the observer.</source>
        <translation>No certificado por el OIC: el certificado es autofirmado por el observador.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="295"/>
        <source>The certificate does not come from an authority this app trusts.</source>
        <translation>El certificado no proviene de una autoridad en la que confíe esta aplicación.</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="308"/>
        <source>%1 (observer code %2)</source>
        <translation>%1 (clave de observador %2)</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="315"/>
        <source>fingerprint %1</source>
        <translation>huella %1</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="317"/>
        <source>self-signed by the observer</source>
        <translation>autofirmado por el observador</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="319"/>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="321"/>
        <source>valid until %1</source>
        <translation>vigente hasta el %1</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="333"/>
        <source>the OIC&apos;s timestamp on the signature</source>
        <translation>sello de tiempo del OIC sobre la firma</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="335"/>
        <source>the OIC&apos;s timestamp on its copy of record</source>
        <translation>sello de tiempo del OIC sobre su copia de registro</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="337"/>
        <source>signed before %1 (%2)</source>
        <translation>firmado antes de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="346"/>
        <source>present, but altered: it gives no time</source>
        <translation>presente, pero alterado: no da ninguna hora</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="352"/>
        <source>present, but its authority is not one this app trusts</source>
        <translation>presente, pero su autoridad no es de confianza en esta aplicación</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="356"/>
        <source>none: the signing time is not proven</source>
        <translation>ninguno: la hora de la firma no está comprobada</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="361"/>
        <source>%1 (declared by the signing computer, not proven)</source>
        <translation>%1 (declarada por la computadora que firmó, no comprobada)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reports/verification_view.py" line="372"/>
        <source>audit %1, version %2, %n evidence file(s)</source>
        <translation>
            <numerusform>auditoría %1, versión %2, %n archivo de evidencia</numerusform>
            <numerusform>auditoría %1, versión %2, %n archivos de evidencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reports/verification_view.py" line="389"/>
        <source>%n file(s), present and identical</source>
        <translation>
            <numerusform>%n archivo, presente e idéntico</numerusform>
            <numerusform>%n archivos, presentes e idénticos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="391"/>
        <source>the report lists no evidence files</source>
        <translation>el informe no lista archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="377"/>
        <source>missing</source>
        <translation>no está</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="397"/>
        <source>%1 missing, %2 altered</source>
        <translation>%1 faltante(s), %2 alterado(s)</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="403"/>
        <source>not checked: this audit is not in your data folder</source>
        <translation>no se verificó: esta auditoría no está en su carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="431"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../reports/verification_view.py" line="431"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../reports/verify_dialog.py" line="88"/>
        <source>Verify a report</source>
        <translation>Verificar un informe</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="99"/>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="109"/>
        <source>Verification checks the digital signature inside the PDF; it works without internet. You can also drop another PDF on this window.</source>
        <translation>La verificación revisa la firma digital que lleva el PDF; funciona sin internet. También puede arrastrar otro PDF a esta ventana.</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="128"/>
        <source>Verify &amp;another file…</source>
        <translation>Verificar &amp;otro archivo…</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="130"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="132"/>
        <source>Clos&amp;e</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="138"/>
        <source>Verify another file…</source>
        <translation>Verificar otro archivo…</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="143"/>
        <source>Choose another PDF to verify (Ctrl+O)</source>
        <translation>Elegir otro PDF para verificar (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="155"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="173"/>
        <source>The file could not be verified.</source>
        <translation>No se pudo verificar el archivo.</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="191"/>
        <source>Choose a PDF to verify</source>
        <translation>Elija un PDF para verificar</translation>
    </message>
    <message>
        <location filename="../../reports/verify_dialog.py" line="193"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>_PdfPane</name>
    <message>
        <location filename="../../reports/preview.py" line="30"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="57"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="63"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="69"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="75"/>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="81"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="87"/>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="93"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="99"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="161"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
</TS>
