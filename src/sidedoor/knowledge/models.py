"""Report objects of the knowledge store: what engines return and renderers show.

Numbers that a publisher did not release are ``None`` and come with a note that says so;
nothing here is ever estimated or filled in.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel as _PydanticModel
from pydantic import ConfigDict, Field

TitleKind = Literal["title", "alternate", "short", "reported"]


class BaseModel(_PydanticModel):
    """Validators are built on first use, so importing the models stays cheap."""

    model_config = ConfigDict(defer_build=True)


class SourceFileInfo(BaseModel):
    """One file read from a source (or the archive it came in, with ``rows`` None)."""

    name: str
    sha256: str
    bytes: int
    rows: int | None = None


class SourceInfo(BaseModel):
    """One installed dataset (O*NET, ESCO or OEWS) and where it came from."""

    name: str
    title: str
    version: str
    origin: str
    licence: str
    attribution: str
    files: list[SourceFileInfo] = Field(default_factory=list)
    row_counts: dict[str, int] = Field(default_factory=dict)


class KnowledgeStatus(BaseModel):
    """What `sidedoor data status` reports."""

    path: str
    release_key: str
    installed_at: str
    schema_version: str
    sidedoor_version: str
    size_bytes: int
    sources: list[SourceInfo]

    def source(self, name: str) -> SourceInfo | None:
        return next((s for s in self.sources if s.name == name), None)


class InstallReport(BaseModel):
    """The outcome of `sidedoor data install`."""

    installed: bool = Field(description="False when the same sources were installed already.")
    path: str
    release_key: str
    elapsed_s: float
    sources: list[SourceInfo] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Rating(BaseModel):
    """An O*NET skill or knowledge element rated for an occupation."""

    element_id: str
    name: str
    importance: float | None = Field(description="IM scale, 1-5.")
    level: float | None = Field(description="LV scale, 0-7.")


class Technology(BaseModel):
    """A technology skill (example software) used in an occupation."""

    example: str
    commodity_title: str | None
    hot: bool
    in_demand: bool


class Task(BaseModel):
    task_id: int
    task: str
    task_type: str | None
    incumbents_responding: int | None


class EducationShare(BaseModel):
    """Share of respondents saying this level of education is required."""

    category: int
    label: str = Field(description="The category's short name, e.g. \"Bachelor's Degree\".")
    description: str
    percent: float


class JobZone(BaseModel):
    zone: int
    name: str
    education: str | None
    experience: str | None
    job_training: str | None


class WageFigures(BaseModel):
    """Mean and percentiles, annual or hourly. None = not released by BLS."""

    mean: float | None = None
    pct10: float | None = None
    pct25: float | None = None
    median: float | None = None
    pct75: float | None = None
    pct90: float | None = None


class Wages(BaseModel):
    """OEWS wages for one SOC code in one area, saying which OEWS row they come from."""

    area: str
    area_title: str
    soc_code: str = Field(description="The SOC code asked for.")
    occ_code: str = Field(description="The OEWS code the figures are for.")
    occ_title: str
    basis: Literal["exact", "broader"]
    tot_emp: int | None
    annual: WageFigures
    hourly: WageFigures
    not_released: list[str] = Field(
        default_factory=list, description="Figures BLS did not release, e.g. 'hourly.median'."
    )
    topcoded: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    source: str = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"


class OccupationReport(BaseModel):
    """Everything `sidedoor occupations show` presents about one O*NET occupation."""

    code: str
    soc_code: str
    title: str
    description: str
    job_zone: JobZone | None
    education: list[EducationShare]
    skills: list[Rating]
    knowledge: list[Rating]
    hot_technologies: list[Technology]
    tasks: list[Task]
    tasks_total: int
    wages: Wages | None
    notes: list[str] = Field(default_factory=list)
    credits: list[str] = Field(default_factory=list, description="Attribution of the data.")


class SearchHit(BaseModel):
    """One occupation found by title search, with the title that matched."""

    code: str
    title: str
    matched_title: str
    kind: TitleKind
    score: float
