"""Editors for the specification sections of the current engagement (background, goals, delivery
standards, acceptance procedure, change rules). Every edit is stored at once through
ops.specs.set_section_text; one focus of an editor is one undo step; undo/redo show up here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.spec_sections import SECTION_ORDER, SectionKey
from consultdesk.ops import specs as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.tab_page import TabPage

# (title, hint) per section, translated in context "SectionsPage".
SECTION_TEXTS = {
    SectionKey.BACKGROUND: (str(QT_TRANSLATE_NOOP("SectionsPage", "Background")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "Why this engagement exists: the client's situation, the alarm that started it, "
        "who is affected."))),
    SectionKey.GOALS: (str(QT_TRANSLATE_NOOP("SectionsPage", "Goals")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "The business results wanted, in the client's words, with measurable targets."))),
    SectionKey.SCOPE_IN: (str(QT_TRANSLATE_NOOP("SectionsPage", "In scope")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "What this specification covers (systems, sites, users). Rejected requirements are listed "
        "as out of scope automatically, with their 5W1H reason."))),
    SectionKey.SCOPE_OUT: (str(QT_TRANSLATE_NOOP("SectionsPage", "Out of scope")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "What is explicitly not delivered, so nobody expects it later."))),
    SectionKey.ASSUMPTIONS: (str(QT_TRANSLATE_NOOP("SectionsPage", "Assumptions")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "What must hold for the plan to work (access, data, people the client provides)."))),
    SectionKey.GLOSSARY: (str(QT_TRANSLATE_NOOP("SectionsPage", "Glossary")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "The client's terms, one per line: “term: meaning”. The document shows them as a table."))),
    SectionKey.DELIVERY_STANDARDS: (str(QT_TRANSLATE_NOOP("SectionsPage", "Delivery standards")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "One figure per line: “figure | target | how measured” (e.g. “Response time | p95 under "
        "2 s | load test, 300 users”), compatibility lines alike. Paste or drop UI samples below."))),
    SectionKey.ACCEPTANCE_PROCEDURE: (str(QT_TRANSLATE_NOOP("SectionsPage", "Acceptance procedure")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "Test cases, how acceptance is run, who signs. Each requirement's acceptance criteria are "
        "listed in the document automatically."))),
    SectionKey.CHANGE_RULES: (str(QT_TRANSLATE_NOOP("SectionsPage", "Change rules")), str(QT_TRANSLATE_NOOP(
        "SectionsPage", "How to request a change, how fast small (24 h) and large changes are assessed, how fees "
        "adjust."))),
}


class SectionsPage(TabPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("specSectionList")
        self.section_list.setMaximumWidth(240)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("specSectionHint")
        self.stack = QStackedWidget(self)
        self.follower = follow_bus(ctx, self, ("spec_sections", "engagements", "spec_samples"), self._on_changed)
        self.binder = FieldBinder(self.follower.own(self._commit), self)
        self.editors: dict[SectionKey, QPlainTextEdit] = {}
        for key in SECTION_ORDER:
            editor = QPlainTextEdit(self.stack)
            editor.setObjectName(f"section-{key.value}")
            editor.setTabChangesFocus(True)
            # Ctrl+Z belongs to Edit ▸ Undo (the specs undo stack), not to the editor's private history.
            editor.setUndoRedoEnabled(False)
            self.stack.addWidget(editor)
            self.binder.bind(key.value, editor)
            self.editors[key] = editor
            self.section_list.addItem("")
        right = QVBoxLayout()
        right.addWidget(self.hint)
        right.addWidget(self.stack, 1)
        from consultdesk.ui.specs.samples_strip import SamplesStrip

        self.samples = SamplesStrip(ctx, self)
        self.samples_caption = QLabel(self)
        self.samples_caption.setObjectName("samplesCaption")
        right.addWidget(self.samples_caption)
        right.addWidget(self.samples)
        layout = QHBoxLayout(self)
        layout.addWidget(self.section_list)
        layout.addLayout(right, 1)
        self.section_list.currentRowChanged.connect(self._show_section)
        self.retranslate()
        self.section_list.setCurrentRow(0)
        self.set_engagement(ctx.selection.engagement_id)

    # -- engagement ---------------------------------------------------------------------------------
    def set_engagement(self, engagement_id: int | None) -> None:
        self.binder.flush()  # text typed for the previous engagement is stored for that one
        self.engagement_id = engagement_id
        self.stack.setEnabled(engagement_id is not None)
        self.reload()
        self._show_section(self.section_list.currentRow())

    def reload(self) -> None:
        if self.engagement_id is None:
            values: dict[str, Any] = {key.value: "" for key in SECTION_ORDER}
        else:
            stored = self.ctx.repos.spec_sections.for_engagement(self.engagement_id)
            values = {key.value: text for key, text in stored.items()}
        self.binder.load(values)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("spec_sections", "engagements"):
            self.reload()
        if changes.touches("spec_samples"):
            self.samples.reload()

    def _commit(self, field: str, value: Any, session: object) -> None:
        if self.engagement_id is None:
            return
        try:
            ops.set_section_text(self.ctx, self.engagement_id, SectionKey(field), value, initiator=self,
                                 merge_session=session)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Specification"), str(exc))
            self.reload()

    def flush(self) -> None:
        self.binder.flush()

    def editor(self, key: SectionKey) -> QPlainTextEdit:
        return self.editors[key]

    def show_section(self, key: SectionKey) -> None:
        self.section_list.setCurrentRow(SECTION_ORDER.index(key))

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(SECTION_ORDER):
            self.binder.flush()
            self.stack.setCurrentIndex(row)
            key = SECTION_ORDER[row]
            self.hint.setText(self.tr(SECTION_TEXTS[key][1]))
            self.samples.show_section(self.engagement_id, key)

    # -- language -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.samples_caption.setText(self.tr("UI samples of this section: paste a screenshot (Ctrl+V) or drop "
                                             "pictures here; double-click one to edit its caption, Delete removes it."))
        for row, key in enumerate(SECTION_ORDER):
            title, hint = SECTION_TEXTS[key]
            self.section_list.item(row).setText(self.tr(title))
            self.editors[key].setPlaceholderText(self.tr(hint))
        self._show_section(self.section_list.currentRow())

    def shutdown(self) -> None:
        self.binder.flush()

