"""Make the synthetic script copies of the other-districts set from real simplified excerpts.

Run: python -m benchmarks.other_districts_synthetic [--data DIR]

Real traditional and converter copies are in the set already (their url is the page they came from); these
copies fill the genres no real one covered (repeals, enterprise lists, Taiwan-usage task notes). Each is made
from a real excerpt of the set and its gold with the same conversion, and is marked `synthetic_from` (the
source's url) in gold.json:

- `s2twp`: OpenCC zh-TW with Taiwan phrases (文件 → 檔案, 优化 → 最佳化, 发布 → 釋出);
- `s2tw`: OpenCC zh-TW characters only;
- `pinyin`: OpenCC s2t, then the pinyin of polyphonic characters in brackets after them, as the converter
  copies found on the web print it (`發(fā)`, `區(qū)`, `負(fù)責(zé)`). The table (benchmarks.converter_pinyin.PINYIN,
  shared with the metamorphic `pinyin` transform) lists the characters the real converter pages of the development
  folders print annotated; copies made before it was harvested (stop 27) used a 40-character table and are kept.

Existing copies are rewritten only with --force; the gold records must be checked afterwards
(`python -m benchmarks.other_districts_fill`). `--data DIR` makes the copies listed for another set of the same
layout (COPIES is keyed by the folder's name), e.g. benchmarks/data/other_districts_fresh2 … _fresh16, _fresh17, _fresh18, _fresh19, _fresh20,
_fresh21, _fresh22.
"""

from __future__ import annotations

import argparse
import json
import re
from functools import lru_cache

from pathlib import Path

from benchmarks.converter_pinyin import PINYIN, converter_copy  # noqa: F401  (PINYIN: the one shared table)
from benchmarks.other_districts_fill import DATA


# per set folder: (synthetic file, source file, conversion)
COPIES = {
    "other_districts": [
        ("yunnan_guandu-wenzengzhang-s2twp.txt", "yunnan_guandu-wenzengzhang-qiantou.txt", "s2twp"),
        ("hunan_huayuan-qingli-pinyin.txt", "hunan_huayuan-qingli.txt", "pinyin"),
        ("shandong_jining-muchan-s2tw.txt", "shandong_jining-gaoxin-muchan-narrative.txt", "s2tw"),
        ("chongqing_huanbao-jixiao-s2twp.txt", "chongqing_huanbao-jixiao-pipe.txt", "s2twp"),
    ],
    # the held-out set: zh-TW copies of its repeal, enterprise and task excerpts (no real copy of those was found)
    "other_districts_fresh2": [
        ("hunan_zhangjiajie-chaiqian-feizhi-list-s2twp.txt", "hunan_zhangjiajie-chaiqian-feizhi-list.txt", "s2twp"),
        ("shanghai_suliaofanhe-feizhi-guizhang-s2twp.txt", "shanghai_suliaofanhe-feizhi-guizhang.txt", "s2twp"),
        ("gansu_minle-yingji-tongshi-feizhi-s2twp.txt", "gansu_minle-yingji-tongshi-feizhi.txt", "s2twp"),
        ("fujian_fuzhou-huanjing-xinyong-hongpai-s2twp.txt", "fujian_fuzhou-huanjing-xinyong-hongpai.txt", "s2twp"),
        ("sichuan_mianyang-mujun-a-news-s2twp.txt", "sichuan_mianyang-mujun-a-news.txt", "s2twp"),
        ("hunan_xiangyin-yingshang-qiantou-s2twp.txt", "hunan_xiangyin-yingshang-qiantou.txt", "s2twp"),
        ("jiangsu_wuxi-jishi-tiaoli-lawsite-s2twp.txt", "jiangsu_wuxi-jishi-tiaoli-lawsite.txt", "s2twp"),
    ],
    # the third held-out set: zh-TW copies of a repeal 解读, an enterprise list and task tables
    "other_districts_fresh3": [
        ("fujian_longhai-qingli-jiedu-s2twp.txt", "fujian_longhai-qingli-jiedu.txt", "s2twp"),
        ("jiangsu_taicang-laobao-xinyu-news-s2twp.txt", "jiangsu_taicang-laobao-xinyu-news.txt", "s2twp"),
        ("anhui_luan-shouzhong-qiye-news-s2twp.txt", "anhui_luan-shouzhong-qiye-news.txt", "s2twp"),
        ("jiangsu_gaogang-zhongkao-zhize-bianjie-s2twp.txt", "jiangsu_gaogang-zhongkao-zhize-bianjie.txt", "s2twp"),
        ("jiangxi_jishui-minsheng-shishi-pipe-s2twp.txt", "jiangxi_jishui-minsheng-shishi-pipe.txt", "s2twp"),
    ],
    # the fourth held-out set (county-level pages): zh-TW copies of its task tables and 解读
    "other_districts_fresh4": [
        ("sichuan_dazhu-minsheng-shishi-cells-s2twp.txt", "sichuan_dazhu-minsheng-shishi-cells.txt", "s2twp"),
        ("hubei_fangxian-yingshang-cuoshi-qiantou-paren-s2twp.txt", "hubei_fangxian-yingshang-cuoshi-qiantou-paren.txt", "s2twp"),
        ("anhui_nanling-gongzuobaogao-fenjie-pipe-rows-s2twp.txt", "anhui_nanling-gongzuobaogao-fenjie-pipe-rows.txt", "s2twp"),
        ("zhejiang_yiwu-muchan-alei-news-s2twp.txt", "zhejiang_yiwu-muchan-alei-news.txt", "s2twp"),
        ("neimenggu_wulatehouqi-qingli-tonggao-qa-s2twp.txt", "neimenggu_wulatehouqi-qingli-tonggao-qa.txt", "s2twp"),
        ("liaoning_haicheng-renwu-fenjie-qiantou-lines-s2twp.txt", "liaoning_haicheng-renwu-fenjie-qiantou-lines.txt", "s2twp"),
    ],
    # the fifth held-out set (districts and city / prefecture / provincial organs): zh-TW copies of its enterprise
    # lists, a prose task note and a 解读 page
    "other_districts_fresh5": [
        ("chongqing_tongliang-huanbao-chengxin-news-s2twp.txt", "chongqing_tongliang-huanbao-chengxin-news.txt", "s2twp"),
        ("sichuan_shengrenshe-shoufa-chengxin-a-tongbao-s2twp.txt", "sichuan_shengrenshe-shoufa-chengxin-a-tongbao.txt", "s2twp"),
        ("fujian_licheng-rencai-lingdao-xiaozu-news-s2twp.txt", "fujian_licheng-rencai-lingdao-xiaozu-news.txt", "s2twp"),
        ("shaanxi_yanta-yanglaoyuan-zhuanban-jiedu-s2twp.txt", "shaanxi_yanta-yanglaoyuan-zhuanban-jiedu.txt", "s2twp"),
    ],
    # the sixth held-out set (any place level): zh-TW copies of a named repeal list, an enterprise list and task notes
    "other_districts_fresh6": [
        ("sichuan-jiaoyuting-feizhi-29-news-s2twp.txt", "sichuan-jiaoyuting-feizhi-29-news.txt", "s2twp"),
        ("tianjin-shouhetong-guojiaji-news-s2twp.txt", "tianjin-shouhetong-guojiaji-news.txt", "s2twp"),
        ("jiangsu_lianyungang-minsheng-shishi-ducha-baogao-s2twp.txt", "jiangsu_lianyungang-minsheng-shishi-ducha-baogao.txt", "s2twp"),
        ("guangxi_hechi-yingshang-gongzuo-yaodian-s2twp.txt", "guangxi_hechi-yingshang-gongzuo-yaodian.txt", "s2twp"),
        ("fujian_xiamen-yingshang-ruogan-cuoshi-s2twp.txt", "fujian_xiamen-yingshang-ruogan-cuoshi.txt", "s2twp"),
        ("guangdong-huanjing-xinyong-hongpai-wujia-news-s2twp.txt", "guangdong-huanjing-xinyong-hongpai-wujia-news.txt", "s2twp"),
    ],
    # the seventh held-out set (any place level): zh-TW copies of task notes, an enterprise list and metadata pages
    "other_districts_fresh7": [
        ("anhui-zhongdian-gongzuo-zeren-fenjie-bbs-s2twp.txt", "anhui-zhongdian-gongzuo-zeren-fenjie-bbs.txt", "s2twp"),
        ("hunan-2023-shouhetong-zhongxinyong-fabu-news-s2twp.txt", "hunan-2023-shouhetong-zhongxinyong-fabu-news.txt", "s2twp"),
        ("anhui_luan-2022-zhongdian-gongzuo-zeren-qingdan-s2twp.txt", "anhui_luan-2022-zhongdian-gongzuo-zeren-qingdan.txt", "s2twp"),
        ("sichuan-2011-zhengfu-gongzuo-baogao-bumen-fengong-s2twp.txt", "sichuan-2011-zhengfu-gongzuo-baogao-bumen-fengong.txt", "s2twp"),
        ("qinghai_haixi-shouhaoguan-kaihaoju-fangan-s2twp.txt", "qinghai_haixi-shouhaoguan-kaihaoju-fangan.txt", "s2twp"),
        ("zhejiang_changxing-2023-gongzuo-baogao-zeren-fenjie-s2twp.txt", "zhejiang_changxing-2023-gongzuo-baogao-zeren-fenjie.txt", "s2twp"),
    ],
    # the eighth held-out set (any place level): zh-TW copies of task notes and a star-class enterprise table
    "other_districts_fresh8": [
        ("zhejiang_tongxiang-2020-gongzuo-baogao-zeren-fenjie-s2twp.txt", "zhejiang_tongxiang-2020-gongzuo-baogao-zeren-fenjie.txt", "s2twp"),
        ("shandong_gangcheng-2021-fangguanfu-renwu-fengong-s2twp.txt", "shandong_gangcheng-2021-fangguanfu-renwu-fengong.txt", "s2twp"),
        ("zhejiang_ninghai-2021-sanxingji-lvse-gongchang-s2twp.txt", "zhejiang_ninghai-2021-sanxingji-lvse-gongchang.txt", "s2twp"),
        ("guangdong-2023-gongzuo-baogao-fengong-nongye-news-s2twp.txt", "guangdong-2023-gongzuo-baogao-fengong-nongye-news.txt", "s2twp"),
    ],
    # the ninth held-out set: zh-TW copies of task tables (cell per line, label lines) and a named repeal list
    "other_districts_fresh9": [
        ("guangdong_guangzhou-2021-gongzuo-baogao-zeren-fengong-s2twp.txt", "guangdong_guangzhou-2021-gongzuo-baogao-zeren-fengong.txt", "s2twp"),
        ("beijing_shijingshan-2019-jiedao-gongzuo-renwu-fenjie-essay-site-s2twp.txt", "beijing_shijingshan-2019-jiedao-gongzuo-renwu-fenjie-essay-site.txt", "s2twp"),
        ("anhui_wuhu-2021-zhongdian-gongzuo-zeren-fenjie-s2twp.txt", "anhui_wuhu-2021-zhongdian-gongzuo-zeren-fenjie.txt", "s2twp"),
        ("hunan-2018-feizhi-xiugai-guizhang-jueding-ling289-s2twp.txt", "hunan-2018-feizhi-xiugai-guizhang-jueding-ling289.txt", "s2twp"),
    ],
    # the tenth held-out set (its collector's provinces): zh-TW copies of star and A-class lists, task tables, a repeal
    "other_districts_fresh10": [
        ("yunnan_nanjian-xingji-nongjiale-shoupai-forum-s2twp.txt", "yunnan_nanjian-xingji-nongjiale-shoupai-forum.txt", "s2twp"),
        ("zhejiang_ningbo-2018-a-ji-wuliu-qiye-news-s2twp.txt", "zhejiang_ningbo-2018-a-ji-wuliu-qiye-news.txt", "s2twp"),
        ("zhejiang_zhuji-2023-zhengfu-zhongdian-gongzuo-zeren-qingdan-s2twp.txt", "zhejiang_zhuji-2023-zhengfu-zhongdian-gongzuo-zeren-qingdan.txt", "s2twp"),
        ("liaoning_liaozhong-2024-gongzuo-baogao-renwu-fenjie-biao-s2twp.txt", "liaoning_liaozhong-2024-gongzuo-baogao-renwu-fenjie-biao.txt", "s2twp"),
        ("jiangxi-2021-feizhi-xiugai-shengzhengfu-guizhang-jueding-s2twp.txt", "jiangxi-2021-feizhi-xiugai-shengzhengfu-guizhang-jueding.txt", "s2twp"),
    ],
    # the eleventh held-out set (any place level): zh-TW copies of (牵头单位:X) notes, a 责任单位 table run into lines,
    # 承办/协办 prose, and two class lists (树叶级 hotels, 5A scenic areas)
    "other_districts_fresh11": [
        ("shandong_jinxiang-2025-zhengfu-zhongyao-gongzuo-shixiang-zeren-fengong-s2twp.txt", "shandong_jinxiang-2025-zhengfu-zhongyao-gongzuo-shixiang-zeren-fengong.txt", "s2twp"),
        ("sichuan_chengdu-2021-shenghuo-laji-fenlei-zhongdian-renwu-zeren-fengong-doc-site-s2twp.txt", "sichuan_chengdu-2021-shenghuo-laji-fenlei-zhongdian-renwu-zeren-fengong-doc-site.txt", "s2twp"),
        ("fujian-canzhuo-wuran-shipin-fangxin-gongcheng-fangan-template-site-s2twp.txt", "fujian-canzhuo-wuran-shipin-fangxin-gongcheng-fangan-template-site.txt", "s2twp"),
        ("zhejiang-2018-jinshuye-yinshuye-lvse-lvyou-fandian-news-s2twp.txt", "zhejiang-2018-jinshuye-yinshuye-lvse-lvyou-fandian-news.txt", "s2twp"),
        ("quanguo-2020-21jia-5a-jingqu-gonggao-news-s2twp.txt", "quanguo-2020-21jia-5a-jingqu-gonggao-news.txt", "s2twp"),
    ],
    # the twelfth held-out set (any place level): zh-TW copies of a 责任部门 cell-per-line table, two task notes in
    # news prose (X牵头 / X牵头落实 … Y分别负责), two class lists in news prose and a 同时予以废止 covering notice
    "other_districts_fresh12": [
        ("zhejiang_shengsi-2021-xiangcun-zhenxing-renwu-qingdan-s2twp.txt", "zhejiang_shengsi-2021-xiangcun-zhenxing-renwu-qingdan.txt", "s2twp"),
        ("shanghai_zhenxin-2018-jiedao-shangqu-zhuanxiang-zhengzhi-news-s2twp.txt", "shanghai_zhenxin-2018-jiedao-shangqu-zhuanxiang-zhengzhi-news.txt", "s2twp"),
        ("yunnan_yaoan-2016-yongjiu-jiben-nongtian-huading-lingdao-xiaozu-huiyi-news-s2twp.txt", "yunnan_yaoan-2016-yongjiu-jiben-nongtian-huading-lingdao-xiaozu-huiyi-news.txt", "s2twp"),
        ("henan_luohe-2020-wuye-fuwu-qiye-xinyong-dengji-pingjia-news-s2twp.txt", "henan_luohe-2020-wuye-fuwu-qiye-xinyong-dengji-pingjia-news.txt", "s2twp"),
        ("chongqing_dazu-sanxingji-nongjiale-news-s2twp.txt", "chongqing_dazu-sanxingji-nongjiale-news.txt", "s2twp"),
        ("shaanxi_yangling-2017-zhong-wuran-tianqi-yingji-yuan-tongshi-feizhi-s2twp.txt", "shaanxi_yangling-2017-zhong-wuran-tianqi-yingji-yuan-tongshi-feizhi.txt", "s2twp"),
    ],
    # the thirteenth never-seen set (any place level): zh-TW copies of a duty list on a document site (`县X局。负责`), a
    # 责任分解 with `首位单位为牵头单位`, a county's 一件事 实施机构 in a SQL dump, a town's `X牵头…Y属地管理` news note, a
    # 国家示范社 list in news prose and a regulation repealing two older texts in its final article
    "other_districts_fresh13": [
        ("county-jiegan-jinshao-gongzuo-shishi-fangan-doc-site-s2twp.txt", "county-jiegan-jinshao-gongzuo-shishi-fangan-doc-site.txt", "s2twp"),
        ("zhejiang_haiyan-2022-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie-s2twp.txt", "zhejiang_haiyan-2022-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt", "s2twp"),
        ("shandong_jiaxiang-yijianshi-shishi-jigou-sql-repo-s2twp.txt", "shandong_jiaxiang-yijianshi-shishi-jigou-sql-repo.txt", "s2twp"),
        ("zhejiang_tangxia-2022-zhaozhai-shequ-shehui-zhian-lianhe-xingdong-news-s2twp.txt", "zhejiang_tangxia-2022-zhaozhai-shequ-shehui-zhian-lianhe-xingdong-news.txt", "s2twp"),
        ("shandong_juxian-2019-guojia-shifanshe-news-s2twp.txt", "shandong_juxian-2019-guojia-shifanshe-news.txt", "s2twp"),
        ("shanghai-2010-shehui-zhian-zonghe-zhili-tiaoli-repo-s2twp.txt", "shanghai-2010-shehui-zhian-zonghe-zhili-tiaoli-repo.txt", "s2twp"),
    ],
    # the fourteenth never-seen set (any place level): zh-TW copies of a district's 民生实事 table with 牵头单位 / 协同单位
    # columns (one cell per line), a document site's `县X局:负责` duty list, a town's `站所:负责` duty list, a city regulation
    # repealing three older texts (two named by 令 numbers), a 龙头企业 list under county headings and a county notice whose
    # body repeals the earlier notice (同时废止)
    "other_districts_fresh14": [
        ("zhejiang_jindong-2024-zhengfu-minsheng-shishi-renwu-fenjie-fangan-s2twp.txt", "zhejiang_jindong-2024-zhengfu-minsheng-shishi-renwu-fenjie-fangan.txt", "s2twp"),
        ("county-2022-fangxun-kanghan-yingji-yuan-chengyuan-danwei-zhize-doc-site-s2twp.txt", "county-2022-fangxun-kanghan-yingji-yuan-chengyuan-danwei-zhize-doc-site.txt", "s2twp"),
        ("town-zhen-tufa-zaihai-yingji-yuan-zhanso-zhize-doc-site-s2twp.txt", "town-zhen-tufa-zaihai-yingji-yuan-zhanso-zhize-doc-site.txt", "s2twp"),
        ("beijing-2003-zhengbing-gongzuo-tiaoli-repo-s2twp.txt", "beijing-2003-zhengbing-gongzuo-tiaoli-repo.txt", "s2twp"),
        ("gansu_longnan-2011-diwupi-nongye-chanyehua-zhongdian-longtou-qiye-mingdan-s2twp.txt", "gansu_longnan-2011-diwupi-nongye-chanyehua-zhongdian-longtou-qiye-mingdan.txt", "s2twp"),
        ("sichuan_yuechi-2018-tufa-zhongda-dongwu-yiqing-yingji-yuan-s2twp.txt", "sichuan_yuechi-2018-tufa-zhongda-dongwu-yiqing-yingji-yuan.txt", "s2twp"),
    ],
    # the fifteenth never-seen set (its collector's provinces and national ministries): zh-TW copies of a town's news with
    # several bodies' parts and an `X联合Y` action, a town's joint action with bodies named by function, a city office's
    # `X会同Y` inspection, a district's 联席会议 composition (召集人 units and members), a newspaper's seven 省级 制造业单项冠军
    # and a city regulation repealing a government rule
    "other_districts_fresh15": [
        ("zhejiang_shaoxing_anchang-2018-jizhen-huanjing-zhengzhi-news-s2twp.txt", "zhejiang_shaoxing_anchang-2018-jizhen-huanjing-zhengzhi-news.txt", "s2twp"),
        ("zhejiang_lin_an_qingliangfeng-2017-xiaochengzhen-lianhe-zhifa-news-s2twp.txt", "zhejiang_lin_an_qingliangfeng-2017-xiaochengzhen-lianhe-zhifa-news.txt", "s2twp"),
        ("liaoning_dandong-2017-chengxiang-huanjing-weisheng-zhengjie-xingdong-lianhe-ducha-news-s2twp.txt", "liaoning_dandong-2017-chengxiang-huanjing-weisheng-zhengjie-xingdong-lianhe-ducha-news.txt", "s2twp"),
        ("shanghai_hongkou-2010-jiedao-shichang-jianguan-lianxi-huiyi-zhidu-yijian-tongzhi-s2twp.txt", "shanghai_hongkou-2010-jiedao-shichang-jianguan-lianxi-huiyi-zhidu-yijian-tongzhi.txt", "s2twp"),
        ("shandong_taian-2018-shoupi-zhizaoye-danxiang-guanjun-news-s2twp.txt", "shandong_taian-2018-shoupi-zhizaoye-danxiang-guanjun-news.txt", "s2twp"),
        ("beijing-1999-tiyu-sheshi-guanli-tiaoli-repo-s2twp.txt", "beijing-1999-tiyu-sheshi-guanli-tiaoli-repo.txt", "s2twp"),
    ],
    # the sixteenth never-seen set (its collector's 16 provinces): zh-TW copies of two city 责任分解 excerpts (`(牵头单位:…;责任单位:…)`),
    # a 瞪羚企业 list in prose, a provincial regulation whose repeal paragraph follows its last article, and a county news item
    "other_districts_fresh16": [
        ("hubei_huangshi-2021-shizhengfu-zhongdian-gongzuo-zeren-fenjie-s2twp.txt", "hubei_huangshi-2021-shizhengfu-zhongdian-gongzuo-zeren-fenjie.txt", "s2twp"),
        ("hubei_wuhan-2018-sheng-zhengfu-gongzuo-baogao-renwu-zeren-fenjie-s2twp.txt", "hubei_wuhan-2018-sheng-zhengfu-gongzuo-baogao-renwu-zeren-fenjie.txt", "s2twp"),
        ("hubei_qianjiang-2023-dengling-qiye-ruxuan-news-s2twp.txt", "hubei_qianjiang-2023-dengling-qiye-ruxuan-news.txt", "s2twp"),
        ("henan-2001-zhiwu-jianyi-tiaoli-repo-s2twp.txt", "henan-2001-zhiwu-jianyi-tiaoli-repo.txt", "s2twp"),
        ("yunnan_yimen-2024-diandong-zixingche-anquan-yecha-news-s2twp.txt", "yunnan_yimen-2024-diandong-zixingche-anquan-yecha-news.txt", "s2twp"),
    ],
    # the seventeenth never-seen set (any place level): zh-TW copies of a document site's 创卫 responsibility table with
    # `X负责,Y配合` duty cells, a town's 整改 plan with `(牵头单位:…;责任单位:…)` notes, a newspaper's three 信得过 store
    # designations, a city regulation with `X负责` duties repealing a congress decision and a province's regulation repealing
    # two older ones (one of the same title)
    "other_districts_fresh17": [
        ("district-2008-chuangwei-zeren-fenjie-jindubiao-doc-site-s2twp.txt", "district-2008-chuangwei-zeren-fenjie-jindubiao-doc-site.txt", "s2twp"),
        ("sichuan_town-2018-tuopin-gongjian-kaohe-wenti-zhenggai-fangan-s2twp.txt", "sichuan_town-2018-tuopin-gongjian-kaohe-wenti-zhenggai-fangan.txt", "s2twp"),
        ("shanghai_songjiang-xindeguo-chaoshi-news-s2twp.txt", "shanghai_songjiang-xindeguo-chaoshi-news.txt", "s2twp"),
        ("shanghai-2000-chengzhen-zhigong-shebao-zhengjiao-guiding-repo-s2twp.txt", "shanghai-2000-chengzhen-zhigong-shebao-zhengjiao-guiding-repo.txt", "s2twp"),
        ("zhejiang-2002-jiben-nongtian-baohu-tiaoli-repo-s2twp.txt", "zhejiang-2002-jiben-nongtian-baohu-tiaoli-repo.txt", "s2twp"),
    ],
    # the eighteenth never-seen set (any place level): zh-TW copies of a district's 责任分解 with `(责任领导:…;牵头单位:…;
    # 责任单位:…)` notes, a district media explainer with 牵头单位 / 责任单位 lines, a town's joint check with no lead, a city's
    # 市长质量奖 decision naming five companies, and a province's regulation repealing the older one of the same title
    "other_districts_fresh18": [
        ("hubei_xianan-2023-zhengfu-gongzuo-baogao-zhongdian-renwu-zeren-fenjie-s2twp.txt", "hubei_xianan-2023-zhengfu-gongzuo-baogao-zhongdian-renwu-zeren-fenjie.txt", "s2twp"),
        ("chongqing_yuzhong-2023-zhengfu-gongzuo-baogao-mubiao-renwu-fenjie-news-s2twp.txt", "chongqing_yuzhong-2023-zhengfu-gongzuo-baogao-mubiao-renwu-fenjie-news.txt", "s2twp"),
        ("chongqing_heixi-2022-xiaoyuan-zhoubian-lianhe-jiancha-news-s2twp.txt", "chongqing_heixi-2022-xiaoyuan-zhoubian-lianhe-jiancha-news.txt", "s2twp"),
        ("henan_xuchang-2017-shizhang-zhiliangjiang-jueding-s2twp.txt", "henan_xuchang-2017-shizhang-zhiliangjiang-jueding.txt", "s2twp"),
        ("henan-1996-jinzhi-dubo-tiaoli-repo-s2twp.txt", "henan-1996-jinzhi-dubo-tiaoli-repo.txt", "s2twp"),
    ],
    # the nineteenth never-seen set (any place level): zh-TW copies of a county's straw-burning patrol (`X联合Y、Z`), a district's
    # gas-cylinder action (`X牵头组织A、B等部门和各乡办`), a city regulation repealing the government's older 办法, a city
    # commission's list of 市级企业技术中心, and a prefecture's 联席会议 notice (metadata)
    "other_districts_fresh19": [
        ("sichuan_daying-jiegan-jinshao-xuanchuan-zhengzhi-xingdong-news-s2twp.txt", "sichuan_daying-jiegan-jinshao-xuanchuan-zhengzhi-xingdong-news.txt", "s2twp"),
        ("hebei_lianchi-2020-yehuaqi-gangping-zhuanxiang-zhengzhi-news-s2twp.txt", "hebei_lianchi-2020-yehuaqi-gangping-zhuanxiang-zhengzhi-news.txt", "s2twp"),
        ("henan_luoyang-2006-hanwei-gucheng-baohu-tiaoli-repo-s2twp.txt", "henan_luoyang-2006-hanwei-gucheng-baohu-tiaoli-repo.txt", "s2twp"),
        ("shanghai-2020-di26pi-shiji-qiye-jishu-zhongxin-mingdan-s2twp.txt", "shanghai-2020-di26pi-shiji-qiye-jishu-zhongxin-mingdan.txt", "s2twp"),
        ("guizhou_qianxinan-2008-fangfan-tufa-gonggong-weisheng-shijian-lianxi-huiyi-zhidu-s2twp.txt", "guizhou_qianxinan-2008-fangfan-tufa-gonggong-weisheng-shijian-lianxi-huiyi-zhidu.txt", "s2twp"),
    ],
    # the twentieth never-seen set (north and east provinces): zh-TW copies of a city's joint sand-mining action (`A、B联合`),
    # a province's water-efficiency leaders (`X牵头,联合Y` and two tiers), a city office's cleanup 解读 naming its two
    # repealed files, and a provincial department's notice (metadata)
    "other_districts_fresh20": [
        ("hebei_langfang-2017-hedao-feifa-caisha-jufeng-xingdong-news-s2twp.txt", "hebei_langfang-2017-hedao-feifa-caisha-jufeng-xingdong-news.txt", "s2twp"),
        ("jiangsu-2020-dierpi-shuixiao-lingpaozhe-news-s2twp.txt", "jiangsu-2020-dierpi-shuixiao-lingpaozhe-news.txt", "s2twp"),
        ("zhejiang_wenzhou-2024-guodongban-guifanxing-wenjian-qingli-jiedu-s2twp.txt", "zhejiang_wenzhou-2024-guodongban-guifanxing-wenjian-qingli-jiedu.txt", "s2twp"),
        ("fujian-2016-jianshe-gongcheng-zeren-zhuti-heimingdan-banfa-notes-site-s2twp.txt", "fujian-2016-jianshe-gongcheng-zeren-zhuti-heimingdan-banfa-notes-site.txt", "s2twp"),
    ],
    # the twenty-first set (never-seen): zh-TW copies of a joint-action item, a 龙头企业 list, a 同时废止 plan page and a metadata page
    "other_districts_fresh21": [
        ("gansu_zhangye-qinghai_haibei-2024-qilianshan-kuaquyu-lianhe-zhifa-news-s2twp.txt", "gansu_zhangye-qinghai_haibei-2024-qilianshan-kuaquyu-lianhe-zhifa-news.txt", "s2twp"),
        ("yunnan_qujing-2014-dijiupi-shengji-longtou-qiye-news-s2twp.txt", "yunnan_qujing-2014-dijiupi-shengji-longtou-qiye-news.txt", "s2twp"),
        ("yunnan_chuxiong-2014-dizhen-yingji-yuan-tongshi-feizhi-s2twp.txt", "yunnan_chuxiong-2014-dizhen-yingji-yuan-tongshi-feizhi.txt", "s2twp"),
        ("ningxia_guyuan-2016-caoyuan-huozai-yingji-yuan-meta-s2twp.txt", "ningxia_guyuan-2016-caoyuan-huozai-yingji-yuan-meta.txt", "s2twp"),
    ],
    "other_districts_fresh22": [
        ("henan_hebi-2019-keyun-shichang-zhuanxiang-zhengzhi-xinyong-s2twp.txt", "henan_hebi-2019-keyun-shichang-zhuanxiang-zhengzhi-xinyong.txt", "s2twp"),
        ("shaanxi_binzhou-xiaoyuan-zhoubian-huanjing-jizhong-zhengzhi-news-s2twp.txt", "shaanxi_binzhou-xiaoyuan-zhoubian-huanjing-jizhong-zhengzhi-news.txt", "s2twp"),
        ("anhui-2015-shoupi-shengji-lianghua-ronghe-guanbiao-shidian-news-s2twp.txt", "anhui-2015-shoupi-shengji-lianghua-ronghe-guanbiao-shidian-news.txt", "s2twp"),
        ("zhejiang_jinhua-2010-banli-renda-jianyi-zhengxie-tian-gongzuo-guize-lawsite-s2twp.txt", "zhejiang_jinhua-2010-banli-renda-jianyi-zhengxie-tian-gongzuo-guize-lawsite.txt", "s2twp"),
    ],
}


@lru_cache(maxsize=None)
def _cc(config: str):
    import opencc

    return opencc.OpenCC(config)


def convert(text: str, how: str) -> str:
    if how == "pinyin":
        return converter_copy(text)
    return _cc(how).convert(text)


def convert_record(rec: dict, how: str, name: str) -> dict:
    """The gold record of a copy: every string converted the same way, line numbers kept (lines are 1:1)."""
    def walk(v, key=None):
        if isinstance(v, str) and key not in {"file", "url", "province", "place", "genre", "script", "split", "why",
                                               "kind", "class", "rating", "date", "style", "note"}:
            return convert(v, how)
        if isinstance(v, list):
            return [walk(x, key) for x in v]
        if isinstance(v, dict):
            return {k: walk(x, k) for k, x in v.items() if k != "styles"} | ({"styles": v["styles"]} if "styles" in v else {})
        return v

    out = walk(rec)
    out.update(file=name, synthetic_from=rec["url"], url=rec["url"], script="converter" if how == "pinyin" else "traditional")
    out["styles"] = sorted(set(rec["styles"]) | {"synthetic", "traditional"} | ({"converter_pinyin"} if how == "pinyin" else set())
                           | ({"taiwan_usage"} if how == "s2twp" else set()))
    out["note"] = f"Synthetic: {rec['file']} converted with {how} by benchmarks/other_districts_synthetic.py."
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--data", type=Path, default=DATA, help="the set's folder: gold.json and texts/")
    args = ap.parse_args(argv)
    gold_path, texts = args.data / "gold.json", args.data / "texts"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    by_file = {r["file"]: r for r in gold}
    for name, src, how in COPIES.get(args.data.name, []):
        if (texts / name).exists() and not args.force:
            continue
        text = (texts / src).read_text(encoding="utf-8")
        out = convert(text, how)
        assert out.count("\n") == text.count("\n"), "a conversion must keep the lines"
        (texts / name).write_text(out, encoding="utf-8")
        by_file[name] = convert_record(by_file[src], how, name)
        print(f"{name}: from {src} ({how})")
    gold_path.write_text(json.dumps(list(by_file.values()), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
