"""Dispute minutes (争议确认纪要): the written confirmation sent right after the meeting.

What was disputed, the client's expected value against the value computed by the agreed rule and the
difference, the facts confirmed in the meeting, the agreed root cause, the evidence chain (each item with
its source, capture time and the SHA-256 of its files, so either side can verify a copy) and the action
items on both sides. Phrased blame-free, as a confirmation of what both sides agreed.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from consultdesk.domain.evidence import CHAIN_KINDS, format_number
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.labels import labels_for
from consultdesk.export.request import DocumentRequest

LABELS = {
    "en": {
        "dispute_title": "Dispute minutes – written confirmation",
        "consensus": "Internal review and consensus", "no_reviewers": "No internal reviewer recorded.",
        "consensus_reached": "Consensus: {agreed} of {total} internal reviewers agreed with the computed figure.",
        "consensus_open": "No consensus yet: none of the {total} internal reviewers has agreed.",
        "role": "Role", "reviewed_on": "Reviewed on", "agreed": "Agreed", "remark": "Remark", "name": "Name",
        "intro": "This note confirms in writing what we agreed in the meeting on {date}. If anything below is not "
                 "as you remember it, please reply within two working days; otherwise it stands as agreed.",
        "intro_no_meeting": "Draft: the meeting has not been held yet. This note lists the figures and the evidence "
                            "we will go through together.",
        "figure": "The disputed figure", "report": "Report", "metric": "Metric", "period": "Period",
        "expected": "Value expected by the client", "computed": "Value computed by the agreed rule",
        "difference": "Difference (computed − expected)", "unit": "Unit",
        "confirmed": "What we confirmed together", "root_cause": "Agreed cause of the difference",
        "conclusion": "Conclusion", "evidence": "Evidence chain",
        "evidence_note": "Every file is kept unchanged in the consultant's evidence store; the SHA-256 fingerprint "
                         "lets either side check that a copy is identical.",
        "files": "Files (SHA-256)", "reference": "Reference",
        "evidence_verified": "Each file was verified against its SHA-256 when this document was written.",
        "evidence_broken": "Warning: {count} file(s) of this evidence chain are no longer as captured (marked below). "
                           "The fingerprints listed are those recorded at capture; the stored files no longer match "
                           "them, so these items cannot be relied on until the originals are attached again.",
        "file_changed": "CHANGED since capture — SHA-256 now {sha}", "file_missing": "MISSING from the evidence store",
        "actions": "Action items", "meeting_date": "Meeting date", "our_side": "Consultant side",
        "client_side": "Client side", "confirm_by": "Confirmed by", "not_agreed": "(not agreed yet)",
        "kind.raw_data": "Raw data snapshot", "kind.processing_logic": "Processing logic",
        "kind.business_rule": "Business rule basis", "kind.comparison": "Comparison",
        "kind.test_case": "Test case / simulated data", "kind.other": "Other",
        "cause.client_data_error": "Client data error", "cause.rule_misunderstanding": "Different reading of the agreed rule",
        "cause.rule_update": "The rule needs updating", "cause.business_change": "A business change that was not announced",
        "cause.other": "Other", "action_side.ours": "Consultant", "action_side.client": "Client",
        "action_status.open": "Open", "action_status.done": "Done", "action_status.dropped": "Dropped",
    },
    "zh_CN": {
        "dispute_title": "争议确认纪要（书面确认）",
        "consensus": "内部评审与共识", "no_reviewers": "尚未记录内部评审人。",
        "consensus_reached": "共识：{total} 位内部评审人中有 {agreed} 位认可计算结果。",
        "consensus_open": "尚未达成共识：{total} 位内部评审人均未确认。",
        "role": "角色", "reviewed_on": "评审日期", "agreed": "是否认可", "remark": "意见", "name": "姓名",
        "intro": "本纪要书面确认双方于 {date} 会议中达成的一致意见。如以下内容与您的理解不符，请于两个工作日内回复；"
                 "逾期未回复视为确认。",
        "intro_no_meeting": "草稿：会议尚未召开。本文列出双方将共同核对的数据与证据。",
        "figure": "争议数据", "report": "报表", "metric": "指标", "period": "统计周期",
        "expected": "客户预期值", "computed": "按约定口径计算值", "difference": "差异（计算值 − 预期值）", "unit": "单位",
        "confirmed": "双方确认的事实", "root_cause": "双方认定的差异原因", "conclusion": "结论",
        "evidence": "证据链", "evidence_note": "所有文件均原样保存在顾问方证据库中；SHA-256 指纹可供双方核对副本是否一致。",
        "files": "文件（SHA-256）", "reference": "出处",
        "evidence_verified": "生成本文档时已按 SHA-256 逐一核验每个文件。",
        "evidence_broken": "警告：本证据链中有 {count} 个文件已与采集时不一致（见下方标注）。所列指纹为采集时记录的值，"
                           "证据库中的文件已不再与之相符；在重新附上原件之前，这些证据不可作为依据。",
        "file_changed": "采集后已被修改 — 当前 SHA-256 为 {sha}", "file_missing": "证据库中缺失",
        "actions": "待办事项", "meeting_date": "会议日期", "our_side": "顾问方", "client_side": "客户方",
        "confirm_by": "确认签字", "not_agreed": "（尚未认定）",
        "kind.raw_data": "原始数据快照", "kind.processing_logic": "数据处理逻辑", "kind.business_rule": "业务规则依据",
        "kind.comparison": "对比分析", "kind.test_case": "测试用例 / 模拟数据", "kind.other": "其他",
        "cause.client_data_error": "客户数据错误", "cause.rule_misunderstanding": "规则理解偏差",
        "cause.rule_update": "规则需更新", "cause.business_change": "业务变化未通知", "cause.other": "其他",
        "action_side.ours": "顾问方", "action_side.client": "客户方",
        "action_status.open": "进行中", "action_status.done": "已完成", "action_status.dropped": "已取消",
    },
}


def _difference_text(case: Any) -> str:
    """"-70 单 (-5.60%)": the unit belongs to the number, the percentage comes after both."""
    diff = case.difference
    if diff is None:
        return "–"
    text = f"{'+' if diff.absolute > 0 else ''}{format_number(diff.absolute)}"
    if case.unit:
        text += f" {case.unit}"
    if diff.percent is not None:
        text += f" ({diff.percent:+.2f}%)"
    return text


def _with_unit(value: float | None, unit: str) -> str:
    return f"{format_number(value)} {unit}".strip() if value is not None else "–"


def _consensus(w: DocWriter, L: Any, reviewers: list[Any]) -> None:
    """Who checked the figures on our side before the meeting, and whether they agreed."""
    w.heading(L("consensus"), 1)
    if not reviewers:
        w.paragraph(L("no_reviewers"))
        return
    agreed = [r for r in reviewers if r.agreed]
    w.paragraph(L("consensus_reached", agreed=len(agreed), total=len(reviewers)) if agreed
                else L("consensus_open", total=len(reviewers)), bold=True)
    w.table([L("name"), L("role"), L("reviewed_on"), L("agreed"), L("remark")], [
        [r.name, r.role, r.reviewed_on or "–", L("yes") if r.agreed else L("no"), r.remark or "–"] for r in reviewers
    ], widths=(1.4, 1.4, 1.2, 0.8, 3))


def _chain_order(items: list[Any]) -> list[Any]:
    order = {kind: i for i, kind in enumerate(CHAIN_KINDS)}
    return sorted(items, key=lambda item: (order.get(item.kind, len(order)), item.seq, item.id))


def file_states(files: Any, attachments: list[Any]) -> dict[str, tuple[str, str]]:
    """sha256 -> (status, SHA-256 of the file now) for each distinct stored file ("ok"/"changed"/"missing")."""
    from consultdesk.store.attachments import hash_file

    states: dict[str, tuple[str, str]] = {}
    for att in attachments:
        if att.sha256 in states:
            continue
        status = files.verify(att.sha256)
        now = ""
        if status == "changed":
            try:
                now = hash_file(files.path_for(att.sha256))[0]
            except OSError:
                status = "missing"
        states[att.sha256] = (status, now)
    return states


def _file_line(att: Any, state: tuple[str, str], L: Any) -> str:
    line = f"{att.name}\nSHA-256 {att.sha256}"  # the name whole on its line; the hash wraps below it
    if state[0] == "changed":
        line += "\n⚠ " + L("file_changed", sha=state[1])
    elif state[0] == "missing":
        line += "\n⚠ " + L("file_missing")
    return line


def build(request: DocumentRequest) -> Any:
    repos = request.repos
    evidence = repos.evidence
    case = evidence.get_case(request.case_id) if request.case_id is not None else evidence.find_case(request.engagement_id, "")
    if case is None or case.engagement_id != request.engagement_id:
        raise ValueError("This engagement has no dispute case to write minutes for.")
    engagement = repos.clients.get_engagement(case.engagement_id)
    client = repos.clients.get_client(engagement.client_id) if engagement else None
    meetings = evidence.meetings(case.id)
    meeting = meetings[-1] if meetings else None
    L = labels_for(request.lang, LABELS)
    steps = 5
    if request.progress:
        request.progress(0, steps)

    w = DocWriter(template=request.template, lang=request.lang)
    w.paragraph(L("dispute_title"), "Title")
    w.paragraph(case.title, "Subtitle")
    w.key_value_table([
        (L("client"), client.name if client else ""),
        (L("engagement"), engagement.title if engagement else ""),
        (L("meeting_date"), (meeting.held_on if meeting else "") or "–"),
        (L("our_side"), (meeting.our_attendees if meeting else "") or "–"),
        (L("client_side"), (meeting.client_attendees if meeting else "") or "–"),
        (L("date"), datetime.date.today().isoformat()),
    ], widths=(1, 3))
    held = bool(meeting and meeting.held_on.strip())  # the form refuses "meeting held" without a date
    w.paragraph(L("intro", date=meeting.held_on) if held and meeting else L("intro_no_meeting"))

    unit = case.unit
    w.heading(L("figure"), 1)
    w.key_value_table([
        (L("report"), case.report), (L("metric"), case.metric), (L("period"), case.period),
        (L("expected"), _with_unit(case.expected_value, unit)),
        (L("computed"), _with_unit(case.computed_value, unit)),
        (L("difference"), _difference_text(case)),
    ], widths=(1.4, 3))
    if request.progress:
        request.progress(1, steps)

    _consensus(w, L, evidence.reviewers(case.id))

    w.heading(L("confirmed"), 1)
    # The bullets number nothing themselves: drop "1." / "-" prefixes typed in the meeting notes.
    facts = [re.sub(r"^\s*(\d+[.、)]|[-•*])\s*", "", line) for line in (meeting.confirmed_facts if meeting else "").splitlines()]
    facts = [fact for fact in facts if fact.strip()]
    w.bullets(facts) if facts else w.paragraph(L("none"))

    w.heading(L("root_cause"), 1)
    cause = case.root_cause
    w.paragraph(L(f"cause.{cause}") if cause else L("not_agreed"), bold=True)
    if case.root_cause_text:
        w.paragraphs(case.root_cause_text)
    if case.conclusion:
        w.heading(L("conclusion"), 2)
        w.paragraphs(case.conclusion)
    if request.progress:
        request.progress(2, steps)

    w.heading(L("evidence"), 1)
    items = _chain_order(evidence.items(case.id))
    # Re-verified now: the document never vouches for a file that no longer matches its fingerprint.
    states = file_states(evidence.files, [a for item in items for a in item.attachments])
    broken = sum(1 for state in states.values() if state[0] != "ok")
    if broken:
        w.paragraph(L("evidence_broken", count=broken), bold=True)
    else:
        w.paragraph(L("evidence_note") + " " + L("evidence_verified"))
    rows = []
    for item in items:
        files = "\n".join(_file_line(a, states[a.sha256], L) for a in item.attachments)
        reference = " · ".join(x for x in (item.ref_document, item.ref_section, item.ref_url) if x)
        if reference:
            files = (files + "\n" if files else "") + f"{L('reference')}: {reference}"
        rows.append([L(f"kind.{item.kind}"), item.title, item.source, item.captured_at, files or "–"])
    if rows:
        w.table([L("kind"), L("title"), L("source"), L("captured_at"), L("files")], rows, widths=(1.1, 1.7, 1.4, 1.2, 3.6))
    else:
        w.paragraph(L("none"))
    if request.progress:
        request.progress(3, steps)

    w.heading(L("actions"), 1)
    actions = evidence.actions(case.id)
    if actions:
        w.table([L("side"), L("who"), L("what"), L("by_when"), L("status")], [
            [L(f"action_side.{a.side}"), a.who, a.what, a.due_on, L(f"action_status.{a.status}")] for a in actions
        ], widths=(1, 1.2, 3.6, 1.2, 1))
    else:
        w.paragraph(L("none"))

    w.heading(L("confirm_by"), 1, numbered=False)
    w.table([L("side"), L("name"), L("date"), L("signature")], [
        [L("client_side"), "", "", ""], [L("our_side"), "", "", ""],
    ], widths=(1.2, 2, 1.4, 2.4))
    if request.progress:
        request.progress(4, steps)

    doc = w.finish(header_text=f"{engagement.title if engagement else ''} · {L('dispute_title')}", page_format=L("page_x_of_y"))
    doc.core_properties.title = f"{L('dispute_title')} – {case.title}"
    doc.core_properties.author = "ConsultDesk"
    if request.progress:
        request.progress(steps, steps)
    return doc
