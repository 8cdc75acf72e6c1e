"""Marking the domain's sentences for translation, without Qt.

The domain cannot translate (it has no Qt), yet some of its sentences reach the user, e.g. why a status
change is refused. Each such sentence is written as QT_TRANSLATE_NOOP("domain", "…"): the call returns
the English text unchanged and is what lupdate's Python parser looks for, so the text is extracted under
the context "domain". The layer that shows the sentence translates it in that context
(ops.errors.domain_message).
"""

from __future__ import annotations

DOMAIN = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate recognises
    return text
