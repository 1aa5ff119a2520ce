"""Column projection (`read_exchanges(..., columns=...)`): the projected columns equal a full
read's, the others are null, and quarantine and counts are exactly those of a full read."""

import datetime as dt
import json

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sources_fixtures import (exchange, gateway_line, genai_span, helicone_request, langfuse_observation,
                              litellm_payload, otlp_export, write_jsonl)
from test_sources_properties import TEMPLATES, _line

from distillguard import schema
from distillguard.sources.builder import ALWAYS_KEPT
from distillguard.errors import DistillguardError
from distillguard.sources import Quarantine, read_table

# Column sets to project on: what scan reads, only the light columns, one text column, nothing.
PROJECTIONS = {
    "no-response-params": frozenset(schema.COLUMNS) - {schema.RESPONSE, schema.REASONING, schema.PARAMS},
    "no-text": frozenset(schema.COLUMNS) - {schema.INPUT_MESSAGES, schema.RESPONSE, schema.REASONING,
                                             schema.PARAMS, schema.EXTRA, schema.PROMPT, schema.SYSTEM_PROMPT},
    "ids-and-messages": frozenset({schema.EXCHANGE_ID, schema.ACCOUNT_ID, schema.INPUT_MESSAGES}),
    "none": frozenset(),
}

DEEP = {"x": orjson.loads(b"[" * 300 + b"1" + b"]" * 300)}  # parses, but orjson.dumps refuses it


def _records(fmt: str) -> list:
    """Good records of one format, plus records every full read quarantines or skips."""
    if fmt == "exchange-log":  # (written with json: orjson cannot write the deep ones)
        return [r if isinstance(r, bytes) else json.dumps(r).encode() for r in [exchange(i) for i in range(5)] + [
            exchange(5, extra_field={"payment_country": "de"}),  # unknown field -> dg.extra
            exchange(6, response=42),  # wrong type in a column a projection may leave out
            exchange(7, reasoning=["x"]),
            exchange(8, params={"temperature": "hot"}),
            exchange(9, params=DEEP),  # quarantined only because its params cannot be re-serialized
            exchange(10, messages=[{"role": "user", "content": "hi", "meta": DEEP}]),
            exchange(11, unknown=DEEP),
            exchange(12, ts="yesterday"),
            exchange(13, account_created="not a time"),
            exchange(14, usage={"output_tokens": 2**70 // 2**7}),
            {"ts": "2026-11-01T00:00:00Z", "account_id": "a"},  # neither messages nor prompt
            b"{not json",
        ]]
    builders = {"openai-gateway": gateway_line, "litellm": litellm_payload, "helicone": helicone_request,
                "langfuse": langfuse_observation}
    if fmt == "otel":
        return [otlp_export([genai_span(i) for i in range(3)]), otlp_export([genai_span(3, structured=True)]), b"[1]"]
    return [builders[fmt](i) for i in range(5)] + [b"{not json", b"[]"]


def _expect_projection(full: pa.Table, projected: pa.Table, columns: frozenset) -> None:
    assert projected.schema == schema.EXCHANGE_SCHEMA
    assert projected.num_rows == full.num_rows
    for name in schema.COLUMNS:
        if name in columns or name in ALWAYS_KEPT:  # (ids, digests, provenance: for the id ledger)
            assert projected.column(name).equals(full.column(name)), name
        else:
            assert projected.column(name).null_count == projected.num_rows, name


def _read_both(path, columns, **kw):
    q_full, q_proj = Quarantine(None), Quarantine(None)
    full, full_stats = read_table(str(path), quarantine=q_full, **kw)
    projected, proj_stats = read_table(str(path), quarantine=q_proj, columns=columns, **kw)
    _expect_projection(full, projected, columns)
    assert proj_stats.as_dict() == full_stats.as_dict()
    assert (proj_stats.read, proj_stats.accepted, proj_stats.quarantined, proj_stats.skipped) == \
           (full_stats.read, full_stats.accepted, full_stats.quarantined, full_stats.skipped)
    assert dict(proj_stats.reasons) == dict(full_stats.reasons)
    assert [(r["line"], r["reason"], r["kind"]) for r in q_proj.records] == \
           [(r["line"], r["reason"], r["kind"]) for r in q_full.records]
    return full, full_stats


@pytest.mark.parametrize("projection", sorted(PROJECTIONS))
@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
def test_projected_read_equals_full_read_restricted(tmp_path, fmt, projection):
    path = write_jsonl(tmp_path / f"{fmt}.jsonl", _records(fmt))
    full, stats = _read_both(path, PROJECTIONS[projection])
    assert full.num_rows >= 3 and stats.quarantined >= 1


def test_exchange_log_edge_records_quarantined_with_and_without_projection(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", _records("exchange-log"))
    full, stats = _read_both(path, PROJECTIONS["no-text"])
    # 6 good records; wrong types, the deep params / messages / extra, bad times, no prompt, bad JSON
    assert full.num_rows == 6
    assert stats.quarantined == 11
    assert full.column(schema.EXTRA).to_pylist()[5] is not None


@pytest.mark.parametrize("projection", ["no-text", "ids-and-messages"])
def test_projection_in_documents_gzip_and_parallel_workers(tmp_path, projection):
    columns = PROJECTIONS[projection]
    records = _records("exchange-log")
    gz = write_jsonl(tmp_path / "x.jsonl.gz", records, gz=True)
    _read_both(gz, columns)
    _read_both(gz, columns, workers=2, parallel_min_bytes=0, batch_size=4)
    doc = tmp_path / "doc.json"
    doc.write_bytes(b"[" + b",".join(r for r in records if r.startswith(b'{"')) + b"]")
    _read_both(doc, columns)


@pytest.mark.parametrize("projection", sorted(PROJECTIONS))
def test_projection_on_parquet_canonical_and_langfuse(tmp_path, projection):
    source = write_jsonl(tmp_path / "x.jsonl", _records("exchange-log"))
    table, _ = read_table(source)
    canonical = tmp_path / "canonical.parquet"
    pq.write_table(table, canonical)
    _read_both(canonical, PROJECTIONS[projection])
    rows = [{"id": f"obs-{i}", "trace_id": f"t-{i}", "type": "GENERATION", "start_time": dt.datetime(2026, 11, 2, 1, i),
             "provided_model_name": "gpt-4o", "input": orjson.dumps([{"role": "user", "content": f"q{i}"}]).decode(),
             "output": orjson.dumps({"role": "assistant", "content": f"a{i}"}).decode(), "user_id": f"u-{i}"}
            for i in range(3)]
    observations = tmp_path / "observations.parquet"
    pq.write_table(pa.Table.from_pylist(rows), observations)
    full, _ = _read_both(observations, PROJECTIONS[projection])
    assert full.num_rows == 3


def test_unknown_projection_column_is_a_user_error(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [exchange(0)])
    with pytest.raises(DistillguardError, match="unknown column"):
        read_table(path, columns={schema.PROMPT, "dg.nonsense"})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data(), fmt_name=st.sampled_from(sorted(TEMPLATES)), projection=st.sampled_from(sorted(PROJECTIONS)))
def test_projection_on_random_and_malformed_lines(tmp_path, data, fmt_name, projection):
    lines = [_line(data, TEMPLATES[fmt_name]) for _ in range(data.draw(st.integers(0, 10)))]
    path = tmp_path / f"{fmt_name}-{projection}.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    _read_both(path, PROJECTIONS[projection], format=fmt_name, max_line_bytes=4096)
