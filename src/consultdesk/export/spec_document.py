"""Requirements Specification (需求规格说明书) of one engagement (DOMAIN.md §5, issue 6).

Layout: cover (client, engagement, version, date, status) → revision history → contents (TOC field)
→ 1 requirement description (background, goals) → 2 requirements by quadrant (do now first) with the
quadrant chart → 3 delivery standards → 4 acceptance method (procedure, sign-off table) → 5 change
rules → 6 changes since the last signed version (when there are any).
"""

from __future__ import annotations

import datetime
from typing import Any, Sequence

from consultdesk.domain.baseline import SECTION_FIELD_PREFIX
from consultdesk.domain.requirements import QUADRANT_ORDER, Requirement
from consultdesk.domain.spec_sections import SectionKey
from consultdesk.domain.spec_status import DocStatus, SpecStatus
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.labels import Labels, labels_for
from consultdesk.export.request import DocumentRequest

# (label key, Requirement attribute or callable) rows of each requirement's attribute table.
ATTRIBUTE_ROWS = (
    ("code", "code"), ("type", "type"), ("value", "value"), ("urgency", "urgency"), ("status", "status"),
    ("goal", "goal"), ("current_state", "current_state"), ("success_criteria", "success_criteria"),
    ("acceptance_criteria", "acceptance"), ("time_resources", "time_resources"), ("risks", "risks"),
)


def spec_status_for(repos: Any, engagement_id: int) -> SpecStatus:
    """The baseline status of the engagement; a workspace without baselines reads as a draft."""
    baselines = getattr(repos, "baselines", None)
    if baselines is None or not hasattr(baselines, "spec_status"):
        return SpecStatus()
    return baselines.spec_status(engagement_id)


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    engagement = repos.clients.get_engagement(request.engagement_id)
    if engagement is None:
        raise ValueError(f"Engagement {request.engagement_id} does not exist.")
    client = repos.clients.get_client(engagement.client_id)
    requirements = repos.requirements.for_engagement(request.engagement_id)
    sections = repos.spec_sections.for_engagement(request.engagement_id)
    status = spec_status_for(repos, request.engagement_id)
    L = labels_for(request.lang)
    progress = _Progress(request, total=len(requirements) + 5)

    w = DocWriter(template=request.template, lang=request.lang)
    _cover(w, L, client.name if client else "", engagement.title, status)
    _revision_history(w, L, status)
    w.toc(L("toc"), L("toc_placeholder"))
    w.page_break()
    progress.step()

    w.heading(L("introduction"), 1)
    w.heading(L("background"), 2)
    w.paragraphs(sections[SectionKey.BACKGROUND], empty=L("not_written"))
    w.heading(L("goals"), 2)
    w.paragraphs(sections[SectionKey.GOALS], empty=L("not_written"))
    progress.step()

    _requirements(w, L, requirements, progress)

    w.heading(L("delivery_standards"), 1)
    w.paragraphs(sections[SectionKey.DELIVERY_STANDARDS], empty=L("not_written"))
    w.heading(L("acceptance"), 1)
    w.heading(L("acceptance_procedure"), 2)
    w.paragraphs(sections[SectionKey.ACCEPTANCE_PROCEDURE], empty=L("not_written"))
    _acceptance_criteria(w, L, requirements)
    _signoff(w, L, status)
    w.heading(L("change_rules"), 1)
    w.paragraphs(sections[SectionKey.CHANGE_RULES], empty=L("not_written"))
    if status.changes_since:
        _changes_since(w, L, status)
    progress.step()

    footer = L("page_x_of_y")
    if status.status is DocStatus.SIGNED and status.sha256:
        footer += f"   ·   v{status.version}  SHA-256 {status.sha256[:16]}…"
    doc = w.finish(header_text=f"{engagement.title} · {L('spec_title')}", page_format=footer)
    doc.core_properties.title = f"{L('spec_title')} – {engagement.title}"
    doc.core_properties.author = "ConsultDesk"
    progress.step()
    return doc


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


def _revision_history(w: DocWriter, L: Labels, status: SpecStatus) -> None:
    w.paragraph(L("revision_history"), "TOC Heading")
    rows = [[f"v{r.version}", L.date(r.created_at), r.summary, r.sha256[:16]] for r in status.revisions]
    if rows:
        w.table([L("version"), L("date"), L("revision_summary"), L("sha256")], rows, widths=(1.3, 1.6, 3.8, 2.4))
    else:
        w.paragraph(L("no_revisions"))
    if status.status is not DocStatus.SIGNED:
        w.paragraph(L("draft_note"), bold=True)


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


def _signoff(w: DocWriter, L: Labels, status: SpecStatus) -> None:
    w.heading(L("signoff"), 2)
    w.paragraph(L("signoff_intro"))
    header = [L("name"), L("side"), L("meaning"), L("date"), L("signature")]
    rows = [[s.signer, L.enum("side", s.side), L.enum("meaning", s.meaning), L.date(s.signed_at), "_" * 16]
            for s in status.signoffs]
    if not rows:  # blank lines for a hand signature on paper, one per side
        rows = [["", L("side.client"), L("meaning.approved"), "", "_" * 16],
                ["", L("side.us"), L("meaning.authored"), "", "_" * 16]]
    w.table(header, rows, widths=(2, 1.4, 1.4, 1.6, 2.6))
    if status.status is DocStatus.SIGNED and status.sha256:
        w.paragraph(L("content_hash", version=status.version, sha=status.sha256))


def _changes_since(w: DocWriter, L: Labels, status: SpecStatus) -> None:
    w.heading(L("changes_since", version=status.changes_since_version), 1)
    rows = [[c.code, c.title, _field_label(L, c.field), c.old, c.new, c.change_request or "—"]
            for c in status.changes_since]
    w.table([L("code"), L("title"), L("field"), L("old_value"), L("new_value"), L("change_request")], rows,
            widths=(1.3, 1.8, 1.1, 1.9, 1.9, 1.5))



def _field_label(L: Labels, field: str) -> str:
    if not field:
        return L("added_or_removed")
    if field.startswith(SECTION_FIELD_PREFIX):  # an editable section of the specification
        key = field[len(SECTION_FIELD_PREFIX):]
        label = L(key)
        return label if label != key else key
    key = "acceptance_criteria" if field == "acceptance" else field
    label = L(key)
    return field if label == key else label
