"""Phrases naming who attends a meeting, never who is charged: a 由 that opens one charges no one (issue #16).

"…,聯合市委辦公廳、市政府辦公廳召開由各承辦單位主管領導和相關工作人員參加的會議,正式落實任務" (tasks117 buxiang-jianyi-tian-renda-
changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:4): the 由 names the meeting's attendants (a class and its officials),
who only attend — no duty of theirs; the duty is the subject's, who calls the meeting. duty_led's `由X…负责 / 主管` reader read
`由各承办单位主管` as the class's charge and lost the subject's. Each row of `ATTENDANCE` is one wording with its real line
(tests/test_attendance.py); `attends_at(sent, i)` tells whether the 由 at i opens such a phrase, `without_attendance`
takes them out of a duty's text. (A lead convening `由X牵头召开了由Y
参加的会议`, Y's bodies cooperating, stays duty_led._led_attended's reading.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Attendance", "ATTENDANCE", "attends_at", "without_attendance"]


@dataclass(frozen=True)
class Attendance:
    name: str
    pattern: re.Pattern  # matched at the 由
    example: str  # a real line


_WHO = r"由[^，,。；;由]{2,80}?"

ATTENDANCE = [
    # tasks117's 建议提案 rules (above); fresh26 henan_pingyu-laowanggang-xiang-ranqi-anquan-paicha-bushu-hui.txt:11
    Attendance("由X参加的会议", re.compile(_WHO + r"(?:共同)?(?:参加|出席|列席)的"),
               "6月22日下午,平舆县老王岗乡召开由班子成员、各村支部书记、乡应急办负责人、乡执法中队负责人参加的燃气安全排查工作部署会。"),
]


def attends_at(sent: str, i: int) -> bool:
    """True when the 由 at sent[i] opens a phrase naming a meeting's attendants (由X参加的会议)."""
    return any(row.pattern.match(sent, i) for row in ATTENDANCE)


def without_attendance(text: str) -> str:
    """The text with each phrase naming a meeting's attendants taken out ("召开由X参加的会议" → "召开会议"), so that a closing
    `…Y参加` reader does not take the attendants for the subject's partners."""
    for row in ATTENDANCE:
        text = row.pattern.sub("", text)
    return text
