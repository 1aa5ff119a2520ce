# -*- coding: utf-8 -*-
"""Synthetic school math word problems in ja / ko / en / vi / th with worked steps.

Used by cram-school and university traffic (benign) and by campaigns that harvest
step-by-step solutions in Japanese and Korean.
"""
from fractions import Fraction
from math import gcd

NAMES = {
    "ja": ["太郎", "花子", "さくら", "翔太", "陽菜", "蓮", "結衣", "大輝", "美咲", "健太", "葵", "悠真"],
    "ko": ["민준", "서연", "지호", "하윤", "도윤", "지우", "서준", "수아", "예준", "지민", "현우", "채원"],
    "en": ["Maya", "Liam", "Priya", "Diego", "Hannah", "Kenji", "Aisha", "Owen", "Sofia", "Marcus", "Yuna", "Ethan"],
    "zh": ["小明", "小红", "李华", "王芳", "张伟", "刘洋"],
    "vi": ["An", "Bình", "Chi", "Dũng", "Hà", "Minh", "Lan", "Tuấn"],
    "th": ["สมชาย", "มานี", "ปิติ", "ชูใจ", "วีระ", "นภา"],
}

Q = {
    "buy": {
        "zh": "{n}有{a}元，买了{c}本每本{b}元的笔记本，还剩多少钱？",
        "ja": "{n}さんは{a}円持っています。1冊{b}円のノートを{c}冊買うと、残りはいくらですか。",
        "ko": "{n}는 {a}원을 가지고 있습니다. 한 권에 {b}원인 공책을 {c}권 사면 남는 돈은 얼마입니까?",
        "en": "{n} has ${a}. She buys {c} notebooks that cost ${b} each. How much money does she have left?",
        "vi": "{n} có {a} nghìn đồng. Bạn ấy mua {c} quyển vở, mỗi quyển giá {b} nghìn đồng. Hỏi {n} còn lại bao nhiêu tiền?",
        "th": "{n}มีเงิน {a} บาท ซื้อสมุดเล่มละ {b} บาท จำนวน {c} เล่ม จะเหลือเงินเท่าไร",
    },
    "speed": {
        "zh": "一辆汽车以每小时{a}千米的速度行驶{b}小时，一共行驶了多少千米？",
        "ja": "時速{a}kmで走る車が{b}時間走ると、何km進みますか。",
        "ko": "시속 {a}km로 달리는 자동차가 {b}시간 동안 달리면 몇 km를 갑니까?",
        "en": "A train travels at {a} km/h for {b} hours. How far does it go?",
        "vi": "Một ô tô đi với vận tốc {a} km/giờ trong {b} giờ. Hỏi ô tô đi được bao nhiêu km?",
        "th": "รถยนต์วิ่งด้วยความเร็ว {a} กิโลเมตรต่อชั่วโมง เป็นเวลา {b} ชั่วโมง จะวิ่งได้ระยะทางกี่กิโลเมตร",
    },
    "percent": {
        "ja": "{a}人のクラスで、{b}%の生徒が眼鏡をかけています。眼鏡をかけていない生徒は何人ですか。",
        "ko": "{a}명인 반에서 {b}%의 학생이 안경을 씁니다. 안경을 쓰지 않은 학생은 몇 명입니까?",
        "en": "In a class of {a} students, {b}% wear glasses. How many students do not wear glasses?",
    },
    "discount": {
        "zh": "一件衣服原价{a}元，打{b}%的折扣后售价是多少？",
        "ja": "定価{a}円の服を{b}%引きで買いました。支払った金額はいくらですか。",
        "ko": "정가 {a}원인 옷을 {b}% 할인받아 샀습니다. 지불한 금액은 얼마입니까?",
        "en": "A jacket is priced at ${a} and is on sale for {b}% off. What is the sale price?",
        "vi": "Một chiếc áo giá {a} nghìn đồng được giảm {b}%. Hỏi giá sau khi giảm là bao nhiêu?",
    },
    "tank": {
        "ja": "{a}リットル入る水そうに、毎分{b}リットルずつ水を入れます。満水になるのは何分後ですか。",
        "ko": "{a}리터짜리 수조에 1분에 {b}리터씩 물을 넣습니다. 가득 차는 데 몇 분이 걸립니까?",
        "en": "A {a}-liter tank is filled at {b} liters per minute. How many minutes until it is full?",
    },
    "consec": {
        "zh": "三个连续整数的和是{a}，其中最大的数是多少？",
        "ja": "連続する3つの整数の和が{a}のとき、最も大きい数を求めなさい。",
        "ko": "연속하는 세 정수의 합이 {a}일 때, 가장 큰 수를 구하시오.",
        "en": "The sum of three consecutive integers is {a}. What is the largest of them?",
    },
    "lcm": {
        "ja": "{a}と{b}の最小公倍数を求めなさい。",
        "ko": "{a}와 {b}의 최소공배수를 구하시오.",
        "en": "Find the least common multiple of {a} and {b}.",
    },
    "rect": {
        "ja": "縦{a}cm、横{b}cmの長方形の面積と周りの長さを求めなさい。",
        "ko": "가로 {b}cm, 세로 {a}cm인 직사각형의 넓이와 둘레를 구하시오.",
        "en": "A rectangle is {a} cm by {b} cm. Find its area and perimeter.",
        "th": "สี่เหลี่ยมผืนผ้ากว้าง {a} ซม. ยาว {b} ซม. จงหาพื้นที่และความยาวรอบรูป",
    },
    "pages": {
        "ja": "{n}さんは1日に{b}ページずつ本を読みます。{a}ページの本を読み終えるには何日かかりますか。",
        "ko": "{n}는 하루에 {b}쪽씩 책을 읽습니다. {a}쪽짜리 책을 다 읽으려면 며칠이 걸립니까?",
        "en": "{n} reads {b} pages a day. How many days will it take to finish a {a}-page book?",
    },
    "quad": {
        "zh": "解方程 x^2 {bs} x {cs} = 0。",
        "ja": "二次方程式 x^2 {bs} x {cs} = 0 を解きなさい。",
        "ko": "이차방정식 x^2 {bs} x {cs} = 0 을 푸시오.",
        "en": "Solve x^2 {bs} x {cs} = 0.",
        "vi": "Giải phương trình x^2 {bs} x {cs} = 0.",
    },
    "dice": {
        "zh": "同时掷两枚骰子，点数之和为{a}的概率是多少？",
        "ja": "2個のサイコロを同時に投げるとき、出た目の和が{a}になる確率を求めなさい。",
        "ko": "주사위 2개를 동시에 던질 때, 나온 눈의 합이 {a}일 확률을 구하시오.",
        "en": "Two fair dice are rolled. What is the probability that the sum is {a}?",
    },
    "avg": {
        "ja": "{n}さんの4回のテストの点数は{s}点でした。5回の平均を{a}点にするには、5回目で何点取ればよいですか。",
        "ko": "{n}의 네 번의 시험 점수는 {s}점이었습니다. 다섯 번의 평균을 {a}점으로 만들려면 다섯 번째 시험에서 몇 점을 받아야 합니까?",
        "en": "{n}'s first four test scores are {s}. What score on the fifth test gives an average of {a}?",
    },
    "work": {
        "ja": "ある仕事をAさんは{a}日、Bさんは{b}日で終えます。2人で一緒にすると何日で終わりますか。",
        "ko": "어떤 일을 A는 {a}일, B는 {b}일에 끝냅니다. 두 사람이 함께 하면 며칠 만에 끝납니까?",
        "en": "A can finish a job in {a} days and B in {b} days. Working together, how long will it take?",
    },
}

# step phrase fragments per language
S = {
    "ja": dict(so="よって、答えは{x}です。", first="まず、", then="次に、", check="検算すると、", ok="となり、条件を満たします。"),
    "ko": dict(so="따라서 답은 {x}입니다.", first="먼저, ", then="다음으로, ", check="검산해 보면, ", ok="이므로 조건을 만족합니다."),
    "en": dict(so="So the answer is {x}.", first="First, ", then="Next, ", check="Check: ", ok=", which matches."),
    "vi": dict(so="Vậy đáp số là {x}.", first="Trước hết, ", then="Tiếp theo, ", check="Kiểm tra: ", ok=", đúng với đề bài."),
    "zh": dict(so="所以答案是{x}。", first="首先，", then="然后，", check="检验：", ok="，符合题意。"),
    "th": dict(so="ดังนั้น คำตอบคือ {x}", first="ขั้นแรก ", then="ต่อไป ", check="ตรวจสอบ: ", ok=" ถูกต้องตามโจทย์"),
}


def _fmt(x):
    if isinstance(x, Fraction):
        return str(x.numerator) if x.denominator == 1 else "%d/%d" % (x.numerator, x.denominator)
    return str(x)


def problem(rng, lang="ja", kind=None):
    """Return (question, steps, answer_string, kind)."""
    if lang not in S:
        lang = "en"
    kinds = [k for k in Q if lang in Q[k]]
    k = kind if kind in kinds else rng.choice(kinds)
    n = rng.choice(NAMES.get(lang, NAMES["en"]))
    v = {"n": n}
    if k == "buy":
        if lang == "en":
            a, b, c = rng.randint(20, 90), rng.randint(2, 6), rng.randint(2, 5)
        else:
            b, c = rng.choice([80, 90, 120, 150, 180, 200, 250]), rng.randint(2, 6)
            a = b * c + rng.choice([100, 200, 300, 500, 700, 1000])
        a = max(a, b * c + 1)
        v.update(a=a, b=b, c=c)
        steps = ["%s × %s = %s" % (b, c, b * c), "%s − %s = %s" % (a, b * c, a - b * c)]
        ans = a - b * c
    elif k == "speed":
        a, b = rng.choice([40, 45, 50, 60, 72, 80, 90]), rng.choice([2, 3, 4, 5, Fraction(3, 2), Fraction(5, 2)])
        v.update(a=a, b=_fmt(b) if not isinstance(b, Fraction) else ("%.1f" % float(b)))
        ans = a * b
        steps = ["%s × %s = %s" % (a, v["b"], _fmt(ans))]
    elif k == "percent":
        a = rng.choice([20, 25, 30, 35, 40]); b = rng.choice([20, 40, 60]) if a % 5 == 0 else 20
        if (a * b) % 100:
            b = 20 if a % 5 == 0 else 50
        v.update(a=a, b=b)
        g = a * b // 100
        ans = a - g
        steps = ["%s × %s/100 = %s" % (a, b, g), "%s − %s = %s" % (a, g, ans)]
    elif k == "discount":
        a = rng.choice([2000, 3000, 4800, 5000, 6500, 8000, 12000]) if lang != "en" else rng.choice([40, 60, 80, 120, 150])
        b = rng.choice([10, 20, 25, 30, 40])
        v.update(a=a, b=b)
        ans = Fraction(a * (100 - b), 100)
        steps = ["%s × (1 − %s/100) = %s × %s/100 = %s" % (a, b, a, 100 - b, _fmt(ans))]
    elif k == "tank":
        b = rng.choice([3, 4, 5, 6, 8, 12, 15]); m = rng.randint(6, 40)
        v.update(a=b * m, b=b)
        ans = m
        steps = ["%s ÷ %s = %s" % (b * m, b, m)]
    elif k == "consec":
        m = rng.randint(5, 120)
        v.update(a=3 * m + 3)
        ans = m + 2
        steps = ["x + (x+1) + (x+2) = 3x + 3 = %d" % (3 * m + 3), "3x = %d, x = %d" % (3 * m, m), "x + 2 = %d" % (m + 2)]
    elif k == "lcm":
        a, b = rng.choice([(4, 6), (6, 8), (9, 12), (12, 18), (8, 14), (15, 20), (10, 25), (14, 21), (16, 24)])
        g = gcd(a, b)
        v.update(a=a, b=b)
        ans = a * b // g
        steps = ["gcd(%d, %d) = %d" % (a, b, g), "%d × %d ÷ %d = %d" % (a, b, g, ans)]
    elif k == "rect":
        a, b = rng.randint(3, 25), rng.randint(3, 30)
        v.update(a=a, b=b)
        ans = "%d, %d" % (a * b, 2 * (a + b))
        steps = ["%d × %d = %d" % (a, b, a * b), "2 × (%d + %d) = %d" % (a, b, 2 * (a + b))]
    elif k == "pages":
        b = rng.choice([12, 15, 18, 20, 25, 30]); a = rng.randint(120, 420)
        v.update(a=a, b=b)
        d = -(-a // b)
        ans = d
        steps = ["%d ÷ %d = %.2f" % (a, b, a / b), "→ %d" % d]
    elif k == "quad":
        r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
        bb, cc = -(r1 + r2), r1 * r2
        v.update(bs=("+ %d" % bb) if bb >= 0 else ("- %d" % -bb), cs=("+ %d" % cc) if cc >= 0 else ("- %d" % -cc))
        ans = "x = %d, %d" % (min(r1, r2), max(r1, r2)) if r1 != r2 else "x = %d" % r1
        steps = ["(x %s %d)(x %s %d) = 0" % ("-" if r1 >= 0 else "+", abs(r1), "-" if r2 >= 0 else "+", abs(r2))]
    elif k == "dice":
        a = rng.randint(2, 12)
        cnt = 6 - abs(7 - a)
        v.update(a=a)
        ans = _fmt(Fraction(cnt, 36))
        steps = ["%d / 36" % cnt, "= %s" % ans]
    elif k == "avg":
        sc = [rng.randint(55, 95) for _ in range(4)]
        a = rng.choice([70, 75, 80, 85])
        need = a * 5 - sum(sc)
        if need > 100 or need < 0:
            a = (sum(sc) + 80) // 5
            need = a * 5 - sum(sc)
        v.update(s="、".join(map(str, sc)) if lang == "ja" else ", ".join(map(str, sc)), a=a)
        ans = need
        steps = ["%d × 5 = %d" % (a, a * 5), "%s = %d" % (" + ".join(map(str, sc)), sum(sc)), "%d − %d = %d" % (a * 5, sum(sc), need)]
    else:  # work
        a, b = rng.choice([(6, 12), (10, 15), (4, 12), (12, 24), (20, 30), (3, 6), (9, 18)])
        v.update(a=a, b=b)
        ans = _fmt(Fraction(a * b, a + b))
        steps = ["1/%d + 1/%d = %s" % (a, b, _fmt(Fraction(1, a) + Fraction(1, b))), "1 ÷ %s = %s" % (_fmt(Fraction(1, a) + Fraction(1, b)), ans)]
    q = Q[k][lang].format(**v)
    return q, steps, _fmt(ans) if not isinstance(ans, str) else ans, k


def solution(rng, lang, steps, ans, detail=1):
    """Worked solution text. detail 0: terse, 1: normal, 2: exhaustive step-by-step."""
    s = S.get(lang, S["en"])
    out = []
    if detail >= 1:
        intro = {"ja": ["順を追って解いていきます。", "考え方を説明します。", "ステップごとに解説します。"],
                 "ko": ["단계별로 풀어 볼게요.", "풀이 과정을 설명하겠습니다.", "차근차근 풀어 봅시다."],
                 "en": ["Let's work through it step by step.", "Here's the solution.", "Step by step:"],
                 "zh": ["我们一步一步来解。", "解题过程如下："],
                 "vi": ["Ta giải từng bước như sau.", "Lời giải:"], "th": ["มาแก้ทีละขั้นตอนกัน", "วิธีทำ"]}
        out.append(rng.choice(intro.get(lang, intro["en"])))
    for i, st in enumerate(steps):
        lead = s["first"] if i == 0 else s["then"]
        if detail >= 2:
            lab = {"ja": "ステップ%d: ", "ko": "%d단계: ", "en": "Step %d: "}.get(lang, "%d) ") % (i + 1)
            out.append(lab + lead + st)
            out.append({"ja": "（ここでは問題文の数量をそのまま使っています）", "ko": "(여기서는 문제의 수치를 그대로 사용합니다)",
                        "en": "(Here we use the quantities given in the problem directly.)"}.get(lang, ""))
        else:
            out.append(lead + st)
    if detail >= 2:
        out.append(s["check"] + steps[-1] + s["ok"])
    out.append(s["so"].format(x=ans))
    return "\n".join(x for x in out if x)
