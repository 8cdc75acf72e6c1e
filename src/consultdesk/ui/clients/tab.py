"""The Clients tab: searchable client list | client form, contacts, engagements (with interviews)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSplitter, QTabWidget, QVBoxLayout, QWidget

from consultdesk.context import AppContext
from consultdesk.ops import archive as archive_ops
from consultdesk.ops import clients as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.clients.client_list import ClientListPanel
from consultdesk.ui.clients.client_page import ClientPage
from consultdesk.ui.clients.contacts_page import ContactsPage
from consultdesk.ui.clients.engagements_page import EngagementsPage
from consultdesk.ui.common.jump import show_page
from consultdesk.ui.common.refusal import say_refusal
from consultdesk.ui.tab_page import TabPage


class ClientsTab(TabPage):
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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
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
        self.client_list.archive_requested.connect(self.toggle_archived)
        self.client_page.client_created.connect(ctx.selection.set_client)
        ctx.selection.client_changed.connect(self._show_client)
        self.new_client_action = QAction(self)
        self.new_client_action.setObjectName("newClientAction")
        self.new_client_action.setShortcut(QKeySequence.StandardKey.New)
        # Ctrl+N is New client from every tab (File menu); each tab's own "new item" is Ctrl+Shift+N.
        self.new_client_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_client_action.triggered.connect(self.start_new_client)
        self.addAction(self.new_client_action)
        self.retranslate()
        self._show_client(ctx.selection.client_id)

    def add_file_entries(self, file_menu: QMenu) -> None:
        actions = file_menu.actions()
        if actions:
            file_menu.insertAction(actions[0], self.new_client_action)
        else:
            file_menu.addAction(self.new_client_action)

    def retranslate(self) -> None:
        for index, title in enumerate((self.tr("Client"), self.tr("Contacts"), self.tr("Engagements"))):
            self.pages.setTabText(index, title)
        self.new_client_action.setText(self.tr("New &client"))
        self.client_list.retranslate()
        self.contacts_page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start_new_client(self) -> None:
        # File ▸ New client is reachable from every tab: the form must be where the user looks.
        show_page(self, self.objectName())
        self.ctx.selection.set_client(None)
        self.pages.setCurrentWidget(self.client_page)
        self.client_page.start_new()

    def delete_client(self, client_id: int) -> None:
        client = self.ctx.repos.clients.get_client(client_id)
        if client is None:
            return
        try:
            archive_ops.refuse_client_delete(self.ctx, client_id)
        except OpError as exc:
            if not client.archived_at and self.ctx.asker.confirm(
                    self, self.tr("Delete client"), str(exc) + "\n\n" + self.tr("Archive it now?")):
                self.toggle_archived(client_id)
            elif client.archived_at:
                self.ctx.asker.warn(self, self.tr("Delete client"), str(exc))
            return
        question = self.tr("Delete \u201c{name}\u201d with all its contacts, engagements and their records? "
                           "You can undo this with Ctrl+Z.").format(name=client.name)
        if self.ctx.asker.confirm(self, self.tr("Delete client"), question):
            ops.delete_client(self.ctx, client_id, initiator=self)
            self.ctx.selection.set_client(None)

    def toggle_archived(self, client_id: int) -> None:
        """Archive the client, or restore it when it is archived (both undoable)."""
        client = self.ctx.repos.clients.get_client(client_id)
        if client is None:
            return
        try:
            if client.archived_at:
                archive_ops.restore_client(self.ctx, client_id, initiator=self)
            else:
                archive_ops.archive_client(self.ctx, client_id, initiator=self)
        except OpError as exc:
            say_refusal(self.ctx, exc)
            return
        if not client.archived_at and not self.client_list.show_archived.isChecked():
            self.ctx.selection.set_client(None)  # it left the list
        self.client_list.reload()
        self._show_client(self.ctx.selection.client_id)

    def _show_client(self, client_id: int | None) -> None:
        if client_id is not None and self.ctx.repos.clients.get_client(client_id) is None:
            client_id = None
        self.client_list.select(client_id, notify=False)
        self.client_page.show_client(client_id)
        self.contacts_page.show_client(client_id)
        self.engagements_page.show_client(client_id)
        # An archived client is read-only (the store refuses writes under it): its pages say so by greying.
        client = self.ctx.repos.clients.get_client(client_id) if client_id is not None else None
        writable = not (client and client.archived_at)
        self.client_page.setEnabled(writable)
        self.contacts_page.setEnabled(writable)
        self.engagements_page.new_title.setEnabled(client is not None and writable)

    def main_view(self) -> QWidget | None:
        return self.client_list.table

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
            return select_table_row(page.table, _stored_ids([c.id for c in page.model.records]), record_id)
        engagements = self.engagements_page
        self.pages.setCurrentWidget(engagements)
        if table == "engagements":
            engagements.inner.setCurrentWidget(engagements.details)
            return True
        if table == "visit_questions":
            engagements.inner.setCurrentWidget(engagements.questions)
            questions = engagements.questions
            return select_table_row(questions.table, _stored_ids([q.id for q in questions.model.records]), record_id)
        if table in ("interviews", "interview_answers"):
            interview_id: int | None = record_id
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


def _stored_ids(ids: list[int | None]) -> list[int]:
    """The ids by row; a listed record is a stored one, so every row has its id (and keeps its place)."""
    assert None not in ids, "the tables list stored records only"
    return [record_id for record_id in ids if record_id is not None]
