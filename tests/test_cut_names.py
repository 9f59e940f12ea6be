"""kg.extract.cut_names: a name a copy cut inside its legal form's words is no holder (fresh41's last row); full forms
and a form's start that ends names of its own are kept."""

import pytest

from kg.extract.cut_names import cut_in_form


@pytest.mark.parametrize("name, cut", [
    # fresh41 jiangxi_nongye-nongcun-ting-2020-guojia-nongmin-hezuoshe-shifanshe-shenbao-gongshi-trad.txt:37 (folded)
    ("新余高新区天意种养农民专业合", True),
    ("新余市蒙山果业农民专业合作社", False),  # (its line above: the full form)
    ("福州聚春园集团有限公", True),
    ("福州聚春园集团有限公司", False),
    ("许继电气股份", False),  # (a short name ending on 股份, entrep101's 拟授予 list)
    ("福建老酒酒业有限责任公司", False),
])
def test_cut_in_form(name, cut):
    assert cut_in_form(name) is cut
