"""Pieces of the OpenAI chat-completions API shared by the readers.

Every gateway and observability tool we read stores (some of) the OpenAI request body, the
response body and the usage block; this module maps them onto canonical columns once.
"""

from __future__ import annotations

import orjson

from distillguard import schema
from distillguard.normalize.messages import assistant_text, flatten_messages
from distillguard.normalize.privacy import has_secret_value, is_secret_key, scrub_value
from distillguard.sources.quarantine import RecordError

# Request-body keys that are not "parameters" (they are mapped to their own columns).
BODY_NON_PARAMS = frozenset({"messages", "prompt", "model", "user", "safety_identifier", "metadata",
                             "input", "instructions"})


def is_secret_name(name: str) -> bool:
    """Whether a field / header named ``name`` holds a credential (the rule set of
    ``normalize.privacy``, shared with the batch scrub and the quarantine)."""
    return is_secret_key(name)


def _looks_like_credential(value: object) -> bool:
    return isinstance(value, str) and has_secret_value(value)


def scrub_secrets(value: object) -> object:
    """A copy of ``value`` without credential fields or credential-shaped strings (recursively),
    dropped wherever they appear (headers, metadata, unknown fields), so a secret never reaches the
    exchange table, a store or a report; other values unchanged."""
    return scrub_value(value)


def json_text(value: object) -> str:
    return orjson.dumps(value, default=str).decode()


def extra_json(obj: dict, known: frozenset) -> str | None:
    """JSON text of the fields of ``obj`` a reader did not map (secrets removed), or None."""
    unknown = obj.keys() - known
    if not unknown:
        return None
    kept = scrub_secrets({k: obj[k] for k in unknown})
    return json_text(kept) if kept else None


def apply_messages(row: dict, messages: object) -> None:
    """Fill input messages, prompt, system prompt and turns from an OpenAI ``messages`` list."""
    try:
        prompt, system, turns = flatten_messages(messages)
    except ValueError as exc:
        raise RecordError(f"field messages: {exc}", "wrong_type") from None
    row[schema.INPUT_MESSAGES] = json_text(messages)
    row[schema.PROMPT] = prompt
    row[schema.SYSTEM_PROMPT] = system
    row[schema.TURNS] = turns


def apply_prompt(row: dict, prompt: object) -> None:
    """The legacy completions ``prompt`` (a string, or a list of strings: the last one is the turn)."""
    if isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
        prompt = prompt[-1]
    if not isinstance(prompt, str):
        raise RecordError(f"field prompt: must be a string, got {type(prompt).__name__}", "wrong_type")
    row[schema.PROMPT] = prompt
    row[schema.TURNS] = 1


# Request parameters that are never credentials (skips the secret scrub on the hot path).
_PLAIN_PARAMS = frozenset({
    "temperature", "top_p", "max_tokens", "max_completion_tokens", "max_output_tokens", "n", "logprobs",
    "top_logprobs", "seed", "stream", "stream_options", "reasoning_effort", "reasoning", "tools", "tool_choice",
    "response_format", "stop", "presence_penalty", "frequency_penalty", "logit_bias", "parallel_tool_calls",
    "modalities", "service_tier", "store", "prediction", "audio", "verbosity", "top_k", "echo", "best_of", "suffix",
    "text", "truncation", "include", "web_search_options", "functions", "function_call", "min_p",
    "repetition_penalty",
})
PARAM_COLUMNS = (schema.TEMPERATURE, schema.TOP_P, schema.MAX_TOKENS, schema.SEED, schema.CHOICE_COUNT,
                 schema.LOGPROBS, schema.TOP_LOGPROBS, schema.LOGIT_BIAS, schema.STREAM, schema.TOOLS,
                 schema.REASONING_EFFORT, schema.RESPONSE_FORMAT, schema.PARAMS)
NO_PARAMS = (None,) * len(PARAM_COLUMNS)


def param_values(params: object, text: bool = True) -> tuple:
    """Values of ``PARAM_COLUMNS`` for request parameters (OpenAI names); all params kept as JSON
    (``text=False``: the JSON column is left None, for a projection that does not need it)."""
    if not isinstance(params, dict):
        raise RecordError(f"field params: must be an object, got {type(params).__name__}", "wrong_type")
    if not params:
        return NO_PARAMS
    get = params.get
    max_tokens = get("max_tokens")
    if max_tokens is None:
        max_tokens = get("max_completion_tokens", get("max_output_tokens"))
    logprobs = get("logprobs")
    top_logprobs = get("top_logprobs")
    # legacy completions send logprobs as an integer (the number of top logprobs)
    if type(logprobs) is int:
        if top_logprobs is None:
            top_logprobs = logprobs
        logprobs = logprobs > 0
    logit_bias = bool(params["logit_bias"]) if "logit_bias" in params else None
    tools = get("tools")
    if tools is not None:
        if not isinstance(tools, list):
            raise RecordError(f"field tools: must be a list, got {type(tools).__name__}", "wrong_type")
        tools = len(tools)
    effort = get("reasoning_effort")
    if effort is None:
        reasoning = get("reasoning")
        if isinstance(reasoning, dict):
            effort = reasoning.get("effort")
    fmt = get("response_format")
    if isinstance(fmt, dict):
        fmt = fmt.get("type")
    if not text:
        text = None
    elif params.keys() <= _PLAIN_PARAMS:
        text = orjson.dumps(params).decode()
    else:
        text = json_text(scrub_secrets(params))
    return (get("temperature"), get("top_p"), max_tokens, get("seed"), get("n"), logprobs, top_logprobs,
            logit_bias, get("stream"), tools, effort, fmt, text)


def apply_params(row: dict, params: object) -> None:
    """Map request parameters onto their columns of a row dict."""
    values = param_values(params)
    if values is not NO_PARAMS:
        row.update(zip(PARAM_COLUMNS, values))


def apply_usage(row: dict, usage: object) -> None:
    """Token counts from an OpenAI (prompt/completion) or Responses-style (input/output) usage block."""
    if not isinstance(usage, dict):
        if usage is None:
            return
        raise RecordError(f"field usage: must be an object, got {type(usage).__name__}", "wrong_type")
    get = usage.get
    inp = get("input_tokens")
    row[schema.INPUT_TOKENS] = get("prompt_tokens") if inp is None else inp
    out = get("output_tokens")
    row[schema.OUTPUT_TOKENS] = get("completion_tokens") if out is None else out
    reasoning = get("reasoning_tokens")
    if reasoning is None:
        details = get("completion_tokens_details") or get("output_tokens_details")
        if isinstance(details, dict):
            reasoning = details.get("reasoning_tokens")
    row[schema.REASONING_TOKENS] = reasoning


def apply_completion(row: dict, body: object) -> None:
    """Answer text, reasoning and usage from a chat.completion (or text_completion) response body.

    A plain string is taken as the answer text; an error body (``{"error": ...}``) leaves the
    answer empty.
    """
    if body is None:
        return
    if isinstance(body, str):
        row[schema.RESPONSE] = body
        return
    if not isinstance(body, dict):
        raise RecordError(f"response body must be an object, got {type(body).__name__}", "wrong_type")
    choices = body.get("choices")
    if isinstance(choices, list) and choices:
        first = choices[0]
        if isinstance(first, dict):
            message = first.get("message")
            if message is None:
                message = first.get("delta")
            if message is not None:
                text, reasoning = assistant_text(message)
            else:
                text, reasoning = first.get("text"), None
            row[schema.RESPONSE] = text if isinstance(text, str) else None
            row[schema.REASONING] = reasoning
    elif isinstance(body.get("output_text"), str):  # Responses API convenience field
        row[schema.RESPONSE] = body["output_text"]
    apply_usage(row, body.get("usage"))
