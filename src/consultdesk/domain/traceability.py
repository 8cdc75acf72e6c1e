"""The traceability matrix of a specification: each requirement and what it is linked to.

Requirement ↔ the interview/meeting it came from ↔ its acceptance test cases ↔ the change requests
touching it ↔ the causes and solution tasks it addresses. A link source the workspace does not have
(no acceptance test cases recorded, no diagnosis) is simply an empty column.

Causes and solution tasks have no requirement field: one addresses a requirement when its text names
the requirement's code (e.g. "REQ-004"), the way consultants cross-reference them in practice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence


@dataclass(frozen=True)
class TraceRow:
    code: str
    title: str
    status: str
    source: str  # "Kick-off workshop (2026-03-02)" or the requirement's free-text source
    tests: tuple[str, ...] = ()
    change_requests: tuple[tuple[str, str], ...] = ()  # (code, status)
    causes: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()


_WORD = re.compile(r"[\w-]+")


def _mentions(codes: Iterable[str], texts: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """code -> labels of the texts that name it as a whole word (one scan of each text, whatever the
    number of codes)."""
    wanted = {code for code in codes if code}
    found: dict[str, list[str]] = {}
    for label, text in texts:
        for code in dict.fromkeys(w for w in _WORD.findall(text or "") if w in wanted):
            found.setdefault(code, []).append(label)
    return found


def trace_rows(requirements: Sequence[Any], interviews: Mapping[int, Any], change_requests: Sequence[Any],
               tests: Mapping[int, Sequence[str]] | None = None,
               causes: Sequence[tuple[str, str]] = (), tasks: Sequence[tuple[str, str]] = ()) -> list[TraceRow]:
    """requirements: domain Requirements; interviews: id -> Interview; change_requests: ChangeRequests
    with links; tests: requirement id -> test case labels; causes/tasks: (label, text) to search."""
    tests = tests or {}
    by_requirement: dict[int, list[tuple[str, str]]] = {}
    by_code: dict[str, list[tuple[str, str]]] = {}
    for cr in change_requests:
        label = (cr.code, str(getattr(cr.status, "value", cr.status)))
        for link in cr.links:
            if link.requirement_id is not None:
                by_requirement.setdefault(link.requirement_id, []).append(label)
            elif link.code:
                by_code.setdefault(link.code, []).append(label)
    codes = [r.code for r in requirements]
    cause_hits = _mentions(codes, causes)
    task_hits = _mentions(codes, tasks)
    rows = []
    for r in requirements:
        interview = interviews.get(r.source_interview_id) if r.source_interview_id is not None else None
        if interview is not None:
            source = interview.title + (f"\n{interview.held_on}" if interview.held_on else "")
        else:
            source = r.source
        crs = by_requirement.get(r.id, []) + by_code.get(r.code, [])
        rows.append(TraceRow(r.code, r.title, getattr(r.status, "value", str(r.status)), source,
                             tuple(tests.get(r.id, ())), tuple(dict.fromkeys(crs)),
                             tuple(cause_hits.get(r.code, ())), tuple(task_hits.get(r.code, ()))))
    return rows
