"""O*NET: the tab-separated text release (official `db_29_3_text.zip`, its extracted folder, or
the mirror's `onet-29.3/`), read by column name into the knowledge store tables."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sidedoor.knowledge.dataset import Dataset, Sink, Step
from sidedoor.knowledge.sources import SourceFile, SourceTree, integer, number, text, yes

TITLE = "O*NET {version} Database"
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
ATTRIBUTION = (
    "This product includes information from the O*NET {version} Database by the U.S. "
    "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the "
    "CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. sidedoor has modified all or some "
    "of this information. USDOL/ETA has not approved, endorsed, or tested these modifications."
)
CODE = "O*NET-SOC Code"
MARKER = "Occupation Data.txt"
CODE_PATTERN = re.compile(r"\d{2}-\d{4}\.\d{2}")

FILES = {
    "occupations": "Occupation Data.txt",
    "job_zones": "Job Zones.txt",
    "job_zone_reference": "Job Zone Reference.txt",
    "alternate_titles": "Alternate Titles.txt",
    "reported_titles": "Sample of Reported Titles.txt",
    "skill": "Skills.txt",
    "knowledge": "Knowledge.txt",
    "work_style": "Work Styles.txt",
    "work_value": "Work Values.txt",
    "interest": "Interests.txt",
    "content_model": "Content Model Reference.txt",
    "technology_skills": "Technology Skills.txt",
    "tools_used": "Tools Used.txt",
    "tasks": "Task Statements.txt",
    "task_dwas": "Tasks to DWAs.txt",
    "dwa_reference": "DWA Reference.txt",
    "emerging_tasks": "Emerging Tasks.txt",
    "education": "Education, Training, and Experience.txt",
    "education_categories": "Education, Training, and Experience Categories.txt",
}
RATING_COLUMNS = (
    "code", "domain", "element_id", "element_name", "importance", "level", "value",
    "not_relevant", "suppress",
)
REQUIRED_TABLES = ("occupations", "alternate_titles", "element_ratings", "tasks", "title_search")

Files = dict[str, SourceFile]


def detect_version(tree: SourceTree) -> str:
    """'29.3' from the release's Read Me, else from the folder or archive name."""
    readme = tree.find("Read Me (release).txt", "Read Me.txt")
    if readme is not None:
        found = re.search(r"O\*NET\s+(\d+\.\d+)", readme.read_text()[:500])
        if found:
            return found.group(1)
    marker = tree.find(MARKER)
    names = [tree.root.name, marker.display if marker else ""]
    for name in names:
        found = re.search(r"(?:onet|db)[-_ ]?(\d+)[._](\d+)", name, re.IGNORECASE)
        if found:
            return f"{found.group(1)}.{found.group(2)}"
    return "unknown"


def dataset(tree: SourceTree, origin: str) -> Dataset:
    """The O*NET dataset in ``tree``; a missing file is a DataSourceError naming it."""
    version = detect_version(tree)
    files = {key: tree.require(name, what=f"O*NET {key}") for key, name in FILES.items()}
    steps = [
        Step("occupations", lambda sink: _occupations(sink, files)),
        Step("job zones", lambda sink: _job_zone_reference(sink, files)),
        Step("alternate titles", lambda sink: _alternate_titles(sink, files)),
        Step("reported titles", lambda sink: _reported_titles(sink, files)),
        *(_ratings_step(domain, files) for domain in
          ("skill", "knowledge", "work_style", "work_value", "interest")),
        Step("content model", lambda sink: _content_model(sink, files)),
        Step("technology skills", lambda sink: _technology_skills(sink, files)),
        Step("tools used", lambda sink: _tools_used(sink, files)),
        Step("tasks", lambda sink: _tasks(sink, files)),
        Step("tasks to DWAs", lambda sink: _task_dwas(sink, files)),
        Step("DWA reference", lambda sink: _dwa_reference(sink, files)),
        Step("emerging tasks", lambda sink: _emerging_tasks(sink, files)),
        Step("education", lambda sink: _education(sink, files)),
    ]
    return Dataset(
        name="onet",
        title=TITLE.format(version=version),
        version=version,
        origin=origin,
        licence=LICENCE,
        attribution=ATTRIBUTION.format(version=version),
        key=f"onet-{version}",
        files=list(files.values()),
        steps=steps,
        tree=tree,
        required_tables=REQUIRED_TABLES,
    )


def _code(value: str) -> str:
    code = value.strip()
    if not CODE_PATTERN.fullmatch(code):
        raise ValueError(f"{code!r} is not an O*NET-SOC code")
    return code


def _required(value: str, column: str) -> str:
    result = text(value)
    if result is None:
        raise ValueError(f"empty {column}")
    return result


def _occupations(sink: Sink, files: Files) -> None:
    zones: dict[str, int | None] = dict(
        sink.table(files["job_zones"], delimiter="\t").convert(
            [CODE, "Job Zone"], lambda v: (_code(v[0]), integer(v[1]))
        )
    )
    rows = sink.table(files["occupations"], delimiter="\t").convert(
        [CODE, "Title", "Description"],
        lambda v: (
            _code(v[0]), v[0].strip()[:7], _required(v[1], "Title"), v[2].strip(),
            zones.get(v[0].strip()),
        ),
    )
    sink.insert("occupations", ("code", "soc_code", "title", "description", "job_zone"), rows)


def _job_zone_reference(sink: Sink, files: Files) -> None:
    names = ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples",
             "SVP Range"]
    rows = sink.table(files["job_zone_reference"], delimiter="\t").convert(
        names, lambda v: (integer(v[0]), *(text(x) for x in v[1:]))
    )
    columns = ("job_zone", "name", "experience", "education", "job_training", "examples",
               "svp_range")
    sink.insert("job_zone_reference", columns, rows)


def _alternate_titles(sink: Sink, files: Files) -> None:
    rows = sink.table(files["alternate_titles"], delimiter="\t").convert(
        [CODE, "Alternate Title", "Short Title", "Source(s)"],
        lambda v: (_code(v[0]), _required(v[1], "Alternate Title"), text(v[2]), text(v[3])),
    )
    sink.insert("alternate_titles", ("code", "title", "short_title", "sources"), rows)


def _reported_titles(sink: Sink, files: Files) -> None:
    rows = sink.table(files["reported_titles"], delimiter="\t").convert(
        [CODE, "Reported Job Title", "Shown in My Next Move"],
        lambda v: (_code(v[0]), _required(v[1], "Reported Job Title"), yes(v[2])),
    )
    sink.insert("reported_titles", ("code", "title", "shown_in_my_next_move"), rows)


def _ratings_step(domain: str, files: Files) -> Step:
    return Step(domain.replace("_", " ") + "s", lambda sink: _ratings(sink, files, domain))


def _ratings(sink: Sink, files: Files, domain: str) -> None:
    """Pivot one rating file's scales (IM, LV, EX/OI/...) into one row per element."""
    table = sink.table(files[domain], delimiter="\t")
    names = [CODE, "Element ID", "Element Name", "Scale ID", "Data Value"]
    optional = [name for name in ("Not Relevant", "Recommend Suppress") if table.has(name)]
    merged: dict[tuple[str, str], list[object]] = {}

    def fold(v: Sequence[str]) -> None:
        code, element = _code(v[0]), v[1].strip()
        record = merged.get((code, element))
        if record is None:
            record = [code, domain, element, v[2].strip(), None, None, None, 0, 0]
            merged[(code, element)] = record
        scale, value = v[3].strip(), number(v[4])
        record[{"IM": 4, "LV": 5}.get(scale, 6)] = value
        extra = dict(zip(optional, v[5:], strict=True))
        if yes(extra.get("Not Relevant", "")):
            record[7] = 1
        if yes(extra.get("Recommend Suppress", "")):
            record[8] = 1

    for _ in table.convert(names + optional, fold):
        pass
    sink.insert("element_ratings", RATING_COLUMNS, merged.values())


def _content_model(sink: Sink, files: Files) -> None:
    rows = sink.table(files["content_model"], delimiter="\t").convert(
        ["Element ID", "Element Name", "Description"],
        lambda v: (v[0].strip(), text(v[1]), text(v[2])),
    )
    sink.insert("content_model", ("element_id", "element_name", "description"), rows)


def _technology_skills(sink: Sink, files: Files) -> None:
    rows = sink.table(files["technology_skills"], delimiter="\t").convert(
        [CODE, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"],
        lambda v: (_code(v[0]), _required(v[1], "Example"), text(v[2]), text(v[3]), yes(v[4]),
                   yes(v[5])),
    )
    columns = ("code", "example", "commodity_code", "commodity_title", "hot", "in_demand")
    sink.insert("technology_skills", columns, rows)


def _tools_used(sink: Sink, files: Files) -> None:
    rows = sink.table(files["tools_used"], delimiter="\t").convert(
        [CODE, "Example", "Commodity Code", "Commodity Title"],
        lambda v: (_code(v[0]), _required(v[1], "Example"), text(v[2]), text(v[3])),
    )
    sink.insert("tools_used", ("code", "example", "commodity_code", "commodity_title"), rows)


def _tasks(sink: Sink, files: Files) -> None:
    rows = sink.table(files["tasks"], delimiter="\t").convert(
        [CODE, "Task ID", "Task", "Task Type", "Incumbents Responding"],
        lambda v: (_code(v[0]), integer(v[1]), _required(v[2], "Task"), text(v[3]),
                   integer(v[4])),
    )
    columns = ("code", "task_id", "task", "task_type", "incumbents_responding")
    sink.insert("tasks", columns, rows)


def _task_dwas(sink: Sink, files: Files) -> None:
    rows = sink.table(files["task_dwas"], delimiter="\t").convert(
        [CODE, "Task ID", "DWA ID"], lambda v: (_code(v[0]), integer(v[1]), v[2].strip())
    )
    sink.insert("task_dwas", ("code", "task_id", "dwa_id"), rows)


def _dwa_reference(sink: Sink, files: Files) -> None:
    rows = sink.table(files["dwa_reference"], delimiter="\t").convert(
        ["DWA ID", "DWA Title", "IWA ID", "IWA Title", "Element ID", "Element Name"],
        lambda v: (v[0].strip(), _required(v[1], "DWA Title"), v[2].strip(), text(v[3]),
                   text(v[4]), text(v[5])),
    )
    columns = ("dwa_id", "dwa_title", "iwa_id", "iwa_title", "element_id", "element_name")
    sink.insert("dwa_reference", columns, rows)


def _emerging_tasks(sink: Sink, files: Files) -> None:
    rows = sink.table(files["emerging_tasks"], delimiter="\t").convert(
        [CODE, "Task", "Category"],
        lambda v: (_code(v[0]), _required(v[1], "Task"), text(v[2])),
    )
    sink.insert("emerging_tasks", ("code", "task", "category"), rows)


def _education(sink: Sink, files: Files) -> None:
    """Required Level of Education (scale RL): percent of respondents per category."""
    categories: dict[int | None, str] = dict(
        sink.table(files["education_categories"], delimiter="\t").convert(
            ["Scale ID", "Category", "Category Description"],
            lambda v: (integer(v[1]), v[2].strip()) if v[0].strip() == "RL" else None,
        )
    )

    def row(v: Sequence[str]) -> tuple[object, ...] | None:
        if v[1].strip() != "RL":
            return None
        category = integer(v[2])
        return (_code(v[0]), category, categories.get(category, f"Category {category}"),
                number(v[3]))

    rows = sink.table(files["education"], delimiter="\t").convert(
        [CODE, "Scale ID", "Category", "Data Value"], row
    )
    sink.insert("education", ("code", "category", "description", "percent"), rows)
