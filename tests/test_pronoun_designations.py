"""The holders of the sentence before, pointed back to by a pronoun and given a designation of their own
(kg.extract.holder_reader._THEY_DESIGNATED): the real line and real negatives."""

import pytest

from kg.extract.holder_reader import HolderReader

# guangxi-shoupi-guangxi-laozihao-27jia-zhonghua-laozihao-zhijie-rending-traditional.txt (entrep138) line 3, folded: a
# company counted among nine earlier national 老字号, then the region's title given to the nine directly
NANNING = ("其中,南宁百货大楼股份有限公司等9家企业,此前已被商务部认定为“中华老字号”。按照“广西老字号”的认定办法,它们被直接认定为"
           "“广西老字号”。")


def test_the_pronoun_takes_the_holders_before_it():
    assert HolderReader().read(NANNING) == [("南宁百货大楼股份有限公司", "国家级"), ("南宁百货大楼股份有限公司", "省级")]


@pytest.mark.parametrize("line", [
    # no holder in the sentence before: the pronoun points to nobody the page named
    "按照“广西老字号”的认定办法,它们被直接认定为“广西老字号”。",
    # a proposal or a withdrawal holds nothing
    "其中,南宁百货大楼股份有限公司等9家企业,此前已被商务部认定为“中华老字号”。它们拟被认定为“广西老字号”。",
    "其中,南宁百货大楼股份有限公司等9家企业,此前已被商务部认定为“中华老字号”。它们被撤销认定为“广西老字号”。",
])
def test_no_second_title_where_none_is_given(line):
    assert ("南宁百货大楼股份有限公司", "省级") not in HolderReader().read(line)
