"""Round 17: the classes of miss that new blind sets showed (messages in our own wording)."""

from __future__ import annotations

from intake_checks import parse_checked
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.models import ParsedItem


def _one(text: str) -> ParsedItem:
    return parse_checked(text)  # every field's evidence checked against the text


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


# --- outreach in Greek, Czech, Norwegian, Korean, Chinese and Japanese


def test_a_greek_in_house_message_is_outreach_with_its_title_from_the_subject() -> None:
    item = _one(
        "Θέμα: Θέση Λογιστής Μισθοδοσίας – Αιγαίο Ξύλο, Πειραιάς\n\n"
        "Καλημέρα κα Νικολάου,\n\nΕίμαι η Μαρία από το τμήμα Ανθρώπινου Δυναμικού της Αιγαίο"
        " Ξύλο. Αναζητούμε Λογιστή Μισθοδοσίας για τα γραφεία μας στον Πειραιά.\n\n"
        "Προσφέρουμε:\n• Μικτές αποδοχές 1.600 – 1.900 € μηνιαίως\n"
        "• Εργασία στα γραφεία (δια ζώσης)\n\nΘα σας ενδιέφερε μια τηλεφωνική επικοινωνία;\n\n"
        "Μαρία Δημητρίου\nΑιγαίο Ξύλο Α.Ε."
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "Λογιστής Μισθοδοσίας"
    assert position.workplace == "onsite"
    assert position.pay is not None
    assert (position.pay.min, position.pay.max, position.pay.period) == (1600, 1900, "month")


def test_a_czech_message_reads_its_subject_title_gross_pay_and_home_office_days() -> None:
    item = _one(
        "Předmět: Nabídka – Účetní pro mzdovou agendu – Olomouc\n\n"
        "Dobrý den, pane Dvořáku,\n\njsem z náborového týmu firmy Hanácké Strojírny."
        " Hledáme posilu do účtárny.\n\nNabízíme:\n- mzdu 38 000 – 44 000 Kč hrubého měsíčně\n"
        "- home office 1 den v týdnu\n\nRáda Vám zavolám.\n\nS pozdravem\nJana Malá"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "Účetní pro mzdovou agendu"
    assert position.pay is not None
    assert (position.pay.min, position.pay.max, position.pay.currency) == (38000, 44000, "CZK")
    assert position.workplace == "hybrid"


def test_a_norwegian_we_seek_and_offer_heading_make_outreach() -> None:
    fired = {f.name for f in score(
        "Hei Ola!\n\nVi søker nå en erfaren Driftsleder til vårt anlegg.\n\nVi tilbyr:\n"
        "- Lønn 700 000 kr per år\n\nMvh Kari"
    )[2]}
    assert {"hiring_statement", "offer_heading"} <= fired


def test_the_readers_own_newsletter_is_no_broadcast() -> None:
    fired = {f.name for f in score(
        "Hi Sam, I've read your newsletter on pricing for a year. We're hiring a Pricing Lead"
        " and I'd love a chat."
    )[2]}
    assert "mass_mail" not in fired
    assert "mass_mail" in {f.name for f in score("Our weekly newsletter: 12 new jobs")[2]}


def test_a_korean_headhunter_message_reads_title_and_hundred_million_pay() -> None:
    item = _one(
        "제목: [브릿지서치] 데이터 플랫폼 팀장 포지션 제안드립니다\n\n안녕하세요 박지훈 님,\n"
        "헤드헌팅사 브릿지서치의 최유나 컨설턴트입니다.\n\n"
        "▶ 포지션: 데이터 플랫폼 팀장\n▶ 연봉: 9,500만 원 ~ 1억 3천만 원\n"
        "▶ 주 2회 재택근무\n\n통화 가능하신 시간 회신 부탁드립니다."
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "데이터 플랫폼 팀장"
    assert position.pay is not None
    assert (position.pay.min, position.pay.max, position.pay.currency) == (
        95_000_000, 130_000_000, "KRW"
    )
    assert position.workplace == "hybrid"


def test_korean_hundred_millions_with_ten_thousands() -> None:
    (mention,) = find_pay("연봉 1억 2,000만 원")
    assert mention.min == 120_000_000


def test_a_chinese_founder_message_names_the_role_after_its_verb_and_pays_in_yuan() -> None:
    item = _one(
        "李工你好，\n\n我是Qingyun Robotics的联合创始人。我们正在深圳组建团队，"
        "想邀请你加入，担任机器人控制算法专家。\n\n- 年薪 70-120万\n- 需要坐班\n\n"
        "方便的话加个微信聊聊？\n\n周宁"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "机器人控制算法专家"
    assert position.company == "Qingyun Robotics"
    assert position.workplace == "onsite"
    assert position.pay is not None
    pay = (position.pay.min, position.pay.max, position.pay.currency)
    assert pay == (700_000, 1_200_000, "CNY")


def test_an_english_title_after_chinese_text_leaves_the_chinese_out() -> None:
    assert "Senior Graphics Programmer" in _titles(
        "我们客户 Lumen Forge（杭州）在招 Senior Graphics Programmer，负责渲染。"
    )


def test_a_japanese_scout_mail_reads_its_bracketed_title_and_hybrid_days() -> None:
    item = _one(
        "件名：【スカウト】データ基盤エンジニア｜Sorano Labs\n\n田中 様\n\n"
        "Sorano Labs 採用担当の山田と申します。ご経歴を拝見し、ご連絡いたしました。\n\n"
        "【募集ポジション】データ基盤エンジニア\n【想定年収】800万円～1,100万円\n"
        "【勤務形態】リモートワーク週2日まで可\n\nご興味があればお気軽にご返信ください。"
    )
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title == "データ基盤エンジニア"
    assert position.company == "Sorano Labs"
    assert position.workplace == "hybrid"
    assert position.pay is not None and position.pay.currency == "JPY"


# --- roles in lists


def test_double_arrow_bullets_are_roles_not_quoted_text() -> None:
    item = _one(
        "Hello Priya,\n\nWe have two contract openings with Dunmore Refining:\n\n"
        ">> Lead Piping Engineer\n   - Rate: USD 650 per day\n\n"
        ">> Senior Mechanical Engineer\n   - Rate: USD 560 per day\n\n"
        "Send your CV if interested.\n\nRegards,\nOmar\nGulf Crest Staffing"
    )
    titles = [p.title for p in item.positions]
    assert titles == ["Lead Piping Engineer", "Senior Mechanical Engineer"]
    assert [p.pay.min if p.pay else None for p in item.positions] == [650, 560]


def test_a_quoted_reply_is_still_quoted() -> None:
    item = _one("Thanks, that works.\n\n> Could you send me your CV?\n> Regards, Omar")
    assert item.messages[0].quoted is not None
    assert "CV" not in item.messages[0].body


def test_digit_dash_numbering_lists_roles() -> None:
    item = _one(
        "Hi Ahmed, I am recruiting for Delta Grain Mills for 2 positions:\n\n"
        "1- Cost Accountant\n   Salary: 30,000 EGP monthly\n"
        "2- Finance Manager\n   Salary: 60,000 EGP monthly\n\nInterested?\n\nMona\n"
        "Cairo HR Partners"
    )
    assert [p.title for p in item.positions] == ["Cost Accountant", "Finance Manager"]


def test_one_title_twice_in_a_list_is_told_apart_by_its_speciality() -> None:
    item = _one(
        "Subject: Boise travel contracts – Tele, Onc\n\nHi Kim! Two contracts at a Boise"
        " hospital:\n\n1) Travel RN – Telemetry | 3x12 nights | $2,300/week\n"
        "2) Travel RN – Oncology | 3x12 days | $2,450/week\n\nText me!\n\nJess\nPeak Travel Nursing"
    )
    titles = [p.title for p in item.positions]
    assert titles == ["Travel RN – Telemetry", "Travel RN – Oncology"]
    assert all(p.company is None for p in item.positions)


def test_a_hospital_behind_the_dash_is_the_roles_employer() -> None:
    item = _one(
        "Hey Dana!\n\n🏥 Travel OR RN – Lakeview General Hospital, Spokane WA\n   $3,100/wk\n\n"
        "🏥 Travel ICU RN – Cedar Hills Medical Center, Yakima WA\n   $2,900/wk\n\nWant in?\n\n"
        "Ana\nNorthstar Nurse Staffing"
    )
    assert [(p.title, p.company) for p in item.positions] == [
        ("Travel OR RN", "Lakeview General Hospital"),
        ("Travel ICU RN", "Cedar Hills Medical Center"),
    ]


# --- titles, pay and companies


def test_a_labelled_title_with_an_unknown_job_noun_is_read() -> None:
    item = _one(
        "Hi Lee, I recruit for Harrow Vale.\nPosition: Cheesemonger\nSalary: £28,000 per year\n"
        "Interested?"
    )
    (position,) = item.positions
    assert position.title == "Cheesemonger"


def test_rand_millions_with_two_decimals_make_a_range() -> None:
    (mention,) = find_pay("R1.1m – R1.35m CTC")
    assert (mention.min, mention.max, mention.currency) == (1_100_000, 1_350_000, "ZAR")


def test_a_user_count_with_a_plus_is_not_pay() -> None:
    assert find_pay("one of the fastest-growing wallets (3M+ users, bill payments)") == []


def test_specialities_in_a_subject_are_no_company() -> None:
    item = _one(
        "Subject: Reno travel contracts – Med/Surg, PCU – start 11/3\n\nHi Jo! Travel RN – Med/Surg"
        " at a Reno hospital, 3x12 nights, $2,200/week. Want me to submit you?\n\nKat\n"
        "Sierra Travel Nurses"
    )
    assert all(p.company != "Med/Surg" for p in item.positions)


def test_full_time_from_office_is_onsite() -> None:
    text = "For both positions: full time from office (Sunday to Thursday, 9–5)."
    assert find_workplace(text).workplace == "onsite"


def test_a_subject_tag_naming_a_city_is_no_company() -> None:
    item = _one(
        "Subject: [Sendai] Bilingual Quality Engineer / JPY 8M\n\nHi Ken, a major electronics"
        " maker is hiring a Bilingual Quality Engineer in Sendai. Interested?\n\nAya\n"
        "Kita Career Partners"
    )
    assert all(p.company != "Sendai" for p in item.positions)


def test_a_field_alone_in_a_subject_is_no_company() -> None:
    item = _one(
        "Betreff: Head of Quality (w/m/d) – Medizintechnik, Graz\n\nSehr geehrter Herr Hofer,\n"
        "für ein Medizintechnik-Unternehmen suchen wir einen Head of Quality. 95.000 € p.a.\n\n"
        "Mit freundlichen Grüßen\nEva Berger\nBerger Personalberatung"
    )
    assert all(p.company != "Medizintechnik" for p in item.positions)


def test_a_portuguese_agency_names_the_client_it_supports() -> None:
    item = _one(
        "Olá Rita,\n\nSou recrutadora na Talentum. Estou a apoiar a Vinhos do Sado, empresa de"
        " Setúbal, na contratação de um Enólogo Sénior.\n\nCumprimentos,\nAna Lopes\n"
        "Recruiter | Talentum"
    )
    (position,) = item.positions
    assert position.company == "Vinhos do Sado"


def test_for_x_we_are_looking_for_names_the_client() -> None:
    item = _one(
        "Hi Bram,\n\nFor Waterschap Rivierenland we are looking for an Interim Project Manager"
        " for their dyke programme.\n\nRate: €90 per hour\n\nKind regards,\nLotte\n"
        "Delta Interim Groep"
    )
    (position,) = item.positions
    assert position.company == "Waterschap Rivierenland"


def test_an_employer_described_at_length_is_unnamed_so_the_sender_is_an_agency() -> None:
    item = _one(
        "Hi Lucy,\n\nI'm working on a Head of Brand search for a fast-growing, founder-led"
        " premium coffee brand (£40m turnover).\n\n– £90k–£100k base\n\nFree for a call?\n\n"
        "Olivia Trent\nPartner, Consumer Practice\nHallam Pryce\n"
    )
    (position,) = item.positions
    assert position.company is None


def test_pay_is_not_a_count_an_identifier_or_a_bonus_in_german() -> None:
    assert find_pay("a wallet with ~2.5M monthly active users") == []
    (mention,) = find_pay("Req. #HR-4471\nSalary range: $68,000 – $79,000 annually")
    assert (mention.min, mention.max) == (68000, 79000)
    (mention,) = find_pay("Fixsalär von CHF 310'000 zuzüglich Bonus (bis 40 %)")
    assert (mention.min, mention.currency) == (310000, "CHF")


def test_indonesian_billions_and_named_pesos_and_canadian_towns() -> None:
    (mention,) = find_pay("Rp 2,5 – 3 miliar per tahun")
    assert (mention.min, mention.max, mention.currency) == (2.5e9, 3e9, "IDR")
    (mention,) = find_pay("$ 3.200.000 brutos mensuales (en pesos)")
    assert mention.currency == "ARS"
    (mention,) = find_pay("Salary $72–80K, based at our Kitchener plant")
    assert mention.currency == "CAD"


def test_more_workplace_phrasings() -> None:
    cases = {
        "possibilité de télétravail une journée par semaine": "hybrid",
        "On-site at our packing shed (this one can't be remote).": "onsite",
        "Cork-based, with flexibility to work from home part of the week": "hybrid",
        "– Remote-Anteil bis zu 40 %, sonst am Standort Linz": "hybrid",
        "• Hjemmearbejde op til 1 dag om ugen": "hybrid",
        "La posizione prevede presenza presso la sede di Treviso": "onsite",
        "Kontorsted Stavanger, med fleksibilitet for hjemmekontor": "hybrid",
    }
    for text, want in cases.items():
        assert find_workplace(text).workplace == want, text
    assert find_workplace("the hospital is opening a new hybrid cath lab").workplace == "unknown"


def test_a_heading_with_its_speciality_after_a_comma_is_a_role() -> None:
    item = _one(
        "Hi Jen,\n\nI recruit for Larkspur Bio. Two openings:\n\n"
        "Director, Clinical Supply\n- Base salary range: $190,000 – $215,000\n\n"
        "Senior Manager, Biostatistics\n- Base salary range: $160,000 – $180,000\n\n"
        "Both are hybrid. Open to a call?\n\nSam\nLarkspur Bio"
    )
    titles = [p.title for p in item.positions]
    assert titles == ["Director, Clinical Supply", "Senior Manager, Biostatistics"]


def test_a_spanish_list_item_may_go_on_with_para() -> None:
    item = _one(
        "Hola Diego,\n\nSomos Yapu Pagos y buscamos:\n\n🚀 Desarrollador Backend Senior\n"
        "S/ 14,000 brutos mensuales\n\n🚀 Product Owner para el squad de Pagos QR\n"
        "S/ 12,000 brutos mensuales\n\n¿Conversamos?\n\nMilagros\nYapu Pagos"
    )
    assert [p.title for p in item.positions] == ["Desarrollador Backend Senior", "Product Owner"]


def test_titles_in_french_take_their_field() -> None:
    assert "Conseillère pédagogique en sciences" in _titles(
        "Poste de Conseillère pédagogique en sciences au secondaire"
    )
    assert "Directeur des ressources humaines" in _titles(
        "nous recherchons un Directeur des ressources humaines pour"
    )
    assert _titles("Ingénieur en CDI") == ["Ingénieur"]
    assert "Senior Policy Advisor" in _titles(
        "Subject: Senior Policy Advisor / Conseiller principal en politiques"
    )


def test_a_plural_title_before_a_full_stop_is_read() -> None:
    (title,) = find_titles("we are hiring CDL-A Regional Drivers.")
    assert (title.text, title.plural) == ("CDL-A Regional Driver", True)


def test_more_benefit_phrasings() -> None:
    from sidedoor.intake.extract.benefits import find_benefits

    def names(text: str) -> set[str]:
        return {b.name for b in find_benefits(text)}

    assert "health_insurance" in names("EPF, outpatient & hospitalisation medical")
    assert "health_insurance" in names("más seguro complementario de salud y bono anual")
    assert "meals" in names("VT, refeitório no local, plano de saúde")
    assert "pto" in names("– 5 týdnů dovolené")
    assert "company_car" in names("konkurransedyktig lønn, bonusordning og firmabil")
    assert "company_car" in names("• Automóvil asignado y SGMM para usted y su familia")


def test_outreach_in_turkish_hungarian_and_hebrew() -> None:
    for text in (
        "Merhaba Ayşe Hanım,\n\nBen Kuzey Yazılım İnsan Kaynakları ekibinden Elif. Mobil ekibimiz"
        " için Kıdemli iOS Geliştirici arıyoruz.\n\nNeler sunuyoruz?\n✔️ Net 110.000 TL aylık maaş"
        "\n\nBu hafta kısa bir görüşme ayarlayabilir miyiz?",
        "Kedves Péter!\n\nA Duna Talent tanácsadójaként keresem meg: partnerünk győri üzemébe"
        " keresünk Karbantartási vezetőt.\n\nAmit kínálnak:\n– bruttó 1 000 000 Ft/hó\n\n"
        "Érdekelné egy rövid telefonos egyeztetés?",
        "היי נועה,\nאני מ-Talentim, מגייסת כרגע ל-Backend Team Lead בחברת פינטק.\n"
        "שכר: 40-45K ₪ ברוטו לחודש\nאם רלוונטי אשמח לשלוח פרטים",
    ):
        assert _one(text).is_recruiter_outreach, text[:40]


def test_turkish_and_hungarian_job_nouns_are_titles() -> None:
    assert _titles("Konu: Kıdemli Backend Geliştirici – Papelio") == ["Kıdemli Backend Geliştirici"]
    assert _titles("Tárgy: Gyártásvezető pozíció – Győr") == ["Gyártásvezető"]


def test_words_written_with_a_legal_form_are_no_title() -> None:
    item = _one(
        "Tárgy: Minőségügyi vezető pozíció – Győr\n\nKedves Anna!\n\nA Rába Executive"
        " tanácsadójaként keresem meg egy új megbízással.\n\nÜdvözlettel:\nKiss Éva\n"
        "Rába Executive Kft."
    )
    (position,) = item.positions
    assert position.title == "Minőségügyi vezető"


def test_more_english_and_european_outreach_phrasings() -> None:
    for text in (
        "Hi Aiden, we need another Registered Land Surveyor. $105k–$120k NZD. Fancy a coffee?",
        "hey Bri its Mike from ProStaff, got a Forklift Operator spot at Kessler Plastics,"
        " $19.50/hr. u still looking??",
        "Hoi Sanne! Ik zoek een Store Manager voor Rituals. €3.500 bruto p/m. Lijkt het je wat?",
        "Bonjour Kevin, j'ai une mission qui pourrait t'intéresser : Cariste chez EuroHub,"
        " 14,20 € brut/h. Rappelle-moi !",
    ):
        assert _one(text).is_recruiter_outreach, text[:40]


def test_subject_parts_that_are_no_company() -> None:
    for subject in (
        "Subject: GM – upscale Italian, West Village\n\nHi Nic, we're hiring a General Manager"
        " for an upscale Italian spot. $95k–$110k.",
        "Subject: Senior Clinical Data Manager | Remote (US) | Top-20 Pharma\n\nHello, I'm"
        " recruiting a Senior Clinical Data Manager for a top-20 pharma. $125k–$140k.",
        "Subject: Responsabile di Magazzino – 3PL – Area Bologna\n\nGentile Luca, il nostro"
        " cliente, un operatore logistico, cerca un Responsabile di Magazzino che gestirà 90"
        " persone.\n- RAL 50.000 - 60.000 €",
    ):
        item = _one(subject)
        assert all(p.company is None for p in item.positions), subject[:40]


def test_the_readers_past_employer_is_not_the_roles() -> None:
    item = _one(
        "Hi Leanne,\n\nI'm recruiting an Employment Senior Associate for a top-50 firm and,"
        " having followed your career since your time at Gray's Inn Partners, I think you would"
        " be a fit. £120k–£145k.\n\nBest,\nAmir\nAshworth Marsh Legal"
    )
    assert all(p.company != "Gray's Inn Partners" for p in item.positions)


def test_a_shared_services_centre_names_its_group() -> None:
    item = _one(
        "Hi Arjun, I'm with the talent team at Volantis Retail GCC in Bengaluru. We're hiring a"
        " Lead Data Engineer, ₹45–60 LPA. Open to a chat?\n\nNeha\nVolantis Retail GCC"
    )
    assert {p.company for p in item.positions} == {"Volantis Retail"}


def test_capital_headings_are_roles_whole() -> None:
    item = _one(
        "Hi Nick, two roles with Halden Build:\n\nSITE MANAGER\n- $170k – $190k + super\n\n"
        "CONTRACT ADMINISTRATOR\n- $110k – $125k + super\n\nCheers,\nOlivia\nKeystone Recruitment"
    )
    assert [p.title for p in item.positions] == ["SITE MANAGER", "CONTRACT ADMINISTRATOR"]


def test_german_home_office_days_and_a_standards_number() -> None:
    assert find_workplace("– 2 Homeoffice-Tage pro Woche").workplace == "hybrid"
    assert find_workplace("ein mobiler Arbeitstag pro Woche ist möglich").workplace == "hybrid"
    assert find_workplace("80-95k, 2 Tage die Woche remote.").workplace == "hybrid"
    assert find_workplace("   - Télétravail 2j/semaine").workplace == "hybrid"
    (mention,) = find_pay("C/C++ on AURIX, ISO 26262 up to ASIL D\n- Salary band: 78–92k EUR")
    assert (mention.min, mention.max, mention.currency) == (78000, 92000, "EUR")


def test_a_country_after_a_titles_comma_is_dropped() -> None:
    item = _one(
        "Subject: Country Manager, Kenya\n\nHi Wanjiru, I'm recruiting a Country Manager, Kenya"
        " for a solar distributor. USD 9,000 per month.\n\nAmina\nSavanna Search"
    )
    (position,) = item.positions
    assert position.title == "Country Manager"


def test_a_name_in_another_script_after_a_company_is_dropped() -> None:
    from sidedoor.intake.extract.company import clean_name

    assert clean_name("Hanbit Mobility (한빛모빌리티)") == "Hanbit Mobility"


def test_a_dutch_customs_declarant_is_a_role() -> None:
    assert _titles("🔹 Douanedeclarant") == ["Douanedeclarant"]
