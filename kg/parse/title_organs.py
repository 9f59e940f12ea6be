"""The organ a document's title names, or its report or speech does: an organ's own disclosure catalogue or yearly
account, the organ(s) a title opens with (short and joint forms, glued after a 文号 or a column label), the organ(s)
printed on the lines over a 关于 line, a 解读 headed by an organ's official, a unit's own notice series, a work report's
government (title, speaker line, congress dateline) and an office's head speaking. Pure functions over a title or a
header's lines; `kg.parse.issuers` chooses among them and the page's other evidence."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.headers import Header, _c
from kg.parse.normalize import compact

__all__ = ["opening_organs", "organs_over_title", "reading_organ", "report_organ", "speaker_organ", "split_organs",
           "title_organ", "unit_title_organ"]


# The genres an organ writes about itself, titled by its name: its disclosure catalogue, guide and yearly report
# ("会宁县民政局政府信息公开目录", "某县财政局2023年政府信息公开工作年度报告"), the office acting for it in brackets after
# its name ("湘鄉市人民政府(市政府辦公室)信息公開指南", fresh46's 湘乡 guide: the organ is the one named before the brackets)
_OWN_GENRE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{3,30}?)(?:[（(][\u4e00-\u9fff]{2,12}[)）])?(?:(?:19|20)\d{2}年度?)?(?:政府)?信息公开"
                        r"(?:工作)?(?:年度报告|目录|指南)(?:[（(](?:19|20)\d{2}年?(?:更新|修订)?[)）])?$")


# The organ(s) a title opens with, in the shorter forms `patterns.ORGAN_TITLE` leaves to the issuer logic: a
# government or commission named short ("南京市政府关于…", "湖州市卫生健康委关于…") and joint organs glued together
# ("山东省国家税务局山东省地方税务局关于印发…"), after a 文号 or a column label a page glues before the title
# ("鲁国税发〔2004〕34号 …", "【规范性文件】…").
_HAN = r"\u4e00-\u9fff"
_OPENING_ORGAN = (rf"(?:[{_HAN}]{{2,4}}省)?(?:[{_HAN}]{{2,4}}市)?(?:[{_HAN}]{{1,5}}?(?:区|县|旗))?[{_HAN}]{{0,10}}?"
                  r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府|管理委员会|委员会|管委会|办公室|"
                  r"办公厅|行政公署|指挥部|局|厅|委)")
# (批转 is the government's verb transmitting a body's document: "厦门市人民政府批转市国土房产局关于…" is the government's)
_TITLE_OPENS = re.compile(rf"^(?!转发|印发|关于|批转)(?P<organs>(?:{_OPENING_ORGAN}){{1,4}}?)(?=关于|印发|转发|批转)")
# the organs set apart by 、 as a joint title may print them ("中共惠州市委、惠州市人民政府关于…的决定", doczj.com/doc/3511446647.html)
_TITLE_OPENS_APART = re.compile(rf"^(?!转发|印发|关于|批转)(?P<organs>{_OPENING_ORGAN}(?:、{_OPENING_ORGAN}){{1,3}}?)(?=关于|印发|转发|批转)")
# (or a document-sharing site's year before the heading: "2018年农业部关于修改和废止部分规章、规范性文件的决定", repeal62)
_TITLE_LEAD = re.compile(r"^(?:【[^】]{1,10}】|[\u4e00-\u9fff]{1,8}[〔\[［【(（﹝](?:19|20)\d{2}[〕\]］】)）﹞]第?\d{1,4}号"
                         r"|(?:19|20)\d{2}年(?=[\u4e00-\u9fff]))")


# one organ of a run printed together: named from its place (a party committee's with 中共), not from a kind word
# (an autonomous place's name runs longer: "新疆维吾尔自治区工信厅关于…的公示" (fresh41), "黔东南苗族侗族自治州…")
_PIECE_PLACE = re.compile(r"^(?:中共)?(?!各|全|本|办公|人民政府|政府|委员会|局|办|委)"
                          r"(?:[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|旗|州|盟)|[\u4e00-\u9fff]{2,10}?自治(?:区|州|县|旗))")


def _organ_piece(piece: str) -> bool:
    return bool(re.fullmatch(_OPENING_ORGAN, piece) and _PIECE_PLACE.match(piece))


def split_organs(run: str, n: int = 4) -> list[str] | None:
    """`run` as the organs printed together, each named from its place ("中共静安区委办公室静安区人民政府办公室" → the
    committee's office, the government's office; a place inside one name, "某市某区…局", is read only where no
    split gives whole organs); None if it is no organ."""
    splits = [[run[:k]] + rest for k in range(3, len(run) - 2) if n > 1 and _organ_piece(run[:k])
              for rest in [split_organs(run[k:], n - 1)] if rest]
    if splits:
        return max(splits, key=len)
    return [run] if _organ_piece(run) else None


def organs_set_apart(title: str | None) -> list[str]:
    """The organs a title opens with set apart by 、, each one whole organ naming its place ("中共惠州市委、惠州市人民政府
    关于…" → both); [] otherwise (placeless parts, "市财政局、市教育局关于…", name none)."""
    m = _TITLE_OPENS_APART.match(compact(title or ""))
    parts = m["organs"].split("、") if m else []
    return parts if parts and all(_organ_piece(p) for p in parts) else []


def opening_organs(title: str | None) -> list[str]:
    """The organs a title opens with before its 关于/印发/转发, each naming its place ("山东省国家税务局",
    "山东省地方税务局"); [] when the title opens with none, or when a 解读 label says the title that follows is the
    interpreted document's ("【文字解读】某县人民政府办公室关于印发…")."""
    t = compact(title or "")
    lead = _TITLE_LEAD.match(t)
    if lead and re.search(r"解读|图解|读懂|问答", lead[0]):
        return []
    m = _TITLE_OPENS.match(t[lead.end():] if lead else t)
    organs = split_organs(m["organs"]) if m else None
    national = _NATIONAL_OPENS.match(t[lead.end():] if lead else t) if not organs else None
    if national and P.is_national_organ(national["organ"]):
        return [national["organ"]]  # "国务院关于設置云南省楚雄彝族自治州…的决定": a national organ names no place
    if national and not organs:
        return _national_run(national["organ"])
    return organs or []


# the Party's central organs, which name no place either and issue with the State Council ("中共中央 國務院關于授予全國
# 脫貧攻堅楷模榮譽稱號的決定", m.bookrwl.com/details.aspx?id=177983; "中共中央办公厅 国务院办公厅关于…")
_PARTY_CENTRE = re.compile(r"中共中央(?:办公厅|组织部|宣传部)?|中央军委(?:办公厅)?")


def _national_run(run: str) -> list[str]:
    """The organs of `run` when it is national organs printed together, each the Party's central organ (_PARTY_CENTRE)
    or a national organ by its own name ("中共中央国务院" → 中共中央, 国务院); [] when any part is neither."""
    out = []
    while run:
        m = _PARTY_CENTRE.match(run)
        k = m.end() if m else next((k for k in range(len(run), 1, -1) if P.is_national_organ(run[:k])), None)
        if k is None:
            return []
        out.append(run[:k])
        run = run[k:]
    return out


# a title opening with a national organ, which names no place: "国务院关于…", "国务院办公厅关于…", "公安部关于…"
_NATIONAL_OPENS = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,20}?)(?=关于)")


def organs_over_title(lines: list[Line], h: Header) -> list[str]:
    """The organ line printed over a title that opens with 关于/印发/转发, the title's own first line ("四川省人民政府" ⏎
    "关于落实《政府工作报告》重点工作" ⏎ "部门分工的意见"; joint organs spaced apart: "中共黑龙江省委办公厅 黑龙江省人民政府办公厅"
    ⏎ "关于印发…"); [] when the line above is no organ."""
    if h.title_start <= 0 or not re.match(r"^(?:关于|印发|转发)", compact(h.title or "")):
        return []
    above = next((k for k in range(h.title_start - 1, max(h.start, 0) - 1, -1) if not lines[k].blank), None)
    top = [k for k in range(max(h.start, 0), h.title_start) if not lines[k].blank]
    if above is None or len(_c(lines[above])) > 40 or len(top) > 6:
        return []  # a title under a body and its signature is an attachment's, not the document's header
    pieces = [split_organs(p) for p in lines[above].text.split()]
    return [o for p in pieces for o in p] if pieces and all(pieces) else []


# a 解读 headed by the organ (and the official) that gives it: "西安市雁塔区民政局局长曹颖解读《关于印发〈…〉的通知》"
_READING_BY = re.compile(r"^(?:【[^】]{1,10}】)?(?P<organ>[\u4e00-\u9fff]{4,30}?(?:局|委员会|委|办公室|人民政府|政府|管委会|中心))"
                         r"(?:(?:党组|党委)?(?:副|常务副)?(?:局长|主任|书记|区长|县长|市长|处长|科长|部长|负责人|"
                         r"负责同志|相关负责人|负责人)[\u4e00-\u9fff]{0,4})?(?:就|对)?[《“]?[^》”]{0,4}?解读")


def reading_organ(title: str | None) -> str | None:
    """The organ whose official heads a 解读 ("某区民政局局长某某解读《…》")."""
    m = _READING_BY.match(compact(title or ""))
    return m["organ"] if m and P.is_organ(m["organ"]) and P.ORGAN_PLACE.match(m["organ"]) else None


# an organ's numbered series of announcements, titled by its name and the year's number ("青岛市审计局审计结果公告2021年
# 第3号(总第69号)——关于…")
_NUMBERED_NOTICE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,30}?(?:局|委员会|办公室|人民政府|政府|厅))[\u4e00-\u9fff]{0,6}?"
                              r"(?:公告|通告)(?:19|20)\d{2}年第\d{1,4}号")


# an organ's own document titled by its name, then its subject and its kind, with no 关于 ("镇平县教育体育局“双随机、一公开”
# 抽查工作细则", "濉溪县市场监督管理局2025年度" ⏎ "“双随机、一公开”抽查工作计划的通知")
_UNIT_TITLE = re.compile(r"^(?!关于|印发|转发)(?P<organ>[\u4e00-\u9fff]{2,24}?(?:局|委员会|管理委员会|管委会|办公室))"
                         r"(?!关于|印发|转发)(?=(?:19|20)\d{2}年|[“《\u4e00-\u9fff])")


def unit_title_organ(title: str | None) -> str | None:
    """The placed bureau, commission or office a document's title opens with, where the title ends in a document's kind."""
    t = compact(title or "")
    m = _UNIT_TITLE.match(t)
    if not m or not P.DOC_TYPE_END.search(t) or not (P.is_organ(m["organ"]) and P.ORGAN_PLACE.match(m["organ"])):
        return None
    place = P.ORGAN_PLACE.match(m["organ"])[0]
    return m["organ"] if len(place) >= 2 and not place.startswith(("各", "全", "本")) else None


# an organ's account of its own year's work, titled by its name and the year ("厦门市海沧区政府2015年推进依法行政工作情况及2016年
# 工作打算", "某县财政局2023年工作总结")
_OWN_ACCOUNT = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,24}?(?:人民政府|政府|局|委员会|办公室))(?:19|20)\d{2}年"
                          r"[\u4e00-\u9fff\d“”、]{2,50}(?:情况|总结|打算|报告)$")


# the state's government named as such in its own title (a 声明 issued in the name of 中华人民共和国政府, which a law site
# files under 国务院): that name is the issuer, as printed
_STATE_GOVERNMENT = re.compile(r"^(?P<organ>中华人民共和国政府)关于")


# an office of the government named after it, right before the title's 关于 ("扶余市人民政府督查室关于对全市开展…专项督查的
# 通知", "…人民政府研究室关于…", "…人民政府应急办关于…"): the office is the organ (two to four characters ending 室 or 办)
_GOVERNMENT_ROOM = re.compile(r"^(?P<room>[\u4e00-\u9fff]{1,3}(?:室|办|辦))(?=关于|關於|关於)")

# the government's own headquarters named after it, right before the title's kind ("白山市江源区人民政府防汛抗旱指挥部入汛
# 通告", fresh56 jilin_baishan-jiangyuan-qu-fangzhi-2025-ruxun-tonggao.txt:9 and :17): the 指挥部 is the organ, not the
# government (never a 指挥部 the title's 关于 speaks of: "…人民政府关于成立防汛抗旱指挥部的通知" has 关于 first)
_GOVERNMENT_HQ = re.compile(r"^(?P<hq>(?:(?!关于)[\u4e00-\u9fff]){2,16}?指挥部(?:办公室)?)(?!成员)")


# a place's own public account of its rectification, titled by the place before its verb ("儋州市公开贯彻落实海南省第五生态
# 环境保护督察组督察反馈问题整改落实情况", a report the 洋浦 zone's site carries: the city reports, not the hosting zone)
_OWN_RECTIFICATION = re.compile(r"^(?P<place>(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区))?[\u4e00-\u9fff]{1,6}?(?:市|县|区|州|盟|旗))"
                                r"(?:公开|关于|贯彻落实|落实)[\u4e00-\u9fff\d“”、《》]{2,60}?整改(?:落实|工作)?(?:进展)?情况"
                                r"(?:的报告)?$")


# a town, a township or a street named before its title's 关于, as its own notices print it ("园洲镇关于严禁在镇中心区…的通告",
# a town's 通告 on a forum, ln19.com/archiver/tid-648063.html; "石哈河镇" signs its 公告 so in its portal's 发布机构): the place
# is its government, named as the title names it (fresh9's 三道通镇, fresh13's 中子镇); never "各乡镇" nor a 城镇 / 村镇 of a
# subject ("推进新型城镇…")
_TOWN_TITLE = re.compile(r"^(?P<town>(?!各|全|本|我|该)[\u4e00-\u9fff]{2,6}?(?<![城村乡])(?:镇|乡|街道))(?=关于)")


def town_title_organ(title: str | None) -> str | None:
    """The town a document's title opens with before its 关于 (see _TOWN_TITLE), where the title ends in its kind."""
    town = _TOWN_TITLE.match(compact(title or ""))
    return town["town"] if town and P.DOC_TYPE_END.search(compact(title or "")) else None


# a department named by its bare level before its reply's 关于 / 对, as a province's portal prints its departments' replies to
# 提案 and 建议 ("省卫生健康委关于省政协十二届四次会议第4143号提案的答复", 贵州, fresh42): the department as printed (never
# the bare government, 市政府 / 市人民政府, whose place the title does not name); a notice so opened ("省卫生健康委关于印发…
# 的通知") is left to the page's other evidence
_BARE_LEVEL_REPLY = re.compile(r"^(?P<organ>[省市县区](?!人民政府|政府)[\u4e00-\u9fff]{2,10}?(?:厅|局|委员会|委|办公室))"
                               r"(?:关于|对)[^。；;]{4,}(?:答复|复函)$")


# a government titled by its name, then the year of the document ("黑河市人民政府2018年森林防火命令", a city's yearly fire
# order on a news portal, docmeta134; "黑龙江省人民政府2019年森林草原防火命令"): the organ, where the title ends in a kind
_ORGAN_THEN_YEAR = re.compile(rf"^(?!转发|印发|关于|批转)(?P<organ>[{_HAN}]{{2,24}}?(?:人民政府办公室|人民政府办公厅|人民政府))"
                              r"(?=(?:19|20)\d{2}年度?[\u4e00-\u9fff“《])")


def title_organ(title: str | None) -> str | None:
    """The issuer a title opens with, where nothing else names one ("托克逊县人民政府工作规则",
    "重庆市人民政府办公厅转发…", "镇平县教育体育局…抽查工作细则"): an organ that names its place (not a bare 市人民政府)."""
    state = _STATE_GOVERNMENT.match(compact(title or ""))
    if state and (P.DOC_TYPE_END.search(compact(title or "")) or compact(title or "").endswith("声明")):
        return state["organ"]  # "中华人民共和国政府关于…的声明": the state's government, as its title names it
    own = _OWN_GENRE.match(compact(title or ""))
    if own and P.is_organ(own["organ"]) and P.ORGAN_PLACE.match(own["organ"]):
        return own["organ"]  # "会宁县民政局政府信息公开目录": an organ's account of itself
    account = _OWN_ACCOUNT.match(compact(title or ""))
    if account and P.ORGAN_PLACE.match(account["organ"]) and len(P.ORGAN_PLACE.match(account["organ"])[0]) >= 2 \
            and not account["organ"].startswith(("各", "全", "本")):
        return account["organ"]  # "厦门市海沧区政府2015年…工作情况及2016年工作打算": an organ's account of its year
    rectified = _OWN_RECTIFICATION.match(compact(title or ""))
    if rectified and len(rectified["place"]) >= 3 and not rectified["place"].startswith(("各", "全", "本", "我", "该")):
        return rectified["place"]  # "儋州市公开…整改落实情况": the place accounts for its own rectification
    numbered = _NUMBERED_NOTICE.match(compact(title or ""))
    if numbered and P.is_organ(numbered["organ"]) and P.ORGAN_PLACE.match(numbered["organ"]):
        return numbered["organ"]  # "青岛市审计局审计结果公告2021年第3号": an organ's own numbered series
    if bare := _BARE_LEVEL_REPLY.match(compact(title or "")):
        return bare["organ"]  # "省卫生健康委关于…提案的答复": a department's reply, named by its bare level
    town = town_title_organ(title)
    if town:
        return town  # "园洲镇关于严禁…燃放烟花爆竹、孔明灯的通告": the town, as its title names it
    m = P.TITLE_ORGAN.match(compact(title or "")) or P.REPLY_ORGAN.match(compact(title or "")) \
        or _ORGAN_THEN_YEAR.match(compact(title or ""))
    if not m or not (P.DOC_TYPE_END.search(compact(title or "")) or re.search(r"关于|转发|印发", title or "")):
        return None if m else unit_title_organ(title)  # a title, not a masthead ("咸宁市人民政府主办2020年第2号")
    place = re.match(r"^(?P<p>[\u4e00-\u9fff]+?(?:省|市|区|县|旗|州|盟))", m["organ"])
    room = _GOVERNMENT_ROOM.match(compact(title or "")[m.end():]) if m["organ"].endswith("人民政府") else None
    if room and place and len(place["p"]) >= 2 and not place["p"].startswith(("各", "全", "本")):
        return m["organ"] + room["room"]  # "扶余市人民政府督查室关于…": the government's own office issues, not the government
    hq = _GOVERNMENT_HQ.match(compact(title or "")[m.end():]) if m["organ"].endswith("人民政府") else None
    if hq and place and len(place["p"]) >= 2 and not place["p"].startswith(("各", "全", "本")):
        return m["organ"] + hq["hq"]  # "…人民政府防汛抗旱指挥部入汛通告": the government's headquarters issues it
    return m["organ"] if place and len(place["p"]) >= 2 and not place["p"].startswith(("各", "全", "本")) else None


# a government's work report: its title names the place ("2023年醴陵市政府工作报告", "(贵州省)2021年黔西南州人民政府工作
# 报告(全文)"), the speaker line under it the government ("道真自治县人民政府县长 曾 伟"); the report is given in that
# government's name
_REPORT_TITLE = re.compile(r"^(?:[（(][\u4e00-\u9fff]{2,8}[)）])?(?:(?:19|20)\d{2}年)?"
                           r"(?P<place>[\u4e00-\u9fff]{1,14}?(?:省|市|区|县|旗|州|盟|镇|乡))(?:人民)?"
                           r"政府工作报告(?:[（(](?:(?:19|20)\d{2}年?|全文)[)）]|[—-]+全文)?$")
# a government's head as speaker ("道真自治县人民政府县长", "…人民政府代市长"): the organ before the office
_SPEAKER = r"(?P<organ>[\u4e00-\u9fff]{2,20}?人民政府)代?(?:省|市|区|县|旗|州|盟)长"
_REPORT_SPEAKER = re.compile("^" + _SPEAKER)

# the speaker printed after the title's occasion on one line: "政府工作报告 (2019年1月21日在杭州市第十三届人民代表大会第四次
# 会议上) 杭州市人民政府市长 徐立毅"
_REPORT_SPEAKER_AFTER = re.compile(r"[)）]" + _SPEAKER)
# a title that opens as a work report and runs on: "政府工作报告(2019年1月21日在…会议上)…", "【政府工作报告】2020年政府工作报告(…)"
_REPORT_OPENS = re.compile(r"^(?:【[^】]{1,10}】)?(?:(?:19|20)\d{2}年)?政府工作报告[（(]")

# a report's delivery line run on after its title: a dash or bracket, then the date it was given
_DELIVERY_AFTER = re.compile(r"[（(—\-－–]+(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")
# the dateline under a report's title names the congress it is delivered to, and so the government's place
_REPORT_DATELINE = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,14}?(?:省|市|区|县|旗|州|盟))第[一二三四五六七八九十]{1,4}届"
                              r"人民代表大会")


# the report's opening words name the government it is given for, as printed: "现在,我代表西红门镇人民政府向大会报告政府
# 工作" (fresh57 beijing_daxing-xihongmen-zhen-2021-zhengfu-gongzuo-baogao.txt:25, titled "北京市大兴区西红门镇政府工作报告";
# fresh10's convention: the government the report speaks for, as printed); they spell the government the title or
# dateline names, and name none of their own (a portal page titled "天津市和平区2018年政府工作报告" keeps its 发布者 field,
# fresh40's decision A); a bare level ("我代表市人民政府", "我代表自治区人民政府") names no place
_DELIVERED_FOR = re.compile(r"我代表(?P<organ>(?P<place>[\u4e00-\u9fff]{1,14}?(?:省|市|区|县|旗|州|盟|镇|乡))人民政府)")
_DELIVERY_OPENING = 40  # lines after the title within which the opening words stand (metadata, dateline, speaker between)


def delivered_for(lines: list[Line], start: int, end: int) -> str | None:
    """The government a report's opening words say it is given for (_DELIVERED_FOR), when they name its place."""
    for j in range(max(start, 0), min(end + 1, start + _DELIVERY_OPENING)):
        m = _DELIVERED_FOR.search(_c(lines[j]))
        if m and len(m["place"]) >= 2 and not m["place"].startswith(("各", "全", "本", "自治")):
            return m["organ"]
    return None


def report_organ(title: str | None, lines: list[Line], start: int, end: int) -> str | None:
    """The government a work report is given for: the one its speaker line names, else its title's place, else the
    place of the congress its dateline names (either spelled as the opening words print it: delivered_for)."""
    t = compact(title or "")
    opens = bool(_REPORT_OPENS.match(t))
    # (a title running on into its delivery line, "七宝镇人民政府工作报告——2024年1月10日…会议上镇长吴昌飞", is titled by
    # the words before it)
    own = _DELIVERY_AFTER.split(t)[0]
    if not t.endswith("政府工作报告") and not _REPORT_TITLE.match(own) and not opens:
        return None
    for j in range(max(start, 0), min(end + 1, start + 12)):
        c = re.sub(r"[?？]", "", _c(lines[j]))
        m = _REPORT_SPEAKER.match(c) or _REPORT_SPEAKER_AFTER.search(c)
        if m and P.ORGAN_PLACE.match(m["organ"]):
            return m["organ"]
    if opens and not t.endswith("政府工作报告"):
        return None  # a title running on (its occasion, its contents): only a speaker line names the government
    # (the government the title or dateline names is spelled as the opening words print it, when they name the same one)
    delivered = delivered_for(lines, start, end)
    as_printed = lambda organ: delivered if delivered and organ.endswith(delivered) else organ
    m = _REPORT_TITLE.match(own)
    if m and not m["place"].startswith(("各", "全", "本")) and len(m["place"]) >= 2:
        return as_printed(m["place"] + "人民政府")
    head = "".join(_c(lines[j]) for j in range(max(start, 0), min(end + 1, start + 12)))
    m = _REPORT_DATELINE.search(head)  # "——2024年1月8日在某区第十八届人民代表大会第四次会议上" ⏎ "区长 张三"
    if m and not m["place"].startswith(("各", "全", "本", "自治")):
        return as_printed(m["place"] + "人民政府")
    return None


# A department's report to the congress or its standing committee: the dateline names the session ("2018年11月22日在慈溪
# 市十七届人大常委会第十六次会议上"), the next line the speaker by office ("市审计局局长 俞金华"); the report is given in
# that organ's name, as printed
_CONGRESS_DATELINE = re.compile(r"在[\u4e00-\u9fff\d]{0,20}?(?:人大常委会|人民代表大会常务委员会|人民代表大会)[\u4e00-\u9fff\d]{0,12}?会议")
_OFFICE_SPEAKER = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,20}?(?:局|委员会|委|办公室|厅))(?:代理)?(?:局长|主任|厅长)"
                             r"[\u4e00-\u9fff]{2,4}$")


def speaker_organ(lines: list[Line], start: int, end: int) -> str | None:
    """The organ whose head delivers a report, named on the speaker line right under the session's dateline."""
    rows = [j for j in range(max(start, 0), min(end + 1, start + 16)) if not lines[j].blank]
    for k, a in enumerate(rows):
        # the dateline on one line, or printed over two ("——2019年1月8日在北京市东城区第十六届" ⏎ "人民代表大会第五次会议上")
        for n in (1, 2):
            if k + n < len(rows) and _CONGRESS_DATELINE.search("".join(_c(lines[j]) for j in rows[k:k + n])):
                m = _OFFICE_SPEAKER.match(_c(lines[rows[k + n]]))
                if m and P.is_organ(m["organ"]):
                    return m["organ"]
    return None
