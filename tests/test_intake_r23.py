"""Round 23: the trades in Finnish, Danish, Dutch, Polish and German, a local title glossed in
English, in-house recruiters a unit's name made look like agencies, and what a search firm says
(messages in our own wording)."""

from __future__ import annotations

import pytest

from intake_checks import company_found, parse_checked
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.pay import dollar_currency, find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # job nouns of the trades
        ("Haemme uutta rakennusmestaria: Rakennusmestari, Lahti", "Rakennusmestari"),
        ("1. Varastotyöntekijä – 15,10 €/h", "Varastotyöntekijä"),
        ("▸ Metselaar – € 21,00 per uur", "Metselaar"),
        ("2) Murer – 250 kr. i timen", "Murer"),
        ("na stanowisko Spedytor Międzynarodowy w naszym oddziale", "Spedytor Międzynarodowy"),
        ("Wir suchen einen Vorarbeiter Zimmerei für unsere Kolonne.", "Vorarbeiter Zimmerei"),
        ("wegen der Stelle als Polier Hochbau bei Bau Keller in Ulm", "Polier Hochbau"),
        # a driver's licence class is part of the title
        ("Wir suchen einen LKW-Fahrer CE für den Nahverkehr", "LKW-Fahrer CE"),
        ("na stanowisko Kierowca C+E w transporcie krajowym", "Kierowca C+E"),
        # new job nouns elsewhere
        ("an opening for a Medical Science Liaison in Leeds", "Medical Science Liaison"),
        (
            "hiring a Certified Registered Nurse Anesthetist",
            "Certified Registered Nurse Anesthetist",
        ),
        ("3️⃣ Cientista de Dados Sênior", "Cientista de Dados Sênior"),
        # what is no part of a title: board status, a French clause
        ("We need a BC/BE Nocturnist for our team", "Nocturnist"),
        (
            "le poste de Technologiste de laboratoire dont je vous ai parlé",
            "Technologiste de laboratoire",
        ),
    ],
)
def test_titles_of_this_round(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_duty_s_bullet_is_no_title() -> None:
    assert _titles("The Head of Nursing will:\n- Lead, coach and grow a team of 40") == [
        "Head of Nursing"
    ]
    assert _titles("• Partner with the Medical Director on audits") == ["Medical Director"]
    assert _titles("- Lead Data Engineer (Remote)") == ["Lead Data Engineer"]


def test_a_local_title_glossed_in_english_stays_the_title() -> None:
    item = parse_checked(
        "Subject: Työnjohtaja / Site Supervisor – Rakennus Koivisto Oy\n\nHi Matti,\n\nRakennus "
        "Koivisto Oy is looking for a Työnjohtaja (site supervisor) for apartment blocks in "
        "Espoo. 4 300–4 900 €/kk.\n\nInterested?\n\nLaura\nRekryPro"
    )
    assert [p.title for p in item.positions] == ["Työnjohtaja"]


def test_trades_listed_in_danish_and_dutch_are_positions() -> None:
    item = parse_checked(
        "Subject: Tømrer og murer til Holm Byg A/S\n\nHej Jens\n\nVi søger til Holm Byg A/S:\n\n"
        "1) Tømrer – 240-260 kr. i timen\n2) Murer – 245-270 kr. i timen\n\n- arbejdet foregår "
        "på byggepladsen i Odense\n- overtid betales efter overenskomsten\n- værktøj stilles til "
        "rådighed\n\nRing gerne!\n\nMette\nByggeBemanding ApS"
    )
    assert [p.title for p in item.positions] == ["Tømrer", "Murer"]
    assert {p.workplace for p in item.positions} == {"onsite"}
    names = {b.name for b in item.positions[1].benefits}
    assert {"overtime_pay", "tools_provided"} <= names


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Työ tehdään työmaalla Vantaalla, ei etätyömahdollisuutta.", "onsite"),
        ("Praca na budowie w Gdańsku, pełen etat.", "onsite"),
        ("Todas son 100% remotas desde cualquier parte de Chile.", "remote"),
        ("It's full time, in store obviously, with rotating weekends.", "onsite"),
        ("Mostly at our clinic, with one admin day per week from home.", "hybrid"),
    ],
)
def test_workplace_of_this_round(text: str, where: str) -> None:
    assert find_workplace(text).workplace == where


@pytest.mark.parametrize(
    ("text", "minimum", "maximum", "period"),
    [
        ("laut KV mindestens € 16,80 brutto pro Stunde", 16.8, None, "hour"),
        ("Mindestentgelt lt. KV € 2.410,– brutto/Monat", 2410, None, "month"),
        ("- Løn op til 58.000 kr./md.", None, 58000, "month"),
        ("- wynagrodzenie od 8 500 zł brutto miesięcznie", 8500, None, "month"),
        ("Rate: £320 p/d, outside IR35", 320, 320, "day"),
    ],
)
def test_pay_of_this_round(
    text: str, minimum: float | None, maximum: float | None, period: str
) -> None:
    (pay,) = find_pay(text)
    assert (pay.min, pay.max, pay.period) == (minimum, maximum, period)


def test_what_a_bare_dollar_means() -> None:
    # a US state and a 403(b) outweigh an "ACT model" (anaesthesia care team)
    assert dollar_currency("Knoxville, TN. Our CRNAs work in an ACT model. 403(b) match.") == "USD"
    # Québec writes a decimal comma before the sign
    assert dollar_currency("Le taux horaire peut aller jusqu'à 48,20 $/h.") == "CAD"
    assert dollar_currency("Stations in Sydney and Glace Bay, Cape Breton.") == "CAD"
    assert dollar_currency("Posted on MyCareersFuture. Office in Tanjong Pagar.") == "SGD"
    assert dollar_currency("FACEM or senior CMO, Broken Hill, 1300 555 123") == "AUD"


def test_paid_overtime_and_tools_in_the_trades_languages() -> None:
    for text in (
        "Überstunden werden extra bezahlt, Werkzeug und Arbeitskleidung werden gestellt.",
        "Ylityöt korvataan TES:n mukaan. Työkalut tulevat työnantajalta.",
        "Dodatek za nadgodziny, odzież robocza i narzędzia zapewnione.",
        "Overuren worden uitbetaald met toeslag. Gereedschap van de zaak.",
    ):
        names = {b.name for b in find_benefits(text)}
        assert {"overtime_pay", "tools_provided"} <= names, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nasz klient, niemiecka firma Stahlbau Lenz GmbH (Kassel), szuka spawaczy.",
         "Stahlbau Lenz GmbH"),
        ("wegen der Stelle als Bauleiter bei Gebr. Ortmann Bau in Kassel", "Gebr. Ortmann Bau"),
        ("I'm partnered with Brightwater Fulfilment B.V., a fast-growing 3PL in Venlo.",
         "Brightwater Fulfilment B.V"),
        ("I handle recruitment at Nordhavn Fragt A/S. We are expanding.", "Nordhavn Fragt A/S"),
        ("Osprey Marine A/S has asked us to help find a Site Manager.", "Osprey Marine A/S"),
        ("Estamos colaborando con Seguros Turia en la ampliación de su equipo.", "Seguros Turia"),
        ("Tô ajudando a Caju Saúde a contratar uma Analista de Dados.", "Caju Saúde"),
        ("te interesa la vacante de Analista de Riesgos en Banco Ribera (Lima)?", "Banco Ribera"),
        ("Aldous Pryce LLP (US firm, London office) are looking for NQs.", "Aldous Pryce LLP"),
        ("on behalf of the Medical Board of St. Brigid's Private Hospital, Kildare.",
         "St. Brigid's Private Hospital"),
    ],
)
def test_companies_of_this_round(text: str, name: str) -> None:
    assert company_found(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # a place after "en", or a place before "has asked us"
        "Tenemos una vacante de Analista de Datos en Bogotá, Colombia.",
        "Riverbend Hospital in Tamworth have asked us to cover ED shifts.",
    ],
)
def test_places_name_no_employer(text: str) -> None:
    found = company_found(text)
    assert found not in {"Bogotá", "Tamworth"}


def test_an_in_house_recruiter_at_a_bank_with_a_client_unit() -> None:
    item = parse_checked(
        "Dear Mei,\n\nI am reaching out from the Talent Acquisition team at Harbourline Bank. We "
        "are hiring an AVP to join our Client Lifecycle Management function in Singapore.\n\n"
        "Would you be open to a call?\n\nJoanne Tan\nHarbourline Bank"
    )
    assert item.recruiter.agency is False
    assert [p.company for p in item.positions] == ["Harbourline Bank"]


def test_a_search_firm_leading_a_search_names_its_client() -> None:
    item = parse_checked(
        "Dear Omar,\n\nI am leading the search for the Chief Risk Officer at Dune Crest Holdings, "
        "a family-owned group in Abu Dhabi. The package is AED 1.4m.\n\nOpen to a chat?\n\n"
        "Claire Hunt\nDirector, Kestrel Partners"
    )
    assert item.recruiter.agency is True
    assert [p.company for p in item.positions] == ["Dune Crest Holdings"]


def test_a_star_rating_names_no_employer() -> None:
    item = parse_checked(
        "Subject: DON role – 5-Star SNF – Tucson\n\nHi Pat,\n\nI am conducting a search for a "
        "Director of Nursing for a 5-star rated skilled nursing facility in Tucson. $140k. "
        "Interested?\n\nDana\nSaguaro Healthcare Search"
    )
    assert [(p.title, p.company) for p in item.positions] == [("Director of Nursing", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a recruiter's salary guide
        "Subject: Our 2026 Engineering Salary Guide is here\n\nHi Lee,\n\nOur 2026 Salary Guide "
        "is now available: benchmarks for 60+ roles, from Site Engineer to Project Director, and "
        "hybrid trends. Download your free copy at example.com/guide",
        # a reference check
        "Hi Ana,\n\nTom Reyes has listed you as a professional reference for the Charge Nurse "
        "position he applied for. Would you have 15 minutes for a short reference call?\n\n"
        "Thanks,\nBeth, HR",
        # a hiring tool sold to a recruiter
        "Hi Greg,\n\nAs Head of Talent you juggle hundreds of requisitions. TalentPing texts every "
        "applicant, cuts time-to-hire by 9 days and plugs into Workday. Worth a 15 min call?",
        # a job seeker asking for advice
        "Hi Omar,\n\nWe haven't met, but Sara said you know the market. I'm starting to think "
        "about my next role in compliance and would value 20 minutes of your time.\n\nHannah",
        # a Polish job board's alert
        "Subject: Nowe oferty pracy dla Ciebie\n\nCześć Ola!\n\nMamy 4 nowe oferty pasujące do "
        "Twojego alertu „kierowca – Łódź”:\n\n🚚 Kierowca C+E | Trans-Lux | 9 000 zł brutto",
        # a background-check vendor
        "Dear Mr. Rao,\n\nAs you are hiring across tech roles, meet our background verification "
        "solutions: 48-hour turnaround, API integration with your HRMS. We offer a complimentary "
        "pilot of 20 checks. May I schedule a 15-minute call?",
        # a Portuguese rejection
        "Olá, Bia!\n\nAgradecemos pelo seu interesse na vaga de Analista de Dados Pleno. Após "
        "avaliação, optamos por seguir com outra candidata. Seu currículo permanecerá em nosso "
        "banco de talentos.\n\nEquipe de Pessoas",
    ],
)
def test_messages_that_are_not_outreach(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Kirvesmiehiä haetaan – Tampere\n\nMoi! Asiakkaamme Rakennus Salo Oy hakee "
        "kirvesmiestä, 19–22 €/h. Kiinnostaako?\n\nt. Sanna, Duunari Oy",
        "Hola Leo! ¿Tenés un rato esta semana para hablar de una posición de Data Engineer Sr? "
        "Es 100% remoto.\n\nCaro",
        # a Polish follow-up
        "Dzień dobry Panie Adamie,\n\nuprzejmie przypominam się w sprawie stanowiska Kierownik "
        "Budowy w Dombud S.A. Chętnie umówię rozmowę z dyrektorem.\n\nPozdrawiam\nEwa, HR",
    ],
)
def test_outreach_of_this_round(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


def test_the_finnish_hiring_words_fire() -> None:
    fired = {c.name for c in score("Kirvesmiehiä haetaan Ouluun. Kiinnostaako?")[2]}
    assert {"hiring_statement", "open_to_move"} <= fired


def test_a_list_of_roles_told_apart_by_their_fields_keeps_them() -> None:
    item = parse_checked(
        "Subject: Two audit roles in Luxembourg\n\nHello Marc,\n\nWe are hiring at Berg & Hoss "
        "Audit:\n\n► Audit Senior – Investment Funds\n   (3 years, 60.000 € – 66.000 €)\n\n"
        "► Audit Manager – Banking\n   (6 years, 85.000 € – 95.000 €)\n\nInterested in a "
        "call?\n\nAnne Roth\nBerg & Hoss Audit"
    )
    assert [p.title for p in item.positions] == [
        "Audit Senior – Investment Funds",
        "Audit Manager – Banking",
    ]


def test_a_slash_ends_a_speciality() -> None:
    item = parse_checked(
        "Subject: Fund Accountant – Private Equity / Luxembourg\n\nDear Ms Weber,\n\nI contact "
        "you about a position of Fund Accountant – Private Equity for our client, a fund "
        "administrator. 65K–75K EUR. Would you be open to a call?\n\nJulien\nMoselle Search"
    )
    assert [p.title for p in item.positions] == ["Fund Accountant – Private Equity"]


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        ("Palkka 4 200 €/kk, lounasetu, puhelin- ja autoetu.", "company_car"),
        ("Palkka 4 200 €/kk, lounasetu, puhelin- ja autoetu.", "meals"),
        ("✔ Bus van de zaak\n✔ Vast contract", "company_car"),
        ("Urlaubszuschuss und Weihnachtsremuneration (13. + 14. Gehalt)", "thirteenth_salary"),
        ("- 13-month guaranteed pay, plus a discretionary bonus", "thirteenth_salary"),
        ("Benefits include AWS and medical benefits.", "thirteenth_salary"),
        ("budget anual para cursos y conferencias", "learning_budget"),
        ("· 1.500 € al año para formación", "learning_budget"),
        ("Conditions : boni annuel, régime de retraite", "bonus"),
        ("Du får aftentillæg på aftenholdet.", "shift_allowance"),
        ("€16,80 per uur plus ploegentoeslag", "shift_allowance"),
        ("plus primes de soir et de fin de semaine", "shift_allowance"),
        ("hours are flexible as long as deadlines are met", "flexible_hours"),
        ("· Horario flexible", "flexible_hours"),
    ],
)
def test_benefits_of_this_round(text: str, benefit: str) -> None:
    assert benefit in {b.name for b in find_benefits(text)}


def test_amazon_s_cloud_is_no_wage_supplement() -> None:
    assert "thirteenth_salary" not in {
        b.name for b in find_benefits("Java + AWS, plus experience with AWS and GCP.")
    }


# the second wave


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("・職種：料理長（総料理長候補）", "料理長"),
        ("▸ Governanta Geral — 1.650 €/mês", "Governanta Geral"),
        ("• Maître di Sala – 2.300 € netti/mese\n• Barman – 1.650 €", "Maître di Sala"),
        ("• Maître di Sala – 2.300 € netti/mese\n• Barman – 1.650 €", "Barman"),
        ("Hledáme kolegu na pozici Grafický designér (m/ž).", "Grafický designér"),
        ("Kami sedang cari Desainer Grafis untuk tim Jakarta.", "Desainer Grafis"),
        ("1. 공정기술 엔지니어 (소성)\n2. 품질보증 파트장", "공정기술 엔지니어"),
        # a recruiting job offered, not the writer's own title
        ("re: the Talent Acquisition Lead role with Verity Bank", "Talent Acquisition Lead"),
    ],
)
def test_titles_of_the_second_wave(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_recruiting_job_is_the_role_but_the_writer_s_own_is_not() -> None:
    item = parse_checked(
        "Subject: Talent Acquisition Partner – Dacia Games\n\nHi Ana,\n\nI'm Vlad, Head of People "
        "at Dacia Games. We are looking for a Talent Acquisition Partner to own hiring for our "
        "art teams. 12.000 – 14.000 RON net per month, fully remote.\n\nInterested?\n\nVlad"
    )
    assert [p.title for p in item.positions] == ["Talent Acquisition Partner"]


def test_a_lawyer_greeted_as_maitre_is_no_title() -> None:
    assert _titles("Bonjour Maître,\n\nJe me permets de vous contacter") == []


@pytest.mark.parametrize(
    "text",
    [
        "勤務：店舗勤務（シフト制・週休2日）",
        "Per tutti: vitto e alloggio, straordinari pagati. Lavoro ovviamente in struttura.",
        "Para todos los cargos: turno 7x7 en faena, alojamiento en campamento.",
        "All posts are full time and on the school premises.",
        "Lokasyon: Bursa OSB, fabrikada tam zamanlı (uzaktan çalışma imkanı yok)",
    ],
)
def test_on_site_in_the_second_wave(text: str) -> None:
    assert find_workplace(text).workplace == "onsite"


def test_companies_of_the_second_wave() -> None:
    assert company_found("Müşterimiz Akdeniz Kablo A.Ş. için Bakım Şefi arıyoruz.") == (
        "Akdeniz Kablo A.Ş"
    )
    assert company_found(
        "a Brand Manager opportunity with Hoshikawa Beverages, a long-established drinks maker."
    ) == "Hoshikawa Beverages"
    item = parse_checked(
        "Subject: Abertura Lisbon Bay Hotel – 2 vagas\n\nOlá Rita,\n\nEstamos a recrutar:\n\n"
        "▸ Rececionista — 1.050 €/mês\n▸ Night Auditor — 1.150 €/mês\n\nTem interesse?\n\n"
        "Marta\nRH, Lisbon Bay Hotel"
    )
    assert {p.company for p in item.positions} == {"Lisbon Bay Hotel"}


def test_a_drinks_maker_and_a_duty_s_newsletter_are_no_chat_or_mail() -> None:
    assert parse_checked(
        "Dear Ms. Ito,\n\nMy name is Ken Mori, consultant in the Consumer Goods team at Sora "
        "Search. I am contacting you about a Brand Marketing Manager opportunity with Hoshikawa "
        "Beverages, a long-established Japanese drinks maker. ¥9,000,000 – ¥12,000,000. Hybrid."
    ).is_recruiter_outreach
    assert parse_checked(
        "Hi Poppy,\n\nI run a small candle business. I'm looking for a part-time Marketing "
        "Assistant to help with our socials, newsletter and Etsy listings. Remote, £14 an hour. "
        "Would you be interested? Happy to tell you more over a quick call.\n\nRosie"
    ).is_recruiter_outreach


def test_turkish_and_czech_agencies() -> None:
    from sidedoor.intake.extract.agency import is_agency_name

    assert is_agency_name("Kuzey Yönetici Arama")
    assert is_agency_name("Anadolu İK Danışmanlık")
    assert not is_agency_name("Marmara Kimya")


def test_pay_of_the_second_wave() -> None:
    (pay,) = find_pay("✔️ €1.600 καθαρά / μήνα")
    assert (pay.min, pay.currency, pay.period) == (1600, "EUR", "month")
    # a month's pay, paid fourteen times a year
    (pay,) = find_pay("1.500 € brutos x 14 pagas")
    assert (pay.min, pay.period) == (1500, "month")
    (pay,) = find_pay("• Ücret: yıllık brüt 5,5 – 6,5 milyon TL")
    assert (pay.min, pay.max, pay.currency, pay.period) == (5_500_000, 6_500_000, "TRY", "year")


def test_an_acronym_in_capitals_is_no_plural() -> None:
    assert _titles("a Key Account Manager GMS based in Nantes") == ["Key Account Manager"]
    assert _titles("We are hiring SECURITY GUARDS for malls") == ["SECURITY GUARD"]


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Giulia, ti riscrivo per il ruolo di Store Manager da Botteghe Fini di cui ti avevo "
        "parlato. Il cliente vorrebbe chiudere la shortlist entro venerdì: hai avuto modo di "
        "pensarci?\n\nMarco\nSelezione Moda Srl",
        "Bonjour Paul,\n\nJe vous contacte de la part de Terroirs RH. Nous accompagnons la "
        "Biscuiterie Morvan dans le recrutement d'un Key Account Manager. 45K€ fixe.",
        "Halo Mas Adi, kami sedang cari Desainer Grafis untuk bergabung full-time. Kerja remote, "
        "gaji Rp 6–8 juta per bulan.",
    ],
)
def test_outreach_of_the_second_wave(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Julie,\n\nNous avons le plaisir de vous convier à notre Retail Talent Night, le "
        "12 juin à 19h. Au programme : table ronde et cocktail networking.",
        "Gentile Dott.ssa Marini,\n\nabbiamo in portafoglio alcuni profili di Store Manager già "
        "valutati. Posso inviarle i CV anonimizzati? Fee del 15% della RAL.",
        "Merhaba Seda Hanım,\n\nİş ilanı platformu olarak size özel kampanya: 10 ilanlık paket "
        "18.000 TL yerine 10.800 TL. Sizi arayabilir miyim?",
        "Dear Ms. Saleh,\n\nWe invite your company to take part in the 2026 GCC Energy "
        "Compensation Survey. Participating companies receive the full report free of charge, "
        "with benchmarks from Process Operator to Plant Manager.",
    ],
)
def test_not_outreach_in_the_second_wave(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        ("Oferecemos refeições no local e seguro de saúde.", "meals"),
        ("- Vitto e alloggio in struttura", "meals"),
        ("mensa aziendale, premio di produzione annuale", "bonus"),
        ("48K€ brut + primes trimestrielles + véhicule de service", "company_car"),
        ("+ 50 % de réduction sur tous nos produits", "employee_discount"),
        ("RAL 60-70k € + MBO fino al 20% + auto aziendale", "bonus"),
        ("・食事支給、年次有給休暇（初年度10日）", "meals"),
        ("待遇：社員割引（自社製品50%OFF）", "employee_discount"),
    ],
)
def test_benefits_of_the_second_wave(text: str, benefit: str) -> None:
    assert benefit in {b.name for b in find_benefits(text)}


# the third wave


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Styrmann til MS Nordlys", "Styrmann"),
        ("• Matros\n• Kokk", "Kokk"),
        ("Θέση Crew Manager στην Πειραιά", "Crew Manager"),
        ("Tehnolog producție lactate", "Tehnolog producție lactate"),  # (round 29: whole)
        ("Juruteknik Penyelenggaraan – Seremban", "Juruteknik Penyelenggaraan"),
        ("Perito Avaluador Inmobiliario en Bogotá", "Perito Avaluador Inmobiliario"),
        ("職缺：5G 基頻演算法資深工程師", "5G 基頻演算法資深工程師"),
        ("招聘 Python 工程师", "Python 工程师"),
    ],
)
def test_titles_of_the_third_wave(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bună ziua,\n\nSunt Raluca de la Resurse Umane. Angajăm la Lactate Sibiu pentru linia nouă "
        "și căutăm colegi:\n\n🧀 Tehnolog producție lactate\n- salariu: 6.500 lei net/lună",
        "Szia Bálint!\n\nCsak egy gyors emlékeztető: a Pannon Mag Kft. agronómus pozíciója még "
        "nyitott. Érdekel még?\n\nKata",
        "Hei Jonas,\n\nSom nevnt søker vi i Kystruten AS etter flere styrmenn til skipene våre. "
        "Fast stilling, turnus 3/3, lønn 640 000 kr i året. Interessert?\n\nHilsen Kari",
        "Salam Encik Hafiz,\n\nKami ingin menjemput anda untuk temuduga bagi jawatan Juruteknik "
        "Penyelenggaraan. Gaji RM2,200 – RM2,800 sebulan.",
    ],
)
def test_outreach_of_the_third_wave(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


def test_a_norwegian_job_board_s_vacancies_are_no_hiring_statement() -> None:
    fired = {c.name for c in score("Se alle ledige stillinger på finn.no")[2]}
    assert "hiring_statement" not in fired


@pytest.mark.parametrize(
    "text",
    [
        "• Onboard position, with medical coverage during contract",
        "- Fast stilling, arbeidssted om bord, turnus 3 uker på / 3 uker fri",
        "– Arbeidet utføres på flyplassen, turnus med 12-timersvakter",
        "- munkavégzés az üzemben, home office nincs",
        "A munkavégzés helye a pincészet, személyes jelenléttel.",
    ],
)
def test_on_site_in_the_third_wave(text: str) -> None:
    assert find_workplace(text).workplace == "onsite"


def test_a_ship_s_officer_s_rank_is_part_of_the_title() -> None:
    assert _titles("an urgent line-up for 2nd Engineer on a bulk carrier") == ["2nd Engineer"]
    assert _titles("3rd Officer and 3rd Engineer needed") == ["3rd Officer", "3rd Engineer"]


def test_a_manning_agency_s_principal_is_the_employer() -> None:
    assert company_found(
        "We are recruiting on behalf of our principal Aegean Gas Carriers for a Second Engineer."
    ) == "Aegean Gas Carriers"
    from sidedoor.intake.extract.agency import is_agency_name

    assert is_agency_name("Maharlika Crew Management")
