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
