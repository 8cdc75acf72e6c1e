"""Solution plan: short-term fix and long-term prevention, phases -> tasks (owner, deadline, the root
cause it addresses). Overdue tasks and root causes without a remedy are flagged."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.diagnosis import Cause, PlanTerm, SolutionTask, is_overdue, roots_without_remedy
from consultdesk.ops import diagnosis_plan as plan_ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus

TITLE, OWNER, DEADLINE, CAUSE, FLAG = range(5)
TASK_FIELD = {TITLE: "title", OWNER: "owner", DEADLINE: "deadline"}
TABLES = ("solution_phases", "solution_tasks", "diagnosis_causes", "diagnoses")


class SolutionPlanPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.setObjectName("solutionPlanPanel")
        self.ctx = ctx
        self.today = today
        self.diagnosis_id: int | None = None
        self.warning = QLabel(self)
        self.warning.setObjectName("planWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b71c1c; background: #fff3f3; padding: 4px;")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("planTree")
        self.tree.setColumnCount(5)
        self.tree.setEditTriggers(QTreeWidget.EditTrigger.DoubleClicked | QTreeWidget.EditTrigger.EditKeyPressed)
        self.buttons = {name: QPushButton(self) for name in ("short", "long", "task", "delete")}
        for name, button in self.buttons.items():
            button.setObjectName(f"plan-{name}")
        self.cause_combo = QComboBox(self)
        self.cause_combo.setObjectName("planTaskCause")
        self.done_box = QCheckBox(self)
        self.done_box.setObjectName("planTaskDone")
        self.cause_label = QLabel(self)
        row = QHBoxLayout()
        for name in ("short", "long", "task", "delete"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        task_row = QHBoxLayout()
        task_row.addWidget(self.cause_label)
        task_row.addWidget(self.cause_combo, 1)
        task_row.addWidget(self.done_box)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.tree, 1)
        layout.addLayout(task_row)
        self.buttons["short"].clicked.connect(lambda: self.add_phase(PlanTerm.SHORT_TERM))
        self.buttons["long"].clicked.connect(lambda: self.add_phase(PlanTerm.LONG_TERM))
        self.buttons["task"].clicked.connect(self.add_task)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.currentItemChanged.connect(lambda *_: self._show_task_fields())
        self.cause_combo.activated.connect(lambda _i: self._commit_task({"root_cause_id": self.cause_combo.currentData()}))
        self.done_box.clicked.connect(lambda checked: self._commit_task({"done": checked}))
        self._filling = False
        self.retranslate()
        self.follower = follow_bus(ctx, self, TABLES, self._on_changed)

    # --- display -------------------------------------------------------------------------------------
    def show_diagnosis(self, diagnosis_id: int | None) -> None:
        self.diagnosis_id = diagnosis_id
        self.refresh()

    def _on_changed(self, _changes: Changes) -> None:
        if self.diagnosis_id is not None:
            self.refresh()

    def refresh(self) -> None:
        repo = self.ctx.repos.diagnoses
        current = self.selected()
        self._filling = True
        try:
            self.tree.clear()
            diagnosis_id = self.diagnosis_id
            tree = repo.tree(diagnosis_id) if diagnosis_id is not None else None
            self.setEnabled(tree is not None)
            if tree is None or diagnosis_id is None:
                self.warning.hide()
                return
            tasks = repo.tasks(diagnosis_id)
            causes = tree.by_id
            today = self.today()
            for phase in repo.phases(diagnosis_id):
                term = self.tr("Short-term fix") if phase.term == PlanTerm.SHORT_TERM else self.tr("Long-term prevention")
                item = QTreeWidgetItem([phase.title, "", "", "", term])
                item.setForeground(FLAG, QBrush(QColor("#546e7a")))
                item.setData(0, Qt.ItemDataRole.UserRole, ("phase", phase.id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                self.tree.addTopLevelItem(item)
                for task in (t for t in tasks if t.phase_id == phase.id):
                    item.addChild(self._task_item(task, causes, today))
                item.setExpanded(True)
            missing = roots_without_remedy(tree, tasks)
            self.warning.setVisible(bool(missing))
            self.warning.setText(
                self.tr("Root cause without a remedy: %1").replace("%1", "; ".join(c.text for c in missing))
            )
            self.cause_combo.clear()
            self.cause_combo.addItem(self.tr("(no cause)"), None)
            for cause in sorted(causes.values(), key=lambda c: (not c.is_root, c.position)):
                self.cause_combo.addItem(("\u25ce " if cause.is_root else "") + cause.text, cause.id)
            for column in range(5):
                self.tree.resizeColumnToContents(column)
        finally:
            self._filling = False
        self._reselect(current)
        self._show_task_fields()

    def _task_item(self, task: SolutionTask, causes: dict[int, Cause], today: dt.date) -> QTreeWidgetItem:
        cause = causes.get(task.root_cause_id) if task.root_cause_id is not None else None
        overdue = is_overdue(task, today)
        flag = self.tr("Overdue") if overdue else (self.tr("Done") if task.done else "")
        item = QTreeWidgetItem([task.title, task.owner, task.deadline or "", cause.text if cause else "", flag])
        item.setData(0, Qt.ItemDataRole.UserRole, ("task", task.id))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if overdue:
            for column in range(5):
                item.setForeground(column, QBrush(QColor("#b71c1c")))
        return item

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _reselect(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            children = [top.child(j) for j in range(top.childCount())]
            for item in [top] + [c for c in children if c is not None]:
                if item.data(0, Qt.ItemDataRole.UserRole) == key:
                    self.tree.setCurrentItem(item)
                    return

    def _show_task_fields(self) -> None:
        key = self.selected()
        task = self.ctx.repos.diagnoses.task(key[1]) if key and key[0] == "task" else None
        self.cause_combo.setEnabled(task is not None)
        self.done_box.setEnabled(task is not None)
        if task is not None:
            self.cause_combo.setCurrentIndex(max(0, self.cause_combo.findData(task.root_cause_id)))
            self.done_box.setChecked(task.done)

    # --- edits ---------------------------------------------------------------------------------------
    def add_phase(self, term: PlanTerm) -> int | None:
        if self.diagnosis_id is None:
            return None
        default = self.tr("Short-term fix") if term == PlanTerm.SHORT_TERM else self.tr("Long-term prevention")
        title = self.ctx.asker.get_text(self, self.tr("Add phase"), self.tr("Phase:"), default)
        if title is None:
            return None
        diagnosis_id = self.diagnosis_id
        phase_id: int | None = self._run(lambda: plan_ops.add_phase(self.ctx, diagnosis_id, term.value, title, self))
        return phase_id

    def add_task(self) -> int | None:
        key = self.selected()
        if key is None:
            return None
        if key[0] == "phase":
            phase_id = key[1]
        else:
            item = self.tree.currentItem()
            parent = item.parent() if item is not None else None
            assert parent is not None  # a selected task sits under its phase
            phase_id = parent.data(0, Qt.ItemDataRole.UserRole)[1]
        task_id: int | None = self._run(lambda: plan_ops.add_task(self.ctx, phase_id, self.tr("New task"), self))
        if task_id is not None:
            self.refresh()
            self._reselect(("task", task_id))
            current = self.tree.currentItem()
            if current is not None:
                self.tree.editItem(current, TITLE)
        return task_id

    def delete_selected(self) -> None:
        key = self.selected()
        if key is not None:
            verb = plan_ops.delete_phase if key[0] == "phase" else plan_ops.delete_task
            self._run(lambda: verb(self.ctx, key[1], self))

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        kind, row_id = item.data(0, Qt.ItemDataRole.UserRole)
        value = item.text(column)
        if kind == "phase" and column == TITLE:
            self._run(lambda: plan_ops.update_phase(self.ctx, row_id, {"title": value}, self))
        elif kind == "task" and column in TASK_FIELD:
            self._run(lambda: plan_ops.update_task(self.ctx, row_id, {TASK_FIELD[column]: value}, self))
        self.refresh()  # a refused edit shows the stored value again

    def _commit_task(self, changes: dict[str, Any]) -> None:
        key = self.selected()
        if key and key[0] == "task":
            self._run(lambda: plan_ops.update_task(self.ctx, key[1], changes, self))

    def _run(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Solution plan"), str(exc))
            return None

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Phase / task"), self.tr("Owner"), self.tr("Deadline"), self.tr("Root cause addressed"), self.tr("Flag")]
        )
        self.buttons["short"].setText(self.tr("Add short-term phase"))
        self.buttons["long"].setText(self.tr("Add long-term phase"))
        self.buttons["task"].setText(self.tr("Add task"))
        self.buttons["delete"].setText(self.tr("Delete"))
        self.cause_label.setText(self.tr("Addresses:"))
        self.done_box.setText(self.tr("Done"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
