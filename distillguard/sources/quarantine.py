"""Where bad records go: nothing that was read is ever dropped silently.

Each quarantined record is one JSON line ``{file, line, reason, format, raw}``. ``raw`` is the
record as it was read (decoded as UTF-8 with replacement characters when it was not valid
UTF-8), cut to ``raw_limit`` characters so a 50 MB line does not become a 50 MB quarantine
line; the reason says when that happened.
"""

from __future__ import annotations

import gzip
import os
from collections import Counter
from typing import IO

import orjson

from distillguard.errors import DistillguardError

RAW_LIMIT = 4096  # characters of the raw record kept in a quarantine line
MEMORY_LIMIT = 1000  # quarantine records kept in memory when there is no file


class RecordError(ValueError):
    """A record that cannot become an exchange. ``kind`` is a short category for summaries."""

    def __init__(self, reason: str, kind: str = "invalid_record"):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind


def raw_text(raw: object) -> str:
    """The raw record as text, whatever shape the reader had it in."""
    if raw is None:
        return ""
    if isinstance(raw, (bytes, bytearray, memoryview)):
        return bytes(raw).decode("utf-8", errors="replace")
    if isinstance(raw, str):
        return raw
    try:
        return orjson.dumps(raw, default=str).decode()
    except (TypeError, orjson.JSONEncodeError):
        return repr(raw)


def make_record(file: str | None, line: int | None, reason: str, format: str | None, raw: object,
                raw_limit: int = RAW_LIMIT) -> dict:
    """One quarantine line: ``{file, line, reason, format, raw}`` with ``raw`` cut to ``raw_limit``."""
    text = raw_text(raw)
    if len(text) > raw_limit:
        reason = f"{reason} (raw truncated to {raw_limit} of {len(text)} characters)"
        text = text[:raw_limit]
    return {"file": file, "line": line, "reason": reason, "format": format, "raw": text}


class Quarantine:
    """A JSON Lines sink of bad records (``path=None`` keeps the first records in memory).

    Use as a context manager, or call :meth:`close`. ``count`` and ``kinds`` (a Counter of
    reason categories) are kept whatever the sink, so summaries can say what went wrong.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, raw_limit: int = RAW_LIMIT):
        self.path = None if path is None else os.fspath(path)
        self.raw_limit = raw_limit
        self.count = 0
        self.kinds: Counter[str] = Counter()
        self.records: list[dict] = []  # in-memory examples (all of them when path is None, up to MEMORY_LIMIT)
        self._fh: IO[bytes] | None = None

    def _open(self) -> IO[bytes]:
        if self._fh is None:
            assert self.path is not None
            parent = os.path.dirname(os.path.abspath(self.path))
            try:
                os.makedirs(parent, exist_ok=True)
                self._fh = gzip.open(self.path, "wb") if self.path.endswith(".gz") else open(self.path, "wb")
            except OSError as exc:
                raise DistillguardError(f"cannot write quarantine file {self.path}: {exc.strerror or exc}") from exc
        return self._fh

    def add(self, *, file: str | None, line: int | None, reason: str, format: str | None, raw: object,
            kind: str = "invalid_record") -> None:
        self.add_record(make_record(file, line, reason, format, raw, self.raw_limit), kind)

    def add_record(self, record: dict, kind: str) -> None:
        """Add a record already made by :func:`make_record` (e.g. in a worker process)."""
        self.count += 1
        self.kinds[kind] += 1
        if self.path is not None:
            self._open().write(orjson.dumps(record) + b"\n")
        if len(self.records) < MEMORY_LIMIT:
            self.records.append({**record, "kind": kind})

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> "Quarantine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Quarantine(path={self.path!r}, count={self.count})"


class CollectingQuarantine(Quarantine):
    """Keeps every record with its kind in memory (a worker process hands them back to the main one)."""

    def __init__(self, raw_limit: int = RAW_LIMIT):
        super().__init__(None, raw_limit=raw_limit)
        self.collected: list[tuple[dict, str]] = []

    def add_record(self, record: dict, kind: str) -> None:
        self.count += 1
        self.kinds[kind] += 1
        self.collected.append((record, kind))
