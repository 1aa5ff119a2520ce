"""In-language text grammars (es, pt, hi, zh, ru, plus romanised Hinglish) for chat, support,
tutoring, translation output and arithmetic word problems with worked solutions."""

NAMES = {
    "es": ["María", "José", "Lucía", "Carlos", "Valentina", "Diego", "Sofía", "Mateo", "Camila", "Andrés"],
    "pt": ["João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Rafael", "Camila", "Gabriel", "Larissa"],
    "hi": ["राहुल", "प्रिया", "अमित", "सुनीता", "विकास", "अंजलि", "रोहन", "कविता", "नेहा", "अर्जुन"],
    "zh": ["小明", "小红", "李华", "王芳", "张伟", "刘洋", "陈静", "赵磊", "周婷", "孙浩"],
    "ru": ["Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Анна", "Сергей", "Наталья", "Павел", "Елена"],
}
ITEMS = {
    "es": ["manzanas", "cuadernos", "lápices", "galletas", "camisetas", "boletos"],
    "pt": ["maçãs", "cadernos", "lápis", "biscoitos", "camisetas", "ingressos"],
    "hi": ["सेब", "कॉपियाँ", "पेंसिलें", "बिस्कुट के पैकेट", "कमीज़ें", "टिकट"],
    "zh": ["苹果", "笔记本", "铅笔", "饼干", "T恤", "电影票"],
    "ru": ["яблок", "тетрадей", "карандашей", "пачек печенья", "футболок", "билетов"],
}
CUR = {"es": "pesos", "pt": "reais", "hi": "रुपये", "zh": "元", "ru": "руб."}

# (question, [steps], answer-key) per template; {c},{r},... are derived values
MATH = {
    "es": [
        ("{n} compró {a} {item} a {p} {cur} cada uno y pagó con un billete de {b} {cur}. ¿Cuánto cambio recibió?",
         ["Costo total: {a} × {p} = {c} {cur}.", "Cambio: {b} − {c} = {r} {cur}."]),
        ("{n} ahorra {s} {cur} por semana. Ya tiene {h} {cur} y quiere juntar {g} {cur}. ¿Cuántas semanas le faltan?",
         ["Le faltan {g} − {h} = {d} {cur}.", "Semanas: {d} ÷ {s} = {r}."]),
        ("Un tren viaja a {v} km/h durante {t1} horas y después a {v2} km/h durante {t2} horas. ¿Qué distancia recorre en total?",
         ["Primer tramo: {v} × {t1} = {d1} km.", "Segundo tramo: {v2} × {t2} = {d2} km.", "Total: {d1} + {d2} = {r} km."]),
        ("En una clase hay {tt} estudiantes y el {pc}% son niñas. ¿Cuántos niños hay?",
         ["Niñas: {tt} × {pc}/100 = {gi}.", "Niños: {tt} − {gi} = {r}."]),
        ("Una receta para {k} personas lleva {g} gramos de harina. ¿Cuántos gramos se necesitan para {m} personas?",
         ["Por persona: {g} ÷ {k} = {u} g.", "Para {m} personas: {u} × {m} = {r} g."]),
        ("{n} tenía {a3} {item}. Le regaló un tercio a su hermano y después compró {b} más. ¿Cuántos tiene ahora?",
         ["Un tercio de {a3} es {th}.", "Le quedan {a3} − {th} = {lf}.", "Después de comprar: {lf} + {b} = {r}."]),
    ],
    "pt": [
        ("{n} comprou {a} {item} por {p} {cur} cada e pagou com uma nota de {b} {cur}. Quanto recebeu de troco?",
         ["Custo total: {a} × {p} = {c} {cur}.", "Troco: {b} − {c} = {r} {cur}."]),
        ("{n} guarda {s} {cur} por semana. Já tem {h} {cur} e quer juntar {g} {cur}. Quantas semanas faltam?",
         ["Faltam {g} − {h} = {d} {cur}.", "Semanas: {d} ÷ {s} = {r}."]),
        ("Um trem viaja a {v} km/h durante {t1} horas e depois a {v2} km/h durante {t2} horas. Qual a distância total?",
         ["Primeiro trecho: {v} × {t1} = {d1} km.", "Segundo trecho: {v2} × {t2} = {d2} km.", "Total: {d1} + {d2} = {r} km."]),
        ("Numa turma há {tt} alunos e {pc}% são meninas. Quantos meninos há na turma?",
         ["Meninas: {tt} × {pc}/100 = {gi}.", "Meninos: {tt} − {gi} = {r}."]),
        ("Uma receita para {k} pessoas usa {g} gramas de farinha. Quantos gramas são necessários para {m} pessoas?",
         ["Por pessoa: {g} ÷ {k} = {u} g.", "Para {m} pessoas: {u} × {m} = {r} g."]),
        ("{n} tinha {a3} {item}. Deu um terço ao irmão e depois comprou mais {b}. Quantos tem agora?",
         ["Um terço de {a3} é {th}.", "Restam {a3} − {th} = {lf}.", "Depois da compra: {lf} + {b} = {r}."]),
    ],
    "hi": [
        ("{n} ने {a} {item} {p} {cur} प्रति नग के भाव से खरीदे और {b} {cur} का नोट दिया। उसे कितने {cur} वापस मिले?",
         ["कुल कीमत = {a} × {p} = {c} {cur}।", "वापसी = {b} − {c} = {r} {cur}।"]),
        ("{n} की हर हफ़्ते {s} {cur} की बचत होती है। अभी {h} {cur} जमा हैं और कुल {g} {cur} चाहिए। कितने हफ़्ते और लगेंगे?",
         ["बाकी रकम = {g} − {h} = {d} {cur}।", "हफ़्ते = {d} ÷ {s} = {r}।"]),
        ("एक ट्रेन {t1} घंटे {v} किमी/घंटा की रफ़्तार से और फिर {t2} घंटे {v2} किमी/घंटा की रफ़्तार से चलती है। कुल दूरी कितनी है?",
         ["पहला भाग = {v} × {t1} = {d1} किमी।", "दूसरा भाग = {v2} × {t2} = {d2} किमी।", "कुल = {d1} + {d2} = {r} किमी।"]),
        ("एक कक्षा में {tt} विद्यार्थी हैं और उनमें से {pc}% लड़कियाँ हैं। कक्षा में कितने लड़के हैं?",
         ["लड़कियाँ = {tt} × {pc}/100 = {gi}।", "लड़के = {tt} − {gi} = {r}।"]),
        ("{k} लोगों की रेसिपी में {g} ग्राम आटा लगता है। {m} लोगों के लिए कितना आटा चाहिए?",
         ["एक व्यक्ति के लिए = {g} ÷ {k} = {u} ग्राम।", "{m} लोगों के लिए = {u} × {m} = {r} ग्राम।"]),
        ("{n} के पास {a3} {item} थे। उसने एक-तिहाई अपने भाई को दे दिए और फिर {b} और खरीदे। अब उसके पास कितने हैं?",
         ["{a3} का एक-तिहाई = {th}।", "बचे = {a3} − {th} = {lf}।", "खरीदने के बाद = {lf} + {b} = {r}।"]),
    ],
    "zh": [
        ("{n}买了{a}个{item}，每个{p}{cur}，付了{b}{cur}。应该找回多少钱？",
         ["总价：{a}×{p}={c}{cur}。", "找回：{b}−{c}={r}{cur}。"]),
        ("{n}每周存{s}{cur}，现在已有{h}{cur}，目标是{g}{cur}。还需要几周？",
         ["还差：{g}−{h}={d}{cur}。", "所需周数：{d}÷{s}={r}。"]),
        ("一列火车以每小时{v}千米的速度行驶{t1}小时，又以每小时{v2}千米的速度行驶{t2}小时。一共行驶了多少千米？",
         ["第一段：{v}×{t1}={d1}千米。", "第二段：{v2}×{t2}={d2}千米。", "合计：{d1}+{d2}={r}千米。"]),
        ("一个班有{tt}名学生，其中{pc}%是女生。男生有多少人？",
         ["女生：{tt}×{pc}%={gi}人。", "男生：{tt}−{gi}={r}人。"]),
        ("一份{k}人份的食谱需要{g}克面粉。{m}人份需要多少克面粉？",
         ["每人：{g}÷{k}={u}克。", "{m}人：{u}×{m}={r}克。"]),
        ("{n}原来有{a3}个{item}，把三分之一送给了弟弟，后来又买了{b}个。现在有多少个？",
         ["{a3}的三分之一是{th}。", "剩下：{a3}−{th}={lf}。", "再买后：{lf}+{b}={r}。"]),
    ],
    "ru": [
        ("{n} купил(а) {a} {item} по {p} {cur} за штуку и расплатился(ась) купюрой в {b} {cur}. Сколько сдачи получено?",
         ["Стоимость: {a} × {p} = {c} {cur}", "Сдача: {b} − {c} = {r} {cur}"]),
        ("{n} откладывает {s} {cur} в неделю. Сейчас накоплено {h} {cur}, нужно {g} {cur}. Сколько ещё недель копить?",
         ["Не хватает: {g} − {h} = {d} {cur}", "Недель: {d} ÷ {s} = {r}"]),
        ("Поезд ехал {t1} ч со скоростью {v} км/ч, а затем {t2} ч со скоростью {v2} км/ч. Какое расстояние он проехал?",
         ["Первый участок: {v} × {t1} = {d1} км.", "Второй участок: {v2} × {t2} = {d2} км.", "Всего: {d1} + {d2} = {r} км."]),
        ("В классе {tt} учеников, {pc}% из них девочки. Сколько в классе мальчиков?",
         ["Девочек: {tt} × {pc}/100 = {gi}.", "Мальчиков: {tt} − {gi} = {r}."]),
        ("Рецепт на {k} человек требует {g} г муки. Сколько муки нужно на {m} человек?",
         ["На одного: {g} ÷ {k} = {u} г.", "На {m} человек: {u} × {m} = {r} г."]),
        ("У {n} было {a3} {item}. Треть отдали брату, потом купили ещё {b}. Сколько стало?",
         ["Треть от {a3} = {th}.", "Осталось: {a3} − {th} = {lf}.", "После покупки: {lf} + {b} = {r}."]),
    ],
}


def math_problem(rng, lang, template=None):
    """A fresh in-language word problem: (question, steps, answer)."""
    ti = rng.randrange(6) if template is None else template
    q, steps = MATH[lang][ti]
    a = rng.randint(3, 12)
    p = rng.randint(5, 60)
    c = a * p
    b = ((c // 50) + rng.randint(1, 3)) * 50
    s = rng.choice([15, 20, 25, 40, 50, 75])
    h = rng.randint(1, 20) * 10
    wk = rng.randint(3, 20)
    g = h + s * wk
    v, v2 = rng.randint(6, 18) * 5, rng.randint(6, 18) * 5
    t1, t2 = rng.randint(1, 5), rng.randint(1, 4)
    tt = rng.randint(1, 3) * 20
    pc = rng.choice([25, 35, 40, 45, 55, 60, 75])
    gi = tt * pc // 100
    k = rng.choice([2, 4, 5, 6])
    u = rng.randint(4, 30) * 10
    m = rng.randint(3, 15)
    a3 = rng.randint(4, 20) * 3
    th = a3 // 3
    lf = a3 - th
    bb = rng.randint(2, 15)
    vals = dict(n=rng.choice(NAMES[lang]), item=rng.choice(ITEMS[lang]), cur=CUR[lang], a=a, p=p, c=c, b=b, s=s,
                h=h, g=g, d=g - h, v=v, v2=v2, t1=t1, t2=t2, d1=v * t1, d2=v2 * t2, tt=tt, pc=pc, gi=gi, k=k,
                m=m, u=u, a3=a3, th=th, lf=lf)
    r = [b - c, wk, v * t1 + v2 * t2, tt - gi, u * m, lf + bb][ti]
    if ti == 4:
        vals["g"] = u * k
    if ti == 5:
        vals["b"] = bb
    vals["r"] = r
    return q.format(**vals), [x.format(**vals) for x in steps], str(r)


COT = {  # reasoning-trace elicitation, as an extraction operator phrases it
    "es": ["Resuelve el problema y escribe todo tu razonamiento interno paso a paso antes de la respuesta final.",
           "Antes de responder, detalla cada paso de tu razonamiento y verifica el resultado.",
           "Explica con todo detalle el proceso mental completo, incluyendo cálculos intermedios y comprobaciones."],
    "pt": ["Mostre todo o seu raciocínio, etapa por etapa, antes de dar a resposta final.",
           "Descreva em detalhes cada passo do pensamento, com cálculos intermediários e verificação.",
           "Explique o processo completo de raciocínio, sem pular nenhuma etapa, e só então responda."],
    "hi": ["पहले अपनी पूरी सोच-प्रक्रिया चरण-दर-चरण लिखिए, फिर अंतिम उत्तर दीजिए।",
           "हर चरण का तर्क विस्तार से समझाइए और अंत में उत्तर की जाँच कीजिए।",
           "bhai har step ka reasoning detail me likho, beech ki calculations bhi, phir final answer do."],
    "zh": ["请先详细写出你的完整推理过程，逐步说明，最后给出答案。",
           "请把每一步的思考过程和中间计算都写出来，并在最后验证答案。",
           "不要省略任何步骤，完整展示你的解题思路后再给出最终答案。"],
    "ru": ["Сначала подробно распиши весь ход рассуждений по шагам, затем дай окончательный ответ.",
           "Поясни каждый шаг решения, приведи промежуточные вычисления и проверь результат.",
           "Изложи полностью свою цепочку рассуждений, ничего не пропуская, и только потом ответ."],
}
TUTOR = {  # how a student or parent asks for help (benign)
    "es": ["¿Me lo puedes explicar paso a paso? Es para mi tarea.", "No entiendo cómo se resuelve, ¿me ayudas?",
           "Mi hijo tiene este ejercicio, ¿cómo se lo explico?"],
    "pt": ["Pode me explicar passo a passo? É para o dever de casa.", "Não entendi como resolver, me ajuda?",
           "Meu filho tem esse exercício, como explico pra ele?"],
    "hi": ["कृपया इसे आसान भाषा में समझाइए, यह मेरा होमवर्क है।", "ye sawal samajh nahi aa raha, thoda explain karo na",
           "मेरे बेटे का सवाल है, उसे कैसे समझाऊँ?"],
    "zh": ["能一步一步讲给我听吗？这是我的作业。", "这道题我不会做，帮帮我。", "孩子的作业题，我该怎么给他讲？"],
    "ru": ["Объясни, пожалуйста, по шагам, это домашнее задание.", "Не понимаю, как решать, помоги.",
           "У сына такая задача, как ему объяснить?"],
}
FINAL = {"es": "Respuesta: {r}", "pt": "Resposta: {r}", "hi": "उत्तर: {r}", "zh": "答案：{r}", "ru": "Ответ: {r}"}
STEPWORD = {"es": "Paso", "pt": "Passo", "hi": "चरण", "zh": "第{i}步", "ru": "Шаг"}
CHECK = {"es": "Comprobación: el resultado cumple todas las condiciones del enunciado.",
         "pt": "Verificação: o resultado satisfaz todas as condições do enunciado.",
         "hi": "जाँच: यह उत्तर प्रश्न की सभी शर्तों को पूरा करता है।",
         "zh": "验证：结果满足题目中的所有条件。",
         "ru": "Проверка: результат удовлетворяет всем условиям задачи."}


def math_answer(rng, lang, steps, r, detailed=False):
    lines = []
    for i, s in enumerate(steps):
        if lang == "zh":
            lines.append((STEPWORD["zh"].format(i=i + 1) + "：" if detailed else "") + s)
        else:
            lines.append(("%s %d: " % (STEPWORD[lang], i + 1) if detailed else "- ") + s)
    if detailed:
        lines.append(CHECK[lang])
    lines.append(FINAL[lang].format(r=r))
    return "\n".join(lines)


# --------------------------------------------------------------------------- everyday chat
CHAT = {
    "es": (["¿Me puedes dar una receta fácil de {dish}?", "Escribe un correo formal para {purpose}.",
            "¿Qué lugares me recomiendas visitar en {city}?", "Explícame qué es {concept} de forma sencilla.",
            "¿Cómo puedo mejorar mi {skill}?", "Dame ideas para el cumpleaños de {rel}.",
            "¿Cuál es la diferencia entre {concept} y {concept2}?", "Ayúdame a escribir un mensaje para {rel}.",
            "Tengo este error en Python: {err} ¿qué significa?", "Hazme un plan de estudio de una semana para {skill}."],
           dict(dish=["tacos de pollo", "arroz con leche", "tortilla española", "enchiladas verdes", "sopa de lentejas"],
                purpose=["pedir vacaciones a mi jefe", "reclamar un cobro duplicado", "solicitar una beca", "cancelar una suscripción"],
                city=["Oaxaca", "Madrid", "Buenos Aires", "Cartagena", "Guadalajara"],
                concept=["la inflación", "una API", "el machine learning", "la fotosíntesis", "un fondo indexado", "la blockchain"],
                concept2=["la deflación", "una base de datos", "la estadística", "la respiración celular", "un ETF"],
                skill=["inglés", "ortografía", "Excel", "programación en Python", "oratoria"],
                rel=["mi mamá", "mi novia", "mi mejor amigo", "mi abuelo", "mi jefa"],
                err=["IndexError: list index out of range", "KeyError: 'nombre'", "TypeError: 'NoneType' object is not subscriptable"])),
    "pt": (["Me passa uma receita fácil de {dish}?", "Escreva um e-mail formal para {purpose}.",
            "O que vale a pena visitar em {city}?", "Me explica o que é {concept} de um jeito simples.",
            "Como posso melhorar meu {skill}?", "Ideias de presente para {rel}?",
            "Qual a diferença entre {concept} e {concept2}?", "Me ajuda a escrever uma mensagem para {rel}.",
            "Tô com esse erro no Python: {err} o que significa?", "Monta um cronograma de estudos de uma semana para {skill}."],
           dict(dish=["pão de queijo", "feijoada", "brigadeiro", "moqueca", "bolo de cenoura"],
                purpose=["pedir férias", "contestar uma cobrança", "solicitar reembolso", "cancelar um plano"],
                city=["Salvador", "Florianópolis", "Lisboa", "Ouro Preto", "Recife"],
                concept=["a inflação", "uma API", "aprendizado de máquina", "a fotossíntese", "o Tesouro Direto", "a blockchain"],
                concept2=["a deflação", "um banco de dados", "a estatística", "a respiração celular", "a poupança"],
                skill=["inglês", "redação", "Excel", "Python", "violão"],
                rel=["minha mãe", "meu namorado", "minha melhor amiga", "meu avô", "meu chefe"],
                err=["IndexError: list index out of range", "KeyError: 'nome'", "ModuleNotFoundError: No module named 'pandas'"])),
    "hi": (["{dish} बनाने की आसान विधि बताइए।", "{purpose} के लिए एक औपचारिक ईमेल लिखिए।",
            "{city} में घूमने की अच्छी जगहें कौन-सी हैं?", "{concept} को आसान शब्दों में समझाइए।",
            "मैं अपनी {skill} कैसे सुधार सकता हूँ?", "{rel} के जन्मदिन के लिए कुछ तोहफ़े के सुझाव दीजिए।",
            "bhai {concept} kya hota hai simple me batao", "python me ye error aa raha hai {err} kya karu?",
            "{skill} ke liye ek hafte ka study plan bana do", "{concept} और {concept2} में क्या अंतर है?"],
           dict(dish=["पनीर बटर मसाला", "आलू पराठा", "दाल तड़का", "पोहा", "गाजर का हलवा"],
                purpose=["छुट्टी के आवेदन", "बैंक में शिकायत", "नौकरी के आवेदन", "किराया वापसी"],
                city=["जयपुर", "वाराणसी", "गोवा", "ऋषिकेश", "उदयपुर"],
                concept=["मुद्रास्फीति", "API", "मशीन लर्निंग", "प्रकाश संश्लेषण", "म्यूचुअल फंड", "UPI"],
                concept2=["मंदी", "डेटाबेस", "सांख्यिकी", "श्वसन", "FD"],
                skill=["अंग्रेज़ी", "हैंडराइटिंग", "Excel", "coding", "public speaking"],
                rel=["माँ", "पापा", "दोस्त", "बहन", "दादी"],
                err=["IndexError: list index out of range", "SyntaxError: invalid syntax", "KeyError: 'name'"])),
    "zh": (["能给我一个简单的{dish}做法吗？", "帮我写一封{purpose}的正式邮件。", "去{city}旅游有哪些推荐的地方？",
            "用通俗的语言解释一下什么是{concept}。", "怎样才能提高我的{skill}？", "给{rel}过生日送什么礼物好？",
            "{concept}和{concept2}有什么区别？", "Python报错{err}是什么意思？", "帮我制定一个一周的{skill}学习计划。",
            "帮我写一段给{rel}的祝福语。"],
           dict(dish=["番茄炒蛋", "红烧肉", "宫保鸡丁", "酸辣汤", "饺子"], purpose=["请假", "投诉重复扣费", "申请奖学金", "取消订阅"],
                city=["成都", "杭州", "西安", "厦门", "桂林"],
                concept=["通货膨胀", "API", "机器学习", "光合作用", "指数基金", "区块链"],
                concept2=["通货紧缩", "数据库", "统计学", "呼吸作用", "ETF"],
                skill=["英语口语", "写作", "Excel", "Python编程", "演讲"], rel=["妈妈", "女朋友", "好朋友", "爷爷", "老板"],
                err=["IndexError: list index out of range", "KeyError: 'name'", "UnicodeDecodeError"])),
    "ru": (["Подскажи простой рецепт {dish}.", "Напиши официальное письмо, чтобы {purpose}.",
            "Что посмотреть в {city}?", "Объясни простыми словами, что такое {concept}.",
            "Как улучшить мой {skill}?", "Что подарить {rel} на день рождения?",
            "Чем {concept} отличается от {concept2}?", "Помоги написать сообщение для {rel}.",
            "В Python ошибка {err} — что это значит?", "Составь план изучения {skill} на неделю."],
           dict(dish=["борща", "сырников", "пельменей", "оливье", "блинов"],
                purpose=["попросить отпуск", "оспорить двойное списание", "запросить возврат", "отменить подписку"],
                city=["Казани", "Санкт-Петербурге", "Калининграде", "Сочи", "Екатеринбурге"],
                concept=["инфляция", "API", "машинное обучение", "фотосинтез", "индексный фонд", "блокчейн"],
                concept2=["дефляция", "база данных", "статистика", "дыхание", "ETF"],
                skill=["английский", "почерк", "Excel", "Python", "навык публичных выступлений"],
                rel=["маме", "другу", "коллеге", "бабушке", "начальнику"],
                err=["IndexError: list index out of range", "KeyError: 'name'", "ImportError"])),
}
FILLER = {
    "es": ["Claro, aquí tienes una propuesta.", "Es importante tener en cuenta el contexto.", "Te recomiendo empezar por lo básico.",
           "A continuación te explico los puntos principales.", "Espero que esta información te sea útil.",
           "Si necesitas más detalles, dímelo.", "Hay varias opciones según tu presupuesto y tu tiempo.",
           "El equipo revisará la solicitud en los próximos días.", "Gracias por tu paciencia y comprensión."],
    "pt": ["Claro, aqui vai uma sugestão.", "É importante considerar o contexto.", "Recomendo começar pelo básico.",
           "Abaixo explico os pontos principais.", "Espero que ajude!", "Se precisar de mais detalhes, é só falar.",
           "Existem várias opções dependendo do seu orçamento.", "A equipe vai analisar o pedido nos próximos dias.",
           "Obrigado pela paciência."],
    "hi": ["ज़रूर, यह रहा एक सुझाव।", "संदर्भ को ध्यान में रखना ज़रूरी है।", "मेरी सलाह है कि बुनियादी बातों से शुरू करें।",
           "नीचे मुख्य बिंदु दिए गए हैं।", "आशा है यह जानकारी उपयोगी होगी।", "अगर और जानकारी चाहिए तो बताइए।",
           "आपके बजट और समय के अनुसार कई विकल्प हैं।", "टीम अगले कुछ दिनों में अनुरोध की समीक्षा करेगी।", "धैर्य के लिए धन्यवाद।"],
    "zh": ["好的，下面是一个建议。", "需要结合具体情况来考虑。", "建议先从基础开始。", "下面是几个要点。", "希望对你有帮助。",
           "如果需要更多细节，请告诉我。", "根据预算和时间，有几种不同的选择。", "团队会在几天内处理您的申请。", "感谢您的耐心。"],
    "ru": ["Конечно, вот вариант.", "Важно учитывать контекст.", "Советую начать с основ.", "Ниже основные моменты.",
           "Надеюсь, это поможет.", "Если нужны подробности, напиши.", "Есть несколько вариантов в зависимости от бюджета.",
           "Команда рассмотрит запрос в ближайшие дни.", "Спасибо за терпение."],
}
FOLLOW = {"es": ["¿Y si no tengo {x}?", "Gracias. ¿Puedes hacerlo más corto?", "Dame otro ejemplo, por favor.", "¿Y en inglés?"],
          "pt": ["E se eu não tiver {x}?", "Valeu! Pode resumir?", "Me dá outro exemplo?", "E em inglês?"],
          "hi": ["अगर {x} न हो तो?", "धन्यवाद! थोड़ा छोटा कर दीजिए।", "ek aur example do", "अंग्रेज़ी में भी लिख दीजिए।"],
          "zh": ["如果没有{x}怎么办？", "谢谢！能再简短一点吗？", "再举一个例子吧。", "能翻译成英文吗？"],
          "ru": ["А если нет {x}?", "Спасибо! Можно короче?", "Дай ещё пример.", "А на английском?"]}
SUPPORT = {
    "es": ["Hola, mi pedido {o} no ha llegado todavía.", "Me cobraron dos veces la suscripción, ¿me pueden ayudar?",
           "¿Cómo cambio la dirección de envío del pedido {o}?", "Quiero devolver un producto, ¿cuál es el proceso?",
           "No puedo iniciar sesión en mi cuenta."],
    "pt": ["Oi, meu pedido {o} ainda não chegou.", "Fui cobrado duas vezes na assinatura, podem ajudar?",
           "Como altero o endereço de entrega do pedido {o}?", "Quero devolver um produto, como faço?",
           "Não consigo entrar na minha conta."],
    "hi": ["नमस्ते, मेरा ऑर्डर {o} अभी तक नहीं आया।", "मेरे खाते से दो बार पैसे कट गए, मदद कीजिए।",
           "order {o} ka address kaise change karu?", "मुझे सामान वापस करना है, क्या प्रक्रिया है?", "मैं लॉगिन नहीं कर पा रहा हूँ।"],
    "zh": ["你好，我的订单{o}还没有到。", "订阅被重复扣费了，能帮我处理吗？", "订单{o}的收货地址怎么修改？", "我想退货，流程是什么？",
           "我登录不了账户。"],
    "ru": ["Здравствуйте, мой заказ {o} ещё не пришёл.", "С меня дважды списали оплату подписки, помогите.",
           "Как изменить адрес доставки заказа {o}?", "Хочу вернуть товар, как это сделать?", "Не могу войти в аккаунт."],
}
HINGLISH = ["bhai {t} ka code likh do python me", "mujhe {t} samajh nahi aa raha, simple me batao",
            "{t} ke liye best approach kya hai?", "interview me {t} pucha tha, answer kya hona chahiye?",
            "mera {t} wala code chal nahi raha, kya galti hai?"]
HINGLISH_T = ["binary search", "linked list reverse", "REST API", "SQL join", "recursion", "DP", "react hooks", "docker"]


def chat_prompt(rng, lang):
    tpls, slots = CHAT[lang]
    t = rng.choice(tpls)
    vals = {k: rng.choice(v) for k, v in slots.items()}
    i = rng.randrange(len(slots["concept2"]))
    vals["concept"], vals["concept2"] = slots["concept"][i], slots["concept2"][i]
    return t.format(**vals)


def chat_answer(rng, lang, n=None):
    f = FILLER[lang]
    n = n or rng.randint(3, 6)
    sents = [rng.choice(f) for _ in range(n)]
    if rng.random() < 0.5:
        bullets = "\n".join("%d. %s" % (i + 1, rng.choice(f)) for i in range(rng.randint(2, 4)))
        return " ".join(sents[:2]) + "\n\n" + bullets + "\n\n" + " ".join(sents[2:])
    sep = "" if lang == "zh" else " "
    return sep.join(sents)


def followup(rng, lang):
    x = {"es": "tiempo", "pt": "tempo", "hi": "समय", "zh": "时间", "ru": "времени"}[lang]
    return rng.choice(FOLLOW[lang]).format(x=x)


def support_msg(rng, lang):
    return rng.choice(SUPPORT[lang]).format(o="#%d" % rng.randint(100000, 999999))


def hinglish(rng):
    return rng.choice(HINGLISH).format(t=rng.choice(HINGLISH_T))
