"""Account behaviour: per-account features over the whole log (see `features.account_features`)."""

from distillguard.behaviour.features import FEATURE_DOCS, account_features, feature_docs, signal_specs

__all__ = ["FEATURE_DOCS", "account_features", "feature_docs", "signal_specs"]
