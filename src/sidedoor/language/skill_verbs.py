"""Hand-written lists for the phrase layer: action verbs, soft skills and cue phrases.

Authored for sidedoor. Verb targets name O*NET skill elements (resolved by name at index
build time); the verb phrase itself is first looked up among ESCO's skills.
"""

from __future__ import annotations

from sidedoor.language.skill_text import words

# Action verbs that open a skill phrase in postings ("manage a team", "negotiate contracts"),
# each with the O*NET skill element a phrase falls back to when ESCO has no closer skill.
_VERBS_BY_ELEMENT: dict[str, str] = {
    "Management of Personnel Resources": "manage lead supervise oversee direct mentor coach "
    "train onboard hire recruit motivate delegate",
    "Coordination": "coordinate collaborate cooperate liaise partner organize organise "
    "align facilitate",
    "Time Management": "plan schedule prioritize prioritise multitask",
    "Negotiation": "negotiate",
    "Persuasion": "sell prospect persuade pitch upsell promote",
    "Speaking": "communicate present speak explain answer greet welcome",
    "Writing": "write draft edit proofread document",
    "Instructing": "teach educate instruct",
    "Active Listening": "listen",
    "Service Orientation": "serve assist help advise consult support care respond resolve "
    "handle",
    "Critical Thinking": "evaluate assess review audit investigate research interpret",
    "Reading Comprehension": "read",
    "Operations Analysis": "analyze analyse forecast model measure estimate calculate "
    "identify define",
    "Monitoring": "monitor track verify inspect check count reconcile record report "
    "update maintain",
    "Programming": "code program debug script",
    "Technology Design": "design architect build create develop implement integrate automate "
    "optimize optimise improve",
    "Installation": "install configure deploy set migrate upgrade",
    "Troubleshooting": "troubleshoot diagnose",
    "Repairing": "repair fix replace",
    "Equipment Maintenance": "clean sanitize sanitise calibrate",
    "Operation and Control": "operate drive run use apply perform conduct execute deliver "
    "produce prepare process load unload lift move pick pack ship stock sort file enter type "
    "weld cut fabricate assemble frame hang install cook bake feed bathe dress fill dispense "
    "order purchase procure receive book post collect take make close own shape keep place "
    "follow comply administer treat draw work grow generate expand initiate control exceed "
    "achieve meet provide ensure establish increase reduce minimize maximize contribute "
    "participate represent source acquire retain engage influence launch scale secure protect "
    "patrol observe screen triage wash mop sweep restock replenish label scan weigh mix grill "
    "fry chop slice garnish pour brew escort transport haul dispatch route navigate lubricate "
    "paint drill solder grind polish survey invoice transcribe chart prescribe examine counsel "
    "advocate mediate enforce adhere interview validate refine",
    "Learning Strategies": "learn adapt",
    "Judgment and Decision Making": "decide",
}


def _verbs_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for element, verbs in _VERBS_BY_ELEMENT.items():
        for verb in verbs.split():
            table.setdefault(verb, element)
    return table


VERBS: dict[str, str] = _verbs_table()

# Irregular past forms (the stemmer handles -s/-ed/-ing).
IRREGULAR: dict[str, str] = {
    "led": "lead", "built": "build", "wrote": "write", "written": "write", "drove": "drive",
    "driven": "drive", "took": "take", "taken": "take", "made": "make", "ran": "run",
    "sold": "sell", "taught": "teach", "kept": "keep", "hung": "hang", "fed": "feed",
    "drew": "draw", "drawn": "draw", "spoke": "speak", "spoken": "speak", "grew": "grow",
    "set": "set", "cut": "cut",
}

# Verbs that make a skill on their own ("you multitask"); others need an object.
INTRANSITIVE: frozenset[str] = words("multitask collaborate communicate adapt learn")

# Words after "work" that are schedules, not skills ("work weekends").
WORK_SCHEDULE: frozenset[str] = words("""
weekend weekends night nights overtime holiday holidays shift shifts hour hours day days
remotely onsite on-site from full part flexible
""")

# Subjects that make a clause describe the employer, not the job ("we build ...").
BLOCKING_SUBJECTS: frozenset[str] = words("""
we our us they their it its this he she his her company
""")

# Words that end the object of a verb phrase.
PHRASE_STOP: frozenset[str] = words("""
such including using according accordance while which that who whom when where whilst if
because so via per as within across under during through is are was were will would should
must can could be been preferred required desired etc
""")

# Words before a verb form that make it a noun ("a plan", "strong communication").
NOUN_MARKERS: frozenset[str] = words("""
a an the our your their its my his her this that these those strong excellent good great
solid proven any some each every no
""")

# Soft skills and attitudes, written as people write them: phrase -> target.
SOFT_SKILLS: dict[str, str] = {
    "communication": "onet:Speaking",
    "written communication": "onet:Writing",
    "verbal communication": "onet:Speaking",
    "written and verbal communication": "onet:Speaking",
    "verbal and written communication": "onet:Speaking",
    "interpersonal skills": "onet:Social Perceptiveness",
    "teamwork": "onet:Coordination",
    "team player": "onet:Coordination",
    "collaboration": "onet:Coordination",
    "leadership": "onet:Management of Personnel Resources",
    "problem solving": "onet:Complex Problem Solving",
    "problem-solving": "onet:Complex Problem Solving",
    "critical thinking": "onet:Critical Thinking",
    "attention to detail": "onet:Monitoring",
    "eye for detail": "onet:Monitoring",
    "detail-oriented": "onet:Monitoring",
    "detail oriented": "onet:Monitoring",
    "time management": "onet:Time Management",
    "organizational skills": "onet:Time Management",
    "organisational skills": "onet:Time Management",
    "multitasking": "onet:Time Management",
    "decision making": "onet:Judgment and Decision Making",
    "decision-making": "onet:Judgment and Decision Making",
    "conflict resolution": "onet:Negotiation",
    "negotiation": "onet:Negotiation",
    "persuasion": "onet:Persuasion",
    "public speaking": "onet:Speaking",
    "active listening": "onet:Active Listening",
    "customer focus": "onet:Service Orientation",
    "work ethic": "",
    "mechanical aptitude": "onet:Equipment Maintenance",
    "analytical skills": "onet:Critical Thinking",
    "ownership": "",
    "accountability": "",
    "initiative": "",
    "integrity": "",
    "professionalism": "",
    "discretion": "",
    "curiosity": "onet:Active Learning",
    "adaptability": "onet:Active Learning",
    "flexibility": "",
    "creativity": "",
    "empathy": "onet:Social Perceptiveness",
    "resilience": "",
    "work independently": "",
    "work under pressure": "",
    "work well under pressure": "",
    "remain calm under pressure": "",
    "stress management": "",
    "mentoring": "onet:Instructing",
    "coaching": "onet:Instructing",
}

# Attitude adjectives: a skill only when they stand alone ("Friendly, outgoing and
# reliable."), not before a noun ("competitive salary", "flexible schedules").
ATTITUDES: frozenset[str] = words("""
self-motivated motivated self-starter proactive independent organized organised highly-
organized structured friendly outgoing reliable dependable punctual creative curious
analytical resilient compassionate empathetic patient-focused customer-focused customer-
oriented team-oriented goal-oriented results-driven results-oriented service-minded hard-
working hardworking enthusiastic energetic passionate competitive adaptable flexible
entrepreneurial meticulous diligent courteous personable approachable
""")

# Phrases after which a noun phrase is knowledge ("experience with X", "degree in X").
KNOWLEDGE_CUES: tuple[str, ...] = (
    "knowledge of", "experience with", "experience in", "experience using", "proficiency in",
    "proficiency with", "proficient in", "proficient with", "familiarity with", "familiar with",
    "understanding of", "degree in", "background in", "fluent in", "fluency in",
    "expertise in", "skilled in", "certified in", "trained in", "exposure to",
    "knowledgeable in", "knowledgeable about", "competence in", "qualification in",
)

# Heads that make a cue's noun phrase a setting, not a field ("experience in a fast-paced
# environment").
NOT_KNOWLEDGE_HEADS: frozenset[str] = words("""
environment environments setting settings team teams role roles position positions company
companies year years month months industry organisation organization startup startups office
field fields area areas capacity similar related range variety number lot deal customer
customers client clients people person world business businesses way ways level levels
""")
