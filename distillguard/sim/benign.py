"""Benign populations, including the hard negatives that look like extraction but are not.

Each class is one kind of real customer. Prompts and answers are real text from distillguard.data;
identities, timing and metadata are simulated the way such customers behave.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import orjson

from distillguard.sim import clients, network, prompts, text
from distillguard.sim.accounts import DAY, HOUR, Account, new_account, rfc3339
from distillguard.sim.base import DIURNAL, FLAT, WORKDAY, Population, account_age_us, think_time
from distillguard.sim.rng import short_hash

DEFAULT_COUNTRIES = {"US": 30, "IN": 9, "CN": 8, "DE": 7, "GB": 7, "BR": 6, "JP": 5, "FR": 5, "RU": 5, "KR": 4,
                     "ES": 4, "IT": 3, "AU": 3, "SE": 2}


def _weighted(rng: random.Random, weights: dict) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _conv_id(rng: random.Random) -> str:
    return "conv-" + "%016x" % rng.getrandbits(64)


class _People(Population):
    """Individuals at home: residential address in their country, own card, own client."""

    client_mix = clients.CASUAL_CLIENTS
    rate_param, rate_default, sigma = "sessions_per_day", 1.5, 1.2

    def person(self, rng: random.Random, i: int, country: str | None = None, address=None) -> Account:
        country = country or _weighted(rng, self.p.get("countries", DEFAULT_COUNTRIES))
        addr = address or network.pick_address(rng, "residential", country)
        client = clients.pick_client(rng, self.client_mix)
        created = self.ctx.timeline.start_us - account_age_us(rng, 200)
        return new_account(rng, self.ctx.seed, self.id_key, i, {"label": "benign", "population": self.type_name},
                           address=addr, user_agent=clients.user_agent(rng, client), created_us=created,
                           tz=network.tz_offset(country), client=client, keys=rng.choice((1, 1, 1, 2)))

    def build(self) -> None:
        rng = self.rng("accounts")
        n = self.p["count"]
        rates = self.heavy_tailed_rates(self.p.get(self.rate_param, self.rate_default), self.sigma, n)
        for i in range(n):
            a = self.person(rng, i)
            a.rate = float(rates[i])
            self.accounts.append(a)

    def home_address(self, rng: random.Random, acct: Account):
        # Home routers get a new lease now and then; phones roam on mobile networks.
        return network.same_network_neighbour(rng, acct.address) if rng.random() < 0.05 else acct.address

    def chat_session(self, rng, acct, start, out, conv: list[dict], *, max_turns=6, end_user=None, address=None,
                     system: str | None = None):
        model = self.ctx.models.benign(rng, start)
        params = clients.chat_params(rng, acct.client)
        cid = _conv_id(rng)
        addr = address or self.home_address(rng, acct)
        t = start
        history: list[dict] = [{"role": "system", "content": system}] if system else []
        turns = min(max_turns, len(conv) // 2)
        for j in range(turns):
            user, answer = conv[2 * j], conv[2 * j + 1]
            history = history + [user]
            out.append(self.emit.line(rng, t, acct, history, model=model.name, params=params, response=answer["content"],
                                      conversation_id=cid, end_user=end_user, address=addr, rate_limited=0.003))
            history = history + [answer]
            t += think_time(rng, 15, 300) + text.tokens(answer["content"]) * 20_000  # reading time

    def event(self, rng, acct, start, out):
        self.chat_session(rng, acct, start, out, rng.choice(prompts.chat_conversations()))


class CasualChat(_People):
    """People chatting through apps built on the API: multi-turn Arena conversations."""

    type_name = "casual_chat"
    exchanges_per_event = 2.5

    def event(self, rng, acct, start, out):
        pool = prompts.arena_conversations() if rng.random() < 0.3 else prompts.chat_conversations()
        self.chat_session(rng, acct, start, out, rng.choice(pool))


class Students(_People):
    """Students asking for step-by-step homework solutions (GSM8K-style word problems, Arena math)."""

    type_name = "students"
    exchanges_per_event = 2.3
    rate_default, sigma = 0.8, 0.9
    weekend_factor = 0.7
    client_mix = {"browser": 4, "openai-js": 3, "okhttp": 2, "openai-python": 1}

    def build(self) -> None:
        super().build()
        rng = self.rng("campus")
        for a in self.accounts:  # some study from the campus network
            if rng.random() < 0.25:
                a.address = network.pick_address(rng, "university")

    system_prompt: str | None = None  # an app's instructions, sent before each question

    def request_params(self, rng, acct) -> dict:
        return clients.chat_params(rng, acct.client)

    def event(self, rng, acct, start, out):
        model = self.ctx.models.benign(rng, start)
        params = self.request_params(rng, acct)
        cid = _conv_id(rng)
        t = start
        for _ in range(1 + int(rng.random() < 0.5) + int(rng.random() < 0.3)):  # a few problems per sitting
            # Worksheets often copy public problem sets verbatim (a GSM8K item), the rest are the
            # student's own questions (real Arena math prompts).
            if rng.random() < self.p.get("public_problem_fraction", 0.4):
                item = rng.choice(prompts.gsm8k())
                question = item["question"]
                ans = text.gsm8k_response(item["answer"], "en", rng.choice(("plain", "numbered")))
            else:
                question = rng.choice(prompts.math_prompts())
                ans = rng.choice(prompts.assistant_texts())
            q = rng.choice(prompts.HOMEWORK_TEMPLATES).format(q=question)
            if rng.random() < 0.3:
                q = q.lower()
            msgs = ([{"role": "system", "content": self.system_prompt}] if self.system_prompt else []) + [
                {"role": "user", "content": q}]
            out.append(self.emit.line(rng, t, acct, msgs, model=model.name, params=dict(params), response=ans,
                                      conversation_id=cid, rate_limited=0.003))
            t += think_time(rng, 40, 600)
            if rng.random() < 0.35:  # a follow-up on the same problem
                follow = rng.choice(["why did you divide there?", "can you explain step 2 again?", "is there an easier way?",
                                     "thanks! what would the answer be if the numbers doubled?", "I got a different answer, can you check?"])
                msgs2 = msgs + [{"role": "assistant", "content": ans}, {"role": "user", "content": follow}]
                out.append(self.emit.line(rng, t, acct, msgs2, model=model.name, params=params,
                                          response=rng.choice(prompts.assistant_texts())[:900], conversation_id=cid))
                t += think_time(rng, 30, 400)
            cid = _conv_id(rng)


class ByokApp(Students):
    """Users of one homework-helper app that runs on each user's own API key ("bring your own
    key"): every user is an account of their own, with a handful of requests a week, all sent
    through the app's client (one user agent, one parameter set) with the app's system prompt
    asking for step-by-step solutions. The benign look-alike of a fleet of small accounts sharing
    an operator's script (campaigns.collective): many small accounts, one exclusive client,
    content that asks for reasoning."""

    type_name = "byok_app"
    rate_default, sigma = 0.15, 0.8

    def build(self) -> None:
        super().build()
        rng = self.rng("app")
        name = self.p.get("app", "StudyBuddy")
        self.app_user_agent = f"{name}/{rng.randint(2, 5)}.{rng.randint(0, 9)} (OpenAI/JS {rng.choice(clients.OPENAI_JS)})"
        self.app_params = {"temperature": 0.3, "max_tokens": 2048, "stream": True}
        self.system_prompt = (f"You are {name}, a patient tutor for school students. Explain every solution step by "
                              "step so the student learns the method, show your reasoning, then state the final answer.")
        for a in self.accounts:
            a.user_agent = self.app_user_agent
        # payment_pool: a school that buys its pupils' keys with a few budget cards, each pupil a
        # customer of its own (the look-alike of a card ring, linkage.cohort: a farm spreads its
        # accounts over cards it bought by the dozen)
        pool = int(self.p.get("payment_pool", 0))
        if pool:
            cards = ["pm_" + short_hash(self.ctx.seed, self.id_key, "school-card", k, n=16) for k in range(pool)]
            for i, a in enumerate(self.accounts):
                a.payment = cards[i % pool]

    def request_params(self, rng, acct) -> dict:
        return dict(self.app_params)


class VpnUsers(_People):
    """People routing through commercial VPNs: exit country and network change between sessions."""

    type_name = "vpn_users"
    exchanges_per_event = 2.5

    def build(self) -> None:
        super().build()
        self._pool = [network.pick_address(self.rng("exits"), "vpn") for _ in range(max(8, len(self.accounts) // 3))]

    def home_address(self, rng, acct):
        return rng.choice(self._pool) if rng.random() < 0.85 else acct.address


class SharedNat(_People):
    """Many accounts behind one corporate or university NAT address (same IP, unrelated people)."""

    type_name = "shared_nat"
    exchanges_per_event = 2.0
    curve = WORKDAY
    weekend_factor = 0.3
    client_mix = {**clients.DEVELOPER_CLIENTS, "browser": 3}

    def build(self) -> None:
        rng = self.rng("accounts")
        kind = self.p.get("kind", "university")
        nat = [network.pick_address(rng, kind) for _ in range(self.p.get("addresses", 2))]
        n = self.p["count"]
        rates = self.heavy_tailed_rates(self.p.get("sessions_per_day", 2.0), 1.0, n)
        # Corporate teams often pay with one company card and share an org; students never do.
        shared_card = "pm_" + short_hash(self.ctx.seed, self.id_key, "corporate-card", n=16)
        shared_org = "org-" + short_hash(self.ctx.seed, self.id_key, "corp-org", n=10)
        share = self.p.get("shared_payment_fraction", 0.5 if kind == "corporate" else 0.0)
        # onboard_hours: the team was signed up together (one admin creating every seat in an
        # afternoon): a benign sign-up burst on one card.
        onboard = self.p.get("onboard_hours")
        onboard_at = self.ctx.timeline.start_us - int(rng.uniform(2, 60) * DAY) if onboard is not None else 0
        for i in range(n):
            corp = rng.random() < share
            a = self.person(rng, i, country=nat[0].country, address=rng.choice(nat))
            if onboard is not None:
                a.created = rfc3339(onboard_at + int(rng.uniform(0, float(onboard)) * HOUR))
            if corp:
                a.payment, a.org_id = shared_card, shared_org
            a.rate = float(rates[i])
            a.label = {"label": "benign", "population": "shared_nat"}
            self.accounts.append(a)

    def home_address(self, rng, acct):
        return acct.address

    def event(self, rng, acct, start, out):
        pool = prompts.coding_conversations() if rng.random() < 0.5 else prompts.chat_conversations()
        self.chat_session(rng, acct, start, out, rng.choice(pool), max_turns=4)


class Developers(_People):
    """Developers building on the API: coding, long contexts, function calling, CI runs from the cloud."""

    type_name = "developer"
    exchanges_per_event = 2.5
    client_mix = clients.DEVELOPER_CLIENTS
    curve = WORKDAY
    weekend_factor = 0.35
    rate_param, rate_default, sigma = "requests_per_day", 6.0, 1.3

    def build(self) -> None:
        super().build()
        rng = self.rng("ci")
        self._ci = {}
        for a in self.accounts:
            if rng.random() < self.p.get("ci_fraction", 0.2):
                self._ci[a.account_id] = network.pick_address(rng, "major_cloud")
        # logprobs_fraction: developers who read token log-probabilities on some requests (label
        # confidence, calibration, reranking); a stream of its own, so 0 leaves a scenario unchanged
        rng = self.rng("logprobs")
        share = self.p.get("logprobs_fraction", 0.0)
        self._logprobs = {a.account_id for a in self.accounts if share and rng.random() < share}

    def event(self, rng, acct, start, out):
        model = self.ctx.models.benign(rng, start)
        params = clients.developer_params(rng)
        if acct.account_id in self._logprobs and rng.random() < 0.3:
            params = {**params, "logprobs": True, "top_logprobs": 5}
        ci = self._ci.get(acct.account_id)
        addr = ci if (ci and rng.random() < 0.4) else self.home_address(rng, acct)
        if rng.random() < self.p.get("tools_fraction", 0.15):
            tools = rng.sample(prompts.APP_TOOLS, rng.randint(1, 3))
            user = rng.choice(prompts.chat_conversations())[0]["content"]
            call = tools[0]["function"]["name"]
            msgs = [{"role": "system", "content": "You are a support assistant for our store. Use tools when needed."},
                    {"role": "user", "content": user}]
            out.append(self.emit.line(rng, start, acct, msgs, model=model.name, params={**params, "tools": tools},
                                      response="", address=addr, rate_limited=0.005,
                                      extra={"tool_calls": [{"type": "function", "function": {"name": call, "arguments": "{}"}}]}))
            return
        if rng.random() < 0.5:
            self.chat_session(rng, acct, start, out, rng.choice(prompts.coding_conversations()), max_turns=8,
                              address=addr, system=rng.choice([None, "You are a helpful coding assistant."]))
            return
        task = rng.choice(prompts.hard_coding_prompts())
        msgs = []
        if rng.random() < 0.35:  # long context: paste related code / docs as a system message
            ctx_docs = "\n\n".join(rng.sample(prompts.hard_coding_prompts(), rng.randint(2, 6)))
            msgs.append({"role": "system", "content": "You are an expert programmer. Relevant context from the repository:\n\n" + ctx_docs})
        msgs.append({"role": "user", "content": task})
        out.append(self.emit.line(rng, start, acct, msgs, model=model.name, params=params,
                                  response=rng.choice(prompts.coding_answers()), address=addr, rate_limited=0.005))


class AgenticCoding(_People):
    """Coding agents (Cline / aider / OpenHands-like): tool loops with a growing transcript."""

    type_name = "agentic_coding"
    exchanges_per_event = 10.5
    client_mix = {"openai-js": 3, "openai-python": 3, "litellm": 2}
    curve = WORKDAY
    weekend_factor = 0.4
    rate_param, rate_default, sigma = "tasks_per_day", 3.0, 1.0

    def event(self, rng, acct, start, out):
        model = self.ctx.models.benign(rng, start)
        tools = prompts.AGENT_TOOLS[: rng.randint(4, len(prompts.AGENT_TOOLS))]
        params = {"temperature": rng.choice((0, 0.2)), "max_tokens": 8192, "tools": tools, "stream": rng.random() < 0.6}
        if rng.random() < 0.5:
            params["tool_choice"] = "auto"
        cid = _conv_id(rng)
        msgs = [{"role": "system", "content": rng.choice(prompts.AGENT_SYSTEM)},
                {"role": "user", "content": rng.choice(prompts.hard_coding_prompts())}]
        t = start
        steps = rng.randint(3, 18)
        for s in range(steps):
            last = s == steps - 1
            if last:
                resp, extra = rng.choice(prompts.coding_answers()), None
            else:
                tool = rng.choice(tools)["function"]["name"]
                args = {"read_file": {"path": rng.choice(["src/main.py", "app/models.py", "package.json", "tests/test_api.py", "README.md"])},
                        "run_shell": {"command": rng.choice(["pytest -q", "npm test", "git status", "ls -la", "python -m mypy ."])},
                        "search_code": {"pattern": rng.choice(["def parse", "TODO", "class .*Error", "import requests"])},
                        }.get(tool, {"path": "src/util.py"})
                call = {"id": "call_" + "%012x" % rng.getrandbits(48), "type": "function",
                        "function": {"name": tool, "arguments": orjson.dumps(args).decode()}}
                resp, extra = "", {"tool_calls": [call]}
            out.append(self.emit.line(rng, t, acct, list(msgs), model=model.name, params=params, response=resp,
                                      conversation_id=cid, rate_limited=0.004, extra=extra))
            if last:
                break
            msgs.append({"role": "assistant", "content": None, "tool_calls": extra["tool_calls"]})
            result = rng.choice(prompts.coding_answers())[:1500]
            msgs.append({"role": "tool", "tool_call_id": extra["tool_calls"][0]["id"], "content": result})
            if len(msgs) > 16:  # agents compact old tool results to stay inside the context window
                msgs = msgs[:2] + msgs[-12:]
            t += think_time(rng, 2, 40)


class EnterpriseBatch(Population):
    """One company account running a templated batch job round the clock from cloud servers."""

    type_name = "enterprise_batch"
    curve = FLAT

    def build(self) -> None:
        rng = self.rng("accounts")
        n = self.p.get("count", 1)
        total = self.p.get("requests", 120_000)
        for i in range(n):
            servers = [network.pick_address(rng, "major_cloud")]
            servers += [network.same_network_neighbour(rng, servers[0]) for _ in range(3)]
            a = new_account(rng, self.ctx.seed, self.id_key, i, {"label": "benign", "population": "enterprise_batch"},
                            address=servers[0], user_agent=clients.user_agent(rng, "openai-python"),
                            created_us=self.ctx.timeline.start_us - account_age_us(rng, 400), keys=2)
            a.rate = total / max(1e-9, (self.active_to - self.active_from) / DAY)
            a.servers = servers
            a.jobs = rng.sample(range(len(prompts.ENTERPRISE_TEMPLATES)), rng.randint(1, 2))
            a.logprobs = rng.random() < 0.5
            self.accounts.append(a)

    def event(self, rng, acct, start, out):
        tpl, kind = prompts.ENTERPRISE_TEMPLATES[rng.choice(acct.jobs)]
        doc = rng.choice(prompts.documents())
        params = {"temperature": 0, "max_tokens": 16 if kind in ("sentiment", "topic") else 400}
        if kind in ("sentiment", "topic") and acct.logprobs:  # classifiers read label confidence from logprobs
            params.update(logprobs=True, top_logprobs=5)
        if kind == "entities":
            params["response_format"] = {"type": "json_object"}
        if kind == "sentiment":
            resp = rng.choice(["positive", "negative", "neutral", "Positive", "Negative"])
        elif kind == "topic":
            resp = rng.choice(["billing", "technical", "account", "feedback", "other"])
        elif kind == "entities":
            words = [w.strip(".,!?") for w in doc.split() if w[:1].isupper()][:4]
            resp = orjson.dumps({"people": words[:1], "organizations": words[1:3], "locations": words[3:]}).decode()
        elif kind == "translate":
            resp = rng.choice(prompts.documents())  # stand-in text of similar length (no translation corpus)
        else:
            resp = doc.split(". ")[0][:200].rstrip(".") + "."
        msgs = [{"role": "user", "content": tpl.format(doc=doc)}]
        out.append(self.emit.line(rng, start, acct, msgs, model=self.ctx.models.base[-1].name, params=params,
                                  response=resp, address=rng.choice(acct.servers), rate_limited=0.02))


@functools.cache
def _gsm8k_shots() -> str:
    """Eight fixed worked examples prepended to every question (few-shot chain of thought)."""
    return "".join(f"Question: {s['question']}\nAnswer: {' '.join(text.gsm8k_steps(s['answer']))} "
                   f"The answer is {text.gsm8k_final(s['answer'])}.\n\n" for s in prompts.gsm8k()[-8:])


class EvalHarness(Population):
    """A research account running a public benchmark once (GSM8K 8-shot chain-of-thought, or Arena-hard).

    `shards: N`: each run is split over N API keys of one lab (to stay under per-key rate limits):
    one address, one client, one organisation, key j asking items j, j + N, ... A benign
    partitioned sweep (linkage.cohort), for the false-positive side of that evidence.

    `one_client: true`: every run uses one evaluation tool's client (labs of their own, one
    user agent), `spacing_hours` apart (default 24): a harvest fleet's false-positive side
    (linkage.cohort.harvest_fleets)."""

    type_name = "eval_harness"
    curve = FLAT

    def build(self) -> None:
        rng = self.rng("accounts")
        self.shards = max(1, int(self.p.get("shards", 1)))
        self.runs = []
        tool = clients.user_agent(self.rng("tool"), "httpx") if self.p.get("one_client") else None
        for i in range(self.p.get("count", 1)):
            addr = network.pick_address(rng, rng.choice(("university", "university", "major_cloud")))
            ua = clients.user_agent(rng, rng.choice(("openai-python", "httpx", "litellm")))
            ua = tool or ua  # (drawn either way: the same stream with or without one_client)
            created = self.ctx.timeline.start_us - account_age_us(rng, 300)
            run, org = [], None
            for j in range(self.shards):
                a = new_account(rng, self.ctx.seed, self.id_key, i * self.shards + j,
                                {"label": "benign", "population": "eval_harness"}, address=addr, user_agent=ua,
                                created_us=created + j * 60_000_000, org_id=org)
                org = a.org_id
                run.append(a)
                self.accounts.append(a)
            self.runs.append(run)
        self.benchmark = self.p.get("benchmark", "gsm8k")
        pool = prompts.gsm8k() if self.benchmark == "gsm8k" else prompts.hard_prompts()
        self.items = min(len(pool), int(self.p.get("items", len(pool))))
        # lm-evaluation-harness style 8-shot chain of thought, or a zero-shot "step by step" chat prompt
        # as in OpenAI simple-evals / inspect_evals.
        self.style = self.rng("style").choice(("fewshot", "zeroshot"))
        self.style = self.p.get("style", self.style)  # (drawn first either way: the same stream with or without it)
        self.start_us = self.active_from + int(self.p.get("start_hour", 10) * HOUR)
        self.duration_us = int(self.p.get("hours", 4) * HOUR)
        self.spacing_us = int(self.p.get("spacing_hours", 24) * HOUR)

    def prepare(self) -> None:
        pass

    def peak_per_hour(self) -> float:
        return self.items / max(self.duration_us / HOUR, 1e-9)

    def chunk(self, k, t0, t1):
        # A harness walks the item list in order with a few concurrent workers: item i lands at a
        # fixed point of the run, so we emit the items whose send time falls inside this chunk.
        out = []
        if self.items == 0:
            return out
        step = self.duration_us / self.items
        rng = self.rng("chunk", k)
        for run_i, run in enumerate(self.runs):
            base = self.start_us + run_i * self.spacing_us  # several runs on different days
            lo = max(0, int((t0 - base) // step) - 1)
            hi = min(self.items, int((t1 - base) // step) + 1)
            for i in range(lo, hi):
                # Jitter is a fixed function of the item, so each item lands in exactly one chunk.
                ts = base + int(i * step + ((i * 7919) % 1000) / 1000 * step * 0.5)
                if t0 <= ts < t1:
                    self._item(rng, run[i % len(run)], i, ts, out)
        return out

    def _item(self, rng, acct, i, ts, out):
        params = {"temperature": 0, "max_tokens": 512 if self.benchmark == "gsm8k" else 4096, "seed": 1234}
        if self.benchmark == "gsm8k":
            g = prompts.gsm8k()
            item = g[i]
            if self.style == "fewshot":
                content = _gsm8k_shots() + f"Question: {item['question']}\nAnswer:"
                resp = " ".join(text.gsm8k_steps(item["answer"])) + f" The answer is {text.gsm8k_final(item['answer'])}."
            else:
                content = ("Solve the following math problem step by step. The last line of your response should be of the form "
                           "\"ANSWER: $ANSWER\" (without quotes) where $ANSWER is the answer to the problem.\n\n"
                           f"{item['question']}\n\nRemember to put your answer on its own line after \"ANSWER:\", "
                           "and you do not need to use a \\boxed command.")
                resp = "\n".join(text.gsm8k_steps(item["answer"])) + f"\n\nANSWER: {text.gsm8k_final(item['answer'])}"
        else:
            content = prompts.hard_prompts()[i]["prompt"]
            resp = rng.choice(prompts.assistant_texts())
        model = self.ctx.models.base[0]
        out.append(self.emit.line(rng, ts, acct, [{"role": "user", "content": content}], model=model.name,
                                  params=params, response=resp, rate_limited=0.01))

    def labels(self):
        return {a.account_id: a.label for a in self.accounts}


# Content a studio makes for its own product, one hand-written prompt per job (each company its own
# wording; {q} an item of its bank, {domain}/{n} its product's). A company reuses its prompt for
# every item: templated, automated, and asking exactly what a harvest asks (worked reasoning,
# training-style data, grades): a scan must tell them from a harvest by something else.
STUDIO_JOBS = {
    "worked_solutions": [
        "Write a complete worked solution for this problem for our {domain} students. Explain the reasoning behind every step, point out the common mistake, and end with the final answer on its own line.\n\nProblem: {q}",
        "You are preparing the answer key of a {domain} practice book. Solve the question below step by step, justify each step in one sentence, then give 'Answer: <value>'.\n\n{q}",
        "Question {n} of our {domain} bank:\n{q}\n\nProduce: (1) a short hint, (2) a detailed step-by-step solution with the thinking behind each step, (3) an alternative method if there is one, (4) the final answer.",
        "Explain how to solve this as a teacher would in class, showing all working and why each step is done. Audience: {domain} learners.\n{q}",
    ],
    "synthetic_data": [
        "Generate {n} realistic and varied messages a customer of a {domain} company might send, each with an intent label. Return a JSON list of objects with keys \"text\" and \"intent\".",
        "For our {domain} assistant we need example conversations. Based on this task: \"{q}\", write {n} diverse user requests and an ideal assistant reply for each, as JSON lines with fields prompt and response.",
        "Create {n} question-answer pairs in the style of the instruction below for a {domain} FAQ bot. Vary tone and difficulty. Output JSON.\nInstruction: {q}",
        "Write {n} paraphrases of the following user request as a {domain} customer would phrase it, one per line, different wording each time: {q}",
    ],
    "grading": [
        "Grade the response below against our {domain} rubric (accuracy 0-4, completeness 0-3, clarity 0-3). Give a short justification for each criterion and return JSON with the scores and a total.\n\nResponse:\n{q}",
        "You are a strict {domain} reviewer. Score this answer from 1 to 10 and explain what is missing or wrong, step by step. Then output 'SCORE: <n>'.\n\n{q}",
        "Compare the text below with what an expert in {domain} would write. List its errors, rate it 1-5 for quality, and explain the rating.\n\n{q}",
    ],
    "quiz_items": [
        "Turn this into a multiple-choice question for a {domain} quiz: four options, the correct one marked, and an explanation of why each wrong option is wrong.\n\n{q}",
        "From the problem below write {n} similar practice problems of increasing difficulty for {domain} learners, each with a worked solution.\n\n{q}",
    ],
}
STUDIO_DOMAINS = ["exam preparation", "middle-school math", "engineering entrance", "accounting certification",
                  "insurance support", "banking", "e-commerce returns", "telecom billing", "travel booking",
                  "HR onboarding", "healthcare appointments", "language learning", "competitive programming"]
STUDIO_SYSTEM = [
    "You are the content engine of {name}, an education company. Write accurate, clear material for students.",
    "You produce training material for {name}'s customer-support assistant. Be realistic and varied.",
    "You are a meticulous subject-matter expert working for {name}. Follow the requested format exactly.",
    None,
]


class ContentStudio(Population):
    """Companies generating content for their own product over the API: worked solutions for a
    question bank, synthetic examples for their support bot, grades against a rubric, quiz items.

    Each company is one customer, open about it: a few seats in one organisation on one card, an
    office or cloud address, one client, its own system prompt and one prompt per job, walked item
    by item through its bank round the clock, often on the reasoning model. `count`: companies;
    `seats: [lo, hi]`: accounts per company; `requests_per_day`: a company's, split among its seats.
    Independently written logs all have such customers (exam-prep and coaching content teams,
    synthetic-data startups, rubric graders, game-dialogue studios) and label them benign; what
    they ask is what a harvest asks (benchmarks/scenarios/content_studios.yaml: the hard negatives;
    the default reference does not hold them, BENCHMARKS.md, coordination, session 28)."""

    type_name = "content_studio"
    curve = FLAT
    exchanges_per_event = 1.0

    def build(self) -> None:
        rng = self.rng("accounts")
        kinds = list(self.p.get("jobs", STUDIO_JOBS))
        for c in range(self.p.get("count", 8)):
            name = "studio-" + short_hash(self.ctx.seed, self.id_key, c, "name", n=6)
            job = kinds[c % len(kinds)]
            templates = rng.sample(STUDIO_JOBS[job], min(2, len(STUDIO_JOBS[job])))
            system = rng.choice(STUDIO_SYSTEM)
            domain = rng.choice(STUDIO_DOMAINS)
            office = network.pick_address(rng, rng.choice(("corporate", "major_cloud", "major_cloud")))
            ua = clients.user_agent(rng, clients.pick_client(rng, clients.BATCH_CLIENTS))
            card = "pm_" + short_hash(self.ctx.seed, self.id_key, c, "studio-card", n=16)
            org = "org-" + short_hash(self.ctx.seed, self.id_key, c, "studio-org", n=10)
            created = self.ctx.timeline.start_us - account_age_us(rng, 150)
            effort = rng.choice((None, "medium", "high", "high"))
            reasoning_share = rng.choice((0.0, 0.5, 0.9))
            seats = rng.randint(*self.p.get("seats", (1, 6)))
            per_seat = self.p.get("requests_per_day", 300) * rng.uniform(0.3, 1.5) / seats
            for j in range(seats):
                a = new_account(rng, self.ctx.seed, self.id_key, c * 100 + j,
                                {"label": "benign", "population": self.type_name}, address=office, user_agent=ua,
                                created_us=created + j * int(rng.uniform(0.1, 30) * DAY), payment=card, org_id=org,
                                keys=rng.choice((1, 2)))
                a.rate = per_seat
                a.studio = {"job": job, "templates": templates, "domain": domain, "effort": effort,
                            "reasoning_share": reasoning_share, "next": rng.randrange(10_000),
                            "system": system.format(name=name) if system else None, "n": rng.choice((5, 10, 20))}
                self.accounts.append(a)

    def _item(self, rng, job: str, i: int) -> str:
        if job in ("worked_solutions", "quiz_items"):
            bank = prompts.gsm8k()
            return bank[i % len(bank)]["question"] if i % 5 else rng.choice(prompts.math_prompts())
        if job == "synthetic_data":
            pool = prompts.seed_instructions()
            return pool[i % len(pool)]
        return rng.choice(prompts.assistant_texts())[:1500]

    def event(self, rng, acct, start, out):
        s = acct.studio
        # the bank is walked in order, one item per request (from the clock: chunks run apart)
        item = self._item(rng, s["job"], s["next"] + int((start - self.active_from) * acct.rate / DAY))
        content = rng.choice(s["templates"]).format(q=item, domain=s["domain"], n=s["n"])
        msgs = ([{"role": "system", "content": s["system"]}] if s["system"] else []) + [{"role": "user", "content": content}]
        params = {"temperature": rng.choice((0.2, 0.7, 0.7, 1.0)), "max_tokens": rng.choice((1500, 2048, 4096))}
        model = self.ctx.models.base[0]
        if rng.random() < s["reasoning_share"]:
            model = self.ctx.models.reasoning()
            if s["effort"]:
                params["reasoning_effort"] = s["effort"]
        if s["job"] in ("synthetic_data", "grading") and rng.random() < 0.6:
            params["response_format"] = {"type": "json_object"}
        resp = rng.choice(prompts.assistant_texts())
        out.append(self.emit.line(rng, start, acct, msgs, model=model.name, params=params, response=resp, rate_limited=0.01))


class Reseller(Population):
    """An API reseller / router fronting many end users (end_user set); campaigns may hide inside."""

    type_name = "reseller"
    curve = 0.5 + 0.5 * DIURNAL  # end users in many time zones flatten the daily curve

    def build(self) -> None:
        rng = self.rng("accounts")
        n = self.p.get("count", 1)
        for i in range(n):
            servers = [network.pick_address(rng, rng.choice(("major_cloud", "datacenter"))) for _ in range(3)]
            a = new_account(rng, self.ctx.seed, self.id_key, i, {"label": "benign", "population": "reseller"},
                            address=servers[0], user_agent=clients.user_agent(rng, rng.choice(("litellm", "openai-python", "openai-js"))),
                            created_us=self.ctx.timeline.start_us - account_age_us(rng, 250), keys=3)
            a.servers = servers
            a.rate = self.p.get("requests_per_day", 20_000) / n
            a.tz = 0
            self.accounts.append(a)
        n_users = int(self.p.get("end_users", 2000))
        weights = np.random.default_rng(0).pareto(1.2, n_users) + 1  # a few heavy end users
        self._users = ["u_" + short_hash(self.ctx.seed, self.id_key, "eu", j, n=12) for j in range(n_users)]
        self._user_w = (weights / weights.sum()).cumsum().tolist()

    def event(self, rng, acct, start, out):
        import bisect

        user = self._users[min(len(self._users) - 1, bisect.bisect_left(self._user_w, rng.random()))]
        model = self.ctx.models.benign(rng, start)
        addr = rng.choice(acct.servers)
        r = rng.random()
        if r < 0.6:  # forwarded chat turn (routers forward the whole history)
            conv = rng.choice(prompts.arena_conversations())
            j = rng.randrange(len(conv) // 2)
            msgs = conv[: 2 * j + 1]
            out.append(self.emit.line(rng, start, acct, msgs, model=model.name, params=clients.chat_params(rng, "openai-python"),
                                      response=conv[2 * j + 1]["content"], end_user=user, address=addr, rate_limited=0.01))
        elif r < 0.85:
            out.append(self.emit.line(rng, start, acct, [{"role": "user", "content": rng.choice(prompts.hard_coding_prompts())}],
                                      model=model.name, params=clients.developer_params(rng),
                                      response=rng.choice(prompts.coding_answers()), end_user=user, address=addr, rate_limited=0.01))
        else:
            t = rng.choice(prompts.user_instructions())
            inst = rng.choice(t["instances"])
            content = t["instruction"] + (("\n\n" + inst["input"]) if inst.get("input") else "")
            out.append(self.emit.line(rng, start, acct, [{"role": "user", "content": content}], model=model.name,
                                      params=clients.chat_params(rng, "openai-python"), response=inst.get("output") or "OK.",
                                      end_user=user, address=addr, rate_limited=0.01))

    def host(self, rng: random.Random) -> Account:
        return self.accounts[0] if len(self.accounts) == 1 else rng.choice(self.accounts)


BENIGN_TYPES = {c.type_name: c for c in (CasualChat, Developers, Students, ByokApp, VpnUsers, SharedNat, AgenticCoding,
                                          EnterpriseBatch, EvalHarness, Reseller, ContentStudio)}
