"""Pieces of the OpenAI chat-completions API shared by the readers.

Every gateway and observability tool we read stores (some of) the OpenAI request body, the
response body and the usage block; this module maps them onto canonical columns once.
"""

from __future__ import annotations

import orjson

from distillguard import schema
from distillguard.normalize.messages import assistant_text, flatten_messages
from distillguard.normalize.privacy import scrub_value
from distillguard.sources.fields import wrong_type
from distillguard.sources.quarantine import RecordError

# Request-body keys that are not "parameters" (they are mapped to their own columns).
BODY_NON_PARAMS = frozenset({"messages", "prompt", "model", "user", "safety_identifier", "metadata",
                             "input", "instructions"})
# Request-body fields naming the end user (OpenAI `user`, its successor `safety_identifier`).
BODY_END_USER = ("user", "safety_identifier")


def json_text(value: object) -> str:
    return orjson.dumps(value, default=str).decode()


def extra_json(obj: dict, known: frozenset) -> str | None:
    """JSON text of the fields of ``obj`` a reader did not map (secrets removed), or None."""
    unknown = obj.keys() - known
    if not unknown:
        return None
    kept = scrub_value({k: obj[k] for k in unknown})
    return json_text(kept) if kept else None


def unmapped(obj: dict, known: frozenset) -> dict:
    """The fields of ``obj`` a reader did not map (in their order)."""
    return {k: v for k, v in obj.items() if k not in known}


def put_extra(row: dict, extra: dict, **parts: object) -> None:
    """Keep what a reader did not map in ``dg.extra`` as JSON: ``extra`` and, under their names,
    the ``parts`` that are not empty (``metadata=``, ``headers=``...), credentials dropped wherever
    they are (normalize.privacy.scrub_value); nothing when it all comes to nothing."""
    extra = dict(extra)
    for name, part in parts.items():
        if part:
            extra[name] = part
    extra = scrub_value(extra)
    if extra:
        row[schema.EXTRA] = json_text(extra)


def message_columns(messages: object) -> tuple[str | None, str | None, int]:
    """(prompt, system prompt, turns) of an OpenAI ``messages`` list; RecordError if it is not one."""
    try:
        return flatten_messages(messages)
    except ValueError as exc:
        raise RecordError(f"field messages: {exc}", "wrong_type") from None


def apply_messages(row: dict, messages: object) -> None:
    """Fill input messages, prompt, system prompt and turns from an OpenAI ``messages`` list."""
    prompt, system, turns = message_columns(messages)
    row[schema.INPUT_MESSAGES] = json_text(messages)
    row[schema.PROMPT] = prompt
    row[schema.SYSTEM_PROMPT] = system
    row[schema.TURNS] = turns


def apply_prompt(row: dict, prompt: object) -> None:
    """The legacy completions ``prompt`` (a string, or a list of strings: the last one is the turn;
    token ids, a list of ints or of lists of ints as OpenAI and vLLM accept, carry no text we can
    read: the exchange is kept, without a prompt)."""
    if isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
        prompt = prompt[-1]
    if _token_ids(prompt):
        row[schema.PROMPT] = None
        row[schema.TURNS] = 1
        return
    if not isinstance(prompt, str):
        raise wrong_type("prompt", "a string", prompt)
    row[schema.PROMPT] = prompt
    row[schema.TURNS] = 1


def _token_ids(prompt: object) -> bool:
    def ids(x):
        return isinstance(x, list) and bool(x) and all(isinstance(t, int) and not isinstance(t, bool) for t in x)
    return ids(prompt) or (isinstance(prompt, list) and bool(prompt) and all(ids(p) for p in prompt))


def apply_request(row: dict, body: dict, what: str) -> None:
    """The conversation (``messages``, else the legacy ``prompt``) and the parameters of an OpenAI
    request body; ``what`` names the body in the error when it has neither."""
    if "messages" in body:
        apply_messages(row, body["messages"])
    elif "prompt" in body:
        apply_prompt(row, body["prompt"])
    else:
        raise RecordError(f"{what} has neither 'messages' nor 'prompt'", "missing_field")
    apply_params(row, {k: v for k, v in body.items() if k not in BODY_NON_PARAMS})


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
        raise wrong_type("params", "an object", params)
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
            raise wrong_type("tools", "a list", tools)
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
        text = json_text(scrub_value(params))
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
        raise wrong_type("usage", "an object", usage)
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


def apply_completion(row: dict, body: object, input_tokens: object = None, output_tokens: object = None) -> None:
    """Answer text, reasoning and usage from a chat.completion (or text_completion) response body.

    A plain string is taken as the answer text; an error body (``{"error": ...}``) leaves the
    answer empty. ``input_tokens`` / ``output_tokens``: the log's own token counts, which win over
    the body's usage block when they are not None.
    """
    _apply_completion_body(row, body)
    if input_tokens is not None:
        row[schema.INPUT_TOKENS] = input_tokens
    if output_tokens is not None:
        row[schema.OUTPUT_TOKENS] = output_tokens


def _apply_completion_body(row: dict, body: object) -> None:
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
