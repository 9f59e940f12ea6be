"""A named body's duty stated with a word the duty-subject machinery does not read in every text, read where its writing style
makes it a duty (issue #16, the lead's rulings at stop 38): each row of `MODAL_DUTIES` names the word, the condition on the line
and the sentence, and the word the existing machinery (duty_styles._sentence_roles) reads in its place; the reading is taken only
when that machinery finds a named body leading (never a class alone, never a page's analysis):

- `article_should`: a bare 应 in a regulation's article (an article number 第N条 on the line) charges the named body before it, as
  应当 does: "第十六条市爱卫办、各县(市、区)爱卫办应定期开展病媒生物预防控制检查工作" (tasks40 hebei-tangshan-bingmei-banfa-
  fengong-x-fuze-inline.txt:1, the 唐山 办法's digest; its gold: 市爱卫办 leads, each county's office generic). A bare 应 on a line
  with no article number stays unread (the sample corpus's "区政府办公室应将备案情况及时进行公布" (004:644), its article number on
  the line before; "行政执法机构应严格执行…" (001:1054), a class), and so does a plan's analysis ("经开区应牢牢把握大势").
- `standing_practice`: a body's standing practice, 坚持 right after its name with 常态化 later in the sentence, is a standing duty,
  as 要坚持 is: "苏木党委、政府坚持高点站位、高标推进,将禁牧工作作为一项长期任务抓实抓细,常态化开展禁牧整治行动。" (fresh37
  neimenggu_baiyintaohai-sumu-jinmu-zhifa-zhifadui-lianhe-sifasuo.txt:2; its gold: 苏木党委 and 政府 lead, the 、 printing two
  units). A bare past deed (no 坚持, or no 常态化) stays no task.
- `article_should_within`: the same, 应在 with a limit after it closed by a comma (a time or a scope: 在…内 / 前 / 后 / 期间,):
  "市人大常委會、CPPCC應在休會後30日內,聯合市委辦公廳、市政府辦公廳召開由各承辦單位…參加的會議" (tasks117 buxiang-jianyi-tian-renda-
  changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:4, 第五條 on its line; its gold: both lead, both 办公厅 cooperate).
  Read with three rules beside it (stop 39): the converter's `CPPCC` for 市政协 a unit (converter_names.py), `召开由X参加的会议`
  naming attendants, no charge (attendance.py), and the 联合 partners after the limit's comma the whole subject's
  (future_partners.py's shared row). A bare 应在 with no limit and comma stays out, as 应在 was before."""

from __future__ import annotations

import re

from kg.extract.units import Roles

_ARTICLE_NO = re.compile(r"第[一二三四五六七八九十百零〇\d]+[条條]")
# (应 as a modal only: never 应急 / 应用 / 应对 / 应收 / 应付 / 应届 / 应聘 / 应邀 / 应有 / 应予 / 应由 / 应视 / 应按 …, nor 应当, read already)
_SHOULD = r"(?:应|應)(?!当|當|急|用|对|對|收|付|届|屆|聘|邀|有|予|由|视|視|按|依|根|于|於|为|為|是|在|的|征|徵|税|稅|缴|繳|纳|納|退|得)"
# (and 应在 when a limit follows, a time or a scope closed by a comma: "市人大常委會、CPPCC應在休會後30日內,聯合…召開…會議" (tasks117
# buxiang-jianyi-tian-renda-changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:4); 应在 with no such limit stays out, as above)
_SHOULD_WITHIN = r"(?:应|應)(?=在[^，,。；;]{1,20}?(?:内|內|前|后|後|期间|期間)[，,])"
_STANDING = r"(?:坚持|堅持)(?=[^。；;]*?常态化|[^。；;]*?常態化)"

# (name, condition on the line, the word's pattern after the sentence's subject, the word read in its place)
MODAL_DUTIES = [
    ("article_should", lambda line: bool(_ARTICLE_NO.search(line)), _SHOULD, "应当"),
    ("article_should_within", lambda line: bool(_ARTICLE_NO.search(line)), _SHOULD_WITHIN, "应当"),
    ("standing_practice", lambda line: True, _STANDING, "要坚持"),
]

_SUBJECT = r"^(?P<art>" + _ARTICLE_NO.pattern + r")?(?P<subj>[^，,。；;：:“”《》]{2,40}?)"


def modal_duty(sent: str, line: str) -> tuple[Roles, str] | None:
    """(roles, style) of a sentence whose subject's word is one of MODAL_DUTIES' rows on a line meeting its condition: the sentence read
    with the row's word in its place by the existing machinery, kept only when a named body leads."""
    from kg.extract.duty_styles import _sentence_roles  # (duty_styles' registry reads at call time)

    for _name, holds, word, read_as in MODAL_DUTIES:
        m = re.match(_SUBJECT + "(?P<word>" + word + ")", sent)
        if not m or not holds(line):
            continue
        roles, style = _sentence_roles(sent[: m.start("word")] + read_as + sent[m.end("word"):])
        if style == "duty_sentence" and roles.lead and all(u in m["subj"] for u in roles.lead):
            return roles, style
    return None
