"""The no-answer confidence: its feature functions on real questions, the fitted model file, the out-of-fold
threshold of the fit, and the verdict as `search --json` prints it on the sample corpus."""

import json

import numpy as np
import pytest

from index.confidence import (ANSWER_TYPES, CHAT_CUES, FEATURES, QUESTION_FILLERS, SERVICE_CUES, answer_type_miss,
                              chat_cues, content_words, features, join_single_runs, load_calibration, order_off, orders,
                              ordinals, periods, phrase_pairs, plan_period_off, read_as_official, scope_miss, seasons,
                              service_cues, sessions, share_printed, years_about)
from index.place_scope import (collective_towns, could_be_page_of, government_place, number_fits, number_names,
                               place_apart, place_out_of_scope)
from index.tokenize import STOP_CHARS, STOPWORDS


# -- service cues: each named matcher with the questions it was written for ----------------------------------------
@pytest.mark.parametrize("query,cues", [
    ("周村区驾校学车费用多少钱", ["price"]),
    ("周村古商城景区门票价格", ["price"]),
    ("张店区冬季集中供暖收费标准", ["price"]),
    ("张店区医院挂号预约电话是多少", ["contact", "procedure"]),
    ("淄博科目二考场在哪里", ["where"]),
    ("张店区游泳馆暑假几点开门", ["hours"]),
    ("周村区租房合同备案怎么办理", ["procedure"]),
    ("张店区住房公积金提取需要什么材料", ["procedure"]),
    # policy questions ask for none of these
    ("张店到2020年底老百姓平均能活多少岁？", []),
    ("周村 孤独症儿童 抢救性康复救助 年龄条件", []),
    ("个体户营业执照怎么注销", []),  # 营业 of 营业执照 is not opening hours
    # a policy amount is still a price question: the evidence features must carry it (test below)
    ("张店区2021年城市低保标准提高到每人每月多少钱？", ["price"]),
    # the 在 of 现在 / 存在 before 哪些 asks no place (o669); 在哪 after another word still does (n1332)
    ("奉节现在哪些山不让上去 天鹅湖那边封了吗", []),
    ("存在哪些问题", []),
    ("张店总部企业来了在哪办公", ["where"]),
    # a fee as misconduct asks who stops it (n262, n328, n141, n1478); a rule's threshold in money is printed by the
    # rule (n008, q087); 去哪几个镇 asks which towns (o225) — answerable questions the cue flagged (stop 18)
    ("周村借着疫情防控乱收费的怎么查", []),
    ("周村景点乱收费宰客 综合执法能不能罚", []),
    ("网店乱标价格有人管吗", []),
    ("张店区里的国企投资多少钱以上要财政局点头？", []),
    ("苍溪县领导去哪几个镇查了交通乱象", []),
    ("在哪些方面加强监管", []),
    # 在哪天 / 在哪一年 ask a date, no place to go (o1833, fresh31: the 驿马镇 春耕 notice prints 4月20日全面完成)
    ("驿马镇春天种地的活儿要在哪天之前干完", []),
    ("这个规划在哪一年到期", []),
    ("老年证在哪个窗口办", ["where"]),
    # fresh33 (noanswer102): an office's 设在哪 asks the unit that hosts it, no place to go — the rule that sets the
    # 联席会议 up prints 联席会议办公室设在民政厅 (o2037; o161's 阳西县 and 周村's q024 likewise; other real lines:
    # 梅州's 殡葬 联席会议, 联席会议办公室设在市民政局, https://www.meizhou.gov.cn/zwgk/fggw/sfbgswj/content/post_2164114.html;
    # 兴宁's 双百工程 联席会议, https://www.xingning.gov.cn/xxgk/fggw/sfbwj/content/post_2182253.html); a market set up
    # somewhere is still a place to go (u1907), and so is an office asked by 在哪 alone
    ("四川困难群众救助几个厅一起商量事的那个会 办公室设在哪", []),
    ("阳西县殡葬管理工作联席会议办公室设在哪", []),
    ("周村区国家卫生城市长效管理领导小组办公室设在哪里？", []),
    ("日喀则冬季牛羊肉临时销售市场设在哪里", ["where"]),
    ("张店区人社局办公室在哪", ["where"]),
    # a shop let open (让 / 准 / 许 开门) is no opening hour asked: 罗田's 6号令 names the kinds a lockdown exempts,
    # 批准开放的药店、商超、加油站 (o2032); an hour or a day open is still asked (u057, u517)
    ("罗田封城那会儿 哪些店还让开门", []),
    ("疫情那会儿 哪些店准开门", []),
    ("张店政务服务中心星期六开门吗", ["hours"]),
    ("世纪花园社区卫生服务中心几点开门", ["hours"]),
    # the hour an event took place, asked in the past with its 的, is no opening hour (fresh49's o3358, fresh45's o3222:
    # a notice prints it); a schedule still is (几点的车)
    ("吉林2023年8月防汛从三级升到几级了,几点升的", []),
    ("永登县城封路是几点开始的 什么时候解封", []),
    ("淄博到青岛几点的车", ["hours"]),
    # and must not be read so: a price, a fee, a place to go after the misconduct named (u166, u086, u056)
    ("嘉兴南湖区商场转供电乱加价去哪投诉", ["where"]),
    ("周村区养老院一个月收费多少钱", ["price"]),
    ("周村区驾校学车费用多少钱", ["price"]),
    ("低于多少钱不用交税", ["price"]),
    # reading before a veto (noanswer82): a sum the government pays, read in the whole question, is no price of a
    # service (o1337, o1407: 砚山's 解读 and 鲤城's 下达 notice print it; q069, n077, n220, o974 likewise); the money
    # check still asks the page for the amount (u286 旬阳退耕还林每亩补助多少钱 stays flagged by it)
    ("砚山县给牧民的草原补助一共多少钱 是哪里出的钱", []),
    ("鲤城区不让砍的天然林 看护补贴一亩给多少钱", []),
    ("宁夏园博会评上先进个人的 每人奖励多少钱", []),
    # a price or a fee beside no such sum is still one (u011-style service questions)
    ("周村区养老院一个月收费多少钱", ["price"]),
    ("张店区2021年城市低保标准提高到每人每月多少钱？", ["price"]),
    # stop 26 (noanswer107, fresh34's o2121): a kind of price misconduct or its oversight named (价格欺诈, 价格监管) asks
    # whether a practice is one or who stops it, which a rule prints — no price of a service (o2121, o2124: the
    # 明码标价和禁止价格欺诈规定 answers both); a price asked beside it still is one (u013, u1924)
    ("商场先把标价抬高再打折 这样卖算不算价格欺诈", []),
    ("明码标价和禁止价格欺诈规定从哪天起施行", []),
    ("今天晚上92号汽油价格涨了没有", ["price"]),
    ("水电气另外收的杂七杂八费用有人管吗", []),  # n546: a fee asked who oversees it, as 乱收费 above
    # and 材料 is the papers a service asks one to bring only after 需要 / 带 / 准备 … 什么 (u059, u083, u1603); papers
    # named in a question about who handles them or a rule on them ask what the rule prints (n165, n628, n1457, o718:
    # answerable, the 周村 政务服务 rules and the 上街区 电梯 news answer them), and 新材料 is a firm's name (u1722)
    ("周村区结婚登记需要带什么材料", ["procedure"]),
    ("高青县开托育机构 备案要准备什么材料", ["procedure"]),
    ("周村政务服务窗口收了材料以后谁来做实质性审查", []),
    ("张店办事缺个材料能不能先办后补", []),
    ("交假材料 瞒着真实情况 企业信用扣分", []),
    ("上街区 商场酒店的电梯 查了哪些材料", []),
    ("洛阳建龙微纳新材料公司主要生产什么产品", []),
    # fresh40 (noanswer139): 在哪个单位 asks the unit a body sits in, which its 预案 prints (o2731: 指挥部下设办公室在县林草局,
    # yunnan-nanhua-senlin-huozai-yuan-…-zhihui.txt line 36), as 办公室设在哪 does; 在哪办 still asks a place
    ("南华县管防山火的那个指挥部平时在哪个单位办公", []),
    ("社保卡丢了在哪补办", ["where"]),
    # fresh53 (noanswer210): 在哪次 / 在哪届 asks an event, the 人代会 that approved a plan, which the notice issuing it
    # prints (o3551: 魏县's 贯彻落实 notice, hebei_wei-xian-zhengfu-2021-shisiwu-guihua-gangyao-guanche-luoshi-tongzhi.txt)
    ("魏县的十四五规划是在哪次人代会上批的", []),
    # fresh44 (noanswer164): a sum a body puts up (拿出多少钱) is a budget its plan prints (o3106: 盘龙区's 工作任务, docs/
    # yunnan_kunming-panlong-qu-2022-quyuxing-guoji-zhongxin-chengshi-hexin-chengqu-gongzuo-renwu.txt line 13, 安排不低于
    # 1000万元资金; o004); what one pays oneself stays a price (o2424, u3402)
    ("盘龙区今年至少拿出多少钱让商场、购物中心的生意更红火", []),
    ("官渡区为大项目前期准备拿出了多少钱？", []),
    ("安乡县饭店装燃气报警器自己要掏多少钱", ["price"]),
    # fresh41 (noanswer148): what a firm or a trade sells in a year asks its sales, which the 500强 news prints (o2812:
    # 中石化以2011年营业收入25519.5亿元, quanguo-zhongguo-qiye-500qiang-2012-qianshi-jiancheng.txt line 1; o812 alike);
    # a price per unit sold stays a price (u178)
    ("2012年全国最大的五百家公司里排第一的是哪家,一年卖了多少钱", []),
    ("漳州卖到国外的农产品 一年能卖多少钱", []),
    ("保康县增减挂钩节余指标每亩卖多少钱", ["price"]),
])
def test_service_cues(query, cues):
    assert service_cues(query) == cues
    assert set(cues) <= set(SERVICE_CUES)


# Messages that are no question to a gazette (the unanswerable sets' noise: u054, u194, u244, u245, u301, u302, u355,
# u469, u471), and the questions that print the same words and ask of the corpus (n157, q057, q111, n266: answerable).
@pytest.mark.parametrize("query,cues", [
    ("你好", ["greeting"]),
    ("在吗 有人吗", ["greeting"]),
    ("你是谁开发的", ["assistant"]),
    ("帮我写一首关于周村古商城的诗", ["writing"]),
    ("帮我查一下明天淄博的天气", ["today"]),
    ("明天周村天气怎么样", ["today"]),
    ("张店今天限号吗", ["today"]),
    ("今天股票涨了吗", ["errand"]),
    ("帮我查一下快递到哪了", ["errand"]),
    ("怎么给手机充话费", ["errand"]),  # u1047
    ("推荐一家张店好吃的烧烤", ["eating"]),
    ("周村重污染天气监测预警由哪个部门牵头", []),
    ("周村果农碰上冰雹干旱，有没有跟天气挂钩的险种？", []),
    ("周村的每个乡镇都会装天气观测站吗？", []),
    ("残疾人家里能不能免费看电影逛公园", []),
    ("张店区开发区管委会主任是谁", []),
    ("张店从今天开始看病报销比例涨了吗", []),  # a day, then no weather, film or 限号 after it
    ("在不在 能陪我聊两句吗", ["greeting", "assistant"]),  # u573
    ("哈喽 有人在线吗", ["greeting"]),  # u523
    ("能陪我聊聊天吗", ["assistant"]),
    # sums to work out (u1145); a rule's 乘以 a rate would be one too, but a number 加 a noun is none
    ("帮我算一下二十七乘以三十八等于多少", ["arithmetic"]),
    ("三加五等于几", ["arithmetic"]),
    ("残疾人加盟创业 补贴等于多少", []),
    # a phone's or computer's own trouble (u2223, u1438); a phone as a way to file or pay is none (手机上怎么办理)
    ("手机内存满了该删哪些东西", ["device"]),
    ("手机屏幕碎了去哪修", ["device"]),
    ("电脑中毒了怎么办", ["device"]),
    ("医保电子凭证手机上怎么激活", []),
    # stop 23 (noanswer83, fresh29's u2624): a household's own drain or fixture blocked, or what to clear it with; a
    # blocked escape route of a 网吧 and a restaurant kitchen's gas pipe ask an inspection (o424, o801: answerable)
    ("厨房下水道堵了用什么疏通", ["household"]),
    ("卫生间地漏堵了怎么办", ["household"]),
    ("大英网吧的逃生通道被堵了 检查管不管", []),
    ("松原江北 饭店厨房的煤气管子老化了 消防检查管不管", []),
    ("小区雨水管网堵塞 归哪个部门管", []),
    ("张店区政务服务中心的存储档案要多久", []),
    # fresh40 (noanswer139): a bicycle's or e-bike's own chain, tyre or battery (u3723, whose first page is 秀山's
    # 电动自行车 全链条整治 news; fresh31's u2823, fresh18's u1528); a street's e-bike check asks a page (o604, o2515, u3514)
    ("自行车链条老是掉怎么办", ["vehicle"]),
    ("自行车骑着骑着老掉链子 自己能修吗", ["vehicle"]),
    ("电动车电瓶一般多久换一次", ["vehicle"]),
    ("秀山电瓶车从楼上拉电线充电 查了没有", []),
    ("海虞镇晚上去查小区电瓶车从楼上拉电线充电 一共出动了多少人", []),
    ("成都小区电动车飞线充电被抓到罚多少钱", []),
])
def test_chat_cues(query, cues):
    assert chat_cues(query) == cues
    assert set(cues) <= set(CHAT_CUES)


def test_no_answerable_question_is_taken_for_chat():
    from benchmarks.search import QUESTIONS

    asked = [q["query"] for name in ("sample_corpus.json", "other_districts.json")
             for q in json.loads((QUESTIONS / name).read_text(encoding="utf-8"))]
    assert len(asked) > 900 and not [q for q in asked if chat_cues(q)]


# -- content words -------------------------------------------------------------------------------------------------
def test_content_words_leave_out_fillers_translated_lay_words_and_common_words():
    vocab = {"张店区": 0, "托育": 1, "机构": 2}
    df_share = np.array([0.6, 0.01, 0.05])  # 张店区 is on most passages: it says nothing
    tokens = ["张店区", "托儿所", "什么时候", "可以", "报名", "托育", "机构"]
    words = content_words(tokens, vocab, df_share, STOPWORDS, lay_terms=["托儿所"])
    assert words == ["报名", "托育", "机构"]
    assert {"什么时候", "多久", "有没有"} <= QUESTION_FILLERS


def test_single_characters_join_only_into_a_string_the_corpus_prints():
    printed = {"齐惠保"}.__contains__
    assert join_single_runs(["齐", "惠", "保", "今年", "什么"], printed, STOP_CHARS) == ["齐惠保", "今年", "什么"]
    assert join_single_runs(["卖", "盐", "的", "事"], printed, STOP_CHARS) == ["卖", "盐", "的", "事"]
    # a stop character ends a run: 的 never becomes part of a name
    assert join_single_runs(["齐", "的", "惠"], lambda s: True, STOP_CHARS) == ["齐", "的", "惠"]


def test_phrase_pairs_join_adjacent_content_words_only():
    tokens = ["张店区", "离婚", "登记", "怎么", "网上", "预约"]
    assert phrase_pairs(tokens, ["离婚", "登记", "网上", "预约"]) == ["离婚登记", "网上预约"]
    assert phrase_pairs(["护照"], ["护照"]) == []


def test_features_without_a_phrase_use_the_word_coverage():
    f = features(0.4, 0.9, [], True, 0.91, 0.0, False)
    assert f["pair_cover"] == 0.4 and set(f) == set(FEATURES)
    assert features(0.4, 0.9, [True, False], False, None, 1.0, True)["pair_cover"] == 0.5


def test_scope_miss_names_a_place_out_of_scope_or_a_year_or_edition_the_evidence_lacks():
    assert scope_miss("天津滨海新区企业落户", True, "", "") == 1.0
    assert scope_miss("张店区2026年财政预算", False, "2021-12-31 张店区", "") == 1.0
    assert scope_miss("张店区2021年低保标准", False, "2021-05-31", "") == 0.0
    # an edition must be printed as such: 2024 in the document's date 2024-07-24 is not the 2024年度 results
    evidence = "济宁高新区2023年度亩产效益评价结果"
    assert scope_miss("济宁高新区2024年度亩产效益评价结果什么时候公布", False, evidence + " 2024-07-24", evidence) == 1.0
    assert scope_miss("济宁高新区2023年度亩产效益评价A类企业有多少家", False, evidence + " 2024-07-24", evidence) == 0.0
    assert scope_miss("淄博齐惠保2024版每人保费多少钱", False, "2023 2023-09-22", "齐惠保2023版") == 1.0


# A list of a year (fresh42's u3903 浙江2022年亩均效益领跑者名单里乐清有几家): where the evidence names that list with
# other years only, the year asked is no edition it holds — the 乐清 news (浙江日报2022-03-28) names the 2021年 list, and
# its date's 2022 is no list's year. Real lines of zhejiang_sheng-2021-mujun-xiaoyi-lingpaozhe-mingdan-yueqing.txt.
_LEQING = ("浙江省2021年亩均效益领跑者名单公布温州乐清继续领跑来源:浙江日报2022-03-28 14:02:34近日,浙江省深化“亩均论英雄”"
           "改革工作领导小组公布了2021年全省亩均绩效报告和分领域分行业亩均效益领跑者名单,乐清“亩均效益”继续领跑。")


_JISHU_ZHONGXIN = ("含海螺集团、中国建材、华新水泥等企业!国家企业技术中心2021年评价结果出炉! 2月15日,国家发展改革委办公厅印发了"
                   "国家企业技术中心2021年评价结果的通知。")


@pytest.mark.parametrize("query, evidence, off", [
    ("浙江2022年亩均效益领跑者名单里乐清有几家", _LEQING, True),
    ("浙江2021年亩均效益领跑者名单里乐清有几家", _LEQING, False),  # the year printed with the list
    ("乐清亩均效益领跑者名单里有几家", _LEQING, False),  # no year asked
    # a list the evidence names with no year leaves the year to the year check (江苏's 第二批水效领跑者, 2020 news)
    ("江苏2020年水效领跑者名单有几家", "江苏公布第二批水效领跑者名单2020年06月04日", False),
    # another list's year is no year of the one asked (the two characters before 名单 differ)
    ("浙江2022年亩均效益领跑者名单里乐清有几家", "2021年绿色工厂名单", False),
    # a yearly evaluation's results are such a list, named by what is evaluated before the year (fresh43's u4003 over
    # the real lines 1 and 3 of quanguo-guojia-qiye-jishu-zhongxin-2021-pingjia-jibenhege-jinggao-shuini.txt; o3021
    # asks that 2021 round)
    ("国家企业技术中心2022年评价结果 有多少家不合格", _JISHU_ZHONGXIN, True),
    ("国家企业技术中心2021年评价结果 有多少家不合格", _JISHU_ZHONGXIN, False),
    ("国家企业技术中心2022年评价结果 有多少家不合格", "2022年山东省企业技术中心评价结果", False),  # another's results
])
def test_list_year_off(query, evidence, off):
    from index.confidence import list_year_off

    assert list_year_off(query, evidence) is off
    assert scope_miss(query, False, evidence + " 2022-03-28 2020", evidence) == float(off)  # (the years in a date)


# A revision of a year (u1420 爱张店诚信分 2024年修订的新版指标): the evidence must print a revision of that year, not the
# year in a date only. Real lines: 德安县's 起草说明 (o664, answerable), 齐齐哈尔's 应急预案 notice
# (other_districts_fresh6), the 山东 rule's history of revisions in the sample corpus.
@pytest.mark.parametrize("query,evidence,miss", [
    ("爱张店诚信分 2024年修订的新版指标", "爱张店诚信分 2024-03-01 个人诚信积分管理办法", 1.0),
    ("德安县 绿色殡葬奖补激励办法 2025年修订 起草说明", "德安县绿色殡葬奖补激励办法(2025年修订)的起草说明", 0.0),
    ("齐齐哈尔突发环境事件应急预案 2019修订版", "市环境污染和生态破坏突发事件应急预案》(2019年修订)印发给你们,请认真", 0.0),
    ("齐齐哈尔突发环境事件应急预案 2023年修订版", "市环境污染和生态破坏突发事件应急预案》(2019年修订)印发给你们,请认真", 1.0),
    ("山东省这个规定1998年修订过吗", "8月30日山东省人民政府第62号令发布（1998年4月30日修订山东省人民政府第90", 0.0),
])
def test_scope_miss_names_a_revision_the_evidence_lacks(query, evidence, miss):
    assert scope_miss(query, False, evidence, evidence) == miss


# Plan periods: u171 asks the 十四五 plan where only the 十三五 one is printed; u220 / u226 a 2021-2025 plan where the
# evidence's years are those of its dates and of another plan.
@pytest.mark.parametrize("query,evidence,miss", [
    ("周村区残疾人事业发展十四五规划", "周村区残疾人事业发展“十三五”规划 2017-11-08", 1.0),
    ("周村区残疾人事业发展十三五规划", "周村区残疾人事业发展“十三五”规划 2017-11-08", 0.0),
    ("周村区社会信用体系建设规划2021-2025", "社会信用体系建设规划（2016—2020年） 2021年底前", 1.0),
    ("济南市槐荫区妇女发展规划2021—2030年", "张店区妇女发展规划（2021—2030年）", 0.0),
    ("张店区妇女发展规划（2021年-2030年）", "张店区妇女发展规划（2021—2030年）", 0.0),
])
def test_scope_miss_names_a_plan_period_the_evidence_lacks(query, evidence, miss):
    assert scope_miss(query, False, evidence, evidence) == miss


# Ordinal editions (real questions over their real first passages): u279 asks 宁海's 第四批 where the 第三批 list is
# printed, u291 the 第三版 where the 第二版 is; o117, o078, o020, o082 and n045 ask editions the evidence prints.
@pytest.mark.parametrize("query,evidence,miss", [
    ("宁海县三星级绿色工厂第四批名单", "宁波市三星级绿色工厂名单(第三批) 宁海县经济和信息化局", 1.0),
    ("宁海 三星级绿色工厂 第三批 几家企业", "宁波市三星级绿色工厂名单(第三批) 宁海县经济和信息化局", 0.0),
    ("周村无证明城市已经取消了哪些证明 第三版清单", "证明事项取消清单（第二版）", 1.0),
    ("平江县2020年第二批废止了几件规范性文件", "平江县人民政府关于公布2020年第二批规范性文件废止目录", 0.0),
    ("重庆市2024年第一批重点行业企业大气污染防治绩效评级 B级企业数量", "重庆市2024年第一批重点行业企业", 0.0),
    ("大洼区第十八届人民代表大会第四次会议 任务分工", "大洼区第十八届人民代表大会第四次会议", 0.0),
    ("第一届周村乡村之星 名单 一共多少名", "关于公布第一届周村乡村之星名单的通知", 0.0),
    ("张店区第七次人口普查常住人口有多少", "第六次全国人口普查", 0.0),  # 第N次 names a survey or a meeting
])
def test_scope_miss_names_an_ordinal_edition_the_evidence_lacks(query, evidence, miss):
    assert scope_miss(query, False, evidence, evidence) == miss


# Seasons (fresh12/fresh13, real questions over their real first lines): u933 asks 于都县's 春季 check where its 秋季
# one is printed; u068 a 寒假 no passage names; o607 and o228 (answerable) ask the 秋冬季 and 暑期 checks printed,
# and 暑假 is answered by 暑期 (o226).
@pytest.mark.parametrize("query,evidence,miss", [
    ("于都县春季开学校园周边食品检查", "江西于都启动秋季校园周边食品安全专项检查", 1.0),
    ("于都县秋季开学校园周边食品检查", "江西于都启动秋季校园周边食品安全专项检查", 0.0),
    ("张店区中小学寒假什么时候放假", "张店区教育体育局关于印发2021年教育工作要点的通知", 1.0),
    ("天全县秋冬季森林防火联合检查 哪些单位", "天全县开展秋冬季森林防火联合检查工作", 0.0),
    ("迎泽区 暑期文化市场 联合检查 执法队", "为进一步加强暑期迎泽区文化市场监管", 0.0),
    ("迎泽暑假去柳巷查网吧是哪天", "为进一步加强暑期迎泽区文化市场监管", 0.0),
    ("张店区2021年低保标准", "张店区城乡低保标准", 0.0),  # no season asked
])
def test_scope_miss_names_a_season_the_evidence_lacks(query, evidence, miss):
    assert scope_miss(query, False, evidence + " 2021 2016", evidence) == miss


def test_seasons_are_read_one_way():
    assert seasons("秋冬季森林防火") == {"冬"} and seasons("暑假") == seasons("暑期") == {"暑"}
    assert seasons("春季开学") == {"春"} and seasons("季度报告 假期") == set()


# A draft's reading (stop 23, noanswer83: u2616 asks 湘西's 三审稿 where the first passage is the 二审稿 notice, its real
# title; a question asking the 二审稿 is answered by it).
@pytest.mark.parametrize("query,miss", [
    ("湘西自治条例修正草案三审稿什么时候公布", 1.0),
    ("湘西自治条例修正草案二审稿征求意见到哪天截止", 0.0),
    ("湘西自治条例修正草案征求意见到哪天截止", 0.0),
])
def test_scope_miss_names_a_draft_reading_the_evidence_lacks(query, miss):
    evidence = "关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)公开征求意见的通知"
    assert scope_miss(query, False, evidence, evidence) == miss


def test_ordinals_are_written_one_way():
    assert ordinals("修正草案·二审稿") == {"2审稿"} and ordinals("二审判决") == set()
    assert ordinals("第三批、第3批与第十八届") == {"3批", "18届"}
    assert ordinals("第二十一期 第十期") == {"21期", "10期"} and ordinals("第四次会议") == set()


# fresh35 (noanswer113): a quarter and a numbered event of a series are ordinals the evidence must print — the 莲都区
# page's title prints only its 第一季度 (u3206 asks the 第二季度), the 平邑 news no 第2场 (u3210); the answerable
# questions asking a quarter or a 场 find theirs printed (o230 一季度, o1325 第三季度, o2234 第1场)
@pytest.mark.parametrize("text,wanted", [
    ("莲都区2023年政府工作报告重点工作第二季度进展怎么样", {"2季度"}),
    ("2023年莲都区政府工作报告重点工作责任分解第一季度进展情况", {"1季度"}),
    ("富民县2025年一季度发布政策性文件几条", {"1季度"}),
    ("平邑县第2场新闻发布会讲的是哪条工作专线", {"2场"}),
    ("平邑县“加力奋进、智勇争先”主题系列新闻发布会第1场哪天召开", {"1场"}),
    ("九小场所全区统一专项整治", set()),
])
def test_ordinals_read_quarters_and_numbered_events(text, wanted):
    assert ordinals(text) == wanted



# A congress's session asked must be printed, not only another of the same term: 大田县民政局's real title answers a
# proposal of the 一次会议 (u2016 asks the 二次会议's); 大洼区's task split opens on the session it carries out (o082).
@pytest.mark.parametrize("text,held", [
    ("大田县民政局关于县十八届人大一次会议第71号代表建议的答复", {"18届1次"}),
    ("为深入贯彻落实盘锦市大洼区第十八届人民代表大会第四次会议精神", {"18届4次"}),
    ("区第十四届人大第二次会议审议通过的《政府工作报告》", {"14届2次"}),
    ("第七次全国人口普查", set()),
    ("第十八届人民代表大会", set()),
])
def test_sessions_are_written_one_way(text, held):
    assert sessions(text) == held


def test_a_session_asked_must_be_printed():
    evidence = "大田县民政局关于县十八届人大一次会议第71号代表建议的答复"
    assert scope_miss("大田县民政局对县十八届人大二次会议代表建议的答复", False, "", evidence) == 1.0
    assert scope_miss("大田县民政局对县十八届人大一次会议代表建议的答复", False, "", evidence) == 0.0
    assert scope_miss("大洼区第十八届人民代表大会第四次会议 任务分工", False, "",
                      "为深入贯彻落实盘锦市大洼区第十八届人民代表大会第四次会议精神") == 0.0


# A numbered order's number stands in its title (红安县's 2号令, the real title of o1003's and u1914's first document);
# its text cites the province's 3号令 it carries out, which is no title of a first document (u1914).
_HONGAN = "红安县新型冠状病毒感染的肺炎防控指挥部2号令"


def test_orders_are_written_one_way():
    assert orders("防控指挥部3号令、第三号令") == {3} and orders("国务院令第238号") == {238}
    assert orders("淄政发〔2017〕17号") == set() and orders("号令全县") == set()


@pytest.mark.parametrize("query,titles,off", [
    ("红安县防控指挥部3号令说了些什么", [_HONGAN], True),
    ("红安县疫情防控指挥部2号令 要求在什么时间前全部落实到位", [_HONGAN], False),
    ("红安县防控指挥部第二号令", [_HONGAN], False),
    # titles that name no order leave it to the evidence's text
    ("红安县防控指挥部3号令说了些什么", ["红安县人民政府关于做好疫情防控工作的通知"], False),
])
def test_order_off(query, titles, off):
    assert order_off(query, titles) is off
    assert scope_miss(query, False, "", "严格落实省防控指挥部3号令、市防控指挥部2号令的要求", titles) == float(off)


def test_a_year_is_looked_for_in_the_candidates_about_the_place_asked():
    # u174 濮阳县2024年规范性文件清理结果: 濮阳's pages print 2022 and 2023; 2024 stands in 花垣's notice, a candidate
    # about another place
    evidence = ["二、起草过程 (略)工作要求,濮阳县司法局对2022年12月31日前县政府及政府办公室名义制定的",
                "现就《濮阳县人民政府关于公布规范性文件清理结果的决定》", "各乡镇人民政府,县政府各工作部门 2024年"]
    dates = ["2023-03-01", "2023-03-01", "2024-05-20"]
    text = years_about(["濮阳县"], evidence, dates)
    assert "2024" not in text and "2022" in text
    assert scope_miss("濮阳县2024年规范性文件清理结果", False, text, "") == 1.0
    # n015: 张店's own page among the candidates (its document prints 张店) carries the year asked
    text = years_about(["张店"], ["三门峡市 清理", "宣布失效的行政规范性文件目录 2023年"], ["", ""],
                       lambda w, j: j == 1 and w == "张店")
    assert "2023" in text and "三门峡" not in text
    # a question naming no place, or a place no candidate prints: every candidate counts
    assert years_about([], evidence, dates) == years_about(["临淄区"], evidence, dates)
    assert "2024" in years_about([], evidence, dates)
    # u1815 博爱县2023年新建了几个市级卫生村: no candidate prints 博爱; the 博爱 news (2022, 我县 only: a page of unknown
    # place that may be 博爱's own) is looked in, not the 张店 plan beside it that prints 2023
    evidence = ["2022年我县成功创建市级卫生“三小”30个 对我县2022年新创建及届满复审的市级卫生村", "到2023年,村卫生室产权公有"]
    dates = ["2022-12-30", "2021-12-01"]
    text = years_about(["博爱县"], evidence, dates, may_be=lambda j: j == 0)
    assert "2023" not in text and "2022" in text
    # a candidate printing the place goes first (u502 富民县2024年: a page of unknown place printing 2024 is not read)
    assert years_about(["博爱县"], ["博爱县 2022年", "2024年"], ["", ""], may_be=lambda j: j == 1) == "博爱县 2022年 "
    assert years_about(["博爱县"], evidence, dates) == years_about([], evidence, dates)


# A year printed only in a document number's brackets is the number's year, not one the passage reports on (real
# lines of the candidates: 张店's 莲池北街 批复 for u1231 莲池区2021年还查液化气钢瓶吗, 周村's 意见 for u930 周村区2016年
# 住宅小区物业管理全覆盖); a year in the text, a plan's span or a date is still read.
@pytest.mark.parametrize("line,year,read", [
    ("张店区人民政府关于同意对“莲池北街”等道路命名的批复张政发〔2021〕20号", "2021", False),
    ("你单位《关于对“莲池北街”等道路命名的请示》（张民〔2021〕64号）收悉。", "2021", False),
    ("加强城市规划建设管理和统筹发展的实施意见》(淄发〔2016〕29号)、《关于印发", "2016", False),
    ("行政规范性文件定期清理工作的通知》(青政办发明电[2017]7号),组织有关部门", "2017", False),
    ("田县人民政府关于公布规范性文件清理结果的通知》已于2017年8月23日印发。", "2017", True),
    ("计划今年改造土坯房1460户,2016年全面消除集镇和旅游景区", "2016", True),
    ("印发《张店区残疾预防行动计划（2023—2025年）》的通知", "2025", True),
    ("索引号:331121000000/2017-90609", "2017", True),
])
def test_a_year_in_a_document_number_is_not_read(line, year, read):
    assert (year in years_about([], [line], [""])) == read
    assert (year in years_about([], [line], [f"{year}-05-20"]))  # the document's date still counts


# A year in the number of a document the passage cites by its title is that document's year: a question asking for a
# document of the title's kind of that year asks for the cited one (o1536 晋城2018年那个突发性地质灾害应急预案现在还管用吗,
# answered by the 2023 预案's line that repeals the 2018 one). Real lines of the development sets (repeal45's 晋城, 明溪,
# 槐荫, 衡水 预案 and 常德's 办法); the question must name the title's kind, and a number after no title, or after a
# title of a kind the question does not name, is still not read (u1231, u930 with their candidates' lines).
@pytest.mark.parametrize("line,query,year,read", [
    ("《晋城市突发性地质灾害应急预案》(晋市政办〔2018〕45号)同时废止", "晋城2018年那个突发性地质灾害应急预案现在还管用吗",
     "2018", True),
    ("《明溪县防洪防台风应急预案》(明政办〔2012〕116号)同时废止", "明溪县2012年的防洪防台风预案还有效吗", "2012", True),
    ("《槐荫区重污染天气应急预案》(槐政办字〔2023〕21号)同时废止", "槐荫区2023年重污染天气应急预案废止了没有", "2023", True),
    ("《衡水市重污染天气应急预案》(衡政字〔2019〕22号)同时废止", "衡水2019年的重污染天气预案", "2019", True),
    ("《常德市农业产业化市级龙头企业认定和运行监测管理办法》(常农发〔2020〕23号)同时废止", "常德2020年龙头企业认定办法还管用吗",
     "2020", True),
    # the kind not asked: the question names no 办法
    ("《常德市农业产业化市级龙头企业认定和运行监测管理办法》(常农发〔2020〕23号)同时废止", "常德2020年有多少家龙头企业",
     "2020", False),
    ("你单位《关于对“莲池北街”等道路命名的请示》（张民〔2021〕64号）收悉。", "莲池区2021年还查液化气钢瓶吗", "2021", False),
    ("加强城市规划建设管理和统筹发展的实施意见》(淄发〔2016〕29号)、《关于印发", "周村区2016年住宅小区物业管理全覆盖", "2016",
     False),
    # a number after no title
    ("张店区人民政府关于同意对“莲池北街”等道路命名的批复张政发〔2021〕20号", "张店区2021年的批复", "2021", False),
])
def test_a_cited_documents_number_gives_its_year_to_a_question_of_its_kind(line, query, year, read):
    assert (year in years_about([], [line], [""], query=query)) == read
    assert year not in years_about([], [line], [""])  # no question, no title read


# A page that names 各街镇 uses 街镇 as its word for its district's streets and towns (宝山's 2008 分解, fresh6; 嘉定's
# 优抚 page, fresh13: 医疗补助资金由原各街镇列支): its X街镇 is X and 街镇, no town and no place (上街, 郑州's district, to
# jieba); a page that does not name 各街镇 keeps its towns (马街镇信息公开).
@pytest.mark.parametrize("text,apart", [
    ("各委办局、各街镇和工业园区要依据区政府全年工作任务分解。部门要主动融合、服务于块上街镇的工作,全力配合", True),
    ("医疗补助资金由原各街镇列支调整为由区财政列支", True),
    ("马街镇信息公开 马街镇人民政府", False),
    ("结合实际情况由街镇相关部门", False),
])
def test_a_page_naming_its_streets_and_towns_as_one_word_has_no_town_in_it(text, apart):
    out = collective_towns(text)
    assert ("、街镇" in out) == apart and out.replace("、街镇", "街镇") == text


# A county's or district's government numbers its documents by one character of its name and its organ (宝府办: 宝山区
# 人民政府办公室; 竹府办 of 大竹县, fresh's sichuan_dazhu page): a page of unknown place so numbered is no page of another county (u2509 嘉定区2008年 against 宝山's
# 2008 分解, which prints no 宝山: o1523, o1525 are its own questions); other numbers and other places say nothing.
@pytest.mark.parametrize("place,number,fits", [
    ("宝山区", "宝府办〔2008〕18号", True),
    ("嘉定区", "宝府办〔2008〕18号", False),
    ("张店区", "张政发〔2021〕20号", True),
    ("周村区", "张政发〔2021〕20号", False),
    ("大竹县", "竹府办〔2016〕20号", True),  # a county numbered by its name's second character
    ("嘉定区", "竹府办〔2016〕20号", False),
    ("泽州县", "晋市政办〔2023〕33号", True),  # a city's number: not of this form
    ("上海", "沪府办〔2020〕5号", True),  # no county or district asked
    ("嘉定区", None, True),
    ("嘉定区", "", True),
])
def test_a_governments_number_names_its_place(place, number, fits):
    assert number_fits(place, number) == fits


# fresh33 (noanswer102): a page of unknown place whose 文号 is led by its place's first character and 府办 / 府发 / 政办 /
# 政发 names that place (潜政办发〔2024〕1号: 潜江's 分解落实《政府工作报告》 notice, which says only 市 and 全市 — o2030,
# o2031; 镇政发〔2024〕7号 of 镇巴县's 工作规则, http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml;
# 宝府办 of 宝山区); another place, a number led by a character inside the name (竹府办 of 大竹县), a city's own
# abbreviation (沪府办, 穗府办 of 广州) or another form (晋市政办, 鄂州政办发) names none
@pytest.mark.parametrize("stem,number,names", [
    ("潜江", "潜政办发〔2024〕1号", True),
    ("镇巴", "镇政发〔2024〕7号", True),
    ("宝山", "宝府办〔2008〕18号", True),
    ("天门", "潜政办发〔2024〕1号", False),
    ("大竹", "竹府办〔2016〕20号", False),
    ("上海", "沪府办〔2020〕5号", False),
    ("广州", "穗府办〔2006〕19号", False),
    ("泽州", "晋市政办〔2023〕33号", False),
    ("鄂州", "鄂州政办发〔2010〕10号", False),
    ("潜江", None, False),
    ("潜", "潜政办发〔2024〕1号", False),
])
def test_a_governments_number_names_its_own_place(stem, number, names):
    assert number_names(stem, number) is names


def test_periods_are_written_one_way():
    assert periods("规划（2021—2030年）与2016年-2020年") == {"2021-2030", "2016-2020"}
    assert periods("“十四五”时期") == {"十四五"} and periods("2021年12月31日") == set()


# A five-year plan's full title writes its period out (第十一个五年规划纲要 is the 十一五 纲要): real lines of the 长春
# (other_districts), 辽宁 and 西藏 (fresh10), 福建 (fresh20) and 南京 (fresh27, o1410) pages; a count of years or a
# 五年 of no plan names none.
@pytest.mark.parametrize("line,want", [
    ("吉林省长春市人民政府关于落实《长春市国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知", {"十一五"}),
    ("福建省人民政府关于落实福建省国民经济和社会发展第十一个五年规划纲要主要目标和任务工作分工的通知", {"十一五"}),
    ("《辽宁省国民经济和社会发展第十二个五年规划纲要》(以下简称《纲要》)", {"十二五"}),
    ("西藏自治区国民经济和社会发展第十五个五年规划纲要", {"十五五"}),
    ("重庆市九龙坡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", {"十四五"}),
    ("今后五年,是全面建设社会主义现代化国家开局起步的关键时期", set()),
    ("连续第十一个年头开展五年一次的普查", set()),
])
def test_a_plan_period_written_out(line, want):
    assert periods(line) == want


# o1410 asks the 十一五 纲要's 文号 of 南京, whose page (its real title) writes 第十一个五年规划纲要; u2415 asks the 十二五
# one of that page (unanswerable, fresh27) and u2407 苏州's 十一五 one: still a miss by the period or the place.
_NANJING = "南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知"


@pytest.mark.parametrize("query,miss", [
    ("南京市政府分解落实十一五规划纲要主要目标和任务的通知发布文号", 0.0),
    ("南京十二五规划纲要主要目标和任务分解落实的通知", 1.0),
])
def test_scope_miss_reads_a_plan_period_written_out(query, miss):
    assert scope_miss(query, False, "", _NANJING, [_NANJING]) == miss


# Questions asking for a value of a type, over real first passages: a price question over passages with no amount,
# a phone question over passages with no number (u176, u229, u240, u242, u239); the same questions answered
# (n163-style amounts, a printed phone number) and questions that name the type without asking for it.
@pytest.mark.parametrize("query,evidence,miss", [
    ("儿童主任每个月补贴多少钱", "村（居）儿童主任要及时将信息报送乡镇（街道）", 1.0),
    ("张店区2021年城市低保标准提高到每人每月多少钱？", "城市低保标准由每人每月780元提高到820元", 0.0),
    ("齐惠保理赔打什么电话", "齐惠保由商业保险公司承保，保障范围包括住院医疗费用", 1.0),
    ("周村区疾控中心电话号码", "区疾控中心（6195397）负责监测", 0.0),
    ("周村区疾控中心电话号码", "发改局（价格科钟高，6195397）", 0.0),
    ("张店区妇联维权热线电话是多少", "12338妇女维权公益服务热线", 0.0),
    ("周村区药品安全应急值班电话", "区市场监管局负责药品安全事件的应急处置", 1.0),
    ("周村区民政局几点上班", "区民政局负责特困人员认定", 1.0),
    ("张店区政务服务中心在哪条路上", "区政务服务中心设立综合受理窗口", 1.0),
    ("张店区政务服务中心在哪条路上", "区政务服务中心（华光路188号）", 0.0),
    ("张店区现在人大女代表占多少比例", "提高妇女参与决策和管理的水平", 1.0),
    ("周村一中新校区占地多少亩", "新校区占地120亩", 0.0),
    # fresh18: a rate asked by its name asks a share (u1522 over 周村's 均衡 tables, which print areas and sums per
    # pupil, no rate); n1269 and n373 are answered by a percentage, n364 by a table's rate under its % column
    ("周村区第二中学去年中考升学率多少", "1\t周村区\t周村区第一中学\t初级中学\t5.82\n2\t周村区\t周村区第二中学\t初级中学\t5.77", 1.0),
    ("周村老师五年360学时培训完成率是多少", "我区目前培训完成率是 89.9%", 0.0),
    ("居民重点慢性病核心知识知晓率达到多少得6分", "居民重点慢性病核心知识知晓率≥60%", 0.0),
    ("张店重大慢病过早死亡率是多少", "重大慢病过早死亡率\t%\t13.23", 0.0),
    # naming a phone or a time is not asking for one
    ("张店突发事件发布预警以后要不要向社会公布咨询电话", "公布咨询电话", 0.0),
    ("张店公职人员上班时间炒股玩游戏会被扣诚信分吗", "工作时间炒股、玩游戏 -5", 0.0),
    ("女的人大代表政协委员比例会提高吗", "逐步提高女性比例", 0.0),
    # fresh5 (real first passages): a question ending on 电话 asks for the number (u294; o056 answered), a
    # weekend (u295), a place (u298), a length (u285) and a count (u293, u288; o105 and n003 answered, o019's 哪几家
    # asks for names)
    ("张店区社会信用中心电话", "张店区社会信用中心牵头组织实施个人诚信积分制度", 1.0),
    ("蒙城县亩均效益评价 政策咨询电话", "政策咨询机关:蒙城县经信局 政策咨询电话:0558-7626908", 0.0),
    ("周村区政务服务中心周六上班吗", "区政务服务中心管理办公室要加强对政务服务大厅窗口工作人员的日常管理", 1.0),
    ("周村12385志愿者联络站在什么地方", "建立周村区12385志愿者联络工作站，支持助残志愿服务组织", 1.0),
    ("清水县大温公路全长多少公里", "清水县大温公路沿线道路交通秩序专项整治工作安排会在县政府召开", 1.0),
    ("莲池北街 在哪 多长", "莲池北街：位于科苑街道辖区内", 0.0),  # 多长 alone: how long a time, as often
    ("张店区已经认定了多少家总部企业", "主要投资方符合以下条件之一的可直接认定为总部企业", 1.0),
    ("西平县2024年接待游客多少万人次", "西平县召开文化广电和旅游高质量发展推进会", 1.0),
    ("2018年北京评了多少家五星级农家乐", "其中,48家五星级民俗旅游户有繁星小院、一搏山吧、先生的院子等", 0.0),
    ("张店打算到2025年评出几家对员工健康特别上心的企业？", "力争到2025年建成3家“健康企业”", 0.0),
    # fresh8 (real first passages): names of firms (u454; o019 answered by its list's passage, not by its notice's
    # counts), counts in other measure words (u455, u456; o183, o078 answered), dates (u461, u462; n033 answered) and
    # a weekday's hours (u465)
    ("重庆哪几家工厂治污做得好被评了A级？", "企业名称|\n行业类别|\n绩效等级|\n1|\n两江新区|\n重庆京东方光电科技有限公司|\nA", 0.0),
    ("重庆哪几家工厂治污做得好被评了A级？", "经企业自评、区县初评、专家会审,认定B级企业3家、地方标准A级企业2家", 1.0),
    ("周村列入涉金融领域失信名单的企业有哪些", "对列入涉金融严重失信行为人名单和失信关联黑名单的失信企业，要督促其尽快全面履行法定义务",
     1.0),
    ("固镇镇燃气检查一共查出多少处隐患", "固镇镇共排查餐饮场所企业56家,排查居民户4905户,针对检查过程中发现的问题隐患", 1.0),
    ("宁县农资打假查获了多少吨假化肥", "市场监管局负责化肥、农业执法大队负责农药、种子管理站负责种子", 1.0),
    ("福州仓山区乱搭乱建的房子这次拆了几处", "对各自辖区内巡查发现的共计5处违建进行拆除,拆除总面积约600平方米", 0.0),
    ("平江县2020年第二批废止了几件规范性文件", "决定对今年年底工作任务已完成的2件规范性文件予以宣布废止", 0.0),
    ("沙县校园周边整治联席会议是几月几号开的", "召开沙县区学校及周边治安综合整治工作联席会议,紧扣校园及周边治理重点难点问题", 1.0),
    ("张店救灾物资储备库什么时候建的", "①张店区发展改革局救灾物资储备库（粮食和物资储备中心），位于张店区鲁泰大道和世纪路西北角大张村", 1.0),
    ("周村给退伍兵安排的公益岗位哪天之前要落实到位？", "现将所需安排的公益性岗位数量、职位、时限下达给你们 周村区人民政府办公室 "
     "2017年6月26日", 0.0),
    ("周村政务服务中心星期天能去办事吗", "相关部门公共服务事项进驻政务服务中心或分中心大厅到位", 1.0),
    # 什么时候开始 asks when a rule starts, answered as often by 自印发之日起施行 or 次月起 as by a date (n041)
    ("周村水库移民不符合条件了，补贴从什么时候开始停发？", "本规定自印发之日起施行", 0.0),
    # a wage asked (u340 over its real first passage: how many rangers, not what they earn)
    ("兰州护林员一个月工资多少", "780个村(社区)设林长780名,副林长1058名,有护林员1661名、草管员601名", 1.0),
    ("兰州护林员一个月工资多少", "护林员每人每月工资1500元", 0.0),
    # an amount asked by its verb (能贷多少, 给多少补贴: u003, u122 over their real first passages)
    ("周村区住房公积金贷款最高能贷多少", "充分发挥创业担保贷款的政策扶持作用，完善创业担保贷款管理办法", 1.0),
    ("张店区开托育机构每个托位给多少建设补贴", "为社区提供托育服务的机构，按照财政部等六部委《关于养老、托育、家政等社区家庭服务业税费优惠"
     "政策的公告》", 1.0),
    ("周村区创业担保贷款能贷多少", "落实创业担保贷款及贴息政策，发放创业担保贷款4000万元以上", 0.0),  # a line of 000
    # who holds a post: a list of members prints the post before a name (n178, n194, n304, n370); a rule that
    # names the post (u179) or a page without it (u231) names nobody; n121 asks who hands something out
    ("周村残疾儿童抢救性康复救助项目领导小组组长是谁", "领导小组组成人员名单 组长：张国华区政府副区长", 0.0),
    ("《今日周村》的总编是谁", "胡新广《今日周村》编辑部总编 孔祥红区爱卫办主任", 0.0),
    ("青年路街道党工委书记是谁", "王村镇党委书记 苏瑞刚\t南郊镇党委书记 汪德江", 0.0),
    ("周村农业农村局局长是谁", "区人社局局长 张明俊区住建局局长 徐兆峰", 0.0),
    ("镇巴县现任县长是谁", "四、县政府由县长、副县长、县政府党组成员组成。五、县政府实行县长负责制。县长主持县政府全面工作", 1.0),
    ("托克逊县县长是谁", "规范性文件清理工作领导小组", 1.0),
    # fresh30 (o1708): news prints the post with the name run on and what the holder did after it (the real line of
    # docs/anhui_daguan-2019-lianqin-zhuanxiang-zhengzhi-news.txt; 常务副区长蒲承明出席会议并讲话,
    # http://www.wzbtv.cn/gysp/bmdw/r/content_26947.shtml; 常务副市长胡国辉出席会议并讲话, http://tsxxg.net/thread-446563-1-1.html);
    # a post before a plural names nobody
    ("大观区联勤专项整治 现场指导的副区长是谁", "区政府副区长刘小平现场指导", 0.0),
    ("市容环境综合整治会上讲话的常务副区长是谁", "区委常委、常务副区长蒲承明出席会议并讲话。蒲承明指出,各地各部门要提高认识", 0.0),
    ("一区三边违建整治观摩会上讲话的常务副市长叫什么", "市委常委、常务副市长胡国辉出席会议并讲话", 0.0),
    ("大观区联勤专项整治 现场指导的副区长是谁", "副区长等领导出席会议", 1.0),
    ("家里控制吃盐的小勺子是谁发的", "免费发放限盐勺、控油壶", 0.0),
    # fresh10: an amount in 亿 (u558, over 犍为's 推进会 news with no amount), firms by a count (u560), the head of
    # a 大队 (u564, over the rule that names the 大队 and no one in it), who is on duty at noon (u568)
    ("犍为县四公一农总共投资多少亿", "犍为县“四公一农”工作推进会召开 1月22日,犍为县“四公一农”工作推进会在县委会议室召开。"
     "县委副书记干世伦,县委常委、县政府常务副县长彭波出席会议并讲话。", 1.0),
    ("张店区重大项目总共投资多少亿", "全年实施重大项目52个，总投资126.5亿元", 0.0),
    ("铜梁区环保不良的是哪4家企业", "对于环保不良企业,铜梁区将加大对企业的日常执法检查和监管监测", 1.0),
    ("福州环保不良的是哪17家企业", "福州的17家环保不良企业分别是:福建奋安不锈钢有限公司、福州晟光五金表面装饰有限公司", 0.0),
    ("周村区安全生产监察大队大队长叫什么", "（二）整合调整周村区安全生产监察大队 将周村区安全生产监督管理局相关行政执法职责"
     "和周村区危险化学品管理办公室相关执法职责整合划入周村区安全生产监察大队。", 1.0),
    ("周村区政务服务中心中午有人值班吗", "（五）全面推行政务服务“五级联动”工作 全面实现政务服务“五级联动”互联互通。加强镇"
     "（街道）便民服务中心建设", 1.0),
    ("周村区政务服务中心中午有人值班吗", "政务服务中心实行午间延时服务，中午12:00至13:30安排专人值班", 0.0),
    # u565: the 17号 of a decree number (淄政发〔2017〕17号) is no street number; a street and number is
    ("周村区金融服务中心的地址", "周村区人民政府关于贯彻淄政发〔2017〕17号文件加快推进普惠金融发展的实施意见"
     "(一)改进小微企业金融服务。建立周村区金融服务中心，搭建区域创业创新金融服务平台", 1.0),
    ("周村区金融服务中心的地址", "周村区金融服务中心位于周村区正阳路17号", 0.0),
    # fresh11: a window asked by its number (u845) or a floor (u515), over 周村's real 一窗受理 passage that names its
    # windows by kind only; a numbered window answers (constructed counterpart); a window asked by its kind (n909) is
    # not asked for a number
    ("张店政务服务大厅惠企政策窗口是几号窗口", "（四）开展“一窗受理”工作 整合政务服务大厅进驻单位办事窗口，对服务流程进行"
     "再造和提升，按照“受审分离”原则设立综合受理窗口，变“多头受理”为“统一受理”", 1.0),
    ("周村政务服务中心一窗受理的窗口在几楼", "（四）开展“一窗受理”工作 整合政务服务大厅进驻单位办事窗口，对服务流程进行"
     "再造和提升，按照“受审分离”原则设立综合受理窗口", 1.0),
    ("张店政务服务大厅惠企政策窗口是几号窗口", "惠企政策服务专窗设在区政务服务大厅一楼12号窗口", 0.0),
    ("周村政务服务中心一窗受理的窗口在几楼", "综合受理窗口设在政务服务中心二楼", 0.0),
    ("证办下来了 去哪个窗口拿", "（四）开展“一窗受理”工作 整合政务服务大厅进驻单位办事窗口", 0.0),
    # fresh12/fresh13 (real passages): the digits of a 登记号 are no phone number (u1041); a 街道 of a contact table is
    # no street (u943); a vehicle counted by 台 (o516) and a count with 余 answer a count
    ("张店区信用体系建设办公室电话", "张店区人民政府关于印发张店区社会信用体系建设实施方案（试行）的通知zddr-2021-0010003\n"
     "张政字〔2021〕86号", 1.0),
    ("张店区中医院电话", "张店区中医院\n0533-2176092", 0.0),
    ("张店区妇幼保健院地址在哪", "张店区湖田街道杏园社区卫生服务中心\n0533-2112992\n张店区车站街道社区卫生服务中心", 1.0),
    ("张店救灾物资储备库在哪条路", "张店区发展改革局救灾物资储备库（粮食和物资储备中心），位于张店区鲁泰大道和世纪路西北角", 0.0),
    ("兰陵交通联合执法检查了多少辆车", "共出动执法人员46人次，检查车辆182台", 0.0),
    ("兰陵交通联合执法检查了多少辆车", "兰陵县开展鲁南经济圈区域联合执法行动", 1.0),
    ("杨村桥镇集镇整治劝导了多少起出店经营", "劝导出店经营30余起", 0.0),
    # a case counted by 起 or 宗 (fresh43's o3010 over the real line 18 of hainan-haijian-zongdui-zonghe-zhifa-yifa-
    # zhihai-2014.txt)
    ("海南一年查了多少起在海边偷挖海沙的案子", "截至2014年9月30日,全省共查处非法采砂案172宗。", 0.0),
    ("高唐县政府工作报告目标任务分工一共多少项", "共149项", 0.0),
    # fresh14 (real questions; the passages as their first passages print them): a fine asked by 罚款多少 (u1135) and
    # a fee by 收费标准是多少 (u1134) ask an amount; a weekday asked (u1139); 午休 asks the hours (u1143); a school
    # named by its road is no address (u1140). Beds counted by 张 were tried and dropped: 周村's 卫生城市 table prints
    # 床位数 7.74 with its unit in the header (n1075, answerable, would be flagged)
    ("大连危险货物运输车违法罚款多少", "大连市开展危险货物道路运输安全专项整治 查处违法行为12起", 1.0),
    ("蓝山县超载一次罚款多少", "对超载车辆处以罚款2000元", 0.0),
    ("多测合一的测绘费收费标准是多少", "推行“多测合一”改革 测绘成果共享互认", 1.0),
    ("周村 每千人有多少张病床", "每千常住人口医疗卫生机构床位数 7.74（2025年）", 0.0),
    ("健康大巴每周几到村里", "健康大巴 下村巡诊 送医送药", 1.0),
    ("健康大巴每周几到村里", "健康大巴每周二、周四下村巡诊", 0.0),
    ("周村区政务服务大厅中午午休的时候有人办事吗", "政务服务大厅 综合受理窗口", 1.0),
    ("周村区政务服务大厅中午午休的时候有人办事吗", "政务服务大厅实行午间延时服务，中午12:00-13:30照常办理", 0.0),
    ("淄博市周村区第一中学的地址在哪", "周村区市南路小学 周村区城北路石门小学 周村一中", 1.0),
    ("张店救灾物资储备库在哪条路", "位于张店区鲁泰大道和世纪路西北角", 0.0),
    # fresh15 (real questions over their first passages): lifts counted by 部 (u1238) and animals by 只 (u1239) ask a
    # count the news does not print; a lift counted by 台 and 余只 answer it (日照's 电梯 check,
    # http://epaper.rznews.cn/shtml/hhcb/20190222/802157.shtml; 九江's 野生动物 campaign,
    # http://www.cnplph.com/sf_90D9937E82914855A76444B4DF65E087_187_cnplph.html)
    ("济源路街道这次一共查了多少部电梯", "上街区济源路街道:开展电梯安全监督检查守牢群众“上上下下”的安全", 1.0),
    ("日照这次一共查了多少部电梯", "共检查居民小区8个,覆盖电梯200台,发现问题6个", 0.0),
    ("定南县 查获野生动物多少只", "近年来,我县禁止野生动物及其制品非法交易,规范市场经营秩序", 1.0),
    ("九江 收缴野生动物多少只", "收缴非法经营的野生动物60余只,清理天网2000余米", 0.0),
    # fresh17: notices counted by 份 (u1426 over 得荣's 春节 消防检查 news, which names the notices and no count; 应城's
    # 校外培训 news counts them, other_districts_fresh14)
    ("得荣县 农贸市场检查 一共下了几份整改通知书", "针对检查中发现的消防安全隐患,大队监督执法人员当场下达了整改通知书,"
     "责令相关责任人立即整改", 1.0),
    ("应城 校外培训机构整治 下达了几份责令改正通知书", "共检查含“教育培训”“托管中心”内容的机构6家,下达责令改正通知书3份,"
     "现场拆除违法广告牌6块", 0.0),
    # fresh19: a depth or width asked by its adjective (多深, 多宽) asks a length in metres (u1619 over 长安's 防溺水 news,
    # which names 莲花山水库 and no depth; 清城区水利局's 迎咀水库 notice prints one, as republished at
    # http://m.sichuan-zkha.cn/FPB/detail/wuxwya.html; the 钓鱼台水库 notice at http://ssbx.me/thread-376309-1-1.html
    # says only 水深比较大; n067 answered by 天颐东街's 宽14米) — 多高 is no length (火险有多高, o671)
    ("长安莲花山水库水有多深 能下去游泳吗", "■检查组到莲花山水库开展实地巡查 长安供图", 1.0),
    ("迎咀水库水有多深", "水库水深至40多米,面积大、环境复杂,一旦发生溺水事故,救援难度极大", 0.0),
    ("钓鱼台水库灌区渠道水有多深", "目前钓鱼台水库灌区正在抗旱放水期,沿途渠道内水流湍急,渠道水深比较大,十分危险", 1.0),
    ("张店新命名的天颐东街有多宽", "长约960米、宽14米", 0.0),
    ("奉节天太热山上容易着火 火险有多高", "森林火险红色预警信号连续发布", 0.0),
    # 哪几家单位 asks for government units, no firm (o905: 市场局、辖区派出所 went together); 哪几家 alone asks firms
    ("涡阳城关街道查学校周边文具店 是哪几家单位一起去的", "市场局辖区派出所联合对辖区中小学校园周边文具店", 0.0),
    ("涡阳城关街道查学校周边文具店 是哪几家部门一起去的", "市场局辖区派出所联合对辖区中小学校园周边文具店", 0.0),
    ("铜梁区环保不良的是哪4家企业", "市场局辖区派出所联合对辖区中小学校园周边文具店", 1.0),
    # fresh33 (noanswer102): 哪几家 run on into acting together (一起来管, 联合, 共同) asks units too — the 凤凰街道 news's
    # 执法、公安、市场监管、交警四部门 (o2025, its real line); 哪几家 asking firms by name still asks a firm (u1505 over the
    # same line, u2901's 安全示范企业)
    ("凤凰街道店门口摆摊占道、三轮车乱停 是哪几家一起来管的", "南太湖新区凤凰街道日前通过“大综合一体化”行政执法改革,"
     "打造了一支由执法、公安、市场监管、交警四部门组成的行政执法队伍", 0.0),
    ("这次整治是哪几家联合搞的", "打造了一支由执法、公安、市场监管、交警四部门组成的行政执法队伍", 0.0),
    ("济南市中区 食盐定点批发企业有哪几家", "打造了一支由执法、公安、市场监管、交警四部门组成的行政执法队伍", 1.0),
    ("无锡梁溪区评的安全示范企业都有哪几家", "打造了一支由执法、公安、市场监管、交警四部门组成的行政执法队伍", 1.0),
    # a shop let open is no hour asked (o2032 over 罗田's real 6号令 line); an hour asked over it still misses (u349)
    ("罗田封城那会儿 哪些店还让开门", "一、延长《5号令》执行时间,自年2月10日(正月十七)零点起,除因疫情防控工作需要、"
     "批准开放的药店、商超、加油站(点)外,继续实行“六停”", 0.0),
    ("世纪花园社区卫生服务中心几点开门", "一、延长《5号令》执行时间,自年2月10日(正月十七)零点起,除因疫情防控工作需要、"
     "批准开放的药店、商超、加油站(点)外,继续实行“六停”", 1.0),
    # fresh20: a count asked by 多少个 (u1721 劝离了多少个摊贩; fresh19's u1618 over 蜜蜂张街道's news, which counts none)
    # is answered by a number before 个 (o011 灵璧 县卫健委's 分解 table, o677 前湾新区's 燃气 news); 几个 asks for
    # names as often (哪几个部门一起管, n1901) and is not read
    ("蜜蜂张街道整治占道经营 一共罚了多少个摊主", "蜜蜂张街道地处老城区中心,辖区几乎都属于背街小巷,所以占道、突店经营的"
     "境况时常发生", 1.0),
    ("灵璧县要翻修多少个村卫生室", "实施16个乡镇卫生院、158个村卫生室改扩建项目,进一步提升县域医疗服务整体能力", 0.0),
    ("前湾新区 燃气 联合检查 发现问题多少个", "发现部分单位存在燃气管理老化、报警装置失效等各类问题14个,已全部整改到位。", 0.0),
    ("张店发大水闹旱灾 哪几个部门一起管", "防汛抗旱防台风 区应急管理局、区水利局、区综合行政执法局", 0.0),
    # stop 21: a count of people asked (u2019 over 鄄城's 黄河 联合巡查 news, which names no arrest count; u1318 over
    # 平武's 野生菌 巡查 news, which counts no one poisoned) is answered by a number before 人 or 名 (o1039 常州's 护渔
    # 巡查, o818 漠河's 联合检查, 46人次) or by a table's column in 人 (q015: 容纳人数（万人）); 人民, 人口, 名额 and 名单 ask
    # no count of people (the passages as the first passages print them)
    ("鄄城黄河非法采砂这回抓了几个人", "本站5月15日讯近日,鄄城黄河河务局联合县公安局等县直部门开展“加强协作联动,守护黄河安澜”"
     "活动,通过联合巡查、会商研讨等形式深化跨部门协作,共同筑牢黄河生态保护屏障。", 1.0),
    ("平武县 吃野生菌中毒住院了多少人", "为有效预防野生菌中毒事件发生,2025年9月8日,平武县市场监督管理局联动县综合行政执法局、"
     "县卫健局开展流通领域野生菌联合巡查。", 1.0),
    ("2017年3月常州长江护渔执法巡查行动出动了几名执法人员", "3月23日,常州市渔政监督支队联合长航公安常州派出所开展长江护渔执法"
     "巡查行动,5名渔政、公安执法人员参与巡查。", 0.0),
    ("漠河县 北极村旅游市场联合检查 出动执法检查人员多少人", "对家庭宾馆、旅游商店、山产品店、饭店、超市及导游人员进行了突击检查,"
     "出动执法检查人员12人,严厉查处非法经营", 0.0),
    ("淄博中心广场应急避难场所能容纳多少人？", "张店区应急避难场所情况统计表 序号 避难场所名称 详细地址 经纬度 有效面积（万m²） "
     "容纳人数（万人）", 0.0),
    ("兰陵交通联合执法 出动了多少人", "共出动执法人员46人次，检查车辆182台", 0.0),
    # (人口 is no count of people the people row asks; since stop 26 the population row asks it a number: the 张店
    # 规划's line names the 人口 and prints none — u041's kind, unanswerable)
    ("张店区有多少人口", "全区常住人口实现稳步增长", 1.0),
    ("退伍兵安排公益岗 各单位分几个名额", "公益性岗位安置退役士兵", 0.0),
    ("人民代表大会 选了多少人民代表", "区人民代表大会", 0.0),
    # stop 21 (noanswer36, fresh25's misses): a project's investment and a compensation paid ask an amount (u2218,
    # u2217), a rule's threshold is no such question (n008: 投资多少钱以上, the amount the rule prints); an event's
    # venue (u2220) asks for its hall, centre or square; the experts invited (u2205) for their titles. (Where a named
    # farm lies, u2219, was tried as a row and changed no question: its first passages print a village or road.)
    ("镇巴堰大路改建工程总投资多少", "镇巴县召开2024年交通项目建设推进会", 1.0),
    ("镇巴堰大路改建工程总投资多少", "项目全长6.2公里,总投资1200万元", 0.0),
    ("唐县光伏项目征了史家佐村的地，补偿款给了多少", "唐县光伏扶贫项目顺利并网发电", 1.0),
    ("唐县光伏项目征了史家佐村的地，补偿款给了多少", "按每亩1500元标准发放土地补偿款", 0.0),
    ("当涂新春招聘会在哪个场馆办的", "当涂县2024年新春招聘会吸引求职者3000余人", 1.0),
    ("当涂新春招聘会在哪个场馆办的", "招聘会在县人力资源市场服务中心举办", 0.0),
    ("旬邑县示范家庭农场评审会请的是哪些专家", "旬邑县召开示范家庭农场评审会", 1.0),
    ("旬邑县示范家庭农场评审会请的是哪些专家", "邀请市农业农村局高级农艺师等5名专家组成评审组", 0.0),
    # stop 22 (noanswer38, fresh26's misses): a share asked before 比例 (能报销多少比例, u2317 over 化隆's 医改 方案, whose
    # first passages print no rate; 涂牙防蛀要做到多大比例, n441, and 多少比例的审批事项, n035, answered by a percentage:
    # the sample corpus's 口腔 lines); an area in 万亩 (草原禁牧补助15.65万亩, o1335 over the 砚山 解读)
    ("化隆县医改以后在乡镇卫生院住院能报销多少比例", "以党的十八大、十八届三中、四中全会精神为指导,全面贯彻省、市综合医改"
     "试点会议精神,以深化公立医院改革为主线,统筹推进各项综合改革", 1.0),
    ("学校给小孩涂牙防蛀要做到多大比例", "辖区内实施儿童窝沟封闭学校比例达到 80% 以上，12 岁儿童患龋率低于 25%", 0.0),
    ("学校给小孩涂牙防蛀要做到多大比例", "社区协同开展健康口腔活动", 1.0),
    ("砚山县2019年不让放牧的草场补助了多少亩", "三、实施内容及规模 实施草原禁牧补助15.65万亩;草畜平衡奖励105.81万亩。", 0.0),
    ("砚山县2019年不让放牧的草场补助了多少亩", "全县11个乡镇、94个村民委(社区)、946个村小组、40300户农户。", 1.0),
    # stop 23 (noanswer82, reading before a veto): firms counted by 户 answer 几家 / 多少家 (o1502 over 云南's 倍增
    # 行动计划, o1514 over 哈尔滨日报's news of the 拟认定名单 — their real first passages; 青海's 2010 表彰 决定 counts
    # its firms so too: 中国铝业股份有限公司青海分公司等9户企业, u1817's page); the 百户 of a town's name
    # is no count (u1037 over 陆良's 养老机构 news, whose first passage lists the towns' 信息公开 links); a plan's
    # matters counted by 项 answer 多少件 (宝山's 2008 分解, o1523's gold line)
    ("云南现在有几家国家级的小巨人厂子", "目前,全省已培育3019户创新型中小企业、1543户专精特新中小企业、85户国家级专精特新“小巨人”企业。",
     0.0),
    ("哈尔滨这回有多少家厂子上了省里专精特新的公示名单", "全省共有132户企业入选,其中,哈尔滨宏益实业集团股份有限公司等56户哈市企业"
     "入选名单。", 0.0),
    ("陆良县养老院一共有多少家", "大莫古镇信息公开小百户镇信息公开芳华镇信息公开 11月23日,陆良县民政局联合县住建局、县市场监督管理局"
     "及县消防大队对全县养老机构安全生产工作进行督促检查。", 1.0),
    ("宝山区2008年政府要办的事一共分成了多少件", "2008年区政府主要工作任务分解为7大方面、80项。", 0.0),
    ("宝山区2008年政府要办的事一共分成了多少件", "现将《2008年政府工作目标任务分解》印发给你们。", 1.0),
    # stop 23 (noanswer83, fresh29's misses, the first passages as printed): 自建房 counted by 栋 (u2618 over the 清水
    # news, which counts none; the 住建部 figures, http://taiwan.cn/xwzx/PoliticsNews/202207/t20220711_12451112.htm,
    # answer it); an agreement's term asked by 有效期几年 (u2620 over the 汉台 news, which names the 协议书 and no term;
    # n213's 诚信积分 rule answers it); an address asked of a page whose only numbers before 号 are the site's record
    # numbers (u2622 over the 汉中 site's footer), while a street number answers (o1616's 湘西 notice)
    ("清水县这次排查出多少栋有隐患的自建房", "宋贤雄强调,各乡镇、各部门要高度重视,按照全县自建房安全专项整治行动部署会议精神,"
     "成立工作督查专班,全面开展排查摸底工作。对排查出的有安全隐患的经营性自建房,要立即采取措施进行整改。", 1.0),
    ("全国这次排查了多少栋经营性自建房", "截至目前,全国共排查经营性自建房726万栋,初判存在安全隐患的26.1万栋", 0.0),
    ("汉台区和相邻县区签的联合执法协议有效期几年", "共同商讨制定了《汉台区相邻县(区)自然资源联合执法工作机制》,并签订了"
     "联合执法工作机制协议书,对下一步执法工作达成了共识。", 1.0),
    ("张店诚信积分 国家级表彰奖励加分有效期几年", "属国家级表彰奖励及相当的，有效期为5年", 0.0),
    ("周村宪法宣誓实施办法有效期到哪天", "本办法自2019年1月1日起施行", 0.0),  # n031: a date asked, not a term
    ("汉中市自然资源局汉台分局在哪办公 地址是啥", "网站主办单位:汉中市自然资源局 电话:0916-2996000传真:0916-2996023邮箱:"
     "gtj_hz@sina.com 网站标识码:6107000043 陕公网安备61070202000127号网站地图 备案号:陕ICP备14003207号-2", 1.0),
    ("想给湘西州人大写信提自治条例的修改意见,信寄到哪个地址", "请于2023年12月15日前反馈至湘西州人大常委会法制工作委员会。"
     "通信地址:吉首市团结西路10号,邮政编码416000", 0.0),
    # stop 26 (noanswer107, fresh34's unflagged classes, the first passages as the data dir's hybrid ranking prints them):
    # a post asked by 由谁担任 (u3105 over 泸县's 总体应急预案, whose passages print its table of contents and no 主任) is
    # answered by a name or by the rule's 由…担任 / 以…任 (赞皇's 防汛 预案, q012's 张店 总部经济 意见); an office's
    # 设在哪个部门 (u3108 over 齐齐哈尔's 预案, whose excerpt is its header) by 办公室设在 or 在…设置办公室 (n1126's
    # 张店 婴幼儿照护 意见, o233's 犍为 四公一农 news); a rest day asked (u3120 over the 安康 公积金 site's 解读, which
    # prints a time of day, 15:02, of its posting) by the week's days with their work; a document's date asked by its
    # kind (u3117 申报指南 over 成都's 资助管理办法) by a date in a passage of that kind (o1140's 庆元 第14号 通告)
    ("泸县突发事件应急委员会主任由谁担任", "泸县人民政府关于印发泸县突发事件总体应急预案(试行)的通知9.2泸县突发事件应急保障工作"
     "牵头协调和支持部门 9.3常备通讯录 9.4泸县较大以上突发事件应急组织指挥体系 9.5泸县较大以上突发事件应急响应参考", 1.0),
    ("赞皇县防汛指挥部指挥长由谁担任", "县防汛指挥部政委由县委书记担任; 县防汛指挥部指挥长由县长担任; 常务副指挥长由县常务副县长担任",
     0.0),
    ("张店区总部经济发展工作领导小组组长由谁担任", "(一)成立领导机构。成立以区长任组长、以相关副区长任副组长的总部经济发展"
     "工作领导小组,统筹协调推进总部经济发展重大问题。", 0.0),
    ("齐齐哈尔环境污染应急指挥部办公室设在哪个部门", "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市环境污染和生态破坏突发事件"
     "应急预案》的通知中国政府网黑龙江省政府网 English Русскаяверсия市人大市政协市纪委监委 首页政务公开网上办事互动交流走进鹤城",
     1.0),
    ("普惠金融发展工作联席会议办公室设在哪", "联席会议办公室设在区卫生健康局,具体承担联席会议日常工作", 0.0),
    ("犍为县四公一农工作专班办公室设在哪个部门", "市委、市政府要求建立县级“四公一农”建设提升行动工作专班,在县住房城乡建设局"
     "设置办公室并负责总牵头工作", 0.0),
    ("安康市住房公积金经办中心周六上班吗", "陕西省委一号文件解读您当前的位置:安康市住房公积金经办中心>法定主动公开内容>政策解读>"
     "正文内容 陕西省委一号文件解读 作者:发布时间:2024-03-21 15:02 今天(3月21日),陕西省人民政府新闻办公室举办新闻发布会", 1.0),
    ("安康市住房公积金经办中心周六上班吗", "办公时间:周一至周五上午8:30-12:00,下午14:30-18:00", 0.0),  # constructed
    ("成都市2025年重点研发项目申报指南什么时候发布", "成都市科学技术局关于印发《成都市重点研发项目资助管理办法》的通知 成科字"
     "〔2022〕64号 税谱®提示:根据成都市科学技术局现行有效、失效或废止的行政规范性文件目录清单》(2023年12月29日规定,现行有效", 1.0),
    ("庆元封新窑村的那个第14号通告是哪天发的", "庆元县应对冠状病毒肺炎疫情防控工作指挥部通告第14号 2020年02月09日19:35"
     "来源:庆元网", 0.0),
    # stop 27 (noanswer124, fresh37's misses): an area asked with a verb before 多少 or by its unit (总面积有多少平方公里
    # over 大江东's 管理条例, which prints none: u3411); a 平方米 asked is printed by the 周村 均衡 report (n191)
    ("杭州大江东产业集聚区总面积有多少平方公里", "第一条为了保障和促进杭州大江东产业集聚区经济社会发展，根据有关法律、法规，结合本市实际，"
     "制定本条例。", 1.0),
    ("周村二中学生人均有多少平方米的运动场地", "3.生均体育运动场馆面积，按照小学、初中分别达到7.5平方米以上、10.2平方米以上的标准", 0.0),
    # fresh38 (noanswer131): an amount asked by what sets it asks for the rule (泉州's 资金 规定, o2537); a fee asked by its
    # name (搬迁补助费是多少) over 丽水's 拆迁 办法's articles, which print no sum (u3509), not over a line printing one
    ("泉州这笔特色农业补助钱分下去 按什么来定给多少", "(二)规范管理,正向激励。资金分配以绩效为导向,强化专项资金使用绩效评价及结果应用,提高财政资金使用效益;", 0.0),
    ("丽水市区拆迁给被拆迁人的搬迁补助费是多少", "第四条拆迁人必须按照本暂行办法规定,对被拆迁人给予补偿安置;被拆迁人必须服从城市建设需要,"
     "在规定的搬迁期限内完成搬迁。", 1.0),
    ("丽水市区拆迁给被拆迁人的搬迁补助费是多少", "搬迁补助费按被拆除房屋建筑面积每平方米10元计发", 0.0),  # constructed
    # fresh39 (noanswer137): an email asked over the 许昌 隐形冠军 公示, whose views go 以书面形式 to 市工信局 with a
    # phone (u3619); the 三水 督查组's and 湘西州 人大's addresses answer theirs (o015, o1615, lines 3 and 12 of their pages)
    ("许昌隐形冠军公示有意见能发到哪个邮箱", "如有异议,请在公示期内将意见以书面形式反馈至市工信局。\n联系电话:2968211", 1.0),
    ("三水区督查组的电子邮箱", "上报区督查组(办公室设在区委办区府办督查室,联系电话:87768003,电子邮箱:ssdcs@ss.gov.cn)。", 0.0),
    ("湘西州人大常委会法工委征求自治条例修改意见的电子邮箱是什么", "通信地址:吉首市团结西路10号,邮政编码416000;传真:0743-8229745;电子邮箱:zrdfzw@163.com。", 0.0),
    # the 迎宾街道 news prints 街巷 (a street's alleys), no street of the 华安社区 居委会 (u3620, its line 14)
    ("迎宾街道华安社区居委会的地址在哪", "为提升社区环境品质、打造整洁有序的街巷环境,迎宾街道华安社区在联点领导及街道便民服务中心统筹指导下,"
     "联合平城区环卫服务中心清运一公司、大同市弘睿物业有限责任公司,共同开展街巷环境卫生专项整治行动。", 1.0),
    ("迎宾街道华安社区居委会的地址在哪", "华安社区居委会位于迎宾街12号", 0.0),  # constructed
    # fresh40 (noanswer139): a prize asked over 门头沟's 健康北京周 news, which counts who answered the quiz and names no
    # prize (u3707; beijing_mentougou-jiankang-beijing-zhou-zhuti-xuanchuan.txt, line 4); a reward asked (有奖励吗) is
    # no prize asked: the policy's text answers it (n945)
    ("门头沟健康北京周网上答题答对了有奖品吗", "区教委动员全区各中小学校学生家长参加线上答题活动,截至到8月20日,全区累计答题23012人,"
     "累计注册28022,答题正确率58.31%。", 1.0),
    ("门头沟健康北京周网上答题答对了有奖品吗", "答题全部正确的居民可获得健康礼品一份", 0.0),  # constructed
    ("小厂子做大了升成规上企业 有奖励吗", "对首次纳入规模以上工业统计的企业,给予一次性奖励10万元。", 0.0),  # constructed
    # fresh41 (noanswer148): an office asked (在哪里办公) over the 晋城 城区住建局's 转发 notice, which prints no address
    # (u3820; shanxi_jincheng-chengqu-zhuanfa-chengzhen-ranqi-jingying-xuke-guanli-banfa.txt line 1); an address
    # answers it (constructed); the unit it sits in asked is no address (o2731)
    ("晋城城区住房和城乡建设局在哪里办公", "城区住房和城乡建设局 搜索位置 匹配度 排序 转发山西省住房和城乡建设厅城镇燃气经营许可管理办法 "
     "发布日期:2024-10-08发布机构:区政府直属机构和事业单位 山西省住房和城乡建设厅城镇燃气经营许可管理办法", 1.0),
    ("晋城城区住房和城乡建设局在哪里办公", "城区住房和城乡建设局位于凤台东街1086号", 0.0),  # constructed
    ("南华县管防山火的那个指挥部平时在哪个单位办公", "指挥部下设办公室在县林草局", 0.0),
    # how often a body meets asked over 巴音郭楞's 政府工作规则, whose excerpt stops before its 会议制度: its 第1次全体会议
    # is no frequency (u3810; xinjiang_bayingolin-zizhizhou-renmin-zhengfu-gongzuo-guize-2022.txt line 1); 每半年,
    # 不定期 and 按季度 answer (o219, o163, n474: their pages' lines 2, 9 and 1485)
    ("巴音郭楞蒙古自治州人民政府常务会议多久开一次", "修订后的《巴音郭楞蒙古自治州人民政府工作规则》已经自治州第十五届人民政府第1次"
     "全体会议审议通过,现印发给你们,自印发之日起施行。", 1.0),
    ("福建服务业统计工作联席会议 多久召开一次", "省联席会议原则上每半年召开一次", 0.0),
    ("阳西县为办丧事的规矩开会多久开一次", "联席会议根据工作需要不定期召开会议", 0.0),
    ("信用信息采集 多久开展一次", "由区社会信用中心组织实施，按季度开展", 0.0),
])
def test_answer_type_miss(query, evidence, miss):
    assert answer_type_miss(query, [evidence]) == miss


# fresh43 (noanswer160): the day of an event asked by its verb (施行, 开幕, 开, 成立, 批) needs a date printed with that
# verb or one of its kind; a leader asked (哪位领导带队) needs one printed leading; a body's funds asked (多少活动经费) an
# amount. Real lines of benchmarks/data/questions/docs/: the 陕西 条例's adoption line (shaanxi-jiguan-yunxing-baozhang-
# tiaoli-adoption-line-other-province-site.txt, line 3), 大江东's 第三十条 (zhejiang_hangzhou-2016-dajiangdong-chanye-
# jijuqu-guanli-tiaoli-repo.txt, line 105), the 价格欺诈 规定's header (quanguo-2022-minghao-biaojia-he-jinzhi-jiage-qizha-
# guiding-repo.txt, line 5), 祁县's metadata row (shanxi_qixian-daolu-jiaotong-anquan-yingji-yuan-2025.txt, line 2),
# 巴音郭楞's 印发 lines (xinjiang_bayingolin-zizhizhou-renmin-zhengfu-gongzuo-guize-2022.txt, lines 2-4), 南平's reply
# (fujian_nanping-minzhengju-tian-dafu-han-forum-repost.txt, lines 1-3), the 国务院 联席会议's 工作规则
# (national-2018-zhiye-jiaoyu-lianxi-huiyi-chengyuan-danwei.txt, line 22), 牛镇镇's 推进会 (anhui-taihu-niuzhen-zhen-
# minsheng-gongcheng-huiyi-yaoqiu-ge-bumen-negative.txt, line 2), 海口's 小巨人 news (hainan_haikou-2021-xiaojuren-
# disanpi-arrow-lines.txt, lines 3-17), 景东's 条例 (yunnan-jingdong-zizhixian-linye-tiaoli-you-xian-chengjian-zhuguan-
# bumen-fuze.txt, line 2), 沙县区's news (fujian_shaxian-2025-xiaoyuan-zhoubian-anquan-wenti-zhengzhi-news.txt, lines 1-2),
# 何市镇's news (sichuan-zigong-heshi-zhen-renmin-zhengfu-lianhe-qu-chengguan-gongan-jiaojing.txt, line 2), 昆明's 检查
# (yunnan_kunming-luquan-sthj-fenju-yiqing-fangkong-zhuanxiang-jiancha-gonggao.txt, line 8), 大柘镇's 泉湖连
# (zhejiang_lishui-suichang-sifaju-dazhe-zhen-xiangzhen-xingzheng-zhifa-guifanhua.txt, line 4).
@pytest.mark.parametrize("query, evidence, miss", [
    ("陕西省机关运行保障条例从哪天起施行", "(2025年7月30日陕西省第十四届人民代表大会常务委员会第十七次会议通过)", 1.0),  # u4005
    ("杭州大江东产业集聚区管理条例自何时起施行",
     "第三十条 本条例自2017年5月1日起施行。杭州市人民政府发布的《杭州大江东产业集聚区管理办法》同时废止。", 0.0),  # o2415
    ("明码标价和禁止价格欺诈规定从哪天起施行", "2022年4月14日 国家市场监督管理总局令第56号公布 2022年7月1日 施行", 0.0),  # o2124
    ("祁县道路交通安全应急预案的生效日期", "| 生效日期: | 2025-07-16 | 废止日期: | |", 0.0),  # o1817
    ("巴音郭楞州人民政府工作规则是哪天印发施行的", "修订后的《巴音郭楞蒙古自治州人民政府工作规则》已经自治州第十五届人民政府第1次"
     "全体会议审议通过,现印发给你们,自印发之日起施行。 巴音郭楞蒙古自治州人民政府 2022年3月9日", 0.0),  # o2831
    ("南平市政协五届四次会议是哪天开幕的", "南平市民政局关于市政协五届四次会议 204293号提案答复的函 发布时间:2020-07-06 09:31 "
     "来源:南平市民政局 字体:", 1.0),  # u4007
    ("国务院职业教育工作部际联席会议第一次全体会议是哪天开的", "联席会议原则上每年召开两次会议，也可根据工作需要临时召开专题会议，"
     "由召集人或召集人委托的副召集人主持。", 1.0),  # u4008
    ("太湖县牛镇镇2021年度民生工程推进会是哪天开的", "8月4日晚,牛镇镇召开2021年度民生工程推进会。", 0.0),  # o2932
    ("海南金域医学检验中心有限公司是哪一年成立的", "2021-08-29 03:19:24 作者: 海口新增2家 海南赛诺实业有限公司 "
     "海南金域医学检验中心有限公司", 1.0),  # u4002
    ("云南省景东彝族自治县林业管理条例是哪天经省人大常委会批准的", "云南省景东彝族自治县林业管理条例 (1995年3月18日景东彝族"
     "自治县第十二届人民代表大 会第三次会议通过 1995年7月21日云南省第八届人民 代表大会常务委员会第十四次会议批准)", 0.0),  # o2602
    ("三明市沙县撤县设区是哪年批下来的", "沙县区多部门联动发力 拧紧校园周边“安全阀” 近日,沙县区教育局会同三明市公安局沙县分局、"
     "区市场监督管理局、区文体和旅游局", 1.0),  # u4016
    ("何市镇这次整治脏乱差是哪位领导带队", "自3月24日-26日,何市镇人民政府联合区城管执法分局、区公安分局、区交警大队、区交通局等"
     "部门开展了一场声势浩大…的“脏乱差”场镇城乡环境综合治理攻坚行动。", 1.0),  # u4006
    ("昆明市生态环境局到禄劝分局专项检查疫情防控,带队的是谁", "昆明市生态环境局新型冠状病毒感染的肺炎疫情防控第三组检查组,"
     "由昆明市生态环境局副局长虎龙带队,对禄劝分局新型冠状病毒感染的肺炎疫情防控工作开展专项检查", 0.0),  # o2806
    ("大柘镇泉湖连一年有多少活动经费", "三、成立“泉湖连”民间组织,激发社会活力。该组织由14名村民自发成立,由镇党委副书记担任连长,"
     "派出所所长为指导员", 1.0),  # u4011
    # a standard asked (征收标准是多少) needs an amount or a rate: 许昌's 办法's first article (henan_xuchang-jiage-tiaojie-
    # jijin-banfa-tongzhi-law-site-unsigned-date.txt, line 40) prints neither (u4004)
    ("许昌市价格调节基金的征收标准是多少", "第一条根据《许昌市人民政府关于进一步规范和完善价格调节基金征收管理使用工作的通知》"
     "(许政〔2007〕51号)精神,结合征收工作实际,为进一步规范价格调节基金征收、管理、使用等各项工作,特制定本办法。", 1.0),
    ("许昌市价格调节基金的征收标准是多少", "按销售额的1‰征收价格调节基金", 0.0),  # (constructed: a rate)
    # a measure word 批 is no event verb 批: 算第几批 is answered by a 第22批 printed (o2701, fresh40; docs/anhui-hefei-
    # jingkaiqu-qiye-jishu-zhongxin-22pi-youxiu-pingjia.txt, line 4)
    ("合肥经开区这回有几家企业技术中心通过省级认定,算第几批", "等7家企业技术中心被认定为第22批安徽省认定企业技术中心", 0.0),
    # fresh44 (noanswer164): the day a rule was repealed needs a date printed with 废止, 废除 or 失效 — the 内蒙古 办法's
    # page prints its own issue (docs/neimenggu-cunzhuang-jizhen-guihua-shishi-banfa-qixian-yishang-class-negative.txt,
    # lines 18 and 22: u4110); a postcode asked needs six digits — 月塘乡's 撤乡设镇 批复 names the town and none
    # (docs/fujian_putian-2016-yuetangxiang-chexiang-shezhen-pifu-forum-post.txt, lines 10-13: u4120)
    ("内蒙古自治区村庄和集镇规划建设管理实施办法是哪年废止的",
     "《内蒙古自治区村庄和集镇规划建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过,现予发布施行。 自治区主席 乌力吉 "
     "1997年7月23日", 1.0),
    ("内蒙古自治区村庄和集镇规划建设管理实施办法是哪年废止的", "本办法自2010年1月1日起废止", 0.0),  # constructed
    ("洛阳市价格调节基金管理办法是什么时候废止的", "《洛阳市价格调节基金管理办法》自2017年3月1日起宣布失效", 0.0),  # constructed
    ("莆田市秀屿区月塘镇的邮政编码是多少", "福建省人民政府关于莆田市秀屿区月塘乡撤乡设镇的批复 闽政文〔2016〕28 号 莆田市人民政府: "
     "你市《关于秀屿区月塘乡撤乡设镇的请示》(莆政〔2015〕61号)收悉。经研究,同意秀屿区撤销月塘乡,设立月塘镇", 1.0),
    ("莆田市秀屿区月塘镇的邮编", "月塘镇 邮政编码：351152", 0.0),  # constructed
])
def test_an_event_a_leader_or_funds_asked(query, evidence, miss):
    assert answer_type_miss(query, [evidence]) == miss


def _fresh45_line(name: str, *lines: int) -> str:
    """Lines of a fresh45 (or later) excerpt (benchmarks/data/questions/docs/NAME), joined as a passage prints them."""
    from benchmarks.search import QUESTIONS

    text = (QUESTIONS / "docs" / name).read_text(encoding="utf-8").split("\n")
    return "\n".join(text[n - 1] for n in lines)


_LIPU = "guangxi-guilin-lipu-xian-jiaojing-dadui-huitong-xiangzhen-lianhe-gongshang-shirong.txt"
_QUSONG = "xizang_shannan-qusong-xian-baise-wuran-zhili.txt"
_YONGDENG = "gansu_yongdeng-gonganju-linshi-jiaotong-guanzhi-tonggao-date-glued-title.txt"
_FEISHUI = "sichuan_anxian-feishui-jiegan-jinshao-news-source-site.txt"
_JINXIANG = "shandong-jinxiang-renju-huanjing-fengong-fangan-biaoti-qiantou-zeren-danwei.txt"
_SHANDONG_LONGTOU = "shandong_nongyenongcunting-2022-jiance-hege-shengji-zhongdian-longtou-qiye-mingdan-tongzhi.txt"


# fresh45 (noanswer170): what the question asks against what the evidence prints, over the real lines of its excerpts
# (benchmarks/data/questions/docs/): parking spaces counted need a number with 车位 (马岭镇's news, line 11, builds 一个
# 大型停车场 and counts none: u4201); money put in needs an amount (曲松县's 白色污染 news, line 13: u4203); a pass asked
# needs a paper printed (永登县's 交通管制 通告, lines 9, 13 and 21: u4208); a reward asked needs one printed (沸水镇's
# 秸秆禁烧 news, line 12: u4212); a phone asked is not the news site's own 新闻热线 (曲松县's page, lines 1 and 13: u4219);
# an address is not the 镇街 of a 分工方案 (金乡县's, line 13: u4220); an hour written with 时 answers 几点 (永登县's
# 通告, line 9: o3222); a title the question names asks nothing of its words (山东's 龙头企业名单 通知, lines 1-2: o3213).
@pytest.mark.parametrize("query, evidence, miss", [
    ("荔浦县马岭镇新建的大型停车场有多少个车位", (_LIPU, 11), 1.0),  # u4201
    ("荔浦县马岭镇新建的大型停车场有多少个车位", "新建一个大型停车场,设置停车位120个", 0.0),  # constructed
    ("绵阳那个镇上整治乱停车 划了多少个停车位", "共施划停车位300余个", 0.0),  # constructed (o976's kind)
    ("曲松县白色污染治理攻坚战一共投入了多少资金", (_QUSONG, 13), 1.0),  # u4203
    ("曲松县白色污染治理攻坚战一共投入了多少资金", "累计投入资金120万元", 0.0),  # constructed
    ("永登县城交通管制期间本地车辆凭什么证件可以通行", (_YONGDENG, 9, 13, 21), 1.0),  # u4208
    ("永登县城交通管制期间本地车辆凭什么证件可以通行", "本地车辆凭车辆通行证通行", 0.0),  # constructed
    ("沸水镇签了秸秆禁烧目标责任书的村 一直没烧的有没有奖励", (_FEISHUI, 12), 1.0),  # u4212
    ("沸水镇签了秸秆禁烧目标责任书的村 一直没烧的有没有奖励", "对全年未发生焚烧的村给予奖励", 0.0),  # constructed
    ("张店在市里补贴之外还另外给奖励吗", "在享受市级补贴的基础上,区财政再给予一次性奖励", 0.0),  # constructed (n856's kind)
    ("曲松县人居环境整治办公室电话是多少", (_QUSONG, 1, 13), 1.0),  # u4219
    ("曲松县人居环境整治办公室电话是多少", "曲松县人居环境整治办公室 联系电话:0893-7321234", 0.0),  # constructed
    ("金乡县市容环境卫生服务中心在什么地方", (_JINXIANG, 13), 1.0),  # u4220
    ("金乡县市容环境卫生服务中心在什么地方", "金乡县市容环境卫生服务中心位于金城街道奎星路88号", 0.0),  # constructed
    ("永登县城封路是几点开始的 什么时候解封", (_YONGDENG, 9), 0.0),  # o3222
    ("永登县城封路是几点开始的 什么时候解封", "实施每天24小时交通管制,解除时间另行通知", 1.0),  # 小时 is no hour
    ("山东省农业农村厅关于公布监测合格农业产业化省级重点龙头企业名单的通知 文号", (_SHANDONG_LONGTOU, 1, 2), 0.0),  # o3213
    ("山东省哪些企业监测合格", (_SHANDONG_LONGTOU, 1, 2), 1.0),  # constructed: firms asked outside a title
    # the members of a list in a place counted: 工信部's first 小巨人 list through a 紧固件 news naming no province (u4204,
    # quanguo_gongxinbu-2019-diyipi-zhuanjing-texin-xiaojuren-gongshi-jingujian.txt, line 1); 海口's 名单 prints 龙华区's
    # row (o1439, hainan_haikou-2015-nongmao-shichang-huanjing-zhixu-zhengzhi.txt, line 9); the 中 of 中心 is no 中 (o1906)
    ("工信部第一批专精特新小巨人企业里浙江有多少家",
     ("quanguo_gongxinbu-2019-diyipi-zhuanjing-texin-xiaojuren-gongshi-jingujian.txt", 1), 1.0),
    ("海口市农贸市场环境秩序整治名单里龙华区有几个市场",
     ("hainan_haikou-2015-nongmao-shichang-huanjing-zhixu-zhengzhi.txt", 9), 0.0),
    ("第23批自治区级企业技术中心包头市有几家获得认定", "经评审,全区共有5家企业技术中心获得认定", 0.0),  # constructed
])
def test_what_a_fresh45_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss


_NINGXIA_GONGWEN = "ningxia_zizhiqu-zhengfu-bangongting-2001-gongwen-geshi-guiding-tongzhi.txt"
_WULUMUQI = "xinjiang_wulumuqi-shisiwu-guihua-2035-yuanjing-mubiao-gangyao.txt"
_SHANXI_BEIZENG = "shanxi_nongyenongcunting-fenlei-tuijin-longtou-qiye-beizeng-fangan-spam.txt"
_LUFENG = "guangdong_lufeng-zhen-renju-huanjing-tonggao-masked-town-headline.txt"
_CHANGJIANGJIE = "liaoning-shenyang-qu-zhifa-shirongju-yu-gongan-fenju-gongtong-peihe-wo-ju.txt"


# fresh46 (noanswer175): near-topic pages that do not print the fact asked, over the real lines of its excerpts
# (benchmarks/data/questions/docs/): a type size asked needs N号…字 — 宁夏's 公文格式规定 stops at its 公文形式
# chapter (lines 7-14: u4231); an economy's size asked needs an amount in 亿 — 乌鲁木齐's 十四五 纲要 stops at its
# preface (lines 1-5: u4225); signs counted by 块 need N块 — 沈阳's 长江街 news counts none (lines 7 and 9: u4233); a
# reward's sum asked needs a sum by its 奖 or 补助 — 山西's 龙头企业倍增 方案 prints firms' sales in 亿元 (line 1: u4227).
@pytest.mark.parametrize("query, evidence, miss", [
    ("宁夏政府公文的标题用几号字", (_NINGXIA_GONGWEN, 7, 8, 9, 10, 11, 12, 13, 14), 1.0),  # u4231
    ("宁夏政府公文的标题用几号字", "公文标题用2号小标宋体字", 0.0),  # constructed
    ("梅州市社会养老保险市级统筹实施办法的发文字号", (_NINGXIA_GONGWEN, 1, 2, 3), 0.0),  # 发文字号 is no type size (o1813's kind)
    ("乌鲁木齐十四五末地区生产总值要达到多少", (_WULUMUQI, 1, 2, 3, 4, 5), 1.0),  # u4225
    ("乌鲁木齐十四五末地区生产总值要达到多少", "到2025年,全市地区生产总值突破5000亿元", 0.0),  # constructed
    ("嘉兴2023年政府工作报告定的地区生产总值增长目标是多少", "地区生产总值增长6%左右", 0.0),  # a rate (o2005's kind)
    ("长江街专项治理一共拆了多少块违规牌匾", (_CHANGJIANGJIE, 7, 9), 1.0),  # u4233
    ("长江街专项治理一共拆了多少块违规牌匾", "共拆除违规牌匾56块", 0.0),  # constructed
    ("停车一次几块钱", "共拆除违规牌匾56块", 0.0),  # constructed: 几块钱 asks money, no count of 块
    # a start asked of a notice: 本通告自发布之日起实施 (陆丰's 人居环境 通告, line 16: o3257) names its day
    ("陆丰这个镇整治环境的通告从哪天开始算数", (_LUFENG, 16), 0.0),  # o3257
    ("陆丰这个镇整治环境的通告从哪天开始算数", (_LUFENG, 14, 20), 1.0),  # no day printed
    ("山西龙头企业倍增方案对新认定的国家重点龙头企业奖励多少钱", (_SHANXI_BEIZENG, 1), 1.0),  # u4227
    ("山西龙头企业倍增方案对新认定的国家重点龙头企业奖励多少钱", "对新认定的国家重点龙头企业给予一次性奖励50万元", 0.0),  # constructed
    ("张店的公司去A股上市，区里一共奖多少钱", "对在境内主板上市的企业,给予300万元奖励", 0.0),  # constructed (n199's kind)
    ("平房区的厂子头一回评上省里的企业技术中心 能奖多少钱", "首次认定为省级企业技术中心的,给予一次性补助20万元", 0.0),  # constructed
])
def test_what_a_fresh46_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss


_GUIZHOU_LVSE = "guizhou_sheng-gongxinting-2019-lvse-zhizao-mingdan-gufeiwang.txt"
_BAICHENG_NONGJI = "jilin_baicheng-shi-nongwei-2015-sixingji-nongji-hezuoshe-gongshi.txt"
_GUANGXI_BIANJING = "guangxi_zizhiqu-shangwuting-2015-bianjing-kaifang-kaifa-guihua.txt"


# fresh47 (noanswer183): near-topic pages that do not print the fact asked, over the real lines of its excerpts: a
# city's members of a province's list asked by the city's stem need the city printed — 贵州's 绿色制造名单 news counts its
# 16 绿色工厂 and leaves the list to an annex (lines 1-9: u4252); a subsidy's sum asked after 拿到 needs a sum — 白城's
# 四星级 公示 names five co-ops (lines 1-9: u4255); a neighbour asked by name needs it printed — 广西's 边境 news counts
# 8 边境县 与越南接壤 (line 4: u4266).
@pytest.mark.parametrize("query, evidence, miss", [
    ("贵州2019年评上省级绿色工厂的那16家里遵义有几家", (_GUIZHOU_LVSE, 1, 3, 5, 7, 9), 1.0),  # u4252
    ("贵州2019年评上省级绿色工厂的那16家里遵义有几家", "其中遵义市3家、贵阳市5家", 0.0),  # constructed
    ("小巨人企业里浙江有多少家", "浙江省共有小巨人企业248家", 0.0),  # constructed: a province, as before (u4204's row)
    ("白城评上四星级的农机合作社能拿到多少补贴", (_BAICHENG_NONGJI, 1, 2, 3, 4, 5, 6, 7, 8, 9), 1.0),  # u4255
    ("白城评上四星级的农机合作社能拿到多少补贴", "对新评定的四星级农机专业合作社每个补贴5万元", 0.0),  # constructed
    ("云南有几个边境县跟缅甸接壤", (_GUANGXI_BIANJING, 4), 1.0),  # u4266
    ("云南有几个边境县跟缅甸接壤", "云南省有25个边境县,其中18个与缅甸接壤", 0.0),  # constructed
    ("广西有几个边境县跟越南接壤", (_GUANGXI_BIANJING, 4), 0.0),  # the page's own neighbour
])
def test_what_a_fresh47_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss

_NINGBO_LONGTOU = "zhejiang_ningbo-shi-nongyenongcunju-2025-shiji-longtou-qiye-rending-quxiao.txt"
_JIANGYUAN_RUXUN = "jilin_baishan-jiangyuan-qu-fangzhi-2025-ruxun-tonggao.txt"
_JIUJIANG_NIANJIAN = "jiangxi_jiujiang-shi-2005-nianjian-zhaoshang-yinzi-jjzjw.txt"
_JILIN_FANGXUN = "jilin_sheng-fangzhi-2023-fangxun-erji-yingji-xiangying-bjtitle.txt"
_YANBIAN_LIANGSHI = "jilin_yanbian-zhou-nongyenongcunju-2023-liangshi-shengchan-tuchu-gongxian-jlncb.txt"
_HUANGNAN_BAXIANG = "qinghai_huangnan-zhou-nongmuju-2022-baxiang-xingdong-qhhnnews.txt"
_QIJIANG_XIANGCUN = "chongqing_qijiang-qu-2020-xiangcun-chanye-zhenxing-shishi-yijian.txt"
_YANSHAN_CAOYUAN = "yunnan_yanshan-caoyuan-buzhu-jiedu-bracket.txt"


# fresh48 and fresh49 (noanswer188): near-topic pages that do not print the fact asked, over the real lines of their
# excerpts: digits inside a link or a code are no phone — 宁波's repost link …/20250702/448108.html (lines 13-14: u4291),
# 江源区's 索引号 11220625MB1557820Q/2025-02755 (line 5: u4292); a sum in 美元 asked needs 美元 — 九江's 年鉴 counts 2004's
# 招商 in 亿元 (line 18: u4280); people in 万 asked need a count of people — 吉林's 防汛 news raises the response and
# moves nobody (line 4: u4284); a head count in 万头 asked needs heads — 黄南's 八项行动 news names 牦牛 breeding areas
# (line 9: u4305); a share asked as 百分之多少 needs a share — 綦江's 意见 says the 比重 rises (line 21: u4306); 多少亿斤 asks
# 斤, not a sum — 延边's 36.66亿斤 answers it (line 6: o3390, flagged at 0.035 by the money row's 多少亿).
@pytest.mark.parametrize("query, evidence, miss", [
    ("宁波市农业农村局管龙头企业认定的科室电话是多少", (_NINGBO_LONGTOU, 13, 14), 1.0),  # u4291
    ("宁波市农业农村局管龙头企业认定的科室电话是多少", "联系电话:0574-89183077", 0.0),  # constructed
    ("江源区防汛抗旱指挥部办公室的值班电话是多少", (_JIANGYUAN_RUXUN, 5), 1.0),  # u4292
    ("江源区防汛抗旱指挥部办公室的值班电话是多少", "值班电话:0439-3512345", 0.0),  # constructed
    ("九江市2004年实际利用外商直接投资多少美元", (_JIUJIANG_NIANJIAN, 18), 1.0),  # u4280
    ("九江市2004年实际利用外商直接投资多少美元", "实际利用外商直接投资1.2亿美元", 0.0),  # constructed
    ("九江市2004年实际利用外商直接投资多少", "实际利用外商直接投资3.2亿美元", 0.0),  # constructed: 美元 is a sum
    ("2023年吉林拉林河发洪水转移了多少万人", (_JILIN_FANGXUN, 4), 1.0),  # u4284
    ("2023年吉林拉林河发洪水转移了多少万人", "共转移群众2.3万人", 0.0),  # constructed
    ("黄南州2021年牦牛出栏多少万头", (_HUANGNAN_BAXIANG, 9), 1.0),  # u4305
    ("黄南州2021年牦牛出栏多少万头", "2021年全州牦牛出栏35.2万头", 0.0),  # constructed
    ("綦江区农村一二三产业融合发展增加值占全区生产总值的比重要达到百分之多少", (_QIJIANG_XIANGCUN, 21), 1.0),  # u4306
    ("綦江区农村一二三产业融合发展增加值占全区生产总值的比重要达到百分之多少", "比重达到12%", 0.0),  # constructed
    ("2022年延边州粮食产量是多少亿斤", (_YANBIAN_LIANGSHI, 6), 0.0),  # o3390
    ("黔东南州三年要造林多少万亩", "三年完成造林100万亩", 0.0),  # constructed: 万亩 is the area row's
])
def test_what_a_fresh48_or_fresh49_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss


_HEILONGJIANG_SANJIAN = "heilongjiang_sheng-zhengfu-bangongting-2016-nongye-sanjian-lianxi-huiyi-wisor.txt"


# fresh51 (noanswer190): a cut asked with no unit (减少多少, 降多少) needs a share or a number with its measure — 黑龙江's
# 三减 联席会议 notice (its real title and 主要职责 lines 1, 13) sets up a meeting and prints no cut (u4351); a cut asked in
# a unit is that unit's row (减少了多少个乡镇: o1737's pieces; 减了多少亿元: u3611's money).
@pytest.mark.parametrize("query, evidence, miss", [
    ("黑龙江农业三减行动化肥要减少多少", (_HEILONGJIANG_SANJIAN, 1, 13), 1.0),  # u4351
    ("黑龙江农业三减行动化肥要减少多少", "到2020年全省化肥施用量比2015年减少15%", 0.0),  # constructed
    ("黑龙江农业三减行动化肥要减少多少", "化肥施用量减少10万吨", 0.0),  # constructed
    ("张店到2025年新发乙肝病例要比2020年降多少", "新发乙肝病例数比2020年下降30%", 0.0),  # constructed (n083's asking)
    ("张店到2025年新发乙肝病例要比2020年降多少", "全面落实乙肝防控措施", 1.0),  # constructed
    ("2019年浙江给企业减负减了多少亿元", "全年为企业减负2000亿元", 0.0),  # constructed: the money row's
])
def test_what_a_fresh51_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss


_HEILONGJIANG_HEITUDI = "heilongjiang_sheng-2022-heitudi-baohu-liyong-lianxi-huiyi-zhidu-chinacom.txt"
_HEILONGJIANG_GUAPAI = "heilongjiang_sheng-nongyenongcunting-2018-guapai-baogaosu.txt"
_QINGHAI_QIXIANG = "qinghai_shengzhengfu-bangongting-2018-shengtai-qixiang-baozhang-fuwu-lianxi-huiyi-zhidu.txt"
_SICHUAN_JIUZHU = "sichuan-2013-shehui-jiuzhu-tingji-lianxi-huiyi-zhidu-jiedu.txt"
_TONGLIAO_ZHUANFA = "neimenggu_tongliao-qiangzhen-zhuanfa.txt"


# fresh52 (noanswer201): a joint meeting's convener asked (召集人是谁) needs a name printed as its convener — a member
# list's 总召集人:吕维峰 副省长 (黑龙江's 三减 notice, line 17) or a rule's 马锐同志担任总召集人 (o3238's line 45); a post
# only (四川's 民政厅厅长担任联席会议召集人, line 4) names nobody, nor does 黑龙江's 黑土地 news, which sets the meeting up
# and lists its members (u4370: its real lines 4, 6, 8). A 厅长 is a post as a 局长 is: the 农业农村厅's 挂牌 news names
# the 副省长 who unveiled it and no head (u4372: its real lines 1, 5).
@pytest.mark.parametrize("query, evidence, miss", [
    ("黑龙江黑土地保护利用工作联席会议的召集人是谁", (_HEILONGJIANG_HEITUDI, 4, 6, 8), 1.0),  # u4370
    ("青海省生态气象保障服务示范省建设联席会议的总召集人是谁", (_QINGHAI_QIXIANG, 45), 0.0),  # o3238
    ("黑龙江农业三减行动联席会议总召集人是谁", (_HEILONGJIANG_SANJIAN, 17), 0.0),
    ("四川社会救助联席会议召集人是谁", (_SICHUAN_JIUZHU, 4), 1.0),
    ("黑龙江省农业农村厅挂牌时第一任厅长是谁", (_HEILONGJIANG_GUAPAI, 1, 5), 1.0),  # u4372
    ("黑龙江省农业农村厅厅长是谁", "省农业农村厅厅长王金会出席会议并讲话", 0.0),  # constructed
    # the day a body was set up under its sign (是哪天挂牌的) needs a date printed with 挂牌 or its kind: 通辽's 转发 of the
    # 农牧厅's notice (its real lines 1, 2, 4) prints dates and no 挂牌 (u4382)
    ("内蒙古农牧厅是哪天挂牌的", (_TONGLIAO_ZHUANFA, 1, 2, 4), 1.0),  # u4382
    ("黑龙江省农业农村厅是哪天挂牌的", "2018年10月26日上午,黑龙江省农业农村厅正式挂牌", 0.0),  # constructed
    ("内蒙古农牧厅是哪天挂牌的", "2018年11月9日,内蒙古自治区农牧厅正式揭牌成立", 0.0),  # constructed
])
def test_what_a_fresh52_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss


_HEBEI_HEZHANGZHI = "hebei_shengwei-shengzhengfu-bangongting-2017-hezhangzhi-gongzuo-fangan-hebeicomcn.txt"


# fresh53 (noanswer210): a 河长 (总河长, 湖长, 林长) is a post as a 局长 is: 河北's 河长制 方案, whose excerpt (its real
# lines 1, 2) sets the system up and names no 总河长, does not say who holds it (u4401); a rule naming the holder does
@pytest.mark.parametrize("query, evidence, miss", [
    ("河北省总河长由谁担任", (_HEBEI_HEZHANGZHI, 1, 2), 1.0),  # u4401
    ("河北省总河长由谁担任", "省级总河长由省委书记担任", 0.0),  # constructed
    ("天水市总林长由谁担任", "市级总林长由市委书记、市长担任", 0.0),  # constructed
])
def test_what_a_fresh53_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss


_NANAN_YINGSHANG = "chongqing_nanan-qu-quweiban-zhengfuban-2019-yingshang-huanjing-youhua-fangan-cqna.txt"
_LVLIANG_BINZANG = "shanxi_lvliang-shi-zhengfu-bangongshi-2019-binzang-gaige-shishi-fangan.txt"
_JIANGXI_GAOBIAOZHUN = "jiangxi_sheng-nongyeting-2012-zhenghe-zijin-gaobiaozhun-nongtian-2888.txt"
_QIEMO_QINGLI = "xinjiang_qiemo-xian-zhengfu-bangongshi-2023-guifanxing-wenjian-jizhong-qingli-tongzhi.txt"
_QINGHAI_NONGMUCHANG = "qinghai_sheng-2014-jiating-nongmuchang-1879jia-nongminribao-chinacomcn.txt"


# fresh54 (noanswer54): a value asked in a form the rows did not read — a time limit in 工作日, a count of things to be
# built (建几个), a sum per unit (每亩…多少元, 每家…多少补助), a deadline (什么时候之前), a phone named before its asking
# (投诉电话打哪个) — over the real lines of the pages that answered them wrongly, and the real lines of answerable
# questions that print the value (o971, o974, o1833) or constructed lines that do
@pytest.mark.parametrize("query, evidence, miss", [
    ("南岸区营商环境优化提升方案要把企业开办时间压缩到几个工作日", (_NANAN_YINGSHANG, 20, 28), 1.0),  # u4417
    ("南岸区营商环境优化提升方案要把企业开办时间压缩到几个工作日", "企业开办时间压缩至3个工作日以内", 0.0),  # constructed
    # (its date, 2019年1月16日 printed 2019116日, is no phone)
    ("南岸区营商环境投诉电话打哪个", (_NANAN_YINGSHANG, 20, 28), 1.0),  # u4436
    ("南岸区营商环境投诉电话打哪个", "营商环境投诉电话:023-62988888", 0.0),  # constructed
    ("吕梁市每个县要建几个城乡公益性公墓", (_LVLIANG_BINZANG, 32), 1.0),  # u4422
    ("吕梁市每个县要建几个城乡公益性公墓", "每个县(市、区)至少建成1个城乡公益性公墓", 0.0),  # constructed
    ("江西2012年建高标准农田每亩投资多少元", (_JIANGXI_GAOBIAOZHUN, 3, 8), 1.0),  # u4424
    ("江西2012年建高标准农田每亩投资多少元", "高标准农田建设亩均投资1500元", 0.0),  # constructed
    ("青海被认定的家庭农牧场每家能拿多少补助", (_QINGHAI_NONGMUCHANG, 1, 3), 1.0),  # u4379 (fresh52)
    ("青海一年交税超过3亿的企业 政府每家奖多少钱",
     ("qinghai-2010-shangjiao-shuishou-chengji-tuchu-qiye-biaozhang.txt", 5), 0.0),  # o971
    ("宁夏园博会评上先进个人的 每人奖励多少钱", ("ningxia-yuanbohui-xianjin-biaozhang-jueding-lawsite.txt", 4), 0.0),  # o974
    ("且末县各单位的文件清理结果什么时候之前要报上去", (_QIEMO_QINGLI, 1, 3, 4, 5, 7), 1.0),  # u4400 (fresh53)
    ("驿马镇春天种地的活儿要在哪天之前干完", ("gansu-qingcheng-lianhe-duchazu-fuzeren.txt", 5), 0.0),  # o1833
    ("张店为汇总各单位信用数据成立的专门小组，最迟哪天前要到位？", "完成时间：2021年12月", 0.0),  # q084's 张店 方案's form
])
def test_what_a_fresh54_question_asks_against_what_its_evidence_prints(query, evidence, miss):
    text = _fresh45_line(*evidence) if isinstance(evidence, tuple) else evidence
    assert answer_type_miss(query, [text]) == miss


def test_two_values_asked_are_no_topic_of_each_other():
    # fresh13's u1043 百花艺术小学的地址和电话 (stop 33's threshold left it unflagged): 砚山's real 联系方式 line prints an
    # address and a phone of its own bureau; the 地址 asked is no topic word that makes it a passage about the school
    words = ["百花", "艺术", "小学", "地址", "电话"]
    school = "郑州市中原区百花艺术小学与林山寨市场监督管理所共同创建“平安校园”"
    assert answer_type_miss("百花艺术小学的地址和电话", [school, _fresh45_line(_YANSHAN_CAOYUAN, 27)], words) == 1.0
    assert answer_type_miss("百花艺术小学的地址和电话", [school + ",地址:建设路12号,电话:0371-67654321"], words) == 0.0

# fresh32 (u2918) and fresh31 (u2819): a post is read whole — the 森保大队's 大队长, not the 队长 inside it, so the asked
# post is no topic word and a neighbour's list that prints it (张店's real 联席会议 list, sample 003) does not answer
# 松岭区's question, while it still answers 张店's own; a command post (总指挥, 指挥长) is a post, and a rule naming it
# (the 兴业县 抗震救灾指挥部 notice, http://flfgk.zhpt.yjglt.gxzf.gov.cn:5995/guifan/e261a65f3048539297294e114a5da6a4bdfb.html;
# the 祁县 预案's real 编制目的 line) names nobody; a list printing the post before a name (constructed) answers.
_SONGLING = ("近日,松岭区公安局森保大队组织开展了保护森林资源专项行动,重点检查是否有非法开垦、擅自改变林地用途、盗伐滥伐林木、"
             "非法猎捕野生动物等违法犯罪行为。")
_ZHANGDIAN_LIST = "张大为区老龄事业服务中心主任 蒋峰区应急局副局长、区安全生产监察大队大队长 曹鸿岩区行政审批局副局长"


@pytest.mark.parametrize("query,evidence,words,about,miss", [
    ("松岭区公安局森保大队的大队长叫什么", [_SONGLING, _ZHANGDIAN_LIST], ["松岭区公安局森保大队", "大队长"], 0, 1.0),
    ("张店区安全生产监察大队大队长叫什么", [_SONGLING, _ZHANGDIAN_LIST], ["安全生产监察大队", "大队长"], 1, 0.0),
    ("祁县道路交通安全应急指挥部的总指挥是谁", ["1.1编制目的 为提高全县道路交通安全突发事件应对能力,建立高效应急响应机制,"
     "按照“统一领导、综合协调,属地为主、分级负责,以人为本、安全第一”的工作原则,有序开展各项应急处置工作"],
     ["道路交通", "应急", "指挥部"], 0, 1.0),
    ("兴业县抗震救灾指挥部指挥长是谁", ["二、组成人员 指挥长由县委常委、常务副县长担任;副指挥长由分管应急管理、地震监测工作的"
     "县政府办公室副主任,以及县应急管理局局长、县地震监测服务中心主任、县消防救援大队大队长担任。"], ["抗震救灾", "指挥部"], 0, 1.0),
    ("兴业县抗震救灾指挥部指挥长是谁", ["指挥部组成人员 指挥长：黄建新 县委常委、常务副县长"], ["抗震救灾", "指挥部"], 0, 0.0),
])
def test_a_post_is_read_whole(query, evidence, words, about, miss):
    assert ANSWER_TYPES["person"][0].search(query)
    assert answer_type_miss(query, evidence, words, about=lambda j: j == about) == miss


def test_the_value_must_stand_in_a_passage_about_the_question():
    # u189: the first passages print phone numbers, of other units (a contact table); the one asked is not there
    table = "区发展改革局（能源科丛湘波，6195397）；周村供电中心（营销科邱晨，2336808）"
    topic = ["服务业", "联系", "电话"]  # 发展, 中心: too common in the corpus to be content words
    assert answer_type_miss("张店区服务业发展中心联系电话", [table, "区服务业发展中心负责统筹"], topic) == 1.0
    assert answer_type_miss("张店区服务业发展中心联系电话", [table, "区服务业发展中心（6881234）"], topic) == 0.0
    # without content words every passage counts
    assert answer_type_miss("张店区服务业发展中心联系电话", [table]) == 0.0
    # u241: the lexicon's words for 电话 (咨询电话, 联系电话) ask, they are no topic: 高唐's 解读 page, which prints its
    # 咨询电话, is not about 齐惠保; o056's own 咨询电话 line stands on a page about its topic
    qhb = "张店区人民政府办公室关于做好“淄博齐惠保”宣传推广工作的通知 填表人： 联系电话："  # a blank form (000, 913)
    gaotang = "解读机构及咨询方式 政策解读单位:高唐县人民政府办公室 具体联系人:张超 咨询电话:0635-7219958"
    words = ["齐惠保", "理赔", "咨询电话", "联系电话"]
    assert answer_type_miss("齐惠保理赔打哪个电话", [qhb, gaotang], words) == 1.0
    mengcheng = "蒙城县工业企业亩均效益评价工作实施方案 政策咨询机关:蒙城县经信局 政策咨询电话:0558-7626908"
    assert answer_type_miss("蒙城县亩均效益评价 政策咨询电话", [mengcheng, gaotang], ["蒙城县", "评价", "咨询电话"]) == 0.0


def test_a_phone_in_the_documents_own_contact_line_after_the_passage():
    # o1124 over its real first passage and the one after it in 汨罗民政局's reply: the reply closes on its contact
    # lines, which chunking leaves in a passage of their own (大田县民政局's reply closes the same way)
    reply = "汨罗城区确有符合当时时代特征的一些街道名称,如建设路、人民路、工农路等等 感谢你们对民政工作的关心和支持!"
    q, words = "汨罗民政局答复改街道名字那件事 留的联系电话是多少", ["汨罗", "街道", "名字"]
    closing = {"miluo": "承办负责人:郑应良\n承办人:虞太武\n联系电话:0730-5223908",
               "datian": "领导署名:黄桂珍\n联系人:乐文川\n电话号码:13313738052\n大田县民政局"}
    assert answer_type_miss(q, [reply], words) == 1.0
    for after in closing.values():
        assert answer_type_miss(q, [reply], words, after=lambda j, after=after: after) == 0.0
    # not another unit's number in a contact table (no colon after the label), a blank form's label, a number after
    # a passage about another topic, or the end of the document
    table = "区发展改革局（能源科丛湘波，6195397）；周村供电中心（营销科邱晨，2336808）"
    for after in (table, "填表人： 联系电话：", ""):
        assert answer_type_miss(q, [reply], words, after=lambda j, after=after: after) == 1.0
    other = "兰州市安宁区人民政府办公室关于印发的通知"
    assert answer_type_miss(q, [other, reply], words, after=lambda j: closing["miluo"] if j == 0 else "") == 1.0
    # a word-valued type is not read from the next passage (工作日 there says nothing of the hours asked)
    assert answer_type_miss("汨罗民政局周六上班吗", [reply], words, after=lambda j: "工作日") == 1.0


def test_a_value_in_the_passage_that_continues_a_first_passage():
    """noanswer82: chunking cuts a section from its figures; the passage after a first passage in its document is
    read for a number with its unit (o1337 over 砚山's 解读, o008 over 高唐's 解读 — real passages), only after a
    passage about the place asked (u2512: 襄城's 清单 prints 共7个类别193项 after its opening, no count of 张店's)."""
    yanshan = "结合我县实际,特制定《砚山县2019年农牧民补助奖励政策(新一轮草原生态补助奖励政策)实施方案》。 二、任务目标 全县11个乡镇"
    funds = "三、实施内容及规模 实施草原禁牧补助15.65万亩;草畜平衡奖励105.81万亩。 四、项目投资及资金来源 项目总投资381.9万元,全部为中央资金。"
    q, words = "砚山县给牧民的草原补助一共多少钱 是哪里出的钱", ["砚山县", "牧民", "草原", "补助"]
    assert answer_type_miss(q, [yanshan], words) == 1.0
    assert answer_type_miss(q, [yanshan], words, after=lambda j: funds) == 0.0
    gaotang = ("一、出台背景 高唐县第十八届人民代表大会第三次会议审议通过的《2024年政府工作报告》明确了县政府工作的总体要求、主要任务和"
               "具体措施。为确保《政府工作报告》提出的各项重点工作任务贯彻落实到位")
    table = "二、主要内容 《通知》中任务分解采用表格形式,分为“类别、任务内容、牵头领导、责任单位4个方面的内容,共149项。"
    q, words = "高唐县2024年政府工作报告目标任务分工一共多少项", ["高唐县", "政府工作报告", "分工"]
    assert answer_type_miss(q, [gaotang], words, after=lambda j: table) == 0.0
    xiangcheng = ("各乡镇党委和人民政府,县委各部委: 为进一步做好乡镇机构改革“后半篇文章”,厘清县乡职责任务边界,制定《襄城县乡镇职责"
                  "任务清单(试行)》")
    counts = "《清单》和《目录》编号一一对应,共7个类别193项,分为基层党建28项、城乡建设(城镇管理)24项"
    q, words = "张店区乡镇街道职责任务清单一共多少项", ["乡镇", "职责", "任务清单"]
    assert answer_type_miss(q, [xiangcheng], words, about=lambda j: False, after=lambda j: counts) == 1.0
    assert answer_type_miss(q, [xiangcheng], words, after=lambda j: "") == 1.0


# A province's own page need not print its name: o1134's real first passage (中国水产门户网's news of 安徽's 省渔政局)
# says 省渔政局, 马鞍山 and 无为县, never 安徽.
@pytest.mark.parametrize("evidence,off", [
    ("中国水产门户网报道 近日,省渔政局发出通知,要求沿江各市县渔政执法机构切实加强长江河蟹特许捕捞期结束后续管理工作"
     "存在影响航运安全隐患的马鞍山长江港口区段和无为县土桥至刘渡江段,实行跨界联合驻守执法。", []),
    # a city of the province without 省 (a city's own news), 省 with another province's city, 省 alone: still off
    ("常州市渔政监督支队联合长航公安常州派出所开展长江护渔执法巡查行动", ["安徽"]),
    ("来源:江苏海洋与渔业局 常州开展长江护渔执法巡查行动 省渔政总队", ["安徽"]),
    ("马鞍山市渔政执法大队开展长江禁捕巡查", ["安徽"]),
    ("全省渔政执法机构切实加强长江河蟹特许捕捞期结束后续管理工作", ["安徽"]),
])
def test_a_province_whose_office_the_evidence_speaks_of(evidence, off):
    from index.place_scope import places_off

    assert places_off(["安徽"], lambda w: w in evidence, "安徽长江河蟹特许捕捞期结束后 土桥至刘渡江段由哪些渔政站联合驻守执法") == off
    # a city is no province: the rule reads provinces only
    assert places_off(["芜湖"], lambda w: w in evidence[:60], "芜湖 长江河蟹") == ["芜湖"]


# A city's own notice addresses its counties and banners and need not print its name: o1307's and o1308's real first
# passage (通辽's 通农牧发 forwarding the 农业产业强镇 plan) names 科左后旗 and 库伦旗, never 通辽 (fresh26, stop 21).
_TONGLIAO = ("通农牧发〔2023〕241号 关于转发自治区农牧厅财政厅《关于印发<内蒙古自治区2023年国家农业产业强镇建设项目实施方案>的通知》"
             "的通知 科左后旗农牧局、财政局,库伦旗农牧和科技局、财政局")


@pytest.mark.parametrize("places,query,evidence,off", [
    (["通辽市"], "通辽市2023年国家农业产业强镇建设项目实施方案转发给了哪些旗的哪些部门", _TONGLIAO, []),
    (["通辽"], "通辽搞农业强镇的项目 旗里是哪个领导挂帅", _TONGLIAO, []),
    # another city's county (库伦旗 lies in 通辽, not in 赤峰); a county asked is not excused by its neighbour
    (["赤峰市"], "赤峰市国家农业产业强镇建设项目实施方案转发给了哪些旗", _TONGLIAO, ["赤峰市"]),
    (["奈曼旗"], "奈曼旗农业产业强镇项目 谁挂帅", _TONGLIAO, ["奈曼旗"]),
    # one county printed is its own page, not its city's (黄冈市's order asked, u1909, whose first passages are
    # 红安县's own 2号令: a line written after them), nor is the county's stem (库伦镇, a town) a county printed
    (["黄冈市"], "黄冈市新冠肺炎防控指挥部2号令都有哪些要求", "红安县新冠肺炎疫情防控指挥部2号令", ["黄冈市"]),
    (["通辽"], "通辽农业强镇项目", "库伦旗农牧和科技局、财政局", ["通辽"]),
    (["通辽"], "通辽农业强镇项目", "库伦镇、开鲁镇农牧和科技站开展春耕服务", ["通辽"]),
    # a district name two cities' districts bear (龙华区: 深圳's and 海口's) says nothing of either city
    (["海口"], "海口检查九小场所", "龙华区应急管理局组织开展九小场所安全检查", ["海口"]),
    (["深圳"], "深圳检查九小场所", "龙华区应急管理局组织开展九小场所安全检查", ["深圳"]),
])
def test_a_city_whose_county_the_evidence_prints(places, query, evidence, off):
    from index.place_scope import places_off

    assert places_off(places, lambda w: w in evidence, query) == off


# A town the question names with its county (溪湖区彩屯街道, u2210) is excused by a page of unknown place only where that
# page prints it: the 牛心台街道 news and the 龙华区 九小场所 page may be anywhere's, but say nothing of 彩屯街道; a
# question that names no town (o909's 郑州蜜蜂张街道 names its town, and its news prints it) is as before.
@pytest.mark.parametrize("query,unknown_printed,off", [
    ("溪湖区彩屯街道查燃气安全查了哪些店", "", True),
    ("溪湖区彩屯街道查燃气安全查了哪些店", "彩屯", False),
    ("溪湖区查燃气安全查了哪些店", "", False),
])
def test_a_town_asked_is_excused_only_by_a_page_printing_it(query, unknown_printed, off):
    assert place_out_of_scope(["溪湖区"], lambda w: False, lambda w: False, lambda: True, query,
                              lambda w: bool(unknown_printed) and w == unknown_printed) is off


# A page of unknown place that names a province names none of another province's cities or counties (the 驻马店 news,
# naming 河南省 only, is no page of 江阴市, a county-level city of 无锡 in 江苏: u2307); a page naming the place's own
# province, or no province, may still be its page (the 宜兴 决定 names 江苏; the 龙华区 九小场所 page names nothing).
@pytest.mark.parametrize("place,named,may_be", [
    ("江阴市", ["河南省"], False),
    ("江阴市", ["江苏省"], True),
    ("江阴市", ["江苏"], True),
    ("江阴市", [], True),
    ("无锡市", ["河南省"], False),
    ("无锡市", ["江苏省"], True),
    # fresh38 (noanswer131): a municipality is a province of its own — the 重庆 news of 智能制造示范工厂, naming 重庆 only,
    # is no page of 合肥, a city of 安徽 (u3513), while a district of 重庆 may still be its page
    ("合肥", ["重庆"], False),
    ("江阴市", ["上海市"], False),
    ("合肥", ["安徽省"], True),
    ("大足区", ["重庆"], True),
])
def test_a_page_naming_another_province_is_no_page_of_its_counties(place, named, may_be):
    assert could_be_page_of(place, named, set()) is may_be


def test_autonomous_prefectures_are_known_by_their_short_names():
    """u2606 (恩施州自治条例…): an autonomous prefecture is named by its place and 州 (kg.places.prefecture_short_names),
    a place word of the question tagger, and its counties and province know it by that stem (city_stems)."""
    from kg.places import city_provinces, city_stems, county_cities, division_levels, prefecture_short_names

    assert {"恩施州", "湘西州", "黔东南州", "西双版纳州", "伊犁州", "阿坝州"} <= prefecture_short_names()
    assert not any(n.endswith(("族州", "自治州")) for n in prefecture_short_names())
    assert city_stems("恩施土家族苗族自治州") >= {"恩施"} and city_stems("淄博市") == {"淄博"}
    assert "恩施" in county_cities()["利川市"] and "湖北省" in city_provinces()["恩施"]
    assert division_levels()["恩施州"] == 1
    # a county's page naming its prefecture by the short name may be the county's; another prefecture's may not
    assert could_be_page_of("利川市", ["恩施州"], set()) and not could_be_page_of("利川市", ["湘西州"], set())


# A page of unknown place that names a place among two or more others of its level (stop 23, noanswer83: the 安徽 list
# of 农家乐, "芜湖市繁昌县芜湖和睦园生态农庄" among 巢湖市's, 宣城市's, 马鞍山市's and 池州市's, its real names) is a list, no
# page of that place: it no longer excuses 芜湖 from the first passage (u2605, over 仓山's 违建 news). One other city is no
# list (the 马鞍山 渔政 news of a patrol with 铜陵市 still excuses 马鞍山 for its own 城管 page, o1612), nor a town's name.
def test_a_list_of_places_is_no_page_of_one_of_them():
    from index.place_scope import lists_places

    listed = ["安徽省", "巢湖市", "庐江县", "宣城市", "宣州区", "池州市", "马鞍山市", "安庆市", "芜湖市", "繁昌县"]
    assert lists_places("芜湖", listed, set()) and lists_places("宣州区", listed, set())
    assert not lists_places("马鞍山", ["马鞍山", "港口区", "马鞍山市", "当涂县", "铜陵市"], set())
    assert not lists_places("芜湖", ["芜湖市"], set()) and not lists_places("彩屯", listed, set())


# A city the question names before one of its counties that the evidence prints (stop 23, noanswer83: o910 宣城市里派人到
# 宣州区…, whose 宣州区 news says 市农业农村局, never 宣城) is no place off the evidence; a city named alone is (u1909's
# 黄冈市 over 红安县's page).
def test_a_city_is_excused_by_its_county_the_question_names():
    from index.place_scope import places_off

    page = "市农业农村局对宣州区秋季秸秆禁烧工作开展督导检查".__contains__
    assert places_off(["宣城市", "宣州区"], page, "宣城市里派人到宣州区查秋天烧秸秆的事了吗") == []
    assert places_off(["宣城市"], page, "宣城市查秋天烧秸秆的事了吗") == ["宣城市"]
    assert places_off(["芜湖市", "宣州区"], page, "芜湖市里派人到宣州区查秸秆") == ["芜湖市"]
    # the county printed by its stem only is not enough (u364: 市中 of 城市中心 is no 市中区 of 济南)
    assert places_off(["济南", "市中区"], "推进城市中心区域禁烟".__contains__, "济南的市中区在公共场所抽烟扣不扣诚信分") == ["济南"]
    assert places_off(["济南", "市中区"], "市中区推进城市中心区域禁烟".__contains__, "济南的市中区在公共场所抽烟扣不扣诚信分") == []


def test_city_counties_are_names_of_one_city():
    from kg.places import city_counties

    tongliao = city_counties()["通辽"]
    assert {frozenset({"库伦旗"}), frozenset({"开鲁县"}), frozenset({"科尔沁左翼后旗", "科左后旗"})} <= set(tongliao)
    assert frozenset({"科尔沁右翼前旗", "科右前旗"}) in city_counties()["兴安"]
    assert not any("库伦" in names or "龙华区" in names for v in city_counties().values() for names in v)


# A plan's period stands in its title; the next plan prints the one before in its review (the first documents'
# real titles: u450 and u392 over the 十四五 and 十三五 plans; n161 and q051 answered by the plan of their period).
_WEISHENG = "张店区人民政府办公室关于印发《张店区“十四五”卫生与健康规划》的通知"
_CANJI = "周村区人民政府关于印发周村区残疾人事业发展“十三五”规划的通知"


@pytest.mark.parametrize("query,titles,off", [
    ("张店区“十三五”卫生与健康规划", [_WEISHENG, "张店区人民政府关于印发张店区创建国家慢性病综合防控示范区工作方案的通知"], True),
    ("周村区残疾人事业发展“十二五”规划", [_CANJI], True),
    ("张店十四五卫生规划 健康产业 社会资本办医 集聚区", [_WEISHENG], False),
    ("张店区总部经济发展2026—2028年行动方案", ["张店区人民政府办公室关于印发张店区加快总部经济发展三年攻坚行动（2023-2025年）的通知"],
     True),
    ("张店区残疾预防行动计划（2023—2025年）", ["张店区人民政府办公室关于印发《张店区残疾预防行动计划（2023—2025年）》的通知"], False),
    # a title that is only the plan's bracketed adoption note names no plan (伊吾县's 十四五 纲要, o3567): left to the
    # evidence's text
    ("伊吾县十四五规划纲要是在县人大哪一届哪次会议上通过的", ["(2021年1月18日伊吾县第十七届人民代表大会第六次会议通过)"], False),
    ("伊吾县十四五规划纲要是在县人大哪一届哪次会议上通过的", ["（2021年1月18日伊吾县第十七届人民代表大会第六次会议通过）",
                                              "伊吾县国民经济和社会发展第十三个五年规划纲要"], True),
    # a period asked without a plan named: left to the evidence's text (scope_miss)
    ("张店“十四五”要求村委会成员中女性比例不低于多少？", [_CANJI], False),
])
def test_plan_period_off(query, titles, off):
    assert plan_period_off(query, titles) is off
    assert scope_miss(query, False, "2023-2025", "十三五 十四五 2023-2025", titles) == float(off)


# A span of years the evidence prints as the period of a plan it cites (real line of 周村's 气象 方案, n1530: asked of
# the 方案 by the 纲要 it carries out) is held; a span printed without a plan before it, or another plan's, is not.
@pytest.mark.parametrize("evidence,off", [
    ("为认真贯彻落实《国务院关于印发气象高质量发展纲要（2022—2035年）的通知》（国发〔2022〕11号）、", False),
    ("印发《张店区残疾预防行动计划（2023—2025年）》的通知", True),
    ("张店区人民政府办公室关于印发张店区加快总部经济发展三年攻坚行动（2023-2025年）的通知", True),
    ("国发〔2022〕11号 2035年", True),
])
def test_a_plan_period_the_evidence_cites(evidence, off):
    query = "周村区 气象高质量发展 贯彻国务院纲要 2022—2035年"
    titles = ["周村区人民政府办公室关于印发周村区气象高质量发展实施方案的通知"]
    assert plan_period_off(query, titles, evidence) is off
    assert scope_miss(query, False, "2022", evidence, titles) == float(off)


def test_the_value_must_stand_in_a_passage_about_the_place_asked():
    # u460 over its real first passages: the 仓山区 news (no amount) and two 张店 失信 score rows (500元, 1万元) that
    # print 罚款 words; only the first is about 仓山区, so no amount answers it
    cangshan = "仓山区对湖街道、金山街道联合仓山区城管局组成执法队伍,对各自辖区内巡查发现的共计5处违建进行拆除"
    zhangdian = ["处以通报批评行政处罚的 -5 处以500元以下罚款", "受到通报批评行政处罚的 -10 处以1万元以上罚款"]
    q, words = "仓山区违建户会被罚款多少钱", ["仓山区", "违建", "罚款"]
    assert answer_type_miss(q, [cangshan] + zhangdian, words) == 0.0
    assert answer_type_miss(q, [cangshan] + zhangdian, words, lambda j: j == 0) == 1.0
    # no passage about the place: every passage that prints the words counts, as before
    assert answer_type_miss(q, [cangshan] + zhangdian, words, lambda j: False) == 0.0


# The place asked and the topic asked in different candidates (fresh10): each row is the first five passages of a
# real question as (about the place asked, share of the topic printed), the shares rounded from the fit's run.
@pytest.mark.parametrize("about,shares,apart", [
    # u539 犍为县农村土坯房改造有补助吗: 西乡's 土坯房 news (three passages), then 犍为's 四公一农 news (two)
    ([False, False, False, True, True], [0.8, 0.75, 0.55, 0.0, 0.0], True),
    # u542 随县三区三线划定工作: the 三区三线 meeting (no place printed), then 随县's 巡察 page
    ([False, False, False, True, True], [1.0, 1.0, 1.0, 0.0, 0.0], True),
    # an answerable question: the place's own page holds the topic (周村区安全生产监察大队: every passage 周村's)
    ([True, True, True, True, True], [1.0, 0.6, 0.6, 0.6, 0.4], False),
    # the place's page holds part of the topic (a lay question's words are not all printed)
    ([True, False, False, False, False], [0.4, 0.9, 0.9, 0.8, 0.8], False),
    # no passage about the place: scope_miss / place_top speak, not this
    ([False] * 5, [1.0, 1.0, 0.8, 0.8, 0.5], False),
    # the other places' passages hold little of the topic either: nothing sets them apart
    ([True, False, False, False, False], [0.0, 0.5, 0.5, 0.3, 0.3], False),
])
def test_place_apart(about, shares, apart):
    assert place_apart(about, shares) is apart


# 人民政府 after a place name the tagger does not know (随县): the page is that place's (real titles of the corpus)
@pytest.mark.parametrize("text,place", [
    ("您访问的链接即将离开“随县人民政府”门户网站,是否继续?", "随县"),
    ("周村区人民政府办公室关于印发周村区综合行政执法体制改革实施意见的通知", "周村区"),
    ("淄博市人民政府关于公布行政规范性文件清理结果的通知", "淄博市"),
    ("区人民政府办公室关于印发全区2023年重点工作的通知", None),
    ("各区县人民政府，高新区、经济开发区、文昌湖区管委会", None),
    ("犍为县“四公一农”工作推进会召开", None),
    # fresh33 (noanswer102): a title's tail run on into its issuer's bare 市人民政府 is no place (潜江's notice, o2030:
    # its title and issuer as the corpus holds them, joined as _place_unknown_now once read them → 的通知市)
    ("市人民政府办公室关于分解落实《政府工作报告》的通知市人民政府办公室", None),
    ("市人民政府办公室关于分解落实《政府工作报告》的通知", None),
    ("市人民政府办公室", None),
])
def test_government_place(text, place):
    assert government_place(text) == place


# fresh35 (noanswer113): the extraction reads a body formula's verb and bare level as the record's district — 经区 from
# the 惠济区 清理 decision's "经区政府研究,决定区政府行政规范性文件继续有效52件", 经旗 from 鄂温克旗's 分工 notice's
# "经旗人民政府同意" —, which names no place: the page stays of unknown place (o2207, o2208, o2209). A real district,
# a one-character stem's county (随县) and a county the tagger does not know (张家川县, 科左后旗) are kept.
@pytest.mark.parametrize("district,kept", [
    ("经区", None),
    ("经旗", None),
    ("张家川县", "张家川县"),
    ("科左后旗", "科左后旗"),
    ("随县", "随县"),
    ("周村区", "周村区"),
    (None, None),
])
def test_record_district_drops_a_body_formula_read_as_a_place(district, kept):
    from index.place_scope import record_district

    assert record_district(district) == kept


def test_answer_types_are_named_pairs_of_matchers():
    assert set(ANSWER_TYPES) == {"phone", "address", "hours", "rest_day", "money", "share", "area", "length", "count",
                                 "measure", "pieces", "people", "population", "counter", "date", "weekday", "firms", "person",
                                 "holder", "host", "document_date", "venue", "experts", "term", "email", "prize",
                                 "frequency", "event", "leader", "standard", "postcode", "spaces", "credential",
                                 "reward", "members_in_place", "type_size", "economy_size", "reward_sum", "neighbour",
                                 "dollars", "reduction", "convener", "workdays", "per_unit", "deadline"}
    assert all(len(pair) == 2 for pair in ANSWER_TYPES.values())


# fresh34 (noanswer106): a page printing the question's own lay word prints what the lexicon translates it to
# (content_words drops the translated lay word): 黑河's 2008 news on 网吧 checked for 未成年人 (o2132, its real line)
# answers 黑河查网吧…放不放小孩进去 as well as the 未央区 news that writes 互联网上网服务场所 and 黑网吧 (its real line), so it
# may be 黑河's page; a line printing no lay word of the question (罗田's 6号令) is read as printed
_WANGBA = [("网吧", ("互联网上网服务营业场所",))]
_HEIHE = "这次联合检查以严厉打击网吧接纳未成年人及清除文化经营场所存在的安全隐患为重点,进一步推动文化市场管理"
_WEIYANG = ("正值暑期,为进一步规范互联网上网服务场所经营秩序,净化网络文化环境,促进未成年人健康成长,消除安全隐患,"
            "未央区文体局联合公安未央分局未央宫派出所开展查处取缔“黑网吧”专项整治行动,本次行动共取缔“黑网吧”2家。")
_LUOTIAN = "批准开放的药店、商超、加油站(点)外,继续实行“六停”"


@pytest.mark.parametrize("line,said,share", [
    (_HEIHE, _WANGBA, 1.0),
    (_WEIYANG, _WANGBA, 1.0),
    (_HEIHE, [], 0.25),
    (_WEIYANG, [], 0.75),
    (_LUOTIAN, _WANGBA, 0.0),
    # a lay word printed inside another word still reads (黑网吧 above); the official term printed is not repeated
    ("规范互联网上网服务营业场所经营秩序", _WANGBA, 1.0),
])
def test_a_page_printing_the_lay_word_asked_prints_its_official_words(line, said, share):
    topic = ["互联网", "上网", "营业", "场所"]
    assert share_printed(topic, read_as_official(line, said), lambda w: 1.0) == share
    assert read_as_official(line, []) == line and read_as_official(_LUOTIAN, _WANGBA) == _LUOTIAN
    assert read_as_official("规范互联网上网服务营业场所", _WANGBA) == "规范互联网上网服务营业场所"


# -- the fitted model -----------------------------------------------------------------------------------------------
def test_model_file_is_fitted_on_every_set_with_a_leave_one_set_out_threshold():
    from benchmarks.fit_confidence import NEGATIVE_SETS, POSITIVE_SETS
    from index.confidence import _MODEL

    meta = json.loads(_MODEL.read_text(encoding="utf-8"))
    assert all(n in meta["fitted_on"]["answerable"] for n in POSITIVE_SETS)
    assert all(n in meta["fitted_on"]["unanswerable"] for n in NEGATIVE_SETS)
    assert "leaving one question set out" in meta["fitted_on"]["threshold_from"]
    for mode in ("hybrid", "bm25"):
        m = load_calibration(mode)
        assert m.features == FEATURES and 0 < m.threshold < 1
        assert meta["models"][mode]["cv_answerable_flagged"] <= meta["fitted_on"]["max_false"]
        assert set(meta["models"][mode]["cv_flagged_by_set"]) == set(POSITIVE_SETS + NEGATIVE_SETS)
    # bm25 mode has no dense route: those features are constant there and carry no weight
    bm25 = load_calibration("bm25")
    assert bm25.weights["agree"] == 0 and bm25.weights["dense_top"] == 0 and bm25.weights["sent_margin"] == 0


def test_out_of_fold_threshold_keeps_false_flags_under_the_limit():
    pytest.importorskip("sklearn")
    from benchmarks.fit_confidence import fit

    rng = np.random.default_rng(0)
    # Two overlapping classes over FEATURES: the threshold must flag at most max_false of the positives the
    # fold models did not see, and more of the negatives.
    pos = rng.normal(1.0, 1.0, size=(120, len(FEATURES)))
    neg = rng.normal(-1.0, 1.0, size=(60, len(FEATURES)))
    X, y = np.vstack([pos, neg]), np.array([1] * 120 + [0] * 60)
    m = fit(X, y, max_false=0.03)
    assert m["cv_answerable_flagged"] <= 0.03
    assert m["cv_unanswerable_flagged"] > 0.5
    w = np.array([m["weights"][f] for f in FEATURES])
    p = 1 / (1 + np.exp(-(X @ w + m["bias"])))
    assert np.mean(p[y == 1] < m["threshold"]) <= 0.05
    # leaving one set out: each set scored by a model that did not see it, rates reported per set
    groups = np.array(["a", "b", "c"] * 60)
    m = fit(X, y, max_false=0.03, groups=groups)
    assert m["cv_answerable_flagged"] <= 0.03 and m["cv_unanswerable_flagged"] > 0.5
    assert set(m["cv_flagged_by_set"]) == {"a", "b", "c"}
    # sets left out together (fresh5's answerable and unanswerable questions) are still reported one by one
    sets = np.array(["a", "b", "c", "d"] * 45)
    m = fit(X, y, max_false=0.03, groups=np.where(sets == "d", "c", sets), sets=sets)
    assert set(m["cv_flagged_by_set"]) == {"a", "b", "c", "d"}


def test_a_later_fresh_split_is_never_fitted_on():
    from benchmarks.fit_confidence import FITTED_SPLITS, LOSO_GROUPS, NEGATIVE_SETS, POSITIVE_SETS, fitted

    assert fitted({"split": "fresh54"}) and fitted({"split": "fresh53"}) and fitted({"split": "tune"}) and fitted({})
    assert not any(fitted({"split": f"fresh{n}"}) for n in (55, 56))
    assert {"fresh52", "fresh53", "fresh54"} <= set(FITTED_SPLITS)
    assert not {"fresh55", "fresh56"} & set(FITTED_SPLITS)
    assert set(LOSO_GROUPS) <= set(POSITIVE_SETS + NEGATIVE_SETS)
    assert not any(f"fresh{n}" in name for n in (55, 56) for name in POSITIVE_SETS + NEGATIVE_SETS)
    assert not any(f"fresh{n}" in name for n in (55, 56)
                   for name in set(LOSO_GROUPS) | set(LOSO_GROUPS.values()))
    assert {"od_fresh54", "unanswerable_fresh54"} <= set(LOSO_GROUPS)
    # fresh5 … fresh54 are each left out whole (answerable and unanswerable together): 68 groups
    groups = {LOSO_GROUPS.get(n, n) for n in POSITIVE_SETS + NEGATIVE_SETS}
    assert len(groups) == 68 and {f"fresh{n}" for n in range(5, 55)} <= groups
    # every question of the fresh54 files (other-district, unanswerable) is fitted on now; a question of a later
    # split (fresh55 or fresh56, never seen) is dropped
    from benchmarks.search import QUESTIONS

    def of_split(split):
        return [q for name in ("sample_corpus.json", "other_districts.json", "unanswerable.json")
                for q in json.loads((QUESTIONS / name).read_text(encoding="utf-8")) if q.get("split") == split]

    fresh54 = of_split("fresh54")
    assert len(fresh54) >= 38 + 22 and all(fitted(q) for q in fresh54)
    assert not any(fitted({**q, "split": f"fresh{n}"}) for n in (55, 56) for q in fresh54)


def test_no_later_split_is_fitted_on():
    """Once fresh54 is opened no split of the question files is held back here but the never-seen ones
    (NEVER_SEEN_SPLITS; test_a_never_seen_split_is_never_fitted_on); a question of a later split (the two after the
    last one written, hypothetical) would be dropped, whatever file holds it."""
    from benchmarks.fit_confidence import FITTED_SPLITS, LOSO_GROUPS, NEGATIVE_SETS, POSITIVE_SETS, fitted
    from benchmarks.search import QUESTIONS

    last = max(int(split.removeprefix("fresh")) for split in NEVER_SEEN_SPLITS)
    held = set(NEVER_SEEN_SPLITS) | {f"fresh{n}" for n in (last + 1, last + 2)}
    assert not any(fitted({"split": split}) for split in held)
    assert not held & set(FITTED_SPLITS)
    assert not any(split in name for split in held for name in POSITIVE_SETS + NEGATIVE_SETS)
    assert not any(split in name for split in held for name in set(LOSO_GROUPS) | set(LOSO_GROUPS.values()))
    every = [q for name in ("sample_corpus.json", "other_districts.json", "unanswerable.json")
             for q in json.loads((QUESTIONS / name).read_text(encoding="utf-8"))]
    # every split the files hold is fitted on, but the never-seen ones
    assert all(fitted(q) for q in every if q.get("split") not in NEVER_SEEN_SPLITS)
    assert not any(fitted({**q, "split": split}) for split in held
                   for q in every if q.get("split") in ("fresh53", "fresh54"))


@pytest.mark.parametrize("split, scored_on", [("fresh40", "c691fc94 (1db78edb)"), ("fresh41", "486d9755 (5828970c)"),
                                              ("fresh42", "d1ed59d2"), ("fresh43", "66311f77"), ("fresh44", "658de7fc"),
                                              ("fresh45", "7972be6c"), ("fresh46", "9063a79d"), ("fresh47", "d6131fb8"),
                                              ("fresh48", "70cf537d"), ("fresh49", "70e7f213"),
                                              ("fresh50", "b8302f24"), ("fresh51", "486a78e0"),
                                              ("fresh52", "545cc273"), ("fresh53", "c9654f1b"),
                                              ("fresh54", "b151e4a3")])
def test_an_opened_set_is_fitted_on(split, scored_on):
    """fresh40 (written while fresh39 was being written), fresh41 and fresh42 (written together), fresh43 and fresh44
    (written together), fresh45 (written after fresh44), fresh46 (written after fresh45), fresh47 (written after
    fresh46), fresh48 (written after fresh47), fresh49 (written after fresh48), fresh50 (written after fresh49),
    fresh51 (written after fresh50), fresh52 (written after fresh51), fresh53 (written after fresh52) and fresh54
    (written after fresh53; all fifteen other-district and unanswerable questions only) were each scored once as never seen (on `scored_on`'s code) and
    are opened: every question of each is fitted on, its answerable and unanswerable sets are one leave-one-set-out
    group, and it holds no sample-corpus question."""
    from benchmarks.fit_confidence import LOSO_GROUPS, NEGATIVE_SETS, POSITIVE_SETS, fitted
    from benchmarks.search import QUESTIONS

    of = {name: [q for q in json.loads((QUESTIONS / name).read_text(encoding="utf-8")) if q.get("split") == split]
          for name in ("sample_corpus.json", "other_districts.json", "unanswerable.json")}
    assert len(of["other_districts.json"]) == 40 and len(of["unanswerable.json"]) == 24
    assert not of["sample_corpus.json"] and f"new_{split}" not in POSITIVE_SETS
    assert all(fitted(q) for qs in of.values() for q in qs)
    assert f"od_{split}" in POSITIVE_SETS and f"unanswerable_{split}" in NEGATIVE_SETS
    assert LOSO_GROUPS[f"od_{split}"] == LOSO_GROUPS[f"unanswerable_{split}"] == split


# The question splits still never seen, in the order they were written: fresh55 (written after fresh54, while fresh53
# and fresh54 were still never seen) and fresh56 (written after fresh55, while fresh54 and fresh55 were still never
# seen); both hold other-district and unanswerable questions only. Opening one (its noanswer round) takes it out of
# this tuple: fresh52 was opened by noanswer201, fresh53 by noanswer210, fresh54 by noanswer54.
NEVER_SEEN_SPLITS = ("fresh55", "fresh56")


@pytest.mark.parametrize("split", NEVER_SEEN_SPLITS)
def test_a_never_seen_split_is_never_fitted_on(split):
    """A never-seen split is never fitted on: every question of it is dropped (counted here, never printed), no fitted
    set or leave-one-set-out group names it, and so would a question of a later split (the next two, written or
    hypothetical) be dropped."""
    from benchmarks.fit_confidence import FITTED_SPLITS, LOSO_GROUPS, NEGATIVE_SETS, POSITIVE_SETS, fitted
    from benchmarks.search import QUESTIONS

    n = int(split.removeprefix("fresh"))
    own_and_later = (n, n + 1, n + 2)
    assert not any(fitted({"split": f"fresh{k}"}) for k in own_and_later)
    assert not {f"fresh{k}" for k in own_and_later} & set(FITTED_SPLITS)
    assert not any(f"fresh{k}" in name for k in own_and_later for name in POSITIVE_SETS + NEGATIVE_SETS)
    assert not any(f"fresh{k}" in name for k in own_and_later
                   for name in set(LOSO_GROUPS) | set(LOSO_GROUPS.values()))
    questions = [q for name in ("sample_corpus.json", "other_districts.json", "unanswerable.json")
                 for q in json.loads((QUESTIONS / name).read_text(encoding="utf-8")) if q.get("split") == split]
    assert len(questions) >= 38 + 22 and not any(fitted(q) for q in questions)
    assert not any(fitted({**q, "split": f"fresh{k}"}) for k in own_and_later[1:] for q in questions)


# A town the question names that no first passage or its document prints: the page is another town's of the county
# (西峰区's 解放路街道 page for 南街街道, u3303; 青浦区's 朱家角镇 page for 金泽镇, u3304); a town named like a district of
# the corpus is the district written loosely (张店镇卫生院, n1359; 张店乡镇卫生院, n002).
@pytest.mark.parametrize("towns,page,off", [
    (["南街街道"], "解放路街道联合公安、环卫、城管、工信、交警、市场监管等部门,对辖区南城壕巷、永乐道开展集中整治", True),
    (["金泽镇"], "自10月13日起,青浦区朱家角镇综合执法队启动“清晨”专项整治行动", True),
    (["朱家角镇"], "自10月13日起,青浦区朱家角镇综合执法队启动“清晨”专项整治行动", False),
    (["张店镇"], "张店区卫生健康局", False),
    ([], "解放路街道联合公安、环卫、城管", False),
])
def test_town_off(towns, page, off):
    from index.place_scope import town_off

    assert town_off(towns, lambda t: t in page, frozenset({"张店", "西峰", "青浦"})) == off


# -- on the sample corpus -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def searcher(built):
    from index.search import Searcher

    return Searcher.load(built)


@pytest.mark.slow
def test_a_name_jieba_does_not_know_is_seen_in_the_corpus(searcher):
    r = searcher._rank("齐惠保今年什么时候可以买？", 10, "hybrid", None, None, None, True)
    f = searcher.confidence_features(r)
    assert f["seen"] == 1.0 and f["cover"] > 0


@pytest.mark.slow
@pytest.mark.parametrize("query,no_answer", [
    ("周村区驾校学车费用多少钱", True),
    ("周村区冬天暖气不热打什么电话投诉", True),
    ("天津滨海新区企业落户有什么奖励", True),
    ("张店区2021年城市低保标准提高到每人每月多少钱？", False),  # a price question the evidence answers
    ("周村脑瘫儿童康复训练每年能补助多少钱？", False),
])
def test_verdict_on_tuning_questions(searcher, query, no_answer):
    res = searcher.answer(query, k=10)
    assert res.no_answer is no_answer, res.confidence
    assert res.results


@pytest.mark.slow
def test_search_json_lines_carry_the_no_answer_flag(built, tmp_path, capsys):
    from kg.cli import main

    queries = tmp_path / "q.txt"
    queries.write_text("asdfqwer zxcv\n张店区2021年城市低保标准提高到每人每月多少钱？\n", encoding="utf-8")
    assert main(["search", "--queries", str(queries), "--data", str(built.data_dir), "-k", "3"]) == 0
    lines = [json.loads(ln) for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    assert [d["no_answer"] for d in lines] == [True, False]
    assert all(isinstance(d["confidence"], float) and d["results"] for d in lines)
    assert main(["search", "asdfqwer zxcv", "--json", "--data", str(built.data_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["no_answer"] is True


# -- sentence vectors and the sentence margin ------------------------------------------------------------------------
# Real passage text (data/gazettes/003_4e5ccb238a0f172a.txt line 4466, cut short) and a table-like passage.
CARE = ("（10）提高老年妇女的家庭生活质量。倡导养老、孝老、敬老的家庭美德，支持家庭履行赡养老人的主体责任。"
        "依托社区为长期照护老年人的家庭成员提供喘息服务，建设长者食堂，发展银发经济。")


@pytest.mark.parametrize("text,sentences", [
    (CARE, ["（10）提高老年妇女的家庭生活质量。", "倡导养老、孝老、敬老的家庭美德，支持家庭履行赡养老人的主体责任。",
            "依托社区为长期照护老年人的家庭成员提供喘息服务，建设长者食堂，发展银发经济。"]),
    # short pieces (a heading, table cells) join the next one; a short last piece joins the one before
    ("一、总体要求\n坚持以人民为中心的发展思想。\n是。", ["一、总体要求坚持以人民为中心的发展思想。是。"]),
    ("企业地址\t\n注册时间\t\n开户银行\t\n银行帐号\t", ["企业地址注册时间开户银行银行帐号"]),
    ("短句。", ["短句。"]),
    ("", []),
])
def test_split_sentences(text, sentences):
    from index.sentences import split_sentences

    assert split_sentences(text) == sentences


@pytest.mark.slow
def test_sentence_vectors_are_each_passages_sentences_embedded(searcher):
    """The stored rows of a passage are its own sentences' vectors (float16: within 2e-3 of a fresh embedding)."""
    from index.sentences import split_sentences

    sv = searcher.sentences
    assert sv is not None and sv.passages == len(searcher.passages) == len(sv.start) - 1
    qv = searcher.embedder.query("长期照顾老人的家庭成员能有喘息服务吗")
    i = next(j for j, p in enumerate(searcher.passages) if "喘息服务" in p["text"])
    fresh = searcher.embedder.passages(split_sentences(searcher.passages[i]["text"]))
    assert sv.best(qv, [i])[0] == pytest.approx(float((fresh @ qv).max()), abs=2e-3)


@pytest.mark.slow
def test_a_lay_question_one_sentence_answers_has_a_sentence_margin(searcher, monkeypatch):
    # 喘息服务 is one clause of a long passage on women's family life: the question matches that sentence
    # better than any whole passage; a question near a topic the corpus does not answer does not.
    lay = searcher.confidence_features(searcher._rank("长期照顾老人的家里人能有人替一下歇口气吗", 10, "hybrid",
                                                      None, None, None, True))
    near = searcher.confidence_features(searcher._rank("张店区高考报名需要什么条件", 10, "hybrid",
                                                       None, None, None, True))
    assert lay["sent_margin"] > 0.02 > near["sent_margin"]
    # without sentence vectors (an index built before them, or with sentence_vectors=False) the margin is 0
    monkeypatch.setattr(searcher, "sentences", None)
    r = searcher._rank("长期照顾老人的家里人能有人替一下歇口气吗", 10, "hybrid", None, None, None, True)
    assert searcher.confidence_features(r)["sent_margin"] == 0.0


def test_a_veto_feature_decides_no_answer_alone():
    from benchmarks.fit_confidence import vetoes
    from index.confidence import Calibration

    # column 0: 0/1, never 1 for an answerable row, 1 for 6 unanswerable ones -> a veto; column 1: 0/1 but
    # answerable rows show it; column 2: not 0/1
    X = np.array([[0, 1, 0.3]] * 10 + [[1, 0, 0.2]] * 6 + [[0, 1, 0.1]] * 4, dtype=float)
    y = np.array([1] * 10 + [0] * 10)
    assert vetoes(X, y) == [0]
    assert vetoes(X[:13], y[:13]) == []  # 3 unanswerable rows with it are too few to decide
    # one answerable row of 1,000 showing it (a retrieval that missed the place's page) keeps the veto; three do not
    big = np.vstack([np.zeros((1000, 3)), np.ones((6, 3))])
    yy = np.array([1] * 1000 + [0] * 6)
    big[0, 0] = 1.0
    assert vetoes(big, yy) == [0, 1, 2]
    big[1:3, 0] = 1.0
    assert vetoes(big, yy) == [1, 2]
    assert vetoes(X, y, allowed=[1, 2]) == []  # only the declared features may veto
    m = Calibration(weights={"cover": 5.0}, bias=5.0, threshold=0.1, features=("cover", "scope_miss"),
                    vetoes=("scope_miss",))
    assert m.probability({"cover": 1.0, "scope_miss": 0.0}) > 0.99
    assert m.probability({"cover": 1.0, "scope_miss": 1.0}) == 0.0


def test_the_fitted_model_vetoes_or_weighs_a_place_the_corpus_never_prints():
    # scope_miss decides alone where at most 2 in 1,000 answerable questions show it (benchmarks.fit_confidence.vetoes);
    # with fresh28 opened five of 2,399 do (o037, o041, o143, o855 and fresh28's o1524, 宝山's 2008 page ranked below
    # other pages of its topic), so the refit on 75cc2b2f's data weighs it, strongly toward no answer, as it weighs
    # type_miss (a pattern over the wording)
    m = load_calibration("hybrid")
    assert m.vetoes in ((), ("scope_miss",)) and m.weights["type_miss"] < -2
    assert "scope_miss" in m.vetoes or m.weights["scope_miss"] < -5


@pytest.mark.slow
def test_a_question_about_another_city_is_no_answer_though_its_words_are_covered(searcher):
    # 西安 and 雁塔区 are printed nowhere in the corpus; 小学, 招生, 划片 are
    r = searcher._rank("西安雁塔区小学划片招生范围", 10, "hybrid", None, None, None, True)
    f = searcher.confidence_features(r)
    assert f["scope_miss"] == 1.0 and f["cover"] > 0.3
    res = searcher.answer("西安雁塔区小学划片招生范围")
    # (0.0 where the fit makes scope_miss a veto; near 0 where it weighs it: see the test of the fitted model)
    assert res.no_answer is True and res.confidence < 0.01 and res.results


@pytest.mark.slow
@pytest.mark.parametrize("query", [
    "临淄区十四五卫生与健康规划人均期望寿命目标",  # another district of 淄博: its words are 张店's plan's words
    "淄博齐惠保2024版每人保费多少钱",  # an edition the evidence does not print (2023版 is)
])
def test_a_place_or_edition_out_of_the_evidences_scope_is_no_answer(searcher, query):
    r = searcher._rank(query, 10, "hybrid", None, None, None, True)
    f = searcher.confidence_features(r)
    assert f["scope_miss"] == 1.0 and f["cover"] > 0.3, f
    res = searcher.answer(query)
    # (0.0 where the fit makes scope_miss a veto; near 0 where it weighs it: see the test of the fitted model)
    assert res.no_answer is True and res.confidence < 0.01 and res.results


@pytest.mark.slow
@pytest.mark.parametrize("query", [
    # the department aliases appended to the query name 张店 (张店区公安分局): places come from the question as asked
    "周村创建慢性病综合防控示范区公安分局负责什么",
    "在周村放庆典气球、装避雷针这些事谁来执法检查",  # jieba tags 庆典 as a place
    "张店区2021年城市低保标准提高到每人每月多少钱？",
])
def test_a_place_the_evidence_prints_is_in_scope(searcher, query):
    f = searcher.confidence_features(searcher._rank(query, 10, "hybrid", None, None, None, True))
    assert f["scope_miss"] == 0.0 and f["place_top"] == 0.0, f


def test_own_number_year():
    # fresh41 (noanswer148): a document of no date is read as of its own number's year — the 国务院 notice
    # 国办发〔2018〕117号 answers 国务院2018年把督查激励措施调整增加为多少项 (o2835; national-2018-jili-zhichi-huitong-youguan-
    # bumen.txt, dated nowhere else)
    from index.confidence import own_number_year

    assert own_number_year("国办发〔2018〕117号") == "2018"
    assert own_number_year("青政办发明电[2017]7号") == "2017"
    assert own_number_year(None) == "" and own_number_year("ZDDR-2021-0010003") == ""
