"""The pivot features on disk: one ``.npz`` under ``<knowledge_dir>/cache/``, keyed by the
store's release key and :data:`FEATURE_VERSION` plus a hash of the code that shapes them.

Derived data: a missing, stale or damaged file is rebuilt; an unwritable folder means the
features are built in memory for this process only.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from sidedoor.pivot.features import FEATURE_VERSION, Family, PivotFeatures, build_features
from sidedoor.pivot.read import read_catalogue, release_key

_SOURCES = ("features.py", "read.py", "text.py", "cache.py")
_LISTS = ("codes", "socs", "titles", "tech_commodity", "dwa_titles", "element_ids",
          "element_names", "element_kinds", "education_labels", "wage_soc", "wage_basis",
          "tool_commodity", "dwa_iwa", "dwa_gwa")
_ARRAYS = ("job_zones", "importance", "level", "education", "wage_annual", "wage_hourly",
           "wage_topcoded", "skill_mean", "skill_std")


def code_fingerprint() -> str:
    digest = hashlib.sha256(FEATURE_VERSION.encode())
    for module in _SOURCES:
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()[:12]


def cache_file(knowledge_dir: Path, key: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in key)
    return Path(knowledge_dir) / "cache" / f"pivot-{safe}-v{FEATURE_VERSION}.npz"


def _csr(prefix: str, m: sparse.csr_matrix) -> dict[str, Any]:
    return {f"{prefix}.data": m.data, f"{prefix}.indices": m.indices,
            f"{prefix}.indptr": m.indptr, f"{prefix}.shape": np.array(m.shape, dtype=np.int64)}


def _from_csr(prefix: str, z: Any) -> sparse.csr_matrix:
    shape = z[f"{prefix}.shape"]
    return sparse.csr_matrix(
        (z[f"{prefix}.data"], z[f"{prefix}.indices"], z[f"{prefix}.indptr"]),
        shape=(int(shape[0]), int(shape[1])))


def save(features: PivotFeatures, path: Path) -> None:
    """Write atomically (temp file + rename): a crash never leaves half a cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = {"key": features.key, "families": {}}
    for name in _LISTS:
        meta[name] = getattr(features, name)
    arrays: dict[str, Any] = {name: getattr(features, name) for name in _ARRAYS}
    for name, fam in features.families.items():
        meta["families"][name] = {"terms": fam.terms, "shares": list(fam.shares)}
        arrays.update(_csr(f"family.{name}", fam.matrix))
        arrays[f"idf.{name}"] = fam.idf
        if fam.block is not None:
            arrays[f"block.{name}"] = fam.block
    arrays.update(_csr("tech_flags", features.tech_flags))
    arrays.update(_csr("dwa_counts", features.dwa_counts))
    meta["task_dwa"] = {str(k): v for k, v in features.task_dwa.items()}
    meta["task_text"] = {str(k): v for k, v in features.task_text.items()}
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pivot-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: Path) -> PivotFeatures:
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(z["meta"].tobytes().decode())
        families = {
            name: Family(_from_csr(f"family.{name}", z), info["terms"], z[f"idf.{name}"],
                         z[f"block.{name}"] if f"block.{name}" in z.files else None,
                         tuple(info["shares"]))
            for name, info in meta["families"].items()
        }
        return PivotFeatures(
            key=meta["key"], families=families,
            tech_flags=_from_csr("tech_flags", z), dwa_counts=_from_csr("dwa_counts", z),
            task_dwa={int(k): v for k, v in meta["task_dwa"].items()},
            task_text={int(k): v for k, v in meta["task_text"].items()},
            **{name: meta[name] for name in _LISTS},
            **{name: z[name] for name in _ARRAYS},
        )


def load_or_build(knowledge_dir: Path) -> PivotFeatures:
    """The cached features for the installed release; built (and cached) when missing or stale."""
    expected = f"{release_key(knowledge_dir)}:{code_fingerprint()}"
    path = cache_file(knowledge_dir, expected.split(":")[0])
    if path.is_file():
        try:
            features: PivotFeatures | None = load(path)
        except (OSError, ValueError, KeyError):
            features = None  # derived data: rebuild it
        if features is not None and features.key == expected:
            return features
    features = build_features(read_catalogue(knowledge_dir), expected)
    try:
        save(features, path)
    except OSError:
        return features  # a read-only knowledge folder: keep the features in memory
    for stale in path.parent.glob("pivot-*.npz"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return features
