"""The window's actions and menus, from two tables: each action's text, what it calls,
its shortcut and object name; each menu's title and actions. Their words are the
window's (the ``MainWindow`` translation context), as are the actions (``window.act_*``).
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from observer_desktop.ui.main_window.audit_page import AuditPage
    from observer_desktop.ui.main_window.window import MainWindow

CONTEXT = "MainWindow"


class ActionSpec(NamedTuple):
    attr: str  # the window's attribute: window.act_new
    text: str  # English, marked for the MainWindow context
    slot: str  # what it calls, from the window: "show_list", "dialogs.new_audit"
    shortcut: str | QKeySequence.StandardKey | None = None
    name: str = ""  # object name: tests and the shortcut check find it by this


ACTIONS = (
    ActionSpec(
        "act_new",
        QT_TRANSLATE_NOOP("MainWindow", "&New audit…"),
        "dialogs.new_audit",
        "Ctrl+N",
        "actNew",
    ),
    ActionSpec(
        "act_verify",
        QT_TRANSLATE_NOOP("MainWindow", "&Verify a PDF report…"),
        "dialogs.choose_pdf_to_verify",
        "Ctrl+O",
        "actVerify",
    ),
    ActionSpec(
        "act_settings",
        QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
        "dialogs.open_settings",
        "Ctrl+,",
        "actSettings",
    ),
    ActionSpec(
        "act_quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", QKeySequence.StandardKey.Quit
    ),
    ActionSpec(
        "act_list", QT_TRANSLATE_NOOP("MainWindow", "&Audits"), "show_list", "Ctrl+1", "actShowList"
    ),
    ActionSpec(
        "act_participation",
        QT_TRANSLATE_NOOP("MainWindow", "&Participation"),
        "show_participation",
        "Ctrl+2",
        "actParticipation",
    ),
    ActionSpec(
        "act_agenda",
        QT_TRANSLATE_NOOP("MainWindow", "A&genda"),
        "show_agenda",
        "Ctrl+3",
        "actAgenda",
    ),
    ActionSpec(
        "act_search",
        QT_TRANSLATE_NOOP("MainWindow", "&Search audits"),
        "focus_search",
        QKeySequence.StandardKey.Find,
        "actSearch",
    ),
    ActionSpec(
        "act_refresh",
        QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
        "refresh",
        QKeySequence.StandardKey.Refresh,
        "actRefresh",
    ),
    ActionSpec(
        "act_back", QT_TRANSLATE_NOOP("MainWindow", "&Back to the list"), "show_list", "Alt+Left"
    ),
    ActionSpec(
        "act_open", QT_TRANSLATE_NOOP("MainWindow", "&Open selected audit"), "open_selected"
    ),
    ActionSpec(
        "act_add_evidence",
        QT_TRANSLATE_NOOP("MainWindow", "Add &evidence…"),
        "add_evidence",
        "Ctrl+E",
        "actAddEvidence",
    ),
    ActionSpec(
        "act_report",
        QT_TRANSLATE_NOOP("MainWindow", "Signed &report…"),
        "open_report",
        "Ctrl+P",
        "actReport",
    ),
    ActionSpec(
        "act_import_package",
        QT_TRANSLATE_NOOP("MainWindow", "&Import audit package…"),
        "files.choose_package_to_import",
        "Ctrl+Shift+I",
        "actImportPackage",
    ),
    ActionSpec(
        "act_export_package",
        QT_TRANSLATE_NOOP("MainWindow", "E&xport audit package…"),
        "export_package",
        "Ctrl+Shift+X",
        "actExportPackage",
    ),
    ActionSpec(
        "act_about", QT_TRANSLATE_NOOP("MainWindow", "&About Observador"), "dialogs.about", "F1"
    ),
)
# only for an open audit (the window enables them for a draft, or one with a report)
DISABLED_AT_START = ("act_add_evidence", "act_report")

SEPARATOR = None
EDITOR_ACTIONS = "editor actions"  # a separator: the open audit's editor puts its own above
SYNC_ACTIONS = "sync actions"  # the sync controller fills the menu (ui/sync/controller.py)

# (the window's attribute for the menu or "", its title, what it holds)
MENUS = (
    (
        "",
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "act_new",
            "act_verify",
            "act_import_package",
            SEPARATOR,
            "act_settings",
            SEPARATOR,
            "act_quit",
        ),
    ),
    (
        "audit_menu",
        QT_TRANSLATE_NOOP("MainWindow", "A&udit"),
        (
            "act_open",
            "act_add_evidence",
            "act_report",
            "act_export_package",
            SEPARATOR,
            EDITOR_ACTIONS,
            "act_back",
        ),
    ),
    (
        "",
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        ("act_list", "act_participation", "act_agenda", SEPARATOR, "act_search", "act_refresh"),
    ),
    ("sync_menu", QT_TRANSLATE_NOOP("MainWindow", "&Sending"), SYNC_ACTIONS),
    ("", QT_TRANSLATE_NOOP("MainWindow", "He&lp"), ("act_about",)),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def build_actions(window: MainWindow) -> None:
    """Every action of ``ACTIONS`` as ``window.<attr>``, added to the window: its shortcut
    works wherever the focus is in the window."""
    for spec in ACTIONS:
        action = QAction(_tr(spec.text), window)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.name:
            action.setObjectName(spec.name)
        action.triggered.connect(attrgetter(spec.slot)(window))
        window.addAction(action)
        setattr(window, spec.attr, action)
    for attr in DISABLED_AT_START:
        getattr(window, attr).setEnabled(False)


def build_menus(window: MainWindow) -> None:
    """The menu bar from ``MENUS``; ``window.audit_menu``, ``window.sync_menu`` and
    ``window.editor_actions_anchor`` for what is added later."""
    bar = window.menuBar()
    for attr, title, items in MENUS:
        menu = bar.addMenu(_tr(title))
        if attr:
            setattr(window, attr, menu)
        if items == SYNC_ACTIONS:
            window.sync.fill_menu(menu)
            continue
        for item in items:
            if item is SEPARATOR:
                menu.addSeparator()
            elif item == EDITOR_ACTIONS:
                window.editor_actions_anchor = menu.addSeparator()
            else:
                menu.addAction(getattr(window, item))


def add_audit_page_actions(window: MainWindow, page: AuditPage) -> None:
    """The audit page's own actions in the Audit menu: the editor's (next/previous question,
    finalize…), which enable themselves and act while the focus is inside the editor, and
    the evidence panel's in a submenu."""
    editor, evidence = page.editor, page.evidence
    for action in editor.actions():
        window.audit_menu.insertAction(window.editor_actions_anchor, action)
    evidence_menu = window.audit_menu.addMenu(QCoreApplication.translate("MainWindow", "E&vidence"))
    for action in evidence.evidence_actions():
        if action is not evidence.action_add:  # the window's Ctrl+E triggers it
            evidence_menu.addAction(action)
