"""Task styles widened for the converter copies' misses (issue #16, round165): every converter-copy task miss on the development
folders also fails when the page is folded to simplified text first (the pinyin stripper leaves no residue on a task line), so the
fixes are sentence styles, each with the real converter line it was written from (pinyin as printed) and negatives:
- a pledge to cooperate, `A、B,、C均表示定會積極配合` (duty_styles: the pledge read as 要; a comma doubled before 、 dropped);
- `X組織A、B等部門的干部進村入戶開展…` (role_word_charges: the list closes at its 等部門的干部).
Round177 re-checked (devscore of session 32): the converter copies' task misses still all fail folded to simplified text too; three
more sentence styles from them:
- `A、B…等單位在<place>將…進行了集中銷毀` (joint_action's listed_actors: bodies doing one deed together at one place);
- `X持續加大…,…,定期牽頭組織聯合執法活動` (carried_subjects' later_joint_lead: the opening body leads the joint action, no partner);
- `X及時增加警力…,與Y…聯合開展了…` (carried_subjects' later_partners: the opening body acts with its partner, read as X與Y聯合開展)."""

import pytest

from conftest import dev_set_tasks, sentence_roles


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # tasks50's 武陵源 教育工程 meeting, a converter copy whose mirror doubles its stops
    # (benchmarks/data/other_districts_tasks50/texts/hunan-wulingyuan-converter-jiaoyu-gongcheng-ge-ju-biaoshi-peihe-comma-dun.txt:3)
    ("會(huì)議上,,區(qū)財(cái)政局、區(qū)國土局,、區(qū)規(guī)劃局,、區(qū)環(huán)保局均表示定會(huì)積極配合,同時(shí)分別在各自領(lǐng)域",
     "duty_sentence", [], ["区财政局", "区国土局", "区规划局", "区环保局"]),
    # plain: 表示将 before 配合
    ("会议上,区财政局、区国土局表示将积极配合。", "duty_sentence", [], ["区财政局", "区国土局"]),
    # fresh34's 商南 冬令救助 item, a converter copy
    # (benchmarks/data/other_districts_fresh34/texts/shaanxi_shangnan-dongling-chunhuang-jiuzhu-minzhengju-qiantou-converter.txt:2)
    ("入冬以來,商南縣組織10個(gè)鎮(zhèn)辦及縣人社、民政、工會(huì)、殘聯(lián)等部門的干部進(jìn)村入戶開展調(diào)查摸底",
     "joint_action", ["商南县"], ["县人社", "民政", "工会", "残联"]),
    # fresh45's 英山 烟花爆竹 destruction item, a converter copy
    # (benchmarks/data/other_districts_fresh45/texts/hubei_huanggang-yingshan-yingji-guanliju-yanhua-baozhu-jizhong-xiaohui-converter.txt:9)
    ("2021年11月9日上午,英山縣應(yīng)急管理局、縣公安局、縣消防救援大隊(duì)、縣供銷社、縣鞭炮公司等單位在該縣一砂料場內(nèi)將煙花爆竹進(jìn)行了"
     "集中銷毀。", "joint_no_lead", [], ["英山县应急管理局", "县公安局", "县消防救援大队", "县供销社", "县鞭炮公司"]),
    # tasks28's 通州 城管 item, a converter copy
    # (benchmarks/data/other_districts_tasks28/texts/beijing_tongzhou-chengguan-dingqi-qiantou-zuzhi-converter.txt:3)
    ("據(jù)介紹,通州區(qū)城管執(zhí)法局持續(xù)加大占道經(jīng)營(yíng)檢查和社區(qū)宣傳普及力度,加強(qiáng)與成員單位以及各街道辦事處、鄉(xiāng)鎮(zhèn)政府的溝通協(xié)作,"
     "定期牽頭組織聯(lián)合執(zhí)法活動(dòng),形成整治合力,有效促進(jìn)了工作的落實(shí)。", "duty_sentence", ["通州区城管执法局"], []),
    # fresh33's 满归 forest police item, a converter copy (the farm's fire staff, `专职人员`, stand for the farm: round200)
    # (benchmarks/data/other_districts_fresh33/texts/neimenggu_mangui-senlin-gonganju-beian-paichusuo-fanghuo-converter.txt:2)
    ("近期,滿歸森林公安局北岸派出所及時(shí)增加警力加大森林生態(tài)防火管控力度,與北岸林場(chǎng)安全防火專職人員聯(lián)合開(kāi)展了春防以來(lái)第二次"
     "森林生態(tài)防火“三清”隱患排查工作。", "joint_no_lead", [], ["满归森林公安局北岸派出所", "北岸林场"]),
    # plain: one more deed done together at one place, 对 before the deed
    ("县公安局、县林业局等部门在广场对收缴的非法猎具进行了集中销毁。", "joint_no_lead", [], ["县公安局", "县林业局"]),
])
def test_converter_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # a pledge to do the body's own work is its own words, no task (plain)
    "区公安局表示将加大执法力度。",
    # a body organising its own cadres does a deed (plain, as the role-word styles' negatives)
    "商南县组织干部进村入户开展调查摸底。",
    # one body's own deed at a place, no list (plain): no joint action
    "县公安局在广场将烟花爆竹进行了集中销毁。",
    # bodies at a meeting arranging work: no deed done together (plain)
    "县公安局、县林业局等部门在会上对工作进行了安排。",
    # no body opens the sentence that later leads or acts with a partner (plain)
    "今年以来,持续加大检查力度,定期牵头组织联合执法活动。",
    "近期,持续加大力度,与县林业局联合开展专项行动。",
])
def test_converter_negatives(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.empty


def test_converter_files():
    got = dev_set_tasks("tasks50", "hunan-wulingyuan-converter-jiaoyu-gongcheng-ge-ju-biaoshi-peihe-comma-dun.txt", names=True)
    assert (3, [], ["區(qū)財(cái)政局", "區(qū)國土局", "區(qū)規(guī)劃局", "區(qū)環(huán)保局"]) in got
    got = dev_set_tasks("fresh34", "shaanxi_shangnan-dongling-chunhuang-jiuzhu-minzhengju-qiantou-converter.txt", names=True)
    assert (2, ["商南縣"], ["縣人社", "民政", "工會", "殘聯"]) in got
    got = dev_set_tasks("fresh45", "hubei_huanggang-yingshan-yingji-guanliju-yanhua-baozhu-jizhong-xiaohui-converter.txt", names=True)
    assert (9, [], ["英山縣應(yīng)急管理局", "縣公安局", "縣消防救援大隊", "縣供銷社", "縣鞭炮公司"]) in got
    got = dev_set_tasks("tasks28", "beijing_tongzhou-chengguan-dingqi-qiantou-zuzhi-converter.txt", names=True)
    assert (3, ["通州區(qū)城管執(zhí)法局"], []) in got
