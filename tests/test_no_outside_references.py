"""Code, benches, tools and docs refer to the project's own docs/, never to issue numbers or to documents
that do not ship with the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Built from parts so this file does not match itself.
OUTSIDE = re.compile("|".join([r"\b" + "DESIGN" + r"\.md\b", r"\b" + "DOMAIN" + r"\.md\b",
                               r"\(" + "issue" + r"s? #?\d+", r"\b" + "issue" + r" #?\d+\b", r"\.\./" + "shared"]))


def test_nothing_cites_an_issue_or_a_document_outside_the_repository() -> None:
    found = []
    for folder in ("src", "tests", "bench", "tools", "docs", "packaging"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".md", ".ui", ".spec", ".toml", ".yml", ".sh") or not path.is_file():
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OUTSIDE.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    found += [f"README.md: {line[:100]}" for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
              if OUTSIDE.search(line)]
    assert found == []
