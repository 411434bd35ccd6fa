"""Agency or in-house: known agency names, agency words in a name, and the phrases that say
which ("my client", "on behalf of" vs "our team", "here at")."""

from __future__ import annotations

import re
from functools import lru_cache

from sidedoor.intake.textutil import Lower

_AGENCY_NAMES = (
    "hays",
    "michael page",
    "page group",
    "pagegroup",
    "page personnel",
    "robert half",
    "randstad",
    "adecco",
    "reed",
    "harnham",
    "hydrogen",
    "teksystems",
    "kforce",
    "insight global",
    "aerotek",
    "manpower",
    "manpowergroup",
    "kelly services",
    "spencer ogden",
    "robert walters",
    "hudson",
    "korn ferry",
    "heidrick",
    "spencer stuart",
    "harvey nash",
    "nigel frank",
    "jefferson frank",
    "la fosse",
    "oliver bernard",
    "xcede",
    "hirewell",
    "motion recruitment",
    "cybercoders",
    "lorien",
    "sthree",
    "huxley",
    "computer futures",
    "modis",
    "akkodis",
    "allegis",
    "aston carter",
    "stanton house",
    "goodman masson",
    "morgan mckinley",
    "harrington starr",
    "selby jennings",
    "venquis",
    "amn healthcare",
    "cross country",
    "aya healthcare",
    "medacs",
    "sanctuary personnel",
    "teamlease",
    "abc consultants",
    "quess",
    "xpheno",
    "ciel hr",
    "talent international",
    "chandler macleod",
    "peoplebank",
    "six degrees",
    "sharp & carter",
    "procom",
    "summit search",
    "brunel",
    "airswift",
    "tradesmen international",
    "hays healthcare",
    "durlston",
    "franklin fitch",
    "trinity",
    "vanrath",
    "hamilton barnes",
    "orion",
    "gravitas",
    "twenty recruitment",
)
_AGENCY_WORDS = re.compile(
    # "Ponte Talentos", "Cumbre Talento", "Talento Costa": "talent" in Spanish and Portuguese
    r"\b(?:recruitment|recruiting|recruiters|staffing|search|talents?|talentos?|resourcing"
    r"|headhunt\w*"
    # "Lusitalent": a name that ends in "talent"
    r"|\w{3,}talent$"
    r"|personnel|people"
    r" solutions"
    r"|executive search|personalberatung|personaldienstleist\w*|consultants"
    # "Kaveri HR Solutions", "Meridian Workforce Solutions", "Halden Consulting" (at the end:
    # not "Boston Consulting Group")
    r"|(?:hr|workforce|manpower|talent|recruitment|staffing) solutions|consulting$"
    # "Sai Kripa Placements", "Hinode Career Partners", "Rheinblick Executive Partners"
    r"|placements?|(?:career|executive|search|recruitment|talent) partners"
    # "Medisource Locums", "Medway Locum Partners", "Alpen-Donau Personalservice GmbH"
    # travel nursing firms: "Bluewater Clinical Travel", "TrueNorth Travel Nursing"
    r"|(?:clinical|medical|healthcare|nurse|nursing|allied) travel|travel (?:nurs\w+|healthcare"
    r"|medical|clinical|staffing)"
    r"|locums|locum (?:partners|group|people|solutions|agency|physicians|doctors|nurses"
    r"|staffing|tenens)\b"
    r"|personalservice|\w{3,}(?<!s)hire|(?-i:\sHire)$|workforce$|nearshore|rekrutacja|rekrutacji"
    # "Tidemark Crewing", "Talentia Mediterránea", "Iberhunt Executive", "Sandstone Executive"
    r"|crewing|talentia|\w{3,}hunt\b|(?-i:\sExecutive)$"
    # crew agencies "Halyard Yacht Crew", "NordSea Crew", "Oceanic Manning Services"
    r"|(?-i:\s(?:Yacht )?Crew)$|\bmanning (?:services|agency)\b|(?-i:\sManning)$"
    # "Maharlika Crew Management", "North Star Crew Management": a manning agency
    r"|\bcrew management\b"
    # "Mayfield Interim": an interim-management agency's name ends in "Interim"; "Kinetic Recruit"
    r"|(?-i:\sInterim)$|(?-i:\sRecruit)$"
    # Danish, Norwegian, Swedish, Finnish staffing firms: "Hartmann & Juhl Rekruttering",
    # "Lagerkraft Bemanning", "Nordic Henkilöstöpalvelut"
    r"|rekruttering|\w*bemanning|\w*bemanding|henkilöstöpalvelu\w*"
    # Swedish "Nordvik Rekrytering", Dutch "GroenWerk Werving (& Selectie)", "Talentbrücke",
    # "Polarstaff", French "Saisonniers Alpes Intérim"
    r"|rekrytering|werving|talentbr(?:ü|ue)cke|\w{3,}(?<!flag)staff$|(?-i:\sIntérim\b)"
    # "Alpenblick Personal GmbH": the German for staff, ending an agency's name
    r"|(?-i:\sPersonal)$"
    # "Trilha RH", "Ponte RH": a Brazilian or French agency's name ends in "RH"
    r"|(?-i:\b(?:RH|HR|RRHH))$"
    # "Grupo Levante Empleo ETT": a Spanish temporary-work agency
    r"|(?-i:\sETT)$"
    # nearshore developer firms "Andes Devs", "Qhapaq Devs", "Andes Dev Partners"; Italian
    # work agencies "Ergon Lavoro", "Lavoro Più"; "Selectio Moda"
    # (not "Ministero del Lavoro")
    r"|(?-i:\sDevs)$|(?-i:\sDev Partners)$|(?<!del )(?<!di )(?-i:\bLavoro\b)"
    r"|(?-i:\bSelectio\b)"
    # "Carpathia Executive Selection", "Selezione Adriatica", "Selección de Personal"
    r"|(?:executive|personnel|staff) selection|selezione|selecci[oó]n de personal"
    # "Talento Norte Consultores", "Hunter Sul Consultoria", "Arcadie Recrutement" (a name's
    # capitalised word, not a title's "Chargée de recrutement", "Consultora de Recrutamento")
    r"|(?<!de )(?<!d')(?-i:Consultores|Consultoria|Consultoría|Recrutement|Reclutamiento"
    r"|Recrutamento)"
    # Turkish "Kuzey Yönetici Arama" (executive search), "Anadolu İK Danışmanlık" (HR consulting),
    # Czech "personální agentura"
    r"|yönetici arama|(?:ik|insan kaynakları) danışmanlık\w*|personální agentur\w*"
    # Dutch "FlexWerk Uitzendbureau", Afrikaans "Kaapland Werwing", "Boland Personeel", Danish
    # "Nordjysk Vikarbureau", Portuguese "Atlântico Recursos Humanos", Turkish "Kariyer
    # Turizm Danışmanlık" (consultancy, as "Consulting" at the end)
    r"|uitzendbureau|uitzendorganisatie|werwing|(?-i:\sPersoneel)$|\w*vikarbureau\w*"
    r"|rekrutteringsbureau\w*|(?-i:\sRecursos Humanos)$|(?-i:\sDanışmanlık)$"
    # Romanian "AgroResurse Umane", Hungarian "Dél-Alföldi Munkaerő" (workforce)
    r"|(?-i:\w+\s?Resurse Umane)$|munkaerő\w*"
    # (round 30) "Kraftbemanning" above; "TalentHub UA", Polish and Ukrainian "Kadry Pro",
    # Spanish "Selecciones Andinas", "HR Partner" ("hrpartner.kz")
    r"|talenthub|(?-i:\bKadry\b)|selecciones|hr-?\s?partner\w*"
    # Slovenian "Kadrovski center Optima", "Kadrovanje Štajerska"; Bosnian "Kadar Plus"
    r"|kadrovsk\w*|kadrovanje|(?-i:\bKadar\b)"
    # Estonian "Värbamispartnerid" (recruitment partners)
    r"|värbami\w*)\b",
    re.I,
)
# Japanese "弊社のクライアント" (our client), Indonesian "client kami", "klien kami"
_AGENCY_CUES_CJK = re.compile(
    r"弊社の(?:クライアント|顧客企業)|クライアント企業|(?:client|klien) kami"
)
_AGENCY_CUES = Lower(
    # (not "our client team", "our client apps": a team's or a product's client)
    # (nor a bank's "our Client Lifecycle Management function", "our client services desk": a
    # unit's name)
    r"\b(?:(?:my|our) client(?!\s(?:team|apps?|side|engineering|engineers?|squad|platform"
    r"|sdks?|code|libraries|lifecycle|onboarding|experience|success|services?|relations(?:hip)?"
    r"|management|solutions|coverage|advisory|operations|delivery|support|care|engagement"
    r"|facing|due diligence)\b)|a client of (?:mine|ours)"
    # a search firm's consultant: "I am leading the search for the Group Head of Tax at X" (not
    # "… for our new CFO": the employer's own)
    r"|\bi am (?:currently )?(?:leading|running|conducting|handling) (?:the|a|an) (?:[\w-]+ )?"
    r"(?:search|assignment|mandate) for (?!our\b)"
    # a search firm's desk: "consultant in the Consumer Goods team at Meridian Japan"
    r"|\bconsultant (?:in|on|with) the (?:[\w&'-]+ ){1,4}(?:team|practice|division|desk) at\b"
    # "on behalf of the Selection Committee" is an employer's own phrase
    r"|on behalf of(?! (?:the|our|my) (?:[\w-]+ )?(?:committee|board|panel"
    r"|management|department|team|director|principal|registrar|company|institute|university"
    r"|college|school|organi[sz]ation)\b| (?:professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|dean"
    r"|herr|frau)\s)|recruitment (?:agency"
    r"|consultancy|firm|consultant)"
    r"|executive search|headhunt(?:er|ing)?|staffing (?:agency|firm|partner)|"
    r"(?:we|i) (?:specialise|specialize) in (?:placing|recruiting)|exclusively (?:retained"
    r"|partnered)|retained (?:[\w-]+ ){0,2}search"
    # an unnamed client by its index: "three live vacancies for a FTSE 250 housebuilder"
    r"|(?:for|with|by|at) an? (?:ftse|fortune|asx|dax|mdax|cac|nifty|s&p|aex|smi|ibex|tsx)\b"
    # "I'm supporting the Royal Borough of X with an urgent interim requirement", "I'm working
    # with Hollins & Vale, the commercial disputes firm, on a newly created … post"
    # (not "I'm supporting our Digital Services directorate with a … post": an employer's own)
    r"|i(?:'|’)?m (?:supporting|working with|partnering with) (?!our |my )[^.\n]{2,80}?"
    r" (?:with|on) (?:an?"
    r"|their|its|the) (?:[\w-]+ ){0,5}?(?:requirement|search|hire|vacancy|role|post|position"
    r"|appointment|assignment)s?\b"
    # (not "one of our US healthcare client accounts": an IT services firm's own staff)
    r"|one of (?:my|our) (?:[\w-]+ ){0,3}?clients?\b(?! accounts?| projects?| teams?)"
    r"|several clients|various clients|my clients"
    # "X Ltd is currently handling the recruitment of experienced engineers for a power
    # distribution company"
    r"|(?:handling|managing|conducting|running) the recruitment (?:[\w-]+ ){0,6}?for (?:a|an)\b"
    # "We are hiring for one of India's leading fintech unicorns", "for a leading insurer"
    r"|(?:hiring|recruiting|searching) for (?:one of (?:the|[\w'’]+)|a|an) (?:leading|top|major"
    r"|large|largest|biggest|global|well-known|renowned|reputed|prestigious|fast-growing"
    r"|fastest-growing)\b"
    # French: "une mission confiée par un grand groupe …", "accompagne actuellement un acteur …"
    r"|mission confi[ée]e par (?:une?|l['’]un)\b"
    r"|accompagne (?:actuellement )?(?:une?|l['’]un) (?:de nos clients|acteur|groupe|leader"
    r"|grand|grande|important|importante|entreprise|société|client|cliente|établissement"
    r"|laboratoire|industriel|éditeur|fonds)\b"
    # "We have been retained by X", "we've been exclusively engaged by X to find …"
    r"|(?:we|i)(?:(?:'|’)ve| have| are| am|'m|’m)(?: been)? (?:exclusively )?(?:retained|engaged"
    r"|mandated|instructed|commissioned) by"
    # "Ashbury Kerr Partners has been retained by X": a firm retained is a search firm
    r"|\bhas been (?:exclusively )?(?:retained|engaged|mandated|instructed|commissioned) by"
    # a US staffing firm's chain: "one of our implementation partners, end client is a
    # Fortune 100 bank", "prime vendor", "C2C" rates through a vendor
    # "We're the exclusive partner for Ridgeback Defense Systems", "cabinet de chasse de têtes"
    r"|(?:exclusive|recruitment|recruiting|hiring|talent|staffing) partner (?:for|to|of)\b"
    r"|cabinet de (?:chasse|recrutement|conseil en recrutement)|chass(?:e|eur) de têtes"
    r"|\bend[- ]client\b|implementation partners?\b|prime vendor|tier[- ]1 vendor|\bc2c\b"
    r"|visa status"
    # a Singapore employment agency's licence: "EA Licence No: 21C0457"
    r"|\bea licen[cs]e|\bea reg(?:istration)? no"
    # the client in other languages: "unseren Mandanten", "notre client", "nuestro cliente"
    r"|unsere[nm]? (?:mandanten|kunden|auftraggeber)|im auftrag (?:unseres|unserer|eines|einer)"
    r"|personalberat\w*|personaldienstleist\w*|(?:notre|nuestro|nosso|nostro) client[ei]?"
    r"|onze (?:klant|opdrachtgever)|naszego klienta|vår kund"
    # Norwegian, Swedish, Danish "Vi har fått i oppdrag å finne …" (we have been commissioned)
    r"|(?:har )?fått i (?:oppdrag|uppdrag)|har fået (?:til )?opgave(?:n)?"
    # a client the sender may not name yet: "can't name them just yet", "I can share the
    # client's name on a call", "puedo compartir el nombre del cliente"
    r"|(?:can(?:'|’)?t|cannot) name (?:them (?:just )?yet|(?:the|my|our) client)"
    r"|(?:share|disclose|reveal) the client(?:'s|’s)?"
    r" name|(?:el )?nombre del cliente|le nom (?:du|de notre) client|o nome do cliente"
    # an unnamed client that engaged the sender: "exclusively engaged by a well-capitalised
    # Lloyd's syndicate", "retained by a Basel-based biotech"; "a confidential opening"
    r"|(?:engaged|retained|mandated|appointed|instructed|commissioned)"
    r"(?: on an exclusive basis| exclusively)? by (?:a|an|one of"
    # "mandated by the Board of a SIX-listed medical technology company"
    r"|the (?:supervisory |executive )?(?:board|shareholders|owners|founders|chair|ceo|family)"
    r" of (?:a|an))"
    r"|confidential (?:opening|search|role|position|vacancy|mandate|brief)"
    r"|client name will be (?:disclosed|shared)"
    # "I can't disclose the name at this stage", "todavía no te puedo decir el nombre"
    r"|(?:can(?:'|’)?t|cannot|can not|unable to|not able to) (?:disclose|share|reveal)"
    r" (?:(?:the|their|its) )?name|no (?:te|le|les) puedo (?:decir|dar|compartir) el nombre"
    # "on behalf of" in other languages: "en nombre de", "au nom de", "em nome de", "per conto di"
    r"|(?:trabajando|trabajamos|travaillons|trabalhando) (?:en nombre de|au nom de|em nome d[aeo])"
    r"|en nombre de (?:nuestro|un|una)|au nom de (?:notre|un|une)|per conto d[ie]\b"
    # (not "en representación de la Gerencia de Personas de X": the employer's own unit)
    r"|en representaci[oó]n de\b(?! (?:la|el) (?:gerencia|direcci[oó]n|departamento|[aá]rea"
    r"|equipo|subgerencia|jefatura|unidad)\b)"
    # "is cooperating with X for the recruitment of", "que j'accompagne sur le recrutement":
    # a client named by the agency (not "de la part de X", which an employer's own recruiter
    # writes too)
    r"|\b(?:is|are) cooperating with\b|\bque j['’]accompagne\b"
    # "je recrute, pour le compte d'un acteur majeur de …", "pour le compte de notre client"
    r"|pour le compte (?:d['’]une?|de (?:notre|nos|l['’]un))\b"
    # an unnamed client described: "The client is a tier-one contractor"; a search agency's
    # consultant in other languages: "consultora de selección", "apoyando a una cadena …"
    r"|the client is (?:an?|one of)\b|consultor[ae]? de selecci[oó]n"
    # Italian and Spanish unnamed clients: "(cliente riservato)", "per una prestigiosa maison",
    # "trabajando en exclusiva con una aseguradora"
    r"|client[ei] riservat[oi]|per (?:una|un) (?:prestigios[oa]|importante|primari[oa])\b"
    r"|(?:trabajando|trabajamos) en exclusiva con (?:una?|el|la)\b"
    r"|consultora? en (?:selección|seleccion)"
    r"|(?:apoyando|ayudando|acompañando) a (?:una?|nuestro cliente)\b"
    # Portuguese "estou a apoiar uma seguradora"; "especializada em recrutamento de perfis de IT"
    r"|(?:estou|estamos) a apoiar (?:uma?|o nosso cliente)\b|(?:apoiando|ajudando) (?:uma?"
    r"|o nosso cliente)\b"
    r"|(?:especializad[ao]s?|specialised|specialized|spécialisée?s?) (?:em|en|in|dans le)"
    r" (?:recrutamento|reclutamiento|recruitment|recrutement)\b"
    # Spanish "agencia de colocación autorizada", "Grupo Levante Empleo ETT", "empresa de trabajo
    # temporal" (the name's "ETT" is `_AGENCY_WORDS`'); "un cliente final del sector
    # energético"; Portuguese "para um grande banco",
    # Spanish "para una empresa líder de retail"
    r"|agencia de (?:colocaci[oó]n|empleo|selecci[oó]n)|empresa de trabajo temporal"
    r"|cliente final\b|para (?:um|uma) (?:grande|importante|renomad[ao]|conceituad[ao])\b"
    # Czech and Slovak "pracuji pro personální agenturu", "pro našeho klienta"
    r"|personáln[íi] agentur\w*|personáln[ae] agentúr\w*|pro našeho klienta|pre nášho klienta"
    # French "au sujet d'un mandat que nous menons pour la Caisse Boréale"
    r"|(?:mandat|mission) que (?:nous menons|je mène)|mandat de recrutement"
    r"|para una? (?:empresa|compañía|firma|cadena|grupo|banco|multinacional) (?:l[ií]der"
    r"|importante|reconocid[ao]|internacional|multinacional)\b"
    # ("le compartimos la siguiente vacante para una importante empresa de componentes")
    r"|para una? (?:importante|reconocid[ao]|gran|prestigios[ao]|destacad[ao]) (?:empresa"
    r"|compañía|firma|cadena|grupo|multinacional)\b"
    # Dutch "Voor een modern melkveebedrijf in Zuidwest-Friesland zoek ik": a business described
    r"|\bvoor (?:een|één van onze) (?:[\w-]+ ){0,3}?(?:[\w-]*bedrijf|klant|opdrachtgever"
    r"|werkgever|organisatie)\b)\b"
)
# an employer the recruiter does not name: "a 13-week contract … at a Level I trauma center",
# "a role with a leading insurer in Zurich" (a job word earlier in the same sentence)
_UNNAMED_EMPLOYER = Lower(
    r"\b(?:at|with|for) an? (?:(?!our |their |in |at )[\w-]+,? ){0,5}?(?:cent(?:er|re)|hospital"
    r"|company|firm|bank"
    r"|client|organi[sz]ation|start-?up|scale-?up|provider|retailer|insurer|brand|platform"
    r"|manufacturer|facility|clinic|group|consultancy|household name|fintech|unicorn|employer"
    r"|oem|operator|utility|health system|practice)"
    r"(?=[,.;:!?)]|\s\(|\s(?:in|on|that|which|who|based|near|outside|across|where|and|here"
    r"|[-–—])\s)"
)
# the reader's own past, before an unnamed employer
_READERS_WORK = Lower(r"\byour (?:work|time|role|experience|background|years)\b[^.\n]*$")
_JOB_BEFORE = Lower(
    r"\b(?:role|position|contract|assignment|opening|vacancy|opportunity|job|search|mandate)\b"
    r"[^.\n]*$"
)
_JOB_AFTER = Lower(
    r"[^.\n]{0,60}?\b(?:role|position|contract|assignment|opening|vacancy|search|hires?"
    r"|appointment|mandate)\b"
)
# "I'm a recruiter with X": an agency's phrase, unless the text says "our team" / "our HQ"
_WEAK_AGENCY_CUE = Lower(r"\bi(?:'|’)?m a recruiter with\b")
_INHOUSE_CUES = Lower(
    r"\b(?:talent acquisition (?:partner|team|lead|specialist|manager)?\s?(?:at|here|for)|internal"
    r" recruit\w*"
    r"|(?:our|my) (?:hiring )?team|join (?:us|our team)|we(?:'re| are) (?:hiring|growing|building"
    r"|looking|recruiting|after)"
    r"|here at|our (?:company|engineering|product|data|clinical|nursing)|in-house recruit\w*|we"
    r" at"
    # "a role in our commercial team", "at our Garhoud HQ", "our Neuss plant"
    r"|(?:on|in) the (?:talent|recruiting|recruitment) team at"
    r"|our (?:[\w-]+ ){1,3}(?:team|department|division|practice|hq|headquarters|offices?"
    r"|plants?|sites?"
    r"|campus|hospitals?|stores?|factory|warehouses?|property|properties|studios?|programme"
    r"|program|fleet"
    r"|estates?|vessels|lot|restaurants?|hotels?|clinics?|schools?|projects?)"
    # "I lead hiring at X", "I run recruiting for X"
    r"|i (?:lead|run|head|manage) (?:hiring|recruiting|recruitment|talent(?: acquisition)?))\b"
)


# the known names as one pattern of whole words of the lower-cased name ("Brunel", not
# "Brunelle"; "Reed", not "Breeders"): one search instead of seventy `in` tests
_AGENCY_NAME_RE = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in _AGENCY_NAMES) + r")\b")


# a legal form at a name's end, so that "Hirequest Consulting Pvt. Ltd." ends in "Consulting"
_LEGAL_TAIL = re.compile(
    r",?\s(?:P(?:vt|te)\.?\s?Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|GmbH|S\.?r\.?l\.?|S\.A\.?|B\.V\.?"
    r"|Sàrl|SARL|AG|Sdn\.?\s?Bhd\.?|Pty\.?\s?Ltd\.?|S\.L\.?|LLP|Oy|AB|AS"
    # Czech, Slovak, Polish, Hungarian, Turkish, Portuguese, Dutch, Danish legal forms
    r"|s\.\s?r\.\s?o\.?|a\.\s?s\.|Sp\.\s?z\s?o\.\s?o\.?|Kft\.?|A\.Ş\.?|Lda\.?|Ltda\.?|B\.?V\.?"
    r"|N\.?V\.?|ApS|A/S)$"
)


def is_agency_name(name: str) -> bool:
    bare = _LEGAL_TAIL.sub("", name.strip())
    known = _AGENCY_NAME_RE.search(bare.lower())
    if known and (
        _OTHER_ORG.search(bare)
        or (known.start() == 0 and len(bare.split()) - len(known.group(0).split()) > 1)
    ):
        # "Hudson Valley Presbyterian Hospital", "Orion Medical Imaging": a longer name that
        # holds an agency's word is another organisation's ("Hays Healthcare" is Hays's)
        known = None
    return bool(known or _AGENCY_WORDS.search(bare))


# an organisation of another kind, though its name holds an agency's ("Hudson", "Randstad")
_OTHER_ORG = re.compile(
    r"\b(?:Hospital|Clinic|University|College|School|Bank|Council|Church|Museum|Hotel|Airport"
    r"|Police|County|City of)\b"
)


def consultancy_name(name: str) -> bool:
    """An agency's name only by its last word "Consulting" ("Lumen & Pike Consulting"), which
    a consultancy that hires for itself has too; "Talento Sur Consulting" is an agency's by its
    other words."""
    bare = _LEGAL_TAIL.sub("", name.strip())
    head = re.sub(r"\s+Consulting$", "", bare)
    return head != bare and not is_agency_name(head)


@lru_cache(maxsize=16)  # asked of one text several times (recruiter, company, analysis)
def agency_cue(text: str, pos: int = 0) -> re.Match[str] | None:
    """A phrase that says the sender recruits for another company (from `pos` on)."""
    found = _AGENCY_CUES.search(text, pos) or _AGENCY_CUES_CJK.search(text, pos)
    if found:
        return found
    for match in _UNNAMED_EMPLOYER.finditer(text, pos):
        if _READERS_WORK.search(text, max(0, match.start() - 70), match.start()):
            continue  # "your work on payment orchestration at a Brazilian fintech": the reader's
        if _JOB_BEFORE.search(text, max(0, match.start() - 70), match.start()):
            return match  # "a 13-week contract … at a Level I trauma center"
        if _JOB_AFTER.match(text, match.end(), match.end() + 80):
            return match  # "working with a well-funded Berlin startup on a Founding Engineer role"
    return None


@lru_cache(maxsize=16)
def weak_agency_cue(text: str) -> re.Match[str] | None:
    """ "I'm a recruiter with X": an agency's phrase that an in-house recruiter uses too."""
    return _WEAK_AGENCY_CUE.search(text)


# a signature line that is an employer's own recruiting team, alone on its line ("Talent
# Acquisition", "Group Talent Acquisition", "HR & GA Department"): an agency's recruiter signs
# with a title and the agency's name
_INHOUSE_LINE = Lower(
    r"^(?:group |global |corporate )?(?:talent acquisition|recruiting|recruitment"
    r"|hr(?: & [a-z]+)?|human resources|people(?: & culture)?)(?: team| department)?[ \t]*$",
    re.M,
)


def inhouse_team_line(text: str) -> re.Match[str] | None:
    """A line that is the employer's own recruiting team ("Talent Acquisition")."""
    return _INHOUSE_LINE.search(text)


def inhouse_cue(text: str) -> re.Match[str] | None:
    return _INHOUSE_CUES.search(text) or _INHOUSE_LINE.search(text)


# the sender speaks as one of a company ("we", "our", "nous recrutons", "unser Team"), not of a
# terse pitch that names the employer in the third person ("Head of Data at X, hybrid")
_FIRST_PLURAL = re.compile(
    r"(?i:\b(?:we|we're|we’re|we've|we’ve|we'll|our|ours|nous|notre|nos|nosotros|nosotras"
    r"|nuestro|nuestra|nuestros|nuestras|wir|unser|unsere|unserem|unseren|unserer|nós|nosso"
    r"|nossa|nossos|nossas|noi|nostro|nostra|nostri|nostre|ons|onze|vår|vårt|våra|nasz"
    r"|nasza|nasze|naszym"
    # Danish and Norwegian "vores"; Indonesian "kami"; "aqui na X" (Portuguese), "qui in X"
    # (Italian): the sender's own company (not "vi": Spanish "I saw")
    r"|vores|kami|aqui na|aqui no|qui in|aquí en)\b)"
    # Japanese "弊社", "当社"; Korean "저희", "우리"
    r"|弊社|当社|저희|우리"
)


def speaks_for_employer(text: str) -> re.Match[str] | None:
    """A first-person plural: the sender speaks as one of an organisation."""
    return _FIRST_PLURAL.search(text)
