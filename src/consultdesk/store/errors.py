"""Errors the store raises, each carrying one sentence a person can act on."""

from __future__ import annotations

import errno
import sqlite3
from enum import Enum


class WorkspaceProblem(Enum):
    NOT_A_DIRECTORY = "not_a_directory"
    NOT_ACCESSIBLE = "not_accessible"
    READ_ONLY = "read_only"
    EMPTY_FILE = "empty_file"
    NOT_SQLITE = "not_sqlite"
    TRUNCATED = "truncated"
    FOREIGN = "foreign"
    NEWER = "newer"
    LOCKED = "locked"
    DAMAGED = "damaged"


class WorkspaceError(Exception):
    def __init__(self, problem: WorkspaceProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.message = message


class StoreError(Exception):
    """A write was refused (constraint, missing row); nothing was changed."""


def is_disk_full(exc: BaseException) -> bool:
    """True for "no space left" from the OS or SQLite (SQLITE_FULL), whichever layer noticed it."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return isinstance(exc, sqlite3.Error) and (
        getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc))


def is_read_only(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).replace(" ", "")
