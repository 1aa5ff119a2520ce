"""Policy: what to do about an account, from its risk, signals and campaign (see rules)."""

from distillguard.policy.rules import (ACTIONS, DEFAULT_POLICY, SEVERITY, Context, Policy, PolicyError, PolicyFile, Rule,
                                      load_policy, parse_policy)

__all__ = ["ACTIONS", "DEFAULT_POLICY", "SEVERITY", "Context", "Policy", "PolicyError", "PolicyFile", "Rule",
           "load_policy", "parse_policy"]
