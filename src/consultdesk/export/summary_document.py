"""Requirement summary (需求摘要) of one meeting/interview.

Written within 24 h of a meeting for the client to confirm: the requirements that came out of it in
the client's business language (title, goal, success criteria as the client said them), what the
client stressed, and what is still to be confirmed. Default meeting: the latest one.
"""

from __future__ import annotations

import datetime
from typing import Any

from consultdesk.domain.requirements import RequirementStatus
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.labels import labels_for
from consultdesk.export.request import DocumentRequest


def pick_interview(repos: Any, engagement_id: int, interview_id: int | None) -> Any:
    """The chosen interview of the engagement, or its latest; ValueError with a clear sentence if none."""
    if interview_id is not None:
        interview = repos.interviews.get(interview_id)
        if interview is None or interview.engagement_id != engagement_id:
            raise ValueError(f"Meeting {interview_id} does not belong to this engagement.")
        return interview
    interviews = repos.interviews.for_engagement(engagement_id)
    if not interviews:
        raise ValueError("This engagement has no meeting or interview to summarise yet.")
    return interviews[-1]


def _lines(text: str) -> list[str]:
    return [line.strip(" \t-•*") for line in text.splitlines() if line.strip(" \t-•*")]


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    engagement = repos.clients.get_engagement(request.engagement_id)
    if engagement is None:
        raise ValueError(f"Engagement {request.engagement_id} does not exist.")
    client = repos.clients.get_client(engagement.client_id)
    interview = pick_interview(repos, request.engagement_id, request.interview_id)
    # What the meeting covered: the requirements raised in it, or those the user's filter picked.
    covers = request.requirement_filter or (lambda r: r.source_interview_id == interview.id)
    requirements = [r for r in repos.requirements.for_engagement(request.engagement_id) if covers(r)]
    L = labels_for(request.lang, {
        "en": {"covers": "Covers", "covers_meeting": "{count} requirement(s) raised in this meeting",
               "covers_filter": "{count} requirement(s) chosen for this summary"},
        "zh_CN": {"covers": "涵盖范围", "covers_meeting": "本次会议提出的 {count} 条需求",
                  "covers_filter": "为本摘要选定的 {count} 条需求"},
    })
    if request.progress:
        request.progress(0, 3)

    w = DocWriter(template=request.template, lang=request.lang)
    w.paragraph(L("summary_title"), "Title")
    w.paragraph(interview.title or engagement.title, "Subtitle")
    w.key_value_table([
        (L("client"), client.name if client else ""),
        (L("engagement"), engagement.title),
        (L("interview"), interview.title),
        (L("held_on"), interview.held_on),
        (L("participants"), interview.participants),
        (L("covers"), L("covers_filter" if request.requirement_filter else "covers_meeting", count=len(requirements))),
        (L("date"), datetime.date.today().isoformat()),
    ], widths=(1, 3))
    w.paragraph(L("summary_note"))

    w.heading(L("summary_requirements"), 1)
    if requirements:
        rows = [[r.code, r.title, r.goal, r.success_criteria, L.enum("status", r.status)] for r in requirements]
        w.table([L("code"), L("title"), L("goal"), L("success_criteria"), L("status")], rows,
                widths=(1, 2.4, 2.4, 2.4, 1.2))
    else:
        w.paragraph(L("none"))
    if request.progress:
        request.progress(1, 3)

    w.heading(L("stressed"), 1)
    stressed = _lines(interview.stressed)
    w.bullets(stressed) if stressed else w.paragraph(L("none"))

    w.heading(L("to_confirm"), 1)
    open_points = _lines(interview.to_confirm)
    open_points += [f"{r.code} {r.title}" for r in requirements if r.status is RequirementStatus.TO_CONFIRM]
    w.bullets(open_points) if open_points else w.paragraph(L("none"))

    doc = w.finish(header_text=f"{engagement.title} · {L('summary_title')}", page_format=L("page_x_of_y"))
    doc.core_properties.title = f"{L('summary_title')} – {interview.title or engagement.title}"
    doc.core_properties.author = "ConsultDesk"
    if request.progress:
        request.progress(3, 3)
    return doc
