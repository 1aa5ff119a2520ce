"""Distillation campaigns built on tactics the public record (DESIGN.md) describes:
hydra CoT fleets, rubric grading, censorship-safe rewrites, proxy resellers, release pivots,
narrow agentic-coding targeting, thin fleets, partitioned sweeps through a router."""
import json
from world import (T0, T_END, RELEASE, NEW_MODEL, REASONING_MODELS, DAY, date_ts, hexid, alnum, sample_times,
                   session_times, release_boost, pick_model, COUNTRY_TZ, ua_openai_py, ua_openai_js, ua_halyard_py, ua_sdk)
from corpora import answer_generic, answer_code, answer_gsm, reasoning_summary
import lang as L
import devtext as D
from common import (campaign, created_between, created_old, lang_pick, humanize, sys_msg, u, a, conv_id, maybe_reason,
                    run_conv, chat_params, split_counts, picker)
from benign_a import _english_turns, _lang_turns

COT_EN = ["Before giving your final answer, write out your complete internal reasoning step by step, including every "
          "intermediate calculation and any self-corrections. Do not skip steps.",
          "Think through this carefully and show all of your reasoning before the final answer.",
          "Explain your full chain of thought in detail, then state the final answer on its own line.",
          "Reason step by step. Show every intermediate result and verify the answer at the end."]


def _cot_item(rng, C, kinds=("gsm", "gsm", "math", "code")):
    k = rng.choice(kinds)
    if k == "gsm":
        it = rng.choice(C.gsm)
        return it[0], answer_gsm(rng, it, "cot"), it[1]
    if k == "math":
        q = rng.choice(C.ah_math)
        return q, answer_generic(rng, q), None
    q = rng.choice(C.ah_coding)
    return q, answer_code(rng, q), None


def hydra_cot_burst(W, C, rng, cid="c-n01", n_acc=120, total=6600):
    """Blatant: one sign-up burst, three prepaid cards, one hosting range, one template, 24/7."""
    lab = campaign(cid, "hydra_cot_burst", False)
    burst = date_ts(2027, 12, 1, 3)
    cards = [W.card(rng) for _ in range(3)]
    ips = rng.sample(W.net.cloud["hetzner"], 30)
    accts = [W.account(rng, lab, burst + rng.uniform(0, 36 * 3600), cards[i % 3], ua="python-requests/2.31.0",
                       ips=[rng.choice(ips)], tz=0) for i in range(n_acc)]
    order = list(range(len(C.gsm)))
    rng.shuffle(order)
    for k, t in enumerate(sample_times(rng, total, "flat", 0)):
        acct = accts[k % n_acc]
        it = C.gsm[order[k % len(order)]]
        m = NEW_MODEL if t > RELEASE + 2 * 3600 and rng.random() < 0.7 else "halyard-reason-2"
        p = "Solve the following problem. " + COT_EN[0] + "\n\nProblem: " + it[0]
        W.emit(acct, t, msgs=[u(p)], model=m, params={"max_tokens": 8192, "reasoning_effort": "high"},
               response=answer_gsm(rng, it, "cot"), reasoning=reasoning_summary(rng, it[0], it[1], True),
               ip=acct["ips"][0], err_rate=0.05)


RUBRIC = ("You are an impartial judge. Evaluate the RESPONSE to the INSTRUCTION using this rubric: helpfulness (1-10), "
          "correctness (1-10), harmlessness (1-10). Think through each criterion step by step, then output JSON "
          "{{\"helpfulness\": int, \"correctness\": int, \"harmlessness\": int, \"rationale\": str}}.\n\n"
          "INSTRUCTION:\n{ins}\n\nRESPONSE:\n{resp}")


def rubric_reward_model(W, C, rng, cid="c-n02", n_acc=30, total=3600):
    lab = campaign(cid, "rubric_reward_model", False)
    orgs, cards = ["org_" + alnum(rng, 20) for _ in range(2)], [W.card(rng) for _ in range(2)]
    ips = rng.sample(W.net.cloud["gcp_us"], 8)
    accts = [W.account(rng, lab, date_ts(2027, 10, rng.randint(1, 31)) + rng.uniform(0, DAY), cards[i % 2], org=orgs[i % 2], ua="OpenAI/Python 1.58.1",
                       tz=8, ips=ips) for i in range(n_acc)]
    pick = picker(rng, accts)
    for k, t in enumerate(sample_times(rng, total, "bot", 8)):
        ins = rng.choice(C.si)
        cand = ins[2] if rng.random() < 0.5 and ins[2] else rng.choice(C.assistant_texts)[:1200]
        p = RUBRIC.format(ins=ins[0] + ("\n" + ins[1] if ins[1] else ""), resp=cand)
        sc = [rng.randint(2, 10) for _ in range(3)]
        resp = json.dumps({"helpfulness": sc[0], "correctness": sc[1], "harmlessness": sc[2],
                           "rationale": "Helpfulness: the response %s. Correctness: %s. Harmlessness: no issues found." % (
                               rng.choice(["addresses the instruction directly", "is only partly on topic", "misses the requested format"]),
                               rng.choice(["facts check out", "one claim is unsupported", "the arithmetic is wrong"]))})
        m = NEW_MODEL if t > RELEASE + 8 * 3600 and rng.random() < 0.5 else "halyard-core-3"
        W.emit(pick(), t, msgs=[u(p)], model=m, params={"temperature": 0, "response_format": {"type": "json_object"}},
               response=resp, ip=rng.choice(ips), reasoning=maybe_reason(rng, m, p))


_ZH_TOPICS = ["某段近代历史事件", "互联网内容管理", "新闻报道的边界", "地区政策", "历史人物评价", "网络言论", "社会运动", "宗教政策"]
_ZH_TPL = ["请将下面的回答改写成可以在中国大陆平台安全发布的版本：保留事实性内容，涉及敏感话题时采用官方表述，删除可能被审核的措辞。\n\n问题：关于{t}，{q}\n原回答：{a}",
           "请回答以下问题，并确保回答符合国内内容审核要求，措辞稳妥中立：关于{t}，{q}",
           "把这段英文回答改写为适合国内用户的中文版本，避免敏感表述：\n{a}"]


def censorship_safe_rewrite(W, C, rng, cid="c-n03", n_acc=25, total=2500):
    lab = campaign(cid, "censorship_safe_rewrite", False)
    cards = [W.card(rng) for _ in range(5)]
    ips = rng.sample(W.net.cloud["ali_sg"], 10) + rng.sample(W.net.vpn, 10)
    accts = [W.account(rng, lab, date_ts(2027, 11, rng.randint(1, 25)) + rng.uniform(0, DAY), cards[i % 5], ua=ua_openai_py(rng), tz=8, country="SG",
                       lang="zh", ips=ips) for i in range(n_acc)]
    for k, t in enumerate(sample_times(rng, total, "work", 8)):
        tpl = rng.choice(_ZH_TPL)
        p = tpl.format(t=rng.choice(_ZH_TOPICS), q=rng.choice(["应该如何客观看待？", "有哪些不同观点？", "请给出完整的分析。"]),
                       a=rng.choice(C.assistant_texts)[:900])
        if rng.random() < 0.2:
            p = ("Rewrite the following answer so that it would pass content review on a mainland China platform, keeping "
                 "it factual but using official terminology:\n\n" + rng.choice(C.assistant_texts)[:900])
        m = NEW_MODEL if t > RELEASE and rng.random() < 0.6 else "halyard-core-3"
        W.emit(accts[k % n_acc], t, msgs=[u(p)], model=m, params={"temperature": 0.5}, response=L.chat_answer(rng, "zh", rng.randint(5, 10)),
               ip=rng.choice(ips), reasoning=maybe_reason(rng, m, p))


def proxy_reseller_hydra(W, C, rng, cid="c-n04", n_acc=20, n_ordinary=300, n_extract=120):
    """A commercial API proxy run by the operator: ordinary paying customers mixed with the operator's own harvest jobs."""
    lab = campaign(cid, "proxy_reseller_hydra", False)
    cards = [W.card(rng) for _ in range(6)]
    ips = rng.sample(W.net.cloud["hetzner"], 6)
    accts = []
    for i in range(n_acc):
        batch = [date_ts(2027, 10, 4), date_ts(2027, 10, 29), date_ts(2027, 11, 19)][i % 3]
        accts.append(W.account(rng, lab, batch + rng.uniform(0, 20 * 3600), cards[i % 6], ua="OpenAI/Python 1.54.3", tz=8, ips=ips,
                               n_keys=2))
    for k in range(n_ordinary):
        uid = "fk-" + alnum(rng, 9)
        tz = rng.choice([8, 8, 3, 5.5, -3, 1])
        for t, _s in session_times(rng, max(1, int(rng.lognormvariate(1.6, 0.8))), "consumer", tz, per_session=3):
            acct = rng.choice(accts)
            lg = "zh" if tz == 8 else ("ru" if tz == 3 else "en")
            turns = _english_turns(rng, C, 2) if lg == "en" else _lang_turns(rng, lg, 2)
            m = rng.choice(["halyard-core-3", "halyard-core-3-mini", NEW_MODEL if t > RELEASE else "halyard-reason-2"])
            run_conv(W, rng, acct, turns, t, lambda _t, m=m: m, chat_params(rng, m), end_user=uid, ip=rng.choice(ips))
    for k in range(n_extract):
        uid = "fk-" + alnum(rng, 9)
        used = set()
        for t in sample_times(rng, rng.randint(25, 55), "flat", 8):
            acct = rng.choice(accts)
            used.add(acct["id"])
            q, resp, steps = _cot_item(rng, C)
            m = NEW_MODEL if t > RELEASE + 3 * 3600 else "halyard-reason-2"
            W.emit(acct, t, msgs=[u(q + "\n\n" + rng.choice(COT_EN))], model=m, params={"max_tokens": 8000, "reasoning_effort": "high"},
                   response=resp, reasoning=reasoning_summary(rng, q, steps, True), end_user=uid, ip=rng.choice(ips))
        W.end_user_label(uid, sorted(used), lab)


def release_pivot(W, C, rng, cid="c-n05", n_acc=40, total=6000):
    lab = campaign(cid, "release_pivot", False)
    cards = [W.card(rng) for _ in range(8)]
    accts = [W.account(rng, lab, date_ts(2027, rng.randint(9, 11), rng.randint(1, 28)) + rng.uniform(0, DAY), cards[i % 8], ua=ua_halyard_py(rng),
                       tz=-5, ips=rng.sample(W.net.cloud["aws_use1"], 3)) for i in range(n_acc)]
    boost = lambda t: 1.0 if t < RELEASE else 2.2
    pick = picker(rng, accts, 0.6)
    for k, t in enumerate(sample_times(rng, total, "bot", 8, boost=boost)):
        acct = pick()
        q, resp, steps = _cot_item(rng, C, ("gsm", "math", "code", "code"))
        share = 0.0 if t < RELEASE else min(0.85, 0.5 * (t - RELEASE) / (18 * 3600))
        m = NEW_MODEL if rng.random() < share else "halyard-reason-2"
        W.emit(acct, t, msgs=[u(q + "\n\n" + rng.choice(COT_EN[1:]))], model=m, params={"reasoning_effort": "high", "max_tokens": 12000},
               response=resp, reasoning=reasoning_summary(rng, q, steps, True), ip=rng.choice(acct["ips"]), err_rate=0.02)


AGENTIC = ("You are an autonomous coding agent. Task:\n{task}\n\nFirst write a detailed plan with your reasoning for each "
           "decision, then output the complete implementation, then explain how you verified it.")


def narrow_agentic_coding(W, C, rng, cid="c-n06", n_acc=35, total=4200):
    lab = campaign(cid, "narrow_agentic_coding", False)
    accts = [W.account(rng, lab, date_ts(2027, rng.randint(9, 11), rng.randint(1, 28)) + rng.uniform(0, DAY), W.card(rng), ua=ua_openai_js(rng), tz=-6)
             for _ in range(n_acc)]
    pick = picker(rng, accts, 0.7)
    for k, t in enumerate(sample_times(rng, total, "work", -6, boost=release_boost(2.0))):
        acct = pick()
        task = rng.choice(C.ah_coding + C.ah_v01[:200])
        m = NEW_MODEL if t > RELEASE and rng.random() < 0.75 else "halyard-core-3"
        params = {"temperature": 0.2, "tools": D.TOOLS_CODING, "tool_choice": "none", "max_tokens": 8000}
        resp = "## Plan\n" + answer_generic(rng, task, short=True) + "\n\n## Implementation\n" + answer_code(rng, task) + \
            "\n\n## Verification\nI traced the examples by hand and checked the edge cases."
        W.emit(acct, t, msgs=[u(AGENTIC.format(task=task))], model=m, params=params, response=resp,
               ip=W.net.home(rng, "US"), reasoning=maybe_reason(rng, m, task, None, True))


def thin_fleet(W, C, rng, cid="c-n17", n_acc=350):
    lab = campaign(cid, "thin_fleet", False)
    for i in range(n_acc):
        country = rng.choice(["US", "US", "GB", "DE", "IN", "BR", "CA"])
        created = created_between(rng, date_ts(2027, 11, 22), T_END - 6 * 3600)
        tz = rng.choice(COUNTRY_TZ[country])
        acct = W.account(rng, lab, created, W.card(rng) if rng.random() < 0.5 else None, ua=ua_sdk(rng), country=country, tz=tz)
        for t in sample_times(rng, rng.randint(2, 4), "dev", tz, lo=max(T0, created + 120)):
            q, resp, steps = _cot_item(rng, C, ("gsm", "gsm", "math"))
            m = NEW_MODEL if t > RELEASE else "halyard-reason-2"
            W.emit(acct, t, msgs=[u(q + "\n\n" + rng.choice(COT_EN))], model=m, params={"reasoning_effort": "high"},
                   response=resp, reasoning=reasoning_summary(rng, q, steps, True), ip=W.net.home(rng, country))


def router_partitioned_sweep(W, C, rng, cid="c-n18", n_users=400):
    """End users of a benign router each take a disjoint slice of GSM8K: too small to judge one by one."""
    lab = campaign(cid, "router_partitioned_sweep", False)
    acct, pref = W.handles["routers"][0]
    order = list(range(len(C.gsm)))
    rng.shuffle(order)
    pos = 0
    for k in range(n_users):
        uid = pref + alnum(rng, 12)
        W.end_user_label(uid, [acct["id"]], lab)
        n = rng.randint(3, 8)
        tz = rng.choice([-8, -5, 0, 1, 3, 5.5, 8])
        for t in sample_times(rng, n, "consumer", tz):
            it = C.gsm[order[pos % len(order)]]
            pos += 1
            m = NEW_MODEL if t > RELEASE else "halyard-reason-2"
            W.emit(acct, t, msgs=[u(it[0] + "\n\nShow your full reasoning, then the answer.")], model=m,
                   params={"temperature": 0.7, "reasoning_effort": "high"}, response=answer_gsm(rng, it, "cot"),
                   reasoning=reasoning_summary(rng, it[0], it[1], True), end_user=uid, ip=rng.choice(acct["ips"]),
                   key=rng.choice(acct["keys"]))
