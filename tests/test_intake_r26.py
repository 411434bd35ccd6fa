"""Round 26: the outreach weights fitted to the labelled messages, and the cues the fit split
(messages in our own words)."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract import outreach
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.models import ParsedItem


def _one(text: str) -> ParsedItem:
    return parse_checked(text)  # every field's evidence checked against the text


def _cues(text: str) -> dict[str, str]:
    return {f.name: f.text for f in outreach.score(text)[2]}


def test_the_weights_in_use_are_the_fitted_ones_and_the_rest_hand_set() -> None:
    data = resources.files("sidedoor.intake.extract").joinpath("outreach_weights.json")
    fitted = json.loads(data.read_text("utf-8"))
    assert fitted["bias"] == outreach.BIAS
    for name, hand in outreach.PRIOR_WEIGHTS.items():
        assert outreach.fired_by_caller(name, None, None, "").weight == fitted["weights"].get(
            name, hand
        )


def test_the_confidence_is_recomputed_from_the_cues_in_the_output() -> None:
    item = _one(
        "Hi Dana, I'm a recruiter at Fenwick Search. My client is hiring a Brand Manager in "
        "Cape Town, R650k-R720k, hybrid. Open to a 15-minute call this week?"
    )
    total = outreach.BIAS + sum(c.weight for c in item.cues)
    assert item.is_recruiter_outreach
    assert item.confidence == pytest.approx(1 / (1 + math.exp(-total)), abs=0.001)


def test_positions_are_skipped_only_where_no_title_could_make_outreach() -> None:
    pitch = "Would you like a demo of our sourcing platform? Book a slot on my calendar."
    fired = outreach.score(pitch)[2]
    assert outreach.best_with_a_title(fired) < 0
    assert _one(pitch).positions == []
    # a vacancy met at a careers fair: the networking cue, and a role worth reading
    fair = _one(
        "Thank you for connecting with us at the Careers Fair. I'm getting in touch about our"
        " Broadcast Journalist vacancy in the Cardiff newsroom. Salary: £31,500 - £36,900."
        " Benefits: pension, 25 days annual leave."
    )
    assert fair.is_recruiter_outreach
    assert [p.title for p in fair.positions] == ["Broadcast Journalist"]


def test_a_listing_is_hiring_is_not_the_senders_hiring() -> None:
    digest = (
        "This week's picks\n- Maple Dairy is hiring a QA Lead (Hamilton)\n- Kōwhai Foods is"
        " hiring a Plant Manager (Tauranga)\n- Rua Orchards is hiring an Agronomist (Nelson)"
    )
    assert "many_listings" in _cues(digest)
    assert "hiring_statement" not in _cues(digest)
    # one "is hiring" alone is the sender's news
    assert "hiring_statement" in _cues("Maple Dairy is hiring a QA Lead in Hamilton.")


@pytest.mark.parametrize(
    ("text", "cue", "not_cue"),
    [
        (
            "Priya gave your name as a referee - could we do a quick reference call on Tuesday?",
            "reference_check",
            "referral_ask",
        ),
        ("If it's not for you, do you know anyone who'd fit?", "referral_ask", "reference_check"),
        ("Hi Tom, quick favour - could you share our launch post?", "favour_ask", None),
        ("We pay a referral bonus of $1,500 for any hire.", "referral_bonus", "benefits_terms"),
    ],
)
def test_the_cues_the_fit_split(text: str, cue: str, not_cue: str | None) -> None:
    fired = _cues(text)
    assert cue in fired
    if not_cue:
        assert not_cue not in fired


def test_a_favour_of_the_role_is_no_favour_asked() -> None:
    assert "favour_ask" not in _cues("The package is in favour of a strong performer.")
    assert "benefits_terms" in _cues("Annual bonus of 15% and a pension.")


# --- workplace: farms, food plants, studios; Dutch, Italian, Portuguese, Indonesian ----------


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("The job is based at the brewery in Nelson, early starts.", "onsite"),
        ("Full-time at the orchard near Hastings, Monday to Saturday in season.", "onsite"),
        ("Work location: at the farm in Bao Loc (staff housing provided).", "onsite"),
        ("It's an on-station role, shearing gang of six.", "onsite"),
        ("We need you in the office full time for the first year.", "onsite"),
        ("Weekend presenter, in-studio every Saturday.", "onsite"),
        ("Een thuiswerkfunctie is het niet: je werkt op onze locatie in Emmen.", "onsite"),
        ("Deze baan is natuurlijk op het bedrijf, met dienstwoning.", "onsite"),
        ("Serve presenza quotidiana in cantina durante la vendemmia.", "onsite"),
        ("Lavoro in caseificio, rigorosamente in presenza.", "onsite"),
        ("Attività svolta interamente in stabilimento, non è previsto smart working.", "onsite"),
        ("The manager is resident on the estate, cottage included.", "onsite"),
        ("Kantor di Senopati, WFH setiap Jumat.", "hybrid"),
        ("Office in Shoreditch, WFH Fridays.", "hybrid"),
        ("Em resumo: remoto, salário de R$ 12 mil.", "remote"),
        ("📌 Remoto, com viagens trimestrais a Curitiba", "remote"),
    ],
)
def test_workplace_phrasings_of_round_26(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


# --- titles: food, farming and media heads; the subject's short form written out -----------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Buscamos una Redactora Publicitaria para la agencia.", "Redactora Publicitaria"),
        ("Estamos incorporando una Productora Audiovisual en Rosario.", "Productora Audiovisual"),
        ("Subject: Repórter Esportivo | Rádio Sul", "Repórter Esportivo"),
        ("Cerchiamo un Tecnologo Alimentare per il reparto qualità.", "Tecnologo Alimentare"),
        ("We're hiring an Assistant Winemaker for harvest.", "Assistant Winemaker"),
        ("Looking for a Head Grower for our glasshouse.", "Head Grower"),
        ("Procuramos um Head de Vendas para a operação de Curitiba.", "Head de Vendas"),
        ("We need a temp-to-hire Payroll Specialist for our Dayton office.", "Payroll Specialist"),
    ],
)
def test_titles_of_round_26(text: str, title: str) -> None:
    assert [t.text for t in find_titles(text)][:1] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Subject: Ops Manager role - Kearney depot\n\nHi Sam, we're looking for an"
            " Operations Manager for our Kearney depot. $90k plus a truck. Call me?",
            "Operations Manager",
        ),
        (
            "Subject: Ag Sales Rep – Fresno\n\nHi Dana, we're hiring an Agricultural Sales"
            " Representative to cover the valley. $70-80k plus commission. Interested?",
            "Agricultural Sales Representative",
        ),
    ],
)
def test_the_subjects_short_form_written_out_in_the_body(text: str, title: str) -> None:
    assert [p.title for p in _one(text).positions] == [title]


def test_the_writers_own_post_before_here_is_no_role() -> None:
    item = _one(
        "Hi Alex,\n\nCo-founder of Tidewater Robotics here. I'm looking for our first Controls"
        " Engineer - ROS2, motion planning. $150k plus equity, remote in the US. Fancy a chat?"
    )
    assert [p.title for p in item.positions] == ["Controls Engineer"]


# --- pay: a budget to spend; the month before "gross salary" --------------------------------


def test_a_budget_to_spend_is_no_pay() -> None:
    found = find_pay("Managing ~R5m/month ad spend. R520k - R600k per annum.")
    assert [(p.min, p.max, p.period) for p in found if not p.extra] == [
        (520000.0, 600000.0, "year")
    ]
    budget = find_pay("Gestão de verba de ~R$ 2 mi/mês; salário R$ 14 a 17 mil/mês.")
    assert [(p.min, p.max) for p in budget if not p.extra] == [(14000.0, 17000.0)]


def test_monthly_gross_salary_names_the_period() -> None:
    (pay,) = find_pay("- Monthly gross salary IDR 45–60 million")
    assert (pay.min, pay.period, pay.currency) == (45_000_000.0, "month", "IDR")


# --- companies: the client behind an agency ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Hi Jo - Mia from Harbourside Recruitment here. I'm recruiting a Quality Manager for"
            " Tōtara Dairy Co. – the goat milk people in Waikato. $110k. Keen to chat?",
            "Tōtara Dairy Co",
        ),
        (
            "Onderwerp: Vacature Bedrijfsleider akkerbouw\n\nHoi Pieter, ik ben op zoek naar een"
            " Bedrijfsleider voor Akkerbouw De Hoeve, een familiebedrijf in Flevoland. Salaris"
            " € 4.000 per maand. Bel je me?\n\nGroet,\nMarit\nRecruiter | AgriWerving",
            "Akkerbouw De Hoeve",
        ),
        (
            "Buongiorno, sono Paola Neri di Enotalent. Stiamo supportando Cantina Val di Sole,"
            " realtà vitivinicola trentina, nella ricerca di un Enologo. RAL 45.000 €.",
            "Cantina Val di Sole",
        ),
        (
            "Following up on the Agronomist role w/ Prairie Roots Co-op in Salina, KS. Still"
            " interested? $75k.",
            "Prairie Roots Co-op",
        ),
    ],
)
def test_the_client_named_by_an_agency(text: str, company: str) -> None:
    assert [p.company for p in _one(text).positions] == [company]


def test_a_dutch_greeting_is_no_company_and_a_dutch_recruiter_names_her_agency() -> None:
    item = _one(
        "Goedemorgen Jelle,\n\nIk ben Hylke Bosma van Boerenwerk Noord. Voor een groot"
        " melkveebedrijf in Friesland zoek ik een Bedrijfsleider. € 3.900 bruto per maand."
        " Interesse?"
    )
    assert item.recruiter.company == "Boerenwerk Noord"
    assert item.recruiter.agency
    assert [p.company for p in item.positions] == [None]


# --- outreach: a Portuguese rejection, an Italian agency's services, a PhD's networking;
# Indonesian and Vietnamese asks ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Assunto: Retorno – Processo seletivo Designer Gráfico\n\nOlá, Júlia! Agradecemos sua"
        " participação no processo seletivo para a vaga de Designer Gráfico. Optamos por seguir"
        " com outra candidata e vamos manter seu currículo em nosso banco de talentos.",
        "Gentile Dott. Rossi, mi permetto di presentarLe i servizi di Selecta Food, società di"
        " ricerca e selezione per l'agroalimentare: headhunting di profili tecnici, garanzia di"
        " sostituzione di 6 mesi. La nostra fee è pari al 14% della RAL. Possiamo sentirci 20"
        " minuti?",
        "Hi Marta, thanks for accepting my connection request! I'm working on my master's thesis"
        " on cold-chain losses and I'm looking to connect with people in dairy logistics. Would"
        " you be open to a short call?",
    ],
)
def test_messages_about_jobs_of_round_26_that_are_not_outreach(text: str) -> None:
    assert not _one(text).is_recruiter_outreach


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "Halo Mbak Dita, kami dari Kopi Senja lagi cari Barista Trainer buat outlet baru di"
            " Bandung. Minat ngobrol?",
            {"search_mandate", "call_ask"},
        ),
        (
            "Anh Minh ơi, em bên Talent Việt nè. Em hỏi lại về vị trí Production Manager ở Mê"
            " Kông Foods. Anh cho em xin feedback nha.",
            {"role_words", "call_ask"},
        ),
    ],
)
def test_indonesian_and_vietnamese_asks(text: str, cues: set[str]) -> None:
    item = _one(text)
    assert cues <= {c.name for c in item.cues}
    assert item.is_recruiter_outreach


# --- benefits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        ("Yearly budget for books and conferences.", "learning_budget"),
        ("A monthly WFH allowance of $60.", "remote_stipend"),
        ("Laptop from the company is provided on day one.", "tools_provided"),
        ("We provide all diagnostic tools.", "tools_provided"),
        ("We sponsor your visa if you need one.", "visa_sponsorship"),
        ("Lunch in the staff canteen every day.", "meals"),
        ("$78k, a company truck and a 401(k).", "company_car"),
        ("Ofrecemos auto de empresa y un adicional por turno nocturno.", "company_car"),
        ("Ofrecemos auto de empresa y un adicional por turno nocturno.", "shift_allowance"),
        ("Benefit untuk karyawan: tunjangan transport dan uang makan.", "commuter"),
        ("Benefit untuk karyawan: tunjangan transport dan uang makan.", "meals"),
        ("Gaji pokok dan gaji ke-13 untuk semua karyawan yang tetap.", "thirteenth_salary"),
        ("Cuti tahunan 12 hari dan jam kerja fleksibel untuk tim yang ada.", "pto"),
        ("Cuti tahunan 12 hari dan jam kerja fleksibel untuk tim yang ada.", "flexible_hours"),
        ("Para el equipo de la tienda: 20% de descuento en nuestras tiendas.", "employee_discount"),
        ("Per il ruolo offriamo notebook e telefono aziendali.", "tools_provided"),
        ("Il premio di fine anno è la partecipazione agli utili.", "profit_sharing"),
        ("RAL di 50.000 € più le provvigioni sul venduto.", "bonus"),
        ("Previsto il turno di notte con indennità di turno.", "shift_allowance"),
    ],
)
def test_benefits_of_round_26(text: str, benefit: str) -> None:
    assert benefit in {b.name for b in find_benefits(text)}


# --- second wave: cars and batteries (Hungary, Poland, Korea, Mexico, the US South), SaaS ----


def test_hungarian_millions_of_forints_and_a_fixed_salary_beside_ote() -> None:
    (huf,) = find_pay("• bruttó 1,2–1,5 millió Ft/hó")
    assert (huf.min, huf.max, huf.currency, huf.period) == (
        1_200_000.0,
        1_500_000.0,
        "HUF",
        "month",
    )
    item = _one("Hiring our first Account Executive. €75k fixed / €150k OTE, remote in Germany.")
    assert (item.positions[0].pay.min, item.positions[0].pay.basis) == (75_000.0, "base")


def test_pay_lines_labelled_by_role_go_to_their_roles() -> None:
    item = _one(
        "Hi Ola,\n\nThree openings at a cathode plant near Poznań:\n\n1. Coating Process Engineer"
        " - on-site\n2. Formation Process Engineer - on-site\n3. Quality Manager - hybrid\n\n"
        "Pay:\n- Process Engineers: PLN 13-16k gross/month\n- Quality Manager: PLN 19-23k"
        " gross/month\n\nInterested?"
    )
    assert [(p.title, p.pay.min) for p in item.positions] == [
        ("Coating Process Engineer", 13000.0),
        ("Formation Process Engineer", 13000.0),
        ("Quality Manager", 19000.0),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Temat: Mistrz Zmiany – zakład w Gliwicach", "Mistrz Zmiany"),
        ("🔹 Automatyk – 11 000 zł brutto/mies.", "Automatyk"),
        ("a Kelet Kft. logisztikai mérnök pozíciójával kapcsolatban", "logisztikai mérnök"),
        ("Senior Szoftverfejlesztő (Java), Budapest", "Senior Szoftverfejlesztő"),
    ],
)
def test_titles_of_round_26_second_wave(text: str, title: str) -> None:
    assert [t.text for t in find_titles(text)][:1] == [title]


def test_a_name_and_a_firm_under_a_bar_sign_the_message() -> None:
    item = _one(
        "Hi Ciara - Head of Partnerships for a Series B insurtech in Dublin, €120-140k + equity."
        " Open to a chat?\n\nNiamh | Liffey Executive"
    )
    assert [p.title for p in item.positions] == ["Head of Partnerships"]


def test_a_hungarian_follow_up_names_its_role_and_asks_for_a_call() -> None:
    item = _one(
        "Szia Bence! Csak rákérdeznék a múlt heti üzenetemre a karbantartási mérnök pozícióval"
        " kapcsolatban (Győr, hibrid, bruttó 900e Ft/hó). Van kedved egy rövid hívásra?"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert (position.title, position.workplace) == ("karbantartási mérnök", "hybrid")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Subject: NOW HIRING – CNC & Welding Techs | Cumberland Axle, Smyrna TN\n\nHi Jo!"
            " Ridge Staffing here. Night shift, $30-36/hr, benefits day 1. Interested?",
            "Cumberland Axle",
        ),
        (
            "Hi Anna, I lead hiring at Fjord Analytics. Your leadership of the solutions team at"
            " Birch Data over the last 3 years is what we need for our Head of Presales role,"
            " CAD 190k base. Open to a chat?",
            "Fjord Analytics",
        ),
        (
            "Asunto: Vacante Supervisor de Calidad – Villa de García\n\nBuen día, por parte de"
            " Talento Norte le compartimos una vacante para una importante empresa de autopartes"
            " ubicada en Villa de García, N.L. PUESTO: Supervisor de Calidad. SUELDO: $28,000"
            " mensuales.",
            None,
        ),
    ],
)
def test_companies_of_round_26_second_wave(text: str, company: str | None) -> None:
    assert [p.company for p in _one(text).positions] == [company]


def test_me_comunico_de_names_the_senders_company() -> None:
    item = _one(
        "Buenos días, me comunico de Arneses del Bajío. Buscamos un Ingeniero de Calidad para"
        " nuestra planta de Celaya, $35,000 mensuales. ¿Le interesa?"
    )
    assert item.recruiter.company == "Arneses del Bajío"


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("- egy műszakos munkarend, a munkavégzés helyszíne az üzem", "onsite"),
        ("A munka jellegéből adódóan a helyszínen, Győrben kell dolgozni.", "onsite"),
        ("- 근무지: 경기 평택 (현장 상주)", "onsite"),
        ("Wir bieten hybrides Arbeiten mit zwei Tagen im Büro.", "hybrid"),
        ("• Mix aus Büro (Eimsbüttel) und Homeoffice", "hybrid"),
        ("(Székesfehérvár, hibrid, bruttó 1 millió Ft/hó)", "hybrid"),
        ("Gyártás: hibrid autók alkatrészei, Kecskemét", "unknown"),
    ],
)
def test_workplace_of_round_26_second_wave(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


@pytest.mark.parametrize(
    "text",
    [
        "제목: [맞춤 채용정보] 이민호 님께 추천하는 공고 4건\n\n▶ [한솔배터리] 셀 공정 엔지니어"
        "\n  연봉 6,000~7,500만 원\n\n수신을 원하지 않으시면 [수신거부]를 클릭해 주세요.",
        "Betreff: Vorstellung Kandidat:innen – Account Executive (m/w/d)\n\nSehr geehrte Frau"
        " Brandt, wir möchten Ihnen zwei passende Profile aus unserem Netzwerk vorstellen."
        " Unser Honorar beträgt 22 % des Jahresbruttogehalts.",
    ],
)
def test_messages_of_round_26_second_wave_that_are_not_outreach(text: str) -> None:
    assert not _one(text).is_recruiter_outreach


def test_an_expert_networks_paid_call_weighs_against_outreach() -> None:
    fired = _cues("Paid consultation request: an honorarium for a 60-minute call with our client.")
    assert "advice_or_research" in fired


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        ("A remote work allowance of 250 PLN a month.", "remote_stipend"),
        ("Pension, options and lunch every day on us.", "meals"),
        ("We sponsor the Irish critical skills visa for you.", "visa_sponsorship"),
        ("Employment Pass sponsorship is provided.", "visa_sponsorship"),
        ("€2,000 yearly for training and a MacBook.", "learning_budget"),
        ("Pension plus laptop and all equipment for home office.", "tools_provided"),
        ("A $1,000 annual wellness spending account.", "wellness"),
        ("Juttatások: éves teljesítménybónusz és céges autó a pozícióhoz.", "bonus"),
        ("Juttatások: éves teljesítménybónusz és céges autó a pozícióhoz.", "company_car"),
        ("Juttatások: céges buszjárat és magán-egészségbiztosítás.", "commuter"),
        ("Juttatások: céges buszjárat és magán-egészségbiztosítás.", "health_insurance"),
        ("Juttatások: 13. havi bér és önkéntes nyugdíjpénztári hozzájárulás.", "thirteenth_salary"),
        ("Juttatások: 13. havi bér és önkéntes nyugdíjpénztári hozzájárulás.", "retirement_plan"),
        ("Oferujemy dofinansowaną stołówkę i kartę sportową dla pracowników.", "meals"),
        ("Oferujemy dofinansowaną stołówkę i kartę sportową dla pracowników.", "wellness"),
        ("Für die Rolle: 75.000 € Fixgehalt + Provision und Gleitzeit mit Kernzeit.", "bonus"),
        ("Für die Rolle: 75.000 € Fixgehalt + Provision und Gleitzeit.", "flexible_hours"),
        ("Je krijgt een laptop en telefoon van ons.", "tools_provided"),
        ("Prestaciones de ley y seguro de gastos médicos mayores.", "health_insurance"),
        ("- 통근버스 운행 및 교대근무 수당 별도", "commuter"),
        ("- 통근버스 운행 및 교대근무 수당 별도", "shift_allowance"),
    ],
)
def test_benefits_of_round_26_second_wave(text: str, benefit: str) -> None:
    assert benefit in {b.name for b in find_benefits(text)}
