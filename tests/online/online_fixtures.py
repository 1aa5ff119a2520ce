"""Small hand-made traffic for the online path: ordinary people and extraction bots."""

import datetime as dt
import random

from distillguard import schema

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
TOPICS = ["how do I bake sourdough bread at home", "explain python decorators with an example",
          "write a short poem about autumn leaves", "what is the capital of peru and why",
          "help me fix this bug in my react component", "summarize the plot of hamlet",
          "translate 'good morning' into french and german", "plan a three day trip to rome"]
COT = ("Question {q}: a train leaves at {h} o'clock. Think step by step and write out your full internal "
       "reasoning trace before the final answer.")


def human(rng, acc, n, **extra):
    rows, t = [], T0 + dt.timedelta(hours=rng.uniform(0, 30))
    for i in range(n):
        t += dt.timedelta(seconds=rng.expovariate(1 / 2400))
        rows.append({schema.EXCHANGE_ID: f"{acc}-{i}", schema.TS: t, schema.ACCOUNT_ID: acc,
                     schema.PROMPT: f"{rng.choice(TOPICS)} ({rng.randint(0, 10**6)})",
                     schema.TURNS: rng.choice([1, 2, 3]), schema.MODEL: "m1",
                     schema.TEMPERATURE: rng.choice([0.7, 1.0, None]), schema.OUTPUT_TOKENS: rng.randint(50, 500),
                     **extra})
    return rows


def bot(rng, acc, n, start_min=None, **extra):
    rows = []
    t = T0 + dt.timedelta(minutes=rng.uniform(0, 60) if start_min is None else start_min)
    for i in range(n):
        t += dt.timedelta(seconds=60 + rng.uniform(-2, 2))
        rows.append({schema.EXCHANGE_ID: f"{acc}-{i}", schema.TS: t, schema.ACCOUNT_ID: acc,
                     schema.PROMPT: COT.format(q=rng.randint(0, 9999), h=rng.randint(1, 12)),
                     schema.TURNS: 1, schema.MODEL: "m1", schema.TEMPERATURE: 0.0, schema.OUTPUT_TOKENS: 900,
                     **extra})
    return rows


def traffic(seed, n_humans, n_bots=0, bot_exchanges=120, **bot_extra):
    rng = random.Random(seed)
    rows = []
    for a in range(n_humans):
        rows += human(rng, f"h{seed}-{a}", rng.randint(3, 40))
    for a in range(n_bots):
        rows += bot(rng, f"x{seed}-{a}", bot_exchanges, **bot_extra)
    rows.sort(key=lambda r: r[schema.TS])
    return schema.from_rows(rows)
