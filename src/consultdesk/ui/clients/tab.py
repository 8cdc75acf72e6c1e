"""The Clients tab: searchable client list | client form, contacts, engagements (with interviews)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QSplitter, QTabWidget, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ops import clients as ops
from consultdesk.ui.clients.client_list import ClientListPanel
from consultdesk.ui.clients.client_page import ClientPage
from consultdesk.ui.clients.contacts_page import ContactsPage
from consultdesk.ui.clients.engagements_page import EngagementsPage


class ClientsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_list = ClientListPanel(ctx, self)
        self.client_page = ClientPage(ctx, self)
        self.contacts_page = ContactsPage(ctx, self)
        self.engagements_page = EngagementsPage(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("clientPages")
        for page in (self.client_page, self.contacts_page, self.engagements_page):
            self.pages.addTab(page, "")
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.client_list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.client_list.client_chosen.connect(ctx.selection.set_client)
        self.client_list.new_client_requested.connect(self.start_new_client)
        self.client_list.delete_requested.connect(self.delete_client)
        self.client_page.client_created.connect(ctx.selection.set_client)
        ctx.selection.client_changed.connect(self._show_client)
        self.new_client_action = QAction(self)
        self.new_client_action.setObjectName("newClientAction")
        self.new_client_action.setShortcut(QKeySequence.New)
        # Ctrl+N means "new" in whichever tab has the focus; here it is a new client.
        self.new_client_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.new_client_action.triggered.connect(self.start_new_client)
        self.addAction(self.new_client_action)
        self.retranslate()
        self._show_client(ctx.selection.client_id)

    def contribute_menus(self, menu_bar: QMenuBar) -> None:
        file_menu = menu_bar.actions()[0].menu() if menu_bar.actions() else None
        if file_menu is not None:
            file_menu.insertAction(file_menu.actions()[0] if file_menu.actions() else None, self.new_client_action)

    def retranslate(self) -> None:
        for index, title in enumerate((self.tr("Client"), self.tr("Contacts"), self.tr("Engagements"))):
            self.pages.setTabText(index, title)
        self.new_client_action.setText(self.tr("&New client"))
        self.client_list.retranslate()
        self.contacts_page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start_new_client(self) -> None:
        self.ctx.selection.set_client(None)
        self.pages.setCurrentWidget(self.client_page)
        self.client_page.start_new()

    def delete_client(self, client_id: int) -> None:
        client = self.ctx.repos.clients.get_client(client_id)
        if client is None:
            return
        question = self.tr("Delete \u201c{name}\u201d with all its contacts, engagements and their records? "
                           "You can undo this with Ctrl+Z.").format(name=client.name)
        if self.ctx.asker.confirm(self, self.tr("Delete client"), question):
            ops.delete_client(self.ctx, client_id, initiator=self)
            self.ctx.selection.set_client(None)

    def _show_client(self, client_id: int | None) -> None:
        if client_id is not None and self.ctx.repos.clients.get_client(client_id) is None:
            client_id = None
        self.client_list.select(client_id, notify=False)
        self.client_page.show_client(client_id)
        self.contacts_page.show_client(client_id)
        self.engagements_page.show_client(client_id)

    def reveal(self, table: str, record_id: int) -> bool:
        """Show a client, contact, engagement, interview or visit question (ui/search/reveal.py); the
        selection already points at its client and engagement."""
        from consultdesk.ui.search.reveal import select_list_item, select_table_row

        if table == "clients":
            self.pages.setCurrentWidget(self.client_page)
            return True
        if table == "contacts":
            self.pages.setCurrentWidget(self.contacts_page)
            page = self.contacts_page
            return select_table_row(page.table, [c.id for c in page.model.records], record_id)
        engagements = self.engagements_page
        self.pages.setCurrentWidget(engagements)
        if table == "engagements":
            engagements.inner.setCurrentWidget(engagements.details)
            return True
        if table == "visit_questions":
            engagements.inner.setCurrentWidget(engagements.questions)
            questions = engagements.questions
            return select_table_row(questions.table, [q.id for q in questions.model.records], record_id)
        if table in ("interviews", "interview_answers"):
            interview_id = record_id
            if table == "interview_answers":
                interview_id = (self.ctx.repos.rows.get(table, record_id) or {}).get("interview_id")
            engagements.inner.setCurrentWidget(engagements.interviews)
            return select_list_item(engagements.interviews.list, interview_id)
        return False

    def shutdown(self) -> None:
        # Text typed within the last moment is stored before the window closes.
        self.client_page.flush()
        self.engagements_page.details.binder.flush()
        self.engagements_page.interviews.editor.flush()
