"""Bad input loses nothing: every record read is accepted or quarantined with its line and reason."""

import gzip

import orjson
import pytest
from sources_fixtures import exchange, write_jsonl

from distillguard import schema
from distillguard.normalize.privacy import REDACTED, Pseudonymizer
from distillguard.sources import Quarantine, read_table
from distillguard.sources.quarantine import RAW_LIMIT


def _lines(path):
    return [orjson.loads(line) for line in open(path, "rb")]


def test_invalid_json_non_objects_and_invalid_utf8(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([
        orjson.dumps(exchange(0)),
        b'{"ts": "2026-11-01T00:00:00Z", "account_id": "a", ',  # cut off
        b"[1, 2, 3]",
        b'"just a string"',
        b'{"ts": "2026-11-01T00:00:00Z", "account_id": "\xff\xfe", "prompt": "x"}',
        orjson.dumps(exchange(1)),
    ]) + b"\n")
    qpath = tmp_path / "q" / "bad.jsonl"
    with Quarantine(qpath) as q:
        table, stats = read_table(str(path), quarantine=q)
    assert table.column(schema.SOURCE_LINE).to_pylist() == [1, 6]
    assert (stats.read, stats.accepted, stats.quarantined) == (6, 2, 4)
    records = _lines(qpath)
    assert [r["line"] for r in records] == [2, 3, 4, 5]
    assert all(set(r) == {"file", "line", "reason", "format", "raw"} for r in records)
    assert records[0]["reason"].startswith("invalid JSON")
    assert "array" in records[1]["reason"]
    assert "UTF-8" in records[3]["reason"]
    assert "\ufffd" in records[3]["raw"]  # undecodable bytes kept visibly, not dropped
    assert stats.reasons == {"invalid_json": 1, "not_an_object": 2, "invalid_utf8": 1}


def test_oversized_line_is_quarantined_with_truncated_raw(tmp_path):
    big = exchange(1, response="x" * 300_000)
    path = write_jsonl(tmp_path / "big.jsonl", [exchange(0), big, exchange(2)])
    q = Quarantine(None)
    table, stats = read_table(path, quarantine=q, max_line_bytes=100_000)
    assert table.column(schema.SOURCE_LINE).to_pylist() == [1, 3]
    assert (stats.read, stats.quarantined) == (3, 1)
    rec = q.records[0]
    assert rec["line"] == 2 and rec["kind"] == "oversized_line"
    assert "exceeds max_line_bytes=100000" in rec["reason"]
    assert f"raw truncated to {RAW_LIMIT}" in rec["reason"]
    assert len(rec["raw"]) == RAW_LIMIT


@pytest.mark.slow
def test_fifty_megabyte_line(tmp_path):
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as fh:
        fh.write(orjson.dumps(exchange(0)) + b"\n")
        fh.write(b'{"ts": "2026-11-01T00:00:00Z", "account_id": "a", "prompt": "' + b"y" * (50 << 20) + b'"}\n')
        fh.write(orjson.dumps(exchange(2)) + b"\n")
    q = Quarantine(None)
    table, stats = read_table(str(path), quarantine=q)  # default limit: 16 MiB
    assert (stats.read, stats.accepted, stats.quarantined) == (3, 2, 1)
    rec = q.records[0]
    assert rec["line"] == 2 and rec["kind"] == "oversized_line"
    assert f"exceeds max_line_bytes={16 << 20}" in rec["reason"]


def test_truncated_gzip_keeps_records_before_the_break(tmp_path):
    full = tmp_path / "full.jsonl.gz"
    write_jsonl(full, [exchange(i, response="z" * 2000) for i in range(200)], gz=True)
    data = full.read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    q = Quarantine(None)
    table, stats = read_table(str(cut), quarantine=q)
    assert 0 < stats.accepted < 200
    assert stats.read == stats.accepted + stats.duplicates + stats.quarantined
    assert stats.quarantined == 1
    rec = q.records[0]
    assert rec["kind"] == "truncated_stream" and "compressed stream is broken" in rec["reason"]
    assert rec["line"] == stats.accepted + 1
    assert table.column(schema.SOURCE_LINE).to_pylist() == list(range(1, stats.accepted + 1))


def test_gzip_broken_exactly_at_a_line_boundary_still_reports_the_break(tmp_path):
    good = b"".join(orjson.dumps(exchange(i)) + b"\n" for i in range(3))
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(gzip.compress(good)[:-8])  # the trailer (CRC, size) is missing
    q = Quarantine(None)
    table, stats = read_table(str(path), quarantine=q)
    assert stats.accepted == 3 and stats.quarantined == 1
    assert q.records[0]["kind"] == "truncated_stream"


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n  \n")
    (tmp_path / "empty.jsonl.gz").write_bytes(gzip.compress(b""))
    table, stats = read_table(str(tmp_path))
    assert table.num_rows == 0 and table.schema == schema.EXCHANGE_SCHEMA
    assert (stats.read, stats.accepted, stats.quarantined) == (0, 0, 0)
    assert len(stats.files) == 3


def test_unrecognised_file_is_quarantined_line_by_line(tmp_path):
    path = write_jsonl(tmp_path / "weird.jsonl", [{"hello": "world"}, {"foo": 1}])
    q = Quarantine(None)
    table, stats = read_table(path, quarantine=q)
    assert table.num_rows == 0
    assert (stats.read, stats.quarantined) == (2, 2)
    assert all(r["kind"] == "unrecognised_format" for r in q.records)
    assert "format=" in q.records[0]["reason"]


def test_quarantine_gz_sink_and_counts(tmp_path):
    path = tmp_path / "l.jsonl"
    path.write_bytes(b"nope\n" + orjson.dumps(exchange(0)) + b"\n")
    qpath = tmp_path / "bad.jsonl.gz"
    with Quarantine(qpath) as q:
        read_table(str(path), quarantine=q)
    assert q.count == 1 and q.kinds["invalid_json"] == 1
    with gzip.open(qpath) as fh:
        assert orjson.loads(fh.readline())["raw"] == "nope"


def test_the_quarantine_file_itself_is_never_read_back(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "a.jsonl").write_bytes(b"not json\n" + orjson.dumps(exchange(0)) + b"\n")
    qpath = logs / "quarantine.jsonl"
    for run in range(2):  # the second run finds last run's quarantine file among the logs
        with Quarantine(qpath) as q:
            _, stats = read_table(str(logs), quarantine=q)
        assert (stats.read, stats.quarantined) == (2, 1)
        assert (str(qpath) in stats.skipped_files) == (run == 1)


# --- privacy of quarantined records (issue #12) ------------------------------------------------------
SECRET = "sk-proj-AbCdEfGhIjKlMnOpQrStUv123456"
KEY = b"quarantine-key"


def _bad_records():
    """Records that are quarantined (no timestamp; not JSON) and carry ids, addresses and secrets."""
    no_ts = exchange(1, ts=None, account_id="acct-secret-1", end_user="eu-7", ip="198.51.100.23",
                     headers={"Authorization": f"Bearer {SECRET}", "X-Forwarded-For": "198.51.100.23, 10.9.8.7",
                              "Ocp-Apim-Subscription-Key": "0cp-subscription-k3y"})
    del no_ts["ts"]
    not_json = f"ip=2001:db8:77::5 user=acct-secret-1 Authorization: Bearer {SECRET} x-api-token: t0k3n-raw".encode()
    return [exchange(0), no_ts, not_json]


@pytest.mark.parametrize("workers", [1, 2])
def test_quarantined_secrets_are_always_masked(tmp_path, workers):
    path = write_jsonl(tmp_path / "l.jsonl", _bad_records())
    qpath = tmp_path / "q.jsonl"
    with Quarantine(qpath) as q:  # no key: ids stay, secrets never
        _, stats = read_table(path, quarantine=q, workers=workers, parallel_min_bytes=0)
    assert stats.quarantined == 2
    text = qpath.read_text()
    for secret in (SECRET, "0cp-subscription-k3y", "t0k3n-raw"):
        assert secret not in text
    records = _lines(qpath)
    # a JSON record keeps its shape; the secret is replaced where it was
    assert orjson.loads(records[0]["raw"])["headers"]["Authorization"] == REDACTED
    assert "acct-secret-1" in text and "198.51.100.23" in text


@pytest.mark.parametrize("workers", [1, 2])
def test_quarantined_ids_and_addresses_are_hashed_with_a_key(tmp_path, workers):
    path = write_jsonl(tmp_path / "l.jsonl", _bad_records())
    qpath = tmp_path / "q.jsonl"
    p = Pseudonymizer(KEY)
    with Quarantine(qpath, pseudonymizer=p) as q:
        read_table(path, quarantine=q, workers=workers, parallel_min_bytes=0)
    text = qpath.read_text()
    for raw in (SECRET, "acct-secret-1", "eu-7", "198.51.100.23", "10.9.8.7", "2001:db8:77::5", "t0k3n-raw"):
        assert raw not in text, raw
    json_record, text_record = (r["raw"] for r in _lines(qpath))
    rec = orjson.loads(json_record)
    # the pseudonyms the store's columns get: a quarantined line still links to the accepted ones
    assert rec["account_id"] == p.hash_value("acct-secret-1") and rec["ip"] == p.hash_value("198.51.100.23")
    assert rec["headers"]["X-Forwarded-For"] == f"{p.hash_value('198.51.100.23')}, {p.hash_value('10.9.8.7')}"
    assert f"ip={p.hash_value('2001:db8:77::5')}" in text_record
    assert f"user={p.hash_value('acct-secret-1')}" in text_record


def test_secret_and_address_across_the_cut(tmp_path):
    # Masking runs before the cut, so a key straddling it is not left half visible; and the cut
    # never keeps the start of an address it could no longer recognise.
    p = Pseudonymizer(KEY)
    for offset in range(-40, 5, 3):
        pad = "x" * (RAW_LIMIT + offset)
        q = Quarantine(None, pseudonymizer=p)
        q.add(file="f", line=1, reason="bad", format=None, raw=f"{pad} {SECRET} tail")
        q.add(file="f", line=2, reason="bad", format=None, raw=f"{pad} 203.0.113.254 tail")
        masked, hashed = (r["raw"] for r in q.records)
        assert SECRET[:12] not in masked
        tokens = hashed.split(" ")
        assert tokens[0] == pad[: len(tokens[0])] and all(
            t.startswith("hmac-sha256:") or "tail".startswith(t) for t in tokens[1:])


def test_reason_text_is_scrubbed_too():
    q = Quarantine(None, pseudonymizer=Pseudonymizer(KEY))
    q.add(file="f", line=1, reason=f"field x: bad value {SECRET!r} from 192.0.2.1", format=None, raw="{}")
    reason = q.records[0]["reason"]
    assert SECRET not in reason and "192.0.2.1" not in reason and REDACTED in reason


def test_masking_that_shortens_the_text_does_not_pull_in_half_a_secret():
    # A long secret masked early frees room under the limit; what fills it must not end in the
    # first characters of a secret cut off where masking stopped looking.
    pem = "-----BEGIN PRIVATE KEY-----\n" + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n" * 50 + "-----END PRIVATE KEY-----"
    for shift in range(0, 16, 3):
        filler = "y" * (RAW_LIMIT + 1024 - len(pem) - 4 - shift)
        q = Quarantine(None)
        q.add(file="f", line=1, reason="bad", format=None, raw=f"x {pem} {filler} {SECRET} tail")
        raw = q.records[0]["raw"]
        assert "MIIEvQ" not in raw and SECRET[:6] not in raw and raw.startswith(f"x {REDACTED} yyy")
