"""Round 22: titles a gender marker shows whatever their language, Icelandic job nouns and pay,
an organisation named after a title's comma (messages in our own wording)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.company import clean_name
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # no job noun we know, but the marker says it is a title
        ("2. Dachdecker (m/w/d)\n   ab 18,40 € brutto/Stunde", "Dachdecker (m/w/d)"),
        ("🛠 Fliesenleger (m/w/d) – 19,00 €/Std.", "Fliesenleger (m/w/d)"),
        ("Nous recrutons un Soudeur (H/F) en CDI à Lyon", "Soudeur (H/F)"),
        # in a sentence, the noun and its adjectives, not the place before them
        (
            "Die Stadtwerke suchen für das Klärwerk Nord Schleusenwärter (m/w/d) in Vollzeit",
            "Schleusenwärter (m/w/d)",
        ),
        # "einen …" declines the title; it is given in the nominative
        ("Wir suchen einen Technischen Schleusenwärter (m/w/d) für",
         "Technischer Schleusenwärter (m/w/d)"),
        ("Wir suchen einen Technischen Disponenten (m/w/d) für", "Technischer Disponent (m/w/d)"),
        # Icelandic and Swedish job nouns
        ("Subject: Hjúkrunarfræðingur óskast á Selfossi", "Hjúkrunarfræðingur"),
        ("Ämne: Vägkonstruktör till vårt kontor i Umeå", "Vägkonstruktör"),
        # a heading between rules
        ("--- Junior Allocator ---\nHome & Garden\n£27,000", "Junior Allocator"),
    ],
)
def test_titles_of_this_round(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_marker_after_a_title_already_read_adds_nothing() -> None:
    assert _titles("Teamleiter Disposition (m/w/d)") == ["Teamleiter Disposition"]
    # a genitive noun is not given as a title of its own
    assert _titles("die Besetzung der Position eines Chefarztes (m/w/d) für Kardiologie") == []


def test_a_list_of_trades_only_the_marker_shows() -> None:
    item = parse_checked(
        "Betreff: Zwei Stellen in Kufstein\n\nServus Herr Berger,\n\nwir suchen ab sofort:\n\n"
        "1. Dachdecker (m/w/d)\n   ab € 18,40 brutto/Stunde\n\n2. Spengler (m/w/d)\n"
        "   ab € 19,10 brutto/Stunde\n\nMeld dich einfach!\n\nLG\nMarkus Hofer\nHofer Dach GmbH"
    )
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == ["Dachdecker", "Spengler"]
    assert [p.pay.min for p in item.positions if p.pay] == [18.4, 19.1]


def test_icelandic_pay_and_hiring() -> None:
    (pay,) = find_pay("Við bjóðum laun á bilinu 900.000–1.050.000 kr. á mánuði í Reykjavík.")
    assert (pay.min, pay.max, pay.currency, pay.period) == (900000, 1050000, "ISK", "month")
    fired = {c.name for c in score("Sæll Jón, við erum að leita að forritara í teymið okkar.")[2]}
    assert "hiring_statement" in fired


def test_zero_placement_fee_is_told_to_the_worker() -> None:
    item = parse_checked(
        "Subject: Saudi Direct Hire – ICU Nurse | Zero Placement Fee\n\nDear Nurse Ana,\n\n"
        "Harborview Manpower Inc. is recruiting for our principal, Al Waha Specialist Hospital, "
        "for the position of ICU NURSE. Salary SAR 6,500 – 7,800 per month, free housing and "
        "flights.\n\nPlease send your updated CV.\n\nHarborview Manpower Inc."
    )
    assert item.is_recruiter_outreach
    assert "pitching_candidates" not in {c.name for c in item.cues}


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Founder of Tidewater Robotics", "Tidewater Robotics"),
        ("Board of the Alliance for Clean Harbours", "Alliance for Clean Harbours"),
        ("Directors of the Severn Estuary Authority", "Severn Estuary Authority"),
        ("Bank of Ireland", "Bank of Ireland"),
    ],
)
def test_who_of_which_organisation_is_the_organisation(raw: str, name: str) -> None:
    assert clean_name(raw) == name


def test_an_organisation_after_a_subject_title_s_comma() -> None:
    item = parse_checked(
        "Subject: Confidential – Finance Director, Hollins Marine Components\n\nDear Sarah,\n\n"
        "I am retained on the search for the next Finance Director, reporting to the CEO. "
        "£120–135k base plus bonus, on site in Preston.\n\nKind regards,\nTom Pryce\nPartner\n"
        "Pryce Search Ltd"
    )
    assert [(p.title, p.company) for p in item.positions] == [
        ("Finance Director", "Hollins Marine Components")
    ]
    # a speciality after the comma stays the title's
    field = parse_checked(
        "Subject: Director, Regulatory Affairs\n\nHi Sam, we're hiring a Director, Regulatory "
        "Affairs at Quillon Bio. $210k base, remote. Open to a chat?\n\nDana"
    )
    assert [p.company for p in field.positions] != ["Regulatory Affairs"]


# the second wave


def test_a_bare_k_range_its_sentence_or_what_it_depends_on_ends() -> None:
    (pay,) = find_pay("Customer Success Manager role in Montréal, hybrid, 70–80K. Interested?")
    assert (pay.min, pay.max, pay.period) == (70000, 80000, "year")
    (pay,) = find_pay("- 48-56K depending on experience")
    assert (pay.min, pay.max) == (48000, 56000)
    assert find_pay("we serve 20-40K users. Join us") == []


def test_hours_a_payer_and_a_valuation_are_no_pay() -> None:
    assert find_pay("Uren: 32–36 per week") == []
    assert find_pay("You'd own the files of ~120 providers, payer enrollment and audits") == []
    (worth,) = find_pay("a fintech valued at USD 3.1 Bn")
    assert worth.extra
    (stipend,) = find_pay("Stipend: ₹30,000 per month")
    assert not stipend.extra
    (housing,) = find_pay("plus a housing stipend of $1,100 per month")
    assert housing.extra


@pytest.mark.parametrize(
    "raw",
    [
        "Diesel Fitter for AUSTRALIA",
        "Industrial Equipment Manufacturer",
        "Academic Medical Center",
        "3-6 Yrs",
    ],
)
def test_descriptions_name_no_employer(raw: str) -> None:
    from sidedoor.intake.extract.company import after_head_for, describes_company, is_country

    assert describes_company(after_head_for(raw) or raw) or is_country(after_head_for(raw) or "")


def test_a_subject_s_descriptions_and_abbreviated_title_name_no_employer() -> None:
    item = parse_checked(
        "Subject: Confidential: COO – Packaging Machinery Manufacturer (Dayton, OH)\n\nDear Ann,"
        "\n\nI'm leading a retained COO search for a family-owned business. $260k base plus "
        "bonus. Open to a call?\n\nRuth Ames\nAmes Search Partners"
    )
    assert [p.company for p in item.positions] == [None]
    sales = parse_checked(
        "Subject: Mid-Market AE – Ferncloud – uncapped\n\nHi Jo,\n\nFerncloud are hiring a "
        "Mid-Market Account Executive in Leeds, £55k base. Fancy a chat?\n\nAl"
    )
    assert [p.company for p in sales.positions] == ["Ferncloud"]


def test_a_building_emoji_labels_the_employer() -> None:
    item = parse_checked(
        "Hi Tess! I've got an ICU contract that fits you:\n\nICU RN – Travel\n"
        "🏥 Bayview Children's Hospital\n📍 Tacoma, WA\n💵 $2,900/week\n\nWant the details?\n\n"
        "Mia | Northstar Travel Nursing"
    )
    assert [p.company for p in item.positions] == ["Bayview Children's Hospital"]


def test_an_in_house_recruiter_with_our_team_of_three_words() -> None:
    item = parse_checked(
        "Subject: Remote Claims Examiner – Red Mesa Mutual\n\nHi Dana!\n\nI'm a recruiter with "
        "Red Mesa Mutual and I'm hiring a Claims Examiner for our growing commercial lines team. "
        "$30–$34/hour, fully remote.\n\nThanks!\nLee Park\nRecruiter, Red Mesa Mutual"
    )
    assert item.recruiter.agency is False
    assert [p.company for p in item.positions] == ["Red Mesa Mutual"]


@pytest.mark.parametrize(
    "text",
    [
        # a friend asks to be recommended
        "Hey Jonas,\n\nich hab gesehen, dass ihr einen Senior Buyer sucht. Könntest du mich intern "
        "empfehlen? Meinen Lebenslauf schicke ich dir gern.\n\nGrüße\nAnke",
        # a Dutch job alert
        "Subject: Nieuwe vacatures voor jou\n\nJouw vacaturemelding\n\nEr zijn 4 nieuwe vacatures "
        "die passen bij je zoekopdracht:\n\n» Magazijnmedewerker – Tilburg – € 2.700 p/m\n"
        "» Heftruckchauffeur – Breda – € 16,10 per uur",
        # a vendor's demo, in Portuguese
        "Olá, Rita!\n\nVi que a Laticínios Serra tem 20 vagas abertas, entre elas Operador de "
        "Produção. A Triagem.io tria currículos automaticamente. Que tal uma demonstração de 15 "
        "minutos na próxima semana?",
    ],
)
def test_messages_about_jobs_that_are_not_outreach(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam – open to hearing about a Head of Credit Sales role in HK? Tier-1 bank. Happy to "
        "share more on a call.\n\nRavi\nHarbour Talent Asia",
        "Subject: Financial Planner – Tempe\n\nHello Jo,\n\nWe're adding a Financial Planner to "
        "our team in Tempe: $72,000 salary plus bonus, 401(k) match. Coffee next week?\n\n"
        "Regards,\nAnn Lee, CFP®\nManaging Partner, Saguaro Wealth Partners",
    ],
)
def test_outreach_of_the_second_wave(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


# the third wave


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the contracts are the job
        ("We need a Contract Specialist for the Navy programme", "Contract Specialist"),
        ("Smart Contract Auditor (remote, USDC)", "Smart Contract Auditor"),
        # an IR35 status is no part of the title
        ("Hi Jo – inside IR35 Java Developer contract, £500pd", "Java Developer"),
        ("Senior Threat Hunter (TS/SCI)", "Senior Threat Hunter"),
        # a described employer after a VP's title is no field of it
        ("Subject: VP Sales, PE-backed Logistics SaaS", "VP Sales"),
    ],
)
def test_titles_of_the_third_wave(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_speciality_written_twice_with_the_title() -> None:
    item = parse_checked(
        "Subject: Team Lead Service Client – Recyclo Lyon\n\nBonjour Léa,\n\nRecyclo ouvre un "
        "poste de Team Lead Service Client pour encadrer 10 conseillers. 40-44 k€ brut.\n\n"
        "Tom\nRecruteur – Recyclo"
    )
    assert [p.title for p in item.positions] == ["Team Lead Service Client"]
    compound = parse_checked(
        "Subject: Account Executive Mid-Market – Fintra\n\nBonjour Paul,\n\nFintra (logiciel "
        "de paie pour les PME) cherche un Account Executive Mid-Market pour Paris. 60 k€ fixe."
        "\n\nNina"
    )
    assert [(p.title, p.company) for p in compound.positions] == [
        ("Account Executive Mid-Market", "Fintra")
    ]


def test_pay_of_the_third_wave() -> None:
    (slashed,) = find_pay("- Engineering Manager – 85/100K€")
    assert (slashed.min, slashed.max, slashed.currency) == (85000, 100000, "EUR")
    (millions,) = find_pay("Fastlønn i størrelsesorden 2,5–3 MNOK")
    assert (millions.min, millions.max, millions.currency) == (2500000, 3000000, "NOK")
    (dinars,) = find_pay("Salary KWD 550 to 700 per month")
    assert (dinars.min, dinars.max, dinars.currency, dinars.period) == (550, 700, "KWD", "month")
    (pounds,) = find_pay("الراتب: من 30,000 إلى 40,000 جنيه مصري شهرياً")
    assert (pounds.min, pounds.max, pounds.currency) == (30000, 40000, "EGP")
    assert find_pay("une IPO envisagée à horizon 2028, 80 M€ levés") == [] or all(
        m.extra for m in find_pay("une IPO envisagée à horizon 2028, 80 M€ levés")
    )


def test_a_bare_range_in_norway_is_in_kroner() -> None:
    item = parse_checked(
        "Hei Kari! Vi ser etter en Dataingeniør hos Fjordkassen AS. Lønn 750–900k, full remote "
        "i Norge. Interessert i en prat?"
    )
    assert [(p.pay.min, p.pay.currency) for p in item.positions] == [(750000, "NOK")]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Cedar Falls ISD Human Resources", "Cedar Falls ISD"),
        ("Board of Education of Elm Creek Unified School District",
         "Elm Creek Unified School District"),
        ("Here", None),
        ("ASAP", None),
        ("/Line", None),
    ],
)
def test_names_cleaned_in_the_third_wave(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_a_funding_round_a_clearance_and_a_fort_name_no_employer() -> None:
    from sidedoor.intake.extract.company import describes_company

    assert describes_company("Série B")
    assert describes_company("Fort Belvoir")
    item = parse_checked(
        "Subject: Network Engineer – SC Cleared – Corsham – Inside IR35 – £450-£500 p/d\n\n"
        "Hi Tom, 6-month contract, on site 4 days. Interested?\n\nAl\nHillcrest Technical"
    )
    assert [p.company for p in item.positions] == [None]


def test_a_country_after_a_title_is_where_unless_it_is_the_territory() -> None:
    item = parse_checked(
        "Subject: Urgent requirement Chiller Technician Qatar\n\nDear Mr. Anil,\n\nWe are Desert "
        "Crest Facility Services. We have urgent requirement for Chiller Technician for a "
        "hospital contract.\n\nSalary QAR 4,500 per month.\n\nHR Department"
    )
    assert [p.title for p in item.positions] == ["Chiller Technician"]
    territory = parse_checked(
        "Subject: Head of Sales Italy – Lumora\n\nCiao Marco, Lumora is hiring a Head of Sales "
        "Italy, remote, €120k base. Interested?\n\nAnna"
    )
    assert [p.title for p in territory.positions] == ["Head of Sales Italy"]


@pytest.mark.parametrize(
    "text",
    [
        "Hej Anna! Ville bara höra om du hunnit fundera på tjänsten som Controller hos Norrljus "
        "som jag skickade förra veckan? Hör gärna av dig!\n\n/Johanna",
        "件名：Re: 株式会社ミナトデータ データエンジニアのポジションについて\n\n佐藤様\n\n"
        "先日ご案内した株式会社ミナトデータのデータエンジニアの件、その後いかがでしょうか。\n\n田中",
        "Subject: Rhodes College – Vice President for Advancement\n\nDear Ms. Hale,\n\nWe are "
        "assisting Rhodes College in identifying its next Vice President for Advancement, who "
        "will lead major gifts and alumni engagement. The salary range is $210,000–$240,000. May "
        "we schedule a confidential call?\n\nGreenfield Search",
    ],
)
def test_outreach_of_the_third_wave(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


def test_a_meetup_invitation_is_not_outreach() -> None:
    item = parse_checked(
        "Subject: Meetup Data Engineering – jeudi 9\n\nSalut Marc,\n\nJe co-organise le prochain "
        "meetup Data Engineering jeudi 9 (19h). Il y aura pas mal de CTO, ça pourrait "
        "t'intéresser. Inscription gratuite ici : meetup.com/data-eng-lyon\n\nÀ jeudi !"
    )
    assert not item.is_recruiter_outreach


# the fourth wave


def test_an_organisation_after_a_title_s_comma_or_dash() -> None:
    hotel = parse_checked(
        "Subject: Confidential – General Manager, Hotel Verbena (Charleston, SC)\n\nDear Ana,\n\n"
        "We have been retained by the owners of Hotel Verbena to find their next General "
        "Manager. $150k–$170k plus bonus. May we talk?\n\nPalmetto Hospitality Search"
    )
    assert [(p.title, p.company) for p in hotel.positions] == [
        ("General Manager", "Hotel Verbena")
    ]
    pub = parse_checked(
        "Subject: Head Chef – The Old Mill\n\nHi Sam, we're after a Head Chef for the kitchen. "
        "£52,000, four-day week. Fancy a chat?\n\nJo"
    )
    assert [(p.title, p.company) for p in pub.positions] == [("Head Chef", "The Old Mill")]


def test_a_plural_trade_with_its_pay_after_it() -> None:
    item = parse_checked(
        "Subject: Service Electricians earning $80k–$120k – Brightline Electric\n\nHey Dom,\n\n"
        "Our Service Electricians are making $80k–$120k a year. Want to talk?\n\nKyle"
    )
    assert [p.title for p in item.positions] == ["Service Electrician"]


def test_a_staffing_firm_s_name_sells_nothing_and_tagalog_says_no_wfh() -> None:
    item = parse_checked(
        "Subject: Job Offer - Process Engineer (Sta. Rosa, Laguna)\n\nMagandang araw po Engr. "
        "Cruz!\n\nKami po ay naghahanap ng Process Engineer para sa aming kliyente. Salary: "
        "₱40,000 - ₱50,000 per month. Onsite po ang trabaho sa planta, hindi po pwede WFH.\n\n"
        "Ana Santos\nRecruitment Specialist\nSouthgate Techno Staffing Services"
    )
    assert item.is_recruiter_outreach
    assert [p.workplace for p in item.positions] == ["onsite"]


def test_a_list_in_capitals_with_front_of_house() -> None:
    item = parse_checked(
        "Hi Carla,\n\nTwo leadership roles for a steakhouse opening in Tempe:\n\n"
        "EXECUTIVE CHEF – $80K–$90K + bonus\nFRONT OF HOUSE MANAGER – $58K–$62K + bonus\n\n"
        "Let me know which one you'd want to hear more about.\n\nBree\nServeWell Staffing"
    )
    assert [p.title for p in item.positions] == ["EXECUTIVE CHEF", "FRONT OF HOUSE MANAGER"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Lanificio Ferraris di Biella", "Lanificio Ferraris"),
        ("Banca Popolare di Sondrio", "Banca Popolare di Sondrio"),
        ("Banca Ionica Private per la Puglia", "Banca Ionica Private"),
        ("ZaloPay (VNG JSC)", "ZaloPay"),
        ("Důvěrné", None),
    ],
)
def test_names_cleaned_in_the_fourth_wave(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


# the fifth wave


def test_chinese_alerts_rejections_and_sellers_are_not_outreach() -> None:
    for text in (
        "主旨：您訂閱的職缺通知：後端工程師（台北市）共3筆新職缺\n\n林先生 您好，\n"
        "以下是符合您訂閱條件的最新職缺：\n1. 後端工程師｜好日子科技｜月薪 60,000~80,000元",
        "主题：感谢您对云帆科技的关注\n\n尊敬的王先生：\n\n感谢您应聘“数据分析师”职位。我们很遗憾地"
        "通知您，本次无法为您安排后续流程。",
        "主题：【免费试用】AI面试官上线\n\n尊敬的HR负责人，您好：\n我是智聘科技的客户经理。"
        "智聘AI面试官可以帮您自动完成初面。",
    ):
        assert not parse_checked(text).is_recruiter_outreach


def test_a_remote_area_nurse_and_a_german_managing_directorship() -> None:
    assert "Remote Area Nurse" in _titles("we need a Remote Area Nurse for the site clinic")
    assert "Kaufmännische Geschäftsführung" in _titles(
        "Betreff: Vertraulich – Kaufmännische Geschäftsführung, Maschinenbau"
    )


@pytest.mark.parametrize("raw", ["Remoto", "Uzaktan", "Familienunternehmen"])
def test_workplace_and_kind_words_name_no_employer(raw: str) -> None:
    assert clean_name(raw) is None
