"""The shared driver for JSON log formats: lines (or one document) -> records -> batches.

JSON Lines files (plain or gzip) are streamed in constant memory. A file that is one JSON
document (an array of records, an API response ``{"data": [...]}``, a pretty-printed OTLP
export) is read whole, up to ``max_document_bytes``; its records are numbered 1, 2, ... in
place of line numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import orjson
import pyarrow as pa

from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.builder import BatchAccumulator, BatchBuilder
from distillguard.sources.lines import HEAD_BYTES, iter_line_lists, read_all, too_long
from distillguard.sources.quarantine import Quarantine, RecordError
from distillguard.sources.stats import FileStats, IngestStats

_BOM = b"\xef\xbb\xbf"
# Rows converted at a time: small enough that a chunk's Python objects are still in the CPU cache
# when they are converted, and that memory holds few of them; batches handed out are batch_size.
CHUNK_ROWS = 2048
# orjson.dumps refuses values nested deeper than 254 levels, and a full read quarantines such a
# record when it re-serializes it; a projected read that skips the dumps must do the same, so a
# line with this many brackets is mapped in full (the builder still nulls what was not asked for).
DEEP_BRACKETS = 250


class FileIngest:
    """Reads one file with one format, counting everything in ``fstats``."""

    def __init__(self, fmt: JsonFormat, ctx: FileContext, fstats: FileStats, stats: IngestStats,
                 quarantine: Quarantine, batch_size: int, max_line_bytes: int, max_document_bytes: int):
        self.fmt = fmt
        self.ctx = ctx
        self.fstats = fstats
        self.stats = stats
        self.quarantine = quarantine
        self.batch_size = batch_size
        self.max_line_bytes = max_line_bytes
        self.max_document_bytes = max_document_bytes
        self.builder = BatchBuilder(fmt.name, ctx.path, self.bad, ctx.columns, fmt.field_names)
        # the context mappers get where a record may be too deep to skip its JSON text safely
        self.full_ctx = replace(ctx, columns=None) if ctx.columns is not None else ctx
        self.chunk_rows = min(batch_size, CHUNK_ROWS)
        self.out = BatchAccumulator(batch_size)

    # --- accounting -------------------------------------------------------------------------
    def bad(self, line: int | None, raw: object, reason: str, kind: str) -> None:
        self.fstats.read += 1
        self.fstats.quarantined += 1
        self.stats.reasons[kind] += 1
        self.quarantine.add(file=self.ctx.path, line=line, reason=reason, format=self.fmt.name, raw=raw, kind=kind)

    def _flush(self, final: bool = False) -> Iterator[pa.RecordBatch]:
        """Convert the rows collected so far; yields the batches that are full (all, if final)."""
        batch = self.builder.build()
        if batch is not None and batch.num_rows:
            self.fstats.read += batch.num_rows
            self.fstats.accepted += batch.num_rows
            yield from self.out.add(batch)
        if final:
            yield from self.out.rest()

    # --- records ------------------------------------------------------------------------------
    def _map(self, rec: dict, line: int, raw: object) -> None:
        try:
            row = self.fmt.map(rec, line, self.full_ctx)
        except RecordError as exc:
            self.bad(line, raw, exc.reason, exc.kind)
            return
        except Exception as exc:  # a shape the mapper did not foresee: quarantine, never crash
            self.bad(line, raw, f"unexpected record shape ({type(exc).__name__}: {exc})", "invalid_record")
            return
        if row is None:
            self.fstats.skipped += 1
        elif type(row) is tuple:
            self.builder.add_tuple(row, line, raw)
        else:
            self.builder.add(row, line, raw)

    def _document(self, obj: object, line: int, raw: object) -> None:
        """One parsed top-level JSON value of a JSON Lines file."""
        if type(obj) is not dict:
            self.bad(line, raw, f"expected a JSON object, got {_json_type(obj)}", "not_an_object")
        elif self.fmt.expands and not self.fmt.sniff(obj):  # e.g. a stray object in an OTLP file: not lost
            self.bad(line, raw, f"not a {self.fmt.name} document (it has none of the format's fields)", "invalid_record")
        elif self.fmt.expands:
            try:
                records = list(self.fmt.records(obj))
            except Exception as exc:
                self.bad(line, raw, f"unexpected document shape ({type(exc).__name__}: {exc})", "invalid_record")
                return
            for rec in records:
                self._map(rec, line, rec)
        else:
            self._map(obj, line, raw)

    def read_lines(self, chunks=None) -> Iterator[pa.RecordBatch]:
        """Batches from JSON Lines: the file's chunks of lines, or ``chunks`` given as
        (first line number, data, problem) like :func:`iter_chunks` makes them."""
        if chunks is None:
            groups = iter_line_lists(self.ctx.path, self.max_line_bytes)
        else:
            groups = ((first, data if problem else data.split(b"\n"), problem) for first, data, problem in chunks)
        max_line_bytes = self.max_line_bytes
        for first, lines, problem in groups:
            if problem is not None:
                self.bad(first, lines, problem[1], problem[0])
                continue
            yield from self._map_block(first, lines, max_line_bytes)
        yield from self._flush(final=True)

    def _map_block(self, first: int, lines: list[bytes], max_line_bytes: int) -> list[pa.RecordBatch]:
        """The hot loop: consecutive lines from ``first`` on (written flat on purpose: it runs once per
        line). Returns the batches that became full."""
        out: list[pa.RecordBatch] = []
        loads, decode_error = orjson.loads, orjson.JSONDecodeError
        builder, chunk_rows = self.builder, self.chunk_rows
        simple = not self.fmt.expands  # one record per line: map directly, no generator
        map_ = self.fmt.map
        add = builder.add_tuple if self.fmt.returns_tuples else builder.add
        ctx = full_ctx = self.full_ctx
        light_ctx = self.ctx if self.fmt.projects else full_ctx
        lineno = first - 1
        for data in lines:
            lineno += 1
            if len(data) > max_line_bytes:
                kind, reason = too_long(len(data), max_line_bytes)
                self.bad(lineno, data[:HEAD_BYTES], reason, kind)
                continue
            if not data or data.isspace():
                continue
            if lineno == 1 and data.startswith(_BOM):
                data = data[3:]
            try:
                obj = loads(data)
            except decode_error as exc:
                self._bad_json(lineno, data, exc)
                continue
            if simple and type(obj) is dict:
                if light_ctx is not full_ctx:
                    ctx = light_ctx if data.count(b"[") + data.count(b"{") < DEEP_BRACKETS else full_ctx
                try:
                    row = map_(obj, lineno, ctx)
                except RecordError as exc:
                    self.bad(lineno, data, exc.reason, exc.kind)
                    continue
                except Exception as exc:
                    self.bad(lineno, data, f"unexpected record shape ({type(exc).__name__}: {exc})", "invalid_record")
                    continue
                if row is None:
                    self.fstats.skipped += 1
                    continue
                add(row, lineno, data)
            else:
                self._document(obj, lineno, data)
            if len(builder) >= chunk_rows:
                out.extend(self._flush())
        return out

    def read_document(self) -> Iterator[pa.RecordBatch]:
        data, problem = read_all(self.ctx.path, self.max_document_bytes)
        if problem is not None:
            self.bad(1, data, problem, "truncated_stream" if "compressed" in problem else "oversized_line")
        else:
            if data.startswith(_BOM):
                data = data[3:]
            try:
                obj = orjson.loads(data)
            except orjson.JSONDecodeError as exc:
                self._bad_json(1, data, exc)
                obj = None
            if obj is not None or data.strip() == b"null":
                for index, rec in enumerate(_document_records(obj, self.fmt), start=1):
                    self._document(rec, index, rec)
                    if len(self.builder) >= self.chunk_rows:
                        yield from self._flush()
        yield from self._flush(final=True)

    def read_rows(self, rows) -> Iterator[pa.RecordBatch]:
        """Records that are already decoded (e.g. Parquet rows), numbered from 1."""
        try:
            for index, rec in enumerate(rows, start=1):
                self._document(rec, index, rec)
                if len(self.builder) >= self.chunk_rows:
                    yield from self._flush()
        except Exception as exc:  # the file itself broke (corrupt Parquet page): say where
            self.bad(None, b"", f"unreadable file after {self.fstats.read} records ({type(exc).__name__}: {exc})",
                     "unreadable_file")
        yield from self._flush(final=True)

    def _bad_json(self, line: int, data: bytes, exc: Exception) -> None:
        msg = str(exc)
        kind = "invalid_utf8" if "UTF-8" in msg else "invalid_json"
        self.bad(line, data, f"invalid JSON: {msg}", kind)


def _document_records(obj: object, fmt: JsonFormat) -> list:
    """The top-level records of a single-document file."""
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        data = obj.get("data")
        # an API response page saved to a file: {"data": [...], "meta": {...}}
        if isinstance(data, list) and not fmt.sniff(obj):
            return data
        return [obj]
    return [obj]


def _json_type(obj: object) -> str:
    if obj is None:
        return "null"
    return {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}.get(
        type(obj), type(obj).__name__)
