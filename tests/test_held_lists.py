"""Holders of a page's acts (kg/extract/held_lists.py): real lines — from the sets and from other public pages with the
same wordings — each with its holders and class (the grade printed beside them, else the level of the act's object,
its organ or the page), and real negatives (withdrawn, renamed, proposed, products, places, persons, clauses)."""

import pytest

from kg.extract.held_lists import HolderReader, list_level, object_class, titled_level
from kg.parse.normalize import compact, fold

# (where from, [lines of one page, in order], [(name, class)] expected from the page)
POSITIVES = [
    # entrep37 樟树 (http://www.zhangshu.gov.cn/zssrmzf/ycy/202406/5213e4d481e04eaa8b0fdabe4a75bcfc.shtml): a place's share
    # of a published list counted before its names (其中我市N个品牌获得认定分别是X的“品牌”…), each company before its brand
    ("entrep37 樟树 其中…N个…获得认定分别是", [
        "近日商务部等5部门发布关于公布第三批中华老字号名单的通知,其中我市2个品牌获得认定分别是四特酒有限责任公司的“四特”、"
        "仁和(集团)发展有限公司的“药都”"],
     [("四特酒有限责任公司", "国家级"), ("仁和(集团)发展有限公司", "国家级")]),
    # entrep37 吴江 (http://www.hbhlny.cn/content/19/0809/08/48203011_853808306.shtml, converter): the entrants of a
    # designation named by what they entered (认定“X”的…企业(品牌)包括), each with its brand in brackets (no part of it)
    ("entrep37 吴江 认定“X”的企业(品牌)包括", [
        "第二批認定“江蘇老字號(hào)”的吳江企業(yè)(品牌)包括蘇州輯里絲綢有限公司(輯里)、蘇州仁昌食品有限公司(仁昌順)、"
        "吳江市同里醬制品廠(公號(hào)醬園)、蘇州慈云蠶絲制品有限公司(慈云)等。"],
     [("苏州辑里丝绸有限公司", "省级"), ("苏州仁昌食品有限公司", "省级"), ("吴江市同里酱制品厂", "省级"), ("苏州慈云蚕丝制品有限公司", "省级")]),
    # entrep37 包头 (http://www.baotounews.com.cn/445807/445798/2025/12/41908559.html): a place's share of a published
    # list counted after its names (其中,X推荐的…共5家…获得认定), each centre held by its company, at the list's level
    ("entrep37 包头 其中…共N家…获得认定", [
        "12月18日,内蒙古自治区工业和信息化厅公示了第23批自治区级企业技术中心认定名单,全区共有21家企业入围,其中,包头市推荐的"
        "包头北奔重汽桥箱有限公司技术中心、包头晶澳太阳能科技有限公司技术中心、安泰北方科技有限公司技术中心、内蒙古通威硅能源有限公司"
        "技术中心以及内蒙古杉杉科技有限公司技术中心共5家企业技术中心获得认定,为自治区第一。"],
     [("包头北奔重汽桥箱有限公司", "自治区级"), ("包头晶澳太阳能科技有限公司", "自治区级"), ("安泰北方科技有限公司", "自治区级"),
      ("内蒙古通威硅能源有限公司", "自治区级"), ("内蒙古杉杉科技有限公司", "自治区级")]),
    # entrep37 荆门 (http://kongtiao.hnshkx.cn/hangqing/2023/0414/11214.html): the examples (如X、Y等) a sentence on the
    # place's entries gives (上榜企业中), after the list was published; a descriptor ending in 的 is no part of a name
    ("entrep37 荆门 上榜企业中…如X等", [
        "3月28日,省经信厅官网公布了全省第五批专精特新中小企业名单。荆门市有110家企业入选,专精特新企业总量增至225家。",
        "本次荆门上榜企业中,既有来自石化、矿业、中药材、食用菌等传统行业的龙头企业,如荆门炼化机械有限公司、湖北千宝食用菌有限公司等,"
        "也有一大批来自近年来快速成长的战略性新兴产业,如主攻锂电池的湖北雄韬电源科技有限公司,主攻新材料的湖北旺林新材料科技有限公司等。"],
     [("荆门炼化机械有限公司", "省级"), ("湖北千宝食用菌有限公司", "省级"), ("湖北雄韬电源科技有限公司", "省级"),
      ("湖北旺林新材料科技有限公司", "省级")]),
    # entrep37 中林 (https://greatwallfood.com/yiXycyAwgR/g4430/s9584/t28984.aspx): a group's subsidiary printed after its
    # group (`X集团所属Y`: Y holds), and a count printed straight after the last name without 等 ("…公司三家林业公司")
    ("entrep37 中林 国家林业重点龙头企业", [
        "近日,国家林业和草原局公布第五批国家林业重点龙头企业名单,中林集团所属中国林木种子集团有限公司、 福建省永安林业(集团)股份"
        "有限公司、重庆市林业投资开发有限责任公司三家林业公司榜上有名。"],
     [("中国林木种子集团有限公司", "国家级"), ("福建省永安林业(集团)股份有限公司", "国家级"), ("重庆市林业投资开发有限责任公司", "国家级")]),
    # entrep37 芜湖 (http://www.wspm.com.cn/news-131276-1-58.html, traditional): a brand with its company in brackets — the
    # company holds (a 中华老字号 is the nation's)
    ("entrep37 芜湖 中华老字号 brand(company)", [
        "昨天,國家商務部網站公布,382個品牌被認定為第三批中華老字號。記者獲悉,在第三批中華老字號中安徽省被新認定的有28個。其中,"
        "我市的儲氏鐵畫(蕪湖儲氏鐵畫工藝品有限公司)和鳩江飯店(蕪湖市鳩江飯店有限責任公司)榜上有名。"],
     [("芜湖储氏铁画工艺品有限公司", "国家级"), ("芜湖市鸠江饭店有限责任公司", "国家级")]),
    # fresh19 广东 l.4 (converter): each counted group takes the grade it was rated; 不合格 is a withdrawal, no holder
    ("fresh19 广东 技术中心评价", [
        "一、經(jīng)評價,廣州數(shù)控設備有限公司等45家企業(yè)技術中心被評為優(yōu)秀,廣州海格通信集團股份有限公司等321家企業(yè)"
        "技術中心被評為良好,廣州市聚賽龍工程塑料股份有限公司等759家企業(yè)技術中心被評為合格,金剛幕墻集團有限公司等309家企業(yè)技術中心"
        "被評為不合格(附件1)。"],
     [("广州数控设备有限公司", "优秀"), ("广州海格通信集团股份有限公司", "良好"), ("广州市聚赛龙工程塑料股份有限公司", "合格")]),
    # the same wording on other pages: 国家发展改革委's 国家企业技术中心 评价结果 (http://cnzlsj.com/newsinfo.aspx?id=532), with
    # 基本合格; 山西's 省级 evaluation with numbered items (http://m.icehockey-2015.com/Print.aspx?id=5406, traditional)
    ("cnzlsj.com 国家企业技术中心评价", [
        "海尔集团公司等90家企业技术中心得分在90分及以上,评为优秀;中交上海航道局有限公司等1359家企业技术中心评价得分在65分至90分"
        "(不含90分)之间,评为良好;湖南长高高压开关集团股份公司等82家企业技术中心评价得分在60分至65分(不含65分)之间,评为基本合格;"
        "索通发展股份有限公司等7家企业技术中心评价得分在60分以下,评为不合格。"],
     [("海尔集团公司", "优秀"), ("中交上海航道局有限公司", "良好"), ("湖南长高高压开关集团股份公司", "基本合格")]),
    ("icehockey-2015.com 山西 技术中心评价", [
        "評價結果如下:⑴中鐵三局集團第五工程有限公司技術中心1戶評價得分在85分以上,評為優秀;"],
     [("中铁三局集团第五工程有限公司", "优秀")]),
    # fresh19 赣州 l.2–3: a company's facility (…工业设计中心) is held by the company; 通过…复核 is an act; 省级 in the object
    ("fresh19 赣州 工业设计中心", [
        "省工信厅公布的名单显示,江西团团圆家具有限公司实木家具工业设计中心、天键电声股份有限公司工业设计中心、龙南骏亚精密电路有限公司"
        "多层高密度电路板工业设计中心被认定为省级工业设计中心。",
        "此外,江西绿萌科技控股有限公司企业工业设计中心、孚能科技(赣州)股份有限公司企业工业设计中心通过省级工业设计中心复核。"],
     [("江西团团圆家具有限公司", "省级"), ("天键电声股份有限公司", "省级"), ("龙南骏亚精密电路有限公司", "省级"),
      ("江西绿萌科技控股有限公司", "省级"), ("孚能科技(赣州)股份有限公司", "省级")]),
    # the same on other pages: 认定X等N家单位为…, 确认X等N家单位通过复核 (the level carried from the act above; 广州,
    # http://m.zd020.com/article/39.html); 襄阳 (https://www.kczg.org.cn/rules/detail?id=6056104); 镇江 我市X等5家企业获评
    # (http://m.cmstop.zt.jsw.com.cn/p/171194.html)
    ("zd020.com 广州 市级工业设计中心", [
        "一、认定中国电器科学研究院股份有限公司等31家单位为第三批市级工业设计中心(见附件1)。",
        "二、确认广州汽车集团股份有限公司等51家单位通过复核(见附件2)。",
        "三、2家原第二批市级工业设计中心未通过复核(见附件3),撤销其市级工业设计中心称号。"],
     [("中国电器科学研究院股份有限公司", "市级"), ("广州汽车集团股份有限公司", "市级")]),
    ("kczg.org.cn 襄阳 省级工业设计中心", [
        "其中,襄阳航力机电技术发展有限公司特种电机电源工业设计中心、湖北航宇嘉泰飞机设备有限公司技术中心等6家企业被评为2021年度"
        "省级工业设计中心;湖北追日电气股份有限公司被评为2021年度省级工业设计企业(全省仅1家)。"],
     [("襄阳航力机电技术发展有限公司", "省级"), ("湖北航宇嘉泰飞机设备有限公司", "省级"), ("湖北追日电气股份有限公司", "省级")]),
    ("jsw.com.cn 镇江", ["记者8月30日从市工信部门获悉,我市海昌隐形眼镜有限公司等5家企业获评省级工业设计中心。"],
     [("海昌隐形眼镜有限公司", "省级")]),
    # fresh19 上海 l.8: 认定X等24家企业的技术中心为…市级…; the renamed ones (更名和调整) hold nothing
    ("fresh19 上海 市级企业技术中心", [
        "经对企业申报材料进行初审,专家评估和综合评估,认定上海市建筑科学研究院有限公司等24家企业的技术中心为上海市第26批市级企业"
        "技术中心,并同意对上海合晶硅材料有限公司等10家企业的技术中心予以更名和调整,现将名单发放给你们。"],
     [("上海市建筑科学研究院有限公司", "市级")]),
    # fresh19 四川 l.2: 确定A为…,B为…,X等22家企业为“四川省…企业” — the places and the county are no holders
    ("fresh19 四川 电子商务示范企业", [
        "商务厅经过认真审核研究,确定成都市锦江区等5家基地为2013年“四川省电子商务示范基地”,成都市双流县为2013年“四川省跨境电子商务"
        "试点基地”,天府商品交易有限公司等22家企业为2013年“四川省电子商务示范企业”。"],
     [("天府商品交易有限公司", "省级")]),
    # fresh19 江苏 l.2–3 (converter): the names, a comma, then 获 the province's award (and its 提名奖)
    ("fresh19 江苏 省长质量奖", [
        "中創(chuàng)新航科技集團(tuán)股份有限公司、中郵建技術(shù)有限公司、南京鋼鐵股份有限公司,獲2025年江蘇省省長質量獎(jiǎng)。",
        "無(wú)錫華潤(rùn)微電子有限公司、圣象集團(tuán)有限公司,獲2025年江蘇省省長質量獎(jiǎng)提名獎(jiǎng)。"],
     [("中创新航科技集团股份有限公司", "省级"), ("中邮建技术有限公司", "省级"), ("南京钢铁股份有限公司", "省级"),
      ("无锡华润微电子有限公司", "省级"), ("圣象集团有限公司", "省级")]),
    # the same award on other pages: 福建 (traditional; the level carried from 授予…福建省政府质量奖 to 荣获省政府质量奖,
    # http://m.dddjmc.com/news/fujian/szjj/2019-12-20/2339012.html); 荆门 确定授予X、Y“…市长质量奖”
    # (https://tj.jiuquan.cc/a-1660973); 泉州: a list 揭晓, then 上榜,分别是:X、Y (https://qzqilian.com/Article/Article_Show.aspx?Id=1971&classId=14)
    ("dddjmc.com 福建 省政府质量奖", [
        "日前,經省政府常務會議研究同意,授予我省5家企業2018年度福建省政府質量獎、5家企業2018年度福建省政府質量獎提名獎。",
        "其中,新大陸數字技術股份有限公司榮獲省政府質量獎,福建恒傑塑業新材料有限公司、福建坤彩材料科技股份有限公司榮獲省政府質量獎提名獎。"],
     [("新大陆数字技术股份有限公司", "省级"), ("福建恒杰塑业新材料有限公司", "省级"), ("福建坤彩材料科技股份有限公司", "省级")]),
    ("jiuquan.cc 荆门 市长质量奖", [
        "较终确定授予荆门市格林美新材料有限公司、葛洲坝荆门水泥有限公司“第六届荆门市市长质量奖”荣誉称号,各奖励人民币30万元;"],
     [("荆门市格林美新材料有限公司", "市级"), ("葛洲坝荆门水泥有限公司", "市级")]),
    ("qzqilian.com 泉州 政府质量奖", [
        "第六届泉州市政府质量奖获奖企业名单日前揭晓,共5家企业获评,其中我会4家企业上榜,分别是:福建火炬电子科技股份有限公司、"
        "福建省铁拓机械股份有限公司、信和新材料股份有限公司。"],
     [("福建火炬电子科技股份有限公司", "市级"), ("福建省铁拓机械股份有限公司", "市级"), ("信和新材料股份有限公司", "市级")]),
    # fresh19 山东 l.2 and 上海 l.1 (toneless converter): 高新技术企业 is the state's designation whoever hands the certificate
    ("fresh19 华云 高新技术企业", [
        "山东华云机电科技有限公司自2008年被认定为“首批国家高新技术企业”以来,每三年重新认定都顺利通过。"],
     [("山东华云机电科技有限公司", "国家级")]),
    ("fresh19 伟星 高新技术企业", [
        "2018年3月,上海伟星新型建材有限公司喜获由上海市科学技术委员会、上海市财政局、上海市国家税务局及上海市地方税务局联合颁发的"
        "“高新技术企业”证书。"],
     [("上海伟星新型建材有限公司", "国家级")]),
    # fresh19 安徽 l.1 (converter): 我市 before the name is where it is; the object names the province
    ("fresh19 安徽 标准化示范企业", [
        "我市安徽潤寶食品有限公司被省經(jīng)信廳認(rèn)定為安徽省工業(yè)和信息化領(lǐng)域標(biāo)準(zhǔn)化示範(fàn)企業(yè)。"],
     [("安徽润宝食品有限公司", "省级")]),
    # fresh17 清远 l.2 (converter): 授予X等6家企业“…”称号 — the counted group an earlier sentence enumerated holds all of it
    ("fresh17 清远 节水型企业", [
        "清新區(qū)、英德市兩地相關(guān)業(yè)務(wù)主管部門分別組織專家對轄區(qū)內(nèi)廣東先導(dǎo)稀材股份有限公司、同進(英德)紡織品有限公司"
        "等6家企業(yè)進行了節(jié)水型單位驗收,并驗收合格。經(jīng)市水利局會同市工業(yè)和信息化局對申報資料審核和公示,決定授予"
        "廣東先導(dǎo)稀材股份有限公司等6家企業(yè)“清遠(yuǎn)市2023年節(jié)水型企業(yè)(第三批)”稱號"],
     [("广东先导稀材股份有限公司", "市级"), ("同进(英德)纺织品有限公司", "市级")]),
    # fresh17 河南 l.2: 确定 X等9家园区和Y等12家企业为…省级…; the park is no holder
    ("fresh17 河南 节水型企业", [
        "经园区和企业自主申报、地市推荐、专家评审、社会公示,确定项城市先进制造业开发区等9家园区和河南神马氯碱发展有限责任公司等12家企业"
        "为2024年省级节水型园区和企业,现予公布。"],
     [("河南神马氯碱发展有限责任公司", "省级")]),
    # fresh17 晋中 l.1, l.3 (converter, ",、" residue): the organ named before the act gives the level; a later sentence
    # enumerating the holders (获评的15家企业…包括X、Y) takes it
    ("fresh17 晋中 老字号", [
        "4月18日,,記者從晉中市商務(wù)局獲悉,,首批“晉中老字號(hào)”認(rèn)定工作已通過嚴(yán)格評(píng)審程序圓滿收官,,"
        "山西海玉園食品有限公司等15家企業(yè)入選,。",
        "此次獲評(píng)的15家企業(yè)涵蓋食品加工,、醫(yī)藥,、工藝美術(shù)等多個(gè)領(lǐng)域,包括山西海玉園食品有限公司,、"
        "山西達(dá)生春藥業(yè)集團(tuán)有限公司,、祁縣紅海玻璃有限公司。"],
     [("山西海玉园食品有限公司", "市级"), ("山西达生春药业集团有限公司", "市级"), ("祁县红海玻璃有限公司", "市级")]),
    # fresh17 枣庄 l.1–2: no level printed with the act; the page speaks for its city (我市)
    ("fresh17 枣庄 老字号", [
        "去年7月,我市启动了第一批“枣庄老字号”推荐认定工作。经过企业自愿申报,各区(市)商务主管部门的筛选、初审、审核,并经社会公示,"
        "历经半年多时间,山东莺歌食品有限公司、枣庄老桥头餐饮有限公司等17家企业被认定为第一批“枣庄老字号”。"],
     [("山东莺歌食品有限公司", "市级"), ("枣庄老桥头餐饮有限公司", "市级")]),
    # fresh17 松江 l.3, l.5 (and its s2twp copy, 释出): the list published at 市级; a branch store and a shopping centre among
    # companies are holders; "在六大超市中" names none
    ("fresh17 松江 信得过超市", [
        "上海首批107家市级“信得過超市”和18家市級“放心肉菜示範超市”正式釋出。",
        "在六大超市中,上海富曼佳便利店有限公司中山中路3號店被評為“信得過便利店”;錦江新城現銷有限公司、上海松江購物中心、"
        "上海思敬大潤發貿易有限公司被評為“信得過超市”。"],
     [("上海富曼佳便利店有限公司中山中路3号店", "市级"), ("锦江新城现销有限公司", "市级"), ("上海思敬大润发贸易有限公司", "市级"),
      ("上海松江购物中心", "市级")]),
    # fresh18 青岛 l.3: two acts in one clause, each group its own batch (和 between); a winery (酒庄) is an enterprise,
    # a park (产业园) is none; "青岛已有" opens the list, no name
    ("fresh18 青岛 工业旅游示范基地", [
        "此前,青岛已有青岛啤酒集团、青岛海尔集团、青岛海信集团入选首批山东省工业旅游示范基地和青岛明月海藻健康产业园、"
        "青岛华东百利酒庄入选第二批山东省工业旅游示范基地。"],
     [("青岛啤酒集团", "省级"), ("青岛海尔集团", "省级"), ("青岛海信集团", "省级"), ("青岛华东百利酒庄", "省级")]),
    # fresh18 永康 l.3 (pipe, one line): classes declared by name (分别为“航母”、“巨人”企业), then a heading of each with
    # its holders run on — the class is the quoted word as printed
    ("fresh18 永康 新“五十百”企业", [
        "经审定,决定命名铁牛集团有限公司、天河集团有限公司等5家企业分别为“航母”、“巨人”企业,并给予技改资金奖励:"
        "一、“航母”企业1家 铁牛集团有限公司。 二、“巨人”企业4家 天河集团有限公司,星月集团有限公司,步阳集团有限公司,群升集团有限公司。"],
     [("铁牛集团有限公司", "航母"), ("天河集团有限公司", "巨人"), ("星月集团有限公司", "巨人"), ("步阳集团有限公司", "巨人"),
      ("群升集团有限公司", "巨人")]),
    # a counted group then the award unquoted: 江苏's 省长质量奖 decision (http://ciudsrc.cn/webdiceng.php?id=155798); the
    # person awarded beside the group (王民) is no holder
    ("ciudsrc.cn 江苏 省长质量奖", [
        "省人民政府决定授予中国船舶重工集团公司第七〇二研究所等9家组织和王民2020年江苏省省长质量奖,中通服咨询设计研究院有限公司"
        "等9家组织和丁山华2020年江苏省省长质量奖提名奖。"],
     [("中国船舶重工集团公司第七〇二研究所", "省级")]),
    # fresh19 全国 l.11–34: a list's own title at the state's level; header cells and place groups between the names
    ("fresh19 全国 技术创新示范企业名单", [
        "2011年国家技术创新示范企业名单", "序号", "所在地区或所属企业", "技术创新示范企业名称", "北京市", "1",
        "北京江河幕墙股份有限公司", "天津市", "2", "天津药业集团有限公司"],
     [("北京江河幕墙股份有限公司", "国家级"), ("天津药业集团有限公司", "国家级")]),
    # entrep21 广州 l.4 (converter; http://www.moonvisionstudio.com/zwgk/fggw/szfwj/content/post_4757160.html): 授予A、B等單位
    # <award>, the group not counted; 產權交易所 reads as no enterprise
    ("entrep21 广州 市长质量奖", [
        "市政府決定,授予金發(fā)科技股份有限公司、廣州立白企業(yè)集團有限公司等單位2012年度廣州市市長質量獎,并分別給予人民幣100萬元的"
        "獎勵;授予托肯恒山科技(廣州)有限公司、廣州產(chǎn)權交易所、廣州白云山中一藥業(yè)有限公司等單位2012年度廣州市市長質量獎提名獎。"],
     [("金发科技股份有限公司", "市级"), ("广州立白企业集团有限公司", "市级"), ("托肯恒山科技(广州)有限公司", "市级"),
      ("广州白云山中一药业有限公司", "市级")]),
    # the count with no 等 on other pages: 金华 (http://jinhua.intertid.com/art/2011/2/23/art_1229161204_52983043.html), 松阳
    # (https://www.chacewang.com/newsdetail/news550778.html, the award quoted, a county's)
    ("jinhua 金华 市长质量奖", [
        "市人民政府决定授予浙江花园生物高科股份有限公司、青年汽车集团有限公司、群升集团有限公司8家2010年度企业金华市市长质量奖。"],
     [("浙江花园生物高科股份有限公司", "市级"), ("青年汽车集团有限公司", "市级"), ("群升集团有限公司", "市级")]),
    ("chacewang 松阳 政府质量奖", [
        "县政府决定:授予浙江华威门业有限公司、浙江博盛钢业集团有限公司、浙江康恩贝中药有限公司3家企业“第五届松阳县人民政府质量奖”,"
        "授予浙江宏海钢管制造有限公司、浙江华方建设有限公司3家企业“第五届松阳县人民政府质量奖创新奖”,现予以公布"],
     [("浙江华威门业有限公司", "县级"), ("浙江博盛钢业集团有限公司", "县级"), ("浙江康恩贝中药有限公司", "县级"),
      ("浙江宏海钢管制造有限公司", "县级"), ("浙江华方建设有限公司", "县级")]),
    # entrep21 嘉兴 l.2 (converter; https://bjzhk.net/art/2022/12/1/art_1229701250_622.html): doubled commas (",、")
    ("entrep21 嘉兴 市长质量奖", [
        "經(jīng)七屆市政府第50次常務(wù)會議審議通過,決定授予浙江晶科能源有限公司,、浙江西塘旅游文化發(fā)展有限公司,、巨匠建設(shè)集團(tuán)"
        "股份有限公司等3家企業(yè)2015年度嘉興市市長質(zhì)量獎。"],
     [("浙江晶科能源有限公司", "市级"), ("浙江西塘旅游文化发展有限公司", "市级"), ("巨匠建设集团股份有限公司", "市级")]),
    # entrep21 徐州 l.2 (https://bbs.221700.com/thread-474851-1-1.html): the decision and its numbered lists on one line —
    # each counted group's members, numbered (1)… after it, the run opening with its first holder
    ("entrep21 徐州 市长质量奖", [
        "市人民政府决定授予徐州建机工程机械有限公司等5家企业2023年徐州市市长质量奖,授予徐州徐工履带底盘有限公司等3家企业2023年"
        "徐州市市长质量奖提名奖。 希望获奖企业珍惜荣誉、再接再厉。 徐州市人民政府 2024年6月27日 2023年徐州市市长质量奖获奖名单 "
        "一、徐州市市长质量奖(5家企业) (1)徐州建机工程机械有限公司 (2)格利尔数码科技股份有限公司 (3)江苏伟业铝材有限公司 "
        "(4)上药控股徐州股份有限公司 (5)徐州江煤科技有限公司 二、徐州市市长质量奖提名奖(3家企业) (1)徐州徐工履带底盘有限公司 "
        "(2)江苏华昌铝厂有限公司 (3)江苏美鑫食品科技有限公司"],
     [("徐州建机工程机械有限公司", "市级"), ("格利尔数码科技股份有限公司", "市级"), ("江苏伟业铝材有限公司", "市级"),
      ("上药控股徐州股份有限公司", "市级"), ("徐州江煤科技有限公司", "市级"), ("徐州徐工履带底盘有限公司", "市级"),
      ("江苏华昌铝厂有限公司", "市级"), ("江苏美鑫食品科技有限公司", "市级")]),
    # entrep21 玉溪 l.3–4 (https://m.yuxi.gov.cn/yxs/zxdt/20150108/21761.html): a counted set naming its own level, 分别是,
    # then its names (the act before it names none)
    ("entrep21 玉溪 龙头企业", [
        "在县区推荐的基础上,通过专家评审和媒体公示,经市农业产业化领导小组审定、市政府同意,认定16家企业为玉溪市第七批农业产业化经营"
        "与农产品加工市级重点龙头企业。",
        "这16家市级农业龙头企业分别是新平东绿食品有限公司、通海金茂农产品有限公司、玉溪市鑫达现代农业发展有限公司等。"],
     [("新平东绿食品有限公司", "市级"), ("通海金茂农产品有限公司", "市级"), ("玉溪市鑫达现代农业发展有限公司", "市级")]),
    # entrep21 鹿城 l.11–41 (http://www.lucheng.gov.cn/art/2016/7/25/art_1229442307_1978401.html): 最后确认新增X…; a list's
    # section that withdraws (撤销) holds nothing, the next section (保留) resumes
    ("entrep21 鹿城 龙头企业", [
        "经企业申报、街镇推荐、实地审核、专家联评、评选结果公示等程序,最后确认新增温州市双潮植物园有限公司等3家企业为鹿城区农业龙头企业,"
        "撤销温州市大红花蜂业有限公司等2家企业鹿城区农业龙头企业称号。",
        "2016年度鹿城区农业龙头企业名单", "一、新增鹿城区农业龙头企业(3家)", "藤桥食品有限公司",
        "二、撤销鹿城区农业龙头企业(2家)", "温州市大红花蜂业有限公司", "温州市强能食品有限公司",
        "三、保留鹿城区农业龙头企业(17家)", "藤桥禽业股份有限公司"],
     [("温州市双潮植物园有限公司", "区级"), ("藤桥食品有限公司", "区级"), ("藤桥禽业股份有限公司", "区级")]),
    # entrep21 乐山 l.7 (https://m.yybnet.net/leshan/jiajiang/201805/7325035.html) and 宁德 l.1 (converter;
    # http://www.xbkwei.com/news/nd/1252371.html): the news's city printed before a name that carries its own place; a
    # 全省 list is the province's
    ("entrep21 乐山 高成长型", [
        "本报讯 (记者 杨心平) 日前,省经济和信息化委公布四川省2017年度高成长型中小企业和行业“小巨人”企业培育名单,全省新增189户"
        "高成长型中小企业和14户行业“小巨人”企业。",
        "乐山市四川森态源生物科技有限公司、乐山新天源太阳能科技有限公司等26户企业入选高成长型中小企业培育名单,玖龙纸业(乐山)有限公司"
        "入选行业“小巨人”企业培育名单。"],
     [("四川森态源生物科技有限公司", "省级"), ("乐山新天源太阳能科技有限公司", "省级"), ("玖龙纸业(乐山)有限公司", "省级")]),
    ("entrep21 宁德 科技小巨人", [
        "日前,全省科技小巨人領軍企業(yè)培育名單公布,寧德市安發(fā)(福建)生物科技有限公司等35家企業(yè)榜上有名。"],
     [("安发(福建)生物科技有限公司", "省级")]),
    # an award named by its organ's short form (省政府质量奖) is the province's
    # (http://m.dddjmc.com/news/fujian/szjj/2019-12-20/2339012.html, converter)
    ("dddjmc 福建 省政府质量奖", [
        "其中,新大陸數(shù)字技術股份有限公司榮獲省政府質量獎,福建恒杰塑業(yè)新材料有限公司、福建坤彩材料科技股份有限公司榮獲省政府質量獎"
        "提名獎。"],
     [("新大陆数字技术股份有限公司", "省级"), ("福建恒杰塑业新材料有限公司", "省级"), ("福建坤彩材料科技股份有限公司", "省级")]),
    # fresh20 姜堰 l.9: a plant in brackets after the ending is part of the name (an ending inside a bracket ends none)
    ("fresh20 姜堰 节水型企业", [
        "此外,省水利厅、省发改委也联合公布了2020 年度省级节水型载体名单,姜堰区三水街道锦联社区、五行科技股份有限公司(西厂区)光荣上榜,"
        "其中姜堰区三水街道锦联社区被评为2020 年度“江苏省节水型居民小区(社区)”,五行科技股份有限公司(西厂区)被评为2020 年度"
        "“江苏省节水型企业”。"],
     [("五行科技股份有限公司(西厂区)", "省级")]),
    # fresh20 江苏 l.7: a counted group with what it counts in brackets, rated a 领跑者 (no 企业 in the object)
    ("fresh20 江苏 水效领跑者", [
        "记者从江苏省水利厅获悉,近日,江苏公布第二批水效领跑者。江苏华源节水股份有限公司等16个单位(产品)被评为全省第二批水效领跑者,"
        "江苏博敏电子有限公司等12个单位被评为全省第二批水效领跑者入围单位。"],
     [("江苏华源节水股份有限公司", "省级"), ("江苏博敏电子有限公司", "省级")]),
    # fresh20 辽宁 l.1: the names a published list is named by ("现将X、Y等…名单予以公布"), at the list's level
    ("fresh20 辽宁 名单予以公布", [
        "各市、沈抚示范区、各高新区管委会科技管理部门,各有关单位: 根据《辽宁省雏鹰、瞪羚、独角兽企业评价办法》(辽科创办发〔2021〕2号),"
        "省科技厅组织开展了2021年辽宁省雏鹰瞪羚独角兽备案工作,现将荣信汇科电气股份有限公司、大连瑞迪声光科技有限公司等备案的辽宁省"
        "雏鹰瞪羚独角兽企业名单予以公布。"],
     [("荣信汇科电气股份有限公司", "省级"), ("大连瑞迪声光科技有限公司", "省级")]),
    # fresh21 新疆 l.1: a 公示 that has ended publishes the final list; 自治区 ranks as a province
    ("fresh21 新疆 公示结束 上榜", [
        "记者从自治区工业和信息化厅获悉:11月6日,2020年自治区“专精特新”中小企业名单公示结束,沙湾盖瑞乳业有限责任公司、"
        "新疆华世丹药业有限公司、新疆天山纺织服装有限公司等158家中小企业最终上榜。"],
     [("沙湾盖瑞乳业有限责任公司", "省级"), ("新疆华世丹药业有限公司", "省级"), ("新疆天山纺织服装有限公司", "省级")]),
    # fresh21 黄冈 l.2 (http://m-huanggang.cjyun.org/p/375444.html): 分别入选A和B, each its own; "上榜的…企业为X、Y" and the
    # designation run on after it ("示范平台为Z")
    ("fresh21 黄冈 服务型制造", [
        "今年初,省经济和信息化厅公布第四批省级服务型制造示范名单,我市湖北韩泰智能设备有限公司和湖北省中科产业技术研究院,分别入选省级"
        "服务型制造示范企业和省级服务型制造示范平台,标志着我市省级服务型制造示范企业实现零突破。此次上榜的第五批省级服务型制造示范企业为"
        "湖北赛尚服饰集团有限公司、湖北金马塑业有限公司、湖北中达智造科技有限公司、湖北荟煌科技股份有限公司,示范平台为浠水县金信金融服务"
        "有限公司。"],
     [("湖北韩泰智能设备有限公司", "省级"), ("湖北省中科产业技术研究院", "省级"), ("湖北赛尚服饰集团有限公司", "省级"),
      ("湖北金马塑业有限公司", "省级"), ("湖北中达智造科技有限公司", "省级"), ("湖北荟煌科技股份有限公司", "省级"),
      ("浠水县金信金融服务有限公司", "省级")]),
    # fresh24 黑龙江 位列 (http://epaper.hljnews.cn/hljrb/pc/con/202210/10/content_107765.html): an entry told by 位列, at the level its object names
    ('fresh24 黑龙江 位列', ['《决定》命名北京首钢股份有限公司等350家企业为“全国和谐劳动关系创建示范企业”,命名中关村科学城等50个工业园区为“全国和谐劳动关系创建示范工业园区”。其中,黑龙江禾丰牧业有限公司、黑龙江航天信息有限公司、黑龙江北大仓集团有限公司等10家企业位列全国和谐劳动关系创建示范企业。黑龙江五常经济开发区位列全国和谐劳动关系创建示范工业园区。'],
     [('北京首钢股份有限公司', '国家级'), ('黑龙江禾丰牧业有限公司', '国家级'), ('黑龙江航天信息有限公司', '国家级'), ('黑龙江北大仓集团有限公司', '国家级')]),
    # fresh24 山西 这9家企业分别是 (converter; http://zgkjsz.com/page/2019/0923/6106267.shtml): a counted set an act designated, then named by its count
    ('fresh24 山西 这9家企业分别是', ['7月29日,筆者從山西省人社廳獲悉,山西省9家企業(yè)榮獲“全國(guó)模范勞動(dòng)關(guān)系和諧企業(yè)”稱號(hào),2個(gè)工業(yè)園區(qū)榮獲“全國(guó)模范勞動(dòng)關(guān)系和諧工業(yè)園區(qū)”稱號(hào)。', '這9家企業(yè)分別是:太鋼不銹鋼股份有限公司、太原重工股份有限公司、太原公交控股(集團(tuán))有限公司、太原六味齋食品有限公司、太原市慧源人力資源市場(chǎng)有限公司、中車大同電力機(jī)車有限公司、山西匯豐興業(yè)焦煤集團(tuán)有限公司、山西邦?yuàn)W偉業(yè)半導(dǎo)體照明有限公司和山西美錦能源股份有限公司。此外,山西轉(zhuǎn)型綜改示范區(qū)和太原不銹鋼產(chǎn)業(yè)園區(qū)榮獲“全國(guó)模范勞動(dòng)關(guān)系和諧工業(yè)園區(qū)”稱號(hào)。'],
     [('太钢不锈钢股份有限公司', '国家级'), ('太原重工股份有限公司', '国家级'), ('太原公交控股(集团)有限公司', '国家级'), ('太原六味斋食品有限公司', '国家级'), ('太原市慧源人力资源市场有限公司', '国家级'), ('中车大同电力机车有限公司', '国家级'), ('山西汇丰兴业焦煤集团有限公司', '国家级'), ('山西邦?yuàn)W伟业半导体照明有限公司', '国家级'), ('山西美锦能源股份有限公司', '国家级')]),
    # entrep37 榆林 (https://m.yybnet.net/yulin/shenmu/201712/6792795.html, 榆林日报 2017): a counted set of farm stays an act
    # designated (17家休闲农业经营主体被认定为…), named by its count in groups by county (这17家休闲农家包括,…); the count
    # vouches for items with no enterprise ending (大观园, 庄苑, 农园), a county heading several names is none of theirs,
    # a county before a single name stays with it
    ("entrep37 榆林 这N家…包括 county groups", [
        "本报记者魏丽娟报道12月3日,市发展一村一品指导中心召开推荐评审暨休闲农业专题培训会,神木市盘龙湾近郊农业体验园、"
        "绥德县聚丰园农家乐等17家休闲农业经营主体被认定为榆林市最佳休闲农家。",
        "这17家休闲农家包括,榆阳区治宇休闲农家,神木市陕北民俗文化大观园、盘龙湾近郊农业体验园、温家川休闲农庄、文泰休闲庄苑、"
        "盛泉生态农园,府谷县青草地庄园,横山区圁水山庄,靖边县治录休闲农庄,定边县启顺野味山庄,绥德县聚丰园农家乐,米脂县金盆湾山庄,"
        "佳县赤牛坬休闲度假山庄,吴堡县龙翔生态农庄,清涧县美然山庄,子洲县西峰山庄、柏全山庄。"],
     [(n, "市级") for n in ("绥德县聚丰园农家乐", "榆阳区治宇休闲农家", "陕北民俗文化大观园", "盘龙湾近郊农业体验园", "温家川休闲农庄",
                          "文泰休闲庄苑", "盛泉生态农园", "府谷县青草地庄园", "横山区圁水山庄", "靖边县治录休闲农庄",
                          "定边县启顺野味山庄", "米脂县金盆湾山庄", "佳县赤牛坬休闲度假山庄", "吴堡县龙翔生态农庄", "清涧县美然山庄",
                          "西峰山庄", "柏全山庄")]),
    # entrep37 周口 (周口晚报 e-paper 2023-07-17): a step before the entry joined by 并, the entry into the list the headline
    # published at its level (全省), then the set named by its count with each company's product in brackets
    ("entrep37 周口 这N家企业及主营产品是", [
        "首批全省制造业单项冠军企业评审名单公布",
        "省工信厅于近日完成第一批河南省制造业单项冠军企业遴选、评审工作,我市6家企业顺利完成评审并入选公示名单。",
        "这6家企业及主营产品是:河南凯旺电子科技股份有限公司(安防领域视频监控精密连接器及线缆连接组件)、河南金丹乳酸科技股份有限公司"
        "(乳酸)、乐普药业股份有限公司(硫酸氢氯吡格雷片)、项城市纺织有限公司(棉纱)、莲花健康产业集团股份有限公司(味精)以及"
        "河南省四通锅炉有限公司(贯流式蒸汽锅炉)。"],
     [(n, "省级") for n in ("河南凯旺电子科技股份有限公司", "河南金丹乳酸科技股份有限公司", "乐普药业股份有限公司", "项城市纺织有限公司",
                          "莲花健康产业集团股份有限公司", "河南省四通锅炉有限公司")]),
    # entrep37 四川 (http://www.sinofarm.net/cnews/26894.html, 中国农业网): after the published list, a paragraph on the
    # province's share gives examples of its holders by kind (既有X、Y等…企业,也有…等…企业; 同时,Z…等…企业也…), short
    # names as printed; the sectors the share covers (粮油、种业…等多个特色产业) are none
    ("entrep37 四川 既有…等…企业,也有…等…企业", [
        "近日,农业农村部公布了新一批农业产业化国家重点龙头企业名单,全国共有2000余家企业入围,其中四川有111家企业上榜,"
        "上榜企业总数居全国第四,西部***。",
        "此次上榜的四川企业覆盖粮油、种业、水果、酒业、茶叶、畜牧、泡菜、调味料等多个特色产业。既有新希望集团、五粮液、泸州老窖、"
        "白家阿宽等全国知名龙头企业,也有天味食品、棒棒娃、味聚特、徽记食品、吉香居等特色鲜明的食品企业;仲衍种业、国豪种业代表我省"
        "种业力量成功入选,为保障国家种源安全提供重要支撑;同时,华侨凤凰、新绿色药业、回春堂、好医生攀西药业等生物医药企业也表现亮眼"],
     [(n, "国家级") for n in ("新希望集团", "五粮液", "泸州老窖", "白家阿宽", "天味食品", "棒棒娃", "味聚特", "徽记食品", "吉香居",
                           "仲衍种业", "国豪种业", "华侨凤凰", "新绿色药业", "回春堂", "好医生攀西药业")]),
    # fresh24 福建 numbered run (forum repost; https://www.swzx.com/forum.php?goto=lastpost&mod=redirect&tid=1956709): a heading naming the designation, then 1. 2. … 13. on one line; the parks' run under the next heading is none
    ('fresh24 福建 numbered run', ['(一)全国和谐劳动关系创建示范企业', '1.福耀玻璃工业集团股份有限公司 2.福建福光股份有限公司 3.福建奔驰汽车有限公司 4.厦门海谊楼宇经营管理有限公司 5.厦门保沣实业有限公司 6.漳州片仔癀药业股份有限公司 7.安踏(中国)有限公司 8.福建省鸿山热电有限责任公司 9.福建一建集团有限公司 10.福建华峰新材料有限公司 11.福建杜氏木业有限公司 12.福建海华医药连锁有限公司 13.福建亚南电机有限公司', '(二)全国和谐劳动关系创建示范工业园区 1.福州市软件园 2.中国(福建)自由贸易试验区厦门片区管理委员会海沧园区 福建福光股份有限公司在全国和谐劳动关系创建示范经验交流大会上作典型发言。'],
     [('福耀玻璃工业集团股份有限公司', '国家级'), ('福建福光股份有限公司', '国家级'), ('福建奔驰汽车有限公司', '国家级'), ('厦门海谊楼宇经营管理有限公司', '国家级'), ('厦门保沣实业有限公司', '国家级'), ('漳州片仔癀药业股份有限公司', '国家级'), ('安踏(中国)有限公司', '国家级'), ('福建省鸿山热电有限责任公司', '国家级'), ('福建一建集团有限公司', '国家级'), ('福建华峰新材料有限公司', '国家级'), ('福建杜氏木业有限公司', '国家级'), ('福建海华医药连锁有限公司', '国家级'), ('福建亚南电机有限公司', '国家级')]),
    # fresh24 海盐 attachment run (https://www.haiyan.gov.cn/art/2023/8/29/art_1229681386_2487748.html): 符合…认定要求 and the attachment's numbered run after its title, a market among them; one county's names keep the county
    ('fresh24 海盐 attachment run', ['各镇人民政府(街道办事处),县级有关单位: 根据《海盐县县级农业龙头企业认定和运行监测管理办法》(盐农〔2020〕111号)文件精神,海盐县农业农村局、海盐县财政局、海盐县供销合作总社联合对2021年发文(《关于公布2020年县级农业龙头企业监测结果和新增县级农业龙头企业名单的通知》盐农〔2021〕14号)认定的县级农业龙头企业和2022年认定的市级农业龙头企业进行了全面监测,同时开展了2023年县级农业龙头企业的认定工作。 经监测审查,浙江青莲食品股份有限公司、浙江万好食品有限公司、浙江一星实业股份有限公司等25家企业符合县级农业龙头企业认定要求,保留县级农业龙头企业称号。其余4家企业,因主动放弃监测或无法达到县级农业龙头企业认定标准,取消县级农业龙头企业资格。 经现场踏勘、材料评审、征求相关部门意见和公示,确认嘉兴福居农业开发有限公司等4家企业为新认定县级农业龙头企业。 附件:1.海盐县2023年监测合格县级农业龙头企业名单(共25家) 2.海盐县2023年新认定县级农业龙头企业名单(共4家) 海盐县农业农村局 海盐县财政局 海盐县供销合作总社 2023年8月23日 附件1: 海盐县2023年监测合格县级农业龙头企业名单 (共25家) 1.浙江青莲食品股份有限公司 2.浙江万好食品有限公司 3.浙江一星实业股份有限公司 4.嘉兴市芦荟源生物科技有限公司 5.海盐县粮食收储有限责任公司 6.浙江通元饲料股份有限公司 7.海盐县金利达饲料有限公司 8.嘉禾大地园艺有限公司 9.海盐沈荡酿造有限公司 10.海盐县天康肉类食品有限公司 11.浙江壹草堂生物科技有限公司 12.海盐县农副产品综合市场'],
     [('浙江青莲食品股份有限公司', '县级'), ('浙江万好食品有限公司', '县级'), ('浙江一星实业股份有限公司', '县级'), ('嘉兴福居农业开发有限公司', '县级'), ('嘉兴市芦荟源生物科技有限公司', '县级'), ('海盐县粮食收储有限责任公司', '县级'), ('浙江通元饲料股份有限公司', '县级'), ('海盐县金利达饲料有限公司', '县级'), ('嘉禾大地园艺有限公司', '县级'), ('海盐沈荡酿造有限公司', '县级'), ('海盐县天康肉类食品有限公司', '县级'), ('浙江壹草堂生物科技有限公司', '县级'), ('海盐县农副产品综合市场', '县级')]),
    # fresh24 上海 district column (http://www.mohrss.gov.cn/ldgxs/LDGXsanfangjizhi/LDGXhexielaodonghuodong/201906/t20190628_321832.html): each group opens with its district, no part of the name; a municipality's bureau names its lists 市级; "(集团)公司" is no name
    ('fresh24 上海 district column', ['为推动企业建立和谐稳定的劳动关系,维护企业和职工双方的合法权益,上海市深入开展和谐劳动关系创建活动。近日,上海市人社局、市总工会、市企业联合会/企业家协会、市工商业联合会联合下发了《关于授予“上海市和谐劳动关系达标企业”称号的决定》,决定授予宝山钢铁股份有限公司等75家中央在沪企业、上海锦江汽车服务有限公司等326家市企业(集团)公司下属企业、浦东新区上海吉祥航空股份有限公司等316家企业、黄浦区上海华商房产发展公司等210家企业、静安区上海克而瑞信息技术有限公司等202家企业、徐汇区上海美罗城商业管理有限公司等188家企业、长宁区上海永达市政建设养护工程有限公司等124家企业、普陀区中机国能电力工程有限公司等149家企业、虹口区上海家化联合股份有限公司等105家企业、杨浦区上海复旦复联软件园企业管理有限公司等151家企业、宝山区福然德股份有限公司等249家企业、闵行区上海璐柯宏电子有限公司等298家企业、嘉定区上海国际汽车城(集团)有限公司等249家企业、金山区上海长征富民金山制药有限公司等148家企业、松江区上海辰竹仪表有限公司等231家企业、青浦区上海元祖梦世界置业有限公司等256家企业、奉贤区上海和黄药业有限公司等135家企业、崇明区上海东平森林公园有限公司等69家企业“上海市和谐劳动关系达标企业”称号。'],
     [('宝山钢铁股份有限公司', '市级'), ('上海锦江汽车服务有限公司', '市级'), ('上海吉祥航空股份有限公司', '市级'), ('上海华商房产发展公司', '市级'), ('上海克而瑞信息技术有限公司', '市级'), ('上海美罗城商业管理有限公司', '市级'), ('上海永达市政建设养护工程有限公司', '市级'), ('中机国能电力工程有限公司', '市级'), ('上海家化联合股份有限公司', '市级'), ('上海复旦复联软件园企业管理有限公司', '市级'), ('福然德股份有限公司', '市级'), ('上海璐柯宏电子有限公司', '市级'), ('上海国际汽车城(集团)有限公司', '市级'), ('上海长征富民金山制药有限公司', '市级'), ('上海辰竹仪表有限公司', '市级'), ('上海元祖梦世界置业有限公司', '市级'), ('上海和黄药业有限公司', '市级'), ('上海东平森林公园有限公司', '市级')]),
    # fresh24 灌云 county before a name opening with its province (https://lygzgh.org/gb2312/guanyunxianzonggonghui/3466.html)
    ('fresh24 灌云 county before a name opening with its province', ['灌云县14个单位获评“连云港市模范劳动关系和谐企业”', '日前,2018年度“连云港市模范劳动关系和谐企业”评选揭晓,灌云县江苏灌云农村商业银行股份有限公司、中国电信股份有限公司灌云分公司、灌云县自来水公司等14个单位榜上有名。'],
     [('江苏灌云农村商业银行股份有限公司', '市级'), ('中国电信股份有限公司灌云分公司', '市级'), ('灌云县自来水公司', '市级')]),
    # fresh25 济宁 (converter; http://bodyessentialmassage.net/tzzt/rdzt/qgxc/202307/t20230731_1728435.html): short names,
    # no registered ending, vouched for by the count that gathers them before the act ("我市X、Y2家企业成功上榜")
    ("fresh25 济宁 short names counted", ["近日,工信部發(fā)布了第五批國家級專精特新“小巨人”企業(yè)名單,我市威達重工、大漢智能科技2家"
                                         "企業(yè)成功上榜。截至目前,全市國家級專精特新“小巨人”企業(yè)發(fā)展到9家。"],
     [("威达重工", "国家级"), ("大汉智能科技", "国家级")]),
    # fresh30 潍坊滨海区 l.4 (https://m.selectshandong.com/website/article/index/id/22713/cid/910.html): two short names
    # of a larger count after 等 ("X、Y等34家企业获评…": the others unnamed, these two holders), the district before the
    # first no part of its name (this replaces stop 19's constructed negative "X、Y等3家企业成功上榜", fresh30's README)
    ("fresh30 潍坊 short names of a larger count", ["近日,山东省工业和信息化厅《关于公布2023年度专精特新中小企业的通知》(鲁工信创〔2023〕78号),"
                                                 "滨海区高信化学、门捷新材料等34家企业获评2023年度山东省“专精特新”中小企业,加易加生物、"
                                                 "倍力零部件2家企业顺利通过山东省“专精特新”中小企业复核。"],
     [("高信化学", "省级"), ("门捷新材料", "省级"), ("加易加生物", "省级"), ("倍力零部件", "省级")]),
    # fresh34 石嘴山 l.7 and l.9 (http://www.nxnews.net/ds/szsdt/202008/t20200806_6809987.html): short names counted
    # before 荣列其中 (the city before the first no part of its name) and before 成功创建(为)…级 (the level the act names;
    # the parks of the clause before are no holders); one holder on two lists, one at each level
    ("fresh34 石嘴山 荣列其中 and 成功创建…级", [
        "近日,根据自治区工信厅印发《关于认定2020年自治区智能工厂、绿色工厂和数字化车间等企业(项目)的通知》,石嘴山市大窑饮品、"
        "吉元君泰、天地奔牛等5家企业荣列其中,占全区获评10家企业的50%。",
        "目前,石嘴山市创建国家级、自治区级绿色工厂20家,占全区创建数量52家的38.5%。其中,石嘴山经济技术开发区、平罗工业园区被评为"
        "国家级绿色园区,石嘴山高新技术产业开发区被评为自治区级绿色园区;天地奔牛、大地循环、中盛电缆等4家企业成功创建国家级绿色工厂,"
        "晟晏循环、科通新材料、贝利特生物等16家企业成功创建为自治区级绿色工厂。"],
     [("天地奔牛", "国家级"), ("大地循环", "国家级"), ("中盛电缆", "国家级"), ("晟晏循环", "自治区级"), ("科通新材料", "自治区级"),
      ("贝利特生物", "自治区级"), ("大窑饮品", "省级"), ("吉元君泰", "省级"), ("天地奔牛", "省级")]),
    # the same page through a zh-TW converter (s2twp: 创建 → 建立), read the same
    ("fresh34 石嘴山 s2twp 成功建立…级", ["其中,石嘴山經濟技術開發區被評為國家級綠色園區;天地奔牛、大地迴圈、中盛電纜等4家企業成功建立國家級"
                                      "綠色工廠,晟晏迴圈、科通新材料、貝利特生物等16家企業成功建立為自治區級綠色工廠。"],
     [("天地奔牛", "国家级"), ("大地回圈", "国家级"), ("中盛电缆", "国家级"), ("晟晏回圈", "自治区级"), ("科通新材料", "自治区级"),
      ("贝利特生物", "自治区级")]),
    # fresh30 黄山 l.5 (https://m.yybnet.net/huangshan/xixian/201909/9663586.html): the published list's holders from one
    # place in groups, those re-examined and those added, each named by one holder and counted
    ("fresh30 黄山 复审 and 新增 groups", ["9月17日,省林业局公布第七批安徽省林业产业化龙头企业名单,黄山市58家企业上榜。其中,复审黄山"
                                       "徽州竹艺轩雕刻有限公司等49家,新增歙县山野山核桃专业合作社等9家。"],
     [("黄山徽州竹艺轩雕刻有限公司", "省级"), ("歙县山野山核桃专业合作社", "省级")]),
    # fresh30 辽宁 l.10 (http://farm.00-net.com/jx/1/2015-2-10/234735.html): a co-op's 省级重点社 is a designation
    ("fresh30 辽宁 重点社", ["最终拟确定凌海市阎家镇苏国强农作物种植家庭农场等200个家庭农场为省级示范家庭农场,其中辽中县茨榆坨镇洪义家庭农场等"
                          "20个为省级重点示范家庭农场;沈阳会怀粮食种植专业合作社等193家农民合作社为省级示范社,其中抚顺群益养鸡专业合作社"
                          "等22家农民合作社为省级重点社。"],
     [("凌海市阎家镇苏国强农作物种植家庭农场", "省级"), ("辽中县茨榆坨镇洪义家庭农场", "省级"), ("沈阳会怀粮食种植专业合作社", "省级"),
      ("抚顺群益养鸡专业合作社", "省级")]),
    # fresh30 湖北 l.3–4 (http://cm86.cn/jujiao/1608/1206.html, a spun copy of 湖北日报): the counted set an entry took, named
    # after the colon in groups each closed by its count and kind; the counties are places, the 茶场 and the 专业协作社
    # (spun for 合作社) enterprises, at the level of the page's national list
    ("fresh30 湖北 当选的N家单位为 groups", ["湖北日报讯 (记者夏永辉、通讯员夏律学、喻尧)全国首批“服务精准扶贫国家林下经济及绿色产业示范基地”"
                                         "认定名单日前发布,我省10家单位当选。",
                                         "当选的10家单位为:保康、罗田、英山3县;湖北神农本草中药饮片有限公司、湖北京穗农林科技发展有限公司、"
                                         "阳新三元实业有限公司、红安县老君眉茶场4家企业;五峰红花玉兰栽种专业协作社、五峰高峰林业专业协作社、"
                                         "湖北伟丰中药材栽种专业协作社3个专业协作社。"],
     [(n, "国家级") for n in ["湖北神农本草中药饮片有限公司", "湖北京穗农林科技发展有限公司", "阳新三元实业有限公司",
                              "红安县老君眉茶场", "五峰红花玉兰栽种专业协作社", "五峰高峰林业专业协作社", "湖北伟丰中药材栽种专业协作社"]]),
    # fresh30 辽宁 l.2–4 (http://lsfz.org.cn/show-742.html): a list's rows one a line, a farm of 本溪县 among them (本 opens a
    # pronoun, never the place)
    ("fresh30 辽宁 本溪 row", ["第二批全国家庭农场典型案例名单(辽宁省部分)", "铁岭县蔡牛永涛家庭农场", "本溪县凤驰玉米种植家庭农场"],
     [("铁岭县蔡牛永涛家庭农场", "国家级"), ("本溪县凤驰玉米种植家庭农场", "国家级")]),
    # fresh25 青海 l.5–6 (青政〔2010〕2号, a law site's copy): a tax band's qualifier ending in 的 is no part of the name; a
    # branch (分公司) is the rated body
    ("fresh25 青海 tax bands", ["一、授予上缴税收3亿元以上的中国石油天然气股份有限公司青海油田分公司等9户企业2009年度“青海省财政支柱企业”"
                               "荣誉称号,并予以表彰。对各企业分别奖励人民币10万元。",
                               "二、授予上缴税收1亿元以上、3亿元以下的中国铝业股份有限公司青海分公司等9户企业2009年度“青海省上缴税收大户”"
                               "荣誉称号,并予以表彰。"],
     [("中国石油天然气股份有限公司青海油田分公司", "省级"), ("中国铝业股份有限公司青海分公司", "省级")]),
    # fresh25 全国 l.6 (供销经字〔2011〕45号, https://zfzx.com/e/action/ShowInfo.php?classid=31&id=273): a national federation
    # (中华全国供销合作社总社, then 总社 for short) acts at the state's level; its list's title names no level
    ("fresh25 全国 供销总社 确定", ["根据《关于开展供销合作社农业产业化重点龙头企业认定工作的通知》(供销厅经字〔2011〕36号),经组织专门人员"
                                "评审,报中华全国供销合作社总社(以下简称总社)五届理事会第44次主任办公会议讨论通过,总社确定北京百花蜂业科技"
                                "发展股份公司等358家企业为供销合作社农业产业化重点龙头企业(以下简称龙头企业,名单附后),现予以公布。"],
     [("北京百花蜂业科技发展股份公司", "国家级")]),
    # fresh25 平原 (converter, 德州新闻网): a company's registered name keeps the county it opens with, the others have none
    # entrep46 天水 (http://www.nibeiya.com/news/tianshui/2017090820001877434.htm, converter): a list titled with a
    # designation and no level, closing on a colon, its names one a line; the organ that published it (市质监局) ranks it;
    # a hospital on it is no holder
    ("entrep46 天水 “D”名单: under the organ's act", [
        "9月8日,在天水市2017年“质量月”暨创建全国质量强市示范城市新闻发布会上,市质监局对评选出的10家“诚信计量示范单位”进行了公布。",
        "“诚信计量示范单位”名单:", "天水市第一人民医院", "天水百货大楼有限公司", "天水市天天乐菜篮子有限公司伯阳路分店",
        "武山县医药公司"],
     [("天水百货大楼有限公司", "市级"), ("天水市天天乐菜篮子有限公司伯阳路分店", "市级"), ("武山县医药公司", "市级")]),
    # entrep46 重庆日报 (https://epaper.cqrb.cn/cqrb/2024-02/01/004/content_rb_328075.htm): an award's headings over its
    # holders, numbered one a line (the prize and its nomination prize, each the city's)
    ("entrep46 重庆 …奖获奖单位 headings", [
        "获奖名单>>>", "第八届重庆市市长质量管理奖获奖单位", "1.重庆青山工业有限责任公司", "3.国网重庆市电力公司",
        "第八届重庆市市长质量管理奖提名奖获奖单位", "1.重庆京东方智慧电子系统有限公司", "5.重庆尚上服饰有限公司"],
     [("重庆青山工业有限责任公司", "市级"), ("国网重庆市电力公司", "市级"), ("重庆京东方智慧电子系统有限公司", "市级"),
      ("重庆尚上服饰有限公司", "市级")]),
    # entrep46 重庆 (https://jjxxw.cq.gov.cn/zwgk_213/zcwj/qtwj/202311/t20231129_12626868.html): a page that strips 等 and 家
    # prints each group's count glued to its first name; 评价为 gives the grade; the 不合格 group is withdrawn (撤销)
    ("entrep46 重庆 X6企业评价为优秀", [
        "重庆药友制药有限责任公司6企业评价为优秀;重庆华邦制药有限公司16企业评价为良好;重汽(重庆)轻型汽车有限公司40企业评价为合格;"
        "另有13企业因复核评价未通过或未按要求报送评价材料,评价为不合格,撤销其重庆市技术创新示范企业称号。"],
     [("重庆药友制药有限责任公司", "优秀"), ("重庆华邦制药有限公司", "良好"), ("重汽(重庆)轻型汽车有限公司", "合格")]),
    # the same act printed whole (constructed beside it)
    ("X等6家企业评价为优秀 (constructed)", ["经复核,某某制药有限公司等6家企业评价为优秀。"], [("某某制药有限公司", "优秀")]),
    # entrep46 哈尔滨 (http://zhaosheng.gasnice.net/haerbin/c104696/202410/c01_1019644.shtml): the share of a published
    # (proposed) list the page's place holds, named after 包括 and counted
    ("entrep46 哈尔滨 拟认定的…企业中,共有包括X、Y等N户企业", [
        "近日,省工信厅公示2024年度黑龙江省专精特新中小企业(第一批)拟认定名单,全省共有132户企业入选,其中,哈尔滨宏益实业集团股份"
        "有限公司等56户哈市企业入选名单。",
        "记者在名单中看到,拟认定的哈市企业中,共有包括哈尔滨宏益实业集团股份有限公司、哈尔滨宇航新型建筑材料有限公司、天晴干细胞股份"
        "有限公司等56户企业,涵盖航"],
     [("哈尔滨宏益实业集团股份有限公司", "省级"), ("哈尔滨宇航新型建筑材料有限公司", "省级"), ("天晴干细胞股份有限公司", "省级")]),
    # entrep46 江苏 (http://tibet.cn/cn/Instant/local/202312/t20231222_7544091.html): an earlier batch's holders told beside
    # the page's list, at its level
    ("entrep46 江苏 此前首批入选的X、Y、Z", [
        "12月21日,工信部2023年新一代信息技术与制造业融合发展示范项目名单结束公示。在“数字领航”企业方向,我省5家企业入选,分别为"
        "徐工集团工程机械股份有限公司、江苏沙钢集团有限公司。加上此前首批入选的南京钢铁股份有限公司、波司登羽绒服装有限公司、江苏中天"
        "科技股份有限公司,我省国家“数字领航”企业累计达8家,数量全国居首。"],
     [("徐工集团工程机械股份有限公司", "国家级"), ("江苏沙钢集团有限公司", "国家级"), ("南京钢铁股份有限公司", "国家级"),
      ("波司登羽绒服装有限公司", "国家级"), ("江苏中天科技股份有限公司", "国家级")]),
    # entrep46 贵州 (https://news.shi-fen.com/china/201812/50-127494.html): an entry whose list is named by no level, the
    # province's organ (a bare 省 after 受) commissioning it; the rating firm that ran it is no holder
    ("entrep46 贵州 受省…厅委托…X、Y等100家企业上榜", [
        "受省工业和信息化厅委托,由第三方机构中鼎资信评级服务有限公司开展的“贵州省最具成长潜力民营企业百强”公益性评选活动昨日结束,"
        "贵阳南明老干妈风味食品有限责任公司、贵州益佰制药股份有限公司等100家企业上榜,其中参与脱贫攻坚的企业占比达85%。"],
     [("贵阳南明老干妈风味食品有限责任公司", "省级"), ("贵州益佰制药股份有限公司", "省级")]),
    ("fresh25 平原 county on the first name", ["日前,省工信廳公布了2021年度山東省“專精特新”中小企業(yè)名單。平原縣江山纖維科技有限公司、"
                                              "中特新能源有限公司、匯洋生物科技有限公司3家企業(yè)成功入選。"],
     [("平原县江山纤维科技有限公司", "省级"), ("中特新能源有限公司", "省级"), ("汇洋生物科技有限公司", "省级")]),
    # fresh32 兰州 (gansu_lanzhou-2023-zhuanjingtexin-xin-rending, 兰州新闻网): short names counted with a public
    # institute (省机械研究院, no enterprise), entering the province's list the sentence names before them, not the city's
    # the page speaks for (我市)
    ("fresh32 兰州 我市X、Y、省机械研究院等N家企业通过认定", [
        "我市新培育“专精特新”中小企业76家",
        "4月21日,2023年度拟认定甘肃省“专精特新”中小企业和复核通过企业名单公示结束,全省新认定“专精特新”中小企业208家,其中,"
        "我市中农威特、大方电子、省机械研究院等76家企业通过认定,占全省认定数的36.5%,创单年度认定企业数量最多。"],
     [("中农威特", "省级"), ("大方电子", "省级")]),
    # entrep37 四川 (sichuan-guojia-zhongdian-longtou-111-short-names-news): a share paragraph's group that entered on
    # behalf of its trade (X、Y代表…成功入选)
    ("entrep37 四川 X、Y代表…成功入选", [
        "农业农村部公布第八次监测合格农业产业化国家重点龙头企业名单,四川111家企业上榜。",
        "此次上榜的四川企业覆盖粮油、种业、水果等多个特色产业。既有新希望集团、五粮液等全国知名龙头企业,也有天味食品、棒棒娃等特色"
        "鲜明的食品企业;仲衍种业、国豪种业代表我省种业力量成功入选,为保障国家种源安全提供重要支撑。"],
     [("新希望集团", "国家级"), ("五粮液", "国家级"), ("天味食品", "国家级"), ("棒棒娃", "国家级"), ("仲衍种业", "国家级"),
      ("国豪种业", "国家级")]),
    # entrep37 quanguo-zhonghua-laozihao-shoupi-434-gongshi-zihao-trad (新浪 世华财讯 2006): trade names counted as 字号,
    # 2 or 3 characters, before the organ's passive act
    ("entrep37 434家字号 被商务部初步确定为", [
        "[世華財訊]龍抄手、賴湯圓、東來順、榮寶齋等434家字號,被商務部初步確定為“中華老字號”"],
     [("龙抄手", "国家级"), ("赖汤圆", "国家级"), ("东来顺", "国家级"), ("荣宝斋", "国家级")]),
]


NEGATIVES = [
    # entrep46 天水's list title with no organ named anywhere: whose list, at what level, the page has not said
    ("levelless title, no organ", ["“诚信计量示范单位”名单:", "天水百货大楼有限公司", "武山县医药公司"]),
    # entrep46 重庆 (converter copy, http://m.eekb.com.cn/ZcjqDetail.aspx?id=314): an attachment's file names are no list
    # titles
    ("entrep46 重庆 attachment file names", ["附件:.“隐形冠军”企业名单.docx", "“小巨人”企业名单.docx"]),
    # entrep46 证券时报网 (http://chaguwang.cn/neimu/002952/202311259759.html): "公司控股子公司" is the speaker's own
    # subsidiary, no name; the short names are no registered ones
    ("entrep46 公司控股子公司 no name", ["近日,辽宁省科学技术厅发布《2023年辽宁省拟备案瞪羚企业公示名单》和《2023年辽宁省拟备案雏鹰企业"
                                      "公示名单》,11月24日,公示期结束。亚世光电确定入选辽宁省瞪羚企业,公司控股子公司奇新光电入选辽宁省雏鹰企业。"]),
    # an earlier batch told with a kind beside its names is no list of names (constructed)
    ("earlier entrants with a kind (constructed)", ["工信部公布了第二批数字领航企业名单。",
                                                   "加上此前首批入选的南京钢铁股份有限公司和一批中小企业,我省累计达8家。"]),
    # an award's heading naming a person's prize holds no enterprise list below a sentence (如皋,
    # https://www.chacewang.com/newsdetail/news239136.html: the person 杨敏 is no holder)
    ("an award to a person", ["2022年度如皋市市长质量奖(个人类)获奖人员", "杨敏"]),
    # (the same counted short names as persons, 3 characters, counted as 企业 are no holders)
    ("entrep37 434 counted as firms, 3-character items", [
        "张志强、李建国、王建军等3家企业,被商务部确定为“中华老字号”"]),
    # (a group representing its trade with no list entered holds nothing)
    ("X、Y代表…发言", ["仲衍种业、国豪种业代表我省种业企业发言。"]),
    # the same share of a list withdrawn holds nothing (取消 in the sentence)
    ("entrep37 樟树 share withdrawn", ["近日商务部等5部门发布关于公布中华老字号复核结果的通知,其中我市2个品牌被取消认定分别是"
                                     "四特酒有限责任公司的“四特”、仁和(集团)发展有限公司的“药都”"]),
    # the same wording with no designation entered (a training's participants) holds nothing
    ("entrants of no designation", ["经评审,入选此次培训的企业包括苏州辑里丝绸有限公司、苏州仁昌食品有限公司等。"]),
    # entrep37 荆门's examples with no list published before them: examples of what, the page has not said
    ("entrep37 荆门 如X等 without its list", [
        "本次荆门上榜企业中,既有来自石化、矿业、中药材、食用菌等传统行业的龙头企业,如荆门炼化机械有限公司、湖北千宝食用菌有限公司等。"]),
    # entrep37 遂宁's 公示 sentence with no list published before it: whose candidates, at what class, it does not say
    ("entrep37 遂宁 公示 without its list", ["省农业农村厅组织财政厅、经信厅等12家省直有关部门开展了联审,现将四川雪宝乳业集团有限公司等"
                                          "25家企业进行公示。"]),
    # fresh19 广东 l.5–6 and 附件 titles: a rename and a withdrawal hold nothing, nor do the lists of them
    ("fresh19 广东", ["二、同意合誠技術股份有限公司等70家省級企業(yè)技術中心的更名申請(附件2)。",
                     "三、撤銷金剛幕墻集團有限公司等309家的省級企業(yè)技術中心資格(附件3)。",
                     "3.撤銷省級企業(yè)技術中心資格的企業(yè)名單", "金剛幕墻集團有限公司"]),
    # 国家发展改革委: a warning to those rated 基本合格 is no rating (http://www.cfgw.net.cn/2022-02/15/content_25001150.html)
    ("cfgw.net.cn", ["根据《国家企业技术中心认定管理办法》,对评为基本合格的江苏白雪电器股份有限公司等85家国家企业技术中心提出警告,"
                     "请你们督促上述企业抓紧进行整改。"]),
    # a recommendation to apply (推荐…申报) holds nothing (http://cshtsb.com/zhijian/local/181179.html, traditional); nor a
    # count recommended with no name (http://www.suiw.cn/portal.php?aid=101858&mod=view)
    ("suiw.cn 曾都", ["并向国家工商总局推荐全国“守合同重信用”企业17家。"]),
    # nor groups 分别为 designations of other kinds (constructed from 宜君's layout: the kinds do not pair)
    ("宜君 layout, kinds unpaired", ["拟推荐宜君县张大龙家庭农场等5家家庭农场、宜君县多民富农机农民专业合作社等15家农民专业合作社"
                                    "分别为2022年度宜君县龙头企业及宜君县科技型企业。"]),
    ("cshtsb.com 长兴", ["最後,結合相關部門和鄉鎮(街道、園區)的意見,確定推薦浙江金三發非織造布有限公司、浙江永達電力實業股份有限公司"
                        "等三家企業申報市政府質量獎。"]),
    # fresh16 成都 l.10: a product entering a list is no holder (its company is named with 的)
    ("fresh16 成都", ["国家第七批制造业单项冠军企业(产品)名单公布。", "成都利君实业股份有限公司的高压辊磨机入选单项冠军产品。"]),
    # fresh18 永康 l.3: each takes its own class (分别为“航母”、“巨人”), no level of the organ
    ("fresh18 永康", ["经审定,决定命名铁牛集团有限公司、天河集团有限公司等5家企业分别为“航母”、“巨人”企业,并给予技改资金奖励:"]),
    # a quoted heading whose word no 分别为 declared as a class is no class (constructed from 永康's layout)
    ("永康 layout, undeclared", ["一、“专精特新”企业2家 铁牛集团有限公司,天河集团有限公司。"]),
    # fresh12 长沙 l.9: a graded scheme entered without its grade gives no class
    ("fresh12 长沙", ["近日,省农业农村厅办公室公布湖南省第七批休闲农业与乡村旅游星级创建认定结果,长沙县田茂现代农庄等377家休闲农业"
                     "经营主体脱颖而出,入围“湖南省第七批休闲农业与乡村旅游星级企业(园区)”。"]),
    # fresh10 宁波 l.1: a letter class is the grade readers' to give; "X集团下属Y公司" names no X alone
    ("fresh10 宁波", ["8月15日,中国物流与采购联合会公布全国第二十六批A级物流企业名单。",
                     "此外,温州港集团下属温州港服公司通过了2018年上半年3A级物流企业复核。"]),
    # fresh14 广州 幼儿园条例 l.119: a regulation's clause (…合理确定) names no holder
    ("fresh14 广州", ["民办幼儿园教职人员的工资待遇参照当地幼儿园教职人员行业工资收入水平合理确定。"]),
    # sample corpus (张店): an active act with no holders after it names none before it ("立足张店" is no shop)
    ("sample 张店", ["立足张店区地区实际和产业结构,锚定“2+4”主导产业布局,成立总部经济发展统筹协调机构,合理确定各成员单位职责分工,"
                    "明确总部经济招引的重点产业、重点区域、重点企业。"]),
    # sample corpus: a plan's target ("到2019年底…所有义务段学校") is no holder
    ("sample 教育", ["到2019年底基本实现区域内所有义务段学校达到《县域义务教育优质均衡发展督导评估办法》规定的评估标准,经市级评估认定。"]),
    # money is no designation; a reporter's 获悉 is no act
    ("jiuquan.cc 荆门", ["5月3日,记者从市质监局获悉,第六届“市长质量奖”获奖企业已经公布,荆门市格林美新材料有限公司、葛洲坝荆门水泥有限公司"
                        "各获得30万元的奖励。"]),
    # fresh14 福州: a designation's own words are no name
    ("fresh14 福州", ["2018年国家第三批绿色制造名单公布。", "据悉,绿色工厂是国家针对符合“绿色发展”倡导的企业给出的认定。"]),
    # entrep21 湖北 (converter; http://wlszq.com/7047): a list of withdrawn star titles holds nothing
    ("entrep21 湖北 取消星级", ["湖北省旅游局13日宣布取消全省4家五星級(jí)農(nóng)家樂(lè)、21家四星級(jí)農(nóng)家樂(lè)稱號(hào)。",
                              "2015年湖北省被取消星級(jí)稱號(hào)的農(nóng)家樂(lè)", "四星級(jí)21家(2015年湖北省被取消星級(jí)稱號(hào))",
                              "武漢市東西湖區(qū)紅府苑、武漢市黃陂區(qū)張家院子飯莊、宜昌市長(zhǎng)陽(yáng)縣清江度假山莊"]),
    # a counted set with no level of its own names no class ("这5家企业分别是…": constructed from 玉溪's sentence)
    ("玉溪 layout, no level", ["这5家企业分别是新平东绿食品有限公司、通海金茂农产品有限公司。"]),
    # 分别入围 lists named with no level give no class (济宁, http://www.nawekenya.com/show-14-61755-1.html, traditional)
    ("nawekenya.com 济宁 分别入围", ["經過濟寧市經信委積極申報,最終山東泰豐液壓股份有限公司和山推工程機械股份有限公司脫穎而出,分別入圍示范企業"
                                   "名單和培育企業名單,這對提升濟寧市制造業核心競爭力具有重要意義。"]),
    # a list published with no names before it, its withdrawals and renames (山东, http://cgdy.org.cn/show-284838.html)
    ("cgdy.org.cn 山东 监测", ["经企业自测、县市监测、省级抽查、省级农业产业化联席会议审定、公开公示等程序,共有81家龙头企业监测不合格,"
                             "取消其省级重点龙头企业称号;916家龙头企业监测合格,其中,18家龙头企业符合更名条件,准予更名。"
                             "现将监测合格的省级重点龙头企业名单予以公布。"]),
    # a monitoring page naming no company (masked, https://wap.qianlima.com/zb/detail/20241202_467789969.html): 不符合 is no act
    ("qianlima.com 不符合", ["****农场****公司种植基地大部分改建光伏,不符合县级农业龙头企业监测条件,**县金****公司种植基地未正常运营,"
                             "不符合县级农业龙头企业监测条件。"]),
    # fresh24 福建 l.4 alone: a numbered run of parks under its heading is no list of enterprises
    ("fresh24 福建 parks run", ["(二)全国和谐劳动关系创建示范工业园区 1.福州市软件园 2.中国(福建)自由贸易试验区厦门片区管理委员会海沧园区 "
                               "福建福光股份有限公司在全国和谐劳动关系创建示范经验交流大会上作典型发言。"]),
    # a run numbered under a withdrawal's title holds nothing (constructed from 海盐's layout)
    ("海盐 layout, withdrawn run", ["附件2: 取消县级农业龙头企业资格名单 1.浙江青莲食品股份有限公司 2.浙江万好食品有限公司"]),
    # short items a count gathers that are no enterprises: persons (2–3 characters), towns, organs (constructed from
    # fresh25 济宁's wording), and a count that is not the items' ("X、Y等3家企业": the others are unnamed)
    ("济宁 wording, persons", ["今年我市共有张三、李四2家企业获评省级示范企业。"]),
    ("济宁 wording, towns", ["城关镇、南关镇2家单位获评省级示范单位。"]),
    ("济宁 wording, organs", ["市发改委、市工信局2家单位荣获省级先进单位。"]),
    # a published list, then groups renamed and withdrawn (福建, http://m.greekporn.net/news/cjzh/062022_45730.html, a
    # copy of the province's news): no 复审 / 新增 group, nobody held
    ("福建 renamed and withdrawn after a published list", ["日前,福建省工业和信息化厅发布通知,14家企业入选第四批福建省工业现有龙头企业名单。",
                                                         "同时根据有关申请,将前三批发布的漳州喜盈门家具制品有限公司等3家企业名称进行调整、"
                                                         "福建绿宝食品集团有限公司等5家企业退出龙头企业名单。"]),
    ("黄山 wording, a group withdrawn (constructed)", ["省林业局公布第七批安徽省林业产业化龙头企业名单。其中,复审不合格的黄山某某雕刻有限公司等3家取消资格。"]),
    # (constructed from 湖北's wording) the set named by places only
    ("湖北 wording, places only", ["全国首批林下经济示范基地认定名单日前发布,我省3家单位当选。", "当选的3家单位为:保康、罗田、英山3县。"]),
    # (constructed from 榆林's wording) a count the items do not make vouches for none of them; places are no members
    ("榆林 wording, count not met", ["3家休闲农业经营主体被认定为榆林市最佳休闲农家。",
                                   "这3家休闲农家包括,神木市陕北民俗文化大观园、盘龙湾近郊农业体验园。"]),
    ("榆林 wording, places", ["2家休闲农业经营主体被认定为榆林市最佳休闲农家。", "这2家休闲农家包括,神木市、府谷县。"]),
    # (constructed from 周口's wording) a recommended set enters no list: its count names nobody later
    ("周口 wording, recommended", ["首批全省制造业单项冠军企业评审名单公布", "我市6家企业经县区推荐并入选。",
                                 "这6家企业是:河南凯旺电子科技股份有限公司、乐普药业股份有限公司。"]),
    # (constructed from 四川's wording) examples outside a share paragraph, or of places and persons, are no holders
    ("四川 wording, no share paragraph", ["近日,农业农村部公布了新一批农业产业化国家重点龙头企业名单。",
                                      "全省既有新希望集团、五粮液等全国知名龙头企业,也有天味食品、棒棒娃等食品企业。"]),
    ("四川 wording, places and persons", ["近日,农业农村部公布了新一批农业产业化国家重点龙头企业名单。",
                                      "此次上榜的四川企业分布广泛,既有成都市、绵阳市等地的企业,也有张三、李四等企业家创办的企业。"]),
    ("济宁 wording, towns 等N", ["城关镇、南关镇等5家单位获评省级示范单位。"]),
    ("济宁 wording, organs 等N", ["市发改委、市工信局等5家单位荣获省级先进单位。"]),
    ("济宁 wording, one item 等N", ["其中威达重工等3家企业成功上榜。"]),
    # (constructed from 石嘴山's wording) a creation under way or planned is no designation (no 成功, or no level named);
    # places counted before 荣列其中 are no holders
    ("石嘴山 wording, creation under way", ["大窑饮品、吉元君泰等5家企业正在创建国家级绿色工厂。"]),
    ("石嘴山 wording, 成功创建 with no level", ["大窑饮品、吉元君泰等5家企业成功创建绿色工厂示范项目。"]),
    ("石嘴山 wording, places 荣列其中", ["城关镇、南关镇等5家单位荣列其中。"]),
    # (constructed from 天津's wording) a list of those recommended to apply (推荐申报) holds nobody
    ("天津 wording, recommended to apply", ["市工业和信息化局推荐申报第四批专精特新“小巨人”企业,天津某某微波技术有限公司成功入选。"]),
]


def _read(lines: list[str]) -> list[tuple[str, str]]:
    reader = HolderReader()
    return [h for line in lines for h in reader.read(compact(fold(line)))]


@pytest.mark.parametrize("where,lines,expected", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_holders(where, lines, expected):
    found = _read(lines)
    for holder in expected:
        assert holder in found, (where, holder, found)
    # every holder read is one of those expected: no place, person, park or clause among them
    assert {n for n, _ in found} <= {n for n, _ in expected}, (where, found)


@pytest.mark.parametrize("where,lines", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_no_holders(where, lines):
    assert _read(lines) == [], where


# A proposal's holders (拟认定 / 拟定, an entry into a 公示名单) are read like a final act's; enterprises.mark_proposed gives
# them status "proposed" (stop 18: a proposed list is what a user looks for, benchmarks/data/other_districts/README.md).
@pytest.mark.parametrize("where,lines,want", [
    # an entry into a proposed list (公示名单) at the list's level (http://shengxin6666.com/newsinfo/6181253.html, traditional)
    ("shengxin6666.com 株洲", ["近日,湖南省工信廳發布了工信部第五批專精特新“小巨人”企業公示名單,株洲地博光電材料有限公司成功入選,榮列榜單。"],
     [("株洲地博光电材料有限公司", "国家级")]),
    # a proposal's 拟认定 / 拟定 (http://www.zhaozhengce.cn/Policy/Detail/13626, http://m.feibaos.com/news/info/3686.html)
    ("zhaozhengce.cn 四川", ["拟认定成都雅途生物技术有限公司技术中心等124个技术中心为四川省企业技术中心。"],
     [("成都雅途生物技术有限公司", "省级")]),
    ("feibaos.com 国家", ["拟定北京当升材料科技股份有限公司技术中心等98家技术中心为2015年(第22批)国家企业技术中心,共116家。"],
     [("北京当升材料科技股份有限公司", "国家级")]),
    # entrep21 芜湖 (http://ac-china.net/news/8a7c061880f8bf80018176d55f91003f.html): 拟认定 …, 公示
    ("entrep21 芜湖 拟认定", ["经企业申报、县区初审、专家审核、市经信局局长办公会审定,拟认定芜湖东方雨虹建筑材料有限公司等20家企业为"
                             "2022年度芜湖市绿色工厂,现将名单予以公示(详见附件)。"], [("芜湖东方雨虹建筑材料有限公司", "市级")]),
    # fresh22 淄博 (https://boftec.zibo.gov.cn/cec/news/detail?newsid=1334): companies entering a proposed list by their
    # 老字号 brands (X的“品牌”进入公示名单), at the level of the list the page names first (商务部's)
    ("fresh22 淄博 进入公示名单", ["12月21日,商务部官网公示了拟认定的新一批中华老字号名单。淄博5个企业上榜,数量和济南市并列全省第一。",
                              "记者查询名单后发现,我市淄博大染坊丝绸集团有限公司的“淄博大染坊”、山东巧媳妇食品集团有限公司的“巧媳妇”"
                              "进入公示名单。"],
     [("淄博大染坊丝绸集团有限公司", "国家级"), ("山东巧媳妇食品集团有限公司", "国家级")]),
    # a proposal (建议通过监测, 建议予以认定, 公示名单; 九江, https://www.chacewang.com/newsdetail/news267594.html, fresh24):
    # those meeting the requirements (符合…要求), proposed; 未达到 holds nothing
    ("chacewang.com 九江 建议", ["通过各县(市、区)农业农村局初审筛选,江西盐津铺子食品有限公司等210家企业符合市级龙头企业标准要求,建议通过监测,"
                                "江西省金源食品有限责任公司等61家企业未达到市级龙头企业标准要求,各地新申报的九江市大业牧业有限公司等82家企业"
                                "经乡村产业发展科审核,均符合市级龙头企业标准要求,建议予以认定,现将名单公示如下,公示期为3天。"],
     [("江西盐津铺子食品有限公司", "市级"), ("九江市大业牧业有限公司", "市级")]),
    # a recommendation to a higher level's designation is a proposed list (entrep25 咸宁 l.7, the same news at
    # https://wuhan.baogaosu.com/xinwen/…/49807396): the recommending organ is no part of the name
    ("entrep25 咸宁 推荐…为", ["此外,咸宁市工商局还推荐湖北华特红旗电缆有限公司等16家企业为省政府2014-2015年度“守合同重信用”表彰企业。"],
     [("湖北华特红旗电缆有限公司", "省级")]),
    # entrep25 宜君 l.2: counted groups of two kinds 分别为 two designations, paired in order (each group's kind in its own)
    ("entrep25 宜君 拟推荐…分别为", ["通过现场评选打分,结合各专家意见,拟推荐宜君县张大龙家庭农场等5家家庭农场、宜君县多民富农机农民专业"
                                "合作社等15家农民专业合作社分别为2022年度宜君县示范家庭农场及宜君县农民专业合作社示范社。"],
     [("宜君县张大龙家庭农场", "县级"), ("宜君县多民富农机农民专业合作社", "县级")]),
    # entrep25 威海 l.9 (traditional): members of a 复核拟通过 list (X等3家企业复核通过)
    ("entrep25 威海 复核通过", ["近日,山東省工業和信息化廳和山東省工業經濟聯合會公布關于第六批山東省制造業單項冠軍擬認定名單和第三批復核擬"
                              "通過名單,迪尚集團有限公司等5家企業入選省級制造業單項冠軍企業(產品);威海光威復合材料股份有限公司、"
                              "威海天力電源科技有限公司等3家企業復核通過。"],
     [("迪尚集团有限公司", "省级"), ("威海光威复合材料股份有限公司", "省级"), ("威海天力电源科技有限公司", "省级")]),
    # entrep37 遂宁 (https://snjkq.suining.gov.cn/zwgk/show/23fb79da2c64442aa428feb5974d04b3.html): the candidates a 公示
    # puts up (现将X等25家企业进行公示) after the page published its list, at the list's class (a 申报 notice cited in 《》 is
    # no withdrawal nor application of the sentence's own)
    ("entrep37 遂宁 现将X等N家企业进行公示", ["6月21日,四川省农业农村厅官网公示了第七批农业产业化国家重点龙头企业名单。",
                                       "根据《农业农村部办公厅关于开展第七批农业产业化国家重点龙头企业申报工作的通知》(农办产〔2021〕5)"
                                       "文件要求,省农业农村厅组织财政厅、经信厅等12家省直有关部门开展了联审,现将四川雪宝乳业集团有限公司等"
                                       "25家企业进行公示。"],
     [("四川雪宝乳业集团有限公司", "国家级")]),
    # fresh34 天津滨海 l.3 (converter; http://tmosaas.com/zonghe/2022/0714/83830.html): entrants of a published 拟推荐名单 (the candidates a city will recommend) at the level of the designation
    # applied for (the ministry's 小巨人, each word quoted), not the publishing bureau's
    ("fresh34 天津 拟推荐名单 入围", ["同時,市工業和信息化局還公布了第四批“專精特新”“小巨人”企業擬推薦名單,天津中科海高微波技術有限公司、"
                                 "天津市貝斯特防爆電器有限公司等71家濱城企業入圍。"],
     [("天津中科海高微波技术有限公司", "国家级"), ("天津市贝斯特防爆电器有限公司", "国家级")]),
    # fresh21 新疆 l.1: requirements met, then the check's grade (验收合格) is the class; its 公示 follows in the next sentence
    ("fresh21 新疆 符合…要求,验收合格", ["经塔城地区发展改革委市场监督局等相关部门验收,认为塔城地区新疆源开祥棉业有限公司、沙湾县新亮天成棉业"
                                   "有限公司棉花加工企业符合自治区棉花加工企业基本技术条件的要求,验收合格。"],
     [("新疆源开祥棉业有限公司", "合格"), ("沙湾县新亮天成棉业有限公司", "合格")]),
])
def test_holders_of_a_proposal(where, lines, want):
    assert [(fold(n), k) for n, k in _read(lines)] == want, where


def test_a_reviewed_holder_is_named_less_its_review():
    """fresh34 辽宁 l.5 (辽工信改革〔2024〕6号, converter copy): "通过复核的" before the first name, after the item number,
    is no part of it (enterprise_sentences._NAMES_LEAD)."""
    from kg.extract.enterprise_sentences import level_classes
    line = "二、通过复核的沈阳鼓风机集团齿轮压缩机有限公司等51家企业授予辽宁省专精特新中小企业称号,原称号自动失效。"
    assert [n for n, *_ in level_classes(line)] == ["沈阳鼓风机集团齿轮压缩机有限公司"]


@pytest.mark.parametrize("text,klass", [
    ("优秀", "优秀"), ("“良好”", "良好"), ("2023年省级工业设计中心", "省级"), ("“首批国家高新技术企业”", "国家级"),
    ("由上海市科学技术委员会联合颁发的“高新技术企业”证书", "国家级"), ("2013年“四川省电子商务示范企业”", "省级"),
    ("“清远市2023年节水型企业(第三批)”称号", "市级"), ("工信部第五批专精特新“小巨人”企业名单", "国家级"), ("“信得过标准超市”", None),
    # a place printed bare where the list's name opens, its rank by the national list (kg.places.place_rank): fresh17
    # 枣庄 and 常州, fresh20 上海 (a municipality names its own lists 市级); 杭州
    # (http://wenwuchina.com/a/183/172224.html: "认定喜得宝集团等34家企业的品牌为第二批“杭州老字号”")
    ("第一批“枣庄老字号”", "市级"), ("第四批“常州老字号”拟认定名单", "市级"), ("入围2017年度上海名牌榜单", "市级"),
    ("第二批“杭州老字号”", "市级"),
    # (no place opens the name: the same 杭州 page's "第二届“金牌老字号”名单"; 市中 of 市中区 is no place in 市中小企业)
    ("第二届“金牌老字号”名单", None), ("“信得过超市”", None),
    # (an autonomous region ranks as a province: fresh21 新疆; a bracket's ending is no name's: see the 姜堰 row)
    ("2020年自治区“专精特新”中小企业名单", "省级"), ("新疆维吾尔自治区“专精特新”中小企业", "省级"),
    # a fixed-level designation printed with its province's batch is that province's list, as printed (fresh27 聊城,
    # https://www.kczg.org.cn/rules/detail?id=6091498); printed bare, or after an issuing organ, the state's (fresh19)
    ("2020年度山东省第二批高新技术企业", "省级"), ("高新技术企业", "国家级"),
])
def test_object_class(text, klass):
    assert object_class(text) == klass


@pytest.mark.parametrize("title,level", [
    ("关于公布2011年国家技术创新示范企业名单的通知", "国家级"), ("2022年省级节水标杆企业、园区名单", "省级"),
    ("撤销省级企业技术中心资格的企业名单", None), ("同意变更省级企业技术中心名称的企业名单", None),
    ("关于拟认定2023年省级工业设计中心名单的公示", "省级"),  # (a proposed list's level: its holders are marked proposed)
])
def test_list_level(title, level):
    assert list_level(title) == level


def test_titled_level_needs_a_title_line():
    assert titled_level("附件:2011年国家技术创新示范企业名单") == "国家级"
    assert titled_level("现将2011年国家技术创新示范企业名单印发给你们,请遵照执行。") is None


def _extract(lines: list[str]) -> list[tuple[str, str | None]]:
    from kg.extract.enterprises import extract_enterprises
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    return [(e["name"], e["classifications"][0]["class"]) for e in extract_enterprises(issue)]


def test_a_decision_glued_to_its_numbered_list_and_proposals():
    """entrep21 徐州 l.2 (https://bbs.221700.com/thread-474851-1-1.html): a decision and its numbered lists printed on one
    line are read as prose, not as a row whose last cell is a name."""
    line = ("各县(市、区)人民政府,市各直属单位: 根据规定,市人民政府决定授予徐州建机工程机械有限公司等5家企业2023年徐州市市长质量奖,"
            "授予徐州徐工履带底盘有限公司等3家企业2023年徐州市市长质量奖提名奖。 徐州市人民政府 2024年6月27日 "
            "一、徐州市市长质量奖(5家企业) (1)徐州建机工程机械有限公司 (2)格利尔数码科技股份有限公司 (3)江苏伟业铝材有限公司 "
            "(4)上药控股徐州股份有限公司 (5)徐州江煤科技有限公司 二、徐州市市长质量奖提名奖(3家企业) (1)徐州徐工履带底盘有限公司 "
            "(2)江苏华昌铝厂有限公司 (3)江苏美鑫食品科技有限公司")
    got = _extract(["市政府关于授予2023年徐州市市长质量奖和市长质量奖提名奖的决定", line])
    assert sorted(got) == sorted([(n, "市级") for n in (
        "徐州建机工程机械有限公司", "格利尔数码科技股份有限公司", "江苏伟业铝材有限公司", "上药控股徐州股份有限公司",
        "徐州江煤科技有限公司", "徐州徐工履带底盘有限公司", "江苏华昌铝厂有限公司", "江苏美鑫食品科技有限公司")])


def test_table_rows_under_a_list_title_at_a_level():
    """A table's rows under a list's own title at a level take that level, whatever the designation's words (constructed
    from fresh19 全国's 技术创新示范企业名单, printed as a tab table)."""
    head = ["关于公布2023年国家技术创新示范企业名单的通知", "各省工业和信息化主管部门:", "现将名单公布如下。"]
    rows = ["序号\t企业名称\t所在地区", "1\t某某精密机械有限公司\t北京市", "2\t某某重工集团有限公司\t天津市"]
    got = _extract(head + ["附件:2023年国家技术创新示范企业名单"] + rows)
    assert ("某某精密机械有限公司", "国家级") in got and ("某某重工集团有限公司", "国家级") in got
    # a proposed list (拟认定 … 名单) gives its rows its level, and status "proposed"
    from kg.extract.enterprises import extract_enterprises
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    issue = segment_issue(normalize_lines("\n".join(head + ["附件:2023年拟认定国家技术创新示范企业名单"] + rows)), "x.txt")
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["status"]) for e in extract_enterprises(issue)]
    assert ("某某精密机械有限公司", "国家级", "proposed") in got and ("某某重工集团有限公司", "国家级", "proposed") in got


def test_monitored_substituted_and_withdrawn_holders_of_a_listed_designation():
    """fresh21 四川 l.4–5 (traditional; https://ppfocus.com/0/trdda3ec0.html): those whose designation is taken away (取消…
    资格,分别是) hold nothing, those substituted into it (被递补为) hold it; fresh21 贵州 l.4 and 郑州 l.5: a counted group
    that passed the monitoring of a designation (监测合格) keeps it, at the level the designation prints or the paragraph's;
    fresh20 镇江 l.1: 以及 joins the last two names."""
    got = _extract(["四川60家企业通过国家重点龙头企业监测",
                    "記者對比了第八次監測合格名單發現,四川有2家企業被取消了農業產業化國家重點龍頭企業資格,分別是四川哈哥集團有限公司、"
                    "四川省福元肉類食品有限公司。",
                    "此外,四川新增2家遞補企業,宜賓五糧液股份有限公司、黃老五食品股份有限公司被遞補為農業產業化國家重點龍頭企業。"])
    assert sorted(got) == [("宜宾五粮液股份有限公司", "国家级"), ("黄老五食品股份有限公司", "国家级")]
    got = _extract(["关于公布第四次监测合格农业产业化经营省级重点龙头企业名单的通知",
                    "经省农业产业化经营联席会议研究,贵州老干爹食品有限公司等73家农业产业化经营省级重点龙头企业监测合格(见附件1)。"
                    "贵州一家人油脂有限公司等7家企业因达不到省级龙头企业的标准和要求,监测不合格,不继续作为农业产业化经营省级重点龙头企业。"])
    assert got == [("贵州老干爹食品有限公司", "省级")]
    got = _extract(["郑州再命名48家市级农业产业化龙头企业",
                    "确认郑州天时农业科技有限公司等48家企业为第九批市级农业产业化经营重点龙头企业并予以命名,对郑州博大面业有限公司等142家"
                    "监测合格的企业予以重新公布。"])
    assert sorted(got) == [("郑州博大面业有限公司", "市级"), ("郑州天时农业科技有限公司", "市级")]
    got = _extract(["镇江市级绿色工厂",
                    "经企业自主申报、专家评审等环节,认定江苏山宝集团有限公司、江苏文光车辆附件有限公司以及江苏绿叶锅炉有限公司等18家企业为"
                    "市级绿色工厂。"])
    assert sorted(got) == [("江苏山宝集团有限公司", "市级"), ("江苏文光车辆附件有限公司", "市级"), ("江苏绿叶锅炉有限公司", "市级")]


def test_entries_into_a_pool_short_names_and_a_lists_names_below():
    """entrep31 驻马店 l.9 (http://www.7tqw.com/xuvnews/133857-11.html): short names counted before an entry into a pool
    (被纳入全省瞪羚企业库), a place in brackets inside one, the names the group's whatever a clause before prints; the
    湖北 converter page (http://www.jxsdczjr.com/NewsShow_2916.html, 被纳入了第五批专精特新“小巨人”企业): an association's members, the ministry's
    designation (国家级); a blacklist entered (constructed) and a 取消 list announced hold nothing."""
    got = _read(["7月6日,记者从驻马店市科技局获悉,日前,2023年度河南省“瞪羚”企业名单对外公布,该市鹏辉电源、弘康环保、华腾重工、"
                 "驿展科技、尚品食品、豫邮金大地、上海豪守(河南)食品、河南立马电动车等8家企业被纳入全省瞪羚企业库,涵盖生物医药。"])
    assert got == [(n, "省级") for n in ("鹏辉电源", "弘康环保", "华腾重工", "驿展科技", "尚品食品", "豫邮金大地",
                                          "上海豪守(河南)食品", "河南立马电动车")]
    got = _read(["湖北省通過審核的企業名單如下(見附件1、2)。我會會員企業武漢理工光科股份有限公司、中建三局智能技術有限公司、"
                 "武漢烽火富華電氣有限責任公司被納入了第五批專精特新“小巨人”企業。"])
    assert got == [("武汉理工光科股份有限公司", "国家级"), ("中建三局智能技术有限公司", "国家级"),
                   ("武汉烽火富华电气有限责任公司", "国家级")]
    # (a place printed with the designation makes it that place's batch, as printed)
    assert object_class("山东省第三批专精特新“小巨人”企业") == "省级"
    assert _read(["某某科技有限公司、某某建材有限公司等2家企业被纳入失信被执行人名单。"]) == []
    assert _read(["四川有2家企业被取消了农业产业化国家重点龙头企业资格,这2家企业分别是:", "四川哈哥集团有限公司"]) == []


def test_names_one_a_line_after_the_act_and_a_places_share_of_a_published_list():
    """entrep31 宁波 l.3–12 (http://news.cnnb.com.cn/system/2010/10/13/006705472.shtml): a counted set entered in a
    designation (入选第二批“浙江老字号”), its names announced one a line (分别是:), each with its brand clause (dropped by
    enterprise_classes.unbranded); entrep31 湖南 l.1–3 (https://www.yuhaojiang.com/redian/1394806.html): the holders from one
    place of a published 拟推荐 list (其中,来自长沙的有X(brand)、…等), proposed, the brands no part of the names."""
    lines = ["中国宁波网讯 记者昨日从市贸易局获悉,第二批“浙江老字号”名单已经公布,宁波有状元楼、东福园、天胜等9家企业上榜。",
             "此次宁波入选第二批“浙江老字号”的9家企业分别是:",
             "宁波市升阳泰商贸有限公司天胜照相馆,品牌“天胜”,品牌创立于1924年。",
             "宁波药材股份有限公司,品牌“冯存仁”,品牌创立于1851年。",
             "东南商报记者 孙美星 通讯员 何庆堂"]
    assert _extract(lines) == [("宁波市升阳泰商贸有限公司天胜照相馆", "省级"), ("宁波药材股份有限公司", "省级")]
    from kg.extract.enterprises import extract_enterprises
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    lines = ["长沙晚报掌上长沙12月17日讯(全媒体记者 刘捷萍)12月17日,湖南省商务厅公布第七批“湖南老字号”拟推荐企业名单,酒鬼、"
             "天马山、百年蓉园等61个品牌入选。",
             "此次公示的61个品牌,涉及餐饮、食品、医药、制造、建材等领域。其中,来自长沙的有湖南天马山食品科技有限公司(天马山)、"
             "湖南茶业集团股份有限公司(合作)、蓉园宾馆(百年蓉园)等。"]
    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    got = [(e["name"], e["classifications"][0]["class"], e["classifications"][0]["status"])
           for e in extract_enterprises(issue)]
    assert got == [(n, "省级", "proposed") for n in ("湖南天马山食品科技有限公司", "湖南茶业集团股份有限公司", "蓉园宾馆")]
    # (a place's share with no list published before it names none: "其中,来自长沙的有…" alone)
    assert _read(["其中,来自长沙的有湖南天马山食品科技有限公司、湖南茶业集团股份有限公司等。"]) == []


def test_an_enumeration_whose_items_carry_their_own_acts():
    """entrep31 湖北 l.3 (converter, 湖北日报): the names after 分别是: are read by their own acts — X被评为“单项冠军示范企业”
    holds it at the page's level (工信部's list above); the companies printed with a product each, 荣获单项冠军产品, are a
    product's award, no holder (fresh16 / entrep25's convention)."""
    got = _read(["近日,國家工信部發布第五批製造業單項冠軍企業(產品)名單,我省6家企業上榜。",
                 "此批次上榜的企業分別是:武漢帝爾激光科技股份有限公司被評為“單項冠軍示範企業”,武漢重型機床集團有限公司“數控超重型"
                 "立式車床”、中鐵工程機械研究設計院有限公司“架橋機”、大冶特殊鋼有限公司“工程機械用特殊鋼”榮獲單項冠軍產品。"])
    assert got == [("武汉帝尔激光科技股份有限公司", "国家级")]


def test_lists_of_several_designations_published_at_once_take_the_issuers_level():
    """entrep46 重庆 (converter copy, http://m.eekb.com.cn/ZcjqDetail.aspx?id=314): "现将X等10家“隐形冠军”企业、Y等20家
    “小巨人”企业、Z等186家“专精特新”企业名单予以公布" — each group's first name holds its designation at the level of the
    document's issuer (重庆市经济和信息化委员会, a 直辖市's organ: 市级), the steps before (企业自愿申报, 公示等程序) withdrawing
    nothing; with no issuer known the lists have no level."""
    line = compact(fold("根据文件精神,通过企业自愿申报、区县审核、第三方机构评审、市级相关部门行政审查和公示等程序,经研究,现将重庆水泵厂"
                        "有限责任公司等10家“隐形冠军”企业、途作林杰科技有限公司等20家“小巨人”企业、重庆市金顺玻璃有限公司等186家"
                        "“专精特新”企业名单予以公布。"))
    assert HolderReader(issuer_level="市级").read(line) == [("重庆水泵厂有限责任公司", "市级"), ("途作林杰科技有限公司", "市级"),
                                                          ("重庆市金顺玻璃有限公司", "市级")]
    assert HolderReader().read(line) == []
    # (a withdrawal in the act's own span holds nothing)
    withdrawn = compact("现将甲乙丙有限公司等3家“小巨人”企业、丁戊己有限公司等2家“隐形冠军”企业撤销名单予以公布。")
    assert HolderReader(issuer_level="市级").read(withdrawn) == []
