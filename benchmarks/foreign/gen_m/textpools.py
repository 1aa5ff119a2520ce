# -*- coding: utf-8 -*-
"""Hand-written multilingual vocabularies and prompt templates (ja, ko, zh, vi, th, en).

The public corpora in /work/shared/data are 99.5% English; the Japanese, Korean, Chinese,
Vietnamese and Thai traffic of this world is built from these slot grammars instead.
"""

CODE_LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "Swift", "PHP", "Ruby", "JavaScript", "C++"]

ERRORS = [
    "TypeError: Cannot read properties of undefined (reading 'map')",
    "ModuleNotFoundError: No module named 'pandas'",
    "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable",
    "Exception in thread \"main\" java.lang.NullPointerException\n\tat com.example.App.main(App.java:14)",
    "fatal: refusing to merge unrelated histories",
    "Error: listen EADDRINUSE: address already in use :::3000",
    "psycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host \"localhost\" (127.0.0.1) and accepting TCP/IP connections on port 5432?",
    "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 23.65 GiB total capacity)",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x82 in position 0: invalid start byte",
    "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
    "panic: runtime error: index out of range [5] with length 5",
    "ValueError: could not convert string to float: '1,234'",
    "django.db.utils.IntegrityError: UNIQUE constraint failed: accounts_user.email",
    "Error: Hydration failed because the initial UI does not match what was rendered on the server.",
    "KeyError: 'created_at'",
    "error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
    "OSError: [Errno 24] Too many open files",
    "kotlin.UninitializedPropertyAccessException: lateinit property adapter has not been initialized",
]

SNIPPETS = [
    ("python", "def get_user(users, uid):\n    for u in users:\n        if u['id'] == uid:\n            return u\n    return None\n\nresult = [get_user(users, i) for i in ids]"),
    ("python", "import requests\n\nfor page in range(1, 100):\n    r = requests.get(f'https://api.example.com/items?page={page}')\n    data = r.json()\n    items.extend(data['items'])"),
    ("javascript", "async function load() {\n  const res = await fetch('/api/todos');\n  const todos = res.json();\n  todos.forEach(t => render(t));\n}"),
    ("go", "func sum(nums []int) int {\n\ttotal := 0\n\tfor i := 0; i <= len(nums); i++ {\n\t\ttotal += nums[i]\n\t}\n\treturn total\n}"),
    ("sql", "SELECT c.name, COUNT(o.id)\nFROM customers c, orders o\nWHERE c.id = o.customer_id\nGROUP BY c.id;"),
    ("typescript", "const cache: any = {};\nexport function memo(key, fn) {\n  if (cache[key]) return cache[key];\n  cache[key] = fn();\n  return cache[key];\n}"),
    ("java", "public int fib(int n) {\n    if (n <= 1) return n;\n    return fib(n - 1) + fib(n - 2);\n}"),
    ("rust", "fn longest(a: &str, b: &str) -> &str {\n    if a.len() > b.len() { a } else { b }\n}"),
    ("python", "df = pd.read_csv('sales.csv')\nfor i in range(len(df)):\n    df.loc[i, 'total'] = df.loc[i, 'price'] * df.loc[i, 'qty']"),
    ("kotlin", "class UserRepo(private val api: Api) {\n    suspend fun load(id: String) = withContext(Dispatchers.Main) {\n        api.getUser(id)\n    }\n}"),
]

# ------------------------------------------------------------------ Japanese
JA = dict(
    topic=["量子コンピュータ", "新NISA", "インボイス制度", "生成AI", "ふるさと納税", "円安", "睡眠の質", "Kubernetes", "機械学習の過学習",
           "脱炭素", "少子化", "電気自動車", "ブロックチェーン", "リスキリング", "マイナンバーカード", "半導体サプライチェーン", "光合成",
           "相対性理論", "江戸時代の経済", "年末調整", "確定申告", "在宅勤務", "Rustの所有権", "Transformerモデル", "データベースの正規化",
           "OAuth 2.0", "ゼロトラスト", "DX推進", "ベイズ統計", "花粉症", "腸内環境", "キャッシュレス決済", "介護保険", "地震の仕組み",
           "日本の選挙制度", "iDeCo", "大規模言語モデル", "マイクロサービス", "円周率", "線形回帰", "為替ヘッジ", "働き方改革", "電子帳簿保存法"],
    place=["京都", "金沢", "札幌", "福岡", "沖縄", "箱根", "仙台", "広島", "ソウル", "台北", "釜山", "軽井沢", "高山", "松山", "長崎", "日光", "伊勢"],
    food=["肉じゃが", "親子丼", "豚の生姜焼き", "カレーライス", "筑前煮", "鶏の唐揚げ", "麻婆豆腐", "ぶり大根", "オムライス", "ちらし寿司", "キムチチゲ", "茶碗蒸し", "ハンバーグ"],
    ing=["卵", "豚こま肉", "キャベツ", "玉ねぎ", "豆腐", "鶏むね肉", "にんじん", "じゃがいも", "ツナ缶", "ほうれん草", "納豆", "もやし"],
    thing=["ビジネス書", "ワイヤレスイヤホン", "プログラミング学習サイト", "キャンプ用品", "加湿器", "ドラマ", "ボードゲーム", "ノートPC", "英語の勉強法", "ポッドキャスト"],
    product=["オーガニック緑茶", "ワイヤレス充電器", "猫用おやつ", "クラフトビール", "日焼け止め", "家計簿アプリ", "オンライン英会話", "抹茶スイーツ", "折りたたみ自転車"],
    pair=[("適用", "適応"), ("保障", "保証"), ("効く", "利く"), ("見る", "観る"), ("初め", "始め"), ("回答", "解答"), ("意思", "意志"), ("追求", "追及")],
    situation=["体調不良で明日休むこと", "納期が1週間遅れること", "見積もりの金額を修正したこと", "打ち合わせの日程を変更したいこと",
               "有給休暇を取得したいこと", "請求書の送付が遅れたお詫び", "新しい担当者への引き継ぎ", "価格改定のお知らせ"],
    excel=["VLOOKUPで別シートの値を取得", "重複しているセルに色を付け", "日付から曜日を表示", "ピボットテーブルで月別に集計", "複数条件でSUMIFS"],
    algo=["二分探索", "クイックソート", "ダイクストラ法", "LRUキャッシュ", "幅優先探索", "動的計画法によるナップサック問題", "トライ木",
          "Union-Find", "トークンバケットによるレート制限", "指数バックオフ付きのリトライ処理", "JWT認証", "カーソル方式のページネーション"],
    pandas=["重複行を削除", "日付ごとに集計", "欠損値を平均で埋め", "2つのファイルを結合", "特定の列でソート", "月別の売上グラフを描画"],
    sql=["部署ごとの平均給与を出", "直近30日に注文した顧客を抽出", "売上トップ10の商品を取得", "重複したメールアドレスを見つけ"],
    git=["直前のコミットを取り消", "ブランチ名を変更", "特定のファイルだけ元に戻", "リモートの変更を取り込"],
    name=["太郎", "花子", "さくら", "翔太", "陽菜", "蓮", "結衣", "大輝", "美咲", "健太", "葵", "悠真"],
    book=["吾輩は猫である", "ノルウェイの森", "君たちはどう生きるか", "コンビニ人間", "羅生門", "銀河鉄道の夜", "容疑者Xの献身"],
)

JA_GENERAL = [
    "{topic}について簡単に説明してください。",
    "{topic}のメリットとデメリットを教えて",
    "{topic}について小学生にもわかるように説明して",
    "{topic}のポイントを3行でまとめて",
    "{place}で2泊3日の旅行プランを考えてください。予算は一人5万円くらいです。",
    "{food}のレシピを教えてください。材料は2人分で。",
    "おすすめの{thing}を5つ教えて",
    "「{w1}」と「{w2}」の違いは何ですか？",
    "上司に{situation}を伝えるメールの文面を作ってください。",
    "{product}のキャッチコピーを10個考えて",
    "Excelで{excel}する方法を教えて",
    "今日の夕飯の献立を考えて。冷蔵庫に{ing}と{ing2}があります",
    "最近眠れないのですが、何か対策はありますか？",
    "取引先に{situation}を英語で丁寧に伝えたいです。文面を作って",
    "{topic}をテーマにした10分のプレゼンの構成案を作って",
    "{book}のあらすじと感想文の書き出しを考えて",
    "{topic}について、賛成・反対の両方の立場から論点を整理して",
    "転職を考えています。{topic}の知識を活かせる仕事にはどんなものがありますか？",
    "子どもに{topic}をどう説明すればいいですか？",
    "{place}のおすすめの観光スポットとグルメを教えて",
    "この文章を校正してください：「{situation}について、ご確認のほどよろしくお願い致します。」",
    "ありがとう！もう少し詳しく教えて",
    "それって本当ですか？根拠も教えてください",
    "もっと短くしてください",
    "箇条書きでまとめ直して",
]
JA_CODE = [
    "{lang}で{algo}を実装するコードを書いてください。",
    "PythonでCSVファイルを読み込んで{pandas}るコードを書いて",
    "このエラーの原因と対処法を教えてください。\n```\n{error}\n```",
    "次のコードをレビューして、改善点を教えてください。\n```{snl}\n{snippet}\n```",
    "{lang}と{lang2}の違いを教えて。どちらを学ぶべき？",
    "SQLで{sql}すクエリを書いてください",
    "Gitで{git}す方法は？",
    "DockerでPythonの開発環境を作るDockerfileを書いて",
    "このコードが遅いです。高速化する方法はありますか？\n```{snl}\n{snippet}\n```",
    "{lang}で{algo}を書いたのですが、テストケースも作ってもらえますか？",
    "GitHub Actionsで{lang}のテストを自動実行する設定ファイルを書いて",
    "{algo}の計算量を教えてください",
]

# ------------------------------------------------------------------ Korean
KO = dict(
    topic=["양자 컴퓨터", "ISA 계좌", "연말정산", "생성형 AI", "전세 사기 예방", "금리 인상", "수면의 질", "쿠버네티스", "머신러닝 과적합",
           "탄소중립", "저출산", "전기차 배터리", "블록체인", "리스킹", "청약 통장", "반도체 산업", "광합성", "상대성 이론", "조선 시대 경제",
           "종합소득세 신고", "재택근무", "러스트의 소유권", "트랜스포머 모델", "데이터베이스 정규화", "OAuth 2.0", "제로 트러스트",
           "디지털 전환", "베이즈 통계", "미세먼지", "장 건강", "간편결제", "국민연금", "지진의 원리", "대규모 언어 모델", "마이크로서비스",
           "선형 회귀", "환율 헤지", "주 4일제", "K-콘텐츠 수출"],
    place=["제주도", "부산", "강릉", "경주", "여수", "전주", "속초", "도쿄", "오사카", "후쿠오카", "다낭", "방콕", "타이베이", "통영"],
    food=["김치찌개", "된장찌개", "불고기", "제육볶음", "닭갈비", "잡채", "떡볶이", "부대찌개", "비빔밥", "계란말이", "순두부찌개", "카레"],
    ing=["계란", "돼지고기", "양배추", "양파", "두부", "닭가슴살", "당근", "감자", "참치캔", "시금치", "김치", "애호박"],
    thing=["자기계발서", "무선 이어폰", "코딩 학습 사이트", "캠핑 용품", "가습기", "드라마", "보드게임", "노트북", "영어 공부법", "팟캐스트"],
    product=["유기농 녹차", "무선 충전기", "고양이 간식", "수제 맥주", "선크림", "가계부 앱", "온라인 영어 회화", "비건 화장품", "전기 자전거"],
    pair=[("결제", "결재"), ("로서", "로써"), ("맞추다", "맞히다"), ("가르치다", "가리키다"), ("웬", "왠"), ("되", "돼"), ("안", "않")],
    situation=["몸이 안 좋아서 내일 쉬어야 한다는 것", "납기가 일주일 늦어진다는 것", "견적 금액을 수정했다는 것", "회의 일정을 바꾸고 싶다는 것",
               "연차를 쓰고 싶다는 것", "청구서 발송이 늦어진 것에 대한 사과", "새 담당자로의 인수인계", "가격 인상 안내"],
    excel=["VLOOKUP으로 다른 시트 값 가져오기", "중복 셀에 색 칠하기", "날짜에서 요일 표시하기", "피벗 테이블로 월별 집계하기", "SUMIFS로 여러 조건 합계"],
    algo=["이진 탐색", "퀵 정렬", "다익스트라 알고리즘", "LRU 캐시", "너비 우선 탐색", "동적 계획법 배낭 문제", "트라이", "유니온 파인드",
          "토큰 버킷 레이트 리미터", "지수 백오프 재시도", "JWT 인증", "커서 기반 페이지네이션"],
    pandas=["중복 행 제거", "날짜별 집계", "결측치를 평균으로 채우기", "두 파일 병합", "특정 열로 정렬", "월별 매출 그래프 그리기"],
    sql=["부서별 평균 급여 구하기", "최근 30일 내 주문한 고객 찾기", "매출 상위 10개 상품 조회", "중복 이메일 찾기"],
    git=["직전 커밋 되돌리기", "브랜치 이름 바꾸기", "특정 파일만 원래대로 되돌리기", "원격 변경 사항 가져오기"],
    name=["민준", "서연", "지호", "하윤", "도윤", "지우", "서준", "수아", "예준", "지민", "현우", "채원"],
    book=["채식주의자", "82년생 김지영", "소년이 온다", "불편한 편의점", "아몬드", "달러구트 꿈 백화점", "파친코"],
)
KO_GENERAL = [
    "{topic}에 대해 쉽게 설명해줘",
    "{topic}의 장단점을 알려주세요",
    "{topic}를 초등학생도 이해할 수 있게 설명해 줘",
    "{topic} 핵심만 세 줄로 요약해줘",
    "{place} 2박 3일 여행 코스 추천해줘. 예산은 1인당 50만 원 정도야",
    "{food} 레시피 알려줘. 2인분 기준으로",
    "{thing} 추천 5개만 해줘",
    "'{w1}'와 '{w2}'의 차이가 뭐예요?",
    "팀장님께 {situation}을 전하는 메일 써줘",
    "{product} 광고 문구 10개 만들어줘",
    "엑셀에서 {excel} 방법 알려줘",
    "오늘 저녁 메뉴 추천해줘. 냉장고에 {ing}랑 {ing2} 있어",
    "요즘 잠을 잘 못 자는데 어떻게 하면 좋을까요?",
    "거래처에 {situation}을 영어로 정중하게 전하고 싶어요. 메일 초안 부탁해요",
    "{topic}를 주제로 10분짜리 발표 구성안 만들어줘",
    "{book} 줄거리랑 독후감 첫 문단 써줘",
    "{topic}에 대해 찬성과 반대 입장을 정리해 주세요",
    "자기소개서 첨삭 부탁드립니다. 지원 직무는 {topic} 관련 직무입니다.",
    "아이한테 {topic}을 어떻게 설명하면 좋을까?",
    "{place} 맛집이랑 가볼 만한 곳 알려줘",
    "고마워! 조금 더 자세히 설명해 줄래?",
    "그거 확실해? 근거도 알려줘",
    "더 짧게 줄여줘",
    "표로 정리해줄 수 있어?",
]
KO_CODE = [
    "{lang}로 {algo} 구현하는 코드 작성해줘",
    "파이썬으로 CSV 파일 읽어서 {pandas}하는 코드 짜줘",
    "이 에러 원인이랑 해결 방법 알려주세요\n```\n{error}\n```",
    "다음 코드 리뷰해주고 개선할 점 알려줘\n```{snl}\n{snippet}\n```",
    "{lang}랑 {lang2} 차이가 뭐야? 뭘 먼저 배워야 할까?",
    "SQL로 {sql} 쿼리 작성해 주세요",
    "깃에서 {git}는 어떻게 해?",
    "파이썬 개발 환경용 Dockerfile 작성해줘",
    "이 코드가 너무 느린데 최적화 방법 있을까요?\n```{snl}\n{snippet}\n```",
    "{lang}로 {algo} 짰는데 테스트 코드도 만들어 줄 수 있어?",
    "GitHub Actions로 {lang} 테스트 자동 실행 설정 파일 만들어줘",
    "{algo}의 시간 복잡도가 어떻게 돼?",
]

# ------------------------------------------------------------------ Chinese / Vietnamese / Thai
ZH = dict(topic=["量子计算", "人工智能", "新能源汽车", "区块链", "机器学习", "碳中和", "房贷利率", "微服务架构", "数据库索引", "深度学习",
                 "跨境电商", "中医养生", "汇率波动", "Python爬虫", "时间管理"],
          place=["东京", "首尔", "大阪", "京都", "济州岛", "曼谷", "岘港", "北海道"],
          thing=["编程书籍", "蓝牙耳机", "学习网站", "护肤品", "电视剧"])
ZH_GENERAL = ["请简单介绍一下{topic}。", "{topic}的优缺点是什么？", "帮我制定一个{place}五日游的行程", "推荐几本关于{topic}的书",
              "用通俗易懂的语言解释{topic}", "帮我写一封请假邮件", "{topic}未来的发展趋势如何？", "推荐五款性价比高的{thing}",
              "请用Python写一个{topic}相关的小例子", "帮我把这段话翻译成日语：我们下周一开会讨论{topic}。", "谢谢！能再详细一点吗？"]
VI = dict(topic=["trí tuệ nhân tạo", "học máy", "lập trình Python", "marketing online", "tiếng Nhật", "xuất khẩu nông sản", "đầu tư chứng khoán",
                 "thương mại điện tử", "khởi nghiệp", "biến đổi khí hậu", "du học Hàn Quốc", "IELTS"],
          place=["Đà Nẵng", "Hội An", "Đà Lạt", "Phú Quốc", "Tokyo", "Seoul", "Bangkok", "Sa Pa"],
          thing=["sách kỹ năng", "tai nghe", "laptop", "khóa học online", "mỹ phẩm"])
VI_GENERAL = ["Giải thích ngắn gọn về {topic} giúp mình", "Ưu và nhược điểm của {topic} là gì?", "Lên lịch trình du lịch {place} 3 ngày 2 đêm",
              "Gợi ý 5 {thing} đáng mua", "Viết giúp tôi một email xin nghỉ phép", "Viết đoạn giới thiệu sản phẩm cho shop bán {thing} trên Shopee",
              "Làm sao để học {topic} hiệu quả?", "Dịch sang tiếng Anh: Chúng tôi sẽ gửi báo giá vào thứ Hai tuần sau.", "Cảm ơn bạn! Giải thích thêm được không?"]
TH = dict(topic=["ปัญญาประดิษฐ์", "การเขียนโปรแกรม Python", "การตลาดออนไลน์", "ภาษาญี่ปุ่น", "การลงทุนในหุ้น", "อีคอมเมิร์ซ", "สุขภาพจิต",
                 "พลังงานแสงอาทิตย์", "การเรียนต่อเกาหลี", "ภาษีเงินได้"],
          place=["เชียงใหม่", "ภูเก็ต", "โตเกียว", "โซล", "โอซาก้า", "กระบี่"],
          thing=["หนังสือพัฒนาตัวเอง", "หูฟังไร้สาย", "โน้ตบุ๊ก", "คอร์สออนไลน์", "ครีมกันแดด"])
TH_GENERAL = ["ช่วยอธิบายเรื่อง{topic}แบบง่ายๆ หน่อย", "ข้อดีและข้อเสียของ{topic}มีอะไรบ้าง", "ช่วยวางแผนเที่ยว{place} 3 วัน 2 คืน",
              "แนะนำ{thing}ดีๆ 5 อย่าง", "ช่วยเขียนอีเมลขอลางานให้หน่อย", "เขียนคำบรรยายสินค้า{thing}สำหรับขายบน Shopee",
              "จะเริ่มเรียน{topic}ยังไงดี", "ขอบคุณครับ อธิบายเพิ่มเติมได้ไหม"]

# ------------------------------------------------------------------ English synthetic
EN = dict(
    topic=["quantum computing", "Roth IRAs", "the Fed's rate decisions", "Kubernetes operators", "overfitting", "carbon capture",
           "sleep hygiene", "vector databases", "the CAP theorem", "zero-trust networking", "SOC 2 compliance", "HSA vs FSA",
           "retrieval-augmented generation", "photosynthesis", "the French Revolution", "supply and demand", "index funds",
           "OAuth 2.0 PKCE", "GDPR vs CCPA", "React Server Components", "the Monty Hall problem", "inflation", "CRISPR"],
    situation=["a one-week delay on the deliverable", "a price increase starting January", "rescheduling Thursday's meeting",
               "a missed invoice", "handing over the account to a new rep", "taking PTO next week"],
    algo=["binary search", "an LRU cache", "Dijkstra's algorithm", "a token-bucket rate limiter", "exponential backoff with jitter",
          "a trie", "union-find", "cursor pagination", "a thread-safe queue", "topological sort"],
)
EN_GENERAL = [
    "Explain {topic} like I'm five.", "What are the pros and cons of {topic}?", "Give me a 3-bullet summary of {topic}.",
    "Write a polite email to a client about {situation}.", "Draft a Slack message telling my team about {situation}.",
    "What's the difference between {topic} and {topic2}?", "Can you outline a 10-minute talk on {topic}?",
    "How do I explain {topic} to my manager who isn't technical?", "thanks! can you make it shorter", "Can you put that in a table?",
]
EN_CODE = [
    "Write {algo} in {lang} with tests.", "How do I implement {algo} in {lang}?", "What's wrong with this code?\n```{snl}\n{snippet}\n```",
    "Fix this error:\n```\n{error}\n```", "Refactor this to be more idiomatic:\n```{snl}\n{snippet}\n```",
    "What's the time complexity of {algo}?", "{lang} vs {lang2} for a backend service in 2027?",
]

# ------------------------------------------------------------------ generic answer sentence banks
JA_ANS_OPEN = ["{t}について説明します。", "ご質問ありがとうございます。{t}について整理してお答えします。", "{t}のポイントをまとめました。", "承知しました。以下に{t}をまとめます。"]
JA_ANS_POINTS = ["基本的な考え方", "具体的な手順", "注意すべき点", "よくある誤解", "実際の活用例", "コストと効果", "今後の見通し", "関連する制度"]
JA_ANS_BODY = ["まずは全体像を把握することが大切です。", "状況によって最適な方法は異なります。", "公式の情報もあわせて確認してください。",
               "小さく試してから段階的に広げるのがおすすめです。", "数字で比較すると判断しやすくなります。", "よくある失敗は、前提条件を確認しないまま進めることです。",
               "初心者の方は、まず基本的な用語から押さえましょう。", "具体的な例を挙げると理解が深まります。"]
JA_ANS_CLOSE = ["ほかにも気になる点があれば、お気軽にお尋ねください。", "参考になれば幸いです。", "さらに詳しく知りたい部分があれば教えてください。"]
KO_ANS_OPEN = ["{t}에 대해 설명드릴게요.", "좋은 질문이에요! {t}를 정리해 보면 다음과 같습니다.", "{t}의 핵심을 정리했습니다.", "네, {t}에 대해 알려드릴게요."]
KO_ANS_POINTS = ["기본 개념", "구체적인 방법", "주의할 점", "흔한 오해", "활용 사례", "비용과 효과", "앞으로의 전망", "관련 제도"]
KO_ANS_BODY = ["먼저 전체 흐름을 이해하는 것이 중요합니다.", "상황에 따라 가장 좋은 방법은 달라질 수 있어요.", "공식 자료도 함께 확인해 보세요.",
               "작게 시작해서 점차 넓혀 가는 것을 추천드립니다.", "숫자로 비교해 보면 판단하기 쉬워집니다.", "자주 하는 실수는 전제 조건을 확인하지 않는 것입니다.",
               "처음이라면 기본 용어부터 익히는 것이 좋아요.", "구체적인 예시를 들면 이해가 더 쉬워요."]
KO_ANS_CLOSE = ["더 궁금한 점이 있으면 언제든지 물어보세요!", "도움이 되셨으면 좋겠습니다.", "더 자세히 알고 싶은 부분이 있으면 말씀해 주세요."]
ZH_ANS = ["关于{t}，可以从以下几个方面来理解：\n\n1. 基本概念：{t}的核心思想是……\n2. 实际应用：在很多行业都有广泛应用。\n3. 注意事项：需要结合具体情况分析。\n\n希望对你有帮助！",
          "好的，下面简单介绍一下{t}。\n\n首先，{t}并不是一个新概念……其次，近几年发展很快。最后，建议从基础开始学习。"]
VI_ANS = ["Về {t}, bạn có thể hiểu như sau:\n\n1. Khái niệm cơ bản: ...\n2. Ứng dụng thực tế: ...\n3. Lưu ý: nên tìm hiểu thêm từ nguồn chính thống.\n\nHy vọng thông tin này hữu ích với bạn!",
          "Dưới đây là một số gợi ý về {t}:\n- Bắt đầu từ những kiến thức nền tảng.\n- Thực hành thường xuyên.\n- Tham khảo thêm tài liệu uy tín."]
TH_ANS = ["เกี่ยวกับ{t} สามารถสรุปได้ดังนี้ครับ\n\n1. แนวคิดพื้นฐาน ...\n2. การนำไปใช้จริง ...\n3. ข้อควรระวัง ...\n\nหวังว่าจะเป็นประโยชน์นะครับ",
          "นี่คือคำแนะนำเรื่อง{t}ค่ะ\n- เริ่มจากพื้นฐานก่อน\n- ฝึกฝนอย่างสม่ำเสมอ\n- ศึกษาจากแหล่งข้อมูลที่น่าเชื่อถือ"]

# ------------------------------------------------------------------ role-play (companion apps, hobbyists)
JA_RP_SYS = [
    "あなたは「ユイ」という名前の明るい幼なじみのキャラクターです。ユーザーのことを「きみ」と呼び、タメ口で話します。",
    "あなたはファンタジー世界の酒場の店主「グレン」です。冒険者であるユーザーに噂話やクエストを紹介します。",
    "あなたは執事の「セバスチャン」です。丁寧な敬語でお嬢様（ユーザー）に仕えます。",
    "あなたは猫の「ミケ」です。語尾に「にゃ」をつけて話します。",
]
JA_RP_USER = ["ただいま〜今日めっちゃ疲れた", "ねえ、週末どこか行こうよ", "クエストある？", "お腹すいた", "今日は何の日？", "元気出る話して",
              "明日テストなんだよね…", "紅茶を淹れてくれる？", "聞いてよ、上司にまた怒られた", "おやすみ", "今日の天気どうだった？", "好きな食べ物なに？"]
KO_RP_SYS = [
    "너는 '하루'라는 이름의 다정한 남자친구 캐릭터야. 반말로 따뜻하게 대화해.",
    "당신은 판타지 세계의 마법학교 교수 '엘리시아'입니다. 학생(사용자)에게 마법을 가르칩니다.",
    "너는 츤데레 고양이 '나비'야. 말끝에 '냥'을 붙여.",
    "당신은 조선 시대 선비 '이도윤'입니다. 고풍스러운 말투로 대화합니다.",
]
KO_RP_USER = ["오늘 진짜 힘들었어", "주말에 뭐 할까?", "마법 하나만 가르쳐 주세요", "배고파", "나 내일 시험이야…", "위로해줘", "오늘 날씨 좋다",
              "심심해 놀아줘", "잘 자", "무슨 생각해?", "회사에서 또 혼났어", "좋아하는 음식 뭐야?"]
JA_RP_REPLY = [
    ["おかえり！お疲れさま〜。今日は何があったの？", "いいね！どこ行きたい？海とか山とか？", "大丈夫、きみならきっとできるよ。", "そっか…それは大変だったね。話聞くよ。", "えへへ、私はオムライスが好き！"],
    ["ふむ、最近北の森で妙な光を見たって噂があるぞ。", "ほう、腹が減ったか。今日のシチューは絶品だ。", "依頼ならそこの掲示板を見ていけ。", "疲れた顔だな。まあ一杯やっていけ。"],
    ["かしこまりました、お嬢様。少々お待ちくださいませ。", "本日のお紅茶はダージリンでございます。", "お疲れでございましょう。今夜は早めにお休みくださいませ。"],
    ["にゃ？ごはんの時間にゃ！", "ふみゃ〜、なでてくれたら元気出すにゃ。", "テストにゃ？ミケが応援してるにゃ！", "おやすみにゃ〜。"],
]
KO_RP_REPLY = [
    ["고생 많았어. 오늘 무슨 일 있었어?", "좋아! 어디 가고 싶어?", "괜찮아, 넌 잘할 수 있어.", "그랬구나… 많이 속상했겠다. 내가 안아줄게.", "잘 자, 좋은 꿈 꿔."],
    ["좋아요, 오늘은 빛의 마법부터 배워 볼까요?", "집중하세요. 지팡이를 이렇게 잡는 거예요.", "시험이라니, 마법 이론 복습은 했나요?", "훌륭해요! 한 단계 성장했군요."],
    ["흥, 배고프면 밥 먹으라냥.", "딱히 걱정한 건 아니다냥.", "…조금만 놀아 주겠다냥.", "잘 자라냥. 흥."],
    ["허허, 좋은 날씨로구려.", "그대의 근심을 들어 보겠소.", "학문에 정진하시오. 내일의 시험도 잘 치를 것이오.", "편히 쉬시오."],
]
