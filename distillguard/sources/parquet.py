"""`parquet`: Parquet files with the canonical columns (e.g. written by ``ExchangeStore.to_parquet``).

Columns are cast to the canonical types a batch at a time; missing optional columns become
null; columns the schema does not know are kept per row in ``dg.extra`` (as JSON, merged with
an existing ``dg.extra``). Rows without a timestamp or account are quarantined. ``dg.source.*``
already in the file (the original log a row came from) is kept; only missing provenance is
filled with this file and its 1-based row number. A batch that cannot be cast as a whole is
converted row by row so only the bad rows are quarantined (its provenance is then this file).
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from distillguard import schema
from distillguard.sources.base import FileContext
from distillguard.sources.ids import derived_ids, record_digest
from distillguard.normalize.privacy import scrub_value
from distillguard.sources.openai_body import json_text
from distillguard.sources.quarantine import Quarantine
from distillguard.sources.stats import FileStats, IngestStats

NAME = "parquet"
_CAST_ERRORS = (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError, OverflowError)


def _merge_extra(existing: object, unknown: dict) -> str:
    merged = {}
    if isinstance(existing, str):
        try:
            loaded = orjson.loads(existing)
            if isinstance(loaded, dict):
                merged.update(loaded)
        except orjson.JSONDecodeError:
            merged["dg.extra"] = existing
    merged.update(scrub_value(unknown))
    return json_text(merged)


def _cast(arr: pa.ChunkedArray | pa.Array, typ: pa.DataType) -> pa.Array:
    if arr.type == typ:
        return arr
    # timestamps: naive values are read as UTC; ns -> us truncates sub-microsecond digits
    safe = not pa.types.is_timestamp(typ)
    if pa.types.is_timestamp(typ) and pa.types.is_timestamp(arr.type) and arr.type.tz is None:
        arr = pc.assume_timezone(arr, "UTC")
    return pc.cast(arr, typ, safe=safe)


def read_parquet(path: str, ctx: FileContext, fstats: FileStats, stats: IngestStats, quarantine: Quarantine,
                 batch_size: int) -> Iterator[pa.RecordBatch]:
    def bad(line, raw, reason, kind):
        fstats.read += 1
        fstats.quarantined += 1
        stats.reasons[kind] += 1
        quarantine.add(file=ctx.path, line=line, reason=reason, format=NAME, raw=raw, kind=kind)

    try:
        pf = pq.ParquetFile(path)
        batches = pf.iter_batches(batch_size=batch_size)
    except Exception as exc:  # not Parquet after all, or a broken footer
        bad(None, b"", f"unreadable Parquet file ({type(exc).__name__}: {exc})", "unreadable_file")
        return
    known = set(schema.COLUMNS)
    row_base = 0
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            break
        except Exception as exc:
            remaining = pf.metadata.num_rows - row_base
            bad(row_base + 1, b"", f"unreadable Parquet data from row {row_base + 1} "
                f"({remaining} rows not read; {type(exc).__name__}: {exc})", "unreadable_file")
            break
        out = _convert(batch, row_base, ctx, known, bad)
        row_base += batch.num_rows
        if out is not None and out.num_rows:
            fstats.read += out.num_rows
            fstats.accepted += out.num_rows
            yield out


def _convert(batch: pa.RecordBatch, row_base: int, ctx: FileContext, known: set, bad,
             lines: pa.Array | None = None) -> pa.RecordBatch | None:
    n = batch.num_rows
    names = batch.schema.names
    if lines is None:
        lines = pa.array(range(row_base + 1, row_base + n + 1), pa.int64())
    try:
        cols = {}
        for field in schema.EXCHANGE_SCHEMA:
            if field.name in names:
                cols[field.name] = _cast(batch.column(field.name), field.type)
            else:
                cols[field.name] = pa.nulls(n, field.type)
    except _CAST_ERRORS:
        return _row_by_row(batch, row_base, ctx, bad)
    # provenance and ids: keep what the file has, fill the gaps
    cols[schema.SOURCE_FORMAT] = pc.fill_null(cols[schema.SOURCE_FORMAT], NAME)
    cols[schema.SOURCE_FILE] = pc.fill_null(cols[schema.SOURCE_FILE], ctx.path)
    cols[schema.SOURCE_LINE] = pc.fill_null(cols[schema.SOURCE_LINE], lines)
    if cols[schema.DIGEST].null_count or cols[schema.EXCHANGE_ID].null_count:
        # A row's digest (and its id where the file has none) from its values (sources.ids).
        digests = row_digests(batch)
        cols[schema.DIGEST] = pc.coalesce(cols[schema.DIGEST], pa.array(digests, pa.string()))
        cols[schema.EXCHANGE_ID] = derived_ids(cols[schema.EXCHANGE_ID], digests)
    unknown = [name for name in names if name not in known]
    if unknown:
        extras = batch.select(unknown).to_pylist()
        existing = cols[schema.EXTRA].to_pylist()
        cols[schema.EXTRA] = pa.array([_merge_extra(e, u) for e, u in zip(existing, extras)], pa.string())
    table = pa.RecordBatch.from_arrays([cols[f.name] for f in schema.EXCHANGE_SCHEMA], schema=schema.EXCHANGE_SCHEMA)
    ok = pc.and_(pc.is_valid(table.column(schema.TS)),
                 pc.fill_null(pc.not_equal(table.column(schema.ACCOUNT_ID), ""), False))
    if pc.all(ok).as_py():
        return table
    raw_rows = batch.filter(pc.invert(ok)).to_pylist()
    bad_lines = pc.filter(lines, pc.invert(ok)).to_pylist()
    for line, raw in zip(bad_lines, raw_rows):
        missing = schema.TS if raw.get(schema.TS) is None else schema.ACCOUNT_ID
        bad(line, raw, f"missing required column {missing}", "missing_field")
    return table.filter(ok)


def _row_by_row(batch: pa.RecordBatch, row_base: int, ctx: FileContext, bad) -> pa.RecordBatch | None:
    """Slow path: some column did not cast as a whole. Find the rows whose values do not cast,
    quarantine them (naming the column), and convert the others in one go."""
    reasons: dict[int, str] = {}
    for field in schema.EXCHANGE_SCHEMA:
        if field.name not in batch.schema.names:
            continue
        column = batch.column(field.name)
        try:
            _cast(column, field.type)
            continue
        except _CAST_ERRORS:
            pass
        for i in range(batch.num_rows):
            if i in reasons:
                continue
            try:
                _cast(column.slice(i, 1), field.type)
            except _CAST_ERRORS as exc:
                value = column[i].as_py()
                reasons[i] = f"column {field.name}: cannot be read as {field.type} (value {str(value)[:80]!r}; {exc})"
    if not reasons:  # the batch failed as a whole but no single value does: give up on it loudly
        reasons = {i: "batch could not be converted to the canonical schema" for i in range(batch.num_rows)}
    rows = batch.to_pylist()
    for i in sorted(reasons):
        bad(row_base + i + 1, rows[i], reasons[i], "wrong_type")
    keep = [i for i in range(batch.num_rows) if i not in reasons]
    if not keep:
        return None
    good = batch.take(pa.array(keep, pa.int64()))
    out = _convert(good, 0, ctx, set(schema.COLUMNS), bad, lines=pa.array([row_base + i + 1 for i in keep], pa.int64()))
    return out


def row_digests(batch: pa.RecordBatch) -> list[str]:
    """The digest of each row: of its columns (sorted by name) as text, nulls marked, joined."""
    parts = []
    for name in sorted(batch.schema.names):
        if name in (schema.DIGEST, schema.SOURCE_FILE, schema.SOURCE_LINE, schema.SOURCE_FORMAT):
            continue
        column = batch.column(batch.schema.get_field_index(name))
        try:
            text = pc.cast(column, pa.string())
        except _CAST_ERRORS:  # nested values: as JSON, row by row
            text = pa.array([None if v is None else json_text(v) for v in column.to_pylist()], pa.string())
        parts.append(pc.fill_null(pc.binary_join_element_wise(name + "=", text, ""), name + "\x00"))
    if not parts:
        return [record_digest(b"")] * batch.num_rows
    joined = pc.binary_join_element_wise(*parts, "\x1f")
    return [record_digest(v) for v in joined.to_pylist()]
