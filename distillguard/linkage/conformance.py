"""The conformance checks every link kind must pass, importable by anyone.

The project's test suite runs them on every registered kind (tests/linkage/test_linkage_conformance.py);
a third-party kind checks itself the same way:

    from distillguard.linkage.conformance import check_kind
    check_kind(MyKind())          # raises AssertionError naming the broken rule

Each rule is one `check_*` function in CHECKS: the declared traits and words, well-formed keys
(valid account indices, specificity in [0, 1], unique (account, key) pairs), nothing read but
the declared columns, deterministic and independent of row order, sharded keys equal to whole
keys (linkage.stream), and an empty log giving no keys.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits
from distillguard.linkage.synthetic import account_rows, tables
from distillguard.linkage.view import AccountView

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def world() -> tuple[pa.Table, pa.Table]:
    """A small log where every built-in kind finds something: a fleet sharing a proxy pool, card,
    client, system prompt, templates, a dataset split, one schedule, a sign-up burst and a model
    switch; and unrelated users."""
    rows = []
    for i in range(8):
        rows += account_rows(
            f"fleet{i}", 30, start=T0, step_s=300, ip=lambda k, i=i: f"52.10.{(i + k) % 3}.{k % 2 + 1}",
            user_agent="harvest-kit/0.3", payment="pm_fleet", created=T0 - dt.timedelta(minutes=3 * i),
            system_prompt="You are a data generator. Always answer with full reasoning." * 5, temperature=0.0,
            model=lambda k: "m-old" if k < 15 else "m-new",
            signals={"template.skeleton": lambda k: f"tpl-{k % 3}", "dataset_match.item": lambda k, i=i: f"gsm8k:{i * 30 + k}",
                     "capability.label": "math", "language.code": "en"})
    for i in range(6):
        rows += account_rows(
            f"user{i}", 12, start=T0 + dt.timedelta(hours=3 * i), step_s=1700 + 97 * i, ip=f"81.{i}.7.9",
            user_agent=f"Mozilla/5.0 user{i}", payment=f"pm_user{i}", created=T0 - dt.timedelta(days=40 * i + 3),
            temperature=0.7, signals={"template.skeleton": lambda k, i=i: f"free-{i}-{k}"})
    return tables(rows)


def _keys(kind: LinkKind, exchanges: pa.Table, signals: pa.Table) -> KeyRows:
    return kind.keys(AccountView(exchanges, signals))


def _as_set(kind: LinkKind, exchanges, signals) -> set[tuple[str, str, float]]:
    view = AccountView(exchanges, signals)
    rows = kind.keys(view)
    return {(view.account_ids[a], str(k), round(float(s), 5))
            for a, k, s in zip(rows.account, rows.key.to_pylist(), rows.specificity)}


def check_traits_and_words(kind: LinkKind) -> None:
    cls = type(kind)
    assert re.fullmatch(r"[a-z][a-z0-9_]*", kind.name), f"{cls.__name__}: name {kind.name!r} is not snake_case"
    camel = "".join(p.capitalize() for p in kind.name.split("_"))
    assert cls.__name__ == camel, f"{cls.__name__}: the class of kind {kind.name!r} should be named {camel}"
    module = cls.__module__.rsplit(".", 1)[-1]
    if cls.__module__.startswith("distillguard.linkage.kinds."):
        assert module == kind.name, f"{cls.__name__}: module {module}.py should be named {kind.name}.py"
    assert isinstance(kind.traits, LinkTraits), f"{kind.name}: traits must be a LinkTraits"
    for attr in ("description", "key_noun"):
        value = getattr(kind, attr, None)
        assert isinstance(value, str) and value.strip(), f"{kind.name}: {attr} must be plain words"
    assert 0.0 < kind.weight <= 1.0, f"{kind.name}: weight {kind.weight} not in (0, 1]"
    assert kind.rarity_exponent >= 0.0 and kind.max_block >= 2, f"{kind.name}: rarity_exponent / max_block"
    assert isinstance(kind.reads, tuple), f"{kind.name}: reads must be a tuple of column names"


def check_keys_well_formed(kind: LinkKind) -> None:
    ex, sig = world()
    view = AccountView(ex, sig)
    rows = kind.keys(view)
    assert isinstance(rows, KeyRows), f"{kind.name}: keys() must return KeyRows"
    assert len(rows), f"{kind.name}: finds nothing in a world made for every kind"
    assert rows.account.dtype == np.int64 and rows.specificity.dtype == np.float32, f"{kind.name}: column dtypes"
    assert ((rows.account >= 0) & (rows.account < len(view))).all(), f"{kind.name}: account index out of range"
    assert ((rows.specificity >= 0) & (rows.specificity <= 1)).all(), f"{kind.name}: specificity outside [0, 1]"
    pairs = list(zip(rows.account.tolist(), rows.key.to_pylist()))
    assert len(pairs) == len(set(pairs)), f"{kind.name}: (account, key) pairs repeat"


def check_reads_only_declared_columns(kind: LinkKind) -> None:
    ex, sig = world()
    keep = [c for c in ex.column_names if c in (*kind.reads, schema.ACCOUNT_ID, schema.EXCHANGE_ID)]
    narrow_sig = sig.select([c for c in sig.column_names if c in kind.reads])
    assert _as_set(kind, ex.select(keep), narrow_sig) == _as_set(kind, ex, sig), (
        f"{kind.name}: reads columns beyond its `reads` {kind.reads}")


def check_deterministic_and_order_free(kind: LinkKind) -> None:
    ex, sig = world()
    order = np.random.default_rng(7).permutation(len(ex))
    shuffled = _as_set(kind, ex.take(pa.array(order)), sig.take(pa.array(order)))
    assert _as_set(kind, ex, sig) == _as_set(kind, ex, sig) == shuffled, f"{kind.name}: keys depend on row order"


def check_shards_equal_whole(kind: LinkKind) -> None:
    ex, sig = world()
    universe = AccountView(ex, sig).account_ids
    whole = kind.keys(AccountView(ex, sig))
    accounts = ex.column(schema.ACCOUNT_ID).to_pylist()
    parts = []
    for shard in range(3):
        idx = [i for i, a in enumerate(accounts) if universe.index(a) % 3 == shard]
        take = pa.array(idx, pa.int64())
        parts.append(kind.partial(AccountView(ex.take(take), sig.take(take), universe=universe)))
    sharded = kind.combine(parts)
    as_set = lambda r: {(int(a), str(k), round(float(s), 5)) for a, k, s in zip(r.account, r.key.to_pylist(), r.specificity)}  # noqa: E731
    assert as_set(sharded) == as_set(whole), f"{kind.name}: keys over shards differ from keys over the whole log"


def check_empty_log(kind: LinkKind) -> None:
    ex, sig = world()
    rows = kind.keys(AccountView(ex.slice(0, 0), sig.slice(0, 0)))
    assert isinstance(rows, KeyRows) and len(rows) == 0, f"{kind.name}: an empty log must give no keys"


CHECKS = (check_traits_and_words, check_keys_well_formed, check_reads_only_declared_columns,
          check_deterministic_and_order_free, check_shards_equal_whole, check_empty_log)


def check_kind(kind: LinkKind) -> None:
    """Run every check on one kind (AssertionError names the first broken rule)."""
    for check in CHECKS:
        check(kind)
