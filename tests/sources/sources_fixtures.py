"""Sample records shaped like what each tool really writes (built from their public docs)."""

from __future__ import annotations

import gzip
import os

import orjson


def write_jsonl(path, records, gz: bool = False) -> str:
    path = os.fspath(path)
    data = b"".join((r if isinstance(r, bytes) else orjson.dumps(r)) + b"\n" for r in records)
    if gz:
        with gzip.open(path, "wb") as fh:
            fh.write(data)
    else:
        with open(path, "wb") as fh:
            fh.write(data)
    return path


def exchange(i: int = 0, **over) -> dict:
    rec = {
        "id": f"ex-{i}",
        "ts": "2026-11-01T00:00:00Z",
        "account_id": f"a-{i % 3}",
        "org_id": "org-1",
        "api_key_id": "key-1",
        "ip": "203.0.113.7",
        "user_agent": "openai-python/1.54.0",
        "model": "gpt-x",
        "messages": [{"role": "system", "content": "Be brief."},
                     {"role": "user", "content": f"What is {i} + {i}? Think step by step."}],
        "params": {"temperature": 0.2, "max_tokens": 256, "seed": 7, "logprobs": True, "top_logprobs": 5},
        "response": f"{2 * i}",
        "reasoning": "add the numbers",
        "usage": {"input_tokens": 20, "output_tokens": 3, "reasoning_tokens": 5},
        "status": 200,
        "conversation_id": "c-1",
    }
    rec.update(over)
    return rec


def chat_completion(text: str = "4", reasoning: str | None = None) -> dict:
    message = {"role": "assistant", "content": text, "refusal": None}
    if reasoning is not None:
        message["reasoning_content"] = reasoning
    return {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion",
        "created": 1761955200,
        "model": "gpt-4o-2024-08-06",
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
                  "completion_tokens_details": {"reasoning_tokens": 4, "accepted_prediction_tokens": 0}},
        "system_fingerprint": "fp_6b68a8204b",
    }


def gateway_line(i: int = 0) -> dict:
    return {
        "request": {
            "model": "gpt-4o",
            "messages": [{"role": "developer", "content": "You are terse."},
                         {"role": "user", "content": [{"type": "text", "text": f"Solve {i}"},
                                                      {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}],
            "temperature": 0.0, "n": 2, "tools": [{"type": "function", "function": {"name": "f"}}],
            "response_format": {"type": "json_object"}, "logit_bias": {"50256": -100},
            "user": "end-user-9", "stream": False, "reasoning_effort": "high",
        },
        "response": chat_completion("42", reasoning="thinking..."),
        "metadata": {
            "account_id": f"acct-{i}", "org_id": "org-7", "api_key_id": "key_abc123",
            "api_key": "sk-proj-SECRETSECRETSECRET", "ip": "2001:db8:1234:5678::1",
            "ts": "2026-11-01T10:00:00.250+01:00", "request_id": f"req-{i}", "region": "eu-west-1",
            "headers": {"Authorization": "Bearer sk-proj-SECRETSECRETSECRET", "User-Agent": "OpenAI/Python 1.54.0",
                        "X-Stainless-Lang": "python"},
        },
    }


def litellm_payload(i: int = 0, **over) -> dict:
    rec = {
        "id": f"chatcmpl-{i}",
        "trace_id": f"trace-{i}",
        "call_type": "acompletion",
        "stream": False,
        "response_cost": 0.00012,
        "status": "success",
        "custom_llm_provider": "openai",
        "total_tokens": 30,
        "prompt_tokens": 20,
        "completion_tokens": 10,
        "startTime": 1761955200.123456,
        "endTime": 1761955201.5,
        "completionStartTime": 1761955201.0,
        "response_time": 1.37,
        "model_map_information": {"model_map_key": "gpt-4o", "model_map_value": None},
        "model": "gpt-4o",
        "model_id": "abc",
        "model_group": "gpt-4o",
        "api_base": "https://api.openai.com/v1",
        "metadata": {
            "user_api_key_hash": "88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b",
            "user_api_key_alias": "prod-key",
            "user_api_key_org_id": None,
            "user_api_key_team_id": "team-1",
            "user_api_key_user_id": f"user-{i}",
            "user_api_key_team_alias": "research",
            "user_api_key_end_user_id": None,
            "spend_logs_metadata": None,
            "requester_ip_address": "198.51.100.23",
            "requester_metadata": {"user_agent": "litellm-client/1.0"},
        },
        "cache_hit": None,
        "cache_key": None,
        "saved_cache_cost": 0.0,
        "request_tags": [],
        "end_user": "customer-42",
        "requester_ip_address": "198.51.100.23",
        "messages": [{"role": "user", "content": "Explain your reasoning step by step: 17*23?"}],
        "response": {"id": f"chatcmpl-{i}", "object": "chat.completion", "created": 1761955201,
                     "model": "gpt-4o", "choices": [{"index": 0, "finish_reason": "stop",
                                                     "message": {"role": "assistant", "content": "391"}}],
                     "usage": {"prompt_tokens": 20, "completion_tokens": 10, "total_tokens": 30}},
        "error_str": None,
        "model_parameters": {"temperature": 0.7, "max_tokens": 100, "user": "customer-42"},
        "hidden_params": {"model_id": "abc", "cache_key": None, "api_base": "https://api.openai.com/v1",
                          "response_cost": "0.00012", "additional_headers": {}},
    }
    rec.update(over)
    return rec


def helicone_request(i: int = 0) -> dict:
    return {
        "response_id": f"resp-{i}",
        "response_created_at": "2026-11-01T12:00:01.000Z",
        "response_body": chat_completion("Paris"),
        "response_status": 200,
        "response_model": "gpt-4o-mini",
        "request_id": f"0f0e{i:04d}-1c2d-4e5f-8a9b-1234567890ab",
        "request_created_at": "2026-11-01T12:00:00.000Z",
        "request_body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Capital of France?"}],
                         "temperature": 1, "max_tokens": 50},
        "request_path": "https://oai.helicone.ai/v1/chat/completions",
        "request_user_id": f"customer-{i}",
        "request_properties": {"Helicone-Session-Id": "sess-1", "environment": "production"},
        "request_model": "gpt-4o-mini",
        "model_override": None,
        "helicone_user": "f3f3f3f3-0000-0000-0000-000000000000",
        "provider": "OPENAI",
        "delay_ms": 812,
        "time_to_first_token": 300,
        "total_tokens": 17,
        "prompt_tokens": 12,
        "completion_tokens": 5,
        "prompt_id": None,
        "llmSchema": None,
        "country_code": "FR",
        "asset_ids": None,
        "asset_urls": None,
        "scores": None,
        "costUSD": 0.000004,
        "properties": {"Helicone-Session-Id": "sess-1", "environment": "production"},
        "assets": [],
        "target_url": "https://api.openai.com/v1/chat/completions",
        "model": "gpt-4o-mini",
    }


def langfuse_observation(i: int = 0, kind: str = "GENERATION") -> dict:
    return {
        "id": f"obs-{i}",
        "traceId": f"trace-{i}",
        "type": kind,
        "name": "chat",
        "startTime": "2026-11-01T08:30:00.000Z",
        "endTime": "2026-11-01T08:30:02.000Z",
        "completionStartTime": "2026-11-01T08:30:01.000Z",
        "model": "gpt-4o",
        "modelParameters": {"temperature": "0.3", "max_tokens": 500},
        "input": [{"role": "system", "content": "You grade answers."},
                  {"role": "user", "content": "Rate this answer from 1 to 10: ..."}],
        "output": {"role": "assistant", "content": "7/10"},
        "usage": {"input": 30, "output": 4, "total": 34, "unit": "TOKENS"},
        "usageDetails": {"input": 30, "output": 4, "total": 34},
        "costDetails": {"total": 0.0001},
        "level": "DEFAULT",
        "statusMessage": None,
        "parentObservationId": None,
        "version": None,
        "metadata": {"ip": "192.0.2.55"},
        "userId": f"user-{i}",
        "sessionId": "session-1",
    }


def otlp_export(spans: list[dict], resource: dict | None = None) -> dict:
    res_attrs = [{"key": k, "value": {"stringValue": v}} for k, v in (resource or {"service.name": "gateway"}).items()]
    return {"resourceSpans": [{"resource": {"attributes": res_attrs},
                               "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation.openai_v2"},
                                               "spans": spans}]}]}


def genai_span(i: int = 0, structured: bool = False, **attrs) -> dict:
    input_messages = [{"role": "user", "parts": [{"type": "text", "content": f"Weather in city {i}?"}]}]
    output_messages = [{"role": "assistant", "parts": [{"type": "reasoning", "content": "look it up"},
                                                       {"type": "text", "content": "Sunny."}],
                        "finish_reason": "stop"}]
    if structured:
        msg_value = {"arrayValue": {"values": [{"kvlistValue": {"values": [
            {"key": "role", "value": {"stringValue": "user"}},
            {"key": "parts", "value": {"arrayValue": {"values": [{"kvlistValue": {"values": [
                {"key": "type", "value": {"stringValue": "text"}},
                {"key": "content", "value": {"stringValue": f"Weather in city {i}?"}}]}}]}}}]}}]}}
    else:
        msg_value = {"stringValue": orjson.dumps(input_messages).decode()}
    attributes = [
        {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
        {"key": "gen_ai.provider.name", "value": {"stringValue": "openai"}},
        {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}},
        {"key": "gen_ai.request.temperature", "value": {"doubleValue": 0.5}},
        {"key": "gen_ai.request.max_tokens", "value": {"intValue": "200"}},
        {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "12"}},
        {"key": "gen_ai.usage.output_tokens", "value": {"intValue": "3"}},
        {"key": "gen_ai.conversation.id", "value": {"stringValue": "conv-1"}},
        {"key": "gen_ai.input.messages", "value": msg_value},
        {"key": "gen_ai.output.messages", "value": {"stringValue": orjson.dumps(output_messages).decode()}},
        {"key": "gen_ai.system_instructions",
         "value": {"stringValue": orjson.dumps([{"type": "text", "content": "You are a weather bot."}]).decode()}},
        {"key": "enduser.id", "value": {"stringValue": f"user-{i}"}},
        {"key": "client.address", "value": {"stringValue": "198.51.100.77"}},
        {"key": "user_agent.original", "value": {"stringValue": "curl/8.5.0"}},
        {"key": "http.response.status_code", "value": {"intValue": "200"}},
    ]
    for k, v in attrs.items():
        attributes.append({"key": k, "value": v})
    return {
        "traceId": f"5b8efff798038103d269b633813fc6{i:02d}",
        "spanId": f"eee19b7ec3c1b1{i:02d}",
        "name": "chat gpt-4o",
        "kind": 3,
        "startTimeUnixNano": str(1761955200_123456789 + i),
        "endTimeUnixNano": str(1761955201_000000000 + i),
        "attributes": attributes,
        "status": {},
    }


def http_span() -> dict:
    return {"traceId": "5b8efff798038103d269b633813fc699", "spanId": "0000000000000001", "name": "GET /health",
            "kind": 2, "startTimeUnixNano": "1761955200000000000", "endTimeUnixNano": "1761955200100000000",
            "attributes": [{"key": "http.request.method", "value": {"stringValue": "GET"}}]}


def format_templates() -> dict[str, dict]:
    """One valid record of each JSON format, by format name (the property and fuzz tests mutate copies)."""
    return {
        "exchange-log": exchange(0),
        "openai-gateway": gateway_line(0),
        "otel": otlp_export([genai_span(0)]),
        "litellm": litellm_payload(0),
        "langfuse": langfuse_observation(0),
        "helicone": helicone_request(0),
    }
