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
    `duplicates` / `quarantined` in the file's stats. Memory: one small tuple per exchange read.
    """

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str | None, str | None, int | None]] = {}
        self._file: str | None = None
        self._repeats: dict[str, int] = {}  # derived id -> identical records so far in this file

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
            if derived[i]:
                k = self._repeats.get(xid, 0) + 1
                self._repeats[xid] = k
                if k > 1:  # an identical record earlier in this very file: another exchange
                    xid = renamed[i] = f"{xid}-{k}"
            first = seen.get(xid)
            if first is None:
                seen[xid] = (digest, file, line)
                keep.append(i)
                continue
            fstats.accepted -= 1
            if first[0] is None or digest is None or first[0] == digest:
                fstats.duplicates += 1
                continue
            fstats.quarantined += 1
            stats.reasons[CONFLICT_KIND] += 1
            quarantine.add(file=file, line=line, format=fstats.format, kind=CONFLICT_KIND,
                           reason=f"exchange id {xid!r} repeats with different content; kept the first, "
                                  f"read at {location(first[1], first[2])}",
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


def _values(batch: pa.RecordBatch, name: str) -> list:
    names = batch.schema.names
    return batch.column(names.index(name)).to_pylist() if name in names else [None] * batch.num_rows


def _row(batch: pa.RecordBatch, i: int) -> dict:
    """One row as a dict of what the batch holds (a conflict's record, for the quarantine)."""
    row = batch.slice(i, 1).to_pylist()[0]
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items() if v is not None}


