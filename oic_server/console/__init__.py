"""The OIC staff's console: server-rendered pages (Jinja2) at ``/``, beside the API.

Spanish on screen (es-MX), English available (:mod:`.i18n`, the switch in
:mod:`.language`); plain forms with small progressive enhancement (scripts only
from ``static/``, never inline: a strict Content-Security-Policy says so). Every
page needs a staff session (:mod:`oic_server.usecases.staff`) held in an
HttpOnly, SameSite=Strict cookie (Secure except on loopback); every form that
changes anything carries its session's CSRF token, and the login form a token of
its own (double submit: cookie and field). Authorization is checked here, on the
server, for every route. What a laptop sent is shown escaped (Jinja2's
autoescape). One module per page family: :mod:`.login`, :mod:`.inbox`,
:mod:`.submission`, :mod:`.observers`, :mod:`.activity`, :mod:`.exports`,
:mod:`.staff`, :mod:`.sessions` (participation sessions), :mod:`.stipends`
(stipends, hours and rates), :mod:`.constancias` (constancias de participación),
:mod:`.agenda` (the agenda of events and sign-ups), :mod:`.language`; what they share
is in :mod:`.common`.
"""

from fastapi import APIRouter

from oic_server.console import (
    activity,
    agenda,
    constancias,
    exports,
    inbox,
    language,
    login,
    observers,
    sessions,
    staff,
    stipends,
    submission,
)
from oic_server.console.common import STATIC, error_page

__all__ = ["STATIC", "error_page", "router"]

router = APIRouter(include_in_schema=False)
for _module in (
    login,
    language,
    inbox,
    submission,
    observers,
    activity,
    exports,
    staff,
    constancias,
    sessions,
    stipends,
    agenda,
):
    router.include_router(_module.router)
