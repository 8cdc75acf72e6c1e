"""The one atomic writer for every file the app writes: build the bytes in memory, then write them here.

The bytes go to a temporary file beside the target, are flushed to the disk (fsync) and renamed over the
target, so an existing file is never left half-written and a failed or cancelled write leaves nothing
behind. The temporary file is created like a plain open() would create a file (0666 less the umask), so
the final file gets the user's usual permissions. Every failure is a SaveError carrying one translated
sentence, which the GUI shows and the CLI prints.
"""

from __future__ import annotations

import io
import os
import secrets
from enum import Enum
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from consultdesk.export.request import ExportCancelled
from consultdesk.store.failures import write_failure_sentence

translate = QCoreApplication.translate  # context "save"; lupdate reads translate("save", "...")

CHUNK = 256 * 1024
TEMP_PREFIX = ".writing-"


class SaveProblem(str, Enum):
    LOCKED = "locked"  # the target is open elsewhere (Word) or read-only: another name helps
    FOLDER = "folder"  # the folder is missing or read-only: another folder helps
    OTHER = "other"  # disk full, I/O error


class SaveError(OSError):
    """One user-facing sentence, and what kind of problem it is (so the GUI can offer another name).

    An OSError, so callers that already report refused writes as OSError keep catching it."""

    def __init__(self, message: str, problem: SaveProblem) -> None:
        super().__init__(message)
        self.message = message
        self.strerror = message
        self.problem = problem

    def __str__(self) -> str:
        return self.message


def document_bytes(doc: Any) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def save_document(doc: Any, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Serialise a python-docx Document in memory and write it atomically to `target`."""
    write_atomic(Path(target), document_bytes(doc), progress)


def write_atomic(target: Path, data: bytes, progress: Callable[[int, int], None] | None = None) -> None:
    """Write `data` to `target` atomically; progress(done, total) may raise ExportCancelled."""
    target = Path(target)
    _check_target(target)
    temp = target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(4)}-{target.name}")
    try:
        # 0o666 through os.open: the umask applies, as for any file the user's programs create.
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise _open_error(target, exc) from exc
    try:
        try:
            total = len(data)
            for offset in range(0, total, CHUNK):
                if progress is not None:
                    progress(offset, total)
                view = memoryview(data)[offset:offset + CHUNK]
                while view:
                    view = view[os.write(handle, view):]
            if progress is not None:
                progress(total, total)
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise SaveError(_sentence(exc, target), SaveProblem.OTHER) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    try:
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        problem = SaveProblem.LOCKED if target.exists() else SaveProblem.OTHER
        raise SaveError(translate("save", "Could not replace {name}; it may be open in another program ({reason}).").format(
            name=target.name, reason=exc.strerror or type(exc).__name__), problem) from exc


def _sentence(exc: OSError, target: Path) -> str:
    return write_failure_sentence(exc, target) or translate("save", "Could not write {name}: {reason}").format(
        name=target.name, reason=exc.strerror or type(exc).__name__)


def _check_target(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise SaveError(translate("save", "The folder {folder} does not exist.").format(folder=folder), SaveProblem.FOLDER)
    if target.is_dir():
        raise SaveError(translate("save", "{name} is a folder, not a file.").format(name=target.name), SaveProblem.LOCKED)
    # A rename would replace a read-only file silently; treat it as the user's "do not touch" sign.
    if target.exists() and not os.access(target, os.W_OK):
        raise SaveError(translate("save", "{name} is read-only or open in another program; choose another name.").format(
            name=target.name), SaveProblem.LOCKED)


def _open_error(target: Path, exc: OSError) -> SaveError:
    if not os.access(target.parent, os.W_OK):
        return SaveError(translate("save", "The folder {folder} is read-only; choose another folder.").format(
            folder=target.parent), SaveProblem.FOLDER)
    return SaveError(_sentence(exc, target), SaveProblem.OTHER)


__all__ = ["ExportCancelled", "SaveError", "SaveProblem", "document_bytes", "save_document", "write_atomic"]
