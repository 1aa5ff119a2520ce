# -*- coding: utf-8 -*-
"""Synthetic model outputs: answers, worked solutions, code, refusals and reasoning text."""
from text_lang import RESP

CHECK = {"tr": "Kontrol", "ru": "Проверка", "uk": "Перевірка", "kk": "Тексеру", "uz": "Tekshirish", "az": "Yoxlama",
         "ka": "შემოწმება", "hy": "Ստուգում", "ro": "Verificare", "en": "Check"}
GIVEN = {"tr": "Verilenler", "ru": "Дано", "uk": "Дано", "kk": "Берілгені", "uz": "Berilgan", "az": "Verilir",
         "ka": "მოცემულია", "hy": "Տրված է", "ro": "Date", "en": "Given"}

EN_BODY = [
    "The key idea is to separate the problem into smaller parts and handle each one explicitly.",
    "There are a few trade-offs worth considering before settling on an approach.",
    "A common pitfall here is to overlook edge cases, so it helps to test with small inputs first.",
    "If performance matters, measure before optimizing; the simple version is often fast enough.",
    "Below is a concise outline, followed by the details.",
    "This approach keeps the logic readable and easy to extend later.",
    "In practice, the right choice depends on your constraints (time, budget, existing tooling).",
    "To summarize: start simple, validate the result, then refine.",
    "Historically this has been approached in several ways, each with its own assumptions.",
    "Note that the details can vary by version, so check the documentation for your setup.",
]
CODE = [
    "```python\ndef solve(items):\n    seen = set()\n    out = []\n    for x in items:\n        if x in seen:\n            continue\n        seen.add(x)\n        out.append(x)\n    return out\n```",
    "```python\nimport sys\n\ndef main():\n    data = sys.stdin.read().split()\n    t = int(data[0])\n    for i in range(1, t + 1):\n        print(\"YES\" if check(data[i]) else \"NO\")\n\nif __name__ == \"__main__\":\n    main()\n```",
    "```javascript\nfunction groupBy(arr, key) {\n  return arr.reduce((acc, x) => {\n    (acc[x[key]] ||= []).push(x);\n    return acc;\n  }, {});\n}\n```",
    "```sql\nSELECT a.*\nFROM orders a\nLEFT JOIN payments b ON b.order_id = a.id\nWHERE b.order_id IS NULL;\n```",
    "```python\nfrom dataclasses import dataclass\n\n@dataclass\nclass Config:\n    path: str\n    retries: int = 3\n\n    def validate(self) -> None:\n        if self.retries < 0:\n            raise ValueError(\"retries must be >= 0\")\n```",
    "```go\nfunc worker(id int, jobs <-chan Job, results chan<- Result) {\n\tfor j := range jobs {\n\t\tresults <- process(j)\n\t}\n}\n```",
    "```rust\nfn parse_line(s: &str) -> Option<(u32, u32)> {\n    let (a, b) = s.split_once(',')?;\n    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))\n}\n```",
]
R_OPEN = {"en": ["Okay, let me parse what is being asked.", "First I need to figure out which quantities matter here.",
                 "Let me read the problem carefully.", "The question is asking for one number; let me track the quantities.",
                 "Let me set up what we know."],
          "ru": ["Так, сначала разберусь, что именно спрашивают.", "Нужно понять, какие величины здесь важны.", "Прочитаю условие внимательно."],
          "tr": ["Önce ne sorulduğunu anlamaya çalışayım.", "Hangi büyüklüklerin önemli olduğunu belirleyeyim."]}
R_STEP = {"en": ["Compute {s}.", "So {s}.", "Next: {s}.", "That gives {s}.", "Then {s}."],
          "ru": ["Считаю: {s}.", "Значит, {s}.", "Дальше: {s}."],
          "tr": ["Hesaplayalım: {s}.", "Yani {s}.", "Sonra: {s}."]}
R_CHECK = {"en": ["Let me double-check: the numbers are consistent with the statement.", "Sanity check: the magnitude looks right.",
                  "Re-reading the question, it asks for exactly this quantity.", "Wait, let me verify the second step again. Yes, it holds."],
           "ru": ["Проверю ещё раз: всё сходится с условием.", "Порядок величины разумный."],
           "tr": ["Tekrar kontrol edeyim: sayılar tutarlı.", "Soru tam olarak bunu soruyor."]}
R_FINAL = {"en": "So the answer is {a}.", "ru": "Итак, ответ {a}.", "tr": "Yani cevap {a}."}
R_GEN = ["The user wants {g}.", "I should cover the main points without padding.", "Probably best to structure this as a short list.",
         "I should answer in the user's language.", "A concrete example would help here.", "Let me make sure I'm not missing an obvious caveat.",
         "Keep it concise; they didn't ask for a long essay.", "I need to check whether there is any ambiguity in the request."]


def generic(rng, lang, size="m"):
    R = RESP[lang]
    nb = {"s": 1, "m": 3, "l": 5}[size] + rng.randint(0, 2)
    body = rng.sample(R["body"], min(nb, len(R["body"])))
    if rng.random() < 0.5:
        mid = "\n".join("%d. %s" % (i + 1, b) for i, b in enumerate(body))
    else:
        mid = " ".join(body)
    return rng.choice(R["open"]) + "\n\n" + mid + "\n\n" + rng.choice(R["close"])


def english(rng, coding=False, size="m"):
    nb = {"s": 2, "m": 3, "l": 6}[size] + rng.randint(0, 2)
    body = rng.sample(EN_BODY, min(nb, len(EN_BODY)))
    out = rng.choice(RESP["en"]["open"]) + "\n\n" + " ".join(body[:2])
    if coding:
        out += "\n\n" + rng.choice(CODE) + "\n\n" + " ".join(body[2:])
    else:
        out += "\n\n" + "\n".join("- " + b for b in body[2:])
    return out


def code(rng, lang="en"):
    intro = rng.choice(RESP[lang]["open"])
    s = intro + "\n\n" + rng.choice(CODE)
    if rng.random() < 0.6:
        s += "\n\n" + rng.choice(EN_BODY)
    return s


def refusal(lang):
    return RESP[lang]["refuse"]


def math(rng, lang, steps, answer, style="steps", problem=None):
    R = RESP[lang]
    if style == "brief":
        return "%s: %s" % (R["ans"], answer)
    lines = ["%s %d: %s" % (R["step"], i + 1, s) for i, s in enumerate(steps)]
    out = "\n".join(lines) + "\n\n**%s: %s**" % (R["ans"], answer)
    if style == "detailed":
        head = rng.choice(R["open"])
        if problem:
            head += "\n\n%s: %s" % (GIVEN[lang], problem[:160] + ("…" if len(problem) > 160 else ""))
        out = head + "\n\n" + out + "\n\n%s: %s" % (CHECK[lang], steps[-1])
    return out


def reasoning_math(rng, steps, answer, rlang="en"):
    if rlang not in R_OPEN:
        rlang = "en"
    parts = [rng.choice(R_OPEN[rlang])]
    for s in steps:
        parts.append(rng.choice(R_STEP[rlang]).format(s=s.rstrip(".")))
    if rng.random() < 0.8:
        parts.append(rng.choice(R_CHECK[rlang]))
    parts.append(R_FINAL[rlang].format(a=answer))
    return " ".join(parts)


def reasoning_general(rng, prompt):
    g = " ".join(prompt.split()[:12])
    k = rng.randint(2, 5)
    parts = [R_GEN[0].format(g="help with: \"" + g + "\"")] + rng.sample(R_GEN[1:], k)
    return " ".join(parts)


def RESP_OPEN(lang):
    return RESP[lang]["open"]
