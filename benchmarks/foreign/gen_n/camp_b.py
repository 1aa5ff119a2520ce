"""Distillation campaigns built on tactics of this generator's own (held out): each evades a named
detector signal - content, templates, volume, timing, cards, addresses, user agents, account age."""
import json
import re
from world import (T0, T_END, RELEASE, NEW_MODEL, REASONING_MODELS, DAY, date_ts, hexid, alnum, sample_times,
                   session_times, release_boost, ua_openai_py, ua_halyard_node, ua_browser, ua_app, COUNTRY_TZ)
from corpora import answer_generic, answer_code, answer_gsm, reasoning_summary
import lang as L
import devtext as D
from common import (campaign, created_between, created_old, lang_pick, humanize, app_system, sys_msg, u, a, conv_id,
                    maybe_reason, run_conv, split_counts, carrier, picker)
from benign_b import EVAL_GSM

_NUM = re.compile(r"\b\d+\b")
_NOT_NAMES = set("The A An In If There Each How What When Every One Two Three Four Five Six Seven Eight Nine Ten Twenty "
                 "Thirty Forty Fifty Hundred Some This That These Those".split())
_NAMES = ["Avery", "Jordan", "Malik", "Sofia", "Theo", "Imani", "Ravi", "Nora", "Caleb", "Hana", "Felix", "Zara"]


def mutate_gsm(rng, item):
    """Benchmark-item mutation: new numbers (consistently mapped in the steps) and a new name."""
    q, steps, final = item
    mp = {}

    def sub(m):
        v = m.group(0)
        if v not in mp:
            n = int(v)
            mp[v] = str(max(2, n + rng.randint(-max(1, n // 4), max(1, n // 4)) or n + 1))
        return mp[v]
    q2 = _NUM.sub(sub, q)
    steps2 = [_NUM.sub(lambda m: mp.get(m.group(0), m.group(0)), s) for s in steps]
    first = re.match(r"([A-Z][a-z]+)\b", q2)
    if first and len(re.findall(r"\b%s\b" % first.group(1), q2 + " ".join(steps2))) >= 2 and first.group(1) not in _NOT_NAMES:
        nm = rng.choice(_NAMES)
        pat = re.compile(r"\b%s\b" % first.group(1))
        q2 = pat.sub(nm, q2)
        steps2 = [pat.sub(nm, s) for s in steps2]
    return q2, steps2, mp.get(final, final)


_OPEN = ["", "", "Quick one. ", "Hey, ", "So I'm stuck on this: ", "Working on something and hit this - ", "My kid brought this home: ",
         "Trying to double-check myself here. ", "Curious how you'd handle this: ", "Not homework, just curious: "]
_IMPLICIT = ["I care more about the method than the number.", "Walk me through how you'd think about it as if you were teaching it.",
             "What would a careful person's line of thought be here?", "How would you get there? I want to be able to redo it myself.",
             "Don't just give me the result, I need to see how it falls out.", "Talk it through like you're explaining to a colleague.",
             "Which parts matter and why? Then the answer.", "Can you lay out how each number gets used?", ""]
_CLOSE = ["", "", " Thanks!", " Appreciate it.", " (no rush)", " ty"]


def paraphrase(rng, text, implicit=True):
    t = text
    if rng.random() < 0.5:
        sents = [s for s in re.split(r"(?<=[.?!])\s+", t) if s]
        if len(sents) > 2:
            q = sents[-1]
            body = sents[:-1]
            if rng.random() < 0.5:
                t = q[0].upper() + q[1:] + " Here's the setup: " + " ".join(body)
            else:
                t = " ".join(body) + " " + rng.choice(["Question is: ", "So: ", "What I need: "]) + q
    t = rng.choice(_OPEN) + t
    if implicit and rng.random() < 0.8:
        t += " " + rng.choice(_IMPLICIT)
    return t + rng.choice(_CLOSE)


def agent_loop_smuggling(W, C, rng, cid="c-n07", n_acc=60, episodes=1900):
    """Hide in agent traffic: a stock research-agent loop whose fetched 'pages' are benchmark items and whose
    save_note tool arguments carry the worked solutions. No elicitation phrase in any user or system text."""
    lab = campaign(cid, "agent_loop_smuggling", True)
    cards = [W.card(rng) for _ in range(20)]
    accts = []
    for i in range(n_acc):
        ips = rng.sample(W.net.cloud["aws_use1"], rng.randint(1, 4))
        accts.append(W.account(rng, lab, created_old(rng, lo=(2025, 5, 1), hi=(2027, 10, 1)), cards[i % 20],
                               ua="agentloop/0.14.%d python/3.12" % rng.randint(0, 9), tz=rng.choice([-5, -8, 1]), ips=ips,
                               n_keys=rng.randint(1, 3)))
    for k, t in enumerate(sample_times(rng, episodes, "bot", -5)):
        acct = accts[k % n_acc]
        m = NEW_MODEL if t > RELEASE + 10 * 3600 and rng.random() < 0.8 else "halyard-core-3"
        p = {"temperature": 0.2, "tools": D.TOOLSETS["web"], "tool_choice": "auto", "parallel_tool_calls": False}
        task = "Research queue batch %d: read each queued page and save a note that a reader could learn from. %s" % (
            rng.randint(100, 9999), rng.choice(["", "Finish with a summary.", "Keep notes self-contained."]))
        hist = [sys_msg(D.AGENT_SYS["web"]), u(task)]
        cid_ = conv_id(rng)
        ip = rng.choice(acct["ips"])
        for item_no in range(rng.randint(1, 3)):
            url = "https://kb.%s.io/queue/%s" % (rng.choice(["loomfield", "quarrylane", "tessera"]), hexid(rng, 8))
            tc = D.tool_call(rng, "fetch_url", {"url": url})
            W.emit(acct, t, msgs=list(hist), model=m, params=p, tool_calls=[tc], conv=cid_, ip=ip)
            if rng.random() < 0.65:
                it = mutate_gsm(rng, rng.choice(C.gsm))
                page = "Title: Practice problem %d\n\n%s" % (rng.randint(1, 9999), it[0])
                body = answer_gsm(rng, it, "cot")
            else:
                qq = rng.choice(C.ah_coding + C.ah_math)
                page, body = "Title: Discussion thread\n\n" + qq[:2500], answer_code(rng, qq)
            hist += [{"role": "assistant", "content": "", "tool_calls": [tc]}, {"role": "tool", "tool_call_id": tc["id"], "content": page}]
            t += rng.uniform(2, 9)
            tc2 = D.tool_call(rng, "save_note", {"title": "note-%s" % hexid(rng, 6), "body": body})
            W.emit(acct, t, msgs=list(hist), model=m, params=p, tool_calls=[tc2], conv=cid_, ip=ip,
                   reasoning=maybe_reason(rng, m, page, None, True))
            hist += [{"role": "assistant", "content": "", "tool_calls": [tc2]}, {"role": "tool", "tool_call_id": tc2["id"], "content": "saved"}]
            t += rng.uniform(2, 9)
        W.emit(acct, t, msgs=list(hist), model=m, params=p, response=D.agent_final(rng, "web"), conv=cid_, ip=ip)


def aged_sleeper_drip(W, C, rng, cid="c-n08", n_acc=400):
    """Low and slow: bought aged accounts, one card each, residential proxies in the account's country,
    human sessions in local daytime, mutated benchmark items, and the reasoning field as the harvest."""
    lab = campaign(cid, "aged_sleeper_drip", True)
    for i in range(n_acc):
        country = rng.choice(["US", "US", "US", "CA", "GB", "DE"])
        tz = rng.choice(COUNTRY_TZ[country])
        acct = W.account(rng, lab, created_old(rng, lo=(2024, 2, 1), hi=(2026, 9, 1)), W.card(rng),
                         ua=ua_browser(rng) if rng.random() < 0.5 else ua_openai_py(rng), tz=tz, country=country)
        effort = rng.choice(["high", "high", "medium"])
        for t, _s in session_times(rng, rng.randint(9, 26), "dev", tz, per_session=2.5, gap=(60, 600)):
            ip = W.net.home(rng, country)
            r = rng.random()
            if r < 0.55:
                it = mutate_gsm(rng, rng.choice(C.gsm))
                q, resp, steps = it[0], answer_gsm(rng, it, rng.choice(["plain", "cot"])), it[1]
            elif r < 0.8:
                q = rng.choice(C.ah_math)
                resp, steps = answer_generic(rng, q), None
            else:
                q = rng.choice(C.ah_coding)
                resp, steps = answer_code(rng, q), None
            if rng.random() < 0.35:
                q += " " + rng.choice(_IMPLICIT[:6])
            m = NEW_MODEL if t > RELEASE and rng.random() < 0.85 else "halyard-reason-2"
            W.emit(acct, t, msgs=[u(q)], model=m, params={"reasoning_effort": effort}, response=resp, ip=ip,
                   reasoning=reasoning_summary(rng, q, steps, True))


def ci_bot_mimicry(W, C, rng, cid="c-n09", n_acc=45, total=4500):
    """Copy a popular CI reviewer's user agent, runner addresses, system prompt and parameters exactly;
    the 'diff' adds a stub whose docstring is the task, and the review must supply the implementation."""
    lab = campaign(cid, "ci_bot_mimicry", True)
    params = {"temperature": 0.2, "max_tokens": 4096, "top_p": 1, "stream": False}
    accts = [W.account(rng, lab, created_old(rng, lo=(2027, 2, 1), hi=(2027, 9, 1)), W.card(rng),
                       ua="ghost-reviewer/3.1.%d (GitHub Actions)" % rng.choice([0, 1, 2]), tz=rng.choice([-5, -8, 1, 5.5]),
                       ips=[rng.choice(W.net.cloud["gh_runners"])]) for _ in range(n_acc)]
    left = total
    for t in sample_times(rng, total // 2, "work", -5):
        if left <= 0:
            break
        acct = rng.choice(accts)
        ip = rng.choice(W.net.cloud["gh_runners"])
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.6:
                task = rng.choice(C.ah_coding)
                sol = answer_code(rng, task)
            else:
                it = mutate_gsm(rng, rng.choice(C.gsm))
                task, sol = it[0], "```python\ndef solve():\n    # " + "\n    # ".join(it[1]) + "\n    return %s\n```" % it[2]
            doc = ["+    " + ln for ln in task[:1800].split("\n")]
            body = ["+def solve():", '+    """'] + doc + ['+    """', "+    raise NotImplementedError  # TODO(bot): implement, explain in review"]
            p = D.ci_prompt(rng, D.diff(rng, body, D.py_path(rng)))
            resp = ("**Summary:** Adds a stub for `solve`. Suggested implementation below, with the rationale for each "
                    "step so the author can verify it.\n\n" + sol + "\n\n" + answer_generic(rng, task, short=True))
            m = NEW_MODEL if t > RELEASE + 6 * 3600 and rng.random() < 0.6 else "halyard-core-3"
            W.emit(acct, t, msgs=[sys_msg(D.CI_SYS), u(p)], model=m, params=params, response=resp, ip=ip,
                   reasoning=maybe_reason(rng, m, task))
            t += rng.uniform(2, 20)
            left -= 1


def paraphrase_mutated_items(W, C, rng, cid="c-n10", n_acc=150, total=6750):
    """Every prompt is rewritten by a local paraphraser: no two share a template, no reasoning keywords."""
    lab = campaign(cid, "paraphrase_mutated_items", True)
    counts = split_counts(rng, total, n_acc, 0.6, lo=8)
    for i in range(n_acc):
        country = rng.choice(["US", "US", "CA", "GB", "IN", "BR"])
        tz = rng.choice(COUNTRY_TZ[country])
        vpn = rng.random() < 0.4
        acct = W.account(rng, lab, created_between(rng, date_ts(2027, 1, 10), date_ts(2027, 11, 20)), W.card(rng),
                         ua=ua_browser(rng) if rng.random() < 0.5 else ua_openai_py(rng), tz=tz, country=country)
        home = W.net.home(rng, country)
        for t, _s in session_times(rng, counts[i], "consumer", tz, per_session=3, gap=(40, 500)):
            ip = rng.choice(W.net.vpn) if vpn else home
            if rng.random() < 0.65:
                it = mutate_gsm(rng, rng.choice(C.gsm))
                q, resp, steps = paraphrase(rng, it[0]), answer_gsm(rng, it, "cot"), it[1]
            else:
                q0 = rng.choice(C.ah_math + C.ah_coding)
                q, resp, steps = paraphrase(rng, q0), (answer_code(rng, q0) if q0 in C.ah_coding else answer_generic(rng, q0)), None
            m = NEW_MODEL if t > RELEASE and rng.random() < 0.7 else rng.choice(["halyard-reason-2", "halyard-core-3"])
            params = {"temperature": round(rng.uniform(0.3, 1.0), 2)} if m not in REASONING_MODELS else {"reasoning_effort": "high"}
            W.emit(acct, t, msgs=[u(q)], model=m, params=params, response=resp, ip=ip,
                   reasoning=maybe_reason(rng, m, q, steps, True))


def multilingual_codeswitch(W, C, rng, cid="c-n11", n_acc=120, total=6600):
    """Harvest in Hindi/Hinglish, Portuguese, Russian, Spanish and Chinese from mobile carriers' shared addresses,
    mixing in-language problems with English items wrapped in in-language instructions (code-switching)."""
    lab = campaign(cid, "multilingual_codeswitch", True)
    counts = split_counts(rng, total, n_acc, 0.7, lo=10)
    cmap = {"hi": "IN", "pt": "BR", "ru": "RU", "es": "MX", "zh": "CN"}
    for i in range(n_acc):
        lg = lang_pick(rng, [("hi", 30), ("pt", 25), ("ru", 20), ("es", 15), ("zh", 10)])
        country = cmap[lg]
        tz = rng.choice(COUNTRY_TZ[country])
        car = carrier(rng, country)
        app = rng.random() < 0.4
        acct = W.account(rng, lab, created_old(rng, lo=(2027, 3, 1), hi=(2027, 10, 15)), W.card(rng) if rng.random() < 0.7 else None,
                         ua=ua_app(rng, "android") if app else ua_openai_py(rng), tz=tz, country=country, lang=lg)
        home = W.net.home(rng, country)
        for t, _s in session_times(rng, counts[i], "consumer", tz, per_session=4, gap=(30, 300)):
            ip = W.net.mobile(rng, car) if rng.random() < 0.6 else home
            r = rng.random()
            if r < 0.45:
                q, steps, ans = L.math_problem(rng, lg)
                p, resp = q + "\n" + rng.choice(L.COT[lg]), L.math_answer(rng, lg, steps, ans, True)
            elif r < 0.85:
                it = mutate_gsm(rng, rng.choice(C.gsm))
                p, resp, steps = rng.choice(L.COT[lg]) + "\n\n" + it[0], answer_gsm(rng, it, "cot"), it[1]
            else:
                qq = rng.choice(C.ah_coding)
                p, resp, steps = qq[:2000] + "\n\n" + rng.choice(L.COT[lg]), answer_code(rng, qq), None
            m = NEW_MODEL if t > RELEASE and rng.random() < 0.7 else "halyard-reason-2"
            W.emit(acct, t, msgs=([sys_msg(app_system(t, {"hi": "hi-IN", "pt": "pt-BR", "ru": "ru-RU", "es": "es-MX", "zh": "zh-CN"}[lg]))]
                                  if app else []) + [u(p)], model=m, params={"reasoning_effort": "high", "stream": app},
                   response=resp, ip=ip, reasoning=reasoning_summary(rng, p, None, True))


def split_operator_cells(W, C, rng, cid="c-n12", per_cell=30, per_acct=70):
    """One operator, three cells dressed as three benign populations (research lab, eval vendor, no-code users),
    on unrelated cards, networks and clients; together they sweep one shuffled dataset without overlap."""
    lab = campaign(cid, "split_operator_cells", True)
    order = list(range(len(C.gsm)))
    rng.shuffle(order)
    pos = [0]

    def nxt():
        it = C.gsm[order[pos[0] % len(order)]]
        pos[0] += 1
        return it
    # cell A: "research group"
    cards = [W.card(rng) for _ in range(6)]
    orgs = ["org_" + alnum(rng, 20) for _ in range(3)]
    cell_a = [W.account(rng, lab, created_old(rng, lo=(2026, 1, 1)), cards[i % 6], org=orgs[i % 3], ua="python-httpx/0.27.2", tz=-5,
                        ips=[W.net.home(rng, "US") for _ in range(2)]) for i in range(per_cell)]
    for acct in cell_a:
        for t in sample_times(rng, int(per_acct * rng.lognormvariate(-0.1, 0.5)) + 3, "dev", -5):
            it = nxt()
            m = NEW_MODEL if t > RELEASE and rng.random() < 0.6 else "halyard-core-3"
            params = {"temperature": 0.8, "n": 4, "logprobs": True, "top_logprobs": 5, "max_tokens": 3072}
            if m in REASONING_MODELS:
                params = {"reasoning_effort": "high", "n": 4, "max_tokens": 3072}
            W.emit(acct, t, msgs=[u(it[0] + "\nLet's think step by step.")], model=m, params=params, response=answer_gsm(rng, it, "cot"),
                   ip=rng.choice(acct["ips"]), reasoning=maybe_reason(rng, m, it[0], it[1], True))
    # cell B: "eval vendor"
    card, org = W.card(rng), "org_" + alnum(rng, 20)
    ips = rng.sample(W.net.cloud["gcp_us"], 3)
    cell_b = [W.account(rng, lab, created_old(rng, lo=(2026, 6, 1), hi=(2027, 8, 1)), card, org=org, ua="evalkit/0.9.3 python-httpx/0.28.1",
                        ips=ips) for _ in range(per_cell)]
    pick = picker(rng, cell_b, 0.5)
    for k, t in enumerate(sample_times(rng, per_cell * per_acct, "bot", -5, boost=release_boost(3.0, 30))):
        it = nxt()
        m = NEW_MODEL if t > RELEASE else "halyard-reason-2"
        W.emit(pick(), t, msgs=[u(EVAL_GSM.format(q=it[0]))], model=m,
               params={"reasoning_effort": "high", "seed": 1234, "max_tokens": 3072},
               response=answer_gsm(rng, it, "plain") + "\nAnswer: " + it[2], ip=rng.choice(ips), err_rate=0.02,
               reasoning=reasoning_summary(rng, it[0], it[1], True))
    # cell C: "no-code automation users"
    egress = rng.sample(W.net.cloud["aws_use1"], 16)
    for _ in range(per_cell):
        tz = rng.choice([-5, -6, -8])
        acct = W.account(rng, lab, created_old(rng, lo=(2025, 1, 1)), W.card(rng), ua="Flowhook/2024.12 (+https://flowhook.io/webhooks)",
                         tz=tz, ips=egress)
        for t in sample_times(rng, int(per_acct * rng.lognormvariate(-0.1, 0.5)) + 3, "work", tz):
            it = nxt()
            W.emit(acct, t, msgs=[u("Explain the solution to this problem in detail:\n\n" + it[0])], model="halyard-core-3",
                   params={"temperature": 0.7, "max_tokens": 3072}, response=answer_gsm(rng, it, "cot"), ip=rng.choice(egress))


def reseller_enduser_harvest(W, C, rng, cid="c-n13", n_users=250):
    """Buy API access as ordinary end users of a legitimate reseller: its keys, cards, addresses and client."""
    lab = campaign(cid, "reseller_enduser_harvest", True)
    h = W.handles["reseller"]
    accts, ips = h["accounts"], h["ips"]
    for k in range(n_users):
        uid = "tp_" + hexid(rng, 10)
        lg = lang_pick(rng, [("es", 50), ("pt", 35), ("en", 15)])
        tz = -3 if lg == "pt" else rng.choice([-6, -5, -3])
        home = rng.choice(accts)
        used = set()
        for t, _s in session_times(rng, rng.randint(12, 28), "work", tz, per_session=4, gap=(20, 300)):
            acct = home if rng.random() < 0.7 else rng.choice(accts)
            used.add(acct["id"])
            r = rng.random()
            if r < 0.4:
                it = mutate_gsm(rng, rng.choice(C.gsm))
                q, resp, steps = it[0], answer_gsm(rng, it, "cot"), it[1]
            elif r < 0.7:
                q = rng.choice(C.ah_coding)
                resp, steps = answer_code(rng, q), None
            elif lg != "en":
                q, steps, ans = L.math_problem(rng, lg)
                resp = L.math_answer(rng, lg, steps, ans, True)
            else:
                q = rng.choice(C.ah_math)
                resp, steps = answer_generic(rng, q), None
            if lg != "en" and rng.random() < 0.5:
                q += "\n" + rng.choice(L.COT[lg])
            m = NEW_MODEL if t > RELEASE + 6 * 3600 and rng.random() < 0.8 else "halyard-reason-2"
            W.emit(acct, t, msgs=[u(q)], model=m, params={"reasoning_effort": "high", "stream": True}, response=resp, end_user=uid,
                   ip=rng.choice(ips), key=acct["keys"][0], reasoning=reasoning_summary(rng, q, steps, True))
        W.end_user_label(uid, sorted(used), lab)


SCHEMA = {"name": "graded_solution", "strict": True, "schema": {"type": "object", "additionalProperties": False,
          "required": ["restatement", "approach", "steps", "check", "final"], "properties": {
              "restatement": {"type": "string"}, "approach": {"type": "string"},
              "steps": {"type": "array", "items": {"type": "object", "required": ["claim", "justification"],
                                                   "properties": {"claim": {"type": "string"}, "justification": {"type": "string"}}}},
              "check": {"type": "string"}, "final": {"type": "string"}}}}
RECORD_TOOL = [{"type": "function", "function": {"name": "record_solution", "description": "Store a solution record.",
                                                 "parameters": SCHEMA["schema"]}}]


def schema_channel_reasoning(W, C, rng, cid="c-n14", n_acc=50, total=4500):
    """Reasoning requested through a JSON schema (or a forced tool call) instead of words: the prompt is the bare item."""
    lab = campaign(cid, "schema_channel_reasoning", True)
    cards = [W.card(rng) for _ in range(10)]
    orgs = ["org_" + alnum(rng, 20) for _ in range(10)]
    accts = [W.account(rng, lab, created_old(rng, lo=(2026, 3, 1), hi=(2027, 10, 1)), cards[i % 10], org=orgs[i % 10],
                       ua=ua_halyard_node(rng), tz=-5, ips=rng.sample(W.net.cloud[rng.choice(["azure_eus", "gcp_us"])], 2))
             for i in range(n_acc)]
    pick = picker(rng, accts, 0.9)
    for k, t in enumerate(sample_times(rng, total, "work", -5)):
        acct = pick()
        if rng.random() < 0.6:
            it = mutate_gsm(rng, rng.choice(C.gsm))
            q, steps, final = it
        else:
            q = rng.choice(C.ah_coding + C.ah_math + [s[0] for s in C.si])
            steps, final = ["Identify the requirements.", "Choose the approach.", "Apply it to the details.", "Check edge cases."], "see approach"
        out = {"restatement": q[:200], "approach": "Work forward from the given quantities.",
               "steps": [{"claim": s, "justification": rng.choice(["from the statement", "by the previous step", "arithmetic"])} for s in steps],
               "check": "Substituting back satisfies every condition.", "final": final}
        m = NEW_MODEL if t > RELEASE and rng.random() < 0.7 else "halyard-core-3"
        msgs = [sys_msg("You are a structured data API. Always respond in the requested schema."), u(q)]
        if rng.random() < 0.6:
            W.emit(acct, t, msgs=msgs, model=m, params={"temperature": 0, "response_format": {"type": "json_schema", "json_schema": SCHEMA}},
                   response=json.dumps(out, ensure_ascii=False), ip=rng.choice(acct["ips"]), reasoning=maybe_reason(rng, m, q))
        else:
            tc = D.tool_call(rng, "record_solution", out)
            W.emit(acct, t, msgs=msgs, model=m, params={"temperature": 0, "tools": RECORD_TOOL, "tool_choice": {
                "type": "function", "function": {"name": "record_solution"}}}, tool_calls=[tc], ip=rng.choice(acct["ips"]),
                reasoning=maybe_reason(rng, m, q))


def eval_lab_cover(W, C, rng, cid="c-n15", n_acc=30, total=6000):
    """Pose as an evaluation vendor on release day (same harness client, template and parameters), then keep
    'evaluating' the whole training split all week with several seeds per item to collect diverse reasoning."""
    lab = campaign(cid, "eval_lab_cover", True)
    card, org = W.card(rng), "org_" + alnum(rng, 20)
    ips = rng.sample(W.net.cloud["gcp_us"], 4)
    accts = [W.account(rng, lab, date_ts(2027, 11, 15) + rng.uniform(0, 5 * DAY), card, org=org, ua="evalkit/0.9.3 python-httpx/0.28.1",
                       ips=ips, n_keys=2) for _ in range(n_acc)]
    times = sample_times(rng, total, "flat", 0, lo=RELEASE + 1800, boost=lambda t: 4.0 if t < RELEASE + 20 * 3600 else 1.0)
    for k, t in enumerate(times):
        it = C.gsm[(k // 3) % len(C.gsm)]
        W.emit(accts[k % n_acc], t, msgs=[u(EVAL_GSM.format(q=it[0]))], model=NEW_MODEL,
               params={"max_completion_tokens": 32000, "reasoning_effort": "high", "seed": 1234 + k % 3},
               response=answer_gsm(rng, it, "plain") + "\nAnswer: " + it[2], ip=rng.choice(ips), key=accts[k % n_acc]["keys"][1],
               err_rate=0.03, reasoning=reasoning_summary(rng, it[0], it[1], True))


_DRIP_OPEN = ["hi! studying for a quant exam tomorrow, can you help me practice?", "hey can u help me with some word problems",
              "ok I have a bunch of practice questions, going to paste them one at a time"]
_DRIP_NEXT = ["next: {q}", "ok and this one: {q}", "{q}", "got it. {q}", "another: {q} full working pls", "{q} same format as before"]


def consumer_conversation_drip(W, C, rng, cid="c-n16", n_acc=300):
    """Long consumer-app conversations in which every follow-up is a new item: few conversations, many turns."""
    lab = campaign(cid, "consumer_conversation_drip", True)
    for i in range(n_acc):
        country = rng.choice(["US", "US", "IN", "BR", "MX"])
        tz = rng.choice(COUNTRY_TZ[country])
        paid = rng.random() < 0.5
        acct = W.account(rng, lab, created_between(rng, date_ts(2027, 10, 25), date_ts(2027, 12, 4)), W.card(rng) if paid else None,
                         ua=ua_app(rng), tz=tz, country=country)
        car, home = carrier(rng, country), W.net.home(rng, country)
        for t, _s in session_times(rng, rng.randint(1, 2), "consumer", tz, per_session=1):
            ip = W.net.mobile(rng, car) if rng.random() < 0.6 else home
            turns = [(rng.choice(_DRIP_OPEN), "Of course! Paste the first one and we'll work through it together.")]
            for _ in range(rng.randint(6, 14)):
                it = mutate_gsm(rng, rng.choice(C.gsm))
                turns.append((rng.choice(_DRIP_NEXT).format(q=it[0]), answer_gsm(rng, it, "cot")))
            m = (NEW_MODEL if t > RELEASE else "halyard-reason-2") if paid else "halyard-core-3-mini"
            params = {"stream": True, "reasoning_effort": "high"} if m in REASONING_MODELS else {"temperature": 0.7, "max_tokens": 4096, "stream": True}
            run_conv(W, rng, acct, turns, t, lambda _t, m=m: m, params, system=app_system(t, "en-US"), ip=ip, gap=(40, 150),
                     reasoning_long=True)
