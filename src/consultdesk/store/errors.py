"""Errors the store raises, each carrying one sentence a person can act on."""

from __future__ import annotations

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
    DISK_FULL = "disk_full"


class WorkspaceError(Exception):
    def __init__(self, problem: WorkspaceProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.message = message


class StoreError(Exception):
    """A write was refused (constraint, missing row); nothing was changed."""

