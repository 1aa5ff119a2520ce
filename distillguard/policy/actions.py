"""What the `degrade` action changes: the request sent upstream and the answer sent back.

Degrading makes harvested answers less useful for training another model without refusing the
customer: no token log-probabilities (the distribution a student learns most from), one choice
instead of many, shorter answers, and no returned reasoning trace.
"""

from __future__ import annotations

import orjson

# Request fields capping the answer's length, by API (chat completions, legacy completions, responses).
_LENGTH_FIELDS = ("max_tokens", "max_completion_tokens", "max_output_tokens")
# Reasoning the upstream returns beside the answer (OpenAI-compatible servers spell it several ways).
_REASONING_FIELDS = ("reasoning_content", "reasoning", "thinking", "reasoning_details")


def degrade_request(body: dict, opts: dict) -> dict:
    """A copy of an OpenAI-style request body with the degrade options applied."""
    out = dict(body)
    if opts.get("strip_logprobs", True):
        for name in ("logprobs", "top_logprobs"):
            out.pop(name, None)
        if isinstance(out.get("include"), list):  # responses API: "message.output_text.logprobs"
            out["include"] = [i for i in out["include"] if "logprobs" not in str(i)]
    cap = int(opts.get("max_tokens") or 0)
    if cap > 0:
        present = [f for f in _LENGTH_FIELDS if f in out]
        for name in present:
            value = out[name]
            if not isinstance(value, int) or isinstance(value, bool) or value > cap:
                out[name] = cap
        if not present:
            out["max_output_tokens" if "input" in out and "messages" not in out else "max_tokens"] = cap
    n = int(opts.get("n") or 0)
    if n > 0 and isinstance(out.get("n"), int) and out["n"] > n:
        out["n"] = n
    if n > 0 and isinstance(out.get("best_of"), int) and out["best_of"] > n:
        out["best_of"] = n
    if opts.get("drop_reasoning", True):
        if isinstance(out.get("reasoning"), dict):  # responses API: ask for no reasoning summary
            out["reasoning"] = {k: v for k, v in out["reasoning"].items() if k != "summary"}
        if isinstance(out.get("include"), list):
            out["include"] = [i for i in out["include"] if "reasoning" not in str(i)]
    return out


def _strip_choice(choice: dict, opts: dict) -> None:
    if opts.get("strip_logprobs", True) and "logprobs" in choice:
        choice["logprobs"] = None
    if opts.get("drop_reasoning", True):
        for part in ("message", "delta"):
            msg = choice.get(part)
            if isinstance(msg, dict):
                for name in _REASONING_FIELDS:
                    msg.pop(name, None)


def degrade_response(obj: dict, opts: dict) -> dict:
    """An answer object (chat completion, completion, response, or one streamed chunk) with
    log-probabilities and returned reasoning removed."""
    if isinstance(obj.get("choices"), list):
        for choice in obj["choices"]:
            if isinstance(choice, dict):
                _strip_choice(choice, opts)
    if opts.get("drop_reasoning", True) and isinstance(obj.get("output"), list):  # responses API
        obj["output"] = [o for o in obj["output"] if not (isinstance(o, dict) and o.get("type") == "reasoning")]
    if opts.get("drop_reasoning", True) and isinstance(obj.get("response"), dict):  # response.created/.completed events
        degrade_response(obj["response"], opts)
    item = obj.get("item")
    if opts.get("drop_reasoning", True) and isinstance(item, dict) and item.get("type") == "reasoning":
        # response.output_item.added/.done: kept (later events count output_index from it), emptied
        obj["item"] = {k: v for k, v in item.items() if k not in ("content", "encrypted_content")} | {"summary": []}
    if opts.get("drop_reasoning", True) and isinstance(obj.get("type"), str) and "reasoning" in obj["type"]:
        return {}  # a streamed responses-API reasoning event: dropped whole (see degrade_sse)
    return obj


def degrade_sse(event: bytes, opts: dict) -> bytes:
    """One server-sent event (its lines, without the blank line that ends it) degraded; events
    that are not JSON (`[DONE]`, comments) pass unchanged; a dropped event becomes b""."""
    lines = event.split(b"\n")
    out = []
    for line in lines:
        if line.startswith(b"data:"):
            payload = line[5:].strip()
            if payload and payload != b"[DONE]":
                try:
                    obj = orjson.loads(payload)
                except orjson.JSONDecodeError:
                    out.append(line)
                    continue
                if isinstance(obj, dict):
                    obj = degrade_response(obj, opts)
                    if not obj:
                        return b""
                    line = b"data: " + orjson.dumps(obj)
        out.append(line)
    return b"\n".join(out)
