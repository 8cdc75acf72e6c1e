"""Evidence chains for disputes over reported numbers (docs/evidence.md). Pure rules, no Qt, no SQL.

A dispute case compares the client's expected value with the value computed by the agreed rule; its
evidence items (raw data, processing logic, business rule, comparison, test case, other) are linked into a
chain. The rules here decide what is still missing and when a status change is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from consultdesk.domain.texts import QT_TRANSLATE_NOOP

STATUSES = ("investigating", "consensus", "meeting_held", "resolved")
ROOT_CAUSES = ("", "client_data_error", "rule_misunderstanding", "rule_update", "business_change", "other")
# The five kinds of a complete chain, in chain order; "other" is allowed but never required.
CHAIN_KINDS = ("raw_data", "processing_logic", "business_rule", "comparison", "test_case")
KINDS = CHAIN_KINDS + ("other",)
ACTION_SIDES = ("ours", "client")
ACTION_STATUSES = ("open", "done", "dropped")


@dataclass(frozen=True)
class DisputeCase:
    id: int | None
    engagement_id: int
    title: str
    report: str = ""
    metric: str = ""
    period: str = ""
    expected_value: float | None = None
    computed_value: float | None = None
    unit: str = ""
    status: str = "investigating"
    status_override_reason: str = ""
    root_cause: str = ""
    root_cause_text: str = ""
    conclusion: str = ""
    created_at: str = ""

    @property
    def difference(self) -> "Difference | None":
        return difference(self.expected_value, self.computed_value)


@dataclass(frozen=True)
class Attachment:
    id: int | None
    item_id: int
    sha256: str
    name: str
    size: int
    captured_at: str = ""


@dataclass(frozen=True)
class EvidenceItem:
    id: int | None
    case_id: int
    kind: str
    title: str
    description: str = ""
    source: str = ""
    captured_at: str = ""
    excerpt: str = ""
    ref_document: str = ""
    ref_section: str = ""
    ref_url: str = ""
    seq: int = 0
    attachments: tuple[Attachment, ...] = ()

    def has_content(self) -> bool:
        """Evidence is something one can look at: a file, an excerpt or a reference."""
        return bool(self.attachments or self.excerpt.strip() or self.ref_document.strip() or self.ref_url.strip())


@dataclass(frozen=True)
class Link:
    id: int | None
    case_id: int
    from_item_id: int
    to_item_id: int


@dataclass(frozen=True)
class Reviewer:
    id: int | None
    case_id: int
    name: str
    role: str = ""
    reviewed_on: str = ""
    agreed: bool = False
    remark: str = ""


@dataclass(frozen=True)
class Meeting:
    id: int | None
    case_id: int
    held_on: str = ""
    our_attendees: str = ""
    client_attendees: str = ""
    confirmed_facts: str = ""  # the agreed root cause is the case's (one per dispute), not the meeting's


@dataclass(frozen=True)
class ActionItem:
    id: int | None
    case_id: int
    what: str
    side: str = "ours"
    who: str = ""
    due_on: str = ""
    status: str = "open"
    meeting_id: int | None = None

    def is_overdue(self, today: date) -> bool:
        if self.status != "open" or not self.due_on:
            return False
        try:
            return date.fromisoformat(self.due_on[:10]) < today
        except ValueError:
            return False


@dataclass(frozen=True)
class Difference:
    absolute: float  # computed − expected
    percent: float | None  # relative to the client's expected value; None when that is 0


def difference(expected: float | None, computed: float | None) -> Difference | None:
    if expected is None or computed is None:
        return None
    delta = computed - expected
    return Difference(delta, None if expected == 0 else delta / abs(expected) * 100.0)


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def parse_number(text: str) -> float | None:
    """'1,250', '1 250', '１２５０', '1250.5' → float; '' → None; anything else raises ValueError."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    # Full-width digits and separators typed with a Chinese input method.
    cleaned = cleaned.translate(str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+"))
    cleaned = re.sub(r"[,\s\u00a0']", "", cleaned)
    if not _NUMBER.match(cleaned):
        raise ValueError(text)
    return float(cleaned)


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Completeness:
    missing_kinds: tuple[str, ...]
    empty_items: tuple[int, ...] = ()  # items with neither file, excerpt nor reference
    weak_links: tuple[int, ...] = ()  # links with an end that has no evidence content
    unlinked_items: tuple[int, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not (self.missing_kinds or self.empty_items or self.weak_links)


def completeness(items: Sequence[EvidenceItem], links: Iterable[Link]) -> Completeness:
    present = {item.kind for item in items}
    by_id = {item.id: item for item in items}
    links = list(links)
    weak = tuple(
        link.id for link in links
        if link.id is not None and not (by_id.get(link.from_item_id) and by_id[link.from_item_id].has_content()
                and by_id.get(link.to_item_id) and by_id[link.to_item_id].has_content())
    )
    linked = {link.from_item_id for link in links} | {link.to_item_id for link in links}
    return Completeness(
        missing_kinds=tuple(kind for kind in CHAIN_KINDS if kind not in present),
        empty_items=tuple(item.id for item in items if item.id is not None and not item.has_content()),
        weak_links=weak,
        unlinked_items=tuple(
            item.id for item in items if item.id is not None and item.id not in linked and item.kind != "other"
        ),
    )


class RuleViolation(ValueError):
    """A status change the evidence rules refuse; str() is an English sentence marked for translation
    (shown through ops.errors.domain_message)."""


UNKNOWN_STATUS = QT_TRANSLATE_NOOP("domain", "Unknown case status.")
MEETING_NEEDS_CONSENSUS = QT_TRANSLATE_NOOP(
    "domain",
    "The case cannot be marked “meeting held” before at least one reviewer agreed; give a reason to override.",
)
MEETING_NEEDS_DATE = QT_TRANSLATE_NOOP(
    "domain", "Enter the date the meeting was held before marking the case “meeting held”.")
HELD_MEETING_KEEPS_DATE = QT_TRANSLATE_NOOP(
    "domain", "The meeting has been held: its date cannot be cleared (change the case status first).")
RESOLVED_NEEDS_ITEMS = QT_TRANSLATE_NOOP("domain", "A dispute without evidence items cannot be marked resolved.")
RESOLVED_NEEDS_ROOT_CAUSE = QT_TRANSLATE_NOOP(
    "domain", "Choose the agreed root cause before marking the dispute resolved.")


def check_status_change(
    new_status: str,
    reviewers: Sequence[Reviewer],
    item_count: int,
    root_cause: str,
    override_reason: str = "",
    meeting_date: str | None = None,
) -> None:
    """Raise RuleViolation when the case may not move to *new_status*. meeting_date: the held_on of the
    case's meeting ("" when it has none); None skips that rule (callers that do not know it)."""
    if new_status not in STATUSES:
        raise RuleViolation(UNKNOWN_STATUS)
    if new_status in ("meeting_held", "resolved") and not any(r.agreed for r in reviewers):
        if not override_reason.strip():
            raise RuleViolation(MEETING_NEEDS_CONSENSUS)
    # The minutes say "the meeting on <date>": a held meeting without a date would leave a hole there.
    if new_status in ("meeting_held", "resolved") and meeting_date is not None and not meeting_date.strip():
        raise RuleViolation(MEETING_NEEDS_DATE)
    if new_status == "resolved":
        if item_count == 0:
            raise RuleViolation(RESOLVED_NEEDS_ITEMS)
        if not root_cause:
            raise RuleViolation(RESOLVED_NEEDS_ROOT_CAUSE)


def chain_column(kind: str) -> int:
    """Column of a node in the chain view: raw data → logic → rule → comparison; tests and other beside."""
    return {"raw_data": 0, "processing_logic": 1, "business_rule": 2, "comparison": 3}.get(kind, 4)
