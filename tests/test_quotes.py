"""Quotation marks, quote forms and attribution, on short texts in French and English."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commtool import parse_text
from commtool.segment.quotes import find_spans


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in parse_text(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit « oui » puis « non ».", ["oui", "non"]),
        ("Il a dit «\u202foui\u202f» et «\u00a0non\u00a0».", ["oui", "non"]),
        ("He said “yes” and “no”.", ["yes", "no"]),
        ("Er sagte „ja“ und „nein“.", ["ja", "nein"]),
        ("Il a dit ‹ oui ›.", ["oui"]),
        ('He said "yes" and "no".', ["yes", "no"]),
        ("He said ‘yes’ and 'no'.", ["yes", "no"]),
        ("« Il m’a dit “non” hier », a-t-il raconté.", ["Il m’a dit “non” hier"]),
        ("L’État et l'Union, Russia’s and the leaders' views.", []),
        ('« Un début " puis la suite.', ["Un début"]),  # « … " glitch
        ("”Inversé“ dit-il.", ["Inversé"]),  # reversed pair
        ("Il a dit « sans fin", ["sans fin"]),  # left open: runs to the paragraph's end
    ],
)
def test_quotation_marks(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_spans(text, 0, len(text))] == expected


def test_a_quote_over_several_paragraphs_is_one_quote() -> None:
    text = "Le ministre a déclaré :\n\n« Premier paragraphe.\n\n« Second paragraphe. »\n"
    [quote] = parse_text(text).quotes
    assert quote.text == "Premier paragraphe.\n\n« Second paragraphe."
    assert quote.speaker is None or quote.speaker == "ministre"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: inversion after the quote, with a name, a title, a pronoun.
        (
            "« La décision nous inquiète », a déclaré Jean-Marc Ayrault.",
            [("La décision nous inquiète", "Jean-Marc Ayrault")],
        ),
        (
            "Jean-Marc Ayrault est à Berlin. « Il y a d'autres sujets », a poursuivi le ministre.",
            [("Il y a d'autres sujets", "Jean-Marc Ayrault")],
        ),
        (
            "Bola Tinubu a parlé. « Nous sommes prêts », a-t-il fait savoir.",
            [("Nous sommes prêts", "Bola Tinubu")],
        ),
        # An incise inside one pair of marks: one quote.
        (
            "Macky Sall est arrivé. « Nous viendrons, a-t-il déclaré, dès demain. »",
            [("Nous viendrons, a-t-il déclaré, dès demain.", "Macky Sall")],
        ),
        (
            "Le Président Macky Sall a reçu Alpha Condé. « Nous viendrons, a déclaré "
            "M. Condé, dès demain. »",
            [("Nous viendrons, a déclaré M. Condé, dès demain.", "Alpha Condé")],
        ),
        # Partial quotes inside reported speech: the sentence's subject.
        (
            "Le Président Faure Gnassingbé a souligné que l'accord marquera une « nouvelle étape ».",
            [("nouvelle étape", "Faure Gnassingbé")],
        ),
        # A quote introduced by a colon in the next paragraph.
        (
            "Le Président Poutine a insisté sur les mesures :\n\n« Nous pourrons tout faire. »",
            [("Nous pourrons tout faire.", "Poutine")],
        ),
        # A clause at the end of the sentence names a body.
        (
            "Emmanuel Macron a exprimé sa « volonté de paix », a fait savoir la présidence française.",
            [("volonté de paix", "Présidence française")],
        ),
        # "selon X" after the quote.
        (
            "Le siège « abritera 34 agences », selon les Nations unies.",
            [("abritera 34 agences", "Nations unies")],
        ),
        # A relative clause names the speaker.
        (
            "Patrice Talon a remercié son hôte Emmanuel Macron, qui a répondu : « Bienvenue ».",
            [("Bienvenue", "Emmanuel Macron")],
        ),
        # A generic noun for the body last named.
        (
            "Le président Bola Tinubu a ouvert le sommet. La Cédéao réitère son exigence. "
            "L’organisation a pris une décision qui s’inscrit dans « l’impératif du dialogue ».",
            [("l’impératif du dialogue", "Cédéao")],
        ),
        # A reflexive verb after the quote.
        (
            "« C'est un moment historique », s'est réjoui le président sénégalais Macky Sall. "
            "« Quelle honte ! », s'est exclamée la ministre Naledi Pandor.",
            [("C'est un moment historique", "Macky Sall"), ("Quelle honte !", "Naledi Pandor")],
        ),
    ],
)
def test_french_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will act," said Mr Lavrov. "We are ready."',
            [("We will act,", "Lavrov"), ("We are ready.", "Lavrov")],
        ),
        (
            "Moussa Faki arrived. “We will come,” he said, “tomorrow.”",
            [("We will come,", "Moussa Faki"), ("tomorrow.", "Moussa Faki")],
        ),
        (
            "“This is a step forward,” Moussa Faki said on Monday.",
            [("This is a step forward,", "Moussa Faki")],
        ),
        (  # a body after the quote, with its article
            "“The talks were productive,” the Kremlin said in a statement.",
            [("The talks were productive,", "Kremlin")],
        ),
        (
            "The White House stated that “the talks went well.” "
            "“He urged restraint,” the readout stated.",
            [("the talks went well.", "White House"), ("He urged restraint,", "White House")],
        ),
        (
            "“The forum was a success.” — Commissioner Amina Diallo",
            [("The forum was a success.", "Amina Diallo")],
        ),
        (
            "Vladimir Putin met President of Belarus Alexander Lukashenko. "
            "The Belarusian President said the two countries were “close allies”.",
            [("close allies", "Alexander Lukashenko")],
        ),
        (
            "And from the Chairperson, Amina Diallo:\n\n“We will keep this momentum.”",
            [("We will keep this momentum.", "Amina Diallo")],
        ),
    ],
)
def test_english_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(text) == expected


def test_transcript_turns_run_to_the_next_label() -> None:
    text = (
        "Talks with President of Ghana John Mensah\n\n2019-12-31 — Moscow\n\n"
        "President of Russia Vladimir Putin: Mr President,\n\nWelcome to Moscow.\n\n"
        "John Mensah (retranslated): Thank you.\n\n"
        "SECRETARY KERRY: Good morning.\n\nQUESTION: (Inaudible.)\n\n"
        "M. Jacob ZUMA - Excellence, merci.\n\n* * *\n\nThe talks continued.\n"
    )
    turns = [(q.speaker, q.text) for q in parse_text(text).quotes if q.kind == "turn"]
    assert turns == [
        ("Vladimir Putin", "Mr President,\n\nWelcome to Moscow."),
        ("John Mensah", "Thank you."),
        ("KERRY", "Good morning."),
        ("QUESTION", "(Inaudible.)"),
        ("Jacob ZUMA", "Excellence, merci."),
    ]


def test_a_quote_inside_a_turn_is_its_speakers_too() -> None:
    text = "Vladimir Putin: As the saying goes, “better late than never”.\n\nDmitry Peskov: Yes.\n"
    quoted = [(q.text, q.speaker) for q in parse_text(text).quotes if q.kind == "quoted"]
    assert quoted == [("better late than never", "Vladimir Putin")]


def test_a_colon_in_a_sentence_is_not_a_turn() -> None:
    text = "Le ministre a rappelé les priorités : la santé et l'éducation.\n"
    assert [q for q in parse_text(text).quotes if q.kind == "turn"] == []


SAMPLE = st.lists(
    st.sampled_from(
        [
            "«",
            "»",
            "“",
            "”",
            '"',
            "'",
            "‘",
            "’",
            "„",
            "Il",
            "a",
            "dit",
            ":",
            ",",
            ".",
            "\n\n",
            "l’État",
            "Poutine",
            "said",
            "Mr",
            "Putin:",
            "QUESTION:",
            " ",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(SAMPLE, st.text()))
def test_every_quote_is_the_original_text_at_its_offsets(text: str) -> None:
    doc = parse_text(text)
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text and quote.text
        assert len(re.findall(r"\r\n|\r|\n", doc.text[: quote.start])) + 1 == quote.line


def test_russian_quotes_and_speakers() -> None:
    text = (
        "Президент России Владимир Путин провёл переговоры. "
        "«Мы готовы к диалогу», — заявил Владимир Путин. Он добавил: „Россия открыта“."
    )
    doc = parse_text(text)
    assert doc.language == "ru"
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Мы готовы к диалогу", "Владимир Путин"),
        ("Россия открыта", "Владимир Путин"),
    ]


def test_names_in_quotation_marks_are_terms_without_a_speaker() -> None:
    text = "Vladimir Putin signed the Decree “On the Banner of the Armed Forces”. He said “it matters”."
    doc = parse_text(text)
    assert [(q.text, q.kind, q.speaker) for q in doc.quotes] == [
        ("On the Banner of the Armed Forces", "term", None),
        ("it matters", "quoted", "Vladimir Putin"),
    ]


def test_works_by_an_author_are_terms() -> None:
    text = "The house published “The Living and the Dead” by Konstantin Simonov. He said “good”."
    assert [(q.text, q.kind) for q in parse_text(text).quotes] == [
        ("The Living and the Dead", "term"),
        ("good", "quoted"),
    ]


def test_a_question_put_to_someone_is_not_theirs() -> None:
    from commtool import parse_text

    doc = parse_text(
        "François Hollande était à Paris. À la question « vous allez parler avec Donald Trump "
        "aujourd'hui ? », le chef de l'État a répondu : « oui, je vous confirme »."
    )
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("vous allez parler avec Donald Trump aujourd'hui ?", None),
        ("oui, je vous confirme", "François Hollande"),
    ]


def test_an_agency_dateline_is_no_transcript_turn() -> None:
    from commtool import parse_text

    document = parse_text(
        "SINGAPORE (Reuters) - U.S. Secretary of State Condoleezza Rice met her counterpart "
        "on Wednesday.\n"
        "“It was a good meeting. There were no surprises,” said Rice.\n"
    )
    assert document.place == "SINGAPORE"
    assert [(q.kind, q.speaker) for q in document.quotes] == [("quoted", "Condoleezza Rice")]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        (
            "Acting President of the Republic of Daghestan Ramazan Abdulatipov",
            "Ramazan Abdulatipov",
        ),
        ("Russian Direct Investment Fund CEO Kirill Dmitriev", "Kirill Dmitriev"),
    ],
)
def test_a_turn_label_names_its_speaker_without_the_words_of_the_title(
    label: str, speaker: str
) -> None:
    from commtool import parse_text

    text = f"Vladimir Putin met him.\n\n{label}: Thank you, Mr President.\n"
    assert [(q.kind, q.speaker) for q in parse_text(text).quotes] == [("turn", speaker)]


def test_an_unnamed_official_who_speaks_is_a_source() -> None:
    from commtool import parse_text

    text = (
        "The briefing was given by two senior administration officials.\n\n"
        "The official said the attacks “have just given a tremendous new impetus to this "
        "relationship,” adding that talks would go on.\n\n"
        "President Vladimir Putin paid an official visit to India."
    )
    document = parse_text(text)
    assert [(q.speaker, q.speaker_kind) for q in document.quotes] == [
        ("senior administration officials", "source")
    ]
    # "an official visit" names no one.
    assert "official" not in {p.name for p in document.people}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le ministre Nasser Bourita a reçu son homologue.\n\nLe responsable marocain a "
            "souligné que « la relation est forte ».",
            "Nasser Bourita",
        ),
        (
            "Официальный представитель МИД России Мария Захарова выступила на брифинге.\n\n"
            "Дипломат заявила, что страны «не преуспели».",
            "Мария Захарова",
        ),
    ],
)
def test_an_official_described_with_an_article_is_the_person_named_before(
    text: str, speaker: str
) -> None:
    from commtool import parse_text

    assert [q.speaker for q in parse_text(text).quotes] == [speaker]


def test_a_quote_of_a_message_is_the_body_that_published_it() -> None:
    text = (
        "Владимир Путин поговорил по телефону с Сирилом Рамафосой, сообщила пресс-служба "
        "Кремля.\n\n"
        "Президенты обсудили вопросы сотрудничества. «Затрагивалась также ситуация вокруг "
        "Украины», — говорится в сообщении."
    )
    assert [q.speaker for q in parse_text(text).quotes] == ["Пресс-служба Кремля"]


def test_a_title_in_a_turn_label_names_someone_other_than_the_last_speaker() -> None:
    text = (
        "Le texte de l’interview donnée par le président François Hollande à Europe 1.\n\n"
        "Jean-Pierre ELKABBACH : Bienvenue, Monsieur le Président de la République.\n\n"
        "LE PRESIDENT : Bonjour Jean-Pierre ELKABBACH.\n\n"
        "Jean-Pierre ELKABBACH : Le succès est-il possible ?\n\n"
        "LE PRESIDENT : Il est possible. Il n’est pas certain."
    )
    assert [q.speaker for q in parse_text(text).quotes] == [
        "Jean-Pierre ELKABBACH",
        "François Hollande",
        "Jean-Pierre ELKABBACH",
        "François Hollande",
    ]


def test_the_latter_is_the_last_person_named_not_the_subject() -> None:
    text = (
        "Patrice Talon a reçu Boni Yayi. Patrice Talon murmure quelque chose à l’oreille de "
        "Boni Yayi. Celui-ci le répète aux journalistes : « Le président Talon dit que j’ai "
        "grossi »."
    )
    assert [q.speaker for q in parse_text(text).quotes] == ["Boni Yayi"]
    text = "Vladimir Putin met Sergei Lavrov. The latter said the talks were useful."
    assert [s.speaker for s in parse_text(text).statements] == ["Sergei Lavrov"]


def test_a_quote_standing_as_a_heading_is_the_speaker_s_who_says_it_below() -> None:
    text = (
        "Prime Minister Justin Trudeau spoke with President Trump on Saturday.\n\n"
        'The two men "looked forward to meeting soon."\n\n'
        "‘A constructive conversation’\n\n"
        "Trump's spokesman Sean Spicer said \"the president had a constructive conversation "
        'with Prime Minister Trudeau."'
    )
    assert [q.speaker for q in parse_text(text).quotes][1:] == ["Sean Spicer", "Sean Spicer"]


def test_a_straight_quote_glued_to_the_sentence_before_opens() -> None:
    text = (
        "Presidential spokesperson Vincent Magwenya briefed the media. Simelane has been in "
        'the news."The President will not engage issues that he manages with Ministers," '
        "Magwenya said."
    )
    quotes = parse_text(text).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Vincent Magwenya", "The President will not engage issues that he manages with Ministers,")
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Shehu says it is very “undiplomatic’’ for some to demand the audio.", ["undiplomatic"]),
        (
            "Sonko a discuté des ‘’perspectives de coopération’’ entre ces pays.",
            ["perspectives de coopération"],
        ),
        ("C’est l’État qu’il a visité. Il a dit « oui » et 'non'.", ["oui", "non"]),
    ],
)
def test_two_single_marks_written_for_a_double_one(text: str, quoted: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_spans(text, 0, len(text))] == quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin: Good afternoon.\n\nQuestion: Mr President, what about the talks?"
            "\n\nVladimir Putin: They went well.\n\nResponse from the hall: Yes!\n",
            [
                ("Vladimir Putin", "Good afternoon."),
                ("Question", "Mr President, what about the talks?"),
                ("Vladimir Putin", "They went well."),
                ("Response from the hall", "Yes!"),
            ],
        ),
        (
            "François Hollande : Merci.\n\nQuestion : Et la Chine ?\n\nFrançois Hollande : Oui.\n",
            [
                ("François Hollande", "Merci."),
                ("Question", "Et la Chine ?"),
                ("François Hollande", "Oui."),
            ],
        ),
    ],
)
def test_a_turn_of_someone_known_by_a_role_ends_the_turn_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'Question:' once ran on inside the President's turn before it."""
    doc = parse_text(f"Title\n\n{text}")
    assert [(q.speaker, q.text) for q in doc.quotes if q.kind == "turn"] == expected


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Sports commentator Dmitry Guberniyev, ceremony moderator", "Dmitry Guberniyev"),
        ("Yevgeny Rozhkov, reporter at VGTRK", "Yevgeny Rozhkov"),
    ],
)
def test_a_turn_label_may_give_the_role_after_the_name(label: str, speaker: str) -> None:
    doc = parse_text(
        f"Title\n\nVladimir Putin: Good afternoon.\n\n{label}: Mr President, a question.\n"
        "\n\nVladimir Putin: Yes.\n"
    )
    assert [q.speaker for q in doc.quotes if q.kind == "turn"] == [
        "Vladimir Putin",
        speaker,
        "Vladimir Putin",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Mr President, my question is as follows: when will we have mortgages?",
        "You know, this is a strange question: why?",
        "Minister for Civil Defence, Emergencies and Disaster Relief: Yevgeny Zinichev.",
    ],
)
def test_a_clause_or_an_office_before_a_comma_is_no_turn_label(line: str) -> None:
    doc = parse_text(f"Title\n\nVladimir Putin: Good afternoon.\n\n{line}\n")
    assert [q.speaker for q in doc.quotes if q.kind == "turn"] == ["Vladimir Putin"]


def test_a_clause_before_the_comma_of_a_colon_is_no_turn_label() -> None:
    doc = parse_text(
        "Titre\n\nPatrice Talon a remercié son hôte Emmanuel Macron, qui a répondu : "
        "« Bienvenue ».\n"
    )
    assert [(q.kind, q.speaker) for q in doc.quotes] == [("quoted", "Emmanuel Macron")]


def test_a_quote_marked_at_its_ends_only_runs_over_the_paragraphs_between() -> None:
    """The message reads: “First paragraph. / Second one. / Last one.”"""
    doc = parse_text(
        "Title\n\nVladimir Putin sent a message. The message reads:\n\n"
        "“We are deeply shocked by the news.\n\nOur thoughts are with you.\n\n"
        "We stand with your people.”\n\nThe message was sent on Monday.\n"
    )
    (quote,) = doc.quotes
    assert quote.text.startswith("We are deeply") and quote.text.endswith("your people.")
    assert quote.text == doc.text[quote.start : quote.end]


def test_an_unclosed_quote_before_another_quote_still_ends_with_its_paragraph() -> None:
    doc = parse_text("Title\n\nHe said: “We are ready.\n\nShe answered: “So are we.”\n")
    assert [q.text for q in doc.quotes] == ["We are ready.", "So are we."]


def test_he_in_a_turn_is_someone_other_than_its_speaker() -> None:
    """A speaker says "I" of themself: "he" in their turn is the other person spoken of, and
    the words he is quoted saying are his."""
    text = (
        "Question: How did it go?\n\n"
        "Vladimir Putin: I talked to Emmanuel Macron. He asked me: “Why did you do this?” "
        "I said: “You introduced sanctions against us.”\n"
    )
    quoted = [(q.text, q.speaker) for q in parse_text(text).quotes if q.kind == "quoted"]
    assert quoted == [
        ("Why did you do this?", "Emmanuel Macron"),
        ("You introduced sanctions against us.", "Vladimir Putin"),
    ]


def test_a_quote_given_by_a_document_is_the_body_that_issued_it() -> None:
    # "selon un communiqué … de la présidence": the presidency's words, not the president's;
    # the "il" of the next incise is still the president, not the presidency.
    text = (
        "Le président Kaïs Saïed a reçu le ministre des Affaires étrangères.\n\n"
        "L'entrevue a été l'occasion d'insister sur la nécessité « d'oeuvrer à ce que les "
        "ambassades assument leur responsabilité », selon un communiqué publié sur la page "
        "Facebook de la présidence de la République.\n\n"
        "« La souveraineté de l'État est au-delà de toute autre considération », a-t-il "
        "déclaré.\n"
    )
    quotes = parse_text(text).quotes
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Présidence", "body"),
        ("Kaïs Saïed", "person"),
    ]


def test_a_quote_alone_after_a_sentence_a_source_reported_is_that_sources() -> None:
    # The sentence before ends with its source (", indique le communiqué de l'ambassade"):
    # the quote that follows goes on with that source, not with the sentence's subject
    # nor with the speaker of a quote inside it.
    text = (
        "L'ambassadeur Mohamed Jamoussi a remis ses lettres de créance à Emmanuel Macron.\n\n"
        "De son côté, le président français a souligné les relations « exemplaires » entre "
        "les deux pays, indique le communiqué de l'ambassade tunisienne en France.\n\n"
        "« Cette cérémonie a également été l'occasion d'échanger avec les autres chefs de "
        "mission. »\n"
    )
    quotes = parse_text(text).quotes
    assert [(q.speaker, q.speaker_kind) for q in quotes][-1] == ("Ambassade tunisienne", "body")


def test_le_communique_is_a_document_not_a_body() -> None:
    text = (
        "Le président Paul Biya a reçu la délégation, a annoncé la Présidence.\n\n"
        "« Les échanges ont été fructueux », indique le communiqué.\n"
    )
    doc = parse_text(text)
    assert [(q.speaker, q.speaker_kind) for q in doc.quotes] == [("Présidence", "body")]
    assert "Communiqué" not in [p.name for p in doc.people]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # the message is its sender's, not the envoy's who handed it on
            "President Vladimir Putin sent a message to President Thabo Mbeki.\n\n"
            "Prime Minister Mikhail Kasyanov handed the message to the South African side.\n\n"
            "The message said, in part:\n\n“Russia highly appreciates our dialogue.”\n",
            "Vladimir Putin",
        ),
        (
            # an email owned by a day is the one the body said it sent
            "Prime Minister Justin Trudeau spoke to President Donald Trump.\n\n"
            "The Prime Minister's Office says the two men spoke by phone on Saturday.\n\n"
            "The Prime Minister's Office said in an email that Trudeau noted the depth of the relationship.\n\n"
            "The two men also spoke in November and Trudeau invited Trump to visit Canada.\n\n"
            'Saturday\'s email said the two men "looked forward to meeting soon."\n',
            "Prime Minister's Office",
        ),
    ],
)
def test_a_document_speaks_for_the_one_who_issued_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in parse_text(text).quotes] == [speaker]


def test_a_joint_statement_is_the_statement_of_both_who_signed_it() -> None:
    text = (
        "The two presidents signed a joint statement after the talks with Ricardo Lagos and "
        "Vladimir Putin.\n\n"
        "The joint statement says that Russia and Chile agree on the need for dialogue.\n"
    )
    found = parse_text(text).statements
    assert [(set(s.speakers), s.cue) for s in found] == [
        ({"Ricardo Lagos", "Vladimir Putin"}, "says")
    ]


def test_in_russian_an_envoy_s_post_and_a_body_s_statement() -> None:
    # The place of a post ("в Таджикистане") is no name; "в заявлении МИД России" gives the
    # quote to the ministry whose statement it is.
    text = (
        "Президент России Владимир Путин провёл встречу с послами.\n\n"
        "Посол России в Таджикистане Рамазан Абдулатипов заявил: «Мы готовы к "
        "сотрудничеству».\n\n"
        "«Переговоры прошли конструктивно», — говорится в заявлении МИД России.\n"
    )
    quotes = parse_text(text).quotes
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Рамазан Абдулатипов", "person"),
        ("МИД России", "body"),
    ]


def test_a_transcript_label_written_again_is_the_same_speaker() -> None:
    # The journalist names another president between two answers: "LE PRESIDENT :" is still
    # the one who answered before.
    text = (
        "Interview du président François Hollande\n\n"
        "Jean-Pierre ELKABBACH : Bienvenue, Monsieur le Président de la République.\n\n"
        "LE PRESIDENT : Bonjour Jean-Pierre ELKABBACH.\n\n"
        "Jean-Pierre ELKABBACH : Elles sont mises de votre côté ? Parce que j'ai entendu le "
        "Président XI Jinping hier, il est optimiste, il soutient la France, il va même venir "
        "48h, mais est-ce que cela suffit ?\n\n"
        "LE PRESIDENT : La Chine est le premier émetteur de gaz à effet de serre.\n"
    )
    turns = [q.speaker for q in parse_text(text).quotes if q.kind == "turn"]
    assert turns == [
        "Jean-Pierre ELKABBACH",
        "François Hollande",
        "Jean-Pierre ELKABBACH",
        "François Hollande",
    ]
