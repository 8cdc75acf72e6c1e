"""Preview of a requirements file before import: how the file was read (encoding, separator, sheet, header
row — the last two changeable), the column mapping (guessed, editable), the columns left out, every
invalid row with its row number and reason, and rows whose stated quadrant disagrees with their scores.
"Import valid rows" accepts; the caller then imports dialog.plan.rows through ops. Shown through
ctx.asker.run_dialog, so tests fill it in without a modal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.domain.requirement_fields import FIELD_HEADERS, is_priority_header
from consultdesk.transfer import ImportPlan, Table, TransferError, guess_mapping, read_table, validate
from consultdesk.ui.board.field_labels import field_label
from consultdesk.ui.board.import_texts import problem_text

IGNORE = ""  # combo data of "(do not import)"
COMPARED = "#quadrant"  # combo data of a stated-quadrant column: read and compared with the scores, not stored
MAX_LISTED_PROBLEMS = 1000  # beyond this the list says how many more; the import still refuses them all


class ImportPreviewDialog(QDialog):
    def __init__(self, ctx: AppContext, table: Table, engagement_id: int, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.ctx = ctx
        self.table = table
        self.path = path  # to read the file again with another sheet or header row
        self.taken_codes = ctx.repos.requirements_import.taken_codes(engagement_id)
        self.plan: ImportPlan | None = None
        self._filling = False

        self.file_label = QLabel(self)
        self.file_label.setObjectName("importFileInfo")
        self.file_label.setWordWrap(True)
        self.sheet_label, self.sheet_combo = QLabel(self), QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_label, self.header_spin = QLabel(self), QSpinBox(self)
        self.header_spin.setObjectName("importHeaderRow")
        self.header_spin.setRange(1, 1000)
        self.header_label.setBuddy(self.header_spin)
        self.read_error = QLabel(self)
        self.read_error.setObjectName("importReadError")
        self.read_error.setStyleSheet("color: #b3261e;")
        self.read_error.setWordWrap(True)
        source_row = QHBoxLayout()
        for widget in (self.sheet_label, self.sheet_combo, self.header_label, self.header_spin):
            source_row.addWidget(widget)
        source_row.addStretch(1)
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        self.ignored_label = QLabel(self)
        self.ignored_label.setObjectName("importIgnored")
        self.ignored_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("importProblems")
        self.notices_label = QLabel(self)
        self.notice_list = QListWidget(self)
        self.notice_list.setObjectName("importNotices")
        for listing in (self.problem_list, self.notice_list):
            listing.setWordWrap(True)
            listing.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a cut sentence shows it is cut; the tooltip has it all
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(source_row)
        layout.addWidget(self.read_error)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.notice_list, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 680)
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._source_edited(sheet_changed=True))
        self.header_spin.editingFinished.connect(self._source_edited)
        self.header_spin.valueChanged.connect(lambda _v: self._source_edited() if not self.header_spin.hasFocus() else None)
        self.read_error.hide()
        self._load_table(table)
        self.retranslate()

    # --- where the table comes from --------------------------------------------------------------------
    def _load_table(self, table: Table) -> None:
        self.table = table
        self._filling = True
        try:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(table.sheets))
            self.sheet_combo.setCurrentText(table.sheet)
            self.header_spin.setValue(table.header_row)
        finally:
            self._filling = False
        can_reread = self.path is not None
        for sheet_widget in (self.sheet_label, self.sheet_combo):
            sheet_widget.setVisible(can_reread and bool(table.sheets))
        for header_widget in (self.header_label, self.header_spin):
            header_widget.setVisible(can_reread)
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for column, name in enumerate(table.headers):
            self.mapping_table.setItem(column, 0, QTableWidgetItem(name.replace("\n", " ")))
            self.mapping_table.setItem(column, 1, QTableWidgetItem(self._example(column)))
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"importMapping-{column}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_edited(c))
            self.mapping_table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self._fill_combos(guess_mapping(table.headers))

    def choose_sheet(self, name: str) -> None:
        """Read another sheet of the workbook, as picking it in the combo does."""
        self.sheet_combo.setCurrentText(name)

    def choose_header_row(self, row: int) -> None:
        """Read the headers from another row (1 = the sheet's first), as the spin box does."""
        self.header_spin.setValue(row)
        self._source_edited()

    def _source_edited(self, sheet_changed: bool = False) -> None:
        if self._filling or self.path is None:
            return
        sheet = self.sheet_combo.currentText() or None
        # A new sheet: find its header again; the same sheet: the row the user typed.
        header_row = None if sheet_changed else self.header_spin.value()
        if not sheet_changed and header_row == self.table.header_row and sheet == (self.table.sheet or None):
            return
        try:
            table = read_table(self.path, self.table.source, sheet=sheet, header_row=header_row)
        except TransferError as exc:
            self.read_error.setText(problem_text(exc.problem))
            self.read_error.show()
            return
        self.read_error.hide()
        self._load_table(table)
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
                default = IGNORE
                if is_priority_header(self.table.headers[column]):
                    combo.addItem(self.tr("(compared with the scores)"), COMPARED)
                    default = COMPARED
                combo.addItem(self.tr("(do not import)"), IGNORE)
                for name in FIELD_HEADERS:
                    combo.addItem(field_label(name), name)
                combo.setCurrentIndex(max(combo.findData(by_column.get(column, default)), 0))
        finally:
            self._filling = False

    def mapping(self) -> dict[str, int]:
        return {c.currentData(): i for i, c in enumerate(self.combos) if c.currentData() not in (IGNORE, COMPARED)}

    def map_column(self, column: int, field: str) -> None:
        """Set what a file column is imported as (a field name, or "" to ignore it), as the combo does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def _mapping_edited(self, column: int) -> None:
        if self._filling:
            return
        chosen = self.combos[column].currentData()
        if chosen not in (IGNORE, COMPARED):  # a field comes from one column: the column that had it lets it go
            self._filling = True
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.setCurrentIndex(0)
            self._filling = False
        self.revalidate()

    # --- checking ----------------------------------------------------------------------------------
    def revalidate(self) -> None:
        self.problem_list.clear()
        self.notice_list.clear()
        try:
            self.plan = validate(self.table, self.mapping(), self.taken_codes)
        except TransferError as exc:
            self.plan = None
            self.summary_label.setText(problem_text(exc.problem) + " " + self.tr(
                "Choose a column for the title (or the description) under \"Import as\"."))
            self._show_lists(False, False)
            self.ignored_label.hide()
            self.import_button.setText(self.tr("Import"))
            self.import_button.setEnabled(False)
            return
        plan = self.plan
        for problem in plan.problems[:MAX_LISTED_PROBLEMS]:
            self._add_line(self.problem_list, problem_text(problem))
        if len(plan.problems) > MAX_LISTED_PROBLEMS:
            self.problem_list.addItem(self.tr("… and %n more problems", "", len(plan.problems) - MAX_LISTED_PROBLEMS))
        for notice in plan.notices[:MAX_LISTED_PROBLEMS]:
            self._add_line(self.notice_list, problem_text(notice))
        self.ignored_label.setText(self.tr("Columns not imported: %1").replace(
            "%1", self.tr(", ").join(f"“{c}”" for c in plan.ignored_columns).replace("\n", " ")))
        self.ignored_label.setVisible(bool(plan.ignored_columns))
        valid, invalid = len(plan.rows), plan.rejected_rows
        if not valid and not invalid:
            summary = self.tr("0 rows to import: the file has a header row (row %1) but no requirement rows "
                              "under it.").replace("%1", str(self.table.header_row))
        elif invalid:
            summary = (self.tr("%n row(s) ready to import.", "", valid) + " "
                       + self.tr("%n invalid row(s) will be left out.", "", invalid))
        else:
            summary = self.tr("%n row(s) ready to import.", "", valid)
        self.summary_label.setText(summary)
        self._show_lists(bool(invalid), bool(plan.notices))
        self.import_button.setText(self.tr("Import %n valid row(s)", "", valid))
        self.import_button.setEnabled(valid > 0)

    @staticmethod
    def _add_line(listing: QListWidget, text: str) -> None:
        listing.addItem(text)
        listing.item(listing.count() - 1).setToolTip(text)

    def _show_lists(self, problems: bool, notices: bool) -> None:
        self.problems_label.setVisible(problems)
        self.problem_list.setVisible(problems)
        self.notices_label.setVisible(notices)
        self.notice_list.setVisible(notices)

    def _file_info(self) -> str:
        table = self.table
        parts = [self.tr("%n data row(s)", "", len(table.rows))]
        if table.sheet:
            parts.append(self.tr("sheet “%1”").replace("%1", table.sheet))
        parts.append(self.tr("headers on row %1").replace("%1", str(table.header_row)))
        if table.encoding:
            parts.append(self.tr("encoding %1").replace("%1", table.encoding))
        if table.separator:
            names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
            parts.append(self.tr("separated by %1").replace("%1", names[table.separator]))
        return (self.tr("%1: %2. Check what each column is imported as.")
                .replace("%1", table.source).replace("%2", self.tr(", ").join(parts)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import requirements"))
        self.file_label.setText(self._file_info())
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.header_label.setText(self.tr("&Headers on row:"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Import as")])
        self.problems_label.setText(self.tr("Rows that cannot be imported (row numbers as in the spreadsheet):"))
        self.notices_label.setText(self.tr("Imported by their scores (the stated quadrant differs or cannot be read):"))
        self._fill_combos(self.mapping())
        self.revalidate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
