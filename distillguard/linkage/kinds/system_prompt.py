"""Same system prompt: accounts sending the very same (whitespace-normalised) system prompt.

Short, stock prompts ("You are a helpful assistant.") are not specific; a long bespoke one is.
Rarity discounts prompts that ship in popular frameworks and appear under many accounts.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind

SPECIFIC_LENGTH = 300  # characters at which a system prompt counts as fully specific


class SharedSystemPrompt(LinkKind):
    name = "shared_system_prompt"
    reads = (schema.SYSTEM_PROMPT,)
    description = "send the same system prompt"
    weight = 0.8
    rarity_exponent = 0.5
    max_block = 20000
    rare_among_benign = True
    collective = True
    key_noun = "system prompts"

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        # Normalise each distinct prompt once (a system prompt repeats with every request).
        sp = pc.dictionary_encode(view.column(schema.SYSTEM_PROMPT))
        texts = sp.dictionary
        norm = pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_lower(texts), r"\s+", " "))
        d = view.distinct(norm.take(sp.indices))
        values = d["v"]
        length = pc.utf8_length(values).to_numpy(zero_copy_only=False).astype(np.float32)
        spec = np.clip(0.3 + length / SPECIFIC_LENGTH, 0.0, 1.0)
        # key on a digest of the full text: compact, and exact
        digests = [hashlib.blake2b(v.encode("utf-8"), digest_size=12).hexdigest() for v in values.to_pylist()]
        return KeyRows.of(d["a"].to_numpy(), digests, spec)
