# -*- coding: utf-8 -*-
"""Hand-written multilingual prompt material for the benign customers of Lianhe API.

The public corpora are 99.5% English; everything here is written for this generator: templates
with slots, filled per request, in zh (simplified), zh_tw, ja, ko, vi, id, th, hi and en.
"""
from __future__ import annotations


class Filler(dict):
    """format_map helper: a missing key draws from the slot bank once per template fill."""

    def __init__(self, rnd, bank):
        super().__init__()
        self.rnd = rnd
        self.bank = bank

    def __missing__(self, key):
        base = key.rstrip("0123456789") if key not in self.bank else key
        v = self.bank.get(base)
        if v is None:
            raise KeyError(key)
        if callable(v):
            out = v(self.rnd)
        else:
            out = self.rnd.choice(v)
        self[key] = out
        return out


def fill(rnd, template, bank, **fixed):
    f = Filler(rnd, bank)
    f.update(fixed)
    return template.format_map(f)


def _n(lo, hi):
    return lambda r: str(r.randint(lo, hi))


# ============================================================================================
# slot banks
# ============================================================================================
SLOTS = {}
SLOTS["zh"] = {
    "city": ["北京", "成都", "西安", "杭州", "厦门", "大理", "重庆", "青岛", "长沙", "哈尔滨", "苏州", "三亚", "桂林", "南京",
             "武汉", "昆明", "广州", "深圳", "上海", "天津", "洛阳", "景德镇", "丽江", "拉萨"],
    "days": ["2", "3", "3", "4", "5", "7"],
    "budget": ["2000", "3000", "5000", "8000", "1万", "1500"],
    "pref": ["美食", "拍照", "人少安静的地方", "历史古迹", "自然风光", "带娃出行", "夜生活", "徒步"],
    "concept": ["量子纠缠", "通货膨胀", "边际效用", "Transformer的注意力机制", "复利", "熵增", "碳中和", "区块链",
                "微服务架构", "RAG检索增强生成", "贝叶斯定理", "供给侧改革", "大语言模型的幻觉", "CAP定理",
                "机会成本", "光合作用", "相对论里的时间膨胀", "LoRA微调", "MVCC", "向量数据库", "零知识证明",
                "KV cache", "MoE混合专家模型", "基金定投", "量化宽松"],
    "who": ["小学生", "完全没基础的文科生", "60岁的老人", "产品经理", "初中生", "刚入行的程序员", "我妈"],
    "occasion": ["请假", "催款", "辞职", "跟客户道歉", "申请延期交付", "感谢面试官", "向导师汇报进度", "拒绝加班"],
    "tone": ["正式", "委婉", "客气", "强硬", "轻松", "专业"],
    "matter": ["下周三家里有事", "项目进度落后两周", "上个月的货款还没到账", "报销单据丢了一张", "想调岗到数据组",
               "论文初稿要晚交三天", "合同里的付款条款需要修改"],
    "trouble": ["总是失眠，凌晨两三点才睡着", "工作效率很低，老是拖延", "和室友关系很僵", "颈椎很不舒服",
                "背单词总是记不住", "焦虑，考研压力很大", "想减肥但管不住嘴", "被领导PUA了", "孩子不爱写作业"],
    "style": ["正式", "简洁", "有文采", "口语化", "专业", "幽默", "有感染力", "像小红书爆款"],
    "food": ["土豆", "鸡蛋", "西红柿", "五花肉", "豆腐", "鸡胸肉", "茄子", "排骨", "虾仁", "白菜", "牛腩", "香菇"],
    "count": ["5", "10", "10", "8", "20", "3"],
    "object": ["奶茶店", "公众号", "猫", "工作室", "宝宝", "游戏公会", "咖啡店", "App", "播客", "烘焙店"],
    "words": ["300", "500", "800", "1000", "200", "1500"],
    "genre": ["散文", "演讲稿", "朋友圈文案", "诗歌", "短篇小说开头", "年终总结", "读后感", "婚礼致辞", "检讨书"],
    "theme": ["春天", "坚持", "故乡", "AI与未来", "毕业", "母爱", "时间管理", "城市里的孤独", "团队合作", "奋斗"],
    "event": ["安史之乱", "戊戌变法", "工业革命", "冷战", "明朝灭亡", "法国大革命", "郑和下西洋", "赤壁之战", "改革开放"],
    "prodA": ["iPhone 18", "小米16", "华为Mate 80", "MacBook Air", "联想小新", "拯救者", "大疆Mini 5", "iPad Air"],
    "prodB": ["三星S27", "vivo X300", "OPPO Find X9", "ThinkPad X1", "华为MateBook", "ROG幻16", "Insta360", "小米平板7"],
    "use": ["拍照", "打游戏", "写代码", "给父母用", "学生党上网课", "剪视频", "出差办公"],
    "work": ["对接了两个新客户，修了登录页的bug，写了接口文档", "完成了Q1预算表，开了三次评审会",
             "上线了新版本，处理了5个线上问题", "整理了竞品分析，做了用户访谈"],
    "job": ["Java后端", "产品经理", "数据分析", "前端", "算法工程师", "运营", "测试", "UI设计", "销售"],
    "age": ["23", "25", "28", "30", "35", "40"],
    "salary": ["6000", "8000", "12000", "15000", "2万", "3万"],
    "jtype": ["冷", "程序员", "谐音梗", "东北", "适合小孩听的"],
    "topic": ["年终奖", "二手房", "考研", "考公", "新能源车", "老年人防诈骗", "宠物医疗", "留学", "副业", "健身"],
    "product": ["防晒霜", "蓝牙耳机", "保温杯", "瑜伽垫", "空气炸锅", "手工皂", "国风T恤", "猫粮", "香薰蜡烛", "电动牙刷"],
    "point": ["性价比高", "颜值高", "学生党必入", "回购三次", "宝妈推荐", "小众不撞款"],
    "plang": ["Python", "Java", "Go", "JavaScript", "TypeScript", "C++", "Rust", "SQL", "Shell", "Vue", "React"],
    "task": ["读取Excel并按日期汇总", "实现LRU缓存", "爬取一个网页的标题", "快速排序", "二分查找", "连接MySQL并分页查询",
             "JWT登录鉴权", "把JSON转成CSV", "多线程下载文件", "解析日志统计每小时请求数", "实现一个简单的计算器",
             "调用OpenAI接口流式输出", "Redis分布式锁", "文件夹批量重命名", "判断回文字符串", "生成二维码"],
    "err": ["ModuleNotFoundError: No module named 'torch'", "java.lang.NullPointerException",
            "CUDA out of memory. Tried to allocate 2.00 GiB", "SyntaxError: Unexpected token '<'",
            "Error: listen EADDRINUSE: address already in use :::3000", "fatal: refusing to merge unrelated histories",
            "ERROR 1045 (28000): Access denied for user 'root'@'localhost'", "npm ERR! code ERESOLVE",
            "panic: runtime error: index out of range [3] with length 3", "429 Too Many Requests"],
}
SLOTS["zh_tw"] = dict(SLOTS["zh"], city=["台北", "台中", "高雄", "花蓮", "台南", "墾丁", "宜蘭", "東京", "首爾", "香港"])
SLOTS["ja"] = {
    "city": ["京都", "札幌", "福岡", "金沢", "沖縄", "大阪", "箱根", "仙台", "広島", "名古屋", "函館", "鎌倉", "ソウル", "台北"],
    "days": ["2", "3", "3", "4", "5"],
    "budget": ["5万", "8万", "10万", "3万", "15万"],
    "concept": ["量子コンピュータ", "インフレ", "円安の仕組み", "ブロックチェーン", "機械学習の過学習", "NISA", "ふるさと納税",
                "生成AIの著作権", "相対性理論", "確定申告", "マイクロサービス", "ベイズ推定", "RAG", "半導体の微細化"],
    "who": ["小学生", "新入社員", "プログラミング未経験者", "高齢の両親", "中学生", "文系の大学生"],
    "scene": ["取引先へのお詫び", "会議日程の調整", "退職の挨拶", "見積もりの依頼", "納期延長のお願い", "お礼", "採用の辞退"],
    "content": ["来週の打ち合わせを延期したい", "請求書の金額に誤りがあった", "資料の送付が遅れた", "新製品の案内をしたい"],
    "tone": ["丁寧", "カジュアル", "ビジネス向け", "柔らかい", "簡潔"],
    "dish": ["肉じゃが", "親子丼", "ハンバーグ", "筑前煮", "カレー", "麻婆豆腐", "だし巻き卵", "豚の生姜焼き"],
    "trouble": ["寝つきが悪い", "仕事のモチベーションが上がらない", "英語の勉強が続かない", "肩こりがひどい", "転職するか迷っている"],
    "genre": ["ブログ記事", "スピーチ原稿", "短編小説の冒頭", "キャッチコピー", "自己PR", "ポエム", "商品紹介文"],
    "theme": ["桜", "挑戦", "ふるさと", "AIと働き方", "卒業", "家族", "猫との暮らし"],
    "plang": ["Python", "TypeScript", "Java", "Go", "Swift", "Kotlin", "SQL", "C#", "Rust"],
    "task": ["CSVを読み込んで集計する", "二分探索", "APIからデータを取得してDBに保存", "LINE Botを作る", "画像をリサイズする",
             "正規表現でメールアドレスを抽出", "スクレイピング", "非同期処理で並列ダウンロード", "ログイン機能"],
    "err": ["TypeError: Cannot read properties of undefined (reading 'map')", "ModuleNotFoundError: No module named 'cv2'",
            "Segmentation fault (core dumped)", "error[E0382]: borrow of moved value", "ORA-00942: table or view does not exist"],
    "words": ["400", "800", "1000", "200"],
    "prodA": ["iPhone 18", "Pixel 11", "MacBook Air", "Switch 2", "Galaxy S27"],
    "prodB": ["Xperia 1 VIII", "iPad Pro", "Surface Pro", "Steam Deck 2", "AQUOS R10"],
    "use": ["写真", "ゲーム", "仕事用", "子ども用", "動画編集"],
    "count": ["5", "10", "3", "8"],
}
SLOTS["ko"] = {
    "city": ["부산", "제주", "강릉", "경주", "여수", "전주", "속초", "도쿄", "오사카", "다낭", "방콕", "타이베이"],
    "days": ["2", "3", "3", "4", "5"],
    "budget": ["30만원", "50만원", "100만원", "70만원"],
    "concept": ["양자역학", "인플레이션", "금리 인상", "블록체인", "머신러닝", "ETF", "청약", "전세 사기 예방", "상대성이론",
                "트랜스포머 모델", "연말정산", "클라우드 컴퓨팅", "행동경제학"],
    "who": ["초등학생", "중학생", "신입사원", "부모님", "비전공자", "고3 수험생"],
    "situation": ["회의 일정 변경", "거래처 사과", "퇴사 인사", "견적 요청", "휴가 신청", "감사 인사", "업무 협조 요청"],
    "content": ["납품이 일주일 늦어진다", "청구서 금액이 잘못되었다", "다음 주 미팅을 미루고 싶다", "신제품을 소개하고 싶다"],
    "tone": ["정중", "친근", "격식 있게", "간결", "부드럽게"],
    "item": ["지원동기", "성장과정", "입사 후 포부", "직무 역량", "갈등 해결 경험"],
    "trouble": ["잠을 잘 못 잔다", "공부 집중이 안 된다", "직장 상사와 사이가 안 좋다", "다이어트가 너무 힘들다", "이직 고민 중이다"],
    "dish": ["김치찌개", "된장찌개", "제육볶음", "떡볶이", "불고기", "잡채", "계란말이", "닭갈비"],
    "genre": ["블로그 글", "발표 대본", "짧은 소설 도입부", "광고 문구", "축사", "독후감", "인스타 캡션"],
    "theme": ["봄", "도전", "고향", "AI 시대", "졸업", "가족", "우정"],
    "plang": ["Python", "Java", "JavaScript", "Kotlin", "Spring Boot", "React", "SQL", "C++", "Go"],
    "task": ["엑셀 파일 읽어서 합계 구하기", "크롤링", "로그인 API 만들기", "정렬 알고리즘", "카카오톡 챗봇", "이미지 업로드",
             "페이지네이션", "JWT 인증", "CSV를 JSON으로 변환"],
    "err": ["NullPointerException", "Uncaught TypeError: Cannot read properties of null", "CORS policy 에러",
            "ImportError: cannot import name 'X'", "Port 8080 was already in use"],
    "words": ["500", "1000", "300", "800"],
    "count": ["5", "10", "3", "7"],
}
SLOTS["vi"] = {
    "city": ["Đà Nẵng", "Hội An", "Đà Lạt", "Phú Quốc", "Sa Pa", "Nha Trang", "Hà Giang", "Huế", "Hạ Long", "Bangkok", "Seoul"],
    "days": ["2", "3", "4", "5"],
    "budget": ["5 triệu", "10 triệu", "3 triệu", "15 triệu"],
    "concept": ["lạm phát", "blockchain", "trí tuệ nhân tạo", "lãi suất kép", "chứng khoán phái sinh", "điện toán đám mây",
                "học máy", "thuế thu nhập cá nhân", "marketing liên kết", "mô hình ngôn ngữ lớn"],
    "who": ["học sinh lớp 6", "người mới bắt đầu", "bố mẹ tôi", "sinh viên năm nhất", "nhân viên văn phòng"],
    "purpose": ["xin nghỉ phép", "xin lỗi khách hàng", "đề nghị tăng lương", "báo giá", "cảm ơn sau phỏng vấn", "nhắc thanh toán"],
    "receiver": ["sếp", "khách hàng", "đối tác", "giáo viên chủ nhiệm", "phòng nhân sự"],
    "tone": ["lịch sự", "trang trọng", "thân thiện", "ngắn gọn"],
    "trouble": ["mất ngủ", "hay trì hoãn công việc", "học tiếng Anh mãi không tiến bộ", "căng thẳng vì áp lực thi cử", "muốn giảm cân"],
    "dish": ["phở bò", "bún chả", "cá kho tộ", "canh chua", "gỏi cuốn", "bánh xèo", "thịt kho trứng"],
    "genre": ["bài đăng Facebook", "bài phát biểu", "truyện ngắn", "bài thơ", "mô tả sản phẩm", "bài luận"],
    "theme": ["mùa xuân", "quê hương", "tình bạn", "công nghệ", "ước mơ", "gia đình"],
    "plang": ["Python", "Java", "PHP", "JavaScript", "C#", "SQL", "Flutter", "ReactJS"],
    "task": ["đọc file Excel", "kết nối MySQL", "viết API đăng nhập", "sắp xếp mảng", "crawl dữ liệu web", "gửi email tự động",
             "upload ảnh lên server", "phân trang"],
    "err": ["NullReferenceException", "ModuleNotFoundError: No module named 'pandas'", "Access denied for user",
            "TypeError: undefined is not a function"],
    "words": ["300", "500", "800"],
    "count": ["5", "10", "3"],
}
SLOTS["id"] = {
    "city": ["Bali", "Yogyakarta", "Bandung", "Labuan Bajo", "Lombok", "Malang", "Danau Toba", "Singapura", "Bangkok"],
    "days": ["2", "3", "4", "5"],
    "budget": ["2 juta", "5 juta", "3 juta", "10 juta"],
    "concept": ["inflasi", "blockchain", "kecerdasan buatan", "bunga majemuk", "saham syariah", "cloud computing",
                "machine learning", "pajak penghasilan", "reksa dana", "large language model"],
    "who": ["anak SD", "pemula", "orang tua saya", "mahasiswa baru", "karyawan kantoran"],
    "purpose": ["izin cuti", "permintaan maaf ke pelanggan", "penawaran harga", "lamaran kerja", "pengingat pembayaran",
                "terima kasih setelah wawancara"],
    "receiver": ["atasan", "klien", "HRD", "dosen pembimbing", "rekan bisnis"],
    "tone": ["sopan", "formal", "santai", "profesional"],
    "trouble": ["susah tidur", "sering menunda pekerjaan", "susah fokus belajar", "stres kerja", "ingin diet"],
    "dish": ["rendang", "nasi goreng", "soto ayam", "sate ayam", "gado-gado", "ayam geprek", "sayur asem"],
    "genre": ["caption Instagram", "pidato", "cerpen", "puisi", "deskripsi produk", "esai"],
    "theme": ["kemerdekaan", "persahabatan", "teknologi", "cita-cita", "keluarga", "Ramadan"],
    "product": ["hijab", "kopi bubuk", "sambal kemasan", "skincare", "sepatu lokal", "keripik pedas", "batik"],
    "plang": ["Python", "PHP", "Laravel", "JavaScript", "Java", "Kotlin", "Flutter", "SQL"],
    "task": ["membaca file Excel", "koneksi ke MySQL", "membuat REST API", "login dengan JWT", "scraping website",
             "upload gambar", "pagination", "kirim notifikasi WhatsApp"],
    "err": ["SQLSTATE[HY000] [2002] Connection refused", "Undefined variable", "ModuleNotFoundError", "CORS error"],
    "words": ["300", "500", "1000"],
    "count": ["5", "10", "3"],
}
SLOTS["th"] = {
    "city": ["เชียงใหม่", "ภูเก็ต", "กระบี่", "หัวหิน", "เกาะสมุย", "น่าน", "ขอนแก่น", "โตเกียว", "โซล"],
    "days": ["2", "3", "4"],
    "concept": ["เงินเฟ้อ", "บล็อกเชน", "ปัญญาประดิษฐ์", "ดอกเบี้ยทบต้น", "กองทุนรวม", "คลาวด์", "แมชชีนเลิร์นนิง", "ภาษีเงินได้"],
    "who": ["เด็กประถม", "มือใหม่", "ผู้สูงอายุ", "นักศึกษา"],
    "purpose": ["ขอลางาน", "ขอโทษลูกค้า", "เสนอราคา", "ขอบคุณหลังสัมภาษณ์", "ทวงถามการชำระเงิน"],
    "receiver": ["หัวหน้า", "ลูกค้า", "ฝ่ายบุคคล", "อาจารย์ที่ปรึกษา"],
    "trouble": ["นอนไม่หลับ", "ชอบผัดวันประกันพรุ่ง", "เครียดเรื่องงาน", "อยากลดน้ำหนัก"],
    "dish": ["ต้มยำกุ้ง", "ผัดกะเพรา", "แกงเขียวหวาน", "ส้มตำ", "ข้าวมันไก่", "ผัดไทย"],
    "genre": ["แคปชั่นขายของ", "สุนทรพจน์", "เรื่องสั้น", "กลอน", "คำอธิบายสินค้า"],
    "theme": ["ครอบครัว", "มิตรภาพ", "เทคโนโลยี", "ความฝัน", "สงกรานต์"],
    "product": ["ครีมกันแดด", "กาแฟดริป", "เสื้อผ้ามือสอง", "สบู่สมุนไพร", "น้ำพริก", "กระเป๋าผ้า"],
    "plang": ["Python", "JavaScript", "PHP", "Java", "SQL"],
    "task": ["อ่านไฟล์ Excel", "เชื่อมต่อฐานข้อมูล", "ทำ LINE Bot", "ทำระบบล็อกอิน", "ดึงข้อมูลจากเว็บ"],
    "words": ["300", "500"],
    "count": ["5", "10"],
}
SLOTS["hi"] = {
    "concept": ["मुद्रास्फीति", "ब्लॉकचेन", "आर्टिफिशियल इंटेलिजेंस", "चक्रवृद्धि ब्याज", "म्यूचुअल फंड", "जीएसटी", "मशीन लर्निंग"],
    "who": ["कक्षा 8 का छात्र", "शुरुआती", "मेरे माता-पिता", "कॉलेज का छात्र"],
    "purpose": ["छुट्टी के लिए आवेदन", "ग्राहक से माफी", "वेतन वृद्धि का अनुरोध", "भुगतान याद दिलाने"],
    "receiver": ["मैनेजर", "ग्राहक", "प्रिंसिपल", "एचआर"],
    "trouble": ["नींद नहीं आती", "पढ़ाई में मन नहीं लगता", "काम का तनाव बहुत है", "वजन कम करना है"],
    "dish": ["पनीर बटर मसाला", "दाल मखनी", "आलू पराठा", "राजमा चावल", "पोहा"],
    "genre": ["निबंध", "भाषण", "कविता", "कहानी", "इंस्टाग्राम कैप्शन"],
    "theme": ["स्वतंत्रता दिवस", "पर्यावरण", "दोस्ती", "डिजिटल इंडिया", "माँ"],
    "city": ["जयपुर", "गोवा", "मनाली", "ऋषिकेश", "उदयपुर", "केरल", "दार्जिलिंग"],
    "days": ["2", "3", "4", "5"],
    "plang": ["Python", "Java", "JavaScript", "C++", "SQL"],
    "task": ["linked list reverse karna", "Excel file read karna", "login page banana", "API se data lana", "binary search"],
    "topic": ["UPSC preparation", "stock market", "resume", "DSA", "GATE exam", "freelancing"],
    "words": ["300", "500"],
    "count": ["5", "10"],
}
SLOTS["en"] = {
    "concept": ["inflation", "the attention mechanism", "compound interest", "vector databases", "CAP theorem", "LoRA fine-tuning",
                "quantum entanglement", "opportunity cost", "Kubernetes operators", "zero-knowledge proofs"],
    "who": ["a 10 year old", "a non-technical manager", "a first-year student", "my grandmother"],
    "plang": ["Python", "TypeScript", "Go", "Java", "Rust", "SQL", "C#", "Kotlin"],
    "task": ["parse a CSV and group by date", "implement an LRU cache", "call a REST API with retries", "binary search",
             "rate limiter", "upload files to S3", "paginate a Postgres query", "read an Excel file"],
    "city": ["Singapore", "Bali", "Tokyo", "Seoul", "Bangkok", "Penang", "Hanoi"],
    "days": ["2", "3", "4", "5"],
    "genre": ["LinkedIn post", "cover letter", "speech", "short story opening", "product description", "tweet thread"],
    "theme": ["resilience", "remote work", "AI in education", "sustainability", "leadership"],
    "words": ["200", "300", "500", "800"],
    "count": ["5", "10", "3"],
}

# ============================================================================================
# everyday chat prompts (individuals, students, prosumers)
# ============================================================================================
CHAT = {}
CHAT["zh"] = [
    "帮我写一封{occasion}的邮件，语气{tone}一点，内容是{matter}。",
    "{city}{days}天旅游攻略，预算{budget}左右，喜欢{pref}",
    "{city}{days}日游怎么安排比较好？我们两个人，不想太累",
    "解释一下{concept}是什么，最好举个例子，我是{who}",
    "用通俗易懂的话给{who}讲讲{concept}",
    "{concept}和{concept2}有什么区别？",
    "我最近{trouble}，有什么办法吗",
    "{trouble}怎么办啊",
    "家里只有{food}和{food2}，能做什么菜？给个详细做法",
    "{food}怎么做好吃",
    "帮我想{count}个{object}的名字，要{style}一点",
    "写一段{words}字左右的{genre}，主题是{theme}",
    "帮我写一篇{genre}，题目《{theme}》，{words}字",
    "用通俗的话讲讲{event}的来龙去脉",
    "{event}为什么会发生？主要原因有哪些",
    "{prodA}和{prodB}哪个更适合{use}？",
    "预算有限，{prodA}值得买吗",
    "周报怎么写？我这周{work}",
    "面试{job}经常被问到哪些问题？怎么回答比较好",
    "我{age}岁，月薪{salary}，想开始理财，有什么建议",
    "给我讲个{jtype}笑话",
    "关于{topic}，现在入局还来得及吗？说说你的看法",
    "小红书文案：{product}，{point}，要有emoji，300字以内",
    "帮我把这句话翻译成英文：{matter}，所以{occasion}的事情需要再确认一下",
    "怎么跟领导说{matter}比较好",
    "给我列一个{topic}的学习计划，每周要做什么",
    "我的猫最近不爱吃东西，是怎么回事",
    "推荐几本关于{theme}的书",
    "{concept}这个概念能用一个生活中的比喻解释吗",
    "帮我润色一下：我们公司致力于为客户提供优质的服务，我们的产品质量很好，价格也很合理，欢迎大家来咨询。",
    "今天心情很差，能陪我聊聊吗",
    "用{plang}写一个{task}的例子",
    "{err} 这个报错是什么意思，怎么解决",
]
CHAT["zh_tw"] = [
    "幫我寫一封{occasion}的信，語氣{tone}一點",
    "{city}{days}天自由行要怎麼排？預算{budget}",
    "可以用簡單的方式解釋{concept}嗎？我是{who}",
    "我最近{trouble}，該怎麼辦",
    "推薦幾本跟{theme}有關的書",
    "{prodA}跟{prodB}哪個比較適合{use}",
    "幫我寫一篇{words}字的{genre}，主題是{theme}",
    "用{plang}寫一個{task}的範例",
    "{err} 這個錯誤怎麼解決",
    "面試{job}常被問什麼問題",
]
CHAT["ja"] = [
    "{scene}のメールを書いてください。{content}という内容で、{tone}な感じでお願いします。",
    "{concept}をわかりやすく説明してください。{who}向けに。",
    "{concept}って何？簡単に教えて",
    "{city}で{days}日間の旅行プランを考えてください。予算は{budget}円くらいです。",
    "{dish}の作り方を教えて。2人分で",
    "最近{trouble}のですが、何かいい方法はありますか？",
    "{genre}を書いてください。テーマは「{theme}」、{words}字程度で。",
    "{plang}で{task}コードを書いて",
    "{err}\nこのエラーの原因と対処法を教えてください",
    "{prodA}と{prodB}、{use}ならどっちがおすすめ？",
    "次の文章を自然な日本語に直してください：私はこのプロジェクトに参加したことを通じて、多くの事を学ぶことができたと思います。",
    "敬語が正しいかチェックしてください：「資料のほうをお送りさせていただきます」",
    "猫の名前を{count}個考えて。和風で",
    "ESの自己PRを添削してほしいです。私の強みは継続力です。大学時代はカフェのアルバイトを4年間続け、",
    "会議の議事録を箇条書きにまとめて：来期の予算は前年比10%増、新規採用は2名、リリースは6月予定",
    "英語で{scene}のメールを書きたいので、日本語の文案と英訳を両方ください",
    "なんか面白い話して",
    "今日の夕飯何にしよう。冷蔵庫に卵と玉ねぎと豚肉がある",
]
CHAT["ko"] = [
    "{situation} 이메일 좀 써줘. {content}는 내용이고 {tone}하게 부탁해",
    "{concept}에 대해 {who}도 이해할 수 있게 설명해줘",
    "{concept}이 뭐야? 쉽게 알려줘",
    "{city} {days}박 여행 코스 짜줘. 예산은 {budget} 정도",
    "자기소개서 {item} 항목 첨삭 부탁해요. 저는 대학 시절 학생회 활동을 하며 여러 행사를 기획했습니다.",
    "요즘 {trouble}. 어떻게 하면 좋을까?",
    "{dish} 레시피 알려줘. 2인분 기준으로",
    "{genre} 써줘. 주제는 {theme}, {words}자 정도",
    "{plang}로 {task} 코드 예제 보여줘",
    "{err} 이 에러 왜 나는 거야?",
    "고양이 이름 {count}개만 추천해줘",
    "다음 문장 맞춤법 검사해줘: 내일 회의 몇시에 하는지 알려주시면 감사하겠읍니다",
    "회의록 요약해줘: 다음 분기 예산 10% 증액, 신규 채용 2명, 출시일은 6월로 확정",
    "영어 면접 예상 질문이랑 답변 만들어줘. 지원 직무는 마케팅이야",
    "심심한데 재밌는 얘기 해줘",
    "오늘 저녁 뭐 먹지? 냉장고에 계란이랑 김치 있음",
]
CHAT["vi"] = [
    "Viết giúp mình một email {purpose} gửi {receiver}, giọng văn {tone}.",
    "Giải thích {concept} một cách dễ hiểu cho {who}",
    "{concept} là gì vậy?",
    "Lên lịch trình du lịch {city} {days} ngày, ngân sách khoảng {budget}",
    "Mình bị {trouble}, có cách nào khắc phục không?",
    "Cách nấu {dish} ngon như ngoài hàng",
    "Viết một {genre} về chủ đề {theme}, khoảng {words} chữ",
    "Viết code {plang} để {task}",
    "Lỗi {err} là sao vậy, sửa thế nào?",
    "Đặt giúp mình {count} cái tên cho quán cà phê, nghe sang một chút",
    "Sửa lỗi chính tả và ngữ pháp đoạn này giúp mình: Hôm qua tôi đã đi đến cửa hàng để mua một số những đồ dùng cần thiết cho gia đình.",
    "Tóm tắt giúp mình: công ty tăng ngân sách quý sau 10%, tuyển thêm 2 người, ra mắt sản phẩm vào tháng 6",
    "dịch sang tiếng anh: Cảm ơn anh đã dành thời gian phỏng vấn em hôm nay",
    "tư vấn giúp mình nên học ngành gì, mình thích máy tính nhưng học toán hơi yếu",
]
CHAT["id"] = [
    "Tolong buatkan email {purpose} untuk {receiver}, bahasanya {tone}.",
    "Jelaskan apa itu {concept} dengan bahasa yang mudah dipahami {who}",
    "{concept} itu apa sih?",
    "Buatkan itinerary ke {city} {days} hari, budget sekitar {budget}",
    "Aku lagi {trouble}, ada saran nggak?",
    "Resep {dish} yang enak dan gampang",
    "Buatkan {genre} tentang {theme}, sekitar {words} kata",
    "Buatkan caption jualan {product} yang menarik, pakai emoji",
    "Contoh kode {plang} untuk {task}",
    "Error {err} gimana cara benerinnya?",
    "Kasih {count} ide nama usaha {product}",
    "Tolong perbaiki tata bahasa: Saya ingin menanyakan tentang mengenai jadwal rapat besok apakah jadi atau tidak.",
    "Ringkas ini: anggaran kuartal depan naik 10%, rekrut 2 orang baru, peluncuran produk bulan Juni",
    "translate ke inggris: Terima kasih atas kesempatan wawancara hari ini",
    "gimana cara mulai investasi reksa dana buat pemula",
]
CHAT["th"] = [
    "ช่วยเขียนอีเมล{purpose}ถึง{receiver}ให้หน่อย สุภาพๆ",
    "อธิบาย{concept}แบบเข้าใจง่ายสำหรับ{who}",
    "{concept}คืออะไร",
    "แนะนำที่เที่ยว{city} {days} วัน",
    "ช่วงนี้{trouble} มีวิธีแก้ไหม",
    "สูตรทำ{dish}แบบง่ายๆ",
    "เขียน{genre}เกี่ยวกับ{theme}ให้หน่อย",
    "เขียน{genre}ขาย{product} ให้น่าสนใจ",
    "เขียนโค้ด {plang} สำหรับ{task}",
    "ช่วยตั้งชื่อร้าน{product} {count} ชื่อ",
    "แปลเป็นภาษาอังกฤษ: ขอบคุณที่สละเวลาสัมภาษณ์ในวันนี้ครับ",
]
CHAT["hi"] = [
    "{concept} को आसान भाषा में समझाइए, {who} के लिए",
    "{concept} क्या है?",
    "मेरे लिए {purpose} का एक ईमेल लिखिए, {receiver} को",
    "मुझे {trouble}, क्या करूं?",
    "{dish} बनाने की विधि बताइए",
    "{theme} पर {words} शब्दों का {genre} लिखिए",
    "{city} की {days} दिन की यात्रा का प्लान बनाइए",
    "bhai {plang} me {task} ka code de do",
    "{topic} ke liye roadmap bata do, beginner hu",
    "resume me kya kya likhna chahiye fresher ke liye",
    "{concept} ko simple hindi me samjhao",
]
CHAT["en"] = [
    "explain {concept} like I'm {who}",
    "Write a {genre} about {theme}, around {words} words",
    "plan a {days} day trip to {city}, I like food and markets",
    "{plang} code to {task}",
    "give me {count} startup name ideas for a bubble tea shop",
]

# chat follow-ups, mostly short
FOLLOW = {
    "zh": ["再详细一点", "能举个例子吗", "简短一点", "还有别的办法吗", "谢谢！", "不对吧", "换个说法", "继续", "用表格总结一下",
           "那如果预算再少一点呢", "写得太官方了，口语化一些", "好的，那第二点具体怎么做", "翻译成英文", "嗯嗯", "为什么？"],
    "zh_tw": ["再詳細一點", "可以舉例嗎", "謝謝", "換個說法", "繼續", "為什麼"],
    "ja": ["もう少し詳しく", "例を挙げてください", "もっと短くして", "ありがとう！", "他には？", "続けて", "表にまとめて", "なるほど、じゃあ2番目は？"],
    "ko": ["좀 더 자세히", "예시 들어줘", "더 짧게", "고마워!", "다른 방법은?", "계속", "표로 정리해줘", "그럼 두 번째는 어떻게 해?"],
    "vi": ["chi tiết hơn được không", "cho ví dụ", "ngắn gọn hơn", "cảm ơn nhé", "còn cách nào khác không", "tiếp đi"],
    "id": ["lebih detail dong", "kasih contoh", "lebih singkat", "makasih ya", "ada cara lain?", "lanjut"],
    "th": ["ละเอียดกว่านี้หน่อย", "ยกตัวอย่างได้ไหม", "ขอบคุณครับ", "สั้นลงหน่อย", "มีวิธีอื่นไหม"],
    "hi": ["thoda detail me batao", "example do", "dhanyavaad", "aur koi tarika?", "short me batao"],
    "en": ["more detail please", "can you give an example?", "shorter", "thanks!", "that's wrong", "continue", "put it in a table"],
}

GREET = {
    "zh": ["你好", "在吗", "hi", "测试", "test", "你是谁", "你是什么模型", "1+1等于几", "hello", "你好，介绍一下你自己", "？"],
    "zh_tw": ["你好", "哈囉", "測試", "你是什麼模型"],
    "ja": ["こんにちは", "テスト", "hi", "あなたは誰？", "どのモデルですか"],
    "ko": ["안녕", "안녕하세요", "테스트", "너 누구야", "hi"],
    "vi": ["xin chào", "chào bạn", "test", "bạn là ai", "hi"],
    "id": ["halo", "hai", "tes", "kamu siapa", "hi"],
    "th": ["สวัสดี", "ทดสอบ", "hi", "คุณคือใคร"],
    "hi": ["hello", "namaste", "hi", "test", "aap kaun ho"],
    "en": ["hi", "hello", "test", "Say this is a test!", "ping", "What model are you?", "hey"],
}

# ============================================================================================
# coding questions (outside agent loops)
# ============================================================================================
CODE = {
    "zh": ["用{plang}实现{task}，要求有注释", "{plang}怎么{task}？给个完整例子", "这段代码有什么问题？\n```python\n{snippet}\n```",
           "{err}\n上面这个报错怎么解决，环境是Ubuntu 22.04", "帮我优化一下这个SQL，数据量大概500万行：\n{sql}",
           "写一个{plang}的单元测试，测试{task}", "解释一下这段代码在干什么：\n```\n{snippet}\n```",
           "Spring Boot项目里怎么{task}", "面试题：{task}，时间复杂度要求O(n log n)"],
    "ja": ["{plang}で{task}コードを書いてください", "このコードのバグを見つけて\n```python\n{snippet}\n```",
           "{err}\nが出ます。どうすればいいですか", "次のSQLを高速化したい：\n{sql}"],
    "ko": ["{plang}로 {task} 구현해줘", "이 코드 뭐가 문제야?\n```python\n{snippet}\n```", "{err} 해결 방법 알려줘",
           "이 쿼리 최적화해줘:\n{sql}"],
    "vi": ["Viết code {plang} để {task}", "Code này bị lỗi gì vậy?\n```python\n{snippet}\n```", "Lỗi {err} sửa sao?"],
    "id": ["Buatkan kode {plang} untuk {task}", "Kode ini salahnya di mana?\n```python\n{snippet}\n```", "Error {err} solusinya apa?"],
    "en": ["write {plang} code to {task}", "what's wrong with this?\n```python\n{snippet}\n```", "{err}\nhow do I fix this",
           "optimize this query:\n{sql}"],
}
SNIPPETS = [
    "def avg(xs):\n    return sum(xs) / len(xs)\n\nprint(avg([]))",
    "for i in range(len(arr)):\n    if arr[i] == target:\n        arr.remove(arr[i])",
    "import requests\nr = requests.get(url)\ndata = r.json()['data']['items']\nfor x in data:\n    print(x['name'])",
    "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n-1) + fib(n-2)\n\nprint(fib(50))",
    "with open('a.txt') as f:\n    lines = f.readlines()\nfor l in lines:\n    if l.strip() == '':\n        lines.remove(l)",
    "x = [[0] * 3] * 3\nx[0][0] = 1\nprint(x)",
    "async def main():\n    for u in urls:\n        await fetch(u)\n\nasyncio.run(main())",
    "df = pd.read_csv('data.csv')\ndf[df['age'] > 30]['salary'] = 0",
    "class User:\n    def __init__(self, tags=[]):\n        self.tags = tags",
    "cnt = 0\ndef inc():\n    cnt += 1\ninc()",
]
SQLS = [
    "SELECT * FROM orders o LEFT JOIN users u ON o.user_id = u.id WHERE DATE(o.created_at) = '2027-02-28' ORDER BY o.id DESC LIMIT 100000, 20;",
    "SELECT user_id, COUNT(*) FROM logs WHERE msg LIKE '%timeout%' GROUP BY user_id HAVING COUNT(*) > 10;",
    "SELECT * FROM goods WHERE id IN (SELECT goods_id FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE status = 2));",
    "UPDATE stock SET qty = qty - 1 WHERE sku = 'A1023';",
]
for _l in ("zh", "zh_tw", "ja", "ko", "vi", "id", "th", "hi", "en"):
    SLOTS[_l]["snippet"] = SNIPPETS
    SLOTS[_l]["sql"] = SQLS
    SLOTS[_l].setdefault("err", SLOTS["zh"]["err"])
    SLOTS[_l].setdefault("plang", SLOTS["en"]["plang"])
    SLOTS[_l].setdefault("task", SLOTS["en"]["task"])
    for _k in ("occasion", "tone", "matter", "trouble", "pref", "food", "object", "style", "event", "prodA", "prodB",
               "use", "work", "job", "age", "salary", "jtype", "topic", "product", "point", "budget"):
        SLOTS[_l].setdefault(_k, SLOTS["zh"][_k] if _l in ("zh", "zh_tw") else SLOTS.get(_l, {}).get(_k, ["?"]))

# ============================================================================================
# K12 / exam maths. Each kind: a sampler of numbers, the solution steps (equations are
# language-free), and one or more wordings per language. Numbers are chosen so answers are clean.
# ============================================================================================


def _mk_rect(r):
    a, b = r.randint(5, 30), r.randint(3, 20)
    return {"a": a, "b": b}, [f"{a} × {b} = {a * b}", f"({a} + {b}) × 2 = {2 * (a + b)}"], f"{a * b}, {2 * (a + b)}"


def _mk_change(r):
    p, q = r.randint(3, 25), r.randint(2, 9)
    m = (p * q // 50 + 1) * 50 if p * q > 45 else 50
    return {"p": p, "q": q, "m": m}, [f"{p} × {q} = {p * q}", f"{m} - {p * q} = {m - p * q}"], f"{m - p * q}"


def _mk_speed(r):
    v, t = r.choice([45, 50, 60, 72, 80, 90, 120]), r.randint(2, 6)
    return {"v": v, "t": t}, [f"{v} × {t} = {v * t}"], f"{v * t}"


def _mk_chick(r):
    c, k = r.randint(5, 30), r.randint(3, 25)
    h, l = c + k, 2 * c + 4 * k
    return {"h": h, "l": l}, [f"假设全是鸡：{h} × 2 = {2 * h}", f"{l} - {2 * h} = {l - 2 * h}", f"{l - 2 * h} ÷ 2 = {k}",
                              f"{h} - {k} = {c}"], f"{c}, {k}"


def _mk_disc(r):
    p, d = r.choice([80, 120, 150, 200, 240, 300, 360, 500]), r.choice([7, 8, 9, 6, 75, 85])
    pct = d * 10 if d < 10 else d
    return {"p": p, "d": d, "pct": 100 - pct}, [f"{p} × {pct}% = {p * pct / 100:g}"], f"{p * pct / 100:g}"


def _mk_work(r):
    a, b = r.choice([(6, 3), (12, 4), (10, 15), (20, 30), (12, 6), (18, 9), (15, 10)])
    t = a * b / (a + b)
    return {"a": a, "b": b}, [f"1/{a} + 1/{b} = {a + b}/{a * b}", f"1 ÷ ({a + b}/{a * b}) = {t:g}"], f"{t:g}"


def _mk_share(r):
    n, k = r.randint(3, 9), r.randint(4, 15)
    rem = r.randint(1, n - 1)
    tot = n * k + rem
    return {"tot": tot, "n": n}, [f"{tot} ÷ {n} = {k} …… {rem}"], f"{k}, {rem}"


def _mk_age(r):
    s, k = r.randint(6, 14), r.choice([3, 4, 5])
    return {"sum": s * (k + 1), "k": k}, [f"{s * (k + 1)} ÷ ({k} + 1) = {s}", f"{s} × {k} = {s * k}"], f"{s}, {s * k}"


def _mk_lin(r):
    a, x, b = r.randint(2, 9), r.randint(-6, 12), r.randint(1, 30)
    c = a * x + b
    return {"a": a, "b": b, "c": c}, [f"{a}x = {c} - {b} = {c - b}", f"x = {c - b} ÷ {a} = {x}"], f"x = {x}"


def _mk_book(r):
    n = r.choice([120, 180, 240, 360, 480, 600])
    d1 = n // 4
    d2 = (n - d1) // 3
    return {"n": n}, [f"{n} × 1/4 = {d1}", f"({n} - {d1}) × 1/3 = {d2}", f"{n} - {d1} - {d2} = {n - d1 - d2}"], f"{n - d1 - d2}"


def _mk_train(r):
    L, B, v = r.choice([120, 150, 200, 240, 180]), r.choice([600, 800, 900, 1000, 1200]), r.choice([10, 15, 20, 25, 30])
    t = (L + B) / v
    return {"L": L, "B": B, "v": v}, [f"{L} + {B} = {L + B}", f"{L + B} ÷ {v} = {t:g}"], f"{t:g}"


def _mk_quad(r):
    p, q = r.randint(-7, 9), r.randint(-7, 9)
    s, m = p + q, p * q
    sb = f"- {s}x" if s > 0 else (f"+ {-s}x" if s < 0 else "")
    sm = f"+ {m}" if m > 0 else (f"- {-m}" if m < 0 else "")
    eq = f"x² {sb} {sm} = 0".replace("  ", " ")
    return {"eq": eq}, [f"(x - {p})(x - {q}) = 0".replace("- -", "+ "), f"x₁ = {p}, x₂ = {q}"], f"{p}, {q}"


def _mk_prob(r):
    a, b = r.randint(2, 9), r.randint(2, 9)
    return {"a": a, "b": b}, [f"{a} + {b} = {a + b}", f"P = {a}/{a + b}"], f"{a}/{a + b}"


def _mk_interest(r):
    p, rt, y = r.choice([5000, 10000, 20000, 8000, 50000]), r.choice([2, 3, 4, 5]), r.randint(2, 5)
    i = p * rt * y // 100
    return {"p": p, "rt": rt, "y": y}, [f"{p} × {rt}% × {y} = {i}", f"{p} + {i} = {p + i}"], f"{p + i}"


MATH_KINDS = {"rect": _mk_rect, "change": _mk_change, "speed": _mk_speed, "chick": _mk_chick, "disc": _mk_disc,
              "work": _mk_work, "share": _mk_share, "age": _mk_age, "lin": _mk_lin, "book": _mk_book, "train": _mk_train,
              "quad": _mk_quad, "prob": _mk_prob, "interest": _mk_interest}

MATH_TXT = {
    "zh": {
        "rect": ["一个长方形花坛长{a}米，宽{b}米，它的面积是多少平方米？周长是多少米？",
                 "学校有一块长方形菜地，长{a}米，宽{b}米。这块地的面积和周长各是多少？"],
        "change": ["妈妈买了{q}支笔，每支{p}元，付了{m}元，应找回多少元？", "小明买{q}本练习本，每本{p}元，给售货员{m}元，找回多少钱？"],
        "speed": ["一辆汽车每小时行驶{v}千米，{t}小时行驶多少千米？", "货车的速度是{v}千米/时，从甲地到乙地用了{t}小时，甲乙两地相距多少千米？"],
        "chick": ["鸡兔同笼，共有{h}个头，{l}只脚，问鸡和兔各有多少只？", "笼子里有若干只鸡和兔，从上面数有{h}个头，从下面数有{l}只脚，鸡兔各几只？"],
        "disc": ["一件衣服原价{p}元，现在打{d}折出售，现价多少元？", "商场搞活动，原价{p}元的书包打{d}折，便宜了多少元？"],
        "work": ["一项工程，甲单独做{a}天完成，乙单独做{b}天完成，两人合作几天完成？"],
        "share": ["把{tot}个苹果平均分给{n}个小朋友，每人分几个，还剩几个？"],
        "age": ["爸爸的年龄是儿子的{k}倍，两人年龄和是{sum}岁，儿子和爸爸各多少岁？"],
        "lin": ["解方程：{a}x + {b} = {c}", "{a}x+{b}={c}，求x"],
        "book": ["一本书共{n}页，小红第一天看了全书的1/4，第二天看了余下的1/3，还剩多少页没看？"],
        "train": ["一列火车长{L}米，以每秒{v}米的速度通过一座长{B}米的大桥，需要多少秒？"],
        "quad": ["解一元二次方程：{eq}", "用因式分解法解方程 {eq}"],
        "prob": ["袋子里有{a}个红球和{b}个白球，任意摸出一个，摸到红球的概率是多少？"],
        "interest": ["王叔叔把{p}元存入银行，年利率{rt}%，存{y}年，到期可取回本金和利息共多少元？"],
    },
    "zh_tw": {
        "rect": ["一個長方形花圃長{a}公尺，寬{b}公尺，面積是多少平方公尺？"],
        "change": ["媽媽買了{q}枝筆，每枝{p}元，付了{m}元，應找回多少元？"],
        "lin": ["解方程式：{a}x + {b} = {c}"],
        "quad": ["解一元二次方程式：{eq}"],
        "prob": ["袋子裡有{a}顆紅球和{b}顆白球，任意取出一顆，取到紅球的機率是多少？"],
    },
    "ja": {
        "rect": ["たて{a}m、よこ{b}mの長方形の花だんがあります。面積は何m²ですか。まわりの長さは何mですか。"],
        "change": ["1本{p}円のえんぴつを{q}本買って、{m}円出しました。おつりはいくらですか。"],
        "speed": ["時速{v}kmで走る車は、{t}時間で何km進みますか。"],
        "disc": ["定価{p}円の商品が{pct}%引きで売られています。売り値はいくらですか。"],
        "work": ["ある仕事をAさん1人では{a}日、Bさん1人では{b}日で終えます。2人でいっしょにすると何日で終わりますか。"],
        "share": ["{tot}個のあめを{n}人で同じ数ずつ分けると、1人何個になって何個あまりますか。"],
        "lin": ["次の方程式を解きなさい。{a}x + {b} = {c}"],
        "quad": ["次の2次方程式を解きなさい。{eq}"],
        "prob": ["袋の中に赤玉が{a}個、白玉が{b}個入っています。1個取り出すとき、赤玉である確率を求めなさい。"],
        "train": ["長さ{L}mの電車が、秒速{v}mで長さ{B}mの鉄橋をわたり始めてからわたり終わるまでに何秒かかりますか。"],
    },
    "ko": {
        "rect": ["가로 {a}m, 세로 {b}m인 직사각형 꽃밭의 넓이와 둘레를 구하시오."],
        "change": ["한 자루에 {p}00원인 연필을 {q}자루 사고 {m}00원을 냈습니다. 거스름돈은 얼마입니까?"],
        "speed": ["시속 {v}km로 달리는 자동차가 {t}시간 동안 달린 거리는 몇 km입니까?"],
        "lin": ["다음 방정식을 푸시오. {a}x + {b} = {c}"],
        "quad": ["이차방정식 {eq}의 해를 구하시오.", "{eq} 풀이 과정 알려주세요"],
        "prob": ["주머니에 빨간 공 {a}개, 흰 공 {b}개가 있다. 한 개를 꺼낼 때 빨간 공일 확률은?"],
        "work": ["어떤 일을 A 혼자 하면 {a}일, B 혼자 하면 {b}일 걸린다. 둘이 함께 하면 며칠 걸리는가?"],
        "interest": ["{p}원을 연이율 {rt}%의 단리로 {y}년 동안 예금하면 원리합계는 얼마인가?"],
    },
    "vi": {
        "rect": ["Một mảnh vườn hình chữ nhật có chiều dài {a}m, chiều rộng {b}m. Tính diện tích và chu vi mảnh vườn."],
        "change": ["Mẹ mua {q} quyển vở, mỗi quyển {p} nghìn đồng, mẹ đưa {m} nghìn đồng. Hỏi được trả lại bao nhiêu tiền?"],
        "speed": ["Một ô tô đi với vận tốc {v} km/giờ trong {t} giờ. Hỏi ô tô đi được bao nhiêu km?"],
        "lin": ["Giải phương trình: {a}x + {b} = {c}"],
        "quad": ["Giải phương trình bậc hai: {eq}"],
        "prob": ["Một hộp có {a} bi đỏ và {b} bi trắng. Lấy ngẫu nhiên 1 bi. Tính xác suất lấy được bi đỏ."],
        "work": ["Hai vòi nước cùng chảy vào một bể. Vòi thứ nhất chảy một mình đầy bể trong {a} giờ, vòi thứ hai trong {b} giờ. Hỏi cả hai vòi cùng chảy thì bao lâu đầy bể?"],
        "book": ["Một quyển sách có {n} trang. Ngày đầu An đọc 1/4 số trang, ngày thứ hai đọc 1/3 số trang còn lại. Hỏi còn bao nhiêu trang chưa đọc?"],
    },
    "id": {
        "rect": ["Sebuah kebun berbentuk persegi panjang dengan panjang {a} m dan lebar {b} m. Hitunglah luas dan kelilingnya."],
        "change": ["Ibu membeli {q} buku tulis seharga {p} ribu rupiah per buah dan membayar {m} ribu rupiah. Berapa kembaliannya?"],
        "speed": ["Sebuah mobil melaju dengan kecepatan {v} km/jam selama {t} jam. Berapa jarak yang ditempuh?"],
        "lin": ["Tentukan nilai x dari persamaan {a}x + {b} = {c}"],
        "quad": ["Tentukan akar-akar persamaan kuadrat {eq}"],
        "prob": ["Dalam sebuah kantong terdapat {a} bola merah dan {b} bola putih. Diambil satu bola secara acak. Peluang terambil bola merah adalah?"],
        "disc": ["Harga sebuah tas Rp{p}.000 mendapat diskon {pct}%. Berapa harga setelah diskon?"],
        "interest": ["Pak Budi menabung Rp{p} dengan bunga tunggal {rt}% per tahun. Berapa jumlah tabungannya setelah {y} tahun?"],
    },
    "th": {
        "rect": ["สวนรูปสี่เหลี่ยมผืนผ้ายาว {a} เมตร กว้าง {b} เมตร มีพื้นที่กี่ตารางเมตร"],
        "change": ["ซื้อดินสอ {q} แท่ง แท่งละ {p} บาท จ่ายเงิน {m} บาท จะได้เงินทอนกี่บาท"],
        "lin": ["จงแก้สมการ {a}x + {b} = {c}"],
        "quad": ["จงหาคำตอบของสมการ {eq}"],
        "prob": ["ในถุงมีลูกบอลสีแดง {a} ลูก สีขาว {b} ลูก สุ่มหยิบมา 1 ลูก ความน่าจะเป็นที่จะได้สีแดงเท่ากับเท่าใด"],
        "speed": ["รถยนต์วิ่งด้วยความเร็ว {v} กิโลเมตรต่อชั่วโมง เป็นเวลา {t} ชั่วโมง จะได้ระยะทางกี่กิโลเมตร"],
    },
    "hi": {
        "rect": ["एक आयताकार बगीचे की लंबाई {a} मीटर और चौड़ाई {b} मीटर है। उसका क्षेत्रफल और परिमाप ज्ञात कीजिए।"],
        "lin": ["समीकरण हल कीजिए: {a}x + {b} = {c}"],
        "interest": ["{p} रुपये पर {rt}% वार्षिक साधारण ब्याज की दर से {y} वर्ष का मिश्रधन ज्ञात कीजिए।"],
        "speed": ["एक रेलगाड़ी {v} किमी/घंटा की चाल से {t} घंटे में कितनी दूरी तय करेगी?"],
    },
    "en": {
        "rect": ["A rectangular garden is {a} m long and {b} m wide. Find its area and perimeter."],
        "change": ["Ravi buys {q} notebooks at Rs {p} each and pays with a Rs {m} note. How much change does he get?"],
        "speed": ["A car travels at {v} km/h for {t} hours. How far does it go?"],
        "work": ["A can finish a job in {a} days and B in {b} days. How long will they take working together?"],
        "lin": ["Solve for x: {a}x + {b} = {c}"],
        "quad": ["Solve the quadratic equation {eq}", "find the roots of {eq} (show working)"],
        "prob": ["A bag has {a} red balls and {b} white balls. One ball is drawn at random. What is the probability it is red?"],
        "interest": ["Find the simple interest and amount on Rs {p} at {rt}% per annum for {y} years."],
        "train": ["A train {L} m long running at {v} m/s crosses a bridge {B} m long. How long does it take?"],
        "age": ["A father is {k} times as old as his son. The sum of their ages is {sum}. Find their ages."],
    },
}

# what students type around the problem text (app UIs add it, or the student does)
EDU_ASK = {
    "zh": ["", "", "", "这道题怎么做", "求解答过程", "老师这题不会", "帮我讲一下这题", "第{i}题", "这题答案是多少？要过程"],
    "zh_tw": ["", "這題怎麼做", "請給詳解"],
    "ja": ["", "", "この問題の解き方を教えてください", "わかりません", "解説お願いします"],
    "ko": ["", "", "이 문제 풀이 알려주세요", "모르겠어요 ㅠㅠ", "해설 부탁드려요"],
    "vi": ["", "", "giải giúp em bài này với", "em không hiểu bài này", "giải chi tiết giúp em"],
    "id": ["", "", "tolong jawab beserta caranya", "kak bantu jawab", "gimana caranya"],
    "th": ["", "ช่วยอธิบายหน่อยค่ะ", "ทำยังไงคะ"],
    "hi": ["", "iska solution batao", "step by step samjhao please"],
    "en": ["", "", "pls solve", "how to do this", "explain"],
}
EDU_FOLLOW = {
    "zh": ["第二步为什么要这样算？", "听不懂，能再简单点吗", "那答案到底是多少", "谢谢老师", "为什么要除以2", "还有别的方法吗",
           "能出一道类似的题给我练练吗", "我算出来是{x}，哪里错了", "懂了", "这个公式是什么意思"],
    "zh_tw": ["為什麼要這樣算？", "謝謝", "聽不懂"],
    "ja": ["2番目の式がよくわかりません", "ありがとうございます", "もっと簡単に説明して", "似た問題を出して"],
    "ko": ["두 번째 단계가 이해가 안 돼요", "감사합니다!", "더 쉽게 설명해 주세요", "비슷한 문제 하나 내 주세요"],
    "vi": ["bước 2 sao lại làm vậy ạ", "em cảm ơn", "giải thích dễ hiểu hơn được không", "cho em bài tương tự"],
    "id": ["kenapa langkah kedua begitu kak", "makasih kak", "jelasin lebih simpel dong", "kasih soal latihan yang mirip"],
    "th": ["ขั้นที่สองทำไมเป็นแบบนี้", "ขอบคุณค่ะ"],
    "hi": ["step 2 samajh nahi aaya", "thank you"],
    "en": ["why step 2?", "thanks", "I got {x}, what's wrong", "explain simpler"],
}
EDU_SYS = {
    "zh": ["你是一位耐心的小学数学老师。请用小学生能听懂的语言，一步一步讲解题目，最后给出答案。不要直接只给答案。",
           "你是{app}的AI学习助手，面向初中生。讲解要分步骤，重点说明解题思路，语言亲切，必要时给出易错点提醒。",
           "# 角色\n你是一名资深数学教师\n# 要求\n1. 先分析题意\n2. 分步骤解答\n3. 总结方法\n4. 答案用【答案】标出"],
    "zh_tw": ["你是一位親切的數學家教，請用國中生聽得懂的方式逐步講解。"],
    "ja": ["あなたは小中学生向けの学習アプリ「{app}」の先生です。やさしい言葉で、順を追って解き方を説明してください。",
           "あなたは塾の数学講師です。生徒がつまずきやすい点を示しながら解説してください。"],
    "ko": ["너는 {app}의 수학 튜터야. 학생이 스스로 이해할 수 있도록 단계별로 설명하고 마지막에 정답을 알려줘.",
           "당신은 친절한 중학교 수학 선생님입니다. 풀이 과정을 단계별로 설명하세요."],
    "vi": ["Bạn là gia sư toán của ứng dụng {app}. Hãy giải thích từng bước thật dễ hiểu cho học sinh và nêu đáp án cuối cùng."],
    "id": ["Kamu adalah tutor matematika di aplikasi {app}. Jelaskan langkah demi langkah dengan bahasa yang mudah dipahami siswa."],
    "th": ["คุณคือครูสอนคณิตศาสตร์ของแอป {app} อธิบายวิธีทำทีละขั้นตอนให้นักเรียนเข้าใจง่าย"],
    "hi": ["You are a friendly maths tutor for {app}. Explain step by step in simple Hinglish for class 6-10 students."],
    "en": ["You are {app}'s math tutor for grades 5-10. Explain each step clearly, then give the final answer in bold.",
           "You are a patient tutor. Never just give the answer; walk the student through the steps."],
}
EDU_APPS = {"zh": ["学霸君", "题拍拍", "小猿学", "作业侠", "点点学", "智学宝", "快答题", "学而思维"],
            "zh_tw": ["學習吧", "均一", "題解王"],
            "ja": ["スタディポケット", "まなびAI", "ジュクナビ", "さんすうマスター"],
            "ko": ["콴다튜터", "수학의신", "매쓰플랫", "AI쌤"],
            "vi": ["HocTot", "Giải Bài AI", "OLM Tutor", "MathVN"],
            "id": ["Ruangguru AI", "BelajarPintar", "Tanya Soal", "Zenius Bot"],
            "th": ["StartDee AI", "ครูติวเตอร์"],
            "hi": ["PadhaiBuddy", "MathsGuru", "StudyMitra"],
            "en": ["BrightMath", "TutorNow", "LearnLoop", "MathMate"]}

# ============================================================================================
# response language kits (synthetic answers; the export keeps at most ~2000 chars)
# ============================================================================================
RESP = {
    "zh": {"open": ["好的，", "当然可以！", "没问题，", "下面是我的建议：", "这个问题可以从几个方面来看：", "好的，我来帮你。"],
           "step": "第{i}步：", "ans": "所以答案是：{a}", "close": ["希望对你有帮助！", "如果还有问题，随时问我。", "需要我再详细展开吗？", ""],
           "body": ["首先需要明确{t}的基本概念。", "从实际情况来看，{t}主要受到几个因素影响。", "建议你先从简单的部分入手，逐步深入。",
                    "需要注意的是，不同情况下结论可能不同。", "总结一下，{t}的关键在于理解原理和多练习。", "具体来说，可以分为以下几点。",
                    "1. 明确目标；2. 制定计划；3. 定期复盘。", "这里给出一个参考方案，你可以根据自己的情况调整。", "**核心要点**：先搞清楚需求，再选择合适的方法。",
                    "举个例子：假设你每天只有一小时，那么可以把任务拆成三个小块。", "如果预算有限，可以优先考虑性价比更高的选项。", "很多人容易忽略的一点是执行过程中的反馈。",
                    "从长期来看，坚持比一次性投入更重要。", "| 方案 | 优点 | 缺点 |\n|---|---|---|\n| A | 简单 | 效果一般 |\n| B | 效果好 | 成本高 |",
                    "可以参考下面的步骤：\n- 第一步，收集信息；\n- 第二步，对比方案；\n- 第三步，小范围试行。"]},
    "zh_tw": {"open": ["好的，", "當然可以！", "沒問題，"], "step": "第{i}步：", "ans": "所以答案是：{a}", "close": ["希望對你有幫助！", ""],
              "body": ["首先要了解{t}的基本概念。", "具體來說，可以分成以下幾點。", "總結來說，關鍵在於多練習。"]},
    "ja": {"open": ["はい、", "承知しました。", "もちろんです！", "以下にまとめます。"], "step": "ステップ{i}：", "ans": "答え：{a}",
           "close": ["参考になれば幸いです。", "ほかに質問があればどうぞ。", ""],
           "body": ["まず、{t}の基本的な考え方を整理しましょう。", "具体的には、次のようなポイントがあります。", "注意点として、状況によって結論が変わることがあります。",
                    "まとめると、{t}では基本を押さえることが大切です。", "例えば、1日1時間しか取れない場合は、作業を3つに分けるとよいでしょう。",
                    "よくある失敗は、振り返りを省いてしまうことです。", "手順は次のとおりです。\n1. 情報を集める\n2. 選択肢を比べる\n3. 小さく試す"]},
    "ko": {"open": ["네, ", "좋아요! ", "물론이죠. ", "정리해 드릴게요. "], "step": "{i}단계: ", "ans": "정답: {a}",
           "close": ["도움이 되었으면 좋겠어요!", "더 궁금한 점 있으면 물어보세요.", ""],
           "body": ["먼저 {t}의 기본 개념을 정리해 볼게요.", "구체적으로는 다음과 같은 포인트가 있어요.", "상황에 따라 결론이 달라질 수 있다는 점에 주의하세요.",
                    "정리하면, {t}은(는) 기본을 이해하는 것이 중요합니다.", "예를 들어 하루에 한 시간밖에 없다면 작업을 세 부분으로 나누는 게 좋아요.",
                    "많이 하는 실수는 중간 점검을 건너뛰는 거예요.", "순서는 이렇게 해 보세요:\n1. 정보 모으기\n2. 선택지 비교\n3. 작게 시도하기"]},
    "vi": {"open": ["Chào bạn, ", "Được thôi! ", "Dưới đây là gợi ý:"], "step": "Bước {i}: ", "ans": "Đáp số: {a}",
           "close": ["Chúc bạn thành công!", "Nếu cần thêm gì cứ hỏi nhé.", ""],
           "body": ["Trước hết, cần hiểu rõ khái niệm {t}.", "Cụ thể, có một số điểm chính như sau.", "Lưu ý rằng kết quả có thể khác nhau tùy trường hợp.",
                    "Tóm lại, điều quan trọng với {t} là nắm vững kiến thức cơ bản.", "Ví dụ, nếu mỗi ngày bạn chỉ có một giờ, hãy chia việc thành ba phần nhỏ.",
                    "Sai lầm hay gặp là bỏ qua bước kiểm tra lại.", "Các bước gợi ý:\n- thu thập thông tin\n- so sánh phương án\n- thử nghiệm quy mô nhỏ"]},
    "id": {"open": ["Tentu! ", "Baik, ", "Berikut penjelasannya:"], "step": "Langkah {i}: ", "ans": "Jawaban: {a}",
           "close": ["Semoga membantu!", "Kalau ada pertanyaan lain, tanya saja ya.", ""],
           "body": ["Pertama, kita pahami dulu konsep dasar {t}.", "Secara spesifik, ada beberapa poin penting.", "Perlu diingat, hasilnya bisa berbeda tergantung kondisi.",
                    "Kesimpulannya, kunci dari {t} adalah memahami dasarnya.", "Misalnya, kalau kamu cuma punya satu jam sehari, bagi pekerjaan jadi tiga bagian kecil.",
                    "Kesalahan yang sering terjadi adalah melewatkan evaluasi.", "Langkahnya:\n- kumpulkan informasi\n- bandingkan pilihan\n- coba dalam skala kecil"]},
    "th": {"open": ["ได้เลยครับ ", "แน่นอนค่ะ ", "ต่อไปนี้คือคำแนะนำ"], "step": "ขั้นที่ {i}: ", "ans": "คำตอบ: {a}", "close": ["หวังว่าจะเป็นประโยชน์นะครับ", ""],
           "body": ["ก่อนอื่นต้องเข้าใจหลักการของ{t}", "โดยสรุปแล้ว สิ่งสำคัญคือการฝึกฝนอย่างสม่ำเสมอ", "มีประเด็นสำคัญดังนี้"]},
    "hi": {"open": ["ज़रूर! ", "ठीक है, ", "यह रहा जवाब:"], "step": "चरण {i}: ", "ans": "उत्तर: {a}", "close": ["उम्मीद है यह मदद करेगा!", ""],
           "body": ["सबसे पहले {t} की मूल अवधारणा समझते हैं।", "मुख्य बिंदु इस प्रकार हैं।", "संक्षेप में, अभ्यास सबसे ज़रूरी है।"]},
    "en": {"open": ["Sure! ", "Here's an overview.", "Great question. ", "Of course. "], "step": "Step {i}: ", "ans": "Answer: {a}",
           "close": ["Hope this helps!", "Let me know if you want more detail.", ""],
           "body": ["First, let's pin down what {t} means.", "Concretely, there are a few key points.", "Note that the details depend on your situation.",
                    "In short, the key to {t} is understanding the basics.", "**Key idea:** separate what you need from what is nice to have.",
                    "For example, if you only have an hour a day, split the work into three short blocks.", "A common mistake is skipping the feedback step.",
                    "Here's a simple plan:\n- gather the facts\n- compare two or three options\n- try the best one on a small scale",
                    "| Option | Pros | Cons |\n|---|---|---|\n| A | simple | limited |\n| B | powerful | costly |", "Over the long run, consistency beats intensity."]},
}

REASON_KIT = {
    "zh": ["用户问的是{t}。我需要先理清题意。", "先算第一部分……", "等一下，这里要检查单位。", "好，结果应该是对的，再验证一遍。", "组织一下回答，用分步的形式。"],
    "ja": ["ユーザーは{t}について聞いている。まず条件を整理する。", "最初の部分を計算すると……", "単位を確認しよう。", "答えを検算する。"],
    "ko": ["사용자가 {t}에 대해 묻고 있다. 조건을 정리하자.", "첫 부분을 계산하면……", "단위를 확인하자.", "검산해 보자."],
    "en": ["The user is asking about {t}. Let me restate the problem.", "First compute the first part...", "Wait, check the units here.",
           "Okay, verify the result once more.", "Now structure the answer step by step."],
}
for _l in ("vi", "id", "th", "hi", "zh_tw"):
    REASON_KIT[_l] = REASON_KIT["en"]

# ============================================================================================
# translation source text (for agencies and plugins)
# ============================================================================================
NOVEL_ZH = [
    "夜色渐深，青石镇的灯火一盏接一盏地熄灭了。", "林远握紧了手中的剑，掌心全是冷汗。", "“你终于来了。”黑衣人缓缓转过身，声音低沉。",
    "三年前的那场大火，烧毁了林家的一切。", "他抬头望向天边，乌云翻滚，一场暴雨即将来临。", "师父曾说过，修行之路最忌心浮气躁。",
    "苏婉儿轻轻一笑，眼中却闪过一丝不易察觉的冷意。", "宗门大比还有七天，所有弟子都在拼命修炼。", "这枚玉佩，是母亲留给他唯一的遗物。",
    "“不可能！”长老猛地站起身来，茶杯摔得粉碎。", "山谷里雾气弥漫，隐约传来野兽的低吼。", "他体内的灵力开始疯狂运转，经脉仿佛要被撑裂。",
    "系统提示：恭喜宿主完成新手任务，奖励十年修为。", "霸道总裁冷冷地看着她：“签了这份合同，你就是我的人了。”",
    "重生回到十八岁那年，她发誓这一次绝不会再嫁给那个男人。", "城门外，数万大军黑压压一片，旌旗蔽日。", "小师妹红着脸，把一包点心塞进他手里。",
    "他笑了笑，没有解释，转身消失在人群中。", "天道有常，不为尧存，不为桀亡。", "掌柜的，来两斤牛肉，一壶好酒！",
]
NOVEL_JA = [
    "「お前、本当にそれでいいのか？」", "放課後の教室には、夕日が差し込んでいた。", "俺の名前は佐藤ハルト、どこにでもいる普通の高校生だ。",
    "異世界に転生したら、まさかのスライムだった件。", "「べ、別にあんたのために作ったんじゃないんだからね！」", "魔王軍の幹部が、ついに王都に迫っていた。",
    "彼女はそっと微笑んで、窓の外を見つめた。", "ギルドの受付嬢は、困ったように眉をひそめた。", "「このスキル、チートすぎないか……？」",
    "雨の音だけが、静かな部屋に響いていた。", "先輩、ちょっとお話があるんですけど。", "ステータスオープン！", "その日、僕は初めて本気で誰かを守りたいと思った。",
]
NOVEL_KO = [
    "\"너, 정말 그걸로 괜찮은 거야?\"", "회귀한 지 정확히 사흘째 되는 날이었다.", "탑의 100층에 오른 자는 아직 아무도 없었다.",
    "그녀는 조용히 웃으며 창밖을 바라보았다.", "[시스템: 새로운 퀘스트가 도착했습니다.]", "재벌집 막내아들로 다시 태어났다.",
    "헌터 협회의 긴급 소집 명령이 떨어졌다.", "\"선배, 잠깐 얘기 좀 할 수 있어요?\"", "그날, 던전 게이트가 서울 한복판에 열렸다.",
]
CS_TXT = {
    "zh": ["我的快递三天了还没发货，怎么回事？", "订单号{on}，能帮我查一下物流吗", "收到的衣服有色差，可以退货吗", "优惠券为什么用不了",
           "我想改一下收货地址", "发票怎么开", "会员怎么取消自动续费", "退款什么时候到账", "这个尺码偏大还是偏小", "你们是真人客服吗", "转人工"],
    "vi": ["Đơn hàng {on} của mình bao giờ giao vậy shop?", "Mình muốn đổi size được không", "Sản phẩm bị lỗi, hoàn tiền thế nào",
           "Mã giảm giá không dùng được", "Shop ơi còn màu đen không", "Phí ship bao nhiêu vậy", "gặp nhân viên tư vấn"],
    "id": ["Kak, pesanan {on} kok belum dikirim?", "Bisa tukar ukuran nggak kak", "Barangnya rusak, gimana cara refund?", "Voucher nggak bisa dipakai",
           "Ready stok warna hitam kak?", "Ongkir ke Surabaya berapa?", "mau bicara dengan CS manusia"],
    "th": ["สินค้าออเดอร์ {on} จัดส่งเมื่อไหร่คะ", "ขอเปลี่ยนไซส์ได้ไหมคะ", "ของเสียหาย ขอคืนเงินยังไง", "โค้ดส่วนลดใช้ไม่ได้ค่ะ", "มีสีดำไหมคะ"],
    "ja": ["注文番号{on}の配送状況を教えてください", "サイズ交換はできますか", "届いた商品が破損していました", "クーポンが使えません", "解約方法を教えて"],
    "ko": ["주문번호 {on} 배송 언제 되나요?", "사이즈 교환 가능한가요?", "상품이 파손돼서 왔어요. 환불 어떻게 해요?", "쿠폰이 적용이 안 돼요", "상담원 연결해 주세요"],
    "en": ["where is my order {on}?", "can I change my delivery address", "item arrived damaged, refund please", "promo code not working", "talk to a human"],
}
CS_SYS = {
    "zh": "你是「{brand}」官方店铺的智能客服。只根据【知识库】回答；不知道的问题请引导用户转人工。回答简洁、礼貌，不超过100字。\n【知识库】\n{kb}",
    "vi": "Bạn là trợ lý CSKH của shop {brand} trên Shopee. Chỉ trả lời dựa trên THÔNG TIN bên dưới, lịch sự, ngắn gọn, xưng \"shop\" và gọi khách là \"bạn\".\nTHÔNG TIN:\n{kb}",
    "id": "Kamu adalah CS virtual toko {brand} di Tokopedia. Jawab sopan, singkat, panggil pelanggan \"Kak\". Gunakan hanya INFO berikut.\nINFO:\n{kb}",
    "th": "คุณคือแอดมินร้าน {brand} ตอบลูกค้าอย่างสุภาพ ลงท้ายด้วยค่ะ ใช้ข้อมูลต่อไปนี้เท่านั้น\nข้อมูล:\n{kb}",
    "ja": "あなたは{brand}公式オンラインストアのサポート担当AIです。以下の情報のみに基づき、丁寧に回答してください。\n情報：\n{kb}",
    "ko": "당신은 {brand} 공식몰 상담 챗봇입니다. 아래 정보만 근거로 친절하고 간결하게 답변하세요.\n정보:\n{kb}",
    "en": "You are the support assistant for {brand}. Answer only from the KB below. Be brief and friendly.\nKB:\n{kb}",
}
CS_KB = {
    "zh": ["发货时间：付款后48小时内发货（节假日顺延）。", "退换货：签收后7天内支持无理由退换，需保持吊牌完好。", "物流：默认中通/圆通，偏远地区不包邮。",
           "发票：订单完成后在“我的订单”中申请电子发票。", "会员：年费会员可在设置-账户中关闭自动续费。"],
    "vi": ["Thời gian giao hàng: 2-4 ngày nội thành, 4-7 ngày tỉnh.", "Đổi trả trong 7 ngày nếu sản phẩm lỗi.", "Miễn phí ship đơn từ 299k."],
    "id": ["Pengiriman H+1 setelah pembayaran.", "Retur maksimal 3 hari setelah barang diterima, wajib video unboxing.", "Gratis ongkir min. belanja 100rb."],
    "th": ["จัดส่งภายใน 1-3 วันทำการ", "เปลี่ยนสินค้าได้ภายใน 7 วัน", "ส่งฟรีเมื่อซื้อครบ 500 บาท"],
    "ja": ["配送：ご注文から3営業日以内に発送します。", "返品：商品到着後8日以内、未使用に限ります。", "送料：5,000円以上で無料。"],
    "ko": ["배송: 결제 후 1~2영업일 내 출고", "교환/반품: 수령 후 7일 이내", "5만원 이상 무료배송"],
    "en": ["Shipping: 2-5 business days.", "Returns within 14 days, unused items only.", "Free shipping over SGD 60."],
}
BRANDS = {"zh": ["悦木", "简屿", "森野家居", "小鹿优选", "蜜桃派", "极客数码", "暖暖母婴"], "vi": ["Mộc Shop", "LalaHouse", "Cocoon Việt"],
          "id": ["Kopi Nusantara", "Hijabku", "Rumah Batik"], "th": ["บ้านสวนสบู่", "MiniMint", "ชาไทยดี"],
          "ja": ["ナチュラルハウス", "北欧雑貨ルミ"], "ko": ["데일리무드", "온새미로"], "en": ["Kopi Co.", "UrbanNest", "Lumi Living"]}

# ============================================================================================
# product catalogue for listing generation
# ============================================================================================
PRODUCTS = {
    "zh": {"cat": ["女装连衣裙", "男士运动鞋", "蓝牙耳机", "儿童保温杯", "宠物猫砂", "不粘锅", "手机壳", "防晒霜", "瑜伽裤", "LED台灯", "收纳盒", "电热毯"],
           "attr": ["材质：{m}", "颜色：{c}", "尺寸：{s}", "适用人群：{p}", "卖点：{b}"],
           "m": ["纯棉", "冰丝", "304不锈钢", "食品级硅胶", "ABS", "真皮", "莫代尔", "竹纤维"],
           "c": ["雾霾蓝", "奶油白", "黑色", "樱花粉", "燕麦色", "牛油果绿"],
           "s": ["S/M/L/XL", "均码", "30×20×15cm", "500ml", "36-44码"],
           "p": ["学生党", "宝妈", "上班族", "中老年", "儿童"],
           "b": ["显瘦不挑人", "一键降噪", "24小时保温", "可机洗", "防滑耐磨", "大容量", "母婴级安全"]},
}
PLATFORM_PROMPTS = {
    "zh": ["你是资深淘宝运营。根据以下商品信息，生成：1）30字以内的商品标题（包含核心关键词）；2）5条卖点；3）200字详情页文案。\n商品：{cat}\n{attrs}",
           "为拼多多商品写标题和详情，商品：{cat}，{attrs}。标题不超过60个字符，要有搜索关键词，语气接地气。",
           "根据商品参数写一段抖音带货口播文案，30秒左右：\n{cat}\n{attrs}"],
    "vi": ["Viết tiêu đề (tối đa 120 ký tự) và mô tả sản phẩm chuẩn SEO Shopee cho: {cat_vi}. Thông tin: {attrs_vi}",
           "Tạo 5 gạch đầu dòng nổi bật và mô tả ngắn cho sản phẩm {cat_vi} bán trên TikTok Shop. {attrs_vi}"],
    "id": ["Buatkan judul produk (maks 70 karakter) dan deskripsi SEO untuk Tokopedia: {cat_id}. Detail: {attrs_id}",
           "Tulis deskripsi produk Shopee yang menarik untuk {cat_id}, pakai bullet point dan emoji. {attrs_id}"],
    "th": ["เขียนชื่อสินค้าและคำอธิบายสำหรับ Lazada: {cat_th} รายละเอียด: {attrs_th}"],
    "en": ["Write an Amazon listing (title under 200 chars, 5 bullet points, description) for: {cat_en}. Specs: {attrs_en}",
           "Generate a Shopify product description in a warm, premium tone for {cat_en}. {attrs_en}"],
    "ja": ["楽天市場向けの商品名（全角60字以内）と商品説明文を作成してください。商品：{cat_ja}。仕様：{attrs_ja}"],
}
CAT_X = {
    "vi": ["Váy nữ dáng suông", "Giày thể thao nam", "Tai nghe bluetooth", "Bình giữ nhiệt trẻ em", "Nồi chống dính", "Kem chống nắng", "Ốp lưng điện thoại"],
    "id": ["Gamis wanita", "Sepatu sneakers pria", "Earphone bluetooth", "Botol minum anak", "Panci anti lengket", "Sunscreen SPF 50", "Hijab voal"],
    "th": ["เดรสผู้หญิง", "รองเท้าผ้าใบ", "หูฟังบลูทูธ", "กระบอกน้ำเก็บความเย็น", "ครีมกันแดด", "เคสโทรศัพท์"],
    "en": ["Women's linen dress", "Men's running shoes", "Wireless earbuds", "Kids insulated bottle", "Non-stick frying pan", "Mineral sunscreen SPF50"],
    "ja": ["レディース ワンピース", "メンズ スニーカー", "ワイヤレスイヤホン", "子ども用水筒", "フライパン", "日焼け止め"],
}
ATTR_X = {   # aligned with CAT_X
    "vi": ["chất liệu đũi, màu be, size S-XL", "đế cao su chống trượt, size 39-44", "chống nước IPX5, pin 30 giờ", "dung tích 500ml, inox 304",
           "đường kính 28cm, dùng được bếp từ", "SPF 50+ PA++++, 50ml", "silicon dẻo, chống sốc, cho iPhone 17"],
    "id": ["bahan jersey, warna mocca, ukuran S-XL", "sol karet anti slip, ukuran 39-44", "tahan air IPX5, baterai 30 jam", "500ml, stainless 304, BPA free",
           "diameter 28cm, bisa untuk kompor induksi", "SPF 50 PA++++, 50ml", "voal premium, 115x115cm, tidak menerawang"],
    "th": ["ผ้าฝ้าย สีครีม ไซส์ S-XL", "พื้นยางกันลื่น ไซส์ 39-44", "กันน้ำ IPX5 แบตอยู่ได้ 30 ชม.", "ความจุ 500 มล. สแตนเลส", "SPF50 PA+++ 50 มล.", "ซิลิโคนกันกระแทก สำหรับ iPhone 17"],
    "en": ["100% linen, beige, sizes XS-XL", "breathable mesh, EU 39-46", "IPX5, 30h battery, USB-C", "500ml, 304 stainless steel, leak-proof lid",
           "28cm, induction compatible, PFOA-free", "SPF50, reef-safe, 50ml"],
    "ja": ["綿100%、ベージュ、S〜XL", "通気性メッシュ、24.5〜28cm", "防水IPX5、連続再生30時間", "500ml、ステンレス、保冷保温", "26cm、IH対応", "SPF50+ PA++++、50g"],
}

# ============================================================================================
# game dialogue
# ============================================================================================
GAME = {
    "zh": {"names": ["云霜", "墨尘", "阿九", "白露", "萧寒", "铁匠老王", "药铺掌柜", "小狐", "玄机子", "月璃"],
           "role": ["冷傲的剑修", "贪财的商人", "天真的小师妹", "神秘的黑袍人", "话痨的酒馆老板", "失忆的少女", "傲娇的公主"],
           "scene": ["玩家第一次进入村庄", "玩家完成了护送任务", "玩家拒绝了委托", "雨夜在破庙相遇", "好感度达到满级", "玩家偷了东西被发现"],
           "tpl": ["你是游戏编剧。角色设定：\n姓名：{name}\n身份：{role}\n性格关键词：{kw}\n请为场景「{scene}」写{k}句NPC台词，每句不超过30字，符合人设，输出JSON数组。",
                   "根据以下人设生成NPC闲聊语音文本{k}条，要有古风味道。\n【{name}】{role}，{kw}\n场景：{scene}"]},
    "ja": {"names": ["リリア", "カイト", "ミオ", "ガルド", "セツナ", "老賢者オルン", "ユウ"],
           "role": ["ツンデレな魔法使い", "無口な剣士", "元気な村娘", "胡散臭い商人", "謎の少女"],
           "scene": ["主人公と初対面", "クエスト達成後", "ボス戦の直前", "好感度MAXイベント", "雨の日の宿屋"],
           "tpl": ["あなたはゲームシナリオライターです。\nキャラ名：{name}\n設定：{role}\n性格：{kw}\nシーン「{scene}」でのセリフを{k}個、JSON配列で出力してください。"]},
    "ko": {"names": ["아린", "카엘", "도윤", "세라", "대장장이 한씨", "루나"],
           "role": ["냉철한 기사", "수다쟁이 상인", "순진한 견습 마법사", "비밀을 숨긴 용병"],
           "scene": ["플레이어와 첫 만남", "퀘스트 완료", "보스전 직전", "호감도 최대 이벤트"],
           "tpl": ["너는 게임 시나리오 작가야. 캐릭터: {name} ({role}, {kw}). 상황: {scene}. NPC 대사 {k}개를 JSON 배열로 써줘."]},
    "en": {"names": ["Mira", "Thorne", "Old Bram", "Kess", "Lyra", "Captain Vale"],
           "role": ["a grumpy blacksmith", "a cheerful bard", "a paranoid alchemist", "an exiled knight"],
           "scene": ["player enters the tavern", "player returns the stolen ring", "player fails the quest", "night before the siege"],
           "tpl": ["You are a narrative designer. Character: {name}, {role}. Traits: {kw}. Write {k} barks for the scene \"{scene}\". Output a JSON array of strings, max 15 words each."]},
}
GAME_KW = {"zh": ["嘴硬心软", "爱财如命", "话少", "腹黑", "毒舌", "温柔", "胆小"], "ja": ["ツンデレ", "天然", "クール", "お調子者"],
           "ko": ["무뚝뚝함", "다정함", "허세", "겁쟁이"], "en": ["sarcastic", "loyal", "greedy", "superstitious", "kind-hearted"]}

# ============================================================================================
# reviews (annotation / sentiment)
# ============================================================================================
REVIEWS = {
    "zh": ["物流很快，包装完好，质量超出预期", "用了两天就坏了，客服也不理人", "还行吧，一般般，价格有点贵", "颜色和图片差很多，失望",
           "第三次回购了，家里人都说好用", "尺码偏小，建议买大一码", "味道很好，孩子很喜欢", "发错货了，退货还要自己出运费", "性价比很高，推荐"],
    "vi": ["Giao hàng nhanh, đóng gói cẩn thận", "Hàng lỗi, shop không phản hồi", "Tạm được, giá hơi cao", "Màu khác hình, thất vọng", "Sẽ ủng hộ shop tiếp"],
    "id": ["Pengiriman cepat, barang sesuai", "Barang rusak, seller slow respon", "Lumayan lah, harga agak mahal", "Warnanya beda sama foto", "Mantap, bakal order lagi"],
    "th": ["ส่งไว แพ็คดีมาก", "ของพัง ร้านไม่ตอบ", "ก็โอเค ราคาแรงไปนิด", "สีไม่ตรงปก", "ดีมาก จะซื้ออีก"],
    "ja": ["配送が早く、梱包も丁寧でした", "2日で壊れました。最悪です", "まあ普通です。少し高い", "色が写真と違いました", "リピートします"],
    "ko": ["배송 빠르고 포장 꼼꼼해요", "이틀 만에 고장났어요", "그냥 그래요. 가격이 좀 비싸요", "사진이랑 색이 달라요", "재구매 의사 있어요"],
    "en": ["Fast delivery, works great", "Broke after two days, seller ignored me", "It's okay, bit pricey", "Colour is different from the photo", "Will buy again"],
}

# ============================================================================================
# essays for graders (gaokao / suneung / IELTS)
# ============================================================================================
ESSAY = {
    "zh": {"prompt": ["“本手、妙手、俗手”", "科技进步与人文关怀", "青年与时代", "长大的标志", "故事的力量", "时间的答案", "跨越与守望"],
           "sent": ["古人云：“不积跬步，无以至千里。”", "在这个信息爆炸的时代，我们比以往任何时候都更需要独立思考。", "诚然，技术带来了便利，但也带来了新的困惑。",
                    "回望历史，每一代青年都有自己的使命。", "我认为，真正的成长不是年龄的增长，而是责任的担当。", "正如鲁迅先生所说：“希望是本无所谓有，无所谓无的。”",
                    "因此，我们既要仰望星空，也要脚踏实地。", "这让我想起了家乡那条弯弯的小河。", "综上所述，唯有坚持，方能抵达远方。"],
           "tpl": ["请按照全国高考语文作文评分标准（基础等级50分+发展等级10分）给下面这篇作文打分，并逐项说明扣分原因，最后给出修改建议。\n题目：{p}\n作文：\n{essay}",
                   "你是高中语文老师，请批改这篇学生作文，给出分数（满分60）、优点、不足和升格建议。\n《{p}》\n{essay}"]},
    "ko": {"prompt": ["인공지능과 인간의 공존", "공정의 의미", "디지털 시대의 독서"],
           "sent": ["현대 사회에서 기술의 발전은 피할 수 없는 흐름이다.", "그러나 그 이면에는 새로운 문제가 존재한다.", "예를 들어, 많은 청소년들이 스마트폰에 의존하고 있다.",
                    "따라서 우리는 균형 잡힌 시각을 가져야 한다.", "결론적으로, 인간다움을 지키는 것이 무엇보다 중요하다."],
           "tpl": ["다음 논술 답안을 채점 기준(논리성 40, 근거 30, 표현 30)에 따라 채점하고 항목별로 피드백해 주세요.\n주제: {p}\n답안:\n{essay}"]},
    "en": {"prompt": ["Some people think university education should be free. Discuss.", "Technology makes people less social. To what extent do you agree?"],
           "sent": ["In recent years, this issue has attracted a lot of attention.", "On the one hand, supporters argue that it benefits society as a whole.",
                    "On the other hand, critics point out the high cost.", "For example, in my country many students work part-time to pay fees.",
                    "In conclusion, I believe a balanced approach is best."],
           "tpl": ["Grade this IELTS Writing Task 2 essay. Give band scores for TR, CC, LR, GRA and an overall band, with specific feedback.\nQuestion: {p}\nEssay:\n{essay}"]},
    "ja": {"prompt": ["AIと教育", "地方創生について"],
           "sent": ["近年、この問題は大きな注目を集めている。", "確かに、技術の進歩は生活を便利にした。", "しかし、その一方で新たな課題も生まれている。",
                    "例えば、若者の地方離れが挙げられる。", "以上のことから、私は対話が重要だと考える。"],
           "tpl": ["次の小論文を、大学入試の採点基準（構成・論理・表現）で100点満点で採点し、講評してください。\nテーマ：{p}\n{essay}"]},
}

# ============================================================================================
# RAG documents (internal policy / finance / legal)
# ============================================================================================
DOCS = {
    "zh": ["第三条 员工出差住宿标准：一线城市每晚不超过600元，其他城市不超过400元。", "第五条 报销须在费用发生后30日内提交，逾期不予受理。",
           "第八条 试用期员工不享受年终奖，但可参加季度评优。", "2026年公司营业收入同比增长18.3%，毛利率为41.2%。", "研发投入占营收比例为12.6%，较上年提升1.4个百分点。",
           "根据《民法典》第五百七十七条，当事人一方不履行合同义务的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。",
           "本合同有效期自2027年1月1日起至2028年12月31日止。", "乙方应在收到甲方书面通知后5个工作日内完成整改。", "数据出境须通过安全评估，并取得个人信息主体的单独同意。",
           "年假天数：工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天。"],
    "ja": ["第3条 出張時の宿泊費は1泊15,000円を上限とする。", "第5条 経費精算は発生日から30日以内に申請すること。", "2026年度の売上高は前年比12.4%増の842億円となった。",
           "本契約の有効期間は2027年4月1日から1年間とする。", "個人情報の第三者提供には本人の同意を要する。"],
    "en": ["Section 4.2: Employees may work remotely up to three days per week with manager approval.", "Revenue for FY2026 grew 14% year over year to $1.2B.",
           "The Licensee shall not sublicense the Software without prior written consent.", "Data retention: logs are kept for 90 days and then deleted.",
           "Refunds are processed within 7-10 business days to the original payment method."],
}
RAGQ = {"zh": ["出差住宿标准是多少？", "报销期限是多久？", "试用期有年终奖吗", "去年营收增长多少", "违约责任怎么规定的", "年假有几天", "合同什么时候到期"],
        "ja": ["宿泊費の上限はいくらですか", "精算の期限は？", "売上高はどれくらい増えましたか"],
        "en": ["how many remote days are allowed?", "what was revenue growth?", "can we sublicense?", "how long are logs kept?"]}
