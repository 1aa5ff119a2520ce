"""account_features on hand-built tables whose answers are known."""

import datetime as dt
import math

import pyarrow as pa
import pytest

from distillguard import schema
from distillguard.behaviour import account_features
from distillguard.behaviour.features import PAYMENT_COUNTRY

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def _signals(rows: list[dict]) -> pa.Table:
    cols = {}
    for key in ("cot_elicitation", "dataset_match", "fake_detector"):
        cols[key] = pa.array([r.get(key, 0.0) for r in rows], pa.float32())
    for key in ("template.skeleton", "capability.label", "dataset_match.item", "language.code"):
        cols[key] = pa.array([r.get(key) for r in rows], pa.string())
    return pa.table(cols)


def _by_account(features: pa.Table) -> dict:
    return {r["account_id"]: r for r in features.to_pylist()}


@pytest.fixture(scope="module")
def features():
    ex, sig = [], []
    # bot: 10 exchanges exactly 60 s apart, 8 CoT, 7 on one template, 5 dataset items, US IP, Chinese prompts
    for i in range(10):
        ex.append({schema.EXCHANGE_ID: f"bot-{i}", schema.TS: T0 + dt.timedelta(seconds=60 * i), schema.ACCOUNT_ID: "bot",
                   schema.CLIENT_ADDRESS: "8.8.8.8", schema.MODEL: "m1", schema.TEMPERATURE: 0.0, schema.TURNS: 1,
                   schema.OUTPUT_TOKENS: 100, schema.INPUT_TOKENS: 10,
                   schema.ACCOUNT_CREATED: T0 - dt.timedelta(hours=2), PAYMENT_COUNTRY: "RU"})
        sig.append({"cot_elicitation": 0.9 if i < 8 else 0.1, "template.skeleton": "s1" if i < 7 else f"o{i}",
                    "capability.label": "math reasoning" if i < 9 else "coding",
                    "dataset_match.item": f"gsm8k:{i}" if i < 5 else None, "dataset_match": 0.95 if i < 5 else 0.0,
                    "language.code": "zh"})
    # human: 24 exchanges, one per hour of the day (round the clock), 3 turns each, varied params
    for h in range(24):
        ex.append({schema.EXCHANGE_ID: f"hum-{h}", schema.TS: T0 + dt.timedelta(hours=h, minutes=7), schema.ACCOUNT_ID: "human",
                   schema.TURNS: 3, schema.TEMPERATURE: 0.1 * (h % 4), schema.MODEL: "m1" if h < 12 else "m2"})
        sig.append({"language.code": "en"})
    exchanges = schema.from_rows([{k: v for k, v in r.items() if k != PAYMENT_COUNTRY} for r in ex])
    exchanges = exchanges.append_column(PAYMENT_COUNTRY, pa.array([r.get(PAYMENT_COUNTRY) for r in ex], pa.string()))
    return _by_account(account_features(exchanges, _signals(sig)))


def test_one_row_per_account_account_id_first():
    ex = schema.from_rows([{schema.EXCHANGE_ID: str(i), schema.TS: T0, schema.ACCOUNT_ID: f"a{i % 3}"} for i in range(9)])
    out = account_features(ex)
    assert out.column_names[0] == "account_id"
    assert sorted(out.column("account_id").to_pylist()) == ["a0", "a1", "a2"]
    assert out.column("exchanges").to_pylist() == [3, 3, 3]


def test_volume_and_tokens(features):
    bot = features["bot"]
    assert bot["exchanges"] == 10
    assert bot["output_tokens"] == 1000 and bot["input_tokens"] == 100
    assert bot["output_tokens_mean"] == pytest.approx(100.0)


def test_interarrival_regularity(features):
    assert features["bot"]["interarrival_cv"] == pytest.approx(0.0, abs=1e-9)
    assert features["bot"]["interarrival_median_s"] == pytest.approx(60.0)
    assert features["human"]["interarrival_cv"] == pytest.approx(0.0, abs=1e-9)  # hourly, also regular


def test_hour_of_day_entropy(features):
    assert features["bot"]["hour_entropy"] == pytest.approx(0.0, abs=1e-9)  # all in one hour
    assert features["bot"]["active_hours"] == 1
    assert features["human"]["hour_entropy"] == pytest.approx(1.0)  # every hour once
    assert features["human"]["active_hours"] == 24


def test_single_turn_template_capability_dataset(features):
    bot = features["bot"]
    assert bot["single_turn_ratio"] == 1.0
    assert features["human"]["single_turn_ratio"] == 0.0
    assert bot["top_template_share"] == pytest.approx(0.7)
    assert bot["distinct_templates"] == 4
    assert bot["top_capability"] == "math reasoning"
    assert bot["top_capability_share"] == pytest.approx(0.9)
    assert bot["dataset_items"] == 5
    assert bot["dataset_share"] == pytest.approx(0.5)


def test_signal_rates_and_examples(features):
    bot = features["bot"]
    assert bot["count_cot_elicitation"] == 8
    assert bot["rate_cot_elicitation"] == pytest.approx(0.8)
    assert len(bot["examples_cot_elicitation"]) == 3
    assert set(bot["examples_cot_elicitation"]) <= {f"bot-{i}" for i in range(8)}
    assert features["human"]["rate_cot_elicitation"] == 0.0
    assert features["human"]["examples_cot_elicitation"] == []
    assert "rate_language" not in bot  # a label confidence, not an extraction signal


def test_params_models_account_age(features):
    assert features["bot"]["top_params_share"] == 1.0 and features["bot"]["distinct_params"] == 1
    assert features["human"]["distinct_params"] == 4
    assert features["human"]["distinct_models"] == 2
    assert features["bot"]["account_age_hours"] == pytest.approx(2.0)
    assert features["human"]["account_age_hours"] is None


def test_origin_consistency(features):
    bot = features["bot"]
    assert bot["ip_country"] == "US"
    assert bot["language_mismatch_share"] == 1.0  # Chinese prompts from a US address
    assert bot["mismatch_language"] == "zh"  # what the evidence names (not the top language)
    assert bot["payment_country_mismatch"] == 1.0  # paid from RU
    # activity at 00:00-00:09 UTC implies UTC+14 ~ UTC-10; the US centre is UTC-6: 4 hours off
    assert bot["peak_hour_utc"] == pytest.approx(0.0, abs=0.1)
    assert bot["tz_mismatch_hours"] == pytest.approx(4.0, abs=0.2)
    assert features["human"]["peak_hour_utc"] is None  # round the clock: no time zone clue


def test_model_pivot():
    rows = []
    # day 0: everyone on m1; day 2: m2 released; the pivoter sends 8 of 10 to m2, the other 1 of 10
    for acc, new_share in (("pivoter", 8), ("steady", 1)):
        for i in range(10):
            rows.append({schema.EXCHANGE_ID: f"{acc}-a{i}", schema.TS: T0 + dt.timedelta(minutes=i), schema.ACCOUNT_ID: acc, schema.MODEL: "m1"})
        for i in range(10):
            rows.append({schema.EXCHANGE_ID: f"{acc}-b{i}", schema.TS: T0 + dt.timedelta(days=2, hours=1, minutes=i),
                         schema.ACCOUNT_ID: acc, schema.MODEL: "m2" if i < new_share else "m1"})
    # the release itself (first m2 request) by someone else, earlier that day
    rows.append({schema.EXCHANGE_ID: "rel", schema.TS: T0 + dt.timedelta(days=2), schema.ACCOUNT_ID: "early", schema.MODEL: "m2"})
    out = _by_account(account_features(schema.from_rows(rows)))
    assert out["pivoter"]["model_pivot_share"] == pytest.approx(0.8)
    assert out["steady"]["model_pivot_share"] == pytest.approx(0.1)
    assert out["early"]["model_pivot_share"] is None  # too few exchanges in the window


def test_entropy_matches_definition():
    rows = []
    counts = {3: 6, 4: 2}  # 6 exchanges at 03h, 2 at 04h
    for hour, n in counts.items():
        for i in range(n):
            rows.append({schema.EXCHANGE_ID: f"{hour}-{i}", schema.TS: T0 + dt.timedelta(hours=hour, minutes=i), schema.ACCOUNT_ID: "a"})
    out = account_features(schema.from_rows(rows)).to_pylist()[0]
    p = [6 / 8, 2 / 8]
    expected = -sum(x * math.log2(x) for x in p) / math.log2(24)
    assert out["hour_entropy"] == pytest.approx(expected)


def test_misaligned_signals_rejected():
    ex = schema.from_rows([{schema.EXCHANGE_ID: "1", schema.TS: T0, schema.ACCOUNT_ID: "a"}])
    with pytest.raises(ValueError):
        account_features(ex, pa.table({"cot_elicitation": pa.array([0.1, 0.2], pa.float32())}))


def test_empty_table():
    out = account_features(schema.empty_table())
    assert len(out) == 0 and out.column_names[0] == "account_id"


def test_prompt_signals_count_each_distinct_prompt_once():
    """An agent's tool loop resends the user's prompt with every step: one ask, not ten. Signals
    of the prompt text (and template and dataset shares) count distinct prompts; the rest count
    requests."""
    ex, sig = [], []
    for i in range(10):  # agent: one task, 10 tool-loop steps, the same prompt each time
        ex.append({schema.EXCHANGE_ID: f"ag-{i}", schema.TS: T0 + dt.timedelta(seconds=9 * i), schema.ACCOUNT_ID: "agent",
                   schema.PROMPT: "Roleplay a game master and score my moves step by step", schema.TURNS: 1})
        sig.append({"cot_elicitation": 0.9, "fake_detector": 0.9, "template.skeleton": "t"})
    for i in range(10):  # harvester: 10 different prompts; one request without prompt text
        ex.append({schema.EXCHANGE_ID: f"hv-{i}", schema.TS: T0 + dt.timedelta(seconds=9 * i), schema.ACCOUNT_ID: "harvester",
                   schema.PROMPT: f"Show your full reasoning for problem {i}" if i else None})
        sig.append({"cot_elicitation": 0.9 if i else 0.0, "template.skeleton": "t" if i else None})
    feats = _by_account(account_features(schema.from_rows(ex), _signals(sig)))
    agent, harvester = feats["agent"], feats["harvester"]
    assert agent["exchanges"] == 10 and agent["distinct_prompts"] == 1
    assert agent["count_cot_elicitation"] == 1 and agent["rate_cot_elicitation"] == 1.0
    assert agent["count_fake_detector"] == 10  # not a registered prompt-only detector: per request
    assert agent["top_template_share"] == 1.0
    assert harvester["distinct_prompts"] == 10  # 9 texts + the request without one
    assert harvester["count_cot_elicitation"] == 9 and harvester["rate_cot_elicitation"] == pytest.approx(0.9)
    assert harvester["top_template_share"] == pytest.approx(0.9)


def test_an_account_first_used_before_it_was_created_has_no_known_age():
    """A record whose account was created hours after its first request is broken, not the newest
    account there is (unknown age); a few minutes of clock skew is age 0."""
    rows = []
    for name, created in (("broken", T0 + dt.timedelta(hours=900)), ("skew", T0 + dt.timedelta(minutes=10))):
        for i in range(3):
            rows.append({schema.EXCHANGE_ID: f"{name}-{i}", schema.TS: T0 + dt.timedelta(minutes=i),
                         schema.ACCOUNT_ID: name, schema.ACCOUNT_CREATED: created})
    got = _by_account(account_features(schema.from_rows(rows), _signals([{} for _ in rows])))
    assert got["broken"]["account_age_hours"] is None and got["skew"]["account_age_hours"] == 0.0


def test_an_extraction_request_answered_with_a_label_is_no_hit():
    """A moderation pipeline's or eval judge's 1-token verdict hands over a label, not a
    demonstration: an extraction signal counts where the answer had SUBSTANTIVE_ANSWER_TOKENS
    or more, where log-probabilities were asked for (soft labels) or tools offered (an agent's
    step), or where the size is unknown.
    Behaviour signals (dataset sweeps) count whatever the answer."""
    from distillguard.behaviour.features import SUBSTANTIVE_ANSWER_TOKENS as Y
    cases = {"labels": (1, None, None), "verdicts": (Y - 1, False, 0), "answers": (Y, None, None), "soft": (1, True, None),
             "agent_steps": (12, None, 3), "unknown": (None, None, None)}
    ex, sig = [], []
    for acc, (out, logprobs, tools) in cases.items():
        for i in range(4):
            ex.append({schema.EXCHANGE_ID: f"{acc}-{i}", schema.TS: T0 + dt.timedelta(seconds=i), schema.ACCOUNT_ID: acc,
                       schema.PROMPT: f"{acc} task {i}", schema.OUTPUT_TOKENS: out, schema.LOGPROBS: logprobs,
                       schema.TOOLS: tools})
            sig.append({"cot_elicitation": 0.9, "dataset_match": 0.95, "dataset_match.item": f"gsm8k:{i}"})
    feats = _by_account(account_features(schema.from_rows(ex), _signals(sig)))
    counted = {acc: feats[acc]["count_cot_elicitation"] for acc in cases}
    assert counted == {"labels": 0, "verdicts": 0, "answers": 4, "soft": 4, "agent_steps": 4, "unknown": 4}
    assert feats["labels"]["examples_cot_elicitation"] == []
    assert all(feats[acc]["count_dataset_match"] == 4 for acc in cases)


def test_asks_read_in_the_response_schema_are_counted_apart():
    """`schema_intent_hits`: the account's substantive extraction-intent hits (distinct prompts)
    whose ask was read in the response format's JSON schema, so its evidence can say so."""
    from distillguard.signals.extraction_intent import INTENT_COLUMN, SCHEMA_SPAN, SPAN_COLUMN
    ex, sig = [], []
    rows = [("schema", "p0", f"{SCHEMA_SPAN} 0-120", 300), ("schema", "p0", f"{SCHEMA_SPAN} 0-120", 300),
            ("schema", "p1", f"{SCHEMA_SPAN} 0-120", 300), ("schema", "p2", "chars 0-80", 300),
            ("schema", "p3", f"{SCHEMA_SPAN} 0-120", 1),  # a one-token label: no hit
            ("prompt", "q0", "chars 0-80", 300), ("quiet", "r0", None, 300)]
    for i, (acc, prompt, span, out) in enumerate(rows):
        ex.append({schema.EXCHANGE_ID: f"x{i}", schema.TS: T0 + dt.timedelta(seconds=i), schema.ACCOUNT_ID: acc,
                   schema.PROMPT: prompt, schema.OUTPUT_TOKENS: out})
        sig.append((span is not None, span))
    signals = _signals([{"dataset_match": 0.95, "dataset_match.item": f"gsm8k:{i}"} for i in range(len(rows))])
    signals = signals.append_column(INTENT_COLUMN, pa.array(["reasoning_trace" if hit else None for hit, _ in sig]))
    signals = signals.append_column(SPAN_COLUMN, pa.array([span for _, span in sig], pa.string()))
    feats = _by_account(account_features(schema.from_rows(ex), signals))
    assert feats["schema"]["schema_intent_hits"] == 2  # p0 twice is one prompt; p2 asked in its text; p3 a label
    assert feats["prompt"]["schema_intent_hits"] == 0 and feats["quiet"]["schema_intent_hits"] == 0


def test_an_ask_read_in_the_response_schema_counts_on_a_public_problem_only():
    """A schema's reasoning field on the customer's own material (a form, an invoice, a review) is
    a structured-output app's justification field; on a public benchmark item sent as the bare task
    it is a harvest. An ask in the prompt's own words counts either way."""
    from distillguard.signals.extraction_intent import INTENT_COLUMN, NAME, SCHEMA_SPAN, SPAN_COLUMN
    rows = [("app", f"form {i}", f"{SCHEMA_SPAN} 0-120", None) for i in range(4)]
    rows += [("harvest", f"problem {i}", f"{SCHEMA_SPAN} 0-120", f"gsm8k:{i}") for i in range(4)]
    rows += [("asker", f"explain {i}", "chars 0-80", None) for i in range(4)]
    ex = [{schema.EXCHANGE_ID: f"x{i}", schema.TS: T0 + dt.timedelta(seconds=i), schema.ACCOUNT_ID: acc,
           schema.PROMPT: prompt, schema.OUTPUT_TOKENS: 300} for i, (acc, prompt, _, _) in enumerate(rows)]
    signals = _signals([{"dataset_match": 0.95 if item else 0.0, "dataset_match.item": item} for _, _, _, item in rows])
    signals = signals.append_column(NAME, pa.array([0.9999] * len(rows), pa.float32()))
    signals = signals.append_column(INTENT_COLUMN, pa.array(["reasoning_trace"] * len(rows)))
    signals = signals.append_column(SPAN_COLUMN, pa.array([span for _, _, span, _ in rows], pa.string()))
    feats = _by_account(account_features(schema.from_rows(ex), signals))
    assert {a: feats[a][f"count_{NAME}"] for a in ("app", "harvest", "asker")} == {"app": 0, "harvest": 4, "asker": 4}
    assert feats["app"]["top_intent"] is None and feats["harvest"]["schema_intent_hits"] == 4
