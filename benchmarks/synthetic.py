"""A synthetic archive of communiqués, of any size, for scale runs beyond the real corpora.

    python benchmarks/synthetic.py OUT --megabytes 1000 [--per-file N | --single] [--seed 1]

Writes French and English communiqués made from templates (a header line, a dateline,
reported speech, quotes in « » and “ ”, transcript turns), with people, countries and dates
drawn at random, so that every file differs: files of --per-file communiqués one after the
other (1 by default) in folders of 1,000 files, or one file with --single.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

FIRST = ["Faure", "Vladimir", "Emmanuel", "Olaf", "Cyril", "Ngozi", "Amina", "Jean", "Maria"]
LAST = ["Gnassingbé", "Poutine", "Macron", "Scholz", "Ramaphosa", "Okonjo", "Mohammed", "Dupont"]
COUNTRIES_FR = [
    ("Togo", "togolais"),
    ("Russie", "russe"),
    ("France", "français"),
    ("Ghana", "ghanéen"),
]
COUNTRIES_EN = [
    ("Togo", "Togolese"),
    ("Russia", "Russian"),
    ("France", "French"),
    ("Ghana", "Ghanaian"),
]
TOPICS_FR = ["la sécurité régionale", "l'agriculture", "l'énergie", "l'éducation", "le commerce"]
TOPICS_EN = ["regional security", "agriculture", "energy", "education", "trade"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip


def _two_people(rng: random.Random) -> tuple[str, str]:
    first, last = rng.sample(FIRST, 2), rng.sample(LAST, 2)
    return f"{first[0]} {last[0]}", f"{first[1]} {last[1]}"


def french(rng: random.Random, day: dt.date) -> str:
    a, b = rng.sample(COUNTRIES_FR, 2)
    host, guest = _two_people(rng)
    topic, other = rng.sample(TOPICS_FR, 2)
    date = f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    paragraphs = [
        f"date {day.isoformat()} Entretiens sur {topic}",
        f"LOMÉ, le {date} – Le Président {host} a reçu son homologue {b[1]}, "
        f"{guest}, pour des entretiens consacrés à {topic} et à {other}.",
        f"Le Président {b[1]} a déclaré : « Nous voulons ouvrir une nouvelle étape "
        f"de notre coopération avec le {a[0]}. »",
        f"« La {a[0]} et la {b[0]} partagent les mêmes objectifs », a souligné {host}, "
        f"qui a salué une « relation exemplaire ».",
        f"Les deux dirigeants ont convenu de renforcer {other}. Il a rappelé que "
        f"{topic} restait une priorité pour les deux pays.",
    ]
    for _ in range(rng.randint(1, 4)):
        paragraphs.append(
            f"Selon {guest}, « les échanges ont été francs et constructifs ». "
            f"Le ministre a indiqué que les accords seraient signés avant la fin de l'année."
        )
    return "\n\n".join(paragraphs) + "\n"


def english(rng: random.Random, day: dt.date) -> str:
    a, b = rng.sample(COUNTRIES_EN, 2)
    host, guest = _two_people(rng)
    topic, other = rng.sample(TOPICS_EN, 2)
    paragraphs = [
        f"date {day.isoformat()} Talks on {topic}",
        f"{day.strftime('%B')} {day.day}, {day.year}, The Kremlin, Moscow",
        f"{a[1]} President {host} held talks with {b[1]} President {guest} on {topic}.",
        f"{host}: Mr President, friends, I am glad to welcome you. Our countries have "
        f"achieved a great deal in {other}.",
        f"{guest}: Thank you. We are ready to continue our cooperation in {topic}.",
        f"“This is a new stage in our relations,” {host} said. The two leaders agreed to "
        f"meet again next year.",
    ]
    for _ in range(rng.randint(1, 4)):
        paragraphs.append(
            f"According to {guest}, “the talks were frank and constructive.” He stressed "
            f"that {other} remained a priority."
        )
    return "\n\n".join(paragraphs) + "\n"


def generate(
    out: Path, megabytes: float, per_file: int = 1, single: bool = False, seed: int = 1
) -> int:
    """Write the archive; returns the number of communiqués."""
    rng = random.Random(seed)
    target = int(megabytes * 1e6)
    start = dt.date(2000, 1, 1)
    written = count = 0
    out.mkdir(parents=True, exist_ok=True)
    batch: list[str] = []
    with open(out / "archive.txt", "w", encoding="utf-8") if single else _Nothing() as handle:
        while written < target:
            day = start + dt.timedelta(days=rng.randrange(9000))
            text = (french if rng.random() < 0.5 else english)(rng, day)
            written += len(text.encode("utf-8")) + 1
            count += 1
            batch.append(text)
            if len(batch) < per_file and written < target and not single:
                continue
            if single:
                handle.write(text + "\n")
            else:
                number = (count - 1) // per_file
                folder = out / f"{number // 1000:04}"
                folder.mkdir(exist_ok=True)
                (folder / f"doc{number:07}.txt").write_text("\n".join(batch), encoding="utf-8")
            batch = []
    return count


class _Nothing:
    def __enter__(self) -> _Nothing:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def write(self, _: str) -> None:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--megabytes", type=float, default=100.0)
    parser.add_argument("--per-file", type=int, default=1, help="communiqués in each file")
    parser.add_argument("--single", action="store_true", help="one file, not a folder of files")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    count = generate(args.out, args.megabytes, args.per_file, args.single, args.seed)
    print(f"synthetic: {count} communiqués, {args.megabytes:g} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
