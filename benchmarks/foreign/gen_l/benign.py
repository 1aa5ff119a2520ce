"""Benign populations of the Sahel & Maghreb AI world (many of them hard negatives)."""
import json
import random

import agents as A
import content as K
import lang as L
import drive as D
from drive import (Presence, FixedIP, NetPresence, count, n_scaled, past, pay_new, wchoice, emit_chat, times_sessions,
                   pick_model, params_for, ua_for, Style, cot_wrap, cot_variant, status_rare)
from world import (T0, T_END, RELEASE, M_FLAG, M_MINI, M_NEW, M_THINK, M_TRANS, TZ, clock, hexid, sdk_ua, browser_ua,
                   ide_ua)

POPS = []


def pop(name, lookalike_of=(), desc=""):
    def deco(f):
        POPS.append((name, f, tuple(lookalike_of), desc))
        return f
    return deco


def _stream_params(rng, m, stream=False, temp=None):
    return params_for(rng, m, stream=stream, temp=temp, max_tokens=rng.choice([None, None, 1024, 2048, 4096]))


# ---------------------------------------------------------------------------------------------
@pop("consumer_chat", ["aged_account_drip", "sleeper_warmup", "multilingual_parallel_harvest"],
     "individuals chatting in their own languages through the playground, apps and small scripts")
def consumer_chat(W, S, rng, name):
    for _ in range(n_scaled(1500)):
        cc = D.country(rng)
        lang = D.lang_for(rng, cc)
        a = S.account(rng, name, D.past(rng, 1, 700), pay=pay_new(rng, 0.15))
        pres = Presence(W, rng, cc, rng.choice(["mixed", "fixed", "mobile"]))
        uak = rng.choice(["browser", "browser", "browser", "sdk"])
        ua = ua_for(rng, uak)
        n = count(rng, 13, 1.1)
        prof = rng.choice(["consumer", "consumer", "evening", "student", "office"])
        clk = clock(TZ[cc], prof)
        p_math = 0.06 if rng.random() < 0.7 else 0.3
        p_new = rng.choice([0, 0, 0.1, 0.3])
        done = 0
        while done < n:
            t = clk.sample(rng)
            l2 = lang if rng.random() < 0.85 else D.lang_for(rng, cc)
            if rng.random() < p_math:
                q, steps, ans = K.math_item(rng, l2)
                v = cot_variant(rng, l2)
                turns = [(cot_wrap(rng, q, l2, v) if rng.random() < 0.6 else q, K.cot_solution(rng, steps, ans, l2))]
            else:
                turns = K.chat(rng, l2)
            turns = turns[:max(1, n - done)]
            _, k = emit_chat(S, rng, t, a, pres, ua, turns, model_fn=lambda r, tt: pick_model(r, tt, 0.35, p_new),
                             params=({"stream": True} if uak == "browser" else None), status_fn=status_rare)
            done += max(k, 1)


@pop("mobile_students", ["aged_account_drip", "hydra_cot_fleet"],
     "secondary and university students on mobile data (carrier CGNAT): homework, step-by-step maths, essays")
def mobile_students(W, S, rng, name):
    for _ in range(n_scaled(700)):
        cc = wchoice(rng, [("NG", .3), ("SN", .25), ("MA", .25), ("ET", .12), ("DZ", .05), ("CI", .03)])
        lang = D.lang_for(rng, cc)
        a = S.account(rng, name, D.past(rng, 0, 400), pay=pay_new(rng, 0.55))
        pres = Presence(W, rng, cc, "mobile")
        ua = ua_for(rng, "mobile") if rng.random() < 0.8 else "okhttp/4.12.0"
        n = count(rng, 7, 0.7, 1, 60)
        clk = clock(TZ[cc], "student")
        st = Style(rng, lang)
        v = cot_variant(rng, lang)
        for t in times_sessions(rng, clk, n, gap=(40, 400), per_session=(1, 4)):
            r = rng.random()
            if r < 0.5:
                q, steps, ans = K.math_item(rng, lang, 0.5 if lang == "en" else 0.15)
                if rng.random() < 0.4:
                    v = cot_variant(rng, lang)
                turns = [(cot_wrap(rng, q, lang, v, st) if rng.random() < 0.75 else st.apply(rng, q), K.cot_solution(rng, steps, ans, lang))]
            elif r < 0.6 and K.C.hard_math:
                _, p, _ = rng.choice(K.C.hard_math)
                turns = [(K.perturb(rng, p), K.resp_en_generic(rng, p, "math"))]
            else:
                turns = K.chat(rng, lang)[:1]
            emit_chat(S, rng, t, a, pres, ua, turns, model_fn=lambda r_, tt: pick_model(r_, tt, 0.5, 0.05), status_fn=status_rare)


UNIS = [("ucad_dakar", "sn_ucad", "SN", ["fr", "fr", "wo"], 95), ("um5_rabat", "ma_um5", "MA", ["fr", "ar", "ary"], 110),
        ("aau_addis", "et_aau", "ET", ["en", "am"], 70), ("abu_zaria", "ng_abu", "NG", ["en", "en", "ha"], 60)]
ASSIGN = {
    "fr": ["Exercice 3 (TD2) : Une suite (u_n) est définie par u_0 = 2 et u_{n+1} = 0,5 u_n + 3. Montrer que v_n = u_n - 6 est géométrique et en déduire la limite de u_n. Justifier chaque étape.",
           "TP Python n°4 : écrire une fonction qui lit un fichier notes.csv (nom;note) et affiche la moyenne, le min et le max. Expliquer le code ligne par ligne.",
           "Dissertation : « Le progrès technique rend-il l'homme plus libre ? » Proposer un plan détaillé en trois parties."],
    "ar": ["التمرين 2: حل المعادلة التفاضلية y' + 2y = 4 مع الشرط y(0)=1، واشرح كل خطوة.",
           "أنجز بحثاً مختصراً حول أسباب الهجرة القروية في المغرب مع خطة مفصلة."],
    "ary": ["exercice 2: 7el l'équation y' + 2y = 4 b y(0)=1, w fesser kol étape"],
    "en": ["Assignment 3: Prove that the sum of the first n odd numbers is n^2 using induction. Show every step of the proof.",
           "Lab 5: Implement a stack using two queues in Python and analyse the time complexity of push and pop.",
           "Essay prompt: Discuss the economic impact of the Grand Ethiopian Renaissance Dam on the region (800 words)."],
    "am": ["የቤት ሥራ 2፦ የመጀመሪያዎቹ n ጎዶሎ ቁጥሮች ድምር n^2 መሆኑን በኢንዳክሽን አረጋግጥ። እያንዳንዱን ደረጃ አሳይ።"],
    "wo": ["Exercice 3 (TD2): Firil ma naka lañuy wone ne v_n = u_n - 6 ab suite géométrique la, tànk bu nekk."],
    "ha": ["Aiki na 3: Ka tabbatar cewa jimlar lambobi marasa cika na farko n ita ce n^2 ta hanyar induction. Ka nuna kowane mataki."],
}


@pop("university_class_shared_card", ["hydra_cot_fleet", "benchmark_partition_sweep"],
     "university classes: one departmental card pays for a whole cohort, accounts opened in one lab session, campus NAT, identical assignment text")
def university(W, S, rng, name):
    for uni, netname, cc, langs, size in UNIS:
        card = pay_new(rng)
        org_dept = None
        lab_day = T0 - rng.randint(3, 12) * 86400 + (9 - TZ[cc]) * 3600
        campus = W.nets[netname]
        for i in range(n_scaled(size)):
            lang = rng.choice(langs)
            created = lab_day + rng.uniform(0, 3 * 3600) if rng.random() < 0.85 else D.past(rng, 20, 300)
            a = S.account(rng, name, created, pay=card if rng.random() < 0.9 else pay_new(rng), org=org_dept)
            home = Presence(W, rng, cc, "mobile")
            ua = ua_for(rng, rng.choice(["browser", "browser", "sdk"]))
            n = count(rng, 24, 0.7, 2, 200)
            clk = clock(TZ[cc], "student")
            assigns = ASSIGN.get(lang, ASSIGN["en"])
            st = Style(rng, lang)
            for t in times_sessions(rng, clk, n, gap=(30, 300), per_session=(1, 5)):
                hour_local = ((t - T0) / 3600 + TZ[cc]) % 24
                pres = FixedIP(campus.ip(rng)) if 8 <= hour_local < 18 and rng.random() < 0.75 else home
                r = rng.random()
                if r < 0.3:
                    p = rng.choice(assigns)
                    turns = [(p if rng.random() < 0.7 else st.apply(rng, p), K.resp_local(rng, lang) if lang != "en" else K.resp_en_generic(rng, p, "math"))]
                    if rng.random() < 0.5:
                        turns.append((rng.choice(["je ne comprends pas l'étape 2", "can you explain step 2 again?", "merci, et la question b) ?",
                                                  "explain more simply", "wach t9der t3awd?"]), K.resp_local(rng, lang, 3)))
                elif r < 0.55:
                    q, steps, ans = K.math_item(rng, lang, 0.6 if lang == "en" else 0.2)
                    turns = [(cot_wrap(rng, q, lang, cot_variant(rng, lang), st), K.cot_solution(rng, steps, ans, lang))]
                elif r < 0.75:
                    p, resp = K.code_task(rng, "fr" if lang in ("fr", "wo", "ar", "ary") else "en")
                    turns = [(p, resp)]
                else:
                    turns = K.chat(rng, lang)
                emit_chat(S, rng, t, a, pres, ua, turns, model_fn=lambda r_, tt: pick_model(r_, tt, 0.55, 0.08), status_fn=status_rare)


EXAM_SYS = {
    "fr": "Tu es « Prof Jàngal », le tuteur de l'application Jàngal Bac. Tu aides des élèves de terminale et de 3e au Sénégal, "
          "au Maroc, en Côte d'Ivoire et au Mali à préparer le bac et le BFEM. Explique toujours étape par étape, vérifie le résultat, "
          "et termine par une astuce de révision. Réponds dans la langue de l'élève. Ne donne jamais de réponse sans explication.",
    "ar": "أنت «الأستاذ جانغال»، المدرس الافتراضي لتطبيق جانغال باك. تساعد تلاميذ الباكالوريا على المراجعة. اشرح دائماً خطوة بخطوة وتحقق من النتيجة.",
}


@pop("exam_prep_app", ["hydra_cot_fleet", "relay_partitioned_sweep", "aged_account_drip"],
     "a national exam-prep app: one backend account relays thousands of students, a tutoring system prompt that asks for step-by-step explanations")
def exam_app(W, S, rng, name):
    org = "org_" + hexid(rng, 12)
    card = pay_new(rng)
    prod = S.account(rng, name, D.past(rng, 200, 500), pay=card, org=org, nkeys=2)
    stag = S.account(rng, name, D.past(rng, 100, 300), pay=card, org=org)
    be = FixedIP([W.nets["aws_paris"].home(rng) for _ in range(4)])
    ua = "OpenAI/Python 1.54.3"
    users = []
    for _ in range(n_scaled(2100)):
        cc = wchoice(rng, [("SN", .35), ("MA", .35), ("CI", .15), ("ML", .1), ("DZ", .05)])
        lang = wchoice(rng, [("fr", .7), ("ar", .15), ("ary", .08), ("wo", .07)]) if cc in ("MA", "SN") else "fr"
        users.append(("u_" + hexid(rng, 12), cc, lang, count(rng, 9, 0.9, 1, 120)))
    for eu, cc, lang, n in users:
        clk = clock(TZ[cc], "evening")
        sysl = EXAM_SYS["ar"] if lang == "ar" else EXAM_SYS["fr"]
        for t in times_sessions(rng, clk, n, gap=(30, 200), per_session=(1, 4)):
            r = rng.random()
            if r < 0.65:
                q, steps, ans = K.math_item(rng, lang, 0.1)
                turns = [(q, K.cot_solution(rng, steps, ans, lang) + "\n\n" + rng.choice(["Astuce : vérifie toujours les unités.", "Astuce : refais le calcul à l'envers.", "نصيحة: تحقق من النتيجة."]))]
            else:
                turns = K.chat(rng, lang)[:2]
            emit_chat(S, rng, t, prod, be, ua, turns, system=sysl, model_fn=lambda r_, tt: M_MINI if r_.random() < 0.7 else M_FLAG,
                      params={"temperature": 0.3, "max_tokens": 1200}, end_user=eu, status_fn=status_rare)
    # staging: QA of new prompt versions, no end users, repeats a fixed regression set
    fixed = [K.math_item(rng, "fr", 0.1) for _ in range(40)]
    for day in range(7):
        if day in (5, 6):
            continue
        t = T0 + day * 86400 + 14 * 3600 + rng.uniform(0, 1800)
        for q, steps, ans in fixed:
            m = M_NEW if t > RELEASE + 86400 and rng.random() < 0.5 else M_MINI
            S.emit(t, stag, be.ip(rng), "python-httpx/0.27.2", m,
                   [{"role": "system", "content": EXAM_SYS["fr"]}, {"role": "user", "content": q}],
                   K.cot_solution(rng, steps, ans, "fr"), params_for(rng, m, temp=0.0, max_tokens=1200),
                   K.reasoning_for(rng, steps, ans, "medium") if m == M_NEW else None, rng=rng)
            t += rng.uniform(2, 9)


CC_PROGRAMS = [
    ("energie", "Vous êtes l'assistant de rédaction des conseillers du service client d'Énergie Plus (fournisseur d'électricité en France). "
                "Rédigez des réponses courtoises, vouvoiement, sans promettre de geste commercial supérieur à 30 €. Signez « Le service client Énergie Plus »."),
    ("telecom", "Tu assistes les conseillers de Sirius Mobile (opérateur télécom). Propose une réponse claire au client, rappelle les délais "
                "légaux de résiliation, et ne communique jamais de données personnelles. Réponds en français."),
    ("ecommerce", "Assistant des agents SAV de ModaLine (e-commerce). À partir du message du client et de l'historique de commande, propose "
                  "une réponse empathique et une solution (remboursement, échange, renvoi)."),
]
CUST_MSGS = ["Bonjour, ma facture de {m} est de {x} € alors que je consomme comme d'habitude, pouvez-vous vérifier ?",
             "Je n'ai toujours pas reçu ma commande n°{n} passée il y a {d} jours.",
             "Je souhaite résilier mon abonnement, quelles sont les démarches ?",
             "Le technicien n'est pas venu au rendez-vous de {m}, c'est inadmissible.",
             "Mon colis est arrivé abîmé, je veux un remboursement.",
             "Je ne capte plus la 4G depuis {d} jours à mon domicile.",
             "Pouvez-vous m'envoyer un duplicata de la facture de {m} ?",
             "On m'a prélevé deux fois {x} €, merci de me rembourser."]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"]


def cust_msg(rng):
    return rng.choice(CUST_MSGS).format(m=rng.choice(MONTHS), x=rng.randint(20, 400), n=rng.randint(10 ** 6, 10 ** 7), d=rng.randint(2, 30))


@pop("callcentre_outsourcer", ["support_desk_camouflage"],
     "offshore call centres in Casablanca and Dakar: many seats, one org and invoice, one system prompt per client programme")
def callcentre(W, S, rng, name):
    for site, net, cc, seats in (("casa", "corp_casa", "MA", 110), ("dakar", "corp_dakar", "SN", 60)):
        org = "org_" + hexid(rng, 12); inv = pay_new(rng)
        nat = [W.nets[net].home(rng) for _ in range(3)]
        for i in range(n_scaled(seats)):
            prog = CC_PROGRAMS[i % 3]
            a = S.account(rng, name, D.past(rng, 5, 400), pay=inv, org=org)
            ua = rng.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                             "OpenAI/JS 4.73.1"])
            pres = FixedIP(nat)
            shift = rng.choice([(8, 16), (12, 20), (14, 22)])
            n = count(rng, 55, 0.5, 5, 300)
            for _ in range(n):
                day = rng.randrange(7)
                if day == 6 and rng.random() < 0.8:
                    day = rng.randrange(6)
                t = T0 + day * 86400 + (shift[0] - 2) * 3600 + rng.random() * (shift[1] - shift[0]) * 3600   # France time shifts
                msg = cust_msg(rng)
                u = "Message du client :\n« %s »\n\nHistorique : client depuis %d ans, %s.\nPropose une réponse." % (
                    msg, rng.randint(1, 12), rng.choice(["aucune réclamation", "2 réclamations", "client premium", "retard de paiement"]))
                r = "Bonjour Madame, Monsieur,\n\n" + rng.choice(["Nous vous remercions pour votre message et comprenons votre mécontentement.",
                                                                 "Nous sommes désolés pour la gêne occasionnée."]) + \
                    " " + rng.choice(["Nous avons vérifié votre dossier et un conseiller vous recontactera sous 48 h.",
                                      "Un remboursement de %d € a été initié." % rng.randint(5, 30),
                                      "Vous trouverez ci-dessous les démarches à suivre."]) + "\n\nCordialement,\nLe service client"
                emit_chat(S, rng, t, a, pres, ua, [(u, r)], system=prog[1], model=M_MINI if rng.random() < 0.6 else M_FLAG,
                          params={"temperature": 0.4}, status_fn=status_rare)


BANKS = [
    ("AttijariNova", "MA", ["ary", "arya", "fr", "ar"], "Vous êtes Nour, l'assistante virtuelle d'AttijariNova Bank. Vous répondez aux clients en darija, "
     "arabe ou français. Vous ne demandez jamais le code PIN ni le mot de passe. Pour toute opposition de carte, orientez vers le 0522 00 00 00. "
     "Produits: comptes, cartes, crédit immobilier, transferts. Soyez brève et polie.", 9000),
    ("Banque Atlantique du Sahel", "SN", ["fr", "wo"], "Tu es l'assistant de la Banque Atlantique du Sahel. Tu aides les clients sur Wave/Orange Money, "
     "les virements, l'ouverture de compte et les prêts PME. Réponds en français ou en wolof, ne demande jamais de données sensibles.", 6000),
    ("Arewa Trust Bank", "NG", ["en", "ha"], "You are Amina, Arewa Trust Bank's customer assistant. Answer in English or Hausa. Never ask for PIN, "
     "OTP or BVN. Escalate fraud reports to a human agent with the tag [ESCALATE].", 5000),
]
BANK_Q = {"ary": ["salam, bghit n3ref ch7al b9a f compte dyali", "lcarte dyali t7bsat, chno ndir?", "kifach ndir virement l bank khra?",
                  "wach kayn crédit l les fonctionnaires?"],
          "arya": ["سلام، الكارط ديالي مابقاتش خدامة", "بغيت نحل حساب جديد، شنو خاصني؟"],
          "fr": ["Bonjour, comment faire opposition sur ma carte ?", "Quels sont les frais d'un virement international ?",
                 "Je veux ouvrir un compte pour mon entreprise, quels documents ?", "Mon virement Wave n'est pas arrivé."],
          "ar": ["كيف يمكنني طلب دفتر شيكات؟", "ما هي شروط القرض العقاري؟"],
          "wo": ["Naka laa mënee ubbi kont?", "Sama xaalis bi ma yónnee ci Wave agsul."],
          "en": ["How do I reset my mobile banking password?", "I see a debit I don't recognise", "What's the limit for transfers per day?"],
          "ha": ["Yaya zan bude asusu?", "Na tura kudi amma ba su isa ba."]}


@pop("bank_support_bot", ["front_reseller", "relay_hitrun"],
     "banks' customer-support bots: one system prompt over many end customers, relayed through one or two backend accounts")
def banks(W, S, rng, name):
    for bank, cc, langs, sysp, users in BANKS:
        org = "org_" + hexid(rng, 12); inv = pay_new(rng)
        accts = [S.account(rng, name, D.past(rng, 60, 600), pay=inv, org=org) for _ in range(2)]
        be = FixedIP([W.nets[rng.choice(["azure_fr", "ovh", "africa_dc"])].home(rng) for _ in range(3)])
        ua = rng.choice(["OpenAI/Python 1.52.0", "OpenAI/JS 4.67.3"])
        for _ in range(n_scaled(users // 4)):
            eu = "u_" + hexid(rng, 12)
            lang = rng.choice(langs)
            acc = accts[0] if rng.random() < 0.85 else accts[1]
            n = count(rng, 2.2, 0.6, 1, 12)
            t = clock(TZ[cc], "consumer").sample(rng)
            turns = []
            for _ in range(n):
                q = rng.choice(BANK_Q.get(lang, BANK_Q["fr"]))
                turns.append((q, K.resp_local(rng, lang, 2)))
            emit_chat(S, rng, t, acc, be, ua, turns, system=sysp,
                      model=M_MINI, params={"temperature": 0.2, "max_tokens": 400}, end_user=eu, status_fn=status_rare)


@pop("newsroom_translation", ["multilingual_parallel_harvest", "doc_qa_synthesis"],
     "newsrooms translating and summarising wires between French, Arabic, English, Hausa and Amharic")
def newsrooms(W, S, rng, name):
    for room, net, cc, staff, pairs in (("Dakar Matin", "corp_dakar", "SN", 15, [("fr", "en"), ("fr", "wo"), ("en", "fr")]),
                                        ("Al-Maghrib Press", "corp_casa", "MA", 14, [("fr", "ar"), ("ar", "fr"), ("ar", "en"), ("fr", "zgh")]),
                                        ("Radio Sahel Afrique (Paris)", "corp_paris", "FR", 16, [("fr", "ha"), ("fr", "am"), ("en", "ha"), ("fr", "ar")])):
        org = "org_" + hexid(rng, 12); card = pay_new(rng)
        nat = [W.nets[net].home(rng) for _ in range(2)]
        for _ in range(n_scaled(staff)):
            a = S.account(rng, name, D.past(rng, 10, 500), pay=card, org=org)
            ua = browser_ua(rng, 0.1) if rng.random() < 0.6 else sdk_ua(rng)
            n = count(rng, 70, 0.6, 5, 400)
            for t in times_sessions(rng, clock(TZ[cc], "office"), n, gap=(60, 600), per_session=(1, 6)):
                src, tgt = rng.choice(pairs)
                r = rng.random()
                if r < 0.7:
                    s, tr = K.passage(rng, src, tgt, rng.randint(2, 6))
                    u = K.translate_ask(rng, "fr" if src != "en" else "en", tgt) + "\n\n" + s
                    resp = tr
                elif r < 0.85:
                    s, _ = K.passage(rng, src, src, rng.randint(4, 9))
                    u = {"fr": "Propose trois titres accrocheurs et un chapeau de 40 mots pour cette dépêche :\n\n",
                         "ar": "اقترح ثلاثة عناوين ومقدمة من أربعين كلمة لهذا الخبر:\n\n", "en": "Suggest three headlines and a 40-word standfirst:\n\n"}.get(src, "Titres :\n\n") + s
                    resp = K.resp_local(rng, src if src in L.RESP else "fr")
                else:
                    s, _ = K.passage(rng, src, src, rng.randint(5, 10))
                    u = {"fr": "Résume en 3 puces :\n\n", "ar": "لخص في ثلاث نقاط:\n\n", "en": "Summarise in 3 bullets:\n\n"}.get(src, "Résumé :\n\n") + s
                    resp = K.resp_local(rng, src if src in L.RESP else "fr", 3)
                emit_chat(S, rng, t, a, FixedIP(nat), ua, [(u, resp)], model=M_FLAG if rng.random() < 0.7 else M_TRANS,
                          params={"temperature": 0.3}, status_fn=status_rare)


NGO_SYS = ("You are a professional translator for humanitarian health communication. Translate faithfully, keep numbers and dates, "
           "use plain words understood in rural areas, and do not add content. Output only the translation.")


@pop("ngo_batch_translation", ["multilingual_parallel_harvest"],
     "NGOs batch-translating the same health leaflet into six to eight languages from cloud jobs at night")
def ngos(W, S, rng, name):
    for ngo, netn in (("Santé Sahel Sans Frontières", "scaleway"), ("Hausa-Amhara Health Alliance", "aws_frankfurt")):
        org = "org_" + hexid(rng, 12); card = pay_new(rng)
        accts = [S.account(rng, name, D.past(rng, 30, 400), pay=card, org=org) for _ in range(3)]
        vm = FixedIP([W.nets[netn].home(rng) for _ in range(2)])
        ua = "python-requests/2.32.3"
        jobs = n_scaled(80)
        for j in range(jobs):
            a = accts[j % 3]
            t = clock(1, "night").sample(rng)
            k = rng.randint(3, 7)
            idx = rng.sample(range(len(L.PARALLEL)), k)
            src = rng.choice(["en", "fr"])
            text = " ".join(L.PARALLEL[i][src] for i in idx)
            for tgt in rng.sample(["fr", "ar", "ary", "wo", "ha", "am", "zgh", "en"], rng.randint(5, 8)):
                if tgt == src:
                    continue
                u = "Target language: %s\n\nText:\n%s" % (L.LANGNAME["en"][tgt], text)
                resp = " ".join(L.PARALLEL[i][tgt] for i in idx)
                for rep in range(rng.choice([1, 1, 2])):   # re-runs after reviewer feedback
                    S.emit(t, a, vm.ip(rng), ua, M_TRANS if rng.random() < 0.5 else M_FLAG,
                           [{"role": "system", "content": NGO_SYS}, {"role": "user", "content": u}], resp,
                           {"temperature": 0.2, "max_tokens": 2000}, rng=rng)
                    t += rng.uniform(3, 15)
            # the reviewers sometimes ask the same leaflet in a different register
            if rng.random() < 0.2:
                t += 3600


EVAL_TPL = ["Question: {q}\nLet's think step by step.", "{q}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
            "Solve the following math problem. Show your work.\n\n{q}"]


@pop("eval_lab_benchmarks", ["benchmark_partition_sweep", "new_model_pivot", "logprob_soft_labels", "reasoning_trace_coercion"],
     "evaluation labs re-running public benchmarks (GSM8K, Arena-Hard, Self-Instruct) on every model, new model included, temperature 0")
def eval_labs(W, S, rng, name):
    for lab, netn, nacc in (("AfriEval", "aws_paris", 3), ("UM5 NLP lab", "ma_um5", 2)):
        org = "org_" + hexid(rng, 12); card = pay_new(rng)
        accts = [S.account(rng, name, D.past(rng, 100, 700), pay=card, org=org) for _ in range(nacc)]
        ips = FixedIP([W.nets[netn].home(rng) for _ in range(2)])
        ua = "OpenAI/Python 1.51.0"
        tpl = EVAL_TPL[0] if lab == "AfriEval" else EVAL_TPL[1]
        gsm_idx = rng.sample(range(len(K.C.gsm)), n_scaled(700 if lab == "AfriEval" else 350))
        hard_idx = rng.sample(range(len(K.C.hard)), n_scaled(250 if lab == "AfriEval" else 0))
        runs = [(M_FLAG, T0 + 3600 * rng.uniform(2, 30)), (M_MINI, T0 + 3600 * rng.uniform(30, 40)),
                (M_NEW, RELEASE + 3600 * rng.uniform(3, 20)), (M_NEW, RELEASE + 3600 * rng.uniform(40, 90))]
        if lab != "AfriEval":
            runs = runs[2:4]
        for ri, (m, t) in enumerate(runs):
            a = accts[ri % nacc]
            for i in gsm_idx:
                q, steps, ans = K.C.gsm[i]
                pr = params_for(rng, m, temp=0.0, max_tokens=1024, effort="medium" if ri < 3 else "high")
                if pr and "temperature" in pr:
                    pr["seed"] = 1234
                S.emit(t, a, ips.ip(rng), ua, m, [{"role": "user", "content": tpl.format(q=q)}],
                       K.cot_solution(rng, steps, ans, "en"), pr,
                       K.reasoning_for(rng, steps, ans, pr.get("reasoning_effort", "medium")) if m == M_NEW else None, rng=rng)
                t += rng.uniform(0.2, 2.0)
            for i in hard_idx:
                cat, p, _ = K.C.hard[i]
                pr = params_for(rng, m, temp=0.0, max_tokens=4096)
                S.emit(t, a, ips.ip(rng), ua, m, [{"role": "user", "content": p}], K.resp_en_generic(rng, p, cat), pr,
                       K.reasoning_for(rng, effort="medium") if m == M_NEW else None, rng=rng)
                t += rng.uniform(0.5, 3.0)
        # MCQ scoring with logprobs (lm-eval style), single token answers
        a = accts[0]
        t = T0 + 86400 * 3.3
        for i in rng.sample(range(len(K.C.gsm)), n_scaled(300)):
            q, steps, ans = K.C.gsm[i]
            opts = _mcq(rng, ans)
            u = q + "\n" + "\n".join("%s. %s" % (c, o) for c, o in zip("ABCD", opts)) + "\nAnswer:"
            S.emit(t, a, ips.ip(rng), ua, M_FLAG, [{"role": "user", "content": u}], " " + "ABCD"[opts.index(ans)] if ans in opts else " A",
                   {"temperature": 0, "max_tokens": 1, "logprobs": True, "top_logprobs": 5}, rng=rng)
            t += rng.uniform(0.1, 0.6)


def _mcq(rng, ans):
    try:
        v = float(ans.replace(",", ""))
        opts = [ans]
        while len(opts) < 4:
            o = str(int(v + rng.choice([-1, 1]) * rng.randint(1, max(2, int(abs(v) // 3) + 2))))
            if o not in opts:
                opts.append(o)
    except ValueError:
        opts = [ans, "0", "1", "2"]
    rng.shuffle(opts)
    return opts


PRODUCTS = [
    ("Wakha Travel", "MA", ["search_flights", "book_flight", "search_hotels", "book_bus_ticket", "get_weather"], ["fr", "ary", "en"],
     "Tu es l'agent de réservation de Wakha Travel. Utilise les outils pour chercher et réserver. Confirme toujours le prix avant de réserver. Réponds dans la langue du client.", 7),
    ("XaalisBot", "SN", ["wallet_balance", "list_transactions", "reverse_transaction", "open_ticket", "kb_search", "fx_quote"], ["fr", "wo"],
     "Tu es XaalisBot, l'assistant du portefeuille mobile Xaalis. Tu peux consulter le solde, l'historique, demander une annulation et ouvrir un ticket. Ne demande jamais le code secret.", 8),
    ("GonaAdvisor", "NG", ["get_weather", "get_rainfall_forecast", "crop_market_prices", "pest_lookup", "send_sms"], ["en", "ha"],
     "You are GonaAdvisor, an agronomy assistant for smallholder farmers in northern Nigeria. Use tools for weather, prices and pests. Keep answers short enough for SMS.", 6),
    ("MedRdv", "FR", ["find_doctor", "book_appointment", "drug_interactions", "calendar_list"], ["fr", "ar"],
     "Vous êtes l'assistant de prise de rendez-vous MedRdv. Vous ne donnez pas de diagnostic. Utilisez les outils pour trouver un praticien et réserver.", 5),
    ("ShipFast Ops Copilot", "NG", ["track_parcel", "create_shipment", "quote_delivery", "find_relay_point", "sql_query", "send_email"], ["en"],
     "You are the internal ops copilot for ShipFast. Answer staff questions using the tools. Never expose customer phone numbers.", 6),
    ("DevPilot", "FR", ["run_shell", "read_file", "write_file", "search_code", "git_diff"], ["en", "fr"],
     "You are DevPilot, a coding agent working inside the user's repository. Use tools to inspect and modify code. Run tests before finishing.", 8),
    ("HR Buddy", "ET", ["calendar_list", "calendar_create", "send_email", "kb_search"], ["en", "am"],
     "You are HR Buddy for Selam Bank staff. Answer HR policy questions from the knowledge base and help schedule meetings.", 4),
    ("Souk Assistant", "MA", ["stock_level", "reorder_product", "create_invoice", "crm_lookup", "send_sms"], ["fr", "ary", "arya"],
     "Tu es l'assistant de gestion de Souk Market (grossiste). Tu aides les commerciaux : stock, réassort, factures, clients.", 6),
]


def _task_for(rng, tools, lang):
    cands = [t for t in A.TASKS if set(t[0]) <= set(tools)] or [t for t in A.TASKS if set(t[0]) & set(tools)]
    tk = rng.choice(cands)
    return [x for x in tk[0] if x in tools] or tools[:1], A.task_text(rng, tk[2]), tk[1]


def run_trajectory(S, rng, t, acct, pres, ua, system, tool_names, user, lang, model, params, modes=None, end_user=None,
                   gap=(1, 8), n=None, max_calls=None, final=None):
    steps, fin = A.trajectory(rng, tool_names, user, lang, modes, max_calls)
    tools = [A.schema(x) for x in dict.fromkeys(tool_names)]
    pr = dict(params or {}); pr["tools"] = tools
    if rng.random() < 0.3:
        pr["tool_choice"] = "auto"
    if n:
        pr["n"] = n
    cid = "conv_" + hexid(rng, 16)
    k = 0
    for i in range(len(steps) + 1):
        msgs = A.build_messages(system, user, steps[:i])
        rs = K.reasoning_for(rng, effort=pr.get("reasoning_effort", "low")) if model in (M_NEW, M_THINK) else None
        if i < len(steps):
            ok = S.emit(t, acct, pres.ip(rng), ua, model, msgs, "", _rp(pr, model), rs, end_user, cid, tool_calls=steps[i][0], rng=rng)
        else:
            ok = S.emit(t, acct, pres.ip(rng), ua, model, msgs, final or fin, _rp(pr, model), rs, end_user, cid, rng=rng)
        k += ok
        t += rng.uniform(*gap)
    return t, k


def _rp(pr, model):
    if model in (M_NEW, M_THINK):
        p = dict(pr); p.pop("temperature", None); p.setdefault("reasoning_effort", "low")
        return p
    return pr


@pop("agent_developers", ["agent_devshell_branching", "agent_catalog_harvest", "new_model_pivot"],
     "startups building tool-using agents: one product prompt and tool set, multi-step loops, nightly fixture replays in CI, trying the new model")
def agent_devs(W, S, rng, name):
    for prod, cc, tools, langs, sysp, nacc in PRODUCTS:
        org = "org_" + hexid(rng, 12); card = pay_new(rng)
        accts = [S.account(rng, name, D.past(rng, 20, 500), pay=card, org=org, nkeys=rng.randint(1, 3)) for _ in range(n_scaled(nacc))]
        cloud = FixedIP([W.nets[rng.choice(["aws_paris", "gcp_eu", "ovh", "digitalocean", "africa_dc"])].home(rng) for _ in range(2)])
        ua = sdk_ua(rng)
        pivot = rng.random() < 0.6
        chaos = rng.random() < 0.5     # robustness suite: same fixture prefixes with injected tool failures
        fixtures = [(_task_for(rng, tools, rng.choice(langs)), rng.getrandbits(32)) for _ in range(12)]
        for ai, a in enumerate(accts):
            dev_home = Presence(W, rng, cc, "fixed")
            n = count(rng, 150, 0.7, 10, 1500)
            done = 0
            clk = clock(TZ[cc], "office")
            while done < n:
                t = clk.sample(rng)
                tl, user, lang = _task_for(rng, tools, rng.choice(langs))
                m = M_NEW if (pivot and t > RELEASE + 4 * 3600 and rng.random() < 0.45) else (M_FLAG if rng.random() < 0.7 else M_MINI)
                pres = dev_home if ai > 0 and rng.random() < 0.6 else cloud
                _, k = run_trajectory(S, rng, t, a, pres, sdk_ua(rng) if pres is dev_home and rng.random() < 0.2 else ua, sysp, tools, user,
                                      lang, m, {"temperature": rng.choice([0, 0.2, 0.7])}, max_calls=rng.randint(1, 4))
                done += max(k, 1)
        # nightly CI: identical fixture replays (same prefixes, temperature 0)
        a = accts[0]
        for day in range(7):
            t = T0 + day * 86400 + 2 * 3600 + rng.uniform(0, 600)
            for (tl, user, lang), fs in fixtures:
                for variant in ([None] + ([["error"], ["empty"], ["ok", "error"]] if chaos else [])):
                    fr = random.Random(fs)
                    steps, fin = A.trajectory(fr, tl, user, lang, variant, 2)
                    for i in range(len(steps) + 1):
                        msgs = A.build_messages(sysp, user, steps[:i])
                        S.emit(t, a, cloud.ip(rng), "python-httpx/0.27.2", M_FLAG, msgs, "" if i < len(steps) else fin,
                               {"temperature": 0, "tools": [A.schema(x) for x in tools], "seed": 7}, None, None, None,
                               tool_calls=steps[i][0] if i < len(steps) else None, rng=rng)
                        t += rng.uniform(0.5, 3)


FIM_PREFIX = ["def compute_fees(amount, currency):\n    \"\"\"Return the transfer fee for an amount.\"\"\"\n    if currency == 'XOF':\n        ",
              "export async function fetchOrders(page: number) {\n  const res = await fetch(`/api/orders?page=${page}`);\n  ",
              "class WalletRepository:\n    def __init__(self, db):\n        self.db = db\n\n    def balance(self, msisdn):\n        ",
              "SELECT c.name, SUM(o.total)\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE ",
              "public List<Student> topStudents(List<Student> all, int k) {\n    ",
              "func (s *Server) handleTransfer(w http.ResponseWriter, r *http.Request) {\n\t"]


@pop("coding_tool_users", ["agentic_coding_narrow", "sleeper_warmup"],
     "developers using IDE assistants: chat about code, fill-in-the-middle completions on the legacy prompt endpoint, a few agent loops")
def coding_users(W, S, rng, name):
    for _ in range(n_scaled(480)):
        cc = D.country(rng)
        a = S.account(rng, name, D.past(rng, 5, 600), pay=pay_new(rng, 0.1))
        pres = Presence(W, rng, cc, rng.choice(["fixed", "fixed", "mixed"]))
        ua = ide_ua(rng)
        n = count(rng, 38, 1.0, 2, 800)
        clk = clock(TZ[cc], rng.choice(["office", "evening"]))
        pivot = rng.random() < 0.3
        lang = "fr" if cc in ("FR", "SN", "MA", "DZ", "TN", "ML", "CI") and rng.random() < 0.5 else "en"
        for t in times_sessions(rng, clk, n, gap=(5, 90), per_session=(2, 12)):
            r = rng.random()
            m = M_NEW if pivot and t > RELEASE and rng.random() < 0.4 else (M_FLAG if rng.random() < 0.6 else M_MINI)
            if r < 0.3:
                pre = rng.choice(FIM_PREFIX)
                _emit_prompt(S, rng, t, a, pres.ip(rng), ua, pre)
            elif r < 0.9:
                p, resp = K.code_task(rng, lang)
                ctx = rng.choice(["", "", "Here is my file:\n```\n" + rng.choice(FIM_PREFIX) + "...\n```\n\n"])
                emit_chat(S, rng, t, a, pres, ua, [(ctx + p, resp)], system="You are a coding assistant inside the user's IDE.",
                          model=m, params={"temperature": 0.2, "stream": True}, status_fn=status_rare, effort="medium")
            else:
                run_trajectory(S, rng, t, a, pres, ua, "You are a coding agent. Use the tools to read, edit and test code.",
                               ["run_shell", "read_file", "write_file", "search_code"], rng.choice(A.TASKS[15:17])[2], "en", m,
                               {"temperature": 0}, max_calls=rng.randint(2, 4))


def _emit_prompt(S, rng, t, a, ip, ua, prefix):
    """Legacy completions request (fill-in-the-middle): `prompt` instead of `messages`."""
    from world import dumps, ts_str, ntok
    if t >= T_END:
        return
    body = rng.choice(["return amount * 0.01", "if (!res.ok) throw new Error(res.statusText);\n  return res.json();",
                       "return self.db.get(msisdn, 0)", "o.created_at >= NOW() - INTERVAL '30 days'\nGROUP BY c.name",
                       "return all.stream().sorted().limit(k).toList();", "var req TransferRequest"])
    d = {"id": "cmpl-" + hexid(rng, 24), "ts": ts_str(t), "account_id": a.id, "org_id": a.org, "api_key_id": a.keys[0],
         "ip": ip, "user_agent": ua}
    if a.pay:
        d["payment_fingerprint"] = a.pay
    d.update({"account_created": a.created, "model": M_MINI, "params": {"max_tokens": 64, "temperature": 0.1, "stop": ["\n\n"]},
              "prompt": prefix, "response": body, "usage": {"input_tokens": ntok(prefix), "output_tokens": ntok(body), "reasoning_tokens": 0},
              "status": 200})
    S.seq += 1
    S.rows.append((t, S.seq, dumps(d)))
    a.n += 1


MTB_SINGLE = ("[Instruction]\nPlease act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user "
              "question displayed below. Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, "
              "and level of detail of the response. Begin your evaluation by providing a short explanation. Be as objective as possible. After "
              "providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\", "
              "for example: \"Rating: [[5]]\".\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{a}\n[The End of Assistant's Answer]")

JUDGE_SYS = ("You are a QA evaluator for {co}'s customer assistant. Score the assistant's answer against the rubric. "
             "Return JSON only: {{\"accuracy\": 1-5, \"tone\": 1-5, \"policy_compliance\": true|false, \"comment\": \"...\"}}")


@pop("llm_judge_qa", ["rubric_reward_harvest", "preference_pair_harvest"],
     "companies scoring their own bots' answers with an LLM judge: fixed rubric, own domain, nightly batches")
def judges(W, S, rng, name):
    for co, lang, netn in (("Sirius Mobile", "fr", "ovh"), ("AttijariNova", "ary", "azure_fr"), ("Jumia-like Souk", "fr", "aws_paris"),
                           ("Arewa Trust Bank", "en", "africa_dc"), ("Énergie Plus", "fr", "gcp_eu"), ("Ethio Connect", "am", "aws_frankfurt")):
        org = "org_" + hexid(rng, 12); inv = pay_new(rng)
        accts = [S.account(rng, name, D.past(rng, 30, 400), pay=inv, org=org) for _ in range(rng.choice([1, 1, 2]))]
        vm = FixedIP([W.nets[netn].home(rng)])
        sysp = JUDGE_SYS.format(co=co)
        mtb = co in ("Sirius Mobile", "Arewa Trust Bank")
        n = count(rng, 900, 0.4, 200, 3000)
        for j in range(n):
            t = clock(1, "night").sample(rng) if rng.random() < 0.8 else clock(1, "office").sample(rng)
            if lang == "fr":
                q = cust_msg(rng)
            else:
                q = rng.choice(BANK_Q.get(lang, BANK_Q["en"]))
            ans = K.resp_local(rng, lang, 2)
            if mtb and rng.random() < 0.7:
                out = rng.choice(["The answer is polite and addresses the request.", "The answer misses the escalation step.",
                                  "Accurate but too long for a chat channel."]) + " Rating: [[%d]]" % rng.randint(3, 10)
                S.emit(t, accts[j % len(accts)], vm.ip(rng), "OpenAI/Python 1.47.1", M_FLAG,
                       [{"role": "user", "content": MTB_SINGLE.format(q=q, a=ans)}], out, {"temperature": 0, "max_tokens": 512}, rng=rng)
                continue
            u = "Customer question:\n%s\n\nAssistant answer:\n%s\n\nRubric version: v%d.%d" % (q, ans, rng.choice([3, 4]), rng.randrange(3))
            out = json.dumps({"accuracy": rng.randint(2, 5), "tone": rng.randint(3, 5), "policy_compliance": rng.random() < 0.93,
                              "comment": rng.choice(["Correct and polite.", "Misses the escalation step.", "Too long for chat.", "Good."])})
            S.emit(t, accts[j % len(accts)], vm.ip(rng), "OpenAI/Python 1.47.1", M_FLAG,
                   [{"role": "system", "content": sysp}, {"role": "user", "content": u}], out,
                   {"temperature": 0, "response_format": {"type": "json_object"}}, rng=rng)


LABEL_TXT = {"ary": ["lkhedma dyalkom zwina bzaf", "3ndi mochkil m3a lcarte", "3lach l'internet ta9il?", "bghit nbeddel l'offre",
                     "had lapp kat5esser lia l3sab"],
             "ha": ["Na gode da taimakon ku", "Kudina bai iso ba", "Wannan sabis din ba shi da kyau", "Ina son in canza tsarin"],
             "en": ["abeg my data don finish too fast", "thank you, solved", "una service no good at all", "how I go take reset my pin"],
             "fr": ["service impeccable merci", "toujours pas de réseau depuis hier", "je veux changer d'offre", "vous êtes des voleurs"]}


@pop("data_labelling_vendor", ["logprob_soft_labels", "self_instruct_expansion"],
     "labelling vendors pre-annotating Darija, Hausa, Pidgin and French customer messages (intent, sentiment), some with logprobs for confidence")
def labelling(W, S, rng, name):
    for vend, netn, cc in (("LabelHub Lagos", "corp_lagos", "NG"), ("Tadqiq Data Casablanca", "corp_casa", "MA")):
        org = "org_" + hexid(rng, 12); inv = pay_new(rng)
        nat = FixedIP([W.nets[netn].home(rng) for _ in range(2)])
        for _ in range(n_scaled(8)):
            a = S.account(rng, name, D.past(rng, 10, 300), pay=inv, org=org)
            n = count(rng, 400, 0.5, 50, 2000)
            use_lp = rng.random() < 0.5
            for t in times_sessions(rng, clock(TZ[cc], "office"), n, gap=(1, 6), per_session=(20, 80)):
                lang = rng.choice(["ary", "fr"] if cc == "MA" else ["ha", "en"])
                txt = rng.choice(LABEL_TXT[lang])
                task = rng.choice(["intent (billing, network, offer_change, complaint, thanks, other)", "sentiment (positive, negative, neutral)"])
                u = "Classify the %s of this customer message. Answer with the label only.\n\nMessage: %s" % (task, txt)
                lab = rng.choice(task.split("(")[1].rstrip(")").split(", "))
                pr = {"temperature": 0, "max_tokens": 5}
                if use_lp:
                    pr.update({"logprobs": True, "top_logprobs": 5})
                S.emit(t, a, nat.ip(rng), "OpenAI/Python 1.45.0", M_MINI, [{"role": "user", "content": u}], lab, pr, rng=rng)


@pop("cot_researchers", ["reasoning_trace_coercion", "hydra_cot_fleet", "new_model_pivot"],
     "academic researchers studying reasoning: ask for full chains of thought, compare models, move to the new model with high effort")
def researchers(W, S, rng, name):
    for _ in range(n_scaled(30)):
        netn, cc = rng.choice([("fr_renater", "FR"), ("et_aau", "ET"), ("ma_um5", "MA"), ("sn_ucad", "SN"), ("ng_abu", "NG")])
        a = S.account(rng, name, D.past(rng, 30, 700), pay=pay_new(rng))
        lab_ip = W.nets[netn].ip(rng)
        home = Presence(W, rng, cc, "fixed")
        ua = rng.choice(["OpenAI/Python 1.58.1", "python-httpx/0.27.2", browser_ua(rng, 0)])
        n = count(rng, 110, 0.7, 10, 600)
        lang = rng.choice(["en", "en", "fr", "am", "ar"])
        v = cot_variant(rng, lang)
        for t in times_sessions(rng, clock(TZ[cc], "office"), n, gap=(10, 120), per_session=(3, 15)):
            pres = FixedIP(lab_ip) if rng.random() < 0.7 else home
            m = M_NEW if t > RELEASE + 2 * 3600 and rng.random() < 0.75 else rng.choice([M_FLAG, M_THINK])
            r = rng.random()
            if r < 0.55:
                q, steps, ans = K.math_item(rng, lang, 0.7)
                u = cot_wrap(rng, q, lang, v)
                resp = K.cot_solution(rng, steps, ans, lang)
                rs = lambda r_: K.reasoning_for(r_, steps, ans, "high")
            elif r < 0.8 and K.C.hard_math:
                _, u, _ = rng.choice(K.C.hard_math); resp = K.resp_en_generic(rng, u, "math"); rs = None
            else:
                u = rng.choice(["Is the following argument valid? All A are B; some B are C; therefore some A are C. Explain your reasoning fully.",
                                "Explain, showing all intermediate reasoning, why the halting problem is undecidable.",
                                "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much is the ball? Think aloud."])
                resp = K.resp_en_generic(rng, u, "math"); rs = None
            emit_chat(S, rng, t, a, pres, ua, [(u, resp)], model=m, params={"temperature": rng.choice([0, 0.7, 1.0])},
                      effort=rng.choice(["high", "high", "medium"]), reasoning_fn=rs)


ROUTERS = [("AfriRoute", 4, 1400, "afriroute-gateway/2.3.1", "aws_paris"), ("OpenSahel Router", 1, 900, "litellm/1.55.8", "hetzner"),
           ("NileGate", 2, 700, "nilegate-proxy/0.9.4 (+httpx)", "digitalocean")]


@pop("reseller_router", ["relay_hitrun", "relay_partitioned_sweep", "front_reseller"],
     "API resellers and routers: one or several upstream accounts carrying many end users' ordinary traffic, plus their own health checks")
def routers(W, S, rng, name):
    W.routers = {}
    for rname, nacc, users, ua, netn in ROUTERS:
        org = "org_" + hexid(rng, 12)
        cards = [pay_new(rng) for _ in range(2)]
        accts = [S.account(rng, name, D.past(rng, 60, 500), pay=cards[i % 2], org=org if rname != "AfriRoute" else None, nkeys=2)
                 for i in range(nacc)]
        ips = FixedIP([W.nets[netn].home(rng) for _ in range(3)])
        W.routers[rname] = (accts, ips, ua)
        for _ in range(n_scaled(users)):
            eu = "u_" + hexid(rng, 12)
            cc = D.country(rng); lang = D.lang_for(rng, cc)
            n = count(rng, 9, 1.0, 1, 300)
            clk = clock(TZ[cc], rng.choice(["consumer", "office", "evening"]))
            done = 0
            while done < n:
                t = clk.sample(rng)
                a = accts[rng.randrange(nacc)]
                r = rng.random()
                if r < 0.2:
                    p, resp = K.code_task(rng, "fr" if lang == "fr" else "en"); turns = [(p, resp)]
                elif r < 0.27:
                    q, steps, ans = K.math_item(rng, lang)
                    turns = [(cot_wrap(rng, q, lang, cot_variant(rng, lang)), K.cot_solution(rng, steps, ans, lang))]
                else:
                    turns = K.chat(rng, lang)
                _, k = emit_chat(S, rng, t, a, ips, ua, turns[:n - done], model_fn=lambda r_, tt: pick_model(r_, tt, 0.4, 0.2),
                                 end_user=eu, status_fn=status_rare)
                done += max(1, k)
        # own traffic: health checks and model-list warmups, no end user
        for a in accts:
            t = T0 + rng.uniform(0, 1800)
            while t < T_END:
                S.emit(t, a, ips.ip(rng), ua, M_MINI, [{"role": "user", "content": "ping"}], "pong", {"max_tokens": 1}, rng=rng)
                t += rng.uniform(1500, 2100)


@pop("vpn_users", ["jailbreak_wrapped_harvest", "hydra_cot_fleet"],
     "privacy-minded people and people behind national blocks using commercial VPN exits shared with thousands of others")
def vpn_users(W, S, rng, name):
    for _ in range(n_scaled(250)):
        cc = wchoice(rng, [("FR", .35), ("ET", .25), ("DZ", .2), ("MA", .1), ("NG", .1)])
        lang = D.lang_for(rng, cc)
        a = S.account(rng, name, D.past(rng, 5, 600), pay=pay_new(rng, 0.1))
        vpn = NetPresence(W, [rng.choice(["vpn_m247", "vpn_datacamp", "vpn_mullvad_like"])])
        home = Presence(W, rng, cc, "fixed")
        ua = ua_for(rng, rng.choice(["browser", "browser", "sdk"]))
        n = count(rng, 14, 0.9, 1, 200)
        clk = clock(TZ[cc], "consumer")
        done = 0
        while done < n:
            t = clk.sample(rng)
            pres = vpn if rng.random() < 0.85 else home
            if rng.random() < 0.05:
                turns = [(K.jailbreak(rng), "I can't take on a persona that ignores my guidelines, but I'm happy to help with your question directly.")]
            else:
                turns = K.chat(rng, lang)
            _, k = emit_chat(S, rng, t, a, pres, ua, turns[:n - done], model_fn=lambda r_, tt: pick_model(r_, tt, 0.3, 0.1), status_fn=status_rare)
            done += max(k, 1)


PROMO = {"fr": "Résous étape par étape : Awa achète 3 cahiers à 450 F et 2 stylos à 150 F. Elle paie avec un billet de 2000 F. Combien lui rend-on ?",
         "ary": "7el step by step: Salma chrat 3 dfater b 12 dh w 2 stylo b 5 dh, khelles b 50 dh. ch7al rdo liha?",
         "en": "Solve step by step: Musa buys 3 notebooks at 450 naira and 2 pens at 150 naira and pays with 2000 naira. What is his change?"}
PROMO_ANS = {"fr": "Étape 1 : 3 × 450 = 1350 F\nÉtape 2 : 2 × 150 = 300 F\nÉtape 3 : 1350 + 300 = 1650 F\nÉtape 4 : 2000 − 1650 = 350 F\n\nRéponse : on lui rend 350 F.",
             "ary": "Marhala 1: 3 × 12 = 36 dh\nMarhala 2: 2 × 5 = 10 dh\nMarhala 3: 36 + 10 = 46 dh\nMarhala 4: 50 − 46 = 4 dh\n\nLjawab: 4 dh.",
             "en": "Step 1: 3 × 450 = 1350\nStep 2: 2 × 150 = 300\nStep 3: 1350 + 300 = 1650\nStep 4: 2000 − 1650 = 350\n\nAnswer: 350 naira."}


@pop("trial_signup_wave", ["aged_account_drip", "hydra_cot_fleet", "benchmark_partition_sweep"],
     "a 'Rentrée IA' promotion (SMS + influencers) on day 3: hundreds of new free-credit accounts in two days, a few requests each, many paste the advert's example prompt")
def trial_wave(W, S, rng, name):
    t_promo = T0 + 2 * 86400 + 10 * 3600
    for _ in range(n_scaled(900)):
        cc = wchoice(rng, [("SN", .3), ("MA", .3), ("CI", .15), ("NG", .15), ("DZ", .1)])
        lang = D.lang_for(rng, cc)
        created = t_promo + rng.expovariate(1 / (14 * 3600))
        if created > T_END - 3600:
            created = t_promo + rng.uniform(0, 86400)
        a = S.account(rng, name, created, pay=pay_new(rng, 0.7))
        pres = Presence(W, rng, cc, "mobile")
        ua = ua_for(rng, "mobile")
        n = count(rng, 4, 0.6, 1, 25)
        t = created + rng.uniform(20, 900)
        for i in range(n):
            if i == 0 and rng.random() < 0.45:
                pl = "ary" if lang in ("ary", "arya") else ("en" if lang == "en" or cc == "NG" else "fr")
                turns = [(PROMO[pl], PROMO_ANS[pl])]
            elif rng.random() < 0.25:
                q, steps, ans = K.math_item(rng, lang, 0.2)
                turns = [(cot_wrap(rng, q, lang, cot_variant(rng, lang)), K.cot_solution(rng, steps, ans, lang))]
            else:
                turns = K.chat(rng, lang)[:1]
            emit_chat(S, rng, t, a, pres, ua, turns, model=M_MINI if rng.random() < 0.6 else M_FLAG, params={"stream": True},
                      status_fn=status_rare)
            t += rng.expovariate(1 / 1800) if rng.random() < 0.7 else rng.uniform(3600, 86400)


HACK_SYS = ("You are a helpful assistant built with the LagosBuilds 2027 starter kit. You can call tools to get information. "
            "Think about which tool to call, call it, then answer the user concisely.")


@pop("hackathon", ["agent_catalog_harvest", "hydra_cot_fleet"],
     "a weekend hackathon in Lagos: 120 accounts opened in one morning on one event voucher, venue NAT, the same starter-kit agent prompt and varied tools")
def hackathon(W, S, rng, name):
    voucher = pay_new(rng)
    t0 = T0 + 4 * 86400 + 7 * 3600
    venue = FixedIP([W.nets["corp_lagos"].home(rng) for _ in range(2)])
    cat = [c[0] for c in A.CATALOGUE]
    for _ in range(n_scaled(120)):
        a = S.account(rng, name, t0 + rng.uniform(0, 3 * 3600), pay=voucher if rng.random() < 0.92 else pay_new(rng))
        home = Presence(W, rng, "NG", "mobile")
        ua = sdk_ua(rng)
        tools = rng.sample(cat, rng.randint(2, 6))
        n = count(rng, 55, 0.8, 3, 400)
        done = 0
        while done < n:
            t = t0 + 3 * 3600 + rng.uniform(0, 36 * 3600)
            pres = venue if rng.random() < 0.8 else home
            if rng.random() < 0.6:
                tl, user, lang = _task_for(rng, tools, "en")
                _, k = run_trajectory(S, rng, t, a, pres, ua, HACK_SYS, tools, user, lang, M_FLAG if rng.random() < 0.5 else M_NEW,
                                      {"temperature": 0.7}, max_calls=rng.randint(1, 3))
            else:
                _, k = emit_chat(S, rng, t, a, pres, ua, K.chat(rng, rng.choice(["en", "en", "ha"]))[:2], system=HACK_SYS,
                                 model_fn=lambda r_, tt: pick_model(r_, tt, 0.3, 0.4, 0))
            done += max(k, 1)


@pop("jailbreak_hobbyists", ["jailbreak_wrapped_harvest"],
     "curious users pasting DAN-style jailbreaks and system-prompt extraction tricks for fun, then asking edgy questions")
def jb_hobby(W, S, rng, name):
    for _ in range(n_scaled(80)):
        cc = D.country(rng); lang = D.lang_for(rng, cc)
        a = S.account(rng, name, D.past(rng, 1, 300), pay=pay_new(rng, 0.3))
        pres = Presence(W, rng, cc) if rng.random() < 0.6 else NetPresence(W, ["vpn_m247", "vpn_datacamp"])
        ua = ua_for(rng, "browser")
        n = count(rng, 9, 0.7, 2, 60)
        clk = clock(TZ[cc], "night" if rng.random() < 0.4 else "evening")
        done = 0
        while done < n:
            t = clk.sample(rng)
            r = rng.random()
            if r < 0.4:
                turns = [(K.jailbreak(rng), "I can't pretend to be an unrestricted model, but I can help with most questions."),
                         (rng.choice(K.C.harm), "I can't help with that.")]
            elif r < 0.6:
                turns = [(rng.choice(K.C.sysx), "I don't have hidden instructions I can share, but I'm Atlas, a general assistant.")]
            else:
                turns = K.chat(rng, lang)
            _, k = emit_chat(S, rng, t, a, pres, ua, turns[:max(1, n - done)], model_fn=lambda r_, tt: pick_model(r_, tt, 0.3, 0.15))
            done += max(k, 1)


WRITE_SYS = "You are Qalam, a writing assistant. Help users draft, critique and polish texts. Keep the user's voice."


@pop("writing_assistant_app", ["critique_revise_chains"],
     "a writing app relaying many end users: draft, then 'what could be better?', then 'rewrite with those fixes'")
def writing_app(W, S, rng, name):
    org = "org_" + hexid(rng, 12)
    a = S.account(rng, name, D.past(rng, 90, 500), pay=pay_new(rng), org=org, nkeys=2)
    be = FixedIP([W.nets["gcp_eu"].home(rng) for _ in range(3)])
    ua = "OpenAI/JS 4.77.0"
    for _ in range(n_scaled(1000)):
        eu = "u_" + hexid(rng, 12)
        cc = wchoice(rng, [("FR", .4), ("MA", .3), ("SN", .2), ("TN", .1)])
        lang = rng.choice(["fr", "fr", "en", "ar"])
        for _s in range(count(rng, 2.5, 0.6, 1, 12)):
            t = clock(TZ[cc], "office").sample(rng)
            p0, r0 = (K.fr_combinatorial(rng) if lang == "fr" else (K.en_combinatorial(rng) if lang == "en" else (K.fill(rng, rng.choice(L.DAILY["ar"])), K.resp_local(rng, "ar"))))
            crit = {"fr": "Qu'est-ce qui pourrait être amélioré dans ce texte ?", "en": "What could be improved in this draft?", "ar": "ما الذي يمكن تحسينه في هذا النص؟"}[lang]
            rew = {"fr": "Réécris-le en appliquant ces améliorations.", "en": "Rewrite it applying those fixes.", "ar": "أعد كتابته مع تطبيق هذه التحسينات."}[lang]
            turns = [(p0, r0), (crit, K.resp_local(rng, lang, 3)), (rew, r0 + "\n\n" + K.resp_local(rng, lang, 1))][:rng.choice([1, 2, 3, 3])]
            emit_chat(S, rng, t, a, be, ua, turns, system=WRITE_SYS, model=M_FLAG, params={"temperature": 0.7, "stream": True}, end_user=eu)


COMP_SYS = "Tu es Rafiq, un compagnon bienveillant. Tu parles comme un ami : darija, français ou arabe selon l'utilisateur. Tu te souviens de la conversation."


@pop("companion_chat_app", ["conversation_grafting"],
     "a companion chat app replaying long histories (last 12-20 turns) for each message of many end users")
def companion(W, S, rng, name):
    org = "org_" + hexid(rng, 12); card = pay_new(rng)
    accts = [S.account(rng, name, D.past(rng, 120, 600), pay=card, org=org) for _ in range(2)]
    be = FixedIP([W.nets["ovh"].home(rng) for _ in range(2)])
    for _ in range(n_scaled(1400)):
        eu = "u_" + hexid(rng, 12)
        cc = wchoice(rng, [("MA", .5), ("FR", .25), ("DZ", .15), ("TN", .1)])
        lang = wchoice(rng, [("ary", .35), ("arya", .15), ("fr", .35), ("ar", .15)])
        nturn = count(rng, 8, 0.8, 1, 80)
        t = clock(TZ[cc], "night" if rng.random() < 0.3 else "evening").sample(rng)
        turns = []
        while len(turns) < nturn:
            turns.extend(K.chat(rng, lang))
        emit_chat(S, rng, t, accts[0] if rng.random() < 0.9 else accts[1], be, "Dart/3.5 (dart:io)", turns[:nturn], system=COMP_SYS,
                  model=M_MINI, params={"temperature": 0.9, "stream": True}, end_user=eu, gap=(15, 400), history_limit=18)


def doc_text(rng, lang, k):
    if lang in ("fr", "ar", "en"):
        s, _ = K.passage(rng, lang, lang, min(k, len(L.PARALLEL)))
        extra = ""
        if lang == "en" and rng.random() < 0.6:
            extra = "\n\n" + rng.choice(K.C.assist_pool)[:1500]
        return s + extra
    s, _ = K.passage(rng, "fr", "fr", min(k, len(L.PARALLEL)))
    return s


@pop("enterprise_rag", ["doc_qa_synthesis"],
     "enterprises' internal search assistants: retrieved document chunks in the prompt, and periodic FAQ generation from policy documents")
def rag(W, S, rng, name):
    for _ in range(n_scaled(12)):
        cc = rng.choice(["MA", "SN", "FR", "NG", "TN"])
        org = "org_" + hexid(rng, 12); inv = pay_new(rng)
        accts = [S.account(rng, name, D.past(rng, 30, 500), pay=inv, org=org) for _ in range(rng.choice([1, 2]))]
        vm = FixedIP([W.nets[rng.choice(["azure_fr", "aws_paris", "ovh", "africa_dc"])].home(rng)])
        lang = "en" if cc == "NG" else rng.choice(["fr", "fr", "ar"])
        sysp = {"fr": "Réponds uniquement à partir des extraits fournis. Cite la source [n]. Si l'information manque, dis-le.",
                "ar": "أجب فقط من المقتطفات المقدمة واذكر المصدر [n].", "en": "Answer only from the provided excerpts and cite [n]."}[lang]
        n = count(rng, 300, 0.5, 30, 1500)
        for t in times_sessions(rng, clock(TZ[cc], "office"), n, gap=(5, 120), per_session=(1, 8)):
            a = accts[rng.randrange(len(accts))]
            if rng.random() < 0.1:
                doc = doc_text(rng, lang, 10)
                u = {"fr": "Génère 10 questions fréquentes avec leurs réponses à partir de ce document interne :\n\n",
                     "ar": "أنشئ عشرة أسئلة شائعة مع أجوبتها انطلاقاً من هذه الوثيقة:\n\n", "en": "Generate 10 FAQ entries with answers from this policy:\n\n"}[lang] + doc
                S.emit(t, a, vm.ip(rng), "OpenAI/Python 1.50.2", M_FLAG, [{"role": "user", "content": u}], K.resp_local(rng, lang, 5),
                       {"temperature": 0.3, "response_format": {"type": "json_object"}}, rng=rng)
            else:
                chunks = "\n\n".join("[%d] %s" % (i + 1, doc_text(rng, lang, 2)) for i in range(rng.randint(2, 5)))
                q = rng.choice({"fr": ["Quel est le délai de remboursement ?", "Qui valide les notes de frais ?", "Combien de jours de congé ?"],
                                "ar": ["ما هي مدة الاسترداد؟", "من يوافق على المصاريف؟"], "en": ["What is the refund window?", "Who approves expenses?"]}[lang])
                S.emit(t, a, vm.ip(rng), "OpenAI/Python 1.50.2", M_MINI,
                       [{"role": "system", "content": sysp}, {"role": "user", "content": "Extraits :\n" + chunks + "\n\nQuestion : " + q}],
                       K.resp_local(rng, lang, 2) + " [1]", {"temperature": 0}, rng=rng)


EXPERT_Q = {
    "fr": ["Quelles sont les conditions de validité d'un licenciement pour motif économique en droit OHADA ?",
           "Un patient diabétique de type 2 sous metformine présente une clairance de 40 ml/min : faut-il adapter la posologie ?",
           "Comment comptabiliser un contrat de location-financement selon le SYSCOHADA révisé ?",
           "Quelle est la procédure de recouvrement d'une créance commerciale au Maroc (injonction de payer) ?",
           "Quels examens demander devant une anémie microcytaire chez une femme de 30 ans ?",
           "Rédige une clause de non-concurrence conforme au droit du travail sénégalais."],
    "ar": ["ما هي شروط صحة عقد المرابحة في المصارف التشاركية بالمغرب؟", "ما هي أحكام الإرث في حالة وجود زوجة وبنتين وأخ شقيق؟",
           "ما هو العلاج الأولي لارتفاع ضغط الدم لدى مريض مصاب بالسكري؟", "كيف تحتسب الضريبة على القيمة المضافة على الخدمات في تونس؟"],
}


@pop("professional_experts", ["front_reseller"],
     "lawyers, doctors and accountants in Morocco, Senegal and France asking long expert questions in French and Arabic")
def experts(W, S, rng, name):
    for _ in range(n_scaled(120)):
        cc = rng.choice(["MA", "SN", "FR", "TN", "DZ"])
        lang = "ar" if cc in ("MA", "TN", "DZ") and rng.random() < 0.4 else "fr"
        a = S.account(rng, name, D.past(rng, 10, 600), pay=pay_new(rng))
        pres = Presence(W, rng, cc, "fixed")
        ua = browser_ua(rng, 0.2)
        n = count(rng, 30, 0.8, 2, 200)
        for t in times_sessions(rng, clock(TZ[cc], "office"), n, gap=(60, 600), per_session=(1, 4)):
            r = rng.random()
            if r < 0.35:
                q = rng.choice(EXPERT_Q[lang])
            else:
                lg, q = K.expert_q(rng)
                if lg != lang:
                    q = rng.choice(EXPERT_Q[lang])
            if rng.random() < 0.6:
                q = rng.choice(CASES[lang]).format(age=rng.randint(19, 84), city=rng.choice(L.SLOTS["city"] if lang == "fr" else L.SLOTS["city_ar"]),
                                                  x=rng.randint(2, 40)) + " " + q
            turns = [(q, K.resp_local(rng, lang, 5))]
            if rng.random() < 0.4:
                turns.append(({"fr": rng.choice(["Peux-tu citer les textes applicables ?", "Et si le client est de mauvaise foi ?", "Fais-moi un résumé en 5 lignes pour le dossier."]),
                               "ar": rng.choice(["هل يمكنك ذكر النصوص القانونية؟", "وماذا لو رفض الطرف الآخر؟"])}[lang], K.resp_local(rng, lang, 3)))
            emit_chat(S, rng, t, a, pres, ua, turns, model_fn=lambda r_, tt: pick_model(r_, tt, 0.1, 0.3), params={"stream": True})


CASES = {"fr": ["Dossier en cours : mon client, commerçant à {city}, {x} salariés.", "Patiente de {age} ans vue ce matin en consultation.",
                "Question pour un client (PME à {city}) :", "Cas pratique du cabinet :", "Patient de {age} ans, antécédents chargés.",
                "Pour une note interne :", "Je prépare une audience la semaine prochaine."],
         "ar": ["لدي ملف موكل في {city}:", "مريض عمره {age} سنة:", "سؤال لأحد العملاء:"]}


@pop("ab_product_teams", ["preference_pair_harvest", "rubric_reward_harvest"],
     "product teams sampling several candidates (n>1) for copy and UX strings and asking which of two variants is better")
def ab_teams(W, S, rng, name):
    for _ in range(n_scaled(10)):
        cc = rng.choice(["FR", "MA", "SN", "NG"])
        org = "org_" + hexid(rng, 12)
        a = S.account(rng, name, D.past(rng, 30, 400), pay=pay_new(rng), org=org)
        pres = FixedIP([W.nets[{"FR": "corp_paris", "MA": "corp_casa", "SN": "corp_dakar", "NG": "corp_lagos"}[cc]].home(rng)])
        ua = rng.choice(["OpenAI/Python 1.56.0", "OpenAI/JS 4.71.2"])
        n = count(rng, 350, 0.5, 40, 1500)
        lang = "en" if cc == "NG" else "fr"
        prod = rng.choice(["notre appli de transfert d'argent", "our savings app", "la nouvelle offre 5G", "our bus ticketing app"])
        for t in times_sessions(rng, clock(TZ[cc], "office"), n, gap=(5, 60), per_session=(3, 20)):
            if rng.random() < 0.6:
                u = rng.choice(["Écris un message push pour %s (max 80 caractères)." % prod, "Write 1 onboarding tooltip for %s." % prod,
                                "Propose un slogan pour %s." % prod, "Write an App Store subtitle for %s." % prod])
                nn = rng.choice([2, 3, 4])
                ch = [K.resp_local(rng, lang, 1)[:120] for _ in range(nn)]
                S.emit(t, a, pres.ip(rng), ua, M_FLAG, [{"role": "user", "content": u}], ch[0], {"temperature": 1.0, "n": nn}, choices=ch, rng=rng)
            else:
                v1, v2 = K.resp_local(rng, lang, 1)[:120], K.resp_local(rng, lang, 1)[:120]
                u = ("Variante A : %s\nVariante B : %s\nLaquelle est la plus claire pour un utilisateur de %s ? Réponds A ou B puis une phrase." % (v1, v2, prod))
                S.emit(t, a, pres.ip(rng), ua, M_FLAG, [{"role": "user", "content": u}], rng.choice(["A", "B"]) + " — plus direct et plus court.",
                       {"temperature": 0}, rng=rng)


TNS_SYS = ("You assist the trust & safety team of Yaatal, a social network in West Africa. Rewrite posts to remove insults, slurs "
           "and doxxing while keeping the meaning, or classify them under policy P1-P9. Never add opinions.")


@pop("trust_safety_team", ["jailbreak_wrapped_harvest"],
     "a social platform's moderation team: rewrite posts to remove insults ('make it safe'), classify policy violations")
def tns(W, S, rng, name):
    org = "org_" + hexid(rng, 12); inv = pay_new(rng)
    nat = FixedIP([W.nets["corp_dakar"].home(rng)])
    for _ in range(n_scaled(6)):
        a = S.account(rng, name, D.past(rng, 30, 300), pay=inv, org=org)
        n = count(rng, 500, 0.4, 50, 1500)
        for t in times_sessions(rng, clock(0, "flat"), n, gap=(10, 120), per_session=(5, 20)):
            post = rng.choice(["Ce ministre est un voleur et un incapable, il faut le chasser !", "Yaw dangay def lu bon rekk, doff nga",
                               "Les gens de ce quartier sont tous des bandits", "Voici l'adresse de ce journaliste, allez le voir",
                               "Ku ya ga wannan barawon? A kori shi!", "Ce match était une honte, arbitre vendu"])
            if rng.random() < 0.6:
                u = "Rewrite this post to comply with policy, keeping its meaning:\n\n" + post
                resp = "Je suis très mécontent de l'action de ce ministre et je pense qu'il devrait partir."
            else:
                u = "Classify under P1-P9 (one label, then one-line reason):\n\n" + post
                resp = rng.choice(["P2 harassment", "P4 hate", "P7 doxxing", "P0 no violation"])
            S.emit(t, a, nat.ip(rng), "OpenAI/Python 1.53.0", M_MINI, [{"role": "system", "content": TNS_SYS}, {"role": "user", "content": u}],
                   resp, {"temperature": 0}, rng=rng)


@pop("classifier_synthetic_data", ["self_instruct_expansion", "multilingual_parallel_harvest"],
     "startups generating paraphrases of customer intents in Darija, Wolof, Hausa to train their own small intent classifiers")
def synth_startups(W, S, rng, name):
    intents = ["reset my PIN", "check my balance", "report a stolen phone", "change my plan", "buy airtime", "cancel a transfer"]
    for _ in range(n_scaled(10)):
        cc = rng.choice(["MA", "SN", "NG", "ET"])
        lang = {"MA": "ary", "SN": "wo", "NG": "ha", "ET": "am"}[cc]
        a = S.account(rng, name, D.past(rng, 20, 300), pay=pay_new(rng))
        pres = Presence(W, rng, cc, "fixed")
        ua = "OpenAI/Python 1.55.1"
        n = count(rng, 250, 0.5, 30, 900)
        for t in times_sessions(rng, clock(TZ[cc], "office"), n, gap=(3, 30), per_session=(5, 30)):
            it = rng.choice(intents)
            u = "Generate %d different ways a customer might say '%s' in %s, as a JSON list of strings. Vary formality and spelling." % (
                rng.choice([10, 20, 30]), it, L.LANGNAME["en"][lang])
            resp = json.dumps([rng.choice(L.DAILY[lang])[:60] for _ in range(5)], ensure_ascii=False)
            S.emit(t, a, pres.ip(rng), ua, M_FLAG, [{"role": "user", "content": u}], resp,
                   {"temperature": 1.0, "response_format": {"type": "json_object"}}, rng=rng)


@pop("edtech_worksheets", ["hydra_cot_fleet", "benchmark_partition_sweep"],
     "teachers and edtech staff generating worksheets with fully worked solutions in French and Arabic")
def worksheets(W, S, rng, name):
    for _ in range(n_scaled(40)):
        cc = rng.choice(["MA", "SN", "DZ", "TN", "FR"])
        lang = rng.choice(["fr", "fr", "ar"])
        a = S.account(rng, name, D.past(rng, 10, 500), pay=pay_new(rng))
        pres = Presence(W, rng, cc, "fixed")
        ua = browser_ua(rng, 0.2)
        n = count(rng, 70, 0.6, 5, 300)
        for t in times_sessions(rng, clock(TZ[cc], "evening"), n, gap=(30, 300), per_session=(2, 10)):
            items = [L.make_math(rng, lang) for _ in range(rng.randint(3, 6))]
            u = {"fr": "Crée une fiche d'exercices niveau %s avec ces problèmes et donne un corrigé détaillé étape par étape :\n\n" % rng.choice(["CM2", "6e", "5e"]),
                 "ar": "أنشئ ورقة تمارين مع حل مفصل خطوة بخطوة للمسائل التالية:\n\n"}[lang] + "\n".join("%d) %s" % (i + 1, q) for i, (q, _, _) in enumerate(items))
            resp = "\n\n".join(K.cot_solution(rng, s, an, lang) for _, s, an in items)
            emit_chat(S, rng, t, a, pres, ua, [(u, resp)], model_fn=lambda r_, tt: pick_model(r_, tt, 0.2, 0.2))


@pop("uptime_monitors", ["benchmark_partition_sweep"],
     "uptime and canary monitors: the same tiny prompt every 15 minutes from cloud hosts")
def monitors(W, S, rng, name):
    for _ in range(n_scaled(20)):
        a = S.account(rng, name, D.past(rng, 30, 700), pay=pay_new(rng))
        vm = FixedIP([W.nets[rng.choice(["aws_paris", "hetzner", "ovh", "digitalocean"])].home(rng)])
        p = rng.choice(["Say OK.", "ping", "Reply with the word healthy.", "What is 2+2? Answer with a number only.", "Réponds juste OK"])
        resp = {"Say OK.": "OK", "ping": "pong", "Reply with the word healthy.": "healthy", "What is 2+2? Answer with a number only.": "4"}.get(p, "OK")
        ua = rng.choice(["curl/8.5.0", "Go-http-client/2.0", "python-requests/2.32.3", "UptimeKuma/1.23.13"])
        step = rng.choice([900, 900, 1800, 3600])
        m = rng.choice([M_MINI, M_FLAG])
        t = T0 + rng.uniform(0, step)
        while t < T_END:
            S.emit(t, a, vm.ip(rng), ua, m, [{"role": "user", "content": p}], resp, {"max_tokens": 5, "temperature": 0}, rng=rng)
            t += step + rng.uniform(-3, 3)
