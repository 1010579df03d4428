"""The main window: composes its pages (the list of audits, the audit, participation), the
menus, the status bar, the server check, the sync and the dialogs; follows the one change
signal; opens and shows the pages. Nothing here touches the database or files on the UI
thread: see ``docs/ui.md``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from observer_desktop.services import settings as settings_service
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.main_window.audit_page import AuditPage
from observer_desktop.ui.main_window.dialogs import WindowDialogs
from observer_desktop.ui.main_window.list_page import AuditListPage
from observer_desktop.ui.main_window.menus import (
    add_audit_page_actions,
    build_actions,
    build_menus,
)
from observer_desktop.ui.main_window.server_check import ServerCheck
from observer_desktop.ui.main_window.status_bar import WindowStatusBar
from observer_desktop.ui.models import UNSENT_STATUSES
from observer_desktop.ui.open_files import FileOpener
from observer_desktop.ui.sync.controller import SyncController
from observer_desktop.ui.tasks import TaskRunner

PAGE_LIST, PAGE_AUDIT, PAGE_PARTICIPATION, PAGE_AGENDA = range(4)
MAX_FILES_OPENED_AT_ONCE = 5  # dropped on the list: each opens a dialog


class MainWindow(QMainWindow):
    """The observer's window. ``language_changed`` asks ``main`` to rebuild it."""

    language_changed = Signal(str)

    def __init__(self, backend: Backend, tasks: TaskRunner, *, first_run_check: bool = True):
        super().__init__()
        self.backend = backend
        self.tasks = tasks
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Observador — Citizen audits"))
        self.setAcceptDrops(True)
        self._generation = 0  # of the list's queries: only the newest is shown
        self._open_audit: dict | None = None
        self.unsent = 0
        self._build_pages()

        # sync with the OIC (ui/sync/): its menu, status bar part and background runs
        self.sync = SyncController(backend, tasks, self)
        self.files = FileOpener(self, backend, tasks)  # dropped files, packages
        self.files.imported.connect(self.open_audit)
        self.dialogs = WindowDialogs(backend, tasks, self)
        self.files.verify_requested.connect(self.dialogs.verify_pdf)
        # what any view changed (ui/changes.py): the list, counts and the open audit follow
        tasks.changes.changed.connect(self._changed)
        build_actions(self)  # window.act_* (menus.py)
        build_menus(self)
        self._build_status_bar()
        self._follow_the_list()
        self.server = ServerCheck(self.sync, self)
        self.network = self.server.network
        self.server.state_changed.connect(self._show_server_state)
        self._follow_the_dialogs()
        self._follow_the_sync()

        self._restore_geometry()
        self.refresh()
        self._load_app_state(first_run_check)

    def _build_pages(self) -> None:
        self.stack = QStackedWidget(self)
        self.list_page = AuditListPage(self)
        self.model = self.list_page.model  # the tests' and the bench's handle
        self.search = self.list_page.search
        self.status_filter = self.list_page.status_filter
        self.stack.addWidget(self.list_page)
        self.audit_page: AuditPage | None = None
        self.participation = None
        self.stack.addWidget(QWidget(self))  # audit page, built on first use
        self.stack.addWidget(QWidget(self))  # participation page, built on first use
        self.agenda = None
        self.stack.addWidget(QWidget(self))  # agenda page, built on first use
        self.setCentralWidget(self.stack)
        self.stack.currentChanged.connect(self._page_changed)

    def _build_status_bar(self) -> None:
        self.status_bar = WindowStatusBar(self.sync, self)
        self.setStatusBar(self.status_bar)
        # the parts the tests read from the window
        self.counts_label = self.status_bar.counts_label
        self.unsent_label = self.status_bar.unsent_label
        self.server_label = self.status_bar.server_label
        self.flash_label = self.status_bar.flash_label
        self.sync_status = self.status_bar.sync_status

    def _follow_the_list(self) -> None:
        """Filters refresh the list; typing (text, dates) after a pause of 150 ms."""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        lp = self.list_page
        lp.search.textChanged.connect(self._debounce.start)
        lp.status_filter.currentIndexChanged.connect(self.refresh)
        lp.form_filter.currentIndexChanged.connect(self.refresh)
        lp.date_check.toggled.connect(self.refresh)
        lp.date_from.dateChanged.connect(self._debounce.start)
        lp.date_to.dateChanged.connect(self._debounce.start)
        lp.open_requested.connect(self.open_audit)
        lp.new_requested.connect(self.dialogs.new_audit)

    def _follow_the_dialogs(self) -> None:
        self.dialogs.audit_created.connect(self.open_audit)  # the list follows the change signal
        self.dialogs.language_changed.connect(self.language_changed)
        self.dialogs.settings_closed.connect(self._reload_app_state)
        self.dialogs.settings_closed.connect(self.sync.refresh_status)  # sync.auto may change
        self.dialogs.setup_completed.connect(self._reload_app_state)

    def _follow_the_sync(self) -> None:
        self.sync.check_requested.connect(self.server.check)
        self.sync.sync_finished.connect(self._synced)
        self.sync.open_audit_requested.connect(self.open_audit)
        self.sync.logged_in.connect(self._reload_app_state)  # a new address
        self.sync.logged_out.connect(self._reload_app_state)
        self.sync.message.connect(lambda text: self.flash(text, 10000))

    def flash(self, text: str, msecs: int = 10000) -> None:
        """A passing message beside the counters, gone after ``msecs``."""
        self.status_bar.flash(text, msecs)

    # ------------------------------------------------------------- the server

    @property
    def server_url(self) -> str | None:
        return self.server.url

    @server_url.setter
    def server_url(self, url: str | None) -> None:
        self.server.url = url

    @property
    def server_state(self) -> str:
        return self.server.state

    @server_state.setter
    def server_state(self, state: str) -> None:
        self.server.state = state

    def check_server(self) -> None:
        self.server.check()

    def _show_server_state(self) -> None:
        self.status_bar.show_server_state(self.server.state, self.server.url)

    def _synced(self, outcome: Any) -> None:
        """A sync ended: what it learnt about the server. (The audits it delivered or saw
        reviewed reach the list and the editor by the change signal, ui/changes.py.)"""
        self.server.learn(outcome)

    # ------------------------------------------------------------- list

    def refresh(self) -> None:
        """The list again with the page's filters, and its counts."""
        self._generation += 1
        generation = self._generation
        filters = self.list_page.filters()
        self.status_bar.show_loading()

        def loaded(result: dict) -> None:
            if generation != self._generation:
                return  # an older query finished after a newer one was asked for
            self._show_listed(result)

        self.tasks.run(
            lambda: self.backend.load_audits(**filters),
            on_success=loaded,
            on_failure=self.show_error,
        )

    def _show_listed(self, result: dict) -> None:
        self.list_page.show_rows(result)
        counts = result["counts"]
        self.status_bar.show_counts(len(result["rows"]), counts)
        self.unsent = sum(counts.get(k, 0) for k in UNSENT_STATUSES)
        self.status_bar.show_unsent(self.unsent)
        self.sync.unsent_changed(self.unsent)
        if result["problems"]:
            self.flash(
                self.tr("%1 checklist file(s) have errors and were not loaded").replace(
                    "%1", str(len(result["problems"]))
                ),
                10000,
            )

    def focus_search(self) -> None:
        self.show_list()
        self.list_page.search.setFocus()
        self.list_page.search.selectAll()

    def open_selected(self) -> None:
        audit_id = self.list_page.selected_audit()
        if audit_id:
            self.open_audit(audit_id)

    # ------------------------------------------------------------- pages

    def _ensure_audit_page(self) -> AuditPage:
        if self.audit_page is None:
            page = AuditPage(self.backend, self.tasks, self)
            old = self.stack.widget(PAGE_AUDIT)
            self.stack.insertWidget(PAGE_AUDIT, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            page.back_button.clicked.connect(self.show_list)
            editor = page.editor
            editor.new_version_created.connect(self.open_audit)  # the list follows the signal
            editor.request_evidence.connect(self._evidence_for_question)
            editor.request_report.connect(lambda _id: self.open_report())
            add_audit_page_actions(self, page)
            self.audit_page = page
        return self.audit_page

    def open_audit(self, audit_id: str) -> None:
        page = self._ensure_audit_page()
        self.stack.setCurrentIndex(PAGE_AUDIT)
        page.editor.open_audit(audit_id)
        self._show_open_audit(audit_id)

    def _show_open_audit(self, audit_id: str) -> None:
        """What the window offers for the open audit: evidence, report, title."""
        page = self._ensure_audit_page()

        def loaded(audit: dict) -> None:
            self._open_audit = audit
            editable = audit["status"] == "draft"
            page.evidence.set_audit(audit["id"], editable)
            self.act_add_evidence.setEnabled(editable)
            self.act_report.setEnabled(audit["status"] != "draft")
            self.backend.settings().setValue("last_audit", audit["id"])
            self.setWindowTitle(
                self.tr("Observador — %1").replace("%1", audit.get("title") or audit["id"][:8])
            )

        self.tasks.run(
            lambda: self.backend.app().resolve_audit(audit_id),
            on_success=loaded,
            on_failure=self.show_error,
        )

    def _flush_open_audit(self) -> None:
        """The last answer typed is saved before the audit page is left or exported."""
        if self.audit_page is not None and self.stack.currentIndex() == PAGE_AUDIT:
            self.audit_page.editor.flush()

    def show_list(self) -> None:
        self._flush_open_audit()
        self.stack.setCurrentIndex(PAGE_LIST)
        self.act_add_evidence.setEnabled(False)
        self.act_report.setEnabled(False)
        self.setWindowTitle(self.tr("Observador — Citizen audits"))
        self.backend.settings().remove("last_audit")
        self.refresh()
        if self._open_audit:
            self.list_page.select_audit(self._open_audit["id"])
        self._open_audit = None
        self.list_page.table.setFocus()

    def _page_changed(self, index: int) -> None:
        self.counts_label.setVisible(index == PAGE_LIST)
        if index == PAGE_PARTICIPATION:
            self.setWindowTitle(self.tr("Observador — Participation"))
        elif index == PAGE_AGENDA:
            self.setWindowTitle(self.tr("Observador — Agenda"))

    def show_participation(self) -> None:
        if self.participation is None:
            from observer_desktop.ui.participation.page import ParticipationPage

            self.participation = ParticipationPage(self.backend, self.tasks, self)
            self.participation.status_message.connect(lambda text: self.flash(text, 8000))
            old = self.stack.widget(PAGE_PARTICIPATION)
            self.stack.insertWidget(PAGE_PARTICIPATION, self.participation)
            self.stack.removeWidget(old)
            old.deleteLater()
        self._flush_open_audit()
        self.stack.setCurrentIndex(PAGE_PARTICIPATION)
        self.participation.reload()

    def show_agenda(self) -> None:
        if self.agenda is None:
            from observer_desktop.ui.agenda.page import AgendaPage

            self.agenda = AgendaPage(self.backend, self.tasks, self)
            self.agenda.status_message.connect(lambda text: self.flash(text, 8000))
            self.agenda.open_audit_requested.connect(self.open_audit)
            old = self.stack.widget(PAGE_AGENDA)
            self.stack.insertWidget(PAGE_AGENDA, self.agenda)
            self.stack.removeWidget(old)
            old.deleteLater()
        self._flush_open_audit()
        self.stack.setCurrentIndex(PAGE_AGENDA)
        self.agenda.reload()

    def _changed(self, change: AuditChange, _initiator: object) -> None:
        """Any view changed data: the list and counts follow (debounced: not a query per
        keystroke); a new status of the open audit changes what the window offers."""
        if change.listed:
            self._debounce.start()
        shown = self._open_audit["id"] if self._open_audit else None
        if change.status and shown in change.touched:
            self._show_open_audit(shown)

    def _evidence_for_question(self, question_id: str, item: Any = None) -> None:
        if self.audit_page is None:
            return
        if not self.act_add_evidence.isEnabled():  # a closed audit: its evidence is beside it
            self.audit_page.evidence.view.setFocus()
            self.flash(
                self.tr("This audit is closed: its evidence is in the panel on the right."), 8000
            )
            return
        self.audit_page.evidence.choose_files(  # in the folder used last, as "Add evidence"
            question_id=question_id, item=item, title=self.tr("Evidence for this question")
        )

    # ------------------------------------------------------------- the open audit's actions

    def add_evidence(self) -> None:
        if self.audit_page is not None and self.stack.currentIndex() == PAGE_AUDIT:
            self.audit_page.evidence.action_add.trigger()

    def open_report(self) -> None:
        if not self._open_audit or self._open_audit["status"] == "draft":
            return
        self.dialogs.open_report(self._open_audit["id"])

    def export_package(self) -> None:
        """The open audit, or the one selected in the list, as a package file."""
        if self.stack.currentIndex() == PAGE_AUDIT and self._open_audit:
            audit_id = self._open_audit["id"]
        elif self.stack.currentIndex() == PAGE_LIST:
            audit_id = self.list_page.selected_audit()
        else:
            audit_id = None
        if not audit_id:
            self.flash(self.tr("Select an audit in the list (or open one) to export it."), 8000)
            return
        self._flush_open_audit()  # the last answer typed goes in the package
        self.tasks.run(
            lambda: self.backend.app().resolve_audit(audit_id),
            on_success=self.files.choose_export_target,
            on_failure=self.show_error,
        )

    def show_error(self, exc: BaseException, details: str) -> None:
        self.status_bar.clear_counts()
        show_error(self, exc, details)

    # ------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        on_audit = self.stack.currentIndex() == PAGE_AUDIT and self.act_add_evidence.isEnabled()
        if on_audit and self.audit_page is not None:
            # an open draft takes the files as evidence (PDFs too: scans, contracts)
            self.audit_page.evidence.add_files(paths)
        elif paths:
            # elsewhere, as a double-click would: a PDF is verified, a package imported
            self.files.open_paths(paths[:MAX_FILES_OPENED_AT_ONCE])
        event.acceptProposedAction()

    # ------------------------------------------------------------- state

    def _reload_app_state(self, *_: object) -> None:
        """The profile or the server's address may have changed (settings, first run,
        sync login or logout)."""
        self._load_app_state(False)

    def _load_app_state(self, first_run_check: bool) -> None:
        def loaded(state: dict) -> None:
            self.server.url = state["server_url"]
            self.server.check()
            if first_run_check and state["profile"] is None:
                self.dialogs.run_first_run()
            elif first_run_check and state["last_audit"]:
                self.open_audit(state["last_audit"])

        last = self.backend.settings().value("last_audit")

        def read() -> dict:
            app = self.backend.app()
            last_ok = None
            if last:
                try:
                    last_ok = app.resolve_audit(str(last))["id"]
                except Exception:  # deleted or another folder: start on the list
                    last_ok = None
            return {
                "profile": app.profile(),
                "server_url": settings_service.server_url(app),
                "last_audit": last_ok,
            }

        self.tasks.run(read, on_success=loaded, on_failure=self.show_error)

    def _restore_geometry(self) -> None:
        geometry = self.backend.settings().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() <= 1440:
            # a small laptop: use it all. Sized first: without a window manager (a kiosk, a
            # bare X session) "maximized" is only a wish and the window stayed 686×326
            self.setGeometry(screen)
            self.setWindowState(Qt.WindowState.WindowMaximized)
        elif screen is not None:
            self.resize(
                min(1400, int(screen.width() * 0.85)), min(900, int(screen.height() * 0.85))
            )
        else:
            self.resize(1280, 760)

    def come_forward(self, files: list[str]) -> None:
        """Another start of the app on this data folder: show this window, open its files."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if files:
            self.files.open_paths(files)

    def closeEvent(self, event) -> None:
        if self.audit_page is not None:
            self.audit_page.editor.flush()
            if getattr(self.audit_page.evidence, "import_running", False):
                answer = QMessageBox.question(
                    self,
                    self.tr("Import in progress"),
                    self.tr(
                        "Files are still being added. Stop the import and quit? "
                        "The files already added are kept."
                    ),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
                self.audit_page.evidence.cancel_import()
        self.sync.shutdown()  # stops a run; revokes a token held only in memory
        settings = self.backend.settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.sync()
        super().closeEvent(event)
