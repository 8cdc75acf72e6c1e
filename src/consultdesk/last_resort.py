"""The last-resort handler: an error nobody caught is logged in full and shown as one sentence.

No traceback ever reaches a user. The details go to <workspace>/logs/consultdesk.log (rotated at 1 MB,
three old files kept) — or to the platform's log folder when the workspace itself cannot be written —
and the user reads one translated sentence naming the log file. Used by the CLI's main() and, through
sys.excepthook, by the GUI (PySide6 hands every exception raised in a slot or an event handler to it).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls

LOG_NAME = "consultdesk.log"
LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUPS = 3
_LOGGER = "consultdesk.last_resort"



def _log_folders(root: Path | None) -> list[Path]:
    # Only an existing workspace folder gets a logs/ (never create a folder where a file is, or a new
    # workspace just to hold a log).
    folders = [Path(root) / "logs"] if root is not None and Path(root).is_dir() else []
    try:
        import platformdirs

        folders.append(Path(platformdirs.user_log_dir("ConsultDesk", appauthor=False)))
    except Exception:  # noqa: BLE001 - a log folder is a convenience; never fail while reporting a failure
        pass
    return folders


def record(exc: BaseException, root: Path | None) -> Path | None:
    """Append *exc* with its traceback to the log; returns the log file, or None when none could be written."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    for folder in _log_folders(root):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        except OSError:
            continue
        logger = logging.getLogger(_LOGGER)
        logger.propagate = False
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
        try:
            logger.error("%s %s\n%s", QCoreApplication.applicationName() or "consultdesk",
                         " ".join(sys.argv[1:]), details)
        finally:
            logger.removeHandler(handler)
            handler.close()
        if path.is_file():
            return path
    return None


def sentence(exc: BaseException) -> str:
    """What went wrong, in one sentence, when the code that raised it has one; else a generic one."""
    from consultdesk.ops.errors import OpError
    from consultdesk.store.errors import WorkspaceError
    from consultdesk.store.failures import write_failure_sentence

    if isinstance(exc, WorkspaceError):
        return exc.message
    if isinstance(exc, OpError):
        return str(exc)
    known = write_failure_sentence(exc)
    if known is not None:
        return known
    return translate("LastResort", "ConsultDesk could not finish this because of an unexpected error "
                                   "({kind}).").format(kind=type(exc).__name__)


def report(exc: BaseException, root: Path | None) -> str:
    """Log *exc* and return the sentence to show, naming the log file when there is one."""
    text = sentence(exc)
    path = record(exc, root)
    if path is not None:
        text += " " + translate("LastResort", "The details were written to {path}.").format(path=str(path))
    return text


def exit_code(exc: BaseException) -> int:
    from consultdesk.store.errors import WorkspaceError

    return 2 if isinstance(exc, WorkspaceError) else 1


def install_gui_hook(show: Callable[[str], None], root: Callable[[], Path | None]) -> Callable[..., Any]:
    """Route every uncaught exception of the GUI to report() and show(sentence); returns the hook."""
    busy = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if busy:  # an error while showing an error: log only, never loop
            record(exc, root())
            return
        busy = True
        try:
            show(report(exc, root()))
        except Exception as inner:  # noqa: BLE001 - the hook itself must never raise
            record(inner, root())
        finally:
            busy = False

    sys.excepthook = hook
    return hook
