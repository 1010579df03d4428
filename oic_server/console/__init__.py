"""The OIC staff's console: server-rendered pages (Jinja2) at ``/``, beside the API.

Spanish on screen; no script at all yet (a strict Content-Security-Policy says
so), plain forms. Every page needs a staff session (:mod:`oic_server.usecases.staff`)
held in an HttpOnly, SameSite=Strict cookie (Secure except on loopback); every
form that changes anything carries its session's CSRF token, and the login form
a token of its own (double submit: cookie and field). Authorization is checked
here, on the server, for every route. What a laptop sent is shown escaped
(Jinja2's autoescape). Pages so far: login (with the one-time password change),
logout, home, and staff accounts for an administrador; the inbox, the
submission page and the rest are issue 15's next steps.
"""

from oic_server.console.routes import STATIC, router

__all__ = ["STATIC", "router"]
