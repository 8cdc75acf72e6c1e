"""The editable sections of a Requirements Specification, kept per engagement (DOMAIN.md §5).

Shared by the specification writer (renders them), the Specifications tab (edits them) and baselines
(freezes them into the signed content).
"""

from __future__ import annotations

from enum import Enum


class SectionKey(str, Enum):
    BACKGROUND = "background"
    GOALS = "goals"
    DELIVERY_STANDARDS = "delivery_standards"
    ACCEPTANCE_PROCEDURE = "acceptance_procedure"
    CHANGE_RULES = "change_rules"


SECTION_ORDER = tuple(SectionKey)
