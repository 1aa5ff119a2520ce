"""Policy YAML: parsing, the first matching rule, one-line errors, and reload when the file changes."""

import os

import pytest
import yaml

from distillguard.errors import DistillguardError
from distillguard.policy import (ACTIONS, DEFAULT_POLICY, SEVERITY, Context, Policy, PolicyError, PolicyFile, Rule,
                                 load_policy, parse_policy)
from distillguard.policy.rules import DEFAULT_DEGRADE, DEFAULT_THROTTLE

EXAMPLE = """
shadow: false
allow_accounts: [acct-ours]
rules:
  - name: known-campaign
    when: {campaign: true}
    action: block
  - name: flagged
    when: {flagged: true}
    action: degrade
    degrade: {max_tokens: 256, n: 1, strip_logprobs: true, drop_reasoning: true}
  - name: asks-for-traces
    when: {risk_at_least: 0.9, signals_any: [extraction_intent]}
    action: throttle
    throttle: {per_minute: 6, burst: 3, scope: account}
default: allow
"""


def _policy(text: str = EXAMPLE, **kw) -> Policy:
    return parse_policy(yaml.safe_load(text), "p.yaml", **kw)


def _one_rule(when: dict, action: str = "block") -> Policy:
    return parse_policy({"rules": [{"name": "r", "when": when, "action": action}]})


def _action(policy: Policy, ctx: Context, account: str = "acct") -> str:
    return policy.action_of(policy.decide(account, ctx))


# -- parsing and deciding -----------------------------------------------------------------------

def test_example_parses():
    p = _policy()
    assert [r.name for r in p.rules] == ["known-campaign", "flagged", "asks-for-traces"]
    assert [r.action for r in p.rules] == ["block", "degrade", "throttle"]
    assert p.default == "allow" and p.shadow is False
    assert p.allow_accounts == frozenset({"acct-ours"})
    assert p.source == "p.yaml"
    assert p.rules[1].degrade["max_tokens"] == 256
    assert p.rules[2].throttle == {"per_minute": 6.0, "burst": 3.0, "scope": "account"}
    assert isinstance(p.rules[2].throttle["per_minute"], float)  # int accepted where a float is asked
    assert p.rules[2].when["signals_any"] == ("extraction_intent",)
    assert p.rules[2].when["risk_at_least"] == 0.9


def test_options_default_when_absent():
    p = _one_rule({"flagged": True})
    assert p.rules[0].degrade == DEFAULT_DEGRADE
    assert p.rules[0].throttle == DEFAULT_THROTTLE
    # a partial options mapping keeps the defaults for what it does not name
    p = parse_policy({"rules": [{"action": "degrade", "degrade": {"max_tokens": 64}}]})
    assert p.rules[0].degrade == {**DEFAULT_DEGRADE, "max_tokens": 64}


def test_rule_names_default_to_position():
    p = parse_policy({"rules": [{"action": "flag"}, {"action": "block", "name": "second"}, {"action": "allow"}]})
    assert [r.name for r in p.rules] == ["rule 1", "second", "rule 3"]


def test_empty_and_none_documents():
    for doc in (None, {}):
        p = parse_policy(doc)
        assert p.rules == () and p.default == "allow" and p.shadow is False and p.allow_accounts == frozenset()
        assert _action(p, Context(risk=1.0, flagged=True, campaign_id="c")) == "allow"


def test_version_key_accepted():
    assert parse_policy({"version": 1, "rules": []}).rules == ()


def test_first_matching_rule_wins():
    p = _policy()
    # matches both known-campaign and flagged: the first (block) decides
    ctx = Context(risk=0.99, flagged=True, campaign_id="c-1", signals=frozenset({"extraction_intent"}))
    rule = p.decide("acct", ctx)
    assert rule is not None and rule.name == "known-campaign" and p.action_of(rule) == "block"
    # flagged and asks-for-traces both hold: flagged is listed first
    ctx = Context(risk=0.99, flagged=True, signals=frozenset({"extraction_intent"}))
    assert p.decide("acct", ctx).name == "flagged"
    # only the third
    ctx = Context(risk=0.95, signals=frozenset({"extraction_intent", "other"}))
    assert p.decide("acct", ctx).name == "asks-for-traces"
    # none: the default
    assert p.decide("acct", Context(risk=0.5)) is None
    assert _action(p, Context(risk=0.5)) == "allow"


def test_order_matters():
    a = parse_policy({"rules": [{"name": "x", "when": {"flagged": True}, "action": "flag"},
                                {"name": "y", "when": {"flagged": True}, "action": "block"}]})
    b = parse_policy({"rules": list(reversed([{"name": "x", "when": {"flagged": True}, "action": "flag"},
                                              {"name": "y", "when": {"flagged": True}, "action": "block"}]))})
    ctx = Context(flagged=True)
    assert a.decide("z", ctx).name == "x"
    assert b.decide("z", ctx).name == "y"


def test_rule_without_conditions_matches_everything():
    p = parse_policy({"rules": [{"name": "all", "action": "flag"}]})
    assert p.decide("a", Context()).name == "all"
    p = parse_policy({"rules": [{"name": "all", "when": None, "action": "flag"}]})
    assert p.decide("a", Context()).name == "all"


@pytest.mark.parametrize("value, ctx, expected", [
    (True, Context(flagged=True), True),
    (True, Context(flagged=False), False),
    (False, Context(flagged=False), True),
    (False, Context(flagged=True), False),
])
def test_condition_flagged(value, ctx, expected):
    assert (_one_rule({"flagged": value}).decide("a", ctx) is not None) is expected


@pytest.mark.parametrize("value, ctx, expected", [
    (True, Context(campaign_id="c-1"), True),
    (True, Context(campaign_id=None), False),
    (True, Context(campaign_id=""), True),  # any id, even an empty one, is membership
    (False, Context(campaign_id=None), True),
    (False, Context(campaign_id="c-1"), False),
])
def test_condition_campaign(value, ctx, expected):
    assert (_one_rule({"campaign": value}).decide("a", ctx) is not None) is expected


@pytest.mark.parametrize("value, ctx, expected", [
    (True, Context(linked=True), True),
    (True, Context(linked=False), False),
    (False, Context(linked=False), True),
    (False, Context(linked=True), False),
])
def test_condition_linked(value, ctx, expected):
    assert (_one_rule({"linked": value}).decide("a", ctx) is not None) is expected


@pytest.mark.parametrize("threshold, risk, expected", [
    (0.9, 0.9, True),  # at least: the bound itself matches
    (0.9, 0.95, True),
    (0.9, 0.8999, False),
    (0, 0.0, True),  # an int bound is accepted
    (1, 1.0, True),
    (1.0, 0.999, False),
])
def test_condition_risk_at_least(threshold, risk, expected):
    p = _one_rule({"risk_at_least": threshold})
    assert isinstance(p.rules[0].when["risk_at_least"], float)
    assert (p.decide("a", Context(risk=risk)) is not None) is expected


@pytest.mark.parametrize("signals, expected", [
    ({"cot_elicitation"}, True),
    ({"extraction_intent", "unrelated"}, True),
    ({"unrelated"}, False),
    (set(), False),
])
def test_condition_signals_any(signals, expected):
    p = _one_rule({"signals_any": ["cot_elicitation", "extraction_intent"]})
    assert (p.decide("a", Context(signals=frozenset(signals))) is not None) is expected


@pytest.mark.parametrize("exchanges, expected", [(0, False), (9, False), (10, True), (11, True)])
def test_condition_exchanges_at_least(exchanges, expected):
    p = _one_rule({"exchanges_at_least": 10})
    assert (p.decide("a", Context(exchanges=exchanges)) is not None) is expected


def test_all_conditions_of_a_rule_must_hold():
    p = _one_rule({"flagged": True, "risk_at_least": 0.5, "exchanges_at_least": 3, "linked": False,
                   "signals_any": ["s"]})
    full = dict(flagged=True, risk=0.6, exchanges=3, linked=False, signals=frozenset({"s"}))
    assert p.decide("a", Context(**full)) is not None
    for change in (dict(flagged=False), dict(risk=0.4), dict(exchanges=2), dict(linked=True),
                   dict(signals=frozenset({"t"}))):
        assert p.decide("a", Context(**{**full, **change})) is None, change


def test_allow_accounts_bypass_every_rule():
    p = _policy()
    ctx = Context(risk=1.0, flagged=True, campaign_id="c-1", linked=True, signals=frozenset({"extraction_intent"}))
    assert p.decide("acct-ours", ctx) is None
    assert p.action_of(p.decide("acct-ours", ctx)) == "allow"
    assert p.decide("acct-theirs", ctx).name == "known-campaign"


def test_allow_accounts_get_the_default_action():
    # allow-listed accounts are not acted on by rules; the default still names what happens to them
    p = parse_policy({"allow_accounts": ["mine"], "rules": [{"action": "block"}], "default": "flag"})
    assert p.decide("mine", Context()) is None
    assert p.decide("other", Context()).action == "block"


def test_shadow_flag():
    assert _policy("shadow: true\nrules: [{action: block}]").shadow is True
    assert _policy("rules: [{action: block}]").shadow is False
    p = _policy("shadow: true\nrules: [{action: block}]")
    # shadow does not change the decision itself; the caller logs instead of acting
    assert p.action_of(p.decide("a", Context())) == "block"


@pytest.mark.parametrize("default", ACTIONS)
def test_default_action(default):
    p = parse_policy({"rules": [{"when": {"flagged": True}, "action": "block"}], "default": default})
    assert p.default == default
    assert p.action_of(p.decide("a", Context())) == default
    assert p.action_of(p.decide("a", Context(flagged=True))) == "block"


def test_actions_and_severity():
    assert ACTIONS == ("allow", "flag", "throttle", "degrade", "block")
    assert [SEVERITY[a] for a in ACTIONS] == [0, 1, 2, 3, 4]


def test_default_policy_only_flags():
    assert DEFAULT_POLICY.default == "allow" and not DEFAULT_POLICY.shadow
    assert _action(DEFAULT_POLICY, Context(campaign_id="c")) == "flag"
    assert _action(DEFAULT_POLICY, Context(flagged=True)) == "flag"
    assert _action(DEFAULT_POLICY, Context(risk=1.0, linked=True)) == "allow"
    assert {r.action for r in DEFAULT_POLICY.rules} == {"flag"}


def test_rule_and_policy_are_frozen():
    p = _policy()
    with pytest.raises(AttributeError):
        p.default = "block"
    with pytest.raises(AttributeError):
        p.rules[0].action = "allow"
    assert isinstance(p.rules[0], Rule)


def test_known_signals_accepts_known_names():
    p = _policy(known_signals={"extraction_intent", "cot_elicitation"})
    assert p.rules[2].when["signals_any"] == ("extraction_intent",)


# -- invalid documents --------------------------------------------------------------------------

BAD = [
    # (document, words the message must contain)
    ("not a mapping", ["p.yaml", "mapping"]),
    ([{"action": "block"}], ["p.yaml", "mapping"]),
    ({"rulez": []}, ["unknown key", "'rulez'"]),
    ({"rules": [], "defaults": "allow"}, ["unknown key", "'defaults'"]),
    ({"default": "deny"}, ["default", "unknown action", "'deny'"]),
    ({"default": None}, ["default", "unknown action"]),
    ({"shadow": "yes please"}, ["shadow", "expected bool", "str"]),
    ({"shadow": 1}, ["shadow", "expected bool", "int"]),
    ({"allow_accounts": "acct-1"}, ["allow_accounts", "list"]),
    ({"allow_accounts": ["a", 7]}, ["allow_accounts", "list"]),
    ({"rules": {"action": "block"}}, ["rules", "expected a list"]),
    ({"rules": ["block"]}, ["rules[0]", "mapping"]),
    ({"rules": [{"action": "block"}, {"action": "block", "whn": {}}]}, ["rules[1]", "unknown key", "'whn'"]),
    ({"rules": [{"action": "ban"}]}, ["rules[0]", "action", "unknown action", "'ban'"]),
    ({"rules": [{"name": "no action"}]}, ["rules[0]", "action", "unknown action", "None"]),
    ({"rules": [{"action": "block", "when": ["flagged"]}]}, ["rules[0]", "when", "mapping"]),
    ({"rules": [{"action": "block", "when": {"flaged": True}}]}, ["rules[0]", "unknown condition", "'flaged'"]),
    ({"rules": [{"action": "block", "when": {"flagged": "yes"}}]}, ["when.flagged", "expected bool", "str"]),
    ({"rules": [{"action": "block", "when": {"campaign": 1}}]}, ["when.campaign", "expected bool", "int"]),
    ({"rules": [{"action": "block", "when": {"linked": None}}]}, ["when.linked", "expected bool"]),
    ({"rules": [{"action": "block", "when": {"risk_at_least": "high"}}]}, ["when.risk_at_least", "expected float"]),
    ({"rules": [{"action": "block", "when": {"risk_at_least": True}}]}, ["when.risk_at_least", "expected float", "bool"]),
    ({"rules": [{"action": "block", "when": {"risk_at_least": 1.5}}]}, ["risk_at_least", "[0, 1]"]),
    ({"rules": [{"action": "block", "when": {"risk_at_least": -0.1}}]}, ["risk_at_least", "[0, 1]"]),
    ({"rules": [{"action": "block", "when": {"risk_at_least": 2}}]}, ["risk_at_least", "[0, 1]"]),
    ({"rules": [{"action": "block", "when": {"risk_at_least": float("nan")}}]}, ["risk_at_least", "[0, 1]"]),
    ({"rules": [{"action": "block", "when": {"exchanges_at_least": 2.5}}]}, ["when.exchanges_at_least", "expected int"]),
    ({"rules": [{"action": "block", "when": {"exchanges_at_least": True}}]}, ["when.exchanges_at_least", "expected int", "bool"]),
    ({"rules": [{"action": "block", "when": {"signals_any": "extraction_intent"}}]}, ["when.signals_any", "expected list"]),
    ({"rules": [{"action": "block", "when": {"signals_any": []}}]}, ["signals_any", "non-empty list"]),
    ({"rules": [{"action": "block", "when": {"signals_any": [1]}}]}, ["signals_any", "non-empty list"]),
    # throttle options
    ({"rules": [{"action": "throttle", "throttle": 6}]}, ["rules[0]", "throttle", "mapping"]),
    ({"rules": [{"action": "throttle", "throttle": {"per_hour": 6}}]}, ["throttle", "unknown option", "'per_hour'"]),
    ({"rules": [{"action": "throttle", "throttle": {"per_minute": "6"}}]}, ["throttle.per_minute", "expected float"]),
    ({"rules": [{"action": "throttle", "throttle": {"per_minute": 0}}]}, ["throttle", "per_minute > 0"]),
    ({"rules": [{"action": "throttle", "throttle": {"per_minute": -1}}]}, ["throttle", "per_minute > 0"]),
    ({"rules": [{"action": "throttle", "throttle": {"burst": 0.5}}]}, ["throttle", "burst >= 1"]),
    ({"rules": [{"action": "throttle", "throttle": {"scope": "ip"}}]}, ["throttle.scope", "account", "campaign"]),
    ({"rules": [{"action": "throttle", "throttle": {"scope": 1}}]}, ["throttle.scope", "expected str"]),
    # degrade options
    ({"rules": [{"action": "degrade", "degrade": "hard"}]}, ["rules[0]", "degrade", "mapping"]),
    ({"rules": [{"action": "degrade", "degrade": {"temperature": 2}}]}, ["degrade", "unknown option", "'temperature'"]),
    ({"rules": [{"action": "degrade", "degrade": {"max_tokens": 0}}]}, ["degrade.max_tokens", ">= 1"]),
    ({"rules": [{"action": "degrade", "degrade": {"n": 0}}]}, ["degrade.n", ">= 1"]),
    ({"rules": [{"action": "degrade", "degrade": {"max_tokens": 100.5}}]}, ["degrade.max_tokens", "expected int"]),
    ({"rules": [{"action": "degrade", "degrade": {"max_tokens": True}}]}, ["degrade.max_tokens", "expected int", "bool"]),
    ({"rules": [{"action": "degrade", "degrade": {"strip_logprobs": "no"}}]}, ["degrade.strip_logprobs", "expected bool"]),
    ({"rules": [{"action": "degrade", "degrade": {"watermark": 0}}]}, ["degrade.watermark", "expected bool"]),
    # options are checked on every rule, whatever its action
    ({"rules": [{"action": "block", "degrade": {"n": 0}}]}, ["degrade", ">= 1"]),
    # YAML 1.1 reads `on:` / `yes:` as the boolean True: a key of another type beside string keys
    ({True: [], "rules": []}, ["unknown key", "True"]),
    ({"rules": [{"action": "block", True: 1, "nme": "x"}]}, ["rules[0]", "unknown key"]),
]


@pytest.mark.parametrize("doc, words", BAD, ids=[str(i) for i in range(len(BAD))])
def test_invalid_documents(doc, words):
    with pytest.raises(PolicyError) as info:
        parse_policy(doc, "p.yaml")
    message = str(info.value)
    assert "\n" not in message, message
    assert message.startswith("p.yaml"), message
    for word in words:
        assert word in message, (word, message)


def test_policy_error_is_a_distillguard_error():
    assert issubclass(PolicyError, DistillguardError)


def test_unknown_detector_with_known_signals():
    doc = {"rules": [{"action": "block", "when": {"signals_any": ["extraction_intent", "cot_elicitaton"]}}]}
    parse_policy(doc)  # without a list of detectors any name is accepted
    with pytest.raises(PolicyError) as info:
        parse_policy(doc, "p.yaml", known_signals={"extraction_intent", "cot_elicitation"})
    message = str(info.value)
    assert "\n" not in message
    assert "rules[0]" in message and "unknown detector" in message and "'cot_elicitaton'" in message


def test_first_problem_is_reported():
    doc = {"rules": [{"action": "block"}, {"action": "nope"}, {"action": "block", "when": {"bad": 1}}]}
    with pytest.raises(PolicyError, match=r"rules\[1\]"):
        parse_policy(doc)


# -- files --------------------------------------------------------------------------------------

def test_load_policy(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(EXAMPLE)
    p = load_policy(path)
    assert p.source == str(path)
    assert [r.name for r in p.rules] == ["known-campaign", "flagged", "asks-for-traces"]
    assert load_policy(str(path)).rules == p.rules


def test_load_policy_empty_file(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("")
    assert load_policy(path).rules == ()


def test_load_policy_names_the_file_in_errors(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("rules:\n  - action: explode\n")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(path) in str(info.value) and "'explode'" in str(info.value)


def test_load_policy_known_signals(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("rules:\n  - action: block\n    when: {signals_any: [nope]}\n")
    load_policy(path)
    with pytest.raises(PolicyError, match="unknown detector 'nope'"):
        load_policy(path, known_signals={"extraction_intent"})


@pytest.mark.parametrize("text, line", [
    ("rules:\n  - action: block\n    when: {flagged: true\n", 4),  # unclosed flow mapping: found at the end
    ("rules:\n  - action: block\n   bad indent: 1\n", 3),
    ("shadow: false\nrules: [\n  {action: block},\n  {action: flag}}\n", 4),
    ("rules:\n\t- action: block\n", 2),  # a tab
])
def test_load_policy_bad_yaml_names_the_line(tmp_path, text, line):
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert "\n" not in message, message
    assert message.startswith(f"{path} line {line}:"), message
    assert "not valid YAML" in message


def test_load_policy_missing_file(tmp_path):
    path = tmp_path / "absent.yaml"
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert "cannot read policy" in message and str(path) in message and "\n" not in message


def test_load_policy_not_utf8(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_bytes(b"rules: []\ndefault: \xff\xfe\n")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


# -- PolicyFile ---------------------------------------------------------------------------------

class FakeClock:
    def __init__(self, t: float = 1000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, s: float) -> None:
        self.t += s


_bump = [0]


def _write(path, text: str) -> None:
    """Write the file and give it a modification time of its own (filesystem clocks are coarse)."""
    path.write_text(text)
    _bump[0] += 1
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + _bump[0] * 1_000_000_000))


V1 = "rules:\n  - name: v1\n    action: flag\n"
V2 = "rules:\n  - name: v2\n    action: block\n"
V3 = "rules:\n  - name: v3\n    action: degrade\n"


@pytest.fixture
def policy_file(tmp_path):
    path = tmp_path / "policy.yaml"
    _write(path, V1)
    clock = FakeClock()
    errors = []
    pf = PolicyFile(path, check_s=5.0, clock=clock, on_error=errors.append)
    return pf, path, clock, errors


def _names(policy: Policy) -> list[str]:
    return [r.name for r in policy.rules]


def test_policy_file_initial_load(policy_file):
    pf, path, clock, errors = policy_file
    assert _names(pf.current()) == ["v1"]
    assert pf.reloads == 0 and errors == []
    assert pf.current().source == str(path)


def test_policy_file_invalid_at_start_raises(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("rules: [{action: nope}]\n")
    with pytest.raises(PolicyError):
        PolicyFile(path, clock=FakeClock())


def test_policy_file_without_path_is_the_default_policy():
    clock = FakeClock()
    pf = PolicyFile(None, clock=clock)
    assert pf.current() is DEFAULT_POLICY
    clock.advance(100)
    assert pf.current() is DEFAULT_POLICY
    assert pf.reload(force=True) is False


def test_policy_file_reloads_after_check_interval(policy_file):
    pf, path, clock, errors = policy_file
    _write(path, V2)
    assert _names(pf.current()) == ["v1"]  # not checked before check_s
    clock.advance(4.9)
    assert _names(pf.current()) == ["v1"]
    clock.advance(0.1)
    assert _names(pf.current()) == ["v2"]
    assert pf.reloads == 1 and errors == []
    # unchanged file: nothing re-read
    clock.advance(10)
    first = pf.current()
    clock.advance(10)
    assert pf.current() is first and pf.reloads == 1


def test_policy_file_same_size_rewrite_is_seen(policy_file):
    pf, path, clock, errors = policy_file
    same_size = V1.replace("flag", "dflt").replace("dflt", "flag").replace("v1", "v9")
    assert len(same_size) == len(V1)
    _write(path, same_size)
    clock.advance(5)
    assert _names(pf.current()) == ["v9"]


def test_policy_file_replaced_by_rename(policy_file, tmp_path):
    pf, path, clock, errors = policy_file
    new = tmp_path / "policy.yaml.new"
    _write(new, V2)
    os.replace(new, path)  # how editors and config management write a file atomically
    clock.advance(5)
    assert _names(pf.current()) == ["v2"]


def test_policy_file_invalid_change_keeps_old_policy(policy_file):
    pf, path, clock, errors = policy_file
    old = pf.current()
    _write(path, "rules:\n  - action: nope\n")
    clock.advance(5)
    assert pf.current() is old
    assert len(errors) == 1
    assert "previous one stays in force" in errors[0] and "'nope'" in errors[0] and str(path) in errors[0]
    # the bad version is reported once, however often it is checked
    for _ in range(5):
        clock.advance(5)
        assert pf.current() is old
    assert len(errors) == 1 and pf.reloads == 0
    # a later valid version is taken
    _write(path, V3)
    clock.advance(5)
    assert _names(pf.current()) == ["v3"]
    assert pf.reloads == 1 and len(errors) == 1


def test_policy_file_bad_yaml_then_another_bad_version(policy_file):
    pf, path, clock, errors = policy_file
    _write(path, "rules: [\n")
    clock.advance(5)
    assert _names(pf.current()) == ["v1"]
    _write(path, "rules: [{action: block, when: {risk_at_least: 3}}]\n")
    clock.advance(5)
    assert _names(pf.current()) == ["v1"]
    assert len(errors) == 2
    assert "not valid YAML" in errors[0] and "[0, 1]" in errors[1]


def test_policy_file_deleted_keeps_policy(policy_file):
    pf, path, clock, errors = policy_file
    path.unlink()
    clock.advance(5)
    assert _names(pf.current()) == ["v1"]
    assert errors == []
    _write(path, V2)
    clock.advance(5)
    assert _names(pf.current()) == ["v2"]


def test_policy_file_reload_directly(policy_file):
    pf, path, clock, errors = policy_file
    assert pf.reload() is False  # unchanged
    assert pf.reload(force=True) is True and pf.reloads == 1  # re-read even though unchanged
    _write(path, V2)
    assert pf.reload() is True  # reload() does not wait for check_s
    assert _names(pf.current()) == ["v2"]


def test_policy_file_known_signals(tmp_path):
    path = tmp_path / "policy.yaml"
    _write(path, "rules: [{action: block, when: {signals_any: [a]}}]\n")
    clock = FakeClock()
    errors = []
    pf = PolicyFile(path, known_signals={"a", "b"}, check_s=1, clock=clock, on_error=errors.append)
    _write(path, "rules: [{action: block, when: {signals_any: [c]}}]\n")
    clock.advance(1)
    assert pf.current().rules[0].when["signals_any"] == ("a",)
    assert len(errors) == 1 and "unknown detector 'c'" in errors[0]


def test_policy_file_not_utf8_change_is_reported(policy_file):
    pf, path, clock, errors = policy_file
    path.write_bytes(b"rules: [{action: \xff}]\n")
    os.utime(path, ns=(0, path.stat().st_mtime_ns + 10**12))
    clock.advance(5)
    assert _names(pf.current()) == ["v1"]  # no exception into the request that happened to check
    assert len(errors) == 1 and "UTF-8" in errors[0]


def test_policy_file_default_on_error_is_silent(tmp_path):
    path = tmp_path / "policy.yaml"
    _write(path, V1)
    clock = FakeClock()
    pf = PolicyFile(path, check_s=1, clock=clock)
    _write(path, "rules: nope\n")
    clock.advance(1)
    assert _names(pf.current()) == ["v1"]
