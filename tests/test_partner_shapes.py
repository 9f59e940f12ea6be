"""天津 pages' task misses (issue #16, round185; benchmarks/data/other_districts*/texts), each reader with the real line
it was written from and plain negatives: the rows of kg/extract/partner_shapes.py (X及所属Y对…, X联合A、B、<cut stub>,
A与B、C社区社工人员对…). 主要负责 is left unread: the sample corpus's
`领导小组主要负责…` (002:1825) is no task of its gold."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate, generic cooperate); None: no task read
ROWS = [
    # fresh31 tianjin-2017-quanyuncun-zhoubian-zhifa.txt:5 (its first clause): a body with its own offices as a class (rule 1)
    ("南开区政府及所属街道办事处对中石油桥桥下非法占路经营、环境脏乱等问题进行全面治理", ["南开区政府"], [], ["所属街道办事处"]),
    # fresh28 tianjin_heping-nanshi-jiedao-2025-zhengxie-tian-dafu.txt:24: the excerpt cuts the third name (`市`)
    ("执法大队联合公安、交管、市", ["执法大队"], ["公安", "交管"], []),
    # fresh43 tianjin_binhai-dagu-jie-zonghe-zhifa-dadui-xiaji-anquan-lianhe-zhifa-converter.txt:6 (its first sentence, converter
    # residue as printed): no lead printed, all cooperate; the places share one 社區
    ("在前期排查階段,綜合執(zhí)法大隊(duì)與河南里、安陽(yáng)社區(qū)社工人員對(duì)萬(wàn)科濱江都會(huì)秀清園,碧桂園海昌天瀾、天潤(rùn)"
     "園等小區(qū)消防隱患以及長(zhǎng)期停放僵尸車(chē)輛開(kāi)展全面摸排", [], ["综合执法大队", "河南里", "安阳社区"], []),
    # negatives: a person's post (主要负责人), classes as the body, a list printed in full, named places with their own word
    ("市局主要负责人要亲自抓、负总责。", None, None, None),
    ("本办法适用于县级以上政府及其所属部门制定的现行有效规范性文件", None, None, None),
    ("执法大队联合公安、交管", None, None, None),
    ("居民与社区工作人员对小区开展清理", None, None, None),
]


@pytest.mark.parametrize("sentence,lead,coop,generic", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round185_rows(sentence, lead, coop, generic):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, generic)


@pytest.mark.parametrize("set_name,file,line,want", [
    ("fresh31", "tianjin-2017-quanyuncun-zhoubian-zhifa.txt", 5, (["南开区政府"], [])),
    ("fresh28", "tianjin_heping-nanshi-jiedao-2025-zhengxie-tian-dafu.txt", 24, (["执法大队"], ["公安", "交管"])),
])
def test_the_real_pages_give_the_task(set_name, file, line, want):
    got = [(lead, coop) for at, lead, coop in dev_set_tasks(set_name, file, names=True) if at == line]
    assert want in got, got
