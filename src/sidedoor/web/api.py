"""The JSON API under /api (OpenAPI at /api/openapi.json, a readable index at /api/docs).

Responses are the engines' own report objects (``model_dump(mode="json")``, the same shapes
as the CLI's ``--json``); errors have the one shape of `web.errors`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, Response

from sidedoor import __version__
from sidedoor.web.deps import csrf_token, render, services
from sidedoor.web.errors import WebError
from sidedoor.web.services import Services
from sidedoor.web.views import feedback_spans

router = APIRouter(prefix="/api", tags=["api"])
Svc = Annotated[Services, Depends(services)]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": "The one error shape: {\"error\": {\"code\", \"message\", "
           "\"hint\"}}"} for code in (400, 403, 404, 413, 422)}


class Health(BaseModel):
    ok: bool
    version: str
    knowledge: str | None
    cache: dict[str, Any]
    warm: dict[str, Any]


class CsrfToken(BaseModel):
    csrf_token: str = Field(description="Send it back as the X-CSRF-Token header.")


class AnswerIn(BaseModel):
    answer: str = Field(min_length=1, description="The typed answer.")
    question_id: int | None = Field(
        default=None, description="The session question to answer (`questions[].row_id` of "
        "GET …/practice). Default: the next unanswered question of the open session, "
        "started if there is none.")


class StageIn(BaseModel):
    stage: str = Field(description="The stage to move to (see the tracker's stages).")
    note: str | None = None
    reopen: bool = Field(default=False, description="Allow going back or re-opening.")


@router.get("/health", response_model=Health)
def health(svc: Svc) -> dict[str, Any]:
    """Is the app up; the knowledge release; the report cache and warm-up progress."""
    return {"ok": True, "version": __version__,
            "knowledge": svc.release if svc.knowledge is not None else None,
            "cache": svc.reports.stats(), "warm": dict(svc.warm_state)}


@router.get("/csrf", response_model=CsrfToken)
def csrf(request: Request) -> dict[str, str]:
    """The CSRF token matching the sidedoor_csrf cookie set with this response."""
    return {"csrf_token": csrf_token(request)}


@router.get("/docs", include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    """A readable index of the API, built from the OpenAPI document (works offline)."""
    schema = request.app.openapi()
    return render(request, "api_docs.html", schema=schema)


@router.get("/opportunities", responses=ERRORS)
def list_opportunities(svc: Svc, include_closed: bool = False) -> list[dict[str, Any]]:
    """Opportunities, newest message first (`sidedoor inbox list --json`)."""
    return [r.model_dump(mode="json") for r in svc.list_opportunities(
        include_closed=include_closed)]


@router.post("/opportunities", status_code=201, responses=ERRORS)
async def add_opportunity(svc: Svc, text: Annotated[str, Form()] = "",
                          file: Annotated[UploadFile | None, File()] = None) -> dict[str, Any]:
    """Store pasted ``text`` or an uploaded ``file`` (multipart or form); the outcome per item
    (`sidedoor inbox add --json`)."""
    data = await file.read() if file is not None and file.filename else None
    if data is None and not text.strip():
        raise WebError(422, "Send `text` or `file`.", hint="Both were empty.")
    if data is not None:
        report = await run_in_threadpool(svc.add_upload, data, file.filename if file else None)
    else:
        report = await run_in_threadpool(svc.add_text, text)
    return report.to_json()


@router.get("/opportunities/{opportunity_id}", responses=ERRORS)
def get_opportunity(opportunity_id: int, svc: Svc) -> dict[str, Any]:
    """One opportunity with its recruiter, positions (with evidence), messages and facts, and
    ``events``: its tracker history, newest first (`sidedoor tracker history ID --json`)."""
    data: dict[str, Any] = svc.opportunity(opportunity_id).model_dump(mode="json")
    data["events"] = [e.model_dump(mode="json") for e in svc.history(opportunity_id)]
    return data


@router.get("/opportunities/{opportunity_id}/report", responses=ERRORS)
def get_report(opportunity_id: int, svc: Svc) -> Response:
    """The evaluate report (`sidedoor evaluate ID --json`), from the cache when fresh."""
    return Response(svc.report(opportunity_id).json, media_type="application/json")


@router.get("/opportunities/{opportunity_id}/practice", responses=ERRORS)
def get_practice(opportunity_id: int, svc: Svc) -> dict[str, Any]:
    """The open practice session of the opportunity: questions and answers so far."""
    svc.opportunity(opportunity_id)
    sid = svc.practice_session(opportunity_id)
    if sid is None:
        return {"session_id": None, "questions": [], "answers": []}
    return _session_json(svc, sid)


def _session_json(svc: Services, sid: int) -> dict[str, Any]:
    return {"session_id": sid,
            "questions": [{"row_id": q.row_id, "ordinal": q.ordinal, "attempts": q.attempts,
                           "best_score": q.best_score, **q.question.model_dump(mode="json")}
                          for q in svc.session_questions(sid)],
            "answers": [a.model_dump(mode="json") for a in svc.session_answers(sid)]}


@router.post("/opportunities/{opportunity_id}/practice/answers", status_code=201,
             responses=ERRORS)
def answer(opportunity_id: int, body: AnswerIn, svc: Svc) -> dict[str, Any]:
    """Answer a practice question: the answer is saved and its feedback returned (score,
    breakdown, insights with character spans, suggestions) plus ``highlights``: every marked
    span as {start, end, kind, label}."""
    svc.opportunity(opportunity_id)
    sid = svc.practice_session(opportunity_id)
    if sid is None:
        sid = svc.start_practice(opportunity_id)
    questions = svc.session_questions(sid)
    if body.question_id is not None:
        row_id = body.question_id
    else:
        pending = [q for q in questions if q.attempts == 0] or questions
        if not pending:
            raise WebError(409, "This practice session has no questions.")
        row_id = pending[0].row_id
    record, fb, item = svc.answer(sid, row_id, body.answer)
    return {"session_id": sid, "question": {"row_id": item.row_id, "text": item.question.text,
                                            "kind": item.question.kind},
            "answer": record.model_dump(mode="json"), "feedback": fb.model_dump(mode="json"),
            "highlights": [{"start": s, "end": e, "kind": k, "label": label}
                           for s, e, k, label in feedback_spans(fb)]}


@router.post("/opportunities/{opportunity_id}/stage", responses=ERRORS)
def move_stage(opportunity_id: int, body: StageIn, svc: Svc) -> dict[str, Any]:
    """Move the opportunity to another stage (the tracker's rules); the event recorded."""
    if not body.stage.strip():
        raise WebError(422, "No stage given: say which stage to move to.",
                       hint="Send {\"stage\": \"replied\"} or another of the tracker's stages.")
    event = svc.move(opportunity_id, body.stage, body.note, reopen=body.reopen)
    return {"event": event.model_dump(mode="json")}


@router.get("/tracker/board", responses=ERRORS)
def tracker_board(svc: Svc) -> dict[str, Any]:
    """The board: open opportunities by stage, closed counts."""
    return {"board": svc.board().model_dump(mode="json"),
            "follow_ups_due": [f.model_dump(mode="json") for f in svc.follow_ups_due()]}


@router.get("/recruiters", responses=ERRORS)
def list_recruiters(svc: Svc) -> list[dict[str, Any]]:
    """Recruiters with their roles and follow-ups."""
    return [r.model_dump(mode="json") for r in svc.recruiters()]


@router.get("/recruiters/{recruiter_id}", responses=ERRORS)
def get_recruiter(recruiter_id: int, svc: Svc) -> dict[str, Any]:
    return dict(svc.recruiter(recruiter_id).model_dump(mode="json"))


@router.get("/pivot", responses=ERRORS)
def pivot(svc: Svc, occupation: str | None = None, q: str | None = None,
          limit: int = 10) -> dict[str, Any]:
    """Routes into other occupations (`sidedoor pivot --json`) from ``occupation`` (an O*NET
    code) or, without one, from your stored profile. With ``q``: occupations whose titles
    match, to pick a code from."""
    if q:
        return {"occupations": [h.model_dump(mode="json")
                                for h in svc.search_occupations(q, limit=limit)]}
    return dict(svc.pivot(occupation=occupation, limit=max(1, min(limit, 100))
                          ).model_dump(mode="json"))


@router.get("/doors", responses=ERRORS)
def doors(svc: Svc, limit: int = 30, include_closed: bool = False) -> dict[str, Any]:
    """Every stored position ranked against your profile, explained (`sidedoor doors
    --json`)."""
    return svc.doors(limit=max(1, min(limit, 1000)), include_closed=include_closed)
