"""Meeting minutes (会议纪要): sent to both sides within 24 h of the meeting. Attendees, agenda and
notes, then the decisions and the action items (who, what, by when) as tables, and the confirmation
line with a signature table. Default meeting: the latest one held."""

from __future__ import annotations

import datetime
from typing import Any

from consultdesk.export.docx_base import DocWriter
from consultdesk.export.followup_labels import LABELS
from consultdesk.export.labels import labels_for
from consultdesk.export.request import DocumentRequest


def pick_meeting(repos: Any, engagement_id: int, key: str | None) -> Any:
    meeting = repos.meetings.find(engagement_id, key)
    if meeting is None:
        if not repos.meetings.for_engagement(engagement_id):
            raise ValueError("This engagement has no meeting yet.")
        raise ValueError(f'This engagement has no meeting "{key}".')
    return meeting


def meeting_actions(repos: Any, meeting: Any) -> list[dict[str, Any]]:
    """The meeting's action items as rows with who / what / due_on / status."""
    if meeting.source == "evidence":
        return [{"what": a.what, "owner": a.who, "due_on": a.due_on, "status": a.status}
                for a in repos.evidence.actions(meeting.case_id) if a.meeting_id in (meeting.id, None)]
    rows: list[dict[str, Any]] = repos.actions.of_meeting(meeting.id)
    return rows


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    engagement = repos.clients.get_engagement(request.engagement_id)
    if engagement is None:
        raise ValueError(f"Engagement {request.engagement_id} does not exist.")
    client = repos.clients.get_client(engagement.client_id)
    meeting = pick_meeting(repos, request.engagement_id, request.meeting)
    L = labels_for(request.lang, LABELS)
    w = DocWriter(template=request.template, lang=request.lang)
    w.paragraph(L("minutes_title"), "Title")
    w.paragraph(meeting.title, "Subtitle")
    w.key_value_table([
        (L("client"), client.name if client else ""),
        (L("engagement"), engagement.title),
        (L("meeting_kind"), L.enum("kind", meeting.kind)),
        (L("held_on"), meeting.held_on.replace("T", " ")),
        (L("our_attendees"), meeting.our_attendees),
        (L("client_attendees"), meeting.client_attendees),
        (L("minutes_sent"), meeting.minutes_sent_on or L("not_sent")),
    ], widths=(1, 3))
    if meeting.agenda.strip():
        w.heading(L("agenda"), 1)
        w.paragraphs(meeting.agenda)
    if meeting.notes.strip() and meeting.source != "evidence":
        w.heading(L("notes"), 1)
        w.paragraphs(meeting.notes)
    w.heading(L("decisions"), 1)
    if meeting.decisions:
        w.table([L("no"), L("decision")], [[str(n), text] for n, text in enumerate(meeting.decisions, 1)],
                widths=(0.5, 6))
    else:
        w.paragraph(L("none"))
    w.heading(L("actions"), 1)
    actions = meeting_actions(repos, meeting)
    if actions:
        w.table([L("no"), L("what"), L("who"), L("due"), L("status")],
                [[str(n), a["what"], a["owner"], a["due_on"], L.enum("action_status", a["status"])]
                 for n, a in enumerate(actions, 1)], widths=(0.7, 3.4, 1.3, 1.3, 1.0))
    else:
        w.paragraph(L("none"))
    w.heading(L("confirmation"), 1)
    w.paragraph(L("confirmation_line"))
    if meeting.confirmed_by:
        w.paragraph(L("confirmed_by").format(who=meeting.confirmed_by, day=meeting.confirmed_on), bold=True)
    w.table([L("side"), L("name"), L("signature"), L("date")],
            [[L("side.client"), "", "", ""], [L("side.us"), "", "", ""]], widths=(1.2, 2, 2.5, 1.5), keep_together=True)
    doc = w.finish(header_text=f"{engagement.title} · {L('minutes_title')}", page_format=L("page_x_of_y"))
    doc.core_properties.title = f"{L('minutes_title')} – {meeting.title}"
    doc.core_properties.author = "ConsultDesk"
    doc.core_properties.created = datetime.datetime.now()
    return doc
