"""Same system prompt: accounts sending the very same (whitespace-normalised) system prompt.

Short, stock prompts ("You are a helpful assistant.") are not specific; a long bespoke one is.
Rarity discounts prompts that ship in popular frameworks and appear under many accounts.

After the detectors, a scan and the online state keep no system prompt text: `prompt_digests`
turns it into two columns (KEY_COLUMN, CHARS_COLUMN), which this kind reads when the text is gone.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits

SPECIFIC_LENGTH = 300  # characters at which a system prompt counts as fully specific
KEY_COLUMN = "dg.system_prompt.key"  # digest of the whitespace-normalised, lower-cased text
CHARS_COLUMN = "dg.system_prompt.chars"  # the normalised text's length in characters


def prompt_digests(texts: pa.Array | pa.ChunkedArray) -> tuple[pa.Array, pa.Array]:
    """Per row: the digest of its normalised system prompt and the normalised length (null where
    it has none). Each distinct prompt is normalised and digested once (a system prompt repeats
    with every request)."""
    sp = pc.dictionary_encode(texts)
    if isinstance(sp, pa.ChunkedArray):
        sp = sp.combine_chunks()
    norm = pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_lower(sp.dictionary), r"\s+", " "))
    digests = [hashlib.blake2b(t.encode("utf-8"), digest_size=12).hexdigest() for t in norm.to_pylist()]
    chars = [len(t) for t in norm.to_pylist()]
    return (pc.take(pa.array(digests, pa.string()), sp.indices), pc.take(pa.array(chars, pa.int32()), sp.indices))


class SharedSystemPrompt(LinkKind):
    name = "shared_system_prompt"
    reads = (schema.SYSTEM_PROMPT, KEY_COLUMN, CHARS_COLUMN)
    description = "send the same system prompt"
    traits = LinkTraits(operator_artifact=True, one_per_operator=True, owned_by_suspects=True)
    weight = 0.8
    rarity_exponent = 0.5
    max_block = 20000
    key_noun = "system prompts"

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        text = view.column(schema.SYSTEM_PROMPT)
        if text.null_count == len(text) and KEY_COLUMN in view.exchanges.column_names:
            digest, chars = view.column(KEY_COLUMN), view.column(CHARS_COLUMN).cast(pa.int32())
        else:
            digest, chars = prompt_digests(text)
        enc = pc.dictionary_encode(digest)
        if not len(enc.dictionary):
            return KeyRows.empty()
        d = view.distinct(enc.indices.cast(pa.int64()))  # rows carry the number of their digest, never the text
        ids = d["v"].to_numpy()
        length = np.zeros(len(enc.dictionary), np.float32)
        valid = pc.is_valid(enc.indices).to_numpy(zero_copy_only=False)
        length[enc.indices.to_numpy(zero_copy_only=False)[valid].astype(np.int64)] = \
            pc.fill_null(chars, 0).to_numpy(zero_copy_only=False)[valid]
        spec = np.clip(0.3 + length[ids] / SPECIFIC_LENGTH, 0.0, 1.0)
        keys = enc.dictionary.to_pylist()
        return KeyRows.of(d["a"].to_numpy(), [keys[i] for i in ids.tolist()], spec)
