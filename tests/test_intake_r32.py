"""Round 32: the rules read on round 32's development sets and on the earlier read sets'
misses (messages in our own words)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # Arabic: the hospital named in the body and alone on the signature's last line
        ("الموضوع: وظيفة فني أشعة\n\nمرحباً أستاذ سامي،\n\nأنا هالة من قسم الموارد البشرية في "
         "مستشفى الريان العام بالدمام. نود أن نعرض عليك وظيفة فني أشعة بدوام كامل.\n\nالراتب: "
         "٨٬٠٠٠ ريال شهرياً\n\nمع التحية،\nهالة القحطاني\nأخصائية توظيف\nمستشفى الريان العام\n"
         "جوال: ٠٥٥٠٠٠٠٠٠٠\n", "مستشفى الريان العام"),
        # Hebrew: name | post | company, the body writing it with a prefix ("בנמל …")
        ("היי יואב,\n\nאני שירה, רכזת גיוס בנמל הדרום. אנחנו מגייסים מפעיל מנוף למשמרות.\n"
         "שכר: 60 ₪ לשעה.\n\nמה דעתך?\n\nשירה כהן | רכזת גיוס | נמל הדרום\n", "נמל הדרום"),
        # Korean: the company and its team in Latin letters, the body writing it with "에서"
        ("제목: 물류센터 운영 매니저 채용\n\n안녕하세요, 박지은입니다.\n"
         "바다물류에서 물류센터 운영 매니저를 모시고 있습니다.\n- 연봉: 5,000만 원\n\n감사합니다.\n"
         "박지은 드림\n바다물류 People Team\n", "바다물류"),
    ],
)  # fmt: skip
def test_the_organisation_a_message_in_another_script_is_signed_for(
    text: str, company: str
) -> None:
    item = parse_checked(text)
    assert item.positions
    assert [p.company for p in item.positions] == [company] * len(item.positions)
    assert item.recruiter.company == company


@pytest.mark.parametrize(
    "text",
    [
        # a search firm signs for itself: the employer is its undisclosed client
        "제목: [비공개] 팀장 포지션 제안\n\n안녕하세요.\n"
        "서치펌 하늘파트너스의 김민 컨설턴트입니다.\n"
        "대형 제조사에서 생산관리 팀장을 채용 중입니다.\n- 연봉: 1억 원\n\n감사합니다.\n"
        "김민 드림\n하늘파트너스 | 컨설턴트\n",
        # the writer's name alone under the last sentence, though the body names her
        "היי נועה,\nכאן דנה לוי מסטודיו דנה לוי. אנחנו מחפשות מעצבת פנים.\nשכר: 12,000 ₪\n"
        "מעניין? 🙂\nדנה לוי\n",
        # the organisation in Latin letters, then its city in Arabic
        "مرحباً،\nنبحث عن مهندس موقع في الرياض براتب ١٥٬٠٠٠ ريال شهرياً.\n\nمع التحية،\n"
        "نورة\nDune Contracting | الرياض\n",
    ],
)
def test_no_organisation_where_the_signature_names_none_of_its_own(text: str) -> None:
    item = parse_checked(text)
    assert item.positions
    assert all(p.company in (None, "Dune Contracting") for p in item.positions)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # circled numbers with the title right after them
        ("田中さん\n\n株式会社ミナトテックでは以下の職種を募集しています。\n\n①インフラエンジニア\n"
         "　年収 600万～800万円\n②データアナリスト\n　年収 550万～700万円\n\nご興味があればご返信"
         "ください。\n", ["インフラエンジニア", "データアナリスト"]),
        # a labelled position with a Latin acronym before the katakana noun
        ("件名：2ポジションのご案内\n\n■ポジション1：AML/KYC アナリスト\n・想定年収：700万円\n"
         "■ポジション2：コンプライアンス・マネージャー\n・想定年収：1,100万円\n",
         ["AML/KYC アナリスト", "コンプライアンス・マネージャー"]),
        # a Chinese title without spaces (the job noun and its "assistant"), beside one whose
        # noun no list knows
        ("陳先生您好！\n\n我哋現正招聘以下兩個職位：\n\n1. 投資組合經理助理\n   - 月薪 HK$28,000 – "
         "35,000\n\n2. 基金營運主任\n   - 月薪 HK$22,000 – 28,000\n\n如有興趣請回覆。\n",
         ["投資組合經理助理", "基金營運主任"]),
    ],
)  # fmt: skip
def test_roles_listed_in_chinese_and_japanese(text: str, titles: list[str]) -> None:
    item = parse_checked(text)
    assert [p.title for p in item.positions] == titles


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Subject: Counsellor opening at Birchwood USD\n\nHi Lee,\n\nI'm a recruiter with "
         "Birchwood Unified School District. We have a School Counselor vacancy for August, "
         "$68,000 - $91,000.\n\nThanks,\nAna", "Birchwood Unified School District"),
        ("Subject: Locum Housing Officer - Fenmoor BC - £28ph\n\nHi Sam,\n\nI've a locum "
         "requirement at Fenmoor Borough Council for a Housing Officer, £28ph.\n\nCheers,\nTom",
         "Fenmoor Borough Council"),
        ("Objet : Poste d'enseignant\n\nBonjour,\n\nAu Centre de services scolaire des "
         "Trois-Lacs, nous cherchons un Enseignant en français au secondaire.\n\nCordialement,"
         "\nJulie Roy\nConseillère en recrutement\nCSS des Trois-Lacs\n",
         "Centre de services scolaire des Trois-Lacs"),
    ],
)  # fmt: skip
def test_a_name_written_with_initials_is_read_as_the_text_writes_it_out(
    text: str, company: str
) -> None:
    item = parse_checked(text)
    assert [p.company for p in item.positions] == [company]


def test_a_contracts_length_in_days_is_no_pay() -> None:
    from sidedoor.intake.extract.pay import find_pay

    found = find_pay(
        "Compensation\n- 190-day contract\n- Salary schedule: $71,200 - $88,950 annually\n"
    )
    assert [(p.min, p.max, p.period) for p in found] == [(71200.0, 88950.0, "year")]


def test_a_post_before_a_surname_is_the_person_not_the_role() -> None:
    item = parse_checked(
        "Subject: Corrections recruitment\n\nHi Jordan,\n\nSheriff Okafor has approved the "
        "hiring of 6 additional Corrections Officers this spring, starting at $24.10/hour.\n\n"
        "Reply if you'd like an application.\n\nLt. Dana Ruiz\nRecruitment Unit\n"
    )
    assert [p.title for p in item.positions] == ["Corrections Officer"]


def test_a_posts_field_before_a_listed_name_is_no_part_of_it() -> None:
    item = parse_checked(
        "Hi Ravi,\n\nI lead logistics hiring at Fennick & Rowe, a grocery chain of 90 stores. "
        "We're hiring a Transport Manager for our Leeds depot, £55,000.\n\nBest,\nKate Moss\n"
        "Head of Talent - Supply Chain, Fennick & Rowe\n"
    )
    assert [p.company for p in item.positions] == ["Fennick & Rowe"]


def test_a_municipalitys_domain_reads_as_its_name() -> None:
    from sidedoor.intake.extract.company import domain_name

    assert domain_name("townofbirchfield") == "Town of Birchfield"
    assert domain_name("countyofmarlowe") == "County of Marlowe"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # German "/in" (the feminine) is a gender tag like Spanish "/a"
        ("Wir suchen eine/n Sachbearbeiter/in Lohnbuchhaltung.",
         ["Sachbearbeiter Lohnbuchhaltung"]),
        # Dutch "voor ons …" (for our …) is no field of the title
        ("We zoeken een Teamleider Expeditie voor ons team in Venlo.", ["Teamleider Expeditie"]),
        # a Flemish compound job noun
        ("we zoeken een nieuwe Magazijnverantwoordelijke.", ["Magazijnverantwoordelijke"]),
    ],
)  # fmt: skip
def test_titles_read_on_round_32(text: str, titles: list[str]) -> None:
    from sidedoor.intake.extract.title import find_titles

    assert [t.text for t in find_titles(text)] == titles


def test_a_place_after_a_titles_comma_is_no_speciality_where_the_text_says_in_it() -> None:
    item = parse_checked(
        "Subject: Opportunity - Warehouse Supervisor, Thurrock\n\nHi Dan,\n\nI'm recruiting a "
        "Warehouse Supervisor for Fenwick Chilled at their new site in Thurrock, £38,000 plus "
        "shift allowance.\n\nInterested?\n\nMia\n"
    )
    assert [p.title for p in item.positions] == ["Warehouse Supervisor"]
