"""`otel`: OpenTelemetry GenAI spans exported as OTLP JSON.

Layout: ``{"resourceSpans": [{"resource": {"attributes": [...]}, "scopeSpans": [{"spans": [...]}]}]}``,
one export per line (the collector's ``file`` exporter) or one (pretty-printed) document per
file. Attributes are OTLP ``{key, value: AnyValue}`` lists (``stringValue``, ``intValue`` as a
string, ``doubleValue``, ``boolValue``, ``arrayValue``, ``kvlistValue``).

A span is an exchange when it carries GenAI attributes of a chat / text-completion call
(``gen_ai.operation.name`` chat, text_completion, generate_content; or input messages). Mapped:
``gen_ai.input.messages`` / ``gen_ai.output.messages`` / ``gen_ai.system_instructions`` (JSON
strings or structured values, parts format), the older indexed ``gen_ai.prompt.N.*`` /
``gen_ai.completion.N.*`` attributes, ``gen_ai.request.*`` parameters, ``gen_ai.usage.*``,
``gen_ai.conversation.id``, ``enduser.id`` / ``enduser.pseudo.id``, ``client.address``,
``user_agent.original``, ``http.response.status_code`` and ``startTimeUnixNano``. Span
attributes win over resource attributes.

The account is ``dg.account.id`` when the instrumentation sets it, else ``enduser.id``, else
``enduser.pseudo.id``, else ``user.id``. Other spans (HTTP, database, embeddings, tool
execution) are not exchanges and are counted as skipped.
"""

from __future__ import annotations

from distillguard import schema
from distillguard.normalize.messages import assistant_text, content_text
from distillguard.normalize.privacy import scrub_value
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.fields import address_columns, decode_json_text, first_truthy
from distillguard.sources.openai_body import apply_messages, json_text, put_extra
from distillguard.sources.quarantine import RecordError

_EXCHANGE_OPERATIONS = frozenset({"chat", "text_completion", "generate_content", "completion"})
_ACCOUNT_KEYS = ("dg.account.id", "enduser.id", "enduser.pseudo.id", "user.id")
_MAPPED = frozenset({
    "gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions", "gen_ai.request.model",
    "gen_ai.request.temperature", "gen_ai.request.top_p", "gen_ai.request.max_tokens", "gen_ai.request.seed",
    "gen_ai.request.choice.count", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens",
    "gen_ai.usage.reasoning_tokens", "gen_ai.conversation.id", "client.address", "user_agent.original",
    "http.response.status_code", "enduser.id", "enduser.pseudo.id", "dg.account.id", "dg.org.id",
    "dg.api_key.id", "user.id", "gen_ai.request.stream", "gen_ai.request.logprobs", "gen_ai.request.top_logprobs",
    "gen_ai.request.reasoning_effort", "gen_ai.output.type",
})
_SPAN_KEPT = ("name", "traceId", "spanId", "parentSpanId", "kind", "endTimeUnixNano", "status")


def any_value(value: object) -> object:
    """Decode an OTLP JSON AnyValue into a plain Python value."""
    if not isinstance(value, dict):
        return value
    if "stringValue" in value:
        return value["stringValue"]
    if "intValue" in value:  # int64 is a JSON string in OTLP/JSON
        raw = value["intValue"]
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise RecordError(f"intValue {str(raw)[:40]!r} is not an integer", "wrong_type") from None
    if "doubleValue" in value:
        raw = value["doubleValue"]
        return float(raw) if isinstance(raw, (int, float, str)) and not isinstance(raw, bool) else raw
    if "boolValue" in value:
        return value["boolValue"]
    if "arrayValue" in value:
        arr = value["arrayValue"] or {}
        return [any_value(v) for v in arr.get("values", [])]
    if "kvlistValue" in value:
        kv = value["kvlistValue"] or {}
        return attributes(kv.get("values", []))
    if "bytesValue" in value:
        return value["bytesValue"]
    return None


def attributes(items: object) -> dict:
    if not isinstance(items, list):
        return {}
    out = {}
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("key"), str):
            out[item["key"]] = any_value(item.get("value"))
    return out


def _json_attr(value: object) -> object:
    """GenAI message attributes are JSON strings or already-structured values (or plain text)."""
    return decode_json_text(value)


def _to_openai(messages: list) -> list:
    """OpenTelemetry parts-format messages -> OpenAI chat messages (text parts joined)."""
    out = []
    for m in messages:
        if not isinstance(m, dict):
            raise RecordError("gen_ai.input.messages: each message must be an object", "wrong_type")
        if "content" in m or "parts" not in m:
            out.append(m)
        else:
            out.append({"role": m.get("role"), "content": content_text(m.get("parts"))})
    return out


def _indexed(attrs: dict, prefix: str) -> list[dict]:
    """Older indexed attributes: gen_ai.prompt.0.role, gen_ai.prompt.0.content, ..."""
    items: dict[int, dict] = {}
    for key, value in attrs.items():
        if key.startswith(prefix):
            index, _, field = key[len(prefix):].partition(".")
            if index.isdigit() and field:
                items.setdefault(int(index), {})[field] = value
    return [items[i] for i in sorted(items)]


def _nanos_to_seconds(value: object) -> float:
    try:
        nanos = int(value)
    except (TypeError, ValueError):
        raise RecordError(f"startTimeUnixNano {str(value)[:40]!r} is not an integer", "bad_timestamp") from None
    return nanos / 1e9


class Otel(JsonFormat):
    name = "otel"
    expands = True

    def sniff(self, obj: dict) -> bool:
        return "resourceSpans" in obj

    def records(self, obj: dict):
        for resource_spans in obj.get("resourceSpans") or []:
            resource = attributes((resource_spans.get("resource") or {}).get("attributes"))
            scopes = resource_spans.get("scopeSpans") or resource_spans.get("instrumentationLibrarySpans") or []
            for scope in scopes:
                for span in scope.get("spans") or []:
                    yield {"span": span, "resource": resource}

    def map(self, rec: dict, line: int, ctx: FileContext) -> dict | None:
        span = rec.get("span")
        if not isinstance(span, dict):
            raise RecordError("span must be an object", "wrong_type")
        attrs = {**rec.get("resource", {}), **attributes(span.get("attributes"))}
        operation = attrs.get("gen_ai.operation.name")
        has_messages = "gen_ai.input.messages" in attrs or "gen_ai.prompt.0.content" in attrs
        if operation not in _EXCHANGE_OPERATIONS and not (operation is None and has_messages):
            return None  # not a chat / completion call
        account = first_truthy(attrs, *_ACCOUNT_KEYS)
        if not account:
            raise RecordError("no account: the span has none of " + ", ".join(_ACCOUNT_KEYS), "missing_field")
        if not isinstance(account, str):
            raise RecordError(f"account attribute must be a string, got {type(account).__name__}", "wrong_type")
        if span.get("startTimeUnixNano") is None:
            raise RecordError("missing startTimeUnixNano", "missing_field")
        trace_id, span_id = span.get("traceId"), span.get("spanId")
        ip = attrs.get("client.address")
        status = attrs.get("http.response.status_code")
        row = {
            schema.EXCHANGE_ID: f"{trace_id}-{span_id}" if trace_id and span_id else None,  # else from content
            schema.TS: _nanos_to_seconds(span["startTimeUnixNano"]),
            schema.ACCOUNT_ID: account,
            schema.ORG_ID: attrs.get("dg.org.id"),
            schema.API_KEY_ID: attrs.get("dg.api_key.id"),
            schema.END_USER: first_truthy(attrs, "enduser.id", "enduser.pseudo.id"),
            **address_columns(ip),
            schema.USER_AGENT: attrs.get("user_agent.original"),
            schema.CONVERSATION_ID: attrs.get("gen_ai.conversation.id"),
            schema.MODEL: attrs.get("gen_ai.request.model"),
            schema.TEMPERATURE: attrs.get("gen_ai.request.temperature"),
            schema.TOP_P: attrs.get("gen_ai.request.top_p"),
            schema.MAX_TOKENS: attrs.get("gen_ai.request.max_tokens"),
            schema.SEED: attrs.get("gen_ai.request.seed"),
            schema.CHOICE_COUNT: attrs.get("gen_ai.request.choice.count"),
            schema.STREAM: attrs.get("gen_ai.request.stream"),
            schema.LOGPROBS: attrs.get("gen_ai.request.logprobs"),
            schema.TOP_LOGPROBS: attrs.get("gen_ai.request.top_logprobs"),
            schema.REASONING_EFFORT: attrs.get("gen_ai.request.reasoning_effort"),
            schema.RESPONSE_FORMAT: attrs.get("gen_ai.output.type"),
            schema.INPUT_TOKENS: attrs.get("gen_ai.usage.input_tokens"),
            schema.OUTPUT_TOKENS: attrs.get("gen_ai.usage.output_tokens"),
            schema.REASONING_TOKENS: attrs.get("gen_ai.usage.reasoning_tokens"),
            schema.STATUS: status,
        }
        params = {k[len("gen_ai.request."):]: v for k, v in attrs.items()
                  if k.startswith("gen_ai.request.") and k != "gen_ai.request.model"}
        if params:
            row[schema.PARAMS] = json_text(scrub_value(params))  # (as every reader keeps its params)

        messages = _json_attr(attrs.get("gen_ai.input.messages"))
        if messages is None:
            messages = _indexed(attrs, "gen_ai.prompt.") or None
        if isinstance(messages, str):
            messages = [{"role": "user", "content": messages}]
        if messages is None:
            raise RecordError("no input messages (gen_ai.input.messages)", "missing_field")
        if not isinstance(messages, list):
            raise RecordError(f"gen_ai.input.messages must be a list, got {type(messages).__name__}", "wrong_type")
        messages = _to_openai(messages)
        system = _json_attr(attrs.get("gen_ai.system_instructions"))
        if system is not None:
            text = system if isinstance(system, str) else content_text(system)
            if text:
                messages = [{"role": "system", "content": text}] + messages
        apply_messages(row, messages)

        output = _json_attr(attrs.get("gen_ai.output.messages"))
        if output is None:
            output = _indexed(attrs, "gen_ai.completion.") or None
        if isinstance(output, str):
            row[schema.RESPONSE] = output
        elif isinstance(output, list) and output:
            row[schema.RESPONSE], row[schema.REASONING] = assistant_text(output[0])

        extra = {k: v for k, v in attrs.items()
                 if k not in _MAPPED and not k.startswith(("gen_ai.prompt.", "gen_ai.completion.", "gen_ai.request."))}
        extra.update({f"span.{k}": span[k] for k in _SPAN_KEPT if k in span})
        put_extra(row, extra)
        return row
