"""Language banks and text synthesis for the gen_r world (es, pt, en, ca, gn, qu).

Everything here is hand-written for this generator; the real corpora under shared/data are
loaded by corpora.load() and mixed in by gen.py.
"""
import json
import os
import re

DATA = os.environ.get("GEN_R_DATA", "/work/shared/data")

# ---------------------------------------------------------------- corpora


def _jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


class Corpora:
    def __init__(self, root=DATA):
        self.arena = _jsonl(os.path.join(root, "benign/chatbot_arena_conversations.jsonl"))
        self.hard1 = _jsonl(os.path.join(root, "benign/arena_hard_v0.1.jsonl"))
        self.hard2 = _jsonl(os.path.join(root, "benign/arena_hard_v2.0.jsonl"))
        self.gsm8k = _jsonl(os.path.join(root, "extraction/gsm8k_train.jsonl"))
        self.seed_tasks = _jsonl(os.path.join(root, "extraction/self_instruct_seed_tasks.jsonl"))
        self.user_tasks = _jsonl(os.path.join(root, "extraction/self_instruct_user_oriented.jsonl"))
        with open(os.path.join(root, "jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jailbreaks = json.load(f)
        self.dan = []
        ddir = os.path.join(root, "jailbreak/dan")
        for fn in sorted(os.listdir(ddir)):
            with open(os.path.join(ddir, fn), encoding="utf-8") as f:
                self.dan.extend(json.load(f))
        with open(os.path.join(root, "jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sysprompt = [p for v in sp.values() for p in v]
        import csv
        with open(os.path.join(root, "harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            self.advbench = [r["goal"] for r in csv.DictReader(f)]
        # derived pools
        self.hard = self.hard1 + self.hard2
        self.hard_math = [h["prompt"] for h in self.hard2 if h.get("subcategory") == "math"]
        self.hard_code = [h["prompt"] for h in self.hard2 if h.get("subcategory") == "coding"]
        self.hard_creative = [h["prompt"] for h in self.hard2 if h.get("subcategory") == "creative_writing"]
        self.hard_v1 = [h["prompt"] for h in self.hard1]
        self.instructions = [t["instruction"] for t in self.seed_tasks + self.user_tasks]
        # arena conversations that are clean enough to reuse, with assistant answers
        self.convs = []
        for c in self.arena:
            msgs = [m for m in c["messages"] if isinstance(m.get("content"), str)]
            if msgs and msgs[0]["role"] == "user":
                self.convs.append(msgs)
        self.arena_first = [c[0]["content"] for c in self.convs]
        self.conv_by_first = {}
        for c in self.convs:
            self.conv_by_first.setdefault(c[0]["content"], c)
        self.arena_answers = [m["content"] for c in self.convs for m in c if m["role"] == "assistant" and len(m["content"]) > 200]
        pol = re.compile(r"\b(government|politic|president|election|war|china|russia|protest|democracy|communis|tiananmen|taiwan|censor|israel|ukraine|religion|dictator)", re.I)
        self.political = [p for p in self.arena_first if pol.search(p) and len(p) < 600]
        self.short_arena = [p for p in self.arena_first if 15 < len(p) < 160 and "\n" not in p]


# ---------------------------------------------------------------- word problems (native languages)

NAMES = {
    "es": ["María", "José", "Lucía", "Mateo", "Valentina", "Santiago", "Camila", "Diego", "Sofía", "Andrés", "Ximena", "Joaquín", "Renata", "Emiliano"],
    "pt": ["Ana", "João", "Beatriz", "Pedro", "Mariana", "Lucas", "Larissa", "Gabriel", "Fernanda", "Rafael", "Thiago", "Júlia"],
    "ca": ["Jordi", "Núria", "Pau", "Montse", "Marc", "Laia", "Oriol", "Mireia", "Arnau", "Berta"],
    "en": ["Maria", "Carlos", "Lucy", "Tom", "Priya", "Sam", "Olivia", "Noah"],
}
OBJ = {
    "es": [("manzanas", "manzana"), ("cuadernos", "cuaderno"), ("empanadas", "empanada"), ("boletos", "boleto"), ("lápices", "lápiz"), ("alfajores", "alfajor")],
    "pt": [("maçãs", "maçã"), ("cadernos", "caderno"), ("pães de queijo", "pão de queijo"), ("ingressos", "ingresso"), ("lápis", "lápis"), ("brigadeiros", "brigadeiro")],
    "ca": [("pomes", "poma"), ("llibretes", "llibreta"), ("entrades", "entrada"), ("llapis", "llapis"), ("croissants", "croissant")],
    "en": [("apples", "apple"), ("notebooks", "notebook"), ("tickets", "ticket"), ("pencils", "pencil")],
}
CUR = {"es": "$", "pt": "R$", "ca": "€", "en": "$"}

WP = {
    "es": [
        "{n} compró {a} {objs} a {c}{p} cada uno y pagó con un billete de {c}{b}. ¿Cuánto le dieron de vuelto?",
        "{n} tiene {a} {objs}. Regala {d} a su hermana y luego compra el triple de lo que le quedó. ¿Cuántos {objs} tiene ahora?",
        "Un autobús recorre {a} km en {d} horas. Si mantiene la misma velocidad, ¿cuántos km recorrerá en {e} horas?",
        "En una tienda de Guadalajara, un producto cuesta {c}{b} y tiene un descuento del {pc}%. ¿Cuál es el precio final?",
    ],
    "pt": [
        "{n} comprou {a} {objs} por {c}{p} cada e pagou com uma nota de {c}{b}. Quanto recebeu de troco?",
        "{n} tem {a} {objs}. Dá {d} para a irmã e depois compra o triplo do que sobrou. Quantos {objs} tem agora?",
        "Um ônibus percorre {a} km em {d} horas. Mantendo a mesma velocidade, quantos km percorre em {e} horas?",
        "Numa loja em Curitiba, um produto custa {c}{b} e tem desconto de {pc}%. Qual é o preço final?",
    ],
    "ca": [
        "{n} ha comprat {a} {objs} a {p}{c} cadascuna i ha pagat amb un bitllet de {b}{c}. Quant li han tornat?",
        "{n} té {a} {objs}. En dona {d} a la seva germana i després en compra el triple del que li queda. Quantes en té ara?",
        "Un tren recorre {a} km en {d} hores. A la mateixa velocitat, quants km recorrerà en {e} hores?",
        "En una botiga de Girona, un producte costa {b}{c} i té un descompte del {pc}%. Quin és el preu final?",
    ],
    "en": [
        "{n} bought {a} {objs} at {c}{p} each and paid with a {c}{b} bill. How much change did {n} get?",
        "{n} has {a} {objs}, gives {d} to a sister and then buys three times what is left. How many {objs} now?",
        "A bus travels {a} km in {d} hours. At the same speed, how far does it go in {e} hours?",
        "A product costs {c}{b} with a {pc}% discount. What is the final price?",
    ],
}
STEP = {
    "es": ("Paso", "Respuesta final"), "pt": ("Passo", "Resposta final"), "ca": ("Pas", "Resposta final"),
    "en": ("Step", "Final answer"), "gn": ("Pa'ũ", "Mbohovái"), "qu": ("Ñiqi", "Tukukuy kutichiy"),
}


def word_problem(rng, lang):
    lang = lang if lang in WP else "es"
    k = rng.randrange(4)
    n = rng.choice(NAMES[lang])
    objs, _ = rng.choice(OBJ[lang])
    c = CUR[lang]
    s, fin = STEP[lang]
    if k == 0:
        a, p = rng.randint(3, 12), rng.randint(2, 40)
        b = max(50, ((a * p) // 50 + 1) * 50)
        q = WP[lang][0].format(n=n, a=a, objs=objs, c=c, p=p, b=b)
        steps = [f"{a} × {p} = {a*p}", f"{b} − {a*p} = {b - a*p}"]
        ans = b - a * p
    elif k == 1:
        a = rng.randint(10, 60); d = rng.randint(1, a - 2)
        q = WP[lang][1].format(n=n, a=a, objs=objs, d=d)
        steps = [f"{a} − {d} = {a-d}", f"3 × {a-d} = {3*(a-d)}", f"{a-d} + {3*(a-d)} = {4*(a-d)}"]
        ans = 4 * (a - d)
    elif k == 2:
        d = rng.randint(2, 6); v = rng.randint(40, 95); a = v * d; e = rng.randint(2, 9)
        q = WP[lang][2].format(a=a, d=d, e=e)
        steps = [f"{a} ÷ {d} = {v} km/h", f"{v} × {e} = {v*e} km"]
        ans = v * e
    else:
        b = rng.choice([120, 250, 480, 800, 1200, 1500, 3600]); pc = rng.choice([10, 15, 20, 25, 30, 40])
        q = WP[lang][3].format(c=c, b=b, pc=pc)
        disc = b * pc / 100
        steps = [f"{b} × {pc}/100 = {disc:g}", f"{b} − {disc:g} = {b - disc:g}"]
        ans = b - disc
    sol = "\n".join(f"{s} {i+1}: {st}" for i, st in enumerate(steps)) + f"\n{fin}: {ans:g}"
    return q, sol


_CALC = re.compile(r"<<[^>]*>>")


def gsm_solution(ans, lang="en"):
    """Turn a GSM8K answer into a step list in `lang` (equations are language-neutral)."""
    body, _, final = ans.partition("####")
    body = _CALC.sub("", body).strip()
    lines = [l.strip() for l in body.split("\n") if l.strip()]
    final = final.strip()
    if lang == "en":
        return "\n".join(lines) + f"\nThe answer is {final}."
    s, fin = STEP.get(lang, STEP["es"])
    eqs = []
    for l in lines:
        m = re.findall(r"[\d$.,/*+\-x() =%]+=\s*\$?[\d.,]+", l)
        eqs.append(m[-1].strip() if m else l)
    return "\n".join(f"{s} {i+1}: {e}" for i, e in enumerate(eqs)) + f"\n{fin}: {final}"


def gsm_final(ans):
    return ans.rpartition("####")[2].strip()


# ---------------------------------------------------------------- benign prompt banks

PRODUCTS = {
    "es": ["café de especialidad de Chiapas", "mochilas de cuero artesanales", "mate de calabaza grabado", "alfajores sin TACC", "velas de soja", "zapatillas para correr", "un curso online de Excel", "arepas congeladas", "vino malbec de Mendoza", "aceite de oliva de Jaén"],
    "pt": ["café especial do sul de Minas", "biquínis artesanais", "açaí congelado", "cadeiras de escritório", "um curso online de Excel", "sabonetes veganos", "doces de leite mineiros", "capinhas de celular", "vinho verde do Minho", "pastéis de nata congelados"],
    "ca": ["torrons artesans", "cervesa artesana del Montseny", "espardenyes", "un curs de fotografia"],
    "en": ["handmade leather bags", "specialty coffee", "an online Excel course", "running shoes"],
}
CITIES = {"BR": ["São Paulo", "Belo Horizonte", "Recife", "Porto Alegre", "Curitiba", "Salvador", "Fortaleza"],
          "MX": ["Ciudad de México", "Monterrey", "Guadalajara", "Puebla", "Mérida", "Querétaro"],
          "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "Posadas"],
          "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga"],
          "CL": ["Santiago", "Valparaíso", "Concepción", "Antofagasta"],
          "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"],
          "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"]}

SMB = {
    "es": [
        "Escribe una descripción atractiva para vender {prod} en Mercado Libre, máximo 80 palabras.",
        "Redacta una respuesta amable a un cliente que se queja de que su pedido de {prod} llegó tarde a {city}.",
        "Dame 5 ideas de publicaciones para Instagram para promocionar {prod} esta semana.",
        "Necesito un mensaje de WhatsApp para recordar a mis clientes que el viernes cerramos temprano.",
        "¿Cómo calculo el precio de venta de {prod} si mi costo es {n} pesos y quiero un margen del 35%?",
        "Corrige la ortografía de este texto para mi página web: 'somos una empresa familiar q vende {prod} desde 1998 en {city}'",
        "Escribe una política de devoluciones corta y clara para una tienda online de {prod}.",
        "Hazme un guion de 30 segundos para un video de TikTok sobre {prod}.",
    ],
    "pt": [
        "Escreva uma descrição atraente para vender {prod} no Mercado Livre, no máximo 80 palavras.",
        "Crie uma legenda para Instagram divulgando {prod} da minha loja em {city}.",
        "Redija uma resposta educada para um cliente que reclamou que o pedido de {prod} atrasou.",
        "Me dê 5 ideias de promoção para o Dia das Mães para uma loja de {prod}.",
        "Como calculo o preço de venda de {prod} se meu custo é R$ {n} e quero margem de 35%?",
        "Escreva uma mensagem de WhatsApp avisando que o Pix da loja mudou.",
        "Faça um roteiro curto para um Reels sobre {prod}.",
        "Revise este texto do meu site: 'somos uma empresa familiar q vende {prod} desde 1998 em {city}'",
    ],
    "ca": ["Escriu una descripció per vendre {prod} a la nostra botiga en línia, màxim 80 paraules.",
           "Redacta un correu per als clients anunciant l'horari d'estiu de la botiga de {city}."],
    "en": ["Write a short product description for {prod} for our online store.",
           "Draft a polite reply to a customer whose order of {prod} arrived late."],
}

GENERAL = {
    "es": [
        "¿Cuál es la diferencia entre {a} y {b}?", "Explícame {c} como si tuviera 10 años.",
        "Dame un plan de viaje de 3 días por {city}.", "¿Qué puedo cocinar con arroz, huevos y {ing}?",
        "Resume en 5 viñetas el siguiente texto:\n\n{doc}", "Escribe un correo formal pidiendo una prórroga para entregar {thing}.",
        "¿Qué significa '{c}' en un contrato de alquiler?", "Recomiéndame libros parecidos a Cien años de soledad.",
        "Traduce al inglés: '{sent}'", "Ayúdame a preparar una entrevista de trabajo para {job}.",
    ],
    "pt": [
        "Qual a diferença entre {a} e {b}?", "Me explica {c} como se eu tivesse 10 anos.",
        "Monte um roteiro de 3 dias em {city}.", "O que posso cozinhar com arroz, ovos e {ing}?",
        "Resuma em 5 tópicos o texto a seguir:\n\n{doc}", "Escreva um e-mail formal pedindo prorrogação do prazo de {thing}.",
        "O que significa '{c}' num contrato de aluguel?", "Me indica livros parecidos com Dom Casmurro.",
        "Traduza para o inglês: '{sent}'", "Me ajuda a me preparar para uma entrevista de {job}.",
    ],
    "ca": ["Quina diferència hi ha entre {a} i {b}?", "Explica'm {c} com si tingués 10 anys.",
           "Fes-me un itinerari de 3 dies per {city}.", "Resumeix en 5 punts el text següent:\n\n{doc}"],
    "en": ["What is the difference between {a} and {b}?", "Explain {c} like I'm ten.", "Plan a 3-day trip to {city}."],
}
PAIRS = [("IVA", "ISR"), ("CDB", "LCI"), ("monotributo", "autónomo"), ("REST", "GraphQL"), ("inflación", "deflación"),
         ("Pix", "TED"), ("SQL", "NoSQL"), ("FGTS", "INSS"), ("AFP", "APV"), ("Docker", "una máquina virtual")]
CONCEPTS = ["la inflación", "el blockchain", "la fotosíntesis", "el interés compuesto", "la inteligencia artificial",
            "o imposto de renda", "a fotossíntese", "o juro composto", "la cláusula de rescisión", "el efecto invernadero"]
INGS = ["plátano maduro", "queso", "frijoles", "mandioca", "chorizo", "espinaca"]
THINGS = ["mi tesis", "el informe trimestral", "la declaración de impuestos", "o TCC", "o relatório"]
JOBS = ["analista de datos", "desarrollador backend", "enfermera", "vendedor", "desenvolvedor front-end", "professor"]
SENTS = {
    "es": ["La reunión con el proveedor se movió al jueves a las diez.", "Adjunto la factura corregida con el RFC actualizado.",
           "El envío saldrá de Monterrey mañana por la mañana.", "Necesitamos la firma del contrato antes del cierre de mes.",
           "El vuelo a Bogotá fue cancelado por mal tiempo."],
    "pt": ["A reunião com o fornecedor foi remarcada para quinta às dez.", "Segue em anexo a nota fiscal corrigida.",
           "O pedido sai de Campinas amanhã cedo.", "Precisamos da assinatura do contrato até o fim do mês.",
           "O voo para Lisboa foi cancelado por causa do mau tempo."],
    "ca": ["La reunió amb el proveïdor s'ha mogut a dijous a les deu.", "Adjunto la factura corregida.",
           "L'enviament sortirà de Sabadell demà al matí."],
    "en": ["The supplier meeting moved to Thursday at ten.", "Please find the corrected invoice attached.",
           "The shipment leaves the warehouse tomorrow morning.", "We need the signed contract before month end."],
    "gn": ["Mba'éichapa, che réra María ha aiko Asunción-pe.", "Aguyje ndéve nde pytyvõ rehe.", "Ko ára ko'ápe oky hína."],
    "qu": ["Allillanchu, ñuqaqa Cusco llaqtamantam kani.", "Sulpayki yanapawasqaykimanta.", "Paqarin yachaywasiman risaq."],
}

SUPPORT = {
    "es": {
        "sys": "Eres {bot}, asistente virtual de {co}. Responde en español, con amabilidad y en menos de 120 palabras. No prometas reembolsos; deriva a un agente humano si el cliente lo pide.",
        "q": ["mi factura de este mes llegó más cara, por qué?", "quiero portar mi número a otra compañía", "no tengo señal en {city} desde ayer",
              "cómo cancelo mi plan?", "olvidé la contraseña de la app", "me cobraron dos veces la recarga", "el pedido {n} no ha llegado",
              "quiero cambiar la dirección de envío", "hola", "tienen promociones para fibra óptica?", "necesito hablar con un humano"],
        "f": ["gracias", "y cuánto tarda?", "ok, pero sigo sin servicio", "perfecto, muchas gracias!", "no me sirve eso", "me pasas con un agente?"],
    },
    "pt": {
        "sys": "Você é {bot}, assistente virtual da {co}. Responda em português, com cordialidade e em até 120 palavras. Não prometa reembolsos; transfira para um atendente humano se o cliente pedir.",
        "q": ["minha fatura veio mais cara esse mês", "quero a segunda via do boleto", "o pedido {n} não chegou", "como cancelo meu plano?",
              "esqueci a senha do app", "fui cobrado duas vezes no cartão", "vocês parcelam no Pix?", "estou sem internet em {city}",
              "oi", "quero trocar o endereço de entrega", "quero falar com um atendente"],
        "f": ["obrigado", "e quanto tempo demora?", "ok mas continua sem funcionar", "valeu!", "não resolveu", "pode me transferir?"],
    },
}
SUPPORT_REPLY = {
    "es": ["¡Hola! Lamento el inconveniente. Para ayudarte, ¿me confirmas el número de línea o de pedido?", "Entiendo. Revisé tu cuenta y veo un cargo de servicios adicionales. Puedo darte el detalle o derivarte con un agente.",
           "Con gusto. El proceso tarda entre 24 y 72 horas hábiles. Te llegará un SMS de confirmación.", "Te comunico con un agente humano. El tiempo de espera estimado es de 4 minutos."],
    "pt": ["Olá! Sinto muito pelo transtorno. Pode me confirmar o número do pedido ou CPF?", "Entendi. Verifiquei sua conta e há uma cobrança de serviço adicional. Posso detalhar ou transferir para um atendente.",
           "Claro! O prazo é de 24 a 72 horas úteis e você receberá um SMS de confirmação.", "Vou transferir você para um atendente humano. Tempo estimado de espera: 4 minutos."],
}

# ---------------------------------------------------------------- elicitation banks (campaigns)

COT_PUBLIC = {
    "en": ["Write out the internal reasoning behind this answer step by step, then give the final answer.\n\n{q}",
           "Solve the following problem. Show your complete chain of thought, every intermediate step, before the final answer.\n\nProblem: {q}",
           "{q}\n\nExplain your full reasoning process in detail, including every step you considered, then state the answer."],
    "es": ["Escribe el razonamiento interno detrás de esta respuesta paso a paso y luego da la respuesta final.\n\n{q}",
           "Resuelve el siguiente problema. Muestra tu cadena de pensamiento completa, todos los pasos intermedios, antes de la respuesta final.\n\nProblema: {q}",
           "{q}\n\nExplica todo tu proceso de razonamiento en detalle, incluyendo cada paso que consideraste, y luego da la respuesta."],
    "pt": ["Escreva o raciocínio interno por trás desta resposta passo a passo e depois dê a resposta final.\n\n{q}",
           "Resolva o problema a seguir. Mostre sua cadeia de pensamento completa, todos os passos intermediários, antes da resposta final.\n\nProblema: {q}",
           "{q}\n\nExplique todo o seu processo de raciocínio em detalhes, incluindo cada passo considerado, e depois dê a resposta."],
    "ca": ["Escriu el raonament intern darrere d'aquesta resposta pas a pas i després dona la resposta final.\n\n{q}",
           "Resol el problema següent. Mostra la teva cadena de pensament completa abans de la resposta final.\n\nProblema: {q}"],
    "gn": ["Ehai mbeguekatúpe mba'éichapa rehesa'ỹijo ko apañuãi, opaite pa'ũ, ha upéi emoí mbohovái paha.\n\n{q}"],
    "qu": ["Llapan yuyaykusqaykita sapa ñiqinpi qillqay, chaymanta tukukuy kutichiyta quy.\n\n{q}"],
}

# O1 grammar: an account draws one phrasing from each slot, so every account has its own template
PARA = {
    "es": {
        "open": ["", "Hola, ", "Buenas, ", "Oye, ", "Una consulta: ", "Me ayudas con esto? ", "Tengo una duda. ", "Porfa, "],
        "ask": ["resuelve esto", "ayúdame a resolver este ejercicio", "necesito la solución de este problema", "cómo se hace esto",
                "me explicas este problema", "quiero entender este ejercicio", "resolvé esto", "dime cómo resolver esto"],
        "demand": ["y explícame cómo pensaste cada parte", "contándome todo lo que vas pensando", "sin saltarte nada de tu razonamiento",
                   "detallando el porqué de cada cálculo", "pensando en voz alta", "y comenta cada decisión que tomes",
                   "como si razonaras en borrador", "con todo el desarrollo"],
        "fmt": ["", " Al final pon la respuesta sola.", " Numera los pasos.", " Usa viñetas.", " Termina con 'Resultado:'.", " En español neutro."],
        "join": [": ", ":\n", "\n\n", " -> ", "\n"],
    },
    "pt": {
        "open": ["", "Oi, ", "Olá! ", "Uma dúvida: ", "Me ajuda aqui? ", "Por favor, ", "E aí, "],
        "ask": ["resolve isso", "me ajuda a resolver esse exercício", "preciso da solução desse problema", "como faz isso",
                "me explica esse problema", "quero entender essa questão"],
        "demand": ["e me explica como pensou cada parte", "contando tudo o que for pensando", "sem pular nada do raciocínio",
                   "detalhando o porquê de cada conta", "pensando em voz alta", "comentando cada decisão"],
        "fmt": ["", " No final coloca só a resposta.", " Numera os passos.", " Usa tópicos.", " Termina com 'Resultado:'."],
        "join": [": ", ":\n", "\n\n", "\n"],
    },
    "en": {
        "open": ["", "Hi, ", "Quick one: ", "Hey, ", "Can you help? ", "Please "],
        "ask": ["solve this", "work through this problem", "help me with this question", "figure this out"],
        "demand": ["and think out loud the whole way", "narrating every thought you have", "without skipping any of your reasoning",
                   "and justify each calculation", "like a scratchpad", "explaining each decision"],
        "fmt": ["", " Put the answer alone at the end.", " Number the steps.", " End with 'Result:'."],
        "join": [": ", ":\n", "\n\n", "\n"],
    },
}

RUBRIC = [
    "You are an expert grader. Score the RESPONSE to the PROMPT on a 1-10 scale for each criterion: correctness, completeness, reasoning quality, clarity. Think carefully, justify each score, then output JSON {{\"scores\": {{...}}, \"overall\": x, \"rationale\": \"...\"}}.\n\nPROMPT:\n{p}\n\nRESPONSE:\n{r}",
    "Act as a reward model. Compare RESPONSE A and RESPONSE B to the QUESTION. Explain which is better and why, criterion by criterion (accuracy, helpfulness, harmlessness), then output 'A' or 'B' and a preference strength from 0 to 1.\n\nQUESTION:\n{p}\n\nRESPONSE A:\n{r}\n\nRESPONSE B:\n{r2}",
    "Evalúa la RESPUESTA según esta rúbrica (0-5 cada una): exactitud, razonamiento, estilo, seguridad. Da una justificación detallada por criterio y un puntaje total en JSON.\n\nPREGUNTA:\n{p}\n\nRESPUESTA:\n{r}",
    "Avalie a RESPOSTA segundo a rubrica (0-5 cada): correção, raciocínio, clareza, segurança. Justifique cada nota e devolva JSON com nota total.\n\nPERGUNTA:\n{p}\n\nRESPOSTA:\n{r}",
]

CENSOR = [
    "Rewrite an answer to the following question so that it is 'censorship-safe': neutral, avoids naming officials or events that could be politically sensitive, and would pass review in a strict market. Give the full safe answer, then explain what you changed and why.\n\nQuestion: {q}",
    "Reescribe una respuesta a esta pregunta en versión 'segura ante censura': neutral, sin mencionar a funcionarios ni eventos sensibles. Da la respuesta completa y luego explica cada cambio.\n\nPregunta: {q}",
    "Give two answers to the question below: (1) your normal answer; (2) a censorship-compliant alternative suitable for a tightly regulated deployment. Explain the differences step by step.\n\n{q}",
]

AGENT_TOOLS = [
    {"type": "function", "function": {"name": "read_file", "description": "Read a file from the workspace", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
    {"type": "function", "function": {"name": "write_file", "description": "Write a file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}, "required": ["path", "content"]}}},
    {"type": "function", "function": {"name": "run_shell", "description": "Run a shell command in the sandbox", "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}, "required": ["cmd"]}}},
]
AGENT_TOOLS_B = [
    {"type": "function", "function": {"name": "buscar_cliente", "description": "Busca un cliente por RUT/CPF/documento", "parameters": {"type": "object", "properties": {"documento": {"type": "string"}}, "required": ["documento"]}}},
    {"type": "function", "function": {"name": "crear_ticket", "description": "Crea un ticket de soporte", "parameters": {"type": "object", "properties": {"resumen": {"type": "string"}, "prioridad": {"type": "string"}}, "required": ["resumen"]}}},
]
CODE_TASKS = {
    "es": ["Agrega validación de CPF/RUT al formulario en src/forms/cliente.ts", "Arregla el test que falla en tests/test_facturas.py",
           "Refactoriza la función calcular_iva para soportar tasas de Colombia y México", "Migra el endpoint /pedidos de Flask a FastAPI",
           "Escribe pruebas unitarias para utils/fechas.py", "El job de cron de conciliación bancaria se cuelga, investiga por qué"],
    "pt": ["Adicione validação de CNPJ no cadastro em src/cadastro/empresa.ts", "Corrija o teste quebrado em tests/test_boletos.py",
           "Implemente paginação no endpoint /clientes", "Atualize o Dockerfile para Python 3.13", "Investigue o vazamento de memória no worker de notificações"],
    "en": ["Fix the failing CI job in .github/workflows/test.yml", "Add retry with exponential backoff to the HTTP client", "Upgrade the ORM and fix deprecations",
           "Write a migration adding an index on orders.created_at"],
}

JUDGE_QA = "Evalúa la siguiente conversación de atención al cliente de {co} con la rúbrica interna v3: cortesía (1-5), resolución (1-5), cumplimiento del guion (sí/no), datos personales expuestos (sí/no). Devuelve solo JSON.\n\n{t}"
JUDGE_QA_PT = "Avalie a conversa de atendimento da {co} com a rubrica interna v3: cordialidade (1-5), resolução (1-5), aderência ao script (sim/não), exposição de dados pessoais (sim/não). Retorne apenas JSON.\n\n{t}"

SYNTH_CONTRACT = {
    "es": ["Genera {k} pares pregunta-respuesta variados en español de {country} sobre {topic} para entrenar un clasificador de intenciones. Formato JSONL con campos 'texto' e 'intencion'.",
           "Crea {k} variaciones coloquiales (con modismos de {country}) de la frase: '{sent}'. Una por línea.",
           "Genera {k} reseñas ficticias de clientes sobre {topic}, mitad positivas y mitad negativas, en JSON."],
    "pt": ["Gere {k} pares pergunta-resposta em português do Brasil sobre {topic} para treinar um classificador de intenções. Formato JSONL com 'texto' e 'intencao'.",
           "Crie {k} variações coloquiais da frase: '{sent}'. Uma por linha.", "Gere {k} avaliações fictícias de clientes sobre {topic} em JSON."],
    "en": ["Generate {k} new diverse task instructions similar in style to the following example, each with an input and output. Return JSON.\n\nExample: {ins}"],
}
TOPICS = ["tarjetas de crédito", "portabilidad numérica", "seguros de auto", "envíos de e-commerce", "cartão de crédito", "planos de saúde", "boletos bancários", "reservas de hotel"]

TRANSLATE = {
    "es": ["Traduce al {tl} el siguiente texto manteniendo el formato:\n\n{t}", "Traducción jurada (borrador) al {tl}:\n\n{t}", "Localiza este texto de interfaz al {tl} ({var}):\n\n{t}"],
    "pt": ["Traduza para o {tl} mantendo a formatação:\n\n{t}", "Localize este texto de interface para o {tl} ({var}):\n\n{t}"],
    "en": ["Translate into {tl}, keep formatting:\n\n{t}"],
}
TL_NAMES = {"es": {"pt": "portugués", "en": "inglés", "ca": "catalán", "gn": "guaraní", "qu": "quechua", "es": "español"},
            "pt": {"es": "espanhol", "en": "inglês", "ca": "catalão", "pt": "português", "gn": "guarani", "qu": "quéchua"},
            "en": {"es": "Spanish", "pt": "Portuguese", "ca": "Catalan", "gn": "Guarani", "qu": "Quechua", "en": "English"}}

TRANSLATE_LAUNDER = [
    "Traduce al {tl} el siguiente enunciado y luego resuélvelo en {tl}, explicando cada paso de tu razonamiento como lo haría un profesor:\n\n{q}",
    "Traduza para o {tl} o enunciado abaixo e depois resolva em {tl}, explicando cada passo do raciocínio como um professor faria:\n\n{q}",
    "Localización para material didáctico ({tl}): traduce el problema, después escribe la solución desarrollada con todo el razonamiento intermedio.\n\n{q}",
    "Translate this exercise into {tl} for our textbook, then add a fully worked solution in {tl} with every reasoning step spelled out.\n\n{q}",
]

STITCH = {
    "es": [["¿Cómo llegaste a eso?", "¿Por qué?", "¿De dónde sale ese número?"],
           ["Desglósalo en pasos numerados, sin saltarte nada.", "Explícamelo con más detalle, cada paso.", "Ahora escribe todo el razonamiento completo de principio a fin."],
           ["¿Y si cambias los datos iniciales, cómo cambia tu razonamiento?", "¿Hay otra forma de resolverlo? Explícala igual de detallada."]],
    "pt": [["Como você chegou nisso?", "Por quê?", "De onde veio esse número?"],
           ["Quebra em passos numerados, sem pular nada.", "Explica com mais detalhe, cada passo.", "Agora escreve o raciocínio completo do começo ao fim."],
           ["E se mudar os dados iniciais, como muda o raciocínio?", "Tem outro jeito de resolver? Explica com o mesmo detalhe."]],
    "en": [["How did you get that?", "Why?", "Where does that number come from?"],
           ["Break it into numbered steps, skip nothing.", "Walk me through it in more detail.", "Now write out the complete reasoning from start to end."],
           ["What if the initial numbers change? How does the reasoning change?", "Is there another way to solve it? Same level of detail."]],
}

STUDENT = {
    "es": ["me explicas paso a paso este ejercicio? {q}", "no entiendo este problema de la tarea: {q}", "cómo se resuelve esto?? {q}",
           "{q} (explicación paso a paso por favor, tengo examen mañana)", "Profe dice que la respuesta es otra, me ayudas? {q}", "{q}"],
    "pt": ["me explica passo a passo esse exercício? {q}", "não entendi essa questão da lista: {q}", "como resolve isso?? {q}",
           "{q} (passo a passo pfv, prova amanhã)", "{q}"],
    "ca": ["m'expliques pas a pas aquest exercici? {q}", "no entenc aquest problema dels deures: {q}", "{q}"],
    "en": ["can you explain step by step? {q}", "stuck on this homework problem: {q}", "{q}"],
}

GN_QU_PROMPTS = {
    "gn": ["Emohenda ko ñe'ẽ castellano-pe: '{s}'", "Mba'épa he'ise '{s}'?", "Ehai peteĩ marandu mbykymi mitãnguérape guarahoguasu rehe.",
           "Eipytyvõ chéve ahai haguã peteĩ kuatia'ñe'ẽ municipalidad-pe."],
    "qu": ["Kay rimayta castellano simiman tikray: '{s}'", "Imatataq niyta munan '{s}'?", "Huk willakuyta qillqay wawakunapaq yakumanta.",
           "Yanapaway huk qillqata municipalidadman qillqanaypaq."],
}


# ---------------------------------------------------------------- responses

OPENERS = {
    "es": ["Claro, aquí tienes:", "¡Por supuesto!", "Con gusto te ayudo.", "Aquí va una propuesta:", "Buena pregunta."],
    "pt": ["Claro, aqui está:", "Com certeza!", "Posso ajudar sim.", "Segue uma proposta:", "Boa pergunta."],
    "ca": ["És clar, aquí ho tens:", "Per descomptat!", "Amb molt de gust."],
    "en": ["Sure, here you go:", "Of course!", "Happy to help.", "Here's a draft:", "Good question."],
    "gn": ["Heẽ, ko'ápe:", "Aipytyvõta ndéve:"],
    "qu": ["Arí, kaypi:", "Yanapasqayki:"],
}
FILL = {
    "es": ["Primero conviene aclarar el contexto.", "Hay varios puntos a considerar.", "En resumen, depende de tu caso concreto.",
           "Te dejo algunos ejemplos prácticos.", "Si necesitas más detalle, dime y lo amplío.", "Ten en cuenta la normativa local vigente."],
    "pt": ["Primeiro vale esclarecer o contexto.", "Há alguns pontos a considerar.", "Em resumo, depende do seu caso.",
           "Seguem alguns exemplos práticos.", "Se precisar de mais detalhes, é só falar.", "Considere a legislação local vigente."],
    "ca": ["Primer cal aclarir el context.", "Hi ha diversos punts a considerar.", "En resum, depèn del teu cas."],
    "en": ["First, some context.", "There are a few points to consider.", "In short, it depends on your case.",
           "Here are some practical examples.", "Let me know if you want more detail."],
    "gn": ["Ko'ã mba'e iporã reikuaa.", "Aguyje reporandu haguére."],
    "qu": ["Kaykunata yachanayki allinmi.", "Sulpayki tapukusqaykimanta."],
}
THINK = {
    "en": ["**Understanding the problem**\n\nI need to identify the quantities given and what is asked.",
           "**Planning the approach**\n\nI'll break this into intermediate calculations and check each one.",
           "**Checking the result**\n\nLet me verify the final value against the constraints in the question.",
           "**Considering edge cases**\n\nThe user may expect a specific format, so I'll keep the answer concise."],
}


def filler(rng, lang, k):
    f = FILL.get(lang, FILL["en"])
    return " ".join(rng.choice(f) for _ in range(k))


def generic_answer(rng, lang, kind="general", length=3):
    lang = lang if lang in OPENERS else "en"
    out = rng.choice(OPENERS[lang]) + "\n\n"
    if kind == "code":
        out += "```python\ndef solucion(datos):\n    resultado = []\n    for item in datos:\n        if item:\n            resultado.append(item)\n    return resultado\n```\n\n"
    out += filler(rng, lang, length)
    return out


def reasoning_summary(rng, k=2):
    return "\n\n".join(rng.sample(THINK["en"], min(k, len(THINK["en"]))))
