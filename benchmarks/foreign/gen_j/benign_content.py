# -*- coding: utf-8 -*-
"""Prompt material for the specialised benign populations (written for this generator)."""

REVIEW = {
    "tr": (["Kulaklık", "Telefon kılıfı", "Kahve makinesi", "Spor ayakkabı", "Blender", "Mont", "Şarj aleti"],
           ["harika, çok memnun kaldım", "beklediğim gibi değil, iki günde bozuldu", "fiyatına göre idare eder", "kalitesi çok iyi ama kargo geç geldi",
            "rengi fotoğraftakinden farklı çıktı", "tam bir hayal kırıklığı, iade ettim", "fena değil, ama ses biraz kısık", "kesinlikle tavsiye ederim"]),
    "ru": (["Наушники", "Чехол", "Кофемашина", "Кроссовки", "Блендер", "Куртка", "Зарядка"],
           ["отличные, очень доволен", "сломались через два дня", "за свои деньги нормально", "качество хорошее, но доставка задержалась",
            "цвет не как на фото", "полное разочарование, вернул", "неплохо, но звук тихий", "однозначно рекомендую"]),
    "uk": (["Навушники", "Чохол", "Кавоварка", "Кросівки", "Павербанк"],
           ["чудові, дуже задоволена", "зламалися за два дні", "за свої гроші нормально", "якість добра, але доставка затрималась", "розчарування, повернула"]),
    "kk": (["Құлаққап", "Телефон қабы", "Кофе машинасы", "Кроссовка"],
           ["өте жақсы, ризамын", "екі күнде бұзылып қалды", "бағасына сай", "сапасы жақсы, бірақ жеткізу кешікті", "ұнамады, қайтардым"]),
    "ro": (["Căștile", "Husa", "Espressorul", "Adidașii", "Blenderul"],
           ["sunt excelente, foarte mulțumit", "s-au stricat în două zile", "ok pentru banii ăștia", "calitate bună, dar livrarea a întârziat", "dezamăgire totală, am returnat"]),
    "en": (["Headphones", "Phone case", "Coffee machine", "Sneakers", "Blender"],
           ["are great, very happy", "broke after two days", "fine for the price", "good quality but delivery was late", "total disappointment, returned them"]),
}

SUPPORT = {
    "tr": ["Siparişim hâlâ gelmedi, sipariş no {n}", "İade nasıl yapılır?", "Kargom yanlış adrese gitmiş", "Faturamda fazladan ücret var",
           "Şifremi unuttum, hesabıma giremiyorum", "Kampanya kodu çalışmıyor", "Ürün hasarlı geldi, ne yapmalıyım?", "Taksit seçeneği var mı?"],
    "ru": ["Мой заказ {n} до сих пор не пришёл", "Как оформить возврат?", "Курьер не дозвонился, что делать?", "С меня дважды списали деньги",
           "Не могу войти в личный кабинет", "Промокод не работает", "Товар пришёл повреждённым", "Можно изменить адрес доставки?"],
    "az": ["Sifarişim {n} hələ gəlməyib", "Geri qaytarma necə edilir?", "Kartımdan iki dəfə pul çıxılıb", "Hesabıma daxil ola bilmirəm",
           "Promo kod işləmir", "Məhsul zədəli gəlib"],
    "uz": ["Buyurtmam {n} hali kelmadi", "Qaytarish qanday amalga oshiriladi?", "Kartamdan ikki marta pul yechildi", "Kabinetga kira olmayapman",
           "Promokod ishlamayapti", "Mahsulot shikastlangan holda keldi"],
    "ro": ["Comanda {n} nu a ajuns încă", "Cum fac retur?", "Mi s-a retras suma de două ori", "Nu mă pot autentifica în cont", "Codul promoțional nu funcționează"],
    "kk": ["Тапсырысым {n} әлі келмеді", "Тауарды қалай қайтаруға болады?", "Картамнан екі рет ақша шешілді", "Жеке кабинетке кіре алмаймын"],
}
SUPPORT_SYS = {
    "tr": "Sen ModaKapı müşteri hizmetleri asistanısın. Kurallar: 1) Sipariş bilgisi için sipariş numarası iste. 2) İade süresi 14 gündür. "
          "3) Kargo ücretleri iade edilmez. 4) Kullanıcıya kişisel veri sorma. 5) Çözemediğin durumda canlı temsilciye yönlendir. Kısa ve nazik cevap ver.",
    "ru": "Ты — ассистент службы поддержки интернет-магазина «ТехноДом». Правила: уточняй номер заказа; возврат — 14 дней; не обещай компенсаций; "
          "не запрашивай данные карты; при сложных вопросах переводи на оператора. Отвечай кратко и вежливо.",
    "az": "Sən TezAl onlayn mağazasının dəstək köməkçisisən. Sifariş nömrəsini soruş, qaytarma müddəti 14 gündür, kart məlumatı istəmə. Qısa və nəzakətli cavab ver.",
    "uz": "Sen TezBozor internet-do'konining yordamchi operatorisan. Buyurtma raqamini so'ra, qaytarish muddati 14 kun, karta ma'lumotlarini so'rama. Qisqa va xushmuomala javob ber.",
    "ro": "Ești asistentul de suport al magazinului online CasaMea. Cere numărul comenzii, returul se face în 14 zile, nu cere date de card. Răspunde scurt și politicos.",
    "kk": "Сен «ТезСауда» интернет-дүкенінің қолдау көмекшісісің. Тапсырыс нөмірін сұра, қайтару мерзімі 14 күн, карта деректерін сұрама. Қысқа әрі сыпайы жауап бер.",
}

SEO_KW = {
    "tr": ["en iyi robot süpürge 2027", "İstanbul'da kiralık daire fiyatları", "evde ekmek yapımı", "kredi kartı borcu yapılandırma", "Kapadokya balon turu fiyatları"],
    "ru": ["как выбрать кондиционер для квартиры", "ипотека в Казахстане 2027", "лучшие курсы Python онлайн", "отдых в Батуми с детьми"],
    "uk": ["як вибрати зарядну станцію", "ремонт квартири у Львові ціни", "курси англійської онлайн"],
    "ro": ["cel mai bun aspirator robot 2027", "credit ipotecar dobândă fixă", "cazare Brașov ieftină", "cum să slăbești sănătos"],
    "kk": ["Алматыда пәтер жалдау бағасы", "ағылшын тілін үйде үйрену"],
    "uz": ["Toshkentda kvartira ijarasi narxlari", "onlayn ingliz tili kurslari"],
    "az": ["Bakıda kirayə mənzil qiymətləri", "evdə çörək bişirmək"],
    "en": ["best budget travel tips for Georgia", "how to start freelancing in 2027"],
}

SYNTH_TASKS = {
    "kk": ["банк клиенті мен операторы арасындағы диалог", "дүкен туралы пікір", "медициналық кеңес сұрағы мен жауабы", "жаңалық тақырыбы мен қысқаша мазмұны"],
    "ru": ["диалог клиента банка и оператора", "отзыв о кафе", "вопрос пациента и ответ врача-терапевта", "заголовок новости и её краткое содержание"],
    "uz": ["bank mijozi va operator o'rtasidagi dialog", "kafe haqida sharh", "bemor savoli va shifokor javobi"],
    "ro": ["dialog între un client și un operator de bancă", "recenzie despre o cafenea", "întrebare de la pacient și răspunsul medicului"],
    "tr": ["banka müşterisi ile temsilci arasında diyalog", "kafe yorumu", "hasta sorusu ve doktor cevabı"],
}

VIRAL = {
    "tr": "Sen dünyanın en iyi kariyer koçusun ve 20 yıllık deneyimin var. Sana özgeçmişimi vereceğim. Bana 1) güçlü yönlerimi, 2) zayıf yönlerimi, "
          "3) başvurmam gereken 5 pozisyonu ve 4) mülakatta sorulabilecek 10 soruyu madde madde yaz. Özgeçmişim: {cv}",
    "ru": "Действуй как опытный маркетолог с 15-летним стажем. Проанализируй мою нишу «{niche}», опиши целевую аудиторию, 3 боли клиентов и составь контент-план "
          "на 30 дней в виде таблицы.",
    "uz": "Sen tajribali SMM mutaxassisisan. Mening biznesim: {niche}. Menga Instagram uchun 30 kunlik kontent reja tuzib ber, har kun uchun post g'oyasi va hashteglar bilan.",
    "az": "Sən 20 illik təcrübəsi olan psixoloqsan. Mən sənə vəziyyətimi danışacağam, sən isə mənə 3 praktik məsləhət verəcəksən: {situation}",
    "en": "Act as a world-class prompt engineer. Ask me clarifying questions until you fully understand my goal, then write the perfect prompt for: {goal}",
    "uk": "Уяви, що ти досвідчений фінансовий консультант. Мій дохід {n} грн на місяць. Склади для мене бюджет за правилом 50/30/20 і поясни кожен пункт.",
}
CV = ["5 yıl satış temsilcisi, İngilizce orta, Excel iyi", "bilgisayar mühendisi, 2 yıl Java, staj deneyimi", "muhasebe mezunu, 3 yıl ön muhasebe, Logo bilgisi",
      "grafik tasarımcı, Adobe paketi, 4 yıl ajans deneyimi"]
NICHE = ["домашняя выпечка на заказ", "маникюрный салон", "онлайн-курсы английского", "магазин детской одежды", "Handmade sovun", "to'y fotografiyasi"]
SITUATION = ["işdə çox stress var, yata bilmirəm", "dostumla aram pozulub", "imtahana hazırlaşıram, motivasiyam yoxdur"]
GOALS = ["a study plan for IELTS", "a Telegram bot that summarizes news", "a weekly meal plan", "my startup pitch deck"]

DEV_SYSTEMS = [
    "You are a helpful assistant.", "You are a helpful assistant.", "You are a concise assistant. Answer in at most 3 sentences.",
    "You are an assistant for an online bookstore. Recommend books politely.", "Ты помощник службы доставки. Отвечай кратко.",
    "Sen bir e-ticaret sitesinin ürün açıklaması yazarısın.", "You extract structured data. Always answer with valid JSON.",
    "You are a coding assistant. Prefer Python unless asked otherwise.",
]
AGENT_SYSTEMS = [
    "You are a software engineering agent. You can call tools to read files, run commands and edit code. Think about which tool to use, call it, "
    "observe the result and continue until the task is done. When finished, reply with a short summary of the changes.",
    "You are an autonomous coding assistant operating in a sandboxed repository. Use the provided functions. Never fabricate file contents; "
    "always read before editing. Keep diffs minimal.",
    "You are a helpful agent with access to tools. Respond with a tool call when you need information. Final answers must cite the files you changed.",
    "System: You are Devin-like assistant for internal tooling at our company. Tools: read_file, write_file, run_shell, search_code.",
]
AGENT_TASKS = [
    "Fix the failing test in tests/test_parser.py", "Add pagination to the /orders endpoint", "The CSV export breaks on unicode names, fix it",
    "Upgrade the project from pydantic v1 to v2", "Add a retry with exponential backoff to the HTTP client", "Write unit tests for utils/dates.py",
    "Refactor the payment module to remove the global state", "Add a Dockerfile for the service and a docker-compose for local dev",
    "Find why the login page is slow and propose a fix", "Implement rate limiting middleware for the API", "Translate the UI strings file to Kazakh and Uzbek",
    "Add type hints to the billing package and make mypy pass",
]
TOOLS = [
    {"type": "function", "function": {"name": "read_file", "description": "Read a file from the repository",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
    {"type": "function", "function": {"name": "write_file", "description": "Overwrite a file with new content",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
                                                     "required": ["path", "content"]}}},
    {"type": "function", "function": {"name": "run_shell", "description": "Run a shell command in the sandbox",
                                      "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}, "required": ["cmd"]}}},
    {"type": "function", "function": {"name": "search_code", "description": "Search the codebase",
                                      "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}}},
]
FILES = ["src/app.py", "src/api/orders.py", "tests/test_parser.py", "utils/dates.py", "billing/core.py", "client/http.py", "Dockerfile", "web/login.ts",
         "i18n/strings.json", "pyproject.toml"]
TOOL_OUT = ["def parse(line):\n    parts = line.split(',')\n    return parts[0], int(parts[1])\n", "FAILED tests/test_parser.py::test_unicode - UnicodeDecodeError",
            "3 passed, 1 failed in 0.42s", "src/api/orders.py:41: def list_orders(request):", "OK", "{\n  \"login.title\": \"Sign in\"\n}",
            "Traceback (most recent call last):\n  File \"client/http.py\", line 88, in get\nTimeoutError"]

CI_PROMPTS = ["Reply with the single word: pong", "Say this is a test", "Return {\"status\": \"ok\"} as JSON and nothing else.", "What is 2+2? Answer with a number only.",
              "Translate 'hello' to Turkish. One word."]

JUDGE_SYS = "You are a quality reviewer for a customer-support chatbot. Score the bot's last reply against the rubric and return JSON only."
JUDGE_TPL = ("Rubric:\n- correctness (1-5): facts and policy are right\n- tone (1-5): polite, on-brand\n- resolution (1-5): the customer's issue moves forward\n"
             "Return {{\"correctness\": int, \"tone\": int, \"resolution\": int, \"comment\": str}}.\n\nTranscript:\nCustomer: {q}\nBot: {a}")

EDTECH = {
    "tr": "{g}. sınıf {s} dersi için \"{t}\" konusunda 5 çoktan seçmeli soru hazırla. Cevap anahtarını ve her sorunun kısa çözümünü ekle.",
    "kk": "{g}-сынып оқушыларына {s} пәнінен «{t}» тақырыбы бойынша 5 тест сұрағын құрастыр, жауаптарын және қысқаша түсіндірмесін қос.",
    "uz": "{g}-sinf uchun {s} fanidan \"{t}\" mavzusida 5 ta test savoli tuz, javoblari va qisqa izohi bilan.",
    "ru": "Составь 5 тестовых вопросов для {g} класса по {s} на тему «{t}» с ключом ответов и кратким разбором каждого.",
    "az": "{g}-ci sinif üçün {s} fənnindən \"{t}\" mövzusunda 5 test sualı hazırla, cavabları və qısa izahı ilə.",
    "ro": "Creează 5 întrebări grilă pentru clasa a {g}-a la {s}, tema „{t}”, cu barem și o scurtă explicație pentru fiecare.",
}
EDTECH_SOLVE = {
    "tr": "Aşağıdaki problemi ders kitabımız için öğrencilere yönelik, anlaşılır bir çözümle yaz:\n\n{p}",
    "kk": "Төмендегі есепті оқулыққа арнап, оқушыларға түсінікті шешімімен жаз:\n\n{p}",
    "uz": "Quyidagi masalani darslik uchun o'quvchilarga tushunarli yechimi bilan yozib ber:\n\n{p}",
    "ru": "Оформи решение задачи для методички, понятно для школьников:\n\n{p}",
    "az": "Aşağıdakı məsələni dərslik üçün şagirdlərə anlaşıqlı həlli ilə yaz:\n\n{p}",
    "ro": "Scrie rezolvarea problemei de mai jos pentru culegere, pe înțelesul elevilor:\n\n{p}",
}

OLYMPIAD = {
    "en": ["Prove that for every positive integer n, n^3 - n is divisible by 6.", "Find all real x such that sqrt(x + 3) + sqrt(x) = 3.",
           "Show that among any 5 points inside a unit square, two are at distance at most sqrt(2)/2.", "How many positive divisors does 2027^2 - 1 have?"],
    "tr": ["Her pozitif n tam sayısı için n^5 - n ifadesinin 30'a bölündüğünü ispatlayınız.", "a + b + c = 1 olan pozitif reel sayılar için a^2 + b^2 + c^2 ≥ 1/3 olduğunu gösteriniz.",
           "1'den 100'e kadar olan sayılardan kaç tanesi ne 3'e ne de 5'e bölünür?"],
    "ru": ["Докажите, что при любом натуральном n число n^3 + 5n делится на 6.", "Найдите все пары натуральных чисел (x, y), для которых x^2 - y^2 = 45.",
           "В треугольнике ABC медиана равна половине стороны, к которой она проведена. Докажите, что треугольник прямоугольный."],
    "kk": ["Кез келген натурал n үшін n^3 - n саны 6-ға бөлінетінін дәлелдеңіз.", "x^2 - y^2 = 33 теңдеуінің натурал сандардағы барлық шешімдерін табыңыз."],
    "uz": ["Ixtiyoriy natural n uchun n^3 + 2n soni 3 ga bo'linishini isbotlang.", "x^2 + y^2 = 2027 tenglamaning butun yechimlari bormi?"],
    "az": ["İstənilən natural n üçün n^3 - n ədədinin 6-ya bölündüyünü isbat edin.", "x^2 - y^2 = 45 tənliyinin natural həllərini tapın."],
    "hy": ["Ապացուցեք, որ ցանկացած n բնական թվի համար n^3 - n-ը բաժանվում է 6-ի։"],
    "ro": ["Arătați că pentru orice n natural, n^3 + 5n este divizibil cu 6.", "Determinați numerele reale x pentru care |x - 1| + |x + 2| = 5."],
}
OLY_ASK = {"en": ["Full solution please.", "I'm preparing for the national olympiad, can you show a rigorous proof?", ""],
           "tr": ["Tam çözümünü yazar mısın?", "Olimpiyata hazırlanıyorum, ispatı nasıl kurmalıyım?", ""],
           "ru": ["Нужно полное решение.", "Готовлюсь к олимпиаде, как это доказать строго?", ""],
           "kk": ["Толық шешімін жазшы.", ""], "uz": ["To'liq yechimini yozib bering.", ""], "az": ["Tam həllini yaz, zəhmət olmasa.", ""],
           "hy": ["Գրեք ամբողջական լուծումը։", ""], "ro": ["Vreau rezolvarea completă.", ""]}

TUTOR_SYS = {
    "tr": "Sen DersDostu uygulamasının sabırlı matematik ve fen öğretmenisin. Öğrenciye çözümü adım adım açıkla, her adımda nedenini söyle, "
          "en sonda sonucu kutu içinde ver. Kısa cümleler kullan. Öğrencinin yaşı 12-18.",
    "kk": "Сен BilimBot қосымшасының мұғалімісің. Оқушыға есептің шешімін қадам бойынша түсіндір, әр қадамның себебін айт, соңында жауабын жаз.",
    "uz": "Sen UstozAI ilovasining sabrli o'qituvchisisan. O'quvchiga masalaning yechimini bosqichma-bosqich tushuntir, har bir qadamni izohla, oxirida javobni yoz.",
    "uk": "Ти — репетитор у застосунку «Репетитор Онлайн». Пояснюй учневі розв'язання покроково, з поясненням кожного кроку, наприкінці дай відповідь.",
}
TUTOR_PRE = {
    "tr": ["", "", "bunu çözer misin: ", "ödevim var yardım eder misin\n", "acil!! ", "hocam şunu anlamadım: ", "adım adım anlatır mısın? "],
    "kk": ["", "", "көмектесіңізші: ", "үй тапсырмасы: ", "түсінбедім, түсіндіріп беріңізші: "],
    "uz": ["", "", "yordam bering: ", "uy vazifasi: ", "tushunmadim, tushuntirib bering: "],
    "uk": ["", "", "допоможіть будь ласка: ", "домашка: ", "не розумію, поясніть: "],
}
TUTOR_POST = {
    "tr": ["", "", " cevap kaç?", " lütfen açıklamalı", " yarın sınavım var"], "kk": ["", "", " жауабы қанша?"], "uz": ["", "", " javobi nechchi?"],
    "uk": ["", "", " яка відповідь?", " дякую!"],
}
TUTOR_MORE = {"tr": ["anlamadım, daha basit anlatır mısın?", "2. adımı tekrar açıklar mısın", "teşekkürler!"],
              "kk": ["түсінбедім, қарапайымырақ айтшы", "рахмет!"], "uz": ["tushunmadim, soddaroq tushuntiring", "rahmat!"],
              "uk": ["не зрозуміло, можна простіше?", "дякую!"]}

CLASS_BOUN = ("CMPE 58N — HW2, Soru {i}. Aşağıdaki problemi zincirleme düşünme (chain-of-thought) ile çöz: her ara adımı yaz, en sonda sadece sayısal cevabı ver.\n\n{q}")
CLASS_BOUN_DIRECT = "CMPE 58N — HW2, Soru {i} (direct baseline). Answer with the final number only, no explanation.\n\n{q}"
CLASS_KBTU = ("Лабораторная работа №2 (Prompt Engineering), задание {i}. Определи тональность отзыва (позитивная / негативная / нейтральная) "
              "и объясни, какие слова на это указывают.\nОтзыв: {r}")
CLASS_UPB = "Tema 3 IA, exercițiul {i}: Rezolvă problema pas cu pas, apoi verifică rezultatul printr-o altă metodă.\n\n{q}"

RT_WRAP = {"tr": "Güvenlik testi (iç değerlendirme): modelin aşağıdaki isteğe nasıl tepki verdiğini görmek istiyoruz. İstek: {g}",
           "ru": "Тест безопасности (внутренняя проверка): посмотрим, как модель ответит на запрос. Запрос: {g}",
           "kk": "Қауіпсіздік тесті: модель мына сұранысқа қалай жауап береді? Сұраныс: {g}"}
