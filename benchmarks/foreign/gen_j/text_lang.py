# -*- coding: utf-8 -*-
"""Everyday prompts in the ten languages Step AI serves, with slot fillers, follow-ups and
generic answer material. All text here was written for this generator."""

LANGS = ["tr", "ru", "uk", "kk", "uz", "az", "ka", "hy", "ro", "en"]
LANG_NAME = {"tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "kk": "Kazakh", "uz": "Uzbek", "az": "Azerbaijani",
             "ka": "Georgian", "hy": "Armenian", "ro": "Romanian", "en": "English"}

# country -> [(lang, weight)]
COUNTRY_LANG = {
    "TR": [("tr", .85), ("en", .12), ("ru", .03)],
    "UA": [("uk", .55), ("ru", .25), ("en", .20)],
    "KZ": [("ru", .5), ("kk", .3), ("en", .2)],
    "UZ": [("uz", .5), ("ru", .35), ("en", .15)],
    "AZ": [("az", .6), ("ru", .2), ("tr", .05), ("en", .15)],
    "GE": [("ka", .55), ("ru", .15), ("en", .30)],
    "AM": [("hy", .5), ("ru", .25), ("en", .25)],
    "RO": [("ro", .8), ("en", .2)],
    "MD": [("ro", .55), ("ru", .4), ("en", .05)],
    "DE": [("tr", .4), ("ru", .3), ("uk", .1), ("en", .2)],
    "KG": [("ru", .7), ("en", .3)],
}
COUNTRY_W = [("TR", .30), ("UA", .14), ("KZ", .12), ("UZ", .10), ("AZ", .07), ("GE", .06), ("AM", .05), ("RO", .11),
             ("MD", .03), ("DE", .015), ("KG", .005)]
LANG_HOME = {"tr": "TR", "ru": "KZ", "uk": "UA", "kk": "KZ", "uz": "UZ", "az": "AZ", "ka": "GE", "hy": "AM", "ro": "RO", "en": "TR"}

SLOTS = {
    "tr": {
        "city": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Trabzon", "Eskişehir", "Gaziantep", "Konya", "Kapadokya", "Mardin", "Bodrum"],
        "dish": ["mercimek çorbası", "karnıyarık", "mantı", "menemen", "baklava", "lahmacun", "kuru fasulye", "içli köfte", "sütlaç"],
        "subject": ["fizik", "kimya", "biyoloji", "tarih", "matematik", "edebiyat", "coğrafya"],
        "topic": ["fotosentez", "Osmanlı'nın kuruluşu", "Newton yasaları", "iklim değişikliği", "yapay zeka", "deprem güvenliği",
                  "kuantum fiziği", "enflasyon", "hücre bölünmesi", "Kurtuluş Savaşı"],
        "product": ["iPhone 17", "robot süpürge", "elektrikli bisiklet", "hava fritözü", "ikinci el Passat", "MacBook Air", "bulaşık makinesi"],
        "job": ["yazılım geliştirici", "muhasebeci", "satış temsilcisi", "grafik tasarımcı", "hemşire", "öğretmen", "veri analisti"],
        "hobby": ["fotoğrafçılık", "koşu", "satranç", "gitar", "bahçecilik", "yoga", "balık tutma"],
        "name": ["Elif", "Mehmet", "Zeynep", "Ahmet", "Ayşe", "Mustafa", "Emre", "Defne", "Burak", "Selin", "Can", "Ece"],
    },
    "ru": {
        "city": ["Алматы", "Астана", "Ташкент", "Баку", "Тбилиси", "Ереван", "Кишинёв", "Одесса", "Бишкек", "Стамбул", "Батуми", "Самарканд"],
        "dish": ["борщ", "плов", "сырники", "пельмени", "хачапури", "блины", "оливье", "лагман", "манты"],
        "subject": ["физике", "химии", "истории", "алгебре", "биологии", "литературе", "географии"],
        "topic": ["фотосинтез", "Вторая мировая война", "закон Ома", "квантовая запутанность", "инфляция", "Шёлковый путь",
                  "деление клетки", "чёрные дыры", "электромагнитная индукция", "эпоха Возрождения"],
        "product": ["iPhone 17", "робот-пылесос", "электросамокат", "ноутбук для учёбы", "Toyota Camry с пробегом", "аэрогриль", "посудомойку"],
        "job": ["бухгалтер", "Python-разработчик", "менеджер по продажам", "дизайнер", "юрист", "аналитик данных", "HR-менеджер"],
        "hobby": ["бег", "шахматы", "фотография", "гитара", "рыбалка", "йога", "вязание"],
        "name": ["Алия", "Дмитрий", "Анна", "Тимур", "Мария", "Руслан", "Екатерина", "Азамат", "Ольга", "Сергей", "Дильназ", "Артём"],
    },
    "uk": {
        "city": ["Київ", "Львів", "Одеса", "Харків", "Дніпро", "Вінниця", "Ужгород", "Чернівці", "Івано-Франківськ"],
        "dish": ["борщ", "вареники", "деруни", "голубці", "сирники", "банош", "пампушки"],
        "subject": ["фізики", "хімії", "історії України", "алгебри", "біології", "української літератури"],
        "topic": ["фотосинтез", "закон Ома", "Козацька доба", "інфляція", "вулкани", "штучний інтелект", "енергозбереження", "Трипільська культура"],
        "product": ["ноутбук для навчання", "павербанк", "генератор", "зарядну станцію EcoFlow", "смартфон Samsung", "інвертор"],
        "job": ["бухгалтер", "frontend-розробник", "менеджер з продажу", "дизайнер", "юрист", "тестувальник"],
        "hobby": ["біг", "шахи", "фотографія", "гітара", "садівництво", "велоспорт"],
        "name": ["Олена", "Андрій", "Ірина", "Тарас", "Наталія", "Богдан", "Софія", "Максим", "Оксана", "Дмитро"],
    },
    "kk": {
        "city": ["Алматы", "Астана", "Шымкент", "Қарағанды", "Ақтау", "Түркістан", "Бурабай"],
        "dish": ["бешбармақ", "бауырсақ", "қуырдақ", "палау", "сорпа"],
        "subject": ["физика", "химия", "Қазақстан тарихы", "алгебра", "биология"],
        "topic": ["фотосинтез", "Ом заңы", "Жібек жолы", "инфляция", "жасанды интеллект", "Алтын Орда", "су айналымы"],
        "product": ["ноутбук", "смартфон", "кондиционер", "көлік", "кір жуғыш машина"],
        "job": ["бухгалтер", "бағдарламашы", "мұғалім", "дизайнер", "менеджер"],
        "hobby": ["шахмат", "жүгіру", "домбыра", "футбол", "фотосурет"],
        "name": ["Айгерім", "Нұрлан", "Әсел", "Ерлан", "Дана", "Арман", "Жансая", "Бекзат", "Мадина", "Ержан"],
    },
    "uz": {
        "city": ["Toshkent", "Samarqand", "Buxoro", "Xiva", "Farg'ona", "Namangan", "Andijon"],
        "dish": ["osh", "somsa", "lag'mon", "manti", "shashlik", "norin"],
        "subject": ["fizika", "kimyo", "tarix", "algebra", "biologiya", "ona tili"],
        "topic": ["fotosintez", "Om qonuni", "Amir Temur davri", "inflyatsiya", "sun'iy intellekt", "Buyuk ipak yo'li", "suv aylanishi"],
        "product": ["noutbuk", "smartfon", "konditsioner", "Chevrolet Cobalt", "kir yuvish mashinasi"],
        "job": ["buxgalter", "dasturchi", "o'qituvchi", "dizayner", "sotuv menejeri"],
        "hobby": ["shaxmat", "yugurish", "futbol", "rasm chizish", "kitob o'qish"],
        "name": ["Dilnoza", "Jasur", "Madina", "Sardor", "Nigora", "Bobur", "Shahzoda", "Otabek", "Malika", "Javohir"],
    },
    "az": {
        "city": ["Bakı", "Gəncə", "Şəki", "Quba", "Lənkəran", "Sumqayıt", "Qəbələ"],
        "dish": ["plov", "dolma", "qutab", "dövğa", "paxlava", "piti"],
        "subject": ["fizika", "kimya", "Azərbaycan tarixi", "cəbr", "biologiya"],
        "topic": ["fotosintez", "Om qanunu", "İpək Yolu", "inflyasiya", "süni intellekt", "Nizami Gəncəvi", "su dövranı"],
        "product": ["noutbuk", "smartfon", "kondisioner", "elektrik samokat", "paltaryuyan maşın"],
        "job": ["mühasib", "proqramçı", "müəllim", "dizayner", "satış meneceri"],
        "hobby": ["şahmat", "qaçış", "futbol", "fotoqrafiya", "muğam"],
        "name": ["Aysel", "Elvin", "Leyla", "Rauf", "Nigar", "Orxan", "Günay", "Tural", "Səbinə", "Kamran"],
    },
    "ka": {
        "city": ["თბილისი", "ბათუმი", "ქუთაისი", "სიღნაღი", "ყაზბეგი", "მესტია", "ბორჯომი"],
        "dish": ["ხაჭაპური", "ხინკალი", "ლობიანი", "ჩაქაფული", "ჩურჩხელა"],
        "subject": ["ფიზიკა", "ქიმია", "ისტორია", "ალგებრა", "ბიოლოგია"],
        "topic": ["ფოტოსინთეზი", "ომის კანონი", "ინფლაცია", "ხელოვნური ინტელექტი", "დავით აღმაშენებელი", "ვულკანები"],
        "product": ["ლეპტოპი", "სმარტფონი", "კონდიციონერი", "ელექტრო სკუტერი"],
        "job": ["ბუღალტერი", "პროგრამისტი", "მასწავლებელი", "დიზაინერი"],
        "hobby": ["ჭადრაკი", "სირბილი", "ფოტოგრაფია", "გიტარა"],
        "name": ["ნინო", "გიორგი", "მარიამ", "ლუკა", "ანა", "დავითი", "თამარი", "ნიკა"],
    },
    "hy": {
        "city": ["Երևան", "Գյումրի", "Դիլիջան", "Ջերմուկ", "Սևան", "Վանաձոր"],
        "dish": ["խորոված", "տոլմա", "ժենգյալով հաց", "գաթա", "խաշ"],
        "subject": ["ֆիզիկա", "քիմիա", "պատմություն", "հանրահաշիվ", "կենսաբանություն"],
        "topic": ["ֆոտոսինթեզ", "Օհմի օրենք", "գնաճ", "արհեստական բանականություն", "Տիգրան Մեծ", "հրաբուխներ"],
        "product": ["նոութբուք", "սմարթֆոն", "օդորակիչ", "էլեկտրական սկուտեր"],
        "job": ["հաշվապահ", "ծրագրավորող", "ուսուցիչ", "դիզայներ"],
        "hobby": ["շախմատ", "վազք", "լուսանկարչություն", "կիթառ"],
        "name": ["Անի", "Արամ", "Մարիամ", "Դավիթ", "Նարե", "Տիգրան", "Լիլիթ", "Հայկ"],
    },
    "ro": {
        "city": ["București", "Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Sibiu", "Constanța", "Chișinău", "Oradea"],
        "dish": ["sarmale", "mici", "ciorbă de burtă", "papanași", "mămăligă cu brânză", "cozonac", "zacuscă"],
        "subject": ["fizică", "chimie", "istorie", "matematică", "biologie", "limba română"],
        "topic": ["fotosinteza", "legea lui Ohm", "Unirea din 1859", "inflația", "inteligența artificială", "vulcanii", "Ștefan cel Mare"],
        "product": ["un laptop pentru facultate", "o trotinetă electrică", "un aspirator robot", "un Dacia Duster second-hand", "o friteuză cu aer cald"],
        "job": ["contabil", "programator Java", "agent de vânzări", "designer grafic", "asistent medical", "analist de date"],
        "hobby": ["alergare", "șah", "fotografie", "chitară", "grădinărit", "ciclism"],
        "name": ["Andreea", "Mihai", "Ioana", "Alexandru", "Elena", "Andrei", "Maria", "Ștefan", "Bianca", "Radu"],
    },
    "en": {
        "city": ["Istanbul", "Tbilisi", "Baku", "Almaty", "Yerevan", "Bucharest", "Kyiv", "Tashkent", "Batumi", "Cluj"],
        "dish": ["lentil soup", "plov", "khachapuri", "borscht", "sarmale", "baklava", "dolma"],
        "subject": ["physics", "chemistry", "history", "math", "biology", "economics"],
        "topic": ["photosynthesis", "Ohm's law", "the Silk Road", "inflation", "black holes", "machine learning", "plate tectonics"],
        "product": ["an e-bike", "a robot vacuum", "a used Toyota Corolla", "a MacBook Air", "an air fryer", "noise-cancelling headphones"],
        "job": ["software engineer", "accountant", "sales manager", "UX designer", "data analyst", "nurse"],
        "hobby": ["running", "chess", "photography", "guitar", "gardening", "rock climbing"],
        "name": ["Emma", "Daniel", "Sara", "Omar", "Lina", "Alex", "Maya", "Tom"],
    },
}

SENTENCES = {
    "tr": ["Toplantıyı yarın saat ona erteledik, lütfen takviminizi güncelleyin.", "Siparişiniz kargoya verildi ve iki gün içinde teslim edilecek.",
           "Bu projede müşteri memnuniyetini artırmak için yeni bir destek sistemi kuruyoruz.", "Kira sözleşmesi bir yıl süreyle yenilenecektir.",
           "Hafta sonu ailecek Kapadokya'ya gitmeyi planlıyoruz."],
    "ru": ["Мы перенесли встречу на завтра на десять утра, обновите, пожалуйста, календарь.", "Ваш заказ передан в службу доставки и прибудет в течение двух дней.",
           "В этом проекте мы внедряем новую систему поддержки клиентов.", "Договор аренды продлевается на один год.",
           "На выходных мы всей семьёй собираемся поехать в горы."],
    "uk": ["Ми перенесли зустріч на завтра на десяту ранку, оновіть, будь ласка, календар.", "Ваше замовлення передано службі доставки, воно прибуде протягом двох днів.",
           "У цьому проєкті ми запроваджуємо нову систему підтримки клієнтів.", "Договір оренди продовжується на один рік.",
           "На вихідних ми всією родиною плануємо поїхати в Карпати."],
    "kk": ["Кездесуді ертең сағат онға ауыстырдық, күнтізбеңізді жаңартыңыз.", "Тапсырысыңыз жеткізу қызметіне берілді, екі күн ішінде жетеді.",
           "Бұл жобада біз клиенттерді қолдаудың жаңа жүйесін енгізіп жатырмыз.", "Демалыс күндері отбасымызбен тауға барамыз."],
    "uz": ["Uchrashuvni ertaga soat o'nga ko'chirdik, iltimos, taqvimingizni yangilang.", "Buyurtmangiz yetkazib berish xizmatiga topshirildi, ikki kun ichida yetib boradi.",
           "Bu loyihada mijozlarni qo'llab-quvvatlashning yangi tizimini joriy qilyapmiz.", "Dam olish kunlari oilamiz bilan tog'ga boramiz."],
    "az": ["Görüşü sabah saat ona keçirdik, zəhmət olmasa təqviminizi yeniləyin.", "Sifarişiniz çatdırılma xidmətinə verildi, iki gün ərzində çatacaq.",
           "Bu layihədə müştərilərə dəstək üçün yeni sistem qururuq.", "Həftə sonu ailəliklə Qəbələyə getməyi planlaşdırırıq."],
    "ka": ["შეხვედრა ხვალ დილის ათ საათზე გადავიტანეთ, გთხოვთ, განაახლოთ კალენდარი.", "თქვენი შეკვეთა გადაეცა მიწოდების სამსახურს და ორ დღეში ჩამოვა.",
           "შაბათ-კვირას ოჯახთან ერთად ბორჯომში ვაპირებთ წასვლას."],
    "hy": ["Հանդիպումը տեղափոխեցինք վաղը ժամը տասին, խնդրում եմ թարմացրեք ձեր օրացույցը։", "Ձեր պատվերը հանձնվել է առաքման ծառայությանը և կհասնի երկու օրում։",
           "Հանգստյան օրերին ընտանիքով պատրաստվում ենք գնալ Դիլիջան։"],
    "ro": ["Am mutat ședința mâine la ora zece, vă rog să vă actualizați calendarul.", "Comanda dumneavoastră a fost predată curierului și va ajunge în două zile.",
           "În acest proiect introducem un nou sistem de asistență pentru clienți.", "Contractul de închiriere se prelungește cu un an.",
           "În weekend mergem cu toată familia la munte."],
    "en": ["We moved the meeting to tomorrow at ten, please update your calendar.", "Your order has been handed to the courier and will arrive within two days.",
           "In this project we are introducing a new customer support system.", "The lease will be renewed for one year."],
}

PARAGRAPHS = {
    "tr": ["Belediye, şehir merkezindeki trafik yoğunluğunu azaltmak için yeni bir toplu taşıma planı açıkladı. Plana göre üç yeni metrobüs hattı açılacak ve "
           "otopark ücretleri kademeli olarak artırılacak. Esnaf temsilcileri ise kararın merkezdeki dükkanların müşteri sayısını düşürebileceğini söylüyor.",
           "Şirketimiz bu çeyrekte satışlarını yüzde on iki artırdı. Artışın büyük kısmı çevrim içi kanaldan geldi. Ancak lojistik maliyetleri yükseldiği için "
           "kârlılık beklenen seviyenin altında kaldı. Yönetim, gelecek dönemde depo sayısını azaltmayı planlıyor.",
           "Uzmanlar, yaz aylarında artan sıcaklıkların özellikle yaşlılar ve kronik hastalar için risk oluşturduğunu belirtiyor. Gün ortasında dışarı çıkmamak, "
           "bol su içmek ve açık renkli kıyafetler giymek öneriliyor."],
    "ru": ["Городские власти представили новый план развития общественного транспорта. В течение двух лет планируется открыть три новые автобусные линии "
           "и обновить половину подвижного состава. Предприниматели опасаются, что ремонт дорог временно снизит поток покупателей в центре.",
           "По итогам квартала выручка компании выросла на двенадцать процентов, в основном за счёт онлайн-продаж. Однако из-за роста логистических расходов "
           "прибыль оказалась ниже ожиданий. Руководство планирует сократить число складов.",
           "Врачи напоминают, что в жару пожилым людям и людям с хроническими заболеваниями лучше не выходить на улицу в середине дня, пить больше воды "
           "и носить светлую одежду."],
    "uk": ["Міська рада представила план розвитку громадського транспорту. Протягом двох років планують відкрити три нові тролейбусні маршрути та оновити "
           "половину рухомого складу. Підприємці побоюються, що ремонт доріг тимчасово зменшить кількість покупців у центрі.",
           "За підсумками кварталу виручка компанії зросла на дванадцять відсотків, переважно завдяки онлайн-продажам. Проте через зростання витрат на логістику "
           "прибуток виявився нижчим за очікування."],
    "kk": ["Қала әкімдігі қоғамдық көлікті дамытудың жаңа жоспарын ұсынды. Екі жыл ішінде үш жаңа автобус бағыты ашылып, көліктердің жартысы жаңартылады.",
           "Дәрігерлер ыстық күндері қарт адамдарға түс мезгілінде көшеге шықпауға, көп су ішуге кеңес береді."],
    "uz": ["Shahar hokimligi jamoat transportini rivojlantirishning yangi rejasini taqdim etdi. Ikki yil ichida uchta yangi avtobus yo'nalishi ochiladi.",
           "Shifokorlar issiq kunlarda keksalarga tush paytida ko'chaga chiqmaslik va ko'proq suv ichishni maslahat berishadi."],
    "az": ["Şəhər icra hakimiyyəti ictimai nəqliyyatın inkişafı üçün yeni plan təqdim etdi. İki il ərzində üç yeni avtobus xətti açılacaq.",
           "Həkimlər isti günlərdə yaşlılara günorta saatlarında çölə çıxmamağı və çox su içməyi tövsiyə edirlər."],
    "ka": ["ქალაქის მერიამ საზოგადოებრივი ტრანსპორტის განვითარების ახალი გეგმა წარადგინა. ორი წლის განმავლობაში სამი ახალი ავტობუსის ხაზი გაიხსნება.",
           "ექიმები ცხელ დღეებში ხანდაზმულებს ურჩევენ, შუადღისას გარეთ არ გავიდნენ და ბევრი წყალი დალიონ."],
    "hy": ["Քաղաքապետարանը ներկայացրել է հասարակական տրանսպորտի զարգացման նոր ծրագիր։ Երկու տարվա ընթացքում կբացվի երեք նոր ավտոբուսային երթուղի։",
           "Բժիշկները շոգ օրերին տարեցներին խորհուրդ են տալիս կեսօրին դուրս չգալ և շատ ջուր խմել։"],
    "ro": ["Primăria a prezentat un nou plan de dezvoltare a transportului public. În următorii doi ani vor fi deschise trei linii noi de autobuz, iar jumătate "
           "din flotă va fi înlocuită. Comercianții se tem că lucrările vor reduce temporar numărul clienților din centru.",
           "În ultimul trimestru, vânzările companiei au crescut cu doisprezece la sută, în special datorită canalului online. Costurile logistice mai mari "
           "au redus însă profitul sub nivelul estimat."],
    "en": ["The city council presented a new public transport plan. Over the next two years three new bus lines will open and half of the fleet will be replaced. "
           "Shop owners worry that the road works will temporarily reduce foot traffic downtown.",
           "Revenue grew twelve percent this quarter, mostly through the online channel, but higher logistics costs pushed profit below expectations."],
}

ERRORS = ["TypeError: 'NoneType' object is not subscriptable", "ModuleNotFoundError: No module named 'cv2'",
          "java.lang.NullPointerException at com.app.Main.run(Main.java:42)", "ERROR 1045 (28000): Access denied for user 'root'@'localhost'",
          "Uncaught TypeError: Cannot read properties of undefined (reading 'map')", "fatal: refusing to merge unrelated histories",
          "docker: Error response from daemon: port is already allocated.", "django.db.utils.OperationalError: no such table: auth_user",
          "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB", "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"]

TEMPLATES = {
    "tr": [
        "{city} için 3 günlük bir gezi planı hazırlar mısın? Bütçem kısıtlı.", "Evde {dish} nasıl yapılır? Malzemeleri ve tarifi yazar mısın",
        "{job} pozisyonu için kısa bir ön yazı yazmama yardım et. {n} yıllık deneyimim var.",
        "Müdürüme {n} gün izin istediğim resmi bir e-posta yaz.", "{subject} dersinde {topic} konusunu basitçe anlatır mısın? Lise öğrencisiyim.",
        "Python'da bir listeyi nasıl ters çeviririm? Kısa bir örnek ver.", "{product} almayı düşünüyorum, artıları ve eksileri neler?",
        "Annemin doğum günü için kısa ve duygusal bir mesaj yazar mısın", "Kira sözleşmesinde depozito iadesiyle ilgili haklarım neler? {city}'da oturuyorum.",
        "Bu cümleyi İngilizceye çevir: \"{sentence}\"", "{hobby} ile ilgili yeni başlayanlar için 5 öneri verir misin?",
        "{product} satan küçük bir dükkan için 3 Instagram gönderisi açıklaması yaz.", "Excel'de DÜŞEYARA neden #YOK hatası veriyor?",
        "Sabahları çok yorgun uyanıyorum, neler yapabilirim?", "{topic} hakkında kısa bir şiir yazar mısın?",
        "SQL'de iki tabloyu birleştirip sadece eşleşmeyen satırları nasıl alırım?", "{job} mülakatında sorulabilecek 10 soru ve iyi cevap örnekleri",
        "Çocuğum için {topic} temalı kısa bir uyku masalı yaz", "Üniversite tercihinde {subject} mi yoksa bilgisayar mühendisliği mi daha mantıklı?",
        "merhaba, ağustosta {city}'da hava genelde nasıl olur?", "Şu metni özetle:\n{paragraph}", "{n} kişilik bir akşam yemeği için menü önerir misin?",
        "şu hatayı alıyorum ne yapmalıyım: {error}", "Bu metni daha resmi hale getir:\n{paragraph}", "{name} adında bir arkadaşım için doğum günü şiiri yaz",
        "E-ticaret sitem için iade politikası metni hazırla",
    ],
    "ru": [
        "Составь план поездки в {city} на 3 дня, бюджет небольшой.", "Как приготовить {dish}? Напиши рецепт с количеством ингредиентов.",
        "Помоги написать сопроводительное письмо на позицию «{job}», опыт {n} лет.", "Напиши официальное письмо руководителю с просьбой об отпуске на {n} дней.",
        "Объясни простыми словами тему «{topic}» по {subject}.", "Как в Python отсортировать словарь по значению?",
        "Хочу купить {product}. Какие плюсы и минусы?", "Придумай поздравление с днём рождения для коллеги, коротко и с юмором",
        "Какие у меня права, если арендодатель не возвращает залог? Живу в городе {city}.", "Переведи на английский: «{sentence}»",
        "Дай 5 советов новичку. Хобби: {hobby}", "Напиши 3 поста для Instagram магазина, который продаёт {product}",
        "Почему в Excel ВПР выдаёт #Н/Д?", "Постоянно просыпаюсь уставшим, что можно сделать?", "Напиши короткое стихотворение про {topic}",
        "Как в SQL выбрать строки, которых нет во второй таблице?", "Какие вопросы задают на собеседовании, должность: {job}? Дай 10 с примерами ответов",
        "Сочини сказку на ночь для ребёнка 5 лет про {topic}", "кратко перескажи:\n{paragraph}", "Что посмотреть в городе {city} с детьми?",
        "Помоги разобраться с ошибкой: {error}", "Сделай из этого текста деловое письмо:\n{paragraph}", "привет! как написать резюме если нет опыта работы?",
        "Чем отличается ИП от ТОО? Что выгоднее для фрилансера?", "Напиши тост на свадьбу друга {name}, без банальностей",
    ],
    "uk": [
        "Склади план поїздки до міста {city} на 3 дні з невеликим бюджетом.", "Як приготувати {dish}? Напиши рецепт.",
        "Допоможи написати мотиваційний лист на посаду «{job}», досвід {n} років.", "Напиши офіційного листа керівнику з проханням про відпустку на {n} днів.",
        "Поясни простими словами тему «{topic}» з {subject}.", "Як у JavaScript видалити дублікати з масиву?", "Хочу купити {product}. Які плюси та мінуси?",
        "Придумай привітання з днем народження для мами", "Які мої права, якщо орендодавець не повертає заставу? Я живу в місті {city}.",
        "Переклади англійською: «{sentence}»", "Дай 5 порад початківцю. Хобі: {hobby}", "Напиши 3 дописи в Instagram для крамниці, що продає {product}",
        "Як подати податкову декларацію ФОП 3 групи?", "Постійно прокидаюся втомленим, що робити?", "Напиши короткий вірш про {topic}",
        "Як у SQL вибрати рядки, яких немає в іншій таблиці?", "Які питання ставлять на співбесіді на посаду «{job}»? 10 прикладів з відповідями",
        "Вигадай казку на ніч для дитини про {topic}", "стисло перекажи:\n{paragraph}", "Що подивитися в місті {city} за один день?",
        "Допоможи з помилкою: {error}", "Як вибрати зарядну станцію для квартири на випадок відключень світла?",
    ],
    "kk": [
        "{city} қаласына 3 күндік саяхат жоспарын құрып бер.", "{dish} қалай дайындалады? Рецептін жазып берші.",
        "{job} лауазымына түйіндеме жазуға көмектес, тәжірибем {n} жыл.", "Басшыға {n} күнге демалыс сұрап ресми хат жаз.",
        "{subject} пәнінен «{topic}» тақырыбын қарапайым тілмен түсіндір.", "Python-да тізімді қалай сұрыптаймын? Мысал келтір.",
        "{product} сатып алғым келеді. Артықшылықтары мен кемшіліктері қандай?", "Анама туған күнге арнап қысқа құттықтау жазып берші",
        "Мына сөйлемді ағылшын тіліне аудар: «{sentence}»", "{topic} туралы қысқа өлең жаз", "Таңертең шаршап оянамын, не істеуге болады?",
        "қысқаша мазмұнын айтып бер:\n{paragraph}", "Балама {topic} туралы ертегі айтып берші", "Әңгімелесуде {job} мамандығына қандай сұрақтар қойылады?",
        "{city} қаласында балалармен қайда баруға болады?", "сәлем! ҰБТ-ға дайындалу үшін кесте құрып берші",
    ],
    "uz": [
        "{city}ga 3 kunlik sayohat rejasini tuzib ber.", "{dish} qanday tayyorlanadi? Retseptini yozib ber.",
        "{job} lavozimiga rezyume yozishga yordam ber, tajribam {n} yil.", "Rahbarimga {n} kunlik ta'til so'rab rasmiy xat yoz.",
        "{subject} fanidan \"{topic}\" mavzusini oddiy tilda tushuntirib ber.", "Python'da ro'yxatni qanday saralayman? Misol keltir.",
        "{product} sotib olmoqchiman. Afzalliklari va kamchiliklari qanday?", "Onamning tug'ilgan kuni uchun qisqa tabrik yozib ber",
        "Bu gapni ingliz tiliga tarjima qil: \"{sentence}\"", "{topic} haqida qisqa she'r yoz", "Ertalab charchab uyg'onaman, nima qilsam bo'ladi?",
        "qisqacha mazmunini aytib ber:\n{paragraph}", "Farzandim uchun {topic} haqida ertak yozib ber", "{job} suhbatida qanday savollar beriladi?",
        "{city}da bolalar bilan qayerga borish mumkin?", "salom, IELTS ga tayyorlanish uchun reja tuzib bera olasanmi?",
    ],
    "az": [
        "{city} üçün 3 günlük səyahət planı hazırla, büdcəm azdır.", "{dish} necə hazırlanır? Reseptini yaz.",
        "{job} vəzifəsi üçün müraciət məktubu yazmağa kömək et, təcrübəm {n} ildir.", "Rəhbərimə {n} günlük məzuniyyət üçün rəsmi məktub yaz.",
        "{subject} fənnindən \"{topic}\" mövzusunu sadə dildə izah et.", "Python-da siyahını necə sıralayım? Nümunə göstər.",
        "{product} almaq istəyirəm. Üstünlükləri və çatışmazlıqları nələrdir?", "Anamın ad günü üçün qısa təbrik yaz",
        "Bu cümləni ingilis dilinə tərcümə et: \"{sentence}\"", "{topic} haqqında qısa şeir yaz", "Səhərlər yorğun oyanıram, nə edim?",
        "qısa xülasəsini yaz:\n{paragraph}", "Uşağım üçün {topic} haqqında nağıl yaz", "{job} müsahibəsində hansı suallar verilir?",
        "{city}-da uşaqlarla hara getmək olar?", "salam, buraxılış imtahanına hazırlıq üçün cədvəl qur",
    ],
    "ka": [
        "შემიდგინე 3-დღიანი მოგზაურობის გეგმა, ქალაქი: {city}.", "როგორ მოვამზადო {dish}? დამიწერე რეცეპტი.",
        "დამეხმარე სამოტივაციო წერილის დაწერაში, პოზიცია: {job}.", "ამიხსენი მარტივად: {topic}", "როგორ დავალაგო სია Python-ში? მაჩვენე მაგალითი.",
        "მინდა ვიყიდო {product}. რა დადებითი და უარყოფითი მხარეები აქვს?", "დაწერე მოკლე მილოცვა დედის დაბადების დღეზე",
        "თარგმნე ინგლისურად: „{sentence}“", "დაწერე მოკლე ლექსი თემაზე: {topic}", "დილით დაღლილი ვიღვიძებ, რა ვქნა?",
        "მოკლედ გადმომეცი:\n{paragraph}", "რა კითხვებს სვამენ გასაუბრებაზე? პოზიცია: {job}", "გამარჯობა, როგორ მოვემზადო ეროვნული გამოცდებისთვის?",
    ],
    "hy": [
        "Կազմիր 3-օրյա ճամփորդության պլան, քաղաքը՝ {city}։", "Ինչպե՞ս պատրաստել {dish}։ Գրիր բաղադրատոմսը։",
        "Օգնիր գրել ուղեկցող նամակ, պաշտոնը՝ {job}։", "Պարզ բառերով բացատրիր՝ {topic}", "Ինչպե՞ս դասավորել ցուցակը Python-ում։ Ցույց տուր օրինակ։",
        "Ուզում եմ գնել {product}։ Որո՞նք են դրա դրական և բացասական կողմերը։", "Գրիր կարճ շնորհավորանք մայրիկիս ծննդյան օրվա համար",
        "Թարգմանիր անգլերեն՝ «{sentence}»", "Գրիր կարճ բանաստեղծություն, թեման՝ {topic}", "Առավոտյան հոգնած եմ արթնանում, ի՞նչ անեմ",
        "Համառոտ վերապատմիր՝\n{paragraph}", "Ի՞նչ հարցեր են տալիս հարցազրույցում, պաշտոնը՝ {job}", "Բարև, ինչպե՞ս պատրաստվել միասնական քննություններին",
    ],
    "ro": [
        "Fă-mi un plan de călătorie de 3 zile în {city}, cu buget redus.", "Cum se face {dish}? Scrie-mi rețeta cu cantități.",
        "Ajută-mă să scriu o scrisoare de intenție pentru postul de {job}, am {n} ani experiență.",
        "Scrie un e-mail formal către șeful meu prin care cer {n} zile de concediu.", "Explică-mi pe înțelesul tuturor tema „{topic}” la {subject}.",
        "Cum sortez un dicționar după valori în Python?", "Vreau să cumpăr {product}. Care sunt avantajele și dezavantajele?",
        "Scrie un mesaj scurt de ziua mamei mele", "Ce drepturi am dacă proprietarul nu îmi returnează garanția? Locuiesc în {city}.",
        "Tradu în engleză: „{sentence}”", "Dă-mi 5 sfaturi pentru un începător la {hobby}", "Scrie 3 postări de Instagram pentru un magazin care vinde {product}",
        "De ce îmi dă VLOOKUP eroarea #N/A în Excel?", "Mă trezesc mereu obosit, ce pot face?", "Scrie o poezie scurtă despre {topic}",
        "Cum selectez în SQL rândurile care nu există în alt tabel?", "Ce întrebări se pun la interviul pentru {job}? 10 exemple cu răspunsuri",
        "Inventează o poveste de seară pentru un copil de 5 ani despre {topic}", "rezumă pe scurt:\n{paragraph}", "Ce pot vizita în {city} într-o zi?",
        "Cum completez declarația unică la ANAF ca PFA?", "am eroarea asta, ce fac? {error}",
    ],
    "en": [
        "Plan a 3-day trip to {city} on a tight budget.", "How do I make {dish} at home? Ingredients and steps please.",
        "Help me write a short cover letter for a {job} role, I have {n} years of experience.", "Explain {topic} simply, I'm in high school.",
        "I'm thinking about buying {product}. Pros and cons?", "Write a short birthday message for my mom", "Translate to Turkish: \"{sentence}\"",
        "Give me 5 beginner tips for {hobby}", "Summarize:\n{paragraph}", "how do i fix this: {error}", "Write a short poem about {topic}",
        "What are 10 common interview questions for a {job}, with good sample answers?",
    ],
}

FOLLOWUPS = {
    "tr": ["daha kısa yaz", "teşekkürler, biraz daha detaylandırır mısın?", "bunu maddeler halinde yaz", "resmi bir dille yaz", "başka bir örnek ver", "tamam, peki neden?"],
    "ru": ["сделай короче", "спасибо, а можно подробнее?", "оформи списком", "перепиши официальнее", "дай ещё пример", "а почему так?"],
    "uk": ["зроби коротше", "дякую, а детальніше можна?", "оформи списком", "перепиши офіційніше", "дай ще приклад"],
    "kk": ["қысқартып жаз", "рахмет, толығырақ айтшы", "тізім түрінде жаз", "тағы бір мысал келтір"],
    "uz": ["qisqaroq yoz", "rahmat, batafsilroq yoz", "ro'yxat qilib yoz", "yana bir misol keltir"],
    "az": ["daha qısa yaz", "təşəkkürlər, bir az ətraflı yaz", "siyahı şəklində yaz", "başqa nümunə ver"],
    "ka": ["უფრო მოკლედ დაწერე", "მადლობა, უფრო დეტალურად?", "სიის სახით დაწერე"],
    "hy": ["ավելի կարճ գրիր", "շնորհակալություն, ավելի մանրամասն", "գրիր ցուցակով"],
    "ro": ["fă-l mai scurt", "mersi, poți detalia?", "scrie-l sub formă de listă", "rescrie mai formal", "mai dă-mi un exemplu"],
    "en": ["make it shorter", "thanks, can you expand on that?", "put it in a list", "more formal please", "another example?"],
}

GREETING = {
    "tr": ["merhaba", "selam", "slm", "iyi akşamlar"], "ru": ["привет", "здравствуйте", "добрый вечер"], "uk": ["привіт", "добрий день"],
    "kk": ["сәлем", "сәлеметсіз бе"], "uz": ["salom", "assalomu alaykum"], "az": ["salam", "salam əleyküm"], "ka": ["გამარჯობა"],
    "hy": ["Բարև"], "ro": ["salut", "bună ziua"], "en": ["hi", "hello"],
}

RESP = {
    "tr": {"open": ["Tabii, yardımcı olayım.", "Elbette!", "İşte önerilerim:", "Güzel soru."],
           "body": ["Öncelikle temel noktaları netleştirelim.", "Aşağıda adım adım bir yol haritası bulabilirsin.",
                    "Bu konuda dikkat edilmesi gereken birkaç önemli husus var.", "Kişisel durumuna göre bu önerileri uyarlayabilirsin.",
                    "Kısaca özetlemek gerekirse, en önemli etken düzenli uygulamadır.", "Mümkünse resmi kaynaklardan da kontrol etmeni öneririm.",
                    "Bütçe ve zaman planını baştan belirlemek işini kolaylaştırır.", "İlk denemede mükemmel olmak zorunda değilsin; küçük adımlarla başla."],
           "close": ["Başka sorun olursa yazabilirsin.", "Umarım işine yarar!", "İstersen daha ayrıntılı bir versiyonunu da hazırlayabilirim."],
           "step": "Adım", "ans": "Cevap", "refuse": "Üzgünüm, bu isteğe yardımcı olamam. Başka bir konuda destek olabilirim."},
    "ru": {"open": ["Конечно, помогу.", "Хороший вопрос!", "Вот что можно сделать:", "Давайте разберёмся."],
           "body": ["Сначала определим ключевые моменты.", "Ниже — пошаговый план.", "Здесь есть несколько важных нюансов.",
                    "Эти советы можно адаптировать под вашу ситуацию.", "Если коротко, главное — регулярность.", "По возможности сверьтесь с официальными источниками.",
                    "Заранее определите бюджет и сроки — это упростит задачу.", "Не обязательно делать всё идеально с первого раза."],
           "close": ["Если будут вопросы — пишите.", "Надеюсь, это поможет!", "Могу подготовить более подробную версию, если нужно."],
           "step": "Шаг", "ans": "Ответ", "refuse": "Извините, с этим запросом я помочь не могу. Могу помочь с чем-то другим."},
    "uk": {"open": ["Звісно, допоможу.", "Гарне питання!", "Ось що можна зробити:"],
           "body": ["Спершу визначимо ключові моменти.", "Нижче — покроковий план.", "Тут є кілька важливих нюансів.", "Ці поради можна адаптувати під вашу ситуацію.",
                    "Коротко: головне — регулярність.", "За можливості перевірте інформацію в офіційних джерелах."],
           "close": ["Якщо будуть питання — пишіть.", "Сподіваюся, це допоможе!"],
           "step": "Крок", "ans": "Відповідь", "refuse": "Вибачте, з цим запитом я не можу допомогти."},
    "kk": {"open": ["Әрине, көмектесейін.", "Жақсы сұрақ!"],
           "body": ["Алдымен негізгі сәттерді анықтайық.", "Төменде қадамдық жоспар берілген.", "Мұнда бірнеше маңызды жайт бар.", "Бұл кеңестерді өз жағдайыңызға бейімдей аласыз.",
                    "Қысқасы, ең бастысы — жүйелілік."],
           "close": ["Сұрағыңыз болса, жазыңыз.", "Көмегі тиеді деп үміттенемін!"],
           "step": "Қадам", "ans": "Жауабы", "refuse": "Кешіріңіз, бұл сұранысқа көмектесе алмаймын."},
    "uz": {"open": ["Albatta, yordam beraman.", "Yaxshi savol!"],
           "body": ["Avval asosiy jihatlarni aniqlab olaylik.", "Quyida bosqichma-bosqich reja keltirilgan.", "Bu yerda bir nechta muhim jihat bor.",
                    "Bu maslahatlarni o'z holatingizga moslashtirishingiz mumkin.", "Qisqasi, eng muhimi — muntazamlik."],
           "close": ["Savollaringiz bo'lsa, yozing.", "Foydasi tegadi degan umiddaman!"],
           "step": "Qadam", "ans": "Javob", "refuse": "Kechirasiz, bu so'rov bo'yicha yordam bera olmayman."},
    "az": {"open": ["Əlbəttə, kömək edim.", "Yaxşı sualdır!"],
           "body": ["Əvvəlcə əsas məqamları müəyyən edək.", "Aşağıda addım-addım plan var.", "Burada bir neçə vacib məqam var.",
                    "Bu məsləhətləri öz vəziyyətinizə uyğunlaşdıra bilərsiniz.", "Qısası, ən vacibi müntəzəmlikdir."],
           "close": ["Sualınız olsa, yazın.", "Ümid edirəm, faydalı olar!"],
           "step": "Addım", "ans": "Cavab", "refuse": "Bağışlayın, bu sorğuya kömək edə bilmərəm."},
    "ka": {"open": ["რა თქმა უნდა, დაგეხმარები.", "კარგი კითხვაა!"],
           "body": ["ჯერ განვსაზღვროთ მთავარი საკითხები.", "ქვემოთ მოცემულია ნაბიჯ-ნაბიჯ გეგმა.", "აქ რამდენიმე მნიშვნელოვანი დეტალია.", "მოკლედ, მთავარია რეგულარულობა."],
           "close": ["კითხვები თუ გექნება, მომწერე.", "იმედია, დაგეხმარება!"],
           "step": "ნაბიჯი", "ans": "პასუხი", "refuse": "ბოდიში, ამ მოთხოვნაში ვერ დაგეხმარები."},
    "hy": {"open": ["Իհարկե, կօգնեմ։", "Լավ հարց է։"],
           "body": ["Նախ որոշենք հիմնական կետերը։", "Ստորև ներկայացված է քայլ առ քայլ պլան։", "Այստեղ կան մի քանի կարևոր նրբություններ։", "Կարճ ասած՝ ամենակարևորը կանոնավորությունն է։"],
           "close": ["Հարցեր լինեն՝ գրիր։", "Հուսով եմ՝ կօգնի։"],
           "step": "Քայլ", "ans": "Պատասխան", "refuse": "Ներողություն, այս հարցում չեմ կարող օգնել։"},
    "ro": {"open": ["Sigur, te ajut.", "Bună întrebare!", "Iată ce poți face:"],
           "body": ["Mai întâi să clarificăm punctele esențiale.", "Mai jos ai un plan pas cu pas.", "Există câteva aspecte importante de care să ții cont.",
                    "Poți adapta aceste sfaturi la situația ta.", "Pe scurt, cel mai important este să fii consecvent.", "Dacă poți, verifică și în sursele oficiale."],
           "close": ["Dacă mai ai întrebări, scrie-mi.", "Sper să te ajute!"],
           "step": "Pasul", "ans": "Răspuns", "refuse": "Îmi pare rău, nu te pot ajuta cu această cerere."},
    "en": {"open": ["Sure, happy to help.", "Good question!", "Here's what I'd suggest:", "Let's break it down."],
           "body": ["First, let's pin down the key points.", "Below is a step-by-step plan.", "There are a few important details to keep in mind.",
                    "You can adapt these suggestions to your situation.", "In short, consistency matters most.", "If possible, double-check with official sources.",
                    "Setting a budget and timeline up front makes this much easier.", "You don't need to get it perfect on the first try."],
           "close": ["Let me know if you have other questions.", "Hope this helps!", "I can make a more detailed version if you want."],
           "step": "Step", "ans": "Answer", "refuse": "I'm sorry, but I can't help with that request. I'm happy to help with something else."},
}


def fill(rng, lang, tpl):
    s = SLOTS[lang]
    vals = {}
    for k in ("city", "dish", "subject", "topic", "product", "job", "hobby", "name"):
        if "{" + k + "}" in tpl:
            vals[k] = rng.choice(s[k])
    if "{n}" in tpl:
        vals["n"] = rng.randint(2, 12)
    if "{sentence}" in tpl:
        vals["sentence"] = rng.choice(SENTENCES[lang])
    if "{paragraph}" in tpl:
        vals["paragraph"] = rng.choice(PARAGRAPHS[lang])
    if "{error}" in tpl:
        vals["error"] = rng.choice(ERRORS)
    return tpl.format(**vals)


def everyday(rng, lang):
    """One ordinary user prompt in `lang`, with casual variation."""
    p = fill(rng, lang, rng.choice(TEMPLATES[lang]))
    r = rng.random()
    if r < 0.12:
        p = rng.choice(GREETING[lang]) + ", " + p[0].lower() + p[1:]
    elif r < 0.22:
        p = p.lower()
    elif r < 0.27:
        p = p.rstrip("?.!") + "??"
    return p


def followup(rng, lang):
    return rng.choice(FOLLOWUPS[lang])
