"""A page's source fields, read for the organ they name: a byline's 来源 (byline_source, source_field), a news item's own
credit — 来源 / 信息来源 / 供稿 / 发布单位 / 发布机构 / 作者, or "(X供稿)" closing it (news_source) — and a 来源 line closing a
notice (closing_source), all from one table of labels (_FIELD_LABELS) and of the fields that end them (_NEXT_FIELDS).
`kg.parse.issuers` asks them and chooses."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.headers import _c
from kg.parse.normalize import compact, normalize_line, to_simplified

__all__ = ["byline_source", "byline_text", "closing_source", "news_source", "source_field"]


# One reader of a page's source field (来源 / 信息来源 / 供稿 / 发布单位 / 作者 …), asked by the call sites below for what each
# needs. Each label (a row) names the readers that take it; a new wording is a new row:
#   byline  — a dated byline's bare 来源 (_BYLINE_SOURCE: the fast path of byline_source)
#   field   — a byline's 来源 anywhere on a document's page (source_field)
#   news    — a news item's own credit (news_source, stop 25's decision A)
#   author  — the 作者 field, where no source is printed (source_field's and news_source's fallback)
#   credit  — a closing credit in brackets (source_field); closing — a 来源 line closing a notice (closing_source)
# The readers differ on purpose: a byline's organ may replace a document's header or metadata issuer, so source_field
# takes only a placed organ (_byline_organ), while a news item has no other issuer and news_source takes any organ its
# field names (_credited_organ). Their label and end sets were written at different stops for different pages and are
# kept as they were (review105: one reader, no output change); widening source_field's to news_source's would change
# what a document's page reads, which is a separate decision.
_FIELD_LABELS = (
    ("来源", "byline field news credit closing"),
    ("信息来源", "field news credit closing"),
    ("资料来源", "news closing"),
    ("文章来源", "news closing"),
    ("本文来源", "news"),
    ("发布来源", "news"),
    ("稿件来源", "news"),
    ("稿源", "news"),  # "(稿源:黄泥河森林公安局 通讯员:刘树鑫)" closing a news item (fresh44 jilin_yanbian-huangnihe-…)
    ("资讯来源", "news"),
    ("供稿", "news"),
    ("供稿单位", "news"),
    ("发布单位", "news"),
    ("发布者", "news"),
    ("发布机构", "news"),
    # an organ's own site naming itself in its footer, the item's only credit: "主辦單位:廣元市市場(chǎng)監(jiān)督管理局"
    # (a converter copy of 广元's 联合专项整治 item, fresh47; the README's decision C: the page prints its issuer there)
    ("主办单位", "news"),
    ("作者", "author"),
)
# What ends a field's value: the next field's label (its colon optional), each with the readers that stop at it
# ("field" for both of source_field's labels; "author" for news_source's 作者 fallback). news_source's readers stop at
# more labels (a news site's 通讯员 / 记者 / 审核 credits, its 打印 / 关闭 buttons); source_field's stop at fewer, so
# "来源:某局审核" there reads no organ rather than a shorter one.
_NEXT_FIELDS = (
    ("作者", "field news"),
    ("来源", "author"),
    ("编辑", "field news author"),
    ("责任编辑", "field news author"),
    ("责编", "news author"),
    ("通讯员", "news author"),
    ("记者", "news author"),
    ("审核", "news author"),
    ("初审", "news"),
    ("(?:时间|日期)", "field news author"),
    # (the site's own word before it, "作者:甘肅農業(yè)農村廳 本站發(fā)布時(shí)間:2024年06月03日" (fresh60's 甘肃 converter page): 本站
    # is the site, no part of the organ)
    ("(?:本站|本网)发布(?:时间|日期)", "field news author"),
    ("发布(?:时间|日期)", "field news author"),
    ("(?:更新|发表|信息提供|提供|录入)(?:时间|日期)", "field news"),
    ("发稿(?:时间|日期)", "news"),
    ("浏览", "field news author"),
    ("阅读", "field news author"),
    ("点击", "field news author"),
    ("访问", "field news"),
    ("人气", "field news"),
    ("字体", "field news"),
    ("字号", "news"),
    ("分享", "field news"),
    ("打印", "news"),
    ("关闭", "news"),
    ("专业号", "author"),
)
_CJK = r"\u4e00-\u9fff"


def _labels(reader: str) -> str:
    """The labels `reader` takes (_FIELD_LABELS), as one alternation."""
    return "(?:" + "|".join(label for label, readers in _FIELD_LABELS if reader in readers.split()) + ")"


def _next_field(reader: str) -> str:
    """The next field's label that ends `reader`'s value (_NEXT_FIELDS), its colon optional."""
    return "(?:" + "|".join(label for label, readers in _NEXT_FIELDS if reader in readers.split()) + rf")[^{_CJK}]?"


# the label opens the line or follows a field's value (a date's, or a short 作者's with the space dropped)
# (or a 解读 page's reading unit's, its space dropped: "解读单位: 农业农村局 来源: 市农业农村局 发布日期: 2021年02月19日 09:40"
# (fresh62 hubei_qianjiang-shi-nongyenongcunju-2021-liangshi-shengchan-gongzuo-fangan-jiedu.txt:11; its README: the source field's
# organ as printed, decision A))
_AFTER_FIELD = rf"(?:^|[^{_CJK}]|日期|时间|作者[:：][{_CJK}]{{1,8}}?|解读(?:单位|部门|机关)[:：][{_CJK}]{{2,12}}?)"

# a news page's byline naming the organ that published it: "时间:2023-07-28 来源:区发展和改革委员会". Kept beside
# source_field, which it runs before, since it reads differently on purpose: on the printed line (spaces between the
# fields), its organ any name ending on a bureau's, committee's, office's or government's word with no placed-organ test,
# ended only by a counter with its colon, the font buttons, a bracket or the line's end
_BYLINE_SOURCE = re.compile(r"(?:时间|日期)[:：]\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?"
                            rf"(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*{_labels('byline')}[:：]\s*"
                            r"(?P<organ>[\u4e00-\u9fff]{2,30}?(?:局|委员会|办公室|人民政府|政府办|管委会|改革委))"
                            r"\s*(?:(?:浏览|阅读|点击|访问)(?:次数|量)?[:：]|字体|【|$)")

# The byline's 来源 field in the other orders pages print it (read on the compact line; the organ ends where the next
# field's label, a bracket or the line ends): "来源:清河区人民政府办公室 时间:2023-12-27", "2020-06-30 17:41 来源:
# 南宁经济技术开发区管理委员会 作者:…", "信息提供日期 : 2018-05-07 15:23来源 : 南园街道办事处", "来源:淄博市生态环境局"
# alone between 更新时间 and 作者 lines. Only an organ counts: a site, an outlet or an account (本站, 税屋, 大众网,
# 某区融媒体中心, 某旗发布) is not an issuer. The field may follow the 作者 field's value with the space between them
# dropped ("作者:未知来源:旬阳市自然资源局分享至:"), or the date follow it ("来源:交通运输部 2014年11月14日9:22": a national
# organ, which names no place).
_FIELD_END = rf"(?=$|[【|\[]|{_next_field('field')}|(?:19|20)\d{{2}}[-./年])"
_SOURCE_FIELD = re.compile(rf"{_AFTER_FIELD}{_labels('field')}[:：](?P<organ>[{_CJK}]{{2,30}}?){_FIELD_END}")
# (or its 作者 field, where no 来源 is printed and an organ wrote the page: "時間:2022-08-16 作者:卓尼縣人民政府辦公室 點擊數:")
_AUTHOR_FIELD = re.compile(rf"{_AFTER_FIELD}{_labels('author')}[:：](?P<organ>[{_CJK}]{{2,30}}?){_FIELD_END}")
# a date in a byline (the field that makes a 来源 line a byline, on its line or the lines next to it)
_BYLINE_DATE = re.compile(r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}")
# a street's or town's own office, placed by the street's name only: "南园街道办事处", "某镇人民政府"
# (街道办 not read: in kg/parse/issuers.py this pattern, printed with 街道办, was shadowed by issuers' own later
# _TOWN_OFFICE, the one _byline_organ read; moved here as it read, adding 街道办 is a change of what is read)
_TOWN_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:街道办事处|镇人民政府|乡人民政府)$")
# a town's news item credited to the town by its name alone ("时间: 2018/03/08 来源: 三道通镇 点击数:1066"): the town's own
# item, and the town stands for its organ as printed (as a 发布机构 field naming a town does)
_TOWN_NAME = re.compile(r"^(?!各|全|本|乡镇)[\u4e00-\u9fff]{2,8}(?:镇|乡|街道)$")


# a government named short, with its place: "信息来源: 丽水市政府" (kept as printed, as the page credits it)
_SHORT_GOVERNMENT = re.compile(r"^(?!各|全|本)[\u4e00-\u9fff]{2,10}?(?:省|市|区|县|旗|州|盟)政府$")
# a bureau a page names by its level only, as printed: "市城乡建设局", "县农业农村局"
_UNIT_OF_LEVEL = re.compile(r"^[市县区旗](?!人民政府|政府)[\u4e00-\u9fff]{2,12}(?:局|委员会|办公室)$")

# an office a dated byline names by its short name alone, as printed: "时间:2018-03-08 09:43:33 来源:应急办" (a county
# site's own office; 办 ends the short name of a 办公室, never an outlet's or an account's)
_SHORT_OFFICE = re.compile(r"^(?!各|全|本|网|站)[\u4e00-\u9fff]{2,8}办$")

# a news item's closing credit, the whole line in brackets: "(来 源:澧县文旅广体局)" ⏎ "(审 核:李 晴)"; the brackets make it
# the item's own credit, so it needs no dated byline next to it
_SOURCE_CREDIT = re.compile(rf"^[（(]{_labels('credit')}[:：](?P<organ>[{_CJK}]{{2,30}})[)）]$")


# a society that publishes its own notices, named in the notice's title too: "关于召开中国珠算心算协会第十届理事会…的通知" ⏎
# "来源:中国珠算心算协会 编辑:秘书处 时间:2026-01-07" (docmeta38 quanguo-2026-zhusuan-xinsuan-xiehui-…-association)
_SOCIETY = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:协会|学会|联合会|商会|研究会|促进会)$")


def _byline_organ(organ: str, title: str | None) -> bool:
    """`organ` (a byline's 来源 or 作者 on a document's page) is one that may stand as the document's issuer: an organ
    named with its place or level, a town's office or name, a national organ, a government or office named short, or
    the society the title names. Stricter than news_source's _credited_organ, which reads pages with no other issuer:
    this byline may replace a header's or a metadata field's issuer."""
    return bool(P.is_organ(organ) and (P.ORGAN_PLACE.match(organ) or _UNIT_OF_LEVEL.match(organ))
                or _TOWN_OFFICE.match(organ) or _TOWN_NAME.match(organ) or P.is_national_organ(organ)
                or _SHORT_GOVERNMENT.match(organ) or _SHORT_OFFICE.match(organ)
                or _SOCIETY.match(organ) and organ in compact(title or ""))


# A byline's fields printed in another layout, read as the one line "来源:X 编辑:Y 时间:Z" they stand for: a table row of
# label and value cells (the reader's tab-joined pipe row "| 发布日期 | 2021-06-22 14:10 | 来源 | 双街镇政府 |"), or each
# label alone on its line with its value on the line below (a bulleted block: "来源:" ⏎ "中国珠算心算协会" ⏎ "编辑:" ⏎ …).
# A label is any label of _FIELD_LABELS or _NEXT_FIELDS.
_BYLINE_LABEL = "(?:" + "|".join([label for label, _ in _FIELD_LABELS] + [label for label, _ in _NEXT_FIELDS]) + ")"
_LABEL_CELL = re.compile(rf"^{_BYLINE_LABEL}$")
_LONE_LABEL = re.compile(rf"^[•·\-*]?{_BYLINE_LABEL}[:：]$")


def byline_text(lines: list[Line], rows: list[int], k: int) -> str:
    """The printed text of row k (`rows`: the non-blank lines, in order) with its byline's layout undone: a table row's
    label cells take their colon back, and a lone label line takes the value below it, and so the lone labels after it
    theirs (see _LONE_LABEL); any other line as printed."""
    text = lines[rows[k]].text
    if "\t" in text:
        cells = [compact(cell) for cell in text.split("\t")]
        if any(_LABEL_CELL.match(cell) for cell in cells):
            return "".join(cell + (":" if _LABEL_CELL.match(cell) else " ") for cell in cells)
    fields, i = [], k
    # (the value a short line, never the body's first sentence under an empty field: "来源:" ⏎ "近日,…")
    while i + 1 < len(rows) and _LONE_LABEL.match(_c(lines[rows[i]])) and len(_c(lines[rows[i + 1]])) <= 30 \
            and not _LONE_LABEL.match(_c(lines[rows[i + 1]])) and not re.search("[。，,；;]", _c(lines[rows[i + 1]])):
        fields.append(_c(lines[rows[i]]) + lines[rows[i + 1]].text.strip())
        i += 2
    return " ".join(fields) if fields else text


def source_field(lines: list[Line], j: int, rows: list[int], title: str | None = None) -> str | None:
    """The organ of a byline's 来源 field on line j (a short line dated itself or next to a dated line, or a
    bracketed closing credit; `rows`: the non-blank lines around it, in order), or the society the document's title
    names (its own page)."""
    c = compact(byline_text(lines, rows, rows.index(j)))
    credit = _SOURCE_CREDIT.match(c)
    if credit and P.is_organ(credit["organ"]) and P.ORGAN_PLACE.match(credit["organ"]):
        return credit["organ"]
    m = (_SOURCE_FIELD.search(c) or _AUTHOR_FIELD.search(c)) if len(c) <= 90 else None
    if m and re.match(r"(?:19|20)\d{2}", c[m.end("organ"):]) and not P.is_national_organ(m["organ"]):
        return None  # (the date right after the organ: read for a national organ only, whose name has no place to end on)
    if not m or not _byline_organ(m["organ"], title):
        return None
    k = rows.index(j)
    # the page's fields may stand around a one-paragraph body: "时间:…" ⏎ "文号:" ⏎ body ⏎ "来源:市城乡建设局"
    near = [_c(lines[r]) for r in rows[max(k - 3, 0): k + 3] if r != j and len(_c(lines[r])) <= 60]
    return m["organ"] if _BYLINE_DATE.search(c) or any(_BYLINE_DATE.search(n) for n in near) else None


def byline_source(lines: list[Line], start: int, end: int, top: int | None = None, title: str | None = None) -> str | None:
    """The organ a news byline near the top names as the page's source ("时间:… 来源:区发展和改革委员会",
    "来源:清河区人民政府办公室 时间:2023-12-27"): within 16 printed lines of `top` (the document's title or fields, under the
    site's chrome the document starts with; `start` by default)."""
    # (16 printed lines: a mirror's blank pipe rows "|" over the byline are not counted)
    top = max(start, top or 0)
    shown = [j for j in range(top, end + 1) if not lines[j].blank][:16]
    stop = min(end + 1, max(top + 16, shown[-1] + 1 if shown else 0))
    rows = [j for j in range(start, stop) if not lines[j].blank]
    for k in range(len(rows)):
        m = _BYLINE_SOURCE.search(byline_text(lines, rows, k))
        if m:
            return m["organ"]
    return next((o for o in (source_field(lines, j, rows, title) for j in rows) if o), None)


# A page that is no issued document (a news item, a 工作动态 item) has as issuer the organ its own source field names, as
# printed (the integrator's decision A, stop 25: benchmarks/data/other_districts/README.md): "信息来源:荆州市住建局 |
# 发布时间:…", "资料来源:市工业和信息化局" under 发文时间, "本文来源: 林业厅", "供稿 | 绿色制造与新能源产业处", "(来源:应城市市场
# 监督管理局 通讯员:…)", "来源:廊坊市水务局" closing the item. The label opens the line or follows a field's value; the organ
# ends where a bracket, a digit, a separator or the next field's label does, so a list ("湖南省工业和信息化厅、中商产业研究院
# 整理") or a sentence is none. Never the organ acting in the body, and never a newspaper, a site, a media centre or an
# account ("青海日报", "大观区人民政府网", "区融媒体中心", "鄂托克前旗发布"), nor a company ("集团公司秘书处").
# (a site's column after an underscore: "【来源:天津河北区人民政府_河北要闻】" (fresh52's 天津河北区 item), the organ before it)
_NEWS_END = rf"(?=$|[(（)）【】《\[\]|/0-9 _]|发布[{_CJK}]{{0,4}}[:：]|{_next_field('news')})"
_NEWS_SOURCE = re.compile(rf"{_AFTER_FIELD}{_labels('news')}[:：|]"
                          rf"(?P<organ>[{_CJK}]{{2,30}}?(?:[(（][{_CJK}]{{2,20}}[)）])?){_NEWS_END}")
# (or, where no source field names one, its 作者 field naming an organ alone: "媒体:原创  作者:凉水保护区" (fresh41's
# 凉水 post); an author field naming a person after the organ, "作者:高新区宣传统战部 袁臻", is none. The label may open
# anywhere but in 工作者, since a news item's 作者 follows fields of any kind; source_field's 作者 follows a field's value
# as its 来源 does, and ends where it does)
_NEWS_AUTHOR = re.compile(rf"(?<!工){_labels('author')}[:：](?P<organ>[{_CJK}]{{2,30}}?)"
                          rf"(?=$|[(（)）【《\[|/0-9]|{_next_field('author')})")

# the organ's own word at its end (a bureau, office, department, section, squad, town, street, zone, committee)
_NEWS_ORGAN_END = re.compile(r"(?:局|厅|委员会|委|办公室|办|人民政府|政府|处|科|部|支队|大队|中队|所|站|院|镇|乡|苏木|街道|"
                             r"街道办事处|管委会|管理委员会|开发区|经开区|高新区|新区|中心|"
                             # (a reserve's administration, and a bureau by its field's short name: "作者:凉水保护区",
                             # "来源:青浦城管", "來源:西寧市場監管" (fresh41))
                             r"保护区|城管|监管|"
                             # (a city, county or banner by its whole name stands for its administration, as a town's
                             # does: "来源:第二师铁门关市", the division-city publishing its regiment's news (fresh41))
                             r"市|县|旗|盟)[)）]?$")
# a newspaper, a site, a media centre, an account or a company: what a credit names that is no organ (nor a class of
# offices: "来源:各乡镇办", fresh16's guard)
_NOT_AN_ORGAN = re.compile(r"报|网|新闻|融媒|媒体|电视|广播|客户端|频道|在线|资讯|微信|公众号|头条|发布$|公司|集团|企业|研究院|"
                           r"编辑部|^各")
# (or the organ credited in brackets at the item's end: "(昆明市生态环境局禄劝分局 供稿)", fresh40 禄劝)
# (or the organ and its writer after a colon: "(市应急局:孙洪)", tasks117's 六盘水 item)
_NEWS_CREDIT = re.compile(r"^[(（](?P<organ>[\u4e00-\u9fff]{3,30}?)(?:供稿|[:：][\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,3})[)）]$")

# (or, where no field names one, the writer's byline with the writer's organ in brackets after the name: "撰 稿 人:周洪波
# (紫阳县瓦庙镇人民政府)" closing fresh46's 瓦庙镇 item under "来源:陕西法制网", a site: the organ as printed, placed; a
# writer alone is a person and no issuer)
_NEWS_WRITER = re.compile(r"^(?:撰稿人|撰稿|供稿人)[:：][\u4e00-\u9fff]{2,4}[(（](?P<organ>[\u4e00-\u9fff]{4,30})[)）]$")

# a role the credited organ holds, printed before its placed name: "(稿件来源:全国农村经济动态监测点江苏省宿迁市宿城区发改局)"
# (fresh46's 宿城 item: the district's 发改局 serves as the national monitoring point): the organ as printed after it
_ROLE_BEFORE_ORGAN = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:监测点|联系点|观测点|监测站)(?=[\u4e00-\u9fff]{2,}?(?:省|市|区|县))")


def _without_role(organ: str) -> str:
    """`organ` less a role printed before its placed name (_ROLE_BEFORE_ORGAN), where a placed organ follows."""
    rest = _ROLE_BEFORE_ORGAN.sub("", organ)
    return rest if rest != organ and P.ORGAN_PLACE.match(rest) and P.is_organ(rest) else organ


# a news site's unlabelled byline under the headline: the date, the publishing organ, then the view counter glued to it
# ("2025-11-04 貴陽市市場監(jiān)督管理局4330", a converter copy of 中国食品网's item, fresh47): a placed organ only
_DATED_ORGAN_COUNT = re.compile(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?P<organ>[\u4e00-\u9fff]{4,30}?)\d{1,7}$")
# a bracketed credit closing a news item's last paragraph, its writer after the organ ("…奠定了良好的社会基础。(稿源:黄泥河森林
# 公安局 通讯员:刘树鑫)", fresh44's 黄泥河 item): the organ as printed
_TRAILING_CREDIT = re.compile(rf"[。!！][(（]{_labels('news')}[:：](?P<organ>[{_CJK}]{{2,30}}?){_NEWS_END}[^()（）]{{0,20}}[)）]$")
# (or a source field glued to the last paragraph's end, no bracket, a space between them on the page: "…鞏固優質商品棉的國家戰
# 略地位。 來源:阿克蘇地區(qū)農業(yè)農村局", fresh55 xinjiang_akesu-diqu-2021-mianhua-chanye-sannian-xingdong-converter.txt:3): the organ
_TRAILING_FIELD = re.compile(rf"[。!！]{_labels('news')}[:：](?P<organ>[{_CJK}]{{3,30}})$")


def _credited_organ(organ: str) -> bool:
    """`organ` (a news item's credit; a bracketed part after the name, "…局(办公室)", is not read for its end) ends on
    an organ's own word and names no newspaper, site, media centre, account or company: news_source's organ test
    (source_field's _byline_organ is stricter, since its byline may replace a document's header issuer)."""
    bare = re.sub(r"[(（].*$", "", organ)
    return len(bare) >= 3 and bool(_NEWS_ORGAN_END.search(bare)) and not _NOT_AN_ORGAN.search(organ)


def _first_of_two(line: Line, organ: str) -> str:
    """`organ` read on the compact line, or the first of two sources the printed line sets apart by a space, the
    second a newspaper, site or account: "來源:西寧市場監管 西寧晚報" → 西宁市场监管 (fresh41)."""
    words = [compact(normalize_line(w)) for w in line.raw.split()]
    for a, b in zip(words, words[1:]):
        a = re.sub(r"^.*[:：|]", "", a)
        if len(a) >= 2 and organ == a + b[: len(organ) - len(a)] and _NOT_AN_ORGAN.search(b):
            return a
    return organ


def news_source(lines: list[Line], start: int, end: int, dated: bool = False) -> str | None:
    """The organ a page's own source field names (see _NEWS_SOURCE; or its closing credit, _NEWS_CREDIT), as printed, else
    the organ its 作者 field names alone (_NEWS_AUTHOR), else a writer's organ in brackets (_NEWS_WRITER), else a dated
    byline's organ before its view counter (_DATED_ORGAN_COUNT), else a credit closing the last paragraph
    (_TRAILING_CREDIT, or a field glued to it: _TRAILING_FIELD); None where the page names none, or names a newspaper, site, media centre, account or company.
    `dated`: only a field on a line dated itself or within three printed lines of a dated one (a byline's)."""
    shown = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank]
    rows = [(k, j) for k, j in enumerate(shown) if len(_c(lines[j])) <= 120
            and (not dated or any(_BYLINE_DATE.search(_c(lines[r])) for r in shown[max(k - 3, 0): k + 4]))]
    texts = {k: compact(byline_text(lines, shown, k)) for k, _ in rows}
    for field in (_NEWS_SOURCE, _NEWS_AUTHOR):
        for k, j in rows:
            c = texts[k]
            found = [_first_of_two(lines[j], m["organ"]) for m in field.finditer(c)]
            if field is _NEWS_SOURCE:
                # (the page's text drops a space between two Chinese words: read the spaces where the line printed them,
                # the organ ending where a space sets the next credit apart, "信息來源:北大湖鎮 牛士群 永吉發佈", the town,
                # then the writer and the account, fresh40; and the label opening after a space, the field before it a
                # person's: "作者:淳于谨 裴寄希    编辑:裴寄希    来源:省交通运输执法局    2022-05-26 09:38", fresh51's 松原 item)
                found += [m["organ"] for m in field.finditer(to_simplified(" ".join(lines[j].raw.split())))]
            credit = _NEWS_CREDIT.match(c) if field is _NEWS_SOURCE else None
            for organ in map(_without_role, found + ([credit["organ"]] if credit else [])):
                if _credited_organ(organ):
                    return organ
    for placed in (_NEWS_WRITER, _DATED_ORGAN_COUNT):  # (a writer's organ, then a dated byline's: a placed organ only)
        for k, _ in rows:
            m = placed.match(texts[k])
            if m and _credited_organ(m["organ"]) and P.ORGAN_PLACE.match(m["organ"]):
                return m["organ"]
    for j in reversed(shown):  # (or a credit closing the last paragraph, however long it runs: see _TRAILING_CREDIT)
        m = _TRAILING_CREDIT.search(compact(lines[j].text)) or _TRAILING_FIELD.search(compact(lines[j].text))
        if m and _credited_organ(m["organ"]):
            return m["organ"]
    return None


# a reposted notice's closing credit, the 来源 field alone on the page's last line: "关于公布2020年省级专精特新“小巨人”
# 企业名单的通知" … "附:…名单.docx" ⏎ "来源:山西省小企业发展促进局" (fresh29's converter copy on a company's site)
# (or a portal's copy naming the organ's site it took the document from, by its address: "资料来源:天津市工业和信息化局网站
# gyxxh.tj.gov.cn", fresh31's 公示; a site named without its address stays a site: "来源:延津县人民政府网站")
_CLOSING_SOURCE = re.compile(rf"^{_labels('closing')}[:：](?P<organ>[{_CJK}]{{4,30}}?)"
                             r"(?:网站[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|net|org))?$")
# a 公示 / 公告 titled without 关于 is a document's kind too ("2025年度第一批天津市创新型中小企业拟通过企业名单公示")
_NOTICE_KIND_END = re.compile(r"(?:公示|公告)$")


def closing_source(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The placed (or national) organ a 来源 line closing the document names, where the document is a notice titled
    "关于…的通知" (a kind of document; a news item's closing "来源:廊坊市水务局" credits the report, not an issuer, and a
    "来源:延津县人民政府网站" names a site)."""
    t = compact(title or "")
    if not (t.startswith("关于") and P.DOC_TYPE_END.search(t) or _NOTICE_KIND_END.search(t)):
        return None
    last = next((j for j in range(end, start - 1, -1) if not lines[j].blank), None)
    m = _CLOSING_SOURCE.match(_c(lines[last])) if last is not None else None
    if m and P.is_organ(m["organ"]) and (P.ORGAN_PLACE.match(m["organ"]) or P.is_national_organ(m["organ"])):
        return m["organ"]
    return None
