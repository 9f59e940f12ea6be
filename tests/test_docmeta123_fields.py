"""Document fields read in docmeta123 (issue #16, second round): a congress-adopted regulation dated and issued by its
adoption, a decree dated by its publishing 令, a signature cut by one character, an association's or a national group's
signature, a signature over a month-only date, a one-line page's signature before its list, a 文号 field's yearly
serial, the notice a page's teaser names as issuing the plan it prints, a repost's signature over its page's date.
Real lines of the development sets' pages (shortened), with guards that must read as before."""

import pytest

from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue
from kg.parse.signature import is_signer


def _doc(text, n=0):
    return segment_issue(normalize_lines(text), "x.txt").documents[n]


# docmeta119 ningxia-renda-changweihui-yishi-guize-adoption-revision-lines: a law site's copy of a 常委会's rules, adopted
# 1988, amended 1997, revised 2011; the sets' regulation copies take the adoption's date and the adopting 常委会 with its 届
_NINGXIA = ("宁夏回族自治区人民代表大会常务委员会议事规则\n\n作者:法律资料网 时间:2024-07-07 11:34:10   浏览:9574   来源:法律资料网\n"
            "下载地址: 点击此处下载\n\n宁夏回族自治区人民代表大会常务委员会议事规则\n\n宁夏回族自治区人大常委会\n\n\n"
            "宁夏回族自治区人民代表大会常务委员会议事规则\n\n\n\n(1988年8月18日宁夏回族自治区第六届人民代表大会常务委员会第二次会议通过\n\n"
            "根据1997年10月17日宁夏回族自治区第七届人民代表大会常务委员会第二十七次会议《关于修改〈宁夏回族自治区人民代表大会常务委员会"
            "议事规则〉的决定》修正\n\n2011年5月27日宁夏回族自治区第十届人民代表大会常务委员会第二十四次会议修订通过)\n\n\n\n第一章 总 则\n\n"
            "第一条 为了规范宁夏回族自治区人民代表大会常务委员会(以下简称常务委员会)的议事程序,提高审议质量和效率,制定本规则。\n")

# fresh43 jiangxi_waishang-touzi-qiye-yongdi-guanli-banfa-zhengfuling-18: a government's rule adopted by its meeting and
# published by its 令 three months later (the note's bracket never closes): the decree's date
_JIANGXI = ("您的位置: 首页 » 法律资料网 » 法律法规 »\n\n江西省外商投资企业用地管理办法\n\n"
            "时间:2024-07-03 07:39:10 来源: 法律资料网 作者:法律资料网 阅读:8328\n下载地址: 点击此处下载\n\n"
            "江西省外商投资企业用地管理办法\n\n江西省人民政府\n\n\n江西省外商投资企业用地管理办法\n \n\n"
            "(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布\n\n\n\n"
            "  第一条 为加强本省外商投资企业的用地管理,鼓励外商投资,结合本省实际情况,制定本办法。\n\n"
            "  第二条 本办法所称外商投资企业,是指中外合资经营企业、中外合作经营企业和外商独资企业。\n")

# docmeta119 anhui_wuhuxian-renda-changweihui-gonggao-spam-name-stripped-date: the signature cut by its last character, the
# adoption line after 附件:1 the attachment's (its 第十七届 no part of the 公告's signer)
_WUHU = ("当前位置\n248365365公告\n日期:2017/5/9  文章来源:王功伟  阅读次数: 次  [ 关 闭 ]\n \n\n248365365\n\n      \n\n第一号\n\n \n\n"
         "《248365365关于修改〈248365365议事规则〉的决定》已经2017418日芜湖县第十七届人民代表大会常务委员会第一次会议通过,现予公布,"
         "自公布之日起施行。\n\n附件:1、248365365关于修改《248365365议事规则》的决定;\n\n      2、248365365议事规则。\n\n \n\n"
         "                 芜湖县人民代表大会常务委员\n\n                                  2017年4月18\n\n \n\n附件:1\n\n248365365\n\n"
         "关于修改《芜湖县人民代表大会常务\n\n委员会议事规则》的决定\n\n2017418日芜湖县第十七届人民代表大会常务委员会\n\n第一次会议通过)\n\n"
         "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》和有关法律规定,芜湖县第十七届人民代表大会常务委员会"
         "第一次会议决定对《248365365议事规则》作如下修改:\n")

# entrep118 quanguo-zhongguo-fengchanpin-xiehui-di9pi-hangye-longtou-14jia-2017: a national association signs its notice
_FENGCHAN = ("关于公布2017年第九批 “全国蜂产品行业龙头企业”名单的通知\n发布时间:\n2019-01-18 16:35\n各会员单位:\n"
             "  2017年协会继续组织第九批“全国蜂产品行业龙头企业”评定活动。决定江苏日高蜂产品有限公司等14家企业为“全国蜂产品行业龙头企业”。\n"
             "                                                            中国蜂产品协会\n"
             "                                                            2017年10月15日\n相关下载\n")

# entrep118 quanguo-fuzhisuan-hangye-di5jie-wujinbei-zuijia-qiye-bianhao-niantie: signed over a date without its day
_FUZHI = ("关于表彰第五届全国腐植酸行业“乌金杯”获奖者的决定\n2014-04-18\n关于表彰第五届全国腐植酸行业“乌金杯”获奖者的决定\n"
          "授予郭良进、冯广祥、张年福等3位同志“优秀经理人(厂长)奖”,并授予奖牌各1块。\n特此决定。\n"
          "附件:关于开展“第五届全国腐植酸行业‘乌金杯’评选活动”的情况说明\n中国腐植酸工业协会\n二○一四年十一月\n")

# entrep118 quanguo-nongyebu-guojia-shengzhu-hexin-yuzhongchang-2013-18jia-hangnei-bianhao: a print copy on one line, the
# ministry's office signed after the body's last full stop, the list after the date
_NONGYE = ("消息: 按照《〈全国生猪遗传改良计划(2009-2020)〉实施方案》的规定,我部组织全国生猪遗传改良计划工作领导小组办公室和专家组对国家生猪"
           "核心育种场申报企业进行了形式审查和现场评审。其中,天津市惠康种猪育种有限公司等18家企业被评审确定为2013年国家生猪核心育种场"
           "(名单见附件)。国家生猪核心育种场要切实履行义务,主动配合我部做好种猪生产性能抽测和种猪场疫病净化等相关工作。 农业部办公厅 "
           "2013年10月30日 2013年国家生猪核心育种场名单: 1.天津市惠康种猪育种有限公司 2.安平县浩源养殖有限公司\n|\n")

# entrep101 chongqing-yingjiju-guojia-anquan-shengchan-biaozhunhua-erji-29jia-2023-2hao: the 文号 field's yearly serial,
# its number line under the title printed cut ("2023年第2")
_CHONGQING = ("中国政府网 | 重庆市人民政府网 无障碍 关怀版 | 注册\n您当前的位置: 首页> 政务公开> 法定主动公开内容 > 监督检查\n"
              "[ 索引号 ] 11500000MB1907069L/2023-00185 [ 发文字号 ] 2023年第2号\n[ 主题分类 ] 其他 [ 体裁分类 ] 其他\n"
              "[ 发布机构 ] 市应急局\n[ 成文日期 ] 2023-02-22 [ 发布日期 ] 2023-02-22\n"
              "重庆市应急管理局关于授予国家安全生产标准化二级企业的通告\n                                             2023年第2\n"
              "重庆市应急管理局\n关于授予国家安全生产标准化二级企业的通告\n"
              "根据《应急管理部关于印发企业安全生产标准化建设定级办法的通知》(应急〔2021〕83号),现予以通告。\n")

# fresh43 jiangxi_poyu-wandu-binhu-sixian-xiaokang-gongjian-zeren-fengong-fangan: a model-essay site's teaser names the
# notice issuing the plan whose heading follows
_POYU = ("支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案为贯彻落实《江西省人民政府关于支持鄱余万都滨湖四县小康攻坚的指导意见》"
         "(赣府发〔2017〕12号),抓好各项重点工作的推进落实,现提出如下分工方案。一、下面是小编为大家整理的【发改方案】江西省人民政府办公厅"
         "关于印发支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案,供大家参考。\n支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案\n"
         "为贯彻落实《江西省人民政府关于支持鄱余万都滨湖四县小康攻坚的指导意见》(赣府发〔2017〕12号),抓好各项重点工作的推进落实,"
         "现提出如下分工方案。\n一、加快基础设施建设\n(一)完善公路交通网络。\n")

# docmeta47 anhui_bozhou_guantang-2019-yingyang-gaishan-jihua-shidianxian-mingdan-zhuanfa-tag-metadata-twice: a town's
# repost (its 发文日期 the repost's), signed by the national group's office six years before
_BOZHOU = ("谯城区观堂镇\n当前位置: 网站首页 > 政府信息公开 > 观堂镇 > 重要政策执行情况\n"
           "索引号: 113416020031660145/202507-00043 组配分类: 重要政策执行情况\n发布机构: 谯城区观堂镇 主题分类: 综合政务 / 公民\n"
           "名称: 【转发上级】农村义务教育学生营养改善计划国家及地方试点县名单 文号:\n发文日期: 2025-07-11 发布日期: 2025-07-11\n"
           "【转发上级】农村义务教育学生营养改善计划国家及地方试点县名单\n"
           "发布时间:2025-07-11 09:35 信息来源:谯城区观堂镇 浏览次数: 字体:[ ]\n"
           "为提高农村学生营养健康水平,2011年,国务院办公厅印发《关于实施农村义务教育学生营养改善计划的意见》,现将试点县名单公布如下。\n"
           "全国农村义务教育学生营养改善计划领导小组办公室\n2019年4月18日\n")


# tasks117 guizhou-liupanshui-shi-yingjiju-chengli-gongzuozu-negative: a news item's closing credit, the organ and its
# writer after a colon
_LIUPANSHUI = ("发布时间:2022-05-05\n“五一”假期期间,全市持续对重点行业领域开展安全生产隐患排查整治。\n"
               "市应急局成立四个工作组,开展“五一”期间安全生产综合检查,同时开展自建房排查督查工作。\n"
               "节日期间,未接到生产安全和自然灾害突发事件信息报告,全市安全生产形势平稳。\n(市应急局:孙洪)\n")

# repeal62 national-2018-nongyebu-xiugai-feizhi-guizhang-docshare-one-line: a document-sharing site's heading with the
# year before the ministry's title
_NONGYE_DOCSHARE = ("购物车\n我的足迹\n\n2018年农业部关于修改和废止部分规章、规范性文件的决定\n\n加入Vip免费下载 立即下载\n"
                    "农业部关于修改和废止 部分规章、规范性 文件的决定 为了依法保障简政放权、放管结合、优化服务改革措 施落实,农业部对规章和"
                    "规范性文件进行了全面清理。经 过清理,农业部决定: 一、对18部规章和4部规范性文件的部分条款予以修改 。(附件1)\n")


# tasks117 buxiang-zhen-zhenrong-zhenmao-zhengzhi-jingji-fazhan-bangongshi-ge-cun-yao: a template site's author line
# between the heading and its copy: no words of the title
_AUTHOR_LINE = ("关于乡镇镇容镇貌综合整治实施方案\n\n王明刚老师\n\n关于乡镇镇容镇貌综合整治实施方案\n\n"
                "  为了进一步提升我镇镇容镇貌面貌,提高镇域群众生\n"
                "  活质量,按照县委、县政府安排,经镇领导办公会决定,在全镇范围内集中开展镇容镇貌综合整治活动。\n\n"
                "  一、整治时间及实施步骤\n")


@pytest.mark.parametrize("what,text,field,want", [
    ("an author's line is no part of the title", _AUTHOR_LINE, "title", "关于乡镇镇容镇貌综合整治实施方案"),
    ("a news item's closing credit, organ and writer", _LIUPANSHUI, "issuer", "市应急局"),
    ("a ministry's title under a sharing site's year", _NONGYE_DOCSHARE, "issuer", "农业部"),
    ("a congress's rules dated by their adoption, not the revision", _NINGXIA, "date", "1988-08-18"),
    ("… issued by the adopting 常委会 with its 届", _NINGXIA, "issuer", "宁夏回族自治区第六届人民代表大会常务委员会"),
    ("a rule dated by the 令 publishing it, not the meeting adopting it", _JIANGXI, "date", "1992-10-22"),
    ("a signature cut by its last character", _WUHU, "issuer", "芜湖县人民代表大会常务委员会"),
    ("a national association's signature", _FENGCHAN, "issuer", "中国蜂产品协会"),
    ("a signature over a month-only date", _FUZHI, "issuer", "中国腐植酸工业协会"),
    ("a ministry's office signed on a one-line page before its list", _NONGYE, "issuer", "农业部办公厅"),
    ("a 文号 field's yearly serial", _CHONGQING, "doc_number", "2023年第2号"),
    ("the notice a teaser names as issuing the plan", _POYU, "issuer", "江西省人民政府办公厅"),
    ("a repost's signature over the page's 发布机构", _BOZHOU, "issuer", "全国农村义务教育学生营养改善计划领导小组办公室"),
])
def test_document_fields_docmeta123(what, text, field, want):
    assert getattr(_doc(text), field) == want


@pytest.mark.parametrize("name,signer", [
    ("中国蜂产品协会", True),
    ("中国腐植酸工业协会", True),
    ("全国农村义务教育学生营养改善计划领导小组办公室", True),
    ("中国", False),  # (guard) the state's name alone
    ("全国各地", False),  # (guard) a scope, no body
])
def test_national_bodies_sign(name, signer):
    assert is_signer(name) is signer


def test_a_decision_titled_by_its_committee_keeps_the_titles_name():
    """(guard) fresh24 neimenggu-2021-renda-changweihui-xiugai-gongzuo-tiaoli-deng-2-jian-fagui-jueding: a 修改 decision
    titled "X关于…的决定" is the committee's as its title prints it, the adoption note's 届 no part of it."""
    text = ("内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区人民代表大会常务委员会工作条例》等2件地方性法规的决定\n\n"
            "(2021年9月29日内蒙古自治区第十三届人民代表大会常务委员会第二十八次会议通过)\n\n"
            "内蒙古自治区第十三届人民代表大会常务委员会第二十八次会议决定:\n\n一、对《内蒙古自治区人民代表大会常务委员会工作条例》作出修改\n")
    assert _doc(text).issuer == "内蒙古自治区人民代表大会常务委员会"
