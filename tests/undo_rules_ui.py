"""Verbs of the undo state machine that go through the widgets the way a user does: typing a card into a
board cell, and typing into a specification section (one focus, a pause, more typing: the field binder's
commits of that focus merge into one undo step)."""

from __future__ import annotations

from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from undo_strategies import pick, scores, titles, verb

from consultdesk.domain.spec_sections import SectionKey

WORDS = st.sampled_from(["scope", " 范围", " second line", "ok"])


def type_into(editor: QPlainTextEdit, text: str) -> None:
    """Keys for Latin text; Chinese arrives the way an input method commits it (QTest has no keys for it)."""
    if text.isascii():
        QTest.keyClicks(editor, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def open_editors(window) -> list:
    from PySide6.QtWidgets import QDialog

    return [d for d in window.findChildren(QDialog, "requirementEditor") if d.isVisible()]


class UiRules:
    @verb("requirements", lambda self: self._has("requirements"), n=pick)
    def open_requirement_editor(self, n: int) -> None:
        """The editor window stays open while later steps, undos and redos change (or delete) its requirement."""
        requirement = self._one("requirements", n)
        (engagement,) = self.conn.execute(
            "select engagement_id from requirements where id = ?", (requirement,)).fetchone()
        self._select(engagement, True)
        page = self._page("board")
        self.window.tabs.setCurrentWidget(page)
        page.open_requirement(requirement)

    @verb("requirements", lambda self: bool(open_editors(self.window)), n=pick,
          text=st.sampled_from(["Login", " v2", ""]), field=st.sampled_from(["reqTitle", "reqDescription"]))
    def type_in_requirement_editor(self, n: int, text: str, field: str) -> None:
        editors = open_editors(self.window)
        editor = editors[n % len(editors)]
        widget = getattr(editor.form, field)

        def type_text(page) -> None:
            if not text:  # select all and delete: a title may not be emptied, the description may
                widget.selectAll()
                QTest.keyClick(widget, Qt.Key.Key_Delete)
            else:
                QTest.keyClicks(widget, text)
            editor.flush()  # the pause in typing: stored

        self._op("board", type_text)

    @verb("requirements", lambda self: self._has("engagements"), n=pick, title=titles, value=scores, urgency=scores)
    def type_card_in_cell(self, n: int, title: str, value: int, urgency: int) -> None:
        engagement = self._one("engagements", n)
        self._select(engagement, True)
        self._op("board", lambda page: page.create_in_cell(value, urgency, title))

    @verb("spec_sections", lambda self: self._has("engagements"), n=pick, key=st.sampled_from(list(SectionKey)),
          first=WORDS, then=WORDS)
    def type_in_section(self, n: int, key: SectionKey, first: str, then: str) -> None:
        engagement = self._one("engagements", n)
        self._select(engagement, True)

        def type_text(page) -> None:
            editor = page.findChild(QPlainTextEdit, f"section-{key.value}")
            sections = editor.parentWidget()
            while not hasattr(sections, "show_section"):
                sections = sections.parentWidget()
            sections.show_section(key)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            QApplication.sendEvent(editor, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.MouseFocusReason))
            type_into(editor, first)
            sections.flush()  # the pause in typing: stored, the same session goes on
            type_into(editor, then)
            QApplication.sendEvent(editor, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
            sections.flush()

        self._op("specs", type_text)
