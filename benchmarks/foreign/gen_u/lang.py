"""Hand-written multilingual phrase banks for the gen_u world.

Languages: Arabic (MSA "ar", Gulf "ar_gulf", Egyptian "ar_eg"), English "en", Amharic "am",
Swahili "sw", Somali "so", Urdu "ur", Hindi "hi", Tagalog "tl", French "fr".
The public corpora in /work/shared/data are almost all English; these banks supply the
non-English side of the traffic (slot-filled, so strings vary).
"""

LANGS = ["ar", "ar_gulf", "ar_eg", "en", "am", "sw", "so", "ur", "hi", "tl", "fr"]

NAMES = {
    "ar": ["أحمد", "فاطمة", "خالد", "مريم", "سعيد", "نورة", "يوسف", "ليلى", "عمر", "هند", "سلطان", "عائشة"],
    "am": ["አበበ", "ሰላም", "ዳዊት", "ሄለን", "ተስፋዬ", "መቅደስ", "ብርሃኑ", "ሊያ"],
    "sw": ["Juma", "Amina", "Wanjiru", "Otieno", "Baraka", "Neema", "Mwangi", "Zawadi"],
    "so": ["Cabdi", "Xaliimo", "Faarax", "Hodan", "Maxamed", "Ayaan", "Cali", "Sahra"],
    "ur": ["احمد", "عائشہ", "بلال", "زینب", "عمران", "فاطمہ", "حسن", "سارہ"],
    "hi": ["राहुल", "प्रिया", "अमित", "सुनीता", "विकास", "अंजलि", "रवि", "नेहा"],
    "tl": ["Juan", "Maria", "Jose", "Liza", "Paolo", "Ana", "Mark", "Grace"],
    "fr": ["Karim", "Sophie", "Amadou", "Léa", "Youssef", "Camille", "Moussa", "Inès"],
    "en": ["Ahmed", "Fatima", "Priya", "John", "Grace", "Omar", "Wanjiru", "Sara", "Hassan", "Mariam",
           "Abebe", "Halima", "Ravi", "Joy", "Khalid", "Noura"],
}
NAMES["ar_gulf"] = NAMES["ar"]
NAMES["ar_eg"] = ["محمد", "منى", "مصطفى", "دينا", "كريم", "ياسمين", "أحمد", "سارة"]

CURRENCY = {"ar": "ريال", "ar_gulf": "درهم", "ar_eg": "جنيه", "am": "ብር", "sw": "shilingi",
            "so": "shilin", "ur": "روپے", "hi": "रुपये", "tl": "piso", "fr": "euros", "en": "AED"}
EN_CURRENCIES = ["AED", "SAR", "QAR", "EGP", "KES", "ETB", "USD"]

COUNTRIES = {
    "ar": ["مصر", "الأردن", "الهند", "باكستان", "السودان", "الفلبين"],
    "en": ["Pakistan", "India", "the Philippines", "Egypt", "Kenya", "Ethiopia", "the UK"],
    "ur": ["پاکستان"], "hi": ["भारत"], "tl": ["Pilipinas"], "so": ["Soomaaliya", "Hargeysa"],
    "sw": ["Tanzania", "Uganda"], "am": ["ኢትዮጵያ"], "fr": ["France", "Maroc", "Djibouti"],
}
COUNTRIES["ar_gulf"] = COUNTRIES["ar"]
COUNTRIES["ar_eg"] = ["السعودية", "الكويت", "الإمارات"]

# --- arithmetic word-problem templates: (kind, text) ---------------------------------
# kinds: change (n1*n2 paid with n3), speed (n1/n2), girls (n1-n2), split (n1/n2), save (n1*n2-n3)
MATH = {
    "ar": [("change", "اشترى {name} {n1} كيلوغرامات من التمر بسعر {n2} {cur} للكيلوغرام، ودفع {n3} {cur}. كم يتبقى له؟"),
           ("speed", "يقطع قطار مسافة {n1} كيلومتراً في {n2} ساعات. ما متوسط سرعته؟"),
           ("girls", "في مدرسة {n1} طالباً، منهم {n2} بنتاً. كم عدد الأولاد؟"),
           ("save", "وفّر {name} {n1} {cur} كل شهر لمدة {n2} شهراً ثم أنفق {n3} {cur}. كم بقي معه؟")],
    "ar_gulf": [("change", "{name} شرى {n1} كراتين ماي، كل كرتون بـ {n2} {cur}، وعطى الكاشير {n3} {cur}. كم يرجع له؟"),
                ("split", "عندي {n1} {cur} وأبي أقسمها على {n2} أشخاص بالتساوي، كم نصيب كل واحد؟"),
                ("speed", "لو السيارة مشت {n1} كيلو في {n2} ساعات، كم سرعتها بالساعة؟")],
    "ar_eg": [("change", "{name} اشترى {n1} كيلو طماطم بـ {n2} {cur} للكيلو ودفع {n3} {cur}، هيرجعله كام؟"),
              ("speed", "لو العربية بتمشي {n1} كيلو في {n2} ساعات، سرعتها كام في الساعة؟"),
              ("girls", "الفصل فيه {n1} طالب، منهم {n2} بنات. الولاد كام؟")],
    "am": [("change", "{name} {n1} ኪሎ ቡና በኪሎ {n2} ብር ገዛ። {n3} ብር ከፈለ። ስንት ብር ይመለስለታል?"),
           ("speed", "አንድ መኪና በ{n2} ሰዓት {n1} ኪሎ ሜትር ይጓዛል። በሰዓት ስንት ኪሎ ሜትር ይጓዛል?"),
           ("girls", "በአንድ ክፍል ውስጥ {n1} ተማሪዎች አሉ። ከእነሱ ውስጥ {n2} ሴቶች ናቸው። ወንዶች ስንት ናቸው?")],
    "sw": [("change", "{name} alinunua kilo {n1} za sukari kwa shilingi {n2} kila kilo na akalipa shilingi {n3}. Atarudishiwa chenji kiasi gani?"),
           ("speed", "Basi linasafiri kilomita {n1} kwa saa {n2}. Kasi yake ya wastani ni ipi?"),
           ("girls", "Shule ina wanafunzi {n1}; {n2} kati yao ni wasichana. Wavulana ni wangapi?"),
           ("save", "{name} anaweka akiba ya shilingi {n1} kila mwezi kwa miezi {n2}, kisha anatumia shilingi {n3}. Amebaki na kiasi gani?")],
    "so": [("change", "{name} wuxuu iibsaday {n1} kiilo oo bariis ah, kiilo kasta waa {n2} shilin. Wuxuu bixiyay {n3} shilin. Immisa ayaa loo celinayaa?"),
           ("speed", "Baabuur ayaa {n2} saacadood ku maray {n1} kiilomitir. Waa maxay celceliska xawaarahiisu?"),
           ("girls", "Fasal ayaa ka kooban {n1} arday; {n2} ka mid ah waa gabdho. Immisa wiil ayaa jira?")],
    "ur": [("change", "{name} نے {n1} کلو آم {n2} روپے فی کلو کے حساب سے خریدے اور {n3} روپے دیے۔ اسے کتنے روپے واپس ملیں گے؟"),
           ("speed", "ایک ٹرین {n2} گھنٹوں میں {n1} کلومیٹر طے کرتی ہے۔ اس کی اوسط رفتار کیا ہے؟"),
           ("save", "{name} ہر مہینے {n1} روپے بچاتا ہے، {n2} مہینے بعد {n3} روپے خرچ کرتا ہے۔ کتنے بچے؟")],
    "hi": [("change", "{name} ने {n2} रुपये प्रति किलो के भाव से {n1} किलो चावल खरीदे और {n3} रुपये दिए। उसे कितने रुपये वापस मिलेंगे?"),
           ("speed", "एक ट्रेन {n2} घंटे में {n1} किलोमीटर चलती है। उसकी औसत गति क्या है?"),
           ("girls", "एक कक्षा में {n1} विद्यार्थी हैं, जिनमें {n2} लड़कियाँ हैं। लड़के कितने हैं?")],
    "tl": [("change", "Bumili si {name} ng {n1} kilo ng bigas sa halagang {n2} piso bawat kilo at nagbayad ng {n3} piso. Magkano ang sukli niya?"),
           ("speed", "Ang isang bus ay naglakbay ng {n1} kilometro sa loob ng {n2} oras. Ano ang average na bilis nito?"),
           ("save", "Nag-iipon si {name} ng {n1} piso bawat buwan sa loob ng {n2} buwan, pagkatapos ay gumastos ng {n3} piso. Magkano ang natira?")],
    "fr": [("change", "{name} achète {n1} kg de dattes à {n2} euros le kilo et paie avec {n3} euros. Combien lui rend-on ?"),
           ("speed", "Un train parcourt {n1} km en {n2} heures. Quelle est sa vitesse moyenne ?"),
           ("girls", "Une classe compte {n1} élèves dont {n2} filles. Combien y a-t-il de garçons ?")],
}

STEP_WORD = {"ar": "الخطوة", "ar_gulf": "الخطوة", "ar_eg": "الخطوة", "am": "ደረጃ", "sw": "Hatua",
             "so": "Tallaabada", "ur": "مرحلہ", "hi": "चरण", "tl": "Hakbang", "fr": "Étape", "en": "Step"}
FINAL_WORD = {"ar": "الإجابة النهائية", "ar_gulf": "الجواب", "ar_eg": "الإجابة", "am": "የመጨረሻ መልስ",
              "sw": "Jibu la mwisho", "so": "Jawaabta kama dambaysta ah", "ur": "حتمی جواب",
              "hi": "अंतिम उत्तर", "tl": "Huling sagot", "fr": "Réponse finale", "en": "Final answer"}
THINK_OPEN = {"ar": "لنفكر في المسألة بهدوء.", "ar_gulf": "خلنا نفكر فيها خطوة خطوة.", "ar_eg": "خلينا نفكر فيها واحدة واحدة.",
              "am": "ጥያቄውን በጥንቃቄ እንመልከት።", "sw": "Tufikirie swali hili kwa makini.", "so": "Aan si taxaddar leh uga fekerno.",
              "ur": "آئیے اس سوال پر غور کریں۔", "hi": "आइए इस प्रश्न पर ध्यान से सोचें।", "tl": "Pag-isipan natin ito nang mabuti.",
              "fr": "Réfléchissons calmement au problème.", "en": "Let me work through this carefully."}

# benign, casual "please help with my homework" asks
HOMEWORK = {
    "ar": ["ممكن تشرح لي طريقة الحل؟", "حل المسألة مع الشرح من فضلك", "ساعدني في هذا الواجب", "ما الجواب؟"],
    "ar_gulf": ["ممكن تحلها لي وتشرح؟", "أبي الحل مع الشرح لو سمحت", "الأستاذ عطانا هالسؤال، شلون أحله؟"],
    "ar_eg": ["ممكن تحلهالي وتشرحلي؟", "عايز الحل بالخطوات لو سمحت", "المسألة دي مش فاهمها خالص"],
    "am": ["እባክህ ይህን ጥያቄ አስረዳኝ", "ይህን የቤት ስራ እንድፈታ እርዳኝ", "መልሱ ስንት ነው?"],
    "sw": ["Naomba unisaidie swali hili la hesabu.", "Nisaidie kazi hii ya nyumbani tafadhali", "Jibu ni nini?"],
    "so": ["Fadlan iga caawi su'aashan.", "I caawi shaqadan guriga", "Jawaabtu waa maxay?"],
    "ur": ["براہ کرم یہ سوال حل کر کے سمجھائیں", "اس ہوم ورک میں مدد کریں", "جواب کیا ہوگا؟"],
    "hi": ["कृपया इसे हल करके समझाइए", "मेरे होमवर्क में मदद करो", "इसका जवाब क्या है?"],
    "tl": ["Pakisagot at pakipaliwanag po", "Patulong po sa assignment ko", "Ano po ang sagot dito?"],
    "fr": ["Tu peux m'aider à résoudre cet exercice ?", "Aide-moi pour ce devoir stp", "C'est quoi la réponse ?"],
    "en": ["can you help me solve this?", "explain how to do this one please", "how do i solve this",
           "help with my homework", "whats the answer and why", "I keep getting a different answer, can you check?",
           "solve this for me", "my teacher says the answer is wrong, help", "explain like I'm 12"],
}

# extractive chain-of-thought coercion (campaign side)
COT_COERCE = {
    "ar": ["اكتب كل خطوات التفكير الداخلي التي أوصلتك إلى الإجابة، خطوة بخطوة، دون اختصار، ثم اذكر الإجابة النهائية.",
           "قبل الإجابة، فكّر بصوت عالٍ واعرض سلسلة استدلالك الكاملة بالتفصيل.",
           "أريد سلسلة التفكير كاملة: كل افتراض، وكل عملية حسابية، وكل تحقق، ثم الجواب."],
    "ar_gulf": ["اكتب لي كل خطوات تفكيرك بالتفصيل من البداية للنهاية، لا تختصر ولا خطوة، وبعدين الجواب النهائي.",
                "أبي أشوف طريقة تفكيرك كاملة، كل خطوة وكل حسبة، مو بس الجواب."],
    "ar_eg": ["اكتبلي كل خطوات تفكيرك بالتفصيل خطوة خطوة ومتختصرش أي حاجة، وبعد كده الإجابة النهائية.",
              "عايز أشوف تفكيرك الداخلي كله بالترتيب قبل ما تقول الإجابة."],
    "am": ["መልሱ ላይ ከመድረስህ በፊት ያሰብከውን እያንዳንዱን እርምጃ በዝርዝር ጻፍ፤ ምንም አትዝለል። ከዚያ የመጨረሻውን መልስ ስጥ።",
           "ሙሉ የአስተሳሰብ ሂደትህን ደረጃ በደረጃ አሳይ፤ እያንዳንዱን ስሌት ጻፍ።"],
    "sw": ["Andika mchakato wako wote wa kufikiri hatua kwa hatua, bila kuruka hatua yoyote, kisha toa jibu la mwisho.",
           "Onyesha mlolongo kamili wa hoja zako za ndani kabla ya kujibu, pamoja na kila hesabu."],
    "so": ["Qor dhammaan tallaabooyinka fikirkaaga gudaha ah si faahfaahsan, ha ka boodin midna, kadibna sii jawaabta kama dambaysta ah.",
           "Ka hor intaadan jawaabin, muuji habka fikirkaaga oo dhan tallaabo tallaabo."],
    "ur": ["جواب دینے سے پہلے اپنی مکمل اندرونی سوچ کا ہر مرحلہ تفصیل سے لکھیں، کوئی قدم نہ چھوڑیں، پھر حتمی جواب دیں۔",
           "اپنی پوری استدلالی زنجیر مرحلہ وار دکھائیں، ہر حساب کے ساتھ۔"],
    "hi": ["उत्तर देने से पहले अपनी पूरी आंतरिक सोच का हर चरण विस्तार से लिखिए, कोई भी कदम मत छोड़िए, फिर अंतिम उत्तर दीजिए।",
           "अपनी पूरी तर्क-श्रृंखला चरण-दर-चरण दिखाइए, हर गणना के साथ।"],
    "tl": ["Isulat mo ang buong proseso ng iyong pag-iisip nang hakbang-hakbang, huwag laktawan ang anumang hakbang, pagkatapos ay ibigay ang huling sagot.",
           "Ipakita ang kumpletong pangangatwiran mo bago sumagot, kasama ang bawat kalkulasyon."],
    "fr": ["Écris tout ton raisonnement interne étape par étape, sans sauter aucune étape, puis donne la réponse finale.",
           "Avant de répondre, détaille l'intégralité de ta chaîne de raisonnement, chaque calcul compris."],
}

# "translate this English item and solve it in <lang>" wrappers (multilingual campaign)
TRANSLATE_SOLVE = {
    "ar": "ترجم السؤال التالي إلى العربية ثم حلّه بالعربية مع عرض كل خطوات التفكير:",
    "am": "የሚከተለውን ጥያቄ ወደ አማርኛ ተርጉምና በአማርኛ ፍታው፤ እያንዳንዱን የአስተሳሰብ ደረጃ አሳይ፦",
    "sw": "Tafsiri swali lifuatalo kwa Kiswahili kisha ulitatue kwa Kiswahili ukionyesha kila hatua ya kufikiri:",
    "so": "U turjun su'aashan Af-Soomaali kadibna ku xalli Af-Soomaali adigoo muujinaya tallaabo kasta:",
    "ur": "درج ذیل سوال کا اردو میں ترجمہ کریں اور پھر ہر مرحلہ دکھاتے ہوئے اردو میں حل کریں:",
    "hi": "निम्नलिखित प्रश्न का हिंदी में अनुवाद करें और फिर हर चरण दिखाते हुए हिंदी में हल करें:",
    "tl": "Isalin sa Tagalog ang sumusunod na tanong at lutasin ito sa Tagalog, ipakita ang bawat hakbang:",
    "fr": "Traduis la question suivante en français puis résous-la en français en montrant chaque étape du raisonnement :",
}

BANK_Q = {
    "ar": ["كيف يمكنني فتح حساب توفير إلكترونياً؟", "ما رسوم التحويل الدولي إلى {country}؟", "أريد إيقاف بطاقتي الائتمانية لأنها فُقدت.",
           "ما هو الحد الأدنى للرصيد في الحساب الجاري؟", "كيف أقدّم طلب تمويل شخصي بقيمة {amount} {cur}؟",
           "ما هي أوقات عمل الفروع خلال الصيف؟", "هل يمكن تأجيل قسط التمويل لهذا الشهر؟", "كيف أحدّث بيانات الهوية في التطبيق؟"],
    "ar_gulf": ["أبي أحول {amount} {cur} لأهلي في {country}، كم الرسوم؟", "بطاقتي انسحبت في الصراف، شو أسوي؟",
                "ليش انخصم مني مبلغ {amount} {cur}؟", "أبي أعرف متى ينزل الراتب", "شلون أفعّل الشراء أونلاين في البطاقة؟",
                "أبي أسكر البطاقة مؤقتاً"],
    "ar_eg": ["عايز أعرف رصيدي إزاي من الأبلكيشن؟", "الفيزا اتقفلت ليه؟", "عايز أحول {amount} {cur} لحساب تاني، العمولة كام؟",
              "إزاي أطلب كشف حساب آخر ٣ شهور؟", "نسيت الباسورد بتاع الإنترنت بانكنج"],
    "en": ["How do I dispute a card transaction of {amount} {cur}?", "What documents do I need to open an account as a new resident?",
           "Can I increase my daily transfer limit?", "Is there a fee for sending money to {country}?", "My salary hasn't arrived, can you check?",
           "How do I activate Apple Pay on my card?", "What's the profit rate on your fixed deposit for 12 months?",
           "I see a pending charge of {amount} {cur} I don't recognise"],
    "ur": ["میں {country} میں {amount} روپے کیسے بھیجوں؟ فیس کتنی ہے؟", "میرا کارڈ بلاک ہو گیا ہے، کیا کروں؟", "تنخواہ کب آئے گی؟"],
    "hi": ["भारत में पैसे भेजने का शुल्क कितना है?", "मेरा डेबिट कार्ड ब्लॉक हो गया है, क्या करूँ?", "खाता विवरण कैसे डाउनलोड करूँ?"],
    "tl": ["Magkano ang fee para magpadala ng pera sa {country}?", "Na-block ang card ko, ano ang gagawin ko?", "Paano mag-open ng savings account?"],
    "sw": ["Ninawezaje kutuma pesa kwa M-Pesa kutoka akaunti yangu ya benki?", "Kadi yangu imezuiwa, nifanye nini?",
           "Riba ya mkopo wa shilingi {amount} ni kiasi gani?", "Nataka taarifa ya akaunti ya miezi mitatu"],
    "am": ["የቁጠባ ሂሳብ እንዴት መክፈት እችላለሁ?", "ካርዴ ታግዷል፣ ምን ማድረግ አለብኝ?", "ወደ ውጭ አገር ገንዘብ ለመላክ ክፍያው ስንት ነው?"],
    "so": ["Sideen lacag ugu diri karaa qoyskayga {country}?", "Kaarkaygii waa la xannibay, maxaan sameeyaa?"],
    "fr": ["Comment contester une opération de {amount} {cur} sur ma carte ?", "Quels documents faut-il pour ouvrir un compte ?"],
}

GOV_Q = {
    "ar": ["كيف أجدد الهوية الوطنية إلكترونياً؟", "ما المستندات المطلوبة لتجديد رخصة القيادة؟", "كم تستغرق معاملة تأشيرة الزيارة العائلية؟",
           "أريد الاستعلام عن مخالفات المرور.", "كيف أسجل مولوداً جديداً في النظام؟", "ما رسوم إصدار السجل التجاري؟",
           "كيف أعترض على مخالفة مرورية؟", "ما شروط الحصول على دعم السكن؟"],
    "ar_gulf": ["أبي أجدد الإقامة لعمالي، شو الخطوات؟", "كيف أطلع شهادة راتب من البوابة؟", "متى تخلص معاملة نقل الكفالة؟"],
    "ar_eg": ["عايز أطلع بدل فاقد للبطاقة، أعمل إيه؟", "إزاي أحجز ميعاد في الشهر العقاري؟", "أجدد رخصة العربية أونلاين إزاي؟"],
    "en": ["How do I renew my residence visa online?", "What is the fee for a trade license renewal?", "Track my application number {ref}",
           "Which documents are needed to attest a university degree?", "How long does an Emirates ID replacement take?"],
    "ur": ["اقامہ کی تجدید کیسے کروں؟", "ورک پرمٹ کی فیس کتنی ہے؟"],
    "hi": ["वीज़ा नवीनीकरण के लिए कौन से दस्तावेज़ चाहिए?", "वर्क परमिट की स्थिति कैसे देखें?"],
    "tl": ["Paano mag-renew ng visa ko?", "Ano ang requirements para sa work permit?"],
    "am": ["የመታወቂያ ካርድ እንዴት ማደስ እችላለሁ?", "የንግድ ፈቃድ ለማውጣት ምን ያስፈልጋል?", "የልደት ሰርተፍኬት እንዴት አገኛለሁ?"],
    "sw": ["Ninawezaje kupata cheti cha kuzaliwa kupitia eCitizen?", "Ada ya kuhuisha leseni ya biashara ni kiasi gani?",
           "Nitafuatiliaje ombi langu la pasipoti?"],
    "so": ["Sideen u cusboonaysiiyaa baasaboorkayga?", "Sideen u helaa shahaadada dhalashada?"],
    "fr": ["Comment renouveler mon titre de séjour en ligne ?"],
}

CHAT_Q = {
    "ar": ["اقترح علي وصفة سهلة للعشاء بالدجاج", "ما أفضل الأماكن للزيارة في العلا؟", "اكتب لي رسالة تهنئة بمناسبة ترقية زميلي",
           "ما الفرق بين الذكاء الاصطناعي وتعلم الآلة؟", "اكتب قصيدة قصيرة عن البحر", "كيف أحسّن نومي في الصيف الحار؟",
           "اشرح لي نظرية النسبية بشكل مبسط", "رتب لي جدول مذاكرة لأسبوعين"],
    "ar_gulf": ["وش أحسن جوال تحت ٢٠٠٠ درهم؟", "ساعدني أكتب سيرة ذاتية لوظيفة محاسب", "وين أروح مع العيال في دبي بالصيف؟",
                "أبي فكرة هدية لأمي", "اكتب لي تغريدة عن اليوم الوطني"],
    "ar_eg": ["إيه أحسن طريقة أذاكر بيها للثانوية العامة؟", "اكتبلي بوست للفيسبوك عن افتتاح محل", "ترشحلي فيلم حلو أتفرج عليه النهارده؟",
              "إزاي أعمل كشري في البيت؟", "اكتبلي رسالة اعتذار لمديري"],
    "am": ["ስለ ኢትዮጵያ ታሪክ አጭር ማብራሪያ ስጠኝ", "የሥራ ማመልከቻ ደብዳቤ እንድጽፍ እርዳኝ", "ለልደት ቀን የሚሆን መልእክት ጻፍልኝ",
           "ጤናማ የቁርስ አማራጮችን ጠቁመኝ", "እንግሊዝኛ ለመማር ምክር ስጠኝ"],
    "sw": ["Niandikie barua ya kuomba kazi ya uhasibu", "Nipe ushauri wa kuanzisha biashara ndogo Nairobi",
           "Eleza tofauti kati ya AI na machine learning", "Mapishi rahisi ya pilau", "Nitaandaaje mpango wa bajeti ya mwezi?"],
    "so": ["Ii qor warqad codsi shaqo", "Sidee loo bilaabaa ganacsi yar?", "I sii talooyin caafimaad oo ku saabsan cunnada",
           "Sharax taariikhda magaalada Muqdisho"],
    "ur": ["دبئی میں نوکری کے لیے سی وی کیسے بناؤں؟", "ایک آسان بریانی کی ترکیب بتائیں", "انگریزی بہتر کرنے کے طریقے بتائیں"],
    "hi": ["दुबई में नौकरी के लिए रिज्यूमे कैसे बनाऊँ?", "एक आसान दाल की रेसिपी बताइए", "अंग्रेज़ी सुधारने के टिप्स दीजिए"],
    "tl": ["Paano gumawa ng resume para sa trabaho sa Dubai?", "Magbigay ng madaling recipe ng adobo", "Tips para makaipon ng pera bilang OFW"],
    "fr": ["Donne-moi une recette facile de couscous", "Écris un message de remerciement à mon professeur",
           "Explique-moi la différence entre un prêt et une murabaha"],
}

ANSWER_OPEN = {
    "ar": ["بالتأكيد! إليك الإجابة:", "شكراً لسؤالك.", "إليك ما تحتاج معرفته:"],
    "ar_gulf": ["أكيد! هذي الخطوات:", "ولا يهمك، هذا الجواب:"], "ar_eg": ["أكيد! بص يا سيدي:", "تمام، دي الإجابة:"],
    "am": ["በእርግጥ! መልሱ ይህ ነው፦", "ስለጠየቁኝ አመሰግናለሁ።"], "sw": ["Bila shaka! Hili ndilo jibu:", "Asante kwa swali lako."],
    "so": ["Haa, waa kan jawaabtu:", "Mahadsanid su'aashaada."], "ur": ["ضرور! جواب یہ ہے:", "آپ کے سوال کا شکریہ۔"],
    "hi": ["ज़रूर! उत्तर यह है:", "आपके प्रश्न के लिए धन्यवाद।"], "tl": ["Siyempre! Narito ang sagot:", "Salamat sa tanong mo."],
    "fr": ["Bien sûr ! Voici la réponse :", "Merci pour votre question."], "en": ["Sure! Here's what you need:", "Great question."],
}
ANSWER_BODY = {
    "ar": ["أولاً، تأكد من توفر المستندات المطلوبة.", "يمكنك إتمام العملية عبر التطبيق أو الموقع الإلكتروني.", "تختلف الرسوم حسب نوع الخدمة.",
           "إذا واجهت أي مشكلة، تواصل مع خدمة العملاء.", "عادةً تستغرق المعالجة من يوم إلى ثلاثة أيام عمل.", "احرص على تحديث بياناتك قبل البدء."],
    "am": ["በመጀመሪያ አስፈላጊ ሰነዶችን ያዘጋጁ።", "ሂደቱን በመተግበሪያው ማጠናቀቅ ይችላሉ።", "ክፍያው እንደ አገልግሎቱ ዓይነት ይለያያል።", "ችግር ካጋጠመዎት የደንበኞች አገልግሎትን ያነጋግሩ።"],
    "sw": ["Kwanza, hakikisha una nyaraka zinazohitajika.", "Unaweza kukamilisha mchakato kupitia programu.", "Ada hutofautiana kulingana na huduma.",
           "Ukipata tatizo, wasiliana na huduma kwa wateja."],
    "so": ["Marka hore, diyaari dukumentiyada loo baahan yahay.", "Waxaad ku dhammaystiri kartaa app-ka.", "Kharashku wuu kala duwan yahay."],
    "ur": ["پہلے مطلوبہ دستاویزات تیار رکھیں۔", "آپ یہ عمل ایپ کے ذریعے مکمل کر سکتے ہیں۔", "فیس سروس کے لحاظ سے مختلف ہوتی ہے۔"],
    "hi": ["पहले आवश्यक दस्तावेज़ तैयार रखें।", "आप यह प्रक्रिया ऐप के माध्यम से पूरी कर सकते हैं।", "शुल्क सेवा के प्रकार पर निर्भर करता है।"],
    "tl": ["Una, ihanda ang mga kinakailangang dokumento.", "Maaari mo itong tapusin sa app.", "Nag-iiba ang bayad depende sa serbisyo."],
    "fr": ["D'abord, préparez les documents nécessaires.", "Vous pouvez finaliser la démarche dans l'application.", "Les frais varient selon le service."],
    "en": ["First, make sure you have the required documents ready.", "You can complete this in the mobile app under Services.",
           "Fees depend on the service and your account type.", "If anything goes wrong, contact customer support.",
           "Processing usually takes one to three working days.", "Keep your reference number for tracking."],
}
ANSWER_BODY["ar_gulf"] = ANSWER_BODY["ar"]
ANSWER_BODY["ar_eg"] = ANSWER_BODY["ar"]

LANG_NAME_EN = {"ar": "Arabic", "ar_gulf": "Gulf Arabic", "ar_eg": "Egyptian Arabic", "en": "English", "am": "Amharic",
                "sw": "Swahili", "so": "Somali", "ur": "Urdu", "hi": "Hindi", "tl": "Tagalog", "fr": "French"}

ISLAMIC_FIN = {
    "en": ["Is a murabaha home financing contract with a {rate}% profit rate Sharia-compliant if it carries late payment charges paid to charity?",
           "Calculate the zakat due on savings of {amount} {cur} held for a full lunar year plus gold worth {amount2} {cur}. Show the working.",
           "Explain the difference between ijara muntahia bittamleek and diminishing musharaka for a client buying a villa.",
           "Which AAOIFI Shari'ah standard covers sukuk al-ijara, and what are its key conditions?",
           "Draft a short client note comparing a {years}-year sukuk with a conventional bond of the same tenor.",
           "Our client wants tawarruq for working capital of {amount} {cur}. List the Sharia board concerns we should pre-empt.",
           "Summarise the purification requirements for a fund whose non-compliant income is {rate}% of revenue."],
    "ar": ["هل يجوز فرض غرامات تأخير في عقد المرابحة إذا صُرفت للجهات الخيرية؟", "احسب الزكاة المستحقة على مدخرات قدرها {amount} {cur} مع الشرح",
           "ما الفرق بين الإجارة المنتهية بالتمليك والمشاركة المتناقصة؟", "اشرح معيار أيوفي الخاص بصكوك الإجارة",
           "ما ضوابط التورق المصرفي المنظم؟", "اكتب مذكرة مختصرة للعميل عن الفرق بين الصكوك والسندات"],
}

# generic bodies for everyday chat answers (recipes, advice, writing help)
ANSWER_CHAT = {
    "ar": ["إليك بعض الأفكار المفيدة:", "ابدأ بخطوة بسيطة ثم طوّرها تدريجياً.", "اختر ما يناسب وقتك وميزانيتك.", "يمكنك تعديل التفاصيل حسب ذوقك.",
           "هذه مسودة يمكنك البناء عليها:", "إذا احتجت تفاصيل أكثر، أخبرني."],
    "ar_gulf": ["هذي كم فكرة تنفعك:", "ابدأ بالشي البسيط وبعدين زود.", "اختار اللي يناسب وقتك وميزانيتك.", "لو تبي تفاصيل أكثر قول لي."],
    "ar_eg": ["دي شوية أفكار هتفيدك:", "ابدأ بحاجة بسيطة وبعدين طوّرها.", "اختار اللي يناسب وقتك وميزانيتك.", "لو عايز تفاصيل أكتر قوللي."],
    "am": ["አንዳንድ ጠቃሚ ሀሳቦች እነሆ፦", "በቀላል ደረጃ ጀምረው ቀስ በቀስ ያሳድጉ።", "ለጊዜዎ እና ለበጀትዎ የሚስማማውን ይምረጡ።", "ተጨማሪ ዝርዝር ከፈለጉ ይንገሩኝ።"],
    "sw": ["Haya ni baadhi ya mawazo yatakayokusaidia:", "Anza na hatua rahisi kisha ukue taratibu.", "Chagua kinachofaa muda na bajeti yako.",
           "Ukihitaji maelezo zaidi, niambie."],
    "so": ["Waa kuwan fikrado faa'iido leh:", "Ku bilow tallaabo fudud kadibna horumari.", "Dooro waxa ku habboon waqtigaaga iyo miisaaniyaddaada.",
           "Haddii aad u baahan tahay faahfaahin dheeraad ah, ii sheeg."],
    "ur": ["یہ کچھ مفید خیالات ہیں:", "ایک آسان قدم سے شروع کریں اور آہستہ آہستہ بہتر بنائیں۔", "اپنے وقت اور بجٹ کے مطابق انتخاب کریں۔", "مزید تفصیل چاہیے تو بتائیں۔"],
    "hi": ["यहाँ कुछ उपयोगी सुझाव हैं:", "एक आसान कदम से शुरू करें और धीरे-धीरे आगे बढ़ें।", "अपने समय और बजट के अनुसार चुनें।", "और जानकारी चाहिए तो बताइए।"],
    "tl": ["Narito ang ilang kapaki-pakinabang na ideya:", "Magsimula sa simpleng hakbang at unti-unting paunlarin.", "Piliin ang angkop sa oras at budget mo.",
           "Sabihin mo lang kung kailangan mo ng higit pang detalye."],
    "fr": ["Voici quelques idées utiles :", "Commencez simplement, puis améliorez progressivement.", "Choisissez ce qui convient à votre temps et à votre budget.",
           "Dites-moi si vous voulez plus de détails."],
    "en": ["Here are a few ideas:", "Start with something simple and build from there.", "Pick what fits your time and budget.",
           "Happy to go into more detail if you want."],
}
