"""Where the shipped resources and forms live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    # The wheel maps the top-level resources/ into the package; a source checkout has it two levels up.
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    import os

    env = os.environ.get("CONSULTDESK_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("ConsultDesk", appauthor=False))


APP_ID = "org.consultdesk.ConsultDesk"  # reverse-DNS id: desktop file, AppStream, AppUserModelID, bundle id


def is_bundle() -> bool:
    """True inside a PyInstaller bundle (no Python on the machine, modules in an archive)."""
    import sys

    return bool(getattr(sys, "frozen", False))


def user_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("ConsultDesk", appauthor=False))


def prepare_runtime() -> None:
    """Process-wide set-up that must happen before matplotlib (or anything using it) is imported.

    matplotlib keeps its font list in its config dir. A bundle's start-up hook points that at a fresh
    temporary folder, so the list would be rebuilt (seconds) at every start; a per-user cache folder
    keeps it across starts, and ConsultDesk's own fallback code rebuilds it when a CJK font is missing.
    """
    import os

    if is_bundle():  # an installed package already uses matplotlib's own per-user folders
        folder = user_cache_dir() / "matplotlib"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # matplotlib falls back to a temporary folder of its own
        os.environ["MPLCONFIGDIR"] = str(folder)
