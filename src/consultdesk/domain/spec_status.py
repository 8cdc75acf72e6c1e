"""What a specification document needs to know about sign-off: the contract between baselines and export.

Baselines/change control produce a SpecStatus; the specification writer renders it (cover status,
revision history, sign-off table, content hash, "Changes since vN"). A draft with no baseline is
SpecStatus() with everything empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class DocStatus(str, Enum):
    DRAFT = "draft"
    SIGNED = "signed"


@dataclass(frozen=True)
class Revision:
    version: int
    created_at: str  # UTC ISO-8601
    sha256: str
    summary: str = ""  # e.g. the change requests it contains
    signers: tuple[tuple[str, str], ...] = ()  # who signed this version: (name, meaning)
    requirements: int = 0  # how many requirements it froze


@dataclass(frozen=True)
class SignOffRecord:
    signer: str
    side: str  # "client" | "us"
    meaning: str  # "approved" | "reviewed" | "authored"
    signed_at: str  # UTC ISO-8601
    comment: str = ""


@dataclass(frozen=True)
class FieldChange:
    code: str
    title: str
    field: str  # a Requirement field name, or "" for an added/removed requirement
    old: str
    new: str
    change_request: str = ""  # e.g. "CR-002 (approved)"; "" when no change request covers it


@dataclass(frozen=True)
class SpecStatus:
    status: DocStatus = DocStatus.DRAFT
    version: int | None = None  # the baseline this document shows, or the next version for a draft
    sha256: str = ""  # content hash of that baseline (signed documents)
    signoffs: tuple[SignOffRecord, ...] = ()
    revisions: tuple[Revision, ...] = ()
    changes_since_version: int | None = None
    changes_since: tuple[FieldChange, ...] = ()
