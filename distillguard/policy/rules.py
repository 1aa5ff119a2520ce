"""Policy: conditions on an account's risk, signals and campaign membership -> one action.

A policy file (YAML)::

    shadow: false                 # true: decide and log, change nothing
    allow_accounts: [acct-ours]   # never acted on
    rules:                        # the first rule whose every condition holds decides
      - name: known-campaign
        when: {campaign: true}    # member of a published campaign, or linked to one
        action: block
      - name: flagged
        when: {flagged: true}
        action: degrade
        degrade: {max_tokens: 512, n: 1, strip_logprobs: true, drop_reasoning: true}
      - name: asks-for-traces
        when: {risk_at_least: 0.99, signals_any: [extraction_intent]}
        action: throttle
        throttle: {per_minute: 6, burst: 3, scope: account}
    default: allow

Conditions: `flagged`, `campaign`, `linked` (bool); `risk_at_least` (0-1);
`signals_any` (names of detectors: this request shows at least one); `exchanges_at_least`
(int). Actions, mildest first: allow, flag, throttle, degrade, block.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from distillguard.errors import DistillguardError

ACTIONS = ("allow", "flag", "throttle", "degrade", "block")
SEVERITY = {a: i for i, a in enumerate(ACTIONS)}
CONDITIONS = {"flagged": bool, "campaign": bool, "linked": bool, "risk_at_least": float,
              "signals_any": list, "exchanges_at_least": int}
DEGRADE_KEYS = {"max_tokens": int, "n": int, "strip_logprobs": bool, "drop_reasoning": bool,
                "watermark": bool, "canary": bool}
THROTTLE_KEYS = {"per_minute": float, "burst": float, "scope": str}
# watermark: ask the upstream for a watermarked answer; canary: under the account's own canary key
# (distillguard.provenance.keys.canary_key), so a later radioactivity test names the account
DEFAULT_DEGRADE = {"max_tokens": 512, "n": 1, "strip_logprobs": True, "drop_reasoning": True, "watermark": False,
                   "canary": False}
DEFAULT_THROTTLE = {"per_minute": 6.0, "burst": 3.0, "scope": "account"}


class PolicyError(DistillguardError):
    """A policy file that cannot be used (the message names the file and the problem)."""


@dataclass(frozen=True)
class Context:
    """What a rule may look at for one request."""

    risk: float = 0.0
    flagged: bool = False
    campaign_id: str | None = None
    linked: bool = False  # tied to a published campaign by an identity artifact
    signals: frozenset[str] = frozenset()  # detectors this request shows
    exchanges: int = 0  # the account's exchanges before this one


@dataclass(frozen=True)
class Rule:
    name: str
    action: str
    when: dict = field(default_factory=dict)
    degrade: dict = field(default_factory=dict)
    throttle: dict = field(default_factory=dict)

    def matches(self, ctx: Context) -> bool:
        w = self.when
        if "flagged" in w and ctx.flagged != w["flagged"]:
            return False
        if "campaign" in w and (ctx.campaign_id is not None) != w["campaign"]:
            return False
        if "linked" in w and ctx.linked != w["linked"]:
            return False
        if "risk_at_least" in w and ctx.risk < w["risk_at_least"]:
            return False
        if "signals_any" in w and not (ctx.signals & set(w["signals_any"])):
            return False
        if "exchanges_at_least" in w and ctx.exchanges < w["exchanges_at_least"]:
            return False
        return True


@dataclass(frozen=True)
class Policy:
    rules: tuple[Rule, ...] = ()
    default: str = "allow"
    shadow: bool = False
    allow_accounts: frozenset[str] = frozenset()
    source: str = "(built in)"

    def decide(self, account: str, ctx: Context) -> Rule | None:
        """The first matching rule (None: the default action applies)."""
        if account in self.allow_accounts:
            return None
        for rule in self.rules:
            if rule.matches(ctx):
                return rule
        return None

    def action_of(self, rule: Rule | None) -> str:
        return rule.action if rule is not None else self.default


# Without a policy file: flagged accounts and campaign members are flagged (header and audit
# log), nothing is refused or changed. Containment is a choice the operator writes down.
DEFAULT_POLICY = Policy(rules=(Rule("campaign", "flag", {"campaign": True}), Rule("flagged", "flag", {"flagged": True})))


def _check_type(value, typ, where: str):
    if typ is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if typ is int and isinstance(value, bool) or not isinstance(value, typ):
        raise PolicyError(f"{where}: expected {typ.__name__}, got {type(value).__name__} ({value!r})")
    return value


def _options(raw, allowed: dict, defaults: dict, where: str) -> dict:
    if raw is None:
        return dict(defaults)
    if not isinstance(raw, dict):
        raise PolicyError(f"{where}: expected a mapping")
    out = dict(defaults)
    for key, value in raw.items():
        if key not in allowed:
            raise PolicyError(f"{where}: unknown option {key!r} (known: {', '.join(allowed)})")
        out[key] = _check_type(value, allowed[key], f"{where}.{key}")
    return out


def parse_policy(doc, source: str = "(policy)", known_signals: set[str] | None = None) -> Policy:
    """A Policy from a parsed YAML document; PolicyError names the first problem."""
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise PolicyError(f"{source}: a policy is a mapping with 'rules:'")
    unknown = set(doc) - {"rules", "default", "shadow", "allow_accounts", "version"}
    if unknown:
        raise PolicyError(f"{source}: unknown key {sorted(unknown, key=str)[0]!r} (known: rules, default, shadow, allow_accounts)")
    default = doc.get("default", "allow")
    if default not in ACTIONS:
        raise PolicyError(f"{source}: default: unknown action {default!r} (one of {', '.join(ACTIONS)})")
    shadow = _check_type(doc.get("shadow", False), bool, f"{source}: shadow")
    allow = doc.get("allow_accounts") or []
    if not isinstance(allow, list) or not all(isinstance(a, str) for a in allow):
        raise PolicyError(f"{source}: allow_accounts: expected a list of account ids")
    raw_rules = doc.get("rules") or []
    if not isinstance(raw_rules, list):
        raise PolicyError(f"{source}: rules: expected a list")
    rules = []
    for i, raw in enumerate(raw_rules):
        where = f"{source}: rules[{i}]"
        if not isinstance(raw, dict):
            raise PolicyError(f"{where}: expected a mapping")
        extra = set(raw) - {"name", "when", "action", "degrade", "throttle"}
        if extra:
            raise PolicyError(f"{where}: unknown key {sorted(extra, key=str)[0]!r}")
        action = raw.get("action")
        if action not in ACTIONS:
            raise PolicyError(f"{where}: action: unknown action {action!r} (one of {', '.join(ACTIONS)})")
        when = raw.get("when") or {}
        if not isinstance(when, dict):
            raise PolicyError(f"{where}: when: expected a mapping of conditions")
        checked = {}
        for key, value in when.items():
            if key not in CONDITIONS:
                raise PolicyError(f"{where}: when: unknown condition {key!r} (known: {', '.join(CONDITIONS)})")
            checked[key] = _check_type(value, CONDITIONS[key], f"{where}: when.{key}")
        if "risk_at_least" in checked and not 0.0 <= checked["risk_at_least"] <= 1.0:
            raise PolicyError(f"{where}: when.risk_at_least must be in [0, 1]")
        if "signals_any" in checked:
            names = checked["signals_any"]
            if not names or not all(isinstance(n, str) for n in names):
                raise PolicyError(f"{where}: when.signals_any: expected a non-empty list of detector names")
            if known_signals is not None and set(names) - known_signals:
                raise PolicyError(f"{where}: when.signals_any: unknown detector "
                                  f"{sorted(set(names) - known_signals)[0]!r}")
            checked["signals_any"] = tuple(names)
        degrade = _options(raw.get("degrade"), DEGRADE_KEYS, DEFAULT_DEGRADE, f"{where}: degrade")
        throttle = _options(raw.get("throttle"), THROTTLE_KEYS, DEFAULT_THROTTLE, f"{where}: throttle")
        if throttle["scope"] not in ("account", "campaign"):
            raise PolicyError(f"{where}: throttle.scope must be 'account' or 'campaign'")
        if throttle["per_minute"] <= 0 or throttle["burst"] < 1:
            raise PolicyError(f"{where}: throttle needs per_minute > 0 and burst >= 1")
        if degrade["max_tokens"] < 1 or degrade["n"] < 1:
            raise PolicyError(f"{where}: degrade.max_tokens and degrade.n must be >= 1")
        rules.append(Rule(str(raw.get("name") or f"rule {i + 1}"), action, checked, degrade, throttle))
    return Policy(tuple(rules), default, shadow, frozenset(allow), source)


def load_policy(path: str | os.PathLike, known_signals: set[str] | None = None) -> Policy:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read policy {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    return parse_policy(doc, str(path), known_signals)


class PolicyFile:
    """A policy that follows its file: `current()` re-reads it when the file changes (checked at
    most every `check_s` seconds), swapping the whole policy at once; a change that does not
    parse keeps the policy in force and is reported through `on_error`."""

    def __init__(self, path: str | os.PathLike | None, *, known_signals: set[str] | None = None,
                 check_s: float = 1.0, on_error=None, clock=None):
        import time

        self.path = Path(path) if path is not None else None
        self.known_signals = known_signals
        self.check_s = check_s
        self.on_error = on_error or (lambda message: None)
        self._clock = clock or time.monotonic
        self._lock = threading.Lock()
        self._policy = load_policy(self.path, known_signals) if self.path is not None else DEFAULT_POLICY
        self._stamp = self._file_stamp()
        self._checked = self._clock()
        self.reloads = 0

    def _file_stamp(self):
        if self.path is None:
            return None
        try:
            st = self.path.stat()
            return (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            return None

    def current(self) -> Policy:
        if self.path is not None and self._clock() - self._checked >= self.check_s:
            self.reload()
        return self._policy

    def reload(self, force: bool = False) -> bool:
        """Re-read the file if it changed (or `force`); True when a new policy is in force."""
        with self._lock:
            self._checked = self._clock()
            stamp = self._file_stamp()
            if self.path is None or stamp is None or (stamp == self._stamp and not force):
                return False
            try:
                policy = load_policy(self.path, self.known_signals)
            except PolicyError as exc:
                self._stamp = stamp  # report a bad version once, keep the one in force
                self.on_error(f"policy not reloaded, the previous one stays in force: {exc}")
                return False
            self._policy, self._stamp = policy, stamp
            self.reloads += 1
            return True
