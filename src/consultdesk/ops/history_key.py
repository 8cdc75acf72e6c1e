"""Carry the history key to another computer (the GUI's Evidence ▸ Export/Import history key).

Not an undoable edit of the workspace: the key lives in the user's config folder (docs/integrity.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from consultdesk.ops.errors import OpError

translate = QCoreApplication.translate  # lupdate reads translate("ops", "...")


def export_key(target: Path) -> int:
    from consultdesk.store import keyring

    try:
        return keyring.export_keys(Path(target))
    except keyring.KeyFileError:
        raise OpError(translate("ops", "The history key could not be exported to %1: there is no key on this "
                                "computer yet, or the file cannot be written.").replace("%1", str(target))) from None


def import_key(source: Path) -> int:
    from consultdesk.store import keyring

    try:
        return keyring.import_keys(Path(source))
    except keyring.KeyFileError:
        raise OpError(translate("ops", "%1 is not a readable ConsultDesk history key file; nothing was imported.")
                      .replace("%1", Path(source).name)) from None
