"""Round 30: the rules read on round 30's development sets (messages in our own words)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.extract.company import strip_legal
from sidedoor.intake.extract.pay import dollar_currency
from sidedoor.intake.extract.title import find_titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # Russian and Ukrainian: the genitive after a verb of hiring, in the nominative
        ("Сейчас ищем инженера по ремонту КИПиА.", ["Инженер по ремонту КИПиА"]),
        ("Шукаємо SMM-менеджера в команду.", ["SMM-менеджер"]),
        ("Ищем Супервайзера по бурению на вахту.", ["Супервайзер по бурению"]),
        # a second field after "и"
        ("на должность начальника отдела охраны труда и экологии (г. Актобе)",
         ["Начальник отдела охраны труда и экологии"]),
        ("Вакансія: Копірайтер (тексти для сайту)", ["Копірайтер"]),
        # the recruiter's own title is none of the roles
        ("Я HR-менеджер компании.", []),
        ("Руководитель отдела подбора", []),
        ("Марина, специалист по персоналу", []),
        # "3D" inside an English title
        ("We need a Senior 3D Artist for our studio.", ["Senior 3D Artist"]),
        # French and Portuguese job nouns, Québec's "On engage", Italian "Addetto al …"
        ("On engage présentement une technicienne en instrumentation pour l'usine.",
         ["technicienne en instrumentation"]),
        ("- Journaliste sportif, en CDI", ["Journaliste sportif"]),
        ("Temos uma vaga de Redatora Júnior para o time.", ["Redatora Júnior"]),
        ("Cerchiamo un addetto alle vendite per il negozio.", ["addetto alle vendite"]),
    ],
)  # fmt: skip
def test_titles_read_on_round_30(text: str, titles: list[str]) -> None:
    assert [t.text for t in find_titles(text)] == titles


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Nordkraftbemanning", True),  # a Norwegian staffing firm's compound
        ("TalentHub Poland", True),
        ("Kadry Pro", True),
        ("Selecciones del Sur", True),
        ("HR Partner Baltics", True),
        ("Kraftverk Nord", False),
        ("Kadrowa Street Bakery", False),
    ],
)
def test_agency_names_read_on_round_30(name: str, agency: bool) -> None:
    assert is_agency_name(name) is agency


def test_an_agency_handling_a_recruitment_names_no_company() -> None:
    item = parse_checked(
        "Subject: Job Opportunity - Substation Engineer (Abuja)\n\nDear Ngozi,\n\nBrightpath "
        "Consult Ltd is currently handling the recruitment of engineers for a power "
        "distribution company in Abuja.\n\nROLE: Substation Engineer\nSalary: N700,000 "
        "monthly\n\nKindly send your CV.\n\nRegards,\nTunde Bello\nBrightpath Consult Ltd"
    )
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == ["Substation Engineer"]
    assert item.positions[0].company is None


def test_the_client_named_on_whose_behalf_a_nordic_recruiter_writes() -> None:
    item = parse_checked(
        "Emne: Fortrolig – Senior prosjektleder\n\nHei Ola,\n\nJeg kontakter deg på vegne av "
        "Fjordkraft Nett AS, som vi i Berg & Co bistår med en rekruttering.\n\nStillingen er "
        "Senior prosjektleder i Bergen.\n\nMed vennlig hilsen\nKari Berg\nBerg & Co AS"
    )
    assert item.positions and item.positions[0].company == "Fjordkraft Nett"


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        # a Spanish "call" and an Australian state are no company
        ("Convocatoria – Ingeniero de Minas Senior", None),
        ("Site Supervisor | 6-month contract | Pilbara QLD | $900/day", None),
    ],
)
def test_subject_words_that_are_no_company(subject: str, company: str | None) -> None:
    item = parse_checked(
        f"Subject: {subject}\n\nHi,\n\nWe have a new opening that fits your background. "
        "Are you free for a call this week?\n\nThanks,\nAna"
    )
    assert item.positions and item.positions[0].company == company


@pytest.mark.parametrize(
    "text",
    [
        # Québec French: "On engage" (and a vocational school's CFP is no call for papers)
        "Salut Marc,\n\nC'est Julie des RH chez Hydro-Nord. T'as fini ta formation au CFP de "
        "Rimouski, bravo!\n\nOn engage présentement un électricien pour nos centrales. 32 $ à "
        "38 $/h.\n\nÇa te dirait qu'on se parle?\n\nJulie",
        # Russian: a candidacy considered for a post
        "Тема: Приглашение на собеседование\n\nУважаемый Иван, добрый день!\n\nОтдел кадров "
        "АО «Север Энерго» рассматривает Вашу кандидатуру на должность главного инженера.\n\n"
        "Просим сообщить, удобно ли Вам пройти собеседование в пятницу.",
        # Italian: three posts opened
        "Gentile Paolo,\n\nsono Anna, HR del Gruppo Delta. Abbiamo aperto tre posizioni nella "
        "redazione di Milano:\n\n- Giornalista\n- Video Editor\n\nPotrebbe interessarle?",
        # a recruiter on a hire, the client described at length
        "Hi Sam,\n\nI'm partnering with a fast-growing battery storage developer (about 2 GW "
        "in construction across Texas and Arizona) on a VP Engineering hire. Open to a chat "
        "on Thursday?\n\nBest,\nLee\nOakline Search",
    ],
)
def test_outreach_read_on_round_30(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        # Russian and Ukrainian job boards' alerts
        "Тема: Подборка вакансий\n\nЗдравствуйте, Олег!\n\nПо вашему запросу найдено 4 новых "
        "вакансии:\n\nИнженер-механик\nАО «Сталь» · Караганда · от 500 000 ₸\n\nВы получили "
        "это письмо, так как подписаны на рассылку вакансий.",
        "Вітаємо, Олено!\n\nЗа вашою підпискою з'явилися нові вакансії:\n\n• Дизайнер — "
        "Київ — 40 000 грн\n\nВідписатися від розсилки вакансій",
        # a course sold at a discount
        "Oi, Ana!\n\nUm Product Manager ganha em média R$ 20.000 por mês. Na nossa formação "
        "você aprende tudo em 8 semanas. Inscrições com 30% de desconto até hoje!\n\nEquipe PM "
        "Academy",
    ],
)
def test_look_alikes_read_on_round_30(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


def test_a_french_dollar_amount_in_quebec_is_canadian() -> None:
    assert dollar_currency("Poste en Gaspésie, 29 $ à 36 $/h selon l'expérience.") == "CAD"
    assert dollar_currency("Pay: $29 to $36 an hour in Houston.") == "USD"


# ---- rules read on the second-wave development sets 613-624 (messages in our own words) ----


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # Arabic and Hebrew: the job noun first, its particulars after it, up to a word with a
        # preposition joined to it
        ("الموضوع: وظيفة محاسب تكاليف – القاهرة", ["محاسب تكاليف"]),
        ("نبحث عن مهندس صيانة بالمصنع", ["مهندس صيانة"]),
        ("נושא: מהנדס איכות למפעל בקיסריה", ["מהנדס איכות"]),
        # Bengali and Hindi: an English job noun borrowed, its words before it
        ("আমাদের কারখানায় \"মেইনটেনেন্স ইঞ্জিনিয়ার\" পদ খালি আছে", ["মেইনটেনেন্স ইঞ্জিনিয়ার"]),
        ("विषय: क्वालिटी इंजीनियर पद हेतु आमंत्रण", ["क्वालिटी इंजीनियर"]),
        # a Slavic word for a post, then the title up to a place
        ("Tražimo osobu za poziciju Viši kreditni analitičar u Banjoj Luci.",
         ["Viši kreditni analitičar"]),
        ("iščemo kandidata za delovno mesto Vodja računovodstva (m/ž).", ["Vodja računovodstva"]),
        ("Hľadáme kolegu na pozíciu Účtovník pre pobočku Nitra.", ["Účtovník"]),
        ("Търсим Счетоводител за офиса в Пловдив.", ["Счетоводител"]),
    ],
)  # fmt: skip
def test_titles_read_on_round_30s_second_wave(text: str, titles: list[str]) -> None:
    assert [t.text for t in find_titles(text)] == titles


def test_a_signature_desk_gives_way_to_the_employer_the_message_names() -> None:
    item = parse_checked(
        "Hi Jo,\n\nI'm a Talent Partner at Hartwell Hospice Care and we're looking for a "
        "Community Fundraiser in Leeds.\n\nWould you like a chat?\n\nBest,\nAmy\nAmy Cole | "
        "Talent Partner – Fundraising\nHartwell Hospice Care"
    )
    assert item.recruiter.company == "Hartwell Hospice Care"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Plača: 1.650 € bruto + variabilni del.", "month"),
        ("Mzda 1 400 € + služobné auto.", "month"),
        ("Rate: €1,400 for the project's inspections.", "day"),  # no word of a wage: a day rate
    ],
)
def test_a_gross_or_net_euro_figure_in_central_europe_is_a_months(text: str, period: str) -> None:
    item = parse_checked(f"Hi Ana,\n\nWe are hiring a Senior Auditor in Ljubljana.\n{text}")
    pay = item.positions[0].pay
    assert pay is not None and pay.period == period


@pytest.mark.parametrize(
    "text",
    [
        # Bosnian: a client hiring, through an agency (the statement read; its pay in marks and
        # the genitive title are not yet)
        "Poštovani Mirza,\n\nkontaktiram Vas ispred agencije Talent BH. Naš klijent, banka sa "
        "sjedištem u Mostaru, traži iskusnog kreditnog analitičara. Plata 2.200 KM neto.\n\n"
        "Da li biste bili zainteresovani za razgovor?",
        # Estonian: a post at a laboratory
        "Teema: Keemiku ametikoht – Tartu\n\nTere, Liis!\n\nOtsime oma laborisse keemikut. "
        "Palk 2 400 € bruto kuus.\n\nKas saaksime sel nädalal rääkida?\n\nMarko",
        # Arabic: a factory's HR needs a supervisor
        "السلام عليكم يا باشمهندس علي\nمعاك سارة من HR شركة النور للصناعات\nمحتاجين مشرف إنتاج "
        "للمصنع، المرتب 15000 جنيه\nلو مهتم كلمني",
    ],
)  # fmt: skip
def test_hiring_statements_read_on_round_30s_second_wave(text: str) -> None:
    assert "hiring_statement" in {c.name for c in parse_checked(text).cues}


def test_an_estonian_post_with_its_pay_is_outreach() -> None:
    item = parse_checked(
        "Teema: Keemiku ametikoht – Tartu\n\nTere, Liis!\n\nOtsime oma laborisse keemikut. "
        "Palk 2 400 € bruto kuus.\n\nKas saaksime sel nädalal rääkida?\n\nMarko"
    )
    assert item.is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        # a Spanish job board's alert
        "Subject: 3 nuevas ofertas que encajan con tu perfil\n\nHola Marta, estas son las "
        "ofertas más recientes para tu búsqueda \"contable\":\n\nContable senior\nGrupo Norte · "
        "Bilbao\n28.000 € - 32.000 € bruto/año\n\nVer las 3 ofertas",
        # a Hebrew job board's alert
        "שלום דנה,\n\nלפי החיפוש השמור שלך \"רואה חשבון\" מצאנו 3 משרות חדשות:\n\n▫️ רואה "
        "חשבון – משרד בתל אביב | 20,000 ₪\n\nלהסרה מרשימת התפוצה לחצו כאן.",
        # a Slovenian careers newsletter with salaries and posts
        "Zadeva: Plače v IT 2025\n\nPozdravljeni,\n\nv tokratnem e-novičniku: povprečna bruto "
        "plača razvijalca znaša 3.100 €.\n\nIzpostavljena delovna mesta:\n– Razvijalec (m/ž), "
        "Ljubljana",
    ],
)  # fmt: skip
def test_look_alikes_read_on_round_30s_second_wave(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Teema: Protsessiinseneri ametikoht Narvas", ["Protsessiinsener"]),
        ("Otsime Mikrobioloog.", ["Mikrobioloog"]),  # "we seek" is none of it
        ("Aihe: Tutkimusinsinööri, Oulu", ["Tutkimusinsinööri"]),
    ],
)
def test_estonian_and_finnish_titles(text: str, titles: list[str]) -> None:
    assert [t.text for t in find_titles(text)] == titles


def test_a_slovenian_legal_form_without_its_last_dot_is_left_out() -> None:
    assert strip_legal("BH Card Processing d.o.o") == "BH Card Processing"
