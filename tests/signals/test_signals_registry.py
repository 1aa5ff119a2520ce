"""The registry: built-in detectors under the contract's names; plug-ins register cleanly."""

from __future__ import annotations

import pyarrow as pa
import pytest

import importlib
import inspect
import pkgutil

import distillguard.signals as signals_pkg
from distillguard.signals import ExchangeDetector, detector_classes, get_detector, register
from distillguard.signals.registry import BUILTIN

CONTRACT = {
    "extraction_intent": ["extraction_intent.intent", "extraction_intent.span"],
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


def test_every_detector_module_is_registered_builtin():
    """A detector class in a module missing from BUILTIN would never run nor be checked."""
    missing = []
    for info in pkgutil.iter_modules(signals_pkg.__path__):
        module = importlib.import_module(f"{signals_pkg.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, ExchangeDetector) and cls.__module__ == module.__name__
                    and "name" in vars(cls) and not inspect.isabstract(cls)):
                if module.__name__ not in BUILTIN:
                    missing.append(f"{module.__name__}.{cls.__name__}")
    assert not missing, f"detector modules missing from registry.BUILTIN: {missing}"


def test_the_shipped_reference_covers_every_registered_detector():
    """A detector without reference statistics scores every account 0: rebuild the reference
    (python -m distillguard.references) after adding one."""
    from distillguard.behaviour.features import signal_specs
    from distillguard.risk import catalog
    from distillguard.references import default_reference
    from distillguard.signals import run_signals

    signals = run_signals(pa.table({"dg.prompt": pa.array(["hello"], pa.string())}))
    columns = {f.column for f in catalog.risk_features(signal_specs(signals))}
    ref = default_reference()
    assert columns - set(ref.values) == set()
