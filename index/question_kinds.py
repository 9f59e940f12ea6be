"""What kind of question a message is: a consumer-service fact (SERVICE_CUES), no question to a gazette at all
(CHAT_CUES), or a value of a type the evidence must print (ANSWER_TYPES) — named matchers the no-answer confidence
(index/confidence.py) reads; tests/test_confidence.py holds the questions each was written for."""

from __future__ import annotations

import re

from kg.places import city_provinces

__all__ = ["ANSWER_TYPES", "answer_type_miss", "CHAT_CUES", "chat_cues", "SERVICE_CUES", "service_cues", "value_pattern"]

# Question kinds that ask for a consumer-service fact, as named matchers (tests/test_confidence.py holds the
# example questions each was written for).
SERVICE_CUES = {
    # (not a fee as misconduct: 乱收费, 乱标价格 ask who stops it, n262 n141; nor a rule's threshold: 投资多少钱以上要
    # 财政局点头, n008 q087 — a rule prints its threshold)
    # (nor a sum the government pays, read in the whole question: 草原补助一共多少钱, 看护补贴一亩给多少钱 ask a
    # subsidy's amount, which a policy prints — o1337, o1407, q069; the money check still asks the page for it)
    # (nor a kind of price misconduct or its oversight named: 价格欺诈, 价格违法, 价格监管 ask whether a practice is one
    # or who stops it, which a rule prints — o2121 先把标价抬高再打折 算不算价格欺诈, o2124)
    # (nor a fee asked who oversees it, 杂七杂八费用有人管吗, n546: who stops it, as for 乱收费)
    # (nor what a firm or a trade sells in a year, 一年卖了多少钱: its sales, which a list or a report prints — 2012年全国
    # 最大的五百家公司里排第一的是哪家,一年卖了多少钱, o2812; 漳州卖到国外的农产品 一年能卖多少钱, o812)
    # (nor a sum a body puts up, 拿出多少钱: a budget, which its plan or its news prints — 官渡区为大项目前期准备拿出了多少钱,
    # o004; 盘龙区今年至少拿出多少钱让商场、购物中心的生意更红火, o3106, whose 工作任务 prints 安排不低于1000万元资金)
    "price": re.compile(r"^(?!.*(?:补助|补贴|奖励|奖补|补偿|赔偿|拿出))(?!.*年[能共总]?卖了?多少钱).*?多少钱(?!以上|以下)"
                        r"|^(?!.*(?:有人管|谁来?管|归谁管|哪个部门管|管不管))"
                        r".*?(?<!乱)(?<!乱.)(?:价格(?!欺诈|违法|监管|垄断|串通|行为)|收费|费用|票价)"),
    "contact": re.compile(r"电话|热线|地址"),
    # (not the 在 of 现在 / 存在 / 正在 before 哪些: 奉节现在哪些山不让上去, o669; nor 去哪几个镇 / 在哪些方面, which
    # ask which ones: 苍溪县领导去哪几个镇查了交通乱象, o225; nor 在哪天 / 在哪一年, which ask a date: 驿马镇春天种地的活儿要
    # 在哪天之前干完, o1833; nor an office's 设在哪, which asks the unit that hosts it — a 联席会议's or 领导小组's
    # 办公室设在民政厅, as the rule that sets it up prints: 四川困难群众救助…那个会 办公室设在哪, o2037; nor 在哪个单位 /
    # 部门, which asks the unit a body sits in — 南华县's 森林防火指挥部 办公室在县林草局, as its 预案 prints: 南华县管防山火的
    # 那个指挥部平时在哪个单位办公, o2731; nor 在哪次 / 在哪届, which ask an event — the 人代会 that approved a plan, as
    # the notice that issues it prints: 魏县的十四五规划是在哪次人代会上批的, o3551)
    "where": re.compile(r"(?<![现存实正])(?<!办公室设)在哪(?![几些次届]|一?[天年月日]|[个家]?(?:单位|部门|机构|机关|科室))"
                        r"|哪里办|去哪(?![几些])"),
    # (not a shop let open, 让 / 准 / 许 开门: 罗田封城那会儿 哪些店还让开门 asks which kinds of shop a lockdown order
    # exempts, o2032 — the 6号令's 批准开放的药店、商超、加油站 — not an opening hour)
    # (nor the hour an event took place, asked in the past with its 的: 是几点开始的, 几点升的 — a notice prints it, as
    # 吉林's 防汛 notice prints 8月5日19时 for 从三级升到几级了,几点升的, o3358, and 永登's 封路 通告 its 20时, o3222 —, not
    # an opening hour; 几点的车 still asks a schedule)
    "hours": re.compile(r"几点(?!\S{1,3}?的)|(?<![让准许])开门|营业时间|开放时间"),
    # (材料 only as the papers a service asks one to bring — 需要什么材料, 要准备什么材料, 材料清单: u059, u083, u1603 —, not
    # papers named in a question about who handles them, a rule on them or a check of them (查了哪些材料, o718): 窗口收了材料以后谁来做实质性审查, 缺个材料能不能先办后补,
    # 交假材料 企业信用扣分 ask what a rule prints (n165, n628, n1457, and eight more answerable), nor the 材料 of a
    # firm's name, 新材料公司 (u1722))
    "procedure": re.compile(r"怎么办理|怎么申请|流程|(?:需要|要|带|准备|提交|交|提供)\S{0,3}?(?:什么|哪些|哪几样|几样)材料"
                           r"|材料(?:有哪些|清单)|报名|预约|考试"),
}
# Messages that are no question to a gazette, as named matchers: greetings, questions to the assistant itself,
# requests to write something, and the day's weather, traffic rules, shares, parcels and places to eat — a search
# over government documents never answers them, whatever words of theirs the corpus prints (天气 of 重污染天气,
# 开发 of 开发区). tests/test_confidence.py holds the messages each was written for and the questions it must
# leave alone (重污染天气监测预警, 免费看电影).
CHAT_CUES = {
    "greeting": re.compile(r"^(?:你好|您好|哈喽|在吗|在不在|有人吗)|有人在线吗"),
    "assistant": re.compile(r"你是谁|你叫什么|谁开发的|你是(?:机器人|真人)|陪我|聊(?:两句|几句|聊天|一会)"),
    "writing": re.compile(r"帮我写|写一[首篇段]|讲个笑话"),
    # the day named a few characters before what happens on it (明天淄博的天气, 今晚有什么电影), not a rule's start
    "today": re.compile(r"(?:今天|明天|后天|今晚)\S{0,6}?(?:天气|下雨|气温|限号|电影)|天气怎么样"),
    # a parcel, shares, a phone's credit (怎么给手机充话费, u1047): a service of a firm, not of a government
    "errand": re.compile(r"快递到|股票|话费"),
    # sums to work out (帮我算一下二十七乘以三十八等于多少, u1145): arithmetic, not a fact a page prints
    "arithmetic": re.compile(r"乘以|除以|[\d一二三四五六七八九十百千]+\s*(?:加|减|乘|除)\s*[\d一二三四五六七八九十百千]+\S{0,2}等于"),
    "eating": re.compile(r"好吃"),
    # a phone's or computer's own trouble (手机内存满了该删哪些东西, u2223; 手机屏幕碎了去哪修, u1438): a device's
    # care, no government's business
    "device": re.compile(r"手机(?:内存|存储|空间|卡顿|屏幕|中毒|死机)|内存(?:满|不足|不够)|电脑(?:中毒|死机|卡顿|重装)"),
    # a bicycle's or e-bike's own trouble (自行车链条老是掉怎么办, u3723; 自行车骑着骑着老掉链子, u2823; 电动车电瓶一般多久换一次,
    # u1528): its chain, tyre, brake or battery — no government's business (a street's 电动自行车 飞线充电 check is: o605,
    # o2517)
    "vehicle": re.compile(r"(?:自行车|单车|电动车|电瓶车|摩托车)\S{0,6}?(?:链条|链子|轮胎|车胎|刹车|车闸|电瓶|电池)"
                          r"\S{0,6}?(?:掉|断|没气|漏气|瘪|坏|不灵|松|换)|掉链子"),
    # a household's own repair (厨房下水道堵了用什么疏通, u2624): a drain or fixture of a home blocked or leaking, or what
    # to clear it with — no government's business (a street's 下水道, a 网吧's blocked 逃生通道 are: o424)
    "household": re.compile(r"(?:厨房|卫生间|洗手间|厕所|马桶|地漏|水槽|洗菜池|洗手池)\S{0,4}?(?:堵了|堵住|不通|漏水)"
                            r"|用什么(?:疏通|通下水|清洗|去除|去掉)"),
}
# The stems of the prefecture-level cities of the national list (kg.places: 遵义 of 遵义市, 黔东南 of 黔东南苗族侗族自治州),
# longest first, as one alternation: a resident names a city by its stem (members_in_place).
_CITY_STEMS = "|".join(sorted(city_provinces(), key=lambda stem: (-len(stem), stem)))
# Questions that ask for a value of a type, as named (ask, value) matchers: the question asks for a phone number,
# an address, opening hours, an amount of money, a share or an area, and a passage that answers it prints a value
# of that type (tests/test_confidence.py holds the questions each was written for). Gazettes print amounts,
# shares and areas with their policies, and rarely phone numbers, addresses or hours at all.
ANSWER_TYPES = {
    # a question that ends on a phone (张店区社会信用中心电话, 投诉电话) asks for its number
    # (or the phone named before the asking, 投诉电话打哪个, 举报电话该打什么: 南岸区营商环境投诉电话打哪个 over 南岸's
    # 优化提升 方案, which prints no number, u4436)
    "phone": (re.compile(r"电话(?:是)?多少|电话号码|号码是|打(?:哪个|什么|几号)电话|热线|(?:联系|值班)电话|电话$"
                         r"|电话(?:该|要|应该)?打(?:哪个|什么|几号|多少)"),
              # (not the digits of a hyphenated code: the 登记号 ZDDR-2021-0010003 of a normative document; nor a date
              # whose 年 and 月 the page dropped, its digits run on into 日 — 南岸's 方案 dated 2019116日, u4436)
              re.compile(r"(?<![\d.\-a-z])(?:0\d{2,3}[-－—]?)?\d{7,8}(?![\d.\-]|\s*[年月日号])|(?<!\d)1[3-9]\d{9}(?!\d)"
                         r"|(?<!\d)(?:12\d{3}|96\d{3})(?!\d)")),
    # (a body's office asked, 在哪里办公: its address — 晋城城区住房和城乡建设局在哪里办公 over the bureau's 转发 notice,
    # which prints none, u3820; the unit it sits in, 在哪个单位办公, is no address: o2731)
    "address": (re.compile(r"地址|哪条路|哪条街|门牌|办公地点|在什么地方|什么位置|在哪(?:里|儿)?办公"),
                # a number before 号 that closes a decree number (淄政发〔2017〕17号) is no street number
                # a 街道 (湖田街道: a sub-district of a contact table) is no street
                # a school named by its road (周村区市南路小学, 城北路石门小学: u1140) is no address either
                # (nor a site's record number: 陕公网安备61070202000127号, 陕ICP备14003207号 — a street number has at most
                # five digits: u2622)
                # (nor 镇街, towns and sub-districts together — 推进卫生镇街创建工作 of 金乡县's 分工方案, u4220 —, nor
                # 街巷, a street's alleys cleaned — 整治街巷环境 of 迎宾街道's news, u3620 —, nor a 之路, a road to
                # an aim: 专业化、精细化、特色化、新颖化发展之路)
                re.compile(r"(?<![〕\]\d])\d{1,5}号|大厦|大楼"
                           r"|[\u4e00-\u9fff]{1,6}(?<!之)(?:路|(?<![镇乡])街(?!道|巷)|大道)(?!线|[\u4e00-\u9fff]{0,3}(?:小学|中学|学校|幼儿园))"
                           r"|地址")),
    # an email address asked (征求意见的电子邮箱, 意见能发到哪个邮箱): an address with its @ printed — a page giving a
    # phone or a post address for the views does not answer it (许昌's 隐形冠军 公示: 联系电话 only, u3619)
    "email": (re.compile(r"邮箱|电子邮件|电子信箱|e-?mail", re.I),
              re.compile(r"[a-z0-9._%+\-]+\s*[@＠]\s*[a-z0-9\-]+(?:\.[a-z0-9\-]+)+", re.I)),
    # a postcode asked (邮政编码是多少, 邮编): six digits printed — 月塘镇's 撤乡设镇 批复 names the town and no postcode
    # (u4120). Resting on one question: a postcode is a contact fact as a phone or an email is (a page about the place
    # without the digits does not answer it), and no fitted answerable question asks one
    "postcode": (re.compile(r"邮编|邮政编码"), re.compile(r"(?<!\d)\d{6}(?!\d)")),
    # parking spaces counted (多少个车位, 新增多少个停车位): a number printed with 车位 or 泊位 — 马岭镇's news says it
    # 新建一个大型停车场 and counts no space (u4201; the pieces row takes its 一个 and 两个); 绵阳's 整治 news prints the
    # spaces it marked (o976)
    "spaces": (re.compile(r"多少个?(?:停车)?[车泊]位|[车泊]位(?:有|是|共)?多少"),
               re.compile(r"[\d一二三四五六七八九十百千两]+\s*(?:余|多)?\s*(?:万|千)?\s*个?\s*[\u4e00-\u9fff]{0,4}?[车泊]位"
                          r"|[车泊]位[^。；;]{0,10}?[\d一二三四五六七八九十百千两]+\s*(?:余|多)?\s*个")),
    # a paper shown to pass or to be served (凭什么证件可以通行, 要带什么证件): a pass, a card or a certificate printed —
    # 永登县公安局's 交通管制 通告 sets the hours and the roads and names no pass for local cars (u4208). Resting on one
    # question, as the postcode row: a paper asked is a fact a page prints or does not, and no fitted answerable
    # question asks one this way (出入境证件能在本地办吗, o2316, asks where)
    "credential": (re.compile(r"凭(?:什么|啥|哪些|哪种)(?:证件|证|手续|凭证)|(?:什么|啥|哪些|哪种)证件"),
                   re.compile(r"证件|通行证|出入证|身份证|驾驶证|行驶证|居住证|工作证|证明|通行码|健康码|行程码|凭证|通行卡")),
    # the members of a list that lie in a place, counted (小巨人企业里浙江有多少家, 名单里龙华区有几个市场): the place printed
    # by the evidence about the list — 工信部's first 小巨人 list, read through a 紧固件 trade news that counts its 248 firms
    # and names no province, does not count 浙江's (u4204); 海口's 整治 名单 prints its 龙华区 rows (o1439)
    # (not the 中 of 中心: 企业技术中心 包头市有几家获得认定, o1906, asks 包头市, which a question names as any place)
    # (or a prefecture-level city named by its stem, as a resident names it: 贵州's 16 绿色工厂 里遵义有几家 — 贵州's
    # 绿色制造名单 news counts the 16 and leaves the list to an annex it only names, printing no 遵义, u4252)
    "members_in_place": (re.compile(r"(?:里|中(?!心)|当中)(?P<where>北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽"
                                    r"|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏"
                                    r"|宁夏|新疆|[\u4e00-\u9fff]{1,4}(?:省|市|区|县|州|盟|旗)|" + _CITY_STEMS + r")"
                                    r"(?:有|占)?(?:多少|几)(?:个|家|户|所)"),
                         "{where}"),
    # a neighbour asked by its name (几个边境县跟缅甸接壤, 和哪几个县交界): the neighbour printed — 广西's 边境 规划 news
    # counts its 8 边境县 与越南接壤 and says nothing of 缅甸 (u4266)
    "neighbour": (re.compile(r"(?:跟|与|和|同)(?P<neighbour>[\u4e00-\u9fff]{2,5}?)(?:接壤|交界|毗邻|相邻|接界)"),
                  "{neighbour}"),
    # a reward asked (有没有奖励, 有奖励吗, 给奖励吗): a reward, an honour or a grant printed — 沸水镇's news on its 秸秆禁烧
    # counts the 目标责任书 signed and no reward for a village that burnt none (u4212); a policy that rewards prints
    # its 奖励 (小厂子做大了升成规上企业 有奖励吗, n945; 张店在市里补贴之外还另外给奖励吗, n856)
    "reward": (re.compile(r"有没有奖|有(?:什么)?奖励吗?|给(?:不给)?奖励|奖不奖"),
               re.compile(r"奖|表彰|激励|补助|补贴|扶持")),
    # a reward's sum asked (奖励多少钱, 奖多少钱): the sum printed in a sentence with its 奖 or 补助 — 山西's 龙头企业倍增
    # 方案 counts firms by their sales (年销售收入超百亿元…超10亿元企业30家) and names no reward (u4227); a policy that
    # rewards prints 给予一次性奖励200万元 (n199's kind)
    "reward_sum": (re.compile(r"奖励?(?:了|是|能|给)?多少|奖励?[^，。？?\s]{0,4}?多少钱"),
                   re.compile(r"(?:奖|补助|补贴|资助|扶持)[^。；;]{0,30}?(?:\d[\d,.]*\s*(?:万|亿)?元|[一二三四五六七八九十百千万]+元)"
                              r"|(?:\d[\d,.]*\s*(?:万|亿)?元|[一二三四五六七八九十百千万]+元)[^。；;]{0,12}?(?:奖|补助|补贴|资助|扶持)")),
    # the size of a type asked (标题用几号字, 正文字号多大): a size printed (二号小标宋体字, 3号仿宋体字) — 宁夏's 公文格式规定,
    # whose excerpt stops at its 公文形式 chapter, prints none (u4231). Resting on one question, as the postcode row:
    # no fitted answerable question asks one (发文字号 asks a document's number and is left out)
    "type_size": (re.compile(r"几号字|(?<!文)字号(?:是|用|为)?(?:多大|多少|几号)|(?:什么|哪种|啥)字体"),
                  re.compile(r"[一二三四五六七八九十初小\d]{1,2}\s*号\s*[\u4e00-\u9fff]{0,6}?(?:字|体)|\d+\s*(?:磅|pt)")),
    # an economy's size asked (地区生产总值要达到多少, GDP突破多少): an amount in 亿 printed, or a doubling — 乌鲁木齐's
    # 十四五 纲要, whose excerpt stops at its preface, prints none (u4225); not its growth asked (增长多少, 增长目标是多少:
    # a rate, o2005, o2210 — the share row's)
    "economy_size": (re.compile(r"(?:生产总值|GDP|经济总量)(?:总量)?(?:要|将|能|预计|力争|到时)?(?:达到|突破|超过|迈上|是|为|有)多少"
                                r"(?!倍)", re.I),
                     re.compile(r"\d[\d,.]*\s*(?:万|千)?亿|[一二三四五六七八九十百千万]+亿|翻一番|翻番")),
    # a prize asked (答对了有奖品吗): a prize, reward or certificate printed — 门头沟's 健康北京周 news counts who answered
    # the quiz and how well, and names no prize (u3707); a reward asked (有奖励吗) stays a question of the policy's text
    # how often a body meets or a thing is done (常务会议多久开一次, 多长时间一次, 一年开几次): a period or a frequency
    # printed (每月, 每季度, 一年两次, 定期) — 巴音郭楞's 政府工作规则, whose excerpt stops before its 会议制度, prints none
    # (u3810); a first meeting's 第1次 is no frequency
    "frequency": (re.compile(r"多久\S{0,2}?一次|多长时间\S{0,2}?一次|隔多久|(?:一年|每年|每月|一个月)\S{0,3}?几次"),
                  re.compile(r"每[\u4e00-\u9fff\d]{0,4}?(?:年|季|月|周|星期|旬|天|日|小时)|定期|不定期|适时|随时|及时|常态"
                             r"|经常|年度|季度|月度|[\d一二两三四五六七八九十半]+(?:个)?(?:年|季度|月|周|星期|天|日|小时)\S{0,3}?次"
                             r"|(?<!第)[\d一二两三四五六七八九十]+次")),
    "prize": (re.compile(r"奖品|礼品|纪念品"),
              re.compile(r"奖品|礼品|纪念品|奖励|奖金|奖项|获奖|颁奖|证书|积分")),
    # the venue of an event asked (招聘会在哪个场馆办的, u2220): a hall, centre, square or hotel printed
    "venue": (re.compile(r"哪个场馆|什么场馆|哪个会场|在哪(?:个|里|儿)?(?:场馆|会场|地方)?(?:举办|举行|召开|办)的"),
              re.compile(r"[\u4e00-\u9fff]{1,10}(?:馆|中心|广场|会场|礼堂|会堂|大厦|酒店|宾馆|剧院|体育场|公园)")),
    # the experts an event invited (评审会请的是哪些专家, u2205): an expert's title or a list of them printed
    "experts": (re.compile(r"哪些专家|哪几位专家|(?:专家|评委)(?:是|有)(?:谁|哪些|哪几位)|请了?(?:哪些|哪几位)(?:专家|评委)"),
                re.compile(r"教授|研究员|农艺师|工程师|专家组成员|专家[:：]")),
    # (a shop let open, 让开门, is no hour asked: o2032, as in SERVICE_CUES)
    "hours": (re.compile(r"几点|(?<![让准许])开门|营业时间|开放时间|作息时间|(?:周[六日末]|星期[六日天])(?:上班|开门|开放|办公|营业|能去|去办|办事|能办)"
                         r"|上班吗|中午(?:有人|上班|办公|值班|休息)|午休|有人值班"),
              # (or an hour written with 时, as a notice prints one: 自2022年3月21日20时起实施 answers 永登县城封路是几点
              # 开始的, o3222 — not 小时, 时代 or 时间)
              re.compile(r"\d{1,2}[:：]\d{2}|\d{1,2}点|上午|下午|工作日|周[六日末]|星期[六日天]|节假日"
                         r"|(?<!\d)\d{1,2}\s*时(?![代期间段效])")),
    # whether an office works on a rest day (周六上班吗, 星期天能去办事吗): a page answers it by printing the week's
    # days with their work or hours (周一至周五上午9:00, 周六正常办公, 双休日不休息), not by a 上午 or 工作日 of
    # another line (5个工作日内办结) — the hours row above takes any of those (安康市住房公积金经办中心周六上班吗,
    # u3120, whose first passages print 工作日 and 上午 of other matters)
    "rest_day": (re.compile(r"(?:周[六日末]|星期[六日天]|双休日|节假日|礼拜[六天]|休息日)\S{0,2}?"
                            r"(?:上班|开门|开放|办公|营业|能去|去办|办事|能办|有人|值班)"),
                 re.compile(r"(?:周[一二三四五六日末]|星期[一二三四五六日天]|双休日|节假日|休息日|法定假日)[^。；;]{0,12}?"
                            r"(?:上班|开门|开放|办公|营业|值班|服务|办理|受理|延时|预约|休息|\d{1,2}[:：]\d{2}|\d{1,2}点|上午|下午)"
                            r"|(?:上班|办公|开放|营业|受理|值班)[^。；;]{0,6}?(?:周[六日末]|星期[六日天]|双休日|节假日|休息日)"
                            r"|工作日[^。；;，,]{0,6}?(?:\d{1,2}[:：]\d{2}|\d{1,2}点|上午|下午)")),
    # (a subsidy's or a bonus's sum asked after its verb, 能拿到多少补贴, 领到多少: 白城's 四星级 农机合作社 公示 names the
    # five co-ops and no sum, u4255)
    "money": (re.compile(r"工资多少|工资是多少|多少钱|交多少|补贴多少|补助多少|费用是多少|收费多少|奖励多少|多少元|补多少|多少万元|[贷给发拿领]多少"
                         r"|[拿领得]到多少|多少(?:补贴|补助|奖补|奖金)"
                         # (the 多少 only: 罚款 and 收费标准 stay words of the topic the amount must stand by)
                         r"|(?<=罚款)多少|(?<=罚)多少|(?<=收费标准)是?多少"
                         # (not 万 or 亿 of a measure word, which the measure, people and area rows ask: 多少万头, 多少亿斤,
                         # 多少万亩 — 延边's 粮食产量实现36.66亿斤 answers 多少亿斤 with no 元, o3390)
                         r"|多少万(?![人户家个名头只吨件项辆台亩斤株])|多少亿(?![人户家个名头只吨件项辆台亩斤株])"
                         # (a project's investment, a compensation paid: 总投资多少, 补偿款给了多少 — u2218, u2217, u558;
                         # not a rule's threshold, 投资多少钱以上, n008)
                         r"|投资(?:是|为|有|达)?多少(?!钱以上)|(?:补偿|赔偿)(?:款|金|费)?\S{0,3}多少"
                         # (a fee or grant asked by its name: 搬迁补助费是多少, 押金是多少 — u3509, over 丽水's 拆迁 办法's
                         # articles that print no sum)
                         r"|(?<=[\u4e00-\u9fff])(?:费|金|款)(?:是|为)?多少(?![人户家个名项件次天年])"
                         # (a body's funds asked: 一年有多少活动经费 — 大柘镇's news on its 泉湖连 prints none, u4011)
                         r"|多少(?:活动|工作|办公|专项)?经费|经费(?:是|有|为)?多少"
                         # (money put into a campaign or a project: 一共投入了多少资金, 测算投入多少 — 曲松县's news on its
                         # 白色污染 攻坚战 counts villagers and carts, no sum, u4203; 官埠桥镇's 绿岛 工程 prints its 万元, o2911)
                         r"|投入了?多少(?![人名个户家项次天年])|多少资金|资金(?:是|有|为|共)?多少"),
              # (a sum in 美元 is a sum too: 投资多少 over 实际利用外资3.2亿美元)
              re.compile(r"\d[\d,.]*\s*(?:万|亿)?美?元|[一二三四五六七八九十百千万]+美?元")),
    # a sum per unit asked (每亩投资多少元, 每家能拿多少补助): a sum printed per that unit (每亩补助100元, 100元/亩, 亩均投入
    # 3000元), or for each one named (对各企业分别奖励人民币10万元, 各奖励1000元, 生均…达到2000元: o971, o974, n1715) — 江西's
    # 2012 news on its 高标准农田 prints 34.24亿元 for 160万亩 and no sum per 亩 (u4424); a total divided by the asker is
    # no answer a page gives. The money row above still asks for any sum.
    "per_unit": (re.compile(r"每(?P<unit>亩|人|户|家|吨|平方米|头|个)[^，。？?\s]{0,8}?(?:多少|几)(?:钱|元|万元|万|补助|补贴|奖励|奖补)"),
                 "(?:每{unit}|各|分别|均)[^。；;]{{0,24}}?(?:\\d[\\d,.]*|[一二三四五六七八九十百千万]+)\\s*(?:万|亿)?元"
                 "|元\\s*[/／]\\s*{unit}|{unit}均[^。；;]{{0,10}}?\\d"),
    # a sum in dollars asked (实际利用外商直接投资多少美元): a sum in 美元 printed — the money row's 元 is no dollar
    # (九江's page on its 外资 prints no 美元 of 2004, u4280)
    "dollars": (re.compile(r"多少(?:万|亿)?美元|美元(?:是|有|为)?多少"),
                re.compile(r"[\d一二三四五六七八九十百千万亿][\d,.一二三四五六七八九十百千万亿]*\s*(?:万|亿)?\s*美元")),
    # (and a rate asked by its name: 升学率多少, 死亡率是多少, 覆盖率达到多少 — a share printed, u1522; and a share
    # asked before 比例: 能报销多少比例, 做到多大比例 — u2317, n441, n035)
    # (or a share asked as 百分之多少: 增加值占生产总值的比重要达到百分之多少 — 綦江's 融合发展 page prints no share, u4306)
    "share": (re.compile(r"占多少|比例是多少|比例多少|多[少大]比例|百分之几|百分之多少|占比多少|多少成"
                         r"|(?<=[\u4e00-\u9fff])率(?:是|为|有|达到)?多少"),
              # (or a table's rate under its unit column: 重大慢病过早死亡率\t%\t13.23, n364)
              re.compile(r"\d+(?:\.\d+)?\s*[%％]|[%％][ \t]+\d|百分之|[一二三四五六七八九十]成")),
    # a cut asked with no unit (化肥要减少多少, 新发病例要比2020年降多少): a share or a number with its measure printed —
    # 黑龙江's 三减 联席会议 notice sets up the meeting and its duties and prints no cut (u4351); a cut asked in a unit
    # (减少了多少个乡镇, 减到多少个, 减了多少亿元) is that unit's row
    "reduction": (re.compile(r"(?:减少|降低|下降|压减|削减|减|降)(?:了|到)?多少"
                             r"(?![个家人户名项件次天年万亿元吨亩斤头只处所座辆台起批部份栋幢块钱])"),
                  re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分点|百分之|[一二三四五六七八九十]成"
                             r"|[\d一二三四五六七八九十百千两][\d.,一二三四五六七八九十百千万亿两]*\s*(?:余|多)?\s*(?:万|亿)?\s*"
                             r"(?:吨|公斤|千克|斤|亩|元|个|家|户|人|例|头|只|台|辆|处|项|件|次|立方米)")),
    # a standard asked by its name (征收标准是多少, 缴费标准是多少, 最低工资标准是多少): an amount or a rate printed —
    # 许昌's 价格调节基金 办法, whose first articles print neither, does not answer its 征收标准 (u4004)
    "standard": (re.compile(r"标准(?:是|为|有)?多少"),
                 re.compile(r"\d[\d,.]*\s*(?:万|亿)?元|[一二三四五六七八九十百千万]+元|\d+(?:\.\d+)?\s*[%％‰]|百分之|千分之")),
    # (an area asked with a verb before 多少 or by its unit: 总面积有多少平方公里, u3411; 森林面积有多少, u3215)
    "area": (re.compile(r"多少[万千]?亩|占地多少|面积(?:有|是|为|共|一共|总共|达到?)?多少|多大面积|多少(?:平方公里|平方米|公顷)"),
             # (in 万 or 千 of the unit: 草原禁牧补助15.65万亩, o1335)
             re.compile(r"\d[\d.]*\s*[万千]?\s*(?:亩|平方米|㎡|公顷|平方公里)")),
    # a length (大温公路全长多少公里): a number of kilometres or metres; a depth or width asked by its adjective
    # (水库水有多深, u1619; 天颐东街有多宽, n067) likewise — not 多高, which asks a level as often (火险有多高, o671)
    "length": (re.compile(r"多少公里|多少千米|多少米|全长|有多长|多深|多宽"),
               # (a round number with 多 / 余 before its unit: 水深至40多米)
               re.compile(r"\d[\d.]*\s*(?:余|多)?\s*(?:公里|千米|米|km)")),
    # a count of units or visitors (认定了多少家, 多少万人次): a number before its measure word; 哪几家 asks for
    # names, not a count
    # (firms are counted by 户 as often as by 家: 85户国家级专精特新“小巨人”企业 answers 几家小巨人, o1502; 56户哈市企业
    # answers 多少家厂子, o1514 — a number that starts with a digit or a unit numeral, not the 百户 of a town's name:
    # 小百户镇, u1037)
    "count": (re.compile(r"多少家|(?<!哪)几家|多少万?人次"),
              re.compile(r"[\d一二三四五六七八九十百千两]+\s*(?:余|多)?\s*(?:万|亿)?\s*(?:家|人次)"
                         r"|(?:\d|[一二三四五六七八九十两])[\d一二三四五六七八九十百千两]*\s*(?:余|多)?\s*(?:万|亿)?\s*户")),
    # a count in another measure word (查出多少处隐患, 查获多少吨, 保留多少件): a number before that measure word
    # (多少部电梯, 查获野生动物多少只: a lift counted by 部 or 台, an animal by 只 or 头; u1238, u1239; 下了几份整改通知书:
    # notices counted by 份, u1426)
    # (自建房 counted by 栋 or 幢: 排查出多少栋有隐患的自建房, u2618 — 经营性自建房726万栋)
    # (a sign counted by 块: 一共拆了多少块违规牌匾 — 沈阳's 长江街 news on its 专项治理 clears 违规牌匾 and counts none, u4233)
    # (or a count in 万, 千 or 亿 of the measure word: 牦牛出栏多少万头 — 黄南's news on its 牦牛 counts none of 2021's, u4305)
    "measure": (re.compile(r"(?:多少|(?<!哪)几)(?:万|千|亿)?(?P<unit>处|吨|件|项|所|座|辆|台|起|批|户|部|只|头|份|栋|幢|块(?!钱)|斤)"),
                "[\\d一二三四五六七八九十百千两]+\\s*(?:余|多)?\\s*(?:万|亿)?\\s*(?:{unit})"),
    # a count in 个 asked by 多少个 (劝离了多少个摊贩, u1721; 罚了多少个摊主, u1618; 翻修多少个村卫生室, o011): a number
    # before 个 — not 几个, which asks for names as often (几个部门一起管, 分几个阶段)
    # (or 几个 after a verb of building, 要建几个, 新建几个: a count of things built, not names — 吕梁's 殡葬 方案 asked
    # 每个县要建几个城乡公益性公墓 prints no 公墓 counted, u4422; 大竹县's 菜市场 news prints its 新建3个, o1301)
    "pieces": (re.compile(r"多少个|(?:建|建设|新建|改建|扩建|配备|布局)了?几个"),
               re.compile(r"[\d一二三四五六七八九十百千两]+\s*(?:余|多)?\s*(?:万|亿)?\s*个")),
    # a time limit in working days asked (压缩到几个工作日, 几个工作日内报送): a number of 工作日 printed — 南岸's 营商环境
    # 优化提升 方案's first passages print no 工作日 at all (u4417); 周村's 总部企业 办法 prints 10个工作日内 (n661)
    "workdays": (re.compile(r"(?:几|多少)个?工作日"),
                 re.compile(r"[\d一二三四五六七八九十两]+\s*个?\s*工作日")),
    # a count of people (抓了几个人, 出动了多少人, 中毒住院了多少人: u2019, u2008, u1318): a number before 人 or 名
    # (出动执法人员53人, 5名执法人员, 46人次) — not 人民, 人口, 人大, 人代会, 人选 or a household (多少人家), nor 名额, 名单,
    # 名称, 名字, 名录; 人次 asked is the count row's
    # (or in 万 or 千 of people: 发洪水转移了多少万人 — the 拉林河 flood's news on 吉林 counts none moved, u4284)
    "people": (re.compile(r"(?:多少|几)(?:万|千)?个?(?:人(?!民|口|次|大|代|选|家)|名(?!额|单|称|字|录))"),
               # (or a table's count under its unit column: 容纳人数（万人）, q015)
               re.compile(r"[\d一二三四五六七八九十百千两]+\s*(?:余|多)?\s*(?:万|千|百)?\s*(?:名|人)(?!民|大|代)"
                          r"|[（(]万?人[)）]")),
    # a population asked (村委会有多少人口, 常住人口有多少): a number printed with 人口 or its 人 / 口 (常住人口52.6万人, 总人口
    # 3256人, 1200口人) or a table's column in 人 — the people row above leaves 人口 out, and a page naming the place's
    # 人口 with no number (全区常住人口实现稳步增长) answers nothing (楚雄东瓜镇兴隆村委会有多少人口, u3020)
    "population": (re.compile(r"多少人口|人口(?:数|总数)?(?:有|是|一共|总共|达到)?多少"),
                   re.compile(r"人口[^。；;，,]{0,10}?\d[\d.,]*\s*(?:万|千|百)?\s*(?:人|口)"
                              r"|\d[\d.,]*\s*(?:万|千)?\s*(?:口人|人口)|[（(]万?人[)）]")),
    # how long a document or agreement holds (协议有效期几年, u2620; 加分有效期几年, n213): its term printed after 有效期
    # (有效期为3年, 有效期五年, 有效期至2025年) — not 有效期到哪天 / 到什么时候, which the date row or a rule's dates answer
    "term": (re.compile(r"有效期(?:是|为|有)?(?:几年|多少年|多久|多长时间|几个月)"),
             re.compile(r"有效期[^。；;]{0,12}?(?:[\d一二三四五六七八九十两]+\s*个?\s*(?:年|月)|至)")),
    # a date asked (几月几号开的, 什么时候建的): a day or a year printed
    # (or, for a start asked, 从哪天开始 / 哪天起, the day a notice names by its own issue: 本通告自发布之日起实施 answers
    # 陆丰这个镇整治环境的通告从哪天开始算数, o3257)
    "date": (re.compile(r"几月几[号日]|哪天|哪一天|什么时候(?:开(?!始)|召开|建|成立|举行|发布|印发|出台)"),
             re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d{2}\s*年|(?:19|20)\d{2}[-./]\d{1,2}"
                        r"|(?:发布|印发|公布|签发|下发)之日起|即日起")),
    # a deadline asked (什么时候之前要报, 几号前交, 哪天之前干完): a day, a month's or a year's end printed, or a day or
    # year before its 前 — 且末县's 清理 notice, whose excerpt stops at its head, prints none for 清理结果什么时候之前要报上去
    # (u4400); 驿马镇's news prints its 定于4月20日全面完成 (o1833), 张店's 信用 方案 its 完成时间：2021年12月 (q084)
    "deadline": (re.compile(r"(?:什么时候|何时|哪天|哪一天|几月几[号日]|几号)(?:之前|以前|前)"),
                 re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[\d一二三四五六七八九十]{1,2}\s*月(?:底|末|中旬|上旬|下旬)|年底|年末|月底|月末"
                            r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
                            r"|(?:(?<!\d)\d{1,2}\s*[日号]|(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月)?)\s*(?:之前|以前|前)")),
    # the date of a document asked by its kind (申报指南什么时候发布, 第14号通告是哪天发的): the date stands in a passage
    # of that kind of document — a 办法's signing date is no date of a 指南 (成都市2025年重点研发项目申报指南什么时候发布,
    # u3117, over 成都's 重点研发项目资助管理办法). Not 方案 or 文件, which a resident says of any plan or paper (高邑县…
    # 应急方案是哪天发出来的 asks a 预案's date, o1627)
    "document_date": (re.compile(r"(?P<kind>指南|名单|通告|公告|条例|细则|意见稿|规划|办法|预案|通知|决定)(?:是)?"
                                 r"(?:什么时候|哪天|哪一天|几月几[号日]|哪年|哪一年)(?:开始)?"
                                 r"(?:发布|印发|出台|发|下发|公布|出|施行|实施|生效|执行)"),
                      "\\A(?=[\\s\\S]*{kind})[\\s\\S]*?(?:\\d{{1,2}}\\s*月\\s*\\d{{1,2}}\\s*[日号]"
                      "|(?:19|20)\\d{{2}}\\s*年|(?:19|20)\\d{{2}}[-./]\\d{{1,2}})"),
    # the day an event of a document, a meeting or a body took place, asked by its verb (条例从哪天起施行, 政协五届四次会议是
    # 哪天开幕的, 联席会议第一次全体会议是哪天开的, 公司是哪一年成立的, 撤县设区是哪年批下来的): a date printed with that verb or one
    # of its kind (_SAME_EVENT: 自2025年10月1日起施行, 自印发之日起施行, 2013年…批准) — a page naming the document, the
    # meeting or the firm with another date only (the 条例's date of adoption, a reply's date to a proposal of the
    # session, a 小巨人 list's date) does not answer it (fresh43: u4005, u4007, u4008, u4002, u4016); so the day a rule
    # was repealed (是哪年废止的, 什么时候废止的): a date printed with 废止, 废除 or 失效 — a 办法's page printing only its own
    # date of issue does not answer it (u4110 内蒙古…村庄和集镇规划建设管理实施办法是哪年废止的; u4013, fresh43); so the day a
    # body was set up under its sign (是哪天挂牌的): a date printed with 挂牌, 揭牌, 成立 or 组建 — 通辽's 转发 of the 农牧厅's
    # notice, dated, prints no 挂牌 (u4382 内蒙古农牧厅是哪天挂牌的, fresh52)
    "event": (re.compile(r"(?:(?:从|自)?(?:哪天|哪一天|哪年|哪一年|什么时候|何时|几月几[号日])(?:起|开始)?(?:是)?(?:印发)?"
                         r"|(?=(?:施行|生效)(?:日期|时间)))(?P<event>施行|生效|开幕|闭幕|成立|挂牌|揭牌|开(?=的)|批(?=下来|的|准)|废止"
                         r"|废除)"),
              "(?:\\d{{1,2}}\\s*[月日号]|(?:19|20)\\d{{2}}\\s*年?|之日|即日)[^。；;!?！？]{{0,40}}?(?:{event})"
              "|(?:{event})[^。；;]{{0,6}}?[:：]?\\s*(?:19|20)\\d{{2}}"),
    # who led a campaign or a check (哪位领导带队, 带队的是谁): a leader printed leading it (带队, 率队, 带领) — the 何市镇
    # news names the bodies that acted and no one leading them (u4006); 昆明's 生态环境局 news prints its 带队 (o2806)
    "leader": (re.compile(r"(?:哪位|哪个|什么)领导带(?:的)?队|带队的?(?:是谁|是哪位|领导是谁)|谁带(?:的)?队"),
               re.compile(r"带队|率队|带领|率领|领队")),
    # a weekday asked (健康大巴每周几到村里, u1139): a weekday printed
    "weekday": (re.compile(r"(?:周|星期|礼拜)几"), re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")),
    # a counter asked by its number or floor (惠企政策窗口是几号窗口, 窗口在几楼): a numbered window or a floor printed;
    # a window asked by its kind (去哪个窗口拿) is answered by the window's name and is not asked here
    "counter": (re.compile(r"几号窗口|窗口号|第几(?:号)?窗口|在几楼|几层"),
                re.compile(r"\d+\s*号?\s*窗口|窗口\s*[A-Za-z]?\d+|[\d一二三四五六七八九十]+\s*[楼层](?!梯)")),
    # firms asked by name (企业有哪些, 哪几家): a firm's name printed; 哪几家单位 / 部门 / 机构 asks for government units
    # (涡阳城关街道查学校周边文具店 是哪几家单位一起去的: 市场局、辖区派出所, o905), no firm, and so does 哪几家 run on
    # into acting together (哪几家一起来管, 联合, 共同): 凤凰街道…是哪几家一起来管的 asks the 执法、公安、市场监管、交警
    # 四部门 of its news (o2025)
    "firms": (re.compile(r"(?:企业|公司)(?:有哪些|是哪些|名单)|哪些(?:企业|公司)"
                         r"|哪(?:几|[\d一二三四五六七八九十]+)家(?!单位|部门|机构|机关|一起|联合|共同)"),
              re.compile(r"公司|集团|厂|合作社")),
    # who a post is held by (组长由谁担任, 主任由谁担任): a rule's 组长由区长担任 or 以区长任组长 (张店's 总部经济 领导小组,
    # q012) answers it as well as a list's name (组长：张国华) — unlike 是谁 (below), which a post printed in a rule does not answer; the post read whole as there
    # (泸县突发事件应急委员会主任由谁担任, u3105, over pages that print no 主任 of that 委员会)
    # (a 河长 / 湖长 / 林长 of the 河长制 and its kin is a post: 河北省总河长由谁担任 over 河北's 河长制 方案, which names
    # none, u4401)
    "holder": (re.compile(r"(?P<role>(?:[大中支]队|[县区市镇乡校局组院厂处科所站社馆部队厅河湖林])长|书记|主任|总编|主席|经理|负责人"
                          r"|总指挥|指挥长)(?:由|是)谁(?:来)?担任"),
               "{role}(?:[：:\\s]+[\u4e00-\u9fff]{{2,3}}|由[^。；;]{{1,24}}?(?:担任|兼任))|任{role}"),
    # the unit an office is set in (办公室设在哪个部门, 设在哪): a rule that sets a 领导小组 or 联席会议 up prints it
    # (办公室设在区卫生健康局, 联席会议办公室设在民政厅, 领导小组办公室设在区残联: q024, o2037) — a page printing no such line does not answer it
    # (齐齐哈尔环境污染应急指挥部办公室设在哪个部门, u3108)
    "host": (re.compile(r"办公室设在(?:哪|什么)"),
             # (or the unit named before the office it sets: 在县住房城乡建设局设置办公室, 犍为's 四公一农 news, o233)
             re.compile(r"办公室设[在于][\u4e00-\u9fff]{2}|在[\u4e00-\u9fff]{2,16}?设(?:置|立)?办公室")),
    # who holds a post (县长是谁, 总编是谁): the post printed before a name, as lists of members print them (组长：张国华,
    # 局长 张明俊, 书记\t苏瑞刚), or as news prints it, the name run on and what the holder did after it (区政府副区长刘小平
    # 现场指导, o1708; 常务副区长蒲承明出席会议并讲话); a post printed only in a rule (县长负责制, 县长、副县长, 县长主持县政府
    # 全面工作) or before a plural (副区长等领导出席) names nobody
    # The post is read whole: a brigade's 大队长 (中队长, 支队长), not the 队长 inside it, else the asked post is taken
    # for the question's topic and a neighbour's list (张店's 区安全生产监察大队大队长 曹鸿岩) answers 松岭区's 森保大队
    # (u2918); a command post's 总指挥 / 指挥长 (祁县's 应急指挥部, u2819; 元氏县's 防汛指挥部, u922) is a post too.
    "person": (re.compile(r"(?P<role>(?:[大中支]队|[县区市镇乡校局组院厂处科所站社馆部队厅])长|书记|主任|总编|主席|经理|负责人"
                          r"|总指挥|指挥长)(?:是谁|叫什么|是哪位)"),
               "{role}(?:[：:\\s]+[\u4e00-\u9fff]{{2,3}}|(?!等)[\u4e00-\u9fff]{{2,3}}"
               "(?:现场|出席|主持|带队|带领|陪同|参加|讲话|调研|督导|一行))"),
    # who convenes a joint meeting (联席会议的召集人是谁, 总召集人是谁): a name printed as its convener, as a member list
    # prints it (召集人：刘正道, 总召集人:吕维峰副省长) or a rule names the holder (省政府副秘书长马锐同志担任总召集人,
    # o3238) — a post only (由分管副省长担任召集人, 民政厅厅长担任联席会议召集人, 主要负责同志担任副召集人) names nobody, nor
    # does a page that sets the meeting up and prints no convener (黑龙江's 黑土地 联席会议 news, u4370)
    "convener": (re.compile(r"召集人(?:是谁|叫什么|是哪位)"),
                 re.compile(r"召集人[ \t]*[：:][ \t]*[\u4e00-\u9fff]{2,3}"
                            r"|[\u4e00-\u9fff]{2,3}(?<!负责)(?<!领导)同志(?:担任|任)(?:联席会议)?[总副]?召集人")),
}
# A document's own contact line (联系电话:0730-5223908, 电话号码:13313738052): the asked label, a colon and the number.
# A reply or notice closes on its contact lines (承办人, 联系人, 联系电话), which chunking leaves in a passage of their
# own after the one about the topic; that passage answers a question about the topic's number (o1124). A contact
# table prints other units' numbers under a column, with no colon after each label.
_OWN_CONTACT = {"phone": re.compile(r"电话(?:号码)?\s*[:：]\s*(?:0\d{2,3}[-－—]?)?\d{7,8}(?![\d.\-])"
                                    r"|电话(?:号码)?\s*[:：]\s*1[3-9]\d{9}(?!\d)")}
# A number a news site prints for itself (新闻热线 0891-6325020 in the masthead of 中国西藏新闻网's page on 曲松县's
# 白色污染, asked 曲松县人居环境整治办公室电话是多少: u4219; 报料热线, 广告热线, 投稿电话): the site's, never the asked
# body's, read out of a passage before its phone is looked for.
_SITE_NUMBER = re.compile(r"(?:新闻|报料|爆料|广告|投稿|读者|订阅|发行|违法和不良信息举报|不良信息举报)(?:热线|电话)\s*[:：]?"
                          r"\s*[\d\-－— ]{7,}")
# Digits that stand inside a web address or a code (the path of 宁波's repost link, …/20250702/448108.html, asked the
# 科室's phone of 宁波's 龙头企业 notice, u4291; the 索引号 11220625MB1557820Q/2025-02755 of 江源区's 入汛通告, asked its
# 防汛抗旱指挥部办公室's 值班电话, u4292): no phone number — a link and a token of letters and digits are read out first.
_CODE_NUMBER = re.compile(r"(?:https?://|www\.)[\w./?=&%#:~+\-]+"
                          r"|[0-9A-Za-z]*(?:[A-Za-z][0-9]|[0-9][A-Za-z])[0-9A-Za-z]*")
_NOT_VALUES = {"phone": re.compile(_SITE_NUMBER.pattern + "|" + _CODE_NUMBER.pattern)}
# A document the question names by its title (山东省农业农村厅关于公布…龙头企业名单的通知 文号, o3213): the words of
# its title are the topic, not the asking — the title's 企业名单 asks no firm's name; the kind word (通知) stays for
# the document_date row.
_NAMED_DOCUMENT = re.compile(r"关于[^，。？?！!\s]{2,60}?的(?=通知|通告|公告|公示|决定|意见|办法|批复|函|规定|报告|方案|请示)")
# Measure words that count the same things (a vehicle by 辆 or 台: 检查车辆182台 answers 检查了多少辆车, o516; the
# matters of a plan by 件 or 项: 主要工作任务分解为7大方面、80项 answers 一共分成了多少件, o1523; a house by 栋 or 幢; a
# case by 起 or 宗: 全省共查处非法采砂案172宗 answers 查了多少起…的案子, o3010).
_SAME_UNIT = {"辆": "辆|台", "部": "部|台", "只": "只|头", "头": "只|头", "件": "件|项", "项": "项|件", "栋": "栋|幢",
              "幢": "栋|幢", "起": "起|宗"}
# Verbs that tell the same event (a rule in force: 施行, 生效, 实施; a meeting held: 开幕, 召开, 举行; a body set up:
# 成立, 组建, 挂牌; a change approved: 批准, 批复, 同意; a rule repealed: 废止, 废除, 失效) — the event row's value (条例…从哪天起施行 is answered by 自…起实施).
_SAME_EVENT = {"施行": "施行|生效|实施|执行", "生效": "施行|生效|实施|执行", "开幕": "开幕|闭幕|召开|举行|开会",
               "闭幕": "闭幕|召开|举行", "开": "召开|举行|开幕|开会|开了", "成立": "成立|组建|创建|创办|注册|设立|挂牌",
               "批": "批准|批复|同意|获批|批下", "废止": "废止|废除|失效|停止执行|停止施行",
               "废除": "废止|废除|失效|停止执行|停止施行", "挂牌": "挂牌|揭牌|成立|组建", "揭牌": "挂牌|揭牌|成立|组建"}
# The ANSWER_TYPES whose values a word alone may print (上午, 工作日, 中心, 教授, 公司): a passage's neighbour
# printing one says nothing of the value asked.
_WORD_VALUES = frozenset({"hours", "rest_day", "document_date", "venue", "experts", "firms", "person", "holder", "address",
                          "weekday", "counter", "leader", "convener"})
# A question that asks whether (要不要向社会公布咨询电话, 是否收费) asks for a yes or no about a rule, not a value.
_WHETHER = re.compile(r"要不要|是否|需不需要|应不应该|可不可以")
# A question that asks by what an amount is set (按什么来定给多少, 根据什么确定补多少) asks for the rule, not the value:
# 泉州's 特色农业 资金 规定 answers 资金分配以绩效为导向 with no sum (o2537).
_BASIS = re.compile(r"(?:按|按照|根据|依据|凭)(?:什么|啥)[\u4e00-\u9fff]{0,2}?(?:定|算|确定|计算|核定|分配)")


def value_pattern(template: str, asked: dict[str, str]) -> re.Pattern:
    """An ANSWER_TYPES value template (a pattern of the asked word itself) filled with the question's `asked` words,
    measure words that count the same things meeting (_SAME_UNIT: 几辆 finds 12台), and verbs that tell the same event
    (_SAME_EVENT: 从哪天起施行 finds 自…起实施)."""
    # each table reads its own group only: a measure word 批 (算第几批) is no event verb 批 (哪年批下来的)
    same = {"unit": _SAME_UNIT, "event": _SAME_EVENT}
    return re.compile(template.format(**{k: same.get(k, {}).get(v) or re.escape(v) for k, v in asked.items()}))


def chat_cues(query: str) -> list[str]:
    """The names of the CHAT_CUES a message matches."""
    return [name for name, rx in CHAT_CUES.items() if rx.search(query)]


def service_cues(query: str) -> list[str]:
    """The names of the SERVICE_CUES the question matches."""
    return [name for name, rx in SERVICE_CUES.items() if rx.search(query)]


def answer_type_miss(query: str, evidence: list[str], words=(), about=lambda j: True,
                     after=lambda j: "") -> float:
    """1.0 when the question asks for a value of an ANSWER_TYPES type that no passage of the evidence (the first
    passages' texts) prints: 齐惠保理赔打什么电话 over passages with no phone number, 儿童主任每个月补贴多少钱 over
    passages with no amount. Given the question's content `words`, only the passages that print one of them
    count (other than the words of the asking itself: 电话 of 联系电话): a contact table of other units prints
    their numbers, not the one asked for (张店区服务业发展中心联系电话). (Measured: the clause holding the word
    instead of the passage lost two answerable questions whose number stands a line away from the name.) Of those,
    only the passages `about` the place the question names count, where any is. A phone may also be printed as the
    document's own contact line (_OWN_CONTACT) by the passage `after(j)` that follows such a passage in its document
    ("" where none): the reply's closing 联系电话 (o1124)."""
    if _WHETHER.search(query) or _BASIS.search(query):
        return 0.0
    asking = _NAMED_DOCUMENT.sub("", query)
    # every value asked (地址和电话 asks two): the words of each asking are no topic of another — the 电话 of
    # 百花艺术小学的地址和电话 does not make 砚山's 联系电话 line a passage about the school whose address it prints (u1043)
    asked = [(ask, m) for ask, _ in ANSWER_TYPES.values() if (m := ask.search(asking))]
    for name, (ask, value) in ANSWER_TYPES.items():
        m = ask.search(asking)
        if not m:
            continue
        # the words of the asking are no topic, nor words that ask themselves (the lexicon's 咨询电话 for 电话)
        topic = [w for w in words if not any(w in mm.group(0) or a.search(w) for a, mm in asked)]
        near = [j for j, t in enumerate(evidence) if any(w in t for w in topic)] if topic else range(len(evidence))
        # of those, the passages about the place asked (`about(j)`: it or its document prints the place) where any
        # is: 仓山区's fines are not in 张店's rule's amount (u460)
        near = [j for j in near if about(j)] or near
        if isinstance(value, str):  # a pattern of the asked word itself (the post of a person question)
            value = value_pattern(value, m.groupdict())
        # the passage that continues one of them in its document is read too: chunking cuts a section from its
        # figures (砚山's 解读: 二、任务目标 … then 四、项目投资及资金来源 项目总投资381.9万元, o1337) — a number with its
        # unit, not a value a word alone stands for (工作日 of another office's hours, u143), and only after a
        # passage about the place asked (兰陵's 182台 is no count of 郯城's check, u921); a phone only as the
        # document's own contact line (a contact table after a passage prints other units' numbers)
        own = _OWN_CONTACT.get(name, None if name in _WORD_VALUES else value)
        if own and any(own.search(after(j)) for j in near if about(j)):
            continue
        near = [evidence[j] for j in near]
        if name in _NOT_VALUES:
            near = [_NOT_VALUES[name].sub(" ", t) for t in near]
        if not any(value.search(t) for t in near):
            return 1.0
    return 0.0
