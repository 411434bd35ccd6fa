"""Round 6 of the outreach classifier: outreach is about a role the reader could take.

Every message here was written for these tests (new wording, industries and countries); none
comes from the labelled benchmark sets.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from sidedoor.intake import parse_bytes, parse_text
from sidedoor.intake.extract import outreach
from sidedoor.intake.models import ParsedItem

FIX = Path(__file__).parent / "fixtures" / "intake"


def one(text: str) -> ParsedItem:
    (item,) = parse_text(text).items
    for cue in item.cues:  # every cue quotes the text that fired it
        if cue.evidence.start is not None:
            assert item.text[cue.evidence.start : cue.evidence.end] == cue.evidence.text
    return item


def cues(item: ParsedItem) -> set[str]:
    return {c.name for c in item.cues}


# --- recruiter outreach whose roles are about products, events, research or mentoring --------

PRICING_ROLE = """Hi Marta,

I lead talent at Fenwick Air, a regional airline based in Cork. We're looking for a Revenue & \
Pricing Analyst to join our commercial team.

What you'd do:
- Own fare pricing for our transatlantic routes
- Build demand forecasts and run A/B tests on our booking funnel
- Present ROI of route changes to the leadership team

€58,000 - €66,000 plus bonus, hybrid (2 days in Cork). Would you be open to a chat?

Siobhan"""

SOLUTIONS_ENGINEER = (
    "Hey Tariq - I'm a recruiter with Northpass Recruitment. My client, a Series B cybersecurity"
    " scale-up in Dubai, needs a Solutions Engineer:\n"
    "• Run a live demo for enterprise prospects every week\n"
    "• Attend the GITEX conference 2025 and regional trade shows\n"
    "• Mentor two junior SEs and run customer interviews\n"
    "AED 35,000/month + commission. Interested?"
)

MARKETING_PROSE = (
    "Hi Ravi, I'm a talent partner at Quillpay. We're hiring a Product Marketing Manager in"
    " Bangalore - you'd own our pricing page, run webinars for customers and write case studies"
    " with our sales team. ₹35-45 LPA. Would you be interested?"
)


@pytest.mark.parametrize(
    ("text", "not_fired"),
    [
        (PRICING_ROLE, {"sales_pitch"}),
        (SOLUTIONS_ENGINEER, {"sales_pitch", "event_invite", "advice_or_research"}),
        (MARKETING_PROSE, {"sales_pitch", "event_invite"}),
    ],
)
def test_topic_words_in_a_roles_duties_are_not_the_senders_ask(
    text: str, not_fired: set[str]
) -> None:
    item = one(text)
    assert item.is_recruiter_outreach
    assert not cues(item) & not_fired


def test_a_startup_describing_its_product_is_still_hiring() -> None:
    item = one(
        "Hi Lena,\n\nI'm the CTO of Greenleaf, a Berlin startup. Our platform helps farmers cut"
        " fertiliser use by 20% with satellite data. We're hiring our first ML Engineer and your"
        " background in remote sensing caught my eye.\n\n€75-90k, plus equity, remote within the"
        " EU. Would you be up for a 20-minute call next week?\n\nJonas"
    )
    assert item.is_recruiter_outreach
    assert "sales_pitch" not in cues(item)


def test_perks_and_interview_steps_are_not_invites_or_nights_out() -> None:
    item = one(
        "Hi Sofia,\n\nRecruiter at Halden Robotics here. We're hiring a Senior Computer Vision"
        " Engineer in Oslo (hybrid). NOK 850 000 - 1 000 000, team dinners every month and a"
        " yearly budget to attend conferences like CVPR. The final round asks you to present a"
        " short case study to the panel.\n\nWould you be interested in hearing more?\n\nIngrid"
    )
    assert item.is_recruiter_outreach
    assert not cues(item) & {"event_invite", "friend_chat", "sales_pitch"}


# --- outreach the classifier read as something else before -------------------------------


def test_an_invitation_to_apply_is_outreach_not_an_agency_pitch() -> None:
    item = one(
        "Dear Dr. Okonkwo,\n\nThe School of Public Health at Lakeside University is pleased to"
        " invite you to apply for the post of Senior Lecturer in Epidemiology. Interested"
        " candidates may send their CV and a list of publications to the Dean's office.\n\nThe"
        " appointment is permanent, on the Senior Lecturer scale (R650,000 - R780,000 per annum),"
        " based on our Durban campus.\n\nYours sincerely,\nProf. N. Dlamini"
    )
    assert item.is_recruiter_outreach
    assert "role_for_reader" in cues(item)
    assert "pitching_candidates" not in cues(item)


@pytest.mark.parametrize(
    "text",
    [
        # the sender fills a role: retained, working with a client on a hire, running a search
        "G'day Ben, I'm working with a tier-one miner in the Pilbara on a Maintenance Planner"
        " hire. 8/6 FIFO out of Perth, $145k + super. Thought of you given your time at BHP."
        " Keen for a yarn this week?",
        "Hi Grace - the client's previous search was unsuccessful, so they've retained us to find"
        " a Chief Nursing Officer for their three hospitals in Nairobi. KES 1.2m per month plus"
        " housing. I've attached the JD as a reference. Would you be open to a confidential"
        " call?",
        "Alex, I'm a partner at Crane & Ives. We've been retained by a listed media group (they"
        " run two of the UK's top-10 podcasts) to find a Chief Content Officer. £220k base plus"
        " LTIP. Could we speak this week, in confidence?",
        # India: the reader is asked to send their own CV
        "Dear Candidate,\n\nGreetings from TalentBridge Consultants! We have an urgent opening for"
        " a Senior Java Developer with a leading fintech client in Pune.\n\nExperience: 6-9"
        " years\nCTC: 25-32 LPA\n\nIf interested, kindly share your updated resume along with"
        " current CTC, expected CTC and notice period.\n\nRegards,\nSneha",
        # a formal letter that asks about the reader's own requirements
        "Dear Ms. Achterberg,\n\nI am writing to enquire whether you would consider a move. Our"
        " client, a Dutch pension fund, is searching for a Head of Investment Risk in Amsterdam"
        " (€150,000 - €175,000 plus 13th month). Do you have any salary requirements or"
        " notice-period constraints I should know about?\n\nPieter de Vries, Noordzee Executive"
        " Search",
        # Spanish and Portuguese
        "Hola Lucía, soy consultora en Talento Sur. Buscamos un/a Jefe/a de Producción para una"
        " planta de alimentación en Sevilla. Salario 45.000 - 52.000 € brutos anuales. ¿Te"
        " interesa?",
        "Olá Rafael! Sou recrutadora na Vértice RH. Estamos buscando um Engenheiro de Dados Sênior"
        " para um banco digital em São Paulo. R$ 22.000 - R$ 26.000 CLT, híbrido.",
        # congratulations first, then the role
        "Hi Yusuf, congrats on the recent promotion! I'm a headhunter at Tamarind Partners and I'm"
        " running a search for a Finance Director at a logistics group in Istanbul. TRY 2.4-2.8m"
        " per year plus car. Would you consider a confidential conversation?",
        # a referral ask after the role is offered to the reader
        "Hi Anna, quick one - I'm a recruiter at Vireo and I'd love to tell you about our Staff"
        " Data Engineer role (Stockholm, hybrid, SEK 75-90k/month). If it's not for you, do you"
        " know anyone who might be interested?",
        # a growing career is not a growing team
        "Hey Paulo, I see you're growing your career in mobile - nice work on the Nubank app! I'm"
        " a tech recruiter at Cobalt Talent and we're looking for a Senior iOS Engineer for a"
        " health-tech in Lisbon. €65-75k, remote-friendly. Up for a chat?",
    ],
)
def test_outreach_in_many_styles(text: str) -> None:
    item = one(text)
    assert item.is_recruiter_outreach, [(c.name, c.evidence.text) for c in item.cues]
    assert not cues(item) & {"reader_is_hiring", "application_status", "job_seeker"}


def test_we_are_hiring_counts_once() -> None:
    item = one("Hi Mo, we're hiring a Warehouse Shift Lead in Leeds, £32k, full-time. Interested?")
    fired = [c for c in item.cues if c.evidence.text.lower() == "we're hiring"]
    assert [c.name for c in fired] == ["hiring_statement"]


# --- messages about jobs that are not outreach, one class each ------------------------------

NOT_OUTREACH = [
    # the reader applied: a rejection, an acknowledgement, a decision after the interview
    (
        "Subject: Update on your application - Graduate Analyst Programme\n\nDear Jamie,\n\nThank"
        " you for applying to the Harbourside Bank Graduate Analyst Programme. Unfortunately, we"
        " will not be progressing your application to the assessment centre stage. We wish you"
        " the very best in your career.\n\nHarbourside Early Careers Team",
        "application_status",
    ),
    (
        "Hi Chen,\n\nWe've received your application for the Logistics Coordinator role at"
        " Meridian Freight. Our team will review it and get back to you within two"
        " weeks.\n\nMeridian Freight Recruitment",
        "application_status",
    ),
    (
        "Hello Nadia, thanks again for meeting the team last week about the Head of Procurement"
        " position. It was a close call, but we have decided to proceed with a candidate who has"
        " more public-sector experience. Best, Omar",
        "application_status",
    ),
    (
        "Dear Alex,\n\nThank you for your interest in the Senior Data Analyst position at"
        " Northgate Water. We regret to inform you that your application has not been successful"
        " on this occasion. We will retain your details for six months.\n\nNorthgate Water HR",
        "application_status",
    ),
    # the sender wants a job
    (
        "Good day Sir,\n\nMy name is Chidi Okafor, a graduate of Mechanical Engineering from the"
        " University of Nigeria, Nsukka. I am seeking an entry-level maintenance engineer position"
        " in your organisation, and I am available to start immediately.\n\nI have attached my CV"
        " for your kind consideration.\n\nYours faithfully,\nChidi",
        "job_seeker",
    ),
    (
        "Hi Mark, I saw that Brightside is growing the design team. I've been freelancing for 3"
        " years - would you consider me for the UX Designer opening? My rate expectations are"
        " around £55k.",
        "job_seeker",
    ),
    (
        "Hi Alex, I've been shortlisted for a Staff Engineer position at Canva and they've asked"
        " for a referee who managed me. Would you be comfortable being one? It would mean a"
        " 15-minute call with their recruiter.",
        "job_seeker",
    ),
    (
        "Dear Hiring Manager,\n\nI would like to apply for the position of Accountant advertised"
        " on your website. I hold an ACCA qualification and have 4 years' experience in audit. My"
        " CV is attached for your review.\n\nRegards,\nFatima",
        "job_seeker",
    ),
    # the reader is asked to hire
    (
        "Hi Alex,\n\nCongratulations on the new funding round! At Talentforge we specialise in"
        " placing backend engineers in Berlin. Our fee is 18% of first-year salary with a 3-month"
        " guarantee. Could I send you a few profiles that match your open Staff Engineer"
        " role?\n\nFelix Braun, Talentforge",
        "pitching_candidates",
    ),
    (
        "Hello Maria, I lead the healthcare desk at CareStaff Solutions. Do you have any upcoming"
        " nursing vacancies at St Agnes? We supply experienced agency nurses at short notice and"
        " would love to support your winter staffing plan.",
        "reader_is_hiring",
    ),
    (
        "Hi Alex,\n\nI'm reaching out because I'm representing an excellent Head of Finance"
        " candidate who is exploring the market. Would it be worth a quick call to see if she"
        " could be a fit for your team? Happy to send her anonymised CV.\n\nPieter",
        "reader_is_hiring",
    ),
    (
        "Hi Alex, I'm the new Talent Partner supporting your engineering org. Could we set up 30"
        " minutes to go through your open headcount for Q3 and your hiring priorities?",
        "reader_is_hiring",
    ),
    # a product for sale, with a line about the seller's own hiring
    (
        "Hi Alex,\n\nSpending too much time on expense reports? Tallyo automates receipt matching"
        " for finance teams. Plans start at $8 per user per month, and there's a 14-day free"
        " trial.\n\nGaby, Account Executive at Tallyo\n\nPS: we're hiring account executives in"
        " Austin, if you know anyone!",
        "sales_pitch",
    ),
    (
        "Hello Alex, we are a nearshore software house in Kraków with 150 developers. We help"
        " companies like yours scale engineering teams quickly with React and Node developers"
        " from €45/hour. Could we schedule a short call to explore a partnership?",
        "sales_pitch",
    ),
    # many roles for anyone
    (
        "Subject: 12 new Nursing jobs in Manchester\n\nHi Alex, here are today's top matches for"
        ' your saved search "Registered Nurse":\n\nStaff Nurse - Manchester Royal Infirmary -'
        " £28,407 - £34,581\nPractice Nurse - Didsbury Medical Centre - £32,000\n\nView all 12"
        " jobs",
        "mass_mail",
    ),
    (
        "Subject: The Climate Tech Weekly - Issue #87\n\nJobs we love this week\n- Northvolt is"
        " hiring a Senior Cell Engineer (Västerås, SEK 65,000/month)\n- Octopus Energy is hiring"
        " a Product Manager, Flexibility (London, £85k-£100k, hybrid)\n- Sunfire is hiring an"
        " Electrolysis Process Engineer (Dresden, €70k)\n\nThanks for reading!",
        "many_listings",
    ),
    (
        "Subject: Internal vacancy - Team Lead, Customer Operations\n\nHi all, we have an internal"
        " vacancy for a Team Lead in Customer Operations (Band C, £38k-£42k). Internal candidates"
        " can apply through the HR portal by Friday.",
        "mass_mail",
    ),
    # invitations to speak or attend
    (
        "Dear Ms. Haddad,\n\nWe are delighted to invite you to join the speaker line-up at FinOps"
        " Middle East in Riyadh on 9-10 October. We cover flights and two nights' accommodation"
        " for all speakers. Could you confirm by 30 June?\n\nEvents Team",
        "event_invite",
    ),
    (
        "Hi Alex, join 2,000 HR leaders at our free online masterclass on 4 March. Our panel"
        " includes the VP Talent at Canva. Save your spot: bit.ly/hire25",
        "event_invite",
    ),
    (
        "Hi Alex, we're organising the Women in Data Lagos meetup on 12 May and would love you to"
        " be one of our panellists on careers in analytics. Can you make it?",
        "event_invite",
    ),
    # a role for someone the reader knows
    (
        "Hey Alex! Quick favour - my team at Wise is hiring two backend engineers in Tallinn"
        " (€70-85k). Do you know anyone good who might be looking? Referral bonus is €3k.",
        "referral_ask",
    ),
]


@pytest.mark.parametrize(("text", "reason"), NOT_OUTREACH)
def test_messages_about_jobs_that_are_not_outreach(text: str, reason: str) -> None:
    item = one(text)
    assert not item.is_recruiter_outreach, [(c.name, c.evidence.text) for c in item.cues]
    assert reason in cues(item)


def test_an_agency_selling_its_terms_is_a_pitch_to_an_employer() -> None:
    item = one(
        "Subject: Scaling your data team?\n\nHi Alex,\n\nI noticed Kestrel is growing fast"
        " (five open roles on your careers page). I'm the founder of Harbour Search, a"
        " recruitment firm in Bristol. Our terms are simple: 16% of first-year base salary and a"
        " 12-week rebate period, and we usually present a shortlist within a week.\n\nWould you be"
        " open to a 20-minute call about your Q3 hiring?\n\nTom"
    )
    assert not item.is_recruiter_outreach
    assert {"pitching_candidates", "reader_is_hiring"} <= cues(item)


def test_a_linkedin_conversation_with_a_rejection_is_not_a_recruiter_conversation() -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["CONVERSATION ID", "FROM", "SENDER PROFILE URL", "TO", "DATE", "CONTENT"])
    rows = [
        (
            "c1",
            "Hannah Lee",
            "Thanks for your time on Tuesday. Unfortunately the hiring team has decided to go"
            " with a candidate whose background is closer to the role.",
        ),
        (
            "c2",
            "Ravi Nair",
            "Hi Alex, I'm a recruiter at Northbeam. We're hiring a Staff Engineer in Toronto,"
            " C$210k-240k, hybrid. Open to a chat?",
        ),
    ]
    for conv, sender, body in rows:
        writer.writerow(
            [conv, sender, f"https://www.linkedin.com/in/{conv}", "Alex Morgan", "2025-03-01", body]
        )
    result = parse_bytes(out.getvalue().encode(), name="messages.csv")
    by_conv = {i.source.conversation_id: i.is_recruiter_outreach for i in result.items}
    assert by_conv == {"c1": False, "c2": True}


# --- the model itself ----------------------------------------------------------------------


def test_congratulations_and_a_night_out_are_no_outreach() -> None:
    friend = one("Congrats on the promotion!! Drinks on Friday to celebrate?")
    assert {"congratulates", "friend_chat"} <= cues(friend)
    assert not friend.is_recruiter_outreach


@pytest.mark.parametrize(
    ("line", "about_the_role"),
    [
        ("• Run product demos for enterprise prospects", True),
        ("3. Present ROI of route changes", True),
        ("You'd be running our annual conference and webinars.", True),
        ("Could I show you a quick demo next week?", False),
        ("We met at the summit. You'll see ROI within a month.", False),
    ],
)
def test_what_counts_as_about_the_role(line: str, about_the_role: bool) -> None:
    low = line.lower()
    word = next(w for w in ("demo", "roi", "webinar") if w in low)
    assert outreach._about_the_role(low, low.index(word)) is about_the_role


def test_many_listings_needs_three() -> None:
    two = "Acme is hiring a chef. Globex is hiring a baker."
    three = two + " Initech is hiring a barista."
    assert "many_listings" not in {f.name for f in outreach.score(two)[2]}
    assert "many_listings" in {f.name for f in outreach.score(three)[2]}


def _corpus() -> list[str]:
    texts = [PRICING_ROLE, SOLUTIONS_ENGINEER, MARKETING_PROSE, *(t for t, _ in NOT_OUTREACH)]
    texts += [p.read_text("utf-8", errors="replace") for p in FIX.rglob("*") if p.is_file()]
    return [t.lower() for t in texts]


def test_every_match_holds_one_of_its_gates_substrings() -> None:
    """The gates skip an expression only when it cannot match: checked on every match the
    expressions find in this file's messages and the intake fixtures."""
    checked = 0
    for cue in outreach._COMPILED:
        for part in cue.parts:
            if not part.gate:
                continue
            for text in _corpus():
                for match in part.lower.finditer(text):
                    checked += 1
                    assert any(g in match.group(0) for g in part.gate), (cue.name, match.group(0))
    assert checked > 100


def test_gates_change_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring with every gate open fires the same cues at the same places."""
    texts = _corpus()
    gated = [[(f.name, f.start) for f in outreach.score(t)[2]] for t in texts]
    opened = [
        replace(cue, parts=tuple(replace(part, gate=()) for part in cue.parts))
        for cue in outreach._COMPILED
    ]
    monkeypatch.setattr(outreach, "_COMPILED", opened)
    assert [[(f.name, f.start) for f in outreach.score(t)[2]] for t in texts] == gated
