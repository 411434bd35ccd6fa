"""Is this recruiter outreach? A transparent scored model of cues, each explained.

Every cue is a regular expression with a weight; each fires at most once and records the
text that fired it. The confidence is the logistic of `BIAS` plus the fired weights, so a
reader can recompute it from the `cues` list in the output.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

BIAS = -2.0
TITLE_WEIGHT = 0.8  # the "job_title" cue, fired by the caller
CUES: tuple[tuple[str, float, str], ...] = (
    (
        "recruiter_self_id",
        2.0,
        r"\b(?:i'?m an? (?:\w+ )?(?:recruiter|headhunter|talent (?:partner|acquisition)|sourcer"
        r"|recruitment consultant)"
        r"|(?:recruiter|talent acquisition|talent partner|sourcer|recruitment consultant"
        r"|headhunter) (?:at|with|for|here)"
        r"|i recruit|i'?m recruiting|i(?:'m| am) (?:currently )?(?:hiring|working on|partnering"
        r" with|supporting)"
        r"|we(?:'re| are) (?:currently )?(?:hiring|recruiting|looking for)|i lead (?:recruiting"
        r"|hiring|talent)"
        r"|(?:recruitment|staffing|search) (?:agency|firm|consultancy)|executive search|headhunt\w*"
        r"|i(?:'m| am) (?:a |the )?(?:\w+ )?(?:recruiter|headhunter)|personalberater\w*"
        r"|recruiter(?:in)?\b|personalgewinnung"
        r"|suche(?:n)? (?:ich|wir) (?:für|ab sofort)|talent acquisition)\b",
    ),
    (
        "hiring_statement",
        1.5,
        r"\b(?:is|are|we'?re|we are|currently|now|actively) (?:hiring|recruiting|looking for"
        r"|seeking)\b|\brecruiting (?:for|a|an)\b"
        r"|\bhiring (?:a|an|for|qualified|experienced|licensed)\b|\bsuchen wir\b",
    ),
    (
        "on_behalf_of_client",
        2.0,
        r"\b(?:my client|our client|on behalf of|a client of (?:mine|ours)|one of my clients"
        r"|meiner kunden|unserer kunden|für einen kunden)\b",
    ),
    (
        "role_words",
        1.0,
        r"\b(?:role|position|opportunity|opening|vacancy|req(?:uisition)?|job opening|stelle|rolle"
        r"|mandate)\b",
    ),
    (
        "profile_noticed",
        1.0,
        r"\b(?:your (?:profile|background|experience|work|cv|resume) (?:caught|stood|really|is"
        r"|looks|jumped|seems|matches|aligns)"
        r"|came across your (?:profile|background|work)|(?:saw|noticed|found|read) your (?:profile"
        r"|background|work|github)"
        r"|your (?:profile|background|experience) (?:would|could) be a (?:great|good|strong)"
        r" (?:fit|match)"
        r"|impressed (?:by|with) your|ihr profil)\b",
    ),
    (
        "open_to_move",
        1.5,
        r"\b(?:open to (?:new |a |exploring |hearing |considering )?(?:opportunit\w+|roles?"
        r"|conversation|chat|move|change|offers?)"
        r"|interested in (?:exploring|hearing|learning|discussing|a (?:new )?(?:role|position"
        r"|move))"
        r"|would you (?:be )?(?:interested|open|keen)|are you (?:open|interested|considering"
        r"|looking)"
        r"|considering a (?:move|change)|next (?:career )?(?:step|move|challenge)|worth (?:a"
        r"|exploring)"
        r"|offen für|interesse an einer|hätten sie interesse|interesse an einem)\b",
    ),
    (
        "pay_stated",
        1.0,
        r"(?:[$£€₹¥₩₪₺₱₦฿₫]\s?\d|\d\s?(?:k|lpa|lakh)\b|\b(?:salary|base|day rate|hourly rate"
        r"|ote|compensation|package|per annum)\b"
        # a currency code before the amount, or a local sign after it
        r"|\b(?:usd|eur|gbp|chf|sek|nok|dkk|pln|czk|huf|inr|jpy|cny|rmb|krw|ils|nis|brl|mxn|zar"
        r"|aed|sar|qar|sgd|hkd|nzd|aud|cad|ngn|kes|idr|thb|vnd|twd|egp)\s?\d"
        r"|\d\s?(?:zł|kč|ft\b|kr\b|円|元))",
    ),
    ("job_title", 0.8, ""),  # fired by the caller when a job title (not the sender's) is found
    (
        "call_ask",
        0.8,
        r"\b(?:\d{1,2}[- ]?min(?:ute)?s?\b|quick (?:call|chat)|brief (?:call|chat)|hop on a call"
        r"|time (?:to|for a) (?:chat|call|talk|speak)"
        r"|calendly|set up a call|schedule a (?:call|chat)|when (?:are|would) you (?:be )?(?:free"
        r"|available)|kurzes telefonat)",
    ),
    (
        "hiring_process",
        0.8,
        r"\b(?:job description|\bjd\b|hiring manager|interview process|interview(?:s|ing)? (?:for"
        r"|with)|shortlist|submit you"
        r"|put you forward|represent you|your cv|your resume|updated cv|updated resume)\b",
    ),
    ("workplace_terms", 0.4, r"\b(?:remote|hybrid|on-?site|relocation|days in (?:the )?office)\b"),
    (
        "employment_terms",
        0.4,
        r"\b(?:full[- ]time|permanent|contract(?:or)?|part[- ]time|outside ir35|inside ir35|day"
        r" rate|perm)\b",
    ),
    (
        "benefits_terms",
        0.3,
        r"\b(?:benefits|bonus|equity|rsus?|401\(?k\)?|pension|pto|parental leave|stock options)\b",
    ),
    # negatives
    (
        "sales_pitch",
        -2.5,
        r"\b(?:book a demo|(?:quick|short|15[- ]minute) demo|our (?:platform|solution|software"
        r"|tool|product|services?) (?:helps|can|is|lets|for)"
        r"|free trial|pricing|\broi\b|lead generation|generate (?:more )?leads|(?:we|our team)"
        r" help(?:s)? (?:companies|teams|businesses|startups|firms)"
        r"|increase your (?:revenue|sales|pipeline|conversion)|case study|would your team benefit"
        r"|cut your costs|save (?:your team|you) \d+"
        r"|offshore (?:team|development)|white[- ]label|outsourc\w+ (?:partner|services)|agency"
        r" (?:that|which) helps|reduce (?:churn|costs)"
        r"|schedule a demo|product demo|decision[- ]maker|your (?:sales|marketing) team)\b",
    ),
    (
        # an agency selling candidates or services to the user as a hiring manager: a pitch to
        # the user, not a job for them
        "pitching_candidates",
        -4.0,
        r"\b(?:(?:i|we) (?:currently )?(?:have|represent|'ve got|have got) (?:an? |several |some"
        r" |a few |two |three |\d+ )?(?:(?:strong|great|excellent|pre-?vetted|vetted|available"
        r"|top|qualified|senior|exceptional)\s)*(?:[\w.#+-]+\s)?(?:candidates?|consultants"
        r"|contractors|profiles) (?:available|who|on the market|ready|that|from|for your|with)"
        r"|i represent an? (?:pre-?vetted |strong |great )?(?:[\w.#+-]+\s){0,3}(?:candidate"
        r"|engineer|developer|professional)"
        r"|(?:send|share) (?:over |you )?(?:their|the candidates'?) (?:anonymi[sz]ed )?(?:cvs?"
        r"|resumes?|profiles?)"
        r"|(?:fill|filling) your (?:open |vacant |current )?(?:roles|positions|vacancies|seats"
        r"|reqs|requirements|openings)"
        r"|your (?:hiring|recruitment|recruiting|staffing|talent) (?:needs|plans|requirements"
        r"|strategy)"
        r"|(?:open|contract|any) requirements (?:you|for)|(?:our|my|the|standard) (?:placement"
        r" |recruitment |agency )?fees? (?:is|are|of)|placement (?:fee|terms)|no fee unless"
        r"|preferred supplier|\bpsl\b|\brpo\b|staffing services|contract staffing"
        r"|(?:saw|noticed|see) (?:that )?(?:you(?:'re| are)|your (?:team|company) is) hiring"
        r"|saw your job (?:post|ad|advert|listing)|you(?:'re| are) a hiring manager"
        r"|dear hiring manager|roles we could help)\b",
    ),
    (
        "event_invite",
        -2.0,
        r"\b(?:webinar|register (?:here|now|today|for)|rsvp|join us (?:at|for|on)|meetup"
        r"|conference|summit|panel discussion"
        r"|(?:buy|get|grab|free) tickets|tickets (?:are|for)|livestream|virtual event|in-person"
        r" event|workshop on|hackathon|save the date|attend)\b",
    ),
    (
        "networking",
        -1.5,
        r"\b(?:let'?s connect|add you to my (?:professional )?network|expand (?:my|our) network"
        r"|great (?:meeting|to meet) you"
        r"|nice (?:meeting|to meet) you|fellow (?:alum\w*|member)|alumni|same (?:group|school)"
        r"|connect with (?:like-minded|fellow|you)"
        r"|thanks for connecting|thank you for connecting|grow my network|keep in touch)\b",
    ),
    (
        "friend_chat",
        -2.0,
        r"\b(?:congrat\w*|happy birthday|work anniversary|long time no see|beers?|drinks|how(?:'s|"
        r" is| are) (?:the family|life|things|you doing)"
        r"|lol|haha+|wedding|the kids|weekend plans|miss you|good to hear from you|catch up soon"
        r"|old colleague|dinner)\b",
    ),
    (
        "job_seeker",
        -2.0,
        r"\b(?:i'?m (?:currently )?(?:looking|searching) for (?:a |my next )?(?:new )?(?:job|role"
        r"|position|opportunit\w+)"
        r"|(?:could|can|would) you (?:please )?refer me|(?:willing|able|happy) to refer me"
        r"|(?:could|can|would) you (?:be willing to )?(?:pass|forward) my (?:cv|resume)"
        r"|pass (?:on |along )?my (?:cv|resume) to|i'?d love to apply"
        r"|are you (?:guys )?hiring|i (?:just )?applied|i am open to work|#opentowork|referral"
        r" for)\b",
    ),
    (
        "mass_mail",
        -2.0,
        r"\b(?:unsubscribe|newsletter|view (?:this email )?in (?:your )?browser|weekly digest|job"
        r" alert|jobs you may be interested in"
        r"|recommended jobs|manage (?:your )?(?:email )?preferences|this is an automated)\b",
    ),
    (
        "advice_or_research",
        -1.2,
        r"\b(?:pick your brain|your advice|mentor(?:ship|ing)?|survey|research study|user research"
        r"|feedback on our product"
        r"|would love your (?:feedback|thoughts on our)|podcast|guest (?:post|speaker)|quick"
        r" question about your (?:stack|tools))\b",
    ),
    ("user_initiated", -1.0, ""),  # fired by the caller when the user wrote the first message
)
_COMPILED = [(name, weight, re.compile(p), re.compile(p, re.I)) for name, weight, p in CUES if p]
_WEIGHTS = {name: weight for name, weight, _ in CUES}


@dataclass
class Fired:
    name: str
    weight: float
    start: int | None
    end: int | None
    text: str


def score(
    text: str, *, extra: list[Fired] | None = None, regions: list[tuple[int, int]] | None = None
) -> tuple[bool, float, list[Fired]]:
    """(is outreach, confidence 0..1, fired cues) for `text` (only `regions` of it, if given)."""
    fired: list[Fired] = list(extra or [])
    spans = regions or [(0, len(text))]
    low = text.lower()
    haystack = low if len(low) == len(text) else text  # lower() keeps offsets for nearly all text
    for name, weight, lower_pattern, any_case in _COMPILED:
        pattern = lower_pattern if haystack is low else any_case
        for start, end in spans:
            match = pattern.search(haystack, start, end)
            if match:
                fired.append(
                    Fired(
                        name, weight, match.start(), match.end(), text[match.start() : match.end()]
                    )
                )
                break
    return decide(fired)


def decide(fired: list[Fired]) -> tuple[bool, float, list[Fired]]:
    """Outreach or not, from the fired cues."""
    total = BIAS + sum(f.weight for f in fired)
    confidence = 1.0 / (1.0 + math.exp(-total))
    return confidence >= 0.5, round(confidence, 3), fired


def fired_by_caller(name: str, start: int | None, end: int | None, text: str) -> Fired:
    return Fired(name, _WEIGHTS[name], start, end, text)
