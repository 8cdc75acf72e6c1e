"""Reads for the traceability matrix: everything a requirement links to, gathered from the other repos."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.traceability import TraceRow, trace_rows


def acceptance_tests(repos: Any, engagement_id: int) -> dict[int, list[str]]:
    """requirement id -> acceptance test case labels, when the workspace records test cases.

    The acceptance repo is optional: any repo named `acceptance` with `for_engagement(id)` returning
    cases that have `requirement_id` and a `code` or `title` is read; otherwise the column stays empty.
    """
    repo = getattr(repos, "acceptance", None)
    reader = getattr(repo, "for_engagement", None) if repo is not None else None
    if reader is None:
        return {}
    found: dict[int, list[str]] = {}
    try:
        cases = reader(engagement_id)
    except Exception:  # noqa: BLE001 - an optional source must never break a document
        return {}
    for case in cases:
        requirement_id = getattr(case, "requirement_id", None)
        if requirement_id is None:
            continue
        label = " ".join(x for x in (getattr(case, "code", ""), getattr(case, "title", "")) if x)
        found.setdefault(requirement_id, []).append(label or str(getattr(case, "id", "")))
    return found


def engagement_trace(repos: Any, engagement_id: int, requirements: list[Any] | None = None) -> list[TraceRow]:
    if requirements is None:
        requirements = repos.requirements.for_engagement(engagement_id)
    interviews = {i.id: i for i in repos.interviews.for_engagement(engagement_id)}
    crs = repos.change_requests.for_engagement(engagement_id)
    causes: list[tuple[str, str]] = []
    tasks: list[tuple[str, str]] = []
    for diagnosis in repos.diagnoses.for_engagement(engagement_id):
        cause_text = {}
        for cause in repos.diagnoses.causes(diagnosis.id):
            cause_text[cause.id] = cause.text
            causes.append((cause.text[:60], cause.text))
        for task in repos.diagnoses.tasks(diagnosis.id):
            # a task addresses what its root cause addresses
            tasks.append((task.title[:60], f"{task.title} {cause_text.get(task.root_cause_id, '')}"))
    return trace_rows(requirements, interviews, crs, acceptance_tests(repos, engagement_id), causes, tasks)


class TraceRepo:
    """repos.trace.for_engagement(id): the traceability matrix rows (what the UI and documents read)."""

    def __init__(self, repos: Any) -> None:
        self._repos = repos

    def for_engagement(self, engagement_id: int, requirements: list[Any] | None = None) -> list[TraceRow]:
        return engagement_trace(self._repos, engagement_id, requirements)
