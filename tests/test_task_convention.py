"""The stop-24 convention on a body's own action (benchmarks/data/other_districts/README.md, "A body's own action: task
or event"): a single named body's line is a task when a word charges or commits it (rule 2: 负责 / 要 / 应当 / 须 / 必须 /
将 as the future / 计划 / 确保 / 力争 / 拟, 由X…), and is no task when it only reports what the body did (rule 3); 将 as 把
is no future (rule 4), a bare field no unit (rule 5). One table of real lines from the development sets (the set and file
beside each) and other real pages, with the real negatives that must not be read. A bare 应 is not read yet (it would add
two tasks to the sample corpus's regulations no gold holds: kg/extract/duty_styles.py, `_COMMIT`)."""

import pytest

from conftest import sentence_roles

from kg.extract.tasks import extract_tasks
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue


@pytest.mark.parametrize("sentence,lead,coop", [
    # rule 2, 将 as the future, a body's next step in a news item
    ("下一步,市工信局将聚焦国家工信部“三新”、“一强”,推动企业技术中心提档升级。", ["市工信局"], []),  # docent59's 包头
    ("平房区工信科技局将及时为新认定省级企业技术中心的企业申报奖励资金,当好服务企业“店小二”。", ["平房区工信科技局"], []),  # docent59's 哈尔滨
    ("西城街道办事处将于2023年12月26日开展“政务开放日”活动,将邀请辖区单位、群众代表参加。", ["西城街道办事处"], []),  # docmeta38's 达州
    ("下一步,区住建局将与相关部门加强配合,按照职责分工,进一步加大餐饮行业燃气安全监管力度。", ["区住建局"], []),  # fresh22's 台儿庄
    ("据悉,清明节期间,八里台镇将强化网格化管理,建立清明节期间禁烧责任区划分表。", ["八里台镇"], []),  # tasks76's 八里台
    ("三穗县将在2012年春节期间举办丰富多彩的文化活动,在全县营造浓郁的文化氛围。", ["三穗县"], []),  # tasks76's 三穗
    ("市公安局还将联合消防、住建、文化等相关部门出台专项整治方案,坚持服务管理并重。", ["市公安局"], []),  # fresh20's 南通 (还将)
    # (the same wording on another page: https://xh.benxi.gov.cn/xwzx/gzdt/content_351340, 本溪 溪湖区)
    ("下一步,区执法局将进一步加大日常巡查力度,一方面每天在露天集中的点位进行定点看守。", ["区执法局"], []),
    ("下一步,实验区经发局将在资金奖励、融资支持、技术改造、品牌培育、市场开拓、管理提升等方面加大政策支持。", ["实验区经发局"], []),  # entrep37's 平潭
    ("超出公示期的异议不予受理,市工业和信息化局将按规定对异议人身份严格保密。", ["市工业和信息化局"], []),  # fresh31's 天津 公示
    # 牵头 before its work in a later clause
    ("根据市政府主要领导要求,近日,督查室牵头对50件重点民生实事项目推进落实情况进行了专项督查。", ["督查室"], []),  # fresh6's 连云港
    ("相关规定和上级文件制定、修改、废止情况,南平市司法局牵头组织开展对市政府行政规范性文件进行系统全面清理。", ["南平市司法局"], []),  # fresh9's 南平
    ("盛夏时,前黄镇综合行政执法和安全生产监督管理办公室牵头打响“城警联动”市容整治攻坚战,快速破解乱堆乱放、违规停车问题。",
     ["前黄镇综合行政执法和安全生产监督管理办公室"], []),  # fresh50's 前黄镇 (…qianhuang-zhen-chengjing-liandong-changxiao.txt:11)
    # a place standing for its administration as the subject of 将 (fresh32's rule for a place as a party)
    ("今后,营口市将继续加大专精特新培育工作宣传力度,发挥典型引领作用,提升企业的影响力。", ["营口市"], []),  # fresh37's 营口
    ("今年,陕西省将按照“五好”标准,在全省培育扶持30个省级现代农机专业合作社。", ["陕西省"], []),  # fresh32's 陕西
    # the other committing words
    ("为实施年度土地利用计划,巩义市人民政府拟征收竹林镇镇集体、镇东街社区居民委员会集体土地2.8593公顷。", ["巩义市人民政府"], []),  # docmeta28's 巩义
    ("市节水办应当对城市自备水井装表计量,并对取水实行计划管理。", ["市节水办"], []),  # docmeta47's 济南
    ("积极组织实施业务手册和办事指南的编写工作,市质监局要加强对各部门、单位的业务指导工作。", ["市质监局"], []),  # docmeta47's 定西
    ("根据统一部署,县政府将开展联合检查行动。", ["县政府"], []),  # constructed (tests/test_task_styles.py's former negative: no joint reading, a task)
    # rule 3: a single body's reported deed — an event, no task
    ("近年来,营口市始终把专精特新中小企业培育工作,作为推动民营企业高质量发展的重要抓手,营口市工信局加大专精特新企业培育力度,广泛宣传专精特新各项扶持政策。",
     [], []),  # fresh37's 营口
    ("根据省级专精特新三大专项培育标准,营口市筛选符合条件、专精特新发展特征明显的企业,建立专精特新企业培育库,进行分梯度培育。", [], []),  # fresh37's 营口
    ("九江县建立权责明晰、服务为先、执法规范的长效管理机制,常态化治理“脏乱差堵”等“城市病”。", [], []),  # fresh37's 九江县
    ("为进一步提升人居环境整治效果,近日,吕亭镇再次召开人居环境整治专项工作会议,现场组建督查专班,开展为期三天的人居环境整治工作专项督查。", [], []),  # fresh37's 吕亭
    ("前门街道综合行政执法二队的队员们沿着前门大街,对商户门前三包、燃气安全使用以及垃圾分类情况进行执法检查。", [], []),  # fresh37's 前门
    ("为了有效遏制非法开垦草原势头,杭锦旗农牧业局紧急部署,全面动员,将全局工作人员划分为8批次,每批由领导带队12名工作人员对重点地区分组包片进行巡查。",
     [], []),  # fresh37's 杭锦旗 (将 as 把, too)
    ("为依法严厉打击非法占用林地等涉林违法犯罪活动,金山区林业站于2018年5月,在全区范围内组织开展了以打击非法占用林地、违规迁移林木的林政稽查和林木种苗执法专项行动。",
     [], []),  # fresh30's 金山
    ("结合环境综合整治和创建国家级文明城市工作,香格里拉市市场监督管理局周密部署,组成专项整治小组,对经营户开展经幡销售规范清理工作。", [], []),  # fresh32's 香格里拉
    ("近日,代力吉镇扎实开展林草资源巡查监管工作,组织人员进村入户到地块进行监管巡查。", [], []),  # fresh35's 代力吉
    ("5月4日晚,区执法局出动35名执法人员、7台执法车辆,针对全区露天烧烤进行集中整治。", [], []),  # 本溪 溪湖区 (the page above)
    # rule 4: 将 as 把 — no future
    ("其中3家企业上调等级,另外3家维持原等级。承包商会将该复核意见提请信用等级评审委员会各委员书面进行表决。", [], []),  # entrep25
    ("9月4日,工业和信息化部将拟入选的2025年度卓越级智能工厂项目名单进行公示,其中成都有7家企业进入公示名单。", [], []),  # entrep25's 成都
    ("今年以来,西河镇将控违拆违纳入镇党委、政府重要议事日程,全面加大耕地保护法律法规宣传力度。", [], []),  # fresh33's 新化
    ("督查组将每周督查情况进行汇总通报。", [], []),  # fresh5's 荣昌
    # (将把…纳入 is the same putting: rule 4's own example `X将该项工作纳入考核`, its other words charging nothing)
    ("接下来,对于环保诚信企业,铜梁区将把企业纳入正面管理清单,优先给予相关激励性措施和对应帮扶。", [], []),  # fresh5's 铜梁
    ("区政府将把此项工作纳入对部门、镇（街道）年终考核的重要内容。", [], []),  # sample corpus 001:1209
    ("从2020年起,四川省将农业领域“亩产”概念引入工业领域,探索建立一套评价指标。", [], []),  # fresh2's 绵阳
    # rule 5: a bare field is no unit; a person's quoted words; a body named only inside a cited title or a draft it made
    ("公安负责做好治安管理、社区警务建设等工作。", [], []),  # fresh37's 楚雄 鹿城
    ("“为做好自治区科技小巨人企业的培育和认定,市科技局不断优化科技创新环境,因企制宜、一企一策。", [], []),  # fresh37's 中卫
    ("布达拉宫管理处处长强巴格桑表示:“布达拉宫管理处将仔细研究保护办法,争取于今年6月提出具体的实施细则。", [], []),  # fresh32's 布达拉宫
    ("近日,根据《迪庆州工商行政管理局关于加强对经幡销售规范清理工作的通知》,结合环境综合整治工作开展清理。", [], []),  # fresh32's 香格里拉
    ("县卫计局拟定的《化隆县深化医药卫生体制改革综合试点方案》已经县人民政府研究同意,现转发给你们。", [], []),  # fresh's 化隆
    ("陕西省拟推荐75家国家农民合作社示范社", [], []),  # fresh32's 陕西: a proposed list's headline
    # (a word that only ends in 应: "市政府及其部门未启动响应机制时" (sample corpus 003:3410)); a class or a section's number before
    # a class, charged by a word stop 24 added (constructed, and sample corpus 002:2430's wording with 须)
    ("市政府及其部门未启动响应机制时，由我区与相邻区县联合成立应急指挥机构。", [], []),
    ("各级政府须建立健全高效、统一的组织保障体系。", [], []),
    ("信息提供应按照规定的原则,及时准确归集市场主体信用信息,对于应录入不录入的单位将在一定范围内通报。", [], []),  # sample corpus 003:785's wording
    ("4.6.5各级政府须及时将事件处置情况报告上一级政府。", [], []),
    # the other committing words before a named body's work (constructed from the convention's own list)
    ("县交通运输局力争年底前完成全部危桥改造。", ["县交通运输局"], []),
    ("区市场监管局须于每季度末报送检查情况。", ["区市场监管局"], []),
    ("区发改局确保项目按期开工。", ["区发改局"], []),
    ("市发改委计划财务处负责项目资金。", ["市发改委计划财务处"], []),  # 计划 inside a name
])
def test_a_single_bodys_line_is_a_task_only_when_a_word_charges_it(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_a_news_item_gives_its_next_step_and_no_deed():
    """fresh37's 营口 page in brief (liaoning_yingkou-shengji-zhuanjingtexin-qiye-2020-duanming.txt:7-11): the bureau's
    work and the city's selection are reported deeds; the city's 今后…将继续 is its task."""
    text = ["营口市19家企业入选省级专精特新",
            "近年来,营口市始终把专精特新中小企业培育工作,作为推动民营企业高质量发展的重要抓手,营口市工信局加大专精特新企业培育力度,广泛宣传专精特新各项扶持政策。",
            "根据省级专精特新三大专项培育标准,营口市筛选符合条件、专精特新发展特征明显的企业,建立专精特新企业培育库,进行分梯度培育。",
            "今后,营口市将继续加大专精特新培育工作宣传力度,发挥典型引领作用,提升企业的影响力,促进民营企业高质量发展。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "yingkou.txt"))
    assert [([u["name"] for u in t["lead"]], t["source"]["line_start"]) for t in tasks] == [(["营口市"], 4)]


@pytest.mark.parametrize("sentence,lead,coop", [
    # (1) a bare field or station in a list beside a named body is a unit in the list's role (stop 28's convention,
    # benchmarks/data/other_districts/task_convention.md: 192 records of 45 sets against 7); a class (各派出所) stays none
    ("治安大队牵头,交警、巡警、各派出所等部门全力配合,围绕噪音扰民、敞放犬只、乱停乱放等突出问题,充分运用“六联机制”、“交巡联勤”等协作机制,"
     "加强部门协作联动,集中力量,全面整治,确保工作落地落实。", ["治安大队"], ["交警", "巡警"]),  # fresh44's 达川
    ("8月14日上午,嘉定镇街道花园弄社区联合城管对辖区内沿街商铺展开安全检查。", ["嘉定镇街道花园弄社区"], ["城管"]),  # fresh44's 嘉定
    ("泉湖鎮招商網訊: 據悉,此次大排查由鎮安監站、專職消防隊、派出所、綜合治理辦等部門的20人參加,共檢查各類單位30余家,發出書面整改指令4份。",
     [], ["镇安监站", "专职消防队", "派出所", "综合治理办"]),  # fresh45's 泉湖
    ("商委:协调公安、供销社做好准放区烟花爆竹品种、数量的需求,掌握供销情况。", ["商委"], ["公安", "供销社"]),  # tasks99's 海淀
    # (2) several named bodies as one subject of 要 / 负责 / 应 / 将 all lead (32 records against 2)
    ("省工信廳、省水利廳將對(duì)節(jié)水型企業(yè)實(shí)施動(dòng)態(tài)管理,每三年進(jìn)行一次復(fù)核,對(duì)復(fù)核不符合條件或發(fā)生質(zhì)量、安全、環(huán)保、"
     "誠(chéng)信等方面較大責(zé)任事故的,將取消稱(chēng)號(hào)并公告。", ["省工信厅", "省水利厅"], []),  # fresh17's 湖南 (converter copy)
    ("三、城管、公安、交警、交通、安監(jiān)、食藥監(jiān)、城關鎮(zhèn)等相關單位,要按照各自的職能,盡職盡責(zé)、互相配合、加強(qiáng)巡查",
     ["城管", "公安", "交警", "交通", "安监", "食药监", "城关镇"], []),  # tasks107's 湖南 县 (converter copy)
])
def test_bare_fields_beside_a_body_are_units_and_a_listed_subject_all_leads(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, coop)
