"""Tampering classes tried / detected: each class of tests/tampering_cases.py on its own copy of the demo
workspace (own config folder, so no issued head is shared), then `check`. Prints the figure."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from tampering_cases import CASES

    from consultdesk.demo import load_demo
    from consultdesk.integrity import run_checks
    from consultdesk.store.workspace import open_workspace

    with tempfile.TemporaryDirectory(prefix="cd-tamper-") as tmp:
        base = Path(tmp)
        os.environ["CONSULTDESK_CONFIG_DIR"] = str(base / "template-config")
        ws = open_workspace(base / "template")
        load_demo(ws)
        ws.close()
        detected, missed = [], []
        for name, case in sorted(CASES.items()):
            config = base / name / "config"
            config.mkdir(parents=True)
            shutil.copy(base / "template-config" / "history-keys.json", config)
            os.environ["CONSULTDESK_CONFIG_DIR"] = str(config)
            root = base / name / "ws"
            shutil.copytree(base / "template", root)
            expected = case(root)
            ws = open_workspace(root, take_lock=False)
            kinds = {p.kind for p in run_checks(ws)}
            ws.close()
            (detected if expected & kinds else missed).append(name)
            print(f"  {'detected' if expected & kinds else 'MISSED  '}  {name}: {', '.join(sorted(kinds)) or '-'}")
    print(f"tampering classes tried / detected: {len(CASES)} / {len(detected)}")
    return 0 if not missed else 1


if __name__ == "__main__":
    raise SystemExit(main())
