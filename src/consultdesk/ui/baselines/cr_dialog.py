"""The change-request form (new or edit), shown through ctx.asker.run_dialog."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QVBoxLayout, QWidget

from consultdesk.domain.change_requests import ChangeRequest, CRLink, Scope
from consultdesk.domain.requirements import Requirement
from consultdesk.ui.baselines.labels import SCOPES, tr
from consultdesk.ui.forms.ui_change_request import Ui_ChangeRequestForm

NEW_REQUIREMENT = "new"


class ChangeRequestDialog(QDialog):
    def __init__(self, requirements: Sequence[Requirement], cr: ChangeRequest | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeRequestDialog")
        self.setWindowTitle(self.tr("New change request") if cr is None else
                            self.tr("Change request %1").replace("%1", cr.code))
        body = QWidget(self)
        self.form = Ui_ChangeRequestForm()
        self.form.setupUi(body)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        for scope in Scope:
            self.form.crScope.addItem(tr(SCOPES, scope.value), scope.value)
        self._fill_links(requirements, cr)
        if cr is not None:
            self._load(cr)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.crTitle.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(self.buttons)
        self.resize(860, 520)
        self._update_ok()

    def _add_link_item(self, text: str, data: Any, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, self.form.crLinks)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _fill_links(self, requirements: Sequence[Requirement], cr: ChangeRequest | None) -> None:
        linked = {link.requirement_id for link in cr.links} if cr else set()
        has_new = bool(cr and any(link.is_new for link in cr.links))
        self._add_link_item(self.tr("(new requirement)"), NEW_REQUIREMENT, has_new)
        for link in (cr.links if cr else ()):
            if link.is_deleted:  # still listed so saving the form does not silently drop it
                item = self._add_link_item(self.tr("%1 %2 (deleted)").replace("%1", link.code).replace(
                    "%2", link.title), link, True)
                item.setForeground(Qt.GlobalColor.darkRed)
        for req in requirements:
            self._add_link_item(f"{req.code}  {req.title}", req.id, req.id in linked)

    def _load(self, cr: ChangeRequest) -> None:
        f = self.form
        f.crTitle.setText(cr.title)
        f.crDescription.setPlainText(cr.description)
        f.crReason.setPlainText(cr.reason)
        f.crRequestedBy.setText(cr.requested_by)
        f.crScope.setCurrentIndex(f.crScope.findData(cr.scope.value))
        f.crImpactSchedule.setText(cr.impact_schedule)
        f.crImpactCost.setText(cr.impact_cost)
        f.crMeetingHeld.setChecked(cr.meeting_held)
        f.crWrittenConfirmation.setText(cr.written_confirmation)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.form.crTitle.text().strip()))

    def values(self) -> dict[str, Any]:
        f = self.form
        return {
            "title": f.crTitle.text().strip(),
            "description": f.crDescription.toPlainText(),
            "reason": f.crReason.toPlainText(),
            "requested_by": f.crRequestedBy.text().strip(),
            "scope": f.crScope.currentData(),
            "impact_schedule": f.crImpactSchedule.text().strip(),
            "impact_cost": f.crImpactCost.text().strip(),
            "meeting_held": f.crMeetingHeld.isChecked(),
            "written_confirmation": f.crWrittenConfirmation.text().strip(),
        }

    def links(self) -> list[int | CRLink | None]:
        """Checked links for the ops: requirement ids, None for "new requirement", deleted CRLinks kept."""
        out: list[int | CRLink | None] = []
        for row in range(self.form.crLinks.count()):
            item = self.form.crLinks.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                data = item.data(Qt.ItemDataRole.UserRole)
                out.append(None if data == NEW_REQUIREMENT else data)
        return out

    def check_links(self, wanted: Sequence[Any]) -> None:
        """Tick exactly the given requirement ids (NEW_REQUIREMENT for a new one); used by tests."""
        for row in range(self.form.crLinks.count()):
            item = self.form.crLinks.item(row)
            wanted_here = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if wanted_here else Qt.CheckState.Unchecked)
