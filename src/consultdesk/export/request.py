"""What every document builder receives: the contract between the CLI/GUI and the builders.

Builders live in their own modules (DOCUMENT_BUILDERS) and expose build(request) -> docx Document;
the caller saves it atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

DOCUMENT_BUILDERS = {
    "spec": "consultdesk.export.spec_document",
    "summary": "consultdesk.export.summary_document",
    "diagnosis": "consultdesk.export.diagnosis_document",
    "dispute": "consultdesk.export.dispute_document",
    "minutes": "consultdesk.export.minutes_document",
    "status": "consultdesk.export.status_document",
    "acceptance": "consultdesk.export.acceptance_document",
}


class ExportCancelled(Exception):
    """Raised from a progress callback when the user cancels; nothing is written."""


@dataclass
class DocumentRequest:
    repos: Any  # store.repos.Repos of the open workspace (read only)
    engagement_id: int
    lang: str = "en"  # "en" or "zh_CN": labels and headings; content stays as entered
    template: Path | None = None  # company .docx whose styles/page set-up are used
    interview_id: int | None = None  # summary
    diagnosis_id: int | None = None  # diagnosis report
    case_id: int | None = None  # dispute minutes
    meeting: str | None = None  # minutes: the meeting's number in the list or its title (default: latest held)
    author: str = ""  # the consultant writing the document (document control, sign-off); "" = from sign-offs
    requirement_filter: Callable[[Any], bool] | None = None  # summary: requirements to cover (default: the meeting's)
    # progress(done, total) may raise ExportCancelled
    progress: Callable[[int, int], None] | None = None
