"""fresh57's task misses (issue #16, round180; benchmarks/data/other_districts_fresh57/texts), each reader with the real line it
was written from and plain negatives: the rows of kg/extract/stated_charges.py (X表示,将…, 如X负责…, 以X为牵头单位,联合Y, X组织Y等部门
评审, A、B制定了 / A和B启动了, X会同Y等部门印发了, 请X、Y对照…做好), 落实 / 共享 as will words (duty_subjects) and 请 before a list of
actors (joint_action.listed_actors)."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate, generic); None: no task read
ROWS = [
    # hebei_sheng-zhujianting-nongcun-zhufang-jianshe-shidian-uianet.txt:2 (its first sentence): a named body's statement, rule 2
    ("法律分析: 河北省住建厅表示,今后将继续推进28个试点县(市、区)344个村庄开展农村住房建设试点,积极推广应用《河北省农村住房建设导则》及"
     "指导图册等技术标准导则,建设宜居示范农村住房。", ["河北省住建厅"], [], []),
    # guangxi_zizhiqu-2021-disanci-guotu-diaocha-gongbao-hkcd-trad.txt:13 and :15 (their clauses): an official's reported words
    # are his line (decision E); the page's own sentence with 將 is the place's task, rule 2
    ("廣西壯族自治區自然資源廳黨組成員、總工程師、自治區第三次國土調查領導小組辦公室主任周濤在會上表示,廣西將共享三調成果數據庫,及時應用"
     "三調成果,通過成果集成,實現對各類空間利用數據的統一管理", None, None, None),
    ("下一步,廣西將落實最嚴格耕地保護政策,全面推行耕地保護「田長制」,嚴格非農建設佔用耕地審批;", ["广西"], [], []),
    # hainan_sanya-jingjiquan-2025-zhili-tixi-sanyaed.txt:6 and :8 (their clauses; the s2twp copy's lines read the same)
    ("• 省级统筹层:以海南省发改委为牵头单位,联合省自然资源厅、交通厅等 12 个部门成立 “三亚经济圈一体化发展领导小组”,负责顶层设计。",
     ["海南省发改委"], ["省自然资源厅", "交通厅"], []),
    ("• 省級統籌層:以海南省發改委為牽頭單位,聯合省自然資源廳、交通廳等 12 個部門成立 “三亞經濟圈一體化發展領導小組”,負責頂層設計。",
     ["海南省发改委"], ["省自然资源厅", "交通厅"], []),
    ("• 区县落实层:各市县设立 “经济圈协同工作办公室”,配备专职人员对接具体任务,如乐东县负责莺歌海盐田工业旅游与三亚滨海旅游线路整合,"
     "保亭县推进黎苗文化研学与三亚亲子旅游产品联动", ["乐东县"], [], []),
    # xinjiang_changji-zhou-2023-zhouji-xiandai-nongye-chanyeyuan-mingdan-converter.txt:6 (its clauses, converter residue as printed)
    ("經各縣市(農業(yè)園區(qū))人民政府(管委會)申請,州黨委農辦組織州農業(yè)農村局、財政局、林草局等部門領導專家評審和審議,擇優(yōu)遴選出"
     "第一批15個州級現(xiàn)代農業(yè)產業(yè)園", ["州党委农办"], ["州农业农村局", "财政局", "林草局"], []),
    # guizhou_sheng-nongyenongcunting-caizhengting-2021-nongtian-guanhu-xize-shijieshipin.txt:2 (its clauses): both cooperate
    ("结合我省实际,省农业农村厅、省财政厅制定了《贵州省农田建设项目工程管护实施细则(试行)》,现予印发,请遵照执行。",
     [], ["省农业农村厅", "省财政厅"], []),
    # jilin_sheng-nongyenongcunting-2023-disipi-shengji-chanyeyuan-gongshi-bolufa-trad.txt:5
    ("按照省委、省政府關于有序推動全省現代農業產業園建設部署要求,省農業農村廳和省財政廳啟動了吉林省第四批省級現代農業產業園認定工作。",
     [], ["省农业农村厅", "省财政厅"], []),
    # jiangxi_sheng-shichang-jianguanju-2022-nongzi-dajia-zhuanxiang-tourdecredit-converter.txt:7 (rule 1, whatever the tense)
    ("中國質(zhì)量新聞網(wǎng)訊 近日,江西省市場監(jiān)管局會同省農(nóng)業(yè)農(nóng)村廳、省高級人民法院、省檢察院等部門印發(fā)了《2022年全省農(nóng)資"
     "打假專項治理行動工作方案》", ["江西省市场监管局"], ["省农业农村厅", "省高级人民法院", "省检察院"], []),
    # chongqing_shi-caizhengju-2020-nongye-kechixu-zhuanxiang-yusuan.txt:13 (its two sentences; README's decision: both cooperate)
    ("在组织预算执行中,请市发展改革委、市农业农村委对照发改投资﹝2020﹞1115号文件所列的绩效目标做好对下分解和绩效监控,确保年度绩效目标"
     "如期实现。", [], ["市发展改革委", "市农业农村委"], []),
    # negatives: the same set's no-task lines (works with 将, persons with 将, a single body's deed, classes)
    ("今年,新疆获批新建6个农业产业强镇,将以全产业链发展思路做大做强做优主导产业", None, None, None),
    ("记者们将通过文字和镜头,展现我县自然资源工作取得的成效", None, None, None),
    ("他表示,将继续加大工作力度。", None, None, None),
    # decision E: a person's reported words, a place named (tasks99's 望牛墩 converter page, folded) or pointed back to (tasks142)
    ("梁志豪表示,望牛墩镇将始终坚持围绕农村人居环境整治提升、农村集体经济多元化发展及农田保护利用等方面,进一步提高思想认识", None, None, None),
    ("郭家镇有关负责人表示,该镇将不断巩固攻坚成果,紧盯短板弱项,持续发力攻坚", None, None, None),
    ("省农业农村厅制定了《贵州省农田建设项目工程管护实施细则(试行)》。", None, None, None),
    ("各地、各部门制定了实施方案。", None, None, None),
]


@pytest.mark.parametrize("sentence,lead,coop,generic", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round180_rows(sentence, lead, coop, generic):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, generic)


def test_asked_list_names_no_asking_word():
    # chongqing_shi-caizhengju-2020-nongye-kechixu-zhuanxiang-yusuan.txt:13 (its second sentence): 请 is no part of the first name
    roles, _ = sentence_roles("预算执行结束后,请市发改委、市农业农村委、相关区县(自治县)对照绩效目标开展绩效自评,并形成相应的自评结果。")
    assert roles.cooperate == ["市发改委", "市农业农村委"] and not roles.lead


def test_fresh57_sanya_line_reads_the_example_only():
    # hainan_sanya-jingjiquan-2025-zhili-tixi-sanyaed.txt:8: 乐东县 with 负责 leads; 保亭县's bare 推进 is narrative (rule 3)
    got = [(lead, coop) for line, lead, coop in dev_set_tasks("fresh57", "hainan_sanya-jingjiquan-2025-zhili-tixi-sanyaed.txt", names=True)
           if line == 8]
    assert got == [(["乐东县"], [])]
