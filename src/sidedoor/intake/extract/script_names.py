"""The sender's organisation in a message written in a script without capital letters (Arabic,
Hebrew, Hangul, Han and kana, Bengali, Devanagari, Thai) or in Greek or Cyrillic, where the
finders that look for capitalised names see none.

Writers in those scripts sign the way English writers do: a name, a post, the organisation, a
phone number ("ريم الزهراني / أخصائية توظيف / مستشفى السلامة التخصصي", "עדי מזרחי | רכזת גיוס
| טבע", "한강메트로㈜ 인재개발팀"). The organisation is the signature's part that the message
also writes above the signature ("… في مستشفى السلامة التخصصي بجدة", "רכזת גיוס בטבע"): the
post, the person and the phone number are told apart by what they are, and a place by being
shorter than the name it follows ("مجموعة صيدليات النخبة – دبي")."""

from __future__ import annotations

import re
import unicodedata

from sidedoor.intake.extract.company import Finding

# the posts, units and recruiting words of a signature, in the scripts this module reads
_POST = re.compile(
    # Arabic
    r"توظيف|الموارد البشرية|موارد بشرية|استقطاب|مسؤول|أخصائي|اخصائي|مدير|إدارة|ادارة|قسم"
    r"|مستشار"
    # Hebrew
    r"|גיוס|משאבי אנוש|רכז|מנהל|מחלק"
    # Korean
    r"|채용|인사|담당|매니저|컨설턴트|이사$|과장$|대리$|부장$|실장$|대표$|드림$|올림$"
    # Chinese and Japanese
    r"|招聘|招募|人資|人资|人力|人事|採用|担当|經理|经理|総支配人|支配人|顧問|顾问"
    # Bengali and Devanagari
    r"|মানবসম্পদ|ব্যবস্থাপক|নির্বাহী|मानव संसाधन|एच\.आर|एग्जीक्यूटिव|प्रबंधक"
    # Greek and Cyrillic
    r"|Ανθρώπινου|Υπεύθυν|Προσλήψε|менеджер|рекрутер|Човешки ресурси|Отдел|Відділ"
    # Thai
    r"|ฝ่ายบุคคล|ทรัพยากรบุคคล|สรรหา"
)
# a unit of the organisation written after its name: "인재개발팀", "人力資源部", "人才招募組"
_UNIT = re.compile(r"^[\uac00-\ud7a3\u4e00-\u9fff]{1,8}(?:팀|부|실|部|組|组|課|处|處|室)$")
# the legal forms the text leaves out where it names the organisation again
_LEGAL = re.compile(
    r"\s*(?:\(주\)|㈜|주식회사|株式会社|股份有限公司|有限公司|ООД|ЕООД|ООО|ТОВ|АД|Α\.?Τ?\.?Ε\.?"
    r"|লিমিটেড|प्रा\.? ?लि\.?|लिमिटेड)\s*"
)
# a line's parts: "name | post | company", "post – company", "company, city"
_PARTS = re.compile(r"\s*[|｜]\s*|\s+[-–—]\s+|\s*[,،]\s*")
# a recruitment firm's words, in its name or the message ("서치펌 피플브릿지", "מכון השמה", "مكتب
# النخبة للتوظيف", "प्रगति एग्जीक्यूटिव सर्च")
_AGENCY = re.compile(
    r"서치|헤드헌|인력|커리어|리크루팅|השמה|للتوظيف|مكتب توظيف|للاستقدام|सर्च|प्लेसमेंट|कंसल्टेंसी"
    r"|猎头|獵頭|人才顧問|人才顾问|人材紹介|ヘッドハンティング|エージェント"
)
_CLIENT = re.compile(r"고객사|客户|客戶|クライアント|عميل|לקוח|клиент|πελάτ", re.I)
_LATIN_NAME = re.compile(r"[A-Z][\w&.'-]+(?: (?:&|[A-Z][\w&.'-]*)){1,4}")
# a sentence's or a greeting's end; not an abbreviation's stop ("प्रा. लि.", "Α.Τ.Ε.")
_SENTENCE_END = re.compile(r"[,،!:؟?。！、]$|\w{4,}\.$")
_MOST_LINES = 8
_LONGEST_LINE = 60


def _non_latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) > 0x24F) / len(letters)


def _scripted(part: str) -> bool:
    return any(c.isalpha() and ord(c) > 0x24F for c in part)


def _core(part: str) -> str:
    """The organisation's words of a signature part: up to its unit, post or first word in
    Latin letters ("모아키친 People Team", "세광스틸(주) 인사팀 오하늘")."""
    kept: list[str] = []
    for word in part.split():
        if _POST.search(word) or _UNIT.match(word) or not _scripted(word):
            break
        kept.append(word)
    return " ".join(kept)


def _ends_sentence(line: str) -> bool:
    """ "مع خالص التحية،", "감사합니다.", "… ונקבע קפה? 🙂" (an emoji closes a sentence too)."""
    last = line.rstrip("\ufe0f")[-1:]
    return bool(_SENTENCE_END.search(line)) or unicodedata.category(last or " ") == "So"


def _unit_in(part: str) -> bool:
    return any(_UNIT.match(word) for word in part.split())


def _block(text: str) -> list[tuple[int, str]]:
    """The signature's lines (offset, line): the short lines at the end, up to the body's last
    long one."""
    lines: list[tuple[int, str]] = []
    end = len(text.rstrip())
    while end > 0 and len(lines) < _MOST_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if len(line) > _LONGEST_LINE:
            break
        if line:
            lines.append((start + text[start:end].find(line), line))
        end = start - 1
    return lines[::-1]


def signed_organisation(text: str) -> Finding | None:
    """The organisation a message in a non-Latin script is signed for, where the message also
    names it above the signature; None for an agency's message about a client."""
    if _non_latin_share(text) < 0.5 or _CLIENT.search(text) or _AGENCY.search(text):
        return None
    from sidedoor.intake.extract.agency import agency_cue
    from sidedoor.intake.extract.company import _CJK_AGENCY

    if agency_cue(text) is not None:
        return None
    block = _block(text)
    if not block:
        return None
    # the writer's name heads the lines under the last that ends a sentence or a greeting
    ends = [i for i, (_, line) in enumerate(block) if _ends_sentence(line)]
    person_line = ends[-1] + 1 if ends else 0
    if person_line >= len(block):
        return None
    found: list[Finding] = []
    for i, (offset, line) in enumerate(block):
        if i < person_line or re.search(r"\d{3}|@|https?:|www\.", line):
            continue  # the body above the signature; a phone number, an address, a link
        at = 0
        parts = _PARTS.split(line)
        if any(_LATIN_NAME.fullmatch(part) for part in parts):
            continue  # "Rimal Contracting | الرياض": the name in Latin letters, then the city
        for j, part in enumerate(parts):
            at = line.find(part, at)
            quoted = len(part) - len(part.lstrip("«»\"“”„「」『』"))
            at += quoted
            if i == person_line and j == 0 and not (_LEGAL.search(part) or _unit_in(part)):
                continue  # the writer's name (not "세광스틸(주) 인사팀 오하늘", signed on one line)
            part = part.strip("«»\"“”„「」『』")  # ("«Фокус Діджитал»")
            name = _core(part)
            bare = _LEGAL.sub("", name).strip()
            if (
                len(bare) < 2
                or len(name.split()) > 5
                or not _scripted(bare)
                or _CJK_AGENCY.search(part)
                or bare not in text[: block[person_line][0]]
            ):
                continue
            start = offset + at
            found.append(Finding(name, start, start + len(name), 2))
    if not found:
        return None
    return max(found, key=lambda f: len(unicodedata.normalize("NFC", f.value)))
