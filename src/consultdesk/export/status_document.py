"""Status report (进展报告): sent at each regular touch-point. What was delivered this period that has
value for the client, risks raised early with their mitigation, changes, open action items, and the
two charts (priority quadrants, satisfaction over the quarters).

The period is the last 14 days (the usual gap between two touch-points) unless the request says otherwise."""

from __future__ import annotations

import datetime
from typing import Any

from consultdesk.domain.followup import parse_day
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.followup_labels import LABELS
from consultdesk.export.labels import labels_for
from consultdesk.export.request import DocumentRequest

PERIOD_DAYS = 14


def _delivered(repos: Any, engagement_id: int, since: datetime.date, L: Any) -> list[str]:
    done = [f"{r.code} {r.title}" + (f" — {r.goal}" if r.goal else "")
            for r in repos.requirements.for_engagement(engagement_id) if getattr(r.status, "value", r.status) == "done"]
    for case in repos.acceptance.for_engagement(engagement_id):
        latest = case.latest
        day = parse_day(latest.run_on) if latest else None
        if latest and latest.result == "pass" and day and day >= since:
            done.append(f"{L('test_case')}: {case.title} — {L('result.pass')}")
    return done


def _risks(repos: Any, engagement_id: int, L: Any) -> list[list[str]]:
    """Low satisfaction scores with their improvement plan, then the risks written on open requirements."""
    rows = []
    reviews = repos.satisfaction.reviews(engagement_id)
    if reviews:
        latest = reviews[-1]
        for dimension in latest.below():
            five_why = latest.five_why(dimension)
            plan = [a["what"] for a in repos.actions.of_five_why(five_why.id)] if five_why else []
            rows.append([f"{L('dim.' + dimension)}: {latest.scores()[dimension]} ({latest.period})"
                         + (f" — {five_why.root_cause}" if five_why and five_why.root_cause else ""),
                         "; ".join(plan) or "–"])
    for r in repos.requirements.for_engagement(engagement_id):
        status = getattr(r.status, "value", r.status)
        if r.risks.strip() and status not in ("done", "rejected"):
            rows.append([f"{r.code} {r.title}: {r.risks.strip()}", "–"])
    return rows


def _origin(action: Any, L: Any) -> str:
    if action.source == "improvement" and " · " in action.origin:
        period, dimension = action.origin.split(" · ", 1)
        return f"{period} · {L('dim.' + dimension)}"
    return str(action.origin)


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    eid = request.engagement_id
    engagement = repos.clients.get_engagement(eid)
    if engagement is None:
        raise ValueError(f"Engagement {eid} does not exist.")
    client = repos.clients.get_client(engagement.client_id)
    today = datetime.date.today()
    since = today - datetime.timedelta(days=PERIOD_DAYS)
    L = labels_for(request.lang, LABELS)
    w = DocWriter(template=request.template, lang=request.lang)
    w.paragraph(L("status_title"), "Title")
    w.paragraph(engagement.title, "Subtitle")
    w.key_value_table([
        (L("client"), client.name if client else ""), (L("engagement"), engagement.title),
        (L("period"), f"{since.isoformat()} – {today.isoformat()}"),
    ])
    w.heading(L("value_delivered"), 1)
    delivered = _delivered(repos, eid, since, L)
    w.bullets(delivered) if delivered else w.paragraph(L("none_delivered"))
    w.heading(L("risks"), 1)
    risks = _risks(repos, eid, L)
    if risks:
        w.table([L("risk"), L("mitigation")], risks, widths=(3, 2))
    else:
        w.paragraph(L("no_risks"))
    w.heading(L("changes"), 1)
    crs = repos.change_requests.for_engagement(eid)
    if crs:
        w.table([L("change_request"), L("title"), L("cr_status")],
                [[cr.code, cr.title, L.enum("cr_state", cr.status)]
                 for cr in crs], widths=(1, 4, 1.2))
    else:
        w.paragraph(L("none"))
    w.heading(L("open_actions"), 1)
    open_rows = [a for a in repos.actions.for_engagement(eid) if a.is_open()]
    if open_rows:
        w.table([L("what"), L("owner"), L("due"), L("source")],
                [[a.what, a.owner, a.due_on + (f"\n({L('overdue')})" if a.is_overdue(today) else ""),
                  f"{L.enum('source', a.source)}: {_origin(a, L)}"] for a in open_rows], widths=(3, 1.2, 1.3, 2))
    else:
        w.paragraph(L("none"))
    w.heading(L("charts"), 1)
    from consultdesk.export.quadrant_chart import render_quadrant_chart
    from consultdesk.export.trend_chart import render_trend_png

    points = [(r.code, r.value, r.urgency) for r in repos.requirements.for_engagement(eid)]
    w.picture(render_quadrant_chart(points, L), width_cm=14, caption=L("chart_caption"))
    reviews = repos.satisfaction.reviews(eid)
    if reviews:
        w.picture(render_trend_png(reviews, lambda d: L(f"dim.{d}"), L("satisfaction_trend")), width_cm=15,
                  caption=L("trend_caption"))
    doc = w.finish(header_text=f"{engagement.title} · {L('status_title')}", page_format=L("page_x_of_y"))
    doc.core_properties.title = f"{L('status_title')} – {engagement.title}"
    doc.core_properties.author = "ConsultDesk"
    return doc
