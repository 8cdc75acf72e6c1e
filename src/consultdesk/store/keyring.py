"""The per-installation history key and the record of chain heads issued, both outside the workspace.

They live in the user's config folder (env CONSULTDESK_CONFIG_DIR overrides it; tests always do), owner
only (0600), so that a copy of the workspace folder alone carries neither: whoever holds only the file
cannot recompute the keyed history, and cannot erase the heads that documents and backups were given.
See docs/integrity.md for what this proves and against whom.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

KEYS_FILE = "history-keys.json"
HEADS_FILE = "issued-heads.jsonl"
EXPORT_FORMAT = "consultdesk-history-key"


class KeyFileError(Exception):
    """A key file could not be read or written; str() is one sentence for the user."""


def config_dir() -> Path:
    env = os.environ.get("CONSULTDESK_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("ConsultDesk", appauthor=False))


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"consultdesk-key-id:" + key).hexdigest()[:16]


def mac(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _write_private(path: Path, text: str) -> None:
    """Write owner-only through a temp file + rename, so a crash never leaves half a key."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".partial")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temp, 0o600)
    os.replace(temp, path)


# Keys are cached per config folder: appending to the history must not read a file each time.
_cache: dict[str, dict[str, Any]] = {}


def _load(folder: Path) -> dict[str, Any]:
    cached = _cache.get(str(folder))
    if cached is not None:
        return cached
    path = folder / KEYS_FILE
    data: dict[str, Any] = {"current": "", "keys": {}}
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KeyFileError(f"The history key file {path} cannot be read ({exc}).") from exc
    _cache[str(folder)] = data
    return data


def _save(folder: Path, data: dict[str, Any]) -> None:
    _write_private(folder / KEYS_FILE, json.dumps(data, indent=1, sort_keys=True))
    _cache[str(folder)] = data


def known_keys() -> dict[str, bytes]:
    """key id -> key, every key on this computer (its own and imported ones)."""
    return {kid: bytes.fromhex(hexkey) for kid, hexkey in _load(config_dir())["keys"].items()}


def current_key(create: bool = True) -> tuple[str, bytes] | None:
    """(id, key) this installation signs new history entries with; made on first use when *create*."""
    folder = config_dir()
    data = _load(folder)
    kid = data.get("current", "")
    if kid and kid in data["keys"]:
        return kid, bytes.fromhex(data["keys"][kid])
    if not create:
        return None
    key = secrets.token_bytes(32)
    kid = key_id(key)
    new = {"current": kid, "keys": {**data["keys"], kid: key.hex()}}
    path = folder / KEYS_FILE
    if path.exists():
        _save(folder, new)
        return kid, key
    # The very first key: two processes starting at once must not each make one (the loser's entries
    # would then be signed with a key nobody keeps), so the file is created exclusively via a hard link.
    temp = path.with_name(f"{KEYS_FILE}.{os.getpid()}.new")
    _write_private(temp, json.dumps(new, indent=1, sort_keys=True))
    try:
        os.link(temp, path)
    except FileExistsError:
        _cache.pop(str(folder), None)
        return current_key(create=False) or current_key(create=True)
    finally:
        temp.unlink(missing_ok=True)
    _cache[str(folder)] = new
    return kid, key


def export_keys(target: Path) -> int:
    """Write every key of this computer to *target* (owner only); the number of keys written."""
    keys = _load(config_dir())["keys"]
    if not keys:
        raise KeyFileError("There is no history key on this computer yet; nothing was exported.")
    try:
        _write_private(Path(target), json.dumps({"format": EXPORT_FORMAT, "keys": keys}, indent=1))
    except OSError as exc:
        raise KeyFileError(f"Cannot write the key file {target} ({exc.strerror or exc}).") from exc
    return len(keys)


def import_keys(source: Path) -> int:
    """Add the keys of an exported key file; the number of keys that were new here."""
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
        keys = data["keys"] if data.get("format") == EXPORT_FORMAT else None
        if not isinstance(keys, dict):
            raise ValueError("not a ConsultDesk history key file")
        for kid, hexkey in keys.items():
            if key_id(bytes.fromhex(hexkey)) != kid:
                raise ValueError(f"key {kid} does not match its id")
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as exc:
        raise KeyFileError(f"{Path(source).name} is not a readable ConsultDesk history key file ({exc}).") from exc
    folder = config_dir()
    current = _load(folder)
    new = {k: v for k, v in keys.items() if k not in current["keys"]}
    merged = {"current": current.get("current") or next(iter(keys)), "keys": {**current["keys"], **keys}}
    _save(folder, merged)
    return len(new)


# -- heads issued in documents and backups -------------------------------------------------------------
def record_issued_head(workspace_uuid: str, root: Path, entry_id: int, entry_hash: str, what: str) -> None:
    """Remember that a document or backup was given this head (append-only, one JSON object a line)."""
    line = json.dumps({"workspace": workspace_uuid, "root": str(root), "id": entry_id, "hash": entry_hash,
                       "what": what, "at": datetime.now(timezone.utc).isoformat(timespec="seconds")},
                      ensure_ascii=False)
    path = config_dir() / HEADS_FILE
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def issued_heads(workspace_uuid: str, root: Path) -> list[dict[str, Any]]:
    """Heads issued for this workspace (matched by its id, or by its folder when the id was changed)."""
    path = config_dir() / HEADS_FILE
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            head = json.loads(line)
        except ValueError:
            continue  # a line cut short by a crash
        if head.get("workspace") == workspace_uuid or head.get("root") == str(root):
            out.append(head)
    return out
