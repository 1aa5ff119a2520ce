import datetime as dt
import hashlib
import hmac

import orjson
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillguard import schema
from distillguard.errors import UsageError
from distillguard.normalize.privacy import (
    HASH_PREFIX,
    REDACTED,
    Pseudonymizer,
    ingest_transform,
    is_hashed,
    network_of,
    scrub_json_text,
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


def test_network_of():
    assert network_of("10.1.2.3") == "10.1.2.0/24"
    assert network_of("2001:db8:abcd:12::1") == "2001:db8:abcd::/48"
    assert network_of("::ffff:10.1.2.3") == "10.1.2.0/24"
    assert network_of("not-an-ip") is None
    assert network_of(HASH_PREFIX + "0" * 64) is None
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
