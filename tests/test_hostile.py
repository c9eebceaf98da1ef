"""Hostile input, pipes and faults: a one-line message or a warning, never a traceback,
never a changed file. Big inputs are generated here, in the test's temporary folder."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from commtool import parse_text
from commtool.cli import cli

COMMAND = [sys.executable, "-m", "commtool"]


def run(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def _one_clear_line(result: Result) -> None:
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("commtool: ")


@pytest.mark.parametrize("command", ["parse", "quotes", "summary"])
def test_missing_path(command: str, tmp_path: Path) -> None:
    result = run(command, str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 2
    _one_clear_line(result)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Le ministre a parlé.", encoding="utf-8")
    real_open = os.open

    def refuse(path: str, *args: int, **kwargs: int) -> int:
        if str(path) == str(locked):  # as for anyone but root after chmod 000
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    result = run("parse", str(locked))
    assert result.exit_code == 2 and "permission denied" in result.stderr
    _one_clear_line(result)


@pytest.mark.parametrize("command", ["parse", "quotes", "search", "summary"])
def test_an_unreadable_file_among_others_is_an_error_and_the_others_are_read(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked, other = tmp_path / "locked.txt", tmp_path / "other.txt"
    for path in (locked, other):
        path.write_text("« Nous sommes prêts », a déclaré le ministre Jean Dupont.\n")
    real_open = os.open

    def refuse(path: str, *args: int, **kwargs: int) -> int:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    args = ["prêts"] if command == "search" else []
    result = run(command, *args, str(locked), str(other), "-f", "tsv")
    assert result.exit_code == 2 and "locked.txt: permission denied" in result.stderr
    _one_clear_line(result)
    assert "other.txt" in result.stdout and "locked.txt" not in result.stdout


def test_control_characters_in_file_names_never_reach_the_terminal_raw(tmp_path: Path) -> None:
    name = tmp_path / "evil\x1b[31mred.txt"
    name.write_text("« Nous sommes prêts », a déclaré le ministre Jean Dupont.\n")
    table = run("quotes", str(name), "-f", "table")
    assert "\x1b" not in table.stdout and "evil\\x1" in table.stdout
    missing = run("parse", str(tmp_path / "gone\x1b]0;title\x07.txt"))
    assert missing.exit_code == 2 and "\x1b" not in missing.stderr and "\x07" not in missing.stderr
    assert "gone\\x1b]0;title\\x07.txt" in missing.stderr
    bad_choice = run("quotes", str(name), "--kind", "x\x1b")
    assert bad_choice.exit_code == 2 and "\x1b" not in bad_choice.stderr
    # in a pipe, grep-style lines and delimited rows keep the name as it is, for xargs and cut
    piped = run("search", "prêts", str(name))
    assert piped.stdout.startswith(f"{name}:1:")


def test_a_quote_of_several_paragraphs_keeps_its_line_breaks_in_tables(tmp_path: Path) -> None:
    """Escaping control characters for the terminal never turns a text's own line breaks and
    tabs into escapes ('friends,\\x0a\\x0aIt is')."""
    path = tmp_path / "turn.txt"
    path.write_text(
        "Vladimir Putin: Mr President, friends,\r\n\r\nIt is\ta pleasure.\r\n\r\n"
        "John Mensah: Thank you.\r\n"
    )
    table = run("quotes", str(path), "-f", "table").stdout
    assert "\\x" not in table and "\r" not in table
    assert "friends," in table and "It is" in table
    lines = table.splitlines()
    assert next(i for i, x in enumerate(lines) if "It is" in x) > next(
        i for i, x in enumerate(lines) if "friends," in x
    )
    markdown = run("quotes", str(path), "-f", "markdown").stdout
    assert "friends,<br><br>It is\ta pleasure." in markdown and "\\x" not in markdown


def test_folder_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = run("quotes", str(tmp_path))
    assert result.exit_code == 2 and "no text files" in result.stderr
    _one_clear_line(result)


@pytest.mark.parametrize("content", [b"", b"\n\n\n   \n\t\n", b"\r\n\r\n"])
def test_empty_and_blank_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    result = run("parse", str(path), "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""
    row = json.loads(result.stdout)
    assert row["date"] is None and row["paragraphs"] == 0
    assert run("quotes", str(path)).exit_code == 1
    assert run("summary", str(path), "-f", "json").exit_code == 0


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG"),
        (b"text\x00with\x00nuls\x01\x02", "NUL bytes"),
    ],
)
def test_binary_files_are_skipped_with_one_warning(tmp_path: Path, data: bytes, what: str) -> None:
    (tmp_path / "file.txt").write_bytes(data)
    (tmp_path / "ok.txt").write_text("Le ministre a dit « oui ».", encoding="utf-8")
    result = run("quotes", str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1
    assert what in result.stderr
    _one_clear_line(result)


def test_invalid_and_mixed_encodings(tmp_path: Path) -> None:
    mixed = "Le Président a déclaré « très bien »".encode() + " et « déjà »".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(mixed)
    result = run("quotes", str(tmp_path / "mixed.txt"), "-f", "jsonl")
    assert result.exit_code == 0
    assert "très bien" in result.stdout
    assert "invalid UTF-8" in result.stderr
    _one_clear_line(result)


def test_a_ten_megabyte_line_and_a_large_file(tmp_path: Path) -> None:
    line = tmp_path / "line.txt"
    line.write_text("Le Président a déclaré « oui » à Lomé. " * 260_000, encoding="utf-8")
    result = run("search", "lome", str(line), "-c")
    assert result.exit_code == 0 and result.stdout.endswith(":1\n")  # one line, 10 MB long
    short = tmp_path / "short.txt"
    short.write_text("Le Président a déclaré « oui » à Lomé. " * 20_000, encoding="utf-8")
    result = run("quotes", str(short), "-f", "jsonl", "--min-words", "2")
    assert result.exit_code == 1 and result.stderr == ""  # every quote is one word
    big = tmp_path / "big.txt"
    paragraph = "Le ministre Kodjo Amavi a souligné que « la paix est possible ».\n\n"
    big.write_text(paragraph * 150_000, encoding="utf-8")  # about 10 MB, 150,000 paragraphs
    result = run("search", "paix", str(big), "-c")
    assert result.exit_code == 0 and result.stdout.endswith(":150000\n")


def test_many_tiny_files(tmp_path: Path) -> None:
    for i in range(2000):
        (tmp_path / f"{i:05}.txt").write_text(f"Note {i}.", encoding="utf-8")
    result = run("parse", str(tmp_path), "-f", "jsonl", "--fields", "file")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2000


def test_symlink_loop_and_unusual_names(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path)
    odd = tmp_path / "a name with spaces\nand a newline.txt"
    odd.write_text("Le ministre a dit « oui ».", encoding="utf-8")
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"  # not UTF-8
    with open(raw, "wb") as handle:
        handle.write("Le ministre a dit « non ».".encode())
    proc = subprocess.run([*COMMAND, "quotes", str(tmp_path), "-f", "jsonl"], capture_output=True)
    assert proc.returncode == 0, proc.stderr
    texts = sorted(json.loads(line)["text"] for line in proc.stdout.splitlines())
    assert texts == ["non", "oui"]


@pytest.mark.parametrize(
    "text",
    [
        "«" * 500,
        "« » " * 2000,
        "« “ ‘ ‹ " * 300 + "fin" + " › ’ ” »" * 300,
        "LE PRÉSIDENT A DÉCLARÉ : « NOUS SOMMES PRÊTS ». " * 200,
        "sans phrase ni majuscule ni point " * 500,
        "مرحبا بكم « السلام » שלום « עולם » Привет « мир » 你好 « 世界 » 🎉🎉 « 👍 »",
        "\x00\x01\x02\x1b[31m« contrôle »\x7f\u200b\u202e",
        "Le Pre\u0301sident a de\u0301clare\u0301 « c\u0327a va ».",
    ],
)
def test_malformed_text_never_breaks(text: str) -> None:
    doc = parse_text(text)
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
    for command in ("parse", "quotes", "summary"):
        result = run(command, "-", "-f", "json", input=text.encode("utf-8", "surrogatepass"))
        assert result.exit_code in (0, 1) and "Traceback" not in result.stderr
        if result.stdout:
            json.loads(result.stdout)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["parse", "-", "--format", "yaml"], "'yaml' is not one of"),
        (["search", "x", "-", "--since", "last decade"], "'last decade' is not a date"),
        (["search", "(", "-", "--regex"], "invalid regular expression '('"),
        (["quotes", "-", "--min-words", "-3"], "-3"),
    ],
)
def test_bad_options_name_the_value_and_what_is_expected(args: list[str], expected: str) -> None:
    result = run(*args, input="Le ministre a parlé.")
    assert result.exit_code == 2 and expected in result.stderr
    _one_clear_line(result)


@pytest.mark.parametrize("command", ["quotes", "search oui -j 2", "parse -j 2"])
def test_head_ends_quietly(tmp_path: Path, command: str) -> None:
    for i in range(300):
        (tmp_path / f"{i:03}.txt").write_text(f"Le ministre a dit « oui {i} ».", encoding="utf-8")
    # Worker processes are still busy when head closes the pipe: the run must end at once.
    proc = subprocess.run(
        f"{' '.join(COMMAND)} {command} {tmp_path} | head -1",
        shell=True,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 1
    assert b"Traceback" not in proc.stderr and proc.stderr == b""


def test_a_full_output_is_one_line(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    (tmp_path / "a.txt").write_text("Le ministre a dit « oui ».", encoding="utf-8")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*COMMAND, "quotes", str(tmp_path)], stdout=full, stderr=subprocess.PIPE
        )
    assert proc.returncode == 2 and b"No space left" in proc.stderr
    assert proc.stderr.count(b"\n") == 1 and b"Traceback" not in proc.stderr


def test_ctrl_c_stops_with_130(tmp_path: Path) -> None:
    for i in range(3000):
        (tmp_path / f"{i:04}.txt").write_text(
            "Le Président a déclaré « oui ». " * 50, encoding="utf-8"
        )
    proc = subprocess.Popen(
        [*COMMAND, "parse", str(tmp_path), "-f", "jsonl"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130 and b"Traceback" not in err
    assert err.strip().endswith(b"commtool: interrupted")


def test_nothing_the_user_owns_is_changed(tmp_path: Path, examples: Path) -> None:
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in examples.iterdir()}
    for command in (["parse"], ["quotes"], ["summary"], ["search", "x"], ["verify", "oui"]):
        run(*command, str(examples))
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in examples.iterdir()}
    assert before == after


@pytest.mark.parametrize("command", ["parse", "quotes", "summary"])
def test_a_fifo_in_a_folder_is_skipped_with_a_warning_not_waited_on(
    command: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Le ministre a déclaré : « Oui. »\n", encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")  # nobody ever writes to it: opening it would wait forever
    proc = subprocess.run(
        [*COMMAND, command, str(tmp_path), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    assert (
        proc.stderr
        == f"commtool: warning: {tmp_path / 'b.txt'}: skipped, not a regular file (a FIFO or a device)\n"
    )


def test_a_fifo_named_on_the_command_line_is_read_as_a_stream(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [*COMMAND, "quotes", str(fifo), "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with open(fifo, "w", encoding="utf-8") as writer:
        writer.write("Le ministre a déclaré : « Oui. »\n")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert json.loads(out)["text"] == "Oui."


@pytest.mark.parametrize("variable", ["COMMTOOL_ALIASES", "COMMTOOL_CONFIG"])
@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "huge"])
def test_an_alias_or_config_file_that_never_ends_is_refused_in_one_line(
    variable: str, target: str, tmp_path: Path
) -> None:
    """A FIFO with no writer waited forever, /dev/zero filled memory."""
    if target == "fifo":
        os.mkfifo(tmp_path / "names.toml")
        target = str(tmp_path / "names.toml")
    elif target == "huge":
        (tmp_path / "names.toml").write_bytes(b"# comment\n" * 200_000)  # 2 MB of TOML
        target = str(tmp_path / "names.toml")
    proc = subprocess.run(
        [*COMMAND, "quotes", "-", "-f", "jsonl"],
        input="He said: “Yes.”\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, variable: target},
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and target in proc.stderr, proc.stderr
    assert "regular file" in proc.stderr or "too large" in proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("command", [["parse"], ["quotes"], ["search", "x"], ["summary"]])
def test_an_endless_binary_stream_is_skipped_at_once(command: list[str]) -> None:
    proc = subprocess.run(
        [*COMMAND, *command, "/dev/zero", "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stderr == "commtool: warning: /dev/zero: skipped, binary data (NUL bytes)\n"


def test_more_jobs_than_cores_are_capped_with_a_word(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("He said: “Yes.”\n", encoding="utf-8")
    result = run("quotes", str(tmp_path), "-j", "99999999999999999999", "-f", "jsonl")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == "Yes."
    assert "cores; using" in result.stderr


def test_a_huge_context_is_the_whole_file() -> None:
    result = run("search", "oui", "-", "-C", "99999999999999999999999", input="a\noui\nb\n")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["--1-a", "-:2:oui", "--3-b"]


@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        ("<&-", "commtool: error: -: standard input is closed\n"),
        (">&-", "commtool: error: standard output is closed\n"),
    ],
)
def test_a_closed_standard_stream_is_one_line(redirect: str, message: str) -> None:
    """As a shell script may start it: `commtool quotes - <&-`, `… >&-`."""
    command = shlex.join(COMMAND)
    proc = subprocess.run(
        ["sh", "-c", f"exec {command} quotes - {redirect}"],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL if redirect == "<&-" else None,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr == message


def test_a_group_named_alone_shows_its_help_without_an_error() -> None:
    result = run("config")
    assert "error" not in result.output.lower()
    assert "config [OPTIONS] COMMAND" in result.output and "show" in result.output


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("sanction(", "at position 8"),  # the user's position, not the built pattern's
        ("a{99999999999}", "too large"),
    ],
)
def test_a_bad_regular_expression_is_one_line_in_the_users_terms(
    pattern: str, message: str
) -> None:
    result = run("search", pattern, "--regex", "-", input="sanctions\n")
    assert result.exit_code == 2
    _one_clear_line(result)
    assert message in result.stderr


@pytest.mark.parametrize(
    "content",
    [b'format = "json"\n\xff\xfe\n', ("[a]\n" + "x = " + "[" * 5000 + "]" * 5000).encode()],
)
def test_a_config_file_that_is_no_toml_is_one_line(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(content)
    monkeypatch.setenv("COMMTOOL_CONFIG", str(config))
    result = run("quotes", "-", input="He said: “Yes.”\n")
    assert result.exit_code == 2
    _one_clear_line(result)
    assert "not valid TOML" in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["quotes", "-f", "jsonl"], '"text": "Yes."'),
        (["search", "yes"], "-:1:He said: “Yes.”"),
    ],
)
def test_with_no_path_a_piped_stdin_is_read(args: list[str], expected: str) -> None:
    proc = subprocess.run(
        [*COMMAND, *args], input="He said: “Yes.”\n", capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert expected in proc.stdout


def test_with_no_path_on_a_terminal_a_command_says_what_it_needs() -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [*COMMAND, "quotes"], stdin=follower, capture_output=True, text=True, timeout=60
        )
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2
    assert "no PATH given" in proc.stderr


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads worker processes from /proc")
@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGKILL, -signal.SIGKILL)]
)
def test_workers_end_with_their_parent_and_release_the_pipes(
    sig: int, code: int, tmp_path: Path, examples: Path
) -> None:
    """A script waiting for the end of the output must not wait on orphaned workers."""
    text = (examples / "fr_togo_russie.txt").read_text(encoding="utf-8")
    for i in range(300):
        (tmp_path / f"d{i:03}.txt").write_text(text, encoding="utf-8")
    proc = subprocess.Popen(
        [*COMMAND, "quotes", str(tmp_path), "-j", "2", "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
        workers = _children(proc.pid)
    assert len(workers) >= 2, "the workers did not start"
    os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=30)  # the pipes close: no worker holds them open
    assert proc.returncode == code
    if sig == signal.SIGTERM:
        assert err.decode().strip().endswith("commtool: terminated")
    deadline = time.monotonic() + 10
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, workers))


def _folder_with_bad_entries(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.txt").write_text("He said: “Yes.”\n", encoding="utf-8")
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.symlink("loop2.txt", folder / "loop1.txt")
    os.symlink("loop1.txt", folder / "loop2.txt")
    return folder


@pytest.mark.parametrize("command", [["quotes", "-f", "jsonl"], ["index", "--db", "x.db"]])
def test_broken_links_and_link_loops_in_a_folder_are_skipped_with_a_warning(
    command: list[str], tmp_path: Path
) -> None:
    folder = _folder_with_bad_entries(tmp_path)
    proc = subprocess.run(
        [*COMMAND, command[0], str(folder), *command[1:]],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 3, proc.stderr
    assert "dangling.txt: skipped, a broken symbolic link" in proc.stderr
    assert "loop1.txt: skipped, a loop of symbolic links" in proc.stderr
    if command[0] == "index":
        assert "1 added" in proc.stderr
    else:
        assert json.loads(proc.stdout)["text"] == "Yes."


def test_index_skips_a_file_whose_name_is_not_utf8_and_keeps_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.txt").write_text("He said: “Yes.”\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write("He said: “No.”\n".encode())
    proc = subprocess.run(
        [*COMMAND, "index", str(folder), "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "caf\\udce9.txt: skipped, its name is not valid UTF-8" in proc.stderr
    assert "1 added" in proc.stderr


def test_an_index_that_cannot_be_written_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from commtool.archive import index as store

    (tmp_path / "a.txt").write_text("He said: “Yes.”\n", encoding="utf-8")
    result = run("index", str(tmp_path / "a.txt"), "--db", str(tmp_path / "no" / "x.db"))
    assert result.exit_code == 2
    _one_clear_line(result)
    assert "cannot open the index" in result.stderr

    def full(*_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.Indexer, "store", full)
    result = run("index", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    _one_clear_line(result)
    assert "cannot write the index (database or disk is full)" in result.stderr


@pytest.mark.parametrize("command", [["quotes", "-f", "jsonl"], ["index", "--db", "x.db"]])
def test_a_folder_tree_two_thousand_levels_deep(command: list[str], tmp_path: Path) -> None:
    """Once a RecursionError: the walk keeps its own list of folders to read."""
    deep = tmp_path
    for _ in range(2000):  # os.makedirs itself recurses
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.txt").write_text("He said: “Yes.”\n", encoding="utf-8")
    try:
        proc = subprocess.run(
            [*COMMAND, command[0], "d", *command[1:]],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
    finally:  # bottom up: removing such a tree recursively (as pytest would) overflows
        (deep / "a.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent
    assert proc.returncode == 0, proc.stderr[-500:]
    if command[0] == "quotes":
        assert json.loads(proc.stdout)["text"] == "Yes."
    else:
        assert "1 added" in proc.stderr


def test_csv_of_a_file_name_with_a_newline_reads_back(tmp_path: Path) -> None:
    import csv
    import io

    odd = tmp_path / "line one\nline two.txt"
    odd.write_text("He said: “Yes.”\n", encoding="utf-8")
    result = run("quotes", str(tmp_path), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["file"], r["text"]) for r in rows] == [(str(odd), "Yes.")]


def test_a_dateline_of_a_place_and_an_agency_alone_with_a_dated_text() -> None:
    """Once a StopIteration: the dateline holds no date to complete with the year."""
    doc = parse_text(
        "Title: Talks\nDate: 3 mars 2024\n\nABIDJAN (AFP) – Le ministre a déclaré : « Oui. »\n"
    )
    assert doc.date is not None and [q.text for q in doc.quotes] == ["Oui."]
