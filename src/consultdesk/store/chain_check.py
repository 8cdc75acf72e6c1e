"""`check` of the history chain: links and hashes, keyed MACs, the stored head, and the heads issued
outside the file (documents, backups). Each problem is (kind, sentence); docs/integrity.md lists the kinds.
"""

from __future__ import annotations

from typing import Any

from consultdesk.domain.history import HistoryEntry, verify_chain
from consultdesk.store import keyring
from consultdesk.store.history_repo import head_text


def _entries(store: Any) -> list[HistoryEntry]:
    return [HistoryEntry(**row) for row in store.query("select * from history order by id")]


def chain_problems(store: Any) -> list[tuple[str, str]]:
    entries = _entries(store)
    problems: list[tuple[str, str]] = [("history", p) for p in verify_chain(entries)]
    try:
        keys = keyring.known_keys()
    except keyring.KeyFileError as exc:
        keys = {}
        problems.append(("key_missing", str(exc)))
    unverifiable: dict[str, int] = {}
    keyed_seen = False
    for entry in entries:
        if not entry.key_id:
            if keyed_seen:
                problems.append(("history_unkeyed", f"History entry {entry.id} ({entry.entity} {entry.action}) "
                                 "carries no key signature: it was added outside ConsultDesk."))
            continue
        keyed_seen = True
        key = keys.get(entry.key_id)
        if key is None:
            unverifiable[entry.key_id] = unverifiable.get(entry.key_id, 0) + 1
        elif keyring.mac(key, entry.hash) != entry.mac:
            problems.append(("history_forged", f"History entry {entry.id} ({entry.entity} {entry.action}) is not "
                             "signed with this workspace's history key: it was written or rewritten outside "
                             "ConsultDesk."))
    if entries and not keyed_seen:
        problems.append(("history_unkeyed", "No history entry carries a key signature, so the history could have been "
                         "rewritten by anyone who had the file."))
    problems.extend(_head_problems(store, entries, keys, unverifiable))
    if unverifiable:
        count = sum(unverifiable.values())
        problems.append(("key_missing", (
            f"{count} history entries are signed with a key that is not on this computer "
            f"(key {', '.join(sorted(unverifiable))}; import it with `consultdesk key import FILE`). Without it this "
            "check verified the chain's own links and hashes, that every record the history lists still exists "
            "unchanged, the schema's protections and the heads issued from this computer — but not that the "
            "history was written by ConsultDesk rather than recomputed by someone with a copy of the file.")))
    return problems


def _head_problems(store: Any, entries: list[HistoryEntry], keys: dict[str, bytes],
                   unverifiable: dict[str, int]) -> list[tuple[str, str]]:
    rows = store.query("select * from chain_head where id = 1")
    head = rows[0] if rows else None
    if head is None:
        return [("history_head", "The record of the history's last entry is missing: it was removed outside "
                 "ConsultDesk, so entries may have been cut off the end.")]
    last = entries[-1] if entries else None
    if last is None and head["last_id"] is None:
        return []
    if last is None or head["last_id"] != last.id or head["last_hash"] != last.hash:
        ends = f"entry {last.id}" if last else "nothing"
        return [("history_truncated", f"The history ends at {ends}, but its last recorded entry is "
                 f"{head['last_id']}: entries were deleted from (or added to) its end outside ConsultDesk.")]
    key = keys.get(head["key_id"])
    if key is None:
        unverifiable[head["key_id"]] = unverifiable.get(head["key_id"], 0)
        return []
    if keyring.mac(key, head_text(head["workspace_uuid"], head["last_id"], head["last_hash"])) != head["mac"]:
        return [("history_head", "The record of the history's last entry is not signed with the history key: it "
                 "was rewritten outside ConsultDesk (entries may have been cut off the end).")]
    return []


def issued_head_problems(store: Any, root: Any) -> list[tuple[str, str]]:
    """Heads given to documents and backups from this computer that the chain no longer contains."""
    uuid = store.scalar("select workspace_uuid from chain_head where id = 1") or ""
    problems = []
    seen: set[tuple[int, str]] = set()
    for head in keyring.issued_heads(uuid, root):
        key = (int(head.get("id", 0)), str(head.get("hash", "")))
        if key in seen:
            continue
        seen.add(key)
        found = store.scalar("select hash from history where id = ?", [key[0]])
        if found != key[1]:
            problems.append(("history_rewritten", (
                f"The history no longer contains entry #{key[0]}·{key[1][:12]}, the head issued with "
                f"{head.get('what', 'a document')} on {head.get('at', '?')}: the history was truncated or rewritten "
                "since then.")))
    return problems


def check_history(workspace: Any) -> list[tuple[str, str]]:
    """For `consultdesk check`: the whole chain, including entries edited with triggers dropped."""
    return chain_problems(workspace.store) + issued_head_problems(workspace.store, workspace.root)
