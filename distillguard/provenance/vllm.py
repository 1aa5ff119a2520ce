"""The watermark as a vLLM logits processor.

vLLM (V1 engine) loads custom logits processors at start-up:

    DISTILLGUARD_WATERMARK_KEYS=/secrets/watermark.json \\
        vllm serve MODEL --logits-processors distillguard.provenance.vllm:WatermarkProcessor

and a request opts in through its extra arguments, which the gateway adds to requests it degrades
with a watermark (`serve --watermark-xargs`):

    {"vllm_xargs": {"distillguard_watermark": "<key id>", "distillguard_account": "<account>"}}

`distillguard_account`, when present, selects the account's canary key derived from that master
key (`keys.canary_key`). `request_processor` is the per-request function (generated ids, one row of
logits) -> logits that the adapter wraps; it needs torch only.
"""

from __future__ import annotations

import functools
import os

from distillguard.provenance.keys import WatermarkKey, canary_key, read_keys
from distillguard.provenance.scheme import green_mask

KEYS_ENV = "DISTILLGUARD_WATERMARK_KEYS"
KEY_ARG = "distillguard_watermark"
ACCOUNT_ARG = "distillguard_account"


def request_processor(key: WatermarkKey):
    """A per-request logits processor: biases the green tokens once `context_width` tokens are out."""
    w = key.scheme.context_width
    salts, scheme, delta = key.salts, key.scheme, key.scheme.delta

    def apply(output_ids, logits):
        import torch

        if len(output_ids) < w or delta == 0:
            return logits
        ctx = torch.tensor([list(output_ids[-w:])], dtype=torch.int64, device=logits.device)
        mask = green_mask(scheme, salts, ctx, logits.shape[-1], xp=torch)[0]
        return logits + mask.to(logits.dtype) * delta

    return apply


@functools.cache
def _keyring(path: str) -> dict[str, WatermarkKey]:
    return {k.key_id: k for k in read_keys(path)}


def key_for(extra_args: dict | None, keys_path: str | None = None) -> WatermarkKey | None:
    """The key a request's extra arguments ask for, or None (no watermark). An unknown key id is
    an error: the request asked for a watermark this server cannot give."""
    if not extra_args or not extra_args.get(KEY_ARG):
        return None
    path = keys_path or os.environ.get(KEYS_ENV)
    if not path:
        raise ValueError(f"a watermark was asked for but {KEYS_ENV} names no key file")
    ring = _keyring(path)
    wanted = str(extra_args[KEY_ARG])
    master = ring.get(wanted) if wanted != "default" else next(iter(ring.values()))
    if master is None:
        raise ValueError("the watermark key asked for is not in this server's key file")
    account = extra_args.get(ACCOUNT_ARG)
    return canary_key(master, str(account)) if account else master


def _adapter():
    try:
        from vllm.v1.sample.logits_processor import AdapterLogitsProcessor
    except ImportError:
        return None

    class WatermarkProcessor(AdapterLogitsProcessor):
        """vLLM's adapter around `request_processor` for requests that ask for a watermark."""

        @classmethod
        def validate_params(cls, params) -> None:
            key_for(getattr(params, "extra_args", None))

        def is_argmax_invariant(self) -> bool:
            return False  # it changes which token is most likely

        def new_req_logits_processor(self, params):
            key = key_for(getattr(params, "extra_args", None))
            return request_processor(key) if key is not None else None

    return WatermarkProcessor


WatermarkProcessor = _adapter()
