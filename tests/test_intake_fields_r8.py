"""Round 8's field fixes (outreach, pay, workplace, benefits), read from held-out 26–30's misses
and tested here on wording, names and countries of our own."""

from __future__ import annotations

import pytest

from intake_checks import benefit_names, parse_checked
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.workplace import find_workplace

# --- outreach: recruiter messages the cues used to miss ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a short casual note from an agency: "it's X from Y Staffing", "got a … spot open"
        "hiya Morgan! it's Kai from Brightline Staffing :) got a Forklift Supervisor spot open "
        "at the Oakhurst Foods plant in Reno, nights. $23/hr plus OT. want me to send you the "
        "details?",
        # Polish: "poszukujemy", "stanowisko", "wynagrodzenie", "Specjalista ds. rekrutacji"
        "Dzień dobry,\n\nposzukujemy osoby na stanowisko Kierownik Magazynu w naszym centrum w "
        "Poznaniu.\n\nOferujemy wynagrodzenie 9 000 – 10 500 zł brutto miesięcznie.\n\nCzy "
        "byłaby Pani zainteresowana rozmową telefoniczną?\n\nPozdrawiam\nMarta Zielińska\n"
        "Specjalista ds. rekrutacji",
        # German: "Im Auftrag unseres Mandanten … suche ich", "Hätten Sie Lust …"
        "Guten Tag Frau Keller,\n\nim Auftrag unseres Mandanten, eines Herstellers von "
        "Pumpensystemen, suche ich einen Leiter Fertigung (m/w/d) für das Werk bei Kassel.\n\n"
        "- Jahresgehalt 80.000 – 92.000 € brutto\n\nHätten Sie Lust auf ein kurzes, "
        "unverbindliches Telefonat?\n\nBeste Grüße\nTobias Rehm",
        # Italian, forwarded by a colleague: "ha aperto una posizione", "ho pensato a Lei"
        "Ciao Luca, te la giro, mi sembra perfetta per te.\n\nGentile Dott. Conti,\n\nil "
        "Centro Ricerche Alpine di Trento ha aperto una posizione di Tecnologo in Glaciologia. "
        "Conoscendo i Suoi studi, ho pensato a Lei. La retribuzione annua lorda è di 34.000 €."
        "\n\nCordiali saluti,\nAnna Ferri",
        # an in-house recruiter, Australian casual: "gig going", "Keen for a yarn?"
        "G'day Riley,\n\nSaw on your profile you've been running shutdowns up north. We've got a "
        "Shutdown Coordinator gig going at our Kalgoorlie nickel operation.\n\nPackage is $150k "
        "+ super.\n\nKeen for a yarn?\n\nCheers,\nDarren\n--\nDarren Webb | Recruitment Partner",
        # a production company crewing up
        "Hi Sam,\n\nWe're crewing up for a 4-part drama in Cardiff and looking for a Production "
        "Coordinator, March to July.\n\nRate is £260/day.\n\nWould love a chat if you're free "
        "this week.\n\nThanks,\nFiona",
    ],
)
def test_recruiter_messages_the_cues_used_to_miss(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


@pytest.mark.parametrize(
    "text",
    [
        # a hiring tool sold to the reader, whose team "at X" is hiring
        "Hi Robin,\n\nNoticed your team at Calder Robotics is hiring for 5 engineering roles "
        "right now - congrats!\n\nI'm Priya from Screenly. We help hiring managers like you cut "
        "time-to-hire with automated phone screens. Plans start at $299/month per seat.\n\n"
        "Would you be open to a 20-minute demo next week?\n\nBest,\nPriya\nAccount Executive, "
        "Screenly",
        # the same in the form "your team has posted roles"
        "Hi Dana,\n\nI saw your company has posted eight sales roles this quarter, so this may "
        "be timely: our platform books interviews automatically. Teams similar to yours save "
        "10 hours a week. Would you be open to a quick call?\n\nCheers,\nOwen",
        # a Portuguese agency pitching its fees to an employer
        "Olá Bruno, tudo bem?\n\nVi que a sua empresa abriu 4 vagas de engenharia este mês – "
        "parabéns!\n\nSou a Camila, da Talentum, consultoria de recrutamento em Curitiba. "
        "Trabalhamos com success fee (18% do salário anual) e garantia de reposição de 60 dias."
        "\n\nPodemos conversar 15 minutos sobre as posições que vocês estão abrindo?\n\n"
        "Abraços,\nCamila",
    ],
)
def test_pitches_to_an_employer_are_not_outreach(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


# --- pay ---------------------------------------------------------------------------------------


def test_a_headcount_before_the_salary_sentence_is_no_pay() -> None:
    text = (
        "It's a site-based role leading two supervisors and around 180 colleagues.\n\n"
        "Salary is £48,000-£53,000 plus bonus."
    )
    mentions = find_pay(text)
    assert [(m.min, m.max, m.currency) for m in mentions] == [(48000.0, 53000.0, "GBP")]


def test_a_bare_number_with_its_pay_word_in_the_same_sentence_is_still_pay() -> None:
    (mention,) = find_pay("The salary is 52,000 to 58,000 a year, plus a car allowance.")
    assert (mention.min, mention.max, mention.period) == (52000.0, 58000.0, "year")


def test_minimum_and_maximum_in_words_make_one_range() -> None:
    text = "* pay scale 9: minimum €3.810 and maximum €5.420 gross per month"
    (mention,) = find_pay(text)
    assert (mention.min, mention.max, mention.currency, mention.period) == (
        3810.0,
        5420.0,
        "EUR",
        "month",
    )


def test_two_amounts_without_minimum_and_maximum_stay_two() -> None:
    mentions = find_pay("Base €60,000 and a €5,000 relocation budget.")
    assert [m.min for m in mentions] == [60000.0, 5000.0]


# --- workplace ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The role is on site at our Tromsø depot, so remote work isn't an option, sorry.",
            "onsite",
        ),
        ("Working: 6 days, at plant (Hosur).", "onsite"),
        ("Timings 9 to 6, six days working, in our Chennai branch.", "onsite"),
        ("You'd run the 3rd shift team at the Dayton DC.", "onsite"),
        ("A 4 on 4 off pattern at our Teesside site.", "onsite"),
        ("Si tratta di una posizione in presenza nel nostro stabilimento di Brescia.", "onsite"),
        ("Le poste est basé à Lyon, avec présence au bureau requise.", "onsite"),
        ("A função exige residência na fazenda, com moradia fornecida.", "onsite"),
        ("O trabalho é na unidade de Campinas.", "onsite"),
        ("The post is fully on-property at the resort.", "onsite"),
        ("Two days of télétravail per week, the rest at the office.", "hybrid"),
        ("Remote work is possible for this role.", "remote"),
    ],
)
def test_workplace_phrasings(text: str, want: str) -> None:
    assert find_workplace(text).workplace == want


def test_a_shift_word_in_a_name_is_no_workplace() -> None:
    assert find_workplace("We build the Shift platform for remote teams.").workplace == "remote"


# --- benefits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("CTC: 12 - 15 LPA + monthly incentives", "bonus"),
        ("We cover tuition for a part-time MSc.", "learning_budget"),
        ("Benefits: reimbursement for certifications and term life cover.", "learning_budget"),
        ("£1,500 a year towards professional qualifications.", "learning_budget"),
        ("Fully funded NEBOSH certificate and training.", "learning_budget"),
        ("Lunch benefit and occupational healthcare.", "health_insurance"),
        ("Salary NOK 60.000 per month and a 6th holiday week.", "pto"),
        ("Annual paid leave 18 days.", "pto"),
        ("Staff accommodation, transport and duty meals.", "commuter"),
        ("The firm sponsors Employment Passes for hires from abroad.", "visa_sponsorship"),
        ("We provide employment visa and medical insurance.", "visa_sponsorship"),
        ("40% off products in all our stores.", "employee_discount"),
        ("Discounted room rates across the group.", "employee_discount"),
        ("$19/hr + $2 shift diff.", "shift_allowance"),
        ("A guaranteed 13 months of base salary.", "thirteenth_salary"),
        ("S$6,000/month + AWS + variable bonus", "thirteenth_salary"),
        ("Company maintained car with fuel.", "company_car"),
        # other languages
        ("55-60 k€ brut annuel, tickets resto et 10 RTT, mutuelle prise à 100 %", "meals"),
        ("55-60 k€ brut annuel, tickets resto et 10 RTT, mutuelle prise à 100 %", "pto"),
        ("salaire de CHF 8'000 brut par mois, versé 13 fois par an", "thirteenth_salary"),
        ("Oferujemy: dodatek zmianowy oraz 13. pensję.", "shift_allowance"),
        ("Oferujemy: dodatek zmianowy oraz 13. pensję.", "thirteenth_salary"),
        ("Salario 30.000 € brutos + plus de nocturnidad y seguro médico.", "shift_allowance"),
        ("Remuneração: R$ 18.000,00 mensais e veículo da empresa.", "company_car"),
        ("Package : 20 000 MAD, assurance maladie complémentaire.", "health_insurance"),
        ("Pasajes con descuento para ti y tu familia en nuestra red.", "employee_discount"),
        ("Además te pagamos el curso que quieras (hasta USD 800 por año).", "learning_budget"),
    ],
)
def test_benefit_phrasings(text: str, want: str) -> None:
    assert want in benefit_names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Our stack: Python + AWS + Terraform.", "thirteenth_salary"),
        ("You will work with AWS and GCP.", "thirteenth_salary"),
        ("Transport planning is part of the job.", "commuter"),
        ("Visa requirements: candidates must hold the right to work.", "visa_sponsorship"),
        ("We shipped 14 months of releases on time.", "thirteenth_salary"),
        ("Sales rose 20% off the back of the launch.", "employee_discount"),
    ],
)
def test_benefit_look_alikes_are_not_benefits(text: str, absent: str) -> None:
    assert absent not in benefit_names(text)
