"""What every page of the first-run assistant shares: its texts follow the language, and
it reaches the assistant that holds the state, the backend and the task runner."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage

if TYPE_CHECKING:
    from observer_desktop.ui.wizard.assistant import FirstRunWizard


class AssistantPage(QWizardPage):
    """A page of :class:`FirstRunWizard` (which imports the pages, hence no import back)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def joined(self) -> bool:
        """Whether the page is in the assistant yet (not while the assistant builds it)."""
        return self.wizard() is not None

    def owner(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert wizard is not None, "the page is not in the assistant yet"
        return cast("FirstRunWizard", wizard)
