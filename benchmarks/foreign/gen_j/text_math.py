# -*- coding: utf-8 -*-
"""Word problems written for this generator in ten languages (parametric, so each draw is new),
plus helpers for GSM8K items from the public corpus."""
import re

from text_lang import SLOTS

CUR = {"tr": ("TL", 1), "ru": ("тенге", 100), "uk": ("грн", 1), "kk": ("теңге", 100), "uz": ("so'm", 1000),
       "az": ("manat", 1), "ka": ("ლარი", 1), "hy": ("դրամ", 100), "ro": ("lei", 1), "en": ("dollars", 1)}
ITEMS = {"tr": ["defter", "kalem", "kilo elma", "ekmek"], "ru": ["тетради", "ручки", "булочки", "блокноты"],
         "uk": ["зошити", "ручки", "булочки"], "kk": ["дәптер", "қалам", "алма"], "uz": ["daftar", "ruchka", "olma"],
         "az": ["dəftər", "qələm", "alma"], "ka": ["რვეული", "კალამი", "ვაშლი"], "hy": ["տետր", "գրիչ", "խնձոր"],
         "ro": ["caiete", "pixuri", "mere", "pâini"], "en": ["notebooks", "pens", "apples", "loaves of bread"]}

P = {
    "tr": {
        1: "{name} markete gitti ve tanesi {p} {cur} olan {k} adet {item} aldı. Kasaya {b} {cur} verdi. Ne kadar para üstü almalı?",
        2: "Bir otomobil saatte {v1} km hızla {t1} saat, ardından saatte {v2} km hızla {t2} saat yol aldı. Toplam kaç km yol gitmiştir?",
        3: "{name} temmuz ayında {x} kavanoz reçel sattı, ağustosta ise bunun yarısı kadar sattı. İki ayda toplam kaç kavanoz reçel satmıştır?",
        4: "Bir sınıfta {N} öğrenci var ve öğrencilerin %{p}'i kız. Sınıfta kaç erkek öğrenci vardır?",
        5: "{name} saatte {w} {cur} kazanıyor ve günde {h} saat çalışıyor. {d} günde toplam ne kadar kazanır?",
        6: "{C} litrelik bir depoda {s} litre su var. Musluk dakikada {r} litre su akıtıyorsa depo kaç dakikada dolar?",
        7: "{name}, kardeşi {name2}'den {k} kat büyüktür. İkisinin yaşları toplamı {S} ise {name2} kaç yaşındadır?",
        8: "Boyu {L} m, eni {W} m olan dikdörtgen bir bahçenin etrafı tel ile çevrilecek. Telin metresi {c} {cur} ise toplam maliyet ne olur?",
    },
    "ru": {
        1: "{name} купил(а) {item} — {k} шт. по {p} {cur} за штуку — и отдал(а) на кассе {b} {cur}. Сколько сдачи положено?",
        2: "Автомобиль ехал {t1} ч со скоростью {v1} км/ч, а затем {t2} ч со скоростью {v2} км/ч. Какое расстояние он проехал всего?",
        3: "В июле {name} продал(а) {x} банок варенья, а в августе — вдвое меньше. Сколько банок варенья продано за два месяца?",
        4: "В классе {N} учеников, {p}% из них — девочки. Сколько в классе мальчиков?",
        5: "{name} зарабатывает {w} {cur} в час и работает {h} ч в день. Сколько получится заработать за {d} дней?",
        6: "В бак объёмом {C} л уже налито {s} л воды. Через кран поступает {r} л в минуту. За сколько минут бак наполнится?",
        7: "{name} старше, чем {name2}, в {k} раза. Вместе им {S} лет. Сколько лет {name2}?",
        8: "Прямоугольный участок имеет размеры {L} м на {W} м. Метр забора стоит {c} {cur}. Сколько будет стоить забор по всему периметру?",
    },
    "uk": {
        1: "{name} купив(ла) {item} — {k} шт. по {p} {cur} за штуку — і дав(ла) на касі {b} {cur}. Скільки решти належить?",
        2: "Автомобіль їхав {t1} год зі швидкістю {v1} км/год, а потім {t2} год зі швидкістю {v2} км/год. Яку відстань він проїхав загалом?",
        3: "У липні {name} продав(ла) {x} банок варення, а в серпні — удвічі менше. Скільки банок продано за два місяці?",
        4: "У класі {N} учнів, {p}% з них — дівчата. Скільки в класі хлопців?",
        5: "{name} заробляє {w} {cur} за годину й працює {h} год на день. Скільки вийде заробити за {d} днів?",
        6: "У бак об'ємом {C} л уже налито {s} л води. Кран наливає {r} л за хвилину. За скільки хвилин бак наповниться?",
        7: "{name} старший(а) за {name2} у {k} рази. Разом їм {S} років. Скільки років {name2}?",
        8: "Прямокутна ділянка має розміри {L} м на {W} м. Метр паркану коштує {c} {cur}. Скільки коштуватиме паркан по всьому периметру?",
    },
    "kk": {
        1: "{name} дүкеннен бағасы {p} {cur} болатын {k} {item} сатып алып, кассаға {b} {cur} берді. Ол қанша қайтарым алуы керек?",
        2: "Көлік {t1} сағат бойы сағатына {v1} км жылдамдықпен, содан кейін {t2} сағат сағатына {v2} км жылдамдықпен жүрді. Барлығы неше км жол жүрді?",
        3: "{name} шілдеде {x} банка тосап сатты, ал тамызда одан екі есе аз сатты. Екі айда барлығы неше банка сатылды?",
        4: "Сыныпта {N} оқушы бар, олардың {p}%-ы қыздар. Сыныпта неше ұл бар?",
        5: "{name} сағатына {w} {cur} табады және күніне {h} сағат жұмыс істейді. {d} күнде қанша табады?",
        6: "Сыйымдылығы {C} литр бакта {s} литр су бар. Кран минутына {r} литр су құяды. Бак неше минутта толады?",
        7: "{name} інісінен {k} есе үлкен. Екеуінің жасының қосындысы {S}. Інісі нешеде?",
        8: "Ұзындығы {L} м, ені {W} м тіктөртбұрышты бақ қоршалады. Қоршаудың бір метрі {c} {cur} тұрады. Барлық қоршау қанша тұрады?",
    },
    "uz": {
        1: "{name} do'kondan har biri {p} {cur} turadigan {k} ta {item} sotib oldi va kassaga {b} {cur} berdi. U qancha qaytim olishi kerak?",
        2: "Avtomobil {t1} soat davomida soatiga {v1} km tezlikda, so'ng {t2} soat soatiga {v2} km tezlikda yurdi. U jami necha km yo'l bosdi?",
        3: "{name} iyulda {x} banka murabbo sotdi, avgustda esa ikki baravar kam sotdi. Ikki oyda jami necha banka sotilgan?",
        4: "Sinfda {N} o'quvchi bor, ularning {p} foizi qizlar. Sinfda nechta o'g'il bola bor?",
        5: "{name} soatiga {w} {cur} ishlab topadi va kuniga {h} soat ishlaydi. {d} kunda qancha pul topadi?",
        6: "Hajmi {C} litr bo'lgan bakda {s} litr suv bor. Jo'mrakdan daqiqasiga {r} litr suv oqadi. Bak necha daqiqada to'ladi?",
        7: "{name} ukasidan {k} marta katta. Ularning yoshlari yig'indisi {S} ga teng. Ukasi necha yoshda?",
        8: "Bo'yi {L} m, eni {W} m bo'lgan to'g'ri to'rtburchak bog' atrofiga panjara o'rnatiladi. Panjaraning bir metri {c} {cur}. Jami xarajat qancha?",
    },
    "az": {
        1: "{name} mağazadan hər biri {p} {cur} olan {k} ədəd {item} aldı və kassaya {b} {cur} verdi. O, nə qədər qalıq almalıdır?",
        2: "Avtomobil {t1} saat saatda {v1} km sürətlə, sonra {t2} saat saatda {v2} km sürətlə hərəkət etdi. O, cəmi neçə km yol getdi?",
        3: "{name} iyulda {x} banka mürəbbə satdı, avqustda isə bunun yarısı qədər. İki ayda cəmi neçə banka satılıb?",
        4: "Sinifdə {N} şagird var, onların {p}%-i qızdır. Sinifdə neçə oğlan var?",
        5: "{name} saatda {w} {cur} qazanır və gündə {h} saat işləyir. {d} gündə nə qədər qazanar?",
        6: "{C} litrlik çəndə {s} litr su var. Krandan dəqiqədə {r} litr su axır. Çən neçə dəqiqəyə dolar?",
        7: "{name} qardaşından {k} dəfə böyükdür. Onların yaşlarının cəmi {S}-dir. Qardaşı neçə yaşındadır?",
        8: "Uzunluğu {L} m, eni {W} m olan düzbucaqlı bağın ətrafına hasar çəkiləcək. Hasarın bir metri {c} {cur}-dır. Ümumi xərc nə qədərdir?",
    },
    "ka": {
        1: "მაღაზიაში იყიდეს {k} {item}, თითოეული {p} {cur}, და მოლარეს მისცეს {b} {cur}. რამდენი ხურდა უნდა დაუბრუნდეთ?",
        2: "მანქანა {t1} საათის განმავლობაში მოძრაობდა {v1} კმ/სთ სიჩქარით, შემდეგ {t2} საათი — {v2} კმ/სთ სიჩქარით. რა მანძილი გაიარა სულ?",
        4: "კლასში {N} მოსწავლეა, მათგან {p}% გოგონაა. რამდენი ბიჭია კლასში?",
        5: "{name} საათში {w} ლარს გამოიმუშავებს და დღეში {h} საათს მუშაობს. რამდენს გამოიმუშავებს {d} დღეში?",
        8: "მართკუთხა ბაღის ზომებია {L} მ და {W} მ. ღობის ერთი მეტრი ღირს {c} ლარი. რა ეღირება ღობე მთელ პერიმეტრზე?",
    },
    "hy": {
        1: "Խանութից գնեցին {k} {item}, յուրաքանչյուրը {p} {cur}, և գանձապահին տվեցին {b} {cur}։ Որքա՞ն մանր պետք է վերադարձվի։",
        2: "Մեքենան {t1} ժամ շարժվեց {v1} կմ/ժ արագությամբ, այնուհետև {t2} ժամ՝ {v2} կմ/ժ արագությամբ։ Ընդհանուր ի՞նչ ճանապարհ անցավ։",
        4: "Դասարանում կա {N} աշակերտ, որոնց {p}%-ը աղջիկներ են։ Քանի՞ տղա կա դասարանում։",
        5: "{name} ժամում վաստակում է {w} {cur} և օրական աշխատում է {h} ժամ։ Որքա՞ն կվաստակի {d} օրում։",
        8: "Ուղղանկյուն այգու չափերն են {L} մ և {W} մ։ Ցանկապատի մեկ մետրն արժե {c} {cur}։ Որքա՞ն կարժենա ցանկապատը ամբողջ պարագծով։",
    },
    "ro": {
        1: "{name} a cumpărat {k} {item} a câte {p} {cur} bucata și i-a dat casierei {b} {cur}. Cât rest trebuie să primească?",
        2: "O mașină a mers {t1} ore cu {v1} km/h, apoi {t2} ore cu {v2} km/h. Ce distanță a parcurs în total?",
        3: "În iulie, {name} a vândut {x} borcane de dulceață, iar în august de două ori mai puține. Câte borcane a vândut în total în cele două luni?",
        4: "Într-o clasă sunt {N} elevi, iar {p}% dintre ei sunt fete. Câți băieți sunt în clasă?",
        5: "{name} câștigă {w} {cur} pe oră și lucrează {h} ore pe zi. Cât câștigă în {d} zile?",
        6: "Un rezervor de {C} litri conține deja {s} litri de apă. Robinetul curge cu {r} litri pe minut. În câte minute se umple rezervorul?",
        7: "{name} este de {k} ori mai în vârstă decât {name2}. Împreună au {S} de ani. Câți ani are {name2}?",
        8: "O grădină dreptunghiulară are {L} m lungime și {W} m lățime. Un metru de gard costă {c} {cur}. Cât costă gardul pe tot perimetrul?",
    },
    "en": {
        1: "{name} bought {k} {item} at {p} {cur} each and paid with {b} {cur}. How much change should {name} get back?",
        2: "A car drove for {t1} hours at {v1} km/h and then {t2} hours at {v2} km/h. How far did it travel in total?",
        3: "{name} sold {x} jars of jam in July and half as many in August. How many jars were sold in the two months?",
        4: "A class has {N} students and {p}% of them are girls. How many boys are in the class?",
        5: "{name} earns {w} {cur} per hour and works {h} hours a day. How much does {name} earn in {d} days?",
        6: "A {C}-liter tank already holds {s} liters. A tap adds {r} liters per minute. How many minutes until the tank is full?",
        7: "{name} is {k} times as old as {name2}. Together they are {S} years old. How old is {name2}?",
        8: "A rectangular garden is {L} m long and {W} m wide. Fencing costs {c} {cur} per meter. How much will it cost to fence the whole garden?",
    },
}

UNIT = {1: "cur", 2: "km", 3: "", 4: "", 5: "cur", 6: "min", 7: "", 8: "cur"}


def problem(rng, lang, kind=None):
    """Returns dict(text, steps, wrong_steps, answer, wrong_answer, kind)."""
    kinds = list(P[lang])
    kind = kind if kind in P[lang] else rng.choice(kinds)
    cur, sc = CUR[lang]
    names = SLOTS[lang]["name"]
    name, name2 = rng.sample(names, 2)
    v = {"name": name, "name2": name2, "cur": cur, "item": rng.choice(ITEMS[lang])}
    if kind == 1:
        k = rng.randint(2, 12); p = rng.randint(2, 45) * sc; kp = k * p
        b = (kp // (50 * sc) + 1) * 50 * sc if rng.random() < .6 else (kp // (100 * sc) + 1) * 100 * sc
        ans = b - kp
        v.update(k=k, p=p, b=b)
        steps = ["%d × %d = %d" % (k, p, kp), "%d − %d = %d" % (b, kp, ans)]
        wrong = ["%d + %d = %d" % (k, p, k + p), "%d − %d = %d" % (b, k + p, b - k - p)]
        wa = b - k - p
    elif kind == 2:
        v1 = rng.randrange(40, 125, 5); t1 = rng.randint(1, 5); v2 = rng.randrange(40, 125, 5); t2 = rng.randint(1, 4)
        d1, d2 = v1 * t1, v2 * t2; ans = d1 + d2
        v.update(v1=v1, t1=t1, v2=v2, t2=t2)
        steps = ["%d × %d = %d" % (v1, t1, d1), "%d × %d = %d" % (v2, t2, d2), "%d + %d = %d" % (d1, d2, ans)]
        wa = (v1 + v2) * (t1 + t2) // 2
        wrong = ["(%d + %d) ÷ 2 = %s" % (v1, v2, (v1 + v2) / 2), "%s × %d = %d" % ((v1 + v2) / 2, t1 + t2, wa)]
    elif kind == 3:
        x = rng.randrange(20, 400, 2); h = x // 2; ans = x + h
        v.update(x=x)
        steps = ["%d ÷ 2 = %d" % (x, h), "%d + %d = %d" % (x, h, ans)]
        wa = x + 2 * x
        wrong = ["%d × 2 = %d" % (x, 2 * x), "%d + %d = %d" % (x, 2 * x, wa)]
    elif kind == 4:
        p = rng.choice([20, 25, 30, 40, 45, 60, 75])
        st = {20: 5, 25: 4, 30: 10, 40: 5, 45: 20, 60: 5, 75: 4}[p]
        N = st * rng.randint(-(-16 // st), 40 // st)
        g = N * p // 100; ans = N - g
        v.update(N=N, p=p)
        steps = ["%d × %d ÷ 100 = %d" % (N, p, g), "%d − %d = %d" % (N, g, ans)]
        wa = g
        wrong = ["%d × %d ÷ 100 = %d" % (N, p, g)]
    elif kind == 5:
        w = rng.randint(3, 40) * sc; h = rng.randint(4, 10); d = rng.randint(3, 26)
        dw = w * h; ans = dw * d
        v.update(w=w, h=h, d=d)
        steps = ["%d × %d = %d" % (w, h, dw), "%d × %d = %d" % (dw, d, ans)]
        wa = w * d
        wrong = ["%d × %d = %d" % (w, d, wa)]
    elif kind == 6:
        r = rng.randint(2, 25); m = rng.randint(5, 60); s = rng.randrange(0, 400, 10); C = s + r * m
        ans = m
        v.update(C=C, s=s, r=r)
        steps = ["%d − %d = %d" % (C, s, C - s), "%d ÷ %d = %d" % (C - s, r, m)]
        wa = round(C / r, 1)
        wrong = ["%d ÷ %d = %s" % (C, r, wa)]
    elif kind == 7:
        k = rng.randint(2, 5); b = rng.randint(3, 18); S = b * (k + 1); ans = b
        v.update(k=k, S=S)
        steps = ["%d + 1 = %d" % (k, k + 1), "%d ÷ %d = %d" % (S, k + 1, b)]
        wa = round(S / k, 1)
        wrong = ["%d ÷ %d = %s" % (S, k, wa)]
    else:
        L = rng.randint(6, 60); W = rng.randint(4, 40); c = rng.randint(3, 30) * sc; per = 2 * (L + W); ans = per * c
        v.update(L=L, W=W, c=c)
        steps = ["2 × (%d + %d) = %d" % (L, W, per), "%d × %d = %d" % (per, c, ans)]
        wa = L * W * c
        wrong = ["%d × %d = %d" % (L, W, L * W), "%d × %d = %d" % (L * W, c, wa)]
    return {"text": P[lang][kind].format(**v), "steps": steps, "wrong_steps": wrong, "answer": ans,
            "wrong_answer": wa, "kind": kind, "lang": lang}


# ---------------------------------------------------------------- GSM8K
_CALC = re.compile(r"<<[^>]*>>")


def gsm_clean(ans):
    body, _, final = ans.partition("####")
    lines = [_CALC.sub("", l).strip() for l in body.strip().split("\n") if l.strip()]
    return lines, final.strip()


def gsm_corrupt(rng, ans):
    """A plausible pupil's slip: one intermediate result is wrong and carried to the end."""
    lines, final = gsm_clean(ans)
    idx = [i for i, l in enumerate(lines) if re.search(r"=\s*\$?\d", l)]
    if not idx:
        return lines, final
    i = rng.choice(idx)
    m = list(re.finditer(r"=\s*\$?(\d+(?:\.\d+)?)", lines[i]))[-1]
    val = float(m.group(1))
    bad = val + rng.choice([-1, 1]) * max(1, round(val * rng.choice([0.1, 0.2, 0.5]) or 1))
    bad_s = str(int(bad)) if bad == int(bad) else str(bad)
    lines = list(lines)
    lines[i] = lines[i][:m.start(1)] + bad_s + lines[i][m.end(1):]
    try:
        fv = float(final.replace(",", ""))
        wf = fv + (bad - val)
        wf_s = str(int(wf)) if wf == int(wf) else str(wf)
    except ValueError:
        wf_s = final + "0"
    return lines, wf_s
