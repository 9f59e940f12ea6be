"""Readings widened for tasks142's leftovers and the development sets' converter copies (stop 29, tasks149): `该区将` / `该县将` read
back to the district or county the text named before (kg/extract/campaign_charges.place_ref_will, back_refs.py, duties.py), a joint
meeting's lead named a sentence or two after its membership (duties.py), and a heading's `(A、B、C牵头)` over its items' plain
责任单位 lists (tasks.py). Each with the real lines it was written from, as printed (converter pinyin and traditional forms kept),
and negatives that must not match."""

import pytest

from conftest import dev_set_tasks
from kg.extract.back_refs import resolve_back_refs
from kg.extract.campaign_charges import place_ref_will
from kg.extract.units import Roles
from kg.parse.normalize import normalize_line


@pytest.mark.parametrize("sentence,ref", [
    # tasks142's 长洲, a converter copy (http://www.zjxp.net/content/2016-09/11/content_198688.htm)
    ("據(jù)了解,該區(qū)將繼續(xù)加大對(duì)轄區(qū)農(nóng)貿(mào)市場(chǎng)的管理力度,不定期組織開展聯(lián)合執(zhí)法行動(dòng),", "该区"),
    ("同时,该县还将组织开展“献爱心、送温暖”捐赠活动。", "该县"),  # constructed after fresh34's 商南 (a converter copy)
    # negatives: a person's words for the place (convention88), a town (read by _place_will), a district's deed (rule 3)
    ("区城管局有关负责人表示,该区将持续开展整治。", None),  # constructed
    ("另悉,该镇将进一步加强日常巡逻监管。", None),
    ("9月10日,长洲区成立联合执法组,对新城市场及周边道路展开专项整治行动。", None),
])
def test_a_place_back_reference_as_the_subject_of_will(sentence, ref):
    assert place_ref_will(normalize_line(sentence)) == ref


@pytest.mark.parametrize("before,ref,place", [
    # tasks142's 长洲: the district opening the clause on the line before
    ("9月10日,长洲区成立联合执法组,对新城市场及周边道路展开专项整治行动", "该区", "长洲区"),
    # the county named before a town (tasks28's 五道水 pattern) is the county
    ("近日,桑植县五道水镇会同县路政执法大队开展整治", "该县", "桑植县"),
    # negatives (constructed): nothing named; a place worked on, inside a clause; districts that name no place (辖区, 城区, 社区)
    ("", "该区", "该区"),
    ("执法人员对新城区开展检查", "该区", "该区"),
    ("辖区各单位,城区,社区开展检查", "该区", "该区"),
])
def test_a_place_reads_back_only_to_one_opening_a_clause(before, ref, place):
    assert resolve_back_refs(Roles.of(([ref], [])), before).lead == [place]


def test_a_place_named_nowhere_before_gives_no_task(tmp_path):
    """tasks25's negative at the document level: `该县将…` with no county named before it is a place, no body."""
    from kg.extract.tasks import extract_tasks
    from kg.parse import parse_issue

    path = tmp_path / "constructed.txt"
    path.write_text("近日,执法人员对农贸市场开展检查。\n据了解,该县将继续加大执法力度,引导商户规范经营。\n", encoding="utf-8")
    assert not [t for t in extract_tasks(parse_issue(path)) if t["line"] == 2]


@pytest.mark.parametrize("file,line,lead,cooperate", [
    # 该区将 read back to the district on the line before (a converter copy)
    ("guangxi-wuzhou-changzhou-qu-lianhe-zhifazu-gai-qu-jiang-converter.txt", 2, ["长洲区"], []),
    # a joint meeting's membership, then its conveners (persons), then its lead (a traditional copy)
    ("shaanxi-xian-gaoling-shehui-jiuzhu-lianxi-huiyi-27-bumen-qiantou-traditional.txt", 11, ["區民政局"],
     ["區財政局", "區人社局", "區教育局", "區衛計委", "區編辦", "區統籌辦", "區殘聯"]),
    # a heading's (A、B、C牵头) over its item's (责任单位:A、B、C); a sole unit under it stays the item's own
    ("shandong-jinxiang-renju-huanjing-fengong-fangan-biaoti-qiantou-zeren-danwei.txt", 10,
     ["县委农办", "县农业农村局", "县市容环境卫生服务中心"], []),
    ("shandong-jinxiang-renju-huanjing-fengong-fangan-biaoti-qiantou-zeren-danwei.txt", 11, ["县住房和城乡建设局"], []),
])
def test_tasks149_files(file, line, lead, cooperate):
    got = [(lead_, coop) for n, lead_, coop in dev_set_tasks("tasks142", file, names=True) if n == line]
    assert (lead, cooperate) in got, got


def test_a_heading_lead_leads_only_a_list_of_exactly_its_units():
    """Constructed: the heading's lead leads an item whose list names it alone; a list naming another unit beside it, or an
    item under a heading with no 牵头 note, stays a plain list (cooperating)."""
    from kg.extract.tasks import _heading_leads

    unit = lambda n: {"name": n}  # noqa: E731
    headed = {"一、整治(县农业农村局牵头)": {"县农业农村局"}}
    rec = {"section": ["一、整治(县农业农村局牵头)", "1.清理"], "lead": [], "cooperate": [unit("县农业农村局")], "generic_cooperate": []}
    _heading_leads(rec, headed)
    assert ([u["name"] for u in rec["lead"]], rec["cooperate"]) == (["县农业农村局"], [])
    rec = {"section": ["一、整治(县农业农村局牵头)", "2.清理"], "lead": [], "cooperate": [unit("县农业农村局"), unit("县水利局")],
           "generic_cooperate": []}
    _heading_leads(rec, headed)
    assert rec["lead"] == []
    rec = {"section": ["二、宣传", "1.发动"], "lead": [], "cooperate": [unit("县农业农村局")], "generic_cooperate": []}
    _heading_leads(rec, headed)
    assert rec["lead"] == []


@pytest.mark.parametrize("sentence,lead,cooperate", [
    # fresh45's 英山, a converter copy: a county's company closes the partners' list before the action (its gold: it cooperates)
    ("為進(jìn)一步規(guī)范煙花爆竹市場,11月9日,英山縣應(yīng)急管理局牽頭,會同縣公安局、縣消防救援大隊(duì)、縣供銷社、縣鞭炮公司對2021年收繳的"
     "非法和違法儲存的煙花爆竹進(jìn)行統(tǒng)一集中銷毀。", ["英山县应急管理局"], ["县公安局", "县消防救援大队", "县供销社", "县鞭炮公司"]),
    # fresh34's 托里, a converter copy: an unnamed property company is a class, whoever reads the sentence
    ("11月29日,托里縣消防救援大隊(duì)聯(lián)合縣公安局、縣住建局、物業(yè)公司對轄區(qū)內(nèi)多(高)層住宅小區(qū)開展消防安全檢查。",
     ["托里县消防救援大队"], ["县公安局", "县住建局"]),
    # (fresh16's 陆良 shape, constructed: a bureau's name, then its action)
    ("县民政局会同县消防大队对全县养老机构安全生产工作进行检查。", ["县民政局"], ["县消防大队"]),
])
def test_a_company_closing_the_partners_list(sentence, lead, cooperate):
    from conftest import sentence_roles

    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, cooperate)
