"""Which requirements a board/list filter keeps: by type, status, tag and free text (pure Python)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consultdesk.domain.requirements import Requirement

# Tags are typed freely on site: "性能, 支付" or "perf;payment" or "性能、支付" all mean two tags.
_TAG_SPLIT = re.compile(r"[,;，；、\s]+")
_TEXT_FIELDS = ("code", "title", "description", "goal", "current_state", "success_criteria", "acceptance",
                "tag", "source", "risks")


def tags_of(requirement: Requirement) -> set[str]:
    return {t for t in _TAG_SPLIT.split(requirement.tag.strip()) if t}


def search_text(requirement: Requirement) -> str:
    """Lower-cased text a free-text filter looks in (computed once per card and cached by the caller)."""
    return "\n".join(str(getattr(requirement, name)) for name in _TEXT_FIELDS).casefold()


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
        needle = self.text.strip().casefold()
        if needle:
            text = haystack if haystack is not None else search_text(requirement)
            # Every word must occur somewhere: "支付 卡顿" finds "修复支付接口卡顿".
            return all(word in text for word in needle.split())
        return True
