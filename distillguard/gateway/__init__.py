"""The gateway: an OpenAI-compatible reverse proxy that judges requests with the online path
and applies the policy (see app, identity, metrics)."""
