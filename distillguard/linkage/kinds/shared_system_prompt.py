"""Same system prompt: accounts sending the very same (whitespace-normalised) system prompt.

Short, stock prompts ("You are a helpful assistant.") are not specific; a long bespoke one is.
Rarity discounts prompts that ship in popular frameworks and appear under many accounts.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits

SPECIFIC_LENGTH = 300  # characters at which a system prompt counts as fully specific


class SharedSystemPrompt(LinkKind):
    name = "shared_system_prompt"
    reads = (schema.SYSTEM_PROMPT,)
    description = "send the same system prompt"
    traits = LinkTraits(operator_artifact=True, one_per_operator=True, owned_by_suspects=True)
    weight = 0.8
    rarity_exponent = 0.5
    max_block = 20000
    key_noun = "system prompts"

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        # Normalise and digest each distinct prompt once (a system prompt repeats with every
        # request): rows carry the number of their normalised text, never the text itself.
        sp = pc.dictionary_encode(view.column(schema.SYSTEM_PROMPT))
        if isinstance(sp, pa.ChunkedArray):
            sp = sp.combine_chunks()
        norm = pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_lower(sp.dictionary), r"\s+", " "))
        if not len(norm):
            return KeyRows.empty()
        unique_norm, norm_id = np.unique(np.asarray(norm.to_pylist(), dtype=object), return_inverse=True)
        row_id = pc.take(pa.array(norm_id.astype(np.int64)), sp.indices)  # null where the row has none
        d = view.distinct(row_id)
        ids = d["v"].to_numpy()
        texts = unique_norm[ids]
        length = np.array([len(t) for t in texts], np.float32)
        spec = np.clip(0.3 + length / SPECIFIC_LENGTH, 0.0, 1.0)
        # key on a digest of the full text: compact, and exact
        digest = [hashlib.blake2b(t.encode("utf-8"), digest_size=12).hexdigest() for t in unique_norm.tolist()]
        return KeyRows.of(d["a"].to_numpy(), [digest[i] for i in ids.tolist()], spec)
