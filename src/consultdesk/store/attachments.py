"""Content-addressed store for evidence files: attachments/<sha256>.

A file is copied in chunks into a temporary name inside the store while it is hashed, then renamed to
its SHA-256 and made read-only. Identical content is stored once; a stored file is never moved or
altered. A cancelled or failed copy leaves nothing behind (the temporary file is removed).
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

CHUNK = 1024 * 1024  # 1 MB: never read a whole file into memory
PARTIAL_PREFIX = ".partial-"

Progress = Callable[[int, int], None]  # (bytes done, bytes total)
Cancelled = Callable[[], bool]


class AttachError(Exception):
    """A file could not be attached; str() is a sentence for the user. Nothing was stored.

    code ('missing', 'folder', 'not_file', 'unreadable', 'copy') and path let the ops layer translate it.
    """

    def __init__(self, message: str, code: str = "copy", path: Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.path = path


class CopyCancelled(Exception):
    """The user cancelled the copy; nothing was stored."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    name: str  # the original file name (the store itself only knows the hash)
    created: bool  # False when identical content was already stored
    repaired: bool = False  # the stored copy had been changed or removed and was restored from this file


def hash_file(path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> tuple[str, int]:
    """SHA-256 of a file, streamed in 1 MB chunks into one reused buffer."""
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    done = 0
    total = os.path.getsize(path)
    with open(path, "rb", buffering=0) as handle:
        while True:
            count = handle.readinto(buffer)
            if not count:
                break
            digest.update(view[:count])
            done += count
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise CopyCancelled()
    return digest.hexdigest(), done


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def add(self, source: Path | str, progress: Progress | None = None, cancelled: Cancelled | None = None) -> StoredFile:
        """Copy *source* into the store (hashing while copying); raise AttachError or CopyCancelled."""
        source = Path(source)
        _check_source(source)
        self.root.mkdir(parents=True, exist_ok=True)
        total = source.stat().st_size
        fd, temp_name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            buffer = bytearray(CHUNK)
            view = memoryview(buffer)
            done = 0
            with open(source, "rb", buffering=0) as src, os.fdopen(fd, "wb", buffering=0) as dst:
                while True:
                    count = src.readinto(buffer)
                    if not count:
                        break
                    digest.update(view[:count])
                    dst.write(view[:count])
                    done += count
                    if progress is not None:
                        progress(done, total)
                    if cancelled is not None and cancelled():
                        raise CopyCancelled()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.exists() and self.verify(sha) == "ok":
                temp.unlink()
                return StoredFile(sha, done, source.name, created=False)
            # New content, or the stored copy was altered behind our back: attaching the original again
            # is how the user repairs it, so the fresh copy takes its place.
            damaged = target.exists()
            os.chmod(temp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # read-only: evidence is never edited
            if damaged:
                os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)  # Windows refuses to replace a read-only file
            os.replace(temp, target)
            return StoredFile(sha, done, source.name, created=not damaged, repaired=damaged)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise AttachError(
                f"Cannot copy {source.name} into the workspace ({exc.strerror or exc}).", "copy", source
            ) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def discard(self, sha256: str) -> None:
        """Remove a file this operation just created and nothing references (a failed attach)."""
        path = self.path_for(sha256)
        if path.exists():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()

    def verify(self, sha256: str, cancelled: Cancelled | None = None) -> str:
        """'ok', 'changed' or 'missing'."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "missing"
        try:
            actual, _size = hash_file(path, cancelled=cancelled)
        except OSError:
            return "missing"
        return "ok" if actual == sha256 else "changed"

    def leftovers(self) -> list[Path]:
        """Temporary files of interrupted copies (there should be none)."""
        if not self.root.is_dir():
            return []
        return sorted(self.root.glob(PARTIAL_PREFIX + "*"))


def _check_source(source: Path) -> None:
    if not source.exists():
        raise AttachError(f"The file {source} does not exist.", "missing", source)
    if source.is_dir():
        raise AttachError(f"{source.name} is a folder; attach the files inside it instead.", "folder", source)
    if not source.is_file():
        raise AttachError(f"{source.name} is not a regular file.", "not_file", source)
    if not os.access(source, os.R_OK):
        raise AttachError(f"The file {source} cannot be read; check its permissions.", "unreadable", source)
