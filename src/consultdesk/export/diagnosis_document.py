"""Diagnosis report (问题诊断报告): the problem in three layers, the impact assessment, the
fishbone picture, the causes in diagnosis-sheet form, and the solution plan.

The picture is drawn by the same scene as the editor (render/fishbone_image.py), which needs a
QGuiApplication; the CLI creates an offscreen one before calling build().
"""

from __future__ import annotations

import datetime
import re
import struct
from typing import Any, Callable

from consultdesk.domain.diagnosis import PlanTerm, is_overdue, roots_without_remedy, sheet_rows
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.labels import labels_for
from consultdesk.export.request import DocumentRequest

LABELS = {
    "en": {
        "dx_title": "Diagnosis Report", "dx_problem": "Problem description", "dx_phenomenon": "Phenomenon",
        "dx_impact": "Impact", "dx_scope": "Scope", "dx_assessment": "Impact assessment",
        "dx_on_client": "On the client", "dx_on_us": "On us", "dx_fishbone": "Cause analysis (fishbone)",
        "dx_figure": "Figure 1  Fishbone diagram: {title}", "dx_sheet": "Diagnosis sheet",
        "dx_category": "Category", "dx_cause": "Cause", "dx_method": "Verification method",
        "dx_result": "Result", "dx_kind": "Kind", "dx_kind.root": "Root cause",
        "dx_kind.direct": "Direct cause", "dx_roots": "Root causes",
        "dx_plan": "Solution plan", "dx_term.short_term": "Short-term fix",
        "dx_term.long_term": "Long-term prevention", "dx_addresses": "Addresses",
        "dx_no_remedy": "Root cause without a remedy: {causes}", "dx_overdue": "Overdue", "dx_done": "Done",
        "dx_open": "Open", "dx_status.unverified": "Unverified", "dx_status.confirmed": "Confirmed",
        "dx_status.ruled_out": "Ruled out", "dx_no_causes": "No causes recorded yet.",
        "dx_no_plan": "No solution plan yet.",
        "dx_follow_up": "Follow-up: progress is shared weekly; the effect "
        "is measured 1–2 weeks after the fix; lessons are archived.",
    },
    "zh_CN": {
        "dx_title": "问题诊断报告", "dx_problem": "问题描述", "dx_phenomenon": "现象", "dx_impact": "影响",
        "dx_scope": "范围", "dx_assessment": "影响评估", "dx_on_client": "对客户的影响", "dx_on_us": "对我方的影响",
        "dx_fishbone": "原因分析（鱼骨图）", "dx_figure": "图 1  鱼骨图：{title}", "dx_sheet": "诊断表",
        "dx_category": "类别", "dx_cause": "原因", "dx_method": "验证方式", "dx_result": "验证结果",
        "dx_kind": "原因类型", "dx_kind.root": "根本原因", "dx_kind.direct": "直接原因",
        "dx_roots": "根本原因", "dx_plan": "解决方案落地计划",
        "dx_term.short_term": "短期修复", "dx_term.long_term": "长期预防", "dx_addresses": "针对的原因",
        "dx_no_remedy": "尚无对策的根本原因：{causes}", "dx_overdue": "已逾期", "dx_done": "已完成",
        "dx_open": "进行中", "dx_status.unverified": "未验证", "dx_status.confirmed": "已确认",
        "dx_status.ruled_out": "已排除", "dx_no_causes": "尚未记录原因。", "dx_no_plan": "尚无解决方案计划。",
        "dx_follow_up": "后续跟进：每周同步进展；修复后 1–2 周评估效果；经验归档。",
    },
}
MAX_PICTURE_CM = (16.0, 21.0)  # width, height that fit an A4 page with margins


def _png_size(png: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    return width, height


def picture_width_cm(png: bytes) -> float:
    """As wide as the text column, unless that would make a tall diagram run off the page."""
    width, height = _png_size(png)
    max_w, max_h = MAX_PICTURE_CM
    return max(4.0, min(max_w, max_h * width / max(1, height)))


_TABS = re.compile(r"[ \t]*\t[ \t]*")


def _flat(value: Any) -> Any:
    """Tabs typed (or pasted from a sheet) into the forms read as one space in the report."""
    return _TABS.sub(" ", value) if isinstance(value, str) and "\t" in value else value


class _NoTabs(DocWriter):
    def paragraph(self, text: str, *args: Any, **kwargs: Any) -> None:
        super().paragraph(_flat(text), *args, **kwargs)

    def bullets(self, items: Any) -> None:
        super().bullets([_flat(item) for item in items])

    def table(self, header: Any, rows: Any, *args: Any, **kwargs: Any) -> None:
        super().table(header, [[_flat(cell) for cell in row] for row in rows], *args, **kwargs)


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    engagement = repos.clients.get_engagement(request.engagement_id)
    if engagement is None:
        raise ValueError(f"Engagement {request.engagement_id} does not exist.")
    diagnoses = repos.diagnoses.for_engagement(engagement.id)
    if request.diagnosis_id is not None:
        diagnosis = next((d for d in diagnoses if d.id == request.diagnosis_id), None)
        if diagnosis is None:
            raise ValueError(f"Diagnosis {request.diagnosis_id} does not belong to this engagement.")
    elif diagnoses:
        diagnosis = diagnoses[-1]
    else:
        raise ValueError("This engagement has no diagnosis yet.")
    client = repos.clients.get_client(engagement.client_id)
    tree = repos.diagnoses.tree(diagnosis.id)
    L = labels_for(request.lang, LABELS)
    step = _progress(request, 4)

    w = _NoTabs(template=request.template, lang=request.lang)
    w.paragraph(L("dx_title"), "Title")
    w.paragraph(diagnosis.title, "Subtitle")
    w.key_value_table([
        (L("client"), client.name if client else ""),
        (L("engagement"), engagement.title),
        (L("date"), datetime.date.today().isoformat()),
    ])
    w.heading(L("dx_problem"), 1)
    w.key_value_table([
        (L("dx_phenomenon"), diagnosis.phenomenon or L("not_written")),
        (L("dx_impact"), diagnosis.impact or L("not_written")),
        (L("dx_scope"), diagnosis.scope or L("not_written")),
    ])
    w.heading(L("dx_assessment"), 1)
    w.key_value_table([
        (L("dx_on_client"), diagnosis.impact_client or L("not_written")),
        (L("dx_on_us"), diagnosis.impact_us or L("not_written")),
    ])
    step()

    w.heading(L("dx_fishbone"), 1)
    from consultdesk.render.fishbone_image import render_diagnosis_png  # Qt only when a picture is drawn

    png = render_diagnosis_png(repos, diagnosis.id, scale=2.0)
    w.picture(png, picture_width_cm(png), L("dx_figure", title=diagnosis.title))
    step()

    w.heading(L("dx_sheet"), 2)
    rows = sheet_rows(tree)
    if rows:
        table = [
            [
                r.bone.title,
                "\u3000" * r.depth + ("\u21b3 " if r.depth else "") + r.cause.text,
                r.cause.verification_method,
                "\n".join(x for x in (L(f"dx_status.{r.cause.status.value}"), r.cause.verification_result) if x),
                # The one root-cause flag, shown as the kind a reader of the report looks for.
                L("dx_kind.root") if r.cause.is_root else L("dx_kind.direct"),
            ]
            for r in rows
        ]
        w.table([L("dx_category"), L("dx_cause"), L("dx_method"), L("dx_result"), L("dx_kind")], table,
                widths=(1.1, 3.8, 1.8, 2.6, 0.9))
    else:
        w.paragraph(L("dx_no_causes"))
    roots = tree.root_causes()
    if roots:
        w.heading(L("dx_roots"), 2)
        w.bullets([c.text for c in roots])
    step()

    _plan(w, L, repos, diagnosis.id, tree)
    step()
    doc = w.finish(header_text=f"{engagement.title} · {L('dx_title')}", page_format=L("page_x_of_y"))
    doc.core_properties.title = f"{L('dx_title')} – {diagnosis.title}"
    doc.core_properties.author = "ConsultDesk"
    return doc


def _plan(w: DocWriter, L: Any, repos: Any, diagnosis_id: int, tree: Any) -> None:
    w.heading(L("dx_plan"), 1)
    phases = repos.diagnoses.phases(diagnosis_id)
    tasks = repos.diagnoses.tasks(diagnosis_id)
    today = datetime.date.today()
    if not phases:
        w.paragraph(L("dx_no_plan"))
    for term in PlanTerm:
        rows = []
        for phase in (p for p in phases if p.term == term):
            for task in (t for t in tasks if t.phase_id == phase.id):
                cause = tree.by_id.get(task.root_cause_id)
                state = L("dx_done") if task.done else (L("dx_overdue") if is_overdue(task, today) else L("dx_open"))
                rows.append([phase.title, task.title, task.owner or "—", task.deadline or "—",
                             cause.text if cause else "—", state])
            if not any(t.phase_id == phase.id for t in tasks):
                rows.append([phase.title, L("none"), "—", "—", "—", "—"])
        if rows:
            w.heading(L(f"dx_term.{term.value}"), 2)
            w.table([L("phase"), L("task"), L("owner"), L("deadline"), L("dx_addresses"), L("status")], rows,
                    widths=(1.5, 2.5, 0.9, 1.4, 1.9, 0.9))
    missing = roots_without_remedy(tree, tasks)
    if missing:
        w.paragraph(L("dx_no_remedy", causes="; ".join(c.text for c in missing)), bold=True)
    w.paragraph(L("dx_follow_up"))


def _progress(request: DocumentRequest, total: int) -> Callable[[], None]:
    done = [0]

    def step() -> None:
        done[0] += 1
        if request.progress:
            request.progress(done[0], total)

    return step
