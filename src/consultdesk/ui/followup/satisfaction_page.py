"""Quarterly satisfaction reviews: the four scores and comments (edited in place), the 5-Why review of
each score under 4, and the trend over the quarters. The chart's matplotlib Qt canvas is imported the
first time the page is shown, never at start."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.satisfaction import THRESHOLD, period_of, shift_period
from consultdesk.ops import satisfaction as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.scrolling import scrollable
from consultdesk.ui.followup.five_why_panel import FiveWhyPanel
from consultdesk.ui.followup.labels import DIMENSION_NAMES, label
from consultdesk.ui.followup.page import FollowUpPage
from consultdesk.ui.followup.rows_model import Column, RowsModel

TABLES = ("satisfaction_reviews", "five_whys", "action_items")
COLUMNS = (
    Column("period", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Quarter"))),
    Column("speed", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Response speed")), editable=True),
    Column("quality", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Solution quality")), editable=True),
    Column("clarity", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Communication clarity")), editable=True),
    Column("solving", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Problem solving")), editable=True),
    Column("comments", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Comments")), editable=True),
)
LOW = QColor("#c62828")


class ScoresModel(RowsModel):
    """A score under 4 is shown in red: it carries a 5-Why review."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.ForegroundRole and key in DIMENSION_NAMES:
            score = getattr(self.records[index.row()], key)
            return QBrush(LOW) if score is not None and score < THRESHOLD else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in DIMENSION_NAMES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)


class SatisfactionPage(FollowUpPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id: int | None = None
        self.reviews: list[Any] = []
        self.canvas: Any = None
        self.model = ScoresModel(COLUMNS, self._commit, self, lambda text: ctx.asker.warn(self, self.tr("Satisfaction"), text))
        self.table = QTableView(self)
        self.table.setObjectName("satisfactionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen(cur.row()))
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addReviewButton")
        self.add_button.clicked.connect(self.add_review)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteReviewButton")
        self.delete_button.clicked.connect(self.delete_review)
        self.five_why = FiveWhyPanel(ctx, self)
        self.chart_box = QWidget(self)
        self.chart_box.setObjectName("satisfactionChart")
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(scrollable(self.five_why, lower))  # the 5-Why form scrolls on a small screen
        lower.addWidget(self.chart_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        self.chart_box.setMinimumWidth(380)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.follower = follow_bus(ctx, self, TABLES, self._on_changed)
        self.retranslate()

    # --- what is shown -----------------------------------------------------------------------------
    def set_engagement(self, engagement_id: int | None) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        keep = self.model.record(self.table.currentIndex().row())
        self.reviews = self.ctx.repos.satisfaction.reviews(self.engagement_id) if self.engagement_id else []
        self.model.set_records(self.reviews)
        self.add_button.setEnabled(self.engagement_id is not None)
        row = next((i for i, r in enumerate(self.reviews) if keep is not None and r.id == keep.id), len(self.reviews) - 1)
        if row >= 0:
            self.table.selectRow(row)
        self._chosen(row)
        self._draw()

    def _chosen(self, row: int) -> None:
        review = self.reviews[row] if 0 <= row < len(self.reviews) else None
        following = self.reviews[row + 1] if review is not None and row + 1 < len(self.reviews) else None
        self.delete_button.setEnabled(review is not None)
        self.five_why.set_review(review, following)

    def _on_changed(self, _changes: Changes) -> None:
        if self.engagement_id is not None:
            self.reload()

    def reveal(self, table: str, record_id: int) -> bool:
        for row, review in enumerate(self.reviews):
            if table == "satisfaction_reviews" and review.id == record_id:
                self.table.selectRow(row)
                return True
        return False

    def flush(self) -> None:
        self.five_why.binder.flush()

    # --- the chart (matplotlib on first show) ------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.canvas is None:
            self._make_canvas()
            self._draw()

    def _make_canvas(self) -> None:
        import matplotlib
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from consultdesk.export.trend_chart import font_rc

        # The canvas redraws on every resize, outside any rc_context: the CJK font must be the default.
        # Its keys are rc names whether font_rc declares them as str or as matplotlib's key literals.
        rc: dict[Any, Any] = font_rc()
        matplotlib.rcParams.update(rc)

        # matplotlib's Qt backend has no annotations
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(5, 3), dpi=90))  # type: ignore[no-untyped-call]
        self.canvas.setObjectName("satisfactionCanvas")
        self.canvas.setMinimumHeight(200)
        self.chart_layout.addWidget(self.canvas)

    def _draw(self) -> None:
        if self.canvas is None:
            return
        from consultdesk.export.trend_chart import draw_trend

        draw_trend(self.canvas.figure, self.reviews, lambda d: label(DIMENSION_NAMES, d), self.tr("Satisfaction trend"))
        self.canvas.figure.tight_layout()
        self.canvas.draw_idle()

    # --- verbs -------------------------------------------------------------------------------------
    def _commit(self, review: Any, key: str, value: Any) -> str | None:
        try:
            ops.update_review(self.ctx, review.id, {key: value}, initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def next_period(self) -> str:
        return shift_period(self.reviews[-1].period, 1) if self.reviews else period_of(date.today())

    def add_review(self) -> int | None:
        if self.engagement_id is None:
            return None
        try:
            review_id = ops.add_review(self.ctx, self.engagement_id, self.next_period(), initiator=self,
                                       held_on=date.today().isoformat())
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("Satisfaction"), str(exc))
            return None
        self.reveal("satisfaction_reviews", review_id)
        self.table.setCurrentIndex(self.model.index(self.table.currentIndex().row(), 1))
        self.table.setFocus()
        return review_id

    def delete_review(self) -> None:
        review = self.model.record(self.table.currentIndex().row())
        if review is not None and self.ctx.asker.confirm(
            self, self.tr("Delete review"), self.tr("Delete the review of %s with its 5-Why reviews?") % review.period
        ):
            ops.delete_review(self.ctx, review.id, initiator=self)

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("New quarter's review"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()
        self._draw()
