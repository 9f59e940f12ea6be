"""Lookups built once over the facts of a data dir: departments by name and key, tasks by department."""

from __future__ import annotations

from collections import defaultdict

__all__ = ["DepartmentIndex"]


class DepartmentIndex:
    """Departments by printed name and by (district, resolution key), and tasks by department id:
    built once, so `department` answers without scanning every department and task."""

    def __init__(self, departments: list[dict], tasks: list[dict]):
        self.departments = departments
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_key: dict[tuple, list[int]] = defaultdict(list)
        for i, dep in enumerate(departments):
            for n in dict.fromkeys([*dep["variants"], dep["canonical"]]):
                self.by_name[n].append(i)
            self.by_key[(dep["district"], dep["canonical"])].append(i)
        self.districts = list(dict.fromkeys(dep["district"] for dep in departments))
        self.tasks: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
        for t in tasks:
            for role, units in ((0, t["lead"]), (1, t["cooperate"])):
                for dep_id in dict.fromkeys(u.get("id") for u in units if u.get("id")):
                    self.tasks[dep_id][role].append(t)

