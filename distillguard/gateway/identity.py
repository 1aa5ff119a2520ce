"""Who sent a request, as the gateway sees it, and the canonical exchange row it makes.

- Account: the provider's own account id when its auth layer in front of the gateway says so in
  `X-Distillguard-Account` (honoured only with `trust_identity_headers`), else a keyed hash of
  the API key (`key-...`: the key itself is never stored, logged or compared in the clear), else
  a keyed hash of the client address (`anon-...`).
- Client address: the peer; with `trusted_proxies`, the right-most address of X-Forwarded-For
  that is not a trusted proxy.
- End user: the body's `user` / `safety_identifier`. Organisation: `OpenAI-Organization`.
- Payment fingerprint and account creation time: `X-Distillguard-Payment` and
  `X-Distillguard-Account-Created`, from the provider's auth layer (trusted headers only).

The row is made by the `openai-gateway` log reader's own mapping (sources.openai_gateway), so an
exchange scored by the gateway is the exchange `scan` reads from that gateway's log.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass
from datetime import datetime, timezone

import pyarrow as pa

from distillguard.sources.base import FileContext
from distillguard.sources.builder import BatchBuilder
from distillguard.sources.openai_gateway import OpenAIGateway
from distillguard.sources.quarantine import RecordError

TRUSTED_PREFIX = "x-distillguard-"
_MAPPER = OpenAIGateway()
_CTX = FileContext(path="gateway", id_prefix="gw")


class BadRequest(Exception):
    """A request the gateway refuses with 400 (the message is safe to return to the client)."""


@dataclass(frozen=True)
class Identity:
    account_id: str
    org_id: str | None
    api_key_id: str | None  # keyed hash of the key: lets one account's keys be told apart
    client_address: str | None
    user_agent: str | None
    payment_fingerprint: str | None
    account_created: str | None


def keyed_id(secret: bytes, prefix: str, value: str) -> str:
    return prefix + hmac.new(secret, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:24]


def api_key_of(headers) -> str | None:
    auth = headers.get("authorization")
    if auth and auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return headers.get("api-key") or headers.get("x-api-key") or None


def client_address(peer: str | None, forwarded_for: str | None, trusted: tuple) -> str | None:
    """The client's address: the peer, or behind trusted proxies the first untrusted hop."""
    if not trusted or not forwarded_for or not _in(peer, trusted):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _in(hop, trusted):
            return hop
    return hops[0] if hops else peer


def _in(address: str | None, networks: tuple) -> bool:
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def parse_networks(values) -> tuple:
    out = []
    for v in values or ():
        try:
            out.append(ipaddress.ip_network(v, strict=False))
        except ValueError:
            raise ValueError(f"not an address or network: {v!r}") from None
    return tuple(out)


def identify(headers, peer: str | None, secret: bytes, *, trust_identity_headers: bool = False,
             trusted_proxies: tuple = ()) -> Identity:
    address = client_address(peer, headers.get("x-forwarded-for"), trusted_proxies)
    key = api_key_of(headers)
    key_id = keyed_id(secret, "key-", key) if key else None
    account = headers.get(TRUSTED_PREFIX + "account") if trust_identity_headers else None
    if not account:
        account = key_id or keyed_id(secret, "anon-", address or "unknown")
    trusted = (lambda name: headers.get(TRUSTED_PREFIX + name)) if trust_identity_headers else (lambda name: None)
    return Identity(account, headers.get("openai-organization"), key_id, address, headers.get("user-agent"),
                    trusted("payment"), trusted("account-created"))


def _responses_to_chat(body: dict) -> dict:
    """A responses-API body in the chat shape the mapping reads (`input`, `instructions`)."""
    messages = []
    if isinstance(body.get("instructions"), str):
        messages.append({"role": "system", "content": body["instructions"]})
    data = body.get("input")
    if isinstance(data, str):
        messages.append({"role": "user", "content": data})
    elif isinstance(data, list):
        for item in data:
            if not isinstance(item, dict) or "role" not in item:
                continue  # tool outputs, reasoning items: not a turn
            content = item.get("content")
            if isinstance(content, list):
                content = "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
            messages.append({"role": item["role"], "content": content if isinstance(content, str) else ""})
    else:
        raise BadRequest("'input' must be a string or a list of messages")
    out = {k: v for k, v in body.items() if k not in ("input", "instructions")}
    out["messages"] = messages or [{"role": "user", "content": ""}]
    return out


def exchange_dict(body: dict, identity: Identity, *, endpoint: str, request_id: str, ts: datetime | None = None,
                  response: dict | None = None, status: int | None = None) -> dict:
    """The canonical row of a request (and its answer, once known) as the mapping makes it: a dict
    of column -> value, not yet type-checked (`exchange_row` checks and converts)."""
    if endpoint == "responses":
        body = _responses_to_chat(body)
    elif "messages" not in body and "prompt" not in body:
        raise BadRequest("the body needs 'messages'" if endpoint == "chat" else "the body needs 'prompt'")
    meta = {"account_id": identity.account_id, "ts": (ts or datetime.now(timezone.utc)).isoformat(),
            "request_id": request_id, "org_id": identity.org_id, "api_key_id": identity.api_key_id,
            "ip": identity.client_address, "user_agent": identity.user_agent,
            "payment_fingerprint": identity.payment_fingerprint, "account_created": identity.account_created}
    if status is not None:
        meta["status"] = status
    record = {"request": body, "response": response or {}, "metadata": {k: v for k, v in meta.items() if v is not None}}
    try:
        return _MAPPER.map(record, 0, _CTX)
    except RecordError as exc:
        raise BadRequest(str(exc)) from None


def row_table(row: dict) -> pa.Table:
    """One canonical row dict as a one-row table, type-checked as a log reader would (BadRequest)."""
    problems: list[str] = []
    builder = BatchBuilder("openai-gateway", "gateway", lambda line, raw, reason, kind: problems.append(reason))
    builder.add(row, 0, None)
    batch = builder.build()
    if batch is None:
        raise BadRequest(problems[0] if problems else "the request could not be read")
    return pa.Table.from_batches([batch])


def rows_table(rows: list[dict]) -> tuple[pa.Table | None, int]:
    """Many canonical row dicts as one table, type-checked as `row_table` checks one (one
    conversion for the batch: per row it was a fifth of the gateway's time under load); rows
    that fail are left out. Returns (table or None, rows left out)."""
    problems: list[str] = []
    builder = BatchBuilder("openai-gateway", "gateway", lambda line, raw, reason, kind: problems.append(reason))
    for i, row in enumerate(rows):
        builder.add(row, i, None)
    batch = builder.build()
    return (None if batch is None else pa.Table.from_batches([batch])), len(problems)


def exchange_row(body: dict, identity: Identity, *, endpoint: str, request_id: str, ts: datetime | None = None,
                 response: dict | None = None, status: int | None = None) -> pa.Table:
    """The canonical one-row table of a request (and its answer, once known)."""
    return row_table(exchange_dict(body, identity, endpoint=endpoint, request_id=request_id, ts=ts,
                                   response=response, status=status))
