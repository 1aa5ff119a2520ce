"""Hand-written English text for the Kestrel generator (gen_d).

Everything here is original wording for this generator, except two public evaluation templates
that real evaluation customers send verbatim and that are reproduced as such (marked PUBLIC):
the 8-shot chain-of-thought exemplars for GSM8K (Wei et al. 2022) and the zero-shot
"Let's think step by step." trigger (Kojima et al. 2022). Paraphrase slots use [[a|b|c]].
"""

# ----------------------------------------------------------------------------- agents (IDE)
AGENT_TOOLS = {
    # name: (user_agent template, style, system prompt)
    "clinelike": ("Cline/{v}", "xml"),
    "roolike": ("RooCode/{v}", "xml"),
    "continuelike": ("Continue/{v} (vscode)", "tools"),
    "aiderlike": ("aider/{v} litellm/1.74.9", "edit"),
    "zedlike": ("Zed/{v}", "tools"),
    "opencodelike": ("opencode/{v} ai-sdk/5.0.8", "tools"),
}
AGENT_VERSIONS = {
    "clinelike": ["3.17.9", "3.18.0", "3.18.2", "3.19.1"],
    "roolike": ["3.25.1", "3.25.4", "3.26.0"],
    "continuelike": ["1.0.19", "1.0.21", "1.1.2"],
    "aiderlike": ["0.85.2", "0.86.1"],
    "zedlike": ["0.199.5", "0.200.3", "0.201.1"],
    "opencodelike": ["0.5.2", "0.5.7", "0.6.0"],
}

AGENT_SYS = {
    "clinelike": """You are a senior software engineer working inside the user's editor. You accomplish the user's task by calling exactly one tool per message and waiting for its result before continuing.

TOOL USE
Tools are called with XML tags. The tool name is the tag, each parameter is a nested tag.
<read_file><path>relative/path</path></read_file>
<search_files><path>dir</path><regex>pattern</regex></search_files>
<list_files><path>dir</path><recursive>true|false</recursive></list_files>
<replace_in_file><path>file</path><diff>SEARCH/REPLACE blocks</diff></replace_in_file>
<write_to_file><path>file</path><content>full file content</content></write_to_file>
<execute_command><command>shell command</command><requires_approval>true|false</requires_approval></execute_command>
<ask_followup_question><question>...</question></ask_followup_question>
<attempt_completion><result>summary of what you did</result></attempt_completion>

RULES
- Work in the current workspace directory; never cd elsewhere.
- Read a file before editing it. Prefer replace_in_file for small edits.
- Commands that modify the system or install packages require approval.
- Do not ask more questions than needed; use tools to find answers.
- When the task is done, use attempt_completion. Do not end with a question.

SYSTEM INFORMATION
Operating System: {os}
Default Shell: {shell}
Current Working Directory: {cwd}""",
    "roolike": """You are Roo, an expert software engineer with broad knowledge of languages, frameworks and design patterns.

You have tools that run after the user approves them. Use one tool per message; the result comes back in the user's next message. Think about which tool is most relevant before using it.

# Tools
## read_file — read one or more files; returns content with line numbers.
## search_files — regex search across a directory.
## apply_diff — apply a unified SEARCH/REPLACE diff to a file.
## write_to_file — create or overwrite a file.
## execute_command — run a CLI command in the workspace.
## attempt_completion — present the final result.

# Mode: Code
Write, modify and refactor code. Keep changes minimal and consistent with the existing style. Run the project's tests after changes when a test command is known.

# Environment
OS: {os}
Shell: {shell}
Workspace: {cwd}""",
    "continuelike": """You are a coding assistant in the user's IDE. You can use the provided tools to read and edit files and run terminal commands in the workspace. Be concise. When you show code changes, show only the changed region with enough context. Always follow the project's conventions. Workspace root: {cwd}""",
    "aiderlike": """Act as an expert software developer. Always use best practices when coding. Respect and use existing conventions, libraries, etc that are already present in the code base.
Take requests for changes to the supplied code. If the request is ambiguous, ask questions.
Once you understand the request you MUST:
1. Decide if you need to propose edits to any files that haven't been added to the chat.
2. Think step-by-step and explain the needed changes in a few short sentences.
3. Describe each change with a SEARCH/REPLACE block per the examples below.
All changes to files must use this SEARCH/REPLACE block format. ONLY EVER RETURN CODE IN A SEARCH/REPLACE BLOCK!""",
    "zedlike": """You are a highly skilled software engineer assisting the user in the Zed editor. Use the tools available to explore the project and make edits. Prefer small, verifiable steps. If you run commands, explain what you expect to see. The project root is {cwd}.""",
    "opencodelike": """You are opencode, an interactive CLI tool that helps users with software engineering tasks. Use the instructions below and the tools available to you to assist the user.
Keep responses short. Do not add comments to code unless asked. Verify your changes with the project's test or lint commands when you know them. Working directory: {cwd}""",
}

AGENT_FUNCS = [
    {"type": "function", "function": {"name": "read_file", "description": "Read a file from the workspace",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
    {"type": "function", "function": {"name": "edit_file", "description": "Replace a region of a file",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "old": {"type": "string"}, "new": {"type": "string"}}, "required": ["path", "old", "new"]}}},
    {"type": "function", "function": {"name": "run_terminal_command", "description": "Run a shell command in the workspace",
                                      "parameters": {"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}}},
    {"type": "function", "function": {"name": "grep_search", "description": "Search file contents with a regex",
                                      "parameters": {"type": "object", "properties": {"query": {"type": "string"}, "path": {"type": "string"}}, "required": ["query"]}}},
    {"type": "function", "function": {"name": "list_dir", "description": "List a directory",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
]

STACKS = {
    "python": dict(files=["app/main.py", "app/api/routes.py", "app/models.py", "app/services/billing.py", "app/db.py",
                          "app/auth/middleware.py", "tests/test_routes.py", "tests/test_billing.py", "pyproject.toml", "app/workers/tasks.py"],
                   test="pytest -q", run="uv run python -m app.main", lang="python",
                   errors=["AttributeError: 'NoneType' object has no attribute 'id'", "KeyError: 'customer_id'",
                           "sqlalchemy.exc.IntegrityError: duplicate key value violates unique constraint",
                           "TypeError: object of type 'coroutine' has no len()", "AssertionError: assert 401 == 200"]),
    "typescript": dict(files=["src/index.ts", "src/routes/users.ts", "src/components/Table.tsx", "src/hooks/useAuth.ts",
                              "src/lib/api.ts", "src/pages/settings.tsx", "package.json", "src/__tests__/users.test.ts", "tsconfig.json"],
                       test="pnpm test", run="pnpm dev", lang="typescript",
                       errors=["TypeError: Cannot read properties of undefined (reading 'map')",
                               "TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
                               "Error: Hydration failed because the initial UI does not match",
                               "Warning: Each child in a list should have a unique \"key\" prop."]),
    "go": dict(files=["cmd/server/main.go", "internal/handler/orders.go", "internal/store/postgres.go", "internal/auth/jwt.go",
                      "internal/handler/orders_test.go", "go.mod", "internal/queue/consumer.go"],
               test="go test ./...", run="go run ./cmd/server", lang="go",
               errors=["panic: runtime error: invalid memory address or nil pointer dereference",
                       "fatal error: all goroutines are asleep - deadlock!", "--- FAIL: TestCreateOrder (0.02s)"]),
    "rust": dict(files=["src/main.rs", "src/lib.rs", "src/parser.rs", "src/config.rs", "Cargo.toml", "tests/integration.rs"],
                 test="cargo test", run="cargo run", lang="rust",
                 errors=["error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable",
                         "error[E0308]: mismatched types", "thread 'main' panicked at src/parser.rs:88:14"]),
    "java": dict(files=["src/main/java/com/acme/App.java", "src/main/java/com/acme/service/InvoiceService.java",
                        "src/main/java/com/acme/web/InvoiceController.java", "pom.xml",
                        "src/test/java/com/acme/service/InvoiceServiceTest.java"],
                 test="mvn -q test", run="mvn spring-boot:run", lang="java",
                 errors=["java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null",
                         "org.springframework.beans.factory.UnsatisfiedDependencyException"]),
    "ruby": dict(files=["app/models/user.rb", "app/controllers/orders_controller.rb", "config/routes.rb", "Gemfile",
                        "spec/models/user_spec.rb", "app/jobs/sync_job.rb"],
                 test="bundle exec rspec", run="bin/rails s", lang="ruby",
                 errors=["NoMethodError: undefined method `email' for nil:NilClass", "ActiveRecord::RecordNotFound"]),
}

AGENT_TASKS = [
    "the {thing} endpoint returns a 500 when {cond}. can you find out why and fix it",
    "add pagination to {thing}, page size 50, keep the existing response shape",
    "write unit tests for {file}",
    "refactor {file} so the database calls go through the repository layer",
    "tests are failing after my last change: {err}",
    "rename {thing} to {thing2} everywhere, including tests",
    "add input validation to {thing} and return 422 with a useful message",
    "why is {file} so slow on large inputs? profile it and suggest a fix",
    "upgrade the {dep} dependency to the latest major and fix whatever breaks",
    "add a --dry-run flag to the {thing} command",
    "implement retry with exponential backoff in {file}",
    "the CI lint step fails, please fix the lint errors",
    "add logging around {thing} so we can debug the timeouts in prod",
    "make {thing} configurable via an environment variable",
    "explain what {file} does and whether anything in it looks wrong",
]
AGENT_THINGS = ["/orders", "/users/me", "invoice export", "the webhook handler", "search", "the settings page", "sync job",
                "the CSV import", "login", "refund flow", "rate limiter", "notifications", "the report generator"]
AGENT_CONDS = ["the cart is empty", "the user has no email", "the date is in a different timezone", "two requests arrive at once",
               "the payload has unicode", "the token expired", "the list is longer than 1000 items"]
AGENT_DEPS = ["pydantic", "react-router", "sqlalchemy", "express", "tokio", "spring-boot", "rails", "next", "axios", "jest"]

AGENT_STEPS = [
    "I'll start by looking at {file} to understand the current behaviour.",
    "Let me search for where {thing} is handled.",
    "Now I'll run the tests to see the failure.",
    "The problem is in {file}: the value can be missing here. I'll add a guard.",
    "I'll apply the change to {file}.",
    "Tests pass now. Let me also check the related test file.",
    "I need to see how this is configured before changing it.",
]

AGENT_OUTPUTS = [
    "{n} passed, {f} failed in {s}s",
    "FAILED {test} - {err}",
    "Compiling... done in {s}s\n{n} tests passed",
    "Found {n} results:\n{file}:{ln}: {snip}",
]

# ----------------------------------------------------------------------------- support bots
SUPPORT_COMPANIES = [
    ("Brightline Internet", "home internet and TV", ["outage", "slow speed", "billing error", "equipment return", "plan upgrade"]),
    ("Parcelly", "parcel delivery", ["late delivery", "damaged package", "change address", "missing item", "refund"]),
    ("Hearth & Co", "furniture e-commerce", ["order status", "assembly help", "return window", "wrong color", "warranty"]),
    ("Zenbank", "mobile banking", ["card blocked", "dispute a charge", "transfer limit", "app login", "statement download"]),
    ("FitNest", "gym memberships", ["cancel membership", "freeze account", "class booking", "billing", "guest pass"]),
    ("Tripwell", "travel booking", ["flight change", "refund status", "baggage", "hotel cancellation", "visa info"]),
    ("Cloudnote", "note-taking SaaS", ["sync issue", "lost notes", "plan pricing", "export data", "team invite"]),
    ("PetPantry", "pet food subscription", ["skip delivery", "change recipe", "allergy question", "billing", "cancel"]),
    ("VoltGo", "EV charging network", ["charger not starting", "overcharged", "app payment", "station location", "membership"]),
    ("MediQuick", "telehealth appointments", ["reschedule", "prescription refill", "insurance", "video call problem", "billing"]),
]
SUPPORT_OPENERS = [
    "hi, i have a problem with my {issue}", "Hello, my order {oid} — {issue}", "{issue}!!! this is the third time",
    "Hi there. I need help with {issue}, account email is {email}", "can i talk to a human about {issue}",
    "Good morning, quick question about {issue}", "hey, {issue}. what can you do?",
]
SUPPORT_FOLLOW = ["ok thanks", "that didn't work", "how long will that take?", "my order number is {oid}",
                  "can you just refund me", "yes please", "no, that's not it", "ok, and what about the fee?",
                  "thank you, that solved it", "I already tried restarting it"]

# ----------------------------------------------------------------------------- SaaS products relaying end users
SAAS_PRODUCTS = [
    ("Quillwise", "writing assistant", "You are Quillwise, a writing assistant. Improve clarity and tone of the user's text while preserving meaning. When asked to rewrite, return only the rewritten text.", "writing"),
    ("MathMentor", "homework tutor", "You are MathMentor, a patient tutor for middle and high school students. Always explain solutions step by step so the student can follow, and end with the final answer in bold. Never just give the answer without the steps.", "math"),
    ("Lexbrief", "legal document summarizer", "You summarize legal documents for small business owners. Output: 1) a plain-English summary, 2) key obligations, 3) risks. You are not a lawyer; add a one-line disclaimer.", "docs"),
    ("Kindred", "companion chat", "You are Mira, a warm, curious companion. Keep replies short and conversational, ask follow-up questions, remember what the user shared earlier in the conversation.", "chat"),
    ("AdSpark", "marketing copy", "You write marketing copy. Given a product and audience, produce 3 headline options and 2 short body variants. Keep brand-safe.", "marketing"),
    ("InterviewPal", "interview coach", "You are an interview coach. Ask the candidate one question at a time, then give concise feedback using the STAR method.", "chat"),
    ("Recipebox", "recipe assistant", "You suggest recipes based on ingredients the user has. Include prep time, steps and substitutions.", "cooking"),
    ("Lingo Loop", "language tutor", "You are a friendly language tutor. Reply in the language the learner is practicing, correct their mistakes gently, and explain grammar briefly in English when asked.", "multilingual"),
    ("CodeCoach", "coding tutor for bootcamps", "You are a coding tutor. Guide the student to the answer with hints first; only give full code if they ask twice. Explain your reasoning.", "coding"),
    ("Sheetsmith", "spreadsheet formula helper", "You write spreadsheet formulas (Excel and Google Sheets). Return the formula first, then a one-sentence explanation.", "sheets"),
    ("DocuChat", "chat with your PDFs", "Answer the user's question using only the provided document excerpts. Cite the excerpt number. If the answer is not in the excerpts, say so.", "docs"),
    ("StudyBuddy", "study app for college students", "You help college students study. Explain concepts clearly, use examples, and when solving problems show the reasoning step by step.", "student"),
    ("Storyforge", "interactive fiction", "You are the narrator of an interactive story. Continue the story based on the player's action in 2-3 paragraphs, then offer three choices.", "creative"),
    ("HRHelper", "HR policy assistant", "You answer employee questions about the company's HR policies using the handbook excerpts provided. Be neutral and precise.", "docs"),
    ("TripTailor", "travel planner", "You plan trips. Produce a day-by-day itinerary with times, estimated costs and one backup option per day.", "travel"),
]

# ----------------------------------------------------------------------------- enterprise internal assistants
ENTERPRISE_SYS = [
    "You are {co} Assist, the internal AI assistant for {co} employees. Follow company policy. Do not share confidential information outside the company. Answer concisely and in a professional tone.",
    "You are an internal helper for {co}. Employees may ask about code, documents, emails and data analysis. If unsure, say so. Today's date is {date}.",
    "System: {co} knowledge assistant. Use a friendly but professional tone. Format answers in Markdown. Never invent internal policy details; point to the HR portal instead.",
]
WORK_TASKS = [
    "Draft an email to {who} explaining that the {proj} launch will slip by two weeks because of {reason}.",
    "Summarize these meeting notes into action items with owners:\n{notes}",
    "Write a SQL query that returns monthly active customers by region from tables orders(customer_id, region, created_at).",
    "Rewrite this paragraph for an executive audience: {para}",
    "Give me 5 talking points for a quarterly business review on {proj}.",
    "What's a polite way to decline a meeting invite from {who}?",
    "Create a project plan outline for {proj} with milestones.",
    "Explain the difference between {a} and {b} in two paragraphs.",
    "Turn this into a bulleted status update: {para}",
    "Write a job description for a {role}.",
    "Review this Python function and suggest improvements:\n```python\n{code}\n```",
    "Convert this table to a short narrative for the board deck:\n{table}",
]
WORK_WHO = ["the client", "our VP of Sales", "the vendor", "the finance team", "my manager", "the legal team", "the partner agency"]
WORK_PROJ = ["Atlas", "the Q2 pricing update", "the CRM migration", "Project Falcon", "the mobile app redesign", "the EU expansion", "the SOC 2 audit"]
WORK_REASON = ["a vendor delay", "a security review", "scope changes from the client", "staffing", "a data migration issue"]
WORK_ROLES = ["senior data engineer", "product marketing manager", "customer success lead", "IT support specialist", "financial analyst"]
WORK_AB = [("EBITDA", "operating income"), ("OKRs", "KPIs"), ("a data lake", "a data warehouse"), ("SAML", "OIDC"),
           ("accrual accounting", "cash accounting"), ("Kafka", "RabbitMQ")]

# ----------------------------------------------------------------------------- indie developer apps
INDIE_APPS = ["recipe generator", "Discord bot", "resume reviewer", "flashcard app", "tweet scheduler", "D&D dungeon master bot",
              "journaling app", "email triage tool", "podcast summarizer", "real-estate listing writer", "plant care assistant",
              "budget tracker", "customer review analyzer", "meme caption generator", "study planner", "Shopify product describer",
              "code review bot", "bedtime story app", "fitness coach", "lyrics helper"]
INDIE_SYS = [
    "You are a helpful assistant for a {app}. Keep answers under 150 words.",
    "You are {name}, the AI inside a {app}. Be friendly and concise.",
    "Respond only with valid JSON matching: {{\"title\": string, \"items\": string[]}}. You power a {app}.",
    "You are an expert assistant embedded in a {app}. If the request is off-topic, politely refuse.",
    "You are a {app}. Answer in the user's language.",
]
INDIE_NAMES = ["Sage", "Pip", "Nova", "Atlas", "Juniper", "Echo", "Milo", "Iris", "Bolt", "Luna"]

# ----------------------------------------------------------------------------- RAG / document jobs
RAG_QUESTIONS = [
    "Based only on the context, what are the main obligations of the supplier?",
    "Summarize the context in 3 bullet points.",
    "Answer the question using the context. Question: What is the termination notice period?",
    "Extract all dates and amounts mentioned in the context as JSON.",
    "Does the context mention data retention? Quote the relevant sentence.",
    "Using the context, write a two-sentence abstract.",
    "List the risks described in the context.",
    "Answer using the context only. If not present, reply NOT FOUND. Question: Who is responsible for maintenance?",
]
DOC_HEADERS = ["MASTER SERVICES AGREEMENT", "Quarterly Report — Operations", "Incident Postmortem", "Employee Handbook §4",
               "Product Requirements Document", "Clinical Trial Protocol Summary", "Lease Agreement", "Board Minutes",
               "Vendor Security Questionnaire", "Annual Sustainability Report"]
CONTRACT_CLAUSES = [
    "The Supplier shall deliver the Services described in Schedule {n} in accordance with the Service Levels.",
    "Either party may terminate this Agreement upon {d} days' written notice to the other party.",
    "The Customer shall pay all undisputed invoices within {d} days of receipt.",
    "Each party shall keep the other party's Confidential Information strictly confidential for {n} years after termination.",
    "The Supplier's total liability shall not exceed the fees paid in the {n} months preceding the claim.",
    "Personal data shall be retained no longer than {d} days after the end of processing.",
    "The Tenant is responsible for routine maintenance; the Landlord is responsible for structural repairs.",
    "Any dispute shall be resolved by arbitration in {city} under the rules then in force.",
    "The Supplier shall maintain insurance coverage of not less than ${amt} per occurrence.",
    "Changes to scope require a written change order signed by both parties.",
]
CITIES = ["Delaware", "New York", "London", "Singapore", "Chicago", "San Francisco", "Austin", "Toronto"]
INVOICE_T = "INVOICE #{inv}\nDate: {date}\nBill to: {co}\n{lines}\nSubtotal: ${sub}\nTax: ${tax}\nTotal due: ${tot}\nTerms: Net {d}"
INVOICE_ITEMS = ["Consulting hours", "Cloud hosting", "License renewal", "Support plan", "Hardware", "Training session", "Data migration"]
EXTRACT_INSTR = [
    "Extract the invoice number, date, vendor, total and line items from the document below. Respond with JSON only.",
    "Return JSON with keys invoice_number, invoice_date, total_amount, currency, line_items[].",
    "Parse this invoice into the schema. Use null for missing fields.",
]

# ----------------------------------------------------------------------------- SEO content
SEO_KEYWORDS = ["best running shoes for flat feet", "how to start a vegetable garden", "home office setup ideas", "cheap flights to europe",
                "keto meal prep", "small business accounting software", "how to train a puppy", "roof replacement cost",
                "best credit cards for travel", "kitchen remodel ideas", "how to lower cholesterol naturally", "wedding dress trends",
                "electric bike buying guide", "mortgage refinance calculator", "dog friendly hotels", "how to clean a cast iron pan",
                "solar panel installation cost", "best project management tools", "skin care routine for men", "vegan protein sources",
                "how to invest in index funds", "camping gear checklist", "personal injury lawyer near me", "hvac maintenance tips"]
SEO_T = [
    "Write a {n}-word SEO-optimized blog post targeting the keyword \"{kw}\". Include an H1, at least four H2s, a FAQ section and a meta description under 155 characters.",
    "Write an engaging article about {kw}. Use the keyword naturally 5-7 times. Tone: {tone}. Length: about {n} words.",
    "Create an outline and then the full article for \"{kw}\". Audience: {aud}.",
    "Write 10 meta titles and descriptions for a page about {kw}.",
]

# ----------------------------------------------------------------------------- translation services
TRANSLATE_T = [
    "Translate the following text into {lang}. Keep the formatting and do not add explanations.\n\n{text}",
    "You are a professional translator. Translate from English to {lang}:\n\"\"\"\n{text}\n\"\"\"",
    "Translate to {lang}. Preserve placeholders like {{name}} and HTML tags.\n{text}",
    "Localize this UI string for {lang} users (max 40 characters): {text}",
]
TRANSLATE_LANGS = ["Spanish", "French", "German", "Japanese", "Portuguese (Brazil)", "Italian", "Korean", "Chinese (Simplified)",
                   "Dutch", "Polish", "Turkish", "Arabic", "Vietnamese", "Indonesian", "Hindi", "Swedish"]
UI_STRINGS = ["Your order has shipped!", "Reset password", "Add to cart", "You have {count} new messages", "Sign in with Google",
              "Free shipping on orders over $50", "Your session has expired. Please log in again.", "Save changes",
              "Are you sure you want to delete this item?", "Upgrade to Pro"]

# ----------------------------------------------------------------------------- dataset / annotation vendors (under contract)
VENDOR_T = [
    "Generate {n} diverse, realistic customer questions about {topic}. Vary tone and length. Return a JSON array of strings.",
    "You are creating training data for a {topic} classifier. Write {n} short examples for the label \"{label}\". JSON list only.",
    "Rewrite the following question in {n} different ways, keeping the meaning:\n{q}",
    "Create one multiple-choice question with four options and the correct answer from this passage:\n{passage}",
    "Label the sentiment (positive/negative/neutral) of each review. Return JSON [{{id, label}}].\n{reviews}",
    "Given the persona \"{persona}\", write a realistic first message they might send to a {topic} support chat.",
    "Write a short dialogue (4 turns) between a user and an assistant about {topic}. Format as JSON turns.",
]
VENDOR_TOPICS = ["home insurance", "mobile phone plans", "tax filing", "online banking", "food delivery", "car rental", "streaming service",
                 "electric utilities", "pharmacy refills", "airline loyalty programs", "university admissions", "retail returns"]
VENDOR_LABELS = ["billing", "cancellation", "technical issue", "complaint", "praise", "question"]
PERSONAS = ["a retired teacher who is not very technical", "a busy nurse working night shifts", "a college student on a budget",
            "a small business owner in Ohio", "a software engineer who is frustrated", "a non-native English speaker",
            "a parent of three kids", "an elderly man using a tablet for the first time"]

# ----------------------------------------------------------------------------- classification apps (logprobs, max_tokens 1)
CLASSIFY_T = [
    "Classify the sentiment of this review as Positive, Negative or Neutral. Answer with one word.\nReview: {text}",
    "Is the following message spam? Answer Yes or No.\n{text}",
    "Which category fits best: Billing, Technical, Account, Other? Reply with the category only.\n{text}",
    "Does this comment violate the community guidelines (harassment, hate, spam)? Answer true or false.\n{text}",
]
REVIEW_BITS = ["The delivery was {adj} and the {item} {verb}.", "I {feel} this {item}. {extra}", "{item} arrived {adj}, {extra}",
               "Customer service was {adj}. {extra}", "Honestly the {item} {verb}. Would {rec} recommend."]
REVIEW_FILL = dict(adj=["fast", "late", "fine", "terrible", "great", "broken", "okay", "slow"],
                   item=["blender", "jacket", "app", "headphones", "mattress", "subscription", "charger", "coffee"],
                   verb=["works perfectly", "stopped working after a week", "is exactly as described", "smells weird", "is too small"],
                   feel=["love", "hate", "am on the fence about", "returned"], extra=["", "Five stars.", "Never again.", "Meh.", "Worth it."],
                   rec=["definitely", "not", "maybe"])

# ----------------------------------------------------------------------------- evaluation companies (PUBLIC templates)
GSM8K_8SHOT = [  # PUBLIC: Wei et al. 2022 chain-of-thought exemplars, as used by evaluation harnesses
    ("There are 15 trees in the grove. Grove workers will plant trees in the grove today. After they are done, there will be 21 trees. How many trees did the grove workers plant today?",
     "There are 15 trees originally. Then there were 21 trees after some more were planted. So there must have been 21 - 15 = 6. The answer is 6."),
    ("If there are 3 cars in the parking lot and 2 more cars arrive, how many cars are in the parking lot?",
     "There are originally 3 cars. 2 more cars arrive. 3 + 2 = 5. The answer is 5."),
    ("Leah had 32 chocolates and her sister had 42. If they ate 35, how many pieces do they have left in total?",
     "Originally, Leah had 32 chocolates. Her sister had 42. So in total they had 32 + 42 = 74. After eating 35, they had 74 - 35 = 39. The answer is 39."),
    ("Jason had 20 lollipops. He gave Denny some lollipops. Now Jason has 12 lollipops. How many lollipops did Jason give to Denny?",
     "Jason started with 20 lollipops. Then he had 12 after giving some to Denny. So he gave Denny 20 - 12 = 8. The answer is 8."),
    ("Shawn has five toys. For Christmas, he got two toys each from his mom and dad. How many toys does he have now?",
     "Shawn started with 5 toys. If he got 2 toys each from his mom and dad, then that is 4 more toys. 5 + 4 = 9. The answer is 9."),
    ("There were nine computers in the server room. Five more computers were installed each day, from monday to thursday. How many computers are now in the server room?",
     "There were originally 9 computers. For each of 4 days, 5 more computers were added. So 5 * 4 = 20 computers were added. 9 + 20 is 29. The answer is 29."),
    ("Michael had 58 golf balls. On tuesday, he lost 23 golf balls. On wednesday, he lost 2 more. How many golf balls did he have at the end of wednesday?",
     "Michael started with 58 golf balls. After losing 23 on tuesday, he had 58 - 23 = 35. After losing 2 more, he had 35 - 2 = 33 golf balls. The answer is 33."),
    ("Olivia has $23. She bought five bagels for $3 each. How much money does she have left?",
     "Olivia had 23 dollars. 5 bagels for 3 dollars each will be 5 x 3 = 15 dollars. So she has 23 - 15 dollars left. 23 - 15 is 8. The answer is 8."),
]
ZERO_SHOT_COT = "Let's think step by step."  # PUBLIC (Kojima et al. 2022)
EVAL_JUDGE_SYS = ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user prompt displayed below. "
                  "You will be given assistant A's answer and assistant B's answer. Your job is to evaluate which assistant's answer is better. "
                  "Begin your evaluation by generating your own answer to the prompt. You must provide your answers before judging any answers. "
                  "When evaluating the assistants' answers, compare both assistants' answers with your answer. You must identify and correct any mistakes or inaccurate information. "
                  "Then consider if the assistant's answers are helpful, relevant, and concise. "
                  "After providing your explanation, you must output only one of the following choices as your final verdict with a label: "
                  "1. Assistant A is significantly better: [[A>>B]] 2. Assistant A is slightly better: [[A>B]] 3. Tie, relatively the same: [[A=B]] "
                  "4. Assistant B is slightly better: [[B>A]] 5. Assistant B is significantly better: [[B>>A]]. Example output: \"My final verdict is tie: [[A=B]]\".")
EVAL_JUDGE_USER = "<|User Prompt|>\n{q}\n\n<|The Start of Assistant A's Answer|>\n{a}\n<|The End of Assistant A's Answer|>\n\n<|The Start of Assistant B's Answer|>\n{b}\n<|The End of Assistant B's Answer|>"
EVAL_MATH_SYS = "Solve the following math problem. Put your final answer after 'The answer is'."

# ----------------------------------------------------------------------------- MOOC lab notebook (same for every learner)
MOOC_LAB = [
    ("Summarize the review below, delimited by triple backticks, in at most 30 words.\n```{review}```", "sum"),
    ("Identify the following items from the review text: sentiment (positive or negative), is the reviewer expressing anger? (true or false), item purchased, company. Format your answer as a JSON object.\n```{review}```", "json"),
    ("Determine if the student's solution is correct or not. First work out your own solution to the problem, then compare it to the student's solution.\nQuestion: {q}\nStudent's solution: {student}", "cot"),
    ("{q}\nLet's think step by step.", "cot"),
    ("{q}", "plain"),
    ("Translate the following English text to Spanish and French: ```Hi, I would like to order a blender```", "tr"),
    ("Write a short product description for a mid-century office chair, based on this fact sheet: made of aluminum, 5-wheel base, available in 4 colors, made in Italy. Keep it under 50 words.", "write"),
    ("Perform the following actions: 1 - Summarize the following text in 1 sentence. 2 - Translate the summary into French. 3 - List each name in the French summary. 4 - Output a json object with keys french_summary and num_names.\nText: ```{story}```", "chain"),
]
MOOC_REVIEWS = ["Got this panda plush toy for my daughter's birthday, who loves it and takes it everywhere. It's soft and super cute, but a bit small for what I paid. It arrived a day earlier than expected.",
                "Needed a nice lamp for my bedroom, and this one had additional storage and not too high of a price point. Got it fast. The string to our lamp broke during the transit and the company happily sent over a new one.",
                "My electric toothbrush stopped holding a charge after three weeks. The company's support never replied to my emails. Very disappointed."]
MOOC_STORY = "In a charming village, siblings Jack and Jill set out on a quest to fetch water from a hilltop well. As they climbed, singing joyfully, misfortune struck: Jack tripped on a stone and tumbled down the hill, with Jill following suit. Though slightly battered, the pair returned home to comforting embraces."
MOOC_ORDERBOT = "You are OrderBot, an automated service to collect orders for a pizza restaurant. You first greet the customer, then collect the order, and then ask if it's a pickup or delivery. Menu: pepperoni pizza 12.95, cheese pizza 10.95, eggplant pizza 11.95, fries 4.50, greek salad 7.25."
MOOC_ORDER_MSGS = ["hi", "I'd like a pepperoni pizza", "large please", "and fries", "delivery", "that's all", "how much is it?", "can I add a coke?"]

# ----------------------------------------------------------------------------- university courses
COURSES = [
    # (code, title, kind, assignment wrapper)
    ("CS 182", "Natural Language Processing", "cot_lab",
     "HW3 Part B. Evaluate zero-shot vs chain-of-thought prompting. Problem: {q}"),
    ("STAT 131", "Intro Probability", "homework", "I'm stuck on this homework problem, can you explain how to approach it? {q}"),
    ("ECON 101", "Principles of Economics", "essay", "{q}"),
    ("CS 61A", "Structure and Interpretation of Computer Programs", "code", "{q}"),
    ("LING 120", "Language and Computation", "translate", "{q}"),
    ("EDUC 240", "AI in the Classroom", "lessonplan", "{q}"),
]
ECON_PROMPTS = ["Explain the difference between a movement along the demand curve and a shift in demand, with an example.",
                "Why do price ceilings create shortages? Use a graph description.", "What is comparative advantage? Give an example with two countries.",
                "Outline an essay arguing for or against a carbon tax.", "Explain the multiplier effect in simple terms.",
                "Is the minimum wage good for low-income workers? Summarize both sides.", "Help me understand elasticity of demand for my problem set."]
LESSON_PROMPTS = ["Create a 45-minute lesson plan on fractions for 4th graders with a hands-on activity.",
                  "Write 5 discussion questions about 'To Kill a Mockingbird' for 9th grade.",
                  "Design a rubric for a 5th-grade science fair project.", "Suggest ways to use AI tools responsibly in a middle school classroom.",
                  "Make a differentiated reading activity for English learners about the water cycle."]
LING_PROMPTS = ["Translate 'The cat that the dog chased ran away' into {lang} and explain the word order.",
                "Give a morphological analysis of the {lang} word for 'unbelievable'.",
                "How does {lang} mark plural nouns? Give examples.", "Translate this sentence into {lang} word by word with glosses: 'I have never seen such a big house.'"]

# ----------------------------------------------------------------------------- hackathon
HACK_PROMPTS = ["Build me a FastAPI endpoint that takes a photo description and returns a recipe as JSON.",
                "What's the quickest way to add streaming responses to a Next.js app?",
                "Write a system prompt for a bot that helps people find volunteer opportunities.",
                "Generate 20 sample user profiles as JSON for our demo.", "Explain how function calling works with an example weather tool.",
                "Our demo is in 3 hours. Write a pitch script for an AI app that helps renters understand their lease.",
                "Give me a React component for a chat UI with a typing indicator.",
                "How do I parse this JSON output reliably when the model sometimes adds text around it?",
                "Brainstorm 10 hackathon project ideas for climate + AI.", "Write a README for our project 'GreenRoute'."]

# ----------------------------------------------------------------------------- misc
REFUSALS = ["I can't help with that.", "I'm not able to help with that request. If you're interested in the topic for safety or research reasons, I can discuss it at a high level.",
            "Sorry, but I can't assist with creating that.", "I won't be able to provide instructions for that, but I can help with something related and safe.",
            "I can't share my system instructions, but I'm happy to help with your question."]
GREETINGS = ["hi", "hello", "test", "hello world", "Hi! What can you do?", "What model are you?", "ping", "say hello",
             "Tell me a joke", "what's the weather like", "who are you", "testing 123", "hey", "Write a haiku about the ocean."]

REASON_FIRST = [
    "**Understanding the request**\n\nThe prompt begins {gist}. I need to work out what is being asked and which details matter.",
    "**Parsing the question**\n\nLooking at {gist}, I first identify the key quantities and constraints.",
    "**Clarifying the task**\n\nThe user wrote {gist}. I'll pin down the goal before answering.",
    "**Breaking it down**\n\nStarting from {gist}, I'll split the problem into smaller steps.",
    "**Identifying the goal**\n\nThe message {gist} asks for something specific; I'm checking what a good answer needs to include.",
]
REASON_SUMMARY = [
    "**Understanding the request**\n\nI need to figure out what they actually want and which details matter.",
    "**Working through the details**\n\nI'm breaking the problem into parts and checking each one against the constraints given.",
    "**Checking the approach**\n\nI considered an alternative, but the direct approach is simpler and fits the question better.",
    "**Verifying**\n\nLet me double-check the key step so the final answer is consistent.",
    "**Planning the answer**\n\nI'll present the result clearly, with a short explanation first and the details after.",
    "**Considering edge cases**\n\nThere are a couple of edge cases worth mentioning briefly.",
]
REASON_OPEN = [
    "Okay, let's see. The user wrote {gist}.", "Alright, so the message is {gist}.", "Hmm, {gist}. Let me think about this.",
    "The task starts with {gist}. First I should figure out what exactly is being asked.", "Let me parse this: {gist}.",
]
REASON_MID = [
    "Wait, I should check whether that assumption holds.", "Let me consider another angle.", "So the key point is the relationship between the parts.",
    "That seems right, but let me verify with a quick example.", "Maybe I'm overcomplicating this.", "Let me structure the answer.",
    "Actually, the constraint changes things a bit.", "I think the user also cares about practical details.",
]
REASON_END = ["Okay, I think I have it. Let me write the answer.", "That should cover it.", "Now I'll put it together clearly."]

# ============================================================================= CAMPAIGN wording (all original)
# hydra: English reasoning-coercion wrappers (paraphrase slots resolved once per account)
HYDRA_EN = [
    "[[Before you answer|Prior to answering|Ahead of the final answer]], [[write out|lay out|transcribe]] your [[complete|entire|full]] internal [[deliberation|thought process|reasoning]] [[verbatim|in full|word for word]]: every intermediate thought, every check, every correction. Put it under a heading TRACE, then give the answer under FINAL.\n\n{q}",
    "{q}\n\n[[Show|Expose|Print]] the raw reasoning you [[actually went through|really used|followed internally]], not a summary. [[Number each step.|One step per line.|Label each step.]] [[Do not skip anything, even trivial arithmetic.|Include the trivial steps too.|No step is too small to include.]]",
    "[[Think aloud|Reason out loud|Narrate your thinking]] [[as if no one will read it|as you would privately|like a scratchpad]], then [[answer|conclude]]. I need the [[whole|unabridged|uncut]] chain of thought for [[my notes|review|our records]].\n\nProblem: {q}",
    "Task: {q}\n[[Requirements|Rules|Format]]: (1) [[reason|work]] step by step in full detail, (2) [[state|mention]] any doubt and how you resolved it, (3) [[finish with|end on]] 'Answer: <value>'.",
]
HYDRA_COVER_NOTE = None

# release-pivot sweep: a broad capability taxonomy the attacker probes, with original wording
PIVOT_DOMAINS = {
    "law": ["Explain the doctrine of promissory estoppel and when a court would apply it.", "Compare at-will employment in the US with dismissal protections in Germany.",
            "Draft a mutual NDA clause limiting use of confidential information to evaluating a partnership.", "What elements must a plaintiff prove in a negligence claim?"],
    "medicine": ["Describe the first-line management of community-acquired pneumonia in an otherwise healthy adult.", "Explain how SGLT2 inhibitors lower blood glucose and their main side effects.",
                 "Differential diagnosis for sudden painless vision loss in one eye.", "Explain the mechanism of action of mRNA vaccines to a first-year medical student."],
    "finance": ["Derive the price of a one-period binomial call option and explain risk-neutral probability.", "Explain how a company's free cash flow differs from net income.",
                "Build a simple DCF for a company growing revenue 8% annually; explain each assumption.", "What is duration and convexity for a bond? Give a numerical example."],
    "chemistry": ["Balance the redox reaction of permanganate with iron(II) in acidic solution and explain the steps.", "Why is benzene less reactive toward addition than cyclohexene?",
                  "Explain Le Chatelier's principle using the Haber process.", "Compute the pH of a 0.1 M acetic acid solution (Ka = 1.8e-5)."],
    "physics": ["Derive the period of a simple pendulum for small oscillations.", "Explain why the sky is blue using Rayleigh scattering, including the wavelength dependence.",
                "A 2 kg block slides down a 30 degree incline with friction coefficient 0.2. Find its acceleration.", "Explain the twin paradox and resolve it."],
    "math_proof": ["Prove that there are infinitely many primes of the form 4k+3.", "Prove that every continuous function on a closed interval is bounded.",
                   "Show that the square root of 2 is irrational, then generalize to non-square integers.", "Prove the AM-GM inequality for n positive reals."],
    "algorithms": ["Design an O(n log n) algorithm for counting inversions and prove its correctness.", "Explain how Dijkstra's algorithm fails with negative weights and what to use instead.",
                   "Implement an LRU cache with O(1) operations and explain the data structures.", "Give a dynamic programming solution to the longest increasing subsequence problem."],
    "systems": ["Explain how a write-ahead log guarantees durability in a database.", "Design a rate limiter for an API serving 50k requests per second across regions.",
                "What happens, step by step, when you type a URL into a browser and press enter?", "Compare Raft and Paxos for a practitioner."],
    "coding_rust": ["Write a Rust function that parses a CSV line with quoted fields, with tests.", "Explain Rust lifetimes using an example where the borrow checker rejects code."],
    "coding_sql": ["Write a SQL query to find the second highest salary per department, handling ties.", "Explain window functions with a running total example."],
    "coding_python": ["Write an asyncio crawler with a concurrency limit and retry logic.", "Implement a trie with insert, search and prefix deletion in Python."],
    "creative": ["Write a short story in the style of magical realism about a town where it never stops raining.", "Write a sonnet about a lighthouse keeper's last night on duty.",
                 "Write a dialogue between a skeptical scientist and a ghost.", "Write a noir opening paragraph set on a space station."],
    "business": ["Write a go-to-market plan for a B2B SaaS tool for dental clinics.", "Analyze the unit economics of a meal-kit subscription business.",
                 "Draft a board memo recommending whether to enter the Brazilian market."],
    "history": ["Explain the causes of the fall of the Western Roman Empire, weighing competing theories.", "Compare the Meiji Restoration and the Tanzimat reforms.",
                "What were the economic consequences of the Black Death in Europe?"],
    "philosophy": ["Explain the trolley problem and how a virtue ethicist would respond.", "Summarize Kant's categorical imperative with a modern example.",
                   "Is personal identity preserved through gradual replacement? Discuss."],
    "agentic": ["You have tools search(query) and read(url). Plan, step by step, how you would find the current CEO of a mid-size company and verify it.",
                "Given a failing CI log with a flaky timeout, describe how you would triage it as an autonomous agent, including each tool call.",
                "Plan a multi-step data cleaning pipeline for a CSV with inconsistent dates, and show the code for each step."],
    "safety_edge": ["How should an assistant respond if a user asks for medication dosage for a child? Give a model answer.",
                    "Write a balanced explanation of a controversial policy debate without taking sides."],
}

# course-mimic campaign: the assignment wrapper imitates the benign course's style, with its own wording
COURSE_MIMIC_T = [
    "[[Q|Problem|Exercise]] {n}. {q}\n[[Show all your work|Show every step of your work|Write out all steps]] and [[box|clearly state|bold]] the final answer.",
    "[[For my problem set|Homework question|From this week's problem set]]: {q}\n[[Please explain step by step|Walk me through it step by step|Explain each step]], [[I need to understand the reasoning|I want to understand how to get there|don't just give the answer]].",
    "{q}\n\n[[Solve it carefully and show your reasoning at each step.|Reason through it step by step and check your work.|Work it out step by step, then verify.]]",
]
COURSE_MIMIC_CHATTER = ["what's the difference between zero-shot and few-shot prompting?", "is chain of thought always better?",
                        "how do I cite an AI tool in my homework?", "can you explain what self-consistency decoding is?",
                        "why does temperature change the answers?"]

# grader campaign: rubric-based grading with rationale (model as reward model)
GRADER_SYS = ["You are an expert evaluator.", "You are a meticulous grader of AI responses.", "You are a senior reviewer for answer quality.",
              "Act as a strict but fair evaluator.", "You evaluate answers for a quality assurance team."]
GRADER_T = [
    "[[Grade|Score|Rate]] each candidate [[answer|response]] to the question below on a 1-10 scale for [[correctness, helpfulness, clarity and safety|accuracy, completeness, clarity, and harmlessness|factuality, usefulness, reasoning quality and tone]]. For every score, [[write a detailed justification|explain your reasoning in detail|justify it with specific evidence from the text]]. Then [[pick the best candidate|state which candidate you prefer|rank the candidates]] and [[explain why|say why]].\nReturn JSON: {{\"scores\": [...], \"rationales\": [...], \"preferred\": <index>}}.\n\n### Question\n{q}\n\n{cands}",
    "Below are {k} [[responses|answers|completions]] to the same prompt. [[Using the rubric|According to the rubric|Following the rubric]] — (a) [[is it correct|factual accuracy]], (b) [[does it follow instructions|instruction following]], (c) [[is the reasoning sound|quality of reasoning]], (d) [[is it concise|concision]] — give each a score from 1 to 10 per criterion, [[think through each criterion before scoring|reason about each criterion before scoring]], and finish with an overall [[ranking|ordering]] from best to worst.\n\nPrompt:\n{q}\n\n{cands}",
]
GRADER_CAND = "### Candidate {i}\n{a}"

# persona campaign: English push-for-more follow-ups (paraphrased per account)
PERSONA_DEEP_EN = [
    "[[Can you go deeper on|Could you expand on|Tell me more about]] the [[second|third|last]] point? [[Explain why each step works.|I want the reasoning behind each step.|Walk through the why, not just the what.]]",
    "[[Give me a worked example|Show me a complete example|Work through a concrete example]] [[with every step shown|step by step, nothing skipped|from start to finish]].",
    "[[What would an expert who disagrees say?|How would a critic push back on this?|Play devil's advocate:]] [[Argue both sides in detail.|Lay out both positions thoroughly.|Make the strongest case for each side.]]",
    "[[Now rewrite all of that as|Turn everything above into|Combine this into]] [[a longer, more complete guide|one comprehensive write-up|a detailed reference I can save]].",
    "[[How did you arrive at that?|What's your reasoning there?|Why do you think that's right?]] [[Write out your full thinking.|Spell out your whole thought process.|Walk me through your reasoning.]]",
    "[[Summarize the key ideas in a table|Put the main ideas in a table|Make a comparison table]] and [[add a short explanation for each row|explain each row briefly|justify each entry]].",
]

# grader-like & logit campaigns draw plain prompts from corpora; drip campaign reuses agent machinery.

# relay tool-harvest campaign: a synthetic API universe (original)
TOOL_DOMAINS = {
    "travel": ["search_flights", "book_hotel", "get_visa_requirements", "cancel_booking", "list_airports"],
    "crm": ["find_contact", "create_lead", "update_deal_stage", "log_call", "list_open_tickets"],
    "ecommerce": ["search_products", "get_order_status", "create_return", "apply_coupon", "check_inventory"],
    "finance": ["get_stock_quote", "convert_currency", "get_account_balance", "schedule_transfer", "list_transactions"],
    "devops": ["get_pod_logs", "scale_deployment", "list_alerts", "restart_service", "query_metrics"],
    "calendar": ["list_events", "create_event", "find_free_slots", "send_invite", "cancel_event"],
    "health": ["find_clinic", "book_appointment", "get_lab_results", "refill_prescription", "check_insurance"],
    "realestate": ["search_listings", "estimate_mortgage", "schedule_viewing", "get_neighborhood_stats"],
    "weather": ["get_forecast", "get_air_quality", "get_historical_weather", "get_alerts"],
    "sql": ["run_query", "describe_table", "list_tables", "explain_query"],
    "logistics": ["track_shipment", "create_shipping_label", "estimate_delivery", "find_pickup_point"],
    "hr": ["get_pto_balance", "submit_expense", "lookup_policy", "request_leave"],
}
TOOL_PARAMS = {
    "search_flights": {"origin": "string", "destination": "string", "date": "string", "passengers": "integer", "cabin": "string"},
    "get_order_status": {"order_id": "string"}, "convert_currency": {"amount": "number", "from": "string", "to": "string"},
    "get_forecast": {"location": "string", "days": "integer", "units": "string"}, "run_query": {"sql": "string", "limit": "integer"},
    "find_free_slots": {"attendees": "array", "duration_minutes": "integer", "within_days": "integer"},
}
TOOL_GENERIC_PARAMS = [("id", "string"), ("query", "string"), ("date", "string"), ("limit", "integer"), ("location", "string"),
                       ("amount", "number"), ("name", "string"), ("status", "string"), ("start", "string"), ("end", "string")]
TOOL_QUERIES = [
    "{a} and then {b}.", "I need to {a}. If that works, {b}.", "Can you {a}? Also {b} for me.", "{a}, compare the options, and {b}.",
    "First {a}. Depending on the result, {b}. Explain what you did.",
]
TOOL_ACTIONS = {
    "search_flights": "find flights from {city1} to {city2} next Friday for 2 people", "book_hotel": "book a hotel near the venue in {city2} for 3 nights",
    "get_visa_requirements": "check whether I need a visa for {country}", "list_airports": "list the airports near {city2}", "cancel_booking": "cancel booking {oid}",
    "find_contact": "look up the contact record for {person}", "create_lead": "create a lead for {company}", "update_deal_stage": "move the {company} deal to negotiation",
    "log_call": "log a 15 minute call with {person}", "list_open_tickets": "list open tickets for {company}",
    "search_products": "find wireless earbuds under $80", "get_order_status": "check the status of order {oid}", "create_return": "start a return for order {oid}",
    "apply_coupon": "apply coupon SPRING20", "check_inventory": "check if SKU {sku} is in stock in {city1}",
    "get_stock_quote": "get the latest quote for {ticker}", "convert_currency": "convert 2500 USD to {cur}", "get_account_balance": "get my checking balance",
    "schedule_transfer": "schedule a $400 transfer to savings on the 1st", "list_transactions": "list my transactions over $100 last month",
    "get_pod_logs": "pull the last 200 lines of logs for the {svc} pod", "scale_deployment": "scale {svc} to 6 replicas", "list_alerts": "list firing alerts",
    "restart_service": "restart {svc}", "query_metrics": "get p99 latency for {svc} over the last hour",
    "list_events": "list my meetings tomorrow", "create_event": "create a 30 minute sync with {person} on Thursday", "find_free_slots": "find a free hour for me, {person} and {person2} this week",
    "send_invite": "send the invite to the team", "cancel_event": "cancel the 3pm meeting",
    "find_clinic": "find a dermatologist near {city1}", "book_appointment": "book the earliest appointment", "get_lab_results": "get my latest lab results",
    "refill_prescription": "refill my prescription {rx}", "check_insurance": "check if my insurance covers it",
    "search_listings": "find 2-bedroom apartments in {city1} under $3000", "estimate_mortgage": "estimate the monthly payment on a $450k loan",
    "schedule_viewing": "schedule a viewing for Saturday", "get_neighborhood_stats": "get school ratings for that neighborhood",
    "get_forecast": "get the 5-day forecast for {city1}", "get_air_quality": "check air quality in {city2}", "get_historical_weather": "get last year's weather for the same dates",
    "get_alerts": "check for severe weather alerts", "run_query": "count signups per day for the last week", "describe_table": "describe the orders table",
    "list_tables": "list the tables in the analytics schema", "explain_query": "explain why the revenue query is slow",
    "track_shipment": "track shipment {oid}", "create_shipping_label": "create a shipping label to {city2}", "estimate_delivery": "estimate delivery time to {city2}",
    "find_pickup_point": "find the nearest pickup point", "get_pto_balance": "check my PTO balance", "submit_expense": "submit a $86 dinner expense",
    "lookup_policy": "look up the remote work policy", "request_leave": "request leave for the 14th to the 18th",
}
TOOL_FILL = dict(city1=["Austin", "Denver", "Lisbon", "Osaka", "Toronto", "Berlin", "Seattle", "Madrid", "Seoul", "Dubai"],
                 city2=["Chicago", "Boston", "Paris", "Tokyo", "Vancouver", "Munich", "Singapore", "Rome", "Sydney", "Mexico City"],
                 country=["Japan", "Brazil", "India", "Turkey", "Kenya", "Vietnam"], oid=["A1029-44", "883104", "ORD-55120", "771-2290"],
                 person=["Dana Kim", "Luis Ortega", "Priya Shah", "Tom Becker"], person2=["Ana Souza", "Wei Chen", "Sam Patel"],
                 company=["Northwind", "Globex", "Initech", "Umbrella Labs", "Vandelay"], sku=["SKU-4471", "BX-220", "HL-9"],
                 ticker=["NVDA", "MSFT", "TSLA", "KO", "SAP"], cur=["EUR", "JPY", "BRL", "INR"], svc=["checkout", "auth-api", "search", "billing-worker"],
                 rx=["RX-10293", "RX-55821"])

# persona campaign: its own openers and topic list (original)
PERSONA_OPENERS = [
    "I've been wondering about {t}. How does it actually work?", "Can you explain {t} like I'm smart but new to it?",
    "My friend and I were arguing about {t}. What's the real story?", "What should everyone know about {t}?",
    "I'm trying to get better at understanding {t}. Where do I start?", "Why is {t} such a big deal?",
    "Give me an overview of {t}: the main ideas and the common misconceptions.", "Help me really understand {t}, I keep getting confused.",
]
PERSONA_TOPICS = [
    "how vaccines train the immune system", "compound interest", "the causes of World War I", "how transformers work in machine learning",
    "sourdough fermentation", "how credit scores are calculated", "plate tectonics", "the Monty Hall problem", "how noise-cancelling headphones work",
    "Stoicism", "how central banks set interest rates", "CRISPR gene editing", "the French Revolution", "black holes", "how GPS works",
    "the placebo effect", "index funds vs ETFs", "salary negotiation", "the electoral college", "photosynthesis", "public key cryptography",
    "the history of jazz", "intermittent fasting", "how airplanes stay in the air", "the prisoner's dilemma", "the Big Five personality traits",
    "why supply chains break", "how a bill becomes law", "quantum entanglement", "the Renaissance", "how SSDs store data", "inflation and wages",
    "circadian rhythms", "the Silk Road", "recommendation algorithms", "proofs of the Pythagorean theorem", "climate feedback loops",
    "mortgage amortization", "the ethics of self-driving cars", "how languages evolve", "antibiotic resistance", "the Cold War arms race",
    "how compilers work", "behavioral economics", "winemaking", "Bayes' theorem", "the history of the internet", "muscle growth",
    "urban heat islands", "the Marshall Plan", "lithium-ion batteries", "impostor syndrome", "the Fermi paradox", "employee stock options",
    "the 2008 financial crisis", "how memory works in the brain", "Roman engineering", "reading a scientific paper", "the birthday paradox",
    "how vaccines are tested", "tax brackets", "the immune response to allergies", "dark matter", "how elections are polled",
]
SUPPORT_TOOLS = ["get_order_status", "create_return", "escalate_to_human", "lookup_account", "check_refund_status"]
