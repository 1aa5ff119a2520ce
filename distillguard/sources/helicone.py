"""`helicone`: Helicone request exports (``npx @helicone/export --format jsonl --include-body``).

Each record is a ``HeliconeRequest`` as the Helicone API returns it: ``request_id,
request_created_at, request_body`` (the OpenAI request), ``request_user_id`` (the
``Helicone-User-Id`` header), ``request_properties`` / ``properties`` (``Helicone-Property-*``),
``request_model, model, response_id, response_created_at, response_body, response_status,
prompt_tokens, completion_tokens, total_tokens, country_code, cost, ...``. A JSON array export
or a saved API page (``{"data": [...]}``) works too.

The account is ``request_user_id``; when it is absent, a property named ``account_id`` /
``account`` / ``customer_id`` is used. Properties and the other Helicone fields are kept in
``dg.extra`` (credentials removed).
"""

from __future__ import annotations

from distillguard import schema
from distillguard.normalize.messages import client_network
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.openai_body import (BODY_NON_PARAMS, apply_completion, apply_messages, apply_params,
                                              apply_prompt, json_text, scrub_secrets)
from distillguard.sources.quarantine import RecordError

_MAPPED = frozenset({"request_id", "request_created_at", "request_body", "request_user_id", "request_model", "model",
                     "response_body", "response_status", "response_model", "prompt_tokens", "completion_tokens",
                     "response_id", "response_created_at"})
_ACCOUNT_PROPS = ("account_id", "account", "customer_id", "Account-Id", "Helicone-Property-Account")


def _properties(rec: dict) -> dict:
    merged: dict = {}
    for key in ("properties", "request_properties"):
        value = rec.get(key)
        if isinstance(value, dict):
            merged.update(value)
    return merged


class Helicone(JsonFormat):
    name = "helicone"

    def sniff(self, obj: dict) -> bool:
        return "request_id" in obj and ("request_created_at" in obj or "request_body" in obj)

    def map(self, rec: dict, line: int, ctx: FileContext) -> dict:
        props = _properties(rec)
        account = rec.get("request_user_id")
        if not account:
            account = next((props[k] for k in _ACCOUNT_PROPS if props.get(k)), None)
        if not account:
            raise RecordError("no account: request_user_id is empty and no account property is set", "missing_field")
        if not isinstance(account, str):
            raise RecordError(f"field request_user_id: must be a string, got {type(account).__name__}", "wrong_type")
        ts = rec.get("request_created_at")
        if ts is None:
            raise RecordError("missing required field 'request_created_at'", "missing_field")
        body = rec.get("request_body")
        if body is None:
            raise RecordError("missing request_body (export with --include-body)", "missing_field")
        if not isinstance(body, dict):
            raise RecordError(f"field request_body: must be an object, got {type(body).__name__}", "wrong_type")
        ip = props.get("ip") or props.get("client_ip")
        row = {
            schema.EXCHANGE_ID: rec.get("request_id") or None,  # None: from content (sources.ids)
            schema.TS: ts,
            schema.ACCOUNT_ID: account,
            schema.ORG_ID: props.get("org_id") or props.get("organization"),
            schema.API_KEY_ID: props.get("api_key_id"),
            schema.END_USER: body.get("user") or body.get("safety_identifier"),
            schema.CLIENT_ADDRESS: ip,
            schema.CLIENT_NETWORK: client_network(ip),
            schema.USER_AGENT: props.get("user_agent"),
            schema.CONVERSATION_ID: props.get("Helicone-Session-Id") or props.get("session_id"),
            schema.MODEL: rec.get("request_model") or body.get("model") or rec.get("model"),
            schema.STATUS: rec.get("response_status"),
        }
        if "messages" in body:
            apply_messages(row, body["messages"])
        elif "prompt" in body:
            apply_prompt(row, body["prompt"])
        else:
            raise RecordError("request_body has neither 'messages' nor 'prompt'", "missing_field")
        apply_params(row, {k: v for k, v in body.items() if k not in BODY_NON_PARAMS})
        apply_completion(row, rec.get("response_body"))
        if rec.get("prompt_tokens") is not None:
            row[schema.INPUT_TOKENS] = rec["prompt_tokens"]
        if rec.get("completion_tokens") is not None:
            row[schema.OUTPUT_TOKENS] = rec["completion_tokens"]
        extra = scrub_secrets({k: v for k, v in rec.items() if k not in _MAPPED})
        if extra:
            row[schema.EXTRA] = json_text(extra)
        return row
