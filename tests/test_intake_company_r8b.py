"""Round 8 wave 2, company and the recruiter's company: a greeting or a label's description is
no company; abbreviations and legal forms inside a name ("Gebr.", "GmbH & Co. KG", "d'Arlanc");
an agency's name under a title line that names a team ("Consultant - Cardiology"); the body's
"a recruiter at X" over a signature's team; "HR di X"; "<first name> from X"; an in-house
recruiter's company taken from the employer; a place read after a name the signature writes
alone."""

from __future__ import annotations

from intake_checks import assert_spans
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract.agency import agency_cue, is_agency_name
from sidedoor.intake.extract.company import (
    clean_name,
    company_in_subject,
    find_company,
    is_department,
)
from sidedoor.intake.models import ParsedItem


def _item(text: str) -> ParsedItem:
    item = parse_bytes(text.encode(), name="mail.txt").items[0]
    assert_spans(item)
    return item


def test_abbreviations_and_two_part_legal_forms_stay_in_the_name() -> None:
    assert clean_name("Gebr. Lindholt GmbH & Co. KG") == "Gebr. Lindholt"
    assert clean_name("Brandauer Fördertechnik GmbH & Co. KG") == "Brandauer Fördertechnik"
    assert clean_name("St. Oswin Clinic. We are hiring") == "St. Oswin Clinic"
    assert clean_name("Kestrel Co. We are hiring") == "Kestrel Co"  # a sentence still ends


def test_a_label_reads_no_lower_case_word_or_description_as_a_name() -> None:
    assert find_company("Bonjour,\n\nOrganisation : télétravail partiel.\n") is None
    assert find_company("Hi,\nClient: Korean shipbuilding group, 3,000 staff\n") is None
    found = find_company("Hi,\nClient: Marrowfield Analytics, a data firm\n")
    assert found is not None and found.value == "Marrowfield Analytics"


def test_hr_team_names_in_other_languages_are_departments() -> None:
    for name in ("Atracción de Talento", "Risorse Umane", "Gente e Gestão", "Recrutamento"):
        assert is_department(name), name
    assert not is_department("Talento Austral")
    assert is_agency_name("Northmoor Locums")
    assert is_agency_name("Donau-Inn Personalservice GmbH")
    assert not is_agency_name("Northmoor Clinic")


def test_an_undisclosed_client_is_an_agency_cue() -> None:
    assert agency_cue("I'm recruiting for a Danish insurer (I can't disclose the name yet).")
    assert agency_cue("Busco un analista para un banco, todavía no te puedo decir el nombre.")
    assert agency_cue("We're hiring a data engineer to join our platform team.") is None


def test_subject_part_that_shortens_the_title_is_no_company() -> None:
    text = (
        "Subject: Senior Data Eng – Halvorsen & Moe Analytics\n\n"
        "Hi Sam,\n\nWe're looking for a Senior Data Engineer to join us.\n"
    )
    title = text.index("Senior Data Engineer")
    found = company_in_subject(text, (9, text.index("\n")), (title, title + 20))
    assert found is not None and found.value == "Halvorsen & Moe Analytics"


def test_greeting_letter_with_headings_is_a_message() -> None:
    text = (
        "Betreff: Instandhalter (m/w/d) – unbefristet\n\n"
        "Grüezi Herr Amsler,\n\n"
        "im Auftrag der Bergbahnen Talwies AG suchen wir einen Instandhalter (m/w/d).\n\n"
        "Ihre Aufgaben:\n- Wartung der Anlagen\n\n"
        "Wir bieten:\n- CHF 6.200 brutto pro Monat\n\n"
        "Freundliche Grüsse\n\nLea Kuster\nSenior Consultant Technik\n"
        "Alpenrand Personalservice AG\n"
    )
    item = _item(text)
    assert item.kind == "message"
    assert item.is_recruiter_outreach
    assert item.positions[0].company == "Bergbahnen Talwies"
    assert item.recruiter.company == "Alpenrand Personalservice"
    assert item.recruiter.agency is True


def test_signature_with_legal_form_in_german_letter() -> None:
    text = (
        "Guten Tag Frau Brenner,\n\n"
        "wir sind ein Hersteller von Sondermaschinen und suchen einen Konstrukteur (m/w/d) "
        "für unseren Standort in Passau. 4.500 € brutto im Monat.\n\n"
        "Mit freundlichen Grüßen\n\nJonas Reindl\nPersonalleitung\n\n"
        "Gebr. Lindholt GmbH & Co. KG\nHafenweg 3 · 94032 Passau\n"
    )
    item = _item(text)
    assert item.recruiter.company == "Gebr. Lindholt"
    assert item.positions[0].company == "Gebr. Lindholt"
    assert item.positions[0].company != "Guten Tag Frau Brenner"


def test_team_after_title_gives_way_to_the_body_and_the_line_below() -> None:
    body = (
        "Hi Priya - I'm on the Payments recruiting team at Quillmark (NYSE: QMK). We're hiring "
        "a Solutions Engineer, remote, $150K-$170K. Open to a chat?\n\n"
        "Rowan Tate\nSenior Recruiter, Payments\n"
    )
    item = _item(body)
    assert item.recruiter.company == "Quillmark"
    body = (
        "Hi Lars - I'm a technical recruiter at Thornvale Avionics. We're hiring Avionics "
        "Technicians at our hangar in Tulsa, $38/hr.\n\nOpen to a call?\n\n"
        "Mia Ortega\nTechnical Recruiter, Rotary Wing\n"
    )
    assert _item(body).recruiter.company == "Thornvale Avionics"
    body = (
        "Hi Dr Mensah,\n\nA locum Consultant Cardiologist post at Fenwick Vale Hospital, "
        "£110 per hour, on site.\n\nKind regards,\nOlivia Grant\nSenior Consultant - Cardiology\n"
        "Northmoor Locums\n0161 555 0142\n"
    )
    item = _item(body)
    assert item.recruiter.company == "Northmoor Locums"
    assert item.recruiter.agency is True


def test_signature_names_with_digits_titles_in_other_languages_and_agency_partners() -> None:
    text = (
        "Hi Camille,\n\nWe're a 40-person studio in Lyon looking for a Senior Tools Programmer "
        "(C++), €60K-€70K, hybrid.\n\nUp for a chat?\n\nHugo Perrin\n"
        "Talent Acquisition Partner\n4th Wall Interactive\n"
    )
    assert _item(text).recruiter.company == "4th Wall Interactive"
    text = (
        "Guten Tag Herr Frei\n\nWir suchen eine Pflegefachperson für unsere Station. "
        "CHF 7'000 pro Monat.\n\nFreundliche Grüsse\n\nAnna Gerber\nLeiterin Recruiting\n"
        "Spital Rietberg AG\n"
    )
    assert _item(text).recruiter.company == "Spital Rietberg"
    text = (
        "Dear Ines,\n\nOur firm has been retained by Atelier Vautrin to find their next Head "
        "of Operations, CHF 200,000 base.\n\nWith kind regards,\n\nMarc Keller\nPartner\n"
        "Seeland Executive Partners, Zurich\n"
    )
    item = _item(text)
    assert item.recruiter.company == "Seeland Executive Partners"
    assert item.positions[0].company == "Atelier Vautrin"


def test_hr_of_company_and_team_in_other_languages() -> None:
    text = (
        "Buongiorno Marco,\n\nsono Elena Fabbri, HR di TORNIX (già Officine Ruggeri S.r.l.), "
        "azienda di Modena. Cerchiamo un Progettista Elettrico, RAL 38-44k.\n\n"
        "Cordiali saluti,\nElena Fabbri\n"
    )
    item = _item(text)
    assert item.recruiter.company == "TORNIX"
    assert item.positions[0].company == "TORNIX"
    text = (
        "Hello Yannis,\n\nI am from HR of Kyma Coast Hotels & Resorts. We are looking Sous Chef "
        "for our property in Rhodes. Salary is 1.900 € net per month.\n\n"
        "Kind regards,\nDespina Kosta\nHR Coordinator\n"
    )
    assert _item(text).recruiter.company == "Kyma Coast Hotels & Resorts"
    text = (
        "Hola Lucía,\n\nMi nombre es Paula Ramos y formo parte del equipo de Atracción de "
        "Talento de Seguros Cóndor Chile. Buscamos un Analista Actuarial, $2.500.000 CLP "
        "mensuales.\n\nSaludos,\nPaula Ramos\n"
    )
    assert _item(text).recruiter.company == "Seguros Cóndor Chile"


def test_people_and_culture_line_and_elided_de() -> None:
    text = (
        "¡Hola Tomás!\n\n¿Te gustaría unirte a Guayaba Labs? Estamos buscando un/a Senior "
        "Frontend Engineer para nuestro equipo en Cali. Salario: $11.000.000 COP mensuales."
        "\n\n¿Hablamos?\n\nSofía Mejía\nPeople & Culture | Guayaba Labs\n"
    )
    assert _item(text).recruiter.company == "Guayaba Labs"
    text = (
        "Bonjour Paul,\n\nJe suis chargée de recrutement chez Maison d'Arlanc, fromagerie de "
        "Clermont. Nous recherchons un Responsable de Boutique, 2 400 € bruts par mois.\n\n"
        "Cordialement,\nLéa Brun\n"
    )
    item = _item(text)
    assert item.recruiter.company == "Maison d'Arlanc"
    assert item.positions[0].company == "Maison d'Arlanc"


def test_first_name_from_company_and_undisclosed_client() -> None:
    text = (
        "G'day Liam, Shane from Gulfside Trade Hire. Got a Boilermaker gig going with Redcliff "
        "Alumina - FIFO ex Brisbane, $58/hr + super. Keen? Text me mate\n"
    )
    item = _item(text)
    assert item.recruiter.company == "Gulfside Trade Hire"
    # "a … gig going with Redcliff Alumina": the employer, so the sender's firm is an agency
    assert item.positions[0].company == "Redcliff Alumina"
    assert item.recruiter.agency is True
    text = (
        "Hi Ola,\n\nI'm recruiting for a Danish logistics scale-up (I can't disclose the name "
        "at this stage). Role: Senior SRE, 1 100 – 1 300 PLN net/day, remote.\n\n"
        "Let me know!\n\nKasia Nowak\nSenior IT Recruiter | Codewell\n"
    )
    item = _item(text)
    assert item.recruiter.company == "Codewell"
    assert item.recruiter.agency is True
    assert item.positions[0].company is None


def test_agency_named_hr_keeps_its_name() -> None:
    text = (
        "Dzień dobry Panie Marku,\n\nreprezentuję agencję rekrutacyjną Orbita HR. Naszym "
        "klientem jest producent mebli z Poznania. Poszukujemy osoby na stanowisko Kierownik "
        "Magazynu, 9 000 zł brutto.\n\nZ poważaniem,\nEwa Lis\nSenior Recruitment Consultant\n"
        "Orbita HR\n"
    )
    item = _item(text)
    assert item.recruiter.company == "Orbita HR"
    assert item.recruiter.agency is True


def test_in_house_signer_with_a_title_works_for_the_employer() -> None:
    text = (
        "Subject: Equine Vet – Harrow & Blythe Veterinary, Limerick\n\n"
        "Hi Aoife,\n\nWe're a four-vet mixed practice and we're looking for an Equine "
        "Veterinary Surgeon to join us. €70,000 – €80,000.\n\nGive me a shout!\n\n"
        "Ciara\nPractice Manager\n"
    )
    item = _item(text)
    assert item.positions[0].company == "Harrow & Blythe Veterinary"
    assert item.recruiter.company == "Harrow & Blythe Veterinary"
    # a bare first name signs for no one in particular
    text = text.replace("Ciara\nPractice Manager\n", "Ciara\n")
    assert _item(text).recruiter.company is None


def test_place_read_after_a_name_the_signature_writes_alone() -> None:
    text = (
        "Dear Minh,\n\nSunreef Resort & Spa Nha Trang is hiring a Front Office Manager and we "
        "found your profile suitable. Salary 25,000,000 VND per month.\n\n"
        "Best regards,\nHa Tran\nHR Executive\nSunreef Resort & Spa\n"
    )
    item = _item(text)
    assert item.positions[0].company == "Sunreef Resort & Spa"
    assert item.recruiter.company == "Sunreef Resort & Spa"
    # a place that is part of the only name the text writes stays
    text = text.replace("\nSunreef Resort & Spa\n", "\n")
    assert _item(text).positions[0].company == "Sunreef Resort & Spa Nha Trang"


def test_dash_before_signer_name_and_cofounder_title() -> None:
    text = (
        "**Loomwise.ai is hiring!**\n\nhey Jo — loved your talk. We're a 7-person team "
        "building eval tooling and we're hiring a Founding Backend Engineer, $180k – $210k "
        "base, in-office in NYC.\n\n15 min this week?\n\n— Ravi, cofounder & CEO\n"
    )
    item = _item(text)
    assert item.recruiter.company != "cofounder & CEO"
    assert item.recruiter.company == "Loomwise.ai"
