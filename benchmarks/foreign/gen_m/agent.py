# -*- coding: utf-8 -*-
"""Tool-calling loops: tool schemas, synthetic episodes and their emission, one exchange per model call."""
import json

import world as Wd


def _fn(name, desc, props, req):
    return {"type": "function", "function": {"name": name, "description": desc,
                                             "parameters": {"type": "object", "properties": props, "required": req}}}


S = {"type": "string"}
I = {"type": "integer"}
TOOLS = {
    "coding": [
        _fn("read_file", "Read a file from the workspace.", {"path": S}, ["path"]),
        _fn("edit_file", "Replace an exact string in a file.", {"path": S, "old": S, "new": S}, ["path", "old", "new"]),
        _fn("run_command", "Run a shell command in the workspace and return stdout/stderr.", {"command": S, "timeout": I}, ["command"]),
        _fn("grep", "Search the codebase with a regular expression.", {"pattern": S, "path": S}, ["pattern"]),
    ],
    "support": [
        _fn("lookup_order", "Look up an order by id.", {"order_id": S}, ["order_id"]),
        _fn("issue_refund", "Refund an order (requires reason).", {"order_id": S, "amount": {"type": "number"}, "reason": S}, ["order_id", "reason"]),
        _fn("search_kb", "Search the help-center knowledge base.", {"query": S, "lang": S}, ["query"]),
    ],
    "travel": [
        _fn("search_flights", "Search flights.", {"origin": S, "destination": S, "date": S}, ["origin", "destination", "date"]),
        _fn("get_weather", "Current weather and 3-day forecast for a city.", {"city": S}, ["city"]),
        _fn("search_hotels", "Search hotels.", {"city": S, "checkin": S, "nights": I}, ["city", "checkin"]),
    ],
    "sql": [
        _fn("list_tables", "List tables in the warehouse.", {}, []),
        _fn("describe_table", "Show columns of a table.", {"table": S}, ["table"]),
        _fn("run_sql", "Run a read-only SQL query (Snowflake dialect).", {"query": S}, ["query"]),
    ],
    "research": [
        _fn("web_search", "Search the web.", {"query": S, "num_results": I}, ["query"]),
        _fn("fetch_url", "Fetch a web page as markdown.", {"url": S}, ["url"]),
    ],
}

SYSTEMS = {
    "support": "You are the customer-support agent for {brand}. Use the tools to look up orders before answering. Never refund more than the order total. Reply in the customer's language.",
    "travel": "You are a travel-planning assistant. Use tools for live data; never invent prices. Today is {date}.",
    "sql": "You are a data analyst agent with read-only access to the company warehouse. Explore the schema with the tools, then answer with the SQL you ran and a short summary.",
    "research": "You are a research assistant. Search, read sources, and answer with citations [n].",
}

FILES = ["src/api/users.py", "src/server.ts", "app/models/order.rb", "internal/cache/lru.go", "src/lib.rs", "tests/test_api.py", "src/components/Table.tsx",
         "pkg/auth/jwt.go", "services/billing/invoice.py", "web/src/hooks/useFetch.ts", "src/main/java/com/acme/OrderService.java"]
CODE_TASKS = {
    "en": ["Fix the failing test in {f}", "Add pagination to the endpoint in {f}", "Why does the build fail? Start from {f}", "Refactor {f} to remove the duplicated logic",
           "Add input validation to {f}", "The cache in {f} leaks memory under load; find and fix it", "Write unit tests for {f}", "Upgrade {f} to the new SDK version"],
    "ja": ["{f} のテストが落ちる原因を調べて直して", "{f} にページネーションを追加して", "{f} の重複したロジックをリファクタリングして", "{f} のユニットテストを書いて"],
    "ko": ["{f} 테스트 실패 원인 찾아서 고쳐줘", "{f}에 페이지네이션 추가해줘", "{f} 중복 로직 리팩터링해줘", "{f} 단위 테스트 작성해줘"],
}
SUPPORT_Q = {"en": ["Where is my order {o}?", "I want a refund for order {o}, the item arrived broken.", "How do I change my delivery address for {o}?"],
             "ja": ["注文{o}はいつ届きますか？", "注文{o}の商品が壊れていたので返金してください", "{o}の配送先を変更したいです"],
             "ko": ["주문 {o} 언제 도착하나요?", "주문 {o} 상품이 파손돼서 환불 원해요", "{o} 배송지 변경하고 싶어요"]}
TRAVEL_Q = {"en": ["Find me a flight from {a} to {b} on {d} and check the weather there.", "Plan 3 nights in {b} starting {d}"],
            "ja": ["{d}に{a}から{b}へのフライトを探して、現地の天気も教えて", "{d}から{b}に3泊したい。ホテルを探して"],
            "ko": ["{d}에 {a}에서 {b} 가는 항공편 찾아주고 날씨도 알려줘", "{d}부터 {b} 3박 호텔 찾아줘"]}
CITIES = ["NRT", "HND", "ICN", "GMP", "KIX", "SFO", "LAX", "JFK", "SEA", "YVR", "TPE", "BKK", "SGN", "HAN", "FUK", "CJU"]
SQL_Q = ["What was revenue by region last quarter?", "Which 10 customers churned most recently?", "Weekly active users for the last 8 weeks",
         "Average order value by acquisition channel in October", "How many support tickets per product area last month?"]


def _call(rng, name, args):
    return {"id": "call_" + Wd.b32(rng, 22), "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}


def episode(rng, domain, lang="en", task=None, brand="Acme", date="2027-11-03"):
    """-> (system, user, steps[(tool_call, tool_result_text)], final_text)"""
    steps = []
    if domain == "coding":
        f = rng.choice(FILES)
        user = task or rng.choice(CODE_TASKS.get(lang, CODE_TASKS["en"])).format(f=f)
        steps.append((_call(rng, "read_file", {"path": f}), "1  import os\n2  from .db import session\n3  \n4  def list_items(limit=50):\n5      rows = session.query(Item).all()\n6      return rows[:limit]\n"))
        if rng.random() < 0.6:
            steps.append((_call(rng, "grep", {"pattern": "list_items", "path": "src"}), "src/api/routes.py:12: items = list_items()\ntests/test_api.py:31:    assert len(list_items(10)) == 10"))
        steps.append((_call(rng, "run_command", {"command": rng.choice(["pytest -x -q", "npm test", "go test ./...", "cargo test"])}),
                       "F\n=== FAILURES ===\ntest_list_items_pagination: AssertionError: expected 10, got 50\n1 failed, 41 passed in 3.21s"))
        steps.append((_call(rng, "edit_file", {"path": f, "old": "rows[:limit]", "new": "rows[offset:offset + limit]"}), "ok: 1 replacement"))
        steps.append((_call(rng, "run_command", {"command": "pytest -x -q"}), "42 passed in 3.05s"))
        k = rng.randint(2, len(steps))
        steps = steps[:k]
        final = {"ja": "修正しました。`list_items` にオフセットを追加し、テストがすべて通ることを確認しました。",
                 "ko": "수정했습니다. `list_items`에 offset을 추가했고 테스트가 모두 통과하는 것을 확인했어요."}.get(
            lang, "Done. `list_items` now honours the offset, and the test suite passes (42 passed).")
        return None, user, steps, final
    if domain == "support":
        o = "%d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999))
        user = rng.choice(SUPPORT_Q.get(lang, SUPPORT_Q["en"])).format(o=o)
        steps.append((_call(rng, "lookup_order", {"order_id": o}), json.dumps({"order_id": o, "status": rng.choice(["shipped", "delivered", "processing"]),
                                                                             "total": rng.choice([29.9, 54.0, 120.5]), "carrier": "Yamato"})))
        if "refund" in user or "返金" in user or "환불" in user:
            steps.append((_call(rng, "issue_refund", {"order_id": o, "reason": "damaged"}), json.dumps({"ok": True, "refund_id": "rf_" + Wd.b32(rng, 8)})))
        final = {"ja": "ご注文状況を確認しました。詳細は上記のとおりです。ほかにお手伝いできることはありますか？",
                 "ko": "주문 상태를 확인했습니다. 더 도와드릴 일이 있을까요?"}.get(lang, "I've checked your order; details above. Anything else I can help with?")
        return SYSTEMS["support"].format(brand=brand), user, steps, final
    if domain == "travel":
        a, b = rng.sample(CITIES, 2)
        d = "2027-%02d-%02d" % (rng.choice([11, 12]), rng.randint(1, 28))
        user = rng.choice(TRAVEL_Q.get(lang, TRAVEL_Q["en"])).format(a=a, b=b, d=d)
        steps.append((_call(rng, "search_flights", {"origin": a, "destination": b, "date": d}), json.dumps([{"flight": "NH%d" % rng.randint(1, 999), "dep": "09:05", "price": rng.randint(180, 900)}])))
        steps.append((_call(rng, "get_weather", {"city": b}), json.dumps({"temp_c": rng.randint(-2, 31), "forecast": "cloudy"})))
        final = "Here are the best options I found, and the forecast is mild." if lang == "en" else (
            "候補のフライトと天気をまとめました。" if lang == "ja" else "항공편과 날씨를 정리했어요.")
        return SYSTEMS["travel"].format(date=date), user, steps, final
    if domain == "sql":
        user = task or rng.choice(SQL_Q)
        steps.append((_call(rng, "list_tables", {}), "orders, customers, events, tickets, regions"))
        steps.append((_call(rng, "describe_table", {"table": "orders"}), "id NUMBER, customer_id NUMBER, region_id NUMBER, total NUMBER(12,2), created_at TIMESTAMP"))
        steps.append((_call(rng, "run_sql", {"query": "SELECT r.name, SUM(o.total) FROM orders o JOIN regions r ON r.id=o.region_id WHERE o.created_at >= '2027-07-01' GROUP BY 1"}),
                       "APAC 1204331.20\nNA 3302119.75\nEMEA 988201.10"))
        return SYSTEMS["sql"], user, steps, "NA led revenue last quarter ($3.30M), followed by APAC ($1.20M) and EMEA ($0.99M)."
    user = task or "Find recent papers on " + rng.choice(["speculative decoding", "KV-cache compression", "model watermarking", "retrieval evaluation"])
    steps.append((_call(rng, "web_search", {"query": user[:60], "num_results": 5}), "1. arxiv.org/abs/2709.01234 ...\n2. arxiv.org/abs/2710.04567 ..."))
    steps.append((_call(rng, "fetch_url", {"url": "https://arxiv.org/abs/2709.01234"}), "# Title\nAbstract: We propose ..."))
    return SYSTEMS["research"], user, steps, "Two relevant recent papers [1][2] ..."


def emit_episode(W, acct, rng, t0, ep, model, params, tools, end_user=None, conv=None, ip=None, ua=None, key=None, think_pre=None,
                 gap=(1.5, 12), system_override=None):
    system, user, steps, final = ep
    system = system_override or system
    msgs = []
    if system:
        msgs.append({"role": "system", "content": system})
    msgs.append({"role": "user", "content": user})
    t = t0
    p = dict(params or {})
    p["tools"] = tools
    for i in range(len(steps) + 1):
        if i < len(steps):
            tc, res = steps[i]
            pre = think_pre(rng, i) if think_pre else ""
            ok = W.emit(acct, rng, t, model, messages=list(msgs), params=p, response=pre, tool_calls=[tc], end_user=end_user, conv=conv,
                        ip=ip, ua=ua, key=key, think="deciding which tool to call for: " + user[:50])
            if not ok:
                return t
            msgs.append({"role": "assistant", "content": pre, "tool_calls": [tc]})
            msgs.append({"role": "tool", "tool_call_id": tc["id"], "content": res})
            t += rng.uniform(*gap)
        else:
            W.emit(acct, rng, t, model, messages=list(msgs), params=p, response=final, end_user=end_user, conv=conv, ip=ip, ua=ua, key=key,
                   think="summarising the tool results for: " + user[:50])
    return t
