"""Each gateway decision as an OpenTelemetry span, off unless an OTLP endpoint is configured.

The span follows the GenAI semantic conventions where they name a thing (`gen_ai.operation.name`,
`gen_ai.request.model`, the guardrail's name and decision) and says the rest under
`distillguard.*`. It carries no prompt text and no raw identifier: the account is the gateway's
own keyed id. Needs the `otel` extra (opentelemetry-sdk and its OTLP/HTTP exporter).
"""

from __future__ import annotations

from distillguard.errors import DistillguardError

GUARDRAIL_NAME = "distillguard"


class DecisionTracer:
    def __init__(self, endpoint: str | None = None, *, tracer_provider=None, service_name: str = "distillguard-gateway"):
        """`endpoint`: an OTLP/HTTP traces URL (http://collector:4318/v1/traces); or a ready
        `tracer_provider` (tests)."""
        try:
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import BatchSpanProcessor
        except ImportError:
            raise DistillguardError("tracing needs the otel extra: pip install 'distillguard[otel]'") from None
        self._own = tracer_provider is None
        if tracer_provider is None:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            tracer_provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
            tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
        self.provider = tracer_provider
        self.tracer = tracer_provider.get_tracer("distillguard.gateway")

    def decision(self, decision, *, model: str | None, endpoint: str, seconds: float) -> None:
        a = decision.assessment
        attributes = {
            "gen_ai.operation.name": "apply_guardrail",
            "gen_ai.guardrail.name": GUARDRAIL_NAME,
            "gen_ai.guardrail.decision": decision.action,
            "distillguard.action.applied": decision.applied,
            "distillguard.shadow": decision.shadow,
            "distillguard.refused": decision.refused,
            "distillguard.rule": decision.rule or "",
            "distillguard.account.id": decision.account_id,
            "distillguard.risk": float(a.risk),
            "distillguard.flagged": bool(a.flagged),
            "distillguard.campaign.id": a.campaign_id or "",
            "distillguard.linked": bool(a.linked),
            "distillguard.reasons": list(decision.reasons()),
            "distillguard.endpoint": endpoint,
            "distillguard.decision.seconds": float(seconds),
        }
        if model:
            attributes["gen_ai.request.model"] = model
        with self.tracer.start_as_current_span(f"apply_guardrail {GUARDRAIL_NAME}", attributes=attributes):
            pass

    def close(self) -> None:
        if self._own:
            self.provider.shutdown()
