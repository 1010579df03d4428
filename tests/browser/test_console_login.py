"""The console in a real browser: logging in (first login included), a refused login,
logging out, and an administrador adding a staff account on «Personal»."""

from __future__ import annotations

import re

from console_browser import CHOSEN_PASSWORD, expect, login, logout


def test_first_login_chooses_a_password_and_lands_on_the_inbox(page, admin):
    password = login(page, admin.code, admin.password)

    assert password == CHOSEN_PASSWORD
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bandeja de envíos")
    expect(page.get_by_text(f"{admin.name} · Administrador(a)")).to_be_visible()
    expect(page.get_by_role("link", name="Personal")).to_be_visible()


def test_a_wrong_password_is_refused_in_spanish(page, admin):
    page.goto("/ingresar")
    page.get_by_label("Código").fill(admin.code)
    page.get_by_label("Contraseña", exact=True).fill("no-es-la-contraseña")
    page.get_by_role("button", name="Entrar").click()

    expect(page.get_by_role("alert")).to_have_text("El código o la contraseña no son correctos.")
    expect(page.get_by_label("Código")).to_have_value(admin.code)  # kept, to try again
    expect(page.get_by_role("button", name="Salir")).to_have_count(0)


def test_logout_ends_the_session(page, admin):
    login(page, admin.code, admin.password)

    logout(page)

    expect(page.get_by_role("status")).to_have_text("Cerró su sesión.")
    page.goto("/")  # the old session no longer opens the console
    expect(page).to_have_url(re.compile(r"/ingresar"))
    expect(page.get_by_role("heading", name="Iniciar sesión")).to_be_visible()


def test_personal_adds_an_account_whose_one_time_password_works_once(page, admin, new_page):
    login(page, admin.code, admin.password)
    page.get_by_role("link", name="Personal").click()
    expect(page.get_by_role("heading", name="Personal del OIC")).to_be_visible()

    page.get_by_label("Código").fill("rev-01")
    page.get_by_label("Nombre").fill("Rubén Ortiz")
    page.get_by_label("Rol").select_option(label="Revisor(a)")
    page.get_by_role("button", name="Agregar").click()

    expect(page.get_by_role("status")).to_have_text("Cuenta REV-01 registrada.")
    secret = page.locator(".secret")
    expect(secret.get_by_role("heading")).to_have_text("Contraseña de un solo uso de REV-01")
    one_time = secret.locator(".password").inner_text().strip()
    row = page.get_by_role("row").filter(has_text="REV-01")
    expect(row).to_contain_text("Rubén Ortiz")
    expect(row).to_contain_text("sin primer inicio")

    # the new reviewer, in a browser of their own, must choose a password, and sees no «Personal»
    reviewer = new_page()
    login(reviewer, "REV-01", one_time)
    expect(reviewer.get_by_text("Rubén Ortiz · Revisor(a)")).to_be_visible()
    expect(reviewer.get_by_role("link", name="Personal")).to_have_count(0)


def test_a_reviewer_may_not_open_personal(page, make_staff):
    reviewer = make_staff("REV-02", "Rosa Méndez", "revisor")
    login(page, reviewer.code, reviewer.password)

    page.goto("/personal")

    expect(page.get_by_role("heading", name="Sin permiso")).to_be_visible()
    expect(page.get_by_text("No se cambió nada")).to_be_visible()
