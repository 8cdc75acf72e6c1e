"""Wording of the four-part interview outline: part titles, standard questions, "what to record" hints.

Keys come from domain/interview.py; texts are translated in context "InterviewOutline".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from consultdesk.domain.interview import OutlinePart

PART_TITLES = {
    OutlinePart.BACKGROUND: QT_TRANSLATE_NOOP("InterviewOutline", "1. Background"),
    OutlinePart.NEED: QT_TRANSLATE_NOOP("InterviewOutline", "2. Need discovery"),
    OutlinePart.IMPACT: QT_TRANSLATE_NOOP("InterviewOutline", "3. Impact assessment"),
    OutlinePart.EXPECTATIONS: QT_TRANSLATE_NOOP("InterviewOutline", "4. Expectations of the engagement"),
}

# key -> (question, what to record)
QUESTIONS = {
    "background.business": (
        QT_TRANSLATE_NOOP("InterviewOutline", "What does your business do, and who are its users?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: business model, user groups and their numbers."),
    ),
    "background.systems": (
        QT_TRANSLATE_NOOP("InterviewOutline", "Which systems are involved today, and who runs them?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: system names, versions, vendors, in-house or outsourced."),
    ),
    "background.history": (
        QT_TRANSLATE_NOOP("InterviewOutline", "What has been tried before, and how did it go?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: earlier projects, what failed and why."),
    ),
    "need.pain_points": (
        QT_TRANSLATE_NOOP("InterviewOutline", "What problem hurts most right now?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: the pain in the client's own words, with an example."),
    ),
    "need.trigger": (
        QT_TRANSLATE_NOOP("InterviewOutline", "When does it happen, and what sets it off?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: frequency, time of day, the triggering event."),
    ),
    "need.ideal": (
        QT_TRANSLATE_NOOP("InterviewOutline", "If it were solved, what would be different?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: the business result wanted (the real need), not a solution."),
    ),
    "need.workarounds": (
        QT_TRANSLATE_NOOP("InterviewOutline", "How do people cope with it today?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: workarounds and their cost in time or money."),
    ),
    "impact.scope": (
        QT_TRANSLATE_NOOP("InterviewOutline", "Who and what is affected: which users, modules, regions?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: scope, e.g. only module X at peak hours."),
    ),
    "impact.loss": (
        QT_TRANSLATE_NOOP("InterviewOutline", "What does it cost you: orders, money, complaints?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: a quantified loss (per day or per month)."),
    ),
    "impact.urgency": (
        QT_TRANSLATE_NOOP("InterviewOutline", "By when must it be better, and why then?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: urgency, deadlines, events that cannot move."),
    ),
    "expectations.success": (
        QT_TRANSLATE_NOOP("InterviewOutline", "How will you judge that the work succeeded?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: measurable success criteria."),
    ),
    "expectations.constraints": (
        QT_TRANSLATE_NOOP("InterviewOutline", "What budget, time and compatibility limits apply?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: budget range, duration, systems to stay compatible with."),
    ),
    "expectations.collaboration": (
        QT_TRANSLATE_NOOP("InterviewOutline", "How would you like us to work with your team?"),
        QT_TRANSLATE_NOOP("InterviewOutline", "Record: contacts, meeting rhythm, who signs off."),
    ),
}

NOTES_LABEL = QT_TRANSLATE_NOOP("InterviewOutline", "Notes for this part")



