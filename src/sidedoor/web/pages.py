"""The HTML pages: plain forms that work without JavaScript, one route per thing people do.

Routes only gather engine results (through `Services`) and render templates; every POST is
CSRF-checked by the middleware and answered with a redirect (post/redirect/get) or a page.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from starlette.responses import HTMLResponse, RedirectResponse, Response

from sidedoor.web.deps import CSRF_SENTINEL, csrf_token, render, render_text, services
from sidedoor.web.errors import WebError
from sidedoor.web.services import Services, allowed_moves
from sidedoor.web.views import evidence_views, feedback_spans, legend, pieces

router = APIRouter(include_in_schema=False)
#: Where the (uncached) history goes in a cached opportunity page.
HISTORY_SENTINEL = "\x00history\x00"
NO_STAGE_HINT = "Pick one in the “Move to stage” list, then press Move; nothing was changed."
Svc = Annotated[Services, Depends(services)]


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/")
def home() -> RedirectResponse:
    return see_other("/inbox")


# ---------------------------------------------------------------- inbox


@router.get("/inbox")
def inbox(request: Request, svc: Svc, show: str = "open") -> HTMLResponse:
    rows = svc.list_opportunities(include_closed=show == "all")
    return render(request, "inbox.html", rows=rows, show=show, added=None)


@router.post("/inbox")
async def inbox_add(request: Request, svc: Svc,
                    text: Annotated[str, Form()] = "",
                    file: Annotated[UploadFile | None, File()] = None) -> Response:
    """Paste text or upload a file; one new or threaded opportunity opens its page."""
    from starlette.concurrency import run_in_threadpool

    data = await file.read() if file is not None and file.filename else None
    if data is None and not text.strip():
        raise WebError(422, "Paste a message or choose a file.",
                       hint="The text box or the file field must have something in it.")
    if data is not None:
        report = await run_in_threadpool(svc.add_upload, data, file.filename if file else None)
    else:
        report = await run_in_threadpool(svc.add_text, text)
    ids = list(dict.fromkeys(i.opportunity_id for i in report.items
                             if i.opportunity_id is not None))
    if len(ids) == 1:
        return see_other(f"/opportunities/{ids[0]}")
    rows = await run_in_threadpool(svc.list_opportunities)
    return render(request, "inbox.html", rows=rows, show="open", added=report)


# ---------------------------------------------------------------- opportunity


@router.get("/opportunities/{opportunity_id}")
async def opportunity_page(request: Request, opportunity_id: int, svc: Svc) -> HTMLResponse:
    """The opportunity at a glance. The whole page is rendered once per report version and
    kept with its report; a view then costs one indexed query and swapping in the visitor's
    CSRF token, done on the event loop. Anything else (disk cache, a build) runs in a
    worker thread."""
    from starlette.concurrency import run_in_threadpool

    entry = svc.report_in_memory(opportunity_id)
    page: str | None = entry.views.get("page") if entry is not None else None
    if page is None:
        page = await run_in_threadpool(_opportunity_html, request, opportunity_id, svc)
    # The history changes with every note, so it is not kept with the report: one more
    # indexed query and a small template, per view.
    history = render_text(request, "parts/history.html", opp_id=opportunity_id,
                          events=svc.history(opportunity_id))
    return HTMLResponse(page.replace(CSRF_SENTINEL, csrf_token(request))
                        .replace(HISTORY_SENTINEL, history))


def _opportunity_html(request: Request, opportunity_id: int, svc: Services) -> str:
    entry = svc.report(opportunity_id)
    page = entry.views.get("page")
    if page is None:
        detail = svc.opportunity(opportunity_id)
        fields, messages = evidence_views(detail)
        page = render_text(request, "opportunity.html", csrf=CSRF_SENTINEL,
                           report=entry.report, opp=detail, fields=fields, messages=messages,
                           sections={s.key: s for s in entry.report.sections},
                           moves=allowed_moves(entry.report.opportunity.stage),
                           history=HISTORY_SENTINEL)
        entry.views["page"] = page
        entry.release()
    return page


@router.get("/opportunities/{opportunity_id}/chart.svg")
def opportunity_chart(opportunity_id: int, svc: Svc, position: int = 1) -> Response:
    """The pay chart of one position (SVG drawn by compare.chart, served as an image)."""
    from sidedoor.compare.chart import pay_chart_svg

    entry = svc.report(opportunity_id)
    section = next(s for s in entry.report.sections if s.key == "comparison")
    positions = getattr(section, "positions", [])
    if not 1 <= position <= len(positions) or positions[position - 1].comparison is None:
        raise WebError(404, f"No pay chart for position {position} of #{opportunity_id}.")
    key = f"chart-{position}"
    svg = entry.views.get(key)
    if svg is None:
        svg = pay_chart_svg(positions[position - 1].comparison) or ""
        entry.views[key] = svg
    if not svg:
        raise WebError(404, "Nothing to draw: no pay figures for this position.")
    return Response(svg, media_type="image/svg+xml",
                    headers={"Cache-Control": "private, max-age=60"})


@router.post("/opportunities/{opportunity_id}/stage")
def opportunity_stage(opportunity_id: int, svc: Svc, stage: Annotated[str, Form()] = "",
                      note: Annotated[str, Form()] = "",
                      back: Annotated[str, Form()] = "") -> RedirectResponse:
    if not stage.strip():
        raise WebError(422, "Choose a stage to move to.", hint=NO_STAGE_HINT)
    svc.move(opportunity_id, stage, note or None)
    return see_other("/tracker" if back == "tracker" else f"/opportunities/{opportunity_id}")


def _back_to_history(opportunity_id: int) -> RedirectResponse:
    return see_other(f"/opportunities/{opportunity_id}#history")


@router.post("/opportunities/{opportunity_id}/notes")
def opportunity_note(opportunity_id: int, svc: Svc,
                     note: Annotated[str, Form()] = "") -> RedirectResponse:
    if not note.strip():
        raise WebError(422, "Write the note before adding it.")
    svc.add_note(opportunity_id, note)
    return _back_to_history(opportunity_id)


@router.post("/opportunities/{opportunity_id}/interviews")
def opportunity_interview(opportunity_id: int, svc: Svc, when: Annotated[str, Form()] = "",
                          minutes: Annotated[str, Form()] = "60",
                          location: Annotated[str, Form()] = "",
                          note: Annotated[str, Form()] = "") -> RedirectResponse:
    if not when.strip():
        raise WebError(422, "Say when the interview is.",
                       hint="For example “friday 10am”, “in 3 days” or 2026-12-01 14:00.")
    try:
        duration = int(minutes.strip() or "60")
    except ValueError:
        raise WebError(422, f"Length: {minutes!r} is not a number of minutes.") from None
    svc.add_interview(opportunity_id, when, duration_minutes=duration,
                      location=location.strip() or None, note=note.strip() or None)
    return _back_to_history(opportunity_id)


@router.post("/opportunities/{opportunity_id}/follow-ups")
def opportunity_follow_up(opportunity_id: int, svc: Svc, when: Annotated[str, Form()] = "",
                          note: Annotated[str, Form()] = "") -> RedirectResponse:
    if not when.strip() or not note.strip():
        raise WebError(422, "A follow-up needs a date and a note.",
                       hint="For example “in 3 days” and “ask about the team”.")
    svc.add_follow_up(opportunity_id, when, note)
    return _back_to_history(opportunity_id)


@router.post("/opportunities/{opportunity_id}/events/{event_id}/done")
def opportunity_done(opportunity_id: int, event_id: int, svc: Svc) -> RedirectResponse:
    svc.complete(event_id)
    return _back_to_history(opportunity_id)


# ---------------------------------------------------------------- practice


@router.get("/opportunities/{opportunity_id}/practice")
def practice_page(request: Request, opportunity_id: int, svc: Svc,
                  question: int | None = None) -> HTMLResponse:
    detail = svc.opportunity(opportunity_id)
    session_id = svc.practice_session(opportunity_id)
    context: dict[str, Any] = {"opp": detail, "session_id": session_id, "feedback": None}
    if session_id is not None:
        context.update(_session_context(svc, session_id, question))
    context["progress"] = svc.progress()
    return render(request, "practice.html", **context)


def _session_context(svc: Services, session_id: int, question: int | None) -> dict[str, Any]:
    qs = svc.session_questions(session_id)
    answers = svc.session_answers(session_id)
    current = next((q for q in qs if q.row_id == question), None) or next(
        (q for q in qs if q.attempts == 0), None) or (qs[0] if qs else None)
    by_question: dict[int, list[Any]] = {}
    for a in answers:
        by_question.setdefault(a.question_id, []).append(a)
    return {"questions": qs, "current": current, "answers": by_question,
            "answered": sum(1 for q in qs if q.attempts)}


def next_question(questions: list[Any], after: int) -> Any:
    """The question to offer after the one at ordinal ``after``: the next unanswered one
    (wrapping round), else simply the next one; None after the last answered-through one."""
    later = sorted((q for q in questions if q.ordinal > after), key=lambda q: q.ordinal)
    earlier = sorted((q for q in questions if q.ordinal < after), key=lambda q: q.ordinal)
    return next((q for q in [*later, *earlier] if q.attempts == 0),
                later[0] if later else None)


@router.post("/opportunities/{opportunity_id}/practice")
def practice_start(opportunity_id: int, svc: Svc) -> RedirectResponse:
    svc.opportunity(opportunity_id)  # 404 for an unknown one
    svc.start_practice(opportunity_id)
    return see_other(f"/opportunities/{opportunity_id}/practice")


@router.post("/opportunities/{opportunity_id}/practice/answer")
def practice_answer(request: Request, opportunity_id: int, svc: Svc,
                    session_id: Annotated[int, Form()], question_id: Annotated[int, Form()],
                    answer: Annotated[str, Form()]) -> HTMLResponse:
    if not answer.strip():
        raise WebError(422, "Write an answer before asking for feedback.")
    record, fb, item = svc.answer(session_id, question_id, answer)
    context = _session_context(svc, session_id, item.row_id)
    context.update(opp=svc.opportunity(opportunity_id), session_id=session_id,
                   feedback=fb, record=record, answered_question=item,
                   marked=pieces(answer, feedback_spans(fb)), legend=legend(fb),
                   progress=svc.progress())
    context["next_question"] = next_question(context["questions"], item.ordinal)
    return render(request, "practice.html", **context)


@router.get("/practice/progress.svg")
def progress_chart(svc: Svc) -> Response:
    from sidedoor.practice.charts import svg

    return Response(svg(svc.progress()), media_type="image/svg+xml")


# ---------------------------------------------------------------- profile


@router.get("/profile")
def profile_page(request: Request, svc: Svc, saved: str = "") -> HTMLResponse:
    from sidedoor.profile.dealbreakers import describe

    view = svc.profile()
    rules = [(d.text, describe(d)) for d in view.deal_breakers] if view is not None else []
    return render(request, "profile.html", profile=view, rules=rules,
                  saved=[s for s in saved.split(",") if s], imported=None)


@router.post("/profile/current")
def profile_current(svc: Svc, title: Annotated[str, Form()],
                    employer: Annotated[str, Form()] = "",
                    location: Annotated[str, Form()] = "",
                    workplace: Annotated[str, Form()] = "",
                    base_pay: Annotated[str, Form()] = "",
                    currency: Annotated[str, Form()] = "",
                    pto_days: Annotated[str, Form()] = "",
                    commute_minutes: Annotated[str, Form()] = "") -> RedirectResponse:
    from sidedoor.compare.offer import money

    values: dict[str, Any] = {"title": title.strip(), "employer": employer.strip() or None,
                              "location": location.strip() or None,
                              "workplace": workplace or None, "currency": currency.strip() or None}
    for key, raw in (("base_pay", base_pay), ("pto_days", pto_days),
                     ("commute_minutes", commute_minutes)):
        if raw.strip():
            number = money(raw.strip())
            if number is None:
                raise WebError(422, f"{key.replace('_', ' ')}: {raw!r} is not a number.")
            values[key] = int(number) if key == "commute_minutes" else number
    if not values["title"]:
        raise WebError(422, "Your current job needs a title.")
    changed = svc.update_profile({"current_job": {k: v for k, v in values.items()
                                                  if v is not None}})
    return see_other("/profile?saved=" + ",".join(changed)[:200])


@router.post("/profile/lists")
def profile_lists(svc: Svc, aspirations: Annotated[str, Form()] = "",
                  deal_breakers: Annotated[str, Form()] = "") -> RedirectResponse:
    goals = [line.strip() for line in aspirations.splitlines() if line.strip()]
    nos = [line.strip() for line in deal_breakers.splitlines() if line.strip()]
    changed = svc.update_profile({"aspirations": goals, "deal_breakers": nos})
    return see_other("/profile?saved=" + ",".join(changed)[:200])


@router.post("/profile/import")
async def profile_import(request: Request, svc: Svc, file: Annotated[UploadFile, File()],
                         replace: Annotated[str, Form()] = "") -> HTMLResponse:
    from starlette.concurrency import run_in_threadpool

    from sidedoor.profile.dealbreakers import describe

    data = await file.read()
    if not data:
        raise WebError(422, "Choose a résumé or LinkedIn export to import.")
    report = await run_in_threadpool(svc.import_profile, data, file.filename or "resume",
                                     replace=bool(replace))
    view = await run_in_threadpool(svc.profile)
    rules = [(d.text, describe(d)) for d in view.deal_breakers] if view is not None else []
    return render(request, "profile.html", profile=view, rules=rules, saved=[],
                  imported=report)


# ---------------------------------------------------------------- pivot and doors


@router.get("/pivot")
def pivot_page(request: Request, svc: Svc, q: str = "", occupation: str = "",
               me: str = "") -> HTMLResponse:
    from sidedoor.errors import SidedoorError

    hits = svc.search_occupations(q) if q.strip() else []
    report, problem = None, None
    if occupation or me:
        try:
            report = svc.pivot(occupation=occupation or None)
        except SidedoorError as exc:
            problem = f"{exc.message} {getattr(exc, 'hint', '') or ''}".strip()
    return render(request, "pivot.html", q=q, hits=hits, report=report, problem=problem,
                  occupation=occupation, me=bool(me))


@router.get("/doors")
def doors_page(request: Request, svc: Svc, show: str = "open") -> HTMLResponse:
    from sidedoor.errors import SidedoorError

    try:
        data, problem = svc.doors(include_closed=show == "all"), None
    except SidedoorError as exc:
        data, problem = None, f"{exc.message} {getattr(exc, 'hint', '') or ''}".strip()
    return render(request, "doors.html", data=data, problem=problem, show=show)


# ---------------------------------------------------------------- tracker and recruiters


@router.get("/tracker")
def tracker_page(request: Request, svc: Svc) -> HTMLResponse:
    board = svc.board()
    moves = {card.id: allowed_moves(card.stage) for col in board.columns for card in col.cards}
    return render(request, "tracker.html", board=board, moves=moves,
                  due=svc.follow_ups_due())


@router.post("/tracker/follow-ups")
def tracker_follow_up(svc: Svc, opportunity_id: Annotated[int, Form()],
                      when: Annotated[str, Form()], note: Annotated[str, Form()]
                      ) -> RedirectResponse:
    svc.add_follow_up(opportunity_id, when, note)
    return see_other("/tracker")


@router.post("/tracker/events/{event_id}/done")
def tracker_done(event_id: int, svc: Svc) -> RedirectResponse:
    svc.complete(event_id)
    return see_other("/tracker")


@router.get("/tracker/interviews.ics")
def tracker_ics(svc: Svc, opportunity: int | None = None) -> Response:
    return Response(svc.ics(opportunity), media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="interviews.ics"'})


@router.get("/recruiters")
def recruiters_page(request: Request, svc: Svc) -> HTMLResponse:
    return render(request, "recruiters.html", recruiters=svc.recruiters())


@router.get("/recruiters/{recruiter_id}")
def recruiter_page(request: Request, recruiter_id: int, svc: Svc) -> HTMLResponse:
    return render(request, "recruiter.html", r=svc.recruiter(recruiter_id))


@router.get("/recruiters/{recruiter_id}/vcard.vcf")
def recruiter_vcard(recruiter_id: int, svc: Svc) -> Response:
    return Response(svc.vcard(recruiter_id), media_type="text/vcard",
                    headers={"Content-Disposition":
                             f'attachment; filename="recruiter-{recruiter_id}.vcf"'})
