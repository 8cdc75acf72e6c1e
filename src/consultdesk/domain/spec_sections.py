"""The editable sections of a Requirements Specification, kept per engagement.

Shared by the specification writer (renders them), the Specifications tab (edits them) and baselines
(freezes them into the signed content).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SectionKey(str, Enum):
    BACKGROUND = "background"
    GOALS = "goals"
    DELIVERY_STANDARDS = "delivery_standards"
    ACCEPTANCE_PROCEDURE = "acceptance_procedure"
    CHANGE_RULES = "change_rules"
    SCOPE_IN = "scope_in"
    SCOPE_OUT = "scope_out"
    ASSUMPTIONS = "assumptions"
    GLOSSARY = "glossary"


# Editing order in the Specifications tab (the order of the document).
SECTION_ORDER = (
    SectionKey.BACKGROUND, SectionKey.GOALS, SectionKey.SCOPE_IN, SectionKey.SCOPE_OUT, SectionKey.ASSUMPTIONS,
    SectionKey.GLOSSARY, SectionKey.DELIVERY_STANDARDS, SectionKey.ACCEPTANCE_PROCEDURE, SectionKey.CHANGE_RULES,
)
# The sections of the first content format: always frozen into a baseline, even when empty. Sections
# added later are frozen only once they hold text, so a specification signed before they existed keeps
# its SHA-256 (and stays "signed") until someone writes in them.
ORIGINAL_SECTIONS = frozenset({SectionKey.BACKGROUND, SectionKey.GOALS, SectionKey.DELIVERY_STANDARDS,
                               SectionKey.ACCEPTANCE_PROCEDURE, SectionKey.CHANGE_RULES})


def split_term(line: str) -> tuple[str, str] | None:
    """(term, meaning) of a glossary or standards line "term: meaning" / "term：meaning" / "term — meaning"."""
    for separator in ("\t", "：", ": ", " — ", " – ", " - "):
        if separator in line:
            head, _, rest = line.partition(separator)
            if head.strip() and rest.strip() and len(head) <= 60:
                return head.strip(), rest.strip()
    return None


def table_rows(text: str, columns: int) -> tuple[list[list[str]], list[str]]:
    """Lines "a | b | c" as table rows (padded to `columns`), "a: b" as [a, b]; the rest as plain lines."""
    rows: list[list[str]] = []
    rest: list[str] = []
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        if "|" in line:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):  # a Markdown separator row
                continue
            rows.append((cells + [""] * columns)[:columns])
            continue
        pair = split_term(line)
        if pair is not None:
            rows.append((list(pair) + [""] * columns)[:columns])
        else:
            rest.append(line)
    return rows, rest


@dataclass(frozen=True)
class SpecSample:
    """A UI sample: a picture (stored as a workspace attachment by SHA-256) in a section, with a caption."""

    id: int | None
    engagement_id: int
    section: str
    seq: int
    name: str
    sha256: str
    caption: str = ""
    added_at: str = ""
