"""Dates on screen: one way everywhere, the one the observer's language expects."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from observer_desktop.ui import i18n
from observer_desktop.ui.sync import common as sync_common


@pytest.fixture
def english():
    i18n.install("en")
    yield
    i18n.install("es_MX")


def _local(moment: dt.datetime, pattern: str) -> str:
    return moment.astimezone().strftime(pattern)


def test_spanish_writes_day_month_year(qapp):
    assert i18n.date_pattern() == "dd/MM/yyyy"
    assert i18n.date_text("2026-03-05") == "05/03/2026"
    assert i18n.date_text("2026-03-05T23:10:00Z") == "05/03/2026"
    moment = dt.datetime(2026, 11, 26, 16, 20, tzinfo=dt.UTC)
    for stored in ("2026-11-26T16:20:00.000Z", "2026-11-26T16:20:00+00:00", "2026-11-26T16:20:00"):
        assert i18n.local_time(stored) == _local(moment, "%d/%m/%Y %H:%M"), stored


def test_english_writes_iso_dates(qapp, english):
    assert i18n.date_pattern() == "yyyy-MM-dd"
    assert i18n.date_text("2026-03-05") == "2026-03-05"
    moment = dt.datetime(2026, 11, 26, 16, 20, tzinfo=dt.UTC)
    assert i18n.local_time("2026-11-26T16:20:00.000Z") == _local(moment, "%Y-%m-%d %H:%M")


def test_what_is_not_a_date_is_shown_as_it_is(qapp):
    assert i18n.date_text(None) == i18n.local_time("") == ""
    assert i18n.date_text("pronto") == "pronto"
    assert i18n.local_time("ayer") == "ayer"


def test_the_status_bar_says_today(qapp):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    text = sync_common.local_time(now.strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert text == "hoy a las " + _local(now, "%H:%M")
    assert sync_common.local_time("2020-01-02T10:00:00Z").startswith("02/01/2020 ")
