"""Round 20: bare heads take their field; a dinner shift and a no-fee notice are no
counter-cues (messages in our own wording)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.readers.replies import split_reply


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a bare "Director" or "Head" is no title: the field after a comma or a dash is its part
        ("We're hiring a Director, Revenue Operations for our Denver office",
         "Director, Revenue Operations"),
        ("Subject: Head – Private Client Lending", "Head – Private Client Lending"),
        ("Opening for a Senior Director, Clinical Supply Chain at our Boston site",
         "Senior Director, Clinical Supply Chain"),
        # a teacher of a subject, as a school writes it
        ("We need a Teacher of Chemistry from January", "Teacher of Chemistry"),
        ("Teacher of English and Drama – maternity cover", "Teacher of English and Drama"),
    ],
)
def test_a_bare_head_takes_its_field(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_bare_head_does_not_take_a_place() -> None:
    # "Director, London": where the role is, not what it directs
    assert "Director, London" not in _titles("Interim Finance role: Director, London, 6 months")


def test_the_sender_s_own_bare_title_is_not_the_role() -> None:
    item = parse_checked(
        "Hi Maya, I'm Director, Talent at Fernhill Labs. We're hiring a Data Engineer in "
        "Leeds, £60k-£70k. Fancy a chat?"
    )
    assert [p.title for p in item.positions] == ["Data Engineer"]


def test_a_dinner_shift_is_no_night_out() -> None:
    note = ("Hey Rosa! We need a Line Cook for dinner service Wed-Sun. $20-23/hr plus tips. "
            "Can you come in Thursday at 2?")
    item = parse_checked(note)
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == ["Line Cook"]
    # a dinner between friends still counts against outreach
    names = {f.name for f in score("Dinner Friday? Long time no see lol")[2]}
    assert "friend_chat" in names


def test_a_tagalog_no_fee_notice_is_no_agency_s_terms() -> None:
    text = (
        "Hello po! May direct hiring po kami para sa Doha, Qatar.\n"
        "▪️ COOK – QAR 2,400/month\n▪️ KITCHEN HELPER – QAR 1,600/month\n"
        "Libre po ang accommodation. Pakisend lang ng CV.\n"
        "Bayanihan Overseas Manpower Inc.\nWALANG PLACEMENT FEE ✅"
    )
    assert "pitching_candidates" not in {f.name for f in score(text)[2]}
    # a seller's "with no placement fee" is still its terms
    seller = ("We place pre-vetted developers with product companies, from €45/hr, with no "
              "placement fee. Worth a call to fill your open role?")
    assert "pitching_candidates" in {f.name for f in score(seller)[2]}


# --- pay


def _pays(text: str) -> list[tuple[float | None, float | None, str | None, str | None]]:
    return [(m.min, m.max, m.currency, m.period) for m in find_pay(text) if not m.extra]


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        # Czech and Polish "thousand"
        ("plat 55–70 tis. Kč hrubého měsíčně", (55000.0, 70000.0, "CZK", "month")),
        ("wynagrodzenie 14-18 tys. zł brutto miesięcznie", (14000.0, 18000.0, "PLN", "month")),
        # a measure is no money: the grid's voltage stays out, the salary is found
        ("Schutztechnik in der 380-kV-Ebene\nGehaltsrahmen: 90–105 T€ brutto p.a.",
         (90000.0, 105000.0, "EUR", "year")),
    ],
)
def test_pay_of_this_round(text: str, pay: tuple[float, float, str, str]) -> None:
    assert _pays(text) == [pay]


def test_a_company_s_money_is_no_pay() -> None:
    # French "d'ARR" and Portuguese "bi" (billions) are a company's figures
    text = "On fait 900 K€ d'ARR. Salaire : 60-70 K€ fixe."
    assert _pays(text) == [(60000.0, 70000.0, "EUR", "year")]
    text = "Processamos R$ 3 bi/mês.\n• R$ 18.000 – R$ 22.000/mês CLT"
    assert _pays(text) == [(18000.0, 22000.0, "BRL", "month")]


def test_a_bare_range_in_thousands_ending_its_line_is_pay() -> None:
    note = (
        "Hallo Jonas, wir stellen zwei Rollen ein:\n"
        "→ Backend Engineer (Go): 70–85k\n→ Team Lead Platform: 95–115k\n"
        "Remote in Deutschland, 1.000 € Homeoffice-Budget. Lust auf einen Call?"
    )
    item = parse_checked(note)
    assert [(p.pay.min, p.pay.max, p.pay.currency) for p in item.positions] == [
        (70000.0, 85000.0, "EUR"), (95000.0, 115000.0, "EUR")]
    # what counts things is no pay, nor a range in mid-sentence without a pay word
    assert _pays("Our app grew from 20-40k users") == []
    assert _pays("We ship 20-40k parcels a day") == []


def test_the_body_s_currency_for_the_subject_s_bare_range() -> None:
    item = parse_checked(
        "Subject: SRE Lead | Tel Aviv | 40-46K\n\nHi Noa, a SRE Lead role at a fintech.\n"
        "- 40-46K NIS gross monthly + options\nShall I call you tomorrow?"
    )
    (position,) = item.positions
    assert (position.pay.min, position.pay.max) == (40000.0, 46000.0)
    assert (position.pay.currency, position.pay.period) == ("ILS", "month")


# --- outreach


def _cues(text: str) -> set[str]:
    return {f.name for f in score(text)[2]}


def test_agencies_offering_candidates_in_german_and_french() -> None:
    assert "pitching_candidates" in _cues(
        "Betreff: Kandidatenvorschlag: Java-Entwickler\nich möchte Ihnen gern einen "
        "Kandidaten vorstellen. Das anonymisierte Profil finden Sie im Anhang."
    )
    assert "pitching_candidates" in _cues(
        "Nous pouvons vous présenter 3 candidats qualifiés sous 10 jours, avec des "
        "honoraires de 18 % du salaire annuel."
    )


def test_a_friend_asking_for_a_referral_in_portuguese() -> None:
    assert "job_seeker" in _cues(
        "Oi Ana! Tô procurando algo novo. Vi a vaga de Analista de Dados aí, "
        "tu conseguiria me indicar?"
    )


def test_follow_ups_in_german_french_and_portuguese() -> None:
    assert "on_behalf_of_client" in _cues(
        "es geht um die Position als Controller (m/w/d) bei unserem Kunden in Köln."
    )
    assert "hiring_process" in _cues(
        "Je me permets de revenir vers vous concernant le poste de Contrôleur de gestion."
    )
    assert "search_mandate" in _cues(
        "Estamos conduzindo, de forma sigilosa, um processo de Gerente de Contas."
    )


# --- company


@pytest.mark.parametrize(
    "text",
    [
        # a UK law grade, a stock index, a business district, a funding stage and an industry
        "Subject: NQ – 3PQE Banking Associate | US firm\n\nHi Tom, a Banking Associate role "
        "at a US firm in London, £130k-£145k. Open to a chat?",
        "Bonjour Léa, mission Consultant SAP MM chez un client CAC 40 à Paris, TJM 750€. Dispo ?",
        "Objet : Mission – Data Analyst – La Défense\n\nBonjour Paul, une mission de Data "
        "Analyst pour un grand compte, TJM 600 €. Intéressé ?",
        "Subject: Staff Engineer – Series B Healthtech (Boston)\n\nHi Sam, I'm recruiting for "
        "a Series B healthtech, $200k base. Open to talk?",
    ],
)
def test_no_company_is_named(text: str) -> None:
    item = parse_checked(text)
    assert item.positions
    assert all(p.company is None for p in item.positions)


def test_the_text_s_whole_name_of_a_short_company() -> None:
    item = parse_checked(
        "Subject: Interim Accountant – Fernleigh Housing – £400/day\n\nHi Kate, Fernleigh "
        "Housing Association need an Interim Accountant for 3 months. Interested?"
    )
    assert [p.company for p in item.positions] == ["Fernleigh Housing Association"]


# --- workplace


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("Mission SAP, TJM 700€, 2j de TT/semaine", "hybrid"),
        ("présence attendue 4 jours par semaine et une journée de télétravail", "hybrid"),
        ("Télétravail à 100 % possible partout en France", "remote"),
        ("a desk in our office where we're in 3 days a week", "hybrid"),
    ],
)
def test_workplace_of_this_round(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


# --- replies


def test_a_list_marked_with_quote_signs_is_the_message_s_own() -> None:
    text = (
        "Hi Ross,\nWhat we offer:\n> Salary £70,000\n> Pension\n\nFree for a call?\n"
        "Amy"
    )
    split = split_reply(text)
    assert "> Salary £70,000" in split.body and split.quoted is None
    # a quoted reply is still quoted
    reply = "Thanks, sounds good.\n\nOn Mon, Amy <a@x.com> wrote:\n> What we offer:\n> Pension"
    assert split_reply(reply).quoted is not None
    assert "Pension" not in split_reply(reply).body


def test_a_follow_up_on_the_same_role_keeps_what_its_pitch_said() -> None:
    item = parse_checked(
        "Subject: RE: Head of Tax – Harlow Building Society\n\nHi Ben, the client has "
        "confirmed the budget: £110,000 base plus 20% bonus. Still keen?\n\nLucy\n\n"
        "From: Lucy Grant <lucy@taxsearch.co.uk>\nSent: 3 March 2026 10:02\nTo: Ben\n"
        "Subject: Head of Tax – Harlow Building Society\n\nHi Ben, I'm working with Harlow "
        "Building Society on their Head of Tax. It's hybrid, 2 days a week in Harlow, with a "
        "12% employer pension. Open to a call?\n\nLucy Grant\nTax Search Partners"
    )
    (position,) = item.positions
    assert position.pay.min == 110000.0
    assert position.workplace == "hybrid"
    assert {b.name for b in position.benefits} >= {"bonus", "retirement_plan"}


def test_circa_before_a_sign_and_super_the_adverb() -> None:
    assert _pays("a fixed salary of c.£180,000 plus bonus") == [(180000.0, 180000.0, "GBP", "year")]
    # "super cool" is no Australian superannuation: the dollar stays American
    assert _pays("super cool project. comp is $150-170k + equity")[0][2] == "USD"
    assert _pays("$95k plus 12% employer super, Brisbane")[0][2] == "AUD"


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("El rol es remoto desde México, con viajes ocasionales.", "remote"),
        ("Detalhes:\n- Remoto, com viagens eventuais a Recife", "remote"),
        ("Modalidad: Remoto.", "remote"),
        ("We work from our office in Palermo Tue/Thu, rest from home.", "hybrid"),
    ],
)
def test_more_workplaces_of_this_round(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


def test_a_labelled_no_is_no_remote() -> None:
    assert find_workplace("Remoto: não").workplace == "unknown"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # French heads whose field follows "à" or a bare noun; a consultant's product after it
        ("POSTE : Préposé(e) à l'entretien ménager", "Préposé à l'entretien ménager"),
        ("Nous cherchons un Préposé aux bénéficiaires pour notre CHSLD",
         "Préposé aux bénéficiaires"),
        ("notre client recherche un Responsable production (H/F) pour son site",
         "Responsable production (H/F)"),
        ("mission Consultant SAP MM freelance chez un grand compte", "Consultant SAP MM"),
        ("pour notre poste de Programmeur senior", "Programmeur senior"),
    ],
)
def test_french_titles_of_this_round(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_french_head_does_not_take_a_place_or_a_schedule() -> None:
    assert _titles("Préposé à temps plein, 40 h") == ["Préposé"]
    assert _titles("Agent à Montréal") == ["Agent"]


def test_working_with_an_employer_on_its_role_is_a_mandate() -> None:
    assert "search_mandate" in _cues(
        "Hi Jo, I'm working with Calder Mutual on their Head of Pricing. Open to a call?"
    )


def test_a_staffing_desk_s_text_with_plural_trades_is_outreach_with_two_roles() -> None:
    item = parse_checked(
        "Subject: Carpenters + Labourers – Ridgeline Builders – Gold Coast\n\nHey Sam, Kim from "
        "TradeLink Labour Hire. We've got ongoing work with Ridgeline Builders on a 20-storey "
        "tower:\n\n🔨 Carpenters (formwork) – $47/hr\n🦺 Labourers (White Card) – $37/hr\n\n"
        "Both + super, paid weekly. Reply with your tickets and I'll get you started Monday"
    )
    assert item.is_recruiter_outreach
    assert [(p.title, p.pay.min) for p in item.positions] == [
        ("Carpenter", 47.0), ("Labourer", 37.0)]


def test_a_job_for_plural_welders_and_text_or_call() -> None:
    item = parse_checked(
        "Hey Dale, Lonestar Craft here — we've got a 4-month job for Pipe Fitters with Delta "
        "Midstream outside Beaumont, TX. $45/hr + $150/day per diem. Text or call Ray at "
        "409-555-0133."
    )
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == ["Pipe Fitter"]


def test_a_worker_registered_with_the_agency_is_no_event() -> None:
    assert "event_invite" not in _cues(
        "Thank you for register at Flexwerk Plus. We have new vacancies for Order Picker."
    )


def test_an_html_mail_pasted_as_it_is_is_a_message() -> None:
    item = parse_checked(
        "<p>Hej Sara,</p><p>I&#8217;m with the talent team at <b>Nordvik Frakt</b> &ndash; we "
        "are hiring a <b>Data Analyst</b> for our Oslo office.</p><ul><li>Salary: 60&nbsp;000 "
        "NOK/month</li></ul><p>Would you be up for a short call next week?</p>"
    )
    assert item.kind == "message"
    assert item.is_recruiter_outreach


def test_a_forwarded_inmail_s_footer_is_no_mass_mail() -> None:
    assert "mass_mail" not in _cues(
        "We're hiring a Product Designer. Open to a call?\n\nYou are receiving InMail "
        "notification emails.\nUnsubscribe · Help"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a seller of hiring campaigns, a Danish agency's terms, a rejection after interview
        "We run your hiring campaigns and drop 30–50 qualified CDL-A applicants per week into "
        "your ATS. Cost per hire down 30%. Worth a 15-minute look?",
        "Vores kunder får første kandidat præsenteret inden for 10 dage, og vi tager 18 % af "
        "første års løn. Har du 20 minutter til en uforpligtende snak?",
        "Thank you for attending the interview for the post of Lecturer in Law. I am sorry to "
        "let you know that on this occasion you have not been successful.",
    ],
)
def test_not_outreach_of_this_round(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


def test_a_danish_follow_up_is_outreach() -> None:
    item = parse_checked(
        "Hej igen Jens – har du nået at se min besked om stillingen som Lagerchef hos Nordisk "
        "Te? Jeg ringer gerne i morgen.\n\n/Mette"
    )
    assert item.is_recruiter_outreach


def test_hours_a_grade_and_a_roster_are_no_pay() -> None:
    assert _pays("Hours: 37.5 per week\nSalary: £38,000 – £45,000 per annum") == [
        (38000.0, 45000.0, "GBP", "year")]
    assert _pays("• Grade 7 – £52,000 to £60,000") == [(52000.0, 60000.0, "GBP", "year")]
    assert _pays("FIFO Sparky – 8/6 – $60/hr") == [(60.0, 60.0, "AUD", "hour")]  # (FIFO: Australia)
    # a range with the sign on its upper end only is still a range
    assert _pays("Salary: 45,000 - £55,000") == [(45000.0, 55000.0, "GBP", "year")]


@pytest.mark.parametrize(
    "text",
    [
        # an address, a job board's second-level domain, a way of working in a subject
        "Hi Ana, we're hiring an ICU Nurse for our hospital. Interested?\n\nKatrin Vogel\n"
        "Nurse Recruitment\nKaiserstraße 41, 60329 Frankfurt",
        "Hi Tom, we're hiring a Research Associate (£38k). Adverts go up on jobs.ac.uk next "
        "week. Do drop me a line.\n\nRebecca",
        "Subject: Building Engineer – Night Shift – Midtown – $34/hr\n\nHi Luis, a Building "
        "Engineer role in Midtown, $34/hr. Interested?",
    ],
)
def test_no_company_here_either(text: str) -> None:
    item = parse_checked(text)
    assert item.positions and all(p.company is None for p in item.positions)


def test_a_body_s_name_as_the_text_writes_it() -> None:
    # "Centre for …" whole; a Belgian non-profit's legal form dropped
    item = parse_checked(
        "Dear Dr Mensah, I am Director of the Centre for Tropical Soil Research in Kumasi. We "
        "are hiring a Research Fellow in Soil Science (2 years). Would you like to talk?\n\n"
        "Ama Owusu\nCentre for Tropical Soil Research"
    )
    assert [p.company for p in item.positions] == ["Centre for Tropical Soil Research"]
    item = parse_checked(
        "Dear Marc, we are hiring a Policy Officer in Brussels (€4,200/month). Interested?\n\n"
        "Inès Peeters\nHead of Policy\nRail Forward Europe AISBL"
    )
    assert [p.company for p in item.positions] == ["Rail Forward Europe"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("We need a Locum GP for our practice in Leeds", "Locum GP"),
        ("Our Vice-Principal posting for the new school year", "Vice-Principal"),
        ("Hospitalist Nocturnist role, 7 on / 7 off", "Hospitalist Nocturnist"),
        # a public service's classification is no part of the title
        ("an EC-06 Senior Economist position in Ottawa", "Senior Economist"),
    ],
)
def test_titles_of_this_round_too(text: str, title: str) -> None:
    assert title in _titles(text)


def test_an_italian_client_named_after_its_description() -> None:
    item = parse_checked(
        "Oggetto: Disegnatore Tecnico – Meccanica Valtrompia (BS)\n\nGentile Ing. Rossi, una "
        "posizione aperta presso un nostro cliente storico, Meccanica Valtrompia S.p.A., "
        "azienda bresciana. La posizione è di Disegnatore Tecnico. RAL 38.000 €. "
        "Possiamo sentirci?"
    )
    assert [(p.title, p.company) for p in item.positions] == [
        ("Disegnatore Tecnico", "Meccanica Valtrompia")]


def test_korean_and_central_european_amounts_and_the_naira() -> None:
    # "1억 3천" is 1억 3천만; Czech "mil." is a million; "N1.2m" beside Lagos is naira
    assert _pays("연봉: 1억 2천 ~ 1억 5천만원") == [(120000000.0, 150000000.0, "KRW", "year")]
    assert _pays("Package: 1.2 – 1.5 mil. CZK annually") == [
        (1200000.0, 1500000.0, "CZK", "year")]
    assert _pays("Salary is N1.5m net monthly, Lekki office") == [
        (1500000.0, 1500000.0, "NGN", "month")]


def test_asian_and_african_legal_forms_are_dropped() -> None:
    from sidedoor.intake.extract.company import strip_legal

    assert strip_legal("株式会社サクラテック") == "サクラテック"
    assert strip_legal("瑞康生技股份有限公司") == "瑞康生技"
    assert strip_legal("(주)한빛소프트") == "한빛소프트"
    assert strip_legal("Atlas Câblage S.A.R.L") == "Atlas Câblage"
    assert strip_legal("Delta Polymers S.A.E") == "Delta Polymers"


@pytest.mark.parametrize(
    "text",
    [
        # a rejection after interviews, a Japanese job board's digest, a Japanese ATS seller,
        # a Japanese agency offering a candidate
        "Thank you for applying for the Leasing Manager role and for meeting our director. We "
        "have decided to proceed with a candidate whose profile is closer to our needs. We "
        "encourage you to apply for future opportunities.\n\nTalent Acquisition Team",
        "【新着求人】山田様におすすめの求人が3件あります\n"
        "ご登録いただいた希望条件に合った新着求人をお知らせします。\n"
        "1. プロダクトマネージャー 年収700万〜900万円",
        "株式会社ミドリ\n人事部 採用ご担当者様\n"
        "採用管理システム「HireFlow」を導入いただいた企業様では工数を50%削減。"
        "エンジニア採用のご相談はぜひご返信ください。",
        "【候補者ご推薦】経理マネージャーのご紹介\n人事部 木村様\nぜひご紹介させていただきたい"
        "候補者様がいらっしゃいます。",
    ],
)
def test_not_outreach_in_this_round_either(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


def test_arabic_outreach_is_told_apart() -> None:
    item = parse_checked(
        "السلام عليكم أستاذ كريم،\nمعك ليلى من إدارة الموارد البشرية بشركة الدلتا للتجارة.\n"
        "الوظيفة: مدير مبيعات\nالراتب: من 40,000 إلى 50,000 جنيه شهرياً\n"
        "لو عندك اهتمام، يا ريت ترد على الرسالة."
    )
    assert item.is_recruiter_outreach


def test_two_roles_open_at_an_agency_s_client() -> None:
    item = parse_checked(
        "Hey Mia! I'm at Brief Talent and working with Wattle & Co, an indie agency in "
        "Fitzroy. They have two roles open right now:\n\n1. Senior Art Director – $130–140k\n"
        "2. Junior Copywriter – $70–75k\n\nTalk soon, Ellie"
    )
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == ["Senior Art Director", "Junior Copywriter"]


def test_a_japanese_list_bullet_is_no_part_of_the_title() -> None:
    line = "・バックエンドエンジニア（Go）：年収700万〜1,000万円"
    assert "バックエンドエンジニア" in _titles(line)


def test_a_clinic_owner_s_fee_split_is_no_agency_fee() -> None:
    item = parse_checked(
        "Hi Siobhan, Alistair here – I own Harbourview Physiotherapy in Halifax. We're looking "
        "for a Registered Physiotherapist. $85,000 – $100,000/year salaried (or a 60% fee split "
        "if you'd prefer). I'd love to grab a coffee."
    )
    assert item.is_recruiter_outreach
    assert [p.company for p in item.positions] == ["Harbourview Physiotherapy"]


@pytest.mark.parametrize(
    "text",
    [
        "Hey Marco, I've got an immediate start for a Camp Chef on a mine village. $420 per day + "
        "super, 14/7 roster, breakfast/crib/dinner for 300. Call or text 0438 702 119.",
        "Hi Bec! We've just had a big batch of 13-week contracts come through from Country "
        "Health for Broome.\nICU REGISTERED NURSE – $62/hr + super\nYou'd need a Working With "
        "Children Check.",
        "Hi Aisha, just bumping my note re the Product Designer role at Fernway — still keen to "
        "chat if you are! – Chloe",
        "Hi Neha, Rohit here from Skyline Placements. Telecaller job hai Noida office mein, "
        "18-22k per month + incentives. Interested ho toh CV bhejo",
        "Hallo Stefanie, hier ist Lena von CareWay Personal. Das Haus Lindenhof in Graz sucht "
        "eine DGKP für den Nachtdienst, € 3.400 brutto/Monat. Magst du kurz telefonieren?",
    ],
)
def test_outreach_of_this_round(text: str) -> None:
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    assert all(p.company not in {"Children Check", "Das Haus Lindenhof"} for p in item.positions)


def test_a_referral_ask_and_a_union_local_are_no_outreach_and_no_pay() -> None:
    assert not parse_checked(
        "Hey! Saw Finch is hiring a Data Engineer — any chance you could refer me?"
    ).is_recruiter_outreach
    assert _pays("Position: Planner II (CUPE Local 2291)\nSalary: $89,432 – $105,210 annually") == [
        (89432.0, 105210.0, "USD", "year")]


def test_canadian_and_australian_dollars_by_their_places() -> None:
    assert _pays("AZ Driver, Etobicoke yard, $1,700 per week")[0][2] == "CAD"
    assert _pays("Support NDIS participants, $36.48/hr")[0][2] == "AUD"
    # an Arizona nursing licence keeps the dollar American
    assert _pays("Tucson, compact or AZ license, $2,850/wk")[0][2] == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "두 포지션 모두 근무지는 서울이며 주 5일 사무실 근무입니다.",
        "- Location: 판교, 100% 오피스 근무",
        "🕘 5天工作，要全職返 office",
        "地点：上海浦东，全职现场办公",
        "The job requires presence at our office and the plants every day.",
        "Obviously this is a live-on-farm role.",
    ],
)
def test_on_site_in_more_words(text: str) -> None:
    assert find_workplace(text).workplace == "onsite"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # two roles in one sentence, each with its own pay right after it
        ("Bonjour Karim, on recrute pour Maison Verlaine à Lyon : Cariste (13,50 €/h) et "
         "Préparateur de commandes (12,20 €/h), sur site. Dispo lundi ?",
         [("Cariste", 13.5), ("Préparateur de commandes", 12.2)]),
        ("Hi Maria, Sunrise Staffing here. Night shift CNA $24/hr and LPN $34/hr open at Willow "
         "Creek, weekly pay. Text back if interested!",
         [("CNA", 24.0), ("LPN", 34.0)]),
    ],
)
def test_two_roles_with_their_pay_in_one_sentence(
    text: str, roles: list[tuple[str, float]]
) -> None:
    item = parse_checked(text)
    assert [(p.title, p.pay.min) for p in item.positions] == roles


def test_a_range_is_one_pay_not_two_roles() -> None:
    item = parse_checked(
        "Hi Joost, I spoke with Marlijn's CTO and the range for the Head of Data Platform role "
        "is now €115k–€130k base. Could you do a first interview next Thursday?\n\nSanne"
    )
    assert [p.title for p in item.positions] == ["Head of Data Platform"]


def test_an_italian_job_noun() -> None:
    assert "Contabile Senior" in _titles("Cerchiamo un Contabile Senior per un'azienda food")


def test_nearshore_and_italian_agencies_by_their_names() -> None:
    from sidedoor.intake.extract.agency import is_agency_name

    assert is_agency_name("Qhapaq Devs") and is_agency_name("Andes Dev Partners")
    assert is_agency_name("Ergon Lavoro") and is_agency_name("Selectio Moda")
    assert not is_agency_name("Ministero del Lavoro")


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno Davide, sono Ilaria di Marlowe Finance Recruitment. Il nostro cliente, un "
        "istituto bancario, sta inserendo un Compliance Officer. RAL 40-48k.",
        "GARDEN STATE PER DIEM STAFFING\nNow booking shifts – Northern NJ facilities\n\nHi "
        "Angela,\nWe have open per diem shifts next week.\nCNA – $22 to $26/hr\nLPN – $34 to "
        "$40/hr",
        "Grüezi Herr Meier, aktuell betreue ich exklusiv ein Mandat der Brunner AG. Gesucht wird "
        "ein Senior Automation Engineer. Jahresgehalt CHF 110'000 – 130'000.",
        "Subject: Kurze Nachfrage – Teamleiter Instandhaltung\n\nHallo Herr Becker, kurze "
        "Nachfrage zu meiner Nachricht bezüglich der Position als Teamleiter Instandhaltung bei "
        "der Rheinstahl GmbH. Hätten Sie 10 Minuten für ein Telefonat?",
    ],
)
def test_outreach_in_this_round_too(text: str) -> None:
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    assert all(p.company != "Kurze Nachfrage" for p in item.positions)


@pytest.mark.parametrize(
    "text",
    [
        # a Swedish ATS seller, a Norwegian rejection, an Italian job alert, an Italian event,
        # a scheduling platform's seller
        "Talentflöde är ett rekryteringssystem (ATS) byggt för svenska arbetsgivare. Vi har "
        "sex öppna tjänster att hjälpa er med. Från 1 990 kr/mån.",
        "Takk for din interesse for stillingen som markedssjef hos Hurtigfjord AS. Vi har "
        "dessverre valgt å gå videre med andre kandidater.\n\nRekrutteringsteamet",
        "Ciao Roberto, ecco le nuove offerte che corrispondono alla tua ricerca salvata:\n"
        "▸ Junior Financial Controller – Milano – RAL 38-42k",
        "Gentile Responsabile HR, siamo lieti di invitarLa alla quinta edizione dell'HR "
        "Innovation Day per chi si occupa di talent acquisition.",
        "ShiftMatch is a float pool platform used by 140+ hospitals. Your per diem nurses pick "
        "up open shifts from their phones. Worth 20 minutes?",
    ],
)
def test_not_outreach_in_this_round_too(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        "an Excursions Manager opening on one of our ships sailing Alaska",
        "Got two openings on a 48m sailing yacht doing the Caribbean season",
    ],
)
def test_a_role_on_a_ship_is_on_site(text: str) -> None:
    assert find_workplace(text).workplace == "onsite"


def test_stage_and_boarding_school_roles() -> None:
    assert _titles("openings for a Dancer and an Aerialist") == ["Dancer", "Aerialist"]
    assert "Boarding Houseparent" in _titles("a Boarding Houseparent for our girls' house")


def test_casual_is_employment_except_in_a_casual_relief_teacher() -> None:
    assert _titles("We are hiring casual Disability Support Workers") == [
        "Disability Support Worker"]
    assert _titles("short on casual relief teachers for term 3") == ["casual relief teacher"]
