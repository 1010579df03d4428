"""Protocol v1's participation endpoints (``docs/protocol.md``: sessions, agenda,
sign-ups), a part of :class:`~observer_desktop.sync.client.ProtocolClient`.

A mixin over the client's one request path (``_request``, ``_json``): the
endpoints of the OIC's participation program, kept apart from the submission
and blob endpoints so each module stays one job.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from observer_desktop.sync.errors import SyncError
from observer_desktop.sync.errors import bad_response as _bad_response

__all__ = ["ParticipationEndpoints"]


class ParticipationEndpoints:
    """Sessions, the agenda and sign-ups; needs ``_request``, ``_json``, ``server_url``."""

    # ------------------------------------------------------------ participation sessions

    def put_session(self, session_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create or replace one session; the server's state of it. A refusal is a
        :class:`SyncError` of scope ``submission``: ``session_invalid`` (422, its
        ``reason``) or ``session_locked`` (409, validated: its ``state``, ``decided_at``)."""
        answer = self._json(
            self._request(
                "PUT",
                f"/sessions/{quote(session_id, safe='')}",
                json_body=body,
                expect=(200, 201),
                what="session",
            )
        )
        return self._session_state(answer)

    def delete_session(self, session_id: str) -> bool:
        """Remove one session (again: the same answer). False: the server never had it."""
        try:
            self._request("DELETE", f"/sessions/{quote(session_id, safe='')}", what="session")
        except SyncError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def sessions(self, since: int = 0) -> dict[str, Any]:
        """This observer's sessions whose state changed after ``since``, and the next cursor."""
        body = self._json(self._request("GET", f"/sessions?since={int(since)}"))
        items, nxt = body.get("sessions"), body.get("next")
        if not isinstance(items, list) or isinstance(nxt, bool) or not isinstance(nxt, int):
            raise _bad_response(self.server_url, "lista de sesiones no válida")
        states = []
        for item in items:
            try:
                states.append(self._session_state(item))
            except SyncError:
                continue  # an entry of another shape: the rest still counts
        return {"sessions": states, "next": nxt}

    def _session_state(self, answer: Any) -> dict[str, Any]:
        if not isinstance(answer, dict):
            raise _bad_response(self.server_url, "estado de sesión no válido")
        session, state = answer.get("session"), answer.get("state")
        reason, decided = answer.get("reason"), answer.get("decided_at")
        seq = answer.get("seq")
        if (
            not isinstance(session, str)
            or state not in ("received", "validated", "disputed")
            or not (reason is None or isinstance(reason, str))
            or not (decided is None or isinstance(decided, str))
            or (seq is not None and (isinstance(seq, bool) or not isinstance(seq, int)))
        ):
            raise _bad_response(self.server_url, "estado de sesión no válido")
        return {
            "session": session,
            "state": state,
            "reason": reason,
            "decided_at": decided,
            "seq": seq,
        }

    # ------------------------------------------------------------ agenda and sign-ups

    def agenda(self, since: int = 0) -> dict[str, Any]:
        """The OIC's events changed after ``since``, its conflict-of-interest declaration
        and the next cursor. An event of another shape is left out (the rest counts)."""
        body = self._json(self._request("GET", f"/agenda?since={int(since)}"))
        items, nxt, text = body.get("events"), body.get("next"), body.get("declaration")
        if (
            not isinstance(items, list)
            or isinstance(nxt, bool)
            or not isinstance(nxt, int)
            or not (text is None or isinstance(text, str))
        ):
            raise _bad_response(self.server_url, "agenda no válida")
        events = [e for e in (_agenda_event(item) for item in items) if e is not None]
        return {"events": events, "declaration": text, "next": nxt}

    def put_signup(self, signup_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Sign up (again: the same answer). A refusal is a :class:`SyncError` of scope
        ``submission``: ``signup_invalid`` (422, its Spanish reason), ``event_full`` (409)."""
        answer = self._json(
            self._request(
                "PUT",
                f"/signups/{quote(signup_id, safe='')}",
                json_body=body,
                expect=(200, 201),
                what="signup",
            )
        )
        return self._signup_state(answer)

    def delete_signup(self, signup_id: str) -> bool:
        """Withdraw a sign-up (again: the same answer). False: the server never had it."""
        try:
            self._request("DELETE", f"/signups/{quote(signup_id, safe='')}", what="signup")
        except SyncError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def signups(self, since: int = 0) -> dict[str, Any]:
        """This observer's sign-ups whose state changed after ``since``; the next cursor."""
        body = self._json(self._request("GET", f"/signups?since={int(since)}"))
        items, nxt = body.get("signups"), body.get("next")
        if not isinstance(items, list) or isinstance(nxt, bool) or not isinstance(nxt, int):
            raise _bad_response(self.server_url, "lista de inscripciones no válida")
        states = []
        for item in items:
            try:
                states.append(self._signup_state(item))
            except SyncError:
                continue
        return {"signups": states, "next": nxt}

    def _signup_state(self, answer: Any) -> dict[str, Any]:
        if not isinstance(answer, dict):
            raise _bad_response(self.server_url, "estado de inscripción no válido")
        signup, state, reason = answer.get("signup"), answer.get("state"), answer.get("reason")
        seq, event = answer.get("seq"), answer.get("event")
        if (
            not isinstance(signup, str)
            or state not in ("requested", "confirmed", "declined", "withdrawn")
            or not (reason is None or isinstance(reason, str))
            or (seq is not None and (isinstance(seq, bool) or not isinstance(seq, int)))
            or (event is not None and (isinstance(event, bool) or not isinstance(event, int)))
        ):
            raise _bad_response(self.server_url, "estado de inscripción no válido")
        return {"signup": signup, "state": state, "reason": reason, "seq": seq, "event": event}


_EVENT_TEXTS = ("title", "date", "place", "procedure_number", "convening_unit", "notes")


def _agenda_event(item: Any) -> dict[str, Any] | None:
    """One event of the agenda feed as the laptop keeps it, or None if malformed."""
    if not isinstance(item, dict):
        return None
    eid, seq, seats = item.get("event"), item.get("seq"), item.get("seats")
    ints = (eid, seq, seats, item.get("seats_taken", 0))
    if any(isinstance(v, bool) or not isinstance(v, int) for v in ints):
        return None
    if not isinstance(item.get("kind"), str) or not isinstance(item.get("date"), str):
        return None
    texts = {k: item.get(k) or "" for k in _EVENT_TEXTS}
    start = item.get("start") or ""
    if not all(isinstance(v, str) for v in (*texts.values(), start)):
        return None
    return {
        "id": eid,
        "kind": item["kind"],
        **texts,
        "title": texts["title"] or item["kind"],
        "start_time": start,
        "seats": seats,
        "seats_taken": item.get("seats_taken", 0),
        "cancelled": 1 if item.get("cancelled") else 0,
        "seq": seq,
    }
