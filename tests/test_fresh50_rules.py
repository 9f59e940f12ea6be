"""fresh50's writing styles (benchmarks/data/other_districts_fresh50, opened to development after its never-seen score),
each with the line as printed in its file: the rules they were fixed by live in the registries of the modules named per
section."""

import pytest
from conftest import page_tasks as _tasks, page_documents as _docs


# ---------------------------------------------------------------- documents (kg/parse/page_titles.py, issuers.py)

@pytest.mark.parametrize("text,title,issuer", [
    # xinjiang_tulufan-gaochang-qu-shisiwu-guihua-gangyao.txt:1-3, the place alone on the title's first line
    ("吐鲁番市高昌区\n国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n(2021年2月28日高昌区第一届人民代表大会第六次会议通过)\n"
     "前 言\n“十四五”时期,是高昌区迈向基本实现社会主义现代化新征程的第一个五年规划期。\n",
     "吐鲁番市高昌区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "高昌区第一届人民代表大会"),
    # anhui_shengzhengfu-2021-shisiwu-guihua-gangyao-yinfa-tongzhi-trad.txt:9-19, the title broken over a double-spaced
    # page's lines under the covering notice's signature
    ("各市、縣人民政府,省政府各部門、各直屬機構:\n\n  《安徽省國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要》(以下簡稱《綱要》)"
     "已經省十三屆人大四次會議審議批準,現印發給你們,請結合實際,認真貫徹執行。\n\n  安徽省人民政府\n\n  2021年2月20日\n\n"
     "  安徽省國民經濟和社會發展第十四個\n\n  五年規劃和2035年遠景目標綱要\n\n ?。?021年2月1日安徽省第十三屆\n\n"
     "  人民代表大會第四次會議批準)\n",
     "安徽省国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "安徽省人民政府"),
])
def test_fresh50_titles(tmp_path, text, title, issuer):
    from kg.parse.normalize import fold

    doc = _docs(tmp_path, text)[0]
    assert fold(doc.title) == fold(title)
    assert fold(doc.issuer) == fold(issuer)


def test_fresh50_issuing_field_after_garbled_one(tmp_path):
    # hubei_renda-changweihui-wuhan-chengshiquan-zonghe-peitao-gaige-shiyan-tiaoli.txt:1-4: a garbled 发文单位, then the
    # 发布部门 field with the empty 发布文号 on its line
    text = ("发文单位:湖北省武汉市人大常用委会\n\n发布部门: 湖北省人民代表大会常务委员会 发布文号:\n"
            "第一条 为促进武汉城市圈资源节约型和环境友好型社会建设综合配套改革试验(以下简称改革试验),制定本条例。\n"
            "  第二条 武汉城市圈是指以武汉市为中心,由武汉、黄石、鄂州、孝感、黄冈、咸宁、仙桃、天门、潜江等九市共同构成的区域。\n")
    assert _docs(tmp_path, text)[0].issuer == "湖北省人民代表大会常务委员会"


def test_fresh50_organ_headline_over_byline(tmp_path):
    # jiangsu_changzhou-jintan-chengguan-zhixi-zhongdui-jizhen-zhengzhi.txt:1-5: a headline led by the organ (five
    # characters) over the byline whose 来源 names it: one document, titled by the headline
    text = ("您当前的位置:首页 >> 新闻中心 >> 区域传声 >> 内容\n金坛城管局:整治集镇乱象 助力光采小镇\n"
            "发布日期:2020-09-21  来源:城管局  浏览次数:  字号:〖\n \n\n"
            "为进一步提高直溪镇集镇管理水平,全面对接村委(社区),做好辖区内集镇长效考核、违法建设治理等工作,区城市管理综合行政执法大队"
            "直溪中队迅速整合工作思路。\n")
    docs = _docs(tmp_path, text)
    assert len(docs) == 1 and docs[0].issuer == "城管局" and docs[0].title.startswith("金坛城管局:整治集镇乱象")


# ---------------------------------------------------------------- tasks (kg/extract/duty_subjects.py, units.py)

@pytest.mark.parametrize("text,lead,cooperate", [
    # anhui_changsanjiao-yitihua-shisiwu-xingdong-fangan-luntan-trad.txt:1, a place with 计划 and the span of time it
    # gives itself
    ("近日,《安徽省實施長三角一體化發展規劃“十四五”行動方案》已正式公布。安徽省計劃用五年時間,讓中心區城市人均GDP達到15萬元。",
     ["安徽省"], []),
    # jiangsu_huaian-gongan-chengguan-lianhe-zhifa-xingdongdui.txt:12, whichever street office covers the place (所辖地的)
    # is a class: no cooperating unit
    ("市交警支队负责维持交通秩序;所辖地的街道部门积极配合公安、城管部门的工作。", ["市交警支队"], []),
])
def test_fresh50_task_styles(tmp_path, text, lead, cooperate):
    from kg.parse.normalize import fold

    got = _tasks(tmp_path, text)
    assert len(got) == 1
    assert [fold(u["name"]) for u in got[0]["lead"]] == [fold(n) for n in lead]
    assert [fold(u["name"]) for u in got[0]["cooperate"]] == [fold(n) for n in cooperate]
