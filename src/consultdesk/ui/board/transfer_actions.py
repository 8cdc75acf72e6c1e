"""Board menu actions "Import requirements…", "Export requirements…" (for the selected engagement) and
"Export blank intake sheet…"; a requirements file dropped onto the board or the window opens the preview.

Every question goes through ctx.asker (file names, the preview dialog, results), so tests script them.
Exports follow the interface language: Chinese headers and values when the UI is Chinese.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from consultdesk.context import AppContext
from consultdesk.export.save import SaveError
from consultdesk.ops.errors import OpError
from consultdesk.transfer import TransferError, read_table, write_requirements
from consultdesk.transfer.intake import write_intake_sheet
from consultdesk.ui.board.file_drop import FileDropFilter
from consultdesk.ui.board.import_texts import problem_text

_CONTEXT = "TransferActions"



def _engagement_or_explain(ctx: AppContext, parent: QWidget | None, title: str) -> int | None:
    if ctx.selection.engagement_id is None:
        ctx.asker.inform(parent, title, QCoreApplication.translate("TransferActions", "Pick a client and an engagement first."))
    return ctx.selection.engagement_id


def ui_language() -> str:
    """The export language that matches the interface (translations set the default locale)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def import_requirements_interactively(ctx: AppContext, parent: QWidget | None, path: str | None = None) -> list[int]:
    """Ask for a file (unless dropped: *path*), show the preview, import the valid rows (one undo step);
    returns the new ids."""
    from consultdesk.ops.requirement_import import import_requirements
    from consultdesk.ui.board.import_preview import ImportPreviewDialog

    title = QCoreApplication.translate("TransferActions", "Import requirements")
    engagement_id = _engagement_or_explain(ctx, parent, title)
    if engagement_id is None:
        return []
    if path is None:
        path = ctx.asker.open_file(parent, title, QCoreApplication.translate(
                "TransferActions", "Requirement files (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
    if not path:
        return []
    try:
        table = read_table(Path(path))
    except TransferError as exc:
        ctx.asker.warn(parent, title, problem_text(exc.problem))
        return []
    dialog = ImportPreviewDialog(ctx, table, engagement_id, parent, path=Path(path))
    try:
        accepted = ctx.asker.run_dialog(dialog)
        rows = list(dialog.plan.rows) if accepted and dialog.plan is not None else []
    finally:
        dialog.deleteLater()
    if not rows:
        return []
    try:
        ids = import_requirements(ctx, engagement_id, rows, initiator=parent)
    except OpError as exc:
        ctx.asker.warn(parent, title, QCoreApplication.translate(
                "TransferActions", "Nothing was imported: %1").replace("%1", str(exc)))
        return []
    count = len(ids)  # a plain name: lupdate drops a translate call whose count is an expression
    ctx.asker.inform(parent, title, QCoreApplication.translate("TransferActions", "Imported %n requirement(s).", "", count))
    return ids


def export_requirements_interactively(ctx: AppContext, parent: QWidget | None) -> Path | None:
    """Ask for a file name and write the engagement's requirements (.xlsx, or .csv by its suffix)."""
    title = QCoreApplication.translate("TransferActions", "Export requirements")
    engagement_id = _engagement_or_explain(ctx, parent, title)
    if engagement_id is None:
        return None
    engagement = ctx.repos.clients.get_engagement(engagement_id)
    suggested = f"{engagement.title}.xlsx" if engagement else "requirements.xlsx"
    answer = ctx.asker.save_file(parent, title, suggested, QCoreApplication.translate(
            "TransferActions", "Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"))
    if not answer:
        return None
    path = Path(answer)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + ".xlsx")
    try:
        count = write_requirements(path, ctx.repos.requirements.for_engagement(engagement_id), ui_language())
    except TransferError as exc:
        ctx.asker.warn(parent, title, problem_text(exc.problem))
        return None
    except OSError as exc:  # a SaveError too: it words the refusal itself
        ctx.asker.warn(parent, title, _cannot_write(path, exc))
        return None
    ctx.asker.inform(parent, title, QCoreApplication.translate(
            "TransferActions", "Exported %n requirement(s) to %1.", "", count).replace("%1", str(path)))
    return path


def _cannot_write(path: Path, error: OSError) -> str:
    if isinstance(error, SaveError):
        return error.message
    return QCoreApplication.translate("TransferActions", "Cannot write %1: %2").replace("%1", str(path)).replace(
        "%2", error.strerror or str(error))


def export_intake_sheet_interactively(ctx: AppContext, parent: QWidget | None) -> Path | None:
    """Ask for a file name and write the blank standard priority sheet (.xlsx) for a client to fill in."""
    title = QCoreApplication.translate("TransferActions", "Export blank intake sheet")
    answer = ctx.asker.save_file(parent, title, QCoreApplication.translate(
            "TransferActions", "requirement intake sheet.xlsx"), QCoreApplication.translate(
            "TransferActions", "Excel workbook (*.xlsx)"))
    if not answer:
        return None
    path = Path(answer)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        write_intake_sheet(path)
    except OSError as exc:  # a SaveError too: it words the refusal itself
        ctx.asker.warn(parent, title, _cannot_write(path, exc))
        return None
    ctx.asker.inform(parent, title, QCoreApplication.translate(
            "TransferActions", "Saved the blank intake sheet to %1. Once filled in, import it with "
                                        "Board ▸ Import requirements….").replace("%1", str(path)))
    return path


class TransferActions(QObject):
    """Owns the actions; re-labels them when the UI language changes; opens the preview for dropped files."""

    def __init__(self, ctx: AppContext, parent: QWidget, drop_area: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = parent
        self.import_action = QAction(parent)
        self.import_action.setObjectName("importRequirementsAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda: import_requirements_interactively(ctx, parent))
        self.export_action = QAction(parent)
        self.export_action.setObjectName("exportRequirementsAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(lambda: export_requirements_interactively(ctx, parent))
        self.intake_action = QAction(parent)
        self.intake_action.setObjectName("exportIntakeSheetAction")
        self.intake_action.triggered.connect(lambda: export_intake_sheet_interactively(ctx, parent))
        for action in (self.import_action, self.export_action, self.intake_action):
            # Keys act only inside the Board tab: other tabs use the same keys for their own actions.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            parent.addAction(action)
        parent.installEventFilter(self)
        self.drop_filter = FileDropFilter(lambda path: import_requirements_interactively(ctx, parent, path), parent)
        self.drop_filter.watch(parent)
        if drop_area is not None:  # the board's view takes its own drops: it is watched too
            self.drop_filter.watch(drop_area)
        self._window_watched = False
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(QCoreApplication.translate("TransferActions", "&Import requirements…"))
        self.import_action.setStatusTip(QCoreApplication.translate(
                "TransferActions", "Import requirements from a .csv or .xlsx file into this engagement"))
        self.export_action.setText(QCoreApplication.translate("TransferActions", "&Export requirements…"))
        self.export_action.setStatusTip(QCoreApplication.translate(
                "TransferActions", "Save this engagement's requirements as .xlsx or .csv"))
        self.intake_action.setText(QCoreApplication.translate("TransferActions", "Export &blank intake sheet…"))
        self.intake_action.setStatusTip(QCoreApplication.translate("TransferActions", 
            "Save the standard priority sheet (.xlsx, drop-down lists, instructions) for a client to fill in"))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.Show and not self._window_watched:
            # The window exists once the tab is shown: a file dropped anywhere on it imports too.
            window = self._owner.window()
            if window is not self._owner:
                self.drop_filter.watch(window)
                self._window_watched = True
        return False


def add_transfer_actions(
    menu: QMenu, ctx: AppContext, parent: QWidget, drop_area: QWidget | None = None
) -> TransferActions:
    """Add the import/export actions to *menu* (parent: the tab owning them; files dropped on it or on
    *drop_area* are imported)."""
    actions = TransferActions(ctx, parent, drop_area)
    menu.addAction(actions.import_action)
    menu.addAction(actions.export_action)
    menu.addAction(actions.intake_action)
    return actions
