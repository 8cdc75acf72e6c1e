"""The CJK font of charts: a named fallback list, and one rebuild of matplotlib's font cache.

matplotlib keeps its font list in a cache file; fonts installed after it was written (the usual case
on a machine that got Chinese fonts later) are invisible to it, and Chinese labels turn into boxes
with a "Glyph … missing" warning per character. So we look for the families below in matplotlib's
list, and when none is there we rebuild the list once (in place: the Agg backend holds a reference to
the font manager) and write the fresh cache back for the next run.
"""

from __future__ import annotations

import logging
from functools import cache

# Preferred first: what each platform ships (Windows, macOS, Linux packages), then broader fallbacks.
CJK_FAMILIES = (
    "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "SimHei", "Noto Sans CJK JP", "Source Han Sans CN", "Droid Sans Fallback",
    "AR PL UMing CN",
)
_log = logging.getLogger(__name__)


def _installed_family() -> str | None:
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FAMILIES if name in installed), None)


def rebuild_font_cache() -> None:
    """Rescan the system fonts into matplotlib's font manager and save its cache file."""
    from pathlib import Path

    import matplotlib
    from matplotlib import font_manager

    fresh = font_manager.FontManager()
    font_manager.fontManager.__dict__.update(fresh.__dict__)
    # lru caches keyed on the old lists; private, so absent from the stubs
    font_manager.FontManager._findfont_cached.cache_clear()  # type: ignore[attr-defined]
    font_manager._get_font.cache_clear()  # type: ignore[attr-defined]
    try:
        path = Path(matplotlib.get_cachedir(), f"fontlist-v{font_manager.FontManager.__version__}.json")
        font_manager.json_dump(font_manager.fontManager, path)
    except OSError:  # a read-only cache folder: the rebuilt list still serves this process
        pass


@cache
def cjk_font_family() -> str | None:
    """The first installed CJK family of CJK_FAMILIES, rebuilding the font cache once if none is known."""
    family = _installed_family()
    if family is None:
        rebuild_font_cache()
        family = _installed_family()
        if family is None:
            _log.info("No CJK font found; Chinese chart labels cannot be drawn.")
    return family

