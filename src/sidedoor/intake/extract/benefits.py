"""Benefits named in a message or posting, mapped to one normalised vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass

# name -> pattern. Order matters only for overlapping phrases (first wins a span). Patterns are
# lower case: they run on the lower-cased text. The phrasings are those of many countries
# ("medical aid" in South Africa, "HMO" in the Philippines, "aguinaldo" in Mexico, "Multisport"
# in Poland and Czechia, "ticket restaurant" in France and Spain, "14 salaries" in Austria).
VOCABULARY: dict[str, str] = {
    "unlimited_pto": r"unlimited (?:pto|paid time off|vacation|holiday|leave)|flexible (?:pto"
    r"|vacation)",
    "pto": r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight)\+? (?:(?:working|paid|calendar)"
    r" )?(?:days?|weeks?|dagars|dager|dage|tagen?)(?:'|’)?(?: of)? (?:paid )?(?:pto|holidays?"
    r"|vacations?|annual leave|leave|urlaub|time off|off\b|semester|ferie|vakantie)"
    r"|\bpto\b|paid time off|paid days off|paid vacation|vacation days|annual leave|holiday"
    r" allowance|generous (?:holidays?|vacation|time off|leave)"
    r"|\b\d{1,2} (?:tagen? )?urlaub(?:stage)?|urlaubstage|\bholidays?\b(?= plus| \+| and bank)"
    r"|\b\d{1,2} days? (?:plus|\+|and) (?:bank|public) holidays|\bvacaciones\b|congés payés"
    r"|\bférias\b",
    "health_insurance": r"\bhealth[- ]?(?:care )?(?:insurance|cover(?:age)?|plan|benefits"
    r"|scheme)|\bhealth(?:care)?(?=\s?(?:,|and|&|/|\+)\s?(?:dental|vision|optical|life))"
    r"|medical(?: insurance|,| and| &| cover| plan| benefits| aid| scheme)"
    r"|\bmedical\b(?= from| starting| on day| for you and| for the family)"
    r"|(?:private|comprehensive|free|group|family|premium|company[- ]paid|employer[- ]paid"
    r"|major) (?:medical|health(?:care)?)\b|\bpmi\b|\bbupa\b|\bvitality\b|extended health"
    r"|krankenversicherung|krankenzusatz\w*|\bmedical\b(?=\s*/)|\bhmo\b|mediclaim"
    r"|plano de sa[uú]de|seguro (?:de gastos )?m[eé]dicos?|assist[eê]ncia m[eé]dica|\bmutuelle\b"
    r"|(?:plus|\+|full|comprehensive|extended|union) benefits\b(?!\s?(?:package|include|are|:))"
    r"|(?<=, )benefits(?= and|,)",
    "dental": r"\bdental\b",
    "vision": r"\bvision\b(?! (?:and|&) mission| statement| for)|\boptical\b",
    "life_insurance": r"life (?:insurance|assurance|cover)|death in service",
    "disability_insurance": r"disability (?:insurance|cover)|income protection|\bstd/ltd\b"
    r"|\bltd\b(?= insurance)",
    "retirement_plan": r"\b401\(?k\)?|\b403\(?b\)?|\bpension\b|\bsuperannuation\b|\bsuper\b(?!"
    r" ?(?:star|talented|exciting))"
    r"|\bkiwisaver\b|\brrsp\b|\bdpsp\b|retirement (?:plan|savings|match|fund|annuity|scheme"
    r"|account|benefits?|contributions?)|betriebliche altersvorsorge|betriebsrente"
    r"|\bprovident fund\b|\bpf\b(?= ?(?:and|&|,|/))|\bgratuity\b|altersvorsorge"
    r"|\b(?:epf|cpf|mpf)\b|tjänstepension|pensjonsordning|pensionskasse",
    "equity": r"\bequity\b|stock options?|stock awards?|\brsus?\b|restricted stock|\besops?\b"
    r"|\bvsop\b|share options?|stock grants?"
    r"|(?:plus|\+|free|company|employee|partnership|matching|performance|phantom|virtual)"
    r" shares\b|(?:bonus|salary|base|cash),? (?:and|&|\+|plus) (?:stock|shares)\b"
    r"|\bshares? (?:scheme|plan|incentive|awards?|grants?|allocation)|\bshares in the"
    r" (?:company|business)|\bstock (?:comp\b|compensation|package|grants?|units|refresh)"
    r"|(?:plus|\+) stock\b|phantom (?:equity|stock)",
    "stock_purchase": r"\bespp\b|employee stock purchase|share(?:save| purchase plan)",
    "bonus": r"\bbonus(?:es)?\b|prämie|\bcommission\b|\bote\b|incentive (?:plan|scheme"
    r"|program(?:me)?)|short[- ]term incentive|variable (?:pay|compensation|remuneration"
    r"|component)|performance[- ]related pay|tantieme|jahresbonus|\bbono\b|\bbônus\b",
    "sign_on_bonus": r"sign[- ]?on bonus|signing bonus|joining bonus|golden hello",
    "profit_sharing": r"profit[- ]shar(?:e|ing)|\bplr\b|participação nos lucros",
    "parental_leave": r"(?:parental|maternity|paternity|family|shared parental|adoption) (?:leave"
    r"|pay)|elternzeit",
    "four_day_week": r"(?:4|four)[- ]day (?:work ?)?week|32[- ]hour (?:work ?)?week|9/80",
    "flexible_hours": r"flexible (?:hours|working hours|schedule|working)|flexi-?time|gleitzeit"
    r"|flexible start",
    "learning_budget": r"(?:learning|training|education|development|conference|l&d|book)(?: and"
    r" development)? (?:budget|allowance|stipend|fund)"
    r"|tuition (?:reimbursement|assistance)|professional development|cpd (?:support|budget|days)"
    r"|fortbildung|weiterbildung|certifications? (?:paid|covered|reimbursed)|paid certifications?"
    r"|study leave|(?:paid|funded) training|training (?:provided|paid)"
    r"|(?:sqe|lpc|gdl|exam|study|qualification|course|certification) (?:funding|fees (?:paid"
    r"|covered))|funded (?:qualifications?|study|exams?|courses?)"
    r"|(?:learning|training) and development (?:opportunities|programmes?|programs?|support)",
    "visa_sponsorship": r"visa sponsorship|sponsor(?:ship)?(?: for)? (?:your |work )?visas?|visa"
    r" support|\bh-?1b\b"
    r"|sponsorship (?:is )?available|will sponsor|skilled worker visa|work permit support",
    "relocation": r"relocation (?:assistance|support|package|bonus|allowance|help|is provided"
    r"|provided|available|offered|paid)"
    r"|relocation costs|relocation budget|umzugskosten|help (?:you )?relocat",
    "remote_stipend": r"(?:home[- ]office|remote|wfh|work from home|equipment|co-?working)(?:"
    r" setup)? (?:stipend|allowance|budget)"
    r"|stipend for (?:your )?home office|homeoffice-pauschale",
    "wellness": r"\bgym\b|fitness|wellness days?|wellness (?:stipend|allowance|program|budget)"
    r"|well-?being (?:allowance|budget|stipend|program)"
    r"|wellpass|urban sports|classpass|\bjobrad\b|bike lease|\bmultisport\b|sports? (?:card"
    r"|pass|allowance|benefit|subsidy|budget)|sports? and culture (?:allowance|benefit"
    r"|vouchers?)|\bepassi\b|\bsmartum\b|friskvård\w*|hansefit|\begym\b",
    "mental_health": r"mental health|\beap\b|employee assistance|headspace|\bcalm\b(?= app|"
    r" subscription)|counselling service",
    "hsa_fsa": r"\bhsa\b|\bfsa\b|health (?:savings|spending) account|flexible spending",
    "commuter": r"commuter benefits?|transit (?:pass|benefit|subsidy)|jobticket|deutschlandticket"
    r"|season ticket loan"
    r"|cycle to work|travel allowance|parking|(?:public )?transport (?:ticket|pass|subsidy"
    r"|allowance)|travel ?card",
    "meals": r"(?:free|subsidi[sz]ed|catered|daily|hot|staff|duty|team|company-paid)"
    r" (?:lunch(?:es)?|meals?|food|breakfasts?|snacks|canteen|cafeteria)"
    r"|\b(?:meal|lunch|food) (?:allowance|vouchers?|coupons?|cards?|stipend|benefit|subsidy"
    r"|tickets?)|\b(?:lunch(?:es)?|meals?|breakfast|food) (?:(?:is|are) )?(?:provided|included"
    r"|on us)|tickets? restaurants?|\bvales? (?:de )?(?:refeição|alimentação|despensa)"
    r"|\bsodexo\b|\bpluxee\b|essenszuschuss|essensgutscheine?|kantine",
    "childcare": r"child ?care|kita|kinderbetreuung|daycare",
    "company_car": r"company car|car allowance|company vehicle|vehicle (?:provided|allowance)|work"
    r" (?:van|truck|ute)|\bute\b|company (?:van|truck)|fuel card"
    r"|dienstwagen|firmenwagen|(?:plus|\+) (?:a )?car\b|\bcar (?:provided|scheme)"
    r"|fully[- ]expensed car",
    "overtime_pay": r"\bovertime\b|time and a half|überstunden(?:zuschläge|ausgleich)",
    "shift_allowance": r"shift (?:differential|allowance|premium|penalt(?:y|ies))s?|unsocial hours"
    r"|night shift allowance|night (?:differential|premium)|schichtzulagen?"
    r"|zuschläge",
    "tools_provided": r"tools (?:provided|allowance)|(?:ppe|boots|tools|uniforms?)(?: and \w+)?"
    r" (?:supplied|provided)|tool allowance|ppe provided|uniform(?:s)? provided"
    r"|boot allowance",
    "sabbatical": r"sabbatical",
    "employee_discount": r"(?:staff|employee|colleague|team member|associate|partner|store"
    r"|product|in-store) discounts?|discounts? on (?:our |all )?(?:products|merchandise|stores?"
    r"|brands?|flights|hotel stays)|employee pricing|mitarbeiterrabatte?|staff travel",
    "insurance_other": r"travel insurance|pet insurance",
    "paid_sick_leave": r"sick (?:pay|leave|days)|paid sick|lohnfortzahlung",
    "thirteenth_salary": r"\b1[3-6](?:th|\.|°|º|ème|e)[- ]?(?:month|salary|salaries|monatsgehalt"
    r"|mois|salário)|\b1[3-6] (?:monthly (?:salaries|payments)|salaries|gehälter|monatsgehälter"
    r"|pagas|sueldos|salários)\b(?! (?:to|of|for|in (?:the|our))\b)"
    r"|\b1[3-6][- ]months?(?:'|’)? (?:pay|salary|salaries)\b"
    r"|\b1[3-6] months (?:per|a|each) (?:year|annum)|aguinaldo|tredicesima|quattordicesima"
    r"|d[eé]cimo terceiro|vakantiegeld|weihnachtsgeld|urlaubsgeld|holiday pay bonus",
}
# Cheap pre-filter: a pattern can only match when one of its keywords is in the lower-cased text.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "unlimited_pto": ("unlimited", "flexible pto", "flexible vacation"),
    "pto": (  # every pattern above ends in one of these ("5 weeks off", "30 Tagen Urlaub")
        "pto",
        "holiday",
        "vacation",
        "leave",
        "time off",
        "days off",
        "day off",
        "weeks off",
        "days' off",
        "urlaub",
        "semester",
        "ferie",
        "vakantie",
        "vacaciones",
        "congés",
        "férias",
    ),
    "health_insurance": (
        "health",
        "medical",
        "pmi",
        "bupa",
        "vitality",
        "kranken",
        "hmo",
        "mediclaim",
        "saúde",
        "saude",
        "seguro",
        "médica",
        "mutuelle",
        "benefits",
    ),
    "dental": ("dental",),
    "vision": ("vision", "optical"),
    "life_insurance": ("life ", "death in service"),
    "disability_insurance": ("disability", "income protection", "std/ltd", "ltd"),
    "retirement_plan": (
        "401",
        "403",
        "pension",
        "super",
        "kiwisaver",
        "rrsp",
        "dpsp",
        "retirement",
        "altersvorsorge",
        "betriebsrente",
        "provident",
        "pf",
        "gratuity",
        "pensjon",
        "pensionskasse",
    ),
    "equity": ("equity", "stock", "rsu", "esop", "vsop", "share"),
    "stock_purchase": ("espp", "stock purchase", "sharesave", "share purchase"),
    "bonus": (
        "bonus",
        "commission",
        "ote",
        "prämie",
        "incentive",
        "variable",
        "performance-related",
        "performance related",
        "tantieme",
        "bono",
        "bônus",
    ),
    "sign_on_bonus": ("sign", "joining bonus", "golden hello"),
    "profit_sharing": ("profit", "plr", "participação"),
    "parental_leave": ("leave", "pay", "elternzeit"),
    "four_day_week": ("day week", "day work", "hour week", "hour work", "9/80"),
    "flexible_hours": ("flexib", "flexi", "gleitzeit"),
    "learning_budget": (
        "budget",
        "allowance",
        "stipend",
        "fund",
        "tuition",
        "development",
        "cpd",
        "bildung",
        "certification",
        "study leave",
        "training",
        "funding",
        "fees",
        "funded",
    ),
    "visa_sponsorship": ("visa", "h-1b", "h1b", "sponsor", "work permit"),
    "relocation": ("relocat", "umzugskosten"),
    "remote_stipend": ("stipend", "allowance", "budget", "pauschale"),
    "wellness": (
        "gym",
        "fitness",
        "wellness",
        "well-being",
        "wellbeing",
        "wellpass",
        "urban sports",
        "classpass",
        "jobrad",
        "bike lease",
        "multisport",
        "sport",
        "epassi",
        "smartum",
        "friskvård",
        "hansefit",
    ),
    "mental_health": ("mental", "eap", "employee assistance", "headspace", "calm", "counselling"),
    "hsa_fsa": ("hsa", "fsa", "health savings", "health spending", "flexible spending"),
    "commuter": (
        "commut",
        "transit",
        "jobticket",
        "deutschlandticket",
        "season ticket",
        "cycle to work",
        "travel allowance",
        "parking",
        "transport",
        "travel card",
        "travelcard",
    ),
    "meals": (
        "lunch",
        "meal",
        "food",
        "breakfast",
        "snack",
        "canteen",
        "cafeteria",
        "ticket restaurant",
        "tickets restaurant",
        "vale",
        "sodexo",
        "pluxee",
        "essen",
        "kantine",
    ),
    "childcare": ("child", "kita", "kinderbetreuung", "daycare"),
    "company_car": ("car", "vehicle", "van", "truck", "ute", "fuel card", "wagen"),
    "overtime_pay": ("overtime", "time and a half", "überstunden"),
    "shift_allowance": ("shift", "night", "unsocial", "schicht", "zuschläge"),
    "tools_provided": ("tool", "ppe", "uniform", "boot"),
    "sabbatical": ("sabbatical",),
    "employee_discount": ("discount", "rabatt", "employee pricing", "staff travel"),
    "insurance_other": ("travel insurance", "pet insurance"),
    "paid_sick_leave": ("sick", "lohnfortzahlung"),
    "thirteenth_salary": (
        "13",
        "14",
        "15",
        "16",
        "aguinaldo",
        "tredicesima",
        "quattordicesima",
        "terceiro",
        "vakantiegeld",
        "weihnachtsgeld",
        "urlaubsgeld",
        "holiday pay",
    ),
}
# A mention that says the benefit is NOT there: "no bonus", "without health insurance", "we
# don't offer a pension" (the words right before the match, in its clause).
_NEGATED = re.compile(
    r"(?:\bno|\bnot|\bwithout|\bnor|n't (?:offer|provide|include|have|come with|pay)"
    r"|not (?:offer|provide|include|have|come with|eligible for|pay))\s+(?:an?\s+|any\s+)?"
    r"(?:[\w-]+\s+)?$"
)
# Per benefit, what stands right before or after a match that is not that benefit.
_NOT_BEFORE: dict[str, re.Pattern[str]] = {
    # "Kotlin is a bonus", "as a bonus", "sign-on bonus" (its own term), "bonus points"
    "bonus": re.compile(
        r"(?:\b(?:is|are|be|as|definitely|also)|'s)\s+(?:an?\s+)?(?:(?:big|huge|real|nice"
        r"|definite|added|great|major|massive|strong|plus|extra)\s+)?$"
        r"|(?:sign[- ]?on|signing|joining|welcome|referral|relocation|golden)[- ]$"
        r"|(?:european|exchange|trade|electoral|election|planning|utilities|law|gaming"
        r"|charity|public service|civil service|securities)\s$"
    ),
    "vision": re.compile(r"(?:computer|machine|night|stereo)[\s-]$"),
    "equity": re.compile(r"(?:private|brand|home|negative|sweat|diversity|health|pay)\s$"),
    "health_insurance": re.compile(r"(?:digital|mental|public|occupational|animal)\s$"),
}
_NOT_AFTER: dict[str, re.Pattern[str]] = {
    "bonus": re.compile(
        r"^\s?(?:points?|questions?|rounds?|tracks?|features?|content|episodes?|levels?|if\b"
        r"|but\b|for (?:candidates|applicants|those|anyone)|to have|skills?)"
    ),
    "dental": re.compile(
        r"^\s(?:nurses?|practices?|surgery|surgeries|hygienists?|assistants?|technicians?"
        r"|clinics?|receptionists?|therapists?|group|sector|industry|hospital|labs?|chain"
        r"|software|products?)\b"
    ),
    "health_insurance": re.compile(
        r"^\s(?:company|provider|firm|client|sector|industry|broker|claims|startup|insurer"
        r"|market|technology|tech|devices?|products?|system|trust|services? (?:company"
        r"|provider|sector))\b"
        # "medical and pharmaceutical clients", "medical, biotech and device makers"
        r"|^\s?(?:pharma\w*|biotech\w*|devices?|life sciences|scientific|technical|clinical"
        r"|surgical|research|healthcare (?:clients|companies|sector))"
    ),
    "equity": re.compile(
        r"^\s(?:research|analyst|trading|sales|markets?|fund|capital|desk"
        r"|derivatives|partners|firm|investor)\b"
    ),
}
# "there is a bonus of 10%": a bonus after "is a" when a figure or a scheme follows
_BONUS_REAL_AFTER = re.compile(
    r"^\s?(?:of|scheme|plan|up to|potential|structure|worth|pool"
    r"|paid|on top|\d)"
)
_COMPILED = {name: re.compile(pattern) for name, pattern in VOCABULARY.items()}
_COMPILED_I = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in VOCABULARY.items()}
_PERCENT = r"\d{1,3}(?:\.\d)?\s?%"
_DURATION = r"\b\d{1,2}\+? (?:working )?(?:days|weeks|months|tage|wochen)\b"
_MONEY = r"(?:[$£€₹]|A\$|C\$)\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:€|eur|gbp|usd)\b"
_DETAIL_KIND: dict[str, str] = {
    "retirement_plan": _PERCENT,
    "bonus": _PERCENT + "|" + _MONEY,
    "profit_sharing": _PERCENT,
    "stock_purchase": _PERCENT,
    "pto": _DURATION,
    "unlimited_pto": _DURATION,
    "parental_leave": _DURATION,
    "sabbatical": _DURATION,
    "paid_sick_leave": _DURATION,
    "learning_budget": _MONEY + "|" + _DURATION,
    "remote_stipend": _MONEY,
    "wellness": _MONEY,
    "relocation": _MONEY,
    "sign_on_bonus": _MONEY,
    "meals": _MONEY,
    "commuter": _MONEY,
    "company_car": _MONEY,
    "childcare": _MONEY,
    "shift_allowance": _PERCENT + "|" + _MONEY,
}
_DETAIL_COMPILED = {name: re.compile(kind, re.I) for name, kind in _DETAIL_KIND.items()}


@dataclass
class BenefitSpan:
    name: str
    detail: str | None
    start: int
    end: int


# Every match contains one of its term's keywords, no further than this from the match's ends:
# a pattern runs only on windows around the keywords' occurrences, not over the whole text.
_WINDOW = 70


def find_benefits(text: str, start: int = 0, end: int | None = None) -> list[BenefitSpan]:
    """The benefits named in text[start:end], one per vocabulary term (first mention)."""
    end = len(text) if end is None else end
    region = text[start:end]
    found: dict[str, BenefitSpan] = {}
    low = region.lower()
    same_length = len(low) == len(region)  # lower() keeps offsets for nearly all text
    for name, keywords in KEYWORDS.items():
        for keyword in keywords:  # a plain loop: any() with a generator is twice as slow here
            if keyword in low:
                break
        else:
            continue
        if same_length:
            match = _first_match(name, _COMPILED[name], low, _windows(low, keywords))
        else:  # offsets of the lower-cased text are not the region's: search it all
            match = _first_match(name, _COMPILED_I[name], region, [(0, len(region))])
        if match is None:
            continue
        detail = _detail(region, match, _DETAIL_COMPILED[name]) if name in _DETAIL_KIND else None
        found[name] = BenefitSpan(name, detail, start + match.start(), start + match.end())
    if "unlimited_pto" in found:
        found.pop("pto", None)
    return sorted(found.values(), key=lambda b: b.start)


def _windows(low: str, keywords: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of `low` around each occurrence of a keyword, overlapping ones merged."""
    size = len(low)
    if size <= 4 * _WINDOW:
        return [(0, size)]
    spans: list[tuple[int, int]] = []
    for keyword in keywords:
        at = low.find(keyword)
        while at >= 0:
            spans.append((max(0, at - _WINDOW), min(size, at + len(keyword) + _WINDOW)))
            at = low.find(keyword, at + 1)
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for s, e in spans[1:]:
        if s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _first_match(
    name: str, pattern: re.Pattern[str], haystack: str, windows: list[tuple[int, int]]
) -> re.Match[str] | None:
    for s, e in windows:
        match = pattern.search(haystack, s, e)
        while match is not None and _not_the_benefit(name, haystack, match):
            match = pattern.search(haystack, match.end(), e)
        if match is not None:
            return match
    return None


def _not_the_benefit(name: str, text: str, match: re.Match[str]) -> bool:
    """A mention negated ("no bonus") or another sense of the word ("Go is a bonus", "computer
    vision", "dental nurse", "a health insurance company", "equity research")."""
    before = text[max(0, match.start() - 40) : match.start()].lower()
    cut = max(before.rfind("."), before.rfind(";"), before.rfind("\n"), before.rfind(":"))
    if _NEGATED.search(before[cut + 1 :]):
        return True
    not_before = _NOT_BEFORE.get(name)
    after = text[match.end() : match.end() + 30].lower()
    if not_before is not None and not_before.search(before):
        return not (name == "bonus" and _BONUS_REAL_AFTER.match(after))
    not_after = _NOT_AFTER.get(name)
    return not_after is not None and bool(not_after.match(after))


def _detail(region: str, match: re.Match[str], _DETAIL: re.Pattern[str]) -> str | None:
    # The number that belongs to the benefit: inside the match, or just around it on the line.
    inside = _DETAIL.search(match.group(0))
    if inside:
        return inside.group(0)
    line_start = region.rfind("\n", 0, match.start()) + 1
    line_end = region.find("\n", match.end())
    line_end = len(region) if line_end < 0 else line_end
    window_before = region[max(line_start, match.start() - 25) : match.start()]
    window_after = region[match.end() : min(line_end, match.end() + 30)]
    after = _DETAIL.search(window_after)
    if after and not re.search(r"[,;.]", window_after[: after.start()]):
        return after.group(0)
    befores = list(_DETAIL.finditer(window_before))
    if befores and not re.search(r"[,;]", window_before[befores[-1].end() :]):
        return befores[-1].group(0)
    return None
