"""A people's congress notice opening its page (kg.parse.congress_notices): banner, spaced kind, serial, the signing
body over one or two lines and its date; real lines of the pages named, cut."""

import pytest

from kg.parse.congress_notices import congress_notice
from kg.parse.normalize import normalize_lines

NOTICES = [
    # youxian-xhncloud.voc.com.cn/content/3507157 (docmeta119 hunan_youxian-…, lines 1-12, cut): a session's banner, the
    # presidium signing over two lines, then the rules the notice announces (their title is no title of the notice)
    ("\n攸县第十八届人民代表大会第二次会议\n公 告\n(第4号)\n2022年2月25日,攸县第十八届人民代表大会第二次会议表决通过了《攸县人民代表大会议事规则》。\n"
     "攸县第十八届人民代表大会\n第二次会议主席团\n2022年2月25日\n攸县人民代表大会议事规则\n第一章 总 则\n",
     ("攸县第十八届人民代表大会第二次会议公告", "第4号", "攸县第十八届人民代表大会第二次会议主席团", "2022-02-25")),
    # m-wufeng.cjyun.org/p/11563.html (docmeta119 hubei_wufeng-…, lines 4-23, cut, the news paragraphs above left off): a
    # standing committee's banner, its serial with a year bracket, the committee signing on one line
    ("五峰土家族自治县人民代表大会常务委员会\n公 告\n〔2021〕第2号\n(2021年4月23日自治县九届人大常委会第三十七次会议通过)\n"
     "自治县九届人大常委会第三十七次会议决定:五峰土家族自治县第九届人民代表大会第七次会议于2021年5月7日至8日在县城渔洋关镇召开。\n"
     "特此公告。\n五峰土家族自治县人民代表大会常务委员会\n2021年4月23日\n",
     ("五峰土家族自治县人民代表大会常务委员会公告", "〔2021〕第2号", "五峰土家族自治县人民代表大会常务委员会", "2021-04-23")),
]

# guards: a session's banner over a report's title (no kind, no serial); a committee's rules headed by its name only
NOT_NOTICES = [
    "攸县第十八届人民代表大会第二次会议\n政府工作报告\n(2022年2月20日)\n",  # constructed: a session's report
    # docmeta119 ningxia-renda-… (lines 7-9): a committee's name opening its rules' title, no banner line
    "宁夏回族自治区人大常委会\n\n\n宁夏回族自治区人民代表大会常务委员会议事规则\n\n\n\n(1988年8月18日宁夏回族自治区第六届人民代表大会常务委员会第二次会议通过\n",
]


@pytest.mark.parametrize("text,want", NOTICES)
def test_a_congress_notice(text, want):
    lines = normalize_lines(text)
    h = congress_notice(lines, 0, len(lines))
    assert (h.title, h.doc_number, h.issuer, h.date) == want


@pytest.mark.parametrize("text", NOT_NOTICES)
def test_no_congress_notice(text):
    lines = normalize_lines(text)
    assert congress_notice(lines, 0, len(lines)) is None
