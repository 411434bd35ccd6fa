"""The plugin interface: the deterministic default and an OpenAI-compatible backend, tested
against a tiny fake server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

from sidedoor.hookspecs import hookimpl
from sidedoor.plugins import plugin_manager, practice_backend, practice_backends
from sidedoor.practice.backends import DEFAULT_ID, enrich, rephrase_set
from sidedoor.practice.feedback import FeedbackEngine
from sidedoor.practice.models import Question, QuestionSet
from sidedoor.practice.openai_compat import LLMConfig, OpenAICompatBackend

OFF = SimpleNamespace()  # settings without any llm_* values


class FakeChat(BaseHTTPRequestHandler):
    """Answers /v1/chat/completions like an OpenAI-compatible server."""

    requests: ClassVar[list[dict[str, Any]]] = []
    reply: ClassVar[str] = "[]"
    status: ClassVar[int] = 200

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeChat.requests.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                  "body": body})
        payload = json.dumps({"choices": [{"message": {"role": "assistant",
                                                       "content": FakeChat.reply}}]}).encode()
        self.send_response(FakeChat.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    FakeChat.requests, FakeChat.reply, FakeChat.status = [], "[]", 200
    httpd = HTTPServer(("127.0.0.1", 0), FakeChat)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


def qset() -> QuestionSet:
    questions = [Question(id=f"q{n}", kind="behavioral", text=f"Tell me about thing {n}.")
                 for n in range(2)]
    return QuestionSet(title="Data Engineer", questions=questions, digest="d")


def test_default_is_deterministic_and_registered_through_the_hook() -> None:
    pm = plugin_manager(entry_points=False)
    assert {"sidedoor.practice.backends", "sidedoor.practice.openai_compat"} <= {
        name for name, _ in pm.list_name_plugin()}
    assert list(practice_backends(OFF, pm)) == [DEFAULT_ID]
    backend = practice_backend(OFF, pm)
    assert backend.id == DEFAULT_ID
    assert rephrase_set(qset(), backend) == qset()
    fb = FeedbackEngine().feedback("", "I built it.")
    assert enrich(fb, "", "I built it.", backend) == fb


def test_llm_backend_is_off_until_configured(server: str) -> None:
    half = SimpleNamespace(llm_base_url=server, llm_model=None)
    assert practice_backend(half, plugin_manager(entry_points=False)).id == DEFAULT_ID
    on = SimpleNamespace(llm_base_url=server, llm_model="tiny", llm_api_key_env="FAKE_KEY_ENV",
                         llm_timeout=5)
    assert practice_backend(on, plugin_manager(entry_points=False)).id == "openai:tiny"
    assert FakeChat.requests == []  # registering touches nothing


def test_rephrase_and_richer_feedback_through_the_fake_server(
        server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_KEY_ENV", "sk-test")
    settings = SimpleNamespace(llm_base_url=server, llm_model="tiny",
                               llm_api_key_env="FAKE_KEY_ENV")
    backend = practice_backend(settings, plugin_manager(entry_points=False))
    FakeChat.reply = 'Sure:\n```json\n["Walk me through thing 0.", "And thing 1?"]\n```'
    out = rephrase_set(qset(), backend)
    assert [q.text for q in out.questions] == ["Walk me through thing 0.", "And thing 1?"]
    assert [q.original_text for q in out.questions] == ["Tell me about thing 0.",
                                                        "Tell me about thing 1."]
    assert out.backend == "openai:tiny"
    sent = FakeChat.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["auth"] == "Bearer sk-test"
    assert sent["body"]["model"] == "tiny" and "Data Engineer" in json.dumps(sent["body"])
    FakeChat.reply = '["You said \\"um\\" three times: pause instead."]'
    fb = FeedbackEngine().feedback("Tell me about yourself.", "um I um did um things")
    richer = enrich(fb, "Tell me about yourself.", "um I um did um things", backend)
    assert richer.notes == ['You said "um" three times: pause instead.']
    assert richer.score == fb.score  # scores stay deterministic


def test_bad_replies_and_dead_servers_fall_back(server: str) -> None:
    backend = OpenAICompatBackend(LLMConfig(base_url=server, model="tiny"))
    FakeChat.reply = '["only one"]'
    out = rephrase_set(qset(), backend)
    assert [q.text for q in out.questions] == [q.text for q in qset().questions]
    assert "expected 2 questions back" in out.notes[-1]
    FakeChat.reply = "no json here"
    fb = FeedbackEngine().feedback("", "I built it.")
    assert "unavailable" in enrich(fb, "", "I built it.", backend).notes[0]
    assert FakeChat.requests[0]["auth"] is None  # no key configured: none sent
    dead = OpenAICompatBackend(LLMConfig(base_url="http://127.0.0.1:9/v1", model="x",
                                         timeout=2))
    assert "cannot reach" in rephrase_set(qset(), dead).notes[-1]


def test_a_third_party_plugin_can_register_a_backend() -> None:
    class Shouty:
        id = "shouty"
        needs: tuple[str, ...] = ()

        def rephrase(self, questions: list[Question], context: str) -> list[str]:
            return [q.text.upper() for q in questions]

        def enrich_feedback(self, question: str, answer: str, feedback: Any) -> list[str]:
            return ["LOUDER"]

    class Plugin:
        @hookimpl
        def register_practice_backends(self, register: Any, settings: Any) -> None:
            register(Shouty())

    pm = plugin_manager(entry_points=False, extra=(Plugin(),))
    assert set(practice_backends(OFF, pm)) == {DEFAULT_ID, "shouty"}
    backend = practice_backend(OFF, pm)
    assert rephrase_set(qset(), backend).questions[0].text == "TELL ME ABOUT THING 0."
    assert practice_backend(OFF, pm, name=DEFAULT_ID).id == DEFAULT_ID
