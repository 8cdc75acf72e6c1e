"""Every question the app asks the user goes through an Asker, so tests can script the answers.

The GUI uses Asker (real dialogs). Tests pass a ScriptedAsker: it answers from a queue and raises
instead of blocking when a question was not expected, so no test can hang on a modal dialog.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Sequence, cast

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Asker:
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def open_file(self, parent: QWidget | None, title: str, filters: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path or None

    def open_files(self, parent: QWidget | None, title: str, filters: str = "") -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return list(paths)

    def save_file(self, parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str, start: str = "") -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title, start)
        return path or None

    def get_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def choose(self, parent: QWidget | None, title: str, label: str, items: Sequence[str]) -> str | None:
        value, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
        return value if ok else None

    def run_dialog(self, dialog: Any) -> bool:
        """Show a custom QDialog modally; True when accepted."""
        return bool(dialog.exec())


class UnexpectedQuestion(AssertionError):
    pass


class ScriptedAsker(Asker):
    """Answers questions from a queue, in order; records every question asked (for assertions)."""

    def __init__(self, *answers: Any) -> None:
        self.answers: deque[Any] = deque(answers)
        self.asked: list[tuple[str, str, str]] = []

    def queue(self, *answers: Any) -> None:
        self.answers.extend(answers)

    def _next(self, kind: str, title: str, text: str) -> Any:
        self.asked.append((kind, title, text))
        if not self.answers:
            raise UnexpectedQuestion(f"Unscripted {kind}: {title!r} / {text!r}")
        answer = self.answers.popleft()
        return answer(kind, title, text) if callable(answer) else answer

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self._next("confirm", title, text))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("warn", title, text))

    def open_file(self, parent: QWidget | None, title: str, filters: str = "") -> str | None:
        return cast("str | None", self._next("open_file", title, filters))

    def open_files(self, parent: QWidget | None, title: str, filters: str = "") -> list[str]:
        return cast("list[str]", self._next("open_files", title, filters))

    def save_file(self, parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> str | None:
        return cast("str | None", self._next("save_file", title, suggested))

    def choose_folder(self, parent: QWidget | None, title: str, start: str = "") -> str | None:
        return cast("str | None", self._next("choose_folder", title, start))

    def get_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        return cast("str | None", self._next("get_text", title, label))

    def choose(self, parent: QWidget | None, title: str, label: str, items: Sequence[str]) -> str | None:
        return cast("str | None", self._next("choose", title, label))

    def run_dialog(self, dialog: Any) -> bool:
        """The scripted answer is a callable(dialog) -> bool that fills the dialog in, or a bool."""
        self.asked.append(("dialog", dialog.objectName(), dialog.windowTitle()))
        if not self.answers:
            raise UnexpectedQuestion(f"Unscripted dialog {dialog.objectName()!r}")
        answer = self.answers.popleft()
        return bool(answer(dialog) if callable(answer) else answer)
