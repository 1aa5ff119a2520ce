"""Accounts and the exchange records they emit (exchange log v1, spec section 1)."""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass, field

import orjson

from distillguard.sim import text
from distillguard.sim.network import Address
from distillguard.sim.rng import short_hash

US = 1_000_000
HOUR = 3600 * US
DAY = 24 * HOUR


def rfc3339(ts_us: int) -> str:
    """'2026-11-01T03:04:05.123Z' (millisecond precision, UTC)."""
    sec, us = divmod(ts_us, US)
    t = time.gmtime(sec)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, us // 1000)


def parse_time(value) -> int:
    """RFC 3339 string / date / datetime -> Unix microseconds."""
    if isinstance(value, dt.datetime):
        d = value
    elif isinstance(value, dt.date):
        d = dt.datetime(value.year, value.month, value.day)
    else:
        d = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if d.tzinfo is not None:
        d = d.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return int((d - dt.datetime(1970, 1, 1)).total_seconds() * US)


@dataclass
class Account:
    account_id: str
    label: dict  # spec section 4 entry
    address: Address | None  # home / sticky address (None: per-request addresses)
    user_agent: str
    payment: str
    created: str  # RFC 3339
    tz: float = 0.0
    org_id: str | None = None
    api_keys: list[str] = field(default_factory=list)
    rate: float = 0.0  # events per day (meaning depends on the population)
    client: str = "openai-python"
    servers: list = field(default_factory=list)  # batch / reseller back-end addresses
    jobs: list = field(default_factory=list)  # enterprise batch: which templated jobs it runs
    logprobs: bool = False  # enterprise batch: reads label confidence from logprobs


def new_account(rng: random.Random, seed: int, pop: str, i: int, label: dict, *, address, user_agent, created_us,
                payment=None, org_id=None, tz=0.0, client="openai-python", keys=1) -> Account:
    aid = "acct-" + short_hash(seed, pop, i, n=12)
    return Account(
        account_id=aid, label=label, address=address, user_agent=user_agent,
        payment=payment or ("pm_" + short_hash(seed, pop, i, "card", n=16)),
        created=rfc3339(created_us), tz=tz, org_id=org_id or ("org-" + short_hash(seed, pop, i, "org", n=10)),
        api_keys=["key-" + short_hash(seed, pop, i, "key", k, n=10) for k in range(keys)], client=client,
    )


class Emitter:
    """Builds serialized exchange lines; owns the exchange-id counter of one population."""

    def __init__(self, prefix: str, reasoning_models: frozenset = frozenset(), error_rate: float = 0.002):
        self.prefix = prefix
        self.reasoning_models = reasoning_models  # models that return reasoning text
        self.n = 0
        self.error_rate = error_rate
        self.seen: set[str] = set()  # accounts that sent at least one exchange

    def line(self, rng: random.Random, ts_us: int, acct: Account, messages: list[dict] | None, *, model: str,
             params: dict, response: str | None, reasoning: str | None = None, conversation_id: str | None = None,
             end_user: str | None = None, address: Address | None = None, rate_limited: float = 0.0,
             prompt: str | None = None, extra: dict | None = None, user_agent: str | None = None) -> tuple[int, bytes]:
        self.n += 1
        addr = address or acct.address
        self.seen.add(acct.account_id)
        rec: dict = {
            "id": f"{self.prefix}-{self.n:x}",
            "ts": rfc3339(ts_us),
            "account_id": acct.account_id,
            "org_id": acct.org_id,
            "api_key_id": acct.api_keys[0] if len(acct.api_keys) == 1 else rng.choice(acct.api_keys),
        }
        if end_user is not None:
            rec["end_user"] = end_user
        rec["ip"] = addr.ip if addr else None
        rec["user_agent"] = user_agent or acct.user_agent
        rec["payment_fingerprint"] = acct.payment
        rec["account_created"] = acct.created
        rec["model"] = model
        if messages is not None:
            rec["messages"] = messages
            in_tok = text.messages_tokens(messages)
        else:
            rec["prompt"] = prompt
            in_tok = text.tokens(prompt) + 1
        if params.get("tools"):
            in_tok += 60 * len(params["tools"])
        rec["params"] = params
        u = rng.random()
        if u < rate_limited:
            status = 429
        elif u < rate_limited + self.error_rate:
            status = rng.choice((500, 500, 502, 503))
        else:
            status = 200
        if status == 200:
            out = text.tokens(response)
            rec["response"] = response
            usage = {"input_tokens": in_tok, "output_tokens": 0, "reasoning_tokens": 0}
            if reasoning is None and model in self.reasoning_models and response:
                last = messages[-1].get("content") if messages else prompt
                reasoning = text.generic_reasoning(last if isinstance(last, str) else "", response, params.get("reasoning_effort"))
            if reasoning:
                rec["reasoning"] = reasoning
                usage["reasoning_tokens"] = text.tokens(reasoning)
            usage["output_tokens"] = out + usage["reasoning_tokens"]
            n = params.get("n") or 1
            if n > 1:
                usage["output_tokens"] *= n
            rec["usage"] = usage
        else:
            rec["usage"] = {"input_tokens": in_tok, "output_tokens": 0, "reasoning_tokens": 0}
        rec["status"] = status
        if conversation_id is not None:
            rec["conversation_id"] = conversation_id
        if extra:
            rec.update(extra)
        return ts_us, orjson.dumps(rec)
