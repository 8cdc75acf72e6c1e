"""Writing the follow-up documents (minutes, acceptance record, status report) from the tab: ask
where, build with the same builder the CLI uses, save atomically. Document language: the one the
Specifications tab remembers (documents/language), else the UI's."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from consultdesk.context import AppContext


def document_title(kind: str) -> str:
    names = {"minutes": QCoreApplication.translate(
            "FollowUpExport", "Meeting minutes"), "acceptance": QCoreApplication.translate(
            "FollowUpExport", "Acceptance record"), "status": QCoreApplication.translate("FollowUpExport", "Status report")}
    return names[kind]


def document_language(ctx: AppContext) -> str:
    if ctx.settings is not None:
        stored = ctx.settings.value("documents/language", "")
        if stored in ("en", "zh_CN"):
            return str(stored)
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def export_document(ctx: AppContext, parent: QWidget, kind: str, meeting: str | None = None) -> Path | None:
    """Ask for a file name and write the document; the path written, or None (cancelled or refused)."""
    from consultdesk.export.request import DOCUMENT_BUILDERS, DocumentRequest
    from consultdesk.export.save import SaveError, save_document

    engagement_id = ctx.selection.engagement_id
    engagement = ctx.repos.clients.get_engagement(engagement_id) if engagement_id else None
    title = document_title(kind)
    if engagement is None:
        ctx.asker.warn(parent, title, QCoreApplication.translate("FollowUpExport", "Choose a client and an engagement first."))
        return None
    suggested = f"{engagement.title} - {title}.docx".replace("/", "-")
    chosen = ctx.asker.save_file(parent, title, suggested, QCoreApplication.translate(
            "FollowUpExport", "Word documents (*.docx)"))
    if not chosen:
        return None
    target = Path(chosen) if chosen.lower().endswith(".docx") else Path(chosen + ".docx")
    assert engagement.id is not None  # read from the store
    request = DocumentRequest(repos=ctx.repos, engagement_id=engagement.id, lang=document_language(ctx), meeting=meeting)
    try:
        document = importlib.import_module(DOCUMENT_BUILDERS[kind]).build(request)
        save_document(document, target)
    except SaveError as exc:
        ctx.asker.warn(parent, title, exc.message)
        return None
    except ValueError as exc:
        ctx.asker.warn(parent, title, str(exc))
        return None
    return target

