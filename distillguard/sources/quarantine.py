"""Where bad records go: nothing that was read is ever dropped silently.

Each quarantined record is one JSON line ``{file, line, reason, format, raw}``. ``raw`` is the
record as it was read (decoded as UTF-8 with replacement characters when it was not valid
UTF-8), cut to ``raw_limit`` characters so a 50 MB line does not become a 50 MB quarantine
line; the reason says when that happened.

A quarantine file is kept next to the store and read by people, so it obeys the store's privacy
rules: secrets in ``raw`` (and in the reason) are always masked, before the cut so no half of a
key escapes; with a pseudonymizer (``--hash-key``), identifiers and IP addresses are hashed as
they are in the store, so a quarantined line still links to the accepted ones.
"""

from __future__ import annotations

import gzip
import os
from collections import Counter
from typing import IO

import orjson

from distillguard.errors import DistillguardError
from distillguard.normalize.privacy import Pseudonymizer, mask_secret_values, mask_secrets_text, scrub_raw

RAW_LIMIT = 4096  # characters of the raw record kept in a quarantine line
# Characters past the cut that are masked with the rest, so a secret that starts before the cut is
# still recognised as one (the longest shapes are PEM keys, matched from their first line).
_CUT_MARGIN = 1024
_ADDRESS_CHARS = frozenset("0123456789abcdefABCDEF.:")
_LONGEST_ADDRESS = 45  # an IPv6 address with an IPv4 tail
_TOKEN_ENDS = " \t\r\n\",;&'<>"
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
    """One quarantine line: ``{file, line, reason, format, raw}`` with ``raw`` cut to ``raw_limit``
    and its secrets masked."""
    text = raw_text(raw)
    if len(text) > raw_limit:
        reason = f"{reason} (raw truncated to {raw_limit} of {len(text)} characters)"
        text = _cut(mask_secrets_text(_window(text, raw_limit, raw_limit + _CUT_MARGIN)), raw_limit)
    else:
        text = scrub_raw(text)
    return {"file": file, "line": line, "reason": mask_secret_values(reason), "format": format, "raw": text}


def _window(text: str, least: int, size: int) -> str:
    """The first ``size`` characters, ended between two tokens past ``least`` when it can be:
    masking may shorten what comes before, and half a secret at the end would then be kept."""
    window = text[:size]
    end = max(window.rfind(c, least) for c in _TOKEN_ENDS)
    return window[:end] if end >= least else window


def _cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, but not inside an IP address: a cut-off part of one
    would no longer be recognised (and hashed) as an address."""
    if len(text) <= limit:
        return text
    if text[limit] in _ADDRESS_CHARS:
        start = limit
        while start > 0 and limit - start < _LONGEST_ADDRESS and text[start - 1] in _ADDRESS_CHARS:
            start -= 1
        if limit - start < _LONGEST_ADDRESS:
            limit = start
    return text[:limit]


class Quarantine:
    """A JSON Lines sink of bad records (``path=None`` keeps the first records in memory).

    Use as a context manager, or call :meth:`close`. ``count`` and ``kinds`` (a Counter of
    reason categories) are kept whatever the sink, so summaries can say what went wrong.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, raw_limit: int = RAW_LIMIT,
                 pseudonymizer: Pseudonymizer | None = None):
        self.path = None if path is None else os.fspath(path)
        self.raw_limit = raw_limit
        # Set with --hash-key: identifiers in quarantined records are hashed like the store's.
        # Applied here, in the main process, to records made anywhere (worker processes included).
        self.pseudonymizer = pseudonymizer
        self.count = 0
        self.kinds: Counter[str] = Counter()
        self.records: list[dict] = []  # in-memory examples (all of them when path is None, up to MEMORY_LIMIT)
        self._fh: IO[bytes] | None = None

    def _open(self) -> IO[bytes]:
        # Appended to, never overwritten: a quarantine file keeps the bad records of every run.
        if self._fh is None:
            assert self.path is not None
            parent = os.path.dirname(os.path.abspath(self.path))
            try:
                os.makedirs(parent, exist_ok=True)
                self._fh = gzip.open(self.path, "ab") if self.path.endswith(".gz") else open(self.path, "ab")
            except OSError as exc:
                raise DistillguardError(f"cannot write quarantine file {self.path}: {exc.strerror or exc}") from exc
        return self._fh

    def add(self, *, file: str | None, line: int | None, reason: str, format: str | None, raw: object,
            kind: str = "invalid_record") -> None:
        self.add_record(make_record(file, line, reason, format, raw, self.raw_limit), kind)

    def add_record(self, record: dict, kind: str) -> None:
        """Add a record already made by :func:`make_record` (e.g. in a worker process)."""
        if self.pseudonymizer is not None:
            record = {**record, "raw": self.pseudonymizer.pseudonymize_raw(record["raw"]),
                      "reason": self.pseudonymizer.hash_addresses(record["reason"])}
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
