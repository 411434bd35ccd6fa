"""Turn annotations.txt (inline [S ...]/[K ...] markup) into annotated.jsonl with offsets.

Each output line: {"id", "field", "split", "text", "spans": [{"start", "end", "label", "text"}]}.
The split alternates dev/test within each field, so both halves cover every field.

    python benchmarks/skills/build_fixture.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"S": "skill", "K": "knowledge"}


def parse(markup: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the markup; return the plain text and its spans (offsets into the plain text)."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    spans: list[dict[str, object]] = []
    pos = 0
    i = 0
    while i < len(markup):
        if markup.startswith(("[S ", "[K "), i):
            stack.append((LABELS[markup[i + 1]], pos))
            i += 3
            continue
        ch = markup[i]
        if ch == "]":
            if not stack:
                raise ValueError(f"unbalanced ']' in {markup!r}")
            label, start = stack.pop()
            spans.append({"start": start, "end": pos, "label": label})
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed span in {markup!r}")
    text = "".join(out)
    for span in spans:
        span["text"] = text[int(str(span["start"])) : int(str(span["end"]))]
    spans.sort(key=lambda s: (int(str(s["start"])), -int(str(s["end"]))))
    return text, spans


def main() -> None:
    rows = []
    seen: dict[str, int] = {}
    for line in (HERE / "annotations.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        field, markup = line.split("\t", 1)
        text, spans = parse(markup)
        n = seen.get(field, 0)
        seen[field] = n + 1
        rows.append(
            {
                "id": f"{field}-{n + 1:02d}",
                "field": field,
                "split": "dev" if n % 2 == 0 else "test",
                "text": text,
                "spans": spans,
            }
        )
    with (HERE / "annotated.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        for span in row["spans"]:  # type: ignore[attr-defined]
            counts[span["label"]] = counts.get(span["label"], 0) + 1
    print(f"{len(rows)} sentences, spans: {counts}, fields: {seen}")


if __name__ == "__main__":
    main()
