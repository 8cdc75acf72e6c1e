"""Acceptance record (验收记录): per requirement its test cases (steps, expected result) with the latest
run's result, witness and date, the progress per requirement, and a sign-off table for the client."""

from __future__ import annotations

import datetime
from typing import Any

from consultdesk.domain.acceptance import progress
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.followup_labels import LABELS
from consultdesk.export.labels import labels_for
from consultdesk.export.request import DocumentRequest


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    engagement = repos.clients.get_engagement(request.engagement_id)
    if engagement is None:
        raise ValueError(f"Engagement {request.engagement_id} does not exist.")
    client = repos.clients.get_client(engagement.client_id)
    cases = repos.acceptance.for_engagement(request.engagement_id)
    requirements = {r.id: r for r in repos.requirements.for_engagement(request.engagement_id)}
    by_requirement: dict[int, list[Any]] = {}
    for case in cases:
        by_requirement.setdefault(case.requirement_id, []).append(case)
    L = labels_for(request.lang, LABELS)
    w = DocWriter(template=request.template, lang=request.lang)
    w.paragraph(L("acceptance_title"), "Title")
    w.paragraph(engagement.title, "Subtitle")
    w.key_value_table([
        (L("client"), client.name if client else ""), (L("engagement"), engagement.title),
        (L("date"), datetime.date.today().isoformat()),
    ])
    w.paragraph(L("acceptance_intro"))
    w.heading(L("summary"), 1)
    if not by_requirement:
        w.paragraph(L("no_cases"))
    rows = []
    for requirement_id, group in by_requirement.items():
        req = requirements.get(requirement_id)
        p = progress(group)
        rows.append([f"{req.code} {req.title}" if req else str(requirement_id),
                     L("passed_of").format(passed=p.passed, total=p.total),
                     L("accepted") if p.accepted else L("not_accepted")])
    if rows:
        w.table([L("requirement"), L("progress"), L("status")], rows, widths=(4, 1.6, 1.4))
    for requirement_id, group in by_requirement.items():
        req = requirements.get(requirement_id)
        w.heading(f"{req.code} {req.title}" if req else str(requirement_id), 1)
        table = []
        for n, case in enumerate(group, 1):
            latest = case.latest
            table.append([str(n), case.title, case.steps, case.expected, L.enum("result", case.result),
                          latest.witness if latest else "", latest.run_on if latest else ""])
        w.table([L("no"), L("test_case"), L("steps"), L("expected"), L("result"), L("witness"), L("run_on")], table,
                widths=(0.6, 1.7, 2.2, 1.8, 1.0, 1.2, 1.4))
    w.heading(L("signoff"), 1)
    w.table([L("side"), L("name"), L("signature"), L("date")],
            [[L("side.client"), "", "", ""], [L("side.us"), "", "", ""]], widths=(1.2, 2, 2.5, 1.5), keep_together=True)
    doc = w.finish(header_text=f"{engagement.title} · {L('acceptance_title')}", page_format=L("page_x_of_y"))
    doc.core_properties.title = f"{L('acceptance_title')} – {engagement.title}"
    doc.core_properties.author = "ConsultDesk"
    return doc
