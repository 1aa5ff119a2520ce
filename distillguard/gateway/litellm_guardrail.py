"""distillguard as a LiteLLM proxy guardrail: the gateway's online path inside LiteLLM.

In the proxy's directory, a file `distillguard_guardrail.py` with one line::

    from distillguard.gateway.litellm_guardrail import DistillguardGuardrail

and in its config.yaml::

    guardrails:
      - guardrail_name: distillguard
        litellm_params:
          guardrail: distillguard_guardrail.DistillguardGuardrail
          mode: [pre_call, post_call]
          default_on: true
          policy: /etc/distillguard/policy.yaml        # optional (default: flag only)
          state: redis://127.0.0.1:6379/0              # optional (default: in process)
          published: /etc/distillguard/published.json  # optional (scan --publish)
          hash_key: os.environ/DISTILLGUARD_HASH_KEY   # keys the hashes of API keys

Pre-call: the request is judged from the account's state (LiteLLM's user, team or key): `block`
and over-limit `throttle` raise (403 / 429), `degrade` rewrites the request. Post-call (and
streaming): degraded answers lose log-probabilities and returned reasoning; every served
exchange is queued for scoring (the same batch scoring as `serve`).
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from typing import Any

from litellm.integrations.custom_guardrail import CustomGuardrail

from distillguard.gateway.identity import BadRequest, Identity, exchange_row, keyed_id
from distillguard.gateway.scoring import ScoringQueue
from distillguard.online.guard import Decision, Guard
from distillguard.online.publish import read_published
from distillguard.online.scorer import OnlineScorer
from distillguard.online.state import open_state
from distillguard.policy import PolicyFile
from distillguard.policy.actions import degrade_request, degrade_response

DECISIONS_KEPT = 10_000  # pre-call decisions waiting for their post-call hook


class GuardrailRefusal(Exception):
    """Raised in the proxy when fastapi is not importable (LiteLLM turns it into an error answer)."""

    def __init__(self, status_code: int, detail: dict):
        super().__init__(detail.get("error", {}).get("message", "refused"))
        self.status_code = status_code
        self.detail = detail


def _refusal(status: int, message: str, code: str, headers: dict | None = None) -> Exception:
    detail = {"error": {"message": message, "type": "permission_denied" if status == 403 else "rate_limit_exceeded",
                        "code": code}}
    try:
        from fastapi import HTTPException  # the proxy's own exception type: its status reaches the client
    except ImportError:
        return GuardrailRefusal(status, detail)
    return HTTPException(status_code=status, detail=detail, headers=headers)


def _field(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _intel(path: str | None, community_key_file: str | None, hash_key: str | None):
    """Peers' watch-lists (`intel import` output) from the guardrail's config: `intel` (a file or
    a directory) and `community_key_file` (else DISTILLGUARD_COMMUNITY_KEY)."""
    if not path:
        return None
    from distillguard.normalize.fingerprints import community_key
    from distillguard.risk.watchlist import Intel, read_watchlists

    return Intel(read_watchlists(path), community_key=community_key(path=community_key_file),
                 account_key=hash_key.encode() if hash_key else None)


class DistillguardGuardrail(CustomGuardrail):
    def __init__(self, policy: str | None = None, state: str | None = None, published: str | None = None,
                 reference_stats: str | None = None, hash_key: str | None = None, target_fpr: float | None = None,
                 intel: str | None = None, community_key_file: str | None = None,
                 scorer: OnlineScorer | None = None, **kwargs):
        super().__init__(**kwargs)
        if scorer is None:
            from distillguard.references import default_reference
            from distillguard.risk import Reference

            ref = Reference.load(reference_stats) if reference_stats else default_reference()
            scorer = OnlineScorer(ref, state=open_state(state), intel=_intel(intel, community_key_file, hash_key),
                                  **({"target_fpr": target_fpr} if target_fpr else {}))
        self.scorer = scorer
        self.policy = PolicyFile(policy, on_error=print)
        self.guard = Guard(scorer, self.policy)
        if published:
            scorer.state.publish(read_published(published))
        self.secret = (hash_key or secrets.token_hex(32)).encode()
        self.scoring = ScoringQueue(scorer)
        self._decisions: OrderedDict[str, tuple[Decision, Identity]] = OrderedDict()

    # -- identity ----------------------------------------------------------------------------------
    def identity(self, user_api_key_dict: Any, data: dict) -> Identity:
        """The account: LiteLLM's user, else its team, else a keyed hash of the (already hashed) key."""
        key = _field(user_api_key_dict, "api_key") or _field(user_api_key_dict, "token")
        key_id = keyed_id(self.secret, "key-", str(key)) if key else None
        account = _field(user_api_key_dict, "user_id") or _field(user_api_key_dict, "team_id") or key_id or "anonymous"
        meta = data.get("metadata") or {}
        headers = meta.get("headers") if isinstance(meta.get("headers"), dict) else {}
        return Identity(str(account), _field(user_api_key_dict, "org_id"), key_id,
                        meta.get("requester_ip_address") or None, headers.get("user-agent"), None, None)

    @staticmethod
    def _call_id(data: dict) -> str:
        return str(data.get("litellm_call_id") or (data.get("metadata") or {}).get("litellm_call_id") or id(data))

    @staticmethod
    def _endpoint(data: dict, call_type: str | None) -> str:
        if call_type in ("responses", "aresponses") or ("input" in data and "messages" not in data):
            return "responses"
        return "completions" if "prompt" in data and "messages" not in data else "chat"

    # -- hooks -------------------------------------------------------------------------------------
    async def async_pre_call_hook(self, user_api_key_dict, cache, data: dict, call_type):
        identity = self.identity(user_api_key_dict, data)
        call_id = self._call_id(data)
        body = {k: v for k, v in data.items() if k in ("model", "messages", "prompt", "input", "instructions")
                or k in ("temperature", "top_p", "max_tokens", "max_completion_tokens", "n", "logprobs",
                         "top_logprobs", "seed", "stream", "tools", "reasoning_effort", "response_format", "user")}
        try:
            row = exchange_row(body, identity, endpoint=self._endpoint(data, call_type), request_id=call_id)
        except BadRequest:
            return data  # not a generation request we can read (embeddings, ...): not ours to judge
        decision = self.guard.decide(row, time.time())
        self._remember(call_id, decision, identity)
        if decision.applied == "block":
            raise _refusal(403, "this account's requests are refused under the provider's usage policy "
                                "(automated extraction of model outputs)", "usage_policy_block")
        if decision.refused:
            retry = max(1, int(decision.retry_after_s + 0.999)) if decision.retry_after_s < 1e9 else 3600
            raise _refusal(429, f"rate limit for this account reached; retry after {retry} s", "rate_limit_exceeded",
                           {"Retry-After": str(retry)})
        if decision.applied == "degrade":
            return degrade_request(data, decision.degrade)
        return data

    async def async_post_call_success_hook(self, data: dict, user_api_key_dict, response):
        decision, identity = self._recall(data)
        if decision is not None and decision.applied == "degrade":
            _degrade_object(response, decision.degrade)
        self._queue(data, identity, response)
        return response

    async def async_post_call_streaming_iterator_hook(self, user_api_key_dict, response, request_data: dict):
        decision, identity = self._recall(request_data)
        degrade = decision.degrade if decision is not None and decision.applied == "degrade" else None
        async for chunk in response:
            if degrade is not None:
                _degrade_object(chunk, degrade)
            yield chunk
        self._queue(request_data, identity, None)

    # -- plumbing ----------------------------------------------------------------------------------
    def _remember(self, call_id: str, decision: Decision, identity: Identity) -> None:
        self._decisions[call_id] = (decision, identity)
        while len(self._decisions) > DECISIONS_KEPT:
            self._decisions.popitem(last=False)

    def _recall(self, data: dict) -> tuple[Decision | None, Identity | None]:
        return self._decisions.pop(self._call_id(data), (None, None))

    def _queue(self, data: dict, identity: Identity | None, response) -> None:
        if identity is None:
            return
        answer = None
        if response is not None:
            dump = getattr(response, "model_dump", None)
            answer = dump() if callable(dump) else (response if isinstance(response, dict) else None)
        body = {k: v for k, v in data.items() if k in ("model", "messages", "prompt", "input", "instructions")}
        endpoint = self._endpoint(data, None)
        call_id = self._call_id(data)

        def make_row():
            try:
                return exchange_row(body, identity, endpoint=endpoint, request_id=call_id,
                                    response=answer if endpoint != "responses" else None)
            except BadRequest:
                return None
        self.scoring.put(make_row)


def _degrade_object(obj: Any, opts: dict) -> None:
    """Strip log-probabilities and returned reasoning from a LiteLLM response or stream chunk in place."""
    if isinstance(obj, dict):
        degrade_response(obj, opts)
        return
    for choice in getattr(obj, "choices", None) or []:
        if opts.get("strip_logprobs", True) and getattr(choice, "logprobs", None) is not None:
            choice.logprobs = None
        if opts.get("drop_reasoning", True):
            for part in ("message", "delta"):
                msg = getattr(choice, part, None)
                if msg is None:
                    continue
                for name in ("reasoning_content", "thinking_blocks", "reasoning"):
                    if getattr(msg, name, None) is not None:
                        try:
                            setattr(msg, name, None)
                        except (AttributeError, TypeError, ValueError):
                            pass
