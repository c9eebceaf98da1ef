"""What a person at a terminal sees: progress on stderr while a long run works, archive
summaries one screen long, tables that fit the terminal's width. Each command runs under a
pseudo-terminal of a set size; the inputs are generated in the test's temporary folder."""

from __future__ import annotations

import fcntl
import os
import re
import struct
import subprocess
import sys
import tempfile
import termios
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-m", "commtool"]
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def _on_a_terminal(
    args: list[str], cwd: Path, stdout_too: bool = False, columns: int = 80
) -> tuple[int, str, bytes]:
    """Run a command with stderr (and with `stdout_too`, stdout) on a pseudo-terminal
    `columns` wide: its status, what stdout wrote when it is a file, and what the terminal
    received."""
    import pty

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    with tempfile.TemporaryFile() as stdout:
        proc = subprocess.Popen(
            [*COMMAND, *args],
            stdout=follower if stdout_too else stdout,
            stderr=follower,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            env=env,
        )
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end closed
                break
            if not chunk:
                break
            seen += chunk
        os.close(leader)
        status = proc.wait(timeout=60)
        stdout.seek(0)
        return status, stdout.read().decode(), seen


def _screen(seen: bytes) -> list[str]:
    """The lines a terminal shows, without colours and cursor moves."""
    return ESCAPES.sub(b"", seen).decode().replace("\r\n", "\n").split("\n")


def _archive(folder: Path, count: int, name: str = "d{i:02}.txt") -> None:
    folder.mkdir()
    for i in range(count):
        (folder / name.format(i=i)).write_text(
            f"date 2024-05-{i % 28 + 1:02} Talks number {i}\n\n"
            f"“We are ready,” said John Mensah{i}. Ghana and Togo signed.\n",
            encoding="utf-8",
        )


@pytest.mark.parametrize(
    "args",
    [
        ["quotes", "docs", "-f", "jsonl"],
        ["quotes", "docs", "-f", "jsonl", "-j", "2"],
        ["summary", "docs", "-f", "json"],
        ["search", "-c", "ready", "docs"],
        ["index", "docs", "--db", "archive.db"],
    ],
)
def test_a_long_run_shows_its_progress_on_a_terminal_while_it_works(
    args: list[str], tmp_path: Path
) -> None:
    """The bar moves as files are done, not all at once when they are listed; a warning
    is a line of its own above it; stdout, a pipe here, holds only data."""
    import re

    (tmp_path / "docs").mkdir()
    for i in range(60):
        (tmp_path / "docs" / f"d{i:02}.txt").write_text(
            f"date 2024-05-{i % 28 + 1:02} Talks\n\n“We are ready,” said John Mensah.\n",
            encoding="utf-8",
        )
    (tmp_path / "docs" / "d30.bin.txt").write_bytes(b"\x00\x01")
    status, stdout, seen = _on_a_terminal(args, tmp_path)
    assert status == 0, seen
    shown = {int(p) for p in re.findall(rb"(\d+)%", seen)}
    assert any(0 < p < 100 for p in shown), shown
    plain = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen)
    assert re.search(rb"(^|[\r\n])commtool: warning: .*d30.bin.txt", plain), plain[-300:]
    assert "\x1b" not in stdout


def test_an_archive_summary_on_a_terminal_is_one_screen_and_says_what_it_left_out(
    tmp_path: Path,
) -> None:
    _archive(tmp_path / "docs", 14)
    status, _, seen = _on_a_terminal(["summary", "docs"], tmp_path, stdout_too=True)
    assert status == 0
    screen = _screen(seen)
    assert sum("Talks number" in line for line in screen) == 10
    assert any("4 more" in line and "--all" in line for line in screen), screen
    assert len(screen) <= 60
    status, _, seen = _on_a_terminal(["summary", "docs", "--all"], tmp_path, stdout_too=True)
    assert sum("Talks number" in line for line in _screen(seen)) == 14
    assert not any("more" in line for line in _screen(seen))


@pytest.mark.parametrize(
    ("args", "rows"),
    [
        (["summary", "docs", "--part", "timeline"], 14),  # a pipe gets every row
        (["summary", "docs", "--part", "speakers", "--limit", "3"], 3),
        (["summary", "docs", "--part", "timeline", "-f", "csv", "--limit", "5"], 5),
    ],
)
def test_piped_summaries_hold_every_row_unless_limited(
    args: list[str], rows: int, tmp_path: Path
) -> None:
    _archive(tmp_path / "docs", 14)
    proc = subprocess.run([*COMMAND, *args], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == rows + 1  # and the header
    assert "more" not in proc.stdout


def test_a_limited_json_summary_limits_each_list(tmp_path: Path) -> None:
    import json

    _archive(tmp_path / "docs", 14)
    proc = subprocess.run(
        [*COMMAND, "summary", "docs", "-f", "json", "--limit", "2"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    data = json.loads(proc.stdout)
    assert [len(data[k]) for k in ("documents", "timeline", "speakers")] == [2, 2, 2]


def test_limit_and_all_together_are_refused(tmp_path: Path) -> None:
    _archive(tmp_path / "docs", 3)
    proc = subprocess.run(
        [*COMMAND, "summary", "docs", "--limit", "2", "--all"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "--all" in proc.stderr


@pytest.mark.parametrize("columns", [80, 200])
@pytest.mark.parametrize(
    "args",
    [
        ["summary", "a-folder-with-a-long-name"],
        ["summary", "a-folder-with-a-long-name", "--part", "speakers"],
        ["parse", "a-folder-with-a-long-name"],
        ["quotes", "a-folder-with-a-long-name"],
    ],
)
def test_tables_fit_the_terminal_and_cut_no_word(
    args: list[str], columns: int, tmp_path: Path
) -> None:
    """File names are shortened to their end ("…/name"), never broken across lines, and
    no line is wider than the terminal."""
    name = "communique-de-la-presidence-sur-la-cooperation-{i:02}.txt"
    _archive(tmp_path / "a-folder-with-a-long-name", 3, name)
    status, _, seen = _on_a_terminal(args, tmp_path, stdout_too=True, columns=columns)
    assert status == 0
    screen = _screen(seen)
    assert all(len(line) <= columns for line in screen), [
        line for line in screen if len(line) > columns
    ]
    words = {w for line in screen for w in re.findall(r"[\w-]+", line)}
    assert "Mensah0" in words or "Mensah0." in " ".join(screen)
    # a name is shown whole or cut with "…", never folded onto the next line
    assert not any(re.match(r"^\s*[\w-]*\.txt", line) for line in screen), screen
    if "speakers" not in args:  # the one part with no file column
        assert any("-01.txt" in line for line in screen), screen  # its end tells it apart
