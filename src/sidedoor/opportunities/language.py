"""Intake's language hooks, wired to the job-language engines when the knowledge store is there.

    hooks = language_hooks(settings.resolved_knowledge_dir)
    parse_path(path, title_coder=hooks.title_coder, skill_extractor=hooks.skill_extractor)

Without an installed knowledge store both hooks are None (intake then leaves ``occupation``
null and ``skills`` empty). With one, each engine is loaded on its first call — a batch with
no job titles never loads the title index — and an engine that cannot load (missing module,
unreadable index) switches itself off with a note instead of failing the import.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: How many occupation candidates intake keeps per title.
CANDIDATES = 5

#: How many distinct texts the skill extractor remembers (exports repeat the same job text
#: across many messages; extraction is a pure function of the text).
SKILL_CACHE_SIZE = 512


class _Lazy:
    def __init__(self, knowledge_dir: Path, notes: list[str], what: str) -> None:
        self.knowledge_dir = knowledge_dir
        self.notes = notes
        self.what = what
        self.engine: Any = None
        self.failed = False

    @staticmethod
    def _factory(knowledge_dir: Path) -> Any:
        raise NotImplementedError

    def load(self) -> Any:
        """The engine, loaded now if it was not yet (None when it cannot load). Intake calls
        this before it forks workers for a big batch, so they share one copy of the index."""
        if self.engine is None and not self.failed:
            from sidedoor.collector import collector_paused

            gc.collect()  # the garbage there is now, before the index is there to walk too
            try:
                with collector_paused():  # millions of objects, all kept: no pass finds any
                    self.engine = self._factory(self.knowledge_dir)
                    _settle()  # before the collector runs again
            except Exception as exc:  # an engine that cannot load is skipped, not fatal
                self.failed = True
                self.notes.append(f"{self.what} unavailable ({type(exc).__name__}: {exc}).")
        return self.engine


def _settle() -> None:
    """Move what is alive now (a just-loaded index: millions of objects, kept for the rest of
    the process) out of the cyclic collector's reach. Otherwise every full collection during
    a big import walks the whole index again, which cost seconds on a 5,000-message export.
    Garbage was collected before loading (loading leaves next to none in cycles: a few hundred
    objects of the modules it imports); frozen objects are still freed by reference counting."""
    gc.freeze()


class LazyTitleCoder(_Lazy):
    """`sidedoor.intake.hooks.TitleCoder` backed by `sidedoor.language.titles`.

    Intake's hook passes only the title (its protocol has no context, and intake is not
    changed for it); callers outside intake (evaluate) may pass the job text as ``context``,
    which the title coder uses to break ties between occupations."""

    def __init__(self, knowledge_dir: Path, notes: list[str]) -> None:
        super().__init__(knowledge_dir, notes, "Occupation coding")
        self.cache: dict[tuple[str, str | None], list[tuple[str, str, float]]] = {}

    @staticmethod
    def _factory(knowledge_dir: Path) -> Any:
        from sidedoor.language.titles import TitleCoder

        return TitleCoder.from_knowledge_dir(knowledge_dir)

    def __call__(self, title: str, /, *, context: str | None = None
                 ) -> Sequence[tuple[str, str, float]]:
        context = context[:4000] if context else None
        if (title, context) in self.cache:
            return self.cache[(title, context)]
        coder = self.load()
        if coder is None:
            return []
        result = coder.code(title, context=context, limit=CANDIDATES)
        found = [(m.code, m.title, float(m.score)) for m in result.matches[:CANDIDATES]]
        self.cache[(title, context)] = found
        return found

    def prime(self, titles: Sequence[str]) -> None:
        """Code the titles not yet known, without context, all at once (intake does so for each
        run of items it has analysed): the results one by one would give, in one vectorised
        product, without the explanations intake does not keep."""
        todo = list(dict.fromkeys(t for t in titles if (t, None) not in self.cache))
        if not todo:
            return
        coder = self.load()
        if coder is None:
            return
        results = coder.code_many(todo, limit=CANDIDATES, explain=False)
        for title, result in zip(todo, results, strict=True):
            self.cache[(title, None)] = [
                (m.code, m.title, float(m.score)) for m in result.matches[:CANDIDATES]
            ]


class LazySkillExtractor(_Lazy):
    """`sidedoor.intake.hooks.SkillExtractor` backed by `sidedoor.language.skills`."""

    def __init__(self, knowledge_dir: Path, notes: list[str]) -> None:
        super().__init__(knowledge_dir, notes, "Skill extraction")
        self.cache: dict[str, list[Any]] = {}

    @staticmethod
    def _factory(knowledge_dir: Path) -> Any:
        from sidedoor.language.skills import skill_extractor

        return skill_extractor(knowledge_dir)

    def __call__(self, text: str, /) -> Sequence[Any]:
        cached = self.cache.get(text)
        if cached is not None:
            self.cache[text] = self.cache.pop(text)  # most recently used last
            return list(cached)
        extractor = self.load()
        if extractor is None:
            return []
        found = list(extractor.extract_skills(text))
        if len(self.cache) >= SKILL_CACHE_SIZE:
            del self.cache[next(iter(self.cache))]  # evict the least recently used
        self.cache[text] = found
        return list(found)


@dataclass
class LanguageHooks:
    title_coder: LazyTitleCoder | None = None
    skill_extractor: LazySkillExtractor | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def installed(self) -> bool:
        return self.title_coder is not None


def language_hooks(knowledge_dir: Path) -> LanguageHooks:
    """Hooks for intake: lazy engines when a knowledge store is installed, else none."""
    from sidedoor.knowledge.store import store_path

    if not store_path(knowledge_dir).is_file():
        return LanguageHooks(
            notes=[
                "No knowledge data installed: occupations were not coded and skills not "
                "extracted (run `sidedoor data install`)."
            ]
        )
    notes: list[str] = []
    return LanguageHooks(
        LazyTitleCoder(knowledge_dir, notes), LazySkillExtractor(knowledge_dir, notes), notes
    )
