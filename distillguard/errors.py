"""Errors that reach the user as one clear line (the CLI prints them; no traceback)."""


class DistillguardError(Exception):
    """A user-facing failure: bad path, unknown format, unreadable file... Exit code 1."""

    exit_code = 1


class UsageError(DistillguardError):
    """The command was called wrongly (bad option combination, bad value). Exit code 2."""

    exit_code = 2


class Terminated(BaseException):
    """SIGTERM (see `cli.main`): a BaseException like KeyboardInterrupt, so that no `except
    Exception` swallows it and cleanup runs (a store's transaction rolls back, partial outputs are
    removed, the quarantine is flushed) before the process exits with 143."""


_terminated = False


def note_termination() -> None:
    """Called by the SIGTERM handler: remembered, for when the exception it raises is swallowed
    (Python ignores exceptions raised in at-fork hooks, where a signal can land while workers start)."""
    global _terminated
    _terminated = True


def check_terminated() -> None:
    """Raise Terminated if SIGTERM arrived (cheap; long loops call it once per batch)."""
    if _terminated:
        raise Terminated()
