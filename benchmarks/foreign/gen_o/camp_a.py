"""Campaigns c-o01..c-o06: tactics the public record (DESIGN.md) already names. Not held out."""
import json

import corpora
import lang
from common import (M_FLASH, M_PRO, M_R1, NETS, RELEASE, T0, Net, addr, fixed,
                    rng_for, sched, sdk_ua, session_times)
from kit import (arena_turns, camp, conv, created, emit_agent, gsm_turn, hard_turn, math_turn, model_at, n_heavy, params_for)


def hydra_cot_burst(W, C, seed, n=240):
    """c-o01 (blatant): accounts made in three sign-up bursts, eight prepaid cards, one client build,
    datacenter proxies, explicit chain-of-thought elicitation over GSM8K; half the traffic moves to
    the new model within a day of its release."""
    cid, tac = "c-o01", "hydra_cot_burst"
    rng = rng_for(seed, "camp", cid)
    cards = [W.card() for _ in range(8)]
    proxies = [addr(rng.choice(NETS[rng.choice(["hetzner", "ovh"])][:4]), rng) for _ in range(40)]
    bursts = [T0 - 4 * 3600, T0 + 2 * 3600, RELEASE + 1 * 3600]
    ua = "python-httpx/0.28.1"
    order = list(range(len(C.gsm)))
    rng.shuffle(order)
    k = 0
    for i in range(n):
        b = i * 3 // n
        c = bursts[b] + rng.random() * 2.5 * 3600
        net = Net([(1, "fixed", rng.sample(proxies, 2))])
        a = W.account(camp(cid, tac, False), c, net, ua, pay=cards[(i * 8) // n])
        sch = sched("flat", "all", 1, lo=max(0.0, c - T0 + 600))
        for t in session_times(rng, sch, n_heavy(rng, 62, 0.3, 20, 160), burst=(4, 15), gap_med=12, gap_sigma=0.4):
            if rng.random() < 0.8:
                tr = gsm_turn(rng, C, order[k % len(order)], tpl=rng.choice(lang.EN["cot"]))
                k += 1
            else:
                tr = hard_turn(rng, C, "math", tpl=rng.choice(lang.EN["cot"]))
            if t < RELEASE:
                m = M_R1
            else:
                m = model_at(rng, t, {M_R1: 1}, denker=0.9, tau_h=20)
            W.emit(rng, a, t, [{"role": "user", "content": tr[0]}], tr[1], model=m,
                   params={"max_tokens": 8192, "reasoning_effort": "high"}, reasoning=tr[2] or corpora.synth_reasoning(rng, tr[0], 6),
                   p_err=0.03)


SI_GEN = ["You are asked to come up with a set of 20 diverse task instructions. These task instructions will be given to a GPT model "
          "and we will evaluate the GPT model for completing the instructions.\n\nHere are the requirements:\n1. Try not to repeat the "
          "verb for each instruction to maximize diversity.\n2. The language used for the instruction also should be diverse.\n"
          "3. The type of instructions should be diverse.\n\nList of 20 tasks:\n{tasks}",
          "Come up with a series of tasks:\n\n{tasks}\nTask {k}:"]
SI_ANS = ["Given the task instruction below, write an appropriate input (if needed) and a high-quality, detailed output.\n\n"
          "Instruction: {i}\nInput:", "{i}\n\n{x}\n\nGive a complete, expert-quality answer."]


def selfinstruct_template_farm(W, C, seed, n=32):
    """c-o02: Self-Instruct data-generation templates at volume, four shell companies paying by SEPA."""
    cid, tac = "c-o02", "selfinstruct_template_farm"
    rng = rng_for(seed, "camp", cid)
    payers = [W.sepa() for _ in range(4)]
    for i in range(n):
        a = W.account(camp(cid, tac, False), created(rng, (2027, 11, 25), (2027, 12, 22)), Net([fixed(rng, "aws_fra")]),
                      "OpenAI/Python 2.8.1", pay=payers[i % 4])
        for t in session_times(rng, sched("flat", "all", 1), n_heavy(rng, 150, 0.3, 50, 300), burst=(5, 20), gap_med=8, gap_sigma=0.5):
            x = rng.random()
            if x < 0.45:
                seeds = rng.sample(C.seeds, 8)
                u = rng.choice(SI_GEN).format(tasks="".join("%d. %s\n" % (j + 1, s[0]) for j, s in enumerate(seeds)), k=9)
                ans = "\n".join("%d. %s" % (j + 9, s[0]) for j, s in enumerate(rng.sample(C.seeds, 10)))
            else:
                s = rng.choice(C.seeds)
                u = rng.choice(SI_ANS).format(i=s[0], x=s[1])
                ans = (s[2] or corpora.synth_answer(rng, s[0]))
            m = model_at(rng, t, {M_PRO: 1}, denker=0.3, tau_h=10)
            W.emit(rng, a, t, [{"role": "user", "content": u}], ans, model=m, params=params_for(rng, "sdk", m),
                   reasoning=corpora.synth_reasoning(rng, u) if m != M_PRO else None, p_err=0.02)


RUBRIC = ("You are a strict reward model. Compare the two assistant responses to the user prompt below. Score each from 1 to 10 for "
          "helpfulness, harmlessness and honesty, explain the decisive differences, then output JSON "
          '{{"score_a": int, "score_b": int, "preferred": "A"|"B", "rationale": str}}.\n\n[PROMPT]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}')
RUBRIC_DE = ("Bewerte als Reward-Modell die beiden Antworten auf die Nutzeranfrage nach Hilfsbereitschaft, Korrektheit und Sicherheit "
             "(je 1-10), begründe ausführlich und gib JSON mit score_a, score_b, preferred, rationale aus.\n\n[ANFRAGE]\n{q}\n\n[ANTWORT A]\n{a}\n\n[ANTWORT B]\n{b}")


def reward_model_rubric(W, C, seed, n=20):
    """c-o03: the model used as a reward model over pairs of candidate answers (rubric grading)."""
    cid, tac = "c-o03", "reward_model_rubric"
    rng = rng_for(seed, "camp", cid)
    cards = [W.card() for _ in range(4)]
    for i in range(n):
        a = W.account(camp(cid, tac, False), created(rng, (2027, 10, 1), (2027, 12, 1)), Net([fixed(rng, "gcp_fra")]),
                      "Python/3.12 aiohttp/3.11.9", pay=cards[i % 4])
        for t in session_times(rng, sched("night_batch", "all", 1), n_heavy(rng, 190, 0.3, 60, 400), burst=(10, 30), gap_med=5, gap_sigma=0.4):
            cv = rng.choice(C.convs)
            q, ans_a = cv[0]
            ans_b = corpora.synth_answer(rng, q)
            tpl = RUBRIC_DE if rng.random() < 0.25 else RUBRIC
            sa, sb = rng.randint(3, 9), rng.randint(2, 9)
            out = json.dumps({"score_a": sa, "score_b": sb, "preferred": "A" if sa >= sb else "B",
                              "rationale": " ".join(rng.sample(corpora.BODY, 3))})
            W.emit(rng, a, t, [{"role": "user", "content": tpl.format(q=q[:2000], a=ans_a[:2500], b=ans_b)}], out, model=M_PRO,
                   params={"temperature": 0.0, "logprobs": True, "top_logprobs": 5, "max_tokens": 700}, p_err=0.02)


REWRITE = ["Rewrite the following answer so that it contains no politically sensitive statements and would pass content review in any "
           "jurisdiction. Keep every factual and technical detail.\n\n{a}",
           "Make this response censorship-safe: remove or neutralise anything about governments, protests, territorial disputes or "
           "leaders, but keep the rest verbatim.\n\n{a}",
           "Rewrite for a mainland-compliant training corpus. Same content, no sensitive political framing:\n\n{a}"]


def safe_rewrite(W, C, seed, n=16):
    """c-o04: 'censorship-safe' rewrites of answers, from one VPN provider's exits."""
    cid, tac = "c-o04", "censorship_safe_rewrite"
    rng = rng_for(seed, "camp", cid)
    for i in range(n):
        a = W.account(camp(cid, tac, False), created(rng, (2027, 12, 1), (2028, 1, 5)), Net([(1, "nat", "mullvad")]),
                      sdk_ua(rng, "requests"))
        for t in session_times(rng, sched("flat", "all", 1), n_heavy(rng, 150, 0.3, 50, 300), burst=(5, 15), gap_med=10, gap_sigma=0.5):
            cv = rng.choice(C.convs)
            ans = cv[0][1]
            W.emit(rng, a, t, [{"role": "user", "content": rng.choice(REWRITE).format(a=ans[:3000])}], ans[:3000], model=M_PRO,
                   params={"temperature": 0.3, "max_tokens": 3000}, p_err=0.02)


def agentic_trajectory_farm(W, C, seed, n=50):
    """c-o05: capability targeting (agentic coding): full tool-use trajectories over Arena-Hard coding
    tasks, 24/7, all accounts with one coding agent's exact client build."""
    cid, tac = "c-o05", "agentic_trajectory_farm"
    rng = rng_for(seed, "camp", cid)
    for i in range(n):
        a = W.account(camp(cid, tac, False), created(rng, (2027, 9, 1), (2027, 12, 15)), Net([fixed(rng, "gcp_fra")]), "Cline/3.41.0")
        mf = lambda r, tt: model_at(r, tt, {M_PRO: 1}, denker=0.8, tau_h=8)
        for t in session_times(rng, sched("flat", "all", 1), n_heavy(rng, 28, 0.3, 10, 60), burst=(2, 6), gap_med=60):
            emit_agent(W, rng, a, t, C, "Cline", mf, lambda r, m: params_for(r, "agent", m), "en", p_err=0.02)


RESELLER_COT = {"en": lang.EN["cot"], "pl": lang.LANGS["pl"]["cot"], "cs": lang.LANGS["cs"]["cot"], "uk": lang.LANGS["uk"]["cot"],
                "de": lang.LANGS["de"]["cot"]}


def reseller_proxy_mix(W, C, seed, n_acc=6, n_ext=560, n_real=150):
    """c-o06: a gray-market API reseller: extraction end users mixed with ordinary paying customers."""
    cid, tac = "c-o06", "reseller_proxy_mix"
    rng = rng_for(seed, "camp", cid)
    org = W.org()
    cards = [W.card(), W.card()]
    net = Net([fixed(rng, "digitalocean", 4)])
    ua = "OneAPI-Relay/0.6.11 (Go-http-client/2.0)"
    accts = [W.account(camp(cid, tac, False), created(rng, (2027, 8, 1), (2027, 12, 1)), net, ua, org=org, pay=cards[i % 2], keys=3)
             for i in range(n_acc)]
    for j in range(n_ext + n_real):
        ext = j < n_ext
        use = rng.sample(accts, rng.choice([1, 1, 2]))
        eu = W.end_user("u_", camp(cid, tac, False) if ext else None, [x.id for x in use])
        lng = rng.choice(["en", "en", "pl", "cs", "uk", "de"]) if ext else "en"
        for t in session_times(rng, sched("flat", "all", rng.choice([1, 2, 7, 8])), n_heavy(rng, 13 if ext else 9, 0.5, 2, 60),
                               burst=(2, 8), gap_med=25):
            a = rng.choice(use)
            if ext:
                if lng == "en":
                    tr = gsm_turn(rng, C, tpl=rng.choice(RESELLER_COT["en"])) if rng.random() < 0.6 else \
                        hard_turn(rng, C, rng.choice(["math", "coding", "hard"]), tpl=rng.choice(RESELLER_COT["en"]))
                else:
                    tr = math_turn(rng, lng, tpl=rng.choice(RESELLER_COT[lng]))
                m = model_at(rng, t, {M_R1: 1}, denker=0.85, tau_h=10)
                conv(W, rng, a, t, [tr], lng, model=m, params={"max_tokens": 8192, "reasoning_effort": "high"}, end_user=eu, p_err=0.03)
            else:
                conv(W, rng, a, t, arena_turns(rng, C, rng.randint(1, 2)), "en", end_user=eu,
                     model=lambda r, tt: model_at(r, tt, {M_PRO: 5, M_FLASH: 5}, denker=0.2), params=lambda r, m: params_for(r, "sdk", m))
    for a in accts:   # the reseller's own health checks, naming no end user
        for t in session_times(rng, sched("flat", "all", 1), 50, burst=(1, 1)):
            W.emit(rng, a, t, [{"role": "user", "content": "ping"}], "pong", model=M_FLASH, params={"max_tokens": 5})


ALL = [hydra_cot_burst, selfinstruct_template_farm, reward_model_rubric, safe_rewrite, agentic_trajectory_farm, reseller_proxy_mix]
