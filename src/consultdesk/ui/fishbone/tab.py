"""The Diagnosis tab: diagnoses of the selected engagement; for one diagnosis the problem form, the
fishbone editor (+ cause detail), the diagnosis sheet and the solution plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.diagnosis import DEFAULT_BONES
from consultdesk.export.save import SaveError, write_atomic
from consultdesk.ops import diagnosis as ops
from consultdesk.ops.errors import OpError
from consultdesk.render.fishbone_image import scene_png, scene_svg
from consultdesk.render.fishbone_scene import FishboneScene
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.engagement_picker import EngagementPicker
from consultdesk.ui.fishbone.controller import DiagramController
from consultdesk.ui.fishbone.panels import CauseDetailPanel, ProblemPanel
from consultdesk.ui.fishbone.plan_panel import SolutionPlanPanel
from consultdesk.ui.fishbone.presets import known_bone_names, six_m_preset
from consultdesk.ui.fishbone.sheet_model import CategoryDelegate, DiagnosisSheetModel
from consultdesk.ui.fishbone.view import FishboneView
from consultdesk.ui.tab_page import TabPage

# Bone names are stored in the language the diagnosis was created in; these are their source texts
# (listed literally so lupdate finds them; domain.diagnosis holds the same names, presets.py the 6M ones).
_BONE_NAMES = (
    QT_TRANSLATE_NOOP("DiagnosisTab", "People"), QT_TRANSLATE_NOOP("DiagnosisTab", "Process"),
    QT_TRANSLATE_NOOP("DiagnosisTab", "Technology"), QT_TRANSLATE_NOOP("DiagnosisTab", "Environment"),
)
SCALES = ("1", "2", "3", "4")


class DiagnosisTab(TabPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.diagnosis_id: int | None = None
        self.picker = EngagementPicker(ctx, self)
        self.list = QListWidget(self)
        self.list.setObjectName("diagnosisList")
        self.new_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.new_button.setObjectName("newDiagnosis")
        self.delete_button.setObjectName("deleteDiagnosis")
        self.pages = QTabWidget(self)
        self.pages.setObjectName("diagnosisPages")
        self.problem = ProblemPanel(ctx, self)
        self.scene = FishboneScene(parent=self, cached=True)
        self.view = FishboneView(self.scene, self)
        self.controller = DiagramController(ctx, self.view, self)
        self.detail = CauseDetailPanel(ctx, self)
        self.sheet_model = DiagnosisSheetModel(ctx, self)
        self.sheet = QTableView(self)
        self.sheet.setObjectName("diagnosisSheet")
        self.sheet.setModel(self.sheet_model)
        self.sheet.setItemDelegateForColumn(0, CategoryDelegate(self.sheet))
        self.sheet.setWordWrap(True)
        header = self.sheet.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the cause text takes the spare width
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.sheet.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plan = SolutionPlanPanel(ctx, self)
        self.status = QLabel(self)
        self.status.setObjectName("diagnosisStatus")
        self.status.setStyleSheet("color: #b71c1c;")
        self.tools = {name: QPushButton(self) for name in ("bone", "left", "right", "sixm", "zoomin", "zoomout", "fit")}
        self._build()
        self.menu_actions: dict[str, QAction] = {}
        self.menu: QMenu | None = None
        self.controller.tree_changed.connect(self._tree_changed)
        self.controller.message.connect(self.status.setText)
        self.view.current_changed.connect(self._node_selected)
        self.sheet.selectionModel().currentRowChanged.connect(self._sheet_row)
        self.list.currentItemChanged.connect(lambda *_: self._diagnosis_chosen())
        self.picker.engagement_picked.connect(lambda _id: self._fill_list())
        self.new_button.clicked.connect(self.new_diagnosis)
        self.delete_button.clicked.connect(self.delete_diagnosis)
        self.follower = follow_bus(ctx, self, ("diagnoses",), lambda _changes: self._fill_list())
        self.retranslate()
        self._fill_list()

    def _build(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_label = QLabel(left)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        diagram = QWidget(self)
        diagram_layout = QVBoxLayout(diagram)
        diagram_layout.setContentsMargins(0, 0, 0, 0)
        toolbar = QHBoxLayout()
        for name, button in self.tools.items():
            button.setObjectName(f"fishbone-{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the keyboard on the diagram
            toolbar.addWidget(button)
        toolbar.addWidget(self.status, 1)
        diagram_layout.addLayout(toolbar)
        split = QSplitter(Qt.Orientation.Horizontal, diagram)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        self.detail.setMaximumWidth(380)
        split.setSizes([900, 320])
        diagram_layout.addWidget(split, 1)
        self.pages.addTab(self.problem, "")
        self.pages.addTab(diagram, "")
        self.pages.addTab(self.sheet, "")
        self.pages.addTab(self.plan, "")
        self.pages.setCurrentIndex(1)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(self.pages)
        main.setStretchFactor(1, 1)
        main.setSizes([220, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(main, 1)
        self.tools["bone"].clicked.connect(self.add_bone)
        self.tools["left"].clicked.connect(lambda: self.move_bone(+1))
        self.tools["right"].clicked.connect(lambda: self.move_bone(-1))
        self.tools["sixm"].clicked.connect(self.apply_six_m)
        self.tools["zoomin"].clicked.connect(lambda: self.view.zoom(1.2))
        self.tools["zoomout"].clicked.connect(lambda: self.view.zoom(1 / 1.2))
        self.tools["fit"].clicked.connect(self.view.fit)

    # --- diagnoses -----------------------------------------------------------------------------------
    def _fill_list(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.diagnosis_id
        engagement = self.ctx.selection.engagement_id
        self.list.blockSignals(True)
        self.list.clear()
        for diagnosis in self.ctx.repos.diagnoses.for_engagement(engagement) if engagement is not None else []:
            item = QListWidgetItem(diagnosis.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, diagnosis.id)
            if diagnosis.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.new_button.setEnabled(engagement is not None)
        self._diagnosis_chosen()

    def _diagnosis_chosen(self) -> None:
        item = self.list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if chosen == self.diagnosis_id:
            return
        self.diagnosis_id = chosen
        self.delete_button.setEnabled(chosen is not None)
        self.problem.show_diagnosis(chosen)
        self.controller.show_diagnosis(chosen)
        self.plan.show_diagnosis(chosen)
        self.status.clear()

    def new_diagnosis(self) -> int | None:
        engagement = self.ctx.selection.engagement_id
        if engagement is None:
            return None
        title = self.ctx.asker.get_text(self, self.tr("New diagnosis"), self.tr("Problem:"), "")
        if title is None:
            return None
        bones = [QCoreApplication.translate("DiagnosisTab", name) for name in DEFAULT_BONES]
        try:
            new_id = ops.create_diagnosis(self.ctx, engagement, title, bones, self, phenomenon=title)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("New diagnosis"), str(exc))
            return None
        self._fill_list(keep=new_id)
        self.view.select(("head", 0))
        self.view.setFocus()
        return new_id

    def delete_diagnosis(self) -> None:
        if self.diagnosis_id is None:
            return
        question = self.tr("Delete this diagnosis with its fishbone and solution plan?")
        if self.ctx.asker.confirm(self, self.tr("Delete diagnosis"), question):
            ops.delete_diagnosis(self.ctx, self.diagnosis_id, self)

    # --- diagram -------------------------------------------------------------------------------------
    def _tree_changed(self, tree: Any) -> None:
        current = self.view.current()
        self.sheet_model.show_tree(tree)
        self._node_selected(current)
        for column, width in ((0, 110), (2, 170), (3, 240), (4, 100)):
            self.sheet.setColumnWidth(column, width)

    def _node_selected(self, node: Any) -> None:
        cause_id = node[1] if node and node[0] == "cause" else None
        if cause_id != self.detail.cause_id:
            self.detail.show_cause(cause_id)
        row = self.sheet_model.row_of(cause_id) if cause_id is not None else -1
        if row >= 0 and self.sheet.currentIndex().row() != row:
            self.sheet.selectRow(row)

    def _sheet_row(self, current: Any, _previous: Any) -> None:
        if current.isValid() and self.pages.currentWidget() is self.sheet:
            self.view.select(("cause", self.sheet_model.rows[current.row()].cause.id))

    def main_view(self) -> QWidget | None:
        page = self.pages.currentWidget()  # the diagram page holds the view beside the detail panel
        return self.view if page is not None and page.isAncestorOf(self.view) else page

    def reveal(self, table: str, record_id: int) -> bool:
        """Open the diagnosis a record belongs to and select it: a cause or bone on the fishbone, a task
        in the plan (ui/search/reveal.py)."""
        rows = self.ctx.repos.rows
        row = rows.get(table, record_id)
        if row is None:
            return False
        parent = {"diagnosis_causes": ("diagnosis_bones", "bone_id"), "solution_tasks": ("solution_phases", "phase_id")}
        diagnosis_id: int | None
        if table == "diagnoses":
            diagnosis_id = record_id
        elif table in parent:
            above = rows.get(parent[table][0], row[parent[table][1]])
            diagnosis_id = above["diagnosis_id"] if above else None
        else:
            diagnosis_id = row["diagnosis_id"]
        self._fill_list(keep=diagnosis_id)
        if diagnosis_id is None or self.diagnosis_id != diagnosis_id:
            return False
        if table in ("diagnosis_causes", "diagnosis_bones"):
            self.pages.setCurrentIndex(1)
            self.view.select(("cause" if table == "diagnosis_causes" else "bone", record_id))
        elif table in ("solution_phases", "solution_tasks"):
            self.pages.setCurrentWidget(self.plan)
        else:
            self.pages.setCurrentWidget(self.problem)
        return True

    def _bone_in_focus(self) -> int | None:
        node = self.view.current()
        tree = self.controller.tree
        if node is None or tree is None:
            return None
        if node[0] == "bone":
            return node[1]
        return tree.by_id[node[1]].bone_id if node[0] == "cause" else None

    def add_bone(self) -> None:
        if self.diagnosis_id is not None:
            self.view.select(("head", 0))
            self.view.start_add(("head", 0), as_child=True)

    def move_bone(self, step: int) -> None:
        bone_id = self._bone_in_focus()
        if bone_id is not None:
            self.controller.move_bone(bone_id, step)

    def apply_six_m(self) -> None:
        if self.diagnosis_id is not None:
            ops.apply_bone_preset(self.ctx, self.diagnosis_id, six_m_preset(), known_bone_names(), self)

    # --- export --------------------------------------------------------------------------------------
    def export_png(self) -> Path | None:
        if self.controller.tree is None:
            return None
        scale = self.ctx.asker.choose(self, self.tr("Export PNG"), self.tr("Scale:"), [f"{s}\u00d7" for s in SCALES])
        if scale is None:
            return None
        path = self.ctx.asker.save_file(self, self.tr("Export PNG"), "fishbone.png", self.tr("PNG image (*.png)"))
        if not path:
            return None
        return self._write(self.tr("Export PNG"), Path(path), scene_png(self.scene, float(scale.rstrip("\u00d7"))))

    def export_svg(self) -> Path | None:
        if self.controller.tree is None:
            return None
        path = self.ctx.asker.save_file(self, self.tr("Export SVG"), "fishbone.svg", self.tr("SVG image (*.svg)"))
        if not path:
            return None
        return self._write(self.tr("Export SVG"), Path(path), scene_svg(self.scene, self.controller.tree.diagnosis.title))

    def _write(self, title: str, path: Path, data: bytes) -> Path | None:
        try:
            write_atomic(path, data)
        except SaveError as exc:
            self.ctx.asker.warn(self, title, exc.message)
            return None
        return path

    def tab_menu(self) -> QMenu:
        menu = self.menu = QMenu(self)
        menu.setObjectName("diagnosisMenu")
        for key, slot, shortcut in (
            ("new", self.new_diagnosis, None),
            ("png", self.export_png, None),
            ("svg", self.export_svg, None),
            ("sixm", self.apply_six_m, None),
            ("fit", self.view.fit, QKeySequence("Ctrl+0")),
        ):
            action = QAction(self)
            action.setObjectName(f"diagnosis-{key}")
            action.triggered.connect(lambda _=False, s=slot: s())
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            menu.addAction(action)
            self.menu_actions[key] = action
        self.retranslate()
        return menu

    def shutdown(self) -> None:
        self.problem.fields.flush()
        self.detail.fields.flush()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("Diagnoses"))
        self.new_button.setText(self.tr("New\u2026"))
        self.delete_button.setText(self.tr("Delete"))
        page_titles = (self.tr("Problem"), self.tr("Fishbone"), self.tr("Diagnosis sheet"), self.tr("Solution plan"))
        for index, text in enumerate(page_titles):
            self.pages.setTabText(index, text)
        labels = {
            "bone": self.tr("Add category"), "left": self.tr("Category \u2190"), "right": self.tr("Category \u2192"),
            "sixm": self.tr("6M preset"), "zoomin": self.tr("Zoom in"), "zoomout": self.tr("Zoom out"), "fit": self.tr("Fit"),
        }
        for name, text in labels.items():
            self.tools[name].setText(text)
        self.view.setToolTip(
            self.tr("Tab: add sub-cause · Enter: add sibling · F2: edit · Delete: remove · arrows: move · "
                    "Ctrl+arrows: reorder categories")
        )
        if self.menu is not None:
            self.menu.setTitle(self.tr("&Diagnosis"))
            texts = {
                "new": self.tr("New diagnosis\u2026"), "png": self.tr("Export fishbone as PNG\u2026"),
                "svg": self.tr("Export fishbone as SVG\u2026"), "sixm": self.tr("Apply 6M categories"),
                "fit": self.tr("Fit diagram to window"),
            }
            for key, text in texts.items():
                self.menu_actions[key].setText(text)
