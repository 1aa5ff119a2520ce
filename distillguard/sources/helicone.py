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
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.fields import address_columns, first_truthy, missing_field, require_account, wrong_type
from distillguard.sources.openai_body import BODY_END_USER, apply_completion, apply_request, put_extra, unmapped
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
        account = rec.get("request_user_id") or first_truthy(props, *_ACCOUNT_PROPS)
        account = require_account(account, "no account: request_user_id is empty and no account property is set",
                                  "request_user_id")
        ts = rec.get("request_created_at")
        if ts is None:
            raise missing_field("request_created_at")
        body = rec.get("request_body")
        if body is None:
            raise RecordError("missing request_body (export with --include-body)", "missing_field")
        if not isinstance(body, dict):
            raise wrong_type("request_body", "an object", body)
        ip = first_truthy(props, "ip", "client_ip")
        row = {
            schema.EXCHANGE_ID: rec.get("request_id") or None,  # None: from content (sources.ids)
            schema.TS: ts,
            schema.ACCOUNT_ID: account,
            schema.ORG_ID: first_truthy(props, "org_id", "organization"),
            schema.API_KEY_ID: props.get("api_key_id"),
            schema.END_USER: first_truthy(body, *BODY_END_USER),
            **address_columns(ip),
            schema.USER_AGENT: props.get("user_agent"),
            schema.CONVERSATION_ID: first_truthy(props, "Helicone-Session-Id", "session_id"),
            schema.MODEL: rec.get("request_model") or body.get("model") or rec.get("model"),
            schema.STATUS: rec.get("response_status"),
        }
        apply_request(row, body, "request_body")
        # the export's own token counts win over the response's usage block
        apply_completion(row, rec.get("response_body"), rec.get("prompt_tokens"), rec.get("completion_tokens"))
        put_extra(row, unmapped(rec, _MAPPED))
        return row
