from __future__ import annotations

from commtool import parse_text
from commtool.people import PRONOUN, TITLE, Resolver, find_mentions


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for p in parse_text(text).people]


def test_titles_before_names_in_french() -> None:
    text = (
        "Le Président Poutine a reçu le Président du Conseil Faure Gnassingbé. "
        "Vladimir Poutine a salué son hôte."
    )
    assert _people(text) == [
        ("Vladimir Poutine", "Président", None),
        ("Faure Gnassingbé", "Président du Conseil", None),
    ]


def test_titles_with_countries_in_english() -> None:
    text = (
        "Vladimir Putin met President of Belarus Alexander Lukashenko and Gabonese "
        "President Omar Bongo. Mr Lukashenko thanked him."
    )
    people = _people(text)
    assert ("Alexander Lukashenko", "President", "Belarus") in people
    assert ("Omar Bongo", "President", "Gabon") in people
    assert [p[0] for p in people].count("Alexander Lukashenko") == 1


def test_title_in_apposition_and_honorifics() -> None:
    text = "H.E. Mr. Josep Borrell Fontelles, High Representative of the European Union, spoke."
    assert _people(text) == [("Josep Borrell Fontelles", "High Representative", "European Union")]


def test_institutions_and_places_are_not_people() -> None:
    text = (
        "25 June 2024, Addis Ababa: The Regional Trade Forum of the African Union closed. "
        "Burkina Faso and Mali attended. Amina Diallo spoke."
    )
    assert [p[0] for p in _people(text)] == ["Amina Diallo"]


def test_mentions_of_every_kind() -> None:
    text = "Le Président togolais a parlé. Il a remercié les deux présidents et son hôte."
    kinds = [(m.kind, m.title) for m in find_mentions(text)]
    assert kinds == [
        (TITLE, "Président"),
        (PRONOUN, "il"),
        ("group", "les deux présidents"),
        ("counterpart", "son hôte"),
    ]
    assert find_mentions(text)[0].country == "Togo"


def test_resolver_links_every_name_of_one_person() -> None:
    text = (
        "Le Président Faure Gnassingbé a parlé. Le Président Poutine a répondu. "
        "De son côté, le Président togolais a remercié Vladimir Poutine."
    )
    mentions = find_mentions(text)
    sentence_ends = [text.index(". ") + 1, text.index(". ", 40) + 1, len(text)]
    resolver = Resolver(mentions)
    names = []
    seen_sentences = set()
    for mention in mentions:
        entity = resolver.resolve(mention)
        sentence = next(i for i, end in enumerate(sentence_ends) if mention.start < end)
        if sentence not in seen_sentences:  # the first person named is the subject
            seen_sentences.add(sentence)
            resolver.subject(entity)
        names.append(entity.name if entity else None)
    # The Togolese President is not the subject just named: the other person known.
    assert names == ["Faure Gnassingbé", "Vladimir Poutine", "Faure Gnassingbé", "Vladimir Poutine"]
