"""Cell values as real sheets write them: scores with words or reasons, the stated quadrant, and the
language of exported values. Pure rules shared by import and export.

Score cells: "4", "４", "4.0", "4分", "4 (reason)", "4（理由）", "4 - reason" -> 4, the reason kept for the
requirement's notes; words 高/high -> 5, 较高 -> 4, 中/medium -> 3, 较低 -> 2, 低/low -> 1.
"""

from __future__ import annotations

import re
import unicodedata

from consultdesk.domain.requirement_fields import SCORE_EXPECTED, CellError, normalise_header
from consultdesk.domain.requirements import (
    MAX_SCORE,
    MIN_SCORE,
    Quadrant,
    RequirementStatus,
    RequirementType,
)

SCORE_WORDS: dict[str, int] = {
    "高": 5, "很高": 5, "非常高": 5, "极高": 5, "high": 5, "very high": 5,
    "较高": 4, "中高": 4, "medium high": 4, "fairly high": 4,
    "中": 3, "中等": 3, "一般": 3, "medium": 3, "mid": 3, "moderate": 3,
    "较低": 2, "中低": 2, "medium low": 2, "fairly low": 2,
    "低": 1, "很低": 1, "非常低": 1, "极低": 1, "low": 1, "very low": 1,
}
# number or word, an optional 分/points, then an optional reason in brackets or after a dash/colon.
_SCORE_CELL = re.compile(
    r"^\s*(?P<score>[0-9０-９]+(?:[.．][0-9０-９]+)?|[^\s(（\[【\-—:：,，;；0-9０-９]+(?:\s+[a-zA-Z]+)?)\s*"
    r"(?:分|points?|pts?)?\s*"
    r"(?:[(（\[【](?P<inner>.*)[)）\]】]|[\-—:：,，;；]\s*(?P<after>.*))?\s*$",
    re.DOTALL,
)


def parse_score_cell(text: str, expected: str = SCORE_EXPECTED) -> tuple[int, str]:
    """(score, reason) from a score cell; reason is "" when the cell holds only the score."""
    match = _SCORE_CELL.match(text)
    if match is None:
        raise CellError("not a number", expected)
    raw = unicodedata.normalize("NFKC", match["score"]).strip()
    reason = (match["inner"] if match["inner"] is not None else match["after"] or "").strip()
    word = SCORE_WORDS.get(raw.casefold())
    if word is not None:
        return word, reason
    try:
        number = float(raw)
    except ValueError:
        raise CellError("not a number", expected) from None
    if not number.is_integer():
        raise CellError("not a whole number", expected)
    if not MIN_SCORE <= int(number) <= MAX_SCORE:
        raise CellError("out of range", expected)
    return int(number), reason


# The quadrant names an export writes (and import reads back), per language.
QUADRANT_LABELS: dict[str, dict[Quadrant, str]] = {
    "en": {Quadrant.DO_NOW: "do now", Quadrant.PLAN: "plan", Quadrant.QUICK: "quick win", Quadrant.PARK: "park"},
    "zh": {Quadrant.DO_NOW: "立即处理", Quadrant.PLAN: "规划到后续迭代", Quadrant.QUICK: "快速处理或委派",
           Quadrant.PARK: "暂缓"},
}
_QUADRANT_WORDS: dict[str, Quadrant] = {
    **{normalise_header(q.value): q for q in Quadrant},
    **{normalise_header(name): q for names in QUADRANT_LABELS.values() for q, name in names.items()},
    "quick": Quadrant.QUICK, "重要且紧急": Quadrant.DO_NOW, "重要紧急": Quadrant.DO_NOW,
    "重要不紧急": Quadrant.PLAN, "重要但不紧急": Quadrant.PLAN, "不重要但紧急": Quadrant.QUICK,
    "紧急不重要": Quadrant.QUICK, "紧急但不重要": Quadrant.QUICK, "不重要紧急": Quadrant.QUICK,
    "不重要不紧急": Quadrant.PARK, "不重要也不紧急": Quadrant.PARK,
}
_HIGH_LOW = {"高": True, "high": True, "低": False, "low": False}
_VALUE_PART = re.compile(r"(高|低)价值|价值(?:度)?(高|低)|(high|low)[ -]value|value[ :]*(high|low)")
_URGENCY_PART = re.compile(r"(高|低)紧急|紧急(?:度|性|程度)?(高|低)|(high|low)[ -]urgency|urgency[ :]*(high|low)")


def _high(match: re.Match[str] | None) -> bool | None:
    if match is None:
        return None
    return _HIGH_LOW[next(g for g in match.groups() if g)]


def parse_quadrant(text: str) -> Quadrant | None:
    """The quadrant a priority-class cell states ("高价值高紧急", "high value, low urgency", "do now",
    "重要不紧急" …), or None when it states none we can read."""
    key = normalise_header(text)
    if not key:
        return None
    found = _QUADRANT_WORDS.get(key) or _QUADRANT_WORDS.get(key.replace(" ", ""))
    if found is not None:
        return found
    value, urgency = _high(_VALUE_PART.search(key)), _high(_URGENCY_PART.search(key))
    if value is None or urgency is None:
        return None
    if value:
        return Quadrant.DO_NOW if urgency else Quadrant.PLAN
    return Quadrant.QUICK if urgency else Quadrant.PARK


TYPE_LABELS_ZH = {RequirementType.BUSINESS: "业务型", RequirementType.EXPERIENCE: "体验型",
                  RequirementType.STRATEGIC: "战略型", RequirementType.TECHNICAL: "技术型"}
STATUS_LABELS_ZH = {RequirementStatus.PROPOSED: "提出", RequirementStatus.TO_CONFIRM: "待确认",
                    RequirementStatus.CONFIRMED: "已确认", RequirementStatus.REJECTED: "已拒绝",
                    RequirementStatus.IN_PROGRESS: "进行中", RequirementStatus.DONE: "完成"}


def format_value(field: str, value: object, lang: str = "en") -> str:
    """A stored value as an exported cell, in English names or (lang zh*) the Chinese ones."""
    chinese = lang.startswith("zh")
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("是" if value else "否") if chinese else ("yes" if value else "no")
    if isinstance(value, RequirementType):
        return TYPE_LABELS_ZH[value] if chinese else value.value
    if isinstance(value, RequirementStatus):
        return STATUS_LABELS_ZH[value] if chinese else value.value
    if isinstance(value, Quadrant):
        return QUADRANT_LABELS["zh" if chinese else "en"][value]
    return str(value)
