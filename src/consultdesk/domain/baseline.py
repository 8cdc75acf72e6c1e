"""Canonical content of a specification baseline, its SHA-256, and the field diff against it.

The content is what a signer agreed to: every requirement with every CONTENT_FIELD, plus the editable
specification sections. It is serialised canonically (sorted keys, NFC-normalised text, compact JSON,
UTF-8) so the same specification gives the same hash in any workspace, after any restart, whatever the
dict order or Unicode composition of the input. Database ids are deliberately left out; requirements
are matched by their code.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from enum import Enum
from typing import Any, Iterable, Mapping

from consultdesk.domain.requirements import CONTENT_FIELDS, Requirement
from consultdesk.domain.spec_sections import ORIGINAL_SECTIONS, SECTION_ORDER
from consultdesk.domain.spec_status import FieldChange, SignOffRecord

CONTENT_FORMAT = 1
SECTION_FIELD_PREFIX = "section:"  # FieldChange.field of a section change: code "" and "section:<key>"
# Stored as 0/1 in rows, frozen as JSON true/false so a row and a domain object serialise alike.
_BOOL_FIELDS = frozenset(f.name for f in dataclass_fields(Requirement) if f.type in ("bool", bool))
# Fields added after the content format was fixed, with their default. A field holding its default is left
# out of the content, so a specification frozen before the field existed still hashes (and diffs) the same.
LATER_FIELDS: dict[str, Any] = {"notes": ""}
SIDES = ("client", "us")
MEANINGS = ("approved", "reviewed", "authored")


@dataclass(frozen=True)
class IncludedChange:
    """An approved change request a baseline version contains (stored with the baseline)."""

    change_request_id: int | None
    code: str
    title: str


@dataclass(frozen=True)
class Baseline:
    id: int
    engagement_id: int
    version: int
    created_at: str  # UTC ISO-8601
    sha256: str
    content: str  # canonical JSON, exactly as hashed
    change_requests: tuple[IncludedChange, ...] = ()
    signoffs: tuple[SignOffRecord, ...] = ()

    @property
    def label(self) -> str:
        return f"v{self.version}"

    def summary(self) -> str:
        """Revision-history text: the change requests this version contains."""
        return "; ".join(f"{c.code} {c.title}" for c in self.change_requests)


_SCALARS = (int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """A JSON-ready value: enums by value, text NFC-normalised, containers recursively."""
    kind = type(value)
    if kind is str:  # the common case first: this runs for every field of every requirement
        return unicodedata.normalize("NFC", value)
    if kind in _SCALARS:
        return value
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, (dict, Mapping)):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def requirement_content(requirement: Requirement | Mapping[str, Any]) -> dict[str, Any]:
    """The frozen fields of one requirement (a domain object or a row/dict with the same names)."""
    if isinstance(requirement, Requirement):
        content = {name: _plain(getattr(requirement, name)) for name in CONTENT_FIELDS}
    else:
        content = {
            name: bool(requirement.get(name)) if name in _BOOL_FIELDS else _plain(requirement.get(name))
            for name in CONTENT_FIELDS
        }
    for name, default in LATER_FIELDS.items():
        if content.get(name) in (default, None):
            del content[name]
    return content


def spec_content(
    requirements: Iterable[Requirement | Mapping[str, Any]], sections: Mapping[Any, str]
) -> dict[str, Any]:
    """The whole specification as plain data; requirements in their given (board/seq) order."""
    section_text = {_plain(k): _plain(v or "") for k, v in sections.items()}
    return {
        "format": CONTENT_FORMAT,
        "requirements": [requirement_content(r) for r in requirements],
        "sections": {key.value: section_text.get(key.value, "") for key in SECTION_ORDER
                     if key in ORIGINAL_SECTIONS or section_text.get(key.value, "")},
    }


def canonical_json(content: Mapping[str, Any]) -> str:
    return json.dumps(_plain(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(canonical: str) -> str:
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def freeze(requirements: Iterable[Requirement | Mapping[str, Any]], sections: Mapping[Any, str]) -> tuple[str, str]:
    """(canonical JSON, SHA-256) of an engagement's specification."""
    text = canonical_json(spec_content(requirements, sections))
    return text, content_hash(text)


def parse_content(canonical: str) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(canonical)
    return content


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def diff_content(
    old: Mapping[str, Any], new: Mapping[str, Any], covering: Mapping[str, str] | None = None
) -> list[FieldChange]:
    """Field-by-field changes from *old* to *new* content (both spec_content shapes).

    Order: sections, then requirements in the new order (edits and additions), then removals in the old
    order. *covering* maps a requirement code (or "section:<key>") to the change request text that covers
    it, e.g. "CR-002 (approved)".
    """
    covering = covering or {}
    changes: list[FieldChange] = []
    old_sections, new_sections = old.get("sections", {}), new.get("sections", {})
    for key in SECTION_ORDER:
        before, after = old_sections.get(key.value, ""), new_sections.get(key.value, "")
        if before != after:
            field = SECTION_FIELD_PREFIX + key.value
            changes.append(FieldChange("", key.value, field, before, after, covering.get(field, "")))
    old_by_code = {r["code"]: r for r in old.get("requirements", [])}
    new_codes = set()
    for req in new.get("requirements", []):
        code = req["code"]
        new_codes.add(code)
        cover = covering.get(code, "")
        before = old_by_code.get(code)
        if before is None:
            changes.append(FieldChange(code, req.get("title", ""), "", "", _shown(req.get("title")), cover))
            continue
        for name in CONTENT_FIELDS:
            default = LATER_FIELDS.get(name)
            was, now = before.get(name, default), req.get(name, default)
            if was != now:
                changes.append(FieldChange(code, req.get("title", ""), name, _shown(was), _shown(now), cover))
    for code, req in old_by_code.items():
        if code not in new_codes:
            changes.append(FieldChange(code, req.get("title", ""), "", _shown(req.get("title")), "", covering.get(code, "")))
    return changes


def changed_codes(old: Mapping[str, Any], rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """Codes of current requirements (rows or content dicts) added or edited since *old* content.

    The fast path for the board's marks: raw values are compared first and only normalised when they
    differ, so unchanged requirements cost one comparison per field.
    """
    return changed_codes_by_index(requirements_by_code(old), rows)


def requirements_by_code(content: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {r["code"]: r for r in content.get("requirements", [])}


def changed_codes_by_index(
    old_by_code: Mapping[str, Mapping[str, Any]], rows: Iterable[Mapping[str, Any]]
) -> set[str]:
    """changed_codes with the old content already indexed by code (kept by callers that ask often)."""
    out: set[str] = set()
    for row in rows:
        code = row["code"]
        before = old_by_code.get(code)
        if before is None:
            out.add(code)
            continue
        for name in CONTENT_FIELDS:
            value = row.get(name)
            if name in _BOOL_FIELDS:
                value = bool(value)
            was = before.get(name, LATER_FIELDS.get(name))
            if value != was and _plain(value) != was:
                out.add(code)
                break
    return out


def removed_codes(old: Mapping[str, Any], new_codes: Iterable[str]) -> list[str]:
    current = set(new_codes)
    return [r["code"] for r in old.get("requirements", []) if r["code"] not in current]
