"""Preview of a requirements file before import: the column mapping (guessed, editable) and every
invalid row with its row number and reason. "Import valid rows" accepts; the caller then imports
dialog.plan.rows through ops. Shown through ctx.asker.run_dialog, so tests fill it in without a modal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.requirement_fields import FIELD_HEADERS
from consultdesk.transfer import ImportPlan, Table, TransferError, guess_mapping, validate
from consultdesk.ui.board.field_labels import field_label
from consultdesk.ui.board.import_texts import problem_text

IGNORE = ""  # combo data of "(do not import)"
MAX_LISTED_PROBLEMS = 1000  # beyond this the list says how many more; the import still refuses them all


class ImportPreviewDialog(QDialog):
    def __init__(self, ctx: AppContext, table: Table, engagement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.ctx = ctx
        self.table = table
        self.taken_codes = ctx.repos.requirements_import.taken_codes(engagement_id)
        self.plan: ImportPlan | None = None
        self._filling = False

        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.mapping_table = QTableWidget(len(table.headers), 3, self)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.combos: list[QComboBox] = []
        for column, header in enumerate(table.headers):
            self.mapping_table.setItem(column, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(column, 1, QTableWidgetItem(self._example(column)))
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"importMapping-{column}")
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_edited(c))
            self.mapping_table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("importProblems")
        self.problem_list.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 620)
        self._fill_combos(guess_mapping(table.headers))
        self.retranslate()

    # --- mapping -----------------------------------------------------------------------------------
    def _example(self, column: int) -> str:
        for _row, cells in self.table.rows:
            if column < len(cells) and cells[column].strip():
                text = " ".join(cells[column].split())
                return text if len(text) <= 60 else text[:59] + "…"
        return ""

    def _fill_combos(self, mapping: dict[str, int]) -> None:
        by_column = {index: name for name, index in mapping.items()}
        self._filling = True
        try:
            for column, combo in enumerate(self.combos):
                combo.clear()
                combo.addItem(self.tr("(do not import)"), IGNORE)
                for name in FIELD_HEADERS:
                    combo.addItem(field_label(name), name)
                combo.setCurrentIndex(max(combo.findData(by_column.get(column, IGNORE)), 0))
        finally:
            self._filling = False

    def mapping(self) -> dict[str, int]:
        return {c.currentData(): i for i, c in enumerate(self.combos) if c.currentData() != IGNORE}

    def map_column(self, column: int, field: str) -> None:
        """Set what a file column is imported as (a field name, or "" to ignore it), as the combo does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def _mapping_edited(self, column: int) -> None:
        if self._filling:
            return
        chosen = self.combos[column].currentData()
        if chosen != IGNORE:  # a field comes from one column: the column that had it lets it go
            self._filling = True
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.setCurrentIndex(0)
            self._filling = False
        self.revalidate()

    # --- checking ----------------------------------------------------------------------------------
    def revalidate(self) -> None:
        self.problem_list.clear()
        try:
            self.plan = validate(self.table, self.mapping(), self.taken_codes)
        except TransferError as exc:
            self.plan = None
            self.summary_label.setText(problem_text(exc.problem))
            self.import_button.setText(self.tr("Import"))
            self.import_button.setEnabled(False)
            return
        plan = self.plan
        for problem in plan.problems[:MAX_LISTED_PROBLEMS]:
            self.problem_list.addItem(problem_text(problem))
        if len(plan.problems) > MAX_LISTED_PROBLEMS:
            self.problem_list.addItem(self.tr("… and %n more problems", "", len(plan.problems) - MAX_LISTED_PROBLEMS))
        valid, invalid = len(plan.rows), plan.rejected_rows
        self.summary_label.setText(
            self.tr("%n row(s) ready to import.", "", valid) + " " + self.tr("%n invalid row(s) will be left out.", "", invalid)
            if invalid else self.tr("%n row(s) ready to import.", "", valid)
        )
        self.problems_label.setVisible(bool(invalid))
        self.problem_list.setVisible(bool(invalid))
        self.import_button.setText(self.tr("Import %n valid row(s)", "", valid))
        self.import_button.setEnabled(valid > 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import requirements"))
        self.file_label.setText(self.tr("%1: %n data row(s). Check what each column is imported as.", "",
                                        len(self.table.rows)).replace("%1", self.table.source))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Import as")])
        self.problems_label.setText(self.tr("Rows that cannot be imported (row numbers as in the spreadsheet):"))
        self._fill_combos(self.mapping())
        self.revalidate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
