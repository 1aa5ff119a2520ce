"""The input options every command that reads exchanges shares, and `open_input` behind them.

    @click.command()
    @input_options()
    def command(inputs: InputSpec, ...):
        data = open_input(inputs, out_dir=...)
        for batch in data.batches(): ...      # or: table = data.table()
        data.stats.read, data.stats.accepted, data.stats.quarantined

Exchanges come from log files (any reader format, auto-detected), from a DuckDB store (`--db`),
or both. Secrets are always scrubbed; with `--hash-key` (or DISTILLGUARD_HASH_KEY) identifiers
are replaced by keyed pseudonyms before anything else sees them. When the input is used up,
one line says "read N = accepted A + quarantined Q" (on stderr, unless --quiet).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import click
import pyarrow as pa

from distillguard import schema
from distillguard.cli.common import is_quiet, progress
from distillguard.errors import UsageError
from distillguard.normalize.privacy import ingest_transform
from distillguard.sources import FORMATS, Quarantine, read_exchanges
from distillguard.sources.ids import CONFLICT_KIND, location
from distillguard.sources.lines import DEFAULT_MAX_LINE_BYTES
from distillguard.sources.stats import IngestStats
from distillguard.store import ExchangeStore

HASH_KEY_ENV = "DISTILLGUARD_HASH_KEY"
EMPTY_HASH_KEY = (f"the hash key is empty: give --hash-key / {HASH_KEY_ENV} a non-empty value, "
                  f"or unset {HASH_KEY_ENV} to keep identifiers raw")
DEFAULT_QUARANTINE_NAME = "quarantine.jsonl"
STORE_FORMAT = "duckdb-store"  # how rows read back from --db are labelled in the stats


@dataclass(frozen=True)
class InputSpec:
    """What the user asked to read (the parsed input options)."""

    logs: tuple[str, ...] = ()
    format: str | None = None
    db: str | None = None
    quarantine: str | None = None
    hash_key: str | None = None
    max_line_bytes: int | None = None
    workers: int | None = None

    @property
    def hash_key_bytes(self) -> bytes | None:
        """The key as bytes; None when none was given. A key given but empty (or blank) is an
        error, not "no key": it would store raw identifiers where the user asked for hashes."""
        if self.hash_key is None:
            return None
        if not self.hash_key.strip():
            raise UsageError(EMPTY_HASH_KEY)
        return self.hash_key.encode("utf-8")


def input_options(*, db: bool = True, logs_required: bool = False) -> Callable:
    """Click decorator: LOGS... plus --format/--db/--quarantine/--hash-key/--max-line-bytes,
    handed to the command as one `inputs: InputSpec` argument.

    `db=False` leaves --db out (for `ingest`, whose --db is where exchanges go, not where they
    come from).
    """

    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            hash_key = kwargs.pop("hash_key")
            if hash_key is None and HASH_KEY_ENV in os.environ:
                # click reads a set-but-empty variable as unset; it was set, so it is refused below
                hash_key = os.environ[HASH_KEY_ENV]
            spec = InputSpec(
                logs=tuple(kwargs.pop("logs")),
                format=kwargs.pop("input_format"),
                db=kwargs.pop("input_db", None),
                quarantine=kwargs.pop("quarantine"),
                hash_key=hash_key,
                max_line_bytes=kwargs.pop("max_line_bytes"),
                workers=kwargs.pop("workers"),
            )
            _ = spec.hash_key_bytes  # an empty key fails now, before the command creates any output
            return func(*args, inputs=spec, **kwargs)

        options = [
            # (readable=False: an unreadable path is the reader's one-line error, exit 1 like a missing one)
            click.argument("logs", nargs=-1, required=logs_required, type=click.Path(dir_okay=True, readable=False),
                           metavar="LOGS..." if logs_required else "[LOGS]..."),
            click.option(
                "--format", "input_format", type=click.Choice(FORMATS), default=None,
                help="Read every log in this format (default: detect per file).",
            ),
            click.option(
                "--quarantine", type=click.Path(dir_okay=False), default=None,
                help=f"Where bad records go (JSONL). Default: {DEFAULT_QUARANTINE_NAME} in the output's "
                "directory (else the current one), created only if a record is quarantined.",
            ),
            click.option(
                "--hash-key", envvar=HASH_KEY_ENV, show_envvar=True, default=None, metavar="TEXT",
                help="Replace account/org/key/user ids and IPs by keyed HMAC-SHA256 pseudonyms "
                "(prefer the env var: arguments show up in `ps`).",
            ),
            click.option(
                "--max-line-bytes", type=click.IntRange(min=1), default=None, metavar="N",
                help=f"Quarantine log lines longer than N bytes instead of reading them "
                f"[default: {DEFAULT_MAX_LINE_BYTES}].",
            ),
            click.option(
                "--workers", type=click.IntRange(min=0), default=None, metavar="N",
                help="Processes parsing (and, for scan, scoring) big JSON Lines files in parallel "
                "(0 = all cores) [default: 1; scan: all cores].",
            ),
        ]
        if db:
            options.append(
                click.option(
                    "--db", "input_db", type=click.Path(), default=None, metavar="PATH",
                    help="Read exchanges from this DuckDB store (made by `ingest`), with or instead of LOGS.",
                )
            )
        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper

    return decorate


@dataclass
class InputStats:
    """Counts over everything read: logs (IngestStats from the readers) plus store rows."""

    logs: IngestStats
    store_rows: int = 0
    quarantine_path: str | None = None

    @property
    def read(self) -> int:
        return self.logs.read + self.store_rows

    @property
    def accepted(self) -> int:
        return self.logs.accepted + self.store_rows

    @property
    def duplicates(self) -> int:
        return self.logs.duplicates

    @property
    def quarantined(self) -> int:
        return self.logs.quarantined

    @property
    def formats(self) -> dict[str, dict[str, int]]:
        out = {k: dict(v) for k, v in self.logs.formats.items()}
        if self.store_rows:
            out[STORE_FORMAT] = {"files": 1, "read": self.store_rows, "accepted": self.store_rows,
                                 "quarantined": 0, "skipped": 0}
        return out

    def counts_line(self) -> str:
        line = f"read {self.read} = accepted {self.accepted}"
        if self.logs.duplicates:  # the same exchange read twice (same id, same content: sources.ids)
            line += f" + duplicates {self.logs.duplicates}"
        line += f" + quarantined {self.quarantined}"
        if self.quarantined and self.quarantine_path:
            line += f" (quarantine: {self.quarantine_path})"
        # Records that are not exchanges (e.g. an OTel span of a plain HTTP call) and files not
        # read are neither accepted nor quarantined: say so, so the numbers add up for the reader.
        if self.logs.skipped:
            line += f"; {self.logs.skipped} non-exchange records skipped"
        if self.logs.skipped_files:
            line += f"; {len(self.logs.skipped_files)} files skipped"
        return line

    def problem_lines(self) -> list[str]:
        """One warning per file that could not be read (a name-skipped README is not a problem)."""
        return [f"warning: skipped {path}: {why}" for path, why in self.logs.skipped_files.items()
                if why.startswith(("unreadable", "not a regular file"))]

    def as_dict(self) -> dict:
        d = self.logs.as_dict()
        d.update(read=self.read, accepted=self.accepted, quarantined=self.quarantined,
                 formats=self.formats, store_rows=self.store_rows, quarantine_path=self.quarantine_path)
        return d


class Input:
    """The exchanges a command asked for. Single pass: `batches()` or `table()`, once.

    Paths, formats and the store are checked when it is made (`open_input`), so a bad path
    fails before any output exists; nothing is read until `batches()`.
    """

    def __init__(self, spec: InputSpec, *, quarantine_path: str | None, batch_size: int,
                 announce: bool, columns: tuple[str, ...] | None = None, reader_options: dict | None = None) -> None:
        self.spec = spec
        self._columns = columns
        self.transform = ingest_transform(spec.hash_key_bytes)
        self.stats = InputStats(logs=IngestStats(), quarantine_path=quarantine_path)
        self._batch_size = batch_size
        self._announce = announce
        self._used = False
        self._store = ExchangeStore(spec.db, read_only=True) if spec.db else None
        self._quarantine = self._stream = None
        try:
            if self._store is not None:
                self._check_store_key()
            if spec.logs:
                options = {name: value for name, value in
                           (("max_line_bytes", spec.max_line_bytes), ("workers", spec.workers)) if value is not None}
                options.update(reader_options or {})
                # The file appears on the first bad record; ids in it are hashed like the store's.
                self._quarantine = Quarantine(quarantine_path, pseudonymizer=self.transform.pseudonymizer)
                self._stream = read_exchanges(list(spec.logs), format=spec.format, batch_size=batch_size,
                                              quarantine=self._quarantine, transform=self.transform,
                                              columns=columns, **options)
        except BaseException:
            self.close()
            raise

    @property
    def pseudonym_key_id(self) -> str | None:
        """Fingerprint of the hash key in use (None without --hash-key)."""
        p = self.transform.pseudonymizer
        return p.key_id if p is not None else None

    def _check_store_key(self) -> None:
        """Identifiers from the store and from logs / this key must be comparable: rows hashed
        with another key (or hashed vs raw) would never link, silently."""
        stored = self._store.pseudonym_key_id()
        if stored in (None, "none"):
            return  # raw identifiers: a key, if given, hashes them on the way out
        if self.pseudonym_key_id is None and self.spec.logs:
            raise UsageError(f"store {self.spec.db} holds hashed identifiers; give its --hash-key to read LOGS with it")
        if self.pseudonym_key_id is not None and self.pseudonym_key_id != stored:
            raise UsageError(f"store {self.spec.db} was hashed with another key than this --hash-key")

    def batches(self) -> Iterator[pa.RecordBatch]:
        """Canonical record batches: the store's rows first, then the logs'."""
        if self._used:
            raise RuntimeError("an Input can be read once")
        self._used = True
        try:
            with progress("reading exchanges") as bar:
                if self._store is not None:
                    yield from self._store_batches(bar)
                if self._stream is not None:
                    for batch in self._stream:
                        bar.advance(batch.num_rows)
                        yield batch
                    self.stats.logs = self._stream.stats
        finally:
            self.close()
        if self._announce:
            click.echo(self.stats.counts_line(), err=True)
        for line in self.stats.problem_lines():  # named even under --quiet: data was not read
            click.echo(line, err=True)

    def table(self) -> pa.Table:
        """Every exchange in one canonical table."""
        return pa.Table.from_batches(list(self.batches()), schema=schema.EXCHANGE_SCHEMA)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        if self._quarantine is not None:
            self._quarantine.close()

    def quarantine_conflicts(self, conflicts) -> None:
        """Quarantine rows a store refused because their id holds other content there (see
        `sources.ids`; `store.IdConflict`), counted with the rest of the input's quarantine."""
        if not conflicts or self._quarantine is None:
            return
        for c in conflicts:
            self._quarantine.add(file=c.file, line=c.line, reason=c.reason, format=None, kind=CONFLICT_KIND,
                                 raw={"id": c.exchange_id, "first_read_at": location(c.first_file, c.first_line)})
        self._quarantine.close()

    def _store_batches(self, bar) -> Iterator[pa.RecordBatch]:
        pseudonymizer = self.transform.pseudonymizer
        # Stored rows were scrubbed at ingestion; a key given now still hashes raw ids
        # (already-hashed values are left alone).
        for batch in self._store.batches(self._batch_size, columns=self._columns):
            if pseudonymizer is not None:
                batch = pseudonymizer.apply(batch)
            self.stats.store_rows += batch.num_rows
            bar.advance(batch.num_rows)
            yield batch


def open_input(spec: InputSpec, *, out_dir: str | os.PathLike | None = None, batch_size: int = 65536,
               announce: bool | None = None, columns: tuple[str, ...] | None = None,
               reader_options: dict | None = None) -> Input:
    """Check the inputs and get ready to read them (nothing is read until `batches()`/`table()`).

    Bad records go to --quarantine, else to `<out_dir or cwd>/quarantine.jsonl`, a file created
    only if something is quarantined. `announce` (default: not --quiet) prints the counts line.
    `columns`: the canonical columns the command needs; rows from --db and from logs then carry
    only those (others null), which skips the text of a big store and, for logs, the conversion of
    the unneeded text (every record is still validated: quarantine and counts do not change).
    `reader_options`: more options for read_exchanges (e.g. scan's worker_transform).
    """
    if not spec.logs and not spec.db:
        raise UsageError("nothing to read: give LOGS... or --db PATH")
    quarantine_path = None
    if spec.logs:
        quarantine_path = spec.quarantine or str(Path(out_dir or ".") / DEFAULT_QUARANTINE_NAME)
    if announce is None:
        announce = not is_quiet()
    return Input(spec, quarantine_path=quarantine_path, batch_size=batch_size, announce=announce, columns=columns,
                 reader_options=reader_options)
