"""Fault and fuzz suite (#12), sources: hostile records and files never crash a read, lose nothing.

Hypothesis builds exchange-log records, damages them field by field (wrong types, huge / empty
strings, surrogates, NUL, RTL marks, deep nesting, numbers out of range, NaN text, bad IPs) and
line by line (truncation, bytes that are not UTF-8, CRLF, BOM, blank lines), then whole files
(gzip, truncated gzip, several gzip members, trailing garbage, several formats in one file or one
directory). Each file is read with `read_table` and, for a few examples, through the CLI
(`ingest` into a store, `scan` to verdicts). The invariants checked every time:

* only the project's `DistillguardError` escapes the API; the CLI exits 0 or 1, and on 1 prints
  one line (`distillguard: ...`), never a traceback;
* counts add up: `read == accepted + quarantined (+ duplicates)` per file and in total, and the
  CLI's `read N = accepted A + ...` line adds up too;
* a JSON Lines file accounts for every non-blank line (read or skipped, once);
* every quarantined record names its file, its line and a reason.

The ci profile (`make test`) derandomizes the property tests; run by hand they keep exploring.
Defects they found are pinned down by small deterministic tests at the end (a failing one is
marked xfail(strict) with its defect until fixed; fixed ones stay as regression tests).
"""

from __future__ import annotations

import gzip
import json
import os
import re

import orjson
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sources_fixtures import exchange, format_templates, gateway_line, genai_span, otlp_export

from distillguard import schema
from distillguard.errors import DistillguardError
from distillguard.sources import Quarantine, read_table
from distillguard.sources.detect import layout_of
from distillguard.sources.formats import JSON_FORMATS
from cli_runner import run_cli

MAX_LINE = 1 << 16  # --max-line-bytes of these reads: the "huge" values go past it on purpose
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.filter_too_much])
FUZZ_CLI = settings(FUZZ, max_examples=4)


# --- values -------------------------------------------------------------------------------------
class Raw:
    """JSON text written as it is: what json.dumps cannot make (deep nesting, NaN spelt oddly)."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"Raw({self.text[:40]!r})"


HOSTILE_TEXT = st.sampled_from([
    "", " ", "\x00", "a\x00b", "\u202eevil\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "\ufeff", "\ud800",
    "\udfff x \ud83d", "\U0001f600" * 3, "\r\n", "\n", "\\", '"', "null", "NaN", "-Infinity", "1e999",
    "x" * 70_000, "\u00e9" * 40_000,
]) | st.text(max_size=30) | st.text(st.characters(codec="utf-8", categories=["Cs", "Cc", "Cf", "Zs", "Lo"]),
                                    max_size=20)
NUMBERS = st.sampled_from([
    0, -1, -(2**63), 2**63 - 1, 2**63, 2**64, 2**70, -(2**70), 1e308, -1e308, 5e-324, 1.5, -0.0,
    float("nan"), float("inf"), float("-inf"), Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1e99999"),
    Raw("01"), Raw("1."), Raw(".5"), Raw("0x10"), Raw("+1"),
]) | st.integers() | st.floats()
BAD_IPS = st.sampled_from(["999.1.1.1", "1.2.3", "not-an-ip", "::::", "1.2.3.4/33", "", " 1.2.3.4", "1.2.3.4\x00",
                           "fe80::1%eth0", "::ffff:300.1.1.1", "\u0661.\u0662.\u0663.\u0664", "a" * 300])


def _nested(depth: int) -> Raw:
    return Raw("[" * depth + "]" * depth) if depth % 2 else Raw('{"a":' * depth + "1" + "}" * depth)


SCALARS = st.none() | st.booleans() | NUMBERS | HOSTILE_TEXT
HOSTILE = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(HOSTILE_TEXT, inner, max_size=3), max_leaves=6) \
    | st.integers(200, 400).map(_nested) | BAD_IPS


def dumps(value, ascii_only: bool = True) -> bytes:
    """JSON text of `value` with `Raw` parts verbatim; NaN/Infinity as Python spells them (not
    JSON); lone surrogates escaped (ascii) or written as the bytes they would be (not UTF-8)."""
    if isinstance(value, Raw):
        return value.text.encode()
    if isinstance(value, dict):
        return b"{" + b",".join(dumps(str(k), ascii_only) + b":" + dumps(v, ascii_only)
                                for k, v in value.items()) + b"}"
    if isinstance(value, list):
        return b"[" + b",".join(dumps(v, ascii_only) for v in value) + b"]"
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


# --- records --------------------------------------------------------------------------------------
TS = st.sampled_from(["2026-11-01T00:00:00Z", "2026-11-01T10:00:00.250+01:00", "2026-11-01 00:00:00",
                      1761955200, 1761955200.5, "1761955200"])
MESSAGES = st.lists(st.fixed_dictionaries({"role": st.sampled_from(["system", "user", "assistant", "developer"]),
                                           "content": st.text(max_size=40)}), min_size=1, max_size=3)


@st.composite
def exchange_records(draw) -> dict:
    """A valid exchange-log v1 record (optional fields drawn in or left out)."""
    accounts = st.sampled_from(["acct-1", "acct-2", "\u00e4cct-\u4e2d", "a" * 64])
    rec: dict = {"ts": draw(TS), "account_id": draw(accounts)}
    if draw(st.booleans()):
        rec["messages"] = draw(MESSAGES)
    else:
        rec["prompt"] = draw(st.text(min_size=1, max_size=40))
    optional = {
        "id": st.uuids().map(str),
        "ip": st.sampled_from(["203.0.113.7", "2001:db8::1", "198.51.100.255"]),
        "usage": st.fixed_dictionaries({"input_tokens": st.integers(0, 10_000),
                                        "output_tokens": st.integers(0, 10_000)}),
        "params": st.fixed_dictionaries({"temperature": st.floats(0, 2), "max_tokens": st.integers(1, 4096)}),
        "model": st.sampled_from(["gpt-x", "m-large"]),
        "response": st.text(max_size=40),
        "status": st.sampled_from([200, 429, 500]),
        "user_agent": st.just("openai-python/1.54.0"),
        "org_id": st.just("org-1"),
        "conversation_id": st.just("c-1"),
        "reasoning": st.text(max_size=20),
    }
    for name, strategy in optional.items():
        if draw(st.booleans()):
            rec[name] = draw(strategy)
    return rec


FIELDS = ["ts", "account_id", "messages", "prompt", "id", "ip", "usage", "params", "model", "response", "status",
          "user_agent", "org_id", "api_key_id", "end_user", "account_created", "conversation_id", "reasoning"]


@st.composite
def damaged_records(draw) -> dict:
    """A record with one to three fields replaced by hostile values, deleted, or nested hostile
    values inside messages / usage / params."""
    rec = draw(exchange_records())
    for _ in range(draw(st.integers(1, 3))):
        field = draw(st.sampled_from(FIELDS))
        action = draw(st.sampled_from(["replace", "replace", "delete", "inner"]))
        if action == "delete":
            rec.pop(field, None)
        elif action == "inner" and field == "messages":
            rec["messages"] = [{"role": draw(HOSTILE), "content": draw(HOSTILE)}]
        elif action == "inner" and field == "usage":
            rec["usage"] = {draw(st.sampled_from(["input_tokens", "output_tokens", "prompt_tokens",
                                                  "reasoning_tokens"])): draw(NUMBERS | HOSTILE_TEXT)}
        elif action == "inner" and field == "params":
            rec["params"] = {draw(st.sampled_from(["temperature", "max_tokens", "top_p", "seed", "n"])): draw(HOSTILE)}
        elif field == "ip":
            rec["ip"] = draw(BAD_IPS | HOSTILE)
        else:
            rec[field] = draw(HOSTILE)
    return rec


@st.composite
def lines(draw) -> bytes:
    """One line of a log (no newline): a good record, a damaged one, or damaged bytes."""
    kind = draw(st.sampled_from(["good", "damaged", "damaged", "cut", "not_utf8", "binary", "blank", "scalar"]))
    if kind == "good":
        return dumps(draw(exchange_records()))
    if kind == "damaged":
        return dumps(draw(damaged_records()), ascii_only=draw(st.booleans()))
    if kind == "cut":
        text = dumps(draw(exchange_records()))
        return text[: draw(st.integers(1, max(1, len(text) - 1)))]
    if kind == "not_utf8":
        text = dumps(draw(exchange_records()))
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                                                 b"\xc0\xaf", b"\x80\x80"])) + text[at:]
    if kind == "binary":
        return draw(st.binary(min_size=1, max_size=80)).replace(b"\n", b"\x00")
    if kind == "blank":
        return draw(st.sampled_from([b"", b" ", b"\t", b"\r", b"  \t \r"]))
    return dumps(draw(st.sampled_from([[1, 2], "text", 42, None, True, [], {}])))


@st.composite
def log_files(draw) -> tuple[bytes, dict]:
    """(bytes of one file, facts about it): lines joined with LF or CRLF, maybe a BOM, maybe
    gzip-compressed (one or several members), maybe truncated or with trailing garbage."""
    body = draw(st.lists(lines(), min_size=0, max_size=10))
    eol = draw(st.sampled_from([b"\n", b"\r\n"]))
    data = eol.join(body) + (eol if body and draw(st.booleans()) else b"")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    non_blank = sum(1 for line in data.split(b"\n") if line.strip())
    facts = {"non_blank": non_blank, "gzip": None}
    packing = draw(st.sampled_from(["plain", "plain", "gzip", "gzip_members", "gzip_cut", "gzip_garbage"]))
    if packing == "gzip":
        data = gzip.compress(data, mtime=0)
    elif packing == "gzip_members":
        cut = draw(st.integers(0, len(data)))
        data = gzip.compress(data[:cut], mtime=0) + gzip.compress(data[cut:], mtime=0)
    elif packing == "gzip_cut":
        packed = gzip.compress(data, mtime=0)
        data = packed[: draw(st.integers(10, len(packed) - 1))]  # past the header, before the trailer
    elif packing == "gzip_garbage":
        data = gzip.compress(data, mtime=0) + draw(st.sampled_from([b"garbage", b"\x1f", b"\x1f\x8b\x08", b"\xff" * 9]))
    facts["gzip"] = None if packing == "plain" else packing
    return data, facts


# --- invariants -----------------------------------------------------------------------------------
def _duplicates(stats) -> int:
    return getattr(stats, "duplicates", 0) or 0


def check_counts(stats) -> None:
    """read == accepted + quarantined (+ duplicates), in total and per file."""
    for f in stats.files.values():
        assert f.read == f.accepted + f.quarantined + _duplicates(f), f.as_dict()
        assert min(f.read, f.accepted, f.quarantined, f.skipped) >= 0, f.as_dict()
    assert stats.read == stats.accepted + stats.quarantined + _duplicates(stats), stats.as_dict()


def check_quarantine_records(records, inputs: set[str]) -> None:
    """Each quarantined record names a file we gave, a line (None only for a whole-file fault) and a reason."""
    for r in records:
        assert r["file"] in inputs, r
        assert r["line"] is None or (isinstance(r["line"], int) and r["line"] >= 1), r
        assert r["line"] is not None or r.get("kind") in (None, "unreadable_file", "truncated_stream"), r
        assert isinstance(r["reason"], str) and r["reason"].strip(), r


def read_checked(paths, **kw):
    """read_table with the API invariants; returns (table, stats, quarantine records)."""
    q = Quarantine(None)
    try:
        table, stats = read_table(paths, quarantine=q, max_line_bytes=MAX_LINE, **kw)
    except DistillguardError as exc:  # allowed: one clear line
        assert str(exc) and "\n" not in str(exc)
        return None, None, []
    assert table.schema == schema.EXCHANGE_SCHEMA
    check_counts(stats)
    assert stats.accepted == table.num_rows
    assert stats.quarantined == q.count
    for name in (schema.EXCHANGE_ID, schema.TS, schema.ACCOUNT_ID):
        assert table.column(name).null_count == 0, name
    inputs = set(stats.files) | set(stats.skipped_files)
    check_quarantine_records(q.records, inputs)
    return table, stats, q.records


def _is_document(path: str, fmt: str | None = None) -> bool:
    return layout_of(path, JSON_FORMATS, 1 << 30, fmt).document


# --- property tests: the reader -------------------------------------------------------------------
@FUZZ
@given(file=log_files(), forced=st.booleans())
@example(file=(b"", {"non_blank": 0, "gzip": None}), forced=False)
@example(file=(b"\xef\xbb\xbf\r\n\r\n", {"non_blank": 1, "gzip": None}), forced=False)
@example(file=(gzip.compress(b'{"ts": 1, "account_id": "a", "prompt": "p"}\n', mtime=0)[:-4],
               {"non_blank": 1, "gzip": "gzip_cut"}), forced=True)
def test_damaged_exchange_logs_never_crash_and_lose_nothing(tmp_path_factory, file, forced):
    data, facts = file
    path = str(tmp_path_factory.mktemp("fuzz") / ("log.jsonl.gz" if facts["gzip"] else "log.jsonl"))
    with open(path, "wb") as fh:
        fh.write(data)
    fmt = "exchange-log" if forced else None
    table, stats, records = read_checked(path, format=fmt)
    assert stats is not None, "a readable file must not be refused as a whole"
    if facts["gzip"] in ("gzip_cut", "gzip_garbage"):
        # the break of the stream is quarantined with its line, never dropped
        assert stats.quarantined >= 1
        assert any(r["kind"] == "truncated_stream" or "compress" in r["reason"].lower()
                   or "gzip" in r["reason"].lower() for r in records), records
        assert stats.read + stats.skipped <= facts["non_blank"] + 1
    elif not _is_document(path, fmt) and stats.files[path].format != "otel":
        # JSON Lines: every non-blank line counted exactly once
        assert stats.read + stats.skipped == facts["non_blank"], (stats.as_dict(), records)


TEMPLATES = format_templates()


@st.composite
def mixed_lines(draw) -> tuple[bytes, str]:
    """(a line, its format): a record of any of the six JSON formats, good or with one field made hostile."""
    name = draw(st.sampled_from(sorted(TEMPLATES)))
    rec = orjson.loads(orjson.dumps(TEMPLATES[name]))
    rec_id = draw(st.integers(0, 10**9))
    for key in ("id", "request_id", "spanId"):
        if key in rec:
            rec[key] = f"{rec[key]}-{rec_id}"
    if draw(st.booleans()):
        key = draw(st.sampled_from(sorted(rec)))
        rec[key] = draw(MIXED_HOSTILE)
    return dumps(rec), name


# hostile values of a modest size (the mixed files hold many records)
MIXED_HOSTILE = st.recursive(st.none() | st.booleans() | NUMBERS | st.text(max_size=20), lambda inner: st.lists(
    inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=5) \
    | st.integers(250, 320).map(_nested) | BAD_IPS
DEEP_GATEWAY = dumps(gateway_line(0))[:-1] + b',"extra":' + _nested(301).text.encode() + b"}"


@settings(FUZZ, max_examples=25)
@given(groups=st.lists(st.lists(mixed_lines(), min_size=1, max_size=5), min_size=1, max_size=4),
       one_file=st.booleans(), gz=st.lists(st.booleans(), min_size=4, max_size=4))
@example(groups=[[(DEEP_GATEWAY, "openai-gateway"), (dumps(exchange(1)), "exchange-log")]], one_file=True,
         gz=[False] * 4)
def test_files_mixing_formats_never_crash_and_add_up(tmp_path_factory, groups, one_file, gz):
    """Several formats in one file (the detected one reads them all: the rest is quarantined) or in
    one directory (each file detected on its own)."""
    root = tmp_path_factory.mktemp("mixed")
    files = [[line for group in groups for line in group]] if one_file else groups
    for i, group in enumerate(files):
        data = b"\n".join(line for line, _ in group) + b"\n"
        name = root / (f"part-{i}.jsonl.gz" if gz[i] else f"part-{i}.jsonl")
        name.write_bytes(gzip.compress(data, mtime=0) if gz[i] else data)
    table, stats, _ = read_checked(str(root))
    assert stats is not None
    assert len(stats.files) + len(stats.skipped_files) == len(files)
    for path, f in stats.files.items():
        if f.format != "otel" and not _is_document(path):
            i = int(os.path.basename(path).split("-")[1].split(".")[0])
            assert f.read + f.skipped == len(files[i]), f.as_dict()


@settings(FUZZ, max_examples=25)
@given(blob=st.binary(min_size=1, max_size=400), fmt=st.sampled_from([None, "exchange-log", "openai-gateway",
                                                                       "otel", "litellm", "langfuse", "helicone",
                                                                       "parquet"]))
@example(blob=b"PAR1" + b"\x00" * 20 + b"PAR1", fmt=None)
@example(blob=b"\x1f\x8b", fmt=None)
@example(blob=b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", fmt="exchange-log")
def test_arbitrary_bytes_in_any_format(tmp_path_factory, blob, fmt):
    path = tmp_path_factory.mktemp("blob") / "blob.bin"
    path.write_bytes(blob)
    read_checked(str(path), format=fmt)


# --- property tests: the CLI ----------------------------------------------------------------------
COUNTS_LINE = re.compile(r"^read (\d+) = ((?:[a-z][a-z -]* \d+)(?: \+ [a-z][a-z -]* \d+)*)")




def check_cli_result(code: int, err: str) -> dict | None:
    """Exit 0 or 1; on 1 one error line; never a traceback. Returns the counts line's numbers."""
    assert "Traceback" not in err, err
    assert code in (0, 1), (code, err)
    lines_ = [line for line in err.split("\n") if line.strip()]
    if code == 1:
        errors = [line for line in lines_ if line.startswith("distillguard: ")]
        assert len(errors) == 1, err
        return None
    counts = [COUNTS_LINE.match(line) for line in lines_]
    counts = [m for m in counts if m]
    assert len(counts) == 1, err
    read = int(counts[0].group(1))
    terms = {t.rsplit(" ", 1)[0]: int(t.rsplit(" ", 1)[1]) for t in counts[0].group(2).split(" + ")}
    assert read == sum(terms.values()), err
    return {"read": read, **terms}


def check_quarantine_file(path: str, inputs: set[str]) -> int:
    if not os.path.exists(path):
        return 0
    records = [json.loads(line) for line in open(path, "rb").read().split(b"\n") if line.strip()]
    check_quarantine_records(records, inputs)
    return len(records)


@FUZZ_CLI
@given(files=st.lists(log_files(), min_size=1, max_size=3))
def test_cli_ingest_and_scan_of_damaged_logs(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("cli")
    logs = root / "logs"
    logs.mkdir()
    inputs = set()
    for i, (data, facts) in enumerate(files):
        path = logs / (f"log-{i}.jsonl.gz" if facts["gzip"] else f"log-{i}.jsonl")
        path.write_bytes(data)
        inputs.add(str(path))
    db, quarantine = str(root / "store.duckdb"), str(root / "quarantine.jsonl")
    code, out, err = run_cli("ingest", str(logs), "--db", db, "--quarantine", quarantine,
                             "--max-line-bytes", str(MAX_LINE))
    counts = check_cli_result(code, err)
    if code == 0:
        assert check_quarantine_file(quarantine, inputs) == counts.get("quarantined", 0)
        inserted = int(re.search(r"inserted (\d+)", out).group(1))
        assert inserted <= counts["accepted"]
        from distillguard.store import ExchangeStore

        with ExchangeStore(db, read_only=True) as store:
            assert store.count() == inserted
        # the same logs again add nothing and count the same
        code2, out2, err2 = run_cli("ingest", str(logs), "--db", db, "--quarantine", quarantine + "2",
                                    "--max-line-bytes", str(MAX_LINE))
        assert check_cli_result(code2, err2) == counts
        assert re.search(r"inserted 0\b", out2), out2
    scan_q = str(root / "scan-quarantine.jsonl")
    (root / "out").mkdir()
    code, out, err = run_cli("-q", "scan", str(logs), "--out", str(root / "out" / "verdicts.json"),
                             "--quarantine", scan_q, "--max-line-bytes", str(MAX_LINE), "--workers", "1")
    assert "Traceback" not in err, err
    assert code in (0, 1), (code, err)
    if code == 0:
        verdicts = json.loads((root / "out" / "verdicts.json").read_text())
        assert isinstance(verdicts["accounts"], list)
        check_quarantine_file(scan_q, inputs)
    else:
        assert len([line for line in err.split("\n") if line.startswith("distillguard: ")]) == 1, err


# --- deterministic checks of single hostile fields -------------------------------------------------
BASE = {"id": "ex-1", "ts": "2026-11-01T00:00:00Z", "account_id": "acct-1",
        "messages": [{"role": "user", "content": "What is 2 + 2?"}], "ip": "203.0.113.7",
        "usage": {"input_tokens": 12, "output_tokens": 3}, "status": 200}

# (field path, value): a record carrying it is not an exchange we can keep; it must be quarantined
# with a reason that names the field.
INVALID = [
    ("ts", "not a date"),
    ("ts", "2026-13-45T99:99:99Z"),
    ("ts", []),
    ("ts", Raw("NaN")),
    ("account_id", ""),
    ("account_id", 12345),
    ("account_id", {"a": 1}),
    ("messages", "just text"),
    ("messages", [{"role": "user", "content": _nested(300)}]),
    ("id", 7),
    ("usage", "lots"),
    ("usage.input_tokens", -5),
    ("usage.output_tokens", 1e308),
    ("usage.input_tokens", 2**70),
    ("usage.input_tokens", "NaN"),
    ("ip", "999.1.1.1"),
    ("ip", "not-an-ip"),
    ("status", -1),
    ("status", "ok"),
]


def _with(field: str, value) -> dict:
    rec = json.loads(json.dumps(BASE))
    if "." in field:
        outer, inner = field.split(".")
        rec[outer][inner] = value
    else:
        rec[field] = value
    return rec


@pytest.mark.parametrize("field,value", INVALID, ids=[f"{f}={v!r}"[:40] for f, v in INVALID])
def test_an_invalid_field_is_quarantined_and_named(tmp_path, field, value):
    path = tmp_path / "one.jsonl"
    path.write_bytes(dumps(_with(field, value)) + b"\n" + dumps(BASE | {"id": "ex-2"}) + b"\n")
    table, stats, records = read_checked(str(path), format="exchange-log")
    assert stats.accepted == 1 and stats.quarantined == 1, (stats.as_dict(), records)
    assert records[0]["line"] == 1
    top = field.split(".")[0]
    reason = records[0]["reason"]
    assert top in reason or "JSON" in reason or "nest" in reason.lower() or "recursion" in reason.lower(), reason


# Values that are odd but valid: kept, exactly as given (no NUL/RTL stripped, no surrogate crash).
VALID_ODD = [
    ("account_id", "acct\u202e\u0000-1"),
    ("account_id", "\u05e9\u05dc\u05d5\u05dd"),
    ("account_id", "a" * 60_000),
    ("messages", [{"role": "user", "content": "x" * 60_000}]),
    ("messages", [{"role": "user", "content": "\u0000\u202e\U0001f600"}]),
    ("ts", 1761955200),
    ("ts", "2026-11-01T10:00:00.250+01:00"),
    ("ip", "2001:db8::1"),
    ("usage.input_tokens", 0),
]


@pytest.mark.parametrize("field,value", VALID_ODD, ids=[f"{f}={v!r}"[:40] for f, v in VALID_ODD])
def test_odd_but_valid_values_are_kept(tmp_path, field, value):
    path = tmp_path / "one.jsonl"
    path.write_bytes(dumps(_with(field, value), ascii_only=False) + b"\n")
    table, stats, records = read_checked(str(path))
    assert stats.accepted == 1 and stats.quarantined == 0, records
    if field == "account_id":
        assert table.column(schema.ACCOUNT_ID)[0].as_py() == value


def test_lone_surrogate_escape_is_not_a_crash(tmp_path):
    """\\ud800 is valid JSON text but not a Unicode scalar: quarantined or kept, never a crash."""
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"id":"s1","ts":1761955200,"account_id":"a\\ud800","prompt":"p\\udfff"}\n')
    table, stats, _ = read_checked(str(path))
    assert stats.read == 1


def test_crlf_bom_and_blank_lines_read_like_lf(tmp_path):
    recs = [dumps(BASE | {"id": f"ex-{i}"}) for i in range(3)]
    lf = tmp_path / "lf.jsonl"
    lf.write_bytes(b"\n".join(recs) + b"\n")
    crlf = tmp_path / "crlf.jsonl"
    crlf.write_bytes(b"\xef\xbb\xbf" + b"\r\n\r\n".join(recs) + b"\r\n   \r\n")
    a, sa, _ = read_checked(str(lf))
    b, sb, _ = read_checked(str(crlf))
    assert (sa.accepted, sa.quarantined) == (sb.accepted, sb.quarantined) == (3, 0)
    assert a.column(schema.PROMPT).to_pylist() == b.column(schema.PROMPT).to_pylist()


def test_a_gzip_cut_anywhere_keeps_what_came_before(tmp_path):
    recs = b"".join(dumps(BASE | {"id": f"ex-{i}", "response": "y" * 200}) + b"\n" for i in range(200))
    packed = gzip.compress(recs, mtime=0)
    last = None
    for cut in range(20, len(packed), max(1, len(packed) // 15)):
        path = tmp_path / f"cut-{cut}.jsonl.gz"
        path.write_bytes(packed[:cut])
        table, stats, records = read_checked(str(path))
        assert stats.quarantined >= 1, cut
        assert stats.accepted <= 200
        assert last is None or stats.accepted >= last  # more bytes, never fewer exchanges
        last = stats.accepted


# --- defects the fuzzing found (#12), pinned down ----------------------------------------------------
@pytest.mark.parametrize("fmt", [None, "openai-gateway"])
def test_a_deeply_nested_record_with_a_secret_is_quarantined(tmp_path, fmt):
    path = tmp_path / "deep.jsonl"
    path.write_bytes(DEEP_GATEWAY + b"\n" + dumps(gateway_line(1)) + b"\n")
    table, stats, records = read_checked(str(path), format=fmt)
    assert stats is not None and stats.read == 2 and stats.quarantined == 1, stats.as_dict()
    assert records[0]["line"] == 1
    assert "SECRETSECRET" not in json.dumps(records)


def test_a_foreign_line_in_an_otel_file_is_quarantined(tmp_path):
    path = tmp_path / "spans.jsonl"
    span = orjson.dumps(otlp_export([genai_span(0)]))
    path.write_bytes(span + b"\n" + dumps(BASE) + b"\n" + span.replace(b'"0"', b'"1"') + b"\n")
    table, stats, records = read_checked(str(path))
    assert stats.files[str(path)].format == "otel"
    assert [r["line"] for r in records] == [2], (stats.as_dict(), records)


def test_the_counts_line_adds_up_when_a_record_repeats(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    for name in ("a.jsonl", "b.jsonl"):  # the same exchange logged twice (a rotated copy)
        (logs / name).write_bytes(dumps(BASE) + b"\n")
    code, out, err = run_cli("ingest", str(logs), "--db", str(tmp_path / "store.duckdb"))
    counts = check_cli_result(code, err)
    assert counts["read"] == 2 and counts["accepted"] == 1, err

