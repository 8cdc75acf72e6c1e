"""Matching client and engagement names as people type them: case, full-/half-width and spacing ignored.

"northwind logistics ltd", "Northwind  Logistics Ltd " and "ＮＯＲＴＨＷＩＮＤ Logistics Ltd" all name the
client "Northwind Logistics Ltd". Used by the command line (--client/--engagement) and by the GUI's
duplicate-name warning.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")


def name_key(name: str) -> str:
    """The form two names are compared in: NFKC (full-width -> half-width), case-folded, blanks collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def find_by_name(items: Iterable[T], wanted: str, name_of: Callable[[T], str]) -> T | None:
    """The item whose name equals *wanted* exactly, else the first whose name_key equals it."""
    items = list(items)
    exact = next((i for i in items if name_of(i) == wanted), None)
    if exact is not None:
        return exact
    key = name_key(wanted)
    return next((i for i in items if name_key(name_of(i)) == key), None)


def near_names(wanted: str, names: Sequence[str], limit: int = 3) -> list[str]:
    """Names close to *wanted* (similar spelling, or one contains the other), best first."""
    key = name_key(wanted)
    if not key:
        return []
    keys = {name_key(n): n for n in names}
    close = difflib.get_close_matches(key, list(keys), n=limit, cutoff=0.6)
    containing = [k for k in keys if (key in k or k in key) and k not in close]
    return [keys[k] for k in [*close, *containing][:limit]]
