"""SIGTERM handling shared by every command (`errors.on_sigterm`, `errors.termination_deferred`)."""

import os
import signal

import pytest

from distillguard import errors


@pytest.fixture
def handler():
    previous = signal.signal(signal.SIGTERM, errors.on_sigterm)
    yield
    signal.signal(signal.SIGTERM, previous)
    errors._terminated = False


def test_sigterm_raises_terminated_where_the_program_is(handler):
    with pytest.raises(errors.Terminated):
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs between bytecodes
            pass


def test_sigterm_inside_a_deferred_block_is_raised_when_the_block_ends(handler):
    reached = []
    with pytest.raises(errors.Terminated):
        with errors.termination_deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):
                pass
            reached.append("end of block")  # the signal did not cut the block short
    assert reached == ["end of block"]


def test_nested_deferred_blocks_raise_at_the_outermost_end(handler):
    order = []
    with pytest.raises(errors.Terminated):
        with errors.termination_deferred():
            with errors.termination_deferred():
                os.kill(os.getpid(), signal.SIGTERM)
                for _ in range(1000):
                    pass
            order.append("after inner")  # an inner block's end may sit where raising is unsafe
    assert order == ["after inner"]


def test_a_deferred_block_without_a_signal_changes_nothing(handler):
    with errors.termination_deferred():
        value = 1
    assert value == 1 and not errors._terminated
