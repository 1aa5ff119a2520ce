"""Exchange signals: per-exchange detectors (plug-ins), vectorized over Arrow batches.

The batch path (scan) and the online path (gateway, replay) call the very same detectors; the
online path simply passes a one-row table. See `base.ExchangeDetector` and `registry`.

    from distillguard.signals import run_signals
    signals = run_signals(exchanges)   # one row per exchange, every detector's columns side by side
"""

from __future__ import annotations

from distillguard.signals.base import ExchangeDetector
from distillguard.signals.memo import SignalMemo
from distillguard.signals.registry import all_detectors, detector_classes, get_detector, register
from distillguard.signals.runner import run_signals

__all__ = ["ExchangeDetector", "SignalMemo", "all_detectors", "detector_classes", "get_detector", "register", "run_signals"]
