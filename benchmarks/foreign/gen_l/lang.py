"""Multilingual text banks for the Sahel & Maghreb AI world.

Hand-written (by the generator's author) everyday prompts, a small parallel corpus,
word-problem templates and answer phrasing in: English (en), French (fr), Modern Standard
Arabic (ar), Moroccan Darija in Latin script / "Arabizi" (ary) and in Arabic script (arya),
Wolof (wo), Hausa (ha), Amharic (am), Tamazight in Latin script (zgh) and in Tifinagh (tfng).
The non-European-language text is plausible rather than polished: it is prompt text for a
traffic simulator, not a translation resource.
"""

LANGS = ["en", "fr", "ar", "ary", "arya", "wo", "ha", "am", "zgh", "tfng"]

# name of target language X, written in language L: LANGNAME[L][X]
LANGNAME = {
    "en": {"en": "English", "fr": "French", "ar": "Arabic", "ary": "Moroccan Darija", "wo": "Wolof",
           "ha": "Hausa", "am": "Amharic", "zgh": "Tamazight"},
    "fr": {"en": "anglais", "fr": "français", "ar": "arabe", "ary": "darija marocaine", "wo": "wolof",
           "ha": "haoussa", "am": "amharique", "zgh": "tamazight"},
    "ar": {"en": "الإنجليزية", "fr": "الفرنسية", "ar": "العربية", "ary": "الدارجة المغربية", "wo": "الولوفية",
           "ha": "الهوسا", "am": "الأمهرية", "zgh": "الأمازيغية"},
    "ary": {"en": "l'anglais", "fr": "lfransawiya", "ar": "l3arbiya", "ary": "darija", "wo": "wolof",
            "ha": "hausa", "am": "amharic", "zgh": "tamazight"},
    "arya": {"en": "الانجليزية", "fr": "الفرانسوية", "ar": "العربية", "ary": "الدارجة", "wo": "الولوف",
             "ha": "الهوسا", "am": "الأمهرية", "zgh": "الشلحة"},
    "wo": {"en": "Angale", "fr": "Farañse", "ar": "Araab", "ary": "Darija", "wo": "Wolof", "ha": "Hausa",
           "am": "Amharik", "zgh": "Tamazight"},
    "ha": {"en": "Turanci", "fr": "Faransanci", "ar": "Larabci", "ary": "Darija", "wo": "Wolof", "ha": "Hausa",
           "am": "Amharic", "zgh": "Tamazight"},
    "am": {"en": "እንግሊዝኛ", "fr": "ፈረንሳይኛ", "ar": "ዐረብኛ", "ary": "ዳሪጃ", "wo": "ዎሎፍ", "ha": "ሃውሳ",
           "am": "አማርኛ", "zgh": "ታማዚግት"},
    "zgh": {"en": "taglizit", "fr": "tafransist", "ar": "taɛrabt", "ary": "tadarijt", "wo": "tawoloft",
            "ha": "tahawsat", "am": "tamharit", "zgh": "tamaziɣt"},
    "tfng": {"en": "ⵜⴰⵏⴳⵍⵉⵣⵜ", "fr": "ⵜⴰⴼⵕⴰⵏⵙⵉⵙⵜ", "ar": "ⵜⴰⵄⵔⴰⴱⵜ", "ary": "ⵜⴰⴷⴰⵔⵉⵊⵜ", "wo": "ⵜⴰⵡⵓⵍⵓⴼⵜ",
             "ha": "ⵜⴰⵀⴰⵡⵙⴰⵜ", "am": "ⵜⴰⵎⵀⴰⵔⵉⵜ", "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ"},
}

# ---------------------------------------------------------------------------------------------
# Parallel corpus: public-information sentences (health, farming, civic, markets, news).
# Keys: en fr ar ary wo ha am zgh
PARALLEL = [
    {"en": "Wash your hands with soap and clean water before eating and after using the toilet.",
     "fr": "Lavez-vous les mains avec du savon et de l'eau propre avant de manger et après être allé aux toilettes.",
     "ar": "اغسل يديك بالماء النظيف والصابون قبل الأكل وبعد استخدام المرحاض.",
     "ary": "Ghsel yeddik b sabon w lma n9i 9bel matakol w men b3d matkhroj men toilette.",
     "wo": "Raxasal say loxo ak saabu ak ndox mu set balaa ngay lekk ak bu nga génnee wanag.",
     "ha": "Ku wanke hannunku da sabulu da ruwa mai tsabta kafin cin abinci da bayan amfani da bandaki.",
     "am": "ከመመገብዎ በፊት እና መጸዳጃ ቤት ከተጠቀሙ በኋላ እጅዎን በሳሙና እና በንጹህ ውሃ ይታጠቡ።",
     "zgh": "Sired ifassen-ik s ssabun d waman yeṣfan send ad teččeḍ d seld mi ara d-teffɣeḍ seg lbit n lweḍu."},
    {"en": "Children under five should sleep under a mosquito net every night.",
     "fr": "Les enfants de moins de cinq ans doivent dormir sous une moustiquaire chaque nuit.",
     "ar": "يجب أن ينام الأطفال دون سن الخامسة تحت ناموسية كل ليلة.",
     "ary": "Drari sghar li ta7t 5 snin khasshom ynsso ta7t namousiya kol lila.",
     "wo": "Xale yi amul juróomi at war nañu nelaw ci biir moustiquaire guddi gu nekk.",
     "ha": "Yara 'yan kasa da shekara biyar su rika kwana a cikin gidan sauro kowane dare.",
     "am": "ከአምስት ዓመት በታች ያሉ ህፃናት በየሌሊቱ በአጎበር ውስጥ መተኛት አለባቸው።",
     "zgh": "Arrac ddaw n semmus iseggasen ilaq ad ṭṭsen ddaw n tmustikit yal iḍ."},
    {"en": "The vaccination campaign starts on Monday at the district health centre.",
     "fr": "La campagne de vaccination commence lundi au centre de santé du district.",
     "ar": "تبدأ حملة التلقيح يوم الاثنين في المركز الصحي للمنطقة.",
     "ary": "L7amla dyal tal9i7 ghadi tbda nhar tnin f lmarkaz se77i dyal l7ouma.",
     "wo": "Kàmpaañ wàccin bi dina tàmbali altine ci poste de santé bu diiwaan bi.",
     "ha": "Gangamin allurar rigakafi zai fara ranar Litinin a cibiyar lafiya ta gunduma.",
     "am": "የክትባት ዘመቻው ሰኞ በወረዳው ጤና ጣቢያ ይጀምራል።",
     "zgh": "Tamsalt n usegdel ad tebdu ass n Letnayen deg usensu n tezmert n temnaḍt."},
    {"en": "Farmers are advised to plant millet after the first heavy rains.",
     "fr": "Il est conseillé aux agriculteurs de semer le mil après les premières fortes pluies.",
     "ar": "يُنصح المزارعون بزراعة الدخن بعد الأمطار الغزيرة الأولى.",
     "ary": "Lfellaha kanse7ohom yzer3o lbechna men b3d awel chta 9wiya.",
     "wo": "Ñu ngi digal beykat yi ñu ji dugub gannaaw taw yu mag yu njëkk yi.",
     "ha": "Ana shawartar manoma su shuka gero bayan ruwan sama mai karfi na farko.",
     "am": "አርሶ አደሮች ከመጀመሪያው ከባድ ዝናብ በኋላ ማሽላ እንዲዘሩ ይመከራሉ።",
     "zgh": "Ifellaḥen ttwaweṣṣan ad zerɛen ineli seld imeṭṭawen imezwura n ugeffur."},
    {"en": "Keep drinking water in a covered container away from sunlight.",
     "fr": "Conservez l'eau potable dans un récipient couvert, à l'abri du soleil.",
     "ar": "احفظ مياه الشرب في وعاء مغطى بعيدًا عن أشعة الشمس.",
     "ary": "Khbi lma dyal chrb f ma3oun mghetti b3id 3la chemch.",
     "wo": "Denc ndox mu ñuy naan ci ndab lu ñu muur te sore naaj wi.",
     "ha": "Ajiye ruwan sha a cikin akwati mai murfi nesa da hasken rana.",
     "am": "የመጠጥ ውሃን በተሸፈነ ዕቃ ውስጥ ከፀሐይ ብርሃን ርቀው ያስቀምጡ።",
     "zgh": "Ḥrez aman n tissit deg yiwen n ugeččum yettwadlen, yebɛed ɣef yiṭij."},
    {"en": "Registration for the national exam closes on Friday.",
     "fr": "Les inscriptions à l'examen national se terminent vendredi.",
     "ar": "يُغلق باب التسجيل في الامتحان الوطني يوم الجمعة.",
     "ary": "Tasjil f lmti7an lwatani ghadi ysedd nhar jem3a.",
     "wo": "Bind sa tur ci eksaamen nasiyonaal bi dina tëj àjjuma.",
     "ha": "Rijistar jarrabawar kasa za ta rufe ranar Juma'a.",
     "am": "የብሔራዊ ፈተና ምዝገባ አርብ ይዘጋል።",
     "zgh": "Ajerred ɣer ukayad aɣelnaw ad yemdel ass n Ldjemɛa."},
    {"en": "If a child has a fever for more than two days, go to the nearest clinic.",
     "fr": "Si un enfant a de la fièvre pendant plus de deux jours, rendez-vous au centre de santé le plus proche.",
     "ar": "إذا استمرت حمى الطفل أكثر من يومين، توجه إلى أقرب مستوصف.",
     "ary": "Ila kan chi drri fih skhana kter men jouj iyam, sir l a9rab sbitar.",
     "wo": "Su xale am tàngaay lu ëpp ñaari fan, demal ca dispañseer bi gën a jege.",
     "ha": "Idan yaro yana da zazzabi fiye da kwana biyu, ku je asibiti mafi kusa.",
     "am": "ህፃኑ ከሁለት ቀን በላይ ትኩሳት ካለበት በአቅራቢያው ወደሚገኝ ክሊኒክ ይሂዱ።",
     "zgh": "Ma yella aqcic yesɛa tawla ugar n sin wussan, ṛuḥ ɣer tsujjit taqerbant."},
    {"en": "The market will be closed on Wednesday for cleaning.",
     "fr": "Le marché sera fermé mercredi pour le nettoyage.",
     "ar": "سيُغلق السوق يوم الأربعاء من أجل التنظيف.",
     "ary": "Sou9 ghadi ykoun msdoud nhar larb3 bach ynaddfouh.",
     "wo": "Marse bi dina tëj àllarba ngir ñu setal ko.",
     "ha": "Za a rufe kasuwa ranar Laraba don tsaftacewa.",
     "am": "ገበያው ረቡዕ ለጽዳት ዝግ ይሆናል።",
     "zgh": "Ssuq ad yettwamdel ass n Larebɛa i usizdeg."},
    {"en": "Pregnant women should visit the clinic at least four times before delivery.",
     "fr": "Les femmes enceintes doivent se rendre au centre de santé au moins quatre fois avant l'accouchement.",
     "ar": "ينبغي للنساء الحوامل زيارة المستوصف أربع مرات على الأقل قبل الولادة.",
     "ary": "L3yalat l7amlin khasshom yzouro sbitar 3la l9ell rb3 merrat 9bel lwilada.",
     "wo": "Jigéen ñi ëmb war nañu dem ca dispañseer bi lu mu néew néew ñeenti yoon balaa ñuy wasin.",
     "ha": "Mata masu juna biyu su ziyarci asibiti akalla sau hudu kafin haihuwa.",
     "am": "ነፍሰ ጡር ሴቶች ከመውለዳቸው በፊት ቢያንስ አራት ጊዜ ክሊኒክ መጎብኘት አለባቸው።",
     "zgh": "Tilawin s tadist ilaq ad rzunt ɣer tsujjit ma drus kuẓ tikkal send tarrawt."},
    {"en": "Mobile money transfers are free this week for amounts under 5,000 francs.",
     "fr": "Les transferts d'argent mobile sont gratuits cette semaine pour les montants inférieurs à 5 000 francs.",
     "ar": "التحويلات المالية عبر الهاتف المحمول مجانية هذا الأسبوع للمبالغ التي تقل عن 5000 فرنك.",
     "ary": "Tahwilat dyal flous b telephone fabour had simana ila kant 9el men 5000 frank.",
     "wo": "Yónnee xaalis ak telefon amul fay ayu-bés bii bu dul ëpp 5 000 franc.",
     "ha": "Tura kudi ta wayar hannu kyauta ce a wannan mako ga kudin da bai kai franc 5,000 ba.",
     "am": "በዚህ ሳምንት ከ5,000 ፍራንክ በታች የሆኑ የሞባይል ገንዘብ ዝውውሮች ነፃ ናቸው።",
     "zgh": "Tuzna n yedrimen s tiliɣri d baṭel dduṛt-a i wayen yellan ddaw n 5000 n yifranken."},
    {"en": "The government announced new measures to support small businesses.",
     "fr": "Le gouvernement a annoncé de nouvelles mesures pour soutenir les petites entreprises.",
     "ar": "أعلنت الحكومة عن إجراءات جديدة لدعم المقاولات الصغيرة.",
     "ary": "L7oukouma 3lnat 3la ijra2at jdad bach t3awn les petites entreprises.",
     "wo": "Nguur gi yégle na ay pexe yu bees ngir dimbali njaaykat yu ndaw yi.",
     "ha": "Gwamnati ta sanar da sabbin matakai don tallafa wa kananan 'yan kasuwa.",
     "am": "መንግሥት አነስተኛ ንግዶችን ለመደገፍ አዳዲስ እርምጃዎችን አሳውቋል።",
     "zgh": "Tanebdadt tessiwel-d ɣef yiseggan imaynuten i tallalt n tkebbaniyin timeẓẓyanin."},
    {"en": "Heavy rain is expected in the north of the country this weekend.",
     "fr": "De fortes pluies sont attendues dans le nord du pays ce week-end.",
     "ar": "من المتوقع هطول أمطار غزيرة في شمال البلاد نهاية هذا الأسبوع.",
     "ary": "Kaytsenaw chta 9wiya f chamal lblad f had l weekend.",
     "wo": "Dañu xaar taw bu bare ci bëj-gànnaaru réew mi ci dibéer ak gaawu bii.",
     "ha": "Ana sa ran ruwan sama mai yawa a arewacin kasar a karshen wannan mako.",
     "am": "በዚህ ሳምንት መጨረሻ በአገሪቱ ሰሜናዊ ክፍል ከባድ ዝናብ ይጠበቃል።",
     "zgh": "Ttrajun ageffur d amuqran deg ugafa n tmurt taggara n ddurt-a."},
    {"en": "Students must bring their identity card to the exam room.",
     "fr": "Les candidats doivent apporter leur carte d'identité dans la salle d'examen.",
     "ar": "يجب على المترشحين إحضار بطاقة التعريف إلى قاعة الامتحان.",
     "ary": "Talamid khasshom yjibo la carte nationale m3ahom l 9a3a dyal lmti7an.",
     "wo": "Ndongo yi war nañu indi seen kàrt didantite ci néegu eksaamen bi.",
     "ha": "Dole ne dalibai su kawo katin shaidarsu zuwa dakin jarrabawa.",
     "am": "ተማሪዎች የመታወቂያ ካርዳቸውን ወደ ፈተና ክፍሉ ይዘው መምጣት አለባቸው።",
     "zgh": "Inelmaden ilaq ad d-awin takarḍa n tmagit ɣer texxamt n ukayad."},
    {"en": "Oral rehydration salts can save the life of a child with diarrhoea.",
     "fr": "Les sels de réhydratation orale peuvent sauver la vie d'un enfant qui a la diarrhée.",
     "ar": "يمكن لأملاح الإماهة الفموية أن تنقذ حياة طفل مصاب بالإسهال.",
     "ary": "Lmal7 dyal réhydratation y9der ynqed 7yat drri fih l'ishal.",
     "wo": "Xorom SRO mën na musal bakkanu xale bu am biir buy daw.",
     "ha": "Gishirin ORS na iya ceton ran yaron da ke fama da gudawa.",
     "am": "የአፍ የውሃ ማካካሻ ጨው ተቅማጥ ያለበትን ልጅ ሕይወት ሊያድን ይችላል።",
     "zgh": "Lemleḥ n tririt n waman yezmer ad yesellek tudert n uqcic yesɛan aẓar n tɛebbuḍt."},
]

# ---------------------------------------------------------------------------------------------
# Everyday prompts by language (benign users). {x} slots filled from SLOTS.
DAILY = {
    "fr": [
        "Rédige un e-mail à mon propriétaire pour signaler une fuite d'eau dans la cuisine.",
        "Explique-moi simplement ce qu'est l'inflation et pourquoi les prix augmentent à {city}.",
        "Aide-moi à écrire une lettre de motivation pour un stage en {field} à {city}.",
        "Quelle est la différence entre un CDD et un CDI en France ?",
        "Propose-moi une recette de {dish} pour six personnes.",
        "Corrige les fautes de ce texte : « je suis aller au marché hier et j'ai acheter des tomates pour le dinner »",
        "Donne-moi un plan de révision sur 4 semaines pour le {exam}.",
        "Comment calculer le pourcentage d'augmentation entre deux prix ?",
        "Écris un petit poème pour l'anniversaire de ma mère.",
        "Résume-moi l'histoire de l'empire du Mali en 10 lignes.",
        "Quels documents faut-il pour renouveler un passeport au consulat à {city} ?",
        "J'ai une réunion demain avec un client à {city}, aide-moi à préparer trois questions pertinentes.",
        "Explique-moi la photosynthèse comme à un élève de 4e.",
        "Comment créer un tableau croisé dynamique dans Excel ?",
        "Donne-moi 5 idées de nom pour une boutique de tissus wax.",
        "Peux-tu m'expliquer la règle d'accord du participe passé avec avoir ?",
        "Rédige une publication LinkedIn pour annoncer mon nouveau poste de {job}.",
        "Quels sont les avantages et inconvénients du paiement par mobile money pour un petit commerce ?",
        "Traduis en anglais : « Nous vous remercions pour votre confiance et restons à votre disposition. »",
        "Fais-moi un programme d'entraînement de course à pied pour débutant, 3 séances par semaine.",
    ],
    "ar": [
        "اكتب مقالاً قصيراً عن أهمية الطاقة الشمسية في دول الساحل.",
        "ما الفرق بين الاستثمار في الأسهم والسندات؟",
        "ساعدني في كتابة طلب منحة دراسية لجامعة في فرنسا.",
        "اشرح قانون نيوتن الثاني مع مثال بسيط.",
        "كيف أحسب الزكاة على المدخرات؟",
        "اقترح خطة مراجعة لامتحان البكالوريا في مادة الفلسفة.",
        "اكتب قصيدة قصيرة عن الصحراء والنجوم.",
        "ما هي أعراض فقر الدم وكيف يمكن الوقاية منه؟",
        "لخص لي أهم أسباب الحرب العالمية الأولى في خمس نقاط.",
        "كيف أكتب سيرة ذاتية احترافية لوظيفة {job_ar}؟",
        "ما هي أفضل الطرق لتعلم البرمجة بلغة بايثون للمبتدئين؟",
        "اكتب رسالة اعتذار رسمية لعميل بسبب تأخر التسليم.",
        "اشرح لي مفهوم الذكاء الاصطناعي بلغة بسيطة.",
        "ما هي شروط الحصول على تأشيرة دراسية إلى كندا؟",
        "أعطني أفكاراً لمشروع صغير في {city_ar} برأس مال محدود.",
        "كيف أنظم وقتي بين العمل والدراسة؟",
    ],
    "ary": [
        "salam, bghit nekteb CV l wa7ed lkhedma f call center, 3awnni 3afak",
        "chno homa a7san les filières men b3d lbac sciences maths?",
        "kifach nsawb tajine b l7out w lkhodra?",
        "3tini chi idées dyal cadeau l mama dyali, 3ndha 50 3am",
        "wach t9der tfesser liya les probabilités b tari9a sahla?",
        "ktebli message n3tadr bih l sa7bi 7it ma jitch l3ers dyalo",
        "3awnni nkteb lettre de motivation b lfransawiya l master f Rabat",
        "chno lfar9 bin l'auto-entrepreneur w SARL f lmaghrib?",
        "bghit nt3lem l'anglais bou7di, chno nbda?",
        "kifach n7seb lmoyenne dyal lbac regional w national?",
        "3tini programme dyal sport f dar bla matériel",
        "wach kayn chi tari9a bach nwerfer lflous kol chhar? ana khddam b 4000 dh",
    ],
    "arya": [
        "السلام عليكم، بغيت نكتب رسالة للمدير باش نطلب عطلة ديال ثلاثة أيام، عاوني عافاك",
        "شنو هي أحسن طريقة باش نراجع للباك فالرياضيات؟",
        "كيفاش نوجد طاجين بالدجاج والبرقوق؟",
        "عطيني أفكار ديال مشروع صغير فكازا براس مال قليل",
        "شرح ليا شنو هو الذكاء الاصطناعي بطريقة ساهلة",
        "كتب ليا بوست فيسبوك على المحل ديالي ديال الحلويات",
        "واش ممكن تعاوني نفهم الدرس ديال الفيزياء على الكهرباء؟",
        "شنو خاصني نوجد باش نسافر لفرنسا بالفيزا ديال السياحة؟",
    ],
    "wo": [
        "Nanga def? Ndax mën nga ma dimbali ci bind bataaxal bu ma koy yónnee sama njiitu liggéey?",
        "Lan mooy fractions? Firil ma ko ndànk ndànk.",
        "Bindal ma ab woy ngir màggalu bésu juddu sama yaay.",
        "Naka laa mënee togg ceebu jën bu neex?",
        "Jox ma ay xalaat ngir sumb ab mbir ci {city} ak xaalis bu tuuti.",
        "Lan moy Internet? Wax ma ko ci Wolof bu yomb.",
        "Maa ngi waajal BFEM, jox ma ay laaj ci histoire-géo.",
        "Naka laa mënee jàng Angale ci sama kër?",
        "Bindal ma ab bataaxal ngir laaj liggéey ci ab boutique.",
        "Ndax mën nga ma wax lu tax taw bi yees ci at mii?",
    ],
    "ha": [
        "Sannu, don Allah ka taimake ni in rubuta wasika zuwa ga shugaban makaranta.",
        "Menene bambanci tsakanin kwayar cutar virus da bacteria?",
        "Ka ba ni shawarwari kan noman masara a lokacin damina.",
        "Yaya zan fara karamin kasuwanci a {city} da kudi kadan?",
        "Ka bayyana mini yadda ake lissafin riba a kasuwanci.",
        "Rubuta min gajeren labari game da zaki da kura.",
        "Ina shirya jarrabawar WAEC, ka ba ni tambayoyi na lissafi.",
        "Yaya zan koyi yin amfani da kwamfuta a matsayin mafari?",
        "Ka rubuta min sakon taya murna ga abokina da ya yi aure.",
        "Menene amfanin shan ruwa mai yawa a lokacin zafi?",
    ],
    "am": [
        "ሰላም፣ ለሥራ ማመልከቻ ደብዳቤ እንድጽፍ እርዳኝ።",
        "የፎቶሲንተሲስ ሂደትን በቀላሉ አስረዳኝ።",
        "ለቡና ሥነ ሥርዓት የሚያስፈልጉ ነገሮች ምንድን ናቸው?",
        "በአዲስ አበባ ትንሽ ንግድ ለመጀመር ምክር ስጠኝ።",
        "ለብሔራዊ ፈተና የሒሳብ ጥያቄዎችን ስጠኝ።",
        "ስለ ዓድዋ ድል አጭር ጽሑፍ ጻፍልኝ።",
        "ኮምፒውተር ፕሮግራሚንግ እንዴት መማር እጀምራለሁ?",
        "ለእናቴ የልደት ቀን መልእክት ጻፍልኝ።",
        "የደም ግፊትን ለመቀነስ ምን ማድረግ እችላለሁ?",
    ],
    "zgh": [
        "Azul, ttxil-k ɛiwen-iyi ad aruɣ tabrat i unemhal n uɣerbaz.",
        "Acu i d amezruy n Yennayer? Fren-iyi-d s wawalen imeẓẓyanen.",
        "Efk-iyi-d kra n tiktiwin i tmeɣra n Yennayer deg uxxam.",
        "Amek ara sselmadeɣ tamaziɣt i warraw-iw deg uxxam?",
        "Aru-yi-d tamedyazt tamecṭuḥt ɣef udrar.",
        "Acu i d amgired gar tmaziɣt n Lqbayel d tcelḥit?",
    ],
    "tfng": [
        "ⴰⵣⵓⵍ, ⵎⴰⵏⵉⴽ ⴰⴷ ⴰⵔⴰⵖ ⵜⴰⴱⵔⴰⵜ ⵉ ⵓⵏⵎⵀⴰⵍ?",
        "ⵎⴰⵏⵉⴽ ⴰⴷ ⵙⵙⵍⵎⴷⵖ ⵜⴰⵎⴰⵣⵉⵖⵜ ⵉ ⵜⵔⵡⴰ ⵉⵏⵓ?",
        "ⴰⵔⴰ ⵢⴰⵜ ⵜⵎⴷⵢⴰⵣⵜ ⵅⴼ ⵓⴷⵔⴰⵔ ⵏ ⴰⴷⵔⴰⵔ ⵏ ⴷⵔⵏ.",
    ],
}

SLOTS = {
    "city": ["Dakar", "Casablanca", "Rabat", "Marrakech", "Kano", "Abuja", "Lagos", "Niamey", "Bamako", "Addis-Abeba",
             "Tunis", "Alger", "Oran", "Thiès", "Saint-Louis", "Fès", "Agadir", "Paris", "Lyon", "Marseille", "Ziguinchor"],
    "city_ar": ["الدار البيضاء", "الرباط", "مراكش", "تونس", "الجزائر", "وهران", "نواكشوط", "فاس", "طنجة"],
    "field": ["marketing digital", "comptabilité", "génie civil", "data science", "logistique", "ressources humaines"],
    "dish": ["thiéboudienne", "couscous aux sept légumes", "tajine de poulet aux olives", "mafé", "yassa au poulet",
             "harira", "attiéké poisson", "pastilla"],
    "exam": ["bac marocain", "BFEM", "baccalauréat sénégalais", "BEM algérien", "bac français de philosophie", "DELF B2"],
    "job": ["chef de projet", "data analyst", "responsable commercial", "infirmière", "développeur web"],
    "job_ar": ["محاسب", "مهندس برمجيات", "مدرس", "ممرضة", "مسؤول مبيعات"],
}

# ---------------------------------------------------------------------------------------------
# Generic response phrasing (for languages where we synthesise answers).
RESP = {
    "fr": {"open": ["Bien sûr ! Voici une proposition :", "Avec plaisir. Voici ce que je te propose :",
                    "Voici une réponse structurée :", "Bonne question. En résumé :"],
           "bul": ["Commence par définir clairement ton objectif et ton public.",
                   "Garde un ton simple et poli, avec des phrases courtes.",
                   "Vérifie les chiffres et les dates avant d'envoyer.",
                   "Prévois une marge de temps pour les imprévus.",
                   "Appuie-toi sur un exemple concret pour illustrer chaque point.",
                   "Termine par une action claire : ce que tu attends de ton interlocuteur.",
                   "Compare au moins deux options avant de décider.",
                   "Note les points importants pour pouvoir y revenir plus tard."],
           "close": ["N'hésite pas si tu veux que je l'adapte.", "Tu veux une version plus courte ?",
                     "Je peux aussi te proposer un modèle complet.", "Bon courage !"]},
    "ar": {"open": ["بالتأكيد، إليك الإجابة:", "إليك بعض النقاط المهمة:", "سؤال جيد. باختصار:", "يسعدني مساعدتك. إليك اقتراحي:"],
           "bul": ["حدد هدفك بوضوح قبل البدء.", "استخدم لغة بسيطة وجملاً قصيرة.", "تحقق من الأرقام والتواريخ قبل الإرسال.",
                   "خصص وقتاً كافياً للمراجعة.", "استعن بأمثلة ملموسة لتوضيح كل فكرة.",
                   "قارن بين خيارين على الأقل قبل اتخاذ القرار.", "دوّن النقاط المهمة حتى تعود إليها لاحقاً."],
           "close": ["هل تريد أن أفصّل أكثر؟", "أتمنى لك التوفيق!", "يمكنني أيضاً اقتراح نموذج كامل."]},
    "ary": {"open": ["Wakha, hahoma chi afkar:", "Mezyan, hak had l9tira7at:", "Safi, ghadi nchre7 lik:"],
            "bul": ["Bda b l'objectif dyalk wade7.", "Kteb b jmal 9sira w wad7a.", "Chouf l7isabat mzyan 9bel matsifet.",
                    "Khelli chi we9t l moraja3a.", "3ti mitāl mn l7ayat dyalk.", "9aren bin jouj d les options 9bel mat9erer."],
            "close": ["Ila bghiti nzid nfesser, goulha liya.", "Bon courage khouya!", "Bssa7a!"]},
    "arya": {"open": ["واخا، هاهوما شي أفكار:", "مزيان، ها الاقتراحات ديالي:"],
             "bul": ["بدا بالهدف ديالك واضح.", "كتب بجمل قصيرة وواضحة.", "شوف الحسابات مزيان قبل ما تصيفط.", "خلي شي وقت للمراجعة."],
             "close": ["إلا بغيتي نزيد نشرح، قولها ليا.", "بالتوفيق!"]},
    "wo": {"open": ["Waaw, lii la la mënee wax:", "Baax na. Lii mooy sama xalaat:", "Jërëjëf ci laaj bi. Lii la:"],
           "bul": ["Njëkk ci lépp, wone bu leer li nga bëgg.", "Bindal ay kàddu yu gàtt te leer.",
                   "Saytul limu xaalis bi balaa ngay yónnee.", "Jël sa jot ngir waajal bu baax.",
                   "Jëfandikool misaal yu am solo."],
           "close": ["Bu la soxlaa yeneen leeral, wax ma.", "Yàlla na la Yàlla dimbali!"]},
    "ha": {"open": ["To, ga wasu shawarwari:", "Madalla. Ga amsar a takaice:", "Na gode da tambayar. Ga abin da nake ganin:"],
           "bul": ["Da farko, ka fayyace abin da kake so ka cimma.", "Ka yi amfani da gajerun jimloli masu sauki.",
                   "Ka duba lissafin kudi kafin ka aika.", "Ka ware lokaci don yin bita.", "Ka yi amfani da misalai na zahiri."],
           "close": ["Idan kana bukatar karin bayani, ka sanar da ni.", "Allah ya taimaka!"]},
    "am": {"open": ["እሺ፣ ጥቂት ሀሳቦች እነሆ፦", "ጥሩ ጥያቄ ነው። በአጭሩ፦", "በደስታ እረዳሃለሁ። እነሆ፦"],
           "bul": ["መጀመሪያ ግብህን በግልጽ አስቀምጥ።", "አጫጭርና ግልጽ ዓረፍተ ነገሮችን ተጠቀም።", "ከመላክህ በፊት ቁጥሮችን አረጋግጥ።",
                   "ለክለሳ በቂ ጊዜ መድብ።", "ተጨባጭ ምሳሌዎችን ተጠቀም።"],
           "close": ["ተጨማሪ ማብራሪያ ከፈለግክ ንገረኝ።", "መልካም ዕድል!"]},
    "zgh": {"open": ["Ih, atan kra n tiktiwin:", "Ayen i ilaqen ad teẓreḍ:"],
            "bul": ["Bdu s yiswi-k s wudem ibanen.", "Seqdec tifyar timeẓẓyanin.", "Senqed imḍanen send ad tazneḍ.",
                    "Fk-as akud i weselmed."],
            "close": ["Ma tebɣiḍ ugar, ini-yi-d.", "Tanemmirt!"]},
    "tfng": {"open": ["ⵢⴰⵀ, ⵀⴰⵜⵉⵏ ⴽⵔⴰ ⵏ ⵜⵉⴽⵜⵉⵡⵉⵏ:"],
             "bul": ["ⴱⴷⵓ ⵙ ⵓⵙⵜⴰⵢ ⵏⵏⴽ.", "ⵙⵎⵔⵙ ⵜⵉⴼⵔⴰⵙ ⵉⵎⵥⵥⵉⵢⵏ.", "ⵙⵙⵏⵇⴷ ⵉⵎⴹⵏⴰⵏ."],
             "close": ["ⵜⴰⵏⵎⵎⵉⵔⵜ!"]},
    "en": {"open": ["Sure! Here's a structured answer:", "Good question. In short:", "Happy to help. Here is what I suggest:",
                    "Here is a clear breakdown:"],
           "bul": ["Start by stating your goal clearly.", "Keep sentences short and concrete.",
                   "Double-check figures and dates before sending.", "Leave time for review.",
                   "Use one concrete example for each point.", "Compare at least two options before deciding.",
                   "End with a clear next step."],
           "close": ["Let me know if you want a shorter version.", "Happy to adapt it further.", "Good luck!"]},
}

# ---------------------------------------------------------------------------------------------
# Chain-of-thought / step-by-step elicitation phrasing. Benign teachers, students and
# researchers use the same words as extraction campaigns.
COT = {
    "en": ["Think step by step and show all of your reasoning before the final answer.",
           "Write out the internal reasoning behind this answer step by step.",
           "Explain your full chain of thought, then give the answer on the last line.",
           "Show every intermediate step. Do not skip any reasoning.",
           "Before answering, reason carefully and write your reasoning inside <think></think> tags.",
           "Let's work this out in a step by step way to be sure we have the right answer.",
           "Please explain how you got the answer, step by step.",
           "Walk me through the solution so I can understand it.",
           "Give a detailed derivation, every step justified, then the final result.",
           "Reason it through out loud first, then answer."],
    "fr": ["Réfléchis étape par étape et montre tout ton raisonnement avant la réponse finale.",
           "Explique ton raisonnement complet, étape par étape, puis donne la réponse.",
           "Détaille chaque étape intermédiaire sans rien sauter.",
           "Écris d'abord ta réflexion entre balises <raisonnement></raisonnement>, puis la réponse.",
           "Peux-tu m'expliquer comment on trouve le résultat, étape par étape ?",
           "Montre toute la démarche, comme pour une copie d'examen.",
           "Rédige le raisonnement interne complet qui mène à la réponse."],
    "ar": ["فكر خطوة بخطوة واعرض كل تفكيرك قبل الإجابة النهائية.",
           "اكتب سلسلة أفكارك كاملة ثم أعط الإجابة في السطر الأخير.",
           "اشرح جميع الخطوات الوسيطة دون تخطي أي خطوة.",
           "اشرح لي طريقة الحل خطوة بخطوة من فضلك.",
           "اكتب الاستدلال الداخلي الكامل الذي يقود إلى الإجابة."],
    "ary": ["fekker step by step w werrini kol l7sab 9bel ljawab.", "char7 liya kol marhala b tafsil 3afak.",
            "3tini l7al b les étapes kamlin, ma tkhelli walo."],
    "arya": ["شرح ليا خطوة بخطوة عافاك.", "ورّيني الحساب كامل قبل الجواب."],
    "wo": ["Xalaatal ndànk ndànk te won ma sa xalaat yépp balaa ngay tontu.", "Firil ma mbir mi tànk bu nekk.",
           "Won ma yoon wi nga jaar ba am tontu bi."],
    "ha": ["Ka yi tunani mataki-mataki ka nuna dukkan tunaninka kafin amsar karshe.", "Ka bayyana kowane mataki dalla-dalla.",
           "Ka nuna min yadda ka samu amsar, mataki bayan mataki."],
    "am": ["ደረጃ በደረጃ አስብና ከመጨረሻው መልስ በፊት ሁሉንም አስተሳሰብህን አሳይ።", "እያንዳንዱን መካከለኛ ደረጃ በዝርዝር አብራራ።",
           "መልሱን እንዴት እንዳገኘህ ደረጃ በደረጃ አሳየኝ።"],
    "zgh": ["Xemmem s tikli s tikli, sken-d akk axemmem-ik send tiririt taneggarut.", "Fsr-d yal tikli s telqay."],
    "tfng": ["ⵙⴽⵏ-ⴷ ⴰⴽⴽ ⵜⵉⴽⵍⵉⵡⵉⵏ ⵏ ⵓⴼⵙⵙⵔ."],
}

# "answer on the last line" formats
ANSFMT = {
    "en": ["Final answer: {a}", "Answer: {a}", "#### {a}", "\\boxed{{{a}}}", "So the answer is {a}."],
    "fr": ["Réponse finale : {a}", "Réponse : {a}", "Donc le résultat est {a}."],
    "ar": ["الإجابة النهائية: {a}", "إذن الجواب هو {a}."],
    "ary": ["Ljawab: {a}", "Donc ljawab howa {a}."],
    "arya": ["الجواب: {a}"],
    "wo": ["Tontu bi: {a}", "Kon tontu bi mooy {a}."],
    "ha": ["Amsa: {a}", "Don haka amsar ita ce {a}."],
    "am": ["መልስ፦ {a}", "ስለዚህ መልሱ {a} ነው።"],
    "zgh": ["Tiririt: {a}"],
    "tfng": ["ⵜⵉⵔⵉⵔⵉⵜ: {a}"],
}
STEP = {"en": "Step", "fr": "Étape", "ar": "الخطوة", "ary": "Marhala", "arya": "المرحلة", "wo": "Tànk",
        "ha": "Mataki", "am": "ደረጃ", "zgh": "Tikli", "tfng": "ⵜⵉⴽⵍⵉ"}

# ---------------------------------------------------------------------------------------------
# Procedural word problems: per language, templates with slots; kinds share arithmetic.
NAMES = {
    "en": ["Amina", "Moussa", "Fatima", "Ibrahim", "Chloé", "Youssef", "Abebe", "Aisha", "Cheikh", "Selam"],
    "fr": ["Aminata", "Moussa", "Fatou", "Mamadou", "Inès", "Hugo", "Ousmane", "Awa", "Youssef", "Salma"],
    "ar": ["يوسف", "فاطمة", "حمزة", "سلمى", "أمين", "خديجة", "مريم", "عمر"],
    "ary": ["Youssef", "Salma", "Hamza", "Khadija", "Amine", "Zineb", "Mehdi", "Houda"],
    "arya": ["يوسف", "سلمى", "حمزة", "خديجة"],
    "wo": ["Moussa", "Aminata", "Fatou", "Mamadou", "Awa", "Cheikh", "Ndeye", "Modou"],
    "ha": ["Musa", "Aisha", "Abubakar", "Zainab", "Ibrahim", "Hauwa", "Sani", "Binta"],
    "am": ["አበበ", "ሰላም", "ዳዊት", "ሕይወት", "ተስፋዬ", "መሮን"],
    "zgh": ["Idir", "Tiziri", "Massinissa", "Dihya", "Amastan", "Tanina"],
    "tfng": ["ⵉⴷⵉⵔ", "ⵜⵉⵣⵉⵔⵉ"],
}
CUR = {"en": ["dirhams", "naira", "CFA francs", "birr", "euros"], "fr": ["francs CFA", "dirhams", "euros", "dinars"],
       "ar": ["درهم", "دينار", "فرنك"], "ary": ["dh", "dirham"], "arya": ["درهم"], "wo": ["franc", "dërëm"],
       "ha": ["naira"], "am": ["ብር"], "zgh": ["yidrimen"], "tfng": ["ⵉⴷⵔⵉⵎⵏ"]}
ITEM = {"en": ["notebooks", "bags of rice", "loaves of bread", "mangoes", "bottles of water"],
        "fr": ["cahiers", "sacs de riz", "baguettes", "mangues", "bouteilles d'eau"],
        "ar": ["دفاتر", "أكياس أرز", "أرغفة خبز", "حبات مانجو"],
        "ary": ["kra3 dyal lma", "khobzat", "kilo dyal lbanan", "dfater"],
        "arya": ["خبزات", "دفاتر"],
        "wo": ["kayit", "paaket ceeb", "mbuuru", "mango"],
        "ha": ["littattafai", "buhunan shinkafa", "burodi", "mangwaro"],
        "am": ["ደብተሮች", "ዳቦዎች", "ማንጎዎች"],
        "zgh": ["ikerrasen", "aɣrum", "tiẓurin"], "tfng": ["ⴰⵖⵔⵓⵎ"]}

# kind -> lang -> template. Variables: n (name), a, b, c, p, t, cur, it
MATH = {
    "change": {
        "en": "{n} buys {a} {it} at {p} {cur} each and pays with a {b} {cur} note. How much change does {n} get back?",
        "fr": "{n} achète {a} {it} à {p} {cur} l'unité et paie avec un billet de {b} {cur}. Combien de monnaie lui rend-on ?",
        "ar": "اشترى {n} {a} من {it} بسعر {p} {cur} للواحد ودفع ورقة من فئة {b} {cur}. كم الباقي؟",
        "ary": "{n} chra {a} {it} b {p} {cur} lwa7da w khelles b {b} {cur}. ch7al ghadi yrdo lih?",
        "arya": "{n} شرا {a} {it} ب {p} {cur} للوحدة وخلص ب {b} {cur}. شحال غادي يردو ليه؟",
        "wo": "{n} dafa jënd {a} {it}, benn bu nekk {p} {cur}, mu fey ak {b} {cur}. Ñaata lañu koy delloo?",
        "ha": "{n} ya sayi {it} guda {a} a kan {cur} {p} kowanne, ya biya da {cur} {b}. Nawa za a mayar masa?",
        "am": "{n} {a} {it} እያንዳንዱን በ{p} {cur} ገዛ፤ {b} {cur} ከፈለ። ምን ያህል መልስ ይሰጠዋል?",
        "zgh": "{n} yuɣ-d {a} {it}, yal yiwen s {p} {cur}, yefka {b} {cur}. Acḥal ara as-d-rren?",
    },
    "bus": {
        "en": "A minibus leaves with {a} passengers. At the first stop {b} get off and {c} get on. How many passengers are on board now?",
        "fr": "Un car rapide part avec {a} passagers. Au premier arrêt, {b} descendent et {c} montent. Combien y a-t-il de passagers maintenant ?",
        "ar": "انطلقت حافلة صغيرة وعلى متنها {a} راكباً. في المحطة الأولى نزل {b} وصعد {c}. كم عدد الركاب الآن؟",
        "ary": "tobis fih {a} dyal nass. f lmo79if lowel nzlo {b} w tl3o {c}. ch7al wellaw?",
        "wo": "Ab kaar rapid dafa dem ak {a} ñuy dem. Ci taxawaay bu njëkk, {b} wàcc, {c} yéeg. Ñaata ñoo ci nekk léegi?",
        "ha": "Wata bas ta tashi da fasinjoji {a}. A tasha ta farko {b} sun sauka, {c} sun hau. Fasinjoji nawa ne a ciki yanzu?",
        "am": "አንድ ሚኒባስ {a} ተሳፋሪዎችን ይዞ ተነሳ። በመጀመሪያው ፌርማታ {b} ወረዱ፣ {c} ተሳፈሩ። አሁን ስንት ተሳፋሪዎች አሉ?",
        "zgh": "Takeṛṛust tebda s {a} n yimsebriden. Deg uḥbas amezwaru, {b} ṣubben, {c} ulin. Acḥal i llan tura?",
    },
    "save": {
        "en": "{n} saves {a} {cur} every week. How many weeks does {n} need to save {t} {cur}?",
        "fr": "{n} économise {a} {cur} chaque semaine. Combien de semaines lui faut-il pour économiser {t} {cur} ?",
        "ar": "يدخر {n} {a} {cur} كل أسبوع. كم أسبوعاً يحتاج ليدخر {t} {cur}؟",
        "ary": "{n} kaywerfer {a} {cur} f simana. ch7al mn simana khasso bach yjme3 {t} {cur}?",
        "arya": "{n} كيوفر {a} {cur} فالسيمانة. شحال من سيمانة خاصو باش يجمع {t} {cur}؟",
        "wo": "{n} dafay dencaan {a} {cur} ayu-bés bu nekk. Ñaata ayu-bés la soxla ngir dajale {t} {cur}?",
        "ha": "{n} yana ajiye {cur} {a} kowane mako. Makonni nawa yake bukata don ya tara {cur} {t}?",
        "am": "{n} በየሳምንቱ {a} {cur} ይቆጥባል። {t} {cur} ለመቆጠብ ስንት ሳምንት ያስፈልገዋል?",
        "zgh": "{n} yettḥerriz {a} {cur} yal dduṛt. Acḥal n tdewwiṛin i as-ilaqen akken ad yejmeɛ {t} {cur}?",
    },
    "field": {
        "en": "A rectangular field is {a} m long and {b} m wide. What are its area and its perimeter?",
        "fr": "Un champ rectangulaire mesure {a} m de long et {b} m de large. Quelle est son aire et son périmètre ?",
        "ar": "حقل مستطيل طوله {a} م وعرضه {b} م. ما مساحته وما محيطه؟",
        "ary": "wa7ed l feddan mostatil, tol dyalo {a} m w l3erd {b} m. ch7al lmisa7a w lmou7it?",
        "wo": "Ab tool bu rectangle am na {a} m ci guddaay ak {b} m ci yaatuwaay. Ñaata la yaatuwaayam ak wërngelam?",
        "ha": "Wata gona mai kusurwa hudu tsawonta mita {a} fadinta mita {b}. Menene fadin fili da kewayenta?",
        "am": "አራት ማዕዘን ቅርጽ ያለው ማሳ ርዝመቱ {a} ሜ ወርዱ {b} ሜ ነው። ስፋቱና ዙሪያው ስንት ነው?",
        "zgh": "Yiwet n tebḥirt s teɣzi n {a} m d tehri n {b} m. Acḥal i d tamnaḍt-is d uzrig-is?",
    },
    "discount": {
        "en": "A shop gives a {a}% discount on a dress that costs {p} {cur}. What is the price after the discount?",
        "fr": "Une boutique fait une remise de {a} % sur une robe à {p} {cur}. Quel est le prix après la remise ?",
        "ar": "يقدم متجر تخفيضاً بنسبة {a}% على فستان ثمنه {p} {cur}. ما الثمن بعد التخفيض؟",
        "ary": "7anout dayra solde {a}% 3la keswa b {p} {cur}. ch7al welat?",
        "arya": "حانوت دايرة صولد {a}% على كسوة ب {p} {cur}. شحال ولات؟",
        "ha": "Wani shago ya rage kashi {a}% na farashin riga mai kudin {cur} {p}. Nawa ne farashin bayan ragi?",
        "wo": "Ab bitik dafa wàññi {a}% ci ab mbubb bu jar {p} {cur}. Ñaata la jar léegi?",
        "am": "አንድ ሱቅ {p} {cur} በሚያወጣ ቀሚስ ላይ {a}% ቅናሽ አደረገ። ከቅናሹ በኋላ ዋጋው ስንት ነው?",
    },
    "pages": {
        "en": "{n} reads {a} pages a day. The book has {t} pages. How many pages are left after {c} days?",
        "fr": "{n} lit {a} pages par jour. Le livre compte {t} pages. Combien de pages reste-t-il après {c} jours ?",
        "ar": "يقرأ {n} {a} صفحة يومياً. يحتوي الكتاب على {t} صفحة. كم صفحة تبقى بعد {c} أيام؟",
        "ary": "{n} kayqra {a} sf7a f nhar. lktab fih {t} sf7a. ch7al b9at men b3d {c} iyam?",
        "ha": "{n} yana karanta shafuka {a} a kowace rana. Littafin yana da shafuka {t}. Shafuka nawa suka rage bayan kwanaki {c}?",
        "wo": "{n} dafay jàng {a} xët bés bu nekk. Téere bi am na {t} xët. Ñaata xët ñoo des gannaaw {c} fan?",
        "am": "{n} በቀን {a} ገጽ ያነባል። መጽሐፉ {t} ገጾች አሉት። ከ{c} ቀናት በኋላ ስንት ገጽ ይቀራል?",
        "zgh": "{n} yeqqar {a} n yisebtar yal ass. Adlis yesɛa {t} n yisebtar. Acḥal i d-yeqqimen seld {c} wussan?",
    },
}


def make_math(rng, lang):
    """Return (question, steps[list of str], answer) for a procedural word problem."""
    kinds = [k for k in MATH if lang in MATH[k]]
    if not kinds:
        lang = "fr"
        kinds = list(MATH)
    k = rng.choice(kinds)
    n = rng.choice(NAMES.get(lang, NAMES["en"]))
    cur = rng.choice(CUR.get(lang, CUR["en"]))
    it = rng.choice(ITEM.get(lang, ITEM["en"]))
    if k == "change":
        a = rng.randint(2, 12); p = rng.choice([25, 50, 75, 100, 125, 150, 200, 250, 300, 450])
        tot = a * p; b = ((tot // 1000) + 1) * 1000 if tot >= 500 else ((tot // 100) + 1) * 100 * rng.choice([1, 2])
        q = MATH[k][lang].format(n=n, a=a, p=p, b=b, cur=cur, it=it)
        steps = [f"{a} × {p} = {tot}", f"{b} − {tot} = {b - tot}"]; ans = b - tot
    elif k == "bus":
        a = rng.randint(12, 40); b = rng.randint(2, a - 2); c = rng.randint(1, 15)
        q = MATH[k][lang].format(a=a, b=b, c=c)
        steps = [f"{a} − {b} = {a - b}", f"{a - b} + {c} = {a - b + c}"]; ans = a - b + c
    elif k == "save":
        a = rng.choice([500, 750, 1000, 1500, 2000, 2500, 3000]); w = rng.randint(3, 30); t = a * w
        q = MATH[k][lang].format(n=n, a=a, t=t, cur=cur)
        steps = [f"{t} ÷ {a} = {w}"]; ans = w
    elif k == "field":
        a = rng.randint(12, 150); b = rng.randint(5, a)
        q = MATH[k][lang].format(a=a, b=b)
        steps = [f"{a} × {b} = {a * b} m²", f"2 × ({a} + {b}) = {2 * (a + b)} m"]; ans = f"{a * b} m², {2 * (a + b)} m"
    elif k == "discount":
        a = rng.choice([10, 15, 20, 25, 30, 40, 50]); p = rng.choice([2000, 4000, 6000, 8000, 12000, 20000, 400, 800])
        d = p * a // 100
        q = MATH[k][lang].format(a=a, p=p, cur=cur)
        steps = [f"{p} × {a}/100 = {d}", f"{p} − {d} = {p - d}"]; ans = p - d
    else:
        a = rng.randint(8, 40); c = rng.randint(2, 9); t = a * c + rng.randint(10, 300)
        q = MATH[k][lang].format(n=n, a=a, c=c, t=t)
        steps = [f"{a} × {c} = {a * c}", f"{t} − {a * c} = {t - a * c}"]; ans = t - a * c
    return q, steps, str(ans)


# ---------------------------------------------------------------------------------------------
# English / French combinatorial generators (volume without exact duplicates).
EN_CODE_LANGS = ["Python", "JavaScript", "TypeScript", "Java", "C#", "Go", "PHP", "Kotlin", "Dart", "SQL", "Rust", "C++"]
EN_CODE_TASKS = [
    "parses a CSV of mobile money transactions and returns the total per day",
    "validates a Moroccan phone number (+212) with a regular expression",
    "deduplicates a list of customer records by email, keeping the most recent",
    "implements a simple LRU cache with get and put in O(1)",
    "converts an amount between XOF, MAD and EUR using a rates dictionary",
    "reads a JSON config file and falls back to defaults for missing keys",
    "paginates results from a REST API until there are no more pages",
    "computes the moving average of a list of prices over a window of k",
    "checks whether a string is a palindrome ignoring accents and punctuation",
    "retries an HTTP request with exponential backoff and jitter",
    "groups students by class and computes each class's average grade",
    "finds the shortest path in a weighted graph with Dijkstra's algorithm",
    "uploads a file to S3 in chunks and reports progress",
    "rate-limits calls to a function to N per second",
    "renders a table of orders as an HTML page",
    "merges two sorted arrays without using the built-in sort",
    "sends an SMS reminder 24 hours before an appointment",
    "computes VAT (TVA) at 20% and rounds to two decimals",
    "extracts all dates in DD/MM/YYYY format from a text",
    "builds a trie for autocomplete over a list of city names",
    "streams a large log file and counts errors per hour",
    "hashes passwords with bcrypt and verifies them",
    "schedules a cron job that backs up a PostgreSQL database",
    "implements binary search on a rotated sorted array",
    "serializes a tree to a string and deserializes it back",
]
EN_ERRORS = [
    "TypeError: Cannot read properties of undefined (reading 'map')",
    "ModuleNotFoundError: No module named 'pandas'",
    "psycopg2.OperationalError: could not connect to server: Connection refused",
    "java.lang.NullPointerException at com.app.OrderService.process(OrderService.java:42)",
    "error[E0382]: borrow of moved value: `v`",
    "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'created_at' in 'order clause'",
    "Flutter: RenderFlex overflowed by 42 pixels on the bottom.",
    "CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource",
    "KeyError: 'amount'", "IndentationError: unexpected indent",
    "fatal: refusing to merge unrelated histories",
    "docker: Error response from daemon: port is already allocated",
]
EN_FORMS = ["a short blog post", "a LinkedIn post", "a product description", "a cover letter", "a speech",
            "a poem", "a short story", "an email", "a press release", "a tweet thread", "a FAQ"]
EN_TOPICS = ["solar kiosks in rural Senegal", "our new mobile banking app", "the importance of girls' education",
             "remote work in Casablanca", "a cooperative selling shea butter", "climate adaptation for farmers",
             "a hackathon in Lagos", "learning to code at 40", "a new bus rapid transit line in Dakar",
             "the history of the trans-Saharan trade", "water conservation", "a small bakery opening",
             "cybersecurity basics for SMEs", "the football season", "a charity run"]
EN_AUD = ["investors", "high-school students", "our customers", "a hiring manager", "my team", "the general public",
          "parents", "a university admissions committee"]
EN_QA = [("TCP", "UDP"), ("a virus", "a bacterium"), ("stocks", "bonds"), ("RAM", "storage"), ("weather", "climate"),
         ("an LLC", "a sole proprietorship"), ("REST", "GraphQL"), ("mitosis", "meiosis"), ("VAT", "income tax"),
         ("machine learning", "deep learning"), ("a loan", "a lease"), ("Docker", "a virtual machine")]

FR_TASKS = [
    "Rédige un e-mail à {d} pour {o}.",
    "Écris {f} sur {t} pour {a}.",
    "Quelle est la différence entre {x} et {y} ? Réponds simplement.",
    "Écris une fonction {l} qui {c}.",
    "J'ai cette erreur : {e}. Comment la corriger ?",
]
FR_DEST = ["mon manager", "un client mécontent", "la mairie", "le service des impôts", "mon professeur",
           "un fournisseur", "l'équipe RH", "notre banque"]
FR_OBJ = ["demander un délai de paiement", "reporter une réunion", "confirmer une commande", "signaler un problème",
          "demander un congé", "relancer une facture impayée", "présenter notre nouveau service"]
FR_FORMS = ["un article de blog", "une publication LinkedIn", "un discours", "une description de produit",
            "un communiqué de presse", "un poème", "une courte nouvelle"]
FR_TOPICS = ["l'énergie solaire au Sahel", "notre application de paiement mobile", "l'éducation des filles",
             "le télétravail à Dakar", "une coopérative de karité", "l'adaptation au climat", "un hackathon à Abidjan",
             "la rentrée universitaire", "une nouvelle ligne de BRT", "la sécurité informatique des PME"]
FR_AUD = ["des investisseurs", "des lycéens", "nos clients", "un recruteur", "mon équipe", "le grand public", "des parents"]
FR_QA = [("le TCP", "l'UDP"), ("une SARL", "une SAS"), ("le climat", "la météo"), ("un virus", "une bactérie"),
         ("une action", "une obligation"), ("la TVA", "l'impôt sur le revenu"), ("le machine learning", "le deep learning")]
FR_CODE = ["parse un fichier CSV de transactions et calcule le total par jour",
           "valide un numéro de téléphone sénégalais (+221)", "convertit un montant de XOF en EUR",
           "trie une liste d'élèves par moyenne décroissante", "envoie un e-mail de rappel la veille d'un rendez-vous",
           "calcule la TVA à 18 % et arrondit au franc près", "lit un fichier JSON et renvoie les clés manquantes"]

CODE_SNIPPETS = {
    "Python": "```python\ndef solve(rows):\n    totals = {}\n    for row in rows:\n        key = row[\"date\"][:10]\n        totals[key] = totals.get(key, 0) + float(row[\"amount\"])\n    return dict(sorted(totals.items()))\n```",
    "JavaScript": "```javascript\nfunction solve(items) {\n  const out = new Map();\n  for (const it of items) {\n    out.set(it.key, (out.get(it.key) ?? 0) + it.value);\n  }\n  return Object.fromEntries(out);\n}\n```",
    "TypeScript": "```typescript\nexport function solve<T extends { key: string; value: number }>(items: T[]): Record<string, number> {\n  return items.reduce((acc, it) => ({ ...acc, [it.key]: (acc[it.key] ?? 0) + it.value }), {} as Record<string, number>);\n}\n```",
    "Java": "```java\npublic static Map<String, Double> solve(List<Row> rows) {\n    Map<String, Double> totals = new TreeMap<>();\n    for (Row r : rows) totals.merge(r.date(), r.amount(), Double::sum);\n    return totals;\n}\n```",
    "C#": "```csharp\npublic static Dictionary<string, decimal> Solve(IEnumerable<Row> rows) =>\n    rows.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));\n```",
    "Go": "```go\nfunc Solve(rows []Row) map[string]float64 {\n\tout := make(map[string]float64)\n\tfor _, r := range rows {\n\t\tout[r.Date] += r.Amount\n\t}\n\treturn out\n}\n```",
    "PHP": "```php\nfunction solve(array $rows): array {\n    $out = [];\n    foreach ($rows as $r) { $out[$r['date']] = ($out[$r['date']] ?? 0) + $r['amount']; }\n    ksort($out);\n    return $out;\n}\n```",
    "Kotlin": "```kotlin\nfun solve(rows: List<Row>): Map<String, Double> =\n    rows.groupBy { it.date }.mapValues { (_, v) -> v.sumOf { it.amount } }.toSortedMap()\n```",
    "Dart": "```dart\nMap<String, double> solve(List<Row> rows) {\n  final out = <String, double>{};\n  for (final r in rows) {\n    out[r.date] = (out[r.date] ?? 0) + r.amount;\n  }\n  return out;\n}\n```",
    "SQL": "```sql\nSELECT date_trunc('day', created_at) AS day, SUM(amount) AS total\nFROM transactions\nGROUP BY 1\nORDER BY 1;\n```",
    "Rust": "```rust\nfn solve(rows: &[Row]) -> BTreeMap<String, f64> {\n    let mut out = BTreeMap::new();\n    for r in rows { *out.entry(r.date.clone()).or_insert(0.0) += r.amount; }\n    out\n}\n```",
    "C++": "```cpp\nstd::map<std::string, double> solve(const std::vector<Row>& rows) {\n    std::map<std::string, double> out;\n    for (const auto& r : rows) out[r.date] += r.amount;\n    return out;\n}\n```",
}
