"""PDF copies of exported documents (clients sign PDFs), through whatever can render Word files here.

LibreOffice (soffice, headless) anywhere, or Microsoft Word on Windows through its COM automation.
Without either there is no faithful conversion, and the caller says so plainly instead of guessing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # context "pdf"

_SOFFICE_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe", r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice", "/usr/lib/libreoffice/program/soffice",
)
TIMEOUT_S = 180


class PdfError(Exception):
    """The PDF could not be made; str() is one sentence for the user."""


def soffice_path() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in _SOFFICE_PLACES if Path(p).is_file()), None)


def word_available() -> bool:
    if sys.platform != "win32":
        return False
    try:
        import win32com.client  # noqa: F401  (pywin32, present where Word automation is set up)
    except ImportError:
        return False
    return True


def converter() -> str | None:
    """"libreoffice", "word" or None."""
    if soffice_path():
        return "libreoffice"
    if word_available():
        return "word"
    return None


def unavailable_text() -> str:
    return translate("pdf", "PDF export needs LibreOffice or Microsoft Word, and neither was found on this "
                            "computer. Install LibreOffice (free) to export PDFs; the Word file is written either way.")


def convert(docx: Path, pdf: Path) -> Path:
    """Write `pdf` from `docx` atomically (an existing PDF stays intact on failure)."""
    from consultdesk.export.save import write_atomic

    kind = converter()
    if kind is None:
        raise PdfError(unavailable_text())
    with tempfile.TemporaryDirectory(prefix="consultdesk-pdf-") as work:
        out = Path(work) / (docx.stem + ".pdf")
        if kind == "libreoffice":
            _soffice(docx, Path(work))
        else:
            _word(docx, out)
        if not out.is_file():
            raise PdfError(translate("pdf", "The PDF of {name} could not be made.").format(name=docx.name))
        write_atomic(pdf, out.read_bytes())
    return pdf


def _soffice(docx: Path, folder: Path) -> None:
    # A private profile: a LibreOffice the user has open (or a locked profile) must not block us.
    profile = folder / "profile"
    args = [soffice_path() or "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
            "--convert-to", "pdf", "--outdir", str(folder), str(docx)]
    try:
        done = subprocess.run(args, capture_output=True, timeout=TIMEOUT_S,
                              env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"})
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PdfError(translate("pdf", "LibreOffice could not convert {name} ({reason}).").format(
            name=docx.name, reason=exc)) from exc
    if done.returncode != 0:
        raise PdfError(translate("pdf", "LibreOffice could not convert {name} ({reason}).").format(
            name=docx.name, reason=done.stderr.decode(errors="replace").strip()[:200]))


def _word(docx: Path, out: Path) -> None:  # pragma: no cover - Windows with Word only
    import win32com.client

    word = win32com.client.DispatchEx("Word.Application")
    try:
        document = word.Documents.Open(str(docx), ReadOnly=True)
        document.SaveAs(str(out), FileFormat=17)  # wdFormatPDF
        document.Close(False)
    except Exception as exc:  # noqa: BLE001 - COM errors come in many types
        raise PdfError(translate("pdf", "Word could not convert {name} ({reason}).").format(name=docx.name, reason=exc)) from exc
    finally:
        word.Quit()
