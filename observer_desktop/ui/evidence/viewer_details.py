"""The side of the viewer: what is known of the file shown, and its caption.

Name, type, size, dimensions, pages, camera time and place, when it was added,
its full SHA-256 (copyable), its links and the import's warnings; rows without
a value are hidden. The caption is editable while the audit is a draft.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.ui.evidence.formats import camera_time, data_size
from observer_desktop.ui.i18n import local_time


class ViewerDetails(QScrollArea):
    """The details form and the caption of one evidence file."""

    def __init__(self, editable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.shown_caption = ""  # the caption as stored, to tell whether it was edited
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details = QWidget(self)
        self.setWidget(details)
        column = QVBoxLayout(details)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(form)
        column.addStretch(1)
        self.form = form
        self.fields: dict[str, QWidget] = {}
        self._add_fields(details)
        self.caption = QPlainTextEdit(details)
        self.caption.setObjectName("viewerCaption")
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setTabChangesFocus(True)
        self.caption.setFixedHeight(90)
        self.caption.setReadOnly(not editable)
        self.caption.setPlaceholderText(
            self.tr("Describe what the photo or document shows (appears in the report)")
            if editable
            else self.tr("No caption")
        )
        form.addRow(self.tr("Caption"), self.caption)
        self.save_caption_button = QPushButton(self.tr("Save c&aption"), details)
        self.save_caption_button.setObjectName("viewerSaveCaption")
        self.save_caption_button.setToolTip(self.tr("Save the caption (Ctrl+S)"))
        self.save_caption_button.setVisible(editable)
        form.addRow("", self.save_caption_button)

    def _add_fields(self, details: QWidget) -> None:
        for key, label in (
            ("name", self.tr("Name")),
            ("type", self.tr("Type")),
            ("size", self.tr("Size")),
            ("shape", self.tr("Dimensions")),
            ("pages", self.tr("Pages")),
            ("taken", self.tr("Taken")),
            ("location", self.tr("Location")),
            ("camera", self.tr("Camera")),
            ("added", self.tr("Added")),
            ("sha", self.tr("SHA-256")),
            ("links", self.tr("Linked to")),
            ("warnings", self.tr("Warnings")),
        ):
            if key == "sha":
                # the whole fingerprint, copyable, in a field that scrolls instead of wrapping
                value = QLineEdit(details)
                value.setReadOnly(True)
                value.setFrame(False)
                value.setFont(self._mono())
                value.setAccessibleName(label)
                value.setCursorPosition(0)
            else:
                value = QLabel(details)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"viewerField_{key}")
            self.form.addRow(label, value)
            self.fields[key] = value

    @staticmethod
    def _mono() -> QFont:
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def show_row(self, row: dict, links: Iterable[str]) -> None:
        """Fill the form with evidence ``row`` (``links``: what it is linked to, in words)."""
        meta = row.get("metadata") or {}
        f = self.fields

        def put(key: str, text: str) -> None:
            f[key].setText(text)
            self.form.setRowVisible(f[key], bool(text))

        put("name", row.get("original_name") or "")
        put("type", meta.get("type_label") or row.get("mime") or "")
        put(
            "size",
            self.tr("%1 (%2 bytes)")
            .replace("%1", data_size(row.get("size") or 0))
            .replace("%2", QLocale().toString(row.get("size") or 0)),
        )
        put(
            "shape",
            self.tr("%1 × %2 px")
            .replace("%1", str(meta["width"]))
            .replace("%2", str(meta["height"]))
            if meta.get("width") and meta.get("height")
            else "",
        )
        put("pages", str(meta["pages"]) if meta.get("pages") else "")
        put("taken", camera_time(row.get("captured_at")))
        lat, lon = row.get("gps_lat"), row.get("gps_lon")
        put("location", f"{lat:.6f}, {lon:.6f}" if lat is not None and lon is not None else "")
        put("camera", " ".join(x for x in (meta.get("camera_make"), meta.get("camera_model")) if x))
        put("added", local_time(row.get("imported_at")))
        put("sha", row["sha256"])
        f["sha"].setCursorPosition(0)
        put("links", "\n".join(links))
        put("warnings", "\n".join(meta.get("warnings") or []))
        self.shown_caption = row.get("caption") or ""
        self.caption.setPlainText(self.shown_caption)

    def typed_caption(self) -> str:
        return self.caption.toPlainText().strip()

    def caption_edited(self) -> bool:
        return self.typed_caption() != self.shown_caption.strip()
