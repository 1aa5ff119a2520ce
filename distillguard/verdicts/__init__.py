"""Verdicts: the scan's output document (spec §2)."""

from distillguard.verdicts.writer import build_verdicts, read_verdicts, validate_verdicts, write_verdicts

__all__ = ["build_verdicts", "read_verdicts", "validate_verdicts", "write_verdicts"]
