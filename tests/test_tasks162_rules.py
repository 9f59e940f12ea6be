"""Readers widened for tasks162's first-sight misses (stop 30): the lead named by a role word (`X为主体`, `由X带队,Y全员参与`,
`X组织A、B人员`, `X在A、B等部门的支持和配合下`, `在X的牵头组织下`), a body opening its item with an occasion (`X以…为契机,…,会同…`),
named bodies working with persons, a named body joining classes only — the rows of kg/extract/role_word_charges.py — and, in the
readers before them, an organised list joining others at once (joint_action.py), a joint team named 联合执法小组 (joint_action.py),
所在 as no office's 所 (joint_lists.py), a semicolon series' 联合 clause carried from the body opening the series, the supporters of a
joint action after it, and two works of their own not folded into one (duties.py). Each with the real line it was written from
(tasks162's file and its URL) and negatives that must not match."""

import pytest

from conftest import dev_set_tasks, sentence_roles


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # `X为主体` (tasks162's 清浅, anhui-taihe-qingqian-zhen-zongzhiban-wei-zhuti-paichusuo-lianhe-cun-ganbu.txt,
    # http://www.taihewm.cn/content/detail/5ae91b0f7f8b9a9638532dbd.html)
    ("第二、“大走访”。镇综治办为主体,派出所、村干部及镇相关部门负责人联合开展“大走访”活动,结合各村社会治安情况,组织广大“一村一警”深入乡镇、村、"
     "居民家中及田间地头,", "joint_action", ["镇综治办"], ["派出所"]),
    # named bodies with persons (the same line 4): the bodies lead; 所在 is no office
    ("派出所联合案发所在的村干部开展“警情回访”;", "joint_action", ["派出所"], []),
    ("司法所、派出所、市场监督管理所等联合镇村干部开展“涉法涉诉案件回访”;", "joint_action", ["司法所", "派出所", "市场监督管理所"], []),
    ("信访部门、综治办联合矛盾所在村干部开展“矛盾化解回访”排查矛盾、化解案件;", "joint_action", ["信访部门", "综治办"], []),
    # `由X带队,Y全员参与` and the town government organising offices' staff (tasks162's 洪山,
    # henan-shenqiu-hongshan-zhen-paichusuo-daidui-zhen-zhengfu-zuzhi-zongzhiban-sifasuo.txt, https://www.shenqiu.gov.cn/detail_14393.html)
    ("强化预防管控。该镇加大治安巡防队伍建设力度,配备巡逻专用车辆,由派出所带队,镇治安巡逻队全员参与,24小时不间断巡逻,发现问题苗头及时预警和处置,",
     "joint_action", ["派出所"], ["镇治安巡逻队"]),
    ("镇政府组织综治办、司法所、派出所人员深入村组农户,倾听群众建议和意见,把矛盾纠纷排查工作做细、做透,", "joint_action",
     ["镇政府"], ["综治办", "司法所", "派出所"]),
    # a street organising its offices and a property company (tasks162's 嘉兴路, a converter copy,
    # shanghai-hongkou-jiaxinglu-jiedao-zuzhi-pinganban-shirongsuo-wuye-converter-spam.txt, http://m.ahlmmw.com/n2/2021/0527/c134768-34747737.html)
    ("5月24日,嘉興路街道組織社區(qū)平安辦、管理辦、街道市容所、宏陽物業(yè)等集中整治聯(lián)建公助小區(qū)弄堂內(nèi)堆積的僵尸車、小黃車、"
     "清理弄內(nèi)、樓道無主垃圾。", "joint_action", ["嘉兴路街道"], ["社区平安办", "管理办", "街道市容所", "宏阳物业"]),
    # a community joining classes only (tasks162's 利民, heilongjiang-harbin-limin-jiedao-mingliu-shequ-lianhe-wuye-qiye-zhiyuanzhe.txt,
    # https://wxredian.com/art?id=54037589e86e9c5ba487ab7676e98458)
    ("名流社区联合物业、辖区企业、在职党员和志愿者服务队等共同开展环境整治工作。", "joint_action", ["名流社区"], []),
    # `X在A、B等部门的支持和配合下` (tasks162's 禾甸, a converter copy,
    # yunnan-xiangyun-hedian-zhen-zai-xian-zirangu-nongye-jiaojing-zhichi-peihe-xia-converter.txt, http://www.thenutrichic.com/content/2023-12/26/content_58921.html)
    ("為嚴格落實(shí)永久基本農田保護制度,12月21日,禾甸鎮黨委、政府在縣自然資源局、縣農業(yè)農村局、縣交警大隊、縣城管綜合執法局、"
     "祥城鎮綜合執法隊等部門(mén)的支持和配合下,對該違法建筑進(jìn)行強制拆除。", "joint_action", ["禾甸镇党委", "政府"],
     ["县自然资源局", "县农业农村局", "县交警大队", "县城管综合执法局", "祥城镇综合执法队"]),
    # `在X的牵头组织下,Y…,联合A、B等部门开展` (tasks162's 龙门,
    # guangdong-zhanjiang-leizhou-longmen-zhen-dangwei-zhengfu-qiantou-zuzhi-xia-zhongdui-lianhe.txt, https://www.gdzjdaily.com.cn/p/2768120.html)
    ("8月20日,在当地镇党委政府的牵头组织下,交警龙门中队结合上级公安机关开展的“逢十”行动,联合乡镇派出所、交通局等联能部门开展集中整治行动。",
     "joint_action", ["镇党委政府"], ["交警龙门中队", "交通局"]),
    # `X以…为契机,…,会同乡镇党委政府开展` (tasks162's 荔浦, guangxi-guilin-lipu-xian-jiaojing-dadui-huitong-xiangzhen-lianhe-gongshang-shirong.txt,
    # http://gy.fzbdw.org.cn/huanjingyufa/20130521/5929.html)
    ("近日,广西桂林市荔浦县交警大队以建设“美丽荔浦.清洁乡村”活动为契机,从建设美丽乡村交通秩序整治入手,会同乡镇党委政府开展交通秩序综合大整治工作。",
     "joint_action", ["广西桂林市荔浦县交警大队"], []),
    # an organised list joining others at once (tasks162's 太京, a traditional copy,
    # gansu-tianshui-qinzhou-guotu-fenju-zuzhi-zhifa-dadui-taijing-guotusuo-lianhe-traditional.txt, http://yhg994208.cn/news/qz/2016081116014510141.htm)
    ("8月11日,天水市國土資源局秦州分局組織執法大隊、太京鎮國土所聯合太京鎮政府、鎮派出所、環衛綜合管理執法所對太京鎮二十鋪村、銀坑村3宗違法建筑"
     "依法聯合拆除,", "joint_action", ["天水市国土资源局秦州分局"],
     ["执法大队", "太京镇国土所", "太京镇政府", "镇派出所", "环卫综合管理执法所"]),
    # a joint enforcement team's composition (tasks162's 苍梧, guangxi-wuzhou-cangwu-jiaojing-dadui-lianhe-duo-bumen-you-gonglu-jiaotong-zucheng-xiaozu.txt,
    # http://www.pawz.gov.cn/article_show.php?id=16642)
    ("7月24日上午,由交警大队、公路局、交通局、农机局等部门组成的联合执法小组分别深入到狮寨镇和京南镇开展道路交通违法整治行动。", "joint_no_lead",
     [], ["交警大队", "公路局", "交通局", "农机局"]),
    # two bodies serving orders together (tasks162's 禾甸, a converter copy, yunnan-xiangyun-hedian-zhen-zai-xian-zirangu-nongye-jiaojing-
    # zhichi-peihe-xia-converter.txt, http://www.thenutrichic.com/content/2023-12/26/content_58921.html)
    ("鎮村組工作人員多次向當事人及其親屬進(jìn)行勸阻和法律宣傳,縣自然資源局和鎮人民政府按法定程序向其下發(fā)《責令停止違法行為通知書(shū)》"
     "《責令限期拆除違法建筑事先告知書(shū)》《限期拆除違法建筑催告書(shū)》等,責令限期拆除違法建筑并恢復土地原狀。", "joint_no_lead",
     [], ["县自然资源局", "镇人民政府"]),
])
def test_tasks162_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # a street organising its own grid workers with volunteers, after 将 = 把 (tasks162's 团结路,
    # hebei-xingtai-xindu-tuanjielu-jiedao-zuzhi-wanggeyuan-lianhe-zhiyuanzhe.txt, http://sdkxbbt.com/ywdt/jrxt/qxdt/qx/202503/t20250321_714613.html)
    "市容市貌整治提升春季大会战开展以来,团结路街道将辖区内209个小区划分为94个网格,组织网格员联合小区志愿者,对堆积的生活垃圾和建筑垃圾开展集中清理,",
    # a town organising its own staff (tasks162's 瓮江, hunan-pingjiang-wengjiang-zhen-lianhe-xian-linyeju-zhifa-zhongdui-xiayibu-jiang.txt,
    # http://pingjiang-xhncloud.voc.com.cn/index.php/content/1219449)
    "根据相关规定,瓮江镇组织人员于今天对此违建养殖场依法强制拆除,并要求王某尽快复绿。",
    # a town's own three-level mediation bodies, no joint work (tasks162's 洪山)
    "同时,该镇注重发挥民调组织作用,建立镇、村、组为主体的三级民调组织,实行分级负责、归口调处,",
    # an official's coordination (tasks162's 蟠猫, a traditional copy,
    # yunnan-chuxiong-mouding-panmao-xiang-zongzhi-zhongxin-zhuren-xietiao-traditional-negative.txt, http://yn.people.com.cn/BIG5/n2/2025/0712/c361322-41289115.html)
    "8點30分,在蟠貓鄉黨委政法委員、鄉綜治中心常務副主任金建棋的協調下,處理塌方的機械設備到達現場。",
    # a person leading a team (tasks162's 苍梧)
    "在梨埠镇的整治行动中,梨埠镇党委书记蒋庆华带领一个执法小组深入到农村道路开展整治活动并和执法小组其他部门人员一起对违法者进行现场教育,",
    # a bare 街道 names no unit (fresh26's 长河 rule; tasks162's 北苑 gold, which reads it as the street, is left a miss), a converter
    # copy (shandong-weifang-kuiwen-beiyuan-jiedao-zuzhi-xiaoqu-dangzhibu-wuye-converter.txt, http://sdxyxincailiao.com/content/2022-12/22/
    # content_2570626.htm)
    "街道組織小區(qū)黨支部、物業(yè)人員針對影響小區(qū)道路通暢、居民安全出行的“頑疾”進行清理整治,規(guī)范居民小區(qū)停車秩序,",
    # persons only, no subject (tasks162's 北苑)
    "綠化美化抓提升。發(fā)動轄區(qū)在職黨員、各物業(yè)企業(yè)員工、熱心居民及志愿者開展“美好家園·共同守護”專項行動,",
])
def test_tasks162_negatives(sentence):
    roles, style = sentence_roles(sentence)
    assert style is None or roles.empty


def test_tasks162_files():
    """Whole files: a semicolon series' 联合 clause, two works on one line, and the supporters after a joint action."""
    got = dev_set_tasks("tasks162", "guangxi-guilin-lipu-xian-jiaojing-dadui-huitong-xiangzhen-lianhe-gongshang-shirong.txt", names=True)
    assert (["荔浦县交警大队"], ["工商", "市容", "交通", "农机"]) in [(lead, coop) for _, lead, coop in got]
    got = dev_set_tasks("tasks162", "anhui-taihe-qingqian-zhen-zongzhiban-wei-zhuti-paichusuo-lianhe-cun-ganbu.txt", names=True)
    line = next(n for n, lead, _ in got if lead == ["派出所"])
    assert [lead for n, lead, _ in got if n == line] == [["派出所"], ["司法所", "派出所", "市场监督管理所"], ["信访部门", "综治办"]]
    got = dev_set_tasks("tasks162", "guangdong-zhanjiang-suixi-linchang-fengongsi-lianhe-taiping-zhen-zhengfu-geiyu-zhichi.txt", names=True)
    assert any(lead == ["遂溪林场分公司"] and {"里光派出所", "太平派出所", "麻章区太平镇委", "麻章区太平镇政府"} <= set(coop)
               for _, lead, coop in got)


@pytest.mark.parametrize("text,units", [
    # a place's committee and government as one word (tasks162's 太平, guangdong-zhanjiang-suixi-linchang-fengongsi-lianhe-taiping-zhen-
    # zhengfu-geiyu-zhichi.txt, https://lzly.cfgc.cn/g2181/s5426/t26038.aspx)
    ("麻章区太平镇委镇政府、太平镇城市综合执法中队、里光派出所、太平派出所", ["麻章区太平镇委", "麻章区太平镇政府", "太平镇城市综合执法中队",
                                                      "里光派出所", "太平派出所"]),
    ("市委市政府", ["市委", "市政府"]),
    ("市委办公室", ["市委办公室"]),  # no government after it: one body
])
def test_committee_and_government_are_two_bodies(text, units):
    from kg.extract.units import split_units

    assert split_units(text)[0] == units
