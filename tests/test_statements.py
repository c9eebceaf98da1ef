"""Reported statements: cues, speakers, what was stated and its type, in French and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from commtool import parse_text


def _statements(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.cue, s.text) for s in parse_text(text).statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Président Poutine s’est réjoui de la force des relations, et a noté que "
            "les échanges se développent.",
            [
                ("Poutine", "s’est réjoui", "de la force des relations"),
                ("Poutine", "a noté", "que les échanges se développent"),
            ],
        ),
        (
            "Le Président Faure Gnassingbé a exprimé sa gratitude pour l’accueil, saluant "
            "l’excellence des relations. Il a souligné que l'accord marquera une « nouvelle étape ».",
            [
                ("Faure Gnassingbé", "a exprimé", "sa gratitude pour l’accueil"),
                ("Faure Gnassingbé", "saluant", "l’excellence des relations"),
                ("Faure Gnassingbé", "a souligné", "que l'accord marquera une « nouvelle étape »"),
            ],
        ),
        (
            "Le ministre Nasser Bourita a également insisté sur le fait que la relation est forte.",
            [("Nasser Bourita", "a également insisté", "sur le fait que la relation est forte")],
        ),
        (
            "L'entretien aura lieu par téléphone, a indiqué le président François Hollande.",
            [("François Hollande", "a indiqué", "L'entretien aura lieu par téléphone")],
        ),
        (  # a time before the speaker, a partial quote before the cue
            "L'entretien permettra de « clarifier des positions », a indiqué vendredi matin "
            "le président François Hollande.",
            [
                (
                    "François Hollande",
                    "a indiqué",
                    "L'entretien permettra de « clarifier des positions »",
                )
            ],
        ),
        (  # the person addressed: "vous avez rappelé", "vous me demandez"
            "Monsieur le Député, vous avez rappelé le contexte de la décision. Vous me "
            "demandez quelle est la position du gouvernement.",
            [
                ("Député", "avez rappelé", "le contexte de la décision"),
                ("Député", "demandez", "quelle est la position du gouvernement"),
            ],
        ),
        (  # addressed in a salutation of its own, with another person named later
            "Madame la Députée,\n\nVous avez rappelé les conditions dans lesquelles le "
            "président de votre groupe a été visé.",
            [
                (
                    "Députée",
                    "avez rappelé",
                    "les conditions dans lesquelles le président de votre groupe a été visé",
                )
            ],
        ),
        (  # reported speech quoted from a communiqué: the cues inside the quote count
            "Le Président Macron « a souligné l'importance du rôle de l'Europe et a dit au "
            "président Trump qu'il était disposé à poursuivre cette conversation ».",
            [
                ("Macron", "a souligné", "l'importance du rôle de l'Europe"),
                (
                    "Macron",
                    "a dit",
                    "au président Trump qu'il était disposé à poursuivre cette conversation",
                ),
            ],
        ),
        (  # an incise between the auxiliary and the participle
            "Le Président Faure Gnassingbé a, pour sa part, salué l'accord de coopération. "
            "Le Président Vladimir Poutine a, selon le Kremlin, assuré que les militaires agiront.",
            [
                ("Faure Gnassingbé", "a, pour sa part, salué", "l'accord de coopération"),
                (
                    "Vladimir Poutine",
                    "a, selon le Kremlin, assuré",
                    "que les militaires agiront",
                ),
                (  # the source named in the incise states the whole sentence
                    "Kremlin",
                    "selon",
                    "Le Président Vladimir Poutine a, selon le Kremlin, assuré que les "
                    "militaires agiront",
                ),
            ],
        ),
        (  # the subject of the next cue is not part of the first statement
            "Après avoir salué la bonne entente entre les deux pays, le Président Faure "
            "Gnassingbé a remercié son hôte pour l’accueil.",
            [
                ("Faure Gnassingbé", "avoir salué", "la bonne entente entre les deux pays"),
                ("Faure Gnassingbé", "a remercié", "son hôte pour l’accueil"),
            ],
        ),
        (  # a state as the subject; a second participle sharing the auxiliary
            "Dans cette perspective, le Togo a salué cette décision et espéré que cela va "
            "raffermir les relations. La visite en Russie a souligné les liens entre les peuples.",
            [
                ("Togo", "a salué", "cette décision"),
                ("Togo", "espéré", "que cela va raffermir les relations"),
                (None, "a souligné", "les liens entre les peuples"),
            ],
        ),
        (  # a participle opening the sentence: the main clause's subject speaks
            "Le président Ali Bongo a reçu Alassane Ouattara, chef d’État ivoirien. Se "
            "réjouissant du climat de paix dans lequel il a trouvé le Gabon et la santé d’Ali "
            "Bongo, le chef de l’État ivoirien n’a pas caché sa joie.",
            [
                (
                    "Alassane Ouattara",
                    "Se réjouissant",
                    "du climat de paix dans lequel il a trouvé le Gabon et la santé d’Ali Bongo",
                ),
                # A litotes states what it denies hiding.
                ("Alassane Ouattara", "n’a pas caché", "sa joie"),
            ],
        ),
        (
            "Selon la présidence sénégalaise, le siège abritera 34 agences.",
            [("Présidence sénégalaise", "Selon", "le siège abritera 34 agences")],
        ),
        (  # a cue in the plural is never one person's: its subject here is not resolved
            "Le secrétaire général Ban Ki-moon a félicité la Croatie. Il l'a encouragée à aider "
            "les pays voisins qui souhaitent rejoindre l'Union européenne.",
            [("Ban Ki-moon", "a félicité", "la Croatie")],
        ),
        (  # the two sides by their offices, in the plural
            "Le président Emmanuel Macron a reçu le président Paul Kagame. Ils ont parlé de "
            "l'ONU.\n\nLes chefs d'État ont souligné la nécessité d'une paix durable.",
            [
                (
                    "Emmanuel Macron and Paul Kagame",
                    "ont souligné",
                    "la nécessité d'une paix durable",
                )
            ],
        ),
    ],
)
def test_french_statements(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin had a telephone conversation with President of France Emmanuel "
            "Macron. The two presidents underscored the importance of the talks.",
            [("Vladimir Putin and Emmanuel Macron", "underscored", "the importance of the talks")],
        ),
        (
            "The Chairperson of the Commission, H.E. Moussa Faki, urges all stakeholders to "
            "exercise calm. The Chairperson also appeals to the parties to engage in dialogue.",
            [
                ("Moussa Faki", "urges", "all stakeholders to exercise calm"),
                ("Moussa Faki", "appeals", "to the parties to engage in dialogue"),
            ],
        ),
        (  # "in the African Union" is no subject: the two presidents stressed it
            "Vladimir Putin had a telephone conversation with President of the Congo Denis "
            "Sassou-Nguesso. Considering the Congo’s chairmanship in the African Union, the two "
            "presidents discussed Libya and stressed that a political solution was needed.",
            [
                (
                    "Vladimir Putin and Denis Sassou-Nguesso",
                    "stressed",
                    "that a political solution was needed",
                )
            ],
        ),
        (
            "Dmitry Peskov denied the reports.",
            [("Dmitry Peskov", "denied", "the reports")],
        ),
        (  # a cue inside the "that" clause is part of what was said; a coordinated one is not
            "Vladimir Putin met the press. Mr Putin said that Russia had proposed to Iraq to "
            "allow observers. The President said that the talks were useful and called on the "
            "parties to continue. The message said, in part: “Thank you for your work.”",
            [
                ("Vladimir Putin", "said", "that Russia had proposed to Iraq to allow observers"),
                ("Vladimir Putin", "said", "that the talks were useful"),
                ("Vladimir Putin", "called on", "the parties to continue"),
            ],
        ),
        (
            "Russia said it regarded Brazil as a worthy candidate.",
            [("Russia", "said", "it regarded Brazil as a worthy candidate")],
        ),
        (
            "Mr Putin and Mr Macron have agreed to maintain contacts.",
            [("Putin and Macron", "have agreed to", "maintain contacts")],
        ),
        (
            "Russian President Vladimir Putin met Indian Prime Minister Atal Vajpayee. "
            "Russia and India spoke in favour of reforming the organisation.",
            [
                (
                    "Vladimir Putin and Atal Vajpayee",
                    "spoke in favour of",
                    "reforming the organisation",
                )
            ],
        ),
        (  # the two sides by their offices, in the plural, not the body named before
            "Vladimir Putin met President of Egypt Hosni Mubarak. They discussed the role of the "
            "UN.\n\nThe heads of states underlined the need for a lasting peace.",
            [("Vladimir Putin and Hosni Mubarak", "underlined", "the need for a lasting peace")],
        ),
        (  # a participle after a quote's attribution goes on with a statement of its own
            "Condoleezza Rice met the minister. “The atmosphere was really good,” she said, "
            "adding that Beijing would like to have a formal meeting soon.",
            [
                (
                    "Condoleezza Rice",
                    "adding",
                    "that Beijing would like to have a formal meeting soon",
                )
            ],
        ),
        (
            '"We are ready," Vladimir Putin said, noting that Russia remained open to dialogue.',
            [("Vladimir Putin", "noting", "that Russia remained open to dialogue")],
        ),
    ],
)
def test_english_statements(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _statements(text) == expected


def test_direct_quotes_and_their_attributions_are_not_statements() -> None:
    text = (
        "« La décision nous inquiète », a déclaré Jean-Marc Ayrault. "
        "Le ministre a déclaré : « Nous agirons. »"
    )
    assert _statements(text) == []
    assert _statements("“The talks were useful,” the Kremlin said in a statement.") == []
    text = "Victor Dogbé parle. « Nous serons là », a-t-il assuré devant la presse vendredi."
    assert _statements(text) == []
    # What was stated is all quoted, even from a lower-case word.
    text = "As Mr Putin and Mr Bongo acknowledged, “stabilisation depends on all the parties.”"
    assert _statements(text) == []
    # A quote of several sentences, then its attribution.
    text = "« Nous viendrons. Le dialogue continuera », a affirmé lundi le président Macky Sall."
    assert _statements(text) == []


def test_participles_after_a_conjunction_only_continue_a_statement() -> None:
    assert _statements("Le texte a été signé et approuvé par les deux parties.") == []


def test_forms_that_are_also_nouns_are_cues_only_after_a_subject() -> None:
    text = (
        "The Chairperson also called on member states to ratify the agreement. The harvest "
        "was good thanks to the rain. Russia supports the talks."
    )
    assert _statements(text) == [
        ("Chairperson", "called on", "member states to ratify the agreement"),
        ("Russia", "supports", "the talks"),
    ]
    assert [s[1:] for s in _statements("It states that the parties agree.")] == [
        ("states", "that the parties agree")
    ]


def test_passives_and_proper_names_are_not_cues() -> None:
    text = "The dates will be agreed through diplomatic channels. The United States of America."
    assert _statements(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le ministre Kodjo Amavi a exprimé sa gratitude pour l'accueil.", "gratitude"),
        ("Le ministre Kodjo Amavi a condamné les attaques contre les civils.", "condemnation"),
        ("Le ministre Kodjo Amavi a appelé à la retenue des deux camps.", "call"),
        ("Minister John Osei expressed concern over the violence in the region.", "concern"),
        ("Minister John Osei pledged to support the new mission.", "commitment"),
        ("Minister John Osei announced a new aid package for farmers.", "announcement"),
        ("Minister John Osei noted the progress made on the road.", "assessment"),
    ],
)
def test_statement_types(text: str, kind: str) -> None:
    [statement] = parse_text(text).statements
    assert statement.kind == kind


def test_statement_offsets_point_into_the_text() -> None:
    text = "Le Président Poutine a noté que les échanges se développent à un bon rythme."
    doc = parse_text(text)
    for statement in doc.statements:
        assert doc.text[statement.start : statement.end] == statement.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "vous" as the object ("je vous remercie") is not the person addressed speaking
            "Emmanuel Macron : Je vous souhaite la bienvenue.\n\n"
            "Paul Kagame : Je vous remercie de votre accueil. Nous vous souhaitons le succès.",
            [],
        ),
        (
            "Emmanuel Macron: I thank you for coming.\n\n"
            "Vladimir Putin: Mr President, you said that our relations are strong. Last season "
            "you stressed that the project matters.",
            [
                ("Emmanuel Macron", "said", "that our relations are strong"),
                ("Emmanuel Macron", "stressed", "that the project matters"),
            ],
        ),
        (  # "as we noted": both sides of the talks
            "Alpha Condé: Thank you, Mr President.\n\n"
            "Vladimir Putin: As we noted during our meeting, many businesses want to invest.",
            [
                (
                    "Vladimir Putin and Alpha Condé",
                    "noted",
                    "during our meeting, many businesses want to invest",
                )
            ],
        ),
        (  # a third person named reports; "you" is the other side; ", as you said, of" an aside
            "Vladimir Putin: Welcome, Mr President.\n\n"
            "Alexander Lukashenko: We have come to consider the analysis, as you said, of our "
            "Treaty. Indeed, as you said, trade has fallen. Mr Medvedev said that there is a "
            "place to take everything. I said that we will agree.",
            [
                ("Vladimir Putin", "said", "trade has fallen"),
                ("Medvedev", "said", "that there is a place to take everything"),
            ],
        ),
        (  # a description in a turn is someone else: its speaker says "I"
            "King Abdullah II of Jordan met the President at the White House.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: It was a cordial meeting. And the King "
            "reiterated his determination to continue the reforms.\n\n"
            "MODERATOR: Thank you.",
            [("Abdullah II", "reiterated", "his determination to continue the reforms")],
        ),
        (
            "Le président Paul Biya a reçu l'émissaire Albert Besse.\n\n"
            "Albert Besse : Ce fut un entretien franc. Le Président a souligné "
            "l'importance de la paix dans la région.\n\n"
            "Journaliste : Merci.",
            [("Paul Biya", "a souligné", "l'importance de la paix dans la région")],
        ),
    ],
)
def test_in_a_transcript_only_what_others_said_is_reported(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("lemma", "past", "present"),
    [
        ("заявить", ("заявил", "заявила", "заявило", "заявили"), ()),
        ("договориться", ("договорился", "договорилась", "договорилось", "договорились"), ()),
        ("заявлять*", ("заявлял", "заявляла", "заявляло", "заявляли"), ("заявляет", "заявляют")),
        ("говорить*", ("говорил", "говорила", "говорило", "говорили"), ("говорит", "говорят")),
        ("приветствовать*", ("приветствовал",), ("приветствует", "приветствуют")),
        ("признавать*", ("признавал",), ("признаёт", "признают")),
    ],
)
def test_russian_cues_are_lemmas_with_their_inflections(
    lemma: str, past: tuple[str, ...], present: tuple[str, ...]
) -> None:
    from commtool.lexicons.ru.inflection import past_forms, present_forms

    made_past, made_present = past_forms(lemma).split(), present_forms(lemma).split()
    assert set(past) <= set(made_past)
    assert set(present) <= set(made_present)
    # A perfective verb has a gerund and no present; an imperfective one the reverse.
    assert any(f.endswith(("в", "вшись")) for f in made_past) == (not lemma.endswith("*"))
    assert bool(made_present) == lemma.endswith("*")


def test_russian_statements_stand_without_an_auxiliary() -> None:
    text = (
        "Президент России Владимир Путин провёл переговоры в Кремле.\n\n"
        "Он отметил, что отношения двух стран развиваются успешно. Кроме того, Путин "
        "добавил, что визит станет важным шагом.\n\n"
        "Мария Захарова заявила, что страны Африки не отказались от связей с Россией. "
        "Она поблагодарила партнёров за поддержку."
    )
    assert _statements(text) == [
        ("Владимир Путин", "отметил", "что отношения двух стран развиваются успешно"),
        ("Владимир Путин", "добавил", "что визит станет важным шагом"),
        ("Мария Захарова", "заявила", "что страны Африки не отказались от связей с Россией"),
        ("Мария Захарова", "поблагодарила", "партнёров за поддержку"),
    ]
    kinds = [s.kind for s in parse_text(text).statements]
    assert kinds == ["assessment", "assessment", "assessment", "gratitude"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Vladimir Putin met the Prime Minister.\n\n"
            "Relations are developing well, the Kremlin said.",
            [("Kremlin", "said", "Relations are developing well")],
        ),
        (
            "President Vladimir Putin met the Prime Minister.\n\n"
            "Relations are developing well, Putin said on Tuesday.",
            [("Vladimir Putin", "said", "Relations are developing well")],
        ),
        (
            "Президент России Владимир Путин провёл переговоры.\n\n"
            "Отношения двух стран развиваются успешно, — сообщила пресс-служба Кремля.",
            [("Пресс-служба Кремля", "сообщила", "Отношения двух стран развиваются успешно")],
        ),
    ],
)
def test_a_cue_after_its_content_reports_the_clause_before_it(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A complement after the cue is what was stated, not a time closing the sentence.
        "Au-delà de la cordialité de la visite, les deux responsables se sont accordés sur "
        "plusieurs points.",
        # The mention after a transitive cue is its object, not an inverted subject.
        "Ms Golodets, who oversees social issues in the Cabinet, briefed the President on "
        "measures to simplify procedures.",
        # A quote's attribution is no statement, with or without the Russian dash.
        '"We are glad to be here," Putin said on Tuesday.',
        "Президент России Владимир Путин провёл переговоры.\n\n«Мы рады визиту», — заявил Путин.",
    ],
)
def test_what_comes_before_a_subject_is_stated_only_when_the_cue_closes_the_sentence(
    text: str,
) -> None:
    for _speaker, _cue, body in _statements(text):
        assert "cordialité" not in body
        assert not body.startswith("Ms Golodets")
        assert "glad" not in body and "рады" not in body


@pytest.mark.parametrize(
    ("lemma", "past", "present"),
    [
        ("reiterate", "reiterated", ("reiterates", "reiterating")),
        ("deny", "denied", ("denies", "denying")),
        ("stress", "stressed", ("stresses", "stressing")),
        ("say", "said", ("says", "saying")),
        ("admit+", "admitted", ("admits", "admitting")),
        ("point out", "pointed out", ("points out", "pointing out")),
        ("agree", "agreed", ("agrees", "agreeing")),
    ],
)
def test_english_cues_are_lemmas_with_their_inflections(
    lemma: str, past: str, present: tuple[str, ...]
) -> None:
    from commtool.lexicons.en.inflection import past_forms, present_forms

    assert past_forms(lemma) == (past,)
    assert present_forms(lemma) == present


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Vladimir Putin admitted that the talks had been difficult.",
            [("Vladimir Putin", "admitted", "that the talks had been difficult")],
        ),
        (
            "President Vladimir Putin met the Prime Minister, noting that ties were strong.",
            [("Vladimir Putin", "noting", "that ties were strong")],
        ),
        (
            "Mr Putin concluded by expressing his confidence that ties would grow.",
            [("Putin", "expressing", "his confidence that ties would grow")],
        ),
        # A participle that opens no clause is an adjective or a noun.
        ("President Vladimir Putin listed promising projects in the region.", []),
        ("President Vladimir Putin arrived. Maintaining a large army is costly.", []),
        # A participle followed by its agent is a passive.
        ("The proposals offered by civil society were studied by the commission.", []),
    ],
)
def test_participles_report_only_as_verbs(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le président Alpha Condé a reçu le ministre.\n\nSelon une source diplomatique, "
            "les questions liées à la sécurité ont été abordées.",
            [
                (
                    "une source diplomatique",
                    "Selon",
                    "les questions liées à la sécurité ont été abordées",
                )
            ],
        ),
        (
            "Le président Kaïs Saïed a reçu le ministre.\n\nLe pays refuse les pressions, "
            "selon la présidence.\n\nIl traite avec ses partenaires d’égal à égal, selon la "
            "même source.",
            [
                ("Présidence", "selon", "Le pays refuse les pressions"),
                ("Présidence", "selon", "Il traite avec ses partenaires d’égal à égal"),
            ],
        ),
        (
            "President Vladimir Putin met the Prime Minister. In his opinion, the talks were "
            "a success.",
            [("Vladimir Putin", "In his opinion", "the talks were a success")],
        ),
        (
            "President Vladimir Putin met the Prime Minister. According to him, the talks were "
            "a success.",
            [("Vladimir Putin", "According to", "the talks were a success")],
        ),
    ],
)
def test_a_source_named_before_what_it_states(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _statements(text) == expected


def test_a_source_inside_a_statement_is_an_aside_that_cuts_nothing() -> None:
    text = (
        "President Vladimir Putin said the decision to join the union was important, which, "
        "in his opinion, would promote free trade."
    )
    found = _statements(text)
    assert ("Vladimir Putin", "in his opinion", "would promote free trade") in found
    said = [body for _, cue, body in found if cue == "said"]
    assert said == [
        "the decision to join the union was important, which, in his opinion, would promote "
        "free trade"
    ]
    # A source in the middle of a clause is no source at all.
    assert _statements("The regions were ranked according to the number of investors.") == []


@pytest.mark.parametrize(
    ("lemma", "participle", "present"),
    [
        ("réitérer", "réitéré", ["réitère", "réitèrent", "réitérant"]),
        ("annoncer", "annoncé", ["annonce", "annoncent", "annonçant"]),
        ("encourager", "encouragé", ["encourage", "encouragent", "encourageant"]),
        ("rappeler", "rappelé", ["rappelle", "rappellent", "rappelant"]),
        ("soulever", "soulevé", ["soulève", "soulèvent", "soulevant"]),
        ("appuyer", "appuyé", ["appuie", "appuient", "appuyant"]),
        ("garantir+", "garanti", ["garantit", "garantissent", "garantissant"]),
        ("reconnaître", "reconnu", ["reconnaît", "reconnaissent", "reconnaissant"]),
        ("faire savoir", "fait savoir", ["fait savoir", "font savoir", "faisant savoir"]),
    ],
)
def test_french_cues_are_lemmas_with_their_inflections(
    lemma: str, participle: str, present: list[str]
) -> None:
    from commtool.lexicons.fr.inflection import Forms

    forms = Forms(lemma)
    assert forms.participles == [participle]
    assert forms.present == present


def test_french_reflexive_cues_agree_and_keep_their_pronoun() -> None:
    from commtool.lexicons.fr.inflection import Forms

    forms = Forms("se réjouir+, s'engager")
    assert forms.reflexives == [
        *("réjoui", "réjouie", "réjouis", "réjouies"),
        *("engagé", "engagée", "engagés", "engagées"),
    ]
    assert forms.present == [
        *("se réjouit", "se réjouissent", "se réjouissant"),
        *("s'engage", "s'engagent", "s'engageant"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La remise a eu lieu lors d’une cérémonie à l’Élysée, précise l’ambassade dans un "
            "statut Facebook.",
            "Ambassade",
        ),
        ("The embassy asked Washington to reply before April.", "Embassy"),
        ("Downing Street said the two leaders would meet soon.", "Downing Street"),
    ],
)
def test_embassies_and_offices_are_bodies_that_speak(text: str, speaker: str) -> None:
    assert [s.speaker for s in parse_text(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dmitry Peskov refuted the reports of a meeting.", "denial"),
        ("Le porte-parole Dmitri Peskov a démenti ces informations.", "denial"),
        ("Мария Захарова опровергла сообщения о встрече.", "denial"),
    ],
)
def test_denials_in_every_language(text: str, kind: str) -> None:
    assert [s.kind for s in parse_text(text).statements] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What was stated follows the channel it was stated in.
        (
            "President Vladimir Putin met the Prime Minister. Putin said in a statement that "
            "the talks were useful.",
            [("Vladimir Putin", "said", "that the talks were useful")],
        ),
        # A channel and nothing after it states nothing (the words were a quote's).
        ("Vladimir Putin said in his telegram of condolences.", []),
        # A circumstance alone states nothing.
        ("President Vladimir Putin spoke first. Then Vladimir Putin said during the meeting.", []),
        # A lead ending its line with a colon: the words follow, below it.
        ("In his message Vladimir Putin said, in part:\n\n“Dear friends, welcome.”\n", []),
        ("Le président Emmanuel Macron a déclaré, notamment :\n\nNous sommes prêts.\n", []),
        (
            "Vladimir Putin said the talks had gone well:\n\nboth sides agreed.\n",
            [("Vladimir Putin", "said", "the talks had gone well")],
        ),
        # A question is no statement; a clause of "how" after another verb is one.
        ("President Vladimir Putin asked whether the plant would open in May.", []),
        ("President Vladimir Putin asked about the situation in the region.", []),
        # "Se montrer" is a copula: "s'est montrée ferme" reports no words.
        ("La CEDEAO s'est montrée ferme sur les sanctions contre le Niger.", []),
        # A cue with the preposition of its topic gives the topic, not what was stated.
        ("Minister Alexei Kudrin reported on the economic development of the last months.", []),
        ("President Vladimir Putin commented on the situation in the region.", []),
        ("Le président Emmanuel Macron s'est exprimé sur la situation au Sahel.", []),
        (
            "President Vladimir Putin insisted on the need for a diplomatic solution.",
            [("Vladimir Putin", "insisted", "on the need for a diplomatic solution")],
        ),
        (
            "President Vladimir Putin reported that the economy had grown.",
            [("Vladimir Putin", "reported", "that the economy had grown")],
        ),
        # Cues that state only with a clause: with a noun alone, what was watched or weighed.
        ("President Vladimir Putin observed the military exercises in the Black Sea.", []),
        ("Le président Emmanuel Macron a observé une minute de silence.", []),
        ("Minister Alexei Kudrin assessed the law-makers' work.", []),
        (
            "President Vladimir Putin assessed the talks as very productive.",
            [("Vladimir Putin", "assessed", "the talks as very productive")],
        ),
        (
            "Le président Emmanuel Macron a observé que la situation s'améliore.",
            [("Emmanuel Macron", "a observé", "que la situation s'améliore")],
        ),
        (
            "President Vladimir Putin noted how successful the railway reform had been.",
            [("Vladimir Putin", "noted", "how successful the railway reform had been")],
        ),
        # A participle after a copula is an adjective and cuts no statement.
        (
            "President William Ruto said Kenya remains committed to closer ties.",
            [("William Ruto", "said", "Kenya remains committed to closer ties")],
        ),
    ],
)
def test_channels_questions_and_copulas(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le président Denis Sassou N’Guesso a présenté ses condoléances, avant de déplorer "
            "le nombre élevé des victimes.",
            ("Denis Sassou N’Guesso", "avant de déplorer", "le nombre élevé des victimes"),
        ),
        (
            "Le secrétaire général Albert Besse s’est contenté de dire que les médias se sont "
            "fait l’écho de l’affaire.",
            (
                "Albert Besse",
                "s’est contenté de dire",
                "que les médias se sont fait l’écho de l’affaire",
            ),
        ),
        (
            "Le président Emmanuel Macron a tenu à souligner le rôle de la France.",
            ("Emmanuel Macron", "a tenu à souligner", "le rôle de la France"),
        ),
    ],
)
def test_an_infinitive_after_its_lead_reports(
    text: str, expected: tuple[str | None, str, str]
) -> None:
    assert expected in _statements(text)


def test_the_infinitives_of_french_cues() -> None:
    from commtool.lexicons.fr.inflection import Forms

    assert Forms("déplorer, garantir+, se féliciter, s'engager").infinitives == [
        "déplorer",
        "garantir",
        "se féliciter",
        "s'engager",
    ]


def test_a_source_states_the_whole_clause_and_the_sides_are_the_parties() -> None:
    text = (
        "Владимир Путин провёл телефонный разговор с Президентом Гвинеи-Бисау Умаро Эмбало.\n\n"
        "По словам пресс-секретаря Президента Дмитрия Пескова, стороны договорились "
        "продолжить контакты."
    )
    assert _statements(text) == [
        ("Дмитрий Песков", "По словам", "стороны договорились продолжить контакты"),
        ("Владимир Путин and Умаро Эмбало", "договорились", "продолжить контакты"),
    ]


def test_the_russian_example_reads_in_the_nominative(examples: Path) -> None:
    document = parse_text((examples / "ru_telefonnyi_razgovor.txt").read_text(encoding="utf-8"))
    assert [p.name for p in document.people] == [
        "Владимир Путин",
        "Умаро Сиссоку Эмбало",
        "Дмитрий Песков",
    ]
    assert str(document.date) == "2025-06-12" and document.language == "ru"
    assert [q.speaker for q in document.quotes] == ["Владимир Путин"]


def test_a_verb_after_a_title_ends_it_and_the_name_after_is_the_verbs() -> None:
    # "the President said Gusinsky…": "said" is no demonym, so "Gusinsky" is not the
    # President; the description goes to the one who holds the title.
    text = (
        "Mr Putin met journalists. President Putin spoke first.\n\n"
        "When asked about Vladimir Gusinsky, the President said Gusinsky was charged with "
        "economic crimes."
    )
    assert _statements(text) == [
        ("Putin", "said", "Gusinsky was charged with economic crimes"),
    ]


def test_he_is_the_last_person_spoken_of_never_a_body() -> None:
    text = (
        "President Putin met the press. The Government is trying to achieve results.\n\n"
        "He added that the ministers shared the same views."
    )
    assert [s[0] for s in _statements(text)] == ["Putin"]


def test_a_body_where_it_was_said_and_a_cue_in_the_plural_name_the_body() -> None:
    text = (
        "Владимир Путин провёл переговоры с Президентом Гвинеи-Бисау Умаро Эмбало.\n\n"
        "В Кремле уточнили, что во встрече принимают участие министры. "
        "В пресс-службе Кремля сообщили, что стороны довольны."
    )
    assert [(s.speaker, s.cue) for s in parse_text(text).statements] == [
        ("Кремль", "уточнили"),
        ("Пресс-служба Кремля", "сообщили"),
    ]


def test_the_verb_after_a_name_in_apposition_is_the_second_persons() -> None:
    text = (
        "Meeting with Patriarch of Moscow and All Russia Alexii II, President Vladimir Putin "
        "said that the Church supports closer relations.\n\n"
        "The President thanked His Holiness for the position taken by the Church."
    )
    assert [s[:2] for s in _statements(text)] == [
        ("Vladimir Putin", "said"),
        ("Vladimir Putin", "thanked"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian Muslims have every right to feel part of the Islamic world, announced "
            "President Vladimir Putin at a meeting with the ambassadors.",
            (
                "Vladimir Putin",
                "announced",
                "Russian Muslims have every right to feel part of the Islamic world",
            ),
        ),
        (
            "Bankruptcy is a procedure to bring about recovery, President Vladimir Putin said "
            "at a meeting with the members of the cabinet.",
            ("Vladimir Putin", "said", "Bankruptcy is a procedure to bring about recovery"),
        ),
        (
            "Le président Macron a reçu le ministre.\n\nMoscou reste ouverte au dialogue, a "
            "déclaré le porte-parole Dmitri Peskov dans un entretien au journal Le Monde.",
            ("Dmitri Peskov", "a déclaré", "Moscou reste ouverte au dialogue"),
        ),
    ],
)
def test_a_cue_closing_its_sentence_with_a_circumstance_reports_what_came_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _statements(text)[-1] == expected


def test_after_a_comma_a_circumstance_is_an_aside_before_what_was_said() -> None:
    text = (
        "Governor Ivan Petrov met the President.\n\nSpeaking about the economy, the Governor "
        "noted, in particular, growth in industrial production."
    )
    assert [s[1:] for s in _statements(text)] == [
        ("noted", "in particular, growth in industrial production"),
    ]


def test_a_headline_statement_counts_once() -> None:
    # Said in the headline only: a statement; said again in the text: the text's only.
    text = (
        "Pandor meets diplomats, appeals for closer ties with Africa\n\n"
        "2019-05-02\n\n"
        "Minister Naledi Pandor met the diplomatic corps in Pretoria."
    )
    assert [s[1:] for s in _statements(text)] == [("appeals for", "closer ties with Africa")]
    again = (
        "Lamamra conditionne l’échange des informations\n\n"
        "Le ministre Ramtane Lamamra a conditionné l’échange des informations avec les autres "
        "pays."
    )
    assert [s[1] for s in _statements(again)] == ["a conditionné"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Президент России Владимир Путин и председатель КНР Си Цзиньпин провели переговоры "
            "в Пекине. Об этом сообщил помощник главы государства Юрий Ушаков в эфире.",
            (
                "Юрий Ушаков",
                "сообщил",
                "Президент России Владимир Путин и председатель КНР Си "
                "Цзиньпин провели переговоры в Пекине",
            ),
        ),
        (
            "Министр Сергей Лавров обсудил с президентом Египта ход операции. Об этом говорится "
            "в сообщении МИД РФ по итогам встречи.",
            (
                "МИД РФ",
                "говорится",
                "Министр Сергей Лавров обсудил с президентом Египта ход операции",
            ),
        ),
        (
            "Les deux pays vont renforcer leur coopération militaire. C’est ce qu’a indiqué le "
            "ministre Jean-Yves Le Drian à la presse.",
            (
                "Jean-Yves Le Drian",
                "a indiqué",
                "Les deux pays vont renforcer leur coopération militaire",
            ),
        ),
        (
            "The two leaders will meet in Moscow next month. This was announced by the Kremlin "
            "press service.",
            ("Kremlin", "announced", "The two leaders will meet in Moscow next month"),
        ),
    ],
)
def test_a_cue_whose_object_stands_for_the_sentence_before_reports_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _statements(text) == [expected]


def test_a_headline_of_a_name_and_a_colon_is_a_claim_not_a_turn() -> None:
    text = (
        "Захарова: страны Африки устояли перед давлением Запада\n\n"
        "Официальный представитель МИД России Мария Захарова заявила, что страны Африки "
        "устояли перед давлением."
    )
    document = parse_text(text)
    assert document.title == "Захарова: страны Африки устояли перед давлением Запада"
    assert document.quotes == ()
    assert [(s.speaker, s.cue) for s in document.statements] == [
        ("Мария Захарова", "Захарова:"),
        ("Мария Захарова", "заявила"),
    ]
    # Quoted words after the colon are a quote; labels on several paragraphs, a transcript.
    transcript = parse_text("Vladimir Putin: Good afternoon.\n\nEmmanuel Macron: Thank you.")
    assert [(q.kind, q.speaker) for q in transcript.quotes] == [
        ("turn", "Vladimir Putin"),
        ("turn", "Emmanuel Macron"),
    ]


def test_a_line_under_the_headline_is_read_for_what_it_states() -> None:
    text = (
        "Лавров провёл переговоры в Каире\n\n"
        "Глава МИД РФ выразил признательность египетскому руководству за взвешенный подход\n\n"
        "Министр иностранных дел России Сергей Лавров провёл переговоры в Каире."
    )
    assert [s.cue for s in parse_text(text).statements] == ["выразил"]
    # Who a line under the headline is about is no subject of the text after it.
    text = (
        "Meeting with the Patriarch\n\nMeeting with Patriarch of Moscow and All Russia "
        "Alexii II\n\nThe President thanked His Holiness for the position of the Church.\n\n"
        "President Vladimir Putin spoke first."
    )
    assert [s.speaker for s in parse_text(text).statements] != ["Alexii II"]


def test_a_news_agency_after_a_description_is_no_name_of_it() -> None:
    text = (
        "Начались переговоры Владимира Путина и Умару Эмбало.\n\n"
        "«Все эти годы отношения развивались успешно», — передает слова российского лидера "
        "РИА Новости."
    )
    assert "Новости" not in [p.name for p in parse_text(text).people]


def test_a_body_is_also_named_by_its_acronym() -> None:
    text = (
        "Prime Minister Justin Trudeau spoke with President Trump.\n\n"
        "The Prime Minister's Office says the two men spoke by phone on Saturday.\n\n"
        "The PMO said in an email that Trudeau noted the depth of the economic relationship."
    )
    assert [(s.speaker, s.cue) for s in parse_text(text).statements] == [
        ("Prime Minister's Office", "says"),
        ("Prime Minister's Office", "said"),
        ("Justin Trudeau", "noted"),  # a cue inside what was said, with its own subject
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a clause with no "that": the cue inside it is someone else's
            "Mr Trudeau called Mr Trump. The Kremlin also said the two men reiterated the "
            "importance of the relationship.",
            [
                ("said", "the two men reiterated the importance of the relationship"),
                ("reiterated", "the importance of the relationship"),
            ],
        ),
        (  # the speaker's own clause is said once
            "President Putin met Mr Chirac. Mr Putin said he wholeheartedly supported Mr "
            "Chirac’s opinion.",
            [("said", "he wholeheartedly supported Mr Chirac’s opinion")],
        ),
        (  # two verbs of one subject: the object of the first is no subject
            "Vladimir Putin thanked Mr D’Alema and agreed that Russia should continue its efforts.",
            [
                ("thanked", "Mr D’Alema"),
                ("agreed", "that Russia should continue its efforts"),
            ],
        ),
    ],
)
def test_what_was_said_runs_over_a_clause_and_its_own_cues(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [s[1:] for s in _statements(text)] == expected


def test_russian_sources_that_open_the_sentence() -> None:
    text = (
        "Владимир Путин провёл переговоры.\n\n"
        "Как сообщили в пресс-службе Кремля, стороны договорились продолжить контакты. "
        "По данным МИД России, встреча прошла успешно и конструктивно."
    )
    assert [s[:2] for s in _statements(text)] == [
        ("Пресс-служба Кремля", "Как сообщили в"),
        ("Владимир Путин", "договорились"),
        ("МИД России", "По данным"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le président Emmanuel Macron a reçu M. Jamoussi. La France veut consolider son "
            "partenariat avec la Tunisie, indique le communiqué de l’ambassade tunisienne.",
            "Ambassade tunisienne",
        ),
        (
            "Selon la Primature, le Premier ministre a reçu les ambassadeurs. Ousmane Sonko a "
            "discuté avec eux des perspectives de coopération, a ajouté la même source.",
            "Primature",
        ),
        (
            "Russia will take adequate measures to counter the threat, said the statement "
            "sent to the UN Secretary General.",
            "the statement sent to the UN Secretary General",
        ),
    ],
)
def test_a_source_after_the_cue_closing_the_clause_stated_what_came_before(
    text: str, speaker: str
) -> None:
    last = parse_text(text).statements[-1]
    assert last.speaker == speaker and last.cue in ("indique", "a ajouté", "said")
    assert not last.text.startswith(("le communiqué", "la même source", "the statement"))


def test_a_participle_and_its_object_are_no_inverted_source() -> None:
    text = (
        "Le Président Faure Gnassingbé a exprimé sa gratitude, saluant l’excellence des relations."
    )
    assert _statements(text)[-1] == ("Faure Gnassingbé", "saluant", "l’excellence des relations")


def test_french_sources_written_with_a_plain_capital_and_by_pour() -> None:
    text = (
        "Le ministre Jean-Yves Le Drian a été reçu par le président. A l’entendre, plusieurs "
        "questions ont été abordées. Pour Jean-Yves Le Drian, ces points seront confortés "
        "lors du séjour. Il a exprimé sa gratitude pour l’accueil chaleureux."
    )
    assert [s[1:] for s in _statements(text)] == [
        ("A l’entendre", "plusieurs questions ont été abordées"),
        ("Pour", "ces points seront confortés lors du séjour"),
        ("a exprimé", "sa gratitude pour l’accueil chaleureux"),
    ]
    # "pour" inside a sentence, or before no name, opens no source.
    assert [s[1] for s in _statements("Pour la première fois, le Togo a plaidé pour la paix.")] == [
        "a plaidé"
    ]


def test_a_verb_that_reports_only_before_an_object_of_speech() -> None:
    text = (
        "President Vladimir Putin sent his profound condolences to Nicolas Maduro following "
        "the death of Hugo Chavez. Russia sent troops to the border. The council had "
        "extended the mandate of the forces. Vladimir Putin has sent greetings to the forum."
    )
    assert [s[:2] for s in _statements(text)] == [
        ("Vladimir Putin", "sent"),
        ("Vladimir Putin", "has sent"),
    ]


def test_a_circumstance_then_the_words_themselves_states_nothing() -> None:
    text = (
        "Le président Emmanuel Macron est arrivé. Le chef de l’État a répondu, en marge de la "
        "commémoration du 11-novembre : « oui, je vous confirme ». Il a souligné que la "
        "France est prête."
    )
    assert [s[1] for s in _statements(text)] == ["a souligné"]


def test_a_long_source_closing_the_sentence_names_its_body() -> None:
    text = (
        "Le président Kaïs Saïed a reçu le ministre.\n\nL’entrevue a été l’occasion de "
        "parachever le mouvement diplomatique, selon un communiqué publié sur la page "
        "Facebook de la présidence de la République."
    )
    assert _statements(text) == [
        (
            "Présidence",
            "selon",
            "L’entrevue a été l’occasion de parachever le mouvement diplomatique",
        )
    ]


def test_a_source_named_with_its_complement_before_the_comma() -> None:
    text = "Le ministre a parlé.\n\nSelon le porte-parole du gouvernement, le plan coûtera 12 milliards."
    assert [s[1:] for s in _statements(text)] == [("Selon", "le plan coûtera 12 milliards")]


def test_the_attribution_of_a_quote_in_doubled_single_marks_is_no_statement() -> None:
    """‘’…’’ stands for a double mark: the cue after it attributes the quote."""
    doc = parse_text(
        "Titre\n\nOusmane Sonko a reçu les ambassadeurs.\n\n"
        "‘’C’est un honneur de rencontrer le Premier ministre’’, a écrit la représentante "
        "au Sénégal de l’Hexagone, Christine Fages, sur son compte X.\n"
    )
    assert [s.text for s in doc.statements] == []


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        (
            "These were not unsupported claims, Vladimir Putin said, but established facts.",
            "These were not unsupported claims, Vladimir Putin said, but established facts",
        ),
        (
            "The main objective, the President said, was to make the army battle-ready.",
            "The main objective, the President said, was to make the army battle-ready",
        ),
        # after a relative pronoun, what follows the incise is what was said
        (
            "Putin spoke of the area, which, the President said, was not easily accessible.",
            "was not easily accessible",
        ),
    ],
)
def test_a_cue_between_commas_reports_the_sentence_around_it(sentence: str, stated: str) -> None:
    doc = parse_text(f"Title\n\nVladimir Putin, President of Russia, held talks.\n\n{sentence}\n")
    assert [s.text for s in doc.statements if s.line == 5] == [stated]


def test_a_statement_according_to_a_document_is_its_issuers() -> None:
    text = (
        "President William Ruto met the US Deputy Secretary of State in Nairobi.\n\n"
        "The meeting focused on trade, with both sides noting progress toward a trade "
        "agreement, according to a statement issued by the President's Office.\n"
    )
    found = parse_text(text).statements
    assert [(s.speakers, s.cue) for s in found][:1] == [(("President's Office",), "according to")]
    assert found[0].text.startswith("The meeting focused on trade")


def test_an_adjective_of_a_list_after_according_to_is_no_source() -> None:
    text = (
        "President Putin met the servicemen.\n\n"
        "According to official and unbiased reports, the special forces were the best trained, "
        "the President stated.\n"
    )
    doc = parse_text(text)
    assert not [p for p in doc.people if p.name.lower().startswith("official")]
    assert all(
        s.speakers == ("Vladimir Putin",) or s.speakers == ("Putin",) for s in doc.statements
    )


def test_a_document_named_by_its_title_states_what_it_says() -> None:
    # No one is said to have issued "the Joint Statement": it is its own source, not the
    # name of a treaty that follows the cue.
    text = (
        "Title\n\nThe talks ended on Tuesday.\n\n"
        "The Joint Statement emphasizes that both states adhere to the principles of the "
        "Treaty on the Non-Proliferation of Nuclear Weapons.\n"
    )
    found = parse_text(text).statements
    assert [(s.speakers, s.cue) for s in found] == [(("Joint Statement",), "emphasizes")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Vladimir Putin expressed confidence that the talks would succeed.",
            [("Vladimir Putin", "expressed confidence", "assessment")],
        ),
        (
            "President Vladimir Putin put forward an initiative to hold a summit.",
            [("Vladimir Putin", "put forward", "proposal")],
        ),
        (
            "President Vladimir Putin proposed holding the next meeting in Moscow.",
            [("Vladimir Putin", "proposed", "proposal")],
        ),
        (
            "President Vladimir Putin warned against any attempt to revise the agreements.",
            [("Vladimir Putin", "warned against", "call")],
        ),
        (
            "President Vladimir Putin expressed disappointment with the decision.",
            [("Vladimir Putin", "expressed disappointment", "concern")],
        ),
        # a reply to questions gives the topic, not what was stated
        ("President Vladimir Putin replied to questions from journalists.", []),
    ],
)
def test_english_cue_lemmas_of_every_type(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = parse_text(text).statements
    assert [(s.speaker, s.cue, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre Jean Dupont a rétorqué que la décision était prise.",
            [("Jean Dupont", "a rétorqué", "assessment")],
        ),
        (
            "Le président Paul Biya a proposé la tenue d'un sommet à Yaoundé.",
            [("Paul Biya", "a proposé", "proposal")],
        ),
        (
            "Le ministre Jean Dupont s'est désolé de l'absence de progrès.",
            [("Jean Dupont", "s'est désolé", "concern")],
        ),
        (
            "Le ministre Jean Dupont a vilipendé les auteurs de l'attaque.",
            [("Jean Dupont", "a vilipendé", "condemnation")],
        ),
        (
            "Le ministre Jean Dupont a souscrit à la proposition de la Commission.",
            [("Jean Dupont", "a souscrit", "agreement")],
        ),
        (
            "Le ministre Jean Dupont s'est inscrit en faux contre ces allégations.",
            [("Jean Dupont", "s'est inscrit en faux", "denial")],
        ),
        # "la mise en œuvre", "maintient ses sanctions": no cue
        ("La CEDEAO maintient ses sanctions et la mise en œuvre des accords se poursuit.", []),
    ],
)
def test_french_cue_lemmas_of_every_type(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = parse_text(text).statements
    assert [(s.speaker, s.cue, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the latest data, 29 people were killed in the attack.", []),
        ("Selon les dernières données, le bilan s'élève à vingt morts.", []),
        (
            "According to a senior official, the talks will resume in May.",
            [("a senior official", "According to")],
        ),
        (
            "Selon l'un de ses proches, l'objectif était d'inciter les Européens à contribuer.",
            [("l'un de ses proches", "Selon")],
        ),
    ],
)
def test_according_to_what_is_no_one_names_no_source(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = parse_text(f"Title\n\nThe minister met the press.\n\n{text}\n").statements
    assert [(s.speaker, s.cue) for s in found] == expected


def test_a_document_that_names_no_issuer_is_an_unnamed_source_and_no_person() -> None:
    doc = parse_text(
        "Titre\n\nLe Premier ministre Victor Dogbé a annoncé vendredi un plan de soutien, "
        "selon un communiqué publié le 18 octobre 2024.\n"
    )
    assert ("un communiqué", "selon") in [(s.speaker, s.cue) for s in doc.statements]
    assert [p.name for p in doc.people] == ["Victor Dogbé"]
