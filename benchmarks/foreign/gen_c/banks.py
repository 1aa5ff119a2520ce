# -*- coding: utf-8 -*-
"""Static text banks, IP ranges and client strings for gen_c (hand-written; no corpus text)."""

# ---------------------------------------------------------------- countries
# code: (utc offset hours, [(lang, p)], weight for general customers)
COUNTRIES = {
    "US": (-5, [("en", 0.93), ("es", 0.07)], 16), "CA": (-5, [("en", 0.85), ("fr", 0.15)], 3),
    "GB": (0, [("en", 1.0)], 6), "IE": (0, [("en", 1.0)], 0.8), "DE": (1, [("de", 0.7), ("en", 0.3)], 9),
    "AT": (1, [("de", 0.75), ("en", 0.25)], 1), "CH": (1, [("de", 0.5), ("fr", 0.25), ("en", 0.25)], 1.5),
    "FR": (1, [("fr", 0.8), ("en", 0.2)], 7), "BE": (1, [("fr", 0.4), ("nl", 0.4), ("en", 0.2)], 1),
    "ES": (1, [("es", 0.8), ("en", 0.2)], 4), "MX": (-6, [("es", 0.9), ("en", 0.1)], 2),
    "AR": (-3, [("es", 0.9), ("en", 0.1)], 1), "CO": (-5, [("es", 0.9), ("en", 0.1)], 1),
    "IT": (1, [("it", 0.8), ("en", 0.2)], 4), "PL": (1, [("pl", 0.7), ("en", 0.3)], 3),
    "NL": (1, [("nl", 0.5), ("en", 0.5)], 3), "SE": (1, [("sv", 0.45), ("en", 0.55)], 1.5),
    "PT": (0, [("pt", 0.8), ("en", 0.2)], 1), "BR": (-3, [("pt", 0.9), ("en", 0.1)], 4),
    "TR": (3, [("tr", 0.8), ("en", 0.2)], 2), "EG": (2, [("ar", 0.7), ("en", 0.3)], 1),
    "SA": (3, [("ar", 0.7), ("en", 0.3)], 1), "AE": (4, [("en", 0.6), ("ar", 0.3), ("hi", 0.1)], 1.5),
    "MA": (1, [("fr", 0.5), ("ar", 0.5)], 0.5), "IN": (5.5, [("en", 0.75), ("hi", 0.25)], 7),
    "JP": (9, [("ja", 0.85), ("en", 0.15)], 4), "KR": (9, [("ko", 0.85), ("en", 0.15)], 3),
    "CN": (8, [("zh", 0.95), ("en", 0.05)], 0.6), "TW": (8, [("zh", 0.9), ("en", 0.1)], 1),
    "HK": (8, [("zh", 0.6), ("en", 0.4)], 1), "SG": (8, [("en", 0.8), ("zh", 0.2)], 2),
    "RU": (3, [("ru", 0.95), ("en", 0.05)], 0.5), "UA": (2, [("uk", 0.6), ("ru", 0.2), ("en", 0.2)], 1),
    "VN": (7, [("vi", 0.85), ("en", 0.15)], 1.5), "ID": (7, [("id", 0.8), ("en", 0.2)], 1.5),
    "PH": (8, [("en", 1.0)], 1), "NG": (1, [("en", 1.0)], 1), "KE": (3, [("en", 1.0)], 0.5),
    "AU": (10, [("en", 1.0)], 2),
}

# residential prefixes (first two octets) and mobile CGNAT-ish prefixes per country (plausible, not exact)
RES = {
    "US": ["73.", "98.", "24.", "68.", "71.", "76.", "99.", "108.", "174.", "47.1"],
    "CA": ["24.1", "70.", "99.2", "142.1", "174.9"], "GB": ["81.1", "86.1", "90.2", "92.2", "109.1", "2.9"],
    "IE": ["86.4", "89.1", "109.7"], "DE": ["84.1", "79.2", "91.6", "93.2", "87.1", "178.2", "188.1"],
    "AT": ["84.11", "91.11", "178.1"], "CH": ["83.7", "85.1", "178.19", "213.55."],
    "FR": ["82.6", "86.2", "90.3", "88.1", "176.1", "78.2"], "BE": ["81.24", "84.19", "91.18"],
    "ES": ["83.4", "88.2", "79.15", "80.3", "95.12"], "MX": ["187.1", "189.2", "201.1"],
    "AR": ["181.4", "186.1", "190.1"], "CO": ["181.5", "186.8", "190.2"], "IT": ["79.4", "87.1", "93.4", "151.3", "2.3"],
    "PL": ["83.2", "89.6", "178.4", "31.1", "91.2"], "NL": ["83.8", "84.8", "145.13", "77.16", "62.19"],
    "SE": ["78.7", "83.25", "90.22"], "PT": ["85.24", "94.6", "188.8"], "BR": ["177.1", "179.2", "187.3", "189.4", "200.1"],
    "TR": ["78.1", "85.9", "88.24", "176.2"], "EG": ["41.3", "156.2", "197.3"], "SA": ["94.9", "188.4", "212.1"],
    "AE": ["94.2", "83.11", "2.5"], "MA": ["41.14", "105.6", "196.6"], "IN": ["49.3", "117.2", "122.1", "106.2", "103.2"],
    "JP": ["126.", "153.1", "180.1", "219.1", "60.1"], "KR": ["121.1", "211.2", "175.1", "59.1"],
    "CN": ["114.2", "117.1", "183.1", "221.2"], "TW": ["1.16", "36.22", "111.2", "114.3"], "HK": ["42.2", "112.1", "218.10"],
    "SG": ["116.8", "118.18", "219.74"], "RU": ["95.2", "178.6", "46.1", "5.1"], "UA": ["91.2", "93.7", "176.3"],
    "VN": ["113.1", "14.1", "171.2", "27.6"], "ID": ["36.7", "114.12", "180.24", "182.1"], "PH": ["112.19", "49.14", "120.2"],
    "NG": ["102.8", "105.11", "197.21"], "KE": ["41.8", "105.16", "197.23"], "AU": ["1.1", "101.1", "110.2", "120.15"],
}
MOB = {"US": ["172.5", "174.2"], "DE": ["109.4", "176.0"], "FR": ["37.1", "92.18"], "GB": ["82.13", "31.9"],
       "IN": ["157.4", "223.1"], "JP": ["1.7", "49.1"], "BR": ["179.9", "191.2"], "ES": ["88.1", "37.2"],
       "IT": ["5.9", "151.5"], "PL": ["37.24", "188.14"], "KR": ["223.3", "39.7"], "TR": ["31.22", "46.1"]}
V6 = {"DE": "2003:", "FR": "2a01:e0a:", "US": "2601:", "JP": "240b:", "IN": "2409:40", "GB": "2a00:23c", "NL": "2a02:a4",
      "BR": "2804:", "PL": "2a02:a31", "ES": "2a0c:5a8", "IT": "2001:b07:"}
CLOUD = {
    "aws_us": ["3.8", "18.2", "44.19", "52.9", "54.1"], "aws_eu": ["3.12", "18.15", "52.28", "35.15", "63.3"],
    "aws_ap": ["13.21", "18.13", "52.19", "54.25"], "gcp": ["34.3", "34.1", "35.18", "35.23", "104.19"],
    "azure": ["20.10", "20.4", "40.11", "52.23", "4.17"], "hetzner": ["65.108.", "65.109.", "95.216.", "135.181.", "88.198."],
    "ovh": ["51.68.", "51.77.", "54.36.", "147.135.", "51.210."], "scaleway": ["51.15.", "51.158.", "163.172.", "62.210."],
    "do": ["164.90.", "143.198.", "159.89.", "167.99.", "138.68."], "alibaba": ["47.74.", "47.88.", "47.236.", "8.219.", "47.245."],
    "tencent": ["43.134.", "43.156.", "119.28.", "162.14.", "43.163."], "vultr": ["45.76.", "45.77.", "149.28.", "207.148.", "45.32."],
    "linode": ["172.104.", "139.162.", "172.105."], "oracle": ["129.146.", "152.70.", "140.238."],
    "gha": ["20.10", "4.14", "172.18", "40.84."],  # CI runners
}
VPN = ["185.65.134.", "185.65.135.", "193.138.218.", "89.187.16", "89.187.17", "156.146.5", "185.159.15", "149.102.2",
       "37.120.2", "195.181.16", "138.199.", "146.70.", "212.102.3", "31.171.15"]
TOR = ["185.220.100.", "185.220.101.", "185.220.102.", "192.42.116.", "109.70.100.", "171.25.193.", "199.249.230.",
       "204.8.96.", "45.141.215.", "107.189.1"]
ZSCALER = ["165.225.", "136.226.", "147.161.", "185.46.21"]
UNIV = {"DE": "129.187.", "CH": "129.132.", "GB": "129.67.", "US": "171.64.", "CN": "166.111.", "KR": "143.248.",
        "IN": "14.139.", "FR": "134.157.", "IT": "151.100.", "PL": "193.0.", "NL": "131.180.", "JP": "133.11.",
        "SG": "137.132.", "CA": "128.100.", "SE": "130.237.", "ES": "147.96.", "BR": "143.107.", "TR": "144.122."}

# ---------------------------------------------------------------- clients
SDK_PY = ["OpenAI/Python 1.54.4", "OpenAI/Python 1.57.2", "OpenAI/Python 1.58.1", "OpenAI/Python 1.59.7",
          "OpenAI/Python 1.61.0", "AsyncOpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.2"]
SDK_JS = ["OpenAI/JS 4.73.1", "OpenAI/JS 4.77.0", "OpenAI/JS 4.79.1", "OpenAI/JS 4.80.0"]
VELA_SDK = ["vela-python/2.3.1", "vela-python/2.4.0", "vela-python/2.4.2", "vela-js/1.9.2", "vela-js/1.10.0"]
HTTP_LIBS = ["python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.2", "python-httpx/0.28.1",
             "axios/1.7.9", "node-fetch/1.0", "Go-http-client/2.0", "curl/8.5.0", "okhttp/4.12.0"]
FRAMEWORK = ["litellm/1.55.10", "litellm/1.57.1", "langchain-openai/0.2.14 OpenAI/Python 1.58.1",
             "llama-index/0.12.8 OpenAI/Python 1.57.2", "Vercel AI SDK/4.0.22"]
CHAT_APPS = ["Chatbox/1.9.1 (Windows)", "Chatbox/1.9.3 (macOS)", "LibreChat/0.7.6", "OpenWebUI/0.5.4", "LobeChat/1.42.0",
             "NextChat/2.15.8", "Msty/1.4.6", "BoltAI/1.29 (macOS)", "Jan/0.5.12", "TypingMind/2025.1"]
RP_APPS = ["SillyTavern/1.12.10", "SillyTavern/1.12.11", "RisuAI/141.0.0", "Agnai/1.0", "KoboldAI-Lite/2024"]
AGENTS = ["Cline/3.1.8", "Cline/3.2.0", "RooCode/3.3.20", "aider/0.70.0", "aider/0.72.1", "continue/0.9.250",
          "opencode/0.1.140", "Zed/0.169.2", "goose/1.0.3", "OpenHands/0.18.0"]
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
]
MOBILE_APPS = ["VelaChat/3.4.1 (iPhone; iOS 18.2)", "VelaChat/3.4.0 (Android 14; Pixel 8)", "VelaChat/3.4.1 (Android 15; SM-S921B)"]
SEC_TOOLS = ["garak/0.10.1", "promptfoo/0.103.5", "PyRIT/0.5.2 OpenAI/Python 1.58.1", "python-requests/2.32.3"]
EVAL_TOOLS = ["lm-eval/0.4.7 OpenAI/Python 1.57.2", "inspect_ai/0.3.58 OpenAI/Python 1.59.7", "OpenAI/Python 1.58.1",
              "python-requests/2.31.0", "python-httpx/0.28.1", "OpenAI/Python 1.54.4", "openai-evals/3.0 OpenAI/Python 1.52.0"]

# ---------------------------------------------------------------- general prompts per language
LANG = {
 "de": dict(
  tpl=["Kannst du mir {t} in einfachen Worten erklären?", "Was muss ich über {t} wissen?", "Gib mir fünf praktische Tipps zu {t}.",
       "Schreib mir einen kurzen Absatz über {t}, bitte locker formuliert.", "Ich verstehe {t} nicht ganz. Wo fange ich am besten an?",
       "Fass die wichtigsten Punkte zu {t} zusammen.", "Welche typischen Fehler macht man bei {t}?", "Erstelle eine Checkliste für {t}."],
  top=["die Steuererklärung als Freiberufler", "Python-Decorators", "den Unterschied zwischen GmbH und UG", "Sauerteigbrot",
       "die Mietpreisbremse", "Photosynthese", "ein Vorstellungsgespräch bei einer Bank", "Docker-Container", "den Bruchrechnen-Stoff der 6. Klasse",
       "Elterngeld", "die Energiewende", "Marathontraining für Anfänger", "Kubernetes-Ingress", "die Weimarer Republik"],
  solo=["Schreib eine höfliche E-Mail an meinen Vermieter, dass die Heizung seit drei Tagen ausgefallen ist.",
        "Wie formuliere ich eine Kündigung für mein Fitnessstudio?", "Was koche ich heute Abend mit Kartoffeln, Lauch und Speck?",
        "Übersetze ins Englische: Wir melden uns nächste Woche mit einem Angebot.", "Warum ist der Himmel blau? Kurz bitte."],
  fu=["Danke! Kannst du das noch etwas kürzer machen?", "Und wie wäre das für Anfänger?", "Kannst du ein Beispiel geben?"],
  resp=["Gerne! Hier ist ein kurzer Überblick zu {t}:\n\n1. Grundidee: ...\n2. Worauf du achten solltest: ...\n3. Nächste Schritte: ...",
        "Gute Frage. Bei {t} geht es im Kern um Folgendes: ... Wenn du magst, kann ich auf einzelne Punkte genauer eingehen."]),
 "fr": dict(
  tpl=["Peux-tu m'expliquer {t} simplement ?", "Qu'est-ce que je dois savoir sur {t} ?", "Donne-moi cinq conseils pratiques pour {t}.",
       "Rédige un court paragraphe sur {t}.", "Résume les points essentiels de {t}.", "Quelles sont les erreurs fréquentes avec {t} ?",
       "Fais-moi une liste de vérification pour {t}.", "Je bloque sur {t}, tu peux m'aider ?"],
  top=["la déclaration d'impôts", "les fonctions fléchées en JavaScript", "la Révolution française", "une lettre de motivation",
       "le bail de location", "la photosynthèse", "les équations du second degré", "le télétravail", "React et les hooks",
       "la retraite complémentaire", "un voyage à Lyon", "le machine learning supervisé"],
  solo=["Écris un mail poli à mon propriétaire : le chauffe-eau est en panne depuis lundi.", "Quelle recette avec des poireaux et du chèvre ?",
        "Corrige l'orthographe : je les ai vu hier et ils mon dit que sa allait.", "Traduis en anglais : nous revenons vers vous rapidement."],
  fu=["Merci ! Tu peux raccourcir ?", "Et avec un exemple concret ?", "Peux-tu le dire plus simplement ?"],
  resp=["Bien sûr ! Voici l'essentiel sur {t} :\n\n- Principe : ...\n- Points d'attention : ...\n- Pour aller plus loin : ...",
        "Bonne question. Pour {t}, il faut surtout retenir que ... Je peux détailler si besoin."]),
 "es": dict(
  tpl=["¿Me puedes explicar {t} de forma sencilla?", "¿Qué debo saber sobre {t}?", "Dame cinco consejos prácticos sobre {t}.",
       "Escribe un párrafo corto sobre {t}.", "Resume los puntos clave de {t}.", "¿Cuáles son los errores más comunes con {t}?",
       "Hazme una lista de pasos para {t}.", "No entiendo bien {t}, ¿por dónde empiezo?"],
  top=["la declaración de la renta", "las listas en Python", "la Guerra Civil española", "una carta de presentación", "el contrato de alquiler",
       "la fotosíntesis", "las ecuaciones de segundo grado", "el marketing digital", "las APIs REST", "el ahorro para la jubilación",
       "un viaje a Oaxaca", "las redes neuronales"],
  solo=["Escribe un correo a mi casero: la calefacción no funciona desde el lunes.", "¿Qué puedo cocinar con arroz, garbanzos y espinacas?",
        "Traduce al inglés: le enviaremos la factura mañana.", "¿Por qué el cielo es azul? En dos frases."],
  fu=["¡Gracias! ¿Puedes resumirlo más?", "¿Y con un ejemplo?", "¿Cómo sería para principiantes?"],
  resp=["¡Claro! Esto es lo esencial sobre {t}:\n\n1. Idea principal: ...\n2. Qué tener en cuenta: ...\n3. Siguientes pasos: ...",
        "Buena pregunta. Sobre {t}, lo más importante es que ... Si quieres, lo desarrollo más."]),
 "it": dict(
  tpl=["Mi spieghi {t} in modo semplice?", "Cosa devo sapere su {t}?", "Dammi cinque consigli pratici su {t}.", "Scrivi un breve paragrafo su {t}.",
       "Riassumi i punti chiave di {t}.", "Quali sono gli errori più comuni con {t}?", "Fammi una checklist per {t}."],
  top=["la dichiarazione dei redditi", "le liste in Python", "il Risorgimento", "una lettera di presentazione", "il contratto d'affitto",
       "la fotosintesi", "le equazioni di secondo grado", "la partita IVA forfettaria", "Docker", "la carbonara vera", "un viaggio in Sicilia"],
  solo=["Scrivi una mail al mio padrone di casa: la caldaia è rotta da lunedì.", "Traduci in inglese: vi invieremo il preventivo domani."],
  fu=["Grazie! Puoi accorciarlo?", "Mi fai un esempio?"],
  resp=["Certo! Ecco l'essenziale su {t}:\n\n- Concetto base: ...\n- Attenzione a: ...\n- Prossimi passi: ...", "Bella domanda. Su {t} il punto chiave è che ..."]),
 "pl": dict(
  tpl=["Wyjaśnij mi prosto {t}.", "Co powinienem wiedzieć o {t}?", "Podaj pięć praktycznych wskazówek dotyczących {t}.", "Napisz krótki akapit o {t}.",
       "Streść najważniejsze punkty: {t}.", "Jakie są typowe błędy przy {t}?"],
  top=["rozliczeniu PIT", "listach w Pythonie", "historii Solidarności", "liście motywacyjnym", "umowie najmu", "fotosyntezie",
       "równaniach kwadratowych", "kredycie hipotecznym", "Reactcie", "diecie śródziemnomorskiej"],
  solo=["Napisz maila do właściciela mieszkania, że od poniedziałku nie działa ogrzewanie.", "Przetłumacz na angielski: prześlemy fakturę jutro."],
  fu=["Dzięki! Możesz krócej?", "A przykład?"],
  resp=["Jasne! Najważniejsze informacje o {t}:\n\n1. ...\n2. ...\n3. ...", "Dobre pytanie. W skrócie: ..."]),
 "nl": dict(
  tpl=["Kun je {t} eenvoudig uitleggen?", "Wat moet ik weten over {t}?", "Geef me vijf praktische tips over {t}.", "Schrijf een korte alinea over {t}.",
       "Vat de belangrijkste punten van {t} samen."],
  top=["de belastingaangifte", "Python-lijsten", "de Gouden Eeuw", "een sollicitatiebrief", "het huurcontract", "fotosynthese",
       "hypotheekrente", "TypeScript-generics", "de energietransitie"],
  solo=["Schrijf een beleefde mail aan mijn verhuurder: de verwarming doet het sinds maandag niet.", "Vertaal naar het Engels: we sturen de offerte morgen."],
  fu=["Bedankt! Kan het korter?", "Heb je een voorbeeld?"],
  resp=["Zeker! Het belangrijkste over {t}:\n\n- ...\n- ...\n- ...", "Goede vraag. Kort gezegd: ..."]),
 "sv": dict(
  tpl=["Kan du förklara {t} enkelt?", "Vad behöver jag veta om {t}?", "Ge mig fem tips om {t}.", "Sammanfatta det viktigaste om {t}."],
  top=["deklarationen", "Python-listor", "stormaktstiden", "ett personligt brev", "hyreskontraktet", "fotosyntesen", "bolån"],
  solo=["Skriv ett artigt mejl till min hyresvärd om att elementen är kalla."], fu=["Tack! Kortare?", "Ett exempel?"],
  resp=["Absolut! Det viktigaste om {t}:\n\n1. ...\n2. ...", "Bra fråga. Kort sagt: ..."]),
 "pt": dict(
  tpl=["Pode me explicar {t} de forma simples?", "O que eu preciso saber sobre {t}?", "Me dê cinco dicas práticas sobre {t}.",
       "Escreva um parágrafo curto sobre {t}.", "Resuma os pontos principais de {t}.", "Quais são os erros mais comuns em {t}?"],
  top=["o imposto de renda", "listas em Python", "a Independência do Brasil", "uma carta de apresentação", "o contrato de aluguel",
       "a fotossíntese", "equações do segundo grau", "o ENEM", "APIs REST", "investimentos em renda fixa", "uma viagem a Lisboa"],
  solo=["Escreva um e-mail para o meu senhorio: o aquecedor está quebrado desde segunda.", "Traduza para o inglês: enviaremos a fatura amanhã."],
  fu=["Valeu! Pode resumir?", "E um exemplo?"],
  resp=["Claro! Aqui está o essencial sobre {t}:\n\n1. ...\n2. ...\n3. ...", "Boa pergunta. Resumindo: ..."]),
 "tr": dict(
  tpl=["{t} konusunu basitçe açıklar mısın?", "{t} hakkında ne bilmeliyim?", "{t} için beş pratik ipucu ver.", "{t} hakkında kısa bir paragraf yaz.",
       "{t} konusundaki yaygın hatalar neler?"],
  top=["vergi beyannamesi", "Python listeleri", "Osmanlı İmparatorluğu'nun çöküşü", "ön yazı", "kira sözleşmesi", "fotosentez",
       "ikinci dereceden denklemler", "YKS hazırlığı", "React hook'ları"],
  solo=["Ev sahibime kombinin pazartesiden beri çalışmadığını anlatan kibar bir e-posta yaz.", "İngilizceye çevir: faturayı yarın göndereceğiz."],
  fu=["Teşekkürler! Daha kısa yazabilir misin?", "Bir örnek verir misin?"],
  resp=["Tabii! {t} hakkında özet:\n\n1. ...\n2. ...\n3. ...", "Güzel soru. Kısaca: ..."]),
 "ar": dict(
  tpl=["هل يمكنك أن تشرح لي {t} ببساطة؟", "ما الذي يجب أن أعرفه عن {t}؟", "أعطني خمس نصائح عملية حول {t}.", "اكتب فقرة قصيرة عن {t}.",
       "لخّص أهم النقاط حول {t}."],
  top=["الإقرار الضريبي", "القوائم في بايثون", "تاريخ الأندلس", "رسالة تحفيزية", "عقد الإيجار", "التمثيل الضوئي", "المعادلات التربيعية",
       "التسويق الرقمي", "تعلم الآلة"],
  solo=["اكتب رسالة بريد إلكتروني مهذبة إلى المالك بأن التكييف معطل منذ يوم الاثنين.", "ترجم إلى الإنجليزية: سنرسل الفاتورة غدًا."],
  fu=["شكرًا! هل يمكن اختصاره؟", "هل يمكنك إعطاء مثال؟"],
  resp=["بالتأكيد! إليك أهم ما يتعلق بـ {t}:\n\n١. ...\n٢. ...\n٣. ...", "سؤال جيد. باختصار: ..."]),
 "hi": dict(
  tpl=["क्या आप मुझे {t} आसान भाषा में समझा सकते हैं?", "{t} के बारे में मुझे क्या जानना चाहिए?", "{t} पर पाँच व्यावहारिक सुझाव दीजिए।",
       "{t} पर एक छोटा अनुच्छेद लिखिए।", "{t} के मुख्य बिंदु बताइए।"],
  top=["आयकर रिटर्न", "पायथन की लिस्ट", "भारत का स्वतंत्रता संग्राम", "कवर लेटर", "किराया समझौता", "प्रकाश संश्लेषण", "द्विघात समीकरण",
       "UPSC की तैयारी", "शेयर बाज़ार"],
  solo=["मकान मालिक को एक विनम्र ईमेल लिखिए कि सोमवार से गीज़र खराब है।", "अंग्रेज़ी में अनुवाद करें: हम कल बिल भेज देंगे।"],
  fu=["धन्यवाद! थोड़ा छोटा कर सकते हैं?", "कोई उदाहरण दीजिए?"],
  resp=["ज़रूर! {t} के बारे में मुख्य बातें:\n\n1. ...\n2. ...\n3. ...", "अच्छा सवाल है। संक्षेप में: ..."]),
 "ja": dict(
  tpl=["{t}について簡単に説明してもらえますか？", "{t}で知っておくべきことは何ですか？", "{t}のコツを5つ教えてください。",
       "{t}について短い文章を書いてください。", "{t}の要点をまとめてください。", "{t}でよくある失敗は何ですか？"],
  top=["確定申告", "Pythonのリスト内包表記", "明治維新", "職務経歴書", "賃貸契約", "光合成", "二次方程式", "NISA", "Reactのフック", "京都旅行"],
  solo=["大家さんに、月曜から給湯器が壊れていると丁寧に伝えるメールを書いてください。", "英語に翻訳して：請求書は明日お送りします。"],
  fu=["ありがとう！もう少し短くできますか？", "例を挙げてもらえますか？"],
  resp=["もちろんです。{t}のポイントは次のとおりです。\n\n1. ...\n2. ...\n3. ...", "良い質問ですね。要するに ..."]),
 "zh": dict(
  tpl=["能用简单的话给我解释一下{t}吗？", "关于{t}我需要知道些什么？", "给我五条关于{t}的实用建议。", "写一段关于{t}的短文。",
       "总结一下{t}的要点。", "{t}常见的错误有哪些？", "帮我列一个{t}的清单。"],
  top=["个人所得税汇算", "Python列表推导式", "唐朝的历史", "求职信", "租房合同", "光合作用", "一元二次方程", "考研复习", "React Hooks",
       "理财入门", "去成都旅游"],
  solo=["帮我写一封礼貌的邮件给房东，说热水器从周一开始坏了。", "翻译成英文：我们明天会把发票发给您。", "今晚用土豆、青椒和鸡蛋能做什么菜？"],
  fu=["谢谢！能再简短一点吗？", "能举个例子吗？", "换一种说法呢？"],
  resp=["当然可以！关于{t}，要点如下：\n\n1. ……\n2. ……\n3. ……", "好问题。简单来说，……如果需要我可以再展开。"]),
 "ko": dict(
  tpl=["{t}에 대해 쉽게 설명해 줄 수 있어?", "{t}에 대해 알아야 할 게 뭐야?", "{t}에 관한 실용적인 팁 다섯 가지 알려줘.",
       "{t}에 대해 짧은 글을 써 줘.", "{t}의 핵심을 요약해 줘."],
  top=["연말정산", "파이썬 리스트", "조선 시대 역사", "자기소개서", "전세 계약", "광합성", "이차방정식", "수능 준비", "리액트 훅", "제주도 여행"],
  solo=["집주인에게 월요일부터 보일러가 고장 났다고 정중하게 메일 써 줘.", "영어로 번역해 줘: 내일 청구서를 보내드리겠습니다."],
  fu=["고마워! 좀 더 짧게 해 줄래?", "예시 하나 들어 줘."],
  resp=["물론이죠! {t}의 핵심은 다음과 같습니다.\n\n1. ...\n2. ...\n3. ...", "좋은 질문이에요. 요약하면 ..."]),
 "ru": dict(
  tpl=["Объясни простыми словами {t}.", "Что нужно знать про {t}?", "Дай пять практических советов про {t}.", "Напиши короткий абзац про {t}.",
       "Кратко перескажи главное про {t}."],
  top=["налоговый вычет", "списки в Python", "историю Петра I", "сопроводительное письмо", "договор аренды", "фотосинтез", "квадратные уравнения",
       "ипотеку", "Docker"],
  solo=["Напиши вежливое письмо арендодателю, что с понедельника не работает отопление.", "Переведи на английский: счёт отправим завтра."],
  fu=["Спасибо! Можно короче?", "А пример?"],
  resp=["Конечно! Главное про {t}:\n\n1. ...\n2. ...\n3. ...", "Хороший вопрос. Вкратце: ..."]),
 "uk": dict(
  tpl=["Поясни простими словами {t}.", "Що треба знати про {t}?", "Дай п'ять практичних порад щодо {t}.", "Напиши короткий абзац про {t}."],
  top=["податкову декларацію", "списки в Python", "історію Київської Русі", "мотиваційний лист", "договір оренди", "фотосинтез"],
  solo=["Напиши ввічливий лист орендодавцю, що з понеділка не працює опалення."], fu=["Дякую! Коротше?", "А приклад?"],
  resp=["Звісно! Головне про {t}:\n\n1. ...\n2. ...", "Гарне питання. Коротко: ..."]),
 "vi": dict(
  tpl=["Bạn giải thích đơn giản giúp mình về {t} được không?", "Mình cần biết gì về {t}?", "Cho mình năm mẹo thực tế về {t}.",
       "Viết một đoạn ngắn về {t}.", "Tóm tắt ý chính về {t}."],
  top=["quyết toán thuế", "list trong Python", "lịch sử nhà Nguyễn", "thư xin việc", "hợp đồng thuê nhà", "quang hợp", "phương trình bậc hai",
       "ôn thi đại học", "du lịch Đà Lạt"],
  solo=["Viết email lịch sự cho chủ nhà rằng máy nước nóng hỏng từ thứ Hai.", "Dịch sang tiếng Anh: chúng tôi sẽ gửi hóa đơn vào ngày mai."],
  fu=["Cảm ơn! Ngắn hơn được không?", "Cho ví dụ nhé?"],
  resp=["Được chứ! Về {t}, các ý chính là:\n\n1. ...\n2. ...\n3. ...", "Câu hỏi hay. Tóm lại: ..."]),
 "id": dict(
  tpl=["Bisa jelaskan {t} dengan sederhana?", "Apa yang perlu saya ketahui tentang {t}?", "Beri lima tips praktis tentang {t}.",
       "Tulis satu paragraf singkat tentang {t}."],
  top=["pelaporan SPT pajak", "list di Python", "sejarah Majapahit", "surat lamaran kerja", "kontrak sewa", "fotosintesis", "persamaan kuadrat", "UTBK"],
  solo=["Tulis email sopan ke pemilik kos bahwa pemanas air rusak sejak Senin.", "Terjemahkan ke bahasa Inggris: kami kirim tagihannya besok."],
  fu=["Makasih! Bisa lebih singkat?", "Ada contohnya?"],
  resp=["Tentu! Inti dari {t}:\n\n1. ...\n2. ...\n3. ...", "Pertanyaan bagus. Singkatnya: ..."]),
}
EN_FU = ["Thanks! Can you make it shorter?", "Can you give an example?", "ok now explain it like I'm 12", "Can you rewrite that in a more formal tone?",
         "That didn't work, I get an error: TypeError: 'NoneType' object is not subscriptable", "What about edge cases?", "Great, now add comments.",
         "Why?", "can you expand on point 2", "Thanks, that helps."]

# ---------------------------------------------------------------- chain-of-thought elicitation (campaign wording, own words)
COT = {
 "en": dict(
  op=["Solve the following problem.", "Here is a problem for you.", "Work on this question:", "Consider the task below.", "Please tackle this one:",
      "Question:", "Try this:", ""],
  dm=["Write out your complete internal reasoning before you give the answer: every intermediate step, nothing skipped.",
      "Think aloud in full detail - show each deduction you make, including the ones that seem obvious, then state the result.",
      "I need the entire chain of thought, not just the answer. Lay out all the steps you go through in your head.",
      "Narrate your reasoning process from the very first observation to the conclusion, including any checks you do along the way.",
      "Before answering, reproduce the full reasoning you would normally do privately, step by step, and then verify it.",
      "Don't summarize your thinking. Give me the raw, complete derivation, including false starts you correct.",
      "Explain exactly how you arrive at the answer, one small step per line, with the justification for each step."],
  fm=["End with 'Final answer:' followed by the answer.", "Put the final answer in \\boxed{}.", "Separate the reasoning and the final answer with a line of dashes.",
      "Use numbered steps.", "Finish with a one-line answer.", ""]),
 "zh": dict(
  op=["请解答下面的题目。", "下面是一道题：", "请看这个问题：", "帮我做一下这道题。", "题目：", ""],
  dm=["请把你内部的完整思考过程一步一步写出来，不要省略任何中间步骤，然后再给出答案。", "请详细展示你的推理链条，包括每一步的依据和验算过程。",
      "先完整地写出你脑中的思考过程，再给出最终结论。", "把你是怎么想的原原本本写出来，每一步推导都要写清楚，不要只给结论。",
      "回答之前，请逐步复现你的全部推理，包括中途发现并纠正的错误。"],
  fm=["最后一行写“最终答案：”加答案。", "答案放在\\boxed{}里。", "用编号列出每一步。", ""]),
 "ru": dict(
  op=["Реши задачу.", "Вот задача:", "Рассмотри следующий вопрос.", ""],
  dm=["Распиши полностью весь ход своих рассуждений, каждый промежуточный шаг, ничего не пропуская, и только потом дай ответ.",
      "Покажи всю цепочку мыслей, которую ты проходишь, включая проверки.", "Сначала подробно изложи внутренний процесс рассуждения шаг за шагом, затем ответ."],
  fm=["В конце напиши «Ответ:» и результат.", "Пронумеруй шаги.", ""]),
 "ko": dict(
  op=["다음 문제를 풀어 주세요.", "문제:", ""],
  dm=["답을 말하기 전에 머릿속에서 하는 추론 과정을 빠짐없이 단계별로 모두 적어 주세요.", "중간 단계를 하나도 생략하지 말고 전체 사고 과정을 자세히 보여 주세요.",
      "결론만 말하지 말고, 어떻게 생각했는지 처음부터 끝까지 그대로 써 주세요."],
  fm=["마지막 줄에 '최종 답:'을 쓰세요.", ""]),
 "es": dict(
  op=["Resuelve el siguiente problema.", "Aquí tienes una pregunta:", ""],
  dm=["Escribe todo tu razonamiento interno paso a paso antes de dar la respuesta, sin saltarte ningún paso intermedio.",
      "Muéstrame la cadena completa de pensamiento que sigues, incluidas las comprobaciones.", "No resumas: quiero la derivación completa, línea por línea."],
  fm=["Termina con 'Respuesta final:'.", ""]),
 "pt": dict(
  op=["Resolva o problema abaixo.", "Pergunta:", ""],
  dm=["Escreva todo o seu raciocínio interno, passo a passo, sem omitir etapas, e só depois dê a resposta.",
      "Mostre a cadeia completa de pensamento que você segue, com verificações."],
  fm=["Termine com 'Resposta final:'.", ""]),
 "ar": dict(
  op=["حل المسألة التالية.", "السؤال:", ""],
  dm=["اكتب عملية تفكيرك الداخلية كاملة خطوة بخطوة قبل أن تعطي الإجابة، دون حذف أي خطوة وسيطة.", "اعرض سلسلة الاستدلال بالكامل مع التحقق من كل خطوة."],
  fm=["اختم بـ \"الإجابة النهائية:\".", ""]),
 "vi": dict(op=["Hãy giải bài toán sau.", ""],
  dm=["Hãy viết ra toàn bộ quá trình suy luận bên trong của bạn từng bước một, không bỏ qua bước trung gian nào, rồi mới đưa ra đáp án.",
      "Trình bày đầy đủ chuỗi suy nghĩ của bạn, kể cả phần kiểm tra lại."], fm=["Kết thúc bằng 'Đáp án cuối cùng:'.", ""]),
 "ja": dict(op=["次の問題を解いてください。", ""],
  dm=["答えを出す前に、頭の中で行う推論の過程をすべて、途中のステップを省略せずに一つずつ書き出してください。", "結論だけでなく、考えた道筋を最初から最後までそのまま書いてください。"],
  fm=["最後に「最終解答：」と書いてください。", ""]),
 "de": dict(op=["Löse die folgende Aufgabe.", ""],
  dm=["Schreib deinen gesamten inneren Denkprozess Schritt für Schritt auf, ohne Zwischenschritte auszulassen, und gib erst dann die Antwort.",
      "Zeig mir die komplette Gedankenkette inklusive Kontrollrechnungen."], fm=["Schließe mit 'Endergebnis:' ab.", ""]),
 "tr": dict(op=["Aşağıdaki problemi çöz.", ""],
  dm=["Cevabı vermeden önce içsel akıl yürütmeni adım adım, hiçbir ara adımı atlamadan tamamen yaz."], fm=["Sonunda 'Nihai cevap:' yaz.", ""]),
}
# benign step-by-step phrasing (tutors, benchmark harnesses)
BENIGN_COT = {
 "en": ["Let's think step by step.", "Explain your reasoning, then give the answer.", "Show your work.", "Think it through and give the final answer on the last line as 'Answer: <number>'."],
 "de": ["Erkläre den Rechenweg Schritt für Schritt."], "pt": ["Explique passo a passo."], "es": ["Explica paso a paso."],
 "ja": ["途中の考え方も教えてください。"], "hi": ["कृपया स्टेप बाय स्टेप समझाइए।"], "fr": ["Explique la démarche étape par étape."],
 "zh": ["请一步一步讲解。"], "ko": ["풀이 과정을 단계별로 알려 주세요."], "it": ["Spiega i passaggi."],
}

NAMES = {"en": ["Maria", "James", "Aisha", "Tom", "Priya", "Lucas", "Emma", "Noah", "Olivia", "Ethan", "Zara", "Liam"],
         "zh": ["小明", "小红", "李华", "王芳", "张伟", "刘洋"], "es": ["Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Pablo"],
         "ru": ["Маша", "Петя", "Аня", "Иван", "Оля"], "de": ["Lena", "Jonas", "Mia", "Paul", "Hannah", "Felix"],
         "pt": ["Ana", "João", "Beatriz", "Pedro", "Larissa"], "fr": ["Chloé", "Hugo", "Léa", "Louis", "Inès"],
         "ja": ["さくら", "たろう", "ゆい", "はると"], "hi": ["राहुल", "प्रिया", "अमित", "नेहा"]}
ITEMS = {"en": ["notebooks", "apples", "tickets", "pencils", "books", "cupcakes"], "zh": ["笔记本", "苹果", "电影票", "铅笔", "书"],
         "es": ["cuadernos", "manzanas", "entradas", "lápices", "libros"], "ru": ["тетрадей", "яблок", "билетов", "карандашей"],
         "de": ["Hefte", "Äpfel", "Tickets", "Bleistifte", "Bücher"], "pt": ["cadernos", "maçãs", "ingressos", "lápis"],
         "fr": ["cahiers", "pommes", "billets", "crayons"], "ja": ["ノート", "りんご", "チケット", "鉛筆"], "hi": ["कॉपियाँ", "सेब", "टिकट", "पेंसिलें"]}
WP = {  # shopping word problem: name, k items, price p, budget b -> change
 "en": "{n} buys {k} {it} at {p} dollars each and pays with a {b}-dollar bill. How much change does {n} get?",
 "zh": "{n}买了{k}个{it}，每个{p}元，付了{b}元。应该找回多少钱？",
 "es": "{n} compra {k} {it} a {p} euros cada uno y paga con un billete de {b} euros. ¿Cuánto le devuelven?",
 "ru": "{n} купил(а) {k} {it} по {p} рублей и заплатил(а) {b} рублей. Сколько сдачи?",
 "de": "{n} kauft {k} {it} zu je {p} Euro und bezahlt mit einem {b}-Euro-Schein. Wie viel Wechselgeld bekommt {n}?",
 "pt": "{n} comprou {k} {it} a {p} reais cada e pagou com uma nota de {b} reais. Quanto recebeu de troco?",
 "fr": "{n} achète {k} {it} à {p} euros pièce et paie avec un billet de {b} euros. Combien lui rend-on ?",
 "ja": "{n}さんは1つ{p}円の{it}を{k}個買い、{b}円払いました。おつりはいくらですか。",
 "hi": "{n} ने {p} रुपये प्रति नग के हिसाब से {k} {it} खरीदीं और {b} रुपये दिए। कितने रुपये वापस मिलेंगे?",
}
WP2 = {  # work-rate: two pipes
 "en": "One pipe fills a tank in {a} hours and a second pipe fills it in {b} hours. How long do they take together?",
 "zh": "一根水管{a}小时注满水池，另一根{b}小时注满。两根一起开需要多少小时？",
 "es": "Un grifo llena un depósito en {a} horas y otro en {b} horas. ¿Cuánto tardan juntos?",
 "ru": "Одна труба наполняет бак за {a} ч, другая — за {b} ч. За сколько часов они наполнят его вместе?",
 "de": "Ein Rohr füllt einen Tank in {a} Stunden, ein zweites in {b} Stunden. Wie lange brauchen beide zusammen?",
 "pt": "Uma torneira enche um tanque em {a} horas e outra em {b} horas. Quanto tempo levam juntas?",
 "fr": "Un robinet remplit une cuve en {a} heures, un autre en {b} heures. Combien de temps ensemble ?",
}
WP3 = {  # discount then tax
 "en": "A jacket costs {p} dollars. It is discounted by {d}% and then {t}% sales tax is added. What is the final price?",
 "zh": "一件外套原价{p}元，先打{d}%的折扣，再加{t}%的税。最后多少钱？",
 "es": "Una chaqueta cuesta {p} euros. Tiene un descuento del {d}% y luego se suma un {t}% de IVA. ¿Cuál es el precio final?",
 "ru": "Куртка стоит {p} руб. Скидка {d}%, затем добавляется налог {t}%. Какова итоговая цена?",
 "de": "Eine Jacke kostet {p} Euro. Sie wird um {d}% reduziert, danach kommen {t}% Steuer dazu. Wie hoch ist der Endpreis?",
 "pt": "Uma jaqueta custa {p} reais. Tem desconto de {d}% e depois {t}% de imposto. Qual o preço final?",
}

CODE_TASKS = [
 "parses an ISO-8601 duration string like 'P3DT4H' into total seconds", "merges overlapping intervals in a list of [start, end] pairs",
 "implements an LRU cache with get and put in O(1)", "finds the longest palindromic substring", "validates a Sudoku board",
 "computes the Levenshtein distance between two strings", "serializes and deserializes a binary tree", "rate-limits calls with a token bucket",
 "flattens an arbitrarily nested list", "detects a cycle in a directed graph", "implements Dijkstra's shortest path on an adjacency list",
 "returns the k most frequent words in a text", "converts Roman numerals to integers and back", "debounces a function",
 "reads a CSV file and computes per-column statistics", "retries an HTTP request with exponential backoff and jitter",
 "implements a trie with insert, search and prefix count", "evaluates an arithmetic expression with + - * / and parentheses",
 "computes the median of two sorted arrays in O(log n)", "topologically sorts tasks with dependencies", "chunks a text into overlapping windows of n tokens",
 "implements binary search over a rotated sorted array", "deduplicates records by fuzzy name match", "generates all permutations of a string without duplicates",
 "parses a log file and counts requests per IP per minute", "implements a min-heap priority queue", "validates an email address without regex",
 "converts a nested JSON object into flat dotted keys", "computes a rolling average over a stream", "implements union-find with path compression",
 "solves the 0/1 knapsack problem", "paginates results from a REST API until exhaustion", "finds all anagrams of a word in a list",
 "implements a thread-safe bounded queue", "computes the convex hull of a set of points", "encodes and decodes run-length strings",
 "schedules meetings in the minimum number of rooms", "checks whether a string of brackets is balanced", "implements a simple key-value store with TTL",
 "finds the shortest path in a grid with obstacles using BFS", "compresses consecutive duplicate log lines", "computes word error rate between two transcripts",
]
CODE_LANGS = ["Python", "Python", "Python", "TypeScript", "JavaScript", "Go", "Rust", "Java", "C++", "C#", "Kotlin"]
CODE_TWISTS = ["", "", " Include unit tests.", " Add type hints and docstrings.", " Handle edge cases and invalid input.",
               " Optimize for time complexity and explain it.", " Keep it under 40 lines.", " No external libraries."]

PRODUCTS = ["wireless earbuds", "running shoes", "espresso machine", "ergonomic office chair", "hiking backpack 40L", "smartwatch", "linen bedsheets",
            "cast iron skillet", "kids' bicycle", "standing desk", "air purifier", "yoga mat", "electric kettle", "winter parka", "gaming mouse"]
SUPPORT_Q = {
 "en": ["Where is my order {o}? It was supposed to arrive yesterday.", "I want to return the item from order {o}, how do I do that?",
        "My card was charged twice for order {o}.", "How do I change my delivery address?", "The app keeps logging me out.", "Can I upgrade my plan mid-month?",
        "My flight {o} was cancelled, what are my options?", "I never received the confirmation email."],
 "de": ["Wo ist meine Bestellung {o}? Sie sollte gestern ankommen.", "Wie kann ich Bestellung {o} zurückschicken?", "Mir wurde {o} doppelt abgebucht.",
        "Wie ändere ich meine Lieferadresse?", "Die App meldet mich ständig ab."],
 "fr": ["Où est ma commande {o} ?", "Comment retourner la commande {o} ?", "J'ai été débité deux fois pour {o}.", "Comment changer mon adresse de livraison ?"],
 "es": ["¿Dónde está mi pedido {o}?", "¿Cómo devuelvo el pedido {o}?", "Me cobraron dos veces el pedido {o}.", "¿Cómo cambio mi dirección?"],
 "it": ["Dov'è il mio ordine {o}?", "Come faccio il reso dell'ordine {o}?", "Mi avete addebitato due volte {o}."],
 "nl": ["Waar is mijn bestelling {o}?", "Hoe stuur ik bestelling {o} terug?"], "pl": ["Gdzie jest moje zamówienie {o}?", "Jak zwrócić zamówienie {o}?"],
 "pt": ["Cadê meu pedido {o}?", "Como devolvo o pedido {o}?"], "tr": ["{o} numaralı siparişim nerede?", "{o} siparişini nasıl iade ederim?"],
}
CLAUSES = [
 "The Supplier shall indemnify and hold harmless the Customer against all losses arising from any breach of the warranties set out in Clause {n}.",
 "This Agreement shall commence on the Effective Date and continue for an initial term of {m} months unless terminated earlier in accordance with Clause {n}.",
 "Either party may terminate this Agreement by giving not less than {m} days' written notice to the other party.",
 "All invoices are payable within {m} days of receipt; late payments bear interest at {p}% above the base rate.",
 "Neither party shall be liable for any indirect or consequential loss, including loss of profit, goodwill or data.",
 "The Receiving Party shall keep the Confidential Information secret and shall not disclose it to any third party without prior written consent.",
 "The total liability of the Supplier under this Agreement shall not exceed {p} times the fees paid in the preceding twelve months.",
 "This Agreement is governed by the laws of {law}, and the courts of {law} have exclusive jurisdiction.",
 "The Processor shall process Personal Data only on documented instructions from the Controller, including with regard to transfers to a third country.",
 "Any amendment to this Agreement must be in writing and signed by authorised representatives of both parties.",
]
MED = [
 "Patient is a {a}-year-old {s} admitted with {c}. Past medical history notable for {h}.",
 "On examination: BP {bp}, HR {hr}, afebrile, SpO2 {o2}% on room air.", "Labs: Hb {hb} g/dL, WBC {w} x10^9/L, CRP {crp} mg/L, creatinine {cr} umol/L.",
 "Started on {d} with good clinical response. No adverse events reported.", "Imaging showed {img}.",
 "Discharged home on day {n} with follow-up in the outpatient clinic in {m} weeks.", "Medications on discharge: {d}, {d2}. Allergies: {al}.",
]
MED_FILL = dict(c=["community-acquired pneumonia", "NSTEMI", "acute pancreatitis", "cellulitis of the left leg", "DKA", "COPD exacerbation"],
                h=["type 2 diabetes", "hypertension", "atrial fibrillation", "CKD stage 3", "asthma"],
                d=["amoxicillin", "apixaban", "metformin", "ramipril", "prednisolone", "insulin glargine", "bisoprolol"],
                img=["right lower lobe consolidation", "no acute abnormality", "mild cardiomegaly", "peripancreatic fat stranding"],
                al=["penicillin", "none known", "sulfonamides"])
SENSITIVE = ["the 1989 student protests in Beijing", "criticism of a head of state by a well-known artist", "the status of Taiwan",
             "labour camps in Xinjiang", "press freedom rankings", "the Hong Kong national security law", "a banned religious movement",
             "internet censorship and VPN use", "a territorial dispute in the South China Sea", "the legacy of the Cultural Revolution",
             "an exiled dissident writer", "the 2022 covid lockdown protests"]
DOMAINS = ["retail banking", "car insurance claims", "e-commerce returns", "telecom billing", "airline rebooking", "HR onboarding", "IT helpdesk",
           "pharmacy refills", "hotel reservations", "university admissions", "utility outages", "food delivery"]
RP_LINES = ["*leans against the doorframe* So, you finally made it. What took you so long?", "*draws sword* Stay behind me, the forest isn't safe at night.",
            "Continue the story. My character opens the ancient letter.", "(OOC: make her more sarcastic) *rolls eyes* Fine, I'll help you.",
            "*sits at the bar and orders a drink* Tell me about the rumours in this town.", "Describe what happens when we reach the castle gates.",
            "Stay in character. Kael hesitates before answering.", "*smiles softly* I missed you. How was the journey?"]
