"""The per-account traffic summary the baselines read."""

import datetime as dt


from distillguard import schema
from distillguard.evaluate.traffic import TrafficCollector, collect_tables

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def ex(account, i, seconds, tokens=(10, 20), prompt=None):
    return {schema.EXCHANGE_ID: f"{account}-{i}", schema.TS: T0 + dt.timedelta(seconds=seconds),
            schema.ACCOUNT_ID: account, schema.PROMPT: prompt if prompt is not None else f"{account} question {i}",
            schema.INPUT_TOKENS: tokens[0], schema.OUTPUT_TOKENS: tokens[1]}


def test_peaks_by_hand():
    rows = [ex("a", i, s) for i, s in enumerate([0, 10, 59, 61, 3600, 86400 + 5])]
    rows += [ex("b", 0, 30, tokens=(None, 7))]
    t = collect_tables([schema.from_rows(rows)])
    i = t.index()
    # a: minute 0 holds 3 (0, 10, 59 s); day 1 holds 5 exchanges x 30 tokens; day 2 holds 1
    assert t.exchanges[i["a"]] == 6 and t.exchanges[i["b"]] == 1
    assert t.peak_per_minute[i["a"]] == 3
    assert t.peak_per_day[i["a"]] == 5
    assert t.peak_tokens_per_day[i["a"]] == 150
    assert t.peak_tokens_per_day[i["b"]] == 7  # missing input tokens count as 0
    assert t.exchange_counts() == {"a": 6, "b": 1}


def test_sample_is_bounded_time_ordered_and_independent_of_batching():
    rows = [ex("a", i, 1000 - i) for i in range(300)] + [ex("b", i, i) for i in range(5)]
    table = schema.from_rows(rows)
    whole = collect_tables([table], sample_size=16)
    collector = TrafficCollector(sample_size=16)
    for start in range(0, table.num_rows, 7):  # many small batches, reversed order
        collector.add(table.slice(table.num_rows - start - 7 if table.num_rows - start >= 7 else 0,
                                  min(7, table.num_rows - start)))
    pieces = collector.finish()
    ia, pa_ = whole.index()["a"], pieces.index()["a"]
    assert len(whole.samples[ia]) == 16
    assert whole.samples[ia] == pieces.samples[pa_]
    assert len(whole.samples[whole.index()["b"]]) == 5
    # time order: account a's exchange i arrives at 1000 - i, so later ones have smaller i
    numbers = [int(p.split()[-1]) for p in whole.samples[ia]]
    assert numbers == sorted(numbers, reverse=True)


def test_empty_input():
    t = collect_tables([schema.empty_table()])
    assert t.accounts == [] and t.exchanges.size == 0
