"""Helpers of the console's browser tests: what a person does in the console, in one place.

Imported by the tests (``from console_browser import expect, login``); not collected. Locators name what a person sees (labels, buttons, roles), so a
page's markup may change without breaking a test that still makes sense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

# a test module importing this is skipped, with the reason, where Playwright is absent
_sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="playwright no está instalado (pip install -e '.[test]'): se omiten las pruebas "
    "del navegador",
)
expect = _sync_api.expect
if TYPE_CHECKING:
    from playwright.sync_api import Page

__all__ = ["CHOSEN_PASSWORD", "expect", "login", "logout"]

# what a staff member chooses at their first login (MIN_PASSWORD is 12)
CHOSEN_PASSWORD = "contraseña-elegida-1"


def login(page: Page, code: str, password: str, *, new_password: str = CHOSEN_PASSWORD) -> str:
    """Log in through the real form at /ingresar. A one-time password (a new account, a
    reset) makes the console ask for the person's own: ``new_password`` is chosen then.
    Ends logged in, on the page the console goes to; returns the password that works from
    now on. A refused login fails with the console's own message."""
    page.goto("/ingresar")
    page.get_by_label("Código").fill(code)
    page.get_by_label("Contraseña", exact=True).fill(password)
    page.get_by_role("button", name="Entrar").click()
    logged_in = page.get_by_role("button", name="Salir")
    must_choose = page.get_by_label("Contraseña nueva")
    refused = page.get_by_role("alert")
    expect(logged_in.or_(must_choose).or_(refused).first).to_be_visible()
    if must_choose.is_visible():
        page.get_by_label("Contraseña", exact=True).fill(password)
        must_choose.fill(new_password)
        page.get_by_label("Repítala").fill(new_password)
        page.get_by_role("button", name="Entrar").click()
        password = new_password
        expect(logged_in.or_(refused).first).to_be_visible()
    if refused.is_visible():
        raise AssertionError(f"la consola no dejó entrar a {code}: {refused.inner_text()}")
    return password


def logout(page: Page) -> None:
    """The header's «Salir»; ends on the login page."""
    page.get_by_role("button", name="Salir").click()
    expect(page.get_by_role("heading", name="Iniciar sesión")).to_be_visible()
