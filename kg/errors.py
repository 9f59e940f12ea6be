"""Errors raised by gazette-kg: each names the file or artifact that caused it."""

__all__ = ["GazetteError", "InputError", "ManifestMismatch", "DataDirMissing"]


class GazetteError(Exception):
    """Base class of every error gazette-kg raises on purpose."""


class InputError(GazetteError):
    """A gazette file cannot be read as text (binary, empty, undecodable)."""

    def __init__(self, path, reason):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestMismatch(GazetteError):
    """A data dir was built with other settings than the ones asked for now."""


class DataDirMissing(GazetteError):
    """No built data dir where one was expected."""

    def __init__(self, path):
        self.path = str(path)
        super().__init__(
            f"no built data dir at {self.path}; build it with: gazette-kg build --data {self.path}"
        )
