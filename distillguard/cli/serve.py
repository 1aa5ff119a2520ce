"""`distillguard serve --upstream URL [--policy policy.yaml] [--redis URL]`

Runs the gateway: an OpenAI-compatible reverse proxy that judges every chat / completions /
responses request with the same detectors and risk model as `scan` and applies the policy
(allow, flag, throttle, degrade, block). See README "Gateway".
"""

from __future__ import annotations

import os
import secrets

import click

from distillguard.cli.calibration import calibration_options, check_calibration, load_reference
from distillguard.cli.watchlists import load_intel, watchlist_options
from distillguard.cli.common import echo, is_quiet
from distillguard.errors import DistillguardError, UsageError


@click.command("serve")
@click.option("--upstream", required=True, metavar="URL",
              help="The OpenAI-compatible server to protect, e.g. http://127.0.0.1:8000 (vLLM, llama.cpp, OpenAI).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="Port to listen on.")
@click.option("--policy", "policy_path", type=click.Path(dir_okay=False), default=None,
              help="Policy YAML, re-read when it changes (default: flag flagged accounts, restrict nothing).")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Share state between replicas in Redis (redis://HOST:PORT/DB). Default: in this process.")
@click.option("--fail-closed", is_flag=True,
              help="Refuse requests (503) while Redis is unreachable, instead of serving on local state.")
@click.option("--published", "published_path", type=click.Path(dir_okay=False), default=None,
              help="Verdicts and campaigns from `scan --publish FILE`, followed as the file changes.")
@calibration_options
@click.option("--hash-key", envvar="DISTILLGUARD_HASH_KEY", default=None, metavar="KEY",
              help="Key of the hashes that stand for API keys and addresses (env DISTILLGUARD_HASH_KEY); give "
                   "every replica the same one. Default: a random key per process.")
@click.option("--trust-identity-headers", is_flag=True,
              help="Read the account, payment fingerprint and creation time from X-Distillguard-Account / "
                   "-Payment / -Account-Created, set by your auth layer in front of the gateway.")
@click.option("--trusted-proxy", "trusted_proxies", multiple=True, metavar="CIDR",
              help="Proxies whose X-Forwarded-For is believed (repeatable).")
@click.option("--audit", "audit_path", type=click.Path(dir_okay=False), default=None,
              help="Append every non-allow decision with its reasons here (JSONL).")
@click.option("--admin-token", envvar="DISTILLGUARD_ADMIN_TOKEN", default=None,
              help="Bearer token of the /admin endpoints (env DISTILLGUARD_ADMIN_TOKEN); without it they are off.")
@click.option("--max-body-bytes", type=click.IntRange(min=1024), default=8 << 20, show_default=True,
              help="Larger request bodies get 413.")
@click.option("--timeout", "timeout_s", type=click.FloatRange(min=0.1), default=600.0, show_default=True,
              help="Seconds to wait for the upstream's answer.")
@click.option("--max-in-flight", type=click.IntRange(min=1), default=256, show_default=True,
              help="Requests judged or relayed at once; more are shed with 429.")
@click.option("--rescore-every", "rescore_s", type=click.FloatRange(min=0.05), default=5.0, show_default=True,
              metavar="SECONDS", help="Re-score the accounts that are due this often.")
@click.option("--watermark-header", default=None, metavar="NAME",
              help="Header that asks the upstream for a watermarked answer (degrade with watermark: true): "
                   "'key=ID' or, with canary: true, 'key=ID; account=ACCOUNT'.")
@click.option("--watermark-key-id", default="default", show_default=True, metavar="ID",
              help="The upstream's master watermark key to ask for (distillguard watermark keygen).")
@click.option("--watermark-xargs", is_flag=True,
              help="Also ask in the request body as vLLM reads it (vllm_xargs; an upstream running "
                   "distillguard.provenance.vllm). Clients' own watermark arguments are then always removed.")
@click.option("--score-inline", is_flag=True,
              help="Score each request's content before deciding on it (policies may then test `signals_any`; "
                   "adds tens of ms a request). Default: decide from the account's state in well under 1 ms and "
                   "score served exchanges in batches in the background.")
@click.option("--otlp-endpoint", envvar="DISTILLGUARD_OTLP_ENDPOINT", default=None, metavar="URL",
              help="Send each decision as an OpenTelemetry span to this OTLP/HTTP traces URL "
                   "(e.g. http://127.0.0.1:4318/v1/traces; needs the otel extra). Default: off.")
@click.option("--scoring-processes", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes that score served exchanges in the background (0: a thread of the gateway "
                   "process, which then shares its interpreter lock with the request path).")
@watchlist_options
def command(upstream, host, port, policy_path, redis_url, fail_closed, published_path, reference, reference_stats,
            target_fpr, min_exchanges, hash_key, trust_identity_headers, trusted_proxies, audit_path, admin_token,
            max_body_bytes, timeout_s, max_in_flight, rescore_s, watermark_header, watermark_key_id, watermark_xargs, score_inline,
            scoring_processes, otlp_endpoint, intel_paths, community_key_file) -> None:
    """Run the gateway in front of an OpenAI-compatible server."""
    if not upstream.startswith(("http://", "https://")):
        raise UsageError(f"--upstream must be an http(s) URL, got {upstream!r}")
    check_calibration(reference, reference_stats, target_fpr)
    if hash_key == "":
        raise UsageError("--hash-key is empty")
    from distillguard.gateway.identity import parse_networks

    try:
        proxies = parse_networks(trusted_proxies)
    except ValueError as exc:
        raise UsageError(f"--trusted-proxy: {exc}") from None
    if audit_path:
        from distillguard.cli.scan import check_writable

        check_writable(audit_path, "--audit")
    from distillguard.gateway.app import GatewayConfig, build_app
    from distillguard.online.scorer import OnlineScorer
    from distillguard.online.state import open_state
    from distillguard.policy import PolicyFile

    log = lambda message: click.echo(message, err=True)  # noqa: E731
    policy = PolicyFile(policy_path, on_error=log)
    if not score_inline and any("signals_any" in r.when for r in policy.current().rules):
        log("warning: the policy tests `signals_any`, which only matches with --score-inline (a request's own "
            "signals are known before deciding only then)")
    if published_path and not os.path.isfile(published_path):
        raise DistillguardError(f"no such file: {published_path} (--published)")
    ref = load_reference(reference, reference_stats, min_exchanges)
    state = open_state(redis_url, fail_closed=fail_closed)
    intel = load_intel(intel_paths, community_key_file, hash_key.encode() if hash_key else None)
    scorer = OnlineScorer(ref, state=state, target_fpr=target_fpr, min_exchanges=min_exchanges, intel=intel)
    if hash_key is None:
        log("warning: no --hash-key: API keys are hashed under a random key of this process (give every replica "
            "the same --hash-key so that one API key is one account everywhere)")
    key = (hash_key or secrets.token_hex(32)).encode()
    config = GatewayConfig(upstream=upstream.rstrip("/"), hash_key=key, trust_identity_headers=trust_identity_headers,
                           trusted_proxies=proxies, max_body_bytes=max_body_bytes, timeout_s=timeout_s,
                           max_in_flight=max_in_flight, rescore_every_s=rescore_s, audit_path=audit_path,
                           admin_token=admin_token, published_path=published_path, watermark_header=watermark_header,
                           watermark_key_id=watermark_key_id, watermark_xargs=watermark_xargs,
                           score_inline=score_inline, scoring_processes=scoring_processes,
                           otlp_endpoint=otlp_endpoint)
    app = build_app(config, scorer, policy, log=log)
    import uvicorn

    if not is_quiet():
        echo(f"distillguard gateway on http://{host}:{port} -> {upstream} (policy: {policy.current().source}"
             f"{', shadow mode' if policy.current().shadow else ''}; state: {type(state).__name__})")
    # (the upstream's own Date and Server headers are relayed: uvicorn's would repeat them)
    uvicorn.run(app, host=host, port=port, log_level="warning" if is_quiet() else "info", access_log=False,
                server_header=False, date_header=False)

