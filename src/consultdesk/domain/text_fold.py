"""How typed text is compared: Unicode compatibility forms folded (NFKC) and letter case ignored
(casefold), on the stored text and on the query alike.

A consultant types 「ＡＰＰ登录」 on a Chinese keyboard and "app登录" on an English one; both are the same
text, as are ① and 1, ﬁ and fi, Straße and STRASSE. The search index stores its text through `fold`
(store/search_ddl.py folds new rows before indexing them) and queries, the board's filter, the
requirements list and the snippets' marks go through it too.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """NFKC, then case-folded: the form two texts are compared in."""
    return unicodedata.normalize("NFKC", text).casefold()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold(text) character by character and, for each folded character, the index of the character of
    *text* it came from (a snippet marks the user's own characters, not the folded ones)."""
    if unicodedata.is_normalized("NFKC", text):
        whole = text.casefold()
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
