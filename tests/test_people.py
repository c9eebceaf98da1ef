from __future__ import annotations

import pytest

from commtool import parse_text
from commtool.annotate.mentions import PRONOUN, TITLE, find_mentions


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


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in parse_text(text).quotes]


def test_one_person_under_every_name() -> None:
    text = (
        "Le Président Faure Gnassingbé a parlé. Le Président Poutine a répondu : « Oui ». "
        "De son côté, le Président togolais a déclaré : « Merci ». "
        "Vladimir Poutine a ajouté : « Bienvenue ». Il a conclu : « À bientôt »."
    )
    # "De son côté" turns to the other party; "Il" is the last subject.
    assert _speakers(text) == [
        "Vladimir Poutine",
        "Faure Gnassingbé",
        "Vladimir Poutine",
        "Vladimir Poutine",
    ]
    people = parse_text(text).people
    assert [(p.name, p.country) for p in people] == [
        ("Faure Gnassingbé", "Togo"),
        ("Vladimir Poutine", None),
    ]


def test_a_description_continues_the_topic_and_a_counterpart_is_the_other() -> None:
    text = (
        "Patrice Talon a été reçu par Emmanuel Macron. Le président béninois a déclaré : "
        "« Merci ». Il a remercié son hôte, qui a répondu : « Bienvenue »."
    )
    assert _speakers(text) == ["Patrice Talon", "Emmanuel Macron"]


def test_a_description_named_later_is_merged_with_the_name() -> None:
    text = (
        "Le président béninois est en visite à Paris. « Je suis heureux », a-t-il dit. "
        "Patrice Talon a ensuite visité le musée."
    )
    assert _speakers(text) == ["Patrice Talon"]
    assert [p.name for p in parse_text(text).people] == ["Patrice Talon"]


def test_demonyms_around_titles_and_titles_of_several_words() -> None:
    text = (
        "Le Premier ministre togolais, Victor Dogbé, a parlé avec South African President "
        "Jacob Zuma et le ministre français des Affaires étrangères."
    )
    found = [(m.name, m.title, m.country) for m in find_mentions(text)]
    assert found == [
        ("Victor Dogbé", "Premier ministre", "Togo"),
        ("Jacob Zuma", "President", "South Africa"),
        (None, "ministre", "France"),
    ]


def test_two_titles_of_one_person() -> None:
    text = (
        "Acting President and Prime Minister Vladimir Putin met the ministers. "
        "“We will act,” the acting president told journalists."
    )
    doc = parse_text(text)
    assert [(p.name, p.title) for p in doc.people][:1] == [
        ("Vladimir Putin", "President and Prime Minister")
    ]
    assert [q.speaker for q in doc.quotes] == ["Vladimir Putin"]


def test_two_people_with_one_surname_stay_two() -> None:
    doc = parse_text(
        "Talks\n\nVladimir Dupont: I am glad to welcome you.\n\n"
        "Jean Dupont: Thank you, we are ready.\n\n"
        "V. Dupont stressed the point. Vladimir Dupont said: “We agree.”\n"
    )
    assert [q.speaker for q in doc.quotes] == ["Vladimir Dupont", "Jean Dupont", "Vladimir Dupont"]
    assert sorted(p.name for p in doc.people) == ["Jean Dupont", "Vladimir Dupont"]


@pytest.mark.parametrize("window", [(0, None), (5, 40), (10, 11), (30, 75)])
def test_surnames_found_from_the_shared_words_are_those_of_a_full_scan(
    window: tuple[int, int | None],
) -> None:
    from commtool.annotate.mentions import find_surnames
    from commtool.patterns import Words

    text = (
        "Putin met Al-Assad. PUTIN, Putin's aide, O'Neill and Putinism. Jean-Putin. "
        "«Putin» Al-Assad-Jr, O’Neill; Dupont-Putin Putin"
    )
    surnames = frozenset({"Putin", "Al-Assad", "O'Neill", "O’Neill"})
    start, end = window[0], len(text) if window[1] is None else window[1]
    full = find_surnames(text, start, end, surnames, [])
    assert find_surnames(text, start, end, surnames, [], Words(text)) == full
    if window == (0, None):
        assert [m.name for m in full] == [
            "Putin",
            "Al-Assad",
            "O'Neill",
            "Putin",
            "O’Neill",
            "Putin",
        ]


def test_a_title_only_when_capitalised() -> None:
    # English "Premier" is the French "premier" (first) in lower case.
    assert parse_text("Ils se sont vus au premier sommet Russie-Afrique, à Sotchi.").people == ()
    assert parse_text("The heads of synod and general Church institutions met.").people == ()
    doc = parse_text("Chinese Premier Li Keqiang met the President of Russia.")
    assert [(p.name, p.title) for p in doc.people][:1] == [("Li Keqiang", "Premier")]


def test_places_events_and_possessives_are_not_people() -> None:
    text = (
        "Vladimir Putin visited the Skolkovo Innovation Centre and the Black Sea Fleet. "
        "He opened the All-Russian Festival and spoke on Channel One about Russia’s Pobeda "
        "Museum."
    )
    assert [p.name for p in parse_text(text).people] == ["Vladimir Putin"]


def test_sentence_openers_are_not_part_of_a_name() -> None:
    doc = parse_text("Hello, I’m Megyn Kelly. To Veronika Skvortsova, the Minister, we owe a lot.")
    assert {p.name for p in doc.people} == {"Megyn Kelly", "Veronika Skvortsova"}


def test_a_possessive_names_the_person() -> None:
    doc = parse_text(
        "Vladimir Putin met the governor. During Vladimir Putin’s visit, the governor said "
        "that all was fine. The National Welfare Fund’s resources were discussed."
    )
    assert [p.name for p in doc.people] == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # a capitalised particle inside a name, even before a title word
            "Le ministre de l’Économie, Bruno Le Maire, a reçu Jean-Yves Le Drian et Marine Le Pen.",
            [("Bruno Le Maire", "ministre"), ("Jean-Yves Le Drian", None), ("Marine Le Pen", None)],
        ),
        (  # a body in lower case between a title and the name
            "« Nous sommes prêts », a affirmé le porte-parole du gouvernement, Gabriel Attal.",
            [("Gabriel Attal", "porte-parole")],
        ),
    ],
)
def test_names_with_particles_and_titles_with_a_body(
    text: str, people: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.title) for p in parse_text(text).people] == people


def test_a_title_after_a_name_and_before_a_verb_is_no_apposition() -> None:
    doc = parse_text(
        "Alassane Ouattara, chef d’État ivoirien, est arrivé. Il a parlé de la santé d’Ali "
        "Bongo Ondimba, le chef de l’État ivoirien n’a pas caché sa joie."
    )
    assert [(p.name, p.country) for p in doc.people] == [
        ("Alassane Ouattara", "Côte d'Ivoire"),
        ("Ali Bongo Ondimba", None),
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Le Président du Faso a déclaré : « Nous avançons. »\n", "Burkina Faso"),
        ("Le président de la Fédération de Russie a déclaré : « Nous avançons. »\n", "Russie"),
        ("The President of the Russian Federation said: “We agree.”\n", "Russia"),
    ],
)
def test_a_state_has_one_name_whatever_the_text_calls_it(text: str, country: str) -> None:
    [quote] = parse_text(text).quotes
    assert quote.speaker_country == country


def _names(text: str) -> list[str]:
    return [p.name for p in parse_text(text).people]


def test_russian_names_are_in_the_nominative_without_the_words_glued_before_them() -> None:
    text = (
        "Премьер-министр Словакии Роберт Фицо прибыл в Пекин.\n\n"
        "Встреча премьер-министра Словакии Роберта Фицо с Владимиром Путиным прошла в "
        "Пекине. Страны Латинской Америки следят за переговорами."
    )
    people = _names(text)
    assert "Роберт Фицо" in people
    assert "Владимир Путин" in people
    # One person for every case form, and no continent taken for a person.
    assert not [p for p in people if p.startswith(("Роберта", "Словакии", "Латинской"))]


def test_a_place_the_dictionary_does_not_know_is_no_part_of_the_name_after_it() -> None:
    text = "После саммита в Тяньцзине Владимир Путин поехал в Пекин. Путин прибыл."
    document = parse_text(text)
    assert [p.name for p in document.people] == ["Владимир Путин"]
    mention = next(m for m in find_mentions(text) if m.name == "Владимир Путин")
    assert text[mention.start : mention.end] == "Владимир Путин"


def test_a_foreign_name_the_dictionary_does_not_know_is_left_as_written() -> None:
    from commtool.annotate import russian

    assert russian.person_name("Ассими Гойта") == "Ассими Гойта"
    assert russian.person_name("Дени Сассу-Нгессо") == "Дени Сассу-Нгессо"
    assert russian.person_name("Марии Захаровой") == "Мария Захарова"
    assert russian.person_name("Латинской Америки") is None


def test_a_name_right_after_a_body_is_a_person_of_its_own() -> None:
    text = "Официальный представитель МИД России Мария Захарова заявила, что визит состоится."
    kinds = {m.name: m.kind for m in find_mentions(text)}
    assert kinds.get("Мария Захарова") == "name"
    # After a body's possessive the words are a thing of the body's, not a person.
    text = "It violates the UN Security Council’s Anti-Terrorist Resolution 1373, he said."
    assert "Anti-Terrorist Resolution" not in {m.name for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "В.Путин: Господин Президент! Я очень рад Вас видеть в Москве.\n"
            "Н.Саркози: Господин Президент! Я хочу Вас поблагодарить.\n",
            ["В. Путин", "Н. Саркози"],
        ),
        (
            "President Vladimir Putin met the President of France.\n\n"
            "V.Putin: Mr President! I am very glad to see you in Moscow.\n\n"
            "N.Sarkozy: Mr President! I want to thank you.\n",
            ["Vladimir Putin", "N. Sarkozy"],
        ),
    ],
)
def test_transcript_turns_labelled_by_an_initial_and_a_surname(
    text: str, speakers: list[str]
) -> None:
    quotes = parse_text(text).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("turn", s) for s in speakers]


def test_a_description_resolves_to_the_holder_of_its_office_under_another_title() -> None:
    text = (
        "Le président de la République, Kaïs Saïed, a reçu jeudi le ministre des Affaires "
        "étrangères, Nabil Ammar.\n\n"
        "L’entretien a porté sur la situation régionale. Nabil Ammar a présenté un rapport.\n\n"
        "A ce titre, le chef de l’Etat a réitéré son attachement à la souveraineté du pays."
    )
    statements = parse_text(text).statements
    assert [(s.speaker, s.cue) for s in statements if "réitéré" in s.cue] == [
        ("Kaïs Saïed", "a réitéré")
    ]


def test_an_office_is_not_given_to_a_holder_of_another_one_or_named_later() -> None:
    from commtool.resolve.resolver import roles

    assert roles("chef de l'etat") <= roles("president de la republique")
    assert not roles("president") <= roles("king")  # a president is no king
    # "The President" opening a readout is not the president named further on.
    text = (
        "The President updated the Security Council on his talks with President of Iran "
        "Hassan Rouhani."
    )
    statements = parse_text(text).statements
    assert [s.speaker for s in statements] != ["Hassan Rouhani"]


def test_russian_titles_in_every_case_and_a_title_of_a_title() -> None:
    people = {
        p.name: p.title
        for p in parse_text(
            "Премьер-министр Словакии Роберт Фицо встретился с президентом России "
            "Владимиром Путиным. На встрече был помощник главы государства Юрий Ушаков."
        ).people
    }
    assert people["Владимир Путин"] == "президент"
    assert people["Юрий Ушаков"] == "помощник главы государства"


def test_the_case_forms_of_a_name_the_dictionary_does_not_know_are_one_person() -> None:
    text = (
        "Председатель КНР Си Цзиньпин прибыл в Москву. Владимир Путин провёл переговоры с "
        "Си Цзиньпином и с президентом ЮАР Сирилом Рамафосой. Сирил Рамафоса поблагодарил "
        "хозяев."
    )
    names = _names(text)
    assert "Си Цзиньпин" in names and "Си Цзиньпином" not in names
    assert "Сирил Рамафоса" in names and not [n for n in names if "Рамафосой" in n]


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("LE PRESIDENT : Bonjour Jean-Pierre Elkabbach. Bonjour Thomas Sotto.", "Bonjour"),
        ("Official Visit to India\n\nVladimir Putin arrived in New Delhi.", "Visit"),
    ],
)
def test_greetings_and_headline_words_are_no_part_of_a_name(text: str, not_a_person: str) -> None:
    assert not [n for n in _names(text) if not_a_person in n]


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("Виктором Орбаном", "Виктор Орбан"),  # a surname the dictionaries do not know
        ("Владимиру Зеленскому", "Владимир Зеленский"),  # an adjectival surname
        ("Путиным Украину", "Путин"),  # a place after the name
        ("Сассу-Нгессо", "Сассу-Нгессо"),
    ],
)
def test_a_surname_takes_the_case_of_the_given_name_before_it(written: str, named: str) -> None:
    from commtool.annotate import russian

    assert russian.person_name(written) == named


def test_a_russian_title_alone_is_named_in_the_nominative() -> None:
    text = "Президент России Владимир Путин провёл переговоры. Президентом было отмечено, что визит важен."
    assert "Президентом" not in _names(text)


def test_a_russian_title_takes_its_state_from_the_genitive_after_it() -> None:
    text = (
        "Президент России Владимир Путин провёл переговоры с президентом Гвинеи-Бисау "
        "Умаро Эмбало.\n\n"
        "Лидер Гвинеи-Бисау назвал Россию надёжным партнёром."
    )
    document = parse_text(text)
    assert {p.name: p.country for p in document.people}["Умаро Эмбало"] == "Гвинея-Бисау"
    assert [s.speaker for s in document.statements] == ["Умаро Эмбало"]


def test_the_russian_states_are_every_case_of_cldr_names() -> None:
    from commtool.annotate.countries import country_keys
    from commtool.folding import fold

    keys = country_keys()
    for form in ("Гвинеи-Бисау", "Китаем", "Соединенных Штатов", "КНР"):
        assert fold(form) in keys
    assert keys[fold("Китаем")] == keys[fold("КНР")] == "Китай"


def test_other_names_of_a_state_are_states() -> None:
    from commtool.annotate.countries import country_keys

    keys = country_keys()
    assert keys["great britain"] == keys["uk"] == keys["britain"] == "United Kingdom"
    assert "us" not in keys  # the pronoun
    text = "President Vladimir Putin met the Foreign Secretary. Britain welcomed the talks."
    assert "Britain" not in _names(text)


def test_compound_adjectives_are_no_names() -> None:
    # A heading of capitalised words: "High-level" and "Russian-Chinese" qualify a noun.
    assert _names("High-level Russian-Chinese negotiations were held.\n\nMr Putin spoke.") == [
        "Putin"
    ]
    assert _names("Jean-Pierre Raffarin met Denis Sassou-Nguesso and Kim Jong-un.") == [
        "Jean-Pierre Raffarin",
        "Denis Sassou-Nguesso",
        "Kim Jong-un",
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "President of the Bolivarian Republic of Venezuela Nicolas Maduro spoke.",
            "Nicolas Maduro",
            "Venezuela",
        ),
        (
            "President of the Islamic Republic of Iran Hassan Rouhani spoke.",
            "Hassan Rouhani",
            "Iran",
        ),
        (
            "Le Président de la République démocratique du Congo Félix Tshisekedi a parlé.",
            "Félix Tshisekedi",
            "Congo",
        ),
        (
            "Le président de la République islamique d’Iran, Hassan Rohani, a parlé.",
            "Hassan Rohani",
            "Iran",
        ),
    ],
)
def test_a_state_by_its_long_name_in_a_title(text: str, name: str, country: str) -> None:
    assert [(m.name, m.country) for m in find_mentions(text) if m.kind == "name"] == [
        (name, country)
    ]


def test_initials_of_a_given_name_and_patronymic_are_the_person_named_in_full() -> None:
    text = (
        "Состоялся телефонный разговор Президента Российской Федерации В.В. Путина с "
        "Ассими Гойтой.\n\nВладимир Путин поблагодарил собеседника. В.В. Путин заявил, что "
        "контакты продолжатся."
    )
    assert [n for n in _names(text) if "Путин" in n] == ["Владимир Путин"]
    # The fullest name is shown: spelt-out words first, then initials ("George W. Bush").
    assert _names("George Bush met Mr Blair.\n\nGeorge W. Bush said he was glad.")[0] == (
        "George W. Bush"
    )


def test_a_russian_surname_alone_is_a_person_in_the_nominative() -> None:
    text = "Песков заявил: «Это наша позиция». Встреча Лаврова с Путиным прошла в Кремле."
    document = parse_text(text)
    assert [p.name for p in document.people] == ["Песков", "Лавров", "Путин"]
    assert [q.speaker for q in document.quotes] == ["Песков"]
    # A surname the dictionary also reads as an adjective stays a surname.
    text = "Фицо пообщался с министром иностранных дел России Сергеем Лавровым."
    assert "Сергей Лавров" in _names(text)


def test_a_russian_demonym_in_any_case_gives_the_title_its_state() -> None:
    text = (
        "Путин встретился с Орбаном. «Всё хорошо», — передает слова российского лидера "
        "РИА Новости. Венгерский премьер заявил, что рад. Главы правительств двух стран "
        "отметили успехи."
    )
    found = [(m.kind, m.title, m.country) for m in find_mentions(text) if m.kind != "name"]
    assert ("title", "лидер", "Россия") in found
    assert ("title", "премьер", "Венгрия") in found
    assert ("group", "Главы правительств", None) in found


def test_a_surname_the_text_never_gives_in_full_is_known_by_its_speaking() -> None:
    text = (
        '"The talks were useful," the ministry said in a statement.\n'
        '"Recently we have been meeting quite often," Lavrov said.\n'
        "Ayrault stressed that he shared this opinion. Lavrov and Ayrault met in Munich.\n"
        "Journalists asked about Syria. Rest assured, Everyone said nothing. Management "
        "noted the talks. Talks in Paris and expressed hopes were noted. The summit in "
        "Munich ended. Munich said little."
    )
    document = parse_text(text)
    assert [p.name for p in document.people] == ["Lavrov", "Ayrault", "Ministry"]
    assert [q.speaker for q in document.quotes] == ["Ministry", "Lavrov"]


def test_a_body_of_a_state_by_its_demonym_and_the_head_of_state() -> None:
    text = (
        '"The talks were useful," the Russian Foreign Ministry said in a statement. '
        "Acting President Vladimir Putin met the Secretary. The acting head of state "
        "endorsed an agenda for the Russian Security Council."
    )
    found = {(m.kind, m.name, m.country) for m in find_mentions(text) if m.kind == "body"}
    assert ("body", "Russian Foreign Ministry", "Russia") in found
    document = parse_text(text)
    assert [q.speaker for q in document.quotes] == ["Russian Foreign Ministry"]
    assert [s.speaker for s in document.statements] == ["Vladimir Putin"]


def test_a_foreign_name_in_the_instrumental_is_named_in_the_nominative() -> None:
    text = "Путин поговорил с Сирилом Рамафосой и с Ассими Гойтой. Встреча прошла хорошо."
    assert _names(text) == ["Путин", "Сирил Рамафоса", "Ассими Гойта"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        (
            "« C’est un honneur », a écrit la représentante de la France, Christine Fages.",
            "Christine Fages",
            "représentante",
        ),
        (
            "« Nous sommes prêts », a déclaré le haut représentant de l’Union, Jean Dupont.",
            "Jean Dupont",
            "haut représentant",
        ),
        (
            "“We are ready,” said the Special Representative of the Secretary-General, Ann Lee.",
            "Ann Lee",
            "Special Representative",
        ),
    ],
)
def test_a_representative_is_a_title(sentence: str, speaker: str, title: str) -> None:
    doc = parse_text(f"Titre\n\nOusmane Sonko a reçu les ambassadeurs.\n\n{sentence}\n")
    (quote,) = doc.quotes
    assert (quote.speaker, quote.speaker_title) == (speaker, title)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L’ambassade de la Tunisie en France a annoncé la remise des lettres. La cérémonie "
            "a eu lieu à l’Élysée, précise l’ambassade dans un message.",
            "Ambassade de la Tunisie",
        ),
        (
            "The Ministry of Foreign Affairs announced the visit. The talks will be held in "
            "Accra, the Ministry said in a statement.",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_body_named_again_by_its_head_noun_is_the_same_body(text: str, speaker: str) -> None:
    doc = parse_text(f"Title\n\n{text}\n")
    assert doc.statements and doc.statements[-1].speaker == speaker
    assert [p.name for p in doc.people if p.kind == "body"].count(speaker) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лавров проинформировал президента Египта А.Сиси о ходе переговоров.", "А.Сиси"),
        ("The talks were held in Moscow. President V.Putin said they went well.", "V.Putin"),
    ],
)
def test_an_initial_glued_to_the_surname_is_one_name_with_it(text: str, name: str) -> None:
    """Once the initial alone ("А.") was the person and the surname was lost."""
    doc = parse_text(f"Title\n\n{text}\n")
    names = {p.name for p in doc.people}
    assert name in names
    assert not any(len(n) <= 2 for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Bashar al-Assad said the talks went well.", "Bashar al-Assad"),
        ("Abdel Fattah el-Sisi said the talks went well.", "Abdel Fattah el-Sisi"),
        ("Абдель Фаттах ас-Сиси заявил, что переговоры прошли хорошо.", "Абдель Фаттах ас-Сиси"),
    ],
)
def test_the_arabic_article_before_a_surname_is_part_of_the_name(text: str, name: str) -> None:
    doc = parse_text(f"Title\n\n{text}\n")
    assert [s.speaker for s in doc.statements] == [name]


def test_a_glued_initial_and_the_arabic_article_do_not_part_one_person() -> None:
    doc = parse_text(
        "Заголовок\n\nЛавров встретился с Абдель Фаттахом ас-Сиси. Затем Лавров "
        "проинформировал президента Египта А.Сиси о ходе переговоров.\n"
    )
    assert [(p.name, p.mentions) for p in doc.people if "Сиси" in p.name] == [
        ("Абдель Фаттах ас-Сиси", 2)
    ]


def test_a_demonym_and_leader_is_the_head_of_state_and_leader_alone_no_title() -> None:
    doc = parse_text(
        "Title\n\nVladimir Putin sent greetings.\n\nIn his message to Prime Minister Boris "
        "Johnson, the Russian leader noted: “The Great Victory was a pivotal event.”\n"
    )
    assert [q.speaker for q in doc.quotes] == ["Vladimir Putin"]
    doc = parse_text("Title\n\nBusiness leaders and the leader of the party met in Accra.\n")
    assert [m for m in doc.people if "leader" in (m.title or "").lower()] == []


def test_le_dirigeant_and_a_demonym_is_the_head_of_state() -> None:
    doc = parse_text(
        "Titre\n\nVladimir Poutine a reçu Emmanuel Macron à Moscou.\n\nDe son côté, le "
        "dirigeant français a souligné que les relations étaient anciennes.\n"
    )
    assert [s.speaker for s in doc.statements] == ["Emmanuel Macron"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Abdoulaye Diop a conduit la délégation.\n\nAprès les salutations, « les deux "
            "délégations ont eu des entretiens cordiaux », précise une note publiée par Bamako.",
            ("note", "source"),
        ),
        (
            "John Mensah met the delegation.\n\n“The talks were cordial,” said a statement "
            "issued on Monday.",
            ("statement", "source"),
        ),
        (
            # a document that names the body that issued it speaks for that body
            "John Mensah met the delegation.\n\n“The talks were cordial,” said a statement "
            "from the presidency.",
            ("Presidency", "body"),
        ),
    ],
)
def test_a_document_after_its_inverted_cue_is_the_quote_s_unnamed_source(
    text: str, speaker: tuple[str, str]
) -> None:
    doc = parse_text(f"Title\n\n{text}\n")
    assert [(q.speaker, q.speaker_kind) for q in doc.quotes] == [speaker]


def test_a_document_s_relative_clause_and_said_as_an_adjective_name_no_source() -> None:
    doc = parse_text(
        "Title\n\nIn another statement, which was adopted to mark the anniversary, the sides "
        "expressed interest in trade. The issue of sending said officials abroad was raised.\n"
    )
    assert not [p for p in doc.people if p.kind == "source"]


@pytest.mark.parametrize(
    "opening",
    [
        "La rencontre entre le président Andry Rajoelina et le président Emmanuel Macron a "
        "été marquée par une volonté commune.",
        "The talks between President Andry Rajoelina and President Emmanuel Macron were "
        "marked by a common will.",
    ],
)
def test_the_second_of_two_objects_joined_by_and_is_no_subject(opening: str) -> None:
    """ "entre A et B … a été marquée": B stands before the verb but is an object, as A is;
    the description of a state that follows is not given to B for being the topic."""
    follow = (
        " Le président malgache a insisté sur l'importance de la coopération."
        if opening.startswith("La")
        else " The Malagasy President stressed the importance of cooperation."
    )
    doc = parse_text(opening + follow)
    countries = {p.name: p.country for p in doc.people}
    assert countries["Andry Rajoelina"] == "Madagascar"
    assert countries["Emmanuel Macron"] != "Madagascar"


@pytest.mark.parametrize(
    "sentence, speaker, title, country",
    [
        (
            "« C'est un honneur », a écrit l'ambassadrice de France au Sénégal, "
            "Christine Fages, sur son compte.",
            "Christine Fages",
            "ambassadrice",
            "France",
        ),
        (
            "« C'est un honneur », a écrit la représentante au Sénégal de l'Hexagone, "
            "Christine Fages.",
            "Christine Fages",
            "représentante",
            None,
        ),
        (
            "« Nous sommes prêts », a dit le représentant spécial en Afrique de l'Ouest, "
            "Jean Dupont.",
            "Jean Dupont",
            "représentant spécial",
            None,
        ),
        (
            '"It is an honour," said the U.S. Ambassador to Russia, John Sullivan.',
            "John Sullivan",
            "Ambassador",
            "United States",
        ),
        (
            'Russian Ambassador to Tajikistan Ramazan Abdulatipov said: "We are ready."',
            "Ramazan Abdulatipov",
            "Ambassador",
            "Russia",
        ),
        (
            "Presidential Envoy to the Northwestern Federal District Ilya Klebanov said: "
            '"We are ready."',
            "Ilya Klebanov",
            "Envoy",
            None,
        ),
        (
            'US Ambassador to Moscow Michael McFaul said: "We are ready."',
            "Michael McFaul",
            "Ambassador",
            "United States",
        ),
    ],
)
def test_a_post_abroad_between_a_title_and_its_name(
    sentence: str, speaker: str, title: str, country: str | None
) -> None:
    # The place of the post ("au Sénégal", "to Russia") is no name and not the holder's
    # country: the quote is the envoy's, not the host's named before.
    doc = parse_text(f"The Prime Minister Ousmane Sonko received the ambassadors.\n\n{sentence}\n")
    assert [q.speaker for q in doc.quotes] == [speaker]
    assert (speaker, title, country) in [(p.name, p.title, p.country) for p in doc.people]


def test_a_title_of_a_list_after_a_post_is_the_next_persons() -> None:
    text = (
        "Putin met Georgy Poltavchenko, presidential envoy to the Central Federal District, "
        "Interior Minister Boris Gryzlov and Moscow Mayor Yury Luzhkov."
    )
    names = [p.name for p in parse_text(text).people]
    assert "Boris Gryzlov" in names
    assert not [n for n in names if n in ("Interior", "Interior Minister")]


def test_a_description_of_a_country_goes_to_the_one_whose_office_fits() -> None:
    # The ambassador is French too; "le président français" is the president named later.
    text = (
        "Dans le message transmis par l'ambassadeur de France au Cameroun, le président "
        "français remercie son homologue pour sa participation au sommet.\n\n"
        "L'ambassadeur de France au Cameroun, Christophe Guilhou, a remis au chef de l'État "
        "le message du président français, Emmanuel Macron.\n"
    )
    doc = parse_text(text)
    assert [s.speakers for s in doc.statements if s.cue == "remercie"] == [("Emmanuel Macron",)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Rosneft CEO Igor Sechin told the President about the company's work.",
            "Igor Sechin",
            "CEO",
        ),
        (
            "The President met chairman of the Management Committee of Gazprom Alexei Miller.",
            "Alexei Miller",
            None,
        ),
        ("Putin called the President of Tatarstan Mintimer Shaimiyev.", "Mintimer Shaimiyev", None),
        # after a common noun, three capitalised words are one name
        ("They discussed the results of Hans Martin Blix.", "Hans Martin Blix", None),
    ],
)
def test_a_company_or_a_title_s_complement_is_no_part_of_the_name_after_it(
    text: str, name: str, title: str | None
) -> None:
    people = {p.name: p.title for p in parse_text(text).people}
    assert name in people
    if title:
        assert people[name] == title


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("President of the National Medical Chamber Leonid Roshal", "Leonid Roshal"),
        ("Minister of Labour and Social Protection Maxim Topilin", "Maxim Topilin"),
        ("Hans Martin Blix", "Hans Martin Blix"),
    ],
)
def test_a_label_s_name_is_the_person_s_after_a_body_s_name(label: str, name: str) -> None:
    doc = parse_text(f"Meeting with the President\n\n{label}: Thank you, Mr President.\n")
    assert [q.speaker for q in doc.quotes if q.kind == "turn"] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Putin met General Director of the Agency for Strategic Initiatives Svetlana "
            "Chupsheva.",
            "Svetlana Chupsheva",
        ),
        (
            "Putin met Governor of Khanty-Mansi Autonomous Area – Yugra Natalya Komarova.",
            "Natalya Komarova",
        ),
    ],
)
def test_a_name_after_a_body_s_name_of_several_words(text: str, name: str) -> None:
    assert name in [p.name for p in parse_text(text).people]


def test_a_title_then_its_verb_after_a_name_is_the_next_clause_s_subject() -> None:
    # "…to X, the Russian leader noted": the leader speaks, not the addressee, who takes
    # no title from the clause after him.
    text = (
        "President of Russia Vladimir Putin sent messages to leaders.\n\nIn his message to "
        "Prime Minister of the "
        "United Kingdom of Great Britain and Northern Ireland Boris Johnson, the Russian "
        "leader noted, in part: “The Great Victory was a pivotal event.”\n"
    )
    doc = parse_text(text)
    assert [q.speaker for q in doc.quotes] == ["Vladimir Putin"]
    assert ("Boris Johnson", "leader") not in [(p.name, p.title) for p in doc.people]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Moderator Ksenia Razuvayeva: Good afternoon, colleagues.",
            "Ksenia Razuvayeva",
            "Moderator",
        ),
        ("Academician Lev Kiselyov said the work had begun.", "Lev Kiselyov", "Academician"),
        ("Only Winston Churchill said so.", "Winston Churchill", None),
    ],
)
def test_ranks_roles_and_sentence_openers_are_no_part_of_a_name(
    text: str, name: str, title: str | None
) -> None:
    people = {p.name: p.title for p in parse_text(f"Title\n\n{text}\n").people}
    assert name in people
    assert people[name] == title


def test_places_works_and_institutions_named_in_capitals_are_not_people() -> None:
    text = (
        "President George Bush met Vladimir Putin at the Prairie Chapel Ranch. They spoke of "
        "the Caspian Pipeline Consortium, the Nenets Autonomous Area and the Magnitsky Act."
    )
    names = [p.name for p in parse_text(text).people]
    assert names == ["George Bush", "Vladimir Putin"]


def test_a_french_rank_in_lower_case_is_still_a_title() -> None:
    people = parse_text(
        "Le colonel Abdoulaye Maïga a déclaré que la transition suivait son cours."
    ).people
    assert [(p.name, p.title) for p in people] == [("Abdoulaye Maïga", "colonel")]
