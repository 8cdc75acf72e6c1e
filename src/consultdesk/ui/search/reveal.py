"""Opening a search hit: the contract between the search box and the tabs.

A tab that can show a record implements

    def reveal(self, table: str, record_id: int) -> bool

and returns True when it selected the record (a card on the board, a cause on the fishbone, an
evidence item …). Before calling it, open_hit points the shared selection at the hit's client and
engagement (every tab follows the selection) and makes the tab current, so reveal only selects.
TAB_FOR_TABLE says which tab shows which table; a table another area adds gets one line here.
"""

from __future__ import annotations

from typing import Any

from consultdesk.domain.search import SearchHit
from consultdesk.ui.tabs import TABS

TAB_FOR_TABLE = {
    "clients": "clientsTab", "contacts": "clientsTab", "engagements": "clientsTab",
    "interviews": "clientsTab", "interview_answers": "clientsTab", "visit_questions": "clientsTab",
    "requirements": "boardTab",
    "diagnoses": "diagnosisTab", "diagnosis_bones": "diagnosisTab", "diagnosis_causes": "diagnosisTab",
    "solution_phases": "diagnosisTab", "solution_tasks": "diagnosisTab",
    "dispute_cases": "evidenceTab", "evidence_items": "evidenceTab", "evidence_attachments": "evidenceTab",
    "evidence_reviewers": "evidenceTab", "evidence_meetings": "evidenceTab", "evidence_actions": "evidenceTab",
    "spec_sections": "specsTab", "spec_samples": "specsTab", "change_requests": "specsTab",
    "meetings": "followUpTab", "meeting_decisions": "followUpTab", "action_items": "followUpTab",
    "test_cases": "followUpTab", "test_runs": "followUpTab", "satisfaction_reviews": "followUpTab",
    "five_whys": "followUpTab", "lessons": "followUpTab",
}


def open_hit(window: Any, hit: SearchHit) -> bool:
    """Switch client, engagement and tab to *hit* and let the tab select it; False if nothing could."""
    ctx = window.ctx
    if hit.client_id is not None:
        ctx.selection.set_client(hit.client_id)
    if hit.engagement_id is not None:
        ctx.selection.set_engagement(hit.engagement_id)
    names = [spec.object_name for spec in TABS]
    tab = TAB_FOR_TABLE.get(hit.table)
    if tab not in names:
        return False
    index = names.index(tab)
    page = window.ensure_tab(index)
    window.tabs.setCurrentIndex(index)
    return bool(page.reveal(hit.table, hit.record_id))


def select_table_row(view: Any, ids: list[int], record_id: int | None) -> bool:
    """Make the row of *record_id* (ids: the model's record ids, by row) current and visible."""
    if record_id not in ids:
        return False
    row = ids.index(record_id)
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))
    return True


def select_list_item(widget: Any, record_id: int | None, role: int = 0x0100) -> bool:
    """Make the QListWidget item whose data(role) (Qt.ItemDataRole.UserRole by default) is *record_id* current."""
    for row in range(widget.count()):
        if widget.item(row).data(role) == record_id:
            widget.setCurrentRow(row)
            widget.scrollToItem(widget.item(row))
            return True
    return False
