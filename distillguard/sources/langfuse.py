"""`langfuse`: Langfuse observation exports (UI / API as JSON Lines or JSON, blob export as Parquet).

A generation observation carries ``id, traceId, type: "GENERATION", startTime, model,
modelParameters, input`` (OpenAI messages, ``{"messages": [...]}`` or a string), ``output``
(an assistant message, a chat.completion or a string), ``usage`` / ``usageDetails``
(``{input, output, total}``), ``metadata``, ``sessionId`` and ``userId`` (the trace's user; also
read from a nested ``trace`` object or ``metadata.user_id``). The snake_case spelling of the
blob-storage export (``trace_id, start_time, usage_details, user_id, ...``) is read too.

The account is the trace's ``userId``. Observations that are not generations (SPAN, EVENT,
AGENT, TOOL, ...) are not exchanges and are counted as skipped. Langfuse keeps model parameters
as strings or numbers; numeric strings are read as numbers.
"""

from __future__ import annotations

import orjson

from distillguard import schema
from distillguard.normalize.messages import client_network
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.openai_body import (apply_completion, apply_messages, apply_params, apply_prompt,
                                              json_text, scrub_secrets)
from distillguard.sources.quarantine import RecordError

_GENERATION_TYPES = frozenset({"GENERATION", "generation"})
_MAPPED = frozenset({"id", "traceId", "trace_id", "type", "startTime", "start_time", "model", "provided_model_name",
                     "modelParameters", "model_parameters", "input", "output", "usage", "usageDetails",
                     "usage_details", "userId", "user_id", "sessionId", "session_id", "trace", "promptTokens",
                     "completionTokens", "metadata"})
_FLOAT_PARAMS = ("temperature", "top_p", "frequency_penalty", "presence_penalty")
_INT_PARAMS = ("max_tokens", "max_completion_tokens", "seed", "n", "top_logprobs")


def _get(rec: dict, *names: str) -> object:
    for name in names:
        value = rec.get(name)
        if value is not None:
            return value
    return None


def _maybe_json(value: object) -> object:
    """The blob-storage export keeps input / output / metadata as JSON text."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            return orjson.loads(value)
        except orjson.JSONDecodeError:
            return value
    return value


def _numeric_params(params: dict) -> dict:
    out = dict(params)
    for names, cast in ((_FLOAT_PARAMS, float), (_INT_PARAMS, int)):
        for name in names:
            value = out.get(name)
            if isinstance(value, str):
                try:
                    out[name] = cast(value)
                except ValueError:
                    pass  # left as the string: Arrow will quarantine the record with the reason
    for name in ("stream", "logprobs"):
        if out.get(name) in ("true", "false"):
            out[name] = out[name] == "true"
    return out


class Langfuse(JsonFormat):
    name = "langfuse"

    def sniff(self, obj: dict) -> bool:
        has_trace = "traceId" in obj or "trace_id" in obj
        has_time = "startTime" in obj or "start_time" in obj
        return has_trace and has_time and ("type" in obj or "input" in obj)

    def map(self, rec: dict, line: int, ctx: FileContext) -> dict | None:
        kind = rec.get("type")
        if kind is not None and kind not in _GENERATION_TYPES:
            return None  # a span / event / tool call, not a model exchange
        meta = _maybe_json(rec.get("metadata"))
        if not isinstance(meta, dict):
            meta = {}
        trace = rec.get("trace") if isinstance(rec.get("trace"), dict) else {}
        account = _get(rec, "userId", "user_id") or _get(trace, "userId", "user_id") \
            or _get(meta, "user_id", "userId", "account_id")
        if not account:
            raise RecordError("no account: the observation has no userId (export traces with a user id)",
                              "missing_field")
        if not isinstance(account, str):
            raise RecordError(f"field userId: must be a string, got {type(account).__name__}", "wrong_type")
        ts = _get(rec, "startTime", "start_time")
        if ts is None:
            raise RecordError("missing required field 'startTime'", "missing_field")
        ip = _get(meta, "ip", "client_ip", "client.address")
        row = {
            schema.EXCHANGE_ID: rec.get("id") or None,  # None: from content (sources.ids)
            schema.TS: ts,
            schema.ACCOUNT_ID: account,
            schema.ORG_ID: _get(meta, "org_id", "organization"),
            schema.API_KEY_ID: _get(meta, "api_key_id"),
            schema.END_USER: _get(meta, "end_user"),
            schema.CLIENT_ADDRESS: ip,
            schema.CLIENT_NETWORK: client_network(ip),
            schema.USER_AGENT: _get(meta, "user_agent", "user_agent.original"),
            schema.CONVERSATION_ID: _get(rec, "sessionId", "session_id") or _get(trace, "sessionId", "session_id"),
            schema.MODEL: _get(rec, "model", "provided_model_name"),
        }
        inp = _maybe_json(rec.get("input"))
        if isinstance(inp, dict) and "messages" in inp:
            inp = inp["messages"]
        if isinstance(inp, list):
            apply_messages(row, inp)
        elif isinstance(inp, str):
            apply_prompt(row, inp)
        elif isinstance(inp, dict) and isinstance(inp.get("prompt"), (str, list)):
            apply_prompt(row, inp["prompt"])
        else:
            raise RecordError(f"field input: expected chat messages or a prompt, got {type(inp).__name__}",
                              "missing_field" if inp is None else "wrong_type")
        params = _maybe_json(_get(rec, "modelParameters", "model_parameters"))
        if isinstance(params, dict) and params:
            apply_params(row, _numeric_params(params))
        output = _maybe_json(rec.get("output"))
        if isinstance(output, dict) and "choices" not in output and ("content" in output or "role" in output):
            output = {"choices": [{"message": output}]}
        apply_completion(row, output)
        usage = _maybe_json(_get(rec, "usageDetails", "usage_details", "usage"))
        if isinstance(usage, dict):
            row[schema.INPUT_TOKENS] = _get(usage, "input", "prompt_tokens", "input_tokens", "promptTokens")
            row[schema.OUTPUT_TOKENS] = _get(usage, "output", "completion_tokens", "output_tokens", "completionTokens")
            row[schema.REASONING_TOKENS] = _get(usage, "reasoning", "reasoning_tokens", "output_reasoning")
        else:
            row[schema.INPUT_TOKENS] = rec.get("promptTokens")
            row[schema.OUTPUT_TOKENS] = rec.get("completionTokens")
        if rec.get("level") == "ERROR" and row.get(schema.STATUS) is None:
            status = _get(meta, "status", "status_code")
            row[schema.STATUS] = status if isinstance(status, int) else None
        extra = {k: v for k, v in rec.items() if k not in _MAPPED}
        if meta:
            extra["metadata"] = meta
        extra = scrub_secrets(extra)
        if extra:
            row[schema.EXTRA] = json_text(extra)
        return row
