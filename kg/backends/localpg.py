"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp dir, 127.0.0.1 only.

PostgreSQL refuses to run as root, so under root the cluster belongs to the `postgres` OS user (Debian's
package creates it), or to a dedicated `gazettekg` user created here.

    python -m kg.backends.localpg start DIR   # prints the URL; `stop DIR` stops it and removes DIR
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.errors import GazetteError

__all__ = ["LocalPostgres", "find_pg_bin", "throwaway_postgres"]

USER = "gazette"


def find_pg_bin() -> Path | None:
    """The folder of initdb/pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(dirs[-1]).parent if dirs else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _os_user() -> str | None:
    """None when not root; else an unprivileged user to own the cluster (created if none exists)."""
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "gazettekg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "gazettekg"], check=True)
    return "gazettekg"


@dataclass
class LocalPostgres:
    """One running cluster: its folder, port and URL."""

    root: Path
    port: int
    bin: Path
    os_user: str | None

    @property
    def url(self) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = list(args)
        if self.os_user:
            cmd = ["runuser", "-u", self.os_user, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True)

    def start(self) -> "LocalPostgres":
        data = self.root / "data"
        if not data.exists():
            self._run(str(self.bin / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
                      "--no-locale")
        # A throwaway cluster: no fsync, sockets only in its own folder, TCP only on loopback.
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB")
        res = self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(self.root / "server.log"),
                        "-w", "-t", "60", "start", check=False)
        if res.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-800:] if (self.root / "server.log").exists() else ""
            raise GazetteError(f"PostgreSQL did not start in {self.root}: {res.stderr.strip() or log}")
        return self

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop", check=False)


def _prepare(root: Path | None) -> LocalPostgres:
    pg_bin = find_pg_bin()
    if pg_bin is None:
        raise GazetteError("PostgreSQL server binaries not found: install Debian's postgresql package")
    root = Path(root) if root else Path(tempfile.mkdtemp(prefix="gazette-pg-"))
    root.mkdir(parents=True, exist_ok=True)
    user = _os_user()
    if user:
        shutil.chown(root, user)
        os.chmod(root, 0o700)
    return LocalPostgres(root, _free_port(), pg_bin, user)


@contextmanager
def throwaway_postgres(root: Path | None = None):
    """A started cluster, stopped and deleted on exit."""
    pg = _prepare(root).start()
    try:
        yield pg
    finally:
        pg.stop()
        shutil.rmtree(pg.root, ignore_errors=True)


def _main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python -m kg.backends.localpg start|stop DIR", file=sys.stderr)
        return 2
    root = Path(argv[1]).resolve()
    if argv[0] == "start":
        pg = _prepare(root).start()
        (root / "url").write_text(pg.url)
        print(pg.url)
        return 0
    user = _os_user()
    pg_bin = find_pg_bin()
    if pg_bin and (root / "data").exists():
        LocalPostgres(root, 0, pg_bin, user).stop()
    time.sleep(0.2)
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
