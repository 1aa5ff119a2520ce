#!/usr/bin/env python3
"""Independent red-team traffic generator: one week of LLM-API exchanges on a
fictional provider ("nova" models), with benign populations and hidden
distillation campaigns.  Standard library + numpy + orjson only.

usage: python gen.py --seed 20261214 --out /work/foreign/gen_a
writes OUT/traffic.jsonl.gz and OUT/labels.json
"""
import argparse, csv, gzip, json, math, os, random, sys, datetime as dt
import numpy as np
import orjson

DATA = os.environ.get("GEN_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
UTC = dt.timezone.utc
T0 = dt.datetime(2026, 12, 14, tzinfo=UTC).timestamp()          # Monday 00:00Z
WEEK = 7 * 86400
T1 = T0 + WEEK
RELEASE = T0 + 3 * 86400 + 17 * 3600                              # Thu Dec 17 17:00Z: nova-reason-2
M_CHAT, M_REASON, M_MINI, M_NEW = "nova-chat-3", "nova-reason-1", "nova-mini", "nova-reason-2"
REASONING_MODELS = {M_REASON, M_NEW}

def iso(t):
    return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

def iso_s(t):
    return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

def D(y, m, d, h=0, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=UTC).timestamp()

def ntok(s):
    if not s:
        return 0
    n = len(s)
    b = len(s.encode("utf-8"))
    return max(1, int(n / 4.0 + (b - n) / 3.0))

# ---------------------------------------------------------------- network identity
ISP = {
    "US": ["73.15", "73.92", "24.4", "24.130", "71.176", "108.28", "99.108", "76.210", "98.207", "67.180", "68.46", "75.172"],
    "CA": ["70.49", "99.230", "142.114", "174.91"],
    "GB": ["86.132", "81.98", "92.40", "109.147", "2.24"],
    "DE": ["79.210", "84.150", "87.123", "91.64", "93.204"],
    "FR": ["90.112", "92.184", "86.246", "78.192"],
    "ES": ["83.46", "88.26", "79.148"],
    "IT": ["79.30", "93.45", "151.38"],
    "NL": ["84.104", "145.129", "77.170"],
    "PL": ["83.24", "89.64"],
    "BR": ["177.35", "187.64", "189.6", "191.32", "200.148"],
    "MX": ["189.203", "187.188", "201.141"],
    "AR": ["181.46", "190.17"],
    "JP": ["126.94", "153.206", "60.66", "219.104"],
    "KR": ["121.134", "175.223", "211.36", "1.225"],
    "IN": ["106.206", "122.161", "49.36", "117.96"],
    "RU": ["95.24", "178.66", "91.77", "46.39"],
    "UA": ["93.72", "176.36"],
    "TR": ["88.230", "78.180", "85.105"],
    "ID": ["36.72", "114.124", "180.252"],
    "VN": ["113.161", "14.161", "27.72"],
    "SG": ["116.86", "118.200"],
    "TW": ["1.160", "114.36", "36.230"],
    "HK": ["112.118", "219.76"],
    "SA": ["94.98", "188.48"],
    "AE": ["94.200", "86.98"],
    "EG": ["41.43", "197.37"],
    "AU": ["110.174", "203.206", "120.21"],
}
MOBILE = {"US": ["172.56", "172.58", "174.204", "107.77"], "GB": ["82.132", "31.94"], "DE": ["109.40", "176.0"],
          "IN": ["157.32", "223.176"], "BR": ["179.240"], "JP": ["106.128"], "KR": ["223.38"]}
V6 = {"US": "2601", "DE": "2003", "FR": "2a01", "GB": "2a00", "JP": "240b", "IN": "2409", "BR": "2804"}
TZ = {"US": [-5, -5, -6, -8, -8, -7], "CA": [-5, -8], "GB": [0], "DE": [1], "FR": [1], "ES": [1], "IT": [1], "NL": [1], "PL": [1],
      "BR": [-3], "MX": [-6], "AR": [-3], "JP": [9], "KR": [9], "IN": [5.5], "RU": [3], "UA": [2], "TR": [3], "ID": [7],
      "VN": [7], "SG": [8], "TW": [8], "HK": [8], "SA": [3], "AE": [4], "EG": [2], "AU": [11]}
CLOUD = {
    "aws": ["3.91", "18.204", "34.228", "52.14", "54.172", "44.201", "35.170", "13.57"],
    "gcp": ["34.66", "34.125", "35.186", "35.202", "104.196"],
    "azure": ["20.42", "40.117", "52.170", "13.82"],
    "hetzner": ["88.198", "95.216", "116.202", "65.108", "168.119"],
    "ovh": ["51.75", "51.178", "137.74", "145.239"],
    "do": ["104.131", "159.89", "167.99", "143.198", "164.92"],
    "linode": ["172.104", "139.162", "45.79"],
    "vultr": ["45.76", "149.28", "207.148"],
    "alibaba": ["47.88", "47.243", "8.218"],
}
VPN_PREFIX = ["37.120", "185.156", "89.187", "146.70", "138.199", "156.146", "193.36", "95.173", "185.246", "103.108", "194.195", "45.134"]
LANG_COUNTRY = {"en": ["US", "US", "US", "GB", "CA", "AU", "IN", "SG"], "es": ["ES", "MX", "AR"], "pt": ["BR", "BR"], "de": ["DE"],
                "fr": ["FR"], "zh": ["TW", "HK", "SG"], "ja": ["JP"], "ko": ["KR"], "ru": ["RU", "UA"], "ar": ["SA", "AE", "EG"],
                "tr": ["TR"], "vi": ["VN"], "id": ["ID"], "it": ["IT"], "hi": ["IN"]}

# ---------------------------------------------------------------- user agents
def ua_openai_py(r):
    return f"OpenAI/Python 1.{r.randint(40, 58)}.{r.randint(0, 4)}"
def ua_openai_js(r):
    return f"OpenAI/JS 4.{r.randint(60, 79)}.{r.randint(0, 3)}"
def ua_requests(r):
    return f"python-requests/2.{r.choice([28, 31, 32])}.{r.randint(0, 3)}"
def ua_httpx(r):
    return f"python-httpx/0.{r.choice([25, 27, 28])}.{r.randint(0, 2)}"
def ua_curl(r):
    return f"curl/{r.choice(['7.81.0', '8.5.0', '8.7.1', '8.11.1'])}"
def ua_node(r):
    return r.choice(["axios/1.7.7", "axios/1.7.9", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "undici"])
def ua_go(r):
    return "Go-http-client/2.0"
def ua_agent(r):
    return r.choice([f"Cline/3.{r.randint(0, 3)}.{r.randint(0, 9)}", f"opencode/0.{r.randint(1, 3)}.{r.randint(0, 20)}",
                     f"Roo-Code/3.{r.randint(1, 4)}.{r.randint(0, 9)}", f"continue/0.9.{r.randint(200, 260)}",
                     f"aider/0.{r.randint(66, 70)}.{r.randint(0, 2)} " + ua_openai_py(r)])
def ua_client_app(r):
    return r.choice([f"ChatboxAI/1.{r.randint(8, 10)}.{r.randint(0, 9)}", f"TypingMind/{r.randint(6, 8)}.{r.randint(0, 9)}",
                     f"Python/3.11 aiohttp/3.9.{r.randint(1, 5)}", f"LibreChat/0.7.{r.randint(5, 7)}",
                     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"])
def ua_any_sdk(r):
    x = r.random()
    if x < 0.5: return ua_openai_py(r)
    if x < 0.72: return ua_openai_js(r)
    if x < 0.82: return ua_requests(r)
    if x < 0.88: return ua_httpx(r)
    if x < 0.93: return ua_curl(r)
    if x < 0.97: return ua_node(r)
    return ua_go(r)

# ---------------------------------------------------------------- diurnal profiles
PROFILES = {
    "personal": [.25, .15, .1, .07, .06, .08, .2, .4, .6, .7, .75, .8, .85, .8, .8, .85, .9, .95, 1, 1, 1, .95, .75, .45],
    "business": [.03, .02, .02, .02, .03, .05, .12, .35, .8, 1, 1, .95, .75, .9, 1, .95, .85, .6, .35, .22, .18, .15, .1, .05],
    "student": [.5, .35, .2, .1, .05, .05, .08, .15, .3, .5, .6, .65, .6, .7, .8, .85, .85, .8, .8, .9, 1, 1, .95, .75],
    "flat": [.85, .8, .8, .78, .8, .85, .9, .95, 1, 1, 1, 1, 1, 1, 1, 1, 1, .98, .95, .95, .92, .9, .9, .88],
    "nightly": [1, 1, 1, .9, .8, .5, .2, .1, .08, .08, .08, .08, .08, .08, .08, .08, .08, .08, .1, .1, .15, .3, .6, .9],
    "dev": [.1, .06, .04, .03, .03, .05, .1, .3, .7, .95, 1, .95, .8, .95, 1, 1, .95, .8, .6, .5, .5, .45, .35, .2],
}
WEEKEND = {"personal": 1.15, "business": 0.15, "student": 0.85, "flat": 1.0, "nightly": 0.9, "dev": 0.45}

def sample_time(r, tz, profile, lo=T0, hi=T1, weekend=None):
    P = PROFILES[profile]
    we = WEEKEND[profile] if weekend is None else weekend
    mx = max(P) * max(1.0, we)
    for _ in range(2000):
        t = lo + r.random() * (hi - lo)
        loc = t + tz * 3600
        h = int(loc // 3600) % 24
        wd = int((loc - T0) // 86400) % 7     # T0 is a Monday
        w = P[h] * (we if wd >= 5 else 1.0)
        if r.random() * mx < w:
            return t
    return lo + r.random() * (hi - lo)

# ---------------------------------------------------------------- hand-written content banks
CASUAL_TEMPLATES = [
    "whats a good recipe for {food} that takes under 30 min", "Can you help me write an email to my {rel} about {event}?",
    "I'm going to {city} for {n} days in {month}, what should I see?", "how do I get rid of {pest} in my apartment",
    "Give me {n} gift ideas for my {rel} who likes {hobby}", "explain {concept} like I'm 12",
    "is it safe to {act}?", "what's the difference between {a} and {b}", "write a short poem about {thing}",
    "Help me plan a {n}-day workout routine for a beginner", "my {device} keeps {problem}, any ideas?",
    "Can you summarize the plot of {book}?", "suggest some names for a {pet}", "How do I politely decline {event}?",
    "what should I cook tonight, I have {food} and {food2}", "rewrite this to sound more professional: {msg}",
    "Tell me a fun fact about {thing}", "How long does it take to learn {skill}?", "write a birthday message for my {rel}",
    "pros and cons of {a} vs {b}?",
]
SLOTS = {
    "food": ["chicken thighs", "lentils", "salmon", "tofu", "chickpeas", "ground beef", "eggplant", "shrimp", "mushrooms", "sweet potatoes"],
    "food2": ["rice", "spinach", "pasta", "feta", "canned tomatoes", "coconut milk", "potatoes"],
    "rel": ["landlord", "boss", "sister", "coworker", "mom", "neighbor", "professor", "best friend", "dad", "grandma"],
    "event": ["the rent increase", "a missed deadline", "her wedding", "the team dinner", "a job offer", "the group project", "my vacation days"],
    "city": ["Lisbon", "Tokyo", "Mexico City", "Chicago", "Seoul", "Rome", "Vancouver", "Istanbul", "Hanoi", "Berlin"],
    "month": ["March", "April", "June", "October", "December"],
    "n": ["3", "4", "5", "7", "10"],
    "pest": ["fruit flies", "ants", "mold", "cockroaches", "bed bugs"],
    "hobby": ["hiking", "baking", "video games", "gardening", "photography", "jazz", "woodworking"],
    "concept": ["inflation", "black holes", "how vaccines work", "compound interest", "the blockchain", "photosynthesis", "quantum entanglement", "how credit scores work"],
    "act": ["eat raw cookie dough", "mix bleach and vinegar", "run every day", "leave a laptop charging overnight", "take ibuprofen with coffee"],
    "a": ["a Roth IRA", "LED", "espresso", "renting", "Python", "a heat pump", "stocks"],
    "b": ["a traditional IRA", "OLED", "cold brew", "buying", "JavaScript", "a furnace", "bonds"],
    "thing": ["the ocean", "autumn", "my cat", "coffee", "octopuses", "the moon", "trains"],
    "device": ["laptop", "iPhone", "router", "printer", "smart TV"],
    "problem": ["disconnecting from wifi", "overheating", "freezing", "draining battery", "restarting randomly"],
    "book": ["1984", "Pride and Prejudice", "The Great Gatsby", "Dune", "To Kill a Mockingbird", "Moby Dick"],
    "pet": ["golden retriever puppy", "black cat", "goldfish", "parrot", "hamster"],
    "msg": ["hey can u send me the file asap thx", "sorry im late again, traffic was bad", "i need the money back by friday"],
    "skill": ["guitar", "Spanish", "to code", "to swim", "chess"],
}
def fill(r, tpl):
    out = tpl
    for k, v in SLOTS.items():
        while "{" + k + "}" in out:
            out = out.replace("{" + k + "}", r.choice(v), 1)
    return out

CHAT_OPEN = ["Sure! ", "Great question. ", "Here's a quick overview. ", "Of course. ", "Happy to help. ", ""]
CHAT_BODY = ["There are a few things worth keeping in mind.", "The short answer is that it depends on your situation, but here are the main points.",
             "1. Start with the basics and keep it simple.\n2. Be consistent.\n3. Adjust as you go.",
             "A good rule of thumb is to focus on the most important factor first.",
             "Here is a draft you can adapt:\n\n", "Most people find that a small change makes the biggest difference.",
             "Let me break it down into steps.", "If you tell me a bit more, I can tailor this further."]

ML = {  # multilingual benign chat prompts (written for this generator)
    "es": ["¿Me puedes ayudar a escribir un correo formal para pedir un aumento?", "¿Qué puedo cocinar con arroz, huevos y espinacas?",
           "Explícame qué es la inflación de forma sencilla", "Dame ideas para el cumpleaños de mi hija de 8 años",
           "¿Cuál es la diferencia entre 'ser' y 'estar'? Con ejemplos por favor", "Resume este texto en tres frases: {para}",
           "Recomiéndame series parecidas a La casa de papel", "¿Cómo hago una tabla dinámica en Excel?", "Corrige la ortografía: {para}"],
    "pt": ["Como faço para abrir uma conta MEI?", "Me ajuda a escrever uma mensagem de desculpas para minha namorada",
           "Qual a diferença entre Tesouro Selic e CDB?", "Faz um resumo da história do Brasil colonial", "Receita de bolo de cenoura fofinho",
           "Como configurar o roteador para melhorar o wifi?", "Traduza para o inglês: {para}", "Me dá um roteiro de 4 dias em Lisboa"],
    "de": ["Kannst du mir helfen, eine Kündigung für meinen Handyvertrag zu schreiben?", "Was ist der Unterschied zwischen GmbH und UG?",
           "Erkläre mir die Relativitätstheorie in einfachen Worten", "Schreib ein kurzes Gedicht über den Winter", "Wie berechne ich meine Steuerklasse?",
           "Gib mir Tipps für ein Vorstellungsgespräch als Softwareentwickler", "Fasse diesen Text zusammen: {para}"],
    "fr": ["Peux-tu m'aider à rédiger une lettre de motivation pour un stage ?", "Quelle est la différence entre le passé composé et l'imparfait ?",
           "Donne-moi une recette de ratatouille", "Explique-moi comment fonctionne la bourse", "Idées de sorties à Lyon ce week-end ?",
           "Corrige les fautes : {para}", "Comment négocier mon salaire ?"],
    "zh": ["帮我写一封请假邮件，语气正式一点", "用简单的话解释一下什么是机器学习", "推荐几本适合初学者的历史书", "周末去杭州玩两天，有什么推荐的行程？",
           "帮我把这段话改得更通顺：{para}", "怎么提高英语口语？", "写一首关于秋天的小诗", "Python里列表和元组有什么区别？"],
    "ja": ["上司へのお詫びメールを書いてください", "初心者向けの筋トレメニューを教えて", "京都で紅葉がきれいな場所はどこですか？",
           "この文章を要約してください：{para}", "敬語の使い方を例文付きで説明して", "Excelで重複を削除する方法は？"],
    "ko": ["자기소개서 첫 문장 좀 다듬어 줘", "서울에서 데이트하기 좋은 곳 추천해 줘", "파이썬으로 파일 읽는 방법 알려줘",
           "이 글을 세 줄로 요약해 줘: {para}", "전세와 월세의 장단점은 뭐야?", "김치찌개 맛있게 끓이는 법"],
    "ru": ["Помоги написать поздравление коллеге с днём рождения", "Объясни простыми словами, что такое ипотека",
           "Какие книги почитать, чтобы лучше понимать экономику?", "Сократи этот текст: {para}", "Как настроить VPN на роутере?",
           "Напиши короткий рассказ про кота-детектива"],
    "ar": ["اكتب لي رسالة شكر لمديري في العمل", "ما الفرق بين الذكاء الاصطناعي وتعلم الآلة؟", "اقترح علي خطة لتعلم اللغة الإنجليزية في ثلاثة أشهر",
           "لخص هذا النص: {para}", "ما هي أفضل الأماكن السياحية في دبي؟"],
    "tr": ["Patronuma izin talebi için resmi bir e-posta yazar mısın?", "Enflasyon nedir, basitçe anlatır mısın?", "İstanbul'da gezilecek yerler önerir misin?",
           "Bu metni özetle: {para}"],
    "vi": ["Viết giúp tôi một email xin nghỉ phép", "Giải thích blockchain một cách đơn giản", "Gợi ý món ăn cho bữa tối gia đình", "Tóm tắt đoạn văn này: {para}"],
    "id": ["Tolong buatkan caption Instagram untuk jualan kue", "Apa bedanya saham dan reksa dana?", "Bagaimana cara membuat CV yang menarik?", "Ringkas teks ini: {para}"],
    "it": ["Mi aiuti a scrivere una mail di reclamo?", "Spiegami la differenza tra IRPEF e IVA", "Ricetta della carbonara originale?", "Riassumi questo testo: {para}"],
    "hi": ["मेरे बॉस के लिए छुट्टी का आवेदन लिख दो", "मशीन लर्निंग क्या है, आसान भाषा में समझाओ", "दिल्ली में घूमने की अच्छी जगहें बताओ"],
}
ML_PARA = {
    "es": "El proyecto se retrasó dos semanas porque el proveedor no entregó los materiales a tiempo y el equipo tuvo que reorganizar las tareas.",
    "pt": "A reunião de ontem foi adiada porque metade da equipe estava doente, e o cliente pediu uma nova data na semana que vem.",
    "de": "Die Lieferung hat sich verzögert, weil der Spediteur wegen des Streiks keine Fahrer hatte. Wir bitten um Ihr Verständnis.",
    "fr": "Je vous ecris pour vous informer que la livraison prevue lundi a ete reportee a cause d'un probleme technique chez notre fournisseur.",
    "zh": "这个项目因为供应商没有按时交货所以推迟了两个星期，团队不得不重新安排工作。",
    "ja": "昨日の会議は、担当者の体調不良により来週に延期されました。ご迷惑をおかけして申し訳ありません。",
    "ko": "어제 회의는 담당자가 아파서 다음 주로 미뤄졌고, 고객은 새로운 일정을 요청했습니다.",
    "ru": "Поставка задержалась на две недели из-за проблем у подрядчика, поэтому команде пришлось перенести запуск.",
    "ar": "تأخر المشروع أسبوعين لأن المورد لم يسلم المواد في الوقت المحدد، واضطر الفريق إلى إعادة تنظيم المهام.",
    "tr": "Proje, tedarikçi malzemeleri zamanında teslim etmediği için iki hafta gecikti.",
    "vi": "Dự án bị chậm hai tuần vì nhà cung cấp không giao hàng đúng hạn.",
    "id": "Proyek ini tertunda dua minggu karena pemasok tidak mengirim bahan tepat waktu.",
    "it": "Il progetto è stato rinviato di due settimane perché il fornitore non ha consegnato i materiali in tempo.",
}
ML_RESP = {
    "es": ["¡Claro! Aquí tienes una propuesta:", "Por supuesto. Te lo explico paso a paso:", "Buena pregunta. En resumen:"],
    "pt": ["Claro! Aqui vai uma sugestão:", "Com certeza. Vou explicar de forma simples:", "Boa pergunta! Em resumo:"],
    "de": ["Gerne! Hier ist ein Vorschlag:", "Natürlich. Kurz erklärt:", "Gute Frage. Zusammengefasst:"],
    "fr": ["Bien sûr ! Voici une proposition :", "Avec plaisir. En résumé :", "Bonne question. Voici l'essentiel :"],
    "zh": ["好的，下面是一个参考版本：", "当然可以，简单来说：", "这是个好问题，主要有以下几点："],
    "ja": ["もちろんです。以下に例を示します：", "承知しました。簡単に説明します：", "良い質問ですね。ポイントは次の通りです："],
    "ko": ["물론이죠! 아래처럼 써 볼 수 있어요:", "좋은 질문이에요. 간단히 정리하면:", "네, 설명해 드릴게요:"],
    "ru": ["Конечно! Вот вариант:", "Хороший вопрос. Если коротко:", "Давайте разберёмся по порядку:"],
    "ar": ["بالتأكيد! إليك اقتراحاً:", "سؤال جيد. باختصار:", "حسناً، إليك الشرح:"],
    "tr": ["Tabii! İşte bir öneri:", "Güzel soru. Kısaca:"], "vi": ["Chắc chắn rồi! Đây là gợi ý:", "Câu hỏi hay. Tóm lại:"],
    "id": ["Tentu! Berikut contohnya:", "Pertanyaan bagus. Singkatnya:"], "it": ["Certo! Ecco una proposta:", "Bella domanda. In breve:"],
    "hi": ["ज़रूर! यह रहा एक उदाहरण:", "अच्छा सवाल है। संक्षेप में:"], "en": CHAT_OPEN,
}

# synthetic word problems (slots a,b,c) in several languages; fn gives the answer
MATH_T = [
    ({"en": "A bakery sells {a} muffins on Monday and {b} more on Tuesday than on Monday. Each muffin costs ${c}. How much money did the bakery make on the two days?",
      "zh": "一家面包店星期一卖出{a}个松饼，星期二比星期一多卖{b}个。每个松饼{c}元。这两天一共收入多少元？",
      "ru": "Пекарня продала в понедельник {a} кексов, а во вторник на {b} больше, чем в понедельник. Каждый кекс стоит {c} рублей. Сколько денег получила пекарня за два дня?",
      "es": "Una panadería vende {a} magdalenas el lunes y {b} más el martes que el lunes. Cada magdalena cuesta {c} euros. ¿Cuánto dinero ganó en los dos días?",
      "ko": "빵집에서 월요일에 머핀을 {a}개 팔았고, 화요일에는 월요일보다 {b}개 더 팔았습니다. 머핀 한 개가 {c}달러일 때 이틀 동안 번 돈은 얼마입니까?",
      "ar": "باع مخبز {a} كعكة يوم الاثنين، وباع يوم الثلاثاء {b} كعكة أكثر من يوم الاثنين. سعر الكعكة {c} ريال. كم ربح المخبز في اليومين؟",
      "pt": "Uma padaria vendeu {a} bolinhos na segunda e {b} a mais na terça do que na segunda. Cada bolinho custa {c} reais. Quanto a padaria faturou nos dois dias?",
      "ja": "パン屋は月曜日にマフィンを{a}個売り、火曜日は月曜日より{b}個多く売りました。1個{c}ドルのとき、2日間の売上はいくらですか？"},
     lambda a, b, c: (2 * a + b) * c),
    ({"en": "A tank holds {a} liters. A pipe fills it at {b} liters per minute while a leak drains {c} liters per minute. Starting empty, how many minutes until it is full? Round up.",
      "zh": "一个水箱容量为{a}升。进水管每分钟注水{b}升，同时漏水每分钟{c}升。从空箱开始，需要多少分钟才能注满？（向上取整）",
      "ru": "Бак вмещает {a} литров. Труба наполняет его со скоростью {b} л/мин, а через течь уходит {c} л/мин. За сколько минут наполнится пустой бак? Округлите вверх.",
      "es": "Un tanque tiene capacidad para {a} litros. Un grifo lo llena a {b} litros por minuto y una fuga pierde {c} litros por minuto. Si empieza vacío, ¿cuántos minutos tarda en llenarse? Redondea hacia arriba.",
      "ko": "물탱크의 용량은 {a}리터입니다. 관으로 1분에 {b}리터씩 채우고 동시에 1분에 {c}리터씩 샙니다. 빈 탱크가 가득 차려면 몇 분이 걸립니까? (올림)",
      "ar": "خزان سعته {a} لتر. يملؤه أنبوب بمعدل {b} لتر في الدقيقة بينما يتسرب منه {c} لتر في الدقيقة. إذا بدأ فارغاً، فكم دقيقة يحتاج ليمتلئ؟ قرّب للأعلى.",
      "pt": "Um tanque comporta {a} litros. Um cano o enche a {b} litros por minuto enquanto um vazamento perde {c} litros por minuto. Começando vazio, em quantos minutos fica cheio? Arredonde para cima.",
      "ja": "容量{a}リットルのタンクに毎分{b}リットル注水し、同時に毎分{c}リットル漏れています。空の状態から満水になるまで何分かかりますか（切り上げ）。"},
     lambda a, b, c: math.ceil(a / max(1, b - c)) if b > c else -1),
    ({"en": "In a class of {a} students, {b}% play soccer and {c} of the soccer players also play chess. How many students play soccer but not chess?",
      "zh": "一个班有{a}名学生，其中{b}%踢足球，踢足球的学生中有{c}人也下国际象棋。只踢足球不下棋的学生有多少人？",
      "ru": "В классе {a} учеников, {b}% играют в футбол, и {c} из футболистов также играют в шахматы. Сколько учеников играют в футбол, но не в шахматы?",
      "es": "En una clase de {a} alumnos, el {b}% juega al fútbol y {c} de ellos también juegan al ajedrez. ¿Cuántos juegan al fútbol pero no al ajedrez?",
      "ko": "학생 {a}명인 반에서 {b}%가 축구를 하고, 그중 {c}명은 체스도 합니다. 축구만 하고 체스는 하지 않는 학생은 몇 명입니까?",
      "ar": "في فصل يضم {a} طالباً، {b}% منهم يلعبون كرة القدم، و{c} من لاعبي كرة القدم يلعبون الشطرنج أيضاً. كم طالباً يلعب كرة القدم ولا يلعب الشطرنج؟",
      "pt": "Numa turma de {a} alunos, {b}% jogam futebol e {c} deles também jogam xadrez. Quantos jogam futebol mas não jogam xadrez?",
      "ja": "{a}人のクラスで{b}%がサッカーをしており、そのうち{c}人はチェスもします。サッカーだけをしている生徒は何人ですか？"},
     lambda a, b, c: a * b // 100 - c),
    ({"en": "Two trains leave stations {a} km apart and travel toward each other at {b} km/h and {c} km/h. After how many hours do they meet? Give the answer as a fraction if needed.",
      "zh": "两列火车从相距{a}千米的两站同时相向而行，速度分别为每小时{b}千米和{c}千米。几小时后相遇？",
      "ru": "Два поезда выходят навстречу друг другу из пунктов, расстояние между которыми {a} км, со скоростями {b} км/ч и {c} км/ч. Через сколько часов они встретятся?",
      "es": "Dos trenes salen de estaciones separadas por {a} km y viajan uno hacia el otro a {b} km/h y {c} km/h. ¿Después de cuántas horas se encuentran?",
      "ko": "{a}km 떨어진 두 역에서 두 기차가 각각 시속 {b}km, {c}km로 서로를 향해 출발합니다. 몇 시간 후에 만납니까?",
      "ar": "ينطلق قطاران من محطتين المسافة بينهما {a} كم باتجاه بعضهما بسرعتي {b} كم/س و{c} كم/س. بعد كم ساعة يلتقيان؟",
      "pt": "Dois trens saem de estações a {a} km de distância e viajam um em direção ao outro a {b} km/h e {c} km/h. Depois de quantas horas se encontram?",
      "ja": "{a}km離れた2つの駅から、時速{b}kmと時速{c}kmの列車が向かい合って同時に出発します。何時間後に出会いますか？"},
     lambda a, b, c: f"{a}/{b + c}"),
    ({"en": "A bag has {a} red marbles and {b} blue marbles. Two marbles are drawn without replacement. What is the probability that both are red? Then what is it if {c} more red marbles are added?",
      "zh": "袋子里有{a}个红球和{b}个蓝球，不放回地摸两个球。两个都是红球的概率是多少？如果再放入{c}个红球，概率又是多少？",
      "ru": "В мешке {a} красных и {b} синих шаров. Без возвращения вынимают два шара. Какова вероятность, что оба красные? А если добавить ещё {c} красных?",
      "es": "Una bolsa tiene {a} canicas rojas y {b} azules. Se sacan dos sin reemplazo. ¿Cuál es la probabilidad de que ambas sean rojas? ¿Y si se añaden {c} rojas más?",
      "ko": "주머니에 빨간 구슬 {a}개와 파란 구슬 {b}개가 있습니다. 두 개를 비복원으로 뽑을 때 둘 다 빨간색일 확률은? 빨간 구슬 {c}개를 더 넣으면?",
      "ar": "في كيس {a} كرات حمراء و{b} كرات زرقاء. تُسحب كرتان دون إرجاع. ما احتمال أن تكون الكرتان حمراوين؟ وماذا لو أضفنا {c} كرات حمراء أخرى؟",
      "pt": "Um saco tem {a} bolinhas vermelhas e {b} azuis. Tiram-se duas sem reposição. Qual a probabilidade de ambas serem vermelhas? E se forem adicionadas mais {c} vermelhas?",
      "ja": "袋に赤玉が{a}個、青玉が{b}個あります。元に戻さずに2個取り出すとき、両方赤である確率は？赤玉を{c}個追加するとどうなりますか？"},
     lambda a, b, c: f"{a * (a - 1)}/{(a + b) * (a + b - 1)}"),
    ({"en": "A store discounts a ${a} jacket by {b}% and then charges {c}% sales tax on the discounted price. What is the final price?",
      "zh": "一件{a}元的外套打{b}%的折扣，然后对折后价格征收{c}%的税。最终价格是多少？",
      "ru": "Куртку за {a} рублей уценили на {b}%, а затем на сниженную цену начислили налог {c}%. Какова итоговая цена?",
      "es": "Una tienda rebaja una chaqueta de {a} euros un {b}% y luego cobra un {c}% de impuesto sobre el precio rebajado. ¿Cuál es el precio final?",
      "ko": "{a}달러짜리 재킷을 {b}% 할인한 뒤, 할인된 가격에 {c}%의 세금을 붙입니다. 최종 가격은 얼마입니까?",
      "ar": "خفض متجر سعر سترة ثمنها {a} ريال بنسبة {b}%، ثم أضاف ضريبة {c}% على السعر بعد الخصم. ما السعر النهائي؟",
      "pt": "Uma loja dá {b}% de desconto numa jaqueta de {a} reais e depois cobra {c}% de imposto sobre o preço com desconto. Qual é o preço final?",
      "ja": "{a}ドルのジャケットを{b}%引きにし、その価格に{c}%の税金をかけます。最終価格はいくらですか？"},
     lambda a, b, c: round(a * (100 - b) / 100 * (100 + c) / 100, 2)),
    ({"en": "Find all integers n between 1 and {a} such that n^2 + {b}n + {c} is divisible by 7. How many are there?",
      "zh": "求1到{a}之间所有使n^2 + {b}n + {c}能被7整除的整数n，共有多少个？",
      "ru": "Найдите все целые n от 1 до {a}, для которых n^2 + {b}n + {c} делится на 7. Сколько их?",
      "es": "Encuentra todos los enteros n entre 1 y {a} tales que n^2 + {b}n + {c} sea divisible entre 7. ¿Cuántos hay?",
      "ko": "1부터 {a}까지의 정수 n 중에서 n^2 + {b}n + {c}가 7로 나누어떨어지는 것은 몇 개입니까?",
      "ar": "أوجد جميع الأعداد الصحيحة n بين 1 و{a} بحيث يقبل n^2 + {b}n + {c} القسمة على 7. كم عددها؟",
      "pt": "Encontre todos os inteiros n entre 1 e {a} tais que n^2 + {b}n + {c} seja divisível por 7. Quantos são?",
      "ja": "1から{a}までの整数nのうち、n^2 + {b}n + {c}が7で割り切れるものはいくつありますか？"},
     lambda a, b, c: sum(1 for n in range(1, a + 1) if (n * n + b * n + c) % 7 == 0)),
    ({"en": "A rectangle's length is {a} cm more than {b} times its width, and its perimeter is {c} cm. Find its area.",
      "zh": "一个长方形的长比宽的{b}倍多{a}厘米，周长是{c}厘米。求它的面积。",
      "ru": "Длина прямоугольника на {a} см больше, чем его ширина, умноженная на {b}, а периметр равен {c} см. Найдите площадь.",
      "es": "El largo de un rectángulo es {a} cm más que {b} veces su ancho, y su perímetro es {c} cm. Calcula su área.",
      "ko": "직사각형의 가로는 세로의 {b}배보다 {a}cm 길고, 둘레는 {c}cm입니다. 넓이를 구하세요.",
      "ar": "طول مستطيل يزيد {a} سم على {b} أضعاف عرضه، ومحيطه {c} سم. أوجد مساحته.",
      "pt": "O comprimento de um retângulo é {a} cm a mais que {b} vezes a largura, e o perímetro é {c} cm. Calcule a área.",
      "ja": "長方形の縦は横の{b}倍より{a}cm長く、周の長さは{c}cmです。面積を求めなさい。"},
     lambda a, b, c: "see solution"),
]
ANS_WORD = {"zh": "答案", "ru": "Ответ", "es": "Respuesta", "ko": "답", "ar": "الإجابة", "pt": "Resposta", "ja": "答え", "en": "Answer"}
STEP_WORD = {"zh": ["首先，整理已知条件。", "接着，列出算式并计算。", "最后，检验结果是否合理。"], "ru": ["Сначала запишем условие.", "Далее составим выражение и посчитаем.", "Проверим результат."],
             "es": ["Primero, identificamos los datos.", "Luego planteamos la operación.", "Finalmente, comprobamos el resultado."],
             "ko": ["먼저 주어진 조건을 정리합니다.", "다음으로 식을 세워 계산합니다.", "마지막으로 검산합니다."], "ar": ["أولاً، نحدد المعطيات.", "ثم نكتب المعادلة ونحسب.", "أخيراً، نتحقق من النتيجة."],
             "pt": ["Primeiro, identificamos os dados.", "Depois montamos a conta.", "Por fim, conferimos o resultado."], "ja": ["まず条件を整理します。", "次に式を立てて計算します。", "最後に検算します。"],
             "en": ["First, list what we know.", "Next, set up the computation.", "Finally, check the result."]}
def math_resp(lang, ans):
    lg = lang if lang in STEP_WORD else "en"
    return "\n".join(f"{i + 1}. {s}" for i, s in enumerate(STEP_WORD[lg])) + f"\n\n{ANS_WORD[lg]}: {ans}"

def make_math(r, lang):
    i = r.randrange(len(MATH_T))
    tpl, fn = MATH_T[i]
    a = r.randint(12, 480); b = r.randint(2, 60); c = r.randint(2, 40)
    if i == 1: b, c = r.randint(8, 40), r.randint(1, 7)
    if i == 4: a, b = r.randint(3, 20), r.randint(3, 20)
    if i == 7: c = 2 * (a + r.randint(10, 90)) + r.randint(0, 5) * 2; b = r.randint(2, 5)
    q = tpl.get(lang, tpl["en"]).format(a=a, b=b, c=c)
    try:
        ans = fn(a, b, c)
    except Exception:
        ans = "?"
    return q, str(ans), i

# chain-of-thought elicitation phrasings written for this generator, per language
COT = {
    "en": ["Work through this carefully and show every intermediate step before the final answer.",
           "Before answering, lay out your full chain of reasoning, including anything you considered and rejected.",
           "Think out loud: write the complete reasoning process first, then give the answer on its own line.",
           "Explain your thought process in detail, step by step, as if teaching it, and only then state the result.",
           "I want to see exactly how you get there - every step and every check you make along the way.",
           "Solve it and narrate your reasoning fully; don't skip steps even if they seem obvious.",
           "Please reason step by step. Write down each deduction and verify it before moving on.",
           "Give the internal reasoning behind the answer in full detail, not just a summary.",
           "Show the complete derivation. After that, restate the answer in one sentence."],
    "zh": ["请一步一步地详细推理，把每个中间步骤都写出来，最后给出答案。", "请先完整地写出你的思考过程（包括你是如何验证每一步的），再给出最终答案。",
           "详细说明你的解题思路，不要跳过任何步骤。", "请把你内部的推理过程完整展示出来，然后用一句话总结答案。",
           "解答下面的问题，要求：1. 列出已知条件 2. 逐步推导 3. 检查结果 4. 给出最终答案", "请像老师讲课一样，把完整的思路和每一步计算都写清楚。"],
    "ru": ["Реши задачу, подробно расписав каждый шаг рассуждения, и в конце дай ответ.", "Пожалуйста, покажи весь ход мыслей полностью, включая проверку промежуточных результатов.",
           "Объясни решение пошагово, ничего не пропуская, затем запиши итоговый ответ отдельной строкой.", "Распиши подробно, как ты думаешь над этой задачей, от начала до конца."],
    "es": ["Resuelve el siguiente problema explicando tu razonamiento paso a paso, sin saltarte ningún paso.", "Muéstrame todo tu proceso de pensamiento en detalle antes de dar la respuesta final.",
           "Explica cómo llegas a la solución, verificando cada paso intermedio.", "Razona en voz alta y con detalle; al final escribe solo la respuesta."],
    "ko": ["다음 문제를 풀 때 생각하는 과정을 단계별로 자세히 모두 적어 주세요. 마지막에 최종 답을 써 주세요.", "풀이 과정을 하나도 빠짐없이 설명하고, 각 단계를 검산한 뒤 답을 알려 주세요.",
           "추론 과정을 전부 보여 주세요. 중간 계산도 생략하지 마세요.", "선생님이 설명하듯이 처음부터 끝까지 풀이를 자세히 써 주세요."],
    "ar": ["حل المسألة التالية مع شرح كل خطوة من خطوات التفكير بالتفصيل، ثم اكتب الإجابة النهائية.", "اعرض طريقة تفكيرك كاملة خطوة بخطوة قبل أن تعطي الجواب.",
           "اشرح الحل بالتفصيل دون تخطي أي خطوة، وتحقق من كل نتيجة وسيطة."],
    "pt": ["Resolva o problema abaixo mostrando todo o raciocínio passo a passo e, no final, dê a resposta.", "Explique detalhadamente seu processo de pensamento, sem pular etapas, antes da resposta final.",
           "Mostre cada etapa do cálculo e verifique os resultados intermediários.", "Pense em voz alta e detalhe tudo; no fim escreva só a resposta."],
    "ja": ["次の問題を、考え方の過程を一つずつ詳しく書きながら解いてください。最後に答えを示してください。", "途中の計算や確認も省略せず、推論の流れをすべて説明してください。"],
}
COT_POST = {"en": ["Final answer format: 'Answer: <value>'.", "End with a one-line summary.", "Put the final answer in \\boxed{}.", "", "", "Then double-check the result a different way."],
            "zh": ["最后一行写“答案：”。", "", "最终答案放在\\boxed{}里。", "然后用另一种方法验证。"],
            "ru": ["", "Ответ оформи как «Ответ: ...».", "Потом проверь другим способом."],
            "es": ["", "Escribe la respuesta final como 'Respuesta: ...'."], "ko": ["", "최종 답은 \\boxed{} 안에 써 주세요."],
            "ar": ["", "اكتب الجواب النهائي في سطر مستقل."], "pt": ["", "Escreva a resposta final como 'Resposta: ...'."], "ja": ["", "答えは最後の行に書いてください。"]}
# benign homework phrasing (how students actually ask)
HW = {"en": ["can someone explain how to do this one", "I don't get this problem, can you walk me through it?", "how do I solve this?",
             "pls help, test tomorrow", "my answer was {x} but the book says different, what did I do wrong?", "explain step by step pls", ""],
      "es": ["no entiendo este ejercicio, ¿me ayudas?", "¿cómo se resuelve esto?"], "pt": ["como resolve essa questão?", "me ajuda nesse exercício pfv"],
      "ko": ["이 문제 어떻게 풀어요?", "이거 풀이 좀 알려주세요"], "zh": ["这道题怎么做？", "老师布置的作业，看不懂，求解"], "ru": ["как решить эту задачу?"],
      "ar": ["كيف أحل هذه المسألة؟"], "ja": ["この問題の解き方を教えてください"]}

# ---------------------------------------------------------------- coding content
REPO_TASKS = [  # what real developers ask their coding agent, inside an existing repo
    "The test {test} is failing after my last change, can you figure out why and fix it?",
    "add pagination to the /{res} endpoint, page size from query param, default 20",
    "refactor {file} so the db calls go through the repository class instead of raw queries",
    "why does `npm run build` fail with 'Cannot find module {mod}'?", "bump {mod} to the latest version and fix whatever breaks",
    "write unit tests for {file}, we have basically none", "there's a race condition in {file} when two workers grab the same job, fix it",
    "rename the `{sym}` field to `{sym2}` everywhere including the migrations", "add a --dry-run flag to the cli in {file}",
    "the docker image is 2GB, can you make it smaller", "implement the TODO in {file}", "add structured logging to the {res} service",
    "convert {file} from callbacks to async/await", "our CI is flaky on the {test} job, look into it", "add input validation for the {res} form",
    "fix the lint errors in {file}", "make the {res} query faster, it's doing N+1 selects", "add retry with backoff to the http client in {file}",
]
RT = {"test": ["test_user_signup", "OrderService.spec.ts", "test_parse_dates", "integration/test_checkout.py", "auth.test.js", "TestInvoiceTotals"],
      "res": ["users", "orders", "invoices", "projects", "comments", "events", "payments"],
      "file": ["src/api/handlers.py", "lib/queue/worker.ts", "app/models/order.rb", "internal/store/store.go", "src/utils/date.ts", "server/routes/auth.js", "pkg/billing/invoice.go", "src/components/Table.tsx"],
      "mod": ["@babel/core", "sharp", "pydantic", "react-router-dom", "eslint", "sqlalchemy", "webpack"],
      "sym": ["userName", "created", "amt", "custId"], "sym2": ["username", "created_at", "amount_cents", "customer_id"]}
def fill_rt(r, tpl):
    for k, v in RT.items():
        tpl = tpl.replace("{" + k + "}", r.choice(v))
    return tpl

# synthetic greenfield task bank (campaign c-agent): component x feature x language
GF_WHAT = ["an LRU cache", "a rate limiter (token bucket)", "a trie with prefix search", "a JSON schema validator", "a CSV to Parquet converter",
           "an interval tree", "a consistent-hash ring", "a markdown table formatter", "a cron expression parser", "a Bloom filter",
           "a retrying HTTP client", "a priority job queue", "a diff utility for text files", "a URL shortener service", "a matrix multiplication kernel",
           "a tokenizer for arithmetic expressions", "an event sourcing store", "a simple regex engine", "a topological sort with cycle detection",
           "a paginated REST API for a todo list", "a websocket chat server", "a CLI that deduplicates files by hash", "a sudoku solver",
           "a Dijkstra shortest-path router", "a circular buffer", "a semantic version comparator", "a leaky-bucket log sampler", "a union-find structure",
           "an in-memory key-value store with TTL", "a pub/sub broker", "a skip list", "a LZ77 compressor", "a B-tree index", "a rope data structure"]
GF_EXTRA = ["with full unit tests", "that is thread-safe", "with O(1) operations where possible", "with property-based tests",
            "with benchmarks", "handling all edge cases (empty input, overflow, unicode)", "with docstrings and type hints", "with a small CLI entry point",
            "that streams input instead of loading it in memory", "with generics", "and a README explaining the design", "with proper error types"]
GF_LANG = ["Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#"]
GF_FRAME = ["Implement {w} in {l} {x}.", "Create a new {l} project containing {w} {x}. Run the tests until they pass.",
            "Build {w} in {l}, {x}. Iterate until everything compiles and tests are green.",
            "I need {w} written in {l} {x}. Set up the project from scratch.", "Write {w} ({l}) {x}; make sure to run it and fix any failures.",
            "From an empty folder: {w} in {l}, {x}. Plan first, then implement, then test."]

AGENT_SYS = {
    "cline": "You are Cline, a highly skilled software engineer with extensive knowledge in many programming languages, frameworks, design patterns, and best practices.\n\nTOOL USE\n\nYou have access to a set of tools that are executed upon the user's approval. You can use one tool per message, and will receive the result of that tool use in the user's response. You use tools step-by-step to accomplish a given task, with each tool use informed by the result of the previous tool use.\n\n# Tools\n\n## execute_command\n## read_file\n## write_to_file\n## replace_in_file\n## search_files\n## list_files\n## attempt_completion\n\nRULES\n- Your current working directory is: {cwd}\n- Do not ask for more information than necessary.\n\nSYSTEM INFORMATION\n\nOperating System: {os}\nDefault Shell: {sh}\nHome Directory: {home}",
    "opencode": "You are opencode, an interactive CLI tool that helps users with software engineering tasks. Use the instructions below and the tools available to you to assist the user.\n\nIMPORTANT: Refuse to write code or explain code that may be used maliciously.\n# Tone and style\nYou should be concise, direct, and to the point.\n# Following conventions\nWhen making changes to files, first understand the file's code conventions.\n# Doing tasks\n1. Use the available search tools to understand the codebase.\n2. Implement the solution using all tools available to you\n3. Verify the solution if possible with tests.\n<env>\nWorking directory: {cwd}\nPlatform: {os}\n</env>",
    "roo": "You are Roo, a highly skilled software engineer with extensive knowledge in many programming languages, frameworks, design patterns, and best practices.\n\n====\n\nTOOL USE\n\nYou have access to a set of tools that are executed upon the user's approval.\n\n====\n\nMODES\n- Code, Architect, Ask, Debug\n\n====\n\nSYSTEM INFORMATION\nOperating System: {os}\nCurrent Workspace Directory: {cwd}",
}
AGENT_TOOLS = [{"type": "function", "function": {"name": n, "description": d, "parameters": {"type": "object", "properties": {k: {"type": "string"} for k in ps}, "required": ps[:1]}}}
               for n, d, ps in [("read_file", "Read the contents of a file", ["path"]), ("write_to_file", "Write content to a file", ["path", "content"]),
                                ("replace_in_file", "Replace sections of a file", ["path", "diff"]), ("execute_command", "Run a CLI command", ["command"]),
                                ("search_files", "Regex search across files", ["path", "regex"]), ("list_files", "List files in a directory", ["path"]),
                                ("attempt_completion", "Present the result of the task", ["result"])]]
CODE_BODY = {"Python": "def {fn}(items):\n    \"\"\"{doc}\"\"\"\n    seen = {{}}\n    for key, value in items:\n        if key in seen:\n            continue\n        seen[key] = value\n    return seen\n",
             "TypeScript": "export function {fn}(items: Item[]): Map<string, Item> {{\n  const out = new Map<string, Item>();\n  for (const it of items) {{\n    if (!out.has(it.id)) out.set(it.id, it);\n  }}\n  return out;\n}}\n",
             "Rust": "pub fn {fn}(items: &[Item]) -> HashMap<u64, Item> {{\n    let mut out = HashMap::new();\n    for it in items {{\n        out.entry(it.id).or_insert_with(|| it.clone());\n    }}\n    out\n}}\n",
             "Go": "func {fn}(items []Item) map[string]Item {{\n\tout := make(map[string]Item, len(items))\n\tfor _, it := range items {{\n\t\tif _, ok := out[it.ID]; !ok {{\n\t\t\tout[it.ID] = it\n\t\t}}\n\t}}\n\treturn out\n}}\n"}
def code_resp(r, lang, task):
    fn = r.choice(["process", "build_index", "handle", "run", "apply_changes", "merge", "parse", "evaluate", "insert", "lookup"])
    l = lang if lang in CODE_BODY else r.choice(list(CODE_BODY))
    body = CODE_BODY[l].format(fn=fn, doc=task[:60].replace('"', "'"))
    return f"Here's an implementation:\n\n```{l.lower()}\n{body}```\n\nThis runs in O(n) and keeps the first occurrence of each key. " + r.choice(
        ["Let me know if you want tests as well.", "I also added handling for the empty case.", "You may want to tune the capacity for your workload."])

# ---------------------------------------------------------------- enterprise documents
ENT_JOBS = {
    "ticket_classify": ("Classify the customer support ticket into exactly one category: billing, technical, account, shipping, feature_request, other. Respond with JSON {\"category\": ..., \"urgency\": 1-5}.",
                        ["Hi, I was charged twice for my {plan} subscription this month (order #{num}). Please refund one.", "The app crashes when I upload a {fmt} file bigger than {n}MB.",
                         "I can't log in, the reset link says expired. My username is {user}.", "My package #{num} has been stuck in {city} for a week.",
                         "Would be great if you supported exporting to {fmt}.", "How do I change the email on my account? {user}"]),
    "invoice_extract": ("Extract the following fields from the invoice text and return JSON: vendor, invoice_number, date, total, currency, line_items[].",
                        ["INVOICE #{num}\n{vendor}\nDate: 2026-{mm}-{dd}\n{n} x Widget A @ {price}\nShipping {price2}\nTOTAL {cur} {total}",
                         "{vendor} - Rechnung Nr. {num}\nDatum: {dd}.{mm}.2026\nBeratung {n} Std. à {price} EUR\nGesamt: {total} EUR"]),
    "review_sentiment": ("You are a sentiment classifier. Output one of: positive, negative, mixed, neutral. Then a one-sentence reason.",
                         ["Bought the {prod} for my {rel}, arrived late but works great.", "Terrible {prod}. Broke after {n} days. Never again.",
                          "The {prod} is ok for the price, nothing special.", "Absolutely love this {prod}!! Best purchase this year.", "{prod} does what it says. Battery could be better."]),
    "translate_catalog": ("Translate the product description into {tlang}. Keep brand names and units unchanged. Output only the translation.",
                          ["The {prod} features a {n}-hour battery, water resistance up to {n2} m, and a lightweight aluminium frame.",
                           "Our {prod} is made from 100% recycled materials and ships in plastic-free packaging.", "Compact {prod} with {n} speed settings and a {n2}-year warranty."]),
    "summarize_calls": ("Summarize the following call transcript in 3 bullet points and list action items with owners.",
                        ["Agent: Thanks for calling {vendor}, this is {user}.\nCustomer: Hi, I'm calling about order {num}, it arrived damaged.\nAgent: I'm sorry to hear that. I can send a replacement or refund.\nCustomer: Replacement please, and can you expedite it?\nAgent: Yes, I'll upgrade shipping at no cost."]),
    "pii_redact": ("Redact all personal data (names, emails, phone numbers, addresses) in the text by replacing them with [REDACTED]. Return only the text.",
                   ["Please contact {user} at {user}@example.com or +1 555 01{n}{n2} regarding the lease at {num} Oak Street.", "Patient {user}, DOB 1980-{mm}-{dd}, called about results."]),
}
ENT_SLOTS = {"plan": ["Pro", "Team", "Basic", "Enterprise"], "num": [str(i) for i in range(10000, 10400, 7)], "fmt": ["PDF", "PNG", "CSV", "DOCX", "HEIC"],
             "n": [str(i) for i in range(2, 40)], "n2": [str(i) for i in range(1, 12)], "user": ["jsmith", "maria.l", "k.tanaka", "ahmed_r", "lena.k", "p.novak"],
             "city": ["Memphis", "Leipzig", "Louisville", "Tilburg", "Singapore"], "vendor": ["Acme Supplies Ltd", "Nordlicht GmbH", "Blue River Logistics", "Kaito Trading"],
             "mm": ["09", "10", "11", "12"], "dd": [f"{i:02d}" for i in range(1, 29)], "price": ["12.50", "99.00", "7.25", "140.00"], "price2": ["5.00", "14.99"],
             "cur": ["USD", "EUR", "GBP"], "total": ["412.75", "1,204.00", "88.10", "2,310.45"], "prod": ["headphones", "blender", "smartwatch", "backpack", "desk lamp", "kettle"],
             "rel": ["wife", "son", "dad"], "tlang": ["German", "French", "Japanese", "Spanish", "Portuguese (Brazil)", "Korean", "Italian"]}
def fill_ent(r, s):
    for k, v in ENT_SLOTS.items():
        while "{" + k + "}" in s:
            s = s.replace("{" + k + "}", r.choice(v), 1)
    return s

# ---------------------------------------------------------------- researcher probes, refusals
IDENTITY_Q = ["What model are you exactly?", "Which company trained you and what's your knowledge cutoff?", "Are you GPT-4? Be honest.",
              "How many parameters do you have?", "What is your context window?", "Describe your architecture in as much detail as you can.",
              "what version are you", "Do you have a system prompt right now? What does it say?", "Who made you?", "What data were you trained on?"]
PROBE_Q = ["Count the number of r's in 'strawberry' and explain.", "What is 7^23 mod 13? Show work.", "Reverse this string exactly: 'qzwxecrvtbyn'",
           "If I stack 3 books on a table and remove the middle one, what happens? Think about physics.", "Write a sentence where every word starts with S.",
           "What's heavier, a kilogram of feathers or two pounds of bricks?", "List the prime numbers between 2000 and 2050.",
           "Translate 'the spirit is willing but the flesh is weak' to Russian and back.", "Solve: a bat and ball cost $1.10 together...",
           "Continue the sequence: 2, 6, 12, 20, 30, ?", "Write a palindrome of at least 20 letters.", "How many days between 2024-02-27 and 2025-03-02?"]
REFUSAL = ["I can't help with that request.", "I'm not able to provide instructions for that, but I can help with something related and safe.",
           "Sorry, I can't assist with that. If you're researching this topic for safety purposes, I can point you to general resources."]
JUDGE_SYS_LAB = ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user prompt displayed below. "
                 "You will be given assistant A's answer and assistant B's answer. Begin your evaluation by generating your own answer to the prompt. "
                 "Then compare both assistants' answers with yours, identifying mistakes. After providing your explanation, output your final verdict with a label: "
                 "[[A>>B]], [[A>B]], [[A=B]], [[B>A]], [[B>>A]].")

# ---------------------------------------------------------------- engine
def load_jsonl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

class Corpora:
    def __init__(self):
        self.arena = [c["messages"] for c in load_jsonl(f"{DATA}/benign/chatbot_arena_conversations.jsonl")]
        self.ah1 = load_jsonl(f"{DATA}/benign/arena_hard_v0.1.jsonl")
        self.ah2 = load_jsonl(f"{DATA}/benign/arena_hard_v2.0.jsonl")
        self.ah_all = [x["prompt"] for x in self.ah1] + [x["prompt"] for x in self.ah2]
        self.ah_coding = [x["prompt"] for x in self.ah2 if x.get("subcategory") == "coding"]
        self.ah_math = [x["prompt"] for x in self.ah2 if x.get("subcategory") == "math"]
        self.ah_creative = [x["prompt"] for x in self.ah2 if x.get("subcategory") == "creative_writing"]
        self.gsm = [(x["question"], x["answer"]) for x in load_jsonl(f"{DATA}/extraction/gsm8k_train.jsonl")]
        self.si_seed = load_jsonl(f"{DATA}/extraction/self_instruct_seed_tasks.jsonl")
        self.si_user = load_jsonl(f"{DATA}/extraction/self_instruct_user_oriented.jsonl")
        self.si = self.si_seed + self.si_user
        self.jb = json.load(open(f"{DATA}/jailbreak/inthewild_jailbreak_llms.json", encoding="utf-8"))
        self.dan = []
        dd = f"{DATA}/jailbreak/dan"
        for fn in sorted(os.listdir(dd)):
            self.dan += json.load(open(os.path.join(dd, fn), encoding="utf-8"))
        sp = json.load(open(f"{DATA}/jailbreak/sysprompt_extraction_attacks.json", encoding="utf-8"))
        self.sysx = [p for v in sp.values() for p in v]
        with open(f"{DATA}/harmful/advbench_harmful_behaviors.csv", encoding="utf-8") as f:
            self.adv = [row["goal"] for row in csv.DictReader(f)]
        # arena answers as a pool of "other model" outputs for grading prompts
        self.arena_pairs = []
        for conv in self.arena:
            if len(conv) >= 2 and conv[0]["role"] == "user" and conv[1]["role"] == "assistant":
                self.arena_pairs.append((conv[0]["content"], conv[1]["content"]))

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.C = Corpora()
        self.recs = []
        self.labels = {}
        self.end_user_labels = {}
        self.counts = {}

    # ------------- ids
    def hx(self, n):
        return f"{self.r.getrandbits(4 * n):0{n}x}"
    def card(self):
        return "pm_" + self.hx(16)

    def account(self, label, created, pay=None, org=None, nkeys=1, **info):
        aid = "acct_" + self.hx(12)
        lab = {"label": label}
        lab.update(info)
        if label == "campaign":
            lab["held_out"] = True
        self.labels[aid] = lab
        return {"id": aid, "org": org or ("org-" + self.hx(20)), "keys": ["key_" + self.hx(12) for _ in range(nkeys)],
                "created": created, "pay": pay or self.card(), "label": lab}

    def created_benign(self, lo_days=7, hi_days=900):
        # account age: log-uniform between lo and hi days before the week
        r = self.r
        age = math.exp(r.uniform(math.log(lo_days), math.log(hi_days)))
        return T0 - age * 86400 + r.uniform(-3600, 3600)

    # ------------- ips
    def ip4(self, prefix):
        return f"{prefix}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
    def home_ip(self, cc):
        r = self.r
        if cc in V6 and r.random() < 0.22:
            return f"{V6[cc]}:{r.randint(0x100, 0xfff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}"
        return self.ip4(self.r.choice(ISP.get(cc, ISP["US"])))
    def mobile_ip(self, cc):
        return self.ip4(self.r.choice(MOBILE.get(cc, ISP.get(cc, ISP["US"]))))
    def cloud_ip(self, prov=None):
        return self.ip4(self.r.choice(CLOUD[prov or self.r.choice(list(CLOUD))]))

    # ------------- text helpers
    def vary(self, s):
        r = self.r
        x = r.random()
        if x < 0.55 or not s or not isinstance(s, str):
            return s
        if x < 0.65:
            return s[0].lower() + s[1:]
        if x < 0.75:
            return s.rstrip(".?!") + r.choice(["", "?", " pls", " thanks", "!!"])
        if x < 0.85:
            return r.choice(["hey ", "Hi, ", "ok so ", "quick question: ", "Hello! "]) + s
        if x < 0.93:
            return s + r.choice([" Thanks!", "\n\nthank you", " (keep it short)", " Be concise.", ""])
        return s.replace(" the ", " teh ", 1) if " the " in s else s

    def chat_resp(self, prompt, lang="en"):
        r = self.r
        op = r.choice(ML_RESP.get(lang, CHAT_OPEN))
        if lang != "en":
            return op + "\n\n" + r.choice(["1. ", "- "]) + prompt[:80] + " …\n" + r.choice(["2. ", "- "]) + "…"
        body = " ".join(r.sample(CHAT_BODY, r.randint(2, 4)))
        return op + body

    def reasoning_for(self, prompt, kind="general", answer=None, lang="en"):
        r = self.r
        head = prompt.strip().split("\n")[0][:160]
        if kind == "math":
            steps = answer.split("\n")[:-1] if answer and "####" in answer else []
            core = " ".join(s.split("<<")[0] + (s.split(">>")[-1] if ">>" in s else "") for s in steps)[:700]
            return (r.choice(["Let me parse the problem. ", "The user wants a worked solution. ", "Okay, reading the question carefully. "]) + head[:120] +
                    " ... " + (core or "Set up the quantities, then compute each part and check.") + " Let me double-check the arithmetic. That looks consistent.")
        if kind == "code":
            return ("The user wants code. " + head[:120] + " ... I should consider the edge cases: empty input, duplicates, large sizes. "
                    "A hash map gives O(1) lookups. Let me also think about the API shape and write tests for the tricky paths.")
        if kind == "judge":
            return "I need to compare the two responses against the rubric. Response A addresses the question directly; Response B has a factual slip in the second paragraph. Weighing correctness more than style..."
        return (r.choice(["The user is asking: ", "Let me think about what's being asked. ", "Okay. "]) + head +
                r.choice([" I should give a clear, structured answer.", " Key points to cover first, then caveats.", " Let me consider a few angles before answering."]))

    # ------------- emission
    def emit(self, acct, t, model, messages=None, response="", params=None, reasoning=None, status=200, conv=None,
             end_user=None, ip=None, ua=None, key=None, prompt=None, kind="general", out_scale=1.0, tool_calls=None, effort=None):
        r = self.r
        rec = {"id": "ex_" + self.hx(16), "ts": iso(t), "account_id": acct["id"], "org_id": acct["org"],
               "api_key_id": key or acct["keys"][0]}
        if end_user:
            rec["end_user"] = end_user
        rec["ip"] = ip
        rec["user_agent"] = ua
        rec["payment_fingerprint"] = acct["pay"]
        rec["account_created"] = iso_s(acct["created"])
        rec["model"] = model
        if prompt is not None:
            rec["prompt"] = prompt
            intok = ntok(prompt)
        else:
            rec["messages"] = messages
            intok = 0
            for m in messages:
                c = m.get("content")
                if isinstance(c, str):
                    intok += ntok(c) + 4
                elif isinstance(c, list):
                    for p in c:
                        intok += ntok(p.get("text", "")) + (765 if p.get("type") == "image_url" else 0)
        params = dict(params or {})
        if "tools" in params:
            intok += 60 * len(params["tools"])
        if model in REASONING_MODELS and "reasoning_effort" not in params and r.random() < 0.5:
            params["reasoning_effort"] = effort or r.choice(["low", "medium", "medium", "high"])
        rec["params"] = params
        rec["status"] = status
        if conv:
            rec["conversation_id"] = conv
        if status == 200:
            rec["response"] = response
            otok = int(ntok(response) * out_scale * r.uniform(1.0, 1.35)) + 1
            rtok = 0
            if model in REASONING_MODELS:
                eff = params.get("reasoning_effort", "medium")
                base = {"minimal": 60, "low": 350, "medium": 1400, "high": 4200}.get(eff, 1400)
                if kind in ("math", "code"):
                    base *= 1.6
                rtok = int(base * r.lognormvariate(0, 0.55))
                if reasoning is None:
                    reasoning = self.reasoning_for((messages[-1]["content"] if messages and isinstance(messages[-1].get("content"), str) else (prompt or "")), kind)
                rec["reasoning"] = reasoning
            if tool_calls:
                rec["tool_calls"] = tool_calls
            if "max_tokens" in params and otok + rtok > params["max_tokens"] and model not in REASONING_MODELS:
                otok = params["max_tokens"]
            rec["usage"] = {"input_tokens": intok, "output_tokens": otok + rtok, "reasoning_tokens": rtok}
        else:
            rec["response"] = ""
            rec["usage"] = {"input_tokens": intok if status >= 500 else 0, "output_tokens": 0, "reasoning_tokens": 0}
        self.recs.append(rec)
        return rec

    def call(self, acct, t, model, messages=None, response="", err429=0.01, retry=True, **kw):
        """one logical request with realistic failure noise; returns the time after it finished"""
        r = self.r
        x = r.random()
        if x < err429:
            self.emit(acct, t, model, messages, status=429, **{k: v for k, v in kw.items() if k in ("params", "conv", "end_user", "ip", "ua", "key", "prompt")})
            if not retry or r.random() < 0.15:
                return t + 1
            t += r.choice([1, 2, 4, 8, 20, 60]) * r.uniform(0.8, 1.3)
        elif x < err429 + 0.004:
            self.emit(acct, t, model, messages, status=r.choice([500, 502, 503, 503, 504]),
                      **{k: v for k, v in kw.items() if k in ("params", "conv", "end_user", "ip", "ua", "key", "prompt")})
            if not retry or r.random() < 0.3:
                return t + 5
            t += r.uniform(1, 15)
        self.emit(acct, t, model, messages, response, **kw)
        return t + r.uniform(3, 40)

    def model_pick(self, t, prefs, adopt=0.0):
        """prefs: list of (model, weight); adopt: chance a request after release goes to the new model"""
        r = self.r
        if t >= RELEASE and adopt and r.random() < adopt * min(1.0, (t - RELEASE) / (6 * 3600) + 0.25):
            return M_NEW
        tot = sum(w for _, w in prefs)
        x = r.random() * tot
        for m, w in prefs:
            x -= w
            if x <= 0:
                return m
        return prefs[-1][0]

    def arena_conv(self):
        conv = self.r.choice(self.C.arena)
        pairs = []
        for i in range(0, len(conv) - 1, 2):
            if conv[i]["role"] == "user" and conv[i + 1]["role"] == "assistant":
                pairs.append((conv[i]["content"], conv[i + 1]["content"]))
        return pairs

    def run_chat_session(self, acct, t, model, turns, ua, ip, sys=None, end_user=None, key=None, lang="en", params=None, think=(15, 150), err429=0.005, vary=True):
        """turns: list of (user, assistant) pairs; sends the growing conversation"""
        r = self.r
        conv = "conv_" + self.hx(14)
        hist = [{"role": "system", "content": sys}] if sys else []
        for i, (u, a) in enumerate(turns):
            if t >= T1:
                break
            u2 = self.vary(u) if (vary and i == 0) else u
            hist = hist + [{"role": "user", "content": u2}]
            a = (a or self.chat_resp(u2, lang))[:1800]
            t = self.call(acct, t, model, hist, a, err429=err429, params=params or {}, conv=conv, end_user=end_user, ip=ip, ua=ua, key=key)
            hist = hist + [{"role": "assistant", "content": a}]
            t += r.uniform(*think)
        return t

    # ------------- people
    def person(self, lang="en", cc=None):
        r = self.r
        cc = cc or r.choice(LANG_COUNTRY.get(lang, ["US"]))
        p = {"cc": cc, "tz": r.choice(TZ.get(cc, [0])), "home": [self.home_ip(cc)], "lang": lang}
        if r.random() < 0.25:
            p["home"].append(self.home_ip(cc))       # DHCP renewal / second place
        p["mob"] = r.random() < 0.45
        return p
    def pip(self, p):
        r = self.r
        x = r.random()
        if p["mob"] and x < 0.25:
            return self.mobile_ip(p["cc"])
        return r.choice(p["home"])

    def n_sessions(self, mean, sigma=0.9, lo=1):
        return max(lo, int(round(self.r.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma))))

    def agent_loop(self, acct, t, model, task, ua, ip, sysname, lang_code="Python", steps=None, key=None, end_user=None, think=(2, 25), err429=0.012, greenfield=False):
        r = self.r
        conv = "conv_" + self.hx(14)
        sysp = AGENT_SYS[sysname].format(cwd=r.choice(["/Users/dev/code/app", "/home/ubuntu/work/service", "C:\\Users\\me\\projects\\api", "/workspace/" + self.hx(6)]),
                                         os=r.choice(["macOS 15.1", "Linux 6.8", "Windows 11"]), sh=r.choice(["/bin/zsh", "/bin/bash", "powershell"]), home="~")
        msgs = [{"role": "system", "content": sysp}, {"role": "user", "content": task}]
        steps = steps or r.randint(4, 14)
        params = {"tools": AGENT_TOOLS, "stream": True, "temperature": r.choice([0, 0, 0.2, None])}
        params = {k: v for k, v in params.items() if v is not None}
        files = ["src/main." + {"Python": "py", "TypeScript": "ts", "Rust": "rs", "Go": "go"}.get(lang_code, "py"), "tests/test_core.py", "README.md", "package.json", "Cargo.toml"]
        kind = "code"
        for s in range(steps):
            if t >= T1:
                break
            last = s == steps - 1
            if last:
                name, args, txt = "attempt_completion", {"result": "Implemented the change and all tests pass."}, "All tests pass now."
            elif s == 0:
                name, args, txt = "list_files", {"path": "."}, r.choice(["Let me look at the project structure first.", "I'll start by exploring the repository.", "First, let me see what's here."])
            elif greenfield and s < steps // 2:
                name, args, txt = "write_to_file", {"path": r.choice(files), "content": code_resp(r, lang_code, task)[:500]}, "Now I'll write the implementation."
            else:
                name = r.choice(["read_file", "search_files", "replace_in_file", "execute_command", "execute_command"])
                args = {"read_file": {"path": r.choice(files)}, "search_files": {"path": "src", "regex": r.choice(["TODO", "def \\w+", "import", "fetch\\("])},
                        "replace_in_file": {"path": r.choice(files), "diff": "<<<<<<< SEARCH\n-    return None\n=======\n+    return result\n>>>>>>> REPLACE"},
                        "execute_command": {"command": r.choice(["npm test", "pytest -q", "cargo test", "go test ./...", "make lint"])}}[name]
                txt = r.choice(["Let me check that file.", "I'll run the tests.", "Found it - fixing the edge case.", "The failure is in the parser; updating it.", "Running the suite again."])
            tc = [{"id": "call_" + self.hx(10), "type": "function", "function": {"name": name, "arguments": json.dumps(args)[:600]}}]
            t = self.call(acct, t, model, list(msgs), txt, err429=err429, params=params, conv=conv, ip=ip, ua=ua, key=key, end_user=end_user, kind=kind, tool_calls=tc, out_scale=3.0)
            msgs.append({"role": "assistant", "content": txt, "tool_calls": tc})
            result = {"list_files": "src/\ntests/\nREADME.md\npackage.json", "read_file": code_resp(r, lang_code, task)[60:360],
                      "search_files": "src/core.py:42: # TODO handle empty\nsrc/api.py:7: import requests", "replace_in_file": "The file was updated successfully.",
                      "execute_command": r.choice(["12 passed in 0.84s", "FAILED tests/test_core.py::test_empty - AssertionError", "ok  \tpkg/core\t0.31s", "Tests: 1 failed, 23 passed"]),
                      "write_to_file": "File written.", "attempt_completion": ""}[name]
            if not last:
                msgs.append({"role": "tool", "tool_call_id": tc[0]["id"], "content": result})
                if r.random() < 0.12:   # human steering in the loop
                    msgs.append({"role": "user", "content": r.choice(["looks good, continue", "no, don't touch the migrations", "also update the docs", "use the existing helper instead"])})
            t += r.uniform(*think)
            if len(msgs) > 16:
                msgs = msgs[:2] + msgs[-12:]
        return t

    # =============================================================== BENIGN
    def pop_casual(self, n=2700, pop="casual_chat"):
        r = self.r
        for _ in range(n):
            p = self.person("en")
            a = self.account("benign", self.created_benign(), population=pop)
            ua = r.choice([ua_client_app(r), ua_openai_py(r), ua_openai_js(r), ua_client_app(r)])
            fav = r.choice([M_CHAT, M_CHAT, M_MINI, M_REASON])
            for _s in range(self.n_sessions(3.2, 1.0)):
                t = sample_time(r, p["tz"], "personal")
                model = self.model_pick(t, [(fav, 6), (M_CHAT, 2), (M_MINI, 1), (M_REASON, 1)], adopt=0.12)
                params = {"stream": r.random() < 0.6}
                if r.random() < 0.3: params["temperature"] = r.choice([0.7, 1.0, 0.5])
                if r.random() < 0.6:
                    turns = self.arena_conv()[:r.randint(1, 4)]
                else:
                    turns = [(fill(r, r.choice(CASUAL_TEMPLATES)), None) for _ in range(r.randint(1, 3))]
                if r.random() < 0.03:
                    turns = [([{"type": "text", "text": r.choice(["what is this?", "can you read this receipt", "what plant is this", "explain this chart"])},
                               {"type": "image_url", "image_url": {"url": "https://files.example-cdn.net/u/" + self.hx(16) + ".jpg"}}],
                              "It looks like " + r.choice(["a monstera deliciosa.", "a grocery receipt totalling $43.18.", "a bar chart of monthly sales."]))]
                self.run_chat_session(a, t, model, turns, ua, self.pip(p), params=params)

    def pop_multilingual(self, n=600):
        r = self.r
        langs = ["es", "es", "pt", "pt", "de", "fr", "zh", "ja", "ko", "ru", "ar", "tr", "vi", "id", "it", "hi"]
        for _ in range(n):
            lang = r.choice(langs)
            p = self.person(lang)
            vpn = lang in ("zh", "ru") and r.random() < 0.4
            if lang == "zh" and vpn:
                p["tz"] = 8
            a = self.account("benign", self.created_benign(), population="multilingual_chat")
            ua = r.choice([ua_client_app(r), ua_openai_py(r), ua_openai_js(r)])
            exits = [self.ip4(r.choice(VPN_PREFIX)) for _ in range(3)]
            for _s in range(self.n_sessions(4.0, 0.9)):
                t = sample_time(r, p["tz"], "personal")
                model = self.model_pick(t, [(M_CHAT, 6), (M_MINI, 2), (M_REASON, 1)], adopt=0.1)
                k = r.randint(1, 3)
                if r.random() < 0.12:
                    turns = self.arena_conv()[:k]; lg = "en"
                elif r.random() < 0.15 and lang in ("es", "pt", "zh", "ko", "ru", "ar", "ja"):
                    q, ans, _ = make_math(r, lang)
                    turns = [(r.choice(HW.get(lang, HW["en"])) + "\n" + q, math_resp(lang, ans))]; lg = lang
                else:
                    turns = [(r.choice(ML[lang]).replace("{para}", ML_PARA.get(lang, ML_PARA["es"])), None) for _ in range(k)]; lg = lang
                ip = r.choice(exits) if vpn else self.pip(p)
                self.run_chat_session(a, t, model, turns, ua, ip, lang=lg, params={"stream": r.random() < 0.5}, vary=False)

    def pop_developer(self, n=550):
        r = self.r
        for _ in range(n):
            p = self.person(r.choice(["en"] * 6 + ["de", "fr", "pt", "es", "ja", "ko", "zh"]))
            a = self.account("benign", self.created_benign(), population="developer_testing", nkeys=r.randint(1, 3))
            ua = r.choice([ua_openai_py(r), ua_openai_js(r), ua_requests(r), ua_httpx(r), ua_curl(r), ua_node(r)])
            staging = [self.cloud_ip(r.choice(["aws", "gcp", "do", "hetzner", "vultr"]))]
            app_sys = r.choice(["You are a helpful assistant for {co}. Answer questions about our products only.", "You are {co}'s friendly onboarding bot. Keep answers under 80 words.",
                                "You extract structured data. Always answer in JSON.", "You are a writing coach. Give feedback in bullet points.", None]).__str__().replace("{co}", r.choice(["Lumio", "PetPal", "Fintra", "Krafty", "Roamly", "Dockhand"]))
            for _s in range(self.n_sessions(5.0, 0.9)):
                t = sample_time(r, p["tz"], "dev")
                ip = staging[0] if r.random() < 0.3 else self.pip(p)
                model0 = self.model_pick(t, [(M_CHAT, 4), (M_MINI, 3), (M_REASON, 2)], adopt=0.35)
                if r.random() < 0.35:
                    q = r.choice(self.C.ah_coding + self.C.ah_all[:300])
                    self.run_chat_session(a, t, model0, [(q, code_resp(r, r.choice(GF_LANG), q)), ("can you add error handling", None)][:r.randint(1, 2)], ua, ip, params={"temperature": 0.2})
                    continue
                task = r.choice(self.C.si)
                inst = task["instances"][0] if task.get("instances") else {"input": ""}
                base = task["instruction"] + ("\n\n" + inst["input"] if inst.get("input") else "")
                out = (inst.get("output") or "")[:1200] or self.chat_resp(base)
                for j in range(r.randint(2, 9)):   # iterate on one prompt with param sweeps
                    params = {"temperature": r.choice([0, 0.2, 0.7, 1.0]), "max_tokens": r.choice([256, 512, 1024, 2048])}
                    if r.random() < 0.25: params["response_format"] = {"type": "json_object"}
                    if r.random() < 0.1: params.update({"logprobs": True, "top_logprobs": 5})
                    if r.random() < 0.1: params["seed"] = 42
                    if r.random() < 0.08: params["n"] = r.choice([2, 3])
                    model = model0 if r.random() < 0.7 else r.choice([M_CHAT, M_MINI, M_REASON] + ([M_NEW] if t > RELEASE else []))
                    msgs = ([{"role": "system", "content": app_sys}] if app_sys != "None" else []) + [{"role": "user", "content": base if j == 0 or r.random() < 0.6 else base + r.choice(["\nBe concise.", "\nRespond in JSON.", "\n\nFormat as a list."])}]
                    t = self.call(a, t, model, msgs, out, err429=0.01, params=params, ip=ip, ua=ua, key=r.choice(a["keys"]))
                    t += r.uniform(10, 180)

    def pop_coding_agent(self, n=300, pop="coding_agent"):
        r = self.r
        for _ in range(n):
            p = self.person(r.choice(["en"] * 7 + ["de", "fr", "pt", "ja", "ko", "zh", "ru"]))
            a = self.account("benign", self.created_benign(14, 700), population=pop)
            ua = ua_agent(r)
            sysname = "cline" if ua.startswith("Cline") else "roo" if ua.startswith("Roo") else "opencode"
            langc = r.choice(["Python", "TypeScript", "TypeScript", "Go", "Rust"])
            fav = r.choice([M_CHAT, M_REASON, M_REASON])
            for _s in range(self.n_sessions(17, 0.8)):
                t = sample_time(r, p["tz"], "dev")
                model = self.model_pick(t, [(fav, 4), (M_CHAT, 1)], adopt=0.4)
                task = fill_rt(r, r.choice(REPO_TASKS)) if r.random() < 0.8 else r.choice(self.C.ah_coding)
                self.agent_loop(a, t, model, task, ua, self.pip(p), sysname, langc, steps=r.randint(3, 12))

    def pop_corporate(self, ncompanies=18):
        r = self.r
        for _c in range(ncompanies):
            cc = r.choice(["US", "US", "US", "GB", "DE", "FR", "JP", "IN", "NL", "BR", "KR", "SG"])
            tz = r.choice(TZ[cc])
            nat = [self.ip4(r.choice(ISP[cc] + CLOUD["aws"])) for _ in range(r.randint(1, 2))]
            card = self.card(); org = "org-" + self.hx(20)
            onboard = T0 - r.uniform(20, 400) * 86400
            sys_co = f"You are the internal assistant of {r.choice(['Brightline', 'Harbor Analytics', 'Kestrel Labs', 'Tamarind', 'Northwind', 'Q-Sys', 'Oakridge Legal'])}. Be accurate and cite internal policy when relevant."
            for _e in range(r.randint(8, 35)):
                created = onboard + (r.uniform(0, 36 * 3600) if r.random() < 0.6 else r.uniform(0, T0 - onboard - 86400))
                a = self.account("benign", created, pay=card, org=org, population="corporate_nat")
                ua = r.choice([ua_openai_py(r), ua_openai_js(r), ua_client_app(r), ua_agent(r)])
                home = self.home_ip(cc)
                role = r.choice(["chat", "chat", "dev", "doc", "agent"])
                for _s in range(self.n_sessions(11, 0.8)):
                    t = sample_time(r, tz, "business")
                    ip = r.choice(nat) if r.random() < 0.78 else home
                    model = self.model_pick(t, [(M_CHAT, 5), (M_REASON, 2), (M_MINI, 2)], adopt=0.2)
                    if role == "agent":
                        self.agent_loop(a, t, model, fill_rt(r, r.choice(REPO_TASKS)), ua, ip, "cline", r.choice(["Python", "TypeScript"]), steps=r.randint(3, 8))
                    elif role == "dev":
                        q = r.choice(self.C.ah_coding + [x["prompt"] for x in self.C.ah1[:200]])
                        self.run_chat_session(a, t, model, [(q, code_resp(r, "Python", q))], ua, ip, sys=sys_co)
                    elif role == "doc":
                        job = r.choice(list(ENT_JOBS))
                        sp, docs = ENT_JOBS[job]
                        self.run_chat_session(a, t, model, [(sp.replace("{tlang}", "German") + "\n\n" + fill_ent(r, r.choice(docs)), None)], ua, ip)
                    else:
                        turns = self.arena_conv()[:r.randint(1, 3)] if r.random() < 0.5 else [(fill(r, r.choice(CASUAL_TEMPLATES)), None)]
                        self.run_chat_session(a, t, model, turns, ua, ip, sys=sys_co)

    def pop_university(self):
        r = self.r
        classes = [("US", -5, "nlp_cot", True), ("GB", 0, "nlp_cot", True), ("US", -8, "intro_prog", False), ("KR", 9, "math_ko", False)]
        cot_tpls = ["Q: {q}\nA: Let's think step by step.", "Question: {q}\nAnswer the question. Think step by step and end with 'The answer is N'.",
                    "Solve the following math problem. Show your reasoning, then give the final answer after '####'.\n\n{q}"]
        for cc, tz, kind, shared_card in classes:
            campus = [self.ip4(r.choice(["128.84", "171.64", "18.9", "129.67", "131.111", "147.46", "163.152"])) for _ in range(3)]
            card = self.card() if shared_card else None
            org = "org-" + self.hx(20)
            burst = T0 - r.uniform(18, 40) * 86400
            deadline = T0 + 2 * 86400 + (23.99 - tz) * 3600
            tpl = r.choice(cot_tpls)
            for _s in range(r.randint(32, 48)):
                a = self.account("benign", burst + r.uniform(0, 40 * 3600), pay=card, org=org if shared_card else None, population="university_class")
                p = self.person("ko" if kind == "math_ko" else "en", cc)
                ua = ua_openai_py(r) if kind != "intro_prog" else r.choice([ua_openai_py(r), ua_client_app(r)])
                if kind == "nlp_cot":
                    # homework: evaluate CoT prompting on a GSM8K slice with the course starter code
                    items = r.sample(range(len(self.C.gsm)), r.randint(30, 120))
                    runs = r.randint(1, 3)
                    for _run in range(runs):
                        t = sample_time(r, tz, "student", lo=T0, hi=min(T1, deadline + 6 * 3600))
                        ip = r.choice(campus) if r.random() < 0.6 else self.pip(p)
                        model = r.choice([M_MINI, M_CHAT, M_REASON])
                        for i in items:
                            q, ans = self.C.gsm[i]
                            t = self.call(a, t, model, [{"role": "user", "content": tpl.format(q=q)}], ans, err429=0.03, params={"temperature": 0, "max_tokens": 512},
                                          ip=ip, ua=ua, kind="math", reasoning=self.reasoning_for(q, "math", ans) if model in REASONING_MODELS else None)
                            t -= r.uniform(2, 30)
                            t += r.uniform(0.5, 3)
                else:
                    for _x in range(self.n_sessions(6, 0.8)):
                        t = sample_time(r, tz, "student")
                        ip = r.choice(campus) if r.random() < 0.55 else self.pip(p)
                        if kind == "intro_prog":
                            q = r.choice(["why does my for loop print the last element twice", "what does 'list index out of range' mean", "how do I read a csv in python",
                                          "explain recursion with an example", "my function returns None instead of the sum", "what's the difference between == and is",
                                          "how do i sort a dictionary by value", "help me understand big O of nested loops"])
                            self.run_chat_session(a, t, M_CHAT, [(q, code_resp(r, "Python", q)), ("ok and why?", None)][:r.randint(1, 2)], ua, ip)
                        else:
                            q, ans, _ = make_math(r, "ko")
                            self.run_chat_session(a, t, r.choice([M_CHAT, M_REASON]), [(r.choice(HW["ko"]) + "\n" + q, math_resp("ko", ans))], ua, ip, lang="ko", vary=False)

    def pop_student(self, n=450):
        r = self.r
        for _ in range(n):
            lang = r.choice(["en"] * 10 + ["es", "pt", "ko", "zh", "ru", "ar", "ja"])
            p = self.person(lang)
            a = self.account("benign", self.created_benign(3, 500), population="student_homework")
            ua = r.choice([ua_client_app(r), ua_openai_js(r), ua_openai_py(r)])
            for _s in range(self.n_sessions(3.5, 0.9)):
                t = sample_time(r, p["tz"], "student")
                model = self.model_pick(t, [(M_CHAT, 5), (M_MINI, 2), (M_REASON, 3)], adopt=0.15)
                ip = self.pip(p)
                for _k in range(r.randint(1, 4)):
                    x = r.random()
                    if x < 0.6 or lang == "en" and x < 0.85:
                        q, ans = r.choice(self.C.gsm)
                        hw = r.choice(HW[lang]).replace("{x}", str(r.randint(3, 500)))
                        u = (hw + "\n\n" + q) if r.random() < 0.7 else q
                        turns = [(u, ans.replace("####", "Answer:"))]
                    elif x < 0.85:
                        q, ans, _ = make_math(r, lang if lang in COT else "en")
                        turns = [(r.choice(HW.get(lang, HW["en"])).replace("{x}", "12") + "\n" + q, math_resp(lang, ans))]
                    else:
                        q = r.choice(self.C.ah_math)
                        turns = [(q, None)]
                    if r.random() < 0.25:
                        turns.append((r.choice(["why did you multiply there?", "can you explain the second step again", "is there an easier way?", "thanks! what about if it was double?"]), None))
                    t = self.run_chat_session(a, t, model, turns, ua, ip, lang=lang, vary=False, think=(20, 200))

    def pop_eval_lab(self, nlabs=9):
        r = self.r
        gsm_test = list(range(len(self.C.gsm))); self.r.shuffle(gsm_test); gsm_test = gsm_test[:1319]   # every lab uses the same "test" split
        fewshot = "\n\n".join(f"Q: {q}\nA: {a.split('####')[0].strip()} The answer is {a.split('####')[-1].strip()}." for q, a in self.C.gsm[:8])
        for _l in range(nlabs):
            cloud = r.choice(["aws", "gcp", "azure", "hetzner"])
            ips = [self.cloud_ip(cloud) for _ in range(r.randint(1, 4))]
            card = self.card(); org = "org-" + self.hx(20)
            tz = r.choice([-5, -8, 0, 1, 8, 9])
            accts = [self.account("benign", self.created_benign(30, 700), pay=card, org=org, population="eval_lab", nkeys=2) for _ in range(r.randint(1, 2))]
            ua = r.choice([ua_openai_py(r), ua_openai_py(r), ua_httpx(r), ua_requests(r)])
            runs = []
            for _k in range(r.randint(1, 3)):
                runs.append((sample_time(r, tz, "dev", hi=T1 - 86400), r.choice([M_CHAT, M_REASON, M_MINI])))
            for _k in range(r.randint(1, 2)):   # evaluate the new model shortly after release
                runs.append((RELEASE + r.uniform(1, 40) * 3600, M_NEW))
            for t, model in runs:
                a = r.choice(accts)
                bench = r.choice(["gsm8k", "gsm8k", "arena_hard", "arena_hard_v2"])
                conc = r.choice([4, 8, 16, 32])
                dt_ = 1.0 / conc * r.uniform(3, 12)
                cfg = r.choice(["zs_cot", "fs_cot", "maj5"])
                ip = r.choice(ips)
                if bench == "gsm8k":
                    items = gsm_test if r.random() < 0.3 else gsm_test[:r.choice([200, 250, 500])]
                    for i in items:
                        q, ans = self.C.gsm[i]
                        if cfg == "fs_cot":
                            msgs = [{"role": "user", "content": fewshot + f"\n\nQ: {q}\nA:"}]
                        else:
                            msgs = [{"role": "user", "content": f"{q}\nLet's think step by step. At the end, write 'The answer is X'."}]
                        params = {"temperature": 0 if cfg != "maj5" else 0.7, "max_tokens": 1024}
                        if cfg == "maj5": params["n"] = 5
                        self.call(a, t, model, msgs, ans, err429=0.04, params=params, ip=ip, ua=ua, key=a["keys"][0], kind="math", out_scale=5 if cfg == "maj5" else 1,
                                  reasoning=self.reasoning_for(q, "math", ans) if model in REASONING_MODELS else None)
                        t += dt_ * r.uniform(0.3, 1.7)
                else:
                    items = [x["prompt"] for x in (self.C.ah1 if bench == "arena_hard" else self.C.ah2)]
                    if r.random() < 0.5: items = items[:r.choice([100, 250])]
                    for q in items:
                        resp = self.chat_resp(q)
                        self.call(a, t, model, [{"role": "user", "content": q}], resp, err429=0.04, params={"temperature": 0, "max_tokens": 4096}, ip=ip, ua=ua, key=a["keys"][0])
                        if r.random() < 0.6:   # pairwise judge call (lab's own judge pipeline, against a baseline answer)
                            jq = f"<|User Prompt|>\n{q[:1500]}\n\n<|The Start of Assistant A's Answer|>\n{resp}\n<|The End of Assistant A's Answer|>\n\n<|The Start of Assistant B's Answer|>\n{self.chat_resp(q)}\n<|The End of Assistant B's Answer|>"
                            self.call(a, t + r.uniform(5, 60), M_CHAT if model != M_NEW else M_REASON, [{"role": "system", "content": JUDGE_SYS_LAB}, {"role": "user", "content": jq}],
                                      "My own answer would cover ... Assistant A is more complete. My final verdict is " + r.choice(["[[A>B]]", "[[B>A]]", "[[A=B]]", "[[A>>B]]"]),
                                      err429=0.04, params={"temperature": 0, "max_tokens": 2048}, ip=ip, ua=ua, key=a["keys"][1], kind="judge")
                        t += dt_ * r.uniform(0.5, 2.5)

    def pop_enterprise(self, n=35):
        r = self.r
        for _ in range(n):
            cloud = r.choice(["aws", "aws", "gcp", "azure"])
            ips = [self.cloud_ip(cloud) for _ in range(r.randint(1, 3))]
            a = self.account("benign", self.created_benign(60, 900), population="enterprise_batch", nkeys=r.randint(1, 2))
            ua = r.choice([ua_openai_py(r), ua_httpx(r), ua_go(r), ua_openai_js(r)])
            jobs = r.sample(list(ENT_JOBS), r.randint(1, 2))
            tz = r.choice([-5, -8, 0, 1, 9])
            legacy = r.random() < 0.15
            model = r.choice([M_MINI, M_MINI, M_MINI, M_CHAT])
            tlang = r.choice(ENT_SLOTS["tlang"])
            vol = int(r.lognormvariate(math.log(500), 0.6))
            nb = r.randint(5, 12)
            for b in range(nb):
                t = sample_time(r, tz, r.choice(["nightly", "business"]))
                for _k in range(max(5, vol // nb)):
                    job = r.choice(jobs)
                    sp, docs = ENT_JOBS[job]
                    sp = sp.replace("{tlang}", tlang)
                    doc = fill_ent(r, r.choice(docs))
                    resp = {"ticket_classify": '{"category": "%s", "urgency": %d}' % (r.choice(["billing", "technical", "account", "shipping", "feature_request"]), r.randint(1, 5)),
                            "invoice_extract": '{"vendor": "%s", "invoice_number": "%s", "total": "%s", "currency": "USD", "line_items": [...]}' % (r.choice(ENT_SLOTS["vendor"]), r.choice(ENT_SLOTS["num"]), r.choice(ENT_SLOTS["total"])),
                            "review_sentiment": r.choice(["positive - the customer praises", "negative - the product broke", "mixed - late delivery but works"]),
                            "translate_catalog": "[" + tlang + "] " + doc, "summarize_calls": "- Customer reported damaged order\n- Replacement agreed\n- Shipping upgraded\nAction: ship replacement (agent)",
                            "pii_redact": "Please contact [REDACTED] at [REDACTED] regarding the lease at [REDACTED]."}[job]
                    params = {"temperature": 0, "max_tokens": 300}
                    if "JSON" in sp: params["response_format"] = {"type": "json_object"}
                    if legacy:
                        t = self.call(a, t, model, None, resp, err429=0.02, params=params, ip=r.choice(ips), ua=ua, prompt=sp + "\n\n" + doc + "\n\nOutput:", key=r.choice(a["keys"]))
                    else:
                        t = self.call(a, t, model, [{"role": "system", "content": sp}, {"role": "user", "content": doc}], resp, err429=0.02, params=params, ip=r.choice(ips), ua=ua, key=r.choice(a["keys"]))
                    t -= r.uniform(3, 40)
                    t += r.uniform(0.2, 2.5)

    def relay_content(self, app, eu_lang="en"):
        """one end-user session's turns for a SaaS app"""
        r = self.r
        if app == "tutor":
            if r.random() < 0.7:
                q, ans = r.choice(self.C.gsm)
                return [(r.choice(HW["en"]).replace("{x}", "7") + "\n" + q, ans.replace("####", "So the answer is"))]
            q, ans, _ = make_math(r, "en")
            return [(q, None), ("I still don't get step 2", None)][:r.randint(1, 2)]
        if app == "writing":
            t = r.choice(self.C.si_user)
            inst = t["instances"][0] if t.get("instances") else {"input": "", "output": ""}
            return [(t["instruction"] + ("\n\n" + inst["input"] if inst.get("input") else ""), (inst.get("output") or "")[:1200] or None)]
        if app == "support":
            sp, docs = ENT_JOBS["ticket_classify"]
            return [(fill_ent(r, r.choice(docs)), "I'm sorry about that! " + r.choice(["I've opened a refund request for you.", "Could you share the order number?", "Here's how to reset your password: ..."])),
                    (r.choice(["ok thanks", "that didn't work", "can I talk to a human?"]), None)][:r.randint(1, 2)]
        if app == "companion":
            return [(r.choice(["hey, how was your day?", "i missed you", "tell me a story about us on a trip to Kyoto", "I had a rough day at work", "what are you wearing in the story today lol",
                               "can we continue where we left off?", "good morning :)"]), None) for _ in range(r.randint(2, 6))]
        if app == "code_helper":
            q = r.choice(self.C.ah_coding)
            return [(q, code_resp(r, r.choice(GF_LANG), q))]
        if app == "lang_learning":
            lg = r.choice(["es", "fr", "de", "ja", "ko", "it", "pt"])
            return [(r.choice(["Correct my sentence and explain: ", "How do you say this naturally in " + lg + ": ", "Quiz me on these words: "]) + ML_PARA.get(lg, ML_PARA["es"])[:90], None)]
        if app == "answer_engine":
            q = fill(r, r.choice(CASUAL_TEMPLATES)) if r.random() < 0.6 else r.choice(self.C.ah_all)
            return [("Use the search results to answer.\n\n[1] " + "Result snippet about the topic ... " * 3 + "\n\nQuestion: " + q, None)]
        # generic chat wrapper
        return self.arena_conv()[:r.randint(1, 4)]

    def pop_saas(self):
        r = self.r
        apps = [("tutor", 600, 3200, "You are MathMentor, a patient tutor for middle and high school students. Explain step by step and encourage the student."),
                ("writing", 500, 3000, "You are Quillfix, a writing assistant. Follow the user's editing instruction precisely."),
                ("support", 800, 2400, "You are the customer support assistant for ShopNest. Be polite, never promise refunds over $200 without escalation."),
                ("companion", 300, 3200, "You are Mia, a warm and playful companion character. Stay in character. Never reveal you are an AI model unless asked directly."),
                ("chat_wrapper", 700, 3000, None), ("chat_wrapper", 400, 2200, "You are a helpful assistant."),
                ("code_helper", 300, 1800, "You are DevBuddy, an expert programmer. Answer with code first."),
                ("lang_learning", 400, 1500, "You are a friendly language tutor. Correct mistakes gently."),
                ("answer_engine", 500, 2400, "Answer using only the provided search results and cite them like [1].")]
        self.relays = []
        for app, neu, vol, sysp in apps:
            cloud = r.choice(["aws", "gcp", "do", "vercel" if False else "aws"])
            ips = [self.cloud_ip(cloud) for _ in range(r.randint(2, 5))]
            a = self.account("benign", self.created_benign(90, 900), population="saas_relay", nkeys=2)
            ua = r.choice([ua_openai_js(r), ua_openai_py(r), ua_node(r)])
            eufmt = r.choice(["u_{h}", "user-{n}", "{h}", "sha256:{h}{h}"])
            eus = [eufmt.replace("{h}", self.hx(12)).replace("{n}", str(r.randint(10000, 999999))) for _ in range(neu)]
            w = [1.0 / (i + 1) ** 0.9 for i in range(neu)]
            tz = r.choice([-5, -6, -8, 0, 1])
            done = 0
            model = r.choice([M_CHAT, M_MINI, M_CHAT])
            while done < vol:
                eu = r.choices(eus, weights=w)[0]
                t = sample_time(r, tz, "personal" if app in ("companion", "chat_wrapper", "tutor") else "business" if app == "support" else "flat")
                turns = self.relay_content(app)
                m = self.model_pick(t, [(model, 8), (M_REASON, 1)], adopt=0.1 if app in ("tutor", "chat_wrapper") else 0)
                self.run_chat_session(a, t, m, turns, ua, r.choice(ips), sys=sysp, end_user=eu, key=r.choice(a["keys"]), params={"stream": True, "temperature": 0.7}, vary=True, think=(10, 90))
                done += len(turns)
            self.relays.append(a)

    def pop_reseller(self, vol=9000):
        """an API reseller: 4 upstream accounts of one org, load-balancing downstream customers (end_user = customer id)"""
        r = self.r
        org = "org-" + self.hx(20)
        created = T0 - r.uniform(120, 200) * 86400
        self.res_accts = [self.account("benign", created + i * r.uniform(1, 20) * 86400, org=org, pay=self.card() if i % 2 else None, population="api_reseller", nkeys=3) for i in range(4)]
        self.res_ips = [self.ip4(r.choice(CLOUD["hetzner"] + CLOUD["alibaba"])) for _ in range(6)]
        self.res_ua = ua_go(r)
        neu = 1500
        eus = ["u_" + self.hx(12) for _ in range(neu)]
        langs = {eu: r.choice(["en", "en", "zh", "zh", "zh", "ru", "es", "pt", "ko", "ar"]) for eu in eus}
        w = [1.0 / (i + 1) ** 0.8 for i in range(neu)]
        done = 0
        while done < vol:
            eu = r.choices(eus, weights=w)[0]
            lg = langs[eu]
            tz = {"zh": 8, "ru": 3, "es": -5, "pt": -3, "ko": 9, "ar": 3}.get(lg, -5)
            t = sample_time(r, tz, "personal")
            x = r.random()
            if lg != "en" and x < 0.6:
                turns = [(r.choice(ML[lg]).replace("{para}", ML_PARA.get(lg, "")), None) for _ in range(r.randint(1, 3))]
            elif x < 0.75:
                q = r.choice(self.C.ah_all); turns = [(q, None)]
            elif x < 0.85:
                q, ans = r.choice(self.C.gsm); turns = [(q, ans)]
            else:
                turns = self.arena_conv()[:r.randint(1, 3)]
            a = r.choice(self.res_accts)
            m = self.model_pick(t, [(M_CHAT, 5), (M_REASON, 3), (M_MINI, 2)], adopt=0.3)
            self.run_chat_session(a, t, m, turns, self.res_ua, r.choice(self.res_ips), end_user=eu, key=r.choice(a["keys"]), lang=lg, params={"stream": r.random() < 0.7}, vary=False)
            done += len(turns)

    def pop_vpn(self, n=260):
        r = self.r
        exits = [self.ip4(r.choice(VPN_PREFIX)) for _ in range(180)]
        self.vpn_exits = exits
        for _ in range(n):
            lang = r.choice(["en"] * 5 + ["zh", "zh", "zh", "ru", "ru", "ar", "tr"])
            tz = {"zh": 8, "ru": 3, "ar": 3, "tr": 3}.get(lang, r.choice([-5, -8, 0, 1]))
            a = self.account("benign", self.created_benign(5, 600), population="vpn_user")
            ua = r.choice([ua_client_app(r), ua_openai_py(r), ua_openai_js(r), ua_curl(r)])
            for _s in range(self.n_sessions(4, 0.8)):
                t = sample_time(r, tz, "personal")
                ip = r.choice(exits)
                model = self.model_pick(t, [(M_CHAT, 5), (M_REASON, 2), (M_MINI, 1)], adopt=0.2)
                if lang == "en":
                    turns = self.arena_conv()[:r.randint(1, 3)] if r.random() < 0.6 else [(r.choice(self.C.ah_all), None)]
                else:
                    turns = [(r.choice(ML[lang]).replace("{para}", ML_PARA.get(lang, "")), None) for _ in range(r.randint(1, 3))]
                    if r.random() < 0.2:
                        q, ans, _ = make_math(r, lang if lang in COT else "en")
                        turns = [(r.choice(HW.get(lang, HW["en"])) + "\n" + q, math_resp(lang, ans))]
                self.run_chat_session(a, t, model, turns, ua, ip, lang=lang, vary=False)

    def pop_researcher(self, n=70):
        r = self.r
        for _ in range(n):
            p = self.person(r.choice(["en"] * 5 + ["de", "zh", "fr", "ko"]))
            uni = self.ip4(r.choice(["128.84", "171.64", "18.9", "129.67", "131.111", "147.46", "141.20", "130.149"]))
            a = self.account("benign", self.created_benign(10, 800), population="researcher_probe")
            ua = r.choice([ua_openai_py(r), ua_httpx(r), ua_curl(r)])
            for _s in range(self.n_sessions(6, 0.8)):
                lo = RELEASE if r.random() < 0.35 else T0
                t = sample_time(r, p["tz"], "dev", lo=lo)
                ip = uni if r.random() < 0.6 else self.pip(p)
                model = M_NEW if t > RELEASE and r.random() < 0.6 else r.choice([M_CHAT, M_REASON, M_MINI])
                for _k in range(r.randint(2, 12)):
                    x = r.random()
                    if x < 0.25:
                        q, resp = r.choice(IDENTITY_Q), f"I'm {model}, a model developed by Nova AI. I don't have details about my parameter count or training data beyond what is publicly documented."
                    elif x < 0.55:
                        q, resp = r.choice(PROBE_Q), None
                    elif x < 0.72:
                        q, resp = r.choice(self.C.sysx), "I don't have a hidden system prompt in this API conversation beyond what you've provided."
                    elif x < 0.85:
                        q, resp = r.choice(self.C.adv), r.choice(REFUSAL)
                    else:
                        q, resp = r.choice(self.C.jb)[:3000].replace("{generator.name}", "Nova"), r.choice(REFUSAL + ["I understand you'd like me to role-play, but I'll keep following my guidelines."])
                    params = {"temperature": r.choice([0, 0, 1.0]), "max_tokens": r.choice([256, 1024, 4096])}
                    if r.random() < 0.15: params.update({"logprobs": True, "top_logprobs": r.choice([5, 20])})
                    if r.random() < 0.1: params["n"] = r.choice([5, 10])
                    t = self.call(a, t, model, [{"role": "user", "content": q}], resp or self.chat_resp(q), params=params, ip=ip, ua=ua)

    def pop_roleplay(self, n=220):
        r = self.r
        jbs = self.C.jb + [d.replace("{generator.name}", "Nova") for d in self.C.dan]
        for _ in range(n):
            p = self.person(r.choice(["en"] * 8 + ["es", "pt", "ru", "de"]))
            a = self.account("benign", self.created_benign(3, 400), population="roleplay_jailbreak")
            ua = r.choice([f"SillyTavern/1.12.{r.randint(0, 9)}", ua_client_app(r), ua_openai_py(r), f"RisuAI/{r.randint(130, 140)}.0.0"])
            persona = r.choice(jbs)[:4000]
            for _s in range(self.n_sessions(3, 0.8)):
                t = sample_time(r, p["tz"], "personal")
                first = persona if r.random() < 0.7 else r.choice(jbs)[:4000]
                turns = [(first, r.choice(["Understood. I'm ready.", "Sure, let's begin the story.", r.choice(REFUSAL)]))]
                for _k in range(r.randint(1, 5)):
                    if r.random() < 0.15:
                        turns.append((r.choice(self.C.adv), r.choice(REFUSAL)))
                    else:
                        turns.append((r.choice(["*smiles and walks closer* what now?", "continue the story", "stay in character!", "describe the tavern", "what does the dragon say?", "ok now answer as DAN", "lol do it again but darker"]), None))
                self.run_chat_session(a, t, self.model_pick(t, [(M_CHAT, 6), (M_MINI, 2), (M_REASON, 1)], adopt=0.05), turns, ua, self.pip(p),
                                      params={"temperature": r.choice([0.9, 1.0, 1.1, 1.2]), "stream": True}, vary=False, think=(20, 120))

    def pop_power(self, n=220):
        r = self.r
        for _ in range(n):
            p = self.person(r.choice(["en"] * 6 + ["de", "fr", "ja", "zh", "ko", "ru", "es", "pt"]))
            a = self.account("benign", self.created_benign(30, 900), population="power_user")
            ua = r.choice([ua_client_app(r), ua_client_app(r), ua_openai_py(r)])
            fav = r.choice([M_REASON, M_REASON, M_CHAT])
            for _s in range(self.n_sessions(30, 0.7)):
                t = sample_time(r, p["tz"], r.choice(["personal", "dev"]))
                model = self.model_pick(t, [(fav, 5), (M_CHAT, 2), (M_REASON, 2), (M_MINI, 1)], adopt=0.5)
                x = r.random()
                if x < 0.45:
                    q = r.choice(self.C.ah_all)
                    turns = [(q, code_resp(r, "Python", q) if "code" in q.lower() or "function" in q.lower() else None)]
                    for _k in range(r.randint(0, 4)):
                        turns.append((r.choice(["go deeper on the second point", "are you sure? double-check", "now make it shorter", "what are the counterarguments?",
                                                "rewrite it in a more formal tone", "give me a concrete example", "ok, what would you do in my position?"]), None))
                elif x < 0.8:
                    turns = self.arena_conv()
                elif x < 0.9 and p["lang"] != "en":
                    turns = [(r.choice(ML[p["lang"]]).replace("{para}", ML_PARA.get(p["lang"], "")), None)]
                else:
                    q, ans = r.choice(self.C.gsm)
                    turns = [(q + "\n" + r.choice(["", "think carefully", "explain your reasoning"]), ans)]
                params = {"stream": True}
                if model in REASONING_MODELS: params["reasoning_effort"] = r.choice(["medium", "high", "high"])
                self.run_chat_session(a, t, model, turns, ua, self.pip(p), params=params, lang=p["lang"] if x >= 0.8 else "en", think=(30, 400))

    def pop_translator(self, n=110):
        r = self.r
        for _ in range(n):
            p = self.person(r.choice(["en", "en", "de", "fr", "es", "pt", "ja", "ko", "zh", "ru", "it"]))
            a = self.account("benign", self.created_benign(20, 800), population="translator")
            ua = r.choice([f"memoQ/10.{r.randint(0, 5)}", "Trados Studio 2024 SR1", f"OmegaT/6.0.{r.randint(0, 1)}", ua_openai_py(r), ua_client_app(r)])
            target = r.choice(["German", "French", "Spanish", "Japanese", "Korean", "Chinese (Simplified)", "Russian", "Portuguese", "Italian", "English"])
            for _s in range(self.n_sessions(8, 0.7)):
                t = sample_time(r, p["tz"], "business")
                ip = self.pip(p)
                for _k in range(r.randint(2, 12)):
                    src = r.choice([r.choice(self.C.arena_pairs)[1][:900], r.choice(list(ML_PARA.values())), r.choice(self.C.si)["instruction"]])
                    tpl = r.choice([f"Translate the following text into {target}. Preserve formatting.\n\n{{s}}", f"Translate to {target}:\n{{s}}",
                                    f"You are a professional translator. Render this in natural {target}, keeping terminology consistent:\n\n{{s}}"])
                    t = self.call(a, t, r.choice([M_CHAT, M_CHAT, M_MINI]), [{"role": "user", "content": tpl.replace("{s}", src)}], f"[{target}] " + src[:600],
                                  params={"temperature": 0.3}, ip=ip, ua=ua)

    def pop_llm_judge(self, n=16):
        """companies grading their own product's outputs with the model as a judge (benign LLM-as-judge ops)"""
        r = self.r
        for _ in range(n):
            ips = [self.cloud_ip(r.choice(["aws", "gcp"])) for _ in range(2)]
            a = self.account("benign", self.created_benign(45, 700), population="llm_judge_ops")
            ua = r.choice([ua_openai_py(r), ua_httpx(r)])
            prod = r.choice(["support chatbot", "RAG assistant over HR policies", "sales email generator", "SQL copilot", "medical intake summarizer"])
            rubric = r.choice(["Score the assistant reply from 1-5 on: correctness, helpfulness, tone, policy compliance. Return JSON with a score per criterion and a short rationale.",
                               "Does the answer stay grounded in the provided context? Answer PASS or FAIL and explain in one sentence.",
                               "Rate the response 1-10 for faithfulness to the source and completeness. JSON only."])
            sysp = f"You evaluate outputs of our {prod}. {rubric}"
            tz = r.choice([-5, -8, 0, 1])
            vol = int(r.lognormvariate(math.log(700), 0.5))
            nb = r.randint(4, 10)
            model = r.choice([M_CHAT, M_REASON, M_CHAT])
            for b in range(nb):
                t = sample_time(r, tz, r.choice(["business", "nightly"]))
                m = M_NEW if t > RELEASE and r.random() < 0.3 else model
                for _k in range(max(5, vol // nb)):
                    doc = fill_ent(r, r.choice(ENT_JOBS["ticket_classify"][1]))
                    rep = r.choice(["Thanks for reaching out! I've issued a refund for the duplicate charge.", "Please try clearing your cache and re-uploading.",
                                    "According to policy 4.2, employees accrue 1.5 days per month.", "SELECT customer_id, SUM(amount) FROM orders GROUP BY 1;"])
                    u = f"## Context / user input\n{doc}\n\n## Assistant reply\n{rep}\n\nEvaluate."
                    t = self.call(a, t, m, [{"role": "system", "content": sysp}, {"role": "user", "content": u}],
                                  '{"correctness": %d, "helpfulness": %d, "tone": %d, "rationale": "..."}' % (r.randint(2, 5), r.randint(2, 5), r.randint(3, 5)),
                                  err429=0.02, params={"temperature": 0, "response_format": {"type": "json_object"}}, ip=r.choice(ips), ua=ua, kind="judge")
                    t -= r.uniform(3, 40); t += r.uniform(0.3, 3)

    def pop_hackathon(self, n=130):
        """weekend hackathon: sponsor credits on one promo billing profile, accounts made at the venue in one morning"""
        r = self.r
        venue = [self.ip4("38.140") for _ in range(2)]
        promo = "pm_promo_" + self.hx(10)
        org = "org-" + self.hx(20)
        start = D(2026, 12, 18, 16, 30)   # Fri 08:30 PST
        for _ in range(n):
            p = self.person("en", "US"); p["tz"] = -8
            a = self.account("benign", start + r.uniform(0, 3 * 3600), pay=promo, org=org, population="hackathon")
            ua = r.choice([ua_openai_py(r), ua_openai_js(r), ua_agent(r), ua_node(r)])
            t = a["created"] + r.uniform(600, 7200)
            team_task = r.choice(["a Chrome extension that summarizes articles", "a Discord bot for study groups", "a recipe app that plans meals from a fridge photo",
                                  "an accessibility tool that describes images", "a CLI that explains git errors", "a voice journaling app"])
            while t < D(2026, 12, 20, 23) and t < T1:
                venue_time = t < D(2026, 12, 20, 2)
                ip = r.choice(venue) if venue_time else self.pip(p)
                model = r.choice([M_NEW, M_NEW, M_CHAT, M_MINI])
                if ua.startswith(("Cline", "opencode", "Roo", "continue", "aider")):
                    t = self.agent_loop(a, t, model, f"We're building {team_task}. " + fill_rt(r, r.choice(REPO_TASKS)), ua, ip, "cline", "TypeScript", steps=r.randint(3, 9))
                else:
                    for _k in range(r.randint(2, 10)):
                        t = self.call(a, t, model, [{"role": "system", "content": f"You power {team_task}."}, {"role": "user", "content": fill(r, r.choice(CASUAL_TEMPLATES))}],
                                      self.chat_resp("x"), err429=0.03, params={"temperature": 0.7}, ip=ip, ua=ua)
                t += r.expovariate(1 / 3600.0) * (12 if not venue_time else 3.5)

    # =============================================================== CAMPAIGNS
    def wrap(self, item, lang, phr, post, order):
        """combine an item with a reasoning-elicitation phrasing; order is an account habit"""
        if order == 0:
            return phr + "\n\n" + item + ("\n\n" + post if post else "")
        if order == 1:
            return item + "\n\n" + phr + (" " + post if post else "")
        return phr + ("" if lang in ("zh", "ja") else " ") + post + "\n---\n" + item

    def proxy_ip(self, cc):
        """residential proxy exit: a home-ISP address in the chosen country"""
        return self.home_ip(cc) if self.r.random() < 0.9 else self.mobile_ip(cc)

    def camp_hydra(self, n=320):
        """proxy reseller: many cheap accounts on residential exits, extraction mixed with its own customers' real traffic"""
        r = self.r
        cid, tac = "c-hydra", "proxy_pool_mixed_cover"
        cards = [self.card() for _ in range(24)]
        waves = [(D(2026, 11, 2, 6), 60), (D(2026, 11, 16, 3), 70), (D(2026, 11, 27, 14), 70), (D(2026, 12, 6, 1), 80), (D(2026, 12, 16, 2), 40)]
        gsm = list(range(len(self.C.gsm))); r.shuffle(gsm)
        gi = 0
        geo = ["US"] * 7 + ["GB", "DE", "BR", "IN", "JP", "KR", "SG", "TW", "CA", "FR", "MX", "ID", "VN"]
        for wstart, wn in waves:
            for _ in range(wn):
                created = wstart + r.uniform(0, 36 * 3600)
                a = self.account("campaign", created, pay=r.choice(cards) if r.random() < 0.7 else None, campaign_id=cid, tactic=tac)
                ua = r.choice([ua_openai_py(r), ua_openai_py(r), ua_openai_js(r), ua_httpx(r)])
                home_cc = r.choice(geo)
                tz = r.choice(TZ[home_cc])
                langs = r.sample(["zh", "zh", "en", "en", "ru", "es", "pt", "ko"], 2)
                phr = {lg: r.sample(COT[lg], min(len(COT[lg]), r.randint(2, 3))) for lg in sorted(set(langs) | {"en"})}
                order = r.randint(0, 2)
                vol = int(r.lognormvariate(math.log(70), 0.6))
                lo = max(T0, created + 3600)
                if lo >= T1 - 3600:
                    continue
                done = 0
                while done < vol:
                    t = sample_time(r, tz, "personal", lo=lo)
                    cc = home_cc if r.random() < 0.5 else r.choice(geo)
                    ip = self.proxy_ip(cc)
                    for _k in range(r.randint(3, 14)):
                        if t >= T1: break
                        done += 1
                        if r.random() < 0.42:   # a real downstream customer's request relayed through the pool
                            x = r.random()
                            if x < 0.5:
                                turns = self.arena_conv()[:r.randint(1, 2)]
                            elif x < 0.8:
                                turns = [(r.choice(self.C.ah_all), None)]
                            else:
                                turns = [(fill(r, r.choice(CASUAL_TEMPLATES)), None)]
                            t = self.run_chat_session(a, t, self.model_pick(t, [(M_CHAT, 6), (M_MINI, 2), (M_REASON, 2)], adopt=0.2), turns, ua, ip, params={"stream": True}, think=(2, 30))
                            continue
                        lg = r.choice(langs)
                        x = r.random()
                        kind = "math"
                        if x < 0.4:
                            q, ans = self.C.gsm[gsm[gi % len(gsm)]]; gi += 1
                        elif x < 0.62:
                            q, mans, _ = make_math(r, lg if lg in MATH_T[0][0] else "en"); ans = math_resp(lg, mans)
                        elif x < 0.82:
                            q = r.choice(self.C.ah_math + self.C.ah_coding); ans = None; kind = "code" if q in self.C.ah_coding else "math"
                        elif x < 0.92:
                            si = r.choice(self.C.si); inst = si["instances"][0] if si.get("instances") else {}
                            q = si["instruction"] + ("\n" + inst.get("input", "") if inst.get("input") else ""); ans = None; kind = "general"
                        else:   # censorship-safe rewrite of another model's answer
                            src = r.choice(self.C.arena_pairs)[1][:1500]
                            q = (r.choice(["请把下面这段回答改写得中立、稳妥，删去任何可能敏感的政治表述，但保留全部事实和技术细节：", "将以下内容改写为适合在国内平台发布的版本，信息不要丢失：",
                                           "Rewrite the following answer so it is neutral and avoids politically sensitive statements, while keeping every technical detail:"]) + "\n\n" + src)
                            t = self.call(a, t, self.model_pick(t, [(M_CHAT, 1)], adopt=0.3), [{"role": "user", "content": q}], src[:900], params={"temperature": 0.7}, ip=ip, ua=ua)
                            continue
                        pl = lg if lg in phr else "en"
                        prompt = self.wrap(q, pl, r.choice(phr[pl]), r.choice(COT_POST.get(pl, [""])), order)
                        model = self.model_pick(t, [(M_REASON, 8), (M_CHAT, 2)], adopt=0.55)
                        params = {"temperature": r.choice([0.6, 0.8, 1.0]), "max_tokens": r.choice([8192, 16000, 16384])}
                        if model in REASONING_MODELS: params["reasoning_effort"] = "high"
                        resp = (ans.replace("####", "Answer:") if ans else (code_resp(r, "Python", q) if kind == "code" else self.chat_resp(q, pl if pl != "en" else "en") + "\n\nAnswer: " + str(r.randint(2, 999))))
                        t = self.call(a, t, model, [{"role": "user", "content": prompt}], resp, params=params, ip=ip, ua=ua, kind=kind,
                                      reasoning=self.reasoning_for(q, kind, ans) if model in REASONING_MODELS else None, out_scale=2.0)
                        t += r.uniform(5, 90)

    def camp_polyglot(self, n=110):
        """single-persona accounts in several languages, coercing full reasoning traces on a private synthetic problem set"""
        r = self.r
        cid, tac = "c-polyglot", "persona_multilingual_traces"
        plan = ["zh"] * 30 + ["ko"] * 15 + ["ru"] * 15 + ["es"] * 15 + ["pt"] * 12 + ["ar"] * 12 + ["ja"] * 11
        gsm = list(range(len(self.C.gsm))); r.shuffle(gsm)
        gi = 0
        vpn_exits = getattr(self, "vpn_exits", [self.ip4(r.choice(VPN_PREFIX)) for _ in range(50)])
        for lang in plan[:n]:
            created = D(2026, 11, 14) + r.uniform(0, 29 * 86400)
            a = self.account("campaign", created, campaign_id=cid, tactic=tac)
            cc = r.choice(LANG_COUNTRY[lang])
            tz = 8 if lang == "zh" else r.choice(TZ[cc])
            via_vpn = lang == "zh" and r.random() < 0.6
            ua = r.choice([ua_client_app(r), ua_openai_py(r), ua_openai_js(r)])
            phr = r.sample(COT[lang], min(len(COT[lang]), r.randint(2, 3)))
            order = r.randint(0, 2)
            vol = int(r.lognormvariate(math.log(190), 0.45))
            done = 0
            day_ip = {}
            while done < vol:
                t = sample_time(r, tz, "student")
                d = int((t - T0) // 86400)
                if d not in day_ip:
                    day_ip[d] = r.choice(vpn_exits) if via_vpn else self.proxy_ip(cc)
                ip = day_ip[d]
                for _k in range(r.randint(8, 30)):
                    if t >= T1: break
                    done += 1
                    x = r.random()
                    kind = "math"
                    if x < 0.1:   # ordinary-looking chat in the persona's language
                        q = r.choice(ML[lang]).replace("{para}", ML_PARA.get(lang, ""))
                        t = self.call(a, t, self.model_pick(t, [(M_CHAT, 1)]), [{"role": "user", "content": q}], self.chat_resp(q, lang), params={"stream": True}, ip=ip, ua=ua)
                        t += r.uniform(20, 150)
                        continue
                    if x < 0.6:
                        q, mans, _ = make_math(r, lang); ans = None
                    elif x < 0.85:
                        q, ans = self.C.gsm[gsm[gi % len(gsm)]]; gi += 1
                    else:
                        q = r.choice(self.C.ah_math + self.C.ah_coding); ans = None
                        kind = "code" if q in self.C.ah_coding else "math"
                    prompt = self.wrap(q, lang, r.choice(phr), r.choice(COT_POST.get(lang, [""])), order)
                    model = self.model_pick(t, [(M_REASON, 9), (M_CHAT, 1)], adopt=0.65)
                    params = {"max_tokens": r.choice([16384, 32768]), "reasoning_effort": "high"}
                    if r.random() < 0.5: params["stream"] = True
                    resp = math_resp(lang, ans.split("####")[-1].strip() if ans else (mans if x < 0.6 else "…"))
                    msgs = [{"role": "user", "content": prompt}]
                    conv = None
                    t = self.call(a, t, model, msgs, resp, params=params, ip=ip, ua=ua, kind=kind, out_scale=3.0,
                                  reasoning=self.reasoning_for(q, kind, ans) if model in REASONING_MODELS else None)
                    if r.random() < 0.12:   # follow-up asking to expand a step (more trace, looks like a confused student)
                        fu = {"zh": "第二步能再详细解释一下吗？为什么要这样算？", "ko": "두 번째 단계를 더 자세히 설명해 주세요.", "ru": "Можешь подробнее объяснить второй шаг?",
                              "es": "¿Puedes explicar con más detalle el segundo paso?", "pt": "Pode explicar melhor o segundo passo?", "ar": "هل يمكنك شرح الخطوة الثانية بتفصيل أكثر؟",
                              "ja": "2番目のステップをもっと詳しく説明してください。"}[lang]
                        done += 1
                        t = self.call(a, t + r.uniform(20, 90), model, msgs + [{"role": "assistant", "content": resp}, {"role": "user", "content": fu}], self.chat_resp(fu, lang),
                                      params=params, ip=ip, ua=ua, kind=kind, out_scale=3.0)
                    t += r.uniform(25, 140)

    def camp_judge(self, norgs=3, per_org=10):
        """front companies using the model as a reward model: rubric scores, pairwise preferences, critique-and-rewrite"""
        r = self.r
        cid, tac = "c-judge", "reward_model_grading"
        house = [
            ("You are an expert evaluator for an AI assistant quality program.", "Evaluate the RESPONSE to the PROMPT. For each criterion ({crit}) give an integer score 1-10 and a detailed justification that explains your reasoning. Then give an overall score. Output JSON."),
            ("You are a senior reviewer comparing two candidate answers.", "Compare ANSWER 1 and ANSWER 2 for the QUESTION. Think carefully about {crit}. Explain which is better and why, point by point, then output {{\"preferred\": 1 or 2, \"margin\": 1-3}}."),
            ("You are a meticulous grader.", "Critique the response below with respect to {crit}. List every flaw. Then write a revised response that would deserve a perfect score."),
        ]
        crits = ["factual accuracy", "depth of reasoning", "instruction following", "clarity", "harmlessness", "completeness", "code correctness", "conciseness"]
        for oi in range(norgs):
            org = "org-" + self.hx(20); card = self.card()
            cloud = r.choice(["aws", "gcp", "azure"])
            ips = [self.cloud_ip(cloud) for _ in range(3)]
            founded = D(2026, 10, 8) + r.uniform(0, 20) * 86400
            sysh, tplh = house[oi % 3]
            mix = [0.5, 0.3, 0.2] if oi == 0 else [0.2, 0.6, 0.2] if oi == 1 else [0.3, 0.2, 0.5]
            for _ in range(per_org):
                a = self.account("campaign", founded + r.uniform(0, 5) * 86400, pay=card, org=org, campaign_id=cid, tactic=tac, nkeys=2)
                ua = r.choice([ua_openai_py(r), ua_httpx(r)])
                mycrit = r.sample(crits, 4)
                vol = int(r.lognormvariate(math.log(480), 0.35))
                nb = r.randint(8, 16)
                for b in range(nb):
                    t = sample_time(r, r.choice([-5, 0, 8]), "flat")
                    for _k in range(vol // nb):
                        if t >= T1: break
                        mode = r.choices([0, 1, 2], weights=mix)[0]
                        crit = ", ".join(r.sample(mycrit, r.randint(2, 4)))
                        src = r.random()
                        if src < 0.45:
                            q, A = r.choice(self.C.arena_pairs)
                        elif src < 0.7:
                            q, A = r.choice(self.C.gsm); A = A.replace("####", "Answer:")
                            if r.random() < 0.4:   # inject an arithmetic slip so the grader has something to find
                                A = A.replace("=", "= " + str(r.randint(2, 99)) + " ≈", 1)
                        elif src < 0.9:
                            q = r.choice(self.C.ah_all); A = self.chat_resp(q)
                        else:
                            si = r.choice(self.C.si); q = si["instruction"]; A = (si["instances"][0].get("output", "") if si.get("instances") else "") or self.chat_resp(q)
                        q = q[:2500]; A = A[:1500]
                        if mode == 0:
                            u = f"PROMPT:\n{q}\n\nRESPONSE:\n{A}"
                            resp = '{"scores": {%s}, "justification": "The response ... ", "overall": %d}' % (", ".join(f'"{c}": {r.randint(3, 10)}' for c in crit.split(", ")), r.randint(3, 10))
                        elif mode == 1:
                            B = r.choice(self.C.arena_pairs)[1][:1200] if r.random() < 0.3 else (A[: len(A) // 2] + " ...") if r.random() < 0.5 else self.chat_resp(q)
                            if r.random() < 0.5: A, B = B, A
                            u = f"QUESTION:\n{q}\n\nANSWER 1:\n{A}\n\nANSWER 2:\n{B}"
                            resp = "Point by point: ... Answer %d handles the core requirement correctly. {\"preferred\": %d, \"margin\": %d}" % ((p := r.randint(1, 2)), p, r.randint(1, 3))
                        else:
                            u = f"{q}\n\n--- response ---\n{A}"
                            resp = "Flaws:\n1. ...\n2. ...\n\nRevised response:\n" + A[:600]
                        model = self.model_pick(t, [(M_REASON, 6), (M_CHAT, 4)], adopt=0.45)
                        params = {"temperature": 0, "max_tokens": 4096}
                        if mode == 0: params["response_format"] = {"type": "json_object"}
                        t = self.call(a, t, model, [{"role": "system", "content": sysh}, {"role": "user", "content": tplh.format(crit=crit) + "\n\n" + u}], resp, err429=0.02,
                                      params=params, ip=r.choice(ips), ua=ua, key=r.choice(a["keys"]), kind="judge", out_scale=2.0)
                        t -= r.uniform(3, 40); t += r.uniform(1.5, 9)

    def camp_agent(self, n=90):
        """accounts posing as coding-agent users, replaying a private bank of greenfield tasks to harvest full tool-use trajectories"""
        r = self.r
        cid, tac = "c-agent", "synthetic_agent_trajectories"
        bank = [(w, x, l, f) for w in GF_WHAT for x in GF_EXTRA for l in GF_LANG for f in GF_FRAME]
        r.shuffle(bank)
        per = len(bank) // n
        waves = [D(2026, 11, 20, 15), D(2026, 12, 9, 15)]
        for i in range(n):
            created = waves[i % 2] + r.uniform(0, 30 * 3600)
            a = self.account("campaign", created, campaign_id=cid, tactic=tac)
            cc = r.choice(["US", "US", "US", "GB", "DE", "CA", "NL", "PL"])
            tz = r.choice(TZ[cc])
            ua = ua_agent(r)
            sysname = "cline" if ua.startswith("Cline") else "roo" if ua.startswith("Roo") else "opencode"
            shard = bank[i * per:(i + 1) * per]
            ntask = int(r.lognormvariate(math.log(26), 0.4))
            day_ip = {}
            for k in range(min(ntask, len(shard))):
                w, x, l, f = shard[k]
                task = f.format(w=w, x=x, l=l)
                t = sample_time(r, tz, "dev")
                d = int((t - T0) // 86400)
                if d not in day_ip: day_ip[d] = self.proxy_ip(cc)
                model = self.model_pick(t, [(M_REASON, 6), (M_CHAT, 4)], adopt=0.6)
                self.agent_loop(a, t, model, task, ua, day_ip[d], sysname, l, steps=r.randint(6, 12), greenfield=True, think=(1, 12))

    def camp_relay(self, neu=260):
        """hides as end users of the API reseller; end users split GSM8K and a self-instruct bootstrap between them"""
        r = self.r
        cid, tac = "c-relay", "reseller_enduser_partition"
        gsm = list(range(len(self.C.gsm))); r.shuffle(gsm)
        per = 22
        eu_accts = {}
        ph_en = ["Answer with a complete step-by-step solution.", "Reason carefully and write every step.", "Show your full work, then the final number."]
        for j in range(neu):
            eu = "u_" + self.hx(12)
            eu_accts[eu] = set()
            lg = r.choice(["en", "en", "zh"])
            items = gsm[j * per:(j + 1) * per]
            bursts = r.randint(1, 3)
            todo = []
            for i in items:
                todo.append(("gsm", i))
            for _ in range(r.randint(6, 20)):
                todo.append(("si", None))
            for _ in range(r.randint(2, 8)):
                todo.append(("ah", None))
            r.shuffle(todo)
            chunks = [todo[k::bursts] for k in range(bursts)]
            for ch in chunks:
                t = sample_time(r, r.choice([8, -5, 0]), "flat")
                for kind, i in ch:
                    if t >= T1: break
                    a = r.choice(self.res_accts)
                    eu_accts[eu].add(a["id"])
                    model = self.model_pick(t, [(M_REASON, 7), (M_CHAT, 3)], adopt=0.5)
                    params = {"stream": r.random() < 0.7, "max_tokens": 8192}
                    if kind == "gsm":
                        q, ans = self.C.gsm[i]
                        p = (r.choice(COT["zh"]) + "\n" + q) if lg == "zh" else (q + "\n" + r.choice(ph_en))
                        t = self.call(a, t, model, [{"role": "user", "content": p}], ans.replace("####", "Answer:"), params=params, ip=r.choice(self.res_ips), ua=self.res_ua,
                                      end_user=eu, key=r.choice(a["keys"]), kind="math", reasoning=self.reasoning_for(q, "math", ans) if model in REASONING_MODELS else None)
                    elif kind == "si":
                        ex = r.sample(self.C.si, 3)
                        if r.random() < 0.5:
                            p = ("I'm building a list of varied assignments for an assistant. Examples:\n" + "\n".join(f"- {e['instruction']}" for e in ex) +
                                 f"\n\nWrite {r.choice([8, 10, 12, 15])} new assignments that differ from these in topic and format. Number them.")
                            resp = "\n".join(f"{k + 1}. " + r.choice(self.C.si)["instruction"] for k in range(8))
                        else:
                            e = ex[0]; inst = e["instances"][0] if e.get("instances") else {}
                            p = e["instruction"] + ("\n\n" + inst["input"] if inst.get("input") else "") + "\n\nGive the best possible, thorough answer."
                            resp = (inst.get("output") or "")[:1200] or self.chat_resp(p)
                        t = self.call(a, t, model, [{"role": "user", "content": p}], resp, params=params, ip=r.choice(self.res_ips), ua=self.res_ua, end_user=eu, key=r.choice(a["keys"]))
                    else:
                        q = r.choice(self.C.ah_all)
                        t = self.call(a, t, model, [{"role": "user", "content": q + "\n\n" + r.choice(ph_en)}], self.chat_resp(q), params=params, ip=r.choice(self.res_ips),
                                      ua=self.res_ua, end_user=eu, key=r.choice(a["keys"]))
                    t += r.uniform(2, 25)
        for eu, s in eu_accts.items():
            if s:
                self.end_user_labels[eu] = {"account_ids": sorted(s), "label": "campaign", "campaign_id": cid, "tactic": tac, "held_out": True}

    def camp_sleeper(self, n=50):
        """aged accounts bought on the grey market: power-user-looking sessions probing capabilities, identity, then the new model"""
        r = self.r
        cid, tac = "c-sleeper", "aged_accounts_capability_probe"
        cats = self.C.ah_coding + self.C.ah_math + self.C.ah_creative + [x["prompt"] for x in self.C.ah1]
        r.shuffle(cats)
        ci = 0
        fups = ["Explain how you decided on that approach, step by step.", "Walk me through your reasoning in more depth.", "What alternatives did you consider and why did you reject them?",
                "Now solve it again but show all intermediate reasoning.", "Which parts are you least sure about, and why?"]
        for _ in range(n):
            created = D(2024, 3, 1) + r.uniform(0, 560) * 86400
            p = self.person(r.choice(["en", "en", "en", "de", "ja", "ko"]))
            a = self.account("campaign", created, campaign_id=cid, tactic=tac)
            ua = r.choice([ua_client_app(r), ua_openai_py(r)])
            vol = int(r.lognormvariate(math.log(85), 0.4))
            done = 0
            first = True
            while done < vol:
                lo = RELEASE if r.random() < 0.55 else T0
                t = sample_time(r, p["tz"], "personal", lo=lo)
                turns = []
                if first or r.random() < 0.08:
                    turns.append((r.choice(IDENTITY_Q + self.C.sysx[:12]), "I'm a Nova model. I don't have a hidden system prompt here."))
                    first = False
                q = cats[ci % len(cats)]; ci += 1
                turns.append((q, None))
                for _k in range(r.randint(1, 3)):
                    turns.append((r.choice(fups), None))
                model = M_NEW if t > RELEASE and r.random() < 0.8 else r.choice([M_REASON, M_CHAT])
                self.run_chat_session(a, t, model, turns, ua, self.pip(p), params={"stream": True, "reasoning_effort": "high"} if model in REASONING_MODELS else {"stream": True},
                                      think=(40, 300), vary=False)
                done += len(turns)

    # =============================================================== output
    def write(self, out):
        os.makedirs(out, exist_ok=True)
        recs = [x for x in self.recs if T0 <= self._ts(x) < T1]
        recs.sort(key=lambda x: x["ts"])
        with open(os.path.join(out, "traffic.jsonl.gz"), "wb") as raw, gzip.GzipFile(filename="", mode="wb", compresslevel=6, fileobj=raw, mtime=0) as f:
            buf = []
            for x in recs:
                x = {k: v for k, v in x.items() if v is not None}
                buf.append(orjson.dumps(x))
                if len(buf) >= 5000:
                    f.write(b"\n".join(buf) + b"\n"); buf = []
            if buf:
                f.write(b"\n".join(buf) + b"\n")
        seen = {x["account_id"] for x in recs}
        accounts = {k: v for k, v in self.labels.items() if k in seen}
        lab = {"version": 1, "accounts": accounts}
        if self.end_user_labels:
            lab["end_users"] = self.end_user_labels
        with open(os.path.join(out, "labels.json"), "w") as f:
            json.dump(lab, f, indent=1, sort_keys=True)
        return recs, accounts

    @staticmethod
    def _ts(x):
        return dt.datetime.strptime(x["ts"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261214)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    g = Gen(args.seed)
    # benign
    g.pop_casual(); g.pop_multilingual(); g.pop_developer(); g.pop_coding_agent(); g.pop_corporate(); g.pop_university()
    g.pop_student(); g.pop_eval_lab(); g.pop_enterprise(); g.pop_saas(); g.pop_reseller(); g.pop_vpn(); g.pop_researcher()
    g.pop_roleplay(); g.pop_power(); g.pop_translator(); g.pop_llm_judge(); g.pop_hackathon()
    # campaigns
    g.camp_hydra(); g.camp_polyglot(); g.camp_judge(); g.camp_agent(); g.camp_relay(); g.camp_sleeper()
    recs, accounts = g.write(args.out)
    from collections import Counter
    byacct = Counter(x["account_id"] for x in recs)
    grp = Counter(); ex = Counter()
    for aid, lab in accounts.items():
        k = lab.get("population") or lab.get("campaign_id")
        grp[k] += 1; ex[k] += byacct[aid]
    eu_ex = Counter(x["end_user"] for x in recs if x.get("end_user") in g.end_user_labels)
    print(f"exchanges {len(recs)}  accounts {len(accounts)}  campaign accounts {sum(1 for v in accounts.values() if v['label'] == 'campaign')}")
    for k in sorted(grp, key=lambda k: (k.startswith("c-"), k)):
        print(f"  {k:28s} accounts {grp[k]:5d}  exchanges {ex[k]:7d}")
    print(f"  campaign end users {len(g.end_user_labels)}  their exchanges {sum(eu_ex.values())}")

if __name__ == "__main__":
    main()
