"""The case form: what is disputed, expected vs computed value with the difference, status, root cause.

Fields are bound with the shared FieldBinder: a line commits on Enter / leaving it, the conclusion after a
short pause in typing and on leaving it (one undo step per focus of a field). A refused value (e.g. a
non-numeric expected value) is explained in the form's error line and stays in its field until corrected.
The status keeps its own handler: moving on without agreement asks for an override reason.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

from consultdesk.context import AppContext
from consultdesk.domain.evidence import MEETING_NEEDS_DATE, DisputeCase, format_number
from consultdesk.ops import evidence as ops_case
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.evidence.labels import ROOT_CAUSE_NAMES, STATUS_NAMES, fill_combo
from consultdesk.ui.forms.ui_evidence_case import Ui_EvidenceCaseForm

_LINE_FIELDS = {
    "caseTitle": "title", "caseReport": "report", "caseMetric": "metric", "casePeriod": "period",
    "caseExpected": "expected_value", "caseComputed": "computed_value", "caseUnit": "unit",
    "caseRootCauseText": "root_cause_text",
}
_OTHER_FIELDS = {"caseConclusion": "conclusion", "caseRootCause": "root_cause"}


class CaseForm(QWidget):
    status_refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_EvidenceCaseForm()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        self.case: DisputeCase | None = None
        fill_combo(self.form.caseStatus, STATUS_NAMES)
        fill_combo(self.form.caseRootCause, ROOT_CAUSE_NAMES)
        bold = QFont(self.form.caseDifference.font())
        bold.setBold(True)
        self.form.caseDifference.setFont(bold)
        self.form.caseDifference.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.form.caseConclusion.setMaximumHeight(160)
        self.form.formLayout.setRowWrapPolicy(self.form.formLayout.RowWrapPolicy.DontWrapRows)
        # Refusals show in one line under the numbers and their difference, where most of them come from
        # (the op's message names the field).
        self.error_label = QLabel(self)
        self.error_label.setObjectName("caseError")
        self.error_label.setWordWrap(True)
        # Spare height stays below the form.
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # The stub types the (row, role) pair as a bare object.
        position = self.form.formLayout.getWidgetPosition(self.form.caseDifference)
        row, _role = cast("tuple[int, QFormLayout.ItemRole]", position)
        self.form.formLayout.insertRow(row + 1, self.error_label)
        self.closed = False
        self.binder = FieldBinder(self._commit, self, error_label=self.error_label)
        for name, column in {**_LINE_FIELDS, **_OTHER_FIELDS}.items():
            self.binder.bind(column, getattr(self.form, name))
        self.form.caseStatus.activated.connect(self._status_chosen)
        self.setEnabled(False)

    def flush(self) -> None:
        """Store text typed but not yet committed (before another case is shown or the window closes)."""
        self.binder.flush()

    def shutdown(self) -> None:
        """The window closes: store what is typed, then commit nothing more (the workspace closes next)."""
        self.binder.flush()
        self.closed = True

    def load(self, case: DisputeCase | None) -> None:
        if self.case is not None and (case is None or case.id != self.case.id):
            self.binder.flush()  # the old case's last keystrokes belong to the old case
        self.case = case
        self.setEnabled(case is not None)
        shown = case or DisputeCase(None, 0, "")
        values: dict[str, Any] = {column: getattr(shown, column) or "" for column in {**_LINE_FIELDS, **_OTHER_FIELDS}.values()}
        for column in ("expected_value", "computed_value"):
            values[column] = format_number(getattr(shown, column))
        self.binder.load(values)
        f = self.form
        f.caseStatus.setCurrentIndex(max(f.caseStatus.findData(shown.status), 0))
        override = self.tr("Moved on without a reviewer's agreement; reason: %1").replace("%1", shown.status_override_reason)
        f.caseStatus.setToolTip(override if shown.status_override_reason else "")
        self._show_difference(shown)

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

    def _commit(self, column: str, value: Any, session: object) -> str | None:
        """FieldBinder's commit: store one field; a refusal is returned and shown in the error line."""
        if self.closed or self.case is None:
            return None
        assert self.case.id is not None  # a loaded case comes from the store
        try:
            ops_case.update_case(self.ctx, self.case.id, {column: value}, initiator=self, merge_session=session)
        except OpError as exc:
            return str(exc)
        self.load(self.ctx.repos.evidence.get_case(self.case.id))
        return None

    def _status_chosen(self, _index: int) -> None:
        if self.case is None:
            return
        assert self.case.id is not None  # a loaded case comes from the store
        status = self.form.caseStatus.currentData()
        try:
            ops_case.set_status(self.ctx, self.case.id, status, initiator=self)
        except OpError as exc:
            if str(exc) == QCoreApplication.translate("ops", MEETING_NEEDS_DATE):
                # shown in the form's error line, beside the field to fill, not in a dialog
                self.load(self.ctx.repos.evidence.get_case(self.case.id))
                self.error_label.setText(str(exc))
                self.status_refused.emit(str(exc))
                return
            reviewers = self.ctx.repos.evidence.reviewers(self.case.id)
            if status in ("meeting_held", "resolved") and not any(r.agreed for r in reviewers):
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
            fill_combo(self.form.caseStatus, STATUS_NAMES)
            fill_combo(self.form.caseRootCause, ROOT_CAUSE_NAMES)
            if self.case is not None:
                self.load(self.case)
        super().changeEvent(event)
