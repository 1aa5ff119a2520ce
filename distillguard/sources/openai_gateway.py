"""`openai-gateway`: one line per call with the raw OpenAI request and response bodies.

What API gateways and home-grown proxies log::

    {"request": {<chat.completions request body>},
     "response": {<chat.completion object>},
     "metadata": {"account_id": ..., "ip": ..., "ts": ..., "headers": {...}, ...}}

Also accepted: ``request_body`` / ``response_body``, and request / response envelopes of the form
``{"body": {...}, "headers": {...}, "status": 200}``. Identity and timing come from
``metadata`` (several common spellings), the end user from the body's ``user`` /
``safety_identifier``. The timestamp falls back to the response's ``created``.

Credentials are never stored: ``Authorization`` / ``api-key`` headers and any ``api_key`` field are
dropped; only a non-secret key id (``api_key_id``, ``key_id``, ``api_key_hash``) is kept.
"""

from __future__ import annotations

from distillguard import schema
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.fields import address_columns, decode_json_text, first_value, wrong_type
from distillguard.sources.openai_body import apply_completion, apply_request, put_extra, unmapped
from distillguard.sources.quarantine import RecordError

_REQUEST_KEYS = ("request", "request_body", "requestBody")
_RESPONSE_KEYS = ("response", "response_body", "responseBody")
_META_KEYS = ("metadata", "meta", "context")
_TOP_KNOWN = frozenset(_REQUEST_KEYS + _RESPONSE_KEYS + _META_KEYS)

# metadata field -> spellings, first present wins
_ACCOUNT = ("account_id", "account", "customer_id", "customer", "billing_account_id")
_ORG = ("org_id", "organization_id", "organization", "project_id")
_KEY_ID = ("api_key_id", "key_id", "api_key_hash", "api_key_name")
_IP = ("ip", "client_ip", "client_address", "remote_addr", "remote_ip", "source_ip")
_UA = ("user_agent", "userAgent")
_TS = ("ts", "timestamp", "request_time", "received_at", "created_at", "start_time", "startTime")
_STATUS = ("status", "status_code", "http_status")
_ID = ("request_id", "exchange_id", "id")
_END_USER = ("end_user", "user")
_PAYMENT = ("payment_fingerprint",)
_CREATED = ("account_created",)
_CONVERSATION = ("conversation_id", "session_id", "thread_id")
_META_MAPPED = frozenset(_ACCOUNT + _ORG + _KEY_ID + _IP + _UA + _TS + _STATUS + _ID + _END_USER + _PAYMENT
                         + _CREATED + _CONVERSATION + ("headers",))


def _pick(obj: dict, names: tuple) -> object:
    for name in names:
        if name in obj:
            return obj[name]
    return None


def _unwrap(part: object) -> tuple[object, dict, object]:
    """(body, headers, status) of a request/response that may be wrapped in an HTTP envelope."""
    if isinstance(part, dict) and "body" in part and not ("messages" in part or "choices" in part):
        headers = part.get("headers")
        body = decode_json_text(part["body"])  # some gateways keep the body as the JSON text it was
        return body, headers if isinstance(headers, dict) else {}, part.get("status", part.get("status_code"))
    return part, {}, None


def _header(headers: dict, name: str) -> object:
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == name:
            return value
    return None


class OpenAIGateway(JsonFormat):
    name = "openai-gateway"

    def sniff(self, obj: dict) -> bool:
        request = _pick(obj, _REQUEST_KEYS)
        body, _, _ = _unwrap(request)
        return isinstance(body, dict) and ("messages" in body or "prompt" in body) and any(k in obj for k in _RESPONSE_KEYS + _META_KEYS)

    def map(self, rec: dict, line: int, ctx: FileContext) -> dict:
        request, req_headers, _ = _unwrap(_pick(rec, _REQUEST_KEYS))
        response, resp_headers, resp_status = _unwrap(_pick(rec, _RESPONSE_KEYS))
        meta = _pick(rec, _META_KEYS)
        if meta is None:
            meta = {}
        if not isinstance(request, dict):
            raise RecordError("missing request body (request / request_body)", "missing_field")
        if not isinstance(meta, dict):
            raise wrong_type("metadata", "an object", meta)
        headers = meta.get("headers")
        headers = {**req_headers, **(headers if isinstance(headers, dict) else {})}

        account = first_value(meta, *_ACCOUNT)
        if account is None or account == "":
            raise RecordError("missing account (metadata.account_id)", "missing_field")
        if not isinstance(account, str):
            raise wrong_type("metadata.account_id", "a string", account)
        ts = first_value(meta, *_TS)
        if ts is None and isinstance(response, dict):
            ts = response.get("created")
        if ts is None:
            raise RecordError("missing timestamp (metadata.ts or response.created)", "missing_field")

        # The log's own record id; else one derived from the record's content (sources.ids). Not
        # the response's id: an upstream's cache serves one response id to many requests.
        exchange_id = first_value(meta, *_ID)
        ip = first_value(meta, *_IP)
        if ip is None:
            forwarded = _header(headers, "x-forwarded-for")
            if isinstance(forwarded, str) and forwarded:
                ip = forwarded.split(",")[0].strip()
        user_agent = first_value(meta, *_UA)
        if user_agent is None:
            user_agent = _header(headers, "user-agent")
        end_user = request.get("user")
        if end_user is None:
            end_user = request.get("safety_identifier", first_value(meta, *_END_USER))
        status = first_value(meta, *_STATUS)
        if status is None:
            status = resp_status
        if status is None and isinstance(response, dict) and response:
            status = 200 if "choices" in response else None

        row = {
            schema.EXCHANGE_ID: exchange_id,
            schema.TS: ts,
            schema.ACCOUNT_ID: account,
            schema.ORG_ID: first_value(meta, *_ORG),
            schema.API_KEY_ID: first_value(meta, *_KEY_ID),
            schema.END_USER: end_user,
            **address_columns(ip),
            schema.USER_AGENT: user_agent,
            schema.PAYMENT_FINGERPRINT: first_value(meta, *_PAYMENT),
            schema.ACCOUNT_CREATED: first_value(meta, *_CREATED),
            schema.CONVERSATION_ID: first_value(meta, *_CONVERSATION),
            schema.MODEL: request.get("model"),
            schema.STATUS: status,
        }
        apply_request(row, request, "request body")
        apply_completion(row, response)
        if row.get(schema.MODEL) is None and isinstance(response, dict):
            row[schema.MODEL] = response.get("model")

        put_extra(row, unmapped(rec, _TOP_KNOWN), metadata=unmapped(meta, _META_MAPPED), headers=headers,
                  response_headers=resp_headers)  # drops Authorization, api-key, cookies, ...
        return row
