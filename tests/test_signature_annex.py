"""A signature glued after the names of a one-line page's annexes (kg/parse/signature.py, _after_annex_name): the organ
begins where the last annex's name ends — a list, a table, a report or an annex (real lines)."""

import pytest

from kg.parse.signature import _after_annex_name

CASES = [
    # fresh8 jilin_changchun-2023-zhuanjingtexin-rending-converter (normalised): a list's name
    ("2023年长春市市级“专精特新”中小企业认定名单长春市工业和信息化局", "长春市工业和信息化局"),
    # fresh10 zhejiang_suichang-2022-mujun-pingjia-yongdi-gongshi: a table's name
    ("附件:2022年度遂昌县“亩均论英雄”综合评价企业用地情况表遂昌县经济商务局", "遂昌县经济商务局"),
    # entrep101 fujian-jianning-shengji-lvse-zhizao-5pi-tuijian-shenbao-qingshi (its one line's end): numbered annexes of a
    # 请示, the last a report's annex
    ("附件:1.建宁县第五批绿色制造体系目录推荐申报汇总表2.福建明一生态营养品有限公司绿色工厂自评报告-主体3.福建明一生态营养品有限公司"
     "绿色工厂自评价报告附件4.福建明一生态营养品有限公司第三方评价报告V3.05.福建明一生态营养品有限公司绿色工厂第三方评价报告附件"
     "建宁县工业和信息化局", "建宁县工业和信息化局"),
    # fresh56 jiangxi_ganzhou-jingkaiqu-2023-danxiang-guanjun-shenbao-zhuanfa-converter.txt:1 (normalised): a forwarded
    # notice's attachments, the last a rule (办法)
    ("江西省制造业单项冠军企业认定办法赣州经济技术开发区企业服务和工信局", "赣州经济技术开发区企业服务和工信局"),
    # an organ alone stays whole (no annex's name before it)
    ("建宁县工业和信息化局", "建宁县工业和信息化局"),
]


@pytest.mark.parametrize("organ,want", CASES)
def test_signature_after_annex_names(organ, want):
    assert _after_annex_name(organ) == want
