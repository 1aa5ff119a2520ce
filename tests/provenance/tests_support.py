"""Synthetic watermarked token sequences and texts for the provenance tests."""

import numpy as np

from distillguard.provenance.keys import WatermarkKey
from distillguard.provenance.scheme import Scheme, green_mask


def seeded_key(seed: int, scheme: Scheme = Scheme()) -> WatermarkKey:
    """A key fixed by `seed`: statistical assertions on a fresh random key fail at their own
    level (a p-value bound of 1e-3 fails once in a thousand runs), on the same seeds never."""
    return WatermarkKey(np.random.default_rng(seed).bytes(32), scheme)


def watermarked_texts(key, rng, vocab, n=10, length=60, strength=0.9, allowed=None):
    """Sequences whose tokens are green with probability `strength` (0.25 = no watermark), drawn
    from `allowed` token ids (default: the whole vocabulary)."""
    w = key.scheme.context_width
    allowed = np.arange(vocab) if allowed is None else np.asarray(allowed)
    out = []
    for _ in range(n):
        ids = [int(x) for x in rng.choice(allowed, w)]
        while len(ids) < length:
            mask = green_mask(key.scheme, key.salts, np.array([ids[-w:]]), vocab)[0][allowed]
            pool = allowed[mask] if rng.random() < strength else allowed
            ids.append(int(rng.choice(pool)))
        out.append(ids)
    return out


def watermarked_strings(key, rng, n=10, length=80, strength=0.9):
    """Texts (strings) that carry `key` under the bundled SmolLM2 tokenizer: whole lower-case word
    tokens, which re-tokenize as the same ids."""
    from distillguard.provenance.tokenizer import load

    backend = load()._backend
    words = sorted(i for t, i in backend.get_vocab().items() if t.startswith("Ġ") and t[1:].isalpha()
                   and t[1:].islower() and len(t) > 3)
    seqs = watermarked_texts(key, rng, backend.get_vocab_size(), n, length, strength, allowed=words)
    return [backend.decode(s).strip() for s in seqs]
