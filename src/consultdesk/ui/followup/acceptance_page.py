"""Acceptance: per requirement its test cases (steps, expected result), each run at acceptance with a
result (pass / fail / not run), the witness and the date; progress per requirement; the record export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.acceptance import progress
from consultdesk.ops import acceptance as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.followup.export import export_document
from consultdesk.ui.followup.labels import RESULT_NAMES
from consultdesk.ui.followup.page import FollowUpPage
from consultdesk.ui.followup.rows_model import Column, RowsModel
from consultdesk.ui.followup.widgets import button, record_table

TABLES = ("test_cases", "test_runs", "requirements")
REQUIREMENT_COLUMNS = (
    Column("code", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Code"))),
    Column("title", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Requirement"))),
    Column("progress", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Passed"))),
)
CASE_COLUMNS = (
    Column("title", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Test case")), editable=True),
    Column("steps", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Steps")), editable=True),
    Column("expected", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Expected result")), editable=True),
    Column("result", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Result")), names=RESULT_NAMES),
    Column("witness", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Witness"))),
    Column("run_on", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Run on"))),
)


class AcceptancePage(FollowUpPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.requirement_id: int | None = None
        self.cases_by_requirement: dict[int, list[Any]] = {}
        self.requirements_model = RowsModel(REQUIREMENT_COLUMNS, parent=self)
        self.requirements = record_table(self, "acceptanceRequirements", self.requirements_model, 1)
        self.requirements.selectionModel().currentRowChanged.connect(lambda cur, _p: self._requirement_chosen(cur.row()))
        self.cases_model = RowsModel(CASE_COLUMNS, self._commit_case, self, self._warn)
        self.cases = record_table(self, "testCasesTable", self.cases_model, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("acceptanceSummary")
        self.add_button = button(self, "addTestCaseButton", self.add_case)
        self.delete_button = button(self, "deleteTestCaseButton", self.delete_case)
        self.export_button = button(self, "exportAcceptanceButton", lambda: export_document(ctx, self, "acceptance"))
        self.witness = QLineEdit(self)
        self.witness.setObjectName("runWitness")
        self.witness_caption = QLabel(self)
        self.run_buttons = {result: button(self, f"run-{result}", lambda _=False, r=result: self.record(r))
                            for result in ("pass", "fail", "not_run")}
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        right_layout.addLayout(top)
        right_layout.addWidget(self.cases, 1)
        run_row = QHBoxLayout()
        run_row.addWidget(self.witness_caption)
        run_row.addWidget(self.witness, 1)
        for each in self.run_buttons.values():
            run_row.addWidget(each)
        right_layout.addLayout(run_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.requirements)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.follower = follow_bus(ctx, self, TABLES, self._on_changed)
        self.retranslate()

    # --- what is shown -----------------------------------------------------------------------------
    def set_engagement(self, engagement_id: int | None) -> None:
        if engagement_id != self.engagement_id:
            self.requirement_id = None
        self.engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        eid = self.engagement_id
        self.cases_by_requirement = {}
        for case in self.ctx.repos.acceptance.for_engagement(eid) if eid else []:
            self.cases_by_requirement.setdefault(case.requirement_id, []).append(case)
        requirements = self.ctx.repos.requirements.for_engagement(eid) if eid else []
        rows, accepted, total_cases, passed = [], 0, 0, 0
        for r in requirements:
            p = progress(self.cases_by_requirement.get(r.id, []) if r.id is not None else [])
            accepted += p.accepted
            total_cases += p.total
            passed += p.passed
            text = f"{p.passed}/{p.total}" + (" ✓" if p.accepted else (" ✗" if p.failed else "")) if p.total else "–"
            rows.append({"id": r.id, "code": r.code, "title": r.title, "progress": text})
        self.requirements_model.set_records(rows)
        self.summary.setText(self.tr("%1 of %2 test cases passed; %3 requirements accepted.")
                             .replace("%1", str(passed)).replace("%2", str(total_cases)).replace("%3", str(accepted)))
        row = next((i for i, r in enumerate(rows) if r["id"] == self.requirement_id), 0 if rows else -1)
        if row >= 0:
            self.requirements.selectRow(row)
        self._requirement_chosen(row)

    def _requirement_chosen(self, row: int) -> None:
        record = self.requirements_model.record(row)
        self.requirement_id = record["id"] if record else None
        keep = self.cases.currentIndex().row()
        cases = self.cases_by_requirement.get(record["id"], []) if record else []
        self.cases_model.set_records([
            {"id": c.id, "title": c.title, "steps": c.steps, "expected": c.expected, "result": c.result,
             "witness": c.latest.witness if c.latest else "", "run_on": c.latest.run_on if c.latest else ""}
            for c in cases])
        if cases:
            self.cases.selectRow(min(max(keep, 0), len(cases) - 1))
        for widget in (self.add_button,):
            widget.setEnabled(record is not None)
        for widget in (self.delete_button, *self.run_buttons.values()):
            widget.setEnabled(bool(cases))

    def _on_changed(self, _changes: Changes) -> None:
        if self.engagement_id is not None:
            self.reload()

    # --- verbs -------------------------------------------------------------------------------------
    def _warn(self, text: str) -> None:
        self.ctx.asker.warn(self, self.tr("Acceptance"), text)

    def _commit_case(self, record: dict[str, Any], key: str, value: Any) -> str | None:
        try:
            ops.update_case(self.ctx, record["id"], {key: value}, initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def _current_case(self) -> dict[str, Any] | None:
        case: dict[str, Any] | None = self.cases_model.record(self.cases.currentIndex().row())
        return case

    def add_case(self) -> int | None:
        if self.requirement_id is None:
            return None
        title = self.ctx.asker.get_text(self, self.tr("Add test case"), self.tr("Test case:"))
        if not title:
            return None
        try:
            case_id = ops.add_case(self.ctx, self.requirement_id, title, initiator=self)
        except OpError as exc:
            self._warn(str(exc))
            return None
        row = next((i for i, r in enumerate(self.cases_model.records) if r["id"] == case_id), -1)
        if row >= 0:
            self.cases.selectRow(row)
            self.cases.setCurrentIndex(self.cases_model.index(row, 1))
        return case_id

    def delete_case(self) -> None:
        record = self._current_case()
        if record is not None:
            ops.delete_case(self.ctx, record["id"], initiator=self)

    def record(self, result: str) -> None:
        record = self._current_case()
        if record is None:
            return
        try:
            ops.record_run(self.ctx, record["id"], result, self.witness.text().strip(), initiator=self)
        except OpError as exc:
            self._warn(str(exc))

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add test case…"))
        self.delete_button.setText(self.tr("Delete"))
        self.export_button.setText(self.tr("Export acceptance record…"))
        self.witness_caption.setText(self.tr("Witness:"))
        self.run_buttons["pass"].setText(self.tr("Passed"))
        self.run_buttons["fail"].setText(self.tr("Failed"))
        self.run_buttons["not_run"].setText(self.tr("Not run"))
        self.requirements_model.retranslate()
        self.cases_model.retranslate()
        if self.engagement_id is not None:
            self.reload()
