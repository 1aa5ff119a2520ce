"""`read_exchanges`: files and directories of logs -> a stream of canonical record batches."""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from distillguard import schema
from distillguard.errors import DistillguardError, check_terminated
from distillguard.sources.base import FileContext, JsonFormat
from distillguard.sources.builder import project
from distillguard.sources.detect import is_parquet, layout_of
from distillguard.sources.formats import FORMATS, JSON_FORMATS, PARQUET, format_by_name, is_json_format
from distillguard.sources.ids import IdLedger
from distillguard.sources.jsonfile import FileIngest
from distillguard.sources.lines import BLOCK_BYTES, DEFAULT_MAX_LINE_BYTES
from distillguard.sources.parallel import PARALLEL_MIN_BYTES, WorkerPool, bounded_workers, read_parallel
from distillguard.sources.parquet import read_parquet
from distillguard.sources.quarantine import Quarantine, RecordError
from distillguard.sources.stats import FileStats, IngestStats

DEFAULT_MAX_DOCUMENT_BYTES = 1 << 30
# When a directory is given, files with these suffixes are not logs and are not read (a
# labels.json or README next to the traffic is read only when named explicitly).
_NOT_LOGS = (".md", ".rst", ".yaml", ".yml", ".toml", ".py", ".html", ".htm", ".png", ".jpg", ".jpeg",
             ".svg", ".pdf", ".csv", ".tsv", ".zip", ".tar", ".db", ".duckdb", ".wal", ".sqlite")
_SKIP_NAMES = ("labels.json", "verdicts.json")


class _Unrecognised(JsonFormat):
    """Stands in for a file whose format could not be told: every record is quarantined."""

    name = "unknown"

    def __init__(self, why: str):
        self.why = why

    def sniff(self, obj: dict) -> bool:
        return False

    def map(self, rec: dict, line: int, ctx: FileContext) -> dict:
        raise RecordError(f"format not recognised ({self.why}); pass format= one of {', '.join(FORMATS)}",
                          "unrecognised_format")


def _id_prefix(path: str) -> str:
    """Stable per file, so re-ingesting a file yields the same generated exchange ids."""
    return "x" + hashlib.blake2b(os.path.realpath(path).encode(), digest_size=8).hexdigest()


def expand_paths(paths: Iterable[str | os.PathLike], skipped: dict[str, str] | None = None) -> list[str]:
    """Files to read: named files as given, directories recursed (sorted, hidden files skipped)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[str] = []
    for p in paths:
        path = os.fspath(p)
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    full = os.path.join(root, name)
                    low = name.lower().removesuffix(".gz")
                    if name.startswith("."):
                        continue
                    if low.endswith(_NOT_LOGS) or low in _SKIP_NAMES:
                        if skipped is not None:
                            skipped[full] = "not a log file (by name); name it explicitly to read it"
                        continue
                    if not os.path.isfile(full):  # a dangling link, a socket, a FIFO...
                        if skipped is not None:
                            skipped[full] = "not a regular file"
                        continue
                    if not os.access(full, os.R_OK):  # one unreadable file does not stop the others
                        if skipped is not None:
                            skipped[full] = "unreadable: permission denied"
                        continue
                    files.append(full)
        elif os.path.isfile(path):
            if not os.access(path, os.R_OK):  # named on purpose: a fault, like a missing path
                raise DistillguardError(f"cannot read {path}: permission denied")
            files.append(path)
        elif os.path.exists(path):
            raise DistillguardError(f"not a regular file or directory: {path}")
        else:
            raise DistillguardError(f"no such file or directory: {path}")
    return files


def _is_langfuse_parquet(path: str, format: str | None) -> bool:
    """A Parquet file of Langfuse observations (blob-storage export) rather than canonical columns."""
    try:
        names = set(pq.read_schema(path).names)
    except Exception:
        return False
    if schema.TS in names or schema.ACCOUNT_ID in names:
        return False
    return format == "langfuse" or (bool(names & {"traceId", "trace_id"}) and bool(names & {"startTime", "start_time"}))


def _parquet_rows(path: str, batch_size: int) -> Iterator[dict]:
    """Rows of a Parquet file as dicts, timestamps as RFC 3339 text (what the JSON mappers read)."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
        for row in batch.to_pylist():
            for key, value in row.items():
                if isinstance(value, _dt.datetime):
                    row[key] = value.isoformat() if value.tzinfo else value.isoformat() + "+00:00"
            yield row


class ExchangeStream:
    """Iterate once to get canonical record batches; ``stats`` is complete after iteration."""

    def __init__(self, paths, *, format: str | None = None, batch_size: int = 65536,
                 quarantine: Quarantine | None = None, transform: Callable[[pa.RecordBatch], pa.RecordBatch] | None = None,
                 max_line_bytes: int = DEFAULT_MAX_LINE_BYTES, max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
                 workers: int = 1, parallel_min_bytes: int = PARALLEL_MIN_BYTES,
                 columns: Iterable[str] | None = None,
                 worker_transform: Callable[[pa.RecordBatch], pa.RecordBatch] | None = None,
                 chunk_bytes: int = BLOCK_BYTES):
        if format is not None and format not in FORMATS:
            raise DistillguardError(f"unknown format {format!r}; known formats: {', '.join(FORMATS)}")
        if batch_size < 1:
            raise DistillguardError(f"batch_size must be at least 1, got {batch_size}")
        self.columns = _projection(columns)
        self.stats = IngestStats()
        self.files = expand_paths(paths, self.stats.skipped_files)
        self.format = format
        self.batch_size = batch_size
        self.quarantine = quarantine if quarantine is not None else Quarantine(None)
        if self.quarantine.path is not None:
            # never read the quarantine we are writing (a logs directory may hold last run's)
            own = os.path.realpath(self.quarantine.path)
            for path in [p for p in self.files if os.path.realpath(p) == own]:
                self.files.remove(path)
                self.stats.skipped_files[path] = "this run's quarantine file"
        self.transform = transform
        # Applied after `transform`, only to batches made in worker processes (see read_exchanges).
        self.worker_transform = worker_transform
        self.chunk_bytes = chunk_bytes
        self.max_line_bytes = max_line_bytes
        self.max_document_bytes = max_document_bytes
        # worker processes for big JSON Lines files: 1 (default) reads in-process, 0 means all cores
        if not isinstance(workers, int) or workers < 0:
            raise DistillguardError(f"workers must be a whole number >= 0, got {workers!r}")
        self.workers = bounded_workers(workers)
        self.parallel_min_bytes = parallel_min_bytes
        self._started = False

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        if self._started:
            raise DistillguardError("this exchange stream was already read; call read_exchanges again")
        self._started = True
        transforms = tuple(t for t in (self.transform, self.worker_transform) if t is not None)
        self._pool = WorkerPool(self.workers, transforms) if self.workers > 1 else None
        ledger = IdLedger()  # one id, one exchange, across every file of the run (sources.ids)
        try:
            for path in self.files:
                for batch in self._read_file(path):
                    check_terminated()
                    batch = ledger.admit(batch, self.stats.files[path], self.quarantine, self.stats)
                    if batch.num_rows:
                        yield batch
        finally:
            if self._pool is not None:
                self._pool.close()

    def _read_file(self, path: str) -> Iterator[pa.RecordBatch]:
        """The file's batches, through `transform` (made here) or all transforms (made in workers).
        A file that cannot be read (it vanished, or its disk failed) is reported and skipped: the
        other files are still read."""
        in_workers = []
        batches = self._read_file_batches(path, in_workers)
        try:
            for batch in batches:
                if not in_workers and self.transform is not None:
                    batch = self.transform(batch)
                yield batch
        except _Unreadable as exc:
            self.stats.skipped_files[path] = f"unreadable: {exc.why}"

    def _read_file_batches(self, path: str, in_workers: list) -> Iterator[pa.RecordBatch]:
        ctx = FileContext(path=path, id_prefix=_id_prefix(path), columns=self.columns)
        try:
            if self.format in (None, "langfuse") and is_parquet(path) and _is_langfuse_parquet(path, self.format):
                fstats = self.stats.files[path] = FileStats(path, "langfuse")
                ingest = FileIngest(format_by_name("langfuse"), ctx, fstats, self.stats, self.quarantine,
                                    self.batch_size, self.max_line_bytes, self.max_document_bytes)
                yield from ingest.read_rows(_parquet_rows(path, self.batch_size))
                return
            if self.format == PARQUET or (self.format is None and is_parquet(path)):
                fstats = self.stats.files[path] = FileStats(path, PARQUET)
                for batch in read_parquet(path, ctx, fstats, self.stats, self.quarantine, self.batch_size):
                    yield project(batch, self.columns)  # (every column is still cast, so checked)
                return
            layout = layout_of(path, JSON_FORMATS, self.max_document_bytes, self.format)
        except OSError as exc:
            raise _Unreadable(exc.strerror or str(exc)) from exc
        fmt = format_by_name(layout.format) if is_json_format(layout.format) else _Unrecognised(layout.note or "")
        fstats = self.stats.files[path] = FileStats(path, fmt.name, note=layout.note)
        ingest = FileIngest(fmt, ctx, fstats, self.stats, self.quarantine, self.batch_size,
                            self.max_line_bytes, self.max_document_bytes)
        try:
            if layout.document:
                yield from ingest.read_document()
            elif (self._pool is not None and is_json_format(fmt.name)
                  and os.path.getsize(path) >= self.parallel_min_bytes):
                in_workers.append(True)
                yield from read_parallel(self._pool, ingest, self.max_line_bytes, self.batch_size, self.chunk_bytes,
                                         rebatch=self.worker_transform is None)
            else:
                yield from ingest.read_lines()
        except OSError as exc:
            raise _Unreadable(f"{exc.strerror or exc} after {fstats.read} records") from exc


class _Unreadable(Exception):
    def __init__(self, why: str):
        super().__init__(why)
        self.why = why


def _projection(columns: Iterable[str] | None) -> frozenset[str] | None:
    """The set of canonical columns to fill (None: all), checked against the schema."""
    if columns is None:
        return None
    if isinstance(columns, str):
        columns = [columns]
    wanted = frozenset(columns)
    unknown = sorted(wanted - set(schema.COLUMNS))
    if unknown:
        raise DistillguardError(f"unknown column(s) {', '.join(map(repr, unknown))}; see distillguard.schema")
    return None if wanted == set(schema.COLUMNS) else wanted


def read_exchanges(paths, *, format: str | None = None, batch_size: int = 65536, quarantine: Quarantine | None = None,
                   transform: Callable[[pa.RecordBatch], pa.RecordBatch] | None = None, **options) -> ExchangeStream:
    """Stream canonical exchange batches from log files / directories (see the package docstring)."""
    return ExchangeStream(paths, format=format, batch_size=batch_size, quarantine=quarantine,
                          transform=transform, **options)


def read_table(paths, **kw) -> tuple[pa.Table, IngestStats]:
    """All exchanges as one table (small inputs, tests), with the ingestion stats."""
    stream = read_exchanges(paths, **kw)
    batches = list(stream)
    table = pa.Table.from_batches(batches, schema=batches[0].schema if batches else schema.EXCHANGE_SCHEMA)
    return table, stream.stats
