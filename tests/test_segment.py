from __future__ import annotations

import datetime as dt

import pytest

from commtool import parse_text

REFERENCE_LIKE = """\
 date 2025-11-24 Bilan de la visite



Les deux dirigeants se sont entretenus en tête-à-tête.




Le Président Poutine s’est réjoui de la force des relations. Il a insisté sur les mesures :

« Nous pourrons tout mettre en œuvre. »



Sécurité Régionale

Les questions de sécurité ont occupé une place centrale.
"""


def test_header_title_sections_and_paragraphs() -> None:
    doc = parse_text(REFERENCE_LIKE)
    assert doc.date == dt.date(2025, 11, 24) and doc.date_source == "header"
    assert doc.title == "Bilan de la visite"
    assert [s.title for s in doc.sections] == ["Sécurité Régionale"]
    body = [p for p in doc.paragraphs if p.kind == "body"]
    assert [p.line for p in body] == [5, 10, 12, 18]
    assert body[-1].section == "Sécurité Régionale"
    assert body[0].section is None


def test_offsets_point_into_the_text() -> None:
    doc = parse_text(REFERENCE_LIKE)
    for paragraph in doc.paragraphs:
        assert doc.text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert doc.text[sentence.start : sentence.end] == sentence.text
            assert doc.text.count("\n", 0, sentence.start) + 1 == sentence.line


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(newline: str) -> None:
    doc = parse_text(REFERENCE_LIKE.replace("\n", newline))
    assert [s.title for s in doc.sections] == ["Sécurité Régionale"]
    assert [p.line for p in doc.paragraphs if p.kind == "body"] == [5, 10, 12, 18]


def test_metadata_fields() -> None:
    doc = parse_text(
        "Title: Joint statement\nDate: 24 November 2025\n\nThe ministers met in Paris.\n"
    )
    assert doc.title == "Joint statement"
    assert doc.date == dt.date(2025, 11, 24) and doc.date_source == "header"


def _sentences(text: str) -> list[str]:
    return [s.text for s in parse_text(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M. Zuma a parlé. Mme Diallo a répondu.",
            ["M. Zuma a parlé.", "Mme Diallo a répondu."],
        ),
        (
            "H.E. Mr. Charles Michel met the U.S. delegation. Dr. Osei spoke.",
            ["H.E. Mr. Charles Michel met the U.S. delegation.", "Dr. Osei spoke."],
        ),
        (
            "President Joseph R. Biden arrived at 3.30 pm. He left.",
            ["President Joseph R. Biden arrived at 3.30 pm.", "He left."],
        ),
        (
            "Il a dit : « Nous venons. » Puis il est parti ! Pourquoi ? Personne ne sait.",
            [
                "Il a dit : « Nous venons. »",
                "Puis il est parti !",
                "Pourquoi ?",
                "Personne ne sait.",
            ],
        ),
        (
            "They met on St. Patrick's Day. It rained.",
            ["They met on St. Patrick's Day.", "It rained."],
        ),
        (  # a full stop with no space after it still ends a sentence
            "Сообщает агентство «Монцамэ».Премьер-министр подчеркнул. Путь через Китай.Он "
            "сказал. Mr.Putin said. See www.Kremlin.ru now.",
            [
                "Сообщает агентство «Монцамэ».",
                "Премьер-министр подчеркнул.",
                "Путь через Китай.",
                "Он сказал.",
                "Mr.Putin said.",
                "See www.Kremlin.ru now.",
            ],
        ),
    ],
)
def test_sentences_are_not_fooled_by_abbreviations(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_hard_wrapped_lines_make_one_paragraph_short_lines_do_not() -> None:
    wrapped = (
        "The two ministers discussed the situation in the region and agreed\n"
        "to meet again before the end of the year in the capital city of the\n"
        "host country, as announced in the joint statement.\n"
    )
    byline = "John Kerry\nSecretary of State\nWashington, DC\n"
    assert len([p for p in parse_text(wrapped).paragraphs]) == 1
    assert len(parse_text("Remarks\n\n" + byline + "\nThe meeting began.").paragraphs) == 5


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        ("Lomé, le 24 novembre 2025 – Le Président a reçu le ministre.", "2025-11-24", "Lomé"),
        (
            "(Ouagadougou, 13 décembre 2021) Le gouvernement a annoncé un plan.",
            "2021-12-13",
            "Ouagadougou",
        ),
        (
            "25 June 2024, Addis Ababa: The Chairperson welcomed the talks.",
            "2024-06-25",
            "Addis Ababa",
        ),
        ("Talks in Moscow\n\n2019-12-31 — Moscow\n\nThe presidents met.", "2019-12-31", "Moscow"),
        (
            "LOME, 18 oct (AFP) – Le ministre a parlé, selon un texte du 20 octobre 2024.",
            "2024-10-18",
            "LOME",
        ),
        (
            "New York\n\n17 September 2023\n\nReadout of the meeting\n\nThe Secretary-General met the President.",
            "2023-09-17",
            "New York",
        ),
        (
            "Заголовок\n\nМОСКВА, 20 декабря 2023 г. /ТАСС/. Министр Сергей Лавров провёл встречу.",
            "2023-12-20",
            "МОСКВА",
        ),
        (
            "Заголовок\n\n(Казань, 12 июня 2014 года, «Татар-информ»). Президент выступил.",
            "2014-06-12",
            "Казань",
        ),
    ],
)
def test_datelines_give_date_and_place(text: str, date: str, place: str) -> None:
    doc = parse_text(text)
    assert doc.date is not None and doc.date.isoformat() == date
    assert doc.place == place


def test_the_agency_of_a_dateline_is_no_speaker() -> None:
    doc = parse_text(
        "Заголовок\n\nМОСКВА, 20 декабря. /ТАСС/. Министр иностранных дел России Сергей "
        "Лавров обсудил ход операции. Об этом говорится в сообщении МИД РФ."
    )
    assert doc.dateline is not None and doc.dateline.text == "МОСКВА, 20 декабря. /ТАСС/."
    assert [p.name for p in doc.people] == ["Сергей Лавров", "МИД РФ"]
    assert [s.speaker for s in doc.statements] == ["МИД РФ"]


def test_title_is_the_first_line_before_running_text() -> None:
    doc = parse_text("Talks with President of Ghana\n\n2019-12-31\n\nThe two presidents met.")
    assert doc.title == "Talks with President of Ghana"
    assert doc.sections == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Président de la République a reçu les ministres dans la matinée.", "fr"),
        ("The President of the Republic received the ministers in the morning.", "en"),
        ("Президент России провёл встречу с министрами в Кремле.", "ru"),
        ("12345", "und"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert parse_text(text).language == language


@pytest.mark.parametrize("pad", [0, 1, 3, 7])
def test_language_from_shared_words_is_that_of_the_text_alone(pad: int) -> None:
    from commtool.patterns import Words
    from commtool.read.lang import SAMPLE, detect_language

    # English words up to the sample's end, a French word cut by it, French after it.
    head = "x" * pad + " the and of" * ((SAMPLE - pad) // 11)
    text = head[: SAMPLE - 2] + " les et la " + "de la et les " * 50
    for sample in (text, text[:300], "le " + text[:SAMPLE]):
        assert detect_language(sample, Words(sample)) == detect_language(sample)
    assert detect_language(text, Words(text)) == "en"


PAGE_WITH_FURNITURE = """\
Talks with President of Ghana John Mensah

2019-05-23 — The Kremlin, Moscow

Vladimir Putin held talks with President of Ghana John Mensah.

With President of Ghana John Mensah.

See also

Press statements following Russian-Ghanaian talks May 23, 2019

Opening Ceremony of the Business Forum

President of Russia Vladimir Putin: Mr President, friends, welcome to Moscow.

With regard to trade, you were right: it is growing.

See also

Plenary Session of the Forum May 22, 2019
"""


def test_see_also_links_and_photo_captions_are_page_furniture() -> None:
    doc = parse_text(PAGE_WITH_FURNITURE)
    kinds = {p.text.split("\n")[0]: p.kind for p in doc.paragraphs}
    assert kinds["With President of Ghana John Mensah."] == "caption"
    assert kinds["See also"] == "navigation"
    assert kinds["Press statements following Russian-Ghanaian talks May 23, 2019"] == "navigation"
    assert kinds["Opening Ceremony of the Business Forum"] == "navigation"  # a link, no date
    assert kinds["Plenary Session of the Forum May 22, 2019"] == "navigation"
    # running text after the links is the text again, and a phrase with a verb is no caption
    assert kinds["With regard to trade, you were right: it is growing."] == "body"
    assert [s.title for s in doc.sections] == []  # "See also" is no section
    assert {p.name for p in doc.people} >= {"Vladimir Putin", "John Mensah"}
    assert not any("Ceremony" in p.name or "Session" in p.name for p in doc.people)
    (turn,) = [q for q in doc.quotes if q.kind == "turn"]
    assert turn.text.endswith("it is growing.")  # the links after it are no words of his


@pytest.mark.parametrize(
    "paragraph",
    [
        "At the meeting, Vladimir Putin said that the work would go on.",
        "After the talks the two Presidents held a news conference.",
        "During the ceremony, the President announced a Year of Volunteers.",
        "At the same time I consider it necessary to toughen penalties.",
    ],
)
def test_a_clause_opening_with_a_preposition_is_no_caption(paragraph: str) -> None:
    doc = parse_text(f"Title\n\nThe President arrived.\n\n{paragraph}\n\nHe left.\n")
    assert [p.kind for p in doc.paragraphs if p.text == paragraph] == ["body"]


def test_a_run_of_text_with_no_full_stop_is_read_in_pieces_of_clauses() -> None:
    """A list, a table or garbage with no full stop is no sentence: read whole, every rule
    that reads a sentence to and fro cost its square (100,000 quotes took minutes)."""
    from commtool.segment.blocks import SENTENCE_MAX

    run_on = ", ".join(f'the talks number {i} go "on"' for i in range(2000))
    doc = parse_text(f"Title\n\nThe minister said {run_on}\n\nHe left.\n")
    (paragraph,) = [p for p in doc.paragraphs if p.text.startswith("The minister")]
    pieces = paragraph.sentences
    assert len(pieces) > 1
    assert all(len(s.text) <= SENTENCE_MAX for s in pieces)
    assert all(s.text.endswith(",") for s in pieces[:-1])  # cut after a clause mark
    assert " ".join(s.text for s in pieces) == paragraph.text  # nothing lost
    assert doc.text[pieces[1].start : pieces[1].end] == pieces[1].text


def test_a_sentence_of_real_length_is_not_cut() -> None:
    long = "The President said that " + ", ".join(["cooperation grows"] * 150) + "."
    doc = parse_text(f"Title\n\n{long}\n")
    assert [s.text for p in doc.paragraphs for s in p.sentences] == [long]


def test_a_rubric_above_the_text_is_no_title() -> None:
    doc = parse_text(
        "Texte intégral\n\nMadame la Députée,\n\nLe gouvernement condamne la décision.\n"
    )
    assert doc.title is None


def test_a_headline_cut_at_a_comma_is_a_title_and_a_salutation_is_none() -> None:
    headline = (
        "Conférence de presse conjointe de MM. François Hollande, Président de la "
        "République, et Jacob Zuma, président de la République d'Afrique du Sud,"
    )
    doc = parse_text(f"{headline}\n\nM. ZUMA - Excellence, merci.\n")
    assert doc.title == headline
    doc = parse_text("Mesdames et Messieurs les ministres,\n\nJe vous remercie.\n")
    assert doc.title is None


def test_a_headline_with_its_full_stop_above_a_transcript_is_its_title() -> None:
    headline = (
        "Conférence de presse conjointe de MM. Hollande et Zuma, à Pretoria le 14 octobre 2013."
    )
    doc = parse_text(
        f"14 octobre 2013 - Seul le prononcé fait foi\n\n{headline}\n\n"
        "M. Jacob ZUMA - Excellence, merci. Nous sommes heureux.\n\n"
        "LE PRESIDENT - Merci.\n"
    )
    assert doc.title == headline
    assert [q.speaker for q in doc.quotes if q.kind == "turn"][:1] == ["Jacob ZUMA"]
    # with a title above it, the first paragraph stays the text's
    titled = parse_text(f"Pretoria talks\n\n{headline}\n\nM. Jacob ZUMA - Excellence, merci.\n")
    assert titled.title == "Pretoria talks"
    assert [p.kind for p in titled.paragraphs if p.text == headline] == ["body"]
