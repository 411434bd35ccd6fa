"""Hand-written word lists and cue patterns for answer feedback. Authored for sidedoor.

Patterns run over the answer lower-cased with plain apostrophes (same length as the answer,
so match offsets are answer offsets). Each talking point is a list of cue patterns; a point is
covered when one of them matches.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


# ------------------------------------------------------------------ delivery

#: Pure fillers (vocalised pauses); elongated spellings ("ummm", "uhh") are folded first.
VOCAL_FILLERS = frozenset({"um", "uh", "er", "erm", "ah", "uhm", "hmm", "mm", "eh"})
VOCAL = re.compile(r"^(?:u+m+|u+h+m*|e+r+m*|a+h+|h+m+|m+|u+|e+h+)$")
#: Single discourse words that are fillers wherever they stand.
FILLER_WORDS = frozenset({"basically", "actually", "literally", "kinda", "sorta"})
#: Words before "like" that make it a verb ("I like", "would like") or a preposition
#: ("looks like", "things like", "something like").
LIKE_NOT_FILLER_BEFORE = word_set(
    """i you we they he she people who would 'd i'd we'd you'd they'd do don't does doesn't did
    didn't really also to not will 'll i'll we'll might may should could must can can't cannot
    always never still just more less much most look looks looked looking seem seems seemed
    sound sounds sounded feel feels felt feeling something anything nothing everything things
    thing stuff exactly kind sort lot lots someone somebody anyone nobody tools languages
    companies projects areas subjects skills roles jobs courses even what whatever
    anybody everybody s"""
)
LIKE_FILLER_BEFORE = word_set(
    """and but so or because was is were are it's that's there's it he's she's they're we're
    i'm um uh just then like you're"""
)
YOU_KNOW_NOT_FILLER_BEFORE = word_set(
    "do did don't didn't if as what would let might will can could whether how when"
)
KIND_OF_NOUN_BEFORE = word_set(
    "what this that a the some any every which one different same other these those all"
)
#: Hedges: phrases that weaken a claim. Matched as whole words, longest first.
HEDGES = (
    "i'm not sure", "i am not sure", "not really sure", "i don't know", "i do not know",
    "i'm not really sure", "i guess", "i suppose", "i think", "i believe", "i feel like",
    "maybe", "probably", "perhaps", "possibly", "somewhat", "hopefully", "a little bit",
    "more or less", "i would say", "i'd say", "not sure",
)

#: Overused words and stronger or more specific alternatives.
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "good": ("effective", "strong", "reliable"),
    "great": ("excellent", "outstanding", "valuable"),
    "really": ("(drop it)", "clearly", "very"),
    "very": ("(drop it)", "highly", "extremely"),
    "things": ("name them: tasks, tools, problems",),
    "thing": ("name it: the task, tool or problem",),
    "stuff": ("name it: the tasks, tools or work",),
    "lot": ("many", "most", "a number: 30 tickets"),
    "helped": ("led", "built", "fixed", "drove"),
    "help": ("lead", "build", "fix", "support"),
    "worked": ("built", "ran", "delivered", "owned"),
    "work": ("project", "deliverable", "role"),
    "did": ("ran", "built", "completed", "delivered"),
    "do": ("run", "build", "complete", "deliver"),
    "made": ("built", "created", "designed", "produced"),
    "make": ("build", "create", "design", "produce"),
    "got": ("earned", "reached", "secured", "received"),
    "get": ("earn", "reach", "secure", "obtain"),
    "team": ("group", "crew", "the three of us"),
    "people": ("colleagues", "customers", "engineers", "a number: 12 people"),
    "problem": ("issue", "bottleneck", "risk"),
    "important": ("critical", "essential", "key"),
    "just": ("(drop it)",),
    "pretty": ("(drop it)", "fairly"),
    "nice": ("pleasant", "useful", "welcome"),
    "big": ("large", "major", "a number: 40 million rows"),
    "went": ("moved", "progressed", "turned out"),
    "used": ("applied", "relied on", "built with"),
    "try": ("aim", "work", "plan"),
    "tried": ("tested", "set out", "attempted"),
    "basically": ("(drop it)",),
    "actually": ("(drop it)",),
}

#: Generic claims that say nothing about the candidate unless backed by an example.
CLICHES = (
    "hard worker", "hard working", "hard-working", "team player", "fast learner",
    "quick learner", "perfectionist", "people person", "go-getter", "self-starter",
    "self starter", "think outside the box", "outside the box", "one hundred and ten percent",
    "110%", "110 percent", "give it my all", "work too hard", "care too much",
    "detail oriented", "detail-oriented", "results driven", "results-driven", "passionate about",
    "positive attitude", "great fit", "good fit", "wear many hats", "synergy",
)

#: Small words ignored for repetition and relevance.
STOP_WORDS = word_set(
    """a an the and or but so if then than that this these those there their they them we us
    our ours you your yours i me my mine he him his she her it its of to in on at for from by
    with about as into over after before during up down out off again once very too also just
    is am are was were be been being have has had having do does did doing would could should
    will can may might must shall not no yes all any some each both more most other such own
    same only what which who whom whose when where why how here because while until although
    though i'm i've i'd i'll it's that's there's we're we've they're you're don't didn't
    doesn't isn't wasn't weren't can't couldn't wouldn't won't um uh like know yeah okay oh
    well really one get got go going went make made lot kind sort thing things mean gonna
    wanna basically actually literally tell time"""
)

# ------------------------------------------------------------------ content

ACTION_VERBS = word_set(
    """analyze analyse build coach convince create cut decide define delegate deliver design
    develop document draft drive escalate evaluate fix gather hire identify implement
    improve introduce investigate launch lead listen manage measure mentor migrate negotiate
    organize organise pair persuade pitch plan prepare present prioritize prioritise propose
    prototype pull push raise rebuild recruit redesign refactor reorganize reshuffle resolve
    restructure review rewrite run schedule set ship simplify sit solve split start step
    streamline suggest talk teach test track train volunteer write reach ask call meet email
    message open check read book join practice rehearse automate negotiate publish merge
    collect survey interview assign reassign hand offer spend focus replace cancel remove add
    apply learn fix find take give bring make put keep send spend tell show walk move
    calculate estimate forecast model audit reconcile inspect monitor repair install configure
    deploy debug code program sell close prospect treat assess care educate instruct
    precept triage administer chart"""
)
IRREGULAR_PAST = {
    "build": "built", "cut": "cut", "lead": "led", "run": "ran", "set": "set", "sit": "sat",
    "split": "split", "write": "wrote", "rewrite": "rewrote", "take": "took", "give": "gave",
    "bring": "brought", "make": "made", "put": "put", "keep": "kept", "send": "sent",
    "spend": "spent", "tell": "told", "find": "found", "meet": "met", "teach": "taught",
    "sell": "sold", "read": "read", "learn": "learned", "step": "stepped", "plan": "planned",
    "ship": "shipped", "pair": "paired", "drive": "drove", "show": "showed", "begin": "began",
    "start": "started", "choose": "chose", "draw": "drew", "hold": "held", "win": "won",
    "speak": "spoke", "buy": "bought", "think": "thought", "catch": "caught", "rebuild": "rebuilt",
    "stand": "stood", "pull": "pulled", "push": "pushed", "go": "went", "do": "did",
    "get": "got", "come": "came", "spin": "spun", "hand": "handed",
}
STATIVE_AFTER_I = word_set(
    """was am were had have has think thought guess suppose believe feel felt like liked love
    loved hope wish mean meant know knew want wanted need needed would could should might
    will can may must don't didn't do did i'm i've i'd i'll also really just always never
    used enjoy enjoyed"""
)

_NUM = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
        r"fifty|a few|several|many|a couple of|couple of)")

#: Talking points: name -> cue patterns.
POINTS: dict[str, tuple[str, ...]] = {
    "situation": (
        r"\b(?:last|this|that|one|previous|past|the following) (?:year|spring|summer|fall|autumn|"
        r"winter|quarter|month|week|semester|term|season)\b",
        r"\bin (?:19|20)\d\d\b", r"\bwhen (?:i|we) (?:was|were|had|joined|started|worked)\b",
        r"\bat my (?:last|previous|old|current|first|second) (?:job|company|role|employer|"
        r"internship|position|team)\b",
        r"\b(?:once|one time|years ago|months ago|early in my career|a while ago)\b",
        r"\bduring (?:my|our|the|a|an|covid|college|school|university)\b",
        r"\b(?:on|in|for) (?:a|an|my|our|one) (?:\w+ ){0,2}(?:project|class|course|job|"
        r"internship|team|launch|migration|rollout|shift|assignment)\b",
        r"\bwe (?:had|were|faced|got|needed)\b", r"\bthere (?:was|were)\b",
        r"\b(?:our|the|my) (?:team|project|company|unit|client|customer|department|class|club|"
        r"manager|boss|engine|forecast|launch|product)\b(?: \w+){0,3} "
        r"(?:was|were|had|failed|missed|dropped|moved|kept)\b",
    ),
    "task": (
        r"\b(?:my|our) (?:job|role|task|goal|responsibility|assignment|challenge|mission|"
        r"priority) (?:was|became|is)\b",
        r"\bi was (?:responsible|in charge|asked|tasked|supposed|assigned|expected|chosen|"
        r"elected|put in charge|the (?:captain|lead|leader|president|manager|owner|head|chair))\b",
        r"\b(?:i|we) (?:needed|had|wanted|was asked|were asked) to\b",
        r"\bthe (?:goal|challenge|problem|issue|task|deadline|risk|question) was\b",
        r"\b(?:nobody|no one) (?:owned|was|knew|wanted)\b", r"\bi volunteered\b",
        r"\b(?:was|were) (?:blocked|behind|late|failing|missing|short)\b",
    ),
    "action": (),  # found by the I + action-verb scan in content.py
    "result": (
        r"\b(?:as a result|in the end|ended up|eventually|the result|the outcome|resulted in|"
        r"by the end|at the end|which meant|which led|that led|this led|it worked|paid off|"
        r"worked out)\b",
        r"\b(?:shipped|launched|delivered|finished|completed|won|placed|passed|exceeded|achieved|"
        r"doubled|tripled|halved|saved|reduced|increased|improved|dropped|grew|rose|fell|"
        r"succeeded|cut|stayed|recovered|closed|hit|met|beat|promoted|adopted|agreed)\b",
        r"\bfrom " + _NUM + r"\b[^.]{0,40}?\bto " + _NUM + r"\b",
        r"\bgot (?:an? |the )?(?:a|b|grade|offer|award|promotion|approval|funding)\b",
        r"\b(?:on time|under budget|ahead of schedule|best result|record)\b",
        r"\b(?:within|down to|up to|under|below|above|over|by) " + _NUM + r"(?:%| percent)",
    ),
    "lessons": (
        r"\b(?:i learned|i learnt|i've learned|learned that|learnt that|lesson|taught me|"
        r"next time|in hindsight|looking back|i realized|i realised|since then|from then on|"
        r"now i|i now|would do differently|takeaway|showed me|made me realize|the key was)\b",
    ),
    "experience": (
        r"\b" + _NUM + r" (?:years?|months?)\b",
        r"\bi'?ve (?:been|worked|spent|done|led|built|managed|run|taught|trained)\b",
        r"\bi (?:work|worked|am working|studied|study|majored|graduated|interned|spent|served|"
        r"joined|started) (?:at|for|in|on|as|with|a|an|two|three|my)\b",
        r"\b(?:currently|previously|before that|prior to|most recently)\b",
        r"\b(?:internships?|degree|major(?:ing)?|bachelor'?s?|master'?s?|phd|certified|"
        r"certification|experience)\b",
        r"\bi'?m (?:a|an|currently|working|the)\b", r"\bi am (?:a|an|currently|the)\b",
        r"\b(?:junior|senior|sophomore|freshman|graduate) (?:at|in|studying)\b",
    ),
    "skills": (
        r"\b(?:skills?|good at|strong (?:in|at)|strengths?|expertise|proficient|experienced "
        r"(?:in|with)|speciali[sz]e|know how to|able to|comfortable with|fluent|hands-on)\b",
        r"\b(?:python|java|sql|excel|cad|kubernetes|django|react|javascript|aws|tableau|"
        r"salesforce|hubspot|matlab|spanish)\b",
    ),
    "outcome": (),  # a result or a number-backed achievement (set in content.py)
    "goals": (
        r"\b(?:i want|i'?d (?:like|love)|i would (?:like|love)|my goal|looking (?:for|to)|hope to|"
        r"hoping to|interested in|excited|aspire|long[- ]term|next step|in the future|going "
        r"forward|career|to grow|growth|move into|moving into|transition|plateau(?:ed)?)\b",
    ),
    "fit": (
        r"\b(?:this|the) (?:role|position|job|team|company|opportunity|mission)\b",
        r"\byour (?:company|team|product|mission|customers|work|platform|approach|culture)\b",
    ),
    "improvement": (
        r"\b(?:so i|i'?ve (?:started|been|joined|learned|gotten)|i (?:now|started|joined|use|set|"
        r"ask|check|practice|schedule|block)|working on|to improve|i'?m improving|gotten better)\b",
    ),
    "weakness": (
        r"\b(?:weakness|weak|i struggle|i tend to|i used to|i have trouble|i get nervous|"
        r"i can be|i'?m not (?:great|good|the most)|i find it hard|hard for me|bad at|trouble)\b",
    ),
}

#: Scale words: numbers next to these make an answer concrete.
SCALE_WORDS = word_set(
    """percent % users customers clients people students nurses engineers patients members
    employees staff million billion thousand hundred dollars $ budget requests pages tickets
    orders accounts units teams reports projects countries stores sites hours days weeks
    months minutes seconds milliseconds revenue sales"""
)

#: Extra words a question's key words also accept in an answer (light synonyms).
RELATED: dict[str, tuple[str, ...]] = {
    "lead": ("led", "leader", "captain", "president", "in charge", "organiz", "organis",
             "ran", "coordinat", "manag", "chair", "head", "initiativ", "mentor"),
    "fail": ("mistake", "miss", "wrong", "error", "lost", "didn't work", "fell short",
             "not good enough", "slip"),
    "weak": ("struggle", "improv", "trouble", "bad at", "working on", "nervous", "not great",
             "not the most", "hard for me", "procrastinat", "confident", "perfectionist"),
    "team": ("teammate", "group", "member", "colleague", "partner", "coworker", "classmate",
             "together", "crew", "peer"),
    "challeng": ("problem", "difficult", "hard", "obstacle", "struggl", "issue", "tough",
                 "manage"),
    "yourself": ("i'm", "i am", "i've", "my background", "experience", "studying", "work",
                 "years"),
    "want": ("interest", "excit", "looking for", "like to", "love to", "growth", "fit"),
    "conflict": ("disagree", "argument", "tension", "pushback", "frustrat"),
    "pressure": ("deadline", "stress", "calm", "urgent", "busy"),
    "move": ("plateau", "grow", "growth", "opportunit", "happy", "learn", "next step"),
    "experienc": ("years", "worked", "i've been", "i'm a", "my role", "my job", "studied",
                  "internship", "currently"),
    "happy": ("content", "enjoy", "like my", "love my", "satisfied", "good job", "great team"),
    "interest": ("excit", "appeal", "draw", "attract", "love", "curious", "fascinat", "keen"),
    "role": ("position", "job", "team", "company", "opportunit", "work"),
    "hire": ("bring", "skill", "experience", "fit", "strength", "value", "contribut"),
}
