"""Online state: what the gateway and `replay` remember between requests.

Per account: a bounded window of its recent scored exchanges (the narrow columns and the signal
columns `pipeline.score_batch` makes; never prompt or system prompt text, only digests of them),
how many exchanges it has sent, and its latest verdict. Shared: verdicts and campaigns published by a batch `scan` (`online.publish`),
the campaigns' identity artifacts, and the token buckets of throttled accounts and campaigns.

Two backends behind one interface, picked by a URL (datasketch's storage-config idea):
`MemoryState` (one process; the default) and `RedisState` (several gateway replicas share it;
falls back to a local MemoryState while Redis is down, see `RedisState`).
"""

from __future__ import annotations

import io
import math
import threading
import time
from collections import deque
from dataclasses import dataclass

import orjson
import pyarrow as pa
import pyarrow.json as pa_json

from distillguard.errors import DistillguardError

DEFAULT_WINDOW = 1000  # exchanges of an account kept for re-scoring it
# From this many rows on, windows are decoded by Arrow's JSON reader: ~4 ms to start, then a few
# microseconds a row without the interpreter lock (orjson and a row of Python dicts: ~15 us a row).
ARROW_JSON_ROWS = 400


# -- rows of the window: one JSON object per exchange (compact, the same in every backend) -----

def rows_to_json(table: pa.Table) -> list[bytes]:
    """Each row of a scored table as compact JSON (timestamps as integer microseconds, nulls left out)."""
    cols = []
    for field, col in zip(table.schema, table.columns):
        if pa.types.is_timestamp(field.type):
            col = col.cast(pa.int64())
        cols.append(col.to_pylist())
    names = table.column_names
    out = []
    for values in zip(*cols):
        out.append(orjson.dumps({k: v for k, v in zip(names, values) if v is not None},
                                option=orjson.OPT_SERIALIZE_NUMPY))
    return out


def json_to_table(rows: list[bytes], schema: pa.Schema) -> pa.Table:
    """The inverse of `rows_to_json` under the scored schema (fields it does not name are ignored)."""
    plain = pa.schema([pa.field(f.name, pa.int64()) if pa.types.is_timestamp(f.type) else f for f in schema])
    if len(rows) < ARROW_JSON_ROWS:
        table = pa.Table.from_pylist([orjson.loads(r) for r in rows], schema=plain)
    else:
        table = pa_json.read_json(io.BytesIO(b"\n".join(rows)), parse_options=pa_json.ParseOptions(
            explicit_schema=plain, unexpected_field_behavior="ignore"))
    return table.cast(schema)


# -- verdicts ------------------------------------------------------------------------------------

@dataclass
class AccountVerdict:
    """What the online path currently holds against an account."""

    risk: float = 0.0
    flagged: bool = False
    campaign_id: str | None = None
    reasons: tuple[str, ...] = ()  # signal names of the evidence (spec §3 `reasons`)
    evidence: tuple[dict, ...] = ()  # the risk model's evidence, in plain words
    source: str = "online"  # "online" (scored here), "published" (from a batch scan), "linked"
    scored_at: int = 0  # the account's exchange count when it was last scored

    def to_json(self) -> bytes:
        return orjson.dumps({"risk": self.risk, "flagged": self.flagged, "campaign_id": self.campaign_id,
                             "reasons": list(self.reasons), "evidence": list(self.evidence),
                             "source": self.source, "scored_at": self.scored_at})

    @staticmethod
    def from_json(data: bytes | str) -> "AccountVerdict":
        d = orjson.loads(data)
        return AccountVerdict(float(d.get("risk") or 0.0), bool(d.get("flagged")), d.get("campaign_id"),
                              tuple(d.get("reasons") or ()), tuple(d.get("evidence") or ()),
                              str(d.get("source") or "online"), int(d.get("scored_at") or 0))


# -- token buckets -------------------------------------------------------------------------------

def bucket_take(tokens: float, updated: float, now: float, rate_per_s: float, burst: float
                ) -> tuple[bool, float, float, float]:
    """One request against a token bucket: (allowed, tokens left, updated at, seconds until the
    next token when refused). A bucket not seen yet starts full (tokens = nan)."""
    if math.isnan(tokens):
        tokens, updated = burst, now
    tokens = min(burst, tokens + max(0.0, now - updated) * rate_per_s)
    if tokens >= 1.0:
        return True, tokens - 1.0, now, 0.0
    wait = (1.0 - tokens) / rate_per_s if rate_per_s > 0 else float("inf")
    return False, tokens, now, wait


class OnlineState:
    """The interface both backends implement (see module docstring)."""

    window: int

    # per account
    def append(self, account: str, rows: list[bytes]) -> int:
        """Add scored rows to the account's window; returns its exchange count."""
        raise NotImplementedError

    def window_rows(self, account: str) -> list[bytes]:
        raise NotImplementedError

    def count(self, account: str) -> int:
        raise NotImplementedError

    def verdict(self, account: str) -> AccountVerdict | None:
        raise NotImplementedError

    def set_verdict(self, account: str, verdict: AccountVerdict) -> None:
        raise NotImplementedError

    # published by a batch scan
    def publish(self, doc: dict) -> None:
        """Replace the published verdicts, campaigns and artifacts (see online.publish)."""
        raise NotImplementedError

    def published_account(self, account: str) -> dict | None:
        raise NotImplementedError

    def artifact_campaign(self, kind: str, key: str) -> dict | None:
        """The published campaign holding this identity artifact, if any."""
        raise NotImplementedError

    def campaign(self, campaign_id: str) -> dict | None:
        raise NotImplementedError

    # throttling
    def take(self, bucket: str, rate_per_s: float, burst: float, now: float) -> tuple[bool, float]:
        """(allowed, retry after seconds) for one request against a named token bucket."""
        raise NotImplementedError

    def close(self) -> None:
        pass


class MemoryState(OnlineState):
    """State in this process (thread-safe)."""

    def __init__(self, window: int = DEFAULT_WINDOW):
        self.window = int(window)
        self._lock = threading.Lock()
        self._rows: dict[str, deque] = {}
        self._counts: dict[str, int] = {}
        self._verdicts: dict[str, AccountVerdict] = {}
        self._published: dict[str, dict] = {}
        self._artifacts: dict[tuple[str, str], str] = {}
        self._campaigns: dict[str, dict] = {}
        self._buckets: dict[str, tuple[float, float]] = {}

    def append(self, account: str, rows: list[bytes]) -> int:
        with self._lock:
            window = self._rows.setdefault(account, deque(maxlen=self.window))
            window.extend(rows)
            self._counts[account] = self._counts.get(account, 0) + len(rows)
            return self._counts[account]

    def window_rows(self, account: str) -> list[bytes]:
        with self._lock:
            return list(self._rows.get(account, ()))

    def count(self, account: str) -> int:
        return self._counts.get(account, 0)

    def verdict(self, account: str) -> AccountVerdict | None:
        return self._verdicts.get(account)

    def set_verdict(self, account: str, verdict: AccountVerdict) -> None:
        with self._lock:
            self._verdicts[account] = verdict

    def publish(self, doc: dict) -> None:
        accounts = {a["account_id"]: a for a in doc.get("accounts", [])}
        campaigns = {c["campaign_id"]: c for c in doc.get("campaigns", [])}
        artifacts = {(a["kind"], a["key"]): c["campaign_id"] for c in doc.get("campaigns", [])
                     for a in c.get("artifacts", [])}
        with self._lock:  # swapped whole: a reader sees the old set or the new one
            self._published, self._campaigns, self._artifacts = accounts, campaigns, artifacts

    def published_account(self, account: str) -> dict | None:
        return self._published.get(account)

    def artifact_campaign(self, kind: str, key: str) -> dict | None:
        cid = self._artifacts.get((kind, key))
        return self._campaigns.get(cid) if cid is not None else None

    def campaign(self, campaign_id: str) -> dict | None:
        return self._campaigns.get(campaign_id)

    def take(self, bucket: str, rate_per_s: float, burst: float, now: float) -> tuple[bool, float]:
        with self._lock:
            tokens, updated = self._buckets.get(bucket, (math.nan, now))
            ok, tokens, updated, wait = bucket_take(tokens, updated, now, rate_per_s, burst)
            self._buckets[bucket] = (tokens, updated)
            return ok, wait


# Token bucket in one Redis round trip (KEYS[1] = bucket; ARGV = now, rate, burst, ttl).
_TAKE_LUA = """
local b = redis.call('HMGET', KEYS[1], 't', 'u')
local now, rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens, updated = tonumber(b[1]), tonumber(b[2])
if tokens == nil then tokens = burst; updated = now end
tokens = math.min(burst, tokens + math.max(0, now - updated) * rate)
local ok = 0
local wait = 0
if tokens >= 1 then ok = 1; tokens = tokens - 1 else
  if rate > 0 then wait = (1 - tokens) / rate else wait = -1 end
end
redis.call('HSET', KEYS[1], 't', string.format('%.17g', tokens), 'u', string.format('%.17g', now))
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return {ok, tostring(wait)}
"""


class RedisState(OnlineState):
    """State in Redis, shared by every replica that points at the same server and prefix.

    While Redis is unreachable the state falls back to a local `MemoryState` (fail-open: serving
    goes on with what this replica sees) and tries Redis again every `retry_s` seconds; with
    `fail_closed` an operation raises `StateUnavailable` instead (the gateway then refuses)."""

    def __init__(self, url: str, *, window: int = DEFAULT_WINDOW, prefix: str = "dg:", fail_closed: bool = False,
                 retry_s: float = 2.0, timeout_s: float = 0.5):
        try:
            import redis
        except ImportError as exc:  # pragma: no cover - redis is a core dependency
            raise DistillguardError("Redis state needs the `redis` package") from exc
        self.window = int(window)
        self.url = url
        self.prefix = prefix
        self.fail_closed = fail_closed
        self.retry_s = retry_s
        self._redis = redis.Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)
        self._errors = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)
        self._take = self._redis.register_script(_TAKE_LUA)
        self.local = MemoryState(window)
        self._down_until = 0.0
        self.failures = 0

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _run(self, fn, fallback):
        """fn(redis) when Redis is up; else the local fallback (or StateUnavailable when fail-closed)."""
        if self.available:
            try:
                return fn(self._redis)
            except self._errors:
                self.failures += 1
                self._down_until = time.monotonic() + self.retry_s
        if self.fail_closed:
            raise StateUnavailable(f"Redis at {_redacted(self.url)} is unavailable")
        return fallback()

    def _k(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    def append(self, account: str, rows: list[bytes]) -> int:
        if not rows:  # RPUSH needs at least one value
            return self.count(account)

        def go(r):
            p = r.pipeline()
            p.rpush(self._k("w", account), *rows)
            p.ltrim(self._k("w", account), -self.window, -1)
            p.incrby(self._k("n", account), len(rows))
            return int(p.execute()[2])
        return self._run(go, lambda: self.local.append(account, rows))

    def window_rows(self, account: str) -> list[bytes]:
        return self._run(lambda r: list(r.lrange(self._k("w", account), 0, -1)),
                         lambda: self.local.window_rows(account))

    def count(self, account: str) -> int:
        return self._run(lambda r: int(r.get(self._k("n", account)) or 0), lambda: self.local.count(account))

    def verdict(self, account: str) -> AccountVerdict | None:
        def go(r):
            data = r.get(self._k("v", account))
            return AccountVerdict.from_json(data) if data else None
        return self._run(go, lambda: self.local.verdict(account))

    def set_verdict(self, account: str, verdict: AccountVerdict) -> None:
        self.local.set_verdict(account, verdict)
        self._run(lambda r: r.set(self._k("v", account), verdict.to_json()), lambda: None)

    def publish(self, doc: dict) -> None:
        self.local.publish(doc)

        def go(r):
            p = r.pipeline(transaction=True)  # MULTI/EXEC: replicas see the old set or the new one
            for name in ("pa", "pc", "pf"):
                p.delete(self._k(name))
            accounts = {a["account_id"]: orjson.dumps(a) for a in doc.get("accounts", [])}
            campaigns = {c["campaign_id"]: orjson.dumps(c) for c in doc.get("campaigns", [])}
            artifacts = {f"{a['kind']}\x1f{a['key']}": c["campaign_id"] for c in doc.get("campaigns", [])
                         for a in c.get("artifacts", [])}
            if accounts:
                p.hset(self._k("pa"), mapping=accounts)
            if campaigns:
                p.hset(self._k("pc"), mapping=campaigns)
            if artifacts:
                p.hset(self._k("pf"), mapping=artifacts)
            p.execute()
        self._run(go, lambda: None)

    def published_account(self, account: str) -> dict | None:
        def go(r):
            data = r.hget(self._k("pa"), account)
            return orjson.loads(data) if data else None
        return self._run(go, lambda: self.local.published_account(account))

    def artifact_campaign(self, kind: str, key: str) -> dict | None:
        def go(r):
            cid = r.hget(self._k("pf"), f"{kind}\x1f{key}")
            if cid is None:
                return None
            data = r.hget(self._k("pc"), cid)
            return orjson.loads(data) if data else None
        return self._run(go, lambda: self.local.artifact_campaign(kind, key))

    def campaign(self, campaign_id: str) -> dict | None:
        def go(r):
            data = r.hget(self._k("pc"), campaign_id)
            return orjson.loads(data) if data else None
        return self._run(go, lambda: self.local.campaign(campaign_id))

    def take(self, bucket: str, rate_per_s: float, burst: float, now: float) -> tuple[bool, float]:
        ttl = int(max(60, math.ceil(burst / rate_per_s) * 2)) if rate_per_s > 0 else 86400

        def go(r):
            ok, wait = self._take(keys=[self._k("b", bucket)], args=[now, rate_per_s, burst, ttl])
            wait = float(wait)
            return bool(ok), (math.inf if wait < 0 else wait)
        return self._run(go, lambda: self.local.take(bucket, rate_per_s, burst, now))

    def close(self) -> None:
        try:
            self._redis.close()
        except Exception:  # noqa: BLE001 - closing a dead connection is not an error
            pass


class StateUnavailable(DistillguardError):
    """The shared state cannot be reached and the gateway was told to fail closed."""


def _redacted(url: str) -> str:
    """A Redis URL without its password (URLs are printed in errors and logs)."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return url


def open_state(url: str | None, *, window: int = DEFAULT_WINDOW, fail_closed: bool = False) -> OnlineState:
    """`None` or "memory://": in this process; "redis://..." / "rediss://..." / "unix://...": Redis."""
    if url is None or url in ("", "memory://", "memory"):
        return MemoryState(window)
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisState(url, window=window, fail_closed=fail_closed)
    raise DistillguardError(f"unknown state URL {_redacted(url)!r}: use memory:// or redis://host:port/db")
