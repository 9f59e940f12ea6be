"""A numbered notice's or order's serial (kg.parse.serials): its number where it prints no 文号, the title without it, and
the organ its name opens with as its issuer. Real lines from pages of the `pages` corpus, with negatives that must not read."""

import pytest

from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue


def _doc(text):
    return segment_issue(normalize_lines(text), "x.txt").documents[0]


@pytest.mark.parametrize("text,title,number,issuer", [
    # http://qynews.zjol.com.cn/qynews/system/2020/02/09/032193141.shtml (docmeta33): the serial glued to the title
    ("庆元县应对冠状病毒肺炎疫情防控工作指挥部通告第14号\n\n  截止2月8日,我县共报告新型冠状病毒肺炎确诊病例7例。\n\n"
     "  庆元县应对“冠状病毒肺炎”疫情防控工作指挥部\n\n  2020年2月9日\n",
     "庆元县应对冠状病毒肺炎疫情防控工作指挥部通告", "第14号", None),
    # http://www.heqing.gov.cn/dlzhqx/c105777/202001/764b7daed6f842389a04d3153f287b01.shtml (docmeta33): in brackets, the
    # signature over two lines and a digits-only date, so the title's organ issues it
    ("鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告(第1号)\n\n发布时间:2020-01-26\n\n针对目前疫情发展态势,我们号召全县广大"
     "人民群众积极行动起来。\n\n特此通告\n\n     鹤庆县新型冠状病毒感染的肺炎疫情\n\n      防控工作指挥部办公室\n\n      2020126\n",
     "鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告", "第1号", "鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室"),
    # http://www.ddjxro.live/newsdetail.aspx?NewsID=187&CateID=73&NewsCateId=73 (docmeta33, traditional): an order's serial
    # after a 关于 notice's title
    ("關于沙縣防控新型冠狀病毒感染的肺炎有關事項的通告(1號令)\n\n    為加強聯防聯控新型冠狀病毒感染的肺炎,現將有關事項通告如下:\n",
     "关于沙县防控新型冠状病毒感染的肺炎有关事项的通告", "1号令", None),
    # https://zh.wikisource.org/zh-hant/黃岡市新型冠狀病毒感染的肺炎防控工作指揮部通告_(第1號) (docmeta33): a space before it
    ("黃岡市新型冠狀病毒感染的肺炎防控工作指揮部通告 (第1號)\n\n為全力做好新型冠狀病毒感染的肺炎疫情防控工作,現將有關事項通告如下:\n",
     "黄冈市新型冠状病毒感染的肺炎防控工作指挥部通告", "第1号", None),
    # https://www.smrmnews.cn/content/2020/01/27/6765123.html (docmeta33): the heading over three lines, 通 告 spaced, the
    # serial in brackets on the line under it
    ("石门县新型冠状病毒感染的\n肺炎疫情防控指挥部\n通 告\n(县疫情防控指挥部第1号)\n为全力做好新型冠状病毒感染的肺炎疫情防控工作,"
     "石门县成立了疫情防控指挥部。\n2020年1月23日\n",
     "石门县新型冠状病毒感染的肺炎疫情防控指挥部通告", "县疫情防控指挥部第1号", "石门县新型冠状病毒感染的肺炎疫情防控指挥部"),
    # http://www1.jinqianmua.com/afhhy/315.html (docmeta33): an order named by its organ and serial on one line, its signing
    # date's year lost by the repost: the organ the name opens with issues it
    ("罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令\n鉴于目前疫情防控进入关键时期,现发布如下命令:\n一、延长《5号令》执行时间。\n"
     "罗田县新型冠状病毒感染的肺炎防控工作指挥部\n年2月9日\n",
     "罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令", "6号令", "罗田县新型冠状病毒感染的肺炎防控工作指挥部"),
    # https://zh.wikisource.org/zh-hant/潛江市新型冠狀病毒感染的肺炎防控指揮部通告_(1號) (docmeta111): the serial in
    # brackets without its 第, the site's motto under it
    ("潛江市新型冠狀病毒感染的肺炎防控指揮部通告(1號)\n維基文庫,自由的圖書館\n市新型冠狀病毒感染的肺炎疫情防控指揮部通告\n1號\n"
     "2020年1月23日\n發布機關:潛江市新型冠狀病毒感染的肺炎防控指揮部\n"
     "為全力做好新型冠狀病毒感染的肺炎疫情防控工作,嚴防病毒蔓延傳播,現將有關事項通告如下:\n",
     "潜江市新型冠状病毒感染的肺炎防控指挥部通告", "1号", "潜江市新型冠状病毒感染的肺炎防控指挥部"),
])
def test_a_notice_serial_is_its_number(text, title, number, issuer):
    d = _doc(text)
    assert (d.title, d.doc_number) == (title, number)
    if issuer:
        assert d.issuer == issuer


@pytest.mark.parametrize("text,number", [
    # (guard) http://qingyuan.gov.cn/ins.asp?s=12&i=10599: a 通知 names no serial
    ("清原满族自治县新型冠状病毒感染的肺炎疫情防控指挥部通知\n\n紧急通知:2月8日为传统的元宵佳节,特此通知。\n\n"
     "清原满族自治县新型冠状病毒感染的肺炎疫情防控指挥部\n\n2020年2月7日\n", None),
    # (guard) http://www.datian.gov.cn/xxgk/tayabl/rdjyblqk/202212/t20221215_1862133.htm: a suggestion's serial inside a
    # reply's title is the suggestion's
    ("大田县民政局关于县十八届人大一次会议第71号代表建议的答复\n\n张太管等代表:\n\n《关于大田经济开发区工业园道路命名问题的建议》收悉,"
     "现回复如下:\n\n大田县民政局\n\n2022年6月20日\n", None),
    # (guard) a 公告's issue number with its year, read as before ("2020年第39号" under the title is BARE_NUMBER_LINE's)
    ("某市审计局审计结果公告2021年第3号\n\n根据《中华人民共和国审计法》的规定,现将审计结果公告如下。\n", None),
    # (guard) a notice's title with no serial and a cited order in its body
    ("关于实施交通管制的通告\n\n严格落实省防控指挥部3号令、市防控指挥部2号令的要求。\n\n特此通告。\n\n长垣市公安局\n\n2021年10月9日\n", None),
    # (guard) https://hbdiao.com/www/ztzl_9/jj2023lh/bgjd/202301/t20230105_805470 (tasks117): a news item carrying the
    # session's 公告, its title below the item's lead: the serial under it is the carried notice's, no number of the item's
    ("12月27日,在荆州区第七届人民代表大会第二次会议第三次全体会议上,通过区人大代表票选表决,区政府2023年民生实事项目正式出炉。"
     "这些民生实事,与我们的生活息息相关,一起来看看吧!\n"
     "365bet账号被限制_beat365在线_beat365体育登陆网址荆州区第七届人民代表大会\n第二次会议公告\n(第1号)\n"
     "365bet账号被限制_beat365在线_beat365体育登陆网址荆州区第七届人民代表大会第二次会议于2022年12月27日投票表决,"
     "确定区政府2023年民生实事项目为10项,分别是:\n一、新民社区“共同缔造”建设项目;\n现予以公告。\n"
     "365bet账号被限制_beat365在线_beat365体育登陆网址荆州区第七届人民代表大会\n第二次会议主席团\n2022年12月27日\n", None),
])
def test_no_serial_where_none_is_the_documents(text, number):
    assert _doc(text).doc_number == number



# http://law256.infoeach.com/view-MjU2fDgwNTg4.html (docmeta33): a law site's copy of a ministry's notice, the title printed
# three times with the organ line between, then the date line and the number line; the site's upload time above
_LAW_SITE_DATED = ("教育部关于印发《2002年秋季普通中小学教学用书目录》的通知\n\n作者:法律资料网 时间:2024-07-03 18:52:51   浏览:9680   "
                   "来源:法律资料网\n下载地址: 点击此处下载\n\n教育部关于印发《2002年秋季普通中小学教学用书目录》的通知\n\n教育部\n\n\n"
                   "教育部关于印发《2002年秋季普通中小学教学用书目录》的通知\n\n\n2001-10-26\n\n教基〔2001〕26号\n\n\n"
                   "   现将《2002年秋季普通中小学教学用书目录》印发你们,并就有关问题通知如下:\n\n"
                   "  1.依据我部《关于积极推进小学开设英语课程的指导意见》(教基〔2001〕2号)精神,从2002年秋季开始选用教材。\n")


def test_a_date_line_over_the_number_under_the_title():
    d = _doc(_LAW_SITE_DATED)
    assert (d.doc_number, d.date, d.issuer) == ("教基〔2001〕26号", "2001-10-26", "教育部")


def test_a_date_line_with_text_between_it_and_a_number_is_no_header():
    # (guard) the body between the date line and a cited number: the cited number is no document's
    text = _LAW_SITE_DATED.replace("\n\n教基〔2001〕26号\n\n", "\n\n   现将目录印发你们。\n\n(教基〔2001〕26号)\n\n")
    assert _doc(text).doc_number is None


# http://m.ddtbk.com/news/520798.html (docmeta33): a news site's caption (place + the notice's title + the credited
# source) over its repost time and the caption again, then the notice's own title alone, signed by another office
_CAPTIONED = ("新乡长垣市关于实施交通管制的通告(长垣市交通管理局)\n\n社会热点2022-10-12 06:32:26未知\n\n"
              "新乡长垣市关于实施交通管制的通告(长垣市交通管理局)\n\n  关于实施交通管制的通告\n\n"
              "  当前黄河下游河道仍处于大流量过程,为保证防汛车辆安全通行和人民群众生命安全,禁止一切车辆通行。\n\n  特此通告。\n\n"
              "  长垣市公安局\n\n  2021年10月9日\n\n本文标签: ,车辆  ,人员  ,长垣  ,榆林  ,通告  \n")


def test_a_news_caption_gives_way_to_the_notices_own_title():
    d = _doc(_CAPTIONED)
    assert (d.title, d.issuer, d.date) == ("关于实施交通管制的通告", "长垣市公安局", "2021-10-09")


def test_a_headline_without_a_credited_source_stays():
    # (guard) the caption without its credit: no site's caption read, the headline stays the title
    text = _CAPTIONED.replace("(长垣市交通管理局)", "")
    assert _doc(text).title == "新乡长垣市关于实施交通管制的通告"


@pytest.mark.parametrize("text,issuer,date", [
    # http://www.023dajian.cn/gdsw110/ywyw/gggs/content/post_889345.html (docmeta33, a converter copy): a police detachment's
    # 通告 whose items and signature are printed on one long line after its closing words
    ("關(guān)于對汕尾體育館周邊道路實施臨時交通管制的通告\n關(guān)于對汕尾體育館周邊道路實施臨時交通管制的通告\n"
     "“廣東家鄉(xiāng)迎新年”暨“山海湖城 冬養(yǎng)汕尾”文化惠民賀新春文藝晚會活動將在市城區(qū)舉辦,我支隊決定對市城區(qū)汕尾體育館周邊道路實施"
     "臨時交通管制?,F(xiàn)通告如下:\n一、臨時交通管制時間 2023年1月20日 17:00-22:30 二、交通管制路段 體育支路、公園路體育館路段雙向。 "
     "三、管制措施 1、管制期間,體育支路、公園路體育館路段雙向禁止一切車輛在上述路段通行或停放(執(zhí)勤和活動保障用車除外)。 "
     "四、其他提示 敬請廣大市民積極配合公安交通管理部門工作,自覺遵守本通告。因交通管制給廣大市民交通出行帶來的不便,敬請諒解。 "
     "特此通告 汕尾市公安局交通警察支隊 2023年1月20日\n關(guān)聯(lián)稿件:\n相關(guān)附件:\n",
     "汕尾市公安局交通警察支队", "2023-01-20"),
])
def test_a_detachment_signs_its_notice_on_one_line(text, issuer, date):
    d = _doc(text)
    assert (d.issuer, d.date) == (issuer, date)


@pytest.mark.parametrize("text,want", [
    # http://law522.infoeach.com/view-NTIyfDI5Nw== (docmeta33): a law site's copy of a State Council regulation, the
    # organ line 国务院 between the title and the decree's banner, the number on the next line
    ("生猪屠宰管理条例\n\n国务院\n\n\n生猪屠宰管理条例\n\n  中华人民共和国国务院令\n\n  第238号\n\n  《生猪屠宰管理条例》已经1997年12月12日\n"
     "国务院第六十四次常务会议通过,现予发布,自1998\n年1月1日起施行。\n\n  总理李鹏\n\n  1997年12月19日\n\n  第一条为了加强生猪屠宰管理,"
     "保证生猪产品质量,\n保障人民身体健康,制定本条例。\n",
     ("生猪屠宰管理条例", "中华人民共和国国务院令第238号", "国务院")),
    # (guard) the head of state's order under a law's name keeps its own reading (the law's name opens with the state's)
    ("中华人民共和国国家通用语言文字法\n\n全国人民代表大会常务委员会\n\n中华人民共和国主席令(九届第37号)\n\n"
     "《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过,"
     "现予公布,自2001年1月1日起施行。\n\n中华人民共和国主席 江泽民\n\n2000年10月31日\n",
     ("中华人民共和国国家通用语言文字法", "中华人民共和国主席令(九届第37号)", "全国人民代表大会常务委员会")),
])
def test_a_national_decree_banner_joins_its_number(text, want):
    d = _doc(text)
    assert (d.title, d.doc_number, d.issuer) == want
