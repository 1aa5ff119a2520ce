"""Privacy at ingestion: keyed pseudonyms for identifiers, and secrets scrubbed before storage.

`Pseudonymizer(key).apply(batch)` replaces every value of `schema.IDENTIFIER_COLUMNS` by
`hmac-sha256:<hex>`, a keyed HMAC-SHA256 of the value (the OpenTelemetry security conventions
recommend keyed hashing for identifiers that must stay linkable but not readable). The same input
and key always give the same pseudonym, in every column, so accounts, keys and addresses still
link across logs and runs; without the key the values cannot be reversed or brute-forced from a
list of IPs. The client network (IPv4 /24, IPv6 /48) is hashed as its own value rather than
derived from the hashed address, so "same /24" linkage still works on hashed data. Identifiers
also hide in the JSON columns (`dg.extra`: headers such as X-Forwarded-For, metadata;
`dg.request.params`: the OpenAI `user`): values of identifier-named keys are hashed there too, and
every IP address in any of their strings, with the pseudonym the address column would get.

`scrub_secrets(batch)` is applied to every batch whether or not a key is given: credentials
(Authorization headers, API keys, tokens, cookies, signatures, private keys, ...) are dropped
from the JSON columns `dg.extra` / `dg.request.params` and masked in the free-text columns, so
they never reach a store. One rule set decides what is a secret, by name (`is_secret_key`) and by
value shape (`SECRET_VALUE_RE` in free text; a field's value also by the stricter `FIELD_SECRET_RE`,
`is_secret_field_value`). Its entry points: `scrub_secrets(batch)` for record batches,
`scrub_value(value)` for a decoded JSON value or a reader's dict (what the readers call on the
fields they keep in `dg.extra` / `dg.request.params`), `scrub_json_text(text)` for JSON text, and
`scrub_raw(text)` for a quarantined record (masked in place rather than dropped).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
from collections.abc import Callable
from functools import lru_cache

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.errors import UsageError
from distillguard.normalize.addresses import client_network

HASH_PREFIX = "hmac-sha256:"
# A pseudonym is the prefix and exactly 64 lowercase hex digits: anything else (a customer id that
# merely starts with the prefix) is a raw value and gets hashed.
_PSEUDONYM = re.compile(r"hmac-sha256:[0-9a-f]{64}")
REDACTED = "[redacted-secret]"

JSON_COLUMNS = (schema.EXTRA, schema.PARAMS)
TEXT_COLUMNS = (
    schema.USER_AGENT,
    schema.INPUT_MESSAGES,
    schema.PROMPT,
    schema.SYSTEM_PROMPT,
    schema.RESPONSE,
    schema.REASONING,
)


# --- names ----------------------------------------------------------------------------------------
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize_name(name: str, camel: bool = True) -> str:
    """One spelling for the name rules: `X-Api-Key`, `xApiKey`, `x.api_key` -> `x_api_key`
    (`camel=False`: case changes do not separate words)."""
    return _NOT_ALNUM.sub("_", (_CAMEL.sub("_", name) if camel else name).lower()).strip("_")


def _spellings(name: str) -> set[str]:
    # Both readings: camelCase split (`sessionToken`) and not (`aUtHoRiZaTiOn`, `OpenAIProject`).
    return {normalize_name(name), normalize_name(name, camel=False)}


# Kinds of key that are credentials (not every "_key": `prompt_cache_key`, `idempotency_key` are not).
_KEY_SUFFIXES = (
    "_access_key", "_secret_key", "_private_key", "_subscription_key", "_account_key", "_storage_key", "_master_key",
    "_signing_key", "_encryption_key", "_session_key", "_auth_key", "_client_key", "_service_key", "_admin_key",
    "_app_key", "_application_key", "_consumer_key", "_functions_key", "_host_key", "_license_key",
)  # fmt: skip
# A name is a secret if (normalized) it is one of SECRET_NAMES, ends with one of
# SECRET_NAME_SUFFIXES, has one of SECRET_WORDS between its underscores, or has one of
# SECRET_SUBSTRINGS inside one of its words (`proxyauthorization`, `mysecretkey`, `userpassword`:
# names written without separators). Exact names and suffixes rather than substrings for the
# short words, so `max_tokens`, `prompt_tokens`, `tokenizer`, `auth_method`, `author`, `api_key_id`
# (an id of a key, not the key) stay.
SECRET_NAMES = frozenset({
    "auth", "key", "token", "bearer", "jwt", "sig", "signature", "pwd", "dsn", "api_key", "apikey",
    "connection_string", *(k.lstrip("_") for k in _KEY_SUFFIXES),
})  # fmt: skip
SECRET_NAME_SUFFIXES = (
    "api_key", "apikey", *_KEY_SUFFIXES, "_token", "_token_value", "_auth",
    "_bearer", "_jwt", "_sig", "_signature", "_pwd", "_dsn", "_connection_string", "password", "passwd", "secret",
)  # fmt: skip
SECRET_WORDS = frozenset({
    "authorization", "password", "passwd", "passphrase", "secret", "secrets", "cookie", "cookies",
    "credential", "credentials",
})  # fmt: skip
SECRET_SUBSTRINGS = ("authorization", "password", "passwd", "secret")
# Tokenizer settings, not credentials.
NOT_SECRET_NAMES = frozenset({"bos_token", "eos_token", "pad_token", "unk_token", "sep_token", "cls_token",
                              "mask_token", "stop_token"})
# Parts of words that hold a secret substring but name no credential (a login method without one).
NOT_SECRET_SUBSTRINGS = ("passwordless",)
# RE2 hint over raw JSON text: a key that could be a secret name. Must match every key
# `is_secret_key` accepts (a test checks): the words anywhere, the other rules at the end.
_SECRET_KEY_HINT = (
    r'"[^"]*(?:authoriz|passw|passphrase|secret|cookie|credential)[^"]*"\s*:'
    r'|"[^"]*(?:auth|key|token|token[^"a-z0-9]*value|bearer|jwt|sig|signature|pwd|dsn|connection[^"a-z0-9]*string)'
    r'[^"a-z0-9]*"\s*:'
)


@lru_cache(maxsize=1 << 16)
def is_secret_key(key: str) -> bool:
    """Whether a field / header named `key` holds a credential."""
    return any(_is_secret_spelling(k) for k in _spellings(key))


def _is_secret_spelling(k: str) -> bool:
    if k in NOT_SECRET_NAMES:
        return False
    if k in SECRET_NAMES or k.endswith(SECRET_NAME_SUFFIXES):
        return True
    words = k.split("_")
    if not SECRET_WORDS.isdisjoint(words):
        return True
    for benign in NOT_SECRET_SUBSTRINGS:
        k = k.replace(benign, "_")
    return any(sub in k for sub in SECRET_SUBSTRINGS)


# Identifier names: client addresses ("ip" kind: every address in the value is hashed, each as the
# client.address column would be) and ids of people, tenants, keys and payment instruments ("id"
# kind: the whole value is hashed). Inside `dg.extra` / `dg.request.params` and quarantine records.
_IP_NAMES = frozenset({
    "ip", "ips", "ip_address", "ip_addr", "client_ip", "client_address", "client_addr", "remote_addr",
    "remote_address", "remote_ip", "source_ip", "source_address", "src_ip", "peer_ip", "peer_address",
    "forwarded", "forwarded_for",
    "x_forwarded_for", "x_real_ip", "x_client_ip", "x_cluster_client_ip", "cf_connecting_ip", "cf_connecting_ipv6",
    "true_client_ip", "fastly_client_ip", "requester_ip_address", "x_envoy_external_address",
})  # fmt: skip
# (Not every "_address": server.address is the API's own host.)
_IP_SUFFIXES = ("_ip", "_ips", "_ipv4", "_ipv6", "_ip_address", "_addr", "_client_address", "_peer_address",
                "_remote_address", "_source_address", "_external_address", "_forwarded", "_forwarded_for")
_ID_NAMES = frozenset({
    "user", "user_id", "userid", "username", "user_name", "login", "email", "email_address", "end_user",
    "end_user_id", "enduser", "enduser_id", "enduser_pseudo_id", "safety_identifier", "account", "account_id",
    "customer", "customer_id", "billing_account_id", "org", "org_id", "organization", "organization_id",
    "project_id", "team_id", "tenant_id", "api_key_id", "key_id", "api_key_hash", "api_key_name",
    "api_key_alias", "payment_fingerprint", "card_fingerprint", "device_fingerprint",
})  # fmt: skip
_ID_SUFFIXES = (
    "_user", "_user_id", "_userid", "_username", "_user_name", "_email", "_end_user_id", "_account",
    "_account_id", "_customer", "_customer_id", "_org", "_org_id", "_organization", "_organization_id",
    "_project", "_project_id", "_team_id", "_team_alias", "_tenant_id", "_key_id", "_key_hash", "_key_alias",
    "_email_address", "_payment_fingerprint", "_card_fingerprint", "_device_fingerprint",
)  # fmt: skip
# RE2 hint over raw JSON text: a key that could be an identifier name (superset, a test checks).
_ID_KEY_HINT = (
    r'"[^"]*(?:ip|addr|forward|user|login|mail|account|customer|org|project|team|tenant|key|ident|fingerprint)'
    r'[^"]*"\s*:'
)
_ID, _IP = "id", "ip"


@lru_cache(maxsize=1 << 16)
def identifier_kind(key: str) -> str | None:
    """"ip" for a field naming client addresses, "id" for another identifier, else None."""
    spellings = _spellings(key)
    if any(k in _IP_NAMES or k.endswith(_IP_SUFFIXES) for k in spellings):
        return _IP
    if any(k in _ID_NAMES or k.endswith(_ID_SUFFIXES) for k in spellings):
        return _ID
    return None


def is_identifier_key(key: str) -> bool:
    return identifier_kind(key) is not None


# --- secret values --------------------------------------------------------------------------------
_T = r"[A-Za-z0-9._~+/\-]"  # a character of a bearer / basic token
_AUTH_SCHEMES = ("Bearer", "bearer", "BEARER", "Basic", "basic", "BASIC")
_KEY_PREFIXES = ("sk-", "rk-")  # OpenAI, Anthropic (sk-ant-...) keys
# Credential shapes: (kind, the literals one starts with, the rest of it, whether it must not be the
# tail of a word). The kinds "token", "dashkey" and "param" also take ordinary text ("Basic 101",
# "sk-learn-tutorials", "api_key=self.api_key"): such a match counts only if it looks random (see
# _looks_random). A bearer token needs a digit or 32 characters already in the pattern, so prose
# ("basic structure") does not even reach that check.
_SHAPES: tuple[tuple[str, tuple[str, ...], str, bool], ...] = (
    ("token", _AUTH_SCHEMES, rf"\s+(?:{_T}*[0-9]{_T}*|{_T}{{32,}})=*", True),
    ("dashkey", _KEY_PREFIXES, r"[A-Za-z0-9_\-]{16,}", True),
    ("userinfo", ("://",), r"[^/\s:@\"'<>]{1,256}:[^/\s@\"'<>]{1,256}@", False),  # scheme://user:pass@host
    ("secret", ("AKIA", "ASIA", "ABIA", "ACCA"), r"[0-9A-Z]{16}\b", True),  # AWS access key ids
    ("secret", ("FwoGZXIvYXdz", "IQoJb3JpZ2lu"), r"[A-Za-z0-9/+=]{20,}", True),  # AWS session tokens
    ("secret", ("AIza",), r"[0-9A-Za-z_\-]{35}", True),  # Google API keys
    ("secret", ("ya29.",), r"[0-9A-Za-z_\-]{20,}", True),  # Google OAuth tokens
    ("secret", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), r"[A-Za-z0-9]{36,}", True),  # GitHub
    ("secret", ("github_pat_",), r"[A-Za-z0-9_]{22,}", True),
    ("secret", tuple(f"xox{c}-" for c in "abposre"), r"[A-Za-z0-9\-]{10,}", True),  # Slack
    ("secret", ("hf_",), r"[A-Za-z0-9]{30,}", True),  # Hugging Face
    ("secret", ("sk_live_", "sk_test_", "rk_live_", "rk_test_"), r"[A-Za-z0-9]{10,}", True),  # Stripe
    ("secret", ("whsec_",), r"[A-Za-z0-9]{20,}", True),
    ("secret", ("eyJ",), r"[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]*", True),  # JWT
    # PEM private keys (GCP service-account JSON, SSH, TLS), newlines real or JSON-escaped
    ("secret", ("-----BEGIN",), r"[A-Z0-9 ]*PRIVATE KEY-----(?:[A-Za-z0-9+/=\s]|\\[nr])*"
                                r"(?:-----END[A-Z0-9 ]*PRIVATE KEY-----)?", False),
)  # fmt: skip
# Query / connection-string parameters whose value is a credential (`...&sig=...`, `AccountKey=...`).
_PARAM_NAMES = ("AccountKey", "SharedAccessKey", "SharedAccessSignature", "sig", "X-Amz-Signature",
                "X-Amz-Security-Token", "X-Amz-Credential", "access_token", "refresh_token", "id_token",
                "client_secret", "api_key", "apikey")
_PARAM_VALUE = r"[^&;\s\"'<>]{6,}"


def _python_shapes() -> tuple[str, tuple[str, ...]]:
    """The Python pattern and the kind of each of its groups. Every branch starts with a plain
    character (the word boundary is checked just after it, by a fixed-width look-behind), so sre
    skips the positions no shape can start at and rejects the other branches on their first
    character: ~15x faster on long texts than branches that start with a word-boundary test."""
    branches, kinds = [], []
    for kind, literals, rest, boundary in _SHAPES:
        for literal in literals:
            lit = re.escape(literal)
            guard = f"(?<![A-Za-z0-9_]{lit})" if boundary else ""
            branches.append(f"{lit}{guard}({rest})")
            kinds.append(kind)
    for name in _PARAM_NAMES:  # the `=` first; the name before it, looked behind
        lit = re.escape(name)
        branches.append(f"=(?i:(?<![A-Za-z0-9_]{lit}=)(?<={lit}=))({_PARAM_VALUE})")
        kinds.append("param")
    return "|".join(branches), tuple(kinds)


_SECRET_VALUE, _KINDS = _python_shapes()
# Candidates; a match is a secret once _replacement accepts it (mask_secret_values, has_secret_value).
SECRET_VALUE_RE = re.compile(_SECRET_VALUE)


def _re2_shapes(boundary: str) -> str:
    """The same shapes for the RE2 pre-filters: a superset (the random-looking checks are not in
    it, nor upper bounds: RE2 unrolls counted repetitions, and the URL's 256 copies slowed its
    scan). `boundary`: what stands for "not the tail of a word" before a shape."""
    return "|".join(
        [(boundary if word_start else "") + "(?:" + "|".join(map(re.escape, literals)) + ")"
         + re.sub(r"\{(\d+),\d+\}", r"{\1,}", rest) for _, literals, rest, word_start in _SHAPES]
        + [boundary + "(?i:" + "|".join(map(re.escape, _PARAM_NAMES)) + ")=" + _PARAM_VALUE]
    )


_SECRET_VALUE_RE2 = _re2_shapes("\\b")
# In JSON text a shape may follow an escape ("\nAKIA...", "\tBearer ..."): a word boundary once decoded.
_JSON_BOUNDARY = r"(?:\b|\\[bfnrt]|\\u[0-9a-fA-F]{4})"

# A field's value (JSON: `dg.extra`, `dg.request.params`, a reader's dict) is judged more
# strictly than free text, where "Basic troubleshooting" or "sk-learn-tutorials" must
# stay: a credential a log keeps in a field need not look random, and dropping a field that only
# looked like one loses little. Besides the shapes above, a field value is a credential when it
# starts with an auth scheme and a space or with a key prefix ("Bearer abc", "sk-..."), or holds
# a scheme and 12 token characters or a key prefix and 16 key characters, random-looking or not.
_FIELD_PREFIXES = tuple(f"{s} " for s in _AUTH_SCHEMES) + _KEY_PREFIXES
# (As in _python_shapes: each branch starts with its literal, the word boundary checked behind it.)
_FIELD_SECRET = "|".join(
    [f"{re.escape(k)}(?<![A-Za-z0-9_]{re.escape(k)})" + r"[A-Za-z0-9_\-]{16,}" for k in _KEY_PREFIXES]
    + [f"{s}(?<![A-Za-z0-9_]{s})" + r"\s+[A-Za-z0-9._~+/=\-]{12,}" for s in _AUTH_SCHEMES]
)
FIELD_SECRET_RE = re.compile(_FIELD_SECRET)
# Candidates in a field's value, a superset of what is_secret_field_value accepts: a shape, or a
# scheme or key prefix at the start of a word (one scan finds both, each branch led by its literal).
_FIELD_CANDIDATE_RE = re.compile(
    _SECRET_VALUE + "|" + "|".join(f"{re.escape(p)}(?<![A-Za-z0-9_]{re.escape(p)})" for p in _KEY_PREFIXES)
    + "|" + "|".join(rf"{s}(?<![A-Za-z0-9_]{s})\s" for s in _AUTH_SCHEMES)
)
# RE2 superset of the field rules over raw JSON text (a JSON-escaped space is a backslash).
_FIELD_SECRET_RE2 = f"{_JSON_BOUNDARY}(?:" + "|".join(_AUTH_SCHEMES) + rf")(?:\s|\\)|{_JSON_BOUNDARY}(?:sk|rk)-"
# Cheap RE2 pre-filter over the raw JSON text: a sensitive key name or a secret-shaped value.
_JSON_PREFILTER = f"(?i:{_SECRET_KEY_HINT})|{_re2_shapes(_JSON_BOUNDARY)}|{_FIELD_SECRET_RE2}"


def _looks_random(token: str) -> bool:
    """Credentials are random strings: digits among letters, or long; words are neither."""
    return len(token) >= 32 or (any(c.isdigit() for c in token) and any(c.isalpha() for c in token))


def _replacement(m: re.Match) -> str | None:
    """What a candidate match becomes; None when it is not a secret after all."""
    kind, value = _KINDS[m.lastindex - 1], m.group(m.lastindex)
    if kind in ("token", "dashkey", "param") and not _looks_random(value.strip()):
        return None
    if kind == "userinfo":  # keep the scheme and host: where it pointed is not the secret
        return "://" + REDACTED + "@"
    if kind == "param":
        return m.group(0)[: -len(value)] + REDACTED
    return REDACTED


def _secret_matches(text: str):
    """(start, end, replacement) of the secrets in `text`, left to right."""
    search, pos = SECRET_VALUE_RE.search, 0
    while (m := search(text, pos)) is not None:
        replacement = _replacement(m)
        if replacement is None:
            pos = m.start() + 1  # not a secret; one may still start inside it
            continue
        yield m.start(), m.end(), replacement
        pos = m.end()


def mask_secret_values(text: str) -> str:
    """`text` with every credential-shaped substring replaced by REDACTED."""
    parts, last = [], 0
    for start, end, replacement in _secret_matches(text):
        parts += (text[last:start], replacement)
        last = end
    return text if not parts else "".join(parts) + text[last:]


def has_secret_value(text: str) -> bool:
    """Whether free text holds a credential (a shape of SECRET_VALUE_RE that passes its checks)."""
    return next(_secret_matches(text), None) is not None


def is_secret_field_value(text: str) -> bool:
    """Whether a field holding the string `text` holds a credential: a credential shape anywhere
    in it (has_secret_value) or, stricter than for free text, one of the field rules."""
    return text.startswith(_FIELD_PREFIXES) or FIELD_SECRET_RE.search(text) is not None or has_secret_value(text)


# --- secrets in JSON values -----------------------------------------------------------------------
_DROP = object()


def _nested_json(text: str) -> object:
    """The object or array a string holds as JSON text (a log that kept a body as text), else None."""
    if len(text) < 2 or (text[0] not in "{[" and text.lstrip()[:1] not in ("{", "[")):
        return None
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, (dict, list)) else None


def _dumps(value: object) -> str:
    return orjson.dumps(value, default=str).decode("utf-8")


def _pair_name(value: object) -> str | None:
    """The name of an OTLP-style attribute `{"key": name, "value": ...}` (None for anything else):
    such a pair is judged by its name, not by its literal `key` field."""
    if isinstance(value, dict) and len(value) == 2 and "value" in value and isinstance(value.get("key"), str):
        return value["key"]
    return None


_JSON_START = frozenset("{[ \t\r\n")


def _drop_secrets(value: object) -> object:
    """`value` without secret-named fields and without strings holding a secret (by the field
    rules, is_secret_field_value; _DROP: drop it).

    Runs on every record's unmapped fields, so plain strings are handled inline (no call each)."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if type(k) is str and is_secret_key(k):
                continue
            if type(v) is str:
                if v and v[0] in _JSON_START or _FIELD_CANDIDATE_RE.search(v) is not None:
                    v = _drop_secrets(v)
                    if v is _DROP:
                        continue
            elif isinstance(v, (dict, list)):
                v = _drop_secrets(v)
            out[k] = v
        return out
    if isinstance(value, list):
        out = []
        for v in value:
            name = _pair_name(v)
            if name is not None:
                if is_secret_key(name):
                    continue
                v = {"key": name, "value": _drop_secrets(v["value"])}
                if v["value"] is _DROP:
                    continue
            else:
                v = _drop_secrets(v)
                if v is _DROP:
                    continue
            out.append(v)
        return out
    if isinstance(value, str):
        nested = _nested_json(value)
        if nested is not None:
            scrubbed = _drop_secrets(nested)
            return value if scrubbed == nested else _dumps(scrubbed)
        return _DROP if is_secret_field_value(value) else value
    return value


def scrub_value(value: object) -> object:
    """A copy of a decoded JSON value (or a reader's dict: `extra`, headers, params) without
    credentials: secret-named fields and strings holding a secret are dropped (a bare string has
    its secrets masked as free text). The readers' entry point to the rule set; a batch goes
    through `scrub_secrets`."""
    if isinstance(value, str) and _nested_json(value) is None:
        return mask_secret_values(value)
    scrubbed = _drop_secrets(value)
    return None if scrubbed is _DROP else scrubbed


def _mask_secrets(value: object) -> object:
    """Like _drop_secrets, but secrets become REDACTED in place (a quarantine record keeps its
    shape, so one can still see what was wrong with it). Its strings are judged as free text (a
    quarantined record is whole, prompts included), not by the stricter field rules."""
    if isinstance(value, dict):
        name = _pair_name(value)
        if name is not None:
            return {"key": name, "value": REDACTED if is_secret_key(name) else _mask_secrets(value["value"])}
        return {k: REDACTED if isinstance(k, str) and is_secret_key(k) and v is not None else _mask_secrets(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_secrets(v) for v in value]
    if isinstance(value, str):
        nested = _nested_json(value)
        if nested is not None:
            masked = _mask_secrets(nested)
            return value if masked == nested else _dumps(masked)
        return mask_secret_values(value)
    return value


# `name: value` / `name=value` / `"name": "value"` in text that is not JSON (a truncated record,
# a header dump). The value is a quoted string or a bare word.
_TEXT_PAIR = re.compile(
    r"""(?P<name>"(?:[^"\\\n]|\\.){1,100}"|'[^'\\\n]{1,100}'|(?<![\w.\-])[A-Za-z_][\w.\-]{0,99})(?P<sep>\s*[:=]\s*)"""
    r"""(?P<value>"(?:[^"\\\n]|\\.){0,8192}"?|'[^'\n]{0,8192}'?|[^\s,;&{}\[\]'"][^\s,;&}\]'"]{0,8191})"""
)


def _pair_name_text(name: str) -> str:
    """A pair's name as written: JSON escapes in a quoted name decoded ("Authorization\\r\\n" is
    the header Authorization with a stray line end)."""
    if name.startswith('"') and "\\" in name:
        try:
            decoded = orjson.loads(name)
        except orjson.JSONDecodeError:
            decoded = re.sub(r"\\.", " ", name)
        return str(decoded).strip("\"'")
    return name.strip("\"'")


def _replace_pairs(text: str, replace: Callable[[str, str], str | None]) -> str:
    """Pairs in `text` whose value `replace(name, value)` rewrites (quotes kept); None: unchanged."""

    def one(m: re.Match) -> str:
        name, value = _pair_name_text(m.group("name")), m.group("value")
        quote = value[0] if value[0] in "\"'" else ""
        closed = bool(quote) and len(value) > 1 and value.endswith(quote)
        inner = value[len(quote): len(value) - closed]
        new = replace(name, inner)
        if new is None:
            return m.group(0)
        return m.group("name") + m.group("sep") + quote + new + (quote if closed else "")

    return _TEXT_PAIR.sub(one, text)


def mask_secrets_text(text: str) -> str:
    """Text that is not JSON with secrets masked: credential-shaped substrings and the values of
    secret-named `name: value` pairs."""
    text = mask_secret_values(text)
    return _replace_pairs(text, lambda name, value: REDACTED if value and is_secret_key(name) else None)


def scrub_raw(text: str) -> str:
    """A raw record (quarantine) with secrets masked: parsed as JSON when it is (values of secret
    keys become REDACTED, the shape kept), else masked as text."""
    return _rewrite_json(text, _mask_secrets, mask_secrets_text)


def _rewrite_json(text: str, walk: Callable[[object], object], as_text: Callable[[str], str]) -> str:
    """`text` rewritten by `walk` on its decoded JSON (unchanged text when nothing changed); text
    that is not JSON, or nested deeper than orjson writes or Python recurses, goes to `as_text`."""
    try:
        value = orjson.loads(text)
        new = walk(value)
        return text if new == value else _dumps(new)
    except (orjson.JSONDecodeError, TypeError, RecursionError):  # (orjson.JSONEncodeError is a TypeError)
        return as_text(text)


def scrub_json_text(text: str) -> str:
    """JSON text without credential keys or credential-shaped values (text that is not JSON has
    its secrets masked instead)."""
    return _rewrite_json(text, scrub_value, mask_secrets_text)


def _rewrite_matching(values: pa.Array, prefilter: str, rewrite: Callable[[str], str]) -> pa.Array:
    """`values` with `rewrite` applied to the rows the RE2 `prefilter` matches, once per distinct
    text: only the (rare) rows that may hold a secret or an identifier are decoded in Python, and
    texts that repeat (headers per client build, extras per account) are rewritten once."""
    hits = pc.fill_null(pc.match_substring_regex(values, prefilter), False)
    if not pc.any(hits).as_py():
        return values
    encoded = pc.dictionary_encode(values.filter(hits))
    rewritten = pa.array([rewrite(v) for v in encoded.dictionary.to_pylist()], pa.string())
    return pc.replace_with_mask(values, hits, pc.take(rewritten, encoded.indices))


def scrub_secrets(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The batch with credentials removed from JSON columns (the fields that hold one dropped,
    as `scrub_value` drops them) and masked in free text (`mask_secret_values`)."""
    names = batch.schema.names
    arrays = list(batch.columns)
    changed = False
    for columns, prefilter, scrub in ((JSON_COLUMNS, _JSON_PREFILTER, scrub_json_text),
                                      (TEXT_COLUMNS, _SECRET_VALUE_RE2, mask_secret_values)):
        for column in columns:
            if column not in names:
                continue
            i = names.index(column)
            if arrays[i].null_count == len(arrays[i]):
                continue
            new = _rewrite_matching(arrays[i], prefilter, scrub)
            if new is not arrays[i]:
                arrays[i], changed = new, True
    return pa.RecordBatch.from_arrays(arrays, schema=batch.schema) if changed else batch


# --- addresses ------------------------------------------------------------------------------------
# IP-shaped substrings, checked with `ipaddress` (times "12:30:45", MACs and versions beyond 255 are
# not addresses). IPv6 first, so an IPv4-mapped address is taken whole; an IPv4 may carry a :port.
# A product version ("my-sdk/1.2.3.4" in a user agent: a word, a slash) is not one; an address in a
# URL ("http://203.0.113.7/") is.
_IP_CANDIDATE = re.compile(
    r"(?<![\w.:])(?<!\w/)(?:"
    r"(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{1,4})?(?![\w:]|\.\d)"
    r"|\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)"
    r")"
)
# RE2 hint: text that may hold an address.
_IP_HINT = r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:"
_PSEUDONYMIZE_PREFILTER = f"(?i:{_ID_KEY_HINT})|{_IP_HINT}"
_COMMA_PART = re.compile(r"[^,]+")


@lru_cache(maxsize=1 << 16)
def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


# --- pseudonyms -----------------------------------------------------------------------------------
class Pseudonymizer:
    """Replace identifiers by keyed HMAC-SHA256 pseudonyms; idempotent on already-hashed values.

    Work is per distinct value: each column is dictionary-encoded, only its distinct values are
    hashed (through a cache shared across batches, since accounts and IPs repeat a lot), and the
    hashed dictionary is expanded back with one `take`. JSON columns are parsed only on rows
    an RE2 pre-filter finds an identifier-like key or an address in.
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
        self._text_cache: dict[str, str] = {}  # strings in JSON columns -> the same, addresses hashed
        self._address_cache: dict[str, str] = {}  # address fields (X-Forwarded-For) -> hashed
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

    # --- identifiers inside text and JSON ---------------------------------------------------------
    def hash_addresses(self, text: str) -> str:
        """`text` with every IP address in it replaced by its pseudonym."""
        if "." not in text and ":" not in text:  # (no address without one)
            return text
        return _IP_CANDIDATE.sub(lambda m: self.hash_value(m.group(0)) if _is_ip(m.group(0)) else m.group(0), text)

    def _hash_text(self, text: str) -> str:
        """A string outside identifier fields: JSON inside it walked, addresses in it hashed.
        Short ones cached: header values (user agents, content types) repeat on every row."""
        cached = self._text_cache.get(text)
        if cached is None:
            nested = _nested_json(text)
            if nested is not None:
                hashed = self.pseudonymize_value(nested)
                cached = text if hashed == nested else _dumps(hashed)
            else:
                cached = self.hash_addresses(text)
            _remember(self._text_cache, text, cached, self._cache_size)
        return cached

    def _hash_address_list(self, text: str) -> str:
        """A field of client addresses (X-Forwarded-For "a, b", Forwarded "for=a;proto=..."): each
        address hashed alone, so the first one matches client.address; a part holding no address
        ("unknown", an obfuscated id) is hashed whole."""
        cached = self._address_cache.get(text)
        if cached is None:
            cached = _COMMA_PART.sub(self._hash_address_part, text)
            _remember(self._address_cache, text, cached, self._cache_size)
        return cached

    def _hash_address_part(self, m: re.Match) -> str:
        p = m.group(0)
        core = p.strip()
        if not core or _PSEUDONYM.search(core):
            return p
        new = self.hash_addresses(core)
        if new == core:
            new = self.hash_value(core)
        return p.replace(core, new, 1)

    def _hash_leaf(self, value: object, kind: str | None) -> object:
        if isinstance(value, str):
            if kind == _IP:
                return self._hash_address_list(value)
            if kind == _ID:
                return self.hash_value(value) if value else value
            return self._hash_text(value)
        if kind is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
            return self.hash_value(str(value))
        return value

    def pseudonymize_value(self, value: object, kind: str | None = None) -> object:
        """A decoded JSON value with identifiers hashed: values of identifier-named keys (all of
        it, when such a key holds an object or a list) and IP addresses in every string."""
        if isinstance(value, dict):
            name = _pair_name(value)
            if name is not None:
                return {"key": name, "value": self.pseudonymize_value(value["value"], kind or identifier_kind(name))}
            out = {}
            for k, v in value.items():
                k_kind = kind or (identifier_kind(k) if type(k) is str else None)
                # (plain strings inline: most values of a row are headers that are no identifier)
                out[k] = self._hash_text(v) if k_kind is None and type(v) is str else self.pseudonymize_value(v, k_kind)
            return out
        if isinstance(value, list):
            return [self.pseudonymize_value(v, kind) for v in value]
        return self._hash_leaf(value, kind)

    def pseudonymize_text(self, text: str) -> str:
        """Text that is not JSON with identifiers hashed: values of identifier-named
        `name: value` pairs and every IP address."""

        def pair(name: str, value: str) -> str | None:
            kind = identifier_kind(name)
            return None if kind is None or not value else self._hash_leaf(value, kind)

        return self.hash_addresses(_replace_pairs(text, pair))

    def pseudonymize_json_text(self, text: str) -> str:
        """JSON text with identifiers hashed (text that is not JSON: as pseudonymize_text)."""
        return _rewrite_json(text, self.pseudonymize_value, self.pseudonymize_text)

    def apply(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """The batch with every identifier replaced by pseudonyms: identifier columns, and
        identifiers inside the JSON columns."""
        batch = fill_client_network(batch)
        names = batch.schema.names
        arrays = list(batch.columns)
        for column in schema.IDENTIFIER_COLUMNS:
            if column in names:
                i = names.index(column)
                arrays[i] = self.hash_array(arrays[i])
        for column in JSON_COLUMNS:
            if column in names:
                i = names.index(column)
                if arrays[i].null_count < len(arrays[i]):
                    arrays[i] = _rewrite_matching(arrays[i], _PSEUDONYMIZE_PREFILTER, self.pseudonymize_json_text)
        for column, pattern in ((schema.DIGEST, _RAW_DIGEST), (schema.EXCHANGE_ID, _RAW_DERIVED_ID)):
            if column in names:
                i = names.index(column)
                arrays[i] = self._key_digests(arrays[i], pattern)
        return pa.RecordBatch.from_arrays(arrays, schema=batch.schema)

    __call__ = apply

    def _key_digests(self, values: pa.Array | pa.ChunkedArray, pattern: str) -> pa.Array:
        """Record digests, and the ids derived from them (sources.ids), keyed: an unkeyed hash of
        a record could confirm a guess of its content (who sent this prompt, when). A keyed digest
        starts with "h" (never a hex digit), so keying twice changes nothing."""
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        hits = pc.fill_null(pc.match_substring_regex(values, pattern), False)
        if not pc.any(hits).as_py():
            return values
        keyed = [self._keyed_digest(v) for v in values.filter(hits).to_pylist()]
        return pc.replace_with_mask(values, hits, pa.array(keyed, pa.string()))

    def _keyed_digest(self, value: str) -> str:
        head, digest, tail = ("", value, "") if len(value) == 32 else (value[:2], value[2:34], value[34:])
        mac = self._base.copy()
        mac.update(b"distillguard/digest\x00" + digest.encode("ascii"))
        return head + "h" + mac.hexdigest()[:31] + tail

    def pseudonymize_raw(self, text: str) -> str:
        """A raw record (quarantine) with identifiers hashed: JSON field by field, other text by
        `name: value` pairs and IP addresses."""
        return self.pseudonymize_json_text(text)


# A record digest and an id derived from one, not yet keyed (see sources.ids).
_RAW_DIGEST = r"^[0-9a-f]{32}$"
_RAW_DERIVED_ID = r"^c-[0-9a-f]{32}(?:-[0-9]+)?$"
_CACHED_TEXT_CHARS = 256  # longer strings (notes, bodies) rarely repeat: not worth the memory


def _remember(cache: dict[str, str], text: str, result: str, size: int) -> None:
    if len(text) <= _CACHED_TEXT_CHARS:
        if len(cache) >= size:
            cache.clear()  # bounded memory, as for the pseudonyms
        cache[text] = result


def is_hashed(value: str | None) -> bool:
    return value is not None and _PSEUDONYM.fullmatch(value) is not None


def fill_client_network(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Derive the client network from the address where a reader left it null, so hashing the
    address never loses the prefix (readers normally fill it already). As the readers derive it
    (`client_network`: None for an already-hashed address or anything that is not an IP)."""
    names = batch.schema.names
    if schema.CLIENT_ADDRESS not in names or schema.CLIENT_NETWORK not in names:
        return batch
    address = batch.column(names.index(schema.CLIENT_ADDRESS))
    network = batch.column(names.index(schema.CLIENT_NETWORK))
    need = pc.and_(pc.is_null(network), pc.is_valid(address))
    if not pc.any(need).as_py():
        return batch
    encoded = pc.dictionary_encode(pc.if_else(need, address, pa.scalar(None, pa.string())))
    derived = pa.array([client_network(v) for v in encoded.dictionary.to_pylist()], pa.string())
    filled = pc.coalesce(network, pc.take(derived, encoded.indices))
    arrays = list(batch.columns)
    arrays[names.index(schema.CLIENT_NETWORK)] = filled
    return pa.RecordBatch.from_arrays(arrays, schema=batch.schema)


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
