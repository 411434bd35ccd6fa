"""Workplace (remote / hybrid / onsite), office days per week, remote-from, relocation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sidedoor.intake.models import Workplace
from sidedoor.intake.textutil import Lower, lowered

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "ein": 1,
    "einen": 1,
}
_N = (
    r"(?P<n>one|two|three|four|five|zwei|drei|vier|einen?|[1-5])"
    r"(?:\s?(?:-|–|to|or)\s?(?P<m>[1-5]|two|three|four|five))?"
)
_PLACE_WORDS_RE = r"(?:(?-i:[A-Z])[\w.&'’-]*,?\s){0,3}"  # "their Austin, TX office"
_OFFICE = (
    r"(?:office|on-?site|onsite|on site|in[- ]person|hq|site|studio|büro|campus|wfo|workplace"
    r"|premises)"
)
_OFFICE_DAYS: list[re.Pattern[str] | Lower] = [
    re.compile(
        rf"\b{_N}\s?(?:x\s?)?(?:days?|x)\s?(?:(?:a|per|/|each|every)\s?(?:week|wk|w)\b\s?)?"
        r"(?:(?:in|at|from|on|into|of)\s)?(?:(?:the|our|their|his|her|its|an?|client'?s?)\s)?"
        rf"{_PLACE_WORDS_RE}{_OFFICE}\b",
        re.I,
    ),
    Lower(rf"\b(?:in|at)\s(?:the|our)\s(?:office|hq|studio)\s{_N}\s?(?:days?|x|times)"),
    Lower(
        rf"\b(?:office|on-?site|onsite|in[- ]office)\s(?:work(?:ing)?\s)?(?:for\s)?\(?{_N}\s?"
        r"(?:days?|x)"
    ),
    Lower(rf"\b{_N}\s?(?:tage?|x)\s?(?:pro|die|in der)\s?woche\s?(?:im|vor)\s(?:büro|ort)"),
]
_HOME_DAYS = Lower(
    # "2 days from home", "up to two days of home office per week", "one admin day per week
    # from home"
    rf"\b{_N}\s?(?:admin\s)?days?\s?(?:of\s)?(?:(?:a|per|/)\s?week\s?)?(?:work(?:ing)?\s)?"
    rf"(?:from home|wfh|remote(?:ly)?|at home|home ?office|wfh)(?:\s(?:a|per)\sweek)?"
)
# the two below hold one of these
_HOME_GATE = ("remot", "wfh", "home", "télé", "tele", "thuis", "mobiles")
# "remote work permitted 2 days per week", "Homeoffice 2 Tage pro Woche"
_HOME_DAYS_AFTER = Lower(
    r"\b(?:remote(?:ly)?|wfh|home ?office|work(?:ing)? from home|telework\w*|t[ée]l[ée]travail"
    r"|teletrabajo|thuiswerken|mobiles arbeiten)(?: work(?:ing)?)?(?: (?:is |are )?(?:possible"
    r"|permitted|allowed|available|optional|option|possible|ok|okay|fine))?"
    r"(?: (?:up to|for|on|an bis zu|bis zu|an))? "
    rf"{_N}\s?(?:days?|x|tage?n?|jours?|d[ií]as?|dagen)\s?(?:a|per|/|each|every|pro|par|por|la"
    r"|à la|in der)?\s?(?:week|woche|semaine|semana)"
)
# "one work-from-home day a week", "two remote days per week"
_HOME_DAYS_BEFORE = Lower(
    rf"\b{_N}\s(?:work[- ]from[- ]home|wfh|remote|home[- ]working|home(?:[- ]office)?)\s?days?"
    r"\s?(?:a|per|each|every|/)\s?week"
)
_DAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?)"
    r"(?<=[a-z])s?\.?"
)
_DAYS = rf"{_DAY}(?:\s?(?:-|–|to|through|thru)\s?{_DAY}|(?:\s?(?:/|,|&|and|, and)\s?{_DAY})+)"
_IN_OFFICE = (
    r"(?:in[- ](?:the\s)?office|on-?site|onsite|on site|in[- ]person|in the studio|wfo"
    r"|office days?(?:\sare)?:?)"
)
_WEEKDAYS = Lower(
    rf"\b{_IN_OFFICE}\s?(?:on\s)?(?:every\s)?\(?(?P<days>{_DAYS})"
    rf"|\b(?P<days2>{_DAYS})\)?\s?{_IN_OFFICE}"
)
_TIMES_A_WEEK = Lower(
    r"\b(?:in(?:to)? (?:the )?office|on-?site|onsite|on site|in[- ]person|come in)\s(?:just\s"
    r"|only\s)?(?P<t>once|twice|two times|three times|four times|thrice)\s(?:a|per|every)\s?week"
    r"|\b(?P<u>once|twice|two times|three times|four times|thrice)\s(?:a|per|every)\s?week\s"
    r"(?:in(?:to)? (?:the )?office|on-?site|onsite|on site|in[- ]person)"
)
_TIMES = {"once": 1, "twice": 2, "two times": 2, "three times": 3, "thrice": 3, "four times": 4}
_PERCENT = Lower(
    r"\b(?P<p>\d{1,3})\s?%\s?(?:of (?:the|your) time\s)?(?:(?P<office>in[- ](?:the\s)?office"
    r"|office|on-?site|onsite|in[- ]person)|(?P<home>remote|from home|wfh|home))\b"
)
_WEEKDAY_INDEX = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4}
_REMOTE = Lower(
    r"\b(?:fully[- ]remote|100\s?% remote|remote[- ]first|remote[- ]only|all[- ]remote|work from"
    r" anywhere"
    r"|work from home|\bwfh\b|telecommut\w*|remote(?:ly)?|distributed team|home[- ]based|mobiles"
    r" arbeiten"
    r"|100\s?% homeoffice|vollständig remote)\b"
)
# Spanish / Portuguese / Italian "remoto", French "full télétravail", Polish "zdalnie", Dutch
# "volledig thuiswerken" (searched only where _REMOTE_GATE finds a word of them)
_REMOTE_GATE = ("remoto", "remota", "travail", "zdaln", "thuiswerk", "home office", "リモート",
                "在宅", "远程", "재택", "etätyö", "удал", "дистанц", "віддал",
                "uzaktan")  # fmt: skip
_REMOTE_LOCAL = Lower(
    # ("Todas son 100% remotas", "As duas vagas são 100% remotas": the roles, plural)
    r"\b(?:(?:100\s?%|trabajo|trabalho|en|em|lavoro|full) remot[oa]s?|remot[oa] (?:100\s?%|total)"
    # "El rol es remoto desde Colombia", a bullet "- Remoto, com eventuais viagens"
    r"|(?:rol|puesto|cargo|posici[oó]n|vaga|posi[çc][ãa]o) (?:es |é |é 100\s?% )?remot[oa]"
    r"|remot[oa] desde|(?:modalidad|modalidade|modo|formato|regime|esquema)(?: de trabajo"
    r"| de trabalho)?\s?:\s?remot[oa]"
    r"|100\s?% t[ée]l[ée]travail|t[ée]l[ée]travail (?:complet|total|100\s?%)|full t[ée]l[ée]travail"
    r"|praca zdalna|zdalnie|volledig thuiswerken|100\s?% home office"
    # Polish "w 100% zdalne", "role w pełni zdalne", "tryb zdalny"
    r"|(?:100\s?%|w pełni|całkowicie|tryb(?:ie)?) zdaln(?:a|e|y|ie|ym)|zdaln[ae] w 100\s?%"
    # Finnish "täysin etätyö Suomesta käsin", "100 % etätyönä"
    r"|(?:täysin|100\s?%) etätyö\w*"
    # Russian and Ukrainian "удалённо", "удалённая работа", "дистанционно", "віддалено"
    r"|удал[её]нн?\w*|дистанционн\w*|віддален\w*"
    # Turkish "Tamamen uzaktan çalışma", "%100 uzaktan"
    r"|(?:tamamen|%\s?100|100\s?%) uzaktan)\b"
    # Japanese "フルリモート", "完全リモート", "完全在宅"; Chinese "全程远程", "远程办公";
    # Korean "전면 재택", "100% 재택"
    # ("Télétravail à 100 % possible": after a "%", no word boundary)
    r"|t[ée]l[ée]travail à 100\s?%"
    r"|(?m:^[ \t]*(?:[-•*·▪]|[^\w\s]{1,2})?[ \t]*remot[oa](?=[,.;]| com | con ))"
    # "Resumo: remoto, R$ 25 a 30 mil/mês"
    r"|(?:resumo|resumen|riassunto|formato|modelo|local|lugar|ubicaci[oó]n|sede)\s?:\s?remot[oa]"
    r"(?=[,.;]| com | con |\s*$)"
    r"|フルリモート(?!可)|完全リモート|完全在宅|全程远程|完全远程|全职远程|전면\s?재택|100\s?%\s?재택"
)
# Tagalog "hindi po pwede (ang) WFH", Malay "tiada WFH": working from home is not allowed
_LOCAL_NO_WFH = (
    r"hindi (?:po )?(?:pwede|puwede|pwedeng|puwedeng) (?:ang )?(?:wfh|work from home|remote)"
    r"|(?:tiada|tidak ada|tak ada|tanpa) (?:wfh|work from home|remote)"
)
_NOT_REMOTE = Lower(
    # ("mobiles Arbeiten ist in dieser Funktion leider nicht vorgesehen")
    r"\b(?:mobiles arbeiten (?:ist )?(?:[a-zäöü]+ ){0,4}(?:leider )?nicht\b"
    r"|remote (?:job|work|position|role|eligible)\s?:\s?no|not (?:a )?remote|no remote"
    # ("not possible remote of course": a non-native writer's word order)
    r"|not possible (?:to work )?remote|non[- ]remote|isn'?t remote|not fully remote"
    # "It is not possible with home office in this position", "no hay esquema de home office"
    r"|not possible (?:with|to have|to do) home ?office|no hay (?:esquema de )?home ?office"
    r"|can(?:'?t|not) be remote|no (?:option"
    r" for )?(?:office|hybrid|home|wfh) ?/ ?remote|no (?:option for )?wfh"
    r"|kein homeoffice|remote stipend|remote (?:allowance|budget)|remote[- ]work (?:stipend"
    r"|allowance)|" + _LOCAL_NO_WFH
    + r"|remote sites?|remote monitoring|remote areas?|remote communities|remote patient"
    r"|(?:not|unsuitable|never) (?:suitable |possible |available |open )?(?:for |as )(?:a )?remote"
    r"|remote (?:work(?:ing)? )?(?:is not|isn'?t|is never|not) (?:possible|available|an option"
    r"|offered|suitable)"
    # other senses of the word: "remote sensing", "remote control", "a remote location"
    r"|remote sensing|remote[- ]control\w*|remote access|remote operations? cent\w+|remotely"
    r" operated|remote locations?|remote islands?|remote[- ]sites?|remote villages?|remote pilot"
    r"|remote diagnostics"
    # Australia's "rural and remote" (where the job is, and its allowances)
    r"|rural (?:and|&) remote|remote (?:and|&) rural|remote (?:area|locality|zone) allowance"
    # "nursing homes and home-based care": a kind of care, given in the client's home
    r"|home[- ]based (?:care|services|nursing|support|health ?care|visits))\b"
)
_HYBRID = Lower(
    # (not "a new hybrid cath lab", "hybrid vehicles")
    r"\bhybrid\b(?! (?:cath|operating|theat|or\b|vehicles?|cars?|cloud|engines?|powertrains?"
    r"|apps?|electric|bus|buses|trucks?|systems? engineer))"
    # "flexibility to work from home part of the week", "Remote-Anteil bis zu 60 %"
    r"|\bwork from home (?:part|some) of the week|\bremote-anteil|\bhomeoffice-anteil"
    r"|\bflexible working (?:pattern|model)|split between (?:home|the office)"
    r"|mix of (?:home|remote) and office|teilweise homeoffice|homeoffice möglich"
    # "mobile working is possible on up to 3 days per week", "2 days of smart working per week"
    r"|(?:mobile|smart) work(?:ing)? (?:is )?(?:possible |allowed )?(?:on |for )?(?:up to )?"
    r"(?:[1-4]|one|two|three|four) days?"
    r"|\b(?:[1-4]|one|two|three|four) days? (?:a week |per week )?of (?:mobile|smart|remote)"
    r" working"
    # "Mondays and Fridays are from home", "Fridays at home"
    r"|\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)(?: and (?:mondays?|tuesdays?"
    r"|wednesdays?|thursdays?|fridays?))? (?:are )?(?:from|at) home\b"
    # "WFH Fridays", "WFH on Mondays", Indonesian "WFH tiap Jumat" (every Friday)
    r"|\bwfh (?:on |every |each |tiap |setiap )?(?:mon|tue|wed|thu|fri)(?:day)?s?\b"
    r"|\bwfh (?:tiap|setiap) (?:senin|selasa|rabu|kamis|jumat)\b"
    # "2 days per week mobile working", "2-3 days mobile work per week possible", "up to two
    # days per week of teleworking", "bis zu 60 % mobil", "60% vor Ort / 40% Homeoffice",
    # "3 days in-studio", "a four-day office expectation", "home the rest"
    r"|\b(?:[1-4]|one|two|three|four)(?:\s?[-–]\s?[1-4])? days? (?:a |per )?(?:week )?(?:of )?"
    r"(?:mobile|remote|smart|tele) ?work(?:ing)?\b"
    r"|\b[1-9]0\s?% (?:mobil\w*|homeoffice|home office|remote|vor ort)"
    r"|\b(?:up to )?[1-4] days? (?:of )?mobile office\b"
    r"|\b(?:[1-4]|one|two|three|four) days? in[- ]studio|(?:one|two|three|four|[1-4])-day office"
    r" expectation|\bhome the rest\b|\bhome (?:mon|fri)\w*(?:/| and )(?:mon|fri)\w*"
    # "We work from our office in Providencia Tue/Thu, rest from home"
    r"|\b(?:the )?rest (?:of the week )?(?:from|at) home\b"
    # "where we're in 3 days a week"; French "3j de TT/semaine" (télétravail)
    r"|\b(?:we'?re|we are|you'?d be|you'?re|team is) in (?:the office )?(?:[1-4]|two|three"
    r"|four) days? (?:a|per) week\b|\b[1-4]\s?j(?:ours?)? (?:de )?tt\b"
)
# French, Spanish / Portuguese, Italian, Dutch, Polish, German: "2 jours de télétravail par
# semaine", "télétravail possible", "modalidad híbrida", "ibrido", "hybride", "hybrydowo",
# "2 Tage Homeoffice", "2 dagen thuiswerken" (run only where _HYBRID_GATE finds a word of them)
_HYBRID_GATE = ("travail", "teletrab", "íbrid", "ibrid", "hybride", "hybryd", "smart working",
                "mix aus",
                "home office", "homeoffice", "thuis", "mobil", "remoto", "zdaln", "hjemme",
                "hemifrån", "distans", "하이브리드", "재택", "ハイブリッド", "出社", "在宅",
                "混合办公",
                "到岗", "telewerk", "etätyö", "υβριδικ", "リモート", "遠端", "远程", "hibrid",
                "hibrit", "היברידי", "woche", "hybridimalli", "etänä", "jours",
                "kantoor", "gün", "ימים", "гибрид", "гібрид")  # fmt: skip
_HYBRID_LOCAL = Lower(
    r"smart working (?:parziale|ibrido|\d)"
    # Russian and Ukrainian "гибридный формат", "гібрид"
    r"|гибрид\w*|гібрид\w*"
    # "2 Tage mobil pro Woche", "bis zu zwei Tage mobiles Arbeiten", "twee dagen thuis"
    r"|\b(?:\d|ein(?:en)?|zwei|drei|vier|een|twee|drie) (?:tage?n?|dagen?) (?:pro woche |per week"
    r" |in de week |die woche )?(?:im |vanuit )?(?:home ?office|thuiswerken|thuis|mobil\w*)"
    r"|\bhome ?office (?:an|für) \d tage"
    # "mobiles Arbeiten bis zu 50 % der Arbeitszeit"
    r"|\bmobiles arbeiten:? (?:bis zu |zu |von |im umfang von )?(?:[1-8]0\s?%"
    r"|(?:[1-4]|ein|einen|zwei|drei) tage?)"
    # "2 Homeoffice-Tage pro Woche", "ein mobiler Arbeitstag pro Woche", "2 Tage die Woche remote"
    r"|\b(?:[1-4]|ein|zwei|drei|vier) (?:homeoffice|home-office|mobile[rn]?)[- ]?"
    r"(?:arbeits)?tage?\b"
    r"|\b(?:[1-4]|zwei|drei) tage (?:die|pro|in der) woche (?:remote|mobil|im homeoffice)\b"
    # Czech and Slovak "home office 2 dny v týdnu", Greek "υβριδικό μοντέλο"
    r"|\bhome ?office (?:[1-4]|jeden|dva|tři|dva až tři) (?:dny|dni|dn[ií]|den)\b|υβριδικ\w+"
    # "2 dny v týdnu home office", "home office 1 den v týdnu"; Hungarian "hibrid: heti 2 nap"
    r"|\b[1-4] (?:dny|den|dni) (?:v týdnu |týdně )?home ?office\b|\bhibrid\s?:"
    # Romanian "program hibrid", Turkish "hibrit çalışma", Hungarian "hibrid munkavégzés", Hebrew
    r"|\b(?:program|regim|lucru) hibrid\b|\bhibrit\b|\bhibrid (?:munka\w*|modell\w*)|היברידי"
    # a bare Hungarian or Romanian "hibrid" in a list ("Sóskút, hibrid, bruttó …"), not a car's
    r"|\bhibrid\b(?!\s?(?:autó|jármű|hajtás|mașin|vehicul|motor))"
    # Turkish "haftada 2 gün ofis, 3 gün evden", "haftada 3 gün, 2 gün uzaktan"; Hebrew "3 ימים
    # במשרד ו-2 מהבית"
    r"|\b[1-4] gün (?:evden|uzaktan)\b|\bhaftada [1-4] gün ofis|[1-4] ימים במשרד"
    # Italian "1 giorno di smart working a settimana", "smart working 2 giorni"
    r"|\b(?:\d|un|uno|due|tre|quattro) giorn[oi] (?:a settimana |alla settimana )?(?:di |in )?"
    r"(?:smart working|lavoro da remoto|remoto)|smart working (?:per |fino a )?(?:\d|un|due|tre)"
    r" giorn[oi]"
    r"|\b(?:[1-4]|un|deux|trois|quatre|one|two|three|four) (?:jours?|days?) (?:de |en |of )?"
    r"t[ée]l[ée]travail"
    r"|t[ée]l[ée]travail\s?:?\s(?:partiel|possible|occasionnel|(?:[1-4]|un|deux|trois) jours?)"
    # "Télétravail jusqu'à 2 jours par semaine", "possibilité de télétravailler 1 jour"
    r"|t[ée]l[ée]travail jusqu['’]à (?:[1-4]|un|deux|trois) jours?"
    # "Télétravail 2j/semaine"
    r"|t[ée]l[ée]travail\s?:?\s?[1-4]\s?j(?:ours?)?\s?(?:/|par)\s?(?:semaine|sem\b)"
    # "possibilité de télétravail une journée par semaine"
    r"|t[ée]l[ée]travail (?:une|un|deux|trois|[1-4]) (?:journées?|jours?)"
    # "une journée de télétravail"
    r"|\b(?:une|un|deux|trois|[1-4]) (?:journées?|jours?) de t[ée]l[ée]travail"
    r"|t[ée]l[ée]travailler (?:[1-4]|un|deux|trois) jours?"
    # "2 jours par semaine sur site à Nantes", "3 jours au bureau"
    r"|\b(?:[1-4]|un|deux|trois|quatre) jours? (?:par semaine |/semaine |/sem )?(?:sur site"
    r"|au bureau|en présentiel|sur place)\b"
    r"|\b(?:[1-4]|dos|tres|cuatro) d[ií]as? (?:de |en )?(?:teletrabajo|home ?office|remoto)"
    r"|\bh[íi]brid[oa]\b|\bibrid[oa]\b|\bhybride\b|\bhybrydow\w*"
    # German "hybrides Arbeiten", "Hybrides Modell", "Mix aus Büro (Altona) und Homeoffice"
    r"|\bhybride[sn]? (?:arbeiten|modell|arbeitsmodell)\b|\bmix aus büro\b[^.\n]{0,30}homeoffice"
    # Polish "2 dni w tygodniu zdalnie", "praca zdalna 2 dni"
    r"|\b[1-4] dni (?:w tygodniu )?(?:pracy )?zdaln\w*|\bzdaln\w* (?:przez )?[1-4] dni\b"
    # Danish and Norwegian "mulighed for hjemmearbejde 1-2 dage om ugen", "2 dager hjemmekontor",
    # Swedish "2 dagar distans"; Korean "하이브리드 (주 2회 재택)"
    r"|\bmulighed for hjemmearbejde\b"
    r"|\bhjemmearbejde (?:i |op til |opp til )?[1-4](?:\s?[-–]\s?[1-4])? dage?\b"
    r"|\bhjemmekontor (?:opptil |inntil |i )?[1-4](?:\s?[-–]\s?[1-4])? dag(?:er)?\b"
    # Norwegian "mulighet for hjemmekontor inntil to dager i uken", Swedish "möjlighet till
    # distansarbete upp till två dagar", Dutch "2 dagen telewerk per week", Finnish "etätyö"
    r"|\b(?:mulighet|mulighed|möjlighet) (?:for|til|till|att) (?:hjemmekontor|hjemmearbejde"
    r"|distansarbete|distans|hemarbete)\b|\b[1-4] dagen telewerk\b|\btelewerk (?:mogelijk|[1-4])"
    r"|\bfleksibilitet (?:for|til) (?:hjemmekontor|hjemmearbejde)\b"
    r"|\betätyö(?:mahdollisuus|tä)\b"
    # Finnish "mahdollisuus osittaiseen etätyöhön (2 päivää viikossa)"
    r"|\bosittai\w* etätyö\w*|\betätyö\w* \(?[1-4] päivää"
    # Dutch and Flemish "2 à 3 thuiswerkdagen per week", "tot 2 dagen per week telewerk",
    # "telewerk tot 3 dagen", "1 dag per week thuiswerk", "3 dagen op kantoor, 2 thuis"
    r"|\b[1-4](?: à [1-4]| tot [1-4]|\s?[-–]\s?[1-4])? thuiswerkdag(?:en)?\b"
    r"|\b(?:telewerk|thuiswerk(?:en)?) tot [1-4] dag(?:en)?\b"
    r"|\b(?:tot )?[1-4] dag(?:en)? (?:per week |in de week )?(?:telewerk|thuiswerk)"
    r"|\b[1-4] dag(?:en)? (?:per week )?op (?:kantoor|het kantoor)\b"
    # Finnish "Hybridimalli: toimistolla 2 päivää viikossa, muuten etänä"
    r"|\bhybridimalli\w*|\bmuuten etänä\b"
    r"|\b(?:[1-4]|to|tre|fire|två|fyra)(?:\s?[-–]\s?[1-4])? (?:dage|dager|dagar)"
    r" (?:om ugen |i uken |i uka |i veckan )?(?:med )?"
    r"(?:hjemmearbejde|hjemmekontor|distans|hemifrån)"
    r"|하이브리드|주\s?[1-4]\s?(?:회|일)\s?재택|재택\s?(?:근무\s?)?주\s?[1-4]"
    # Japanese "ハイブリッド勤務（週2日出社）", Chinese "混合办公", "每周到岗3天"
    r"|ハイブリッド|週\s?[1-4]\s?(?:日|回)(?:程度)?出社|混合办公|每周(?:到岗|到办公室)\s?[1-4]\s?天"
    # "リモートワーク週3日まで可", "每週可遠端工作一天", "每周远程2天"
    r"|リモート(?:ワーク)?\s?週\s?[1-4]\s?日|週\s?[1-4]\s?日(?:まで)?(?:の)?(?:リモート|在宅)"
    # "◆在宅：週1日OK", "在宅勤務 週2日"
    r"|在宅(?:勤務)?\s?[：:]?\s?週\s?[1-4]\s?日"
    r"|每[週周](?:可)?(?:遠端|远程)(?:工作|办公|辦公)?\s?(?:[1-4]|[一二三两兩])\s?天"
)
# "kein Homeoffice möglich", "no hybrid option": a hybrid phrase that says there is none
_HYBRID_NEGATED = re.compile(
    # ("this one isn't a remote or hybrid role")
    r"(?:\bkein(?:e|en)?|\bno|\bnot|\bwithout|\bohne|\bnicht|\bisn['’]t)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s*(?:or|and|nor|oder|/|,)\s*)?$",
    re.I,
)
_WORK_AT = (
    r"(?:work(?:ing)?|work is|job is|role is|roles are|position is|based|located|you'll be"
    r"|you will be)\s(?:at|in|on|from|out of)\s(?:the|our|their|its|an?)\s(?:[\w.&'’-]+,?\s){0,3}?"
    r"(?:head office|headquarters|hq|offices?|site(?! reliability)|plant|mill|factory|store|shop"
    r"|branch|warehouse|hospital|clinic|campus|hotel|property|resort|depot|yard|mine|refinery"
    r"|rig|port|airport|base|lab|laboratory|kitchen|restaurant|facility|distribution cent(?:er"
    r"|re)|fulfil?ment cent(?:er|re)|works"
    # farms and food plants: "It's based at the winery"
    r"|farm|orchard|winery|vineyard|brewery|dairy|creamery|greenhouse|packhouse|abattoir)"
)
# a perk at the workplace, not where the work is: "free on-site parking", "onsite gym"
_AMENITY = (
    r"(?![- ](?:parking|car ?park|gym|fitness|caf[eé]\w*|canteen|restaurant|childcare|cr[eè]che"
    r"|daycare|nursery|amenities|accommodation|housing|laundry|dining|catering|meals|food"
    r"|physio\w*|massage|showers?|bike|cycle|wellness)\b)"
)
_ONSITE = Lower(
    rf"\b(?:on-?site{_AMENITY}|onsite{_AMENITY}|in[- ]office|in[- ]clinic|office[- ]based"
    r"|fully in (?:the )?office|in[- ]person"
    rf"|on site{_AMENITY}|site[- ]based"
    r"|5 days (?:a week )?in (?:the )?office|vor ort|präsenz|hospital[- ]based|clinic[- ]based"
    r"|shop[- ]based"
    r"|workshop[- ]based|field[- ]based|field (?:position|role|job)|plant[- ]based role"
    # "on-field sales job", "Full time at plant location", "at the site location"
    r"|on[- ]field\b|(?:at|from) (?:the |our |their )?(?:plant|site|factory|mill|mine|office"
    r"|warehouse|store|hospital|branch|depot) (?:location|premises)"
    # shift work and "work from office" are done on the premises
    r"|wfo|work(?:s|ing)? from (?:the )?office|work(?:s|ing)? (?:at|in) office\b"
    # "full time from office (Sunday to Thursday)", "full-time at the factory", "Office job at
    # Indore HO"
    r"|full[- ]time (?:from|in|at) (?:the |our )?office\b"
    # "The role is full-time at the farm in Ruiru", "full-time in the estate"
    r"|full[- ]time (?:at|in|on) (?:the |our |their )?(?:factory|plant|warehouse|mill|site|depot"
    r"|yard|farm|orchard|winery|vineyard|estate|greenhouse|brewery|dairy|packhouse)\b"
    # "It's in the office full time"
    r"|in (?:the|our) office full[- ]time\b"
    # "Live-on, on-farm role"
    r"|on-(?:farm|orchard|station|vineyard|ranch) (?:role|position|job)\b"
    r"|\boffice job at\b"
    # "work from plant, 6 days" (Indian English), "office attendance basically 5 days",
    # "Full office work", "Office-first, 5 days a week", "full-time presence at the head office",
    # "performed entirely on location", "3x12 nights" (a nurse's shifts)
    r"|work(?:s|ing)? from (?:the )?(?:plant|site|factory|hospital|clinic|store|warehouse"
    r"|branch|mill|mine|yard)\b|(?:basically |full )?office attendance|full office work"
    r"|office work (?:in|at) our|office-first|(?:full-time |daily )?presence (?:at|in) the"
    r" (?:head |main )?office|(?:performed|done|worked) (?:entirely|fully|100%) on location"
    r"|based full[- ]time (?:at|in) (?:the|our) (?:corporate |head |main )?office"
    r"|\b[34]\s?x\s?12s?\b"
    r"|work(?:s|ing)? (?:at|on) (?:site|plant|factory|premises|workshop|warehouse)\b"
    # "at our office … Monday to Friday", "in the office Mon–Fri": every working day there
    r"|(?:at|in) (?:the |our )?office[^.\n]{0,30}?\bmon(?:day)?\s?(?:to|-|–|until)\s?fri(?:day)?"
    r"|mon(?:day)?\s?(?:to|-|–|until)\s?fri(?:day)? (?:at|in) (?:the |our )?office"
    r"|(?:day|night|rotating|early|late|evening|weekend"
    r"|morning|afternoon|split|night|overnight|graveyard|1st|2nd|3rd|first|second|third"
    r"|continental|panama) shifts?|shift work|\d\s?on[ /,-]+\d\s?off\b"
    r"|(?:6|six)[- ]days? (?:working|work ?week|a week|per week)"
    # "Working place: at the farm in Don Duong", "Working location: at the farm in Moc Chau"
    r"|work(?:ing)?(?: place| location)?\s?:\s?[^\n]{0,20}?\bat (?:the )?(?:plant|site|factory"
    r"|works|mill|mine|office|farm|orchard|winery|estate)"
    r"|(?:hangar|yard|warehouse|factory|depot|store|kitchen|ward|lab|sea|ship|vessel|boat|rig"
    r"|estate|mine|farm|campus|school|property|hotel|resort|site|plant|studio)[- ]based"
    # "fully office work", "in-store", "both roles are in store", the place of work named
    r"|fully office|in-store|(?:is|are|be|based|working|work) in store(?! for)"
    # "It's full time, in store obviously"
    r"|(?:full|part)[- ]time,? in store\b"
    rf"|{_WORK_AT}"
    # German, Spanish / Portuguese, French, Polish
    r"|auf (?:der |den )?baustellen?|im werk|presencial(?:es)?|presenciais|en présentiel|sur site"
    r"|stacjonarn\w*"
    # French "poste en magasin", "travail en atelier"; "you'd be on jobsites around the valley"
    r"|(?:poste|travail|emploi|bas[ée]e?) en (?:magasin|boutique|agence|usine|atelier"
    r"|entrep[ôo]t|restaurant|cuisine|laboratoire|clinique|h[ôo]tel)"
    r"|(?:be|work(?:ing)?|based) on (?:the |our |their )?(?:job ?sites?|construction sites?"
    r"|building sites?)"
    # Italian "posizione in presenza", French "présence au bureau requise", Portuguese "na unidade"
    r"|(?:posizione|lavoro|ruolo|attività|modalità|impiego) in presenza"
    r"|(?:è|e) in presenza (?:presso|in|al|nel)"
    r"|presenza (?:(?:in|al|nel) |presso (?:la |il |lo )?)(?:ufficio|sede|stabilimento|cantiere)"
    r"|présence (?:au bureau|sur site|sur place) (?:requise|obligatoire|exigée)"
    r"|(?:trabalho|atuação|atividades?|residência|posição) (?:\w+ )?(?:na|no) (?:unidade|fazenda"
    r"|planta|fábrica|obra|usina|mina|escritório|canteiro)"
    r"|(?:na|no) (?:unidade|fazenda|usina|canteiro de obras?)\b"
    # "100% en unidad minera"; "This is field work …, you'd report to the yard every day"
    r"|100\s?% en (?:la )?(?:unidad|planta|obra|mina|campamento|faena)\b|\bfield work\b"
    r"|100\s?% (?:sur place|sur site|en présentiel|presencial)"
    r"|report(?:ing)? (?:in )?to (?:the |our )?(?:[\w-]+ ){0,2}(?:yard|depot|shop|plant|site"
    r"|warehouse|office) (?:every day|each morning|daily)\b"
    # "be in the office at Sjursøya every day", "Poste sur place évidemment", "100% en campo",
    # "all in-school obvs", "in-building (SNF, no home visits)"
    r"|in the office (?:at [\w-]+ )?every day|(?:poste|travail) sur place|100\s?% en campo"
    # "It's in-station, of course", "This one is fully in-studio"
    r"|in-school|in-building|in-station|in-studio)\b"
)
# More places of work, searched only where _ONSITE_GATE finds a word of them: hotels, estates,
# campuses and ships ("living and working on property", "on campus", "you live and work on
# board"), rotations and fly-in fly-out rosters, the premises, other languages' "on site"
_ONSITE_GATE = ("propert", "campus", "premises", "estate", "board", "roster", "rotation",
                "swing", "fifo", "fly", " on /", " on/", "floor", "présentiel", "presencial",
                "vor ort", "sitio", "planta", "locatie", "kantoor", "sede", "terenie", "vessel",
                "aboard", "出社", "常駐", "坐班", "at site", "at project site", "in the field",
                "customer", "client", "located", "văn phòng", "thuiswerk", "werf", "på plats",
                "paikan", "arbejdssted", "oppmøte", "ζώσης", "现场", "現場", "返", "근무",
                "presence", "live-on", " ships", "a ship", "our ship", "yacht",
                "feadship", "bouwplaats", "ter plaatse", "hjemmekontor",
                "hjemmefra", "presenza", "sur place", "op het bedrijf", "resident on",
                "interamente in", "smart working", "lavoro in", "resident position",
                "resident role", "in-restaurant", "in-store", "in-hotel", "in-clinic",
                "in-school", "työma", "etätyö", "budow", "byggeplads", "na miejscu", "勤務",
                "struttura", "faena", "premises", "mine site", "in presence", "uzaktan",
                "fabrikada", "sahada", "tesiste", "onboard", "om bord", "utføres",
                "yerinde", "ofisten", "depoda", "işyerinde",
                "munkavégzés", "nincs", "jelenlét", "helyszínen", "상주",
                "вахт", "на заводе", "на руднике",
                "на месторожд", "на территории", "на шахте", "на объекте", "в офисе",
                "на производстве", "на карьере", "на заводі", "в офісі", "у офісі",
                "в студії", "у студії", "pejabat", "kerja di", "perseel", "gebaseer",
                "terminaal", "op die", "εργοτάξ", "κατάστημα", "βάρδια", "vardiya", "směn",
                "lapor diri", "berpangkalan", "kat ",
                "site work", "field work", "in store")  # fmt: skip
_ONSITE_MORE = Lower(
    r"\b(?:on[- ](?:the )?(?:property|campus|premises|estate)(?! (?:housing|accommodation|parking))"
    r"|(?:live|living|work|working|stay|based) (?:and work(?:ing)? )?on ?board"
    r"|on ?board (?:the |our )?(?:vessels?|ships?|ferr(?:y|ies)|rigs?|yachts?)"
    r"|on board \((?:sea|ship)"
    # a crew's rotation "2 months on board / 1 month off", "4 weeks on / 4 weeks off, onboard"
    r"|\d{1,2} (?:months?|weeks?) on(?: ?board)? ?/ ?\d{1,2} (?:months?|weeks?) off"
    r"|100\s?% (?:presencial|en présentiel|sur site|vor ort)|présentiel(?:le)?"
    r"|en sitio|en planta|op locatie|op kantoor|in sede"
    # Dutch "thuiswerk is niet voorzien" (no working from home), "je werkt vanop de werf"
    r"|thuiswerk(?:en)? is niet (?:voorzien|mogelijk)|(?:vanop|op) de werf"
    # "werken op de locatie in Deventer", "dagelijks op de bouwplaats", "ter plaatse in de keuken"
    r"|(?:werken|werk je|werkt) op (?:de|onze) locatie|op de bouwplaats|ter plaatse (?:in|op|bij)\b"
    # "dit is geen thuiswerkfunctie", "Het werk is uiteraard op het bedrijf zelf"
    r"|geen thuiswerk\w*|(?:werk|functie|baan) is (?:\w+ )?op het bedrijf"
    # Italian "È richiesta presenza quotidiana in stabilimento", "ovviamente in presenza"
    r"|presenza (?:quotidiana|giornaliera|costante|fissa) (?:in|presso|al|nel|nello)\b"
    r"|(?:ovviamente|rigorosamente|solo|esclusivamente|totalmente|completamente|sempre)"
    r" in presenza"
    # "attività svolta interamente in azienda e in campo, non è previsto smart working"
    r"|(?:svolt[ao]|lavoro) interamente in (?:azienda|sede|ufficio|campo|stabilimento|cantiere)"
    r"|non è previsto (?:lo )?smart working|smart working non (?:è )?previsto"
    # "This position is resident on the farm."
    r"|resident on (?:the|our) (?:farm|estate|property|station|ranch|site|orchard)"
    # Norwegian "Hjemmekontor er dessverre ikke aktuelt", "ikke en jobb som kan gjøres hjemmefra"
    r"|hjemmekontor er (?:[a-zæøå]+ ){0,3}ikke (?:aktuelt|mulig)"
    r"|(?:ikke en jobb som kan|kan ikke) gjøres hjemmefra"
    r"|ikke en stilling med hjemmekontor"
    # Italian "il lavoro è in presenza", "lavoro in boutique su turni"; French "consultations
    # sur place"; "28/28 on board"; "an in-restaurant role"; "a resident position"
    r"|(?:lavoro|è) in presenza|lavoro in (?:boutique|negozio|officina|reparto|cantiere"
    r"|stabilimento|magazzino|cucina|sala|birrificio|caseificio|cantina|frantoio|vigna)"
    r"|(?:consultations?|travail|poste|présence) sur place"
    r"|\d{1,2}/\d{1,2} on ?board"
    r"|\bin-(?:restaurant|store|hotel|clinic|school) (?:role|position|job)"
    r"|resident (?:position|role)"
    # Swedish "på plats på terminalen", Finnish "paikan päällä", Danish "fast arbejdssted",
    # Norwegian "fast oppmøte"
    r"|på plats (?:på|i|vid) |paikan päällä|fast arbejdssted|fast oppmøte"
    # Finnish "työ tehdään työmaalla" (the work is done on site), "ei etätyömahdollisuutta" (no
    # remote work); Polish "praca na budowie", "na miejscu w naszym magazynie"; Danish
    # "arbejdet foregår på byggepladsen"
    r"|(?:työ tehdään |töitä tehdään )?työmaalla|työmailla|ei etätyö\w*"
    r"|prac\w* na budowie|na miejscu w (?:naszym|naszej|firmie|zakładzie|magazynie)"
    r"|på byggepladsen"
    # Japanese "店舗勤務" (work in the shop), "現場勤務", "工場勤務"; Italian "Lavoro ovviamente in
    # struttura"; Chile's "turno 7x7 en faena"; "on the school premises", "on customer mine
    # sites"; Italian English "the work is in presence"
    r"|店舗勤務|現場勤務|工場勤務|(?:lavoro|servizio|impiego) (?:\w+ )?in struttura\b|\ben faena\b"
    r"|on the (?:school|hospital|company|college|factory|clinic)(?:'s)? premises"
    r"|on customer (?:mine )?sites|(?:work|job|role) is in presence\b"
    # Turkish "uzaktan çalışma imkanı yok" (no remote work), "fabrikada tam zamanlı" (full time
    # at the factory), "sahada", "tesiste"
    r"|uzaktan çalışma (?:imkanı |imkânı |olanağı )?yok|\b(?:fabrikada|sahada|tesiste)\b"
    # "yerinde çalışma gerektiriyor" (needs work on site), "ofisten çalışma", "depoda"
    r"|\byerinde çalışma|\bofisten çalış\w*|\bofisten \(|\bdepoda\b|\bişyerinde\b"
    # a seafarer's "Onboard position", "Bosun position onboard"; Norwegian "arbeidssted om
    # bord", "Arbeidet utføres på flyplassen"; Hungarian "munkavégzés az üzemben", "A
    # munkavégzés helye a telep", "home office nincs", "személyes jelenléttel"
    r"|\bonboard (?:position|role|job)\b|\b(?:position|role|job) onboard\b"
    r"|\barbeidssted om bord\b|\barbeidet utføres på\b"
    r"|\bmunkavégzés (?:helye|helyszíne|az|a) |\bhome office nincs\b"
    r"|\b(?:személyes|napi) jelenlét\w*"
    # "A munka jellegéből adódóan a helyszínen … kell dolgozni"; Korean "현장 상주" (resident on
    # site)
    r"|\ba helyszínen\b[^.\n]{0,30}?\bkell dolgozni|현장 상주|상주 근무"
    # Greek "δια ζώσης" (in person)
    r"|δια ζώσης"
    r"|fifo|dido|bibo|fly[- ]in[,/ ]+fly[- ]out"
    # Russian and Ukrainian: a rotation ("вахта 28/28", "вахтовым методом"), work at the
    # plant, the mine, the field, the office ("работа непосредственно на заводе")
    r"|вахт\w*|(?:работ\w*|робот\w*|трудоустройство) (?:\w+ )?(?:на|в|у) (?:заводе|руднике"
    r"|месторождении|шахте|объекте|производстве|карьере|офисе|заводі|шахті|офісі|студії)"
    r"|на территории (?:завода|предприятия|рудника|комбината)|в офисе (?:5|пять) дней"
    r"|(?:в|у) (?:офісі|студії) (?:5|п'ять|пʼять) днів"
    r"|\d{1,2}\s?x\s?\d{1,2} (?:roster|rotation|swing|shift)"
    r"|\d{1,2}(?:/| on[ /,]+)\d{1,2}(?: off)? (?:roster|rotation|swing)"
    r"|rotational (?:roster|schedule|basis)"
    r"|(?:weeks?|days?|months?) on\s?/\s?\d{1,2} (?:weeks?|days?|months?) off"
    r"|(?:factory|plant|mill|mine|site|hospital|clinic) premises|on the (?:shop|factory) floor"
    # Polish "praca w terenie" (in the field); "you'd live and work on the vessel"
    r"|prac\w* w terenie|(?:work(?:ing)?|live|living|based|serv(?:e|ing)|sail(?:ing)?|stay(?:ing)?"
    r"|be) (?:on|aboard) (?:the|our|a|this) (?:vessels?|ships?|rigs?|tankers?|ferr(?:y|ies))"
    r"|aboard (?:the |our )?(?:vessels?|ships?)"
    # "an Excursions Manager opening on one of our ships", "two openings on a 48m sailing
    # yacht", "the Bosun job on the 55m Feadship"
    r"|(?:openings?|roles?|jobs?|positions?|vacanc(?:y|ies)|berths?) on (?:one of our |a |an "
    r"|the |our )?(?:\d+\s?m )?(?:[\w-]+ ){0,2}?(?:ships?|vessels?|yachts?|feadship|rigs?"
    r"|tankers?|ferr(?:y|ies)|cruise ships?)"
    # "full time at site" (Gulf and Indian English), "out in the field at customer homes",
    # "on client sites", "a base-located role"
    r"|(?:full[- ]time|posted|stationed|deployed|working|work|based|job|role) at (?:the )?"
    r"(?:project )?site|out in the field|(?:at|on) (?:the )?(?:customer|client)(?:s'|'s|s)?"
    r" (?:homes|sites?|premises|locations)|(?:base|site|plant|office|hospital)[- ]located)\b"
    # Vietnamese "làm việc (full-time) tại văn phòng" (work at the office)
    r"|làm việc (?:[\w-]+ ){0,3}tại văn phòng"
    # Japanese "原則出社" (in the office as a rule), "出社勤務", "客先常駐" (on the client's site)
    r"|原則出社|フル出社|出社(?:勤務|必須|が必要|となります)|常駐"
    # Chinese "需要坐班", "坐班，双休" (at the desk in the office every day)
    r"|坐班"
    # Chinese "全职现场办公", Cantonese "要全職返 office"; Korean "사무실 근무", "상주 근무",
    # "100% 오피스 근무", "출근 근무"
    r"|现场办公|現場辦公|全[职職]返\s?office|사무실\s?근무|오피스\s?근무|상주\s?근무|출근\s?근무"
    # "The job requires presence at our office … every day", "a live-on-farm role"
    r"|requires? (?:your )?presence at (?:our|the) (?:office|site|plant)|live-on-(?:farm|site)"
    # Malay "kerja kat pejabat gudang kami", "Lapor diri kat depot", "berpangkalan di pejabat",
    # "Waktu pejabat …, di pejabat Pelabuhan Klang"
    r"|\b(?:kerja|bekerja|berpangkalan|lapor diri|waktu pejabat[^\n]{0,60}?,) (?:\w+ )?(?:kat|di)"
    r" (?:pejabat|depot|gudang|kilang|lokasi)\b|\bkerja di lokasi\b"
    # Afrikaans "by ons kantoor in Malmesbury", "kantoor- en werfgebaseer", "op perseel", "op
    # die terminaal self"
    r"|\b(?:by|in) ons (?:hoof)?kantoor\b|\b(?:kantoor|werf)(?:- en werf)?gebaseer\b"
    r"|\bop perseel\b|\bop die (?:terminaal|werf|perseel|terrein)\b"
    # Greek "στο εργοτάξιο", "εργασία στο κατάστημα", "πρωινή βάρδια"; Turkish "3 vardiya",
    # "vardiyalı"; Czech "noční směny", "směnný provoz"
    r"|στο εργοτάξιο|εργασία στο κατάστημα|\w+ βάρδια|\b\d vardiya\b|\bvardiyalı\b"
    r"|\b(?:noční|ranní|odpolední|nepřetržité) směn\w*|\bsměnný provoz\b"
    # "All job site work around San Antonio", "some nights and weekends in store"
    r"|\ball (?:job ?site|on-?site|field) work\b|\b(?:nights|weekends|days) in store\b"
)
# "based in Guadalajara" / "based at our Leeds depot": the role's place, so on site when nothing
# says remote or hybrid; not when the company, the writer or the reader is what is based there
_BASED = Lower(r"\bbased (?:in|at|out of) (?!home|remote)(?=\w)")
_BASED_NOT_ROLE = Lower(
    r"(?:\bi'?m|\bi am|\bwe'?re|\bwe|\byou'?re|\byou|\bwho(?:'s)?|\bwhich|\bthat|\bthey'?re"
    r"|\bthey|\bit'?s|\bit|compan(?:y|ies)|client|firm|agency|start-?up|scale-?up|unicorn"
    r"|business|group|\w*tech|bank|insurer|lender|consultancy|provider|manufacturer|retailer"
    r"|operator|brand|charity|non-?profit|university|publisher|chain|airline|subsidiary"
    r"|organi[sz]ation|team|must(?: be)?|should(?: be)?|needs? to be|ideally|preferably"
    r"|candidates?|applicants?|people|anyone|headquartered|family|ltd|inc|gmbh|plc|llc|ag)"
    r"(?:\s(?:is|are|also|mainly|mostly|primarily|all|be|been|still|now|currently|already"
    r"|both|itself))*\s?(?:\([^)]*\)\s?)?,?\s?$"
)
_REMOTE_FROM = re.compile(
    r"remote\s*(?:\(|-|–|—|,|:)?\s*(?:within|from|in|across|anywhere in)?\s*(?:the\s)?"
    r"(?P<a>[A-Z][\w.]*(?:[ /][A-Z][\w.]*){0,2})\s*(?:only|based|-based)?\)?"
    r"|(?:must|need to|should) (?:be|live|reside) (?:based |located )?in (?:the"
    r" )?(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
    r"|(?:candidates|applicants) (?:based )?in (?:the )?(?P<c>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
    r"|anywhere in (?:the )?(?P<d>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
    r"|\b(?P<e>US|UK|EU|EMEA|USA|Canada|Europe|India|Australia|Germany)[- ]based\b"
    r"|\((?P<f>US|UK|EU|EMEA|USA|Canada|Europe|India|Australia|Germany|North America|LATAM)(?:"
    r" only| time ?zones?)?\)",
    re.I,
)
_PLACE_WORDS = {
    "us": "US",
    "usa": "US",
    "u.s.": "US",
    "u.s": "US",
    "united states": "US",
    "america": "US",
    "north america": "North America",
    "uk": "UK",
    "united kingdom": "UK",
    "britain": "UK",
    "eu": "EU",
    "europe": "Europe",
    "emea": "EMEA",
    "canada": "Canada",
    "india": "India",
    "australia": "Australia",
    "germany": "Germany",
    "deutschland": "Germany",
    "latam": "LATAM",
    "ireland": "Ireland",
    "netherlands": "Netherlands",
    "spain": "Spain",
    "portugal": "Portugal",
    "france": "France",
    "poland": "Poland",
    "new zealand": "New Zealand",
    "mexico": "Mexico",
}
_RELOCATION_YES = Lower(
    r"relocation (?:assistance|support|package|bonus|allowance|help|is (?:provided|available"
    r"|offered|paid|covered))"
    r"|(?:will|can|happy to) (?:help (?:you )?)?(?:relocate|support relocation|cover relocation)"
    r"|relocation (?:provided|available|offered|paid)"
    r"|visa and relocation|umzugskosten"
)
_RELOCATION_NO = Lower(
    r"no relocation|relocation (?:is )?not (?:available|offered|provided|possible|supported)"
    r"|unable to (?:offer|provide) relocation"
    r"|cannot (?:offer|provide|support) relocation|must (?:already )?(?:live|be based|reside)"
    r" (?:within|in|near)"
)


@dataclass
class WorkplaceFinding:
    workplace: Workplace = "unknown"
    span: tuple[int, int] | None = None
    office_days: float | None = None
    office_span: tuple[int, int] | None = None
    remote_from: list[str] = field(default_factory=list)
    remote_from_span: tuple[int, int] | None = None
    relocation: bool | None = None
    relocation_span: tuple[int, int] | None = None


def _count(word: str | None) -> int | None:
    return _NUMBER_WORDS.get(word.lower()) if word else None


# a _NOT_REMOTE_PHRASE holds one of these
_NOT_REMOTE_GATE = ("remot", "kein", "wfh", "home", "telework")
_NOT_REMOTE_PHRASE = Lower(
    # ("Remote job: No", "Telework eligible: No": a job board's fields)
    r"\b(?:remote (?:job|work|position|role|eligible)\s?:\s?no|telework(?:ing)? eligible\s?:\s?no"
    r"|not (?:a )?remote|no remote|non[- ]remote|isn'?t (?:a )?remote|not fully remote"
    r"|not possible (?:to work )?remote"
    r"|no (?:office|hybrid|home|wfh) ?/ ?remote"  # "(no office/remote option)"
    # "not suitable for remote work", "remote working is not possible", "can't be done remotely"
    r"|(?:not|isn'?t|unsuitable|never) (?:suitable |possible |available |an option |open )?(?:for"
    r" |as )(?:a |fully )?remote|remote (?:work(?:ing)? )?(?:is not|isn'?t|is never|not)"
    r" (?:possible|available|an option|offered|suitable)"
    r"|can(?:'?t|not) be (?:done|performed|carried out) remotely|can(?:'?t|not) be remote"
    r"|kein(?:e)? (?:homeoffice|home office|mobiles arbeiten)|no (?:option for )?wfh"
    r"|no home[- ]?working|no work(?:ing)?[- ]from[- ]home"
    r"|(?:home[- ]?working|telework(?:ing)?|wfh) (?:is not|isn'?t) (?:possible"
    r"|available|an option)|" + _LOCAL_NO_WFH + r")\b"
)


def find_workplace(text: str, start: int = 0, end: int | None = None) -> WorkplaceFinding:
    end = len(text) if end is None else end
    out = WorkplaceFinding()
    low = lowered(text)
    weekdays = _office_days(text, start, end, out, low)
    hybrid = _hybrid(text, start, end, low)
    if out.office_days is not None and (
        out.office_days >= 5
        # "on site Mon–Thu" with nothing said of home: the working week, all of it on site
        or (
            weekdays
            and out.office_days >= 4
            and hybrid is None
            and not any(low.find(word, start, end) >= 0 for word in _HOME_WORDS)
        )
    ):
        out.workplace, out.span = "onsite", out.office_span
    elif (site := _site_based(text, start, end, low, out, hybrid)) is not None:
        # "a site-based role …, with one day a week at the Leeds office": every day on site
        out.workplace, out.span = "onsite", site.span()
    elif out.office_days is not None or hybrid:
        out.workplace = "hybrid"
        out.span = hybrid.span() if hybrid else out.office_span
    else:
        remote = _remote(text, start, end, low)
        not_remote = (
            _NOT_REMOTE_PHRASE.search(text, start, end)
            if any(low.find(word, start, end) >= 0 for word in _NOT_REMOTE_GATE)
            else None
        )
        if remote and not not_remote:
            out.workplace, out.span = "remote", remote.span()
        else:
            found = (
                _ONSITE.search(text, start, end)
                or not_remote
                or (
                    _ONSITE_MORE.search(text, start, end)
                    if any(low.find(word, start, end) >= 0 for word in _ONSITE_GATE)
                    else None
                )
                or _based(text, start, end)
            )
            if found:
                out.workplace, out.span = "onsite", found.span()
    if out.workplace == "remote":
        _remote_from(text[start:end], start, out)
    if low.find("relocat", start, end) >= 0 or low.find("must", start, end) >= 0:
        no = _RELOCATION_NO.search(text, start, end)
        yes = _RELOCATION_YES.search(text, start, end) if no is None else None
        if no:
            out.relocation, out.relocation_span = False, no.span()
        elif yes:
            out.relocation, out.relocation_span = True, yes.span()
    elif low.find("umzug", start, end) >= 0:
        yes = _RELOCATION_YES.search(text, start, end)
        if yes:
            out.relocation, out.relocation_span = True, yes.span()
    return out


def _hybrid(text: str, start: int, end: int, low: str) -> re.Match[str] | None:
    """The first hybrid phrase that is not negated ("kein Homeoffice möglich")."""
    patterns = [_HYBRID]
    if any(low.find(word, start, end) >= 0 for word in _HYBRID_GATE):
        patterns.append(_HYBRID_LOCAL)
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            if _HYBRID_NEGATED.search(text, max(start, match.start() - 30), match.start()) is None:
                return match
    return None


_SITE_BASED = Lower(
    r"\b(?:site|field|plant|yard|depot|mine|workshop|warehouse|factory)[- ]based\b"
    r"|\bbased on (?:the )?(?:construction |building )?sites\b"
)


_HOME_WORK = Lower(
    r"\b(?:remote(?:ly)?|(?:from|at) home|home[- ]?(?:working|office|based)|wfh|hybrid|telework\w*"
    r"|t[ée]l[ée]travail)\b"
)


def _site_based(
    text: str,
    start: int,
    end: int,
    low: str,
    out: WorkplaceFinding,
    hybrid: re.Match[str] | None,
) -> re.Match[str] | None:
    """A role on sites whose office days are the rest of the week's work, nothing said of
    home ("site-based …, with one day a week at the office")."""
    if out.office_days is None or hybrid is not None or low.find("based", start, end) < 0:
        return None
    site = _SITE_BASED.search(text, start, end)
    if site is None or _HOME_WORK.search(text, start, end):
        return None
    return site


def _based(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "First Officers based in Guadalajara", "the role is based in Leeds": the role's place."""
    if lowered(text).find("based ", start, end) < 0:
        return None
    for match in _BASED.finditer(text, start, end):
        clause = max(start, match.start() - 40)
        if _BASED_NOT_ROLE.search(text, clause, match.start()) is None:
            return match
    return None


def _remote(text: str, start: int, end: int, low: str) -> re.Match[str] | None:
    """The first remote phrase that is not "remote stipend", "remote sites", "not remote"…"""
    for match in _REMOTE.finditer(text, start, end):
        blocker = _NOT_REMOTE.search(
            text, max(start, match.start() - 20), min(end, match.end() + 60)
        )
        if blocker is None or not (blocker.start() <= match.start() < blocker.end()):
            return match
    if any(low.find(word, start, end) >= 0 for word in _REMOTE_GATE):
        return _REMOTE_LOCAL.search(text, start, end)
    return None


# words of working from home: without one, weekdays on site are the whole working week
_HOME_WORDS = ("remot", "home", "wfh", "hybrid", "télétrav", "teletrav", "telework", "thuis")


def _office_days(text: str, start: int, end: int, out: WorkplaceFinding, low_text: str) -> bool:
    """Days a week in the office: "3 days onsite", "2 from home", "Tue-Thu", "60% office".
    True when the days are named weekdays ("on site Mon–Thu")."""
    found: tuple[float, re.Match[str]] | None = None
    weekdays = False
    for pattern in _OFFICE_DAYS:
        match = pattern.search(text, start, end)
        if match:
            low, high = _count(match.group("n")), _count(match.group("m"))
            if low is not None:
                found = ((low + high) / 2 if high else float(low), match)
                break
    if found is None:
        match = _WEEKDAYS.search(text, start, end)
        days = _weekday_count(match.group("days") or match.group("days2")) if match else None
        if match and days:
            found = (float(days), match)
            weekdays = True
    if found is None:
        match = _TIMES_A_WEEK.search(text, start, end)
        if match:
            found = (float(_TIMES[(match.group("t") or match.group("u")).lower()]), match)
    if found is None and lowered(text).find("%", start, end) >= 0:
        match = _PERCENT.search(text, start, end)
        if match and 0 < int(match.group("p")) < 100:
            share = int(match.group("p")) / 100
            found = (5 * (share if match.group("office") else 1 - share), match)
    if found is None:
        match = _HOME_DAYS.search(text, start, end)
        if match is None and any(low_text.find(w, start, end) >= 0 for w in _HOME_GATE):
            match = _HOME_DAYS_BEFORE.search(text, start, end) or _HOME_DAYS_AFTER.search(
                text, start, end
            )
        home = _count(match.group("n")) if match else None
        if match and home is not None and home < 5:
            found = (float(5 - home), match)
    if found is not None:
        out.office_days = found[0]
        out.office_span = found[1].span()
    return weekdays


def _weekday_count(spec: str) -> int | None:
    names = re.findall(r"[a-z]{2,}", spec.lower())
    index = [_WEEKDAY_INDEX[n[:2]] for n in names if n[:2] in _WEEKDAY_INDEX]
    if len(index) < 2:
        return None
    if re.search(r"-|–|\bto\b|through|thru", spec.lower()) and len(index) == 2:
        return index[1] - index[0] + 1 if index[1] >= index[0] else None
    return len(set(index))


def _remote_from(region: str, start: int, out: WorkplaceFinding) -> None:
    for match in _REMOTE_FROM.finditer(region):
        raw = next((g for g in match.groups() if g), None)
        if not raw:
            continue
        words = raw.strip(" .)").split()
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n]).lower().strip(".,")
            if key in _PLACE_WORDS:
                place = _PLACE_WORDS[key]
                if place not in out.remote_from:
                    out.remote_from.append(place)
                    out.remote_from_span = out.remote_from_span or (
                        start + match.start(),
                        start + match.end(),
                    )
                break
