"""What the meetings page's tables show: the meeting list, a meeting's decisions and its action items."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from consultdesk.ui.followup.labels import MEETING_KIND_NAMES, STATUS_NAMES
from consultdesk.ui.followup.rows_model import Column

TABLES = ("meetings", "meeting_decisions", "action_items", "evidence_meetings", "evidence_actions", "dispute_cases")
MEETING_COLUMNS = (
    Column("number", str(QT_TRANSLATE_NOOP("FollowUpColumns", "No."))),
    Column("held_on", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Date"))),
    Column("kind", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Kind")), names=MEETING_KIND_NAMES),
    Column("title", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Title"))),
    Column("minutes", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Minutes"))),
)
DECISION_COLUMNS = (Column("text", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Decision")), editable=True),)
ACTION_COLUMNS = (
    Column("what", str(QT_TRANSLATE_NOOP("FollowUpColumns", "What")), editable=True),
    Column("owner", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Owner")), editable=True),
    Column("due_on", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Due")), editable=True),
    Column("status", str(QT_TRANSLATE_NOOP("FollowUpColumns", "Status")), editable=True, names=STATUS_NAMES),
)
