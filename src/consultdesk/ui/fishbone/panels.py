"""The problem form (phenomenon, impact, scope, impact assessment) and the detail panel of one cause."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.diagnosis import CauseStatus
from consultdesk.ops import diagnosis as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.forms.ui_cause_detail import Ui_CauseDetailForm
from consultdesk.ui.forms.ui_diagnosis_problem import Ui_DiagnosisProblemForm

PROBLEM_FIELDS = {
    "title": "diagnosisTitle",
    "phenomenon": "diagnosisPhenomenon",
    "impact": "diagnosisImpact",
    "scope": "diagnosisScope",
    "impact_client": "diagnosisImpactClient",
    "impact_us": "diagnosisImpactUs",
}


def _top_aligned(outer: QWidget, inner: QWidget) -> None:
    """The form keeps its natural height at the top; spare room goes below it, not between rows."""
    layout = QVBoxLayout(outer)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(inner)
    layout.addStretch(1)


class ProblemPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_DiagnosisProblemForm()
        self.inner = QWidget(self)
        self.form.setupUi(self.inner)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        _top_aligned(self, self.inner)
        self.diagnosis_id: int | None = None
        self.follower = follow_bus(ctx, self, ("diagnoses",), self._on_changed)
        self.fields = FieldBinder(self.follower.own(self._commit), self, error_label=self.form.diagnosisError)
        for field, name in PROBLEM_FIELDS.items():
            self.fields.bind(field, getattr(self.form, name))
        self.show_diagnosis(None)

    def show_diagnosis(self, diagnosis_id: int | None) -> None:
        self.fields.flush()
        self.diagnosis_id = diagnosis_id
        diagnosis = self.ctx.repos.diagnoses.get(diagnosis_id) if diagnosis_id is not None else None
        self.setEnabled(diagnosis is not None)
        self.fields.load({f: getattr(diagnosis, f) for f in PROBLEM_FIELDS} if diagnosis else {})

    def _on_changed(self, changes: Changes) -> None:
        # The echo of our own commit is skipped; an undo of it (initiator: us, too) comes later and is shown.
        if self.diagnosis_id in changes.ids("diagnoses"):
            self.show_diagnosis(self.diagnosis_id)

    def _commit(self, field: str, value: Any, session: object) -> str | None:
        if self.diagnosis_id is None:
            return None
        try:
            ops.update_diagnosis(self.ctx, self.diagnosis_id, {field: value}, self, session)
        except OpError as exc:
            return str(exc)
        return None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self.inner)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        super().changeEvent(event)


class CauseDetailPanel(QWidget):
    """All fields of the selected cause; edits go through ops and show up in the diagram and the sheet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("causeDetailPanel")
        self.ctx = ctx
        self.form = Ui_CauseDetailForm()
        self.inner = QWidget(self)
        self.form.setupUi(self.inner)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        _top_aligned(self, self.inner)
        self.form.causeTextError.setStyleSheet("color: #b71c1c;")
        self.form.causeTextError.hide()
        self.cause_id: int | None = None
        self._fill_combos()
        self.follower = follow_bus(ctx, self, ("diagnosis_causes", "diagnosis_bones"), self._on_changed)
        self.fields = FieldBinder(self.follower.own(self._commit), self, error_label=self.form.causeError)
        for field, widget in (
            ("text", self.form.causeText),
            ("status", self.form.causeStatus),
            ("is_root", self.form.causeRoot),
            ("verification_method", self.form.causeMethod),
            ("verification_result", self.form.causeResult),
        ):
            self.fields.bind(field, widget)
        self.show_cause(None)

    def _fill_combos(self) -> None:
        statuses = {
            CauseStatus.UNVERIFIED: self.tr("Unverified"),
            CauseStatus.CONFIRMED: self.tr("Confirmed"),
            CauseStatus.RULED_OUT: self.tr("Ruled out"),
        }
        combo = self.form.causeStatus
        current = combo.currentData()
        combo.clear()
        for value, label in statuses.items():
            combo.addItem(label, value.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def show_cause(self, cause_id: int | None) -> None:
        self.fields.flush()
        self.cause_id = cause_id
        cause = self.ctx.repos.diagnoses.cause(cause_id) if cause_id is not None else None
        self.setEnabled(cause is not None)
        if cause is None:
            self.cause_id = None
            self.fields.load({})
            return
        self.fields.load(
            {
                "text": cause.text,
                "status": cause.status.value,
                "is_root": cause.is_root,
                "verification_method": cause.verification_method,
                "verification_result": cause.verification_result,
            }
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.cause_id is not None and (self.cause_id in changes.ids("diagnosis_causes") or changes.touches("diagnosis_bones")):
            self.show_cause(self.cause_id)

    def _commit(self, field: str, value: Any, session: object) -> str | None:
        if self.cause_id is None:
            return None
        try:
            ops.update_cause(self.ctx, self.cause_id, {field: value}, self, session)
        except OpError as exc:
            if field == "is_root":
                self.form.causeRoot.setChecked(not value)
            return str(exc)
        return None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self.inner)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
            self._fill_combos()
        super().changeEvent(event)
