from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner, Result

from commtool.cli import cli

REFERENCE = "fr_togo_russie.txt"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_reference_summary_names_both_leaders_date_topics_and_statements(examples: Path) -> None:
    result = run("summary", str(examples / REFERENCE), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["date"] == "2025-11-24"
    leaders = {p["name"]: (p["title"], p["country"]) for p in data["participants"]}
    assert leaders == {
        "Faure Gnassingbé": ("Président du Conseil", "Togo"),
        "Poutine": ("Président", "Russie"),
    }
    assert "Priorité au Capital Humain et à la Technologie" in data["topics"]
    assert "Sécurité Régionale et Remerciements" in data["topics"]
    assert len(data["topics"]) >= 4
    speakers = {s["speaker"] for s in data["key_statements"]}
    assert speakers == {"Faure Gnassingbé", "Poutine"}
    assert 3 <= len(data["key_statements"]) <= 5
    text = (examples / REFERENCE).read_text(encoding="utf-8")
    assert data["summary"] and all(
        " ".join(s.split()) in " ".join(text.split()) for s in data["summary"]
    )


def _archive(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "Visite à Lomé\n\nLomé, le 3 mars 2025 – Le ministre Kodjo Amavi a salué l'accord. "
        "« Nous avançons », a déclaré M. Amavi. La coopération avec le Ghana progresse.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Talks in Accra\n\n2024-01-10 — Accra\n\nMinister Kodjo Amavi met Minister Efua Mensah. "
        "“We are ready,” said Efua Mensah. Amavi noted the progress with Ghana and Togo.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_archive_timeline_speakers_and_countries(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    data = json.loads(run("summary", str(folder), "-f", "json").stdout)
    assert [row["date"] for row in data["timeline"]] == ["2024-01-10", "2025-03-03"]
    amavi = next(s for s in data["speakers"] if "Amavi" in s["name"])
    assert amavi["name"] == "Kodjo Amavi" and amavi["documents"] == 2
    assert (amavi["first_seen"], amavi["last_seen"]) == ("2024-01-10", "2025-03-03")
    assert amavi["quotes"] == 1 and amavi["statements"] == 2
    countries = {c["country"]: c["documents"] for c in data["countries"]}
    assert countries["Ghana"] == 2


def test_archive_parts_in_flat_formats(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    rows = list(
        csv.DictReader(
            io.StringIO(run("summary", str(folder), "--part", "speakers", "-f", "csv").stdout)
        )
    )
    assert rows[0]["name"] and set(rows[0]) >= {"documents", "quotes", "first_seen", "last_seen"}
    timeline = run("summary", str(folder), "--no-header", "--fields", "date").stdout
    assert timeline.splitlines() == ["2024-01-10", "2025-03-03"]
    lines = run("summary", str(folder), "-f", "jsonl").stdout.splitlines()
    assert [json.loads(x)["date"] for x in lines] == ["2024-01-10", "2025-03-03"]


def test_markdown_briefing_note(examples: Path) -> None:
    note = run("summary", str(examples / REFERENCE), "-f", "markdown").stdout
    assert note.count("\n| ") > 4 and "## Participants" in note and "## Key statements" in note


def test_a_part_that_does_not_apply_is_a_usage_error(examples: Path) -> None:
    result = run("summary", str(examples / REFERENCE), "--part", "timeline")
    assert result.exit_code == 2 and "several documents" in result.stderr


def test_archive_speakers_join_spellings_of_one_person_under_the_commonest(
    tmp_path: Path,
) -> None:
    said = "« Nous avancerons », a déclaré {}.\n"
    names = ["Vladimir Poutine", "Vladimir Poutine", "V. Poutine", "Jean Poutine"]
    for i, speaker in enumerate(names):
        (tmp_path / f"d{i}.txt").write_text(
            f"date 2024-01-0{i + 1} Titre\n\n" + said.format(speaker), encoding="utf-8"
        )
    result = run("summary", str(tmp_path), "--part", "speakers", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = {r["name"]: r["documents"] for r in json.loads(result.stdout)}
    assert rows == {"Vladimir Poutine": 3, "Jean Poutine": 1}


def test_topics_are_words_as_written_never_folded() -> None:
    text = (
        "date 2025-03-03 Titre\n\n"
        "La coopération agricole progresse. Les ministres saluent la coopération régionale.\n\n"
        "Ils ont également évoqué la coopération douanière et la sécurité. La sécurité aussi.\n"
    )
    result = CliRunner().invoke(cli, ["summary", "-", "-f", "json"], input=text)
    topics = json.loads(result.stdout)["topics"]
    assert "coopération" in topics and "sécurité" in topics
    assert not {"cooperation", "securite", "egalement"} & set(topics)


def test_the_timeline_title_is_the_one_parse_gives(tmp_path: Path) -> None:
    """A document with no title has none in the timeline too: no first sentence stands in."""
    folder = _archive(tmp_path)
    (folder / "c.txt").write_text(
        "LOME, 18 oct (AFP) – Le Premier ministre Victor Dogbé a annoncé un plan.\n",
        encoding="utf-8",
    )
    data = json.loads(run("summary", str(folder), "-f", "json").stdout)
    parsed = json.loads(run("parse", str(folder), "-f", "json").stdout)
    titles = {row["file"]: row["title"] for row in parsed}
    assert {row["file"]: row["title"] for row in data["timeline"]} == titles
    assert titles[str(folder / "c.txt")] is None


def test_topics_are_content_words_and_names_keep_their_capital() -> None:
    text = (
        "Talks on Iraq\n\n"
        "Here we are very glad to see your delegation. Here the situation in Iraq is very "
        "difficult, and your support matters. What we're doing in Iraq is very important: "
        "the reconstruction of Iraq goes on, here and now, with your partners and ours. "
        "Reconstruction needs investment; investment needs security.\n"
    )
    result = CliRunner().invoke(cli, ["summary", "-", "-f", "json"], input=text)
    topics = json.loads(result.stdout)["topics"]
    assert "Iraq" in topics and "investment" in topics
    assert not {"here", "very", "your", "what", "we're", "iraq"} & set(topics)


def test_a_speaker_known_only_by_a_description_has_no_archive_row(tmp_path: Path) -> None:
    """'the President' of two documents is two presidents: no row sums them."""
    for i, country in enumerate(("Ghana", "Togo")):
        (tmp_path / f"{i}.txt").write_text(
            f"Talks in {country}\n\nThe President said that the talks went well. "
            "“We are ready,” said Kodjo Amavi.\n\nKodjo Amavi: Thank you.\n\n"
            "Question: When?\n\nKodjo Amavi: Soon.\n",
            encoding="utf-8",
        )
    data = json.loads(run("summary", str(tmp_path), "-f", "json").stdout)
    names = [row["name"] for row in data["speakers"]]
    assert "Kodjo Amavi" in names and "President" not in names and "Question" not in names
    one = json.loads(run("summary", str(tmp_path / "0.txt"), "-f", "json").stdout)
    assert "President" in [p["name"] for p in one["participants"]]  # the document keeps it


def test_key_statements_read_as_the_text_says_them(tmp_path: Path) -> None:
    """A key statement reads with its cue, in the text's order: the cue before what it
    reports, or after it; the cue and the content stay apart in their own fields."""
    page = tmp_path / "readout.txt"
    page.write_text(
        "Le président Emmanuel Macron a reçu le président Paul Kagame.\n\n"
        "Le président Emmanuel Macron a souligné que la coopération entre les deux pays "
        "progresse.\n\n"
        "Selon la présidence rwandaise, les deux pays signeront trois accords en mai.\n\n"
        "« Nous sommes prêts », a ajouté Paul Kagame.\n",
        encoding="utf-8",
    )
    data = json.loads(run("summary", str(page), "-f", "json").stdout)
    said = {s["cue"]: (s["said"], s["text"]) for s in data["key_statements"]}
    assert said["a souligné"] == (
        "a souligné que la coopération entre les deux pays progresse",
        "que la coopération entre les deux pays progresse",
    )
    assert said["Selon"][0] == (
        "Selon la présidence rwandaise, les deux pays signeront trois accords en mai"
    )
    table = run("summary", str(page), "--part", "statements", "-f", "tsv").stdout
    header = table.splitlines()[0].split("\t")
    assert header[:6] == ["speaker", "type", "cue", "text", "line", "file"]  # as before
    assert header[6] == "said"


def test_archive_speakers_say_their_kind_and_leave_out_unnamed_sources(tmp_path: Path) -> None:
    """A row says whether it is a person or a body; "a senior official" of two documents is
    two officials, and of one document still no one: no row."""
    for i in range(2):
        (tmp_path / f"{i}.txt").write_text(
            "Talks in Accra\n\n"
            "“We are ready,” said Kodjo Amavi. The Kremlin said that the talks went well. "
            "A senior official said that the talks would go on.\n",
            encoding="utf-8",
        )
    data = json.loads(run("summary", str(tmp_path), "-f", "json").stdout)
    kinds = {row["name"]: row["kind"] for row in data["speakers"]}
    assert kinds == {"Kodjo Amavi": "person", "Kremlin": "body"}
    one = json.loads(run("summary", str(tmp_path / "0.txt"), "-f", "json").stdout)
    assert "senior official" in [p["name"] for p in one["participants"]]  # the document keeps it
    tsv = run("summary", str(tmp_path), "--part", "speakers", "-f", "tsv").stdout
    assert tsv.splitlines()[0].split("\t")[-1] == "kind"  # added last: columns stay put
