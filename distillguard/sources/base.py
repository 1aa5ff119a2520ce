"""The reader interface: how a log format sniffs its records and maps them to canonical rows.

JSON formats implement :class:`JsonFormat`; the shared driver in :mod:`.jsonfile` does the
reading, JSON parsing, batching and quarantining, so a format module is only its mapping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class FileContext:
    """What a mapper may need to know about the file it reads."""

    path: str  # as reported in stats, quarantine and dg.source.file
    id_prefix: str  # stable per file: generated exchange ids are f"{id_prefix}-{line}"
    # Projection: the canonical columns the caller needs (None: all). A mapper with
    # ``projects = True`` may leave the others None to skip their cost; the builder nulls them.
    columns: frozenset[str] | None = None


class JsonFormat:
    """One JSON log format. Subclasses set ``name`` and implement ``sniff`` and ``map``."""

    name: str = ""
    # True when one JSON document holds many records (OTLP exports): ``records`` then expands it.
    expands: bool = False
    # True when ``map`` returns the builder's row tuple (ROW_COLUMNS order) instead of a dict.
    returns_tuples: bool = False
    # True when ``map`` skips work for columns outside ``ctx.columns`` (see FileContext).
    projects: bool = False
    # Canonical column -> this format's name for the field it comes from, where it differs from
    # the exchange log's (quarantine reasons name the input's fields, not internal columns).
    field_names: dict[str, str] = {}

    def sniff(self, obj: dict) -> bool:
        """Whether a parsed top-level JSON object looks like this format."""
        raise NotImplementedError

    def records(self, obj: dict) -> Iterable[dict]:
        """The records inside one parsed document (only called when ``expands``)."""
        return (obj,)

    def map(self, rec: dict, line: int, ctx: FileContext) -> dict | None:
        """A canonical row (dict keyed by schema column names) or None if the record is not an
        exchange at all (counted as skipped). Raise RecordError for a bad record."""
        raise NotImplementedError
