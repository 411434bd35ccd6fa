"""Round 16: the classes of miss that new blind sets showed (messages in our own wording)."""

from __future__ import annotations

import re

from intake_checks import assert_spans, parse_checked
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.company import domain_name, split_domain
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.models import ParsedItem


def _one(text: str) -> ParsedItem:
    return parse_checked(text)  # every field's evidence checked against the text


def _benefits(text: str) -> set[str]:
    return {b.name for b in find_benefits(text)}


# --- outreach in more languages, and what is not outreach


def test_a_french_founder_looking_for_a_developer_is_outreach() -> None:
    item = _one(
        "Salut Inès,\n\nJe suis Hugo, cofondateur et CTO d'Ostral. Je cherche un développeur"
        " back-end principal pour rejoindre l'équipe.\n\n- 90 000 $ à 105 000 $ par année\n"
        "- Options d'achat d'actions\n- Assurance collective (santé et dentaire)\n\nUn café?\n\n"
        "Hugo Lemieux\nCofondateur & CTO, Ostral"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "développeur back-end principal"
    assert position.pay is not None and position.pay.currency == "CAD"
    assert {"equity", "health_insurance", "dental"} <= {b.name for b in position.benefits}


def test_a_danish_talent_partner_and_a_korean_headhunter_are_outreach() -> None:
    danish = _one(
        "Hej Søren,\n\nJeg er Talent Partner hos Vestvind Energi, og vi søger en erfaren"
        " Projektleder til vores landvindprojekter.\n\nVi tilbyder:\n• Sundhedsforsikring\n"
        "• 6. ferieuge\n• Mulighed for hjemmearbejde 1-2 dage om ugen\n\nVenlig hilsen\n"
        "Mette Lund\nTalent Partner\nVestvind Energi A/S"
    )
    assert danish.is_recruiter_outreach
    (position,) = danish.positions
    assert position.title == "Projektleder"
    assert position.workplace == "hybrid"
    assert {"health_insurance", "pto"} <= {b.name for b in position.benefits}
    korean = _one(
        "민수 님, 안녕하세요. 저희 고객사에서 Data Engineer를 채용 중입니다.\n"
        "- 근무형태: 하이브리드 (주 2회 재택)\n- 연봉: 6,000만원 ~ 7,500만원\n"
        "- 복리후생: 스톡옵션, 점심 식대 지원, 자기계발비\n15분 통화 가능하실까요?"
    )
    assert korean.is_recruiter_outreach
    (position,) = korean.positions
    assert position.workplace == "hybrid"
    assert {"equity", "meals", "learning_budget"} <= {b.name for b in position.benefits}


def test_an_owner_hiring_for_his_shop_is_outreach_though_he_writes_lol() -> None:
    item = _one(
        "Hi Dana,\n\nI own Mesa Plumbing here in Tucson. I'm looking for a Service Plumber.\n"
        "* $30 to $42 an hour\n* Company van + tools provided\n\nIt's a field job obviously,"
        " no working from home lol. Stop by the shop any morning.\n\nRay\nMesa Plumbing"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "Service Plumber"
    assert position.workplace == "onsite"


def test_arrow_bullets_are_no_job_digest() -> None:
    item = _one(
        "Hi Luis,\n\nI'm the engineering manager at Tarn Valves. I came across your profile and"
        " we're adding a Process Engineer to my team.\n\n→ $80,000–$95,000\n→ 401(k) with a 4%"
        " match\n→ Medical, dental, vision\n→ Hybrid: 3 days on site\n\nThanks,\nKim Ortiz"
    )
    assert item.is_recruiter_outreach
    assert "many_listings" not in {c.name for c in item.cues}


def test_a_friend_asking_to_be_referred_and_an_agency_offering_consultants_are_not() -> None:
    friend = _one(
        "Hey Joris! Long time. I saw your team is hiring a Backend Engineer in Utrecht. Would"
        " you be OK to refer me internally? Happy to send my CV.\n\nCheers,\nMila"
    )
    assert not friend.is_recruiter_outreach
    pitch = _one(
        "Dear Ms. Roth,\n\nI'd like to introduce three highly qualified freelance consultants"
        " from our network, available from May at €950/day. Anonymised profiles are attached."
        "\n\nShall I arrange calls?\n\nJonas Weber\nKey Account Manager\nNordbyte Solutions GmbH"
    )
    assert not pitch.is_recruiter_outreach


# --- titles


def test_a_vp_title_keeps_its_function_after_a_comma() -> None:
    titles = find_titles("They need a VP, Treasury Management Sales to cover the Piedmont.")
    assert [t.text for t in titles] == ["VP, Treasury Management Sales"]
    assert [t.text for t in find_titles("Vice President at Holt Bank")] == ["Vice President"]


def test_an_abbreviated_title_in_the_subject_gives_way_to_the_written_out_one() -> None:
    item = _one(
        "Subject: Director of F&B – Saltmarsh Inn\n\nHello Ana,\n\nI'm Paul Grey, General"
        " Manager at Saltmarsh Inn. Our Director of Food & Beverage is retiring and I'm"
        " quietly looking for a successor. $90K–$100K base.\n\nBest,\nPaul Grey"
    )
    (position,) = item.positions
    assert position.title == "Director of Food & Beverage"
    assert position.company == "Saltmarsh Inn"


def test_numbered_roles_with_a_qualified_title_are_two_positions() -> None:
    item = _one(
        "G'day Sam,\n\nI run Reefside Electrical, 12 of us now. Looking for two people:\n\n"
        "1) Qualified Electrician – domestic work, $44–$50/hr\n"
        "2) HVAC Technician – split systems, $47–$54/hr\n\nBoth on site. Give us a bell.\n\n"
        "Cheers\nBen\nReefside Electrical"
    )
    assert [p.title for p in item.positions] == ["Qualified Electrician", "HVAC Technician"]


# --- companies and recruiters


def test_a_person_saying_here_is_no_company() -> None:
    item = _one(
        "Jake,\n\nMarta Olsen here, line superintendent at Prairie Rural Electric. We've got a"
        " Journeyman Lineman spot open on our crew. $51/hr, take-home truck.\n\n"
        "Marta Olsen\nLine Superintendent\nPrairie Rural Electric"
    )
    assert item.recruiter.company == "Prairie Rural Electric"
    (position,) = item.positions
    assert position.company == "Prairie Rural Electric"
    assert "company_car" in {b.name for b in position.benefits}


def test_a_note_signed_name_bar_agency_names_the_agency() -> None:
    item = _one(
        "Hi Niamh, following up on the Claims Manager role with Corrib Insurance. €70–80k +"
        " bonus, hybrid. Let me know!\n\nCiarán | Shannonside Recruitment"
    )
    assert item.recruiter.company == "Shannonside Recruitment"
    assert item.positions[0].company == "Corrib Insurance"


def test_a_degree_before_the_name_in_a_signature() -> None:
    item = _one(
        "Estimado Ing. Flores:\n\nLe escribo de Cumbre Executive Search; conducimos la búsqueda"
        " de un Jefe de Planta para una minera en Cajamarca. S/ 15,000 brutos mensuales.\n\n"
        "Atentamente,\n\nIng. Lucía Ramos Vega\nGerente de Búsqueda\nCumbre Executive Search"
    )
    assert item.recruiter.name == "Lucía Ramos Vega"
    assert item.recruiter.company == "Cumbre Executive Search"


def test_a_run_together_domain_of_common_words_is_split() -> None:
    assert domain_name("riobravofreight") == "Rio Bravo Freight"
    assert domain_name("sementesaurora") == "Sementesaurora"  # a rare piece: left whole
    assert split_domain("harbourline", "Harbourline Recruitment\nSydney") == "Harbourline"


# --- pay, workplace, benefits


def test_headcounts_project_sizes_and_meal_tickets_are_not_pay() -> None:
    assert find_pay("(CA de 700 M€, 3 200 collaborateurs en France)") == []
    assert find_pay("projects from approx. 3 Mio. € up to 20 Mio. €") == []
    (meal,) = find_pay("meal tickets 40 RON/day")
    assert meal.extra is True


def test_a_swiss_round_amount_range() -> None:
    (mention,) = find_pay("Salaire annuel brut de CHF 110'000.– à 130'000.–, versé en 13 fois")
    assert (mention.min, mention.max, mention.currency) == (110000, 130000, "CHF")


def test_a_carolina_page_mentioning_pe_prep_is_in_dollars() -> None:
    (mention,) = find_pay("Greenville, SC. $88,000–$104,000, tuition help for your PE prep")
    assert mention.currency == "USD"


def test_more_on_site_phrasings() -> None:
    for text in (
        "This is field work in our territory, you'd report to the Lewistown yard every day.",
        "Poste 100 % sur place, horaire de jour.",
        "Régimen 14x7, 100% en unidad minera.",
        "Je werkt vanop de werf, thuiswerk is niet voorzien.",
        "Il ruolo è in presenza presso il punto vendita.",
    ):
        assert find_workplace(text).workplace == "onsite", text


def test_more_benefit_phrasings() -> None:
    assert _benefits("Groepsverzekering, hospitalisatieverzekering en eindejaarspremie") == {
        "retirement_plan", "health_insurance", "thirteenth_salary"}
    assert _benefits("REER collectif; versé en 13 mensualités") == {
        "retirement_plan", "thirteenth_salary"}
    assert _benefits("Firmen-PKW, auch zur Privatnutzung; 14 Gehälter") == {
        "company_car", "thirteenth_salary"}
    assert _benefits("Salário pago em 14 meses") == {"thirteenth_salary"}
    assert _benefits("EPS al 100%, alojamiento y alimentación, transporte desde Lima cubierto") == {
        "health_insurance", "meals", "commuter"}
    assert "bonus" in _benefits("$140-160k base plus uncapped incentive")


# --- the second batch: more of the development sets' classes


def test_a_saas_vendor_pitching_an_ats_is_not_outreach() -> None:
    item = _one(
        "Hi Priya,\n\nSaw that Kestrel Foods is hiring for 40+ roles across your plants - congrats!"
        "\n\nI'm with TalentLoop, an ATS for plant hiring teams. Pricing starts at ₹2,499 per"
        " recruiter per month.\n\nCan I show you a 15-minute demo on Friday?\n\nBest,\nArjun"
        "\nAccount Executive, TalentLoop"
    )
    assert not item.is_recruiter_outreach


def test_a_locum_agency_booking_cover_for_a_health_authority() -> None:
    item = _one(
        "Subject: Rural locums – Family Medicine – Northern Manitoba\n\nHi Dr. Berg,\n\nAspen"
        " Locum Physicians is booking coverage for Northland Regional Health this spring.\n\n"
        "1. Locum Family Physician — clinic Mon–Fri, guaranteed $2,000/day\n2. Locum Emergency"
        " Physician — 12-hour shifts, $220/hr\n\nReply with the weeks that suit.\n\nThanks!\n"
        "Jo Hale\nPhysician Recruitment Coordinator\nAspen Locum Physicians"
    )
    assert item.recruiter.agency is True
    assert [p.company for p in item.positions] == ["Northland Regional Health"] * 2
    assert {p.pay.currency for p in item.positions if p.pay} == {"CAD"}


def test_governors_of_a_college_and_a_short_co_op_name() -> None:
    item = _one(
        "Dear Ms Vale,\n\nOakley Education Search has been retained by the Governors of"
        " Thornbury College to appoint a Deputy Head (Pastoral).\n\nWith best wishes,\n\n"
        "Dr Ruth Oakley\nPartner\nOakley Education Search"
    )
    assert item.positions[0].company == "Thornbury College"
    coop = _one(
        "Subject: Lineworker – Red Mesa Electric Co-op\n\nHi Cole,\n\nWe've got a Lineworker"
        " opening on our crew, $49/hr.\n\nPat Dunn\nLine Superintendent\n"
        "Red Mesa Electric Cooperative"
    )
    assert coop.positions[0].company == "Red Mesa Electric Cooperative"


def test_a_title_written_with_its_company_and_a_subject_naming_roles() -> None:
    item = _one(
        "Asunto: Jefe de Bodega Comercial Lircay\n\nHola Tomás, te escribe Paula del equipo de"
        " Atracción de Talento de Comercial Lircay. Estamos buscando Jefe de Bodega para nuestro"
        " centro de Quilicura.\n- Renta de $1.500.000 líquidos mensuales\n\n¡Saludos!\nPaula Soto"
        "\nAtracción de Talento | Comercial Lircay"
    )
    (position,) = item.positions
    assert position.title == "Jefe de Bodega"
    assert position.pay is not None and position.pay.currency == "CLP"
    roles = _one(
        "Subject: 2 x Telco roles – PTA – Core Network & IP Transport\n\nHi Sipho, two live"
        " mandates for a mobile operator:\n\n1) Core Network Engineer\n– R650 000 CTC\n"
        "2) IP Transport Specialist\n– R580 000 CTC\n\nKind regards\nLerato\n"
        "Senior Consultant – Telecoms\nBlueWave Talent Solutions"
    )
    assert [p.company for p in roles.positions] == [None, None]


def test_a_careers_link_names_the_employer_before_the_subject_does() -> None:
    item = _one(
        "Subject: Territory Manager – Trauma – Austin\n\nDrew — I'm recruiting a Territory"
        " Manager for the Austin territory. Full JD: careers.ridgeortho.com/jobs/88\n\n"
        "Comp: $90K–$110K base + commission.\n\nSam Hart\nPrincipal | Lonestar MedTech Search"
    )
    assert item.recruiter.company == "Lonestar MedTech Search"
    assert item.positions[0].company == "Ridgeortho"  # two short pieces: left whole


def test_weekly_gross_and_meal_cheques() -> None:
    (weekly,) = find_pay("• Weekly gross: $2,700 (taxable base + stipends)")
    assert weekly.period == "week"
    (cheque,) = find_pay("– Maaltijdcheques van €8")
    assert cheque.extra is True
    assert find_pay("super-app with ~4M MAU") == []
    assert find_pay("(seed funded, 900 paying customers)") == []


# --- the third batch: on-site and hybrid phrasings, and follow-ups signed with a first name


def test_on_site_phrasings_of_plants_offices_and_wards() -> None:
    for text in (
        "Location: Hosur plant (work from plant, 6 days, rotational shifts)",
        "- Work style: office attendance basically 5 days, because of the control system",
        "Office-first, 5 days a week in Koramangala.",
        "The position requires full-time presence at the head office in Lausanne.",
        "Given the clearance, this position is performed entirely on location.",
        "• Shift: 3x12 nights (7p–7a)",
    ):
        assert find_workplace(text).workplace == "onsite", text


def test_hybrid_phrasings_in_days_percentages_and_studios() -> None:
    for text in (
        "- 2 days per week mobile work, the other days in the office in Ulm",
        "- 2-3 days mobile work per week possible, rest in the office",
        "based in Vienna, with up to two days per week of teleworking.",
        "- Hybrides Arbeiten: bis zu 60 % mobil",
        "– Arbeitsort Basel, 60% vor Ort / 40% Homeoffice",
        "Le poste est basé sur site, avec la possibilité de télétravailler 1 jour par semaine.",
        "- Télétravail jusqu'à 2 jours par semaine, le reste sur site",
        "📍 Perth – we're in the office Tue–Thu, home the rest",
        "for our Galway studio - 3 days in-studio, 2 from home",
        "The role is Edinburgh-based with a four-day office expectation.",
    ):
        assert find_workplace(text).workplace == "hybrid", text


def test_a_follow_up_signed_with_a_first_name_takes_the_quoted_pitch() -> None:
    item = _one(
        "Subject: Re: Senior Data Engineer\n\nLabas Tomas,\n\nJust following up on my message"
        " from last week. The role is still open.\n\nRūta\n\nOn Tue, 4 Mar 2025 at 11:30, Rūta"
        " Petraitė <ruta.p@gmail.com> wrote:\n> Hi Tomas,\n>\n> I'm a tech recruiter at Vilkas"
        " — Vilkas's data team is looking for a Senior Data Engineer.\n>\n> - €4,200 – €5,400"
        " gross per month\n> - Hybrid: our Kaunas office 2 days a week\n>\n> Rūta\n"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.company == "Vilkas"
    assert position.workplace == "hybrid"
    assert position.pay is not None and (position.pay.min, position.pay.max) == (4200, 5400)


# --- the fourth batch: job pages (agencies, Japanese, a job board's fields), replies, lists


_AGENCY_PAGE = """<html><head>
<title>Harbourline Talent hiring Senior Data Analyst | LinkedIn</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
"title": "Senior Data Analyst", "hiringOrganization": {"@type": "Organization",
"name": "Harbourline Talent"}}</script></head><body><h1>Senior Data Analyst</h1>
<p>Harbourline Talent</p><p>On behalf of our client, Tideway Water, we are seeking a Senior Data
Analyst for a 6-month contract. Rate: $850 – $950 per day + super. Hybrid – 3 days a week in the
client's Brisbane office.</p></body></html>"""


def _page(html: str) -> ParsedItem:
    (item,) = parse_bytes(html.encode(), name="job.html").items
    assert_spans(item)
    return item


def _visible_only(html: str) -> str:
    """The page without its JSON-LD: what a reader of the visible text has."""
    return re.sub(r"<script[^>]*ld\+json[^>]*>.*?</script>", "", html, flags=re.S)


def test_an_agency_page_names_its_client_not_itself() -> None:
    for html in (_AGENCY_PAGE, _visible_only(_AGENCY_PAGE)):
        (position,) = _page(html).positions
        assert position.company == "Tideway Water"
    unnamed = _AGENCY_PAGE.replace("our client, Tideway Water,", "our client, a leading utility,")
    for html in (unnamed, _visible_only(unnamed)):
        (position,) = _page(html).positions
        assert position.company is None


_JAPANESE_PAGE = """<html><head>
<title>データエンジニア｜採用情報｜株式会社アオバデータ</title></head>
<body><h1>データエンジニア</h1><p>物流データの基盤を一緒に育ててくれる仲間を募集しています。</p>
<dl><dt>給与</dt><dd>年収550万円〜800万円</dd><dt>勤務形態</dt><dd>ハイブリッド勤務（週2日出社）</dd>
<dt>福利厚生</dt><dd>賞与年2回、交通費全額支給、在宅勤務手当、退職金制度</dd></dl></body></html>"""


def test_a_japanese_job_page() -> None:
    (position,) = _page(_JAPANESE_PAGE).positions
    assert position.title == "データエンジニア"
    assert position.company == "株式会社アオバデータ"  # the page's title, not its tagline
    assert position.workplace == "hybrid"
    assert position.pay is not None
    assert (position.pay.min, position.pay.max, position.pay.currency) == (5500000, 8000000, "JPY")
    assert {"bonus", "commuter", "remote_stipend", "retirement_plan"} <= {
        b.name for b in position.benefits
    }


def test_a_job_boards_remote_no_field_is_not_remote() -> None:
    text = "Location: Lakewood, Colorado\nRemote job: No\nTelework eligible: No\n"
    assert find_workplace(text).workplace != "remote"


def test_a_chat_export_starting_with_a_bracket_is_text_not_json() -> None:
    item = _one(
        "[14:02, 18/03/2025] Ada (Brightwave Talent): Hi Tolu, Ada here from Brightwave Talent\n"
        "[14:02, 18/03/2025] Ada (Brightwave Talent): I have a Senior Copywriter role with a"
        " creative agency in Lekki. Onsite Mon–Fri\n[14:03, 18/03/2025] Ada (Brightwave Talent):"
        " Pay is ₦850,000 monthly net + HMO + 13th month"
    )
    assert item.kind == "message"
    assert item.positions[0].title == "Senior Copywriter"


def test_a_reply_with_its_own_details_keeps_them_and_its_quoted_pitch_counts() -> None:
    item = _one(
        "Subject: Re: Oportunidade – UX Writer | Lojas Aurora\n\nOi Bia, tudo bem?\n\nSeguem os"
        " detalhes:\n- Faixa salarial: R$ 13.000 a R$ 16.000 por mês (CLT)\n- Modelo: híbrido\n\n"
        "Abs,\nRafael Lima\nConsultor Sênior | Talentos Ponte\n\nEm seg., 3 de mar. de 2025 às"
        " 17:40, Rafael Lima <rafael@talentosponte.com.br> escreveu:\n> Olá Bia!\n> Sou consultor"
        " da Talentos Ponte e estou conduzindo o processo de UX Writer para a Lojas Aurora.\n>"
        " Vi seu portfólio no Medium. Podemos conversar?\n"
    )
    assert item.is_recruiter_outreach
    assert "quoted_outreach" in {c.name for c in item.cues}
    (position,) = item.positions
    assert position.pay is not None and (position.pay.min, position.pay.max) == (13000, 16000)


def test_roles_in_single_star_emphasis_and_a_name_with_its_particle() -> None:
    item = _one(
        "Hi Marcus,\n\nWe're partnering with Gulfview Health on two openings:\n\n*1) Medical"
        " Writer*\n- 100% remote\n- $90,000 – $110,000 base\n\n*2) Patient Education Specialist*"
        "\n- Hybrid – 2 days/week in Tampa\n- $65,000 – $75,000 base\n\nBest,\nDana"
    )
    assert [p.title for p in item.positions] == ["Medical Writer", "Patient Education Specialist"]
    note = _one(
        "Subject: Re: Content Designer – ABN\n\nHi Joost, bumping this one: ABN's payments tribe"
        " still has the Content Designer seat open. Worth 10 mins?\n\nSanne de Wit | Hays"
    )
    assert note.recruiter.company == "Hays"
    assert note.positions[0].company == "ABN"


# --- the fifth batch: Nordic messages


def test_a_danish_nurse_manager_approach_is_outreach_in_kroner() -> None:
    item = _one(
        "Emne: Afdelingssygeplejerske til Kirurgisk Afdeling\n\nKære Lise\n\nJeg hedder Anne Holm"
        " og er oversygeplejerske på Kirurgisk Afdeling, Regionshospitalet Vestkyst i Esbjerg."
        " Vi skal have en ny afdelingssygeplejerske pr. 1. april.\n\nStillingen er på 37 timer,"
        " med fast arbejdssted i afsnittet. Løn ca. 43.000 kr. om måneden plus pension.\n\n"
        "Har du lyst til en kop kaffe?\n\nVenlig hilsen\nAnne Holm"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "Afdelingssygeplejerske"
    assert position.workplace == "onsite"
    assert position.pay is not None and position.pay.currency == "DKK"


def test_norwegian_swedish_and_finnish_approaches() -> None:
    norwegian = _one(
        "Hei Kari,\n\nJeg heter Ola Berg og jobber som HR-rådgiver i Fjordkraft Nett. Vi trenger"
        " en erfaren senior prosjektleder i Bergen.\n\n– Årslønn 800 000 – 950 000 kr\n"
        "– Innskuddspensjon\n– Fleksitid, og mulighet for hjemmekontor inntil to dager i uken\n\n"
        "Har du lyst til å ta en uforpliktende prat?\n\nMed vennlig hilsen\nOla Berg"
    )
    assert norwegian.is_recruiter_outreach
    assert norwegian.recruiter.company == "Fjordkraft Nett"
    (position,) = norwegian.positions
    assert position.workplace == "hybrid"
    assert {"retirement_plan", "flexible_hours"} <= {b.name for b in position.benefits}
    swedish = _one(
        "Hej Erik!\n\nVi på Norrsken Kraft söker en drifttekniker till vårt kraftverk i Lycksele."
        " Tjänsten är på plats vid kraftstationen.\n\n– Månadslön 37 000–43 000 kr\n"
        "– Friskvårdsbidrag på 5 000 kr/år\n\nHar du tid för ett kort samtal?\n\nSara"
    )
    assert swedish.is_recruiter_outreach
    assert swedish.recruiter.company == "Norrsken Kraft"
    (position,) = swedish.positions
    assert position.workplace == "onsite"
    assert position.pay is not None and (position.pay.min, position.pay.max) == (37000, 43000)
    finnish = _one(
        "Aihe: Myymäläpäällikkö – Kotimarket Lielahti\n\nHei Anni,\n\nNäin profiilisi LinkedInissä."
        " Etsimme uutta myymäläpäällikköä.\n- Tulospalkkio\n- Henkilökunta-alennus\n\nTyö tehdään"
        " myymälässä paikan päällä.\n\nOlisiko sinulla aikaa lyhyelle puhelulle?"
    )
    assert finnish.is_recruiter_outreach
    (position,) = finnish.positions
    assert position.title == "Myymäläpäällikkö"
    assert position.workplace == "onsite"
    assert {"bonus", "employee_discount"} <= {b.name for b in position.benefits}


def test_a_directive_named_nis2_is_no_pay() -> None:
    assert find_pay("vårt arbete med NIS2 och informationsklassning") == []
    assert [(m.min, m.currency) for m in find_pay("NZ$65 per hour")] == [(65, "NZD")]


# --- the sixth batch: sets 205 and 206's classes


def test_indian_and_indonesian_pay_forms() -> None:
    assert [(m.min, m.max) for m in find_pay("pay min 20 upto 26 LPA")] == [(2000000, 2600000)]
    assert [(m.min, m.max) for m in find_pay("WFO, CTC upto 7 LPA")] == [(None, 700000)]
    (crore,) = find_pay("Fixed package: ₹1.2 – 1.5 Cr per annum")
    assert (crore.min, crore.max, crore.period) == (12000000, 15000000, "year")
    revenue, pay = find_pay("- revenue > Rp 500 M\n- Gaji Rp 28 - 35 juta / bulan")
    assert revenue.extra is True
    assert (pay.min, pay.max, pay.period, pay.extra) == (28000000, 35000000, "month", False)


def test_supporting_a_bank_to_fill_a_role_is_outreach_and_a_vendor_to_a_ta_head_is_not() -> None:
    item = _one(
        "Good afternoon Chinedu,\n\nMy name is Ada Obi, Senior Consultant at Crestline HR"
        " Consulting. We are supporting a Tier-1 bank (name withheld) to fill the role of"
        " Relationship Manager, Corporate Banking.\n\nRemuneration: ₦18m – ₦24m per annum"
        "\n\nKindly revert with your CV, or refer someone who fits the brief."
    )
    assert item.is_recruiter_outreach
    vendor = _one(
        "Dear Ms. Rao,\n\nAs Head of Talent Acquisition at a 4,000+ seat BPO, you know the pain of"
        " mass hiring.\n\nHireWise is an ATS built for volume hiring. Plans starting at ₹39,999"
        "/month.\n\nCan I block 20 minutes next week for a quick demo?\n\nVik\nSales, HireWise"
    )
    assert not vendor.is_recruiter_outreach


def test_an_agency_offering_a_contractor_is_not_outreach() -> None:
    item = _one(
        "Hi Gemma,\n\nI noticed Fenwood Insurance is advertising for front-end contractors, so I"
        " wanted to flag a candidate I'm representing: a Senior React developer, £475/day"
        " outside IR35.\n\nShall I send the CV across?\n\nNathan\nBusiness Manager | Ridgeway IT"
    )
    assert not item.is_recruiter_outreach


def test_the_company_after_a_unit_and_the_writers_own_title_line() -> None:
    item = _one(
        "Head of Fraud Analytics – Glasgow\n\nHi Euan,\n\nI lead Talent Acquisition for the Risk &"
        " Compliance function at Clyde & Mercantile Bank. I'm looking for a Head of Fraud"
        " Analytics. Package: £100,000–£120,000 base.\n\nMorag Reid (she/her)\nHead of Talent"
        " Acquisition – Risk & Compliance\nClyde & Mercantile Bank"
    )
    assert item.recruiter.company == "Clyde & Mercantile Bank"
    assert [(p.title, p.company) for p in item.positions] == [
        ("Head of Fraud Analytics", "Clyde & Mercantile Bank")
    ]


def test_a_founder_signing_dev_and_a_forwarded_pitch_under_outlook_headers() -> None:
    item = _one(
        "hey Lena —\n\nDev here, cofounder/CTO. We're looking for a founding backend engineer —"
        " Go + Postgres.\n- fully remote\n- $160k–$185k + equity\n\nwould love 20 min.\n\n— Dev\n"
        "dev@tidewaylabs.io"
    )
    assert item.positions[0].title == "founding backend engineer"
    reply = _one(
        "Subject: RE: Senior Data Engineer – Cork – €80-90k\n\nHi Aoife,\n\nJust bumping this up."
        "\n\nThanks,\nCian\n\nCian Moore | Principal Consultant\nLee Tech Recruitment\n\nFrom: Cian"
        " Moore\nSent: Tuesday 29 April 2025 10:14\nTo: Aoife Byrne\nSubject: Senior Data Engineer"
        " – Cork – €80-90k\n\nHi Aoife,\n\nI'm working with Harbour Payments on a Senior Data"
        " Engineer hire for their Cork office. Hybrid, 3 days in.\n\n- €80k – €90k + 10% bonus\n\n"
        "Would you be open to a chat?\n\nCian"
    )
    (position,) = reply.positions
    assert position.company == "Harbour Payments"
    assert position.workplace == "hybrid"


def test_graded_sde_titles_and_a_place_after_a_dash() -> None:
    assert [t.text for t in find_titles("Opening for SDE-2 at Paisa, Bengaluru")] == ["SDE-2"]
    assert [t.text for t in find_titles("hiring SDET II for our QA team")] == ["SDET II"]
    item = _one(
        "Asunto: Gerente de Planta – Querétaro\n\nHola Luis, te escribe Ana de Talento Bajío."
        " Buscamos Gerente de Planta para una armadora. $120,000 MXN mensuales.\n\nSaludos,\nAna"
    )
    assert item.positions[0].title == "Gerente de Planta"


def test_round_amounts_written_with_a_dash_and_dutch_minimum_maximum() -> None:
    (german,) = find_pay("das entspricht derzeit 3.905,– € bis 5.345,– € brutto monatlich")
    assert (german.min, german.max, german.currency) == (3905, 5345, "EUR")
    (french,) = find_pay("Salaire mensuel brut entre CHF 6'200.– et CHF 7'000.–")
    assert (french.min, french.max) == (6200, 7000)
    (dutch,) = find_pay("Een salaris van minimaal € 4.010 en maximaal € 5.825 bruto per maand")
    assert (dutch.min, dutch.max, dutch.period) == (4010, 5825, "month")
    text = "Präsenz vor Ort; mobiles Arbeiten ist in dieser Funktion leider nicht vorgesehen."
    assert find_workplace(text).workplace == "onsite"


def test_in_house_senders_in_more_languages_and_agencies_naming_their_client() -> None:
    item = _one(
        "Oi Rafael, tudo bem? Sou a Juliana, tech recruiter aqui na Cajá Pagamentos 👋 Estamos"
        " com uma vaga de Engenheira de Dados Sênior. R$ 18.000 a R$ 22.000 por mês.\n\nJuliana"
    )
    assert item.recruiter.company == "Cajá Pagamentos"
    agency = _one(
        "Halo kak Dimas, saya Rani dari Talentku Recruitment. Lagi bantu client kami, PT Kopi"
        " Senja, cari Head of Supply Chain. Gaji Rp 45 - 55 juta / bulan.\n\nRani"
    )
    assert agency.recruiter.agency is True
    assert agency.recruiter.company == "Talentku Recruitment"


# --- the seventh batch: sets 207 and 208 (Spanish and Portuguese; formatting)


def test_spanish_and_portuguese_approaches_are_outreach() -> None:
    for text in (
        "Olá Ricardo,\n\nChamo-me Inês e trabalho na equipa de Recursos Humanos da Lusofrete."
        " Estamos a recrutar um Responsável de Armazém.\n- Vencimento entre 1.600€ e 1.900€"
        " brutos mensais (x14)\n\nCumprimentos,\nInês",
        "Hola Iker:\n\nTe escribo desde Norte Talento Consultores. Estamos cubriendo varias"
        " posiciones para una planta en Pamplona.\n► Ingeniero de Procesos\n  38.000 – 45.000 €"
        " brutos/año.\n\nUn saludo,\nAmaia",
        "Hola Diego, ¿abierto a conversar sobre una posición de Gerente de Producto Digital en"
        " un banco? Esquema híbrido, hasta S/ 24,000 mensuales.\n\nRocío – Qhapaq Search",
    ):
        assert _one(text).is_recruiter_outreach, text[:40]


def test_a_spanish_job_seeker_and_a_spanish_rejection_are_not() -> None:
    seeker = _one(
        "Hola Andrés,\n\nSoy Valentina, coincidimos en un meetup. Estoy buscando mi primer trabajo"
        " como Data Analyst; ¿sabes si hay alguna posición junior abierta? Te adjunto mi CV."
    )
    assert not seeker.is_recruiter_outreach
    rejection = _one(
        "Subject: Tu candidatura para Product Manager – Casaverde\n\nHola Alex,\n\nTras valorar"
        " todas las candidaturas, hemos decidido seguir adelante con otra persona.\n\nUn saludo,"
        "\nEquipo de Talent Acquisition"
    )
    assert not rejection.is_recruiter_outreach


def test_entities_in_pasted_text_a_numbered_table_and_an_agency_opt_out_line() -> None:
    item = _one(
        "Hi Wei Ling,\n\nThanks for connecting. I'm building out the risk function for a digital"
        " bank here in Singapore (I can share the name once we've spoken; the search is"
        " confidential). Three roles are open:\n\n| # | Role | Level |\n|---|---|---|\n"
        "| 1 | Head of Risk Analytics | VP |\n| 2 | Senior Credit Risk Modeller | AVP |\n\n"
        "Hybrid – 3 days in office. Could we find 20 mins this week?\n\nDaniel\nDirector, Maple"
        " &amp; Birch Search\n\nIf you do not wish to receive further opportunities from us,"
        ' reply "unsubscribe".'
    )
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == [
        "Head of Risk Analytics",
        "Senior Credit Risk Modeller",
    ]
    assert "&amp;" not in item.text


def test_keycap_roles_with_a_specialty_capital_roles_and_uruguayan_pesos() -> None:
    item = _one(
        "Oi, Pedro! Aqui é a Fernanda, do time de Gente & Gestão da AgroLeite. Lembrei de você"
        " para duas posições:\n\n1\ufe0f\u20e3 Engenheiro de Dados Sênior\n• Salário: R$ 17.000 a"
        " R$ 21.000/mês\n\n2\ufe0f\u20e3 Tech Lead Mobile – Flutter\n• R$ 29 mil/mês\n\nFernanda"
    )
    assert [p.title for p in item.positions] == ["Engenheiro de Dados Sênior", "Tech Lead Mobile"]
    shop = _one(
        "Hola Jorge, soy Itzel de Reclutamiento en Súper Regio. Tenemos dos vacantes:\n\n"
        "🛒 GERENTE DE TIENDA\n- $37,000 MXN brutos mensuales\n\n🛒 SUBGERENTE DE PISO DE VENTA\n"
        "- $23,000 a $25,000 brutos mensuales\n\nSaludos,\nItzel"
    )
    assert [p.title for p in shop.positions] == ["GERENTE DE TIENDA", "SUBGERENTE DE PISO DE VENTA"]
    (peso,) = find_pay("Salario nominal: $U 180.000 mensuales")
    assert (peso.min, peso.currency, peso.period) == (180000, "UYU", "month")


def test_a_japanese_headhunters_message() -> None:
    item = _one(
        "件名：【非公開求人】外資系SaaS企業 シニアデータエンジニア（年収800万〜1,100万円）"
        "\n\n山田 様\n\n株式会社キャリアリンクの佐藤と申します。\nLinkedInにてご経歴を拝見し、"
        "ぜひご紹介したい求人がございましたのでご連絡差し上げました。\n\n"
        "■ポジション：シニアデータエンジニア\n■働き方：リモート可（週1回出社）\n"
        "■想定年収：800万円〜1,100万円\n\nご興味がございましたら、ご都合のよい日時を"
        "お知らせください。\n\n佐藤\n株式会社キャリアリンク\nシニアコンサルタント"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "シニアデータエンジニア"
    assert position.workplace == "hybrid"
    assert position.pay is not None and (position.pay.min, position.pay.max) == (8000000, 11000000)


def test_a_list_items_place_after_its_title_is_not_part_of_it() -> None:
    item = _one(
        "Hi Sam, two openings at Lindqvist Labs:\n\n1) Data Engineer Berlin – €70k\n"
        "2) Tech Lead Mobile – Flutter, €85k\n\nInterested?\n\nAnna"
    )
    assert [p.title for p in item.positions] == ["Data Engineer", "Tech Lead Mobile"]
