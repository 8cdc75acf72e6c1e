"""Atomic writing of an exported file: build in memory, write through QSaveFile (temp file + rename).

An existing file is never left half-written: QSaveFile writes a temporary file beside the target and
renames it over the target only on commit(). A failure or a cancel discards the temporary file, so
the previous file stays byte-identical and a cancelled export leaves nothing behind.
"""

from __future__ import annotations

import io
import os
from enum import Enum
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile

from consultdesk.export.request import ExportCancelled

translate = QCoreApplication.translate  # context "save"; lupdate reads translate("save", "...")

CHUNK = 256 * 1024


class SaveProblem(str, Enum):
    LOCKED = "locked"  # the target is open elsewhere (Word) or read-only: another name helps
    FOLDER = "folder"  # the folder is missing or read-only: another folder helps
    OTHER = "other"  # disk full, I/O error


class SaveError(Exception):
    """One user-facing sentence, and what kind of problem it is (so the GUI can offer another name)."""

    def __init__(self, message: str, problem: SaveProblem) -> None:
        super().__init__(message)
        self.message = message
        self.problem = problem


def document_bytes(doc: Any) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def save_document(doc: Any, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Serialise a python-docx Document in memory and write it atomically to `target`."""
    write_atomic(Path(target), document_bytes(doc), progress)


def write_atomic(target: Path, data: bytes, progress: Callable[[int, int], None] | None = None) -> None:
    """Write `data` to `target` atomically; progress(done, total) may raise ExportCancelled."""
    _check_target(target)
    save = QSaveFile(str(target))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise _open_error(target, save.errorString())
    try:
        total = len(data)
        for offset in range(0, total, CHUNK):
            if progress is not None:
                progress(offset, total)
            piece = data[offset:offset + CHUNK]
            if save.write(piece) != len(piece):
                raise SaveError(translate("save", "Could not write {name}: {reason}").format(
                    name=target.name, reason=save.errorString()), SaveProblem.OTHER)
        if progress is not None:
            progress(total, total)
    except BaseException:
        save.cancelWriting()
        save.commit()  # after cancelWriting, commit() only discards the temporary file
        raise
    if not save.commit():
        problem = SaveProblem.LOCKED if target.exists() else SaveProblem.OTHER
        raise SaveError(translate("save", "Could not replace {name}; it may be open in another program ({reason}).").format(
            name=target.name, reason=save.errorString()), problem)


def _check_target(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise SaveError(translate("save", "The folder {folder} does not exist.").format(folder=folder), SaveProblem.FOLDER)
    if target.is_dir():
        raise SaveError(translate("save", "{name} is a folder, not a file.").format(name=target.name), SaveProblem.LOCKED)


def _open_error(target: Path, reason: str) -> SaveError:
    if target.exists() and not os.access(target, os.W_OK):
        return SaveError(translate("save", "{name} is read-only or open in another program; choose another name.").format(
            name=target.name), SaveProblem.LOCKED)
    if not os.access(target.parent, os.W_OK):
        return SaveError(translate("save", "The folder {folder} is read-only; choose another folder.").format(
            folder=target.parent), SaveProblem.FOLDER)
    return SaveError(translate("save", "Could not write {name}: {reason}").format(name=target.name, reason=reason),
                     SaveProblem.OTHER)


__all__ = ["ExportCancelled", "SaveError", "SaveProblem", "document_bytes", "save_document", "write_atomic"]
