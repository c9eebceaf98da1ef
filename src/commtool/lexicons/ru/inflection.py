"""Russian: the forms of a verb that report speech, made from its infinitive.

A cue is a lemma with its inflections, not a list of written forms: "заявить" reports in
"заявил", "заявила", "заявило", "заявили" and "заявив". The rules are those of Russian
grammar for regular verbs (the past from the infinitive's stem plus -л, -ла, -ло, -ли; the
perfective gerund in -в, -вшись; the present of imperfective verbs by conjugation); verbs
they do not fit (infinitives in -ти, -чь) are not inflected and must be written out.
"""

from __future__ import annotations

_HUSHING = tuple("жчшщ")


def _split(lemma: str) -> tuple[str, bool]:
    """The infinitive without its reflexive particle, and whether it had one."""
    if lemma.endswith("ться"):
        return lemma[:-2], True
    return lemma, False


# Verbs in -нуть that lose the suffix in the past: "опровергнуть" → опроверг, опровергла.
IRREGULAR_PAST = {
    "опровергнуть": ("опроверг", "опровергла", "опровергло", "опровергли"),
    "отвергнуть": ("отверг", "отвергла", "отвергло", "отвергли"),
}


def past(lemma: str) -> tuple[str, ...]:
    """The past tense in its four forms: "заявить" → заявил, заявила, заявило, заявили;
    "договориться" → договорился, договорилась, договорилось, договорились."""
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    base, reflexive = _split(lemma)
    if not base.endswith("ть"):
        return ()
    stem = base[:-2]
    if not reflexive:
        return (f"{stem}л", f"{stem}ла", f"{stem}ло", f"{stem}ли")
    return (f"{stem}лся", f"{stem}лась", f"{stem}лось", f"{stem}лись")


def gerund(lemma: str) -> tuple[str, ...]:
    """The perfective gerund: "подчеркнуть" → подчеркнув; "договориться" → договорившись."""
    base, reflexive = _split(lemma)
    if not base.endswith("ть"):
        return ()
    stem = base[:-2]
    return (f"{stem}вшись",) if reflexive else (f"{stem}в",)


def present(lemma: str) -> tuple[str, ...]:
    """The third persons of the present of an imperfective verb, singular and plural:
    "заявлять" → заявляет, заявляют; "говорить" → говорит, говорят; "приветствовать" →
    приветствует, приветствуют; "признавать" → признаёт, признают."""
    base, reflexive = _split(lemma)
    forms: tuple[str, ...]
    if base.endswith("овать") or base.endswith("евать"):
        stem = base[:-5]
        forms = (f"{stem}ует", f"{stem}уют")
    elif base.endswith("авать"):
        stem = base[:-4]
        forms = (f"{stem}ёт", f"{stem}ют", f"{stem}ет")
    elif base.endswith(("ать", "ять")):
        stem = base[:-2]
        forms = (f"{stem}ет", f"{stem}ют")
    elif base.endswith("ить"):
        stem = base[:-3]
        plural = "ат" if stem.endswith(_HUSHING) else "ят"
        forms = (f"{stem}ит", f"{stem}{plural}")
    else:
        return ()
    if reflexive:
        return tuple(f"{form}ся" for form in forms)
    return forms


def past_forms(lemmas: str) -> str:
    """The past forms of every verb in `lemmas` and the gerunds of the perfective ones, one
    string as the lexicon tables hold them. An imperfective verb is written with a star,
    "заявлять*": it has a present (`present_forms`) and no perfective gerund."""
    forms: list[str] = []
    for lemma in lemmas.split():
        verb = lemma.rstrip("*")
        forms += past(verb)
        if verb == lemma:
            forms += gerund(verb)
    return " ".join(dict.fromkeys(forms))


def present_forms(lemmas: str) -> str:
    """The present forms of the imperfective verbs (starred) in `lemmas`."""
    forms = [
        form for lemma in lemmas.split() if lemma.endswith("*") for form in present(lemma[:-1])
    ]
    return " ".join(dict.fromkeys(forms))


_VELAR_HUSHING = tuple("кгхжчшщ")


# Nouns whose stem changes: "посол", "посла" ("после" is "after", not a case of it).
IRREGULAR_NOUNS = {"посол": ("посол", "посла", "послу", "послом")}


def noun_cases(noun: str) -> tuple[str, ...]:
    """The singular of a title or a body in its six cases, by the declension its ending
    shows: "президент" → президента, президенту, президентом, президенте; "председатель" →
    председателя, председателю, председателем; "глава" → главы, главе, главу, главой;
    "администрация" → администрации, администрацию, администрацией; "сообщение" →
    сообщения, сообщению, сообщением, сообщении; "правительство" →
    правительства, правительству, правительством, правительстве. In a compound the last
    word declines ("премьер-министр" → "премьер-министра")."""
    if noun in IRREGULAR_NOUNS:
        return IRREGULAR_NOUNS[noun]
    if noun.isupper():
        return (noun,)  # an abbreviation does not decline: "МИД", "МИДом" is spoken only
    if noun.endswith("ие"):
        stem = noun[:-1]
        return (noun, f"{stem}я", f"{stem}ю", f"{stem}ем", f"{stem}и")
    if noun.endswith("ия"):
        stem = noun[:-1]
        return (noun, f"{stem}и", f"{stem}ю", f"{stem}ей")
    if noun.endswith("о"):
        stem = noun[:-1]
        return (noun, f"{stem}а", f"{stem}у", f"{stem}ом", f"{stem}е")
    if noun.endswith("ь"):
        stem = noun[:-1]
        return (noun, f"{stem}я", f"{stem}ю", f"{stem}ем", f"{stem}ём", f"{stem}е")
    if noun.endswith("а"):
        stem = noun[:-1]
        genitive = f"{stem}и" if stem.endswith(_VELAR_HUSHING) else f"{stem}ы"
        return (noun, genitive, f"{stem}е", f"{stem}у", f"{stem}ой")
    if noun[-1:] in "бвгджзклмнпрстфхцчшщ":
        instrumental = f"{noun}ем" if noun.endswith(("ц", "ж", "ч", "ш", "щ")) else f"{noun}ом"
        return (noun, f"{noun}а", f"{noun}у", instrumental, f"{noun}е")
    return (noun,)


def title_forms(titles: tuple[str, ...]) -> dict[str, str]:
    """Every case of each title (its first word declines: "глава правительства" →
    "главой правительства"), each mapped to the title."""
    forms: dict[str, str] = {}
    for title in titles:
        first, _, rest = title.partition(" ")
        tail = f" {rest}" if rest else ""
        for form in noun_cases(first):
            forms.setdefault(f"{form}{tail}", title)
    return forms


# The endings of an adjective in every case and gender, and the masculine nominative they
# come from: "российского", "российской", "российские" are "российский".
ADJECTIVE_ENDINGS = {
    **dict.fromkeys("ого ому ом ая ой ую ое ым ые ых ыми".split(), "ый"),
    **dict.fromkeys("им ие их ими".split(), "ий"),
}


def adjective_lemma(word: str) -> str:
    """An adjective in the masculine nominative ("российского" → "российский"); any other
    word as it is. After к, г, х, ж, ш, ч, щ the ending is "-ий", else "-ый"."""
    for size in (3, 2):
        ending = word[-size:]
        if len(word) > size + 2 and ending in ADJECTIVE_ENDINGS:
            stem = word[:-size]
            soft = stem[-1:] in "кгхжшчщ"
            return stem + ("ий" if soft else ADJECTIVE_ENDINGS[ending])
    return word
