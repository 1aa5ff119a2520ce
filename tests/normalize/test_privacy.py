import datetime as dt
import hashlib
import hmac

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillguard import schema
from distillguard.errors import UsageError
from distillguard.normalize.addresses import client_network
from distillguard.normalize import privacy
from distillguard.normalize.privacy import (
    HASH_PREFIX,
    REDACTED,
    Pseudonymizer,
    ingest_transform,
    is_hashed,
    is_secret_key,
    scrub_json_text,
    scrub_raw,
    scrub_secrets,
)

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def batch(rows):
    base = {schema.EXCHANGE_ID: "e", schema.TS: T0, schema.ACCOUNT_ID: "a"}
    full = [{**base, schema.EXCHANGE_ID: f"e{i}", **r} for i, r in enumerate(rows)]
    return schema.from_rows(full).to_batches()[0]


def expected(key: bytes, value: str) -> str:
    return HASH_PREFIX + hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def test_identifiers_become_keyed_hmac_sha256():
    b = batch([{schema.ACCOUNT_ID: "acct-1", schema.ORG_ID: "org-1", schema.API_KEY_ID: "key-1",
                schema.END_USER: "user-1", schema.CLIENT_ADDRESS: "203.0.113.7",
                schema.CLIENT_NETWORK: "203.0.113.0/24", schema.PROMPT: "hello"}])
    out = Pseudonymizer(b"k").apply(b).to_pylist()[0]
    assert out[schema.ACCOUNT_ID] == expected(b"k", "acct-1")
    assert out[schema.ORG_ID] == expected(b"k", "org-1")
    assert out[schema.API_KEY_ID] == expected(b"k", "key-1")
    assert out[schema.END_USER] == expected(b"k", "user-1")
    assert out[schema.CLIENT_ADDRESS] == expected(b"k", "203.0.113.7")
    assert out[schema.CLIENT_NETWORK] == expected(b"k", "203.0.113.0/24")
    assert out[schema.PROMPT] == "hello"  # content is not an identifier
    assert out[schema.EXCHANGE_ID] == "e0"


def test_network_linkage_survives_hashing():
    b = batch([{schema.CLIENT_ADDRESS: "198.51.100.4"}, {schema.CLIENT_ADDRESS: "198.51.100.200"},
               {schema.CLIENT_ADDRESS: "192.0.2.1"}, {schema.CLIENT_ADDRESS: "2001:db8:1:2::9"},
               {schema.CLIENT_ADDRESS: "2001:db8:1:ffff::1"}])
    out = Pseudonymizer(b"k").apply(b)
    nets = out.column(schema.CLIENT_NETWORK).to_pylist()
    addrs = out.column(schema.CLIENT_ADDRESS).to_pylist()
    assert nets[0] == nets[1] != nets[2]  # same /24 -> same hashed network
    assert nets[3] == nets[4]  # same /48
    assert len(set(addrs)) == 5  # addresses stay distinct
    assert nets[0] == expected(b"k", "198.51.100.0/24")


def test_client_network_of_raw_and_hashed_addresses():
    # (the one derivation, normalize.addresses; the pseudonymizer fills the network with it)
    assert client_network("10.1.2.3") == "10.1.2.0/24"
    assert client_network("2001:db8:abcd:12::1") == "2001:db8:abcd::/48"
    assert client_network("::ffff:10.1.2.3") == "10.1.2.0/24"
    assert client_network("not-an-ip") is None
    assert client_network(HASH_PREFIX + "0" * 64) is None
    assert is_hashed(HASH_PREFIX + "ab" * 32) and not is_hashed(HASH_PREFIX + "ab") and not is_hashed("10.0.0.1") and not is_hashed(None)


def test_nulls_stay_null_and_different_keys_differ():
    b = batch([{schema.ORG_ID: None, schema.ACCOUNT_ID: "a"}])
    x = Pseudonymizer(b"k1").apply(b).to_pylist()[0]
    y = Pseudonymizer(b"k2").apply(b).to_pylist()[0]
    assert x[schema.ORG_ID] is None and x[schema.CLIENT_NETWORK] is None
    assert x[schema.ACCOUNT_ID] != y[schema.ACCOUNT_ID]
    assert Pseudonymizer(b"k1").key_id != Pseudonymizer(b"k2").key_id


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=30))
def test_idempotent_and_consistent(accounts):
    p = Pseudonymizer(b"key")
    b = batch([{schema.ACCOUNT_ID: a} for a in accounts])
    once = p.apply(b)
    twice = p.apply(once)
    assert once.equals(twice)  # already-hashed values are left alone
    hashed = once.column(schema.ACCOUNT_ID).to_pylist()
    # equal inputs <-> equal pseudonyms (no collisions among the inputs)
    assert len(set(hashed)) == len(set(accounts))
    assert all(h == expected(b"key", a) for h, a in zip(hashed, accounts))


def test_empty_key_is_refused():
    with pytest.raises(UsageError):
        Pseudonymizer(b"")


def test_cache_is_bounded():
    p = Pseudonymizer(b"k", cache_size=10)
    for i in range(100):
        p.hash_value(f"v{i}")
    assert len(p._cache) <= 10
    assert p.hash_value("v3") == expected(b"k", "v3")


SECRET = "sk-proj-AbCdEfGhIjKlMnOpQrStUv123456"


def test_scrub_drops_credential_keys_and_values_from_json():
    text = orjson.dumps({
        "headers": {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.payload", "X-Api-Key": "abc123",
                    "user-agent": "curl/8"},
        "api_key": "plain-key", "openai_api_key": "x", "max_tokens": 64, "input_tokens": 3,
        "note": SECRET, "list": [SECRET, "ok"], "client_secret": "s", "Cookie": "session=1",
    }).decode()
    out = orjson.loads(scrub_json_text(text))
    assert out == {"headers": {"user-agent": "curl/8"}, "max_tokens": 64, "input_tokens": 3, "list": ["ok"]}


def test_scrub_secrets_on_a_batch():
    b = batch([
        {schema.EXTRA: orjson.dumps({"authorization": "Bearer abcdefghijklmnopq"}).decode(),
         schema.PARAMS: orjson.dumps({"temperature": 0.2, "api_key": SECRET}).decode(),
         schema.PROMPT: f"my key is {SECRET} please debug", schema.USER_AGENT: "sdk/1.0"},
        {schema.EXTRA: '{"ok": 1}', schema.PARAMS: '{"temperature": 1}', schema.PROMPT: "no secrets here"},
        {schema.EXTRA: f"not json {SECRET}"},
    ])
    out = scrub_secrets(b)
    assert SECRET not in str(out.to_pylist())
    assert "abcdefghijklmnopq" not in str(out.to_pylist())
    rows = out.to_pylist()
    assert orjson.loads(rows[0][schema.EXTRA]) == {}
    assert orjson.loads(rows[0][schema.PARAMS]) == {"temperature": 0.2}
    assert rows[0][schema.PROMPT] == f"my key is {REDACTED} please debug"
    assert rows[1][schema.EXTRA] == '{"ok": 1}'  # untouched rows keep their exact text
    assert rows[1][schema.PROMPT] == "no secrets here"
    assert rows[2][schema.EXTRA] == f"not json {REDACTED}"


def test_scrub_leaves_clean_batches_alone():
    b = batch([{schema.PARAMS: '{"max_tokens": 10, "top_logprobs": 5}', schema.PROMPT: "tokens and keys"}])
    assert scrub_secrets(b) is b


def test_ingest_transform_scrubs_always_and_hashes_with_a_key():
    b = batch([{schema.ACCOUNT_ID: "acct", schema.EXTRA: '{"x-api-key": "zzz"}'}])
    plain = ingest_transform(None)(b).to_pylist()[0]
    assert plain[schema.ACCOUNT_ID] == "acct" and plain[schema.EXTRA] == "{}"
    hashed = ingest_transform("secret-key")(b).to_pylist()[0]
    assert hashed[schema.ACCOUNT_ID] == expected(b"secret-key", "acct") and hashed[schema.EXTRA] == "{}"


def test_schema_is_kept():
    b = batch([{schema.ACCOUNT_ID: "a", schema.CLIENT_ADDRESS: "10.0.0.1"}])
    out = ingest_transform(b"k")(b)
    assert out.schema.equals(schema.EXCHANGE_SCHEMA)
    assert isinstance(out, pa.RecordBatch)


# --- one secret rule set (issue #12) ---------------------------------------------------------------
# Names the old deny-list let through, and the credential families of the issue, in the spellings
# logs use (headers, snake_case, camelCase, SCREAMING_CASE, OTel attribute paths).
ISSUE_SECRET_NAMES = [
    "Ocp-Apim-Subscription-Key", "x-api-token", "auth", "session_token", "access_key", "sessionToken",
    "aws_secret_access_key", "AWS_SESSION_TOKEN", "X-Amz-Security-Token", "x-amz-signature", "azure_storage_key",
    "AccountKey", "sas_token", "x-ms-client-secret", "private_key", "client_secret", "clientSecret",
    "hf_token", "HUGGING_FACE_HUB_TOKEN", "slack_token", "stripe_secret_key", "id_token", "jwt", "x-jwt",
    "Set-Cookie", "cookie", "Proxy-Authorization", "http.request.header.authorization", "X-Api-Key", "apiKey",
    "OPENAI_API_KEY", "helicone-auth", "basic_auth", "db_password", "passphrase", "signature", "sig",
    "connection_string", "x-goog-api-key", "credentials", "key", "token", "aUtHoRiZaTiOn", " Cookie\r\n",
]
BENIGN_NAMES = [
    "max_tokens", "prompt_tokens", "total_tokens", "completion_tokens", "max_completion_tokens", "tokenizer",
    "token_count", "auth_method", "author", "authority", "api_key_id", "api_key_hash", "user_api_key_alias",
    "key_id", "prompt_cache_key", "idempotency_key", "eos_token", "user-agent", "x-request-id", "monkey",
    "keyboard", "passwordless", "temperature",
]


@pytest.mark.parametrize("name", ISSUE_SECRET_NAMES)
def test_secret_names_are_dropped_from_json(name):
    assert is_secret_key(name)
    text = orjson.dumps({"headers": {name: "v4lue-0f-the-credential", "accept": "*/*"}, "max_tokens": 5}).decode()
    out = scrub_json_text(text)
    assert "v4lue-0f-the-credential" not in out
    assert orjson.loads(out) == {"headers": {"accept": "*/*"}, "max_tokens": 5}


@pytest.mark.parametrize("name", BENIGN_NAMES)
def test_benign_names_are_kept(name):
    assert not is_secret_key(name)
    text = orjson.dumps({name: 64}).decode()
    assert scrub_json_text(text) == text


# Credential-shaped values, whatever field (or free text) holds them.
SECRET_VALUES = {
    "openai": "sk-proj-AbCdEfGhIjKlMnOpQrStUv123456",
    "anthropic": "sk-ant-api03-Zx9yW8vU7tS6rQ5pO4nM3lK2",
    "bearer": "Bearer abcDEF123456ghiJKL",
    "basic": "Basic dXNlcjpwYXNzd29yZDEyMw==",
    "aws_key_id": "AKIAIOSFODNN7EXAMPLE",
    "aws_session": "FwoGZXIvYXdzEJr//////////wEaDM5e1Yz2",
    "google": "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "github": "ghp_" + "a1B2c3D4e5" * 4,
    "slack": "xoxb-123456789012-abcdefABCDEF",
    "stripe": "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    "hugging_face": "hf_AbCdEfGhIjKlMnOpQrStUvWxYz12345678",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "pem": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n"
           "-----END PRIVATE KEY-----",
    "url_userinfo": "postgres://admin:hunter2pw@db.internal:5432/prod",
    "azure_sas": "https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig=AbCdEf%2BGhIj123456789",
    "azure_conn": "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abcdEFGH1234ijkl+/==;",
}
# What each leaves behind in text (the part that is not the secret).
SECRET_PARTS = {"url_userinfo": "hunter2pw", "azure_sas": "AbCdEf%2BGhIj123456789", "azure_conn": "abcdEFGH1234ijkl",
                "pem": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"}


@pytest.mark.parametrize("kind", sorted(SECRET_VALUES))
def test_secret_values_are_masked_in_text_and_dropped_from_json(kind):
    value = SECRET_VALUES[kind]
    part = SECRET_PARTS.get(kind, value)
    b = batch([{schema.PROMPT: f"here: {value} thanks", schema.EXTRA: orjson.dumps({"note": value, "ok": 1}).decode(),
                schema.PARAMS: orjson.dumps({"stop": [value, "\n"]}).decode()}])
    row = scrub_secrets(b).to_pylist()[0]
    assert part not in str(row)
    assert REDACTED in row[schema.PROMPT] and row[schema.PROMPT].endswith(" thanks")
    assert orjson.loads(row[schema.EXTRA]) == {"ok": 1}
    assert orjson.loads(row[schema.PARAMS]) == {"stop": ["\n"]}


def test_gcp_service_account_json_loses_its_key():
    account = {"type": "service_account", "project_id": "p", "private_key_id": "0123abcd",
               "private_key": SECRET_VALUES["pem"], "client_email": "sa@p.iam.gserviceaccount.com"}
    out = orjson.loads(scrub_json_text(orjson.dumps({"credentials_file": "x.json", "sa": account}).decode()))
    assert out == {"sa": {"type": "service_account", "project_id": "p", "private_key_id": "0123abcd",
                          "client_email": "sa@p.iam.gserviceaccount.com"}}


@pytest.mark.parametrize("text", [
    "Basic troubleshooting steps for beginners", "Bearer of bad news", "I use sk-learn-for-everything-here",
    "the risk-assessment-framework-document", "tokens and keys", "see https://example.com:8080/path@v2",
])
def test_ordinary_text_is_not_a_secret(text):
    b = batch([{schema.PROMPT: text}])
    assert scrub_secrets(b).column(schema.PROMPT).to_pylist() == [text]


def test_readers_use_the_same_rule_set():
    # The readers' dict-level scrub is normalize.privacy.scrub_value itself: no rules of their own,
    # and no second function named scrub_secrets (that name is the batch entry point only).
    from distillguard.sources import openai_body

    assert not hasattr(openai_body, "scrub_secrets") and not hasattr(openai_body, "is_secret_name")
    assert openai_body.scrub_value is privacy.scrub_value
    record = {"headers": {n: "v4lue-0f-the-credential" for n in ISSUE_SECRET_NAMES} | {"accept": "*/*"},
              "metadata": {k: v for k, v in SECRET_VALUES.items()} | {"tier": "pro"},
              "usage": {n: 1 for n in BENIGN_NAMES}}
    out = privacy.scrub_value(record)
    assert out == {"headers": {"accept": "*/*"}, "metadata": {"tier": "pro"}, "usage": {n: 1 for n in BENIGN_NAMES}}
    assert openai_body.extra_json({"a": 1, "x-api-token": "t0k3n-value"}, frozenset({"a"})) is None


def _prefilter_hits(pattern: str, texts: list[str]) -> list[bool]:
    return pc.match_substring_regex(pa.array(texts, pa.string()), pattern).to_pylist()


_NAME_PARTS = ["api", "Api", "API", "key", "Key", "KEY", "kEy", "token", "Token", "tOkEn", "tokens", "auth", "Auth",
               "aUtH", "author", "secret", "pass", "word", "pwd", "sig", "nature", "cookie", "x", "X", "user", "id",
               "Id", "ip", "IP", "real", "forwarded", "for", "org", "account", "email", "connection", "string",
               "value", "max", "-", "_", ".", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=5))
def test_re2_prefilters_never_miss_a_name_the_rules_catch(parts):
    # Rows the RE2 pre-filter skips are never looked at in Python: it must find every key the
    # name rules would act on, however it is spelled.
    name = "".join(parts)
    text = orjson.dumps({name: "v"}).decode()
    secret_hit, id_hit = _prefilter_hits(privacy._JSON_PREFILTER, [text])[0], \
        _prefilter_hits(privacy._PSEUDONYMIZE_PREFILTER, [text])[0]
    if is_secret_key(name):
        assert secret_hit, name
    if privacy.identifier_kind(name) is not None:
        assert id_hit, name


def test_prefilters_find_every_listed_name():
    names = sorted(privacy.SECRET_NAMES | privacy.SECRET_WORDS) + ["x" + s for s in privacy.SECRET_NAME_SUFFIXES]
    ids = sorted(privacy._IP_NAMES | privacy._ID_NAMES) + ["x" + s for s in privacy._IP_SUFFIXES + privacy._ID_SUFFIXES]
    for pattern, listed in ((privacy._JSON_PREFILTER, names), (privacy._PSEUDONYMIZE_PREFILTER, ids)):
        spellings = [s for n in listed for s in (n, n.upper(), n.replace("_", "-"), n.replace("_", "."))]
        texts = [orjson.dumps({s: "v"}).decode() for s in spellings]
        missed = [s for s, hit in zip(spellings, _prefilter_hits(pattern, texts)) if not hit]
        assert not missed


def test_re2_prefilter_finds_every_secret_shape():
    # Text rows the RE2 pre-filter skips are never masked: it must find every secret Python would.
    values = list(SECRET_VALUES.values())
    assert all(_prefilter_hits(privacy._SECRET_VALUE_RE2, values))
    assert all(privacy.has_secret_value(v) for v in values)
    words = ["xsk-proj-AbCdEfGhIjKlMnOpQrStUv123456", "Bearer of bad news", "api_key=YOUR_API_KEY",
             "?xSIG=abc123def456", "see https://example.com:8080/path@v2"]
    assert not any(privacy.has_secret_value(w) for w in words)  # a word running into it, placeholders
    assert not any(_prefilter_hits(privacy._SECRET_VALUE_RE2, words[:1] + words[3:]))
    assert privacy.mask_secret_values("?a=1&SIG=abc123def456&b=2") == f"?a=1&SIG={REDACTED}&b=2"


_TEXT_PARTS = ["Bearer ", "basic ", "sk-", "rk_live_", "AKIA", "ASIA", "hf_", "xoxb-", "ghp_", "eyJ", "ya29.", ".", "=",
               "sig", "AccountKey", "X-Amz-Signature", "api_key", "://", "u:p@", "-----BEGIN PRIVATE KEY-----",
               "x", "Ab1", "0123456789abcdef", "ABCDEFGHIJKLMNOP", " ", "&", "_", "-", "\\n", "\u00e9"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PARTS), max_size=14))
def test_re2_prefilter_never_misses_a_secret_python_masks(parts):
    text = "".join(parts)
    if privacy.has_secret_value(text):
        assert _prefilter_hits(privacy._SECRET_VALUE_RE2, [text])[0], text


# --- identifiers inside the JSON columns ------------------------------------------------------------
def test_identifiers_in_extra_and_params_are_hashed_like_the_columns():
    extra = {
        "headers": {"X-Forwarded-For": "203.0.113.7, 10.0.0.1", "x-real-ip": "203.0.113.7",
                    "Forwarded": "for=192.0.2.60;proto=https;by=203.0.113.43", "cf-connecting-ip": "2001:db8::7",
                    "true-client-ip": "198.51.100.9", "x-client-ip": "198.51.100.10", "x-user-id": "u-42",
                    "OpenAI-Organization": "org-AbC", "openai-project": "proj_123",
                    "x-request-user": "alice@example.com",
                    "user-agent": "curl/8.4", "content-type": "application/json"},
        "metadata": {"account_id": "acct-1", "user": {"id": 7, "email": "bob@example.com"}, "region": "eu",
                     "note": "retry from 198.51.100.77 at 12:30:45"},
        "otel": [{"key": "enduser.id", "value": {"stringValue": "u-9"}}, {"key": "http.route", "value": "/v1"}],
    }
    params = {"temperature": 0.2, "user": "end-user-5", "safety_identifier": "sid-6",
              "metadata": {"customer_id": "c-8"}}
    b = batch([{schema.CLIENT_ADDRESS: "203.0.113.7", schema.END_USER: "end-user-5",
                schema.PAYMENT_FINGERPRINT: "card-1",
                schema.EXTRA: orjson.dumps(extra).decode(), schema.PARAMS: orjson.dumps(params).decode()}])
    out = Pseudonymizer(b"k").apply(b)
    row = out.to_pylist()[0]
    dumped = str(row)
    for raw in ("203.0.113.7", "10.0.0.1", "192.0.2.60", "203.0.113.43", "2001:db8::7", "198.51.100.", "u-42",
                "org-AbC", "proj_123", "alice@", "acct-1", "bob@", "end-user-5", "sid-6", "c-8", "u-9", "card-1"):
        assert raw not in dumped, raw
    got = orjson.loads(row[schema.EXTRA])
    h = lambda v: expected(b"k", v)  # noqa: E731
    # each address of a list alone, with the pseudonym the address column has: linkage still matches
    assert got["headers"]["X-Forwarded-For"] == f"{h('203.0.113.7')}, {h('10.0.0.1')}"
    assert got["headers"]["X-Forwarded-For"].split(", ")[0] == row[schema.CLIENT_ADDRESS]
    assert got["headers"]["Forwarded"] == f"for={h('192.0.2.60')};proto=https;by={h('203.0.113.43')}"
    assert got["headers"]["x-user-id"] == h("u-42") and got["headers"]["OpenAI-Organization"] == h("org-AbC")
    assert got["metadata"]["user"] == {"id": h("7"), "email": h("bob@example.com")}
    assert got["metadata"]["note"] == f"retry from {h('198.51.100.77')} at 12:30:45"
    assert got["otel"] == [{"key": "enduser.id", "value": {"stringValue": h("u-9")}},
                           {"key": "http.route", "value": "/v1"}]
    # not identifiers: kept as they were
    assert got["headers"]["user-agent"] == "curl/8.4" and got["metadata"]["region"] == "eu"
    p = orjson.loads(row[schema.PARAMS])
    assert p == {"temperature": 0.2, "user": row[schema.END_USER], "safety_identifier": h("sid-6"),
                 "metadata": {"customer_id": h("c-8")}}
    assert row[schema.PAYMENT_FINGERPRINT] == h("card-1")
    assert Pseudonymizer(b"k").apply(out).equals(out)  # idempotent, JSON columns included


def test_json_rows_without_identifiers_are_left_alone():
    b = batch([{schema.PARAMS: '{"temperature": 1, "max_tokens": 5}', schema.EXTRA: '{"tier":  "pro"}'}])
    row = Pseudonymizer(b"k").apply(b).to_pylist()[0]
    assert row[schema.PARAMS] == '{"temperature": 1, "max_tokens": 5}' and row[schema.EXTRA] == '{"tier":  "pro"}'


def test_payment_fingerprint_is_an_identifier():
    assert schema.PAYMENT_FINGERPRINT in schema.IDENTIFIER_COLUMNS
    b = batch([{schema.PAYMENT_FINGERPRINT: fp} for fp in ("fp-1", "fp-1", "fp-2")])
    fps = Pseudonymizer(b"k").apply(b).column(schema.PAYMENT_FINGERPRINT).to_pylist()
    assert fps[0] == fps[1] == expected(b"k", "fp-1") != fps[2]  # equal cards still link


# --- raw records (quarantine) ---------------------------------------------------------------------
def test_scrub_raw_masks_secrets_in_json_and_text():
    raw = orjson.dumps({"headers": {"Authorization": f"Bearer {SECRET}", "x-api-token": "t0k3n"}, "n": 1,
                        "note": f"key {SECRET}"}).decode()
    out = orjson.loads(scrub_raw(raw))
    assert out == {"headers": {"Authorization": REDACTED, "x-api-token": REDACTED}, "n": 1, "note": f"key {REDACTED}"}
    text = f'{{"api_key": "{SECRET}", "password": "hunter2", "Cookie": "s=1", "ip": "10.0.0.1"'  # cut JSON
    masked = scrub_raw(text)
    assert SECRET not in masked and "hunter2" not in masked and "s=1" not in masked and "10.0.0.1" in masked
    assert scrub_raw("x-api-key: abc123\nuser-agent: curl") == f"x-api-key: {REDACTED}\nuser-agent: curl"


@pytest.mark.parametrize("name", [r"Authorization\r\n", r"\tCookie", r"x-api-key\u0000", r"X-Api-Key\\"])
def test_scrub_raw_reads_escaped_names_in_text_that_does_not_parse(name):
    """A header name with a JSON escape (a stray line end, a tab) in a cut record is still a name."""
    cut = '{"headers": {"' + name + '": "tok3nZ9value", "ua": "x/1"}, "status": [[['
    masked = scrub_raw(cut)
    assert "tok3nZ9value" not in masked and '"ua": "x/1"' in masked


def test_pseudonymize_raw_hashes_ids_and_addresses():
    p = Pseudonymizer(b"k")
    raw = orjson.dumps({"account_id": "acct-1", "ip": "203.0.113.7", "metadata": {"end_user": "eu-1"},
                        "prompt": "hi from 2001:db8::1"}).decode()
    out = orjson.loads(p.pseudonymize_raw(raw))
    assert out == {"account_id": expected(b"k", "acct-1"), "ip": expected(b"k", "203.0.113.7"),
                   "metadata": {"end_user": expected(b"k", "eu-1")},
                   "prompt": f"hi from {expected(b'k', '2001:db8::1')}"}
    cut = '{"account_id": "acct-1", "x-forwarded-for": "198.51.100.2, 10.1.1.1", "ts": "2026-11-01T00:00:00Z'
    hashed = p.pseudonymize_raw(cut)
    assert "acct-1" not in hashed and "198.51.100.2" not in hashed and "10.1.1.1" not in hashed
    assert expected(b"k", "acct-1") in hashed and "2026-11-01T00:00:00Z" in hashed
    assert p.pseudonymize_raw(hashed) == hashed


def test_record_digests_and_derived_ids_are_keyed_once():
    import pyarrow as pa

    from distillguard import schema
    from distillguard.normalize.privacy import Pseudonymizer

    digest = "0123456789abcdef0123456789abcdef"
    batch = pa.RecordBatch.from_pydict({
        schema.EXCHANGE_ID: ["c-" + digest, "c-" + digest + "-2", "log-id-7"],
        schema.DIGEST: [digest, digest, "fedcba9876543210fedcba9876543210"],
    })
    p = Pseudonymizer(b"k1")
    once = p.apply(batch)
    ids, digests = once.column(0).to_pylist(), once.column(1).to_pylist()
    assert digest not in "".join(ids + digests)  # no unkeyed hash of a record left
    assert ids[0].startswith("c-h") and ids[1] == ids[0] + "-2" and ids[2] == "log-id-7"
    assert digests[0] == digests[1] == ids[0][2:] and len(digests[0]) == 32
    assert p.apply(once).to_pydict() == once.to_pydict()  # idempotent (stores read back with the key)
    assert Pseudonymizer(b"k2").apply(batch).column(1).to_pylist()[0] != digests[0]


@pytest.mark.parametrize("text,addresses", [
    ("my-sdk/1.2.3.4 (linux)", []),  # a product version in a user agent
    ("openai-python/1.52.0.1 httpx/0.27.2.0", []),
    ("via http://203.0.113.7/app", ["203.0.113.7"]),  # an address in a URL still is one
    ("client 198.51.100.2, proxy 10.0.0.1", ["198.51.100.2", "10.0.0.1"]),
    ("for=192.0.2.60;proto=http", ["192.0.2.60"]),
])
def test_addresses_in_text_are_hashed_and_versions_are_not(text, addresses):
    p = Pseudonymizer(b"k")
    out = p.hash_addresses(text)
    for a in addresses:
        assert a not in out and expected(b"k", a) in out
    if not addresses:
        assert out == text
