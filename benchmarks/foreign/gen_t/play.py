"""Shared helpers to turn prompts into exchanges (conversations, models, params)."""
import json

from common import R1, RELEASE, STD, MINI, PRO
import text as T

_PLANS = ["structure the answer clearly", "check the constraints first", "give a concise answer with an example",
          "make sure the code compiles", "consider edge cases", "keep the tone friendly",
          "verify each number before answering", "list the options and compare them"]
_ASPECTS = ["what is actually being asked", "the likely context", "any ambiguity in the wording",
            "the expected format", "whether there is a trick", "the simplest correct approach"]


def generic_reasoning(prompt, r):
    head = prompt.strip().replace("\n", " ")[:70]
    parts = ["The user asks: \"%s\"." % head,
             "I should %s." % r.choice(_PLANS),
             "Let me consider %s and %s." % (r.choice(_ASPECTS), r.choice(_ASPECTS))]
    for _ in range(r.randint(1, 4)):
        parts.append(r.choice(["Okay, that seems right.", "Hmm, maybe I should restructure this.",
                               "Wait, I need to be careful here.", "That covers the main point.",
                               "Let me draft the answer now.", "One more check on the details."]))
    return " ".join(parts)


def pick_model(w, ts, pre, post=None):
    mix = post if (post is not None and ts >= RELEASE) else pre
    ms = list(mix)
    m = w.r.choices(ms, [mix[k] for k in ms])[0]
    if m == R1 and ts < RELEASE:
        m = PRO
    return m


def chat_params(w, model, temp=None, max_tokens=None, effort=None, stream=None, extra=None):
    r = w.r
    p = {}
    if temp is not None:
        p["temperature"] = temp
    if max_tokens is not None:
        p["max_tokens"] = max_tokens
    if stream is not None:
        p["stream"] = stream
    if model == R1:
        p["reasoning_effort"] = effort or r.choice(["low", "medium", "medium", "high"])
        p.pop("temperature", None)
    if extra:
        p.update(extra)
    return p


def content(text, parts=False):
    if parts:
        return [{"type": "text", "text": text}]
    return text


def play(w, a, turns, t0, *, model_pre, model_post=None, system=None, end_user=None, gap=(25, 220),
         params=None, parts=False, conv=True, group=None, ua=None, ip=None, r1_reason=None, sticky=True,
         window=4):
    """Emit a conversation: turns = [(user, assistant)], one exchange per user turn.
    Returns the time after the last turn."""
    r = w.r
    msgs = []
    cid = w.conv() if (conv and len(turns) > 1) or (conv == "always") else None
    t = t0
    model = pick_model(w, t, model_pre, model_post)
    for i, (u, resp) in enumerate(turns):
        if not sticky and i:
            model = pick_model(w, t, model_pre, model_post)
        if model == R1 and t < RELEASE:
            model = PRO
        hist = msgs[-window:] if len(msgs) > window else msgs
        cur = ([{"role": "system", "content": system}] if system else []) + hist + \
            [{"role": "user", "content": content(u, parts)}]
        p = dict(params) if params else {}
        if model == R1:
            p.pop("temperature", None)
            p.setdefault("reasoning_effort", r.choice(["low", "medium", "high"]))
            reasoning = r1_reason(u) if r1_reason else generic_reasoning(u, r)
        else:
            reasoning = None
        w.emit(a, t, messages=cur, model=model, params=p, response=resp, reasoning=reasoning,
               end_user=end_user, conv=cid, group=group, ua=ua, ip=ip)
        msgs = msgs + [{"role": "user", "content": content(u, parts)}, {"role": "assistant", "content": resp}]
        t += r.uniform(*gap) + len(resp) / 40.0
    return t


def arena_turns(w, maxlen=1200, maxturns=4):
    c = w.r.choice(w.C.convs)
    return [(u[:maxlen], a_[:900]) for u, a_ in c[:maxturns]]


def lang_turns(w, lang, k=None):
    r = w.r
    k = k or r.choice([1, 1, 1, 2, 2, 3])
    out = []
    for _ in range(k):
        out.append((T.lang_prompt(lang, r), T.lang_response(lang, r, r.randint(2, 5))))
    return out


def hard_turn(w, pool, code=None):
    p = w.r.choice(pool)
    is_code = code if code is not None else ("```" in p or "code" in p.lower() or "python" in p.lower())
    return [(p[:4000], T.generic_response(w.C, w.r, p, code=is_code))]


def gsm_turn(w, style="cot", perturb=False, wrap=None):
    r = w.r
    q, a = r.choice(w.C.gsm)
    if perturb:
        q, a = T.perturb_gsm(q, a, r)
    u = wrap.format(q=q) if wrap else q
    resp = T.gsm_cot_response(a, r) if style == "cot" else T.gsm_plain_response(a, r)
    return u, resp, a


def json_schema(name, props):
    return {"type": "json_schema", "json_schema": {"name": name, "strict": True, "schema": {
        "type": "object", "properties": {k: {"type": v} for k, v in props.items()},
        "required": list(props), "additionalProperties": False}}}


_JV = {"category": ["groceries", "transport", "subscriptions", "utilities", "eating_out", "shopping", "tax", "income",
                    "complaint_payment", "complaint_service"],
       "subcategory": ["supermarket", "rail", "streaming", "energy", "coffee", "online", "paye", "fuel", "mobile"],
       "intent": ["coding", "maths", "writing", "advice", "roleplay", "harmful", "other"],
       "label": ["safe", "unsafe"], "urgency": ["2WW", "urgent", "routine"], "priority": ["low", "medium", "high"],
       "risk": ["low", "medium", "high"], "governing_law": ["England and Wales", "Ireland", "Scotland", "Northern Ireland"],
       "liability_cap": ["12 months' fees", "unlimited", "150% of fees", "none stated"],
       "follow_up": ["GP in 6 weeks", "clinic in 3 months", "none"], "diagnosis": ["hypertension", "asthma", "eczema", "AF"],
       "full_name": ["Aoife Byrne", "Rhys Evans", "Zofia Nowak", "Imran Khan"], "reason": ["suspected malignancy", "chronic symptoms"],
       "inconsistency": ["none", "postcode missing", "DOB mismatch"], "description": ["A soft, easy-care shirt in a relaxed fit."],
       "comment": ["Accurate but could be warmer in tone.", "Did not confirm the refund timeline.", "Good resolution."]}


def json_answer(w, props):
    r = w.r
    out = {}
    for k, v in props.items():
        if v == "number":
            out[k] = round(r.uniform(0, 1), 2)
        elif v == "boolean":
            out[k] = r.random() < 0.5
        elif v == "integer":
            out[k] = r.randint(1, 5)
        else:
            out[k] = r.choice(_JV.get(k, ["other", "n/a"]))
    return json.dumps(out, ensure_ascii=False)


MIX_CONSUMER = {MINI: 0.55, STD: 0.35, PRO: 0.1}
MIX_CONSUMER_POST = {MINI: 0.5, STD: 0.32, PRO: 0.08, R1: 0.10}
MIX_DEV = {MINI: 0.25, STD: 0.45, PRO: 0.3}
MIX_DEV_POST = {MINI: 0.22, STD: 0.4, PRO: 0.23, R1: 0.15}
