"""Watermark keys made by the tests are drawn from a generator seeded by the test's name: the
tests that check a p-value against an unrelated key or unmarked text hold for every key but a
fraction ~p of them, and a fresh random key each run failed one of them about once in a thousand
runs (a radioactivity reading refused its un-watermarked text as keyed, p 7.5e-4)."""

from __future__ import annotations

import hashlib
import random

import pytest

from distillguard.provenance import keys


@pytest.fixture(autouse=True)
def _seeded_keys(request, monkeypatch):
    rng = random.Random(hashlib.sha256(request.node.nodeid.encode()).digest())
    monkeypatch.setattr(keys.secrets, "token_bytes", lambda n=32: rng.randbytes(n))
