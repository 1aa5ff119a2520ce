"""Exchange signals: per-exchange detectors (plug-ins), vectorized over Arrow batches.

The batch path (scan) and the online path (gateway, replay) call the very same detectors; the
online path simply passes a one-row table. See `base.ExchangeDetector` and `registry`.
"""

from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import all_detectors, get_detector, register

__all__ = ["ExchangeDetector", "all_detectors", "get_detector", "register"]
