"""Exchange serialisation, error/retry injection and time-ordered output."""
import gzip
import hashlib
import os
import shutil

try:
    import orjson

    def dumps(o):
        return orjson.dumps(o)
except ImportError:  # pragma: no cover
    import json

    def dumps(o):
        return json.dumps(o, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

from content import tok
from world import WEEK_START, WEEK_END, RELEASE, REASONING_MODELS, M_R2, rfc3339_ms, rfc3339_s, wchoice

N_BUCKETS = 28
BUCKET_S = (WEEK_END - WEEK_START) // N_BUCKETS

ERR = [((429, "rate_limit_exceeded", "Rate limit reached for requests per minute. Please retry after a short wait."), 55),
       ((503, "overloaded", "The model is currently overloaded. Please try again later."), 18),
       ((500, "server_error", "The server had an error while processing your request."), 12),
       ((504, "timeout", "Upstream request timed out."), 8),
       ((408, "timeout", "Request timed out."), 7)]


class Emitter:
    def __init__(self, out_dir, seed):
        self.tmp = os.path.join(out_dir, ".gen_q_buckets")
        if os.path.isdir(self.tmp):
            shutil.rmtree(self.tmp)
        os.makedirs(self.tmp)
        self.files = [open(os.path.join(self.tmp, f"b{i:02d}"), "wb", buffering=1 << 20) for i in range(N_BUCKETS)]
        self.seed = seed
        self.counter = 0
        self.total = 0
        self.end_users = {}       # end_user -> {label info, "accounts": set}
        self.eu_campaign = {}     # end_user -> label dict (campaign end users)
        self.status_counts = {}

    # -------------------------------------------------------------- ids
    def new_id(self):
        self.counter += 1
        h = hashlib.blake2b(f"{self.seed}:{self.counter}".encode(), digest_size=12).hexdigest()
        return "chatcmpl-" + h

    # -------------------------------------------------------------- raw write
    def write(self, acct, ts, model, messages=None, prompt=None, response=None, reasoning=None, params=None, status=200,
              conv=None, end_user=None, ip=None, ua=None, key=None, extra=None, numeric_ts=False, rng=None, n=1,
              tools_tokens=0, reasoning_hidden=0):
        if ts < WEEK_START:
            ts = WEEK_START + 0.001
        if ts > WEEK_END - 0.5:
            ts = WEEK_END - 0.5
        if acct.created is not None and ts < acct.created:
            ts = acct.created + 30
        if model == M_R2 and ts < RELEASE:
            model = "qm-sage-r1"
        rng = rng or acct.rng
        ms = int(round(ts * 1000))
        rec = {"id": self.new_id(), "ts": ms / 1000.0 if numeric_ts else rfc3339_ms(ms), "account_id": acct.id}
        if acct.org_id:
            rec["org_id"] = acct.org_id
        rec["api_key_id"] = key or acct.key_id(rng)
        if end_user:
            rec["end_user"] = end_user
            lab = self.eu_campaign.get(end_user)
            if lab is not None:
                lab["_acc"].add(acct.id)
        rec["ip"] = ip or acct.ip(rng)
        rec["user_agent"] = ua or acct.ua(rng)
        if acct.payment:
            rec["payment_fingerprint"] = acct.payment
        if acct.created is not None:
            rec["account_created"] = rfc3339_s(acct.created)
        rec["model"] = model
        if params:
            rec["params"] = params
        itok = tools_tokens
        if messages is not None:
            rec["messages"] = messages
            for m in messages:
                c = m.get("content")
                if isinstance(c, str):
                    itok += tok(c) + 4
                elif isinstance(c, list):
                    for part in c:
                        itok += tok(part.get("text", "")) + 4
        else:
            rec["prompt"] = prompt
            itok += tok(prompt)
        if status == 200:
            if response is not None:
                rec["response"] = response
            rtok = 0
            if model in REASONING_MODELS:
                if reasoning:
                    rec["reasoning"] = reasoning
                    rtok = tok(reasoning) + reasoning_hidden
                else:
                    rtok = reasoning_hidden
            otok = (tok(response) if response else 1) * n + rtok
            rec["usage"] = {"input_tokens": itok, "output_tokens": otok, "reasoning_tokens": rtok}
        else:
            rec["usage"] = {"input_tokens": itok if status in (429,) else itok, "output_tokens": 0, "reasoning_tokens": 0}
        rec["status"] = status
        if conv:
            rec["conversation_id"] = conv
        if extra:
            rec.update(extra)
        line = dumps(rec)
        b = (ms - WEEK_START * 1000) // (BUCKET_S * 1000)
        if b >= N_BUCKETS:
            b = N_BUCKETS - 1
        f = self.files[b]
        f.write(b"%013d\t" % ms)
        f.write(line)
        f.write(b"\n")
        acct.n_ex += 1
        self.total += 1
        self.status_counts[status] = self.status_counts.get(status, 0) + 1
        return ts

    # -------------------------------------------------------------- a call with errors and retries
    def call(self, acct, ts, model, messages=None, prompt=None, response=None, reasoning=None, params=None, conv=None,
             end_user=None, ip=None, ua=None, key=None, extra=None, retry=True, numeric_ts=False, n=1, tools_tokens=0,
             err=None, reasoning_hidden=0):
        """Emits one logical request; failed attempts (429/5xx) are logged and retried. Returns the ts of the
        attempt that succeeded (or of the last failure)."""
        rng = acct.rng
        p = acct.err if err is None else err
        if model == M_R2 and RELEASE <= ts < RELEASE + 8 * 3600:
            p += 0.07           # launch-day overload
        attempt = 0
        ip = ip or acct.ip(rng)
        ua = ua or acct.ua(rng)
        key = key or acct.key_id(rng)
        while True:
            if rng.random() < p and attempt < 4:
                (code, typ, msg) = wchoice(rng, ERR)
                self.write(acct, ts, model, messages, prompt, None, None, params, code, conv, end_user, ip, ua, key,
                           {"error": {"type": typ, "message": msg}}, numeric_ts, rng, n, tools_tokens)
                attempt += 1
                if retry:      # SDK back-off
                    ts += (2 ** attempt) * (0.5 + rng.random()) + (rng.random() * 20 if code == 429 else 0)
                else:          # a person clicks "regenerate"
                    ts += 4 + rng.random() * 40
                continue
            fin = self.write(acct, ts, model, messages, prompt, response, reasoning, params, 200, conv, end_user, ip, ua,
                             key, extra, numeric_ts, rng, n, tools_tokens, reasoning_hidden)
            return fin

    def bad_request(self, acct, ts, model, messages, params=None, conv=None, end_user=None, msg="context_length_exceeded"):
        return self.write(acct, ts, model, messages, None, None, None, params, 400, conv, end_user, None, None, None,
                          {"error": {"type": "invalid_request_error", "code": msg,
                                     "message": "This model's maximum context length was exceeded." if msg == "context_length_exceeded"
                                     else "Invalid request."}})

    # -------------------------------------------------------------- merge
    def finish(self, path):
        for f in self.files:
            f.close()
        n = 0
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
                for i in range(N_BUCKETS):
                    fp = os.path.join(self.tmp, f"b{i:02d}")
                    with open(fp, "rb") as f:
                        lines = f.read().split(b"\n")
                    os.remove(fp)
                    if lines and not lines[-1]:
                        lines.pop()
                    lines.sort()
                    n += len(lines)
                    gz.write(b"\n".join(l[14:] for l in lines))
                    if lines:
                        gz.write(b"\n")
                    del lines
        shutil.rmtree(self.tmp)
        return n
