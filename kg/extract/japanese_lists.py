"""Enterprise lists told in Japanese (a translated Chinese news item): the designation an organ published, the count of
the page's own entrants, then their names on the next line, each way a `JapaneseList` row with its real lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.counted_lists import counted_items
from kg.extract.held_lists import object_class

__all__ = ["JapaneseList", "JAPANESE_LISTS", "japanese_counted_holders"]


@dataclass(frozen=True)
class JapaneseList:
    """One way a Japanese page tells a list: `count` finds the designation (group `obj`) and the count of the page's
    entrants (group `n`) on a line; `names` finds those entrants' names (group `names`) on the line after it; `example`
    is the pair of real lines it was written for."""

    name: str
    count: re.Pattern
    names: re.Pattern
    example: tuple[str, str]


JAPANESE_LISTS = (
    # entrep37 jiangsu-changzhou-jiangsu-laozihao-1pi-japanese-converter.txt:1-2 (normalised): the province's bureau
    # published the 「江苏老字号」 list (名簿を公表し), the city's 12 of its 17 applicants were recognised (12社が认定された),
    # then "それは X、Y…。" names them; the count vouches for each item
    JapaneseList("published_then_recognised",
                 re.compile(r"「(?P<obj>[^」]{2,20})」[^。]{0,40}?(?:名簿|名单|リスト)を公表し[^。]*。"
                            r"[^。]{0,40}?(?<![\d])(?P<n>\d{1,3})(?:社|企业|社の企业)が(?:认定|选定|入选)された"),
                 re.compile(r"^(?:それは|それらは)[：:]?(?P<names>[^。]{4,1500})"),
                 ("7月13日、江苏省商务庁が第一回「江苏老字号」(江苏老舗)企业名簿を公表し、84企业が入选されたことが明らかにした。"
                  "当市の17企业は申请していたが、12社が认定された。",
                  "それは江苏双桂坊餐饮管理有限公司、常州府前楼餐饮有限公司、常州茶叶有限公司、常州市玉蝶特产食品厂、常州市西林康王食品厂、"
                  "金坛豊登酒业有限公司、常州市迎桂餐饮有限公司、常州市三鲜美食城、常州银丝面馆有限公司、常州马复兴餐饮管理有限公司、"
                  "常州蔡氏天香梨膏糖厂、金坛市饮食服务有限公司开一天酒家。")),
)


def japanese_counted_holders(above: str, line: str) -> list[tuple[str, str]]:
    """(holder, class) of the entrants `line` names after the count `above` gave them, the class the designation's
    (object_class: 「江苏老字号」 → 省级); [] where no row reads the pair or the items are not exactly as many as counted."""
    for row in JAPANESE_LISTS:
        counted, named = row.count.search(above), row.names.match(line)
        if not (counted and named):
            continue
        klass = object_class(counted["obj"])
        items = counted_items(named["names"], int(counted["n"]))
        if klass and items:
            return [(n, klass) for n in items]
    return []
