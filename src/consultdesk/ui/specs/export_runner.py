"""The GUI path of a document export: choose the subject and the file, build, save atomically, offer Open.

Building reads the workspace, so it runs on the GUI thread; a QProgressDialog appears only when the
export takes longer than ~0.5 s (setMinimumDuration), keeps the window painting and offers Cancel,
which raises ExportCancelled from the progress callback: nothing is written. A locked target or a
read-only folder is explained and another name is offered.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from consultdesk.context import AppContext
from consultdesk.export.request import DOCUMENT_BUILDERS, DocumentRequest, ExportCancelled

SHOW_AFTER_MS = 500
BUILD_SHARE = 85  # percent of the bar for building; the rest is writing the file


@dataclass(frozen=True)
class DocumentKind:
    key: str  # DOCUMENT_BUILDERS key and CLI name
    title: str  # source text (context "DocumentExport")
    subject: str  # "", "interview", "diagnosis", "case": what must be picked first


KINDS = (
    DocumentKind("spec", str(QT_TRANSLATE_NOOP("DocumentExport", "Requirements Specification")), ""),
    DocumentKind("summary", str(QT_TRANSLATE_NOOP("DocumentExport", "Requirement summary")), "interview"),
    DocumentKind("diagnosis", str(QT_TRANSLATE_NOOP("DocumentExport", "Diagnosis report")), "diagnosis"),
    DocumentKind("dispute", str(QT_TRANSLATE_NOOP("DocumentExport", "Dispute minutes")), "case"),
)
KIND_BY_KEY = {kind.key: kind for kind in KINDS}


def kind_title(kind: DocumentKind) -> str:
    return QCoreApplication.translate("DocumentExport", kind.title)


def safe_file_name(text: str) -> str:
    """A file name from a title: characters Windows forbids become "_"; Chinese stays."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .")
    return name or "document"


class ExportRunner(QObject):
    """Runs one export at a time for the Specifications tab and the File ▸ Export menu."""

    def __init__(self, ctx: AppContext, parent: QWidget, options: Callable[[], tuple[str, Path | None]]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.options = options  # () -> (language, template or None)
        self.last_written: Path | None = None
        self.pdf_wanted: Callable[[], bool] = lambda: False  # the panel's "Also as PDF" box
        self.last_pdf: Path | None = None

    # -- the flow ----------------------------------------------------------------------------------
    def export(self, key: str) -> Path | None:
        """Ask what and where, build and write; returns the written path or None (cancelled/refused)."""
        kind = KIND_BY_KEY[key]
        asker, parent = self.ctx.asker, self.parent_widget
        engagement_id = self.ctx.selection.engagement_id
        engagement = self.ctx.repos.clients.get_engagement(engagement_id) if engagement_id else None
        if engagement is None or engagement_id is None:
            asker.warn(parent, kind_title(kind), self.tr("Choose a client and an engagement first."))
            return None
        builder = importlib.import_module(DOCUMENT_BUILDERS[key])  # a missing builder is a broken install
        subject = self._pick_subject(kind, engagement_id)
        if subject is None:
            return None
        lang, template = self.options()
        request = DocumentRequest(repos=self.ctx.repos, engagement_id=engagement_id, lang=lang, template=template,
                                  interview_id=subject.get("interview_id"), diagnosis_id=subject.get("diagnosis_id"),
                                  case_id=subject.get("case_id"))
        suggested = self._suggested_path(f"{engagement.title} - {kind_title(kind)}")
        target = self._ask_target(kind, suggested)
        while target is not None:
            outcome = self._build_and_save(builder, request, target, kind)
            if outcome != "retry":
                break
            target = self._ask_target(kind, str(target.with_name(target.stem + " (2)" + target.suffix)))
        else:
            return None
        if outcome != "ok":
            return None
        self.last_written = target
        self._remember_folder(target)
        if self.pdf_wanted():
            target = self._to_pdf(kind, target) or target
        self._offer_open(kind, target)
        return self.last_written

    def _to_pdf(self, kind: DocumentKind, docx: Path) -> Path | None:
        from consultdesk.export.pdf import PdfError, convert

        try:
            self.last_pdf = convert(docx, docx.with_suffix(".pdf"))
        except PdfError as exc:
            self.ctx.asker.warn(self.parent_widget, kind_title(kind), str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - a SaveError of the PDF: the .docx is written all the same
            self.ctx.asker.warn(self.parent_widget, kind_title(kind), str(exc))
            return None
        return self.last_pdf

    def _build_and_save(self, builder: Any, request: DocumentRequest, target: Path, kind: DocumentKind) -> str:
        """"ok", "cancelled", "retry" (another name may work) or "failed"."""
        from consultdesk.export.docx_base import TemplateError
        from consultdesk.export.save import SaveError, SaveProblem, save_document

        dialog = self._progress_dialog(kind)
        request.progress = lambda done, total: self._report(dialog, done, total, 0, BUILD_SHARE)
        try:
            document = builder.build(request)
            from consultdesk.export.anchor import stamp

            stamp(document, request.repos, request.lang, f"{kind_title(kind)} {target.name}")
            save_document(document, target, lambda done, total: self._report(dialog, done, total, BUILD_SHARE, 100))
            return "ok"
        except ExportCancelled:
            return "cancelled"
        except SaveError as exc:
            if exc.problem in (SaveProblem.LOCKED, SaveProblem.FOLDER):
                self.ctx.asker.warn(self.parent_widget, kind_title(kind), exc.message + "\n" + self.tr("Choose another name."))
                return "retry"
            self.ctx.asker.warn(self.parent_widget, kind_title(kind), exc.message)
            return "failed"
        except (TemplateError, ValueError) as exc:
            self.ctx.asker.warn(self.parent_widget, kind_title(kind), str(exc))
            return "failed"
        finally:
            dialog.reset()
            dialog.deleteLater()

    # -- progress ----------------------------------------------------------------------------------
    def _progress_dialog(self, kind: DocumentKind) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Writing {title}…").format(title=kind_title(kind)), self.tr("Cancel"), 0, 100,
                                 self.parent_widget)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(kind_title(kind))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)  # never shown for a quick export
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    @staticmethod
    def _report(dialog: QProgressDialog, done: int, total: int, start: int, end: int) -> None:
        value = start + (end - start) * done // max(total, 1)
        if value != dialog.value():
            dialog.setValue(min(value, 99))  # a modal progress dialog processes events here
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise ExportCancelled()

    # -- questions ---------------------------------------------------------------------------------
    def _pick_subject(self, kind: DocumentKind, engagement_id: int) -> dict[str, int] | None:
        if not kind.subject:
            return {}
        repos = self.ctx.repos
        listings: dict[str, Callable[[], Sequence[Any]]] = {
            "interview": lambda: repos.interviews.for_engagement(engagement_id),
            "diagnosis": lambda: repos.diagnoses.for_engagement(engagement_id),
            "case": lambda: repos.evidence.cases(engagement_id),
        }
        listing = listings[kind.subject]
        field = {"interview": "interview_id", "diagnosis": "diagnosis_id", "case": "case_id"}[kind.subject]
        items = listing()
        if not items:
            empty = {"interview": self.tr("This engagement has no meeting or interview yet."),
                     "diagnosis": self.tr("This engagement has no diagnosis yet."),
                     "case": self.tr("This engagement has no dispute case yet.")}[kind.subject]
            self.ctx.asker.warn(self.parent_widget, kind_title(kind), empty)
            return None
        if len(items) == 1:
            return {field: items[0].id}
        names = [f"{item.title or '#' + str(item.id)}" for item in reversed(items)]  # latest first
        chosen = self.ctx.asker.choose(self.parent_widget, kind_title(kind), self.tr("Which one?"), names)
        if chosen is None:
            return None
        return {field: list(reversed(items))[names.index(chosen)].id}

    def _ask_target(self, kind: DocumentKind, suggested: str) -> Path | None:
        path = self.ctx.asker.save_file(self.parent_widget, self.tr("Export {title}").format(title=kind_title(kind)),
                                        suggested, self.tr("Word documents (*.docx)"))
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == ".docx" else target.with_name(target.name + ".docx")

    def _suggested_path(self, title: str) -> str:
        folder = self._setting("documents/folder", "")
        name = safe_file_name(title) + ".docx"
        return str(Path(folder) / name) if folder else name

    def _remember_folder(self, target: Path) -> None:
        if self.ctx.settings is not None:
            self.ctx.settings.setValue("documents/folder", str(target.parent))

    def _setting(self, key: str, default: str) -> str:
        value = self.ctx.settings.value(key) if self.ctx.settings is not None else None
        return str(value) if value else default

    def _offer_open(self, kind: DocumentKind, target: Path) -> None:
        open_text, folder_text, close_text = self.tr("Open"), self.tr("Show in folder"), self.tr("Close")
        chosen = self.ctx.asker.choose(
            self.parent_widget, kind_title(kind), self.tr("Written to {path}.").format(path=str(target)),
            [open_text, folder_text, close_text])
        if chosen == open_text:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        elif chosen == folder_text:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
