"""Job titles in free text, seniority from a title, and employment type."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sidedoor.intake.extract.locations import names_place
from sidedoor.intake.models import EmploymentType, Seniority


def _words(text: str) -> list[str]:
    return text.split()


HEADS = frozenset(
    _words(
        """
        engineer developer dev programmer architect scientist analyst manager director lead head
        chief nurse cra crc dba preventionist technician electrician plumber carpenter welder
        mechanic machinist designer gp nocturnist vice-principal telecaller tele-caller dgkp
        houseparent dancer aerialist vocalist liaison anesthetist anaesthetist visitor
        rgn rmn rpn rnld amhp cnm anp deputy selector waitron receiver
        consultant specialist administrator accountant controller officer executive
        representative rep associate coordinator recruiter teacher physician doctor therapist
        pharmacist assistant advisor adviser trader underwriter actuary auditor president vp cto
        cfo ceo coo cio ciso cmo sre owner master tester operator driver foreman forewoman
        supervisor fitter millwright pipefitter estimator surveyor planner buyer strategist
        compositor colourist colorist processor groundworker lasher trunker
        writer editor researcher chef cook paramedic midwife partner counsel lawyer attorney
        paralegal clerk banker broker agent economist statistician librarian instructor
        professor lecturer tutor hygienist dentist surgeon radiographer sonographer psychologist
        counselor counsellor worker aide caregiver carer apprentice journeyman installer
        inspector superintendent dispatcher lineman lineworker ironworker bricklayer mason
        builder boss hand operative sheriff
        roofer painter labourer laborer steward marketer generalist bdm bde sdr bdr csm tpm pm
        sde sdet teamlead teamleader
        intern trainee graduate ingenieur entwickler leiter leitung pflegefachkraft
        krankenpfleger krankenpflegerin pflegekraft fachkrankenpfleger fachkrankenpflegerin
        pflegefachmann pflegefachfrau krankenschwester handwerker elektriker
        mitarbeiter sachbearbeiter referent berater expert practitioner hvac-r modeller modeler
        quant solicitor barrister conveyancer notary nanny housekeeper receptionist bartender
        barista waiter waitress cashier baker butcher gardener landscaper janitor custodian
        firefighter pilot glazier plasterer tiler joiner scaffolder rigger boilermaker
        fabricator optometrist optician veterinarian dietitian dietician nutritionist
        phlebotomist technologist radiologist anesthesiologist anaesthetist psychiatrist
        hospitalist pediatrician paediatrician physiotherapist physio chiropractor podiatrist
        audiologist pathologist epidemiologist biologist chemist physicist geologist
        geophysicist mathematician translator interpreter journalist reporter photographer
        videographer animator illustrator copywriter producer curator archivist secretary
        bookkeeper teller adjuster appraiser valuer realtor negotiator merchandiser stylist
        hairdresser barber trainer coach caretaker porter courier chauffeur packer picker
        storeperson assembler drafter draftsman draughtsman ecologist hydrologist cleaner
        fachkraft elektroniker mechatroniker techniker mechaniker informatiker kaufmann kauffrau
        erzieher erzieherin therapeut therapeutin arzt ärztin monteur architekt lehrer lehrerin
        buchhalter ingenieurin entwicklerin pflegerin krankenpflegerin sommelier concierge
        attendant purser leader artist agronomist seaman seafarer deckhand bosun cadet fellow
        postdoc guard ranger warden operative handler registrar evangelist ambassador advocate
        moderator annotator presenter correspondent investigator examiner assessor educator
        facilitator organiser organizer founder cofounder co-founder storekeeper stocker rider
        collector treasurer comptroller caseworker metallurgist croupier butler handyman
        lifeguard florist tailor locksmith jeweller jeweler groundskeeper greenkeeper zookeeper
        skipper captain navigator boatswain stevedore salesperson salesman saleswoman copilot
        dealer locum orderly conductor signaller scheduler expeditor purchaser auctioneer
        proofreader transcriber localizer localiser creator influencer crew orthodontist
        periodontist endodontist internist intensivist doula housemaster headteacher dean
        provost chaplain mate td avp svp evp aktuar aktuarin rn lpn lvn author overseer coder
        hca cna psw emt crna fixer csr gm chancellor vice-chancellor paraprofessional principal
        commander co-pilot dpo stew stewardess gasfitter pro-vice-chancellor host grader
        barkeeper deputy-vice-chancellor allocator hunter jockey geschäftsführung
        cheesemaker winemaker brewer grower
        """
    )
)
# German compound nouns end in a head ("Kinderkrankenpfleger", "Softwareentwicklerin").
GERMAN_HEAD_SUFFIXES = tuple(
    _words(
        """
        pfleger pflegerin pflegekraft fachkraft hilfskraft ingenieur ingenieurin entwickler
        entwicklerin elektroniker elektronikerin mechatroniker mechatronikerin techniker
        technikerin mechaniker mechanikerin informatiker informatikerin kaufmann kauffrau berater
        beraterin leiter leiterin referent referentin assistent assistentin arzt ärztin therapeut
        therapeutin erzieher erzieherin sachbearbeiter sachbearbeiterin mitarbeiter mitarbeiterin
        monteur monteurin meister meisterin pädagoge pädagogin planer planerin architekt
        architektin verkäufer verkäuferin fahrer fahrerin schweißer elektriker elektrikerin helfer
        helferin lehrer lehrerin buchhalter buchhalterin spezialist spezialistin apotheker
        apothekerin wissenschaftler wissenschaftlerin koch köchin konstrukteur konstrukteurin
        programmierer programmiererin leitung disponent disponentin aktuarin einkäufer
        einkäuferin kommissionierer kommissioniererin installateur installateurin pflegeperson
        sachbearbeitung fachperson aktuar beauftragter beauftragte geschäftsführer
        geschäftsführerin administrator administratorin logistiker logistikerin
        meester technicus medewerker adviseur beheerder verpleegkundige leidinggevende leider
        ingenjör tekniker utvecklare chef sjuksköterska redakteur redakteurin redaktör redaktør
        dachdecker polier vorarbeiter arbeiter kalkulator zimmerer maurer maler lackierer
        tischler schreiner klempner schlosser dreher glaser fliesenleger
        """
    )
)
# Head nouns that are ordinary words in lower case ("a Kafka producer", "the lead"): only
# a title when capitalised.
_CAPITAL_ONLY = frozenset(
    _words(
        """
        lead head master owner partner dev rep pm producer interpreter coach trainer picker packer
        processor
        porter teller reporter courier cleaner assembler pilot leader artist fellow guard ranger
        warden cadet advocate captain dealer creator orderly conductor crew founder rider
        collector dean handler presenter examiner mate td rn lpn lvn author cra crc dba
        builder boss hand operative sheriff hca cna psw emt crna fixer principal gp vice-principal
        dgkp commander stew host grader liaison visitor rgn rmn rpn rnld amhp cnm anp deputy
        """
    )
)
# The whole Danish, Norwegian and Swedish job nouns (among ROMANCE_HEADS, which follow them in
# lower case and with their particulars); `_nordic_singular` reads their plurals too ("søker
# sykepleiere", "vi söker sjuksköterskor")
_NORDIC_WHOLE = frozenset(
    _words(
        """
        rådgiver rådgivare konsulent medarbejder medarbeider medarbetare udvikler utvikler
        ingeniør ingenjör sygeplejerske sykepleier sjuksköterska leder ledare forsker forskare
        lærer lärare underviser pædagog sælger selger säljare mekaniker montør montör tømrer
        snickare snekker chauffør sjåfør förare ekonom økonom revisor advokat læge läkare
        farmaceut apotekare utvecklare tekniker elektriker direktør direktör murer smed struktør
        inspektør styrmann matros kokk kabinansatt sikkerhetskontrollør sveiser svejser svetsare
        rørlegger rørlægger maler operatør servitør automatiker stillasbygger indkøber
        indkjøper inköpare arkitekt megler mäklare fullmektig forvalter förvaltare
        """
    )
)
# Malay and Indonesian job nouns, whose field follows them capitalised ("Penyelia Gudang",
# "Pengurus Operasi Logistik"); their "di" is "at", never a link ("Penyelia Stor di Klang")
_MALAY_HEADS = frozenset(
    _words(
        """
        penyelia pemandu kerani eksekutif jurutera pegawai pembantu juruwang penghantar
        teknisi insinyur manajer pengemudi sopir petugas kepala ketua juruteknik pengurus
        penolong
        """
    )
)
_MALAY_STOP = frozenset(_words("di ke kat dari untuk utk dan yang dengan dgn bagi pada"))

# Job nouns of Spanish, Portuguese, French, Italian and Dutch: their title's particulars follow
# them ("Ingeniero de Software Senior", "Engenheiro Agrônomo", "Chargé de recrutement"). Kept
# apart from HEADS, which other readers use as the English job words. (Nordic compounds,
# "Projektleder", "Lagerchef", are `_compound_head`'s; the whole Nordic nouns are listed here.)
ROMANCE_HEADS = frozenset(
    _words(
        """
        chef actuaire ingeniero ingeniera desarrollador desarrolladora programador programadora
        analista líder lider
        regista fotografo fotografa fotógrafo fotógrafa artista animador animadora animatore
        animatrice illustratore illustratrice ilustrador ilustradora camarógrafo camarógrafa
        camarografo montatore montatrice montador montadora redattore redattrice projetista
        leiturista produttore traductor traductora traduttore traduttrice presentador
        presentadora maquetador maquetadora impaginatore sceneggiatore sceneggiatrice guionista
        sonidista microfonista cadreur cadreuse monteuse
        journaliste rédacteur rédactrice redator redatora
        contabil contabilă inginer dezvoltator programator tehnician
        gerente jefe jefa directora coordinador coordinadora técnico técnica tecnico tecnica
        asistente auxiliar consultora especialista contador contadora abogado abogada enfermero
        enfermera médico médica arquitecto arquitecta diseñador diseñadora operador operadora
        supervisora superintendente administrador administradora ejecutivo ejecutiva
        representante vendedor vendedora asesor asesora profesora docente responsable encargado
        encargada mecánico electricista soldador cocinero cocinera recepcionista investigador
        investigadora practicante becario becaria químico química científico científica
        engenheiro engenheira desenvolvedor desenvolvedora diretor diretora coordenador
        coordenadora assistente advogado advogada enfermeiro enfermeira arquiteto arquiteta
        executivo executiva assessor encarregado encarregada eletricista motorista cozinheiro
        estagiário estagiária pesquisador pesquisadora
        redactor redactora productor productora produtor produtora repórter reportero reportera
        periodista jornalista giornalista tecnologo tecnologa birraio
        ingénieur ingénieure développeur développeuse technicien technicienne chargé chargée
        programmeur programmeuse
        contabile impiegato impiegata magazziniere addetto addetta operaio operaia commesso
        commessa cuoco cameriere cameriera
        expert experte assistant designer
        horloger horlogère rhabilleur rhabilleuse boulanger boulangère pâtissier pâtissière
        boucher bouchère menuisier plombier maçon peintre carreleur couvreur cariste
        préparateur préparatrice magasinier magasinière manutentionnaire caissier caissière
        aide-soignant aide-soignante éducateur éducatrice secrétaire commis plongeur livreur
        livreuse tourneur fraiseur
        mozo moza carretillero carretillera peón albañil fontanero carpintero carpintera pintor
        chófer chofer limpiador limpiadora dependiente dependienta cajero cajera reponedor
        reponedora operario operaria
        carrellista cuoco cuoca cameriere cameriera autista muratore idraulico elettricista
        saldatore barista commesso commessa
        pedreiro repositor repositora
        profesor professeur professeure professore maestro maestra educadora educador psicólogo
        psicóloga psicologo psicologa fisioterapeuta farmacéutico farmacéutica
        farmacêutico farmacêutica nutricionista veterinario veterinaria veterinário veterinária
        odontólogo odontóloga dentista pedagogo pedagoga orientador orientadora
        directeur directrice gestionnaire comptable consultante conseiller conseillère
        infirmier infirmière médecin avocat avocate juriste architecte animateur animatrice
        assistante acheteur acheteuse vendeur vendeuse opérateur opératrice mécanicien
        électricien soudeur cuisinier serveur réceptionniste stagiaire alternant alternante
        enseignant enseignante formateur formatrice chercheur chercheuse coordinateur
        coordinatrice administrateur administratrice contrôleur contrôleuse auditeur auditrice
        analyste
        ingegnere sviluppatore sviluppatrice responsabile impiegato impiegata addetto addetta
        operaio consulente progettista direttore direttrice infermiere avvocato architetto
        programmatore programmatrice
        ricercatore ricercatrice
        medewerker ontwikkelaar adviseur verpleegkundige beheerder projectleider teamleider
        actuaris boekhouder verkoper begeleider coördinator jurist beleidsmedewerker chauffeur
        director supervisor auditor
        actuario actuaria atuário atuária superviseur superviseuse responsável tecnico
        enologo enologa enólogo enóloga agronomo agronoma agrónomo agrónoma agrônomo geologo
        geologa geólogo geóloga biologo biologa biólogo bióloga cantiniere magazziniere
        camarero camarera mesero mesera repartidor repartidora conductora analista
        sommelier camareira garçom vendedor attuario attuaria
        manutentore conseiller consultor machiniste concepteur conceptrice calculator subgerente
        informatore informatrice modellista carpentiere verniciatore
        manipulateur manipulatrice auxiliaire policier policière masseur-kinésithérapeute
        collaborateur collaboratrice gérant gérante capitaine ayudante asociado asociada
        servente perforista sistemista colorista géologue medidor orçamentista contable
        régisseur revizor revizorka advocaat notaris kandidaat-notaris
        moniteur-éducateur monitrice-éducatrice praticien praticienne
        chefe empregado empregada encofrador gruista carpinteiro sveiser
        subdirector subdirectora subjefe
        werkvoorbereider
        operatore operatrice teleoperador teleoperadora rececionista fisioterapeuta
        kinesiólogo kinesióloga cientista gestor gestora governanta maître barman
        pharmacien pharmacienne technologiste spécialiste inhalothérapeute physiothérapeute
        ergothérapeute préposé préposée hygiéniste diététiste nutritionniste psychologue
        travailleur travailleuse intervenant intervenante orthophoniste coordonnateur
        coordonnatrice agente représentant représentante
        onderzoeker docent leraar lerares analist ontwerper tekenaar uitvoerder inkoper
        loodgieter elektricien timmerman kok stagiair consulent secretaris fysiotherapeut
        tandarts huisarts bedrijfsleider verzorgende
        hitsaaja koneistaja asentaja kirvesmies rakennusmestari työnjohtaja vuoroesimies
        inginer inginerǎ tehnolog șef sef perito avaluador tasador juruteknik pengurus penolong
        metselaar grondwerker voorman stukadoor tegelzetter dakdekker lasser kraanmachinist
        recepționer recepționeră recepcioner camerist cameristă ospătar ospătăriță bucătar
        bucătăreasă curier curieră stivuitorist stivuitoristă lucrător lucrătoare muncitor
        muncitoare șofer șoferiță vânzător vânzătoare casier casieră paznic manipulant
        manipulantă sudor lăcătuș instalator zidar dulgher fierar-betonist îngrijitor
        îngrijitoare asistentă
        mratibu mhudumu afisa meneja mhasibu dereva mwalimu muuguzi fundi msimamizi karani
        mlinzi mpishi
        υπεύθυνος υπεύθυνη μηχανικός ηλεκτρολόγος εργοδηγός εργοταξιάρχης σύμβουλος
        υποδιευθυντής υποδιευθύντρια διευθυντής διευθύντρια τεχνικός λογιστής λογίστρια
        πωλητής πωλήτρια μάγειρας σερβιτόρος οδηγός αποθηκάριος νοσηλευτής νοσηλεύτρια
        προγραμματιστής αναλυτής βοηθός καμαριέρα υδραυλικός αρχηγός
        """
    )
) | _NORDIC_WHOLE | _MALAY_HEADS
# German and Dutch-English heads whose field follows them capitalised, read as the Romance
# ones are ("Leiter Controlling", "Teamlead Klantenservice"), but no title that gives way to an
# English one
_GERMANIC_TAIL = frozenset(
    _words(
        """
        leiter leiterin teamleiter teamleiterin teamlead schichtleiter schichtleiterin
        sachbearbeiter sachbearbeiterin sachbearbeitung fachinformatiker fachinformatikerin
        polier vorarbeiter kalkulator
        """
    )
)
# Of those, the ones that are never an ordinary word in lower case ("buscamos un ingeniero de
# software"); the rest ("responsable de", "seguro médico", "experiencia técnica") only count
# when capitalised.
_ROMANCE_ANY_CASE = frozenset(
    _words(
        """
        ingeniero ingeniera engenheiro engenheira ingénieur ingénieure ingegnere desarrollador
        desarrolladora desenvolvedor desenvolvedora développeur développeuse sviluppatore
        programador programadora programmatore enfermero enfermera enfermeiro enfermeira
        infirmier infirmière infermiere analista gerente
        """
    )
)
_ROMANCE_LINK = frozenset(
    # (Swahili "wa", "kwa": "Mratibu wa Mradi wa Lishe", "Mhudumu wa Huduma kwa Wateja")
    _words("de del des du da do das dos di della dei degli delle van voor en em wa kwa")
)
# Italian "to the" after an attendant: "Addetto al picking", "Addetta alla reception"
_ITALIAN_TO = frozenset(_words("al alla alle allo ai agli"))
_ITALIAN_TO_HEADS = frozenset(_words("addetto addetta addetti operatore operatrice"))
_ROMANCE_ARTICLE = frozenset(_words("la las los le les el l' l’"))
# the words that end a firm's name after a job noun ("Garuda Executive Search")
# (a word of its own: "Bund Executive Search的Michelle" too)
_FIRM_WORD = re.compile(
    r"(?:Search|Partners|Recruitment|Consulting|Consultants|Solutions|Selection|Associates)"
    r"(?![A-Za-z])"
)
# the articles that follow a French verb borrowed from English ("manager une équipe")
_ROMANCE_OBJECT = frozenset(_words("une un les des la le l' vos nos son sa ses"))
# where a Romance title's tail ends ("Ingeniero de Software para nuestra planta")
_ROMANCE_STOP = frozenset(
    _words(
        """
        ajili ambaye ambao
        para pour per por con avec com que qui dont y et e o ou a à al au na no nel dans sur como
        comme come als met with for in at and or the to our your en el la los las un una une
        nuestro nuestra notre nos su sus seu sua h/f f/h m/f
        ons onze het een hun jullie
        pro pra pros pras pelo pela ao aos às num numa nella nello sul sulla aux du des chez dès
        inserire assumere integrare incorporar incorporarse contratar rejoindre recruter
        aqui aquí acá ici qua
        sie ihnen ihr ihre wir uns bei herr frau
        """
    )
)
# how experienced, not what the job is: "Ingénieur DevOps confirmé" is an "Ingénieur DevOps"
_EXPERIENCE_WORDS = frozenset(
    _words(
        """
        confirmé confirmée expérimenté expérimentée qualifié qualifiée diplômé diplômée
        """
    )
)
_ROMANCE_ADJECTIVE = re.compile(
    r"[a-zà-ÿ]{3,}(?:al|el|il|ico|ica|ique|ivo|iva|if|ive|ário|ária|ario|aria|aire|ista|eur"
    r"|euse|or|ora|ero|era|ien|ienne|ier|ière|ês|esa|ano|ana|ino|ina|ola|ais|aise|iel|ielle"
    r"|ível|ible"
    r"|ble|ente|ante|ior"
    # French feminine and participles: "Technologiste médicale", "Pharmacien salarié"
    r"|ale|elle|ile|é|ée)"
)
# a stack or a grade written lower case right after the head
_ROMANCE_GRADE = frozenset(
    _words(
        """
        full-stack fullstack back-end backend front-end frontend senior sénior junior júnior
        """
    )
)
# Italian academic posts take "in X" ("Ricercatore in Oceanografia Fisica")
_ROMANCE_IN_HEADS = frozenset(_words("ricercatore ricercatrice professore professoressa docente"))
# Polish job nouns, capitalised: their particulars follow them in the genitive, lower case or
# capitalised ("Kierownik Zmiany Produkcji", "Technik serwisu turbin wiatrowych", "Specjalista
# ds. sprzedaży")
POLISH_HEADS = frozenset(
    _words(
        """
        kierownik kierowniczka specjalista specjalistka technik inżynier inżynierka programista
        programistka analityk analityczka menedżer menadżer dyrektor dyrektorka księgowy
        księgowa kierowca magazynier elektryk mechanik spawacz pielęgniarka pielęgniarz lekarz
        asystent asystentka koordynator koordynatorka przedstawiciel przedstawicielka
        brygadzista monter projektant projektantka doradca sprzedawca kasjer kasjerka kucharz
        kelner kelnerka ślusarz tokarz automatyk konsultant konsultantka opiekun opiekunka
        ustawiacz ustawiaczka spedytor spedytorka geodeta murarz cieśla dekarz tynkarz operator
        pracownik pracowniczka mistrz mistrzyni
        """
    )
)
# of those, the ones that are German words too ("Technik", "Mechanik"): a title only with its
# Polish particulars after them
_POLISH_NEEDS_TAIL = frozenset(
    _words("technik mechanik monter konsultant dyrektor operator")
)
# where a Polish title's particulars end ("Kierownik Zmiany w naszym terminalu")
_POLISH_STOP = frozenset(
    _words(
        """
        w we na do z ze i oraz lub albo dla o od po przy pod nad za jest są będzie to który
        która które którzy a ale czy jak the for and in at with of to und oder für im mit der
        die das den dem des bei von zu zum zur
        """
    )
)
_POLISH_WORD = re.compile(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{2,}")
# a Polish genitive ("serwisu", "Zmiany", "Produkcji", "maszyn"): what a German word after
# "Technik" is not ("Technik Service", "Technik Elektronik")
_POLISH_GENITIVE = re.compile(r"\w+(?:[auiyn]|ów|ych|ej|ego)|[a-ząćęłńóśźż]\w*")
# the heads a lower-case "van" belongs to ("van driver"); before any other it is Dutch "of"
_VAN_HEADS = frozenset(_words("driver courier"))
# Head nouns that are a title only with a word before them
# "Pipeline TD"; "TD" alone is the bank; a "Health Visitor" (a UK nurse), not a visitor
_NEEDS_MODIFIER = frozenset(["mate", "td", "hand", "boss", "visitor", "receiver"])
# Lower-case qualifications in front of a capitalised title are not part of it
# ("hiring licensed Electricians").
_QUALIFICATIONS = frozenset(
    _words("licensed certified registered accredited chartered credentialed board-certified")
)
_BOARD_STATUS = frozenset(["BC/BE", "BE/BC"])
# heads that are verbs too, opening a bullet of duties ("- Lead, mentor and retain a team of
# 90", "• Partner with the Administrator on …", "- Head up our EMEA expansion")
_DUTY_VERBS = frozenset(["lead", "head", "partner", "coach", "host", "mentor", "pilot", "guard"])
_DUTY_OPENS = re.compile(
    r",[ ]+[a-z]|[ ]+(?:and|&)[ ]+[a-z]|[ ]+(?:the|a|an|our|all|with|on|up|across|multiple|daily"
    r"|cross-functional)\b"
)
_BULLET_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·▪►‣–—✅✔👉→]|\d{1,2}[.)])?[ \t]*$")
# Words that may stand before a head noun inside a title, even in lower case.
MODIFIERS = frozenset(
    _words(
        """
        senior sr sr. junior jr jr. staff principal lead chief head associate assistant deputy
        founding interim bar casual relief limo taxi bus van truck delivery shuttle
        graduate entry-level mid-level mid registered licensed certified qualified journeyman
        master general full-stack fullstack full stack front-end frontend back-end backend
        software data machine learning ml ai cloud devops platform site reliability security
        network systems product project program programme account sales business development
        marketing finance financial hr people talent ux ui design mobile ios android web
        embedded qa test quality research clinical icu intensive care theatre ward charge staff
        night day field service maintenance construction electrical mechanical civil structural
        process chemical commercial residential industrial customer success support operations
        ops supply chain logistics warehouse fixed income equity credit risk compliance
        regulatory audit tax payroll treasury trading quantitative quant analytics bi database
        python java golang go rust react node javascript typescript .net c# c++ php ruby scala
        kotlin swift infrastructure solutions technical tech it helpdesk desktop enterprise
        regional area district national global territory key strategic inside outside field
        partner channel digital content social media brand growth performance copy medical
        surgical nursing care home health dental pharmacy laboratory lab hospital pediatric
        paediatric emergency er or critical cardiac oncology mental behavioral behavioural
        social community school primary secondary special education english math maths science
        history art music elementary high middle heavy diesel hgv cnc forklift crane line plant
        production manufacturing automation controls instrumentation hvac plumbing solar wind
        energy power utility water gas oil petroleum mining safety ehs environmental
        sustainability legal corporate litigation property real estate estate mortgage loan
        credit insurance claims actuarial investment portfolio wealth asset private retail store
        shop restaurant kitchen sous pastry executive vice senior-level online gcse
        """
    )
)
_STOP_LEFT = frozenset(
    _words(
        """
        a an the our your my their his her its this that these those we i you they he she it is
        are was be been as for to of in at on with and or but if so hi hello dear strong great
        talented experienced passionate motivated skilled exceptional brilliant driven new
        permanent contract remote hybrid full-time part-time dedicated fantastic exciting
        looking hiring seeking recruiting searching role position opportunity job vacancy
        otsime värbame haemme etsimme
        immediate urgent several two three multiple both experienced top ambitious enthusiastic
        outstanding proven fellow current qualified nights weekends evenings nachfolge
        humein hamein humko hamko hume hamen tunatafuta tuna nafasi
        lowongan loker vacature vacatures vacante vacantes vaga vagas oferta offre poste stelle
        stellenangebot annonce recrutement urgently
        un una uno unos el la los las le les des du de del da do um uma une nuestro nuestra
        notre nos su sus seu sua buscamos busca buscando contratamos contratando necesitamos
        seleccionamos procuramos recrutons recrute recherchons cherchons recherche cerchiamo
        selezioniamo ricerchiamo zoeken zoekt gezocht puesto cargo posición poste rôle ruolo
        como comme come als para pour opportunité opportunités oportunidad oportunidades
        oportunidade oportunidades opportunità opportunities vacancy ricerca
        selezione selección seleccion seleção selecao búsqueda busqueda recrutamento posizione
        posición posicion posição posicao funktion rolle functie positie freelance got previous
        prior former erfaren erfarne erfarna ervaren kokenut kokenutta temp oportunitate θέση
        temp-to-hire temp-to-perm contract-to-hire contract-to-perm
        ihr ihre ihren ihrem unser unsere unseren der die das dem den einen einer eines ég
        вакансия вакансія вакансии вакансії ищем шукаємо позиция позиція требуется потрібен
        тема
        jeg jag er är vi og och til till som ei et ett av på hos ved fra från ny nye nya ledig
        ledige søker søger söker rekrutterer rekryterar
        angajăm angajam căutăm cautam recrutăm recrutam postul ofertă oferim
        """
    )
)
# "Part 2 Architectural Assistant", "Class 1 Driver", "Tier 2 Support Analyst": a grade that
# belongs to the title
# a clearance or a roster written before a title is no part of it
_CONTRACT_HEADS = frozenset(
    ["specialist", "auditor", "administrator", "negotiator", "officer", "lawyer", "attorney"]
)
# a rank that opens a title of its own ("… and Senior Engineer")
_RANKS = frozenset(
    _words("senior junior lead principal chief head staff associate assistant deputy interim")
)
# a Turkish name with a case ending after its apostrophe ("Sepetix'te", "Boğaziçi'nin")
_TURKISH_CASE = re.compile(
    r"[\w]['’](?:n?(?:te|ta|de|da|ten|tan|den|dan)|in|ın|un|ün|nin|nın|nun|nün)$"
)
_NOT_OF_TITLE = re.compile(r"TS/SCI|TS/SCI/FSP|SC|DV|NV[12]|FIFO|DIDO|BIBO|IR35")
_GRADE_WORDS = frozenset(["Part", "Level", "Tier", "Class", "Stage"])  # not a pay "Band 6"
_SHIP_RANK = re.compile(r"(?:1st|2nd|3rd|4th)")
_SHIP_RANKED = frozenset(["engineer", "officer", "mate", "steward", "cook"])
_HEAD_GRADE = re.compile(r"([a-z]+)-[1-4]|(cnm|cns|anp)[1-3]")  # "SDE-2", Ireland's "CNM3"
_GRADE_NUMBER = re.compile(r"\d{1,2}|[IV]{1,3}")
# "ingénieur(e)", "Infirmier(ère)", "Directeur(rice)", "Technicien(ne)"
_GENDER_SLASH = re.compile(
    # (German "Leiter/in", "Sachbearbeiter/in")
    r"/(?:a|as|o|os|e|es|ka|in)$|\((?:a|o|e|es|ère|ere|euse|rice|trice|ne|le|ka)\)$"
)
_GENDER_SLASH_IN = re.compile(
    r"(?<=[a-zà-ÿ])(?:/(?:a|as|o|os|ka|in)"
    r"|\((?:a|o|as|os|e|ère|ere|euse|rice|trice|ne|le|ka)\))(?=\s|$)"
)
_TOKEN = re.compile(
    # (a word may start with a letter of Latin Extended-A and -B, Greek or Cyrillic: "Ślusarz",
    # "Łódź", "Škoda", "Инженер")
    r"[A-Za-zÀ-ÿ\u0100-\u024f\u0370-\u03ff\u0400-\u04ff0-9][\w+#./'’&-]*(?:\((?:a|o|as|os|e|ère|ere|euse|rice|trice|ne|le)\))?"
    r"|\([mwfdx/]+\)|&|/",
    re.UNICODE,
)
_SUFFIX = re.compile(
    # (on the title's line: "Engineer II", not the "2." of the next line's numbered item)
    # (a grade in capitals: Swedish "Projektledare Infrastruktur i Stockholm" has a place)
    r"^[ \t]*(?:\((?:m|w|f|d|x|h|gn)(?:/(?:m|w|f|d|x|h))+\)|\*in|(?-i:I{1,3}\b|IV\b)"
    r"|[1-4]\b(?!\.))",
    re.I,
)
# a driver's licence class, part of the title the job is advertised as ("Kierowca C+E",
# "LKW-Fahrer CE", "Vrachtwagenchauffeur CE")
_DRIVER_HEADS = ("kierowca", "fahrer", "chauffeur", "driver", "chauffør", "förare", "sjåfør",
                 "kuljettaja")  # fmt: skip
_LICENCE = re.compile(r"[ \t]+(?:C\+E|CE|C1E|C1|B\+E|BE)(?![+\w])")
_OF_TAIL = re.compile(  # within the line: "Head of Analytics\nLocation: …" ends at "Analytics"
    # ("Dean of the Business School": "the" before the name)
    r"^[ \t]+(of|for|in)[ \t]+((?:the[ \t]+)?(?:[A-Z][\w&+-]*|&|and)"
    r"(?:[ \t]+(?:[A-Z][\w&+-]*|&|and)){0,3})"
)
# academic posts take "in X" ("Lecturer in Sustainable Architecture", "Reader in Law")
_IN_TAIL_HEADS = frozenset(["lecturer", "professor", "fellow", "reader", "tutor", "researcher"])
# and a medical consultant or specialist its specialty ("Consultant in Public Health",
# "Specialist in Emergency Medicine"), not a place ("a Consultant in London")
_IN_FIELD_HEADS = frozenset(["consultant", "specialist", "registrar"])


# "Head of Data" keeps its tail; "for" only after titles that are written so ("VP for Research",
# "Vice President for Student Affairs"): "Product Manager for Running Footwear" is a Product
# Manager.
_TAIL_HEADS = frozenset(
    ["head", "director", "vp", "manager", "president", "chief", "lead", "leiter", "leitung",
     "inspector", "professor", "dean", "registrar", "controller", "officer", "secretary",
     "teacher"]
)
_FOR_TAIL_HEADS = frozenset(["vp", "president", "chief"])
# the English "Head" of a Portuguese or Spanish title: "Head de Marketing", "Head de Vendas e CS"
_HEAD_DE = re.compile(
    r"[ \t]+(?:de|da|do)[ \t]+[A-ZÁÉÍÓÚ][\w&+-]*(?:[ \t]+(?:e|y|&)[ \t]+[A-ZÁÉÍÓÚ][\w&+-]*)?"
)
# "VP Sales", "VP, Treasury Management Sales": the function right after, capitalised
_VP_HEADS = frozenset(["vp", "svp", "evp", "avp"])
_VP_FIELD = re.compile(
    r",?[ ]((?:[A-Z][\w&+/-]*|&)(?:[ ](?:[A-Z][\w&+/-]*|&|and)){0,3})(?![\w&+/-])"
)
# "Director, Performance Marketing", "Head – Institutional Sales": a bare head is no title on
# its own; the field after a comma or a dash on the same line is part of it
_BARE_HEADS = frozenset(["director", "head", "professor"])
_BARE_FIELD = re.compile(
    r"(?:,|[ ][–—-])[ ]((?:[A-Z][\w&+/-]*|&)(?:[ ](?:[A-Z][\w&+/-]*|&|and|of)){0,3})"
    r"(?![\w&+/-])"
)
_ORG_IN_FIELD = re.compile(
    r"\b(?:University|College|School|Institute|Hospital|Bank|Group|Universit[äé]t|Université)\b"
)
_BARE_GRADES = frozenset(
    _words("senior associate executive deputy assistant group global regional")
)


_LETTER = re.compile(r"[^\W\d_]")


def _place_word(word: str) -> bool:
    from sidedoor.intake.extract.company import is_city

    return is_city(word)
# German heads that are whole words in HEADS take a "für" tail like compounds do
# ("Elektroniker für Betriebstechnik", "Kaufmann für Büromanagement")
_GERMAN_HEADS = frozenset(GERMAN_HEAD_SUFFIXES) | {"fachkraft", "kaufmann", "kauffrau"}


_FUER_TAIL = re.compile(r"^\s+für\s+(?:[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:und|&)\s+[A-ZÄÖÜ][\wäöüß-]*)?)")


_FUER_AFTER = re.compile(r"[ ]für[ ][A-ZÄÖÜ][\wäöüß-]*(?:[ ](?:und|&)[ ][A-ZÄÖÜ][\wäöüß-]*)?")


_GERMAN_HEAD = re.compile(
    r"\w{3,}(?:" + "|".join(sorted(GERMAN_HEAD_SUFFIXES, key=len, reverse=True)) + r")[.,]?"
)


# English job nouns by their ending ("Microbiologist", "Cartographer", "Psychotherapist",
# "Bioinformatician", "Geoscientist"), capitalised and not in HEADS
_ENGLISH_SUFFIX = (
    "ologist", "ographer", "iatrist", "ician", "therapist", "ometrist", "onomist", "scientist",
    "engineer", "developer", "designer", "analyst", "manager", "technician", "informaticist",
    "hygienist", "pharmacist", "physicist", "machinist", "economist", "strategist",
    # Dutch compounds on an English head: "Transportplanner", "Orderpicker", "Productieoperator",
    # "Projectarchitect"
    "planner", "picker", "operator", "architect",
)  # fmt: skip


# of those, the ones a plural "s" follows ("Orderpickers gezocht", "Transportplanners")
_PLURAL_SUFFIX = ("planner", "picker", "operator", "engineer", "developer", "manager")


# Danish, Norwegian, Swedish and Finnish job nouns, written in lower case in running text
# ("en ny afdelingssygeplejerske", "tjänsten som transportledare", "myymäläpäällikkö"): a
# compound ending in one of these
_NORDIC_HEAD = re.compile(
    r"[a-zæøåäöáéíóúýðþ-]{3,}(?:sygeplejerske|sjuksköterska|pleier|leder|ledare|chef|päällikkö"
    r"|johtaja|asiantuntija|insinööri|strateg|rådgiver|rådgivare|konsulent|utvikler|udvikler"
    r"|utvecklare"
    r"|ingeniør|ingenjör|tekniker|medarbetare|medarbejder|koordinator|samordnare|handläggare"
    r"|sjåfør|chaufför|elektriker|montør|montör|operatør|operatör|ekonom|økonom|controller"
    # Norwegian and Swedish "Økonomisjef", "Prosjektdirektør", "Lagerarbetare", "Innkjøpsansvarlig"
    r"|sjef|direktør|direktör|ansvarlig|ansvarig|arkitekt|planlegger|planerare|selger|säljare"
    r"|mekaniker|arbetare|arbeider|analytiker"
    # Swedish "Truckförare", "Lastbilsförare"; Finnish "Ohjelmistokehittäjä", "Myyntiedustaja",
    # "Sairaanhoitaja", "Ohjelmistosuunnittelija", "Data-analyytikko"
    r"|förare|fører|kehittäjä|edustaja|hoitaja|suunnittelija|analyytikko|arkkitehti"
    r"|konsultti|myyjä|asentaja"
    # Swedish "Orderplockare", "Lönespecialist", "Lagerarbetare"; Finnish "Hitsaaja" (welder),
    # "Kirjanpitäjä"; Icelandic "Bókari", "Verkefnastjóri"
    r"|plockare|packare|specialist|spesialist|hitsaaja|kirjanpitäjä|bókari|stjóri"
    # Swedish "Socialsekreterare", Danish "Pædagogmedhjælper", Finnish "CNC-koneistaja"
    r"|sekreterare|sekretær|medhjælper|medhjelper|koneistaja"
    # Dutch "Heftruckchauffeur", "Informatieanalist", "Vrachtwagenchauffeur"
    r"|chauffeur|analist"
    # Icelandic "Hjúkrunarfræðingur", "Hugbúnaðarsérfræðingur", "Sjúkraþjálfari"; Swedish
    # "Brokonstruktör"
    r"|fræðingur|þjálfari|hönnuður|konstruktör|konstruktør"
    # Finnish "Rakennusmestari", "Varastotyöntekijä", "Trukinkuljettaja", "Vuoroesimies";
    # Danish "Anlægsstruktør"
    r"|mestari|työntekijä|kuljettaja|esimies|struktør"
    # Norwegian and Swedish property jobs: "Eiendomsforvalter", "Meglerfullmektig",
    # "fastighetsförvaltare", "Eiendomsmegler", "Fastighetsmäklare"
    r"|forvalter|förvaltare|megler|mäklare|fullmektig)"
)


# the nouns whose plurals `_nordic_singular` reads: the whole Nordic ones and a few that are
# heads of their own elsewhere ("spesialister", "vernepleiere")
_NORDIC_NOUNS = _NORDIC_WHOLE | frozenset(["vernepleier", "specialist", "spesialist"])
# a plural ending and what the singular ends in instead: Norwegian "sykepleiere", "ingeniører",
# Danish "sygeplejersker", Swedish "sjuksköterskor", "ingenjörer"
_NORDIC_PLURALS = (("e", ""), ("er", ""), ("r", ""), ("or", "a"))


@lru_cache(maxsize=16384)  # a word at a time, and words recur across messages
def _nordic_singular(low: str) -> tuple[str, int, str] | None:
    """The singular of a Nordic job noun's plural, the letters it drops and those it adds."""
    for ending, singular in _NORDIC_PLURALS:
        if len(low) > len(ending) + 3 and low.endswith(ending):
            base = low[: -len(ending)] + singular
            if base in _NORDIC_NOUNS or (len(base) >= 9 and _NORDIC_HEAD.fullmatch(base)):
                return base, len(ending), singular
    return None


# "Buscamos fontanero oficial de primera", "On recherche un cariste", "Cerchiamo un magazziniere",
# "Precisamos de pedreiro": a verb of hiring right before a job noun written in lower case (in
# Spanish, Portuguese, French and Italian, which write job nouns so; a Nordic "söker tekniker"
# before an English title is its gloss)
_HIRING_VERBS = frozenset(
    _words(
        """
        buscamos busco necesitamos precisamos procuramos contratamos contrata seleccionamos
        selecionamos recrutamos recherchons recherche cherchons cherche recrutons recrute cerchiamo
        engage engageons embauche embauchons
        necesito preciso
        cerca selezioniamo assumiamo mangler
        vacante vacantes vaga vagas puesto poste posto oferta offre mission
        """
    )
)
# Nordic verbs of hiring, before a job noun's plural ("Vi søker sykepleiere"); a singular after
# them is more often a gloss ("söker tekniker i Luleå / Service Engineer")
_NORDIC_HIRING_VERBS = frozenset(
    _words(
        "søker søger söker rekrutterer rekrutterar rekryterar ansetter ansætter anställer trenger"
        " behøver behöver"
    )
)
# (and Swedish "Vi letar efter en fastighetsförvaltare")
_NORDIC_ARTICLE_VERBS = _NORDIC_HIRING_VERBS | {"mangler", "efter"}
_HIRING_ARTICLES = frozenset(_words("un una uno um uma une de des un(e) una(o) um(a) ei et ett"))
_HIRING_ADVERBS = frozenset(
    _words(
        "encore aussi actuellement présentement también ainda ancora urgentemente nå nu nettopp"
        " også flere"
    )
)
# Norwegian "vi rekrutterer for tiden avdelingsleder", Swedish "vi söker just nu"
_HIRING_ADVERB_PAIRS = (("for", "tiden"), ("just", "nu"), ("akkurat", "nå"), ("lige", "nu"))


def _hiring_verb_before(
    tokens: list[tuple[int, int, str]], i: int, verbs: frozenset[str] = _HIRING_VERBS
) -> bool:
    """A lower-case job noun at tokens[i] is a title here: after a verb of hiring (an article
    and an adverb may come between: "On cherche encore un(e) réceptionniste"), a grade ("Senior
    utvikler", "senior dataingeniør") or a Nordic "rollen som"."""
    words = [t[2].lower() for t in tokens[max(0, i - 3) : i]]
    if words and words[-1] in _GRADE_BEFORE:
        return True
    if len(words) >= 2 and words[-1] == "som" and words[-2] in _NORDIC_ROLE_WORDS:
        return True
    articles = 0
    while words and articles < 2 and (
        words[-1] in _HIRING_ARTICLES
        # Danish and Norwegian "en" (Spanish and French "in" elsewhere) after a Nordic verb
        or (words[-1] == "en" and len(words) >= 2 and words[-2] in _NORDIC_ARTICLE_VERBS)
    ):
        words.pop()  # (two: Portuguese "Preciso de um pedreiro")
        articles += 1
    if words and words[-1] == "vi":
        words.pop()  # Swedish and Norwegian "Nu söker vi sjuksköterskor": the verb first
    if words and words[-1] in _HIRING_ADVERBS:
        words.pop()
    elif len(words) >= 2 and (words[-2], words[-1]) in _HIRING_ADVERB_PAIRS:
        del words[-2:]
    if articles and verbs is _HIRING_VERBS and words and words[-1] in _NORDIC_ARTICLE_VERBS:
        return True  # Danish "søger en murer": the article makes it the role, not a gloss
    return bool(words) and words[-1] in verbs


_GRADE_BEFORE = frozenset(_words("senior junior sénior júnior"))
_NORDIC_ROLE_WORDS = frozenset(
    _words("rollen rolle stillingen stilling tjänsten tjensten jobben jobbet")
)


@lru_cache(maxsize=65536)  # a pattern tried at every letter of the word: asked once per word
def _compound_head(word: str) -> bool:
    """A Nordic, Turkish, Hungarian or Dutch job noun, alone or closing a compound."""
    return (len(word) >= 9 and _NORDIC_HEAD.fullmatch(word) is not None) or (
        _OTHER_HEAD.fullmatch(word) is not None
    )


# Turkish and Hungarian job nouns, alone or at the end of a compound ("Kıdemli Backend
# Geliştirici", "Proje Müdürü", "Gyártásvezető", "Szoftverfejlesztő")
_OTHER_HEAD = re.compile(
    r"[a-zçğıöşüáéíóőúű-]*(?:geliştirici|mühendisi|uzmanı|müdürü|sorumlusu|yöneticisi|analisti"
    r"|tasarımcısı|vezető|mérnök|fejlesztő|szakértő|munkatárs|igazgató|elemző"
    # Hungarian "Pincemester", "Főborász", "Növényvédelmi szaktanácsadó", "Gépszerelő"
    r"|mester|borász|tanácsadó|szerelő"
    # Czech and Slovak "Svářeč", "Elektrikář", "Skladník" (whole words)
    r"|svářeč|zvárač|elektrikář|elektrikár|obráběč|zámečník|skladník|řidič|vodič"
    # Dutch "Douanedeclarant", "Aankoopmakelaar", "Projectontwikkelaar"; Flemish
    # "Winkelverantwoordelijke", "Magazijnverantwoordelijke"
    r"|declarant|makelaar|ontwikkelaar|verantwoordelijke"
    # Czech, Slovak, Romanian and Hungarian: "Senior .NET vývojář", "Procesný inžinier",
    # "Konstruktér", "Technolog obrábění", "Vedúci zmeny", "Ofițer Conformitate", "CNC gépkezelő"
    r"|vývojář|vývojáře|vývojár|inženýr|inžinier|konstruktér|konštruktér|technolog|vedúci"
    r"|vedoucí|ofițer|gépkezelő"
    # Turkish "Bakım Şefi"; Czech "Obchodní manažer", "Grafický designér"; Indonesian "Desainer
    # Grafis"
    r"|şefi|manažer|manažerka|designér|designérka|desainer"
    # Czech trades and hotel jobs: "Kuchař", "Číšník", "Pokojská", "Recepční", "Údržbář",
    # "Pomocný dělník", "Stavbyvedoucí"
    r"|kuchař|kuchařka|číšník|servírka|pokojská|recepční|instalatér|topenář|údržbář|zedník"
    r"|tesař|dělník|stavbyvedoucí|uklízeč|uklízečka|prodavač|prodavačka|pokladní"
    # Turkish "Elektrik Teknisyeni", "Mağaza Müdür Yardımcısı", "Temizlik Süpervizörü",
    # "Aşçıbaşı", "Satış Temsilcisi", "Elektrik Ustası"
    r"|teknisyeni|yardımcısı|süpervizörü|aşçıbaşı|temsilcisi|danışmanı|koordinatörü|ustası"
    r"|operatörü|şoförü|muhasebecisi"
    # Afrikaans "Vlootbestuurder", "Aankoopbeampte", "Logistieke Koördineerder", "Toesighouer"
    r"|[a-zëêôûîö-]*(?:bestuurder|beampte|toesighouer|koördineerder|koordineerder|tegnikus|voorman"
    r"|verteenwoordiger)"
    # Finnish "Prosessioperaattori"; Estonian "Tootmisjuht", "Andmeanalüütik"; Latvian
    # "Ražošanas inženieris", "Noliktavas darbinieks", "Iekrāvēja vadītājs"; Lithuanian
    # "Gamybos operatorius"
    r"|[a-zäöüõšžāēīūļņķģčėįų-]*(?:operaattori|juht|analüütik|inženieris|darbinieks|vadītājs"
    r"|operatorius|inžinierius|vadovas|specialistas"
    # (round 30) Estonian "Valideerimisinsener", "Vanemteadur", "Mikrobioloog",
    # "Tootearendustehnoloog"; Finnish "Tutkimusinsinööri", "Prosessikemisti", "Bioanalyytikko"
    r"|insener|teadur|bioloog|tehnoloog|spetsialist|insinööri|kemisti|analyytikko))"
)


# Hungarian job nouns, whose adjectives come before them ("minőségügyi mérnök", "gyártási
# vezető") and nothing after
_HUNGARIAN_NOUNS = (
    "vezető|mérnök|fejlesztő|szakértő|munkatárs|igazgató|elemző|gépkezelő|borász|mester"
    "|tanácsadó|szerelő|technikus|operátor|asszisztens|könyvelő|raktáros|sofőr|ápoló"
)
_HUNGARIAN_HEAD = re.compile(rf"[a-záéíóöőúüű-]*(?:{_HUNGARIAN_NOUNS})")
# a Hungarian job noun in the accusative before "keres" (is looking for): "Főborászt keresünk",
# "Növényvédelmi szaktanácsadót keres", "Mezőgazdasági gépszerelőt keresünk"
_HUNGARIAN_WANTED = re.compile(
    r"(?<![\w-])((?:[A-ZÁÉÍÓÖŐÚÜŰa-záéíóöőúüű-]{3,}(?:i|ú|ű) ){0,2}"
    rf"[A-ZÁÉÍÓÖŐÚÜŰa-záéíóöőúüű-]*?(?:{_HUNGARIAN_NOUNS}))(?:[oöea]?t) (?:keres|felvesz)\w*"
)
_HUNGARIAN_ADJECTIVE = re.compile(r"[a-záéíóöőúüű-]{3,}(?:i|ú|ű)")


# the capitalised words a gender marker closes, on its line: "🔧 Maschinenbediener (m/w/d)",
# "1. Zimmerer (m/w/d)", "Vorarbeiter Holzbau (m/w/d)" (the markers: German "(m/w/d)", French
# "(H/F)", Dutch "(m/v/x)", Polish "(k/m)", Czech "(m/ž)")
_MARKED_RUN = re.compile(
    r"(?<![\w'’-])([A-ZÄÖÜÀ-ÝŁŚŻŹĆŃ][\w-]{3,}(?:[ ](?:[A-ZÄÖÜÀ-ÝŁŚŻŹĆŃ][\w-]*|&|und|et|en)){0,3})"
    r"[ ]?\((?:[mwfdxhkvžMWFDXHKVŽ])(?:[/|][mwfdxhkvžMWFDXHKVŽ*]){1,2}\)"
)


def _marked_titles(text: str, start: int, end: int, found: list[TitleSpan]) -> list[TitleSpan]:
    """Titles no job noun names, which a gender marker shows to be titles whatever their
    language ("Zimmerer (m/w/d)", "Soudeur (H/F)"): employers add the marker to job titles.
    Only where no title found already reaches the marker."""
    if "(" not in text[start:end]:
        return []
    out = []
    for m in _MARKED_RUN.finditer(text, start, end):
        s, e = m.start(1), m.end(1)
        if any(t.start <= e and t.end >= e - 1 for t in found) or any(
            t.start >= s and t.end <= m.end() for t in found
        ):
            continue  # a title found reaches the marker, or lies inside the run
        if any(t.end <= s and _SAME_TITLE_GAP.fullmatch(text, t.end, s) for t in found):
            continue  # "Lehrkraft für Deutsch als Fremdsprache (m/w/d)": the title's own words
        if _LETTER.search(text, text.rfind("\n", 0, s) + 1, s):
            # in a sentence the capitalised run is the job noun and its adjectives ("sucht für
            # die Rettungswache Bietigheim Notfallsanitäter (m/w/d)"); a line of its own is the
            # title whole ("1. Vorarbeiter Holzbau (m/w/d)")
            words = list(re.finditer(r"\S+", text[s:e]))
            keep = len(words) - 1
            while keep > 0 and _TITLE_ADJECTIVE.fullmatch(words[keep - 1].group()):
                keep -= 1
            s += words[keep].start()
        if _GENITIVE_BEFORE.search(text, max(0, s - 8), s):
            continue  # "die Position eines Oberarztes (m/w/d)": the noun declined
        first = text[s:e].split(" ")[0]
        if first.lower() in _STOP_LEFT or (first.isupper() and len(first) <= 3):
            continue
        title = text[s : m.end()]  # as advertised, as the other readers keep it
        if _ACCUSATIVE.search(text, max(0, s - 8), s):
            # "einen Technischen Inspektor", "einen IT-Sicherheitsbeauftragten": nominative (a
            # weak noun drops its ending: "einen Disponenten" is a "Disponent")
            title = re.sub(r"(?<=[a-zäöü])en\b(?= [^(])", "er", title)
            title = re.sub(r"(ent|ant|ist|log|nom|oph|raf)en\b", r"\1", title)
            title = re.sub(r"(?<=[a-zäöü])en\b(?=$| \()", "er", title)
        out.append(TitleSpan(s, m.end(), title))
    return out


_SAME_TITLE_GAP = re.compile(r"[ \w.'’-]{0,30}")
_TITLE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][\w-]*(?:isch|lich|end|iert|ig|haft|ell|al)(?:e|er|en|es)")
_GENITIVE_BEFORE = re.compile(r"\b(?:eines|des)\s$")


def _german_head(word: str) -> bool:
    """A capitalised German compound ending in a job noun ("Kinderkrankenpflegerin")."""
    low = word.lower()
    tail = low.rsplit("-", 1)[-1]  # "SPS-Programmierer", "IT-Sachbearbeiterin"
    return (
        len(word) > 7
        and word[:1].isupper()
        and (bool(_GERMAN_HEAD.fullmatch(low)) or low in _GERMAN_WHOLE or tail in _GERMAN_WHOLE)
    )


# the job nouns of German compounds are titles alone too ("Konstrukteur", "Ingenieur")
_GERMAN_WHOLE = frozenset(GERMAN_HEAD_SUFFIXES)


# capitalised words between a title's head and a gender marker, which ends German, Austrian,
# Swiss and French titles: "Teamleiter Embedded Software (m/w/d)", "Chef de projet (H/F)"
_GENDERED_TAIL = re.compile(
    r"((?:[ ][A-ZÄÖÜ][\w+#.-]*){1,3})[ ]?\((?:[mwfdxhMWFDXH])(?:[/|][mwfdxhMWFDXH*]){1,2}\)"
)


# after "einen", a German title's adjectives end in -en; the title is written with -er
# ("einen Strategischen Einkäufer" is a "Strategischer Einkäufer")
_ACCUSATIVE = re.compile(r"\b[Ee]inen\s+$")
_NOMINATIVE = re.compile(r"(?<=[a-zäöü])en(?= [A-ZÄÖÜ])")


# English job nouns that Italian, French, Portuguese and Spanish writers follow with the stack
# and the level ("Backend Developer Java", "Lead Developer Python", "Dev Mobile Pleno")
_STACK_HEADS = frozenset(_words("developer dev engineer programmer tester architect"))
_STACK_AFTER = re.compile(
    r"(?:[ ](?:Java|Python|PHP|Golang|Ruby|Scala|Kotlin|Swift|\.NET|C\#|C\+\+|JavaScript"
    r"|TypeScript|React|Angular|Vue|Node(?:\.js)?|Flutter|Mobile|Android|iOS|Salesforce|SAP"
    r"|Frontend|Front-end|Backend|Back-end|Fullstack|Full[ ]Stack|Full-stack|Web|Embedded)){1,2}"
    r"(?:[ ](?:Pleno|S[êe]nior|J[úu]nior|Sr|Jr|Semi[ -]?[Ss]enior|SSr))?"
    r"(?=$|[\s,.;:!?)(|/–—-])"
    r"|[ ](?:Pleno|Semi[ -]?[Ss]enior|SSr)(?=$|[\s,.;:!?)(|/–—-])"
)
# a product written after a consultant's title, as French, German and Dutch do: "Consultant
# SAP FICO", "Berater SAP SD", "Consultor Salesforce"
_PRODUCT_HEADS = frozenset(
    _words("consultant consultante berater beraterin consultor consultora consulente analyst"
           " architect architecte architekt administrator specialist spécialiste expert")
)
_PRODUCT_AFTER = re.compile(
    r"[ ](?:SAP(?:[ ](?:FI/CO|FI-CO|FICO|FI|CO|SD|MM|PP|PM|QM|HCM|SuccessFactors|BW|ABAP|Basis"
    r"|S/4HANA|S/4|EWM|WM|Ariba|TM|PS|CRM|IBP|APO))?|Salesforce|Workday|ServiceNow|Guidewire"
    r"|Oracle|Dynamics(?:[ ]365)?|Power[ ]BI)(?=$|[\s,.;:!?)(|–—-])"
)
# a grade written after the title, as Spanish and Portuguese do, before a lower-case word or
# the phrase's end ("Product Manager Senior en nuestra célula", not "Engineer Senior Director")
_GRADE_LAST = re.compile(
    # (French writes it in lower case: "un·e SRE senior pour renforcer notre équipe")
    r"[ ](?:[Ss][êée]nior|[Jj][úu]nior|Sr\.|Jr\.|Sr|Jr)(?![ ]to\b)"
    r"(?=[ ][a-zà-ÿ¿(]|[ ]?[,;:!?)|/–—]|[ ]-|\.?\s*$"
    r"|\.?\n)"
)
# "Monitoring, Evaluation and Learning …": capitalised fields listed with commas before "and"
_FIELD_CHAIN = re.compile(r"((?:[A-Z][a-z]{2,}, ){1,3}[A-Z][a-z]{2,},? )(?:and|&) $")
_CHAIN_WORD = re.compile(r"[A-Za-z]+")


def _chain_opens(text: str, at: int) -> bool:
    """A list of fields before a title starts where a title may ("recruiting a Monitoring, …",
    "– Health, Safety and …", a line's start), not inside a sentence of names."""
    before = text[max(0, at - 20) : at].rstrip(" ")
    if not before or before[-1] in "\n(–—:-*":
        return True
    last = before.rsplit(None, 1)[-1].lower()
    return last in _STOP_LEFT


@dataclass
class TitleSpan:
    start: int
    end: int
    text: str
    plural: bool = False  # "hiring Electricians": text is singular, the span covers the plural
    romance: bool = False  # a Spanish / Portuguese / French / Italian / Dutch job noun


# a word of wanting after a title ("SVETSARE SÖKES", "Kock sökes", "Elektriker gesucht")
_WANTED_AFTER = re.compile(r"(?i:[ ](?:sökes|søkes|søges|gesucht)\b)")
# a public service's classification before a title: "EC-05", "AS-04", "PM-06"
_CLASSIFICATION = re.compile(r"[A-Z]{2,3}-\d{2}[ ]")
_CJK_BEFORE = re.compile(r".*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3][\W_]*")
_GAP_STOPS = ",:;|–—()[]{}【】「」『』〔〕（），、。：；!?"
_THEATRE_HEADS = frozenset(["rn", "nurse", "tech", "technician", "lpn", "circulator"])


_ELISION = re.compile(r"[DdLl]['’](?=[^\W\d_])")
_ELIDED = frozenset(["d'", "d’"])
_ELIDED_ANY = _ELIDED | frozenset(["l'", "l’"])  # ("… de l'information")
_ELIDED_OR_DE = re.compile(r" (?:d['’]\w|de )")
# the language a shared-services role works in, which writers keep in its title: "Claims
# Handler with German", Polish "Księgowy z j. angielskim" (not "(German speaking)", which they
# leave out as often as they keep it)
_LANGUAGES = (
    r"(?:German|French|Dutch|Flemish|Spanish|Italian|Portuguese|Swedish|Danish|Norwegian"
    r"|Finnish|Icelandic|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Croatian|Serbian"
    r"|Slovenian|Greek|Turkish|Arabic|Hebrew|Russian|Ukrainian|Estonian|Latvian|Lithuanian"
    r"|Japanese|Korean|Chinese|Mandarin|Cantonese|Thai|Vietnamese|Indonesian|Malay|Hindi"
    r"|Tagalog|English)"
)
_LANGUAGE_TAIL = re.compile(
    rf" (?:with {_LANGUAGES}"
    r"|z (?:językiem|j\.) (?:angielskim|niemieckim|francuskim|hiszpańskim|włoskim|niderlandzkim"
    r"|holenderskim|szwedzkim|duńskim|norweskim|fińskim|czeskim|słowackim|węgierskim"
    r"|rumuńskim|portugalskim|rosyjskim|ukraińskim|japońskim|chińskim))"
    r"(?=[ \t]*(?:$|\n|[,;:|(–—-]|\s[-–—|]))"
)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of text[start:end] with their offsets; a French elision is a word of its own
    ("poste d'Ingénieur logiciel", "Chargé d'affaires")."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group(0)
        if _ELISION.match(word):
            out.append((m.start(), m.start() + 2, word[:2]))
            out.append((m.start() + 2, m.end(), word[2:]))
        else:
            out.append((m.start(), m.end(), word))
    return out


# the posts written before a person's surname as their honorific ("Sheriff Caldwell has
# authorized …", "Captain Mbeki will …")
_HONORIFICS = frozenset(
    _words(
        "sheriff captain sergeant superintendent commissioner inspector detective mayor judge"
        " coach constable marshal"
    )
)


def _honorific(text: str, tokens: list[tuple[int, int, str]], i: int, low: str) -> bool:
    """A post alone before a surname, then a verb or the sentence's end: the person, not a role
    ("Sheriff Caldwell has authorized the hiring …")."""
    if low not in _HONORIFICS or i + 2 >= len(tokens):
        return False
    name, after = tokens[i + 1][2], tokens[i + 2][2]
    joined = i > 0 and text[tokens[i - 1][1] : tokens[i][0]] == " "
    return (
        not (joined and tokens[i - 1][2][:1].isupper())  # (not "Deputy Sheriff Caldwell")
        and text[tokens[i][1] : tokens[i + 1][0]] == " "
        and name[:1].isupper()
        and name[1:].islower()
        and name.lower() not in HEADS
        and name.lower() not in MODIFIERS
        and name.lower() not in _HONORIFICS
        and after[:1].islower()
        and text[tokens[i + 1][1] : tokens[i + 2][0]] == " "
    )


def find_titles(text: str, start: int = 0, end: int | None = None) -> list[TitleSpan]:
    """Every plausible job title in text[start:end] (head noun plus modifiers), in order."""
    end = len(text) if end is None else end
    out: list[TitleSpan] = []
    tokens = _tokens(text, start, end)
    i = 0
    heads = HEADS
    while i < len(tokens):
        _, e, word = tokens[i]
        lowered = word.lower()
        low = lowered.strip(".,")
        if "/" in low or "(" in low:
            low = _GENDER_SLASH.sub("", low)  # "Actuario/a" is "Actuario"
        graded = _HEAD_GRADE.fullmatch(low)
        if graded and (graded.group(1) or graded.group(2)) in heads:
            low = graded.group(1) or graded.group(2)  # "SDE-2": a head with its grade
        if "/" in low and low not in heads:
            halves = low.split("/")
            if len(halves) == 2 and word[:1].isupper() and all(h in heads for h in halves):
                low = halves[1]  # "Plumber/Gasfitter", "Boilermaker/Welder": two trades, one job
        if "-" in low and low not in heads:
            base, _, rest = low.partition("-")
            if rest.isalpha() and (base in POLISH_HEADS or base in ROMANCE_HEADS):
                low = base  # "Ślusarz-monter", "Mozo-carretillero": two trades, one job
        stripped = lowered.rstrip(".,")  # "hiring Electricians.": the sentence's stop is no part
        # (not an acronym in capitals: "Key Account Manager GMS", the French supermarkets)
        acronym = word.isupper() and len(stripped) <= 4  # ("SECURITY GUARDS" is a plural)
        plural = stripped[-1:] == "s" and stripped not in heads and not acronym and (
            stripped[:-1] in heads
            or (len(word) > 8 and word[:1].isupper() and stripped[:-1].endswith(_PLURAL_SUFFIX))
        )
        cut, grown = 1, ""  # what makes the plural's text singular
        nordic_plural = False
        if plural:
            low = low[:-1]
        elif low not in heads and low not in ROMANCE_HEADS and not _compound_head(low):
            nordic = _nordic_singular(low)
            if nordic is not None:
                low, cut, grown = nordic
                plural = nordic_plural = True
        polish = False
        german = low in _GERMANIC_TAIL  # ("Leiter Einkauf (m/w/d)": the marker ends it)
        romance = (
            low in ROMANCE_HEADS
            or low in _GERMANIC_TAIL
            or _compound_head(low)
            # "Agent d'escale", "Agent de sûreté": the French field of a head English shares
            or (low in _FRENCH_HEADS and _ELIDED_OR_DE.match(text, e, end) is not None)
        )
        if low in POLISH_HEADS and word[:1].isupper() and low not in heads:
            polish = romance = True
        if polish:
            pass
        elif romance:
            if (
                word.islower()
                and low not in _ROMANCE_ANY_CASE
                and low not in heads
                and (not _compound_head(low) or text[tokens[i][0] - 1 : tokens[i][0]] == "(")
                and not _hiring_verb_before(tokens, i)
                and not (nordic_plural and _hiring_verb_before(tokens, i, _NORDIC_HIRING_VERBS))
            ):  # ("Wind Turbine Technician (vindkrafttekniker)": a gloss, not another role)
                i += 1
                continue
        elif low not in heads:
            if len(word) <= 7 or not word[:1].isupper():  # what follows needs both
                i += 1
                continue
            german = _german_head(word)
            if not german and not low.endswith(_ENGLISH_SUFFIX):
                i += 1
                continue
        if low in _CAPITAL_ONLY and word.islower():
            i += 1
            continue
        if (
            low == "chief"
            and i + 1 < len(tokens)
            and tokens[i + 1][2][:1].isupper()
            and text[tokens[i][1] : tokens[i + 1][0]] == " "
        ):
            i += 1  # "Chief Data Office", "Chief Financial Officer": a word of a longer name
            continue
        if (
            i + 1 < len(tokens)
            and _FIRM_WORD.match(tokens[i + 1][2])
            and text[tokens[i][1] : tokens[i + 1][0]] == " "
        ):
            i += 1  # "Garuda Executive Search", "Rheinblick Executive Partners": a firm's name
            continue
        if (
            low == "professor"
            and i + 2 < len(tokens)
            and tokens[i + 1][2][:1].isupper()
            and tokens[i + 1][2].lower() not in HEADS
            and tokens[i + 2][2][:1].isupper()
            and text[tokens[i][1] : tokens[i + 1][0]] == " "
            and text[tokens[i][1] : tokens[i + 2][0]].count(" ") == 2
        ) or _honorific(text, tokens, i, low):
            i += 1  # "Professor Eleanor Quint, who chaired …": a person's honorific
            continue
        if low == "manager" and i > 0 and tokens[i - 1][2].lower() in {"hiring", "line"}:
            i += 1  # the reader's "hiring manager", not a role
            continue
        if (
            low in {"manager", "coach", "design", "lead"}
            and i + 1 < len(tokens)
            and tokens[i + 1][2] in _ROMANCE_OBJECT
            and text[tokens[i][1] : tokens[i + 1][0]] == " "
        ):
            i += 1  # French "- Manager une équipe de 14 techniciens": the verb
            continue
        if low in _DUTY_VERBS and _DUTY_OPENS.match(text, e) and _BULLET_START.search(
            text, max(0, tokens[i][0] - 8), tokens[i][0]
        ):
            i += 1  # a duty's bullet: "- Lead, mentor and retain a team", "• Partner with the …"
            continue
        j = i
        hungarian = _HUNGARIAN_HEAD.fullmatch(low) is not None
        while j > 0 and i - j < 6:
            prev = tokens[j - 1][2]
            prev_low = prev.lower().strip(",")
            if hungarian:
                # "a Voltis Hungary minőségügyi mérnök pozíciójával": the adjectives before a
                # Hungarian job noun ("-i"), not the company before them
                # (and grades and acronyms: "Senior Szoftverfejlesztő", "CNC gépkezelő")
                if text[tokens[j - 1][1] : tokens[j][0]] == " " and (
                    _HUNGARIAN_ADJECTIVE.fullmatch(prev_low)
                    or prev_low in MODIFIERS
                    or (prev.isupper() and len(prev) <= 5)
                ):
                    j -= 1
                    continue
                break
            if prev.endswith(".") and len(prev) > 4 and prev[:-1].isalpha() and not prev.isupper():
                break  # "Partner at Peak Search Korea. Country Manager": the sentence ended
            if prev == "/" and j >= 2 and tokens[j - 2][2] == "/":
                break  # "Ferrous Cloud // Site Reliability Engineer II": a subject's parts
            if prev == "&" and j >= 2 and _compound_head(tokens[j - 2][2].lower()):
                break  # "Mağaza Müdürü & Mağaza Müdür Yardımcısı": a job noun ends the one before
            if (
                prev in {"and", "&"}
                and j >= 2
                and tokens[j][2][:1].isupper()
                and tokens[j][2].lower() not in _RANKS  # (not "Hi John and Senior …")
                and tokens[j - 2][2][:1].isupper()
                and tokens[j - 2][2].isalpha()
                and tokens[j - 2][2].lower() not in _STOP_LEFT
                and tokens[j - 2][2].lower() not in heads
                and text[tokens[j - 2][1] : tokens[j][0]] == f" {prev} "
                # ("Health, Safety and Environment Coordinator": a list, read below)
                and not (j >= 3 and "," in text[tokens[j - 3][0] : tokens[j - 2][0]])
            ):
                j -= 2  # "Health and Safety Manager", "Infection Prevention and Control Nurse"
                continue
            if prev.endswith((",", ":", ";", "!", "?")) or (
                prev_low in _STOP_LEFT
                and prev not in {"IT", "Qualified", "ER"}  # (an "ER Nurse" is not Danish)
                # "Contract Specialist", "Smart Contract Auditor": the contracts are the job
                and not (prev == "Contract" and low in _CONTRACT_HEADS)
                # an Australian "Remote Area Nurse" works in one, not from home
                and not (prev == "Remote" and tokens[j][2] in {"Area", "Sensing"})
                and not (prev == "Urgent" and tokens[j][2] == "Care")  # an urgent care clinic's
                and not (prev == "OR" and low in _THEATRE_HEADS)
                # "Cargo Surveyor", "Air Cargo Sales Manager": the freight, not Spanish "cargo"
                and not (prev == "Cargo" and low in heads and low not in ROMANCE_HEADS)
            ) or (prev == "Post" and low in ROMANCE_HEADS and low not in heads):
                # (Romanian "Post Lucrător curățenie": the post offered; an English "Post
                # Production Supervisor" goes on)
                break  # "it" stops a title; "Cluster IT Manager", "Qualified Electrician" go on
                # ("Travel OR RN": the operating room's)
            if _TURKISH_CASE.search(prev):
                break  # "Sepetix'te Depo Müdürü": a name in Turkish's locative, not the title's
            if _NOT_OF_TITLE.fullmatch(prev):
                break  # "TS/SCI Systems Engineer", "FIFO Mine Geologist": how, not what
            if prev == "van" and low not in _VAN_HEADS:
                break  # Dutch "de functie van Accountmanager": "of", not a "van driver"
            gap = text[tokens[j - 1][1] : tokens[j][0]]
            if "\n" in gap or " - " in gap or any(c in gap for c in _GAP_STOPS):
                break
            if _LETTER.search(gap):
                break  # Thai or another script the tokens skip: "…ตำแหน่ง Process Engineer"
            if _HAS_CJK.search(prev) or _HAS_KANA.search(prev):
                break  # "…B轮）在招 Senior Unreal Engine Developer": Chinese before the title
            if (
                j >= 2
                and _GRADE_NUMBER.fullmatch(prev)
                and tokens[j - 2][2] in _GRADE_WORDS
                and text[tokens[j - 2][1] : tokens[j - 1][0]] == " "
            ):
                j -= 2  # "Part 2 Architectural Assistant", "Level 3 Support Engineer"
                continue
            if _SHIP_RANK.fullmatch(prev) and low in _SHIP_RANKED:
                j -= 1  # a ship's officer's rank: "2nd Engineer", "3rd Officer", "Chief Mate"
                continue
            if (
                prev_low in {"und", "and", "oder", "or", "&", "/"}
                and j >= 2
                and tokens[j - 2][2].endswith("-")
                and tokens[j - 2][2][:1].isupper()
            ):
                j -= 2  # "Gesundheits- und Krankenpfleger"
                continue
            if not (
                prev[:1].isupper() or prev_low in MODIFIERS or prev in {"&", "/", "2D", "3D"}
            ):
                break  # ("Lead 3D Artist", "3D Generalist" go on)
            if (
                prev == "/"
                and j >= 2
                and text[tokens[j - 1][0] - 1] == " "
                and tokens[j - 2][2].lower() not in MODIFIERS
                and tokens[j - 2][2].lower() not in heads
                and not tokens[j - 2][2].isupper()
            ):
                break  # "… i Luleå / Operations Engineer": " / " parts two phrases
            if (
                prev == "/"
                and romance
                and j >= 2
                and text[tokens[j - 1][0] - 1] == " "
                and tokens[j - 2][2].lower() in heads
            ):
                break  # "Senior Communications Advisor / Conseiller principal": two languages
            j -= 1
        while j < i and tokens[j][2] in {"&", "/", "and"}:
            j += 1
        if (
            j >= 2
            and tokens[j][2] in {"House", "HOUSE"}
            and tokens[j - 1][2] in {"of", "OF"}
            and tokens[j - 2][2] in {"Front", "Back", "FRONT", "BACK"}
        ):
            j -= 2  # "Front of House Manager": a hotel's or restaurant's part, not "House"
        if j > 0 and tokens[j][2].islower() and not romance:
            j = _lower_words_after_hire(text, tokens, j)
        if j > 1 and tokens[j - 1][2] in {"and", "&"} and tokens[j][2][:1].isupper():
            chain = _FIELD_CHAIN.search(text, max(0, tokens[j - 1][0] - 60), tokens[j][0])
            if (
                chain
                and _chain_opens(text, chain.start(1))
                and not any(w.lower() in heads for w in _CHAIN_WORD.findall(chain.group(1)))
            ):
                # "Monitoring, Evaluation and Learning Officer": the fields listed before it
                while j > 0 and tokens[j - 1][0] >= chain.start(1):
                    j -= 1
        while (
            j < i
            and tokens[j][2].islower()
            and tokens[j][2] in _QUALIFICATIONS
            and tokens[j + 1][2][:1].isupper()
        ):
            j += 1
        if j < i and tokens[j][2] in _BOARD_STATUS:
            j += 1  # "a BC/BE Hospitalist": board-certified or -eligible, no part of the title
        title_end = e
        tail = _OF_TAIL.match(text[e:end])
        german_tail = _FUER_TAIL.match(text[e:end])
        if german_tail and (german or low in _GERMAN_HEADS):
            title_end = e + german_tail.end()
        elif tail and (
            (tail.group(1) == "in" and low in _IN_TAIL_HEADS)
            or (
                tail.group(1) == "in"
                and low in _IN_FIELD_HEADS
                and not tail.group(2).startswith("the")
                and not names_place(tail.group(2))
            )
            or (low in _TAIL_HEADS and (tail.group(1) == "of" or low in _FOR_TAIL_HEADS))
        ):
            title_end = e + tail.end()
        if polish:
            tail_end = _polish_tail(text, tokens, i, end)
            if low in _POLISH_NEEDS_TAIL and (
                tail_end == e or not _POLISH_GENITIVE.fullmatch(tokens[i + 1][2].rstrip(".,;:"))
            ):
                i += 1  # German "Technik", "Mechanik": a field, not a job
                continue
            title_end = tail_end
        elif (
            romance
            and not plural
            and not hungarian  # (a Hungarian title ends in its noun: "mérnök pozícióra")
            and i + 1 < len(tokens)
            and not (german and _GENDERED_TAIL.match(text, title_end, end))
        ):  # (but "Teamleiter Disposition (m/w/d)": the marker ends the title, below)
            # "Ingeniero de Software Senior", "Director de Operaciones"
            tail_end = _romance_tail(text, tokens, i)
            if tail_end > title_end:
                title_end = tail_end
            if low in _CZECH_TAIL_HEADS:  # "Vedoucí výroby", "Technolog obrábění"
                title_end = max(title_end, _czech_tail(text, tokens, i, end))
        suffix = _SUFFIX.match(text[title_end:end])
        marker: tuple[int, int] | None = None
        if suffix:
            title_end += suffix.end()
            if (german or low in _GERMAN_HEADS) and text[title_end - 1] == ")":
                fuer = _FUER_AFTER.match(text, title_end, end)
                if fuer:  # "Elektrotechniker (m/w/d) für Netzbetrieb": the marker inside
                    marker, title_end = (title_end - suffix.end(), title_end), fuer.end()
        if low.endswith(_DRIVER_HEADS):
            licence = _LICENCE.match(text, title_end, end)
            if licence:
                title_end = licence.end()
        gendered = _GENDERED_TAIL.match(text, title_end, end)
        if gendered:  # "Teamleiter Embedded Software (m/w/d)": the marker ends the title
            title_end = gendered.end(1)
        # allow a second head noun right after ("Engineering Manager", "Sales Executive")
        while (
            i + 1 < len(tokens)
            and tokens[i + 1][0] <= title_end + 1
            and text[title_end : tokens[i + 1][0]] in {"", " "}  # never across a line
            and tokens[i + 1][2].lower() in HEADS
            and tokens[i + 1][2][:1].isupper()
        ):
            i += 1
            title_end = max(title_end, tokens[i][1])
            level = _SUFFIX.match(text[title_end:end])
            if level and not level.group(0).strip().startswith("("):
                title_end += level.end()  # "Clinical Nurse Manager 2": the second head's grade
        if title_end == tokens[i][1] and tokens[i][2].lower() in _TAIL_HEADS:
            tail = _OF_TAIL.match(text[title_end:end])
            if tail and tail.group(1) == "of":  # "Assistant Director of Admissions"
                title_end += tail.end()
            elif tokens[i][2].lower() == "head":
                de = _HEAD_DE.match(text, title_end, end)
                if de:  # Portuguese and Spanish "Head de Marketing", "Head de Produto"
                    title_end = de.end()
        if title_end == tokens[i][1] and text.startswith(" ", title_end):
            grade = _GRADE_LAST.match(text, title_end, end)
            if grade:  # "el rol de Product Manager Senior en …": the grade after the title
                title_end = grade.end()
        if (
            title_end == tokens[i][1]
            and tokens[i][2].lower() in _STACK_HEADS
            and text.startswith(" ", title_end)
        ):
            stack = _STACK_AFTER.match(text, title_end, end)
            if stack:  # "Backend Developer Java", "Dev Mobile Pleno": the stack, the level
                title_end = stack.end()
        if (
            title_end == tokens[i][1]
            and tokens[i][2].lower() in _PRODUCT_HEADS
            and text.startswith(" ", title_end)
        ):
            product = _PRODUCT_AFTER.match(text, title_end, end)
            if product:  # "Consultant SAP FICO", "Berater SAP SD"
                title_end = product.end()
        if title_end == tokens[i][1] and (
            low in _VP_HEADS or (low == "president" and i > 0 and tokens[i - 1][2] == "Vice")
        ):
            field = _VP_FIELD.match(text, title_end, end)
            if (
                field
                and not _place_word(field.group(1).split()[0])
                # ("VP Marketing, PE-backed HR Tech": the employer described)
                and not re.search(r"-(?:backed|funded|owned|listed)\b", field.group(1))
            ):
                # "VP, Treasury Management Sales", "SVP Finance", "Vice President, Commercial
                # Lending"
                title_end = field.end()
        if (
            title_end == tokens[i][1]
            and low in _BARE_HEADS
            and all(tokens[k][2].lower() in _BARE_GRADES for k in range(j, i))
        ):
            field = _BARE_FIELD.match(text, title_end, end)
            if (
                field
                and not _place_word(field.group(1).split()[0])
                # ("Professor, University of Leeds": the employer, not the field)
                and not (low == "professor" and _ORG_IN_FIELD.search(field.group(1)))
            ):
                title_end = field.end()
        if low in _NEEDS_MODIFIER and j == i:
            i += 1  # "Chief Mate", "First Mate"; "Mate" alone is a greeting
            continue
        if not plural and text.startswith(" ", title_end):
            spoken = _LANGUAGE_TAIL.match(text, title_end, end)
            if spoken:  # "Payroll Specialist with German", "Team Leader z językiem francuskim"
                title_end = spoken.end()
        title_start = tokens[j][0]
        wanted = _WANTED_AFTER.search(text, title_start, title_end)
        if wanted is not None:  # "SVETSARE SÖKES": the title, then "wanted"
            title_end = wanted.start()
        title = text[title_start:title_end].strip(" .,")
        if marker is not None:
            title = f"{text[title_start : marker[0]]}{text[marker[1] : title_end]}".strip(" .,")
        if len(title) < 2 or (plural and title_end != e):
            i += 1
            continue
        span_end = title_start + len(title)
        if plural:
            title = title[:-cut] + grown
        if "/" in title or "(" in title:
            title = _GENDER_SLASH_IN.sub("", title)  # "Actuario/a Senior" -> "Actuario Senior"
        if title.startswith("casual ") and not title.startswith("casual relief"):
            # "hiring casual Disability Support Workers": the employment, not the title (but
            # a "casual relief teacher" is one)
            title_start += 7
            title = title[7:]
        code = _CLASSIFICATION.match(title)
        if code and len(title) > code.end():  # "EC-05 Senior Policy Analyst": the pay group
            title_start += code.end()
            title = title[code.end() :]
        cjk = _CJK_BEFORE.match(title)
        if cjk:  # "DeepLattice 创始人 & CEO": the English title is what follows the Chinese
            title_start += cjk.end()
            title = title[cjk.end() :]
            if not title:
                i += 1
                continue
        if german and _ACCUSATIVE.search(text, max(0, title_start - 8), title_start):
            title = _NOMINATIVE.sub("er", title)  # "einen Leitenden Einkäufer": "Leitender …"
        out.append(
            TitleSpan(
                title_start,
                span_end,
                title,
                plural,
                romance and low not in heads and low not in _GERMANIC_TAIL,
            )
        )
        i += 1
    out += _katakana_titles(text, start, end)
    out += _cjk_titles(text, start, end)
    out += _vietnamese_titles(text, start, end)
    out += _cyrillic_titles(text, start, end)
    out += _head_first_titles(text, start, end)
    out += _post_word_titles(text, start, end)
    out += _estonian_posts(text, start, end)
    out += _head_last_titles(text, start, end)
    out += _hungarian_wanted(text, start, end)
    out += _tech_titles(text, start, end)
    out += _marked_titles(text, start, end, out)
    # ("Bonjour Maître": how a lawyer is greeted; "Maître d'hôtel" and "Maître di Sala" are jobs)
    out = [t for t in out if not _BARE_MAITRE.search(t.text)]
    out = [_with_line_rest(text, t, end) for t in out]
    return _graded(text, _dedupe_nested(sorted(out, key=lambda t: t.start)))


# where a list item's title starts: the line's start, its bullet or number ("1) Inginer agronom",
# "➤ Operator maszyn pakujących – 29 zł/h", "**Kontroler jakości**")
_ITEM_START = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•·▪►➤✅→]|\d{1,2}[.)]|\(?[a-hiv]{1,3}\))?[ \t]*(?:\*\*)?$"
)
# lower-case Latin words of a title's particulars in another language, to the item's end: up
# to three ("Operator maszyn pakujących", "Mecanic utilaje agricole", "Tehnician mentenanță")
_LINE_REST = re.compile(
    r"((?:[ ][a-zß-öø-ÿā-ɏ][a-zß-öø-ÿā-ɏ]+){1,3})(?=[ ]?(?:[–—(,:;|/]|[ ]-[ ]|\d|$|\n|\*\*))"
)
# words that are no particulars of a title: function words, terms, a subject's notices
_NOT_REST = frozenset(
    _words(
        """
        a an the and or of for to in at on with by from as is are be needed wanted required
        urgently urgent only asap immediate start available remote hybrid onsite nights days
        weekends contract permanent temporary temp role roles position positions job jobs
        vacancy vacancies opening openings opportunity opportunities appointment search mandate
        recruitment hiring shifts gesucht gezocht sökes søkes søges pozíció pozice posizione
        til till för per la le il lo el los las di da de do du des dla na w z ze i e y et und
        oder
        """
    )
)


def _with_line_rest(text: str, span: TitleSpan, end: int) -> TitleSpan:
    """A title that opens a list item (at a line's start, after its bullet or number), with
    the lower-case words after it up to the item's particulars, where they are another
    language's (a non-ASCII letter among them, or the text's common words say so): the
    title's own field, "Operator maszyn pakujących – 29 zł/h", "Inginer agronom" (a whole
    line). A subject's "X opportunity", "X gesucht" are not read so."""
    if span.end >= end or text[span.end : span.end + 1] != " ":
        return span
    if not _ITEM_START.search(text, max(0, span.start - 12), span.start):
        return span
    rest = _LINE_REST.match(text, span.end, end)
    if rest is None:
        return span
    words = rest.group(1).split()
    if any(w in _NOT_REST for w in words):
        return span
    if not any(ord(c) > 127 for c in rest.group(1)) and not _foreign_text(text):
        return span
    return TitleSpan(span.start, rest.end(1), span.text + rest.group(1), span.plural, span.romance)


def _foreign_text(text: str) -> bool:
    """Does the text read as another language than English (two of its common words)?"""
    from sidedoor.intake.extract.benefits import is_foreign

    return is_foreign(text)


_BARE_MAITRE = re.compile(r"(?i)\bmaître$")


# Japanese job titles in katakana (and Latin letters): "シニアプロダクトマネージャー",
# "サーバーサイドエンジニア", "Unityエンジニア", "リードゲームプランナー"
_KATAKANA_TITLE = re.compile(
    # (kanji before the katakana: "機械学習エンジニア"; hiragana, the particles, end the title)
    r"(?<![\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9])[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff・ー]{0,24}?"
    r"(?:エンジニア|マネージャー|マネジャー|デザイナー|プランナー|ディレクター|アナリスト"
    r"|コンサルタント|リーダー|スペシャリスト|アーティスト|プログラマー|プロデューサー"
    r"|サイエンティスト|アーキテクト|オーナー|マーケター|セールス|アカウントエグゼクティブ"
    # "3Dキャラクターモデラー", "M&Aアドバイザー", "ヴァイスプレジデント"
    r"|モデラー|アドバイザー|コーディネーター|オペレーター|ライター|トレーダー|プレジデント"
    # "経理スタッフ", "アクチュアリー"
    r"|スタッフ(?![\u30a0-\u30ff])|アクチュアリー)"
)


def _katakana_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    if not _HAS_KANA.search(text, start, end):
        return []
    out = []
    for m in _KATAKANA_TITLE.finditer(text, start, end):
        # ("・バックエンドエンジニア": a list's bullet, the katakana middle dot, before it)
        lead = len(m.group(0)) - len(m.group(0).lstrip("・"))
        title = m.group(0)[lead:]
        if title.endswith("スタッフ") and not _KANJI_LAST.search(title[:-4]):
            continue  # "経理スタッフ" is a job; "スタッフ" alone and "ルミナススタッフ" are not
        if title and title not in _KATAKANA_NOT_TITLES:
            out.append(TitleSpan(m.start() + lead, m.end(), title))
    return out


_HAS_KANA = re.compile(r"[\u30a0-\u30ff]")
_KANJI_LAST = re.compile(r"[\u4e00-\u9fff]$")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]")
# Chinese (and Japanese kanji) job nouns: "大模型算法专家", "量化研究员", "韌體工程師"; the title
# is the run of Han characters (and Latin letters) that ends with one, after a bracket, a
# quote, a space or punctuation; a verb or particle that opens the run is no part of it
_HAN_TITLE = re.compile(
    # (a Latin or digit term before it, a space between: "5G 基頻演算法資深工程師", "數位 IC
    # 設計工程師")
    r"(?:(?:[\u4e00-\u9fff]{1,4} )?[A-Za-z0-9+#]{1,6} (?=[\u4e00-\u9fff]))?"
    r"[A-Za-z0-9+#\u4e00-\u9fff]{0,10}?"
    r"(?:工程师|工程師|研究员|研究員|专家|專家|经理|經理|总监|總監|设计师|設計師|分析师|分析師"
    r"|架构师|架構師|顾问|顧問|主管|程序员|程式設計師|科学家|科學家|会计师|會計師|律师|律師"
    r"|店长|店長|开发者|開發者|技術者|責任者|研究者|料理長|料理长|支配人"
    # Japanese clerical jobs: "銀行事務", "契約管理事務" (not "事務所", an office)
    r"|事務(?!所|局))"
)
_HAN_RUN_CHAR = re.compile(r"[A-Za-z0-9+#\u4e00-\u9fff]")
_HAN_OPENERS = re.compile(
    r"^(?:担任|擔任|在招聘?|正在招聘?|招聘|招募|诚聘|誠聘|急招|急聘|加入|成为|成為|作为|作為|一名|一位"
    r"|的|为|為|是|位|名)+"
)
# Korean: a job noun and up to three words before it ("게임 서버 프로그래머", "DDI 설계 엔지니어",
# "백엔드 개발 팀장"), before a particle or the word's end
_HANGUL_TITLE = re.compile(
    r"(?<![\w])((?:(?:[\uac00-\ud7a3]+|[A-Z][A-Za-z0-9+#]{1,6}) ){0,3}"
    r"[\uac00-\ud7a3]*(?:엔지니어|프로그래머|아티스트|개발자|매니저|디자이너|팀장|연구원|기획자"
    r"|마케터|컨설턴트|전문가|디렉터|애널리스트|리드|아키텍트|사이언티스트|매니져|간호사|약사"
    r"|회계사|변호사|파트장|검사원|기술자|관리자|용접사))(?=[을를이가은는의에로와과도]?(?:\s|[,.)\]/]|$))"
)
# a Korean word that ends a phrase (a particle or a verb's ending) is no part of the title
_HANGUL_ENDS = re.compile(r"[을를이가은는의에로와과도서께님요다며고]$")


# Vietnamese job nouns, title-cased, with the capitalised or Latin words after them: "Lập trình
# viên Mobile", "Kế toán trưởng", "Trưởng phòng Kinh doanh" (not the writer's "chuyên viên tuyển
# dụng", written in lower case)
_VI_TITLE = re.compile(
    r"(?<![\w])(?:Lập trình viên|Kỹ sư|Kế toán trưởng|Kế toán|Trưởng phòng|Trưởng nhóm"
    r"|Chuyên viên|Quản lý|Phó giám đốc|Giám đốc|Kiến trúc sư|Chuyên gia)"
    r"(?: [A-Z][\w+#./-]*(?: [A-Z][\w+#./-]*){0,2})?"
)
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]{3}")
_VI_LETTERS = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


# a clinical or trade "Tech" (short for technician), only after the words of its field: "Sterile
# Processing Tech", "Surgical Tech", "Pharmacy Tech" (not "Health Tech", a kind of company)
_TECH_TITLE = re.compile(
    r"(?<![\w-])(?:(?:Senior|Lead|Certified|Registered|Travel|[A-Z]{2,5}) )?"
    r"(?:Sterile Processing|Surgical"
    r"|Pharmacy|Lab|Laboratory|Vet|Veterinary|Radiology|Radiologic|Ultrasound|Dental|Patient Care"
    r"|EEG|EKG|ECG|MRI|CT|X-Ray|Histology|Anesthesia|Dialysis|Psychiatric|Cath Lab|Orthopedic"
    r"|Ophthalmic|Sleep|Echo|Mammography|Nuclear Medicine|Telemetry|Monitor|Behavioral Health"
    r"|Mental Health|HVAC|Diesel|Avionics|Field Service|Bench|Nail|Pipeline|Locksmith|Maintenance"
    r"|Electrical|Mechanical|Automotive|Auto|Service|Network|IT|Desktop|Solar) Techs?\b"
)


# "we're hiring a pipeline construction inspector", "looking for a personal lines csr": a
# lower-case title's field words, between a verb of hiring and the words already read
_HIRE_BEFORE = re.compile(
    r"(?i:\b(?:hiring|looking for|seeking|need|needs|recruiting|searching for|hire)\s(?:an?|one"
    r"|another|our|two|three|\d)\s)$"
)
_NOT_FIELD = frozenset(
    _words("the and or for our your to in at with of on from by new great good strong full part")
)


def _lower_words_after_hire(text: str, tokens: list[tuple[int, int, str]], j: int) -> int:
    """Where a lower-case title starts when up to three lower-case words before it follow a
    verb of hiring: those words are its field ("pipeline" of "pipeline construction inspector")."""
    for back in range(1, 4):
        k = j - back
        if k < 0:
            return j
        word = tokens[k][2]
        if (
            not (word.islower() or word.isupper())
            or not word.replace("-", "").isalnum()
            or word.lower() in _NOT_FIELD
            or len(word) < 2  # "Need 3 x commercial plumbers"
            or text[tokens[k][1] : tokens[k + 1][0]] != " "
        ):
            return j
        if _HIRE_BEFORE.search(text, max(0, tokens[k][0] - 30), tokens[k][0]):
            return k
    return j


# a text message's short "diesel mech" (a mechanic), in any case
_MECH_TITLE = re.compile(
    r"(?i)(?<![\w-])(?:heavy diesel|diesel|hd|plant|fleet|truck|marine) mechs?\b"
)
# an accountancy practice's grade as its title: "Audit Senior", "Accounts Senior", "Tax Semi-Senior"
_SENIOR_TITLE = re.compile(
    r"(?<![\w-])(?:Audit|Accounts|Accounting|Tax|Assurance|Payroll|Advisory|Audit & Assurance)"
    r" (?:Semi-)?Seniors?\b"
)


def _tech_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    """ "Sterile Processing Tech", "Audit Senior": a head word only in its field's phrase."""
    out = []
    for pattern, word in ((_TECH_TITLE, " Tech"), (_SENIOR_TITLE, " Senior"), (_MECH_TITLE, "ech")):
        if word in text[start:end]:
            out += [
                TitleSpan(
                    m.start(), m.end(), m.group(0).removesuffix("s"), plural=m.group(0)[-1] == "s"
                )
                for m in pattern.finditer(text, start, end)
            ]
    return out


# Russian and Ukrainian job nouns ("Геолог", "Инженер по КИПиА", "Механик установки",
# "Провідний геймдизайнер"); a head in the genitive after "позицию" / "вакансию" is named in
# the nominative ("на позицию оператора технологических установок")
_CYRILLIC_HEADS = frozenset(
    _words(
        """
        инженер менеджер разработчик программист аналитик бухгалтер оператор мастер механик
        геолог маркшейдер технолог директор руководитель специалист начальник электрик слесарь
        сварщик водитель машинист диспетчер экономист юрист дизайнер художник аниматор
        геймдизайнер продюсер тестировщик администратор координатор консультант врач медсестра
        фельдшер учитель преподаватель продавец кассир повар официант архитектор монтажник
        электромонтер наладчик лаборант химик эколог кладовщик логист переводчик маркетолог
        ассистент помощник секретарь заместитель бурильщик горнорабочий геофизик гидрогеолог
        энергетик метролог снабженец закупщик аудитор казначей моделлер композитор режиссер
        режиссёр звукорежиссер сценарист
        інженер розробник програміст аналітик майстер механік керівник спеціаліст фахівець аніматор
        тестувальник адміністратор лікар вчитель викладач кухар перекладач асистент помічник
        менеджерка дизайнерка
        супервайзер копирайтер копірайтер редактор журналист журналіст таргетолог
        счетоводител мениджър анализатор одитор
        """
    )
)
# the genitive of a head ("оператора", "руководителя", "механіка")
_CYRILLIC_GENITIVE = {
    **{h + "а": h for h in _CYRILLIC_HEADS if h[-1] not in "ьйаяи"},
    **{h[:-1] + "я": h for h in _CYRILLIC_HEADS if h.endswith("ь")},
}
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff-]*")
# an adjective in the nominative before the head: "Главный", "Буровой", "Провідний", "Старшая"
_CYRILLIC_ADJECTIVE = re.compile(r"[\u0400-\u04ff]{3,}(?:ый|ий|ой|ая|яя|ій|ня)")
# words that end a title's particulars after its head
_CYRILLIC_STOP = frozenset(
    _words(
        """
        в во на с со для и или от до к у за о об при из по-прежнему что который которая
        которые компании компания нашего нашей наш наша вашего ваш та або із від що яка
        який які компанії
        """
    )
)
_CYRILLIC_PO_TERM = re.compile(r" (?:по|з) [A-ZА-ЯЁІЇЄ][\w-]*")
_CYRILLIC_OBLIQUE_BEFORE = re.compile(
    r"(?i)(?:позици[юи]|вакансии|вакансию|позиції|вакансію|роль|должность|посаду|вакансий"
    r"|вакансій"
    # a verb of hiring: "ищем инженера по эксплуатации ВЭС", "шукаємо SMM-менеджера"
    r"|ищем|ищу|ищет|ищут|шукаємо|шукаю|шукає|шукають)\s+$"
)
# a second field in the genitive after the particulars: "Начальник службы релейной защиты и
# автоматики"
_CYRILLIC_AND_FIELD = re.compile(r" (?:и|та|і) [а-яёіїє]{4,}(?:ики|ии|ії|ки|ти)(?![\w-])")
# the recruiter's own title: "HR-менеджер", "специалист по персоналу", "Руководитель отдела
# подбора"
_CYRILLIC_RECRUITER = re.compile(r"(?i)персонал|подбор|рекрут|кадр")
# a Latin part of the head: "SMM-менеджер" ("HR-менеджер" is the recruiter's)
_LATIN_PREFIX = re.compile(r"([A-Z]{2,5})-$")


def _hungarian_wanted(text: str, start: int, end: int) -> list[TitleSpan]:
    """Hungarian titles in the accusative before "keres", in the nominative."""
    if "keres" not in text and "felvesz" not in text:
        return []
    return [
        TitleSpan(m.start(1), m.end(1), m.group(1)[:1].upper() + m.group(1)[1:], romance=True)
        for m in _HUNGARIAN_WANTED.finditer(text, start, end)
    ]


def _before_prefix(text: str, at: int) -> int:
    """Where a head's Latin prefix ("SMM-" of "SMM-менеджера") starts, else `at`."""
    prefix = _LATIN_PREFIX.search(text, max(0, at - 6), at)
    return prefix.start() if prefix else at


def _cyrillic_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    """Russian and Ukrainian titles: adjectives, the head, and its particulars ("по КИПиА",
    genitive words) up to a stop word or punctuation."""
    if not _HAS_CYRILLIC.search(text, start, end):
        return []
    out: list[TitleSpan] = []
    words = list(_CYRILLIC_WORD.finditer(text, start, end))
    for i, m in enumerate(words):
        word = m.group(0)
        base = word.lower().split("-")[0]
        if base in _CYRILLIC_HEADS:
            head = word
            # adjectives before it, in the nominative like the head: "Главный инженер"
            s = m.start()
            for prev in reversed(words[max(0, i - 2) : i]):
                if text[prev.end() : s] != " " or not _CYRILLIC_ADJECTIVE.fullmatch(prev.group(0)):
                    break
                s = prev.start()
        elif base in _CYRILLIC_GENITIVE and _CYRILLIC_OBLIQUE_BEFORE.search(
            text, max(0, m.start() - 26), _before_prefix(text, m.start())
        ):
            # (each part of a compound: "инженера-технолога" is "инженер-технолог")
            head = "-".join(_CYRILLIC_GENITIVE.get(p.lower(), p) for p in word.split("-"))
            s = m.start()
        else:
            continue
        # its particulars: "по" and what follows, or words in the genitive
        last = at = m.end()
        after_po = False
        for nxt in words[i + 1 : i + 5]:
            following = nxt.group(0)
            low = following.lower()
            if text[at : nxt.start()] != " " or (low in ("по", "з") and after_po):
                break
            if low in ("по", "з"):
                after_po = True
            elif (
                low in _CYRILLIC_STOP
                or low in _CYRILLIC_HEADS
                # (an abbreviation is the head's: "Слесарь КИПиА")
                or (
                    not after_po
                    and following[:1].isupper()
                    and sum(c.isupper() for c in following) < 2
                )
            ):
                break
            else:
                last = nxt.end()
            at = nxt.end()
        # "Аналитик по SQL": a Latin or upper-case term after "по"
        term = _CYRILLIC_PO_TERM.match(text, last, end) if last == m.end() else None
        if term:
            last = term.end()
        elif last > m.end() and (pair := _CYRILLIC_AND_FIELD.match(text, last, end)):
            last = pair.end()
        value = text[s : m.start()] + head + text[m.end() : last]
        prefix = _LATIN_PREFIX.search(text, max(0, s - 6), s) if s == m.start() else None
        if (prefix and prefix.group(1) == "HR") or _CYRILLIC_RECRUITER.search(value):
            continue
        if prefix:
            s, value = prefix.start(), prefix.group(0) + value
        out.append(TitleSpan(s, last, value[:1].upper() + value[1:], romance=True))
    return out


# Arabic and Hebrew job nouns, which come first: "مهندس إنتاج" (production engineer), "مشرف
# جودة", "أخصائي رقابة جودة", Hebrew "טכנאי מעבדה", "מנהל משמרת ייצור"
_HEAD_FIRST = frozenset(
    _words(
        """
    مدير مديرة مهندس مهندسة مشرف مشرفة أخصائي اخصائي أخصائية كيميائي كيميائية فني فنية محاسب
    محاسبة محلل محللة مطور مطورة مصمم مصممة منسق منسقة مسؤول مستشار مستشارة باحث باحثة
    صيدلي صيدلانية ممرض ممرضة مراقب مندوب سائق
    טכנאי טכנאית מנהל מנהלת מהנדס מהנדסת מפתח מפתחת אנליסט אנליסטית מתכנת מתכנתת רכז רכזת יועץ
    יועצת חוקר חוקרת מדען מדענית כימאי כימאית מחסנאי מחסנאית
    """
    )
)
# hiring and people work: the sender's own title ("أخصائي توظيف", "مستشار توظيف", "מנהלת גיוס",
# "רכזת גיוס")
_RTL_RECRUITER = re.compile(r"توظيف|موارد بشرية|الموارد البشرية|استقطاب|גיוס|משאבי אנוש")
_RTL_WORD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]+")
# words after which the title is over: "في" (in), "من" (from), Hebrew "של" (of), "עם" (with)
_RTL_STOP = frozenset(_words("في من على مع عن إلى الى لدى و أو او של עם את אצל על או גם"))
# a word with a preposition or "and" joined to it: Arabic "بمصنع", "للعمل", "والـ", Hebrew
# "במפעל", "למעבדה", "ולילות" (a title's own words have none; Arabic's single letters are
# read only before an article or "م", as a noun may start with them: "لقاحات بيطرية")
_RTL_JOINED = re.compile(
    r"(?:بال|لل|وال|فال|بم|لم)[\u0600-\u06ff]{2,}|[בלוש][\u0590-\u05ff]{2,}"
)
# Bengali and Hindi job nouns borrowed from English, which come last: "কোয়ালিটি কন্ট্রোল অফিসার",
# "প্রোডাকশন অফিসার", "फूड टेक्नोलॉजिस्ट"
_HEAD_LAST = frozenset(
    _words(
        """
    অফিসার ইঞ্জিনিয়ার ম্যানেজার কেমিস্ট টেকনিশিয়ান সুপারভাইজার অ্যানালিস্ট
    টেকনোলজিস্ট टेक्नोलॉजिस्ट इंजीनियर मैनेजर ऑफिसर अधिकारी केमिस्ट तकनीशियन
    पर्यवेक्षक सुपरवाइजर एनालिस्ट
    """
    )
)
_INDIC_WORD = re.compile(r"[\u0900-\u09ff]+")
# words before a Bengali or Hindi title that are none of it: "our", "the post of", "for"
_INDIC_STOP = frozenset(
    _words("আমাদের পদ পদে পদের জন্য একজন হিসেবে এর ও এবং के की का में हेतु पद पर लिए एक हमारे और")
)


# the word for a post before its title, in Slavic languages: Croatian, Serbian and Bosnian "za
# poziciju Glavni računovođa", Slovenian "za delovno mesto Upravnik nepremičnin", Slovak "na
# pozíciu Likvidátor poistných udalostí", Bulgarian "позиция Финансов анализатор"
_POST_WORD = re.compile(
    r"(?i:\b(?:(?:za|na) )?(?:poziciju|pozíciu|pozicijo|delovno mesto|radno mjesto|radno mesto"
    r"|pracovnú pozíciu|delovnem mestu)|(?<![\w-])позиция|(?<![\w-])длъжност(?:та)?)[ ]"
    r"([^\W\d_][^\n,.;:()–—|/!?\"“”„«»]{2,70})"
)
# words that end such a title: a place's "in" and "for", a relative pronoun
_POST_STOP = re.compile(
    r"[ ](?:u|v|vo|в|във|pre|pri|in|ki|koji|koja|který|ktorý|която|който"
    r"|kde|gdje|gde|където|(?i:m/ž|m/z))(?=[ ]|$)"
)


def _post_word_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    """A capitalised title after a Slavic word for a post, up to punctuation, the line's end
    or a word of place or relation (at most six words)."""
    out: list[TitleSpan] = []
    for m in _POST_WORD.finditer(text, start, end):
        value = m.group(1)
        stop = _POST_STOP.search(value)
        if stop:
            value = value[: stop.start()]
        value = " ".join(value.split()[:6]).rstrip(" -")
        if len(value) >= 3 and value[0].isupper():
            out.append(TitleSpan(m.start(1), m.start(1) + len(value), value, romance=True))
    return out


# an Estonian job noun in the genitive before "ametikoht" / "koht" (the post of): "Laborandi
# ametikoht", "Protsessiinseneri ametikoht", "Vanemteaduri koht"
_ESTONIAN_POST = re.compile(
    r"\b([A-ZÄÖÜÕŠŽ][a-zäöüõšž-]*(?:insener|teadur|laborant|tehnoloog|bioloog|spetsialist|juht"
    r"|analüütik|keemik))i (?:ametikoh\w*|koh(?:t|ale|a)\b)"
)


def _estonian_posts(text: str, start: int, end: int) -> list[TitleSpan]:
    """Estonian titles before the word for the post, given in the nominative."""
    return [
        TitleSpan(m.start(1), m.end(1) + 1, m.group(1), romance=True)
        for m in _ESTONIAN_POST.finditer(text, start, end)
    ]


def _head_first_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    """Arabic and Hebrew titles: a job noun and up to three words after it, up to a word with
    a preposition joined to it, a stop word or anything else."""
    out: list[TitleSpan] = []
    words = list(_RTL_WORD.finditer(text, start, end))
    for i, m in enumerate(words):
        if m.group(0) not in _HEAD_FIRST:
            continue
        last = m.end()
        for nxt in words[i + 1 : i + 4]:
            word = nxt.group(0)
            if (
                text[last : nxt.start()] != " "
                or word in _RTL_STOP
                or word in _HEAD_FIRST
                or _RTL_JOINED.fullmatch(word)
            ):
                break
            last = nxt.end()
        if _RTL_RECRUITER.search(text, m.start(), last):
            continue  # the recruiter's own: "أخصائي توظيف", "מנהלת גיוס"
        out.append(TitleSpan(m.start(), last, text[m.start() : last], romance=True))
    return out


def _head_last_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    """Bengali and Hindi titles: up to three words before a borrowed job noun, from a stop
    word, a quote or the line's start on."""
    out: list[TitleSpan] = []
    words = list(_INDIC_WORD.finditer(text, start, end))
    for i, m in enumerate(words):
        if m.group(0) not in _HEAD_LAST:
            continue
        first = m.start()
        for prev in reversed(words[max(0, i - 3) : i]):
            if text[prev.end() : first] != " " or prev.group(0) in _INDIC_STOP:
                break
            first = prev.start()
        out.append(TitleSpan(first, m.end(), text[first : m.end()], romance=True))
    return out


def _vietnamese_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    if not _VI_LETTERS.search(text, start, end):
        return []
    return [
        TitleSpan(m.start(), m.end(), m.group(0), romance=True)
        for m in _VI_TITLE.finditer(text, start, end)
    ]


def _cjk_titles(text: str, start: int, end: int) -> list[TitleSpan]:
    if not _HAS_CJK.search(text, start, end):
        return []
    out: list[TitleSpan] = []
    for m in _HAN_TITLE.finditer(text, start, end):
        s, value = m.start(), m.group(0)
        if s > 0 and _HAN_RUN_CHAR.match(text[s - 1]):
            continue  # inside a longer run: the run's own match comes first
        opener = _HAN_OPENERS.match(value)
        if opener:
            s, value = s + opener.end(), value[opener.end() :]
        if value[:1] == " ":  # "招聘 Python 工程师": the opener and its space
            s, value = s + 1, value[1:]
        if len(value) >= 3:
            out.append(TitleSpan(s, s + len(value), value, romance=True))
    for m in _HANGUL_TITLE.finditer(text, start, end):
        words = m.group(1).split(" ")
        while len(words) > 1 and (
            _HANGUL_ENDS.search(words[0]) or any(_HANGUL_ENDS.search(w) for w in words[1:-1])
        ):
            words = words[1:]
        value = " ".join(words)
        s = m.end(1) - len(value)
        out.append(TitleSpan(s, m.end(1), value, romance=True))
    return out
# a recruiter's own title in a signature ("シニアコンサルタント"), never the role
_KATAKANA_NOT_TITLES = frozenset(
    ["コンサルタント", "シニアコンサルタント", "キャリアコンサルタント"]
)


# capitalised fields listed with commas before a title's "X & Y": "Monitoring, "
_LISTED_BEFORE = re.compile(
    r"(?:^|\n|\*\*|\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Aa]s|new) )"
    r"(?!(?:Thanks|Hello|Dear|Regards|Cheers|Best|Yes|Well|Hey|Hola|Hallo)\b)"
    r"(?P<list>(?:[A-Z][a-z]{2,}, ){1,3})$"
)
# a bank's grade before the title, after a comma: "VP, Quantitative Developer"
_GRADES = frozenset(["vp", "avp", "svp", "evp", "vice president", "assistant vice president"])


def _graded(text: str, spans: list[TitleSpan]) -> list[TitleSpan]:
    """A grade and the title after it, joined by a comma, are one title."""
    out: list[TitleSpan] = []
    for span in spans:
        listed = _LISTED_BEFORE.search(text, max(0, span.start - 40), span.start)
        if listed and (" & " in span.text or " and " in span.text) and not span.plural:
            # "Monitoring, Evaluation & Learning Officer": the fields listed before the head
            first = listed.start("list")
            span = TitleSpan(first, span.end, text[first : span.end], False, span.romance)
        last = out[-1] if out else None
        if (
            last is not None
            and last.text.lower() in _GRADES
            and text[last.end : span.start] == ", "
            and not span.plural
        ):
            out[-1] = TitleSpan(last.start, span.end, f"{last.text}, {span.text}", False, False)
            continue
        out.append(span)
    return out


# French heads that take a lower-case field after "de" / "des" ("Directeur des ressources
# humaines"), though English has them too
_FRENCH_HEADS = frozenset(
    _words("chef directeur directrice responsable gestionnaire conseiller expert assistant agent")
)
# French heads whose field follows "à": "Préposé à l'entretien", "Agent aux réclamations"
_A_HEADS = frozenset(
    _words("préposé préposée agent agente commis attaché attachée chargé chargée")
)
_NOT_AFTER_A = frozenset(
    _words("temps partir pourvoir domicile distance compter définir négocier discuter convenir")
)
# what "en" / "em" brings after a title that is no field of it: the contract, the place, the mode
_NOT_AFTER_EN = frozenset(
    _words(
        """
        cdi cdd télétravail teletravail alternance stage interim intérim freelance contrato
        régimen regimen modalidad remoto remote presencial híbrido hibrido ligne charge poste
        france espagne españa portugal belgique suisse lima madrid paris ville région region
        tiempo regime home equipo équipe renfort urgence mission
        """
    )
) | _ROMANCE_ARTICLE  # ("en el área": a phrase goes on)


def _romance_tail(text: str, tokens: list[tuple[int, int, str]], i: int) -> int:
    """Where a Spanish / Portuguese / French / Italian title ends: its head (tokens[i]) and the
    words after it ("de Software Senior", "Agrônomo", "de recrutement"). Returns the end offset
    (the head's when no tail)."""
    end = tokens[i][1]
    # "Director", "Supervisor": capitalised tails only; "Chef de projet digital" is French
    head = tokens[i][2].lower()
    english = head in HEADS and head not in _FRENCH_HEADS
    # (a head Spanish or French shares with English takes the lower-case field after "de" of
    # either: "Supervisor de turno", "Chauffeur de bus")
    english_field = english and head not in ROMANCE_HEADS
    linked = lower_after_link = two_word = 0
    pending = False
    k = i + 1
    while k < len(tokens) and k - i <= 6:
        gap = text[tokens[k - 1][1] : tokens[k][0]]
        if gap not in {" ", "\u00a0"} and not (
            gap == "" and tokens[k - 1][2].lower() in _ELIDED_ANY
        ):
            break
        if tokens[k - 1][2].endswith((".", "!", "?")) and (
            len(tokens[k - 1][2]) > 4 or "&" in tokens[k - 1][2]
        ):
            break  # "… Responsabile di Magazzino. RAL 50.000 €": the sentence ended
        word = tokens[k][2]
        low = word.lower()
        if head in _MALAY_HEADS and low in _MALAY_STOP:
            break
        nxt_upper = k + 1 < len(tokens) and tokens[k + 1][2][:1].isupper()
        if low == "in" and k == i + 1 and head in _ROMANCE_IN_HEADS and nxt_upper:
            from sidedoor.intake.extract.company import is_city

            if is_city(tokens[k + 1][2]):
                break  # "Ricercatore in Ancona": a place
            pending, lower_after_link = True, 0  # "Ricercatore in Oceanografia Fisica"
            linked += 1
        elif (
            low in {"à", "aux", "au"}
            and k == i + 1
            and _GENDER_SLASH_IN.sub("", head) in _A_HEADS
            and not nxt_upper
            and k + 1 < len(tokens)
            and tokens[k + 1][2].lower() not in _NOT_AFTER_A
        ):  # "Préposé aux bénéficiaires", "Préposé(e) à l'entrepôt" (not "… à Lyon", "… à
            # temps plein")
            pending, lower_after_link = True, 0
            linked += 1
        elif low in _ITALIAN_TO and k == i + 1 and head in _ITALIAN_TO_HEADS and not nxt_upper:
            pending, lower_after_link = True, 0  # "Addetto al picking", "Addetta alle vendite"
            linked += 1
        elif low in _ROMANCE_LINK or (low in _ROMANCE_ARTICLE and pending):
            if low in {"en", "em"} and (
                pending
                or k > i + 3
                or (nxt_upper and (k != i + 1 or _place_word(tokens[k + 1][2])))
                or (
                    k + 1 < len(tokens)
                    and tokens[k + 1][2].lower() in _NOT_AFTER_EN
                )
            ):
                break  # "en Lima" is a place, "en CDI" a contract, "en el área" a phrase;
                # "Ingeniero en sistemas", "Conseiller pédagogique en mathématiques" a field
            pending, lower_after_link = True, 0
            linked += 1
        elif (
            low in {"y", "e", "et", "&"}
            and (linked or end > tokens[i][1])  # "Directeur Administratif et Financier"
            and end == tokens[k - 1][1]
            and nxt_upper
            and not pending
        ):
            pending = True  # "Gerente de Alimentos y Bebidas": two capitalised fields
        elif low in _ELIDED and k + 1 < len(tokens) and tokens[k + 1][0] == tokens[k][1]:
            pending, lower_after_link = True, 0  # "Directeur d'Hôtel", "Chargé d'affaires"
            linked += 1
        elif low in _ROMANCE_STOP or low.endswith("'"):
            break
        elif pending and word[:1].isupper() and names_place(word.rstrip(".,;:")):
            break  # "Responsabile Acquisti di Milano": a place
        elif word[:1].isupper():
            end, pending = tokens[k][1], False
        elif word[:1].isalpha() and linked and lower_after_link < 3 and not english_field:
            end, pending = tokens[k][1], False
            lower_after_link += 1
        elif (
            k == i + 1
            and head in {"responsable", "journaliste"}
            and word.isalpha()
            and word.islower()
            and len(word) >= 4
            and low not in _ROMANCE_STOP
            and low not in _NOT_AFTER_EN
            and (
                k + 1 == len(tokens)
                or text[tokens[k][1] : tokens[k + 1][0]] != " "
                or tokens[k + 1][2].lower() in _ROMANCE_STOP
                or tokens[k + 1][2].startswith("(")
            )
        ):  # "Responsable maintenance (H/F)", "Responsable paie": the field, one noun
            end = tokens[k][1]
        elif k <= i + 2 and end == tokens[k - 1][1] and not english and (
            _ROMANCE_ADJECTIVE.fullmatch(low.rstrip(".,;:"))
            and low.rstrip(".,;:") not in _EXPERIENCE_WORDS
        ):  # "Responsable éditorial numérique": up to two adjectives right after the head
            # ("… son prochain Contrôleur financier.": not the sentence's stop)
            end = tokens[k][0] + len(word.rstrip(".,;:"))
        elif (
            k == i + 1
            and not english
            and word.islower()
            and tokens[i][2].islower()
            and low in ROMANCE_HEADS
        ):  # "tecnico manutentore elettromeccanico", "operaio saldatore": two job nouns
            end, two_word = tokens[k][1], 1
        elif k <= i + 2 + two_word and end == tokens[k - 1][1] and low in _ROMANCE_GRADE:
            end = tokens[k][1]  # "développeur full-stack principal", "Ingeniero senior"
        elif (
            low == "full"
            and not two_word
            and end == tokens[k - 1][1]
            and k + 1 < len(tokens)
            and tokens[k + 1][2].lower() == "stack"
        ):
            end, two_word = tokens[k + 1][1], 1  # "Développeur full stack senior"
            k += 1
        else:
            break
        k += 1
    return end


# Czech and Slovak job nouns whose field follows them in the genitive, lower case ("Vedoucí
# výroby", "Vedúci zmeny", "Technolog obrábění", "Specialista likvidace pojistných událostí")
_CZECH_TAIL_HEADS = frozenset(
    _words(
        """
        konstruktér konštruktér technolog vedoucí vedúci inženýr inžinier manažer manažerka
        specialista specialistka referent referentka mistr projektant analytik
        """
    )
)
_CZECH_STOP = frozenset(
    _words(
        """
        v ve na do z ze s se k ke ku a i o od po pro pre při pri za u je jsou sú který která
        které ktorý ktorá ktoré nebo alebo či jako ako the for and in at with of to
        """
    )
)
_CZECH_WORD = re.compile(r"[a-záčďéěíňóřšťúůýžäĺľôŕ]{3,}")
_CZECH_VERB = re.compile(r".*(?:me|te|t|li|la|lo)")  # "hledáme", "nabízíte", "pracovat"


def _czech_tail(text: str, tokens: list[tuple[int, int, str]], i: int, limit: int) -> int:
    """Where a Czech or Slovak title ends: its head (tokens[i]) and up to two lower-case words
    after it on the same line ("výroby", "obrábění"), up to a stop word, a verb, punctuation or
    a dash."""
    return _words_after(text, tokens, i, limit, 2, lambda bare: (
        bare not in _CZECH_STOP
        and _CZECH_WORD.fullmatch(bare) is not None
        and _CZECH_VERB.fullmatch(bare) is None
    ))


def _polish_tail(text: str, tokens: list[tuple[int, int, str]], i: int, limit: int) -> int:
    """Where a Polish title ends: its head (tokens[i]) and up to four words after it on the same
    line ("Zmiany Produkcji", "serwisu turbin wiatrowych", "ds. sprzedaży"), up to a stop word,
    punctuation, a dash or a gender marker. Returns the end offset (the head's when no tail)."""
    return _words_after(text, tokens, i, limit, 4, lambda bare: (
        bare.lower() not in _POLISH_STOP and _POLISH_WORD.fullmatch(bare) is not None
    ), skip_first="ds.")


def _words_after(
    text: str,
    tokens: list[tuple[int, int, str]],
    i: int,
    limit: int,
    most: int,
    takes: Callable[[str], bool],
    skip_first: str | None = None,
) -> int:
    """The end of the head (tokens[i]) and the words after it, each one space from the last,
    that `takes` accepts (up to `most` tokens on, within `limit`); a word with punctuation
    after it is the last. `skip_first`: a word passed over right after the head ("ds.")."""
    end = tokens[i][1]
    k = i + 1
    while k < len(tokens) and k - i <= most:
        start, stop, word = tokens[k]
        if stop > limit or text[tokens[k - 1][1] : start] != " ":
            break
        if skip_first is not None and k == i + 1 and word.lower() == skip_first:
            k += 1  # "Specjalista ds. sprzedaży": the words after it are the tail
            continue
        bare = word.rstrip(".,;:!?")
        if not takes(bare):
            break
        end = start + len(bare)
        if bare != word:
            break  # "… Zmiany Produkcji.", "… Technolog slévárny, Brno": the phrase ends
        k += 1
    return end


def _dedupe_nested(spans: list[TitleSpan]) -> list[TitleSpan]:
    out: list[TitleSpan] = []
    for span in spans:
        if out and span.start < out[-1].end:
            if span.end - span.start > out[-1].end - out[-1].start:
                out[-1] = span
            continue
        out.append(span)
    return out


_SENIORITY: tuple[tuple[str, Seniority], ...] = (
    (r"\bintern(?:ship)?\b|\bpraktikant", "intern"),
    (r"\b(?:chief|c[tefoi]o|ciso|cmo|president|founding partner|managing director)\b", "executive"),
    (r"\b(?:vp|vice president|svp|evp)\b", "vp"),
    (r"\b(?:director|head of|leiter|leitung)\b", "director"),
    (r"\bprincipal\b", "principal"),
    (
        r"\bstaff (?:engineer|scientist|developer|software|data|machine|ml|security|product)\b",
        "staff",
    ),
    (r"\b(?:manager|supervisor|superintendent|foreman|forewoman)\b", "manager"),
    (r"\blead(?:er)?\b|\bteam lead\b|\btech lead\b|\bcharge nurse\b", "lead"),
    (r"\b(?:senior|sr\.?|snr)\b", "senior"),
    (
        r"\b(?:junior|jr\.?|graduate|entry[- ]level|trainee|apprentice|associate engineer)\b",
        "junior",
    ),
    (r"\b(?:mid[- ]level|intermediate|mid)\b", "mid"),
)


_SENIORITY_COMPILED = tuple((re.compile(pattern), level) for pattern, level in _SENIORITY)


def seniority_from_title(title: str) -> Seniority | None:
    lowered = title.lower()
    for pattern, level in _SENIORITY_COMPILED:
        if pattern.search(lowered):
            return level
    return None


EMPLOYMENT_PATTERNS: tuple[tuple[str, EmploymentType], ...] = (
    (
        r"contract[- ]to[- ](?:hire|perm)|temp[- ]to[- ]perm|\bc2h\b|right[- ]to[- ]hire",
        "contract_to_hire",
    ),
    (r"\bper[- ]diem\b|\bprn\b", "per_diem"),
    (r"\bintern(?:ship)?\b|\bpraktikum\b|\bco-?op\b", "internship"),
    (r"\bpart[- ]time\b|\bteilzeit\b|\bpart_time\b", "part_time"),
    (r"\b(?:temporary|temp|seasonal|locum|fixed[- ]term|befristet)\b", "temporary"),
    (
        r"\bcontract(?:or)?\b|\bcontracting\b|\bfreelance(?:r)?\b|\bday rate\b|\b(?:inside"
        r"|outside) ir35\b"
        r"|\bb2b\b|\b1099\b|\bc2c\b|\bcorp[- ]to[- ]corp\b|\bcontract_?\b",
        "contract",
    ),
    (
        r"\bfull[- ]?time\b|\bpermanent\b|\bperm\b|\bvollzeit\b|\bfestanstellung\b|\bunbefristet\b"
        r"|\bfull_time\b|\bfte\b",
        "full_time",
    ),
)


_EMPLOYMENT_COMPILED = [(re.compile(p), kind) for p, kind in EMPLOYMENT_PATTERNS]
# A pattern can only match when one of its words is in the lower-cased text (cheap pre-check).
_EMPLOYMENT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "contract_to_hire": ("contract", "temp", "c2h", "right"),
    "per_diem": ("diem", "prn"),
    "internship": ("intern", "praktikum", "co-op", "coop"),
    "part_time": ("part", "teilzeit"),
    "temporary": ("temp", "seasonal", "locum", "fixed", "befristet"),
    "contract": ("contract", "freelance", "day rate", "ir35", "b2b", "1099", "c2c", "corp"),
    "full_time": ("full", "perm", "vollzeit", "festanstellung", "unbefristet", "fte"),
}


def employment_type_from(text: str) -> EmploymentType | None:
    """A schema.org / feed value or a phrase ("FULL_TIME", "Contractor", "fulltime")."""
    lowered = text.lower().replace("fulltime", "full-time").replace("parttime", "part-time")
    for pattern, kind in EMPLOYMENT_PATTERNS:
        if re.search(pattern, lowered):
            return kind
    if "contractor" in lowered:
        return "contract"
    return None


def find_employment_type(
    text: str, start: int = 0, end: int | None = None
) -> tuple[EmploymentType, int, int] | None:
    """The first employment-type phrase in text[start:end], with its span."""
    end = len(text) if end is None else end
    region = text[start:end]
    lowered = region.lower()
    best: tuple[int, EmploymentType, int] | None = None
    for pattern, kind in _EMPLOYMENT_COMPILED:
        if not any(k in lowered for k in _EMPLOYMENT_KEYWORDS[kind]):
            continue
        for match in pattern.finditer(lowered):
            if kind == "contract" and re.search(
                r"(?:sign|signed|your|employment|the) $",
                lowered[max(0, match.start() - 12) : match.start()],
            ):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), kind, match.end())
            break
    if best is None:
        return None
    return best[1], start + best[0], start + best[2]
