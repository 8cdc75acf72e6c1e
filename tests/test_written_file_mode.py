"""Every exported file ends with the permissions a plain open() would give it (0666 less the umask)."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest

from consultdesk.export.save import save_document
from consultdesk.transfer.intake import write_intake_sheet
from consultdesk.transfer.writers import write_requirements

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


@pytest.fixture(params=[0o022, 0o077, 0o002])
def umask(request: pytest.FixtureRequest):
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _plain_mode(folder: Path) -> int:
    plain = folder / "plain.txt"
    with plain.open("w"):
        pass
    return plain.stat().st_mode & 0o777


def _write(kind: str, target: Path) -> None:
    if kind == "docx":
        save_document(docx.Document(), target)
    elif kind == "intake":
        write_intake_sheet(target)
    else:
        write_requirements(target, [])


@pytest.mark.parametrize(("kind", "name"), [("docx", "spec.docx"), ("csv", "r.csv"), ("xlsx", "r.xlsx"),
                                            ("intake", "sheet.xlsx")])
def test_exports_get_the_mode_of_a_plain_file(tmp_path: Path, umask: int, kind: str, name: str) -> None:
    target = tmp_path / name
    _write(kind, target)
    mode = target.stat().st_mode & 0o777
    assert mode == 0o666 & ~umask == _plain_mode(tmp_path)
    assert sorted(os.listdir(tmp_path)) == sorted([name, "plain.txt"])  # no temporary file left
