"""One secret rule set, at least as strict as the two it replaced.

Before issue #12 there were two rule sets: the readers' dict scrub (`sources/openai_body.py`:
a deny-list of names, three words anywhere in a name, and values starting with a scheme or `sk-`)
and the batch scrub (`normalize/privacy.py`: a deny-list of names and suffixes, and value shapes
that did not need to look random). They are copied here as they were (git 74578b1^) as the
reference: every name and every field value either one caught is caught by the one rule set in
normalize.privacy, through every entry point (the readers' `scrub_value`, `scrub_json_text`,
the batch `scrub_secrets`, a reader's `dg.extra`). Free text (prompts, answers) keeps the more
careful text rules of #12 ("Basic troubleshooting" in a prompt is not masked); only a field's
value is judged by the stricter field rules.
"""

from __future__ import annotations

import re

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_privacy import SECRET_VALUES

from distillguard import schema
from distillguard.normalize import privacy
from distillguard.normalize.privacy import (
    REDACTED,
    is_secret_field_value,
    is_secret_key,
    scrub_json_text,
    scrub_secrets,
    scrub_value,
)

# --- the former readers' rules (sources/openai_body.py) ---------------------------------------------
_OLD_READER_NAMES = frozenset({
    "authorization", "proxy-authorization", "api_key", "api-key", "apikey", "x-api-key",
    "openai-api-key", "openai_api_key", "x-goog-api-key", "cookie", "set-cookie", "password",
    "secret", "client_secret", "access_token", "refresh_token", "bearer", "token", "key",
    "litellm_api_key", "user_api_key", "x-litellm-api-key", "helicone-auth", "private_key",
})


def old_reader_name(name: str) -> bool:
    low = name.lower()
    if low in _OLD_READER_NAMES:
        return True
    if "authorization" in low or "password" in low or "secret" in low:
        return True
    return low.endswith(("api_key", "api-key", "apikey", "_token_value"))


def old_reader_value(value: str) -> bool:
    return value.startswith(("Bearer ", "bearer ", "Basic ", "sk-"))


# --- the former batch rules (normalize/privacy.py) -------------------------------------------------
_OLD_BATCH_NAMES = frozenset({
    "authorization", "proxy_authorization", "api_key", "apikey", "x_api_key", "api_token",
    "x_goog_api_key", "openai_api_key", "anthropic_api_key", "azure_api_key",
    "access_token", "refresh_token", "id_token", "auth_token", "bearer", "token",
    "secret", "client_secret", "password", "passwd", "cookie", "set_cookie", "x_auth_token",
})
_OLD_BATCH_SUFFIXES = ("_api_key", "_apikey", "_secret", "_password", "_access_token", "_auth_token")
_OLD_BATCH_VALUE = re.compile(
    r"(?:\b(?:sk|rk)-[A-Za-z0-9_\-]{16,})"
    r"|(?:\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{12,})"
    r"|(?:\bAKIA[0-9A-Z]{16}\b)"
    r"|(?:\bAIza[0-9A-Za-z_\-]{35})"
    r"|(?:\bgh[pousr]_[A-Za-z0-9]{36,})"
)


def old_batch_name(name: str) -> bool:
    k = name.lower().replace("-", "_")
    return k in _OLD_BATCH_NAMES or k.endswith(_OLD_BATCH_SUFFIXES)


def old_batch_value(value: str) -> bool:
    return _OLD_BATCH_VALUE.search(value) is not None


# Names the old readers' "word anywhere" rule caught that name no credential: kept on purpose.
NOT_CREDENTIALS = {"passwordless", "passwordless_login", "PasswordlessLogin"}


# --- names ----------------------------------------------------------------------------------------
# What the old rules caught and the #12 rules alone did not: names written without separators.
FORMERLY_MISSED_NAMES = ["proxyauthorization", "ProxyAuthorization", "mysecretvalue", "secretkey", "userpasswords",
                         "passwordhash", "dbpassword", "apisecrettoken", "xauthorizationheader"]


@pytest.mark.parametrize("name", sorted(_OLD_READER_NAMES | _OLD_BATCH_NAMES) + FORMERLY_MISSED_NAMES
                         + ["x" + s for s in _OLD_BATCH_SUFFIXES] + ["my-api-key", "svc_token_value"])
def test_every_name_either_old_rule_set_caught_is_caught(name):
    assert old_reader_name(name) or old_batch_name(name)
    assert is_secret_key(name)
    text = orjson.dumps({"headers": {name: "plain", "accept": "*/*"}}).decode()
    assert orjson.loads(scrub_json_text(text)) == {"headers": {"accept": "*/*"}}
    assert scrub_value({name: "plain", "n": 1}) == {"n": 1}


_NAME_PARTS = ["api", "Api", "key", "Key", "-", "_", ".", "token", "value", "auth", "Authorization", "authorization",
               "proxy", "pass", "word", "Password", "passwd", "secret", "Secret", "client", "x", "my", "cookie",
               "set", "id", "bearer", "access", "refresh", "less", "hash", "user", "max", "s"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=5))
def test_generated_names_either_old_rule_set_caught_are_caught(parts):
    name = "".join(parts)
    if (old_reader_name(name) or old_batch_name(name)) and "passwordless" not in name.lower():
        assert is_secret_key(name), name


@pytest.mark.parametrize("name", sorted(NOT_CREDENTIALS))
def test_a_name_that_only_contains_a_secret_word_may_stay(name):
    assert old_reader_name(name)  # (the old readers dropped it: a login method, no credential)
    assert not is_secret_key(name)


# --- field values ---------------------------------------------------------------------------------
# Values either old rule set dropped from a field that the #12 shapes alone kept: not random-looking
# tokens and keys, and fields that start with a scheme or a key prefix.
FORMERLY_MISSED_VALUES = [
    "Bearer abcdefghijklmnopq", "bearer letters-only-token", "Basic dXNlcjpwYXNzd29yZA", "Basic x", "Bearer x",
    "sk-abc", "sk-abcdefghijklmnopqrst", "note: Bearer abcdefghijklmnop here", "key sk-onlylettersinthiskey!",
    "sk-learn-for-everything-here",
]


@pytest.mark.parametrize("value", FORMERLY_MISSED_VALUES + list(SECRET_VALUES.values()))
def test_every_field_value_either_old_rule_set_caught_is_dropped(value):
    assert old_reader_value(value) or old_batch_value(value) or privacy.has_secret_value(value)
    assert is_secret_field_value(value)
    assert scrub_value({"note": value, "ok": 1}) == {"ok": 1}
    assert scrub_value({"stop": [value, "\n"]}) == {"stop": ["\n"]}
    text = orjson.dumps({"meta": {"note": value}, "ok": 1}).decode()
    assert orjson.loads(scrub_json_text(text)) == {"meta": {}, "ok": 1}
    # the batch scrub finds the row (RE2 pre-filter) and drops the field
    b = _batch({schema.EXTRA: text, schema.PARAMS: orjson.dumps({"user": value}).decode()})
    row = scrub_secrets(b).to_pylist()[0]
    assert orjson.loads(row[schema.EXTRA]) == {"meta": {}, "ok": 1}
    assert orjson.loads(row[schema.PARAMS]) == {}


@pytest.mark.parametrize("kind", sorted(SECRET_VALUES))
@pytest.mark.parametrize("before", ["\n", "\t", "\r\n", "\u2028"])
def test_the_batch_prefilter_sees_a_secret_after_a_json_escape(kind, before):
    # In JSON text "\nAKIA..." has a letter before the key; decoded, a line break. The RE2
    # pre-filter must not skip the row (the readers' dict scrub already dropped such a field).
    value = before + SECRET_VALUES[kind]
    assert scrub_value({"note": value}) == {}
    row = scrub_secrets(_batch({schema.EXTRA: orjson.dumps({"note": value, "ok": 1}).decode()})).to_pylist()[0]
    assert orjson.loads(row[schema.EXTRA]) == {"ok": 1}


_VALUE_PARTS = ["Bearer ", "bearer ", "Basic ", "basic ", "sk-", "rk-", "AKIA", "AIza", "ghp_", "x", "abc", "Ab1",
                "0123456789abcdef", "ABCDEFGHIJKLMNOP", "klmnopqrstuv", " ", "-", "_", "=", ".", "/", "\t", "\n",
                "\u00e9"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_VALUE_PARTS), min_size=1, max_size=8))
def test_generated_field_values_either_old_rule_set_caught_are_dropped(parts):
    value = "".join(parts)
    if old_reader_value(value) or old_batch_value(value):
        assert is_secret_field_value(value), value
        assert scrub_value({"f": value}) == {}, value
        row = scrub_secrets(_batch({schema.EXTRA: orjson.dumps({"f": value}).decode()})).to_pylist()[0]
        assert row[schema.EXTRA] == "{}", value


@pytest.mark.parametrize("text", ["Basic troubleshooting steps for beginners", "Bearer of bad news",
                                  "I use sk-learn-for-everything-here"])
def test_free_text_keeps_the_careful_rules(text):
    # #12: prose in a prompt is not masked for looking like the start of a credential ...
    assert not privacy.has_secret_value(text)
    b = _batch({schema.PROMPT: text, schema.RESPONSE: text})
    row = scrub_secrets(b).to_pylist()[0]
    assert row[schema.PROMPT] == text and row[schema.RESPONSE] == text
    # ... while the same string as a field's value is dropped (the old rules did, and stricter wins)
    assert is_secret_field_value(text)
    assert scrub_value({"note": text}) == {}


def test_ordinary_field_values_stay():
    values = {"tier": "pro", "task": "task-force-7", "region": "eu-west-1", "ua": "openai-python/1.54.0",
              "note": "basics of the bearer bond market", "model": "gpt-4o", "risk": "the risk-assessment-framework"}
    assert scrub_value(values) == values
    text = orjson.dumps(values).decode()
    assert scrub_json_text(text) == text


def test_quarantine_masks_in_place_by_the_text_rules():
    # A quarantined record is whole (its prompts too): secrets masked where they are, by name and
    # by the text shapes; the names the old readers caught are masked too.
    raw = orjson.dumps({"mysecretvalue": "abc", "ProxyAuthorization": "Bearer x", "messages": [
        {"role": "user", "content": "Basic troubleshooting steps for beginners"}]}).decode()
    out = orjson.loads(privacy.scrub_raw(raw))
    assert out == {"mysecretvalue": REDACTED, "ProxyAuthorization": REDACTED, "messages": [
        {"role": "user", "content": "Basic troubleshooting steps for beginners"}]}


def test_readers_drop_what_the_old_reader_rules_dropped(tmp_path):
    # Through a real reader: header values with a scheme, names without separators.
    from distillguard.sources import read_table

    line = {"request": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
            "metadata": {"account_id": "a", "ts": "2026-11-01T00:00:00Z", "mysecretvalue": "v", "sdk_key": "sk-abc",
                         "headers": {"X-Upstream-Auth": "Bearer lettersonlytoken", "ProxyAuthorization": "x",
                                     "X-Trace": "t-1"}}}
    path = tmp_path / "g.jsonl"
    path.write_bytes(orjson.dumps(line) + b"\n")
    table, _ = read_table([str(path)], format="openai-gateway")
    extra = orjson.loads(table.column(schema.EXTRA)[0].as_py())
    assert "lettersonlytoken" not in str(extra) and "mysecretvalue" not in str(extra) and "sk-abc" not in str(extra)
    assert extra["headers"]["X-Trace"] == "t-1"


def _batch(row: dict):
    import datetime as dt

    base = {schema.EXCHANGE_ID: "e", schema.TS: dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc),
            schema.ACCOUNT_ID: "a"}
    return schema.from_rows([{**base, **row}]).to_batches()[0]
