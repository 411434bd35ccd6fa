"""What the web app holds open for its lifetime, and the engine calls its routes make.

One `Services` per app, made in the lifespan: the store (a connection per call, WAL), the
knowledge store, intake's language hooks, the feedback engine and the report cache. The
knowledge store is a SQLite connection that belongs to one thread, and the engines are
CPU-bound anyway, so every call that touches the knowledge data runs on one engine thread
(`call`); plain store reads run on the request's own thread.

Nothing here formats: routes pass what these methods return to templates or JSON.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sidedoor.web.builder import ReportBuilder
from sidedoor.web.cache import Entry, ReportCache, read_stamp

if TYPE_CHECKING:
    from sidedoor.knowledge.store import Knowledge
    from sidedoor.opportunities.language import LanguageHooks
    from sidedoor.opportunities.models import AddReport, OpportunityDetail
    from sidedoor.practice.models import AnswerRecord, Feedback, Progress, QuestionSet
    from sidedoor.practice.sessions import SessionQuestion
    from sidedoor.settings import Settings

T = TypeVar("T")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class Services:
    """Engines and the store, opened once per app (see the module docstring)."""

    def __init__(self, settings: Settings, *, cache_size: int = 1200,
                 disk_cache: bool = True, build_process: bool = True) -> None:
        from sidedoor.practice.feedback import FeedbackEngine
        from sidedoor.store import Store

        self.settings = settings
        self.store = Store.from_settings(settings)
        self.notices = list(self.store.notices)
        self.engine_thread = ThreadPoolExecutor(max_workers=1,
                                                thread_name_prefix="sidedoor-engines")
        self.knowledge: Knowledge | None = None
        self.knowledge_note: str | None = None
        self.hooks: LanguageHooks | None = None
        self.feedback = FeedbackEngine()
        self.background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sidedoor-refresh")
        self.builder = ReportBuilder(settings) if build_process else None
        path = settings.home / "cache" / "web-reports.sqlite3" if disk_cache else None
        self.reports = ReportCache(path, self._build_report, size=cache_size)
        self._refreshing: set[int] = set()
        self._refresh_lock = threading.Lock()
        self._warm_stop = threading.Event()
        self.warm_state: dict[str, Any] = {"running": False, "done": 0, "total": 0}
        self._pivot: Any = None

    # ---------------------------------------------------------------- lifetime

    def start(self, *, preload: bool = True) -> None:
        """Open the knowledge store (and load the language engines) on the engine thread.

        Loading the title coder and skill extractor calls ``gc.freeze()`` once each
        (`opportunities.language`): done here, before any request, it freezes only the
        indexes and the app's own long-lived objects."""
        self.call(self._open, preload)

    def _open(self, preload: bool) -> None:
        from sidedoor.errors import DataNotInstalled
        from sidedoor.knowledge.store import open_from_settings
        from sidedoor.opportunities.language import language_hooks

        try:
            self.knowledge = open_from_settings(self.settings)
        except DataNotInstalled as exc:
            self.knowledge_note = f"{exc.message} {exc.hint}".strip()
        self.hooks = language_hooks(self.settings.resolved_knowledge_dir)
        if preload and self.hooks.title_coder is not None:
            self.hooks.title_coder("software engineer")
        if preload and self.hooks.skill_extractor is not None:
            self.hooks.skill_extractor("Python and SQL")

    def close(self) -> None:
        self._warm_stop.set()
        self.background.shutdown(wait=False, cancel_futures=True)
        if self.builder is not None:
            self.builder.close()
        with contextlib.suppress(Exception):
            self.call(self._close_knowledge)
        self.engine_thread.shutdown(wait=True, cancel_futures=True)
        self.reports.close()
        self.store.close()

    def _close_knowledge(self) -> None:
        if self.knowledge is not None:
            self.knowledge.close()
            self.knowledge = None

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn`` on the engine thread and wait for it."""
        return self.engine_thread.submit(fn, *args, **kwargs).result()

    @property
    def release(self) -> str:
        return self.knowledge.release_key if self.knowledge is not None else "none"

    # ---------------------------------------------------------------- inbox

    def list_opportunities(self, *, include_closed: bool = False) -> list[Any]:
        from sidedoor.opportunities.read import list_opportunities

        return list_opportunities(self.store, include_closed=include_closed)

    def opportunity(self, opportunity_id: int) -> OpportunityDetail:
        from sidedoor.opportunities.read import get_opportunity

        return get_opportunity(self.store, opportunity_id)

    def add_text(self, text: str) -> AddReport:
        """Store pasted text (a message, a posting, an e-mail with its headers)."""
        return self.call(self._add, text.encode("utf-8"), None, "pasted text")

    def add_upload(self, data: bytes, filename: str | None) -> AddReport:
        """Store an uploaded file, read by intake's readers (never run, never served back)."""
        return self.call(self._add, data, filename or "upload", None)

    def _add(self, data: bytes, filename: str | None, source: str | None) -> AddReport:
        from sidedoor.intake.readers.base import Limits
        from sidedoor.opportunities.ingest import add_parse_result
        from sidedoor.opportunities.inputs import parse_input

        limits = Limits()
        if filename is None:
            parsed = parse_input("-", stdin=data, limits=limits, hooks=self.hooks)
        else:
            # Readers pick the format from the name and content: keep a safe name, in a
            # private directory removed right after.
            name = _SAFE_NAME.sub("_", Path(filename).name).strip("._") or "upload"
            with tempfile.TemporaryDirectory(prefix="sidedoor-upload-") as tmp:
                path = Path(tmp) / name[-120:]
                path.write_bytes(data)
                parsed = parse_input(str(path), limits=limits, hooks=self.hooks)
            source = name
        report = add_parse_result(self.store, parsed.result, source=source or parsed.name,
                                  raw=parsed.raw)
        if self.hooks is not None:
            report.notes.extend(n for n in self.hooks.notes if n not in report.notes)
        return report

    # ---------------------------------------------------------------- evaluate

    def report(self, opportunity_id: int) -> Entry:
        """The evaluate report of an opportunity, from the cache when it is up to date."""
        from sidedoor.opportunities.errors import OpportunityNotFound

        with self.store.connect() as conn:
            stamp = read_stamp(conn, opportunity_id, self.release)
        if stamp is None:
            raise OpportunityNotFound(opportunity_id)
        return self.reports.get(opportunity_id, stamp, refresh=self._refresh)

    def report_in_memory(self, opportunity_id: int) -> Entry | None:
        """The report when it is in memory and up to date, else None: one indexed query and
        a dictionary look-up, cheap enough for the event loop (the page's fast path)."""
        with self.store.connect() as conn:
            stamp = read_stamp(conn, opportunity_id, self.release)
        if stamp is None:
            return None
        return self.reports.peek(opportunity_id, stamp, refresh=self._refresh)

    def _build_report(self, opportunity_id: int) -> str:
        """A fresh report as JSON: in the builder process, or on the engine thread."""
        if self.builder is not None:
            return self.builder.build(opportunity_id)
        return self.call(self._build_on_engine_thread, opportunity_id)

    def _build_on_engine_thread(self, opportunity_id: int) -> str:
        from sidedoor.evaluate.build import build_report

        coder = self.hooks.title_coder if self.hooks is not None else None
        return build_report(self.store, opportunity_id, knowledge=self.knowledge,
                            knowledge_note=self.knowledge_note,
                            title_coder=coder if self.knowledge is not None else None,
                            settings=self.settings).model_dump_json()

    def _refresh(self, opportunity_id: int) -> None:
        """Rebuild one report in the background (once at a time per opportunity)."""
        with self._refresh_lock:
            if opportunity_id in self._refreshing:
                return
            self._refreshing.add(opportunity_id)

        def run() -> None:
            try:
                self._rebuild(opportunity_id)
            finally:
                with self._refresh_lock:
                    self._refreshing.discard(opportunity_id)

        self.background.submit(run)

    def _rebuild(self, opportunity_id: int) -> bool:
        """Build and cache one report if its cached one is not fresh; True if it built."""
        with self.store.connect() as conn:
            stamp = read_stamp(conn, opportunity_id, self.release)
        if stamp is None or self.reports.fresh(opportunity_id, stamp):
            return False
        self.reports.put(opportunity_id, stamp, self._build_report(opportunity_id))
        return True

    def warm(self) -> threading.Thread:
        """Build, in the background, every report not cached yet (newest first), one at a
        time so that requests wait behind at most one build. `warm_state` tells progress."""
        from sqlalchemy import select

        from sidedoor.store.schema import opportunities

        with self.store.connect() as conn:
            ids = [int(r[0]) for r in conn.execute(
                select(opportunities.c.id).order_by(opportunities.c.updated_at.desc()))]
        self.warm_state.update(running=True, done=0, total=len(ids), built=0)

        def run() -> None:
            try:
                for oid in ids:
                    if self._warm_stop.is_set():
                        break
                    with contextlib.suppress(Exception):  # a bad report waits for its view
                        if self._rebuild(oid):
                            self.warm_state["built"] += 1
                    self.warm_state["done"] += 1
            finally:
                self.warm_state["running"] = False

        thread = threading.Thread(target=run, name="sidedoor-warm", daemon=True)
        thread.start()
        return thread

    # ---------------------------------------------------------------- practice

    def practice_session(self, opportunity_id: int) -> int | None:
        from sidedoor.practice.sessions import latest_open_session

        return latest_open_session(self.store, opportunity_id=opportunity_id)

    def start_practice(self, opportunity_id: int, position_id: int | None = None,
                       limit: int | None = 8) -> int:
        """A new practice session for the opportunity (its tailored question set)."""
        return self.call(self._start_practice, opportunity_id, position_id, limit)

    def _start_practice(self, opportunity_id: int, position_id: int | None,
                        limit: int | None) -> int:
        from sidedoor.practice.progress import prioritise, progress
        from sidedoor.practice.sessions import start_session

        qset = self._question_set(opportunity_id, position_id)
        ordered = prioritise(qset.questions, progress(self.store))
        opening = [q for q in ordered if q.kind in {"background", "motivation"}]
        rest = [q for q in ordered if q.kind not in {"background", "motivation"}]
        chosen = [*opening[:1], *rest][: limit or None]
        return start_session(self.store, qset.model_copy(update={"questions": chosen}))

    def question_set(self, opportunity_id: int, position_id: int | None = None) -> QuestionSet:
        return self.call(self._question_set, opportunity_id, position_id)

    def _question_set(self, opportunity_id: int, position_id: int | None) -> QuestionSet:
        from sidedoor.errors import DataNotInstalled
        from sidedoor.practice.questions import build_questions
        from sidedoor.practice.stored import load_profile, opportunity_target

        if self.knowledge is None:
            raise DataNotInstalled(self.knowledge_note or "No knowledge data installed.")
        coder = _Coder(self.settings)
        extractor = _Extractor(self.hooks)
        target = opportunity_target(self.store, self.knowledge, opportunity_id,
                                    position_id=position_id, extractor=extractor, coder=coder)
        target.profile = load_profile(self.store, extractor=extractor, coder=coder)
        return build_questions(target)

    def session_questions(self, session_id: int) -> list[SessionQuestion]:
        from sidedoor.practice.sessions import questions

        return questions(self.store, session_id)

    def session_answers(self, session_id: int) -> list[AnswerRecord]:
        from sidedoor.practice.sessions import answers

        return answers(self.store, session_id)

    def answer(self, session_id: int, question_row_id: int, text: str
               ) -> tuple[AnswerRecord, Feedback, SessionQuestion]:
        """Record an answer to one question of a session; its feedback (with spans)."""
        from sidedoor.practice.errors import NoSuchSession
        from sidedoor.practice.sessions import record_answer
        from sidedoor.practice.stories import save_story

        item = next((q for q in self.session_questions(session_id)
                     if q.row_id == question_row_id), None)
        if item is None:
            raise NoSuchSession(f"Session {session_id} has no question {question_row_id}.")
        fb = self.feedback.for_question(item.question, text,
                                        organisations=self.organisations())
        record = record_answer(self.store, question_row_id, text, started_at=None, feedback=fb)
        save_story(self.store, item.question, text, fb, answer_id=record.id)
        return record, fb, item

    def organisations(self) -> list[str]:
        """The employers named in the profile (current job and experience)."""
        view = self.profile()
        if view is None:
            return []
        names = [view.current_job.employer if view.current_job is not None else None,
                 *(w.employer for w in view.work)]
        return list(dict.fromkeys(n for n in names if n))

    def progress(self) -> Progress:
        from sidedoor.practice.progress import progress

        return progress(self.store)


    # ---------------------------------------------------------------- profile

    def profile(self) -> Any:
        """The stored profile, or None when there is none yet."""
        from sidedoor.profile.errors import NoProfile
        from sidedoor.profile.repository import load_profile

        try:
            return load_profile(self.store)
        except NoProfile:
            return None

    def update_profile(self, doc: dict[str, Any]) -> list[str]:
        """Apply a profile document (the shape `profile dump` writes); what changed."""
        return self.call(self._update_profile, doc)

    def _update_profile(self, doc: dict[str, Any]) -> list[str]:
        from sidedoor.profile.document import apply_document
        from sidedoor.profile.enrich import code_current_job

        changed = apply_document(self.store, doc)
        if "current_job" in doc and self.knowledge is not None:
            code_current_job(self.store, self.settings.resolved_knowledge_dir)
        return changed

    def import_profile(self, data: bytes, filename: str, *, replace: bool = False) -> Any:
        """Import a résumé (PDF, DOCX, text, JSON Resume) or a LinkedIn export ZIP."""
        return self.call(self._import_profile, data, filename, replace)

    def _import_profile(self, data: bytes, filename: str, replace: bool) -> Any:
        from sidedoor.profile.enrich import enrich
        from sidedoor.profile.importers import import_paths
        from sidedoor.profile.repository import save_import

        name = _SAFE_NAME.sub("_", Path(filename).name).strip("._") or "resume.txt"
        with tempfile.TemporaryDirectory(prefix="sidedoor-profile-") as tmp:
            path = Path(tmp) / name[-120:]
            path.write_bytes(data)
            imported = import_paths([path])
            notes = enrich(imported, self.settings.resolved_knowledge_dir) \
                if self.knowledge is not None else []
        report = save_import(self.store, imported, replace=replace)
        report.notes += notes
        return report

    # ---------------------------------------------------------------- pivot and doors

    def pivot_engine(self) -> Any:
        """The pivot engine, loaded once (engine thread only)."""
        from sidedoor.errors import DataNotInstalled

        if self.knowledge is None:
            raise DataNotInstalled(self.knowledge_note or "No knowledge data installed.")
        if self._pivot is None:
            from sidedoor.pivot import load_engine

            self._pivot = load_engine(self.settings.resolved_knowledge_dir)
        return self._pivot

    def search_occupations(self, text: str, limit: int = 10) -> list[Any]:
        def run() -> list[Any]:
            if self.knowledge is None:
                return []
            return list(self.knowledge.search(text, limit=limit))

        return self.call(run)

    def pivot(self, *, occupation: str | None = None, limit: int = 10) -> Any:
        """Routes from an occupation, or (no occupation) from the stored profile."""
        return self.call(self._pivot_routes, occupation, limit)

    def _pivot_routes(self, occupation: str | None, limit: int) -> Any:
        from sidedoor.profile.errors import NoProfile

        engine = self.pivot_engine()
        if occupation:
            return engine.routes(occupation, limit)
        from sidedoor.pivot.profile import anchor, features_from_profile

        stored = self.profile()
        if stored is None:
            raise NoProfile("No profile yet, so there is nothing to start from.",
                            hint="Add one on the Profile page, or pick an occupation.")
        person = features_from_profile(stored)
        notes = anchor(engine, person)
        report = engine.routes_from_features(person, limit)
        report.notes = notes + report.notes
        return report

    def doors(self, *, limit: int = 30, include_closed: bool = False) -> dict[str, Any]:
        """Every stored position ranked against the profile (`sidedoor doors --json`)."""
        return self.call(self._doors, limit, include_closed)

    def _doors(self, limit: int, include_closed: bool) -> dict[str, Any]:
        from sidedoor.doors import rank
        from sidedoor.doors.sources import build_index, seeker_from_profile, stored_positions
        from sidedoor.profile.errors import NoProfile

        stored = self.profile()
        if stored is None:
            raise NoProfile("No profile yet, so there is nothing to rank positions against.",
                            hint="Add your résumé or current job on the Profile page.")
        pairs = stored_positions(self.store, include_closed=include_closed)
        seeker, read = seeker_from_profile(stored)
        if not pairs:
            return {"ranked_for": read, "fits": [], "notes": ["No positions stored yet."]}
        docs = [doc for _, doc in pairs]
        opportunity = {doc["id"]: oid for oid, doc in pairs}
        engine = self.pivot_engine() if self.knowledge is not None else None
        index = build_index(docs, engine, self.settings.resolved_knowledge_dir)
        result = rank(seeker, index, engine=engine, limit=limit)
        fits = []
        for fit in result.fits:
            data = fit.model_dump(mode="json")
            data["position_id"] = int(fit.position)
            data["opportunity_id"] = opportunity.get(fit.position)
            fits.append(data)
        return {"ranked_for": read, "ranked": result.ranked, "flagged": result.flagged,
                "fits": fits, "notes": list(result.notes)}

    # ---------------------------------------------------------------- tracker

    def move(self, opportunity_id: int, stage: str, note: str | None = None,
             reopen: bool = False) -> Any:
        from sidedoor import tracker

        event = tracker.move(self.store, opportunity_id, stage, note=note, reopen=reopen)
        self.reports.forget(opportunity_id)
        return event

    def board(self) -> Any:
        from sidedoor import tracker

        return tracker.board(self.store)

    def follow_ups_due(self) -> list[Any]:
        from sidedoor import tracker

        return list(tracker.follow_ups_due(self.store))

    def history(self, opportunity_id: int) -> list[Any]:
        from sidedoor import tracker

        return list(tracker.history(self.store, opportunity_id))

    def add_note(self, opportunity_id: int, text: str) -> Any:
        from sidedoor import tracker

        return tracker.add_note(self.store, opportunity_id, text)

    def add_interview(self, opportunity_id: int, when: str, *, duration_minutes: int = 60,
                      location: str | None = None, note: str | None = None) -> Any:
        from sidedoor import tracker

        return tracker.add_interview(self.store, opportunity_id,
                                     starts_at=tracker.parse_when(when),
                                     duration_minutes=duration_minutes, location=location,
                                     note=note)

    def add_follow_up(self, opportunity_id: int, when: str, note: str) -> Any:
        from sidedoor import tracker

        return tracker.add_follow_up(self.store, opportunity_id,
                                     due_at=tracker.parse_when(when), note=note)

    def complete(self, event_id: int) -> Any:
        from sidedoor import tracker

        return tracker.complete(self.store, event_id)

    def recruiters(self) -> list[Any]:
        from sidedoor import tracker

        return list(tracker.recruiters(self.store))

    def recruiter(self, recruiter_id: int) -> Any:
        from sidedoor import tracker

        return tracker.recruiter(self.store, recruiter_id)

    def vcard(self, recruiter_id: int | None = None) -> str:
        from sidedoor import tracker

        return str(tracker.recruiters_vcard(self.store, recruiter_id=recruiter_id))

    def ics(self, opportunity_id: int | None = None) -> bytes:
        from sidedoor import tracker

        return bytes(tracker.interviews_ics(self.store, opportunity_id=opportunity_id))


class _Coder:
    """`practice.target.TitleCoder`, loaded on the engine thread only if needed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.loaded: Any = None

    def code(self, title: str, *, context: str | None = None, limit: int = 10) -> Any:
        if self.loaded is None:
            from sidedoor.language.titles import TitleCoder

            self.loaded = TitleCoder.from_knowledge_dir(self.settings.resolved_knowledge_dir)
        return self.loaded.code(title, context=context, limit=limit)


class _Extractor:
    """`practice.target.SkillExtractor` over intake's (already loaded) skill extractor."""

    def __init__(self, hooks: LanguageHooks | None) -> None:
        self.hooks = hooks

    def extract_skills(self, text: str) -> Any:
        if self.hooks is None or self.hooks.skill_extractor is None:
            return []
        return self.hooks.skill_extractor(text)


def stages() -> list[str]:
    from sidedoor.tracker import STAGES

    return list(STAGES)


def allowed_moves(stage: str) -> list[str]:
    from sidedoor.tracker import allowed_moves as moves

    return list(moves(stage))
