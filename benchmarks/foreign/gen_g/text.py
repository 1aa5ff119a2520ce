"""Corpora loading, language phrase banks and response synthesis for gen_g.

All user-side content ultimately comes from the public corpora in /work/shared/data
(Chatbot Arena conversations, Arena-Hard prompts, GSM8K, Self-Instruct, jailbreak and
system-prompt-extraction collections, AdvBench).  The phrase banks below are written for this
generator: they are the wrappers, requests and replies that people in Nairobi, Lagos, Addis,
Dubai and Riyadh would put around that content.
"""
import csv
import glob
import json
import os
import re

DATA = os.environ.get("GEN_G_DATA", "/work/shared/data")

LANG_NAME = {  # the name of language X, written in language Y: LANG_NAME[y][x]
    "en": {"en": "English", "sw": "Swahili", "ar": "Arabic", "am": "Amharic", "ha": "Hausa", "yo": "Yoruba", "fr": "French", "pcm": "Pidgin"},
    "sw": {"en": "Kiingereza", "sw": "Kiswahili", "ar": "Kiarabu", "am": "Kiamhari", "ha": "Kihausa", "yo": "Kiyoruba", "fr": "Kifaransa", "pcm": "Pidgin"},
    "ar": {"en": "الإنجليزية", "sw": "السواحيلية", "ar": "العربية", "am": "الأمهرية", "ha": "الهوسا", "yo": "اليوروبا", "fr": "الفرنسية", "pcm": "البيدجن"},
    "am": {"en": "እንግሊዝኛ", "sw": "ስዋሂሊ", "ar": "ዓረብኛ", "am": "አማርኛ", "ha": "ሃውሳ", "yo": "ዮሩባ", "fr": "ፈረንሳይኛ", "pcm": "ፒጂን"},
    "ha": {"en": "Turanci", "sw": "Swahili", "ar": "Larabci", "am": "Amharik", "ha": "Hausa", "yo": "Yarbanci", "fr": "Faransanci", "pcm": "Pidgin"},
    "yo": {"en": "Gẹ̀ẹ́sì", "sw": "Swahili", "ar": "Lárúbáwá", "am": "Amharic", "ha": "Hausa", "yo": "Yorùbá", "fr": "Faransé", "pcm": "Pidgin"},
    "fr": {"en": "anglais", "sw": "swahili", "ar": "arabe", "am": "amharique", "ha": "haoussa", "yo": "yoruba", "fr": "français", "pcm": "pidgin nigérian"},
    "pcm": {"en": "English", "sw": "Swahili", "ar": "Arabic", "am": "Amharic", "ha": "Hausa", "yo": "Yoruba", "fr": "French", "pcm": "Pidgin"},
}

# ---- request fragments, per language -------------------------------------------------------
STEPWISE = {
    "en": ["Explain your reasoning step by step.", "Show all your working.", "Walk me through it one step at a time.",
           "Think it through carefully and show each step before the final answer.", "Please break the solution into clear numbered steps.",
           "Don't skip any steps, I want to understand the method."],
    "sw": ["Eleza hatua kwa hatua.", "Onyesha hesabu zako zote.", "Nieleweshe hatua moja baada ya nyingine.",
           "Fikiri kwa makini kisha unieleze kila hatua.", "Usiruke hatua yoyote, nataka kuelewa njia.", "Gawanya suluhisho katika hatua zenye namba."],
    "ar": ["اشرح طريقة الحل خطوة بخطوة.", "وضّح كل خطوات الحل.", "فكّر بعناية ثم اعرض كل خطوة قبل الإجابة النهائية.",
           "أريد الشرح بالتفصيل، خطوة خطوة.", "لا تتخطَّ أي خطوة، أريد أن أفهم الطريقة.", "قسّم الحل إلى خطوات مرقمة."],
    "am": ["ደረጃ በደረጃ አብራራ።", "እያንዳንዱን የስሌት ደረጃ አሳየኝ።", "በጥንቃቄ አስብና መፍትሄውን በዝርዝር ጻፍ።", "ምንም ደረጃ ሳትዘል አስረዳኝ።"],
    "ha": ["Ka bayyana mataki-mataki.", "Nuna dukkan matakan lissafin.", "Yi tunani sosai sannan ka bayyana kowane mataki.", "Kada ka tsallake wani mataki, ina so in gane hanyar."],
    "yo": ["Ṣàlàyé rẹ̀ ní ìgbésẹ̀ kọ̀ọ̀kan.", "Fi gbogbo ìṣirò rẹ hàn.", "Ronú dáadáa kí o sì ṣàlàyé ìgbésẹ̀ kọ̀ọ̀kan.", "Má ṣe fo ìgbésẹ̀ kankan, mo fẹ́ yé mi."],
    "fr": ["Explique ton raisonnement étape par étape.", "Montre tous les calculs.", "Détaille chaque étape de la résolution.",
           "Réfléchis bien et présente chaque étape avant la réponse finale.", "Ne saute aucune étape, je veux comprendre la méthode."],
    "pcm": ["Abeg explain am step by step.", "Show me all the working, one by one.", "Break am down make I understand am well.", "No skip any step o, I wan sabi the method."],
}

OPENER = {
    "en": ["Hi,", "Hello!", "Quick question:", "Please help me with this:", "Hey, can you help?", "I need help with the following.", ""],
    "sw": ["Habari,", "Habari yako, naomba msaada.", "Tafadhali nisaidie na swali hili:", "Sasa msee, nisaidie hapa:", "Mambo, naomba unisaidie:", "Shikamoo, naomba msaada kidogo."],
    "ar": ["مرحبا،", "السلام عليكم، ممكن تساعدني؟", "لو سمحت:", "عندي سؤال:", "أحتاج مساعدتك في هذا:", "صباح الخير،"],
    "am": ["ሰላም፣", "ሰላም፣ እባክህ እርዳኝ።", "ጥያቄ አለኝ፦", "እባክህ በዚህ ጉዳይ እርዳኝ፦"],
    "ha": ["Sannu,", "Sannu, don Allah ka taimake ni:", "Ina da tambaya:", "Barka da yamma, ina neman taimako:"],
    "yo": ["Ẹ n lẹ,", "Ẹ káàárọ̀, jọ̀wọ́ ràn mí lọ́wọ́:", "Mo ní ìbéèrè kan:", "Jọ̀wọ́ ràn mí lọ́wọ́ lórí èyí:"],
    "fr": ["Bonjour,", "Bonjour, pouvez-vous m'aider :", "Salut, une question :", "J'ai besoin d'aide pour ceci :"],
    "pcm": ["Abeg help me with this one:", "How far, I need small help:", "Good morning o,", "Oga, abeg check this one for me:"],
}

ANSWER_IN = {
    "en": "Answer in {L}.", "sw": "Jibu kwa {L}.", "ar": "أجب باللغة {L}.", "am": "መልሱን በ{L} ጻፍ።",
    "ha": "Ka amsa da {L}.", "yo": "Dáhùn ní èdè {L}.", "fr": "Réponds en {L}.", "pcm": "Answer am for {L}.",
}

TRANSLATE = {
    "en": ["Translate the following into {L}:", "Please translate this text to {L}, keep the formatting:", "{L} translation of the text below, please:"],
    "sw": ["Tafsiri maandishi yafuatayo kwa {L}:", "Naomba utafsiri hii kwa {L}:", "Tafsiri kwa {L} bila kubadilisha mpangilio:"],
    "ar": ["ترجم النص التالي إلى {L}:", "من فضلك ترجم هذا إلى {L} مع الحفاظ على التنسيق:", "أريد ترجمة دقيقة إلى {L}:"],
    "am": ["የሚከተለውን ወደ {L} ተርጉም፦", "ይህን ጽሑፍ ወደ {L} ተርጉምልኝ፦"],
    "ha": ["Fassara wannan zuwa {L}:", "Don Allah ka fassara rubutun nan zuwa {L}:"],
    "yo": ["Túmọ̀ èyí sí {L}:", "Jọ̀wọ́ túmọ̀ ọ̀rọ̀ yìí sí {L}:"],
    "fr": ["Traduisez le texte suivant en {L} :", "Merci de traduire ce passage en {L}, en gardant la mise en forme :"],
    "pcm": ["Abeg translate this one go {L}:", "Change this text to {L}:"],
}

SUMMARIZE = {
    "en": ["Summarize this in three bullet points:", "Give me a short summary of the following:", "TL;DR this for a busy manager:"],
    "sw": ["Fupisha maandishi haya kwa vipengele vitatu:", "Nipe muhtasari mfupi wa haya:"],
    "ar": ["لخّص النص التالي في ثلاث نقاط:", "أعطني ملخصاً قصيراً لما يلي:"],
    "am": ["የሚከተለውን በሦስት ነጥቦች አጠቃልል፦"],
    "ha": ["Takaita wannan a cikin maki uku:"],
    "yo": ["Ṣe àkópọ̀ èyí ní kókó mẹ́ta:"],
    "fr": ["Résume ceci en trois points :", "Fais-moi un court résumé de ce qui suit :"],
    "pcm": ["Abeg summarize this one for three points:"],
}

# slot-filled everyday requests, written per language
SLOTS = {
    "biz": {"sw": ["duka la vinywaji", "kuku wa nyama", "saluni", "M-Pesa agency", "usafirishaji wa boda boda"],
            "ar": ["مطعم صغير", "متجر إلكتروني", "مقهى", "شركة تنظيف", "توصيل طلبات"],
            "am": ["ካፌ", "የዶሮ እርባታ", "የልብስ ሱቅ"], "ha": ["sayar da kayan abinci", "kiwon kaji", "dinki"],
            "yo": ["oúnjẹ", "aṣọ", "POS"], "fr": ["restauration", "import-export", "couture"],
            "pcm": ["POS", "food", "fashion", "phone accessories"], "en": ["poultry", "mobile money agency", "online shop", "car wash"]},
    "job": {"sw": ["mhasibu", "mwalimu", "muuguzi", "dereva"], "ar": ["محاسب", "مهندس برمجيات", "مدير مبيعات", "معلم"],
            "am": ["የሂሳብ ሠራተኛ", "መምህር", "ነርስ"], "ha": ["malami", "akawu", "ma'aikacin jinya"], "yo": ["olùkọ́", "akọ̀wé", "nọ́ọ̀sì"],
            "fr": ["comptable", "enseignant", "infirmière"], "pcm": ["customer service", "accountant", "driver"], "en": ["data analyst", "nurse", "sales executive"]},
    "disease": {"sw": ["malaria", "kisukari", "shinikizo la damu", "typhoid"], "ar": ["السكري", "ضغط الدم", "الربو"],
                "am": ["ወባ", "የስኳር በሽታ", "ታይፎይድ"], "ha": ["zazzabin cizon sauro", "ciwon suga", "hawan jini"],
                "yo": ["ibà", "àtọ̀gbẹ", "ẹ̀jẹ̀ ríru"], "fr": ["paludisme", "diabète", "hypertension"], "pcm": ["malaria", "typhoid", "ulcer"],
                "en": ["malaria", "typhoid", "high blood pressure"]},
    "place": {"sw": ["Mombasa", "Zanzibar", "Lamu", "Kilwa"], "ar": ["الدرعية", "العلا", "دبي القديمة", "مكة"], "am": ["ላሊበላ", "አክሱም", "ጎንደር", "ሐረር"],
              "ha": ["Kano", "Katsina", "Zariya"], "yo": ["Ifẹ̀", "Ọ̀yọ́", "Abẹ́òkúta"], "fr": ["Djibouti", "Tombouctou", "Zanzibar"],
              "pcm": ["Lagos", "Benin City", "Calabar"], "en": ["Great Zimbabwe", "Timbuktu", "Axum"]},
    "food": {"sw": ["pilau", "chapati", "mandazi", "ugali na sukuma"], "ar": ["كبسة", "مندي", "لقيمات", "هريس"], "am": ["ዶሮ ወጥ", "ሽሮ", "ክትፎ"],
             "ha": ["tuwo da miyan kuka", "masa", "kilishi"], "yo": ["àmàlà àti ewédú", "mọ́ínmọ́ín", "ẹ̀fọ́ riro"], "fr": ["thiéboudienne", "poulet yassa"],
             "pcm": ["jollof rice", "pepper soup", "egusi soup"], "en": ["jollof rice", "injera", "samosas"]},
    "amt": {"sw": ["500", "1,200", "3,000", "15,000"], "pcm": ["5k", "20,000", "50k"], "ha": ["dubu biyar", "naira 20,000"], "ar": ["200", "1500", "750"],
            "en": ["KES 2,000", "NGN 15,000", "AED 300"], "yo": ["ẹgbẹ̀rún márùn-ún naira"], "am": ["500 ብር", "1200 ብር"], "fr": ["5 000 francs", "200 dirhams"]},
}
EVERYDAY = {
    "sw": ["Nawezaje kuanzisha biashara ya {biz} kwa mtaji mdogo?", "Niandikie barua ya kuomba kazi ya {job}.", "Ni dalili gani za {disease}?",
           "Nipe mapishi ya {food} kwa watu wanne.", "Eleza historia fupi ya {place}.", "Nisaidie kuandika ujumbe wa kumpongeza rafiki yangu kwa kuhitimu.",
           "Bei ya mbolea imepanda sana, nifanye nini ili nipunguze gharama shambani?", "Ni njia gani nzuri ya kuweka akiba kila mwezi?"],
    "ar": ["كيف أبدأ مشروع {biz} برأس مال صغير؟", "اكتب لي رسالة تقديم لوظيفة {job}.", "ما هي أعراض {disease}؟", "اقترح لي طريقة تحضير {food}.",
           "لخص لي تاريخ {place} باختصار.", "اكتب تهنئة قصيرة لزميلي بمناسبة الترقية.", "ما أفضل طريقة لتنظيم وقتي بين العمل والدراسة؟",
           "كيف أكتب سيرة ذاتية قوية باللغة الإنجليزية؟"],
    "am": ["{biz} እንዴት መጀመር እችላለሁ?", "ለ{job} ሥራ የማመልከቻ ደብዳቤ ጻፍልኝ።", "የ{disease} ምልክቶች ምንድን ናቸው?", "ስለ {place} ታሪክ አጭር መግለጫ ስጠኝ።",
           "{food} እንዴት ይሠራል?", "ለጓደኛዬ የልደት መልእክት ጻፍልኝ።"],
    "ha": ["Yaya zan fara kasuwancin {biz} da ƙaramin jari?", "Rubuta min wasiƙar neman aikin {job}.", "Mene ne alamun {disease}?",
           "Ba ni takaitaccen tarihin {place}.", "Yaya ake dafa {food}?", "Ina so in koyi Turanci da sauri, me zan yi?"],
    "yo": ["Báwo ni mo ṣe lè bẹ̀rẹ̀ iṣẹ́ {biz} pẹ̀lú owó díẹ̀?", "Kọ lẹ́tà ìbéèrè iṣẹ́ {job} fún mi.", "Kí ni àwọn àmì {disease}?",
           "Sọ ìtàn ṣókí nípa {place}.", "Báwo ni a ṣe ń se {food}?"],
    "fr": ["Comment lancer une activité de {biz} avec peu de capital ?", "Rédige une lettre de motivation pour un poste de {job}.",
           "Quels sont les symptômes du {disease} ?", "Résume l'histoire de {place}.", "Donne-moi une recette de {food}."],
    "pcm": ["How I fit start {biz} business with small money?", "Abeg write application letter for {job} work.", "Wetin be the signs of {disease}?",
            "How dem dey cook {food}?", "Abeg tell me small history about {place}.", "My landlord wan increase rent, how I go take talk to am?"],
    "en": ["How can I start a {biz} business with little capital?", "Write a cover letter for a {job} position.", "What are the symptoms of {disease}?",
           "Give me a recipe for {food}.", "Tell me the history of {place} in short."],
}

SUPPORT_MSG = {  # mobile-money / fintech customer messages
    "sw": ["Nimetuma pesa kwa namba isiyo sahihi, nawezaje kuirudisha?", "Mbona sijapokea pesa ya {amt} niliyotumiwa jana?", "Fuliza limit yangu imeshuka, kwa nini?",
           "Nimesahau PIN yangu, nifanye nini?", "Nimekatwa {amt} mara mbili kwa muamala mmoja.", "Naweza kulipa bili ya KPLC kupitia app?",
           "Akaunti yangu imefungwa ghafla, naomba msaada.", "Loan yangu ilikataliwa, nifanye nini ili nipate?"],
    "pcm": ["I send {amt} but e never land for the person account", "Una don debit me twice for one transfer", "How I go take reset my PIN?",
            "My account don block since morning, abeg help", "Why una reject my loan?", "The POS debit me but customer no receive alert"],
    "ha": ["Na tura {amt} amma ba su isa ba", "An cire min kuɗi sau biyu", "Na manta lambar sirri ta, me zan yi?", "Me yasa aka ƙi ba ni bashi?"],
    "yo": ["Mo fi {amt} ránṣẹ́ ṣùgbọ́n kò dé ọ̀dọ̀ ẹni náà", "Wọ́n yọ owó mi lẹ́ẹ̀mejì", "Mo gbàgbé PIN mi"],
    "ar": ["حولت مبلغ {amt} ولم يصل للمستلم", "تم خصم المبلغ مرتين", "نسيت الرقم السري، ماذا أفعل؟", "لماذا تم إيقاف بطاقتي؟", "كيف أرفع حد التحويل اليومي؟"],
    "en": ["I sent {amt} to the wrong number, can I reverse it?", "My transfer is pending since yesterday", "I was charged twice for one transaction",
           "How do I upgrade my wallet to tier 3?", "Why was my loan application declined?"],
    "am": ["{amt} ልኬ ነበር ግን አልደረሰም", "የሚስጥር ቁጥሬን ረሳሁ", "ሂሳቤ ተዘግቷል፣ እባክህ እርዳኝ"],
    "fr": ["J'ai envoyé {amt} mais le destinataire n'a rien reçu", "On m'a débité deux fois", "J'ai oublié mon code PIN"],
}

# replies in each language, to build plausible assistant text
REPLY = {
    "sw": ["Hapa kuna maelezo kwa hatua.", "Kwanza, tuangalie taarifa tulizopewa.", "Kisha tunazidisha idadi hizi mbili.", "Kwa hiyo jibu ni {x}.",
           "Pole kwa usumbufu uliopata.", "Tafadhali fuata hatua hizi:", "Ukihitaji msaada zaidi, niko hapa.", "Hili ni jambo la kawaida na linaweza kutatuliwa.",
           "Hakikisha umehifadhi risiti ya muamala.", "Kwa ufupi, mambo matatu muhimu ni haya."],
    "ar": ["إليك الشرح خطوة بخطوة.", "أولاً، لنحدد المعطيات.", "ثم نضرب العددين معاً.", "إذن الإجابة هي {x}.", "نعتذر عن الإزعاج.",
           "يرجى اتباع الخطوات التالية:", "إذا احتجت إلى مساعدة إضافية فأنا هنا.", "باختصار، هناك ثلاث نقاط رئيسية.", "هذا سؤال ممتاز."],
    "am": ["ደረጃ በደረጃ እነሆ።", "በመጀመሪያ የተሰጠንን መረጃ እንመልከት።", "ስለዚህ መልሱ {x} ነው።", "ለተፈጠረው ችግር ይቅርታ።", "እባክዎ የሚከተሉትን ደረጃዎች ይከተሉ፦"],
    "ha": ["Ga bayanin mataki-mataki.", "Da farko, mu duba abin da aka ba mu.", "Don haka amsar ita ce {x}.", "Muna ba da haƙuri.", "Don Allah bi waɗannan matakai:"],
    "yo": ["Èyí ni àlàyé ní ìgbésẹ̀ kọ̀ọ̀kan.", "Lákọ̀ọ́kọ́, ẹ jẹ́ ká wo ohun tí a fún wa.", "Nítorí náà ìdáhùn ni {x}.", "Ẹ má bínú fún ìṣòro yìí."],
    "fr": ["Voici la solution étape par étape.", "D'abord, relevons les données.", "Ensuite, on multiplie ces deux nombres.", "La réponse est donc {x}.",
           "Désolé pour ce désagrément.", "Veuillez suivre les étapes suivantes :", "En résumé, trois points essentiels."],
    "pcm": ["Make I explain am step by step.", "First, make we check wetin dem give us.", "So the answer na {x}.", "Sorry for the wahala.", "Abeg follow these steps:"],
    "en": ["Here is the step-by-step solution.", "First, let's list what we know.", "So the answer is {x}.", "Sorry for the inconvenience.",
           "Please follow these steps:", "In short, there are three key points."],
}

SCRIPT_OF = {"ar": "arabic", "am": "ethiopic"}


def fill(rng, template, lang):
    def rep(m):
        k = m.group(1)
        opts = SLOTS.get(k, {})
        vals = opts.get(lang) or opts.get("en") or [k]
        return rng.choice(vals)
    return re.sub(r"\{(biz|job|disease|place|food|amt)\}", rep, template)


def everyday(rng, lang):
    return fill(rng, rng.choice(EVERYDAY.get(lang) or EVERYDAY["en"]), lang)


def support_msg(rng, lang):
    return fill(rng, rng.choice(SUPPORT_MSG.get(lang) or SUPPORT_MSG["en"]), lang)


def lname(lang_of_text, target):
    return LANG_NAME[lang_of_text][target]


def reply_text(rng, lang, n=4, x=""):
    bank = REPLY.get(lang) or REPLY["en"]
    out = []
    while len(out) < n:
        out.extend(rng.sample(bank, min(len(bank), n - len(out))))
    return " ".join(out).replace("{x}", str(x or rng.randint(2, 900)))


# ---- corpora ----------------------------------------------------------------------------
_GSM_ANN = re.compile(r"<<[^>]*>>")


class Corpora:
    def __init__(self, root=DATA):
        def jl(p):
            with open(os.path.join(root, p), encoding="utf-8") as f:
                return [json.loads(l) for l in f if l.strip()]
        convs = jl("benign/chatbot_arena_conversations.jsonl")
        self.convs = []          # list of [(user, assistant), ...]
        for c in convs:
            m = c["messages"]
            pairs = []
            for i in range(0, len(m) - 1, 2):
                if m[i]["role"] == "user" and m[i + 1]["role"] == "assistant":
                    u, a = m[i]["content"], m[i + 1]["content"]
                    if isinstance(u, str) and u.strip():
                        pairs.append((u[:6000], a[:2400]))
            if pairs:
                self.convs.append(pairs)
        self.first_turns = [c[0][0] for c in self.convs]
        self.asst_code = [a for c in self.convs for (_, a) in c if "```" in a]
        self.asst_plain = [a for c in self.convs for (_, a) in c if "```" not in a and len(a) > 80]
        ah1 = jl("benign/arena_hard_v0.1.jsonl")
        ah2 = jl("benign/arena_hard_v2.0.jsonl")
        self.ah_code = [r["prompt"] for r in ah2 if r.get("subcategory") == "coding"]
        self.ah_math = [r["prompt"] for r in ah2 if r.get("subcategory") == "math"]
        self.ah_creative = [r["prompt"] for r in ah2 if r.get("subcategory") == "creative_writing"]
        self.ah_v01 = [r["prompt"] for r in ah1]
        codey = re.compile(r"(python|code|function|script|sql|javascript|c\+\+|rust|java\b|program|regex|api|class |def |bash)", re.I)
        self.ah_v01_code = [p for p in self.ah_v01 if codey.search(p)]
        self.ah_v01_other = [p for p in self.ah_v01 if not codey.search(p)]
        self.ah_all = self.ah_v01 + self.ah_code + self.ah_math + self.ah_creative
        self.gsm = [(r["question"], r["answer"]) for r in jl("extraction/gsm8k_train.jsonl")]
        self.seed_tasks = jl("extraction/self_instruct_seed_tasks.jsonl")
        self.user_tasks = jl("extraction/self_instruct_user_oriented.jsonl")
        self.si = []  # (instruction, input, output)
        for t in self.seed_tasks + self.user_tasks:
            for inst in t.get("instances", [])[:3]:
                self.si.append((t["instruction"], inst.get("input", ""), inst.get("output", "")))
        self.si_cls = [(t["instruction"], i.get("input", ""), i.get("output", "")) for t in self.seed_tasks if t.get("is_classification") for i in t["instances"][:3]]
        with open(os.path.join(root, "jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb = [s for s in json.load(f) if isinstance(s, str)]
        self.dan = []
        for p in sorted(glob.glob(os.path.join(root, "jailbreak/dan/*.json"))):
            with open(p, encoding="utf-8") as f:
                self.dan.extend(s for s in json.load(f) if isinstance(s, str))
        with open(os.path.join(root, "jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sysx = [s for k in sp for s in sp[k]]
        with open(os.path.join(root, "harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            self.adv = [r["goal"] for r in csv.DictReader(f)]
        # short passages usable as "documents" (translation, summaries): assistant answers
        self.docs = [a for a in self.asst_plain if 300 < len(a) < 2200]

    # ---- GSM8K helpers
    @staticmethod
    def gsm_steps(answer):
        body, _, final = answer.partition("####")
        steps = [_GSM_ANN.sub("", s).strip() for s in body.strip().split("\n") if s.strip()]
        return steps, final.strip()

    def gsm_solution(self, rng, answer, lang="en", style=0):
        steps, final = self.gsm_steps(answer)
        if lang != "en":
            head = reply_text(rng, lang, 1, final)
            tail = (REPLY.get(lang) or REPLY["en"])[3 if lang in ("sw", "ar", "fr") else 2].replace("{x}", final)
            return head + "\n\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(steps)) + "\n\n" + tail
        if style == 0:
            return "\n".join(f"Step {i+1}: {s}" for i, s in enumerate(steps)) + f"\n\nThe answer is {final}."
        if style == 1:
            return "Let's work through this.\n\n" + "\n".join(f"- {s}" for s in steps) + f"\n\n**Answer: {final}**"
        return " ".join(steps) + f" Final answer: {final}"

    def gsm_reasoning(self, rng, answer):
        steps, final = self.gsm_steps(answer)
        lead = rng.choice(["Okay, let me parse the problem.", "Let me figure out what is being asked.", "I need to be careful with the quantities here."])
        mids = []
        for s in steps:
            mids.append(rng.choice(["So ", "Then ", "Next, ", "Now ", ""]) + s)
            if rng.random() < 0.25:
                mids.append(rng.choice(["Wait, let me double-check that.", "That seems right.", "Hmm, yes, that's consistent."]))
        return lead + "\n" + "\n".join(mids) + f"\nSo the final answer should be {final}."

    def generic_reasoning(self, rng, prompt):
        words = re.findall(r"[A-Za-z\u0600-\u06FF\u1200-\u137F']{4,}", prompt)[:12]
        topic = " ".join(words[:6]) or "the request"
        parts = [f"The user is asking about {topic}.", rng.choice(["Let me think about what a good answer looks like.", "I should structure this clearly.", "There are a few angles here."]),
                 rng.choice(["First I'll outline the key points,", "I'll start with the main idea,"]) + " " + rng.choice(["then give details.", "then an example.", "then caveats."])]
        if rng.random() < 0.5:
            parts.append("Check: " + " ".join(words[6:12]) + ".")
        return "\n".join(parts)
