"""The case form: what is disputed, expected vs computed value with the difference, status, root cause.

Each field commits when editing finishes (one undoable step per field); a refused value (e.g. a
non-numeric expected value) is explained through the asker and the field shows the stored value again.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QWidget

from consultdesk.context import AppContext
from consultdesk.domain.evidence import DisputeCase, format_number
from consultdesk.ops import evidence as ops_case
from consultdesk.ops.errors import OpError
from consultdesk.ui.evidence.labels import ROOT_CAUSE_NAMES, STATUS_NAMES, fill_combo
from consultdesk.ui.forms.ui_evidence_case import Ui_EvidenceCaseForm

_LINE_FIELDS = {
    "caseTitle": "title", "caseReport": "report", "caseMetric": "metric", "casePeriod": "period",
    "caseExpected": "expected_value", "caseComputed": "computed_value", "caseUnit": "unit",
    "caseRootCauseText": "root_cause_text",
}


class CaseForm(QWidget):
    status_refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_EvidenceCaseForm()
        self.form.setupUi(self)
        self.case: DisputeCase | None = None
        self._loading = False
        fill_combo(self.form.caseStatus, STATUS_NAMES)
        fill_combo(self.form.caseRootCause, ROOT_CAUSE_NAMES)
        bold = QFont(self.form.caseDifference.font())
        bold.setBold(True)
        self.form.caseDifference.setFont(bold)
        self.form.caseDifference.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.form.caseConclusion.setMaximumHeight(160)
        self.form.formLayout.setRowWrapPolicy(self.form.formLayout.RowWrapPolicy.DontWrapRows)
        for name, column in _LINE_FIELDS.items():
            edit = getattr(self.form, name)
            edit.editingFinished.connect(self._committer(column, edit.text))
        self.form.caseConclusion.installEventFilter(self)
        self.form.caseStatus.activated.connect(self._status_chosen)
        self.form.caseRootCause.activated.connect(
            lambda _i: self._commit("root_cause", self.form.caseRootCause.currentData())
        )
        self.setEnabled(False)

    def _committer(self, column: str, read: Callable[[], str]) -> Callable[[], None]:
        return lambda: self._commit(column, read())

    def load(self, case: DisputeCase | None) -> None:
        self.case = case
        self._loading = True
        try:
            self.setEnabled(case is not None)
            case = case or DisputeCase(None, 0, "")
            f = self.form
            for name, column in _LINE_FIELDS.items():
                value = getattr(case, column)
                text = format_number(value) if column.endswith("_value") else (value or "")
                edit = getattr(f, name)
                if edit.text() != text:
                    edit.setText(text)
            if f.caseConclusion.toPlainText() != case.conclusion:
                f.caseConclusion.setPlainText(case.conclusion)
            f.caseStatus.setCurrentIndex(max(f.caseStatus.findData(case.status), 0))
            override = self.tr("Moved on without a reviewer's agreement; reason: %1").replace("%1", case.status_override_reason)
            f.caseStatus.setToolTip(override if case.status_override_reason else "")
            f.caseRootCause.setCurrentIndex(max(f.caseRootCause.findData(case.root_cause), 0))
            self._show_difference(case)
        finally:
            self._loading = False

    def _show_difference(self, case: DisputeCase) -> None:
        diff = case.difference
        if diff is None:
            self.form.caseDifference.setText(self.tr("– (enter both values)"))
            self.form.caseDifference.setStyleSheet("")
            return
        sign = "+" if diff.absolute > 0 else ""
        text = f"{sign}{format_number(diff.absolute)} {case.unit}".rstrip()
        if diff.percent is not None:
            text += f"  ({diff.percent:+.2f}%)"
        text += "  " + self.tr("computed − expected")
        self.form.caseDifference.setText(text)
        self.form.caseDifference.setStyleSheet("color: #b71c1c;" if diff.absolute else "color: #2e7d32;")

    def _commit(self, column: str, value: Any) -> None:
        if self._loading or self.case is None:
            return
        try:
            ops_case.update_case(self.ctx, self.case.id, {column: value}, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Dispute case"), str(exc))
        self.load(self.ctx.repos.evidence.get_case(self.case.id))

    def _status_chosen(self, _index: int) -> None:
        if self.case is None:
            return
        status = self.form.caseStatus.currentData()
        try:
            ops_case.set_status(self.ctx, self.case.id, status, initiator=self)
        except OpError as exc:
            if status in ("meeting_held", "resolved") and not any(r.agreed for r in self.ctx.repos.evidence.reviewers(self.case.id)):
                reason = self.ctx.asker.get_text(
                    self, self.tr("No reviewer has agreed yet"),
                    str(exc) + "\n\n" + self.tr("Reason for the override (leave empty to cancel):"),
                )
                if reason and reason.strip():
                    try:
                        ops_case.set_status(self.ctx, self.case.id, status, override_reason=reason, initiator=self)
                    except OpError as again:
                        self.ctx.asker.warn(self, self.tr("Status"), str(again))
            else:
                self.ctx.asker.warn(self, self.tr("Status"), str(exc))
            self.status_refused.emit(str(exc))
        self.load(self.ctx.repos.evidence.get_case(self.case.id))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.form.caseConclusion and event.type() == QEvent.FocusOut:
            self._commit("conclusion", self.form.caseConclusion.toPlainText())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.form.retranslateUi(self)
            fill_combo(self.form.caseStatus, STATUS_NAMES)
            fill_combo(self.form.caseRootCause, ROOT_CAUSE_NAMES)
            if self.case is not None:
                self.load(self.case)
        super().changeEvent(event)
