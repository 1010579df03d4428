<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../agenda/page.py" line="43"/>
        <source>Cancelled by the OIC</source>
        <translation>Cancelado por el OIC</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="44"/>
        <source>Sign-up to send</source>
        <translation>Inscripción por enviar</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="45"/>
        <source>Withdrawal to send</source>
        <translation>Retiro por enviar</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="46"/>
        <source>Awaiting confirmation</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="47"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="48"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="49"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="93"/>
        <source>Agenda of the OIC</source>
        <translation>Agenda del OIC</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="101"/>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximos</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="101"/>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="101"/>
        <source>&amp;Past</source>
        <translation>Pa&amp;sados</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="118"/>
        <source>&amp;Sign up…</source>
        <translation>&amp;Inscribirme…</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="120"/>
        <source>&amp;Withdraw sign-up</source>
        <translation>&amp;Retirar inscripción</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="122"/>
        <source>Start &amp;audit and session…</source>
        <translation>Iniciar &amp;auditoría y sesión…</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="144"/>
        <source>Events of the agenda</source>
        <translation>Eventos de la agenda</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="147"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="148"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="149"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="150"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="151"/>
        <source>Seats</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="152"/>
        <source>My sign-up</source>
        <translation>Mi inscripción</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="207"/>
        <source>No events here. The OIC&apos;s agenda arrives with each sync (Sending → Sync now); sign up to upcoming events from the first tab.</source>
        <translation>No hay eventos aquí. La agenda del OIC llega con cada sincronización (Envío → Sincronizar ahora); inscríbase a los próximos eventos desde la primera pestaña.</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="239"/>
        <source>Procedure: %1 · Convening unit: %2</source>
        <translation>Procedimiento: %1 · Unidad convocante: %2</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="246"/>
        <source>The OIC declined: %1</source>
        <translation>El OIC la rechazó: %1</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="248"/>
        <source>Not received by the OIC: %1</source>
        <translation>El OIC no la recibió: %1</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="251"/>
        <source>Confirmed: start the audit and the session from here on the day.</source>
        <translation>Confirmada: el día del evento inicie aquí la auditoría y la sesión.</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="270"/>
        <source>The OIC&apos;s declaration has not arrived yet: sync before signing up.</source>
        <translation>Aún no llega la declaración del OIC: sincronice antes de inscribirse.</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="280"/>
        <source>Signed up for «%1»; it is sent to the OIC at the next sync.</source>
        <translation>Inscripción a «%1» registrada; se envía al OIC en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="302"/>
        <source>Sign-up for «%1» withdrawn; the OIC is told at the next sync.</source>
        <translation>Inscripción a «%1» retirada; se avisa al OIC en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="336"/>
        <source>Audit started for «%1»; record the session when the event ends.</source>
        <translation>Auditoría iniciada para «%1»; registre la sesión cuando termine el evento.</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="377"/>
        <source>Start audit</source>
        <translation>Iniciar auditoría</translation>
    </message>
    <message>
        <location filename="../../agenda/page.py" line="378"/>
        <source>Checklist for this event:</source>
        <translation>Formulario para este evento:</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../agenda/declaration.py" line="24"/>
        <source>Conflict of interest declaration</source>
        <translation>Declaración de conflicto de interés</translation>
    </message>
    <message>
        <location filename="../../agenda/declaration.py" line="27"/>
        <source>To sign up for «%1» read the OIC&apos;s declaration:</source>
        <translation>Para inscribirse a «%1» lea la declaración del OIC:</translation>
    </message>
    <message>
        <location filename="../../agenda/declaration.py" line="36"/>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../agenda/declaration.py" line="38"/>
        <source>I have &amp;no conflict of interest with this event</source>
        <translation>&amp;No tengo conflicto de interés con este evento</translation>
    </message>
    <message>
        <location filename="../../agenda/declaration.py" line="43"/>
        <source>Your answer, this text and the time are kept and sent to the OIC with the sign-up at the next sync.</source>
        <translation>Su respuesta, este texto y la hora se guardan y se envían al OIC con la inscripción en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../agenda/declaration.py" line="54"/>
        <source>Sign &amp;up</source>
        <translation>&amp;Inscribirme</translation>
    </message>
    <message>
        <location filename="../../agenda/declaration.py" line="56"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
