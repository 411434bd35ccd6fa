"""Documents -> ParsedItems: builds the analysed text, then runs every extractor on it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sidedoor.intake.extract import outreach, workplace_model
from sidedoor.intake.extract.agency import (
    agency_cue,
    inhouse_cue,
    inhouse_team_line,
    is_agency_name,
    speaks_for_employer,
    weak_agency_cue,
)
from sidedoor.intake.extract.company import (
    DUTY_MARKER,
    ORG_WORDS,
    ORGANISATION_VERB,
    PAPERS,
    after_head_for,
    describes_company,
    find_company,
    is_city,
    is_country,
)
from sidedoor.intake.extract.dates import find_dates
from sidedoor.intake.extract.next_step import StepFinding, find_next_step
from sidedoor.intake.extract.positions import Segment, best_title, heading_title, split_positions
from sidedoor.intake.extract.recruiter import Context, find_recruiter
from sidedoor.intake.hooks import SkillExtractor, TitleCoder
from sidedoor.intake.models import (
    Cue,
    DateMention,
    Evidence,
    Message,
    NextStep,
    Occupation,
    ParsedItem,
    Position,
    Recruiter,
    Skill,
    Source,
)
from sidedoor.intake.readers.base import (
    Document,
    Limits,
    PageCue,
    PageHints,
    RawMessage,
    StructuredPosting,
)
from sidedoor.intake.textutil import NAME_START, content_id, literal_matches, minus_spans

if TYPE_CHECKING:
    from sidedoor.intake.extract.company_rank import Candidate

_POSTING_HEADINGS = re.compile(
    r"^(?:responsibilities|requirements|qualifications|what you(?:'ll| will) do|what we(?:'re|"
    r" are) looking for"
    r"|about the (?:role|job|position|team|company)|who you are|what we offer|benefits|your"
    r" profile|ihre aufgaben"
    r"|ihr profil|wir bieten|key responsibilities|job description|the role|nice to have|must"
    r" have)s?\s*:?\s*$",
    re.I | re.M,
)
# a letter's greeting on its first line (after the subject line a mail's text starts with): a
# message to a person, not a job page, whatever headings it has ("Ihre Aufgaben:", "Wir bieten:")
_GREETING = re.compile(
    r"^(?:Subject: [^\n]*\n+)?\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo"
    r"|guten (?:tag|morgen)|grüß gott|grüezi|servus|moin|sehr geehrte[rs]?|liebe[rs]?|bonjour"
    r"|madame|monsieur|cher|chère|hola|buen(?:os|as) (?:días|tardes)|estimad[oa]s?|buongiorno"
    r"|gentile|ciao|olá|prezad[oa]|caro|cara|hej|hei|goedemorgen|goedemiddag|beste"
    r"|dzień dobry|szanown[ay]|sæl|sæll|góðan dag)\b",
    re.I,
)


@dataclass
class Built:
    text: str
    messages: list[Message]
    regions: list[tuple[int, int]]  # spans of inbound message content (what is analysed)
    signatures: list[tuple[int, int]] = field(default_factory=list)
    subject: tuple[int, int] | None = None
    first: RawMessage | None = None
    user_initiated: bool = False
    # a job page's reference numbers and the like: read for no field (never pay)
    ignored: list[tuple[int, int]] = field(default_factory=list)


def build_item(
    doc: Document,
    source: Source,
    limits: Limits,
    *,
    brief: bool = False,
) -> ParsedItem:
    """The item of a document, every field found but its positions' occupations and skills
    (`code_item` adds those: they need the language indexes, which a big batch's workers do
    without).

    ``brief``: a message that is no opportunity (not outreach, and no posting) is judged as
    it would be, but its recruiter, next step and dates are not read, nor its positions'
    companies refined: a batch being stored keeps of such a message only the messages and the
    verdict (nearly half the conversations of the benchmark exports: friends, sellers …)."""
    warnings = list(doc.warnings)
    built = _build_text(doc, limits, warnings)
    text = built.text
    kind = doc.kind
    if kind == "message" and _looks_like_posting(text):
        kind = "posting"
    elif kind == "posting" and not doc.structured and _GREETING.match(text):
        kind = "message"  # an e-mail's HTML pasted as it is: "<p>Hej Elin,</p><p>I'm …"
    structured = doc.structured
    prescore = None
    if kind != "posting":
        prescore = outreach.score(text, regions=built.regions)
    if prescore is not None and prescore[2] and _hopeless(prescore, text):
        segments: list[Segment] = []
    elif kind == "posting":
        segments = _posting_segments(text, built, structured)
        if doc.page is not None:
            built.ignored = [(f.start, f.end) for f in doc.page.fields if f.kind == "identifier"]
    else:
        segments = split_positions(text, built.regions, built.signatures, built.subject)
    first = built.first
    positions = [
        _position(
            text,
            seg,
            segments,
            built,
            structured[i] if i < len(structured) else None,
            kind == "posting",
            doc.page if kind == "posting" and len(segments) == 1 else None,
        )
        for i, seg in enumerate(segments)
    ]
    positions = [p for p in positions if _worth_keeping(p, kind)] or positions[:1]
    if not segments:
        positions = []
    if brief and kind != "posting" and (first is None or not first.quoted):
        assert prescore is not None
        verdict = outreach.decide([*_caller_cues(positions, built), *prescore[2]])
        if not verdict[0]:
            _titles_without_companies(positions)  # the title the report names it by
            return _item(doc, built, kind, verdict, Recruiter(), positions, None, [], warnings,
                         source)
    company_hint = positions[0].company if positions else None
    if (
        company_hint is None
        and positions
        and built.subject
        and kind != "posting"
        and inhouse_team_line(text)
    ):  # "Talent Acquisition" signs for the company the subject names: known before the
        # recruiter is decided (a bare first name signs for no one in particular)
        company_hint = _subject_company(text, positions[0], built.subject)
    recruiter = Recruiter()
    if kind != "posting" and first is not None:
        recruiter = find_recruiter(
            Context(
                text=text,
                sender=first.sender,
                sender_email=first.sender_email,
                sender_profile_url=first.sender_profile_url,
                signature=built.signatures[0] if built.signatures else None,
            ),
            company_hint,
        )
        _fill_company_from_recruiter(positions, recruiter)
    if positions:
        from sidedoor.intake.fields import weak_company

        for p in positions:
            weak_company(text, p, built.subject, built.regions, kind == "posting")
    if kind != "posting" and first is not None and first.quoted:
        _quoted_company(text, first.quoted, positions, recruiter)
    if kind != "posting":
        _fuller_names(text, positions, recruiter)
        _place_tails(text, positions, recruiter)
        _not_the_agency(positions, recruiter)
        _only_names(positions)
    if kind == "posting":
        is_outreach, confidence = False, 1.0
        fired: list[outreach.Fired] = []
    else:
        extra = _caller_cues(positions, built)
        assert prescore is not None
        if first is not None and first.quoted:
            earlier = _quoted_pitch(text, first.quoted, recruiter)
            if earlier is not None:  # the recruiter's earlier pitch, quoted below the reply
                if not any(_own_role(p, built.subject) for p in positions) or _same_role(
                    positions, earlier.positions
                ):
                    # a follow-up: the role is the one its quoted pitch names (what the
                    # follow-up says of it itself wins: "the client has confirmed £90,000")
                    positions = _follow_up(positions, earlier.positions, text)
                extra.append(
                    outreach.fired_by_caller(
                        "quoted_outreach", None, None, "the recruiter's earlier message, quoted"
                    )
                )
        is_outreach, confidence, fired = outreach.decide([*extra, *prescore[2]])
        _no_amounts_or_numbers(positions, recruiter)
        if positions and all(p.company is None for p in positions):  # (outreach or not)
            _ranked_company(text, positions, recruiter)
        if positions and all(p.company is None for p in positions):
            _signed_in_script(text, positions, recruiter)
        _inhouse_company(text, positions, recruiter)
        _only_names(positions)  # (again: the in-house recruiter's company copied in)
        _subsidiary_named(text, positions)
        _without_legal_forms(positions, recruiter)
        _fuller_company(text, positions, recruiter)
        _names_written_whole(text, positions, recruiter)
        _company_in_title_tail(text, positions)
        _titles_without_companies(positions)
        workplace_model.place(text, positions)  # on site where the work can only be there
    step = find_next_step(text, *_span(built)) if kind != "posting" else None
    lo, hi = _span(built)
    dates = [
        DateMention(text=d.text, date=d.iso, evidence=_ev(text, d.start, d.end))
        for d in find_dates(text, lo, hi)
    ]
    return _item(doc, built, kind, (is_outreach, confidence, fired), recruiter, positions,
                 step, dates, warnings, source)


def _caller_cues(positions: list[Position], built: Built) -> list[outreach.Fired]:
    """The outreach cues the analysis adds to the text's own: a job title found, the user
    having written first."""
    extra = []
    if any(p.title for p in positions):
        ev = positions[0].evidence.get("title")
        extra.append(
            outreach.fired_by_caller(
                "job_title",
                ev.start if ev else None,
                ev.end if ev else None,
                ev.text if ev else positions[0].title or "",  # "Welders" for "Welder"
            )
        )
    if built.user_initiated:
        extra.append(outreach.fired_by_caller("user_initiated", None, None, "the user wrote first"))
    offer = next((p for p in positions if p.title and p.pay.disclosed), None)
    if offer is not None and len(built.text) <= _SHORT_NOTE:
        note = "a role and its pay, in a short note"
        extra.append(outreach.fired_by_caller("short_offer", None, None, note))
    return extra


_SHORT_NOTE = 700  # characters: a text message or a terse InMail


def _same_role(ours: list[Position], earlier: list[Position]) -> bool:
    """One role in the reply and in its quoted pitch, by the same title."""
    if len(ours) != 1 or len(earlier) != 1 or not ours[0].title or not earlier[0].title:
        return False
    return ours[0].title.casefold().split() == earlier[0].title.casefold().split()


def _own_role(position: Position, subject: tuple[int, int] | None) -> bool:
    """A reply names the role itself (a title outside its subject line, or pay), so that it
    keeps its own positions; else it is a follow-up, whose role its quoted pitch names (a
    role only in its "Re:" subject is the pitch's)."""
    if not position.title:
        return False

    def in_subject(key: str) -> bool:
        ev = position.evidence.get(key)
        return (
            subject is not None
            and ev is not None
            and ev.start is not None
            and subject[0] <= ev.start < subject[1]
        )

    # ("RE: Senior Data Engineer – Dublin – €85-95k": title and pay both the subject's)
    return not in_subject("title") or (position.pay.disclosed and not in_subject("pay"))


# a sentence, not a name: a Japanese full stop, a long run of words with a sentence's full stop
# inside ("St. Mary's Hospital", "Hale Bros. Co" are names), or too long for a name
_SENTENCE_STOP = re.compile(r"[a-z]{3,}[.!?]\s")


def _sentence_not_name(name: str) -> bool:
    return (
        len(name) > 80
        or "。" in name
        or (len(name.split()) >= 6 and _SENTENCE_STOP.search(name) is not None)
    )


def _item(
    doc: Document,
    built: Built,
    kind: str,
    verdict: tuple[bool, float, list[outreach.Fired]],
    recruiter: Recruiter,
    positions: list[Position],
    step: StepFinding | None,
    dates: list[DateMention],
    warnings: list[str],
    source: Source,
) -> ParsedItem:
    """The item, from what `build_item` found (``verdict``: outreach or not, confidence, cues)."""
    text = built.text
    is_outreach, confidence, fired = verdict
    item_id = content_id(kind, text)
    holders: list[Position | Recruiter] = [*positions, recruiter]
    for holder in holders:
        if holder.company and _sentence_not_name(holder.company):
            holder.company = None  # a page's tagline read as its company
            holder.evidence.pop("company", None)
    return ParsedItem(
        id=item_id,
        kind=kind,
        is_recruiter_outreach=is_outreach,
        is_opportunity=is_outreach or (kind == "posting" and any(p.title for p in positions)),
        confidence=confidence,
        cues=[
            Cue(
                name=f.name,
                weight=f.weight,
                evidence=Evidence(
                    start=f.start,
                    end=f.end,
                    text=f.text,
                    origin="text" if f.start is not None else "header",
                ),
            )
            for f in fired
        ],
        recruiter=recruiter,
        positions=positions
        if (is_outreach or kind == "posting" or any(p.title for p in positions))
        else [],
        next_step=NextStep(
            kind=step.kind, text=step.text, when=step.when, evidence=_ev(text, step.start, step.end)
        )
        if step
        else None,
        dates=dates,
        messages=built.messages,
        thread_key=doc.thread_key or f"item:{item_id[:32]}",
        text=text,
        source=source,
        warnings=warnings,
    )


def _subject_company(text: str, position: Position, subject: tuple[int, int]) -> str | None:
    """The company the subject line names ("TSMC – Process Integration Engineer"), known before
    the recruiter is decided (an in-house recruiter works for it); the position takes it later,
    as a last resort, after the recruiter's own company."""
    from sidedoor.intake.extract.company import company_in_subject

    title = position.evidence.get("title")
    span = None
    if title is not None and title.start is not None and title.end is not None:
        span = (title.start, title.end)
    found = company_in_subject(text, subject, span)
    return found.value if found else None


#: skip looking for the positions of a message that cannot be outreach (`_hopeless`)
SKIP_HOPELESS = True


def _hopeless(prescore: tuple[bool, float, list[outreach.Fired]], text: str) -> bool:
    """Not outreach even if a job title were found: skip position extraction (speed); never
    where a line labels the position ("Position: Fleet Data Analyst"), nor while the outreach
    weights are being fitted (`SKIP_HOPELESS` off: every cue the text has is seen)."""
    return (
        SKIP_HOPELESS
        and outreach.best_with_a_title(prescore[2]) < 0
        # (not for a referral ask alone: recruiters add it after offering the role)
        and any(f.weight < 0 and f.name != "referral_ask" for f in prescore[2])
        and _POSITION_LABEL.search(text) is None
    )


_POSITION_LABEL = re.compile(
    r"(?im)^[ \t]*(?:position|job title|job|role|vacancy|puesto|vaga|cargo|poste|stelle)[ \t]*:"
)


def _span(built: Built) -> tuple[int, int]:
    if not built.regions:
        return 0, len(built.text)
    return min(s for s, _ in built.regions), max(e for _, e in built.regions)


def _ev(text: str, start: int, end: int) -> Evidence:
    return Evidence.span(text, start, end)


def _looks_like_posting(text: str) -> bool:
    return len(_POSTING_HEADINGS.findall(text)) >= 2 and not _GREETING.match(text)


def _build_text(doc: Document, limits: Limits, warnings: list[str]) -> Built:
    if doc.kind == "posting" or not doc.messages:
        text = doc.text
        if len(text) > limits.max_text_chars:
            text = text[: limits.max_text_chars]
            warnings.append(f"text cut to {limits.max_text_chars:,} characters")
        return Built(text=text, messages=[], regions=[(0, len(text))])
    msgs = (
        sorted(doc.messages, key=lambda m: m.date or "")
        if doc.kind == "conversation"
        else doc.messages
    )
    inbound = [m for m in msgs if m.direction != "outbound" and not m.draft]
    included = inbound or [m for m in msgs if not m.draft] or msgs
    parts: list[str] = []
    pos = 0
    built = Built(text="", messages=[], regions=[])
    built.user_initiated = bool(msgs) and msgs[0].direction == "outbound"
    included_ids = {id(m) for m in included}
    subject = next((m.subject for m in included if m.subject), None)
    if subject:
        line = f"Subject: {subject}"
        parts.append(line)
        built.subject = (len("Subject: "), len(line))
        pos = len(line) + 2
    for m in msgs:
        offset = None
        if id(m) in included_ids and pos < limits.max_text_chars:
            body = m.body
            offset = pos
            parts.append(body)
            start = pos
            pos += len(body) + 2
            if m.signature:
                parts.append(m.signature)
                built.signatures.append((pos, pos + len(m.signature)))
                pos += len(m.signature) + 2
            built.regions.append((start, pos - 2))
            if built.first is None:
                built.first = m
        built.messages.append(
            Message(
                id=content_id(m.sender, m.date, m.body),
                sender=m.sender,
                sender_email=m.sender_email,
                sender_profile_url=m.sender_profile_url,
                to=m.to,
                date=m.date,
                subject=m.subject,
                body=m.body,
                quoted=m.quoted,
                signature=m.signature,
                direction=m.direction,
                offset=offset,
                attachments=m.attachments,
                draft=m.draft,
                message_id=m.message_id,
                forwarded=m.forwarded,
                forwarded_by=m.forwarded_by,
                forward_note=m.forward_note,
            )
        )
    text = "\n\n".join(parts)
    if len(text) > limits.max_text_chars:
        warnings.append(f"text cut to {limits.max_text_chars:,} characters")
        text = text[: limits.max_text_chars]
        built.regions = [(s, min(e, len(text))) for s, e in built.regions if s < len(text)]
        built.signatures = [(s, min(e, len(text))) for s, e in built.signatures if s < len(text)]
    built.text = text
    if built.subject:
        built.regions.insert(0, built.subject)
    return built


def _posting_segments(
    text: str, built: Built, structured: list[StructuredPosting]
) -> list[Segment]:
    if len(structured) > 1:
        return [Segment(None, 0, len(text)) for _ in structured]
    title = heading_title(text) or best_title(text, built.regions, [])
    return [Segment(title, 0, len(text))]


def _worth_keeping(position: Position, kind: str) -> bool:
    return bool(position.title or position.pay.disclosed or kind == "posting")


def _shared(seg: Segment, segments: list[Segment], built: Built) -> list[tuple[int, int]]:
    """The text about no position in particular: regions minus the other positions' segments."""
    others = [  # this position's own spans come first in its order already
        span for s in segments if len(segments) > 1 for span in [(s.start, s.end), *s.extra]
    ]
    out: list[tuple[int, int]] = []
    for start, end in built.regions:
        cuts = sorted(o for o in others if o[0] < end and start < o[1])
        pos = start
        for s, e in cuts:
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < end:
            out.append((pos, end))
    return out


def _position(
    text: str,
    seg: Segment,
    segments: list[Segment],
    built: Built,
    sp: StructuredPosting | None,
    posting: bool = False,
    page: PageHints | None = None,
) -> Position:
    from sidedoor.intake.fields import fill_position, listed_by_field

    own = [(seg.start, seg.end), *seg.extra]
    multi = len(segments) > 1
    order = [*own, *_shared(seg, segments, built)] if multi else built.regions
    if page is not None and not multi:
        order = _fields_first(order, page)
    position = fill_position(
        text,
        seg,
        order,
        built.signatures + built.ignored,
        sp,
        multi=multi,
        posting=posting,
        own=own if multi else None,
        listed=multi and not posting and listed_by_field(text, segments),
    )
    if page is not None:
        _apply_page(text, position, sp, page)
    position._skills_from = (seg.start, seg.end) if len(segments) > 1 else (0, len(text))
    return position


def code_item(
    item: ParsedItem, title_coder: TitleCoder | None, skill_extractor: SkillExtractor | None
) -> ParsedItem:
    """`code_position` for each of the item's positions; the item, for convenience."""
    for position in item.positions:
        code_position(item.text, position, title_coder, skill_extractor)
    return item


def code_position(
    text: str,
    position: Position,
    title_coder: TitleCoder | None,
    skill_extractor: SkillExtractor | None,
) -> None:
    """The position's occupation (its title coded) and skills (read from its part of the item's
    ``text``, or from the quoted message it came from: then its words are the evidence, not a
    span), with the hooks there are; skills are read once. A skill named several times is
    listed once, with its first mention as evidence, required when any mention is (else
    nice-to-have when any mention is)."""
    if title_coder is not None and position.title:
        codes = list(title_coder(position.title))[:5]
        position.occupation_candidates = [
            Occupation(code=c, title=t, score=float(s)) for c, t, s in codes
        ]
        position.occupation = position.occupation_candidates[0] if codes else None
    source = position._skills_from
    if skill_extractor is None or source is None:
        return
    position._skills_from = None
    quoted = isinstance(source, str)
    lo, hi = (0, len(source)) if isinstance(source, str) else source
    window = source if isinstance(source, str) else text[lo:hi]
    named: dict[tuple[str, str | None], Skill] = {}
    for span in skill_extractor(window):
        seen = named.get((span.label, span.kind))
        if seen is not None:
            if span.required is not None and seen.required is not True:
                seen.required = span.required
            continue
        named[span.label, span.kind] = skill = Skill(
            label=span.label,
            kind=span.kind,
            required=span.required,
            evidence=Evidence(start=None, end=None, text=window[span.start : span.end],
                              origin="quoted")
            if quoted
            else _ev(text, lo + span.start, lo + span.end),
        )
        position.skills.append(skill)


def _apply_page(
    text: str, position: Position, sp: StructuredPosting | None, page: PageHints
) -> None:
    """A page read from its visible text: its heading is the title, and the employer is the
    name its cues (page title, logo, "Company:" field, the line under the heading …) and the
    text's own phrasing agree on. Structured data (JSON-LD) keeps the last word."""
    from sidedoor.intake.extract.title import seniority_from_title
    from sidedoor.intake.readers.html import page_company

    ev = position.evidence
    changed = False
    hint = page.title
    if (
        not (sp and sp.title)
        and hint is not None
        and hint.value != position.title
        and (hint.source == "heading" or position.title is None)
    ):
        position.title = hint.value
        ev["title"] = _cue_evidence(text, hint)
        changed = True
    if not (sp and sp.company):
        found = None
        if position.company:
            at = ev.get("company")
            found = PageCue(
                value=position.company,
                weight=1.5,
                source="text",
                start=at.start if at else None,
                end=at.end if at else None,
            )
        chosen = page_company(page, text, found)
        if chosen is not None and chosen.value != position.company:
            position.company = chosen.value
            ev["company"] = _cue_evidence(text, chosen)
            changed = True
        from sidedoor.intake.fields import agency_for_client

        if position.company and agency_for_client(text, position.company):
            # an agency's page ("On behalf of our client, Brightwater Energy, …"): the client
            # it names, or none
            client = find_company(text)
            named = client is not None and not is_agency_name(client.value)
            position.company = client.value if client is not None and named else None
            ev.pop("company", None)
            if client is not None and named:
                ev["company"] = Evidence.span(text, client.start, client.end)
            changed = True
    if changed:
        position.seniority = seniority_from_title(position.title) if position.title else None
        ev.pop("seniority", None)
        if position.seniority and "title" in ev:
            ev["seniority"] = ev["title"]
        first_location = position.locations[0] if position.locations else None
        position.key = content_id(position.title, position.company, first_location)


_FIRST_FIELDS = frozenset({"pay", "workplace", "location"})


def _fields_first(order: list[tuple[int, int]], page: PageHints) -> list[tuple[int, int]]:
    """A page's labelled pay, workplace and location fields ("Salary: £37,155 - £40,200") are
    read before its prose, where a "GWP target of ₹85 crore" or another office may come first."""
    first = [(f.start, f.end) for f in page.fields if f.kind in _FIRST_FIELDS]
    if not first:
        return order
    return [*first, *minus_spans(order, first)]


def _cue_evidence(text: str, cue: PageCue) -> Evidence:
    if cue.start is not None and cue.end is not None:
        return Evidence.span(text, cue.start, cue.end)
    return Evidence(start=None, end=None, text=cue.value, origin=cue.origin)


def _words(text: str) -> list[str]:
    return text.split()


# who wrote a quoted message: "On Fri, Mar 14, 2025 at 4:51 PM Sofia Lindqvist <s@x.com> wrote:",
# "From: Sofia Lindqvist <s@x.com>", "Am … schrieb Sofia <s@x.com>:", "Le … a écrit :"
_ATTRIBUTION = re.compile(
    r"^(?:(?:From|Von|De|Da|Van|Från|Fra|Od)\s?:\s*(?P<from>[^<\[\n]*?)\s*"
    # (Outlook may leave the address out: "From: Rory Adebayo")
    r"(?:(?:<|\[mailto:)(?P<from_email>[^>\]\s]+@[^>\]\s]+)[>\]]|$)"
    # (the address may be missing: "On Thu, 6 Mar 2025 at 10:15, Ciarán Byrne wrote:")
    r"|(?:On|Am|Le|El|Em|Il|Op|Den)\b.*?(?P<wrote>[^,<\n]*?)\s*"
    r"(?:(?:<|\[mailto:)(?P<wrote_email>[^>\]\s]+@[^>\]\s]+)[>\]])?"
    r"\s*(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev)\s?:"
    # the name after the verb: "Am Mo., 10. März 2025 um 09:05 Uhr schrieb Henrike Baumgart
    # <h.baumgart@kranich-personal.de>:"
    r"|(?:Am|Le|El|Em|Il|Op|Den)\b.*?\s(?:schrieb|a écrit|escribió|escreveu|ha scritto|schreef"
    r"|skrev)\s(?P<after>[^<\n:]*?)\s*(?:(?:<|\[mailto:)(?P<after_email>[^>\]\s]+@[^>\]\s]+)"
    r"[>\]])?\s?:)",
)
_GREETED = re.compile(
    r"^\s*(?:hi|hello|hey|dear|hallo|hola|olá|oi|bonjour|ciao)\s+(?P<name>\w+)", re.I
)
_FREE_MAIL = frozenset(
    _words(
        """
        gmail googlemail yahoo hotmail outlook live icloud me aol proton protonmail gmx web mail
        fastmail
        """
    )
)


def _quoted_blocks(quoted: str) -> list[tuple[str, str, str]]:
    """The quoted earlier messages of a thread: (author, author's e-mail, text), with the
    quote marks taken off, in the order they are quoted (latest first)."""
    blocks: list[tuple[str, str, list[str]]] = []
    for raw in quoted.split("\n"):
        line = re.sub(r"^(?:\s*>)+ ?", "", raw).rstrip()
        found = _ATTRIBUTION.match(line.strip())
        if found:
            author = (
                found.group("from") or found.group("wrote") or found.group("after") or ""
            ).strip(" \"'")
            email = (
                found.group("from_email")
                or found.group("wrote_email")
                or found.group("after_email")
                or ""
            )
            blocks.append((author, email.lower(), []))
        elif blocks and not re.match(
            r"(?:Sent|Gesendet|Envoyé|Enviado|To|An|À|Para|Cc|Subject"
            r"|Betreff|Objet|Asunto|Assunto|Date|Datum)\s?:",
            line,
        ):
            blocks[-1][2].append(line)
    return [(a, e, "\n".join(lines).strip()) for a, e, lines in blocks]


def _first_name(name: str | None) -> str:
    words = re.findall(r"\w+", name or "")
    return words[0].lower() if words else ""


def _recruiters_quoted(text: str, quoted: str, recruiter: Recruiter) -> tuple[str, str | None]:
    """The text of the quoted messages the recruiter wrote, and their e-mail: the author who
    shares the recruiter's first name, else one who is not the person the reply greets."""
    blocks = [b for b in _quoted_blocks(quoted) if b[2]]
    if not blocks:
        # one quoted message, its attribution ("Em seg., 3 de mar. …, Rafael Lima <…>
        # escreveu:") left above the quote marks, in the reply's text
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        said = [b for line in lines if _ATTRIBUTION.match(line) for b in _quoted_blocks(line)]
        if said:
            body = "\n".join(re.sub(r"^(?:\s*>)+ ?", "", raw) for raw in quoted.split("\n"))
            blocks = [(said[-1][0], said[-1][1], body.strip())]
    ours = _first_name(recruiter.name)
    mine = [b for b in blocks if ours and _first_name(b[0]) == ours]
    if not mine and not ours:
        # a reply signed with a bare first name ("Gintarė") that the quoted author shares
        reply = text[: max(0, text.find(quoted[:40]))] if quoted[:40] in text else text
        signed = {w.lower() for w in re.findall(r"(?m)^\s*([^\W\d_]{2,})\s*$", reply)}
        mine = [b for b in blocks if _first_name(b[0]) and _first_name(b[0]) in signed]
    if not mine:
        greeted = _GREETED.search(text)
        reader = greeted.group("name").lower() if greeted else ""
        mine = [
            b
            for b in blocks
            if _first_name(b[0]) != reader and b[1].split("@")[-1].split(".")[0] not in _FREE_MAIL
        ]
    email = next((b[1] for b in mine if b[1]), None)
    return "\n\n".join(b[2] for b in reversed(mine)), email


# what a follow-up says itself wins over its quoted pitch ("they've moved the range up to …")
_FOLLOW_UP_FIELDS: tuple[tuple[str, object], ...] = (
    ("company", None),
    ("workplace", "unknown"),
    ("office_days_per_week", None),
    ("locations", []),
    ("remote_from", []),
    ("benefits", []),
    ("employment_type", None),
    ("industry", None),
    ("company_size", None),
)


def _follow_up(ours: list[Position], earlier: list[Position], text: str) -> list[Position]:
    """A follow-up's position(s): the quoted pitch's roles, with what the follow-up itself
    states (a new pay range, the workplace, benefits) taking precedence for a single role (but
    not a figure it sets against the pitch's range: "$100K is above the approved band")."""
    if len(ours) != 1 or len(earlier) != 1:
        return earlier if not ours or len(earlier) > 1 else ours
    mine, pitched = ours[0], earlier[0]
    merged = pitched.model_copy(deep=True)
    for name, empty in _FOLLOW_UP_FIELDS:
        value = getattr(mine, name)
        if name == "benefits" and value:
            # both messages' benefits: "plus up to 15% bonus" adds to the pitch's pension
            named = {b.name for b in value}
            value = [*value, *(b for b in merged.benefits if b.name not in named)]
        if value != empty:
            setattr(merged, name, value)
            for key, ev in mine.evidence.items():
                if key == name or key.startswith(f"{name}.") or key.startswith(f"{name}_"):
                    merged.evidence[key] = ev
    if mine.pay.disclosed and not _against_the_range(text, mine, pitched):
        merged.pay = mine.pay
        for key, ev in mine.evidence.items():
            if key == "pay" or key.startswith("pay."):
                merged.evidence[key] = ev
    return [merged]


def _against_the_range(text: str, mine: Position, pitched: Position) -> bool:
    """The follow-up's single figure is compared with the pitch's range (on its line, within
    100 characters of it): the reader's pay or ask, not the role's ("Mit 118.000 € liegen Sie
    gut innerhalb des Rahmens")."""
    ev = mine.evidence.get("pay")
    if (
        ev is None
        or ev.start is None
        or ev.end is None
        or mine.pay.min != mine.pay.max
        or pitched.pay.min is None
        or pitched.pay.max is None
        or pitched.pay.min >= pitched.pay.max
    ):
        return False
    lo = max(text.rfind("\n", 0, ev.start) + 1, ev.start - 100)
    hi = min(x for x in (text.find("\n", ev.end), len(text), ev.end + 100) if x >= 0)
    return _RANGE_COMPARED.search(text, lo, hi) is not None


# a figure set against a role's range: "above the approved band", "innerhalb des Rahmens"
_RANGE_COMPARED = re.compile(
    r"\b(?:above|below|within|outside|over|under|innerhalb|außerhalb|über|unter|au-dessus"
    r"|en dessous|dans|hors)\b(?: \w+){0,3} (?:band|range|budget|bracket|rahmens?|budgets?"
    r"|fourchette|spanne|gehaltsband)\b",
    re.I,
)


def _quoted_pitch(text: str, quoted: str, recruiter: Recruiter) -> ParsedItem | None:
    """The recruiter's earlier message that a follow-up quotes, when it is outreach with a
    role; its positions' evidence becomes "quoted" (it is not part of the item's text), and so
    will their skills' (`code_position`)."""
    from sidedoor.intake.pipeline import parse_bytes

    body, _email = _recruiters_quoted(text, quoted, recruiter)
    if not body.strip():
        return None
    items = parse_bytes(body.encode("utf-8"), fmt="text").items
    if not items or not items[0].is_recruiter_outreach:
        return None
    earlier = items[0]
    if not any(p.title for p in earlier.positions):
        return None
    for p in earlier.positions:
        p.evidence = {
            key: ev if ev.start is None else _quoted(ev.text, None, body)
            for key, ev in p.evidence.items()
        }
        for benefit in p.benefits:
            if benefit.evidence.start is not None:
                benefit.evidence = _quoted(benefit.evidence.text, None, body)
        if isinstance(p._skills_from, tuple):
            p._skills_from = earlier.text[p._skills_from[0] : p._skills_from[1]]
    return earlier


def _quoted(value: str, evidence: Evidence | None, text: str) -> Evidence:
    """Evidence for a value read from quoted messages: no span of the item's text."""
    phrase = value
    if evidence is not None and evidence.start is not None and evidence.end is not None:
        phrase = text[evidence.start : evidence.end]
    return Evidence(start=None, end=None, text=phrase, origin="quoted")


def _fuller_in_quoted(quoted: str, positions: list[Position]) -> None:
    """A follow-up that names the client short ("the hiring manager at Mercy Valley") where the
    quoted first message writes it in full ("… with Mercy Valley Health, a 9-hospital system")."""
    from sidedoor.intake.extract.company import ORG_WORDS

    for p in positions:
        if not p.company or len(p.company) < 3:
            continue
        for _, more in literal_matches(quoted, p.company, NAME_START, _MORE_WORDS):
            assert more is not None
            if ORG_WORDS.search(more.group(0)):
                p.company += more.group(0)  # the evidence: the quoted message's words
                p.evidence["company"] = Evidence(
                    start=None, end=None, text=p.company, origin="quoted"
                )
                break


# one or two capitalised words after a name (found by `literal_matches`): "Mercy Valley" +
# " Health"
_MORE_WORDS = re.compile(r"(?:[ ][A-Z][\w&'’-]*){1,2}(?![\w&'’-])")


def _quoted_company(
    text: str, quoted: str, positions: list[Position], recruiter: Recruiter
) -> None:
    """A reply that names no company ("Great question - the range is …"): the recruiter's
    company and the hiring company from the earlier messages it quotes (and their sender's
    e-mail domain). `ParsedItem.text` stays as it is: the evidence has origin "quoted"."""
    _fuller_in_quoted(quoted, positions)
    need = [p for p in positions if p.company is None]
    in_house = recruiter.agency is False and recruiter.company is not None
    if recruiter.company is not None and not need and not in_house:
        return
    body, email = _recruiters_quoted(text, quoted, recruiter)
    if not body:
        return
    said = agency_cue(body) if in_house and "agency" not in recruiter.evidence else None
    if said is not None:  # the recruiter's first message names its client ("I'm working with
        # Hollins & Vale, the commercial disputes firm, on …"): an agency after all, whose own
        # name is no position's company
        recruiter.agency = True
        recruiter.evidence["agency"] = _quoted(said.group(0), _ev(body, *said.span()), body)
        for p in positions:
            if _same_name(p.company, recruiter.company):
                p.company = None
                p.evidence.pop("company", None)
        need = [p for p in positions if p.company is None]
    if recruiter.company is not None and not need:
        return
    hint = next((p.company for p in positions if p.company), None)
    if recruiter.company is None:
        found = find_recruiter(Context(text=body, sender_email=email), hint)
        if found.company:
            recruiter.company = found.company
            recruiter.evidence["company"] = _quoted(
                found.company, found.evidence.get("company"), body
            )
            if recruiter.agency is None and found.agency is not None:
                recruiter.agency = found.agency
                if "agency" in found.evidence:
                    cue = found.evidence["agency"]
                    recruiter.evidence["agency"] = _quoted(cue.text, cue, body)
    if not need:
        return
    hit = find_company(body)
    for p in need:
        if hit is not None:
            p.company = hit.value
            p.evidence["company"] = _quoted(hit.value, _ev(body, hit.start, hit.end), body)
    _fill_company_from_recruiter(need, recruiter)


_HONORIFIC = re.compile(r"(?:님|様|さん|씨)$")


def _no_amounts_or_numbers(positions: list[Position], recruiter: Recruiter) -> None:
    """A "company" that is an amount of money or mostly digits ("(330) 555-0182", a subject's
    "SGD 9-11k") is none: the ranker may find the name."""
    from sidedoor.intake.extract.company_rank import plausible_name
    from sidedoor.intake.extract.title import HEADS, ROMANCE_HEADS

    holders: list[Position | Recruiter] = [*positions, recruiter]
    for holder in holders:
        name = holder.company
        if name and (
            not plausible_name(name)
            # a person greeted with an honorific ("Seojun님", "田中様")
            or _HONORIFIC.search(name)
            # a job noun alone ("Coordinador", "Leader"): a title's word, not a company
            or (" " not in name and name.lower() in HEADS | ROMANCE_HEADS)
        ):
            holder.company = None
            holder.evidence.pop("company", None)


def _without_legal_forms(positions: list[Position], recruiter: Recruiter) -> None:
    """Companies as people name them, without "GmbH", "PJSC", "Sdn Bhd", nor the unit before
    an organisation's name ("Programmes Directorate of …"; the evidence keeps the text as
    written)."""
    from sidedoor.intake.extract.company import is_city, is_country, strip_legal, without_unit

    holders: list[Position | Recruiter] = [*positions, recruiter]
    for holder in holders:
        if holder.company:
            name = holder.company
            if "(" in name and ")" not in name:  # "Saffron (Saffron Digital Payments Pvt. Ltd.)"
                name = name.split("(", 1)[0].strip() or name
            name = _GERMAN_ARTICLE.sub("", strip_legal(without_unit(name)))
            place = _PLACE_IN_BRACKETS.search(name)
            if place and (is_city(place.group(1)) or is_country(place.group(1))):
                name = name[: place.start()]  # "Maison Verlaine (Hong Kong) Ltd": a branch's place
            holder.company = name


_PLACE_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,30})\)$")

# the word of a body's kind that ends its full name: "Avonmere Housing Association"
_BODY_KIND = (
    r"Association|Society|Trust|Foundation|Council|Authority|Partnership|Hospital|University"
    r"|College|Institute|Co-operative|Cooperative|Federation"
)

_BODY_KIND_END = re.compile(rf"(?:{_BODY_KIND})$")
_BODY_KIND_AFTER = re.compile(rf"[ ](?:{_BODY_KIND})\b")
_SPACING = re.compile(r"[\s-]+")
# the word of a body's kind before "for": "Centre for Health Policy Research"
_BODY_HEAD = (
    r"Centre|Center|Institute|Society|Foundation|Council|Office|Agency|Commission|Alliance"
    r"|Association|Federation|Network|Coalition|Fund|Trust|Department|Ministry|School|College"
)
_BODY_HEAD_BEFORE = re.compile(rf"\b(?:{_BODY_HEAD}) for (?:the )?$")


def _fuller_company(text: str, positions: list[Position], recruiter: Recruiter) -> None:
    """A company named short ("Interim FBP – Avonmere Housing" in the subject) that the text
    also names whole ("Avonmere Housing Association need an …", "the Centre for Health Policy
    Research"), or a domain's spelling the text writes otherwise ("Meadow Bank Health",
    "Meadowbank Health"): the text's whole name. (No pattern is built per name: a batch
    imports thousands of messages.)"""
    holders: list[Position | Recruiter] = [*positions, recruiter]
    squeezed: str | None = None  # the text without spaces and hyphens, when needed
    for holder in holders:
        name = holder.company
        if not name:
            continue
        span = _whole_name(text, name)
        if span is None:
            if name in text or " " not in name:
                continue
            if squeezed is None:
                squeezed = _SPACING.sub("", text.lower())
            if _SPACING.sub("", name.lower()) not in squeezed:
                continue
            # "Meadow Bank Health" from the mail domain, "Meadowbank Health" in the text
            pattern = r"[\s-]?".join(re.escape(w) for w in name.split())
            found = next(
                (
                    m for m in re.finditer(rf"\b{pattern}\b", text, re.I)
                    if m.group(0)[:1].isupper() and " " in m.group(0)
                ),
                None,
            )
            if found is None or found.group(0) == name:
                continue
            span = found.span()
        holder.company = text[span[0] : span[1]]
        if isinstance(holder, Position):
            holder.evidence["company"] = _ev(text, *span)


def _whole_name(text: str, name: str) -> tuple[int, int] | None:
    """Where the text writes ``name`` with its body's kind after it ("… Housing Association")
    or a body's head and "for" before it ("Centre for …")."""
    kind_end = _BODY_KIND_END.search(name) is not None
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole_word = (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if whole_word:
            if not kind_end:
                kind = _BODY_KIND_AFTER.match(text, end)
                if kind:
                    return at, kind.end()
            head = _BODY_HEAD_BEFORE.search(text, max(0, at - 30), at)
            if head:
                return head.start(), end
        at = text.find(name, at + 1)
    return None


# German's article before a name at a sentence's start: "Das Haus Lindenhof in Graz sucht …"
_GERMAN_ARTICLE = re.compile(r"^(?:Das|Der|Die|Dem|Den) (?=[A-ZÄÖÜ])")
# a funding stage's word before a ranked name: "a Series C Fintech"
_SERIES_BEFORE = re.compile(r"\b[Ss]eries\s$")


# a group's formal name: "Grupo Alcaraz", "Vardhan Group", "Groupe Valmoret"
_GROUP_NAME = re.compile(
    r"^(?:(?:Grupo|Groupe|Gruppo|Gruppe|Group|The)\s(?P<after>\S+)|(?P<before>\S+)\s(?:Group"
    r"|Holdings?|Gruppe|Groupe|Grupo))$"
)


_FORMERLY = re.compile(
    r"\b(?:formerly|previously|once|née|antes|anteriormente|antiga|anciennement|ex|ehemals"
    r"|vormals|già|precedentemente)\b[^.\n]{0,12}$",
    re.I,
)
_SUBSIDIARY_WORDS = re.compile(
    r"\b(?:subsidiary|subsidiaries|filial|filiale|subsidiária|controllata|Tochter\w*|arm|business"
    r"|employed (?:directly )?by|contrataci[oó]n|contratação|the position is in|employer)\b",
    re.I,
)


def _subsidiary_named(text: str, positions: list[Position]) -> None:
    """A group named as the employer where the text also names one of its companies by the
    group's word ("Grupo Alcaraz" and "Alcaraz Renovables, the renewables subsidiary of the
    group"; "Vardhan Group" and the subject's "Vardhan Chemicals Ltd"): the company hires."""
    from sidedoor.intake.extract.company import LEGAL_FORM, UPPER, is_department, names_a_place
    from sidedoor.intake.extract.company_rank import ROLE_WORD

    for p in positions:
        group = _GROUP_NAME.match(p.company or "")
        if group is None:
            continue
        core = group.group("after") or group.group("before")
        if len(core) < 3 or not core[:1].isupper():
            continue
        for match in re.finditer(
            rf"(?<![\w&'’-]){re.escape(core)}((?:[ ][{UPPER}][\w'’&-]*){{1,2}})(?![\w&'’-])", text
        ):
            extra = match.group(1).strip()
            if (
                _PARENT.search(extra)
                or ROLE_WORD.search(extra)
                or is_department(extra)
                or names_a_place(extra)
                or extra.split()[0] in {"Group", "Groupe", "Grupo", "The"}
            ):
                continue
            name = LEGAL_FORM.sub("", " " + match.group(0)).strip()
            described = _SUBSIDIARY_WORDS.search(
                text, max(0, match.start() - 80), match.end() + 80
            )
            legal = LEGAL_FORM.search(" " + text[match.start() : match.end() + 12])
            if not (described or legal or text.startswith("Subject:")):
                continue  # "Jumeirah Group" hiring for its "Jumeirah Beach Hotel": the group
            if _FORMERLY.search(text, max(0, match.start() - 30), match.start()):
                continue  # "Grupo Almena, formerly Almena Renovables": the old name
            p.company = name
            p.evidence["company"] = _ev(text, match.start(), match.start() + len(name))
            break
        else:
            _brand_in_subject(text, p)


def _brand_in_subject(text: str, position: Position) -> None:
    """A group's recruiter ("l'équipe Talent Acquisition du Groupe Valmonde") for a role the
    subject line names with another company ("Chef de projet CRM – Maison Ardelle"): one of
    the group's brands, which hires."""
    from sidedoor.intake.extract.company import company_in_subject

    first_line = text.split("\n", 1)[0]
    label = _SUBJECT_LINE.match(first_line)
    if label is None:
        return
    title = position.evidence.get("title")
    span = None
    if title is not None and title.start is not None and title.end is not None:
        span = (title.start, title.end)
    start = len(first_line) - len(first_line[label.end() :].lstrip())  # after "Subject: "
    found = company_in_subject(text, (start, len(first_line)), span)
    if found is None or _same_name(found.value, position.company):
        return
    core = (position.company or "").split()
    if any(word in found.value.split() for word in core if word not in _GROUP_WORDS):
        return  # "Valmonde Hôtels" of "Groupe Valmonde": _subsidiary_named's case
    position.company = found.value
    position.evidence["company"] = _ev(text, found.start, found.end)


_GROUP_WORDS = frozenset(
    ["Grupo", "Groupe", "Gruppo", "Gruppe", "Group", "The", "Holding", "Holdings"]
)


def _part_of_a_city(text: str, found: Candidate) -> bool:
    """The ranker's name with the word before or after it is a city ("Nẵng" of "Đà Nẵng")."""
    if found.start is None or found.end is None:
        return False
    before = re.search(r"(\S+)\s$", text[max(0, found.start - 30) : found.start])
    after = re.match(r"\s(\S+)", text[found.end : found.end + 30])
    return bool(
        (before and is_city(before.group(1).lstrip("([{“'\"") + " " + found.name))
        or (after and is_city(f"{found.name} {after.group(1).strip('.,;:!?')}"))
    )


def _places_joined(name: str) -> bool:
    """ "Alcúdia y Pollença", "Leeds & Bradford": places joined by "and"."""
    parts = re.split(r"\s(?:y|and|&|e|et|und|i)\s", name)
    return len(parts) > 1 and all(is_city(part) for part in parts)


def _company_in_title_tail(text: str, positions: list[Position]) -> None:
    """ "Re: Analytics Engineer – Loomwise" with "Loomwise are keen to …" in the body: the name
    after the title's dash is the employer, which the body speaks of as an organisation."""
    for p in positions:
        if p.company or not p.title:
            continue
        tail = re.search(r"\s[-–—|]\s*([A-Z][\w&.'’-]+)$", p.title)
        if tail is None or is_city(tail.group(1)):
            continue
        name = tail.group(1)
        said = re.search(rf"\b{re.escape(name)}(?:['’]s\s|{ORGANISATION_VERB})", text)
        if said:
            p.company = name
            p.evidence["company"] = _ev(text, said.start(), said.start() + len(name))
    for p in positions:
        if p.company or not p.title:
            continue
        # "Operations Director, Brackley Precision Components": an organisation's name after
        # the comma or dash, where a speciality would be ("Director, Regulatory Affairs")
        named = _ORG_AFTER_COMMA.search(p.title)
        if (
            named is None
            or len(p.title[: named.start()].split()) < 2  # "VP, Market Risk Analytics": a field
            or (
                ORG_WORDS.fullmatch(named.group(1).split()[0])
                and named.group(1).split()[0] not in {"Hotel", "Hotels"}
            )
        ):
            continue
        at = text.find(named.group(1))
        if at >= 0:
            p.company = named.group(1)
            p.evidence["company"] = _ev(text, at, at + len(named.group(1)))


# (the words that end an organisation's name and never a field's: not "Finance", "Analytics",
# "Lines"; or a name that opens with "The" or "Hotel")
_ORG_AFTER_COMMA = re.compile(
    r"(?:,|[ ][-–—])[ ]((?:[A-Z][\w&'’.-]*[ ]){1,4}(?:Components|Group|Holdings|Hotels?"
    r"|Resorts?|Bank|Hospitals?|Clinics?|Technologies|Industries|Labs?|Trust|Foundation"
    r"|University|College"
    r"|Corporation|Company|Airlines?|Motors|Foods|Pharmaceuticals|Therapeutics|Biosciences"
    r"|Robotics|Ventures|Ltd|Limited|Inc|GmbH|plc|PLC|LLC|School|Grammar|Academy|Council"
    r"|Hospice|Society|Authority)"
    # ("General Manager, Hotel Magnolia", "Chief Executive, The Marlow Foundation", "Head Chef
    # – The Fernwood")
    r"|(?:The|Hotel|Hôtel)(?:[ ][A-Z][\w&'’.-]*){1,4})$"
)


# the titles whose country after them is their territory, not where the job is
_TERRITORY_TITLE = re.compile(
    r"\b(?:Head|Director|VP|Vice President|Country|General|Chief|President|Sales|Lead|Manager"
    r"|Managing|Regional|Market)\b"
)


def _titles_without_companies(positions: list[Position]) -> None:
    """A title that carries its company: "Senior Gameplay Engineer – Quillfeather" (a
    subject's), "Hoshizora Games株式会社 Senior Unity Engineer" (a Japanese subject's)."""
    from sidedoor.intake.extract.title import HEADS

    for p in positions:
        title = p.title
        if not title:
            continue
        if "株式会社" in title:
            title = title.rsplit("株式会社", 1)[-1].strip() or title
        # (or its comma: "Chief Executive, The Marlow Foundation" of "The Marlow Foundation for
        # Sight")
        tail = re.search(r"(?:\s[-–—|·•]|,)\s*([^-–—|·•,]{2,})$", title)
        if (
            tail
            and tail.start() > 0
            and p.company
            and p.company.lower().startswith(tail.group(1).strip().lower())
        ):
            title = title[: tail.start()]
        head = re.match(r"([^-–—|·•]{2,}?)\s[-–—|·•]\s*(?=\S)", title)
        if head and p.company and _same_name(head.group(1), p.company):
            title = title[head.end() :]  # "Grupo Hotelero Marisma · Director de Operaciones"
        if (
            p.company
            and len(title) > len(p.company) + 3
            and title.lower().endswith(" " + p.company.lower())
        ):
            title = title[: -len(p.company)].rstrip(" ,")  # "Jefe de Tienda Almacenes Pehuén"
        place = re.search(r"\s[-–—]\s([^-–—]{2,40})$", title)
        if place and is_city(place.group(1).strip()):
            title = title[: place.start()]  # "Gerente de Planta – Querétaro": the place
        # (a country after a space, not a comma, only where it is no territory: "Head of Sales
        # France", "Country Manager Japan")
        last = title.rsplit(" ", 1)[-1].lower()
        # (a title that ends in its job noun needs no look in the gazetteer)
        spaced = not _TERRITORY_TITLE.search(title) and last not in HEADS
        for country in (
            re.search(r",\s([A-Z][\w .'’-]{1,30})$", title),
            re.search(r"(?<=\w)\s([A-Z][a-z]+)$", title) if spaced else None,
            re.search(r"(?<=\w)\s([A-Z][a-z]+ [A-Z][a-z]+)$", title) if spaced else None,
        ):
            if country and is_country(country.group(1).strip()):
                # "Country Manager, Kenya", "HVAC Supervisor Kuwait": the country
                title = title[: country.start()]
                break
        p.title = title


def _ranked_company(text: str, positions: list[Position], recruiter: Recruiter) -> None:
    """No rule found the company: the learned ranker chooses among every name the message
    offers, or none (an undisclosed client)."""
    from sidedoor.intake.extract import company_rank
    from sidedoor.intake.extract.agency import is_agency_name
    from sidedoor.intake.extract.company import (
        _whole_place,
        initials,
        readers_past,
        region_of_a_city,
    )

    if not company_rank.ENABLED:
        return
    found = company_rank.best(
        company_rank.Context(
            text=text,
            recruiter_company=recruiter.company,
            agency=recruiter.agency,
            recruiter_name=recruiter.name,
            email=recruiter.email,
            title=positions[0].title,
        )
    )
    if found is None or _agencys_own(found.name, recruiter) or is_agency_name(found.name):
        return  # an agency's own name is not the employer it recruits for
    if found.start is not None and readers_past(text, found.start):
        return  # "since your time at Chancery Lane": the reader's employer
    if found.name.split()[-1] in PAPERS:
        return  # "Working With Children Check", "White Card": a worker's papers
    if found.start is not None and _SERIES_BEFORE.search(
        text, max(0, found.start - 8), found.start
    ):
        return  # "a Series C Fintech": a funding stage and an industry
    if (
        found.start is not None
        and _POLISH_IN.search(text, max(0, found.start - 4), found.start)
        and _LOCATIVE_END.search(found.name)
    ):
        return  # "w stoczni w Gdańsku": Polish "in", a place's locative (not "w WZE S.A.")
    if found.name.isupper() and any(p.title and found.name == initials(p.title) for p in positions):
        return  # "GM – upscale Italian" for a General Manager: the title's initials
    if _job_words_only(found.name):
        return  # "Electricians – Data Centre – West Dublin": the role in the plural
    if found.start is not None and _DUTY_BULLET.match(text, text.rfind("\n", 0, found.start) + 1):
        return  # "• Partner with Model Risk Management on …": whom the role works with
    if (
        is_city(found.name)
        or is_country(found.name)
        or _whole_place(found.name)
        or region_of_a_city(found.name)
        or _part_of_a_city(text, found)
        or _places_joined(found.name)
    ):
        return  # "… a 5-star resort in Đà Nẵng": a place (or a word of one)
    evidence = (
        _ev(text, found.start, found.end)
        if found.start is not None and found.end is not None
        else Evidence(start=None, end=None, text=recruiter.email or found.name, origin="header")
    )  # a name only the sender's address spells: the address, from the mail's header
    for p in positions:
        p.company = found.name
        p.evidence["company"] = evidence
    spelled = _spelled_out(text, found.name)
    if spelled is not None:  # "Rural Health and Education" of "Foundation for Rural Health and
        # Education (FRHE)"
        for p in positions:
            p.company = spelled[0]
            p.evidence["company"] = _ev(text, spelled[1], spelled[1] + len(spelled[0]))


# a bullet of the role's duties: a marker, then a verb of working with others
_DUTY_BULLET = re.compile(
    rf"[ \t]*{DUTY_MARKER}[ \t]*(?i:partner|work|liaise|collaborate|report|engage"
    r"|coordinate|support|present|interface)\w*\b"
)


def _signed_in_script(text: str, positions: list[Position], recruiter: Recruiter) -> None:
    """A message in a script without capitals ("… في مستشفى السلامة التخصصي …" over a signature
    naming it again): the organisation it is signed for hires, and the recruiter works for it."""
    from sidedoor.intake.extract.script_names import signed_organisation

    if recruiter.agency:
        return
    found = signed_organisation(text)
    if found is None:
        return
    for p in positions:
        p.company = found.value
        p.evidence["company"] = _ev(text, found.start, found.end)
    if recruiter.company is None:
        recruiter.company = found.value
        recruiter.evidence["company"] = _ev(text, found.start, found.end)


def _job_words_only(name: str) -> bool:
    from sidedoor.intake.extract.title import HEADS

    words = [w.lower() for w in re.findall(r"[\w-]+", name)]
    return bool(words) and all(w in HEADS or (w.endswith("s") and w[:-1] in HEADS) for w in words)


_POLISH_IN = re.compile(r"(?<![\w-])(?:w|we)\s$")
_LOCATIVE_END = re.compile(r"[a-ząćęłńóśźż](?:u|ie|i|ach)$")  # "Gdańsku", "Krakowie", "Łodzi"


def _spelled_out(text: str, name: str) -> tuple[str, int] | None:
    """The whole name the text spells out before its acronym, of which ``name`` is a part."""
    return next(
        ((phrase, at) for phrase, at, _ in _acronymed(text) if name in phrase and name != phrase),
        None,
    )


def _acronymed(text: str) -> list[tuple[str, int, str]]:
    """The names the text spells out before their acronyms ("… Water and Sanitation in Africa
    (AWSA)", "The Coalition for Global Food Access (CGFA)"): (name, where, acronym)."""
    out = []
    for m in _ACRONYMED.finditer(text):
        phrase, at, abbr = m.group("phrase"), m.start("phrase"), m.group("abbr")
        if phrase.startswith("The ") and not _abbreviates(phrase, abbr):
            phrase, at = phrase[4:], at + 4
        if _abbreviates(phrase, abbr):
            out.append((phrase, at, abbr))
    return out


# a name spelled out before its acronym: "the Alliance for Water and Sanitation in Africa (AWSA)"
_SMALL = r"(?:for|of|and|in|the|de|du|des|del|la|&)"
_ACRONYMED = re.compile(
    rf"(?P<phrase>[A-Z][\w'’-]*(?:\s(?:{_SMALL}\s)*[A-Z][\w'’-]*){{1,9}})\s\((?P<abbr>[A-Z]{{2,8}})\)"
)


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w[:1].isupper())


def _abbreviates(phrase: str, abbr: str) -> bool:
    """ "AWSA" for "Alliance for Water and Sanitation in Africa" (its capitalised words), or
    "SWASA" for "Savanna Water and Sanitation Alliance" (with its "and")."""
    every = "".join(w[0] for w in phrase.split() if w.lower() not in {"of", "for"})
    return abbr in (_initials(phrase), every.upper())


# a capitalised name of several words with small words between: "Istituto Adriatico di Scienze
# del Mare", "Instituto Nacional de Pesquisas"
_NAME_RUN = re.compile(
    r"(?<![\w'’])[A-ZÀ-Þ][\w'’-]*(?:\s(?:(?:di|de|del|della|des|du|da|do|dos|das|of|for|and|the"
    r"|für|van|von|der|la|le|y|e|et|&)\s)*[A-ZÀ-Þ][\w'’-]*){2,9}"
)


def _spelled_initials(text: str, short: str) -> tuple[str, int] | None:
    """The name whose capitalised words' initials spell `short` (a sender's domain: "Iasm" for
    "Istituto Adriatico di Scienze del Mare"), if the text writes one."""
    want = short.upper()
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        for i in range(len(words)):  # "l'Istituto …": the run may start a word early
            phrase = " ".join(words[i:])
            if _initials(phrase) == want and words[i][:1].isupper():
                at = match.start() + len(" ".join(words[:i])) + (1 if i else 0)
                return phrase, at
    return None


_INITIALS_WORD = re.compile(r"[A-Z]{2,4}")


def _initials_written_out(text: str, name: str) -> tuple[str, int] | None:
    """A name with a part written as its initials, where the text writes that part out: "Cedar
    Ridge USD" and "Cedar Ridge Unified School District", "Bellmont PD" and "Bellmont Police
    Department", "CSS du Val-des-Cèdres" and "Centre de services scolaire du Val-des-Cèdres"."""
    words = name.split()
    short = [i for i, w in enumerate(words) if _INITIALS_WORD.fullmatch(w)]
    if len(words) < 2 or len(short) != 1:
        return None
    i = short[0]
    initials = words[i]
    spelled = [rf"{initials[0]}[\w'’-]+", *(rf"(?i:{c})[\w'’-]+" for c in initials[1:])]
    # (small words between the initialled ones: "Centre de services scolaire")
    between = rf"[ ](?:{_SMALL}[ ])?"
    before = "".join(re.escape(w) + " " for w in words[:i])
    after = "".join(" " + re.escape(w) for w in words[i + 1 :])
    found = re.search(rf"(?<![\w-]){before}{between.join(spelled)}{after}(?![\w-])", text)
    return (found.group(0), found.start()) if found else None


# a name's last word written short, and in full
_SHORT_FORMS = {"Co-op": "Cooperative", "Intl": "International", "Intl.": "International",
                "Univ.": "University", "Assn": "Association", "Assoc.": "Association"}
_SHORT_FORM = re.compile(r"(?<= )(?:Co-op|Intl\.?|Univ\.|Assn|Assoc\.)$")


def _fuller_names(text: str, positions: list[Position], recruiter: Recruiter) -> None:
    """A short form of a name the text also writes in full: "Quillcraft" where the text says
    "Quillcraft.ai", "Halberd" where a sender's address spells "halberd-dynamics" and the text
    says "Halberd Dynamics"."""
    from sidedoor.intake.extract.company import domain_key, is_department, split_domain
    from sidedoor.intake.extract.company_rank import mail_hosts

    holders: list[Position | Recruiter] = [*positions, recruiter]
    if not any(h.company and len(h.company) >= 3 for h in holders):
        return
    acronymed = _acronymed(text)  # read once for every holder
    spelled = [split_domain(host, text) for host in mail_hosts(text, recruiter.email)]

    # an in-house recruiter's company, which the text writes in full ("Mây Xanh Games" where the
    # employer is also called "Mây Xanh")
    own = recruiter.company if recruiter.agency is False else None
    own_span = recruiter.evidence.get("company")
    own_at = own_span.start if own_span is not None and own_span.origin == "text" else None

    def fuller(name: str) -> tuple[str, int] | None:
        for phrase, at, abbr in acronymed:
            if (name in phrase and name != phrase) or name == abbr:
                return phrase, at
        if own and own_at is not None and own.startswith(name + " ") and not is_department(own):
            return own, own_at
        if re.fullmatch(r"[A-Z][a-z]{1,7}|[A-Z]{2,8}", name):  # "Iasm" from "iasm.it"
            initialled = _spelled_initials(text, name)
            if initialled is not None:
                return initialled
        written_out = _initials_written_out(text, name)
        if written_out is not None:
            return written_out
        short = _SHORT_FORM.search(name)
        if short:  # "Big Sky Electric Co-op" where the signature says "… Cooperative"
            full = name[: short.start()] + _SHORT_FORMS[short.group(0)]
            at = text.find(full)
            if at >= 0:
                return full, at
        for at, tld in literal_matches(text, name, _NOT_AFTER_WORD_OR_DOT, _BRAND_TLD):
            assert tld is not None
            return text[at : tld.end()], at  # "Quillcraft.ai"
        for full in spelled:
            if full.lower().startswith(name.lower() + " ") and domain_key(full) != domain_key(name):
                at = text.lower().find(full.lower())
                if at >= 0:
                    return text[at : at + len(full)], at
        return None

    for holder in holders:
        name = holder.company
        if not name or len(name) < 3:
            continue
        found = fuller(name)
        if found is None and (holder is not recruiter or recruiter.agency is False):
            # (an agency's or a parent group's recruiter: its name may begin the client's)
            found = _extended(text, name)
        if found is not None:
            holder.company = found[0]
            holder.evidence["company"] = _ev(text, found[1], found[1] + len(found[0]))


def _extended(text: str, name: str) -> tuple[str, int] | None:
    """The name as the text also writes it with more words of a name after it: "Bellwether"
    where the text says "Bellwether Animal Hospitals", "Vöhringer" where the signature says
    "Vöhringer Agrartechnik GmbH" (its legal form left out). The longer form counts when its
    last words are an organisation's ("Architects", "Hospitals") or it stands alone at the end
    of a line (a signature's company line: "Talent Acquisition | Vöhringer Agrartechnik GmbH");
    never with a role, a department, a place or a parent group ("… Holdings") after the
    name."""
    from sidedoor.intake.extract.company import (
        LEGAL_FORM,
        NAME_WORDS_AFTER,
        NOT_AFTER_NAME_CHAR,
        ORG_WORDS,
        fold,
        is_department,
        names_a_place,
        place_like,
    )
    from sidedoor.intake.extract.company_rank import ROLE_WORD

    if name not in text:
        return None
    for start, tail in literal_matches(text, name, NOT_AFTER_NAME_CHAR, NAME_WORDS_AFTER):
        assert tail is not None
        end = tail.end()
        bare = LEGAL_FORM.sub("", " " + text[start:end]).strip()
        extra = bare[len(name) :].strip()
        in_full = _named_in_full(text, start, end)
        if (
            not extra
            or (
                ROLE_WORD.search(extra)
                and not (in_full and " " not in extra)
                and not _FIRM_OF.fullmatch(extra.split()[-1])
            )
            or _PARENT.search(extra)
            or (is_department(extra) and not in_full)
            or names_a_place(extra)
            or place_like(bare)
            or any(fold(word) in _COUNTRY_ENDONYMS for word in extra.split())
        ):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        before = text[line_start:start].strip()
        after = text[end : len(text) if line_end < 0 else line_end].strip()
        alone = not after and (not before or before[-1] in "|–—-,:" or before.endswith(" at"))
        if alone or ORG_WORDS.search(extra) or in_full:
            return bare, start
    return None


# a name that lists its words: "Department of Land, Water and Heritage", "Montana Fish,
# Wildlife & Parks", "Hollis, Marchetti & Crane LLP"
_NAME_PART = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_LISTING_NAME = re.compile(
    rf"{_NAME_PART}(?: of (?:the )?{_NAME_PART})?(?:, {_NAME_PART})+,? (?:and|&) {_NAME_PART}"
)
# a government body's name, whose list is its remit ("Department of Climate Change, Energy,
# the Environment and Water" aside, which leaves out its article)
_BODY_OF = re.compile(
    r"(?:Department|Ministry|Office|Agency|Secretariat|Bureau|Commission|Authority|Council"
    r"|Directorate) (?:of|for) "
)


def _listed(text: str, name: str) -> tuple[str, int] | None:
    """The whole of a name that lists its words, where the holder has only a part of it: the
    listing counts when it is a government body's ("Department of …"), ends in a legal form
    ("… & Crane LLP") or stands alone on a line (a signature's company line)."""
    from sidedoor.intake.extract.company import LEGAL_FORM

    if "," not in text or name not in text:
        return None
    for match in _LISTING_NAME.finditer(text):
        whole = match.group(0)
        if name == whole or name not in whole or _writers_post(whole.split(",", 1)[0]):
            continue  # ("Co-founder, Kite & Lantern Games": the writer's post, then the name)
        if _field_only(whole.split(",", 1)[0]):
            continue  # ("Head of Talent - Supply Chain, Hallam & Vine": the post's field)
        start, end = match.span()
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        before = text[line_start:start].strip()
        after = text[end : len(text) if line_end < 0 else line_end].strip()
        first = after.split(" ", 1)[0].rstrip(".,;:")
        legal = bool(first) and LEGAL_FORM.fullmatch(" " + first) is not None
        alone = (not after or after == first) and (not before or before[-1] in "|–—-,:")
        form = LEGAL_FORM.search(" " + whole)
        if form is not None:  # "… & Crane LLP": the name without its form
            whole, legal = (" " + whole)[: form.start()].strip(" ,"), True
            if name == whole or name not in whole:
                continue
        if alone or legal or _BODY_OF.match(whole):
            return whole, start
    return None


_WRITERS_POST = re.compile(
    r"\b(?:[Cc]o-?)?(?:[Ff]ounders?|[Oo]wners?|[Ff]ondat\w*|[Gg]ründer\w*|\w*ansvarig|CEO|CFO|COO|CTO"
    r"|CHRO|HR|People|Talent|Acquisition|Recruitment|Recruiting)\b"
)


def _field_only(part: str) -> bool:
    from sidedoor.intake.extract.title import MODIFIERS

    return all(w.lower() in MODIFIERS for w in part.split())


def _writers_post(part: str) -> bool:
    """A signature's post before its company ("Head of Talent", "Co-owner", "HR-ansvarig")."""
    from sidedoor.intake.extract.company_rank import ROLE_WORD
    from sidedoor.intake.extract.title import find_titles

    return bool(ROLE_WORD.search(part) or _WRITERS_POST.search(part) or find_titles(part))


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w-]+|St\.) $")
_ROYAL = frozenset(["Royal", "General", "National", "Central", "Saint", "St", "St."])


def _place_before(text: str, name: str) -> tuple[str, int] | None:
    """A body's name with the place or the "Royal" it starts with, where the text writes them
    together: "Cork University Hospital", "Royal Darwin Hospital"."""
    from sidedoor.intake.extract.company import is_city

    if " " not in name or not name[:1].isupper():
        return None
    at = text.find(" " + name)
    while at >= 0:
        before = _WORD_BEFORE.search(text, max(0, at - 30), at + 1)
        if before is not None and (before.group(1) in _ROYAL or is_city(before.group(1))):
            return f"{before.group(1)} {name}", before.start(1)
        at = text.find(" " + name, at + 1)
    return None


def _names_written_whole(text: str, positions: list[Position], recruiter: Recruiter) -> None:
    """Companies that are a part of a name the text writes whole: a name that lists its words
    (`_listed`), then a body's name with the place it starts with (`_place_before`)."""
    holders: list[Position | Recruiter] = [*positions, recruiter]
    for holder in holders:
        for whole in (_listed, _place_before):
            if holder.company and len(holder.company) >= 3:
                found = whole(text, holder.company)
                if found is not None:
                    holder.company = found[0]
                    holder.evidence["company"] = _ev(text, found[1], found[1] + len(found[0]))


def _named_in_full(text: str, start: int, end: int) -> bool:
    """ "on behalf of Darrow Manufacturing.", "employed by Acme Data,": the longer form written
    as a name after "of" / "by" / "with" and ending a clause, not a team's ("Darrow
    Manufacturing team"; "for" names business units as often: "for Mercari Shops.")."""
    return bool(
        re.search(r"\b(?:of|by|with)\s$", text[max(0, start - 5) : start])
        and re.match(r"\s*[.,;:!?)–—-]|[ \t]*(?:\n|$)", text[end : end + 3])
    )


# a brand written with its web suffix: "Quillcraft.ai" (the name before it found by `str.find`)
_NOT_AFTER_WORD_OR_DOT = re.compile(r"(?<![\w.])")
_BRAND_TLD = re.compile(r"\.(?:ai|io|com|co|app)\b")
# a firm named for its profession, its last word a role's plural ("Maplewood & Birch Architects")
_FIRM_OF = re.compile(
    r"Architects|Partners|Associates|Consultants|Engineers|Surveyors|Solicitors|Accountants"
    r"|Advisors|Advisers|Designers|Developers"
)
# the words of a parent group after a company's name ("Asahikaze Kisen Holdings")
_PARENT = re.compile(r"\b(?:Group|Holdings?|Gruppe|Groupe|Grupo|Gruppo|Groep|Koncernen)\b")
# countries as their own languages name them, which follow a company's name as its national
# arm ("Eataly Italia", "Michael Page México")
_COUNTRY_ENDONYMS = frozenset(
    re.findall(
        r"\w+",
        "italia mexico espana brasil deutschland osterreich schweiz suisse svizzera sverige norge"
        " danmark suomi polska nederland belgique belgie portugal romania hellas turkiye cesko"
        " magyarorszag peru chile colombia argentina france india japan nippon china uk usa us"
        " emea apac latam americas europe asia africa",
    )
)


def _place_tails(text: str, positions: list[Position], recruiter: Recruiter) -> None:
    """A name read with the place after it ("Lotus Bay Resort & Spa Phu Quoc is hiring") where
    the text also writes the name alone on a line, its signature's ("Lotus Bay Resort & Spa")."""
    from sidedoor.intake.extract.company import names_a_place

    holders: list[Position | Recruiter] = [*positions, recruiter]
    for holder in holders:
        name = holder.company
        words = (name or "").split()
        for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
            short, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if cut < 2 or not names_a_place(tail):
                continue
            alone = re.search(rf"(?m)^[ \t]*({re.escape(short)})[ \t]*$", text) or re.search(
                # or in a sentence, without the place: "I'm Rosie from the Halden & Brooks
                # resourcing team" beside "Join us at Halden & Brooks Belfast"
                rf"(?<![\w&])({re.escape(short)})(?![\w&])(?! {re.escape(tail)}\b)(?!['’]s \w)",
                text,
            )
            if alone:
                holder.company = short
                holder.evidence["company"] = _ev(text, alone.start(1), alone.end(1))
                break


def _same_name(a: str | None, b: str | None) -> bool:
    from sidedoor.intake.extract.company import domain_key

    return bool(a and b) and domain_key(a or "") == domain_key(b or "")


def _not_the_agency(positions: list[Position], recruiter: Recruiter) -> None:
    """An agency recruiter's own company is never the employer it recruits for ("I am a
    Director at Ashcombe Blake Associates and have been engaged by a … syndicate")."""
    for p in positions:
        if _agencys_own(p.company, recruiter):
            p.company = None
            p.evidence.pop("company", None)


def _only_names(positions: list[Position]) -> None:
    """A company spelled like the position's title is the title read twice ("… une ETI qui
    recherche son Directeur Administratif et Financier"); one that only describes the employer
    ("PE-backed B2B SaaS", "Fortune 500 Insurance", "Polish") is none; "Engineer for Allegro" is
    Allegro."""
    for p in positions:
        if not p.company:
            continue
        if (p.title and p.company.casefold() == p.title.casefold()) or describes_company(
            p.company
        ):
            p.company = None
            p.evidence.pop("company", None)
            continue
        rest = after_head_for(p.company)
        if rest and (describes_company(rest) or is_country(rest)):
            p.company = None  # "Mechanic for AUSTRALIA": where, not who
            p.evidence.pop("company", None)
        elif rest:
            cut = len(p.company) - len(rest)
            p.company = rest
            ev = p.evidence.get("company")
            if ev is not None and ev.start is not None and ev.end is not None:
                p.evidence["company"] = Evidence(
                    start=ev.start + cut, end=ev.end, text=ev.text[cut:], origin=ev.origin
                )


def _agencys_own(name: str | None, recruiter: Recruiter) -> bool:
    """The name is the agency recruiter's own company ("Hollis Grant" of "Hollis Grant
    Associates")."""
    own = recruiter.company
    if not recruiter.agency or not own or not name:
        return False
    return _same_name(name, own) or own.startswith(name + " ")


def _inhouse_company(text: str, positions: list[Position], recruiter: Recruiter) -> None:
    """An in-house recruiter whose own company no phrase named ("Niamh, Practice Manager")
    works for the company that hires, when every position names the same one; one who signs
    with a bare first name signs for no one in particular, unless the message speaks as one of
    the employer ("we're hiring", "our team", "für unser Team suchen wir") and says nothing of
    a client."""
    if recruiter.agency is True or recruiter.company is not None or not positions:
        return
    titled = recruiter.agency is False and (recruiter.title is not None or _signed_with_title(text))
    if not titled and not _speaks_as_employer(text):
        return
    names = {p.company for p in positions}
    if len(names) != 1 or None in names:
        return
    first = positions[0]
    if not titled and _first_name_only(recruiter) and _subject_only(text, first):
        return  # "Subject: X - Role" over "We're hiring … Regards, Yui": X may be a client's
    recruiter.company = first.company
    if "company" in first.evidence:
        recruiter.evidence["company"] = first.evidence["company"]


_SUBJECT_LINE = re.compile(
    r"(?i:subject|asunto|objet|betreff|assunto|oggetto|onderwerp|ämne|temat|件名|主题|제목)\s?[:：]"
)


def _first_name_only(recruiter: Recruiter) -> bool:
    """The sender signs with a bare first name and no title ("Yui")."""
    return recruiter.title is None and len((recruiter.name or "").split()) <= 1


def _subject_only(text: str, position: Position) -> bool:
    """The position's company is named in the subject line and nowhere else."""
    evidence = position.evidence.get("company")
    first_line = text.split("\n", 1)[0]
    if not _SUBJECT_LINE.match(first_line):
        return False
    if evidence is None or evidence.start is None or evidence.start >= len(first_line):
        return False
    return text.find(evidence.text, len(first_line)) < 0


def _speaks_as_employer(text: str) -> bool:
    """The sender speaks as one of the company that hires ("we", "our team", "nous
    recrutons") and names no client relation (an agency's "we" recruits for others)."""
    if agency_cue(text) is not None or weak_agency_cue(text) is not None:
        return False
    return bool(inhouse_cue(text) or speaks_for_employer(text))


def _signed_with_title(text: str) -> bool:
    """The message ends on a job title under the sender's name ("Niamh\nPractice Manager")."""
    from sidedoor.intake.extract.recruiter import JOB_WORDS

    lines = [line.strip() for line in text.rstrip().split("\n")[-3:] if line.strip()]
    return len(lines) >= 2 and len(lines[-1]) <= 60 and bool(JOB_WORDS.search(lines[-1]))


def _fill_company_from_recruiter(positions: list[Position], recruiter: Recruiter) -> None:
    if recruiter.agency is False and recruiter.company:
        for p in positions:
            if p.company is None:
                p.company = recruiter.company
                if "company" in recruiter.evidence:
                    p.evidence["company"] = recruiter.evidence["company"]
