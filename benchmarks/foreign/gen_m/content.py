# -*- coding: utf-8 -*-
"""Public corpora (read-only, /work/shared/data) and the content builders shared by the
benign populations and the campaigns: prompts, plausible responses, reasoning text."""
import csv
import json
import os
import re

import mathgen
import textpools as TP

DATA = os.environ.get("GEN_M_DATA", "/work/shared/data")


class Corpora:
    def __init__(self, root=DATA):
        j = os.path.join
        self.arena = []          # list of conversations: [(user, assistant), ...]
        self.arena_ko = []
        with open(j(root, "benign/chatbot_arena_conversations.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                ms = d["messages"]
                pairs = []
                for i in range(0, len(ms) - 1, 2):
                    if ms[i]["role"] == "user" and ms[i + 1]["role"] == "assistant":
                        pairs.append((ms[i]["content"], ms[i + 1]["content"]))
                if not pairs:
                    continue
                if re.search("[\uac00-\ud7af]", pairs[0][0]):
                    self.arena_ko.append(pairs)
                else:
                    self.arena.append(pairs)
        self.ah = []             # (prompt, category)
        for fn in ("benign/arena_hard_v0.1.jsonl", "benign/arena_hard_v2.0.jsonl"):
            with open(j(root, fn), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    cat = d.get("subcategory") or d.get("cluster") or "general"
                    self.ah.append((d["prompt"], cat))
        self.ah_short = [p for p in self.ah if len(p[0]) < 2500]
        self.ah_code = [p for p in self.ah_short if p[1] == "coding" or re.search(r"\b(code|python|function|script|sql|javascript|c\+\+|rust|java)\b", p[0], re.I)]
        self.ah_math = [p for p in self.ah_short if p[1] == "math" or re.search(r"\b(prove|probability|integral|equation|solve)\b", p[0], re.I)]
        self.gsm = []            # (question, steps, final)
        with open(j(root, "extraction/gsm8k_train.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                body, _, fin = d["answer"].partition("####")
                steps = [re.sub(r"<<[^>]*>>", "", s).strip() for s in body.strip().split("\n") if s.strip()]
                self.gsm.append((d["question"], steps, fin.strip()))
        self.si = []             # (instruction, input, output)
        for fn in ("extraction/self_instruct_seed_tasks.jsonl", "extraction/self_instruct_user_oriented.jsonl"):
            with open(j(root, fn), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    for inst in d.get("instances", [])[:3]:
                        self.si.append((d["instruction"], inst.get("input", ""), inst.get("output", "")))
        with open(j(root, "jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb = [x for x in json.load(f) if len(x) < 6000]
        self.dan = []
        dd = j(root, "jailbreak/dan")
        for fn in sorted(os.listdir(dd)):
            with open(j(dd, fn), encoding="utf-8") as f:
                for x in json.load(f):
                    self.dan.append(x.replace("{generator.name}", "Tsuki"))
        with open(j(root, "jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sp = [(k, p) for k in sorted(sp) for p in sp[k]]
        self.adv = []
        with open(j(root, "harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.adv.append(row["goal"])
        stop = {"The", "A", "An", "If", "In", "There", "John", "What", "How", "When", "At", "On", "For", "It", "This", "Each", "Every", "Two", "Three",
                "One", "Four", "Five", "Some", "Last", "After", "During", "Mr", "Mrs", "Ms", "Dr", "His", "Her", "Their", "Our", "My", "Your", "She", "He",
                "They", "We", "Since", "To", "Of", "From", "As", "While", "A.", "Half", "Out", "Twenty", "Ten", "Six", "Seven", "Eight", "Nine"}
        cnt = {}
        for q, _, _ in self.gsm:
            w = re.sub(r"('s|[,.])$", "", q.split(" ", 1)[0])
            if w[:1].isupper() and w.isalpha() and w not in stop and len(w) > 2:
                cnt[w] = cnt.get(w, 0) + 1
        lower = set()
        for q, _, _ in self.gsm:
            lower.update(re.findall(r"\b[a-z]+\b", q))
        self.gsm_name_list = sorted(w for w, c in cnt.items() if c >= 3 and w.lower() not in lower)
        self.gsm_names = set(self.gsm_name_list)
        # English prose to translate / summarize: real assistant answers of the Arena
        self.prose = [a for conv in self.arena for (_, a) in conv if 300 < len(a) < 2200]


# ------------------------------------------------------------------ slot filling
def _slots(rng, lang):
    if lang == "ja":
        V = TP.JA
    elif lang == "ko":
        V = TP.KO
    elif lang == "zh":
        V = TP.ZH
    elif lang == "vi":
        V = TP.VI
    elif lang == "th":
        V = TP.TH
    else:
        V = TP.EN
    d = {}
    for k, vals in V.items():
        if k == "pair":
            w1, w2 = rng.choice(vals)
            d["w1"], d["w2"] = w1, w2
        else:
            d[k] = rng.choice(vals)
    if "ing" in V:
        d["ing2"] = rng.choice(V["ing"])
    if "topic" in V:
        d["topic2"] = rng.choice(V["topic"])
    d["lang"] = rng.choice(TP.CODE_LANGS)
    d["lang2"] = rng.choice(TP.CODE_LANGS)
    d["error"] = rng.choice(TP.ERRORS)
    snl, sn = rng.choice(TP.SNIPPETS)
    d["snl"], d["snippet"] = snl, sn
    for k in ("topic", "place", "thing", "situation", "algo"):
        d.setdefault(k, "")
    return d


def fill(rng, tpl, lang):
    d = _slots(rng, lang)
    return tpl.format(**d), d


_MAIN = ("topic", "place", "food", "product", "thing", "book", "situation", "excel", "w1", "ing")


def main_slot(tpl, d):
    for k in _MAIN:
        if "{" + k + "}" in tpl:
            v = d.get(k, "")
            if k == "w1":
                return "「%s」と「%s」" % (d["w1"], d["w2"])
            return v
    return d.get("topic", "")


def answer_generic(rng, lang, t, n_points=None):
    if lang == "ja":
        k = n_points or rng.randint(2, 4)
        pts = rng.sample(TP.JA_ANS_POINTS, k)
        body = "\n".join("%d. **%s**: %s" % (i + 1, p, rng.choice(TP.JA_ANS_BODY)) for i, p in enumerate(pts))
        return "%s\n\n%s\n\n%s" % (rng.choice(TP.JA_ANS_OPEN).format(t=t), body, rng.choice(TP.JA_ANS_CLOSE))
    if lang == "ko":
        k = n_points or rng.randint(2, 4)
        pts = rng.sample(TP.KO_ANS_POINTS, k)
        body = "\n".join("%d. **%s**: %s" % (i + 1, p, rng.choice(TP.KO_ANS_BODY)) for i, p in enumerate(pts))
        return "%s\n\n%s\n\n%s" % (rng.choice(TP.KO_ANS_OPEN).format(t=t), body, rng.choice(TP.KO_ANS_CLOSE))
    if lang == "zh":
        return rng.choice(TP.ZH_ANS).format(t=t)
    if lang == "vi":
        return rng.choice(TP.VI_ANS).format(t=t)
    if lang == "th":
        return rng.choice(TP.TH_ANS).format(t=t)
    return en_answer(rng, t)


_EN_OPEN = ["Sure! Here's an overview of {t}.", "Great question. Let me break down {t}.", "Here's what you need to know about {t}:",
            "Happy to help with {t}.", "Below is a concise explanation of {t}."]
_EN_HEAD = ["Key idea", "How it works", "Common pitfalls", "Practical example", "Trade-offs", "When to use it", "Next steps"]
_EN_BODY = ["The core principle is simple once you see the moving parts.", "In practice, most teams start with a small pilot and iterate.",
            "A frequent mistake is skipping the assumptions and jumping to implementation.", "Measure before and after so you can compare.",
            "It depends heavily on your constraints, so treat this as a starting point.", "There are edge cases worth testing explicitly.",
            "Documentation from the official source is the best reference here.", "Keep the interface small and the behaviour predictable."]
_EN_CLOSE = ["Let me know if you want me to go deeper on any part.", "Hope this helps!", "Want an example tailored to your setup?", ""]


def en_answer(rng, t, n=None):
    k = n or rng.randint(2, 4)
    hs = rng.sample(_EN_HEAD, k)
    body = "\n\n".join("**%s.** %s %s" % (h, rng.choice(_EN_BODY), rng.choice(_EN_BODY)) for h in hs)
    return ("%s\n\n%s\n\n%s" % (rng.choice(_EN_OPEN).format(t=t), body, rng.choice(_EN_CLOSE))).strip()


def topic_of(prompt, n=8):
    s = re.sub(r"\s+", " ", prompt.strip())
    s = s.split("\n")[0]
    w = s.split(" ")
    return " ".join(w[:n]).rstrip(".,:;?!") if len(w) > 1 else s[:40]


_CODE_BODIES = {
    "python": "def solve(data):\n    \"\"\"{t}\"\"\"\n    result = []\n    for item in data:\n        if not item:\n            continue\n        result.append(process(item))\n    return result\n\n\nif __name__ == \"__main__\":\n    print(solve(load_input()))",
    "typescript": "export async function handler(input: Input): Promise<Output> {\n  // {t}\n  const items = await fetchItems(input.id);\n  return items.filter(Boolean).map(transform);\n}",
    "go": "func Process(items []Item) ([]Result, error) {\n\t// {t}\n\tout := make([]Result, 0, len(items))\n\tfor _, it := range items {\n\t\tr, err := handle(it)\n\t\tif err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\tout = append(out, r)\n\t}\n\treturn out, nil\n}",
    "sql": "-- {t}\nSELECT d.name, AVG(e.salary) AS avg_salary\nFROM employees e\nJOIN departments d ON d.id = e.dept_id\nGROUP BY d.name\nORDER BY avg_salary DESC;",
    "rust": "pub fn process(items: &[Item]) -> Result<Vec<Output>, Error> {\n    // {t}\n    items.iter().map(|it| handle(it)).collect()\n}",
    "java": "public List<Result> process(List<Item> items) {\n    // {t}\n    return items.stream().filter(Objects::nonNull).map(this::handle).collect(Collectors.toList());\n}",
}


def code_answer(rng, lang, t, plang=None):
    pl = (plang or rng.choice(["python", "typescript", "go", "sql", "rust", "java"])).lower()
    pl = pl if pl in _CODE_BODIES else "python"
    code = _CODE_BODIES[pl].replace("{t}", t[:60])
    lead = {"ja": "以下のように実装できます。", "ko": "다음과 같이 구현할 수 있어요.", "zh": "可以这样实现：", "vi": "Bạn có thể làm như sau:", "th": "ทำได้ดังนี้ครับ"}.get(lang, "Here's one way to do it:")
    tail = {"ja": "ポイント:\n- 入力が空の場合を先に処理しています。\n- エラー処理は呼び出し側に任せています。",
            "ko": "포인트:\n- 빈 입력을 먼저 처리합니다.\n- 에러 처리는 호출하는 쪽에 맡깁니다.",
            }.get(lang, "Notes:\n- Empty inputs are skipped early.\n- Errors propagate to the caller.")
    return "%s\n\n```%s\n%s\n```\n\n%s" % (lead, pl, code, tail)


def gsm_response(rng, steps, final, style=1, lang="en"):
    """Answer text for a GSM8K item. style 0 terse, 1 normal, 2 full chain of thought."""
    if style == 0:
        return final if rng.random() < 0.5 else "The answer is %s." % final
    if style == 1:
        return "\n".join(steps) + "\nThe answer is %s." % final
    head = {"ja": "思考過程をすべて書き出します。\n\n", "ko": "추론 과정을 모두 적어 보겠습니다.\n\n", "zh": "下面写出完整的推理过程。\n\n"}.get(
        lang, rng.choice(["Let me reason through this carefully, step by step.\n\n", "Here is my complete reasoning.\n\n",
                          "Step-by-step reasoning:\n\n"]))
    body = []
    for i, s in enumerate(steps):
        body.append("Step %d: %s" % (i + 1, s))
        if rng.random() < 0.5:
            body.append("  - This follows from the quantities stated in the problem.")
    return head + "\n".join(body) + "\n\nVerification: re-adding the parts gives the same total.\n\nFinal answer: %s" % final


# ------------------------------------------------------------------ reasoning text
_R_OPEN = ["The user is asking about {t}.", "Okay, so the request is: {t}.", "Let me figure out what's being asked — {t}.",
           "I need to respond to a question on {t}.", "Alright, the task: {t}."]
_R_MOVES = ["First I should pin down the key facts.", "Let me consider the constraints the user gave.", "Maybe structure the answer as a short list.",
            "I should double-check the terminology.", "There might be an edge case here; let me think.", "The user seems to want something practical.",
            "I'll keep the tone consistent with the language of the question.", "Let me verify that reasoning once more.",
            "Hmm, is there an ambiguity? I'll assume the common interpretation.", "I could give an example to make it concrete.",
            "Let me recall how this usually works.", "Wait, I should reconsider the second point.", "That seems right."]
_R_CLOSE = ["Now I'll write the answer.", "OK, composing the response.", "I think that covers it.", "Let me draft the final answer."]


def reasoning_text(rng, think, kind="raw"):
    """think: str (topic) or list of calculation steps."""
    if isinstance(think, (list, tuple)):
        steps = list(think)
        parts = [rng.choice(["Let me work through the problem.", "Okay, let's parse the problem.", "Let me set this up carefully."])]
        for s in steps:
            parts.append(rng.choice(["Compute: ", "So ", "Then ", "Next, ", ""]) + s)
            if rng.random() < 0.25:
                parts.append(rng.choice(["Wait, let me double-check that.", "Yes, that's consistent.", "Hmm, re-reading the question — yes."]))
        parts.append(rng.choice(_R_CLOSE))
    else:
        t = (think or "the question")[:80]
        parts = [rng.choice(_R_OPEN).format(t=t)]
        parts += rng.sample(_R_MOVES, rng.randint(2, 6))
        parts.append(rng.choice(_R_CLOSE))
    if kind == "summary":
        hd = rng.choice(["**Analyzing the request**", "**Working through the problem**", "**Clarifying the task**", "**Planning the answer**"])
        return hd + "\n\n" + " ".join(parts[:max(2, len(parts) // 2)])
    return "\n".join(parts)


# ------------------------------------------------------------------ business documents
_TICKET = {
    "en": ["Hi, I was charged twice for order #{n} and need a refund for the duplicate.", "The app crashes every time I upload a PDF larger than 10MB.",
           "How do I add a second admin to our workspace? I can't find the setting.", "Our SSO login stopped working after the certificate rotation yesterday.",
           "Package #{n} shows delivered but nothing arrived. Can you check?", "I want to cancel my subscription before the renewal on the 15th.",
           "The export to CSV is missing the last column (tax).", "Can you extend our trial by two weeks? Procurement is slow.",
           "Your API returns 502 intermittently since this morning.", "Please update the billing address on invoice INV-{n}."],
    "ja": ["注文番号{n}の商品が二重に請求されています。返金をお願いします。", "10MB以上のPDFをアップロードするとアプリが落ちます。", "管理者を追加する方法を教えてください。",
           "昨日から SSO でログインできません。", "配送済みになっていますが荷物が届いていません（伝票番号{n}）。", "次回更新前に解約したいです。",
           "CSVエクスポートで消費税の列が出力されません。", "トライアル期間を2週間延長できますか？", "請求書INV-{n}の宛名を変更してください。"],
    "ko": ["주문번호 {n} 결제가 두 번 됐어요. 환불 부탁드립니다.", "10MB 넘는 PDF 올리면 앱이 꺼져요.", "관리자를 한 명 더 추가하려면 어떻게 하나요?",
           "어제부터 SSO 로그인이 안 됩니다.", "배송 완료로 나오는데 물건을 못 받았어요 (송장번호 {n}).", "다음 결제일 전에 구독 해지하고 싶어요.",
           "CSV 내보내기에 세금 열이 빠져 있어요.", "체험 기간 2주 연장 가능할까요?", "세금계산서 INV-{n} 주소 변경 요청드립니다."],
}
TICKET_CATS = ["billing", "bug", "how_to", "account_access", "shipping", "cancellation", "feature_request", "sales", "outage"]


def ticket(rng, lang):
    return rng.choice(_TICKET.get(lang, _TICKET["en"])).replace("{n}", str(rng.randint(100000, 999999)))


_REVIEW = {
    "en": ["Battery life is great but the strap broke after a month.", "Arrived late, packaging was damaged, product works fine.",
           "Exactly as described. Would buy again.", "Customer support never replied to my emails.", "Too expensive for what it is.",
           "Fits perfectly and the color is lovely.", "Stopped charging after two weeks. Very disappointed."],
    "ja": ["バッテリーの持ちは良いですが、1ヶ月でベルトが壊れました。", "到着が遅く梱包も潰れていましたが、商品自体は問題なし。", "説明どおりの商品でした。リピートします。",
           "問い合わせに返信がありません。", "値段の割にいまいちです。", "サイズぴったりで色もかわいいです。", "2週間で充電できなくなりました。残念です。"],
    "ko": ["배터리는 오래가는데 한 달 만에 스트랩이 끊어졌어요.", "배송이 늦고 포장이 찌그러졌지만 제품은 괜찮아요.", "설명 그대로예요. 재구매 의사 있어요.",
           "고객센터가 답장을 안 해요.", "가격에 비해 별로예요.", "사이즈 딱 맞고 색상 예뻐요.", "2주 만에 충전이 안 돼요. 실망입니다."],
}


def review(rng, lang):
    return rng.choice(_REVIEW.get(lang, _REVIEW["en"]))


_CALL = {
    "en": ["Agent: Thanks for calling, how can I help?\nCustomer: My internet keeps dropping every evening.\nAgent: I'm sorry about that. Can I have your account number?\nCustomer: It's {n}.\nAgent: I see two outages logged in your area this week. I'll schedule a technician for Thursday.\nCustomer: Thursday works. Will I be credited?\nAgent: Yes, a 5-day credit will show on your next bill.",
           "Agent: Claims department, this is Dana.\nCustomer: I'm following up on claim {n}, filed three weeks ago.\nAgent: It's pending the adjuster's photos. I'll escalate it today.\nCustomer: I need the rental car extended too.\nAgent: I've extended it by 7 days."],
    "ja": ["オペレーター: お電話ありがとうございます。\nお客様: 毎晩ネットが切れるんです。\nオペレーター: ご不便をおかけして申し訳ございません。お客様番号を伺えますか。\nお客様: {n}です。\nオペレーター: 今週お住まいの地域で2回障害が発生しておりました。木曜日に技術者を手配いたします。\nお客様: 料金はどうなりますか。\nオペレーター: 5日分を次回請求から差し引きます。"],
    "ko": ["상담원: 전화 주셔서 감사합니다.\n고객: 매일 저녁마다 인터넷이 끊겨요.\n상담원: 불편을 드려 죄송합니다. 고객 번호 말씀해 주시겠어요?\n고객: {n}입니다.\n상담원: 이번 주 해당 지역에 장애가 두 번 있었습니다. 목요일에 기사님 방문 잡아 드릴게요.\n고객: 요금은요?\n상담원: 5일분 요금을 다음 청구서에서 차감해 드립니다."],
}


def call_transcript(rng, lang):
    return rng.choice(_CALL.get(lang, _CALL["en"])).replace("{n}", str(rng.randint(10000000, 99999999)))


_PRODUCTS = [("ステンレス保温ボトル", "Stainless insulated bottle", "스테인리스 보온병", 500, "ml"), ("ワイヤレスイヤホン", "Wireless earbuds", "무선 이어폰", 5, "g"),
             ("低反発まくら", "Memory foam pillow", "메모리폼 베개", 60, "cm"), ("抹茶パウダー", "Matcha powder", "말차 파우더", 100, "g"),
             ("折りたたみ傘", "Folding umbrella", "접이식 우산", 98, "cm"), ("LEDデスクライト", "LED desk lamp", "LED 스탠드", 40, "cm"),
             ("ヨガマット", "Yoga mat", "요가 매트", 6, "mm"), ("電気ケトル", "Electric kettle", "전기 주전자", 1, "L")]


def product_attrs(rng):
    ja, en, ko, sz, unit = rng.choice(_PRODUCTS)
    return {"sku": "SKU-%06d" % rng.randint(0, 999999), "name_ja": ja, "name_en": en, "name_ko": ko,
            "size": "%d%s" % (sz * rng.choice([1, 1, 2]), unit), "color": rng.choice(["black", "white", "navy", "beige", "sage green"]),
            "price_jpy": rng.choice([980, 1480, 1980, 2980, 3980, 5480])}
