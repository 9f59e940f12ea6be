"""Readers widened for tasks135's first-sight misses (stop 28): a body that brings named bodies together (`X召集A、B等部门开展`,
`X整合A和B联合执法`), a body joined only by unnamed partners (`X联合社区、单位…开展`, `X联合属地积极行动`), an official leading his
body's check with a partner (`X局长带队与Y一起对…`), a section created with its charge (`设立Y,负责牵头…`), a duty statement naming
its holder (`Y职责主要是牵头…`), a body playing the lead (`X(Y)发挥牵头抓总,负责…`), a division of duties (`X统一指导…实施管护`,
`…,X监管,…`) — the rows of kg/extract/street_charges.py — and 将常态化 in duty_subjects.py's will-words. Each with the real lines
it was written from and negatives that must not match."""

import pytest

from conftest import dev_set_tasks, sentence_roles
from kg.extract.street_charges import _division_part, _shares_place_word
from kg.extract.task_record import shared_organ_canonicals


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # a 开发区 news item (tasks135, http://www.avanti-solutions.com/CdZCoqpKkX/wz/xwzx/qnyw/content/post_432116.html)
    ("近日,开发区工商分局召集开发区行政执法局、物业站、3个市场开办者等多个部门开展了“城乡清洁工程”专项工作。", "joint_action",
     ["开发区工商分局"], ["开发区行政执法局", "物业站"]),
    # a street's news (tasks135's 泸州 南城街道, http://lz.newssc.org/system/20170628/002213020.html)
    ("28日凌晨5:00,南城街道整合城管执法中队和滨江中队联合执法,重点对醉美农超市场周边流动摊贩、车辆乱停乱放现象等市容问题进行了集中清理取缔,",
     "joint_action", ["南城街道"], ["城管执法中队", "滨江中队"]),
    # a street office's section with unnamed partners (tasks135's 花园路街道, http://www.61966.com/article-73089-1.html)
    ("为全力做好清明节前消防安全工作,确保辖区火灾形势稳定,4月2日,花园路街道办事处应急办联合消防文员、社区、单位、巡防队开展消防安全集中检查行动。",
     "joint_action", ["花园路街道办事处应急办"], []),
    # a city bureau's station with the local government (tasks135's 宜兴, http://www.yixing.gov.cn/doc/2024/03/25/1216747.shtml)
    ("按照《关于做好当前阶段住建领域安全生产专项检查的通知》要求,市官林住房所联合属地积极行动,认真开展物业服务小区消防安全检查工作。",
     "joint_action", ["市官林住房所"], []),
    ("3月19日,市住房和城乡建设局冯斌荣副局长带队与属地政府一起对官林绿地凌云府小区消防安全管理情况进行了抽查,", "joint_action",
     ["市住房和城乡建设局"], []),
    # a street's work item (tasks135's 潞州 常青街道, http://www.luzhouqu.gov.cn/lzqzw/zfxxgk/bmxxgk/jd/changqing/gkml_225137/gzdt/202601/
    # t20260119_3131194.html)
    ("下一步,常青街道将常态化开展高层建筑隐患排查,健全联动机制,持续织密辖区消防安全防护网。", "duty_sentence", ["常青街道"], []),
    # a county bureau's division of duties (tasks135's 冠县 政策问答, http://www.guanxian.gov.cn/site_gxgxsljo/channel_6563f0d7f5fa39efbb3c5cba/
    # doc_653b0efafaefcf07300455df.html)
    ("上述市级及县级河道定为镇级管护河道,县水利局统一指导河道(段)所在乡镇(街道)实施管护。", "duty_sentence", ["县水利局"], []),
    ("镇政府统一指导管护,县水利局监管,镇级河道由河道(段)所在乡镇(街道)落实河道管护部门,村级河道管护主体为村委会。", "duty_sentence",
     ["县水利局"], []),
    # a district's new section (tasks135's 潼南, http://www.vr.sanhaostreet.com/caijing/202210/29202.html)
    ("近日,重庆市潼南区机构编制委员会批准区林业局设立林长科,负责牵头组织实施全区林长制工作。", "charged_by", ["林长科"], []),
    ("潼南区林业局林长科职责主要是牵头组织实施全区林长制具体工作,协调有关单位定期开展日常巡查、整治突出问题;", "duty_sentence",
     ["潼南区林业局林长科"], []),
    # a province's office and its seat (tasks135's 安徽 林长, converter copy, http://m.dingqianjf.com/news/show/134/1482447_0.html)
    ("省林長制辦公室(省林業局)發揮牽頭抓總,負責協調服務工作。", "led_by", ["省林长制办公室"], []),
    # a body just set up and the duties it will bear (tasks99's 琼海, https://hi.cri.cn/20170919/5d95a94c-1d38-81eb-c51d-80b4fb8b7864.html)
    ("琼海市公安局巡特警大队(旅游与环境资源警察大队)近日挂牌成立,将承担社会面巡逻防控、维护旅游市场秩序等职责。", "duty_sentence",
     ["琼海市公安局巡特警大队"], []),
    # a bare name sharing the place word of the street after it (decision B): fresh44's 梁平, tasks99's 海淀 禁放 职责分工
    # (http://www.fymate.net/html/text/lar/173991/17399174_1.html)
    ("启动仪式上,梁平区副区长徐勇作了动员部署,他指出,梁山、双桂街道、各职能部门要迅速进入城市综合治理工作状态,全力以赴,", "duty_sentence",
     ["梁山", "双桂街道"], []),
    ("4、清河、西三旗街道和东北旺乡,要组织人力、物力在禁放区一侧设立明显禁放标志。", "duty_sentence", ["清河", "西三旗街道", "东北旺乡"], []),
])
def test_tasks135_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # an official alone on his body's check is a single body's deed (tasks135's 常青街道)
    "为切实防范高层建筑消防安全风险,保障辖区居民生命财产安全,近日,常青街道办事处副主任冯超越带队,深入辖区住宅小区,聚焦高层建筑消防安全关键环节精准发力。",
    # a class's part in a division (tasks135's 冠县, plain)
    "镇政府统一指导管护,村级河道管护主体为村委会。",
    # a functional name's part (tasks135's 冠县)
    "河道管护部门负河道管护的主体责任,负责实施除乡镇(街道)管护内容以外的其他管护内容。",
    # a clause of a body's own work, no holder named (entrep92's 杭州海关 AEO page, fresh20's 泉州台商区 游泳场所 plan)
    "作为国有专业外贸企业,省土畜、省纺织公司将以不断完善、不断提升作为发展的动力,持续加强内部监管,永续发展动力,",
    "根据《关于开展2025年全市公共游泳馆(池)等高危险性体育经营项目“双随机、一公开”检查的通知》(泉体〔2025〕72号)要求,为做好全区公共游泳场所监管,规范游泳市场,",
    # a body every town sets up (tasks107's 森林火灾 预案)
    "乡镇人民政府设立森林防火指挥所,负责组织、协调和指导本乡镇内森林防火工作。",
    # a class set up (plain)
    "该镇成立了工作专班,将负责日常巡查。",
    # gathered bodies none of them named (plain)
    "镇政府召集各村、各单位开展环境整治。",
])
def test_tasks135_negatives(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.empty


def test_tasks135_files():
    got = dev_set_tasks("tasks135", "beijing-shi-gongan-jiaotong-guanliju-anzhao-bushu-huitong-zhian-chengguan-bare-fields.txt",
                        names=True)
    # the fields sharing the printed 等相关部门 are named bare and cooperate (the development README's convention)
    assert (1, ["北京市公安交通管理局"], ["治安", "城管"]) in got
    got = dev_set_tasks("tasks135", "sichuan-luzhou-nancheng-jiedao-zhenghe-zhongdui-lianhe-zhifa-jiedao-jiang.txt", names=True)
    assert (2, ["南城街道"], ["城管执法中队", "滨江中队"]) in got


def test_a_bare_name_takes_the_place_word_it_shares():
    text = "4、清河、西三旗街道和东北旺乡,要组织人力、物力在禁放区一侧设立明显禁放标志。"
    assert shared_organ_canonicals(["清河", "西三旗街道", "东北旺乡"], text) == {"清河": "清河街道"}
    # (a name standing alone keeps no word, and a class before a street takes none: "各村" stays a class)
    assert shared_organ_canonicals(["清河"], "清河要组织人力。") == {}
    assert _shares_place_word("他指出,各村、双桂街道要加强巡查。") is None


def test_a_division_part_names_an_organ():
    # a class's duty worded with 对…进行 (fresh13's 河南 工会条例) is no part clause: "…进行" ends like a bank (行), no organ
    assert _division_part("企业工会应当对本单位的厂务公开进行监督。") is None
    assert _division_part("镇政府统一指导管护,县水利局监管,村级河道管护主体为村委会。").lead == ["县水利局"]
