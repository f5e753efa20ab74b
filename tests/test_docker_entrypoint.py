"""docker/entrypoint.sh run for real (as root, on a folder laid out like the image's /app): it makes the
volumes writable for the user it then drops to, and never runs the bot as root."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ENTRYPOINT = Path(__file__).parent.parent / "docker" / "entrypoint.sh"
pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the entrypoint changes owners: needs root")


def start(app: Path, **env: str) -> list[str]:
    """Run the entrypoint with a command that reports who it runs as."""
    done = subprocess.run(
        ["sh", str(ENTRYPOINT), "sh", "-c", 'id -u; id -g; echo "$HOME"'],
        env={"PATH": os.environ["PATH"], "APP_DIR": str(app), **env},
        cwd="/",
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.split()


def owner(path: Path) -> tuple[int, int]:
    return path.stat().st_uid, path.stat().st_gid


@pytest.fixture
def app(tmp_path: Path) -> Path:
    for name in ("knowledge", "index", "data"):
        (tmp_path / name).mkdir()
    (tmp_path / "index" / "old-build").mkdir()
    return tmp_path


def test_runs_as_the_owner_of_the_mounted_knowledge(app: Path) -> None:
    os.chown(app / "knowledge", 1234, 5678)
    assert start(app) == ["1234", "5678", "/tmp"]
    for path in (app / "index", app / "index" / "old-build", app / "data", app / "knowledge" / "uploads"):
        assert owner(path) == (1234, 5678)
    assert (app / "data").stat().st_mode & 0o777 == 0o700


def test_a_root_owned_knowledge_folder_means_the_default_user(app: Path) -> None:
    assert start(app) == ["10001", "10001", "/tmp"]
    assert owner(app / "knowledge") == (10001, 10001) and owner(app / "data") == (10001, 10001)


def test_bot_uid_overrides(app: Path) -> None:
    os.chown(app / "knowledge", 1234, 5678)
    assert start(app, BOT_UID="2000", BOT_GID="3000") == ["2000", "3000", "/tmp"]
    assert owner(app / "knowledge") == (1234, 5678)  # a host user's folder is left as it is
