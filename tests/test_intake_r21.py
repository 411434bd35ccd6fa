"""Round 21: Dutch, Nordic and German job nouns, crews' lists and rotations, a follow-up's
figure set against the pitch's range (messages in our own wording)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Dutch compounds on an English head, and Dutch "van" as "of", not a van driver's
        ("We zoeken een ervaren Routeplanner voor ons team in Breda", "Routeplanner"),
        ("Herinnering over de functie van Salesmanager bij Klaverhof", "Salesmanager"),
        ("Wij zoeken een Machineoperator voor de nachtploeg", "Machineoperator"),
        # Swedish, Danish, Finnish and Norwegian job nouns
        ("Vi söker en nämndsekreterare till kansliet", "nämndsekreterare"),
        ("Emne: Vikar som køkkenmedhjælper – Aarhus", "køkkenmedhjælper"),
        ("CNC-KONEISTAJA (kaksivuoro)", "CNC-KONEISTAJA"),
        # German nouns, and the field a clerk's or shift lead's title keeps
        ("▶ Kommissioniererin (m/w/d) – 14,20 €/Std.", "Kommissioniererin (m/w/d)"),
        ("Wir suchen einen Heizungsinstallateur ab sofort", "Heizungsinstallateur"),
        ("Die Stelle als Sachbearbeiter Lohnbuchhaltung ist offen",
         "Sachbearbeiter Lohnbuchhaltung"),
        ("suche ich einen Schichtleiterin Logistik für den Standort", "Schichtleiterin Logistik"),
        # a crew's and a pilot's ranks
        ("We are looking for a Senior DPO for our DSV", "Senior DPO"),
        ("1. S-92 Commander — NOK 1 200 000 per year", "S-92 Commander"),
        ("Yacht seeks Chief Stew for the summer season", "Chief Stew"),
        # French writes the grade after the title, in lower case
        ("Je recrute un·e Data Engineer senior pour notre équipe", "Data Engineer senior"),
    ],
)
def test_titles_of_this_round(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_grade_after_a_title_is_not_english_seniority_to_someone() -> None:
    titles = _titles("a Data Engineer senior to the analysts")
    assert "Data Engineer" in titles
    assert "Data Engineer senior" not in titles


def test_german_pronouns_bound_a_title() -> None:
    assert _titles("Der Sachbearbeiter Sie erreichen") == ["Sachbearbeiter"]
    assert _titles("Ihr Teamleiter Herr Brandt") == ["Teamleiter"]


def test_a_plural_dutch_compound_wanted_in_a_subject() -> None:
    item = parse_checked(
        "Onderwerp: Orderpickers gezocht in Venlo – €15 p/u\n\nHoi Sanne,\n\nIk ben Joris van "
        "Maasland Uitzendbureau. Voor een distributiecentrum zoeken we per direct orderpickers, "
        "€15 bruto per uur. Interesse? Bel me even.\n\nJoris"
    )
    assert [p.title for p in item.positions] == ["Orderpicker"]


def test_a_norwegian_role_named_after_stillingen_som() -> None:
    item = parse_checked(
        "Hei Lars! Bare en påminnelse om stillingen som lønnsmedarbeider hos Fjellstad Regnskap. "
        "Årslønn 520–580k NOK, to dager hjemmekontor i uka.\n\nMartine | Konsulent | "
        "Nordlys Bemanning AS"
    )
    assert [p.title for p in item.positions] == ["lønnsmedarbeider"]
    assert item.positions[0].workplace == "hybrid"


def test_a_crew_list_with_dotted_leaders() -> None:
    item = parse_checked(
        "Subject: Crew for PSV vessels – Qatar\n\nDear Officer Mendes,\n\nWe are sourcing crew "
        "for our client Dukhan Marine for PSVs in Qatar. Rotation 3 months on board / 1 month "
        "off.\n\nRANKS & WAGES:\nMASTER ............ USD 8,500\nCHIEF ENGINEER ..... USD 8,000\n"
        "\nPlease reply with your CV.\n\nRegards,\nYusuf\nOperations, Gulfline Crewing LLC"
    )
    assert [(p.title, p.pay.min) for p in item.positions] == [
        ("MASTER", 8500.0), ("CHIEF ENGINEER", 8000.0)
    ]
    assert {p.workplace for p in item.positions} == {"onsite"}


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("• 2 thuiswerkdagen per week, verder op kantoor in Zwolle", "hybrid"),
        ("- Tot 3 dagen per week telewerk", "hybrid"),
        ("€70k, 3 dagen op kantoor en 2 thuis", "hybrid"),
        ("Je werkt op de locatie in Arnhem, in ploegen", "onsite"),
        ("Je bent elke dag op de bouwplaats", "onsite"),
        ("Hjemmekontor er dessverre ikke aktuelt i denne stillingen.", "onsite"),
        ("Dette er ikke en jobb som kan gjøres hjemmefra.", "onsite"),
        ("- täysin etätyö Suomesta käsin", "remote"),
        ("Mahdollisuus osittaiseen etätyöhön (1 päivää viikossa).", "hybrid"),
        ("Mobiles Arbeiten: ein Tag pro Woche, sonst vor Ort", "hybrid"),
        ("Rotation 6 weeks on / 6 weeks off, onboard", "onsite"),
    ],
)
def test_workplace_of_this_round(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


def test_a_date_and_a_supplement_are_no_pay() -> None:
    # "start 4/28" is a date; "the extra $3/hr" adds to the rate, it is not the rate
    mentions = find_pay("Length: 13 weeks, start 4/28\nPay: $2,640/week gross")
    assert [(m.min, m.period) for m in mentions] == [(2640.0, "week")]
    extra = find_pay("Weekends get the extra $3/hr on top of the base rate.")
    assert all(m.extra for m in extra)


def test_a_follow_up_s_figure_set_against_the_range_keeps_the_pitch_s_pay() -> None:
    item = parse_checked(
        "Subject: Re: Payroll Manager - Kestrel Foods\n\nHi Dana,\n\nThanks. $105K is above the "
        "approved band, but I'll ask the hiring manager.\n\nBest,\nOmar\nOmar Diaz | Talent "
        "Partner | Brightwater Search\n\nOn Mar 4, 2025, at 9:02 AM, Omar Diaz "
        "<omar@brightwatersearch.com> wrote:\n\nHi Dana,\n\nI'm working with Kestrel Foods on a "
        "Payroll Manager hire.\n\n- $88,000 – $98,000 base\n- Hybrid, 2 days in office\n\n"
        "Would you be open to a call?\n\nOmar"
    )
    assert [(p.pay.min, p.pay.max) for p in item.positions] == [(88000.0, 98000.0)]


def test_a_follow_up_s_new_figure_still_wins() -> None:
    item = parse_checked(
        "Subject: Re: Payroll Manager - Kestrel Foods\n\nHi Dana, good news: the client has "
        "confirmed $100,000 base for you.\n\nOmar\nOmar Diaz | Talent Partner | Brightwater "
        "Search\n\nOn Mar 4, 2025, at 9:02 AM, Omar Diaz <omar@brightwatersearch.com> wrote:\n\n"
        "Hi Dana,\n\nI'm working with Kestrel Foods on a Payroll Manager hire.\n\n- $88,000 – "
        "$98,000 base\n- Hybrid, 2 days in office\n\nWould you be open to a call?\n\nOmar"
    )
    assert [(p.pay.min, p.pay.max) for p in item.positions] == [(100000.0, 100000.0)]


@pytest.mark.parametrize(
    "text",
    [
        # follow-ups on a role sent before, in Spanish, Portuguese and Dutch
        "Hola Laura, te escribí el lunes por la búsqueda de Jefe de Planta para Lácteos del "
        "Sur. ¿Lo pudiste ver?\nSaludos, Pablo – Norte Talento",
        "Oi Bia! Conseguiu dar uma olhada na vaga de Analista Financeiro que te mandei? "
        "Beijo, Carol da Ponte RH",
        "Hoi Tom, even een reminder over de vacature Controller bij Hanzebank waar ik je "
        "vorige week over mailde.\n\nGroet, Sara – Duinwerk Recruitment",
        "Hola Ana, ¿te interesaría conversar sobre un rol de Gerente de Compras en Mercado "
        "Austral? Es híbrido. Saludos, Tomás",
    ],
)
def test_follow_ups_of_this_round_are_outreach(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        # an agency offering candidates, a seller of recruiting, a rejection, all in Dutch
        "Onderwerp: 2 kandidaten voor uw vacature Heftruckchauffeur\n\nGeachte heer Smit,\n\n"
        "Wij hebben twee gescreende kandidaten die direct kunnen starten. Ons tarief is € 29 "
        "per uur. Mag ik de profielen sturen?\n\nMet vriendelijke groet,\nLotte\nFlexpunt",
        "Beste mevrouw Bos,\n\nDuurt het invullen van uw vacature te lang? Wij nemen het "
        "volledige wervingsproces van u over, vanaf € 3.500 per hire. Mag ik u bellen?\n\nTim",
        "Onderwerp: Je sollicitatie als Data Analist\n\nBeste Noor,\n\nBedankt voor je interesse "
        "in de functie van Data Analist bij Gemeente Oosterhout. We hebben besloten om je niet "
        "uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nTeam Werving & Selectie",
    ],
)
def test_dutch_messages_about_jobs_that_are_not_outreach(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


def test_confidential_in_other_languages_names_no_company() -> None:
    item = parse_checked(
        "Emne: Konfidensielt: Finansdirektør – Vestland Kraft\n\nHei Siri,\n\nVi har fått i "
        "oppdrag å finne en finansdirektør til Vestland Kraft. Er du åpen for en prat?\n\n"
        "Med vennlig hilsen\nEspen\nPartner, Fjordkraft Executive Search AS"
    )
    assert item.positions
    assert all(p.company != "Konfidensielt" for p in item.positions)


def test_a_subject_s_company_with_its_town_is_the_body_s_name() -> None:
    item = parse_checked(
        "Subject: Staff Engineer – Siemens Erlangen\n\nHi Jonas,\n\nI'm a recruiter at Brightpath "
        "Search and we help Siemens to find a Staff Engineer for their unit in Erlangen. "
        "Interested?\n\nMia"
    )
    assert [p.company for p in item.positions] == ["Siemens"]
    # a site named by its town stays no company
    site = parse_checked(
        "Subject: Leiter Instandhaltung (m/w/d) – Werk Erlangen – vertraulich\n\nGuten Tag Herr "
        "Ott,\n\nim Auftrag der Rahnfeld Antriebe GmbH suche ich einen Leiter Instandhaltung für "
        "das Werk in Erlangen.\n\nBeste Grüße\nAnna Bremer\nBremer Personalberatung"
    )
    assert [p.company for p in site.positions] != ["Werk"]


def test_a_country_in_a_subject_is_no_company() -> None:
    item = parse_checked(
        "Subject: Drilling Supervisor – deepwater – Mozambique – 28/28\n\nHi Ewan,\n\nDeepsea "
        "Talent here. Client is looking for a Drilling Supervisor for a deepwater campaign, "
        "USD 1,100/day. Interested?\n\nRory"
    )
    assert item.positions
    assert all(p.company != "Mozambique" for p in item.positions)


def test_crew_agencies_and_a_peruvian_legal_form() -> None:
    assert is_agency_name("Bluefin Yacht Crew")
    assert is_agency_name("Seaways Manning Services")
    assert not is_agency_name("Crew Clothing")
    item = parse_checked(
        "Hola Rosa, te escribo de Agroexport Los Andes S.A.C. Buscamos un Jefe de Packing para "
        "nuestra planta en Ica, S/ 6,500 mensuales. ¿Te interesa?\nSaludos, Luis"
    )
    assert [p.company for p in item.positions] == ["Agroexport Los Andes"]


def test_outreach_cues_of_this_round() -> None:
    names = {f.name for f in score("Ik ben Eva, talent scout bij Gemeente Delft.")[2]}
    assert "recruiter_self_id" in names


def test_a_japanese_listing_s_fields_name_the_employer_and_the_role() -> None:
    item = parse_checked(
        "件名：【大阪府／年収500万〜650万】品質保証エンジニア\n\n山田 様\n\n株式会社ジョブリンク "
        "製造業チームの佐藤です。\n\n【企業名】浪速精機株式会社（東証プライム上場）\n"
        "【職種】品質保証エンジニア\n【年収】500万円〜650万円\n\nご興味がございましたらご返信ください。"
    )
    assert [p.company for p in item.positions] == ["浪速精機"]
    # a description in the field names nobody
    vague = parse_checked(
        "件名：経理マネージャーのご紹介\n\n鈴木 様\n\n企業：外資系医療機器メーカー\n"
        "職種：経理マネージャー\n年収：900万〜1200万円\n\nご検討ください。"
    )
    assert [p.company for p in vague.positions] == [None]


def test_a_japanese_list_with_circled_numbers() -> None:
    item = parse_checked(
        "件名：採用のご連絡\n\n田中 様\n\n株式会社ミライゲームズ 人事部の高橋です。\n"
        "以下2職種で採用中です。\n\n① ゲームプランナー\n　・年収 500万〜700万円\n"
        "② 3Dキャラクターモデラー\n　・年収 450万〜650万円\n\nご興味があればご返信ください。"
    )
    assert [p.title for p in item.positions] == ["ゲームプランナー", "3Dキャラクターモデラー"]


def test_the_writer_s_own_japanese_title_is_not_the_role() -> None:
    item = parse_checked(
        "件名：英文事務のお仕事\n\n田中 さま\n\n"
        "アドバンスワーク 派遣コーディネーターの石井です。\n\n"
        "◆お仕事：英文事務\n◆時給：2,000円〜2,300円\n◆在宅：週1日OK\n\nご連絡お待ちしております。"
    )
    assert [p.title for p in item.positions] == ["英文事務"]
    assert item.positions[0].workplace == "hybrid"


def test_korean_clients_teams_and_pay() -> None:
    item = parse_checked(
        "안녕하세요. 고객사인 한빛자산운용에서 퀀트 애널리스트 포지션을 오픈해서 연락드립니다. "
        "연봉은 최대 1억까지 가능합니다. 통화 가능하실까요?"
    )
    assert [(p.company, p.pay.min, p.pay.max, p.pay.currency) for p in item.positions] == [
        ("한빛자산운용", None, 100000000.0, "KRW")
    ]
    # "고객사명은 …" (the client's name is …) names no client
    hidden = parse_checked(
        "안녕하세요. 유럽계 의료기기 기업의 Country Manager 채용을 진행하고 있습니다. "
        "고객사명은 1차 통화 후 공유드릴 수 있습니다. 연봉 2억~2억 5천만원."
    )
    assert [p.company for p in hidden.positions] == [None]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Předmět: Senior Java vývojář - Brno", "Senior Java vývojář"),
        ("Pozícia: Procesný inžinier (automotive), Nitra", "Procesný inžinier"),
        ("2. Ofițer Conformitate AML", "Ofițer Conformitate AML"),
        ("CNC gépkezelő – Győr, 3 műszak", "CNC gépkezelő"),
        ("We need a Plumber/Gasfitter in Nelson", "Plumber/Gasfitter"),
        ("Urgent Care Physician Assistant – Boise", "Urgent Care Physician Assistant"),
        ("Temp Payroll Officer needed from Monday", "Payroll Officer"),
    ],
)
def test_more_titles_of_this_round(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_lower_case_trade_pair_is_not_joined() -> None:
    assert "boilermaker/welder" not in _titles("we need a boilermaker/welder for the shutdown")


def test_central_european_pay_and_workplace() -> None:
    [huf] = find_pay("- bruttó 700-850e Ft / hó")
    assert (huf.min, huf.max, huf.currency, huf.period) == (700000.0, 850000.0, "HUF", "month")
    assert find_workplace("- hybridní režim: 2 dny v týdnu home office").workplace == "hybrid"
    assert find_workplace("- hibrid: heti 3 nap iroda").workplace == "hybrid"


@pytest.mark.parametrize(
    "text",
    [
        # a town by its shape, a shift pattern, a ministry's unit: no employer
        "Subject: HD Mechanic - Fort Mac - 14/14 rotation\n\nHey Travis, got a heavy duty "
        "mechanic gig, $58/hr. Interested?\n\nDale | Northwind Trades Staffing",
        "Subject: RE: ICU RN – Per Diem – Riverside\n\nHi Sam, just bumping this. $68/hr.\n\n"
        "Kim | Summit Nurse Staffing",
    ],
)
def test_no_employer_named_this_round(text: str) -> None:
    item = parse_checked(text)
    assert item.positions
    assert all(p.company not in {"Fort Mac", "Per Diem"} for p in item.positions)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # academic heads: a pro-vice-chancellor, a dean "of the" school, a professor's field
        ("1. Pro-Vice-Chancellor (Research)", "Pro-Vice-Chancellor"),
        ("2. Dean of the Faculty of Law", "Dean of the Faculty"),
        ("Subject: Full-time Professor, Applied Linguistics – Northgate",
         "Professor, Applied Linguistics"),
        ("You'd make a great Online GCSE Physics Tutor", "Online GCSE Physics Tutor"),
        # Italian and Dutch job nouns
        ("Cerchiamo un Informatore Scientifico del Farmaco", "Informatore Scientifico del Farmaco"),
        ("Onderwerp: Vrachtwagenchauffeur gezocht", "Vrachtwagenchauffeur"),
        ("Informatieanalist Zorg – Gemeente Zwolle", "Informatieanalist Zorg"),
        # a title that follows Thai text starts at its own first word
        ("กำลังเปิดรับสมัครตำแหน่ง Quality Engineer ค่ะ", "Quality Engineer"),
    ],
)
def test_titles_of_the_second_wave(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_professor_s_employer_and_a_title_s_city_are_not_its_field() -> None:
    assert "Professor" in _titles("Professor, University of Harlow")
    assert "Responsabile Acquisti" in _titles("Responsabile Acquisti di Milano")
    # a field GeoNames happens to know as a town stays the title's
    assert "Gerente de Ventas B2B" in _titles("Gerente de Ventas B2B")


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("Chiaramente il lavoro è in presenza, in cucina.", "onsite"),
        ("lavoro in boutique su turni da 8 ore", "onsite"),
        ("consultations sur place au centre de santé", "onsite"),
        ("Rotation: 21/21 on board, day rate USD 900", "onsite"),
        ("It's an in-store role, no remote option", "onsite"),
        ("This is an island-based, resident position.", "onsite"),
        ("Fast stilling – dette er ikke en stilling med hjemmekontor", "onsite"),
    ],
)
def test_workplace_of_the_second_wave(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


def test_a_subject_s_name_with_its_town_when_the_body_names_it() -> None:
    item = parse_checked(
        "Onderwerp: Senior Java Developer – Kadewerk, Utrecht\n\nHoi Lisa,\n\nVoor Kadewerk "
        "(logistiekplatform, 60 man) zoek ik een Senior Java Developer. €5.000–€6.500 per maand."
        "\n\nGroet,\nBart\nRecruiter | Codehaven Recruitment"
    )
    assert [p.company for p in item.positions] == ["Kadewerk"]
    # a description with its town names no employer, even when the body uses the word
    vague = parse_checked(
        "Betreff: Leiter Controlling (m/w/d) – Privatbank, Wien\n\nSehr geehrte Frau Huber,\n\n"
        "für eine renommierte Privatbank in Wien suche ich einen Leiter Controlling.\n\n"
        "Mit freundlichen Grüßen\nJonas Weber\nAlpenrand Consulting"
    )
    assert [p.company for p in vague.positions] == [None]


def test_the_reader_s_past_employer_makes_no_agency() -> None:
    item = parse_checked(
        "Subject: Staff Engineer – Checkout | Zalando\n\nHi Ana,\n\nI'm with Zalando's Tech "
        "Talent Acquisition team. I came across your work on checkout flows at a Portuguese "
        "fintech and wanted to reach out about a Staff Engineer opening.\n\nBest,\nNina\n"
        "Senior Recruiter | Zalando"
    )
    assert item.recruiter.agency is False
    assert [p.company for p in item.positions] == ["Zalando"]


def test_a_board_of_directors_names_its_organisation() -> None:
    item = parse_checked(
        "Onderwerp: Manager Financiën – Zorggroep Eemland\n\nGeachte heer Smit,\n\nNamens de Raad "
        "van Bestuur van Zorggroep Eemland benader ik u voor de functie van Manager Financiën."
        "\n\nMet vriendelijke groet,\nAnne de Vries\nVries & Partners Executive Search"
    )
    assert [p.company for p in item.positions] == ["Zorggroep Eemland"]


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Niels, nog even checken of je mijn bericht van vorige week over de rol Teamlead "
        "Data bij Kroonvast hebt gezien?\n\nGroet, Daan – Hiremore",
        "Dag Lotte,\n\nEven opvolgen: heb je al kunnen nadenken over de rol van Product Owner "
        "bij ons? Ik hoor graag of je openstaat voor een gesprek.\n\nPieter",
        "Chào em Phúc,\n\nChị là Hương, bên chị đang cần tuyển 02 Kỹ sư QA cho nhà máy. Mức "
        "lương: 15 – 18 triệu đồng/tháng. Em quan tâm thì gọi chị nhé.",
    ],
)
def test_outreach_of_the_second_wave(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


def test_thai_pay() -> None:
    [thb] = find_pay("- เงินเดือน 40,000 – 55,000 บาท (ขึ้นอยู่กับประสบการณ์)")
    assert (thb.min, thb.max, thb.currency) == (40000.0, 55000.0, "THB")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("- Packhouse Grader – $24.00 per hour", "Packhouse Grader"),
        ("we think you'd make a brilliant Chalet Host.", "Chalet Host"),
        ("Barkeeper (m/w/d) – Hotel Alpenrose", "Barkeeper (m/w/d)"),
    ],
)
def test_seasonal_titles(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_dinner_in_the_job_is_no_night_out() -> None:
    for note in (
        "Ciao Marta! Wedding season staff needed: Catering Waiter, weekends, €14/h + dinner "
        "on shift. Interested? – Paolo, Villa Fiorita Events",
        "Hi Jess, we're now recruiting chalet hosts: cooking a three-course dinner for up to "
        "10 guests, £130 per week, live-in role. Keen?",
    ):
        assert "friend_chat" not in {f.name for f in score(note)[2]}


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("Lokasyon: Maslak – haftada 2 gün ofis, 3 gün evden", "hybrid"),
        ("- Kozyatağı ofisinde haftada 3 gün, 2 gün uzaktan", "hybrid"),
        ("• מיקום: חיפה – 3 ימים במשרד ו-2 מהבית", "hybrid"),
    ],
)
def test_turkish_and_hebrew_hybrid(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


def test_company_names_without_their_forms_and_branches() -> None:
    from sidedoor.intake.extract.company import strip_legal

    assert strip_legal("Akdeniz Savunma Sanayi ve Ticaret A.Ş.") == "Akdeniz Savunma"
    assert strip_legal("Akdeniz Savunma Sanayi ve Ticaret") == "Akdeniz Savunma"
    item = parse_checked(
        "Subject: Store Manager – Maison Lavande HK\n\nHi Kelly,\n\nWe're hiring a Store "
        "Manager for our Central boutique, HK$40,000–48,000 per month. Interested?\n\nThanks!\n"
        "Ivy Lam\nHR Business Partner, Maison Lavande (Hong Kong) Ltd"
    )
    assert [p.company for p in item.positions] == ["Maison Lavande"]


def test_chinese_descriptions_and_talent_agencies_name_no_employer() -> None:
    item = parse_checked(
        "李工您好，\n\n我是恒远人才的猎头顾问 Amy。"
        "我们正在为一家位于张江的芯片公司寻找模拟IC设计专家，"
        "年薪 80-120万。方便的话加个微信聊聊？"
    )
    assert item.positions
    assert [p.company for p in item.positions] == [None] * len(item.positions)


def test_a_role_with_its_pay_is_an_offer() -> None:
    # Latvian: a job title and its pay, no recruiter phrase the cues know
    item = parse_checked(
        "Labdien, Jāni!\n\nNoliktavas darbinieks – Rīga\nAlga: 1 300 – 1 500 EUR mēnesī.\n\n"
        "Ar cieņu,\nLiene"
    )
    names = {c.name for c in item.cues}
    assert {"job_title", "pay_stated", "role_and_pay"} <= names
    assert item.is_recruiter_outreach
    # one without the other adds nothing
    assert "role_and_pay" not in {f.name for f in score("The salary is €50,000 a year.")[2]}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Poste : Manipulateur en électroradiologie médicale",
         "Manipulateur en électroradiologie médicale"),
        ("Auxiliaire de vie – Lyon 3e", "Auxiliaire de vie"),
        ("Tootmisjuht – Tartu", "Tootmisjuht"),
        ("Gamybos operatorius – Kaunas", "Gamybos operatorius"),
        ("Ustawiacz maszyn CNC – Poznań", "Ustawiacz maszyn CNC"),
        ("Chefe de Cozinha – Lisboa", "Chefe de Cozinha"),
        ("Sveiser – Stord", "Sveiser"),
    ],
)
def test_titles_of_the_fourth_wave(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("- TT$22,000 – TT$26,000 per month", (22000.0, 26000.0, "TTD", "month")),
        ("薪资：30-45K·14薪", (30000.0, 45000.0, "CNY", "month")),
        ("地點：台北。月薪：60-80K", (60000.0, 80000.0, "TWD", "month")),
        ("Son $38-42 mil netos mensuales, planta en Querétaro",
         (38000.0, 42000.0, "MXN", "month")),
    ],
)
def test_pay_of_the_fourth_wave(text: str, pay: tuple[float, float, str, str]) -> None:
    [mention] = find_pay(text)
    assert (mention.min, mention.max, mention.currency, mention.period) == pay


def test_a_date_s_year_is_no_pay() -> None:
    mentions = find_pay("Period: 2 January 2025 - 30 April 2025\nSalary: ¥240,000 per month")
    assert [(m.min, m.currency) for m in mentions] == [(240000.0, "JPY")]
