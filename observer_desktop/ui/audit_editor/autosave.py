"""Autosave: every answer and note is saved as it is typed, without overwriting a change
made elsewhere.

Choices are saved at once, text 500 ms after typing stops or when the field loses the
focus. Each save is one operation on the single database thread (so saves keep their
order, ``TaskRunner.run_op``): the service's write evaluates the audit once, to raise
and withdraw red flags, and the :class:`AuditChange` it returns carries that evaluation;
the editor is shown from it in place (``services.audit_view.change_view``) without a
second evaluation, and the change signal tells the other views.
:meth:`Autosave.flush` sends pending saves at once. Each write says what it replaces
(``expected=``): when the stored value changed elsewhere meanwhile, nothing is written
and the message under the question says what is stored. :meth:`Autosave.submit` is also
how the other parts of the editor change the audit (items, findings, finalize).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from observer_desktop.core.errors import ChangedElsewhereError, InputError, ObserverError
from observer_desktop.services.audit_view import change_view
from observer_desktop.services.changes import AuditChange
from observer_desktop.ui.audit_editor.common import EditorPart, Key, is_header, question_title
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import alive

if TYPE_CHECKING:
    from observer_desktop.ui.question_widgets import QuestionWidget

__all__ = ["DEBOUNCE_MS", "Autosave"]

DEBOUNCE_MS = 500


def _guarded(stored: dict, key: tuple, value: Any, write: Callable[..., Any]) -> AuditChange:
    """Write ``value`` expecting what ``stored`` says the database holds (runs on the
    database thread, in order). The database's answer updates ``stored``: the new value
    after a write, the other value after a refusal (ChangedElsewhereError)."""
    try:
        change = write(expected=stored.get(key))
    except ChangedElsewhereError as exc:
        stored[key] = exc.current
        raise
    stored[key] = value
    return change


class Autosave(EditorPart):
    """The editor's saves: debounce timers, what is saved and stored, errors, in flight.

    Keys of the maps: ``(kind, question id, item)`` with kind ``"answer"``, ``"header"``
    or ``"note"``; :attr:`errors` is keyed by the question's ``(id, item)``.
    """

    def __init__(self, editor: Any):
        super().__init__(editor)
        self.pending: dict[tuple, QTimer] = {}
        self._pending_fns: dict[tuple, Callable[[], None]] = {}
        self.saved: dict[tuple, Any] = {}  # what the fields showed when last saved
        # what the database holds for each answer and note, as far as this editor knows:
        # set when the audit is read, and by each save job on the database thread after
        # its write (so a job queued behind a failed one expects what is really stored)
        self.stored: dict[tuple, Any] = {}
        self.refused: dict[tuple, Any] = {}  # a value refused because of a change elsewhere
        self.errors: dict[Key, str] = {}
        self.inflight = 0
        self.last_saved: _dt.datetime | None = None

    # ------------------------------------------------------------ an audit opens

    def clear(self) -> None:
        """Forget the audit shown (its pending saves were flushed before)."""
        for timer in self.pending.values():
            timer.stop()
            timer.deleteLater()
        self.pending.clear()
        self._pending_fns.clear()
        self.saved.clear()
        self.errors.clear()

    def learn(self, answers: dict[Key, dict]) -> None:
        """What the newly read audit holds is both saved and stored. New maps: the jobs
        still queued for the audit shown before update theirs."""
        checklist = self.editor.checklist
        self.stored = {}
        self.refused = {}
        for key, answer in answers.items():
            kind = "header" if is_header(checklist, key[0]) else "answer"
            self.saved[(kind, *key)] = answer["value"]
            self.saved[("note", *key)] = answer["note"]
            self.stored[(kind, *key)] = answer["value"]
            self.stored[("note", *key)] = answer["note"]

    @staticmethod
    def learn_moved_items(stored: dict, group: set[str], answers: dict[Key, dict]) -> None:
        """(Database thread.) A repeat item was removed and those after it moved up: what
        is stored for the questions of ``group`` now, before any later save runs."""
        for key in [k for k in stored if k[1] in group]:
            del stored[key]
        for (qid, item), answer in answers.items():
            if qid in group:
                stored[("answer", qid, item)] = answer["value"]
                stored[("note", qid, item)] = answer["note"]

    def relearn_items(self, group: set[str], answers: dict[Key, dict]) -> None:
        """The same on this side: the moved items' fields show what is saved."""
        for key in [k for k in self.saved if k[0] in ("answer", "note")]:
            if key[1] in group:
                self.saved.pop(key, None)
        for (qid, item), answer in answers.items():
            if qid in group:
                self.saved[("answer", qid, item)] = answer["value"]
                self.saved[("note", qid, item)] = answer["note"]

    # ------------------------------------------------------------ debounce

    def has_pending(self) -> bool:
        return bool(self.pending) or self.inflight > 0

    def answer_edited(self, qw: QuestionWidget) -> None:
        key = ("answer", *qw.key)
        self.schedule(key, lambda w=qw: self.save_answer(w, quiet=True))

    def note_edited(self, qw: QuestionWidget) -> None:
        self.schedule(("note", *qw.key), lambda w=qw: self.save_note(w))

    def schedule(self, key: tuple, fn: Callable[[], None]) -> None:
        if self.editor.read_only:
            return
        timer = self.pending.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda k=key: self.fire(k))
            self.pending[key] = timer
        self._pending_fns[key] = fn
        timer.start()
        self.update_indicator()

    def fire(self, key: tuple) -> None:
        timer = self.pending.pop(key, None)
        fn = self._pending_fns.pop(key, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        if fn is not None:
            fn()
        self.update_indicator()

    def cancel_pending(self, key: tuple) -> None:
        timer = self.pending.pop(key, None)
        self._pending_fns.pop(key, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()

    def flush(self) -> None:
        """Send every pending (debounced) save now, in the order they were typed."""
        for key in list(self.pending):
            self.fire(key)

    # ------------------------------------------------------------ answers and notes

    def save_answer(self, qw: QuestionWidget, *, quiet: bool) -> None:
        """Save what ``qw`` shows. ``quiet``: typing paused; a half-typed value waits."""
        editor = self.editor
        if editor.read_only or not alive(qw) or not editor.audit_id:
            return
        qid, item = qw.key
        header = qw.question.is_header
        kind = "header" if header else "answer"
        save_key = (kind, qid, item)
        self.cancel_pending(("answer", qid, item))
        self.flush()  # what was typed before goes first
        try:
            value = qw.value()
        except InputError as exc:  # the engine's ValueRejected: a Spanish message
            if quiet:
                return
            self.set_error((qid, item), str(exc))
            return
        if self._still_refused(save_key, value):
            return
        if save_key in self.saved and self.saved[save_key] == value:
            self.set_error((qid, item), None)
            return
        audit_id = editor.audit_id
        if header:
            self._write(save_key, "value", value, lambda app, **kw: app.set_header(
                audit_id, {qid: value}, expected={qid: kw["expected"]}
            ))  # fmt: skip
        else:
            self._write(save_key, "value", value, lambda app, **kw: app.set_answer(
                audit_id, qid, value, item=item, **kw
            ))  # fmt: skip

    def save_note(self, qw: QuestionWidget) -> None:
        editor = self.editor
        if editor.read_only or not alive(qw) or not editor.audit_id or qw.note_edit is None:
            return
        qid, item = qw.key
        save_key = ("note", qid, item)
        self.cancel_pending(save_key)
        self.flush()
        note = qw.note()
        if self._still_refused(save_key, note):
            return
        if self.saved.get(save_key) == note:
            return
        audit_id = editor.audit_id
        self._write(save_key, "note", note, lambda app, **kw: app.set_note(
            audit_id, qid, note, item=item, **kw
        ))  # fmt: skip

    def _write(
        self, save_key: tuple, field: str, value: Any, write: Callable[..., AuditChange]
    ) -> None:
        """Save ``value`` (an answer's ``field``: value or note) with ``write(app,
        expected=…)``, saying what this editor believes is stored — decided on the database
        thread, so a save queued behind a failed one expects the truth."""
        _kind, qid, item = save_key
        self.saved[save_key] = value
        self.editor.answers.setdefault((qid, item), {"value": None, "note": None})[field] = value
        stored = self.stored

        def job(app: Any) -> AuditChange:
            return _guarded(stored, save_key, value, lambda **kw: write(app, **kw))

        self.submit(
            job,
            save_key=save_key,
            error_key=(qid, item),
            on_error=lambda exc, _tb: self._changed_elsewhere(save_key, value, exc),
        )

    def _still_refused(self, save_key: tuple, value: Any) -> bool:
        """True while the field still holds a value refused for a change elsewhere (focus
        left, say): it is not saved again and the message stays. A new value clears it."""
        if save_key not in self.refused:
            return False
        if self.refused[save_key] == value:
            return True
        del self.refused[save_key]  # the observer changed it after reading the message
        return False

    def _changed_elsewhere(self, save_key: tuple, refused: Any, exc: BaseException) -> bool:
        """Another window or the command line changed the value meanwhile: nothing was
        written. The refused value is not saved again (leaving the field would do that)
        until the observer changes it after reading the message; the message under the
        question says what is stored (returns False: the default message shows)."""
        if isinstance(exc, ChangedElsewhereError):
            self.saved[save_key] = exc.current
            self.refused[save_key] = refused
        return False

    # ------------------------------------------------------------ any change

    def submit(
        self,
        job: Callable[[Any], Any],
        *,
        change: Callable[[str, Any], AuditChange] | None = None,
        save_key: tuple | None = None,
        error_key: Key | None = None,
        after: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], bool] | None = None,
    ) -> None:
        """Run ``job(app)`` as an operation on the database thread, then show its change.

        ``job`` returns the service's :class:`AuditChange`, or ``change(audit_id,
        result)`` says what it changed. ``after(result)`` runs on success with what
        ``job`` returned; ``on_error`` may handle a failure itself (return True) instead
        of the default message.
        """
        editor = self.editor
        backend = editor.backend
        audit_id = editor.audit_id
        generation = editor.generation
        self.inflight += 1
        self.update_indicator()

        def work() -> dict:
            app = backend.app()
            result = job(app)
            made = result if change is None else change(audit_id, result)
            return {"result": result, "change": made, "view": change_view(app, made)}

        editor.tasks.run_op(work, initiator=editor, change=lambda out: out["change"]).success(
            lambda out: self._done(out, generation=generation, error_key=error_key, after=after)
        ).failure(
            lambda exc, tb: self._failed(
                exc,
                tb,
                generation=generation,
                save_key=save_key,
                error_key=error_key,
                on_error=on_error,
            )
        )

    def _done(
        self,
        out: dict,
        *,
        generation: int,
        error_key: Key | None,
        after: Callable[[Any], None] | None,
    ) -> None:
        if not alive(self):
            return
        self.inflight -= 1
        self.last_saved = _dt.datetime.now()
        editor = self.editor
        if generation == editor.generation:
            if error_key is not None:
                self.set_error(error_key, None)
            if out["view"]:  # {}: the write changed nothing
                editor.apply_state(out["view"])
            if after is not None:
                after(out["result"])
        self.update_indicator()

    def _failed(
        self,
        exc: BaseException,
        tb: str,
        *,
        generation: int,
        save_key: tuple | None,
        error_key: Key | None,
        on_error: Callable[[BaseException, str], bool] | None,
    ) -> None:
        if not alive(self):
            return
        self.inflight -= 1
        if save_key is not None:
            self.saved.pop(save_key, None)  # unknown now: the next edit retries
        handled = on_error is not None and on_error(exc, tb)
        if not handled:
            if (
                isinstance(exc, ObserverError)
                and error_key is not None
                and generation == self.editor.generation
            ):
                self.set_error(error_key, str(exc))  # under the question
            else:  # unexpected, or about an audit no longer shown: never silent
                show_error(self.editor, exc, tb)
        self.update_indicator()

    # ------------------------------------------------------------ what the observer sees

    def set_error(self, key: Key, message: str | None) -> None:
        if message:
            self.errors[key] = message
        else:
            self.errors.pop(key, None)
        qw = self.editor.section_pages.widgets.get(key)
        if alive(qw):
            qw.set_error(message)
        self.update_indicator()

    def update_indicator(self) -> None:
        editor = self.editor
        if editor.is_loading:
            return
        if self.pending or self.inflight:
            text, style, tip = self.tr("Saving…"), "color: #555;", ""
        elif self.errors:
            first = next(iter(self.errors))
            where = question_title(editor.checklist, *first, editor.lang)
            text = self.tr("Not saved: %1").replace("%1", where)
            style, tip = "color: #b3261e; font-weight: bold;", self.errors[first]
        elif self.last_saved is not None:
            text = self.tr("Saved %1").replace("%1", self.last_saved.strftime("%H:%M"))
            style, tip = "color: #1e6b30;", self.tr("Every change is saved as you type.")
        elif editor.read_only:
            text, style, tip = self.tr("Read only"), "color: #555;", ""
        else:
            text, style = self.tr("Changes are saved automatically"), "color: #555;"
            tip = ""
        editor.save_indicator.setText(text)
        editor.save_indicator.setStyleSheet(style)
        editor.save_indicator.setToolTip(tip)
