"""Property tests: whatever bytes arrive, ingestion never crashes and the counts always add up."""

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sources_fixtures import format_templates

from distillguard import schema
from distillguard.sources import FORMATS, Quarantine, read_table
from distillguard.sources.detect import layout_of
from distillguard.sources.formats import JSON_FORMATS

json_scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=12)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)

TEMPLATES = format_templates()


def _mutate(record: dict, data) -> dict:
    """Replace, delete or add one field somewhere in the record (nested objects included)."""
    rec = orjson.loads(orjson.dumps(record))
    target = rec
    while True:
        keys = list(target)
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        if isinstance(target[key], dict) and data.draw(st.booleans()):
            target = target[key]
            continue
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            target[key] = data.draw(json_values)
        elif action == "delete":
            del target[key]
        else:
            target[data.draw(st.text(max_size=8))] = data.draw(json_values)
        break
    return rec


def _line(data, template: dict) -> bytes:
    kind = data.draw(st.sampled_from(["valid", "mutated", "json", "bytes", "cut"]))
    if kind == "valid":
        return orjson.dumps(template)
    if kind == "mutated":
        try:
            return orjson.dumps(_mutate(template, data))
        except orjson.JSONEncodeError:  # an integer beyond 64 bits: write it as raw text
            return b'{"ts": 123456789012345678901234567890}'
    if kind == "json":
        try:
            return orjson.dumps(data.draw(json_values))
        except orjson.JSONEncodeError:
            return b"[1e999]"
    if kind == "cut":
        text = orjson.dumps(template)
        return text[: data.draw(st.integers(0, len(text)))]
    return data.draw(st.binary(max_size=60)).replace(b"\n", b" ")


def _check(path, fmt, quarantine):
    table, stats = read_table(str(path), format=fmt, quarantine=quarantine, max_line_bytes=4096)
    assert table.schema == schema.EXCHANGE_SCHEMA
    assert stats.read == stats.accepted + stats.duplicates + stats.quarantined
    assert stats.accepted == table.num_rows
    assert stats.quarantined == quarantine.count
    for name in (schema.EXCHANGE_ID, schema.TS, schema.ACCOUNT_ID):
        assert table.column(name).null_count == 0
    assert all((r["line"] is not None or r["kind"] == "unreadable_file") and r["reason"] for r in quarantine.records)
    return table, stats


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data(), fmt_name=st.sampled_from(sorted(TEMPLATES)), forced=st.booleans())
def test_random_and_malformed_lines_never_crash(tmp_path, data, fmt_name, forced):
    template = TEMPLATES[fmt_name]
    lines = data.draw(st.lists(st.builds(lambda: None).flatmap(lambda _: st.just(_line(data, template))),
                               min_size=0, max_size=12))
    path = tmp_path / f"{fmt_name}-{len(lines)}.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    q = Quarantine(None)
    table, stats = _check(path, fmt_name if forced else None, q)
    non_blank = sum(1 for line in lines if line.strip())
    document = layout_of(str(path), JSON_FORMATS, 1 << 30, fmt_name if forced else None).document
    gzip_magic = path.read_bytes()[:2] == b"\x1f\x8b"
    if gzip_magic:  # gzip magic first: read as one (broken) compressed stream
        assert stats.quarantined >= 1 and stats.read + stats.skipped >= 1
    elif fmt_name != "otel" and not document:  # one exchange per line: each non-blank line counted once
        assert stats.read + stats.skipped == non_blank
    valid = sum(1 for line in lines if line == orjson.dumps(template))
    if forced and not gzip_magic:  # (a broken compressed stream is quarantined whole, valid lines in it too)
        # the same line twice is one exchange and a duplicate; after a mutated record with its id, a conflict
        assert stats.accepted + stats.duplicates + stats.reasons["id_conflict"] >= valid


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=300), fmt=st.sampled_from([None, *FORMATS]))
def test_arbitrary_bytes_files_never_crash(tmp_path, blob, fmt):
    path = tmp_path / "blob.bin"
    path.write_bytes(blob)
    _check(path, fmt, Quarantine(None))
