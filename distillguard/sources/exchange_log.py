"""`exchange-log`: the project's own exchange log v1 (shared/spec/formats.md §1).

One JSON object per exchange; ``ts`` (RFC 3339 or Unix seconds), ``account_id`` and one of
``messages`` / ``prompt`` are required; unknown fields are kept in ``dg.extra``. This is the
format the simulator writes and the one big logs arrive in, so the mapping is written for
speed: a handful of dict look-ups per record, all type checks left to Arrow's batch converter.
"""

from __future__ import annotations

from orjson import dumps

from distillguard import schema
from distillguard.normalize.addresses import client_network
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.builder import ROW_COLUMNS
from distillguard.sources.fields import first_value, missing_field, wrong_type
from distillguard.sources.openai_body import (NO_PARAMS, PARAM_COLUMNS, apply_prompt, extra_json, message_columns,
                                              param_values)
from distillguard.sources.quarantine import RecordError

KNOWN = frozenset({
    "ts", "account_id", "messages", "prompt", "id", "org_id", "api_key_id", "end_user", "ip",
    "user_agent", "payment_fingerprint", "account_created", "model", "params", "response",
    "reasoning", "usage", "status", "conversation_id",
})

_TS_TYPES = (str, int, float)
_MESSAGES, _PARAMS, _EXTRA = schema.INPUT_MESSAGES, schema.PARAMS, schema.EXTRA


# The row tuple this reader builds, in the builder's column order (checked below).
_ORDER = (
    schema.EXCHANGE_ID, schema.TS, schema.ACCOUNT_ID, schema.ORG_ID, schema.API_KEY_ID, schema.END_USER,
    schema.CLIENT_ADDRESS, schema.CLIENT_NETWORK, schema.USER_AGENT, schema.PAYMENT_FINGERPRINT,
    schema.ACCOUNT_CREATED, schema.CONVERSATION_ID, schema.MODEL, schema.INPUT_MESSAGES, schema.PROMPT,
    schema.SYSTEM_PROMPT, schema.TURNS, *PARAM_COLUMNS, schema.RESPONSE, schema.REASONING, schema.INPUT_TOKENS,
    schema.OUTPUT_TOKENS, schema.REASONING_TOKENS, schema.STATUS, schema.EXTRA,
)
# If the schema's column order ever changes, fall back to dict rows (correct, a little slower).
_TUPLES = _ORDER == ROW_COLUMNS


class ExchangeLog(JsonFormat):
    name = "exchange-log"
    returns_tuples = _TUPLES
    projects = True  # skips the JSON texts (messages, params, extra) a projection leaves out

    def sniff(self, obj: dict) -> bool:
        return "ts" in obj and "account_id" in obj and ("messages" in obj or "prompt" in obj)

    def map(self, rec: dict, line: int, ctx: FileContext) -> tuple | dict:
        get = rec.get
        wanted = ctx.columns  # None: every column
        ts = get("ts")
        if ts is None:
            raise missing_field("ts")
        if type(ts) not in _TS_TYPES:
            raise wrong_type("ts", "a string or a number", ts)
        account = get("account_id")
        if account is None or account == "":
            raise missing_field("account_id")
        if type(account) is not str:
            raise wrong_type("account_id", "a string", account)
        exchange_id = get("id")  # None: derived from the record's content (sources.ids)
        if exchange_id is not None and type(exchange_id) is not str:
            raise wrong_type("id", "a string", exchange_id)
        messages = get("messages")
        if messages is not None:
            prompt, system, turns = message_columns(messages)
            messages_text = dumps(messages).decode() if wanted is None or _MESSAGES in wanted else None
        else:
            prompt = get("prompt")
            if prompt is None:
                raise RecordError("missing required field: one of 'messages' or 'prompt'", "missing_field")
            row: dict = {}
            apply_prompt(row, prompt)
            prompt, system, turns, messages_text = row[schema.PROMPT], None, 1, None
        params = get("params")
        param_cols = NO_PARAMS if params is None else param_values(params, wanted is None or _PARAMS in wanted)
        usage = get("usage")
        if usage is None:
            tokens = (None, None, None)
        elif type(usage) is dict:
            tokens = (first_value(usage, "input_tokens", "prompt_tokens"),
                      first_value(usage, "output_tokens", "completion_tokens"),
                      usage.get("reasoning_tokens"))
        else:
            raise wrong_type("usage", "an object", usage)
        extra = None
        if (len(rec) > len(KNOWN) or not KNOWN.issuperset(rec)) and (wanted is None or _EXTRA in wanted):
            extra = extra_json(rec, KNOWN)
        ip = get("ip")
        values = (
            exchange_id, ts, account, get("org_id"), get("api_key_id"), get("end_user"),
            ip, client_network(ip) if ip else None, get("user_agent"), get("payment_fingerprint"),
            get("account_created"), get("conversation_id"), get("model"), messages_text, prompt,
            system, turns, *param_cols, get("response"), get("reasoning"), *tokens, get("status"), extra,
        )
        return values if _TUPLES else dict(zip(_ORDER, values))
