"""Workspace search results and their snippets (pure Python; the index lives in store/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from consultdesk.domain.text_fold import fold_with_offsets, words

# What a hit can be, in the order the results list groups them.
KINDS = ("client", "contact", "engagement", "interview", "requirement", "diagnosis", "cause",
         "evidence_case", "evidence_item", "meeting", "action", "section", "change_request", "satisfaction")

SNIPPET_BEFORE, SNIPPET_LENGTH = 20, 80


@dataclass(frozen=True)
class SearchQuery:
    text: str
    kinds: frozenset[str] | None = None  # None: every kind
    engagement_id: int | None = None  # only records of this engagement
    limit: int = 50

    @property
    def words(self) -> list[str]:
        return words(self.text)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    table: str  # the record: table and id, which a tab's reveal() opens
    record_id: int
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()  # [start, end) spans of the snippet that matched
    client_id: int | None = None
    client: str | None = None
    engagement_id: int | None = None
    engagement: str | None = None
    archived: bool = False
    field: str = ""  # the column the snippet comes from

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "snippet": self.snippet, "client": self.client,
                "engagement": self.engagement, "archived": self.archived}


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...] = ()
    field: str = ""


def _spans(folded: str, offsets: list[int], needles: list[str]) -> list[tuple[int, int]]:
    spans = []
    for needle in needles:
        start = folded.find(needle)
        while start >= 0:
            spans.append((offsets[start], offsets[start + len(needle) - 1] + 1))
            start = folded.find(needle, start + len(needle))
    return sorted(spans)


def make_snippet(fields: list[tuple[str, str]], query_words: list[str]) -> Snippet:
    """A line of the first field (in the given order) that contains a query word, cut around the first
    match, with every occurrence of every word marked. *fields*: (column, text as typed)."""
    for name, text in fields:
        if not text:
            continue
        folded, offsets = fold_with_offsets(text)
        spans = _spans(folded, offsets, query_words)
        if not spans:
            continue
        start = max(0, spans[0][0] - SNIPPET_BEFORE)
        end = min(len(text), start + SNIPPET_LENGTH)
        lead, tail = ("…" if start > 0 else ""), ("…" if end < len(text) else "")
        # Line breaks shown as spaces, one for one, so the marks keep their positions.
        piece = "".join(" " if ch in "\r\n\t" else ch for ch in text[start:end])
        shift = len(lead) - start
        marks = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start)
        return Snippet(lead + piece + tail, marks, name)
    for name, text in fields:
        if text.strip():
            return Snippet(" ".join(text.split())[:SNIPPET_LENGTH], (), name)
    return Snippet("")


@dataclass
class GroupedHits:
    """Hits grouped by kind in KINDS order (the results list shows a heading per kind)."""

    groups: list[tuple[str, list[SearchHit]]] = field(default_factory=list)

    @classmethod
    def of(cls, hits: list[SearchHit]) -> "GroupedHits":
        by_kind: dict[str, list[SearchHit]] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        return cls([(kind, by_kind[kind]) for kind in KINDS if kind in by_kind])
