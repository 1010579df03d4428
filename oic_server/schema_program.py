"""The participation program's tables (issue 17), part of the schema in
:mod:`oic_server.schema` (its migrations 6 to 7 to 8 create them): participation
sessions, their decisions and the stipend rates (v6), constancias (v7), the agenda
of events and the observers' sign-ups (v8).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

from oic_server.sqltypes import BigId

__all__ = ["agenda_tables", "constancia_tables", "participation_tables"]


def agenda_tables(md: MetaData, t: dict[str, Table]) -> None:
    """The events a coordinador publishes (GET /api/v1/agenda, a feed in ``seq`` order,
    one counter for all) and the observers' sign-ups to them (PUT /signups/{client_id},
    each observer's feed in ``seq`` order, as sessions)."""
    t["agenda_events"] = Table(
        "agenda_events",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        # junta_aclaraciones | apertura_proposiciones | fallo | visita_obra | otro
        Column("kind", Text, nullable=False),
        Column("title", Text, nullable=False),
        Column("date", Text, nullable=False),  # YYYY-MM-DD
        Column("start_time", Text, nullable=False),  # HH:MM
        Column("place", Text, nullable=False),
        Column("procedure_number", Text, nullable=False),
        Column("convening_unit", Text, nullable=False),
        Column("seats", Integer, nullable=False),
        Column("notes", Text, nullable=False),
        Column("created_by", Integer, ForeignKey("staff.id")),  # NULL: the command line
        Column("created_at", Text, nullable=False),
        Column("updated_at", Text, nullable=False),
        Column("cancelled_at", Text),
        # the laptops' feed position (counters' "agenda_seq"), bumped on every change,
        # a sign-up's decision included (seats_taken)
        Column("seq", BigInteger, nullable=False),
        Index("ix_agenda_events_seq", "seq"),
        Index("ix_agenda_events_date", "date", "start_time", "id"),
    )
    t["signups"] = Table(
        "signups",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("event_id", BigId, ForeignKey("agenda_events.id"), nullable=False),
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("client_id", Text, nullable=False),  # the laptop's sign-up uuid
        Column("declaration_text", Text, nullable=False),  # the conflict text accepted
        Column("declared_at", Text, nullable=False),  # the laptop's time of the answer
        Column("received_at", Text, nullable=False),
        Column("state", Text, nullable=False),  # requested | confirmed | declined | withdrawn
        Column("reason", Text),  # why the OIC declined
        Column("decided_by", Integer, ForeignKey("staff.id")),
        Column("decided_at", Text),
        Column("updated_at", Text, nullable=False),
        Column("seq", BigInteger, nullable=False),  # the observer's feed position
        UniqueConstraint("observer_id", "client_id", name="uq_signups_client"),
        UniqueConstraint("event_id", "observer_id", name="uq_signups_event_observer"),
        Index("ix_signups_observer_seq", "observer_id", "seq"),
        Index("ix_signups_event", "event_id", "state"),
    )


def constancia_tables(md: MetaData, t: dict[str, Table]) -> None:
    """The constancias the OIC issued (oic_server/constancias): what each certifies, the
    signed PDF itself and its hash (what the public page checks an upload against)."""
    t["constancias"] = Table(
        "constancias",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("folio", Text, nullable=False, unique=True),  # OIC-2026-000123-K3M9QX
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("date_from", Text, nullable=False),  # YYYY-MM-DD
        Column("date_to", Text, nullable=False),
        Column("sessions", Text, nullable=False),  # JSON: client id, date, event, times, hours
        Column("session_count", Integer, nullable=False),
        Column("hours", Float, nullable=False),
        Column("sha256", Text, nullable=False),  # of the signed PDF
        Column("pdf", LargeBinary, nullable=False),
        Column("issued_by", Integer, ForeignKey("staff.id"), nullable=False),
        Column("issued_at", Text, nullable=False),
        Index("ix_constancias_observer", "observer_id", "id"),
    )


def participation_tables(md: MetaData, t: dict[str, Table]) -> None:
    """The sessions laptops send (PUT /api/v1/sessions/{client_id}), the OIC's decisions
    on them (append-only), and the rates that turn validated sessions into stipends."""
    t["participation_sessions"] = Table(
        "participation_sessions",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("client_id", Text, nullable=False),  # the laptop's session uuid
        Column("event", Text, nullable=False),
        Column("date", Text, nullable=False),  # YYYY-MM-DD
        Column("start_time", Text, nullable=False),  # HH:MM
        Column("end_time", Text, nullable=False),
        Column("place", Text, nullable=False),
        Column("notes", Text, nullable=False),
        Column("audit_id", Text),  # the laptop's audit id, when the session has one
        Column("institution", Text),
        Column("state", Text, nullable=False),  # received | validated | disputed
        Column("reason", Text),  # the dispute's reason
        Column("decided_by", Integer, ForeignKey("staff.id")),
        Column("decided_at", Text),
        Column("received_at", Text, nullable=False),
        Column("updated_at", Text, nullable=False),
        Column("deleted_at", Text),  # removed by the laptop before validation; kept
        # the observer's feed position (GET /sessions?since=), bumped on every change
        Column("seq", BigInteger, nullable=False),
        UniqueConstraint("observer_id", "client_id", name="uq_participation_sessions_client"),
        Index("ix_participation_sessions_observer_seq", "observer_id", "seq"),
        Index("ix_participation_sessions_date", "date", "id"),
        Index("ix_participation_sessions_state", "state", "date"),
    )
    t["session_decisions"] = Table(  # append-only: every state a session was given
        "session_decisions",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("session_id", BigId, ForeignKey("participation_sessions.id"), nullable=False),
        Column("state", Text, nullable=False),
        Column("reason", Text),
        Column("actor_id", Integer, ForeignKey("staff.id")),  # NULL: the observer (a correction)
        Column("at", Text, nullable=False),
        Index("ix_session_decisions_session", "session_id", "id"),
    )
    t["rates"] = Table(  # append-only; in force on a day: the kind's latest valid_from ≤ day
        "rates",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("kind", Text, nullable=False),  # uma_value | umas_per_session
        Column("value", Float, nullable=False),
        Column("valid_from", Text, nullable=False),  # YYYY-MM-DD
        Column("set_by", Integer, ForeignKey("staff.id")),  # NULL: the command line
        Column("set_at", Text, nullable=False),
        Index("ix_rates_kind_valid_from", "kind", "valid_from", "id"),
    )
