"""Errors that reach the user as one clear line (the CLI prints them; no traceback)."""

import contextlib


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
_deferred = 0  # depth of `termination_deferred` blocks


def note_termination() -> None:
    """Called by the SIGTERM handler: remembered, for when the exception it raises is swallowed
    (Python ignores exceptions raised in at-fork hooks, where a signal can land while workers start)."""
    global _terminated
    _terminated = True


def check_terminated() -> None:
    """Raise Terminated if SIGTERM arrived (cheap; long loops call it once per batch)."""
    if _terminated:
        raise Terminated()


def on_sigterm(signum=None, frame=None) -> None:
    """The CLI's SIGTERM handler: raise Terminated where the program is, unless it is inside a
    `termination_deferred` block (then the block's end raises it)."""
    note_termination()
    if not _deferred:
        raise Terminated()


@contextlib.contextmanager
def termination_deferred():
    """SIGTERM inside the block is only noted, and raised when the block ends. For code an
    exception must not land in: a native module's initialization (raising inside DuckDB's aborts
    the process) and process forks (Python ignores an exception raised in an at-fork hook, and the
    run would go on)."""
    global _deferred
    _deferred += 1
    try:
        yield
    finally:
        _deferred -= 1
    if not _deferred:  # (an inner block's end may itself sit where raising is unsafe)
        check_terminated()
