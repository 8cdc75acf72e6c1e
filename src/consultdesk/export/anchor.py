"""Anchor the history chain outside the workspace: every exported document carries the chain head.

The full head (workspace id, entry number, hash) goes into the document's core properties (identifier)
and its short form is printed in the footer, and the head is remembered in the issued-heads record beside
the history key. A document handed to a client therefore pins the history as it was when written: if the
chain later no longer contains that head, `check` says the history was truncated or rewritten since.
"""

from __future__ import annotations

from typing import Any

PREFIX = "consultdesk-history"
_FOOTER = {"en": "History head {head}", "zh_CN": "历史链头 {head}"}


def head_identifier(workspace_uuid: str, head: tuple[int, str]) -> str:
    return f"{PREFIX}:{workspace_uuid}:{head[0]}:{head[1]}"


def stamp(doc: Any, repos: Any, lang: str, what: str) -> str | None:
    """Write the chain head into *doc* (properties + footer line) and record it as issued; the short form."""
    from consultdesk.store import keyring
    from consultdesk.store.history_repo import short_head

    history = repos.history
    head = history.head()
    if head is None:
        return None
    uuid = history.workspace_uuid()
    doc.core_properties.identifier = head_identifier(uuid, head)
    short = short_head(head)
    text = _FOOTER.get(lang, _FOOTER["en"]).format(head=short)
    for section in doc.sections:
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.add_paragraph(text)
        style = next((p.style for p in footer.paragraphs if p.style is not None), None)
        if style is not None:
            paragraph.style = style
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    keyring.record_issued_head(uuid, repos.store.path.parent, head[0], head[1], what)
    return short
