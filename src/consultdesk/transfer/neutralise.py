"""Formula injection in CSV: the cell text a spreadsheet would run as a formula, and the way back.

OWASP's advice for CSV: a cell starting with "=", "+", "-", "@", tab or carriage return gets a leading
single quote, so Excel, WPS and LibreOffice show it as text instead of evaluating it.

Re-importing our own export must give back the exact text, so the mapping is made reversible: the writer
also prefixes a cell that already *looks* neutralised (one or more quotes, then one of those characters),
and the reader removes one leading quote from exactly such cells. Writing adds a quote to every text
matching ^'*[=+\\-@\\t\\r] and reading removes one from every text matching ^'+[=+\\-@\\t\\r], so
read(write(x)) == x for every x. A third-party file whose cells were neutralised the same way reads back
as its authors meant; a cell like "'quoted'" or "'5" is never touched.
"""

from __future__ import annotations

import re

TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_WAS_QUOTED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    return "'" + text if text and _NEEDS_QUOTE.match(text) else text


def restore(text: str) -> str:
    return text[1:] if text[:1] == "'" and _WAS_QUOTED.match(text) else text
