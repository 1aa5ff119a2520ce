"""The registry: built-in detectors under the contract's names; plug-ins register cleanly."""

from __future__ import annotations

import pyarrow as pa
import pytest

from distillguard.signals import ExchangeDetector, detector_classes, get_detector, register

CONTRACT = {
    "cot_elicitation": [],
    "rubric_grading": [],
    "synthetic_data": [],
    "jailbreak": [],
    "system_prompt_extraction": [],
    "identity_probe": [],
    "dataset_match": ["dataset_match.item"],
    "template": ["template.skeleton"],
    "logprob_harvest": [],
    "output_length_max": [],
    "language": ["language.code"],
    "capability": ["capability.label"],
}


def test_builtin_detectors_and_columns_match_the_contract():
    classes = detector_classes()
    assert set(CONTRACT) <= set(classes)
    for name, extra in CONTRACT.items():
        cols = classes[name]().output_columns()
        assert list(cols) == [name] + extra
        assert all(cols[c] == pa.string() for c in extra)


def test_unknown_detector_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown detector"):
        get_detector("no_such_signal")


def test_two_detectors_with_one_name_are_refused():
    class Impostor(ExchangeDetector):
        name = "jailbreak"
        version = "0"
        atlas = ()
        description = "x"

        def score(self, exchanges):
            raise NotImplementedError

    with pytest.raises(ValueError, match="two detectors named"):
        register(Impostor)
    with pytest.raises(TypeError):
        register(type("Nameless", (), {}))
