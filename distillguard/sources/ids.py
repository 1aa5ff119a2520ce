"""Exchange ids: derived from content where a log has none, and kept unique on reading.

The rule (README, "Exchange ids"):
- A record's **digest** (`schema.DIGEST`) is BLAKE2b-128 of the record as read: the bytes of its
  line in a JSON Lines file (the same whatever the file is called, wherever it moved, compressed or
  not), or the canonical JSON of a record read from a document or a Parquet row.
- A record **without an id** gets `c-<digest>`; the k-th identical record of one file (k >= 2) gets
  `c-<digest>-<k>`, so two identical requests logged in one file stay two exchanges, while the same
  file read again (renamed, gzipped, or rotated into a bigger one) yields the same ids.
- An id seen again **with the same digest** is a duplicate: counted (`duplicates`), not read twice.
- An id seen again **with another digest** is a conflict: that record is quarantined, its reason
  naming where the id was first read (file and line), and the first record is kept. Never dropped
  silently: ingest into a store applies the same rule against the rows already stored.
"""

from __future__ import annotations

import hashlib
from array import array

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema

DERIVED_PREFIX = "c-"
_DERIVED = r"^c-(?:[0-9a-f]{32}|h[0-9a-f]{31})$"  # (keyed with --hash-key: "h" + 31 hex digits)
CONFLICT_KIND = "id_conflict"


def record_digest(raw: object) -> str:
    """Hex BLAKE2b-128 of one record as read: line bytes as they are, a decoded record as
    canonical JSON (sorted keys)."""
    if isinstance(raw, (bytes, bytearray, memoryview)):
        data = bytes(raw).rstrip(b"\r")
    elif isinstance(raw, str):
        data = raw.encode("utf-8", "surrogatepass")
    else:
        try:
            data = orjson.dumps(raw, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS, default=str)
        except (TypeError, orjson.JSONEncodeError):  # too deep, a surrogate, ...
            data = repr(raw).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def derived_ids(ids: pa.Array, digests: list[str]) -> pa.Array:
    """`ids` with each null replaced by `c-<digest>` of its row."""
    if not ids.null_count:
        return ids
    fill = pa.array([DERIVED_PREFIX + d for d in digests], pa.string())
    return pc.coalesce(ids, fill)


def location(file: str | None, line: int | None) -> str:
    return f"{file or '?'}:{line if line is not None else '?'}"


class IdLedger:
    """The ids read so far in one run: drops duplicates, quarantines conflicts, numbers repeats.

    `admit(batch, fstats, quarantine, stats)` returns the batch without its duplicates and
    conflicts, with repeated derived ids numbered; the counts move from `accepted` to
    `duplicates` / `quarantined` in the file's stats.

    Memory: the ledger lives as long as the run, one entry per exchange read, so an entry is kept
    small (~150 B: a 16-byte key of the id, and in flat arrays the first 8 bytes of the record's
    digest and where it was read; ~390 B with the id and digest strings themselves; see
    benchmarks/bench_id_ledger.py). Keys and digest prefixes are BLAKE2b: a wrong match needs a
    128-bit collision for the id, and for a conflict to pass as a duplicate a 64-bit one as well.
    """

    def __init__(self) -> None:
        self._seen: dict[bytes, int] = {}  # id key -> entry number
        self._digest = array("Q")  # per entry: first 8 bytes of its digest (0: none known)
        self._where_file = array("I")  # per entry: index into _files
        self._where_line = array("q")  # per entry: line (-1: unknown)
        self._files: list[str | None] = []
        self._file_index: dict[str | None, int] = {}
        self._file: str | None = None
        self._repeats: dict[bytes, int] = {}  # derived id key -> identical records so far in this file

    def _entry(self, digest: str | None, file: str | None, line: int | None) -> int:
        k = self._file_index.get(file)
        if k is None:
            k = self._file_index[file] = len(self._files)
            self._files.append(file)
        self._digest.append(_digest_prefix(digest))
        self._where_file.append(k)
        self._where_line.append(-1 if line is None else line)
        return len(self._digest) - 1

    def admit(self, batch: pa.RecordBatch, fstats, quarantine, stats) -> pa.RecordBatch:
        names = batch.schema.names
        if not batch.num_rows or schema.EXCHANGE_ID not in names:
            return batch
        ids = batch.column(names.index(schema.EXCHANGE_ID)).to_pylist()
        digests = _values(batch, schema.DIGEST)
        files = _values(batch, schema.SOURCE_FILE)
        lines = _values(batch, schema.SOURCE_LINE)
        derived = pc.fill_null(pc.match_substring_regex(batch.column(names.index(schema.EXCHANGE_ID)), _DERIVED),
                               False).to_pylist()
        metadata = batch.schema.metadata  # (a scored batch's layout: see pipeline.score_batch)
        seen = self._seen
        keep: list[int] = []
        renamed: dict[int, str] = {}
        for i, xid in enumerate(ids):
            digest, file, line = digests[i], files[i], lines[i]
            if file != self._file:
                self._file, self._repeats = file, {}
            key = _key(xid)
            if derived[i]:
                k = self._repeats.get(key, 0) + 1
                self._repeats[key] = k
                if k > 1:  # an identical record earlier in this very file: another exchange
                    xid = renamed[i] = f"{xid}-{k}"
                    key = _key(xid)
            first = seen.get(key)
            if first is None:
                seen[key] = self._entry(digest, file, line)
                keep.append(i)
                continue
            fstats.accepted -= 1
            first_digest = self._digest[first]
            if not first_digest or digest is None or first_digest == _digest_prefix(digest):
                fstats.duplicates += 1
                continue
            fstats.quarantined += 1
            stats.reasons[CONFLICT_KIND] += 1
            first_line = self._where_line[first]
            quarantine.add(file=file, line=line, format=fstats.format, kind=CONFLICT_KIND,
                           reason=f"exchange id {xid!r} repeats with different content; kept the first, read at "
                                  f"{location(self._files[self._where_file[first]], None if first_line < 0 else first_line)}",
                           raw=_row(batch, i))
        if renamed:
            column = list(ids)
            for i, xid in renamed.items():
                column[i] = xid
            batch = batch.set_column(names.index(schema.EXCHANGE_ID), batch.schema.field(schema.EXCHANGE_ID),
                                     pa.array(column, pa.string()))
        if len(keep) < batch.num_rows:
            batch = batch.take(pa.array(keep, pa.int64()))
        return batch.replace_schema_metadata(metadata) if metadata else batch


def _key(xid: str) -> bytes:
    return hashlib.blake2b(xid.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _digest_prefix(digest: str | None) -> int:
    """First 8 bytes of a record digest as an integer; 0 when there is none. A digest is hex
    BLAKE2b (or, keyed with --hash-key, "h" + hex): anything else is hashed to the same width."""
    if not digest:
        return 0
    try:
        value = int(digest.lstrip("h")[:16], 16)
    except ValueError:
        value = int.from_bytes(hashlib.blake2b(digest.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")
    return value or 1


def _values(batch: pa.RecordBatch, name: str) -> list:
    names = batch.schema.names
    return batch.column(names.index(name)).to_pylist() if name in names else [None] * batch.num_rows


def _row(batch: pa.RecordBatch, i: int) -> dict:
    """One row as a dict of what the batch holds (a conflict's record, for the quarantine)."""
    row = batch.slice(i, 1).to_pylist()[0]
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items() if v is not None}


