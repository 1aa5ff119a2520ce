# -*- coding: utf-8 -*-
"""Text written for this generator (not from the corpora): slot-filled phrasings in English,
Hindi, Hinglish, Bengali, Tamil, Urdu, Marathi and Sinhala, and assembled replies."""
from core import pick, chance

LANGS = ["en", "hi", "hinglish", "bn", "ta", "ur", "mr", "si"]
LANG_BY_CC = {
    "IN": (["en", "hinglish", "hi", "ta", "bn", "mr"], [40, 25, 15, 8, 6, 6]),
    "PK": (["en", "ur", "hinglish"], [50, 40, 10]),   # romanised Urdu reads like Hinglish
    "BD": (["bn", "en"], [60, 40]),
    "LK": (["si", "en", "ta"], [50, 40, 10]),
    "NP": (["en", "hi", "hinglish"], [70, 15, 15]),
}

# ----------------------------------------------------------------------------------------------
# Topics / slots
# ----------------------------------------------------------------------------------------------
TOPICS = {
    "en": ["photosynthesis", "inflation", "the GST system", "blockchain", "climate change", "the Mughal empire",
           "compound interest", "machine learning", "the Indian constitution", "monsoon formation", "black holes",
           "mutual funds", "the French revolution", "vaccines", "UPI payments", "cricket's DRS system",
           "the stock market", "Newton's laws", "cloud computing", "the 1971 war"],
    "hi": ["प्रकाश संश्लेषण", "महंगाई", "जीएसटी", "जलवायु परिवर्तन", "मुगल साम्राज्य", "चक्रवृद्धि ब्याज",
           "भारतीय संविधान", "मानसून", "म्यूचुअल फंड", "न्यूटन के नियम", "लोकतंत्र", "डिजिटल भुगतान", "कृत्रिम बुद्धिमत्ता"],
    "hinglish": ["photosynthesis", "inflation", "GST", "crypto", "mutual funds", "SIP", "Newton ke laws", "stock market",
                 "AI", "cloud computing", "CIBIL score", "income tax new regime", "UPSC prelims syllabus", "React hooks",
                 "DSA", "term insurance", "home loan EMI"],
    "bn": ["সালোকসংশ্লেষণ", "মুদ্রাস্ফীতি", "জলবায়ু পরিবর্তন", "মুক্তিযুদ্ধের ইতিহাস", "চক্রবৃদ্ধি সুদ", "কৃত্রিম বুদ্ধিমত্তা",
           "বর্ষাকাল", "শেয়ার বাজার", "রবীন্দ্রনাথ ঠাকুর", "ডিজিটাল ব্যাংকিং"],
    "ta": ["ஒளிச்சேர்க்கை", "பணவீக்கம்", "காலநிலை மாற்றம்", "சோழர் வரலாறு", "கூட்டு வட்டி", "செயற்கை நுண்ணறிவு",
           "பருவமழை", "பங்குச் சந்தை", "திருக்குறள்", "மின்சார வாகனங்கள்"],
    "ur": ["ضیائی تالیف", "مہنگائی", "موسمیاتی تبدیلی", "مغلیہ سلطنت", "مرکب سود", "مصنوعی ذہانت", "مون سون",
           "اسٹاک مارکیٹ", "علامہ اقبال کی شاعری", "ڈیجیٹل بینکاری"],
    "mr": ["प्रकाशसंश्लेषण", "महागाई", "हवामान बदल", "शिवाजी महाराजांचा इतिहास", "चक्रवाढ व्याज", "कृत्रिम बुद्धिमत्ता",
           "पावसाळा", "शेअर बाजार", "सहकारी बँका", "सेंद्रिय शेती"],
    "si": ["ප්‍රභාසංශ්ලේෂණය", "උද්ධමනය", "දේශගුණික විපර්යාස", "අනුරාධපුර යුගය", "වැල් පොලිය", "කෘත්‍රිම බුද්ධිය",
           "මෝසම් වැසි", "කොටස් වෙළඳපොළ", "තේ කර්මාන්තය", "ඩිජිටල් ගෙවීම්"],
}
CITIES = ["Jaipur", "Goa", "Munnar", "Darjeeling", "Lahore", "Cox's Bazar", "Kandy", "Pokhara", "Udaipur", "Rishikesh",
          "Hampi", "Shillong", "Ella", "Hunza", "Sylhet", "Varanasi", "Pondicherry", "Leh"]
DISHES = {"en": ["biryani", "dal makhani", "masala dosa", "chicken karahi", "hilsa curry", "kottu roti", "momos", "pav bhaji"],
          "hi": ["बिरयानी", "दाल मखनी", "पनीर टिक्का", "आलू पराठा", "राजमा चावल"],
          "hinglish": ["biryani", "dal makhani", "paneer butter masala", "aloo paratha", "chole bhature", "maggi"],
          "bn": ["ইলিশ ভাপা", "খিচুড়ি", "বিরিয়ানি", "মিষ্টি দই"], "ta": ["சாம்பார்", "பொங்கல்", "செட்டிநாடு சிக்கன்", "ரசம்"],
          "ur": ["بریانی", "نہاری", "حلیم", "کڑاہی"], "mr": ["पुरणपोळी", "मिसळ पाव", "वडा पाव", "थालीपीठ"],
          "si": ["කොත්තු", "කිරිබත්", "පරිප්පු", "ලුණු මිරිස්"]}
OCCASIONS = {"en": ["Diwali", "Eid", "my sister's wedding", "farewell party", "Independence Day", "Pohela Boishakh", "Sinhala New Year", "Onam"],
             "hinglish": ["Diwali", "Eid", "shaadi", "farewell", "birthday", "Holi", "office party"]}
REASONS = {"en": ["fever", "a family function", "my brother's wedding", "a doctor's appointment", "internet outage at home"],
           "hinglish": ["bukhar", "ghar pe function", "cousin ki shaadi", "doctor appointment", "train late hai"]}
ERRORS = ["TypeError: 'NoneType' object is not subscriptable", "ModuleNotFoundError: No module named 'cv2'",
          "IndexError: list index out of range", "Uncaught TypeError: Cannot read properties of undefined (reading 'map')",
          "java.lang.NullPointerException", "SyntaxError: invalid syntax", "npm ERR! code ERESOLVE", "Segmentation fault (core dumped)"]

# ----------------------------------------------------------------------------------------------
# Everyday chat prompts by language
# ----------------------------------------------------------------------------------------------
CHAT = {
    "en": ["Explain {topic} in simple words.", "Can you help me plan a 3 day trip to {city} on a budget?",
           "Give me a recipe for {dish} for 4 people.", "Write a leave application to my manager because of {reason}.",
           "What is the difference between {topic} and {topic2}?", "Write a short speech for {occasion}.",
           "My code throws {err}. What could be wrong?", "Suggest 5 names for a small tea shop near a college.",
           "Summarize the pros and cons of {topic} in a table.", "How do I prepare for campus placements in 2 months?",
           "Write an Instagram caption for {occasion} photos.", "Is it better to rent or buy a flat in Pune right now?"],
    "hi": ["{topic} को आसान भाषा में समझाइए।", "{city} घूमने के लिए 3 दिन का सस्ता प्लान बनाइए।",
           "{dish} बनाने की विधि बताइए।", "बुखार के कारण छुट्टी के लिए एक प्रार्थना पत्र लिखिए।",
           "{topic} पर कक्षा 8 के लिए एक छोटा निबंध लिखिए।", "मेरे पिताजी के जन्मदिन पर एक छोटी कविता लिखिए।",
           "{topic} के फायदे और नुकसान बताइए।", "सरकारी नौकरी की तैयारी कैसे शुरू करें?"],
    "hinglish": ["bhai {topic} simple words mein samjha do", "{city} ka 3 din ka trip plan bana do, budget 15k hai",
                 "{dish} ki recipe batao step by step", "ek leave application likh do, reason {reason}",
                 "yaar ye error aa raha hai {err}, kya karu?", "{occasion} ke liye ek funny caption chahiye",
                 "{topic} aur {topic2} mein kya difference hai?", "mera resume dekh ke bata kya improve karu, fresher hu",
                 "gf ke birthday ke liye kuch unique gift ideas do under 2000", "interview mein 'tell me about yourself' ka answer kaise du?",
                 "kal exam hai {topic} ka, important points bata do jaldi", "whatsapp pe bhejne ke liye good morning message likh do"],
    "bn": ["{topic} সহজ ভাষায় বুঝিয়ে বলুন।", "{city} ভ্রমণের জন্য ৩ দিনের একটি পরিকল্পনা করে দিন।",
           "{dish} রান্নার রেসিপি দিন।", "অসুস্থতার জন্য ছুটির একটি আবেদনপত্র লিখে দিন।",
           "{topic} নিয়ে একটি ছোট রচনা লিখুন।", "পহেলা বৈশাখের জন্য একটি শুভেচ্ছা বার্তা লিখুন।"],
    "ta": ["{topic} பற்றி எளிமையாக விளக்குங்கள்.", "{city} செல்ல 3 நாள் பயணத் திட்டம் தயாரித்துக் கொடுங்கள்.",
           "{dish} செய்வது எப்படி?", "காய்ச்சல் காரணமாக விடுப்பு கடிதம் எழுதித் தாருங்கள்.",
           "{topic} பற்றி ஒரு சிறு கட்டுரை எழுதுங்கள்.", "பொங்கல் வாழ்த்து செய்தி ஒன்று எழுதுங்கள்."],
    "ur": ["{topic} کو آسان الفاظ میں سمجھائیں۔", "{city} کے لیے تین دن کا سفری منصوبہ بنا دیں۔",
           "{dish} بنانے کا طریقہ بتائیں۔", "بیماری کی وجہ سے چھٹی کی درخواست لکھ دیں۔",
           "{topic} پر ایک مختصر مضمون لکھیں۔", "عید کے لیے ایک خوبصورت پیغام لکھ دیں۔"],
    "mr": ["{topic} सोप्या भाषेत समजावून सांगा.", "{city} साठी ३ दिवसांचा प्रवास आराखडा तयार करा.",
           "{dish} कसा बनवायचा ते सांगा.", "आजारपणामुळे रजेसाठी अर्ज लिहून द्या.",
           "{topic} या विषयावर छोटा निबंध लिहा.", "गणेशोत्सवासाठी शुभेच्छा संदेश लिहा."],
    "si": ["{topic} සරලව පැහැදිලි කරන්න.", "{city} වෙත දින 3ක සංචාරයක් සැලසුම් කර දෙන්න.",
           "{dish} හදන විදිහ කියන්න.", "අසනීප නිසා නිවාඩු ඉල්ලීමේ ලිපියක් ලියා දෙන්න.",
           "{topic} ගැන කෙටි රචනාවක් ලියන්න.", "අලුත් අවුරුදු සුබ පැතුම් පණිවිඩයක් ලියන්න."],
}

REPLY = {
    "en": ("Sure! Here's a clear overview of {x}.\n\n", ["**What it is:** {x} is best understood by starting with the basic idea and then looking at how it plays out in everyday life.",
           "**Why it matters:** it affects decisions people make about money, health, work and study.",
           "**Key points:**\n1. Start with the core definition.\n2. Look at one or two concrete examples.\n3. Note the common misconceptions.",
           "**Example:** think of a family in Pune planning their monthly budget; the same logic applies here.",
           "**Tip:** if you are preparing for an exam, write a 5-line summary in your own words and revise it twice."],
           "Let me know if you'd like a shorter version or more examples."),
    "hi": ("ज़रूर! {x} के बारे में संक्षेप में:\n\n", ["**परिचय:** {x} को समझने के लिए पहले इसकी मूल परिभाषा देखें।",
           "**मुख्य बातें:**\n1. मूल विचार\n2. रोज़मर्रा के उदाहरण\n3. आम गलतफहमियाँ",
           "**उदाहरण:** मान लीजिए एक परिवार अपना मासिक बजट बना रहा है — यही तर्क यहाँ भी लागू होता है।",
           "**सुझाव:** परीक्षा के लिए अपने शब्दों में 5 पंक्तियों का सार लिखें।"], "अगर आप चाहें तो मैं और उदाहरण दे सकता हूँ।"),
    "hinglish": ("Haan bilkul! {x} ko simple tareeke se samjhte hain:\n\n", ["**Basic idea:** {x} ka core concept ye hai ki cheezein step by step connect hoti hain.",
           "**Example:** socho tumhare ghar ka monthly budget — same logic yahan lagta hai.",
           "**Important points:**\n1. Definition yaad rakho\n2. Ek real-life example likho\n3. Common mistakes avoid karo",
           "**Tip:** exam ke liye 5 line ka short note bana lo, revision easy ho jayega."], "Aur detail chahiye toh batao!"),
    "bn": ("অবশ্যই! {x} সম্পর্কে সংক্ষেপে:\n\n", ["**মূল ধারণা:** {x} বুঝতে হলে প্রথমে এর সংজ্ঞা জানা দরকার।",
           "**গুরুত্বপূর্ণ বিষয়:**\n১. সংজ্ঞা\n২. দৈনন্দিন উদাহরণ\n৩. সাধারণ ভুল ধারণা",
           "**উদাহরণ:** একটি পরিবারের মাসিক বাজেটের কথা ভাবুন — একই যুক্তি এখানে খাটে।"], "আরও জানতে চাইলে বলুন।"),
    "ta": ("நிச்சயமாக! {x} பற்றி சுருக்கமாக:\n\n", ["**அடிப்படை:** {x} என்பதைப் புரிந்துகொள்ள முதலில் அதன் வரையறையைப் பார்ப்போம்.",
           "**முக்கிய குறிப்புகள்:**\n1. வரையறை\n2. அன்றாட உதாரணங்கள்\n3. பொதுவான தவறான புரிதல்கள்",
           "**உதாரணம்:** ஒரு குடும்பத்தின் மாத பட்ஜெட்டை நினைத்துப் பாருங்கள்."], "மேலும் விவரம் வேண்டுமானால் கேளுங்கள்."),
    "ur": ("ضرور! {x} کے بارے میں مختصراً:\n\n", ["**بنیادی تصور:** {x} کو سمجھنے کے لیے پہلے اس کی تعریف دیکھیں۔",
           "**اہم نکات:**\n1. تعریف\n2. روزمرہ مثالیں\n3. عام غلط فہمیاں",
           "**مثال:** ایک گھرانے کے ماہانہ بجٹ کے بارے میں سوچیں۔"], "مزید تفصیل چاہیے تو بتائیں۔"),
    "mr": ("नक्कीच! {x} बद्दल थोडक्यात:\n\n", ["**मूळ संकल्पना:** {x} समजून घेण्यासाठी आधी त्याची व्याख्या पाहू.",
           "**महत्त्वाचे मुद्दे:**\n१. व्याख्या\n२. रोजच्या जीवनातील उदाहरणे\n३. सामान्य गैरसमज",
           "**उदाहरण:** एका कुटुंबाच्या मासिक खर्चाचा विचार करा."], "अजून माहिती हवी असल्यास सांगा."),
    "si": ("නිසැකවම! {x} ගැන කෙටියෙන්:\n\n", ["**මූලික අදහස:** {x} තේරුම් ගැනීමට පළමුව එහි අර්ථ දැක්වීම බලමු.",
           "**වැදගත් කරුණු:**\n1. අර්ථ දැක්වීම\n2. එදිනෙදා උදාහරණ\n3. පොදු වැරදි වැටහීම්",
           "**උදාහරණය:** පවුලක මාසික අයවැය ගැන සිතන්න."], "තව විස්තර අවශ්‍ය නම් කියන්න."),
}


def fill(rng, tpl, lang):
    L = lang if lang in TOPICS else "en"
    t1 = pick(rng, TOPICS[L])
    t2 = pick(rng, TOPICS[L])
    return tpl.format(topic=t1, topic2=t2, city=pick(rng, CITIES), dish=pick(rng, DISHES.get(L, DISHES["en"])),
                      reason=pick(rng, REASONS.get(L, REASONS["en"])), occasion=pick(rng, OCCASIONS.get(L, OCCASIONS["en"])),
                      err=pick(rng, ERRORS)), t1


def chat_prompt(rng, lang):
    return fill(rng, pick(rng, CHAT[lang]), lang)


def generic_reply(rng, lang, subject, n=None):
    head, body, tail = REPLY.get(lang, REPLY["en"])
    k = n or int(rng.integers(2, len(body) + 1))
    idx = sorted(rng.choice(len(body), size=min(k, len(body)), replace=False))
    x = subject if len(subject) < 80 else subject[:77].rsplit(" ", 1)[0] + "..."
    return head.format(x=x) + "\n\n".join(body[i].format(x=x) for i in idx) + "\n\n" + tail


# ----------------------------------------------------------------------------------------------
# Step-by-step / reasoning phrasing
# ----------------------------------------------------------------------------------------------
WORDS = {   # step, answer, therefore, check
    "en": ("Step", "Final answer", "Therefore", "Check"),
    "hi": ("चरण", "अंतिम उत्तर", "इसलिए", "जाँच"),
    "hinglish": ("Step", "Final answer", "Toh", "Check"),
    "bn": ("ধাপ", "চূড়ান্ত উত্তর", "সুতরাং", "যাচাই"),
    "ta": ("படி", "இறுதி விடை", "எனவே", "சரிபார்ப்பு"),
    "ur": ("مرحلہ", "حتمی جواب", "لہٰذا", "جانچ"),
    "mr": ("पायरी", "अंतिम उत्तर", "म्हणून", "तपासणी"),
    "si": ("පියවර", "අවසාන පිළිතුර", "එබැවින්", "පරීක්ෂාව"),
}

# how ordinary students/users ask for working (benign and campaign alike)
STEPWISE_ASK = {
    "en": ["Please explain step by step.", "Can you show the working?", "Explain how to solve this.", "solve this", "Show all steps please, I have a test tomorrow.",
           "How do I get the answer? I keep getting it wrong."],
    "hi": ["कृपया चरण-दर-चरण हल समझाइए।", "इसका हल बताइए।", "इसे कैसे हल करें? पूरा तरीका बताइए।"],
    "hinglish": ["step by step samjhao please", "iska solution batao", "ye kaise solve hoga? mera answer match nahi ho raha",
                 "bhai iska working dikha do", "solve karke batao"],
    "bn": ["ধাপে ধাপে সমাধান করে দেখান।", "এটা কীভাবে সমাধান করব?"],
    "ta": ["படிப்படியாக விளக்குங்கள்.", "இதை எப்படி தீர்ப்பது?"],
    "ur": ["براہ کرم مرحلہ وار حل سمجھائیں۔", "یہ سوال کیسے حل ہوگا؟"],
    "mr": ["कृपया टप्प्याटप्प्याने समजावून सांगा.", "हे कसे सोडवायचे?"],
    "si": ["පියවරෙන් පියවර විසඳන්න.", "මේක විසඳන්නේ කොහොමද?"],
}

# ----------------------------------------------------------------------------------------------
# Native-language math word problems (slot-filled)
# ----------------------------------------------------------------------------------------------
MATH_T = {
    "buy": {
        "en": "A shopkeeper buys {a} kg of rice at Rs {p} per kg and {b} kg of dal at Rs {q} per kg. How much does he spend in total?",
        "hi": "एक दुकानदार {a} किलो चावल ₹{p} प्रति किलो और {b} किलो दाल ₹{q} प्रति किलो की दर से खरीदता है। उसने कुल कितने रुपये खर्च किए?",
        "hinglish": "ek dukaandar {a} kg chawal Rs {p}/kg aur {b} kg dal Rs {q}/kg ke rate pe leta hai. total kitna kharcha hua?",
        "bn": "একজন দোকানদার {a} কেজি চাল প্রতি কেজি {p} টাকা দরে এবং {b} কেজি ডাল প্রতি কেজি {q} টাকা দরে কিনলেন। তিনি মোট কত টাকা খরচ করলেন?",
        "ta": "ஒரு கடைக்காரர் {a} கிலோ அரிசியை கிலோ ரூ.{p} விலையிலும் {b} கிலோ பருப்பை கிலோ ரூ.{q} விலையிலும் வாங்குகிறார். மொத்தம் எவ்வளவு செலவு?",
        "ur": "ایک دکاندار {a} کلو چاول {p} روپے فی کلو اور {b} کلو دال {q} روپے فی کلو کے حساب سے خریدتا ہے۔ اس نے کل کتنے روپے خرچ کیے؟",
        "mr": "एक दुकानदार {a} किलो तांदूळ ₹{p} प्रति किलो आणि {b} किलो डाळ ₹{q} प्रति किलो दराने खरेदी करतो. त्याने एकूण किती रुपये खर्च केले?",
        "si": "වෙළෙන්දෙක් සහල් කිලෝ {a}ක් කිලෝවකට රු. {p} බැගින් ද පරිප්පු කිලෝ {b}ක් කිලෝවකට රු. {q} බැගින් ද මිලදී ගනී. මුළු වියදම කීයද?",
    },
    "speed": {
        "en": "A train covers {d} km in {h} hours. At the same speed, how long will it take to cover {e} km?",
        "hi": "एक रेलगाड़ी {h} घंटे में {d} किमी की दूरी तय करती है। उसी गति से {e} किमी तय करने में कितना समय लगेगा?",
        "hinglish": "ek train {h} ghante mein {d} km jaati hai. same speed pe {e} km mein kitna time lagega?",
        "bn": "একটি ট্রেন {h} ঘণ্টায় {d} কিমি যায়। একই গতিতে {e} কিমি যেতে কত সময় লাগবে?",
        "ta": "ஒரு ரயில் {h} மணி நேரத்தில் {d} கி.மீ. செல்கிறது. அதே வேகத்தில் {e} கி.மீ. செல்ல எவ்வளவு நேரம் ஆகும்?",
        "ur": "ایک ٹرین {h} گھنٹوں میں {d} کلومیٹر طے کرتی ہے۔ اسی رفتار سے {e} کلومیٹر طے کرنے میں کتنا وقت لگے گا؟",
        "mr": "एक रेल्वे {h} तासांत {d} किमी अंतर कापते. त्याच वेगाने {e} किमी जाण्यास किती वेळ लागेल?",
        "si": "දුම්රියක් පැය {h}කින් කිලෝමීටර් {d}ක් ගමන් කරයි. එම වේගයෙන් කිලෝමීටර් {e}ක් යාමට කොපමණ කාලයක් ගතවේද?",
    },
    "pct": {
        "en": "Meena earns Rs {s} a month. She spends {r}% on rent and {u}% of the rest on groceries. How much is left?",
        "hi": "मीना की मासिक आय ₹{s} है। वह {r}% किराए पर और बची राशि का {u}% राशन पर खर्च करती है। उसके पास कितने रुपये बचे?",
        "hinglish": "Meena ki salary Rs {s} hai. {r}% rent mein jaata hai aur baaki ka {u}% ration mein. kitna bachta hai?",
        "bn": "মীনার মাসিক আয় {s} টাকা। তিনি {r}% বাড়িভাড়ায় এবং বাকি টাকার {u}% বাজারে খরচ করেন। কত টাকা বাকি থাকে?",
        "ta": "மீனாவின் மாத வருமானம் ரூ.{s}. அவர் {r}% வாடகைக்கும் மீதியில் {u}% மளிகைக்கும் செலவிடுகிறார். எவ்வளவு மீதம்?",
        "ur": "مینا کی ماہانہ آمدنی {s} روپے ہے۔ وہ {r}% کرایے پر اور باقی کا {u}% راشن پر خرچ کرتی ہے۔ کتنے روپے بچتے ہیں؟",
        "mr": "मीनाचे मासिक उत्पन्न ₹{s} आहे. ती {r}% भाड्यावर आणि उरलेल्या रकमेपैकी {u}% किराण्यावर खर्च करते. किती रुपये उरतात?",
        "si": "මීනාගේ මාසික ආදායම රු. {s}කි. ඇය {r}%ක් කුලියට ද ඉතිරියෙන් {u}%ක් බඩු සඳහා ද වියදම් කරයි. ඉතිරි කොපමණද?",
    },
    "si_int": {
        "en": "Find the simple interest on Rs {P} at {R}% per annum for {T} years.",
        "hi": "₹{P} पर {R}% वार्षिक दर से {T} वर्षों का साधारण ब्याज ज्ञात कीजिए।",
        "hinglish": "Rs {P} pe {R}% per annum se {T} saal ka simple interest kitna hoga?",
        "bn": "{P} টাকার উপর বার্ষিক {R}% হারে {T} বছরের সরল সুদ নির্ণয় করো।",
        "ta": "ரூ.{P}க்கு ஆண்டுக்கு {R}% வீதம் {T} ஆண்டுகளுக்கான தனி வட்டி காண்க.",
        "ur": "{P} روپے پر {R}% سالانہ شرح سے {T} سال کا سادہ سود معلوم کریں۔",
        "mr": "₹{P} वर {R}% वार्षिक दराने {T} वर्षांचे सरळव्याज काढा.",
        "si": "රු. {P}කට වාර්ෂිකව {R}% බැගින් වසර {T}ක සරල පොලිය සොයන්න.",
    },
}


def native_math(rng, lang):
    """Returns (question, steps, final) for a freshly slot-filled word problem in `lang`."""
    kind = pick(rng, list(MATH_T))
    L = lang if lang in MATH_T[kind] else "en"
    if kind == "buy":
        a, b = int(rng.integers(3, 60)), int(rng.integers(2, 40))
        p, q = int(rng.integers(30, 95)), int(rng.integers(70, 160))
        q_ = MATH_T[kind][L].format(a=a, b=b, p=p, q=q)
        steps = ["%d × %d = %d" % (a, p, a * p), "%d × %d = %d" % (b, q, b * q), "%d + %d = %d" % (a * p, b * q, a * p + b * q)]
        fin = str(a * p + b * q)
    elif kind == "speed":
        h = int(rng.integers(2, 9)); v = int(rng.integers(35, 110)); d = h * v; e = v * int(rng.integers(2, 12))
        q_ = MATH_T[kind][L].format(d=d, h=h, e=e)
        steps = ["%d ÷ %d = %d km/h" % (d, h, v), "%d ÷ %d = %d" % (e, v, e // v)]
        fin = "%d h" % (e // v)
    elif kind == "pct":
        s = int(rng.integers(12, 90)) * 1000; r = int(pick(rng, [10, 15, 20, 25, 30])); u = int(pick(rng, [10, 20, 25, 40, 50]))
        rest = s * (100 - r) // 100; left = rest * (100 - u) // 100
        q_ = MATH_T[kind][L].format(s=s, r=r, u=u)
        steps = ["%d × %d%% = %d" % (s, r, s * r // 100), "%d − %d = %d" % (s, s * r // 100, rest),
                 "%d × %d%% = %d" % (rest, u, rest * u // 100), "%d − %d = %d" % (rest, rest * u // 100, left)]
        fin = str(left)
    else:
        P = int(rng.integers(5, 200)) * 500; R = int(rng.integers(3, 13)); T = int(rng.integers(2, 8))
        q_ = MATH_T[kind][L].format(P=P, R=R, T=T)
        si = P * R * T / 100
        steps = ["SI = P × R × T / 100", "%d × %d × %d / 100 = %g" % (P, R, T, si)]
        fin = "%g" % si
    return q_, steps, fin


def worked_reply(lang, steps, final, intro=True):
    W = WORDS.get(lang, WORDS["en"])
    lines = []
    if intro:
        lines.append({"en": "Let's solve it step by step.", "hi": "आइए इसे चरण-दर-चरण हल करें।",
                      "hinglish": "Chalo step by step solve karte hain.", "bn": "চলুন ধাপে ধাপে সমাধান করি।",
                      "ta": "படிப்படியாகத் தீர்ப்போம்.", "ur": "آئیے اسے مرحلہ وار حل کریں۔",
                      "mr": "चला, टप्प्याटप्प्याने सोडवू.", "si": "පියවරෙන් පියවර විසඳමු."}.get(lang, "Let's solve it step by step."))
    for i, s in enumerate(steps):
        lines.append("**%s %d:** %s" % (W[0], i + 1, s))
    lines.append("**%s:** %s" % (W[1], final))
    return "\n\n".join(lines)


REASON_FILL = [
    "First I need to pin down exactly what is being asked.", "Let me restate the quantities given.",
    "I'll compute the intermediate values one at a time.", "Wait, let me double-check that multiplication.",
    "Okay, that matches.", "Another way to see it: work backwards from the result.",
    "Hmm, I should make sure I'm not double counting.", "Units look consistent.",
    "Let me verify by plugging the answer back in.", "That seems right.",
]


def reasoning_text(rng, steps, final, lang="en", deep=1.0):
    """Reasoning trace for a reasoning model (English internal monologue, as most models think)."""
    out = ["The user wants the solution to a word problem." if lang == "en" else
           "The user writes in %s; I'll reason in English and answer in their language." % {"hi": "Hindi", "hinglish": "Hinglish", "bn": "Bengali",
                                                                                          "ta": "Tamil", "ur": "Urdu", "mr": "Marathi", "si": "Sinhala"}.get(lang, "their language")]
    out.append(pick(rng, REASON_FILL[:2]))
    for s in steps:
        out.append(s)
        if rng.random() < 0.35 * deep:
            out.append(pick(rng, REASON_FILL[2:]))
    if rng.random() < 0.6 * deep:
        out.append("Let me verify: recomputing gives %s again." % final)
    out.append("So the answer is %s." % final)
    return "\n".join(out)


def generic_reasoning(rng, subject, deep=1.0):
    s = subject.strip().split("\n")[0][:120]
    parts = ["The user is asking: \"%s\"." % s, "Let me think about what a complete answer needs to cover.",
             "Key considerations: correctness first, then clarity, then brevity."]
    k = int(2 + deep * 3 + rng.integers(0, 3))
    pool = ["I should consider edge cases.", "Maybe start with a concrete example.", "The user may be a beginner; define terms.",
            "Is there an ambiguity in the question? I'll state my assumption.", "A table could make the comparison clearer.",
            "I should check this against what I know about the standard approach.", "Let me outline: definition, mechanism, example, caveats.",
            "Actually, the simpler explanation is better here.", "I need to avoid overclaiming.", "Consider the alternative interpretation too."]
    for _ in range(k):
        parts.append(pick(rng, pool))
    parts.append("Now I'll write the answer.")
    return "\n".join(parts)

FOLLOW = {
    "en": ["can you make it shorter?", "thanks! can you give one more example?", "explain the second point in more detail",
           "ok, and what about for a beginner?", "great, now put it in a table", "that's helpful, thank you"],
    "hi": ["थोड़ा और विस्तार से बताइए।", "धन्यवाद! एक और उदाहरण दीजिए।", "इसे छोटा कर दीजिए।"],
    "hinglish": ["aur detail mein batao", "thoda short kar do", "thanks bhai, ek example aur do", "ye wala point samajh nahi aaya",
                 "english mein bhi likh do"],
    "bn": ["আরও বিস্তারিত বলুন।", "ধন্যবাদ! আরেকটি উদাহরণ দিন।"], "ta": ["இன்னும் விரிவாகச் சொல்லுங்கள்.", "நன்றி! இன்னொரு உதாரணம் தாருங்கள்."],
    "ur": ["مزید تفصیل سے بتائیں۔", "شکریہ! ایک اور مثال دیں۔"], "mr": ["अजून सविस्तर सांगा.", "धन्यवाद! अजून एक उदाहरण द्या."],
    "si": ["තව විස්තර කරන්න.", "ස්තූතියි! තව උදාහරණයක් දෙන්න."],
}
LANG_NAME = {"en": "English", "hi": "Hindi", "hinglish": "Hinglish", "bn": "Bengali", "ta": "Tamil", "ur": "Urdu",
             "mr": "Marathi", "si": "Sinhala"}
