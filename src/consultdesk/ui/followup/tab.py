"""The Follow-up tab (followUpTab): delivery and review of the selected engagement in five pages —
Meetings, Actions, Acceptance, Satisfaction, Lessons. Only the visible page is refreshed when the
engagement changes; the others catch up when they are shown."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ui.common.engagement_picker import EngagementPicker
from consultdesk.ui.followup.acceptance_page import AcceptancePage
from consultdesk.ui.followup.actions_page import ActionsPage
from consultdesk.ui.followup.lessons_page import LessonsPage
from consultdesk.ui.followup.meetings_page import MeetingsPage
from consultdesk.ui.followup.page import FollowUpPage
from consultdesk.ui.followup.satisfaction_page import SatisfactionPage
from consultdesk.ui.tab_page import TabPage

AREA = "followup"
# (key, objectName, class) of the pages, in order.
PAGES = (
    ("meetings", "meetingsPage", MeetingsPage),
    ("actions", "actionsPage", ActionsPage),
    ("acceptance", "acceptancePage", AcceptancePage),
    ("satisfaction", "satisfactionPage", SatisfactionPage),
    ("lessons", "lessonsPage", LessonsPage),
)
# Which page shows the records of a table (search hits, jumps from the Actions list and the Overview).
RECORD_PAGES = {"meetings": "meetings", "satisfaction_reviews": "satisfaction", "action_items": "actions",
                "test_cases": "acceptance", "test_runs": "acceptance", "lessons": "lessons"}
# Records shown through the record they belong to: table -> (its column naming it, that record's table).
PART_OF = {"meeting_decisions": ("meeting_id", "meetings"), "five_whys": ("review_id", "satisfaction_reviews")}


class FollowUpTab(TabPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.picker = EngagementPicker(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("followUpPages")
        self.page: dict[str, FollowUpPage] = {}
        self._stale: set[str] = set()
        for key, name, cls in PAGES:
            page = cls(ctx, self.pages)
            page.setObjectName(name)
            self.page[key] = page
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.pages, 1)
        self.menu: QMenu | None = None
        self.pages.currentChanged.connect(lambda _i: self._catch_up())
        self.picker.engagement_picked.connect(self.show_engagement)
        self.page_actions = [self._action(f"followUpPage{n}", QKeySequence(f"Alt+{n}"),
                                          lambda _=False, k=key: self.show_page(k).setFocus())
                             for n, (key, _name, _cls) in enumerate(PAGES, 1)]
        self.new_meeting_action = self._action("newMeetingAction", QKeySequence("Ctrl+Shift+M"),
                                               lambda: (self.show_page("meetings"), self.meetings.new_meeting()))
        self.go_to_source_action = self._action("goToSourceAction", QKeySequence("Ctrl+Shift+G"),
                                                lambda: self.action_list.open_source())
        self.new_review_action = self._action("newReviewAction", QKeySequence(),
                                              lambda: (self.show_page("satisfaction"), self.satisfaction.add_review()))
        self.retranslate()
        self.show_engagement(ctx.selection.engagement_id)

    @property
    def meetings(self) -> MeetingsPage:
        return cast(MeetingsPage, self.page["meetings"])

    @property
    def action_list(self) -> ActionsPage:
        return cast(ActionsPage, self.page["actions"])

    @property
    def acceptance(self) -> AcceptancePage:
        return cast(AcceptancePage, self.page["acceptance"])

    @property
    def satisfaction(self) -> SatisfactionPage:
        return cast(SatisfactionPage, self.page["satisfaction"])

    @property
    def lessons(self) -> LessonsPage:
        return cast(LessonsPage, self.page["lessons"])

    def show_engagement(self, engagement_id: int | None) -> None:
        if engagement_id == self.engagement_id and not self._stale:
            return
        self.engagement_id = engagement_id
        self._stale = set(self.page)
        self._catch_up()

    def _catch_up(self) -> None:
        current = self.pages.currentWidget()
        for key, page in self.page.items():
            shown = page is current  # tested apart: inside the if, mypy would narrow page to a bare QWidget
            if shown and key in self._stale:
                self._stale.discard(key)
                page.set_engagement(self.engagement_id)
            elif key not in self._stale and page.engagement_id != self.engagement_id:
                page.set_engagement(self.engagement_id)

    def _action(self, name: str, shortcut: QKeySequence, slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while this tab is shown
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def tab_menu(self) -> QMenu:
        self.menu = menu = QMenu(self)
        menu.setObjectName("followUpMenu")
        for action in (self.new_meeting_action, self.new_review_action, self.go_to_source_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.page_actions:
            menu.addAction(action)
        self.retranslate()
        return menu

    def shutdown(self) -> None:
        """Store what is being typed before the window (and the workspace) closes: text waiting for a
        pause, and the field or table cell that has focus (it would commit on losing it, too late)."""
        for page in self.page.values():
            page.flush()
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    def show_page(self, key: str) -> FollowUpPage:
        page = self.page[key]
        self.pages.setCurrentWidget(page)
        self._catch_up()
        return page

    def main_view(self) -> QWidget | None:
        return self.pages.currentWidget()

    def reveal(self, table: str, record_id: int) -> bool:
        """A search hit: open the page that holds the record (and select it where the page can)."""
        if table in PART_OF or table == "satisfaction_reviews":
            row = self.ctx.repos.rows.get(table, record_id)
            if row is None:
                return False
            if table in PART_OF:
                column, table = PART_OF[table]
                record_id = row[column]
        if table not in RECORD_PAGES:
            return False
        self.show_page(RECORD_PAGES[table]).reveal(table, record_id)
        return True

    def show_actions(self, which: str = "open") -> None:
        self.show_page("actions")
        self.action_list.set_filter(which)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = (self.tr("Meetings"), self.tr("Actions"), self.tr("Acceptance"), self.tr("Satisfaction"),
                  self.tr("Lessons"))
        for index, title in enumerate(titles):
            self.pages.setTabText(index, title)
            self.page_actions[index].setText(title)
        self.new_meeting_action.setText(self.tr("New meeting"))
        self.new_review_action.setText(self.tr("New quarter's satisfaction review"))
        self.go_to_source_action.setText(self.tr("Go to the action item's source"))
        if self.menu is not None:
            self.menu.setTitle(self.tr("Follow-&up"))
