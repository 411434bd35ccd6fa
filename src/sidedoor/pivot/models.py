"""Report objects of the pivot engine. ``PivotReport.model_dump(mode="json")`` is the
``sidedoor pivot --json`` interface documented in docs/pivot.md: keep it stable."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel as _PydanticModel
from pydantic import ConfigDict, Field

Move = Literal["step up", "lateral", "step down", "change of field"]
BridgeKind = Literal["technology", "tool", "skill", "knowledge", "activity"]
GapKind = Literal["technology", "skill", "knowledge", "education", "job_zone"]


class BaseModel(_PydanticModel):
    model_config = ConfigDict(defer_build=True)


class PersonFeatures(BaseModel):
    """What a person brings, for :meth:`PivotEngine.routes_from_features`.

    Every part is optional; the more there is, the better the routes. Names and ids are the
    ones the knowledge store and the skill extractor use.
    """

    technologies: list[str] = Field(
        default_factory=list,
        description="Technology or tool names ('Python', 'Kubernetes'); ids such as "
        "'onet:technology/Python' are accepted too.")
    elements: dict[str, float] = Field(
        default_factory=dict,
        description="O*NET skill/knowledge element id ('2.B.1.d' or 'onet:2.B.1.d') -> "
        "level on O*NET's 0-7 scale.")
    task_ids: list[int] = Field(default_factory=list, description="O*NET task ids done.")
    dwa_ids: list[str] = Field(default_factory=list, description="O*NET DWA ids done.")
    tasks: list[str] = Field(default_factory=list, description="Free text of work done.")
    titles: list[str] = Field(default_factory=list, description="Job titles held.")
    occupation: str | None = Field(
        None, description="Current O*NET-SOC code, if known: its job zone, SOC group and pay "
        "anchor the moves.")
    job_zone: int | None = Field(None, ge=1, le=5)
    label: str = "profile"


class Source(BaseModel):
    kind: Literal["occupation", "profile"]
    code: str | None = None
    title: str
    job_zone: int | None = None


class BridgeItem(BaseModel):
    kind: BridgeKind
    name: str
    detail: str = ""


class Gap(BaseModel):
    kind: GapKind
    name: str
    detail: str = ""
    level_gap: float | None = Field(None, description="Skill/knowledge: target level minus "
                                    "source level on O*NET's 0-7 scale.")


class PayFigure(BaseModel):
    soc_code: str = Field(description="The OEWS row the figure is from.")
    basis: Literal["exact", "broader"]
    annual_median: float | None
    hourly_median: float | None


class Pay(BaseModel):
    source: PayFigure | None
    target: PayFigure | None
    note: str = ""
    basis: str = "BLS OEWS May 2025, national median, annual"


class JobZoneStep(BaseModel):
    source: int | None
    target: int | None
    step: int | None
    penalised: bool = Field(description="True when the jump lowered this route's rank.")
    note: str = ""


class Route(BaseModel):
    code: str
    title: str
    score: float = Field(description="0-1: how far this occupation stands out from the typical "
                         "one on the combined evidence, after the job-zone penalty.")
    move: Move
    bridge: list[BridgeItem]
    gaps: list[Gap]
    wage_delta: float | None = Field(description="Target minus source national median annual "
                                     "wage in USD (OEWS); null when either is not released.")
    pay: Pay
    job_zone: JobZoneStep
    evidence: dict[str, float] = Field(
        default_factory=dict, description="Similarity per feature family (cosine, -1..1).")


class PivotReport(BaseModel):
    source: Source
    routes: list[Route]
    notes: list[str] = Field(default_factory=list)
    credits: list[str] = Field(default_factory=list)
