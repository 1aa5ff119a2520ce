"""The keyed green-list watermark (Kirchenbauer et al. 2023), one definition for every path.

At each generated position the previous `context_width` tokens and the key choose a "green"
share `gamma` of the vocabulary; generation adds `delta` to the green tokens' logits. A text
carries the key when more of its tokens are green than chance allows (`detect`).

Which tokens are green is one integer function, written once over array modules that share
numpy's operators (numpy for detection, torch for the logits processors), so generation and
detection cannot drift apart. It works on 32-bit words held in int64 arrays: every product
stays under 2**63 (multipliers under 2**31, operands under 2**32) and every shift is of a
non-negative value, so numpy and torch (whose int64 right shift is arithmetic) agree bit for bit.
The key enters as four secret 32-bit salts: without the key the green lists of a context cannot
be computed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

M32 = 0xFFFFFFFF
_MIX = 0x45D9F3B  # an avalanche multiplier for 32-bit words (< 2**31: products fit in int64)
_ODD_TOKEN = 0x2545F491  # spreads small token ids over the word before mixing (< 2**31)
_ODD_CONTEXT = 0x6C8E9CF5 & 0x7FFFFFFF


@dataclass(frozen=True)
class Scheme:
    """The watermark's public parameters (everything but the key)."""

    gamma: float = 0.25  # share of the vocabulary that is green at each position
    delta: float = 2.0  # logit bias added to green tokens at generation (strength; Kirchenbauer et al.'s default)
    context_width: int = 2  # previous tokens that seed the green list (Sander et al.: small widths are more radioactive)

    def __post_init__(self) -> None:
        if not 0.0 < self.gamma < 1.0:
            raise ValueError(f"gamma must be in (0, 1), not {self.gamma}")
        if self.delta < 0:
            raise ValueError(f"delta must be >= 0, not {self.delta}")
        if not 1 <= self.context_width <= 8:
            raise ValueError(f"context_width must be 1..8, not {self.context_width}")

    @property
    def green_cut(self) -> int:
        """A token is green when its 32-bit hash is under this."""
        return int(round(self.gamma * 2**32))

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Scheme":
        return cls(**{k: d[k] for k in ("gamma", "delta", "context_width") if k in d})


def mix32(x):
    """A bijective 32-bit avalanche mix of int64 words in [0, 2**32) (numpy or torch)."""
    x = x ^ (x >> 16)
    x = (x * _MIX) & M32
    x = x ^ (x >> 16)
    x = (x * _MIX) & M32
    return x ^ (x >> 16)


def context_seeds(salts: tuple[int, int, int, int], contexts):
    """Seed of each context: `contexts` is an int64 array (..., context_width) of token ids,
    oldest first; the result has its shape without the last axis."""
    s0, s1 = salts[0], salts[1]
    seed = contexts[..., 0] * 0 + s0
    for j in range(contexts.shape[-1]):
        c = contexts[..., j] & M32
        seed = mix32(seed ^ mix32(((c * _ODD_CONTEXT) & M32) ^ s1))
    return seed


def token_hash(salts: tuple[int, int, int, int], seeds, tokens):
    """32-bit hash of (context seed, token) for broadcastable int64 arrays."""
    t = ((tokens & M32) * _ODD_TOKEN) & M32
    return mix32(seeds ^ mix32(t ^ salts[2]) ^ salts[3])


def is_green(scheme: Scheme, salts, contexts: np.ndarray, tokens: np.ndarray) -> np.ndarray:
    """Per (context, token) pair: is the token green after that context? numpy."""
    contexts = np.asarray(contexts, np.int64)
    tokens = np.asarray(tokens, np.int64)
    return token_hash(salts, context_seeds(salts, contexts), tokens) < scheme.green_cut


def green_mask(scheme: Scheme, salts, contexts, vocab_size: int, xp=np):
    """(batch, vocab) boolean mask of green tokens after each context of `contexts`
    (batch, context_width); `xp` is numpy or torch (then `contexts` is a torch tensor)."""
    seeds = context_seeds(salts, contexts)
    if xp is np:
        vocab = np.arange(vocab_size, dtype=np.int64)
    else:
        vocab = xp.arange(vocab_size, dtype=xp.int64, device=contexts.device)
    return token_hash(salts, seeds[:, None], vocab[None, :]) < scheme.green_cut
