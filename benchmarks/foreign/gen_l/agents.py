"""Tool catalogue, tasks and tool-use trajectories (OpenAI function-calling shapes)."""
import json

S = "string"; N = "number"; I = "integer"; B = "boolean"

# name, description, {param: type}, result shape
CATALOGUE = [
    ("search_flights", "Search flights between two airports on a date", {"origin": S, "destination": S, "date": S}, "flights"),
    ("book_flight", "Book a flight offer for a passenger", {"offer_id": S, "passenger_name": S}, "booking"),
    ("search_hotels", "Find hotels in a city for given dates", {"city": S, "check_in": S, "nights": I}, "hotels"),
    ("book_bus_ticket", "Book an intercity bus ticket", {"from_city": S, "to_city": S, "date": S}, "booking"),
    ("get_weather", "Current weather and 3-day forecast for a place", {"location": S}, "weather"),
    ("get_rainfall_forecast", "Seasonal rainfall forecast for a region", {"region": S, "weeks": I}, "weather"),
    ("crop_market_prices", "Latest market prices of a crop", {"crop": S, "market": S}, "prices"),
    ("pest_lookup", "Identify a crop pest from symptoms", {"crop": S, "symptoms": S}, "text"),
    ("send_sms", "Send an SMS to a phone number", {"phone": S, "text": S}, "status"),
    ("send_email", "Send an email", {"to": S, "subject": S, "body": S}, "status"),
    ("wallet_balance", "Get a mobile-money wallet balance", {"msisdn": S}, "balance"),
    ("list_transactions", "List recent wallet transactions", {"msisdn": S, "limit": I}, "transactions"),
    ("reverse_transaction", "Request reversal of a transaction", {"transaction_id": S, "reason": S}, "status"),
    ("fx_quote", "Exchange rate quote between two currencies", {"from_currency": S, "to_currency": S, "amount": N}, "quote"),
    ("open_ticket", "Open a customer support ticket", {"customer_id": S, "category": S, "description": S}, "ticket"),
    ("kb_search", "Search the knowledge base", {"query": S, "top_k": I}, "docs"),
    ("track_parcel", "Track a parcel by tracking number", {"tracking_number": S}, "tracking"),
    ("create_shipment", "Create a shipment and get a label", {"from_address": S, "to_address": S, "weight_kg": N}, "booking"),
    ("quote_delivery", "Price quote for a delivery", {"from_city": S, "to_city": S, "weight_kg": N}, "quote"),
    ("find_relay_point", "Find parcel relay points near an address", {"address": S}, "places"),
    ("find_doctor", "Find doctors by specialty and city", {"specialty": S, "city": S}, "places"),
    ("book_appointment", "Book an appointment slot", {"provider_id": S, "slot": S}, "booking"),
    ("drug_interactions", "Check interactions between medicines", {"drugs": S}, "text"),
    ("calendar_list", "List calendar events in a range", {"start": S, "end": S}, "events"),
    ("calendar_create", "Create a calendar event", {"title": S, "start": S, "duration_min": I}, "status"),
    ("web_search", "Search the web", {"query": S}, "docs"),
    ("fetch_url", "Fetch a web page as text", {"url": S}, "text"),
    ("run_python", "Execute Python code in a sandbox", {"code": S}, "exec"),
    ("run_shell", "Run a shell command in the repository", {"command": S}, "exec"),
    ("read_file", "Read a file from the workspace", {"path": S}, "file"),
    ("write_file", "Write a file in the workspace", {"path": S, "content": S}, "status"),
    ("search_code", "Search the codebase", {"pattern": S}, "matches"),
    ("git_diff", "Show the current git diff", {}, "file"),
    ("sql_query", "Run a read-only SQL query", {"query": S}, "rows"),
    ("create_invoice", "Create an invoice for a customer", {"customer_id": S, "amount": N, "currency": S}, "booking"),
    ("crm_lookup", "Look up a customer in the CRM", {"email": S}, "customer"),
    ("crm_update", "Update a CRM field", {"customer_id": S, "field": S, "value": S}, "status"),
    ("translate_text", "Translate text", {"text": S, "target_lang": S}, "text"),
    ("geocode", "Geocode an address", {"address": S}, "geo"),
    ("route_eta", "Driving ETA between two points", {"origin": S, "destination": S}, "eta"),
    ("stock_level", "Stock level of a product in a warehouse", {"sku": S, "warehouse": S}, "balance"),
    ("reorder_product", "Create a purchase order", {"sku": S, "quantity": I}, "booking"),
    ("news_search", "Search recent news", {"query": S, "lang": S}, "docs"),
    ("currency_convert", "Convert an amount", {"amount": N, "from": S, "to": S}, "quote"),
    ("loan_eligibility", "Check microloan eligibility", {"customer_id": S, "amount": N}, "decision"),
    ("exam_results", "Fetch a student's exam results", {"student_id": S}, "rows"),
    ("school_timetable", "Get a class timetable", {"class_id": S}, "events"),
    ("power_outage_status", "Check power outage status by district", {"district": S}, "text"),
    ("water_bill", "Get the latest water bill", {"contract_no": S}, "balance"),
    ("job_search", "Search job offers", {"keywords": S, "city": S}, "docs"),
    ("visa_requirements", "Visa requirements between two countries", {"nationality": S, "destination": S}, "text"),
    ("image_caption", "Caption an image by URL", {"url": S}, "text"),
    ("spreadsheet_append", "Append a row to a spreadsheet", {"sheet_id": S, "values": S}, "status"),
    ("ride_request", "Request a ride", {"pickup": S, "dropoff": S}, "booking"),
    ("restaurant_search", "Find restaurants", {"city": S, "cuisine": S}, "places"),
    ("prayer_times", "Prayer times for a city and date", {"city": S, "date": S}, "events"),
    ("football_scores", "Latest football scores for a league", {"league": S}, "rows"),
    ("tax_calculator", "Compute income tax", {"country": S, "annual_income": N}, "quote"),
    ("unit_convert", "Convert units", {"value": N, "from_unit": S, "to_unit": S}, "quote"),
    ("dictionary_lookup", "Look up a word", {"word": S, "lang": S}, "text"),
]
TOOLS = {t[0]: t for t in CATALOGUE}


def schema(name):
    n, d, ps, _ = TOOLS[name]
    return {"type": "function", "function": {"name": n, "description": d, "parameters": {
        "type": "object", "properties": {k: {"type": v} for k, v in ps.items()}, "required": list(ps)[:2]}}}


CITIES = ["Dakar", "Casablanca", "Rabat", "Marrakech", "Kano", "Abuja", "Lagos", "Niamey", "Bamako", "Addis Ababa",
          "Tunis", "Algiers", "Paris", "Lyon", "Thiès", "Agadir", "Fès", "Zinder", "Bahir Dar", "Ouagadougou"]
DATES = ["2027-10-%02d" % d for d in range(6, 30)]


def fake_arg(rng, k, v, ctx):
    if v in (I,):
        return rng.randint(1, 20)
    if v == N:
        return round(rng.uniform(1, 5000), 2) if "amount" in k or "income" in k else round(rng.uniform(0.5, 30), 1)
    if "currency" in k or k in ("from", "to") and v == S and "amount" in ctx.get("keys", ()):
        return rng.choice(["XOF", "MAD", "NGN", "ETB", "EUR", "USD", "DZD"])
    if "city" in k or k in ("location", "origin", "destination", "market", "region", "pickup", "dropoff", "district"):
        return ctx.get("city") or rng.choice(CITIES)
    if "date" in k or k in ("start", "end", "check_in", "slot"):
        return ctx.get("date") or rng.choice(DATES)
    if k in ("phone", "msisdn"):
        return "+%d%09d" % (rng.choice([221, 212, 234, 251, 213, 216]), rng.randrange(10 ** 9))
    if k in ("email", "to"):
        return "client%d@example.com" % rng.randrange(10000)
    if "id" in k or k in ("sku", "contract_no", "tracking_number", "offer_id"):
        return "%s-%06d" % (k[:3].upper(), rng.randrange(10 ** 6))
    if k in ("code",):
        return "import statistics\nprint(statistics.mean([%s]))" % ", ".join(str(rng.randint(1, 99)) for _ in range(5))
    if k in ("command",):
        return rng.choice(["pytest -q", "npm test", "ls src", "grep -rn TODO src", "python manage.py check"])
    if k in ("path",):
        return rng.choice(["src/app.py", "src/payments/service.py", "README.md", "tests/test_api.py", "lib/main.dart"])
    if k in ("query", "keywords", "pattern"):
        return ctx.get("q") or rng.choice(["refund policy", "delivery delay", "SIM swap", "def handle_", "SELECT count(*) FROM orders"])
    if k in ("text", "body", "description", "values", "reason"):
        return ctx.get("q") or "See ticket history."
    if k in ("subject", "title"):
        return (ctx.get("q") or "Update")[:40]
    if k in ("address", "from_address", "to_address"):
        return "%d rue %s, %s" % (rng.randint(1, 200), rng.choice(["Mohammed V", "Blaise Diagne", "Ahmadu Bello", "de la Paix"]), ctx.get("city") or rng.choice(CITIES))
    if k in ("lang", "target_lang"):
        return rng.choice(["fr", "ar", "wo", "ha", "am", "en"])
    if k in ("crop",):
        return rng.choice(["millet", "maize", "groundnut", "sorghum", "teff", "onion", "cassava"])
    return ctx.get("text") or rng.choice(["standard", "urgent", "please check", "as discussed", "N/A"])


def fake_result(rng, shape, args, mode="ok"):
    if mode == "error":
        return json.dumps({"error": rng.choice(["timeout", "not_found", "rate_limited", "invalid_argument", "upstream 502"]),
                           "retryable": rng.random() < 0.5})
    if mode == "empty":
        return json.dumps({"results": []})
    r = rng.random
    if shape == "flights":
        v = [{"offer_id": "OF-%05d" % rng.randrange(10 ** 5), "carrier": rng.choice(["AT", "HC", "ET", "AF", "TU", "P4"]),
              "depart": "%02d:%02d" % (rng.randrange(5, 23), rng.choice([0, 15, 30, 45])), "stops": rng.choice([0, 0, 1]),
              "price": rng.randrange(90, 900), "currency": "EUR"} for _ in range(rng.randint(1, 4))]
        return json.dumps({"offers": v})
    if shape == "hotels" or shape == "places":
        return json.dumps({"results": [{"id": "P%04d" % rng.randrange(10 ** 4), "name": rng.choice(["Riad", "Hôtel", "Résidence", "Centre", "Point Relais"]) + " " + rng.choice(["Atlas", "Teranga", "Baobab", "Sahel", "Nil", "Medina"]),
                                        "distance_km": round(r() * 8, 1), "rating": round(3 + r() * 2, 1)} for _ in range(rng.randint(1, 5))]})
    if shape == "weather":
        return json.dumps({"temp_c": rng.randint(18, 43), "conditions": rng.choice(["sunny", "harmattan dust", "light rain", "storms", "cloudy"]),
                           "rain_mm_next_72h": round(r() * 40, 1)})
    if shape in ("prices", "quote", "balance"):
        return json.dumps({"value": round(r() * 10000, 2), "currency": rng.choice(["XOF", "MAD", "NGN", "ETB", "EUR"]), "as_of": rng.choice(DATES)})
    if shape in ("status",):
        return json.dumps({"ok": True, "id": "%08x" % rng.getrandbits(32)})
    if shape in ("booking", "ticket"):
        return json.dumps({"id": "BK-%06d" % rng.randrange(10 ** 6), "status": rng.choice(["confirmed", "pending", "created"]),
                           "total": rng.randrange(5, 900)})
    if shape == "transactions" or shape == "rows":
        return json.dumps({"rows": [{"id": "T%07d" % rng.randrange(10 ** 7), "amount": rng.randrange(100, 90000),
                                     "date": rng.choice(DATES)} for _ in range(rng.randint(1, 6))]})
    if shape == "tracking":
        return json.dumps({"status": rng.choice(["in_transit", "at_hub", "out_for_delivery", "delivered", "held_at_customs"]),
                           "last_scan": rng.choice(CITIES), "eta": rng.choice(DATES)})
    if shape == "docs":
        return json.dumps({"hits": [{"title": rng.choice(["Refund policy", "Delivery times", "Account security", "Fees 2027", "How to reset PIN", "Press release"]),
                                     "snippet": rng.choice(["Refunds are processed within 5 business days.", "Fees are waived under 5,000 XOF.",
                                                            "Never share your PIN.", "Delivery to Thiès takes 48h."]),
                                     "score": round(r(), 2)} for _ in range(rng.randint(1, 4))]})
    if shape == "exec":
        return json.dumps({"exit_code": rng.choice([0, 0, 1]), "stdout": rng.choice(["42.6\n", "3 passed, 1 failed\n", "OK\n", "src/ tests/ README.md\n"]), "stderr": ""})
    if shape == "file":
        return "def handle_payment(req):\n    amount = req['amount']\n    # TODO: validate currency\n    return charge(amount)\n"
    if shape == "matches":
        return json.dumps({"matches": [{"path": "src/payments/service.py", "line": rng.randrange(1, 300)}]})
    if shape == "customer":
        return json.dumps({"customer_id": "C%06d" % rng.randrange(10 ** 6), "tier": rng.choice(["basic", "gold"]), "open_tickets": rng.randrange(3)})
    if shape == "events":
        return json.dumps({"events": [{"title": rng.choice(["Fajr", "Maths", "Standup", "Dhuhr", "Physique", "Client call"]), "start": "%02d:%02d" % (rng.randrange(5, 20), rng.choice([0, 30]))} for _ in range(rng.randint(1, 5))]})
    if shape == "geo":
        return json.dumps({"lat": round(r() * 30 + 5, 5), "lon": round(r() * 40 - 17, 5)})
    if shape == "eta":
        return json.dumps({"minutes": rng.randrange(8, 600), "km": rng.randrange(3, 900)})
    if shape == "decision":
        return json.dumps({"eligible": r() < 0.6, "max_amount": rng.randrange(10, 500) * 1000})
    return json.dumps({"text": rng.choice(["No known interaction.", "Likely fall armyworm; apply neem extract.", "Visa on arrival, 30 days.",
                                           "Power restored at 14:20.", "Translation done."])})


# tasks: (domain tools, language, template)
TASKS = [
    (["search_flights", "book_flight"], "en", "Find me the cheapest direct flight from {c1} to {c2} on {d} and book it for {n}."),
    (["search_flights", "search_hotels"], "fr", "Je pars de {c1} à {c2} le {d}, trouve un vol et un hôtel pour 3 nuits."),
    (["get_weather", "get_rainfall_forecast", "send_sms"], "ha", "Duba yanayin ruwan sama a {c1} ka tura sako ga manoma."),
    (["crop_market_prices", "send_sms"], "fr", "Quel est le prix de l'oignon au marché de {c1} aujourd'hui ? Envoie-le par SMS à la coopérative."),
    (["wallet_balance", "list_transactions", "reverse_transaction"], "fr", "J'ai envoyé 25 000 F au mauvais numéro hier, aidez-moi à annuler la transaction."),
    (["wallet_balance", "list_transactions"], "wo", "Bëgg naa xam sama xaalis ci Wave ak li ma yónnee démb."),
    (["fx_quote", "currency_convert"], "en", "How many naira do I get for 500 euros today, and what's the fee?"),
    (["open_ticket", "kb_search"], "ary", "salam, lcarte dyali t7bsat f guichet, chno ndir?"),
    (["track_parcel", "find_relay_point"], "fr", "Mon colis {t} n'est toujours pas arrivé à {c1}, où en est-il ?"),
    (["quote_delivery", "create_shipment"], "en", "Ship a 4 kg parcel from {c1} to {c2} and tell me the price."),
    (["find_doctor", "book_appointment"], "fr", "Trouve-moi un pédiatre à {c1} disponible cette semaine et prends rendez-vous."),
    (["drug_interactions"], "ar", "هل يمكن تناول الباراسيتامول مع دواء الضغط؟"),
    (["calendar_list", "calendar_create"], "en", "Schedule a 30-minute call with the Dakar team next Tuesday morning, avoiding conflicts."),
    (["web_search", "fetch_url"], "en", "Research the latest guidance on solar pump subsidies in {c1} and summarise it."),
    (["run_python"], "en", "Compute the mean and standard deviation of these sales figures and plot a histogram: 12, 18, 25, 9, 31."),
    (["run_shell", "read_file", "write_file"], "en", "The test test_refund_rounding fails; find the bug and fix it."),
    (["search_code", "read_file", "git_diff"], "en", "Where do we validate the currency in the payment service? Add validation for XOF."),
    (["sql_query"], "en", "How many orders did we ship to {c1} last month, by week?"),
    (["crm_lookup", "crm_update", "send_email"], "fr", "Le client {e} veut passer en offre Gold, mets à jour le CRM et envoie-lui une confirmation."),
    (["translate_text"], "am", "ይህን መልእክት ወደ እንግሊዝኛ ተርጉምልኝና ለደንበኛው ላክ።"),
    (["geocode", "route_eta", "ride_request"], "fr", "Commande-moi un taxi de la gare de {c1} à l'aéroport, combien de temps ?"),
    (["stock_level", "reorder_product"], "en", "Check stock of SKU {t} in the Lagos warehouse and reorder if below 50."),
    (["news_search"], "ar", "ابحث عن آخر الأخبار حول الانتخابات في {c1} ولخصها."),
    (["loan_eligibility", "send_sms"], "ha", "Duba ko abokin ciniki {t} ya cancanci rancen naira 200,000."),
    (["exam_results", "school_timetable"], "fr", "Donne-moi les résultats du BFEM de l'élève {t} et son emploi du temps."),
    (["power_outage_status", "water_bill"], "ary", "wach dow maqto3 f {c1}? w ch7al fatoura dyal lma?"),
    (["job_search", "send_email"], "fr", "Cherche des offres de développeur à {c1} et envoie-moi les 3 meilleures par mail."),
    (["visa_requirements"], "en", "Do Senegalese citizens need a visa for Morocco for a 10-day trip?"),
    (["restaurant_search"], "en", "Find a good vegetarian restaurant in {c1} for tonight, 4 people."),
    (["prayer_times"], "ar", "ما هي مواقيت الصلاة في {c1} يوم {d}؟"),
    (["football_scores"], "fr", "Les résultats de la Botola et de la Ligue 1 sénégalaise ce week-end ?"),
    (["tax_calculator"], "fr", "Combien d'impôt sur le revenu pour 9 600 000 F CFA par an au Sénégal ?"),
    (["spreadsheet_append", "sql_query"], "en", "Pull yesterday's failed payments and append them to the ops sheet."),
    (["image_caption", "translate_text"], "fr", "Décris cette image de produit et traduis la description en arabe."),
    (["dictionary_lookup", "translate_text"], "wo", "Lan mooy tekki 'résilience' ci Wolof?"),
    (["unit_convert"], "en", "Convert 3.5 tonnes of maize to 50 kg bags."),
]


def task_text(rng, tpl):
    return tpl.format(c1=rng.choice(CITIES), c2=rng.choice(CITIES), d=rng.choice(DATES), n=rng.choice(["Awa Ndiaye", "Youssef Alaoui", "Musa Bello", "Selam T."]),
                      t="%d" % rng.randrange(10 ** 8, 10 ** 9), e="client%d@example.com" % rng.randrange(9999))


FINAL = {
    "en": ["Done. {s}", "Here's what I found: {s}", "All set: {s}"],
    "fr": ["C'est fait. {s}", "Voici ce que j'ai trouvé : {s}", "Terminé : {s}"],
    "ar": ["تم. {s}", "إليك ما وجدته: {s}"],
    "ary": ["safi, {s}", "hahwa: {s}"],
    "wo": ["Def naa ko. {s}"],
    "ha": ["An gama. {s}"],
    "am": ["ተጠናቋል። {s}"],
}


def trajectory(rng, tool_names, task, lang, modes=None, max_calls=None, id_prefix="call_"):
    """Returns list of steps; each step = (messages_tail_to_append_before_request, response_text, tool_calls or None).
    Builds the assistant/tool messages as a real loop would."""
    k = max_calls or rng.randint(1, min(4, len(tool_names) + 1))
    seq = [rng.choice(tool_names) for _ in range(k)]
    if len(tool_names) >= k:
        seq = tool_names[:k] if rng.random() < 0.6 else rng.sample(tool_names, k)
    steps = []
    words = [w.strip(".,:;?!") for w in task.split()[:40] if len(w) > 3]
    ctx = {"q": " ".join(words[:rng.randint(3, 7)]) if words else None,
           "city": next((c for c in CITIES if c in task), None), "date": next((d for d in DATES if d in task), None)}
    for i, name in enumerate(seq):
        _, _, ps, shape = TOOLS[name]
        ctx["keys"] = tuple(ps)
        args = {p: fake_arg(rng, p, t, ctx) for p, t in ps.items()}
        cid = id_prefix + "%024x" % rng.getrandbits(96)
        tc = [{"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]
        mode = (modes[i] if modes and i < len(modes) else "ok")
        res = fake_result(rng, shape, args, mode)
        steps.append((tc, res))
    fl = FINAL.get(lang, FINAL["en"])
    last = steps[-1][1] if steps else ""
    detail = last[:160].replace("{", "").replace("}", "").replace('"', "")
    summ = {"en": "%s returned %s." % (seq[-1], detail) if steps else "no tool was needed.",
            "fr": "%s a renvoyé : %s." % (seq[-1], detail) if steps else "aucun outil nécessaire."}.get(lang, detail)
    final = rng.choice(fl).format(s=summ)
    if steps and "error" in last:
        final = {"fr": "Désolé, le service %s est indisponible pour le moment (%s). Voulez-vous que je réessaie ?" % (seq[-1], detail)}.get(
            lang, "Sorry, %s failed (%s). Should I retry or try another way?" % (seq[-1], detail))
    return steps, final


def build_messages(system, user, steps_done):
    ms = []
    if system:
        ms.append({"role": "system", "content": system})
    ms.append({"role": "user", "content": user})
    for tc, res in steps_done:
        ms.append({"role": "assistant", "content": "", "tool_calls": tc})
        ms.append({"role": "tool", "tool_call_id": tc[0]["id"], "content": res})
    return ms
