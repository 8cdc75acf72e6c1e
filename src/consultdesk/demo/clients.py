"""Demo clients, contacts, engagements, interviews and visit questions (resources/demo/clients.json)."""

from __future__ import annotations

from typing import Any

from consultdesk.demo import read_demo_json


def load(workspace: Any, ids: dict[str, int]) -> None:
    rows = workspace.repos.rows
    for client in read_demo_json("clients.json")["clients"]:
        client_id = rows.insert("clients", client["fields"])
        ids[f"client:{client['key']}"] = client_id
        for contact in client.get("contacts", []):
            rows.insert("contacts", {"client_id": client_id, **contact})
        for engagement in client.get("engagements", []):
            engagement_id = rows.insert("engagements", {"client_id": client_id, **engagement["fields"]})
            ids[f"engagement:{engagement['key']}"] = engagement_id
            for question in engagement.get("visit_questions", []):
                rows.insert("visit_questions", {"engagement_id": engagement_id, **question})
            for interview in engagement.get("interviews", []):
                interview_id = rows.insert(
                    "interviews", {"engagement_id": engagement_id, **interview["fields"]}
                )
                for key, answer in interview.get("answers", {}).items():
                    rows.insert("interview_answers", {"interview_id": interview_id, "question_key": key, "answer": answer})
