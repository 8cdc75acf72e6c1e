"""Document labels and headings in English and Simplified Chinese.

Documents are not Qt UI: they are written in the language the user picks for the document, which may
differ from the UI language, and headless (CLI) exports have no translator installed. So the labels
are plain dicts here. A builder with labels of its own passes them as `extra`:

    L = labels_for(request.lang, {"en": {"phenomenon": "Phenomenon"}, "zh_CN": {"phenomenon": "现象"}})
    L("phenomenon"); L("page_x_of_y"); L.enum("status", "confirmed"); L.date("2026-11-25T08:00:00Z")
"""

from __future__ import annotations

from typing import Mapping

LANGUAGES = ("en", "zh_CN")

EN: dict[str, str] = {
    # shared by every document
    "client": "Client", "engagement": "Engagement", "version": "Version", "date": "Date",
    "status": "Status", "toc": "Contents", "toc_placeholder": "Update this field to build the table of contents.",
    "page_x_of_y": "Page {page} of {pages}", "prepared_by": "Prepared by", "none": "(none)",
    "not_written": "(not written yet)", "owner": "Owner", "deadline": "Deadline", "phase": "Phase",
    "task": "Task", "who": "Who", "what": "What", "by_when": "By when", "title": "Title",
    "description": "Description", "source": "Source", "captured_at": "Captured at", "kind": "Kind",
    "sha256": "SHA-256", "comment": "Comment", "yes": "Yes", "no": "No", "participants": "Participants",
    # Requirements Specification
    "spec_title": "Requirements Specification", "doc_status.draft": "Draft", "doc_status.signed": "Signed",
    "revision_history": "Revision history", "revision_summary": "Changes", "no_revisions": "No signed version yet.",
    "introduction": "Requirement description", "background": "Background", "goals": "Goals",
    "requirements": "Requirements", "requirements_intro": "Requirements are grouped by priority quadrant; "
    "do-now requirements come first.", "no_requirements": "No requirements in this quadrant.",
    "quadrant_chart": "Priority quadrants", "chart_caption": "Figure 1: requirements by value and urgency",
    "delivery_standards": "Delivery standards", "acceptance": "Acceptance method",
    "acceptance_procedure": "Test cases and acceptance procedure", "signoff": "Sign-off",
    "signoff_intro": "By signing, each party confirms this specification as the agreed baseline.",
    "name": "Name", "side": "Side", "meaning": "Meaning", "signature": "Signature",
    "change_rules": "Change rules", "changes_since": "Changes since version {version}",
    "field": "Field", "old_value": "Before", "new_value": "After", "change_request": "Change request",
    "added_or_removed": "(requirement added or removed)", "content_hash": "Content hash (SHA-256) of version {version}: {sha}",
    "draft_note": "Draft: not signed off yet; the content may still change.",
    # requirement attributes
    "code": "Code", "type": "Type", "value": "Value", "urgency": "Urgency", "cost": "Cost",
    "goal": "Goal", "current_state": "Current state", "success_criteria": "Success criteria",
    "time_resources": "Time and resources", "acceptance_criteria": "Acceptance criteria",
    "risks": "Risks and dependencies", "tag": "Tag", "quadrant": "Quadrant",
    "type.business": "Business", "type.experience": "Experience", "type.strategic": "Strategic",
    "type.technical": "Technical",
    "status.proposed": "Proposed", "status.to_confirm": "To be confirmed", "status.confirmed": "Confirmed",
    "status.rejected": "Rejected", "status.in_progress": "In progress", "status.done": "Done",
    "quadrant.do_now": "Do now (high value, high urgency)", "quadrant.plan": "Plan (high value, low urgency)",
    "quadrant.quick": "Quick win (low value, high urgency)", "quadrant.park": "Park (low value, low urgency)",
    "quadrant_short.do_now": "Do now", "quadrant_short.plan": "Plan", "quadrant_short.quick": "Quick win",
    "quadrant_short.park": "Park", "axis.value": "Value", "axis.urgency": "Urgency",
    "side.client": "Client", "side.us": "Consultant",
    "meaning.approved": "Approved", "meaning.reviewed": "Reviewed", "meaning.authored": "Authored",
    # Requirement summary
    "summary_title": "Requirement summary", "interview": "Meeting", "held_on": "Held on",
    "summary_requirements": "Requirements in the client's words", "stressed": "What the client stressed",
    "to_confirm": "Still to be confirmed", "summary_note": "Written after the meeting for the client to confirm.",
}

ZH: dict[str, str] = {
    "client": "客户", "engagement": "咨询项目", "version": "版本", "date": "日期", "status": "状态",
    "toc": "目录", "toc_placeholder": "更新此域以生成目录。", "page_x_of_y": "第 {page} 页，共 {pages} 页",
    "prepared_by": "编写人", "none": "（无）", "not_written": "（尚未填写）", "owner": "负责人",
    "deadline": "时间节点", "phase": "阶段", "task": "任务", "who": "负责人", "what": "事项",
    "by_when": "完成时间", "title": "标题", "description": "描述", "source": "来源", "captured_at": "采集时间",
    "kind": "类别", "sha256": "SHA-256", "comment": "备注", "yes": "是", "no": "否", "participants": "参会人",
    "spec_title": "需求规格说明书", "doc_status.draft": "草稿", "doc_status.signed": "已签署",
    "revision_history": "修订记录", "revision_summary": "变更内容", "no_revisions": "尚无已签署版本。",
    "introduction": "需求描述", "background": "背景", "goals": "目标", "requirements": "需求清单",
    "requirements_intro": "需求按优先级象限分组，“立即处理”的需求排在最前。", "no_requirements": "该象限暂无需求。",
    "quadrant_chart": "优先级四象限", "chart_caption": "图 1：按价值与紧急度分布的需求",
    "delivery_standards": "交付标准", "acceptance": "验收方式", "acceptance_procedure": "测试用例与验收流程",
    "signoff": "签字确认", "signoff_intro": "各方签字即确认本说明书为双方认可的基线。",
    "name": "姓名", "side": "所属方", "meaning": "签署含义", "signature": "签名",
    "change_rules": "变更规则", "changes_since": "自第 {version} 版以来的变更",
    "field": "字段", "old_value": "变更前", "new_value": "变更后", "change_request": "变更申请",
    "added_or_removed": "（新增或删除的需求）", "content_hash": "第 {version} 版内容哈希（SHA-256）：{sha}",
    "draft_note": "草稿：尚未签字确认，内容仍可能变化。",
    "code": "编号", "type": "类型", "value": "价值", "urgency": "紧急度", "cost": "成本", "goal": "诉求目标",
    "current_state": "现状描述", "success_criteria": "成功标准", "time_resources": "时限与资源",
    "acceptance_criteria": "验收标准", "risks": "风险与依赖", "tag": "标签", "quadrant": "象限",
    "type.business": "业务型", "type.experience": "体验型", "type.strategic": "战略型", "type.technical": "技术型",
    "status.proposed": "提出", "status.to_confirm": "待确认", "status.confirmed": "已确认",
    "status.rejected": "已拒绝", "status.in_progress": "进行中", "status.done": "完成",
    "quadrant.do_now": "立即处理（高价值、高紧急）", "quadrant.plan": "计划迭代（高价值、低紧急）",
    "quadrant.quick": "快速处理（低价值、高紧急）", "quadrant.park": "暂缓（低价值、低紧急）",
    "quadrant_short.do_now": "立即处理", "quadrant_short.plan": "计划迭代", "quadrant_short.quick": "快速处理",
    "quadrant_short.park": "暂缓", "axis.value": "价值", "axis.urgency": "紧急度",
    "side.client": "客户方", "side.us": "顾问方",
    "meaning.approved": "批准", "meaning.reviewed": "审核", "meaning.authored": "编写",
    "summary_title": "需求摘要", "interview": "会议", "held_on": "时间",
    "summary_requirements": "需求（业务语言）", "stressed": "客户特别关注", "to_confirm": "待确认",
    "summary_note": "会后整理，请客户确认。",
}

TABLES: dict[str, dict[str, str]] = {"en": EN, "zh_CN": ZH}


class Labels:
    """labels("key", **fmt) in the document language; falls back to English, then to the key."""

    def __init__(self, lang: str, extra: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.lang = lang if lang in TABLES else "en"
        self._table = dict(TABLES[self.lang])
        self._fallback = dict(EN)
        if extra:
            self._fallback.update(extra.get("en", {}))
            self._table.update(extra.get(self.lang, {}))

    def __call__(self, key: str, **fmt: object) -> str:
        text = self._table.get(key) or self._fallback.get(key) or key
        return text.format(**fmt) if fmt else text

    def enum(self, prefix: str, value: object) -> str:
        raw = getattr(value, "value", value)
        return self(f"{prefix}.{raw}") if f"{prefix}.{raw}" in self._fallback else str(raw)

    def date(self, iso: str) -> str:
        """The date part of an ISO timestamp (YYYY-MM-DD reads the same in both languages)."""
        return (iso or "")[:10]


def labels_for(lang: str, extra: Mapping[str, Mapping[str, str]] | None = None) -> Labels:
    return Labels(lang, extra)
