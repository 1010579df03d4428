"""The period the participation page shows (a preset or two dates) and its totals."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from observer_desktop.ui.i18n import date_pattern
from observer_desktop.ui.participation.model import hours_text

ISO = Qt.DateFormat.ISODate


def month_bounds(day: _dt.date) -> tuple[_dt.date, _dt.date]:
    """First and last day of ``day``'s month."""
    first = day.replace(day=1)
    following = (first + _dt.timedelta(days=32)).replace(day=1)
    return first, following - _dt.timedelta(days=1)


class PeriodBar(QWidget):
    """Period presets (this month, last month, this year, other dates), the two dates and
    the period's totals, in one row.

    ``changed()`` asks for the period's sessions: at once for a preset or
    :meth:`set_period`, 200 ms after the last edit of a date typed by hand.
    """

    changed = Signal()

    PRESET_THIS_MONTH, PRESET_LAST_MONTH, PRESET_THIS_YEAR, PRESET_CUSTOM = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setting_period = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setAccessibleName(self.tr("Period"))
        self.preset_combo.addItem(self.tr("This month"), self.PRESET_THIS_MONTH)
        self.preset_combo.addItem(self.tr("Last month"), self.PRESET_LAST_MONTH)
        self.preset_combo.addItem(self.tr("This year"), self.PRESET_THIS_YEAR)
        self.preset_combo.addItem(self.tr("Other dates"), self.PRESET_CUSTOM)
        preset_label = QLabel(self.tr("&Period:"), self)
        preset_label.setBuddy(self.preset_combo)
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("fromDate")
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("toDate")
        self.to_edit.setAccessibleName(self.tr("To date"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.to_edit)
        row.addWidget(preset_label)
        row.addWidget(self.preset_combo)
        row.addSpacing(12)
        row.addWidget(from_label)
        row.addWidget(self.from_edit)
        row.addWidget(to_label)
        row.addWidget(self.to_edit)
        row.addSpacing(16)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("totalsLabel")
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        row.addWidget(self.totals_label, 1)
        self.setTabOrder(self.preset_combo, self.from_edit)
        self.setTabOrder(self.from_edit, self.to_edit)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.changed)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.apply_preset(self.PRESET_THIS_MONTH, announce=False)

    def period(self) -> tuple[str, str]:
        """The period shown, as ISO dates (inclusive)."""
        return self.from_edit.date().toString(ISO), self.to_edit.date().toString(ISO)

    def is_valid(self) -> bool:
        date_from, date_to = self.period()
        return date_from <= date_to

    def set_period(self, date_from: str, date_to: str) -> None:
        """Show another period (ISO dates); the preset list says "other dates"."""
        self._setting_period = True
        self.from_edit.setDate(QDate.fromString(date_from, ISO))
        self.to_edit.setDate(QDate.fromString(date_to, ISO))
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(self.PRESET_CUSTOM))
        self._setting_period = False
        self.changed.emit()

    def apply_preset(self, preset: int, *, announce: bool = True) -> None:
        today = _dt.date.today()
        if preset == self.PRESET_THIS_MONTH:
            start, end = month_bounds(today)
        elif preset == self.PRESET_LAST_MONTH:
            start, end = month_bounds(today.replace(day=1) - _dt.timedelta(days=1))
        elif preset == self.PRESET_THIS_YEAR:
            start, end = today.replace(month=1, day=1), today.replace(month=12, day=31)
        else:
            return
        self._setting_period = True
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self._setting_period = False
        if announce:
            self.changed.emit()

    def stop_waiting(self) -> None:
        """The period is being read now: a date edited before needs no read of its own."""
        self._debounce.stop()

    # -- totals
    def show_loading(self) -> None:
        self.totals_label.setText(self.tr("Loading…"))

    def show_reversed(self) -> None:
        self.totals_label.setText(self.tr("The end date is before the start date."))

    def show_totals(self, count: int, hours: float) -> None:
        self.totals_label.setText(
            self.tr("%n session(s) · %1 hours in the period", "", count).replace(
                "%1", hours_text(hours)
            )
        )
        self.totals_label.setAccessibleName(self.totals_label.text())

    def clear_totals(self) -> None:
        self.totals_label.setText("")

    # -- internals
    def _preset_chosen(self, _index: int) -> None:
        if self._setting_period:
            return
        preset = self.preset_combo.currentData()
        if preset != self.PRESET_CUSTOM:
            self.apply_preset(preset)

    def _dates_edited(self, *_: Any) -> None:
        if self._setting_period:
            return
        self._setting_period = True
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(self.PRESET_CUSTOM))
        self._setting_period = False
        self._debounce.start()
