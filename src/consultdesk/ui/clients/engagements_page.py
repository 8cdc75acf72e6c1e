"""Engagements of the selected client: list, the engagement form, its interviews and pre-visit questions."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.clients import validate_name
from consultdesk.ops import archive as archive_ops
from consultdesk.ops import clients as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.clients.interview_page import InterviewsPage
from consultdesk.ui.clients.labels import classification_choices, status_choices
from consultdesk.ui.clients.visit_questions_page import VisitQuestionsPage
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.combo_fill import refill_combo
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.common.refusal import say_refusal
from consultdesk.ui.forms.ui_engagement_form import Ui_EngagementForm


class EngagementForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.form = Ui_EngagementForm()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        self.follower = follow_bus(ctx, self, ("engagements",), self._on_changed)
        self.binder = FieldBinder(self.follower.own(self._commit), self)
        f = self.form
        self.binder.bind("title", f.engagementTitle, self._title_problem)
        for field, widget in (
            ("classification", f.engagementClassification), ("status", f.engagementStatus),
            ("budget_range", f.engagementBudget), ("expected_duration", f.engagementDuration),
            ("compatibility", f.engagementCompatibility), ("notes", f.engagementNotes),
        ):
            self.binder.bind(field, widget)
        f.engagementDatesError.setStyleSheet("color: #b3261e;")
        for field, date_field in (("start_date", f.engagementStart), ("end_date", f.engagementEnd)):
            self.binder.bind(field, date_field, error_label=f.engagementDatesError)
        self._fill_combos()

    def _on_changed(self, _changes: Changes) -> None:
        if self.engagement_id is not None:
            engagement = self.ctx.repos.clients.get_engagement(self.engagement_id)
            if engagement is not None:
                self.show_engagement(self.engagement_id)

    def _fill_combos(self) -> None:
        for combo, choices in ((self.form.engagementClassification, classification_choices()),
                               (self.form.engagementStatus, status_choices())):
            refill_combo(combo, choices)

    def _title_problem(self, title: Any) -> str | None:
        return self.tr("An engagement needs a title.") if validate_name(str(title)) else None

    def show_engagement(self, engagement_id: int | None) -> None:
        self.binder.flush()
        self.engagement_id = engagement_id
        engagement = self.ctx.repos.clients.get_engagement(engagement_id) if engagement_id else None
        values = asdict(engagement) if engagement else {}
        for key in ("classification", "status"):
            if key in values:
                values[key] = values[key].value
        self.binder.load(values)
        # An archived engagement is read-only (the store refuses writes under it); say so by greying it.
        client = self.ctx.repos.clients.get_client(engagement.client_id) if engagement else None
        self.setEnabled(engagement is not None and not engagement.archived_at and not (client and client.archived_at))

    def _commit(self, field: str, value: Any, session: object) -> str | None:
        if self.engagement_id is None:
            return None
        try:
            ops.update_engagement(self.ctx, self.engagement_id, {field: value}, initiator=self, merge_session=session)
        except OpError as exc:
            if field in ("start_date", "end_date"):
                return str(exc)  # said beside the dates ("the end cannot be before the start")
            say_refusal(self.ctx, exc)
        return None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
            self._fill_combos()
        super().changeEvent(event)


class EngagementsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("engagementList")
        self.new_title = QLineEdit(self)
        self.new_title.setObjectName("newEngagementTitle")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_title)
        self.archive_button = QPushButton(left)
        self.archive_button.setObjectName("archiveEngagementButton")
        self.show_archived = QCheckBox(left)
        self.show_archived.setObjectName("showArchivedEngagements")
        row = QHBoxLayout()
        row.addWidget(self.archive_button)
        row.addStretch(1)
        row.addWidget(self.show_archived)
        left_layout.addLayout(row)
        self.details = EngagementForm(ctx, self)
        self.interviews = InterviewsPage(ctx, self)
        self.questions = VisitQuestionsPage(ctx, self)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("engagementPages")
        for page in (self.details, self.interviews, self.questions):
            self.inner.addTab(page, "")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.inner)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._picked)
        self.new_title.returnPressed.connect(self._add)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.show_archived.toggled.connect(self._fill)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self._delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.follower = follow_bus(ctx, self, ("engagements", "clients"), self._on_changed)
        ctx.selection.engagement_changed.connect(self._select_in_list)
        self._filling = False
        self._shown_id: int | None = None
        self.retranslate()
        self.show_client(None)

    def retranslate(self) -> None:
        self.new_title.setPlaceholderText(self.tr("New engagement: type a title and press Enter"))
        self.show_archived.setText(self.tr("Show archived"))
        self._update_archive_button()
        for index, title in enumerate((self.tr("Details"), self.tr("Interviews"), self.tr("Pre-visit questions"))):
            self.inner.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.new_title.setEnabled(client_id is not None)
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        try:
            self.list.clear()
            engagements = (self.ctx.repos.clients.engagements(self.client_id, self.show_archived.isChecked())
                           if self.client_id else [])
            for engagement in engagements:
                title = engagement.title
                if engagement.archived_at:
                    title = self.tr("{title} (archived)").format(title=engagement.title)
                item = QListWidgetItem(title, self.list)
                item.setData(Qt.ItemDataRole.UserRole, engagement.id)
                item.setToolTip(engagement.title)
        finally:
            self._filling = False
        wanted = self.ctx.selection.engagement_id
        ids = [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]
        if wanted not in ids:
            # Another client's engagement (or none) was selected: follow the client shown here.
            wanted = ids[0] if ids else None
            if self.client_id is not None and self.ctx.selection.client_id == self.client_id:
                self.ctx.selection.set_engagement(wanted)
        self._select_in_list(wanted)

    def _select_in_list(self, engagement_id: int | None) -> None:
        self._filling = True
        try:
            target_row = -1  # -1: no current item
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == engagement_id:
                    target_row = row
            self.list.setCurrentRow(target_row)
        finally:
            self._filling = False
        self._show(engagement_id if target_row >= 0 else None)

    def _show(self, engagement_id: int | None) -> None:
        self._update_archive_button()
        if engagement_id == self._shown_id and engagement_id is not None:
            return
        self._shown_id = engagement_id
        self.details.show_engagement(engagement_id)
        self.interviews.show_engagement(engagement_id)
        self.questions.show_engagement(engagement_id)

    def _picked(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if self._filling:
            return
        engagement_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.ctx.selection.set_engagement(engagement_id)
        self._show(engagement_id)

    def _add(self) -> None:
        title = self.new_title.text().strip()
        if self.client_id is None or not title:
            return
        try:
            engagement_id = ops.create_engagement(self.ctx, self.client_id, title, initiator=self)
        except OpError as exc:
            say_refusal(self.ctx, exc)
            return
        self.new_title.clear()
        self.ctx.selection.set_engagement(engagement_id)

    def _current_engagement(self) -> Any:
        item = self.list.currentItem()
        return self.ctx.repos.clients.get_engagement(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_archive_button(self) -> None:
        engagement = self._current_engagement()
        archived = bool(engagement and engagement.archived_at)
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr("Bring the engagement back; it can be edited again") if archived else
            self.tr("Hide the engagement and make it read-only; its records stay and are still checked"))
        self.archive_button.setEnabled(engagement is not None)

    def _toggle_archived(self) -> None:
        engagement = self._current_engagement()
        if engagement is None:
            return
        try:
            if engagement.archived_at:
                archive_ops.restore_engagement(self.ctx, engagement.id, initiator=self)
            else:
                archive_ops.archive_engagement(self.ctx, engagement.id, initiator=self)
        except OpError as exc:
            say_refusal(self.ctx, exc)
        self._shown_id = None
        self._fill()

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            archive_ops.refuse_engagement_delete(self.ctx, item.data(Qt.ItemDataRole.UserRole))
        except OpError as exc:
            engagement = self._current_engagement()
            if engagement is not None and not engagement.archived_at and self.ctx.asker.confirm(
                    self, self.tr("Delete engagement"), str(exc) + "\n\n" + self.tr("Archive it now?")):
                self._toggle_archived()
            elif engagement is not None and engagement.archived_at:
                self.ctx.asker.warn(self, self.tr("Delete engagement"), str(exc))
            return
        question = self.tr("Delete the engagement \u201c{title}\u201d with its interviews and requirements? "
                           "You can undo this with Ctrl+Z.").format(title=item.text())
        if self.ctx.asker.confirm(self, self.tr("Delete engagement"), question):
            ops.delete_engagement(self.ctx, item.data(Qt.ItemDataRole.UserRole), initiator=self)

    def _on_changed(self, _changes: Changes) -> None:
        if self.client_id is not None:
            self._fill()  # the inner pages refresh their own records
