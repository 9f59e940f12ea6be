"""Errors raised by gazette-kg: each names the file or artifact that caused it."""

__all__ = [
    "GazetteError", "InputError", "ManifestMismatch", "DataDirMissing", "DataDirCorrupt", "DataDirRefused",
    "BuildLocked", "DataDirUnwritable",
]


class GazetteError(Exception):
    """Base class of every error gazette-kg raises on purpose."""


class InputError(GazetteError):
    """A gazette file cannot be read as text (binary, empty, undecodable, not a regular file, too big)."""

    def __init__(self, path, reason):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestMismatch(GazetteError):
    """A data dir was built with other settings than the ones asked for now."""


def rebuild_hint(data_dir) -> str:
    return f"rebuild it with: gazette-kg build --data {data_dir}"


class DataDirMissing(GazetteError):
    """No built data dir where one was expected."""

    def __init__(self, path):
        self.path = str(path)
        super().__init__(
            f"no built data dir at {self.path}; build it with: gazette-kg build --data {self.path}"
        )


class DataDirCorrupt(GazetteError):
    """A file of a built data dir is missing, truncated or altered (its size or SHA-256 differs).

    Args:
        path: the damaged file (or the data dir when the damage is not in one file).
        reason: what is wrong with it.
        data_dir: the data dir to rebuild; None when the file is not known to belong to one.
    """

    def __init__(self, path, reason, data_dir=None):
        self.path = str(path)
        self.reason = reason
        self.data_dir = None if data_dir is None else str(data_dir)
        hint = f"; {rebuild_hint(self.data_dir)}" if self.data_dir else ""
        super().__init__(f"{self.path}: {reason}{hint}")


class DataDirRefused(GazetteError):
    """`build` will not write to this path (not ours, or it overlaps the input)."""


class BuildLocked(GazetteError):
    """Another build holds the data dir's lock."""


class DataDirUnwritable(GazetteError):
    """The data dir cannot be written (disk full, read-only, permissions)."""
