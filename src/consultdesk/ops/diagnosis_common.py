"""Pieces shared by the diagnosis verbs: the area name, translated refusals, ids made up front."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consultdesk.domain.diagnosis import validate_text
from consultdesk.ops.errors import OpError

if TYPE_CHECKING:
    from consultdesk.context import AppContext

AREA = "diagnosis"



def check_text(text: Any, what: str) -> None:
    problem = validate_text(text if isinstance(text, str) else None)
    if problem == "empty":
        raise OpError(QCoreApplication.translate("ops", "The text of a {what} cannot be empty.").replace("{what}", what))
    if problem == "too_long":
        raise OpError(QCoreApplication.translate("ops", "The text is too long."))


def next_ids(ctx: "AppContext", table: str, count: int) -> list[int]:
    """Ids for rows a composite command inserts together (children need their parent's id up front)."""
    first = ctx.repos.diagnoses.next_id(table)
    return list(range(first, first + count))
