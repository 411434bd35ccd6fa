"""Benefits named in a message or posting, mapped to one normalised vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass

# name -> pattern. Order matters only for overlapping phrases (first wins a span).
VOCABULARY: dict[str, str] = {
    "unlimited_pto": r"unlimited (?:pto|paid time off|vacation|holiday|leave)|flexible (?:pto"
    r"|vacation)",
    "pto": r"\b\d{1,2}\+? (?:days?'?|working days)(?: of)? (?:paid )?(?:pto|holidays?|vacation"
    r"|annual leave|leave|urlaub)"
    r"|\bpto\b|paid time off|paid days off|paid vacation|vacation days|annual leave|holiday"
    r" allowance"
    r"|\b\d{1,2} (?:tage )?urlaub(?:stage)?|urlaubstage|\bholidays?\b(?= plus| \+| and bank)",
    "health_insurance": r"\bhealth(?:care)? (?:insurance|cover(?:age)?|plan|benefits)|medical(?:"
    r" insurance|,| and| &| cover| plan| benefits)"
    r"|private (?:medical|health)(?: insurance| cover| care)?|\bpmi\b|\bbupa\b|\bvitality\b"
    r"|extended health|health benefits|krankenversicherung|\bmedical\b(?=\s*/)",
    "dental": r"\bdental\b",
    "vision": r"\bvision\b(?! (?:and|&) mission| statement| for)|\boptical\b",
    "life_insurance": r"life (?:insurance|assurance|cover)|death in service",
    "disability_insurance": r"disability (?:insurance|cover)|income protection|\bstd/ltd\b"
    r"|\bltd\b(?= insurance)",
    "retirement_plan": r"\b401\(?k\)?|\b403\(?b\)?|\bpension\b|\bsuperannuation\b|\bsuper\b(?!"
    r" ?(?:star|talented|exciting))"
    r"|\bkiwisaver\b|\brrsp\b|\bdpsp\b|retirement (?:plan|savings|match)|betriebliche"
    r" altersvorsorge"
    r"|\bprovident fund\b|\bpf\b(?= ?(?:and|&|,|/))|\bgratuity\b|altersvorsorge",
    "equity": r"\bequity\b|stock options?|stock awards?|\brsus?\b|restricted stock|\besops?\b"
    r"|\bvsop\b|share options?|stock grants?",
    "stock_purchase": r"\bespp\b|employee stock purchase|share(?:save| purchase plan)",
    "bonus": r"(?:annual|performance|yearly|quarterly|target|discretionary|year-end)[- ]bonus"
    r"|bonus scheme"
    r"|\bbonus\b(?= (?:of|up to|potential|plan))|prämie|\d{1,3}\s?% bonus|\bcommission\b|\bote\b",
    "sign_on_bonus": r"sign[- ]?on bonus|signing bonus|joining bonus|golden hello",
    "profit_sharing": r"profit[- ]shar(?:e|ing)",
    "parental_leave": r"(?:parental|maternity|paternity|family|shared parental) leave|elternzeit",
    "four_day_week": r"(?:4|four)[- ]day (?:work ?)?week|32[- ]hour (?:work ?)?week|9/80",
    "flexible_hours": r"flexible (?:hours|working hours|schedule|working)|flexi-?time|gleitzeit"
    r"|flexible start",
    "learning_budget": r"(?:learning|training|education|development|conference|l&d|book)(?: and"
    r" development)? (?:budget|allowance|stipend|fund)"
    r"|tuition (?:reimbursement|assistance)|professional development|cpd (?:support|budget|days)"
    r"|fortbildung|weiterbildung|certifications? (?:paid|covered|reimbursed)|paid certifications?"
    r"|study leave|(?:paid|funded) training|training (?:provided|paid)"
    r"|(?:sqe|lpc|gdl|exam|study|qualification|course|certification) (?:funding|fees (?:paid"
    r"|covered))|funded (?:qualifications?|study|exams?|courses?)",
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
    r"|wellpass|urban sports|classpass|\bjobrad\b|bike lease",
    "mental_health": r"mental health|\beap\b|employee assistance|headspace|\bcalm\b(?= app|"
    r" subscription)|counselling service",
    "hsa_fsa": r"\bhsa\b|\bfsa\b|health (?:savings|spending) account|flexible spending",
    "commuter": r"commuter benefits?|transit (?:pass|benefit|subsidy)|jobticket|deutschlandticket"
    r"|season ticket loan"
    r"|cycle to work|travel allowance|parking|(?:public )?transport (?:ticket|pass|subsidy"
    r"|allowance)|travel ?card",
    "meals": r"free (?:lunch|lunches|meals|food|breakfast|snacks)|catered (?:lunch|meals)|meal"
    r" (?:allowance|vouchers|stipend)"
    r"|essenszuschuss|kantine",
    "childcare": r"child ?care|kita|kinderbetreuung|daycare",
    "company_car": r"company car|car allowance|company vehicle|vehicle (?:provided|allowance)|work"
    r" (?:van|truck|ute)|\bute\b|company (?:van|truck)|fuel card"
    r"|dienstwagen|firmenwagen",
    "overtime_pay": r"\bovertime\b|time and a half|überstunden(?:zuschläge|ausgleich)",
    "shift_allowance": r"shift (?:differential|allowance|premium|penalt(?:y|ies))s?|unsocial hours"
    r"|night shift allowance|night (?:differential|premium)|schichtzulagen?"
    r"|zuschläge",
    "tools_provided": r"tools (?:provided|allowance)|(?:ppe|boots|tools|uniforms?)(?: and \w+)?"
    r" (?:supplied|provided)|tool allowance|ppe provided|uniform(?:s)? provided"
    r"|boot allowance",
    "sabbatical": r"sabbatical",
    "employee_discount": r"(?:staff|employee) discounts?|mitarbeiterrabatte?",
    "insurance_other": r"travel insurance|pet insurance",
    "paid_sick_leave": r"sick (?:pay|leave)|paid sick|lohnfortzahlung",
    "thirteenth_salary": r"13(?:th|\.) (?:month|salary|monatsgehalt)|weihnachtsgeld|urlaubsgeld"
    r"|holiday pay bonus",
}
# Cheap pre-filter: a pattern can only match when one of its keywords is in the lower-cased text.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "unlimited_pto": ("unlimited", "flexible pto", "flexible vacation"),
    "pto": ("day", "pto", "paid time off", "vacation", "annual leave", "holiday", "urlaub"),
    "health_insurance": ("health", "medical", "pmi", "bupa", "vitality", "krankenversicherung"),
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
        "provident",
        "pf",
        "gratuity",
    ),
    "equity": ("equity", "stock", "rsu", "esop", "vsop", "share option"),
    "stock_purchase": ("espp", "stock purchase", "sharesave", "share purchase"),
    "bonus": ("bonus", "commission", "ote", "prämie"),
    "sign_on_bonus": ("sign", "joining bonus", "golden hello"),
    "profit_sharing": ("profit",),
    "parental_leave": ("leave", "elternzeit"),
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
    "meals": ("lunch", "meal", "food", "breakfast", "snack", "essenszuschuss", "kantine"),
    "childcare": ("child", "kita", "kinderbetreuung", "daycare"),
    "company_car": ("car", "vehicle", "van", "truck", "ute", "fuel card", "wagen"),
    "overtime_pay": ("overtime", "time and a half", "überstunden"),
    "shift_allowance": ("shift", "night", "unsocial", "schicht", "zuschläge"),
    "tools_provided": ("tool", "ppe", "uniform", "boot"),
    "sabbatical": ("sabbatical",),
    "employee_discount": ("discount", "rabatt"),
    "insurance_other": ("travel insurance", "pet insurance"),
    "paid_sick_leave": ("sick", "lohnfortzahlung"),
    "thirteenth_salary": ("13", "weihnachtsgeld", "urlaubsgeld", "holiday pay"),
}
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


@dataclass
class BenefitSpan:
    name: str
    detail: str | None
    start: int
    end: int


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
        match = _COMPILED[name].search(low) if same_length else _COMPILED_I[name].search(region)
        if match is None:
            continue
        detail = (
            _detail(region, match, re.compile(_DETAIL_KIND[name], re.I))
            if name in _DETAIL_KIND
            else None
        )
        found[name] = BenefitSpan(name, detail, start + match.start(), start + match.end())
    if "unlimited_pto" in found:
        found.pop("pto", None)
    if (
        "sign_on_bonus" in found
        and "bonus" in found
        and found["bonus"].start >= found["sign_on_bonus"].start
    ):
        found.pop("bonus")
    return sorted(found.values(), key=lambda b: b.start)


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
