"""Readers written from fresh52's first-sight task misses (round163): the rows of kg/extract/news_charges.py, the will-words
duty_subjects added (将抽调…组成, 将从…入手, 将负责), the clause cut before `X决定从A、B…抽调…组成` (duties._subject_clauses) and
the counted teams a class arranges (joint_action). Each with the real line it was written from (fresh52's texts, as the
extraction reads them: converter residue and traditional forms normalised) and negatives that must not match."""

import pytest

from conftest import dev_set_tasks, sentence_roles


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # 河北 2019 涉气 converter page (hebei_sheng-2019-sheqi-huanjing-weifa-zhifa-zhuanxiang-xingdong-converter.txt, line 2)
    ("专项行动期间,河北省将抽调执法骨干人员组成5个省级执法检查组,对各地重污染行业企业集中、空气质量较差、环境违法问题突出的重点县(市、区)"
     "开展解剖式执法检查。", "duty_sentence", ["河北省"], []),
    # 哈尔滨 2011 双千 item (heilongjiang_haerbin-xingzheng-zhifaju-2011-shuangqian-qinggen-zhanyi-trad.txt, line 2)
    ("因此,哈市行政执法局将从解决市民身边的环境入手,打响净化千条小街、清理千个庭院的『双千』清根战役。", "duty_sentence",
     ["哈市行政执法局"], []),
    # 新华社's 甘肃 分工方案 item (gansu_guowuyuan-bangongting-2010-zhichi-gansu-fengong-fangan-xinwen-converter.txt, lines 1–3)
    ("国家发展和改革委员会等10多个部门和中石油集团将共同努力,落实不久前出台的《国务院办公厅关于进一步支持甘肃经济社会发展的若干意见》。",
     "joint_no_lead", [], ["国家发展和改革委员会", "中石油集团"]),
    ("根据《分工方案》,为大力支持兰(州)白(银)核心经济区率先发展,发展改革委、工业和信息化部、交通运输部、铁道部、住房城乡建设部、国土资源部、"
     "商务部、财政部、科技部、环境保护部、能源局、国资委、中国石油天然气集团公司将负责支持建设兰(州)白(银)都市经济圈,积极推进兰州新区、"
     "白银工业集中区发展。", "duty_sentence",
     ["发展改革委", "工业和信息化部", "交通运输部", "铁道部", "住房城乡建设部", "国土资源部", "商务部", "财政部", "科技部", "环境保护部",
      "能源局", "国资委", "中国石油天然气集团公司"], []),
    ("发展改革委、财政部等部门还将负责推动平(凉)庆(阳)、酒(泉)嘉(峪关)经济区加快发展,加快陇东煤炭、油气资源开发步伐。", "duty_sentence",
     ["发展改革委", "财政部"], []),
    # 西藏 公安厅's 2015 护乘 item (xizang_gonganting-2015-qingzang-tielu-wuzhuang-huchen-converter.txt, lines 13 and 15)
    ("根据西藏自治区“5.26”青藏铁路反恐维稳专题会议,即日起,自治区公安厅、拉萨铁路公安处对进出藏旅客列车开展武装护乘工作,确保青藏铁路安全、"
     "畅通、稳定。", "joint_no_lead", [], ["自治区公安厅", "拉萨铁路公安处"]),
    ("武装护乘工作由自治区公安厅领导指挥,拉萨铁路公安处牵头,成立青藏铁路进出藏旅客列车护乘反暴恐工作领导小组,为保证武装护乘工作取得实效,",
     "led_by", ["拉萨铁路公安处"], []),
    ("自治区公安厅决定从拉萨市公安局、那曲地区公安处、拉萨铁路公安处三个单位抽调特警、民警数十名警力组成护乘队,护乘队分为数个护乘组。",
     "joint_action", ["自治区公安厅"], ["拉萨市公安局", "那曲地区公安处", "拉萨铁路公安处"]),
    # 西藏 政法委's 2024 宣传日 item (xizang_zhengfawei-2024-pingan-xizang-xuanchuanri-lianhe.txt, line 3)
    ("为广泛宣传平安西藏建设各项工作,16日,自治区党委政法委联合76家自治区、拉萨市、城关区相关单位,在拉萨市宇拓路开展“9·16平安西藏宣传日”"
     "宣传活动。", "joint_action", ["自治区党委政法委"], []),
    # 长光's converter item (jilin_changguang-2021-shengji-zhuanjing-texin-rending-converter-spam.txt, line 6)
    ("近日,经吉林省工业和信息化厅等部门联合评选,长光系多家企业荣获2021年吉林省“专精特新”中小企业认定。", "joint_no_lead", [],
     ["吉林省工业和信息化厅"]),
    # 海南 旅文厅's converter item (hainan_sheng-lvwenti-ting-2018-guoqing-lvyou-shichang-zhifa-jiancha-converter-spam.txt, line 14)
    ("10月6日,我省继续对旅游市场开展执法检查工作,省旅游和文化广电体育厅牵头相关单位安排了5个暗访组、3个办案组、1个综合组对全省旅游市场"
     "进行暗访和办案,全天检查下发整改通知书2份。", "joint_action", ["省旅游和文化广电体育厅"], []),
])
def test_news_charge_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


def test_counted_class_and_arranging_class_stay_generic():
    roles, _ = sentence_roles("自治区党委政法委联合76家自治区、拉萨市、城关区相关单位,在拉萨市宇拓路开展宣传活动。")
    assert roles.generic_cooperate == ["自治区、拉萨市、城关区相关单位"]
    roles, _ = sentence_roles("省旅游和文化广电体育厅牵头相关单位安排了5个暗访组、3个办案组、1个综合组对全省旅游市场进行暗访和办案。")
    assert roles.generic_cooperate == ["相关单位"] and not roles.cooperate


@pytest.mark.parametrize("sentence", [
    # a class working together, no named body (plain)
    "有关部门等10多个部门和企业将共同努力,落实意见。",
    # a person commanding, no body (plain)
    "此次行动由县长领导指挥,有关部门牵头。",
    # staff drawn from a class (plain)
    "市公安局决定从各派出所抽调民警组成巡逻队。",
    # one body doing the work on an object is no pair (plain; no 将 / 要, rule 3)
    "即日起,自治区公安厅对进出藏旅客列车开展武装护乘工作。",
    # an appraisal by a class alone (plain)
    "经有关部门联合评选,多家企业获得认定。",
])
def test_news_charge_negatives(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.empty or (roles.lead, roles.cooperate) == ([], [])


def test_protection_team_line_is_two_tasks():
    tasks = dev_set_tasks("fresh52", "xizang_gonganting-2015-qingzang-tielu-wuzhuang-huchen-converter.txt", names=True)
    line15 = [(lead, coop) for ln, lead, coop in tasks if ln == 15]
    assert (["拉薩鐵路公安處"], []) in line15 or (["拉萨铁路公安处"], []) in line15
    assert len(line15) == 2
