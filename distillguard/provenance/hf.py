"""The watermark as a Hugging Face transformers logits processor (torch imported on use).

    from distillguard.provenance.hf import WatermarkLogitsProcessor
    model.generate(**inputs, logits_processor=LogitsProcessorList([WatermarkLogitsProcessor(key)]))

Only positions whose whole context is generated text are biased: detection reads the answer
alone, without the prompt, so those are the positions it can score. Use one processor per
`generate` call (it remembers the prompt length of the call's first step).
"""

from __future__ import annotations

from distillguard.provenance.keys import WatermarkKey
from distillguard.provenance.scheme import green_mask


def _processor_base():
    try:
        from transformers import LogitsProcessor
    except ImportError as exc:  # pragma: no cover - the extra is missing
        raise ImportError("the watermark logits processor needs transformers and torch: "
                          "pip install 'distillguard[provenance]'") from exc
    return LogitsProcessor


class WatermarkLogitsProcessor(_processor_base()):
    def __init__(self, key: WatermarkKey, delta: float | None = None) -> None:
        self.key = key
        self.delta = key.scheme.delta if delta is None else float(delta)
        self.prompt_length: int | None = None

    def __call__(self, input_ids, scores):
        import torch

        if self.prompt_length is None:
            self.prompt_length = int(input_ids.shape[1])
        w = self.key.scheme.context_width
        if self.delta == 0 or input_ids.shape[1] - self.prompt_length < w:
            return scores
        mask = green_mask(self.key.scheme, self.key.salts, input_ids[:, -w:].to(torch.int64), scores.shape[-1], xp=torch)
        return scores + mask.to(scores.dtype) * self.delta
