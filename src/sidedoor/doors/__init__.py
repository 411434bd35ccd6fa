"""Doors: rank many positions against one person, explained (the ranking core).

    from sidedoor.doors import PositionIndex, Seeker, rank
    index = PositionIndex.build(positions, codes=..., job_zones=..., key=...)
    result = rank(Seeker(skills=["Python"], occupation="15-1252.00"), index, engine=engine)

Stored profiles, stored positions, feed files and résumé folders become seekers and index
documents in :mod:`sidedoor.doors.sources` (used by `sidedoor doors` and `sidedoor evaluate`).
"""

from __future__ import annotations

from sidedoor.doors.index import PositionIndex
from sidedoor.doors.models import DealBreakers, DoorsResult, Fit, Seeker
from sidedoor.doors.rank import rank

__all__ = ["DealBreakers", "DoorsResult", "Fit", "PositionIndex", "Seeker", "rank"]
