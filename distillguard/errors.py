"""Errors that reach the user as one clear line (the CLI prints them; no traceback)."""


class DistillguardError(Exception):
    """A user-facing failure: bad path, unknown format, unreadable file... Exit code 1."""

    exit_code = 1


class UsageError(DistillguardError):
    """The command was called wrongly (bad option combination, bad value). Exit code 2."""

    exit_code = 2
