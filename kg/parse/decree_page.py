"""A decree (令) printed on one line, a page flattened with its breaks turned to spaces: "海南省人民政府令 第188号 《X》已经…审议
通过,现予公布,自…起施行。 省长卫留成 二○○五年五月二十三日 X 第一章 总 则 第一条 …" — its banner, number, promulgation note,
signer and signing date in that order; `flattened_decree` reads them into a header where no header was recognised."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.parse import patterns as P
from kg.parse.headers import Header
from kg.parse.normalize import compact, fold
from kg.model import Line

__all__ = ["banner_decree", "flattened_decree", "flattened_notice", "head_signed_decree", "head_government"]

_DAY = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,3}|[一二三四五六七八九十]{1,3})日"
# the banner and number, the promulgation note quoting the title, the signer's post and name, the signing date, all on
# the page's first line apart by spaces
_FLATTENED_DECREE = re.compile(
    r"^(?P<organ>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府))令\s*(?P<no>第\s*[〇零一二三四五六七八九十百\d]{1,5}\s*号)\s+"
    r"《(?P<title>[^《》]{4,80})》(?:已经|已于|经)[^。]{0,80}?(?:通过|同意)[^。]{0,40}?(?:现予|予以)公布[^。]{0,40}。\s*"
    r"(?P<signer>[\u4e00-\u9fff]{1,8}(?:长|主席|主任)\s*[\u4e00-\u9fff]{2,4})\s+(?P<date>" + _DAY + r")(?=\s|$)")


def flattened_decree(lines: list[Line], start: int, end: int) -> Header | None:
    """The header of a decree printed on one line (`_FLATTENED_DECREE`) at the first non-blank line of lines[start:end]:
    the government's 令 and its number, the title its promulgation note quotes, the signing date; else None."""
    k = next((i for i in range(start, min(end, len(lines))) if not lines[i].blank), None)
    if k is None:
        return None
    # (the spaces the page kept part its fields: read as printed, folded as every matcher reads a zh-TW or converter copy)
    m = _FLATTENED_DECREE.match(fold(lines[k].raw).strip())
    if not m:
        return None
    number = m["organ"] + "令" + compact(m["no"])
    return Header(start=start, issuer=m["organ"], title=m["title"], title_start=k, title_end=k, end=k - 1,
                  doc_number=number, doc_number_line=k, evidence=(), date=P.parse_date(m["date"]), date_line=k,
                  metadata={"flattened_decree": True})


# the head of a government signing its decree over the date: "天津市市长 黄兴国" ⏎ "2014年4月12日" (天津 津政令第7号, under a law
# site's 发布日期 2014-3-25, the day the meeting adopted it), "省长 X", "自治区主席 X"
_HEAD_SIGNATURE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?[省市县区州旗盟])?(?:省长|市长|县长|区长|州长|旗长|盟长|主席)\s*"
                             r"[\u4e00-\u9fff]{2,4}$")


def _head_signature(lines: list[Line], date_i: int | None, doc_number: str | None) -> re.Match | None:
    """The government head's signature (`_HEAD_SIGNATURE`) on the first non-blank line of the two above date_i, when the
    document's number is a 令's; else None."""
    if date_i is None or "令" not in (doc_number or ""):
        return None
    above = next((lines[k] for k in range(date_i - 1, max(date_i - 3, -1), -1) if not lines[k].blank), None)
    return _HEAD_SIGNATURE.match(fold(above.raw).strip()) if above is not None else None


def head_signed_decree(lines: list[Line], date_i: int | None, doc_number: str | None) -> bool:
    """Whether a decree (its number a 令's) is signed by its government's head on the line above date_i: that date is the
    decree's signing, whatever later or earlier day the page's fields give."""
    return _head_signature(lines, date_i, doc_number) is not None


def head_government(lines: list[Line], date_i: int | None, doc_number: str | None) -> str | None:
    """The government whose head signs its decree over date_i, when the signature names the place ("天津市市长 黄兴国" →
    天津市人民政府: the 令 is the government's), else None."""
    m = _head_signature(lines, date_i, doc_number)
    return m["place"] + "人民政府" if m and m["place"] else None


# A wiki's copy of a decree: its page title, the banner and number alone on the first line ("北京市人民政府令第200號"), then the
# site's chrome, the neighbouring decrees' numbers as navigation ("北京市人民政府令第199號", "北京市人民政府令第201號"), the bare
# banner as a section heading ("北京市人民政府令[編輯]") and the promulgation note that quotes the decree's title, its opening
# 《 sometimes lost ("北京市人民政府關於修改〈…〉等五十九項規章部分條款的決定》已經…審議通過,現予公布"): the number is the first
# line's, the title the note's
_BANNER_ALONE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府))令(?:\[编辑\])?$")
_BANNER_NUMBER = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府))令(?P<no>第[〇零一二三四五六七八九十百\d]{1,5}号)$")
_PROMULGATION_NOTE = re.compile(r"^《?(?P<title>[^《》。，,]{4,100}?)》(?:已经|已于|经)[^。]{0,80}?通过[^。]{0,40}?(?:现予|予以)公布")


def banner_decree(lines: list[Line], h: Header, end: int) -> Header:
    """The header of a wiki's decree page (a bare 令 banner for its title) with the number its first line prints and the
    title its promulgation note quotes; any other header as it is."""
    if not _BANNER_ALONE.match(compact(h.title or "")):
        return h
    first = next((i for i in range(h.start, min(end + 1, len(lines))) if not lines[i].blank), None)
    banner = _BANNER_NUMBER.match(compact(lines[first].text)) if first is not None else None
    if not banner or not compact(h.title).startswith(banner["organ"]):
        return h
    note = next(((i, m) for i in range(h.title_end + 1, min(end + 1, len(lines)))
                 if (m := _PROMULGATION_NOTE.match(compact(lines[i].text)))), None)
    number = banner["organ"] + "令" + banner["no"]
    return replace(h, doc_number=number, doc_number_line=first,
                   **({"title": note[1]["title"].replace("〈", "《").replace("〉", "》")} if note else {}))


# A notice flattened onto one line, its title run on into its recipients: "广东省人民政府关于支持广州南沙新区加快开发建设的若干
# 意见各地级以上市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:为深入贯彻…" (a converter's copy of 粤府〔2015〕
# 19号's page): the organ opening the title issues it, the 各… run before the colon is its recipients
_FLATTENED_NOTICE = re.compile(
    r"^(?P<title>(?P<organ>[\u4e00-\u9fff]{2,30}?(?:人民政府|办公厅|办公室|委员会|厅|局))关于[^。：:；;]{4,80}?的"
    r"(?:若干)?(?:意见|通知|决定|规定|办法|方案|批复|通告))"
    # (or recipients counted by their kind: "北京市农村工作委员会关于做好走进山区系列活动组织工作的通知 七山区县人民政府: 按照市有关领导的
    # 要求,…" (fresh60 beijing_shi-nongwei-2006-zoujin-shanqu-xilie-huodong-tongzhi-lsbar.txt:1, a page on one line))
    r"(?P<to>各[^。：:；;]{2,160}?|[一二三四五六七八九十]{1,2}个?[\u4e00-\u9fff]{0,8}?(?:人民政府|政府))[：:](?=.{20})")


def flattened_notice(lines: list[Line], start: int, end: int) -> Header | None:
    """The header of a notice printed on one line, its title run on into its recipients (`_FLATTENED_NOTICE`) at the
    first non-blank line of lines[start:end]: the organ, the title, the recipients; else None."""
    k = next((i for i in range(start, min(end, len(lines))) if not lines[i].blank), None)
    m = _FLATTENED_NOTICE.match(compact(lines[k].text)) if k is not None else None
    if not m:
        return None
    return Header(start=start, issuer=m["organ"], title=m["title"], title_start=k, title_end=k, end=k - 1,
                  recipients=m["to"], evidence=(), metadata={"flattened_notice": True})
