"""Tokenizers for detection: text is scored as the token ids the watermarked model produced.

The default is the bundled SmolLM2 tokenizer (`data/provenance/NOTICE.md`); any Hugging Face
`tokenizer.json` (or a gzip of one) can be given. Only the light `tokenizers` package is needed.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

from distillguard.errors import DistillguardError

BUNDLED = {"smollm2": Path(__file__).resolve().parents[1] / "data" / "provenance" / "smollm2_tokenizer.json.gz"}


class Tokenizer:
    def __init__(self, backend, name: str) -> None:
        self._backend = backend
        self.name = name

    @property
    def vocab_size(self) -> int:
        return int(self._backend.get_vocab_size())

    def encode(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self._backend.encode_batch(list(texts), add_special_tokens=False)]


@functools.cache
def load(spec: str = "smollm2") -> Tokenizer:
    """A bundled tokenizer by name, or a tokenizer.json(.gz) path."""
    from tokenizers import Tokenizer as Backend

    path = BUNDLED.get(spec, Path(spec))
    try:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        return Tokenizer(Backend.from_str(raw.decode("utf-8")), spec)
    except FileNotFoundError as exc:
        raise DistillguardError(f"{spec}: no such tokenizer (a bundled name: {', '.join(BUNDLED)}, or a tokenizer.json path)") from exc
    except Exception as exc:  # a file that is not a tokenizer: one line, not a traceback
        raise DistillguardError(f"{spec}: not a readable tokenizer.json ({type(exc).__name__})") from exc
