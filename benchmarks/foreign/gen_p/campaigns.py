"""Distillation campaigns.  Seven follow the public record (DESIGN.md); eleven are this
generator's own inventions (labelled held_out) by an adversary who knows that detectors look
at wording, shared infrastructure, sign-up bursts and benchmark sweeps."""

from fractions import Fraction

import lang as L
import textgen as tg
from benign import AGENT_SYS, BRANDS, COMPANIES, CHEAP_W, NON_EN_MIX, PERSON_MIX, aged_created, arena_turns, chat_turns, make_doc, person
from common import (TOOLS, agent_loop, choose_model, conversation, exchange, lognorm_int, mk_params, reasoning_for, run_batch)
from world import (DAY, R3_RELEASE, T0, T_END, TZ, UA_AGENT, UA_BATCH, UA_BROWSER, local_time, pick_w, sdk_ua)

# ---------------------------------------------------------------- private (non-public) problem generator
_FNS = [("kth_smallest_stream", "returns the k-th smallest value seen so far in a stream of integers using O(k) memory"),
        ("merge_intervals", "merges overlapping half-open intervals and returns them sorted"),
        ("lru_cache", "implements an LRU cache with O(1) get and put"),
        ("balanced_brackets", "checks whether a string of (), [] and {} is balanced"),
        ("top_k_words", "returns the k most frequent words in a text, ties broken alphabetically"),
        ("rate_limiter", "implements a sliding-window rate limiter allowing n calls per t seconds"),
        ("shortest_path_grid", "finds the shortest path in a grid with obstacles using BFS"),
        ("parse_duration", "parses strings like '1h30m15s' into seconds, rejecting malformed input")]


def private_item(rng):
    """(question, steps, final) for a fresh, non-public problem."""
    k = rng.randrange(8)
    nm, nm2 = rng.sample(L.NAMES["en"], 2)
    if k == 0:
        r, t, c, b = rng.randint(2, 9), rng.randint(5, 40), rng.randint(0, 200), rng.randint(1, 12)
        a, d = b + r, c + r * t
        q = "A tank holds %d litres. Water flows in at %d L/min and drains at %d L/min. After how many minutes will it hold %d litres?" % (c, a, b, d)
        return q, ["Net inflow per minute: %d - %d = %d L/min." % (a, b, r), "Water still needed: %d - %d = %d L." % (d, c, d - c),
                   "Time: %d / %d = %d minutes." % (d - c, r, t)], "%d" % t
    if k == 1:
        p, s = rng.choice([10, 20, 25, 30, 40, 50]), rng.choice([10, 20, 30, 50])
        tot = 100 - (100 - p) * (100 - s) / 100
        q = "A shop gives %d%% off, then takes an extra %d%% off the reduced price at the till. What is the total discount as a percentage of the original price?" % (p, s)
        return q, ["After the first discount the price is %d%% of the original." % (100 - p),
                   "The second discount leaves %d%% of that: %d%% x %d%% = %s%%." % (100 - s, 100 - p, 100 - s, ("%g" % (100 - tot))),
                   "Total discount: 100%% - %s%% = %s%%." % ("%g" % (100 - tot), "%g" % tot)], "%g%%" % tot
    if k == 2:
        a, b = rng.choice([(3, 6), (4, 12), (6, 12), (10, 15), (12, 24), (20, 30), (5, 20), (6, 3), (8, 24), (9, 18)])
        tog = Fraction(a * b, a + b)
        q = "%s can finish a job alone in %d hours and %s can finish it alone in %d hours. How long does it take them working together?" % (nm, a, nm2, b)
        return q, ["Rates: 1/%d and 1/%d of the job per hour." % (a, b), "Combined rate: 1/%d + 1/%d = %s per hour." % (a, b, Fraction(a + b, a * b)),
                   "Time together: 1 / (%s) = %s hours." % (Fraction(a + b, a * b), tog)], "%s hours" % tog
    if k == 3:
        a, b = rng.sample([3, 4, 5, 6, 7, 9, 11], 2)
        n = rng.choice([50, 100, 200, 500, 1000])
        s = sum(x for x in range(n) if x % a == 0 or x % b == 0)
        q = "What is the sum of all positive integers below %d that are multiples of %d or %d?" % (n, a, b)
        return q, ["Sum the multiples of %d below %d." % (a, n), "Sum the multiples of %d below %d." % (b, n),
                   "Subtract the multiples of both (counted twice), then add up."], "%d" % s
    if k == 4:
        while True:
            kk, m, y = rng.randint(3, 7), rng.randint(2, 4), rng.randint(2, 15)
            if kk > m and (y * (m - 1)) % (kk - m) == 0:
                break
        x = y * (m - 1) // (kk - m)
        q = "%s is %d times as old as %s. In %d years, %s will be %d times as old as %s. How old is %s now?" % (nm, kk, nm2, y, nm, m, nm2, nm2)
        return q, ["Let %s's age be x, so %s is %dx." % (nm2, nm, kk), "In %d years: %dx + %d = %d(x + %d)." % (y, kk, y, m, y),
                   "So %dx = %d, x = %d." % (kk - m, y * (m - 1), x)], "%d" % x
    if k == 5:
        r, b = rng.randint(2, 9), rng.randint(2, 9)
        p = Fraction(r * (r - 1), (r + b) * (r + b - 1))
        q = "A bag has %d red and %d blue marbles. Two are drawn without replacement. What is the probability that both are red?" % (r, b)
        return q, ["First draw red: %d/%d." % (r, r + b), "Second draw red: %d/%d." % (r - 1, r + b - 1),
                   "Multiply: %s." % p], "%s" % p
    if k == 6:
        fn, does = rng.choice(_FNS)
        lang = rng.choice(["Python", "TypeScript", "Go", "Rust", "Java"])
        q = "Write a %s function `%s` that %s. Explain the algorithm and its time complexity." % (lang, fn, does)
        return q, ["Choose a data structure that supports the required operations.", "Handle the edge cases first.",
                   "Analyse each operation's cost."], "see code"
    nums = sorted(rng.sample(range(2, 60), 5))
    q = "The numbers %s are written on cards. Two cards are picked at random. What is the probability their sum is even?" % ", ".join(map(str, nums))
    ev = sum(1 for i in range(5) for j in range(i + 1, 5) if (nums[i] + nums[j]) % 2 == 0)
    return q, ["There are 10 pairs of cards.", "A sum is even when both numbers are even or both odd: %d pairs." % ev,
               "Probability: %d/10 = %s." % (ev, Fraction(ev, 10))], "%s" % Fraction(ev, 10)


def private_answer(q, steps, final, rng, style="full"):
    if final == "see code":
        return tg.code_answer(q, rng)
    return tg.steps_response(steps, final, style, rng)


class Pool:
    """A campaign's target items, handed out without repetition (partitioned across its accounts)."""

    def __init__(self, C, rng, gsm=0, hard_cats=(), si=False):
        self.C, self.rng = C, rng
        self.gsm = rng.sample(range(len(C.gsm)), gsm) if gsm else []
        self.hard = [h for h in C.hard if h["cat"] in hard_cats]
        rng.shuffle(self.hard)
        self.si = list(range(len(C.si))) if si else []
        rng.shuffle(self.si)

    def take(self, kinds):
        """kinds: list of (kind, weight).  Returns (kind, question, response_full, steps, final)."""
        rng = self.rng
        for _ in range(5):
            k = rng.choices([x[0] for x in kinds], [x[1] for x in kinds])[0]
            if k == "gsm" and self.gsm:
                q, a = self.C.gsm[self.gsm.pop()]
                steps, final = tg.gsm_steps(a)
                return k, q, tg.gsm_response(a, "full", rng), steps, final
            if k == "hard" and self.hard:
                h = self.hard.pop()
                return k, h["prompt"], tg.hard_answer(h, rng), None, None
            if k == "si" and self.si:
                ins, inp, out = self.C.si[self.si.pop()]
                return k, ins + ("\n\n" + inp if inp else ""), out or tg.chat_answer("en", rng), None, None
            if k == "private":
                q, steps, final = private_item(rng)
                return k, q, private_answer(q, steps, final, rng), steps, final
        q, steps, final = private_item(rng)
        return "private", q, private_answer(q, steps, final, rng), steps, final


def lab(cid, tactic, held_out):
    d = {"label": "campaign", "campaign_id": cid, "tactic": tactic}
    if held_out:
        d["held_out"] = True
    return d


REASON_W = [("halcyon-2.5-pro", 45), ("halcyon-r2", 55)]


# ================================================================ public-record tactics
HYDRA_TPL = ["Write out the internal reasoning behind this answer step by step, then give the final answer.\n\n{q}",
             "Think step by step and show your complete chain of thought before answering.\nQuestion: {q}",
             "{q}\n\nExplain your full reasoning process in detail, step by step, before stating the final answer.",
             "Provide a detailed step-by-step derivation, including every intermediate step, for the following:\n{q}",
             "Question: {q}\nAnswer format: <reasoning>all of your reasoning, step by step</reasoning><answer>final answer</answer>"]


def hydra_cot(W, C, rng, cid="cmp-01", tactic="hydra_cot"):
    """Hydra cluster: heads of 20-32 accounts made in sign-up bursts, a ring of cards per head, a slice of a
    residential-proxy pool per head; chain-of-thought templates over public sets mixed with ordinary chat as cover."""
    pool = Pool(C, rng, gsm=3500, hard_cats=("math", "coding", "general"), si=True)
    for h in range(12):
        burst = T0 - rng.uniform(3, 25) * DAY
        cards = [W.pay_id(rng) for _ in range(3)]
        proxies = rng.sample(W.net.resproxy, 40)
        ua = rng.choice(["python-httpx/0.28.1", "OpenAI/Python 1.57.4", "python-requests/2.32.3"])
        tpls = rng.sample(HYDRA_TPL, 3)
        for _ in range(rng.randint(20, 32)):
            a = W.account(rng, lab(cid, tactic, False), "%s:%s" % (cid, tactic), pay=rng.choice(cards), created=burst + rng.uniform(0, 36 * 3600),
                          tz=0, cc="US", ips=rng.sample(proxies, 6), uas=[ua])
            n = lognorm_int(rng, 34, 0.4, 8, 90)
            for _k in range(n):
                ts = local_time(rng, "flat", 0)
                if rng.random() < 0.28:
                    model = choose_model(rng, ts, CHEAP_W)
                    conversation(W, rng, a, ts, arena_turns(C, rng, 3), model, {"temperature": 0.7})
                    continue
                kind, q, resp, steps, final = pool.take([("gsm", 50), ("hard", 30), ("si", 20)])
                model = choose_model(rng, ts, REASON_W, 0.55, 12)
                params = mk_params(rng, model, {"temperature": 0.3, "max_tokens": 2048}, "high")
                exchange(W, rng, a, ts, p_err=0.04, messages=[{"role": "user", "content": rng.choice(tpls).format(q=q)}], response=resp,
                         model=model, params=params, reasoning=reasoning_for(model, params, rng, q, steps, final))


def multilingual_trace(W, C, rng, cid="cmp-02", tactic="multilingual_trace_coercion"):
    """Reasoning-trace coercion, mostly not in English, over mobile networks that many ordinary users share."""
    pool = Pool(C, rng, gsm=1500, hard_cats=("math", "coding"))
    cards = [W.pay_id(rng) for _ in range(20)]
    langs = [("id", "ID"), ("vi", "VN"), ("th", "TH"), ("bn", "BD"), ("sw", "KE"), ("tl", "PH"), ("es", "MX")]
    for _ in range(140):
        lg, cc = rng.choice(langs)
        tz = TZ[cc][0]
        ips = [W.net.mobile(cc, rng) for _ in range(3)] + [W.net.resi(cc, rng)]
        a = W.account(rng, lab(cid, tactic, False), "%s:%s" % (cid, tactic), pay=rng.choice(cards), created=T0 - rng.uniform(5, 60) * DAY,
                      tz=tz, lang=lg, cc=cc, ips=ips, uas=[sdk_ua(rng)])
        for _k in range(lognorm_int(rng, 50, 0.45, 10, 140)):
            ts = local_time(rng, "consumer", tz)
            r = rng.random()
            coerce = rng.choice(L.COT_COERCE[lg])
            if r < 0.5:
                q, steps, final = tg.math_item(lg, rng)
                u, resp = "%s\n\n%s" % (coerce, q), tg.math_response(steps, final, "numbered", rng)
            else:
                kind, q, resp, steps, final = pool.take([("gsm", 65), ("hard", 35)])
                u = "%s\n\n%s\n\n%s" % (coerce, q, L.ANSWER_IN[lg])
            model = choose_model(rng, ts, [("halcyon-r2", 75), ("halcyon-2.5-pro", 25)], 0.6, 20)
            params = mk_params(rng, model, {"max_tokens": 4096}, "high")
            exchange(W, rng, a, ts, p_err=0.03, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                     reasoning=reasoning_for(model, params, rng, q, steps, final, lg))


GRADER = ("You are a strict expert grader. Rate the candidate response to the question on a 1-10 scale for each criterion: correctness, "
          "reasoning quality, helpfulness, harmlessness. Justify each score in one or two sentences, then output a JSON object "
          "{\"correctness\": n, \"reasoning\": n, \"helpfulness\": n, \"harmlessness\": n, \"overall\": n}.")


def rubric_reward(W, C, rng, cid="cmp-03", tactic="rubric_reward_model"):
    """The model as a reward model: many candidate answers per question graded on a rubric; three shell organisations."""
    pool = Pool(C, rng, gsm=600, hard_cats=("math", "coding", "general", "creative_writing"), si=True)
    for o in range(3):
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block(rng.choice(["hetzner", "ovh"]), 4, rng)
        ua = rng.choice(["python-httpx/0.28.1", "OpenAI/Python 1.59.7"])
        acs = [W.account(rng, lab(cid, tactic, False), "%s:%s" % (cid, tactic), org=org, pay=pay, created=T0 - rng.uniform(10, 50) * DAY,
                         tz=0, cc="DE", ips=ips, uas=[ua, UA_BATCH[0]]) for _ in range(15)]
        for a in acs:
            for _q in range(lognorm_int(rng, 14, 0.4, 4, 40)):
                kind, q, resp, steps, final = pool.take([("gsm", 40), ("hard", 40), ("si", 20)])
                ts = local_time(rng, "flat", 0)
                cands = [resp] + [c[0][1] for c in rng.sample(C.convs, rng.randint(2, 6))]
                items = []
                for ci, cand in enumerate(cands):
                    sc = [rng.randint(2, 10) for _ in range(4)]
                    items.append({"messages": [{"role": "system", "content": GRADER},
                                               {"role": "user", "content": "Question:\n%s\n\nCandidate response:\n%s" % (q, cand[:1500])}],
                                  "response": "Correctness: %s\nReasoning: %s\nHelpfulness: adequate.\nHarmlessness: no issues.\n\n{\"correctness\": %d, \"reasoning\": %d, \"helpfulness\": %d, \"harmlessness\": %d, \"overall\": %d}"
                                  % (rng.choice(["The final result matches the expected value.", "The answer contains an arithmetic slip in the middle step.", "Partially correct; misses one case."]),
                                     rng.choice(["Steps are justified.", "Skips a justification.", "Clear and complete."]), sc[0], sc[1], sc[2], 10, sum(sc) // 4),
                                  "model": "halcyon-2.5-pro", "params": {"temperature": 0, "response_format": {"type": "json_object"}}})
                if rng.random() < 0.4:
                    run_batch(W, rng, a, ts, items, ua=UA_BATCH[0], per_item=(0.2, 1.0))
                else:
                    for it in items:
                        ts = exchange(W, rng, a, ts, p_err=0.02, messages=it["messages"], response=it["response"], model=it["model"],
                                      params=it["params"]) + rng.uniform(0.5, 4)


AGENT_EXTRA = " Before every tool call, write out your complete reasoning and plan in full detail."


def agentic_narrow(W, C, rng, cid="cmp-04", tactic="agentic_coding_narrow"):
    """Narrow capability targeting: long coding-agent trajectories only, stock agent clients, around the clock."""
    cards = [W.pay_id(rng) for _ in range(10)]
    for _ in range(60):
        ua = pick_w(rng, UA_AGENT)
        a = W.account(rng, lab(cid, tactic, False), "%s:%s" % (cid, tactic), pay=rng.choice(cards), created=T0 - rng.uniform(4, 45) * DAY,
                      tz=0, cc="US", ips=[W.net.cloud(rng.choice(["do", "hetzner", "aws"]), rng)], uas=[ua])
        for _t in range(lognorm_int(rng, 9, 0.35, 3, 25)):
            ts = local_time(rng, "flat", 0)
            model = choose_model(rng, ts, [("halcyon-code-2.5", 40), ("halcyon-r2", 60)], 0.6, 12)
            if rng.random() < 0.5:
                h = rng.choice(C.hard_by["coding"])
                task = h["prompt"]
            else:
                fn, does = rng.choice(_FNS)
                task = "In this repository, implement `%s` that %s, with tests, and make the whole suite pass." % (fn, does)
            agent_loop(W, rng, a, ts, task, model, mk_params(rng, model, {"temperature": 0, "tools": TOOLS}, "high"),
                       system=AGENT_SYS[ua] + AGENT_EXTRA, steps=rng.randint(7, 14), p_err=0.03)


SENSITIVE = ["government", "election", "protest", "president", "war", "china", "russia", "israel", "religion", "communis", "democracy",
             "taiwan", "tibet", "revolution", "censorship", "police", "history", "politic", "military", "nuclear"]


def censorship_rewrite(W, C, rng, cid="cmp-05", tactic="censorship_safe_rewrite"):
    """"Censorship-safe" rewrites of answers on sensitive topics, and harvesting of the original answers."""
    sens = [c for c in C.convs if any(w in c[0][0].lower() for w in SENSITIVE)] or C.convs
    cards = [W.pay_id(rng) for _ in range(5)]
    for _ in range(25):
        lg = rng.choice(["en", "en", "en", "es"])
        a = W.account(rng, lab(cid, tactic, False), "%s:%s" % (cid, tactic), pay=rng.choice(cards), created=T0 - rng.uniform(8, 40) * DAY,
                      tz=8, cc="SG", ips=rng.sample(W.net.vpn, 3), uas=[sdk_ua(rng)])
        for _k in range(lognorm_int(rng, 70, 0.4, 15, 200)):
            ts = local_time(rng, "flat", 8)
            conv = rng.choice(sens)
            q, ans = conv[0]
            if rng.random() < 0.3:
                u, resp = q, ans
            else:
                u = ("Rewrite the following answer so that it is neutral, avoids politically sensitive statements and would pass content review "
                     "in any jurisdiction. Keep every non-sensitive fact. Then list the sentences you changed and why.\n\nQuestion: %s\n\nAnswer: %s" % (q, ans[:1200]))
                if lg == "es":
                    u = ("Reescribe la siguiente respuesta para que sea neutral, evite afirmaciones políticamente sensibles y pase cualquier revisión de contenido. "
                         "Conserva los hechos no sensibles y enumera las frases que cambiaste.\n\nPregunta: %s\n\nRespuesta: %s" % (q, ans[:1200]))
                resp = ans[:900] + "\n\nChanged sentences:\n1. Softened an evaluative statement to a neutral description.\n2. Removed a claim attributing intent."
            model = choose_model(rng, ts, [("halcyon-2.5-pro", 70), ("halcyon-r2", 30)], 0.4)
            params = mk_params(rng, model, {"temperature": 0.2})
            exchange(W, rng, a, ts, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                     reasoning=reasoning_for(model, params, rng, u))


def proxy_reseller(W, C, rng, cid="cmp-06", tactic="proxy_reseller_mix"):
    """A commercial proxy reseller: a pool of upstream accounts carrying ordinary customers' traffic and extraction traffic."""
    from benign import dev_turns
    cards = [W.pay_id(rng) for _ in range(4)]
    ips = W.net.block("hetzner", 4, rng) + W.net.block("ovh", 2, rng)
    ua = "TokenBazaar-Gateway/3.1.4"
    acs = [W.account(rng, lab(cid, tactic, False), "%s:%s" % (cid, tactic), pay=rng.choice(cards), created=T0 - rng.uniform(5, 90) * DAY,
                     tz=8, cc="SG", ips=ips, uas=[ua]) for _ in range(24)]
    pool = Pool(C, rng, gsm=1200, hard_cats=("math", "coding"))
    for _u in range(700):
        lg, cc, tz = person(rng)
        eu = "tb-%08x" % rng.getrandbits(32)
        for _s in range(lognorm_int(rng, 3, 0.9, 1, 30)):
            ts = local_time(rng, "developer", tz)
            turns = dev_turns(C, rng)[0] if rng.random() < 0.6 else (chat_turns(rng, lg) if lg != "en" else arena_turns(C, rng))
            model = choose_model(rng, ts, [("halcyon-2.5-flash", 50), ("halcyon-2.5-pro", 50)])
            conversation(W, rng, rng.choice(acs), ts, turns, model, {"temperature": 0.7, "user": eu}, end_user=eu, lang=lg)
    for _u in range(160):
        eu = "tb-%08x" % rng.getrandbits(32)
        W.label_end_user(eu, [x.id for x in acs], cid, tactic, False)
        used = set()
        for _k in range(lognorm_int(rng, 14, 0.5, 3, 60)):
            ts = local_time(rng, "flat", 8)
            kind, q, resp, steps, final = pool.take([("gsm", 60), ("hard", 40)])
            u = rng.choice(HYDRA_TPL).format(q=q)
            model = choose_model(rng, ts, REASON_W, 0.5)
            params = mk_params(rng, model, {"user": eu, "max_tokens": 2048}, "high")
            a = rng.choice(acs)
            used.add(a.id)
            exchange(W, rng, a, ts, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                     reasoning=reasoning_for(model, params, rng, q, steps, final), end_user=eu)
        W.end_users[eu]["account_ids"] = sorted(used)


def launch_pivot(W, C, rng, cid="cmp-07", tactic="launch_day_pivot"):
    """Accounts made just before the release; within a day most traffic moves to the new reasoning model."""
    pool = Pool(C, rng, gsm=1500, hard_cats=("math", "coding", "general"))
    cards = [W.pay_id(rng) for _ in range(6)]
    ua = "Python/3.11 aiohttp/3.9.5"
    for _ in range(90):
        created = T0 - DAY + rng.uniform(0, 36 * 3600)
        a = W.account(rng, lab(cid, tactic, False), "%s:%s" % (cid, tactic), pay=rng.choice(cards), created=created, tz=8, cc="SG",
                      ips=[W.net.cloud("aws", rng), W.net.cloud("aws", rng)], uas=[ua])
        for _k in range(rng.randint(3, 7)):
            ts = max(created + 600, T0) + rng.uniform(0, R3_RELEASE - max(created + 600, T0))
            kind, q, resp, steps, final = pool.take([("hard", 60), ("gsm", 40)])
            params = mk_params(rng, "halcyon-r2", {"max_tokens": 4096}, "medium")
            exchange(W, rng, a, ts, messages=[{"role": "user", "content": q}], response=resp, model="halcyon-r2", params=params,
                     reasoning=reasoning_for("halcyon-r2", params, rng, q, steps, final))
        for _k in range(lognorm_int(rng, 55, 0.35, 15, 140)):
            ts = R3_RELEASE + rng.uniform(0.3, 60) * 3600 if rng.random() < 0.85 else R3_RELEASE + rng.uniform(60, 80) * 3600
            kind, q, resp, steps, final = pool.take([("hard", 55), ("gsm", 30), ("private", 15)])
            model = "halcyon-r3" if rng.random() < 0.9 else "halcyon-r2"
            params = mk_params(rng, model, {"max_tokens": 8192}, "high")
            u = q + rng.choice(["\n\nShow your complete reasoning.", "\n\nShow all reasoning before the answer.", ""])
            exchange(W, rng, a, ts, p_err=0.06, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                     reasoning=reasoning_for(model, params, rng, q, steps, final))


# ================================================================ invented tactics (held out)
FAQ_TPL = ["You write the help-centre reply for a shopper's question.\nShopper question: {q}\nWrite the agent's reply. Walk the shopper through it in numbered points they can follow, and end with the result.",
           "Customer asked the following on our product page:\n\"{q}\"\nDraft the answer for our FAQ, showing how the figure is worked out so support agents can reuse it.",
           "Knowledge-base article request. Title: {q}\nBody: explain the method in short numbered paragraphs, then state the conclusion."]


def batch_smuggle(W, C, rng, cid="cmp-08", tactic="batch_smuggle"):
    """A legitimate-looking retail-analytics tenant whose nightly catalogue batches carry extraction lines dressed as help-centre FAQ work."""
    org, pay = W.org_id(rng), W.pay_id(rng)
    ips = W.net.block("SG", 3, rng) + W.net.block("aws", 2, rng)
    acs = [W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), org=org, pay=pay, created=T0 - rng.uniform(120, 400) * DAY,
                     tz=8, cc="SG", ips=ips, uas=[UA_BATCH[0], sdk_ua(rng)], nkeys=2) for _ in range(8)]
    pool = Pool(C, rng, gsm=2600, hard_cats=("math", "general"))
    for d in range(7):
        for _b in range(rng.randint(1, 2)):
            a = rng.choice(acs)
            submit = local_time(rng, "night_batch", 8, lo=T0 + d * DAY - 8 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
            reasoning_batch = submit > R3_RELEASE and rng.random() < 0.6
            model = "halcyon-r3" if reasoning_batch else "halcyon-2.5-pro"
            items = []
            for i in range(rng.randint(380, 620)):
                if rng.random() < 0.55:
                    idx = tg.catalogue_idx(rng)
                    tgt = rng.choice(["id", "th", "vi", "tl"])
                    msgs = [{"role": "user", "content": "Translate the following product description into %s. Output only the translation.\n\n%s" % (L.NAME_EN[tgt], tg.catalogue_text("en", idx))}]
                    resp, st, fi, q = tg.catalogue_text(tgt, idx), None, None, None
                else:
                    kind, q, resp, st, fi = pool.take([("gsm", 70), ("hard", 30)])
                    msgs = [{"role": "user", "content": rng.choice(FAQ_TPL).format(q=q)}]
                params = mk_params(rng, model, {"temperature": 0.2, "max_tokens": 1500}, "high")
                items.append({"messages": msgs, "response": resp, "model": model, "params": params, "cid": "cat-%07d" % rng.randint(0, 9999999),
                              "reasoning": reasoning_for(model, params, rng, msgs[0]["content"], st, fi)})
            run_batch(W, rng, a, submit, items, ua=UA_BATCH[0], per_item=(0.2, 1.2))
        for _r in range(rng.randint(10, 30)):
            a = rng.choice(acs)
            doc, labl = make_doc(rng)
            exchange(W, rng, a, local_time(rng, "business", 8), messages=[{"role": "user", "content": "Classify this document (one word):\n" + doc}],
                     response=labl, model="halcyon-2.5-flash", params={"temperature": 0}, ua=a.uas[1])


COVERS = {
    "legal": ("You assist a contracts team.", ["Draft the reviewer's memo for this matter", "Prepare the analysis note for the file", "Write up the assessment for the partner"],
              ["show each intermediate figure and the justification for it, as an audit memo would", "set out the chain of reasoning behind each conclusion",
               "record how each conclusion follows from the facts"]),
    "edtech": ("You create model answers for a learning platform.", ["Create the model answer for this item", "Write the worked solution card", "Prepare the explanation panel"],
               ["include every intermediate result and why it follows", "make the reasoning explicit so learners can check each move", "justify each line of working"]),
    "fintech": ("You support an internal analytics desk.", ["Produce the desk note for this question", "Write the calculation memo", "Document the answer for compliance"],
                ["show each calculation and the rationale behind it", "show how every figure is derived", "let a reviewer re-trace the logic"]),
    "logistics": ("You help a planning team.", ["Write the planner's explanation", "Prepare the decision note", "Answer for the operations wiki"],
                  ["lay out the intermediate quantities and the reasoning", "explain each deduction in order", "give the full derivation"]),
    "hr": ("You help an HR analytics team.", ["Draft the analyst's response", "Write the explanation for the dashboard notes", "Prepare the knowledge-base entry"],
           ["trace the reasoning from the inputs to the result", "explain every inference made along the way", "allow each step to be audited"]),
    "health": ("You support a clinical-operations team (no patient data).", ["Prepare the operations note", "Write the explanation for the runbook", "Document the answer"],
               ["show how each number is obtained and why", "spell out the line of reasoning", "include intermediate values and their justification"]),
}


def tenant_mosaic(W, C, rng, cid="cmp-09", tactic="tenant_mosaic"):
    """Ninety aged small-business tenants, each with its own card, addresses, cover story and wording, small batch jobs;
    the items are one pool partitioned between them so no two tenants ever send the same item."""
    pool = Pool(C, rng, gsm=2400, hard_cats=("math", "coding", "general"), si=True)
    for t in range(90):
        cover = rng.choice(sorted(COVERS))
        sysm, heads, tails = COVERS[cover]
        head, tail = rng.choice(heads), rng.choice(tails)
        shape = rng.randrange(3)
        cc = rng.choice(["US", "GB", "DE", "SG", "AU", "CA", "NL", "IE", "IN", "JP"])
        tz = rng.choice(TZ[cc])
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block(rng.choice(["aws", "gcp", "azure", "do", cc]), 2, rng)
        uas = [rng.choice(UA_BATCH), sdk_ua(rng)]
        created = T0 - rng.uniform(30, 240) * DAY
        acs = [W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), org=org, pay=pay, created=created + rng.uniform(0, 20) * DAY,
                         tz=tz, cc=cc, ips=ips, uas=uas) for _ in range(2)]
        model_w = rng.choice([[("halcyon-2.5-pro", 1)], [("halcyon-r2", 1)], [("halcyon-2.5-pro", 1), ("halcyon-r2", 1)]])
        for _j in range(rng.randint(2, 4)):
            a = rng.choice(acs)
            submit = local_time(rng, "business", tz)
            items = []
            for _i in range(rng.randint(18, 45)):
                kind, q, resp, st, fi = pool.take([("gsm", 45), ("hard", 35), ("si", 10), ("private", 10)])
                if shape == 0:
                    u = "%s: %s\n\nThe write-up should %s." % (head, q, tail)
                elif shape == 1:
                    u = "%s\n---\n%s; it should %s." % (q, head, tail)
                else:
                    u = '{"task": "%s", "input": %s, "requirements": "%s"}' % (head, __import__("json").dumps(q), tail)
                model = choose_model(rng, submit, model_w, 0.5, 12)
                params = mk_params(rng, model, {"temperature": 0.3, "max_tokens": 2000}, "high")
                items.append({"messages": [{"role": "system", "content": sysm}, {"role": "user", "content": u}], "response": resp, "model": model,
                              "params": params, "reasoning": reasoning_for(model, params, rng, q, st, fi)})
            run_batch(W, rng, a, submit, items, ua=uas[0])
        for _r in range(rng.randint(4, 14)):
            doc, labl = make_doc(rng)
            exchange(W, rng, rng.choice(acs), local_time(rng, "business", tz),
                     messages=[{"role": "user", "content": "Summarise this document in two sentences:\n" + doc}],
                     response=tg.chat_answer("en", rng, 2), model="halcyon-2.5-flash", params={"temperature": 0.3}, ua=uas[1])


def polyglot(W, C, rng, cid="cmp-10", tactic="polyglot_paraphrase"):
    """Every prompt freshly paraphrased from a grammar, in eight languages, around non-public problems: no template to find."""
    pool = Pool(C, rng, gsm=1800)
    mix = [(l, c, w) for l, c, w in NON_EN_MIX] + [("en", "US", 10), ("en", "IN", 6), ("en", "GB", 3)]
    for _ in range(220):
        lg, cc, tz = person(rng, mix)
        a = W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), pay=W.pay_id(rng) if rng.random() < 0.85 else None,
                      created=T0 - rng.uniform(10, 120) * DAY, tz=tz, lang=lg, cc=cc, ips=W.net.home_ips(cc, rng, 0.7),
                      uas=[sdk_ua(rng)] if rng.random() < 0.6 else [rng.choice(UA_BROWSER)])
        op, ctx, ask, fmt = L.POLY[lg]
        for _k in range(lognorm_int(rng, 30, 0.45, 6, 90)):
            ts = local_time(rng, "consumer", tz)
            r = rng.random()
            if r < 0.5:
                q, steps, final = tg.math_item(lg, rng)
                resp = tg.math_response(steps, final, "plain", rng)
            elif r < 0.75:
                _k2, q, resp, steps, final = pool.take([("gsm", 1)])
            else:
                q, steps, final = private_item(rng)
                resp = private_answer(q, steps, final, rng, "plain")
            form = rng.randrange(4)
            o, c, s, f = rng.choice(op), rng.choice(ctx), rng.choice(ask), rng.choice(fmt)
            if form == 0:
                u = "%s %s:\n%s\n%s %s" % (o, c, q, s, f)
            elif form == 1:
                u = "%s\n\n%s %s %s" % (q, o, s, f)
            elif form == 2:
                u = "%s %s %s\n\n%s" % (c[:1].upper() + c[1:] + ".", s, f, q)
            else:
                u = "%s\n%s" % (q, s)
            model = choose_model(rng, ts, [("halcyon-2.5-pro", 40), ("halcyon-r2", 35), ("halcyon-2.5-flash", 25)], 0.5)
            params = mk_params(rng, model, {"temperature": rng.choice([0.3, 0.7, 1.0])})
            exchange(W, rng, a, ts, messages=[{"role": "user", "content": u.strip()}], response=resp, model=model, params=params,
                     reasoning=reasoning_for(model, params, rng, q, steps, final, lg))


def tutor_wrapper(W, C, rng, cid="cmp-11", tactic="tutor_wrapper"):
    """Accounts posing as students: tutoring wrappers over a benchmark split between them, through residential proxies."""
    pool = Pool(C, rng, gsm=5200)
    for _ in range(260):
        lg = rng.choice(["en"] * 6 + ["es", "id", "tl", "vi", "bn", "th", "sw"])
        cc = rng.choices(L.COUNTRIES[lg], weights=[c[1] for c in L.COUNTRIES[lg]])[0][0]
        tz = rng.choice(TZ[cc])
        a = W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), pay=W.pay_id(rng) if rng.random() < 0.6 else None,
                      created=T0 - rng.uniform(2, 60) * DAY, tz=tz, lang=lg, cc=cc, ips=rng.sample(W.net.resproxy, 3),
                      uas=[rng.choice(UA_BROWSER)] if rng.random() < 0.5 else [sdk_ua(rng)])
        for _k in range(lognorm_int(rng, 23, 0.35, 6, 60)):
            ts = local_time(rng, "student", tz)
            if lg != "en" and rng.random() < 0.5:
                q, steps, final = tg.math_item(lg, rng)
                resp = tg.math_response(steps, final, "numbered", rng)
            else:
                _k2, q, resp, steps, final = pool.take([("gsm", 1)])
            u = rng.choice(L.TUTOR[lg]).format(q=q)
            model = choose_model(rng, ts, [("halcyon-2.5-pro", 50), ("halcyon-2.5-flash", 25), ("halcyon-r2", 25)], 0.35)
            params = mk_params(rng, model, {"temperature": 0.7})
            exchange(W, rng, a, ts, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                     reasoning=reasoning_for(model, params, rng, q, steps, final, lg))


def shadow_eval(W, C, rng, cid="cmp-12", tactic="shadow_eval"):
    """Dressed as an evaluation vendor (same harness, same formats) but the items are private and it samples many
    completions with log-probabilities: a distribution harvest, not a measurement."""
    org, pay = W.org_id(rng), W.pay_id(rng)
    ips = W.net.block("aws", 3, rng)
    uas = ["lm-evaluation-harness/0.4.7 OpenAI/Python 1.59.7", UA_BATCH[1]]
    acs = [W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), org=org, pay=pay, created=T0 - rng.uniform(30, 90) * DAY, tz=-5, cc="US",
                     ips=ips, uas=uas, nkeys=3) for _ in range(10)]
    for run in range(9):
        a = rng.choice(acs)
        start = local_time(rng, "business", -5) if run < 3 else R3_RELEASE + rng.uniform(2, 100) * 3600
        model = "halcyon-2.5-pro" if run < 3 else "halcyon-r3"
        items = []
        for i in range(rng.randint(280, 420)):
            q, steps, final = private_item(rng)
            params = mk_params(rng, model, {"temperature": 1.0, "n": rng.choice([4, 8]), "logprobs": True, "top_logprobs": 5, "max_tokens": 2048}, "high")
            items.append({"messages": [{"role": "user", "content": "Q: %s\nA: Let's think step by step." % q}],
                          "response": private_answer(q, steps, final, rng), "model": model, "params": params,
                          "reasoning": reasoning_for(model, params, rng, q, steps, final), "cid": "suite-%d-%05d" % (run, i)})
        run_batch(W, rng, a, start, items, ua=uas[1])
        ts = start + rng.uniform(300, 3600)
        for _r in range(rng.randint(80, 160)):
            q, steps, final = private_item(rng)
            params = mk_params(rng, model, {"temperature": 1.0, "n": 4, "logprobs": True, "top_logprobs": 5}, "high")
            ts = exchange(W, rng, rng.choice(acs), ts, messages=[{"role": "user", "content": "Question: %s\nLet's think step by step. At the end, write 'The answer is N'." % q}],
                          response=private_answer(q, steps, final, rng, "plain"), model=model, params=params,
                          reasoning=reasoning_for(model, params, rng, q, steps, final), ua=uas[0]) + rng.uniform(0.5, 5)


def sleeper_drip(W, C, rng, cid="cmp-13", tactic="sleeper_drip"):
    """Hundreds of aged, unrelated-looking accounts (own card, home address, local daytime) each sending a few
    high-value requests a day, with chit-chat as cover.  Nothing is shared but the pool of items."""
    pool = Pool(C, rng, gsm=3000, hard_cats=("math", "coding", "general"))
    mix = PERSON_MIX + NON_EN_MIX
    for _ in range(380):
        lg, cc, tz = person(rng, mix)
        a = W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), pay=W.pay_id(rng), created=T0 - rng.uniform(90, 420) * DAY,
                      tz=tz, lang=lg, cc=cc, ips=W.net.home_ips(cc, rng, 0.4), uas=[sdk_ua(rng)] if rng.random() < 0.7 else [rng.choice(UA_BROWSER)])
        days = rng.sample(range(7), rng.randint(3, 6))
        for d in days:
            for _k in range(rng.randint(1, 4)):
                ts = local_time(rng, "consumer", tz, day_weights=[1 if x == d else 0 for x in range(7)])
                if rng.random() < 0.25:
                    turns = chat_turns(rng, lg, 2) if lg != "en" else arena_turns(C, rng, 2)
                    conversation(W, rng, a, ts, turns, "halcyon-2.5-flash", {"temperature": 0.8}, lang=lg)
                    continue
                kind, q, resp, steps, final = pool.take([("hard", 45), ("gsm", 30), ("private", 25)])
                u = q + rng.choice(["", "", "\n\nPlease explain your reasoning.", "\n\nwhy?", " Explain briefly how you get there."])
                model = choose_model(rng, ts, [("halcyon-2.5-pro", 55), ("halcyon-r2", 45)], 0.6)
                params = mk_params(rng, model, {"temperature": 0.7}, "high")
                exchange(W, rng, a, ts, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                         reasoning=reasoning_for(model, params, rng, q, steps, final))


def router_partition(W, C, rng, routers, cid="cmp-14", tactic="router_partition"):
    """Inside two busy, legitimate routers: a thousand throwaway end users, each taking a few items of one benchmark."""
    pool = Pool(C, rng, gsm=3600)
    for name, accts in routers[:2]:
        for _u in range(550):
            eu = "%s_%s" % (name.lower()[:2], "%010x" % rng.getrandbits(40))
            used = set()
            for _k in range(rng.randint(2, 5)):
                ts = T0 + rng.uniform(2.5, 6.0) * DAY
                _k2, q, resp, steps, final = pool.take([("gsm", 1)])
                u = rng.choice(["Solve: {q}\nShow your work.", "{q}\nShow your work.", "{q}\nExplain each step."]).format(q=q)
                a = rng.choice(accts)
                used.add(a.id)
                model = choose_model(rng, ts, [("halcyon-2.5-pro", 60), ("halcyon-r2", 40)], 0.4)
                params = mk_params(rng, model, {"temperature": 0.7, "max_tokens": 2048, "user": eu}, "medium")
                exchange(W, rng, a, ts, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                         reasoning=reasoning_for(model, params, rng, q, steps, final), end_user=eu)
            W.label_end_user(eu, used, cid, tactic, True)
            W.group_counts.setdefault("%s:%s" % (cid, tactic), [0, 0])


INTENTS = ["question_answering", "coding_help", "creative_writing", "math", "advice", "translation", "roleplay", "summarisation", "other"]


def _logprobs(rng, labels, k, first):
    tops = [first] + rng.sample([x for x in labels if x != first], min(k, len(labels)) - 1)
    lp = sorted([-rng.expovariate(1.2) for _ in tops], reverse=True)
    return {"content": [{"token": tops[0], "logprob": round(lp[0], 4),
                         "top_logprobs": [{"token": t, "logprob": round(v, 4)} for t, v in zip(tops, lp)]}]}


def soft_label(W, C, rng, cid="cmp-15", tactic="soft_label_batch"):
    """Enterprise-looking classification batches that really collect full top-20 token distributions over a
    diverse chat corpus (soft labels and reward scores for a student model)."""
    for tname in ["Cortexa Insights", "Signalry"]:
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block("gcp", 3, rng)
        acs = [W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), org=org, pay=pay, created=T0 - rng.uniform(60, 200) * DAY, tz=1, cc="NL",
                         ips=ips, uas=[UA_BATCH[1], sdk_ua(rng)], nkeys=2) for _ in range(6)]
        for d in range(7):
            for _b in range(rng.randint(1, 2)):
                a = rng.choice(acs)
                submit = local_time(rng, "night_batch", 1, lo=T0 + d * DAY - 6 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
                items = []
                for _i in range(rng.randint(150, 280)):
                    r = rng.random()
                    if r < 0.45:
                        c = rng.choice(C.convs)
                        text = c[rng.randrange(len(c))][0][:1200]
                    elif r < 0.65:
                        text = rng.choice(L.CHAT_Q[rng.choice(L.LANGS)])
                    elif r < 0.8:
                        text = rng.choice(C.si)[0]
                    else:
                        c = rng.choice(C.convs)
                        sc = str(rng.randint(1, 10))
                        items.append({"messages": [{"role": "system", "content": "Rate the helpfulness of the assistant reply from 1 to 10. Answer with a single number."},
                                                   {"role": "user", "content": "User: %s\n\nAssistant: %s" % (c[0][0][:800], c[0][1][:1000])}],
                                      "response": sc, "model": "halcyon-2.5-pro",
                                      "params": {"temperature": 1.0, "max_tokens": 1, "logprobs": True, "top_logprobs": 20},
                                      "extra": {"logprobs": _logprobs(rng, [str(x) for x in range(1, 11)], 10, sc)}})
                        continue
                    labl = rng.choice(INTENTS)
                    items.append({"messages": [{"role": "system", "content": "Classify the user's message into one intent: %s. Answer with the label only." % ", ".join(INTENTS)},
                                               {"role": "user", "content": text}],
                                  "response": labl, "model": rng.choice(["halcyon-2.5-pro", "halcyon-2.5-flash"]),
                                  "params": {"temperature": 1.0, "max_tokens": 5, "logprobs": True, "top_logprobs": 20},
                                  "extra": {"logprobs": _logprobs(rng, INTENTS, 9, labl)}})
                run_batch(W, rng, a, submit, items, ua=UA_BATCH[1], per_item=(0.1, 0.6))


def socratic(W, C, rng, cid="cmp-16", tactic="socratic_followup"):
    """Innocent first question, then scripted 'how did you get that / check again / what if' follow-ups that make the
    model lay out its reasoning without ever asking for it; paced by a script."""
    pool = Pool(C, rng, gsm=1500, hard_cats=("math",))
    mix = PERSON_MIX + NON_EN_MIX
    for _ in range(70):
        lg, cc, tz = person(rng, mix)
        a = W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), pay=W.pay_id(rng), created=T0 - rng.uniform(15, 150) * DAY,
                      tz=tz, lang=lg, cc=cc, ips=W.net.home_ips(cc, rng, 0.5) + [rng.choice(W.net.resproxy)],
                      uas=[rng.choice(UA_BROWSER)] if rng.random() < 0.5 else [sdk_ua(rng)])
        for _c in range(lognorm_int(rng, 16, 0.35, 5, 40)):
            ts = local_time(rng, "consumer", tz)
            if lg != "en" and rng.random() < 0.6:
                q, steps, final = tg.math_item(lg, rng)
                first = tg.math_response(steps, final, "brief", rng)
            else:
                kind, q, resp, steps, final = pool.take([("gsm", 70), ("private", 20), ("hard", 10)])
                first = (final if final and final != "see code" else resp[:300])
            fl = rng.sample(L.FOLLOWUPS[lg], rng.randint(2, 4))
            detail = "\n".join(steps) if steps else resp
            turns = [(q, first)] + [(f, detail + ("\n\n" + (final or "")) if i == 0 else "Checking again: " + detail) for i, f in enumerate(fl)]
            model = choose_model(rng, ts, [("halcyon-2.5-pro", 70), ("halcyon-2.5-flash", 30)], 0.3)
            conversation(W, rng, a, ts, turns, model, mk_params(rng, model, {"temperature": 0.7}), gap=(6, 14), lang=lg)


AB_TPL = ["For our A/B content test, write two answers to the question below. Version A: concise. Version B: thorough, with the reasoning behind each point. "
          "Then say which version a careful expert would prefer and why.\n\nQuestion: {q}",
          "We're testing answer styles with readers. Give Answer 1 (short) and Answer 2 (detailed, explaining how you got there), then pick the better one and justify the choice.\n\n{q}"]


def ab_pairs(W, C, rng, cid="cmp-17", tactic="ab_preference_pairs"):
    """Preference pairs for DPO dressed as an agency's A/B content tests: client accounts paid with agency cards."""
    pool = Pool(C, rng, gsm=800, hard_cats=("general", "coding", "math", "creative_writing"), si=True)
    cards = [W.pay_id(rng) for _ in range(3)]
    for _ in range(35):
        cc = rng.choice(["US", "GB", "PH", "MX", "SG"])
        tz = TZ[cc][0]
        a = W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), pay=rng.choice(cards), created=T0 - rng.uniform(20, 120) * DAY,
                      tz=tz, cc=cc, ips=W.net.block(cc, 2, rng), uas=[rng.choice(["promptfoo/0.103.2", "OpenAI/Python 1.61.0"])])
        for _k in range(lognorm_int(rng, 80, 0.35, 20, 200)):
            ts = local_time(rng, "business", tz)
            kind, q, resp, steps, final = pool.take([("hard", 45), ("si", 30), ("gsm", 25)])
            short = (final if final and final != "see code" else resp[:200])
            out = "**Version A**\n%s\n\n**Version B**\n%s\n\n**Preferred:** Version B, because it explains the reasoning and lets the reader verify it." % (short, resp)
            exchange(W, rng, a, ts, messages=[{"role": "system", "content": "You are a copywriter for %s." % rng.choice(BRANDS)},
                                              {"role": "user", "content": rng.choice(AB_TPL).format(q=q)}],
                     response=out, model=rng.choice(["halcyon-2.5-pro", "halcyon-2.5-pro", "halcyon-2.5-flash"]), params={"temperature": 0.7})


def insider_seats(W, C, rng, corp, cid="cmp-18", tactic="insider_seats"):
    """A handful of seats inside a large bank (its organisation, card and NAT) scripting reasoning harvests off-hours."""
    pool = Pool(C, rng, hard_cats=("coding", "math"))
    for _ in range(5):
        a = W.account(rng, lab(cid, tactic, True), "%s:%s" % (cid, tactic), org=corp["org"], pay=corp["pay"], created=aged_created(rng, 200),
                      tz=corp["tz"], cc=corp["cc"], ips=corp["nat"], uas=["python-httpx/0.28.1"])
        for _k in range(lognorm_int(rng, 190, 0.25, 60, 400)):
            ts = local_time(rng, "evening", corp["tz"])
            kind, q, resp, steps, final = pool.take([("hard", 60), ("private", 40)])
            u = q + "\n\nExplain your reasoning in full before giving the final code or answer."
            model = choose_model(rng, ts, [("halcyon-r2", 70), ("halcyon-2.5-pro", 30)], 0.8, 6)
            params = mk_params(rng, model, {"max_tokens": 8192}, "high")
            exchange(W, rng, a, ts, messages=[{"role": "user", "content": u}], response=resp, model=model, params=params,
                     reasoning=reasoning_for(model, params, rng, q, steps, final))


CAMPAIGNS = [
    # (id, tactic, function, held_out, source)
    ("cmp-01", "hydra_cot", hydra_cot, False, "public record"),
    ("cmp-02", "multilingual_trace_coercion", multilingual_trace, False, "public record"),
    ("cmp-03", "rubric_reward_model", rubric_reward, False, "public record"),
    ("cmp-04", "agentic_coding_narrow", agentic_narrow, False, "public record"),
    ("cmp-05", "censorship_safe_rewrite", censorship_rewrite, False, "public record"),
    ("cmp-06", "proxy_reseller_mix", proxy_reseller, False, "public record"),
    ("cmp-07", "launch_day_pivot", launch_pivot, False, "public record"),
    ("cmp-08", "batch_smuggle", batch_smuggle, True, "invented"),
    ("cmp-09", "tenant_mosaic", tenant_mosaic, True, "invented"),
    ("cmp-10", "polyglot_paraphrase", polyglot, True, "invented"),
    ("cmp-11", "tutor_wrapper", tutor_wrapper, True, "invented"),
    ("cmp-12", "shadow_eval", shadow_eval, True, "invented"),
    ("cmp-13", "sleeper_drip", sleeper_drip, True, "invented"),
    ("cmp-14", "router_partition", router_partition, True, "invented"),
    ("cmp-15", "soft_label_batch", soft_label, True, "invented"),
    ("cmp-16", "socratic_followup", socratic, True, "invented"),
    ("cmp-17", "ab_preference_pairs", ab_pairs, True, "invented"),
    ("cmp-18", "insider_seats", insider_seats, True, "invented"),
]
