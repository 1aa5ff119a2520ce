"""Risk: calibrated per-account risk with evidence, against a benign reference (see `score`)."""

from distillguard.risk.campaign_boost import apply_campaigns
from distillguard.risk.reference import Reference
from distillguard.risk.score import DEFAULT_MIN_EXCHANGES, DEFAULT_TARGET_FPR, AccountRisk, RiskModel

__all__ = ["DEFAULT_MIN_EXCHANGES", "DEFAULT_TARGET_FPR", "AccountRisk", "Reference", "RiskModel", "apply_campaigns"]
