"""Doors: rank many positions against one person, explained (the ranking core).

    from sidedoor.doors import PositionIndex, Seeker, rank
    index = PositionIndex.build(positions, codes=..., job_zones=..., key=...)
    result = rank(Seeker(skills=["Python"], occupation="15-1252.00"), index, engine=engine)

The `sidedoor doors` command over stored positions and profiles comes later.
"""

from __future__ import annotations

from sidedoor.doors.index import PositionIndex
from sidedoor.doors.models import DealBreakers, DoorsResult, Fit, Seeker
from sidedoor.doors.rank import rank

__all__ = ["DealBreakers", "DoorsResult", "Fit", "PositionIndex", "Seeker", "rank"]
