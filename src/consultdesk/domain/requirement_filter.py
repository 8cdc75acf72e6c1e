"""Which requirements a board/list filter keeps: by type, status, tag and free text (pure Python).

The board's filter and the requirements list both go through RequirementFilter.matches with the same
haystack (search_text), so they always keep the same requirements; the workspace search indexes the
same TEXT_FIELDS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from consultdesk.domain.requirements import Requirement
from consultdesk.domain.text_fold import fold, words

# Tags are typed freely on site: "性能, 支付" or "perf;payment" or "性能、支付" all mean two tags.
_TAG_SPLIT = re.compile(r"[,;，；、\s]+")
# Every field a user types text into, in form order.
TEXT_FIELDS = ("code", "title", "description", "goal", "current_state", "success_criteria", "time_resources",
               "risks", "why", "what", "who", "when", "where", "how", "source", "acceptance", "tag")


def tags_of(requirement: Requirement) -> set[str]:
    return {t for t in _TAG_SPLIT.split(requirement.tag.strip()) if t}


def search_text(requirement: Requirement, labels: Iterable[str] = ()) -> str:
    """Folded text a free-text filter looks in: every text field, plus *labels* (the shown names of the
    type and status, so typing "已确认" keeps confirmed ones). Computed once per row by the caller."""
    parts = [str(getattr(requirement, name)) for name in TEXT_FIELDS]
    return fold("\n".join([*parts, *labels]))


@dataclass(frozen=True)
class RequirementFilter:
    type: str | None = None
    status: str | None = None
    tag: str | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.type or self.status or self.tag or self.text.strip())

    def matches(self, requirement: Requirement, haystack: str | None = None) -> bool:
        if self.type and requirement.type.value != self.type:
            return False
        if self.status and requirement.status.value != self.status:
            return False
        if self.tag and self.tag not in tags_of(requirement):
            return False
        needles = words(self.text)
        if needles:
            text = haystack if haystack is not None else search_text(requirement)
            # Every word must occur somewhere: "支付 卡顿" finds "修复支付接口卡顿".
            return all(word in text for word in needles)
        return True
