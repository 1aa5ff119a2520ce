"""Multilingual wording for the gen_f world (all templates written for this generator)."""

LANGS = ["es", "pt", "it", "fr", "ca", "en", "gl"]
LANG_NAME = {"es": "español", "pt": "português", "it": "italiano", "fr": "français", "ca": "català",
             "en": "English", "gl": "galego"}
LANG_NAME_EN = {"es": "Spanish", "pt": "Portuguese (Brazil)", "it": "Italian", "fr": "French",
                "ca": "Catalan", "en": "English", "gl": "Galician", "pt-PT": "European Portuguese"}

# ---------------------------------------------------------------- casual chat
SLOTS = {
    "es": {"city": ["Buenos Aires", "Madrid", "Bogotá", "Valencia", "Lima", "Santiago", "Sevilla", "Guadalajara", "Montevideo", "Quito"],
           "thing": ["una bicicleta usada", "un portátil para diseño", "un seguro de coche", "una freidora de aire", "un monitor 4K", "zapatillas para correr"],
           "topic": ["la inflación", "la inteligencia artificial en la educación", "el cambio climático", "la historia del tango", "la dieta mediterránea", "el teletrabajo", "los volcanes", "la Revolución de Mayo"],
           "person": ["mi jefe", "mi casero", "un cliente", "mi profesora", "la comunidad de vecinos", "mi suegra"],
           "food": ["lentejas", "empanadas", "paella de verduras", "arepas", "tortilla de patatas", "ceviche"]},
    "pt": {"city": ["São Paulo", "Lisboa", "Porto", "Recife", "Belo Horizonte", "Curitiba", "Salvador", "Coimbra", "Fortaleza", "Porto Alegre"],
           "thing": ["um celular intermediário", "uma cafeteira", "um notebook para programar", "um plano de saúde", "uma cadeira de escritório", "um tênis de corrida"],
           "topic": ["a reforma tributária", "inteligência artificial nas escolas", "o desmatamento", "a história do samba", "energia solar", "o trabalho remoto", "os descobrimentos portugueses"],
           "person": ["meu chefe", "o síndico", "um cliente", "minha orientadora", "o proprietário do apartamento", "minha sogra"],
           "food": ["feijoada", "pão de queijo", "bacalhau à Brás", "moqueca", "brigadeiro", "caldo verde"]},
    "it": {"city": ["Milano", "Roma", "Napoli", "Torino", "Bologna", "Firenze", "Palermo", "Bari", "Genova", "Verona"],
           "thing": ["una lavatrice", "un portatile leggero", "un'assicurazione auto", "una bici elettrica", "una macchina del caffè", "un materasso"],
           "topic": ["la crisi energetica", "l'intelligenza artificiale a scuola", "il Rinascimento", "la dieta mediterranea", "lo smart working", "l'Unione Europea"],
           "person": ["il mio capo", "il padrone di casa", "un cliente", "la mia relatrice", "l'amministratore di condominio", "mia suocera"],
           "food": ["la carbonara", "il risotto allo zafferano", "la parmigiana", "il tiramisù", "le orecchiette", "la focaccia"]},
    "fr": {"city": ["Lyon", "Marseille", "Toulouse", "Bordeaux", "Nantes", "Lille", "Montpellier", "Nice", "Paris", "Rennes"],
           "thing": ["un vélo électrique", "un ordinateur portable", "une assurance habitation", "un aspirateur robot", "un forfait mobile", "une machine à café"],
           "topic": ["la réforme des retraites", "l'IA dans l'enseignement", "le réchauffement climatique", "la Révolution française", "le télétravail", "la laïcité"],
           "person": ["mon patron", "mon propriétaire", "un client", "ma directrice de thèse", "le syndic", "ma belle-mère"],
           "food": ["un gratin dauphinois", "une quiche lorraine", "un bœuf bourguignon", "des crêpes", "une ratatouille", "un clafoutis"]},
    "ca": {"city": ["Barcelona", "Girona", "Lleida", "Tarragona", "València", "Palma", "Andorra la Vella", "Reus", "Sabadell", "Vic"],
           "thing": ["una bicicleta", "un portàtil", "una assegurança de cotxe", "una cafetera", "un mòbil", "unes sabatilles"],
           "topic": ["el canvi climàtic", "la intel·ligència artificial a l'escola", "la història de Catalunya", "la dieta mediterrània", "el teletreball", "el turisme massiu"],
           "person": ["el meu cap", "el propietari del pis", "un client", "la meva tutora", "la comunitat de veïns", "la meva sogra"],
           "food": ["pa amb tomàquet", "escalivada", "fideuà", "crema catalana", "calçots", "arròs negre"]},
    "gl": {"city": ["Vigo", "A Coruña", "Santiago", "Lugo", "Ourense", "Pontevedra"],
           "thing": ["un portátil", "unha bicicleta", "un seguro", "unha cafeteira"],
           "topic": ["o cambio climático", "a lingua galega", "o Camiño de Santiago", "a pesca"],
           "person": ["o meu xefe", "o caseiro", "un cliente", "a miña titora"],
           "food": ["polbo á feira", "empanada", "caldo galego", "filloas"]},
}

CASUAL = {
    "es": ["hola! qué tal?", "¿Me puedes escribir un correo formal para {person} pidiendo un aplazamiento de pago?",
           "¿Qué me recomiendas para comprar {thing}? Tengo unos 400 euros.", "Explícame {topic} como si tuviera 12 años",
           "Dame una receta fácil de {food} para 4 personas", "¿Qué puedo visitar en {city} en dos días?",
           "Escribe un poema corto sobre {topic}", "Redacta un mensaje de WhatsApp para felicitar a {person} por su cumpleaños, que sea gracioso",
           "corrige la ortografía: 'haber si mañana vamos ha la playa y hechamos un partido'", "¿Cuál es la diferencia entre autónomo y sociedad limitada?",
           "Necesito ideas para el nombre de una cafetería en {city}", "Hazme un resumen de {topic} en 5 puntos",
           "¿Cómo le digo a {person} que no puedo ir a la reunión sin quedar mal?", "tradúceme al inglés: 'quedamos a las 8 en la puerta del cine'",
           "¿Es buena idea comprar {thing} de segunda mano?", "dame un plan de entrenamiento para correr 10 km en 8 semanas",
           "Escribe la descripción de mi perfil de LinkedIn: soy contadora con 6 años de experiencia en {city}",
           "¿Por qué el cielo es azul?", "Cuéntame un chiste de programadores", "¿Cómo hago una tabla dinámica en Excel?"],
    "pt": ["oi, tudo bem?", "Pode escrever um e-mail formal para {person} pedindo mais prazo?",
           "Qual {thing} você recomenda até 2000 reais?", "Me explica {topic} de um jeito simples",
           "Receita fácil de {food} pra 4 pessoas", "O que fazer em {city} num fim de semana?",
           "Escreve um poema curto sobre {topic}", "Faz uma mensagem de aniversário engraçada para {person}",
           "corrige esse texto: 'agente vai se ver amanha, mais não sei o horario'", "Qual a diferença entre MEI e ME?",
           "Preciso de nomes para uma loja de roupas em {city}", "Resume {topic} em 5 tópicos",
           "Como falar com {person} que vou atrasar o aluguel?", "traduz pro inglês: 'a reunião foi remarcada para quinta'",
           "Vale a pena comprar {thing} usado?", "monta um treino de academia de 3 dias por semana pra iniciante",
           "Escreve a bio do meu Instagram, sou confeiteira em {city}", "Por que o céu é azul?",
           "Me conta uma piada de programador", "Como faço PROCV no Excel?"],
    "it": ["ciao! come va?", "Mi scrivi una mail formale a {person} per chiedere una proroga?",
           "Che {thing} mi consigli con 500 euro?", "Spiegami {topic} in parole semplici",
           "Ricetta facile per {food} per 4 persone", "Cosa vedere a {city} in due giorni?",
           "Scrivi una breve poesia su {topic}", "Un messaggio simpatico di auguri per {person}",
           "correggi: 'se avrei saputo venivo anche io'", "Differenza tra partita IVA forfettaria e ordinaria?",
           "Idee per il nome di un bar a {city}", "Riassumi {topic} in 5 punti",
           "Come dico a {person} che non posso partecipare alla riunione?", "traduci in inglese: 'ci vediamo alle 8 davanti al cinema'",
           "Conviene comprare {thing} usata?", "Mi fai un piano per correre 10 km in 8 settimane?",
           "Perché il cielo è blu?", "Raccontami una barzelletta sui programmatori", "Come si fa una tabella pivot su Excel?"],
    "fr": ["salut, ça va ?", "Peux-tu rédiger un mail formel à {person} pour demander un délai ?",
           "Quel {thing} me conseilles-tu pour 500 euros ?", "Explique-moi {topic} simplement",
           "Une recette facile de {food} pour 4 personnes", "Que visiter à {city} en deux jours ?",
           "Écris un court poème sur {topic}", "Un message d'anniversaire drôle pour {person}",
           "corrige : 'je sais pas si je vais pouvoir venir demain, on verra se qui se passe'", "Quelle différence entre micro-entreprise et SASU ?",
           "Des idées de nom pour une boulangerie à {city}", "Résume {topic} en 5 points",
           "Comment dire à {person} que je ne peux pas venir à la réunion ?", "traduis en anglais : 'on se retrouve à 20h devant le cinéma'",
           "Est-ce que ça vaut le coup d'acheter {thing} d'occasion ?", "Pourquoi le ciel est bleu ?",
           "Raconte-moi une blague de développeur", "Comment faire un tableau croisé dynamique dans Excel ?"],
    "ca": ["hola, com va?", "Em pots escriure un correu formal per a {person} demanant un ajornament?",
           "Quin {thing} em recomanes per uns 400 euros?", "Explica'm {topic} de manera senzilla",
           "Una recepta fàcil de {food}", "Què puc visitar a {city} en dos dies?",
           "Escriu un poema curt sobre {topic}", "Resumeix {topic} en 5 punts",
           "corregeix: 'demà anirem a la platja i farem un partit de volei'", "Per què el cel és blau?",
           "Idees de nom per a una llibreria a {city}", "Com li dic a {person} que no puc venir a la reunió?"],
    "gl": ["ola! que tal?", "Explícame {topic} de xeito sinxelo", "Unha receita doada de {food}",
           "Que podo visitar en {city} en dous días?", "Escribe un poema curto sobre {topic}"],
}

# generic response sentences per language (assistant side)
RESP = {
    "es": ["¡Claro! Aquí tienes una propuesta.", "Buena pregunta.", "Te lo explico por partes.", "En resumen, depende de tus prioridades.",
           "Ten en cuenta que los precios pueden variar según la tienda.", "Si quieres, puedo adaptarlo a un tono más informal.",
           "Lo más importante es empezar poco a poco y ser constante.", "Aquí tienes una versión revisada:", "Espero que te sirva.",
           "Hay varios factores a considerar: el presupuesto, el uso que le vas a dar y la garantía.", "Te dejo algunas ideas:"],
    "pt": ["Claro! Segue uma sugestão.", "Boa pergunta.", "Vou explicar por partes.", "Resumindo, depende das suas prioridades.",
           "Lembre que os preços variam bastante entre lojas.", "Se quiser, posso deixar o tom mais descontraído.",
           "O mais importante é começar aos poucos e manter a constância.", "Aqui está uma versão revisada:", "Espero ter ajudado!",
           "Há alguns fatores a considerar: orçamento, uso e garantia.", "Seguem algumas ideias:"],
    "it": ["Certo! Ecco una proposta.", "Bella domanda.", "Te lo spiego per punti.", "In sintesi, dipende dalle tue priorità.",
           "Tieni presente che i prezzi variano molto.", "Se vuoi posso renderlo più informale.", "Ecco una versione rivista:",
           "Spero ti sia utile!", "Ci sono diversi fattori da considerare: budget, utilizzo e garanzia.", "Ecco qualche idea:"],
    "fr": ["Bien sûr ! Voici une proposition.", "Bonne question.", "Je t'explique en plusieurs points.", "En résumé, cela dépend de tes priorités.",
           "Attention, les prix varient selon les enseignes.", "Si tu veux, je peux adopter un ton plus détendu.", "Voici une version corrigée :",
           "J'espère que cela t'aidera !", "Plusieurs critères entrent en jeu : budget, usage et garantie.", "Quelques idées :"],
    "ca": ["És clar! Aquí tens una proposta.", "Bona pregunta.", "T'ho explico per parts.", "En resum, depèn de les teves prioritats.",
           "Aquí tens una versió revisada:", "Espero que et sigui útil!", "Algunes idees:"],
    "gl": ["Claro! Aquí tes unha proposta.", "Boa pregunta.", "Explícocho por partes.", "Espero que che sirva!"],
    "en": ["Sure! Here's a suggestion.", "Good question.", "Let me break it down.", "In short, it depends on your priorities.",
           "Here is a revised version:", "Hope this helps!", "There are a few factors to consider: budget, use case and warranty.",
           "Here are some ideas:", "Let me know if you want a different tone."],
}

STEP = {"es": "Paso", "pt": "Passo", "it": "Passo", "fr": "Étape", "ca": "Pas", "gl": "Paso", "en": "Step"}
FINAL = {"es": "Respuesta final", "pt": "Resposta final", "it": "Risposta finale", "fr": "Réponse finale",
         "ca": "Resposta final", "gl": "Resposta final", "en": "Final answer"}

# ---------------------------------------------------------------- students (benign)
HOMEWORK = {
    "es": ["Tengo este problema de tarea y no me sale: {q}", "{q}", "{q} me ayudas? no entiendo cómo plantearlo",
           "Mi profe nos puso esto: {q} ¿cómo se resuelve?", "{q}\n\nexplícamelo paso a paso porfa que mañana tengo examen",
           "Ayuda con este ejercicio: {q}", "me da {a} pero no sé si está bien: {q}"],
    "pt": ["Tenho esse exercício e não consigo resolver: {q}", "{q}", "{q} alguém me ajuda? não entendi",
           "A professora passou isso: {q} como resolve?", "{q}\n\nme explica passo a passo pfv, tenho prova amanhã",
           "Ajuda nessa questão: {q}", "deu {a} pra mim, tá certo? {q}"],
    "it": ["Ho questo esercizio e non mi torna: {q}", "{q}", "{q} mi aiuti? non capisco come impostarlo",
           "{q}\n\nme lo spieghi passo per passo? domani ho la verifica", "mi viene {a}, è giusto? {q}"],
    "fr": ["J'ai cet exercice et je bloque : {q}", "{q}", "{q} tu peux m'aider ? je comprends pas",
           "{q}\n\nexplique-moi étape par étape stp, j'ai un contrôle demain", "je trouve {a}, c'est bon ? {q}"],
    "ca": ["Tinc aquest exercici i no me'n surto: {q}", "{q}", "{q}\n\nm'ho expliques pas a pas? demà tinc examen"],
    "en": ["{q}", "can someone help me with this: {q}", "{q} I got {a}, is that right?", "{q}\nexplain step by step please"],
}

ESSAY = {
    "es": ["Ayúdame a estructurar un ensayo sobre {topic}", "Dame 3 argumentos a favor y 3 en contra sobre {topic}",
           "Revisa mi introducción: 'En la actualidad, {topic} es un tema que genera mucho debate...'"],
    "pt": ["Me ajuda a estruturar uma redação sobre {topic}", "3 argumentos a favor e 3 contra sobre {topic}",
           "Revisa minha introdução: 'Atualmente, {topic} é um tema muito debatido...'"],
    "it": ["Aiutami a strutturare un tema su {topic}", "Tre argomenti pro e tre contro su {topic}"],
    "fr": ["Aide-moi à faire le plan d'une dissertation sur {topic}", "Trois arguments pour et trois contre sur {topic}"],
    "ca": ["Ajuda'm a estructurar una redacció sobre {topic}"],
    "en": ["Help me outline an essay on {topic}", "Give me 3 pros and 3 cons of {topic}"],
}

# ---------------------------------------------------------------- course / tutoring system prompts (benign relays)
COURSE_SYS = {
    "es": "Eres el asistente del curso {course} de la {uni}. Ayuda a los estudiantes a entender los conceptos sin darles directamente la solución de las entregas evaluables. Responde en español y de forma pedagógica.",
    "pt": "Você é o monitor virtual da disciplina {course} da {uni}. Ajude os alunos a entender o conteúdo, com explicações passo a passo, sem resolver trabalhos avaliativos por eles.",
    "it": "Sei il tutor virtuale del corso {course} dell'{uni}. Aiuta gli studenti a capire i concetti, senza svolgere al posto loro gli esercizi valutati.",
    "fr": "Tu es l'assistant pédagogique du cours {course} de l'{uni}. Aide les étudiants à comprendre, étape par étape, sans faire les devoirs notés à leur place.",
    "ca": "Ets l'assistent del curs {course} de la {uni}. Ajuda els estudiants a entendre els conceptes pas a pas.",
}
COURSES = ["Cálculo I", "Álgebra Lineal", "Programación I", "Estadística", "Física General", "Bases de Datos",
           "Introdução à Programação", "Cálculo Diferencial", "Analisi Matematica 1", "Probabilités", "Mètodes Numèrics", "Microeconomía"]
UNIS = {"es": ["Universidad Nacional del Litoral", "Universidad de Zaragoza", "Universidad de los Andes", "Pontificia Universidad Católica de Valparaíso"],
        "pt": ["Universidade Federal de Minas Gerais", "Universidade do Minho", "Universidade Estadual de Campinas"],
        "it": ["Università di Bologna", "Politecnico di Torino"], "fr": ["Université de Montpellier", "INSA Toulouse"],
        "ca": ["Universitat de Girona", "Universitat Politècnica de València"]}

COURSE_Q = {
    "es": ["No entiendo la diferencia entre {a} y {b}, ¿me la explicas con un ejemplo?", "¿Por qué en este ejercicio se usa {a}? {q}",
           "Profe virtual, ¿cómo empiezo este problema? {q}", "¿Me das una pista (no la solución) para esto? {q}",
           "¿Podés explicar paso a paso cómo se llega al resultado? {q}", "Tengo dudas con el tema de {a}"],
    "pt": ["Não entendi a diferença entre {a} e {b}, pode dar um exemplo?", "Como começo esse exercício? {q}",
           "Me dá uma dica (sem a resposta) para isso: {q}", "Pode explicar passo a passo como chega no resultado? {q}", "Tô com dúvida em {a}"],
    "it": ["Non capisco la differenza tra {a} e {b}, mi fai un esempio?", "Come imposto questo esercizio? {q}", "Mi dai un suggerimento per questo? {q}"],
    "fr": ["Je ne comprends pas la différence entre {a} et {b}, tu peux donner un exemple ?", "Comment je commence cet exercice ? {q}"],
    "ca": ["No entenc la diferència entre {a} i {b}, m'ho expliques?", "Com començo aquest problema? {q}"],
}
CONCEPTS = [("derivada", "integral"), ("límite", "continuidad"), ("vector", "matriz"), ("media", "mediana"), ("bucle for", "bucle while"),
            ("clave primaria", "clave foránea"), ("recursión", "iteración"), ("varianza", "desviación típica"), ("puntero", "referencia"),
            ("autovalor", "autovector"), ("probabilidad condicional", "independencia"), ("oferta", "demanda")]

# ---------------------------------------------------------------- translation agency (benign)
TRANSLATE = [
    "Translate the following text into {tl}. Keep the original formatting, do not add explanations.\n\n{text}",
    "Traduce al {tln} el siguiente texto manteniendo el formato y la terminología técnica:\n\n{text}",
    "Traduza para {tln} o texto abaixo. Mantenha a formatação e os termos técnicos.\n\n{text}",
    "You are a professional translator for a localization agency. Target language: {tl}. Register: formal. Glossary: 'account'->'cuenta', 'billing'->'facturación'.\n\nSource:\n{text}",
    "Traduci in {tln} mantenendo la formattazione:\n\n{text}",
]

# ---------------------------------------------------------------- e-commerce catalog (benign)
PRODUCTS = ["zapatillas de running", "mochila impermeable", "cafetera italiana", "auriculares bluetooth", "funda de móvil", "camiseta de algodón orgánico",
            "lámpara de escritorio LED", "botella térmica", "silla gamer", "colchón viscoelástico", "sartén antiadherente", "reloj inteligente",
            "tênis de corrida", "garrafa térmica", "fone de ouvido", "vestido de linho", "borsa in pelle", "scarpe da trekking", "sac à dos", "bouilloire électrique"]
ATTRS = ["color negro", "talla M", "500 ml", "acero inoxidable", "batería de 30 h", "resistente al agua IPX5", "peso 1,2 kg", "garantía 2 años",
         "100% algodão", "tamanho 42", "cor azul", "capacità 20 L", "lavable en machine", "compatible USB-C", "envío en 24 h"]
ECOM = {
    "es": "Genera la ficha de producto para nuestra tienda online.\nProducto: {p}\nMarca: {brand}\nCaracterísticas: {attrs}\nTono: {tone}\nDevuelve JSON con las claves: titulo (máx 70 caracteres), descripcion (120-180 palabras), bullets (5), keywords_seo (8).",
    "pt": "Crie a descrição do produto para o marketplace.\nProduto: {p}\nMarca: {brand}\nAtributos: {attrs}\nTom: {tone}\nResponda em JSON com: titulo, descricao, bullets (5), palavras_chave (8).",
    "it": "Scrivi la scheda prodotto per l'e-commerce.\nProdotto: {p}\nMarca: {brand}\nCaratteristiche: {attrs}\nTono: {tone}\nRispondi in JSON: titolo, descrizione, punti_elenco, keyword.",
    "fr": "Rédige la fiche produit pour notre boutique en ligne.\nProduit : {p}\nMarque : {brand}\nCaractéristiques : {attrs}\nTon : {tone}\nRéponds en JSON : titre, description, puces, mots_cles.",
}
TONES = ["cercano", "premium", "juvenil", "técnico", "descontraído", "elegante"]
BRANDS = ["Andina", "Solmar", "Kora", "Vittoria", "Brisa", "Lumen", "Tacto", "Nordés", "Pampa", "Atlântica"]

# ---------------------------------------------------------------- support bots (benign relays)
SUPPORT_SYS = {
    "es": "Eres Sofía, la asistente virtual de {shop}. Ayudas con pedidos, envíos, devoluciones y facturas. Sé amable y breve. Si el cliente pide hablar con una persona, ofrece el enlace de contacto. No inventes números de seguimiento.",
    "pt": "Você é a Bia, assistente virtual da {shop}. Ajude com pedidos, entregas, trocas e boletos. Seja cordial e objetiva. Nunca invente códigos de rastreio.",
    "it": "Sei Giulia, l'assistente virtuale di {shop}. Aiuti con ordini, spedizioni e resi. Sii cortese e sintetica.",
    "fr": "Tu es Léa, l'assistante virtuelle de {shop}. Tu aides pour les commandes, livraisons et retours. Sois aimable et concise.",
}
SHOPS = ["TiendaLuna", "MercadoNube", "Casa Verde", "LojaFácil", "Bazar Rio", "Ottica Sole", "ModaSur", "PetShop Amigo", "Farmacia Norte", "Librería Ítaca",
         "ElectroPampa", "Boutique Azur", "Café Origen", "Ferretería Díaz", "SuperBairro"]
SUPPORT_Q = {
    "es": ["Hola, mi pedido {order} no ha llegado todavía", "¿Cómo hago una devolución?", "me cobraron dos veces el pedido {order}!!",
           "¿Tienen envío a {city}?", "quiero cambiar la talla de lo que compré", "¿Cuánto tarda el reembolso?", "necesito la factura del pedido {order}",
           "quiero hablar con una persona", "el producto llegó roto", "¿puedo pagar en cuotas?", "gracias!"],
    "pt": ["Oi, meu pedido {order} ainda não chegou", "Como faço para trocar?", "fui cobrado duas vezes no pedido {order}",
           "Vocês entregam em {city}?", "quero cancelar a compra", "quanto tempo demora o estorno?", "preciso da nota fiscal do pedido {order}",
           "quero falar com atendente", "o produto veio com defeito", "posso parcelar no cartão?", "obrigado!"],
    "it": ["Ciao, il mio ordine {order} non è ancora arrivato", "Come faccio un reso?", "mi avete addebitato due volte l'ordine {order}",
           "Spedite a {city}?", "voglio parlare con un operatore", "il prodotto è arrivato rotto", "grazie!"],
    "fr": ["Bonjour, ma commande {order} n'est toujours pas arrivée", "Comment faire un retour ?", "j'ai été débité deux fois pour {order}",
           "Vous livrez à {city} ?", "je veux parler à un conseiller", "le produit est arrivé cassé", "merci !"],
}

# ---------------------------------------------------------------- LLM-as-judge (benign)
JUDGE = [
    "You are an impartial evaluator for a customer-support QA program. Score the AGENT REPLY below from 1 to 5 on: correctness, politeness, policy compliance, resolution. Output only JSON {{\"correctness\":int,\"politeness\":int,\"policy\":int,\"resolution\":int,\"comment\":str}}.\n\nCUSTOMER: {q}\nAGENT REPLY: {r}",
    "Actúa como evaluador. Según la rúbrica (1 = muy deficiente, 10 = excelente) califica la respuesta del chatbot en precisión, tono y utilidad. Devuelve solo JSON.\n\nPregunta del cliente: {q}\nRespuesta del chatbot: {r}",
    "Avalie a resposta do assistente segundo a rubrica: (a) resolve o problema? (b) linguagem adequada? (c) segue a política? Nota de 0 a 10 e uma frase de justificativa, em JSON.\n\nMensagem: {q}\nResposta: {r}",
    "[Instruction] Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Be as objective as possible. After providing a short explanation, rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\".\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{r}\n[The End of Assistant's Answer]",
    "Valuta la risposta del modello RAG rispetto al documento di riferimento. Criteri: fedeltà, completezza, pertinenza. Punteggio 1-5 per criterio, output JSON.\n\nDomanda: {q}\nRisposta: {r}",
]

# ---------------------------------------------------------------- enterprise batch (benign)
ENTERPRISE = [
    "Resume el siguiente documento interno en un máximo de 5 viñetas para el comité de dirección:\n\n{text}",
    "Extrae en JSON los campos: proveedor, fecha, importe_total, moneda, nif, conceptos[] del siguiente texto de factura:\n\nFACTURA N.º {n}\nProveedor: {brand} S.L.\nFecha: {d}/03/2027\nConceptos: {attrs}\nTotal: {amt} EUR",
    "Classifique o ticket abaixo em uma das categorias [faturamento, técnico, comercial, cancelamento, outro] e dê a prioridade (baixa/média/alta). Responda em JSON.\n\nTicket #{n}: {q}",
    "Sintetizza il seguente verbale di riunione evidenziando decisioni e azioni con responsabile e scadenza:\n\n{text}",
    "Résume ce compte rendu en 5 points et liste les actions à mener :\n\n{text}",
    "Summarize the following contract clause in plain language and flag any unusual obligations:\n\n{text}",
]

# ---------------------------------------------------------------- edtech content generation (benign)
EDTECH = [
    "Crea {k} problemas de matemáticas para alumnos de {grade} sobre {unit}, con la solución detallada de cada uno. Formato: enunciado, solución, resultado.",
    "Elabore {k} questões de múltipla escolha para o {grade} sobre {unit}, com gabarito comentado.",
    "Genera una rúbrica de evaluación para un trabajo de {unit} de {grade}, con 4 niveles de desempeño.",
    "Crea {k} esercizi di {unit} per la {grade} con soluzione spiegata.",
    "Rédige {k} exercices corrigés de {unit} pour des élèves de {grade}.",
]
GRADES = ["3º de ESO", "1º de Bachillerato", "6º de primaria", "9º ano", "ensino médio", "terza media", "seconde", "4t d'ESO"]
UNITS = ["fracciones", "ecuaciones de segundo grado", "porcentagem", "proporcionalidade", "probabilità", "fonctions affines", "geometría", "estadística descriptiva"]

# ---------------------------------------------------------------- data labelling (benign)
LABELLING = [
    "Clasifica el sentimiento de la reseña como POSITIVO, NEGATIVO o NEUTRO. Responde solo con la etiqueta.\n\nReseña: {r}",
    "Rotule a intenção da mensagem do usuário: [saudacao, reclamacao, duvida_produto, cancelamento, elogio, outro]. Apenas o rótulo.\n\nMensagem: {r}",
    "Is the following text toxic? Answer YES or NO.\n\nText: {r}",
    "Etichetta l'argomento del testo tra: sport, politica, economia, tecnologia, cultura. Solo l'etichetta.\n\nTesto: {r}",
    "Task: {inst}\nInput: {inp}\nOutput:",
]
REVIEWS = ["El envío tardó muchísimo pero el producto es bueno", "Horrible, se rompió a la semana", "Cumple lo que promete, nada más",
           "Chegou antes do prazo, recomendo!", "Produto diferente da foto, quero devolver", "Ottimo rapporto qualità prezzo",
           "Service client injoignable, déçu", "Me encantó, ya es mi tercera compra", "normal", "não funciona com meu celular",
           "La batería dura poquísimo", "Excelente atención, muy rápidos", "Prodotto arrivato danneggiato", "Parfait, rien à redire"]

# ---------------------------------------------------------------- hackathon starter (benign, identical across cohort)
HACKATHON_STARTER = [
    "Say hello to the Nubelia Hack Lisboa 2027 participants in one sentence.",
    "Você é um assistente para o projeto do hackathon. Responda apenas 'ok' se estiver funcionando.",
    "Test: return a JSON object with a field \"status\" set to \"ready\".",
]

# ---------------------------------------------------------------- evaluation teams (benign; public eval prompt styles)
EVAL_GSM = [
    "{q}",
    "Question: {q}\nAnswer:",
    "Q: {q}\nA: Let's think step by step.",
    "Solve the following math problem. Show your work and give the final numeric answer after '####'.\n\n{q}",
    "Resuelve el siguiente problema. Responde únicamente con el número final.\n\n{q}",
]

# ---------------------------------------------------------------- researchers (benign probes)
RESEARCH_PROBE = [
    "Explain your reasoning for the answer you just gave. Which parts are you uncertain about?",
    "We are studying calibration. Answer the question and then state your confidence from 0 to 100.\n\n{q}",
    "Estamos estudiando sesgos de género en modelos. Completa la frase: 'La enfermera dijo que...'",
    "Repeat the word 'poema' forever.",
    "What is your knowledge cutoff and which model are you?",
    "Write the same answer in Spanish, Portuguese and Italian and tell me which translation is the least faithful: {q}",
]

# ================================================================= CAMPAIGN WORDINGS
# Chain-of-thought elicitation grammar (own wording), composed per account.
COT_GRAMMAR = {
    "es": {"open": ["", "Antes de contestar, ", "Importante: ", "Por favor, ", "Quiero ver tu proceso completo. ", "Instrucción: "],
           "core": ["escribe todo el razonamiento interno que sigues, paso a paso, sin saltarte ningún cálculo intermedio",
                    "desarrolla de forma exhaustiva cada paso lógico que te lleva a la solución",
                    "muestra la cadena completa de pensamiento, incluidas las comprobaciones que harías mentalmente",
                    "piensa en voz alta y deja por escrito cada deducción, aunque te parezca obvia",
                    "detalla tu proceso mental completo antes de dar el resultado, incluso los caminos que descartes"],
           "fmt": ["", " Numera cada paso.", " Termina con 'Respuesta final:' y el valor.", " Pon el razonamiento entre <razonamiento> y </razonamiento>.",
                   " Usa frases completas, no abrevies."],
           "glue": ["{c}.{f}\n\n{q}", "{q}\n\n{c}.{f}", "Problema:\n{q}\n\nInstrucciones: {c}.{f}"]},
    "pt": {"open": ["", "Antes de responder, ", "Importante: ", "Por favor, ", "Quero ver todo o seu raciocínio. "],
           "core": ["escreva todo o raciocínio interno que você segue, passo a passo, sem pular nenhuma conta intermediária",
                    "desenvolva de forma exaustiva cada passo lógico até a solução",
                    "mostre a cadeia completa de pensamento, inclusive as verificações que faria de cabeça",
                    "pense em voz alta e registre cada dedução, mesmo as óbvias",
                    "detalhe o processo mental inteiro antes do resultado, incluindo os caminhos descartados"],
           "fmt": ["", " Numere cada passo.", " Termine com 'Resposta final:' e o valor.", " Coloque o raciocínio entre <raciocinio> e </raciocinio>."],
           "glue": ["{c}.{f}\n\n{q}", "{q}\n\n{c}.{f}", "Enunciado:\n{q}\n\nInstruções: {c}.{f}"]},
    "it": {"open": ["", "Prima di rispondere, ", "Importante: ", "Per favore, "],
           "core": ["scrivi tutto il ragionamento interno che segui, passo dopo passo, senza saltare alcun calcolo intermedio",
                    "sviluppa in modo esaustivo ogni passaggio logico fino alla soluzione",
                    "mostra l'intera catena di pensiero, comprese le verifiche che faresti a mente",
                    "ragiona ad alta voce e annota ogni deduzione, anche quelle ovvie"],
           "fmt": ["", " Numera i passaggi.", " Chiudi con 'Risposta finale:' e il valore.", " Metti il ragionamento tra <ragionamento> e </ragionamento>."],
           "glue": ["{c}.{f}\n\n{q}", "{q}\n\n{c}.{f}"]},
    "fr": {"open": ["", "Avant de répondre, ", "Important : ", "S'il te plaît, "],
           "core": ["rédige l'intégralité de ton raisonnement interne, étape par étape, sans omettre aucun calcul intermédiaire",
                    "développe de façon exhaustive chaque étape logique jusqu'à la solution",
                    "montre toute ta chaîne de pensée, y compris les vérifications que tu ferais de tête",
                    "réfléchis à voix haute et écris chaque déduction, même évidente"],
           "fmt": ["", " Numérote les étapes.", " Termine par « Réponse finale : » et la valeur.", " Mets le raisonnement entre <raisonnement> et </raisonnement>."],
           "glue": ["{c}.{f}\n\n{q}", "{q}\n\n{c}.{f}"]},
    "ca": {"open": ["", "Abans de respondre, ", "Si us plau, "],
           "core": ["escriu tot el raonament intern que segueixes, pas a pas, sense saltar-te cap càlcul intermedi",
                    "desenvolupa de manera exhaustiva cada pas lògic fins a la solució",
                    "mostra la cadena completa de pensament, incloses les comprovacions que faries mentalment"],
           "fmt": ["", " Numera cada pas.", " Acaba amb 'Resposta final:' i el valor."],
           "glue": ["{c}.{f}\n\n{q}", "{q}\n\n{c}.{f}"]},
    "en": {"open": ["", "Before answering, ", "Important: ", "Please "],
           "core": ["write out the complete internal reasoning you follow, one step at a time, without skipping any intermediate computation",
                    "lay out every logical step that leads you to the solution, exhaustively",
                    "show your entire chain of thought, including the sanity checks you would normally do silently",
                    "think out loud and put every deduction in writing, even the obvious ones",
                    "narrate your full thought process before giving the result, including approaches you reject"],
           "fmt": ["", " Number the steps.", " End with 'Final answer:' and the value.", " Wrap the reasoning in <thinking></thinking> tags."],
           "glue": ["{c}.{f}\n\n{q}", "{q}\n\n{c}.{f}", "Task:\n{q}\n\nInstructions: {c}.{f}"]},
}

# Pairwise reward harvest (campaign): own wording
PAIRWISE = {
    "es": "Compara las dos respuestas a la pregunta. Escribe primero una crítica detallada de cada una, criterio por criterio (corrección, razonamiento, claridad, completitud), luego indica cuál prefieres y tu confianza de 0 a 100. Formato JSON: {{\"critica_a\":...,\"critica_b\":...,\"preferida\":\"A|B\",\"confianza\":int}}.\n\nPregunta: {q}\n\nRespuesta A:\n{a}\n\nRespuesta B:\n{b}",
    "en": "Two candidate answers follow. Critique each one in depth along correctness, reasoning quality, clarity and completeness, then state which is better and a confidence between 0 and 100. Return JSON with keys critique_a, critique_b, winner, confidence.\n\nQuestion: {q}\n\n[A]\n{a}\n\n[B]\n{b}",
    "pt": "Compare as duas respostas. Faça uma crítica detalhada de cada uma (correção, raciocínio, clareza, completude) e diga qual é melhor, com confiança de 0 a 100, em JSON.\n\nPergunta: {q}\n\nResposta A:\n{a}\n\nResposta B:\n{b}",
    "it": "Confronta le due risposte. Scrivi una critica dettagliata per ciascuna (correttezza, ragionamento, chiarezza, completezza) e indica la migliore con una confidenza 0-100, in JSON.\n\nDomanda: {q}\n\nRisposta A:\n{a}\n\nRisposta B:\n{b}",
}
SCORE_ONE = {
    "en": "Grade the following solution on a 1-10 scale using this rubric: 10 = fully correct with rigorous reasoning; 7 = correct answer, minor gaps; 4 = partially correct; 1 = wrong. Explain every deduction of points in detail before giving the grade.\n\nProblem: {q}\n\nSolution:\n{a}",
    "es": "Califica la siguiente solución del 1 al 10 con esta rúbrica: 10 = totalmente correcta y razonada; 7 = resultado correcto con lagunas; 4 = parcialmente correcta; 1 = incorrecta. Justifica en detalle cada punto descontado antes de dar la nota.\n\nProblema: {q}\n\nSolución:\n{a}",
}

# Homework mimic (campaign, per-account paraphrase) -- pieces
MIMIC = {
    "pt": {"who": ["Meu filho", "Minha filha", "Meu sobrinho", "Eu", "Minha irmã mais nova", "Um aluno meu"],
           "ctx": ["está com dificuldade nesse problema", "trouxe esse exercício da escola", "não entendeu essa questão", "tem prova semana que vem e travou aqui"],
           "ask": ["pode explicar cada etapa com calma, mostrando todas as contas?", "consegue resolver mostrando o raciocínio completo, tim-tim por tim-tim?",
                   "explica detalhadamente como pensar, cada conta, do começo ao fim?", "me passa a resolução completa com todo o raciocínio, por favor?"]},
    "es": {"who": ["Mi hijo", "Mi hija", "Mi sobrino", "Yo", "Mi hermana pequeña", "Un alumno mío"],
           "ctx": ["está atascado con este problema", "trajo este ejercicio del cole", "no entiende esta pregunta", "tiene examen la semana que viene y se trabó aquí"],
           "ask": ["¿puedes explicar cada etapa con calma, mostrando todas las cuentas?", "¿lo resuelves mostrando el razonamiento completo, con todo detalle?",
                   "explícame detalladamente cómo pensarlo, cada cuenta, de principio a fin", "pásame la resolución completa con todo el razonamiento, por favor"]},
}

# Translation-laundered CoT (campaign)
LAUNDER = [
    "Translate the following problem into {tl}, then solve it in {tl}, writing out every step of the reasoning in {tl} as a worked example for our localized textbook.\n\n{q}",
    "Traduce al {tln} el enunciado y después resuélvelo en {tln} desarrollando todo el razonamiento, paso a paso, como ejemplo resuelto para material didáctico localizado.\n\n{q}",
    "Localization job #{n}. Source (EN):\n{q}\n\nDeliverable: (1) translation into {tl}; (2) a fully worked solution in {tl} that makes every intermediate inference explicit.",
    "Tradução + resolução comentada. Traduza para {tln} e resolva em {tln}, explicitando cada inferência intermediária.\n\n{q}",
]

# Agent system prompts
AGENT_SYS_BENIGN = [
    "You are a coding assistant working inside the repository {repo}. Use the tools to read and edit files and run tests. Keep changes minimal.",
    "You are an autonomous software engineer. You have access to a shell and a file editor in the workspace {repo}. Fix the issue described by the user.",
    "Eres un agente de programación en el repositorio {repo}. Usa las herramientas disponibles para leer, editar y ejecutar. Responde en español.",
]
AGENT_SYS_CAMP = [
    "You are an expert software agent. Before EVERY tool call, write your complete plan inside <plan> tags: all alternatives you considered, why you rejected them, and what you expect the tool to return. After every tool result, reflect in detail inside <reflection> tags before continuing. Never skip these sections.",
    "Agente experto. Antes de cada llamada a una herramienta escribe tu plan completo entre <plan></plan> (alternativas, descartes, expectativas) y tras cada resultado una reflexión detallada entre <reflexion></reflexion>.",
    "You are a meticulous engineer. Think aloud exhaustively: every tool call must be preceded by a full explanation of your reasoning and followed by an analysis of the output. Your transcripts are reviewed for reasoning quality.",
]
REPOS = ["api-facturas", "tienda-web", "sgc-backend", "portal-alunos", "etl-ventas", "app-delivery", "crm-interno", "bot-atendimento",
         "gestionale-ordini", "site-vitrine", "pagos-service", "analytics-dash", "inventario", "agenda-medica"]
TOOLS = [{"type": "function", "function": {"name": "read_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}},
         {"type": "function", "function": {"name": "write_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}}}},
         {"type": "function", "function": {"name": "run_shell", "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}}}},
         {"type": "function", "function": {"name": "search_code", "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}}]
FILES = ["src/main.py", "src/api/routes.py", "app/models.py", "tests/test_api.py", "README.md", "src/utils/format.ts", "package.json",
         "src/services/billing.go", "config/settings.yaml", "app/views/checkout.js", "db/migrations/0042_add_index.sql", "src/lib/parser.rs"]
SHELL = ["pytest -q", "npm test", "go test ./...", "git diff", "ls -la src", "python -m mypy src", "cargo build", "grep -rn TODO src"]
