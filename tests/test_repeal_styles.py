"""Repeal phrasings from other districts: one row per style, real lines (source given), expected targets."""

import pytest

from kg.extract.repeals import extract_repeals, sentence_repeals
from kg.parse.normalize import normalize_line, normalize_lines
from kg.parse.segment import segment_issue

HUAYUAN = "http://wlnch.com/RegionArticle/Detail/13034 (花垣县 清理结果)"

# (style, source, sentence as printed, [(target title, 文号, verb)])
SENTENCES = [
    ("清理 category: 失效", HUAYUAN,
     "二、《花垣县人民政府办公室关于印发〈花垣县行政许可事项清单(2022年版)〉的通知》等4件规范性文件失效。",
     [("花垣县人民政府办公室关于印发〈花垣县行政许可事项清单(2022年版)〉的通知", None, "失效")]),
    ("清理 category: 废止", HUAYUAN,
     "三、《花垣县人民政府办公室关于印发〈花垣县农村土地经营权流转管理办法实施细则(试行)〉的通知》等2件规范性文件废止。",
     [("花垣县人民政府办公室关于印发〈花垣县农村土地经营权流转管理办法实施细则(试行)〉的通知", None, "废止")]),
    ("清理 category: 继续有效 is not a repeal", HUAYUAN,
     "一、《花垣县人民政府办公室关于印发〈花垣县县级储备粮管理办法〉的通知》等7件规范性文件继续有效。", []),
    ("同时废止 with 原", "http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm",
     "经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,原2007年印发的《牟定县突发环境事件应急预案》同时废止。",
     [("牟定县突发环境事件应急预案", None, "同时废止")]),
    ("verb first, several targets, 等N件", "issue #16",
     "决定废止《某县城市管理办法》(某政发〔2015〕3号)、《某县物业管理暂行规定》等2件规范性文件。",
     [("某县城市管理办法", "某政发〔2015〕3号", "废止"), ("某县物业管理暂行规定", None, "废止")]),
    ("proposed: 拟废止 is not a repeal", "issue #16", "经评估,拟废止《某县城市管理办法》(某政发〔2015〕3号)。", []),
    ("an upstream document cited beside the repeal is not a target", "issue #16",
     "根据《国务院关于取消一批行政许可事项的决定》(国发〔2020〕13号),决定废止《某县行政许可实施办法》。",
     [("某县行政许可实施办法", None, "废止")]),
    # ---- verbs and shapes beyond 废止 (real lines)
    ("原《X》即行废止", "https://m.juanbaike.com/changshi/8QWqwK32xr.html (公文写法: 在新文件后面备注废止内容)",
     "本规定自某年某月某日起执行,原《×××规定》即行废止。", [("×××规定", None, "即行废止")]),
    ("verb_done_了: a news item's 废止了《A》(令 number)、《B》等N件; the sentence beside it naming the amended ones is none",
     "https://news.sohu.com/20060305/n242131622.shtml (济南 规章清理, news)",
     "另外,济南市此次还废止了《济南市市区山岭管理办法》(市政府令第7号)、《济南市报废汽车回收管理办法》(市政府令第119号)等4件政府规章。",
     [("济南市市区山岭管理办法", "市政府令第7号", "废止"), ("济南市报废汽车回收管理办法", "市政府令第119号", "废止")]),
    ("amended ones named in the same news item (被修改) are no repeal", "https://news.sohu.com/20060305/n242131622.shtml",
     "《济南市医疗机构使用药品管理办法》(市政府令第60号)、《济南市园林绿化工程施工管理办法》(市政府令第71号)等13件政府规章被修改,"
     "新修订的《济南市暂住人口管理办法》则要求,", []),
    ("targets_in_one_sentence: 决定废止下列规章: then the named targets cut by semicolons (constructed from the jiangxi "
     "2021 items, other_districts_fresh10)", "constructed",
     "经清理,省政府决定废止下列规章:《江西省人事争议处理办法》(江西省人民政府令第153号);《江西省粮食收购资格许可管理办法》"
     "(江西省人民政府令第136号)。",
     [("江西省人事争议处理办法", "江西省人民政府令第153号", "废止"),
      ("江西省粮食收购资格许可管理办法", "江西省人民政府令第136号", "废止")]),
    ("after a semicolon, a title with its own predicate (修改为) is no target (constructed)", "constructed",
     "决定废止《某市物业管理办法》;《某市停车管理办法》第三条修改为:", [("某市物业管理办法", None, "废止")]),
    ("a proposed list after a colon (constructed)", "constructed", "拟废止下列规章:《某市物业管理办法》;《某市停车管理办法》。", []),
    # ---- never a repeal (real lines from benchmarks/data/repeal_notices and the development set)
    ("cited upstream decision whose own title says 宣布失效",
     "http://foodwifi.net/zcfg/201803/14933.html (广东省人民政府)",
     "为贯彻落实《中共中央 国务院关于印发〈法治政府建设实施纲要(2015-2020年)〉的通知》(中发〔2015〕36号)、"
     "《国务院关于宣布失效一批国务院文件的决定》(国发〔2015〕68号)等文件,进一步推进我省简政放权、放管结合、优化服务改革", []),
    ("a count of 宣布失效 documents names none", "http://foodwifi.net/zcfg/201803/14933.html (广东省人民政府)",
     "经清理,省政府决定,对不符合现行法律法规规章或者国家文件规定、不适应经济社会发展、适用期已过、调整对象已消失、"
     "规定任务已完成的2274件省政府文件宣布失效。凡宣布失效的省政府文件,自本决定印发之日起一律停止执行,不再作为行政管理的依据。", []),
    ("amended (修改) is not repealed", "http://law865.infoeach.com/view-ODY1fDExOTI0NA==.html (石家庄市人民政府令第166号)",
     "为适应行政村档案管理新的要求和形式,进一步规范行政村档案管理,市政府决定对《石家庄市行政村档案管理办法》做如下修改:", []),
    ("an amending decision's own title", "http://law865.infoeach.com/view-ODY1fDExOTI0NA==.html (石家庄市人民政府令第166号)",
     "《石家庄市人民政府关于修改〈石家庄市行政村档案管理办法〉的决定》已经二○○九年四月十一日市第十二届人民政府第二十四次常务会议讨论通过,现予发布。", []),
    ("a revised edition cited as basis", "https://www.jiading.gov.cn/publicity/jcgk/zdgkwj/qzfwj/qfbwj/14888 (嘉定区)",
     "《国家自然灾害救助应急预案》、《上海市自然灾害救助应急预案》(2012年修订版)、《上海市突发公共事件总体应急预案》", []),
    ("unnamed 不再执行 of a cleanup", "http://wlnch.com/RegionArticle/Detail/13034 (花垣县)",
     "上述宣布废止、失效的规范性文件,自本决定公布之日起不再执行;继续有效的规范性文件,有效期自该规范性文件发布之日起计算。", []),
    ("a 解读 page title naming a 废止目录 notice", "http://pingjiang.gov.cn/35048/35065/content_1782067.html (平江县)",
     "关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明", []),
    ("proposed counts: 拟失效", "https://ixbang.com/bid/detail/785E411112727D7CAF9705DA0CA65FAB.html (濮阳县)",
     "经汇总统计,此次规范性文件清理工作共梳理文件136件,其中拟保留91件、拟失效44件、拟修改1件。", []),
    ("the new plan issued beside the repealed one", "http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm",
     "现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行", []),
    # ---- shapes of issue #16 without a real line yet (the pages corpus gave none not already in the evaluation sets)
    ("a list before the verb: every item is a target", "issue #16 (shape: 本办法自…起施行，《…》（…）同时废止)",
     "本办法自2020年1月1日起施行,《某县物业管理暂行规定》(某政发〔2015〕2号)、《某县城市管理办法》(某政发〔2016〕3号)同时废止。",
     [("某县物业管理暂行规定", "某政发〔2015〕2号", "同时废止"), ("某县城市管理办法", "某政发〔2016〕3号", "同时废止")]),
    ("自…起废止", "issue #16 (shape)", "原《某县物业管理暂行规定》自2020年1月1日起废止。", [("某县物业管理暂行规定", None, "废止")]),
    ("停止执行 with 文件", "issue #16 (shape)", "《某县城市管理办法》(某政发〔2016〕3号)文件停止执行。",
     [("某县城市管理办法", "某政发〔2016〕3号", "停止执行")]),
    ("numbers only", "issue #16 (shape: lists of 文号 only)", "某政发〔2015〕2号、某政办发〔2016〕7号文件同时废止。",
     [(None, "某政发〔2015〕2号", "同时废止"), (None, "某政办发〔2016〕7号", "同时废止")]),
    ("proposed before the list: 拟将《X》废止", "issue #16 (shape)", "经评估,拟将《某县城市管理办法》予以废止。", []),
    ("titles side by side, 等N件…文件被宣布失效 (constructed after guangdong_huizhou-shixiao-news-named.txt)", "constructed",
     "《某市物业管理办法》《某市停车管理办法》等292件市政府文件被宣布失效。",
     [("某市物业管理办法", None, "失效"), ("某市停车管理办法", None, "失效")]),
    ("already repealed before (已于…废止) is no repeal of this document (sichuan_dazhou 说明 cell)", "constructed",
     "原《某市物业管理办法》已于2020年废止。", []),
    ("a 规章 named with its 令 number in the note (constructed after jiangsu_changzhou-guizhang-feizhi-noheader.txt)",
     "constructed", "本办法自2023年1月1日起施行,《某市物业管理办法》(2010年5月1日某市人民政府令第12号公布)同时废止。",
     [("某市物业管理办法", "某市人民政府令第12号", "同时废止")]),
    ("对《X》等N份<issuers>规范性文件予以废止或失效 (fujian_longhai-qingli-jiedu.txt:7, other_districts_fresh3)",
     "http://www.longhai.gov.cn/cms/html/lhqrmzf/2025-12-11/1035293205.html",
     "(一)经漳州市龙海区第十八届人民政府第七十二次常务会研究同意,决定自公布之日起对《龙海市人民政府关于保护城市古树名木的通告》"
     "等35份区政府及政府办公室行政规范性文件予以废止或失效。", [("龙海市人民政府关于保护城市古树名木的通告", None, "废止")]),
    ("the same in its zh-TW copy (檔案 for 文件)", "fujian_longhai-qingli-jiedu-s2twp.txt:7 (other_districts_fresh3)",
     "決定自公佈之日起對《龍海市人民政府關於保護城市古樹名木的通告》等35份區政府及政府辦公室行政規範性檔案予以廢止或失效。",
     [("龙海市人民政府关于保护城市古树名木的通告", None, "废止")]),
    ("宣布《X》失效: the verb split around the document (constructed)", "constructed", "决定宣布《某市物业管理办法》失效。",
     [("某市物业管理办法", None, "宣布失效")]),
    ("拟宣布《X》失效 is a proposal (constructed)", "constructed", "拟宣布《某市物业管理办法》失效。", []),
    ("kept (予以保留) is no repeal", "fujian_longhai-qingli-jiedu.txt:8 (other_districts_fresh3)",
     "决定自公布之日起对《龙海市人民政府关于颁发<龙海市地名管理规定>的通知》等79份区政府及政府办公室行政规范性文件予以保留。", []),
    # ---- a regulation's last article: each repealed text printed with who published it and when
    ("published_by_before_each_item: a date and publisher before each 《》 of a 同时废止 list",
     "beijing-1997-chuzu-qiche-guanli-tiaoli-repo-copy.txt:305 (other_districts_fresh12)",
     "第三十八条 本条例自1998年1月1日起施行。1991年4月6日市人民政府发布的《北京市人民政府关于取缔无照经营出租汽车的暂行规定》、"
     "1993年8月14日市人民政府发布的《北京市旅游客运汽车运营管理办法》和1995年7月5日市人民政府发布的《北京市出租汽车管理办法》同时废止。",
     [("北京市人民政府关于取缔无照经营出租汽车的暂行规定", None, "同时废止"), ("北京市旅游客运汽车运营管理办法", None, "同时废止"),
      ("北京市出租汽车管理办法", None, "同时废止")]),
    ("published_by_before_each_item: the publisher before a run of 《》《》 with no separator",
     "zhejiang-2015-lvyou-tiaoli-repo-copy.txt:223 (other_districts_fresh12)",
     "第四十八条 本条例自2016年1月1日起施行。《浙江省旅游管理条例》和浙江省人民政府发布的《浙江省旅游度假区管理办法》"
     "《浙江省旅行社管理办法》《浙江省导游人员管理办法》同时废止。",
     [("浙江省旅游管理条例", None, "同时废止"), ("浙江省旅游度假区管理办法", None, "同时废止"),
      ("浙江省旅行社管理办法", None, "同时废止"), ("浙江省导游人员管理办法", None, "同时废止")]),
    ("published_by_before_each_item: the session that adopted each item (…会议通过的《A》和…会议通过的《B》)",
     "shandong-2003-youzheng-tiaoli-repo.txt:187 (other_districts_fresh13)",
     "第四十条 本条例自2003年3月1日起施行。1991年12月20日山东省第七届人民代表大会常务委员会第二十五次会议通过的《山东省邮电通信管理条例》"
     "和1994年8月9日山东省第八届人民代表大会常务委员会第九次会议通过的《山东省通信市场管理条例》同时废止。",
     [("山东省邮电通信管理条例", None, "同时废止"), ("山东省通信市场管理条例", None, "同时废止")]),
    ("published_by_before_each_item: 审议通过的 (a 决定 named in 《》), then 、 and the next session",
     "shanghai-2010-shehui-zhian-zonghe-zhili-tiaoli-repo.txt:181 (other_districts_fresh13)",
     "第四十条 本条例自2011年3月1日起施行。1991年8月16日上海市第九届人大常委会第二十八次会议审议通过的《上海市人大常委会关于加强社会"
     "治安综合治理的决定》、1992年4月11日上海市第九届人民代表大会常务委员会第三十三次会议通过的《上海市社会治安防范责任条例》同时废止。",
     [("上海市人大常委会关于加强社会治安综合治理的决定", None, "同时废止"), ("上海市社会治安防范责任条例", None, "同时废止")]),
    ("the same in a zh-TW copy", "shanghai-2010-shehui-zhian-zonghe-zhili-tiaoli-repo-s2twp.txt:181 (other_districts_fresh13)",
     "1991年8月16日上海市第九屆人大常委會第二十八次會議審議通過的《上海市人大常委會關於加強社會治安綜合治理的決定》、1992年4月11日"
     "上海市第九屆人民代表大會常務委員會第三十三次會議通過的《上海市社會治安防範責任條例》同時廢止。",
     [("上海市人大常委会关于加强社会治安综合治理的决定", None, "同时废止"), ("上海市社会治安防范责任条例", None, "同时废止")]),
    ("published_by with an order's number, items joined by a comma before a dated item",
     "beijing-2003-zhengbing-gongzuo-tiaoli-repo.txt:189 (other_districts_fresh14)",
     "1993年6月17日北京市第十届人民代表大会常务委员会第三次会议通过的《北京市征兵工作若干规定》，1993年9月23日北京市人民政府第14号令发布的"
     "《北京市兵役登记工作规定》和1993年9月23日北京市人民政府第15号令发布的《北京市征兵工作目标管理责任制规定》同时废止。",
     [("北京市征兵工作若干规定", None, "同时废止"), ("北京市兵役登记工作规定", None, "同时废止"),
      ("北京市征兵工作目标管理责任制规定", None, "同时废止")]),
    ("the same in a zh-TW copy (发布 printed 釋出)", "beijing-2003-zhengbing-gongzuo-tiaoli-repo-s2twp.txt:189 (fresh14)",
     "1993年6月17日北京市第十屆人民代表大會常務委員會第三次會議通過的《北京市徵兵工作若干規定》，1993年9月23日北京市人民政府第14號令釋出的"
     "《北京市兵役登記工作規定》和1993年9月23日北京市人民政府第15號令釋出的《北京市徵兵工作目標管理責任制規定》同時廢止。",
     [("北京市征兵工作若干规定", None, "同时废止"), ("北京市兵役登记工作规定", None, "同时废止"),
      ("北京市征兵工作目标管理责任制规定", None, "同时废止")]),
    ("a dated item joined to its verb by a comma (…修订的《X》，同时废止)",
     "beijing-2014-renda-daibiao-jianyi-piping-yijian-banli-tiaoli-repo.txt:147 (fresh14)",
     "第三十四条 本条例自公布之日起施行。1995年9月22日北京市第十届人民代表大会常务委员会第二十次会议通过，2005年9月9日北京市第十二届"
     "人民代表大会常务委员会第二十二次会议修订的《北京市人民代表大会代表建议、批评和意见办理条例》，同时废止。",
     [("北京市人民代表大会代表建议、批评和意见办理条例", None, "同时废止")]),
    ("a comma before a clause is no join (constructed guard)", "constructed",
     "《某市物业管理办法》同时废止，2020年1月1日印发的《某市停车管理办法》继续有效。",
     [("某市物业管理办法", None, "同时废止")]),
    ("published_by is no list without the verb: a cited 《》 after 发布的 stays uncited (constructed guard)", "constructed",
     "《某市物业管理办法》和市人民政府发布的《某市停车管理办法》继续有效。", []),
    ("同时予以废止: 同时 before 予以", "shaanxi_yangling-2017-zhong-wuran-tianqi-yingji-yuan-tongshi-feizhi.txt:2 (fresh12)",
     "《杨凌示范区重污染天气应急预案》已经管委会同意,现印发给你们,请认真贯彻执行。《杨凌示范区管委会办公室关于印发杨凌示范区大气重污染"
     "应急预案》(杨管办发〔2015〕9号)同时予以废止。",
     [("杨凌示范区管委会办公室关于印发杨凌示范区大气重污染应急预案", "杨管办发〔2015〕9号", "废止")]),
    ("同时予以废止 in a zh-TW copy", "shaanxi_yangling-2017-zhong-wuran-tianqi-yingji-yuan-tongshi-feizhi-s2twp.txt:2 (fresh12)",
     "《楊淩示範區管委會辦公室關於印發楊淩示範區大氣重汙染應急預案》(楊管辦發〔2015〕9號)同時予以廢止。",
     [("杨凌示范区管委会办公室关于印发杨凌示范区大气重污染应急预案", "杨管办发〔2015〕9号", "废止")]),
    ("the plan issued anew under the same title is no target; the dated old one, with its number, is (traditional)",
     "jiangsu_nantong-2025-ziran-zaihai-jiuzhu-yingji-yuan-tongzhi-traditional.txt:6 (fresh15)",
     "經市人民政府同意,現將修訂后的《南通市自然災害救助應急預案》印發給你們,請認真組織實施。2020年6月14日印發的《南通市自然災害救助應急預案》"
     "(通政辦發〔2020〕54號)同時廢止。",
     [("南通市自然灾害救助应急预案", "通政办发〔2020〕54号", "同时废止")]),
    # fresh16 (opened after its never-seen score: 11 of 11, none false) — the shapes it brought, kept
    ("final article: two targets joined by 和, each with its own adoption clause (date, body, session)",
     "other_districts_fresh16/texts/guangdong-2021-renli-ziyuan-shichang-tiaoli-repo.txt:259",
     "第五十条 本条例自2022年1月1日起施行。2000年3月30日广东省第九届人民代表大会常务委员会第十七次会议通过的《广东省职业介绍管理条例》"
     "和2002年12月6日广东省第九届人民代表大会常务委员会第三十八次会议通过的《广东省人才市场管理条例》同时废止。",
     [("广东省职业介绍管理条例", None, "同时废止"), ("广东省人才市场管理条例", None, "同时废止")]),
    ("a paragraph after the last article: two government rules, the second's organ printed before its date",
     "other_districts_fresh16/texts/henan-2001-zhiwu-jianyi-tiaoli-repo.txt:143",
     "1984年8月5日，河南省人大常委会批准、河南省人民政府公布的《河南省植物检疫实施办法》和河南省人民政府1987年6月30日发布的"
     "《河南省森林植物检疫实施办法》同时废止。",
     [("河南省植物检疫实施办法", None, "同时废止"), ("河南省森林植物检疫实施办法", None, "同时废止")]),
    ("the same in a zh-TW copy (公佈, 釋出)", "other_districts_fresh16/texts/henan-2001-zhiwu-jianyi-tiaoli-repo-s2twp.txt:143",
     "1984年8月5日，河南省人大常委會批准、河南省人民政府公佈的《河南省植物檢疫實施辦法》和河南省人民政府1987年6月30日釋出的"
     "《河南省森林植物檢疫實施辦法》同時廢止。",
     [("河南省植物检疫实施办法", None, "同时废止"), ("河南省森林植物检疫实施办法", None, "同时废止")]),
    ("final article: the old regulation named by its title alone",
     "other_districts_fresh16/texts/guangdong-2022-tongji-tiaoli-repo.txt:85",
     "第二十九条 本条例自2022年11月1日起施行。《广东省统计管理条例》同时废止。", [("广东省统计管理条例", None, "同时废止")]),
    # fresh17 (opened after its never-seen score: 11 of 13, none false)
    ("final article: three government rules each named by its 令 and date, one with a bracketed note of its revisions "
     "between 发布 and 的", "other_districts_fresh17/texts/shandong-2004-jiliang-tiaoli-repo.txt:211",
     "第四十二条 本条例自2004年7月1日起施行。1990年7月6日山东省人民政府第7号令发布的《山东省加强计量监督管理工作的规定》，1991年"
     "4月20日山东省人民政府第17号令发布的《山东省强制检定的工作计量器具检定管理办法》，1995年8月30日山东省人民政府第62号令发布（19"
     "98年4月30日修订山东省人民政府第90号令发布，2002年4月12日修订山东省人民政府第139号令发布）的《山东省计量器具制造销售监督管理"
     "办法》同时废止。",
     [("山东省加强计量监督管理工作的规定", None, "同时废止"), ("山东省强制检定的工作计量器具检定管理办法", None, "同时废止"),
      ("山东省计量器具制造销售监督管理办法", None, "同时废止")]),
    ("final article: the old regulation named after the three amending decisions that amended it (《决定》第N次修正): "
     "each decision identifies the target, none is one", "other_districts_fresh17/texts/henan-2004-shishi-zhongzifa-banfa-repo.txt:111",
     "第二十八条 本办法自2004年7月1日起施行。1984年4月3日河南省第六届人民代表大会常务委员会第六次会议审议通过、根据1989年11月8"
     "日河南省第七届人民代表大会常务委员会第十二次会议《关于修改〈河南省农作物种子管理条例（试行）〉的决定》第一次修正、根据1993年10月22日"
     "河南省第八届人民代表大会常务委员会第四次会议《关于修改〈河南省农作物种子管理条例〉的决定》第二次修正、根据1997年5月23日河南省第八届人"
     "民代表大会常务委员会第二十六次会议《关于修改〈河南省农作物种子管理条例〉的决定》第三次修正的《河南省农作物种子管理条例》同时废止。",
     [("河南省农作物种子管理条例", None, "同时废止")]),
    ("negative: an amending decision in a regulation's header (修正) is an amendment, no repeal",
     "other_districts_fresh16/texts/henan-2003-yiwu-zhishu-tiaoli-repo.txt:5",
     "2018年9月29日 河南省第十三届人民代表大会常务委员会第六次会议《河南省人民代表大会常务委员会关于修改部分地方性法规的决定》修正", []),
    # ---- stop 21 (repeal45): an anaphoric count, a target without title marks, a consultation (real lines)
    ("back_referred: 此前印发的三个办法…同时废止 repeals the three named just before with their numbers",
     "https://zh.m.wikisource.org/wiki/关于修订印发农业相关转移支付资金管理办法的通知 (财农〔2020〕10号)",
     "我们对2017年发布的《农业生产发展资金管理办法》(财农〔2017〕41号)、《农业资源及生态保护补助资金管理办法》(财农〔2017〕42号)、"
     "《动物防疫等补助经费管理办法》(财农〔2017〕43号)进行了修订。现将修订后的管理办法予以印发,请遵照执行。此前印发的三个办法及"
     "《财政部 农业农村部关于农业相关转移支付资金管理办法的补充通知》(财农〔2019〕98号)同时废止。",
     [("财政部农业农村部关于农业相关转移支付资金管理办法的补充通知", "财农〔2019〕98号", "同时废止"),
      ("农业生产发展资金管理办法", "财农〔2017〕41号", "同时废止"),
      ("农业资源及生态保护补助资金管理办法", "财农〔2017〕42号", "同时废止"),
      ("动物防疫等补助经费管理办法", "财农〔2017〕43号", "同时废止")]),
    ("back_referred: a count larger than the titles named before it reads nothing back (constructed)", "constructed",
     "现将《某县物业管理办法》印发给你们。上述三个文件同时废止。", []),
    ("back_referred: a proposal is none (constructed)", "constructed",
     "《某县物业管理办法》、《某县停车管理办法》拟修订,建议上述两个办法同时废止。", []),
    ("plain_target: 关于…的通知(文号)予以废止, no title marks (生态环境部 2020, news)",
     "https://qiangdayun.com/news/show.php?itemid=34361",
     "记者注意到,废止的26件规范性文件中时间跨度非常大,从上个世纪的1996年到2016年的都有。其中关于加强城镇污水处理厂污泥污染防治工作的通知"
     "(环办〔2010〕157号)予以废止。",
     [("关于加强城镇污水处理厂污泥污染防治工作的通知", "环办〔2010〕157号", "废止")]),
    ("plain_target negative: cited basis numbers before a 予以废止 of unnamed documents (the same item)",
     "https://qiangdayun.com/news/show.php?itemid=34361",
     "根据《规章制定程序条例》《优化营商环境条例》《国务院关于在市场体系建设中建立公平竞争审查制度的意见》(国发〔2016〕34号)、"
     "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》(国办发〔2018〕37号)等法规和文件精神,生态环境部决定对部分规章、"
     "规范性文件予以废止或者修改。", []),
    ("numbered_target negative: a gazette's table of contents names announcements by number, no verb",
     "https://www.wanglu.net/thread/t12-142899-0.html (农业农村部公报 2019年第3期)",
     "中华人民共和国农业农村部公告 第104号 /17 农民专业合作社示范章程 /18 中华人民共和国农业农村部公告 第105号 /26", []),
    ("numbered_target negative: cited as a basis (constructed)", "constructed", "根据农业部第1024号公告要求,做好相关工作。", []),
    ("a consultation on repealing (公开征求废止《X》意见) is a proposal",
     "https://fw.scjgj.sh.gov.cn/shaic/ask!toOnlineFaqResultDetailPage.action?id=0000009a201906120001 (上海)",
     "关于公开征求废止《上海市公共信息图形标志标准化管理办法》意见的通知", []),
    ("拟予以废止 after the cited upper laws is a proposal (the same consultation)",
     "https://fw.scjgj.sh.gov.cn/shaic/ask!toOnlineFaqResultDetailPage.action?id=0000009a201906120001 (上海)",
     "《上海市公共信息图形标志标准化管理办法》制定所依据《中华人民共和国标准化法》已于2018年1月1日修订后发布施行,同时,所依据的"
     "《上海市标准化条例》(修订草案)已于2019年5月21日经市人大常委会审议。上位法的修订取消了本政府规章制定的依据,根据国家法制统一的"
     "要求,拟予以废止,希望市民和单位踊跃参与,对本政府规章的废止提出意见和建议。", []),
    # a ministry's numbered 公告 named by its organ and serial, no title: the name as printed
    ("numbered 公告 named by organ and serial", "other_districts_fresh18/texts/gansu_gannan-2015-nongyebu-gonggao-2254-"
     "xinxi-gongkai-zhinan-zhuanzai.txt:22",
     "公民、法人或者其他组织可在农业部门户网站(www.moa.gov.cn)上查阅。自本公告发布之日起,农业部第1024号公告废止。",
     [("农业部第1024号公告", None, "废止")]),
    ("numbered 公告 named 公告第N号", "made: the serial after 公告, as 农业农村部公告第250号 is printed (03j9n.cn/law/1/53938.html)",
     "自发布之日起施行,农业部公告第1024号同时废止。", [("农业部公告第1024号", None, "同时废止")]),
    ("negative: a part of numbered 公告 (相关内容) is no repeal of them", "http://www.03j9n.cn/law/1/53938.html (农业农村部公告第250号)",
     "食品动物中禁止使用的药品及其他化合物以本清单为准,原农业部公告第193号、235号、560号等文件中的相关内容同时废止。", []),
    ("negative: a numbered 公告 proposed for repeal", "made", "拟将农业部第1024号公告废止。", []),
    # ---- a numbered letter's published list ended: the letter repealed by its number alone (round161)
    ("文号 + 文件公布的<list> 同时废止",
     "benchmarks/data/other_districts_fresh48/texts/hebei_shengzhengfu-2006-nongchanpin-jiagong-shifan-jidi-xian-longtou-qiye-rending.txt:15",
     "有效期自2006年5月至2008年5月。冀政函 (2004)54号文件公布的农业产业化省级重点龙头企业同时废止。",
     [(None, "冀政函〔2004〕54号", "同时废止")]),
    ("negative: a numbered letter's list cited as a basis, nothing ends", "made after the fresh48 line",
     "根据冀政函〔2004〕54号文件公布的农业产业化省级重点龙头企业名单,开展监测。", []),
    ("negative: a number cited beside a repeal of another's content (中的相关内容)", "made after the fresh48 line",
     "冀政函〔2004〕54号文件中的相关内容同时废止。", []),
    ("negative: the proposal word swallowed by the 文号's issuer part", "made",
     "建议冀政函〔2004〕54号文件公布的名单予以废止。", []),
    ("negative: 拟将 before a number alone", "made", "拟将冀政函〔2004〕54号文件废止。", []),
]


@pytest.mark.parametrize("style,source,sentence,want", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_repeal_sentences(style, source, sentence, want):
    got = sentence_repeals(normalize_line(sentence).replace(" ", ""))
    assert [(r["title"], r["doc_number"], r["verb"]) for r in got] == want


def test_a_cleanup_list_repeals_only_its_failed_and_repealed_items():
    text = "\n".join([
        "某县人民政府关于公布规范性文件清理结果的决定",
        "某政发〔2024〕5号",
        "各乡镇人民政府:",
        "现将清理结果公布如下。",
        "一、继续有效的规范性文件",
        "1.《某县县级储备粮管理办法》(某政办发〔2020〕3号)",
        "二、宣布失效的规范性文件",
        "1.《某县行政许可事项清单》(某政办发〔2022〕7号)",
        "三、决定废止的规范性文件",
        "1.《某县物业管理暂行规定》(某政发〔2015〕2号)",
        "某县人民政府",
        "2024年8月31日",
    ])
    issue = segment_issue(normalize_lines(text), "x.txt")
    got = sorted((r["target_doc_number"], r["kind"]) for r in extract_repeals(issue))
    assert got == [("某政办发〔2022〕7号", "宣布失效"), ("某政发〔2015〕2号", "废止")]


def test_a_proposed_list_heading_repeals_nothing():
    """拟废止 / 拟宣布失效 … 目录 headings announce a proposal: their items stay in force."""
    text = "\n".join([
        "某县人民政府关于征求规范性文件清理意见的通知",
        "某政办函〔2025〕5号",
        "各乡镇人民政府:",
        "现将清理意见公布如下。",
        "一、拟废止的规范性文件",
        "1.《某县物业管理暂行规定》(某政发〔2015〕2号)",
        "二、拟宣布失效的规范性文件",
        "1.《某县行政许可事项清单》(某政办发〔2022〕7号)",
        "某县人民政府办公室",
        "2025年8月1日",
    ])
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert extract_repeals(issue) == []


def test_a_list_of_numbers_only_under_a_repeal_heading():
    """Shape of issue #16 ("lists of 文号 only"): numbered 文号 under a 废止 heading are targets; under 继续有效 not."""
    text = "\n".join([
        "某县人民政府关于废止部分规范性文件的决定",
        "某政发〔2024〕9号",
        "各乡镇人民政府:",
        "一、继续有效的规范性文件",
        "1.某政发〔2020〕3号",
        "二、决定废止的规范性文件",
        "1.某政发〔2015〕2号",
        "2.某政办发〔2016〕7号",
        "某县人民政府",
        "2024年9月1日",
    ])
    issue = segment_issue(normalize_lines(text), "x.txt")
    got = sorted((r["target_title"], r["target_doc_number"], r["kind"]) for r in extract_repeals(issue))
    assert got == [(None, "某政办发〔2016〕7号", "废止"), (None, "某政发〔2015〕2号", "废止")]


# Styles of benchmarks/data/other_districts_fresh (real lines; file:line), each a whole excerpt → its targets.
# (style, where, text lines, [(target title, number, kind)])
NOTICES = [
    ("规章_repeal: Chinese-ordinal items under a lead-in sentence, the 令 number in the item's note",
     "jiangsu_changzhou-guizhang-feizhi-noheader.txt:1-4",
     ["为维护法治统一,及时清理与改革决策和经济社会发展不相适应的市政府规章,市政府决定对以下2件市政府规章予以废止:",
      "一、《常州市城市市容管理办法》(2016年12月1日常州市人民政府令第2号发布)",
      "二、《常州市生活垃圾分类管理办法》(2018年11月23日常州市人民政府令第8号发布)", "本决定自公布之日起施行。"],
     [("常州市城市市容管理办法", "常州市人民政府令第2号", "废止"), ("常州市生活垃圾分类管理办法", "常州市人民政府令第8号", "废止")]),
    ("repeal_table_rows: a table printed with spaces; a number cut by the page is none; a law named in 说明 is no target",
     "sichuan_dazhou-feizhi-table-lawsite.txt:32-36",
     ["附件1:达州市人民政府决定废止的政策性文件目录(28件)", "序号 文件名称 发布机关及文号 说明",
      "1 关于城市规划建设管理规定的通知 达市府发〔2000〕65号 1、制定依据发生了重大变化。(2008年3月新的《城乡规划法》正式实施后,原《城市规划法》已废止)",
      "2、根据现行城市规划的需要,已制定了新的城市规划政策。", "2 关于加强城区商品市场建设和管理的通知 达市府发〔2000〕1"],
     [("关于城市规划建设管理规定的通知", "达市府发〔2000〕65号", "废止"), ("关于加强城区商品市场建设和管理的通知", None, "废止")]),
    ("宣布失效_named_examples + repealer_cited: titles named after a count of repealed documents; the decision itself is none",
     "guangdong_huizhou-shixiao-news-named.txt:2-4",
     ["南方日报讯(记者/周欢)近日,惠州市政府发布《惠州市人民政府关于宣布失效一批市政府文件的决定》,对1988年惠州升格为地级市以来以市政府、"
      "市政府办公室名义印发的文件进行全面清理,292件市政府文件被宣布失效。",
      "记者了解到,此举是为贯彻落实中央、省有关文件要求。凡宣布失效的市政府文件,自该决定印发之日起一律停止执行,不再作为行政管理的依据。",
      "宣布失效的292个文件有各个时间阶段的。《关于惠州市区内计划生育工作管理问题的通知》《关于惠州市区教育若干问题的决定》等在1988年制定,"
      "已经过去30年。也有不少是近几年才出台的,如《惠州市人民政府办公室关于印发惠州市深化医药卫生体制改革近期工作要点的通知》等。"],
     [("关于惠州市区内计划生育工作管理问题的通知", None, "宣布失效"), ("关于惠州市区教育若干问题的决定", None, "宣布失效"),
      ("惠州市人民政府办公室关于印发惠州市深化医药卫生体制改革近期工作要点的通知", None, "宣布失效")]),
    ("a basis cited among the named examples is none (constructed: 根据国务院《…》)", "constructed",
     ["此次宣布失效的3件文件,根据国务院《关于取消一批行政许可事项的决定》清理,包括《某市物业管理办法》《某市停车管理办法》等。"],
     [("某市物业管理办法", None, "宣布失效"), ("某市停车管理办法", None, "宣布失效")]),
    ("a proposed count names no target (constructed from the line above)", "guangdong_huizhou-shixiao-news-named.txt:4",
     ["拟宣布失效的292个文件有各个时间阶段的。《关于惠州市区教育若干问题的决定》等在1988年制定。"], []),
    ("plain items: numbered titles without 《》, the 文号 in brackets, under a lead-in ending in 。 (constructed)",
     "constructed from the shapes above (no stored page found beyond the sets)",
     ["经清理,市政府决定对以下2件规范性文件予以废止。", "(一)关于印发某市城市管理办法的通知(某府发〔2015〕3号)",
      "(二)关于加强某市物业管理的意见(某府办发〔2016〕7号)", "本决定自公布之日起施行。"],
     [("关于印发某市城市管理办法的通知", "某府发〔2015〕3号", "废止"), ("关于加强某市物业管理的意见", "某府办发〔2016〕7号", "废止")]),
    ("plain items under 继续有效 are no repeal (constructed)", "constructed",
     ["下列规范性文件继续有效:", "1.关于印发某市城市管理办法的通知(某府发〔2015〕3号)"], []),
    ("a pipe table printed one cell per line (constructed: the layout of the development set's pipe_cell_per_line pages)",
     "constructed", ["市政府决定废止的规范性文件目录", "序号 |", "文件名称 |", "文号 |", "1 |", "某市物业管理办法 |", "某府发〔2015〕3号 |",
                     "2 |", "某市停车管理办法 |", "某府发〔2016〕4号 |"],
     [("某市物业管理办法", "某府发〔2015〕3号", "废止"), ("某市停车管理办法", "某府发〔2016〕4号", "废止")]),
    ("a table printed one bare cell per line, rows numbered (constructed: the liandu cell layout)", "constructed",
     ["市政府决定废止的规范性文件目录", "", "序号", "", "文件名称", "", "文号", "", "1", "", "某市物业管理办法", "", "某府发〔2015〕3号", "",
      "2", "", "某市停车管理办法", "", "某府发〔2016〕4号"],
     [("某市物业管理办法", "某府发〔2015〕3号", "废止"), ("某市停车管理办法", "某府发〔2016〕4号", "废止")]),
    ("a 清理结果 table with one category per row: only 废止 and 失效 rows are repeals (constructed)", "constructed",
     ["附件：规范性文件清理结果目录", "序号\t文件名称\t文号\t清理意见", "1\t某市物业管理办法\t某府发〔2015〕3号\t继续有效",
      "2\t某市停车管理办法\t某府发〔2016〕4号\t废止", "3\t某市养犬管理办法\t某府发〔2017〕5号\t宣布失效",
      "4\t某市殡葬管理办法\t某府发〔2018〕6号\t修改"],
     [("某市停车管理办法", "某府发〔2016〕4号", "废止"), ("某市养犬管理办法", "某府发〔2017〕5号", "宣布失效")]),
    ("the same table under a proposal heading repeals nothing (constructed)", "constructed",
     ["附件：拟废止的规范性文件目录（征求意见稿）", "序号\t文件名称\t文号\t清理意见", "2\t某市停车管理办法\t某府发〔2016〕4号\t废止"], []),
    ("page_junk_lines inside a list do not end it (constructed: a page's 【打印本页】 between two items)", "constructed",
     ["一、决定废止的规范性文件", "1.《某市物业管理办法》（某府发〔2015〕3号）", "【打印本页】【关闭窗口】", "2.《某市停车管理办法》（某府发〔2016〕4号）",
      "二、继续有效的规范性文件", "1.《某市养犬管理办法》（某府发〔2017〕5号）"],
     [("某市物业管理办法", "某府发〔2015〕3号", "废止"), ("某市停车管理办法", "某府发〔2016〕4号", "废止")]),
    ("explained_decision_cited: a 说明 page names the repeal decision it explains, issuer first; only its target repeals",
     "yunnan_kunming-chuzuche-feizhi-jiedu.txt:1-6 (benchmarks/data/other_districts_fresh2)",
     ["关于废止规范和加强出租汽车候客秩序管理的通告的决定的说明",
      "《昆明市城市管理局关于废止规范和加强出租汽车候客秩序管理的通告的决定》(昆城管规〔2020〕1号),以下简称《决定》已印发,现将情况说明如下:",
      "二、《决定》的主要内容",
      "市城市管理局决定对2006年5月26日印发的《关于规范和加强出租汽车候客秩序管理的通告》(昆城管〔2006〕116号)予以废止。"],
     [("关于规范和加强出租汽车候客秩序管理的通告", "昆城管〔2006〕116号", "废止")]),
    ("decree_promulgation_line: a 令 page's 《本决定》已经…通过,现予公布 is the decision itself, not a list item",
     "sichuan_dazhou-feizhi-table-lawsite.txt:2-15 (benchmarks/data/other_districts_fresh)",
     ["达州市人民政府关于废止部分政策性文件的决定", "", "达州市人民政府令", "第48号",
      "《达州市人民政府关于废止部分政策性文件的决定》已经2008年9月24日市政府第90次常务会议通过,现予公布,自公布之日起施行。"], []),
    ("one_record_per_target: the decision's title, then its 决定废止《X》 line, name one repeal; its number is the first "
     "in its long note (the later one is an amendment's)",
     "shanghai_suliaofanhe-feizhi-guizhang.txt:1-5 (benchmarks/data/other_districts_fresh2)",
     ["《上海市人民政府关于废止<上海市一次性塑料饭盒管理暂行办法>的决定》已经2014年5月4日市政府第46次常务会议通过,现予公布,自公布之日起生效。",
      "市长 杨雄", "2014年5月7日", "上海市人民政府关于废止《上海市一次性塑料饭盒管理暂行办法》的决定",
      "经研究,市人民政府决定废止《上海市一次性塑料饭盒管理暂行办法》(2000年6月14日上海市人民政府令第84号公布,根据2010年12月20日"
      "上海市人民政府令第52号公布的《上海市人民政府关于修改<上海市农机事故处理暂行规定>等148件市政府规章的决定》修正并重新公布)。"],
     [("上海市一次性塑料饭盒管理暂行办法", "上海市人民政府令第84号", "废止")]),
    ("named_examples_in_a_news_item: titles named after 在废止的29个文件中; the 落实 inside an earlier title cites "
     "nothing; the upstream decisions cited in the paragraph before are no targets",
     "sichuan-jiaoyuting-feizhi-29-news.txt:10-14 (benchmarks/data/other_districts_fresh6)",
     ["今年初,国务院颁布了《国务院关于废止和修改部分行政法规的决定》,废止7件行政法规,对107件行政法规和部分条款作了修改;2010年12月"
      "教育部印发《教育部关于修改和废止部分规章的决定》;2011年2月,教育部、国务院学位委员会下发《关于废止和宣布失效一批规范性文件的通知》。",
      "在省教育厅官方网站上列出的清理目录中,《四川省教委关于在普通高中开设职业指导课的通知》等29个规范性文件予以废止。",
      "在废止的29个文件中,记者注意到,省教育厅2006年的《关于印发〈四川省规范教育收费工作八条规定〉的通知》、《关于印发〈四川省义务教育阶段"
      "学校实施素质教育八条规定〉的通知》、《关于认真落实义务教育阶段就近免试入学和严禁使用教辅资料相关规定的紧急通知》和2007年的"
      "《关于严禁寒假期间组织中小学生补课的通知》也在其中。"],
     [("四川省教委关于在普通高中开设职业指导课的通知", None, "废止"),
      ("关于印发〈四川省规范教育收费工作八条规定〉的通知", None, "废止"),
      ("关于印发〈四川省义务教育阶段学校实施素质教育八条规定〉的通知", None, "废止"),
      ("关于认真落实义务教育阶段就近免试入学和严禁使用教辅资料相关规定的紧急通知", None, "废止"),
      ("关于严禁寒假期间组织中小学生补课的通知", None, "废止")]),
    # ---- 规章 decisions that repeal some 规章 and amend others (benchmarks/data/other_districts_fresh10)
    ("规章_plain_items_long_note: (一)-numbered 规章 titles without 《》 under 一、废止N件 heading, each note listing every "
     "order that published and amended it; the 二、…予以修改 section's items are not repeals",
     "jiangxi-2021-feizhi-xiugai-shengzhengfu-guizhang-jueding.txt:10-16 (benchmarks/data/other_districts_fresh10)",
     ["一、废止4件省政府规章",
      "(一)江西省行政事业性收费票据管理规定(1997年6月28日江西省人民政府令第55号公布,2004年6月30日江西省人民政府令第134号修正,"
      "2019年9月29日江西省人民政府令第241号修正)。",
      "(二)江西省行政事业性收费收支两条线管理办法(1998年12月11日江西省人民政府令第86号公布)。",
      "二、对16件省政府规章的部分条款予以修改", "(一)江西省行政执法监督实施办法。"],
     [("江西省行政事业性收费票据管理规定", "江西省人民政府令第55号", "废止"),
      ("江西省行政事业性收费收支两条线管理办法", "江西省人民政府令第86号", "废止")]),
    ("flattened_numbered_list: the headings and items of both sections printed on one line, a space before each "
     "ordinal; a plain title that quotes the law it implements (江西省实施《…条例》办法) is the item, not the law",
     "jiangxi-2025-feizhi-xiugai-shengzhengfu-guizhang-jueding.txt:10 (benchmarks/data/other_districts_fresh10; cut)",
     ["一、废止4件省政府规章 (一)江西省实施《退役士兵安置条例》办法(2016年12月8日江西省人民政府令第225号公布2019年11月28日"
      "江西省人民政府令第242号修正) (二)江西省长江河道采砂管理实施办法(2003年8月8日江西省人民政府令第121号公布2010年11月29日"
      "江西省人民政府令第186号第一次修正2019年9月29日江西省人民政府令第241号第二次修正) 二、对7件省政府规章的部分条款予以修改 "
      "(一)江西省工资支付条例实施办法(2008年1月1日江西省人民政府令第160号公布)"],
     [("江西省实施《退役士兵安置条例》办法", "江西省人民政府令第225号", "废止"),
      ("江西省长江河道采砂管理实施办法", "江西省人民政府令第121号", "废止")]),
    ("plain_item_short_title: a five-character title before its kind word (山东省信访规定), under a lead-in 决定废止以下规章:; "
     "the law cited in the lead-in is no target",
     "shandong-2016-feizhi-xinfang-guiding-deng-3jian-jueding.txt:5-9 (benchmarks/data/other_districts_fresh10)",
     ["依照《中华人民共和国行政许可法》等有关法律、法规以及行政审批制度改革要求,省政府对现行有效的省政府规章进行了清理。"
      "经过清理,省政府决定废止以下规章:",
      "一、山东省信访规定(省政府令第114号)。", "二、山东省安全生产监督管理规定(省政府令第141号)。",
      "三、山东省高等教育自学考试若干规定(鲁政发〔1983〕90号)。", "本决定自公布之日起施行。"],
     [("山东省信访规定", "省政府令第114号", "废止"), ("山东省安全生产监督管理规定", "省政府令第141号", "废止"),
      ("山东省高等教育自学考试若干规定", "鲁政发〔1983〕90号", "废止")]),
    ("glued_items: a page that lost its paragraph breaks runs the items on after each 。 (the shandong lines glued as "
     "glued_paragraphs prints them)", "shandong-2016-feizhi-xinfang-guiding-deng-3jian-jueding.txt:5-9 (other_districts_fresh10)",
     ["经过清理,省政府决定废止以下规章:",
      "一、山东省信访规定(省政府令第114号)。二、山东省安全生产监督管理规定(省政府令第141号)。",
      "三、山东省高等教育自学考试若干规定(鲁政发〔1983〕90号)。本决定自公布之日起施行。"],
     [("山东省信访规定", "省政府令第114号", "废止"), ("山东省安全生产监督管理规定", "省政府令第141号", "废止"),
      ("山东省高等教育自学考试若干规定", "鲁政发〔1983〕90号", "废止")]),
    ("glued_items with bracketed ordinals and long notes", "jiangxi-2021-feizhi-xiugai-shengzhengfu-guizhang-jueding.txt:10-12 "
     "(other_districts_fresh10, glued)",
     ["一、废止4件省政府规章",
      "(一)江西省行政事业性收费票据管理规定(1997年6月28日江西省人民政府令第55号公布,2004年6月30日江西省人民政府令第134号修正)。"
      "(二)江西省行政事业性收费收支两条线管理办法(1998年12月11日江西省人民政府令第86号公布)。"],
     [("江西省行政事业性收费票据管理规定", "江西省人民政府令第55号", "废止"),
      ("江西省行政事业性收费收支两条线管理办法", "江西省人民政府令第86号", "废止")]),
    ("bare_plain_items: numbered 规章 titles with no note under a 废止 heading; a heading that repeals or counts is no "
     "item (constructed from the jiangxi 2021 lines: their 修改 section prints its items so)",
     "jiangxi-2021-feizhi-xiugai-shengzhengfu-guizhang-jueding.txt:15-16 (shape; other_districts_fresh10)",
     ["一、废止2件省政府规章", "(一)江西省行政执法监督实施办法。", "(二)江西省人事争议处理办法。",
      "二、关于修改5件省政府规章的决定", "(一)江西省工资支付条例实施办法。"],
     [("江西省行政执法监督实施办法", None, "废止"), ("江西省人事争议处理办法", None, "废止")]),
    ("title_own_bracket: a plain or bare item's title keeps its own (试行)/(2019年修订) before the note (constructed from "
     "the jiangxi 2021 lines)", "constructed",
     ["一、废止2件省政府规章", "(一)江西省行政事业性收费收支两条线管理办法(试行)(1998年12月11日江西省人民政府令第86号公布)。",
      "(二)江西省人事争议处理规定(2019年修订)。"],
     [("江西省行政事业性收费收支两条线管理办法(试行)", "江西省人民政府令第86号", "废止"), ("江西省人事争议处理规定(2019年修订)", None, "废止")]),
    ("items_after_count_colon: a 解读's count of repealed files, its colon, then (1)《…》(文号) and (2)《…》(文号) run on in "
     "one paragraph, each with its reason; the upstream rules the reasons name are no targets",
     "zhejiang_wenzhou-2024-guodongban-guifanxing-wenjian-qingli-jiedu.txt:7 (other_districts_fresh20, cut)",
     ["本次清理保留行政规范性文件3件,均符合法律、法规、规章和上级政府行政规范性文件要求,为我办行政管理的规范依据,需要继续执行。",
      "本次清理废止行政规范性文件2件:(1)《温州市人民防空办公室关于印发<温州市人民防空工程质量监督管理实施办法>的通知》"
      "(温人防办〔2015〕39号),因其部分内容与上级现行规范性文件相抵触、不一致,且新修订的上级规范性文件《浙江省人民防空工程质量监督"
      "管理办法》(浙人防办〔2021〕8号)已于2021年5月1日起施行,故予以废止;(2)《温州市人民防空办公室关于废止人防审批相关文件的通知》"
      "(温人防办〔2021〕2号),该文件制定时所依据的上级规范性文件《浙江省结合民用建筑修建防空地下室审批管理规定(试行)》"
      "(浙人防办〔2020〕31号)已被废止。"],
     [("温州市人民防空办公室关于印发<温州市人民防空工程质量监督管理实施办法>的通知", "温人防办〔2015〕39号", "废止"),
      ("温州市人民防空办公室关于废止人防审批相关文件的通知", "温人防办〔2021〕2号", "废止")]),
    ("items_after_count_colon under a count of kept files repeal nothing (constructed from the wenzhou line)", "constructed",
     ["本次清理保留行政规范性文件2件:(1)《某市人民防空办公室关于印发某办法的通知》(某人防办〔2015〕39号);"
      "(2)《某市人民防空办公室关于某事项的通知》(某人防办〔2021〕2号)。"], []),
    ("a flattened proposal repeals nothing (constructed from the jiangxi 2025 line)", "constructed",
     ["一、拟废止4件省政府规章 (一)江西省长江河道采砂管理实施办法(2003年8月8日江西省人民政府令第121号公布) "
      "二、继续有效 (一)江西省人工影响天气管理办法(2000年12月29日江西省人民政府令第103号公布)"], []),
    ("same_title_new_and_old: a covering notice issuing a revised plan under the old plan's title repeals the old one, "
     "named with its own number; the document read as titled by the plan names itself only without another number",
     "shanxi_fushan-2025-senlin-caoyuan-fangmiehuo-yingji-yuan-converter.txt:5-7 (other_districts_fresh11, machine traditional)",
     ["浮山縣森林草原防滅火應急預案", "各鄉(鎮)人民政府,縣直有關部門:",
      "新修訂的《浮山縣森林草原防滅火應急預案》已經縣人民政府同意,現印發給你們,請認真貫徹執行。2024年7月18日印發的《浮山縣森林草原防滅火應急預案》"
      "(浮政辦發〔2024〕27號)同時廢止。"],
     [("浮山县森林草原防灭火应急预案", "浮政办发〔2024〕27号", "同时废止")]),
    ("same_title_dated: a regulation repealing the earlier text of its own title, named with the day it was adopted",
     "henan-2004-gonghui-tiaoli-repo.txt:175 (other_districts_fresh13; the file's title line above the article)",
     ["河南省工会条例",
      "第四十二条 本条例自2005年1月1日起施行。1994年9月1日河南省第八届人民代表大会常务委员会第九次会议通过的《河南省外商投资企业和"
      "私营企业工会条例》和1995年6月24日河南省第八届人民代表大会常务委员会第十四次会议通过的《河南省工会条例》同时废止。"],
     [("河南省外商投资企业和私营企业工会条例", None, "同时废止"), ("河南省工会条例", None, "同时废止")]),
    ("same_title_dated under the covering notice's title: the notice issues 《X》 and repeals the X printed with its day",
     "beijing-2014-renda-daibiao-jianyi-piping-yijian-banli-tiaoli-repo.txt:147 (fresh14; the title line above)",
     ["北京市人民代表大会代表建议、批评和意见办理条例",
      "第三十四条 本条例自公布之日起施行。1995年9月22日北京市第十届人民代表大会常务委员会第二十次会议通过，2005年9月9日北京市第十二届"
      "人民代表大会常务委员会第二十二次会议修订的《北京市人民代表大会代表建议、批评和意见办理条例》，同时废止。"],
     [("北京市人民代表大会代表建议、批评和意见办理条例", None, "同时废止")]),
    ("same_title_issued: 关于印发《X》的通知 repeals the earlier X, dated and numbered",
     "ningxia_shizuishan-2023-tufa-shijian-zongti-yingji-yuan.txt:6-8 (other_districts_fresh14)",
     ["市人民政府关于印发《石嘴山市突发事件总体应急预案》的通知", "各县区人民政府,市政府各部门、直属单位:",
      "经市人民政府同意,现将《石嘴山市突发事件总体应急预案》印发给你们,请结合实际抓好贯彻落实。2014年5月19日印发的《石嘴山市突发事件总体"
      "应急预案》(石政发〔2014〕47号)同时废止。"],
     [("石嘴山市突发事件总体应急预案", "石政发〔2014〕47号", "同时废止")]),
    ("the same with the issued text undated and unnumbered: the document's own plan, no target (constructed)", "constructed",
     ["市人民政府关于印发《某市突发事件总体应急预案》的通知", "各县区人民政府:", "《某市突发事件总体应急预案》自印发之日起施行，原预案同时废止。"],
     []),
    ("the same without the old plan's number: the document's own title, no target (constructed)", "constructed",
     ["浮山縣森林草原防滅火應急預案", "各鄉(鎮)人民政府,縣直有關部門:", "原《浮山縣森林草原防滅火應急預案》同時廢止。"], []),
    ("a proposed lead-in: 拟予以废止 (constructed from the changzhou line)", "jiangsu_changzhou-guizhang-feizhi-noheader.txt:1",
     ["市政府拟对以下2件市政府规章予以废止:", "一、《常州市城市市容管理办法》(2016年12月1日常州市人民政府令第2号发布)"], []),
    ("title_cut_by_a_wrap: a 《 left open at a line's end runs on into the next line (the 建水 line cut every 30 characters)",
     "yunnan_jianshui-2022-senlin-caoyuan-huozai-yingji-yuan-tongshi-feizhi.txt:14 (other_districts_fresh12, hard_wrap_30)",
     ["《建水县森林草原火灾应急预案》已经县人民政府同意,现印发你们", ",请结合实际认真贯彻落实。2014年1月26日印发的《建水县",
      "森林火灾应急处置预案》同时废止。"], [("建水县森林火灾应急处置预案", None, "同时废止")]),
    ("title_cut_by_a_wrap: a closed title on the next line is read once (constructed guard)", "constructed",
     ["本办法自印发之日起施行,《某县物业", "管理办法》和《某县停车管理办法》同时废止。"],
     [("某县物业管理办法", None, "同时废止"), ("某县停车管理办法", None, "同时废止")]),
]


@pytest.mark.parametrize("style,where,text,want", NOTICES, ids=[n[0].split(":")[0] for n in NOTICES])
def test_repeal_notice_styles(style, where, text, want):
    issue = segment_issue(normalize_lines("\n".join(text)), where.split(":")[0])
    got = [(r["target_title"], r["target_doc_number"], r["kind"]) for r in extract_repeals(issue)]
    assert got == want


def test_a_spaced_repeal_table_in_traditional_script():
    """The dazhou table (sichuan_dazhou-feizhi-table-lawsite.txt:32-34) in a traditional copy: labels and titles are
    matched in their simplified form."""
    text = "\n".join(["達州市人民政府關於廢止部分政策性文件的決定", "附件1:達州市人民政府決定廢止的政策性文件目錄(28件)",
                      "序號 文件名稱 發佈機關及文號 說明", "1 關於城市規劃建設管理規定的通知 達市府發〔2000〕65號 1、制定依據發生了重大變化。"])
    got = [(r["target_title"], r["target_doc_number"], r["kind"]) for r in extract_repeals(segment_issue(normalize_lines(text), "x.txt"))]
    assert got == [("关于城市规划建设管理规定的通知", "达市府发〔2000〕65号", "废止")]


@pytest.mark.parametrize("style,where,text,want", NOTICES, ids=[n[0].split(":")[0] for n in NOTICES])
def test_repeal_notice_styles_in_a_traditional_copy(style, where, text, want):
    """Every notice style above read from a traditional-script copy gives the same targets (simplified form)."""
    import opencc

    copy = opencc.OpenCC("s2t").convert("\n".join(text))
    issue = segment_issue(normalize_lines(copy), where.split(":")[0])
    assert [(r["target_title"], r["target_doc_number"], r["kind"]) for r in extract_repeals(issue)] == want


def test_named_examples_in_a_zh_tw_copy():
    """sichuan-jiaoyuting-feizhi-29-news-s2twp.txt:14 (other_districts_fresh6): the converter writes 檔案 for 文件 in
    the count (在廢止的29個檔案中); the titles after it are still the repealed ones."""
    from kg.extract.repeals import example_repeals

    line = ("在廢止的29個檔案中,記者注意到,省教育廳2006年的《關於印發〈四川省規範教育收費工作八條規定〉的通知》、《關於認真落實義務教育"
            "階段就近免試入學和嚴禁使用教輔資料相關規定的緊急通知》和2007年的《關於嚴禁寒假期間組織中小學生補課的通知》也在其中。")
    got = example_repeals(normalize_line(line).replace(" ", ""))
    assert [r["title"] for r in got] == ["关于印发〈四川省规范教育收费工作八条规定〉的通知",
                                         "关于认真落实义务教育阶段就近免试入学和严禁使用教辅资料相关规定的紧急通知",
                                         "关于严禁寒假期间组织中小学生补课的通知"]


@pytest.mark.parametrize("line,want", [
    ("被废止的文件包括《某市物业管理办法》、《某市停车管理办法》。", ["某市物业管理办法", "某市停车管理办法"]),
    ("此次废止的规范性文件有《某市物业管理办法》等。", ["某市物业管理办法"]),
    ("拟废止的文件包括《某市物业管理办法》。", []),  # a proposal
    ("对已废止的文件要及时清理,依据《某市物业管理办法》执行。", []),  # no list word after 文件: no list
])
def test_repealed_documents_listed_without_a_count(line, want):
    """A news item's "the repealed documents include 《A》、《B》" (constructed after the sichuan line above, without its
    count): a list word right after 文件 stands for the count."""
    from kg.extract.repeals import example_repeals

    assert [r["title"] for r in example_repeals(normalize_line(line).replace(" ", ""))] == want


def test_a_later_notices_repeal_printed_above_the_page_plan():
    """shandong_huaiyin-2023-zhongwuran-tianqi-yingji-yuan-yifeizhi.txt:1-14 (fresh14): the portal prints, above its
    2023 notice, the later notice's sentence repealing this very plan, dated and numbered (the set records it as a
    repeal of the page's plan); the portal's status value 废止 is no second one."""
    from pathlib import Path

    path = Path("benchmarks/data/other_districts_fresh14/texts/shandong_huaiyin-2023-zhongwuran-tianqi-yingji-yuan-yifeizhi.txt")
    text = "\n".join(path.read_text(encoding="utf-8").splitlines()[:14])
    got = [(r["target_title"], r["target_doc_number"], r["source"]["line_start"])
           for r in extract_repeals(segment_issue(normalize_lines(text), path.name))]
    assert got == [("槐荫区重污染天气应急预案", "槐政办字〔2023〕21号", 12)]


@pytest.mark.parametrize("line,want", [
    # 安徽 2017 (https://m.yybnet.net/anhui/news/201705/6107767.html, news): each example carries its number inside the marks
    ("记者在宣布失效的767件省政府文件目录中看到,这批文件涉及文化、交通、社区服务等多个方面,比如《安徽省人民政府办公厅关于促进电影产业"
     "繁荣发展的意见(皖政办〔2012〕39号)》《安徽省人民政府关于印发安徽省所得税收入分享改革实施方案的通知(皖政〔2002〕70号)》"
     "《安徽省人民政府关于对超限运输车辆行驶公路管理的通告(皖政〔2002〕71号)》等。",
     [("安徽省人民政府办公厅关于促进电影产业繁荣发展的意见", "皖政办〔2012〕39号"),
      ("安徽省人民政府关于印发安徽省所得税收入分享改革实施方案的通知", "皖政〔2002〕70号"),
      ("安徽省人民政府关于对超限运输车辆行驶公路管理的通告", "皖政〔2002〕71号")]),
    # a title whose own bracket is no number keeps it (the fresh6 sichuan line's shape, constructed)
    ("被废止的文件包括《某市物业管理办法(试行)》。", [("某市物业管理办法(试行)", None)]),
])
def test_a_number_printed_inside_the_title_marks_is_the_targets(line, want):
    """《X(文号)》: the number a page prints inside the title marks is the target's 文号, not part of its title."""
    from kg.extract.repeals import example_repeals

    got = example_repeals(normalize_line(line).replace(" ", ""))
    assert [(r["title"], r["doc_number"]) for r in got] == want


# A count repealed first, then 比如 / 例如 naming some of them (repeal62): each title up to the list's end is a target of
# that clause's verb; a proposal, an amended count and a count with no list name none.
GUOWUYUAN_2008 = "http://destroybadbreath.com/sy/rdxw/200801/t20080124_577530.htm (新华网 2008, a converter mirror)"


@pytest.mark.parametrize("source,line,want", [
    (GUOWUYUAN_2008,
     "  《決定》對主要內(nèi)容被新的法律或者行政法規(guī)所代替的49件行政法規(guī)予以廢止,比如,《鐵路留用土地辦法》《旅客丟失車票和發(fā)生"
     "急病、死亡處理辦法》《企業(yè)職工獎懲條例》《城鎮(zhèn)個人建造住宅管理辦法》等;對適用期已過或者調(diào)整對象已經(jīng)消失,實際上已經(jīng)"
     "失效的43件行政法規(guī)宣布失效,比如,《國家工作人員公費醫(yī)療預(yù)防實施辦法》《文物特許出口管理試行辦法》《中華人民共和國筵席稅"
     "暫行條例》等。",
     [("铁路留用土地办法", "废止"), ("旅客丢失车票和发生急病、死亡处理办法", "废止"), ("企业职工奖惩条例", "废止"),
      ("城镇个人建造住宅管理办法", "废止"), ("国家工作人员公费医疗预防实施办法", "宣布失效"),
      ("文物特许出口管理试行办法", "宣布失效"), ("中华人民共和国筵席税暂行条例", "宣布失效")]),
    ("made: 例如 after a count repealed by a county", "经清理,县政府决定对12件规范性文件予以废止,例如《某县物业管理办法》、《某县停车管理办法》等。",
     [("某县物业管理办法", "废止"), ("某县停车管理办法", "废止")]),
    # negatives
    ("made: a proposal", "经评估,拟对12件规范性文件予以废止,比如《某县物业管理办法》等。", []),
    ("made: an amended count", "对21件规章进行修改,比如《某县物业管理办法》等。", []),
    ("http://218.28.6.71:81/Qikan/Article/Detail?id=668185140 (a count with its fields, no title)",
     "据了解,489件失效的国务院文件,主要涉及企业发展环境、三农、教育、医疗卫生、食品安全、社会保障、劳动就业、环境保护等方面,"
     "涉及政策都与公民、法人或者其他组织切身利益密切相关。", []),
    ("https://www.soulun.net/periodical/2aa3b94d2a3b124d01bbde1e9a8bc353.html (the repealer named, a count without titles)",
     "最近,国务院印发《关于宣布失效一批国务院文件的决定》,宣布失效并停止执行506件与现行法律法规不一致、不利于办事创业、"
     "不适应经济社会发展需要的国务院文件。", []),
    ("made: the repealing decision named as an example is no target", "宣布失效的43件文件,比如《关于废止部分文件的决定》等。", []),
])
def test_examples_named_after_a_repealed_count(source, line, want):
    from kg.extract.repeals import example_repeals

    got = example_repeals(normalize_line(line).replace(" ", ""))
    assert [(r["title"], r["verb"].removeprefix("予以")) for r in got] == want
