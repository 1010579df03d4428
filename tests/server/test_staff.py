"""The OIC's staff accounts and console sessions (issue 15, item 2), on SQLite and
PostgreSQL: roles, one-time passwords, idle expiry, disabling, CSRF, the throttle."""

from __future__ import annotations

import pytest
from oic_testing import PASSWORD

from oic_server.config import Limits
from oic_server.errors import ApiError
from oic_server.usecases.staff import ROLES, role_at_least


def _code(exc: pytest.ExceptionInfo[ApiError]) -> str:
    return exc.value.code


def test_a_new_account_logs_in_only_after_choosing_its_own_password(server):
    oic = server.oic
    made = oic.add_staff("adm-01", "Lic. Teresa Rivas", "Administrador")
    assert made["code"] == "ADM-01" and made["role"] == "administrador"
    one_time = made["password"]
    assert one_time and len(one_time) >= 16
    with pytest.raises(ApiError) as first:
        oic.staff_login("ADM-01", one_time, "127.0.0.1")
    assert _code(first) == "password_change_required"
    with pytest.raises(ApiError) as same:
        oic.staff_login("ADM-01", one_time, "127.0.0.1", new_password=one_time)
    assert _code(same) == "bad_request"
    session = oic.staff_login("ADM-01", one_time, "127.0.0.1", new_password="la-de-teresa-1")
    assert session["staff"] == {
        "code": "ADM-01",
        "name": "Lic. Teresa Rivas",
        "role": "administrador",
    }
    member = oic.staff_session(session["token"])
    assert member.code == "ADM-01" and member.csrf == session["csrf"]
    # the one-time password is spent; the own one works
    with pytest.raises(ApiError):
        oic.staff_login("ADM-01", one_time, "127.0.0.1")
    again = oic.staff_login("ADM-01", "la-de-teresa-1", "127.0.0.1")
    assert again["token"] != session["token"]
    listed = oic.list_staff()
    assert [(r["code"], r["role"], r["first_login_pending"]) for r in listed] == [
        ("ADM-01", "administrador", False)
    ]


def test_bad_input_is_refused_with_what_to_do_and_changes_nothing(server):
    oic = server.oic
    for code, name, role, what in (
        ("con espacio", "X", "revisor", "no es válido"),
        ("REV-01", "", "revisor", "Falta el nombre"),
        ("REV-01", "X", "jefe", "no existe"),
    ):
        with pytest.raises(ApiError) as refused:
            oic.add_staff(code, name, role)
        assert _code(refused) == "bad_request" and what in refused.value.message
    assert oic.list_staff() == []
    oic.add_staff("REV-01", "Pedro Soto", "revisor", PASSWORD, one_time=False)
    with pytest.raises(ApiError) as twice:
        oic.add_staff("rev-01", "Otro", "consulta")
    assert _code(twice) == "conflict" and "staff password REV-01" in twice.value.message
    with pytest.raises(ApiError) as missing:
        oic.set_staff_disabled("NADIE", True)
    assert _code(missing) == "not_found"


def test_a_session_ends_when_idle_disabled_reset_or_logged_out(server):
    oic = server.oic
    oic.add_staff("REV-01", "Pedro Soto", "revisor", PASSWORD, one_time=False)
    token = oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"]
    member = oic.staff_session(token)
    idle = oic.limits.staff_idle_seconds
    # use within the idle time keeps it alive (the clock restarts at each use)
    import time

    now = time.time()
    oic.staff_session(token, now=now + idle - 5)
    oic.staff_session(token, now=now + 2 * idle - 10)
    with pytest.raises(ApiError) as expired:
        oic.staff_session(token, now=now + 3 * idle)
    assert _code(expired) == "unauthenticated" and "minutos sin uso" in expired.value.message
    with pytest.raises(ApiError):  # and it stays ended
        oic.staff_session(token, now=now + 3 * idle + 1)
    # disabling ends every session at once
    token = oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"]
    assert oic.set_staff_disabled("REV-01", True)["changed"]
    with pytest.raises(ApiError):
        oic.staff_session(token)
    with pytest.raises(ApiError) as disabled:
        oic.staff_login("REV-01", PASSWORD, "127.0.0.1")
    assert _code(disabled) == "forbidden" and "deshabilitada" in disabled.value.message
    oic.set_staff_disabled("REV-01", False)
    # a reset ends them too, and the new password is one-time
    token = oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"]
    reset = oic.reset_staff_password("REV-01")
    with pytest.raises(ApiError):
        oic.staff_session(token)
    with pytest.raises(ApiError) as first:
        oic.staff_login("REV-01", reset["password"], "127.0.0.1")
    assert _code(first) == "password_change_required"
    # logout
    session = oic.staff_login("REV-01", reset["password"], "127.0.0.1", new_password=PASSWORD + "x")
    member = oic.staff_session(session["token"])
    oic.staff_logout(member)
    with pytest.raises(ApiError):
        oic.staff_session(session["token"])


def test_roles_are_ordered_and_checked(server):
    assert ROLES == ("consulta", "revisor", "coordinador", "administrador")
    oic = server.oic
    members = {}
    for role in ROLES:
        code = f"{role[:3].upper()}-01"
        oic.add_staff(code, role, role, PASSWORD, one_time=False)
        members[role] = oic.staff_session(oic.staff_login(code, PASSWORD, "127.0.0.1")["token"])
    for role, member in members.items():
        for minimum in ROLES:
            if role_at_least(role, minimum):
                oic.require_role(member, minimum)
            else:
                with pytest.raises(ApiError) as refused:
                    oic.require_role(member, minimum)
                assert _code(refused) == "forbidden" and "Su rol" in refused.value.message
    assert role_at_least("administrador", "consulta") and not role_at_least("consulta", "revisor")


def test_a_form_needs_its_sessions_csrf_token(server):
    oic = server.oic
    oic.add_staff("REV-01", "Pedro Soto", "revisor", PASSWORD, one_time=False)
    one = oic.staff_session(oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"])
    other = oic.staff_session(oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"])
    oic.check_csrf(one, one.csrf)
    for given in (None, "", other.csrf, one.csrf[:-1]):
        with pytest.raises(ApiError) as refused:
            oic.check_csrf(one, given)
        assert _code(refused) == "forbidden" and "No se cambió nada" in refused.value.message


@pytest.mark.parametrize("limits", [Limits(login_failures=3)])
def test_staff_logins_are_throttled_apart_from_observers(server, limits):
    oic = server.oic
    oic.add_staff("OBS-001", "Mismo código que un observador", "consulta", PASSWORD, one_time=False)
    server.add_observer("OBS-001")
    for _ in range(3):
        with pytest.raises(ApiError) as wrong:
            oic.staff_login("OBS-001", "equivocada", "203.0.113.1")
        assert _code(wrong) == "bad_credentials"
    with pytest.raises(ApiError) as limited:
        oic.staff_login("OBS-001", PASSWORD, "203.0.113.1")
    assert _code(limited) == "rate_limited"
    # the observer with the same code, from the same address, is not held back by them…
    with server.client() as c:
        r = c.post(
            "/auth/login",
            json={"code": "OBS-001", "password": PASSWORD},
            headers={"X-Forwarded-For": "198.51.100.3"},
        )
    assert r.status_code == 200
    # …and the staff member from their own address gets in
    assert oic.staff_login("OBS-001", PASSWORD, "192.0.2.9")["staff"]["code"] == "OBS-001"


def test_the_staff_command(server, capsys):
    from oic_server.cli import main

    args = server.cli_args()
    assert (
        main([*args, "staff", "add", "adm-01", "--name", "Teresa", "--role", "administrador"]) == 0
    )
    out = capsys.readouterr().out
    assert "ADM-01" in out and "un solo uso" in out
    password = out.split("entréguela en persona):")[1].split()[0]
    with pytest.raises(ApiError) as first:
        server.oic.staff_login("ADM-01", password, "127.0.0.1")
    assert _code(first) == "password_change_required"
    assert main([*args, "staff", "list"]) == 0
    assert "Administrador(a)" in capsys.readouterr().out
    assert main([*args, "staff", "disable", "ADM-01"]) == 0
    assert "deshabilitada" in capsys.readouterr().out
    assert main([*args, "staff", "list", "--json"]) == 0
    assert '"disabled": true' in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad_role:
        main([*args, "staff", "add", "X-1", "--name", "Y", "--role", "jefe"])
    assert bad_role.value.code == 2 and "jefe" in capsys.readouterr().err


def test_a_session_ends_after_its_lifetime_and_ended_ones_are_purged(server):
    import time

    from sqlalchemy import func, select

    from oic_server import schema as s

    oic = server.oic
    oic.add_staff("REV-01", "Pedro Soto", "revisor", PASSWORD, one_time=False)
    token = oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"]
    most, idle = oic.limits.staff_session_max_seconds, oic.limits.staff_idle_seconds
    now = time.time()
    step = idle - 60  # used all day, never idle for long
    t = now
    while t + step < now + most:
        t += step
        oic.staff_session(token, now=t)
    with pytest.raises(ApiError) as old:
        oic.staff_session(token, now=now + most + 30)
    assert _code(old) == "unauthenticated" and "horas" in old.value.message
    oic.staff_logout(oic.staff_session(oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"]))
    ended = s.staff_sessions.c.revoked_at.is_not(None)
    with oic.db.read() as conn:
        before = conn.execute(select(func.count()).where(ended)).scalar()
    oic.staff_login("REV-01", PASSWORD, "127.0.0.1")  # ended sessions go at the next login
    with oic.db.read() as conn:
        after = conn.execute(select(func.count()).where(ended)).scalar()
        alive = conn.execute(select(func.count()).select_from(s.staff_sessions)).scalar()
    assert before == 1 and after == 0 and alive == 1
