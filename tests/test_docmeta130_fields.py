"""Document fields read in docmeta130 (issue #16, third round): an issued document signed on its last line with no date
under it; a signature printed date first. Real lines of the development sets' pages (shortened), with guards that must read as before."""

import pytest

from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue
from kg.parse.signature import signer_under_date, undated_closing_signer


def _doc(text, n=0):
    return segment_issue(normalize_lines(text), "x.txt").documents[n]


# tasks58 anhui-luan-minsheng-gongcheng-jindu-tongbao-inline-qiantou-danwei (lines 1-3, 9-12): a city's 通报, the office
# signing on the last line, the page's date dropped, the page's controls under it
_LUAN = ("六安市1至9月份民生工程实施进度通报\n"
         "为扎实推进我市2021年33项民生工程精准实施,确保民生工程目标任务高效完成,现将1至9月份实施进度通报如下:\n"
         "一、各县区民生工程实施进度综合排名\n"
         "5、农作物秸秆产业化利用,牵头单位:市农业农村局。其中,标准化收储中心建设进度较慢的为霍山县。\n"
         "六安市民生办\n扫一扫在手机打开当前页\n")


@pytest.mark.parametrize("what,text,want", [
    ("a 通报 signed on its last line, no date", _LUAN, "六安市民生办"),
    # guards: an organ with no place, a body whose last sentence runs on, a date under the organ (the dated readers')
    ("an organ naming no place", _LUAN.replace("六安市民生办", "民生办"), None),
    ("the last sentence not closed", _LUAN.replace("进度较慢的为霍山县。", "进度较慢的为霍山县"), None),
])
def test_undated_closing_signer(what, text, want):
    lines = normalize_lines(text)
    assert undated_closing_signer(lines, 0, len(lines) - 1) == want


def test_the_signer_is_the_documents_issuer():
    assert _doc(_LUAN).issuer == "六安市民生办"


# fresh44 qinghai_kejiting-2019-diyipi-kejixing-qiye-fushen-rending-gongshi (the whole page, shortened): a 公示 with no
# title on a policy site, signed date first
_QINGHAI = ("各有关单位:\n根据《青海省科技型企业认定管理办法》(青科发高新〔2014〕188号),经企业申报、专家评审,现予公示。\n"
            "附件:1、青海省2019年度第一批拟通过复审科技型企业名单.\n2、青海省2019年度第一批拟通过认定科技型企业名单.\n"
            "2019年10月23日\n青海省科学技术厅\n")


@pytest.mark.parametrize("what,text,want", [
    ("a signature printed date first", _QINGHAI, "青海省科学技术厅"),
    # guards: an organ naming no place; a line that is no organ under the date
    ("an organ naming no place", _QINGHAI.replace("青海省科学技术厅", "科学技术厅"), None),
    ("no organ under the date", _QINGHAI.replace("青海省科学技术厅\n", "附件下载\n"), None),
])
def test_signer_under_date(what, text, want):
    lines = normalize_lines(text)
    assert signer_under_date(lines, 0, len(lines) - 1) == want


def test_the_date_first_signer_is_the_documents_issuer():
    assert (_doc(_QINGHAI).issuer, _doc(_QINGHAI).date) == ("青海省科学技术厅", "2019-10-23")
