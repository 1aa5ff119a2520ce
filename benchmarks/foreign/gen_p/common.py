"""Shared traffic mechanics: model choice, parameters, errors and retries, multi-turn
conversations, agent loops with tools, and batch jobs."""

import json
import math

import textgen as tg
from world import DAY, R3_RELEASE, REASONING, T0, T_END

ERRS = {429: ("rate_limit_exceeded", "Rate limit reached for {model} on tokens per min (TPM): limit {lim}, used {used}. Please try again in {s}s."),
        500: ("server_error", "The server had an error while processing your request. Sorry about that!"),
        503: ("service_unavailable", "The model {model} is currently overloaded with other requests. You can retry your request."),
        408: ("timeout", "Request timed out: the model did not finish generating within the allotted time."),
        400: ("invalid_request_error", "This model's maximum context length is {ctx} tokens. However, you requested {req} tokens."),
        413: ("request_too_large", "Request body exceeds the maximum size for {model}.")}


def err_obj(status, model, rng):
    t, m = ERRS[status]
    return {"type": t, "code": status, "message": m.format(model=model, lim=rng.choice([200000, 400000, 2000000]),
                                                            used=rng.randint(150000, 2000000), s=rng.randint(2, 60),
                                                            ctx=rng.choice([128000, 200000]), req=rng.randint(200001, 260000))}


def lognorm_int(rng, mean, sigma=0.8, lo=1, hi=None):
    mu = math.log(max(mean, 0.01)) - sigma * sigma / 2
    v = int(round(rng.lognormvariate(mu, sigma)))
    v = max(lo, v)
    if hi is not None:
        v = min(hi, v)
    return v


def choose_model(rng, ts, weights, r3_share=0.0, ramp_h=36.0):
    if r3_share and ts >= R3_RELEASE:
        ramp = min(1.0, (ts - R3_RELEASE) / (ramp_h * 3600.0)) if ramp_h else 1.0
        if rng.random() < r3_share * ramp:
            return "halcyon-r3"
    ms = [w[0] for w in weights]
    ws = [w[1] for w in weights]
    m = rng.choices(ms, ws)[0]
    if m == "halcyon-r3" and ts < R3_RELEASE:
        m = "halcyon-r2"
    return m


def mk_params(rng, model, base=None, effort=None):
    p = dict(base) if base else {}
    if model in REASONING:
        p.pop("temperature", None)
        p.pop("top_p", None)
        if "max_tokens" in p:
            p["max_completion_tokens"] = p.pop("max_tokens")
        p["reasoning_effort"] = effort or rng.choice(["low", "medium", "medium", "high"])
    return p


def reasoning_for(model, params, rng, user_text, steps=None, final=None, lang="en"):
    if model not in REASONING:
        return None
    eff = params.get("reasoning_effort", "medium")
    if steps:
        return tg.reasoning_math(steps, final, rng, eff, lang)
    return tg.reasoning_general(user_text, rng, eff, lang)


def exchange(W, rng, a, ts, p_err=0.015, **kw):
    """One logical request; some fail first (rate limits, overload, timeouts) and are retried."""
    if rng.random() < p_err:
        model = kw.get("model", "")
        st = rng.choices([429, 500, 503, 408, 400], [45, 14, 16, 12, 13])[0]
        if st == 408 and model not in REASONING:
            st = 503
        W.emit(rng, a, ts, status=st, error=err_obj(st, model, rng), **kw)
        if st == 400 and rng.random() < 0.6:
            return ts
        ts += rng.uniform(1.0, 8.0) if st != 429 else rng.uniform(3.0, 65.0)
        if st == 429 and rng.random() < 0.2:
            W.emit(rng, a, ts, status=429, error=err_obj(429, model, rng), **kw)
            ts += rng.uniform(10.0, 90.0)
    W.emit(rng, a, ts, **kw)
    return ts


def conversation(W, rng, a, ts, turns, model, params, *, system=None, gap=(15, 240), conv=True, end_user=None,
                 ip=None, ua=None, p_err=0.015, lang="en", extra=None, sys_role="system", key=None):
    """turns: list of (user_text, response_text[, steps, final]); each turn is one exchange carrying the history."""
    msgs = []
    if system:
        msgs.append({"role": sys_role, "content": system})
    cid = W.hexid(rng, "conv_", 48) if conv and len(turns) > 1 or (conv and rng.random() < 0.5) else None
    for i, t in enumerate(turns):
        user, resp = t[0], t[1]
        steps = t[2] if len(t) > 2 else None
        final = t[3] if len(t) > 3 else None
        msgs.append({"role": "user", "content": user})
        rs = reasoning_for(model, params, rng, user, steps, final, lang)
        ts = exchange(W, rng, a, ts, p_err=p_err, messages=msgs, response=resp, model=model, params=params, reasoning=rs,
                      conv=cid, end_user=end_user, ip=ip, ua=ua, extra=extra, key=key)
        msgs.append({"role": "assistant", "content": resp})
        if i + 1 < len(turns):
            ts += rng.uniform(*gap) + len(resp) / 60.0
            if ts >= T_END:
                break
    return ts


# ---------------------------------------------------------------- agent loops
TOOLS = [{"type": "function", "function": {"name": "read_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
         {"type": "function", "function": {"name": "write_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}, "required": ["path", "content"]}}},
         {"type": "function", "function": {"name": "run_command", "parameters": {"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}}},
         {"type": "function", "function": {"name": "search_files", "parameters": {"type": "object", "properties": {"pattern": {"type": "string"}, "path": {"type": "string"}}, "required": ["pattern"]}}}]

FILES = ["src/parser.py", "app/routes/users.ts", "internal/cache/lru.go", "lib/billing/invoice.rb", "src/main.rs",
         "services/report_service.py", "web/components/Table.tsx", "api/handlers/orders.go", "etl/load_events.py",
         "src/utils/date.ts", "core/auth/session.py", "pkg/queue/worker.go"]
TESTS = ["tests/test_parser.py::test_nested_quotes", "spec/invoice_spec.rb", "src/__tests__/Table.test.tsx",
         "internal/cache/lru_test.go", "tests/test_report.py::test_monthly_totals", "api/handlers/orders_test.go"]
ERRLINES = ["AssertionError: expected 3, got 2", "TypeError: Cannot read properties of undefined (reading 'map')",
            "KeyError: 'currency'", "panic: runtime error: index out of range [5] with length 5",
            "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value'", "ModuleNotFoundError: No module named 'dateutil'",
            "sqlalchemy.exc.IntegrityError: duplicate key value violates unique constraint"]
TASKS = ["Fix the failing test {test}. It fails with: {err}",
         "Add input validation to the request handler in {file} and add tests for the invalid cases.",
         "Refactor {file} so the I/O is async; keep the public API the same.",
         "Running `make test` fails with '{err}'. Find the cause and fix it.",
         "Implement cursor-based pagination in {file}.",
         "Upgrade the date handling in {file} to be timezone-aware and update the callers.",
         "Add a --dry-run flag to the CLI entry point and document it in the README.",
         "Write unit tests for {file}; aim for the edge cases.",
         "There is a memory leak somewhere in {file}. Investigate and fix.",
         "Rename the `userId` field to `accountId` across the codebase, including tests."]
PLAN_BY_TOOL = {"read_file": ["I'll start by looking at the relevant file.", "Let me read the implementation first.", "Let me look at how this is wired up.", ""],
                "run_command": ["Let me run the tests to see the failure.", "Now let me rerun the tests to confirm.", "Running the suite.", ""],
                "search_files": ["Let me search for where this is used.", "Let me check the callers too.", ""],
                "write_file": ["I see the problem. I'll make the fix now.", "Applying the change.", "Updating the file with the fix.", ""]}
PLAN = ["I'll start by looking at the relevant file.", "Let me search for where this is used.", "Let me run the tests to see the failure.",
        "I see the problem. I'll make the fix now.", "Now let me rerun the tests to confirm.", "Let me check the callers too."]


def agent_task(rng):
    t = rng.choice(TASKS)
    return t.format(test=rng.choice(TESTS), err=rng.choice(ERRLINES), file=rng.choice(FILES))


def _tool_result(name, rng, args):
    if name == "read_file":
        lang = rng.choice(list(tg.SNIP))
        return rng.choice(tg.SNIP[lang])
    if name == "run_command":
        if rng.random() < 0.5:
            return "FAILED %s - %s\n1 failed, %d passed in %.2fs" % (rng.choice(TESTS), rng.choice(ERRLINES), rng.randint(5, 300), rng.uniform(0.4, 30))
        return "%d passed in %.2fs" % (rng.randint(5, 300), rng.uniform(0.4, 30))
    if name == "search_files":
        return "\n".join("%s:%d: %s" % (rng.choice(FILES), rng.randint(3, 400), rng.choice(["def load(", "export function", "func (c *Cache)", "class Invoice", "return None"]))
                         for _ in range(rng.randint(1, 5)))
    return "File written successfully."


def agent_loop(W, rng, a, ts, task, model, params, *, system, steps, end_user=None, ip=None, ua=None, p_err=0.02,
               extra=None, plan_pool=PLAN, key=None):
    """A coding agent: each step sends the whole transcript; the model answers with a tool call or a final message."""
    msgs = [{"role": "system", "content": system}, {"role": "user", "content": task}]
    cid = W.hexid(rng, "conv_", 48)
    for i in range(steps):
        last = i == steps - 1
        plan = rng.choice(plan_pool)
        rs = reasoning_for(model, params, rng, task)
        if last:
            resp = "Done. %s\n\nSummary of changes:\n- %s\n- %s" % (rng.choice(["All tests pass now.", "The fix is in place.", "I've made the change."]),
                                                                   rng.choice(["Updated %s" % rng.choice(FILES), "Added a regression test", "Handled the empty-input case"]),
                                                                   rng.choice(["Adjusted the callers", "Documented the new behaviour", "Removed dead code"]))
            ts = exchange(W, rng, a, ts, p_err=p_err, messages=msgs, response=resp, model=model, params=params, reasoning=rs,
                          conv=cid, end_user=end_user, ip=ip, ua=ua, extra=extra, key=key)
            break
        name = "read_file" if i == 0 and rng.random() < 0.6 else rng.choice(["read_file", "read_file", "run_command", "search_files", "write_file"])
        if plan_pool is PLAN:
            plan = rng.choice(PLAN_BY_TOOL[name])
        args = {"read_file": {"path": rng.choice(FILES)}, "run_command": {"command": rng.choice(["pytest -x -q", "npm test", "go test ./...", "make test", "cargo test"])},
                "search_files": {"pattern": rng.choice(["load_config", "userId", "TODO", "def parse", "Invoice("])},
                "write_file": {"path": rng.choice(FILES), "content": rng.choice(tg.SNIP["python"])[:200]}}[name]
        call = {"id": "call_%012x" % rng.getrandbits(48), "type": "function",
                "function": {"name": name, "arguments": json.dumps(args)}}
        ex = dict(extra or {})
        ex["tool_calls"] = [call]
        ts = exchange(W, rng, a, ts, p_err=p_err, messages=msgs, response=plan, model=model, params=params, reasoning=rs,
                      conv=cid, end_user=end_user, ip=ip, ua=ua, extra=ex, key=key)
        msgs.append({"role": "assistant", "content": plan, "tool_calls": [call]})
        msgs.append({"role": "tool", "tool_call_id": call["id"], "content": _tool_result(name, rng, args)[:600]})
        ts += rng.uniform(2, 25)
        if ts >= T_END:
            break
    return ts


# ---------------------------------------------------------------- batch jobs
def run_batch(W, rng, a, submit_ts, items, *, ua=None, ip=None, per_item=(0.3, 2.5), p_err=0.008, key=None, bid=None,
              extra=None):
    """items: dicts with messages, response, model, params[, reasoning].  Returns the batch id."""
    bid = bid or W.hexid(rng, "batch_", 64)
    n = len(items)
    start = submit_ts + rng.uniform(20, 900)
    dur = min(20 * 3600.0, n * rng.uniform(*per_item))
    for i, it in enumerate(items):
        ts = start + dur * i / max(n, 1) + rng.uniform(0, 2)
        cid = it.get("cid") or "req-%05d" % i
        if rng.random() < p_err:
            st = rng.choice([500, 503, 429])
            W.emit(rng, a, ts, status=st, error=err_obj(st, it["model"], rng), messages=it["messages"], model=it["model"],
                   params=it["params"], batch=bid, custom_id=cid, ua=ua, ip=ip, key=key, extra=extra)
            ts += rng.uniform(60, 1200)
        W.emit(rng, a, ts, messages=it["messages"], response=it["response"], model=it["model"], params=it["params"],
               reasoning=it.get("reasoning"), batch=bid, custom_id=cid, ua=ua, ip=ip, key=key,
               extra=(dict(extra, **it["extra"]) if extra else it["extra"]) if it.get("extra") else extra)
    return bid


def in_week(ts):
    return T0 <= ts < T_END


def day_start(d):
    return T0 + d * DAY
