"""The hiring company and the recruiter's company on phrasings that no earlier cue covered:
terse signatures ("Name | Talent @ X", "Talent Partner | x.com"), the client named after the
word for client in other languages, non-native English ("recruiter of X", "I write to you from
company X"), lower-case brands, places that are no company, subject-line names with digits,
clauses without a subject ("Hi Sam - working with X on …"), unnamed employers, signatures
without a sign-off; and the phrases that must not yield a company (places, greetings, days,
industries, "LinkedIn", an undisclosed client, the recruiter's own agency)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.company import (
    company_after_title,
    company_from_url,
    company_in_subject,
    find_company,
)

_item = parse_checked  # every span of evidence points at the text it claims


def _company(text: str) -> str | None:
    found = find_company(text)
    return found.value if found else None


# (case, message, hiring company, recruiter's company, recruiter is an agency)
MESSAGES = [
    (
        "terse signature with '@ company'",
        "Hi Priya - Platform Engineer role in our Lisbon hub, hybrid, €70-80k. Open to a chat?"
        "\n\nTomás | Recruiting @ Farfetch",
        "Farfetch",
        "Farfetch",
        False,
    ),
    (
        "title and a bare web address on the last line",
        "Hej Jonas,\n\nWe're hiring a Senior iOS Engineer in Copenhagen, hybrid, DKK 58,000 per"
        " month plus RSUs.\n\nWant to hear more?\n\nSofia\nTalent Partner | lunar.app",
        "Lunar",
        "Lunar",
        False,
    ),
    (
        "German: the client after 'für unseren Kunden'",
        "Guten Tag Herr Weber,\n\nfür unseren Kunden Brenner Maschinenbau AG in Stuttgart suchen"
        " wir einen Konstrukteur (m/w/d) in Vollzeit. Gehalt 68.000 € p.a.\n\nHätten Sie"
        " Interesse?\n\nViele Grüße\nJonas Keller\nKeller Personalberatung",
        "Brenner Maschinenbau",  # its legal form left out
        "Keller Personalberatung",
        True,
    ),
    (
        "Spanish: the client after 'para nuestro cliente'",
        "Hola Lucía, para nuestro cliente Grupo Bimbo buscamos un Gerente de Planta en Toluca,"
        " MX$90,000 mensuales. ¿Te interesa?\n\nSaludos,\nMarta\nConsultora, Talento MX",
        "Grupo Bimbo",
        None,
        True,
    ),
    (
        "in-house 'we' hiring at a city: the city is no company",
        "Hello Wei,\n\nI am recruiter of Meituan. We now open Backend Engineer position at"
        " Beijing, onsite. Salary RMB 35,000 monthly.\n\nThanks\nAmy Chen",
        "Meituan",
        "Meituan",
        False,
    ),
    (
        "in-house 'we' hiring at a business park: a place, not the employer",
        "Hi Ben,\n\nI'm a Talent Partner at Arm. We're hiring a Support Escalation Engineer at"
        " Thames Valley Park, Reading, hybrid. £55,000 - £65,000.\n\nThanks,\nAisha",
        "Arm",
        "Arm",
        False,
    ),
    (
        "non-native: 'I am writing to you from company X'",
        "Good afternoon Tomas,\n\nI am writing to you from company Nordtek Solutions from Brno. We"
        " search DevOps Engineer for long project, 100% remote, rate 4 500 EUR monthly on"
        " contract.\n\nBest regards,\nPetra Novak\nIT Recruiter",
        "Nordtek Solutions",
        "Nordtek Solutions",
        False,
    ),
    (
        "non-native: 'I am recruiter in the X'",
        "Hi Lucas, how are you?\n\nI am recruiter in the Rappi. We have vacancy of Staff Backend"
        " Engineer, full remote from Colombia, USD 6,000 by month.\n\nDo you have interest?"
        "\n\nValentina",
        "Rappi",
        "Rappi",
        False,
    ),
    (
        "non-native: 'HR manager of company X'",
        "Hello Alex, I am HR manager of company Yandex. We have vacancy Senior Go Developer in"
        " Belgrade, €5,000 per month, office. Are you interested?",
        "Yandex",
        "Yandex",
        False,
    ),
    (
        "a bracket between the title and 'at'",
        "Hi Sam, Data Engineer (Spark/Scala) at Trivago in Düsseldorf, hybrid, €75-90k."
        " Interested? - Jana, Recruiter",
        "Trivago",
        None,
        None,
    ),
    (
        "a lower-case brand after 'Talent Acquisition Partner at'",
        "Hi Tom,\n\nI'm a Talent Acquisition Partner at lululemon, hiring a Senior Merchandise"
        " Planner for our Vancouver support centre. Hybrid, CA$110,000 - CA$125,000 plus bonus."
        "\n\nFree for a call?\n\nNadia",
        "lululemon",
        "lululemon",
        False,
    ),
    (
        "a lower-case brand after 'I recruit for'",
        "Hi Ola, I recruit for lululemon. We're looking for a Store Manager in Oslo, NOK 620 000"
        " a year. Interested?",
        "lululemon",
        None,
        False,
    ),
    (
        "'partnering with X on … hires' after a greeting, no 'I'",
        "Morning Ana - partnering with Glovo on two backend hires in Barcelona:\n\n1. Senior"
        " Backend Engineer - €60-70k\n2. Staff Backend Engineer - €75-85k\n\nBoth hybrid. Keen?"
        "\n\nRuth Adler | Principal Consultant | Corvid Talent",
        "Glovo",
        "Corvid Talent",
        True,
    ),
    (
        "'I'm a recruiter with X Group in <city>' and 'our … team': in-house",
        "Hello Omar,\n\nI'm a recruiter with Qatar Airways Group in Doha. We have a Network"
        " Planner role in our network planning team, office-based at our Doha HQ.\n\nQAR 28,000"
        " per month, tax-free.\n\nRegards,\nLayla Haddad",
        "Qatar Airways Group",
        "Qatar Airways Group",
        False,
    ),
    (
        "a subject-line name with a digit in it",
        "Subject: 1Password | Senior Security Engineer (remote, Canada)\n\nHi Marc, your appsec"
        " background looks great. Fully remote in Canada, CA$170-190k. Chat?\n\nEve",
        "1Password",
        None,
        None,
    ),
    (
        "'X's Helsinki office'",
        "Hi Jo, a Senior Backend Engineer seat has opened in Wolt's Helsinki office, hybrid,"
        " €6,000 per month. Would you like details?\n\nMikko",
        "Wolt",
        None,
        None,
    ),
    (
        "'X's Platform team is growing'",
        "Hey Noor! Starling Bank's Platform team is growing and we need a Senior SRE in Cardiff,"
        " hybrid, £75,000 - £85,000. Fancy a chat?",
        "Starling Bank",
        None,
        None,
    ),
    (
        "'X is a Series B-backed …' inside a sentence",
        "Hi Mara, Fernway is a Series B-backed logistics startup in Rotterdam and they need a"
        " Data Engineer. Hybrid, €65-75k. Interested?\n\nJoost\nSenior Recruiter, Lowlands"
        " Talent",
        "Fernway",
        "Lowlands Talent",
        True,
    ),
    (
        "a careers mailbox names the company",
        "Hi Ravi, we're hiring a Controls Engineer in Pune, onsite, 18-22 LPA. If interested,"
        " send your CV to careers@halcyon-robotics.com",
        "Halcyon Robotics",
        "Halcyon Robotics",
        False,
    ),
    (
        "a signature block without a sign-off: name, title, company, phone",
        "Hi Dana,\n\nWe're hiring a Senior Scientist for our assay team in Cambridge, MA -"
        " $140,000 - $160,000 base, onsite.\n\nWould you be open to a call?\n\nGrace Liu\nSenior"
        " Talent Partner\nHelix Therapeutics\n+1 617 555 0142",
        "Helix Therapeutics",
        "Helix Therapeutics",
        False,
    ),
    (
        "a quoted client name",
        'Dear Ingrid, my client "Nordlys Energi" is hiring a Wind Resource Analyst in Bergen, NOK'
        " 750 000 a year. Interested?\n\nHenrik",
        "Nordlys Energi",
        None,
        True,
    ),
    (
        "a client between dashes",
        "Hi Raj, my client — Octopus Energy — is looking for a Senior Data Engineer in London,"
        " £85k - £95k, hybrid. Interested?\n\nTom\nSenior Consultant, Vector Talent",
        "Octopus Energy",
        "Vector Talent",
        True,
    ),
    (
        "'<Name> at <agency> here'",
        "Hi Kofi,\n\nPriya at Larkspur Search here. I'm recruiting for Fenwick Analytics, who need"
        " a Senior Data Analyst in Leeds, £50,000 - £58,000, hybrid.\n\nAny interest?\n\nPriya"
        " Shah\nLarkspur Search",
        "Fenwick Analytics",
        "Larkspur Search",
        True,
    ),
    (
        "'<agency> has been engaged by <client>'",
        "Hi Maria,\n\nApex Clinical Staffing has been engaged by Mercy Regional Hospital to find"
        " an ICU Nurse Manager in Tulsa, OK. $55 - $62 per hour plus a $15,000 sign-on bonus."
        "\n\nReply YES for details.\n\nJordan Ellis\nApex Clinical Staffing",
        "Mercy Regional Hospital",
        "Apex Clinical Staffing",
        True,
    ),
    (
        "the signature line that spells the e-mail's domain, under a disclaimer",
        "Dear Alex,\n\nI am a Consultant in the Technology practice at Northgate People Solutions."
        " We have been retained by Harrowgate Water to appoint a Head of Data, £95,000 -"
        " £110,000, hybrid in Bristol.\n\nKind regards,\n\nMia Kowalski\nConsultant | Technology"
        " Practice\nNorthgate People Solutions Ltd\nmia.kowalski@northgatepeople.co.uk\n\nThis"
        " email and any attachments are confidential and intended solely for the addressee; if"
        " you have received it in error please tell the sender and delete it at once, thank you.",
        "Harrowgate Water",
        "Northgate People Solutions",
        True,
    ),
    (
        "German: 'ich bin Personalreferentin bei der X'",
        "Hallo Frau Berger,\n\nich bin Personalreferentin bei der Stadtwerke Leipzig GmbH. Für"
        " unser Netzteam suchen wir einen Elektroingenieur (m/w/d), 62.000 € p.a., vor Ort in"
        " Leipzig.\n\nViele Grüße\nAnke Vogt",
        "Stadtwerke Leipzig",
        "Stadtwerke Leipzig",
        False,
    ),
    (
        "Dutch: 'ik ben recruiter bij X'",
        "Hoi Daan, ik ben recruiter bij Coolblue. We zoeken een Senior Frontend Developer in"
        " Rotterdam, €5.000 - €6.000 per maand. Interesse?",
        "Coolblue",
        "Coolblue",
        False,
    ),
    (
        "French: 'je suis chargée de recrutement chez X'",
        "Bonjour Chloé, je suis chargée de recrutement chez Decathlon. Nous recrutons un Data"
        " Analyst à Lille, 45 000 € par an, hybride. Intéressée ?",
        "Decathlon",
        "Decathlon",
        False,
    ),
    (
        "the company's country suffix dropped where the text names it alone",
        "Hello Jan,\n\nI'm a recruiter at Philips Nederland. Philips is hiring a Quality Engineer"
        " for our Best plant, on-site. €58,000 - €66,000 per year.\n\nInterested?\n\nEva",
        "Philips",
        "Philips",
        False,
    ),
    (
        "'Company Name:' in a job-board mail",
        "Greetings from Naukri!\n\nCompany Name: HCLTech\nDesignation: Senior Network Engineer"
        "\nLocation: Noida\nCTC: 14-18 LPA\nWork mode: WFO\n\nInterested candidates share CV.",
        "HCLTech",
        None,
        None,
    ),
    (
        "'our client company is X'",
        "Dear Alex-san,\n\nI am headhunter from JAC. Our client company is Sony Group Corporation"
        " and they search Image Sensor Engineer in Atsugi. Salary 9,000,000 - 12,000,000 yen per"
        " year.\n\nBest regards,\nKen Sato",
        "Sony Group",
        "JAC",
        True,
    ),
    (
        "'I'm the founder of X and we're hiring'",
        "Hey Sam - I'm the founder of Tiny Seed Labs and we're hiring our first Founding"
        " Engineer, remote in the EU, €90-110k + 1% equity. Up for a chat?",
        "Tiny Seed Labs",
        "Tiny Seed Labs",
        False,
    ),
    (
        "'join us at X'",
        "Hi Paula, would you like to join us at Vinted as a Senior Backend Engineer? Vilnius or"
        " remote in Lithuania, €5,000 - €6,500 per month.",
        "Vinted",
        None,
        None,
    ),
    (
        "a leading 'The' inside a sentence belongs to the name",
        "Hi Ruth, I'm reaching out on behalf of The Harbour Bakery Group, who are looking for a"
        " Bakery Manager in Brighton. £38,000 plus tips. Interested? Thanks, Kit",
        "The Harbour Bakery Group",
        None,
        True,
    ),
    # the recruiter's agency, an undisclosed or unnamed employer: no hiring company
    (
        "a travel-nurse agency and an unnamed hospital",
        "Hey Rosa! I'm a travel recruiter with Horizon Nurse Partners. I have a 13-week"
        " assignment for an ICU RN at a 400-bed teaching hospital in Phoenix, AZ - $2,600/week,"
        " days. Want details?",
        None,
        "Horizon Nurse Partners",
        True,
    ),
    (
        "an undisclosed client",
        "Hi Lars, my client, a leading insurer in Zurich, is hiring an Actuary. CHF 140,000 -"
        " 160,000, hybrid. Interested?\n\nBest,\nNora Meier\nSenior Consultant | Alpine Search",
        None,
        "Alpine Search",
        True,
    ),
    (
        "an unnamed start-up named after 'working with'",
        "Hi Mo, I'm working with a well-funded Berlin startup on a Founding Engineer role,"
        " €90-110k + equity. Interested?\n\nJules\nFounder, Juniper Search",
        None,
        "Juniper Search",
        True,
    ),
    (
        "the agency's consultant names the client",
        "Hi Ade, I'm a consultant at Brightwell Search, exclusively partnered with Medra Health,"
        " a 300-person healthtech, on a Head of Data search in London. £130k base. Open to a"
        " chat?",
        "Medra Health",
        "Brightwell Search",
        True,
    ),
    (
        "an agency's 'we're hiring … at X' keeps X",
        "Hi Kim, I'm a recruiter at Kelly Services. We're hiring a Data Engineer at Algolia in"
        " Paris, €80k, hybrid. Interested?",
        "Algolia",
        "Kelly Services",
        True,
    ),
    (
        "'I'm a recruiter with' and nothing in-house: an agency",
        "Hi Dev, I'm a recruiter with Northmoor. I have a Senior Buyer role with a national"
        " retailer in Leeds, £55k. Open to a chat?",
        None,
        "Northmoor",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "company", "recruiter_company", "agency"),
    [case[1:] for case in MESSAGES],
    ids=[case[0] for case in MESSAGES],
)
def test_hiring_and_recruiter_company(
    text: str, company: str | None, recruiter_company: str | None, agency: bool | None
) -> None:
    item = _item(text)
    assert item.positions, "no position found"
    assert [p.company for p in item.positions] == [company] * len(item.positions)
    if recruiter_company is not None:
        assert item.recruiter.company == recruiter_company
    if agency is not None:
        assert item.recruiter.agency is agency


def test_places_are_no_recruiter_company() -> None:
    for text in (
        "Hi Sam, I am recruiter in London for a fintech. We have a Robotics Engineer role, £70k,"
        " onsite. Interested?",
        "Hello, I am recruiter in Germany. We search Java Developer in Berlin, €70.000 per year."
        " Interest?",
        "Hi Alex, I'm writing from Manchester about a Senior Java Developer role, £70k, hybrid,"
        " with my client, a leading bank. Interested?",
        "Hola Inés, soy reclutadora en Madrid. Buscamos un Data Engineer, 55.000 € al año.",
    ):
        item = _item(text)
        assert item.recruiter.company is None, text
        assert all(p.company is None for p in item.positions), text


def test_common_words_after_recruiter_are_no_brand() -> None:
    item = _item(
        "Hi Alex, I'm a recruiter with over 10 years of experience and I have a Senior Java"
        " Developer role in Leeds, £65k, hybrid. Interested?"
    )
    assert item.recruiter.company is None and item.positions[0].company is None
    assert _company("I recruit for fintech.") is None
    assert _company("We hire for startups, mostly.") is None
    assert _company("I recruit for engineering roles in Berlin.") is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Kestrel Bio – Careers\n\nSenior Scientist, Assay Development", "Kestrel Bio"),
        ("Read more about Life at Wayve on our blog.", "Wayve"),
        ("Founded in 2019, Quillon is a Series A-backed legal tech startup.", "Quillon"),
        ("It's a seat in Adyen's Amsterdam office.", "Adyen"),
        (
            "I'm recruiting for our client “Halden Marine” who need a Naval Architect.",
            "Halden Marine",
        ),
        ("Our client (Tern Robotics) is hiring a Firmware Engineer.", "Tern Robotics"),
        (
            "Pour notre client Maison Delorme, nous recherchons un contrôleur de gestion.",
            "Maison Delorme",
        ),
        (
            "Voor onze klant Van der Berg Logistiek zoeken wij een planner.",
            "Van der Berg Logistiek",
        ),
        ("Bunq are expanding their Amsterdam team.", "Bunq"),
        ("Founded in 2011, Brightfield is a global leader in grid software.", "Brightfield"),
        ("Hi Alex - working with Raiffeisen on three hires in Vienna.", "Raiffeisen"),
        ("I'm a recruiter with Hexton, working with Cazoo on a Senior PM search.", "Cazoo"),
    ],
)
def test_new_phrasings_name_the_company(text: str, company: str) -> None:
    assert _company(text) == company


@pytest.mark.parametrize(
    "text",
    [
        "Hi Alex, Python is a must for this role.",
        "Hi Alex, Tuesday is a public holiday here, so let's talk Wednesday.",
        "Honestly, Berlin is a great city to work in.",
        "We met via LinkedIn's events team last year.",
        "Let's talk before Friday's team sync.",
        "You'd sit in Sarah's team.",
        "The role involves working with Data Scientists on a daily basis.",
        "Hi Alex - working with Kubernetes on a daily basis is part of the job.",
        "You'd be working with Product Managers on the roadmap.",
        "The team is hiring a Backend Engineer position at Shanghai.",
        "Hi Alex, my client is a leading insurer in Zurich.",
        "Senior Engineer – Jobs\nRemote – Jobs",
        "Honestly, Sarah is a great leader.",
        "By the way, Tom is a decision maker here.",
        "You'll need a valid Working at Heights certificate.",
    ],
)
def test_phrases_that_name_no_company(text: str) -> None:
    assert _company(text) is None


def test_company_after_title_skips_a_bracket_and_refuses_a_place() -> None:
    text = "Hi, Site Engineer (HV) at Ørsted Wind Power in Esbjerg."
    found = company_after_title(text, text.index(" (HV)"), len(text))
    assert found is not None and found.value == "Ørsted Wind Power"
    assert text[found.start : found.end] == found.value
    text = "Hi, Analyst at Canary Wharf, London"
    assert company_after_title(text, text.index(" at"), len(text)) is None
    text = "Hi, Analyst at Docklands Business Park today"
    assert company_after_title(text, text.index(" at"), len(text)) is None


def test_subject_line_names_with_digits_but_not_numbers() -> None:
    def subject(line: str) -> str | None:
        found = company_in_subject(line, (0, len(line)))
        return found.value if found else None

    assert subject("7-Eleven Japan | Store Operations Lead") == "7-Eleven Japan"
    assert subject("1Password | Staff Engineer") == "1Password"
    assert subject("Senior Engineer | £90k | Remote") is None
    assert subject("2025 Graduate Scheme | Analyst") is None


def test_careers_mailbox_names_the_company_but_not_a_free_mail_or_an_agency() -> None:
    def mail(text: str) -> str | None:
        found = company_from_url(text)
        return found.value if found else None

    assert mail("Send your CV to careers@nordlys-energi.no by Friday") == "Nordlys Energi"
    assert mail("or write to jobs@brightwaterlogistics.com") == "Brightwater Logistics"
    assert mail("CVs to talent@randstad.com please") is None
    assert mail("CVs to jobs@gmail.com") is None


def test_a_last_paragraph_that_is_a_sentence_is_no_signature() -> None:
    item = _item("Hi Sam,\n\nSenior Associate role at Clifford Chance, London. Interested?")
    assert item.recruiter.company is None and item.recruiter.title is None
    assert item.positions[0].company == "Clifford Chance"
