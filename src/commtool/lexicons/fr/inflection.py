"""French: the forms of a verb that report speech, made from its infinitive.

A cue is a lemma with its inflections, not a list of written forms: "réitérer" reports in
"a réitéré", "réitère", "réitèrent" and "réitérant". The rules are those of French
conjugation: the first group (-er) with its spelling changes ("annonçant", "encourageant",
"réitère", "soulève", "rappelle", "appuie"); the second group (-ir, "garantissant"), written
with a "+" since its infinitive looks like the third group's; the other verbs from the table
of irregular verbs below. A lemma of several words inflects its first one ("faire savoir":
"a fait savoir", "font savoir"); a reflexive lemma keeps its pronoun in the present
("se féliciter": "se félicite", "s'engageant") and its participle agrees ("s'est réjouie",
"se sont accordés").
"""

from __future__ import annotations

import re

# Irregular verbs among the cues: past participle, present (3rd person singular, plural),
# present participle.
IRREGULAR = {
    "dire": ("dit", "dit", "disent", "disant"),
    "redire": ("redit", "redit", "redisent", "redisant"),
    "prédire": ("prédit", "prédit", "prédisent", "prédisant"),
    "faire": ("fait", "fait", "font", "faisant"),
    "mettre": ("mis", "met", "mettent", "mettant"),
    "admettre": ("admis", "admet", "admettent", "admettant"),
    "promettre": ("promis", "promet", "promettent", "promettant"),
    "transmettre": ("transmis", "transmet", "transmettent", "transmettant"),
    "émettre": ("émis", "émet", "émettent", "émettant"),
    "reconnaître": ("reconnu", "reconnaît", "reconnaissent", "reconnaissant"),
    "soutenir": ("soutenu", "soutient", "soutiennent", "soutenant"),
    "maintenir": ("maintenu", "maintient", "maintiennent", "maintenant"),
    "convenir": ("convenu", "convient", "conviennent", "convenant"),
    "prévenir": ("prévenu", "prévient", "préviennent", "prévenant"),
    "conclure": ("conclu", "conclut", "concluent", "concluant"),
    "exclure": ("exclu", "exclut", "excluent", "excluant"),
    "écrire": ("écrit", "écrit", "écrivent", "écrivant"),
    "décrire": ("décrit", "décrit", "décrivent", "décrivant"),
    "répondre": ("répondu", "répond", "répondent", "répondant"),
    "rendre": ("rendu", "rend", "rendent", "rendant"),
    "démentir": ("démenti", "dément", "démentent", "démentant"),
    "poursuivre": ("poursuivi", "poursuit", "poursuivent", "poursuivant"),
    "accueillir": ("accueilli", "accueille", "accueillent", "accueillant"),
    "craindre": ("craint", "craint", "craignent", "craignant"),
    "entendre": ("entendu", "entend", "entendent", "entendant"),
    "satisfaire": ("satisfait", "satisfait", "satisfont", "satisfaisant"),
    "émouvoir": ("ému", "émeut", "émeuvent", "émouvant"),
    "enjoindre": ("enjoint", "enjoint", "enjoignent", "enjoignant"),
    "croire": ("cru", "croit", "croient", "croyant"),
    "prendre": ("pris", "prend", "prennent", "prenant"),
    "soumettre": ("soumis", "soumet", "soumettent", "soumettant"),
    "souscrire": ("souscrit", "souscrit", "souscrivent", "souscrivant"),
    "consentir": ("consenti", "consent", "consentent", "consentant"),
    "contredire": ("contredit", "contredit", "contredisent", "contredisant"),
    "plaindre": ("plaint", "plaint", "plaignent", "plaignant"),
    "connaître": ("connu", "connaît", "connaissent", "connaissant"),
    "battre": ("battu", "bat", "battent", "battant"),
    "prétendre": ("prétendu", "prétend", "prétendent", "prétendant"),
    "inscrire": ("inscrit", "inscrit", "inscrivent", "inscrivant"),
}

_VOWEL = "aeiouyéèêàâîôûëï"
_LAST_E = re.compile(rf"(?<=[^{_VOWEL}])e(?=[^{_VOWEL}]$)")  # "soulev" → "soulèv"
_LAST_ACUTE = re.compile(rf"é(?=[^{_VOWEL}]+$)")  # "réitér" → "réitèr"


def _strong_stem(stem: str) -> str:
    """The stem of the first group before a silent ending: "réitér" → "réitèr", "appel" →
    "appell", "soulev" → "soulèv", "appuy" → "appui"."""
    if stem.endswith("y"):
        return f"{stem[:-1]}i"
    if re.search(rf"[^{_VOWEL}]e[lt]$", stem):
        return stem + stem[-1]
    if _LAST_ACUTE.search(stem):
        return _LAST_ACUTE.sub("è", stem)
    return _LAST_E.sub("è", stem)


def _verb(verb: str) -> tuple[str, str, str, str]:
    """Past participle, present (singular, plural) and present participle of one verb."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("+"):  # the second group: "garantir+"
        stem = verb[:-3]
        return f"{stem}i", f"{stem}it", f"{stem}issent", f"{stem}issant"
    if not verb.endswith("er"):
        raise ValueError(f"{verb!r}: no rule inflects it; give it in IRREGULAR")
    stem = verb[:-2]
    strong = _strong_stem(stem)
    soft = f"{stem[:-1]}ç" if stem.endswith("c") else f"{stem}e" if stem.endswith("g") else stem
    return f"{stem}é", f"{strong}e", f"{strong}ent", f"{soft}ant"


def _agreements(participle: str) -> tuple[str, ...]:
    """A participle in its four forms: "réjoui", "réjouie", "réjouis", "réjouies"."""
    if participle.endswith("s"):
        return participle, f"{participle}e", f"{participle}es"
    return participle, f"{participle}e", f"{participle}s", f"{participle}es"


class Forms:
    """The forms of the lemmas of one type, as the lexicon's tables hold them (strings of
    space-separated forms), and the ones of several words among them."""

    def __init__(self, lemmas: str) -> None:
        self.participles: list[str] = []  # after "a", "ont": "a souligné"
        self.reflexives: list[str] = []  # after "s'est", "se sont": "s'est réjouie"
        self.present: list[str] = []  # "souligne", "se félicitent", "soulignant"
        self.infinitives: list[str] = []  # after "avant de": "avant de déplorer"
        self.plurals: list[str] = []  # the third person plural: "soulignent", "se félicitent"
        for lemma in (" ".join(item.split()) for item in lemmas.split(",")):
            if not lemma:
                continue
            reflexive = lemma.startswith(("se ", "s'"))
            if reflexive:
                lemma = lemma[3:] if lemma.startswith("se ") else lemma[2:]
            first, _, rest = lemma.partition(" ")
            tail = f" {rest}" if rest else ""
            participle, singular, plural, gerund = _verb(first)
            present = [f"{singular}{tail}", f"{plural}{tail}", f"{gerund}{tail}"]
            self.plurals.append(plural)
            infinitive = f"{first.rstrip('+')}{tail}"
            self.infinitives.append(_with_pronoun(infinitive) if reflexive else infinitive)
            if reflexive:
                self.reflexives += [f"{form}{tail}" for form in _agreements(participle)]
                self.present += [_with_pronoun(form) for form in present]
            else:
                self.participles.append(f"{participle}{tail}")
                self.present += present

    def phrases(self) -> list[str]:
        """The forms of several words ("fait savoir", "se félicite"), for MULTIWORD_CUES."""
        every = (*self.participles, *self.reflexives, *self.present, *self.infinitives)
        return [form for form in every if " " in form]


def _with_pronoun(form: str) -> str:
    """ "félicite" → "se félicite"; "engage" → "s'engage"."""
    return f"s'{form}" if form[0] in _VOWEL or form[0] == "h" else f"se {form}"


def joined(*parts: list[str]) -> str:
    """Forms (each of one word or several) as one string of the lexicon's tables, without
    repeats."""
    return " ".join(dict.fromkeys(form for part in parts for form in part))
