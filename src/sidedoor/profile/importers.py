"""One entry point for every résumé form: pick the reader from the path."""

from __future__ import annotations

from pathlib import Path

from sidedoor.profile.errors import ProfileImportError
from sidedoor.profile.models import ImportedProfile

RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".text")


def import_paths(paths: list[Path]) -> ImportedProfile:
    """Read a JSON Resume, a PDF/DOCX/text résumé, or a LinkedIn export (its ZIP, its folder,
    or several of its CSV files given together)."""
    if not paths:
        raise ProfileImportError("No file given.")
    for path in paths:
        if not path.exists():
            raise ProfileImportError(f"{path} does not exist.")
    if len(paths) > 1 or paths[0].suffix.lower() == ".csv":
        from sidedoor.profile.linkedin import parse_linkedin, read_export

        files: dict[str, str] = {}
        for path in paths:
            files |= read_export(path)
        return parse_linkedin(files, ", ".join(p.name for p in paths))
    path = paths[0]
    suffix = path.suffix.lower()
    if path.is_dir() or suffix == ".zip":
        from sidedoor.profile.linkedin import parse_linkedin, read_export

        return parse_linkedin(read_export(path), path.name)
    if suffix == ".json":
        from sidedoor.profile.jsonresume import parse_json_resume

        return parse_json_resume(path.read_text(encoding="utf-8-sig"), path.name)
    if suffix in RESUME_SUFFIXES or not suffix:
        from sidedoor.profile.resume_text import parse_resume_text, read_resume_file

        text, fmt = read_resume_file(path)
        return parse_resume_text(text, path.name, fmt)
    raise ProfileImportError(f"{path.name}: sidedoor does not read {suffix} résumés.")
