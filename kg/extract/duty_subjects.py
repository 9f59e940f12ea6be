"""A duty's subject: X负责/要/将 · X：负责 · the subjects a meeting requires or a clause carries, the bodies joined or helped
after them (_subject, _clause_subject and their parts) — the readers of those rows of `duty_styles.SENTENCE_STYLES`."""

from __future__ import annotations

import re

from kg.extract.attendance import without_attendance
from kg.extract.duty_units import PERSON_BY_POST, coop_units, units_only
from kg.extract.joint_lists import FIELD_NAME, _bodies, _cooperating
from kg.extract.joint_leads import named_after_me
from kg.extract.units import Roles, _is_division, is_generic, is_unit
from kg.places import division_levels, place_rank, renamed_county
from kg.extract.duty_led import _PLACE_ITEMS, _joint_at


_SUBJECT = re.compile(
    r"(?:^|[。；;：:]|^\d+[.．、]|^[（(][一二三四五六七八九十\d]+[）)])"
    r"(?P<subj>(?:由)?(?:[\u4e00-\u9fffA-Za-z0-9（）()]{2,40}?))"
    r"(?P<verb>牵头负责|负责(?!同志|人)|要|：负责|:负责|：|:|是[^。]{0,20}牵头(?:实施)?(?:单位|部门))"
)


# "县自然资源局全体班子成员要…": the members of a unit act for it
_MEMBERS = r"(?:(?:全体)?(?:领导)?班子成员|全体(?:干部职工|党员干部|干部|职工))?"
# X将…: only before the words that open a duty (not "将于…", "将X纳入…")
# (会 the same in a spoken answer: "县农业局会发布下一年的项目申报指南"; 会同 is read as joint work)
# (and the means or the occasion it will act by: "下一步,錦和鎮將通過駐村干部宣講、…等方式持續宣傳" (fresh35's 徐闻), "下一步,五一街将以
# 元旦期间安全防控为契机,持续排查整治" (fresh35's 乌兰浩特))
# (强化 as 加强, and the starting point it builds from: "八里台镇将强化网格化管理,建立…禁烧责任区划分表" (tasks76's 八里台,
# https://twgreatdaily.com/zh-hans/gT6mC3EBnkjnB-0zzr5i.html), "西夏公安将以西夏万达金街治安联防志愿服务队为起点,打造…" (tasks76's 西夏))
# (the future in any wording a body commits itself with (stop 24's convention, rule 2, benchmarks/data/other_districts/README.md):
# "下一步,市工信局将聚焦国家工信部“三新”…" (docent59's 包头), "西城街道办事处将于2023年12月26日开展“政务开放日”活动" (docmeta38's
# 达州), "区住建局将与相关部门加强配合" (fresh22's 台儿庄), "三穗县将在2012年春节期间举办丰富多彩的文化活动" (tasks76's 三穗),
# "辽宁省将投入5560万元对…进行奖励" (fresh30's 辽宁); and the same wording on other pages:
# "下一步,县农业农村局将聚焦…" (https://www.ningjin.gov.cn/col/1596096917046/2023/08/30/1693379433624.html),
# "区应急局将继续加大执法检查力度" (the convention's own line). Never 将 as 把 before a noun and its verb of putting — "X将该项
# 工作纳入考核", "承包商会将该复核意见提请…表决" (entrep25), "工业和信息化部将拟入选的…名单进行公示" (entrep25), "督查组将每周督查情况进行
# 汇总通报" (fresh5): the words that open a duty come straight after 将, and no 纳入 / 列入 / 作为 / 提请 / 报送 / 公示 … closes
# its clause; "将把…纳入" is the same putting ("区政府将把此项工作纳入对部门、镇(街道)年终考核的重要内容", sample 001:1209; "铜梁区将把企业
# 纳入正面管理清单", fresh5's 铜梁): rule 4's own example, `X将该项工作纳入考核`, judged by its other words, none of which charges)
# (将会 as 将, and 尽职尽责 as its way of acting: "在攸攸板镇及海西办事处相关部门的配合下,我第十督导组将会尽职尽责做好…工作" (fresh40's
# 乌海 督导简报))
# (the span of time it gives itself, and the whole area it acts over: "从6月开始,广西将用100天左右的时间集中开展…“百日攻坚”行动",
# "广西将明确时间表、路线图以及职责分工" (fresh40's 广西 自建房), "春节前,自治区食品药品监督管理局将在全区范围内开展食品安全专项抽检工作"
# (fresh40's 宁夏 食药局), "河北省将利用两个月的时间对全省现行有效的政府规章…进行一次全面清理" (fresh48's 河北 2012); never 在 before the place a thing was found: "将在市州级党委和政府发现的问题,归口溯源到相关成员单位"
# (fresh40's 青海 巡查, rule 4))
_WILL_WORDS = (r"对|根据|依据|会同|联合|定期|适时|加强|强化|及时|严格|严肃|按照|继续|持续|进一步|切实|全力|认真|发布|组织"
               r"|以[^，,。；;]{2,30}?为(?:契机|抓手|重点|目标|起点)|通过|通過|(?:利)?用(?=[^，,。；;]{1,16}?(?:时间|時間))|明确(?!的)"
               r"|于(?=[\d一二〇○今明本下近年月])|在(?=[^，,。；;]{1,40}?(?:期间|前后|之前|以前|年内|月内|方面))|在(?=全[省市县区州旗盟镇乡国]|辖区|本[省市县区])"
               r"|按规定|按要求|与(?=[^，,。；;]{1,16}?(?:配合|协作|合作|联系|对接|联动))"
               r"|不断|积极|深入|坚决|聚焦|引导|探索|坚定|再接再厉|多措并举|长期|依法|常年|跟踪|投入|每年|派出|严厉|开展|推进|深化"
               r"|加大|加快|建立|健全|做好|抓好|大力|着力|采取|启动|逐步|尽快|力争|确保|不定期|构建|打造|推动|督促|指导|集中|紧盯|始终"
               r"|牵头|结合|围绕|坚持|扎实|陆续|密切|主动|充分|统筹|出台|举办|严查|严把|筑牢|保持|巩固|努力|着眼|立足|全面|全方位|多渠道|对标|紧扣|打好|用好"
               r"|尽职尽责|尽心尽力|全力以赴"
               # (a plan or rule it will study and draw up: "今年哈尔滨市将研究制定社区商业发展规划" (fresh55
               # heilongjiang_haerbin-shi-2008-shangwu-gongzuo-huiyi-dbw.txt:1-2; rule 2, a place with 将 leads))
               r"|研究(?=制定|制订|出台|起草)"
               # (the matter it will take up: "下一步,经济发展局将针对问题项目持续跟踪工程进度" (tasks117's 常州经开区))
               r"|针对"
               # (a check it will make routine: "下一步,常青街道将常态化开展高层建筑隐患排查" (tasks135's 潞州 常青街道))
               r"|常态化"
               # (a sanction or a measure it commits to: "…的人和事,市人民政府督查室将予以通报" (tasks107's 武汉), "新区将实施约谈和问责"
               # (tasks99's 西咸); 予以公示 stays closed by _PUT_CLOSES)
               r"|予以|实施(?=[\u4e00-\u9fff]{2}|“[\u4e00-\u9fff\d])"
               # (the team it will form to act: "近期,自治区政府将组成督查组,由6位副主席带队分别对五市及宁东进行全面督查"
               # (fresh45's 宁夏 督查 page))
               r"|组成(?=[^，,。；;]{0,10}?(?:组|队))"
               # (the staff it will draw to form its teams: "专项行动期间,河北省将抽调执法骨干人员组成5个省级执法检查组,对…开展解剖式执法
               # 检查" (fresh52's 河北 2019 涉气 converter page), the 组成 reading above with the staff before it)
               r"|抽调(?=[^，,。；;]{2,20}?组成)"
               # (the point it will start from: "因此,哈市行政执法局将从解决市民身边的环境入手,打响…『双千』清根战役" (fresh52's 哈尔滨
               # 2011 item, traditional as printed))
               r"|从(?=[^，,。；;]{2,30}?(?:入手|着手|抓起))"
               # (and the counted sides it will work on: "下一步,山东将从四个方面深入开展重点行业企业环保绩效提级行动" (fresh47
               # shandong_sheng-2025-huanbao-jixiao-tiji-xingdong-xinwen-fabuhui.txt:6; its README: the province with 将 leads, rule 2))
               r"|从(?=[\d一二三四五六七八九十几多]{1,3}个?(?:方面|维度|层面))"
               # (the charge it will bear: "发展改革委、财政部等部门还将负责推动平(凉)庆(阳)…经济区加快发展" (fresh52's 新华社 甘肃
               # 分工方案 item): 将负责 is 负责 to come)
               r"|负责(?!同志|人)"
               # (the pace it will keep: "今年,海北州將穩(wěn)步推進祁連山國家公園候選區(qū)設園、青海湖國家公園創(chuàng)建工作" (fresh53's 海北,
               # qinghai_haibei-zhou-2025-kongqi-zhiliang-youliang-tianshu-converter.txt:15; its gold: the prefecture leads, rule 2))
               r"|稳步|穩步|稳妥|穩妥"
               # (the target it will hold to: "市政府将锚定全年经济发展预期目标,聚焦全方位扩大内需…" (fresh54's 吉林市 通报会 item))
               r"|锚定"
               # (the base it will build on, and the funds it will pool: "今年,該縣將依托現有的選育場、…打造…模式" (fresh56
               # xizang_lasa-linzhou-xian-2020-guimohua-yangzhi-njpanjin-trad.txt:11), "今年靈武市將整合水利、農發…等各類項目資金5.96億元"
               # (fresh56's 灵武 converter :1); its README: rule 2)
               r"|依托|依靠|借助|整合(?=[^，,。；;]{2,40}?(?:资金|资源|力量))|聚合(?=[^，,。；;]{0,40}?(?:要素|资金|资源|力量))"
               # (what it will build, counted: "今年靈武市將建設高標準農田13.84萬畝" (fresh56's 灵武 :2); never 将 as 把 before a
               # 建设 noun, "将建设用地纳入…", which names no count)
               r"|(?:新)?建设(?=[^，,。；;]{0,12}?\d)"
               # (and what it will develop, counted: "天津市…到2025年,將發展100萬畝設施農業" (fresh58 tianjin_shi-sheshi-nongye-
               # zhiwu-gongchang-ytjhdl-converter.txt:13; its README: a place with 將 leads, rule 2))
               r"|发展(?=[^，,。；;]{0,4}?\d)"
               # (the policy it will carry out, and the results it will share: "下一步,廣西將落實最嚴格耕地保護政策", "廣西將共享三調
               # 成果數據庫" (fresh57 guangxi_zizhiqu-2021-disanci-guotu-diaocha-gongbao-hkcd-trad.txt:15, 13; its README: a place with
               # 將 leads, rule 2 — on line 13 told in an official's words, which decision E leaves the official's))
               r"|落实(?=[^，,。；;]{0,10}?(?:政策|制度|责任|要求|措施|部署))|共享(?=[^，,。；;]{0,12}?(?:成果|数据|资源|信息))"
               # (the document it will issue to confirm or publish a result: "对监测合格的国家示范社,农业农村部将发文确认并公布" (fresh59
               # guangxi_hezhou-2018-guojia-shifanshe-wujia-yybnet.txt:7; its README: a named body with 将 leads, rule 2))
               r"|发文(?=[^，,。；;]{0,4}?(?:确认|公布|认定|命名|通报|表彰))"
               # (the problems it will settle: "该联席会议将协调解决黑龙江省黑土地保护利用工作中的重大问题" (fresh60 heilongjiang_sheng-2022-
               # heitudi-baohu-liyong-lianxi-huiyi-zhidu-chinacom.txt:8; its gold: the meeting leads, rule 2))
               r"|协调(?=解决|推进|处理)"
               # (the aim it will lead with, the base it will build on, and what it will build again, counted: "站在新的起点,贵州将以
               # 高质量发展为统领,…加快构建现代化农业体系" (fresh61 guizhou_sheng-2025-lianghui-tese-youshi-chanye-gzculture.txt:5),
               # "今年,青海省将在继续落实并完成…的基础上,全面完成建设300个生态畜牧业建设村的任务", "青海省今年将再建300个生态畜牧业村"
               # (fresh61 qinghai_sheng-2011-shengtai-xumuye-cun-jianshe-jbzyw.txt:3, 1); their README: a place with 将 leads, rule 2)
               # (着力 as a traditional page prints it, 著力, which the converter keeps: "圍繞“五個振興”,海南將著力實現(xiàn)六個轉變"
               # (fresh61 hainan_sheng-2018-xiangcun-zhenxing-zhanlue-guihua-liuge-zhuanbian-959xie-converter.txt:4; rule 2))
               r"|著力"
               r"|以[^，,。；;]{2,30}?为(?:统领|引领|主线|导向)|在(?=[^，,。；;]{1,40}?基础上)|再建(?=[^，,。；;]{0,12}?\d)"
               # (the way it will suit its means to its places: "针对农业延链补链和品牌提升,海南将因地制宜发展农产品加工业" (fresh62
               # hainan_sheng-2026-nongye-nongcun-juzhang-huiyi-hemei-xiangcun-hkwb.txt:14; its README: a place with 将 leads, rule 2))
               r"|因地制宜")
# (重点 / 大力 as how it will do any of those: "今年,塘沽街将重点围绕环境卫生、市容秩序…集中开展市容环境专项整治" (fresh56
# tianjin_binhai-tanggu-jie-2015-shirong-huanjing-zhengzhi-72177.txt:1,3; its README: a street with 将 leads))
_WILL_WORDS = _WILL_WORDS + r"|重点(?=" + _WILL_WORDS + r")"
# (a put-word qualifying the object of 对 closes nothing: "县政府办公室、县司法局将对列入《目录》的决策事项履行法定程序情况进行全流程
# 指导监督" (fresh43's 通榆 重大行政决策事项目录 notice))
_PUT_CLOSES = (r"(?:(?=对(?:已|被)?(?:纳入|列入)[^，,。；;]{1,30}?的)|"
               r"(?![^，,。；;]{0,40}?(?:纳入|列入|作为|提请|报送|上报|报给|转交|提交|交由|用于|划分为|移交|移送|进行公示|予以公示)))")
# (即将, about to, is the same future: "记者12日从西藏自治区强基惠民领导小组办公室获悉,西藏即将派出第七批近2.2万名干部驻村"
# (fresh38's 西藏, xizang_qiangji-huimin-diqipi-zhucun-gongzuodui.txt:1; its gold: 西藏 leads, rule 2))
_WILL = (r"(?:即?将会?(?=" + _PUT_CLOSES + r"(?:" + _WILL_WORDS + r"))|(?<=[局办院队所处站部室厅心])会(?=对|根据|依据|会同|联合|定期|适时|加强|"
         r"强化|及时|严格|严肃|按照|继续|持续|进一步|切实|全力|认真|发布|组织|以[^，,。；;]{2,30}?为(?:契机|抓手|重点|目标|起点)|通过|通過))")
# the other words that charge a named body or commit it (stop 24's convention, rule 2): 须 (not 须知), 确保, 力争, 计划 (not 计划财务 /
# 计划单列 …), 拟 (not 拟废止, a repeal matter; nor 拟定 / 拟订, a draft already made, nor the proposed lists' 拟认定 / 拟推荐 / 拟入选 …):
# "为实施年度土地利用计划,巩义市人民政府拟征收竹林镇…集体土地" (docmeta28's 巩义, 征收 notice). A bare 应 is not read yet: in the sample
# corpus's regulations it would add two tasks no gold holds ("行政执法机构应严格执行罚缴分离…" 001:1052, "区政府办公室应将备案情况及时进行
# 公布" 004:642) — left to the integrator (应当 reads as before)
# (定于 + its date, the 将于 kind: "我局定于11月5日组织专家组对…企业开展实地核查工作" (fresh40's 海口 科工信局 notice; its README, decision
# C: 我局 as printed leads, filed under the signed bureau); "会议定于…" names no body)
# (计划 with the span of time it gives itself, read as 将用…时间 above (a place may be its subject, not a commit word's): "安徽省計劃用五年時間,讓中心區城市人均GDP…" (fresh50's 长三角
# 一体化 item, traditional as printed))
# (and the act a place plans, beyond those: "江西计划划定3500万亩水稻和油菜籽生产田" (fresh62 jiangxi_sheng-2017-liangqu-huading-
# gaobiaozhun-nongtian-tunong.txt:9), "吉林省計劃通過積極培育和發展農機合作社,推進…" (fresh62's 吉林 农委 page :6), "海南计划推动将南繁硅谷
# 重大科创平台等项目列入…" (fresh62's 海南 :16); the set's README: a named place with 计划 leads)
_PLAN_ACTS = r"划定|通过|通過|推动"
_PLAN_SPAN = r"(?:计划|計劃)(?=(?:利)?用[^，,。；;]{1,16}?(?:时间|時間))"
_PROPOSE = r"拟(?!废止|廢止|定|订|訂|草|认定|認定|推荐|推薦|入选|入選|命名|确定|確定|授予|列入|新增|任|聘)"
_PLACE_PLAN = r"(?:计划|計劃)(?=[于在到将開开投实完新建启对]|[\d一二三四五六七八九十]|" + _PLAN_ACTS + ")"
_COMMIT = (r"(?P<commit>须(?!知)|確保|确保|力争|力爭|定于(?=[\d一二三四五六七八九十今明本下近年月])|"
           r"计划(?=[于在到将开投实完新建启对]|[\d一二三四五六七八九十]|" + _PLAN_ACTS + ")|" + _PROPOSE + ")")
# (and 还 / 也 between the body and its word: "市公安局还将联合消防、住建、文化等相关部门出台专项整治方案" (fresh20's 南通))
# (and the year after the subject, before its word: "生态环境建设方面,静海县今年将实施有色金属熔炼企业烟尘…污染治理" (fresh56
# tianjin_jinghai-xian-2014-shi-xiang-minxin-gongcheng-house-china.txt:9))
# (and the day it starts from, set off by its comma: "山西太原从即日起,将对建筑工地等场所开展为期一月的消防安全联合督查检查工作"
# (fresh38 shanxi_taiyuan-jianzhu-gongdi-xiaofang-anquan-lianhe-ducha.txt:2; its gold: the city leads, rule 2))
# (and the first of a pair of sides it will act on, 一方面 … 另一方面: "为此,吉林省一方面将推动一汽集团稳定生产,…,另一方面动态监测
# 14户百亿级企业…" (fresh64 jilin_sheng-2022-wen-jingji-zengzhang-dahui-gongye-huisheng-inpai.txt:2; its gold: the province leads,
# one task for the pair, rule 2))
_STILL = r"(?:今年|明年|今后|年内|(?:从|自)?即日起[，,]?)?(?:一方面[，,]?)?(?:还|還|也|亦|则|則|仍然|仍)?"
# "县财政局和县农业局一起来管": units that manage together all lead
_TOGETHER = r"一起来?(?:管理?|负责)"
# "年底前市政府要…": a time before the subject is no part of it
_WHEN = r"(?:(?:今年|明年|年底|年内|年初|近期|下一步|\d{1,2}月底?)前?)?"
# a bare 应 only before its deadline: "武汉市、宜昌市、襄阳市、荆州市应在2014年6月底前制定并印发实施" (tasks107's 湖北 大气污染防治
# 实施意见); a bare 应 otherwise is not read (the sample's regulations: "行政执法机构应严格执行…")
_DUE = r"应(?=(?:在|于)?\d{4}年|在\d{1,2}月)"
# (an epithet before the place is no part of it: "中国牧业大省青海省今年将再建300个生态畜牧业村" (fresh61 qinghai_sheng-2011-shengtai-
# xumuye-cun-jianshe-jbzyw.txt:1; its README: the province leads, rule 2))
_EPITHET = r"(?:(?:(?:中国|全国|我国)[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4})大[省市县](?=[\u4e00-\u9fff]{1,6}[省市县]))?"
_SUBJECT_AT_START = re.compile(
    r"^(?:[一二三四五六七八九十]是)?" + _WHEN + _EPITHET + r"(?P<subj>[^，,。；;：:“”《》]{2,60}?)" + _MEMBERS +
    # "(三)商务局、市场监督管理局根据各自职责负责…" (唐山 病媒生物防制管理办法): each by its own duties, before the verb
    r"(?:(?:根据|按照|依照)(?:各自|自身)(?:的)?(?:职责|职能)(?:分工)?)?" +
    # (its main duty: "省政府设立重点工程建设领导组。下设办公室。办公室主要负责建设、设计、施工单位以及有关部门的协调工作" (fresh34's
    # 山西 1991 重点建设项目管理办法 article 1; its gold: the office leads))
    # (the lead's part taken up: "三是生态环境局做好牵头作用,对上级督察的所有问题,逐一高质量整改到位" (http://hscmw.cn/a/a/g/
    # content_pc_90034.shtml; tasks44: X leads), as tasks18's `X要发挥牵头作用`)
    r"(?P<verb>(?:做好|发挥好?|履行好?|起好)牵头(?:抓总)?作用|：负责|:负责|牵头负责|具体负责|分工负责|(?:主要|全面)负责(?!同志|人|领导)|负责(?!同志|人)|牵头(?=[\u4e00-\u9fff])(?!单位|部门|领导|责任|抓总|的)|"
    r"(?:(?<=部门)|(?<=街道)|(?<=[乡镇]))[，,]要(?!求)|" + _STILL + r"(?:要(?!求)|必须|应当|" + _DUE + "|" + _WILL + "|" + _PLAN_SPAN + "|" + _COMMIT + ")|" + _TOGETHER + "|"
    r"是[^。，]{0,20}牵头(?:实施)?(?:单位|部门|机构)|"
    # (its duties stated: "管委会的主要职责是维护开发区的形象,强化园区安全、环境和效能的统一性" (tasks76's 涟水 开发区,
    # http://www.lianshui.gov.cn/col/1164_823538/art/17329824/17349438466004RSksfTj.html))
    # (or as a duty list's label, its colon after 是 or alone: "联席会议的职责是:负责指导全省…", "联席会议办公室职责:协调落实…,负责…"
    # (fresh46's 陕西 2007 联席会议 notice))
    r"的(?:主要)?职责(?:是|为)[：:]?(?=[\u4e00-\u9fff])|(?<=[会组室部局委办厅院所站队])(?:的)?(?:主要)?职责[：:](?=[\u4e00-\u9fff])|"
    # (a mechanism the text sets up, its duties stated with no 的: "工作机制主要职责为贯彻落实省委、省政府关于推进“强省会”工作的安排部署…"
    # (fresh60's 云南 强省会 item, the notice naming it `工作机制` in its 以下简称))
    r"(?<=机制)主要职责(?:是|为)(?=[\u4e00-\u9fff])|"
    r"是[^。，；;]{0,20}(?:主管部门|责任单位|责任部门|责任主体|实施主体)(?=[，,。；;]|$)|[：:])"
)
# (a later clause's subject: the words it had before stop 24, 牵头 before its work, 还将 / 也将, and 拟 — "为实施年度土地利用计划,巩义市人民政府拟征收…" (docmeta28);
# 应 / 须 / 确保 / 力争 / 计划 open a duty at the sentence's start only: a regulation's "…的，X应…" stays its conditions' reading;
# 应当 after a condition charges a named body only, never a class nor a field (decision D, stop 25: "对部队按规定退回的新兵，市人民政府
# 征兵办公室应当通知…" (fresh14's 北京 征兵 regulation), "…敷衍塞责的，市人民代表大会常务委员会应当对有关机关和组织提出改进意见" (fresh14),
# "涉及跨区域重大线性基础设施布局调整的，大江东集聚区管委会应当先征求…" (fresh19's 杭州 regulation)))
# (a group named by the document it drafts, its 《》 kept as printed: "會議要求,《報告》起草小組要對征集到的意見建議逐條歸納梳理" (fresh62
# gansu_gangu-xian-2016-zhengfu-gongzuo-baogao-zuotanhui-hadlsm-converter.txt:7; its README, the integrator's ruling: a meeting's charge
# handed down to the drafting group, which leads) — only before a group's name, never a document's own words ("《方案》明确…")
_DOC_NAMED_GROUP = r"(?:《[^《》，,。；;]{1,30}》(?=[\u4e00-\u9fff]{0,8}?(?:小组|组|专班)(?:要|将|负责)))?"
_SUBJECT_IN_CLAUSE = re.compile(r"^" + _WHEN + r"(?P<subj>" + _DOC_NAMED_GROUP + r"[^，,。；;：:“”《》]{2,40}?)" + _MEMBERS + "(?P<verb>牵头负责|负责(?!同志|人)|"
                                # (牵头 before the work it leads: "…,南平市司法局牵头组织开展对市政府行政规范性文件…清理" (fresh9's 南平),
                                # "根据市政府主要领导要求,近日,督查室牵头对50件重点民生实事项目推进落实情况进行了专项督查" (fresh6's 连云港))
                                # (or the campaign it launches: "盛夏时,前黄镇综合行政执法和安全生产监督管理办公室牵头打响“城警联动”
                                # 市容整治攻坚战" (fresh50's 前黄镇, jiangsu_changzhou-wujin-qianhuang-zhen-chengjing-liandong-changxiao.txt:11))
                                "牵头(?=组织|对|开展|召开|推进|制定|负责|打响|发起|启动)|"
                                # (计划用…时间 after a purpose clause, as at a sentence's start: "为了破解人与自然和谐共生难题,筑牢国家生态
                                # 安全屏障,西藏计划用8年时间,对日喀则、那曲、阿里3个地市…实施极高海拔生态搬迁" (tasks99's 西藏 converter copy,
                                # xizang-senburi-banqian-lasa-naqu-shannan-jiang-tongchou-converter.txt:17; its gold: 西藏 leads, rule 2))
                                # (a named place's plan after the year it is for: "2026年,海南计划将粮食播种面积稳定在407万亩" (fresh62
                                # hainan_sheng-2026-nongye-nongcun-juzhang-huiyi-hemei-xiangcun-hkwb.txt:1; its README: a named place
                                # with 计划 leads) — a place only, _clause_subject)
                                + _STILL + "(?:要(?!求)|" + _WILL + "|" + _PLAN_SPAN + "|(?P<commit>" + _PROPOSE + "|应当|" + _PLACE_PLAN + ")))")


# "…，县财政局配合" and "…，县委办、县政府办配合做好相关工作": a later clause of cooperating units
_CLOSING_COOP = re.compile(r"[，,](?P<coop>[^，,。；;]{2,60}?)(?:要|应)?(?:积极|密切|紧密|相互|互相|全力|主动|加强)?"
                          r"(?:配合|协助|协办|参与|参加|协同)")


# "会议强调国庆节期间卫生健康和教育部门要…" (fresh16's 郴州): a meeting's words, reported; the meeting is no body and its words
# name no unit of their own
_REPORTED_SPEECH = re.compile(r"^(?:会议|大会|文件|通知|讲话|[\u4e00-\u9fff]{0,6}(?:会议|会上))(?:强调|指出|要求|提出|明确)")


_COORDINATED = re.compile(r"^(?:负责)?协调(?P<list>[^，,。；;]{2,30}?)(?:做好|开展|落实|共同)")
_ORGANISED = re.compile(r"^组织[：:](?P<list>[^。；;：:]{2,200}?)(?:参加|参与)?(?:[。；;]|$)")


# a meeting's requirement naming the bodies that carry it out, with no 要 of their own: "会议要求,镇秸秆禁烧巡查队、镇村两级包保干部
# 严格按照《…工作方案》执行24小时值班巡查" (澧南镇 秸秆禁烧 调度会, http://www1.ekgqq.com/zcmbhl/7983.html): the named bodies lead,
# the cadres beside them are persons; only bodies named by their own name (not "教育部门") and an adverb of the order after them
# (and a visit's request to the body visited, later in the sentence: "到疾控中心进行调研,要求疾控中心做好各类防范" (fresh35's 成安),
# "…,并要求经开区督促生产经营单位按照要求及时整改到位" (fresh35's 郑州经开区): a named body only, as above)
# (and a visiting team's, after its visit: "督导组要求大兴区、通州区政府进一步对标对表,严格落实安全生产和消防安全责任" (fresh36's 北京
# 住建委; its README: the districts required lead))
# (a told reply's own requirement, its addressee after it: "批復要求銅仁市人民政府要認真做好行政區劃調整相關(guān)工作" (fresh56
# guizhou_tongren-songtao-zizhixian-2015-xiangzhen-quhua-tiaozheng-pifu-converter.txt:3; its README: the addressee leads, sole))
_REQUIRED = re.compile(r"^(?:会议|会上|(?:批复|批覆|复函|通知)(?:中|还|同时)?|[\u4e00-\u9fff]{2,8}(?:强调|指出)[，,]?|[\u4e00-\u9fff]{0,8}(?:督导|督查|检查|调研|考核|巡查|暗访|验收)组(?:还|并|同时)?)?"
                       r"要求[，,：:]?(?P<subj>[^，,。；;：:《》]{2,60}?)"
                       r"(?:要|应|须|必须|务必)?(?:进一步)?(?:严格|认真|切实|迅速|立即|加快|抓紧|全力|扎实|对标对表)")
_REQUIRED_LATER = re.compile(r"[，,](?:并|还|同时)?要求(?P<subj>[^，,。；;：:《》、和及]{2,30}?)(?:要|应|须|必须|务必)?(?:做好|督促|落实)")
# (or in a later clause of a visiting group's report, the bodies' own 要 after them: "督查组对…工作做出了具体部署,要求银川市及西夏区、贺兰县
# 政府要进一步高度重视…,切实落实属地监管和整治主体责任" (fresh39's 宁夏 环保厅 督查), "并要求各相关部门要…" (a class: none))
_REQUIRED_CLAUSE = re.compile(r"[，,](?:并|还|同时)?要求(?P<subj>[^，,。；;：:《》]{2,40}?)(?:要|须|必须|务必)"
                              r"(?=进一步|高度|严格|认真|切实|迅速|立即|加快|抓紧|全力|扎实|继续|强化|加强|落实|做好)")
_STAFF_ITEM = re.compile(r"(?:干部|人员|同志|负责人|领导|专干|网格员|党员)$")


def _listed_place(name: str) -> bool:
    """A place of the national list printed with its level (大兴区, 通州区)."""
    return name[-1:] in "省市州县区旗盟" and name in division_levels()


def _required_subjects(sent: str) -> Roles | None:
    m = _REQUIRED.match(sent) or _REQUIRED_LATER.search(sent) or _REQUIRED_CLAUSE.search(sent)
    if not m:
        return None
    items = [x for x in re.split(r"[、和及]", m["subj"]) if x and not _STAFF_ITEM.search(x)]
    named = units_only("、".join(items)) if items else None
    # (places listed before the one that prints its body's word: "银川市及西夏区、贺兰县政府" — each a place of the national list)
    if not named and len(items) > 1 and all(_listed_place(x) for x in items[:-1]) and is_unit(items[-1]):
        named = (items, [])
    # (a district required stands for its government, as a place acting as a party does: "督导组要求大兴区、通州区政府…"
    # (fresh36's 北京 住建委); only a place of the national list, printed with its level)
    if not (named and named[0] and all(is_unit(u) and not u.endswith("部门") or _listed_place(u) for u in named[0])
            and any(is_unit(u) for u in named[0])):
        return None
    return Roles.of(named)


# a duty's subjects printed over a comma, the named bodies (and classes) first, then a class of members: "各镇、街道、莘庄工业区,区“平安市场”
# 创建活动联席会议各成员单位要从…的高度,充分认识…" (fresh38's 闵行 平安市场 plan; its README: the named zone leads, the rest generic)
# (only a class of members, departments or units after the comma, each side one run with no stop)
_SUBJECTS_OVER_COMMA = re.compile(r"^(?P<named>[^，,。；;：:“”《》]{2,40}?)[，,](?P<cls>[^，,。；;：:《》]{0,30}?(?:成员单位|有关部门|相关部门|有关单位|相关单位|各部门|各单位))"
                                  r"(?:要(?!求)|必须|应当|务必|负责(?!同志|人))")


_NOT_SUBJECT_NAME = re.compile(r"召开|主持|要求|表示|指出|强调|组织|开展")


def _subjects_over_comma(sent: str) -> Roles | None:
    m = _SUBJECTS_OVER_COMMA.match(sent)
    named = units_only(m["named"]) if m else None
    # (a mixed list before the comma, named bodies among classes, each a name only: never a report's clause, "县委书记马尚云主持召开全县
    # 项目建设专题办公会,会议要求各乡镇、县直各部门要…" (fresh4's 长阳))
    if not (named and named[0] and named[1] and all(is_unit(u) and not _NOT_SUBJECT_NAME.search(u) for u in named[0])
            and is_generic(m["cls"]) and not is_unit(m["cls"]) and not _NOT_SUBJECT_NAME.search(m["cls"])):
        return None
    return Roles.of((named[0], named[1] + [m["cls"]]))


# a funded project's own line of the bodies answerable for it, among its other fields: "项目责任单位:洛克乡、水利局" between
# "项目责任领导:<person>" and "项目责任人:张海龙、王平" (tasks76's 叶城 公示, http://www.xjyc.gov.cn/ycx/c109164/202601/
# c1cf5e0ea9ac45499c7259291b88a985.shtml): a plain 责任单位 list, read on its own line (the project's prose above names its own duties)
_PROJECT_FIELD = re.compile(r"^(?:项目|专案|工程)(?:责任|实施|建设)单位$")  # (专案: 項目 in zh-TW usage, 專案)


def _project_units(subj: str, verb: str, rest: str) -> Roles | None:
    if verb not in ("：", ":") or not _PROJECT_FIELD.match(subj):
        return None
    units = units_only(rest.rstrip("。；;"))
    if not (units and units[0]):
        return None
    roles = Roles()
    roles.add("lead" if len(units[0]) == 1 and not units[1] else "cooperate", *units)
    return roles


# a joint meeting named by its kind, as the document that sets it up names it short ("联席会议的职责是:负责指导全省农村村级社会事业
# 公共设施建设工作", fresh46's 陕西 2007 notice, its title naming it in full): a body where its duties are stated, no unit elsewhere
# (and a coordination mechanism so named, "工作机制主要职责为…" (fresh60's 云南 强省会 item); and either pointed back to with 该 as the
# subject of its 将: "据介绍,该联席会议由…等多部门组成。该联席会议将协调解决黑龙江省黑土地保护利用工作中的重大问题" (fresh60's 黑龙江 item; its
# gold: 联席会议 leads, rule 2, filed under the meeting the item founds) — the meeting's name as printed after 该)
_SET_UP_BODY = re.compile(r"^(?:[\u4e00-\u9fff]{0,30}联席会议|工作机制)$")
_BODY_POINTED_BACK = re.compile(r"^(?:该|該)(?P<body>联席会议|工作机制)$")


def _subject_units(subj: str, verb: str, committed: bool = False) -> tuple[list[str], list[str]] | None:
    """The units a duty's subject names; a place (营口市, 铜梁区) stands for its administration as the subject of a word that
    charges or commits it (fresh32's rule for a place as a party; stop 24's convention, rule 2: "今后,营口市将继续加大专精特新培育工作
    宣传力度" (fresh37's 营口), "下一步,菏泽市将聚焦优势资源" (entrep25's 菏泽)), never before a colon (a heading's place)."""
    plan = verb.endswith(("计划", "計劃"))
    if committed:
        # (a word stop 24 added charges a named body only, never a class, a section's number before it set aside: "各级政府须…",
        # "4.6.5各级政府…" (sample 002:2430))
        units = units_only(re.sub(r"^\d+(?:[.．]\d+)*", "", subj))
        if not units and plan and _place_party(subj, plan):
            return [subj], []  # (a named place with 计划 stands for its administration: fresh62's README, "海南计划将…")
        return units if units and units[0] and not units[1] else None
    if _COUNTED_BACK_REF.match(subj):
        return None
    if "职责" in verb and _SET_UP_BODY.match(subj):
        return [subj], []  # "联席会议的职责是:负责指导…": the meeting the document sets up, given its duties
    back = _BODY_POINTED_BACK.match(subj)
    if back and re.match(r"即?将", verb):
        return [back["body"]], []
    subj = named_after_me(subj)
    units = class_then_named(units_only(subj))
    if units and not units[0] and units[1] and all(_WORK_AS_SUBJECT.search(g) for g in units[1]):
        return None  # the work itself as a passive subject names no body, not even a class
    if units:
        return units
    if verb.startswith(("：", ":")):
        return None
    if _place_party(subj, "将" in verb):
        return [subj], []
    # (a list of places, each for its administration: "拉萨市、那曲市、山南市将统筹协调安排搬迁前期…各项工作" (tasks99's 西藏 森布日,
    # 新华社), "吕梁市、晋中市要加快推进…" — every item a division with its level; a list with anything else is no subject here)
    places = _PLACE_ITEMS.split(subj)
    return (places, []) if len(places) > 1 and all(_is_division(x) for x in places) else None


# a class closing a list joined by 和 to one more named body: "区规划局、交通局、林业局等相关区直部门和辛安镇镇要…" (fresh43's 肥乡;
# a town printed with its 镇 doubled is that town: 辛安镇)
_CLASS_AND_NAMED = re.compile(r"^(?P<cls>[\u4e00-\u9fff]{2,12}?(?:部门|单位))[和及](?P<named>[\u4e00-\u9fff]{2,20})$")


def class_then_named(units: tuple[list[str], list[str]] | None) -> tuple[list[str], list[str]] | None:
    """The units of a subject, a generic item `<class>和<named body>` parted into the class and the named body."""
    if not units:
        return units
    named, generic = list(units[0]), []
    for g in units[1]:
        m = _CLASS_AND_NAMED.match(g)
        body = re.sub(r"([镇乡])\1$", r"\1", m["named"]) if m else ""
        if m and is_unit(body) and not is_generic(body):
            named.append(body)
            generic.append(m["cls"])
        else:
            generic.append(g)
    return named, generic


# "据了解,全区初步判定存在严重和一定安全隐患的经营性自建房分类整治工作将加快推动,确保到9月底整治销号率至少达到50%及以上" (fresh40's
# 广西 自建房; its README: a passive with 工作 as subject, no task)
_WORK_AS_SUBJECT = re.compile(r"(?:工作|任务|行动|活动)$")
# the bodies named before, pointed back to by their count: "下一步,两部门将加大联合执法力度" (fresh20's 泰安), "下一步,三部门将采取突击
# 检查、…等有效手段" (fresh22's 鹤壁), "今后,两地生态环境部门将按照联合执法协议不断加强沟通" (fresh21's 张掖): no body printed (their
# golds hold no task there)
_COUNTED_BACK_REF = re.compile(r"^(?:[两三四五六七八九十]|\d{1,2})个?(?:地|市|县|区)?[\u4e00-\u9fff]{0,6}?(?:部门|单位)$")


def _place_party(subj: str, will: bool = False) -> bool:
    """A place that may stand for its administration: a division with its level (营口市, 黑龙江省), or a province-level one
    printed short, as news prints it ("从6月开始,广西将用100天左右的时间集中开展…" (fresh40's 广西 自建房), 河北, 北京); as the
    subject of 将 or 计划 (`will`), a prefecture printed short too ("海口今年將以深化農業供給側結構性改革為主線", "海口將繼續大力實施
    品牌興農戰略" (fresh62 hainan_haikou-shi-2018-nongye-gongzuo-bushu-cailanzi-jidi-hbrfjx.txt:1, 3; its README: 海口 with 將 leads,
    rule 2))."""
    return _is_division(subj) or division_levels().get(subj) == 0 or place_rank(subj) == "省" or renamed_county(subj) \
        or _province_then_city(subj) or will and _prefecture_short(subj)


def _prefecture_short(subj: str) -> bool:
    """A prefecture-level city printed without its 市 (海口, 太原), by the national list."""
    return len(subj) >= 2 and not subj.endswith("市") and division_levels().get(subj) == 1 and place_rank(subj) == "市"


def _province_then_city(subj: str) -> bool:
    """A prefecture printed short after its province printed short, as news datelines print a city ("山西太原从即日起,将对…"
    (fresh38 shanxi_taiyuan-jianzhu-gongdi-xiaofang-anquan-lianhe-ducha.txt:2), "浙江杭州")."""
    return any(place_rank(subj[:i]) == "省" and not subj[:i].endswith("省") and division_levels().get(subj[i:]) == 1
               and place_rank(subj[i:]) == "市" and not subj[i:].endswith("市") for i in (2, 3) if len(subj) - i >= 2)


# a letter's addressees before its colon, its body run on after it: "各市(含定州、辛集市)工业和信息化局、雄安新区改革发展局:根据《河北省
# 优质中小企业梯度培育管理实施细则》…规定和…,经企业自主申报、各市推荐、专家审核,现将…名单予以公布" (fresh40's 河北 converter page,
# its items on one line) — the 主送 list, no duty of the bodies named
# (and any letter whose addressees open with a class, its body opening with the basis it acts on: "各区县(市)、市直开发园区应急管理局:
# 根据《浙江省企业安全生产标准化建设…" (entrep66's 宁波 撤销 notice); the 河北 page's 现将 is lost to its converter's residue)
_LETTER_BODY = re.compile(r"^\s*(?:根据|按照|依据|依照|为)[^。；;]{0,300}?(?:现将|现就|特将|现予|特此)")
_LETTER_OPENING = re.compile(r"^\s*(?:根据|按照|依据|依照|为|现将|经)")


# a page's metadata field before its colon, no body: "发布部门:济宁市任城区人民政府" (the dev set's 任城), "发布机关:黄冈市新型冠状病毒
# 感染的肺炎防控指挥部" (docmeta33's 黄冈), "批准机关:河北省人民政府" (docmeta38's 唐县), "联系部门:株洲市自然资源和规划局…" (docmeta38's
# 株洲), "解读机构:漳州市龙海区司法局" (fresh3's 龙海), "政策咨询机关:暂无" (fresh9's 宿州), "(联系处室:市工业和信息化局中小企业服务发展处"
# (fresh31's 天津), "内容出处:《石嘴山年鉴2021》图书" (fresh27's 石嘴山), "出处:中国水产养殖网综合" (fresh15's 马祖): the field's value is
# no duty
_FIELD_LABEL = re.compile(r"^[（(·]?(?:[\u4e00-\u9fff]{0,12}?(?:发布|制定|批准|联系|联络|解读|咨询|投诉处理|发文|印发|公开)"
                          r"(?:部门|机关|机构|单位|处室|科室)|(?:内容)?出处|(?:信息)?来源)$")


def _letter_body(subj: str, rest: str) -> bool:
    return bool(_LETTER_BODY.match(rest) or subj.startswith("各") and _LETTER_OPENING.match(rest))


def _subject(sent: str) -> Roles | None:
    """X负责… / X要… / X：负责… / X是…牵头单位 — the subject of the duty leads; X：配合… cooperates."""
    m = _SUBJECT_AT_START.match(sent)
    found = m and _subject_units(m["subj"], m["verb"], bool(m["commit"]))
    if not found or _REPORTED_SPEECH.match(m["subj"]):
        return None
    u, g = found
    if m["verb"].endswith("应") and not u:
        return None  # a bare 应 before its deadline charges named bodies only ("各级各部门原则上应于2017年年底前完成…", sample 001)
    rest = sent[m.end():]
    roles = Roles()
    project = _project_units(m["subj"], m["verb"], rest)
    if project:
        return project
    if m["verb"] in ("：", ":") and (len(rest) <= 6 or _letter_body(m["subj"], rest) or _FIELD_LABEL.match(m["subj"])):
        return roles
    if m["verb"] in ("：", ":") and _helps(rest) and not re.search(r"负责", rest):
        roles.add("cooperate", u, g)  # "区公安分局：提供…，配合卫计部门…"
        # (the named body a colon entry helps leads, as `X协助Y检查…` reads (tasks76): "2.6.1县救灾办:协助县政府做好特、重大自然灾害的
        # 信息收集…工作" (tasks99's 铜梁 预案); a field helped ("配合卫计部门") names no lead)
        helped = _HELPED_BODY.search(rest)
        named = units_only(helped["body"]) if helped else None
        if named and named[0] and all(is_unit(x) and not x.endswith("部门") for x in named[0]):
            roles.add("lead", named[0], [])
    elif _works_together(u, m["verb"], rest) or _shared_entry(u, m["verb"]) or _partners_will(m["subj"], u, m["verb"]):
        roles.add("cooperate", u, g)
    else:
        roles.add("lead", u, g)
        # "政府办负责组织:政府机关(…)、中医院、法院、运管所、党校。" (http://www.fsou.net.cn/html/text/lar/173198/17319833_1.html,
        # a county's 卫生整治 road sections): the units the subject organises take part; the subject listed again, persons
        # (教师和学生) and classes are none of them
        # (a colon entry coordinating named bodies in its duty: "商委:协调公安、供销社做好准放区烟花爆竹品种、数量的需求" (tasks99's 海淀
        # 禁放 职责分工, http://www.fymate.net/html/text/lar/173991/17399174_1.html): the named bodies cooperate, and so does a bare
        # field listed beside them (公安: stop 28's convention, task_convention.md — rule 5 is for a field that is the only subject)
        coordinated = _COORDINATED.match(rest) if m["verb"] in ("：", ":") else None
        if coordinated:
            items = [x for x in _PLACE_ITEMS.split(coordinated["list"]) if x and not is_generic(x)]
            named = [x for x in items if is_unit(x)]
            if named:
                roles.add("cooperate", [x for x in items if x in named or FIELD_NAME.match(x)], [])
                return roles
        listed = _ORGANISED.match(rest) if m["verb"] == "负责" else None
        if listed:
            items = [x for x in re.split(r"[、，,](?![^(（)）]*[)）])", listed["list"]) if x]
            roles.add("cooperate", [x for x in items if x not in u and is_unit(x) and not PERSON_BY_POST.search(x)], [])
            return roles
        # "县发改局负责项目审批，县财政局配合": the units of a closing 配合 clause cooperate
        # (never a meeting's attendants: "…,联合市委办公厅、市政府办公厅召开由各承办单位主管领导和相关工作人员参加的会议" (tasks117's
        # 建议提案 rules) — they attend, attendance.ATTENDANCE)
        after = _CLOSING_COOP.search(without_attendance(rest))
        coop = coop_units(after["coop"]) if after else None
        if coop and coop[0]:
            roles.add("cooperate", *coop)
        else:
            _add_joined(roles, m["subj"], rest)
    return roles


# "市社会办:指导各区县社会办配合有关部门做好…" (fresh15 北京): the bodies the subject guides or urges help, not the subject
_DIRECTED_HELP = re.compile(r"(?:指导|督促|组织|要求|引导|动员|推动)[^，,。；;]{2,30}?(?:配合|协助)")


_HELPED_BODY = re.compile(r"^(?:积极|主动|负责)?(?:配合|协助)(?P<body>[^，,。；;、]{2,24}?)(?:做好|开展|进行|实施|落实|完成|处置|组织)")


def _helps(rest: str) -> bool:
    """True when a colon entry's duty has the subject itself 配合 / 协助, not a body it directs."""
    return bool(re.search(r"配合|协助", rest)) and not _DIRECTED_HELP.search(rest)


def _shared_entry(units: list[str], verb: str) -> bool:
    """A duty list's entry naming several units before its colon, no lead marked ("农业服务中心、水利站:负责农业生物灾害
    应急工作…", a town's 站所 list): they share the duty and cooperate, as the units of a 责任单位 list do (and as
    `duties._headed_roles` reads the same entry printed "X、Y。负责…")."""
    return verb[:1] in ("：", ":") and len(units) > 1


# "自治区财政厅负责编制补助资金预算,确定…,对资金的使用情况进行监督,会同自治区住房和城乡建设厅组织指导…" (内蒙古): a later
# clause of the subject's duties opening with 会同 names the bodies it works with on them; the duty itself may open so
# ("市文化执法总队:负责会同公安、城管部门查处…", "市工商局:负责协同城管执法部门查处…", a member-unit duty list, fresh15)
# (协同 only opening the duty: "…,协同配合单位要服从工作大局" names a role, fresh2's 谯城)
# (联合 the same in a later clause, closed by 等部门: "二是各乡镇政府要切实落实好属地责任,联合商务、公安、市场监管等部门依法予以严厉打击"
# (fresh28's 泊头 meeting; its gold: the class no lead, the fields it joins cooperate))
_JOINED_CLAUSE = re.compile(r"(?:^|[，,])(?:并|还|同时)?会同|^协同(?!配合)(?=[^，,。；;]{2,40}?(?:部门|单位|[局委办院队所]))"
                            r"|[，,](?:并|还|同时)?联合(?=[^，,。；;]{2,40}?等(?:有关|相关)?(?:部门|单位))")


# the subject's duty opening with the partners it deepens its work with: "下一步,刘阁街道办事处城管中队将继续深化与公安、巡防队伍的协作
# 机制,推动治安巡逻常态化" (fresh36's 刘阁; its README: `X將…深化與A、B的協作`, X leads, A and B cooperate); only the duty's
# opening words, the partners closed by 的 and the kind of joint work
_DEEPENED_WITH = re.compile(r"^(?:继续|进一步|持续|不断)?(?:深化|加强|强化)与(?P<with>[^，,。；;的与]{2,40}?)的"
                            r"(?:协作|合作|联动|协同|配合)")


def _deepened_partners(rest: str) -> tuple[list[str], list[str]] | None:
    """The partners of a duty opening 深化与A、B的协作 (named or fields), None when it does not open so."""
    deepened = _DEEPENED_WITH.match(rest)
    if not deepened:
        return None
    closing = re.search(r"等(?:有关|相关)?(?:部门|单位)$", deepened["with"])
    partners = _bodies(deepened["with"][: closing.start()] if closing else deepened["with"], True)
    # (a government body or field among them: "加强与国内外知名跨境电商平台的合作", "深化与浙江大学…的合作" name no partner in the work)
    if not (partners and partners[0] and any(re.search(r"(?:[局委办厅所队站]|部门|政府)$", x) and is_unit(x) or FIELD_NAME.match(x)
                                             for x in partners[0])):
        return None
    return partners


def _add_joined(roles: Roles, subj: str, rest: str) -> None:
    """The bodies a 会同 / 协同 clause of the subject's own duties names cooperate."""
    partners = _deepened_partners(rest)
    if partners:
        roles.add("cooperate", *partners)
        return
    for m in _JOINED_CLAUSE.finditer(rest):
        if m[0].endswith("联合"):  # (a joint action's list of partners, read as joint_action reads it)
            got = _cooperating(rest[m.end():])
            if got and got[0]:
                roles.add("cooperate", *got)
                return
            continue
        joint = _joint_at(subj + "会同" + rest[m.end():])
        if joint and joint.cooperate:
            roles.add("cooperate", joint.cooperate, joint.generic_cooperate)
            return


# "…;参加了市林业局牵头组织的联合执法行动,1月9日对…进行了检查" (辽源, fresh14): the body that organised the action a report's
# subject took part in leads it (the subject, named sentences before, is not read here)
_TOOK_PART = re.compile(r"^(?:还|并|也)?(?:参加|参与)了?(?P<lead>[^，,。；;的]{2,30}?)牵头(?:组织|开展|举办)?的")


def _took_part(sent: str) -> Roles | None:
    """参加了X牵头组织的…: X leads."""
    for clause in re.split(r"[，,；;]", sent):
        m = _TOOK_PART.match(clause)
        if m and units_only(m["lead"]) and units_only(m["lead"])[0]:
            return Roles.of(units_only(m["lead"]))
    return None


# a functional name (a field: "卫生健康行政部门", "市教育行政部门", "公安机关"), no named body for a later clause's 应当
_FUNCTIONAL_NAME = re.compile(r"(?:部门|机关|机构)$")


# a person's words quoted for a body, the quote still open: "副局长介绍说:“下一步,城管部门将重点围绕背街小巷开展整治。”" (fresh37's 前门
# 街道 item; task_convention.md: a person's quoted words are the person's line, not the body's — a 将 inside them is no task; a
# directive quoted, 指出:X要…, stays a charge)
_QUOTED_SPEECH_OPEN = re.compile(r"(?:说|表示|介绍|称|透露|坦言|告诉记者)[^“”。]{0,6}?[：:，,]?“[^”]*$")


def in_quoted_speech(before: str) -> bool:
    """Whether a clause after `before` stands inside a person's quoted words (a speech verb, then an unclosed “)."""
    return bool(_QUOTED_SPEECH_OPEN.search(before))


# a speech verb closing the clause before, its speaker before it ("…办公室主任周涛在会上表示", "郭家镇有关负责人表示", "梁志豪表示")
_REPORTED_SPEECH_END = re.compile(r"(?P<speaker>[^，,。；;：:“”]{2,60}?)(?:在[^，,。；;]{1,10}?[上中时])?(?:还|也|同时|进一步)?"
                                  # (never 据介绍 / 也就是说 / 简称, no speaker's words)
                                  r"(?:表示|(?<!据)介绍|(?<![是据话来])说|(?<![简名统号职])称|透露|坦言|告诉记者)$")


def in_reported_speech(before: str) -> bool:
    """Whether a clause after `before` is what a person said, unquoted (decision E, benchmarks/data/other_districts/README.md):
    the clause before ends with a speech verb, and its speaker is no named body ("河北省住建厅表示,今后将…" is the body's own
    statement, rule 2)."""
    m = _REPORTED_SPEECH_END.search(before)
    return bool(m) and not (is_unit(m["speaker"]) and not is_generic(m["speaker"]))


_SUBJECT_SINCE_TODAY = re.compile(r"[^，,。；;：:“”《》]{2,40}?(?:从|自)?即日起")


def _clause_subject(sent: str) -> Roles | None:
    """"根据…，各镇办要定向开展跟踪服务": the subject opens a later clause."""
    clauses = re.split(r"[，,]", sent)
    for k in range(len(clauses) - 2, 0, -1):
        # (a subject and the day it starts from, set off by a comma before its 将, are one clause: "…获悉,山西太原从即日起,将对…"
        # (fresh38's 太原, _STILL))
        if _SUBJECT_SINCE_TODAY.fullmatch(clauses[k]):
            clauses[k:k + 2] = [clauses[k] + "，" + clauses[k + 1]]
    for k, clause in enumerate(clauses[1:], start=1):
        m = _SUBJECT_IN_CLAUSE.match(clause)
        if m and m["verb"].endswith("应当") and any(_FUNCTIONAL_NAME.search(u) for u in m["subj"].split("、")):
            continue  # (a field, decision D: "…造成人员伤害的，卫生健康行政部门应当立即启动…" (sample 002:2477) names no body)
        if m and m["verb"].endswith(("计划", "計劃")) and not _place_party(m["subj"], True):
            continue  # (a named place's plan only: a body's 计划 in a later clause stays unread, as before)
        if m and "将" in m["verb"] and (in_quoted_speech("，".join(clauses[:k])) or in_reported_speech(clauses[k - 1])):
            continue
        units = m and _subject_units(m["subj"], m["verb"], bool(m["commit"]))
        if units:
            roles = Roles()
            together = _works_together(units[0], m["verb"], clause[m.end():]) or _partners_will(m["subj"], units[0], m["verb"])
            roles.add("cooperate" if together else "lead", *units)
            partners = None if together else _deepened_partners(clause[m.end():])
            if partners:
                roles.add("cooperate", *partners)
            elif not together:
                # (its 会同 clause after a comma, as `_subject` reads the rest of a sentence opening with the subject:
                # "…是我区…的指导性文件,你局要发挥牵头作用,会同区发展改革委、区住房建设委、区城市管理委等有关部门,做好《规划》实施工作"
                # (fresh45's 河东 批复))
                _add_joined(roles, m["subj"], "，".join([clause[m.end():], *clauses[k + 1:]]))
            return roles
    return None


# "开江生态环境局、县住建局…等部门要分工协作,全力做好…" (开江): several bodies told to work together, none named to
# lead: each cooperates (as a 责任单位 list with no lead marked)
# (or told to send staff to one team they form: "区规划局、交通局、林业局等相关区直部门和辛安镇镇要选派精干力量组成专班" (fresh43's
# 肥乡; its README: no lead printed, all cooperate))
_TOGETHER_VERB = re.compile(r"^(?:密切|紧密|相互|互相|通力|加强|积极)?(?:分工协作|协作配合|协同配合|协作|配合|协同|合作)|"
                            r"^(?:选派|抽调|派出|抽派)[^，,。；;]{0,10}?(?:组成|组建)[^，,。；;]{0,8}?(?:专班|工作组|小组|工作队)")


def _works_together(units: list[str], verb: str, rest: str) -> bool:
    return len(units) >= 2 and verb in ("要", "必须", "应当") and bool(_TOGETHER_VERB.match(rest))


# "下一步,万州区生态环境局与达州市生态环境局将持续贯彻落实…" (fresh35's 万州), "83团与精河县将共建工作纳入…考核" (a 兵团 set):
# two partners joined by 与 state their joint next step, neither named to lead: both cooperate (as `X与Y共同…`); a list
# (、 和 及) before 将 is left as it was read
_PARTNER_PAIR = re.compile(r"^[^、和及与，,]{2,30}与[^、和及与，,]{2,30}$")


def _partners_will(subj: str, units: list[str], verb: str) -> bool:
    return len(units) == 2 and verb == "将" and bool(_PARTNER_PAIR.match(subj))


# a person who leads a check joined by a body: "…发现问题及时整改,保洁队长会同城管科开展一周一次建筑工地检查" (tasks76's 西安 街道,
# http://m.news.wmxa.cn/n/201408/141080.html): the person (a post, no body) is no unit; the body joins as cooperating unit
_PERSON_WITH = re.compile(r"(?:^|[，,])(?P<person>[\u4e00-\u9fff]{1,8}?(?:队长|组长|站长|所长|经理|主任|班长))会同"
                          r"(?P<units>[^，,。；;]{2,60}?)(?=开展|对|进行|检查)")


def _person_with(sent: str) -> Roles | None:
    m = _PERSON_WITH.search(sent)
    units = units_only(m["units"]) if m else None
    if not (units and units[0] and not units[1] and not is_unit(m["person"])):
        return None
    return Roles.of(cooperate=(units[0], []))


_PERSON_LED = re.compile(r"^(?:[一二三四五六七八九十]是)?由?(?P<person>[^，,。；;由]{2,20}?)(?:亲自)?牵头(?:抓总)?[，,]")
_COOP_CLAUSE = re.compile(r"^(?P<coop>[^，,。；;]{2,80}?)(?:要|应)?(?:加强|积极|密切|全力|主动|做好)?(?:配合|协助|参与|协同)")


def _person_led(sent: str) -> Roles | None:
    """由相关县领导牵头，X负责，Y等单位加强配合…: the leader is a person; X leads, Y cooperates."""
    m = _PERSON_LED.match(sent)
    if not (m and PERSON_BY_POST.search(m["person"])):
        return None
    rest = sent[m.end():]
    roles = _subject(rest)
    if roles is None or roles.empty:
        return None
    if not roles.cooperate:
        for clause in re.split(r"[，,]", rest)[1:]:
            c = _COOP_CLAUSE.match(clause)
            if c and units_only(c["coop"]):
                roles.add("cooperate", *units_only(c["coop"]))
                break
    return roles
