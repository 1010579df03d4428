"""The console's languages: Spanish (es-MX, the source and the default) and English.

Spanish is the source language, as in the desktop app: templates say
``{{ _("Bandeja de envíos") }}`` and :data:`EN` maps each Spanish string, exactly as
written, to its English. A string missing from :data:`EN` shows in Spanish
(tests/server/test_console_i18n.py fails when a template's string has no entry).
Translations are plain text: Jinja2's autoescape escapes them and whatever
``|format`` puts into them, so they must never hold markup.

The language of a request: the ``oic_idioma`` cookie that ``GET /idioma``
(:mod:`.language`) sets; without it, English when the browser's Accept-Language
prefers it to Spanish; else Spanish.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

from oic_server.usecases.base import MIN_PASSWORD

__all__ = [
    "COOKIE",
    "EN",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "language",
    "safe_return",
    "translator",
]

LANGUAGES = ("es", "en")
LANGUAGE_NAMES = (("es", "Español"), ("en", "English"))  # each in its own language
COOKIE = "oic_idioma"
_MAX_HEADER_ITEMS = 50


def language(request: Request) -> str:
    """``"es"`` or ``"en"`` for this request (cookie, then Accept-Language, then Spanish)."""
    chosen = request.cookies.get(COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    return _from_accept_language(request.headers.get("accept-language", ""))


def _from_accept_language(header: str) -> str:
    """English only when the browser ranks it above Spanish (by q, then by order)."""
    best: dict[str, tuple[float, int]] = {"es": (0.0, 0), "en": (0.0, 0)}
    for position, item in enumerate(header.split(",")[:_MAX_HEADER_ITEMS]):
        tag, _, params = item.partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in best:
            continue
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        if q > best[primary][0]:
            best[primary] = (q, -position)
    return "en" if best["en"] > best["es"] else "es"


def translator(lang: str) -> Callable[[str], str]:
    """The ``_`` of the templates: Spanish as written, or its English when known."""
    if lang == "en":
        return lambda text: EN.get(text, text)
    return lambda text: text


def safe_return(target: str) -> str:
    """A same-site path to return to, else ``/``: never another site (``//host``,
    ``/\\host``, a scheme) nor control characters a browser would strip."""
    if (
        not target.startswith("/")
        or target.startswith(("//", "/\\"))
        or "\\" in target
        or any(ord(c) < 0x20 or ord(c) == 0x7F for c in target)
        or len(target) > 2000
    ):
        return "/"
    return target


# ------------------------------------------------------------------ the English catalog

_STATES = {
    "Recibida": "Received",
    "En revisión": "In review",
    "Devuelta": "Returned",
    "Validada": "Approved",
}
_ROLES = {
    "Consulta": "Read-only",
    "Revisor(a)": "Reviewer",
    "Coordinador(a)": "Coordinator",
    "Administrador(a)": "Administrator",
}
_ACTIONS = {
    "Inicio de sesión": "Login",
    "Inicio de sesión fallido": "Failed login",
    "Cierre de sesión": "Logout",
    "Consulta de un envío": "Viewed a submission",
    "Tomó un envío": "Took a submission",
    "Devolvió un envío": "Returned a submission",
    "Validó un envío": "Approved a submission",
    "Exportación": "Export",
    "Cambio en el personal": "Staff change",
    "Cambio en un observador": "Observer change",
    "Emitió una constancia": "Issued a certificate",
}
_SEVERITIES_AND_SORTS = {
    "Alta": "High",
    "Media": "Medium",
    "Baja": "Low",
    "Ninguna": "None",
    "—": "—",
    "Recepción": "Received",
    "Fecha del evento": "Event date",
    "Severidad": "Severity",
}
_PAGES = {
    # base, error, login
    "Consola del OIC": "OIC Console",
    "Consola del OIC · Programa Observador Ciudadano": "OIC Console · Citizen Observer Program",
    "Órgano Interno de Control · Programa Observador Ciudadano": (
        "Internal Control Organ · Citizen Observer Program"
    ),
    "Bandeja": "Inbox",
    "Observadores": "Observers",
    "Actividad": "Activity",
    "Personal": "Staff",
    "Idioma": "Language",
    "Salir": "Log out",
    "Volver": "Back",
    "Iniciar sesión": "Log in",
    "Código": "Code",
    "Contraseña": "Password",
    "Su contraseña actual la asignó el OIC y sirve una sola vez: elija la suya (al menos %s "
    "caracteres).": "Your current password was assigned by the OIC and works only once: "
    "choose your own (at least %s characters).",
    "Contraseña nueva": "New password",
    "Repítala": "Repeat it",
    "Entrar": "Log in",
    # inbox
    "Bandeja de envíos": "Submissions inbox",
    "Estado de revisión": "Review state",
    "Todos": "All",
    "Todas": "All",
    "Buscar": "Search",
    "núm. de procedimiento, título, hallazgos": "procedure no., title, findings",
    "Lista de verificación": "Checklist",
    "Unidad convocante": "Convening unit",
    "Tipo de procedimiento": "Procedure type",
    "Observador": "Observer",
    "código": "code",
    "Evento desde": "Event from",
    "hasta": "to",
    "Bandera roja más alta": "Highest red flag",
    "Cualquiera": "Any",
    "Ordenar por": "Sort by",
    "Sentido": "Order",
    "Más reciente / mayor primero": "Newest / highest first",
    "Más antiguo / menor primero": "Oldest / lowest first",
    "Filtrar": "Filter",
    "Quitar filtros": "Clear filters",
    "Exportar lo filtrado:": "Export these results:",
    "Hallazgos:": "Findings:",
    "Recibido": "Received",
    "Procedimiento": "Procedure",
    "Evento": "Event",
    "Bandera": "Flag",
    "Estado": "Status",
    "(sin número)": "(no number)",
    "versión %s": "version %s",
    "sustituida": "superseded",
    "%s hallazgo(s)": "%s finding(s)",
    "%s archivo(s)": "%s file(s)",
    "Primera página": "First page",
    "Página siguiente": "Next page",
    "No hay envíos con estos filtros.": "No submissions match these filters.",
    # a submission
    "Envío %s": "Submission %s",
    "(sin número de procedimiento)": "(no procedure number)",
    "enviado por": "sent by",
    "recibido": "received",
    "lo tiene": "held by",
    "Esta versión fue sustituida por": "This version was superseded by",
    "la versión %s": "version %s",
    "las decisiones se toman sobre la más reciente.": "decisions are made on the latest one.",
    "Proceso": "Procedure",
    "Objeto": "Object",
    "Tipo": "Type",
    "Monto": "Amount",
    "Lugar": "Place",
    "Verificación al recibir": "Verification on receipt",
    "Firma del informe válida: íntegra y cubre todo el archivo": "Report signature valid: "
    "intact and covering the whole file",
    "Certificado emitido por la CA del OIC a este observador": "Certificate issued by the OIC's "
    "CA to this observer",
    "Manifiesto, archivos y JSON de la auditoría adjunto al PDF coinciden": "Manifest, files "
    "and the audit JSON attached to the PDF agree",
    "Cadena de custodia:": "Custody chain:",
    "%s eventos, cabeza": "%s events, head",
    "la misma en el informe firmado": "the same in the signed report",
    "sin datos": "no data",
    "Firmado antes de %s (sello de tiempo del OIC)": "Signed before %s (OIC time-stamp)",
    "sellado al firmar; copia de registro sellada al recibir:": (
        "time-stamped when signed; copy of record time-stamped on arrival:"
    ),
    "Sin sello de tiempo del OIC: envío recibido antes de la copia de registro (el OIC la "
    "genera con «oic-server retimestamp --missing»).": (
        "No OIC time-stamp: received before copies of record existed (the OIC makes one "
        "with «oic-server retimestamp --missing»)."
    ),
    "Hora declarada por la computadora del observador:": "Time claimed by the observer's computer:",
    "no probada": "not proven",
    "Descargar la copia de registro (PDF firmado con sellos de tiempo del OIC)": (
        "Download the copy of record (signed PDF with the OIC's time-stamps)"
    ),
    "el informe tal como llegó": "the report as it arrived",
    "comprobado:": "checked:",
    "envío anterior al registro de verificaciones: pasó las mismas comprobaciones al "
    "recibirse": "sent before verifications were recorded: it passed the same checks on receipt",
    "Descargar el informe firmado (PDF)": "Download the signed report (PDF)",
    "Revisión": "Review",
    "Motivo de la devolución:": "Reason for returning it:",
    "Su texto no guardado": "Your unsaved text",
    "Su texto, que no se guardó": "Your text, which was not saved",
    "cópielo si aún lo necesita": "copy it if you still need it",
    "Tomar": "Take",
    "ahora lo tiene %s": "now held by %s",
    "Motivo (obligatorio para devolver) o comentario": "Reason (required to return) or comment",
    "Para comentar una pregunta concreta use «Comentar» junto a ella, en Respuestas; los "
    "comentarios viajan con la devolución.": "To comment on a particular question use "
    "“Comment” beside it, under Answers; the comments travel with the return.",
    "Devolver al observador": "Return to the observer",
    "Validar": "Approve",
    "Pendiente de revisión": "Awaiting review",
    "por": "by",
    "al confirmarse el envío": "when the submission was committed",
    "Tomado": "Taken",
    "un hallazgo": "a finding",
    "Sustituida": "Superseded",
    "Este envío llegó antes de que la consola indexara los envíos; se está indexando en segundo plano. Recargue la página en unos segundos.": "This submission arrived before the console indexed submissions; it is being indexed in the background. Reload the page in a few seconds.",
    "El contenido de este envío no se pudo indexar (su JSON tiene datos que la consola no entiende): el informe firmado y los archivos están completos; revíselos directamente.": "This submission's contents could not be indexed (its JSON holds data the console does not understand): the signed report and the files are complete; review them directly.",
    "Texto recortado aquí; el completo está en el informe firmado y en el JSON de la auditoría.": "Text cut here; the whole text is in the signed report and the audit JSON.",
    "Historial": "History",
    "Cambios respecto de la": "Changes from",
    "Pregunta": "Question",
    "Antes": "Before",
    "Ahora": "Now",
    "Sin cambios en las respuestas.": "No changes in the answers.",
    "Hallazgos nuevos": "New findings",
    "Hallazgos retirados": "Withdrawn findings",
    "Evidencia nueva": "New evidence",
    "Evidencia retirada": "Removed evidence",
    "Hallazgos": "Findings",
    "Recomendación:": "Recommendation:",
    "Regla %s": "Rule %s",
    "pregunta %s": "question %s",
    "Sin hallazgos.": "No findings.",
    "Evidencia": "Evidence",
    "Sin miniatura": "No thumbnail",
    "Miniatura en preparación": "Thumbnail being prepared",
    "Documento": "Document",
    "Tamaño": "Size",
    "Dónde se tomaron las fotos": "Where the photos were taken",
    "Mapa de %s foto(s) con ubicación": "Map of %s photo(s) with a location",
    "Foto": "Photo",
    "Tomada": "Taken",
    "Latitud, longitud": "Latitude, longitude",
    "Respuestas": "Answers",
    "Comentario del OIC:": "OIC comment:",
    "Comentar": "Comment",
    "Comentario sobre «%s»": "Comment on “%s”",
    "Informe firmado": "Signed report",
    "Informe firmado (PDF)": "Signed report (PDF)",
    # a photo
    "Foto %s de %s": "Photo %s of %s",
    "Anterior": "Previous",
    "Siguiente": "Next",
    "La vista de esta foto no se pudo preparar; descargue el original.": "This photo's view "
    "could not be prepared; download the original.",
    "La vista de esta foto está en preparación; descargue el original.": "This photo's view "
    "is being prepared; download the original.",
    "Archivo": "File",
    "Vinculada a": "Linked to",
    # observers
    "Nombre": "Name",
    "Última sincronización": "Last sync",
    "Envíos": "Submissions",
    "Acciones": "Actions",
    "nunca": "never",
    "%s por revisar": "%s to review",
    "%s devueltos": "%s returned",
    "%s validados": "%s approved",
    "Deshabilitado": "Disabled",
    "Sin primer ingreso": "Not logged in yet",
    "Activo": "Active",
    "Habilitar": "Enable",
    "Deshabilitar": "Disable",
    "Motivo de la revocación de sus certificados": "Reason for revoking their certificates",
    "Dejó el programa (cese de operación)": "Left the program (cessation of operation)",
    "Laptop perdida o robada, llave comprometida": "Laptop lost or stolen, key compromised",
    "Cambió de institución": "Changed institution",
    "El OIC le retiró la acreditación": "The OIC withdrew their accreditation",
    "Aún no hay observadores.": "No observers yet.",
    "Dar de alta a un observador": "Add an observer",
    "Dar de alta": "Add",
    "Se muestra una contraseña de un solo uso, una vez, en una hoja para imprimir y "
    "entregar; en su primer ingreso el observador elige la suya.": "A one-time password is "
    "shown once, on a sheet to print and hand over; at their first login the observer "
    "chooses their own.",
    "Hoja de acceso de %s": "Access sheet for %s",
    "Observador dado de alta": "Observer added",
    "Contraseña nueva; sus sesiones se cerraron": "New password; their sessions were ended",
    "Imprima esta hoja o copie la contraseña ahora: no se vuelve a mostrar.": "Print this "
    "sheet or copy the password now: it is not shown again.",
    "Programa Observador Ciudadano — acceso": "Citizen Observer Program — access",
    "Contraseña de un solo uso": "One-time password",
    "Dirección del servidor": "Server address",
    "Huella de la CA del OIC (SHA-256)": "OIC CA fingerprint (SHA-256)",
    "En la aplicación Observador: Sincronizar → Iniciar sesión, escriba la dirección, su "
    "código y esta contraseña; compare la huella que muestra la aplicación con la de esta "
    "hoja antes de aceptar. En su primer ingreso elegirá su propia contraseña.": "In the "
    "Observador app: Sincronizar → Iniciar sesión, type the address, your code and this "
    "password; compare the fingerprint the app shows with the one on this sheet before "
    "accepting. At your first login you will choose your own password.",
    # staff
    "Personal del OIC": "OIC staff",
    "Rol": "Role",
    "deshabilitada": "disabled",
    "sin primer inicio": "not logged in yet",
    "activa": "active",
    "Nueva contraseña": "New password",
    "Contraseña de un solo uso de %s": "One-time password for %s",
    "Se muestra solo esta vez: entréguela en persona. Al entrar por primera vez, la persona "
    "elige la suya.": "Shown only this once: hand it over in person. At their first login, "
    "the person chooses their own.",
    "Agregar una cuenta": "Add an account",
    "Agregar": "Add",
    # activity
    "Actividad del personal": "Staff activity",
    "Acción": "Action",
    "Persona": "Person",
    "envío o cuenta": "submission or account",
    "Desde": "From",
    "Hasta": "To",
    "Cuándo": "When",
    "Quién": "Who",
    "Sobre": "On",
    "Detalle": "Detail",
    "Dirección": "Address",
    "Sin actividad con estos filtros.": "No activity matches these filters.",
    "Más antiguos": "Older",
}
# Fixed messages the routes and use cases hand to page() as notice, error, title or
# message (those with variables in them stay Spanish).
_MESSAGES = {
    "Cerró su sesión.": "You logged out.",
    "Su sesión se cerró tras un tiempo sin uso; inicie sesión de nuevo. No se guardó "
    "ningún cambio pendiente.": "Your session ended after a while without use; log in "
    "again. No pending change was saved.",
    "El formulario caducó; escriba de nuevo su código y contraseña.": "The form expired; "
    "type your code and password again.",
    "Las dos contraseñas nuevas no son iguales.": "The two new passwords are not the same.",
    "El código o la contraseña no son correctos.": "The code or the password is not correct.",
    "Esta cuenta está deshabilitada; pida a un administrador que la active.": "This account "
    "is disabled; ask an administrator to enable it.",
    "La contraseña nueva debe ser distinta de la actual.": "The new password must differ "
    "from the current one.",
    "El formulario caducó o no viene de esta consola; recargue la página e intente de "
    "nuevo. No se cambió nada.": "The form expired or does not come from this console; "
    "reload the page and try again. Nothing was changed.",
    "El formulario no llegó como formulario; recargue la página.": "The form did not arrive "
    "as a form; reload the page.",
    "El formulario no es válido; recargue la página.": "The form is not valid; reload the page.",
    "El formulario caducó; recargue la página.": "The form expired; reload the page.",
    "No se cerró la sesión": "The session was not ended",
    "Sin permiso": "Not allowed",
    "Su rol (%s) no permite esto; hace falta %s o más. No se cambió nada.": "Your role (%s) "
    "does not allow this; it takes %s or above. Nothing was changed.",
    "No se pudo": "It could not be done",
    "No existe esa página": "No such page",
    "La dirección no es de la consola del OIC.": "That address is not part of the OIC console.",
    "Esa página no admite esta operación; vuelva al inicio.": "That page does not allow "
    "this operation; go back to the start.",
    "La solicitud no es válida; recargue la página.": "The request is not valid; reload the page.",
    "Error interno": "Internal error",
    "Algo falló en el servidor; el error quedó registrado para el OIC. Intente de nuevo más "
    "tarde.": "Something failed on the server; the error was logged for the OIC. Try again later.",
    "Envío no encontrado": "Submission not found",
    "No existe ese envío.": "No such submission.",
    "No existe ese envío (o aún no se confirma).": "No such submission (or it is not "
    "committed yet).",
    "Archivo no encontrado": "File not found",
    "No existe ese archivo.": "No such file.",
    "El archivo está registrado pero no está en el almacén del servidor; el error quedó "
    "registrado para el OIC.": "The file is recorded but is not in the server's store; the "
    "error was logged for the OIC.",
    "No disponible": "Unavailable",
    "El almacén de archivos del servidor (S3) falló o no respondió; el error quedó registrado "
    "para el OIC. Intente de nuevo en unos minutos.": "The server's file store (S3) failed or "
    "did not answer; the error was logged for the OIC. Try again in a few minutes.",
    "El servidor no pudo guardar o leer un archivo en este momento; intente más tarde.": "The "
    "server could not save or read a file just now; try again later.",
    "Ese archivo no es evidencia de este envío.": "That file is not evidence of this submission.",
    "Foto no encontrada": "Photo not found",
    "Esa foto no es de este envío.": "That photo is not from this submission.",
    "Exportación desconocida": "Unknown export",
    "No existe esa exportación.": "No such export.",
    "Filtro no válido": "Invalid filter",
    "El orden es «asc» o «desc».": "The order is “asc” or “desc”.",
    "El enlace de página no es válido: vuelva a la primera página.": "The page link is not "
    "valid: go back to the first page.",
    "Envío validado. El observador lo verá en su próxima sincronización.": "Submission "
    "approved. The observer will see it at their next sync.",
    "Envío devuelto. El observador verá el motivo y sus comentarios en su próxima "
    "sincronización.": "Submission returned. The observer will see the reason and your "
    "comments at their next sync.",
    "Usted tiene este envío.": "You hold this submission.",
    "Deshabilitar a un observador": "Disable an observer",
    "Deshabilitar a %s": "Disable %s",
    "Deshabilitar…": "Disable…",
    "Al confirmar, sus laptops dejan de sincronizar, sus sesiones se cierran y sus certificados "
    "de firma se revocan (la lista de revocación se publica de nuevo). Sus envíos ya recibidos "
    "se conservan.": "Once you confirm, their laptops stop syncing, their sessions end and "
    "their signing certificates are revoked (the revocation list is published again). "
    "Submissions already received are kept.",
    "La revocación no se deshace: si lo vuelve a habilitar, su laptop pedirá un certificado "
    "nuevo.": "Revocation cannot be undone: if you enable them again, their laptop will ask "
    "for a new certificate.",
    "Elija el motivo…": "Choose the reason…",
    "Cancelar": "Cancel",
    "Elija el observador de la constancia.": "Choose the observer of the certificate.",
    "Deshabilitar y revocar": "Disable and revoke",
    "Elija el motivo de la revocación; no se cambió nada.": "Choose the reason for the "
    "revocation; nothing was changed.",
    "Observador no encontrado": "Observer not found",
    "No existe ese observador.": "There is no such observer.",
    "Usted tiene este envío; quién lo tenía antes queda en la actividad.": "You hold this "
    "submission; who held it before is in the activity log.",
    "Este envío ya tiene una decisión: no se puede tomar.": "This submission already has a "
    "decision: it cannot be taken.",
    "Este envío ya tiene una decisión; el observador ya fue avisado.": "This submission "
    "already has a decision; the observer was already told.",
    "La decisión es «validar» o «devolver».": "The decision is “validar” (approve) or "
    "“devolver” (return).",
    "Al devolver un envío escriba el motivo: qué debe corregir el observador.": "To return "
    "a submission write the reason: what the observer must correct.",
    "Los comentarios por pregunta acompañan a una devolución.": "Per-question comments go "
    "with a return.",
    "Son demasiados comentarios (máximo 200).": "Too many comments (at most 200).",
    "Esa acción no existe.": "No such action.",
    "No puede cambiar su propia cuenta desde aquí; pida a otro administrador.": "You cannot "
    "change your own account here; ask another administrator.",
    "Inicie sesión en la consola del OIC.": "Log in to the OIC console.",
    "Esta contraseña la asignó el OIC y sirve una sola vez: elija ahora la suya (al menos "
    f"{MIN_PASSWORD} caracteres).": "This password was assigned by the OIC and works only "
    f"once: choose your own now (at least {MIN_PASSWORD} characters).",
}

_CONSTANCIAS = {  # console/constancias.py, public.py and their templates
    "Constancias": "Certificates",
    "Constancias de participación": "Certificates of participation",
    "Emitir constancia": "Issue a certificate",
    "Hace constar las sesiones validadas del observador en el periodo, firmada por el OIC, "
    "con folio y código QR a la página pública de verificación.": "Certifies the observer's "
    "approved sessions in the period, signed by the OIC, with a folio and a QR code to the "
    "public verification page.",
    "Emitidas": "Issued",
    "Folio": "Folio",
    "Periodo": "Period",
    "Sesiones": "Sessions",
    "Horas": "Hours",
    "Emitida": "Issued",
    "Por": "By",
    "Archivo": "File",
    "Descargar PDF": "Download PDF",
    "Aún no se ha emitido ninguna constancia.": "No certificate has been issued yet.",
    "No encontrado": "Not found",
    "Verificación de constancias": "Certificate verification",
    "No existe.": "Does not exist.",
    "El folio %s existe: es una constancia de participación emitida por el Órgano Interno "
    "de Control.": "Folio %s exists: it is a certificate of participation issued by the "
    "Internal Control Organ (OIC).",
    "Emitida el": "Issued on",
    "El archivo es exactamente esta constancia y su firma del OIC es válida.": "The file is "
    "exactly this certificate and its OIC signature is valid.",
    "El archivo NO es esta constancia.": "The file is NOT this certificate.",
    "No es idéntico al que emitió el OIC (fue modificado o es otro documento).": "It is not "
    "identical to the one the OIC issued (it was modified or is another document).",
    "Su firma no es una firma válida del OIC para este folio.": "Its signature is not a valid "
    "OIC signature for this folio.",
    "Compruebe un archivo": "Check a file",
    "Suba el PDF que recibió para saber si es exactamente esta constancia y si la firma del "
    "OIC es válida. El archivo no se guarda.": "Upload the PDF you received to learn whether "
    "it is exactly this certificate and whether the OIC's signature is valid. The file is not "
    "kept.",
    "máximo %s MB": "at most %s MB",
    "Comprobar": "Check",
    "Elija el archivo PDF de la constancia y vuelva a enviarlo.": "Choose the certificate's "
    "PDF file and send it again.",
    "El archivo es más grande que cualquier constancia: no es esta constancia.": "The file is "
    "larger than any certificate: it is not this certificate.",
}

_SESSIONS = {  # console/sessions.py, console/stipends.py and their templates (issue 17)
    "Sesiones": "Sessions",
    "Estipendios": "Stipends",
    "Sesiones de participación": "Participation sessions",
    "Sesión": "Session",
    "Marcar": "Mark",
    "Fecha": "Date",
    "Horario": "Time",
    "Horas": "Hours",
    "horas": "hours",
    "Auditoría": "Audit",
    "Decidió": "Decided by",
    "Ver envío": "View submission",
    "Sin auditoría": "No audit",
    "Recibida": "Received",
    "Validada": "Approved",
    "Impugnada": "Disputed",
    "Sin sesiones con estos filtros.": "No sessions match these filters.",
    "Se muestran las primeras 1000; acote el periodo.": "Showing the first 1000; narrow the "
    "period.",
    "Decidir las sesiones marcadas": "Decide the marked sessions",
    "Validar": "Approve",
    "Impugnar": "Dispute",
    "Motivo (obligatorio al impugnar; el observador lo verá)": "Reason (required to dispute; "
    "the observer will see it)",
    "Aplicar a las marcadas": "Apply to the marked ones",
    "El observador eliminó esta sesión el %s; se conserva como registro.": "The observer "
    "removed this session on %s; it is kept for the record.",
    "Institución": "Institution",
    "Notas": "Notes",
    "Motivo": "Reason",
    "Historial de decisiones": "Decision history",
    "El observador (corrección)": "The observer (correction)",
    "Aún sin decisiones.": "No decisions yet.",
    "Decidir": "Decide",
    "Sesión no encontrada": "Session not found",
    "No existe esa sesión.": "No such session.",
    "Sesiones validadas: %s; sin cambio: %s.": "Sessions approved: %s; unchanged: %s.",
    "Sesiones impugnadas: %s; sin cambio: %s.": "Sessions disputed: %s; unchanged: %s.",
    "Elija validar o impugnar.": "Choose approve or dispute.",
    "Marque al menos una sesión.": "Mark at least one session.",
    "Para impugnar escriba el motivo: el observador lo verá en su laptop.": "To dispute, "
    "write the reason: the observer will see it on their laptop.",
    "Estipendios y horas": "Stipends and hours",
    "Calcular": "Calculate",
    "Descargar": "Download",
    "Tarifas": "Rates",
    "Solo sesiones validadas. Importe = suma, por sesión, de las UMAs por sesión × el valor "
    "de la UMA vigentes en la fecha de la sesión.": "Approved sessions only. Amount = the sum, "
    "per session, of the UMAs per session × the UMA value in force on the session's date.",
    "Falta una tarifa vigente en alguna fecha: esos observadores quedan sin importe. Fije "
    "las tarifas en Tarifas.": "A rate is missing on some date: those observers get no "
    "amount. Set the rates under Rates.",
    "Sesiones validadas": "Approved sessions",
    "Importe (pesos)": "Amount (pesos)",
    "Sin tarifa vigente el %s": "No rate in force on %s",
    "Sin sesiones validadas en este periodo.": "No approved sessions in this period.",
    "Total": "Total",
    "Periodo no válido": "Invalid period",
    "Indique el periodo: fecha inicial y fecha final.": "Give the period: start and end date.",
    "La fecha final es anterior a la inicial.": "The end date is before the start date.",
    "Tarifas de estipendios": "Stipend rates",
    "Vigentes hoy (%s)": "In force today (%s)",
    "sin fijar": "not set",
    "Vale para cada fecha la tarifa de inicio de vigencia más reciente que no sea posterior "
    "a ella.": "Each date uses the rate with the latest valid-from date not after it.",
    "Fijar una tarifa": "Set a rate",
    "Tarifa": "Rate",
    "Valor": "Value",
    "p. ej. 113.14": "e.g. 113.14",
    "Vigente desde": "Valid from",
    "Guardar tarifa": "Save rate",
    "Tarifa guardada.": "Rate saved.",
    "Fijó": "Set by",
    "Aún no se ha fijado ninguna tarifa: los estipendios no tienen importe.": "No rate has "
    "been set yet: stipends have no amount.",
    "Valor de la UMA (pesos)": "UMA value (pesos)",
    "UMAs por sesión": "UMAs per session",
    "Validó una sesión": "Approved a session",
    "Impugnó una sesión": "Disputed a session",
    "Fijó una tarifa": "Set a rate",
}

# the agenda of events and sign-ups (issue 17): console/agenda.py, agenda*.html
_AGENDA = {
    "Publicó un evento": "Published an event",
    "Editó un evento": "Edited an event",
    "Canceló un evento": "Cancelled an event",
    "Cambió la declaración de conflicto de interés": "Changed the conflict-of-interest declaration",
    "Confirmó una inscripción": "Confirmed a sign-up",
    "Declinó una inscripción": "Declined a sign-up",
    "Agenda": "Agenda",
    "Agenda de eventos": "Events agenda",
    "Los eventos que el OIC publica llegan a las laptops en su siguiente sincronización; "
    "los observadores se inscriben desde ahí con la declaración de conflicto de interés.": (
        "The events the OIC publishes reach the laptops at their next sync; observers sign "
        "up there with the conflict-of-interest declaration."
    ),
    "Próximos (desde %s)": "Upcoming (from %s)",
    "Pasados": "Past",
    "No hay eventos próximos.": "No upcoming events.",
    "No hay eventos pasados.": "No past events.",
    "Publicar un evento": "Publish an event",
    "Publicar": "Publish",
    "Publicó": "Published by",
    "Editar el evento": "Edit the event",
    "Guardar cambios": "Save changes",
    "Cancelar el evento": "Cancel the event",
    "Cancelar el evento lo marca cancelado en las laptops; no se puede deshacer.": (
        "Cancelling the event marks it cancelled on the laptops; it cannot be undone."
    ),
    "Cancelado": "Cancelled",
    "Hora de inicio": "Start time",
    "Lugares": "Seats",
    "%s confirmados de %s": "%s confirmed of %s",
    "Número de procedimiento": "Procedure number",
    "Notas para los observadores": "Notes for the observers",
    "Título (obligatorio si es «Otro»)": "Title (required for “Other”)",
    "Inscripciones": "Sign-ups",
    "Solicitadas: %s": "Requested: %s",
    "Confirmadas: %s": "Confirmed: %s",
    "Aún no hay inscripciones.": "No sign-ups yet.",
    "Declaración": "Declaration",
    "Sin conflicto, %s": "No conflict, %s",
    "Decisión": "Decision",
    "Confirmar": "Confirm",
    "Declinar": "Decline",
    "Motivo (obligatorio al declinar)": "Reason (required to decline)",
    "Declaración de conflicto de interés": "Conflict-of-interest declaration",
    "El observador la acepta al inscribirse; se guarda el texto que aceptó y la hora. Si "
    "cambia, las laptops muestran el nuevo texto y las inscripciones hechas con el anterior "
    "se piden de nuevo.": (
        "The observer accepts it when signing up; the text accepted and the time are kept. "
        "If it changes, laptops show the new text and sign-ups made under the old one are "
        "asked again."
    ),
    "Guardar declaración": "Save declaration",
    "Declaración guardada.": "Declaration saved.",
    "Evento publicado.": "Event published.",
    "Evento guardado.": "Event saved.",
    "Evento cancelado.": "Event cancelled.",
    "Evento no encontrado": "Event not found",
    "No existe ese evento.": "There is no such event.",
    "Inscripción confirmada.": "Sign-up confirmed.",
    "Inscripción declinada.": "Sign-up declined.",
    "Junta de aclaraciones": "Clarification meeting",
    "Presentación y apertura de proposiciones": "Submission and opening of bids",
    "Fallo": "Award decision",
    "Visita de obra": "Site visit",
    "Otro": "Other",
    "Solicitada": "Requested",
    "Confirmada": "Confirmed",
    "Declinada": "Declined",
    "Retirada": "Withdrawn",
}

EN: dict[str, str] = {
    **_STATES,
    **_ROLES,
    **_ACTIONS,
    **_SEVERITIES_AND_SORTS,
    **_PAGES,
    **_MESSAGES,
    **_CONSTANCIAS,
    **_SESSIONS,
    **_AGENDA,
}
