"""The issuer a 文号's prefix stands for, its place read from the text: a government's (菏政办字 → 菏泽市人民政府办公室), a
province's (陕政办发 → 陕西省人民政府办公厅), the State Council's (国办发), a national organ's (供销经字), a department's of a
province, a city or a county (豫商运 → 河南省商务厅)."""

from __future__ import annotations

import re
from collections import Counter

from kg.places import city_counties, city_names, county_cities, province_cities

__all__ = ["city_department", "county_department", "issuer_from_number", "province_department"]


# The organ part of a government's 文号: a place abbreviation, the organ's code, the kind ("菏政办字", "六盘水府办发",
# "华政发"): 政办/府办 stand for the government's office, 政/府 for the government itself.
# (复: a 批复's number, "连政复〔2023〕12号", "苏政复", "X政办复")
_NUMBER_ORGAN = re.compile(r"^(?P<abbr>[\u4e00-\u9fff]{1,4}?)(?P<code>政办|府办|政|府)(?:[发字函文秘电规复]{0,2})$")
_CODE_ORGAN = {"政办": "人民政府办公室", "府办": "人民政府办公室", "政": "人民政府", "府": "人民政府"}
# a province's own prefix (陕政办发, 黔府函) stands for its government, whose office is a 办公厅; one character is shared with
# cities (宁政发 is 南京's too, 青政发 青岛's), so the province counts only where no city of that character is named and
# the text names the province or addresses a province's own departments ("省人民政府各工作部门", a provincial 主送)
_PROVINCE_ABBR = {"京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省",
                  "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省",
                  "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
                  "粤": "广东省", "琼": "海南省", "川": "四川省", "黔": "贵州省", "贵": "贵州省", "云": "云南省",
                  "滇": "云南省", "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "内": "内蒙古自治区", "桂": "广西壮族自治区",
                  "藏": "西藏自治区", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区"}
_PROVINCE_CODE_ORGAN = {"政办": "人民政府办公厅", "府办": "人民政府办公厅", "政": "人民政府", "府": "人民政府"}
_PROVINCE_ADDRESSED = re.compile(r"(?:省|自治区)(?:人民)?政府各(?:工作)?部门|(?:省|自治区)(?:人民)?政府各(?:委|厅|直属)")
# the State Council's own prefixes name their organ whole
_NATIONAL = {"国发": "国务院", "国函": "国务院", "国办发": "国务院办公厅", "国办函": "国务院办公厅"}
# a national organ's prefix with its office codes ("供销经字〔2011〕45号": the All-China Federation of Supply and
# Marketing Cooperatives; a province's or city's own prefixes open with its place, 川供销, 鲁供销)
_NATIONAL_PREFIX = re.compile(r"^供销(?:经|办|财|合|厅|政|法)?[字发函]?$")
_NATIONAL_PREFIX_ORGAN = "中华全国供销合作总社"
# a province department's prefix: the province's character, the department's code, its office codes ("豫商运〔2017〕245号"
# 河南省商务厅, "苏财预", "浙工信"); only codes that stood for one department since the organ that writes it was formed
# (商务 2003, 发改 2003, 工信 and 人社 2008; 财, 教 always); 卫 / 农 / 建 named other organs before the 2018 reform
_PROVINCE_DEPT = re.compile(r"^(?P<abbr>[\u4e00-\u9fff])(?P<code>商务|商|财|教|工信|人社|发改)(?P<office>[\u4e00-\u9fff]{0,2})$")
_PROVINCE_DEPT_ORGAN = {"商务": "商务厅", "商": "商务厅", "财": "财政厅", "教": "教育厅", "工信": "工业和信息化厅",
                        "人社": "人力资源和社会保障厅", "发改": "发展和改革委员会"}


_ZONE = re.compile(r"(?:经开|高新|开发|园|试验|合作|保税)区$")


def issuer_from_number(number: str | None, text: str, level: str | None = None, page: str = "") -> str | None:
    """The organ a government 文号 stands for, its place read from the text ("菏政办字〔2023〕1号" and "菏泽市" in
    the text → 菏泽市人民政府办公室); None when the prefix is no government's or the text names no such place.

    >>> issuer_from_number("华政发〔2021〕2号", "来源:华容县政府")
    '华容县人民政府'
    """
    if not number or "〔" not in number:
        return None
    if number.split("〔")[0] in _NATIONAL:
        return _NATIONAL[number.split("〔")[0]]
    if _NATIONAL_PREFIX.match(number.split("〔")[0]):
        return _NATIONAL_PREFIX_ORGAN
    m = _NUMBER_ORGAN.match(number.split("〔")[0])
    if not m:
        prefix = number.split("〔")[0]
        return province_department(prefix, text, page) or city_department(prefix, text) \
            or county_department(prefix, text) if level is None else None
    # a place's name has two characters at least before its level ("乌海市" holds "海市", no place of 海政办发)
    # (a development zone is governed by its 管委会, not a 人民政府: "常州经开区管委会" in the 主送 names no place of 常政发)
    places = Counter(p for p in re.findall(rf"{re.escape(m['abbr'])}[\u4e00-\u9fff]{{0,3}}?(?:市|县|区|旗)", text)
                     if 3 <= len(p) <= 7 and (level is None or p.endswith(level)) and not _ZONE.search(p))
    city = city_of_named_county(m["abbr"], text) if not places and level in (None, "市") else None
    if city:
        return city + _CODE_ORGAN[m["code"]]
    if not places:
        # (only where nothing names the issuer: a title's own "省人民政府" stays as printed, fresh5's convention)
        province = _PROVINCE_ABBR.get(m["abbr"]) if level is None else None
        # (the province's name may stand on the page over the document: a forum thread's "[贵州]" tag)
        named = province and (re.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", province) in text + page
                              or _PROVINCE_ADDRESSED.search(text))
        return province + _PROVINCE_CODE_ORGAN[m["code"]] if named else None
    return places.most_common(1)[0][0] + _CODE_ORGAN[m["code"]]


def city_of_named_county(abbr: str, text: str) -> str | None:
    """The one city whose name opens with a 文号's place character(s) and one of whose counties the text names in
    full, where the text never names the city itself: a city's 批复 to its district, addressed by the district's name
    alone ("连政复〔2023〕12号" over "海州区人民政府:" → 连云港市; 海州区 lies in 阜新 too, whose name the prefix does not
    open). None where no such city, or more than one, is named so."""
    found = {f"{stem}市" for county, stems in county_cities().items()
             if len(county) >= 3 and county[-1] in "区县旗市" for stem in stems
             if stem.startswith(abbr) and len(stem) >= 2 and f"{stem}市" in city_names() and county in text}
    return found.pop() if len(found) == 1 else None


# a city department's prefix: the city's character, the department's code, the kind ("通农牧发": 通辽市农牧局)
_CITY_DEPT = re.compile(r"^(?P<abbr>[\u4e00-\u9fff])(?P<code>[\u4e00-\u9fff]{2,4}?)(?P<kind>[发字函文]{1,2})$")


def city_department(prefix: str, text: str) -> str | None:
    """The city department a 文号 prefix stands for ("通农牧发" → 通辽市农牧局), where the text addresses that
    department's bureaus in the city's counties by the county's name ("科左后旗农牧局、财政局,库伦旗…": the department
    named as the bureaus below it are) and one city opening with the prefix's character has them; None otherwise.

    >>> city_department("通农牧发", "科左后旗农牧局、财政局,库伦旗农牧和科技局、财政局:")
    '通辽市农牧局'
    """
    m = _CITY_DEPT.match(prefix)
    if not m:
        return None
    below = f"{m['code']}局"
    found = {f"{stem}市" for stem, groups in city_counties().items() if stem.startswith(m["abbr"])
             and f"{stem}市" in city_names() and any(n + below in text for g in groups for n in g)}
    return found.pop() + below if len(found) == 1 else None


# a county's or a district's department prefix: the place's character, its level, the department's code, the kind
# ("岳县民字": 岳阳县民政局, a reply to a deputy's suggestion, yyx.gov.cn/37586/38025/38495/content_1755013.html)
_COUNTY_DEPT = re.compile(r"^(?P<abbr>[\u4e00-\u9fff])(?P<level>县|区|旗)(?P<code>[\u4e00-\u9fff]{1,2}?)(?P<kind>[发字函文]{1,2})$")
# department codes as county prefixes print them, and the bureau each stands for
_COUNTY_DEPT_ORGAN = {"民": "民政局", "财": "财政局", "教": "教育局", "人社": "人力资源和社会保障局", "林": "林业局",
                      "水": "水利局", "交": "交通运输局", "卫健": "卫生健康局", "公": "公安局", "司": "司法局", "审": "审计局",
                      "统": "统计局", "商": "商务局", "应急": "应急管理局", "市监": "市场监督管理局", "住建": "住房和城乡建设局",
                      "农": "农业农村局", "发改": "发展和改革局", "文旅": "文化和旅游局"}


def county_department(prefix: str, text: str) -> str | None:
    """The county bureau a 文号 prefix stands for ("岳县民字" → 岳阳县民政局), where the text names exactly one county (or
    district, banner) opening with the prefix's character at the prefix's level ("您在岳阳县十七届人大第四次会议提出的…");
    None otherwise.

    >>> county_department("岳县民字", "您在岳阳县十七届人大第四次会议提出的《关于对我县地名进行标准化命名的建议》已收悉")
    '岳阳县民政局'
    """
    m = _COUNTY_DEPT.match(prefix)
    dept = _COUNTY_DEPT_ORGAN.get(m["code"]) if m else None
    if not dept:
        return None
    places = {p for p in re.findall(rf"{re.escape(m['abbr'])}[\u4e00-\u9fff]{{1,3}}?{m['level']}", text)
              if 3 <= len(p) <= 5 and not _ZONE.search(p)}
    return places.pop() + dept if len(places) == 1 else None


def province_department(prefix: str, text: str, page: str = "") -> str | None:
    """The province department a 文号 prefix stands for ("豫商运" → 河南省商务厅), where the text or page names the
    province, the text names no place of the province's character (a city sharing it: 宁 南京 / 宁夏) and it addresses
    the department's own bureaus below it ("各省辖市、省直管县(市)商务局"); None otherwise.

    >>> province_department("豫商运", "各省辖市、省直管县(市)商务局,中石化、中石油河南省分公司:")
    '河南省商务厅'
    """
    m = _PROVINCE_DEPT.match(prefix)
    province = _PROVINCE_ABBR.get(m["abbr"]) if m else None
    if not province or re.search(rf"{re.escape(m['abbr'])}[\u4e00-\u9fff]{{0,3}}?(?:市|县|区|旗)", text):
        return None
    dept = _PROVINCE_DEPT_ORGAN[m["code"]]
    named = re.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", province) in text + page \
        or len({c for c in province_cities().get(province, ()) if c in text}) >= 2
    # (or two of its cities named: "请福州、泉州、三明市商务局做好…", a department's notice that calls its province 我省)
    # the department's bureaus below it, addressed: 商务厅 → "…商务局", 发展和改革委员会 → "…发展和改革委员会" / "…发改委"
    below = re.sub(r"(?:厅|委员会)$", "", dept)
    addressed = re.search(rf"各[^。\n]{{0,40}}?(?:{below}|{m['code']})(?:局|委|部门|主管部门)", text)
    return province + dept if named and addressed else None
