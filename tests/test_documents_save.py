"""Atomic writing: an existing file is never left half-written; a cancelled export leaves nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import docx
import pytest

from consultdesk.export.request import ExportCancelled
from consultdesk.export.save import CHUNK, SaveError, SaveProblem, save_document, write_atomic

needs_permissions = pytest.mark.skipif(
    os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permission bits do not stop root (or Windows ACLs differ)",
)


def _listing(folder: Path) -> set[str]:
    return set(os.listdir(folder))


def test_writes_new_file_and_replaces_old_one(tmp_path: Path) -> None:
    target = tmp_path / "spec.docx"
    write_atomic(target, b"first")
    write_atomic(target, b"second version")
    assert target.read_bytes() == b"second version"
    assert _listing(tmp_path) == {"spec.docx"}


def test_failure_midway_leaves_previous_file_byte_identical(tmp_path: Path) -> None:
    target = tmp_path / "spec.docx"
    target.write_bytes(b"previous content \x00\x01")
    before = _listing(tmp_path)
    data = b"x" * (CHUNK * 3 + 10)

    def explode(done: int, total: int) -> None:
        if done >= CHUNK * 2:
            raise OSError("disk vanished")

    with pytest.raises(OSError):
        write_atomic(target, data, explode)
    assert target.read_bytes() == b"previous content \x00\x01"
    assert _listing(tmp_path) == before  # no temporary file left behind


def test_cancelled_export_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.docx"
    seen: list[int] = []

    def cancel(done: int, total: int) -> None:
        seen.append(done)
        if done > 0:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        write_atomic(target, b"y" * (CHUNK * 2), cancel)
    assert seen == [0, CHUNK]
    assert _listing(tmp_path) == set()


def test_document_round_trip_and_progress_to_total(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("héllo & <world> 😀")
    calls: list[tuple[int, int]] = []
    target = tmp_path / "d.docx"
    save_document(doc, target, lambda d, t: calls.append((d, t)))
    assert docx.Document(str(target)).paragraphs[0].text == "héllo & <world> 😀"
    assert calls[-1][0] == calls[-1][1] == target.stat().st_size


def test_missing_folder_is_a_folder_problem(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        write_atomic(tmp_path / "nope" / "x.docx", b"data")
    assert info.value.problem is SaveProblem.FOLDER
    assert "does not exist" in info.value.message


@needs_permissions
def test_read_only_target_is_locked_and_untouched(tmp_path: Path) -> None:
    target = tmp_path / "open-in-word.docx"
    target.write_bytes(b"the signed version")
    target.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(SaveError) as info:
            write_atomic(target, b"new")
        assert info.value.problem is SaveProblem.LOCKED
        assert "another name" in info.value.message
        assert target.read_bytes() == b"the signed version"
        assert _listing(tmp_path) == {"open-in-word.docx"}
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


@needs_permissions
def test_read_only_folder_is_a_folder_problem(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SaveError) as info:
            write_atomic(folder / "x.docx", b"data")
        assert info.value.problem is SaveProblem.FOLDER
        assert _listing(folder) == set()
    finally:
        folder.chmod(stat.S_IRWXU)


def test_target_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "spec.docx").mkdir()
    with pytest.raises(SaveError):
        write_atomic(tmp_path / "spec.docx", b"data")


def test_rename_refused_like_a_file_open_in_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, Word holds the file open: the final rename fails. The old file must stay intact."""
    from consultdesk.export import save as save_module

    target = tmp_path / "spec.docx"
    target.write_bytes(b"open in Word")

    def rename_refused(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(save_module.os, "replace", rename_refused)
    with pytest.raises(SaveError) as info:
        write_atomic(target, b"new content")
    assert info.value.problem is SaveProblem.LOCKED
    assert target.read_bytes() == b"open in Word"
    assert _listing(tmp_path) == {"spec.docx"}
