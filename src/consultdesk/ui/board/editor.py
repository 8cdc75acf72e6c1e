"""The requirement editor: every field of a requirement in one non-modal window (forms/requirement_editor.ui).

There is no Save button: the fields are bound with the shared FieldBinder, which stores through
ops.requirements.update_requirement. Text is stored after a pause in typing and on leaving the field (and
when the window closes), so a burst of typing is one transaction; the commits of one focus of a field are
one undo step, and a later focus of it is a step of its own. Picking in a combo is one step. An empty
title and the operation's refusals are shown inline (nothing stored). Ctrl+Z / Ctrl+Shift+Z in the window undo and redo the
stored edits (the board's undo stack), not just the text of the focused field, so what is shown is always
what is stored. The window follows undo, redo and edits made elsewhere (board, table) through the bus.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.requirements import MAX_SCORE, MIN_SCORE, Requirement, RequirementStatus, RequirementType
from consultdesk.ops.errors import OpError
from consultdesk.ops.requirements import update_requirement
from consultdesk.ui.board.labels import QUADRANT_INKS, quadrant_name, status_name, type_name
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.forms.ui_requirement_editor import Ui_RequirementEditorForm
from consultdesk.ui.tabs import area_title
from consultdesk.ui.undo_actions import REDO_KEYS, UNDO_KEYS, UndoRedoActions

TEXT_FIELDS = {  # QPlainTextEdit
    "description": "reqDescription", "goal": "reqGoal", "current_state": "reqCurrentState",
    "success_criteria": "reqSuccessCriteria", "time_resources": "reqTimeResources", "risks": "reqRisks",
    "acceptance": "reqAcceptance", "notes": "reqNotes",
}
LINE_FIELDS = {  # QLineEdit
    "title": "reqTitle", "source": "reqSource", "tag": "reqTag", "why": "reqWhy", "what": "reqWhat",
    "who": "reqWho", "when": "reqWhen", "where": "reqWhere", "how": "reqHow",
}
CHOICE_FIELDS = {  # QComboBox
    "type": "reqType", "status": "reqStatus", "value": "reqValue", "urgency": "reqUrgency", "cost": "reqCost",
    "is_core": "reqCore", "source_interview_id": "reqInterview",
}
NO_COST = NONE = 0  # combo data for "no cost" / "no interview" (a QComboBox cannot look up None)
OPTIONAL_CHOICES = ("cost", "source_interview_id")


class RequirementEditor(QDialog):
    def __init__(self, ctx: AppContext, requirement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementEditor")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.requirement_id = requirement_id
        self.requirement: Requirement | None = None
        self.body = QWidget(self)
        self.form = Ui_RequirementEditorForm()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        self.widgets: dict[str, QWidget] = {
            name: getattr(self.form, attr) for name, attr in {**TEXT_FIELDS, **LINE_FIELDS, **CHOICE_FIELDS}.items()
        }
        self.error_label = QLabel(self)  # refusals of the fields other than the title (which has its own)
        self.error_label.setObjectName("reqError")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._add_undo_actions()
        self._fill_choices()
        self._connect_widgets()
        self.follower = follow_bus(ctx, self, ("interviews", "requirements"), self._on_changed)
        self.resize(980, 660)
        self.load()

    # --- set-up ------------------------------------------------------------------------------------
    def _add_undo_actions(self) -> None:
        # The editor is a window of its own: it needs the workspace's undo keys too.
        self.undo_redo = UndoRedoActions(self.ctx.history, self, area_title)
        self.undo_action, self.redo_action = self.undo_redo.undo_action, self.undo_redo.redo_action
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _fill_choices(self) -> None:
        f = self.form
        current = {name: f_widget.currentData() for name, f_widget in self._combos().items()}
        for combo in self._combos().values():
            combo.clear()
        for kind in RequirementType:
            f.reqType.addItem(type_name(kind), kind.value)
        for status in RequirementStatus:
            f.reqStatus.addItem(status_name(status), status.value)
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            f.reqValue.addItem(str(score), score)
            f.reqUrgency.addItem(str(score), score)
        f.reqCost.addItem(self.tr("— not estimated"), NO_COST)
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            f.reqCost.addItem(str(score), score)
        f.reqCore.addItem(self.tr("Core requirement"), True)
        f.reqCore.addItem(self.tr("Noise (pseudo-requirement)"), False)
        self._fill_interviews()
        for name, combo in self._combos().items():
            if current[name] is not None:
                combo.setCurrentIndex(max(combo.findData(current[name]), 0))

    def _fill_interviews(self) -> None:
        """The engagement's interviews, so a requirement can name the one it came from."""
        combo = self.form.reqInterview
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("— none"), NONE)
        if self.requirement is not None:
            for interview in self.ctx.repos.interviews.for_engagement(self.requirement.engagement_id):
                label = " · ".join(p for p in (interview.held_on, interview.title) if p) or f"#{interview.id}"
                combo.addItem(label, interview.id)
        combo.setCurrentIndex(max(combo.findData(current if current is not None else NONE), 0))

    def _combos(self) -> dict[str, QComboBox]:
        return {name: self.widgets[name] for name in CHOICE_FIELDS}  # type: ignore[misc]

    def _connect_widgets(self) -> None:
        self.binder = FieldBinder(self._commit, self, error_label=self.error_label)
        for name, widget in self.widgets.items():
            if name == "title":
                self.binder.bind(name, widget, _title_refusal, self.form.reqTitleError, commit_on_pause=True)
            else:
                self.binder.bind(name, widget, commit_on_pause=True)
            if name not in CHOICE_FIELDS:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Let Ctrl+Z reach the window's undo action instead of the field's own text undo (see module doc).
        if event.type() == QEvent.Type.ShortcutOverride and (
            # a ShortcutOverride event is always a QKeyEvent
            QKeySequence(cast(QKeyEvent, event).keyCombination()) in (*UNDO_KEYS, *REDO_KEYS)
        ):
            self.binder.flush()  # what is typed is a step of its own: Ctrl+Z undoes it, not the step before
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # --- storing -----------------------------------------------------------------------------------
    def flush(self) -> None:
        """Store text typed but not yet stored (the binder otherwise waits for a pause in typing)."""
        self.binder.flush()

    def _commit(self, name: str, value: Any, session: object) -> str | None:
        """FieldBinder's commit: store one field; the operation's refusal is returned and shown inline."""
        if name in OPTIONAL_CHOICES and value == NONE:
            value = None
        try:
            update_requirement(self.ctx, self.requirement_id, {name: value}, initiator=self, merge_session=session)
        except OpError as exc:
            return str(exc)
        return None

    # --- showing -----------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("interviews"):
            self._fill_interviews()
            self.load()
        if changes.touches("requirements"):
            ids = changes.ids("requirements")
            if not ids or self.requirement_id in ids:
                self.load()

    def load(self) -> None:
        """Show the stored requirement; fields already showing the stored value are left alone."""
        requirement = self.ctx.repos.requirements.get(self.requirement_id)
        if requirement is None:
            self.close()  # deleted (on the board, or by undoing its creation)
            return
        first = self.requirement is None
        self.requirement = requirement
        if first:
            self._fill_interviews()
        self.binder.load({name: self._shown_value(name, getattr(requirement, name)) for name in self.widgets})
        self.form.reqCode.setText(requirement.code)
        ink = QUADRANT_INKS[requirement.quadrant].name()
        self.form.reqQuadrant.setText(quadrant_name(requirement.quadrant))
        self.form.reqQuadrant.setStyleSheet(f"color: {ink}; font-weight: bold;")
        self.setWindowTitle(self.tr("Requirement %1 — %2").replace("%1", requirement.code).replace(
            "%2", requirement.title))

    @staticmethod
    def _shown_value(name: str, value: Any) -> Any:
        """A stored value as its widget holds it (combo data, text)."""
        if isinstance(value, (RequirementType, RequirementStatus)):
            return value.value
        if value is None:
            return NONE if name in OPTIONAL_CHOICES else ""
        return value

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self.body)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
            self._fill_choices()
            if self.requirement is not None:
                self.load()
        super().changeEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.binder.flush()  # Escape hides the dialog: the last keystrokes are kept all the same
        super().hideEvent(event)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.binder.flush()  # nothing typed is lost by closing right after typing
        self.follower.stop()
        super().closeEvent(event)


def open_requirement_editor(ctx: AppContext, requirement_id: int, parent: QWidget | None = None) -> RequirementEditor:
    """Show the editor of a requirement (non-modal; one window per requirement) and return it."""
    if parent is not None:
        window = parent.window()
        for editor in window.findChildren(RequirementEditor):
            if editor.requirement_id == requirement_id and editor.isVisible():
                editor.raise_()
                editor.activateWindow()
                return editor
        parent = window
    editor = RequirementEditor(ctx, requirement_id, parent)
    editor.show()
    editor.form.reqTitle.setFocus()
    return editor


def _title_refusal(value: Any) -> str | None:
    if str(value).strip():
        return None
    return QCoreApplication.translate("RequirementEditorForm", "A requirement needs a title.")
