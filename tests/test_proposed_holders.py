"""Holders of proposed lists in the styles the final-act readers leave (kg/extract/proposed_holders.py): each style's
real line with its holders and level, the styles that need their paragraph's 公示, a scored table's columns, and real
negatives (a recommendation to apply, persons' awards, a final award, a 拟上市 company)."""

import pytest

from kg.extract.proposed_holders import (PROPOSED_STYLES, award_level, centre_holder, numbered_heading_level,
                                         proposed_holders, row_score, scored_columns, short_items)
from kg.parse.normalize import fold

# (where from, sentence, its paragraph, [(holder, class)])
POSITIVES = [
    # entrep101 河南 (河南报业) and its s2twp copy: 拟授予 short names, the last glued to the award's years
    ("entrep101 河南 拟授予 short names",
     "河南省人民政府拟授予许继电气股份、河南省矿山起重机、雏鹰农牧集团股份、许昌远东传动轴股份、安阳市翔宇医疗设备有限责任公司、"
     "开封清明上河园股份、河南凯旺电子科技股份、郑州旭飞光电科技2016-2017年度河南省省长质量奖,现予以公示,接受社会监督。", "",
     [(n, "省级") for n in ("许继电气股份", "河南省矿山起重机", "雏鹰农牧集团股份", "许昌远东传动轴股份", "安阳市翔宇医疗设备有限责任公司",
                          "开封清明上河园股份", "河南凯旺电子科技股份", "郑州旭飞光电科技")]),
    ("entrep101 河南 s2twp copy",
     fold("河南省人民政府擬授予許繼電氣股份、河南省礦山起重機、雛鷹農牧集團股份、許昌遠東傳動軸股份、安陽市翔宇醫療設備有限責任公司、"
          "開封清明上河園股份、河南凱旺電子科技股份、鄭州旭飛光電科技2016-2017年度河南省省長質量獎,現予以公示,接受社會監督。"), "",
     [(n, "省级") for n in ("许继电气股份", "河南省矿山起重机", "雏鹰农牧集团股份", "许昌远东传动轴股份", "安阳市翔宇医疗设备有限责任公司",
                          "开封清明上河园股份", "河南凯旺电子科技股份", "郑州旭飞光电科技")]),
    # entrep101 章丘 (齐鲁晚报): the companies' award named after 分别是, in a paragraph whose 建议授奖名单 is put to 公示; a
    # county-level city's 市长质量奖 is 县级; a 研究所 counted among the 拟获奖企业 is recorded as printed
    ("entrep101 章丘 组织奖分别是",
     "首届市长质量奖组织奖分别是:山东华凌电缆有限公司、山东省章丘鼓风机股份有限公司、山东大汉建设机械有限公司、山东百脉泉酒业有限公司、"
     "济南市冶金科学研究所。",
     "17日,首届章丘市市长质量奖建议授奖名单开始公示,5家拟获奖企业和5位拟获奖个人榜上有名。",
     [(n, "县级") for n in ("山东华凌电缆有限公司", "山东省章丘鼓风机股份有限公司", "山东大汉建设机械有限公司", "山东百脉泉酒业有限公司",
                          "济南市冶金科学研究所")]),
    # entrep101 楚雄: candidates entering a designation's expert review
    ("entrep101 楚雄 进入…认定专家评审环节",
     "经省工信厅评价,我州天宝动物营养科技股份有限公司、云南爱尔康生物技术有限公司、楚雄和创药业有限责任公司、楚雄云星铜材有限公司"
     "4户企业进入2020年省级企业技术中心认定专家评审环节,进入专家评审户数排名全省第三(昆明市19户、玉溪市6户)。", "",
     [(n, "省级") for n in ("天宝动物营养科技股份有限公司", "云南爱尔康生物技术有限公司", "楚雄和创药业有限责任公司", "楚雄云星铜材有限公司")]),
    # entrep101 枣庄 (converter): a review proposed to pass
    ("entrep101 枣庄 复核拟通过",
     fold("我市省单项冠军累计达到14家。山東辛化硅膠有限公司復(fù)核擬通過第三批省制造業(yè)單項(xiàng)冠軍。"), "",
     [("山东辛化硅胶有限公司", "省级")]),
    # entrep81 长沙: short names entering a list that is a 公示名单 by its name
    ("entrep81 长沙 A、B成功入选…公示名单",
     "特别值得一提的是,中联重科、三一汽车成功入选国家工业产品绿色设计示范企业公示名单。所有数据均排在全省首位。", "",
     [("中联重科", "国家级"), ("三一汽车", "国家级")]),
    # entrep101 枣庄 绿色工厂: full names joined by 和
    ("entrep101 枣庄 X和Y成功入选国家绿色工厂公示名单",
     "我市枣庄创新山水水泥有限公司和山东辛化硅胶有限公司成功入选国家绿色工厂公示名单。", "",
     [("枣庄创新山水水泥有限公司", "国家级"), ("山东辛化硅胶有限公司", "国家级")]),
    # fresh53 neimenggu_eerduosi-dalateqi-nongmuju-2024-zizhiqu-longtou-qiye-tuijian-gongshi.txt line 1: companies a banner
    # recommends to apply for the region's 龙头企业 title, put to 公示 (the region's title: 省级)
    ("fresh53 达拉特旗 拟推荐…申报…认定",
     "经企业自主申报,申报材料审核,旗农牧局党组研究,拟推荐达拉特旗优然牧业有限责任公司、内蒙古璞瑞农牧业有限公司、内蒙古蒙藏魂乳业有限公司"
     "申报2024年自治区农牧业产业化龙头企业认定工作,现将企业名单予以公示,接受社会的监督,", "",
     [(n, "省级") for n in ("达拉特旗优然牧业有限责任公司", "内蒙古璞瑞农牧业有限公司", "内蒙古蒙藏魂乳业有限公司")]),
    # fresh54 shanghai_chongming-qu-nongyenongcunwei-2023-longtou-qiye-tuijian-qingshi.txt line 1 (its request part): a
    # district's 请示 recommending companies to apply for the city's 龙头企业 title (a municipality's title: 市级)
    ("fresh54 崇明 推荐X等18家…申报…,特此请示",
     "上海市崇明区农业农村委员会按照“深挖潜力、应报尽报”的原则,依程序完成政策宣传、属地申报、逐级审核等工作,现推荐上海捷锐农业发展有限公司"
     "等18家农业企业申报2023年农业产业化上海市重点龙头企业,特此请示,盼复,附件:农业产业化上海市重点龙头企业推荐名单", "",
     [("上海捷锐农业发展有限公司", "市级")]),
    # fresh55 anhui_anqing-qianshan-shi-2020-guojia-shifanshe-ni-tuijian-gongshi.txt line 4 (a province's 公示 quoted by a
    # company's item): counted groups, each named by its first co-op, put to 公示 — the state's designation (国家级)
    ("fresh55 安徽 拟等额推荐的<designation>A等N个…予以公示",
     "经11月21日厅长办公会研究审定,现将我省拟等额推荐的2020年国家农民合作社示范社肥东县昊锐生态农业种植专业合作社等51个农业类农民合作社、"
     "庐江县九草春铁皮石斛种植专业合作社等12个林业类农民合作社、合肥青峰岭有机富硒果蔬专业合作社等21个供销类农民合作社、亳州市谯城区田慎森"
     "种植专业合作社等6个用水示范组织予以公示。", "",
     [(n, "国家级") for n in ("肥东县昊锐生态农业种植专业合作社", "庐江县九草春铁皮石斛种植专业合作社", "合肥青峰岭有机富硒果蔬专业合作社",
                           "亳州市谯城区田慎森种植专业合作社")]),
    # fresh58 jiangxi_nanchang-jinxian-nongyenongcunju-2022-lvse-youji-jidi-gongshi-chacewang.txt line 1 (a county bureau's
    # 公示 on one line): an acceptance's holders after 拟认定, at the level of the designation named before them
    ("fresh58 进贤 现对拟认定A、B验收通过名单予以公示",
     "根据《关于申报2021年江西省绿色有机地理标志农产品标准化生产基地的通知》(洪农局发〔2021〕118号)文件要求,通过主体申报、县级推荐、"
     "市级审定公示确定项目单位,经省厅专家2021年12月29日验收认定江西省进贤县军山湖鱼蟹开发公司、江西军山湖生态农业发展有限公司分别已"
     "“通过”和“基本通过”符合省级绿色有机地理标志农产品标准化生产基地建设任务要求,现对拟认定江西省进贤县军山湖鱼蟹开发公司、江西军山湖"
     "生态农业发展有限公司验收通过名单予以公示,公示期2022年1月5日至10月14日,公示期间凡对公示单位有异议的,可通过来信、来电、来访等方式"
     "向进贤县农业农村局反映情况", "",
     [(n, "省级") for n in ("江西省进贤县军山湖鱼蟹开发公司", "江西军山湖生态农业发展有限公司")]),
]


@pytest.mark.parametrize("where,sentence,context,expected", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_proposed_holders(where, sentence, context, expected):
    got = [(n, k) for n, k, _ in proposed_holders(sentence, context + sentence)]
    assert got == expected


# real lines no style reads: a recommendation to apply (上海, entrep101), the persons of an award with their employers
# (章丘), a final award (辽宁 辽政发〔2019〕25号), a 分别是 with no 公示 in its paragraph
NEGATIVES = [
    ("共推荐了上海通用汽车有限公司、上海良友海狮油脂实业有限公司、上海森蜂园蜂业有限公司、上海美兰化妆品厂、中国干细胞集团上海生物科技"
     "有限公司等17家工业旅游景点作为申报标准达标评定的单位。", ""),
    ("市长质量奖个人奖包括:山东丰汇集团有限公司副总经理朱卫东、山东银鹰炊事机械有限公司董事长李传光、济南泰星精细化工有限公司总经理"
     "牛民卜、山东华氟工业有限责任公司总经理冯波、山东明威起重设备有限公司董事长魏希书。",
     "17日,首届章丘市市长质量奖建议授奖名单开始公示,5家拟获奖企业和5位拟获奖个人榜上有名。"),
    ("授予大连华锐重工集团股份有限公司、国网辽宁省电力有限公司、本钢板材股份有限公司2019年省长质量奖金奖", ""),
    ("首届市长质量奖组织奖分别是:山东华凌电缆有限公司、山东省章丘鼓风机股份有限公司。", "本报讯 章丘市市长质量奖评审工作已经完成。"),
    # (constructed guard) a recommendation already made, no 拟 (the 上海 row above is the real one): no proposed holder here
    ("推荐达拉特旗优然牧业有限责任公司申报2024年自治区农牧业产业化龙头企业认定工作。", ""),
    # (constructed guard) counted groups of the 安徽 style put to 公示 with no 拟推荐 before them: a final list's, not read here
    ("现将2020年国家农民合作社示范社肥东县昊锐生态农业种植专业合作社等51个农业类农民合作社予以公布。", ""),
    # (constructed guard) a list's own title after 拟认定, no holder's name: nothing
    ("根据省厅通知要求,现对拟认定2023年省级专精特新中小企业名单予以公示。", ""),
]


@pytest.mark.parametrize("sentence,context", NEGATIVES)
def test_not_proposed_holders(sentence, context):
    assert proposed_holders(sentence, context + sentence) == []


def test_every_style_reads_its_example():
    """Each registry entry's own real line yields holders (the 分别是 style with its paragraph's 公示)."""
    for style in PROPOSED_STYLES:
        context = "首届章丘市市长质量奖建议授奖名单开始公示。" if not style.proposes_itself else ""
        assert [s for *_, s in proposed_holders(style.example, context + style.example)].count(style.name) >= 1, style.name


def test_award_level_of_a_county_level_citys_mayor_award():
    assert award_level("首届市长质量奖", "首届章丘市市长质量奖建议授奖名单开始公示") == "县级"
    assert award_level("首届济南市市长质量奖") == "市级"
    assert award_level("2016-2017年度河南省省长质量奖") == "省级"


def test_numbered_heading_of_a_proposed_list():
    # entrep101 国家认定企业技术中心 20批: numbered "X技术中心" lines after 其分别为:, the list named the line before
    before = ("近日,…国家发展改革委会同有关部门组织了2013年第20批国家认定企业技术中心的审理工作,初步提出了2013年第20批国家认定企业"
              "技术中心拟认定名单。")
    line = "该名单于10月8日进行了公示,名单中,有五家仪器仪表相关企业技术中心获得入选,其分别为:"
    assert numbered_heading_level(line, before) == "国家级"
    assert numbered_heading_level("名单中,有五家企业获得入选,其分别为:", before) is None  # (no 公示, no 拟 list)
    assert centre_holder("合肥美亚光电技术股份有限公司技术中心") == "合肥美亚光电技术股份有限公司"
    assert centre_holder("飞亚达(集团)股份有限公司技术中心") == "飞亚达(集团)股份有限公司"
    assert centre_holder("山东辛化硅胶有限公司") == "山东辛化硅胶有限公司"


def test_scored_table_columns():
    # fresh21 武汉 标杆智能工厂 专家评审结果: 序号 ⏎ 企业 ⏎ 分数
    assert scored_columns(["序号", "企业", "分数"]) == (1, 2)
    assert scored_columns(["序号", "企业名称", "所在地"]) is None
    assert row_score("94.7") == "94.7" and row_score("东风汽车集团股份有限公司乘用车公司") is None


def test_short_items():
    assert short_items("中联重科、三一汽车") == ["中联重科", "三一汽车"]
    assert short_items("中联重科") == []
    assert short_items("山东丰汇集团有限公司副总经理朱卫东、山东银鹰炊事机械有限公司董事长李传光") == []


def _page(lines):
    from kg.extract.enterprises import extract_enterprises
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue
    return extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))


def test_a_scored_table_put_to_publicity():
    # fresh21 hubei_wuhan-2024-biaogan-zhineng-gongchang-pingshen-jieguo-trad (lines 24-50, normalised, and its 公示
    # sentence): one cell a line, blank lines between; each row's score is its class, every row proposed
    cells = ["2024年武汉标杆智能工厂专家评审结果", "序号", "企业", "分数", "1", "东风汽车集团股份有限公司乘用车公司", "94.7",
             "2", "武汉光迅科技股份有限公司", "93.7", "3", "马应龙药业集团股份有限公司", "92.8",
             "现将2024年武汉标杆智能工厂专家评审结果予以公示,接受社会监督。"]
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["status"])
           for e in _page([x for c in cells for x in (c, "")])]
    assert got == [("东风汽车集团股份有限公司乘用车公司", "94.7", "proposed"), ("武汉光迅科技股份有限公司", "93.7", "proposed"),
                   ("马应龙药业集团股份有限公司", "92.8", "proposed")]
    # (the same table on a page that puts nothing to 公示: no record read here)
    assert _page([x for c in cells[:-1] for x in (c, "")]) == []


def test_a_list_above_put_to_publicity():
    # fresh55 jilin_baicheng-shi-nongwei-2015-sixingji-nongji-hezuoshe-gongshi.txt lines 2-8: five co-ops one a line under
    # "…共评选出四星级农机专业合作社5家。名单如下:", then "以上结果…进行公示": each proposed at its star grade
    lines = ["按照2014 年评选方案,申报四星级农机专业合作社由合作社自愿提出申请,县级农机主管部门对所报材料的真实性进行审核推荐,市(州)农机"
             "主管部门进行终审。市农委组成评审小组,经过严格审核,共评选出四星级农机专业合作社5家。名单如下:",
             "白城市洮北区立柱农业机械专业合作社", "大安市红霞农业机械种植农民专业合作社", "通榆县八面乡洪生农机专业合作社",
             "以上结果在白城市农业机械化信息网上进行公示,公示时间自2015年1月27日—2015年2月3日止。"]
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in _page(lines)]
    assert got == [(n, "四星级", "proposed") for n in ("白城市洮北区立柱农业机械专业合作社", "大安市红霞农业机械种植农民专业合作社",
                                                    "通榆县八面乡洪生农机专业合作社")]
    # (constructed guard) a 公示 that has ended leaves the list final
    ended = lines[:-1] + ["以上结果已在白城市农业机械化信息网上进行公示,公示期满无异议。"]
    assert all(e["classifications"][0]["status"] is None for e in _page(ended))


def test_a_cited_candidates_list_is_at_its_designations_level():
    # fresh55 anhui_anqing-qianshan-shi-2020-guojia-shifanshe-ni-tuijian-gongshi.txt line 4: a province publishing its
    # 拟推荐 list for the state's 示范社 — the list (and the co-ops 入选该公示榜单) is 国家级, not the province's
    from kg.extract.held_lists import cited_candidates_level, list_level
    line = "近日,安徽省农业农村厅发布《安徽省农业农村厅关于2020年拟推荐国家农民合作社示范社候选名单的公示》"
    assert list_level(line) == "国家级"
    assert cited_candidates_level("《安徽省农业农村厅关于2020年拟推荐国家农民合作社示范社候选名单的公示》") == "国家级"
    assert cited_candidates_level("《安徽省农业农村厅关于2020年省级示范社名单的通知》") is None
