"""Round 18: the classes of miss that new blind sets showed (messages in our own wording)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.extract.company import _whole_place, find_company
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.models import ParsedItem


def _one(text: str) -> ParsedItem:
    return parse_checked(text)  # every field's evidence checked against the text


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


def _cues(text: str) -> set[str]:
    return {f.name for f in score(text)[2]}


# --- titles in French, Spanish, Portuguese and Italian


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an elided "de" is a word of its own: "poste d'Ingénieur" and "Chargé d'affaires"
        ("nous ouvrons un poste d'Ingénieur logiciel au sein de l'équipe", "Ingénieur logiciel"),
        ("Chargée d'affaires H/F – Lyon", "Chargée d'affaires"),
        ("le poste de Responsable de l'exploitation pour notre site",
         "Responsable de l'exploitation"),
        # "full stack" in two words, then the grade; an adjective in -ier before the stop
        ("on recrute un Développeur full stack senior pour l'équipe",
         "Développeur full stack senior"),
        ("pour le recrutement de son futur Contrôleur financier.", "Contrôleur financier"),
        # "Expert" and "Assistant" read on as French heads do
        ("un poste d'Expert en assurances au sein du service", "Expert en assurances"),
        ("Assistante de direction trilingue", "Assistante de direction trilingue"),
        # feminine markers in brackets: the title without them
        ("Nous recrutons un(e) Infirmier(ère) de Bloc Opératoire", "Infirmier de Bloc Opératoire"),
        ("un Directeur(rice) Commercial(e) pour la région", "Directeur Commercial"),
        # the trades
        ("▸ Mozo/a de almacén (turno de noche)", "Mozo de almacén"),
        ("1. Horloger Rhabilleur\n", "Horloger Rhabilleur"),
        ("Cerchiamo un Commis di cucina per la stagione", "Commis di cucina"),
        ("Vacante: Profesor de Química", "Profesor de Química"),
        # a grade written after the title, before a lower-case word
        ("buscamos para el rol de Product Manager Senior en la célula de Pagos",
         "Product Manager Senior"),
    ],
)
def test_romance_titles_are_read_whole(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_french_verb_borrowed_from_english_is_no_title() -> None:
    assert _titles("- Manager une équipe de 12 techniciens en 3x8") == []


def test_the_stop_after_an_aqui_ends_a_portuguese_title() -> None:
    assert "Coordenador de Compras" in _titles(
        "a vaga de Coordenador de Compras aqui na Casa Ipê"
    )


# --- titles in German, the Nordic languages, Finnish and Czech


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Geschäftsführer Vertrieb (m/w/d)", "Geschäftsführer Vertrieb"),
        ("■ IT-Administrator (m/w/d) – EG 10", "IT-Administrator (m/w/d)"),
        ("wir suchen einen Leiter Einkauf für unseren Standort", "Leiter Einkauf"),
        ("als Leiter Qualität (m/w/d) in Kiel", "Leiter Qualität"),
        ("die Funktion Teamlead Kundenservice bei uns", "Teamlead Kundenservice"),
        ("Ämne: Lastbilsförare till vår depå i Umeå", "Lastbilsförare"),
        ("Aihe: Ohjelmistosuunnittelija – Oulu", "Ohjelmistosuunnittelija"),
        ("Předmět: Elektrikář – Brno", "Elektrikář"),
    ],
)
def test_germanic_nordic_and_czech_titles(text: str, title: str) -> None:
    assert title in _titles(text)


# --- titles in English


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("- Qualified Builder (LBP preferred) – $40/hr", "Qualified Builder"),
        ("- Leading Hand – $50/hr", "Leading Hand"),
        ("about the Shift Boss position at the Tarra mine", "Shift Boss"),
        ("We're looking for an experienced Inspector of Mines to join", "Inspector of Mines"),
        ("The role: Firmware Engineer Embedded C++\n", "Firmware Engineer Embedded C++"),
    ],
)
def test_english_heads_read_this_round(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_hand_or_a_boss_alone_is_no_title() -> None:
    assert _titles("pack a Hand Tools kit") == []
    assert _titles("ask your boss") == []


def test_freelance_and_a_subjects_double_slash_are_no_part_of_the_title() -> None:
    assert _titles("Subject: Freelance Test Engineer – Eindhoven") == ["Test Engineer"]
    assert _titles("Subject: Northwind // Platform Engineer II // Dublin") == [
        "Platform Engineer II"
    ]


def test_plural_roles_wanted_in_a_subject_make_the_single_role() -> None:
    item = _one(
        "Subject: Scaffolders needed – Avonmouth – weekly pay\n\nHello,\n\n"
        "We have immediate starts for our client Severn Access Ltd. £19.50 per hour, nights paid"
        " on top. Please reply with your CISRS card number if interested.\n\n"
        "Dan Price\nRecruitment Consultant\nWestgate Staffing Ltd"
    )
    (position,) = item.positions
    assert position.title == "Scaffolder"


def test_the_writers_post_closing_the_message_is_not_the_role() -> None:
    item = _one(
        "Subject: founding data eng @ Quarrylight\n\nhey Lee,\n\nLooking for our first data"
        " hire: Founding Data Engineer. $160-190k base, remote in the US.\n\nOpen to a 20 min"
        " call?\n\n— Dana Ruiz\nCEO & cofounder, Quarrylight"
    )
    (position,) = item.positions
    assert position.title == "Founding Data Engineer"
    item = _one(
        "Objet : Ingénieure Vision Senior – Lumeo\n\nBonjour Claire,\n\nJe cherche une"
        " Ingénieure Vision Senior pour notre équipe de Lausanne. Salaire : CHF 120k par an.\n\n"
        "Marc Favre, CTO & Co-founder\nLumeo · lumeo.ch"
    )
    (position,) = item.positions
    assert position.title == "Ingénieure Vision Senior"


def test_a_table_row_whose_first_cell_ends_in_an_abbreviation_is_a_role() -> None:
    item = _one(
        "Hola Marta,\n\nSoy Luis, reclutador interno de Banca Sur. Tenemos dos vacantes:\n\n"
        "| Puesto | Sueldo mensual |\n| Analista de Riesgos Sr. | $60,000 MXN |\n"
        "| Analista de Datos | $45,000 MXN |\n\nSaludos,\nLuis"
    )
    assert [p.title for p in item.positions] == ["Analista de Riesgos Sr", "Analista de Datos"]


# --- outreach


@pytest.mark.parametrize(
    "text",
    [
        "Welder needed – 2 wk shutdown, Geelong, $58/hr. Start Tue. Keen?",
        "Hi Amir, still got weekend van shifts going, £14/h out of our Leyton depot. Let me know"
        " either way. Cheers, Jo",
        "Hola Ana, ¿pudiste revisar mi mensaje sobre la vacante de Jefe de Ventas? Sigue abierta."
        " ¿Hablamos 10 minutos mañana?",
        "Soy Pablo, cofundador de Trigal. Te escribo porque busco un Head of Data que arme el"
        " equipo. Lo que te puedo ofrecer:\n- USD 5.000 al mes",
        "Bonjour Léo,\n\nRhôneTemp recherche pour l'un de ses clients un Technicien de"
        " laboratoire (CHF 38.– de l'heure).\n\nIntéressé ? Envoie-moi ton CV.",
        "Hej Ali!\n\nVi på Sydbemanning söker lagerarbetare till vår kund i Malmö. Timlön 170"
        " kr.\n\nLåter det intressant?",
        "Dobrý den,\n\npro našeho klienta hledáme obráběče. Nabízíme:\n- 250 Kč/hod",
        "Hi Jo, just checking whether you received my e-mail on Monday about the Site Manager"
        " role with Brayfield Homes?",
    ],
)
def test_short_and_foreign_language_outreach(text: str) -> None:
    assert _one(text).is_recruiter_outreach


def test_an_overseas_hiring_notices_own_no_fee_line_is_no_agency_pitch() -> None:
    assert "pitching_candidates" not in _cues(
        "Position: Welder (20 slots)\nSalary: SAR 2,500/month\n\nWalk-in interview Mon–Sat."
        "\n\nNO PLACEMENT FEE. Beware of illegal recruiters."
    )
    assert "pitching_candidates" in _cues(
        "We place pre-vetted React developers, available from €50/hr with no placement fee."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a Spanish job alert, a Spanish ATS demo, a labour-hire firm's sales mail
        "EmpleoYa – Alertas de empleo\n\nHola, encontramos estas vacantes:\n▸ Contador – X\n"
        "Ver vacante: empleoya.mx/v/1\n\nModifica tu alerta o date de baja.",
        "Hola Lucía, TalentoApp es un ATS para empresas. Planes desde S/ 390 al mes. ¿Te puedo"
        " mostrar una demo de 20 minutos el jueves?",
        "Hi Mr Doyle, Ridgeway Labour supply CSCS-carded operatives across the South West. Our"
        " charge rates start from £27/hr. Worth a quick call about your labour requirements?",
        "Objet : Candidature spontanée – Développeur Java\n\nBonjour,\n\nJe suis développeur"
        " Java et me permets de vous transmettre mon CV.",
    ],
)
def test_look_alikes_are_not_outreach(text: str) -> None:
    assert not score(text)[0]


def test_a_demos_minutes_are_no_call_about_a_role() -> None:
    assert "call_ask" not in _cues("Would you be open to a 20-minute demo next week?")
    assert "call_ask" in _cues("Would you be open to a 20-minute call next week?")


def test_an_employer_answering_the_readers_application_is_outreach() -> None:
    assert score(
        "Madame,\n\nSuite à votre candidature spontanée, la Ville de Mérignac recrute un(e)"
        " assistant(e) de service social. Salaire : 2 100 € brut mensuel."
    )[0]


# --- agencies and recruiters


@pytest.mark.parametrize(
    "name",
    ["Barna Tech Recruiters", "Lusotalent", "Alpes Talents", "Grupo Norte Empleo ETT"],
)
def test_agency_names(name: str) -> None:
    assert is_agency_name(name)


def test_agency_phrasings_leave_the_hiring_company_to_the_client() -> None:
    item = _one(
        "Buenos días, Raúl:\n\nDesde Grupo Aragón, agencia de colocación autorizada, estamos"
        " seleccionando un/a Jefe/a de Obra para Construcciones Moncayo.\n\nSalario: 40.000 €"
        " b/a.\n\nUn saludo,\nLaura Gil\nTécnica de Selección\nGrupo Aragón"
    )
    (position,) = item.positions
    assert item.recruiter.agency
    assert position.company == "Construcciones Moncayo"


def test_recruiter_companies_named_in_other_ways() -> None:
    item = _one(
        "Kia ora Tom,\n\nMike here, owner of Kauri Build Ltd. We need a Qualified Builder for"
        " our Rolleston sites, $42/hr.\n\nGive me a bell on 021 555 555.\n\nCheers, Mike"
    )
    assert item.recruiter.company == "Kauri Build"
    item = _one(
        "Oi Ana, tudo bem? Aqui é o Rui, da Alocar TI. Temos duas vagas de Analista de Testes"
        " para um grande banco, R$ 70/hora PJ. Se tiver interesse me manda seu CV.\n\nRui"
    )
    assert item.recruiter.company == "Alocar TI"
    item = _one(
        "Hi Marek,\n\nI'm Priya, Talent Partner at Haldane Rowe, the rail consultancy. We're"
        " hiring a Senior Signalling Engineer in Leeds, £60k.\n\nKind regards,\nPriya Shah\n"
        "Talent Partner – Rail\nHaldane Rowe"
    )
    assert item.recruiter.company == "Haldane Rowe"


# --- hiring companies


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Fuimos contratados por el Club Deportivo Almagro para incorporar un Analista.",
         "Club Deportivo Almagro"),
        ("Etsimme asiakkaallemme Kuusitek Oy:lle kokenutta kehittäjää.", "Kuusitek Oy"),
        ("Pro našeho klienta, společnost Morava strojírna s.r.o., hledáme svářeče.",
         "Morava strojírna s.r.o"),
        ("retomar a conversa sobre a vaga aqui na Transportes Serra Azul.",
         "Transportes Serra Azul"),
    ],
)
def test_clients_and_employers_in_other_languages(text: str, company: str) -> None:
    found = find_company(text)
    assert found is not None and found.value == company


@pytest.mark.parametrize(
    "text",
    [
        "sto cercando un Java Developer per un nostro cliente a Torino (settore assicurativo).",
        "Client: Fortune 500 Insurance company\nRate: $80/hr",
        "Client: Leading E-commerce company\nLocation: Chennai",
        "Setup is hybrid – our office is at Lindholmen and we're there Mon/Wed.",
    ],
)
def test_places_and_descriptions_are_no_company(text: str) -> None:
    assert find_company(text) is None


def test_a_city_with_its_state_is_a_place() -> None:
    assert _whole_place("Hartford CT") and _whole_place("Austin, TX")
    assert not _whole_place("Acme CT")


def test_a_company_spelled_like_the_title_is_dropped() -> None:
    item = _one(
        "Bonjour,\n\nJe vous contacte au sujet d'une mission que nous menons pour une ETI"
        " industrielle qui recherche son Directeur Administratif et Financier.\n\n"
        "Rémunération : 120 K€.\n\nHélène Roy\nAssociée – Cabinet Roy & Associés"
    )
    (position,) = item.positions
    assert position.company is None


def test_a_subject_titles_dash_company_the_body_speaks_of_is_the_employer() -> None:
    item = _one(
        "Subject: Re: Data Engineer – Brightloom\n\nHi Jonas, just circling back — Brightloom"
        " are keen to book interviews this week. Fully remote, €75k. Still interested?\n\nInês\n"
        "Kestrel Search"
    )
    (position,) = item.positions
    assert (position.title, position.company) == ("Data Engineer", "Brightloom")


def test_a_funding_stage_is_no_company() -> None:
    item = _one("Head of Data @ Series B climate-tech, remote (UK), £120k. Worth a chat?\n\nTom")
    (position,) = item.positions
    assert position.company is None


# --- pay, workplace and currency


def test_a_funding_round_in_millions_is_no_pay() -> None:
    assert find_pay("Nous venons de lever CHF 12 millions et agrandissons l'équipe.") == []
    (mention,) = find_pay("Salaire : CHF 110k–125k par an")
    assert (mention.min, mention.max) == (110_000, 125_000)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Vergütung: bis 95 T€ p.a.", None, 95_000),
        ("salaire jusqu'à 60 k€ par an", None, 60_000),
        ("sueldo hasta 3.000 € al mes", None, 3_000),
        ("RAL fino a 50k", None, 50_000),
    ],
)
def test_up_to_in_other_languages(text: str, low: float | None, high: float) -> None:
    (mention,) = find_pay(text)
    assert (mention.min, mention.max) == (low, high)


def test_a_budget_named_before_its_amount_in_brackets_is_no_pay() -> None:
    mentions = [m for m in find_pay("Gérer le budget maintenance (1,8 M€). Salaire : 45 - 52 K€")
                if not m.extra]
    assert [(m.min, m.max) for m in mentions] == [(45_000, 52_000)]


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("mobiles Arbeiten bis zu 40 % der Arbeitszeit, sonst am Standort", "hybrid"),
        ("Pour les deux postes : 2 jours par semaine sur site à Nantes", "hybrid"),
        ("Hybridimalli: toimistolla 2 päivää viikossa, muuten etänä", "hybrid"),
        ("6 weeks annual leave (rural and remote entitlement)", "unknown"),
    ],
)
def test_workplace_phrasings(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Electrician role in Townsville, $48/hr + OT", "AUD"),
        ("• Renta bruta mensual de $1.900.000 + asignación de turno", "CLP"),
    ],
)
def test_a_bare_dollar_by_its_place(text: str, currency: str) -> None:
    (mention,) = find_pay(text)
    assert mention.currency == currency


# --- the second wave: Polish, German, Korean, Japanese, Chinese and Vietnamese


@pytest.mark.parametrize(
    "text",
    [
        "Hej Ola,\npodbijam temat roli Data Engineer w Pixelbay – miałaś chwilę zerknąć? Daj znać"
        " 🙂\n\nKasia",
        "Guten Tag Herr Yilmaz,\n\nwir sind ein Hersteller von Pumpen und suchen zur Verstärkung"
        " unseres Teams einen Vertriebsingenieur Pumpentechnik.\n\nWas wir bieten:\n- ab 62.000 €"
        "\n\nIch würde mich freuen, wenn wir uns telefonisch austauschen könnten.",
        "Hi Tyler, just circling back on the Service Technician spot with Comfort Air. Let me know"
        " if you're still interested!\n\n-Shawna",
        "Hi Marcus,\n\nI'm with Tokyo Bridge Recruitment and working with Sora Bearings on two"
        " openings:\n\n1) Sales Engineer\n   - JPY 6M – 8M per year\n\n2) Buyer\n   - JPY 5M per"
        " year\n\nHappy to call anytime this week.\n\nKen",
    ],
)
def test_outreach_of_the_second_wave(text: str) -> None:
    assert _one(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        "Dzień dobry,\n\ndziękujemy za udział w rekrutacji na stanowisko Lead Developer."
        " Zdecydowaliśmy się kontynuować proces z innymi kandydatami.\n\nZespół Rekrutacji",
        "Dzień dobry,\n\nwspółpracuję z bardzo mocnym kandydatem (Senior Java Developer)."
        " Chętnie prześlę zanonimizowane CV. Warunki: 18% rocznego wynagrodzenia.",
        "件名：選考結果のご連絡\n\n先日は二次面接にお越しいただき、"
        "ありがとうございました。誠に残念ながら、"
        "今回はご期待に沿いかねる結果となりました。"
        "今後のご活躍をお祈り申し上げます。",
        "제목: [초대] 백엔드 개발자 밋업\n\n이번 달 밋업에 초대드립니다."
        " 참가비는 무료이며, 선착순 80명입니다.",
    ],
)
def test_look_alikes_of_the_second_wave(text: str) -> None:
    assert not score(text)[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("an opening on his team: Assistant Director of Admissions, focused on",
         "Assistant Director of Admissions"),
        ("Vị trí Lập trình viên Mobile bên em đang tuyển", "Lập trình viên Mobile"),
        ("[Headhunt] Kế toán trưởng – Bình Dương", "Kế toán trưởng"),
    ],
)
def test_titles_of_the_second_wave(text: str, title: str) -> None:
    assert title in _titles(text)


def test_names_that_are_no_titles() -> None:
    assert _titles("Principal Consultant\nGaruda Executive Search\n") == ["Principal Consultant"]
    assert _titles("Professor Eleanor Quint, who chaired your session") == []
    assert _titles("Partner at Peak Search Korea. Country Manager – Korea") == [
        "Partner", "Country Manager"
    ]


def test_the_writers_title_after_their_full_name_and_a_colleagues_are_no_role() -> None:
    item = _one(
        "Hi Jordan,\n\nI'm Amanda Fitch, HR Business Partner at Marlowe College. Our Dean of"
        " Admission, Chris Olsen, asked me to reach out about an opening on his team: Assistant"
        " Director of Admissions.\n\n- Salary: $58,000–$64,000\n\nBest,\nAmanda"
    )
    (position,) = item.positions
    assert position.title == "Assistant Director of Admissions"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("我是晶耀半導體人力資源處的招募專員張雅婷。", "晶耀半導體"),
        ("目前正協助樂思科技招募一位資深前端工程師。", "樂思科技"),
        ("한빛모빌리티 인사팀 채용담당 이수민입니다.", "한빛모빌리티"),
        ("Seoul Fintech Securities 인사팀 박서연입니다.", "Seoul Fintech Securities"),
    ],
)
def test_employers_named_in_han_or_hangul(text: str, company: str) -> None:
    from sidedoor.intake.extract.company import company_cjk

    found = company_cjk(text, 0, len(text), None)
    assert found is not None and found.value == company


def test_descriptions_and_a_job_noun_before_for_are_no_company_names() -> None:
    item = _one(
        "Hi Marta, I'm hiring a Senior Data Engineer for Allegro (Poznań team, fully remote)."
        " 28-32k PLN/month. Open to a chat?"
    )
    (position,) = item.positions
    assert position.company == "Allegro"
    item = _one(
        "Hello Marta,\n\nI'm a freelance IT recruiter helping my client – Polish software producer"
        " for the energy sector – hire a DevOps Engineer. 25k PLN B2B.\n\nAnna"
    )
    (position,) = item.positions
    assert position.company is None


def test_pour_a_company_and_its_town_names_the_employer() -> None:
    found = find_company(
        "je recrute un Acheteur Projets (H/F) pour Stellaris Équipements à Grenoble."
    )
    assert found is None or found.value == "Stellaris Équipements"
    item = _one(
        "Bonjour Clément, je recrute un Acheteur Projets (H/F) pour Stellaris Équipements à"
        " Grenoble. Poste hybride, 50-58K€ brut/an. Dispo pour en parler ?\nJulien – Cabinet Orsay"
    )
    (position,) = item.positions
    assert position.company == "Stellaris Équipements"


# --- the third wave: text messages from staffing firms


@pytest.mark.parametrize(
    "text",
    [
        "Hey Marcus, Tanya w/ Reliant Driver Staffing here. Got a CDL-A Regional Driver spot w/"
        " Oakline Freight out of the Joliet terminal - $1,450-$1,700/wk. Want the app link?",
        "*URGENT REQUIREMENT*\n\nPost: Delivery Executive\nCompany: QuickCart\nSalary: ₹18,000"
        " per month\n\nInterested pls share resume or call 98450 12345",
    ],
)
def test_staffing_text_messages_are_outreach(text: str) -> None:
    assert _one(text).is_recruiter_outreach


def test_a_perks_drinks_are_no_night_out() -> None:
    assert "friend_chat" not in _cues("$21/hr plus tips and 50% off food & drinks.")
    assert "friend_chat" in _cues("Fancy drinks on Friday? It's been ages.")


def test_singapore_places_and_portlands_alberta_street() -> None:
    (mention,) = find_pay("deliver bread from the Woodlands factory to NTUC outlets, $2,800/mth")
    assert mention.currency == "SGD"
    (mention,) = find_pay("Shift Lead at our Alberta Arts café in Portland, $21/hr")
    assert mention.currency == "USD"
