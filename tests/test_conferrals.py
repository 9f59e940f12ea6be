"""Conferral sentences (kg/extract/conferrals.py): real lines from the sets, each with its known holders and class, and
real negatives (a proposal, persons, a level named with no holder, a count whose members each take their own class)."""

import pytest

from kg.extract.conferrals import conferral_level, conferred_classes, organ_level
from kg.parse.normalize import compact, fold

# (where from, title, line, [(name, class)] expected)
POSITIVES = [
    # fresh18 许昌 l.3: the organ (市政府) and 授予, counted groups; the second act (after ；) is the same organ's
    ("fresh18 许昌", "",
     "经市长质量奖评审委员会评审、市政府常务会议研究、社会公示,市政府决定授予许继电源有限公司、河南世纪香食用菌开发有限公司等2家企业"
     "“2015—2016年度许昌市市长质量奖”,各奖励100万元;授予河南许继智能科技股份有限公司、长葛市宇龙实业股份有限公司、鄢陵县花艺绿化"
     "工程有限公司等3家企业“2015—2016年度许昌市市长质量奖提名奖”,各奖励20万元。",
     [("许继电源有限公司", "市级"), ("河南世纪香食用菌开发有限公司", "市级"), ("河南许继智能科技股份有限公司", "市级"),
      ("长葛市宇龙实业股份有限公司", "市级"), ("鄢陵县花艺绿化工程有限公司", "市级")]),
    # fresh18 福州 l.15: the title confers (中共福州市委 福州市人民政府关于表彰…); six counted groups, one a name each
    ("fresh18 福州", "中共福州市委 福州市人民政府关于表彰福州市优秀民营企业的决定",
     "为树立典型、表彰先进,经市委、市政府研究,决定授予福建省金纶高纤股份有限公司等10家企业“工业发展十佳民营企业”称号,"
     "授予永辉超市股份有限公司等10家企业“扩大就业十佳民营企业”称号(具体名单附后),并予以通报表彰。",
     [("福建省金纶高纤股份有限公司", "市级"), ("永辉超市股份有限公司", "市级")]),
    # fresh18 耀州 l.2: a place acting (耀州区评选出); the quoted principle's 认定 is no act; a counted group's trading venue
    # (…广场) is a holder; 广电网络 reads as no enterprise
    ("fresh18 耀州", "",
     "按照“成熟一个、申报一个、认定一个”的原则,近日,耀州区评选出了首批创建组织机构全、制度落实好、氛围营造浓、符合申报条件的"
     "华原购物中心广场、广电网络、鼎尚超市、中国联通公司耀州分公司等18家“放心消费单位”,并进行授牌。",
     [("华原购物中心广场", "区级"), ("鼎尚超市", "区级"), ("中国联通公司耀州分公司", "区级")]),
    # fresh18 泉州 l.1: a province's department publishes a list; the counted group 入库
    ("fresh18 泉州", "",
     "近日,福建省科学技术厅公布了2018年福建省第一批入库科技型中小企业名单,安溪县金华南实业有限公司等92家泉州企业入库。",
     [("安溪县金华南实业有限公司", "省级")]),
    # fresh17 清远 l.2 (converter): the city bureau (经市水利局…决定授予) acts; the province's 厅 inside a cited 《》 title does not
    ("fresh17 清远", "",
     "根据《廣東省水利廳關(guān)于進一步做好我省縣域節(jié)水型社會達標(biāo)建設(shè)工作的通知》(粵水資源函〔2018〕1889號)有關(guān)要求,"
     "經(jīng)市水利局會同市工業(yè)和信息化局對申報資料審核和公示,決定授予廣東先導(dǎo)稀材股份有限公司等6家企業(yè)"
     "“清遠(yuǎn)市2023年節(jié)水型企業(yè)(第三批)”稱號,現(xiàn)予以公布。",
     [("广东先导稀材股份有限公司", "市级")]),
    # fresh18 全国 l.2 (traditional, read folded): 国家旅游局授予 X、Y…为 D; places and parks on the list are no holders
    ("fresh18 全国", "",
     "當天,國家旅游局授予黑龍江大慶市、河北省唐山開灤國家礦山公園、內蒙古自治區伊利實業集團股份有限公司、福建省七匹狼集團、"
     "山東省海爾集團為首批國家工業旅游創新單位。",
     [("内蒙古自治区伊利实业集团股份有限公司", "国家级"), ("福建省七匹狼集团", "国家级"), ("山东省海尔集团", "国家级")]),
]

NEGATIVES = [
    # fresh18 青岛 l.1: a proposal (拟确定) confers nothing
    ("fresh18 青岛", "",
     "经研究,拟确定青岛琅琊台工业旅游示范基地、山东港口青岛港工业旅游基地等18家申报单位为第三批省级工业旅游示范基地。"),
    # fresh18 永康 l.3: each member takes its own class (分别为), no one rating of the organ
    ("fresh18 永康", "永康市人民政府关于命名和表彰新“五十百”企业的决定",
     "根据永委〔2007〕6号文件精神,经审定,决定命名铁牛集团有限公司、天河集团有限公司等5家企业分别为“航母”、“巨人”企业,"
     "并给予技改资金奖励:"),
    # sample corpus (周村): persons named, never holders
    ("sample 周村", "",
     "经周村区首席技师评审委员会评审,周村区人才工作领导小组审定,确定命名王旭等11名同志为第二批周村区首席技师(管理期限为3年),现予公布"),
    # sample corpus (张店): levels of conferring bodies named with no holder
    ("sample 张店", "",
     "每条加分信息属区委区政府表彰奖励及相当的,有效期为1年;属市委市政府及市级部门表彰奖励及相当的,有效期为2年"),
    # fresh18 许昌 l.4: the conferral document's other counted groups name no act
    ("fresh18 许昌", "",
     "全市各企业要向获奖单位学习,自觉弘扬“诚信许昌、质求卓越”的城市质量精神,持续提升质量水平。"),
]


def _read(title: str, line: str):
    return [(n, level) for n, level, _ in conferred_classes(compact(fold(line)), conferral_level(compact(fold(title))))]


@pytest.mark.parametrize("where,title,line,want", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_a_conferral_gives_its_holders_the_organs_level(where, title, line, want):
    got = _read(title, line)
    assert [(compact(n), lvl) for n, lvl in want] == got


@pytest.mark.parametrize("where,title,line", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_no_conferral_no_holder(where, title, line):
    assert _read(title, line) == []


@pytest.mark.parametrize("text,level", [
    ("市政府决定授予", "市级"), ("中共福州市委 福州市人民政府关于表彰", "市级"), ("耀州区评选出", "区级"),
    ("福建省科学技术厅公布了", "省级"), ("国家旅游局授予", "国家级"), ("经研究决定", None),
    ("经市水利局会同市工业和信息化局", "市级"), ("耀州区市场监管局", "区级"),
    # a municipality's organ names its lists 市级, as its documents print them (fresh24 上海,
    # http://www.mohrss.gov.cn/ldgxs/LDGXsanfangjizhi/LDGXhexielaodonghuodong/201906/t20190628_321832.html), as any
    # other city's
    ("近日,上海市人社局、市总工会、市企业联合会/企业家协会、市工商业联合会联合下发了", "市级"), ("北京市人民政府授予", "市级"),
    ("广州市人民政府授予", "市级"),
    # a bare 省 after a preposition (entrep46 贵州, https://news.shi-fen.com/china/201812/50-127494.html: "受省工业和信息化厅
    # 委托,由第三方机构…开展的…评选活动昨日结束"); an organ named 委员会 (entrep46 重庆,
    # https://jjxxw.cq.gov.cn/zwgk_213/zcwj/qtwj/202311/t20231129_12626868.html, and its converter copy
    # http://m.eekb.com.cn/ZcjqDetail.aspx?id=314: "重庆市经济和信息化委员会")
    ("受省工业和信息化厅委托,由第三方机构中鼎资信评级服务有限公司开展的", "省级"), ("重庆市经济和信息化委员会", "市级"),
    ("浙江省发展和改革委员会公布了", "省级"),
    # (a village's or a residents' committee is no organ of a city, nor a bare 省 inside a word)
    ("该村村民委员会", None), ("节省人力", None),
])
def test_the_level_of_the_conferring_organ(text, level):
    assert organ_level(compact(text)) == level


def test_a_district_column_before_each_name_is_no_part_of_it():
    # fresh24 上海 (the page above): "崇明区上海东平森林公园有限公司等69家企业“…”称号", the district printed before the name
    line = compact("决定授予崇明区上海东平森林公园有限公司等69家企业“上海市和谐劳动关系达标企业”称号。")
    assert [n for n, _, _ in conferred_classes(line, "省级")] == ["上海东平森林公园有限公司"]


def test_the_rating_is_the_acts_object_phrase():
    line = compact("市政府决定授予许继电源有限公司、河南世纪香食用菌开发有限公司等2家企业“2015—2016年度许昌市市长质量奖”,各奖励100万元")
    assert {r for _, _, r in conferred_classes(line)} == {"2015—2016年度许昌市市长质量奖"}


@pytest.mark.parametrize("line,rating", [
    # fresh17 晋中 l.1 (converter): the group 入选 the designation the sentence quotes
    ("4月18日,,记者从晋中市商务局获悉,,首批“晋中老字号”认定工作已通过严格评审程序圆满收官,,山西海玉园食品有限公司等15家企业入选,。",
     "晋中老字号"),
    # fresh18 泉州 l.1: the group 入库 the list the sentence names
    ("近日,福建省科学技术厅公布了2018年福建省第一批入库科技型中小企业名单,安溪县金华南实业有限公司等92家泉州企业入库。",
     "2018年福建省第一批入库科技型中小企业"),
])
def test_a_group_entered_takes_the_designation_the_sentence_names(line, rating):
    assert [(lvl, r) for _, lvl, r in conferred_classes(compact(line))] == [(lvl, rating) for lvl in
                                                                           [conferral_level(compact(line))]]


def test_the_preposition_bringing_the_names_is_no_part_of_the_first():
    # entrep46 青浦 (http://www.kleyou.net/html/text/lar/174253/17425315.html): "决定对X等70家企业命名为“…”" — 对 brings
    # the names to the act; a name opening with 对外 keeps it (constructed)
    line = compact("经企业申报、评审和社会公示,决定对上海展华电子有限公司等70家企业命名为“2010年度青浦区劳动关系和谐企业”。")
    assert [n for n, _, _ in conferred_classes(line, "区级")] == ["上海展华电子有限公司"]
    line = compact("区政府决定授予对外经贸发展有限公司等3家企业“区级诚信示范企业”称号。")
    assert [n for n, _, _ in conferred_classes(line, "区级")] == ["对外经贸发展有限公司"]



def test_the_commending_organ_before_the_preposition_is_no_part_of_the_first():
    # fresh35 liaoning-2010-chengxin-shifan-qiye-biaozhang.txt:4: "省政府还对X等105家获得“…”称号的企业进行了表彰" — the organ
    # and its 还对 stand before the first name
    line = compact("会上,省政府还对辽宁省大连海洋渔业集团公司等105家获得 “辽宁省诚信示范企业”称号的企业进行了表彰。(记者杨忠厚)")
    assert [(n, lvl) for n, lvl, _ in conferred_classes(line)] == [("辽宁省大连海洋渔业集团公司", "省级")]
