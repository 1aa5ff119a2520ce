"""Provenance: evidence that a suspect model learned from the answers we served.

A side branch of the data flow, after actions: what we serve can carry a keyed watermark
(`scheme`, `keys`, and the logits processors for Hugging Face transformers in `hf` and for vLLM in
`vllm`); any text can be tested for a key with exact p-values (`detect`); a suspect model can be
tested for having been trained on watermarked answers, from its generated text or by reading
text through its weights (`radioactivity`). Per-account canary keys (`keys.canary_key`) name
whose answers a suspect learned from.

Nothing here needs torch except the logits processors and the open-weight reading test, which
import it when called (`pip install distillguard[provenance]`).
"""
