"""Prometheus metrics of the gateway (prometheus_client, one registry per gateway)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST


class GatewayMetrics:
    def __init__(self):
        self.registry = CollectorRegistry()
        self.requests = Counter("distillguard_requests", "Requests answered, by endpoint, outcome and status",
                                ["endpoint", "outcome", "status"], registry=self.registry)
        self.decisions = Counter("distillguard_decisions", "Policy decisions, by action and whether applied",
                                 ["action", "applied"], registry=self.registry)
        self.decision_seconds = Histogram("distillguard_decision_seconds", "Time to read, score and decide a request",
                                          buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
                                          registry=self.registry)
        self.rescored_accounts = Counter("distillguard_rescored_accounts", "Accounts re-scored from their windows",
                                         registry=self.registry)
        self.rescore_seconds = Histogram("distillguard_rescore_seconds", "Time of one re-scoring pass",
                                         registry=self.registry)
        self.shed_requests = Counter("distillguard_shed_requests", "Requests refused because the gateway was full",
                                     registry=self.registry)

    def request(self, endpoint: str, outcome: str, status: int) -> None:
        self.requests.labels(endpoint, outcome, str(status)).inc()

    def decided(self, decision, seconds: float) -> None:
        self.decisions.labels(decision.action, str(decision.applied == decision.action).lower()).inc()
        self.decision_seconds.observe(seconds)

    def rescored(self, accounts: int, seconds: float) -> None:
        self.rescored_accounts.inc(accounts)
        self.rescore_seconds.observe(seconds)

    def shed(self) -> None:
        self.shed_requests.inc()

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
