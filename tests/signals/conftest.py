"""Shared helpers for the signal tests: build canonical tables from prompts."""

from __future__ import annotations

import datetime as dt

import pytest

from distillguard import schema

T0 = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)


def make_table(prompts=None, **columns):
    """Canonical table: one row per prompt (or per value of the given columns)."""
    n = len(prompts) if prompts is not None else len(next(iter(columns.values())))
    rows = []
    for i in range(n):
        row = {schema.EXCHANGE_ID: f"ex-{i}", schema.TS: T0, schema.ACCOUNT_ID: "acct"}
        if prompts is not None:
            row[schema.PROMPT] = prompts[i]
        for name, values in columns.items():
            row[name] = values[i]
        rows.append(row)
    return schema.from_rows(rows)


@pytest.fixture
def table():
    return make_table


def scores_of(detector, prompts):
    return detector.score(make_table(prompts)).column(detector.name).to_pylist()


@pytest.fixture
def scores():
    return scores_of
