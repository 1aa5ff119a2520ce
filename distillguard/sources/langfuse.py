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

from distillguard import schema
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.fields import address_columns, decode_json_text, first_value, missing_field, require_account
from distillguard.sources.openai_body import (apply_completion, apply_messages, apply_params, apply_prompt, put_extra,
                                              unmapped)
from distillguard.sources.quarantine import RecordError

_GENERATION_TYPES = frozenset({"GENERATION", "generation"})
_MAPPED = frozenset({"id", "traceId", "trace_id", "type", "startTime", "start_time", "model", "provided_model_name",
                     "modelParameters", "model_parameters", "input", "output", "usage", "usageDetails",
                     "usage_details", "userId", "user_id", "sessionId", "session_id", "trace", "promptTokens",
                     "completionTokens", "metadata"})
_FLOAT_PARAMS = ("temperature", "top_p", "frequency_penalty", "presence_penalty")
_INT_PARAMS = ("max_tokens", "max_completion_tokens", "seed", "n", "top_logprobs")


def _maybe_json(value: object) -> object:
    """The blob-storage export keeps input / output / metadata as JSON text."""
    return decode_json_text(value, containers_only=True)


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
        account = first_value(rec, "userId", "user_id") or first_value(trace, "userId", "user_id") \
            or first_value(meta, "user_id", "userId", "account_id")
        account = require_account(account, "no account: the observation has no userId (export traces with a user id)",
                                  "userId")
        ts = first_value(rec, "startTime", "start_time")
        if ts is None:
            raise missing_field("startTime")
        ip = first_value(meta, "ip", "client_ip", "client.address")
        row = {
            schema.EXCHANGE_ID: rec.get("id") or None,  # None: from content (sources.ids)
            schema.TS: ts,
            schema.ACCOUNT_ID: account,
            schema.ORG_ID: first_value(meta, "org_id", "organization"),
            schema.API_KEY_ID: first_value(meta, "api_key_id"),
            schema.END_USER: first_value(meta, "end_user"),
            **address_columns(ip),
            schema.USER_AGENT: first_value(meta, "user_agent", "user_agent.original"),
            schema.CONVERSATION_ID: (first_value(rec, "sessionId", "session_id")
                                     or first_value(trace, "sessionId", "session_id")),
            schema.MODEL: first_value(rec, "model", "provided_model_name"),
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
        params = _maybe_json(first_value(rec, "modelParameters", "model_parameters"))
        if isinstance(params, dict) and params:
            apply_params(row, _numeric_params(params))
        output = _maybe_json(rec.get("output"))
        if isinstance(output, dict) and "choices" not in output and ("content" in output or "role" in output):
            output = {"choices": [{"message": output}]}
        apply_completion(row, output)
        usage = _maybe_json(first_value(rec, "usageDetails", "usage_details", "usage"))
        if isinstance(usage, dict):
            row[schema.INPUT_TOKENS] = first_value(usage, "input", "prompt_tokens", "input_tokens", "promptTokens")
            row[schema.OUTPUT_TOKENS] = first_value(usage, "output", "completion_tokens", "output_tokens",
                                                    "completionTokens")
            row[schema.REASONING_TOKENS] = first_value(usage, "reasoning", "reasoning_tokens", "output_reasoning")
        else:
            row[schema.INPUT_TOKENS] = rec.get("promptTokens")
            row[schema.OUTPUT_TOKENS] = rec.get("completionTokens")
        if rec.get("level") == "ERROR" and row.get(schema.STATUS) is None:
            status = first_value(meta, "status", "status_code")
            row[schema.STATUS] = status if isinstance(status, int) else None
        put_extra(row, unmapped(rec, _MAPPED), metadata=meta)
        return row
