# -*- coding: utf-8 -*-
"""Helpers shared by benign populations and campaigns: regions, ages, volumes, clients, runners."""
import math

import convs
import world as Wd
from world import DAY, START, END

REGION = {
    "jp": ("jp_res", "jp_mobile", "JST", "JP", "ja"),
    "kr": ("kr_res", "kr_mobile", "KST", "KR", "ko"),
    "us_e": ("us_res", "us_mobile", "ET", "US", "en"),
    "us_c": ("us_res", "us_mobile", "CT", "US", "en"),
    "us_w": ("us_res", "us_mobile", "PT", "US", "en"),
    "ca": ("ca_res", "us_mobile", "ET", "CA", "en"),
    "vn": ("vn_res", None, "ICT", "VN", "vi"),
    "th": ("th_res", None, "ICT", "TH", "th"),
    "cn": ("cn_res", None, "CN", "CN", "zh"),
    "tw": ("tw_res", None, "CN", "TW", "zh"),
}


def shared_pools(W):
    r = W.rng("shared-pools")
    W.shared = {
        "jp_mobile": [Wd.new_ip(r, "jp_mobile") for _ in range(500)],
        "kr_mobile": [Wd.new_ip(r, "kr_mobile") for _ in range(400)],
        "us_mobile": [Wd.new_ip(r, "us_mobile") for _ in range(500)],
        "warp": [Wd.new_ip(r, "warp_vpn") for _ in range(80)],
        "comm_vpn": [Wd.new_ip(r, "comm_vpn") for _ in range(60)],
    }


def created_old(rng, min_days=5, scale=320, max_days=1400):
    age = min_days + min(max_days, rng.expovariate(1.0 / scale))
    return START - age * DAY - rng.random() * DAY


def created_recent(rng, a_days=60, b_days=3):
    return START - rng.uniform(b_days, a_days) * DAY


def lognorm(rng, median, sigma, lo=1, hi=10 ** 6):
    return int(max(lo, min(hi, round(median * math.exp(rng.gauss(0, sigma))))))


def setup_person(W, rng, acct, region, mobile_p=0.35, vpn_p=0.06, v6_p=0.3):
    res, mob, tz, country, _ = REGION[region]
    acct.tz, acct.country = tz, country
    u = rng.random()
    if u < vpn_p:
        acct.ips = rng.sample(W.shared["warp"] if rng.random() < 0.6 else W.shared["comm_vpn"], rng.randint(2, 6))
        acct.extra["ipmode"] = "pool"
        return
    first = Wd.new_ip(rng, res, v6_p)
    ips = [first]
    for _ in range(rng.randint(0, 3)):
        ips.append(Wd.near_ip(rng, first) if rng.random() < 0.5 else Wd.new_ip(rng, res, v6_p))
    acct.ips = ips
    if mob and rng.random() < mobile_p:
        acct.extra["ipmode"] = "mobile"
        acct.extra["mobile_pool"] = rng.sample(W.shared[mob.replace("_res", "_mobile")], 12)
        acct.extra["home_share"] = rng.uniform(0.3, 0.8)
    else:
        acct.extra["ipmode"] = "day" if len(ips) > 1 else "fixed"


def setup_fixed(acct, ips, mode="pool"):
    acct.ips = list(ips)
    acct.extra["ipmode"] = mode if len(ips) > 1 else "fixed"


CHAT_MODELS = [("tsuki-2-mini", 6), ("tsuki-2-large", 3), ("tsuki-2-nano", 1), ("tsuki-think-1", 0.6)]
DEV_MODELS = [("tsuki-2-large", 5), ("tsuki-coder-2", 4), ("tsuki-2-mini", 3), ("tsuki-think-1", 1.2)]
CHEAP_MODELS = [("tsuki-2-mini", 6), ("tsuki-2-nano", 4)]


def client_params(rng, style):
    if style == "ui":
        p = {"temperature": rng.choice([0.7, 0.7, 0.8, 1.0, 0.5]), "stream": True}
        if rng.random() < 0.6:
            p["max_tokens"] = rng.choice([1024, 2048, 4096])
        if rng.random() < 0.3:
            p["top_p"] = rng.choice([1, 0.95, 0.9])
        return p
    if style == "sdk":
        u = rng.random()
        if u < 0.35:
            return {}
        p = {"temperature": rng.choice([0, 0.2, 0.3, 0.5, 0.7, 1.0])}
        if rng.random() < 0.5:
            p["max_tokens"] = rng.choice([256, 512, 1000, 1024, 2000, 4096])
        if rng.random() < 0.2:
            p["stream"] = True
        return p
    if style == "batch":
        return {"temperature": rng.choice([0, 0, 0.1, 0.2]), "max_tokens": rng.choice([256, 512, 800, 1024])}
    if style == "app":
        return {"temperature": rng.choice([0.6, 0.7, 0.8, 0.9]), "stream": True, "max_tokens": rng.choice([800, 1000, 1500]),
                "presence_penalty": rng.choice([0, 0.3, 0.6])}
    return {}


def with_reasoning(params, model, effort):
    if Wd.is_reasoning(model):
        p = dict(params) if params else {}
        if effort:
            p["reasoning_effort"] = effort
        if "max_tokens" in p:
            p["max_completion_tokens"] = max(4096, p.pop("max_tokens"))
        return p
    return params


def run_sessions(W, acct, rng, n_req, make, profile, models, params, t0=START, t1=END, gap=(20, 240), end_user=None,
                 conv_style=None, effort=None, r2_uptake=0.3, key_fn=None, per_session=None):
    """Generic interactive user. make(rng) -> (system, turns). Emits about n_req exchanges."""
    if n_req <= 0:
        return 0
    avg = per_session or 2.2
    t0 = max(t0, acct.created_ts + 60)
    nsess = max(1, int(round(n_req / avg)))
    starts = Wd.sample_times(rng, nsess, profile, acct.tz, t0, t1, acct.country)
    done = 0
    for t in starts:
        if done >= n_req:
            break
        system, turns = make(rng)
        if not turns:
            continue
        turns = turns[:max(1, n_req - done)]
        model = Wd.pick_model(rng, t, models, r2_uptake)
        p = with_reasoning(params, model, effort)
        cid = None
        if conv_style:
            from emit import conv_id
            cid = conv_id(rng, conv_style)
        key = key_fn(rng) if key_fn else (acct.keys[0] if len(acct.keys) == 1 else rng.choice(acct.keys))
        W.emit_conv(acct, rng, t, turns, model, p, system=system, end_user=end_user, conv=cid, key=key, gap=gap)
        done += len(turns)
    return done


def maker_lang(W, lang, w_code=0.3, max_turns=3, step_math=0.0, system=None):
    def make(rng):
        if step_math and rng.random() < step_math:
            return system, (convs.math_homework(rng, lang, rng.choice([1, 1, 2])) if lang != "en" or rng.random() < 0.4 else convs.gsm_homework(W, rng))
        return system, convs.any_lang(W, rng, lang, w_code, max_turns)
    return make
