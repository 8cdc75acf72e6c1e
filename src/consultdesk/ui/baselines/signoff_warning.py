"""The question asked before signing a version whose changes are not all covered by approved change requests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultdesk.domain.change_coverage import PendingVersion
from consultdesk.domain.spec_status import FieldChange
from consultdesk.ui.baselines.models import field_name

LISTED = 8  # changes named one by one; the rest are counted


def _describe(change: FieldChange) -> str:
    if not change.code:
        return QCoreApplication.translate("SignOffWarning", "Section: %1").replace("%1", field_name(change))
    if change.field:
        what = field_name(change)
    elif change.old:
        what = QCoreApplication.translate("SignOffWarning", "removed")
    else:
        what = QCoreApplication.translate("SignOffWarning", "added")
    return f"{change.code} {change.title} ({what})"


def uncovered_question(pending: PendingVersion) -> str:
    """The question, or "" when every change is covered and every approved request is in the version."""
    uncovered = pending.uncovered
    if not uncovered and not pending.left_out:
        return ""
    parts: list[str] = []
    if uncovered:
        lines = [QCoreApplication.translate(
            "SignOffWarning", "%1 change(s) since v%2 are not covered by an approved change request:").replace(
            "%1", str(len(uncovered))).replace("%2", str(pending.since))]
        lines += ["• " + _describe(c) for c in uncovered[:LISTED]]
        if len(uncovered) > LISTED:
            lines.append(QCoreApplication.translate("SignOffWarning", "… and %1 more.").replace(
                "%1", str(len(uncovered) - LISTED)))
        parts.append("\n".join(lines))
    for cr in pending.left_out:
        parts.append(QCoreApplication.translate(
            "SignOffWarning",
            "%1 %2 is approved, but none of its changes are in the specification: v%3 will not list it.").replace(
            "%1", cr.code).replace("%2", cr.title).replace("%3", str(pending.version)))
    parts.append(QCoreApplication.translate("SignOffWarning", "Sign off v%1 anyway?").replace(
        "%1", str(pending.version)))
    return "\n\n".join(parts)
