"""Doors: rank many positions against one person, explained (the ranking core); and the
recruiter's side, many people for one position, from the same factors.

    from sidedoor.doors import PositionIndex, Seeker, rank
    index = PositionIndex.build(positions, codes=..., job_zones=..., key=...)
    attach_market(index, knowledge, gazetteer)      # OEWS percentiles: pay against the market
    result = rank(Seeker(skills=["Python"], occupation="15-1252.00",
                         aspirations=["lead a team"]), index, engine=engine)

    people = PeopleIndex.build(people_docs, codes=..., job_zones=..., key=...)
    found = rank_people(position_doc, people, engine=engine)

Stored profiles, stored positions, feed files and résumé folders become seekers and index
documents in :mod:`sidedoor.doors.sources` (used by `sidedoor doors` and `sidedoor evaluate`).
"""

from __future__ import annotations

from sidedoor.doors.index import PositionIndex
from sidedoor.doors.market import attach_market
from sidedoor.doors.models import DealBreakers, DoorsResult, Fit, Seeker
from sidedoor.doors.people import PeopleIndex, PeopleResult, PersonFit, rank_people
from sidedoor.doors.rank import rank

__all__ = ["DealBreakers", "DoorsResult", "Fit", "PeopleIndex", "PeopleResult", "PersonFit",
           "PositionIndex", "Seeker", "attach_market", "rank", "rank_people"]
