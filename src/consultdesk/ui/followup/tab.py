"""The Follow-up tab (followUpTab): delivery and review of the selected engagement in five pages —
Meetings, Actions, Acceptance, Satisfaction, Lessons. Only the visible page is refreshed when the
engagement changes; the others catch up when they are shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ui.common.engagement_picker import EngagementPicker
from consultdesk.ui.followup.acceptance_page import AcceptancePage
from consultdesk.ui.followup.actions_page import ActionsPage
from consultdesk.ui.followup.lessons_page import LessonsPage
from consultdesk.ui.followup.meetings_page import MeetingsPage
from consultdesk.ui.followup.satisfaction_page import SatisfactionPage

AREA = "followup"
# (key, objectName, class) of the pages, in order.
PAGES = (
    ("meetings", "meetingsPage", MeetingsPage),
    ("actions", "actionsPage", ActionsPage),
    ("acceptance", "acceptancePage", AcceptancePage),
    ("satisfaction", "satisfactionPage", SatisfactionPage),
    ("lessons", "lessonsPage", LessonsPage),
)
# Which page shows a record of each kind (jumps from the Actions list and the Overview).
RECORD_PAGES = {"meeting": "meetings", "satisfaction_review": "satisfaction"}


class FollowUpTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.picker = EngagementPicker(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("followUpPages")
        self.page: dict[str, Any] = {}
        self._stale: set[str] = set()
        for key, name, cls in PAGES:
            page = cls(ctx, self.pages)
            page.setObjectName(name)
            self.page[key] = page
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.pages, 1)
        self.pages.currentChanged.connect(lambda _i: self._catch_up())
        self.picker.engagement_picked.connect(self.show_engagement)
        self.retranslate()
        self.show_engagement(ctx.selection.engagement_id)

    @property
    def meetings(self) -> MeetingsPage:
        return self.page["meetings"]

    @property
    def actions(self) -> ActionsPage:
        return self.page["actions"]

    @property
    def acceptance(self) -> AcceptancePage:
        return self.page["acceptance"]

    @property
    def satisfaction(self) -> SatisfactionPage:
        return self.page["satisfaction"]

    @property
    def lessons(self) -> LessonsPage:
        return self.page["lessons"]

    def show_engagement(self, engagement_id: int | None) -> None:
        if engagement_id == self.engagement_id and not self._stale:
            return
        self.engagement_id = engagement_id
        self._stale = set(self.page)
        self._catch_up()

    def _catch_up(self) -> None:
        current = self.pages.currentWidget()
        for key, page in self.page.items():
            if page is current and key in self._stale:
                self._stale.discard(key)
                page.set_engagement(self.engagement_id)
            elif key not in self._stale and page.engagement_id != self.engagement_id:
                page.set_engagement(self.engagement_id)

    def show_page(self, key: str) -> Any:
        page = self.page[key]
        self.pages.setCurrentWidget(page)
        self._catch_up()
        return page

    def show_record(self, kind: str, record_id: int) -> None:
        """Open the page of a record (a meeting, a satisfaction review) and select it."""
        page = self.show_page(RECORD_PAGES.get(kind, "actions"))
        handler = getattr(page, "show_record", None)
        if handler is not None:
            handler(kind, record_id)

    def show_actions(self, which: str = "open") -> None:
        self.show_page("actions").set_filter(which)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = (self.tr("Meetings"), self.tr("Actions"), self.tr("Acceptance"), self.tr("Satisfaction"),
                  self.tr("Lessons"))
        for index, title in enumerate(titles):
            self.pages.setTabText(index, title)
