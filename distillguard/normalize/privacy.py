"""Privacy at ingestion: keyed pseudonyms for identifiers, and secrets scrubbed before storage.

`Pseudonymizer(key).apply(batch)` replaces every value of `schema.IDENTIFIER_COLUMNS` by
`hmac-sha256:<hex>`, a keyed HMAC-SHA256 of the value (the OpenTelemetry security conventions
recommend keyed hashing for identifiers that must stay linkable but not readable). The same input
and key always give the same pseudonym, in every column, so accounts, keys and addresses still
link across logs and runs; without the key the values cannot be reversed or brute-forced from a
list of IPs. The client network (IPv4 /24, IPv6 /48) is hashed as its own value rather than
derived from the hashed address, so "same /24" linkage still works on hashed data.

`scrub_secrets(batch)` is applied to every batch whether or not a key is given: credentials
(Authorization headers, API keys, bearer tokens, `sk-...` keys) are dropped from the JSON columns
`dg.extra` / `dg.request.params` and masked in the free-text columns, so they never reach a store.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.errors import UsageError
from distillguard.normalize.messages import client_network

HASH_PREFIX = "hmac-sha256:"
# A pseudonym is the prefix and exactly 64 lowercase hex digits: anything else (a customer id that
# merely starts with the prefix) is a raw value and gets hashed.
_PSEUDONYM = re.compile(r"hmac-sha256:[0-9a-f]{64}")
REDACTED = "[redacted-secret]"


# --- pseudonyms -----------------------------------------------------------------------------------
class Pseudonymizer:
    """Replace identifiers by keyed HMAC-SHA256 pseudonyms; idempotent on already-hashed values.

    Work is per distinct value: each column is dictionary-encoded, only its distinct values are
    hashed (through a cache shared across batches, since accounts and IPs repeat a lot), and the
    hashed dictionary is expanded back with one `take`.
    """

    def __init__(self, key: bytes, *, cache_size: int = 1 << 20) -> None:
        if isinstance(key, str):
            key = key.encode("utf-8")
        if not key:
            raise UsageError("the hash key is empty")
        self._key = bytes(key)
        # Keyed state computed once; each value then costs one copy + update (hmac.new per value
        # would re-derive the padded key every time).
        self._base = hmac.new(self._key, digestmod=hashlib.sha256)
        self._cache: dict[str, str] = {}
        self._cache_size = cache_size

    @property
    def key_id(self) -> str:
        """A short fingerprint of the key (safe to store): tells whether two runs used one key."""
        return hmac.new(self._key, b"distillguard/pseudonym-key-id", hashlib.sha256).hexdigest()[:16]

    def hash_value(self, value: str) -> str:
        """The pseudonym of one value (an already-hashed value is returned unchanged)."""
        if is_hashed(value):
            return value
        cached = self._cache.get(value)
        if cached is None:
            if len(self._cache) >= self._cache_size:
                self._cache.clear()  # bounded memory; a cold cache only costs time
            mac = self._base.copy()
            mac.update(value.encode("utf-8"))
            cached = self._cache[value] = HASH_PREFIX + mac.hexdigest()
        return cached

    def hash_array(self, values: pa.Array | pa.ChunkedArray) -> pa.Array:
        """Pseudonyms of a string array, nulls kept."""
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        if values.null_count == len(values):
            return values.cast(pa.string())
        encoded = pc.dictionary_encode(values)
        hashed = pa.array([self.hash_value(v) for v in encoded.dictionary.to_pylist()], pa.string())
        return pc.take(hashed, encoded.indices)

    def apply(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """The batch with every identifier column replaced by pseudonyms."""
        batch = fill_client_network(batch)
        names = batch.schema.names
        arrays = list(batch.columns)
        for column in schema.IDENTIFIER_COLUMNS:
            if column in names:
                i = names.index(column)
                arrays[i] = self.hash_array(arrays[i])
        return pa.RecordBatch.from_arrays(arrays, schema=batch.schema)

    __call__ = apply


def is_hashed(value: str | None) -> bool:
    return value is not None and _PSEUDONYM.fullmatch(value) is not None


def network_of(address: str | None) -> str | None:
    """The IPv4 /24 or IPv6 /48 prefix of a raw address ("203.0.113.0/24"), exactly as the
    readers derive it; None for a hashed value or anything that is not an IP."""
    if not address or is_hashed(address):
        return None
    return client_network(address)


def fill_client_network(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Derive the client network from the address where a reader left it null, so hashing the
    address never loses the prefix (readers normally fill it already)."""
    names = batch.schema.names
    if schema.CLIENT_ADDRESS not in names or schema.CLIENT_NETWORK not in names:
        return batch
    address = batch.column(names.index(schema.CLIENT_ADDRESS))
    network = batch.column(names.index(schema.CLIENT_NETWORK))
    need = pc.and_(pc.is_null(network), pc.is_valid(address))
    if not pc.any(need).as_py():
        return batch
    encoded = pc.dictionary_encode(pc.if_else(need, address, pa.scalar(None, pa.string())))
    derived = pa.array([network_of(v) for v in encoded.dictionary.to_pylist()], pa.string())
    filled = pc.coalesce(network, pc.take(derived, encoded.indices))
    arrays = list(batch.columns)
    arrays[names.index(schema.CLIENT_NETWORK)] = filled
    return pa.RecordBatch.from_arrays(arrays, schema=batch.schema)


# --- secrets ------------------------------------------------------------------------------------
# Keys whose value is a credential, compared lowercased with "-" read as "_".
SECRET_KEYS = frozenset(
    {
        "authorization", "proxy_authorization", "api_key", "apikey", "x_api_key", "api_token",
        "x_goog_api_key", "openai_api_key", "anthropic_api_key", "azure_api_key",
        "access_token", "refresh_token", "id_token", "auth_token", "bearer", "token",
        "secret", "client_secret", "password", "passwd", "cookie", "set_cookie", "x_auth_token",
    }
)  # fmt: skip
SECRET_KEY_SUFFIXES = ("_api_key", "_apikey", "_secret", "_password", "_access_token", "_auth_token")

# Credential-shaped values: OpenAI / Anthropic style keys, bearer/basic tokens, AWS, Google, GitHub.
_SECRET_VALUE = (
    r"(?:\b(?:sk|rk)-[A-Za-z0-9_\-]{16,})"
    r"|(?:\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{12,})"
    r"|(?:\bAKIA[0-9A-Z]{16}\b)"
    r"|(?:\bAIza[0-9A-Za-z_\-]{35})"
    r"|(?:\bgh[pousr]_[A-Za-z0-9]{36,})"
)
SECRET_VALUE_RE = re.compile(_SECRET_VALUE)
# Cheap RE2 pre-filter over the raw JSON text: a sensitive key name or a secret-shaped value.
# ("token" only as the end of a key: `access_token` is a credential, `max_tokens` is not.)
_KEY_HINT = r'"(?:[^"]*(?:authoriz|api[-_]?key|apikey|secret|password|passwd|cookie|bearer)[^"]*|[^"]*token)"\s*:'
_JSON_PREFILTER = f"(?i:{_KEY_HINT})|{_SECRET_VALUE}"

JSON_COLUMNS = (schema.EXTRA, schema.PARAMS)
TEXT_COLUMNS = (
    schema.USER_AGENT,
    schema.INPUT_MESSAGES,
    schema.PROMPT,
    schema.SYSTEM_PROMPT,
    schema.RESPONSE,
    schema.REASONING,
)


def is_secret_key(key: str) -> bool:
    k = key.lower().replace("-", "_")
    return k in SECRET_KEYS or k.endswith(SECRET_KEY_SUFFIXES)


def scrub_json_text(text: str) -> str:
    """JSON text without credential keys or credential-shaped values (text that is not JSON has
    its secret-shaped substrings masked instead)."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return SECRET_VALUE_RE.sub(REDACTED, text)
    scrubbed = _scrub(value)
    return text if scrubbed == value else orjson.dumps(scrubbed).decode("utf-8")


def _scrub(value):
    if isinstance(value, dict):
        return {
            k: _scrub(v)
            for k, v in value.items()
            if not is_secret_key(str(k)) and not (isinstance(v, str) and SECRET_VALUE_RE.search(v))
        }
    if isinstance(value, list):
        return [_scrub(v) for v in value if not (isinstance(v, str) and SECRET_VALUE_RE.search(v))]
    return value


def _scrub_json_array(values: pa.Array) -> pa.Array:
    hits = pc.fill_null(pc.match_substring_regex(values, _JSON_PREFILTER), False)
    if not pc.any(hits).as_py():
        return values
    out = values.to_pylist()
    for i in pc.indices_nonzero(hits).to_pylist():
        out[i] = scrub_json_text(out[i])
    return pa.array(out, pa.string())


def _scrub_text_array(values: pa.Array) -> pa.Array:
    hits = pc.fill_null(pc.match_substring_regex(values, _SECRET_VALUE), False)
    if not pc.any(hits).as_py():
        return values
    # Rewrite only the (rare) rows that hold a secret, not the whole column.
    masked = pc.replace_substring_regex(values.filter(hits), _SECRET_VALUE, REDACTED)
    return pc.replace_with_mask(values, hits, masked)


def scrub_secrets(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The batch with credentials removed from JSON columns and masked in free text."""
    names = batch.schema.names
    arrays = list(batch.columns)
    changed = False
    for columns, scrub in ((JSON_COLUMNS, _scrub_json_array), (TEXT_COLUMNS, _scrub_text_array)):
        for column in columns:
            if column not in names:
                continue
            i = names.index(column)
            if arrays[i].null_count == len(arrays[i]):
                continue
            new = scrub(arrays[i])
            if new is not arrays[i]:
                arrays[i], changed = new, True
    return pa.RecordBatch.from_arrays(arrays, schema=batch.schema) if changed else batch


# --- the transform every reader applies --------------------------------------------------------
def ingest_transform(hash_key: bytes | str | None) -> Callable[[pa.RecordBatch], pa.RecordBatch]:
    """What runs on each batch at ingestion: secrets always scrubbed; identifiers pseudonymized
    when a key is given."""
    pseudonymizer = Pseudonymizer(hash_key) if hash_key else None

    def transform(batch: pa.RecordBatch) -> pa.RecordBatch:
        batch = scrub_secrets(batch)
        return pseudonymizer.apply(batch) if pseudonymizer is not None else batch

    transform.pseudonymizer = pseudonymizer  # type: ignore[attr-defined]
    return transform
