"""Enterprise classes from other districts: one row per style, real lines (source given)."""

import pytest

from kg.extract.enterprise_classes import canonical_class, parse_class, rating_named, rating_of, token_class, unbranded
from kg.extract.enterprise_sentences import farm_placed, level_classes, narrative_classes
from kg.extract.enterprises import extract_enterprises, titled_class
from kg.parse.normalize import compact, fold, normalize_line, normalize_lines
from kg.parse.segment import segment_issue

JINING = "http://www.jnhn.gov.cn/art/2024/7/24/art_26567_2797580.html?xxgkhide=1"
CHONGQING = "https://sthjj.cq.gov.cn/zwgk_249/zfxxgkml/zcwj/qtwj/202404/t20240429_13169762_wap.html"
_F15 = "benchmarks/data/other_districts_fresh15/texts/"
_F16 = "benchmarks/data/other_districts_fresh16/texts/"


@pytest.mark.parametrize("style,source,sentence,want", [
    ("names counted then a named grade: X等N家饭店为金树叶级绿色旅游饭店 (批准 leads in)",
     "zhejiang-2018-jinshuye-yinshuye-lvse-lvyou-fandian-news.txt:6 (other_districts_fresh11)",
     "近日,浙江省饭店星级评定委员会下发文件批准杭州蝶来望湖宾馆等13家饭店为金树叶级绿色旅游饭店,批准杭州梅苑宾馆等21家饭店为银树叶级绿色旅游饭店。",
     [("杭州蝶来望湖宾馆", "金树叶级", None), ("杭州梅苑宾馆", "银树叶级", None)]),
    ("the same in a traditional copy", "zhejiang-2018-jinshuye-yinshuye-lvse-lvyou-fandian-news-s2twp.txt:6 (fresh11)",
     "近日,浙江省飯店星級評定委員會下發檔案批准杭州蝶來望湖賓館等13家飯店為金樹葉級綠色旅遊飯店,批准杭州梅苑賓館等21家飯店為銀樹葉級綠色旅遊飯店。",
     [("杭州蝶来望湖宾馆", "金树叶级", None), ("杭州梅苑宾馆", "银树叶级", None)]),
    ("counts of a grade name nobody", "zhejiang-2018-jinshuye-yinshuye-lvse-lvyou-fandian-news.txt:5 (fresh11)",
     "截止2018年年底,全省共有绿色旅游饭店430家,其中金树叶级绿色旅游饭店56家,银树叶级绿色旅游饭店374家。", []),
])
def test_named_grades_that_are_no_star(style, source, sentence, want):
    got = narrative_classes(compact(normalize_line(sentence)))
    assert [(fold(n), c, l) for n, c, l in got] == want
    assert all(rating_of(compact(normalize_line(sentence))) == "绿色旅游饭店" for _ in got)


_FIVE_A = ["原标题:文旅部确定庐山西海、稻城亚丁等21家景区为国家5A级景区",
           "文旅部网站12月30日发布《文化和旅游部关于确定21家旅游景区为国家5A级旅游景区的公告》。",
           "依照中华人民共和国国家标准《旅游景区质量等级的划分与评定》与《旅游景区质量等级管理办法》,经有关省(区、市)文化和旅游行政部门推荐,"
           "文化和旅游部按程序组织综合评定并于2020年12月25日完成公示,确定以下21家旅游景区为国家5A级旅游景区。",
           "名单如下:", "1。河北省承德市金山岭长城景区", "2。山西省临汾市云丘山景区", "3。安徽省马鞍山市长江采石矶文化生态旅游区",
           "4。山东省临沂市萤火虫水洞·地下大峡谷旅游区"]
_FIVE_A_CONVERTER = [
    "中國消費者報訊(記者孟剛)文化和旅游部7月6日發(fā)布公示,根據(jù)《旅游景區(qū)質(zhì)量等級的劃分與評定》和《旅游景區(qū)質(zhì)量等級管理辦法》,,"
    "黃河壺口瀑布旅游區(qū),、山東濟寧微山湖旅游區(qū)等12家旅游景區(qū)達到國家5A級旅游景區(qū)標準要求,擬確定為國家5A級旅游景區(qū),。",
    "據(jù)悉,,12家名單如下:黃河壺口瀑布旅游區(qū)(陜西省延安市•山西省臨汾市)、浙江省臺州市臺州府城文化旅游區(qū),、江西省贛州市三百山景區(qū)、"
    "重慶市奉節(jié)縣白帝城•瞿塘峽景區(qū),、甘肅省隴南市官鵝溝�"]


# (scenic areas are places, no market entity: stop 18's rule of who is an enterprise, benchmarks/data/other_districts/
# README.md — a 5A list names no enterprise, and a company on a list announced the same way is one)
@pytest.mark.parametrize("style,source,lines,want", [
    ("negative: scenic areas one a line (1。) under 名单如下 are no enterprises",
     "quanguo-2020-21jia-5a-jingqu-gonggao-news.txt:3-12 (other_districts_fresh11)", _FIVE_A, []),
    ("negative: scenic areas after 名单如下 on its own line (converter, list cut mid-name) are no enterprises",
     "quanguo-2022-12jia-5a-jingqu-gongshi-news-converter.txt:1-2 (other_districts_fresh11)", _FIVE_A_CONVERTER, []),
    ("companies one a line (1。) under 名单如下, after a sentence naming one class (constructed from the 5A layout)",
     "constructed", ["确定以下2家企业为A类企业。", "名单如下:", "1。某某化工有限公司", "2。某某机械有限公司"],
     [("某某化工有限公司", 3), ("某某机械有限公司", 4)]),
    ("a site list under text naming two classes names none (constructed)", "constructed",
     [_FIVE_A[2].replace("为国家5A级旅游景区", "为国家5A级或4A级旅游景区")] + _FIVE_A[3:6], []),
    ("sites under a list of another rating are no members (constructed)", "constructed",
     ["确定以下2家企业为A类企业。", "名单如下:", "1。某某化工有限公司", "2。某某山景区"], [("某某化工有限公司", 3)]),
])
def test_a_list_announced_after_text_naming_one_class(style, source, lines, want):
    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    ents = extract_enterprises(issue)
    assert [(fold(e["name"]), e["source"]["line_start"]) for e in ents] == want


@pytest.mark.parametrize("style,source,sentence,want", [
    ("narrative: X等N家为A类（label）企业, lead-in words dropped", JINING,
     "在275家报送统计年报的规模以上工业企业中确认济宁科力光电产业有限责任公司等55家为A类(优先发展类)企业,"
     "山东龙翼航空科技有限公司等97家为B类(支持发展类)企业,山东聚源热力有限责任公司等10家为T类(暂不评价类)企业;",
     [("济宁科力光电产业有限责任公司", "A", "优先发展类"), ("山东龙翼航空科技有限公司", "B", "支持发展类"),
      ("山东聚源热力有限责任公司", "T", "暂不评价类")]),
    ("narrative, traditional copy with 廠", "issue #16", "確認淄博宏達機械廠、山東某某化工有限公司為A類企業。",
     [("淄博宏达机械厂", "A", None), ("山东某某化工有限公司", "A", None)]),
    ("narrative credit rating: X被认定为D级 (信用等级 AA–D)",
     "http://chinarta.com/html/2014-11/2014111492244.htm (交通运输部公布2013年度公路施工企业信用等级)",
     "830家国务院有关部门许可资质的公路施工企业中,137家被评为AA级,山东通达路桥工程有限公司被认定为D级。",
     [("山东通达路桥工程有限公司", "D", None)]),
    ("class first, then its names (constructed: A级企业3家：X、Y、Z；B级企业2家：…)", "constructed",
     "其中,A级企业3家:某某化工有限公司、某某机械有限公司、某某纺织有限公司;B级企业2家:某某印染有限公司、某某包装有限公司。",
     [("某某化工有限公司", "A", None), ("某某机械有限公司", "A", None), ("某某纺织有限公司", "A", None),
      ("某某印染有限公司", "B", None), ("某某包装有限公司", "B", None)]),
    ("the rating named between the verb and the class (constructed: 被评为环保绩效A级企业)", "constructed",
     "某某化工有限公司等3家企业被评为环保绩效A级企业。", [("某某化工有限公司", "A", None)]),
    ("names counted, a clause, then the class entered: X、Y等N家佼佼者脱颖而出,荣登A类企业榜单",
     "http://www.yushangguoji.com/qiche/14268.html (义乌 亩产效益)",
     "在这场以“亩均论英雄”的激烈角逐中,全市共有1917家工业企业参与评选,最终,浙江爱旭太阳能科技有限公司、浙江卡游动漫有限公司、"
     "天派针织股份有限公司等122家佼佼者脱颖而出,荣登A类企业榜单,成为义乌产业发展的新标杆。",
     [("浙江爱旭太阳能科技有限公司", "A", None), ("浙江卡游动漫有限公司", "A", None), ("天派针织股份有限公司", "A", None)]),
    ("year, level and the rating's name quoted between the verb and the class; an opener (最终) and a bank's branch",
     "https://wanqijia.com/zcjd/6337.html (四川 劳动保障守法诚信)",
     "经严格履行评价程序,最终中国工商银行股份有限公司四川省分行等113家企业被认定为“2023年度省级劳动保障守法诚信A级企业”(详见附件1);"
     "中国建设银行股份有限公司四川省分行等11家企业被认定为“2023年度省本级劳动保障守法诚信A级企业”(详见附件2),现将名单予以通报。",
     [("中国工商银行股份有限公司四川省分行", "A", None), ("中国建设银行股份有限公司四川省分行", "A", None)]),
    ("the quoted class first, the title it names, then 的企业包括 and the names (list cut mid-name)",
     "http://nszpw.com/article/index.php?c=show&id=472 (南沙 劳动关系和谐)",
     "2016年南沙区获广州市广州市劳动关系和谐“AAA”级企业称号的企业包括爱德克斯(广州)汽车零部件有限公司、广州发展环保建材有限公司、"
     "东方电气(广州)重型机器有限公司、广汽丰",
     [("爱德克斯(广州)汽车零部件有限公司", "AAA", None), ("广州发展环保建材有限公司", "AAA", None),
      ("东方电气(广州)重型机器有限公司", "AAA", None)]),
    ("a company's speaker stands for the class: X陈锐作为“AAA”级企业代表 (the person trimmed off)",
     "http://nszpw.com/article/index.php?c=show&id=472 (南沙)",
     "分管区领导为“AAA”级企业颁发证书并授予奖牌。广汽丰田汽车有限公司陈锐作为“AAA”级企业代表在会上作经验介绍。",
     [("广汽丰田汽车有限公司", "AAA", None)]),
    ("one name, a short clause, then the class across a comma: X榜上有名,被评为…“亩产效益”A类企业",
     "http://sdhengxingroup.com/news/info/119.html (荣信)",
     "对全省各县(市、区)评出的4699家A类(优先发展类)企业名单予以公布。山东荣信集团榜上有名,被评为2019年度规模以上工业企业“亩产效益”A类企业。",
     [("山东荣信集团", "A", None)]),
    ("an adverb between the name and the verb (constructed)", "constructed", "某某化工有限公司连续三年被评为A类企业。",
     [("某某化工有限公司", "A", None)]),
    ("more award verbs: 荣获, 入选, the class inside the quoted title (constructed)", "constructed",
     "某某化工有限公司荣获“AAA级信用企业”称号,某某机械有限公司入选2023年度“亩均效益”A类企业名单。",
     [("某某化工有限公司", "AAA", None), ("某某机械有限公司", "A", None)]),
    ("a verb word inside a name (为) does not start the qualifier (constructed)", "constructed",
     "广东省深圳市为海科技有限公司被评为A级企业。", [("广东省深圳市为海科技有限公司", "A", None)]),
    ("an adverb and the approval before the verb; the plant (新区) after the company's short name is trimmed",
     _F15 + "hebei_shijiazhuang-2022-hegang-shigang-huanbao-jixiao-ajiqiye-news.txt:3",
     "2022年12月26日,河北省生态环境厅下发通知文件,河钢石钢公司新区正式被批准为环保绩效A级企业。", [("河钢石钢公司", "A", None)]),
    ("a counted group printed with its grade, whatever the act: 对X等37户AAA级优秀企业予以通报表扬",
     "https://comewang.com/dlys/show/318617 (entrep46 宝鸡, 机动车维修企业质量信誉考核)",
     "为进一步激励先进,弘扬行业诚信,市道路运输中心研究决定,对宝鸡市星海工贸有限责任公司等37户AAA级优秀企业予以通报表扬。",
     [("宝鸡市星海工贸有限责任公司", "AAA", None)]),
    ("the same group withdrawn holds nothing (constructed)", "constructed",
     "市道路运输中心决定,撤销某某汽车维修有限公司等3户AAA级企业的质量信誉等级。", []),
    ("a black list's entrants named after it: 黑榜曝光的四家单位分别是:X、Y",
     "http://chinajl.com.cn/shichangjianguan/24976.html (entrep46 海南, 商业计量抽查 红黑榜)",
     "黑榜曝光的四家单位分别是:文昌市文城博视眼镜店、临高县临城好味道小食品店、临高县红华农场食品店、陵水县光明眼镜店。",
     [("文昌市文城博视眼镜店", "黑榜", None), ("临高县临城好味道小食品店", "黑榜", None), ("临高县红华农场食品店", "黑榜", None),
      ("陵水县光明眼镜店", "黑榜", None)]),
    ("kinds spoken of on a red list name nobody, nor does the pair's own name (same page)",
     "http://chinajl.com.cn/shichangjianguan/24976.html (entrep46 海南)",
     "海南省质监局日前公布了2008年度全省商业单位计量抽查红黑榜。其他各市县,也有部分加油站、液化气充装站和眼镜店等进入红榜。", []),
    ("names left without a class (no count, no class): nothing", "http://www.yushangguoji.com/qiche/14268.html (义乌)",
     "此外,还有浙江锋锐发动机有限公司、义乌市易开盖实业公司、浙江棒杰数码针织品有限公司等一大批优秀企业,它们在各自的领域内发光发热。",
     []),
])
def test_narrative_lists(style, source, sentence, want):
    assert narrative_classes(normalize_line(sentence)) == want


@pytest.mark.parametrize("style,source,sentence,env_credit,want", [
    ("names before a letter class: X、Y等N户企业获评A级, the news' 我区 dropped",
     "https://freewechat.com/a/MzkxNDIwNzU4Mw==/2247544880/2 (荣昌, 劳动保障守法诚信)",
     "其中A级(守法诚信)4467户。我区重庆唯美陶瓷有限公司、重庆市天龙牧业科技有限公司等173户企业获评A级。", False,
     [("重庆唯美陶瓷有限公司", "A", None), ("重庆市天龙牧业科技有限公司", "A", None)]),
    ("X、Y等N家物业服务企业获得AAA级信用等级", "http://029.xy3w.cn/news-rz.asp?nid=3 (济南物业信用)",
     "近日,济南市住房和城乡建设局公布了2022年第二季度全市物业服务企业信用评价结果,山东省诚信行物业管理有限公司、"
     "山东明德物业管理集团有限公司等28家物业服务企业获得AAA级信用等级。", False,
     [("山东省诚信行物业管理有限公司", "AAA", None), ("山东明德物业管理集团有限公司", "AAA", None)]),
    ("colour card by its level's name: X被列为环保警示企业, Y认定为环保不良企业", "https://xwzx.qqzyw.com/show-136295.html (合肥)",
     "33家企业中,12家企业获得环保信用企业,19家企业获得环保良好企业,现代牧业(合肥)有限公司被列为环保警示企业,"
     "肥东县汇丰奶牛养殖有限公司认定为环保不良企业。", False,
     [("现代牧业(合肥)有限公司", "黄牌", "环保警示企业"), ("肥东县汇丰奶牛养殖有限公司", "红牌", "环保不良企业")]),
    # (hospitals are no market entity: stop 18's rule of who is an enterprise, whatever list rates them)
    ("negative: hospitals named first of 等N家企业被评为 are no enterprises; 协和医院 is not split at 和 into a name",
     "http://www.jxxyrz.org/article-38252-117510.html (福州)",
     "其中福建省立医院、福建医科大学附属协和医院等49家企业被评为“环保诚信企业”,17家企业被评为“环保不良企业”,被亮“红牌”。", False, []),
    ("card first, the name after a dash: 拟评为红牌(环保不良企业)——X", "http://cnews.chinadaily.com.cn/2016-05/20/content_25395063.htm",
     "本次评级中,仅有1家企业拟评为红牌(环保不良企业)——佛山手心制药有限公司,这是一家主打家庭常用药产品的企业。", False,
     [("佛山手心制药有限公司", "红牌", "环保不良企业")]),
    ("bare level first on a 环境信用 page: 登上诚信企业榜的…企业有:X、Y (converter copy)", "http://79b.com.cn/show-843.html (铜陵)",
     "初評(píng)結(jié)果顯示,登上誠(chéng)信企業(yè)榜的集團(tuán)公司企業(yè)有:安徽安納達(dá)鈦業(yè)股份有限公司、安徽中元化肥股份有限公司。"
     "登上良好企業(yè)榜的集團(tuán)公司企業(yè)有:安徽國(guó)泰化工有限公司。(陳 記)", True,
     [("安徽安纳达钛业股份有限公司", "绿牌", "诚信企业"), ("安徽中元化肥股份有限公司", "绿牌", "诚信企业"),
      ("安徽国泰化工有限公司", "蓝牌", "良好企业")]),
    ("5A–2A scale of 劳动保障信誉单位: 我市的X、Y等8家企业获评5A级; …", "https://wap.tcrcsc.com/news.php?id=51225 (太仓)",
     "其中,劳动保障5A级信誉单位是对用人单位劳动保障方面诚信的最高评价。根据名单,我市的苏州现代货箱码头有限公司、"
     "太仓武港码头有限公司等8家企业获评5A级;太仓阳鸿石化有限公司等15家企业获评4A级;江苏骏伟精密部件科技股份有限公司等"
     "27家企业获评2A级。", False,
     [("苏州现代货箱码头有限公司", "5A", None), ("太仓武港码头有限公司", "5A", None), ("太仓阳鸿石化有限公司", "4A", None),
      ("江苏骏伟精密部件科技股份有限公司", "2A", None)]),
    ("level names then 为 and the names (converter copy)",
     "http://www.rumahminimalisinfo.com/info/show-htm-itemid-9616.html (宁德)",
     "四家環(huán)保誠(chéng)信企業(yè)為古田福興醫(yī)藥有限公司、福建煜升超纖有限公司;環(huán)保警示企業(yè)為"
     "福建古田大宇石材基地污水處理有限公司(福建省古田芝山工業(yè)開發(fā)區(qū)有限公司);環(huán)保不良企業(yè)為"
     "福安市和境環(huán)保科技有限公司(賽岐污水處理廠),因?yàn)樗皆O(shè)暗管,被一票否決。", False,
     [("古田福兴医药有限公司", "绿牌", "环保诚信企业"), ("福建煜升超纤有限公司", "绿牌", "环保诚信企业"),
      ("福建古田大宇石材基地污水处理有限公司(福建省古田芝山工业开发区有限公司)", "黄牌", "环保警示企业"),
      ("福安市和境环保科技有限公司(赛岐污水处理厂)", "红牌", "环保不良企业")]),
    ("an adverb and 成为 around the verb, year and level before the level's name: X等4家企业成功获评成为2023年度区级环保诚信企业",
     "https://news.cqnews.net/1/detail/1278345320098967552/web/content_1278345320098967552.html (铜梁)",
     "其中,重庆新美鱼博洋铝业有限公司、重庆华丰迪杰特印刷材料有限公司、重庆富晟安创汽车零部件有限公司、重庆普利特新材料有限公司等4家企业"
     "成功获评成为2023年度区级环保诚信企业。", True,
     [(n, "绿牌", "环保诚信企业") for n in ("重庆新美鱼博洋铝业有限公司", "重庆华丰迪杰特印刷材料有限公司", "重庆富晟安创汽车零部件有限公司",
                                     "重庆普利特新材料有限公司")]),
    ("counts only, no names: nothing (铜梁)",
     "https://news.cqnews.net/1/detail/1278345320098967552/web/content_1278345320098967552.html",
     "此外,全区还有107家企业获评2023年度区级环保良好企业、4家企业获2023年度区级环保不良企业,另外有7家企业因故未参与此次区级评价。",
     True, []),
    ("the card told by its colour on a 环境信用 page; the company's rating trimmed off the name (constructed)", "constructed",
     "某某化工有限公司的环境信用等级被评定为绿色。", True, [("某某化工有限公司", "绿牌", "绿色")]),
    ("a colour word off a 环境信用 page, or before another noun, is no card (constructed)", "constructed",
     "某某化工有限公司被评为绿色工厂。", True, []),
    ("a star grade after the verb (constructed)", "constructed",
     "某某化工有限公司、某某机械有限公司等12家企业被评为五星级劳动关系和谐企业。", False,
     [("某某化工有限公司", "五星级", None), ("某某机械有限公司", "五星级", None)]),
    ("a bare level off a 环境信用 page names no card (constructed)", "constructed",
     "登上诚信企业榜的企业有:某某化工有限公司、某某机械有限公司。", False, []),
    ("a counted star-grade list, class first: N家五星级…户有X、Y、Z等 (the count vouches for names without an enterprise "
     "ending)", "beijing-xiangcun-lvyou-wuxing-minsuhu-news.txt:13 (other_districts_fresh6)",
     "其中,48家五星级民俗旅游户有繁星小院、一搏山吧、先生的院子等。", False,
     [("繁星小院", "五星级", None), ("一搏山吧", "五星级", None), ("先生的院子", "五星级", None)]),
    ("places in a counted star list are no members (villages)", "beijing-xiangcun-lvyou-wuxing-minsuhu-news.txt:15 (other_districts_fresh6)",
     "7个四、五星级的民俗旅游村为:平谷区镇罗营镇玻璃台村、延庆区大庄科乡铁炉村、延庆区刘斌堡乡小观头村。", False, []),
    ("a counted card list: every item a name, one without an enterprise ending (…污水处理中心)",
     "guangdong-huanjing-xinyong-hongpai-wujia-news.txt:7 (other_districts_fresh6)",
     "5家被挂红牌的企业分别是:佛山市顺德区亿城电镀有限公司、佛山市顺德区杏坛宏润电镀有限公司、佛山市顺德区鸿达电镀有限公司、"
     "东莞今日兴五金表面处理有限公司、东莞市民成工业污水处理中心。", True,
     [("佛山市顺德区亿城电镀有限公司", "红牌", None), ("佛山市顺德区杏坛宏润电镀有限公司", "红牌", None), ("佛山市顺德区鸿达电镀有限公司", "红牌", None),
      ("东莞今日兴五金表面处理有限公司", "红牌", None), ("东莞市民成工业污水处理中心", "红牌", None)]),
    ("an uncounted card list keeps only enterprise names (constructed from the line above)", "constructed",
     "被挂红牌的企业分别是:佛山市顺德区亿城电镀有限公司、东莞市民成工业污水处理中心。", True,
     [("佛山市顺德区亿城电镀有限公司", "红牌", None)]),
    ("a counted list with a clause among its items keeps only enterprise names (constructed)", "constructed",
     "5家被挂红牌的企业分别是:佛山市顺德区亿城电镀有限公司、东莞市民成工业污水处理中心、已责令限期整改。", True,
     [("佛山市顺德区亿城电镀有限公司", "红牌", None)]),
    ("class first, then 的企业有 and the names (constructed)", "constructed",
     "获评A级的企业有某某化工有限公司、某某机械有限公司等。", False, [("某某化工有限公司", "A", None), ("某某机械有限公司", "A", None)]),
    ("a card first, then 的企业有 and the names (constructed)", "constructed",
     "被评为红牌的企业有某某化工有限公司、某某机械有限公司。", True, [("某某化工有限公司", "红牌", None), ("某某机械有限公司", "红牌", None)]),
    ("企业有 not followed by a name lists nothing (constructed)", "constructed", "A类企业有所增加,某某化工有限公司表示。", True, []),
    ("获 alone as the award verb (constructed; ent5 left it out for 获嘉县)", "constructed",
     "某某化工有限公司获A类企业称号。", False, [("某某化工有限公司", "A", None)]),
    # docent59 宁夏 (http://pocketmovies.cn/caijingzixun/guoneizixun/2020-06-19/15077.html, converter, 中国环境报): four cards
    # in one sentence, the red one hung (被挂) on a firm as 亮 shows it
    ("cards of one sentence, the last 被挂“红牌”", "http://pocketmovies.cn/caijingzixun/guoneizixun/2020-06-19/15077.html (宁夏)",
     "宁夏回族自治区生态环境厅对全区574家企业进行了2019年环境信用评价,其中,宁夏天元锰业有限公司等398家企业环境信用获评“绿牌”,"
     "达力(银川)污水处理有限公司第二污水处理厂等125家企业获评“蓝牌”,宁夏电投西夏热电有限公司等25家企业获评“黄牌”,宁夏兴尔泰兴达"
     "能源有限公司、宁夏蓝星水务有限公司、永宁博盛水务有限公司、中卫市银河冶炼有限公司等9家企业环境信用差被挂“红牌”。", True,
     [("宁夏天元锰业有限公司", "绿牌", None), ("达力(银川)污水处理有限公司第二污水处理厂", "蓝牌", None),
      ("宁夏电投西夏热电有限公司", "黄牌", None), ("宁夏兴尔泰兴达能源有限公司", "红牌", None), ("宁夏蓝星水务有限公司", "红牌", None),
      ("永宁博盛水务有限公司", "红牌", None), ("中卫市银河冶炼有限公司", "红牌", None)]),
    # (a card hung with no 被 before it is a sign on a wall, no verb: constructed)
    ("negative: 挂 without 被 is no card's verb (constructed)", "constructed",
     "某某化工有限公司门口挂红牌。", False, []),
    ("a 获 inside a name, and 获嘉县 before one, start no verb (constructed)", "constructed",
     "山东丰获农业有限公司、获嘉县某某化工有限公司被评为A级企业。", False,
     [("山东丰获农业有限公司", "A", None), ("获嘉县某某化工有限公司", "A", None)]),
    ("a letter class changed later in the clause: the class it ends in (constructed after the 红牌变黄牌 line)", "constructed",
     "某某化工有限公司被评为B级,经复核调整为A级。", False, [("某某化工有限公司", "A", None)]),
    ("a change in the next sentence is another company's (constructed)", "constructed",
     "某某化工有限公司被评为B级。某某机械有限公司调整为A级。", False, [("某某化工有限公司", "B", None), ("某某机械有限公司", "A", None)]),
])
def test_narrative_rating_scales(style, source, sentence, env_credit, want):
    assert narrative_classes(normalize_line(sentence), env_credit) == want


@pytest.mark.parametrize("style,source,lines,want", [
    ("names glued, each followed by its district, under a heading naming the level (list cut mid-name)",
     "http://www.jxxyrz.org/article-38252-117510.html (福州)",
     ["企业环境信用评价结果公布 福州17家企业被亮红牌", "", "福州环保不良企业名单", "",
      "福建奋安不锈钢有限公司(仓山区)福州晟光五金表面装饰有限公司(仓山区)福州玉龙建材有限公司(晋安区)福建馥华食"],
     [("福建奋安不锈钢有限公司", "红牌", 5), ("福州晟光五金表面装饰有限公司", "红牌", 5), ("福州玉龙建材有限公司", "红牌", 5)]),
    ("a list under 被亮“紅牌”的8家企業: (traditional; an alias in half-width parentheses)",
     "http://www.feizouzhai.cn/news/daynews/2016/160727083221615392.htm (东莞)",
     ["環保部門表示,對“紅牌”企業(即環保不良企業),將加大執法監察頻次。", "被亮“紅牌”的8家企業:",
      "東莞建通電子五金有限公司、東莞市道滘興隆造紙廠有限公司(東莞市道滘興隆造紙廠)、日立蓄電池(東莞)有限公司。"],
     [("东莞建通电子五金有限公司", "红牌", 3), ("东莞市道滘兴隆造纸厂有限公司", "红牌", 3), ("日立蓄电池(东莞)有限公司", "红牌", 3)]),
    ("the card's level named, then 包括 and the names (converter copy; the legal form of each name kept; a hospital "
     "among them is no enterprise)",
     "fujian_fuzhou-2016-huanjing-xinyong-pingjia-news-converter.txt:3 (other_districts_fresh7)",
     ["福州的49家環(huán)保誠(chéng)信企業(yè)包括福建省立醫(yī)院、東南(福建)汽車(chē)工業(yè)有限公司、福建奔馳汽車(chē)有限公司等。"],
     [("东南(福建)汽车工业有限公司", "绿牌", 1), ("福建奔驰汽车有限公司", "绿牌", 1)]),
    ("a class changed in the sentence: 红牌变黄牌, 升级…得到了绿牌 (the names end in the later card; X和Y成功升级: "
     "the words after the last name are trimmed)", "guangdong-2017-huanjing-xinyong-tongbao-news-converter.txt:2 (other_districts_fresh7)",
     ["與之前公示版相比,制漿造紙企業(yè)的評價情況有兩處變化,一是公示版中唯一的“紅牌”企業(yè)——中山聯(lián)合鴻興造紙有限公司,經(jīng)過及時修復(fù),"
      "紅牌變黃牌。二是公示版中三家藍(lán)牌企業(yè)——亞太森博(廣東)紙業(yè)有限公司、東莞理文造紙廠有限公司和東莞市泰昌紙業(yè)有限公司成功升級,"
      "得到了綠牌的獎勵。"],
     [("中山联合鸿兴造纸有限公司", "黄牌", 1), ("亚太森博(广东)纸业有限公司", "绿牌", 1), ("东莞理文造纸厂有限公司", "绿牌", 1),
      ("东莞市泰昌纸业有限公司", "绿牌", 1)]),
    ("a paragraph of names after 分别是: under a count of the level (the lead-in before the colon is no part of the "
     "first name)", "fujian_fuzhou-2019-huanbao-hongheibang-news.txt:13 (other_districts_fresh7)",
     ["我市也评出去年的环保不良企业15家,分别是:福清犇鸿牧业有限公司、福清市林青农牧发展有限公司、福建瑞宁建筑劳务有限公司。"],
     [("福清犇鸿牧业有限公司", "红牌", 1), ("福清市林青农牧发展有限公司", "红牌", 1), ("福建瑞宁建筑劳务有限公司", "红牌", 1)]),
    ("an uncounted run of short names before the card (traditional; enterprise_sentences.short_run)",
     "guangdong-zaozhi-hangye-lvpai-short-names-trad.txt:2 (other_districts_entrep66, http://xfzzn.com/news/zhiyexinwen/"
     "201608/2286.html; the same text simplified at https://heicmy.com/data/show.php?itemid=161110)",
     ["其中,珠海紅塔仁恒紙業、東莞建暉紙業、東莞金洲紙業、東莞玖龍、東莞理文、東莞銀洲紙業、東莞市金田紙業、東莞順裕紙業、"
      "廣東亞太森博紙業獲得最高環保級別的綠牌。"],
     [(n, "绿牌", 1) for n in ("珠海红塔仁恒纸业", "东莞建晖纸业", "东莞金洲纸业", "东莞玖龙", "东莞理文", "东莞银洲纸业",
                              "东莞市金田纸业", "东莞顺裕纸业", "广东亚太森博纸业")]),
    ("places before the card are no short names (constructed from the same wording)", "constructed",
     ["其中,東莞市、中山市、佛山市獲得最高環保級別的綠牌。", "其中,東莞、中山、佛山獲得最高環保級別的綠牌。"], []),
])
def test_colour_card_lists(style, source, lines, want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"], e["source"]["line_start"]) for e in got] == want
    assert all(e["classifications"][0]["rating"] == "环境信用" for e in got)


@pytest.mark.parametrize("cell,rating,want", [
    ("A（优先发展类）", "亩产效益", ("A", "优先发展类")),
    ("A+", "亩产效益", ("A+", None)),
    ("T类", "亩产效益", ("T", None)),
    ("B级", "环保绩效", ("B", None)),  # another rating on the A–D pattern keeps no 亩产 label
    ("D", "亩产效益", ("D", "限制发展类")),
    ("E", "亩产效益", None),
    ("AA级", "信用评价", ("AA", None)),  # 信用等级: AA级、A级、B级、C级和D级 (jiangsu_xishan-xinyong-stripped-date.txt:7)
    ("AAA", "信用评价", ("AAA", None)),
    # nA scales hold only on a page of their rating: 4A on a 物流 page (zhejiang_ningbo-2018-a-ji-wuliu-qiye-news.txt:1,
    # other_districts_fresh10: "船货代公司获批全国4A级物流企业"), 5A on a 劳动保障信誉 page; a tourist site's 4A elsewhere
    ("4A级", "A级物流企业", ("4A", None)),
    ("1A", "A级物流企业", ("1A", None)),
    ("5A级", "劳动保障信誉", ("5A", None)),
    ("1A", "劳动保障信誉", None),
    ("4A级", None, None),
    ("4A级", "亩产效益", None),
])
def test_class_cells(cell, rating, want):
    assert parse_class(cell, rating) == want


@pytest.mark.parametrize("scale,cell,rating,want", [
    ("colour card", "红牌", None, ("红牌", None)),
    ("colour card", "黑牌企业", None, ("黑牌", None)),
    ("card level name (福州: “环保诚信企业”)", "“环保诚信企业”", None, ("绿牌", "环保诚信企业")),
    ("card colour on a 环境信用 page", "绿色", "环境信用", ("绿牌", "绿色")),
    ("card colour elsewhere is no class", "绿色", "亩产效益", None),
    ("star grade", "五星级", None, ("五星级", None)),
    ("star grade in digits, kept as printed (canonical_class reads it as 四星级)", "4星级企业", None, ("4星级", None)),
    ("star grade printed without 级 (fresh29's 湘西 `等两家被评为五星`)", "五星", None, ("五星", None)),
    ("star grade with the awarding place and what is graded (zhejiang_ninghai-2021-sanxingji-lvse-gongchang.txt:12, "
     "other_districts_fresh8)", "宁波市三星级绿色工厂", None, ("三星级", None)),
    ("a star grade with more after it is no class", "三星级以上", None, None),
    ("government level (fresh3/fresh5 守合同重信用)", "省级", None, ("省级", None)),
    ("a level of another designation is no class", "省级专精特新", None, None),
    ("a type column's level with a designation of its shape (constructed)", "国家级专精特新“小巨人”企业", None, ("国家级", None)),
    ("a type column's level with a registry designation (constructed)", "省级农业产业化重点龙头企业", None, ("省级", None)),
    ("a level with a place's designation is no class (示范区)", "省级示范区", None, None),
    ("a letter class is not a token", "A类", None, None),
    ("leaf grade of 绿色旅游饭店 (zhejiang-2018-jinshuye-yinshuye-lvse-lvyou-fandian-news.txt:5, other_districts_fresh11)",
     "金树叶级绿色旅游饭店", None, ("金树叶级", None)),
    ("leaf grade, bare", "银树叶级", None, ("银树叶级", None)),
    # the two ends of a 重点领域企业能效清单 (entrep37 anhui-nengxiao-xianjin-luohou-qingdan-2024-cement.txt:2-4,
    # https://hnt.dcement.com/Print.aspx?id=221281)
    ("energy-efficiency list (能效先进清单)", "能效先进清单", None, ("先进", None)),
    ("energy-efficiency list (能效落后)", "能效落后", None, ("落后", None)),
    ("bare 先进 on a 能效清单 page", "先进", "能效清单", ("先进", None)),
    ("bare 先进 elsewhere is no class", "先进", None, None),
    ("another list's 先进 is no class", "先进集体", "能效清单", None),
    ("a leaf of another colour is no class", "铜树叶级", None, None),
])
def test_class_tokens_of_other_scales(scale, cell, rating, want):
    assert token_class(cell, rating) == want
    if want:
        assert parse_class(cell, rating) == want


@pytest.mark.parametrize("printed,canonical", [
    # star grades printed four ways meet in one class (fresh29's 湘西 `等两家被评为五星`; fresh8's `4星级企业` cells; a
    # star sign column)
    ("五星", "五星级"), ("五星级", "五星级"), ("5星", "五星级"), ("5星级", "五星级"), ("★★★★★", "五星级"), ("★★★", "三星级"),
    ("五星級", "五星级"),
    # a letter class where a list prints both its bare and its 级 form (深圳 `获评AA级企业` / `对获评的AA企业`)
    ("AA级", "AA"), ("AA", "AA"), ("A类", "A"), ("ＡＡ级", "AA"), ("3A级", "3A"), ("A+", "A+"),
    # a region's level is a province's (fresh29's 额敏 `自治区级`, fresh21 / fresh22's region lists 省级)
    ("自治区级", "省级"), ("國家級", "国家级"),
    # every other class as printed, folded
    ("省级", "省级"), ("县级", "县级"), ("红牌", "红牌"), ("金树叶级", "金树叶级"), ("合格", "合格"), (None, None),
    # negatives: a grade with more after it, and six stars, are no star grade of the scale
    ("三星级以上", "三星级以上"), ("★★★★★★", "★★★★★★"),
])
def test_a_class_is_kept_as_printed_and_equal_grades_meet(printed, canonical):
    assert canonical_class(printed) == canonical


def test_a_record_keeps_its_class_as_printed_beside_the_canonical_one():
    # fresh29's 湘西 item (团结报, http://www.xxnet.com.cn/szb/tjbpc/201902/24/c27249.html): `被评为五星` printed without 级
    text = ("我州古丈县尔卓山谷休闲农业旅游文化产业发展有限公司、古丈青竹山茶业有限公司等两家被评为五星,"
            "保靖县和平归园山庄、保靖县迁陵镇鲜多多水果产销专业合作社等4家被评为三星。")
    got = {(e["name"], c["class"], c["class_as_printed"])
           for e in extract_enterprises(segment_issue(normalize_lines(text), "x.txt")) for c in e["classifications"]}
    assert ("古丈青竹山茶业有限公司", "五星级", "五星") in got
    assert ("保靖县和平归园山庄", "三星级", "三星") in got


@pytest.mark.parametrize("style,body,want", [
    ("a name column with a card column (constructed)", ["序号\t企业名称\t评价等级", "1\t某某化工有限公司\t红牌", "2\t某某机械有限公司\t绿牌"],
     [("某某化工有限公司", "红牌", "环境信用"), ("某某机械有限公司", "绿牌", "环境信用")]),
    ("names under card headings (constructed)", ["一、红牌企业(1家)", "1.某某化工有限公司", "二、环保诚信企业:", "某某机械有限公司", "特此通知。"],
     [("某某化工有限公司", "红牌", "环境信用"), ("某某机械有限公司", "绿牌", "环境信用")]),
    ("names under a star-grade heading (constructed)", ["五星级企业(2家):", "某某化工有限公司", "某某机械有限公司"],
     [("某某化工有限公司", "五星级", "信用评价"), ("某某机械有限公司", "五星级", "信用评价")]),
    ("names under a level heading of 守合同重信用 (constructed)", ["省级“守合同重信用”企业:", "某某化工有限公司"],
     [("某某化工有限公司", "省级", "守合同重信用")]),
    ("each name printed with its class in brackets (constructed)", ["某某化工有限公司(A级)、某某机械有限公司(B级)。"],
     [("某某化工有限公司", "A", "信用评价"), ("某某机械有限公司", "B", "信用评价")]),
    ("numbered names, each with its class after a space (constructed)", ["1.某某化工有限公司 红牌", "2.某某机械有限公司 黄牌"],
     [("某某化工有限公司", "红牌", "环境信用"), ("某某机械有限公司", "黄牌", "环境信用")]),
])
def test_other_scales_in_tables_and_under_headings(style, body, want):
    notice = ["某县市场监督管理局关于公布2023年度企业信用评价结果的通知", "某市监发〔2024〕3号", "各有关单位：", "现将评价结果公布如下。"]
    issue = segment_issue(normalize_lines("\n".join(notice + body)), "x.txt")
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["rating"]) for e in extract_enterprises(issue)]
    assert got == want


def test_a_pipe_table_printed_one_cell_per_line():
    text = "\n".join(["重庆市2024年第一批重点行业企业", "大气污染防治绩效评级名单", "序号 |", "区县 |", "企业名称 |", "行业类别 |",
                      "绩效等级 |", "1 |", "两江新区 |", "重庆京东方光电科技有限公司 |", "电子工业 (地方标准) |", "A |",
                      "3 |", "涪陵区 |", "重庆宏声纸箱有限责任公司 |", "包装印刷 |", "B |"])
    issue = segment_issue(normalize_lines(text), "cq.txt")  # lines as printed on CHONGQING
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["rating"], e["source"]["line_start"])
           for e in extract_enterprises(issue)]
    assert got == [("重庆京东方光电科技有限公司", "A", "环保绩效", 8), ("重庆宏声纸箱有限责任公司", "B", "环保绩效", 13)]


# entrep66 东莞 (http://ad-model.com/news/675797.html): a pipe table whose header names a column of enterprises' names,
# under text that published a list at the organ's level; the department cells are no holders
_LINKS_TEXT = ("2023年初,东莞市提出以“链主”企业为抓手,推动产业集群发展。2023年6月5日,东莞市工业和信息化局发布首批重点产业链"
               "“链主”企业名单。名单中10家企业分属电动自行车、预制菜、储能等重点产业链。")
_LINKS_TABLE = ["序号 | 所属重点产业链 | “链主”企业名称 | 镇街(园区) | 牵头服务部门 |",
                "1 | 智能移动终端 | 东莞华贝电子科技有限公司 | 松山湖 | 东莞市工业和信息化局 |",
                "3 | 智能机器人 | 广东拓斯达科技股份有限公司 | 大岭山 | 东莞市工业和信息化局 |",
                "6 | 预制菜 | 东莞市鸿骏膳食管理有限公司 | 厚街 | 东莞市工业和信息化局 |"]


@pytest.mark.parametrize("style,lines,want", [
    ("a table of the list the text above published, at its organ's level", [_LINKS_TEXT] + _LINKS_TABLE,
     [("东莞华贝电子科技有限公司", "市级", 3), ("广东拓斯达科技股份有限公司", "市级", 4), ("东莞市鸿骏膳食管理有限公司", "市级", 5)]),
    # (constructed from the same page) text that published no list, or a table with no column of enterprises' names, or
    # prose between the list and the table: no class, no holder
    ("no list published above", ["2023年初,东莞市提出以“链主”企业为抓手,推动产业集群发展。"] + _LINKS_TABLE, []),
    ("no name column", [_LINKS_TEXT, "序号 | 所属重点产业链 | 承担项目 | 镇街(园区) |",
                        "1 | 智能移动终端 | 东莞华贝电子科技有限公司 | 松山湖 |"], []),
    ("prose between", [_LINKS_TEXT, "东莞市各有关职能单位将结合自身职能,对名单中的企业予以重点支持。", "下表为今年签约的项目。",
                       "序号 | 项目名称 | 企业名称 |", "1 | 智能终端产业园 | 东莞华贝电子科技有限公司 |"], []),
])
def test_a_table_of_the_list_published_above(style, lines, want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"], e["source"]["line_start"]) for e in got] == want, style


def test_rating_names():
    assert rating_of("2023年度工业企业“亩产效益”综合评价结果") == "亩产效益"
    assert rating_of("重点行业企业大气污染防治绩效评级名单") == "环保绩效"
    assert rating_of("企业信用评价结果") == "信用评价"
    assert rating_of("重庆市企业劳动保障守法诚信等级评价结果") == "劳动保障诚信"
    assert rating_of("2016年度全省企业环境信用评价结果") == "环境信用"
    # zhejiang_ningbo-2018-a-ji-wuliu-qiye-news.txt:1 (other_districts_fresh10)
    assert rating_of("8月15日,中国物流与采购联合会公布全国第二十六批A级物流企业名单,") == "A级物流企业"
    assert fold("廠") == "厂"


@pytest.mark.parametrize("shape,source,text,want", [
    ("quoted before a class", "http://sdhengxingroup.com/news/info/119.html (荣信)",
     "山东荣信集团榜上有名,被评为2019年度规模以上工业企业“亩产效益”A类企业。", "亩产效益"),
    ("after a year or level, before a class", "https://wanqijia.com/zcjd/6337.html (四川)",
     "中国工商银行股份有限公司四川省分行等113家企业被认定为“2023年度省级劳动保障守法诚信A级企业”(详见附件1)", "劳动保障守法诚信"),
    ("after the verb, the awarding city dropped", "http://nszpw.com/article/index.php?c=show&id=472 (南沙)",
     "南沙区14家企业获2016年度广州市劳动关系和谐“AAA”级企业称号", "劳动关系和谐"),
    ("a result list's title (constructed)", "constructed", "重庆市2024年度纳税信用等级评定结果", "纳税信用"),
    ("after a star grade: what the grade is given to", "beijing-xiangcun-lvyou-wuxing-minsuhu-news.txt:13 (other_districts_fresh6)",
     "其中,48家五星级民俗旅游户有繁星小院、一搏山吧、先生的院子等。", "民俗旅游户"),
    ("after a star grade, before 企业 (constructed)", "constructed", "某某化工有限公司等12家企业被评为五星级劳动关系和谐企业。", "劳动关系和谐"),
    ("a star-graded list's title: what it lists", "hunan-2019-wuxingji-xiangcun-lvyou-qudian-mingdan-news.txt:4-5 (other_districts_fresh9)",
     "2019年度湖南省五星级乡村旅游区(点)名单", "乡村旅游区(点)"),
    ("a quoted star-graded designation: what it is given to",
     "yunnan_nanjian-xingji-nongjiale-shoupai-forum.txt:2 (other_districts_fresh10)",
     "对荣获“四星级农家乐”称号的八达、“三星级农家乐”称号的春和缘", "农家乐"),
    ("a counted star grade: what it is given to",
     "shaanxi_hanbin-2015-xingji-nongjiale-news-converter.txt:1 (other_districts_fresh10, folded)",
     "评出了“老码头”等四星级农家乐4家,三星级农家乐家10家", "农家乐"),
    ("a star scheme named before 星级, after its batch",
     "hunan_changsha-2019-xiuxian-nongye-xiangcun-lvyou-xingji-qiye-news.txt:1 (other_districts_fresh12)",
     "湖南省第七批休闲农业与乡村旅游星级创建认定结果出炉", "休闲农业与乡村旅游"),
    ("a bare class names no rating", "https://freewechat.com/a/MzkxNDIwNzU4Mw==/2247544880/2 (荣昌)",
     "我区重庆唯美陶瓷有限公司、重庆市天龙牧业科技有限公司等173户企业获评A级。", None),
])
def test_rating_named_by_its_shape(shape, source, text, want):
    assert rating_named(normalize_line(text)) == want


def test_a_known_rating_keeps_its_registry_name():
    assert rating_of("被认定为“2023年度省级劳动保障守法诚信A级企业”") == "劳动保障诚信"
    assert rating_of("南沙区14家企业获2016年度广州市劳动关系和谐“AAA”级企业称号") == "劳动关系和谐"


def test_a_paragraph_of_names_under_text_naming_one_class():
    """https://yybnet.net/sichuan/news/202201/11712199.html (四川经济日报): names listed after the news says they are
    A类 (the list ends at its ellipsis); a list under text naming two classes gets none."""
    text = "\n".join(["●绵阳185家企业上榜!2021年四川“亩均论英雄”结果公布", "",
                      "四川经济日报讯(黄小芹 记者 任毅 张宇)近日,经济和信息化厅发布了《关于公布“亩均论英雄”产业园区规上工业企业效益评价(2021年)"
                      "A类企业名单的通知》,全省共有2597家企业成功上榜,获评A类企业。其中,绵阳185家企业上榜。", "",
                      "四川长虹电子控股集团有限公司、四川永贵科技有限公司、四川华拓光通信股份有限公司、维谛技术(绵阳)有限公司、"
                      "四川安和精密电子电器股份有限公司、四川爱联科技股份公司……记者梳理名单发现,绵阳A类企业中不乏电子信息、装备制造等支柱产业。"])
    got = [(e["name"], e["classifications"][0]["class"], e["source"]["line_start"])
           for e in extract_enterprises(segment_issue(normalize_lines(text), "x.txt"))]
    assert got == [(n, "A", 5) for n in ["四川长虹电子控股集团有限公司", "四川永贵科技有限公司", "四川华拓光通信股份有限公司",
                                        "维谛技术(绵阳)有限公司", "四川安和精密电子电器股份有限公司", "四川爱联科技股份公司"]]
    two = text.replace("获评A类企业", "获评A类企业和B类企业")
    assert extract_enterprises(segment_issue(normalize_lines(two), "x.txt")) == []


_NOTICE = ["某县人民政府办公室关于公布2023年度工业企业亩均效益综合评价结果的通知", "某政办发〔2024〕3号", "各乡镇人民政府：", "现将评价结果公布如下。"]


@pytest.mark.parametrize("style,body", [
    # the table layouts the task tables of benchmarks/data/other_districts_fresh were printed in (liandu, dazhou)
    ("bare cells between blank lines, rows numbered (constructed)",
     ["序号", "", "企业名称", "", "所属镇街", "", "评价类别", "", "1", "", "某某化工有限公司", "", "某某镇", "", "A类", "", "2", "",
      "某某机械有限公司", "", "某某街道", "", "B类"]),
    ("a row printed with spaces between its cells (constructed)",
     ["序号 企业名称 所属镇街 评价类别", "1 某某化工有限公司 某某镇 A类", "2 某某机械有限公司 某某街道 B类"]),
])
def test_rating_tables_printed_without_tabs(style, body):
    issue = segment_issue(normalize_lines("\n".join(_NOTICE + body)), "x.txt")
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["rating"]) for e in extract_enterprises(issue)]
    assert got == [("某某化工有限公司", "A", "亩均效益"), ("某某机械有限公司", "B", "亩均效益")]


def test_names_under_a_quoted_class_heading_naming_its_rating():
    """(constructed) the heading prints the class quoted and the rating's name before 企业名单."""
    body = ["广州市劳动关系和谐“AAA”级企业名单:", "1.某某化工有限公司", "2.某某机械有限公司"]
    issue = segment_issue(normalize_lines("\n".join(_NOTICE + body)), "x.txt")
    got = [(e["name"], e["classifications"][0]["class"]) for e in extract_enterprises(issue)]
    assert got == [("某某化工有限公司", "AAA"), ("某某机械有限公司", "AAA")]


def test_names_listed_under_a_class_heading():
    """One name a line under a heading that names the class (constructed: 一、A类企业（2家） ⏎ 1.X ⏎ 2.Y); running
    text ends the list."""
    body = ["一、A类企业（2家）", "1.某某化工有限公司", "", "2.某某机械有限公司", "二、B类（支持发展类）企业", "某某纺织有限公司", "特此通知。",
            "某某印染有限公司"]
    issue = segment_issue(normalize_lines("\n".join(_NOTICE + body)), "x.txt")
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["label"]) for e in extract_enterprises(issue)]
    assert got == [("某某化工有限公司", "A", "优先发展类"), ("某某机械有限公司", "A", "优先发展类"), ("某某纺织有限公司", "B", "支持发展类")]


@pytest.mark.parametrize("style,source,paragraph,want", [
    ("the level printed before the designation; the names in the next sentence",
     "http://wxrb.luaninfo.com/p/a.aspx?id=11100&t=4&time=2017-08-08 (六安)",
     "本报讯(李昇 记者 张玉)近日,市工商质监部门向社会公示了230家2015-2016年度市级“守合同重信用”企业。被公示的"
     "安徽省霍邱县丰禾农业科技开发有限公司、霍邱县长林糖酒有限责任公司、安徽鑫溢米业有限责任公司等230家企业将接受社会公众的监督。",
     [("安徽省霍邱县丰禾农业科技开发有限公司", "市级"), ("霍邱县长林糖酒有限责任公司", "市级"), ("安徽鑫溢米业有限责任公司", "市级")]),
    ("the level told by the awarding district; a quoted name before 等N企业", "http://www.suiw.cn/portal.php?aid=101858&mod=view (曾都)",
     "近日,随州市曾都区工商局组织开展了曾都第八(2013-2014年度)“守合同重信用”活动,“湖北江南专用特种汽车有限公司”等54企业"
     "被认定为曾都区第八届 “守合同重信用”企业。", [("湖北江南专用特种汽车有限公司", "区级")]),
    ("several levels in one paragraph name no class", "http://www.suiw.cn/portal.php?aid=101858&mod=view (曾都, constructed names)",
     "共认定“守合同重信用”企业1325家,其中某某化工有限公司等267家为省级“守合同重信用”企业、某某机械有限公司等468家为市级“守合同重信用”企业。",
     []),
    # (a 4A级景区 names the 旅游景区 scale since fresh11, whose 5A lists carry that rating: the row names no scale now)
    ("4A级 on a page naming no scale of that class is no class (constructed)", "constructed",
     "某某旅游开发有限公司等3家企业获评4A级。", []),
    ("names counted without 等 (X、Y、Z6家企业榜上有名), the level printed in the same paragraph",
     "tianjin-shouhetong-guojiaji-news.txt:2 (other_districts_fresh6)",
     "日前,国家工商总局公示了2012至2013年度国家级“守合同重信用”企业名单,天津中联精密铸造有限公司、天津市恒安食品有限公司、"
     "天津泉州建设工程集团有限公司6家企业榜上有名,跻身国家级“守合同重信用”企业。",
     [("天津中联精密铸造有限公司", "国家级"), ("天津市恒安食品有限公司", "国家级"), ("天津泉州建设工程集团有限公司", "国家级")]),
    ("names, an award verb, then the level (one company, no count; constructed)", "constructed",
     "某某化工有限公司荣获省级“守合同重信用”企业称号。", [("某某化工有限公司", "省级")]),
    ("a company's registered name keeps the county it opens with, the others printed with none",
     "shandong_pingyuan-2021-shengji-zhuanjingtexin-qiye-converter.txt:1 (other_districts_fresh25, 德州新闻网)",
     "日前,省工信厅公布了2021年度山东省“专精特新”中小企业名单。平原县江山纤维科技有限公司、中特新能源有限公司、"
     "汇洋生物科技有限公司3家企业成功入选。",
     [("平原县江山纤维科技有限公司", "省级"), ("中特新能源有限公司", "省级"), ("汇洋生物科技有限公司", "省级")]),
    ("names, 被认定为, the year and the level, unquoted (constructed)", "constructed",
     "某某化工有限公司、某某机械有限公司被认定为2022年度省级守合同重信用企业。", [("某某化工有限公司", "省级"), ("某某机械有限公司", "省级")]),
])
def test_level_rated_designations(style, source, paragraph, want):
    c = normalize_line(paragraph)
    # a letter class counts only where its scale is the page's rating (as extract_enterprises reads it)
    lettered = [(n, parse_class(k, rating_of(c))) for n, k, _ in narrative_classes(c)]
    assert [(n, level) for n, level, _ in level_classes(c)] + [(n, k[0]) for n, k in lettered if k] == want


def test_a_designation_named_without_its_level_takes_the_documents_one_level():
    """hunan-2023-shouhetong-zhongxinyong-fabu-news.txt:9,14 (other_districts_fresh7): the headline names the level
    (湖南省 → 省级); the paragraph naming the companies names only the designation, and what the companies share sits
    between their count and 企业 (等5家连续三十年以上的老牌守信企业; 不仅有 opens the list)."""
    from kg.extract.enterprise_sentences import designation_levels

    title = normalize_line("2711家企业被评定为2023年度湖南省守合同重信用企业")
    para = normalize_line("此次被评定为守合同重信用企业的单位覆盖全省14个市州,其中,长沙1346家、株洲207家、郴州156家列前三名。"
                          "涵盖建筑、制造、信息技术等多个领域,其中,建筑业企业数量最多,占比50.5%。企业的累计守信年限也分布多样,"
                          "不仅有株洲联诚集团控股股份有限公司、湖南省工业设备安装有限公司等5家连续三十年以上的老牌守信企业;"
                          "也有994家5年以内的年轻企业。")
    assert designation_levels(title) == {("省", "守合同重信用")}
    got = [(n, lvl) for n, lvl, _ in level_classes(para, designation_levels(title))]
    assert got == [("株洲联诚集团控股股份有限公司", "省级"), ("湖南省工业设备安装有限公司", "省级")]
    assert level_classes(para) == []  # no level in the paragraph and none given: no class
    # two levels in the document name none
    assert level_classes(para, {("省", "守合同重信用"), ("市", "守合同重信用")}) == []


HUNAN_STARS = "hunan-2019-wuxingji-xiangcun-lvyou-qudian-mingdan-news.txt (other_districts_fresh9)"
_STAR_LIST = ["近日,湖南省文化和旅游厅官网发布通报,全省有37家单位通过评审,授予2019年度湖南省星级乡村旅游区(点)称号。", "",
              "2019年度湖南省五星级乡村", "旅游区(点)名单", "1.长沙市(3家)", "(1)浏阳市浏河第一湾生态农庄", "(2)长沙县沃园",
              "(3)长沙县小顽国生态农庄", "2.衡阳市(2家)", "(1)石鼓区青月山庄", "(2)衡南县长冲湖桃园"]


@pytest.mark.parametrize("title,want", [
    ("2019年度湖南省五星级乡村旅游区(点)名单", ("五星级", None)),  # HUNAN_STARS:4-5, read as one title
    ("2019年度湖南省五星級鄉村旅遊區(點)名單", None),  # (matching reads the folded text: see the traditional row below)
    ("2023年度红牌企业名单", ("红牌", None)),  # constructed
    ("2023年度A级纳税人名单", None),  # constructed: a letter-class heading is read as such (_CLASS_HEADING)
    ("一、四星级乡村旅游区(点)(12家)", ("四星级", None)),  # constructed: a heading counting what it lists
    ("1.长沙市(3家)", None),  # HUNAN_STARS:6, a group by place
    ("2019年度湖南省星级乡村旅游区(点)名单", None),  # no class named
    ("三星级和四星级乡村旅游区名单", None),  # two classes named
    ("全省有37家单位通过评审,授予五星级乡村旅游区名单", None),  # a sentence, not a title
    ("附件:1.山东省重污染天气重点行业绩效评级A级企业名单", None),  # an attachment (fresh6 shandong converter:3)
    ("3.某省五星级乡村旅游区名单", None),  # an item of a list of attachments (constructed)
])
def test_a_list_title_names_one_class(title, want):
    assert titled_class(title) == want


@pytest.mark.parametrize("style,lines,want", [
    ("a star-graded list's title over two lines, names grouped by city: every listed operator takes the class",
     _STAR_LIST, [("浏阳市浏河第一湾生态农庄", 6), ("长沙县沃园", 7), ("长沙县小顽国生态农庄", 8), ("石鼓区青月山庄", 10),
                  ("衡南县长冲湖桃园", 11)]),
    ("the same with a blank line between any two (as a page may print them)",
     [x for ln in _STAR_LIST[2:6] for x in (ln, "")], [("浏阳市浏河第一湾生态农庄", 7)]),
    ("the traditional repost (hunan-…-mingdan-traditional.txt:3-8): names kept as printed", [
        "2019年度湖南省五星級鄉村", "旅遊區(點)名單", "1.長沙市(3家)", "(1)瀏陽市瀏河第一灣生態農莊", "(2)長沙縣沃園"],
     [("瀏陽市瀏河第一灣生態農莊", 4), ("長沙縣沃園", 5)]),
    ("a list of attachments names lists printed elsewhere; the signing organ is no member (shandong-shengtaiting-jixiao-"
     "pingji-gonggao-converter.txt:3-6, other_districts_fresh6, folded)",
     ["附件:1.山东省重污染天气重点行业绩效评级A级企业名单", "2.山东省重污染天气重点行业绩效评级B(含B-)级企业名单",
      "3.山东省重污染天气重点行业绩效评级引领性企业名单", "山东省生态环境厅", "2024年9月29日"], []),
    ("a section heading naming the class and counting its members (constructed from HUNAN_STARS)",
     _STAR_LIST[:1] + ["一、五星级乡村旅游区(点)(2家)", "浏阳市浏河第一湾生态农庄", "长沙县沃园", "二、四星级乡村旅游区(点)(1家)", "某某山庄"],
     [("浏阳市浏河第一湾生态农庄", 3), ("长沙县沃园", 4), ("某某山庄", 6)]),
    ("names on one line under the title (HUNAN_STARS's names printed as a run; constructed)",
     _STAR_LIST[:1] + ["2019年度湖南省五星级乡村旅游区(点)名单", "浏阳市浏河第一湾生态农庄、长沙县沃园、长沙县小顽国生态农庄", "特此通知。"],
     [("浏阳市浏河第一湾生态农庄", 3), ("长沙县沃园", 3), ("长沙县小顽国生态农庄", 3)]),
    ("a sentence under the title is no run of names (constructed)",
     _STAR_LIST[:1] + ["2019年度湖南省五星级乡村旅游区(点)名单", "各市州要加强指导、做好服务"], []),
    ("a list title naming no class vouches for nothing", ["2019年度湖南省星级乡村旅游区(点)名单", "(1)长沙县沃园", "(2)某某化工有限公司"],
     []),
    ("running text ends the list; a clause is no member", _STAR_LIST[2:6] + ["(2)各市州要加强管理", "特此通知。", "(3)长沙县沃园"],
     [("浏阳市浏河第一湾生态农庄", 4)]),
])
def test_names_under_a_list_title_naming_one_class(style, lines, want):
    """Rated operators need no enterprise ending (农庄, 沃园, 一木居) when a list's title gives their class."""
    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    got = [(e["name_as_printed"], e["source"]["line_start"]) for e in extract_enterprises(issue)]
    assert got == want
    classes = {e["name"]: e["classifications"][0]["class"] for e in extract_enterprises(issue)}
    assert all(k == ("四星级" if n == "某某山庄" else "五星级") for n, k in classes.items())


_NANJIAN = ("3月20日,南涧县旅游委、食药局在八达饭店举行了首批星级农家乐授牌仪式,对荣获“四星级农家乐”称号的八达、“三星级农家乐”"
            "称号的春和缘、“二星级农家乐”称号的印象无量山茶餐馆、宝华李氏私房菜、小湾彝家园、抗美桥风味庄等6家农家乐进行了授牌,"
            "标志着南涧县农家乐发展迈上了规范化、标准化、正规化管理的新台阶。")


@pytest.mark.parametrize("layout,source,sentence,want", [
    ("title then its holders: each title its own class, the last shared by the names after it",
     "yunnan_nanjian-xingji-nongjiale-shoupai-forum.txt:2 (other_districts_fresh10)", _NANJIAN,
     [("八达", "四星级", None), ("春和缘", "三星级", None), ("印象无量山茶餐馆", "二星级", None), ("宝华李氏私房菜", "二星级", None),
      ("小湾彝家园", "二星级", None), ("抗美桥风味庄", "二星级", None)]),
    ("the same in a traditional copy", "yunnan_nanjian-xingji-nongjiale-shoupai-forum-s2twp.txt:2 (other_districts_fresh10)",
     "對榮獲“四星級農家樂”稱號的八達、“三星級農家樂”稱號的春和緣等2家農家樂進行了授牌",
     [("八达", "四星级", None), ("春和缘", "三星级", None)]),
    ("quoted holders then their counted class",
     "shaanxi_hanbin-2015-xingji-nongjiale-news-converter.txt:1 (other_districts_fresh10, converter residue folded)",
     "安康新網(wǎng)訊 (通訊員 劉紅雨)近日,漢濱區(qū)2015年首批星級(jí)農(nóng)家樂(lè)評(píng)定工作圓滿結(jié)束,"
     "評(píng)出了“老碼頭”等四星級(jí)農(nóng)家樂(lè)4家,三星級(jí)農(nóng)家樂(lè)家10家",
     [("老码头", "四星级", None)]),
    # negatives: a quoted title naming no class; a holder that reads as a clause; a quoted slogan before 等
    ("a title naming no class vouches for nothing (constructed)", "constructed",
     "对荣获“最美农家乐”称号的八达、春和缘进行了表彰。", []),
    ("a holder that is a clause: nothing taken (constructed)", "constructed",
     "荣获“四星级农家乐”称号的要加强管理。", []),
    ("a place is no holder (constructed)", "constructed", "荣获“四星级旅游乡镇”称号的南涧县。", []),
])
def test_holders_of_a_quoted_designation(layout, source, sentence, want):
    got = narrative_classes(compact(normalize_line(sentence)))
    assert [(fold(n), c, l) for n, c, l in got] == want


_NINGBO = ("8月15日,中国物流与采购联合会公布全国第二十六批A级物流企业名单,国际物流托管企业东南物流获批全国5A级综合服务型物流企业,"
           "为宁波市首家;船货代公司获批全国4A级物流企业。此外,国际物流下属兴港冷链、温州港集团下属温州港服公司通过了2018年上半年3A级"
           "物流企业复核。")


@pytest.mark.parametrize("style,source,sentence,want", [
    ("a named scale's class vouches for short names; what introduces a name is dropped",
     "zhejiang_ningbo-2018-a-ji-wuliu-qiye-news.txt:1 (other_districts_fresh10)", _NINGBO,
     [("船货代公司", "4A", None), ("东南物流", "5A", None), ("兴港冷链", "3A", None), ("温州港服公司", "3A", None)]),
    # a tourist site's grade names the 旅游景区 scale (fresh11's 5A lists): its holders are places, no enterprise
    ("negative: a scenic spot graded on the 旅游景区 scale (constructed)", "constructed", "云台山景区被评为国家4A级旅游景区。", []),
    ("a site scale's holder must be named as a site: 拟确定为 has no holder 拟确",
     "quanguo-2022-12jia-5a-jingqu-gongshi-news-converter.txt:1 (other_districts_fresh11, folded)",
     "黃河壺口瀑布旅游區(qū),、山東濟寧微山湖旅游區(qū)等12家旅游景區(qū)達到國家5A級旅游景區(qū)標準要求,擬確定為國家5A級旅游景區(qū),。", []),
    ("a site to be made 5A is no holder (/work/shared/gazettes/002:102)", "gazette 002",
     "涵养城市“气质”。积极推进周村古商城国家5A级旅游景区创建，加快推动齐文化传承示范区建设", []),
    # negatives (constructed): a clause before the verb
    ("a clause is no holder (constructed)", "constructed", "A级物流企业名单公布,我们了解到已获批全国5A级物流企业。", []),
])
def test_holders_of_a_named_scales_class(style, source, sentence, want):
    assert narrative_classes(compact(normalize_line(sentence))) == want



# Rating news in prose: a list in a rating sentence is a list of rated holders, even where names lack a legal ending.
_F12 = "benchmarks/data/other_districts_fresh12/texts/"
_DAZU = ("二月二十七日,春意融融,大足区向宝顶镇足香园等5家餐饮店颁发了重庆市三星级农家乐匾牌。 该区这次被重庆市评定为三星级农家乐"
         "还有龙水镇兴博山庄、玉龙镇西湖闲庭度假村和博天饮食文化有限公司、万古镇菲酷山庄。 自全市开展星级农家乐评定活动以来,"
         "该区踊跃配合评定活动,对全区范围内农家乐进行摸底调查,广泛宣传,快速启动星级农家乐评定工作。经过近一年的申报和市区两级多次考察评审,"
         "该区的这5家餐饮店,被重庆市农家乐等级评定委员会评定为重庆市三星级农家乐。")
_DAZU_WANT = [("兴博山庄", "三星级", None), ("西湖闲庭度假村", "三星级", None), ("博天饮食文化有限公司", "三星级", None),
              ("菲酷山庄", "三星级", None), ("足香园", "三星级", None)]
_XIAMEN_4A = ["厦门中星国际旅行社", "厦门旅游集团国际旅行社有限公司", "厦门建发国际旅行社有限公司", "厦门航空国际旅行社有限公司",
              "厦门春辉国际旅行社有限公司", "厦门市温馨天天游旅行社有限公司"]
_XIAMEN_3A = ["港中旅(厦门)国贸旅行社", "厦门中国旅行社", "厦门音乐岛旅行社有限公司", "厦门中旅假日旅行社", "厦门外贸旅行社有限公司",
              "厦门市龙游天下旅行社有限公司", "厦门汇景旅行社有限公司", "厦门市太平洋旅行社有限公司", "厦门东方旅游公司",
              "厦门神州旅行社有限公司", "厦门金厦假日旅行社有限公司", "厦门天天假期旅行社有限公司", "厦门陆通旅行社有限公司"]
_XIAMEN = ("经市评委会办公室讨论通过,拟授予" + "、".join(_XIAMEN_4A) + "等6家旅行社为“厦门市旅行社质量信誉4AA级企业”。拟授予"
           + "、".join(_XIAMEN_3A) + "等13家旅行社“厦门市旅行社质量信誉3A级企业”称号。")


@pytest.mark.parametrize("style,source,sentence,want", [
    ("star_enumerated: the grade named without a count, then 的分别是: and its holders (a 厂, a 基地, a 山庄)",
     _F12 + "hunan_changsha-2019-xiuxian-nongye-xiangcun-lvyou-xingji-qiye-news.txt:13",
     "代表长沙入围五星级企业(园区)的分别是:湖南田茂现代农庄发展有限公司、长沙五福人家休闲农庄有限公司、小顽国生态农业科技有限公司、"
     "长沙县金井茶厂、浏阳市华科生态农业基地、浏阳市官渡镇嘉园度假山庄、宁乡林美休闲农庄有限公司、浏阳榴花洞生态度假山庄。",
     [(n, "五星级", None) for n in ["湖南田茂现代农庄发展有限公司", "长沙五福人家休闲农庄有限公司", "小顽国生态农业科技有限公司",
                                   "长沙县金井茶厂", "浏阳市华科生态农业基地", "浏阳市官渡镇嘉园度假山庄", "宁乡林美休闲农庄有限公司",
                                   "浏阳榴花洞生态度假山庄"]]),
    ("star_enumerated (…还有X、Y和Z, towns before the names) and given_to (向X等N家…颁发…三星级…匾牌); the 5家 told "
     "again by count names nobody", _F12 + "chongqing_dazu-sanxingji-nongjiale-news.txt:1", _DAZU, _DAZU_WANT),
    ("the same in a traditional copy", _F12 + "chongqing_dazu-sanxingji-nongjiale-news-s2twp.txt:1",
     "大足區向寶頂鎮足香園等5家餐飲店頒發了重慶市三星級農家樂匾牌。 該區這次被重慶市評定為三星級農家樂還有龍水鎮興博山莊、"
     "玉龍鎮西湖閒庭度假村和博天飲食文化有限公司、萬古鎮菲酷山莊。", _DAZU_WANT),
    ("granted: 授予 names then a quoted designation with its class, with or without 为; 4AA printed for 4A; 旅行社 names",
     _F12 + "fujian_xiamen-2007-lvxingshe-zhiliang-xinyu-dengji-gongshi-news.txt:7", _XIAMEN,
     [(n, "4A", None) for n in _XIAMEN_4A] + [(n, "3A", None) for n in _XIAMEN_3A]),
    # the same layouts in their other forms (constructed from the rows above)
    ("granted with a star grade: bare names vouched by the quotes (constructed)", "constructed",
     "县文旅局授予山水人家、竹林小院等3家农家乐“四星级农家乐”称号。", [("山水人家", "四星级", None), ("竹林小院", "四星级", None)]),
    ("given_to with a letter class (constructed)", "constructed", "区商务局向某某餐饮有限公司颁发了“AAA级信用企业”牌匾。",
     [("某某餐饮有限公司", "AAA", None)]),
    ("star_enumerated with 有: (constructed)", "constructed", "全县五星级农家乐有:山水人家、竹林小院。",
     [("山水人家", "五星级", None), ("竹林小院", "五星级", None)]),
    # negatives (constructed): who a grant is given to told, not named; a grade followed by no list
    ("a grant by 授予 to a told group names nobody (constructed)", "constructed", "授予获评单位“四星级农家乐”称号。", []),
    ("a grant to a told group names nobody (constructed)", "constructed", "大足区向获评单位颁发了重庆市三星级农家乐匾牌。", []),
    ("还有 after a grade with no list (constructed)", "constructed", "三星级农家乐还有很大的提升空间。", []),
    ("分别是 followed by clauses (constructed)", "constructed", "入围五星级企业的分别是:一是服务好,二是环境美。", []),
])
def test_rating_news_in_prose(style, source, sentence, want):
    got = narrative_classes(compact(normalize_line(sentence)))
    assert [(fold(n), c, l) for n, c, l in got] == want


@pytest.mark.parametrize("name,want", [
    # docent59 哈尔滨 (https://zmdlyjc.com/index.php/xinwendongtai/2944.html): a district printed with its zone in brackets
    # before the first name of a list is where the firm is
    ("平房区(哈经开区)思哲睿智能医疗设备股份有限公司", "思哲睿智能医疗设备股份有限公司"),
    # negatives: a registered name's own brackets after its brand or city (docent59 西宁, 宁夏; fresh lists)
    ("亚洲硅业(青海)有限公司", "亚洲硅业(青海)有限公司"),
    ("达力(银川)污水处理有限公司第二污水处理厂", "达力(银川)污水处理有限公司第二污水处理厂"),
    ("重汽(重庆)轻型汽车有限公司", "重汽(重庆)轻型汽车有限公司"),
    # entrep81 江津 (chongqing-jiangjin-degan-…-jiance-hege.txt:8): a bare 工业园 before the first name is where it is;
    # a park's full name opening a registered name stays (constructed)
    ("德感工业园太极集团重庆中药二厂有限公司", "太极集团重庆中药二厂有限公司"),
    ("苏州工业园区凌志软件股份有限公司", "苏州工业园区凌志软件股份有限公司"), ("南京工业园有限公司", "南京工业园有限公司"),
])
def test_a_district_with_its_zone_before_a_name_places_it(name, want):
    from kg.extract.enterprise_sentences import prose_placed, zone_placed
    assert zone_placed(name) == want and prose_placed(name) == want


def test_a_list_level_of_a_prose_sentence_names_its_holders_less_the_district_and_zone():
    """zmdlyjc.com (docent59 哈尔滨): the province's published list, its holders counted after a district and its zone."""
    lines = ["近日,黑龙江省工业和信息化厅网站公布了2024年黑龙江省企业技术中心认定名单,平房区(哈经开区)思哲睿智能医疗设备股份有限公司、"
             "国铁科技集团股份有限公司、东北水电设备制造有限公司等8家企业技术中心成功上榜,企业户数占全省申报企业的67%。"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"]) for e in ents] == [
        ("思哲睿智能医疗设备股份有限公司", "省级"), ("国铁科技集团股份有限公司", "省级"), ("东北水电设备制造有限公司", "省级")]


@pytest.mark.parametrize("name,want", [
    ("龙水镇兴博山庄", "兴博山庄"), ("宝顶镇足香园", "足香园"),  # 大足 (fresh12): a bare town places the name
    ("浏阳市官渡镇嘉园度假山庄", "浏阳市官渡镇嘉园度假山庄"),  # 长沙 (fresh12): a county first, the name kept whole
    ("乌镇旅游股份有限公司", "乌镇旅游股份有限公司"),  # a one-character place before 镇 is the name's own word
])
def test_a_town_before_a_name_places_it(name, want):
    from kg.extract.enterprise_sentences import placed
    assert placed(name) == want


def test_a_resort_and_a_travel_agency_are_enterprises_and_a_village_is_not():
    from kg.extract.enterprise_classes import is_enterprise
    assert is_enterprise("西湖闲庭度假村") and is_enterprise("厦门中星国际旅行社")
    assert not is_enterprise("某某镇新建村")


def test_the_page_of_a_travel_agency_scale_keeps_its_classes():
    """The whole page: the 4A and 3A classes hold on a page of 旅行社质量信誉 (LETTER_SCALES row)."""
    body = ["厦门拟评19家星级旅行社", "", "厦门拟评6家“质量信誉4A级”旅行社和13家3A级旅行社,2月26日,厦门市旅游局将候选旅行社名单进行了网上公示。",
            "", _XIAMEN]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(body)), "x.txt"))
    got = {(e["name"], e["classifications"][0]["class"], e["classifications"][0]["rating"]) for e in ents}
    assert got == {(n, "4A", "旅行社质量信誉") for n in _XIAMEN_4A} | {(n, "3A", "旅行社质量信誉") for n in _XIAMEN_3A}


# ---- fresh13: named lists in news prose (a heading run on with its list, place prefixes, listed designations) ----
_F13 = "benchmarks/data/other_districts_fresh13/texts/"
_F14 = "benchmarks/data/other_districts_fresh14/texts/"
_ANHUI_5 = ("安徽省五星级农家乐:巢湖市和县白果山庄、巢湖市庐江县金孔雀度假村古堡山庄、巢湖市居巢区巢父生态园、巢湖市居巢区西姚农庄、"
            "巢湖市无为县丽景假日酒店、宣城市宣州区枣园山庄、宣城市广德县岳家寨农庄、宣城市绩溪县鼎奇山庄、池州市石台县秋浦渔村。")
_ANHUI_4 = ("安徽省四星级农家乐:巢湖市含山县枣园山庄、巢湖市含山县三口塘老鹅汤农庄、马鞍山市雨山区大西塘农家乐、马鞍山雨山区鱼乐多农家乐、"
            "芜湖市繁昌县芜湖和睦园生态农庄、宣城市宣州区鳄鱼湖山庄、宣城市宣州区馥桂农家乐、宣城市广德县宏胜生态农庄、宣城市宁国市青龙农家小院、"
            "宣城市宁国市永强农庄、宣城市泾县云龙山庄、安庆市潜山县白马塘农家乐、池州市青阳县垅岭山庄、池州市东至县青水湖畔农家乐、池州市东至县梅山农家乐。")


@pytest.mark.parametrize("style,source,sentence,want", [
    ("star_enumerated by a colon alone: a list's heading run on with its list; a city and county before each name place "
     "it; a 渔村 and a 度假村…山庄 are trade names", _F13 + "anhui-2010-wuxingji-nongjiale-pingding-jieguo-news.txt:7", _ANHUI_5,
     [(n, "五星级", None) for n in ["白果山庄", "金孔雀度假村古堡山庄", "巢父生态园", "西姚农庄", "丽景假日酒店", "枣园山庄", "岳家寨农庄",
                                   "鼎奇山庄", "秋浦渔村"]]),
    ("the same, a city printed short (马鞍山雨山区) and a 和 inside a name (芜湖和睦园)",
     _F13 + "anhui-2010-wuxingji-nongjiale-pingding-jieguo-news.txt:8", _ANHUI_4,
     [(n, "四星级", None) for n in ["枣园山庄", "三口塘老鹅汤农庄", "大西塘农家乐", "鱼乐多农家乐", "芜湖和睦园生态农庄", "鳄鱼湖山庄",
                                   "馥桂农家乐", "宏胜生态农庄", "青龙农家小院", "永强农庄", "云龙山庄", "白马塘农家乐", "垅岭山庄",
                                   "青水湖畔农家乐", "梅山农家乐"]]),
    ("a colon after a grade followed by a clause names nobody (constructed)", "constructed",
     "全省五星级农家乐:共有12家,比去年增加3家。", []),
])
def test_a_graded_heading_run_on_with_its_list(style, source, sentence, want):
    got = narrative_classes(compact(normalize_line(sentence)))
    assert [(fold(n), c, l) for n, c, l in got] == want


@pytest.mark.parametrize("name,cities,want", [
    ("巢湖市和县白果山庄", (), "白果山庄"), ("宣城市宁国市青龙农家小院", (), "青龙农家小院"),  # 安徽 (fresh13): city + county
    ("马鞍山雨山区鱼乐多农家乐", ("马鞍山",), "鱼乐多农家乐"),  # the city printed short, as the list prints it in full elsewhere
    ("芜湖市繁昌县芜湖和睦园生态农庄", (), "芜湖和睦园生态农庄"),  # the name's own 芜湖 stays
    ("长沙县沃园", (), "长沙县沃园"),  # fresh9: one place only, kept
    ("宁波市北仑区某某建材有限公司", (), "宁波市北仑区某某建材有限公司"),  # a registered legal name keeps what it prints
])
def test_a_city_and_county_before_a_trade_name_place_it(name, cities, want):
    from kg.extract.enterprise_sentences import placed
    assert placed(name, cities) == want


@pytest.mark.parametrize("style,source,text,doc_levels,want", [
    ("listed_after: the holders, a short clause, then 被授予“国家示范社”; the county before the first name is the list's",
     _F13 + "shandong_juxian-2019-guojia-shifanshe-news.txt:8",
     "近日,国家农民专业合作社示范社和全国农民用水合作示范组织名单公布,莒县明众农机服务专业合作社、中泉岭中药材种植专业合作社、新合果蔬专业"
     "合作社、五奎山农田灌溉专业合作社榜上有名,被授予“国家示范社”荣誉称号。", set(),
     [(n, "国家级", "农民专业合作社示范社") for n in ["明众农机服务专业合作社", "中泉岭中药材种植专业合作社", "新合果蔬专业合作社",
                                             "五奎山农田灌溉专业合作社"]]),
    ("the same in a zh-TW copy", _F13 + "shandong_juxian-2019-guojia-shifanshe-news-s2twp.txt:8",
     "近日,國家農民專業合作社示範社和全國農民用水合作示範組織名單公佈,莒縣明眾農機服務專業合作社、中泉嶺中藥材種植專業合作社、新合果蔬專業"
     "合作社、五奎山農田灌溉專業合作社榜上有名,被授予“國家示範社”榮譽稱號。", set(),
     [(n, "国家级", "农民专业合作社示范社") for n in ["明众农机服务专业合作社", "中泉岭中药材种植专业合作社", "新合果蔬专业合作社",
                                             "五奎山农田灌溉专业合作社"]]),
    ("listed_after: one company, its short name, a clause, then 进入《全国绿色矿山名录》 (converter text)",
     _F13 + "neimenggu-2020-wushan-tongmukuang-guojiaji-lvse-kuangshan-converter.txt:1",
     "日前,,繼2012年被原國土資源部列為第二批國家級綠色礦山試點(diǎn)單位和2015年被原國土資源部正式評為國家級綠色礦山之后,中國黃金集團(tuán)"
     "內(nèi)蒙古礦業(yè)有限公司(以下簡稱“烏山”)又順利通過自然資源部評審,,進入《全國綠色礦山名錄》,。", set(),
     [("中国黄金集团内蒙古矿业有限公司", "国家级", "绿色矿山")]),
    ("listed_object: 将X等矿山纳入全国绿色矿山名录 (a notice's title)",
     _F13 + "neimenggu-2020-wushan-tongmukuang-guojiaji-lvse-kuangshan-converter.txt:2",
     "2021年1月11日,,自然資源部發(fā)布《自然資源部關(guān)于將河北華澳礦業(yè)開發(fā)有限公司蔡家營鋅礦等礦山納入全國綠色礦山名錄的公告》,,"
     "共計(jì)301家礦山入選。", set(), [("河北华澳矿业开发有限公司蔡家营锌矿", "国家级", "绿色矿山")]),
    ("counted_list: N家…分别为X、Y、Z on a page that names one listed designation (a province's department publishes it)",
     _F13 + "shanxi-2025-diyipi-lvse-kuangshan-chuangjian-minglu-news.txt:9",
     "据了解,3家非煤企业分别为山西沁园春矿泉水有限公司沁县七星泉分公司、晋城市锐安石灰岩开采有限公司、中电投山西铝业有限公司宁武宽草坪铝土矿。",
     "近日,山西省自然资源厅公布了2025年第一批绿色矿山创建名录,共89家企业入选。其中,煤炭企业86家,非煤企业3家。",
     [(n, "省级", "绿色矿山") for n in ["山西沁园春矿泉水有限公司沁县七星泉分公司", "晋城市锐安石灰岩开采有限公司",
                                     "中电投山西铝业有限公司宁武宽草坪铝土矿"]]),
    ("listed_colon: a level-titled list's heading run on with its list, items joined by 、 and ； (constructed from the "
     "安徽 heading and the 全国 stone list's names)", "constructed",
     "2020年度国家级绿色矿山名录:易县盛奇达建材有限公司河北村建筑用白云岩矿、本溪市明山区馨利石灰石矿；浙江交投矿业有限公司。", set(),
     [(n, "国家级", "绿色矿山") for n in ["易县盛奇达建材有限公司河北村建筑用白云岩矿", "本溪市明山区馨利石灰石矿", "浙江交投矿业有限公司"]]),
    ("listed_colon followed by clauses names nobody (constructed)", "constructed", "全国绿色矿山名录:一是加强管理,二是做好服务。",
     set(), []),
    ("counted_list on a page that names no listed designation: no class (constructed)", "constructed",
     "据了解,3家企业分别为某某矿业有限公司、某某建材有限公司、某某石材有限公司。", "", []),
    ("two levels named, each by its own sentence: each group takes its sentence's level (constructed)", "constructed",
     "某某矿业有限公司、某某建材有限公司被纳入省级绿色矿山名录,某某石材有限公司被纳入国家级绿色矿山名录。", set(),
     [("某某矿业有限公司", "省级", "绿色矿山"), ("某某建材有限公司", "省级", "绿色矿山"), ("某某石材有限公司", "国家级", "绿色矿山")]),
    ("two levels named apart from the names: no class (constructed)", "constructed",
     "某某矿业有限公司、某某建材有限公司等企业获评绿色矿山,省级和国家级绿色矿山共3家。", set(), []),
    # fresh14: the general reader of a designation's list at a level (绿色工厂, 农业产业化重点龙头企业, 示范家庭农场)
    ("listed_named: 认定,X等33家单位为<city>第五批农业产业化重点龙头企业 (the city tells the level)",
     _F14 + "gansu_longnan-2011-diwupi-nongye-chanyehua-zhongdian-longtou-qiye-mingdan.txt:4",
     "为贯彻落实市委二届八次全委(扩大)会议精神,…经市农业产业化协调工作领导小组认定,文县玉兰茶业有限公司等33家单位为陇南市第五批"
     "农业产业化重点龙头企业(名单附后)。", set(), [("文县玉兰茶业有限公司", "市级", "农业产业化重点龙头企业")]),
    ("listed_named in traditional script with corner quotes; a farm loses the county before it; a withdrawn title names "
     "nobody", _F14 + "shanxi-2023-shengji-shifan-jiating-nongchang-mingdan-traditional.txt:3",
     "經廳黨組會議研究並在廳網站公示,決定評定「婁煩縣騰凱家庭農場」等238家家庭農場為「2023年省級示範家庭農場」,運城市鹽湖區、文水縣、"
     "曲沃縣、大同市雲州區、平定縣5個縣(區)為「家庭農場示範縣」。根據監測結果,取消「清徐縣清源鎮東范莊村陽光種植家庭農場」等26家監測"
     "不合格家庭農場省級示範家庭農場稱號。", set(), [("腾凯家庭农场", "省级", "示范家庭农场")]),
    ("listed_counted: 我省X、Y、Z等21家…企业入选, the level inside the designation (农业产业化国家重点龙头企业)",
     _F14 + "henan-2011-diwupi-nongye-chanyehua-guojia-zhongdian-longtou-qiye-news.txt:1",
     "第五批农业产业化国家重点龙头企业名单于2月27日揭晓,全国359家企业榜上有名。我省信阳五云茶叶(集团)有限公司、郑州农产品物流配送中心"
     "有限公司、滑丰种业科技有限公司等21家农业产业化企业入选。", set(),
     [(n, "国家级", "农业产业化重点龙头企业") for n in ["信阳五云茶叶(集团)有限公司", "郑州农产品物流配送中心有限公司",
                                                "滑丰种业科技有限公司"]]),
    ("listed_counted: X、Y、Z、W4家农场榜上有名 after the province's list; county and township placed out of farm names",
     _F14 + "sichuan_pingchang-jiating-nongchang-shengji-shifanchang-forum.txt:2",
     "近期,省农业厅公布了四川省第四批家庭农场示范场名单。平昌县五木镇永红家庭农场、平昌县南风乡绿野家庭农场、平昌县祯祥生态家庭农场、"
     "平昌县鸿达家庭农场4家农场榜上有名。", set(),
     [(n, "省级", "家庭农场示范场") for n in ["永红家庭农场", "绿野家庭农场", "祯祥生态家庭农场", "鸿达家庭农场"]]),
    ("listed_after with the counted group and the organ before the verb; a paragraph naming other levels later",
     _F14 + "jiangsu_yancheng-2020-shengji-shifan-jiating-nongchang-news.txt:1",
     "日前,我市盐都区鹏顺家庭农场、亭湖区元德家庭农场等44家家庭农场被省农业农村厅认定为2020年省级示范家庭农场。截至目前,累计创成省级"
     "示范家庭农场242家、市级示范家庭农场402家。", set(),
     [(n, "省级", "示范家庭农场") for n in ["鹏顺家庭农场", "元德家庭农场"]]),
    ("listed_after with a bare 等 and a year before the level; the next group's other designation is not read",
     _F14 + "henan-2023-shengji-lvse-zhizao-mingdan-news.txt:2",
     "其中,郑州华英包装股份有限公司、郑州万达重工股份有限公司、牧原肉食品有限公司等上榜2023年度省级绿色工厂名单;中铁工程装备集团、"
     "四方达、平高电气、瑞贝卡等入选为绿色供应链管理企业。", set(),
     [(n, "省级", "绿色工厂") for n in ["郑州华英包装股份有限公司", "郑州万达重工股份有限公司", "牧原肉食品有限公司"]]),
    ("counted_list with a clause (and digits) between the count and 分别是; the list is its leading run of names",
     _F14 + "anhui_bozhou-2022-shengji-lvse-gongchang-news.txt:1",
     "近日,省经信厅评定并公布了2022年省级绿色工厂名单。我市有3家企业因绿色化建设成效突出,获批2022年安徽省绿色工厂,分别是安徽冯了性"
     "中药材饮片有限公司、亳州市板桥酒业有限责任公司、安徽瑞虎肥业有限公司。这3家企业分属中药饮片加工、白酒制造、复合肥料制造行业。",
     set(), [(n, "省级", "绿色工厂") for n in ["安徽冯了性中药材饮片有限公司", "亳州市板桥酒业有限责任公司", "安徽瑞虎肥业有限公司"]]),
    ("counted_list with the count in words, on a page whose title names the level (全国第三批绿色工厂)",
     _F14 + "fujian_fuzhou-2018-disanpi-lvse-gongchang-news.txt:3",
     "记者从市经信委获悉,近日,国家工信部公布第三批绿色制造名单,我市共有三家企业入选绿色工厂,分别是福建省宏港纺织科技有限公司、"
     "福建经纬新纤科技实业有限公司、福建冠城瑞闽新能源科技有限公司,占全省总数的37.5%。", "福州三家企业入选全国第三批绿色工厂",
     [(n, "国家级", "绿色工厂") for n in ["福建省宏港纺织科技有限公司", "福建经纬新纤科技实业有限公司", "福建冠城瑞闽新能源科技有限公司"]]),
    ("a bare 省 right after 为 is the level (stop 16); groups counted for the other designations of the sentence are not "
     "the first one's: each holds its own, the parks' group passed over (fresh10, aligned at stop 37: both firms held at 省级; "
     "round209's _groups_after)",
     "shandong-2025-lvse-zhizao-danwei-news.txt:8 (other_districts_fresh10)",
     "确定济南百斯杰生物工程有限公司等211家企业为省绿色工厂、济南刁镇化工产业园等34个园区为省绿色工业园区、积成电子股份有限公司等42家"
     "企业为省绿色供应链管理企业。", set(), [("济南百斯杰生物工程有限公司", "省级", "绿色工厂"),
                                          ("积成电子股份有限公司", "省级", "绿色供应链管理企业")]),
    ("counted_list under the page's one level, its list printed with 首批 (the batch is no part of the designation's name)",
     _F15 + "shandong_taian-2018-shoupi-zhizaoye-danxiang-guanjun-news.txt:7",
     "泰安上榜的7家企业分别是:泰石岩棉有限公司、山东一滕新材料股份有限公司、山东泰鹏环保材料股份有限公司、力博重工科技股份有限公司、"
     "山东泰开高压开关有限公司、泰山集团股份有限公司、山东泰开成套电器有限公司。",
     "为贯彻落实《中国制造2025》,经企业自主申报、专家评审和网上公示等程序,确定了山东省首批制造业单项冠军企业名单。",
     [(n, "省级", "制造业单项冠军企业") for n in ["泰石岩棉有限公司", "山东一滕新材料股份有限公司", "山东泰鹏环保材料股份有限公司",
                                         "力博重工科技股份有限公司", "山东泰开高压开关有限公司", "泰山集团股份有限公司",
                                         "山东泰开成套电器有限公司"]]),
    ("the same in a zh-TW copy", _F15 + "shandong_taian-2018-shoupi-zhizaoye-danxiang-guanjun-news-s2twp.txt:7",
     "泰安上榜的7家企業分別是:泰石巖棉有限公司、山東一滕新材料股份有限公司、山東泰鵬環保材料股份有限公司、力博重工科技股份有限公司、"
     "山東泰開高壓開關有限公司、泰山集團股份有限公司、山東泰開成套電器有限公司。",
     "確定了山東省首批制造業單項冠軍企業名單。",
     [(n, "省级", "制造业单项冠军企业") for n in ["泰石岩棉有限公司", "山东一滕新材料股份有限公司", "山东泰鹏环保材料股份有限公司",
                                         "力博重工科技股份有限公司", "山东泰开高压开关有限公司", "泰山集团股份有限公司",
                                         "山东泰开成套电器有限公司"]]),
    ("one holder entering the list named before it, the verb closing its clause; the place and 的 before it are where it is",
     _F15 + "shandong_laishan-2019-shengji-zhizaoye-danxiang-guanjun-news.txt:1",
     "本报讯(通讯员王洪崴YMG记者徐睿)记者昨日获悉,在山东省工信厅公布的山东省第二批制造业单项冠军企业名单中,烟台市莱山区的山东华鹏精机"
     "股份有限公司凭借其“双层预热混捏机”产品成功入选,这也是莱山区企业首次荣获山东省制造业单项冠军。", set(),
     [("山东华鹏精机股份有限公司", "省级", "制造业单项冠军企业")]),
    ("listed_counted: a new holder (its city before a name opening with its province is where it is) and a holder that "
     "passed the review (通过复核) keep the province's one level",
     _F15 + "shandong_jining-2025-dijiupi-zhizaoye-danxiang-guanjun-news.txt:1",
     "近日,山东省工业和信息化厅公布第九批山东省制造业单项冠军企业和通过复核的第三、第六批制造业单项冠军企业名单,济宁市山东太阳纸业股份"
     "有限公司等22家企业成功入选,新增企业数量居全省第三位,山东晶导微电子股份有限公司等21家企业通过复核,省级制造业单项冠军企业总数达112家。",
     set(), [("山东太阳纸业股份有限公司", "省级", "制造业单项冠军企业"), ("山东晶导微电子股份有限公司", "省级", "制造业单项冠军企业")]),
    ("counted_list whose last two are joined by 和; a name opening with its own city keeps it",
     _F15 + "anhui_luan-2021-disanpi-zhuanjingtexin-xiaojuren-news.txt:2",
     "本网讯 近日,工业和信息化部公示了第三批国家级专精特新“小巨人”企业名单,我市六家企业榜上有名,分别为安徽英力电子科技股份有限公司、"
     "六安市龙兴汽车零部件有限公司、安徽泓济环境科技有限公司、安徽国泰铝业有限公司、安徽安凯华夏汽车配件制造有限公司和安徽永成电子机械"
     "技术有限公司。", set(),
     [(n, "国家级", "专精特新小巨人企业") for n in ["安徽英力电子科技股份有限公司", "六安市龙兴汽车零部件有限公司", "安徽泓济环境科技有限公司",
                                          "安徽国泰铝业有限公司", "安徽安凯华夏汽车配件制造有限公司", "安徽永成电子机械技术有限公司"]]),
    # fresh47 (a converter page, residues folded away): a notice's 公示 lead-in 现对 is no part of the first name
    ("现对X等N家拟进入…: the lead-in of a 公示 cut from the name",
     "benchmarks/data/other_districts_fresh47/texts/guangdong_kejiting-caizhengting-2017-gaoxin-jishu-qiye-peiyuku-niruku-"
     "gongshi-converter.txt:2",
     "根据《广东省高新技术企业培育工作实施细则》(粤科函高字〔2016〕1737号)的有关规定,经企业申报、专家评审、各地市培育机构核对奖补金额"
     "等程序,现对奥戈恩(广州)泵业有限公司等4022家拟进入广东省2017年高新技术企业培育库的企业及奖补金额予以公示。",
     "拟进入广东省2017年高新技术企业培育库的企业",
     [("奥戈恩(广州)泵业有限公司", "省级", "高新技术企业")]),
    ("negative: a holder's clause with no list of one level in the paragraph (constructed)", "constructed",
     "烟台市莱山区的某某精机股份有限公司凭借其产品成功入选,这也是莱山区企业首次入选。", set(), []),
    # fresh16
    ("listed_counted: a province's batch of 创新型中小企业 (创新型 marks a status like 科技型)",
     _F16 + "hainan-2023-dierpi-chuangxinxing-zhongxiao-qiye-mingdan-news.txt:1",
     "省工业和信息化厅3月23日公布海南省第二批创新型中小企业名单,海南鑫北斗科技有限公司等159家企业入选。", set(),
     [("海南鑫北斗科技有限公司", "省级", "创新型中小企业")]),
    ("listed_after: 成为 the list of 我省 (the page's own province, after the verb, is the level)",
     _F16 + "hainan-2023-dierpi-chuangxinxing-zhongxiao-qiye-mingdan-news.txt:4",
     "今年1月底,省工信厅公布了海南省第一批创新型中小企业名单,海南三帝制药有限公司等215家企业成为我省第一批创新型中小企业。", set(),
     [("海南三帝制药有限公司", "省级", "创新型中小企业")]),
])
def test_listed_designations_at_a_level(style, source, text, doc_levels, want):
    from kg.extract.enterprise_sentences import designation_levels
    levels = designation_levels(compact(normalize_line(doc_levels))) if isinstance(doc_levels, str) else doc_levels
    got = level_classes(compact(normalize_line(text)), levels)
    assert [(fold(n), c, r) for n, c, r in got] == want


_YUNNAN = [
    "日前,云南省自然資源廳發(fā)布公告,在企業(yè)自評、第三方評估、州市核查推薦基礎(chǔ)上,經(jīng)審核和社會公示,2021年共有14家礦山通過遴選,"
    "現(xiàn)納入云南省省級綠色礦山名錄,接受社會監(jiān)督。",
    "名單如下", "納入云南省省級綠色礦山名錄", "14家礦山名單", "1.云南天寧礦業(yè)有限公司安寧磷礦一號礦山",
    "2.云南省安寧市縣街磷礦區(qū)云龍山磷礦二采區(qū)", "3.昆明市東川金水礦業(yè)有限責(zé)任公司落雪銅礦",
    "4.云南華新水泥(富民)有限公司富民縣砂鍋村山石灰?guī)r礦5.宜良縣耿家營石灰?guī)r礦",
]


def test_a_level_titled_list_with_glued_items():
    """yunnan-2021-shengji-lvse-kuangshan-minglu-news-converter.txt:1-8 (fresh13): the title over two lines names the
    level (省级绿色矿山名录); a numbered item that is no name (a mining area) keeps the list; items glued on one line
    (…矿5.…) are each an item."""
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(_YUNNAN)), "x.txt"))
    got = [(e["source"]["line_start"], e["name"], e["classifications"][0]["class"], e["classifications"][0]["rating"])
           for e in ents]
    assert got == [(5, "云南天宁矿业有限公司安宁磷矿一号矿山", "省级", "绿色矿山"),
                   (7, "昆明市东川金水矿业有限责任公司落雪铜矿", "省级", "绿色矿山"),
                   (8, "云南华新水泥(富民)有限公司富民县砂锅村山石灰?guī)r矿", "省级", "绿色矿山"),
                   (8, "宜良县耿家营石灰?guī)r矿", "省级", "绿色矿山")]


def test_a_titled_list_printed_cell_by_cell_keeps_its_title_across_the_column_labels():
    """xinjiang_zizhiqu-2025-lvse-kuangshan-ni-naru-gongshi-trad-cells.txt (docent59, traditional,
    http://www.xn95598.com/guonei/2025/1105/95703.html): the list's title at the region's level, then the table's column
    labels one a line (序號 / 地(州、市) / 礦山名稱), then each row's cells; the labels end no list. A row naming a deposit
    with no company (新疆準噶爾盆地…石油開采) is no holder."""
    lines = ["附件", "2025年第二批擬納入自治區綠色礦山名錄礦山名單", "序號", "地(州、市)", "礦山名稱", "1", "昌吉州",
             "新疆天池能源有限責任公司將軍戈壁一號露天煤礦", "2", "昌吉州", "瑪納斯縣天欣煤業有限公司煤礦", "3", "昌吉州",
             "新疆準噶爾盆地北三臺油田北211井區石油開采"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"]) for e in ents] == [
        ("新疆天池能源有限责任公司将军戈壁一号露天煤矿", "省级"), ("玛纳斯县天欣煤业有限公司煤矿", "省级")]
    # entrep37 hunan-yiyang-xiuxian-nongye-zhuangyuan-sixing-jiance-table (l.17-31, http://nyw.yiyang.gov.cn/4967/4973/
    # content_1865405.html): a star column's label (评定星级) is a label too, never a member of the list
    yiyang = ["附件1", "2023年湖南省四星级休闲农业庄园评定名单", "序号", "所属区县", "企业名称", "评定星级", "1", "桃江县",
              "初寻南村农庄", "四星"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(yiyang)), "x.txt"))
    assert "评定星级" not in {e["name"] for e in ents}
    # (a line that is no label, a sentence, still ends the list: constructed)
    lines[3] = "以上名单现予公示。"
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert all(e["classifications"][0]["class"] is None for e in ents)


def test_a_titled_list_keeps_its_title_across_a_count_of_entrants_and_an_arrow():
    """hainan_haikou-2021-xiaojuren-disanpi-arrow-lines.txt (docent59, http://nvmoo.com/shehui/202108/242133.html, a city's
    WeChat post a phrase a line): the ministry's list named on its own line, then the city's count of entrants and an
    arrow pointing at their names, one a line."""
    lines = ["日前", "", "工业和信息化部公布", "", "第三批国家专精特新“小巨人”企业名单", "", "海口2家企业入选", "", "↓↓↓", "",
             "海南赛诺实业有限公司", "", "海南金域医学检验中心有限公司", "", "至此", "", "海口国家专精特新“小巨人”企业", "",
             "已增至7家"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"]) for e in ents] == [
        ("海南赛诺实业有限公司", "国家级"), ("海南金域医学检验中心有限公司", "国家级")]
    # (a count that is a sentence of its own, with what follows it, is no marker: constructed)
    lines[6] = "海口2家企业入选,均为生物医药企业。"
    lines[8] = "据了解"
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert all(e["classifications"][0]["class"] is None for e in ents)


def test_a_list_entered_by_a_counted_sentence_with_place_groups():
    """quanguo-2020-lvse-kuangshan-minglu-shicai-news-traditional.txt:1-9 (fresh13, traditional): "27家…矿山被纳入
    “2020年度全国绿色矿山名录”。" ends its sentence at the list; an image placeholder and the province groups stand
    between it and its members."""
    lines = ["近日,自然資源部發布通知稱,按照《自然資源部辦公廳關于做好2020年度綠色礦山遴選工作的通知》要求,在企業自評、第三方評估、"
             "省級核查推薦基礎上,經審核和社會公示,2020年共有301家礦山通過遴選,現納入全國綠色礦山名錄。", "圖片",
             "其中,共有11個省市的27家石材相關礦山被納入“2020年度全國綠色礦山名錄”。", "圖片", "河北省",
             "易縣盛奇達建材有限公司河北村建筑用白云巖礦", "唐縣雄盛建材加工有限公司候各莊建筑石料用灰巖礦", "遼寧省", "本溪市明山區馨利石灰石礦"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"]) for e in ents] == [
        ("易县盛奇达建材有限公司河北村建筑用白云岩矿", "国家级"), ("唐县雄盛建材加工有限公司候各庄建筑石料用灰岩矿", "国家级"),
        ("本溪市明山区馨利石灰石矿", "国家级")]
    # a sentence that goes on past the list's name announces no list (constructed)
    lines[2] = "其中,共有27家礦山被納入全國綠色礦山名錄,接受社會監督。"
    assert extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt")) == []


def test_a_file_photos_caption_is_no_member_of_the_list_below():
    """hainan_kejiting-2022-disanpi-gaoxin-jishu-zhongzi-qiye-converter.txt (fresh38, http://mansguideto.com/xy/20230129/85519.html):
    the page opens with a file photo's caption in brackets, "(資料圖片)", and closes with the list's title ("附海南省…名单"),
    which the segmenter takes for the document's title; the caption is no name of that list, the company the act names is."""
    lines = ["(資料圖片)", "", "海南日報記者邱江華", "",
             "海南日報記者近日從省科技廳獲悉,經(jīng)專家評審和行政審定,該廳同意認定海南鑫鷹爆破工程有限公司等26家企業(yè)為海南省2022年"
             "第三批“高新技術(shù)種子企業(yè)”。認定日期自2022年12月29日起,有效期三年。", "",
             "附海南省2022年第三批“高新技術(shù)種子企業(yè)”名單", "", "標簽: 高新技術(shù)"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"]) for e in ents] == [("海南鑫鹰爆破工程有限公司", "省级")]


@pytest.mark.parametrize("line,placeholder", [
    ("(资料图片)", True), ("（资料图片）", True), ("(图片来源:新华社)", True), ("[图片]", True), ("图片", True),
    ("(配图)", True),
    # (a name or a bracketed note that is no image's stays: a forest bureau's name, a place note)
    ("图强林业局", False), ("(仓山区)", False), ("(工作单位)", False),
])
def test_image_placeholders(line, placeholder):
    from kg.extract.enterprises import _PLACEHOLDER

    assert bool(_PLACEHOLDER.match(line)) is placeholder


@pytest.mark.parametrize("line", [_ANHUI_5, _ANHUI_4])
def test_a_graded_heading_run_on_with_its_list_in_traditional_script(line):
    """The 安徽 lines converted by OpenCC s2t (as the sets' synthetic copies are made) give the same names and grades."""
    import opencc

    simplified = narrative_classes(compact(normalize_line(line)))
    traditional = narrative_classes(compact(normalize_line(opencc.OpenCC("s2t").convert(line))))
    assert [(fold(n), c) for n, c, _ in traditional] == [(fold(n), c) for n, c, _ in simplified] and len(simplified) >= 9


@pytest.mark.parametrize("name,want", [
    ("平昌县五木镇永红家庭农场", "永红家庭农场"),           # county and township (fresh14 平昌:2)
    ("五台县蒋坊乡蒋坊村双平家庭农场", "双平家庭农场"),       # county, township and village (fresh14 山西:22)
    ("忻州市忻府区晓宇生鲜食品网络家庭农场", "晓宇生鲜食品网络家庭农场"),  # city and district (山西:12)
    ("河曲县丰裕养殖场", "丰裕养殖场"),                     # a 养殖场 is a farm (山西:23)
    ("徽县银杏乡绿草畜牧养殖专业合作社", "绿草畜牧养殖专业合作社"),  # a 合作社 (fresh14 陇南:15)
    ("武汉市金曦蔬菜专业合作社", "武汉市金曦蔬菜专业合作社"),  # fresh22 湖北:9: a registered 合作社 keeps its city
    ("密云县蔡家甸东沟农民用水合作社", "密云县蔡家甸东沟农民用水合作社"),  # fresh22 农业农村部 2018:4
    ("泸州市龙马潭区西坛花椒专业合作社", "泸州市龙马潭区西坛花椒专业合作社"),  # fresh22 四川:1
    ("成县绿色田园开发有限公司", "成县绿色田园开发有限公司"),  # a company keeps its registered name (陇南:11)
    ("亳州市板桥酒业有限责任公司", "亳州市板桥酒业有限责任公司"),  # (亳州:1)
    ("绿源生态种植家庭农场", "绿源生态种植家庭农场"),           # nothing placed
])
def test_a_farm_on_a_designations_list_is_named_less_its_places(name, want):
    from kg.extract.enterprise_sentences import farm_placed
    assert farm_placed(name) == want


def test_a_designations_titled_list_with_place_groups():
    """gansu_longnan-2011-…-mingdan.txt:9-15 (fresh14): the list's title names a city's designation (市级); under
    county group headings, companies keep the county their names open with, a farm and a 合作社 lose it."""
    lines = ["陇南市第五批农业产业化重点龙头企业名单", "成县(3户)", "成县绿色田园开发有限公司", "成县成州绿缘牧业有限公司",
             "成县黄山林科农场", "徽县(8户)", "徽县银杏乡绿草畜牧养殖专业合作社"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(["某某通知", "各县:", "现公布如下。"] + lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["rating"]) for e in ents] == [
        (n, "市级", "农业产业化重点龙头企业") for n in ["成县绿色田园开发有限公司", "成县成州绿缘牧业有限公司", "黄山林科农场",
                                                "绿草畜牧养殖专业合作社"]]


# ---- stop 16: a designation read by its shape (level + a status marker + an organisation head, presented as conferred) ----
_F6, _F8 = "other_districts_fresh6/texts/", "other_districts_fresh8/texts/"
_F22 = "other_districts_fresh22/texts/"


@pytest.mark.parametrize("style,source,text,want", [
    ("shape: a province's 专精特新 list announced in a notice's title (constructed from the fresh6/fresh8 titles)",
     "constructed", "关于公布2023年度省级专精特新中小企业名单的通知", {("省", "专精特新中小企业")}),
    ("shape: the province printed with its level, quotes inside the designation",
     _F8 + "jilin-2022-zhuanjingtexin-rending-converter.txt:3",
     "一、認(rèn)定長春吉大正元信息技術(shù)股份有限公司等409戶企業(yè)為2022年吉林省省級“專精特新”中小企業(yè)(見附件)。",
     {("省", "专精特新中小企业")}),
    ("shape: a batch and a level before a quoted 小巨人 (the level is required, the batch alone names none)", "constructed",
     "入选第五批国家级专精特新“小巨人”企业名单", {("国家", "专精特新小巨人企业")}),
    ("shape: 龙头企业 without 重点, a city's level", "constructed", "市级农业产业化龙头企业名单", {("市", "农业产业化龙头企业")}),
    ("a bare 市 right after the conferring verb is the level", "constructed", "某某有限公司入选市专精特新企业名单",
     {("市", "专精特新企业")}),
    ("a bare 省 with no conferring verb before it names no level", "constructed", "省绿色工厂名单", set()),
    ("a county before the designation is the county's level", "constructed", "平昌县第三批示范家庭农场名单", {("县", "示范家庭农场")}),
    ("negative: 我县 / 全县 name no county (the page's own place)", "constructed", "我县示范家庭农场名单", set()),
    ("negative: a county opening a farm's name before another level", "fresh14 平昌 (shape of its line 2)",
     "平昌县五木镇永红家庭农场被评为省级示范家庭农场", {("省", "示范家庭农场")}),
    ("shape: designation names printed by an enterprise-tag list (Nightboys/Nightboys.github.io extraData.js)",
     "github", "国家级制造业单项冠军产品企业名单", {("国家", "制造业单项冠军产品企业")}),
    ("shape: the province named before 科技小巨人 (same tag list)", "github", "福建省科技小巨人企业名单", {("省", "科技小巨人企业")}),
    ("shape: a city's 示范合作社", "constructed", "2023年度市级示范农民专业合作社名单", {("市", "示范农民专业合作社")}),
    ("shape: 国家 before 高新技术企业, conferred by 认定", "constructed", "国家高新技术企业认定", {("国家", "高新技术企业")}),
    ("registry row still named by the registry", "fresh14 陇南 title", "陇南市第五批农业产业化重点龙头企业名单",
     {("市", "农业产业化重点龙头企业")}),
    # real negative lines
    ("negative: 重点行业企业 is a sector of a 绩效 list, no designation", "other_districts/texts/chongqing_huanbao-jixiao-pipe.txt:1",
     "关于重庆市2024年第一批重点行业企业绩效分级结果的公告", set()),
    ("negative: 国家重点监控企业 is a watch list", _F8 + "guangdong-2016-huanjing-xinyong-tongbao-tongzhi.txt:8",
     "我厅组织对纳入2016年省级环境信用评价范围的1107家国家重点监控企业2016年环境行为进行了评价。", set()),
    ("negative: a district between the city and the marker (the district's, not the city's)",
     "other_districts_fresh6/texts/zhejiang_xiaoshan-chuangxin-qiangqu-zhengce-yijian.txt:3",
     "杭州市萧山区高新技术企业奖励政策:关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见", set()),
    ("negative: a company's own name is no designation (公司 is no head)",
     "other_districts_fresh2/texts/shandong_jinan-wuye-xinyong-news.txt:16",
     "近日,济南市住房和城乡建设局公布了2022年第二季度全市物业服务企业信用评价结果,山东省诚信行物业管理有限公司、山东明德物业管理集团有限公司"
     "等28家物业服务企业获得AAA级信用等级。", set()),
    ("negative: 示范县 is a place", "fresh14 山西 示范家庭农场 notice (the county part)",
     "运城市盐湖区、文水县、曲沃县、大同市云州区、平定县5个县(区)为「家庭农场示范县」。", set()),
    ("shape: 全省 before the designation is the province's list (a news headline quoting it)",
     _F15 + "shandong_taian-2018-shoupi-zhizaoye-danxiang-guanjun-news.txt:1",
     "7家企业上榜“全省首批制造业单项冠军企业名单”", {("省", "制造业单项冠军企业")}),
    ("shape: a municipality names its own list 市级, as its documents print them (constructed; the convention since "
     "stop 19)", "constructed", "2023年度北京市专精特新中小企业名单", {("市", "专精特新中小企业")}),
    ("shape: 上海市 with a batch and a quoted 小巨人 (constructed)", "constructed", "上海市第五批专精特新“小巨人”企业名单公布",
     {("市", "专精特新小巨人企业")}),
    ("shape: a municipality printing 市级 keeps it as printed (constructed)", "constructed", "北京市市级专精特新中小企业名单",
     {("市", "专精特新中小企业")}),
    ("shape: any other city's list is the city's (constructed)", "constructed", "2023年度济南市专精特新中小企业名单",
     {("市", "专精特新中小企业")}),
    ("shape: an autonomous region's list is provincial (constructed)", "constructed", "广西壮族自治区第二批专精特新中小企业名单",
     {("省", "专精特新中小企业")}),
    ("a registry row under an autonomous region (constructed)", "constructed", "内蒙古自治区绿色矿山名录", {("省", "绿色矿山")}),
    ("the province is named, not the verb before 全省: one level either way (fresh15 泰安, line 5)",
     _F15 + "shandong_taian-2018-shoupi-zhizaoye-danxiang-guanjun-news.txt:5",
     "本报泰安讯 2017年12月22日,山东省经信委公布全省首批制造业单项冠军企业名单,347家申报企业中,最终有78家企业脱颖而出,其中,泰安7家企业上榜。",
     {("省", "制造业单项冠军企业")}),
    ("shape: a title marker needs no head where the phrase ends (fresh15 六安's headline)",
     _F15 + "anhui_luan-2021-disanpi-zhuanjingtexin-xiaojuren-news.txt:1", "六企业获国家级专精特新“小巨人”称号",
     {("国家", "专精特新小巨人企业")}),
    ("shape: the same at a clause's end, conferred by 荣获 (fresh15 莱山); named as the list with its head",
     _F15 + "shandong_laishan-2019-shengji-zhizaoye-danxiang-guanjun-news.txt:1",
     "这也是莱山区企业首次荣获山东省制造业单项冠军。", {("省", "制造业单项冠军企业")}),
    ("negative: title markers followed by 和 and by 的 in a cited notice's title (the real clause; 公布 prefixed so the "
     "conferral word does not decide it)",
     _F15 + "shandong-2022-diwupi-zhizaoye-danxiang-guanjun-gongbu-tongzhi-company-site.txt:12",
     "公布《关于组织推荐第五批山东省制造业单项冠军和复核第二批山东省制造业单项冠军的通知》(鲁工信产(2021)163号)", set()),
    ("negative: a company named with a title marker (constructed)", "constructed", "某某小巨人机械有限公司获省级荣誉", set()),
    ("negative: a municipality's 示范区 is a place, no designation",
     _F8 + "tianjin-2008-hexie-shequ-mingming-jueding-doc.txt:1",
     "天津市人民政府关于命名天津市和谐社区建设示范区、街(镇)、社区的决定", set()),
    ("negative: a level and a shape never presented as conferred (a task, no list, no naming)", "constructed",
     "培育市级重点龙头企业10家以上", set()),
    ("shape: a province's batch of 创新型中小企业 (fresh16 海南's 原标题)",
     _F16 + "hainan-2023-dierpi-chuangxinxing-zhongxiao-qiye-mingdan-news.txt:7",
     "原标题:海南省第二批创新型中小企业名单公示 159家企业入选", {("省", "创新型中小企业")}),
    ("negative: 本次我市 is where the holders are, no city's list (fresh16 潜江; it read 市 and 入选瞪羚企业)",
     _F16 + "hubei_qianjiang-2023-dengling-qiye-ruxuan-news.txt:3",
     "本次我市入选“瞪羚企业”名单的企业分别是:湖北孚诺林新材料有限公司、北旭(湖北)电子材料有限公司。", set()),
    ("negative: the province whose mines enter the 全国 list is no list's place, its clause no designation (fresh33 海南; "
     "it read 省 and 此次纳入全国绿色矿山)",
     "other_districts_fresh33/texts/hainan-quanguo-lvse-kuangshan-minglu-2019.txt:4",
     "海南省此次纳入全国绿色矿山名录的6家矿山分别是:海南北部湾盆地花场凝析油气田/海南福山油田勘探开发有限责任公司、",
     set()),
])
def test_designations_read_by_shape(style, source, text, want):
    from kg.extract.enterprise_sentences import listed_levels
    assert listed_levels(compact(normalize_line(text))) == want


@pytest.mark.parametrize("style,source,text,want", [
    ("listed_named with a shaped designation (吉林 专精特新)", _F8 + "jilin-2022-zhuanjingtexin-rending-converter.txt:3",
     "一、認(rèn)定長春吉大正元信息技術(shù)股份有限公司等409戶企業(yè)為2022年吉林省省級“專精特新”中小企業(yè)(見附件)。",
     [("长春吉大正元信息技术股份有限公司", "省级", "专精特新中小企业")]),
    ("listed_counted after the province's list (constructed from the 平昌 layout)", "constructed",
     "近日,省工业和信息化厅公布了2023年度省级专精特新中小企业名单,我县某某精密机械有限公司、某某新材料科技股份有限公司、某某食品有限公司"
     "3家企业榜上有名。",
     [(n, "省级", "专精特新中小企业") for n in ["某某精密机械有限公司", "某某新材料科技股份有限公司", "某某食品有限公司"]]),
    # (a 合作社's registered name opens with its county: kept, as fresh22's 示范社 lists annotate it)
    ("listed_named: a city's 示范合作社; the 合作社 keeps its county", "constructed",
     "经评审,认定某某县绿源种植专业合作社等12家合作社为2023年度市级示范农民专业合作社。",
     [("某某县绿源种植专业合作社", "市级", "示范农民专业合作社")]),
    # fresh22 农业农村部 2023 (http://policy.ruichuangshe.com/Policy/Info/16719): the verb shared by a second counted group
    ("listed_named then a second group after a comma (国家示范社 and 用水合作示范组织)", _F22 + "quanguo-2023-guojia-nongmin-hezuoshe-shifanshe-rending-gongbu.txt:2",
     "经审查复核和媒体公示,全国农民合作社发展部际联席会议认定北京聚兰兴养殖专业合作社等1919家农民合作社为国家农民合作社示范社,"
     "杭锦后旗沙海镇沙沟农民用水户协会等54家农民用水合作组织为全国农民用水合作示范组织,现将名单予以公布。",
     # (a water-user 协会 is an association, no market entity: stop 18's rule; the co-operative is one)
     [("北京聚兰兴养殖专业合作社", "国家级", "农民专业合作社示范社")]),
    # the same wording in 2021 and 2018 (https://zswldj.1237125.cn/html/hh/ky/2021/9/14/934086b7-8728-420a-82e0-f54ce5e582a5.html,
    # http://ourjiangsu.com/a/20190314/1552529318563.shtml): the associations are none
    ("listed_named: a second group of water-user associations holds no enterprise (开远 2021)", "zswldj.1237125.cn 2021/9/14",
     "经审查复核和媒体公示,全国农民合作社发展部际联席会议认定北京圣泉农业专业合作社等1759家农民合作社为国家农民合作社示范社,"
     "唐山市丰南区农民用水者协会等77家用水合作组织为全国农民用水合作示范组织,现将名单予以公布。",
     [("北京圣泉农业专业合作社", "国家级", "农民专业合作社示范社")]),
    ("listed_named: 2018's list, a 农民用水协会 beside 2082 合作社 (扬州 repost)", "ourjiangsu.com 2019/03/14",
     "经审查复核和媒体公示,全国农民合作社发展部际联席会议认定北京慧田蔬菜种植专业合作社等2082家合作社为国家农民合作社示范社,"
     "北京市顺义区南彩农民用水协会等104家用水组织为全国农民用水合作示范组织,现将名单予以公布。",
     [("北京慧田蔬菜种植专业合作社", "国家级", "农民专业合作社示范社")]),
    # fresh22 湖北 (http://nyt.hubei.gov.cn/bmdt/yw/ywtz/snmhzsbgs_9008/201910/t20191029_113345.shtml): 监测合格, 授予 … 称号
    ("monitoring passed, two groups granted titles; registered names keep their county", _F22 + "hubei-2018-shengji-jiance-hege-hezuoshe-shifanshe-tongzhi.txt:9",
     "经厅际联席会议审定,武汉市金曦蔬菜专业合作社等1038家农民合作社监测合格,授予省级农民合作社示范社称号,监利县周老嘴镇农民用水者协会等25家"
     "农民用水合作组织监测合格,授予省级农民用水合作示范组织称号。",
     [("武汉市金曦蔬菜专业合作社", "省级", "农民专业合作社示范社")]),
    # fresh22 安徽 (http://www.ahsxsj.com/laodenarong/4087.html): 确定了, two tiers in one sentence, a 试点 designation
    ("确定了 X 为 国家级 …贯标试点企业, 确定了 Y 为 省级 … in one sentence", _F22 + "anhui-2015-shoupi-shengji-lianghua-ronghe-guanbiao-shidian-news.txt:4",
     "工业和信息化部确定了安徽省司尔特肥业有限责任公司等22家省内企业为国家级两化融合管理体系贯标试点企业(工信厅信软函〔2015〕439号),"
     "省经信委确定了合肥永升机械有限公司等114家企业为首批省级两化融合管理体系贯标试点企业。",
     [("安徽省司尔特肥业有限责任公司", "国家级", "两化融合管理体系贯标试点企业"), ("合肥永升机械有限公司", "省级", "两化融合管理体系贯标试点企业")]),
    # fresh22 梧州: a pronoun's place before the name, 获认定为, a bare 自治区 list (provincial)
    ("获认定为 a bare 自治区 list after the year", _F22 + "guangxi_wuzhou-2020-zhuanjingtexin-zhongxiao-qiye-xiaojuren-news.txt",
     "近日,记者从梧州市相关部门了解到,该市双钱实业有限公司等19家企业获认定为2020年度自治区“专精特新”中小企业。",
     [("双钱实业有限公司", "省级", "专精特新中小企业")]),
    ("negative: an industry 协会 named in prose beside a list is no holder", "constructed",
     "经审查复核,认定某某精密机械有限公司等12家企业为省级专精特新中小企业,市机械行业协会等单位协助开展评审。",
     [("某某精密机械有限公司", "省级", "专精特新中小企业")]),
    ("listed_after with an adverb before the verb (constructed)", "constructed",
     "近日,某某精密机械有限公司成功入选2023年度省级专精特新中小企业名单。", [("某某精密机械有限公司", "省级", "专精特新中小企业")]),
    ("listed_after with a verb of receiving and a quoted 小巨人 (constructed)", "constructed",
     "某某精密机械有限公司荣获国家级专精特新“小巨人”企业称号。", [("某某精密机械有限公司", "国家级", "专精特新小巨人企业")]),
    ("listed_after: 获批 with a year before the level (constructed from the 亳州 sentence)", "constructed",
     "某某精密机械有限公司、某某食品有限公司获批2023年省级专精特新中小企业。",
     [("某某精密机械有限公司", "省级", "专精特新中小企业"), ("某某食品有限公司", "省级", "专精特新中小企业")]),
    ("negative: a company's 诚信 name in a letter-class sentence gives no level",
     "other_districts_fresh2/texts/shandong_jinan-wuye-xinyong-news.txt:16",
     "近日,济南市住房和城乡建设局公布了2022年第二季度全市物业服务企业信用评价结果,山东省诚信行物业管理有限公司、山东明德物业管理集团有限公司"
     "等28家物业服务企业获得AAA级信用等级。", []),
    # (round161) the second group joined by 、 after the first designation's head and bracket; the places are no holders
    ("listed_named then a second group after 、 (places first, then 龙头企业)",
     "other_districts_fresh48/texts/hebei_shengzhengfu-2006-nongchanpin-jiagong-shifan-jidi-xian-longtou-qiye-rending.txt:15",
     "现认定藁城市等20个县 (市、区)为河北省农产品加工示范基地县 (市、区)、石家庄三鹿集团股份有限公司等230家企业为河北省农业"
     "产业化经营重点龙头企业 (名单附后),有效期自2006年5月至2008年5月。",
     [("石家庄三鹿集团股份有限公司", "省级", "农业产业化重点龙头企业")]),
])
def test_holders_of_a_shaped_designation(style, source, text, want):
    assert [(fold(n), c, r) for n, c, r in level_classes(compact(normalize_line(text)))] == want


@pytest.mark.parametrize("style,lines,want", [
    ("a table under a list titled with a shaped designation: rows with no class of their own take its level",
     ["2023年度省级专精特新中小企业名单", "序号\t企业名称\t所在地区", "1\t某某精密机械有限公司\t某某市", "2\t某某新材料科技股份有限公司\t某某市"],
     [(n, "省级", "专精特新中小企业") for n in ["某某精密机械有限公司", "某某新材料科技股份有限公司"]]),
    ("numbered items under a 国家级 小巨人 list", ["第五批国家级专精特新“小巨人”企业名单", "1.某某精密机械有限公司", "2.某某食品有限公司"],
     [(n, "国家级", "专精特新小巨人企业") for n in ["某某精密机械有限公司", "某某食品有限公司"]]),
    ("a county's 示范家庭农场 list: farms less their township and village",
     ["2022年度县级示范家庭农场名单", "1.某某镇某某村宏达家庭农场", "2.某某乡丰收家庭农场"],
     [(n, "县级", "示范家庭农场") for n in ["宏达家庭农场", "丰收家庭农场"]]),
    ("a type column printing each row's level with the designation, under a title naming two levels",
     ["2023年度省级、市级专精特新中小企业名单", "序号\t企业名称\t认定类型", "1\t某某精密机械有限公司\t省级专精特新中小企业",
      "2\t某某食品有限公司\t市级专精特新中小企业"],
     [("某某精密机械有限公司", "省级", None), ("某某食品有限公司", "市级", None)]),
    ("group headings by level counting their members, under a title naming no level",
     ["2023年专精特新企业名单", "一、国家级专精特新“小巨人”企业(2家)", "1.某某精密机械有限公司", "2.某某食品有限公司",
      "二、省级专精特新中小企业(1家)", "1.某某新材料科技股份有限公司"],
     [("某某精密机械有限公司", "国家级", "专精特新小巨人企业"), ("某某食品有限公司", "国家级", "专精特新小巨人企业"),
      ("某某新材料科技股份有限公司", "省级", "专精特新中小企业")]),
    ("group headings by level with no count: the heading's 企业 is the designation's head",
     ["一、国家级专精特新“小巨人”企业", "1.某某精密机械有限公司", "二、省级专精特新中小企业:", "1.某某新材料科技股份有限公司"],
     [("某某精密机械有限公司", "国家级", None), ("某某新材料科技股份有限公司", "省级", None)]),
    ("negative: a level heading of a place's designation (示范区) heads no list", ["一、省级示范区", "1.某某精密机械有限公司"], []),
    ("negative: a table under a list title naming no level gives no classed record",
     ["专精特新中小企业名单", "序号\t企业名称", "1\t某某精密机械有限公司"], []),
])
def test_lists_of_a_shaped_designation(style, lines, want):
    """Layouts of a list of a designation no registry row names (constructed from the layouts of the fresh14 lists)."""
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(["某某通知", "各县:", "现公布如下。"] + lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["rating"]) for e in ents] == want


@pytest.mark.parametrize("name,want", [
    ("烟台市莱山区的山东华鹏精机股份有限公司", "山东华鹏精机股份有限公司"),  # fresh15 莱山: a place and 的
    ("济宁市山东太阳纸业股份有限公司", "山东太阳纸业股份有限公司"),  # fresh15 济宁: a city before a name opening with its province
    ("六安市龙兴汽车零部件有限公司", "六安市龙兴汽车零部件有限公司"),  # fresh15 六安: the name's own city stays
    ("广东省深圳市为海科技有限公司", "广东省深圳市为海科技有限公司"),  # a province then a city: the registered name
    ("济宁市山东", "济宁市山东"),  # what is left must be a name
    # entrep21 宁德 (http://www.xbkwei.com/news/nd/1252371.html): a city before a name whose place is in brackets
    ("宁德市安发(福建)生物科技有限公司", "安发(福建)生物科技有限公司"),
    ("玉溪市鑫达现代农业发展有限公司", "玉溪市鑫达现代农业发展有限公司"),  # entrep21 玉溪: the name's own city stays
    # entrep37 绍兴 (http://news.gqsoso.com/bia/202108/25115506.html): a district before a name whose city is in brackets
    ("越城区中芯集成电路制造(绍兴)有限公司", "中芯集成电路制造(绍兴)有限公司"),
    ("六安市某某机械(集团)有限公司", "六安市某某机械(集团)有限公司"),  # (集团) is no place: the city stays
    # fresh22 梧州: a pronoun's place is no part of the name ("该市双钱实业有限公司等19家企业获认定为…")
    ("该市双钱实业有限公司", "双钱实业有限公司"),
    ("本市场管理有限公司", "本市场管理有限公司"),  # 本市场: no pronoun and place
])
def test_a_place_prose_prints_before_a_name_places_it(name, want):
    from kg.extract.enterprise_sentences import prose_placed
    assert prose_placed(name) == want


_QIANJIANG = _F16 + "hubei_qianjiang-2023-dengling-qiye-ruxuan-news.txt"
_QIANJIANG_2 = ("近日,省科技厅公示2023年拟入库湖北省科创“新物种”企业名单,我市16家企业入选“瞪羚企业”。“瞪羚企业”是指跨过创业死亡谷,"
                "重获新生后以新技术、新业态、新模式为支撑稳步进入高成长期的企业,代表着一个地区的创新活力。")
_QIANJIANG_3 = ("本次我市入选“瞪羚企业”名单的企业分别是:湖北孚诺林新材料有限公司、北旭(湖北)电子材料有限公司、湖北凯耀宏建设工程有限公司、"
                "华山科技股份有限公司、湖北中虾农业科技有限公司、普利技术潜江有限公司、湖北神尊农业科技有限公司、湖北心辉粮油股份有限公司、"
                "湖北加益加生物科技有限公司、湖北飞菱光纤材料有限公司、湖北中材环保设备有限公司、湖北虾乡食品股份有限公司、"
                "湖北江特绝缘材料有限公司、湖北潜江制药股份有限公司、潜江市楚禾农贸有限公司、湖北康乐源生物科技有限公司。")
_QIANJIANG_NAMES = ["湖北孚诺林新材料有限公司", "北旭(湖北)电子材料有限公司", "湖北凯耀宏建设工程有限公司", "华山科技股份有限公司",
                    "湖北中虾农业科技有限公司", "普利技术潜江有限公司", "湖北神尊农业科技有限公司", "湖北心辉粮油股份有限公司",
                    "湖北加益加生物科技有限公司", "湖北飞菱光纤材料有限公司", "湖北中材环保设备有限公司", "湖北虾乡食品股份有限公司",
                    "湖北江特绝缘材料有限公司", "湖北潜江制药股份有限公司", "潜江市楚禾农贸有限公司", "湖北康乐源生物科技有限公司"]
_CHENGDU = _F16 + "sichuan_chengdu-2022-zhizaoye-danxiang-guanjun-ruxuan-news.txt"
_CHENGDU_8 = "昨(24)日,记者从省经信厅获悉,4家成都企业入围国家第七批制造业单项冠军企业(产品)公示名单。单项冠军示范企业3家,单项冠军产品1种。"
_CHENGDU_10 = ("成都极米科技股份有限公司、中航(成都)无人机系统股份有限公司、成都光明光电股份有限公司入选制造业单项冠军示范企业;"
               "成都利君实业股份有限公司的高压辊磨机入选单项冠军产品。")


@pytest.mark.parametrize("style,source,text,want", [
    ("a province's list, whatever it holds", _QIANJIANG + ":2", _QIANJIANG_2, {"省"}),
    ("the nation's list; the province's department that told the reporter publishes nothing (获悉)", _CHENGDU + ":8",
     _CHENGDU_8, {"国家"}),
    ("published: a ministry publishes the nation's list", _F15 + "anhui_luan-2021-disanpi-zhuanjingtexin-xiaojuren-news.txt:2",
     "本网讯 近日,工业和信息化部公示了第三批国家级专精特新“小巨人”企业名单,我市六家企业榜上有名,", {"国家"}),
    ("published: 国家 printed with the bureau", "other_districts_fresh6/texts/tianjin-shouhetong-guojiaji-news.txt:2",
     "国家工商总局公示了2012至2013年度国家级“守合同重信用”企业名单", {"国家"}),
    ("published: a province's department (省…厅), a date between it and the verb",
     _F16 + "hainan-2023-dierpi-chuangxinxing-zhongxiao-qiye-mingdan-news.txt:1",
     "省工业和信息化厅3月23日公布海南省第二批创新型中小企业名单,海南鑫北斗科技有限公司等159家企业入选。", {"省"}),
    ("negative: a city's bureau publishing results, no list", "other_districts_fresh2/texts/shandong_jinan-wuye-xinyong-news.txt:16",
     "近日,济南市住房和城乡建设局公布了2022年第二季度全市物业服务企业信用评价结果,山东省诚信行物业管理有限公司、山东明德物业管理集团有限公司"
     "等28家物业服务企业获得AAA级信用等级。", set()),
    ("negative: 我市 is where the holders are, no list's place", _QIANJIANG + ":3", _QIANJIANG_3, set()),
    ("negative: a count entered in a store (入库), no list",  _QIANJIANG + ":4",
     "近年来,我市立足科技创新,不断加大优质中小企业梯度培育工作力度。2023年,我市兑现高新技术企业认定奖励865万元,科技型中小企业入库265家,"
     "“瞪羚企业”总数达到23家,科技创新活力与日俱增,科技创新呈现良好新局面。", set()),
])
def test_the_levels_of_the_lists_a_page_names(style, source, text, want):
    from kg.extract.enterprise_sentences import named_list_levels
    assert named_list_levels(compact(normalize_line(text))) == want


@pytest.mark.parametrize("style,source,text,page,want", [
    ("levelless_after: the holders enter a designation printed with no level; the page's lists are all the nation's "
     "(a product entering the list is no holder)", _CHENGDU + ":10", _CHENGDU_10,
     ["成都3家企业入选第七批全国制造业“单项冠军”", _CHENGDU_8],
     [(n, "国家级", "制造业单项冠军示范企业") for n in ["成都极米科技股份有限公司", "中航(成都)无人机系统股份有限公司",
                                             "成都光明光电股份有限公司"]]),
    ("levelless_list: 入选“D”名单的企业分别是: the names after it; the page's one list is the province's",
     _QIANJIANG + ":3", _QIANJIANG_3, [_QIANJIANG_2], [(n, "省级", "瞪羚企业") for n in _QIANJIANG_NAMES]),
    ("the same in the zh-TW copy", _F16 + "hubei_qianjiang-2023-dengling-qiye-ruxuan-news-s2twp.txt:3",
     "本次我市入選“瞪羚企業”名單的企業分別是:湖北孚諾林新材料有限公司、北旭(湖北)電子材料有限公司。",
     ["近日,省科技廳公示2023年擬入庫湖北省科創“新物種”企業名單,我市16家企業入選“瞪羚企業”。"],
     [(n, "省级", "瞪羚企业") for n in ["湖北孚诺林新材料有限公司", "北旭(湖北)电子材料有限公司"]]),
    ("negative: no level printed anywhere on the page gives no class (the level is the class)", _QIANJIANG + ":3",
     _QIANJIANG_3, [], []),
    ("negative: a page naming lists at two levels gives no class", _QIANJIANG + ":3", _QIANJIANG_3,
     [_QIANJIANG_2, _CHENGDU_8], []),
    ("negative: a product entering a list, alone", _CHENGDU + ":10", "成都利君实业股份有限公司的高压辊磨机入选单项冠军产品。",
     [_CHENGDU_8], []),
])
def test_a_designation_printed_with_no_level_takes_the_pages_one_level(style, source, text, page, want):
    """The convention (fresh16 README): the class is the level of the list — printed, or the nation's / province's list
    the page names; a page that names no level, or several, gives none."""
    from kg.extract.enterprise_sentences import designation_levels, named_list_levels
    texts = [compact(normalize_line(t)) for t in page]
    doc_levels = set().union(*map(designation_levels, texts))
    doc_lists = set().union(*map(named_list_levels, texts))
    got = level_classes(compact(normalize_line(text)), doc_levels, doc_lists)
    assert [(fold(n), c, r) for n, c, r in got] == want


# fresh17 (opened after its never-seen score: enterprises with class 0.096) — a designation of any words the page itself
# names as a list at a level
_F17 = "other_districts_fresh17/texts/"


@pytest.mark.parametrize("style,source,text,want", [
    ("a province's list in the title", _F17 + "zhejiang-2022-shengji-jieshuixing-qiye-mingdan-news.txt:1",
     "2021年度浙江省节水型企业名单公布", {"节水型企业"}),
    ("the same in a converter page's attachment line", _F17 + "hunan-2022-jieshuixing-qiye-mingdan-converter.txt:12",
     "  附件:2022年度湖南省節(jié)水型企業(yè)名單", {"节水型企业"}),
    ("a bare 省 after the year; a store word (资源库) before 名单", _F17 + "hunan-2017-shangshi-houbei-qiye-ziyuanku-news.txt:5",
     "潇湘晨报长沙讯 29日,湖南省企业上市工作领导小组办公室对外公布了“2017年省上市后备企业资源库名单”。", {"上市后备企业"}),
    ("a city's list with its batch in brackets after it", _F17 + "guangdong_qingyuan-2023-jieshuixing-qiye-disanpi-converter.txt:6",
     "清遠(yuǎn)市2023年節(jié)水型企業(yè)名單(第三批)", {"节水型企业"}),
    ("negative: a list of persons (领导小组成员)", "data/gazettes/002_a74681798106870b.txt:1749",
     "附件：1．周村区国家卫生城市长效管理领导小组成员名单", set()),
    ("negative: a list of things to inspect", "other_districts_fresh16/texts/henan-2001-zhiwu-jianyi-tiaoli-repo.txt:45",
     "第九条 国务院农业、林业行政主管部门公布的全国植物检疫对象名单和应施检疫的植物、植物产品名单", set()),
    ("negative: the year and 上市 are no city (年上市)", _F17 + "hunan-2017-shangshi-houbei-qiye-ziyuanku-news.txt:1",
     "湖南公布2017年上市后备企业资源库名单", set()),
    ("negative: an organ's website is no designation", "other_districts_fresh2/texts/fujian_fuzhou-huanjing-xinyong-hongpai.txt:11",
     "这是我省首次发布企业环境信用评价,群众可登录省环保厅官网查询具体企业名单。", set()),
])
def test_the_designations_a_page_names_as_lists(style, source, text, want):
    from kg.extract.enterprise_sentences import page_designations
    assert page_designations(compact(normalize_line(text))) == want


@pytest.mark.parametrize("style,source,text,page,want", [
    ("listed_named: 确定X等N家为<year><province>D, D named as the page's list", _F17 + "zhejiang-2022-shengji-jieshuixing-qiye-mingdan-news.txt:5",
     "经各市初审、省级部门组织专家评审,确定浙江强伟五金有限公司等390家为2021年度浙江省节水型企业(见附件),现予以公布。",
     ["2021年度浙江省节水型企业名单公布"], [("浙江强伟五金有限公司", "省级", "节水型企业")]),
    ("levelless_chosen: the organ's choice (评选出) counted, D with no level; the page's list is the province's",
     _F17 + "hunan-2022-jieshuixing-qiye-mingdan-converter.txt:8",
     "經(jīng)企業(yè)自愿申報(bào)、各市州推薦、專(zhuān)家評(píng)審、網(wǎng)站公示等程序,省工信廳、省水利廳評(píng)選出青島啤酒(郴州)有限公司等71家節(jié)水型企業(yè),"
     "並在節(jié)水型企業(yè)基礎(chǔ)上擇優(yōu)評(píng)選出22家水效領(lǐng)跑者、10家節(jié)水標(biāo)桿企業(yè)(名單見附件),現(xiàn)予公布。",
     ["關(guān)于公布2022年度湖南省節(jié)水型企業(yè)名單的通知"], [("青岛啤酒(郴州)有限公司", "省级", "节水型企业")]),
    ("negative: the same sentence on a page that names no such list", _F17 + "zhejiang-2022-shengji-jieshuixing-qiye-mingdan-news.txt:5",
     "经各市初审、省级部门组织专家评审,确定浙江强伟五金有限公司等390家为2021年度浙江省节水型企业(见附件),现予以公布。",
     [], []),
])
def test_a_designation_the_page_names_as_a_list_is_read_by_the_listed_layouts(style, source, text, page, want):
    from kg.extract.enterprise_sentences import designation_levels, named_list_levels, page_designations
    texts = [compact(normalize_line(t)) for t in page]
    doc_levels = set().union(*map(designation_levels, texts))
    doc_lists = set().union(*map(named_list_levels, texts))
    designations = frozenset().union(*map(page_designations, texts))
    got = level_classes(compact(normalize_line(text)), doc_levels, doc_lists, designations)
    assert [(fold(n), c, r) for n, c, r in got] == want


_F17_5A = _F17 + "quanguo-2020-disanshipi-5a-ji-wuliu-qiye-pingshenhui.txt"
_F17_5A_11 = (
     "会议通过了申通快递有限公司、保定陆港投资有限公司、传化物流集团有限公司、振石集团浙江宇石国际物流有限公司、信风(宁波)海"
     "运物流有限公司、安徽顺丰速运有限公司、淮北矿业集团(滁州)华塑物流有限公司、济南永昌物流有限公司、山东将山铁路物流有限公"
     "司、茌平信发物流有限公司、山东高速物流集团有限公司、青岛日日顺供应链有限公司、海程邦达供应链管理股份有限公司、安钢集团汽"
     "车运输有限责任公司、中铁物资集团中南有限公司、湖南省港务集团有限公司、中都(株洲)物流有限公司、湖南红光物流有限公司、深"
     "圳易可达科技有限公司、深圳科捷物流有限公司、深圳市柏威国际货运代理有限公司、深圳市顺丰快运有限公司、优合集团有限公司、云"
     "南省物流投资集团有限公司、西安顺丰速运有限公司、陕西医药控股集团派昂医药有限责任公司、商洛陆港实业(集团)有限公司共27"
     "家5A级物流企业,并审议通过了第三十批585家A级物流企业名单以及同期完成复核的639家A级企业名单。")


@pytest.mark.parametrize("style,source,text,want", [
    ("passed_counted: a committee passing a long list (27 names, 411 characters) counted with 共 into nA级", _F17_5A + ":11",
     _F17_5A_11, [(n, "5A") for n in ['申通快递有限公司', '保定陆港投资有限公司', '传化物流集团有限公司', '振石集团浙江宇石国际物流有限公司', '信风(宁波)海运物流有限公司', '安徽顺丰速运有限公司', '淮北矿业集团(滁州)华塑物流有限公司', '济南永昌物流有限公司', '山东将山铁路物流有限公司', '茌平信发物流有限公司', '山东高速物流集团有限公司', '青岛日日顺供应链有限公司', '海程邦达供应链管理股份有限公司', '安钢集团汽车运输有限责任公司', '中铁物资集团中南有限公司', '湖南省港务集团有限公司', '中都(株洲)物流有限公司', '湖南红光物流有限公司', '深圳易可达科技有限公司', '深圳科捷物流有限公司', '深圳市柏威国际货运代理有限公司', '深圳市顺丰快运有限公司', '优合集团有限公司', '云南省物流投资集团有限公司', '西安顺丰速运有限公司', '陕西医药控股集团派昂医药有限责任公司', '商洛陆港实业(集团)有限公司']]),
    ("negative: a count of ratings with no names", _F17_5A + ":13", '从2020年4月开始,第三十批共评估A级物流企业585家(包括:升级企业116', []),
])
def test_names_passed_into_a_rating_counted_with_gong(style, source, text, want):
    got = narrative_classes(compact(normalize_line(text)))
    assert [(n, c) for n, c, _ in got] == want


# ---------------------------------------------------------------- stop 18: proposed lists, who is an enterprise

from kg.extract.conferrals import conferred_classes  # noqa: E402
from kg.extract.enterprise_classes import is_enterprise, proposal  # noqa: E402
from kg.extract.holder_reader import HolderReader  # noqa: E402

_F2 = "benchmarks/data/other_districts_fresh2/texts/"
_F20 = "benchmarks/data/other_districts_fresh20/texts/"
_F21 = "benchmarks/data/other_districts_fresh21/texts/"
_F23 = "benchmarks/data/other_districts_fresh23/texts/"
_E21 = "benchmarks/data/other_districts_entrep21/texts/"


# A proposed list (拟认定, a 公示 of a list or of results, 候选) is no held class, but its holders are read and marked
# "proposed"; a 公示 among the steps before a decision proposes nothing, a 公示 that ended gives the final list, and a
# 守合同重信用 公示 is that designation's conferral.
@pytest.mark.parametrize("source,sentence,want", [
    (_E21 + "anhui-wuhu-lvse-gongchang-2022-gongshi.txt:1", "拟认定芜湖东方雨虹建筑材料有限公司等20家企业为2022年度芜湖市绿色工厂,"
     "现将名单予以公示(详见附件)", True),
    (_F20 + "zhejiang_wenzhou-2016-diyipi-sheng-kejixing-qiye-gongshi.txt:1", "浙江力德节能科技有限公司等252家企业符合浙江省科技型"
     "企业认定要求,拟认定为2016年第一批省科技型企业,现予以公示", True),
    ("http://cnews.chinadaily.com.cn/2016-05/20/content_25395063.htm", "本次评级中,仅有1家企业拟评为红牌(环保不良企业)——佛山手心"
     "制药有限公司", True),
    ("https://087267.com/s1h09109/2729.html (中棉行协)", "近日,工信部公示了第四批绿色制造名单,其中绿色工厂611家", True),
    (_F16 + "sichuan_chengdu-2022-zhizaoye-danxiang-guanjun-ruxuan-news.txt:8", "4家成都企业入围国家第七批制造业单项冠军企业(产品)"
     "公示名单。", True),
    (_F21 + "hubei_huanggang-2023-shengji-fuwuxing-zhizao-shifan-news.txt:1", "5月13日至17日,省经信厅公示第五批省级服务型制造示范"
     "企业、平台、项目名单,我市4家企业、1个平台上榜。", True),
    (_F2 + "guangdong_dongguan-hongpai-trad.txt:1 (folded)", "广州省环保厅官网正在公示纳入2015年度企业环境信用管理的企业环境保护"
     "信用情况。", True),
    ("http://www.dsxlfbz.com/show.php?itemid=88908 (folded)", "日前,工业和信息化部公布2025年度新培育绿色工厂、绿色工业园区以及"
     "动态管理调整的工厂、园区公示名单。", True),
    # negatives: a 公示 among the steps, a 公示 that ended, a 守合同重信用 公示, a final act
    (_F15 + "shandong_taian-2018-shoupi-zhizaoye-danxiang-guanjun-news.txt:6", "经企业自主申报、各市经济和信息化委及有关行业协会推荐、"
     "专家评审和网上公示等程序,确定了山东省首批制造业单项冠军企业名单", None),
    ("benchmarks/data/other_districts/texts/chongqing_huanbao-jixiao-pipe.txt:2", "经企业自评、区县初评、专家会审、市级集体审查、"
     "社会公示等程序,确定了", None),
    (_E21 + "zhejiang-lucheng-nongye-longtou-2016.txt:11", "经企业申报、街镇推荐、实地审核、专家联评、评选结果公示等程序,最后确认"
     "新增温州市双潮植物园有限公司", None),
    ("benchmarks/data/other_districts_fresh10/texts/shaanxi-2024-zhongwuran-jixiao-fenji-pingding-han.txt:8",
     "现公示期已届满,将评定情况函告如下:", False),
    (_F21 + "xinjiang-2020-zhuanjingtexin-zhongxiao-qiye-shangbang-news.txt:1", "1月6日,2020年自治区“专精特新”中小企业名单公示结束,"
     "沙湾盖瑞乳业有限责任公司等158家中小企业最终上榜", False),
    ("benchmarks/data/other_districts_fresh6/texts/tianjin-shouhetong-guojiaji-news.txt:2", "日前,国家工商总局公示了2012至2013年度"
     "国家级“守合同重信用”企业名单", None),
    (_F16 + "hainan-2023-dierpi-chuangxinxing-zhongxiao-qiye-mingdan-news.txt:1", "省工业和信息化厅3月23日公布海南省第二批创新型中小"
     "企业名单,海南鑫北斗科技有限公司等159家企业入选。", None),
    ("http://www.tgrr.com.cn/xingye/2023/0625/1000162192.html (四川 中华老字号, folded)", "四川省商务厅会同文化和旅游厅、"
     "省市场监管局、省文物局对“中华老字号”申报企业的相关材料进行审核,并组织专家评审,形成四川省“中华老字号”推荐名单,进行公示。", True),
    ("http://www.wspm.com.cn/news-131276-1-58.html (芜湖, folded)", "经企业申报、地方推荐、社会公示,商务部、文化和旅游部、"
     "市场监管总局、国家知识产权局、国家文物局决定将382个品牌认定为第三批中华老字号。", None),
    ("http://news.ppzw.com/Article_Print_181035.html (山西)", "国家商务部昨日下文,正式确定第二批中华老字号名录,山西17家企业"
     "经过去年公示期,正式被商务部认定列为中华老字号", None),
    # a recommendation of holders to a higher level's designation is a proposed list (entrep25 咸宁 l.7, the same news at
    # https://wuhan.baogaosu.com/xinwen/…/49807396); a recommendation among the procedure's steps or to apply is none
    ("benchmarks/data/other_districts_entrep25/texts/hubei-xianning-shouhetong-zhongxinyong-sanji-news.txt:7",
     "此外,咸宁市工商局还推荐湖北华特红旗电缆有限公司等16家企业为省政府2014-2015年度“守合同重信用”表彰企业。", True),
    ("http://cshtsb.com/zhijian/local/181179.html (長興, folded)", "最后,结合相关部门和乡镇(街道、园区)的意见,确定推荐浙江金三发"
     "非织造布有限公司、浙江永达电力实业股份有限公司等三家企业申报市政府质量奖。", None),
    ("http://pinpaigy.com/page154?article_id=3476 (广元)", "各县区市场监管局将对市场规模较大,占有率高,…的企业,作为推荐申报对象。",
     None),
    ("benchmarks/data/other_districts_entrep21 (玉溪, tests/test_held_lists.py)", "在县区推荐的基础上,通过专家评审和媒体公示,"
     "经市农业产业化领导小组审定、市政府同意,认定16家企业为玉溪市第七批农业产业化经营", None),
    # (the 公示版 a final list is compared with is no proposal of its own: "红牌变黄牌" is the final class)
    ("benchmarks/data/other_districts_fresh7/texts/guangdong-2017-huanjing-xinyong-tongbao-news-converter.txt:2 (folded)",
     "一是公示版中唯一的“红牌”企业——中山联合鸿兴造纸有限公司,经过及时修复,红牌变黄牌。", None),
    # a condition on the 公示 and what follows it is the procedure still to come, no final list (entrep29): 丰县's forum
    # repost (fresh26), 蕉岭's 公示 (https://www.jiaoling.gov.cn/zwgk/nyxx/nyxxgkzl/content/post_2203702.html)
    ("benchmarks/data/other_districts_fresh26/texts/jiangsu_fengxian-2020-ni-shengji-shifan-jiating-nongchang-gongshi.txt:5",
     "公示无异议的,江苏省农业农村厅发文正式公布,并颁发省级示范家庭农场荣誉牌匾", None),
    ("https://www.jiaoling.gov.cn/zwgk/nyxx/nyxxgkzl/content/post_2203702.html", "公示期满,如无提出异议或有异议经审查不成立,"
     "将上报县人民政府确认发文", None),
    ("benchmarks/data/other_districts_fresh26/texts/jiangsu_fengxian-2020-ni-shengji-shifan-jiating-nongchang-gongshi.txt:4",
     "省级确定,丰县7家家庭农场拟被评为省级示范示范家庭农场,公示无异议的,江苏省农业农村厅发文正式公布", True),
    # (negatives: an ended 公示 without a condition stays final; 无异议的 before the names it qualifies is no condition)
    ("constructed from the 丰县 wording", "经公示无异议,江苏省农业农村厅发文正式公布", False),
    ("constructed", "对公示无异议的某某家庭农场等20家家庭农场予以认定,正式命名为省级示范家庭农场", False),
    # a level's final list joined to the part of it proposed higher holds that level (entrep66 驻马店, converter copy; ent72)
    ("benchmarks/data/other_districts_entrep66/texts/henan-zhumadian-lvse-gongchang-lvse-gongyinglian-shangbang-converter.txt:3",
     "省工信厅组织有关专家对申报资料进行了评审,评选出省级和拟向工业和信息化部推荐的绿色工厂106家、绿色园区7家", None),
    ("constructed from the 驻马店 wording", "评选出市级及拟向省工信厅推荐的绿色工厂20家", None),
    # (negatives: the recommendation alone, a level before 拟 with no 和, two levels' proposed list)
    ("constructed from the 驻马店 wording", "评选出拟向工业和信息化部推荐的绿色工厂10家", True),
    ("constructed", "经专家评审,确定省级拟推荐名单", True),
    ("constructed", "现将省级和国家级拟推荐名单予以公示", True),
    # a site's 公示 of a list named by its year or batch is the list's (ent79): fresh36 黑龙江 l.7
    # (https://www.cinn.cn/p/276262.html), fresh30 永修 (http://iot.china.com.cn/content/2022-11/30/content_42189618.html)
    ("benchmarks/data/other_districts_fresh36/texts/heilongjiang-2023-lvse-zhizao-mingdan-gongshi-38jia.txt:7",
     "近日,国家工信部网站公示2023年度绿色制造名单。", True),
    ("benchmarks/data/other_districts_fresh30/texts/jiangxi_yongxiu-2022-zhuanyehua-xiaojuren-gongshi.txt:2",
     "近日,江西省工业和信息化厅网站公示2022年江西省专业化小巨人企业名单,永修3家企业入选", True),
    # (negatives: a site's 公示 as a step before the act, fresh32 包头 (http://www.nmgcaijing.com/yaowen/r-44522.html) and
    # fresh14 山西 (folded))
    ("benchmarks/data/other_districts_fresh32/texts/neimenggu_baotou-2021-zhuanjingtexin-chuangxinxing-qiye.txt:1",
     "日前,记者从包头市工信局获悉,近日,经国家工信部网站公示,内蒙古自治区获批的5户国家级专精特新“小巨人”企业均为包头市企业", None),
    ("benchmarks/data/other_districts_fresh14/texts/shanxi-2023-shengji-shifan-jiating-nongchang-mingdan-traditional.txt (folded)",
     "经厅党组会议研究并在厅网站公示,决定评定“娄烦县腾凯家庭农场”等238家家庭农场为“2023年省级示范家庭农场”", None),
])
def test_a_sentence_proposes_a_list(source, sentence, want):
    assert proposal(compact(sentence)) is want


def test_a_publicity_that_confers_proposes_nothing():
    """A 守合同重信用 page's 公示 is the designation's conferral, though the sentence naming the 公示 does not name it
    (广东省市场监管局, other_districts_fresh5/texts/guangdong_shengshijianju-shouzhong-gongshi.txt:1)."""
    sentence = "经审核,广东省建筑装饰集团公司等182家企业暂未发现违法违规和失信行为,符合公示标准,现发布通告予以公示。"
    assert proposal(sentence) is True and proposal(sentence, confers=True) is None
    # (but a recommendation to the province's 守重 award on such a page is a proposed list: entrep25 咸宁 l.7)
    assert proposal("此外,咸宁市工商局还推荐湖北华特红旗电缆有限公司等16家企业为省政府2014-2015年度“守合同重信用”表彰企业。",
                    confers=True) is True


_XUCHANG = [  # (the file's first three lines)
    '许政[2017]16号',
    '各县(市、区)人民政府,市城乡一体化示范区、经济技术开发区、东城区管委会,市人民政府各部门:',
    '为深入推进供给侧结构性改革,提升质量供给水平,引导和激励全市各行各业不断提高产品质量、工程质量和服务质量水平。根据《许昌市市长质量奖管理办法》(许政〔2016〕46号)规定,在企业自愿申报的基础上,经市长质量奖评审委员会评审、市政府常务会议研究、社会公示,市政府决定授予许继电源有限公司、河南世纪香食用菌开发有限公司等2家企业“2015—2016年度许昌市市长质量奖”,各奖励100万元;授予河南许继智能科技股份有限公司、长葛市宇龙实业股份有限公司、鄢陵县花艺绿化工程有限公司等3家企业“2015—2016年度许昌市市长质量奖提名奖”,各奖励20万元。',
]


def _page(lines):
    return extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))


@pytest.mark.parametrize("style,source,lines,want", [
    ("拟认定 … 现将名单予以公示: the holder read and marked", _E21 + "anhui-wuhu-lvse-gongchang-2022-gongshi.txt:1",
     ["根据《芜湖市绿色工厂认定管理办法》有关要求,经企业申报、县区初审、专家审核、市经信局局长办公会审定,拟认定芜湖东方雨虹建筑材料"
      "有限公司等20家企业为2022年度芜湖市绿色工厂,现将名单予以公示(详见附件),公示期为5个工作日。"],
     [("芜湖东方雨虹建筑材料有限公司", "市级", "proposed")]),
    ("a sentence after the page's 公示 with no act of its own (此次上榜的…) is proposed; a final act named beside it is not",
     _F21 + "hubei_huanggang-2023-shengji-fuwuxing-zhizao-shifan-news.txt:1-2",
     ["5月13日至17日,省经信厅公示第五批省级服务型制造示范企业、平台、项目名单,我市4家企业、1个平台上榜。",
      "今年初,省经济和信息化厅公布第四批省级服务型制造示范名单,我市湖北韩泰智能设备有限公司入选省级服务型制造示范企业。"
      "此次上榜的第五批省级服务型制造示范企业为湖北赛尚服饰集团有限公司、湖北金马塑业有限公司。"],
     [("湖北韩泰智能设备有限公司", "省级", None), ("湖北赛尚服饰集团有限公司", "省级", "proposed"),
      ("湖北金马塑业有限公司", "省级", "proposed")]),
    ("a 公示 among the steps of a decision: final", "benchmarks/data/other_districts_fresh18/texts/henan_xuchang-2017-shizhang-"
     "zhiliangjiang-jueding.txt:1-3", _XUCHANG,
     [(n, "市级", None) for n in ("许继电源有限公司", "河南世纪香食用菌开发有限公司", "河南许继智能科技股份有限公司",
                                  "长葛市宇龙实业股份有限公司", "鄢陵县花艺绿化工程有限公司")]),
    ("an earlier list named after a 拟确定 (此前…已有X入选首批…) is final",
     "benchmarks/data/other_districts_fresh18/texts/shandong_qingdao-2020-shengji-gongye-lvyou-shifan-jidi-news.txt:1-3",
     ["经研究,拟确定青岛琅琊台工业旅游示范基地、山东港口青岛港工业旅游基地等18家申报单位为第三批省级工业旅游示范基地。",
      "此前,青岛已有青岛啤酒集团、青岛海尔集团、青岛海信集团入选首批山东省工业旅游示范基地。"],
     [("青岛啤酒集团", "省级", None), ("青岛海尔集团", "省级", None), ("青岛海信集团", "省级", None)]),
    ("the 公告 published after the 公示: final", "benchmarks/data/other_districts_fresh13/texts/neimenggu-2020-wushan-tongmukuang-"
     "guojiaji-lvse-kuangshan-converter.txt:2",
     ['2020年12月29日,,自然資源部發(fā)布了《關(guān)于2020年度全國綠色礦山遴選名單的公示》,共計(jì)302家礦山在冊。2021年1月11日,,自然資源部發(fā)布《自然資源部關(guān)于將河北華澳礦業(yè)開發(fā)有限公司蔡家營鋅礦等礦山納入全國綠色礦山名錄的公告》,,共計(jì)301家礦山入選。'],
     [("河北华澳矿业开发有限公司蔡家营锌矿", "国家级", None)]),
    ("members of a 复核拟通过 list (X等3家企业复核通过) after the paragraph's 拟认定 / 复核拟通过 lists: proposed",
     "benchmarks/data/other_districts_entrep25/texts/shandong-weihai-danxiang-guanjun-nirending-trad.txt:9 (folded)",
     ["近日,山东省工业和信息化厅和山东省工业经济联合会公布关于第六批山东省制造业单项冠军拟认定名单和第三批复核拟通过名单,"
      "迪尚集团有限公司等5家企业入选省级制造业单项冠军企业(产品);威海光威复合材料股份有限公司、威海天力电源科技有限公司等3家企业"
      "复核通过。"],
     [("迪尚集团有限公司", "省级", "proposed"), ("威海光威复合材料股份有限公司", "省级", "proposed"),
      ("威海天力电源科技有限公司", "省级", "proposed")]),
    ("a list the paragraph's next sentence puts to 公示 (…验收合格。现予以公示): proposed, at the check's grade",
     _F21 + "xinjiang-2020-mianhua-jiagong-qiye-yanshou-gongshi.txt:1",
     ["经塔城地区发展改革委市场监督局等相关部门验收,认为塔城地区新疆源开祥棉业有限公司、沙湾县新亮天成棉业有限公司棉花加工企业"
      "符合自治区棉花加工企业基本技术条件的要求,验收合格。依据相关政策规定,现予以公示(第七批),公示期为7天。"],
     [("新疆源开祥棉业有限公司", "合格", "proposed"), ("沙湾县新亮天成棉业有限公司", "合格", "proposed")]),
    ("a recommendation to the province's award on a 守重 page: proposed, beside the 守重 公示's final holders",
     "benchmarks/data/other_districts_entrep25/texts/hubei-xianning-shouhetong-zhongxinyong-sanji-news.txt:4,7",
     ["近日,国家工商总局、湖北省工商局相继发布了《关于公示2014——2015年度“守合同重信用”企业的公告》,湖北天化麻业股份有限公司等14家"
      "咸宁企业被认定为国家级“守合同重信用”企业。",
      "此外,咸宁市工商局还推荐湖北华特红旗电缆有限公司等16家企业为省政府2014-2015年度“守合同重信用”表彰企业。"],
     [("湖北天化麻业股份有限公司", "国家级", None), ("湖北华特红旗电缆有限公司", "省级", "proposed")]),
    # ent79: fresh36 黑龙江 (https://www.cinn.cn/p/276262.html): a site's 公示 of the year's list, then the province's share
    # of it (黑龙江省共有包括X、Y…等38家…入选): proposed, the place and its 共有包括 no part of the first name
    ("a site's 公示 of a list named by its year: its holders proposed",
     "benchmarks/data/other_districts_fresh36/texts/heilongjiang-2023-lvse-zhizao-mingdan-gongshi-38jia.txt:7,9",
     ["近日,国家工信部网站公示2023年度绿色制造名单。飞鹤乳业、香其食品、航天海鹰等黑龙江省38家工厂、3家绿色供应链管理企业入选。",
      "本次公示的2023年度绿色制造名单,是根据《工业和信息化部办公厅关于开展2023年度绿色制造名单推荐工作的通知》,经省级工业和信息化"
      "主管部门推荐及专家评审的。名单中,黑龙江省共有包括黑龙江娃哈哈饮料有限公司、哈尔滨岛田大鹏工业股份有限公司等38家绿色工厂入选;"
      "黑龙江福成实业集团股份有限公司、哈电集团哈尔滨电站阀门有限公司共3家绿色供应链管理企业入选。"],
     [(n, "国家级", "proposed") for n in ("黑龙江娃哈哈饮料有限公司", "哈尔滨岛田大鹏工业股份有限公司", "黑龙江福成实业集团股份有限公司",
                                          "哈电集团哈尔滨电站阀门有限公司")]),
    # fresh36 赤峰 (http://inews.nmgnews.com.cn/system/2019/08/19/012761846.shtml): the decision that ends the steps
    # (…及工信部最终确定,X…四户企业被评选为…) after the ministry's 公示, and an entry into a list (A和B被列入…名单), are final
    ("a final decision (最终确定, 被评选为) and an entry (被列入…名单) after a 公示: final",
     "benchmarks/data/other_districts_fresh36/texts/neimenggu_chifeng-gongxinju-guojiaji-lvse-gongchang-2019.txt:2,3",
     ["日前,国家工信部公示了第四批入选绿色制造名单。经过赤峰市推荐、自治区专家评审及工信部最终确定,安琪酵母(赤峰)有限公司、"
      "内蒙古伊品生物科技有限公司两户企业被评选为“国家级绿色工厂”。",
      "据市工信局提供的资料显示,截至目前,赤峰市已有赤峰拓佳光电有限公司被工信部评为“国家级绿色供应链管理示范企业”;"
      "内蒙古兴安银铅有限公司和赤峰山金银铅有限公司被列入自治区有色行业绿色工厂示范名单;"],
     [("安琪酵母(赤峰)有限公司", "国家级", None), ("内蒙古伊品生物科技有限公司", "国家级", None),
      ("赤峰拓佳光电有限公司", "国家级", None), ("内蒙古兴安银铅有限公司", "省级", None), ("赤峰山金银铅有限公司", "省级", None)]),
    # (negatives, constructed from the 赤峰 wording: an entry after the 公示 with no decision of its own stays proposed; an
    # entry into a 公示名单 is a proposal)
    ("constructed: an entry after the 公示, no decision", "constructed from the 赤峰 wording",
     ["日前,国家工信部公示了第四批入选绿色制造名单。安琪酵母(赤峰)有限公司、内蒙古伊品生物科技有限公司两户企业入选“国家级绿色工厂”。"],
     [("安琪酵母(赤峰)有限公司", "国家级", "proposed"), ("内蒙古伊品生物科技有限公司", "国家级", "proposed")]),
    # fresh40 兵团日报 (http://m.huyangnet.cn/content/2025-01/10/content_1948401.html, lines 7, 9): the ministry's 公示 of
    # the year's list, then "此次获评…的兵团企业是A、B…" — 此次获评 is the result of the list just reported, no act of its
    # own: proposed (README fresh40: a list reported during its 公示 is proposed even where the news says 获评)
    ("此次获评 after the ministry's 公示: the list just reported, proposed",
     "benchmarks/data/other_districts_fresh40/texts/xinjiang_bingtuan-gongxinju-2024-guojiaji-lvse-gongchang-wujia.txt:7,9",
     ["乌鲁木齐讯(兵团日报全媒体记者陈琼 实习记者张雪凝)记者从兵团工业和信息化局获悉,日前,工业和信息化部公示2024年度绿色制造"
      "名单,包括1383家绿色工厂、123家绿色工业园区、127家绿色供应链管理企业,其中,兵团5家企业获评国家级绿色工厂。",
      "据了解,此次获评国家级绿色工厂的兵团企业是天能水泥有限公司、乌鲁木齐正大畜牧有限公司、新疆金鑫利达钢管有限公司、"
      "新疆锦疆化工股份有限公司、新疆筑新新型材料有限责任公司。截至目前,兵团已累计培养兵团级及以上绿色工厂43家(其中国家级27家)。"],
     [(n, "国家级", "proposed") for n in ("天能水泥有限公司", "乌鲁木齐正大畜牧有限公司", "新疆金鑫利达钢管有限公司",
                                          "新疆锦疆化工股份有限公司", "新疆筑新新型材料有限责任公司")]),
    ("constructed: 此次获评 after the ministry's 公布: final", "constructed from the 兵团 wording",
     ["日前,工业和信息化部公布2024年度绿色制造名单,其中,兵团2家企业获评国家级绿色工厂。",
      "据了解,此次获评国家级绿色工厂的兵团企业是天能水泥有限公司、乌鲁木齐正大畜牧有限公司。"],
     [("天能水泥有限公司", "国家级", None), ("乌鲁木齐正大畜牧有限公司", "国家级", None)]),
    # entrep46 沈阳 (line 7): an entry into the list the sentence before put to 公示, then what it made of its holder
    # (上榜,成为…): the 成为 is the entry's result, no act of its own — proposed
    ("上榜,成为… after a 公示: the entry's result, proposed",
     "benchmarks/data/other_districts_entrep46/texts/liaoning-shenyang-dujiaoshou-dengling-chuying-gongshi-shouci-shangbang.txt:7",
     ["6月29日,辽宁省科学技术厅公示了2023年度第一批辽宁省独角兽、瞪羚、雏鹰企业榜单,首次发布了经第三方机构评审认定的辽宁省独角兽企业。"
      "其中,沈阳市的十月稻田集团股份有限公司成功上榜,成为辽宁省第一家也是唯一一家独角兽企业。"],
     [("十月稻田集团股份有限公司", "省级", "proposed")]),
    # entrep101 (lines as printed): holders of proposed lists in the styles of kg/extract/proposed_holders.py, read on a
    # page and marked proposed — 拟授予 short names (河南), a review proposed to pass beside a 拟认定 list (枣庄, converter),
    # numbered X技术中心 lines under a 公示's 其分别为: (国家认定企业技术中心 20批)
    ("拟授予 short names: proposed", "benchmarks/data/other_districts_entrep101/texts/henan-shengzhang-zhiliangjiang-2016-2017-nishouyu-gongshi-jianming.txt:11",
     ["公示称,根据《河南省省长质量奖管理办法》(豫政办〔2015〕82号)的规定,经企业自愿申报、资格审查、材料评审、现场评审、省长质量奖评审"
      "委员会会议审议、省政府常务会议审定等程序,河南省人民政府拟授予许继电气股份、河南省矿山起重机、雏鹰农牧集团股份、许昌远东传动轴股份、"
      "安阳市翔宇医疗设备有限责任公司、开封清明上河园股份、河南凯旺电子科技股份、郑州旭飞光电科技2016-2017年度河南省省长质量奖,现予以"
      "公示,接受社会监督。"],
     [("安阳市翔宇医疗设备有限责任公司", "省级", "proposed")]
     + [(n, "省级", "proposed") for n in ("许继电气股份", "河南省矿山起重机", "雏鹰农牧集团股份", "许昌远东传动轴股份", "开封清明上河园股份",
                                          "河南凯旺电子科技股份", "郑州旭飞光电科技")]),
    ("numbered X技术中心 lines under a 公示's 其分别为:", "benchmarks/data/other_districts_entrep101/texts/quanguo-guojia-rending-qiye-jishu-zhongxin-20pi-niren-ding-yiqi-5jia.txt:1-7",
     ["近日,国家发展改革委会同有关部门组织了2013年第20批国家认定企业技术中心的审理工作,初步提出了2013年第20批国家认定企业技术中心"
      "拟认定名单。",
      "该名单于10月8日进行了公示,名单中,有五家仪器仪表相关企业技术中心获得入选,其分别为:",
      "1、合肥美亚光电技术股份有限公司技术中心", "2、江西三川水表股份有限公司技术中心", "3、河南中光学集团有限公司技术中心"],
     [(n, "国家级", "proposed") for n in ("合肥美亚光电技术股份有限公司", "江西三川水表股份有限公司", "河南中光学集团有限公司")]),
    ("constructed: an entry into a 公示名单", "constructed from the 赤峰 wording",
     ["内蒙古兴安银铅有限公司和赤峰山金银铅有限公司被列入自治区有色行业绿色工厂示范公示名单。"],
     [("内蒙古兴安银铅有限公司", "省级", "proposed"), ("赤峰山金银铅有限公司", "省级", "proposed")]),
])
def test_holders_of_a_proposed_list_are_marked(style, source, lines, want):
    got = [(fold(e["name"]), e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == want


# Who is an enterprise: a market entity holding a designation, rating or award (companies, co-operatives, family farms,
# shops and 老字号 stores without a company ending, branches and works); associations, schools, hospitals, villages,
# government bodies, parks and scenic areas are none, nor is a kind of business spoken of in prose.
@pytest.mark.parametrize("name,want", [
    ("南京中央商场", True), ("马祥兴菜馆", True), ("四明眼镜店", True),  # fresh22 江苏 中华老字号 (food site)
    ("平昌县大运村万寿红柚专业合作社", True), ("腾凯家庭农场", True), ("上海联华超市有限公司九亭店", True),
    ("杭锦后旗沙海镇沙沟农民用水户协会", False), ("唐山市丰南区农民用水者协会", False), ("市机械行业协会", False),
    ("福建省立医院", False), ("福建省福州结核病防治院", False), ("某某县实验学校", False),
    ("河北省承德市金山岭长城景区", False), ("齐鲁软件园", False), ("市民营经济发展局", False),
    ("各大商场", False), ("大型超市", False), ("全市饭店", False), ("该市双钱实业有限公司", True),
    # entrep25: a wholesale market's operator (青岛, converter) is one; a level or a grade opening a designation's words
    # (成都's 卓越级智能工厂; 省级绿色工厂) is none
    ("青岛粮油综合批发交易市场", True), ("卓越级智能工厂", False), ("省级绿色工厂", False), ("五星级农家乐", False),
    # fresh17 松江 (shanghai_songjiang-xindeguo-chaoshi-news.txt:3, "松江六大超市榜上有名"): a count told with 大 names none;
    # fresh58 青海 (…-hainiu11-trad.txt:5): a group word in brackets ends a name
    ("松江六大超市", False), ("全国十大集团", False), ("格尔木农垦(集团)", True),
])
def test_who_is_an_enterprise(name, want):
    assert is_enterprise(name) is want


# Counted groups each given a quoted title in one act, counted in 家, 户 or 个 (only enterprises hold).
@pytest.mark.parametrize("source,line,want", [
    (_F23 + "sichuan_pingchang-2019-youxiu-minying-qiye-hezuoshe-news.txt:1",
     "2月22日,巴中市平昌县县委、县政府授予四川远鸿小角楼酒业有限公司等16家企业“平昌县优秀民营企业”称号,授予王浩等16名企业家"
     "“平昌县优秀民营企业家”称号,授予平昌县大运村万寿红柚专业合作社等16户农民专业合作社“优秀农民专业合作社”称号。",
     [("四川远鸿小角楼酒业有限公司", "县级", "平昌县优秀民营企业"), ("平昌县大运村万寿红柚专业合作社", "县级", "优秀农民专业合作社")]),
    (_F23 + "jiangsu_lianyungang-2007-fazhan-minying-jingji-youxiu-danwei-biaozhang-jueding.txt:4 "
     "(http://www.fymate.net/html/text/lar/169424/16942494.html)",
     "经研究,市政府决定对赣榆县等3个“发展民营经济优秀县区”、市民营经济发展局等11个“服务民营经济发展优秀单位”、江苏恒瑞医药股份"
     "有限公司等20个“民营企业优秀纳税大户”、江苏天明机械集团有限公司等20个“优秀民营企业”、钟慧娟等20名“第二届优秀社会主义事业建设者”"
     "进行命名表彰。",
     [("江苏恒瑞医药股份有限公司", "市级", "民营企业优秀纳税大户"), ("江苏天明机械集团有限公司", "市级", "优秀民营企业")]),
    ("https://www.kczg.org.cn/rules/detail?id=6021629 (怀化)",
     "市委、市政府分别授予湖南正清制药集团股份有限公司等51个单位“怀化市发展非公有制经济和中小企业先进单位”荣誉;",
     [("湖南正清制药集团股份有限公司", "市级", "怀化市发展非公有制经济和中小企业先进单位")]),
    ("http://wuhubb.com/info/detail_120643.html (西安, converter copy)",
     "經對各區縣推薦上報的中小企業進行綜合評審,決定授予西安達剛路面機械股份有限公司等20戶企業第二批“西安市中小企業20強”榮譽稱號。",
     [("西安达刚路面机械股份有限公司", "市级", "西安市中小企业20强")]),
    ("negative: places counted in 个 (http://ask.fsou.com/html/text/lar/173831/17383158.html)",
     "清远市等10个地级市和顺德区人民政府2010年度广东省民营经济工作为优秀等次,省人民政府决定予以通报表扬。", []),
])
def test_counted_groups_given_quoted_titles(source, line, want):
    # (西安's line names no organ: the level is its title's, "西安市人民政府关于表彰…的决定")
    title_level = "市级" if "西安" in source else None
    got = [(fold(n), level, rating) for n, level, rating in conferred_classes(compact(normalize_line(line)), title_level)]
    assert got == want


# The holders a published list, or one part of it, includes (包括了 / 名单中包含了 X等), at the page's level.
@pytest.mark.parametrize("source,lines,want", [
    (_F23 + "quanguo-2018-disanpi-lvse-zhizao-mingdan-news.txt:11-15 (http://econ.taiwan.cn/econ/201811/t20181107_12110518.htm)",
     ["本报讯(记者 赵鹏)昨天,工信部公布了《第三批绿色制造名单》,共有391家绿色工厂、480种绿色设计产品、34家绿色园区、"
      "21家绿色供应链管理示范企业上榜。",
      "记者了解到,这次公布的绿色工厂包括了北京北汽模塑科技有限公司等企业;绿色设计产品名单则有北京绿伞化学股份有限公司设计的洗衣液"
      "(七合一)等;绿色园区包括了北京经济技术开发区等;绿色供应链管理示范企业名单中包含了内蒙古赤峰拓佳光电有限公司等。"],
     [("北京北汽模塑科技有限公司", "国家级"), ("内蒙古赤峰拓佳光电有限公司", "国家级")]),
    ("negative (constructed): the companies taking part are no holders",
     ["工信部公布了《第三批绿色制造名单》。", "参与评审的企业包括了某某精密机械有限公司等。"], []),
])
def test_holders_a_published_list_includes(source, lines, want):
    reader = HolderReader()
    got = [h for line in lines for h in reader.read(compact(normalize_line(line)))]
    assert [(fold(n), k) for n, k in got] == want


def test_the_graph_and_the_page_keep_a_proposed_status():
    """A proposed holder's status reaches the graph's edges (lists, 分类) and the enterprises page prints it in Chinese."""
    from kg.graph import build_graph
    from kg.ui.indicators import STATUS_LABELS

    ent = {"id": "ent:芜湖东方雨虹建筑材料有限公司", "name": "芜湖东方雨虹建筑材料有限公司", "aliases": [],
           "source": {"file": "x.txt", "line_start": 1, "line_end": 1, "text": "拟认定…"},
           "classifications": [{"class": "市级", "label": None, "rating": "绿色工厂", "list": "x", "doc_id": "d1",
                                "year": 2022, "row_no": None, "status": "proposed"}]}
    G = build_graph([], {"enterprises": [ent]})
    edges = [(k, a.get("status")) for _, _, k, a in G.edges(keys=True, data=True)]
    assert ("lists", "proposed") in edges and ("分类", "proposed") in edges
    assert STATUS_LABELS["proposed"] == "拟认定（公示中）"


_E25 = "benchmarks/data/other_districts_entrep25/texts/"


@pytest.mark.parametrize("style,source,lines,want", [
    # a chamber's 公示 of grades raised on review: the grade after the arrow (proposed: 公示期…如有异议)
    ("X:AA级→AAA级, the grade after the arrow", _E25 + "quanguo-chengbao-shanghui-xinyong-dengji-tiaozheng-gongshi.txt:1-6 "
     "(http://chinep.net/new/show.php?itemid=3100)",
     ["2017年度企业信用等级评价结果公示期间,6家劳务企业向秘书处提出书面反馈意见,希望商会能上调其信用等级。根据《承包商会信用等级评价"
      "管理办法》,现对3家企业信用等级调整情况公式如下:", "1、山东国际合作联合有限公司:AA级→AAA级",
      "3、沧州市对外经济技术合作有限公司:A级→AA级", "公式期5个工作日,自12月6日至12月13日。公示期内,如对上述3企业等级有异议,可同商会联系。"],
     [("山东国际合作联合有限公司", "AAA", "proposed"), ("沧州市对外经济技术合作有限公司", "AA", "proposed")]),
    # (negative: the rating agency named in the prose beside it holds nothing)
    ("the assessor named in prose holds no grade", _E25 + "quanguo-chengbao-shanghui-xinyong-dengji-tiaozheng-gongshi.txt:1",
     ["根据信用评价工作程序,承包商会请评级机构——国富泰信用管理有限公司对企业申诉情况进行复审并出具复核意见:对其中3家企业上调等级。"], []),
    # a row whose number lost its dot, after the row numbered one less: still a row (宜章's 拟定名单)
    ("7宜章县… after 6.: a row", _E25 + "hunan-yizhang-shifan-hezuoshe-jiatingnongchang-nirending.txt:13-17 "
     "(https://www.424200.cn/news/820.html)",
     ["宜章县2023年度县级示范农民合作社", "拟定名单", "6.宜章县浆水乡安民种养专业合作社", "7宜章县伟腾种养专业合作社",
      "8.宜章县尚洞种养专业合作社"],
     [("安民种养专业合作社", "县级", "proposed"), ("宜章县伟腾种养专业合作社", "县级", "proposed"),
      ("宜章县尚洞种养专业合作社", "县级", "proposed")]),
    # a name on its own line before the act that enters it, on a page a national organ's 印发 of the list dates
    ("X ⏎ 成功入选, under 国务院国资委印发《…名单》", _E25 + "henan-jiyuan-shijie-yiliu-zhuanjingtexin-shifan-news.txt:4-10 "
     "(https://gkj.jiyuan.gov.cn/gxzt/yhyshj/gzwk/t896190.html)",
     ["3月16日", "国务院国资委印发", "《创建世界一流示范企业和专精特新示范企业名单》", "其中", "河南豫光金铅集团有限责任公司", "成功入选",
      "创建世界一流示范企业有上海汽车集团股份有限公司、安徽海螺集团有限责任公司等7家地方国有企业;专精特新示范企业共有中国核工业集团有限公司等200家。"],
     [("河南豫光金铅集团有限责任公司", "国家级", None), ("上海汽车集团股份有限公司", "国家级", None),
      ("安徽海螺集团有限责任公司", "国家级", None), ("中国核工业集团有限公司", "国家级", None)]),
    # (negatives: a name on its own line before a line that is no act; a count of kinds of business is no holder)
    ("X ⏎ a line that is no act: nothing", "constructed from the 济源 layout",
     ["国务院国资委印发", "河南豫光金铅集团有限责任公司", "成立于1957年,是全国最大的铅冶炼企业。"], []),
    # a company named before its quoted task ("X揭榜任务“…工厂”") is the holder, not the task; a scene's 建设 is no name
    ("X揭榜任务“…示范工厂”、Y揭榜任务“…” 入选", _E25 + "quanguo-zhineng-zhizao-shifan-gongchang-jiebang-2022.txt:1-3 "
     "(https://dlsb.xwboo.com/news/70938.html)",
     ["工业和信息化部等四部门将2022年度智能制造示范工厂揭榜单位和优秀场景名单予以公告。",
      "在此次入选名单中,施耐德(北京)低压电有限公司揭榜任务“低压电器智能制造示范工厂”、厦门天马微电子有限公司揭榜任务“低温多晶硅面板"
      "智能制造示范工厂”入选。",
      "名单显示,入选优秀场景名单中包括智能仓储、产线柔性配置、数字孪生工厂建设、人机协同制造等多个典型场景。"],
     [("施耐德(北京)低压电有限公司", "国家级", None), ("厦门天马微电子有限公司", "国家级", None)]),
    # 守合同重信用 is a designation (合同 in it is no contract money)
    ("X等14家…被认定为国家级“守合同重信用”企业", _E25 + "hubei-xianning-shouhetong-zhongxinyong-sanji-news.txt:4 "
     "(https://wuhan.baogaosu.com/xinwen/…/49807396)",
     ["近日,国家工商总局、湖北省工商局相继发布了《关于公示2014——2015年度“守合同重信用”企业的公告》,湖北天化麻业股份有限公司等14家"
      "咸宁企业被认定为国家级“守合同重信用”企业,武汉喜玛拉雅光电科技股份有限公司等202家咸宁企业被认定为湖北省“守合同重信用”企业。"],
     [("湖北天化麻业股份有限公司", "国家级", None), ("武汉喜玛拉雅光电科技股份有限公司", "省级", None)]),
    # the holders after 为 and before the award (为X等N家企业授予了“…”牌匾), at the level of the place that gives it; a
    # wholesale market's operator is a market entity; "这105家企业包括X等26家…" after the act that counted them (converter)
    ("四方区为X等21家企业授予了“…”牌匾; 这105家企业包括X等…", _E25 + "shandong-qingdao-shouzhong-chengxin-qiye-converter.txt:1-2 "
     "(http://rixinpaint.cn/content/2004-04/12/content_2986662.htm)",
     ["本報訊 日前,四方區(qū)為青島糧油綜合批發(fā)交易市場等轄區(qū)內21家企業(yè)授予了“守合同、重信用”牌匾。",
      "另訊近日,萊西市首批105家企業(yè)也受到了政府表彰,并被授予“萊西市誠信企業(yè)”榮譽稱號。這105家企業(yè)包括萊西市建筑總公司等26家內資企業(yè),"
      "青島雀巢有限公司等29家外資企業(yè)和青島宏遠置業(yè)集團有限公司等50家私營企業(yè)。"],
     # (萊西 is a county-level city: its own list 县级, the lead's ruling, stop 37)
     [("青岛粮油综合批发交易市场", "区级", None), ("莱西市建筑总公司", "县级", None), ("青岛雀巢有限公司", "县级", None),
      ("青岛宏远置业集团有限公司", "县级", None)]),
    ("为X授予 money: nothing; 这N家企业包括 with no act before: nothing", "constructed",
     ["区政府为某某机械有限公司等3家企业授予奖金100万元。", "这3家企业包括某某机械有限公司等2家外资企业。"], []),
    # a 公示 naming its list by those it will hold (拟入选的卓越级智能工厂项目名单进行公示), then the city's holders entering
    # it: the scheme's grade is the class, proposed (traditional page; bracketed places in names)
    ("拟入选的…名单进行公示,其中X有7家企业进入公示名单,分别是…", _E25 + "sichuan-chengdu-zhuoyueji-zhineng-gongchang-gongshi-trad.txt:1-3 "
     "(http://www.0859xyzj.com/news/6710789)",
     ["9月4日,工業和信息化部將擬入選的2025年度卓越級智能工廠項目名單進行公示,其中成都有7家企業進入公示名單,分別是成都硅寶科技股份有限公司、"
      "鴻富錦精密電子(成都)有限公司、中國核動力研究設計院。",
      "其中,卓越級智能工廠要求入選企業在生產智能化、裝備管控等方面達到行業領先水平。",
      "按照《智能工廠梯度培育要素條件(2025年版)》,將分基礎級、先進級、卓越級和領航級智能工廠四個層級進行培育。"],
     [("成都硅宝科技股份有限公司", "卓越级", "proposed"), ("鸿富锦精密电子(成都)有限公司", "卓越级", "proposed")]),
    # a company named with its product (X生产的P, 进入…公示名单) holds no class: the award is the product's (fresh16's
    # 成都 高压辊磨机 convention), in the traditional page too
    ("X生產的P,進入…公示名單: nothing", _E25 + "liaoning-danxiang-guanjun-7pi-chanpin-gongshi-trad.txt:1 "
     "(http://www.hnhzjc.com/news/show-11124.html)",
     ["記者從雙塔區工信局獲悉,10月24日,遼寧省工業和信息化廳發布了《關于遼寧省第七批制造業單項冠軍企業(產品)復核通過名單的公示》。"
      "朝陽金達鈦業股份有限公司生產的小粒度海綿鈦,進入第七批制造業單項冠軍企業(產品)公示名單。"], []),
    # a reporter's byline under a list's title is no member of it (济宁, a forum repost)
    ("list title ⏎ byline: nothing", _E25 + "shandong-jining-zhuanjingtexin-shiji-forum.txt:3-4 "
     "(http://bbs.jiningshizx.com/archiver/showtopic-10181.aspx)",
     ["年度济宁市“专精特新”中小企业名单", "闪电新闻记者贾鑫济宁报道"], []),
    # the same wording on two other real pages (pages corpus): 随州 曾都区 (http://www.suiw.cn/portal.php?aid=101858&mod=view),
    # a quoted name counted without 家; 咸宁日报's copy (http://szb.xnnews.com.cn/xnrb/html/2016-08/27/content_184688.htm)
    ("“X”等54企业被认定为曾都区…“守合同重信用”企业", "http://www.suiw.cn/portal.php?aid=101858&mod=view",
     ["随州网讯 通讯员马莉报道:近日,随州市曾都区工商局组织开展了曾都第八(2013-2014年度)“守合同重信用”活动,“湖北江南专用特种汽车"
      "有限公司”等54企业被认定为曾都区第八届 “守合同重信用”企业。"],
     [("湖北江南专用特种汽车有限公司", "区级", None)]),
    ("咸宁日报's copy", "http://szb.xnnews.com.cn/xnrb/html/2016-08/27/content_184688.htm",
     ["本报讯通讯员徐科报道:近日,国家工商总局、省工商局相继发布了《关于公示2014——2015年度“守合同重信用”企业的公告》,湖北天化麻业"
      "股份有限公司等14家咸宁企业被认定为国家级“守合同重信用”企业。"],
     [("湖北天化麻业股份有限公司", "国家级", None)]),
    ("a contract won is no designation", "constructed",
     ["我市某某机械有限公司获得3000万元出口合同。"], []),
    ("全市企业有X家: no holders", "constructed",
     ["截至目前,全市规模以上工业企业有1200家,其中高新技术企业有300家。"], []),
])
def test_entrep25_wordings(style, source, lines, want):
    got = [(fold(e["name"]), e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == want


def test_names_one_a_line_before_the_count_and_act_that_gather_them():
    """fresh25 黄梅 (https://c.m.163.com/news/a/JVCQLMCP05349WHE.html, a county's post): names one a line, then the count
    that gathers them and the act (on the count's line or the next): the names are its members, at the act's level, and
    final though the page spoke of the province's 公示 above; a run of names no count and act follow holds nothing."""
    head = ["喜报!黄梅新增8家!", "", "日前,湖北省经济和信息化厅公布《关于湖北省第七批专精特新中小企业及第三批、第四批专精特新中小企业"
            "复核名单的公示》文件。", ""]
    new = ["湖北福鑫新材料科技有限公司", "", "湖北隆华种业有限公司", "", "湖北曙光食品有限公司", ""]
    kept = ["湖北铭宇水晶饰品有限公司", "", "湖北宇星水钻饰品有限公司", ""]
    text = "\n".join(head + new + ["3家企业", "", "荣获湖北省专精特新中小企业称号", ""]
                     + kept + ["等8家企业通过复核", "", "保留专精特新中小企业称号"])
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["status"], e["source"]["line_start"])
           for e in extract_enterprises(segment_issue(normalize_lines(text), "x.txt"))]
    assert got == [(n, "省级", None, i) for n, i in [("湖北福鑫新材料科技有限公司", 5), ("湖北隆华种业有限公司", 7),
                                                   ("湖北曙光食品有限公司", 9), ("湖北铭宇水晶饰品有限公司", 15),
                                                   ("湖北宇星水钻饰品有限公司", 17)]]
    # (no count and act after the names: a page's list of partners, say, holds nothing)
    bare = "\n".join(head + new + ["欢迎广大企业踊跃参与。"])
    assert extract_enterprises(segment_issue(normalize_lines(bare), "x.txt")) == []


_F26 = "benchmarks/data/other_districts_fresh26/texts/"
_GZ = _F26 + "guangdong_guangzhou-diershijiupi-guojia-qiye-jishu-zhongxin-trad.txt"
_FX = _F26 + "jiangsu_fengxian-2020-ni-shengji-shifan-jiating-nongchang-gongshi.txt"


def _lines(path, numbers):
    text = open(path, encoding="utf-8").read().split("\n")
    return [text[i - 1] for i in numbers]


@pytest.mark.parametrize("style,source,lines,want", [
    # 名列其中 enters the list the clause before names (在…名单中); 入选的企业既有X…,也有…,如Y: the holders of the page's list
    # (广州日报's copy, traditional, http://www.zhuanguanjia.com/news/shehui/164975.html)
    ("在…名單中,X、Y、Z等三家…企業名列其中; 入選的企業既有X…,也有…,如Y、Z等", _GZ + ":2,4", _lines(_GZ, [2, 4]),
     [(n, "国家级", None) for n in ("广州达安基因股份有限公司", "广州市昊志机电股份有限公司", "广东芬尼克兹节能设备有限公司",
                                   "广州无线电集团有限公司", "广州汽车集团股份有限公司有限公司", "广州视源电子科技股份有限公司",
                                   "广州明珞装备股份有限公司", "广州禾信仪器股份有限公司")]),
    # (negatives: 名列 a rank is no entry; the projects entered name no holders; a list's 拟 keeps them proposed)
    ("名列…第12位: nothing", "constructed", ["某某集团有限公司名列全国民营企业500强第12位。"], []),
    ("入选的项目既有…: nothing", "constructed",
     ["近日,国家发展改革委印发国家企业技术中心名单。其中,入选的项目既有某某有限公司的新材料项目,也有不少中小企业的项目,如某某科技有限公司的芯片项目等。"], []),
    ("在拟认定名单中,X名列其中: proposed", "constructed",
     ["近日,省工信厅公示第五批省级专精特新中小企业拟认定名单。在拟认定名单中,某某机械有限公司、某某化工有限公司等两家企业名列其中。"],
     [("某某机械有限公司", "省级", "proposed"), ("某某化工有限公司", "省级", "proposed")]),
    # 丰县 (a forum's repost, fresh26): N家家庭农场拟被评为…, then N names apart by spaces on a later line; a farm is named
    # less its places (farm_placed), proposed (拟被评为; 公示无异议的… is the procedure to come)
    ("N家家庭农场拟被评为… ⏎ … X Y Z (spaces)", _FX + ":4-5", _lines(_FX, [4, 5]),
     [(n, "省级", "proposed") for n in ("强睿家庭农场", "俊东谷物种植家庭农场", "丰富食用菌种植家庭农场", "聚源有机果蔬种植家庭农场",
                                       "滨湖果蔬家庭农场", "金园果蔬种植家庭农场", "成峰果蔬种植家庭农场")]),
    # (negatives: a run of spaced names of another length than the count, or with no counted act before it)
    ("spaced run of 2 after a count of 3: nothing", "constructed",
     ["某县3家家庭农场被评为省级示范家庭农场。", "名单如下 某某家庭农场 某某种植家庭农场 欢迎参观"], []),
    ("spaced names with no counted act: nothing", "constructed",
     ["欢迎大家周末前往采摘。", "某某家庭农场 某某种植家庭农场 某某果蔬家庭农场"], []),
    # 授予X<award> unquoted, one holder (叶县's 决定, https://www.yexian.gov.cn/contents/33178/271076.html, fresh26)
    ("授予X分公司县长质量贡献奖", _F26 + "henan_yexian-2013-xianzhang-zhiliang-jiang-biaozhang-jueding.txt:6",
     ["经县政府研究,决定授予北京韩建河山管业股份有限公司叶县分公司县长质量贡献奖,奖励5万元。"],
     [("北京韩建河山管业股份有限公司叶县分公司", "县级", None)]),
    ("授予a company's staff an award: nothing", "constructed", ["县政府决定授予某某有限公司职工李明县长质量贡献奖。"], []),
])
def test_entrep29_wordings(style, source, lines, want):
    got = [(fold(e["name"]), e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == want


_F27 = "benchmarks/data/other_districts_fresh27/texts/"


@pytest.mark.parametrize("style,source,lines,want", [
    # two counted groups of one act joined by 和, each told by what it passed (通过监测的, 新申报的); the years a list holds
    # for printed as a range (衡水市2020-2022年度…示范社): each group's first name, at the city's level, proposed
    ("拟将通过监测的X等266家…和新申报的Y等84家…认定为<city><years>…示范社", _F27 + "hebei_hengshui-2020-nongmin-hezuoshe-shifanshe-gongshi.txt:1",
     ["经合作社自主申报,县市区农业农村部门初审并征求同级相关部门意见,市农业农村局征求同级相关部门意见,拟将通过监测的衡水市桃城区"
      "兴城韭菜种植专业合作社等266家原市级示范社和新申报的衡水市盛隆粮棉种植专业合作社等84家农民合作社认定为衡水市2020-2022年度"
      "农民合作社示范社,现予以公示。"],
     [("衡水市桃城区兴城韭菜种植专业合作社", "市级", "proposed"), ("衡水市盛隆粮棉种植专业合作社", "市级", "proposed")]),
    # the same act with one group (邢台, http://kuajiezhengce.com/mobile/policy/view?id=4227)
    ("拟评定X等189家合作社为<year><city>市级示范社", "kuajiezhengce.com 邢台",
     ["2019年9月19日经市农业农村局第13次局党组会议集体研究决定,拟评定宁晋县源远种植专业合作社等189家合作社为2019年邢台市市级"
      "示范社。为广泛接受社会监督,现将结果予以公示(详见附件)。"],
     [("宁晋县源远种植专业合作社", "市级", "proposed")]),
    # (negative: groups counted with no name, 乐昌, http://m.roundyun.com/zwgk/wgk/zxgk/content/post_2036298.html, converter)
    ("擬認定18家新申報…及52家監測合格的示范社為…: nothing", "roundyun.com 乐昌",
     ["經(jīng)各鎮(zhèn)推薦和相關(guān)職能部門認(rèn)真審查申報(bào)材料及實(shí)地核實(shí),我市共70家不同行業(yè)、不同類型的農(nóng)民專業(yè)"
      "合作社達(dá)到縣級(jí)示范社標(biāo)準(zhǔn),現(xiàn)擬認(rèn)定18家新申報(bào)農(nóng)民專業(yè)合作社及52家監(jiān)測(cè)合格的示范社為2021年"
      "樂(lè)昌市農(nóng)民專業(yè)合作社縣級(jí)示范社,并進(jìn)行認(rèn)定前公示。"], []),
    # a published list named with no level, in a notice to 各省、自治区、直辖市: the nation's (农业部 and ten ministries)
    ("各省、自治区、直辖市… ⏎ 现将“X”等 6663家首批…示范社名录予以发布", _F27 + "quanguo_nongyebu-2011-shoupi-hezuoshe-shifanshe-minglu.txt:1-2",
     _lines(_F27 + "quanguo_nongyebu-2011-shoupi-hezuoshe-shifanshe-minglu.txt", [1, 2]),
     [("北京荣涛豌豆产销专业合作社", "国家级", None)]),
    # (negative: the same list in a notice to a province's cities tells no level; constructed)
    ("各州、市… ⏎ 现将X等20家…示范社名录予以发布: nothing", "constructed",
     ["各州、市农业农村局:", "现将昆明某某种植专业合作社等20家农民专业合作社示范社名录予以发布。"], []),
    # a qualification confirmed (确认…具有…资格), two counted groups apart by 、 (国家发展改革委's 28th batch)
    ("确认X等101家企业技术中心、Y等3家分中心,…具有国家企业技术中心及分中心资格",
     _F27 + "quanguo_fagaiwei-2022-guojia-qiye-jishu-zhongxin-28pi-tongzhi.txt:27",
     ["一、确认北京华大九天科技股份有限公司等101家企业技术中心、江苏天士力帝益药业有限公司等3家分中心,自本通知印发之日起具有国家"
      "企业技术中心及分中心资格。"],
     [("北京华大九天科技股份有限公司", "国家级", None), ("江苏天士力帝益药业有限公司", "国家级", None)]),
    # (negative: the next item revokes, counts only)
    ("…有142家…资格…相应撤销: nothing", _F27 + "quanguo_fagaiwei-2022-guojia-qiye-jishu-zhongxin-28pi-tongzhi.txt:29",
     ["二、在2021年国家企业技术中心评价中,根据《国家企业技术中心认定管理办法》,因存在未报送材料、评价不合格等情况,有142家国家企业"
      "技术中心及分中心资格自本通知印发之日起相应撤销。"], []),
    # two groups joined by 和 after a count (…等98家技术中心和Y…等6家分中心): Y is no "技术中心和Y"; an ending misprinted after
    # a company's 技术中心 is the company's (http://m.feibaos.com/news/info/3686.html prints the same line)
    ("拟定X技术中心等98家技术中心和Y技术中心有限公司等6家分中心为…国家企业技术中心",
     _F27 + "quanguo_fagaiwei-2015-guojia-qiye-jishu-zhongxin-22pi-niding.txt:2",
     ["拟定北京当升材料科技股份有限公司技术中心等98家技术中心和三一重机有限公司技术中心有限公司等6家分中心为2015年(第22批)国家"
      "企业技术中心,共116家。"],
     [("北京当升材料科技股份有限公司", "国家级", "proposed"), ("三一重机有限公司", "国家级", "proposed")]),
    # a province's list published in the sentence before (省…厅发布了…名单), then X、Y成功入选,荣获『省…』称号 (corner
    # quotes of a traditional page): the province's
    ("省工業和信息化廳發布了…名單。X、Y…成功入選,榮獲『省創新型中小企業』稱號", _F27 + "heilongjiang_anda-2023-chuangxinxing-zhongxiao-qiye-trad.txt:1",
     _lines(_F27 + "heilongjiang_anda-2023-chuangxinxing-zhongxiao-qiye-trad.txt", [1]),
     [(n, "省级", None) for n in ("黑龙江吉地油田服务股份有限公司", "黑龙江佳宜宏大化工有限公司", "黑龙江劳力科技有限公司",
                                 "安达辉煌生物医药科技有限公司")]),
    # a company printed short and its branch (X及其分公司Y同时荣获…): both hold it (converter copy)
    ("X及其分公司Y同時榮獲“2010年度湖南省納稅50強企業”", _F27 + "hunan_sheng-2010-nashui-50qiang-qiye-zhonglian-zhongke-converter.txt:2",
     _lines(_F27 + "hunan_sheng-2010-nashui-50qiang-qiye-zhonglian-zhongke-converter.txt", [2]),
     [("中联重科", "省级", None), ("工程起重机公司", "省级", None)]),
    # a recommendation to a designation's 认定 (推荐X等36家企业参加<province><batch><designation>认定申报): proposed, at the
    # level of the list as printed (聊城; the same notice at https://www.kczg.org.cn/rules/detail?id=6091498)
    ("推荐X等36家企业参加2020年度山东省第二批高新技术企业认定申报", _F27 + "shandong_liaocheng-2020-gaoqi-dierpi-tuijian-gonggao.txt:1,5",
     _lines(_F27 + "shandong_liaocheng-2020-gaoqi-dierpi-tuijian-gonggao.txt", [1, 5]),
     [("中通客车控股股份有限公司", "省级", "proposed")]),
    # (negatives: a recommendation to apply for an award, 长兴 (cshtsb.com, in test_held_lists); a call to recommend with no
    # names, 上城区 (http://dwdqo16.cn/info/1052/1607.htm, converter))
    ("推荐X等三家企业申报市政府质量奖: nothing", "cshtsb.com 长兴",
     ["最后,结合相关部门和乡镇(街道、园区)的意见,确定推荐浙江金三发非织造布有限公司、浙江永达电力实业股份有限公司等三家企业申报市政府质量奖。"],
     []),
    ("請各街道、園區做好…推薦發動: nothing", "dwdqo16.cn 上城区",
     ["本次預(yù)申報(bào)企業(yè)將作為后期培訓(xùn)及專家預(yù)評(píng)審的重點(diǎn)。請(qǐng)各街道、園區(qū)做好摸底調(diào)研及推薦發(fā)動(dòng),"
      "做到應(yīng)報(bào)盡報(bào)。"], []),
    # an earlier designation told as the place's work (已培育X为国家级、省级…企业): the holder at each level of the run
    ("已培育X為國家級、省級專精特新『小巨人』企業", _F27 + "heilongjiang_anda-2023-chuangxinxing-zhongxiao-qiye-trad.txt:3",
     ["近年來,安達市不斷加大企業培育力度。2022年,安達市已培育吉地油服公司為國家級、省級專精特新『小巨人』企業,省級『民營高新技術企業50強』。"],
     [("吉地油服公司", "国家级", None), ("吉地油服公司", "省级", None)]),
    # (negatives: an aim (力争培育, no 已) and the scheme's words (逐步培育企业成长为…, http://m.sharonstine.net/meitinei/84.html))
    ("力争培育X为国家级…: nothing", "constructed", ["2024年,力争培育某某科技有限公司为国家级专精特新“小巨人”企业。"], []),
    ("逐步培育企業成長為…單項冠軍: nothing", "sharonstine.net 辽宁",
     ["重點實施“認定產品、培育企業、打造小巨人”梯度培育,逐步培育企業成長為細分領域的單項冠軍。"], []),
    # (negative: a pronoun is no parent, nor a holder; constructed)
    ("该企业及其分公司…: no 该企业", "constructed",
     ["该企业及其分公司某某机械有限公司同时荣获“2010年度湖南省纳税50强企业”荣誉。"], []),
    # the holders the place has fostered, counted and given their level (培育出X、Y、Z3家国家级…企业), the last a group
    # printed with its group word in brackets (格尔木农垦(集团)): each at the level printed
    ("培育出X、Y、Z3家國家級重點農牧業產業化龍頭企業", "fresh58 qinghai_sheng-nongken-2025-pinpai-mulu-longtou-hainiu11-trad.txt:5",
     ["目前,培育出青海省三江集團、柴達木農墾集團、格爾木農墾(集團)3家國家級重點農牧業產業化龍頭企業,9家省級農牧業產業化龍頭企業。"],
     [("青海省三江集团", "国家级", None), ("柴达木农垦集团", "国家级", None), ("格尔木农垦(集团)", "国家级", None)]),
    # (negative: a count fostered with no names; constructed)
    ("培育出N家…: nothing", "constructed", ["全市培育出3家国家级重点龙头企业。"], []),
    # a review passed (X等9户企业顺利通过第四批<designation>复核), the designation printed with no level in a paragraph that
    # names it at one level (认定…为青海省第七批<designation>): the holders keep it at that level
    ("认定X等30户企业为青海省第七批…,同时,Y等9户企业顺利通过第四批…复核", "fresh33 qinghai-diqipi-zhuanjingtexin-zhongxiao-qiye-rending.txt:2",
     ["为深入贯彻党中央国务院、省委省政府关于推动中小企业高质量发展的决策部署,我们培育了一批“专精特新”骨干企业,旨在鼓励和引导我省中小企业在专业化、精细化、特色化及创新方面取得更大成就。按照相关通知要求,"
      "经过企业自愿申报、市(州)初审推荐、专家评审、信用信息查询及社会公示等严格程序,我们认定了青海莱润环保科技有限公司等30户企业为青海省第七批专精特新中小企业,同时,青海华汇新能源有限公司等9户企业顺利"
      "通过第四批专精特新中小企业复核(具体名单详见附件)。"],
     [("青海莱润环保科技有限公司", "省级", None), ("青海华汇新能源有限公司", "省级", None)]),
    # a list put to a 动态调整 after a check (确定对X、Y等17家首批“领跑者”企业进行动态调整) holds nothing; the year's
    # designation in the line before keeps its holders (entrep66 河北, traditional)
    ("確定…為2023年度…企業;確定對X、Y等17家首批“領跑者”企業進行動態調整: the first only",
     "entrep66 hebei-xianyu-tese-chanye-jiqun-lingpaozhe-dongtai-tiaozheng-trad.txt:6-7",
     _lines("benchmarks/data/other_districts_entrep66/texts/hebei-xianyu-tese-chanye-jiqun-lingpaozhe-dongtai-tiaozheng-trad.txt",
            [6, 7]),
     [("河北同福健康产业有限公司", "省级", None), ("河北华通线缆集团股份有限公司", "省级", None)]),
    # a second designation of the same holder told in the passive after 同时 (X被工信部评为“国家级…”,同时被自治区确定为…):
    # X at each level, the second the organ's between 被 and the act (fresh36 赤峰)
    ("X被工信部评为“国家级绿色工厂”,同时被自治区确定为第一批绿色制造示范企业",
     "fresh36 neimenggu_chifeng-gongxinju-guojiaji-lvse-gongchang-2019.txt:3",
     _lines("benchmarks/data/other_districts_fresh36/texts/neimenggu_chifeng-gongxinju-guojiaji-lvse-gongchang-2019.txt", [3]),
     [("赤峰嘉隆新型材料有限公司", "国家级", None), ("赤峰拓佳光电有限公司", "国家级", None),
      ("内蒙古兴安银铅有限公司", "省级", None), ("赤峰山金银铅有限公司", "省级", None), ("赤峰嘉隆新型材料有限公司", "省级", None)]),
])
def test_entrep32_wordings(style, source, lines, want):
    got = [(fold(e["name"]), e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == want


# A 老字号 list prints each holder with its brand as a clause after it (entrep31): the clause is dropped, its items joined
XIAMEN_LZH = "http://m.mnw.cn/xiamen/news/2855323.html"  # 中华老字号 复核, 厦门 (also printed in its s2twp copy)
NINGBO_LZH = "http://news.cnnb.com.cn/system/2010/10/13/006705472.shtml"  # 浙江老字号, 宁波
LANZHOU_LZH = "http://lzcbszb.benliuxinwen.com/202311/13/c123180.html"  # 中华老字号 复核, 甘肃: a brand named after its company


@pytest.mark.parametrize("source,text,want", [
    (XIAMEN_LZH, "分别是厦门白鹭食品工业有限公司,品牌为“白鹭”;厦门茶叶进出口有限公司,品牌为“海堤”;厦门夏商好清香餐饮管理有限公司,品牌为“好清香”。",
     "分别是厦门白鹭食品工业有限公司、厦门茶叶进出口有限公司、厦门夏商好清香餐饮管理有限公司。"),
    (XIAMEN_LZH, "分別是廈門白鷺食品工業有限公司,品牌為“白鷺”;廈門茶葉進出口有限公司,品牌為“海堤”。",
     "分別是廈門白鷺食品工業有限公司、廈門茶葉進出口有限公司。"),
    (NINGBO_LZH, "宁波药材股份有限公司,品牌“冯存仁”,品牌创立于1851年。", "宁波药材股份有限公司。"),
    (NINGBO_LZH, "宁波市海曙橡塑鞋业公司,品牌“老三进”,品牌创立于19世纪末。", "宁波市海曙橡塑鞋业公司。"),
    # negatives: a brand named with 的 after its company, brands in brackets, a list of brands alone
    (LANZHOU_LZH, "附条件通过的品牌是甘肃武酒酒业(集团)有限公司的武九品牌。", "附条件通过的品牌是甘肃武酒酒业(集团)有限公司的武九品牌。"),
    (LANZHOU_LZH, "分别是滨河、红川牌、金徽、酒泉、佛慈、景扬楼、马子禄、天生园、悦宾楼、足赤、崆峒、渭水、飞天。",
     "分别是滨河、红川牌、金徽、酒泉、佛慈、景扬楼、马子禄、天生园、悦宾楼、足赤、崆峒、渭水、飞天。"),
    ("https://www.yuhaojiang.com/redian/1394806.html", "其中,来自长沙的有湖南天马山食品科技有限公司(天马山)、湖南茶业集团股份有限公司(合作)等。",
     "其中,来自长沙的有湖南天马山食品科技有限公司(天马山)、湖南茶业集团股份有限公司(合作)等。"),
])
def test_brand_clauses_after_names(source, text, want):
    assert unbranded(text) == want


def test_a_list_of_holders_each_with_its_brand():
    lines = ["中华老字号复核结果公布 厦门11家企业通过复核", "记者梳理发现,厦门有11家“中华老字号”企业通过复核,1家未通过。",
             "记者了解到,厦门通过此次复核的11家“中华老字号”,分别是厦门白鹭食品工业有限公司,品牌为“白鹭”;厦门市南普陀寺实业社,"
             "品牌为“南普陀”;厦门市同安吴招治薄饼店,品牌为“吴招治”。",
             "1家未通过本次复核,即“厦门光华大药房连锁有限公司”,品牌为“佛手”,原因是该企业已不符合“中华老字号”条件。"]
    issue = segment_issue(normalize_lines("\n".join(lines)), "xm.txt")  # lines as printed on XIAMEN_LZH
    got = [(e["name"], e["classifications"][0]["class"]) for e in extract_enterprises(issue)]
    assert got == [("厦门白鹭食品工业有限公司", "国家级"), ("厦门市南普陀寺实业社", "国家级"), ("厦门市同安吴招治薄饼店", "国家级")]


# "一、取消星级" ⏎ "1. X(星牌号:…)" … "二、限期整改12个月" ⏎ "10. Y(星牌号:…)": the rows of a withdrawing section hold nothing,
# and a code in brackets after a name is no part of it (全国旅游星级饭店评定委员会's list, as reposted by two sites)
HOTELS = ("http://hxcsw.com/guonei/2020/0119/c_123516850.html",
          "https://bdgcw.30edu.com.cn/Article/474cb9b6-f617-4351-92fe-d2a986a93d44.shtml")


def test_a_withdrawing_section_and_codes_after_names():
    lines = ["9家酒店取消星级是哪9家名单曝光", "全国旅游星级饭店评定委员会经研究决定,对9家饭店予以取消五星级旅游饭店资格的处理,"
             "对6家饭店予以限期整改12个月的处理。具体名单如下:", "", "一、取消星级", "", "1. 山西大同市天贵国际酒店(星牌号:1450007)", "",
             "2. 吉林长春名门饭店(星牌号:2250002)", "", "二、限期整改12个月", "", "10. 安徽合肥外商国际俱乐部酒店(星牌号:3450002)", "",
             "11. 福建福州美伦大饭店(星牌号:3550008)"]
    issue = segment_issue(normalize_lines("\n".join(lines)), "hotels.txt")  # lines as printed on HOTELS
    assert [e["name"] for e in extract_enterprises(issue)] == ["安徽合肥外商国际俱乐部酒店", "福建福州美伦大饭店"]


# The class first and counted, then its names in brackets (青岛, A级物流企业, converter page; entrep31)
QINGDAO_WULIU = "http://www.hxbike.com/app/content/2023-02/23/content_23414423.htm"


@pytest.mark.parametrize("source,sentence,want", [
    (QINGDAO_WULIU, "在6家新评企业中,4A级企业1家(青岛家哇云网络科技有限公司),3A级企业5家(青岛开源国际物流有限公司、青岛全球运通国际物流"
                    "有限公司、青岛天地通宇物流有限公司)。",
     [("青岛家哇云网络科技有限公司", "4A"), ("青岛开源国际物流有限公司", "3A"), ("青岛全球运通国际物流有限公司", "3A"),
      ("青岛天地通宇物流有限公司", "3A")]),
    # negatives: counts with no names, a grade's own brackets (山东 and 郑州 绩效评级 news)
    ("https://mhuanbao.bjx.com.cn/mnews/20241008/1403539.shtml", "全省共认定A级企业77家、B(含B-)级企业303家、绩效引领性企业219家。", []),
    ("https://top168.com/news/show-283229.html", "其中,A级企业24家、B级企业58家、绩效引领性企业11家。", []),
])
def test_counted_classes_with_their_names_in_brackets(source, sentence, want):
    got = [(n, c) for n, c, _ in narrative_classes(sentence)]
    assert got == want


# The letter grade of a credit scale named in a list's title is its holders' class, not the list's level (洛阳, 纳税信用)
LUOYANG_TAX = "http://lywb.lyd.com.cn/html/2012-04/13/content_829756.htm"


@pytest.mark.parametrize("source,obj,want", [
    (LUOYANG_TAX, "全省A级纳税信用企业名单公布", "A"),
    (LUOYANG_TAX, "河南省2010~2011年度A级纳税信用等级评定名单", "A"),
    ("constructed", "2023年度纳税信用A级纳税人名单", "A"),
    # negatives: a level with no grade, the scale's description, another scale's letter
    (LUOYANG_TAX, "共设置A、B、C、D四级,A级最高,D级最低", None),
    ("https://www.shui5.cn/article/e0/36983.html", "山东省纳税信用等级评定管理实施办法", "省级"),
    ("http://www.tjliepin.com/a/xingyezixun/20140901/111.html", "国家级“守合同重信用”企业", "国家级"),
])
def test_a_credit_grade_named_in_a_list_title(source, obj, want):
    from kg.extract.held_lists import object_class
    assert object_class(obj) == want


def test_holders_of_a_tax_credit_list_take_its_grade():
    lines = ["全省A级纳税信用企业名单公布", "我市244家企业 榜上有名",
             "本报讯 近日,河南省2010~2011年度A级纳税信用等级评定名单公布,我市中信重工机械股份有限公司、中国一拖集团有限公司"
             "等244家企业榜上有名,约占全省A级纳税信用企业总数1583家的1/7。"]
    issue = segment_issue(normalize_lines("\n".join(lines)), "ly.txt")  # lines as printed on LUOYANG_TAX
    got = [(e["name"], e["classifications"][0]["class"]) for e in extract_enterprises(issue)]
    assert got == [("中信重工机械股份有限公司", "A"), ("中国一拖集团有限公司", "A")]


# The customs credit class a company passed into (海关 AEO 高级认证; entrep31's 呼和浩特)
HOHHOT_AEO = "https://liuxueshijie.com/lvxing/628260.html"


@pytest.mark.parametrize("source,sentence,want", [
    (HOHHOT_AEO, "呼和浩特海关25日通报称,内蒙古鄂尔多斯国际贸易有限公司和内蒙古王璐羊绒有限公司先后通过AEO高级认证,正式成为该关“高级认证企业”。",
     [("内蒙古鄂尔多斯国际贸易有限公司", "高级认证"), ("内蒙古王璐羊绒有限公司", "高级认证")]),
    # negatives: an unnamed subsidiary, the scheme described, a manager's title naming the company
    ("http://m.rumin8raps.com/zs/202510/ccaa_73435.html", "例如浙江正泰集团子公司通过认证后,5家新加坡客户主动建立合作。", []),
    ("http://oslbhpp.cn/news/s99158.html", "在中国,AEO认证分为高级认证企业和一般认证企业两种类型。", []),
    (HOHHOT_AEO, "内蒙古鄂尔多斯国际贸易有限责任公司市场支持部经理杨俊毅说。", []),
])
def test_customs_credit_classes(source, sentence, want):
    assert [(n, c) for n, c, _ in narrative_classes(sentence)] == want
    if want:
        assert token_class("高级认证企业") == ("高级认证", None)


def test_a_star_holder_put_under_rectification_keeps_its_grade():
    """A hotel put under 限期整改 keeps its star meanwhile (a warning, no withdrawal: the integrator's decision, stop 19);
    one 取消 / 摘牌 holds nothing. entrep31 重庆 l.15 (traditional, http://big5.china.com.cn/gate/big5/finance.china.com.cn/
    roll/20160101/3525633.shtml): the grade the clause opens with; entrep31 全国 l.10–44
    (http://hxcsw.com/guonei/2020/0119/c_123516850.html): the rows of a section 限期整改, at the one grade the page spoke
    of above it, while the rows of 一、取消星级 hold nothing."""
    got = narrative_classes(compact(normalize_line(
        "四星級酒店中,烏江明珠酒店被取消星級,中華茶藝山莊因消防未達標被限期整改;三星級酒店中,紅五星酒店、藝誠商務酒店等8家"
        "被取消三星級。")))
    assert got == [("中华茶艺山庄", "四星级", None)]
    from kg.extract.enterprises import extract_enterprises
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    lines = ["9家酒店取消星级怎么回事?9家酒店取消星级是哪9家名单曝光", "",
             "根据《旅游饭店星级的划分与评定》(GB/T 14308-2010)及相关规定,全国旅游星级饭店评定委员会经研究决定,对9家饭店予以取消"
             "五星级旅游饭店资格的处理,对6家饭店予以限期整改12个月的处理。具体名单如下:", "",
             "一、取消星级", "", "1. 山西大同市天贵国际酒店(星牌号:1450007)", "", "2. 吉林长春名门饭店(星牌号:2250002)", "",
             "二、限期整改12个月", "", "10. 安徽合肥外商国际俱乐部酒店(星牌号:3450002)", "",
             "11. 福建福州美伦大饭店(星牌号:3550008)"]
    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    got = [(e["name"], e["classifications"][0]["class"]) for e in extract_enterprises(issue)]
    assert got == [("安徽合肥外商国际俱乐部酒店", "五星级"), ("福建福州美伦大饭店", "五星级")]


@pytest.mark.parametrize("source,lines,want", [
    ("http://cmen.cc/news/202105/116704.html",
     ["8家五星级饭店被“摘星”另有5家饭店被要求限期整改12个月",
      "根据全国旅游星级饭店评定委员会发布的2019年第3号公告,被取消五星级旅游饭店资格的8家饭店分别为北京长安大饭店、北京九华国际会展中心"
      "大酒店、北京南宫温泉度假酒店。被要求限期整改12个月的5家饭店分别为北京国际艺苑皇冠假日酒店、北京西国贸大酒店、浙江上虞国际大酒店。"],
     [("北京国际艺苑皇冠假日酒店", "五星级"), ("北京西国贸大酒店", "五星级"), ("浙江上虞国际大酒店", "五星级")]),
    ("http://xiaofei.people.com.cn/n1/2020/0119/c425315-31554748.html (新华社)",
     ["海口喜来登酒店等9家五星级酒店被摘牌 卫生消防问题严重",
      "根据《旅游饭店星级的划分与评定》及相关规定,对山西大同市天贵国际酒店、吉林长春名门饭店、甘肃酒泉宾馆等9家不合格饭店予以取消五星级"
      "旅游饭店资格的处理。",
      "同时,对发现问题相对较轻的福建福州美伦大饭店、湖南长沙通程国际大酒店、贵州贵阳喜来登贵航酒店等6家饭店予以限期整改12个月的处理。"],
     [("福建福州美伦大饭店", "五星级"), ("湖南长沙通程国际大酒店", "五星级"), ("贵州贵阳喜来登贵航酒店", "五星级")]),
    # (a page naming no one star grade gives a warned group none: the group holds nothing read)
    ("constructed", ["某市对X大酒店、Y宾馆等2家饭店予以限期整改3个月的处理。"], []),
])
def test_a_group_put_under_rectification_keeps_the_pages_grade(source, lines, want):
    """A group put under 限期整改 on a page of one star grade keeps it; those whose grade is 取消 / 摘牌 hold nothing."""
    from kg.extract.enterprises import extract_enterprises
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    assert [(e["name"], e["classifications"][0]["class"]) for e in extract_enterprises(issue)] == want, source


# fresh28 (stop 19): holders that keep a designation on its review, a step passed before the list, an entry closing its
# clause (获评) after the list is named, and a market's and a shop's designations (诚信市场, 诚信商户).
_F28 = "other_districts_fresh28/texts/"
_XIZANG_KEPT = ["西藏林芝奇正藏药厂", "西藏藏药股份有限公司", "西藏自治区藏药厂", "西藏华冠科技有限公司", "西藏诺迪康药业股份有限公司",
                "西藏康达药业有限公司", "西藏美丽行科技实业有限公司", "西藏阳光生物股份有限公司"]
_XIZANG_NEW = ["西藏雄巴拉曲神水藏药厂", "西藏华西药业集团有限公司", "西藏芝芝药业有限公司", "西藏金珠雅砻制药有限公司",
               "西藏藏医学院藏药厂", "西藏央科生物科技有限公司", "西藏圣鹿科技农业股份有限公司"]
_JINZHOU = ["辽宁春光制药装备股份有限公司", "锦州锦恒汽车安全系统股份有限公司", "辽宁拓新电力电子有限公司", "锦州美联桥汽车部件有限公司"]


@pytest.mark.parametrize("style,source,text,want", [
    ("X、Y…共N家企业,通过了<list>复审考核 (kept on review), then 新认定…为 the same list",
     _F28 + "xizang-2006-gaoxin-jishu-qiye-fushen-rending-tonggao.txt:17",
     "一、经考核和评审," + "、".join(_XIZANG_KEPT) + "共8家企业,通过了西藏自治区高新技术企业复审考核;并决定新认定"
     + "、".join(_XIZANG_NEW) + "共7家企业为西藏自治区高新技术企业。",
     [(n, "省级", "高新技术企业") for n in _XIZANG_KEPT + _XIZANG_NEW]),
    ("negative: a company that failed the review keeps nothing (constructed)", "constructed",
     "某某精密机械有限公司未通过省级高新技术企业复审。", []),
    ("X等N家企业已通过…备案,被认定为<list> (a step passed between names and act; converter copy)",
     _F28 + "xizang-2018-gaoxin-jishu-qiye-dierpi-rending-converter.txt:10",
     "中國(guó)西藏網(wǎng)訊 記者從國家科技部火炬中心官網(wǎng)獲悉,西藏昭楊信息技術(shù)有限公司等11家企業(yè)已通過(guò)全國"
     "高新技術(shù)企業(yè)認定管理工作領(lǐng)導(dǎo)小組辦公室備案,被認定為國家級高新技術(shù)企業(yè)。",
     [("西藏昭杨信息技术有限公司", "国家级", "高新技术企业")]),
    ("negative: a step passed with no act after it holds nothing (constructed)", "constructed",
     "某某精密机械有限公司等31家企业已通过初审,将推荐申报国家级高新技术企业。", []),
    ("<list> named, then A、B、C、D获评 closing the clause (a city before the first name is where it is)",
     _F28 + "liaoning_jinzhou-2022-disipi-zhuanjingtexin-xiaojuren-news.txt:1",
     "近日,工信部发布第四批国家专精特新“小巨人”企业认定名单,锦州市" + "、".join(_JINZHOU) + "获评。截至目前,锦州市共有国家级"
     "专精特新“小巨人”企业13家。",
     [(n, "国家级", "专精特新小巨人企业") for n in _JINZHOU]),
    ("a market's and a shop's designations beside the enterprises' (诚信市场, 诚信商户)",
     _F28 + "henan_zhumadian-2014-wenming-chengxin-qiye-shanghu-biaozhang-news.txt:1",
     "市众信农副产品批发市场等6个单位被评为2014年度全省“文明诚信市场”,乐山商场实业有限公司等18家企业被评为2014年度全省"
     "“文明诚信企业”,驿城区施百丽美容美发苑等35家商户被评为2014年度全省“文明诚信商户”。",
     [("市众信农副产品批发市场", "省级", "文明诚信市场"), ("乐山商场实业有限公司", "省级", "文明诚信企业"),
      ("驿城区施百丽美容美发苑", "省级", "文明诚信商户")]),
    ("negative: a market spoken of as a sector is no designation (constructed)", "constructed",
     "市市场监管局对全省重点市场、某某农副产品批发市场开展检查。", []),
])
def test_fresh28_listed_designations(style, source, text, want):
    assert sorted((fold(n), c, r) for n, c, r in level_classes(compact(normalize_line(text)))) == sorted(want)


@pytest.mark.parametrize("name,want", [
    ("西宁城中区马忠食府", True), ("后子河良盛餐饮美食城", True), ("驿城区施百丽美容美发苑", True),  # fresh28 shops
    ("某某花苑", False), ("美食城", False),
])
def test_shops_without_a_company_ending(name, want):
    assert is_enterprise(name) is want


def test_a_group_counted_as_brands_names_no_holders():
    # fresh28 青海 (qinghai-2015-qinghai-laozihao-ni-rending-gongshi-cells.txt:1): the brands' companies are the table's
    line = "经过企业申报,省、市商务主管部门审核,专家委员会评审,拟认定西宁宾馆等11家企业品牌为“青海老字号”,现予以公示,公示期10天。"
    assert conferred_classes(line, "省级") == []
    assert HolderReader("省级").read(line) == []
    # (a group counted as enterprises names them)
    assert [n for n, *_ in conferred_classes(line.replace("西宁宾馆等11家企业品牌", "青海西宁宾馆有限责任公司等11家企业"), "省级")] \
        == ["青海西宁宾馆有限责任公司"]


# A 公示 of the candidates a body will recommend (拟推荐 / 拟择优向X推荐 …等N家企业申报<designation>): a proposed list, at
# the level the designation or the body recommended to names (entrep35: the integrator's decision on fresh28's 吉林).
# The page is printed on one line, its title glued to the body: that line is read past its title.
_JILIN_GJ = "benchmarks/data/" + _F28 + "jilin-2024-zhizaoye-danxiang-guanjun-ni-tuijian-gongshi-converter.txt"


@pytest.mark.parametrize("style,source,lines,want", [
    ("关于拟推荐申报…的公示根据…拟择优向工信部推荐A(产品)、B(产品),、…等7家企业申报…单项冠军企业 (one line, converter)",
     _JILIN_GJ + ":1", _lines(_JILIN_GJ, [1]),
     [(n, "国家级", "proposed") for n in ("吉林省中研高分子材料股份有限公司", "吉林碳谷碳纤维股份有限公司", "楚天华通医药设备有限公司",
                                         "长春永固科技有限公司", "长春海谱润斯科技股份有限公司", "长春通视光电技术股份有限公司",
                                         "长春三鼎变压器有限公司")]),
    ("the same sentence on a line of its own, under a title of no 公示 (constructed from 吉林's line)", "constructed",
     ["吉林省工业和信息化厅通知", "经专家综合评审,拟择优向工信部推荐长春永固科技有限公司(芯片粘接胶水)、长春三鼎变压器有限公司(电炉变压器)"
      "等2家企业申报2024年制造业单项冠军企业。"],
     [("长春永固科技有限公司", "国家级", "proposed"), ("长春三鼎变压器有限公司", "国家级", "proposed")]),
    # (negatives: the companies organised to take part in a review on the same page; an invitation to recommend with no
    # names (江苏省经信委, http://www.ppqbc.com/html/2017-05/168544.shtml); a 拟推荐名单 announced with its names in an
    # attachment (湖北省经信厅, http://whht.org.cn/news/info/id/7486.html); a recommendation decided, no 拟 (长兴, above))
    ("组织X(产品),、Y(产品)等2家企业参加复核评价: nothing", _JILIN_GJ + ":1",
     ["同时,,组织一汽解放汽车有限公司(半挂牵引车),、通化建新科技有限公司(镍铁冶炼成套设备及其生产线)等2家企业参加复核评价,"
      "欢迎社会各界参与监督。"], []),
    ("各地应…重点推荐…“三高”企业(产品)申报: nothing", "ppqbc.com 江苏",
     ["二、各地应严格把关,重点推荐市场占有率高、科技含量高、产品附加值高的“三高”企业(产品)申报;坚持好中选优,不搞地区间平衡。"], []),
    ("…经企业申报、市州推荐、专家评审等程序,现将拟推荐名单予以公示(详见附件): nothing", "whht.org.cn 湖北",
     ["省经济和信息化厅组织开展了2024年国家级制造业单项冠军企业申报和复核工作,经企业申报、市州推荐、专家评审等程序,"
      "现将拟推荐名单予以公示(详见附件)。"], []),
])
def test_entrep35_proposed_recommendations(style, source, lines, want):
    got = [(fold(e["name"]), e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == want


# A level's list and the part of it proposed higher, reported together ("评选出省级和拟向工业和信息化部推荐的绿色工厂106家…。
# 其中,X、Y…4家企业上榜“绿色工厂”名单"): the holders are final at the level (entrep66 驻马店, converter copy; ent72)
_ZHUMADIAN = "benchmarks/data/other_districts_entrep66/texts/henan-zhumadian-lvse-gongchang-lvse-gongyinglian-shangbang-converter.txt"


def test_a_level_list_joined_to_a_proposal_is_final():
    got = [(fold(e["name"]), e["classifications"][0]["status"]) for e in _page(_lines(_ZHUMADIAN, [3]))]
    assert got == [(n, None) for n in ("驻马店华中正大有限公司", "驻马店恒久机械制造有限公司", "史丹利化肥遂平有限公司",
                                       "河南驼峰防水科技有限公司", "河南豫邮金大地科技服务有限公司", "驻马店中集华骏车辆有限公司")]
    # (the recommendation alone proposes them)
    lines = [ln.replace("省級和", "") for ln in _lines(_ZHUMADIAN, [3])]
    assert {e["classifications"][0]["status"] for e in _page(lines)} == {"proposed"}


# A sentence of two clauses, one conferring a class on its holders, the other putting another list to 公示 ("X、Y…等8家企业
# 荣获省级绿色工厂称号,X、Y等6家企业入围工信部2021年度绿色制造公示名单"): the conferred class's holders are final
# (docent59 兰州, converter copy; ent72)
_LANZHOU = "benchmarks/data/other_districts_docent59/texts/gansu_lanzhou-2021-lvse-gongchang-ruwei-gongshi-converter.txt"


@pytest.mark.parametrize("style,source,lines,want", [
    ("X、Y等8家企业荣获省级…称号,X、Y等6家企业入围…公示名单 (converter)", _LANZHOU + ":6", _lines(_LANZHOU, [6]),
     [(n, "省级", None) for n in ("兰石化", "天华院", "庄园牧场", "蓝科石化", "鸿丰电石")]),
    # (negatives: the clause's act still to come, a clause that proposes its own holders, the 公示 clause's class)
    ("constructed from 兰州's line: 如无异议,X将被评为省级…", "constructed",
     ["经专家评审,现予以公示,如无异议,甘肃兰石化工有限公司等8家企业将被评为省级绿色工厂。"],
     [("甘肃兰石化工有限公司", "省级", "proposed")]),
    ("constructed from 兰州's line: 拟评为省级…, 现予以公示", "constructed",
     ["甘肃兰石化工有限公司等8家企业拟评为省级绿色工厂,现予以公示。"], [("甘肃兰石化工有限公司", "省级", "proposed")]),
])
def test_a_clause_that_confers_is_final_beside_a_proposal(style, source, lines, want):
    got = [(fold(e["name"]), e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == want


def test_a_title_line_read_past_its_title_only_when_it_runs_on():
    # (a title line alone, however it names a designation, holds nothing; constructed)
    assert _page(["关于拟推荐长春永固科技有限公司等2家企业申报2024年制造业单项冠军企业的公示"]) == []


# A county's honours counted by kind, then one enterprise named among the honoured (X赢得…最高奖,其余的N家受表彰的企业…):
# X is one of the N+1 counted enterprises, at the level of the honours' 全县 (fresh28 岑巩, converter copy)
_CENGONG = "benchmarks/data/" + _F28 + "guizhou_cengong-2010-nashui-xianjin-qiye-zhongjiang-converter.txt"


@pytest.mark.parametrize("style,source,lines,want", [
    ("重奖…全县…和12家纳税先进企业 ⏎ … ⏎ 该县X赢得了…最高奖,其余的11家受表彰的企业…", _CENGONG + ":2-4",
     _lines(_CENGONG, [2, 3, 4]), [("金源冶金有限公司", "县级", None)]),
    # (negatives, constructed from 岑巩's lines: the rest counted otherwise than the group; no honours counted above)
    ("…12家纳税先进企业 ⏎ X赢得…最高奖,其余的9家受表彰的企业: nothing", "constructed",
     [_lines(_CENGONG, [2])[0], "在表彰仪式上,该县金源冶金有限公司赢得了10万元的最高奖,其余的9家受表彰的企业也分别得到奖励。"], []),
    ("X赢得…最高奖,其余的11家受表彰的企业 alone: nothing", "constructed",
     ["在表彰仪式上,该县金源冶金有限公司赢得了10万元的最高奖,其余的11家受表彰的企业也分别得到奖励。"], []),
])
def test_one_named_among_a_countys_counted_honours(style, source, lines, want):
    got = [(fold(e["name"]), e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == want


# Holders of news items and 公示 pages, and what is none (stop 20, entrep36: fresh29's misses, and other real pages of the
# same wordings from the `pages` corpus).
@pytest.mark.parametrize("style,text,want,not_want", [
    # a federation of co-ops is named whole, after 联社 / 联合社, never cut at its 合作社; a reporter's source is no holder
    # (fresh29's 潜江, http://www.qjsrm.cn/p/149888.html)
    ("合作社联社, 记者从X获悉",
     "云上潜江报道 近日,记者从市供销合作社获悉,我市心辉生态农业专业合作社联社获评全国农民专业合作社示范社,倒口渊小龙虾养殖"
     "专业合作社和立力沃蔬菜种植专业合作社被中华全国供销合作总社评为全国供销合作社系统农民专业合作社示范社。",
     {("心辉生态农业专业合作社联社", "国家级"), ("倒口渊小龙虾养殖专业合作社", "国家级")},
     {"心辉生态农业专业合作社", "记者从市供销合作社", "市供销合作社"}),
    # (福建, http://fuzhou.baogaosu.com/xinwen/…/55616683: 联合社 amid a list, and the name after it, were lost)
    ("合作社联合社 in a list",
     "福建省有30家农民合作社被认定为2016年国家农民合作社示范社,其中供销社系统领办的农民合作社共有12家,分别是清流县赖坊大丰山"
     "花生专业合作社、武平县百家姓农民专业合作社联合社、霞浦县万家福农业专业合作社。",
     {("武平县百家姓农民专业合作社联合社", "国家级"), ("霞浦县万家福农业专业合作社", "国家级")},
     {"武平县百家姓农民专业合作社"}),
    # (乐山 马边, http://www.jshzpcl.com/news/8e291332.html, traditional: the reporter's source is an office, no holder)
    ("記者從X獲悉, traditional",
     "3月6日,記者從樂山農業局獲悉,馬邊縣馬邊邊河茶葉專業合作社,榮獲農業部、國家發改委員、財政部等9部委聯合評定“國家農民合作社"
     "示范社”稱號。",
     {("马边县马边边河茶叶专业合作社", "国家级")}, {"记者从乐山农业局"}),
    # a count after the last name closes the list (fresh29's 深圳, a copy of a 深圳 paper item): the last name is a holder
    ("X、Y等31家深圳企业",
     "本次获得AA级的企业包括中兴通讯股份有限公司、广东核电合营有限公司、招商局重工(深圳)有限公司等31家深圳企业。",
     {("中兴通讯股份有限公司", "AA"), ("招商局重工(深圳)有限公司", "AA")}, set()),
    # a 公示 flattened onto one line, each name after its town's label (fresh29's 额敏,
    # https://www.chacewang.com/newsdetail/news345405.html): the region's level as printed, its canonical class 省级;
    # the prefecture-level co-ops recommended (地区级) are no 区级
    ("town label:name glued, 自治区级, 推荐 under 公示",
     "额敏县农业农村局在全县开展第七批自治区农民合作社示范社创建工作,经合作社自主申报,农业农村局、发改委共同审核,决定推荐3家地区级"
     "农民专业合作社为第七批自治区级农民专业合作社示范社,具体名单公布如下:玉什喀拉苏镇:额敏县成福养殖农民专业合作社杰勒阿尕什镇:"
     "额敏县福乐家农业专业合作社上户镇:额敏县丰汇农业专业合作社如有异议,请在公示期内来人、来电反映,公示时间:2023年6月1日-6月7日"
     "监督电话:王**、马**电子邮箱:地址:额敏县农业农村局四楼(额敏县塔城路73号)额敏县农业农村局2023年6月1日。",
     {("额敏县成福养殖农民专业合作社", "省级"), ("额敏县福乐家农业专业合作社", "省级"), ("额敏县丰汇农业专业合作社", "省级")},
     {"玉什喀拉苏镇", "额敏县成福养殖农民专业合作社杰勒阿尕什镇", "额敏县农业农村局"}),
])
def test_holders_of_news_items_and_flattened_lists(style, text, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines(text), "x.txt"))
    pairs = {(e["name"], c["class"]) for e in got for c in e["classifications"]}
    assert want <= pairs, style
    assert not {e["name"] for e in got} & not_want, style


def test_a_flattened_recommendation_is_proposed_and_keeps_its_printed_level():
    text = ("决定推荐3家地区级农民专业合作社为第七批自治区级农民专业合作社示范社,具体名单公布如下:玉什喀拉苏镇:额敏县成福养殖农民专业"
            "合作社杰勒阿尕什镇:额敏县福乐家农业专业合作社如有异议,请在公示期内来人、来电反映。")
    got = extract_enterprises(segment_issue(normalize_lines(text), "x.txt"))
    assert {(c["class_as_printed"], c["class"], c["status"]) for e in got for c in e["classifications"]} == \
        {("自治区级", "省级", "proposed")}


@pytest.mark.parametrize("text,want", [
    ("玉什喀拉苏镇:额敏县成福养殖农民专业合作社杰勒阿尕什镇:额敏县福乐家农业专业合作社上户镇:额敏县丰汇农业专业合作社如有异议",
     ["额敏县成福养殖农民专业合作社", "额敏县福乐家农业专业合作社", "额敏县丰汇农业专业合作社"]),
    # negatives: contact fields (额敏's own tail), one labelled name alone, a label that is no place
    ("公示时间:2023年6月1日-6月7日监督电话:王**、马**电子邮箱:地址:额敏县农业农村局四楼", []),
    ("上户镇:额敏县丰汇农业专业合作社如有异议,请在公示期内来人、来电反映", []),
    ("联系人:某某有限公司电话:某某机械有限公司", []),
])
def test_names_printed_after_place_labels(text, want):
    from kg.extract.enterprises import labelled_names

    assert labelled_names(text) == want


_JIANGSU_MINES = ["江苏省自然资源厅关于2022年第二批认定省级绿色矿山的公告", "?",
                  "经审核,在省厅门户网站公示无异议,我厅现将上述9家矿山认定为江苏省省级绿色矿山,具体名单如下,现予以公告。", "?", "?",
                  "2022年第二批认定省级绿色矿山名单:", "?", "?", "1、金坛盘固采石有限公司大石包山水泥用灰岩矿", "?", "?",
                  "3、南京汤山地热开发有限公司地热井", "?", "?", "4、徐州新河矿泉水有限责任公司(矿泉水)", "?", "?",
                  "5、邳州市艾山矿泉水有限公司矿泉水井", "?", "?", "7、东海县桃林镇白岭村南矿区(建筑用花岗岩)", "?", "?",
                  "8、东海县桃林镇皇城村红砂岩矿区", "?", "?", "江苏省自然资源厅"]


def test_a_mine_list_with_filler_lines_and_company_sites():
    """jiangsu-2022-dierpi-shengji-lvse-kuangshan-gonggao.txt:6-30 (fresh30; http://boyueyuanlin.cn/rdxw/1763257.html): a
    repost printing "?" lines between every two lines — fillers that neither end the list nor stand as the line above;
    a well or a mine field printed as a company's site (…有限公司地热井) is the company's works, an enterprise, the mineral
    in brackets after a name no part of it; a mine field named by its place alone is a site (绿色矿山 a site rating)."""
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(_JIANGSU_MINES)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"]) for e in ents] == [
        ("金坛盘固采石有限公司大石包山水泥用灰岩矿", "省级"), ("南京汤山地热开发有限公司地热井", "省级"),
        ("徐州新河矿泉水有限责任公司", "省级"), ("邳州市艾山矿泉水有限公司矿泉水井", "省级")]


def test_a_company_site_is_an_enterprise_and_a_well_alone_is_not():
    from kg.extract.enterprise_classes import is_enterprise

    assert is_enterprise("连云港晶泉开发建设有限公司地热井")
    assert is_enterprise("某某矿业有限公司东区矿区")
    assert not is_enterprise("汤山温泉地热井")  # (constructed: a well with no company)
    assert not is_enterprise("东海县桃林镇皇城村红砂岩矿区")
    assert not is_enterprise("某村水井")


def test_a_headline_counting_an_entry_is_no_list_title_and_a_byline_no_table_row():
    """jiangxi_yongxiu-2022-zhuanyehua-xiaojuren-gongshi.txt:1-2 (fresh30; http://iot.china.com.cn/content/2022-11/30/
    content_42189618.html): "永修县3家企业上榜…公示名单" is a news headline, no list's title; the byline's fields apart by
    pipes, the body glued to the last, is no table row, and its 发布时间 no final act: the names are the 公示's, proposed."""
    lines = ["永修县3家企业上榜2022年江西省专业化小巨人企业公示名单",
             "发布时间:2022-11-30 15:02:30 | 来源:中国网 | 作者:郑文斌、刘诗坤 | 责任编辑:郭顶近日,江西省工业和信息化厅网站公示"
             "2022年江西省专业化小巨人企业名单,永修3家企业入选,分别是:春光线缆有限公司、江西海多有机硅材料股份有限公司、"
             "江西新嘉懿新材料有限公司,助推了全县工业经济高质量发展。",
             "专精特新“小巨人”企业是“专精特新”中小企业中的佼佼者。"]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in ents] == [
        (n, "省级", "proposed") for n in ["春光线缆有限公司", "江西海多有机硅材料股份有限公司", "江西新嘉懿新材料有限公司"]]
    assert titled_class("永修县3家企业上榜2022年江西省专业化小巨人企业公示名单") is None
    assert titled_class("2022年江西省专业化小巨人企业公示名单") == ("省级", None)
@pytest.mark.parametrize("name,want", [
    # entrep37 益阳 (http://nyw.yiyang.gov.cn/4967/4973/content_1865405.html): a 休闲农业庄园's name with its company in
    # brackets (a table's 企业名称 cell) — the company holds, the place is its other name
    ("绿岛山庄(益阳市绿岛山庄服务有限公司)", ("益阳市绿岛山庄服务有限公司", ["绿岛山庄"])),
    ("洞庭紫薇农庄(湖南紫薇逸家生态农业发展有限公司)", ("湖南紫薇逸家生态农业发展有限公司", ["洞庭紫薇农庄"])),
    # entrep37 芜湖 (http://www.wspm.com.cn/news-131276-1-58.html): a brand with its company
    ("儲氏鐵畫(蕪湖儲氏鐵畫工藝品有限公司)", ("蕪湖儲氏鐵畫工藝品有限公司", ["儲氏鐵畫"])),
    # negatives: a company with its other company name keeps the first; a place or a legal form in brackets is the name's
    ("某某有限公司(某某集团有限公司)", ("某某有限公司", ["某某集团有限公司"])),
    ("中航(成都)无人机系统股份有限公司", ("中航(成都)无人机系统股份有限公司", [])),
    ("某某饭店(有限公司)", ("某某饭店(有限公司)", [])),
])
def test_a_company_in_brackets_after_what_it_runs_holds(name, want):
    from kg.extract.enterprise_classes import split_alias
    assert split_alias(name) == want


def test_a_headerless_pages_lead_paragraph_is_read_though_it_stands_as_title():
    """A page with no header whose first line is its lead paragraph (the document's title only for want of one) is read
    as any line (entrep37 樟树, http://www.zhangshu.gov.cn/zssrmzf/ycy/202406/5213e4d481e04eaa8b0fdabe4a75bcfc.shtml); a
    short headline stays a title."""
    lead = ("近日商务部等5部门发布关于公布第三批中华老字号名单的通知,其中我市2个品牌获得认定分别是四特酒有限责任公司的“四特”、"
            "仁和(集团)发展有限公司的“药都”")
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join([lead, "四特酒源于上世纪30年代。"])), "x.txt"))
    assert [(e["name"], e["classifications"][0]["class"]) for e in ents] == [("四特酒有限责任公司", "国家级"),
                                                                            ("仁和(集团)发展有限公司", "国家级")]
    ents = extract_enterprises(segment_issue(normalize_lines("\n".join(["四特酒有限责任公司入选中华老字号名单",
                                                                        "四特酒源于上世纪30年代。"])), "x.txt"))
    assert ents == []


# Holders named by what they run or by a group's treatment (stop 20, entrep39: fresh31's misses, and other real pages of
# the same wordings from the `pages` corpus).
@pytest.mark.parametrize("style,lines,want,not_want", [
    # a base on a list's own title named by its operator and product (fresh31 海口网,
    # http://www.hkwb.net/news/content/2023-12/11/content_4259692.htm): the company or co-op runs it and holds it; a base
    # named by its place alone (农业农村部's 三品一标 list, http://nmgdy.org/show-171017.html) has no operator to hold it
    ("X公司胡椒基地 rows",
     ["2023年“海南鲜品”农业品牌示范基地名单", "海南省印象大坡实业有限公司胡椒基地", "海南(潭牛)文昌鸡股份有限公司文昌鸡基地",
      "海南冯家湾花螺养殖专业合作社花螺基地", "北京市昌平区小汤山镇天安蔬菜基地"],
     {("海南省印象大坡实业有限公司", "省级"), ("海南(潭牛)文昌鸡股份有限公司", "省级"), ("海南冯家湾花螺养殖专业合作社", "省级")},
     {"北京市昌平区小汤山镇天安蔬菜基地", "海南省印象大坡实业有限公司胡椒基地"}),
    # a paragraph on the set the page's act added gives examples of its holders, the 公示 a past step (fresh31 海南日报
    # 2009, via 中新网)
    ("本次新增X级…企业…如A、B等",
     ["经过申报、核查、公示等多个程序,11月2日,海南省农业厅宣布:省级农业重点龙头企业新增15家,全省农业龙头企业达到151家。",
      "本次新增省级农业龙头企业都是立足本地资源,创新联结农民机制,成为所在行业的龙头。其中,大部分是集生产、加工、贸易为一体的"
      "综合性企业,如海南三荔农产品进出口公司、海南中化橡胶有限公司、海南皓然生态农业公司、琼中绿科农果业公司等。"],
     {("海南三荔农产品进出口公司", "省级"), ("海南中化橡胶有限公司", "省级"), ("琼中绿科农果业公司", "省级")}, set()),
    # examples of a set no act added are none: "如A、B等" in a paragraph of what companies do
    ("如A、B等 without an added set",
     ["我省农业企业发展迅速。其中,大部分是综合性企业,如海南三荔农产品进出口公司、海南中化橡胶有限公司等。"],
     set(), {"海南三荔农产品进出口公司", "海南中化橡胶有限公司"}),
    # a 公示 proposing a warning for centres already held: the warned keep the level, final; those revoked hold nothing
    # (fresh31 青海, http://hd.smeqh.com/Web/Gov/gonggao/7125.html)
    ("给予警告 beside 撤销",
     ["我厅组织了2020—2021年度省级企业技术中心评价工作,经第三方评审,拟将评价结果现予以公示,公示期为2023年3月15日~3月21日。",
      "青海时代新能源科技有限公司、青海际华江源实业有限公司3家企业未上报年度评价材料,自动放弃已认定的省级企业技术中心,予以撤销。"
      "同时撤销60分以下的中铁二十一局集团第四工程有限公司、青海中航资源有限公司4家省级企业技术中心,对评价分数在60—65分的"
      "青海久美藏药药业有限公司、正平路桥建设股份有限公司2家省级企业技术中心给予警告。"],
     {("青海久美藏药药业有限公司", "省级"), ("正平路桥建设股份有限公司", "省级")},
     {"青海时代新能源科技有限公司", "中铁二十一局集团第四工程有限公司", "青海中航资源有限公司"}),
    # a list's row whose 依托单位 cell joins several bodies: the companies hold, a school or a public institute none
    # (fresh31 青海 2024 工程技术研究中心 认定组建名单)
    ("依托单位 cell of several",
     ["2024年青海省工程技术研究中心认定组建名单", "序号 |", "中心名称 |", "依托单位 |", "1 |", "青海省绿色算力工程技术研究中心 |",
      "青海大学、中国电信股份有限公司青海分公司、中国移动通信集团青海有限公司 |", "2 |", "青海省医疗器械检测工程技术研究中心 |",
      "青海省药品检验检测院 |"],
     {("中国电信股份有限公司青海分公司", "省级"), ("中国移动通信集团青海有限公司", "省级")},
     {"青海大学", "青海省药品检验检测院", "青海省绿色算力工程技术研究中心"}),
    # a counted set named by the act it names with its count (entrep37 广西林业厅, a converter page: "这34家继续认定为…的是:");
    # the set that failed the check names none
    ("这N家继续认定为“X”的是:",
     ["經(jīng)評審,2013年需監(jiān)測的39家廣西林業(yè)產(chǎn)業(yè)龍頭企業(yè)中34家運行監(jiān)測合格,被繼續(xù)認定為“廣西現(xiàn)代林業(yè)產(chǎn)業(yè)"
      "龍頭企業(yè)”;1家延期監(jiān)測,4家運行監(jiān)測不合格。這34家繼續(xù)認定為“廣西現(xiàn)代林業(yè)產(chǎn)業(yè)龍頭企業(yè)”的是:"
      "廣西壯族自治區(qū)國有高峰林場、廣西高峰林漿紙業(yè)(集團)有限責任公司。這4家運行監(jiān)測不合格的是:廣西某某木業(yè)有限公司。"],
     {("广西壮族自治区国有高峰林场", "省级"), ("广西高峰林浆纸业(集团)有限责任公司", "省级")}, {"广西某某木业有限公司"}),
    # an autonomous region printed short names its level (fresh31 华银铝业, a converter page)
    ("入選第二批廣西…培育庫, converter",
     ["近日,廣西自治區(qū)工業(yè)和信息化廳下達《關于發(fā)布廣西工業(yè)龍頭企業(yè)培育庫第二批入庫企業(yè)名單的通知》,"
      "廣西華銀鋁業(yè)有限公司入選第二批廣西龍頭企業(yè)培育庫。"],
     {("广西华银铝业有限公司", "省级")}, set()),
])
def test_holders_by_what_they_run_or_how_they_are_treated(style, lines, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    pairs = {(e["name"], c["class"]) for e in got for c in e["classifications"] if c.get("status") != "proposed"}
    assert want <= pairs, (style, pairs)
    assert not {e["name"] for e in got} & not_want, style


@pytest.mark.parametrize("text,want", [
    # a warning given to a group for what it holds keeps its level (fresh31 青海, http://hd.smeqh.com/Web/Gov/gonggao/7125.html)
    ("对评价分数在60—65分的青海久美藏药药业有限公司、正平路桥建设股份有限公司2家省级企业技术中心给予警告",
     [("青海久美藏药药业有限公司", "省级"), ("正平路桥建设股份有限公司", "省级")]),
    # negatives: the national 评价's 提出警告 to those rated 基本合格 stays no holding (test_held_lists' cfgw.net.cn, an
    # earlier decision: http://www.cfgw.net.cn/2022-02/15/content_25001150.html); a revocation holds nothing (广西 2021 评价结果, http://gxt.gxzf.gov.cn/wzsy/tzgg_6719901/tzgg/t11302472.shtml;
    # the national page's 撤销 clause)
    ("对逾期1个月未上报评价材料的柳州克雷拉减振器有限公司技术中心,撤销其自治区认定企业技术中心资格", []),
    ("对本次评价不合格的国家企业技术中心及分中心,将撤销其资格(另行通知)", []),
    ("对评为基本合格的江苏白雪电器股份有限公司等85家国家企业技术中心提出警告,请你们督促上述企业抓紧进行整改", []),
])
def test_a_warned_group_keeps_what_it_holds(text, want):
    from kg.extract.holder_reader import warned_held
    assert warned_held(text) == want


@pytest.mark.parametrize("text,want", [
    # a group that passed its evaluation, and the share of it warned after its score, keep the list's level; the
    # designation printed with no level holds the page's (fresh36 晋中 市工信投资发〔2023〕88号, 市级企业技术中心 评价)
    ("一、山西瑞光热电有限责任公司技术中心、山西山地物探技术有限公司技术中心等41户企业技术中心得分在60分(含60分)以上,评价结果为合格",
     [("山西瑞光热电有限责任公司", "市级"), ("山西山地物探技术有限公司", "市级")]),
    ("其中,山西华彩包装印刷有限公司技术中心、山西腾耀电力设备科技有限公司技术中心等13个企业技术中心得分低于65分(含65分),给予黄牌警告",
     [("山西华彩包装印刷有限公司", "市级"), ("山西腾耀电力设备科技有限公司", "市级")]),
    # negatives: a failed evaluation holds nothing; a renaming approved confers nothing
    ("山西甲乙机械有限公司技术中心等3户企业技术中心得分在60分以下,评价结果为不合格", []),
    ("同意将山西中科太通设备有限公司企业技术中心变更为“中科太通设备有限公司企业技术中心”", []),
])
def test_an_evaluated_group_keeps_the_pages_level(text, want):
    from kg.extract.holder_reader import warned_held
    assert warned_held(text, "市级") == want
    assert warned_held(text) == []  # (no level printed and none given: no class)


@pytest.mark.parametrize("text,want", [
    # two levels joined before one designation name both: the page names no single level (entrep92 新疆 放心粮油)
    ("目前全疆涉粮类国家、自治区级农业产业化重点龙头企业达110家",
     {("国家", "农业产业化重点龙头企业"), ("自治区", "农业产业化重点龙头企业")}),
    ("国家级、自治区级绿色工厂20家", {("国家", "绿色工厂"), ("自治区", "绿色工厂")}),
    ("入选2023年省级绿色工厂名单", {("省", "绿色工厂")}),
])
def test_joined_levels_are_each_named(text, want):
    from kg.extract.enterprise_sentences import designation_levels
    assert designation_levels(text) == want


def test_a_counted_list_holds_the_designation_whose_conferral_the_page_tells():
    """entrep92 新疆 (http://120.70.103.78:8088/chanpinzhuisu/show.php?itemid=420): the excerpt opens with "这9家企业分别是:";
    the next line tells how the 全国放心粮油示范工程 is conferred (国家级), and a later paragraph counts the region's
    国家、自治区级 龙头企业 (two levels: no class of the list's)."""
    from kg.extract.enterprise_sentences import procedure_levels
    lines = ["这9家企业分别是:中粮(昌吉)粮油工业有限公司、新疆盛康粮油有限公司、新疆粮油股份有限公司。",
             "据了解,全国放心粮油示范工程认定经各省(区、市)粮食行业协会、大企业集团遴选推荐,并经中国粮食行业协会组织专家认证。",
             "同时,自治区依托粮食产业扶持政策、税收优惠条件,支持粮食深加工企业做大做强,目前全疆涉粮类国家、自治区级农业产业化重点"
             "龙头企业达110家。"]
    assert procedure_levels(lines[1]) == {("国家", "放心粮油示范企业")}
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert {(e["name"], c["class"]) for e in got for c in e["classifications"]} == {
        ("中粮(昌吉)粮油工业有限公司", "国家级"), ("新疆盛康粮油有限公司", "国家级"), ("新疆粮油股份有限公司", "国家级")}
    # (without the procedure line the page's levels are two: the list gets none, not the region's)
    got = extract_enterprises(segment_issue(normalize_lines("\n".join([lines[0], lines[2]])), "x.txt"))
    assert not [c for e in got for c in e["classifications"] if c["class"] == "省级"]


def test_applied_names_all_granted_hold_the_granted_list():
    """docent59 西宁 2018 (原标题:西宁市3家企业获批全国 绿色工厂): the names applied for, then "全部获批全省“绿色工厂”" —
    each at the province's level; those the 其中 clause repeats hold the national list by the line above."""
    lines = ["11月5日,从西宁市经济和信息化委员会传来好消息,亚洲硅业(青海)有限公司、青海电子材料产业发展有限公司获批全国“绿色工厂”。",
             "2018年,我市申报亚洲硅业(青海)有限公司、青海伊纳维康生物科技有限公司、青海百河铝业有限公司等7家为“绿色工厂”,最终,"
             "全部获批全省“绿色工厂”。其中,亚洲硅业(青海)有限公司、青海电子材料产业发展有限公司获批全国“绿色工厂”,东川工业园区"
             "分别获批全省、全国“绿色园区”。"]
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    pairs = {(e["name"], c["class"]) for e in got for c in e["classifications"]}
    assert {("亚洲硅业(青海)有限公司", "国家级"), ("亚洲硅业(青海)有限公司", "省级"), ("青海伊纳维康生物科技有限公司", "省级"),
            ("青海百河铝业有限公司", "省级"), ("青海电子材料产业发展有限公司", "国家级")} <= pairs
    # (an application alone grants nothing)
    got = extract_enterprises(segment_issue(normalize_lines(
        "2018年,我市申报青海甲乙科技有限公司、青海丙丁铝业有限公司等7家为“绿色工厂”,目前正在评审。"), "x.txt"))
    assert not got


def test_a_name_entering_a_list_ends_at_its_last_ending():
    """entrep46 沈阳 (http://www.chuanganwang.cn/news/20230630/158706.html): "沈阳市的十月稻田集团股份有限公司成功上榜" names
    the 股份有限公司, not the 集团 inside it (one listed designation at one level: 辽宁省…独角兽企业)."""
    from kg.extract.enterprise_sentences import listed_holders
    paragraph = compact("首次发布了经第三方机构评审认定的辽宁省独角兽企业。其中,沈阳市的十月稻田集团股份有限公司成功上榜,成为辽宁省第一家"
                        "也是唯一一家独角兽企业。")
    assert [n for n, _, _ in listed_holders(paragraph)] == ["十月稻田集团股份有限公司"]


def test_a_counted_set_entering_a_list_then_named_by_its_count_with_products():
    # entrep37 周口 (周口晚报 e-paper 2023-07-17, content_206540): "我市6家企业…入选公示名单" closes a sentence that opens a list
    # below it (entered_class), and the set is named by its count on a later line, each company with its product in
    # brackets (no part of its name); the headline's 全省 gives the level, the 公示名单 makes them proposed
    text = "\n".join([
        "首批全省制造业单项冠军企业评审名单公布", "全市6家企业上榜", "□记者 沈铎",
        "本报讯 记者从省工信厅了解到,为健全完善全省制造业优质企业梯度培育体系建设工作,深入推进产业基础高级化和产业链现代化,"
        "根据《河南省制造业单项冠军企业培育提升专项行动方案》安排部署,省工信厅于近日完成第一批河南省制造业单项冠军企业遴选、"
        "评审工作,我市6家企业顺利完成评审并入选公示名单。",
        "这6家企业及主营产品是:河南凯旺电子科技股份有限公司(安防领域视频监控精密连接器及线缆连接组件)、河南金丹乳酸科技股份有限公司"
        "(乳酸)、乐普药业股份有限公司(硫酸氢氯吡格雷片)、项城市纺织有限公司(棉纱)、莲花健康产业集团股份有限公司(味精)以及"
        "河南省四通锅炉有限公司(贯流式蒸汽锅炉)。"])
    got = {(e["name"], c["class"], c["status"])
           for e in extract_enterprises(segment_issue(normalize_lines(text), "x.txt")) for c in e["classifications"]}
    assert got == {(n, "省级", "proposed") for n in ("河南凯旺电子科技股份有限公司", "河南金丹乳酸科技股份有限公司", "乐普药业股份有限公司",
                                                  "项城市纺织有限公司", "莲花健康产业集团股份有限公司", "河南省四通锅炉有限公司")}
    # (a count no act entered, "这5家企业…" after the 6 that entered, names no set of it: nothing)
    five = text.replace("这6家企业及主营产品是", "这5家企业及主营产品是")
    assert extract_enterprises(segment_issue(normalize_lines(five), "x.txt")) == []


def test_a_gas_station_is_an_enterprise_and_a_kind_spoken_of_is_not():
    # entrep46 天水 (http://www.nibeiya.com/news/tianshui/2017090820001877434.htm): a company's 液化气贮配站 on a list of
    # 诚信计量示范单位; fresh19 宿州's checked "爱民液化气充装站"
    assert is_enterprise("陕西泰来贸易公司甘谷液化气贮配站") and is_enterprise("爱民液化气充装站")
    assert is_enterprise("某某燃气有限公司城东加气站")
    # (a kind spoken of in prose is none: "各加气站", "液化气充装站和眼镜店" on a red list, entrep46 海南)
    assert not is_enterprise("各加气站")
    from kg.extract.enterprise_sentences import narrative_classes as read
    assert read(compact("其他各市县,也有部分加油站、液化气充装站和眼镜店等进入红榜。")) == []
# "纳入…清单(…)的有:" ⏎ the names on the next line, joined by 、 (a names line may repeat the act after them): entrep37
# anhui-nengxiao-xianjin-luohou-qingdan-2024-cement.txt:2-5, https://hnt.dcement.com/Print.aspx?id=221281
_NENGXIAO = ["关于安徽省工业重点领域企业能效清单目录(2024年版)的公告",
             "其中,纳入能效先进清单(能效优于或等于标杆水平)的有:",
             "合肥南方水泥有限公司、淮北众城水泥有限责任公司",
             "纳入能效落后清单(能效低于基准水平)的有:",
             "芜湖瑞信水泥有限公司、安徽枞阳海螺水泥股份有限公司纳入能效落后清单(能效低于基准水平)。"]


@pytest.mark.parametrize("style,lines,want", [
    ("names under 纳入…清单的有:", _NENGXIAO,
     [("合肥南方水泥有限公司", "先进"), ("淮北众城水泥有限责任公司", "先进"), ("芜湖瑞信水泥有限公司", "落后"),
      ("安徽枞阳海螺水泥股份有限公司", "落后")]),
    # (negative: a heading of a list that names no class, and a line of clauses under it, give nothing)
    ("no class in the list's name", ["其中,纳入重点监管清单的有:", "合肥南方水泥有限公司、淮北众城水泥有限责任公司"], []),
    ("a clause under the heading", ["其中,纳入能效先进清单的有:", "合肥南方水泥有限公司、部分企业正在整改"], []),
])
def test_names_under_an_entered_list_heading(style, lines, want):
    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    assert [(fold(e["name"]), e["classifications"][0]["class"]) for e in extract_enterprises(issue)] == want


@pytest.mark.parametrize("style,paragraph,want", [
    # fresh32 shaanxi_shangluo-2022-hezuoshe-baiqiang-shifanshe.txt:8 (http://eslrb.slrbs.com/slrb/20220318/html/
    # content_20220318001004.htm): a province's 百强示范社 told with a bare 省 after the year, a group monitored and kept;
    # "市级以上示范社" counts co-ops at or above a level and is no designation
    ("百强示范社 at 省, 市级以上 no level",
     "认定我市洛南县洛源镇品誉豆制品专业合作社等4家农民合作社为2021年省农民专业合作社百强示范社。商州区杨斜镇聚源养殖专业合作社"
     "等20家农民合作社监测合格,继续保留陕西省农民专业合作社百强示范社资格。至此,我市农民专业合作社市级以上示范社达到241家。",
     [("品誉豆制品专业合作社", "省级"), ("聚源养殖专业合作社", "省级")]),
    # (negative: a count at or above a level names no holder's level)
    ("市级以上 alone", "至此,某某专业合作社等3家农民合作社成为市级以上示范社。", []),
])
def test_listed_levels_of_co_op_lists(style, paragraph, want):
    assert [(n, level) for n, level, _ in level_classes(paragraph)] == want


@pytest.mark.parametrize("name,want", [
    ("省机械研究院", False),  # fresh32 gansu_lanzhou-2023-zhuanjingtexin-xin-rending.txt:11: a public institute
    ("市农科院", False),
    ("湖北省中科产业技术研究院", True),  # fresh21: a registered institute names its place
    ("某某研究院有限公司", True),
])
def test_an_institute_named_by_its_level_is_no_enterprise(name, want):
    from kg.extract.enterprise_classes import is_enterprise
    assert is_enterprise(name) is want


@pytest.mark.parametrize("name,want", [
    # fresh33 hainan-quanguo-lvse-kuangshan-minglu-2019.txt:4 (real): a field before a slash, then its operator
    ("海南北部湾盆地花场凝析油气田/海南福山油田勘探开发有限责任公司", "海南福山油田勘探开发有限责任公司"),
    # constructed guard: one body under two names keeps both (no site before the slash)
    ("山东省企业联合会/企业家协会", "山东省企业联合会/企业家协会"),
])
def test_a_site_before_a_slash_is_its_operators(name, want):
    from kg.extract.enterprises import _SITE_BEFORE_SLASH
    assert _SITE_BEFORE_SLASH.sub("", name) == want


# A counted list whose printed count vouches for its whole run, and a group named alone before a count of its own units
# (stop 22, ent56: fresh33's misses, and other real pages of the same wordings from the `pages` corpus).
@pytest.mark.parametrize("style,lines,want,not_want", [
    # a member that names no company (a well) ends the run no earlier than the count does: the mines after it hold too
    # (fresh33 海南日报 2019, 全国绿色矿山名录)
    ("N家矿山分别是: with a well among them",
     ["海南6家矿山入列 全国绿色矿山名录",
      "本报1月22日讯 日前,自然资源部发布全国绿色矿山名录公告。海南省6家矿山纳入全国绿色矿山名录。",
      "海南省此次纳入全国绿色矿山名录的6家矿山分别是:海南北部湾盆地花场凝析油气田/海南福山油田勘探开发有限责任公司、"
      "海南金昌金矿有限公司昌江县土外山金矿、海南省澄迈县老城开发区美造村1号井饮用天然矿泉水、"
      "海南武华金源矿业股份有限公司东方市红甫门岭矿区金矿、海南矿业股份有限公司昌江县石碌铁钴铜矿、海南山金矿业有限公司乐东县抱伦金矿。"],
     {("海南金昌金矿有限公司昌江县土外山金矿", "国家级"), ("海南武华金源矿业股份有限公司东方市红甫门岭矿区金矿", "国家级"),
      ("海南矿业股份有限公司昌江县石碌铁钴铜矿", "国家级"), ("海南山金矿业有限公司乐东县抱伦金矿", "国家级")},
     {"海南省澄迈县老城开发区美造村1号井饮用天然矿泉水", "海南省澄迈县老城开发区美造村1号井饮用天然矿"}),
    # a count in words, the run closed by a full stop (http://chaoshiw.com/info/pump-news-1627901.html)
    ("有两家企业入选,分别是X、Y",
     ["5月22日,国家工信部对第一批248家专精特新“小巨人”企业名单进行公示。",
      "近日,工业和信息化部公布了第一批国家级专精特新“小巨人”企业名单,紧固件行业有两家企业入选,分别是海盐宇星螺帽有限责任公司、"
      "湖南飞沃新能源科技股份有限公司。"],
     {("海盐宇星螺帽有限责任公司", "国家级"), ("湖南飞沃新能源科技股份有限公司", "国家级")}, set()),
    # the run's leading names still hold where prose follows after a comma (http://news.fznews.com.cn/dsxw/20181127/5bfc7cfadf2c8.shtml)
    ("三家企业入选绿色工厂,分别是X、Y、Z,占…",
     ["福州三家企业入选全国第三批绿色工厂",
      "近日,国家工信部公布第三批绿色制造名单,我市共有三家企业入选绿色工厂,分别是福建省宏港纺织科技有限公司、"
      "福建经纬新纤科技实业有限公司、福建冠城瑞闽新能源科技有限公司,占全省总数的37.5%。"],
     {("福建省宏港纺织科技有限公司", "国家级"), ("福建冠城瑞闽新能源科技有限公司", "国家级")}, set()),
    # a group named alone before a count of its units holds nothing (fresh33 黑龙江 龙江森工, 省级林下经济示范基地)
    ("X集团9家单位的10个基地上榜",
     ["龙江森工集团9家单位获评省级林下经济示范基地",
      "近日,黑龙江省林草局公布了第二批省级林下经济示范基地名单,龙江森工集团9家单位的10个基地上榜,以中药材种植、森林旅游及"
      "经济林种植为主。"],
     set(), {"龙江森工集团"}),
    # ... nor one whose subsidiaries are counted after 旗下 (柳工, a converter page: http://www.aeir.cn/news/20251027); the
    # subsidiaries named before hold
    ("X集团旗下共有7家子公司获评",
     ["近日,國家工業和信息化部公布第七批專精特新“小巨人”企業名單,柳工柳州傳動件有限公司、柳工無錫路面機械有限公司成功入選。",
      "截至目前,柳工集團旗下共有7家子公司獲評國家級“小巨人”企業。"],
     {("柳工柳州传动件有限公司", "国家级")}, {"柳工集团"}),
])
def test_counted_runs_and_counted_owners(style, lines, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    pairs = {(e["name"], c["class"]) for e in got for c in e["classifications"] if c.get("status") != "proposed"}
    assert want <= pairs, (style, pairs)
    assert not {e["name"] for e in got} & not_want, style


@pytest.mark.parametrize("text,want", [
    ("近日,黑龙江省林草局公布了第二批省级林下经济示范基地名单,龙江森工集团9家单位的10个基地上榜", {"龙江森工集团"}),
    ("截至目前,柳工集团旗下共有7家子公司获评国家级“小巨人”企业", {"柳工集团"}),
    # a count after the last of several names counts those names; a count after 等 counts a group the names open; a
    # place's count is no company's; a count of one is no group's units
    ("福建某某有限公司、重庆市林业投资开发有限责任公司三家林业公司榜上有名", set()),
    ("重庆药友制药有限责任公司等6家企业评价为优秀", set()),
    ("我市6家企业上榜", set()),
    ("其中,某某科技有限公司1家企业入选", set()),
    # a designating act before the name: the count is the act's object, the name its first holder (重庆市应急管理局
    # 2023年第2号通告, https://yjj.cq.gov.cn/zwgk_230/fdzdgknr/jdjc11/202303/t20230314_11758313.html, entrep101)
    ("经考评并公示,核准招商局新材料科技(重庆)有限公司29家企业(单位)(详见附件)为国家安全生产标准化二级企业,现予通告。", set()),
])
def test_counted_owners(text, want):
    from kg.extract.enterprise_classes import counted_owners
    assert counted_owners(text) == want


# An organ's choice of a counted set of one listed designation, then (past paragraphs of prose) its members one a line
# under their cities (stop 22, ent56: entrep37's 四川 converter page, and two other real copies of the same news).
_LIANGSHAN = ["第二批省级示范休闲农庄公示 凉山又添好去处", "2018-01-12 来源:四川在线",
              "记者1月10日从四川省农业厅获悉,为进一步加快培育休闲农业品牌,提升产业影响力,经过业主自愿申报、市(州)县审核、"
              "现场考察和专家评审等程序,四川省农业厅日前评选出200家第二批省级示范农庄并予以公示。",
              "休闲农庄是乡村旅游的一种类型,而省级示范休闲农庄是我省培育的首个休闲农业省级品牌。2015年,省农业厅评定首批100家省级示范"
              "休闲农庄。",
              "2016年,四川休闲农业和乡村旅游综合经营性收入达1150亿元,居全国首位。(颜斯睿 记者 李淼)",
              "相关链接:第二批省级示范休闲农庄目录", "凉山州:", "西昌市柳荫休闲农庄", "会东县聚源山庄", "越西县山水人家",
              "宁南县张传会家庭农场", "编辑:王博雅"]


@pytest.mark.parametrize("style,lines,want,not_want", [
    # http://scxc.wenming.cn/yw/201801/t20180112_2846272.htm: 凉山州's members, a bare 山水人家 among them
    ("评选出N家…并予以公示 … 凉山州: ⏎ names", _LIANGSHAN,
     {"西昌市柳荫休闲农庄", "会东县聚源山庄", "越西县山水人家", "张传会家庭农场"}, {"编辑:王博雅", "王博雅"}),
    # entrep37's converter copy (http://m.fishbao.com.cn/news/shishang/2018/0111/825625.html): 农业园 and 庄园 too
    ("converter copy, 成都市:",
     ["原標(biāo)題:四川第二批省級示范休閑農(nóng)莊正公示 假日休閑又多好去處",
      "記者1月10日從四川省農(nóng)業(yè)廳獲悉,四川省農(nóng)業(yè)廳日前評選出200家第二批省級示范農(nóng)莊并予以公示。",
      "休閑農(nóng)莊是鄉(xiāng)村旅游的一種類型。", "成都市:", "都江堰市青城道茶山莊", "崇州市更新生態(tài)農(nóng)業(yè)園",
      "新都區(qū)漫花莊園"],
     {"都江堰市青城道茶山庄", "崇州市更新生态农业园", "新都区漫花庄园"}, set()),
    # negatives: a place printed without its colon is a line of prose, no heading; a count an organ chose that names no
    # listed designation opens no list; a place heading with no chosen set above holds nothing
    ("no colon", _LIANGSHAN[:6] + ["凉山州", "西昌市柳荫休闲农庄", "越西县山水人家"], set(), {"越西县山水人家"}),
    ("no listed designation",
     ["记者从市商务局获悉,市商务局日前评选出20家优秀摊位并予以公示。", "金牛区:", "越西县山水人家"], set(), {"越西县山水人家"}),
    ("no chosen set", ["近年来,我市休闲农业发展迅速。", "成都市:", "越西县山水人家", "都江堰市青城道茶山庄"], set(),
     {"越西县山水人家"}),
])
def test_members_of_a_chosen_set_under_place_headings(style, lines, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    proposed = {farm_placed(e["name"]) for e in got for c in e["classifications"]
                if c.get("status") == "proposed" and c["class"] == "省级"}
    assert {farm_placed(n) for n in want} <= proposed, (style, proposed)
    assert not {e["name"] for e in got} & not_want, style


@pytest.mark.parametrize("text,want", [
    # a farm stay's designation is read by its shape (http://scfbfile.3xmt.com/news/wx/detail?newsid=85777, 广安's copy)
    ("广安入选四川第二批省级示范休闲农庄名单:", ("省级", None)),
    # (a farm stay's own name, and a count of farm stays, are no list's title)
    ("前锋区桃源悦野生态农庄", None),
])
def test_a_farm_stay_designation_titles_its_list(text, want):
    assert titled_class(text) == want


# entrep66 (stop 22): real lines of its pages (benchmarks/data/other_districts_entrep66/texts)
_E66_XIANGTAN = ["根据湖南省经信委、省财政厅《关于印发<湖南省小巨人企业培育计划实施方案>的通知》(湘经信中小发展〔2017〕274号)和"
                 "省工信厅《关于做好2019年小巨人企业培育工作的通知》(湘工信中小发展〔2019〕124号)文件要求,经专家评审和公示,省工信厅"
                 "同意认定天易经开区园区内湘潭离心机有限公司、湖南可菲香精香料科技有限公司、湖南力威液压设备股份有限公司、"
                 "湘潭弘茂湘莲产业发展有限责任公司4家企业为2019年湖南省小巨人企业。"]
_E66_ANKANG = ["近日,陕西省科学技术厅公布2021年陕西省瞪羚(潜在)企业名单,安康高新区民营企业陕西智宇寰宸医疗器械有限公司被认定为"
               "瞪羚企业,成为全市首家瞪羚企业,陕西新智汇科技股份有限公司被认定为潜在瞪羚企业。"]
_E66_HUBEI = ["  2019年5月,工信部中小企业局公布首批248家专精特新“小巨人”企业,湖北省有武大吉奥信息技术有限公司等9家企业入围。"]
_E66_HEBEI = ["冀工信民经函〔2023〕542号",
              "根据《河北省县域特色产业集群“领跑者”企业培育工作指南》,按照企业入库培育、自愿申报、市县审核推荐、专家评审和网上公示,"
              "确定河北同福健康产业有限公司、河北华通线缆集团股份有限公司等267家企业为2023年度河北省县域特色产业集群“领跑者”企业"
              "(名单附后)。"]
_E66_XIAN = ["11月29日,陕西省科学技术厅发布《关于公示2022年拟认定陕西省瞪羚企业名单的通知》。", "",
             "近日,公示期已满,根据陕西省瞪羚企业培育认定实施方案等规定,经属地推荐、第三方机构合规性审查、专家评审,北斗天地股份有限公司、"
             "西安图为电气技术有限公司、西安蜂语信息科技有限公司、陕西绝顶人峰网络科技有限公司、拓尔微电子股份有限公司等多家丝路软件城"
             "企业上榜,获得陕西省瞪羚企业的认定。"]


@pytest.mark.parametrize("style,lines,want,not_want", [
    # a locator glued before the first name: a park (lifecn.com.cn/2019-12/06/content_30455.html, 湘潭), a kind of firm in
    # a place (audientise.com/Content-2347044.html, 安康), a place that has it (hb.cri.cn/n/20201117/…, 湖北)
    ("园区内X", _E66_XIANGTAN, {("湘潭离心机有限公司", "省级", None)}, {"天易经开区园区内湘潭离心机有限公司"}),
    ("高新区民营企业X; 全市首家 is a rank, no level", _E66_ANKANG, {("陕西智宇寰宸医疗器械有限公司", "省级", None)},
     {"安康高新区民营企业陕西智宇寰宸医疗器械有限公司"}),
    ("湖北省有X等9家企业入围", _E66_HUBEI, {("武大吉奥信息技术有限公司", "国家级", None)}, {"湖北省有武大吉奥信息技术有限公司"}),
    # 县域 (a county's scope) after a province is no county: the province's list (vwcr.cn/news/cygh/2023/1213/22008.html)
    ("省县域…领跑者", _E66_HEBEI, {("河北同福健康产业有限公司", "省级", None), ("河北华通线缆集团股份有限公司", "省级", None)}, set()),
    # a 公示 whose term has run out (公示期已满) gives the final list (m.chdbook.cn/kaifaqu/202212/99489.html, 西安)
    ("公示期已满…上榜", _E66_XIAN, {("北斗天地股份有限公司", "省级", None), ("拓尔微电子股份有限公司", "省级", None)}, set()),
])
def test_entrep66_locators_scope_and_ended_publicity(style, lines, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    found = {(e["name"], c["class"], c.get("status")) for e in got for c in e["classifications"]}
    assert want <= found, (style, found)
    assert not {e["name"] for e in got} & not_want, style
    assert not any(c["class"] in ("县级", "市级") for e in got for c in e["classifications"]), (style, found)


@pytest.mark.parametrize("name,want", [
    # a locator is cut only where a whole enterprise's name is left; a name opening with a place keeps it (real names
    # of entrep66's pages: 内蒙古 单项冠军 公示, 楚雄 awards)
    ("天易经开区园区内湘潭离心机有限公司", "湘潭离心机有限公司"),
    ("内蒙古鄂尔多斯资源股份有限公司", "内蒙古鄂尔多斯资源股份有限公司"),
    ("元谋县果然好农业科技有限公司", "元谋县果然好农业科技有限公司"),
    ("太仆寺旗唐合科技(内蒙古)股份有限公司", "太仆寺旗唐合科技(内蒙古)股份有限公司"),
])
def test_a_locator_before_a_name_is_cut(name, want):
    from kg.extract.enterprises import _unlocated
    assert _unlocated(name) == want


@pytest.mark.parametrize("style,lines,want,not_want", [
    # 青年文明号 is a title its holders are 认定为, a province's by its name (0539.rz114.cn/news/detail-6.html, 临沂; the
    # straight quotes as printed); "我市共有X、Y…": 共有 is no part of the first name
    ("被认定为…“山东省青年文明号”",
     ['同时,会议还对个私协系统2007年度"山东省青年文明号"和全国个私协系统抗震救灾优秀组织单位和无私奉献会员进行了通报表彰。'
      '临沂新程金锣肉制品有限公司、华盛江泉集团有限公司、山东立晨物流有限公司(原山东立晨集团)、临沂市正直驾驶员培训有限公司等6家企业'
      '被认定为个私协系统2007年度"山东省青年文明号";临沂市个私协会、沂水县个私协会被评为"全国个私协会系统抗震救灾优秀组织单位"。'],
     {("临沂新程金锣肉制品有限公司", "省级", None), ("临沂市正直驾驶员培训有限公司", "省级", None)}, {"临沂市个私协会", "沂水县个私协会"}),
    # a body choosing a batch publishes it (hb.cri.cn/n/20201117/c584d392-364d-e293-9116-2e442e14a817.html)
    ("评选第二批…,X等48家中小企业入选",
     ["  11月16日获悉,工业和信息化部中小企业局评选第二批专精特新“小巨人”企业,湖北省武汉德骼拜尔外科植入物有限公司等48家中小企业"
      "入选,为中部入选上榜比例最高省份。"], set(), set()),
    # negative: a selection activity announced, no batch chosen, names nobody (entrep66's 河南 绿色工厂 page, its next lines)
    ("评选 without a batch",
     ["按优中选优原则进行评审选出“拟推荐参评国家级绿色工厂名单”、“拟确定的省级绿色工厂名单”等五项评审结果名单。"], set(), set()),
])
def test_entrep66_titles_and_chosen_batches(style, lines, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    found = {(e["name"], c["class"], c.get("status")) for e in got for c in e["classifications"]}
    assert want <= found, (style, found)
    assert not {e["name"] for e in got} & not_want, style
    if style.startswith("评选第二批"):
        assert any(c["class"] == "国家级" and "德骼拜尔" in e["name"] for e in got for c in e["classifications"]), found
    if style.startswith("评选 without"):
        assert not got, found


def test_a_count_of_firms_had_is_no_part_of_a_name():
    from kg.extract.enterprises import _unlocated
    assert _unlocated("共有山东金升有色集团有限公司") == "山东金升有色集团有限公司"
    assert _unlocated("山东金升有色集团有限公司") == "山东金升有色集团有限公司"


@pytest.mark.parametrize("style,lines,want", [
    # a district's roll of honour (al.iyunhui.com/news-424048, 南海 南府函〔2021〕21号 told in news): the district's level
    ("X荣登“南海区纳税大户”光荣榜",
     ["5月6日,佛山市南海区人民政府发布了《关于表彰佛山市南海区2020年度纳税大户的通报》(南府函〔2021〕21号)。通报显示, "
      "广东华昌集团有限公司荣登“南海区纳税大户”光荣榜,并连续6年入选“纳税超5000万元”。"],
     {("广东华昌集团有限公司", "区级")}),
    # negative: the same page's praise with no roll named holds nothing more
    ("no roll",
     ["通报中指出,2020年,面对严峻复杂的国内外形势特别是新冠肺炎疫情严重冲击,全区上下坚持以习近平新时代中国特色社会主义思想为指导,"
      "团结一致、砥砺前行,圆满完成“十三五”既定目标任务。广东华昌集团有限公司依然表现突出,连续6年纳税超5000万元,"
      "为全区经济高质量发展做出了积极贡献。"], set()),
])
def test_a_roll_of_honour_is_a_designation(style, lines, want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    assert {(e["name"], c["class"]) for e in got for c in e["classifications"]} == want, style


# entrep81 (stop 23): real lines of its pages (benchmarks/data/other_districts_entrep81/texts), each with real negatives
_E81_BOZHOU = ["3月21日下午,市委农村工作会议暨抓党建促乡村振兴推进会议通报表彰了2023年度亳州市农业产业10强镇、“秸秆变肉”肉牛"
               "振兴养殖10强企业、绿色食品加工10强企业、新型农业经营10强主体、和美乡村建设10个重点镇(村)。",
               "农业产业10强镇分别是蒙城县乐土镇、谯城区十八里镇、谯城区古井镇、涡阳县高炉镇。",
               "绿色食品加工10强企业分别是安徽古井贡酒股份有限公司、蒙城强英食品有限公司、安徽正宇面粉有限公司、安徽古井健康科技有限公司。"]
_E81_XILIN = ["  为推动农牧业产业化经营,加快农牧业重点龙头企业发展,前不久,经盟农牧业产业化联席会议评定、公示,并经行署同意,确定内蒙古"
              "皓腾牧业科技股份有限公司等31家企业为第七批盟级农牧业产业化重点龙头企业。同时,根据对前六批盟级农牧业产业化重点龙头企业的"
              "监测结果,决定保留锡林郭勒盟恒盛农牧业发展有限公司等36家企业盟级农牧业产业化重点龙头企业资格,内蒙古超大畜牧有限责任公司"
              "等18家盟级农牧业产业化重点龙头企业因资产规模、经营状况、社会效益、带动能力等已不符合盟级农牧业产业化经营重点龙头企业标准,"
              "被取消了资格。"]
_E81_ZHENJIANG = ["江苏恒顺醋业股份有限公司、镇江奇美化工有限公司、江苏天工工具新材料股份有限公司、江苏鼎胜新能源材料股份有限公司入选"
                  "“江苏省优秀企业”;大全集团有限公司党委书记、总裁徐翔,江苏美科太阳能科技股份有限公司董事长王禄宝,江苏天奈科技股份有限"
                  "公司董事长、总经理郑涛,大亚科技集团有限公司董事长陈建军入选“江苏省优秀企业家”。"]
_E81_HAERBIN = ["近来,黑龙江省工信厅发布2023年度黑龙江省制造业单项冠军企业(产品)名单。近期发布的20家省级制造业单项冠军企业中,包含哈电"
                "集团哈尔滨电站阀门有限公司、哈尔滨哈东新春锅炉有限公司等15家哈市企业。20个省级制造业单项冠军产品中,包含哈尔滨深能电机"
                "有限公司、哈尔滨固泰电子有限责任公司等哈市11家企业主营产品。"]
_E81_GANSU = ["甘肃省人民政府关于表彰第九届甘肃质量奖及提名奖的决定", "甘政发〔2025〕76号",
              "根据《甘肃省人民政府质量奖实施办法》规定,经评审,授予甘肃稀土新材料股份有限公司、天水天光半导体有限责任公司、敦煌市"
              "鸣沙山月牙泉景区服务中心第九届甘肃质量奖;授予甘肃东兴铝业有限公司、甘肃煤田地质局综合普查队、甘肃省交通科学研究院集团"
              "有限公司、兰州市城关区一只船小学、甘肃印象生态(集团)有限责任公司第九届甘肃质量奖提名奖。"]
_E81_YAAN = ["近日,省经信厅下发《关于印发四川省2018年度高成长型中小企业和2018年度行业“小巨人”企业培育名单的通知》(川经信企业函"
             "〔2018〕62号),我市雅安百图高新材料股份有限公司,、四川石棉华瑞电子有限公司,、石棉县亿欣钙业有限责任公司、雅安小航电器"
             "有限责任公司等4户企业入围省2018年度高成长型中小企业培育名单,,包括2017年入围的四川联茂机械制造有限公司,、芦山华美包纱"
             "有限公司、四川川黄茶业集团有限公司3家企业,,我市高成长型中小企业总共达到7家,。"]
_E81_JIANGDU = ["2月19日,江都区召开民营经济高质量发展暨营商环境优化提升大会。会上,扬州中月米业有限公司等10家农业企业被区委、区政府"
                "表彰为2023年度“先进农业龙头企业”。"]
_E81_LIANYUNGANG = ["近日,经市农委组织专家现场考核及会议评审,金潮公司权属江苏宁城农林科技有限公司顺利通过最后审核验收,荣获“2018年度"
                    "连云港市农业产业化市级龙头企业”称号。"]
# another page's persons' award beside its firms' (sc.sina.com.cn/city/wcbz/bzyw/2019-03-04/city-ihrfqzkc1024856.shtml, 平昌)
_PINGCHANG = ["2月22日,巴中市平昌县县委、县政府授予四川远鸿小角楼酒业有限公司等16家企业“平昌县优秀民营企业”称号,授予王浩等16名企业家"
              "“平昌县优秀民营企业家”称号。"]


@pytest.mark.parametrize("style,lines,want,not_want", [
    # a ranked designation of enterprises, then its holders to the sentence's end; the towns' list so named is none (亳州,
    # dingqianjf.com/news/show/400c8efe6861a624.html, a converter copy)
    ("X10强企业分别是A、B…", _E81_BOZHOU, {("安徽古井贡酒股份有限公司", "市级", None), ("安徽古井健康科技有限公司", "市级", None)},
     {"蒙城县乐土镇", "谯城区十八里镇"}),
    # a league's own level, and a title kept after monitoring (保留…资格); the group that lost it holds nothing (锡林郭勒,
    # gxsns.yfsoft.com.cn/1899.html)
    ("盟级; 保留…资格; 被取消了资格", _E81_XILIN, {("内蒙古皓腾牧业科技股份有限公司", "盟级", None),
                                       ("锡林郭勒盟恒盛农牧业发展有限公司", "盟级", None)}, {"内蒙古超大畜牧有限责任公司"}),
    # a persons' award names the companies they work for: no holders (镇江, cmstop.zt.jsw.com.cn/p/220927.html)
    ("入选“…优秀企业家”", _E81_ZHENJIANG, {("镇江奇美化工有限公司", "省级", None)},
     {"大全集团有限公司", "江苏美科太阳能科技股份有限公司", "江苏天奈科技股份有限公司", "大亚科技集团有限公司"}),
    ("授予…企业家…称号", _PINGCHANG, {("四川远鸿小角楼酒业有限公司", "县级", None)}, set()),
    # the published set's members it includes; the companies named for a product's award are none (哈尔滨, qhbaide.com/lsf/2003.html)
    ("发布的…企业中,包含X、Y等", _E81_HAERBIN, {("哈电集团哈尔滨电站阀门有限公司", "省级", None), ("哈尔滨哈东新春锅炉有限公司", "省级", None)},
     {"哈尔滨深能电机有限公司", "哈尔滨固泰电子有限责任公司"}),
    # an award opening with its edition after units not all enterprises (甘政发〔2025〕76号, gsei.com.cn/html/1275/2025-12-01/…)
    ("授予A、B、<service centre>第九届…奖", _E81_GANSU, {("甘肃稀土新材料股份有限公司", "省级", None), ("天水天光半导体有限责任公司", "省级", None),
                                                ("甘肃印象生态(集团)有限责任公司", "省级", None)},
     {"敦煌市鸣沙山月牙泉景区服务中心", "甘肃煤田地质局综合普查队", "兰州市城关区一只船小学"}),
    # an earlier year's entrants counted in by 包括 (雅安, yunmq.cn/gongkai/show/20190103172359-34360-00-000.html, converter)
    ("包括2017年入围的X、Y、Z3家企业", _E81_YAAN, {("雅安小航电器有限责任公司", "省级", None), ("四川联茂机械制造有限公司", "省级", None),
                                         ("四川川黄茶业集团有限公司", "省级", None)}, set()),
    # the passive with its organ between 被 and the act (江都, lyhgdm.com/13967.html, converter)
    ("X等10家农业企业被区委、区政府表彰为“…”", _E81_JIANGDU, {("扬州中月米业有限公司", "区级", None)}, set()),
    # a parent before 权属 is no part of the holder's name (连云港, lejia123.com/NewsViewdang.asp?ID=2640, converter)
    ("X公司权属Y荣获", _E81_LIANYUNGANG, {("江苏宁城农林科技有限公司", "市级", None)}, {"金潮公司权属江苏宁城农林科技有限公司"}),
])
def test_entrep81_ranked_lists_kept_titles_persons_and_passives(style, lines, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    found = {(e["name"], c["class"], c.get("status")) for e in got for c in e["classifications"]}
    assert want <= found, (style, found)
    assert not {e["name"] for e in got} & not_want, (style, found)


@pytest.mark.parametrize("style,lines,want,not_want", [
    # a grade's heading with its count after the colon, under a list's own heading; the orchards above it are sites (莒县,
    # m.jvxian.com/news/show-382.html)
    ("1、四星级:7个", ["莒县2015年新增乡村旅游要素名单", "", "4、山东省精品采摘园(4个)", "", "桑园百果苑采摘园", "",
                    "5、山东省好客人家星级农家乐(33个)", "", "1、四星级:7个", "", "桑园镇王合饭店农家乐", "",
                    "城阳街道大湖村世起全羊农家乐"],
     {("桑园镇王合饭店农家乐", "四星级", None), ("城阳街道大湖村世起全羊农家乐", "四星级", None)}, {"桑园百果苑采摘园"}),
    # a clause closed by 名单 names lists, not holders (莒县, the same page's lead)
    ("…开心农场和好客人家农家乐名单,莒县44家单位榜上有名",
     ["近日,山东省旅游局下发了《关于命名山东省旅游强乡镇、特色村、工农业旅游示范点、精品采摘园、开心农场和好客人家农家乐的通知》"
      "(鲁旅办发〔2015〕134号),公布了2015年全省新增旅游强乡镇、特色村、工农业旅游示范点、精品采摘园、开心农场和好客人家农家乐"
      "名单,莒县44家单位榜上有名。"], set(), {"开心农场", "好客人家农家乐"}),
    # a clause telling how a firm came to be is no name (舞政〔2016〕18号, computernetworkingdegrees.com/…/29159.html, converter)
    ("X入驻…组建成立Y以来,…荣获", ["大地集团入驻舞阳组建成立贾湖酒业集团以来,对原富平春酒厂进行了全方位升级改造,极大提升了企业"
                              "形象,荣获“2015年漯河市市长质量奖”荣誉称号。"], set(), {"大地集团入驻舞阳组建成立贾湖酒业集团"}),
])
def test_entrep81_grade_headings(style, lines, want, not_want):
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    found = {(e["name"], c["class"], c.get("status")) for e in got for c in e["classifications"]}
    assert want <= found, (style, found)
    assert not {e["name"] for e in got} & not_want, (style, found)


_F37 = "benchmarks/data/other_districts_fresh37/texts/"


@pytest.mark.parametrize("style,source,lines,want", [
    # fresh37 xinjiang (天山网 via 兵团日报, real): the division city before 已有 is the place that has them, and the same
    # city printed before a name opening with its region (三师图木舒克市新疆…) is where the company is
    ("a long place before 已有, and a city before a name opening with its region",
     _F37 + "xinjiang_bingtuan-sanshi-tumushuke-zizhiqu-qiye-jishu-zhongxin.txt:9",
     ["目前,三师图木舒克市已有新疆昆仑神农股份有限公司、新疆天昆百果股份有限公司、新疆东纯兴纺织有限公司和新疆叶河源果业股份有限公司"
      "4家企业技术中心被认定为自治区级企业技术中心。"],
     ["新疆昆仑神农股份有限公司", "新疆天昆百果股份有限公司", "新疆东纯兴纺织有限公司", "新疆叶河源果业股份有限公司"]),
    # fresh37 ningxia_zhongwei (中卫, real): a counted group 位列其中, the list named before it in the same sentence
    ("a counted group 位列其中 after the list it is in",
     _F37 + "ningxia_zhongwei-zizhiqu-keji-xiaojuren-qiye-2021.txt:1",
     ["近日,自治区科技厅公布了《关于认定2021年度自治区科技小巨人企业的通知》,我市宁夏万汇云合消防科技有限公司、宁夏祥鑫隆工贸有限公司、"
      "宁夏源泉农林生态科技有限公司3家企业位列其中。截至目前,全市共有自治区科技小巨人企业13家。"],
     ["宁夏万汇云合消防科技有限公司", "宁夏祥鑫隆工贸有限公司", "宁夏源泉农林生态科技有限公司"]),
    # fresh37 tianjin_baodi (宝坻区工信局, real): a district's green-manufacturing list, its supply-chain row held by the company
    ("the supply-chain row of a green-manufacturing list beside its factories",
     _F37 + "tianjin_baodi-gongxinju-quji-lvse-zhizao-danwei-2025-diyipi.txt:3",
     ["经区内企业自愿申报,有关园区推荐,区工信局初审,认定了宝坻区2025年度第一批区级绿色制造单位。共有卡酷思汽车部件(天津)有限公司等6家"
      "企业入选区级绿色工厂,奥赛科膜科技(天津)有限公司入选区级绿色供应链,现予以公布。"],
     ["卡酷思汽车部件(天津)有限公司", "奥赛科膜科技(天津)有限公司"]),
    # guards (constructed from the same wordings): a group that is not in the list (位列前茅) holds nothing; a supply chain
    # spoken of as work, not a list entered, gives no holder
    ("constructed: 位列 with no list", "constructed",
     ["我市宁夏万汇云合消防科技有限公司、宁夏祥鑫隆工贸有限公司2家企业营收位列全区前茅。"], []),
    ("constructed: a supply chain as work", "constructed",
     ["奥赛科膜科技(天津)有限公司积极打造区级绿色供应链,带动上下游企业节能降耗。"], []),
])
def test_holders_placed_counted_or_on_a_supply_chain_row(style, source, lines, want):
    assert [fold(e["name"]) for e in _page(lines)] == want
    assert all(e["classifications"][0]["class"] in {"自治区级", "省级", "区级"} for e in _page(lines))


@pytest.mark.parametrize("name,want", [
    ("三师图木舒克市新疆东纯兴纺织有限公司", "新疆东纯兴纺织有限公司"),  # fresh37 三师 (line 7, real): a division city's six characters
    ("图木舒克市图木舒克某某有限公司", "图木舒克市图木舒克某某有限公司"),  # constructed guard: no region after the city, kept
])
def test_a_long_city_before_a_name_opening_with_its_region(name, want):
    from kg.extract.enterprise_sentences import prose_placed
    assert prose_placed(name) == want


@pytest.mark.parametrize("name, want", [
    # a mining right named by place, ore and the ore's use in brackets: no market entity (docent59
    # xinjiang_zizhiqu-2025-lvse-kuangshan-ni-naru-gongshi-trad-cells.txt:28)
    ("新疆博乐市阿克塔什北3号(水泥用)石灰岩矿", False),
    # a mine with its trade name, or printed under its company, stays a holder (same page, rows 7 and 9; the stone list)
    ("库车市永新矿业有限责任公司永新煤矿", True), ("哈密市鑫源矿业有限责任公司白鑫滩铜镍矿", True),
    ("本溪市明山区馨利石灰石矿", True), ("易县盛奇达建材有限公司河北村建筑用白云岩矿", True),
    ("某某建材有限公司北山(建筑用)石料矿", True),
])
def test_a_mining_right_named_by_its_ores_use_is_no_enterprise(name, want):
    from kg.extract.enterprise_classes import is_enterprise
    assert is_enterprise(name) is want
