"""An OpenAI-compatible chat backend (Ollama, llama.cpp server, vLLM, hosted APIs).

Off unless both settings ``llm_base_url`` and ``llm_model`` are set; the API key is read from
the environment variable named by ``llm_api_key_env`` (none is sent when it is unset, as local
servers need none). It POSTs to ``{llm_base_url}/chat/completions`` with the standard library
(no extra dependency) and asks for JSON lists back; anything else is a :class:`BackendError`,
and the deterministic result stands.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sidedoor.hookspecs import hookimpl
from sidedoor.practice.errors import BackendError
from sidedoor.practice.models import Feedback, Question

if TYPE_CHECKING:
    from sidedoor.practice.backends import PracticeBackend

NEEDS = ("llm_base_url", "llm_model", "llm_api_key_env", "llm_timeout")
_REPHRASE = (
    "You are an experienced interviewer. Reword each interview question so it sounds natural "
    "for the role named, keeping its meaning and what it probes. Reply with only a JSON array "
    "of strings, one per question, in the same order."
)
_FEEDBACK = (
    "You are an interview coach. Given a question, the candidate's answer and an automatic "
    "analysis, write two to four short, concrete coaching notes that quote the candidate's "
    "words. Reply with only a JSON array of strings."
)


@dataclass(frozen=True)
class LLMConfig:
    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, settings: Any) -> LLMConfig | None:
        """The configuration, or None when the backend is not switched on."""
        base = getattr(settings, "llm_base_url", None)
        model = getattr(settings, "llm_model", None)
        if not base or not model:
            return None
        key_env = getattr(settings, "llm_api_key_env", None) or "OPENAI_API_KEY"
        timeout = float(getattr(settings, "llm_timeout", None) or 30.0)
        return cls(str(base).rstrip("/"), str(model), os.environ.get(key_env) or None, timeout)


class OpenAICompatBackend:
    """Rephrases questions and adds coaching notes through a chat-completions endpoint."""

    needs: tuple[str, ...] = NEEDS

    def __init__(self, config: LLMConfig) -> None:
        self.config = config
        self.id = f"openai:{config.model}"

    def chat(self, system: str, user: str) -> str:
        body = json.dumps({"model": self.config.model, "temperature": 0,
                           "messages": [{"role": "system", "content": system},
                                        {"role": "user", "content": user}]}).encode()
        headers = {"Content-Type": "application/json"}
        if self.config.api_key:
            headers["Authorization"] = f"Bearer {self.config.api_key}"
        request = urllib.request.Request(f"{self.config.base_url}/chat/completions", data=body,
                                         headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.config.timeout) as response:
                data = json.loads(response.read().decode("utf-8"))
            return str(data["choices"][0]["message"]["content"])
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise BackendError(f"cannot reach {self.config.base_url} ({exc})") from None
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise BackendError(f"unexpected reply from {self.config.base_url} ({exc})") from None

    def rephrase(self, questions: list[Question], context: str) -> list[str]:
        listing = "\n".join(f"{n}. {q.text}" for n, q in enumerate(questions, start=1))
        texts = _json_list(self.chat(_REPHRASE, f"Role: {context}\n\nQuestions:\n{listing}"))
        if len(texts) != len(questions):
            raise BackendError(f"expected {len(questions)} questions back, got {len(texts)}")
        return texts

    def enrich_feedback(self, question: str, answer: str, feedback: Feedback) -> list[str]:
        missing = [tp.name for tp in feedback.insights.talking_points if not tp.covered]
        analysis = (f"score {feedback.score}/100; missing talking points: "
                    f"{', '.join(missing) or 'none'}; fillers per 100 words: "
                    f"{feedback.insights.fillers.per_100_words}; suggestions: "
                    f"{' '.join(feedback.suggestions)}")
        return _json_list(self.chat(_FEEDBACK, f"Question: {question}\n\nAnswer: {answer}\n\n"
                                    f"Analysis: {analysis}"))[:4]


def _json_list(content: str) -> list[str]:
    """The JSON array of strings in a reply (code fences and chatter around it tolerated)."""
    found = re.search(r"\[.*\]", content, re.DOTALL)
    if not found:
        raise BackendError("the reply holds no JSON array")
    try:
        value = json.loads(found.group(0))
    except json.JSONDecodeError as exc:
        raise BackendError(f"the reply's array is not JSON ({exc.msg})") from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BackendError("the reply's array does not hold only strings")
    return [v.strip() for v in value]


@hookimpl
def register_practice_backends(register: Callable[[PracticeBackend], None],
                               settings: Any) -> None:
    config = LLMConfig.from_settings(settings)
    if config is not None:
        register(OpenAICompatBackend(config))
