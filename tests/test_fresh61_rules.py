"""fresh61's misses (issue #16, round192; benchmarks/data/other_districts_fresh61/texts), each rule with the real lines it was
written from and plain negatives: a results table's grade column (enterprises.row_grade), a conferral on 以下N家 opening a list
below at its object's level and a town label spaced before a row's name (holder_reader._CONFERRED_BELOW, _TOWN_LABEL), a list's
title and its names on one line (holder_reader.titled_run), a ranked co-operative honour (held_lists._DESIGNATION_OBJECT)."""

import pytest

from conftest import sentence_roles
from kg.extract.enterprises import extract_enterprises, row_grade
from kg.parse.normalize import fold, normalize_lines
from kg.parse.segment import segment_issue

_F61 = "benchmarks/data/other_districts_fresh61/texts/"


def _page(lines):
    return extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))


def _held(lines):
    """(name, class, status) of a page's holders, a farm's or 合作社's name less its places (the scorer's farm_key)."""
    from kg.extract.enterprise_sentences import farm_key

    return [(farm_key(fold(e["name"])), k["class"], k["status"]) for e in _page(lines) for k in e["classifications"]]


SHANGHAI = ["关于2019-2020年度上海市园艺作物标准园创建验收结果的通知",
            "各区农业农村委、光明食品集团:",
            "按照《上海市蔬菜标准园创建考核验收办法》(沪农委〔2017〕120号)和《上海市经济作物标准园创建考核验收办法》(沪农委〔2014〕47号),"
            "市农业农村委组织专家组对2019-2020年度创建单位进行了考核验收。经专家组评审,22家蔬菜标准园和25家经济作物标准园通过了考核验收,"
            "并经公示无异议。",
            "上海市农业农村委员会",
            "2021年1月27日",
            "附件1",
            "2019-2020年上海市蔬菜标准园创建验收结果",
            "编号 | 区/单位 | 单位 | 验收结果 |",
            "1 | 闵行区 | 智耕股份有限公司 | 优秀 |",
            "2 | 嘉定区 | 上海佳飞蔬菜专业合作社 | 合格 |",
            "3 | 上海士开蔬菜种植专业合作社 | 合格 | |"]

CHONGMING = ["关于授予上海万禾农业科技发展有限公司等5家单位“博士农场”称号的通知", "", "沪崇农发〔2018〕37号", "", "各乡镇人民政府:", "",
             "为加快推进崇明都市现代绿色农业的转型升级和创新发展,发挥优秀新型农业经营主体的示范引领作用,根据《关于印发崇明区博士农场认定和"
             "管理办法的通知》(沪崇农发〔2017〕83号)文件精神,经乡镇培育推荐和区级评定,授予以下5家单位崇明区博士农场称号:", "",
             "中兴镇  上海万禾农业科技发展有限公司;", "", "向化镇  上海享农果蔬专业合作社;", "",
             "庙  镇  上海瀛庙果蔬专业合作社。", "",
             "希望各乡镇继续挖掘潜力,加大对博士农场的培育和扶持力度,做好主体提升发展工作,提高经营主体创新创业水平,为我区都市现代绿色农业发展做出"
             "积极贡献。"]


@pytest.mark.parametrize("cells,want", [
    (["1", "闵行区", "智耕股份有限公司", "优秀"], "优秀"),  # shanghai_shi-…-yanshou-jieguo.txt:13
    (["3", "上海士开蔬菜种植专业合作社", "合格", ""], "合格"),  # :15, cells shifted left
    (["编号", "区/单位", "单位", "验收结果"], None),  # :12, the header
    (["1", "某某有限公司", "优秀", "合格"], None),  # constructed: two grades, none
])
def test_row_grade(cells, want):
    assert row_grade(cells) == want


@pytest.mark.parametrize("style,source,lines,want", [
    ("a results table: each row's holder at the grade its cell prints, shifted cells too",
     _F61 + "shanghai_shi-nongyenongcunwei-2021-yuanyi-zuowu-biaozhunyuan-yanshou-jieguo.txt:1-15", SHANGHAI,
     [("智耕股份有限公司", "优秀", None), ("上海佳飞蔬菜专业合作社", "合格", None), ("上海士开蔬菜种植专业合作社", "合格", None)]),
    ("constructed: no result column, no grade read",
     "constructed", SHANGHAI[:7] + ["编号 | 区/单位 | 单位 | 备注 |", "1 | 闵行区 | 智耕股份有限公司 | 优秀 |"], []),
    ("授予以下5家单位X称号: the names below, each after its town's spaced label, at the object's level",
     _F61 + "shanghai_chongming-qu-nongwei-2018-boshi-nongchang-chenghao-zhengsoso.txt:1-21", CHONGMING,
     [("上海万禾农业科技发展有限公司", "区级", None), ("上海享农果蔬专业合作社", "区级", None), ("上海瀛庙果蔬专业合作社", "区级", None)]),
    ("constructed: 拟授予 proposes: its holders are proposed, none final",
     "constructed", ["经评定,拟授予以下2家单位崇明区博士农场称号:", "中兴镇  上海万禾农业科技发展有限公司;", "向化镇  上海享农果蔬专业合作社。"],
     [("上海万禾农业科技发展有限公司", "区级", "proposed"), ("上海享农果蔬专业合作社", "区级", "proposed")]),
    ("a list's title at one level, a colon, its names on the line (the page a 公示: proposed)",
     _F61 + "hebei_sheng-nongyenongcunting-2019-shijia-hezuoshe-zhiliang-anquan-xian-gongshi-baogaosu.txt:9-17",
     ["河北:27个县拟定为农产品质量安全县",
      "昨日,河北省农业农村厅公布了河北省农产品质量安全县公示名单,以及河北“十佳”农民合作社和示范县公示名单。公示期为1月2日至1月9日。",
      "2019年河北省“十佳”农民合作社名单:石家庄市栾城区天亮种植专业合作社,元氏县生源种养专业合作社,承德县益民养猪专业合作社。",
      "2019年农民合作社整县推进高质量发展示范县名单:石家庄市鹿泉区,承德市兴隆县、滦平县,张家口市涿鹿县。"],
     [("天亮种植专业合作社", "省级", "proposed"), ("生源种养专业合作社", "省级", "proposed"),
      ("益民养猪专业合作社", "省级", "proposed")]),
    ("a ranked co-operative honour (50佳农民合作经济组织) held by a co-operative; a count of them names none",
     _F61 + "liaoning_jinzhou-shi-gongxiaoshe-2012-zhuanye-hezuoshe-00net.txt:4",
     ["锦州市供销社连续多年组织农民专业合作组织参加各类展示展销会。2012年9月,在第三届辽宁省农民合作经济组织名优产品展销会上,锦州市供销社"
      "组织参展的18个专业合作社110多种产品中,有31种被评为优秀产品,有4个专业合作社被评为“辽宁省百强农民合作经济组织”。北镇市真真养鸡专业合作社"
      "2012年被评为“全国50佳农民合作经济组织”。"],
     [("真真养鸡专业合作社", "国家级", None)]),
])
def test_fresh61_enterprise_rows(style, source, lines, want):
    assert _held(lines) == want


# (sentence, lead); None: no task read
TASK_ROWS = [
    # qinghai_sheng-2011-shengtai-xumuye-cun-jianshe-jbzyw.txt:1 (its sentence): an epithet before the place, what it will build
    # again counted (rule 2: a place with 将 leads)
    ("中国牧业大省青海省今年将再建300个生态畜牧业村,以多种方式加快推进生态畜牧业发展,青海省今年筹集的各类支农资金达5亿多元,其中40%以上涉及"
     "生态畜牧业建设。", ["青海省"]),
    # its s2twp copy :1
    ("中國牧業大省青海省今年將再建300個生態畜牧業村,以多種方式加快推進生態畜牧業發展", ["青海省"]),
    # the same file :3: the base it will build on (the quotation has no speaker: the page's own line, its README)
    ("“今年,青海省将在继续落实并完成2010年建设300个生态畜牧业启动村的基础上,全面完成建设300个生态畜牧业建设村的任务。", ["青海省"]),
    # guizhou_sheng-2025-lianghui-tese-youshi-chanye-gzculture.txt:5 (its sentence): the aim it will lead with
    ("站在新的起点,贵州将以高质量发展为统领,远谋近施,加快构建现代化农业体系,推进肉牛、茶叶、辣椒、中药材、食用菌等特色优势产业发展。", ["贵州"]),
    # hainan_sheng-2018-xiangcun-zhenxing-zhanlue-guihua-liuge-zhuanbian-959xie-converter.txt:4 (its first clauses): 著力 as printed
    ("圍繞“五個振興”,海南將著力實現(xiàn)六個轉變:推動“生產發(fā)展”向“產業(yè)興旺”轉變。", ["海南"]),
    # tianjin_shi-2026-lianghui-xiangcun-zhenxing-chinanewsonline.txt:17 (its sentence): the field a paragraph turns to, before
    # the place
    ("在推动乡村建设提质升级方面,天津计划打造10个宜居宜业和美乡村重点片区,持续改善农村基础设施,今年将提升改造210公里农村公路。", ["天津"]),
    # negatives (constructed): a subjectless field sentence, a famous name (著名) no commitment, 再建 with no count, an epithet
    # with no place after it
    ("在乡风文明建设方面,将传承发展提升农村优秀传统文化。", None),
    ("海南将著名景区纳入统一管理。", None),
    ("青海省将再建设施。", None),
    ("农业大省的做法值得推广。", None),
]


@pytest.mark.parametrize("sentence,lead", TASK_ROWS)
def test_fresh61_task_rows(sentence, lead):
    roles, style = sentence_roles(sentence)
    if lead is None:
        assert not roles.lead, (roles, style)
    else:
        assert [getattr(u, "name", u) for u in roles.lead] == lead and not roles.cooperate, (roles, style)


def _docs(lines):
    return segment_issue(normalize_lines("\n".join(lines)), "x.txt").documents


QIEMO = ["当前位置: 首页 / 政府信息公开 / 政策 / 规范性文件库", "",
         "索引号 770374340/2023-01074 发文机关 且末县人民政府办公室",
         "发文字号 且政办发〔2023〕23号 有效性 有效",
         "成文日期 2023-06-28 发布日期 2023-06-29", "",
         "关于开展行政规范性文件和政策性文件集中清理工作的通知", "",
         "发布日期:2023-06-29 16:14 来源:且末县人民政府办公室",
         "打印 字体:【", "", "", "且政办发202323", "",
         "关于开展行政规范性文件和政策性文件集中清理工作的通知", "",
         "各乡镇人民政府,县人民政府各部门、直属机构,各企事业单位、人民团体,驻且各单位,且末昆仑工业园区管委会:", "",
         "为推进全县经济社会高质量发展,持续优化营商环境,加快法治政府建设,现就开展清理工作通知如下。"]

XIZANG = ["西藏自治区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "", "維基文庫,自由的圖書館",
          "西藏自治区国民经济和社会发展第十三个五年规划纲要 西藏自治区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
          "2021年3月28日", "http://epaper.chinatibetnews.com/xzrb/202103/28/content_74616.html", "", "",
          "西藏自治区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "", "",
          "西藏自治区国民经济和社会发展第十四个五年(2021-2025年)规划和二〇三五年远景目标纲要,根据《中共西藏自治区委员会关于制定国民经济和"
          "社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。"]

CHONGMING_HEAD = ["关于授予上海万禾农业科技发展有限公司等5家单位“博士农场”称号的通知", "",
                  "发布机构: 崇明区农业委员会 发布日期:2018-03-20", "", "沪崇农发〔2018〕37号", "", "各乡镇人民政府:", "",
                  "经乡镇培育推荐和区级评定,授予以下5家单位崇明区博士农场称号:", "", "中兴镇  上海万禾农业科技发展有限公司。", "",
                  "特此通知。", "", "上海市崇明区农业委员会", "", "2018年1月30日"]


@pytest.mark.parametrize("style,source,lines,field,want", [
    ("a byline's 发布日期 under the title keeps the block's 成文日期 above it",
     _F61 + "xinjiang_qiemo-xian-zhengfu-bangongshi-2023-guifanxing-wenjian-jizhong-qingli-tongzhi.txt:1-19", QIEMO,
     "date", "2023-06-28"),
    ("the same page without the 成文日期: the publication date stands (constructed)", "constructed",
     QIEMO[:4] + ["发布日期 2023-06-29"] + QIEMO[5:], "date", "2023-06-29"),
    ("a wiki's navigation line (the previous text's title, then this one's) is no fuller copy of the title",
     _F61 + "xizang_zizhiqu-2021-shisiwu-guihua-gangyao-wikisource.txt:1-12", XIZANG,
     "title", "西藏自治区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
    ("发布机构 the organ less its place, signed with it: the signature's name",
     _F61 + "shanghai_chongming-qu-nongwei-2018-boshi-nongchang-chenghao-zhengsoso.txt:1-27", CHONGMING_HEAD,
     "issuer", "上海市崇明区农业委员会"),
    ("the same, the signature dated months from the field's date (constructed): the field stays", "constructed",
     CHONGMING_HEAD[:-1] + ["2017年6月1日"], "issuer", "崇明区农业委员会"),
])
def test_fresh61_document_fields(style, source, lines, field, want):
    assert getattr(_docs(lines)[0], field) == want
