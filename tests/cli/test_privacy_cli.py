"""Privacy through the real CLI path (issue #12): logs -> `ingest` -> DuckDB store -> `export`.

No credential may reach the store, the export or the quarantine file, whatever field or header
holds it; with --hash-key no raw identifier or client address may either, not even inside the
JSON columns; an empty key is refused instead of silently storing raw ids.
"""

import json

import pyarrow.parquet as pq
import pytest

from distillguard import schema
from distillguard.cli.main import main
from distillguard.normalize.privacy import Pseudonymizer
from distillguard.store import ExchangeStore

HASH_KEY = "k-privacy-test"

# Credentials of the kinds the issue lists, each with a distinctive text to look for afterwards.
SECRETS = {
    "openai": "sk-proj-AbCdEfGhIjKlMnOpQrStUv123456",
    "apim": "apim-subscription-0f9e8d7c6b5a",
    "api_token": "api-token-value-55aa66bb",
    "auth": "auth-value-77cc88dd99",
    "session_token": "session-token-value-1122",
    "access_key": "access-key-value-3344",
    "aws_secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "cookie": "sessionid=cookie-value-5566",
    "hf": "hf_AbCdEfGhIjKlMnOpQrStUvWxYz12345678",
    "slack": "xoxb-123456789012-abcdefABCDEF",
    "stripe": "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "pem": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
    "url_password": "urlpassw0rd",
    "sas": "SaSsIgNaTuRe%2B0123456789",
}
PEM = f"-----BEGIN PRIVATE KEY-----\n{SECRETS['pem']}\n-----END PRIVATE KEY-----"

# Raw identifiers the records carry (accounts, users, orgs, keys, cards, addresses).
RAW_IDS = ["acct-priv-", "end-user-priv-", "x-user-priv-", "org-priv-raw", "proj-priv-raw", "alice.priv@example.com",
           "card-priv-fp", "keyid-priv-1", "cust-priv-9", "198.51.100.", "10.20.30.", "192.0.2.", "2001:db8:beef::",
           "203.0.113."]


def run_cli(capsys, *args):
    """Run `distillguard ARGS` in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def gateway_record(i: int) -> dict:
    """An openai-gateway line: identifiers and credentials in headers, metadata, body and prompt."""
    return {
        "request": {
            "body": {"model": "m", "user": f"end-user-priv-{i}", "temperature": 0.3, "max_tokens": 64,
                     "messages": [{"role": "user", "content": f"Q{i}: my HF token is {SECRETS['hf']}, fix it"}]},
            "headers": {
                "Authorization": f"Bearer {SECRETS['openai']}",
                "Ocp-Apim-Subscription-Key": SECRETS["apim"],
                "x-api-token": SECRETS["api_token"],
                "Cookie": SECRETS["cookie"],
                "X-Forwarded-For": f"198.51.100.{i + 1}, 10.20.30.{i + 1}",
                "X-Real-IP": f"198.51.100.{i + 1}",
                "Forwarded": f"for=192.0.2.{i + 1};proto=https",
                "CF-Connecting-IP": f"2001:db8:beef::{i + 1}",
                "True-Client-IP": f"198.51.100.{i + 1}",
                "X-Client-IP": f"10.20.30.{i + 1}",
                "X-User-Id": f"x-user-priv-{i}",
                "OpenAI-Organization": "org-priv-raw",
                "OpenAI-Project": "proj-priv-raw",
                "X-Request-User": "alice.priv@example.com",
                "User-Agent": "openai-python/1.54.0",
                "X-Callback": f"https://bot:{SECRETS['url_password']}@hooks.example.com/x",
            },
        },
        "response": {"id": f"chatcmpl-{i}", "object": "chat.completion", "created": 1761955200 + i, "model": "m",
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"},
                                  "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": 9, "completion_tokens": 1, "total_tokens": 10}},
        "metadata": {
            "request_id": f"req-priv-{i}", "account_id": f"acct-priv-{i % 3}", "api_key_id": "keyid-priv-1",
            "payment_fingerprint": "card-priv-fp", "ts": f"2026-11-01T00:00:{i:02d}Z",
            "auth": SECRETS["auth"], "session_token": SECRETS["session_token"], "access_key": SECRETS["access_key"],
            "aws_secret_access_key": SECRETS["aws_secret"], "slack": SECRETS["slack"], "stripe": SECRETS["stripe"],
            "id_token": SECRETS["jwt"], "service_account": {"type": "service_account", "private_key": PEM},
            "blob": f"https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig={SECRETS['sas']}",
            "customer": {"customer_id": "cust-priv-9"}, "region": "eu-west-1",
        },
    }


def write_lines(path, lines):
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


@pytest.fixture
def log(tmp_path):
    bad_json = gateway_record(99)
    del bad_json["metadata"]["account_id"]  # quarantined: no account
    bad_text = (f"GET /v1 from 203.0.113.99 user=acct-priv-0 Authorization: Bearer {SECRETS['openai']} "
                f"x-api-token: {SECRETS['api_token']}")
    return write_lines(tmp_path / "gateway.jsonl", [gateway_record(i) for i in range(6)] + [bad_json, bad_text])


def ingest_and_export(tmp_path, capsys, log, *extra):
    db, out = tmp_path / "store.duckdb", tmp_path / "export.parquet"
    code, stdout, err = run_cli(capsys, "ingest", str(log), "--db", str(db), *extra)
    assert code == 0, err
    assert "read 8 = accepted 6 + quarantined 2" in err
    code, stdout, err = run_cli(capsys, "export", "--db", str(db), "--out", str(out), "--compression", "none")
    assert code == 0, err
    with ExchangeStore(db, read_only=True) as store:
        stored = store.table()
    exported = pq.read_table(out)
    # Everything a person or a program could read back: the rows (decoded), the export's bytes
    # (uncompressed, so text is there as written), the quarantine file.
    everything = "\n".join([json.dumps(stored.to_pylist(), default=str), json.dumps(exported.to_pylist(), default=str),
                            out.read_bytes().decode("utf-8", "replace"),
                            (tmp_path / "quarantine.jsonl").read_text()])
    return stored, everything


def test_no_credential_reaches_store_export_or_quarantine(tmp_path, capsys, log):
    stored, everything = ingest_and_export(tmp_path, capsys, log)
    leaked = [name for name, secret in SECRETS.items() if secret in everything]
    assert not leaked
    assert "Bearer" not in everything
    row = stored.to_pylist()[0]
    extra = json.loads(row[schema.EXTRA])
    assert extra["metadata"]["region"] == "eu-west-1"  # what is not a credential is kept
    assert extra["headers"]["User-Agent"] == "openai-python/1.54.0"
    assert json.loads(row[schema.PARAMS]) == {"temperature": 0.3, "max_tokens": 64}
    # without a key the identifiers are stored as they came
    assert row[schema.CLIENT_ADDRESS] == "198.51.100.1" and extra["headers"]["X-Real-IP"] == "198.51.100.1"


def test_hash_key_leaves_no_raw_identifier_anywhere(tmp_path, capsys, log):
    stored, everything = ingest_and_export(tmp_path, capsys, log, "--hash-key", HASH_KEY)
    assert not [name for name, secret in SECRETS.items() if secret in everything]
    assert not [raw for raw in RAW_IDS if raw in everything]
    p = Pseudonymizer(HASH_KEY)
    rows = sorted(stored.to_pylist(), key=lambda r: r[schema.EXCHANGE_ID])
    for i, row in enumerate(rows):
        headers = json.loads(row[schema.EXTRA])["headers"]
        # every address hashed alone, as client.address is: linkage on them still matches
        assert row[schema.CLIENT_ADDRESS] == p.hash_value(f"198.51.100.{i + 1}")
        assert headers["X-Forwarded-For"] == f"{row[schema.CLIENT_ADDRESS]}, {p.hash_value(f'10.20.30.{i + 1}')}"
        assert headers["X-Real-IP"] == headers["True-Client-IP"] == row[schema.CLIENT_ADDRESS]
        assert headers["OpenAI-Organization"] == p.hash_value("org-priv-raw")
        assert row[schema.PAYMENT_FINGERPRINT] == p.hash_value("card-priv-fp")
        assert row[schema.END_USER] == p.hash_value(f"end-user-priv-{i}")
        assert headers["User-Agent"] == "openai-python/1.54.0"
    quarantined = [json.loads(line) for line in (tmp_path / "quarantine.jsonl").read_text().splitlines()]
    assert json.loads(quarantined[0]["raw"])["metadata"]["payment_fingerprint"] == p.hash_value("card-priv-fp")
    assert f"user={p.hash_value('acct-priv-0')}" in quarantined[1]["raw"]


@pytest.mark.parametrize("how", ["option", "env", "blank-env"])
def test_an_empty_hash_key_is_a_usage_error(tmp_path, capsys, monkeypatch, log, how):
    monkeypatch.chdir(tmp_path)  # summary's default quarantine goes to the current directory
    db = tmp_path / "s.duckdb"
    args = ["ingest", str(log), "--db", str(db)]
    if how == "option":
        args += ["--hash-key", ""]
    else:
        monkeypatch.setenv("DISTILLGUARD_HASH_KEY", "" if how == "env" else "   ")
    code, out, err = run_cli(capsys, *args)
    assert code == 2
    assert err.startswith("distillguard: error: the hash key is empty: ") and err.count("\n") == 1
    assert not db.exists() and not (tmp_path / "quarantine.jsonl").exists()  # refused before any output
    code, out, err = run_cli(capsys, "summary", str(log), "--json")
    assert (code == 2) == (how != "option") and ("the hash key is empty" in err) == (how != "option")


def test_unset_hash_key_still_means_raw(tmp_path, capsys, monkeypatch, log):
    monkeypatch.delenv("DISTILLGUARD_HASH_KEY", raising=False)
    db = tmp_path / "s.duckdb"
    code, out, err = run_cli(capsys, "ingest", str(log), "--db", str(db))
    assert code == 0, err
    with ExchangeStore(db, read_only=True) as store:
        assert store.runs()[0]["pseudonymized"] is False
        assert store.table().column(schema.ACCOUNT_ID).to_pylist()[0].startswith("acct-priv-")
