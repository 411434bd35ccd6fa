"""The recruiter: name, e-mail, profile URL, phone, job title, agency or in-house, company."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidedoor.intake.extract import agency_model
from sidedoor.intake.extract.agency import (
    agency_cue,
    consultancy_name,
    inhouse_cue,
    is_agency_name,
    speaks_for_employer,
    weak_agency_cue,
)
from sidedoor.intake.extract.company import (
    EVERYWHERE,
    LEGAL_FORM,
    LOWER_BRAND,
    NOT_BRANDS,
    ORG_WORDS,
    PUBLIC_BODY_END,
    STREET,
    UPPER,
    clean_name,
    common_words_only,
    company_from_url,
    domain_key,
    domain_name,
    fold,
    is_city,
    is_department,
    plain_view,
    split_domain,
    strip_legal,
    to_original,
    used_as_place,
)
from sidedoor.intake.extract.company_rank import plausible_name
from sidedoor.intake.models import Evidence, Recruiter
from sidedoor.intake.textutil import (
    AFTER_NAME,
    NAME_END,
    NAME_START,
    SIGN_OFF,
    Lower,
    literal_matches,
)


def _words(text: str) -> list[str]:
    return text.split()


EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PROFILE = re.compile(
    r"(?<![\w./])(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/(?P<slug>[\w%-]+)/?", re.I
)
PHONE = re.compile(
    r"(?<![\w])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]?\d{3,4}(?![\w])"
)
_RECRUITER_TITLE = re.compile(
    r"(?:recruit\w*|talent|sourc\w+|headhunt\w*|resourc\w+|staffing|hiring|principal consultant"
    # "Chargée de recrutement", "Reclutatrice", "Técnica de Selección", "Personalreferentin"
    r"|recrut\w*|reclut\w*|selecci[oó]n|personalreferent\w*|gerente de b[uú]squeda"
    r"|\bhr (?:manager|director|generalist|specialist|lead|officer|business partner|advisor)"
    # "HR Executive", "HR & Crewing Manager", "Head of Department", "Personalgewinnung"
    r"|\bhr(?: (?:&|and) \w+)? (?:executive|manager|coordinator|assistant|associate)"
    r"|\bhead of (?:department|hr|people|talent)\b|personalgewinnung|personalmarketing"
    r"|personalabteilung|personalwesen|personalservice|\bhr-abteilung"
    r"|people (?:manager|operations|ops|lead)|people (?:&|and) culture|recursos humanos"
    # "Gente & Gestão | Vereda Agro", "Gestión Humana", "RRHH": an HR team's own name
    r"|\bgente (?:&|e) gest\w+|gest[aã]o de pessoas|gesti[oó]n humana|talento humano"
    r"|capital humano|\brrhh\b"
    r"|ressources humaines|risorse umane|human resources"
    r"|senior consultant"
    r"|associate director|account manager|consultant|partner|personalberater\w*|people partner"
    r"|\bconsultor[ae]?\b|\bconsultante\b"
    # (whole words: "Associates" holds "socia")
    r"|founder|co-founder|managing director|associée?|\b(?:socio|socia|sócia|sócio)\b"
    # a bare "Principal" before the firm: "Principal | Peak MedTech Search"
    r"|\bprincipal(?=\s*[|,–—]))",
    re.I,
)
_INTRO = re.compile(
    r"\b(?:I'?m|I am|[Mm]y name is|[Tt]his is|[Ii]t'?s|[Ii]ch bin|[Mm]ein Name ist"
    # "Sou a Juliana", "soy Flor", "aqui é a Camila", "je m'appelle Léa", "me llamo Ana"
    r"|[Ss]ou(?: a| o)?|[Ss]oy|[Ss]ono|[Ii]k ben|[Aa]qui é(?: a| o)?|[Aa]quí es|[Jj]e m'appelle"
    r"|[Mm]e llamo|[Mm]i chiamo)\s+"
    r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){0,2})\b"
)
# capitalised words on one line ("Booking.com", "AT&T", "3M", "iFood", "monday.com")
_CO_WORD = (
    rf"(?:[{UPPER}0-9]|[a-z]{{1,2}}(?=[{UPPER}][a-z])|[a-z][a-z0-9-]+(?=\.(?:com|io|ai|co|app)\b))"
    r"[\w&.'’-]*"
)
# small words inside a name, before another capitalised word: "Hollis and Marsh Architects",
# "Krishnagiri Institute of Technology", "Friends of the Volta Basin"
_CO_SMALL = (
    r"(?:of|and|du|de|des|del|della|di|da|do|van|von|der|für|y|e)(?:[ \t](?:the|la|les|der))?"
    rf"(?=[ \t](?!I\b)[{UPPER}])"
)
# "Les Halles d'Émile", "Maison d'Arlanc": an elided "de" joined to the next word
# (a Nordic municipality's lower-case noun ends its name: "Hallsjö kommun", "Vejle Kommune")
_CO = (
    rf"{_CO_WORD}(?:[ \t](?!I\b)(?:{_CO_WORD}|&|{_CO_SMALL}|[dl]['’](?=[{UPPER}]){_CO_WORD}))*"
    r"(?:[ ](?:kommun|kommune|fylkeskommune|kunta|region|landsting)\b)?"
)
_AT_COMPANY = re.compile(
    # "Talent Partner at X", "on the pilot recruitment team at X", "I lead talent for X's …",
    # "Mirjam | Talent @ Booking.com"
    r"\b(?i:recruiter|recruiting|recruitment|talent acquisition|talent|sourcer|hr|people"
    r"|head of talent|(?:co-?)?founders?|cto|ceo|hiring manager|workforce)"
    r"(?i:\s(?:partner|specialist|lead|team|manager|advisor|adviser|officer|coordinator"
    r"|consultant|business partner))?"
    rf"(?:\s(?:at|with|for|from|en)\s(?:the\s(?=[{UPPER}]))?"
    rf"|\s@\s?)(?P<name>(?!I\b){_CO}|{LOWER_BRAND})"
    r"|\b(?:[Tt]his is|I'?m|I am|[Ii]t'?s|[Ii]t’s) [A-Z][a-z]+ (?:from|with|at|w/)"
    rf" (?P<name2>{_CO})"
    # "I'm with X", "I work for X"
    rf"|\b(?:I'?m|I’m|I am) with (?P<name3>(?!I\b){_CO})|\bI work (?:at|for) (?P<name4>{_CO})"
    # "Greetings from FALCON AVIATION SERVICES", "Greetings from Xpheno!"
    r"|\b(?:[Gg]reetings|[Ss]aludos|cordial saludo|[Ss]audações) (?:from|desde|de)"
    rf" (?:la |el |a |o )?(?P<name6>{_CO})"
    # "I'm a senior consultant at X", "I'm a Partner at X", "I'm a headhunter at X"
    r"|\b(?:I'?m|I’m|I am) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?i:consultant|headhunter|partner"
    r"|director|associate|manager|lead|specialist|advisor|adviser)"
    # ("I'm the Programme Lead for Tobacco Control at Public Health Wales": the unit, then
    # the employer)
    r"(?:\s(?:for|of)(?:\s[\w&'’-]+){1,4}?(?=\sat\s))?\s(?:at|with|from)\s"
    rf"(?:the\s(?=[{UPPER}]))?(?P<name7>(?!I\b){_CO})"
    # French "C'est Léa de Saisonniers Alpes Intérim", "Ici Paul, de X"
    rf"|\b(?:[Cc]['’]est|Ici) [A-Z][a-zà-ÿ]+,? (?:de |d['’]|chez )(?P<name36>{_CO})"
    # "I am Marta, CEO and co-founder of Rutafresca"
    r"|\b(?:I'?m|I’m|I am) [A-Z][a-z]+, (?:the )?(?i:(?:co-?)?founder|ceo|cto|coo|owner"
    r"|managing director)(?: (?:&|and) (?i:co-?founder|founder|ceo))? (?:of|at)"
    rf" (?P<name35>(?!I\b){_CO})"
)
# Phrasings with a word that most texts lack, each run only when the text has it (a single
# alternation of them all took twice the time of the rest on the 5,000-message export):
_AT_TEAM = re.compile(
    # "I'm part of the recruitment team in Equinor", "the talent team of X"
    # "a Recruitment Adviser in the Resourcing Team at X", "the HR department of X"
    r"\b(?i:recruitment|recruiting|resourcing|crewing|talent(?: acquisition)?|hiring|hr|people)"
    r" (?i:team|department) (?:in|of|at)"
    rf" (?P<name8>{_CO}|{LOWER_BRAND})"
    # "I'm on the Hexa Foods talent acquisition team" (no possessive)
    rf"|\b(?:on|in|from|with|of) the (?P<name10>{_CO}) (?i:talent|recruiting|recruitment|people|hr)"
    r"(?i: acquisition)? (?i:team|function)\b"
    # "I'm a recruiter on Formosa Cloudworks' firmware team"
    r"|\b(?i:recruiter|recruiting|sourcer|talent partner) (?:on|in|with|from) (?:the )?"
    rf"(?P<name16>{_CO})(?:'s|’s|'|’) (?:[\w&-]+ ){{0,3}}?(?i:team|group|division)\b"
)
# "Brightline People here - …" at the start of a line; "Dan at Lumen Search here."
_HERE = re.compile(
    rf"(?:^|\n)(?P<name9>{_CO}) here\b(?=\s*[-–—,.!:(])"
    r"(?!,\s(?:the\s)?(?:owner|director|founder|co-founder|md|gm|boss|manager)\s(?:of|at)\s)"
    # "Hej Ola! Borek & Sowa Games here (we're the Kraków team …)"
    rf"|[.!?]\s(?P<name30>{_CO}) here \((?=we|our)"
    # "hey mate, Dave here, exec chef at Coral Pines Resort up in Port Douglas"
    rf"|\b[A-Z][a-z]+ here, (?:[a-z-]+ ){{1,3}}at (?P<name28>{_CO})"
    # "Mike here, owner of Harcourt Build Ltd."
    # "Tobi here, CEO & co-founder of Paystride"
    rf"|\b[A-Z][a-z]+ here, (?:the )?(?:owner|director|founder|co-founder|md|gm|boss|manager"
    r"|(?i:ceo|cto|coo)(?: (?:&|and) (?:co-?founder|founder))?)"
    rf" (?:of|at) (?P<name34>{_CO})"
    rf"|(?:^|\n|[.!?,–—-]\s)[A-Z][a-z]+ (?:at|from|with) (?P<name14>{_CO}) here\b"
    r"(?=\s*[-–—,.!:])"
    # "Dan here from Hudson Shaw."
    rf"|(?<![\w])[A-Z][a-z]+ here (?:from|at|with) (?P<name17>{_CO})"
    # "Hey Sam — cofounder of Loomwise.ai here (YC W24, …)"
    rf"|\b(?i:co-?founder|founder|ceo|cto) (?:of|at) (?P<name27>{_CO}) here\b(?=\s*[-–—,.!:(])"
    # "Je suis Hugo, CTO et cofondateur de Sillon.ai."
    rf"|\b(?i:cofondateur|cofondatrice|fondateur|fondatrice|cofundador|cofundadora|fundador"
    rf"|fundadora) (?:de|da|do|del) (?P<name29>{_CO})"
)
# "I lead the Insurance & Actuarial practice at Carrington Blake Associates"
_PRACTICE = re.compile(
    r"\bI (?:lead|head(?: up)?|run|manage) (?:the |our |a )?(?:[\w&-]+ ){1,4}?(?:practice|desk"
    rf"|team|division|vertical) (?:at|with) (?P<name18>(?!I\b){_CO})"
)
# "Keystone Medical Staffing has been engaged by X": the sender's agency
_ENGAGED = re.compile(
    rf"(?:^|\n|[.!?]\s)(?P<name15>{_CO}) (?:has|have) (?:been|recently been)"
    r" (?:exclusively )?(?:engaged|retained|appointed|mandated|instructed|asked|commissioned)"
    r" (?:by|to)\b"
)
# non-native English: "I am recruiter of X", "recruiting consultant of X", "recruiter in the X"
_OF_COMPANY = re.compile(
    r"\b(?i:recruiter|headhunter|sourcer|(?:co-)?founder|ceo|cto|(?:recruit\w+|talent"
    r"(?: acquisition)?|hr) (?:consultant|partner|specialist|manager|lead|advisor))\s(?:of|in)\s"
    rf"(?:the\s)?(?:company\s)?(?P<name11>(?!I\b){_CO})"
)
# "I write to you from company X", "I'm reaching out from X", "writing to you from X"
_WRITING_FROM = re.compile(
    r"\b(?:I(?:'m|’m| am)?\s)?(?:[Ww]rit(?:e|ing)|[Cc]ontact(?:ing)?|[Rr]each(?:ing)? out)"
    r"(?:\sto you)?\sfrom\s(?:the\s)?(?:company\s)?"
    rf"(?P<name12>(?!I\b){_CO})"
)
# German, French, Spanish, Portuguese, Italian, Dutch: "ich bin Personalberaterin bei X",
# "Recruiterin am X", "je suis chargée de recrutement chez X", "soy reclutadora en X", "sou
# recrutadora na X", "sono recruiter presso X", "ik ben recruiter bij X"
_ICH_BIN = re.compile(
    r"\b(?i:ich bin|je suis|soy|sou|sono|ik ben)\s(?:[\w-]+,?\s){0,3}?[\w-]*(?i:recruit|berater"
    r"|referent|partner|manager|spezialist|consult|headhunter|recrut|reclut|selezion|associ)[\w-]*"
    # "soy Consultora Senior en X": a grade after the title
    r"(?:\s(?i:senior|sênior|s[eé]nior|junior|j[uú]nior|jr\.?|sr\.?))?"
    r"\s(?:bei|beim|am|im|chez|en|na|no|em|presso|bij|da|do|de|del)\s(?:der\s|dem\s|la\s|el\s)?"
    rf"(?P<name13>(?!I\b){_CO})"
)
# other languages, casual: "aqui é a Bia, do time de people da Pipa.ai", "del equipo de
# talento de X", "de l'équipe recrutement de X", "aus dem Recruiting-Team von X", "del team HR di
# X"
_TEAM_DE = re.compile(
    r"\b(?i:time|equipe|équipe|equipo|team)\s(?:de\s|di\s|d['’])?(?i:people|pessoas|gente"
    r"|talentos?|talento|talents?|recrutamento|recrutement|reclutamiento|selecci[oó]n|selezione"
    r"|recursos humanos|ressources humaines|rrhh|rh|hr|recruiting|recruitment|personas"
    r"|talent acquisition|aquisição de talentos|adquisici[oó]n de talentos?"
    r"|atracci[oó]n de talentos?|atra[çc][ãa]o de talentos?)"
    r"\s(?:da|do|de|del|di|della|chez|d['’])\s?"
    rf"(?P<name19>(?!I\b){_CO}|{LOWER_BRAND})"
    r"|\b(?i:recruiting|recruitment|hr|people|talent|talent-acquisition|personal)-Team"
    rf"\s(?:von|bei)\s(?:der\s|dem\s)?(?P<name20>{_CO}|{LOWER_BRAND})"
)
# "I am from HR of X", "sono Giulia, HR di X", "Recursos Humanos de X", "Ufficio Personale di X"
_HR_OF = re.compile(
    r"\b(?:HR|H\.R\.|(?i:human resources|risorse umane|recursos humanos|ressources humaines"
    r"|ufficio personale))\s(?:of|di|de|da|del|della|dell['’]|chez)\s?(?:the\s)?"
    rf"(?P<name21>(?!I\b){_CO})"
)
# a first name and the company at a sentence's start: "G'day Matt, Jacko from Pilbara Trade
# Force.", "Te escribe Valentina de Talento Andino", "Soy Marta de X"
# ("Hey Jordan — Nate from Fernway Search.", "I'm Wei Ling from Straits Harbour Search")
_NAME_FROM = re.compile(
    r"(?:^|\n|[,.!?]\s|\s[—–-]\s|\bI'?m\s)(?:[A-Z][a-z]+(?: [A-Z][a-z]+)? from"
    r"|(?:(?:[Tt]e|[Ll]e|[Ll]es|[Vv]os) escribe|[Ss]oy|[Ss]ou|[Ss]aya|[Aa]ku"
    # (Indonesian and Malay "saya Rani dari Talentku Recruitment")
    rf"|[Aa]qu[ií] (?:es|é))\s(?:la |el |a |o )?[A-Z][a-z]+,? (?:de|da|do|dari)"
    # Spanish "Te contacto de Iberconsulting SAP Partners", "Desde Grupo Norempleo, agencia …"
    r"|(?:[Tt]e|[Ll]e|[Ll]es|[Oo]s) (?:contacto|escribo|escribimos|contactamos) (?:de|desde)"
    # ("Me comunico de Electrocomponentes Puebla")
    r"(?: la| el)?|[Mm]e comunico (?:de|desde)(?: la| el)?|(?P<desde>[Dd]esde)"
    # Dutch, German, Italian: "Ik ben Hylke Dijkstra van Agrarisch Werk Noord", "ich bin Jana
    # Wolf von X", "sono Marta Scuderi di X"; Afrikaans "Ek is Riana Smit van X", "dis Anneke
    # van X", "My naam is Elmarie Botha van X"
    r"|(?:[Ii]k ben|[Ii]ch bin|[Ss]ono|[Ee]k is|[Dd]is|[Mm]y naam is)\s[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)? (?:van|von|di))"
    # (not "do RH da Grão Vivo": the team's, whose company another phrasing finds)
    rf" (?!(?:RH|HR|RRHH|TI)\b)(?P<name22>{_CO})(?(desde)(?=,))"
)
# Swedish, Polish, Vietnamese, Indian English: "jobbar med rekrytering här på X", "jag leder
# rekryteringen på X", "rekrutuję w X", "HR của X" (X's HR), "Ritika this side from X"
_OTHER_TONGUES = re.compile(
    r"\b(?i:jobbar med rekrytering|leder rekryteringen|ansvarar för rekryteringen"
    r"|rekryterare)\s(?:här\s)?(?:på|hos|vid)\s"
    rf"(?P<name23>{_CO})"
    rf"|\b(?i:rekrutuję|rekruterką|rekruterem)\s(?:w|z)\s(?P<name24>{_CO})"
    rf"|\b(?:HR|[Tt]uyển dụng|[Nn]hân sự)\s(?:của|tại|ở)\s(?P<name25>{_CO})"
    rf"|(?:^|\n|[,.!?]\s)[A-Z][a-z]+ this side(?: from| at)? (?P<name26>{_CO})"
    # Swedish, Danish, Norwegian: "jag är IT-chef på Hallsjö kommun", "jobber som HR-rådgiver
    # i Nordvik Energi", "er Talent Partner hos Nordlys Energi"
    r"|\b(?i:jag är|jeg er|og er|och är|jobber som|jobbar som|arbejder som|er ansat som)\s"
    rf"(?:[\w-]+\s){{0,3}}?(?:på|hos|i|ved|vid)\s"
    # ("virksomhetsleder ved Tananger sykehjem i Sola kommune": the municipality employs)
    rf"(?:(?:[\w-]+\s){{1,3}}?i\s(?=[{UPPER}]\w+\s(?:fylkes)?kommune?\b))?(?P<name31>{_CO})"
    # "Vi på Fjällmark Energi söker …", Danish "Vi hos Nordlys Energi"
    rf"|(?:^|\n|[.!?]\s)[Vv]i (?:på|hos) (?P<name32>{_CO})"
)
_GATED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        _OTHER_TONGUES,
        ("rekryter", "rekrutuj", "rekruter", "của", "tại", "ở", "this side", "jag är", "jeg er",
         "og er", "och är", "jobber som", "jobbar som", "arbejder som", "ansat som", "vi på",
         "vi hos"),
    ),
    (
        _NAME_FROM,
        (" from ", " escribe ", "soy ", "sou ", "aquí ", "aqui ", " dari ", "contacto ",
         "escribo ", "escribimos ", "contactamos ", "desde ", "ik ben ", "ich bin ", "sono ",
         "comunico ", "ek is ", "dis ", "naam is "),
    ),
    (
        _HR_OF,
        (
            "hr of ",
            "hr di ",
            "hr de ",
            "hr da ",
            "h.r. of",
            "resources of",
            "umane d",
            "humanos d",
            "humaines d",
            "humaines chez",
            "personale d",
        ),
    ),
    (_TEAM_DE, ("time de ", "equipe ", "équipe ", "equipo ", "-team ", " di ")),
    (_AT_TEAM, ("team", "function", "department")),
    (
        _HERE,
        (
            " here.",
            " here,",
            " here!",
            " here -",
            " here –",
            " here —",
            " here:",
            " here from ",
            " here at ",
            " here with ",
            " here (",
            " here, ",
            "fondat",
            "fundador",
        ),
    ),
    (_PRACTICE, ("i lead ", "i head ", "i run ", "i manage ")),
    (
        _ENGAGED,
        (
            "been engaged",
            "been retained",
            "been appointed",
            "been mandated",
            "been ask",
            "been instructed",
            "been commissioned",
            "been exclusively",
            "recently been",
        ),
    ),
    (
        _OF_COMPANY,
        (
            "recruiter of",
            "recruiter in",
            "hunter of",
            "hunter in",
            "sourcer of",
            "founder of",
            "ceo of",
            "cto of",
            "ultant of",
            "ultant in",
            "partner of",
            "partner in",
            "ialist of",
            "ialist in",
            "manager of",
            "manager in",
            "lead of",
            "advisor of",
        ),
    ),
    (_WRITING_FROM, ("ing from ", "ite from ", "you from ", "out from ")),
    (_ICH_BIN, ("ich bin", "je suis", "soy ", "sou ", "sono ", "ik ben")),
)
_AT_GROUPS = (
    "name",
    "name2",
    "name3",
    "name4",
    "name6",
    "name7",
    "name8",
    "name9",
    "name10",
    "name11",
    "name12",
    "name13",
    "name14",
    "name15",
    "name16",
    "name17",
    "name18",
    "name19",
    "name20",
    "name21",
    "name22",
    "name23",
    "name24",
    "name25",
    "name26",
    "name27",
    "name28",
    "name29",
    "name34",
    "name35",
    "name36",
    "name30",
    "name31",
    "name32",
)
# "I'm recruiting for X", "we're hiring for X": X is the client, not the recruiter's company
_FOR_CLIENT = re.compile(
    r"(?i:\b(?:I'?m|I’m|I am|we'?re|we’re|we are|currently)\s(?:\w+\s)?(?:recruiting|hiring)\s"
    r"for\s)$"
)
# "from Square's recruiting team", "I'm with Vattenfall's talent acquisition team": the team
# phrase is found first (fast), then the capitalised run right before it
_POSSESSIVE_TEAM = Lower(
    r"(?:'s|’s)\s(?:talent|recruiting|recruitment|people|hr|hiring|ta)(?:\s(?:acquisition"
    r"|partner))?\s(?:team|function|department)\b"
)
# after a department's name: "… department of X", "… team at X"
_DEPARTMENT_OF = re.compile(
    rf"[ \t](?i:department|dept\.?|team|division|office)[ \t](?:of|at)[ \t](?:the[ \t])?"
    rf"(?P<name>(?!I\b){_CO})"
)
# after a unit named as the company: "… the Risk & Compliance function at X"
_UNIT_AT = re.compile(
    rf"[ \t](?:function|team|division|department|practice|unit|business unit)[ \t](?:at|of)[ \t]"
    rf"(?:the[ \t])?(?P<name>(?!I\b){_CO})"
)
# after a team: "… team at X", "… team of X"
_TEAM_AT = re.compile(rf"[ \t](?:at|of|with|for)[ \t](?:the[ \t])?(?P<name>(?!I\b){_CO})")
_CO_BEFORE = re.compile(rf"(?<![\w&.'’-])(?!I\b|The\b|Our\b|My\b)(?P<name>{_CO})$")


def _is_place(name: str) -> bool:
    """The name is a place and nothing more ("London", "Munich, Germany"), unlike
    "Klinikum Nürnberg" or "Emirates Group in Dubai"."""
    from sidedoor.intake.extract.locations import find_locations
    from sidedoor.language.title_words import PLACE_WORDS

    words = re.findall(r"\w+", name.lower())
    if words and all(word in EVERYWHERE for word in words):
        return False  # "Nationwide", "Worldwide": no place; alone on a line, a name
    if all(word in PLACE_WORDS for word in words):
        return True  # "Germany", "Shanghai"
    places = find_locations(name)
    if not places or places[0].start > 0:
        return False
    rest = re.findall(r"\w+", name[places[0].end :].lower())
    return all(word in PLACE_WORDS for word in rest)


def _at_company(text: str) -> tuple[str, int] | None:
    """The sender's company as a recruiter names it: (raw name, its start), earliest first;
    inside Markdown emphasis too ("I'm on the talent team at **Mistral AI**")."""
    view = plain_view(text)
    if view is None:
        return _at_company_in(text)
    plain, index = view
    found = _at_company_in(plain)
    if found is None:
        return None
    raw, start = found
    return raw, to_original(index, start, start + len(raw))[0]


# "I'm Rachel Moreau, General Manager at Coral Key Resort & Spa": the writer's company
_SELF_AT = re.compile(
    r"\bI(?:'m|’m| am) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:[\w&-]+ ){1,4}(?:at|with) [A-Z]"
)
# "X here, line superintendent at Y": X introduces themselves, Y is the company
_HERE_THEN_AT = re.compile(r" here,? (?:[\w&-]+ ){1,4}(?:at|with|from|of) (?-i:[A-Z])", re.I)
_HR_AFTER = re.compile(r"(?![\w&])( HR\b)?")
# another's post at their company after "the", "their" ("I went back to the hiring manager at
# X"), unless the sender holds it ("I'm the hiring manager at X")
_ANOTHERS = re.compile(r"(?i:hiring manager|(?:co-?)?founders?|cto|ceo)\s")
_PEOPLE_WITH = re.compile(r"(?i:people)\swith\s")
_THIRD_BEFORE = re.compile(r"\b(?i:the|their|his|her|your)\s$")
_SELF_BEFORE = re.compile(r"(?i:\bI'?m|\bI’m|\bI am|\bas)\s(?:the\s)$")
# phrasings that name the sender's company only by a bare "from X" ("I'm Dewi from HR"): weak
_WEAK_GROUPS = frozenset(("name2", "name12", "name22"))
# phrasings where X after "from" may be a city as well as a company
_FROM_GROUPS = frozenset(("name2", "name6", "name12", "name22"))


def _at_company_in(text: str) -> tuple[str, int] | None:
    found = None
    match = None
    low = text.lower()
    patterns = [_AT_COMPANY] + [p for p, gate in _GATED if any(w in low for w in gate)]
    for pattern in patterns:
        for candidate in pattern.finditer(text):
            if match is not None and candidate.start() >= match.start():
                break
            group = next(g for g in _AT_GROUPS if candidate.groupdict().get(g))
            start = candidate.start(group)
            if group == "name" and _FOR_CLIENT.search(text, max(0, start - 40), start):
                continue
            if group == "name" and _PEOPLE_WITH.match(candidate.group(0)):
                continue  # "people with SUS and SQL experience"
            if group == "name" and _ANOTHERS.match(candidate.group(0)):
                lead = text[max(0, candidate.start() - 12) : candidate.start()]
                if _THIRD_BEFORE.search(lead) and not _SELF_BEFORE.search(lead):
                    continue  # "back to the hiring manager at X" (not "I'm the hiring manager")
            raw = candidate.group(group)
            cleaned = clean_name(raw) or raw
            if group != "name35" and (_is_place(cleaned) or used_as_place(text, cleaned, start)):
                # "the recruitment team in London", "Greetings from Gazipur!" (a founder's
                # company is none, though a subject says "Head of Product in Rutafresca")
                continue
            if group in _FROM_GROUPS and is_city(cleaned):
                continue  # "Greetings from Kumasi!", "writing to you from Tema"
            if group == "name6" and _SELF_AT.search(text, candidate.end(), candidate.end() + 200):
                continue  # "Greetings from Key West! I'm Rachel, General Manager at Coral Key …"
            if raw in NOT_BRANDS:
                continue  # "a recruiter at heart", "I recruit for startups."
            if is_department(cleaned):
                # "writing from the Crewing & HR department of X": X; "a recruiter in the HR
                # team at Fenix Outdoor Group" (found by another phrasing)
                of = _DEPARTMENT_OF.match(text, candidate.end(group))
                if of is None or _is_place(clean_name(of.group("name")) or of.group("name")):
                    continue
                match, found = candidate, (of.group("name"), of.start("name"))
                break
            if group in _WEAK_GROUPS and common_words_only(cleaned):
                continue  # "I am Dewi from HR team of …": a bare "from X" of common words
            if text[max(0, start - 3) : start] == "in " and is_city(cleaned):
                continue  # "a freelance headhunter in Ho Chi Minh City"
            if group == "name9" and (
                len(candidate.group(group).split()) < 2
                or _HERE_THEN_AT.match(text, candidate.end(group))
            ):
                # "Sam here - I'm a recruiter …", "Dale Hoffner here, line superintendent at
                # Big Sky Electric": a person
                continue
            if group == "name10":
                # "on the GTM recruiting team at Ledgerline": the team's, then the company
                at = _TEAM_AT.match(text, candidate.end())
                if at is not None:
                    match, found = candidate, (at.group("name"), at.start("name"))
                    break
            unit_at = _UNIT_AT.match(text, candidate.end(group))
            if unit_at is not None:
                # "I lead Talent Acquisition for the Risk & Compliance function at X": X
                match, found = candidate, (unit_at.group("name"), unit_at.start("name"))
                break
            match, found = candidate, (candidate.group(group), start)  # the earliest so far
            break
    for team in _POSSESSIVE_TEAM.finditer(text, 0, match.start() if match else len(text)):
        window_start = max(0, team.start() - 80)
        before = _CO_BEFORE.search(text, window_start, team.start())
        if before:
            return before.group("name"), before.start("name")
    return found


# a unit of an organisation, not the employer where the organisation is named: "Office of the
# Vice President for Research", "Department of Physics", "Centre for Data Science"
_SUB_UNIT = re.compile(
    r"^(?:Office|Department|Dept\.?|Faculty|School|Division|Directorate|Centre|Center|Unit"
    r"|Institute|Lab|Laboratory|Program|Programme|Bureau)\s(?:of|for)\s"
)


def sub_unit(name: str) -> bool:
    """ "Office of the Vice President for Research": a unit's name (a signature's), which gives
    way to the organisation the text names ("an HR Partner at the University of Texas")."""
    return bool(_SUB_UNIT.match(name))


# "University of Texas at Austin", "University of North Carolina at Chapel Hill": the campus
_CAMPUS = re.compile(rf"[ ]at[ ](?P<campus>[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+)?)")


def _university_at(text: str, start: int, name: str) -> str:
    """A university's name with its campus after "at", which a name run stops before."""
    if not re.fullmatch(r"(?:The )?University of [\w ]+", name):
        return name
    campus = _CAMPUS.match(text, start + len(name))
    return f"{name} at {campus.group('campus')}" if campus else name


def own_company(text: str) -> str | None:
    """The company the sender says they work for ("I'm a recruiter at X"), if any."""
    at = _at_company(text)
    return clean_name(_words_limit(at[0])) if at else None


# a degree or a form of address before a name: "Ing. Rosa Villanueva", "Mag. Andrea Hofstetter"
_DEGREE = re.compile(r"(?:Ing|Mag|Dr|Dipl\.-Ing|Lic|Licda|Arq|Abog|Prof|Mr|Mrs|Ms|Mme)\.\s")
_NAME_LINE = re.compile(
    rf"^(?:{_DEGREE.pattern})?"
    r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|[A-Z][a-zà-ÿ'’-]+"
    r"|[A-Z]\.|van|de|von|der|da)){0,3}$"
)
_GENERIC_DOMAINS = frozenset(
    _words(
        """
        gmail googlemail yahoo hotmail outlook live icloud me aol proton protonmail gmx web mail
        linkedin
        """
    )
)
_NOT_NAMES = frozenset(
    _words(
        """
        thanks regards best cheers hi hello dear sent team the recruiting talent acquisition
        sincerely im i.a. i.v.
        """
    )
)


@dataclass
class Context:
    text: str
    sender: str | None = None
    sender_email: str | None = None
    sender_profile_url: str | None = None
    signature: tuple[int, int] | None = None
    owner_names: tuple[str, ...] = ()


def _ev(text: str, start: int, end: int) -> Evidence:
    return Evidence.span(text, start, end)


def _header(value: str) -> Evidence:
    return Evidence(start=None, end=None, text=value, origin="header")


def find_recruiter(ctx: Context, company_hint: str | None = None) -> Recruiter:
    text = ctx.text
    out = Recruiter()
    sig_start, sig_end = ctx.signature or (len(text), len(text))
    if ctx.sender and not _is_owner(ctx.sender, ctx.owner_names):
        out.name = ctx.sender
        out.evidence["name"] = _locate(text, ctx.sender) or _header(ctx.sender)
    if ctx.sender_email:
        out.email = ctx.sender_email.lower()
        out.evidence["email"] = _locate(text, ctx.sender_email) or _header(ctx.sender_email)
    if ctx.sender_profile_url:
        out.profile_url = ctx.sender_profile_url
        out.evidence["profile_url"] = _header(ctx.sender_profile_url)
    if out.name is None:
        _name_from_text(text, (sig_start, sig_end), out)
    if out.email is None:
        match = EMAIL.search(text, sig_start) or EMAIL.search(text)
        if match:
            out.email, out.evidence["email"] = match.group(0).lower(), _ev(text, *match.span())
    if out.profile_url is None:
        match = PROFILE.search(text, sig_start) or PROFILE.search(text)
        if match:
            out.profile_url = profile_url(match.group("slug"))
            out.evidence["profile_url"] = _ev(text, *match.span())
    match = PHONE.search(text, sig_start) if ctx.signature else None
    if match:
        out.phone, out.evidence["phone"] = match.group(0).strip(), _ev(text, *match.span())
    domain = None
    if out.email and "@" in out.email:
        domain = out.email.split("@", 1)[1].split(".")[0]
        domain = None if domain in _GENERIC_DOMAINS else domain
    sig = ctx.signature
    if sig:
        _title_and_company(text, sig[0], sig[1], out, domain)
    team = _team_after_title(text, out, domain, sig[0] if sig else len(text))
    if out.company is None or sub_unit(out.company) or team:
        at = _at_company(text)
        if at:
            name = clean_name(_team_suffix(text, _words_limit(at[0])))
            if name and out.company is not None and sub_unit(name):
                name = None  # a unit for a unit: the signature's stands
            if name and team and _same_company(name, out.company or ""):
                name = None
            if name:
                s = at[1]
                name = _university_at(text, s, name)
                found_at = text.find(name, s)  # "HR Department of X": X's own span
                s = found_at if found_at >= 0 else s
                out.company, out.evidence["company"] = name, _ev(text, s, s + len(name))
    if sig is None:
        # no signature split off: the last lines may still be one (after the body's phrasings,
        # which are surer: "I'm a recruiter at Allegro" over "Allegro Tech Recruitment")
        sig = _tail_signature(text)
        if sig and out.company is None:
            _title_and_company(text, sig[0], sig[1], out, domain)
    if out.company is not None and not plausible_name(out.company):
        out.company = None  # "(520) 555-0148", the line under the title: the address may say
        out.evidence.pop("company", None)
    if out.company is None and sig:
        _legal_line(text, sig[0], sig[1], out)
    if out.company is None and ctx.signature is None:
        _one_line_signature(text, out)
    if out.company is None and agency_cue(text) is None and weak_agency_cue(text) is None:
        found = company_from_url(text)  # the company's own careers site
        if found:
            out.company, out.evidence["company"] = found.value, _ev(text, found.start, found.end)
            spelled = _spelled_in_text(text, _compact(found.value), sig[0] if sig else len(text))
            if spelled and _compact(spelled[0]) != _compact(found.value):
                # "jobs@cmvarta.pl" and "Centrum Medyczne Varta" under the name
                out.company = spelled[0]
                out.evidence["company"] = _ev(text, spelled[1], spelled[1] + len(spelled[0]))
    if out.company is None and domain:
        spelled = _spelled_in_text(text, domain, sig[0] if sig else len(text))
        if spelled:  # "harlowfinch.co.uk" and "Harlow & Finch Recruitment Ltd" in the text
            s = spelled[1]
            out.company = spelled[0]
            out.evidence["company"] = _ev(text, s, s + len(spelled[0]))
        else:
            out.company = split_domain(domain, text)
            out.evidence["company"] = out.evidence["email"]
    if (
        out.company is None
        and company_hint
        and agency_cue(text) is None
        and weak_agency_cue(text) is None
        and (inhouse_cue(text) or speaks_for_employer(text))
    ):  # an in-house recruiter ("we're hiring", "our team") works for the company that hires;
        # an agency's recruiter names the agency or the client relation, not a bare "we"
        found_at = text.find(company_hint)
        if found_at >= 0:
            out.company = company_hint
            out.evidence["company"] = _ev(text, found_at, found_at + len(company_hint))
    evidence = out.evidence.get("company")
    if (
        out.company
        and evidence is not None
        and evidence.start is not None
        and out.company != company_hint  # "BBVA México" where the employer is named so too
    ):
        name = _country_suffix(text, out.company)
        if name != out.company:  # "Robert Walters Japan" where the text says "Robert Walters"
            out.company = name
            out.evidence["company"] = _ev(text, evidence.start, evidence.start + len(name))
    _agency(text, out, company_hint)
    if out.agency is False and "agency" not in out.evidence and _named_from(text, out):
        out.agency = None  # "Jacko from Pilbara Trade Force": says nothing of who hires
    _agency_hr(text, out)
    return out


# the last line of a short note signed "Tom | Halcyon Search", "Ciarán – Lansdowne Recruitment"
_ONE_LINE_SIGNATURE = re.compile(
    # ("Sanne de Wit | Hays": a name with its particle)
    r"(?:^|\n)[ \t]*(?P<person>[A-Z][\w'’-]+(?:[ ](?:(?:de|van|von|der|den|da|di|du|del|dos|ten"
    r"|ter|le|la)[ ])*[A-Z][\w'’-]+){0,2})[ \t]*[|–—][ \t]*"
    r"(?P<company>[A-Z][^\n|]{1,60}?)[ \t]*$"
    # a text message signed at its end: "… Want me to book you in? Aoife @ CareForce Staffing"
    r"|[.!?][ \t]+(?P<person2>[A-Z][\w'’-]+)[ \t]+@[ \t]*"
    r"(?P<company2>[A-Z][^\n|@.!?]{1,60}?)[ \t]*$"
)


def _one_line_signature(text: str, out: Recruiter) -> None:
    """The company of a note signed on one line, name then company ("Tom | Halcyon Search")."""
    match = _ONE_LINE_SIGNATURE.search(text.rstrip(), max(0, len(text.rstrip()) - 120))
    if match is None:
        return
    short = match.group("company") is None
    company, person = ("company2", "person2") if short else ("company", "person")
    raw = match.group(company)
    unit, comma, rest = raw.partition(", ")
    if comma and is_department(unit):
        raw = rest  # "Pooja | HR, Skylark Staffing"
    name = clean_name(raw)
    # (an agency's name only: not "Dana – Flight Controls Software", "Sam | Ringaskiddy")
    if not name or not is_agency_name(name) or is_department(name):
        return
    at = text.find(name, match.start(company))
    if at < 0:
        return  # (clean_name changed the name: no evidence to point at)
    out.company, out.evidence["company"] = name, _ev(text, at, at + len(name))
    if out.name is None:
        out.name, out.evidence["name"] = match.group(person), _ev(text, *match.span(person))


def _named_from(text: str, out: Recruiter) -> bool:
    """The company is known only from "<first name> from X" at a sentence's start."""
    evidence = out.evidence.get("company")
    if evidence is None or evidence.start is None:
        return False
    return any(m.start("name22") == evidence.start for m in _NAME_FROM.finditer(text))


def _agency_hr(text: str, out: Recruiter) -> None:
    """An agency named "X HR" ("Vektor HR"): "HR" is its name's, not the team's, where the
    text never writes X without it."""
    name, evidence = out.company, out.evidence.get("company")
    if not out.agency or not name or evidence is None or evidence.start is None:
        return
    uses = [
        tail is not None and tail.group(1)
        for _, tail in literal_matches(text, name, NAME_START, _HR_AFTER)
    ]
    if uses and all(uses):
        out.company = name + " HR"
        out.evidence["company"] = _ev(text, evidence.start, evidence.start + len(out.company))


def _team_after_title(text: str, out: Recruiter, domain: str | None, sig_start: int) -> bool:
    """The signature's company is the part after the title on its line ("Senior Recruiter,
    GTM", "Technical Recruiter, Defense Programs") that is no more than a team: no legal form
    or agency word, not the mail's domain, and the message names it nowhere else but as a team
    ("on the GTM recruiting team"). The body's "a recruiter at X" is the surer."""
    company, title = out.evidence.get("company"), out.evidence.get("title")
    name = out.company
    if not name or company is None or title is None or company.start is None:
        return False
    if title.end is None or not 0 <= company.start - title.end <= 3:
        return False  # the part right after the title on its line
    if _company_like(name) or (domain and _spells(name, domain)):
        return False
    for at, _ in literal_matches(text[:sig_start], name, NAME_START, NAME_END):
        after = text[at + len(name) : at + len(name) + 40]
        if not re.match(
            r"\s(?:(?:recruiting|recruitment|hiring|talent|sales|tech)\s)?team\b", after
        ):
            return False  # named as a company in the body too
    return True


def profile_url(slug: str) -> str:
    """The canonical form of a LinkedIn profile link ("linkedin.com/in/x/" in a signature)."""
    return f"https://www.linkedin.com/in/{slug}"


def _is_owner(name: str, owners: tuple[str, ...]) -> bool:
    return name.strip().lower() in {o.strip().lower() for o in owners}


def _locate(text: str, value: str) -> Evidence | None:
    index = text.find(value)
    return _ev(text, index, index + len(value)) if index >= 0 else None


def _name_from_text(text: str, sig: tuple[int, int], out: Recruiter) -> None:
    # The first name-like line after the sign-off, else "I'm Jane from …" in the body.
    if sig[0] < len(text):
        pos = sig[0]
        lines = text[sig[0] : sig[1]].split("\n")
        # no sign-off: the block starts with the name ("Dana Whitcomb\nPeople Ops\n…")
        first = 0 if not SIGN_OFF.match(lines[0].strip()) else 1
        for line in lines[first:4]:
            start = text.find(line, pos)
            pos = start + len(line)
            stripped = AFTER_NAME.sub("", line.strip().rstrip(","))
            if (
                stripped
                and _NAME_LINE.match(stripped)
                and stripped.split()[0].lower() not in _NOT_NAMES
                and not _RECRUITER_TITLE.search(stripped)  # "People Ops"
            ):
                degree = _DEGREE.match(stripped)
                skip = degree.end() if degree else 0  # "Ing. Rosa Villanueva": "Rosa Villanueva"
                out.name = stripped[skip:]
                out.evidence["name"] = _ev(text, start + skip, start + len(stripped))
                return
    match = _INTRO.search(text)
    if match and match.group("name").split()[0].lower() not in _NOT_NAMES | {
        "reaching",
        "looking",
        "writing",
        "hiring",
        "working",
    }:
        out.name = match.group("name")
        out.evidence["name"] = _ev(text, *match.span("name"))


def _words_limit(name: str, most: int = 6) -> str:
    return " ".join(name.split()[:most])


def _legal_line(text: str, start: int, end: int, out: Recruiter) -> None:
    """A signature line that is a name with a legal form ("Stonebridge Building Pty Ltd")."""
    pos = start
    for line in text[start:end].split("\n")[1:7]:
        line_start = text.find(line, pos)
        pos = line_start + len(line)
        stripped = line.strip()
        for part in re.split(r"\s*[|·•]\s*|\s+[-–—]\s+", stripped):
            if len(part) > 60 or EMAIL.search(part) or not LEGAL_FORM.search(" " + part.rstrip()):
                continue
            name = clean_name(part)
            if name and len(name.split()) >= 2:
                s = text.find(name, line_start)
                out.company = name
                out.evidence["company"] = _ev(text, s, s + len(name))
                return


JOB_WORDS = re.compile(
    r"\b(?:recruiter|consultant|partner|manager|director|specialist|lead|head|officer|advisor"
    r"|adviser|associate|coordinator|sourcer|generalist|analyst|executive|founder|principal"
    # other languages' heads and officers: "Leiterin Recruiting", "Jefa de Selección",
    # "Responsable RH", "Referentin Personal"
    r"|leiter|leiterin|leitung|jefe|jefa|gerente|responsable|responsabile|directeur|directrice"
    r"|directora|referent|referentin|coordinadora|coordinatrice"
    # French and Québec titles: "Conseillère principale", "Partenaire, Acquisition de talents"
    r"|conseill(?:er|ère)|partenaire|chargée?|gestionnaire"
    # German compounds: "Personalreferentin", "Personalberaterin", "Teamleiter"
    r"|\w+(?:referent|referentin|berater|beraterin|leiter|leiterin))\b",
    re.I,
)


_KIND_OF_SEARCH = re.compile(r"\bExecutive (?:Search|Selection|Partners)\b")


def _company_line(line: str) -> bool:
    """A signature line that is a company's name with an agency word and no job title in it
    ("Northwave Recruitment", "Lexicon Legal Recruitment")."""
    stripped = line.strip()
    words = stripped.split()
    return (
        1 < len(words) <= 5
        and not re.search(r"[,|·•:@/]|\s[-–—]\s", stripped)
        and not re.match(r"(?i:talent|recruit\w*|hr|people|human)\b", stripped)
        and all(w[:1].isupper() or w == "&" for w in words)
        and is_agency_name(stripped)
        # ("Linden & Co Executive Search": "Executive" names the kind of search here)
        and not JOB_WORDS.search(_KIND_OF_SEARCH.sub("", stripped))
        # "Nursing Recruitment Team", "Tech Talent Acquisition": a team, not an agency
        and not re.search(r"\s(?:Team|Department|Division|Unit)$", stripped)
        and not is_department(_TEAM_SUFFIX.sub("", stripped))
    )




def after_sign_off(text: str, start: int, end: int) -> int | None:
    """Where the lines under the last sign-off line ("Kind regards,", "Cordialement") begin,
    between `start` and `end`; None when there is no sign-off line."""
    found = None
    pos = start
    for line in text[start:end].split("\n"):
        if pos > start and SIGN_OFF.fullmatch(line.strip()):
            found = pos + len(line) + 1
        pos += len(line) + 1
    return min(found, end) if found is not None else None


def _tail_signature(text: str) -> tuple[int, int] | None:
    """Where no signature was split off (a long disclaimer under it, or no sign-off line): the
    short lines under the last sign-off line, else a last paragraph of a few short lines
    ("Kadri\nTalent Partner | wise.com")."""
    window = max(0, len(text) - 2500)
    lines = text[window:].split("\n")
    offsets = []
    pos = window
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for i in range(len(lines) - 1, max(-1, len(lines) - 30), -1):
        if i > 0 and SIGN_OFF.fullmatch(lines[i].strip()):
            end = offsets[i] + len(lines[i])
            for line, offset in zip(lines[i + 1 : i + 9], offsets[i + 1 : i + 9], strict=False):
                if len(line) > 120:
                    break
                end = offset + len(line)
            return offsets[i], end
    body = text.rstrip()
    split = body.rfind("\n\n")
    if split <= 0:
        return None
    para = body[split:].strip("\n").split("\n")
    if len(para) <= 4 and all(len(line) <= 90 and not _SENTENCE.search(line) for line in para):
        return split, len(body)
    return None


# a line that reads as a sentence of the message, not a signature's ("Partner role at X, London.
# Interested?")
_SENTENCE = re.compile(r"\?|[.!]\s+[A-Z]|(?:\S+\s+){10}")


def _title_and_company(
    text: str, start: int, end: int, out: Recruiter, domain: str | None = None
) -> None:
    pos = start
    for line in text[start:end].split("\n")[1:7]:
        line_start = text.find(line, pos)
        pos = line_start + len(line)
        if EMAIL.search(line) or len(line) > 90:
            continue
        if out.company is None and _company_line(line):
            name = clean_name(line.strip())
            # "Northwave Recruitment" alone on its line: the agency, not a job title (unless
            # the body calls it "our … team")
            if name and not _named_as_team(text, name, start):
                s = text.find(name, line_start)
                out.company, out.evidence["company"] = name, _ev(text, s, s + len(name))
                continue
        match = _RECRUITER_TITLE.search(line)
        if match is None:
            continue
        # "Senior Recruiter at X", "Name | Principal Consultant | X", "Mirjam | Talent @ X":
        # the title first, or after the person's name; the company is the part after it
        # "— Sam, cofounder & CEO": a dash before the name is no part of it
        parts = [p for p in _SIG_PARTS.split(line.strip().lstrip("—–-~ ")) if p]
        named = _title_then_agency(parts)
        if named is not None:  # "Principal | Fairway Search Partners"
            out.title = parts[named - 1].strip()
            title_start = text.find(out.title, line_start)
            out.evidence["title"] = _ev(text, title_start, title_start + len(out.title))
            name = clean_name(parts[named])
            if name:
                s = text.find(name, line_start)
                out.company, out.evidence["company"] = name, _ev(text, s, s + len(name))
            return
        head = clean_name(parts[0]) if len(parts) > 1 else None
        if (
            head
            and (_company_like(head) or ORG_WORDS.search(head))
            and not JOB_WORDS.search(head)
            and not is_department(head)
            and not _desk_of(head, parts[1])
        ):  # "Andes Talent Partners | Executive Search", "Acme B.V. | Crewing & Recruitment"
            s = text.find(head, line_start)
            out.company, out.evidence["company"] = head, _ev(text, s, s + len(head))
            return
        if (
            head
            # (no signer's name read: a brand's shape tells a company from a person's name,
            # "Kumonosu.ai | Talent Acquisition" under "佐藤 美咲 (Misaki Sato)")
            and (out.name or _BRAND_SHAPE.search(head))
            and match.start() >= len(parts[0])
            and not set(head.lower().split()) & set((out.name or "").lower().split())
            and not JOB_WORDS.search(parts[0])
            and not _RECRUITER_TITLE.search(parts[0])
            and not _OFFICER.search(parts[0])  # "Assistant Vice President – Talent Acquisition"
            and not re.search(r"\b(?i:sr|jr|snr)\b", parts[0])
            and not is_department(head)
            and not _is_place(head)
            and not is_city(head)
            and is_department(clean_name(parts[1]) or parts[1])
        ):  # "Talentia Norte | Selección de Directivos" under the signer's name: the firm, then
            # its service line
            s = text.find(head, line_start)
            out.company, out.evidence["company"] = head, _ev(text, s, s + len(head))
            return
        index = 0
        if len(parts) > 1 and _NAME_LINE.match(parts[0]) and not match.start() < len(parts[0]):
            index = next((i for i, p in enumerate(parts) if _RECRUITER_TITLE.search(p)), 0)
        out.title = parts[index].strip()
        title_start = text.find(out.title, line_start)
        out.evidence["title"] = _ev(text, title_start, title_start + len(out.title))
        options = [parts[index + 1]] if index + 1 < len(parts) else []
        below = _next_line(text, pos)
        halves = [p for p in _UNIT_BAR.split(below.strip()) if p] if below else []
        if len(halves) == 2 and is_department(halves[0]):
            below = halves[1]  # "Human Resources | City of Halbridge": the unit, then the employer
        if below and (is_department(below) or sub_unit(below)):
            # "Head of Department / Departamento de Física / Universidad X": the unit's line,
            # then the organisation's
            below = _next_line(text, text.find(below, pos) + len(below))
        if below and (
            not JOB_WORDS.search(below)
            or _company_like(clean_name(below) or "")
            or bool(domain and _spells(clean_name(below) or "", domain))
        ):
            # "Lakeside Executive Partners, Geneva": an agency's name, not a job title
            options.append(below)
        if len(options) == 2 and " " not in options[0].strip() and common_words_only(
            options[0].strip()
        ):
            options = options[1:]  # "Talent Partner – Rail" over "Ferris Lowe": the desk's field
        name = _pick_company(text, options, domain, start)
        if name and not EMAIL.search(name) and not PHONE.search(name):
            idx = text.find(name, line_start)
            out.company = name
            out.evidence["company"] = _ev(text, idx, idx + len(name)) if idx >= 0 else _header(name)
            if _BARE_DOMAIN.fullmatch(name):  # "Talent Partner | wise.com": a web address
                out.company = domain_name(name.removeprefix("www.").split(".")[0])
        return


_DESK = re.compile(r"(.+?)[ ](?:Recruitment|Recruiting|Hiring)$")


def _desk_of(head: str, rest: str) -> bool:
    """"Driver Recruitment, Northbay Freightways": a desk of common words ("Driver", "Campus",
    "Nursing") and the company after it, not an agency ("Hays Recruitment, Leeds" has a place
    after it)."""
    from sidedoor.intake.extract.title import HEADS

    desk = _DESK.fullmatch(head)
    name = clean_name(rest.strip())
    return bool(
        desk
        and all(common_words_only(w) or w.lower() in HEADS for w in desk.group(1).split())
        and name
        and name[:1].isupper()
        and not _is_place(name)
        and not is_city(name)
    )


_OFFICER = re.compile(
    r"\b(?:President|Vice|Director|Manager|Head|Officer|Chief|Lead|Partner|Consultant|Associate"
    r"|Recruiter|Executive|Specialist|Coordinator|Analyst)\b"
)
_BRAND_SHAPE = re.compile(r"\.(?:ai|io|com|co|app|tech)\b|[a-z][A-Z]|\d")


def _named_as_team(text: str, name: str, sig_start: int) -> bool:
    """The body calls the signature's "Flight Operations Recruitment" a team ("our Flight
    Operations Recruitment team would like …"): a team of the employer, not an agency."""
    low = text.lower()
    at = low.find(name.lower() + " team", 0, sig_start)
    return at >= 0


def _title_then_agency(parts: list[str]) -> int | None:
    """The index of a part that names an agency ("Fairway Search Partners") right after a part
    that is a job title ("Principal"), where the recruiter-title words matched the agency's name
    first."""
    for i in range(1, len(parts)):
        part = parts[i].strip()
        if (
            JOB_WORDS.search(parts[i - 1])
            and not _RECRUITER_TITLE.search(parts[i - 1])
            and _company_like(part)
            and not is_department(part)  # "Director, Talent Acquisition": a team
            and not JOB_WORDS.search(part)
            and len(part.split()) >= 2
            and all(w[:1].isupper() or w == "&" for w in part.split())
        ):
            return i
    return None


# a unit and its organisation on one line: "Human Resources | City of Halbridge"
_UNIT_BAR = re.compile(r"\s*[|·•]\s*|\s+[–—]\s+")
# the separators between a signature line's parts: "Title | Company", "Title at Company",
# "Title, Company", "Title @ Company", "Title – Company"
_SIG_PARTS = re.compile(r"\s*,\s+|\s+(?:at|@|–|—|-)\s+|\s*[|·•]\s*")
_BARE_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,6}){1,2}")


def _worked_at(text: str, name: str, sig_start: int) -> bool:
    """The message before the signature names `name` (or its first two words) as a place of
    work: "at X", "from the X", French "des X", "au sein de X", German "bei X"."""
    words = name.split()
    head = " ".join(words[:2]) if len(words) > 2 else name
    return (
        re.search(
            rf"\b(?:at|with|from|join|joining|chez|bei|au sein d[eu]|des|du|de la)\s+(?:the\s+)?"
            rf"{re.escape(head)}\b",
            text[:sig_start],
        )
        is not None
    )


def _pick_company(
    text: str, options: list[str], domain: str | None, sig_start: int | None = None
) -> str | None:
    """The signature's company among the part after the title and the line under it: the one
    that spells the e-mail's domain, else one with a legal form or an agency's name when the
    first is neither ("Retail & Consumer" practice above "Harlow & Finch Recruitment Ltd")."""
    names = [
        n
        for n in (
            clean_name(_team_suffix(text, re.sub(r"^The\s(?=[A-Z])", "", o)))
            for o in options
            if not _LABELLED.match(o)
        )
        if n
        and not is_department(n)
        and not _is_place(n)
        and not _REGION.fullmatch(n)
        and not STREET.match(n)  # "Av. de la Gare 10" under the firm's name: its address
        and not _practice_area(n)
        and not used_as_place(text, n)
        and (_company_like(n) or bool(domain and _spells(n, domain)) or not _weak_part(n))
    ]
    if not names:
        return None
    if domain:
        for name in names:
            if _spells(name, domain):
                return name
    if len(names) > 1 and not _company_like(names[0]) and _company_like(names[1]):
        return names[1]
    if len(names) > 1 and _unit_over_org(text, names[0], names[1], sig_start):
        return names[1]
    if (
        len(names) > 1
        and sig_start is not None
        and _worked_at(text, names[1], sig_start)
        and not _worked_at(text, names[0], sig_start)
    ):  # "Talent Partner – Fundraising" over "Macmillan Cancer Support", which the message
        # names as where the sender works ("I'm a Talent Partner at Macmillan Cancer Support")
        return names[1]
    if (
        len(names) > 1
        and len(names[0].split()) == 1
        and ORG_WORDS.search(names[1])
        and not ORG_WORDS.search(names[0])
    ):  # "Cluster HR Manager – Andaman" over "Siam Orchid Hotels & Resorts" on the next line
        return names[1]
    return names[0]


def _unit_over_org(text: str, first: str, second: str, sig_start: int | None) -> bool:
    """The part after the title is a unit or practice ("Recruitment Lead - Pharmacy &
    Medicines Optimisation", "Principal Recruiter, Cleared Talent") and the line under it the
    organisation: the second has an organisation's word ("Trust", "Systems") or a legal form,
    or the body names it while it never names the first, and the first has neither."""
    joined = " & " in first or " and " in first
    if (
        _PUBLIC_BODY.search(second)
        and not _PUBLIC_BODY.search(first)
        and not LEGAL_FORM.search(" " + first)
    ):
        return True  # "Children's Services" over "Thornbury Borough Council": a council's unit
    if (
        joined
        and len(first.split()) <= 3
        and not LEGAL_FORM.search(" " + first)
        and re.search(r"\b(?:NHS|Trust|University|Council|Hospitals?)\b", second)
    ):
        return True  # "Digital & Estates" over "Northbrook Teaching Hospitals NHS Foundation Trust"
    if ORG_WORDS.search(first) or LEGAL_FORM.search(" " + first):
        return False
    body = text[:sig_start] if sig_start is not None else text
    first_named = _mentions(body, first)
    second_named = _mentions(body, second)
    if first_named and not second_named:
        return False
    if joined and (ORG_WORDS.search(second) or second_named):
        return True  # "Hospitality & Leisure" over "Sandline Executive"
    # "Cleared Talent" over "Halvorsen Mission Systems", which the body names as the employer
    return second_named and not first_named and bool(ORG_WORDS.search(second))


# a public body's name anywhere: its last words, or a ministry, a government, the NHS, a borough,
# public health, a Swedish "kommun", a region
_PUBLIC_BODY = re.compile(
    rf"\b(?:{PUBLIC_BODY_END}|Ministry|Government|NHS|Borough|Public Health|kommun|Region)\b"
)


def _mentions(body: str, name: str) -> bool:
    return any(literal_matches(body, name, NAME_START, NAME_END))


def _weak_part(name: str) -> bool:
    """A signature part that names no company: a city ("Monterrey"), or a phrase of two or
    more common words ("Science & Engineering"); one word alone after a title stays a name
    ("Talent Partner | Wise")."""
    return (len(name.split()) > 1 and common_words_only(name)) or is_city(name)


# the words of a recruiter's practice area ("Banque & Finance", "Engineering & Defence",
# "Insurance & Actuarial", "Life Sciences"), not of a company's name
_PRACTICE_WORDS = frozenset(
    _words(
        """
        banking banque banca finance finances finanzas financial insurance insurances assurance
        assurances seguros versicherungen actuarial legal juridique tax audit accounting
        accountancy technology tech digital engineering ingénierie ingeniería defence defense
        energy healthcare health santé salud life sciences pharma consumer retail industrial
        industrials industrie manufacturing construction property infrastructure public sector
        commercial markets investment risk treasury transport logistics automotive aerospace
        telecoms media education hospitality utilities mining oil gas informatique technologie
        tecnología it sales marketing hr operations supply chain procurement interim executive
        metals minerals mining resources natural chemicals agriculture agri food beverage
        marine offshore shipping maritime power renewables plantation plantations fmcg
        hotels hotel catering leisure tourism travel hôtellerie tourisme restauration
        hostelería turismo hotelaria turismo gastronomie gastronomía restaurants
        gestion gestión contrôle controlling comptabilité fiscalité achats logistique immobilier
        numérique énergie énergies conseil commerce distribution santé finanzen rechnungswesen
        vertrieb technik einkauf logistik gesundheit energie immobilien recht steuern
        utilities consumer minería mineração energía industria indústria construcción
        construção logística agro agronegocios agronegócio consumo saúde
        """
    )
)


def _practice_area(name: str) -> bool:
    """A practice area joined by "&" or "and" ("Banque & Finance", "Oil and Gas"), or one of
    its words alone ("Consultante Senior – Ingénierie"), not a company."""
    words = [w for w in re.findall(r"[\w]+", name.lower()) if w not in {"and", "et", "y", "und"}]
    joined = "&" in name or " and " in name.lower()
    if len(words) == 1:
        return words[0] in _PRACTICE_WORDS
    return len(words) >= 2 and joined and all(w in _PRACTICE_WORDS for w in words)


# a signature line's contact parts: "Tel: +20 …", "Mobile …", "www.…", "DID: +65 …", "T: …"
_LABELLED = re.compile(
    r"(?i:tel|phone|mob|mobile|cell|fax|e-?mail|web|www|whatsapp|address)\b"
    r"|(?i:did|direct|dir|ph|zalo|wechat|skype|[tmpfde])\s?[:.]\s"
    # a number, not a name that starts with one ("8th Floor Games", "3M")
    r"|\+?\d(?!\d*(?:st|nd|rd|th)\b|[A-Z])"
)
# a region of the world, not a company: "East Africa", "Southeast Asia", "EMEA", "the Nordics"
_REGION = re.compile(
    r"(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Sub-Saharan"
    r"|South[- ]?East|North[- ]?East|South[- ]?West|North[- ]?West|Latin)[ -]?)?"
    r"(?:Africa|Asia|Europe|America|Americas|Middle East|Pacific|Asia[- ]Pacific|Nordics|Baltics"
    r"|Balkans|Caribbean|Gulf|Levant|Oceania|EMEA|APAC|APJ|LATAM|LatAm|MENA|DACH|CEE|GCC"
    r"|Benelux|ANZ)(?: (?:Region|&|and) ?(?:[A-Z]\w+)?)?"
    # a sales or branch region of a company: "North Zone", "South-West Region", "East Circle"
    r"|(?:North|South|East|West|Central|North[- ]?East|North[- ]?West|South[- ]?East"
    r"|South[- ]?West)[ ](?:Zone|Region|Circle|Cluster|Territory|Area)"
)


def _company_like(name: str) -> bool:
    return bool(LEGAL_FORM.search(" " + name)) or is_agency_name(name)


def _compact(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


_GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spells(name: str, domain: str) -> bool:
    """ "Harlow & Finch Recruitment Ltd" spells "harlowfinch"; "TalentBridge Partners" spells
    "talentbridge-partners"; "Fondation Lumière du Sahel" spells "fondation-lumiere-sahel"."""
    compact, want = _compact(name), _compact(domain)
    if len(want) >= 3 and compact.startswith(want):
        return True
    german = _compact(name.lower().translate(_GERMAN_LETTERS))
    if len(want) >= 3 and german.startswith(want):
        return True  # "kommunalit-sued.de" for "KommunalIT Südniedersachsen"
    key = domain_key(name)
    return len(want) >= 4 and bool(key) and key.startswith(want)


_CO_RUN = re.compile(_CO)


def fold_char(char: str) -> str:
    """One character without its accent ("è" -> "e"); others as they are."""
    return fold(char)[:1] or char if ord(char) > 127 else char


def _spelled_in_text(text: str, domain: str, first: int) -> tuple[str, int] | None:
    """A name in the text (the signature first) whose letters spell the e-mail's domain."""
    want = _compact(domain)
    if len(want) < 4:
        return None
    head = re.compile(rf"(?<![\w&.'’-])(?i:{re.escape(domain[:3])})")
    hits = [m.start() for m in head.finditer(text)]
    if not hits and domain[:1].isalpha():  # "Lumière" for "lumiere", "Célestin" for "celestin"
        folded = "".join(fold_char(c) for c in text)
        hits = [m.start() for m in head.finditer(folded)] if len(folded) == len(text) else []
    for pos in sorted(hits, key=lambda p: (p < first, p)):
        run = _CO_RUN.match(text, pos)
        if run is None or text[pos - 1 : pos] == "@":
            continue
        name = clean_name(_words_limit(run.group(0)))
        if name and _spells(name, domain) and not _BARE_DOMAIN.fullmatch(name):
            return name, pos
    # "cmvistula.pl" for "Centrum Medyczne Vistula": the first words' initials, then the rest
    runs = sorted(_CO_RUN.finditer(text), key=lambda m: (m.start() < first, m.start()))
    for run in runs:
        if " " not in run.group(0):
            continue  # (one word has no initials before it)
        name = clean_name(_words_limit(run.group(0)))
        if not name:
            continue
        words = name.split()
        for k in range(1, len(words)):
            initials = "".join(w[0] for w in words[:k]).lower()
            if initials + _compact(fold(" ".join(words[k:]))) == want:
                return name, run.start()
    return None


_TEAM_SUFFIX = re.compile(
    r"\s+(?:Talent|Recruiting|HR|People)(?:\s(?:Acquisition|Team))?$|\s+(?:Talent|People|HR)"
    r" (?:Acquisition|Team)\b.*$"
)


_COUNTRY_NAMES = frozenset(
    _words(
        """
        deutschland österreich schweiz suisse españa italia polska nederland sverige norge danmark
        suomi brasil méxico france germany austria switzerland spain italy poland netherlands
        sweden norway denmark finland brazil mexico india uk usa us ireland japan china canada
        australia singapore benelux dach emea apac malaysia indonesia thailand vietnam
        philippines pakistan bangladesh egypt nigeria kenya ghana morocco turkey türkiye
        korea taiwan colombia peru chile argentina portugal belgium czechia hungary romania
        greece israel uae emirates arabia qatar
        """
    )
)


# the last word of a group's formal name: "Rakuten Group", "Zoho Corporation", "OCP Group"
_GROUP_WORDS = frozenset(_words("Group Corporation Corp Corp. Holdings"))


def _country_suffix(text: str, name: str) -> str:
    """ "3M Deutschland" is 3M's German company; the text names "3M" alone as the employer too
    ("3M is hiring"), so the recruiter's company is "3M"; "Zoho Corporation" in a signature is
    "Zoho" where the text says "at Zoho"."""
    legal = LEGAL_FORM.search(" " + name)
    if legal and legal.start() > 0:  # "UNIFON Malaysia Sdn. Bhd." where the text says "UNIFON"
        bare = _country_suffix(text, name[: legal.start() - 1].rstrip(" ,"))
        if bare != name[: legal.start() - 1].rstrip(" ,"):
            return bare
    words = name.split()
    if len(words) < 2 or (
        words[-1].lower() not in _COUNTRY_NAMES and words[-1] not in _GROUP_WORDS
    ):
        return name
    base = " ".join(words[:-1])
    if re.search(
        rf"(?<![\w&.-]){re.escape(base)}(?![\w&-]|\.\w)(?!\s+{re.escape(words[-1])})", text
    ):
        return base
    return name


def _team_suffix(text: str, raw: str) -> str:
    """ "Acme Talent Acquisition" is Acme's own team; "Northpeak Talent" is an agency's name,
    unless the text names the company without the suffix too ("we're hiring at Acme")."""
    match = _TEAM_SUFFIX.search(raw)
    if match is None:
        return raw
    base = raw[: match.start()].strip()
    suffix = match.group(0).split()
    if len(suffix) > 1 and suffix[1] in {"Acquisition", "Team"}:
        return base
    if base and re.search(rf"\b{re.escape(base)}\b(?!\s+{re.escape(suffix[0])})", text):
        return base
    return raw


def _next_line(text: str, pos: int) -> str | None:
    rest = text[pos:].lstrip("\n")
    line = rest.split("\n", 1)[0].strip()
    # (an NHS trust's name may be that long: "Wrexley and District Teaching Hospitals NHS
    # Foundation Trust")
    return line if line and len(line) <= 90 else None


def _same_company(ours: str, hint: str) -> bool:
    """ "Acme" and "Acme Robotics Ltd", "Acmecorp" (from a domain) and "Acme Corp", "Global
    Food Access" and "Coalition for Global Food Access", "Kist" (a domain's) and "Kaveri
    Institute of Science and Technology"."""
    if ours.lower().split()[0] in hint.lower():
        return True
    a, b = _compact(ours), _compact(hint)
    if len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    if min(len(a), len(b)) >= 8 and (a in b or b in a):
        return True
    return any(
        len(short) >= 3 and " " not in short and short.lower() == _initials_of(long)
        for short, long in ((ours, hint), (hint, ours))
    )


def _initials_of(name: str) -> str:
    """ "kist" for "Kaveri Institute of Science and Technology" (its capitalised words)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def _on_own_behalf(text: str, end: int, company: str | None) -> bool:
    """ "on behalf of X" where X is the sender's own company: an employer's words."""
    if not company or not text[end - 6 : end].lower().endswith("of"):
        return False
    # "… on behalf of the Programmes Directorate of Friends of the Volta Basin"
    after = text[end : end + len(company) + 50]
    at = after.find(company)
    if at < 0:  # "on behalf of Dhanush Capital, where I head …" signed "Dhanush Capital Ltd."
        at = after.find(strip_legal(company))
    return at >= 0 and not re.search(r"[.,;:!?\n]", after[:at])


def _agency(text: str, out: Recruiter, company_hint: str | None) -> None:
    if out.company and is_agency_name(out.company):
        inhouse = inhouse_cue(text) if consultancy_name(out.company) else None
        if inhouse is None or agency_cue(text) is not None:
            out.agency = True
            return
        # "I'm on the talent team at Lumen & Pike Consulting … our Financial Services practice":
        # a consultancy that hires for itself
        out.agency = False
        out.evidence["agency"] = _ev(text, *inhouse.span())
        return
    cue = agency_cue(text)
    own = None
    while cue is not None and _on_own_behalf(text, cue.end(), out.company):
        own = own or cue  # "writing on behalf of Ashdown Keane" (the sender's own firm): look on
        cue = agency_cue(text, cue.end())
    if cue:
        out.agency = True
        out.evidence["agency"] = _ev(text, *cue.span())
        return
    if own:  # "I am writing on behalf of Harvest Hope Ghana …" signed "… Harvest Hope Ghana"
        out.agency = False
        out.evidence["agency"] = _ev(text, *own.span())
        return
    if out.company and company_hint and _same_company(out.company, company_hint):
        out.agency = False
        return
    cue = inhouse_cue(text)
    if cue:
        out.agency = False
        out.evidence["agency"] = _ev(text, *cue.span())
        return
    cue = weak_agency_cue(text)
    if cue:  # "I'm a recruiter with X" and nothing that says X hires
        out.agency = True
        out.evidence["agency"] = _ev(text, *cue.span())
    elif out.company and company_hint and "company" in out.evidence:
        out.agency = True  # the sender's company is not the one that hires
    elif out.company and "company" in out.evidence and out.evidence["company"].origin == "text":
        # a recruiter at a company that is not an agency recruits for it, unless the message
        # reads as an agency's that names no client ("one of the Big 4 banks", "on our books")
        out.agency = agency_model.is_agency(text, out)
