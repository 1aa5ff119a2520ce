"""`litellm`: LiteLLM proxy ``StandardLoggingPayload`` objects, one per line.

Field names follow LiteLLM's logging spec (docs.litellm.ai/docs/proxy/logging_spec):
``id, trace_id, call_type, status, startTime`` (Unix seconds, float), ``model, messages,
response`` (a ModelResponse dict or a string), ``model_parameters, prompt_tokens,
completion_tokens, end_user, requester_ip_address, error_information`` and ``metadata``
(``user_api_key_hash, user_api_key_alias, user_api_key_org_id, user_api_key_team_id,
user_api_key_user_id, user_api_key_end_user_id, requester_ip_address, requester_metadata``).
A line holding the callback kwargs (``{"standard_logging_object": {...}}``) is unwrapped.

Identity mapping (a LiteLLM proxy bills virtual keys, owned by users and teams):
account = ``user_api_key_user_id``, else ``user_api_key_team_id``, else ``end_user``, else the
key hash; org = ``user_api_key_org_id``, else the team; key id = ``user_api_key_hash`` (a hash of
the virtual key, never the key). Calls that are not chat / text completions (embeddings, image
generation, moderation) are not exchanges and are counted as skipped.
"""

from __future__ import annotations

from distillguard import schema
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.fields import address_columns, first_truthy, missing_field, wrong_type
from distillguard.sources.openai_body import (BODY_END_USER, apply_completion, apply_messages, apply_params,
                                              apply_prompt, put_extra, unmapped)
from distillguard.sources.quarantine import RecordError

_COMPLETION_CALLS = frozenset({"completion", "acompletion", "text_completion", "atext_completion",
                               "chat_completion", "responses", "aresponses", "anthropic_messages", "generate_content",
                               "agenerate_content"})
_MAPPED = frozenset({"id", "startTime", "model", "messages", "response", "model_parameters", "prompt_tokens",
                     "completion_tokens", "end_user", "requester_ip_address", "metadata", "status", "call_type",
                     "error_information", "trace_id", "litellm_call_id"})
_META_MAPPED = frozenset({"user_api_key_hash", "user_api_key_org_id", "user_api_key_team_id",
                          "user_api_key_user_id", "user_api_key_end_user_id", "requester_ip_address"})


class LiteLLM(JsonFormat):
    name = "litellm"

    def sniff(self, obj: dict) -> bool:
        if isinstance(obj.get("standard_logging_object"), dict):
            return True
        return "startTime" in obj and ("call_type" in obj or "model_parameters" in obj) and "metadata" in obj

    def map(self, rec: dict, line: int, ctx: FileContext) -> dict | None:
        inner = rec.get("standard_logging_object")
        if isinstance(inner, dict):
            rec = inner
        call_type = rec.get("call_type")
        if call_type is not None and call_type not in _COMPLETION_CALLS:
            return None  # embeddings, images, ...: not a chat exchange
        meta = rec.get("metadata") or {}
        if not isinstance(meta, dict):
            raise wrong_type("metadata", "an object", meta)
        params = rec.get("model_parameters")
        # the end user: LiteLLM's own field, else the OpenAI `user` / `safety_identifier` the client sent
        end_user = rec.get("end_user") or meta.get("user_api_key_end_user_id")
        if not end_user and isinstance(params, dict):
            end_user = first_truthy(params, *BODY_END_USER)
        key_hash = meta.get("user_api_key_hash")
        account = first_truthy(meta, "user_api_key_user_id", "user_api_key_team_id") or end_user or key_hash
        if not account:
            raise RecordError("no account: none of metadata.user_api_key_user_id / user_api_key_team_id, "
                              "end_user, metadata.user_api_key_hash", "missing_field")
        if not isinstance(account, str):
            raise RecordError(f"account id must be a string, got {type(account).__name__}", "wrong_type")
        ts = rec.get("startTime")
        if ts is None:
            raise missing_field("startTime")
        ip = rec.get("requester_ip_address") or meta.get("requester_ip_address")
        requester = meta.get("requester_metadata")
        user_agent = None
        if isinstance(requester, dict):
            user_agent = first_truthy(requester, "user_agent", "user-agent")
        status = rec.get("status")
        if status == "success":
            http_status = 200
        else:
            info = rec.get("error_information")
            code = info.get("error_code") if isinstance(info, dict) else None
            http_status = int(code) if isinstance(code, (str, int)) and str(code).isdigit() else None
        row = {
            schema.EXCHANGE_ID: _exchange_id(rec),
            schema.TS: ts,
            schema.ACCOUNT_ID: account,
            schema.ORG_ID: first_truthy(meta, "user_api_key_org_id", "user_api_key_team_id"),
            schema.API_KEY_ID: key_hash,
            schema.END_USER: end_user,
            **address_columns(ip),
            schema.USER_AGENT: user_agent,
            schema.CONVERSATION_ID: rec.get("trace_id"),
            schema.MODEL: rec.get("model"),
            schema.STATUS: http_status,
        }
        messages = rec.get("messages")
        if isinstance(messages, dict) and "messages" in messages:
            messages = messages["messages"]
        if isinstance(messages, str):
            apply_prompt(row, messages)
        elif messages is not None:
            apply_messages(row, messages)
        else:
            raise missing_field("messages")
        if params:
            apply_params(row, params)
        response = rec.get("response")
        if response is not None and not isinstance(response, (dict, str)):
            raise wrong_type("response", "an object or a string", response)
        # the payload's own token counts win over the response's usage block when both exist
        apply_completion(row, response, rec.get("prompt_tokens"), rec.get("completion_tokens"))
        put_extra(row, unmapped(rec, _MAPPED), metadata=unmapped(meta, _META_MAPPED))
        return row


def _exchange_id(rec: dict) -> str | None:
    """LiteLLM's id of the call; else the payload's `id` with its `trace_id`. The payload's `id` is
    the upstream response's id, which an upstream cache serves to many calls, so alone it would
    merge distinct calls; None (no id at all): derived from the record's content (sources.ids)."""
    call_id = rec.get("litellm_call_id")
    if isinstance(call_id, str) and call_id:
        return call_id
    response_id, trace_id = rec.get("id"), rec.get("trace_id")
    if response_id and trace_id:
        return f"{trace_id}/{response_id}"
    return response_id or None
