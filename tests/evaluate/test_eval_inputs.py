"""Loading verdicts / labels / actions: good files read, bad ones give one clear error."""

import gzip
import json

import pytest

from distillguard.errors import DistillguardError
from distillguard.evaluate.inputs import load_actions, load_labels, load_verdicts


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_reads_spec_examples(tmp_path):
    v = write(tmp_path, "v.json", json.dumps({"version": 1, "accounts": [
        {"account_id": "a-17", "risk": 0.97, "flagged": True, "campaign_id": "c-3", "evidence": []}],
        "campaigns": [], "stats": {}}))
    l = write(tmp_path, "l.json", json.dumps({"version": 1, "accounts": {
        "a-17": {"label": "campaign", "campaign_id": "c-3", "tactic": "hydra_cot"},
        "a-18": {"label": "benign", "population": "enterprise_batch"}}}))
    a = write(tmp_path, "a.jsonl", json.dumps({"ts": "2026-11-01T03:04:05Z", "account_id": "a-17",
              "exchange_index": 37, "action": "throttle", "risk": 0.81, "reasons": ["x"]}) + "\n\n")
    verdicts = load_verdicts(v)
    assert verdicts.accounts["a-17"].campaign_id == "c-3"
    labels = load_labels(l)
    assert labels.accounts["a-18"].population == "enterprise_batch" and not labels.accounts["a-18"].is_campaign
    (action,) = load_actions(a)
    assert (action.exchange_index, action.action, action.line) == (37, "throttle", 1)


def test_gzip_labels(tmp_path):
    p = tmp_path / "l.json.gz"
    p.write_bytes(gzip.compress(b'{"version": 1, "accounts": {"x": {"label": "benign"}}}'))
    assert list(load_labels(p).accounts) == ["x"]


@pytest.mark.parametrize("text, message", [
    ("{not json", "not valid JSON"),
    ("[]", "must be a JSON object"),
    ('{"version": 2, "accounts": []}', "unsupported verdicts version"),
    ('{"accounts": {}}', "need an 'accounts' list"),
    ('{"accounts": [{"account_id": "a", "risk": 0.5, "flagged": true, "campaign_id": 7}]}', "'campaign_id' must be"),
    ('{"accounts": [{"risk": 0.5, "flagged": true}]}', "'account_id' must be"),
    ('{"accounts": [{"account_id": "a", "risk": "high", "flagged": true}]}', "'risk' must be a number"),
    ('{"accounts": [{"account_id": "a", "risk": 1.5, "flagged": true}]}', "outside [0, 1]"),
    ('{"accounts": [{"account_id": "a", "risk": 0.5}]}', "'flagged' must be true or false"),
    ('{"accounts": [{"account_id": "a", "risk": 0.5, "flagged": false},'
     ' {"account_id": "a", "risk": 0.5, "flagged": false}]}', "appears twice"),
])
def test_bad_verdicts(tmp_path, text, message):
    p = write(tmp_path, "v.json", text)
    with pytest.raises(DistillguardError, match=None) as err:
        load_verdicts(p)
    assert message in str(err.value) and str(p) in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("text, message", [
    ('{"accounts": []}', "'accounts' object"),
    ('{"accounts": {"a": {"label": "evil"}}}', "'label' must be"),
    ('{"accounts": {"a": {"label": "campaign", "campaign_id": 3}}}', "'campaign_id' must be"),
])
def test_bad_labels(tmp_path, text, message):
    with pytest.raises(DistillguardError) as err:
        load_labels(write(tmp_path, "l.json", text))
    assert message in str(err.value)


@pytest.mark.parametrize("line, message", [
    ("nope", ":2: not valid JSON"),
    ('{"account_id": "a", "exchange_index": -1, "action": "allow"}', "'exchange_index'"),
    ('{"account_id": "a", "exchange_index": 1, "action": "nuke"}', "'action' must be one of"),
])
def test_bad_actions_name_the_line(tmp_path, line, message):
    good = '{"account_id": "a", "exchange_index": 0, "action": "allow"}'
    with pytest.raises(DistillguardError) as err:
        load_actions(write(tmp_path, "a.jsonl", good + "\n" + line + "\n"))
    assert message in str(err.value)


def test_missing_file_is_one_line(tmp_path):
    with pytest.raises(DistillguardError, match="no such file"):
        load_verdicts(tmp_path / "absent.json")
