# -*- coding: utf-8 -*-
"""Prompt and response text built from the phrase banks (any language) and the public corpora."""
import orjson

import banks as B

ZH_LIKE = ("zh", "tw", "yue")


class SD(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(R, tmpl, lang, **kw):
    L = lang if lang in B.NAMES else "en"
    v = SD(kw)
    if "{name}" in tmpl and "name" not in kw:
        v["name"] = R.choice(B.NAMES[L])
    if "{place}" in tmpl and "place" not in kw:
        v["place"] = R.choice(B.PLACES[L])
    if "{food}" in tmpl and "food" not in kw:
        v["food"] = R.choice(B.FOODS[L])
    if "{n}" in tmpl and "n" not in kw:
        v["n"] = R.choice([3, 5, 5, 8, 10, 12])
    return tmpl.format_map(v)


def bank(d, lang, fallback="en"):
    return d.get(lang) or d.get("zh" if lang in ZH_LIKE and "zh" in d else fallback) or next(iter(d.values()))


def topic(text, k=28):
    t = text.strip().split("\n")[0].strip()
    return t[:k] + ("…" if len(t) > k else "")


# ---------------------------------------------------------------- math / homework
def math_q(R, lang, mid=None):
    e = R.choice(B.MATH) if mid is None else B.MATH[mid % len(B.MATH)]
    v = e["gen"](R)
    L = lang if lang in e["text"] else "en"
    v = SD(v)
    v["name"] = R.choice(B.NAMES[L])
    v["place"] = R.choice(B.PLACES[L])
    return e["text"][L].format_map(v), v["steps"], v["ans"]


def resp_math(R, lang, steps, ans, explain=True):
    h, f = B.SOLUTION_HEAD.get(lang, B.SOLUTION_HEAD["en"])
    lines = [h] + ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)] if explain else [h, steps[-1]]
    lines.append("%s %s" % (f, ans))
    if explain and R.random() < 0.5:
        lines.insert(0, R.choice(bank(B.RESP_OPEN, lang)))
    return "\n".join(lines)


EFF = {"low": 1, "medium": 2, "high": 4, None: 2}


def reason_math(R, lang, steps, ans, effort="medium"):
    T = B.THINK_ZH if lang in ZH_LIKE else B.THINK_EN
    k = EFF.get(effort, 2)
    out = T[:2] if R.random() < 0.6 else [R.choice(T)]
    for s in steps:
        out.append(s)
        if R.random() < 0.25 * k:
            out.append(R.choice(T))
    for _ in range(k - 1):
        out.append(R.choice(T))
        out.extend(steps[-2:])
    out.append(("所以答案是%s。" if lang in ZH_LIKE else "So the answer is %s.") % ans)
    return "\n".join(out)


def reason_generic(R, lang, t, effort="medium"):
    T = B.THINK_GENERIC_ZH if lang in ZH_LIKE else B.THINK_GENERIC_EN
    k = EFF.get(effort, 2)
    n = min(len(T), 2 + k + R.randint(0, k))
    out = [T[0].format(t=t)] + R.sample(T[1:], min(len(T) - 1, n))
    if k >= 4:
        out += R.sample(B.THINK_EN if lang not in ZH_LIKE else B.THINK_ZH, 3)
    return "\n".join(out)


def resp_generic(R, lang, t, k=None):
    L = lang if lang in B.RESP_BODY else "en"
    body = B.RESP_BODY[L]
    k = k or R.randint(2, min(4, len(body)))
    return R.choice(B.RESP_OPEN[L]) + "".join(s.format(t=t) for s in R.sample(body, k))


def science_q(R, lang):
    return R.choice(bank(B.SCIENCE, lang))


def puzzle_q(R, lang):
    return R.choice(B.PUZZLES.get(lang) or B.PUZZLES["en"])


def homework_q(R, lang):
    """A homework question with (text, steps, ans) where steps may be None (non-numeric)."""
    x = R.random()
    if x < 0.6:
        return math_q(R, lang)
    if x < 0.9:
        return science_q(R, lang), None, None
    return puzzle_q(R, lang), None, None


def homework_answer(R, lang, q, steps, ans, effort, think):
    if steps:
        return resp_math(R, lang, steps, ans), (reason_math(R, lang, steps, ans, effort) if think else None)
    t = topic(q)
    return resp_generic(R, lang, t), (reason_generic(R, lang, t, effort) if think else None)


# ---------------------------------------------------------------- code
CODE_SKEL = {
    "Python": "def solve({a}):\n    seen = {{}}\n    result = []\n    for i, x in enumerate({a}):\n        if x in seen:\n            continue\n        seen[x] = i\n        result.append(x)\n    return result\n",
    "Java": "public class Solution {{\n    public List<Integer> solve(int[] {a}) {{\n        Map<Integer, Integer> seen = new HashMap<>();\n        List<Integer> out = new ArrayList<>();\n        for (int i = 0; i < {a}.length; i++) {{\n            if (seen.putIfAbsent({a}[i], i) == null) out.add({a}[i]);\n        }}\n        return out;\n    }}\n}}\n",
    "Go": "func solve({a} []int) []int {{\n\tseen := make(map[int]int)\n\tout := []int{{}}\n\tfor i, x := range {a} {{\n\t\tif _, ok := seen[x]; !ok {{\n\t\t\tseen[x] = i\n\t\t\tout = append(out, x)\n\t\t}}\n\t}}\n\treturn out\n}}\n",
    "TypeScript": "export function solve({a}: number[]): number[] {{\n  const seen = new Map<number, number>();\n  const out: number[] = [];\n  {a}.forEach((x, i) => {{ if (!seen.has(x)) {{ seen.set(x, i); out.push(x); }} }});\n  return out;\n}}\n",
    "C++": "std::vector<int> solve(const std::vector<int>& {a}) {{\n    std::unordered_map<int, int> seen;\n    std::vector<int> out;\n    for (size_t i = 0; i < {a}.size(); ++i)\n        if (seen.emplace({a}[i], i).second) out.push_back({a}[i]);\n    return out;\n}}\n",
    "Rust": "pub fn solve({a}: &[i32]) -> Vec<i32> {{\n    let mut seen = std::collections::HashMap::new();\n    let mut out = Vec::new();\n    for (i, &x) in {a}.iter().enumerate() {{\n        if seen.insert(x, i).is_none() {{ out.push(x); }}\n    }}\n    out\n}}\n",
    "SQL": "SELECT customer_id, DATE_TRUNC('month', created_at) AS m, SUM(amount) AS total\nFROM orders\nWHERE status = 'paid'\nGROUP BY 1, 2\nORDER BY 1, 2;\n",
    "Kotlin": "fun solve({a}: List<Int>): List<Int> {{\n    val seen = HashMap<Int, Int>()\n    return {a}.filterIndexed {{ i, x -> seen.putIfAbsent(x, i) == null }}\n}}\n",
}
ARGS = ["xs", "items", "nums", "data", "arr", "values", "records"]
CODE_NOTES = {
    "zh": ["时间复杂度 O(n)，空间复杂度 O(n)。", "这里用哈希表记录已经出现过的元素。", "边界情况：输入为空时直接返回空列表。", "如果数据量很大，可以考虑分批处理。"],
    "en": ["Time complexity is O(n) and space is O(n).", "A hash map tracks what has been seen.", "Edge case: an empty input returns an empty list.", "For very large inputs, process in chunks."],
}


def code_q(R, lang):
    L = lang if lang in B.CODE_TASKS else ("zh" if lang in ("yue",) else "en")
    tl = R.choice(B.CODE_TASKS[L])
    thing = R.choice(B.CODE_THINGS["zh" if L == "zh" else "en"])
    pl = R.choice(B.PROG_LANGS)
    return tl.format_map(SD(pl=pl, thing=thing, snippet=R.choice(B.SNIPPETS))), pl, thing


def resp_code(R, lang, pl, thing):
    L = "zh" if lang in ZH_LIKE else "en"
    sk = CODE_SKEL.get(pl, CODE_SKEL["Python"]).format(a=R.choice(ARGS))
    return "%s\n```%s\n%s```\n%s" % (R.choice(B.RESP_OPEN.get(lang, B.RESP_OPEN["en"])), pl.lower(), sk, " ".join(R.sample(CODE_NOTES[L], 2)))


def reason_code(R, lang, thing, effort="medium"):
    zh = lang in ZH_LIKE
    k = EFF.get(effort, 2)
    base = (["先理解需求：%s。" % thing, "考虑输入规模和边界情况。", "可以用哈希表，也可以排序后处理，比较一下复杂度。", "哈希表更直接，O(n)。",
             "再想想并发或者内存限制。", "写完后用几个小例子手动跑一遍。", "空输入、重复元素、超大输入都要覆盖。"] if zh else
            ["Requirement: %s." % thing, "Think about input size and edge cases.", "Option one is a hash map, option two is sorting first; compare costs.",
             "The hash map is simpler and O(n).", "What about concurrency or memory limits?", "Trace a couple of small examples by hand.",
             "Cover empty input, duplicates and very large inputs."])
    n = min(len(base), 2 + k + R.randint(0, 2))
    return "\n".join(base[:n])


# ---------------------------------------------------------------- everyday chat
def chat_q(R, lang):
    return fill(R, R.choice(bank(B.CHAT, lang)), lang)


def followup(R, lang):
    return R.choice(bank(B.FOLLOWUPS, lang))


def resp_json(obj):
    return orjson.dumps(obj).decode()


def cap(s, n=1400):
    return s if len(s) <= n else s[:n]


def arena_turns(conv, k):
    """The first k user turns of an Arena conversation as (history, user, assistant) triples."""
    out = []
    hist = []
    i = 0
    while i + 1 < len(conv) and len(out) < k:
        u, a = conv[i], conv[i + 1]
        if u["role"] != "user" or a["role"] != "assistant":
            break
        out.append((list(hist), cap(u["content"], 3000), cap(a["content"])))
        hist += [{"role": "user", "content": cap(u["content"], 3000)}, {"role": "assistant", "content": cap(a["content"], 800)}]
        i += 2
    return out
