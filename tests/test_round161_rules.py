"""Readers widened for fresh50's development misses (round161): a subject that sets up a mechanism and will work through the joint
enforcement of named fields (kg/extract/campaign_charges.py `_will_through_joint`), with the real line (file:line) and negatives."""

import pytest

from conftest import sentence_roles

_F50 = "benchmarks/data/other_districts_fresh50/texts/"


@pytest.mark.parametrize("source,sentence,lead,cooperate", [
    (_F50 + "liaoning_shenyang-shenbei-xinqu-beijie-xiaoxiang-zhengzhi-trad.txt:19",
     "沈北新區建立起多部門聯動的長效管理機制,將通過城管、執法、交警、街道辦的聯合執法,實現對背街小巷的常態化管理,讓城市的“裏子”保持體面,"
     "讓群眾多一份幸福感和獲得感。", ["沈北新区"], ["城管", "执法", "交警", "街道办"]),
    ("made after the 沈北 line (simplified, a bureau, 形成 and 依托)",
     "区城管局形成了长效管理机制,将依托公安、交警的联合执法,巩固整治成果。", ["区城管局"], ["公安", "交警"]),
])
def test_will_work_through_joint_enforcement(source, sentence, lead, cooperate):
    roles, style = sentence_roles(sentence)
    assert style == "joint_action" and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # the mechanism alone, no future (rule 3: a deed)
    "沈北新区建立起多部门联动的长效管理机制,实现对背街小巷的常态化管理。",
    # the joint enforcement done, no 将 (a deed)
    "沈北新区建立起长效管理机制,通过城管、执法、交警、街道办的联合执法,实现了常态化管理。",
])
def test_no_future_no_task(sentence):
    roles, style = sentence_roles(sentence)
    assert style is None or roles.empty
