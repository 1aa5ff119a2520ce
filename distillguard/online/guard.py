"""Decisions: what the online scorer holds against an account, through the policy, into one
action for one request (the gateway and `replay` both decide here)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from distillguard.online.scorer import Assessment, OnlineScorer
from distillguard.policy import Context, Policy, PolicyFile


@dataclass(frozen=True)
class Decision:
    account_id: str
    action: str  # what the policy says (allow, flag, throttle, degrade, block)
    rule: str | None  # the rule that said it (None: the policy's default)
    assessment: Assessment
    shadow: bool = False  # decided and logged, not applied
    refused: bool = False  # throttled and over its bucket: refuse with 429
    retry_after_s: float = 0.0
    degrade: dict = field(default_factory=dict)

    @property
    def applied(self) -> str:
        """The action actually applied to the request."""
        return "allow" if self.shadow else self.action

    def reasons(self) -> list[str]:
        """Signal names behind the decision: the account's evidence, then this request's signals."""
        out = list(self.assessment.reasons)
        out.extend(sorted(self.assessment.signals - set(out)))
        return out

    def audit_record(self) -> dict:
        a = self.assessment
        return {"account_id": self.account_id, "action": self.action, "applied": self.applied, "rule": self.rule,
                "shadow": self.shadow, "refused": self.refused, "risk": round(a.risk, 6), "flagged": a.flagged,
                "campaign_id": a.campaign_id, "linked": a.linked, "reasons": self.reasons(),
                "evidence": list(a.evidence[:3]), "exchange_index": a.exchanges}


class Guard:
    """scorer + policy (+ token buckets in the scorer's state) -> Decision."""

    def __init__(self, scorer: OnlineScorer, policy: Policy | PolicyFile):
        self.scorer = scorer
        self.policy = policy

    def current_policy(self) -> Policy:
        return self.policy.current() if isinstance(self.policy, PolicyFile) else self.policy

    def decide(self, scored_row: pa.Table, now: float) -> Decision:
        """The decision for one scored exchange that is about to be served (`now`: seconds)."""
        a = self.scorer.assess(scored_row)
        policy = self.current_policy()
        ctx = Context(a.risk, a.flagged, a.campaign_id, a.linked, a.signals, a.exchanges)
        rule = policy.decide(a.account_id, ctx)
        action = policy.action_of(rule)
        refused, retry = False, 0.0
        if action == "throttle" and rule is not None:
            opts = rule.throttle
            scope = a.campaign_id if opts["scope"] == "campaign" and a.campaign_id else a.account_id
            bucket = f"{opts['scope'][0]}:{rule.name}:{scope}"
            ok, retry = self.scorer.state.take(bucket, opts["per_minute"] / 60.0, opts["burst"], now)
            refused = not ok
        return Decision(a.account_id, action, rule.name if rule else None, a, policy.shadow,
                        refused and not policy.shadow, retry, dict(rule.degrade) if (rule and action == "degrade") else {})
