"""Requirement fields as they appear in spreadsheets: header names, value spellings, cell parsing.

Pure rules shared by import, export and the table view (docs/architecture.md "Requirement files").
Header names and values match case-insensitively, in English or Chinese.
"""

from __future__ import annotations

import re
import unicodedata

from consultdesk.domain.requirements import CONTENT_FIELDS, RequirementStatus, RequirementType

# Export column order (English names, docs/cli.md). Every content field, so a round trip loses nothing.
EXPORT_FIELDS: tuple[str, ...] = CONTENT_FIELDS

# field -> every header spelling accepted for it (compared after normalise_header(), which drops bracketed
# hints such as "（1-5分）", "*" marks and a trailing colon). The first Chinese name is the export header.
# Beyond the names of the automation surface these are the spellings of common Chinese templates (需求调研表,
# 需求优先级评估表, 需求清单) and of English trackers' CSV exports.
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("code", "编号", "req id", "requirement id", "需求编号", "序号", "需求序号", "需求id", "no", "no.", "#", "id"),
    "title": ("title", "标题", "name", "名称", "需求", "需求名称", "需求标题", "需求点", "功能名称", "summary",
              "requirement"),
    "description": ("description", "描述", "需求描述", "需求说明", "需求详情", "需求内容", "详细描述", "详细说明", "说明",
                    "details", "text", "requirement text", "requirementtext"),
    "goal": ("goal", "诉求目标", "目标", "业务目标", "期望目标"),
    "current_state": ("current_state", "现状描述", "current state", "现状", "现状问题", "痛点"),
    "success_criteria": ("success_criteria", "成功标准", "success criteria", "衡量标准"),
    "time_resources": ("time_resources", "时限与资源", "time and resources", "time & resources", "时限", "期望完成时间"),
    "risks": ("risks", "风险与依赖", "risks and dependencies", "risk", "风险", "依赖"),
    "type": ("type", "类型", "需求类型", "需求类别", "类别", "requirement type", "category"),
    "why": ("why", "为什么"),
    "what": ("what", "是什么", "做什么"),
    "who": ("who", "谁"),
    "when": ("when", "何时"),
    "where": ("where", "何地", "何处"),
    "how": ("how", "如何"),
    "value": ("value", "价值", "价值评分", "价值分", "业务价值", "重要性", "重要程度", "重要度", "importance",
              "business value"),
    "urgency": ("urgency", "紧急度", "紧急程度", "紧急度评分", "紧急性", "紧迫性", "紧迫度", "urgent"),
    "cost": ("cost", "成本", "实现成本", "成本评分", "工作量", "effort"),
    "status": ("status", "状态", "需求状态", "当前状态"),
    "is_core": ("is_core", "核心", "core", "是否核心", "core vs noise"),
    "source": ("source", "来源", "需求来源"),
    "acceptance": ("acceptance", "验收标准", "acceptance criteria", "验收条件"),
    "tag": ("tag", "标签", "tags"),
    "notes": ("notes", "备注", "note", "remarks", "remark", "comments", "comment", "备注说明"),
}
assert set(FIELD_HEADERS) == set(CONTENT_FIELDS), "every requirement field needs header names"

# Not a field: the quadrant a sheet states (优先级分类) or our export's read-only quadrant column. It is
# compared with the scores (the scores win) and never stored.
PRIORITY_HEADERS: tuple[str, ...] = ("quadrant", "象限", "优先级分类", "优先级", "priority", "优先级象限", "四象限")

TYPE_NAMES: dict[RequirementType, tuple[str, ...]] = {
    RequirementType.BUSINESS: ("business", "业务型", "业务"),
    RequirementType.EXPERIENCE: ("experience", "体验型", "体验"),
    RequirementType.STRATEGIC: ("strategic", "战略型", "战略"),
    RequirementType.TECHNICAL: ("technical", "技术型", "技术"),
}
STATUS_NAMES: dict[RequirementStatus, tuple[str, ...]] = {
    RequirementStatus.PROPOSED: ("proposed", "提出", "已提出"),
    RequirementStatus.TO_CONFIRM: ("to_confirm", "待确认", "to confirm"),
    RequirementStatus.CONFIRMED: ("confirmed", "已确认", "确认"),
    RequirementStatus.REJECTED: ("rejected", "已拒绝", "拒绝"),
    RequirementStatus.IN_PROGRESS: ("in_progress", "进行中", "in progress"),
    RequirementStatus.DONE: ("done", "完成", "已完成"),
}
_TRUE = ("1", "true", "yes", "y", "core", "是", "核心", "x", "✓")
_FALSE = ("0", "false", "no", "n", "noise", "否", "噪音", "非核心")

_SPACES = re.compile(r"[\s_\-]+")
# Hints people put into a header: "价值评分（1-5分）", "Value [1-5]", "需求名称*", "备注：".
_HINTS = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|[*:：]")


def normalise_header(text: str) -> str:
    """Compare header names ignoring case, width, surrounding blanks, bracketed hints, "*" marks and
    space/underscore/hyphen differences."""
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    stripped = _HINTS.sub("", folded)
    return _SPACES.sub(" ", stripped if stripped.strip() else folded).strip()


_HEADER_INDEX: dict[str, str] = {
    normalise_header(name): field for field, names in FIELD_HEADERS.items() for name in names
}
_PRIORITY_INDEX = {normalise_header(name) for name in PRIORITY_HEADERS}
_TYPE_INDEX = {normalise_header(n): t for t, names in TYPE_NAMES.items() for n in names}
_STATUS_INDEX = {normalise_header(n): s for s, names in STATUS_NAMES.items() for n in names}
_BOOL_INDEX = {**{v: True for v in _TRUE}, **{v: False for v in _FALSE}}


_PARTS = re.compile(r"\s*[/|\n]\s*")


def _parts(header: str) -> list[str]:
    # A bilingual header ("需求名称 / Title", "需求名称\nTitle") names its field in either part.
    return [header, *(_PARTS.split(header) if _PARTS.search(header) else ())]


def short_header(header: str) -> str:
    """A header as a label: its first part without bracketed hints ("价值评分（1-5分）\nValue" -> "价值评分")."""
    first = _PARTS.split(header.strip())[0]
    plain = re.sub(r"[(（\[【][^)）\]】]*[)）\]】]", "", first).strip(" *:：")
    return plain or first


def field_for_header(header: str) -> str | None:
    """The requirement field a column header names, or None when it names none."""
    for part in _parts(header):
        found = _HEADER_INDEX.get(normalise_header(part))
        if found is not None:
            return found
    return None


def is_priority_header(header: str) -> bool:
    """True for a column stating the quadrant (优先级分类, our export's "quadrant")."""
    return any(normalise_header(part) in _PRIORITY_INDEX for part in _parts(header))


def recognised(header: str) -> bool:
    return field_for_header(header) is not None or is_priority_header(header)


def field_for_name(name: str) -> str | None:
    """A field named on the command line (--map FIELD=COLUMN): its English or Chinese name."""
    return field_for_header(name)


def export_header(field: str, lang: str = "en") -> str:
    """The column header an export writes: the English field name, or its first Chinese name."""
    if lang.startswith("zh"):
        return next(n for n in FIELD_HEADERS[field] if not n.isascii())
    return field


class CellError(ValueError):
    """A cell that does not hold what its field needs; .expected says what would be accepted."""

    def __init__(self, template: str, expected: str) -> None:
        super().__init__(template)
        self.template = template
        self.expected = expected


SCORE_EXPECTED = "a whole number from 1 to 5, or high/medium/low (高/中/低)"
COST_EXPECTED = "a whole number from 1 to 5, high/medium/low (高/中/低), or an empty cell"
TYPE_EXPECTED = "business/业务型, experience/体验型, strategic/战略型 or technical/技术型"
STATUS_EXPECTED = "proposed/提出, to_confirm/待确认, confirmed/已确认, rejected/已拒绝, in_progress/进行中 or done/完成"
BOOL_EXPECTED = "yes/no, true/false, 1/0 or 是/否"


def parse_score(text: str, expected: str = SCORE_EXPECTED) -> int:
    """'4', '４', '4.0', '4分', '4（理由）', '高' … -> 4; anything else raises CellError (reasons: see
    requirement_values.parse_score_cell)."""
    from consultdesk.domain.requirement_values import parse_score_cell

    return parse_score_cell(text, expected)[0]


_TYPE_SUFFIXES = ("需求", "requirement", "类")


def parse_type(text: str) -> RequirementType:
    """A type in English or Chinese, also with the suffix sheets add: "业务型需求", "Business requirement"."""
    key = normalise_header(text)
    found = _TYPE_INDEX.get(key)
    for suffix in _TYPE_SUFFIXES:
        if found is None and key.endswith(suffix):
            found = _TYPE_INDEX.get(key[: -len(suffix)].strip())
    if found is None:
        raise CellError("unknown type", TYPE_EXPECTED)
    return found


def parse_status(text: str) -> RequirementStatus:
    found = _STATUS_INDEX.get(normalise_header(text))
    if found is None:
        raise CellError("unknown status", STATUS_EXPECTED)
    return found


def parse_bool(text: str) -> bool:
    found = _BOOL_INDEX.get(normalise_header(text))
    if found is None:
        raise CellError("not yes or no", BOOL_EXPECTED)
    return found


def format_cell(field: str, value: object) -> str:
    """A stored value as an exported cell: enums by their English name, flags as yes/no, no cost as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (RequirementType, RequirementStatus)):
        return str(value.value)
    return str(value)


# A derived title is cut to about this many columns; a CJK character counts as two (it is twice as wide).
TITLE_WIDTH = 80


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def derive_title(text: str, width: int = TITLE_WIDTH) -> str:
    """A title from the first words of a description (for files that have no title column).

    Rule: blanks (including line breaks) collapse to single spaces; when the result is wider than *width*
    it is cut at the last space before the limit (or at the limit when the text has no usable space, as
    Chinese text has none) and "…" is appended. The description itself keeps the exact text.
    """
    flat = " ".join(text.split())
    used, cut = 0, len(flat)
    for index, char in enumerate(flat):
        used += _width(char)
        if used > width:
            cut = index
            break
    if cut == len(flat):
        return flat
    space = flat.rfind(" ", 0, cut + 1)
    if space > cut // 2:
        cut = space
    return flat[:cut].rstrip(" ,.;:，。；：、") + "…"
