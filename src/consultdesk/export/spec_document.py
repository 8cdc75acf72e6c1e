"""Requirements Specification (需求规格说明书) of one engagement (see docs/documents.md).

Layout: cover (client, engagement, version, date, status) → document control → revision history →
contents (TOC, pre-filled) → 1 requirement description (background, goals, scope in/out with the
rejected requirements and their reason, assumptions, glossary) → 2 the in-scope requirements by
quadrant (do now first) with the quadrant chart → 3 delivery standards (a table) → 4 acceptance method
(procedure, test cases, sign-off table naming the signatories) → 5 change rules → 6 changes since the
last signed version (when there are any) → appendix A traceability matrix → appendix B change-request
register. UI samples (pictures) follow the text of the section they were placed in.
"""

from __future__ import annotations

import datetime
from typing import Any, Sequence

from consultdesk.domain.requirements import QUADRANT_ORDER, Requirement, RequirementStatus
from consultdesk.domain.spec_sections import SectionKey
from consultdesk.domain.spec_status import DocStatus, SpecStatus
from consultdesk.export import spec_appendix
from consultdesk.export import spec_parts as parts
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.labels import Labels, labels_for
from consultdesk.export.request import DocumentRequest
from consultdesk.export.spec_appendix import Samples
from consultdesk.export.spec_labels import SPEC_LABELS

# (label key, Requirement attribute or callable) rows of each requirement's attribute table.
ATTRIBUTE_ROWS = (
    ("code", "code"), ("type", "type"), ("value", "value"), ("urgency", "urgency"), ("status", "status"),
    ("goal", "goal"), ("current_state", "current_state"), ("success_criteria", "success_criteria"),
    ("acceptance_criteria", "acceptance"), ("time_resources", "time_resources"), ("risks", "risks"),
)


def spec_status_for(repos: Any, engagement_id: int) -> SpecStatus:
    """The baseline status of the engagement (a never-signed engagement reads as a draft)."""
    status: SpecStatus = repos.baselines.spec_status(engagement_id)
    return status


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    engagement = repos.clients.get_engagement(request.engagement_id)
    if engagement is None:
        raise ValueError(f"Engagement {request.engagement_id} does not exist.")
    client = repos.clients.get_client(engagement.client_id)
    contacts = repos.clients.contacts(engagement.client_id) if client else []
    everything = repos.requirements.for_engagement(request.engagement_id)
    # Rejected requirements are not part of what is signed: they go to "Out of scope" with their reason.
    requirements = [r for r in everything if r.status is not RequirementStatus.REJECTED]
    rejected = [r for r in everything if r.status is RequirementStatus.REJECTED]
    sections = repos.spec_sections.for_engagement(request.engagement_id)
    status = spec_status_for(repos, request.engagement_id)
    author = request.author or _last_consultant(repos, request.engagement_id)
    people = parts.signatories(contacts, status, author)
    samples = Samples(repos.spec_sections, request.engagement_id)
    L = labels_for(request.lang, SPEC_LABELS)
    progress = _Progress(request, total=2 * len(requirements) + 5)

    w = DocWriter(template=request.template, lang=request.lang)
    _cover(w, L, client.name if client else "", engagement.title, status)
    parts.document_control(w, L, status, people, contacts)
    parts.revision_history(w, L, status)
    w.page_break()
    w.toc(L("toc"), L("toc_placeholder"))
    w.page_break()
    progress.step()

    def section(key: SectionKey, title: str, level: int = 2) -> None:
        w.heading(title, level)
        w.paragraphs(sections[key], empty=L("not_written"))
        samples.place(w, L, key)

    w.heading(L("introduction"), 1)
    section(SectionKey.BACKGROUND, L("background"))
    section(SectionKey.GOALS, L("goals"))
    parts.scope(w, L, sections[SectionKey.SCOPE_IN], sections[SectionKey.SCOPE_OUT], rejected, 2)
    samples.place(w, L, SectionKey.SCOPE_IN)
    samples.place(w, L, SectionKey.SCOPE_OUT)
    section(SectionKey.ASSUMPTIONS, L("assumptions"))
    w.heading(L("glossary"), 2)
    parts.glossary(w, L, sections[SectionKey.GLOSSARY])
    samples.place(w, L, SectionKey.GLOSSARY)
    progress.step()

    _requirements(w, L, requirements, progress)

    w.heading(L("delivery_standards"), 1)
    parts.delivery_standards(w, L, sections[SectionKey.DELIVERY_STANDARDS])
    samples.place(w, L, SectionKey.DELIVERY_STANDARDS)
    w.heading(L("acceptance"), 1)
    section(SectionKey.ACCEPTANCE_PROCEDURE, L("acceptance_procedure"))
    _acceptance_criteria(w, L, requirements)
    parts.signoff(w, L, status, people, _chain_head(repos))
    w.heading(L("change_rules"), 1)
    w.paragraphs(sections[SectionKey.CHANGE_RULES], empty=L("not_written"))
    samples.place(w, L, SectionKey.CHANGE_RULES)
    if status.changes_since:
        parts.changes_since(w, L, status)
    progress.step()

    spec_appendix.traceability(w, L, repos.trace.for_engagement(request.engagement_id, requirements)
                               if hasattr(repos, "trace") else [])
    progress.step(len(requirements))
    spec_appendix.change_request_register(w, L, repos.change_requests.for_engagement(request.engagement_id)
                                          if hasattr(repos, "change_requests") else [])

    footer = L("page_x_of_y")
    if status.status is DocStatus.SIGNED and status.sha256:
        footer += f"   ·   v{status.version}  SHA-256 {status.sha256[:16]}…"
    doc = w.finish(header_text=f"{engagement.title} · {L('spec_title')}", page_format=footer)
    doc.core_properties.title = f"{L('spec_title')} – {engagement.title}"
    doc.core_properties.author = parts.consultant_name(author, status) or "ConsultDesk"
    progress.step()
    return doc


def _chain_head(repos: Any) -> tuple[int, str] | None:
    """The history head the saved document is stamped with (export/anchor.py): nothing is written between
    building and stamping, so the sign-off table and the footer name the same entry."""
    history = getattr(repos, "history", None)
    head = history.head() if history is not None else None
    return (int(head[0]), str(head[1])) if head else None


def _last_consultant(repos: Any, engagement_id: int) -> str:
    """Who signed for the consultant the last time (a draft of v2 is written by the author of v1)."""
    reader = getattr(getattr(repos, "baselines", None), "for_engagement", None)
    if reader is None:
        return ""
    for baseline in reversed(reader(engagement_id)):
        for signoff in baseline.signoffs:
            if signoff.side == "us":
                return str(signoff.signer)
    return ""


class _Progress:
    """Calls request.progress(done, total) now and then (it may raise ExportCancelled)."""

    def __init__(self, request: DocumentRequest, total: int) -> None:
        self._callback = request.progress
        self.total = max(total, 1)
        self.done = 0
        self._every = max(1, self.total // 100)

    def step(self, count: int = 1) -> None:
        self.done += count
        if self._callback is not None and (self.done % self._every == 0 or self.done >= self.total):
            self._callback(min(self.done, self.total), self.total)


def _version_text(status: SpecStatus) -> str:
    return f"v{status.version}" if status.version else "v1"


def _cover(w: DocWriter, L: Labels, client: str, engagement: str, status: SpecStatus) -> None:
    today = datetime.date.today().isoformat()
    fields = [
        (L("client"), client),
        (L("engagement"), engagement),
        (L("version"), _version_text(status)),
        (L("date"), today),
        (L("status"), L(f"doc_status.{status.status.value}")),
    ]
    w.cover(L("spec_title"), fields, subtitle=engagement)


def _requirements(w: DocWriter, L: Labels, requirements: Sequence[Requirement], progress: _Progress) -> None:
    from consultdesk.export.quadrant_chart import render_quadrant_chart

    w.heading(L("requirements"), 1)
    w.paragraph(L("requirements_intro"))
    w.heading(L("quadrant_chart"), 2)
    points = [(r.code, r.value, r.urgency) for r in requirements]
    w.picture(render_quadrant_chart(points, L), width_cm=15.5, caption=L("chart_caption"))
    progress.step()
    by_quadrant: dict[Any, list[Requirement]] = {q: [] for q in QUADRANT_ORDER}
    for requirement in requirements:
        by_quadrant[requirement.quadrant].append(requirement)
    for quadrant in QUADRANT_ORDER:
        w.heading(L(f"quadrant.{quadrant.value}"), 2)
        members = by_quadrant[quadrant]
        if not members:
            w.paragraph(L("no_requirements"))
        for requirement in members:
            _requirement(w, L, requirement)
            progress.step()


def _requirement(w: DocWriter, L: Labels, r: Requirement) -> None:
    w.heading(f"{r.code}  {r.title}", 3)
    if r.description.strip():
        w.paragraphs(r.description, keep_next=True)  # the description stays with its table
    rows = []
    for key, attribute in ATTRIBUTE_ROWS:
        value = getattr(r, attribute)
        if key == "type":
            value = L.enum("type", value)
        elif key == "status":
            value = L.enum("status", value)
        rows.append((L(key), str(value)))
    w.key_value_table(rows, widths=(1, 3.2))


def _acceptance_criteria(w: DocWriter, L: Labels, requirements: Sequence[Requirement]) -> None:
    """The test cases: every requirement's acceptance criteria in one table (do-now first)."""
    ordered = sorted(requirements, key=lambda r: (QUADRANT_ORDER.index(r.quadrant), r.seq))
    rows = [[r.code, r.title, r.acceptance or r.success_criteria] for r in ordered if r.acceptance or r.success_criteria]
    if rows:
        w.table([L("code"), L("title"), L("acceptance_criteria")], rows, widths=(1.1, 2.4, 4.5))
