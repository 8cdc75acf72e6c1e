"""The whole test command, the same on every system: lint, types, then the test suite.

    python tools/run_tests.py [pytest arguments]

`make test` runs this with the project's virtual environment; on Windows without make, run it with
`.venv\\Scripts\\python`. Stops at the first step that fails and exits with its code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINTED = ["src", "tests", "tools", "bench", "packaging"]


def main(pytest_args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    steps = [
        ("ruff", [sys.executable, "-m", "ruff", "check", *LINTED]),
        ("mypy", [sys.executable, "-m", "mypy"]),
        ("pytest", [sys.executable, "-m", "pytest", "tests", *pytest_args]),
    ]
    for name, command in steps:
        print(f"== {name}", flush=True)
        code = subprocess.run(command, cwd=ROOT, env=env).returncode
        if code != 0:
            print(f"{name} failed (exit {code})", file=sys.stderr)
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
