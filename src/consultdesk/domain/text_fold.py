"""How typed text is compared: full-width forms folded to their ASCII twins, and letter case ignored.

A consultant types 「ＡＰＰ登录」 on a Chinese keyboard and "app登录" on an English one; both are the same
text. The width folding is NFKC's own mapping for the characters a Chinese input method produces in
full width (U+FF01–U+FF5E, U+FFE0–U+FFE6) and the ideographic space. The search index stores its text
through fold_width and queries go through it too; case is then ignored by the index (its trigram
tokenizer, and LIKE for ASCII), and `fold` adds lower() for in-memory filters (the board, the
requirements list, snippets).
"""

from __future__ import annotations

import unicodedata


def _width_pairs() -> tuple[tuple[str, str], ...]:
    pairs = [("\u3000", " ")]
    for code in (*range(0xFF01, 0xFF5F), *range(0xFFE0, 0xFFE7)):
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if folded != char:
            pairs.append((char, folded))
    return tuple(pairs)


WIDTH_PAIRS: tuple[tuple[str, str], ...] = _width_pairs()
_WIDTH_MAP = {ord(wide): narrow for wide, narrow in WIDTH_PAIRS}


def fold_width(text: str) -> str:
    """Exactly what the index's SQL folding does to *text* (case is left to the tokenizer)."""
    return text.translate(_WIDTH_MAP)


def fold(text: str) -> str:
    """Width and case folded: the form two texts are compared in."""
    return fold_width(text).lower()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold(text) and, for each folded character, the index of the character of *text* it came from
    (a snippet highlights the user's own characters, not the folded ones)."""
    whole = fold(text)
    if len(whole) == len(text):  # the common case: every character folds to one
        return whole, list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        piece = fold(char)
        out.append(piece)
        offsets.extend([index] * len(piece))
    return "".join(out), offsets


def words(query: str) -> list[str]:
    """The folded words of a query; every one must occur ("支付 卡顿" finds "修复支付接口卡顿")."""
    return fold(query).split()
