"""Benefits named in a message or posting, mapped to one normalised vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sidedoor.intake.textutil import lower_in_place

# name -> pattern. Order matters only for overlapping phrases (first wins a span). Patterns are
# lower case: they run on the lower-cased text. The phrasings are those of many countries
# ("medical aid" in South Africa, "HMO" in the Philippines, "aguinaldo" in Mexico, "Multisport"
# in Poland and Czechia, "ticket restaurant" in France and Spain, "14 salaries" in Austria).
VOCABULARY: dict[str, str] = {
    "unlimited_pto": r"unlimited (?:pto|paid time off|vacation|holiday|leave)|flexible (?:pto"
    r"|vacation)",
    "pto": r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight)\+? (?:(?:working|paid|calendar"
    r"|business) )?(?:days?|weeks?|dagars|dager|dage|tagen?|wochen)(?:'|’)?(?: of)? (?:paid )?"
    r"(?:pto|holidays?"
    r"|vacations?|annual leave|leave|urlaub|time off|off\b|semester|ferie|vakantie)"
    # "27 holiday days", "25 vacation days"
    r"|\b\d{1,2} (?:holiday|vacation|leave|pto) days\b"
    r"|\bpto\b|paid time off|paid days off|paid vacation|vacation days|annual leave|holiday"
    r" allowance|generous (?:holidays?|vacation|time off|leave)"
    r"|\b\d{1,2} (?:tagen? )?urlaub(?:stage)?|urlaubstage|\bholidays?\b(?= plus| \+| and bank)"
    r"|\b\d{1,2} days? (?:plus|\+|and) (?:bank|public) holidays|\bvacaciones\b|congés payés"
    # "27 holidays", "28 paid holidays" (a count of public holidays is smaller)
    r"|\b(?:1[5-9]|[23]\d) (?:paid )?holidays\b"
    r"|\bférias\b",
    # ("Day-1 med/dental/vision": "med" before "dental")
    "health_insurance": r"\bmed(?=\s?/\s?dental)"
    r"|\bhealth[- ]?(?:care )?(?:insurance|cover(?:age)?|plan|benefits"
    r"|scheme)|\bhealth(?:care)?(?=\s?(?:,|and|&|/|\+)\s?(?:dental|vision|optical|life))"
    r"|medical(?: insurance|,| and| &| cover| plan| benefits| aid| scheme)"
    r"|\bmedical\b(?= from| starting| on day| for you and| for the family| for (?:your )?family"
    r"| for self| coverage for)"
    # "hospitalisation and group insurance", "outpatient & hospitalisation medical", "executive
    # medical"
    r"|hospitali[sz]ation (?:and group )?(?:insurance|medical)|\boutpatient\b|executive medical"
    r"|ασφάλισ\w+ υγείας|\bsgmm\b"  # Greek; Mexico's "SGMM" (seguro de gastos médicos mayores)
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
    # ("super" is superannuation, not the adverb: "super relevant", "super keen", "super excited")
    "retirement_plan": r"\b401\(?k\)?|\b403\(?b\)?|\bpension\b|\bsuperannuation\b|\bsuper\b(?!"
    r" ?(?:star|keen|cool|nice|fun|quick|busy|happy|great|good|hard|fast|easy|rare|smart|close"
    r"|high|low|long|fit|important"
    r"|(?!depend|includ|inclus)[a-z]+(?:ly|ed|ing|ful|ive|ant|ent|ous|able|ible|ic|al)\b))"
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
    "four_day_week": r"(?:4|four)[- ]day (?:work ?)?week|32[- ]hour (?:work ?)?week|9/80"
    r"|\b(?:4|four) (?:10|ten)[- ]hour days",
    "flexible_hours": r"flexible (?:hours|working hours|schedule|working|work schedule)"
    r"|flexi[- ]?(?:time|hours"
    r"|timings?)"
    r"|gleitzeit"
    r"|flexible start",
    "learning_budget": r"(?:learning|training|education|development|conferences?|courses?|l&d"
    r"|books?)(?: (?:and|&) (?:development|conferences?|courses?|training|learning|books?"
    r"|education))? (?:budget|allowance|stipend|fund)"
    r"|tuition (?:reimbursement|assistance)|professional development|cpd (?:support|budget|days)"
    r"|fortbildung|weiterbildung|certifications?(?: (?:costs?|fees|exams?))? (?:paid|covered"
    r"|reimbursed)|paid certifications?"
    r"|study leave|(?:paid|funded) training|training (?:provided|paid)"
    r"|(?:sqe|lpc|gdl|exam|study|qualification|course|certification) (?:funding|fees (?:paid"
    r"|covered))|funded (?:qualifications?|study|exams?|courses?)"
    r"|(?:learning|training) and development (?:opportunities|programmes?|programs?|support)",
    "visa_sponsorship": r"visa sponsorship|sponsor(?:ship)?(?: for)? (?:your |work )?visas?|visa"
    r" support|\bh-?1b\b"
    r"|sponsorship (?:is )?available|will sponsor|skilled worker visa|work permit support"
    # "a recognised sponsor with the IND", "we handle your visa", "we support working visa"
    r"|recogni[sz]ed sponsor|(?:handle|arrange|take care of|cover|support|assist with)s? (?:your "
    r"|the |all )?(?:working |work )?visas?\b"
    # "Employment visa for family", "family visa provided" (the Gulf)
    r"|employment visas?\b|(?:family|residence|work) visas? (?:for|provided|sponsored|included)",
    "relocation": r"relocation (?:assistance|support|package|bonus|allowance|help|is provided"
    r"|provided|available|offered|paid)"
    r"|relocation costs|relocation budget|umzugskosten|help (?:you )?relocat"
    r"|(?:support|assist|help|cover|pay for)s? (?:[\w-]+ ){0,4}?relocation\b",
    "remote_stipend": r"(?:home[- ]office|remote|wfh|work from home|equipment|co-?working)(?:"
    r" set[- ]?up)? (?:stipend|allowance|budget)"
    # "a monthly internet & power stipend", "internet allowance"
    r"|internet (?:(?:&|&amp;|and) (?:power|electricity|phone) )?(?:stipend|allowance)"
    r"|stipend for (?:your )?home office|homeoffice-pauschale"
    r"|(?:cover|pay for|reimburse)s? (?:your |the )?home[- ]office (?:set[- ]?up|equipment)",
    "wellness": r"\bgym\b|fitness|wellness days?|wellness (?:stipend|allowance|program|budget)"
    r"|well-?being (?:allowance|budget|stipend|program)"
    r"|wellpass|urban sports|classpass|\bjobrad\b|bike lease|\bmultisport\b|\bsports? (?:card"
    r"|pass|allowance|benefit|subsidy|budget|compensation|reimbursement)"
    r"|sports? and culture (?:allowance|benefit"
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
    r"|scheme|cheques?"
    r"|tickets?)|\b(?:lunch(?:es)?|meals?|breakfast|food) (?:(?:is|are) )?(?:provided|included"
    r"|on us)|tickets? restaurants?|\bvales?[- ](?:de )?(?:refeição|alimentação|despensa|comida)"
    r"|\bbuoni pasto\b"
    r"|\bsodexo\b|\bpluxee\b|essenszuschuss|essensgutscheine?|kantine|maaltijdcheques?"
    r"|\brefeição\b|\bfull board\b|\bmeals? in (?:the )?(?:office )?cafeteria\b",
    "childcare": r"child ?care|kita|kinderbetreuung|daycare",
    "company_car": r"company car|car allowance|company vehicle|vehicle (?:provided|allowance)|work"
    r" (?:van|truck|ute)|\bute\b|company (?:van|truck)|fuel card"
    r"|dienstwagen|firmenwagen|(?:plus|\+) (?:a )?car\b|\bcar (?:provided|scheme)"
    r"|fully[- ]expensed car|official (?:car|vehicle)|\bgas card\b"
    r"|dienstfahrzeug|firmenfahrzeug|dienstauto|firmenauto|bedrijfswagen|voiture de fonction"
    r"|operational car|\bcar \+ fuel\b|maintained vehicle|\bcar with (?:a )?driver\b"
    # Nordic "firmabil", "tjänstebil"
    r"|\bfirmabil\b|\btjänstebil\b",
    "overtime_pay": r"\bovertime\b|time and a half|überstunden(?:zuschläge|ausgleich)",
    "shift_allowance": r"shift (?:differential|allowance|premium|penalt(?:y|ies))s?|unsocial hours"
    r"|night shift allowance|night (?:differential|premium)|schichtzulagen?"
    r"|zuschläge|(?:nacht|wochenend|schicht|bereitschafts|sonntags|feiertags|inkonvenienz)"
    r"(?:\w*|-)(?:\s(?:und|&)\s\w*)?zulagen?\b",
    "tools_provided": r"tools (?:provided|allowance)|(?:ppe|boots|tools|uniforms?|(?:safety|work"
    r"|protective) equipment|workwear)(?: and [\w-]+(?: [\w-]+)?)? (?:supplied|provided)(?! to\b)"
    r"|tool allowance|ppe provided|uniform(?:s)? provided"
    r"|boot allowance",
    "sabbatical": r"sabbatical",
    "employee_discount": r"(?:staff|employee|colleague|team member|associate|partner|store"
    r"|product|in-store|pet care) discounts?|discounts? on (?:our |all )?(?:products"
    r"|merchandise|stores?|brands?|flights|hotel stays)|employee pricing|mitarbeiterrabatte?"
    # "a discount on care for your own pets" (a vet group's), "discounted treatment for you"
    r"|discounts? on (?:care|treatment|services) for your|discounted (?:care|treatment) for you"
    r"|staff travel",
    "insurance_other": r"travel insurance|pet insurance",
    "paid_sick_leave": r"sick (?:pay|leave|days)|paid sick|lohnfortzahlung",
    "thirteenth_salary": r"\b1[3-6](?:th|\.|°|º|ème|e)[- ]?(?:month|salary|salaries|monatsgehalt"
    r"|monatslohn|mois|salário)|\b1[3-6] (?:monthly (?:salaries|payments)|salaries|gehälter"
    r"|monatsgehälter"
    r"|pagas|sueldos|salários)\b(?! (?:to|of|for|in (?:the|our))\b)"
    r"|\b1[3-6][- ]months?(?:'|’)? (?:pay|salary|salaries)\b"
    r"|\b1[3-6] months (?:per|a|each) (?:year|annum)|aguinaldo|tredicesima|quattordicesima"
    # "13de maand", Hong Kong's "double pay", "paid 14x a year", "13薪"
    r"|\b1[3-6]de maand|\bdouble pay\b|\bpaid 1[3-6] ?(?:x|times)\b|1[3-6]薪"
    r"|d[eé]cimo terceiro|vakantiegeld|weihnachtsgeld|urlaubsgeld|holiday pay bonus"
    r"|\b1[3-6]º(?!\w)|dertiende maand",
}

# More phrasings, many from English-language texts of other countries (Indonesia's THR and
# BPJS, Singapore's AWS, Ghana's SSNIT, Poland's Medicover, "commuting allowance", "staff
# transportation", "CE allowance"), each with the keywords that gate it: part of the terms
# above, searched around their own keywords only where the term's first phrasings are not found
# (so that a text pays for them only when it has their words).
_MORE: dict[str, tuple[str, tuple[str, ...]]] = {
    "disability_insurance": (
        # Australia's and the UK's "salary continuance" / "income continuance"
        r"\b(?:salary|income) continuance\b",
        ("continuance",),
    ),
    "tools_provided": (
        # "a MacBook Pro to work on", "company laptop", "laptop provided"
        r"\bmacbook\b|\b(?:company|work) laptop\b|\blaptop (?:provided|included|of your choice)",
        ("macbook", "laptop"),
    ),
    "pto": (
        r"\b(?:holidays?|leave|pto)\s?[:\-–]\s?\d{1,2}\+? (?:working )?days",
        ("holiday", "holidays", "leave", "pto"),
    ),
    "health_insurance": (
        r"\bbpjs(?: kesehatan)?\b|\bmedicover\b|\blux ?med\b|hospitali[sz]ation (?:insurance|cover"
        r"|plan)|\bhealth(?=\s?(?:\+|&|and)\s?pension)"
        # "Regina Maria medical subscription" (Romania's abonament medical), "medical package"
        r"|\b(?:private )?(?:medical|healthcare|health) (?:subscriptions?|packages?)\b"
        r"|abonament medical"
        # Ireland's VHI / Laya / Irish Life Health cover; Pakistan's and India's OPD + IPD
        r"|\bvhi\b|\blaya healthcare\b|irish life health|\b(?:opd|ipd)\b",
        ("bpjs", "medicover", "luxmed", "lux", "hospitalisation", "hospitalization", "pension",
         "subscription", "subscriptions", "package", "packages", "abonament", "vhi", "laya",
         "irish", "opd", "ipd"),
    ),
    "life_insurance": (
        r"group life\b|\blife(?:,| and| &|/)\s?(?:(?:long|short)[- ]term )?(?:disability|ad&d"
        r"|accident)",
        ("life",),
    ),
    "retirement_plan": (
        r"\bafore\b|\bssnit\b|\bprsa\b|\bppk\b|\bjht\b|\bketenagakerjaan\b"
        # Morocco's CIMR (the complementary pension fund)
        r"|\bcimr\b",
        ("afore", "ssnit", "prsa", "ppk", "jht", "ketenagakerjaan", "cimr"),
    ),
    "equity": (
        r"employee stock\b(?! purchase)|\bbspce\b|stock ownership"
        # "long-term incentive share rights", "performance rights" (Australia's LTI in shares)
        r"|\b(?:share|stock|equity|performance) (?:appreciation )?rights\b",
        ("stock", "bspce", "rights"),
    ),
    "bonus": (
        # "sales incentives", "annual performance incentive"
        r"\bsales incentives?\b|\b(?:annual|yearly|quarterly|performance)(?: performance)?"
        r" incentives?\b",
        ("incentive", "incentives"),
    ),
    "profit_sharing": (
        # Peru's and Mexico's utilidades written in English, "a share of the profits"
        r"\b(?:participation|share) (?:in|of) (?:the )?(?:company'?s? )?(?:utilidades|profits)\b"
        r"|profit participation",
        ("utilidades", "profits", "participation"),
    ),
    "learning_budget": (
        # "CE allowance", "certification and training reimbursement", "CPD courses", "English
        # lessons", "Learning and development tailored to your role"
        r"\b(?:ce|cme|cpd|cpe|ceu) (?:budget|allowance|stipend|fund)"
        r"|(?:certification|training|tuition|education|course|exam)s?(?: (?:and|&) (?:certification"
        r"|training|tuition|education|course|exam)s?)? (?:reimbursement|assistance)"
        r"|\bcpd (?:courses?|training)|continuing (?:education|professional development)"
        r"|\b(?:english|language|german|french|spanish|japanese) (?:lessons|classes|courses)"
        # "Learning and development" as a list item, or with what it gives; not a department
        # ("Learning and Development Manager", "support learning and development initiatives")
        r"|(?<! in )(?<! of )\blearning (?:and|&) development(?=\s*(?:[,;.\n)]|$)| (?:budget"
        r"|allowance|stipend|fund|opportunit|programmes?\b|programs?\b|support|tailored|plan\b"
        r"|days?\b|time\b|hours\b|paid|for (?:all|every|you)))"
        r"|\budemy\b|\bcoursera\b|\bpluralsight\b|linkedin learning|o['’]reilly",
        ("ce", "cme", "cpd", "cpe", "ceu", "certification", "certifications", "tuition",
         "reimbursement", "assistance", "continuing", "lessons", "classes", "courses",
         "learning", "udemy", "coursera", "pluralsight", "reilly"),
    ),
    "remote_stipend": (r"internet (?:allowance|stipend|reimbursement|subsidy)", ("internet",)),
    "commuter": (
        # "commuting allowance", "fuel allowance", "conveyance allowance", "transport facility",
        # "staff transportation", "shuttle bus", "public transport reimbursed", "tax-saver travel
        # pass", "travel to and from the vessel paid"
        r"commut\w* (?:allowance|costs?|expenses?|reimbursement|subsid\w+|support)"
        r"|(?:fuel|petrol|mileage|conveyance|transportation|commuting) (?:allowance|reimbursement"
        r"|subsid\w+|stipend)|(?:staff|employee|company|free) (?:transport(?:ation)?|bus(?:es)?"
        r"|shuttles?)\b(?! (?:company|companies|industry|sector|operator|network|planning|policy))"
        r"|shuttle (?:bus|service)|transport(?:ation)? (?:facilit\w+|provided|service)(?! provider)"
        r"|public transport(?:ation)?(?: [\w-]+){0,2}? (?:reimburs\w*|paid|covered|refund\w*)"
        r"|reimburs\w* (?:of |for )?(?:your )?(?:public )?transport|travel pass|tax[- ]saver"
        r"|travel (?:to and from|to/from) (?:the )?(?:vessel|ship|site|rig|work|airport)"
        r"(?: [\w-]+)? (?:paid|covered|reimbursed|provided)"
        r"|(?:paid|free) travel to (?:and from )?(?:the )?(?:vessel|ship|site|rig)"
        # the Netherlands' NS Business Card / OV-chipkaart / reiskostenvergoeding, Switzerland's
        # GA, Germany's BahnCard: a rail pass or travel cost allowance from the employer
        r"|\bns[- ]?business ?card|\bov[- ]?(?:chipkaart|kaart|vergoeding|business ?card)"
        r"|reiskostenvergoeding|generalabonnement|\bga[- ]travelcard|\bbahncard\b",
        ("commute", "commuter", "commuting", "fuel", "petrol", "mileage", "conveyance",
         "transport", "transportation", "shuttle", "shuttles", "bus", "buses", "saver", "travel",
         "ns", "ov", "reiskostenvergoeding", "generalabonnement", "ga", "bahncard"),
    ),
    "meals": (
        r"\b(?:meals?|lunch(?:es)?|food) (?:on|during) (?:duty|shifts?)|\ball meals\b"
        # "company canteen", "on-site cafeteria"; Brazil's VR/VA (vale-refeição, -alimentação)
        r"|(?:company|on-?site|in-?house|employee) (?:canteen|cafeteria)|\bvr\s?/\s?va\b"
        r"|\bva\s?/\s?vr\b|(?<=[+,] )vr(?= [+,]| e va\b)"
        # "meals and accommodation on site" (mines, resorts, ships)
        r"|\bmeals? (?:and|&) (?:accommodation|lodging|housing)\b",
        ("duty", "shift", "shifts", "meals", "canteen", "cafeteria", "vr", "va", "accommodation"),
    ),
    "company_car": (r"\blease ?(?:car|auto)\b|\bcar lease\b|leaseauto", ("lease", "leaseauto")),
    "shift_allowance": (
        r"unsociable hours|irregular hours? (?:allowance|supplement|bonus|pay)"
        r"|on[- ]call (?:allowances?|pay|supplement)|standby (?:allowance|pay)"
        r"|(?:night|weekend|evening) (?:allowance|premium|supplement)s?",
        ("unsociable", "irregular", "call", "standby", "night", "weekend", "evening"),
    ),
    "employee_discount": (
        r"\b(?:staff|employee|colleague)(?: [\w-]+){1,2}? discounts?"
        # "discounts in all the hotels of the group", "discount at our stores for your family"
        r"|\bdiscounts? (?:in|at|across|on) (?:all |any )?(?:of )?(?:the |our |its )?"
        r"(?:group'?s? |company'?s? )?(?:hotels?|stores?|shops?|restaurants?|resorts?|properties"
        r"|brands?|outlets?|gyms?|clinics?)\b",
        ("discount", "discounts"),
    ),
    "thirteenth_salary": (
        # Indonesia's THR, Singapore's and Malaysia's AWS (annual wage supplement)
        r"\bthr\b|tunjangan hari raya|annual wage supplement|thirteenth[- ]month"
        r"|\b(?:1|one|1\.5|2|two)[- ]months?(?:'|’)? aws\b|\baws (?:of )?(?:1|one)[- ]month"
        # "paid over 13 months", "salary in 14 payments"; Italy's "14 mensilità"; Peru's legal
        # gratificaciones (July and December)
        r"|\b(?:paid|spread|split|divided|salary|pay|remuneration|annual) (?:out )?"
        r"(?:over|in(?:to)?|across) (?:1[3-6]|thirteen|fourteen) (?:months|monthly|payments"
        r"|instalments|installments|salaries)\b|\b1[3-6] mensilit[àa]\b"
        # French "versé en 13 mensualités", Portuguese "pagos em 14 meses"
        r"|\b1[3-6] mensualités\b|\bpag[oa]s? em 1[3-6] (?:meses|vezes)\b"
        r"|(?:legal|legales|two|dos) gratificaciones|\bgratificaciones (?:legales|de ley"
        r"|(?:in|en|de) (?:july|julio))",
        ("thr", "tunjangan", "supplement", "thirteenth", "aws", "13", "14", "15", "16",
         "thirteen", "fourteen", "mensilità", "mensilita", "gratificaciones", "mensualités"),
    ),
}  # fmt: skip
# How other languages name the same benefits (Spanish, Portuguese, French, Italian, Dutch,
# Polish, German, Indonesian), with the keywords that gate them: searched like _MORE, but only
# in a text with words of those languages (_FOREIGN), so that English texts pay nothing for them.
_LOCAL: dict[str, tuple[str, tuple[str, ...]]] = {
    "dental": (
        r"\bodontol[óo]gic\w*|\bodonto\b|plano dental|seguro dental",
        ("odontológico", "odontologico", "odontológica", "odontologica", "dental", "odonto"),
    ),
    "remote_stipend": (
        r"(?:stipend|aux[íi]lio|ayuda|bono|subsidio) (?:para |de |por )?(?:el )?"
        r"(?:home[- ]office|teletrabajo)",
        ("teletrabajo", "stipend", "auxílio", "auxilio", "ayuda", "bono", "subsidio"),
    ),
    "pto": (
        r"(?:jours|semaines) de congés|\bcong[ée]s annuels|\bvakantiedagen\b|\bferie\b"
        r"|d[ií]as de (?:vacaciones|f[ée]rias)|\bdni urlopu|\burlop\w*|\bjours? (?:de )?rtt\b"
        r"|\brtt\b(?= \(| days)"
        # "20 jours de vacances", Czech "5 týdnů dovolené"
        r"|jours de vacances|\bdovolen[éáá]\w*",
        ("congés", "conges", "vakantiedagen", "ferie", "vacaciones", "férias", "ferias", "urlop",
         "urlopu", "rtt", "vacances", "dovolené", "dovolená", "dovolenou"),
    ),
    "health_insurance": (
        r"complémentaire santé|assurance santé|zorgverzekering|assicurazione sanitaria"
        # Chile's "seguro complementario de salud"
        r"|seguro (?:complementario )?de salud"
        r"|assistenza sanitaria integrativa|(?:prywatn\w+ )?opiek[aęi] medyczn\w*"
        r"|seguro de gastos m[eé]dicos|asuransi kesehatan|medicina prepagada"
        r"|seguro (?:eps|de salud|m[eé]dico)\b|plan de salud"
        r"|p[oó]liza de (?:salud|gastos m[eé]dicos)",
        ("santé", "zorgverzekering", "sanitaria", "medyczna", "medyczną", "medycznej", "opieka",
         "opiekę", "médicos", "medicos", "asuransi",
         "prepagada", "seguro", "salud", "póliza", "poliza"),
    ),
    "retirement_plan": (
        r"plan de pensiones|previd[eê]ncia privada|fondo (?:de )?pensi[oó]n\w*|fondo pensione"
        r"|retraite (?:complémentaire|supplémentaire)|pensioen\w*|fondo de ahorro|caja de ahorro",
        ("pensiones", "pensión", "fondo", "previdência", "previdencia", "retraite", "pensioen",
         "pensioenregeling", "pensioenfonds", "pensione", "ahorro"),
    ),
    "equity": (
        r"opciones sobre acciones|op[çc][õo]es de a[çc][õo]es|participa[çc][ãa]o acion[áa]ria"
        r"|actions gratuites|\baandelenopties\b|mitarbeiterbeteiligung",
        ("acciones", "ações", "acoes", "acionária", "acionaria", "gratuites", "aandelenopties",
         "mitarbeiterbeteiligung"),
    ),
    "bonus": (
        r"part variable|variable annuelle|bonusregeling|\bbonificaci[oó]n\b|\bgratifica[çc][ãa]o\b"
        r"|\bvariable (?:por objetivos|anual)|retribuci[oó]n variable"
        r"|premio di produzione|\binsentif\b|\bprimes? (?:annuelles?|de (?:performance"
        r"|fin d['’]ann[ée]e|r[ée]sultats?|rendement)|sur objectifs|variables?)",
        ("variable", "bonusregeling", "bonificación", "bonificacion", "gratificação",
         "gratificacao", "premio", "insentif", "prime", "primes"),
    ),
    "profit_sharing": (
        r"(?:participaci[oó]n|reparto) (?:de |en (?:las )?)?utilidades|intéressement"
        r"|participation aux (?:bénéfices|résultats)|gewinnbeteiligung|erfolgsbeteiligung"
        r"|winstdeling",
        ("utilidades", "intéressement", "interessement", "participation", "gewinnbeteiligung",
         "erfolgsbeteiligung", "winstdeling"),
    ),
    "flexible_hours": (
        r"horario flexible|hor[áa]rio flex[íi]vel|horaires? flexibles?|orario flessibile"
        r"|flexibele werktijden|elastyczne godziny",
        ("horario", "horário", "horaire", "horaires", "orario", "flexibele", "elastyczne"),
    ),
    "learning_budget": (
        r"capacitaci[oó]n (?:continua|constante|pagada)|formaci[oó]n (?:continua|pagada|a cargo)"
        r"|forma[çc][ãa]o cont[íi]nua|formation continue|budget formation|opleidingsbudget"
        r"|budżet szkoleniowy|bolsas? de estudios?|aux[íi]lio (?:educa[çc][ãa]o|idiomas?)"
        r"|presupuesto (?:de|para) formaci[oó]n|or[çc]amento (?:de|para) forma[çc][ãa]o"
        r"|budget (?:di|per la) formazione|weiterbildungsbudget",
        ("capacitación", "capacitacion", "formación", "formacion", "formação", "formacao",
         "formation", "opleidingsbudget", "szkoleniowy", "bolsa", "bolsas", "auxílio", "auxilio",
         "presupuesto", "orçamento", "orcamento", "formazione", "weiterbildungsbudget"),
    ),
    "meals": (
        r"ch[eè]ques?[- ](?:repas|d[ée]jeuner)|titres?[- ]restaurant|buoni pasto|maaltijdcheques"
        r"|\bbony? (?:obiadowe|żywieniowe)|uang makan|tunjangan makan|comedor (?:de empresa"
        r"|subsidiado)|servicio de comedor|\bvale[- ]comida"
        # "comida en el hotel", Colombia's "auxilio de alimentación", Brazil's "auxílio-alimentação"
        r"|\bcomida (?:en|incluida|gratis|gratuita)\b|aux[íi]lio[- ](?:de )?alimenta[çc][ãa]o"
        r"|(?:auxilio|subsidio) de alimentaci[oó]n"
        # "Alimentación en turno", Brazil's "refeitório no local", Czech "stravenky"
        r"|\balimentaci[oó]n (?:en|incluida)\b|\brefeit[óo]rio\b|\bstravenk\w*",
        ("chèque", "chèques", "cheque", "cheques", "titre", "titres", "buoni", "maaltijdcheques",
         "bon", "bony", "makan", "comedor", "vale", "comida", "auxilio", "auxílio", "subsidio",
         "alimentación", "alimentacion", "refeitório", "refeitorio", "stravenky", "stravenka"),
    ),
    "childcare": (
        r"guarder[íi]a|\bcreche\b|\bcrèche\b|aux[íi]lio[- ]creche",
        ("guardería", "guarderia", "creche", "crèche"),
    ),
    "company_car": (
        r"coche de empresa|veh[íi]culo de empresa|carro da empresa|voiture de fonction"
        r"|v[ée]hicule de service|auto aziendale|auto van de zaak|samoch[óo]d służbowy"
        r"|mobil dinas|kendaraan dinas|autom[óo]vil asignado|(?:auto|veh[íi]culo) asignado",
        ("coche", "vehículo", "vehiculo", "carro", "voiture", "véhicule", "vehicule", "auto",
         "samochód", "samochod", "mobil", "kendaraan", "automóvil", "automovil"),
    ),
    "overtime_pay": (
        r"horas extras? (?:pagadas|remuneradas|pagas)|heures suppl[ée]mentaires|straordinari"
        r"|uang lembur|\blembur\b",
        ("horas", "heures", "straordinari", "lembur"),
    ),
    "shift_allowance": (
        r"recargo nocturno|adicional noturno|prime de nuit|prima (?:de turno|nocturna)"
        r"|ploegentoeslag|onregelmatigheidstoeslag|\bort[- ]toeslag",
        ("recargo", "noturno", "nuit", "turno", "nocturna", "ploegentoeslag",
         "onregelmatigheidstoeslag", "toeslag", "ort"),
    ),
    "employee_discount": (
        r"descuentos? (?:para empleados|de empleados?|en (?:productos|tiendas))"
        r"|\bdescuentos? en (?:tod[oa]s? )?(?:la |el |las |los |nuestr[oa]s? )?(?:cadena|grupo"
        r"|hoteles|tiendas|marcas)\b"
        r"|descontos? (?:em produtos|para colaboradores)|remise (?:du )?personnel"
        r"|personeelskorting|sconto dipendenti|diskon karyawan",
        ("descuento", "descuentos", "desconto", "descontos", "remise", "personeelskorting",
         "sconto", "diskon"),
    ),
    "life_insurance": (
        r"seguro de vida|assurance[- ]vie|lebensversicherung|levensverzekering"
        r"|assicurazione (?:sulla )?vita|ubezpieczenie na życie|asuransi jiwa",
        ("vida", "vie", "lebensversicherung", "levensverzekering", "vita", "ubezpieczenie",
         "jiwa"),
    ),
    "thirteenth_salary": (
        r"prima de servicios|d[eé]cimo (?:tercer|cuarto)(?:o)? (?:sueldo|salario)"
        r"|treizième mois|pécule de vacances|double pécule"
        # "versés sur 13 mois", "en 14 pagas"
        r"|\b(?:vers[ée]s|pay[ée]s|r[ée]partis?|sur) (?:sur )?1[3-6] mois\b|\b1[3-6] pagas\b",
        ("prima", "décimo", "decimo", "treizième", "pécule", "mois", "pagas"),
    ),
    "sign_on_bonus": (
        r"bono de (?:contrataci[oó]n|bienvenida|incorporaci[oó]n)|prime de bienvenue"
        r"|welkomstbonus|b[ôo]nus de contrata[çc][ãa]o",
        ("bono", "bienvenue", "welkomstbonus", "bônus", "contratação", "contratacao"),
    ),
}  # fmt: skip
# Round 8: more phrasings, added to the terms' further phrasings above (English ones to _MORE,
# those of other languages to _LOCAL), each with the keywords that gate it.
_MORE_R8: dict[str, tuple[str, tuple[str, ...]]] = {
    "bonus": (r"\bmonthly incentives?\b|\bvariable part\b", ("incentive", "incentives", "part")),
    "learning_budget": (
        # "we cover tuition for a master's", "reimbursement for certifications", "€2,000 a year
        # towards professional qualifications", "fully funded IRSE licences and training"
        r"\b(?:cover|covers|pay|pays|fund|funds|reimburse|reimburses)(?: for)? (?:your )?"
        r"tuition\b|\breimbursement (?:for|of) (?:your )?(?:certifications?|courses?|training"
        r"|tuition|exams?)\b|\btowards (?:your )?(?:professional )?(?:qualifications?"
        r"|certifications?|courses?|training|studies|study)\b|\bfully[- ]funded (?:[\w&/-]+ )"
        r"{0,4}?(?:training|courses?|qualifications?|certifications?|licen[cs]es?|diploma|degree"
        r"|mba|masters?|level \d|exams?|apprenticeship)\b",
        ("tuition", "reimbursement", "towards", "funded"),
    ),
    # Finland's "occupational healthcare" (työterveyshuolto)
    "health_insurance": (
        r"\boccupational health ?care\b|\boccupational health (?:services|insurance)\b",
        ("occupational",),
    ),
    # Denmark's "a 6th holiday week", "Annual paid leave 20 days"
    "pto": (
        r"\b\d(?:st|nd|rd|th) (?:holiday|vacation) week\b|\b(?:annual )?paid leave\b",
        ("holiday", "vacation", "paid"),
    ),
    # Paris's Navigo pass; "staff accommodation, transport" (the Gulf, hotels, sites)
    "commuter": (
        r"\bnavigo\b|\b(?:accommodation|housing),? (?:and |& )?transport(?:ation)?\b",
        ("navigo", "accommodation", "housing"),
    ),
    # "the bank sponsors Employment Passes" (Singapore), "we provide employment visa"
    "visa_sponsorship": (
        r"\bsponsors? (?:your |the |an? )?(?:employment|work|residence) (?:pass(?:es)?|permits?"
        r"|visas?)\b|\b(?:provide|provides|offer|offers|arrange|arranges) (?:an? |your |the )?"
        r"(?:employment|work(?:ing)?|residence) visas?\b",
        ("sponsor", "sponsors", "visa", "visas"),
    ),
    # "50% off F&B", "discounted room rates", "discount on the collections"
    "employee_discount": (
        r"\b\d{1,3}\s?% off (?:[\w&]+ ){0,3}?(?:care|products?|f&b|food|drinks|merchandise"
        r"|stays|rooms?|services|treatments?|purchases|collections?|dining)\b|\bdiscounted"
        r" (?:room rates|rooms|stays|hotel stays|products|merchandise|travel|flights|tickets"
        r"|meals|f&b)\b|\bdiscounts? on (?:the |our |all )?collections?\b",
        ("off", "discounted", "discount", "discounts"),
    ),
    "shift_allowance": (r"\bshift diffs?\b", ("diff", "diffs")),
    # "a guaranteed 14 months of base salary", "S$9,000/month + AWS", "paid 13 times a year"
    "thirteenth_salary": (
        r"\b1[3-6] months (?:of )?(?:base )?(?:salary|pay)\b|(?:/month|per month|/mth|monthly"
        r"|base)\s?\+\s?aws\b|\b(?:paid|payable) 1[3-6] times (?:a|per) year\b",
        ("months", "aws", "times"),
    ),
    "company_car": (
        r"\bcompany[- ](?:maintained|provided|leased) (?:car|vehicle)\b",
        ("maintained", "provided", "leased"),
    ),
}
# Russian and Ukrainian phrasings (merged into `_LOCAL` below): "ДМС" (voluntary health insurance),
# "трёхразовое питание", "13-я зарплата", "годовой бонус", "компенсация расходов на переезд"
_CYRILLIC: dict[str, tuple[str, tuple[str, ...]]] = {
    "health_insurance": (
        r"\bдмс\b|\bмедичн\w* страхуванн\w*|\bмедицинск\w* страховк\w*",
        ("дмс", "медичне", "медичного", "медицинская", "медицинской"),
    ),
    "meals": (
        r"\bпитани[еяюм]\w*|\bхарчуванн\w*",
        ("питание", "питания", "питанием", "харчування"),
    ),
    "thirteenth_salary": (
        r"\b13-?(?:я|а|ю|ї) (?:зарплат\w*|заробітн\w*)|\bтринадцат\w* зарплат\w*",
        ("13", "тринадцатая"),
    ),
    "bonus": (
        r"\bпреми(?:я|и|ю|ей|й|ями)\b|\bпремі(?:я|ї|ю)\b|\bбонус(?:ы|ов|а|ом|и)?\b",
        ("премия", "премии", "премию", "премией", "премий", "премиями", "премія", "премії",
         "бонус", "бонусы", "бонусов", "бонуса", "бонусом", "бонуси"),
    ),
    "relocation": (
        r"\bрелокаци\w*|\bрелокаці\w*|\bпереезд\w*|\bпереїзд\w*",
        ("релокация", "релокации", "релокацию", "релокація", "переезд", "переезда", "переезду",
         "переезде", "переїзд"),
    ),
    "pto": (r"\bотпуск\w*|\bвідпустк\w*", ("отпуск", "отпуска", "відпустка", "відпустки")),
    "shift_allowance": (
        r"\bдоплат\w* за (?:сменн\w*|ночн\w*|вахт\w*|работу в ночн\w*)",
        ("доплата", "доплаты", "доплатой", "доплату"),
    ),
}
# Norwegian, Danish and Swedish (round 25): "pensjon i KLP", "Ubekvemstillegg for kveld, natt
# og helg", "OB-tillägg", "behandlingsforsikring"; Turkish: "özel sağlık sigortası", "yemek
# kartı", "şirket servisi", "BES" (the private pension), "vardiya primi", "performans primi"
_NORDIC_TURKISH: dict[str, tuple[str, tuple[str, ...]]] = {
    "retirement_plan": (
        r"\b(?:pensjon|tjenestepensjon|pensionsordning|klp|spk)\b|\bmedlemskap i klp\b"
        r"|\bbes\b|\bbireysel emeklilik\w*",
        ("pensjon", "tjenestepensjon", "pensionsordning", "klp", "spk", "bes", "bireysel"),
    ),
    "shift_allowance": (
        r"\b(?:ubekvems?|kvelds?|natt|helge?|ulempe)(?:tillegg|tillæg)\w*"
        r"|\btillegg for (?:kveld|natt|helg)|\bob-(?:tillägg|ersättning)\b"
        r"|\bvardiya (?:primi|zammı|ücreti)\b",
        ("ubekvemstillegg", "ubekvemtillegg", "kveldstillegg", "nattillegg", "helgetillegg",
         "helgtillegg", "ulempetillæg", "tillegg", "ob", "vardiya"),
    ),
    "health_insurance": (
        r"\b(?:behandlings|helse|sundheds)forsikring\b|\bsjukvårdsförsäkring\b"
        r"|\b(?:özel |tamamlayıcı )?sağlık sigortası\b",
        ("behandlingsforsikring", "helseforsikring", "sundhedsforsikring",
         "sjukvårdsförsäkring", "sağlık"),
    ),
    "meals": (
        r"\byemek (?:kartı|kartları|desteği|yardımı)|\böğle yemeği\b|\btabldot\b"
        r"|\byemekhane\b|\bmultinet\b",
        ("yemek", "yemeği", "tabldot", "yemekhane", "multinet"),
    ),
    "commuter": (
        r"\b(?:şirket|personel|ulaşım) servisi\b|\bservis (?:imkanı|imkânı|hizmeti|var\b)"
        r"|(?:^|[,:•–-][ \t]*)servis(?=[ \t]*[,.;]|[ \t]+ve\b)|\bulaşım (?:desteği|yardımı)\b"
        # "servis, öğle yemeği ve özel sağlık sigortası": listed with the other perks
        r"|\bservis(?=,[^.\n]{0,60}(?:yemek|sigorta))",
        ("servisi", "servis", "ulaşım"),
    ),
    "bonus": (
        r"\b(?:performans|satış|yıllık) primi\b|\bprim sistemi\b|\bikramiye\w*",
        ("primi", "prim", "ikramiye", "ikramiyeler"),
    ),
    "employee_discount": (
        r"\b(?:personel|çalışan) indirimi\b|\bürünlerinde %\s?\d{1,2} indirim\b",
        ("indirimi", "indirim"),
    ),
    "overtime_pay": (r"\bfazla mesai (?:ücreti|ödemesi|ödenir)", ("mesai",)),
    "learning_budget": (r"\beğitim (?:bütçesi|desteği)\b", ("eğitim",)),
}
_LOCAL_R8: dict[str, tuple[str, tuple[str, ...]]] = {
    "meals": (r"\btickets?[- ]resto\b", ("resto",)),
    # "12 RTT", "12 days of RTT", "5 semaines de vacances"
    "pto": (
        r"\b\d{1,2} rtt\b|\bdays? of rtt\b|\bsemaines? de (?:vacances|congés)\b",
        ("rtt", "semaines", "semaine"),
    ),
    # Spain's "plus de nocturnidad", Poland's "dodatek zmianowy"
    "shift_allowance": (
        r"\b(?:plus de )?nocturnidad\b|plus de turnicidad|\bdodat(?:ek|ki) (?:za pracę )?"
        r"(?:zmianow\w*|nocn\w*)",
        ("nocturnidad", "turnicidad", "dodatek", "dodatki"),
    ),
    # Poland's "13. pensja", Switzerland's "versé 13 fois par an"
    "thirteenth_salary": (
        r"\b1[3-6]\.? pensj\w*|trzynast\w+ pensj\w*|\bvers[ée]e?s? 1[3-6] fois\b"
        r"|\b1[3-6] fois par an\b",
        ("pensję", "pensja", "pensji", "pensje", "fois"),
    ),
    "company_car": (r"\bve[íi]culo da empresa\b", ("veículo", "veiculo")),
    "health_insurance": (r"\bassurance maladie\b", ("maladie",)),
    "employee_discount": (
        r"\b(?:tiquetes|tickets|boletos|pasajes|billetes|vuelos|viajes) con descuento\b"
        r"|\bcon descuento para (?:ti|empleados|colaboradores)\b",
        ("descuento",),
    ),
    # "te bancamos el curso o la conferencia que quieras"
    "learning_budget": (
        r"\b(?:te )?(?:pagamos|bancamos|cubrimos|financiamos) (?:el |los |tus |un |una )?"
        r"(?:cursos?|formaci[oó]n|capacitaci[oó]n|certificaci[oó]n|conferencias?)\b",
        ("pagamos", "bancamos", "cubrimos", "financiamos"),
    ),
}
# Round 8, wave 2: more phrasings, merged the same way.
_MORE_R8B: dict[str, tuple[str, tuple[str, ...]]] = {
    # "OT paid at 1.5x", "OT at double time", "out-of-hours rota … paid on top of salary"
    "overtime_pay": (
        r"\bdouble[- ]time\b|\bot (?:is )?(?:paid )?(?:at|@) (?:\d(?:\.\d+)?\s?x|double|time)"
        r"|\bout[- ]of[- ]hours\b[^.\n]{0,60}?\bpaid (?:on top|extra|separately|in addition)",
        ("double", "ot", "hours"),
    ),
    # "the agency supplies all the tools", "home reporting workstation provided"
    "tools_provided": (
        r"\b(?:supplies|supply|provides|provide|furnishes|furnish) (?:all )?(?:the |your )?"
        r"(?:tools|ppe|workwear|uniforms?)\b(?! to\b)|\bworkstations? (?:is |are )?provided\b",
        ("supplies", "supply", "provides", "provide", "furnishes", "furnish", "workstation",
         "workstations"),
    ),
    # India's "cab facility" / "pick-up and drop"; FIFO "flights to and from Perth covered"
    "commuter": (
        r"\bcab (?:facility|service|pick-?up|drop)\w*|\bpick-?up (?:and|&) drop\b"
        r"|\bflights? (?:to and from|to/from|from|to) (?:[\w-]+ ){1,3}?(?:covered|paid|provided"
        r"|included)\b|\b(?:paid|free|return) flights (?:to|from|in and out)\b",
        ("cab", "pick", "pickup", "flights", "flight"),
    ),
    # "Lunch + dinner catered daily", "3 meals daily in staff restaurant", Swiss
    # "Verpflegung im Personalrestaurant"
    "meals": (
        r"\b(?:breakfast|lunch|dinner)(?: (?:\+|and|&) (?:breakfast|lunch|dinner))* (?:is |are )?"
        r"catered\b|\bcatered (?:breakfast|lunch|dinner)|\b(?:\d|two|three) meals (?:daily|a day"
        r"|per day|per shift|on shift)\b|\bstaff restaurant\b|\b(?:personal|mitarbeiter"
        r"|betriebs)restaurant\b|\bverpflegung\b",
        ("catered", "meals", "restaurant", "personalrestaurant", "mitarbeiterrestaurant",
         "betriebsrestaurant", "verpflegung"),
    ),
    "wellness": (r"\bgympass\b|\bwellhub\b|\btotalpass\b", ("gympass", "wellhub", "totalpass")),
    # "we cover psychologist sessions", "Employee and Family Assistance Program", "EFAP"
    "mental_health": (
        r"\bpsycholog\w* (?:sessions?|support|consultations?|therapy|care)\b|\btherapy (?:sessions?"
        r"|budget|stipend|allowance)\b|\bemployee (?:and|&) family assistance\b|\befap\b"
        r"|\bconfidential counsel+ing\b",
        ("psychologist", "psychological", "psychology", "therapy", "family", "efap",
         "counselling", "counseling"),
    ),
    # "Japanese language lesson support", "an English class each week"
    "learning_budget": (
        r"\b(?:english|language|german|french|spanish|japanese|chinese|mandarin|dutch)"
        r"(?: language)? (?:lesson|class|course)(?: support| paid| covered)?\b(?! (?:planning"
        r"|design|materials?))",
        ("lesson", "class", "course"),
    ),
    # "your birthday off", "paid Christmas shutdown"
    "pto": (
        r"\b(?:your )?birthday (?:off|leave)\b|\bday off (?:on|for) your birthday\b|\bpaid"
        r" (?:winter|summer|christmas|year-end|end-of-year|holiday) (?:break|shutdown|closure)\b",
        ("birthday", "paid"),
    ),
    # Australia's "penalty rates" for nights and weekends
    "shift_allowance": (r"\bpenal(?:ty)? rates?\b", ("penal", "penalty")),
    # Singapore's "AWS + variable bonus"; Vietnam's "thưởng tháng 13" / "lương tháng 13"
    "thirteenth_salary": (
        r"\baws\s?(?:\+|and|&)\s?(?:variable |performance |annual |year-end )?bonus\b"
        r"(?! points)|\bbonus\s?(?:\+|and|&)\s?aws\b"
        r"|(?:thưởng|lương) tháng (?:thứ )?13\b",
        ("aws", "tháng"),
    ),
    # Vietnamese "bảo hiểm sức khỏe" (health insurance), not "bảo hiểm xã hội" (social)
    "health_insurance": (r"bảo hiểm (?:sức khỏe|sức khoẻ|y tế)", ("hiểm",)),
    # "+ variable up to 10%", French "+ variable jusqu'à 10 %"
    "bonus": (
        r"(?:\+|\bplus) (?:an? |une? )?(?:part )?variable\b(?! (?:hours|schedule|shifts?))"
        r"|\bvariable (?:up to|of|jusqu['’]à|hasta|até|fino al?|bis zu) \d",
        ("variable",),
    ),
}  # fmt: skip
_LOCAL_R8B: dict[str, tuple[str, tuple[str, ...]]] = {
    # French "remise de 30 % sur nos créations", "15 % de remise sur vos achats"
    "employee_discount": (
        r"\bremise (?:de )?(?:\d{1,2}\s?% )?(?:sur|on) (?:vos|les|nos|tous|toutes|l['’]ensemble)\b"
        r"|\b\d{1,2}\s?% de remise\b",
        ("remise",),
    ),
    # Polish "premia kwartalna", "premię roczną"
    "bonus": (
        r"\bpremi(?:a|ę|i|e|ą|owa|owy|owe)\b",
        ("premia", "premię", "premii", "premie", "premią", "premiowa", "premiowy", "premiowe"),
    ),
    # Brazil's vale-transporte "VR + VT", Mexico's "transporte de personal", Poland's
    # "dofinansowanie dojazdu do pracy"
    "commuter": (
        r"\bvale[- ]transporte\b|(?:\+|,|\be) vt\b|\bvt\s?(?:\+|,|/|e\b)"
        r"|\btransporte (?:de personal|para (?:el )?personal|de (?:la )?empresa|incluido"
        r"|gratuito)\b|\bdofinansowani\w* (?:do )?dojazd\w*|\bdopłat\w* do dojazd\w*"
        r"|\bzwrot kosztów dojazdu",
        ("vale", "vt", "transporte", "dofinansowanie", "dofinansowania", "dopłata", "dopłaty",
         "zwrot"),
    ),
    # Brazil's "VR de R$ 850/mês"
    "meals": (r"\bvr (?:de |no valor de )?r\$|\bva (?:de )?r\$", ("vr", "va")),
    # "Cursos de idiomas pagados por la empresa", Colombia's "auxilio de educación"
    "learning_budget": (
        r"\bcursos? de (?:idiomas?|ingl[eé]s|l[ií]nguas?)\b|\bclases de (?:idiomas?|ingl[eé]s)\b"
        r"|\baux[ií]lio (?:de )?educaci[oó]n\b",
        ("cursos", "curso", "clases", "auxilio", "auxílio"),
    ),
    # "Día libre en tu cumpleaños", "semana de receso pagada"
    "pto": (
        r"\bd[ií]a libre (?:en|por|el d[ií]a de) (?:tu|su) cumplea[ñn]os\b|\bsemana de receso"
        r" pagada\b|\breceso pagado\b",
        ("libre", "receso"),
    ),
    # Polish "dodatek za pracę w nocy"
    "shift_allowance": (
        r"\bdodat(?:ek|ki) za pracę w (?:nocy|porze nocnej|godzinach nocnych)",
        ("dodatek", "dodatki"),
    ),
}  # fmt: skip
# Round 8, wave 3
_MORE_R8C: dict[str, tuple[str, tuple[str, ...]]] = {
    # "15% STI" (Australia's short-term incentive), "+ incentives" (India's field sales),
    # "annual variable", "quarterly variable pay"
    "bonus": (
        r"\d\s?%\s?sti\b|\bsti (?:of|up to|target|bonus)\b|(?:\+|\bplus) ?sti\b"
        r"|(?:\+|\bplus|\band|&) (?:attractive |monthly |quarterly |performance |sales )?"
        r"incentives?\b|\b(?:annual|yearly|quarterly|monthly|performance) variable\b",
        ("sti", "incentive", "incentives", "variable"),
    ),
    # "Full social insurance (health, pension)"
    "health_insurance": (
        r"\bsocial insurance \((?:health|medical)\b|\bhealth(?=,\s?pension)",
        ("social", "pension"),
    ),
    # India's "group medical, and PF" (the provident fund ending a list)
    "retirement_plan": (r"(?:\band|[,&+]) pf\b", ("pf",)),
    # India's "TA/DA" (travel and daily allowance)
    "commuter": (r"\bta\s?/\s?da\b", ("ta",)),
    # "€1,500/yr for conferences & courses", "$2k a year towards books and courses"
    "learning_budget": (
        r"(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*k?\s?(?:€|eur|usd|gbp))(?:\s?/\s?(?:yr|year|y)| (?:a|per)"
        r" (?:year|yr|annum))? (?:for|on|towards) (?:your )?(?:conferences?|courses?|training"
        r"|learning|books?|certifications?)\b",
        ("conferences", "conference", "courses", "course", "training", "learning", "books",
         "book", "certifications", "certification"),
    ),
    # "$1,000 to set up your home office", Dutch "thuiswerkvergoeding"
    "remote_stipend": (
        r"\b(?:to|for) (?:set(?:ting)? ?up|equip(?:ping)?|kit(?:ting)? out) (?:your |a )?"
        r"(?:home[- ]office|home workspace|workspace at home)\b|\bthuiswerkvergoeding\b",
        ("home", "thuiswerkvergoeding"),
    ),
}  # fmt: skip
_LOCAL_R8C: dict[str, tuple[str, tuple[str, ...]]] = {
    # French "repas pris sur place", "repas offerts"
    "meals": (
        r"\brepas (?:pris sur place|sur place|fournis|offerts?|inclus|pris en charge|gratuits?)\b",
        ("repas",),
    ),
    # Québec's "assurances collectives", "régime de retraite"
    "health_insurance": (r"\bassurances? collectives?\b", ("assurances", "assurance")),
    "retirement_plan": (
        r"\br[ée]gime (?:compl[ée]mentaire )?de retraite\b|\br[ée]gime de pension\b",
        ("retraite", "régime", "regime"),
    ),
    # Mexico's "auto utilitario"
    "company_car": (
        r"\b(?:auto|autom[óo]vil|veh[íi]culo|carro|coche|camioneta) utilitari[oa]\b",
        ("auto", "automóvil", "automovil", "vehículo", "vehiculo", "carro", "coche",
         "camioneta"),
    ),
    # Colombia's "ruta de transporte", "auxilio de transporte"
    "commuter": (
        r"\bruta (?:de )?(?:transporte|bus)\b|\b(?:auxilio|subsidio|ayuda) de transporte\b",
        ("ruta", "auxilio", "subsidio", "ayuda"),
    ),
}  # fmt: skip
# Round 9, wave 2
_MORE_R9: dict[str, tuple[str, tuple[str, ...]]] = {
    # "medical + dental coverage", "transport provided + medical" (a list's last item)
    "health_insurance": (
        r"\bmedical\b(?=[^\w\n]{1,6}dental)|(?<=\+ )medical\b(?=\s*(?:$|\n|[,.+!]|and\b))",
        ("medical",),
    ),
    # "SGD 9,000 – 12,500 / month + AWS"
    "thirteenth_salary": (
        r"/ (?:month|mth)\s?\+\s?aws\b|\b1[3-6]e maand\b|\b1[3-6] ?x (?:jährlich|pro jahr"
        r"|im jahr)\b",
        ("aws", "maand", "jährlich", "jahr"),
    ),
    # "special staff rates at all our properties", "50% discount on veterinary care", "40% off
    # our titles"
    "employee_discount": (
        r"\b(?:special |preferential |discounted )?(?:staff|employee|team member) rates\b"
        r"|\b\d{1,2}\s?% (?:staff |employee )?discounts? (?:on|at|across|for)\b"
        r"|\b\d{1,2}\s?% off (?:all |our |your |the )?(?:[\w&-]+ )?(?:titles|books|products"
        r"|services|plans?|orders|fares|flights|tickets|collections?)\b",
        ("rates", "discount", "discounts", "off"),
    ),
    # "tuition waiver for university courses", "funding and protected time to complete your
    # qualification", "we reimburse exam fees", "they also cover exam fees and study time",
    # "book and seminar purchase support", "$2,500 annual PD budget"
    "learning_budget": (
        r"\btuition (?:waivers?|remission|support|benefits?)\b"
        r"|\bfunding (?:and [\w ]{0,25}?)?(?:to|for) (?:complete |gain |obtain |study )?"
        r"(?:your |a |an |the )?(?:[\w-]+ ){0,3}?(?:qualifications?|courses?|degrees?"
        r"|certifications?|training|studies)\b"
        r"|\b(?:cover|covers|pay|pays|reimburse|reimburses|fund|funds)(?: for)? (?:your |all )?"
        r"(?:exam|course|certification|tuition|study|training) (?:fees|costs)\b"
        r"|\b(?:books?|seminars?|conferences?)(?: (?:and|&) (?:books?|seminars?|conferences?))?"
        r" (?:purchase )?support\b|\bpd (?:budget|allowance|fund|stipend)\b",
        ("tuition", "funding", "cover", "covers", "pay", "pays", "reimburse", "reimburses",
         "fund", "funds", "support", "pd"),
    ),
    # "15 vacation leaves + 10 sick leaves" (the Philippines)
    "pto": (
        r"\b\d{1,2} (?:paid )?(?:vacation|annual) leaves\b"
        r"|\b(?:vier|fünf|sechs|sieben) wochen (?:bezahlte[rn]? )?(?:ferien|urlaub)\b",
        ("leaves", "wochen"),
    ),
    # "cycle-to-work scheme", Berlin's "BVG ticket", Austria's "Klimaticket"
    "commuter": (
        r"\bcycle-to-work\b|\b(?:bvg|mvv|hvv|vbb|vrr|rmv|vvs|öpnv|oepnv)[- ]?(?:ticket|pass)\b"
        r"|\bklimaticket\b",
        ("cycle", "bvg", "mvv", "hvv", "vbb", "vrr", "rmv", "vvs", "öpnv", "oepnv",
         "klimaticket"),
    ),
    # "free coffee & lunch", "a lunch arrangement"
    "meals": (
        r"\bfree (?:[\w-]+ (?:&|and) )(?:lunch(?:es)?|meals?|breakfasts?|snacks)\b"
        r"|\blunch (?:arrangement|scheme|programme|program)\b|\bfrokostordning\b",
        ("free", "arrangement", "scheme", "programme", "program", "frokostordning"),
    ),
    # "Attractive incentives on achievement of targets"
    "bonus": (r"\b(?:attractive|lucrative|handsome|uncapped) incentives?\b", ("incentive",
              "incentives")),
    # German and Dutch words that no English text has (so searched like English ones): the
    # public sector's "Zusatzversorgung", Switzerland's "fünf Wochen Ferien", "13e maand",
    # Austria's "(14x jährlich)"
    "retirement_plan": (
        r"\bzusatzversorgung\b|\baltersversorgung\b",
        ("zusatzversorgung", "altersversorgung"),
    ),
    # Malaysia's ESOS (employee share option scheme)
    "equity": (
        r"\b(?:our|the|an|company|eligible for) esos\b|\besos (?:scheme|plan|grants?)\b",
        ("esos",),
    ),
    # "Company supplies all power tools and PPE", "we send you the laptop"
    "tools_provided": (
        r"\b(?:supplies|supply|provides|provide) (?:all )?(?:the |your )?(?:[\w-]+ )?(?:tools"
        r"|ppe)\b(?! to\b)",
        ("supplies", "supply", "provides", "provide"),
    ),
}  # fmt: skip
_LOCAL_R9: dict[str, tuple[str, tuple[str, ...]]] = {
    # Mexico's PTU (profit sharing)
    "profit_sharing": (r"\bptu\b", ("ptu",)),
    # Belgium's "assurance groupe" (the employer's pension insurance)
    "retirement_plan": (r"\bassurance groupe\b", ("groupe",)),
    # Spanish "un variable de hasta el 20 %", Italian "premio di risultato", Vietnamese "thưởng"
    "bonus": (
        r"\bvariable de hasta\b|\bpremio di risultato\b|\bthưởng\b(?! tháng 13)",
        ("variable", "premio", "thưởng"),
    ),
    # "pagos 14 vezes por ano", Vietnamese "tháng lương 13"
    "thirteenth_salary": (
        r"\b1[3-6] (?:vezes|veces) (?:por|al|ao) (?:ano|año)\b|tháng lương (?:thứ )?13\b",
        ("vezes", "veces", "tháng"),
    ),
    # Portuguese "seguro de saúde", French "assurance hospitalisation", Argentina's "prepaga"
    "health_insurance": (
        r"\bseguro de sa[úu]de\b|\bassurance hospitalisation\b|\bprepaga\b",
        ("seguro", "hospitalisation", "prepaga"),
    ),
    # Portuguese "subsídio de alimentação", Spanish "alimentos en comedor", "alimentación en el
    # hotel"
    "meals": (
        r"\bsubs[íi]dio de alimenta[çc][ãa]o\b|\balimentos en (?:el )?comedor\b"
        r"|\balimentaci[óo]n en (?:el |la )?(?:hotel|planta|empresa|oficina|restaurante)\b",
        ("subsídio", "subsidio", "alimentos", "alimentación", "alimentacion"),
    ),
    # French "voiture de société"
    "company_car": (r"\bvoiture de soci[ée]t[ée]\b", ("voiture",)),
    # "Presupuesto anual para cursos", Italian "corsi di formazione … a carico", "corsi di
    # aggiornamento … pagati"
    "learning_budget": (
        r"\bpresupuesto (?:anual )?(?:para|de) (?:cursos|capacitaci[oó]n|certificaciones"
        r"|formaci[oó]n)\b|\bcorsi (?:di )?(?:formazione|aggiornamento)\b[^.\n]{0,60}?"
        r"\b(?:a carico|pagat[io]|rimborsat[io]|finanziat[io])\b",
        ("presupuesto", "corsi"),
    ),
    # Spanish "te enviamos el portátil", "notebook provista"
    "tools_provided": (
        r"\b(?:te |le )?(?:enviamos|damos|entregamos|proporcionamos) (?:el |un |una )?"
        r"(?:port[áa]til|laptop|notebook|computador(?:a)?|equipo)\b|\bnotebook provist[oa]\b",
        ("enviamos", "damos", "entregamos", "proporcionamos", "notebook"),
    ),
    # Spanish "tarifas especiales en todos nuestros hoteles", "boletos de avión con descuento",
    # French "remise collaborateur"
    "employee_discount": (
        r"\btarifas (?:especiales|preferenciales) (?:en|para)\b"
        r"|\b(?:boletos|billetes|pasajes) de avi[óo]n con descuento\b|\bremise collaborateurs?\b",
        ("tarifas", "descuento", "remise"),
    ),
}  # fmt: skip
# Round 16: Danish, Dutch, German and French phrasings (words no English text has, so searched
# like English ones): "Sundhedsforsikring", "6. ferieuge", "options d'achat d'actions",
# "assurance … dentaire" (Korean ones are in _CJK)
_MORE_R16: dict[str, tuple[str, tuple[str, ...]]] = {
    "health_insurance": (
        r"\bhospitalisatieverzekering\b|\bsundhedsforsikring\b|\bhelseforsikring\b"
        r"|\bsjukvårdsförsäkring\b",
        ("hospitalisatieverzekering", "sundhedsforsikring", "helseforsikring",
         "sjukvårdsförsäkring"),
    ),
    "dental": (r"\bdentaires?\b", ("dentaire", "dentaires")),
    # Belgium's "groepsverzekering" (the employer's pension insurance), "hospitalisatie-
    # verzekering", "eindejaarspremie" (the thirteenth month, below)
    # Norwegian "Innskuddspensjon", "Fleksitid"; Finnish "Tulospalkkio", "Henkilökunta-
    # alennus", "Liikunta- ja kulttuurietu"; Dutch "32 verlofdagen"
    "flexible_hours": (r"\bfleksitid\b|\bflextid\b|\bliukuva työaika\b", ("fleksitid", "flextid",
                       "liukuva")),
    "bonus": (r"\btulospalkkio\b|\bbonusordning\b", ("tulospalkkio", "bonusordning")),
    "employee_discount": (r"\bhenkilökunta-?alennus\b|\bpersonalrabatt\b", ("henkilökunta",
                          "alennus", "henkilökuntaalennus", "personalrabatt")),
    "wellness": (r"\bliikunta- ja kulttuurietu\b|\bliikuntaetu\b|\bfriskvårdsbidrag\b",
                 ("liikunta", "liikuntaetu", "friskvårdsbidrag")),
    # Québec's "REER collectif" (group RRSP)
    "retirement_plan": (
        r"\breer\b|\bgroepsverzekering\b|\binnskuddspensjon\b|\btjänstepension\b",
        ("reer", "groepsverzekering", "innskuddspensjon", "tjänstepension"),
    ),
    "pto": (
        r"\b\d{1,2}\.? ferieuger?\b|\bferiedage\b|\bferieuger?\b|\bsemesterdagar\b"
        r"|\b\d{1,2} paid leaves\b|\b\d{1,2} verlofdagen\b",
        ("ferieuge", "ferieuger", "feriedage", "semesterdagar", "leaves", "verlofdagen"),
    ),
    "equity": (
        r"\boptions? d['’]achat d['’]actions\b|\bbspce\b|(?:\+|plus|and) (?:stock )?options\b",
        ("achat", "bspce", "options"),
    ),
    # "Company van you take home", German "Firmen-PKW, auch zur Privatnutzung"
    "company_car": (
        r"\btake[- ]home (?:truck|van|vehicle|car|ute)\b|\b(?:firmen|dienst)-?pkw\b",
        ("take", "firmen", "pkw", "firmenpkw", "dienstpkw"),
    ),
    # "10bis card for lunch" (and above: South Africa's "13th cheque", India's "24 paid leaves
    # in a year", "+ options")
    "meals": (r"\b(?:card|cards|voucher|vouchers) for lunch\b|\blunch (?:card|voucher)s?\b",
              ("lunch",)),
    # Austria's "14 Gehälter"
    "thirteenth_salary": (
        r"\b1[3-5] (?:monats)?gehälter\b|\beindejaarspremie\b|\b13th cheque\b",
        ("gehälter", "monatsgehälter", "eindejaarspremie", "cheque"),
    ),
}  # fmt: skip
_LOCAL_R16: dict[str, tuple[str, tuple[str, ...]]] = {
    # Peru's "EPS al 100%" (private health cover)
    "health_insurance": (r"\beps (?:al|para|100|cubierta)\b", ("eps",)),
    # Spanish "alojamiento y alimentación en campamento", "alimentación incluida"
    # "comedor en planta", "comida diaria en el comedor de empleados"
    "meals": (
        r"\balojamiento y alimentaci[óo]n\b|\balimentaci[óo]n (?:incluida|en (?:el )?campamento)"
        r"|\bcomedor (?:de empleados|en (?:la )?planta|industrial|subsidiado|para empleados)\b"
        r"|\bcomida diaria\b|\bservicio de comedor\b",
        ("alojamiento", "alimentación", "alimentacion", "comedor", "comida"),
    ),
    # "transporte desde Arequipa cubierto", "transporte pagado"
    "commuter": (
        r"\btransporte (?:desde [\w ]{3,30}? )?(?:cubierto|pagado|gratuito)\b",
        ("transporte",),
    ),
}  # fmt: skip
# Round 23: paid overtime and tools provided in the trades' own languages: Danish "overtid
# betales", German "Überstunden werden extra bezahlt", Polish "dodatek za nadgodziny", Finnish
# "ylityöt korvataan", Dutch "Overuren worden uitbetaald"; "værktøj stilles til rådighed",
# "Werkzeug und Arbeitskleidung werden gestellt", "narzędzia zapewnione", "Työkalut tulevat
# työnantajalta", "Gereedschap van de zaak"
_MORE_R23: dict[str, tuple[str, tuple[str, ...]]] = {
    "overtime_pay": (
        r"\bovertid (?:betales|udbetales)\b|\bbetalt overtid\b"
        r"|\büberstunden (?:werden )?(?:\w+ ){0,2}(?:bezahlt|vergütet|ausbezahlt)\b"
        r"|\b(?:dodatek za|płatne) nadgodziny\b|\bylityöt (?:korvataan|maksetaan)\b"
        r"|\bylityökorvau\w*|\b(?:overuren|overwerk) (?:worden|wordt) (?:uit)?betaald\b",
        ("overtid", "überstunden", "nadgodziny", "ylityöt", "ylityökorvaukset",
         "ylityökorvaus", "overuren", "overwerk"),
    ),
    "tools_provided": (
        r"\bværktøj (?:stilles|bliver stillet) til rådighed\b"
        r"|\bwerkzeug (?:und arbeitskleidung )?(?:werden|wird) gestellt\b"
        r"|\barbeitskleidung (?:und werkzeug )?(?:werden|wird) gestellt\b"
        r"|\bkomplette werkzeugausstattung\b"
        r"|\bnarzędzia (?:i odzież robocza )?(?:zapewnione|zapewniamy|zapewnia pracodawca)\b"
        r"|\bodzież robocza i narzędzia zapewnione\b"
        r"|\btyökalut (?:ja \w+ )?(?:tulevat|tulee) (?:työnantajalta|firmalta|yritykseltä)\b"
        r"|\bgereedschap (?:van de zaak|wordt (?:verstrekt|geleverd))\b",
        ("værktøj", "werkzeug", "arbeitskleidung", "werkzeugausstattung", "narzędzia",
         "työkalut", "gereedschap"),
    ),
    # Finnish "autoetu", "puhelin- ja autoetu", "lounasetu"; Dutch "Bus van de zaak"
    "company_car": (
        r"\b(?:puhelin- ja )?autoetu\b|\b(?:bus|auto|bestelbus) van de zaak\b",
        ("autoetu", "bus", "auto", "bestelbus"),
    ),
    "meals": (r"\blounasetu\w*|\blounas- ja \w+etu\b", ("lounasetu", "lounas")),
    # Austria's "Urlaubszuschuss und Weihnachtsremuneration (13. + 14. Gehalt)", Hong Kong's
    # "13-month guaranteed pay", Singapore's "AWS" (annual wage supplement)
    "thirteenth_salary": (
        r"\b1[34]\.\s?(?:\+|und)\s?1[45]\.\s?gehalt\b|\bweihnachtsremuneration\b"
        r"|\b13[- ]month (?:guaranteed )?(?:pay|salary|bonus)\b"
        # (not "experience with AWS and GCP", "Java + AWS": Amazon's cloud)
        r"|\bbenefits include aws\b|\baws (?:of \d|bonus)\b|\b\d(?:\.\d)?[- ]months?[' ]? aws\b"
        r"|\bannual wage supplement\b",
        ("gehalt", "weihnachtsremuneration", "13-month", "13", "aws", "annual"),
    ),
    # Argentina's "budget anual para cursos y conferencias", Spain's "1.200 € al año para
    # formación y conferencias"
    "learning_budget": (
        r"\b(?:budget|presupuesto) (?:anual )?(?:para|de|en) (?:cursos|capacitaci[oó]n"
        r"|formaci[oó]n|conferencias|certificaciones)\b"
        r"|\b(?:al año|anuales|por año) para (?:formaci[oó]n|cursos|capacitaci[oó]n"
        r"|conferencias)\b",
        ("budget", "presupuesto", "año", "anuales"),
    ),
    # Québec's "boni annuel"; Italian "premio di produzione", "premio annuale", "MBO fino al
    # 20%"; French "primes trimestrielles", "prime sur objectifs"
    "bonus": (
        r"\bboni (?:annuel|de performance|au rendement)\b"
        r"|\bpremio (?:di produzione|annuale|di risultato|sul fatturato)\b|\bmbo\b"
        r"|\bprimes? (?:trimestrielles?|annuelles?|mensuelles?|sur objectifs|de performance)\b",
        ("boni", "premio", "mbo", "prime", "primes"),
    ),
    # Danish "aftentillæg", Dutch "ploegentoeslag", Québec's "primes de soir et de fin de semaine"
    "shift_allowance": (
        r"\b(?:aften|nat|weekend|skifteholds)tillæg\b|\b(?:ploegen|onregelmatigheids)toeslag\b"
        r"|\bprimes? de (?:soir|nuit|fin de semaine)\b",
        ("aftentillæg", "nattillæg", "weekendtillæg", "skifteholdstillæg", "ploegentoeslag",
         "onregelmatigheidstoeslag", "prime", "primes"),
    ),
    # "hours are flexible", Spanish "Horario flexible", French "horaire flexible", "Choose your
    # own days"
    "flexible_hours": (
        r"\bhours are flexible\b|\bhorarios? flexibles?\b|\bhoraires? flexibles?\b"
        r"|\bchoose your own (?:days|hours|schedule|shifts)\b",
        ("hours", "horario", "horarios", "horaire", "horaires", "choose"),
    ),
}  # fmt: skip
# Round 23's second wave: meals, discounts and cars in Portuguese, Italian and French
_MORE_R23B: dict[str, tuple[str, tuple[str, ...]]] = {
    # Portuguese "refeições no local", Italian "vitto e alloggio", "mensa aziendale", French
    # "tickets restaurant"
    "meals": (
        r"\brefeições (?:no local|incluídas|gratuitas)\b|\bvitto\b|\bmensa aziendale\b"
        r"|\bbuoni pasto\b|\btickets?[- ]restaurant\b|\btitres?[- ]restaurant\b"
        r"|\brepas (?:offerts?|fournis|pris en charge)\b",
        ("refeições", "vitto", "mensa", "buoni", "ticket", "tickets", "titre", "titres", "repas"),
    ),
    # French "50 % de réduction sur tous nos produits", "remise sur les créations de la Maison";
    # Italian "sconto dipendenti"
    "employee_discount": (
        r"\b(?:réduction|remise) sur (?:tous |toutes |l['’]ensemble de )?(?:nos|les) "
        r"(?:produits|créations|collections|articles)\b|\bsconto (?:dipendenti|sui prodotti)\b",
        ("réduction", "remise", "sconto"),
    ),
    # Italian "auto aziendale", French "véhicule de service", Portuguese "carro da empresa"
    "company_car": (
        r"\bauto aziendale\b|\bvéhicule de (?:service|fonction)\b|\bcarro da empresa\b"
        r"|\bviatura (?:da empresa|de serviço)\b",
        ("auto", "véhicule", "carro", "viatura"),
    ),
}  # fmt: skip
# Round 26: farms, food plants and media in New Zealand, Kenya, Vietnam, Indonesia, Argentina,
# Brazil, Italy and the Netherlands
_MORE_R26: dict[str, tuple[str, tuple[str, ...]]] = {
    # "Annual budget for courses and conferences", "all trainings … paid by us"
    "learning_budget": (
        r"\bbudget for (?:courses|conferences|training|learning|books)\b"
        r"|\btrainings?\b[^.\n]{0,60}?\bpaid by us\b",
        ("budget", "training", "trainings"),
    ),
    # "Monthly WFA allowance for internet & coworking"
    "remote_stipend": (
        r"\b(?:wfa|wfh|remote|co-?working) allowance\b|\ballowance for internet\b",
        ("allowance",),
    ),
    # "laptop from office is provided", "We supply the specialty and diagnostic tools"
    "tools_provided": (
        r"\blaptop (?:from (?:the )?(?:office|company) |from us )?(?:is )?provided\b"
        # (not a business's "We provide tools to our customers")
        r"|\bwe (?:supply|provide) (?:the |all )?(?:[\w-]+ (?:and )?){1,3}tools\b(?! (?:to|for)\b)",
        ("laptop", "supply", "provide"),
    ),
    "visa_sponsorship": (r"\bwe sponsor (?:the |your )?visas?\b", ("sponsor",)),
    "meals": (
        r"\blunch (?:at|in) (?:the )?(?:factory |company |staff |site )?canteen\b",
        ("canteen",),
    ),
    # "a company pickup", a farm's "work ute"
    "company_car": (
        r"\bcompany (?:pickup|pick-up|truck|ute)\b", ("pickup", "pick-up", "truck", "ute")
    ),
}  # fmt: skip
_LOCAL_R26: dict[str, tuple[str, tuple[str, ...]]] = {
    # Indonesian "uang shift malam", Spanish "adicional por turno noche", Italian "indennità di
    # turno"
    "shift_allowance": (
        r"\buang shift\b|\badicional (?:por )?turno\b|\bindennit[àa] di turno\b",
        ("uang", "adicional", "indennità", "indennita"),
    ),
    # Spanish "Auto de compañía", "coche de empresa"; Indonesian "mobil dinas"
    "company_car": (
        r"\bauto de (?:la )?(?:compañía|empresa)\b|\bcoche de empresa\b"
        r"|\bmobil (?:dinas|kantor|operasional)\b",
        ("auto", "coche", "mobil"),
    ),
    # Indonesian "tunjangan transport", "tunjangan makan", "uang makan"
    "commuter": (r"\btunjangan transport\w*", ("tunjangan",)),
    "meals": (r"\btunjangan makan\b|\buang makan\b", ("tunjangan", "uang")),
    # Indonesian "gaji ke-13", "Cuti tahunan 14 hari", "Jam kerja fleksibel"
    "thirteenth_salary": (r"\bgaji ke-?1[34]\b", ("gaji",)),
    "pto": (r"\bcuti (?:tahunan|\d{1,2} hari)\b", ("cuti",)),
    "flexible_hours": (r"\bjam kerja (?:yang )?fleksibel\b", ("fleksibel",)),
    # Spanish "30% de descuento en la tienda", "descuento para empleados"
    "employee_discount": (
        r"\bdescuento en (?:la |las |nuestras? )?tiendas?\b"
        r"|\bdescuento (?:para|de) (?:empleados|colaboradores)\b",
        ("descuento",),
    ),
    # Italian "smartphone e PC aziendali", "premio annuale di partecipazione agli utili",
    # "provvigioni legate agli obiettivi"
    "tools_provided": (
        r"\b(?:pc|smartphone|telefono|cellulare|notebook|laptop|tablet)(?: e (?:pc|smartphone"
        r"|telefono|cellulare|notebook|laptop|tablet))? aziendal[ei]\b",
        ("aziendale", "aziendali"),
    ),
    "profit_sharing": (r"\bpartecipazione agli utili\b", ("utili",)),
    "bonus": (r"\bprovvigion[ei]\b", ("provvigione", "provvigioni")),
}  # fmt: skip
# Round 26, second wave: batteries and cars in Hungary, Poland, Korea, Mexico and the US South;
# SaaS sales in Ireland, the Netherlands, Israel, Singapore, Germany and Canada
_MORE_R26B: dict[str, tuple[str, tuple[str, ...]]] = {
    "remote_stipend": (r"\bremote[- ]work(?:ing)? allowance\b", ("allowance",)),
    # "lunch every day on us (10bis card)"
    "meals": (r"\blunch (?:every day |daily )?on us\b|\b10bis\b", ("lunch", "10bis")),
    # "We sponsor the Dutch highly-skilled migrant visa", "Employment Pass sponsorship"
    "visa_sponsorship": (
        r"\bsponsor (?:the |your )?(?:[\w-]+ ){1,3}visas?\b"
        r"|\b(?:employment pass|work permit|s pass) sponsorship\b",
        ("sponsor", "sponsorship"),
    ),
    # "€1,500 yearly for training/certs"
    "learning_budget": (
        r"\b(?:yearly|annually|a year|per year) for (?:training|learning|courses|certs?"
        r"|certifications)\b",
        ("yearly", "annually", "year"),
    ),
    # "laptop and all equipment for home office"
    "tools_provided": (r"\blaptop and (?:all )?(?:the )?equipment\b", ("laptop",)),
    # "$1,500 annual wellness spending account"
    "wellness": (r"\bwellness (?:spending )?account\b", ("wellness",)),
}  # fmt: skip
_LOCAL_R26B: dict[str, tuple[str, tuple[str, ...]]] = {
    # Hungarian "éves teljesítménybónusz", "éves célprémium"; German "+ Provision"
    "bonus": (
        r"\b\w*bónusz\w*|\bcélprémium\w*|(?:\+|\bplus|\bund) provision\b",
        ("bónusz", "teljesítménybónusz", "célprémium", "provision"),
    ),
    # Hungarian "céges buszjárat", "bejárási költségtérítés"
    "commuter": (
        r"\bcéges busz\w*|\bbejárási költségtérítés\b",
        ("céges", "bejárási"),
    ),
    # Hungarian "magán-egészségbiztosítás"; Mexico's "gastos médicos mayores"
    "health_insurance": (
        r"\w*egészségbiztosítás\w*|\bgastos médicos mayores\b",
        ("egészségbiztosítás", "médicos"),
    ),
    # Hungarian "13. havi bér", "13. havi fizetés"
    "thirteenth_salary": (r"\b1[3-4]\. havi (?:bér|fizetés)", ("havi",)),
    "company_car": (r"\bcéges autó\w*", ("céges",)),
    "retirement_plan": (r"\bnyugdíjpénztár\w*", ("nyugdíjpénztár", "nyugdíjpénztári")),
    # Hungarian "szakmai képzések és nyelvtanfolyam"
    "learning_budget": (
        r"\bszakmai képzés\w*|\bnyelvtanfolyam\w*",
        ("képzés", "képzések", "nyelvtanfolyam"),
    ),
    # Polish "dofinansowaną stołówkę", "karta sportowa"
    "meals": (r"\bstołówk\w*", ("stołówkę", "stołówka", "stołówki")),
    "wellness": (r"\bkart\w* sportow\w*", ("sportowa", "sportową", "sportowej")),
    # Dutch "Laptop en telefoon (van ons)"; German "Flexible Arbeitszeiten", "Gleitzeit"
    "tools_provided": (r"\blaptop en telefoon\b", ("laptop",)),
    "flexible_hours": (
        r"\bflexible arbeitszeit\w*|\bgleitzeit\b", ("arbeitszeit", "arbeitszeiten", "gleitzeit")
    ),
}  # fmt: skip
_LOCAL_R29: dict[str, tuple[str, tuple[str, ...]]] = {
    # Malaysia's "KWSP" (the EPF); Afrikaans "pensioenfonds", "voorsorgfonds"
    "retirement_plan": (
        r"\bkwsp\b|\bpensioenfonds\b|\bvoorsorgfonds\b", ("kwsp", "pensioenfonds", "voorsorgfonds")
    ),
    # Malay "Insurans hospitalisasi", "insurans perubatan"; Afrikaans "mediese fonds" (medical aid)
    "health_insurance": (
        r"\binsurans (?:hospitalisasi|perubatan|kesihatan)\b|\bmediese fonds\b",
        ("insurans", "mediese"),
    ),
    # Afrikaans "'n 13de tjek"
    "thirteenth_salary": (r"\b13de tjek\b", ("tjek",)),
    # Afrikaans "maatskappymotor", Czech "služební auto", Greek "εταιρικό αυτοκίνητο", Portuguese
    # "Carro de empresa", "viatura de serviço", Danish "firmabil"
    "company_car": (
        r"\bmaatskappy-?motor\b|\bslužební auto\b|εταιρικό αυτοκίνητο"
        r"|\b(?:carro|viatura) de (?:empresa|serviço)\b|\bfirmabil\w*",
        ("maatskappymotor", "maatskappy", "služební", "εταιρικό", "carro", "viatura", "firmabil",
         "firmabilen"),
    ),
    # Turkish "yemek otelde", "yemek ve servis"; Portuguese "Alimentação no hotel", "refeições";
    # Greek "πλήρης διατροφή"; Czech "stravenkový paušál", "plnou penzi"; Danish "personalemad"
    "meals": (
        r"\byemek\b|\balimentação\b|\brefeições\b|διατροφή|σίτιση|\bstravenk\w*|\bstravné\b"
        r"|\bpln(?:ou|á) penz[ei]\b|\bpersonalemad\b|\bfrokostordning\b",
        ("yemek", "alimentação", "refeições", "διατροφή", "σίτιση", "stravenky", "stravenek",
         "stravenkový", "stravenkám", "stravné", "penzi", "penze", "personalemad",
         "frokostordning"),
    ),
    # Malay "OT dibayar"; Czech "Přesčasy placené"; Greek "πληρωμένες υπερωρίες"
    "overtime_pay": (
        r"\bot dibayar\b|\bpřesčasy placen\w*|πληρωμένες υπερωρίες",
        ("dibayar", "přesčasy", "υπερωρίες"),
    ),
    # Czech "čtvrtletní bonusy"; Portuguese "Bónus anual", "prémio anual"; Turkish "ciro primi",
    # "Sezon sonu prim"
    "bonus": (
        r"\bbonusy\b|\bbónus\b|\bprémio (?:anual|de desempenho)|\b(?:ciro|performans) primi\b"
        r"|\bsezon sonu prim\w*",
        ("bonusy", "bónus", "prémio", "primi", "prim"),
    ),
    # Malay "Elaun perjalanan"; Turkish "servis mevcut"; Portuguese "Transporte … assegurado"
    "commuter": (
        r"\belaun (?:perjalanan|pengangkutan)\b|\bservis (?:mevcut\w*|imk[âa]nı)|\b(?:yemek ve"
        r" servis|servis ve yemek)\b|\btransporte (?:de [^\n]{0,30})?assegurado\b",
        ("elaun", "servis", "transporte"),
    ),
    # Portuguese "Subsídio de turno"; Turkish "vardiya primi"; Czech "příplatky za noční směny";
    # Afrikaans "skoftoelae"
    "shift_allowance": (
        r"\bsubsídio de turno\b|\bvardiya primi\b|\bpříplat\w* za (?:noční|směn)\w*"
        r"|\bskoftoelae\b",
        ("subsídio", "vardiya", "příplatky", "příplatek", "příplatkem", "skoftoelae"),
    ),
}  # fmt: skip
for _target, _adds in (
    (_MORE, _MORE_R8),
    (_LOCAL, _LOCAL_R8),
    (_MORE, _MORE_R8B),
    (_LOCAL, _LOCAL_R8B),
    (_MORE, _MORE_R8C),
    (_LOCAL, _LOCAL_R8C),
    (_MORE, _MORE_R9),
    (_LOCAL, _LOCAL_R9),
    (_MORE, _MORE_R16),
    (_LOCAL, _LOCAL_R16),
    (_MORE, _MORE_R23),
    (_MORE, _MORE_R23B),
    (_LOCAL, _CYRILLIC),
    (_LOCAL, _NORDIC_TURKISH),
    (_MORE, _MORE_R26),
    (_LOCAL, _LOCAL_R26),
    (_MORE, _MORE_R26B),
    (_LOCAL, _LOCAL_R26B),
    (_LOCAL, _LOCAL_R29),
):
    for _name, (_extra, _keys) in _adds.items():
        if _name in _target:
            _old, _old_keys = _target[_name]
            _target[_name] = (
                _old + "|" + _extra,
                _old_keys + tuple(k for k in _keys if k not in _old_keys),
            )
        else:
            _target[_name] = (_extra, _keys)
# Letters of those languages (one is enough), or two of their words, before _LOCAL is searched
_FOREIGN_LETTERS = "ãõçñżłśąęćźńőűêâôéèàóíúáşğıøæåαεο"  # (and Greek)
_CYRILLIC_LETTERS = re.compile(r"[\u0430-\u044f\u0456\u0457\u0454]{3}")
_FOREIGN = frozenset(
    re.findall(
        r"\S+",
        "de la le el et y em di het een dan dengan untuk para pour und der w z del des du da com"
        " il van yang les los las não que per voor mit og med til har som ve bir için ile en"
        " atau kami ons vir wat jou",  # Malay and Afrikaans
    )
)
_FIRST = dict(VOCABULARY)
for _name, (_extra, _keys) in (*_MORE.items(), *_LOCAL.items()):
    VOCABULARY[_name] += "|" + _extra
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
        "med/",
        "med /",
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
        "hospitali",
        "outpatient",
        "υγείας",
        "sgmm",
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
    "four_day_week": ("day week", "day work", "hour week", "hour work", "9/80", "hour days"),
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
    "remote_stipend": ("stipend", "allowance", "budget", "pauschale", "home office", "home-office"),
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
        "buoni pasto",
        "sodexo",
        "pluxee",
        "essen",
        "kantine",
        "maaltijdcheque",
        "refeição",
        "full board",
    ),
    "childcare": ("child", "kita", "kinderbetreuung", "daycare"),
    "company_car": (
        "car",
        "vehicle",
        "van",
        "truck",
        "ute",
        "fuel card",
        "wagen",
        "fahrzeug",
        "dienstauto",
        "firmenauto",
        "voiture de fonction",
        "firmabil",
        "tjänstebil",
    ),
    "overtime_pay": ("overtime", "time and a half", "überstunden"),
    "shift_allowance": ("shift", "night", "unsocial", "schicht", "zuschläge", "zulage"),
    "tools_provided": ("tool", "ppe", "uniform", "boot", "equipment", "workwear"),
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
        "dertiende",
        "weihnachtsgeld",
        "urlaubsgeld",
        "holiday pay",
        "double pay",
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
    # "teach English lessons", "deliver training and development programmes"
    "learning_budget": re.compile(r"\b(?:teach\w*|deliver\w*|run|design\w*)\s(?:\w+\s)?$"),
    # "6 weeks on / 6 weeks off" is a rotation, not holiday
    "pto": re.compile(r"\b(?:weeks?|days?|months?) on\s?(?:/|,|-|–|and|&)?\s?$"),
    "equity": re.compile(
        r"(?:private|brand|home|negative|sweat|diversity|health|pay|employment)\s$"
    ),
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
# Terms that are another thing unless a word of their kind stands near: "vision" is eyecare
# beside medical or dental cover, not "Data Scientist Vision" or "guided by vision"
_NEEDS_NEAR: dict[str, re.Pattern[str]] = {
    "vision": re.compile(r"dental|medical|health|\beye|optic|insurance|benefit|glasses|coverage"
                         r"|\bplan\b|401|pension|\blife\b|\bcare\b"),
    # "Seaview Dental is recruiting": a practice's name, not dental cover
    "dental": re.compile(r"medical|health|vision|optic|insurance|assurance|benefit|coverage"
                         r"|\bcover\b|\bplans?\b|401|pension|\blife\b|\bcare\b|\bhmo\b|\bpmi\b"
                         r"|super|rrsp|\bdrug|retirement|\bvacation|\bpto\b|allowance|\bperks?\b"
                         # "plano de saúde e odontológico", "seguro médico y dental", "mutuelle"
                         r"|sa[úu]de|salud|m[ée]dic|seguro|\bplano\b|sant[ée]|mutuelle"),
}  # fmt: skip
# "there is a bonus of 10%": a bonus after "is a" when a figure or a scheme follows
_BONUS_REAL_AFTER = re.compile(
    r"^\s?(?:of|scheme|plan|up to|potential|structure|worth|pool"
    r"|paid|on top|\d)"
)
_COMPILED = {name: re.compile(pattern) for name, pattern in _FIRST.items()}
# the further phrasings compiled, with their keywords (whole words of the lower-cased text)
_Gated = tuple[re.Pattern[str], tuple[str, ...]]
_MORE_COMPILED: dict[str, _Gated] = {
    name: (re.compile(extra), keys) for name, (extra, keys) in _MORE.items()
}
_LOCAL_COMPILED: dict[str, _Gated] = {
    name: (re.compile(extra), keys) for name, (extra, keys) in _LOCAL.items()
}
_WORD = re.compile(r"[^\W_]+")


def _by_keyword(gated: dict[str, _Gated]) -> dict[str, tuple[str, ...]]:
    """keyword -> the terms whose further phrasings it gates"""
    out: dict[str, list[str]] = {}
    for name, (_pattern, keywords) in gated.items():
        for keyword in keywords:
            out.setdefault(keyword, []).append(name)
    return {keyword: tuple(names) for keyword, names in out.items()}


_MORE_BY_KEYWORD = _by_keyword(_MORE_COMPILED)
_LOCAL_BY_KEYWORD = _by_keyword(_LOCAL_COMPILED)
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


# Japanese, Chinese and Korean phrasings (no spaces to gate words by: searched whenever the text
# has kana, hanzi or hangul): 賞与 (bonus), 交通費 (commuting), 在宅勤務手当 (home-working
# allowance), 退職金 (retirement), 年终奖 (year-end bonus), 五险一金 (social insurance), 퇴직연금
_CJK: dict[str, str] = {
    "bonus": r"賞与|ボーナス|インセンティブ|年终奖|年底双薪|绩效奖金|성과급|인센티브",
    "flexible_hours": r"フレックス|弹性工作|弹性上班|유연\s?근무|시차\s?출근",
    "pto": r"有給休暇|有給|年次有給|带薪年假|带薪休假|연차|유급\s?휴가",
    "commuter": r"交通費|通勤手当|交通补贴|交通补助|교통비|통근\s?버스|셔틀\s?버스",
    "shift_allowance": r"교대\s?근무\s?수당|교대\s?수당|야간\s?수당",
    "remote_stipend": r"在宅勤務手当|リモート手当|テレワーク手当|リモートワーク手当",
    "retirement_plan": r"退職金|確定拠出年金|企業年金|퇴직\s?연금|퇴직금",
    "learning_budget": r"書籍購入|資格取得支援|研修制度|学習支援|培训补贴|학습\s?지원|도서\s?구입"
    r"|자기\s?계발비|교육비\s?지원",
    "health_insurance": r"健康保険|社会保険完備|五险一金|补充医疗|商业保险|商业医疗"
    r"|医疗保险|醫療保險"
    r"|건강\s?보험|4대\s?보험"
    r"|실손\s?보험|단체\s?보험",
    "equity": r"ストックオプション|股票期权|期权|스톡\s?옵션",
    "meals": r"食事補助|社員食堂|餐补|餐费补贴|免费午餐|免费三餐|免费晚餐|식대|중식\s?제공"
    r"|석식\s?제공|食事支給|まかない|賄い",
    "employee_discount": r"社員割引|社割|従業員割引",
    "parental_leave": r"育児休業|育休|産休|产假|육아\s?휴직|출산\s?휴가",
    "thirteenth_salary": r"十三薪|13薪|第13个月",
}
_CJK_COMPILED = {name: re.compile(pattern) for name, pattern in _CJK.items()}
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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
    in_place = lower_in_place(region)
    same_length = in_place is not None  # lower() keeps offsets for nearly all text
    low = region.lower() if in_place is None else in_place
    # the terms whose further phrasings may be there: one of their keywords is a word of the text
    words = set(_WORD.findall(low)) if same_length else set()
    more = {
        name for word in words.intersection(_MORE_BY_KEYWORD) for name in _MORE_BY_KEYWORD[word]
    }
    local = {
        name for word in words.intersection(_LOCAL_BY_KEYWORD) for name in _LOCAL_BY_KEYWORD[word]
    }
    if local and not _foreign(text):
        local = set()
    cjk = _CJK_TEXT.search(region) is not None
    for name, keywords in KEYWORDS.items():
        match = None
        for keyword in keywords:  # a plain loop: any() with a generator is twice as slow here
            if keyword in low:
                if same_length:
                    match = _first_match(name, _COMPILED[name], low, _windows(low, keywords))
                else:  # offsets of the lower-cased text are not the region's: search it all
                    match = _first_match(name, _COMPILED_I[name], region, [(0, len(region))])
                break
        if match is None and name in more:
            match = _gated_match(name, _MORE_COMPILED[name], low, words)
        if match is None and name in local:
            match = _gated_match(name, _LOCAL_COMPILED[name], low, words)
        if match is None and cjk and name in _CJK_COMPILED:
            match = _CJK_COMPILED[name].search(low)
        if match is None:
            continue
        detail = _detail(region, match, _DETAIL_COMPILED[name]) if name in _DETAIL_KIND else None
        found[name] = BenefitSpan(name, detail, start + match.start(), start + match.end())
    if "unlimited_pto" in found:
        found.pop("pto", None)
    return sorted(found.values(), key=lambda b: b.start)


@lru_cache(maxsize=16)
def _foreign(text: str) -> bool:
    """A letter or two function words of the languages of _LOCAL in the whole text (not only
    the part read for one position: a list of benefits has few words); "de" alone may be a
    name's."""
    low = text.lower()
    for letter in _FOREIGN_LETTERS:
        if letter in low:
            return True
    if _CYRILLIC_LETTERS.search(low):
        return True
    return len(_FOREIGN.intersection(_WORD.findall(low))) >= 2


def is_foreign(text: str) -> bool:
    """Does ``text`` hold a letter or two common words of the languages of _LOCAL?"""
    return _foreign(text)


def _gated_match(name: str, gated: _Gated, low: str, words: set[str]) -> re.Match[str] | None:
    """A match of one of a term's further phrasings, searched only around their keywords (words
    of the text: one set lookup each, not a scan of the text)."""
    pattern, keywords = gated
    present = tuple(k for k in keywords if k in words)
    return _first_match(name, pattern, low, _windows(low, present))


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
    if not_after is not None and not_after.match(after):
        return True
    near = _NEEDS_NEAR.get(name)
    if near is None:
        return False
    around = text[max(0, match.start() - 60) : match.end() + 60].lower()
    return near.search(around) is None


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
