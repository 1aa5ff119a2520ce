"""Counts of what ingestion read: read == accepted + duplicates + quarantined.

``duplicates`` counts records whose exchange id was already read in this run with the same
content (see `sources.ids`): the same exchange logged twice, read once.

``skipped`` counts records that are not exchanges at all (an OpenTelemetry span of an HTTP call,
a Langfuse SPAN observation): they are neither read as exchanges nor quarantined.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class FileStats:
    path: str
    format: str
    read: int = 0
    accepted: int = 0
    quarantined: int = 0
    skipped: int = 0
    duplicates: int = 0
    note: str | None = None

    def as_dict(self) -> dict:
        return {"path": self.path, "format": self.format, "read": self.read, "accepted": self.accepted,
                "duplicates": self.duplicates, "quarantined": self.quarantined, "skipped": self.skipped,
                "note": self.note}


@dataclass
class IngestStats:
    files: dict[str, FileStats] = field(default_factory=dict)
    skipped_files: dict[str, str] = field(default_factory=dict)  # path -> why it was not read
    reasons: Counter = field(default_factory=Counter)  # quarantine kind -> count

    @property
    def read(self) -> int:
        return sum(f.read for f in self.files.values())

    @property
    def accepted(self) -> int:
        return sum(f.accepted for f in self.files.values())

    @property
    def quarantined(self) -> int:
        return sum(f.quarantined for f in self.files.values())

    @property
    def skipped(self) -> int:
        return sum(f.skipped for f in self.files.values())

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files.values())

    @property
    def formats(self) -> dict[str, dict[str, int]]:
        """Per-format totals: {format: {files, read, accepted, quarantined, skipped}}."""
        out: dict[str, dict[str, int]] = {}
        for f in self.files.values():
            t = out.setdefault(f.format, {"files": 0, "read": 0, "accepted": 0, "duplicates": 0, "quarantined": 0,
                                          "skipped": 0})
            t["files"] += 1
            t["read"] += f.read
            t["accepted"] += f.accepted
            t["duplicates"] += f.duplicates
            t["quarantined"] += f.quarantined
            t["skipped"] += f.skipped
        return out

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "skipped": self.skipped,
            "formats": self.formats,
            "files": [f.as_dict() for f in self.files.values()],
            "skipped_files": dict(self.skipped_files),
            "quarantine_reasons": dict(self.reasons),
        }
