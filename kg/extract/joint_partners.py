"""Partners' sentences of joint work: "A与B…联合执法" / "A与B签订…协议" / "A、B两地…联合" / "A与B密切配合" — the bodies on
either side of 与 act together (partners, signed_together, places_together, working_closely)."""

from __future__ import annotations

import re

from kg.extract.back_refs import _BACK_REF
from kg.extract.units import Roles, is_generic
from kg.extract.joint_lists import _NOT_BODY, _TAIL, _bodies, _list_items, _unit
from kg.extract.joint_leads import _WHEN, without_when

__all__ = ["in_concert_with_local", "partners", "places_together", "signed_together", "working_closely"]


# "长乐区市场监督管理局与区公安分局打破部门壁垒、创新协作机制,…开展了一系列联合执法行动", "市公安局森林警察支队与市农业农村局
# 法规科执法人员前往上思县,会同当地工作人员联合开展…": two bodies joined by 与 opening a report of a joint action, no lead
# (fresh12's A、B联合开展 rule): both cooperate
# (a count of times before the action: "海西州与酒泉市生态环境部门2次组成跨省区执法巡查组" (fresh21's 青海))
# (A a body of two characters, named in short form: "大队与公安交管部门持续深化“联合检查、信息互通、结果共享”的协作机制" (fresh24's 沙坪坝);
# _unit still wants a body's name: "双方与…", "他们与…" name none)
# (the charge 要 before the joint work: "治安部门要与区治理部门联合开展督导工作" (fresh44's 达川; its README: A与B联合 with 要, both
# cooperate))
# (B a list of bodies: "丰宁满族自治县交通运输综合执法大队与北京市交通运输综合执法总队十支队、怀柔区交通运输局深入合作" (tasks31's
# 丰宁, http://jtaqlb.org.cn/show-95096.html): each of them a partner)
_PARTNERS = re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?)?(?P<a>(?:第[一二三四五六七八九十]{1,3}师)?\d{1,3}团(?:“[\u4e00-\u9fff]{2,8}”)?|[\u4e00-\u9fff（）()“”]{2,30}?)(?P<hand>(?:将|已|也|还将)?携手|紧紧|紧密|密切|主动|要(?=与[^，,。；;]{2,60}?联合))?与(?P<b>[\u4e00-\u9fff（）()“”、]{3,60}?)(?:的)?(?:执法|工作|技术)?(?:人员)?"
                       # (again: "该中队与长城中路街道办事处、望湖景苑物业再次开展联合行动" (fresh33's 金凤, https://szb.nxrb.cn/nxfzb/pc/con/202309/
                       # 15/content_90052.html; its gold: none leads, the squadron named before and both partners cooperate))
                       # (many times, and hand in hand: "该局与技术监督分局、卫生分局、消防大队等单位多次联合举办…培训班", "区安监局紧紧与公安分局、
                       # 工商分局和京九办事处等部门和单位联手,依法摧毁…" (tasks76's 阜阳开发区, http://anquan.com.cn/html/news/enterprises/2009/
                       # 0310/26884.html; none leads, all cooperate))
                       r"(?:\d+|[一二两三四五六七八九十]+)?次?(?:再次|再度|又|多次)?"
                       # (the aim set between commas before the joint work: "黑龙江凉水国家级自然保护区与伊春森林公安局朗乡分局,针对秋季森林防火
                       # 和森林资源管护工作,联合开展了专项检查行动" (fresh41's 凉水; its README: A与B联合, no lead))
                       r"(?:[，,](?:针对|围绕|为了?)[^，,。；;]{2,40}?[，,])?"
                       r"(?=打破|共同|联合|联手|前往|赴|深入|在|于|对|组成|成立|开展|建立|携手|达成|(?:不断|持续)(?:完善|加强|深化))")


# "中央纪委国家监委第七督导组与省纪委监委联合督导时发现的城区管理问题": the joint work qualifies a noun; it is no task here
_QUALIFYING = re.compile(r"(?:时|中|期间)(?:发现|指出|反馈|交办)的|(?:发现|指出|反馈|交办)的问题")


# (and a regiment of the production and construction corps, a place with its own administration as a county is: "83团与托里镇共同
# 成立…共建领导小组" (fresh31's 83团))
_PARTNER_PLACE = re.compile(r"^(?!由|我|本|该|各|全|相邻|周边|其他|其它|有关|相关|兄弟|所在|辖区)(?![\u4e00-\u9fff]*(?:区县|县区|市县|县市)$)"
                            r"(?:[\u4e00-\u9fff]{2,6}[省市州县区盟旗]|(?:第[一二三四五六七八九十]{1,3}师)?(?:\d{1,3}|[〇一二三四五六七八九十百]{2,5})团"
                            # (a named nature reserve, which has its own administration: "黑龙江凉水国家级自然保护区与伊春森林公安局朗乡分局,…,
                            # 联合开展了专项检查行动" (fresh41's 凉水; its README: the reserve stands for its administration))
                            r"|[\u4e00-\u9fff]{2,12}?(?:国家级|省级)?自然保护区)$")
# two bodies or places setting up one body for the work together: "…与…共同成立…领导小组" (fresh31's 83团)
_SET_UP_TOGETHER = r"共同(?:成立|组建)[^，,。；;]{0,24}?(?:领导小组|工作专班|专班|指挥部|工作组)"


# the departments of places counted, not named: "津冀两地城管执法部门", "两市生态环境部门", "三地公安机关" — a class
_PLACES_COUNTED = re.compile(r"^[\u4e00-\u9fff]{0,6}?[两三四五六七八九十双多](?:地|市|省|县|区|国)(?:的)?[\u4e00-\u9fff]{2,12}(?:部门|单位|机关|机构)$")


# two parties signing an agreement and acting on it together: "2002年136团“人影办”与克拉玛依区气象局达成《小拐地区人工影响天气合作
# 协议》,共同编织防雹网" (fresh32's 兵团 page; its README: A与B达成…,共同… has no lead); only with 共同 acting after the agreement
_AGREED = r"达成(?:了)?[^，,。；;]{0,30}?(?:协议|共识)》?[，,]?(?:并)?共同"


# bodies paired off with others for the work, none named to lead: "中庆燃气公司道里一分公司、四分公司开始分别与抚顺街道办事处、康安
# 街道办事处工作人员进入居民家中检查用气安全情况" (fresh29's 道里; its README: all four cooperate, as A与B); every name on both sides a unit
_PAIRED_OFF = re.compile(r"^(?P<a>[\u4e00-\u9fff（）()、]{3,40}?)(?:开始|将|已|也)?分别与(?P<b>[\u4e00-\u9fff（）()、]{3,60}?)(?:的)?"
                         r"(?:执法|工作|技术)?(?:人员)?(?=进入|开展|对|深入|前往|赴|入户|上门|检查|一起|一道|共同|联合)")


def _paired_off(sent: str) -> Roles | None:
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _PAIRED_OFF.match(sent[at:])
        if not m:
            continue
        names = _list_items(without_when(m["a"])) + _list_items(m["b"])
        if len(names) >= 2 and all(_unit(x) and not _NOT_BODY.search(x) for x in names):
            return Roles.of(cooperate=(names, []))
    return None


def _partner_list(b: str) -> list[str]:
    """The partners after 与, their closing 等-phrase dropped and a last 和 splitting two names ("公安分局、工商分局和京九办事处等部门和
    单位", tasks76's 阜阳开发区)."""
    b = re.sub(_TAIL + "$", "", b) if re.search(r"[局委办所队站心院厅处]" + _TAIL + "$", b) else b
    return [x for x in re.split(r"、|(?<=[局委办所队站心院厅处])和(?=[\u4e00-\u9fff]{3})", b) if x]


# partners of other places whose organ is printed once after the last: "凤岗城管分局主动与深圳平湖、观澜执法队在《…协议》基础上,搭建执法
# 协作机制" (fresh49's 凤岗; its README: the first named bare, as printed, all cooperate) — a bare name is a partner where it reads as
# a body with the last's organ word
_ORGAN_WORD = re.compile(r"(?:执法|派出|综合|管理|监管)?(?:大队|中队|队|所|局|站)$")


def _organ_shared(b: str, x: str) -> bool:
    """x, a bare name of b's list, takes the list's last organ word ("深圳平湖" of "深圳平湖、观澜执法队")."""
    bs = _partner_list(b)
    organ = _ORGAN_WORD.search(bs[-1]) if len(bs) >= 2 and _unit(bs[-1]) else None
    # (a place's name, three characters or more: no adverb or class word, "全面", "各地", "有关")
    return bool(organ) and x in bs[:-1] and 3 <= len(x) <= 6 and not re.match(r"各|全|有关|相关|其他|所在|辖区", x) \
        and _unit(x + organ[0])


def partners(sent: str) -> Roles | None:
    """A与B … 联合…: two partners, no lead; both cooperate (only in a sentence reporting joint work: 联合 / 会同); A、B分别与C、D
    …进入…: all cooperate."""
    if "分别与" in sent and (paired := _paired_off(sent)):
        return paired
    # (or a team formed: "海西州与酒泉市生态环境部门2次组成跨省区执法巡查组对…" (fresh21's 青海))
    if not re.search(r"联合|联手|会同|协作|深入合作|组成[^，,。；;]{0,12}?(?:组|队|专班)|" + _SET_UP_TOGETHER + "|" + _AGREED, sent) \
            or _QUALIFYING.search(sent):
        return None
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _PARTNERS.match(sent[at:])
        if not m:
            continue
        a, b = without_when(m["a"]), m["b"]
        # a place stands for its government or its bureau of the work in hand, partnered with another place or a body of
        # another place: "青海省与西藏自治区生态环境厅在阿里地区联合开展…", "果洛州与阿坝州联合开展…" (fresh21's 青海)
        # (only where the clause itself reports the joint work: "青海省与甘肃省在祁连山的交界线…" names two places)
        # (a place by its name only: "由我区与相邻区县联合成立应急指挥机构" (/work/shared/gazettes 003_4e5ccb238a0f172a.txt:3410)
        # names none)
        placed = _PARTNER_PLACE.match(a) or _PARTNER_PLACE.match(b)
        if placed and not re.search(r"联合|会同|协作|组成|" + _SET_UP_TOGETHER + "|" + _AGREED, re.split(r"[，,。；;]", sent[at + m.end():])[0]):
            continue
        bs = _partner_list(b)
        # (a body joining hands with the departments of other places counted, not named: "北京城管执法部门将携手与津冀两地城管执法部门
        # 不断完善执法协作工作体系" (fresh32's 北京; its README: the subject leads, the two regions' departments a class))
        if m["hand"] and len(bs) == 1 and _PLACES_COUNTED.match(bs[0]) and _unit(a) and not is_generic(a):
            return Roles.of(([a], []), ([], bs))
        # (深入合作 alone reports a partnership of bodies only: "区政府与某某科技有限公司深入合作" is business, no joint task)
        if not re.search(r"联合|会同|协作|组成", sent) and any(re.search(r"(?:公司|集团)$", x) for x in [a] + bs):
            continue
        # (a body named before, 该中队: the sentence reader reads it as that body, kg/extract/back_refs.py)
        named = _unit(a) or bool(_BACK_REF.match(a))
        # (B a list closed by its 等-phrase: "州交通运输综合行政执法支队泸水大队与公安边境、交警等执法部门共同组织联合检查7次",
        # "怒江州交通运输综合行政执法部门与公安交通、边境管理等部门建立了…协同共治工作机制,开展了…联合执法工作" (fresh36's 泸水):
        # the fields stand for their departments, as in joint_without_lead's lists; none leads)
        closing = re.search(r"(?:" + _TAIL + r")$", b)
        listed = _bodies(b[: closing.start()], True) if named and closing and closing.start() else None
        if listed and listed[0] and not _NOT_BODY.search(a + b[: closing.start()]):
            return Roles.of(cooperate=([a] + [x for x in listed[0] if x != a], listed[1]))
        if (named or _PARTNER_PLACE.match(a)) and bs and all(_unit(x) or _PARTNER_PLACE.match(x) or _organ_shared(b, x) for x in bs) \
                and not _NOT_BODY.search(a + b) and (len(bs) == 1 or named and all(_unit(x) or _organ_shared(b, x) for x in bs)):
            return Roles.of(cooperate=([a] + bs, []))
    return None


# parties signing an agreement of joint work, none named to lead: "维西县与怒江州兰坪县、丽江市玉龙县森林公安机关签订案件协查和治安管理
# 协作协议,联手打击…" (fresh35's 维西, http://www.xgll.com.cn/xwzx/2013-10/30/content_108172.htm), "安吉县天荒坪镇综合行政执法队党支部日前
# 与余山供电所党支部签署“党建共建共创”协议书,双方将通过…联勤联动" (tasks39's 天荒坪, http://szb.hz66.com/hzrb/html/2024-06/28/
# content_117517_17564642.htm), "天津市蓟县林业局与北京平谷区林业局签订了森林防火联防协议" (http://lygc.lknet.ac.cn/d/zgly/
# a8a23c4dbc69719f82d5f43d51c80727.html): every party cooperates (as A与B联合, fresh32's 达成…协议 rule); a place stands for its
# body (the suffix printed once after the list, fresh33's rule). A business on either side, a class ("与各乡镇"), a letter of
# responsibility (责任书, a duty handed down) or a signing ceremony named only ("举行…签约仪式") is no joint work here
_SIGNED = re.compile(r"(?P<a>[\u4e00-\u9fff（）()]{2,30}?)(?:日前|近日|近期|已|也|还)?与"
                     r"(?P<b>[\u4e00-\u9fff（）()、]{2,60}?)(?:日前|近日|共同|正式)?签[订署定]了?(?=[^，,。；;]{0,30}?(?:协议|备忘录))")


def signed_together(sent: str) -> Roles | None:
    """A与B、C签订/签署…协议: the parties to an agreement of joint work, none leading; all cooperate."""
    if "签" not in sent:
        return None
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _SIGNED.match(sent, at)  # (from each clause's start, no copy of the rest: a long line stays linear)
        if not m:
            continue
        a, bs = without_when(m["a"]), [x for x in m["b"].split("、") if x]
        names = [a] + bs
        if all((_unit(x) or _PARTNER_PLACE.match(x)) and not _NOT_BODY.search(x) and not is_generic(x)
               and not re.search(r"公司|集团|企业|银行", x) for x in names):
            return Roles.of(cooperate=(names, []))
    return None


# places acting together, none named to lead: "广西南丹县和贵州省荔波县、独山县联合开展“扫黄打非”区域联防协作活动" (fresh34's 南丹),
# "重庆市长寿区、合川区与四川省邻水县三地市场监管局联手开展七大行动" (fresh34's 长寿) — each place stands for its government, or for its
# department of the work when one is printed once after their count (三地市场监管局); all cooperate, each named as printed
# (a count printed must be the number of places named: "两县三部门" is no such list; a class of places, 各县 / 相邻区县, names none)
_PLACES_TOGETHER = re.compile(r"^(?P<list>[\u4e00-\u9fff、]{5,60}?)(?:(?P<count>[两二三四五六七八九十])(?:地|县|市|区|省|县区|县市|市县)"
                              # (还 / 也 / 又 before the joint word: "白河縣與鄖西縣還聯合成立消費維權服務、知識產權保護聯盟" (fresh46's 白河))
                              r"(?:[\u4e00-\u9fff]{2,12}?(?:局|厅|部门|机关|单位|办))?)?(?:还|也|又)?(?:共同|携手)?(?:联合|联手)"
                              r"(?=开展|展开|执法|检查|行动|整治|督查|排查|巡查|巡逻|打击|组成|成立)")
# (an autonomous county, its city before it: "近日,宜昌市五峰土家族自治县和恩施州鹤峰县联合开展了“扫黄打非”区域联防协作"
# (http://old.cn3x.com.cn/content/show?catid=331861&newsid=964894))
_AUTONOMOUS_COUNTY = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?[省市州])?[\u4e00-\u9fff]{2,8}自治[县旗]$")
_PLACE_JOINER = re.compile(r"、|(?<=[省市州县区盟旗])(?:和|与|及|同)")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def places_together(sent: str) -> Roles | None:
    """A县和B县、C县联合开展… / A区、B区与C县三地X局联手开展…: places acting together, all cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _PLACES_TOGETHER.match(_WHEN.sub("", sent[at : at + 200], count=1))
        if not m:
            continue
        names = _PLACE_JOINER.split(m["list"])
        if len(names) < 2 or not all((_PARTNER_PLACE.match(x) or _AUTONOMOUS_COUNTY.match(x)) and not re.search(r"\d?团$", x)
                                     for x in names):
            continue
        if m["count"] and _COUNTS[m["count"]] != len(names):
            continue
        return Roles.of(cooperate=(names, []))
    return None


# one body working closely with others, none named to lead: "该林场加强与森林公安等部门密切配合,对营林生产区域进行全面排查" (fresh34's
# 阿里河; its gold: both cooperate, as X与Y等部门密切配合, the farm named with 该 dropped); the bodies after 与 a closed list
_CLOSE_WITH = re.compile(r"^(?P<a>[\u4e00-\u9fff（）()]{2,24}?)(?:还|也|将|要|并|进一步)?(?:加强|强化|积极|主动|持续|始终)?与"
                         r"(?P<b>[\u4e00-\u9fff、（）()]{2,60}?)(?P<tail>" + _TAIL + r")?(?:之间)?的?(?:密切|紧密|通力|深度)(?:配合|协作|合作|联动)"
                         r"(?=[，,]|开展|对|在|共同)")
_SAID_BODY = re.compile(r"^该(?=[\u4e00-\u9fff]{0,4}(?:林场|农场|牧场|渔场|站|所|队|局|院|中心|办|公司)$)")


def working_closely(sent: str) -> Roles | None:
    """X加强与Y等部门密切配合,…: both cooperate, none leads."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _CLOSE_WITH.match(sent[at : at + 200])
        if not m:
            continue
        a = without_when(m["a"])
        a = a if _BACK_REF.match(a) else _SAID_BODY.sub("", a)
        if not (_unit(a) or _BACK_REF.match(a) or re.search(r"(?:林场|农场|牧场|渔场)$", a)) or _NOT_BODY.search(a):
            continue
        got = _bodies(m["b"], bool(m["tail"]))
        if not (got and got[0]) or _NOT_BODY.search(m["b"]):
            continue
        return Roles.of(cooperate=([a] + got[0], got[1]))
    return None


# one body acting in concert (协同) with a partner, none named to lead: "今年3月、4月期间,該局與當地的綜合執法局協同打擊假冒知名進口品牌"
# (fresh48's 保亭, traditional; its README: joint work with no lead, both cooperate, 该局 the bureau named in full before it
# (kg/extract/back_refs.py), and 当地的 "the local" no part of the partner's name) — 协同 plus the deed, as 联合开展 reads in partners
_IN_CONCERT = re.compile(r"^(?P<a>[\u4e00-\u9fff（）()]{2,24}?)(?:还|也|将|已|并)?与(?:当地|属地|辖区)?的?"
                         r"(?P<b>[\u4e00-\u9fff、（）()]{2,40}?)(?:共同|密切)?协同"
                         r"(?=打击|开展|展开|执法|检查|整治|查处|治理|排查|巡查|督查|处置)")


def in_concert_with_local(sent: str) -> Roles | None:
    """X与(当地的)Y协同打击/开展…: both cooperate, none leads."""
    if "协同" not in sent:
        return None
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _IN_CONCERT.match(sent[at : at + 200])
        if not m:
            continue
        a = without_when(m["a"])
        if not (_unit(a) or _BACK_REF.match(a)) or _NOT_BODY.search(a):
            continue
        got = _bodies(m["b"], False)
        if not (got and got[0]) or _NOT_BODY.search(m["b"]):
            continue
        return Roles.of(cooperate=([a] + got[0], got[1]))
    return None
