"""The one conformance suite every registered exchange detector must pass (discovered from the
registry, so a new detector is checked the moment it is registered). The rules live in
`distillguard.signals.conformance`, importable by third-party detectors."""

from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from distillguard import schema
from distillguard.signals import ExchangeDetector, detector_classes, run_signals
from distillguard.signals import conformance
from distillguard.signals.conformance import CORPUS, _check_output, _row

CLASSES = detector_classes()
NAMES = sorted(CLASSES)


@pytest.fixture(scope="module", params=NAMES)
def detector(request) -> ExchangeDetector:
    return CLASSES[request.param]()


@pytest.mark.parametrize("check", conformance.CHECKS, ids=lambda c: c.__name__.removeprefix("check_"))
def test_conformance(detector, check):
    check(detector)


def test_check_detector_names_the_broken_rule():
    class OutOfRange(ExchangeDetector):
        name = "out_of_range"
        version = "0"
        atlas = ()
        description = "score 2"

        def score(self, exchanges):
            return pa.table({self.name: pa.array([2.0] * exchanges.num_rows, pa.float32())})

    with pytest.raises(AssertionError):
        conformance.check_detector(OutOfRange())


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.none(), st.text(max_size=300)), min_size=1, max_size=6))
def test_random_unicode_rows(detector, prompts):
    table = schema.from_rows([_row(i, **{schema.PROMPT: p}) for i, p in enumerate(prompts)])
    out = detector.score(table)
    _check_output(detector, out, len(prompts))
    assert detector.score(table.slice(len(prompts) - 1, 1)).equals(out.slice(len(prompts) - 1, 1))


def test_run_signals_all_detectors_side_by_side():
    out = run_signals(CORPUS)
    assert out.num_rows == CORPUS.num_rows
    expected = [n for name in detector_classes() for n in CLASSES[name]().output_columns()]
    assert out.column_names == expected
    assert run_signals(schema.empty_table()).num_rows == 0
    one = run_signals(CORPUS.to_batches()[0].slice(0, 1))
    assert one.num_rows == 1


def test_run_signals_rejects_a_detector_that_breaks_the_contract():
    class Broken(ExchangeDetector):
        name = "broken"
        version = "0"
        atlas = ()
        description = "break"

        def score(self, exchanges):
            return pa.table({"broken": pa.array([0.5], pa.float32())})

    with pytest.raises(RuntimeError, match="broke its contract"):
        run_signals(CORPUS, detectors=[Broken()])
