# -*- coding: utf-8 -*-
"""Benign populations, part C: customer-support bots, developers, coding agents with tool loops, an IDE plugin
relay, researchers probing model behaviour, API resellers / routers, internal RAG assistants."""
import banks as B
import kit as K
import textgen as T
from world import (CHAT, MINI, CODER, THINK1, THINK2, RELEASE, WEEK0, DAY, COUNTRIES, CONSUMER_MIX, SDK_UAS, SDK_W, DEV_UAS,
                   GATEWAY_UAS, pick_w, sessions, bursts, created_between, lognorm_int, status_of)
from benign_b import _org_accounts


def _lang_of(R, c):
    d = COUNTRIES[c]["langs"]
    return pick_w(R, list(d), list(d.values()))


def pop_support_bots(W, C):
    """Customer-support bots relaying their customers (end_user); a few customers try to read the system prompt."""
    pop = "support_bot"
    home = {"快橙电商": "CN", "星河电信": "HK", "Kedai Pintar": "MY", "MerliPay": "SG", "宝岛旅游": "TW", "HomeFix SG": "SG", "萬通保險": "HK", "Klinik Sejahtera": "MY"}
    for co in B.SUPPORT_COMPANIES:
        name = co["name"]
        R, rng = W.rng(pop + name), W.nprng(pop + name)
        c = home[name]
        accts = _org_accounts(W, R, pop, name, c, R.choice([1, 2, 2]), uas=[R.choice(["qilin-python/3.4.1", "openai-node/4.77.0", "dify-api/1.5.1"])])
        for u in range(R.randint(250, 650)):
            L = R.choice(co["lang"])
            uid = W.end_user(pop, name, u)
            a = accts[u % len(accts)]
            nx = R.choice([1, 2, 2, 3, 4, 5, 6])
            for times in sessions(rng, nx, 8, "human", turns=(1, 5), gap=(10, 120)):
                msgs = B.SUPPORT_MSGS.get(L, B.SUPPORT_MSGS["en"])

                def more(R_, L_, k, msgs=msgs):
                    return (R_.choice(msgs + T.bank(B.FOLLOWUPS, L_)).format(n=R_.randint(10 ** 7, 10 ** 8)), "gen", None)
                first = (R.choice(msgs).format(n=R.randint(10 ** 7, 10 ** 8)), "gen", None)
                if "指令" in first[0] or "Ignore" in first[0] or R.random() < 0.004:
                    first = (first[0] if R.random() < 0.5 else R.choice(C.sysx), "sys", None)
                K.converse(W, R, a, times, L, first, R.choice([CHAT, MINI]), sys=co["sys"], temp=0.3, end_user=uid, more=more, stream=0.0)


def pop_coding_devs(W, C, n=300):
    """Individual developers: IDE extensions with their own key, debugging, design questions."""
    pop = "coding_dev"
    R, rng = W.rng(pop), W.nprng(pop)
    for i in range(n):
        c = pick_w(R, list(CONSUMER_MIX), list(CONSUMER_MIX.values()))
        a = W.new_account(pop, i, c, created_between(R, 5, 600), uas=[R.choice(DEV_UAS)] if R.random() < 0.6 else [pick_w(R, SDK_UAS, SDK_W)], R=R)
        L = a.lang if a.lang in ("zh", "tw", "en", "ja") else "en"
        nx = lognorm_int(rng, 30, 0.8, 4, 300)
        mp = K.model_picker(R, base=R.choice([CODER, CODER, CHAT]), think_share=R.choice([0.05, 0.2, 0.35]), adopt=0.45, delay_h=(2, 40), mini=0.05)
        for times in sessions(rng, nx, a.tz, R.choice(["office", "evening"]), weekend=0.7, turns=(1, 6), gap=(20, 300)):
            x = R.random()
            item = K.code_item(R, L) if x < 0.65 else (R.choice(C.hard["coding"]), "gen", None) if x < 0.85 else K.chat_item(R, a.lang)

            def more(R_, L_, k):
                return R_.choice([(R_.choice(["still failing: TypeError: 'NoneType' object is not subscriptable", "还是报错", "can you add tests?",
                                              "改成异步的版本", "what about thread safety?", "能不能更简洁一点"]), "gen", None), K.code_item(R_, L_)])
            K.converse(W, R, a, times, L, item, mp, effort=R.choice(["low", "medium", "high"]), more=more, temp=0.2)


TOOLS = [{"type": "function", "function": {"name": n, "description": d, "parameters": {"type": "object", "properties": p}}} for n, d, p in [
    ("read_file", "Read a file from the workspace", {"path": {"type": "string"}}),
    ("write_file", "Overwrite a file", {"path": {"type": "string"}, "content": {"type": "string"}}),
    ("run_shell", "Run a shell command in the sandbox", {"cmd": {"type": "string"}}),
    ("search_code", "Search the repository", {"query": {"type": "string"}}),
    ("run_tests", "Run the test suite", {"target": {"type": "string"}})]]
AGENT_TASKS = ["Fix the failing test in tests/test_parser.py", "Add pagination to the /orders endpoint", "Upgrade the project from pydantic v1 to v2",
               "修复登录接口在高并发下的竞态问题", "给 utils/date.py 增加时区处理并补充单元测试", "Refactor the payment module to remove the global state",
               "The CI build fails on Node 22, find out why", "把 README 里的安装步骤更新成 uv 的用法", "Implement rate limiting middleware for the API gateway"]
FILES = ["src/app.py", "src/payments/core.py", "tests/test_parser.py", "package.json", "utils/date.py", "api/orders.go", "README.md"]


def agent_session(W, R, a, t0, model, task, effort, end_user=None, steps=None, tools=TOOLS, lat=(2, 25)):
    """One agent run: the task, then a tool loop; each exchange carries the growing history (last 8 messages)."""
    sysm = {"role": "system", "content": "You are a coding agent working in a git repository. Use the tools to inspect and change code, run the tests, and stop when the task is done."}
    hist = []
    cid = K.conv_id(W, R)
    ts = t0
    steps = steps or R.randint(4, 22)
    for s in range(steps):
        m = model(ts) if callable(model) else model
        if s == steps - 1:
            resp = "Done. Summary of changes:\n- " + "\n- ".join(R.sample(["updated %s" % f for f in FILES], 2)) + "\nAll tests pass."
        else:
            tool = R.choice(["read_file", "search_code", "run_shell", "write_file", "run_tests"])
            arg = {"read_file": {"path": R.choice(FILES)}, "search_code": {"query": R.choice(["def parse", "TODO", "rate_limit", "timezone"])},
                   "run_shell": {"cmd": R.choice(["pytest -x -q", "npm test", "go test ./...", "git diff --stat"])}, "write_file": {"path": R.choice(FILES), "content": "..."},
                   "run_tests": {"target": R.choice(["tests/", "./..."])}}[tool]
            resp = T.resp_json({"tool_call": {"name": tool, "arguments": arg}})
        msgs = [sysm, {"role": "user", "content": task}] + hist[-8:]
        rs = T.reason_code(R, "en", task, effort) if m in (THINK1, THINK2) else None
        p = {"tools": tools, "tool_choice": "auto", "temperature": 0.0} if m not in (THINK1, THINK2) else {"tools": tools, "reasoning_effort": effort}
        W.emit(R, a, ts, msgs, m, p, resp, rs, end_user=end_user, ip=a.ips[0], in_extra=600, status=status_of(R, 0.003, 0.005))
        hist += [{"role": "assistant", "content": resp}, {"role": "tool", "content": R.choice(["ok", "1 failed, 41 passed", "FAILED tests/test_parser.py::test_dates - AssertionError",
                                                                                              "def parse(s):\n    return s.split(',')", "No matches", "diff: 3 files changed"])}]
        ts += R.uniform(*lat)


def pop_coding_agents(W, C, n=40):
    """Teams running coding agents with tool loops (bursts of quick successive calls); many move to the new model."""
    pop = "coding_agent"
    R, rng = W.rng(pop), W.nprng(pop)
    for i in range(n):
        c = pick_w(R, ["CN", "SG", "TW", "HK", "MY", "US"], [4, 3, 2, 1, 1, 1])
        a = _org_accounts(W, R, pop, i, c, 1, uas=[R.choice(["OpenHands/0.47.0", "aider/0.85.1", "openai-agents/0.2.4 OpenAI/Python 1.99.1", "Cline/3.17.1", "RooCode/3.20.0"])])[0]
        switch = RELEASE + R.uniform(3, 90) * 3600 if R.random() < 0.6 else 1e18
        nruns = lognorm_int(rng, 11, 0.6, 3, 80)
        for t0 in K_sample(rng, nruns, a.tz):
            task = R.choice(AGENT_TASKS + [K.code_item(R, "en")[0]])
            agent_session(W, R, a, t0, lambda ts, sw=switch: THINK2 if ts >= sw else CODER, task, R.choice(["medium", "high"]))


def K_sample(rng, n, tz):
    from world import sample_ts
    return [float(x) for x in sample_ts(rng, n, tz, "office", weekend=0.5)]


def pop_ide_relay(W, C):
    """IDE plugin vendors relaying their developers (end_user): completions and chat."""
    pop = "ide_plugin"
    for vi, (name, c, nacc, nusers) in enumerate([("codemate", "CN", 2, 300), ("kodhelper", "SG", 1, 150)]):
        R, rng = W.rng(pop + name), W.nprng(pop + name)
        accts = _org_accounts(W, R, pop, name, c, nacc, uas=["%s-server/2.%d" % (name, vi + 1)])
        for u in range(nusers):
            uid = W.end_user(pop, name, u)
            a = accts[u % nacc]
            L = "zh" if c == "CN" else R.choice(["en", "en", "zh"])
            nx = lognorm_int(rng, 22, 0.8, 2, 150)
            for times in sessions(rng, nx, 8, "office", weekend=0.4, turns=(1, 4), gap=(5, 60)):
                if R.random() < 0.5:
                    sn = R.choice(B.SNIPPETS)
                    item = ("Complete the code at <CURSOR>:\n```\n%s\n<CURSOR>\n```" % sn, "fixed", "    return result\n")
                    K.converse(W, R, a, times[:1], L, item, CODER, temp=0.1, end_user=uid, max_tokens=256, stream=0.0)
                else:
                    K.converse(W, R, a, times, L, K.code_item(R, L), lambda ts: THINK2 if ts > RELEASE + 40 * 3600 and R.random() < 0.3 else CODER,
                               end_user=uid, effort="medium")


def pop_researchers(W, C, n=35):
    """Researchers probing model behaviour: bias grids, sycophancy, capability sweeps, jailbreak robustness, logprobs."""
    pop = "researcher"
    R, rng = W.rng(pop), W.nprng(pop)
    domains = list(B.PROBE_DOMAINS)
    for i in range(n):
        c = pick_w(R, ["SG", "HK", "TW", "CN", "MY", "US", "DE"], [3, 2, 2, 3, 1, 1, 1])
        a = _org_accounts(W, R, pop, i, c, 1, kind="campus", uas=[R.choice(["python-requests/2.32.3", "OpenAI/Python 1.99.1", "python-httpx/0.27.2", "inspect-ai/0.3.90"])], nips=2)[0]
        studies = R.sample(["bias", "syco", "probe", "jail", "logprob"], R.randint(1, 2))
        nx = lognorm_int(rng, 170, 0.6, 40, 900)
        models = [CHAT, THINK1, MINI] + ([THINK2] if R.random() < 0.7 else [])
        for job in bursts(rng, nx, a.tz, "office", weekend=0.3, per_job=(20, 150), rate=(0.1, 1.0)):
            st = R.choice(studies)
            for ts in job:
                m = R.choice(models)
                p = {"temperature": R.choice([0.0, 0.7, 1.0]), "max_tokens": 512}
                if st == "bias":
                    q = R.choice(B.RESEARCH_BIAS).format(p=R.choice(B.RESEARCH_P), c=R.choice(B.RESEARCH_C))
                    item = (q, "gen", None)
                    p["n"] = R.choice([1, 5, 10])
                elif st == "syco":
                    item = (R.choice(B.RESEARCH_BIAS[3:5]), "gen", None)
                elif st == "probe":
                    d = R.choice(domains)
                    item = (R.choice(B.PROBE_DOMAINS[d]), "gen", None)
                elif st == "jail":
                    item = (R.choice(C.adv + C.dan + C.jb_wild[400:520]), "refuse", None)
                else:
                    item = K.chat_item(R, R.choice(["en", "zh"]))
                    p.update({"logprobs": True, "top_logprobs": 5, "max_tokens": 64})
                if m in (THINK1, THINK2):
                    p = {"reasoning_effort": R.choice(["low", "medium", "high"])}
                resp, rs = K.answer(R, "en", item, m, p.get("reasoning_effort"))
                W.emit(R, a, float(ts), [{"role": "user", "content": item[0]}], m, p, resp, rs, ip=R.choice(a.ips))


RESELLERS = [("zhongzhuan-a", "CN", 3, 380), ("relay-hk", "HK", 2, 260), ("apihub-my", "MY", 2, 220)]


def reseller_user_session(W, C, R, rng, a, uid, c, nx, ua):
    L = _lang_of(R, c)
    mp = K.model_picker(R, base=R.choice([CHAT, MINI, CODER]), think_share=0.15, adopt=0.35)
    for times in sessions(rng, nx, 8, R.choice(["human", "evening", "office"]), turns=(1, 5)):
        x = R.random()
        if x < 0.04:
            item = (R.choice(C.dan + C.persona), "refuse", None)
        elif x < 0.3 and L == "en":
            K.converse_arena(W, R, a, times, R.choice(C.arena), mp, end_user=uid, ua=ua)
            continue
        elif x < 0.55:
            item = K.chat_item(R, L)
        elif x < 0.75:
            item = K.code_item(R, L)
        else:
            item = K.hw_item(R, L)
        K.converse(W, R, a, times, L, item, mp, end_user=uid, ua=ua, effort=R.choice(["low", "medium", "high"]))


def pop_resellers(W, C):
    """API resellers / routers: pools of upstream accounts of one organisation relaying their own customers."""
    pop = "reseller"
    W.resellers = []
    for ri, (name, c, nacc, nusers) in enumerate(RESELLERS):
        R, rng = W.rng(pop + name), W.nprng(pop + name)
        accts = _org_accounts(W, R, pop, name, c, nacc, uas=[GATEWAY_UAS[ri % 3]], nips=4, nkeys=4)
        W.resellers.append(accts)
        for u in range(nusers):
            uid = W.end_user(pop, name, u)
            # the gateway spreads a customer's requests over the pool
            nx = lognorm_int(rng, 11, 1.0, 1, 180)
            a = accts[R.randrange(nacc)]
            reseller_user_session(W, C, R, rng, a, uid, R.choice([c, c, "CN", "TW", "SG"]), nx, accts[0].uas[0])
        # the reseller's own health checks and key validation (no end user)
        for ts in K_sample(rng, 60, 8):
            for a in accts:
                W.emit(R, a, ts, [{"role": "user", "content": "ping"}], MINI, {"max_tokens": 1}, "pong", ip=a.ips[0])


KB = {"zh": ["公司差旅报销标准：一线城市住宿每晚不超过600元，二线城市450元。", "年假：入职满一年享受5天年假，满十年10天。", "VPN使用须知：出差期间需使用公司VPN访问内网系统。"],
      "en": ["Expense policy: hotel up to SGD 250 per night; meals up to SGD 60 per day.", "Leave: 14 days annual leave, plus 14 days outpatient sick leave.", "Laptops must be encrypted and locked when unattended."],
      "ms": ["Cuti tahunan: 14 hari bagi kakitangan tetap.", "Tuntutan perjalanan perlu dihantar dalam tempoh 30 hari."]}
KB_Q = {"zh": ["出差去上海住宿标准是多少？", "我入职三年有几天年假？", "在家怎么连内网？"], "en": ["What's the hotel limit for business trips?", "How many days of annual leave do I get?", "Do I need to lock my laptop?"],
        "ms": ["Berapa hari cuti tahunan saya?", "Bila tarikh akhir tuntutan perjalanan?"]}


def pop_rag_apps(W, C, n=30):
    """Internal knowledge-base assistants (retrieved context + question), a few employees each."""
    pop = "rag_app"
    R, rng = W.rng(pop), W.nprng(pop)
    for i in range(n):
        c = pick_w(R, ["CN", "SG", "MY", "TW", "HK"], [3, 3, 2, 1, 1])
        a = _org_accounts(W, R, pop, i, c, 1, uas=[R.choice(["llama-index/0.12.40", "langchain-openai/0.3.27 OpenAI/Python 1.99.1", "dify-api/1.5.1"])])[0]
        L = "zh" if a.lang in T.ZH_LIKE else ("ms" if a.lang == "ms" else "en")
        staff = R.randint(3, 15)
        nx = lognorm_int(rng, 180, 0.6, 30, 800)
        for times in sessions(rng, nx, a.tz, "office", weekend=0.1, turns=(1, 3)):
            uid = W.end_user(pop, i, R.randrange(staff))
            ctx = "\n".join(R.sample(KB[L], min(2, len(KB[L]))))
            sysp = ("根据以下资料回答员工的问题，资料中没有的内容请说不知道。\n资料：\n" if L == "zh" else "Answer using only the context below. Say you don't know otherwise.\nContext:\n") + ctx
            K.converse(W, R, a, times, L, (R.choice(KB_Q[L]), "gen", None), CHAT, sys=sysp, temp=0.1, end_user=uid,
                       more=lambda R_, L_, k: (R_.choice(KB_Q[L_]), "gen", None))
