"""Distillation campaigns composed from tactics named in the public record.

One `campaign` population = one operator. Its parameters switch tactics on and off:
  objective    what is harvested: cot | trace | rubric | synthetic | safe_rewrite | agentic | plain (weights);
               plain = the dataset's items asked bare, as an ordinary user would (no extraction
               wording: only coordination and behaviour can tell)
  dataset      which public items are swept: gsm8k | self_instruct | arena_hard, or any benchmark
               bundled in data/public/benchmarks (mmlu, bbh, math, humaneval, mbpp, truthfulqa, ...)
  languages    prompt languages with weights (en / zh / ru)
  paraphrase   many phrasings + surface noise (true) or one fixed template (false)
  proxies      hydra load-balancing: {kind: datacenter|residential|mixed, pool: N, countries, sticky}
  payment      shared | distinct | groups:N
  low_and_slow few requests per account, spaced evenly under rate limits
  jailbreak    fraction of requests prefixed with a real jailbreak
  pivot        move a fraction of traffic to a newly released model within hours of release
  via_reseller name of a reseller population to hide inside (end users instead of own accounts)
  cover        fraction of ordinary chat requests mixed in to look like a normal customer
  params_diversity  each account its own request settings and system prompt (no script to pool on)
  held_out     labels mark the campaign held out: eval reports it beside the in-distribution ones
  sampling     sweep (default: items handed out in turn, each asked once per pass over the pool) |
               random (each ask draws an item at random, repeats and all: no partitioned sweep to
               find, at the price of asking some items again)
"""

from __future__ import annotations

import random

import numpy as np
import orjson

from distillguard.sim.scenario import CAMPAIGN_DATASETS, ScenarioError
from distillguard.sim import clients, network, prompts, text
from distillguard.sim.accounts import DAY, HOUR, Account, new_account
from distillguard.sim.base import DIURNAL, FLAT, Population, think_time
from distillguard.sim.rng import short_hash

OBJECTIVES = ("cot", "trace", "rubric", "synthetic", "safe_rewrite", "agentic", "plain")


def _weights(value, allowed, what, where) -> dict[str, float]:
    if isinstance(value, str):
        value = {value: 1.0}
    if isinstance(value, list):
        value = {v: 1.0 for v in value}
    for k in value:
        if k not in allowed:
            raise ScenarioError(f"campaign {where!r}: unknown {what} {k!r} (expected one of {', '.join(allowed)})")
    return {k: float(v) for k, v in value.items()}


class Campaign(Population):
    type_name = "campaign"

    def build(self) -> None:
        p = self.p
        rng = self.rng("accounts")
        self.campaign_id = p.get("id") or f"c-{self.index}"
        self.tactic = p.get("tactic", "hydra_cot")
        self.objectives = _weights(p.get("objective", "cot"), OBJECTIVES, "objective", self.name)
        self.languages = _weights(p.get("languages", {"en": 1.0}), ("en", "zh", "ru"), "language", self.name)
        self.dataset = p.get("dataset", "gsm8k")
        if self.dataset not in CAMPAIGN_DATASETS:
            raise ScenarioError(f"campaign {self.name!r}: unknown dataset {self.dataset!r} (expected one of {', '.join(CAMPAIGN_DATASETS)})")
        self.paraphrase = bool(p.get("paraphrase", True))
        self.jailbreak = float(p.get("jailbreak", 0.0))
        self.low_and_slow = bool(p.get("low_and_slow", False))
        self.cover = float(p.get("cover", 0.0))  # fraction of ordinary requests mixed in
        schedule = p.get("schedule", "round_the_clock")
        self.curve = {"round_the_clock": FLAT, "diurnal": DIURNAL}.get(schedule, FLAT)
        n = p["count"]
        label = {"label": "campaign", "campaign_id": self.campaign_id, "tactic": self.tactic}
        if p.get("held_out"):  # a tactic nothing was built or tuned on (eval reports it apart)
            label["held_out"] = True
        # Operator-side choices that stay fixed for the whole campaign (a script's settings).
        self.client = p.get("client", rng.choice(("openai-python", "openai-python", "httpx", "aiohttp", "requests")))
        self.ua_fixed = clients.user_agent(rng, self.client)
        self.fixed_templates = {o: {lang: rng.randrange(len(prompts.TEMPLATES[o][lang])) for lang in prompts.TEMPLATES[o]}
                                for o in OBJECTIVES if o in prompts.TEMPLATES}
        self.system = rng.choice(prompts.CAMPAIGN_SYSTEM) if rng.random() < 0.6 else None
        self.params = {"temperature": rng.choice((0, 0.6, 0.7, 1.0)), "max_tokens": rng.choice((4096, 8192, 16384))}
        if rng.random() < float(p.get("logprobs", 0.2)):
            self.params.update(logprobs=True, top_logprobs=rng.choice((5, 10, 20)))
        if p.get("n", 1) > 1:
            self.params["n"] = int(p["n"])
        self.model = self.ctx.models.reasoning()
        if self.model.reasoning:
            self.params["reasoning_effort"] = "high"
        # params_diversity: each account its own settings and system prompt (no script to pool on)
        self._own: dict[str, tuple[dict, str | None]] = {}
        # Proxy infrastructure: a pool of exits shared by all accounts (hydra) or sticky per account.
        prox = p.get("proxies") or {}
        kind = prox.get("kind", "datacenter")
        countries = prox.get("countries", ["US", "DE", "GB", "JP", "KR", "SE"])
        pool_n = max(1, int(prox.get("pool", max(4, n // 4))))
        self.sticky = bool(prox.get("sticky", kind == "residential"))
        self.pool = []
        for j in range(pool_n):
            k = kind if kind != "mixed" else rng.choice(("datacenter", "residential"))
            self.pool.append(network.pick_address(rng, k, rng.choice(countries) if k == "residential" else None))
        # Payment: one shared instrument, a few groups, or one card per account.
        pay = str(p.get("payment", "distinct"))
        groups = 1 if pay == "shared" else (int(pay.split(":", 1)[1]) if pay.startswith("groups:") else 0)
        cards = ["pm_" + short_hash(self.ctx.seed, self.id_key, "card", g, n=16) for g in range(max(groups, 1))]
        # Accounts are registered in bursts shortly before the campaign (unless bought aged).
        age_days = float(p.get("account_age_days", 10))
        t_start = self.active_from
        rates = self.heavy_tailed_rates(float(p.get("requests_per_account_per_day", 30 if self.low_and_slow else 400)),
                                        0.15 if self.low_and_slow else 0.35, n)
        # Rates are requests; an agentic event is a whole tool loop of ~5.5 requests.
        w = sum(self.objectives.values())
        per_event = 1.0 + 4.5 * self.objectives.get("agentic", 0.0) / w
        self.via = p.get("via_reseller")
        if self.via:
            host = self.ctx.populations.get(self.via)
            if host is None or host.type_name != "reseller":
                raise ScenarioError(f"campaign {self.name!r}: via_reseller {self.via!r} is not a reseller population defined earlier")
            self.host = host
        # A "diurnal" operator works in the time zone of its main prompt language.
        main_lang = max(self.languages, key=self.languages.get)
        op_tz = {"zh": 8, "ru": 3, "en": -5}[main_lang]
        for i in range(n):
            created = t_start - int(rng.uniform(0.2, 1.0) * age_days * DAY)
            addr = rng.choice(self.pool)
            if self.via:
                # Campaign "accounts" are end users of the reseller: labelled by end-user id.
                aid = "u_" + short_hash(self.ctx.seed, self.id_key, "eu", i, n=12)
                a = Account(aid, dict(label), None, self.ua_fixed, "", "", tz=0)
            else:
                a = new_account(rng, self.ctx.seed, self.id_key, i, dict(label), address=addr, user_agent=self.ua_fixed,
                                created_us=created, payment=cards[i % len(cards)] if groups else None, client=self.client)
                if p.get("ua_diversity"):
                    a.user_agent = clients.user_agent(rng, clients.pick_client(rng, clients.SCRIPT_CLIENTS))
                if p.get("params_diversity"):  # (its own stream: scenarios without it draw as before)
                    own = random.Random(short_hash(self.ctx.seed, self.id_key, "params", i, n=16))
                    self._own[a.account_id] = self._own_settings(own)
            a.rate = float(rates[i]) / per_event
            a.tz = op_tz
            self.accounts.append(a)
        self.pivot = p.get("pivot")
        self._release = self.ctx.models.newest_reasoning() if self.pivot else None
        if self.pivot and self._release is None:
            raise ScenarioError(f"campaign {self.name!r}: pivot needs a model release in the scenario's models")
        self.sampling = p.get("sampling", "sweep")
        # its own stream, so that a scenario without `sampling` draws exactly what it drew before
        self._sampler = random.Random(short_hash(self.ctx.seed, self.id_key, "sampling", n=16))
        self._cursor = 0  # sweep position over the dataset (items asked in order, spread over accounts)
        self._order = list(range(self._pool_size()))
        random.Random(rng.random()).shuffle(self._order)
        self.exchanges_per_event = per_event
        self.rate_limited = 0.0 if self.low_and_slow else float(p.get("rate_limited", 0.06))

    def _pool_size(self) -> int:
        if self.dataset == "gsm8k":
            return len(prompts.gsm8k())
        if self.dataset == "self_instruct":
            return len(prompts.user_instructions()) + len(prompts.seed_instructions())
        if self.dataset == "arena_hard":
            return len(prompts.hard_prompts())
        return len(prompts.benchmark(self.dataset))

    # -- timing --------------------------------------------------------------------------------
    def chunk(self, k, t0, t1):
        if not self.low_and_slow:
            return super().chunk(k, t0, t1)
        # Low-and-slow: each account sends on an even cadence (jittered) to stay under limits.
        out = []
        lo, hi = max(t0, self.active_from), min(t1, self.active_to)
        if hi <= lo:
            return out
        rng = self.rng("chunk", k)
        for i, acct in enumerate(self.accounts):
            gap = DAY / max(acct.rate, 1e-6)
            phase = (i * 7919 % 1000) / 1000 * gap
            j = max(0, int(np.floor((lo - self.active_from - phase) / gap)) - 1)
            while True:
                # The jitter is a fixed function of (account, j), so a send lands in exactly one chunk.
                jitter = (((i * 1_000_003 + j * 7919) % 1000) / 1000 - 0.5) * 0.4 * gap
                ts = self.active_from + int(phase + j * gap + jitter)
                if ts >= hi and phase + j * gap - 0.2 * gap > hi - self.active_from:
                    break
                if lo <= ts < hi:
                    self.event(rng, acct, ts, out)
                j += 1
        return out

    # -- content -------------------------------------------------------------------------------
    def _template(self, rng, objective, lang) -> str:
        pool = prompts.TEMPLATES[objective][lang]
        tpl = rng.choice(pool) if self.paraphrase else pool[self.fixed_templates[objective][lang]]
        return tpl

    def _surface(self, rng, s: str, lang: str) -> str:
        """Surface noise a paraphrasing script adds so exact-match dedup fails."""
        if not self.paraphrase:
            return s
        lead = rng.choice(prompts.LEADS[lang]).replace("{n}", str(rng.randrange(1, 100000)))
        s = lead + s
        r = rng.random()
        if r < 0.15:
            s = s.replace("\n\n", "\n")
        elif r < 0.25:
            s = s + rng.choice(prompts.TAILS[lang])
        return s

    def _item(self) -> int:
        if self.sampling == "random":
            return self._sampler.randrange(len(self._order))
        i = self._order[self._cursor % len(self._order)]
        self._cursor += 1
        return i

    def event(self, rng, acct, start, out):
        if self.cover and rng.random() < self.cover:
            # Cover traffic: an ordinary chat request (a real Arena turn) to blend in with customers.
            conv = rng.choice(prompts.arena_conversations())
            msgs = [{"role": "user", "content": conv[0]["content"]}]
            self._send(rng, acct, start, out, msgs, dict(self._settings(acct)[0]), conv[1]["content"], None, self.model)
            return
        objective = rng.choices(list(self.objectives), list(self.objectives.values()))[0]
        lang = rng.choices(list(self.languages), list(self.languages.values()))[0]
        model = self.model
        if self._release is not None and start >= self._release.released_us + int(self.pivot.get("within_hours", 12) * HOUR) * rng.random():
            if rng.random() < float(self.pivot.get("fraction", 0.5)):
                model = self._release
        if objective == "agentic":
            self._agentic(rng, acct, start, out, lang, model)
            return
        content, response, reasoning = self._content(rng, objective, lang, model)
        content = self._maybe_jailbreak(rng, content, model)
        params, system = self._settings(acct)
        msgs = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": content}]
        self._send(rng, acct, start, out, msgs, dict(params), response, reasoning, model)

    def _own_settings(self, own: random.Random) -> tuple[dict, str | None]:
        """One account's own request settings and system prompt (params_diversity)."""
        params = {"temperature": own.choice((None, 0, 0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)),
                  "max_tokens": own.choice((None, 2048, 3000, 4096, 6000, 8192, 12000, 16384)),
                  "top_p": own.choice((None, None, 0.9, 0.95, 1.0))}
        params = {k: v for k, v in params.items() if v is not None}
        for key in ("logprobs", "top_logprobs", "n", "reasoning_effort"):
            if key in self.params:
                params[key] = self.params[key]
        return params, own.choice([*prompts.CAMPAIGN_SYSTEM, None, None, None])

    def _settings(self, acct) -> tuple[dict, str | None]:
        return self._own.get(acct.account_id, (self.params, self.system))

    def _maybe_jailbreak(self, rng, content: str, model) -> str:
        """Prefix a real in-the-wild / DAN jailbreak to a fraction of requests."""
        if self.jailbreak and rng.random() < self.jailbreak:
            jb = rng.choice(prompts.jailbreak_prefixes()).replace("{generator.name}", model.name)
            return jb + "\n\n" + content
        return content

    def _send(self, rng, acct, ts, out, msgs, params, response, reasoning, model, extra=None):
        if self.via:
            host_acct = self.host.host(rng)
            out.append(self.host.emit.line(rng, ts, host_acct, msgs, model=model.name, params=params, response=response,
                                           reasoning=reasoning, end_user=acct.account_id, address=rng.choice(host_acct.servers),
                                           rate_limited=0.01, extra=extra))
            self.emit.seen.add(acct.account_id)  # the end user did send traffic
            return
        addr = acct.address if self.sticky else rng.choice(self.pool)
        out.append(self.emit.line(rng, ts, acct, msgs, model=model.name, params=params, response=response,
                                  reasoning=reasoning, address=addr, rate_limited=self.rate_limited, extra=extra))

    def _content(self, rng, objective, lang, model) -> tuple[str, str, str | None]:
        if objective == "plain":
            return self._plain(rng, model)
        tpl = self._template(rng, objective, lang)
        reasoning = None
        if objective in ("cot", "trace"):
            if self.dataset == "gsm8k":
                item = prompts.gsm8k()[self._item()]
                q, a = item["question"], text.gsm8k_final(item["answer"])
                style = "tags" if "<thinking>" in tpl else rng.choice(("plain", "numbered"))
                response = text.gsm8k_response(item["answer"], lang, style)
                if model.reasoning:
                    reasoning = text.gsm8k_reasoning(item["answer"], q)
            else:
                q, response = self._open_item(rng)
                a = response.split("\n")[0][:200]
                response = "Let me work through this step by step.\n\n" + response
            content = tpl.replace("{q}", q).replace("{a}", a)
        elif objective == "rubric":
            if self.dataset == "gsm8k":
                item = prompts.gsm8k()[self._item()]
                q, r = item["question"], text.gsm8k_response(item["answer"])
            else:
                q, r = self._open_item(rng)
            content = tpl.replace("{q}", q).replace("{r}", r)
            score = rng.randint(3, 10)
            response = self._grade(rng, lang, score)
        elif objective == "synthetic":
            seeds = prompts.seed_instructions()
            i1, i2, i3 = (seeds[self._item() % len(seeds)] for _ in range(3))
            content = tpl.replace("{i1}", i1).replace("{i2}", i2).replace("{i3}", i3).replace("{instr}", i1)
            picks = rng.sample(seeds, rng.randint(8, 20))
            response = "\n".join(f"{j}. {s}" for j, s in enumerate(picks, 1)) if "20" in tpl or "Task 4" in tpl or "10" in tpl \
                else rng.choice(prompts.assistant_texts())
        else:  # safe_rewrite
            r = rng.choice(prompts.assistant_texts())
            content = tpl.replace("{r}", r)
            response = r[: int(len(r) * rng.uniform(0.7, 1.0))]
        return self._surface(rng, content, lang), response, reasoning

    def _plain(self, rng, model) -> tuple[str, str, str | None]:
        """A dataset item asked bare, with no wrapper and no script's surface marks."""
        if self.dataset == "gsm8k":
            item = prompts.gsm8k()[self._item()]
            reasoning = text.gsm8k_reasoning(item["answer"], item["question"]) if model.reasoning else None
            return item["question"], text.gsm8k_response(item["answer"]), reasoning
        q, response = self._open_item(rng)
        return q, response, None

    def _open_item(self, rng) -> tuple[str, str]:
        i = self._item()
        if self.dataset == "self_instruct":
            ui = prompts.user_instructions()
            if i < len(ui):
                t = ui[i]
                inst = t["instances"][0]
                q = t["instruction"] + (("\n" + inst["input"]) if inst.get("input") else "")
                return q, inst.get("output") or rng.choice(prompts.assistant_texts())
            return prompts.seed_instructions()[i - len(ui)], rng.choice(prompts.assistant_texts())
        if self.dataset == "arena_hard":
            return prompts.hard_prompts()[i]["prompt"], rng.choice(prompts.assistant_texts())
        return prompts.benchmark(self.dataset)[i], rng.choice(prompts.assistant_texts())

    @staticmethod
    def _grade(rng, lang, score) -> str:
        if lang == "zh":
            return f"该回答基本正确，结构清晰，但部分步骤解释不够充分。\n评分：{score}"
        if lang == "ru":
            return f"Ответ в целом верный и понятный, но некоторые шаги объяснены недостаточно подробно.\nОценка: {score}"
        return rng.choice([
            f"The response addresses the question directly and the main steps are correct, though some justification is thin. Rating: [[{score}]]",
            orjson.dumps({"correctness": min(4, score // 2), "completeness": min(3, score // 3), "clarity": min(3, score // 3),
                          "total": score, "justification": "Mostly correct; minor gaps in explanation."}).decode(),
            f"The answer is relevant and mostly accurate but misses some detail.\nScore: {score}",
        ])

    def _agentic(self, rng, acct, start, out, lang, model):
        """Capability targeting: harvest full agentic tool-use trajectories on coding tasks."""
        tools = prompts.AGENT_TOOLS
        params = {**self.params, "tools": tools, "tool_choice": "auto"}
        task = rng.choice(prompts.hard_coding_prompts())
        content = self._surface(rng, self._template(rng, "agentic", lang).replace("{task}", task), lang)
        content = self._maybe_jailbreak(rng, content, model)
        msgs = [{"role": "system", "content": rng.choice(prompts.AGENT_SYSTEM)}, {"role": "user", "content": content}]
        t = start
        for s in range(rng.randint(3, 8)):
            tool = tools[s % len(tools)]["function"]["name"]
            call = {"id": "call_" + "%012x" % rng.getrandbits(48), "type": "function",
                    "function": {"name": tool, "arguments": orjson.dumps({"path": "src/main.py"} if tool != "run_shell" else {"command": "pytest -q"}).decode()}}
            reasoning = rng.choice(prompts.coding_answers())[:1200] if model.reasoning else None
            self._send(rng, acct, t, out, list(msgs), params, "", reasoning, model, extra={"tool_calls": [call]})
            msgs.append({"role": "assistant", "content": None, "tool_calls": [call]})
            msgs.append({"role": "tool", "tool_call_id": call["id"], "content": rng.choice(prompts.coding_answers())[:1200]})
            if len(msgs) > 12:
                msgs = msgs[:2] + msgs[-8:]
            t += think_time(rng, 1, 8)  # scripts do not pause to read

    def labels(self) -> dict[str, dict]:
        if self.via:
            return {}
        return {a.account_id: a.label for a in self.accounts}

    def end_user_labels(self) -> dict[str, dict]:
        """Campaign end users hidden inside a reseller (account_id of the reseller + label)."""
        if not self.via:
            return {}
        return {a.account_id: {**a.label, "reseller": self.via} for a in self.accounts}

    def summary(self) -> dict:
        return {"tactic": self.tactic, "population": self.name, "accounts": len(self.accounts),
                "objectives": self.objectives, "languages": self.languages, "dataset": self.dataset,
                "via_reseller": self.via, "low_and_slow": self.low_and_slow}
