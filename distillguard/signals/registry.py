"""The one place where exchange detectors are registered.

Built-in detectors are listed in BUILTIN (module paths); each module decorates its detector
class with `@register`. Third-party detectors call `register` on import as well.

Adding a detector (docs/detectors.md): one module with one `@register`ed class whose traits are
class attributes (`evidence`, `family`, `per_prompt`, `cost_rank`, `threshold`, `inputs`), its
path in BUILTIN, then `python -m distillguard.references` so the shipped reference
covers it. tests/signals/test_signals_registry.py fails when a detector module is missing from
BUILTIN or the shipped reference lacks a registered detector; a scan warns when its reference
lacks one (that detector's evidence is then not scored at all).
"""

from __future__ import annotations

import importlib

from distillguard.signals.base import ExchangeDetector

BUILTIN: tuple[str, ...] = (
    "distillguard.signals.extraction_intent",
    "distillguard.signals.cot_elicitation",
    "distillguard.signals.rubric_grading",
    "distillguard.signals.synthetic_data",
    "distillguard.signals.system_prompt_extraction",
    "distillguard.signals.identity_probe",
    "distillguard.signals.jailbreak",
    "distillguard.signals.dataset_match",
    "distillguard.signals.template",
    "distillguard.signals.logprob_harvest",
    "distillguard.signals.soft_label_harvest",
    "distillguard.signals.output_length_max",
    "distillguard.signals.language",
    "distillguard.signals.capability",
)

_REGISTRY: dict[str, type[ExchangeDetector]] = {}
_loaded = False


def register(cls: type[ExchangeDetector]) -> type[ExchangeDetector]:
    """Class decorator: make a detector known under its `name`."""
    name = getattr(cls, "name", None)
    if not name:
        raise TypeError(f"{cls.__name__} has no `name`")
    existing = _REGISTRY.get(name)
    if existing is not None and existing is not cls:
        raise ValueError(f"two detectors named {name!r}: {existing.__name__} and {cls.__name__}")
    _REGISTRY[name] = cls
    return cls


def _load_builtins() -> None:
    global _loaded
    if not _loaded:
        for module in BUILTIN:
            importlib.import_module(module)
        _loaded = True


def detector_classes() -> dict[str, type[ExchangeDetector]]:
    _load_builtins()
    return dict(_REGISTRY)


def all_detectors() -> list[ExchangeDetector]:
    """One instance of every registered detector, in registration order."""
    return [cls() for cls in detector_classes().values()]


def get_detector(name: str) -> ExchangeDetector:
    classes = detector_classes()
    if name not in classes:
        raise KeyError(f"unknown detector {name!r}; known: {', '.join(sorted(classes))}")
    return classes[name]()
