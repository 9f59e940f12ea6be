"""Holders of a page's designation: the enterprises a sentence names beside an act of designating, rating or awarding.

Whatever the designation's words (企业技术中心, 工业设计中心, 省长质量奖, 老字号, 上市后备企业资源库 …), a page that tells of
an act ("被认定为…", "确定X等22家企业为…", "授予X等6家企业“…”称号", "X、Y,获…奖", "X通过…复核", "X等45家…被评为优秀")
names its holders beside it. Each holder takes the grade printed as the act's object (优秀 / 良好 / 合格: GRADES), else
the level the object names — a level word (省级), a designation of fixed level (FIXED_LEVELS), the place it is named
for (国家, 四川省, 清远市) — else the level of the organ acting before it (conferrals.organ_level), else the page's
level so far (the level of the last act read above, or the title's). An application (申报, 推荐…申报), a withdrawal
(撤销, 取消, 不合格) and a rename (更名, 变更) hold nothing; a proposal (拟认定, 公示, 候选, and a recommendation to a
higher level's designation: 推荐X等16家企业为省政府…表彰企业) is read like a final act, and
enterprises.mark_proposed marks its holders "proposed"; an object that is money or a project is no designation;
only names that read as enterprises (is_enterprise) are holders, so places, parks and persons named beside them never
are. A counted group ("X等6家企业") that an earlier sentence of the page enumerated ("对X、Y等6家企业进行了验收")
holds every member of that enumeration. The names a group prints are read by held_names, the names a count vouches
for (its layouts a registry) by counted_lists. A page is read in order by holder_reader.HolderReader, which hands
each sentence to act_holders and reads the lists and phrases that name holders with no act of their own.
"""

from __future__ import annotations

import re

from kg.extract.conferrals import NATIONAL_ORGANS, organ_level
from kg.extract.enterprise_classes import ENDING_PATTERN, one_class
from kg.extract.enterprise_sentences import NAMES_FOLLOW, bare_place_level, place_level, short_run, tier_level, tier_places
from kg.extract.counted_lists import short_names_before
from kg.extract.short_siblings import with_short_siblings
from kg.extract.held_names import enterprise_name, enterprise_names

__all__ = ["act_holders", "enumerations", "list_level", "object_class", "GRADES", "FIXED_LEVELS"]

# The acts that make a holder: a designation approved (获批 before a designation's object: "高原之宝、藏建科技等6家企业获批
# 自治区“专精特新”企业", docent59 拉萨; "X、Y、Z获批全国“绿色工厂”", docent59 西宁 — never a project's or a fund's approval:
# "项目获批立项", "获批资金"), an entry that squeezes onto a list ("X、Y等因…优质服务跻身榜单", docent59 广西), a designation (认定, 确定, 命名; a qualification confirmed, 确认…具有…资格; an earlier
# designation told as the place's work, 已培育X为国家级…企业; a designation confirmed, "确认A、B等68户企业的技术开发机构为第十六批省级
# 企业技术中心", 辽宁, entrep92), a rating (评为, 评定为), an award (授予, 获, 荣获, 颁发),
# an entry into a list (入选, 入围, 上榜, 位列, 进入…名单: "X、Y等10家企业位列全国和谐劳动关系创建示范企业", 黑龙江; 成为 a
# ranking's member: "A、B、C成为2020年“青海企业50强”前三", 青海省人民政府网, entrep92), a
# monitoring passed ("X等25家企业符合县级农业龙头企业认定要求,保留…称号", 海盐; "X等210家企业符合市级龙头企业标准要求,建议
# 通过监测", 九江: a designation's requirements met, never 未 / 不符合) or a review passed (通过…复核, "X等3家企业复核通过"), or an entry into a list
# or a pool (被纳入…企业库, 被纳入了第五批…“小巨人”企业; never a blacklist: 失信, 经营异常, 重点监管). (获 never as 获悉, a reporter's "learnt"; 认定 never
# as the noun of 认定工作 / 认定管理办法.)
# (入列 after a count, the entry into the list the sentence named: "省经信厅公示了2022年度安徽省“专精特新”中小企业名单,铜陵市金宝
# 电子(铜陵)有限公司等16户企业入列", fresh20 铜陵 — proposed while that list is)
# (a jury's 审定 of holders as a designation's, as a 认定: "由省科技厅组织的大评委会议审定亿阳集团、哈飞等12家企业为本年度本省
# 高新技术龙头企业", fresh53's 黑龙江 科技厅 page, line 5)
_ACT = re.compile(r"(?:被|经[\u4e00-\u9fff]{0,12}?)?(?:(?P<first>认定|确定|授予|命名|评定|评选出|表彰|确认(?=[^。；;]{4,600}?具有[^，,。；;]{2,40}?资格|[^。；;，,]{4,600}?为[^，,。；;]{0,30}?(?:企业技术中心|企业|称号))|审定(?=[^。；;，,]{2,600}?为[^，,。；;]{0,30}?(?:企业|称号))|(?<=已)培育(?=[^。；;，,]{2,60}?为[^，,。；;]{0,12}?级)|培育出(?=[^。；;，,]{4,300}?\d+[家户个][^，,。；;]{0,2}?(?:国家|省|市|县)级)|核准(?=[^。；;]{4,300}?为[^，,。；;]{0,30}?(?:企业|称号))|保留(?=[^。；;，,]{2,80}?(?:资格|称号)))(?!工作|管理|办法|标准|条件|程序|结果|的)了?为?"
                  # (an honour received, then its title granted with no recipient of its own: the honoured are its holders,
                  # "我县5户规模以上工业企业——A、B…在楚雄州“…”大会上获得表彰,授予楚雄州2024年工业特别贡献奖“光荣榜企业”荣誉
                  # 称号", entrep81 元谋)
                  r"|(?:获得|受到)表彰[，,](?:并被?|被)?授予(?=[^，,。；;]{2,60}?(?:称号|奖)[”\"]?(?:[，,。；;]|$))"
                  # (a grade of an enterprise classification fixed in the passive: "新疆冠农果茸集团股份有限公司…被定为兵团一类二级
                  # 企业", fresh33 兵团 企业分类划级)
                  r"|(?<=被)定为(?=[^，,。；;]{0,12}?[一二三四五]类[一二三四五]级企业)"
                  r"|(?:评为|评选为|评定为|评价为|获评|荣获|喜获|获得|获(?![悉知取批嘉])|获批(?:成为|为)?(?=[^，,。；;]{0,30}?(?:企业|工厂|中心|称号|名单|名录|示范|老字号|冠军|小巨人))|入选|跻身(?=[^，,。；;]{0,12}?(?:名单|名录|榜单|行列|之列))|(?<=被)(?:纳入|列入)了?(?=[^，,。；;]{0,30}?(?:名单|名录|榜单|库|企业))(?![^，,。；;]{0,30}?(?:失信|黑名单|异常|违法|监管|惩戒|风险|关注))|位列(?![第前])|(?<![将可争望要])成为(?=[^，,。；;]{0,24}?(?:\d+强|百强|[十千]强)[”\"]?(?:前\w{1,3})?(?=[，,。；;]|$))|(?<![不未])符合(?=[^，,。；;]{2,24}?要求)|入围|上榜|(?<=[家户个])入列|(?<=企业)入列|榜上有名|荣登|[名荣]列(?:其中|榜单|名单|[其该此]名单)|(?<=[家户个]企业)在列(?=[，,]?分别|[，,]?包括)|(?<=成功)(?:创建|建立)(?:为|成为)?(?=[^，,。；;]{0,12}?级)|进入(?=[^，,。；;]{0,20}?(?:名单|名录|榜单))|(?<![未不没])通过[^，,。；;]{0,16}?(?:复核|复评|认定|评审|评价)|(?<![未不])(?:复核|复评)(?:已)?通过"
                  # (a holder raised to a higher level of the designation it held: "上海电气下属A和B升级为国家级“绿色工厂”,C升级为
                  # 国家级“绿色供应链管理企业”称号", http://www.longdan-industry.cn/manufacturing-news/91.html, fresh39)
                  r"|(?:升级|晋升|提升)(?:为|成为|至)(?=[^，,。；;]{0,6}?级)"
                  # (a filing of the holders, the designation before 备案: "…的福耀集团通辽有限公司等108家企业予以高新技术企业备案",
                  # fresh39; never 不予)
                  r"|(?<![不])予以(?=[^，,。；;]{2,30}?备案)"
                  # (a standardisation grade reached, told by 成为: "梅州伊利冷凍食品有限責任公司成為梅州高新區首家安全生產標準化一級
                  # 企業", entrep46 梅州, https://www.yyh998.com/zwgk/zfjg/mzgxq/aqsc/content/post_2504643.html)
                  r"|(?<![将可争望要])成为(?=[^，,。；;]{0,24}?标准化[一二三]级)"
                  # (a holder stated in the present, 是 before a level and a designation's head: "贵州丰源现代农业有限公司是省级重点
                  # 龙头企业,以…为主导产业" (fresh62 guizhou_dejiang-xian-2020-zhaoshang-kaocha-fengyuan-nongye-gzpeople.txt:2; its
                  # README: a holder stated in the present, final) — never without the level, "X是一家集…于一体的企业")
                  r"|(?<![不也还将要只])是(?=(?:国家|自治区|省|市|县)级[^，,。；;是的]{0,16}?(?:龙头企业|示范社|示范企业|小巨人|专精特新)))"
                  r"|(?P<cont>(?<=[家户个])(?![\u4e00-\u9fff]{0,4}?成功(?:创建|建立))[\u4e00-\u9fff]{0,6}?为))")
# A clause that applies, withdraws or renames holds nothing. (A proposed list — 拟认定, 候选, and a recommendation to a
# higher level's designation, "推荐X等16家企业为省政府…表彰企业", "拟推荐X等5家家庭农场…分别为…示范家庭农场" — is read
# like a final one: its holders take status "proposed", enterprises.mark_proposed; a recommendation to apply,
# "推荐X等三家企业申报市政府质量奖", holds nothing by its 申报.)
# (nor does a list put to a 动态调整 after a check: "确定对X、Y等17家首批“领跑者”企业进行动态调整(名单附后)", entrep66
# hebei-xianyu-tese-chanye-jiqun-lingpaozhe-dongtai-tiaozheng-trad.txt:7 — the set's reading: the title taken away)
_NOT_HELD = re.compile(r"申报|撤销|取消|不合格|不予|更名|变更|名称|摘牌|退出|降级|黄牌|警示|警告|约谈|整改|动态调整")
# An act's object names a designation, an award, a list or a grade; money, a project or a fund is none.
# (a roll of honour of a place's own, "X荣登“南海区纳税大户”光荣榜", al.iyunhui.com/news-424048: the place's level)
# (a co-op's 省级重点社, the short form of 重点示范社: "其中抚顺群益养鸡专业合作社等22家农民合作社为省级重点社", 辽宁)
_DESIGNATION_OBJECT = re.compile(r"企业|中心|奖|称号|证书|牌匾|基地|工厂|单位|老字号|店|超市|名单|名录|库|示范|冠军|小巨人|园区"
                                 r"|领跑者|榜单|光荣榜|名牌|标杆|龙头|瞪羚|独角兽|重点社"
                                 r"|农家"  # (a farm stay's designation: 最佳休闲农家, 星级农家乐)
                                 # (an award to the farms and co-ops that grow a crop, as its model entities or pace-setters:
                                 # "X、Y荣获吉林省粮食生产突出贡献玉米种植优秀主体", "Z荣获…生产标兵", fresh57
                                 # jilin_yanbian-…-tuchu-gongxian-jlncb.txt:6 — a 集体 award beside them is the bodies')
                                 r"|(?<=优秀|示范|先进)主体|标兵"
                                 # (a place's N大名品 title of a product kind, held by the maker it is printed with (decision
                                 # G): "X获“10大名菜”第4名", 楚雄, entrep66; "A、B…获2020年云南省“十大名茶”称号", entrep101)
                                 r"|(?:\d{1,3}|[十百])大名[\u4e00-\u9fff]"
                                 # (a ranked honour of co-operatives: "北镇市真真养鸡专业合作社2012年被评为“全国50佳农民合作
                                 # 经济组织”", 锦州市供销社 2012, fresh61)
                                 r"|(?<=[佳强])农民合作经济组织")
# (nor a famous product's word, 名茶 / 名酒, that no N大 title counts: a product's, no designation. A place's N大名品 title of a
# product kind printed with its maker is the maker's, decision G (stop 36): "A、B…C获2020年云南省“十大名茶”称号", chalv.net,
# entrep101, the province's 10大名品 of tea — 省级 — as entrep143 read the same lists)
# (a scheme of projects whose list names enterprises is a designation of theirs: "X、Y符合第二批四川省产教融合示范项目拟推荐
# 企业名单要求,现予公示", 新都, fresh42)
_NOT_DESIGNATION = re.compile(r"万元|亿元|资金|补助|补贴|贷款|项目(?![\u4e00-\u9fff]{0,6}?企业(?:名单|名录))|资助|专利|订单|(?<!守)合同"  # (守合同重信用 is a designation)
                              r"|(?<![\d十百]大)名[茶酒](?![厂店业])")
# A graded scheme named without its grade ("星级乡村旅游区", "信用等级"): its level is no class, the grade is
_UNGRADED = re.compile(r"(?<![一二三四五1-5])星级|等级")
# a check's result ("验收合格", "复核结果为优秀") closing a clause
_CHECK_GRADE = re.compile(r"(?:经)?(?:验收|复核|评审|考核|评价|监测)(?:结果)?(?:均|为|评定为)*[“\"]?(?P<grade>优秀|良好|基本合格|合格)[”\"]?(?=[，,。；;]|$)")
# Grades an evaluation gives, as printed (a withdrawal, 不合格, is none: _NOT_HELD)
GRADES = ("优秀", "良好", "合格", "基本合格")
_GRADE = re.compile(rf"^[“\"]?(?P<grade>{'|'.join(GRADES)})(?:等次|等级|档次|单位|企业)?[”\"]?(?:[（(][^()（）]*[)）])?$")
# Designations of a fixed level whatever body hands out the certificate: 高新技术企业 is recognised under the state's
# 《高新技术企业认定管理办法》 (国家高新技术企业), though a province's or a city's bodies issue its certificate.
# 专精特新“小巨人” is the ministry's (工业和信息化部, 第五批专精特新“小巨人”企业; a province's own list of specialised SMEs is
# 专精特新中小企业, and one printed with its place, "山东省…“小巨人”", is that place's, as printed).
FIXED_LEVELS = (("高新技术企业", "国家级"), ("专精特新“小巨人”", "国家级"), ("专精特新小巨人", "国家级"),
                ("专精特新”“小巨人”", "国家级"))  # (each word quoted: "第四批“专精特新”“小巨人”企业", 天津)
# (a region's level as printed, 自治区级; a prefecture's 地区级 is no 区级; a league's own, 盟级, as printed: "确定X等31家企业
# 为第七批盟级农牧业产业化重点龙头企业", 锡林郭勒盟, entrep81)
_LEVEL_WORD = re.compile(r"(?P<l>国家|自治区|省|市|盟|(?<!地)区|县)级")
# The grades of a graded scheme named in the object ("卓越级智能工厂": 智能工厂梯度培育, 基础级 / 先进级 / 卓越级 / 领航级;
# 安全生产标准化 一级 / 二级 / 三级, the standardisation's own grades, whichever body confirms them: "我省近期确定6家企业为危险化学品
# 安全生产标准化二级企业", 山西, http://m.sjbk.net.cn/system/2021/02/01/030302895.shtml; "4家企业为危化品从业单位安全生产标准化
# 一级企业", 应急管理部 2019年1号公告, http://www.ccaon.com/content.asp?aim_id_field_true=ecrp_id&id=76205&inner_table=new_notprod_mrjd)
# (or an evaluation's grade before what it rates: "被评为2013年度优秀省认定企业技术中心", 安徽 企业技术中心 评价, entrep92 合肥
# — the level before 认定 is the centre's, the grade its evaluation's)
# (or an award's grade printed after the award: "授予A、B、C2019年省长质量奖金奖,授予D…2019年省长质量奖银奖", 辽政发〔2019〕25号,
# entrep101 — the award graded 金奖 / 银奖 / 铜奖, the province's level being the award's own)
# (or an enterprise classification's grade, its 类 and its 级: "被定为兵团一类二级企业", 兵团企业分类划级, fresh33 — the
# corps' grading, the class as printed)
_SCHEME_GRADE = re.compile(r"(?P<g>(?:基础|先进|卓越|领航)级)(?=智能工厂)|(?<=标准化)(?P<std>[一二三]级)(?!及|以上|以下)"
                           r"|(?P<cg>[一二三四五]类[一二三四五]级)(?=企业)"
                           r"|(?<=奖)(?P<aw>[金银铜]奖)(?![章牌杯励])"
                           r"|(?P<e>优秀|良好|基本合格|合格)(?=(?:国家|省|市)?(?:认定)?(?:的)?企业技术中心)")
# (a standardisation's grade is the holders' class, never the page's level that later acts with none of their own take)
_SCHEME_CLASS = re.compile(r"(?:基础|先进|卓越|领航|[一二三])级|[金银铜]奖|[一二三四五]类[一二三四五]级")
# The letter grade of a credit scale named in the object: "全省A级纳税信用企业名单公布" (河南, 纳税信用 A/B/C/D/M),
# "纳税信用A级纳税人名单"; the grade is the class, the list's level (全省) is not
_CREDIT_GRADE = re.compile(r"(?<![A-Za-z\d])(?P<g>AAA|AA|[ABCDM])级(?=纳税)|(?:纳税信用|绩效评价)(?:等级)?(?:为)?(?P<g2>[ABCDM])级")
# (a place's name ends in its rank; a shop, a park or a zone ends in the same characters and is none: 超市, 园区, 开发区)
_PLACE = re.compile(r"(?P<nation>全国|国家|中华)|(?<=全)(?P<bare_all>[省市])(?![级场])|(?P<place>(?:(?![为的了和与及在是等全我本该各年度批届第])[\u4e00-\u9fff]){2,6}?"
                    r"(?:省|自治区|(?<![超城门夜集菜股])市|(?<![园社景小])(?<!开发|示范|保护|功能|产业|集聚|试验)区|县))"
                    r"|(?:(?<=[年度批届“\"「『，,])|^)(?P<bare>[省市])(?![级场])")
_COUNT = re.compile(r"等\d+[家户个][\u4e00-\u9fff]{0,10}")
# the 的 that closes an act's relative clause before the count of its holders: "荣获X的4家企业"
_HELD_BY_COUNT = re.compile(r"的(?=(?:\d+|[一二三四五六七八九十两]{1,3})[家户个](?:企业|单位)?)")
_BRANDS_COUNTED = re.compile(r"等\d*[家户个](?:企业)?(?:商标|品牌)")
_ENUMERATED = re.compile(r"(?P<names>[^。；;：:]{4,1500}?)等(?P<n>\d+)[家户个]")


def _mask(text: str) -> str:
    """Titles cited in 《》 masked (same length): a cited notice's words are no act of this page."""
    return re.sub(r"《[^》]*》", lambda m: "＿" * len(m[0]), text)


# (nor is the place whose holders won it: "福建省荣获第二批全国休闲农业与乡村旅游示范县、示范点称号单位名单", entrep66 福建,
# a province's share of the ministries' list — the list is the nation's; the place straight before the act, or before a
# count of its entrants: "四川省质量奖获得单位名单" is the province's award)
_ENTERS = re.compile(r"(?:此次|本次|今年|共有|共|又有|有)?(?:\d+|[一二三四五六七八九十两]{1,3})?[家个户]?[\u4e00-\u9fff]{0,4}?"
                     r"(?:被)?(?:纳入|入选|列入|进入)"
                     r"|(?:此次|本次|今年|共有|共|又有|有)?(?:(?:\d+|[一二三四五六七八九十两]{1,3})[家个户](?:企业|单位)?)?(?:荣获|获评|获得)")


# A batch of a designation of fixed level named with its place and its year or batch ("内蒙古自治区2019年第一批高新技术
# 企业", "2020年度山东省第二批高新技术企业"): that place's batch (object_class's rule), told earlier in the sentence than
# the act that names the designation bare ("全国高新技术企业认定管理工作领导小组办公室下发关于内蒙古自治区2019年第一批
# 高新技术企业备案的复函,对…的福耀集团通辽有限公司等108家企业予以高新技术企业备案", https://www.cinic.org.cn/xy/nmg/688811.html,
# fresh39 → 省级; an organ's name, "全国高新技术企业认定管理工作领导小组", prints no year nor batch and is none)
_BATCH = r"(?:\d{4}年度?(?:第[一二三四五六七八九十\d]{1,3}批)?|第[一二三四五六七八九十\d]{1,3}批)[“\"]?"


def _batch_level(before: str, obj: str) -> str | None:
    """The level of the place a fixed-level designation the object names bare was printed with, by its year or batch,
    in the text before the act (the last such mention), or None."""
    names = [name for name, _ in FIXED_LEVELS if name in obj]
    if not names or _LEVEL_WORD.search(obj) or any(m["place"] or m["nation"] for m in _PLACE.finditer(obj)):
        return None
    before = before[-300:]  # (the sentence's last words: a long line stays linear)
    for m in reversed(list(_PLACE.finditer(before))):
        if m["place"] and any(re.match(_BATCH + re.escape(name), before[m.end():]) for name in names):
            return place_level(m["place"]) + "级"
    return None


def object_class(obj: str) -> str | None:
    """The class an act's object gives: a grade as printed, else the level it names (level word, fixed designation,
    the place it is named for), or None."""
    obj = obj.strip()
    if (m := _GRADE.match(obj)):
        return m["grade"]
    if (m := _SCHEME_GRADE.search(obj)):  # (a grade of a graded scheme is the class, not the list's level)
        return m["g"] or m["std"] or m["e"] or m["aw"] or m["cg"]
    if (m := _CREDIT_GRADE.search(obj)):  # (so is a letter grade of a credit scale: "全省A级纳税信用企业名单")
        return m["g"] or m["g2"]
    if (m := _LEVEL_WORD.search(obj)) and not re.search(r"(?:国家|省|市|区|县)级(?:以上|以下)", obj):
        return m["l"] + "级"
    fixed = next((level for name, level in FIXED_LEVELS if name in obj), None)
    # (a list printed with its province or city before the designation is that place's batch, as printed: "2020年度山东省
    # 第二批高新技术企业" → 省级, fresh27's convention; printed bare it is the state's, fresh19's)
    # (an organ's place is none: "由上海市科学技术委员会联合颁发的“高新技术企业”证书" is the state's)
    if fixed and any(m["place"] and re.fullmatch(r"(?:第[一二三四五六七八九十\d]{1,3}批)?[“\"]?", obj[m.end() : obj.find(name)])
                     for name, _ in FIXED_LEVELS if name in obj for m in _PLACE.finditer(obj)):
        fixed = None
    if fixed or any(organ in obj for organ in NATIONAL_ORGANS):
        return fixed or "国家级"
    # (a prefecture printed with its own tier word names its list at that tier, as a league's 盟级 and a region's 自治区级:
    # "授予楚雄州2024年工业特别贡献奖“光荣榜企业”荣誉称号" → 州级, entrep81 元谋, the lead's ruling (stop 36); a place named
    # after it within one name is the list's, "红河州个旧市…" a city's)
    tier = next((t for t in tier_places(obj) if not _ENTERS.match(obj, t.end())), None)
    for m in _PLACE.finditer(obj):
        if tier and tier.start() <= m.start() and not (m.start() == tier.start() and m.end() > tier.end()):
            break
        if m["place"] and _ENTERS.match(obj, m.end()):
            continue  # (the place whose holders enter a list is not the list's: "海南省此次纳入全国绿色矿山名录" is the state's)
        if m["nation"]:
            return "国家级"
        if m["bare"] or m["bare_all"]:
            return (m["bare"] or m["bare_all"]) + "级"
        return place_level(m["place"]) + "级"
    if tier:
        return tier_level(tier[0]) + "级"
    # (the corps, a province-level unit, naming its own list: "授予南疆能源(集团)有限责任公司等117家企业为兵团专精特新中小企业称号",
    # fresh35 xinjiang_bingtuan-2025-zhuanjingtexin-zhongxiao-qiye-rending.txt:1 — 省级, that set's decision)
    if _CORPS_LIST.match(obj):
        return "省级"
    # (a place printed bare, its rank told by the national list: "第四批“常州老字号”拟认定名单" → 市级)
    # (unless it is the place whose entries are counted entering the list: _BARE_ENTERS)
    bare = bare_place_level(obj[m.end():] if (m := _BARE_ENTERS.match(obj)) else obj)
    return bare + "级" if bare else None


# the 新疆生产建设兵团 opening a list's name, its year or batch before it at most (never a 兵团级 level word, read above)
_CORPS_LIST = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:第[一二三四五六七八九十\d]{1,3}批)?[“\"]?(?:新疆生产建设)?兵团(?!级)")


# a bare place counting its entries into a list another organ published: "湖北共17項入選這一名單" (湖北日报 2018 under
# "工信部發布第三批綠色制造名單", entrep154) — the list is the ministry's, not the province's
_BARE_ENTERS = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:此次|本次|今年|共有|共|又有|有)(?:\d+|[一二三四五六七八九十两]{1,3})[家个户项]"
                          r"(?:企业|单位)?(?:被)?(?:纳入|入选|列入|进入|上榜)")


# a clause that is a count alone, its holders unnamed: "40家单位", "另有12家企业"
_BARE_COUNT = re.compile(r"(?:另有|还有|共有|有|共)?(?:\d{1,5}|[一二三四五六七八九十两]{1,3})[家户个][\u4e00-\u9fff]{0,6}?(?:企业|单位)")


_LEVEL_RUN = re.compile(r"^(?P<l>国家|省|市|区|县)级(?:[、和及与](?:国家|省|市|区|县)级){1,3}(?=[^、和及与级])")


def _clause_end(text: str, start: int) -> int:
    m = re.compile(r"[，,。；;]").search(text, start)
    return m.start() if m else len(text)


def _named_by_act(text: str, m: re.Match, clause_start: int) -> tuple[re.Match | None, re.Match | None]:
    """Where an act that opens its phrase (m["first"]: 认定, 授予 …) names its holders: after it, with its object
    (the first match: names, obj), else — for 授予 — before it, after 为 (the second: names), else (None, None)."""
    # "确认X等101家企业技术中心、Y等3家分中心,自本通知印发之日起具有国家企业技术中心及分中心资格" (国家发展改革委): a
    # qualification confirmed, the names up to 具有, the designation before 资格
    # (or confirmed as a designation: "确认A、B、C等68户企业的技术开发机构为第十六批省级企业技术中心", 辽宁, entrep92)
    if m["first"].startswith("确认"):
        return re.match(r"(?P<names>[^。；;]{4,600}?)[，,]?(?:自[^，,。；;]{2,20}?起)?具有(?P<obj>[^，,。；;]{2,40}?)资格",
                        text[m.end():]) or re.match(r"(?P<names>[^“\"为，,。；;]{4,600}?)为(?P<obj>[^，,。；;]*)", text[m.end():]), None
    # "认定X等24家企业的技术中心为…", "授予X等6家企业“…”称号": the names follow the act, up to 为 or the quote
    tail = re.match(r"(?P<names>[^“\"为，,。；;]{4,600}?)(?:为|(?=[“\"]))(?P<obj>[^，,。；;]*)", text[m.end():])
    # (or a counted group, then the award unquoted: "决定授予X等9家组织2020年江苏省省长质量奖")
    # (or "授予A、B、C等单位2012年度广州市市长质量奖", the group not counted; "授予A、B、C8家2010年度企业…奖", no 等)
    tail = tail or re.match(r"(?P<names>[^“\"为，,。；;]{4,600}?(?:等|(?<![\d等]))(?:\d+[家户个](?:企业|单位|组织)?|(?<=等)(?:企业|单位|组织)))"
                            r"(?P<obj>[^，,。；;]+)",
                            text[m.end():])
    # (or one holder, or several, named right before the award unquoted, a name's ending closing them: "授予北京韩建河山
    # 管业股份有限公司叶县分公司县长质量贡献奖,奖励5万元", 叶县 — the longest run of names whose rest is the award)
    # (a company's staff awarded is no holder: "授予某某有限公司职工李明先进个人奖")
    tail = tail or (re.match(rf"(?P<names>[^“\"为，,。；;]{{4,600}}(?:{ENDING_PATTERN}))(?P<obj>(?:(?!职工|员工|人员|工人|同志|个人)"
                             r"[^，,。；;“\"、]){2,30}?奖)(?=[，,。；;]|$)", text[m.end():]) if m["first"] == "授予" else None)
    # (or the award opening with its edition or its year after a run of units, not all enterprises: "授予甘肃稀土新材料股份有限
    # 公司、天水天光半导体有限责任公司、敦煌市鸣沙山月牙泉景区服务中心第九届甘肃质量奖", 甘政发〔2025〕76号, entrep81)
    tail = tail or (re.match(r"(?P<names>[^“\"为，,。；;]{4,600}?、[^“\"为，,。；;]{4,60}?)(?P<obj>(?:第[一二三四五六七八九十\d]{1,3}届|\d{4}年度?)"
                             r"[^，,。；;“\"、]{2,30}?奖)(?=[，,。；;]|$)", text[m.end():]) if m["first"] == "授予" else None)
    # (or the holders before the award, after 为: "四方区为青岛粮油综合批发交易市场等辖区内21家企业授予了“…”牌匾")
    dative = None if tail or m["first"] != "授予" else \
        re.search(r"为(?P<names>[^，,。；;为]{4,600}?)$", text[clause_start : m.start()])
    return tail, dative


def _organ_before(text: str, at: int, names: list[str]) -> str | None:
    """The level of the organ acting before an act in its sentence ("记者从晋中市商务局获悉,…X等15家企业入选", "X公司
    被省经信厅认定为…"), or None; a holder's name holds no organ."""
    before = text[:at]
    for n in names:
        before = before.replace(n, "＿" * len(n))
    return organ_level(before)


def _published_before(text: str, clause_start: int) -> str | None:
    """The level of the list the clause before an act publishes, itself no act ("全省…培育名单公布,X等35家企业榜上
    有名"), or None; a list named by those it will hold ("拟入选的…名单进行公示") is an act of that clause, no list. A
    candidates' list (拟推荐名单) is at the level of the designation it names ("第四批“专精特新”“小巨人”企业拟推荐名单": 国家级)."""
    prev = [c for c in re.split(r"[，,；;]", text[:clause_start]) if c]
    if prev and (cand := _CANDIDATES.search(prev[-1])) and (pub := _PUBLISHED.search(prev[-1])):
        return object_class(pub["obj"][: cand.start() - pub.start("obj")]) if cand.start() > pub.start("obj") else None
    if prev and not _ACT.search(re.sub(r"拟?(?:入选|入围|上榜)的", "", prev[-1])):
        return list_level(prev[-1])
    return None


# A 公示 of candidates cited as the act's object ("安徽省农业农村厅发布《安徽省农业农村厅关于2020年拟推荐国家农民合作社示范社候选
# 名单的公示》", fresh55 anhui_anqing-qianshan-shi-2020-guojia-shifanshe-ni-tuijian-gongshi.txt:4): its list is at the level of the
# designation it names (the state's), not the recommending organ's place, as an uncited 拟推荐名单 is (_published_before;
# list_level reads the sentence that publishes it)
_CITED_CANDIDATES = re.compile(r"^《[^》]*?[拟擬](?:等额|差额)?推荐(?P<obj>[^》]{2,40}?)(?:候选|推荐)?名单[^》]{0,6}》")


_CITED_PUBLISHED = re.compile(r"(?:发布|公布|印发)了?(《[^》]*》)")


def cited_candidates_level(after_act: str) -> str | None:
    """The level of the designation a cited candidates' 公示 names, the act's object, or None."""
    m = _CITED_CANDIDATES.match(after_act.strip())
    return object_class(m["obj"]) if m else None


_NEXT_GROUP = re.compile(r"、(?P<names>[^、，,。；;为“\"]{4,300}?等\d+[家户个][\u4e00-\u9fff]{0,4}?)为(?P<obj>[^，,。；;、]{4,60})")


def act_holders(sentence: str, page_level: str | None = None, groups: list[tuple[list[str], str, str]] | None = None,
                speaker: str | None = None) -> tuple[list[tuple[str, str]], str | None]:
    """(holder, class) for every act of the sentence, and the page's level after it. `page_level`: the level read so
    far (an act with no level of its own takes it); `groups`: the enumerations read so far, by their first name and
    count (a counted group naming only its first holds them all); `speaker`: the level of the place the page speaks
    for (我市: 市级), the last resort."""
    text = _mask(sentence)
    out, start, level_now = _paired(text), 0, page_level
    paired = {n for n, _ in out}
    last_names: list[str] = []  # (the holders of the sentence's last act with names)
    for m in _ACT.finditer(text):
        if m.start() < start:
            continue
        end = _clause_end(text, m.end())
        clause_start = max(text.rfind(c, 0, m.start()) for c in "，,；;") + 1
        clause = text[clause_start:end]
        dative = None
        if m["first"]:
            tail, dative = _named_by_act(text, m, clause_start)
            # (an act told in the passive, its organ between 被 and it, names its holders before 被: "扬州中月米业有限公司等10家
            # 农业企业被区委、区政府表彰为2023年度“先进农业龙头企业”", 江都, a converter copy, entrep81 — the words after it are
            # the object, not holders)
            if tail and (by := re.search(r"被[^，,。；;被]{1,12}$", text[clause_start : m.start()])) \
                    and enterprise_names(text[clause_start : clause_start + by.start()]):
                tail = None
            # (or told in the passive straight, 被 glued to the act: "会上,X被授予振兴奇台乡村经济、发展奇台“三农”产业“特别
            # 贡献奖”", 奇台, entrep92 — the holder before it, what follows the award)
            if tail and m[0].startswith("被") and enterprise_names(text[clause_start : m.start()]):
                tail = None
            if not tail and not dative and not (m[0].startswith("被") or m[0].endswith("为")):
                continue  # (an active act with no holders after it names none before it: "…合理确定各成员单位职责")
            region, obj = (tail["names"], tail["obj"]) if tail else \
                (dative["names"], text[m.end() : end]) if dative else (text[start : m.start()], text[m.end() : end])
            if tail:
                end = _clause_end(text, m.end() + tail.end())
                clause = text[clause_start:end]
        else:
            region, obj = text[start : m.start()], text[m.end() : end]
            # (requirements met are told of the group of the clause before at most, "X等82家企业经…审核,均符合…要求",
            # never of one the page says failed them: "Y等61家企业未达到…标准要求")
            if "符合" in m[0]:
                region = ",".join(re.split(r"[，,]", region)[-2:])
                if re.search(r"[未不](?:达到|符合|通过|合格)", region):
                    continue
            # (a second act in the clause: "X、Y入选首批…基地和Z、W入选第二批…基地" — the object ends where the next
            # group's names begin, after a 和 / 、)
            nxt = _ACT.search(text, m.end())
            if nxt and nxt.start() < end and not nxt["first"]:
                seg = text[m.end() : nxt.start()]
                cut = next((k.start() for k in re.finditer(r"[和及、]", seg) if enterprise_names(seg[k.end():])), None)
                if cut is not None:
                    obj, end = seg[:cut], m.end() + cut + 1
            # (an act told in a clause before the holders it counts ends at its 的: "我州荣获2019年云南省绿色食品“10大名品”
            # 和“20佳创新企业”的4家企业各获省级奖励资金100万元", 楚雄, entrep66 — the titles are the object, the prize money
            # after the count another act's; the page's level is the titles' place, 省级)
            if (rel := _HELD_BY_COUNT.search(obj)):
                obj, end = obj[: rel.start()], m.end() + rel.start()
        start = end
        obj = re.sub(r"[（(][^()（）]*[)）]", "", obj)  # (a note in brackets is no part of it: "通过复核(见附件2)")
        if _NOT_HELD.search(clause) or _NOT_DESIGNATION.search(obj):
            continue
        # (a group counted as brands names brands, not their holders: "拟认定西宁宾馆等11家企业品牌为“青海老字号”" (青海省商务厅),
        # its table printing each brand beside the company holding it)
        if _BRANDS_COUNTED.search(clause):
            continue
        # (an award to a product is the product's, no holder: "X“超细钴粉”荣获单项冠军产品", "…被评为绿色设计产品")
        # (or to a list of products: "4家企业的45种产品成功入选绿色设计产品名单,分别为X、Y…", 北京, entrep92)
        if re.search(r"产品[”\"]?(?:名单|名录|目录|称号)?$", obj.strip()):
            continue
        # (nor one to persons: "大全集团有限公司党委书记、总裁徐翔,…入选“江苏省优秀企业家”" names the company a person
        # works for, no holder, entrep81 镇江)
        if re.search(r"(?:企业家|先进个人|工匠|劳动模范|劳模)[”\"]?$", obj.strip()):
            continue
        # (an entry with no object enters the list the sentence named before it: a recommended one holds nothing; a
        # proposed one is read — "…发布了工信部第五批…企业公示名单,X成功入选" — and marked by enterprises.mark_proposed)
        # (a list of the candidates a body will recommend is such a proposed one: "还公布了第四批“专精特新”“小巨人”企业拟推荐
        # 名单,X、Y等71家滨城企业入围", 天津; its holders are proposed at the level of the designation applied for)
        if not obj.strip() and _PROPOSED.search(_mask(text[:m.start()])) \
                and not _CANDIDATES.search(_mask(text[:m.start()]).split("。")[-1]):
            continue
        grade = _GRADE.match(obj.strip())
        # (a class each — "X、Y等5家企业分别为“航母”、“巨人”企业" — or a letter or star grade is the grade readers' to give;
        # a bare act with nothing after it, "…合理确定", designates nothing)
        # (nor one the act's own words hold: "X通过了2018年上半年3A级物流企业复核", the review's grade — its parent's 下属
        # no longer hiding the name, fresh10 宁波)
        if "分别" in region[-4:] + obj[:4] or one_class(obj) or one_class(m[0]) or m["first"] and not obj.strip():
            continue
        # (a graded scheme named without its grade gives no class: "入围“…乡村旅游星级企业(园区)”" — the grade is the class)
        if not grade and _UNGRADED.search(obj):
            continue
        if not grade and not _DESIGNATION_OBJECT.search(obj) and obj.strip():
            continue
        # (a subject named before 被 / the organ: "我市X公司被省经信厅认定为…")
        # (or an organ's act told in the passive, the group before its 被: "X、Y等434家字号,被商务部初步确定为…")
        passive = bool(m["first"]) and not tail and not dative and bool(re.search(r"被[^，,。；;]{0,12}$", region))
        region = region.split("被")[0] if not m["first"] or passive else region
        # (short names counted just before the act are the group, whatever names a clause before it seems to print:
        # "记者从驻马店市科技局获悉,…,该市鹏辉电源、弘康环保…等8家企业被纳入全省瞪羚企业库", 驻马店)
        short = [] if m["first"] and not passive else short_names_before(region.rstrip("，,"))
        # (the group's own short names win where the names read in its clause are among them: "兰石化、天华院、庄园牧场、蓝科
        # 石化、鸿丰电石等8家企业荣获…" reads 庄园牧场 by its ending alone, docent59 兰州)
        last_clause = re.split(r"[，,]", region)[-1]
        names = short if short and set(enterprise_names(last_clause)) <= set(short) else enterprise_names(region) or short
        # (or an uncounted run of three short names or more, the act's subject: "港隆化工、康达塑胶、…、富强生物获评省级
        # 绿色工厂", docent59 辽阳 — enterprise_sentences.short_run)
        names = names or ([] if m["first"] else short_run(re.split(r"[，,]", region)[-1]))
        # (a short name beside a firm named by its ending, one group counted as 企业: "亿阳集团、哈飞等12家企业", short_siblings)
        names = with_short_siblings(region, names)
        # (a bare count right before the act is its subject, and the names of the clauses before are another act's:
        # "株洲华香春露环境监测有限公司等20家单位因虚假报告等原因被列入“环保黑名单”,40家单位获评“环保不良单位”", fresh50
        # hunan_shengtai-huanjingting-2021-…-xinwen.txt:14 — the 40 are unnamed)
        if not m["first"] and _BARE_COUNT.fullmatch(text[clause_start : m.start()]):
            names = []
        # (a second designation of the same holders, told in the passive after 同时 with no subject of its own: "赤峰市已有
        # X被工信部评为“国家级绿色工厂”,同时被自治区确定为第一批绿色制造示范企业", fresh36 neimenggu_chifeng-gongxinju-
        # guojiaji-lvse-gongchang-2019.txt:3 — X holds both)
        # (at the level of the organ between 被 and the act: "被自治区确定为" is the region's)
        again_by = None
        if not names and passive and last_names and re.fullmatch(r"[，,]?(?:同时|并且?|还|也)", region.strip()):
            names = [n for n in last_names if n not in paired]
            again_by = (by := re.search(r"被([^，,。；;被]{1,12})$", text[clause_start : m.start()])) and object_class(by[1])
        last_names = names or last_names
        if not names and not m["first"]:
            # "此次获评的15家企业…,包括X、Y、Z": the holders enumerated after the act that counts them
            listed = re.search(NAMES_FOLLOW + r"[：:]?(?P<names>[^。；;]{4,1500})", text[m.end():])
            # (an enumeration whose items carry acts of their own is read by them: "此批次上榜的企业分别是:X被评为“单项
            # 冠军示范企业”,Y“数控超重型立式车床”、Z“架桥机”荣获单项冠军产品" — X a holder, Y and Z a product's award)
            if listed and _ACT.search(listed["names"]):
                nested, _ = act_holders(listed["names"], level_now, groups, speaker)
                out += [h for h in nested if h[0] not in paired]
                start = len(text)
                continue
            names = enterprise_names(listed["names"]) if listed else []
            start = len(text) if names else start
        for count in re.finditer(r"(?P<first>[^、，,；;]{4,60}?)等(?P<n>\d+)[家户个]", region):
            first = enterprise_name(count["first"])
            for group, n, head in (groups or []):
                if first and n == count["n"] and first in head:
                    names += [g for g in group if g not in names]
        published = _published_before(text, clause_start)
        # (an entry with no object enters the list the clause before names, before any organ publishing it: "湖南省工信厅
        # 发布了工信部第五批…公示名单,X成功入选" is the nation's list)
        # (the place that awards before 为 is the organ: "四方区为X等21家企业授予了…牌匾" is the district's)
        giver = object_class(text[clause_start : clause_start + dative.start()]) if m["first"] and dative else None
        # (else the list the sentence names just before the act's clause (200 characters: a long line stays linear), over
        # the place the page speaks for: "…拟认定甘肃省
        # “专精特新”中小企业…名单公示结束,…其中,我市X、Y等76家企业通过认定" (兰州) entered the province's list)
        own = _batch_level(text[: m.start()], obj) or object_class(obj) or again_by or (published if not obj.strip() else None) \
            or _organ_before(text, m.start(), names) or giver or published
        klass = own or level_now or (list_level(text[max(clause_start - 200, 0):clause_start]) if speaker else None) or speaker
        # (requirements met, then the check's grade in the next clause: "X、Y、Z棉花加工企业符合…基本技术条件的要求,验收
        # 合格", 新疆: the grade is the class)
        if "符合" in m[0] and (checked := _CHECK_GRADE.match(text[end + 1 :])):
            klass = checked["grade"]
        # (the page's level is what the text tells; the speaker's place, a last resort for one act, sets none)
        if own and own not in GRADES and not _SCHEME_CLASS.fullmatch(own):
            level_now = own
        if klass and names:
            out += [(n, klass) for n in names if n not in paired]
            # (a second counted group the act designates after the first's object: "认定X等670家企业为2020年度省级“专精
            # 特新”中小企业、Y等339家企业为2020年度通过复核的省级“专精特新”中小企业", 山东, entrep92)
            if m["first"] and (more := _NEXT_GROUP.search(obj)) and not _NOT_HELD.search(more[0]) \
                    and (other := object_class(more["obj"]) or klass) not in GRADES:
                out += [(n, other) for n in enterprise_names(more["names"]) if n not in paired and n not in names]
            # (the same holders at each level of a run of levels: "已培育吉地油服公司为国家级、省级专精特新『小巨人』企业", 安达)
            if (run := _LEVEL_RUN.match(obj.strip())) and klass == run["l"] + "级":
                out += [(n, lv + "级") for lv in re.findall(r"(国家|省|市|区|县)级", run[0])[1:] for n in names
                        if n not in paired]
    return out, level_now


# "X等5家家庭农场、Y等15家农民专业合作社分别为2022年度宜君县示范家庭农场及宜君县农民专业合作社示范社" (宜君): counted
# groups, each of its own kind, and as many designations after 分别为, paired in order (each group's kind is named in
# its designation); each group names its first holder
_PAIRED = re.compile(r"(?P<groups>(?:[^、，,。；;]{4,60}?等\d+[家户个][\u4e00-\u9fff]{0,8}?[、和及与]?){2,5})"
                     r"分别(?:为|是|被?(?:认定|评|评定|命名|确定)为)(?P<objs>[^，,。；;]{4,120})")
_PAIR_GROUP = re.compile(r"(?P<first>[^、，,；;]{4,60}?)等\d+[家户个](?P<kind>[\u4e00-\u9fff]{0,8}?)(?:[、和及与]|$)")


def _paired(sentence: str) -> list[tuple[str, str]]:
    """(holder, class) for counted groups declared 分别为 as many designations, each group's kind in its own."""
    out = []
    for m in _PAIRED.finditer(sentence):
        if _NOT_HELD.search(m[0]):
            continue
        groups = list(_PAIR_GROUP.finditer(m["groups"]))
        objs = [o for o in re.split(r"[、和及与]", m["objs"]) if o]
        if len(groups) < 2 or len(groups) != len(objs):
            continue
        pairs = [(enterprise_name(g["first"]), object_class(o), g["kind"][-2:], o) for g, o in zip(groups, objs)]
        if all(n and k and k not in GRADES and _DESIGNATION_OBJECT.search(o) and kind and kind in o
               for n, k, kind, o in pairs):
            out += [(n, k) for n, k, _, _ in pairs]
    return out


def enumerations(sentence: str) -> list[tuple[list[str], str, str]]:
    """The counted enumerations a sentence prints ("对辖区内X、Y等6家企业"), as (names, count, the text they are printed
    in: a group is found by its first name in that text, whatever words stand before it)."""
    out = []
    for m in _ENUMERATED.finditer(_mask(sentence)):
        names = enterprise_names(m["names"])
        if names and re.search(r"[、，,]", m["names"]):
            out.append((names, m["n"], m["names"]))
    return out


# A sentence or a title that publishes a list at a level ("关于公布2011年国家技术创新示范企业名单的通知", "上海首批107家
# 市级“信得过超市”…正式发布"): the page's level for the acts that name none, a proposed list's too ("工信部第五批…企业
# 公示名单": its holders are marked "proposed" by enterprises.mark_proposed); a list of those recommended, applying or
# being built gives none.
# (a body choosing a batch is its publication: "工业和信息化部中小企业局评选第二批专精特新“小巨人”企业,湖北省X等48家中小企业入选",
# hb.cri.cn 2020-11-17)
_PUBLISHES = re.compile(r"名单|名录|发布|释出|公布|出炉|揭晓|评价结果|认定结果|评审结果|印发＿*$"  # (释出: s2twp's 发布)
                        r"|评选(?=第[一二三四五六七八九十\d]{1,3}批|首批)")
_PROPOSED = re.compile(r"推荐|申报|创建")
# a published list of candidates for a designation, proposed (enterprise_classes.PROPOSED), not an application
_CANDIDATES = re.compile(r"拟?推荐(?:企业)?名单")
# (a designation's 认定推荐名录 / 认定推荐名单 names the candidates of that designation, no recommendation to apply)
_CANDIDATE_ROLL = re.compile(r"(?<=认定)推荐(?=名录|名单)")


def list_level(text: str) -> str | None:
    """The level of the list a text publishes (its level word, fixed designation or place), or None."""
    if not text.startswith("《") and (cited := _CITED_PUBLISHED.search(text)) and (level := cited_candidates_level(cited[1])):
        return level
    text = _mask(text) if not text.startswith("《") else text.strip("《》")
    # (a list of candidates recommended for a designation, its 推荐名录 put to 公示, is a proposed list of its level, read as
    # a 拟认定名单 is: "“广州老字号”认定推荐名录" (广州老字号协会's 公示, entrep138 guangdong-guangzhou-laozihao-xiehui-2022-
    # rending-tuijian-minglu-gongshi-cells.txt:27) — its holders marked proposed by enterprises.mark_proposed)
    if not _PUBLISHES.search(text) or _PROPOSED.search(_CANDIDATE_ROLL.sub("", text)) or _NOT_HELD.search(text) \
            or _UNGRADED.search(text):
        return None
    klass = object_class(text)
    return klass if klass not in GRADES else None


# a list a sentence publishes, a proposed or recommended one too: "湖南省商务厅公布第七批“湖南老字号”拟推荐企业名单" — its
# class is the one of the holders a later sentence says it has from a place (_FROM_PLACE)
_PUBLISHED = re.compile(r"(?:公布|发布|公示)了?(?P<obj>[^，,。；;：:]{2,40}?(?:名单|名录))")

