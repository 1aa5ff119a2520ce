"""Developer-traffic text: code snippets, diffs, test logs, tool schemas, agent loops,
CI review prompts, RAG prompts."""
import json

NOUNS = ["user", "order", "invoice", "session", "token", "cart", "payment", "report", "job", "event", "config",
         "cache", "message", "account", "profile", "metric", "queue", "upload", "webhook", "tenant", "schedule"]
VERBS = ["load", "parse", "validate", "fetch", "update", "build", "sync", "resolve", "render", "normalize",
         "compute", "dispatch", "merge", "retry", "serialize", "flush"]
FILES = ["src/{n}s/service.py", "app/api/{n}_routes.py", "lib/{n}/index.ts", "internal/{n}/handler.go",
         "src/components/{N}Card.tsx", "services/{n}_worker.py", "pkg/{n}/store.go", "src/utils/{n}Helpers.ts"]


def py_path(rng):
    return rng.choice(["src/{n}s/service.py", "app/api/{n}_routes.py", "services/{n}_worker.py", "lib/{n}/solver.py"]).format(
        n=rng.choice(NOUNS))


def ident(rng):
    return "%s_%s" % (rng.choice(VERBS), rng.choice(NOUNS))


def path(rng):
    n = rng.choice(NOUNS)
    return rng.choice(FILES).format(n=n, N=n.capitalize())


def snippet(rng, lang=None):
    lang = lang or rng.choice(["python", "python", "typescript", "go"])
    n, v = rng.choice(NOUNS), rng.choice(VERBS)
    if lang == "python":
        return ("import logging\nfrom dataclasses import dataclass\n\nlog = logging.getLogger(__name__)\n\n\n@dataclass\nclass %s:\n"
                "    id: str\n    status: str = \"pending\"\n    retries: int = 0\n\n\ndef %s_%s(repo, %s_id: str, *, timeout: float = %d.0):\n"
                "    item = repo.get(%s_id)\n    if item is None:\n        raise KeyError(%s_id)\n    if item.status == \"done\":\n"
                "        return item\n    item.retries += 1\n    log.info(\"%s %%s attempt %%d\", %s_id, item.retries)\n"
                "    return repo.save(item, timeout=timeout)\n" % (n.capitalize(), v, n, n, rng.choice([5, 10, 30]), n, n, v, n))
    if lang == "typescript":
        return ("import { z } from \"zod\";\n\nexport const %sSchema = z.object({\n  id: z.string(),\n  amount: z.number().nonnegative(),\n"
                "  createdAt: z.string().datetime(),\n});\n\nexport async function %s%s(id: string): Promise<%s | null> {\n"
                "  const res = await fetch(`/api/%ss/${id}`);\n  if (!res.ok) return null;\n  return %sSchema.parse(await res.json());\n}\n"
                % (n, v, n.capitalize(), n.capitalize(), n, n))
    return ("package %s\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nfunc (s *Store) %s%s(ctx context.Context, id string) error {\n"
            "\trow := s.db.QueryRowContext(ctx, \"SELECT status FROM %ss WHERE id = $1\", id)\n\tvar status string\n"
            "\tif err := row.Scan(&status); err != nil {\n\t\treturn fmt.Errorf(\"%s %%s: %%w\", id, err)\n\t}\n\treturn nil\n}\n"
            % (n, v.capitalize(), n.capitalize(), n, v))


def diff(rng, body=None, p=None):
    p = p or path(rng)
    a, b = rng.randint(10, 300), rng.randint(3, 12)
    if body is None:
        nm = ident(rng)
        if p.endswith(".py"):
            body = ["-    return %s(x)" % nm, "+    if x is None:", "+        return None", "+    return %s(x, strict=True)" % nm]
        elif p.endswith(".go"):
            body = ["-\treturn %s(x)" % nm, "+\tif x == nil {", "+\t\treturn nil", "+\t}", "+\treturn %s(x, true)" % nm]
        else:
            body = ["-  return %s(x);" % nm, "+  if (x == null) return null;", "+  return %s(x, { strict: true });" % nm]
    return "diff --git a/%s b/%s\nindex %07x..%07x 100644\n--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n%s\n" % (
        p, p, rng.getrandbits(28), rng.getrandbits(28), p, p, a, b, a, b + 2, "\n".join(body))


def test_log(rng):
    n = rng.choice(NOUNS)
    return ("============================= FAILURES =============================\n____ test_%s_%s ____\n\n"
            "    def test_%s_%s():\n>       assert %s(%d) == %d\nE       AssertionError: assert %d == %d\n\n"
            "tests/test_%s.py:%d: AssertionError\n=========== 1 failed, %d passed in %.2fs ===========" % (
                rng.choice(VERBS), n, rng.choice(VERBS), n, ident(rng), rng.randint(1, 99), rng.randint(1, 99),
                rng.randint(1, 99), rng.randint(1, 99), n, rng.randint(10, 200), rng.randint(5, 300), rng.random() * 20))


def _fn(name, desc, props, req):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": req}}}


S = {"type": "string"}
TOOLS_CODING = [
    _fn("read_file", "Read a file from the workspace.", {"path": S}, ["path"]),
    _fn("write_file", "Write content to a file in the workspace.", {"path": S, "content": S}, ["path", "content"]),
    _fn("run_shell", "Run a shell command in the sandbox and return stdout/stderr.", {"command": S, "timeout": {"type": "integer"}}, ["command"]),
    _fn("search_code", "Search the repository for a regex.", {"pattern": S, "glob": S}, ["pattern"]),
]
TOOLS_WEB = [
    _fn("web_search", "Search the web.", {"query": S, "num_results": {"type": "integer"}}, ["query"]),
    _fn("fetch_url", "Fetch a URL and return readable text.", {"url": S}, ["url"]),
    _fn("save_note", "Save a note to the user's workspace.", {"title": S, "body": S}, ["title", "body"]),
]
TOOLS_DATA = [
    _fn("sql_query", "Run a read-only SQL query against the analytics warehouse.", {"sql": S}, ["sql"]),
    _fn("python", "Execute Python code in a Jupyter kernel.", {"code": S}, ["code"]),
    _fn("create_chart", "Render a chart from a result set.", {"kind": S, "x": S, "y": S}, ["kind", "x", "y"]),
]
TOOLS_OPS = [
    _fn("get_ticket", "Fetch a support ticket by id.", {"ticket_id": S}, ["ticket_id"]),
    _fn("lookup_order", "Look up an order.", {"order_id": S}, ["order_id"]),
    _fn("issue_refund", "Issue a refund for an order.", {"order_id": S, "amount": {"type": "number"}}, ["order_id", "amount"]),
    _fn("send_reply", "Send a reply to the customer.", {"ticket_id": S, "body": S}, ["ticket_id", "body"]),
]
TOOLSETS = {"coding": TOOLS_CODING, "web": TOOLS_WEB, "data": TOOLS_DATA, "ops": TOOLS_OPS}

AGENT_SYS = {
    "coding": "You are an autonomous software engineering agent working in a sandboxed repository. Use the tools to inspect, "
              "edit and test code. Make minimal, correct changes. When the task is complete, reply with a short summary.",
    "web": "You are a research assistant with web access. Search, read sources, and save concise notes with citations. "
           "Finish with a summary for the user.",
    "data": "You are a data analyst agent. You can query the warehouse and run Python. Always check row counts before drawing "
            "conclusions. Report findings as bullet points.",
    "ops": "You are a customer operations agent for an online store. Follow policy: refunds over $200 need a human. "
           "Be polite and concise.",
}


def agent_task(rng, kind):
    n, v = rng.choice(NOUNS), rng.choice(VERBS)
    if kind == "coding":
        return rng.choice(["Fix the failing test in tests/test_%s.py." % n, "Add input validation to %s_%s and update the tests." % (v, n),
                           "The %s endpoint returns 500 when the id is missing. Find and fix the bug." % n,
                           "Refactor %s so that it no longer uses the deprecated client." % path(rng),
                           "Bump the %s dependency and make the build pass." % rng.choice(["pydantic", "react", "grpc", "sqlalchemy"])])
    if kind == "web":
        return rng.choice(["Find the three most cited papers on %s retrieval from 2026 and summarize them." % n,
                           "Compare pricing of the top managed %s queue services." % n,
                           "What changed in the latest release of %s? Save notes." % rng.choice(["Postgres", "Kubernetes", "Rust", "Node.js"])])
    if kind == "data":
        return rng.choice(["Why did weekly active %ss drop last week?" % n, "Build a chart of %s volume by region for Q3." % n,
                           "Find the top 10 %ss by revenue and check for duplicates." % n])
    return "Handle ticket T-%d: customer says order %d arrived damaged." % (rng.randint(10000, 99999), rng.randint(100000, 999999))


def tool_call(rng, name, args):
    return {"id": "call_" + format(rng.getrandbits(96), "024x"), "type": "function",
            "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}


def agent_step(rng, kind, step):
    """(tool_call, tool_result) for step i of an agent loop."""
    if kind == "coding":
        if step == 0:
            return tool_call(rng, "search_code", {"pattern": ident(rng)}), "%s:%d:    return %s(x)" % (path(rng), rng.randint(5, 300), ident(rng))
        if step % 3 == 1:
            return tool_call(rng, "read_file", {"path": path(rng)}), snippet(rng)
        if step % 3 == 2:
            return tool_call(rng, "write_file", {"path": path(rng), "content": snippet(rng)}), "ok: wrote %d bytes" % rng.randint(300, 4000)
        return tool_call(rng, "run_shell", {"command": rng.choice(["pytest -q", "npm test", "go test ./...", "ruff check ."])}), test_log(rng)
    if kind == "web":
        if step % 2 == 0:
            q = rng.choice(NOUNS) + " " + rng.choice(["benchmark", "pricing", "release notes", "survey 2027"])
            return tool_call(rng, "web_search", {"query": q}), "\n".join(
                "%d. https://%s.example.org/%s - %s" % (i + 1, rng.choice(NOUNS), rng.choice(VERBS), q) for i in range(5))
        return tool_call(rng, "fetch_url", {"url": "https://%s.example.org/%s" % (rng.choice(NOUNS), rng.choice(VERBS))}), \
            "Title: %s\n\n%s" % (rng.choice(NOUNS).capitalize(), " ".join(rng.choice(NOUNS) for _ in range(60)))
    if kind == "data":
        if step % 2 == 0:
            n = rng.choice(NOUNS)
            return tool_call(rng, "sql_query", {"sql": "SELECT region, COUNT(*) FROM %ss WHERE ts > now() - interval '14 day' GROUP BY 1" % n}), \
                "region,count\n" + "\n".join("%s,%d" % (r, rng.randint(100, 90000)) for r in ["na", "emea", "apac", "latam"])
        return tool_call(rng, "python", {"code": "import pandas as pd\ndf = pd.read_csv('result.csv')\nprint(df.describe())"}), \
            "count  4.0\nmean   %d\nstd    %d" % (rng.randint(1000, 50000), rng.randint(100, 9000))
    if step == 0:
        return tool_call(rng, "get_ticket", {"ticket_id": "T-%d" % rng.randint(10000, 99999)}), '{"status":"open","priority":"normal","body":"Item arrived damaged"}'
    return tool_call(rng, "lookup_order", {"order_id": str(rng.randint(100000, 999999))}), '{"total": %d.99, "status": "delivered"}' % rng.randint(10, 400)


def agent_final(rng, kind):
    return {"coding": "Done. I updated the handler to validate the id and added a regression test; the suite passes.",
            "web": "Summary saved. Key points: pricing varies mostly by throughput tier; two providers offer free tiers.",
            "data": "- Volume fell 12% week over week, concentrated in one region.\n- Duplicate rows explain about a third of the drop.",
            "ops": "I've apologized to the customer and issued a replacement; the refund was not needed."}[kind] if rng.random() < .6 else \
        rng.choice(["Task complete.", "All checks pass. Summary: changes applied as requested.", "Finished; see notes above."])


# --------------------------------------------------------------------------- CI review bots
CI_SYS = ("You are ghost-reviewer, an automated pull request reviewer. Review the diff for bugs, security problems and "
          "style issues. Respond in GitHub-flavored markdown with a short summary followed by inline comments in the form "
          "`path:line - comment`. If the change looks good, say LGTM.")
CI_SYS_ALT = ["You are a senior engineer reviewing a pull request. Be concise. Only flag real problems.",
              "Summarize this pull request for the changelog in one or two sentences, then list any breaking changes."]


def ci_prompt(rng, diff_text=None):
    d = diff_text or diff(rng)
    return ("Repository: %s/%s\nPR #%d: %s\n\n```diff\n%s```" % (
        rng.choice(["acme", "tideline", "borealis", "quarry", "lumen", "northgate"]), rng.choice(NOUNS) + "-svc",
        rng.randint(100, 9000), rng.choice(["Fix {} handling", "Add {} retries", "Refactor {} store", "Bump deps"]).format(rng.choice(NOUNS)), d))


def ci_review(rng):
    if rng.random() < 0.35:
        return "LGTM. The change is small and covered by existing tests."
    return ("**Summary:** %s\n\n%s" % (rng.choice(["Adds a null check and tightens validation.", "Refactors the store; behaviour unchanged.",
                                                    "Introduces retries; consider backoff jitter."]),
                                       "\n".join("- `%s:%d` - %s" % (path(rng), rng.randint(5, 400), rng.choice([
                                           "possible None dereference", "this swallows the exception", "magic number; extract a constant",
                                           "missing test for the error branch", "consider using a context manager"])) for _ in range(rng.randint(1, 4)))))


# --------------------------------------------------------------------------- RAG
RAG_SYS = ("You are the help assistant for {brand}. Answer the question using ONLY the context below. If the answer is not in the "
           "context, say you don't know. Cite sources as [n].\n\nContext:\n{ctx}")
BRANDS = ["Fernbank Insurance", "Orbitly HR", "Calder Legal", "Mosswood Health", "Juniper Bank", "Tallgrass Docs", "Keystone Utilities"]


def rag_context(rng, texts):
    return "\n\n".join("[%d] %s" % (i + 1, rng.choice(texts)[:700]) for i in range(rng.randint(2, 5)))
