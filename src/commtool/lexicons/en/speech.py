"""English: how speech is reported: speech verbs, reporting cues of statements and their types, and the words around them."""

from commtool.lexicons.en.inflection import past_forms, present_forms, third_persons

SPEECH_PARTICIPLES = (
    "said",
    "stated",
    "added",
    "noted",
    "told",
    "explained",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "underscored",
    "declared",
    "asked",
    "replied",
    "answered",
    "continued",
    "concluded",
    "insisted",
    "remarked",
    "observed",
    "warned",
    "announced",
    "wrote",
    "tweeted",
    "commented",
    "acknowledged",
    "affirmed",
    "argued",
    "recalled",
    "pointed out",
    "reiterated",
    "confirmed",
    "urged",
    "assured",
    "recounted",
    "maintained",
    "suggested",
)

# "…," he said: after a quote the past serves as well as the present.
SPEECH_PRESENT = (
    *SPEECH_PARTICIPLES,
    "says",
    "states",
    "adds",
    "notes",
    "tells",
    "explains",
    "stresses",
    "emphasizes",
    "emphasises",
    "declares",
    "asks",
    "replies",
    "answers",
    "continues",
    "concludes",
    "insists",
    "writes",
    "reads",
)

SPEECH_AUXILIARIES = ("has", "had", "have")

# Sources that are the sentence's subject: "In his opinion, it was still a topical issue".
SELF_SOURCES = (
    "in his view",
    "in her view",
    "in his opinion",
    "in her opinion",
    "as he saw it",
    "as she saw it",
)
# What names the source of what follows (or, closing the sentence, of what came before):
# "According to the Kremlin, …", "…, according to the same source."
ACCORDING_TO = ("according to", *SELF_SOURCES)
SOURCE_PRONOUNS = ("him", "her", "them")
SOURCE_DETERMINERS = ("a", "an", "the", "his", "her", "their", "one", "this")
SAME_SOURCE = ("the same source",)

# A second participle sharing the first one's auxiliary: "a salué X et espéré Y".
STATEMENT_CONJUNCTIONS = ("and",)

CONTRAST = (
    "for his part",
    "for her part",
    "for their part",
    "in turn",
    "in response",
    "in reply",
    "meanwhile",
)

SUBJECT_VERBS = (
    "has",
    "had",
    "have",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "said",
    "says",
    "told",
    "spoke",
    "met",
    "held",
    "made",
    "gave",
    "took",
    "sent",
    "wrote",
    "thanked",
    "welcomed",
    "noted",
    "stressed",
    "also",
    "then",
    "urged",
    "called",
    "expressed",
    "emphasized",
    "emphasised",
    "underscored",
    "reaffirmed",
    "congratulated",
    "informed",
    "briefed",
    "discussed",
    "agreed",
    "added",
)

# Relative pronouns: "son hôte, qui a répondu : « … »".
RELATIVE_PRONOUNS = ("who", "which")

# The verbs that report a statement, by type, as lemmas (not those of a topic with no
# content: "touched on the issues", "summarised the meeting"; comma-separated; "+" where the
# final consonant doubles). Every form is made from them (inflection.py): "reiterated",
# "reiterates" and "reiterating" report as "reiterate" does.
_lemmas = {
    "assessment": "note, stress, underscore, underline, emphasize, emphasise, welcome, reaffirm, "
    "affirm, confirm, say, state, restate, reiterate, highlight, praise, point out, "
    "acknowledge, recall, mention, add, declare, hail, commend, speak positively of, "
    "speak in favour of, speak in favor of, speak in support of, support, endorse, "
    "update, brief, inform, explain, observe, voice, express, deny, remark, comment, "
    "argue, assert, maintain, contend, claim, admit+, concede, allege, report, "
    "indicate, specify, clarify, describe, characterize, characterise, assess, "
    "believe, tell, write, tweet, recount, cite, refer+ to, convey, value, applaud, "
    "salute, laud, compliment, signal, testify, predict, forecast, anticipate, "
    "estimate, remind, notify, conclude, reassert, stress, spell out, elaborate on, "
    "wish, offer, express hope, speculate, suppose, assume, foresee, hope, expect, "
    "reply, retort, recognize, recognise, envision, proclaim, hint, imply, opine, "
    "muse, portray, depict, certify, attest, confide, confess, profess, recollect, "
    "draw attention to, single out, reckon, doubt, infer+, deduce, "
    "express confidence, express optimism, express satisfaction, express support, "
    "voice support, voice hope, express condolences",
    "gratitude": "thank, congratulate, appreciate, express gratitude, express appreciation",
    "commitment": "promise, pledge, commit+, assure, vow, guarantee, undertake, reassure, swear, "
    "express readiness, express willingness",
    "concern": "worry about, fear, dread, express concern, voice concern, raise concern, "
    "raise concerns, express alarm, express regret, express dismay, "
    "express disappointment, warn of",
    "condemnation": "condemn, deplore, regret+, denounce, criticize, criticise, lament, decry, "
    "blame, accuse, rebuke, protest, censure, reprimand, chastise, castigate, slam+, "
    "blast, lambast, lambaste, assail, disapprove of, object to, oppose, reproach, "
    "complain, express indignation, express outrage",
    "agreement": "agree, agree on, agree to, concur+, consent, agree with, settle on, "
    "share the view, share the opinion, subscribe to",
    "call": "call for, call on, call upon, urge, invite, appeal, appeal for, exhort, warn, "
    "insist, request, demand, ask, recommend, advocate, encourage, press for, "
    "push for, caution, advise, implore, plead, plead for, beg+, entreat, lobby for, "
    "campaign for, prompt, warn against, caution against",
    "proposal": "propose, suggest, put+ forward, moot, offer to",
    "announcement": "announce, disclose, reveal, unveil, publicize, publicise, make public, leak, "
    "divulge",
    "denial": "refute, dismiss, rule out, rebut+, dispute, reject, contradict, repudiate, "
    "disavow, disown, rebuff, brush aside, brush off, play down, downplay, scoff at, "
    "refuse, debunk",
}

# Verbs that report only with an object of speech after them ("sent his profound condolences
# to…", "extended congratulations"), and those objects.
_object_lemmas = "send, extend"
OBJECT_CUES = {
    form: "condolences congratulations greetings message messages telegram wishes"
    for form in (*past_forms(_object_lemmas), *present_forms(_object_lemmas))
}
_lemmas["assessment"] += ", " + _object_lemmas

STATEMENT_PARTICIPLES = {kind: " ".join(past_forms(lemmas)) for kind, lemmas in _lemmas.items()}
STATEMENT_PARTICIPLES["concern"] += " is following with deep concern is following with concern"

STATEMENT_FORMS = {kind: " ".join(present_forms(lemmas)) for kind, lemmas in _lemmas.items()}

# Forms that are also nouns ("member states", "thanks to", "compared notes", "his calls
# for"): a cue only right after its subject. The lemmas that are nouns too, in the third
# person.
NOUN_FORMS = third_persons(
    "state, thank, note, support, appeal, promise, pledge, regret, praise, highlight, call, "
    "call for, call on, comment, claim, report, remark, demand, request, protest, wish, "
    "offer, outline, update, guarantee, estimate, forecast, signal, value, compliment, "
    "salute, dispute, vow, brief, voice, tweet, advocate, caution, concern, fear, lament, "
    "blame, rebuke, dismiss, question, invite, review, cite, welcome, "
    "hope, answer, reply, respond, doubt, view, project, plan, charge, task, mandate, "
    "float, detail, honour, honor, plead, direct, leak, discount, decline, rebuff, slam, "
    "blast, dread, reproach, censure, reprimand, consent, regard, volunteer"
)

STATEMENT_AUXILIARIES = ("has", "have", "had", "has also", "have also", "had also")

STATEMENT_ADVERBS = (
    "also",
    "further",
    "again",
    "once again",
    "then",
    "both",
    "strongly",
    "firmly",
    "repeatedly",
    "particularly",
    "specifically",
    "rightly",
    "jointly",
    "separately",
)

IMPERSONAL = (
    "it was noted",
    "it was agreed",
    "it was stressed",
    "it was emphasized",
    "it was emphasised",
    "it was decided",
    "it was underlined",
)

# English simple past and past participle share a form: "Vladimir Putin noted".
PARTICIPLES_STAND_ALONE = True

STATEMENT_TYPE_WORDS = {
    "gratitude": "gratitude appreciation thanks",
    "concern": "concern concerns alarm",
    "condemnation": "condemnation",
    "commitment": "commitment determination resolve",
    "call": "appeal",
}

SECOND_PERSON = ("you",)

AS_WORDS = ("as",)  # "…, as you said, of our Treaty": an aside

SHARED_LEADS = ("as we", "as we have")  # "As we noted during our meeting": both sides

QUESTION_LEADS = (
    "to the question",
    "when asked",
    "asked by a journalist",
    "asked by the journalist",
)

SALUTATIONS = ("dear",)  # with the honorifics: "Dear Mr President,"

PARTICIPLE_ENDINGS = ("ing",)  # "Welcoming the agreement, the President said"
PARTICIPLE_LEADS = ("by",)  # "He concluded by expressing his confidence that …"

# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
# What opens a sentence whose cue reports the sentence before: "This was announced by the
# Kremlin press service", "That is what the minister said".
ANAPHORIC_LEADS = ("this was", "that was", "this is what", "that is what", "this has been")

# What opens a circumstance after a cue that closes its sentence, never what was said:
# "Relations are good, Putin said at a meeting with…", "…, announced the President during…".
CIRCUMSTANCE_PREPOSITIONS = ("at", "during", "after", "following", "in", "before")

COMPLEMENTIZERS = ("that",)

# Auxiliaries of the passive: "to be agreed through diplomatic channels" reports nothing.
# Auxiliaries of the passive, and the copulas that make a participle an adjective
# ("Kenya remains committed to …").
PASSIVE_AUXILIARIES = (
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "remain",
    "remains",
    "remained",
    "seem",
    "seems",
    "seemed",
    "become",
    "becomes",
    "became",
    "stay",
    "stays",
    "stayed",
)
# What opens the author of a work after its title in quotation marks: "“The Unconquered” by X".
AUTHOR_LEADS = ("by",)
# What opens the agent of a passive: "the proposals offered by civil society".
PASSIVE_AGENTS = ("by",)
# Cues of several words, kept whole in STATEMENT_* tables ("pointed out", "called for").
MULTIWORD_CUES = (
    "is following with deep concern",
    "is following with concern",
    *(
        form
        for lemmas in _lemmas.values()
        for form in (*past_forms(lemmas), *present_forms(lemmas))
        if " " in form
    ),
)

# What a statement was made in: "said in a statement that …", "told reporters in an email".
REPORTING_CHANNELS = (
    "statement",
    "statements",
    "email",
    "e-mail",
    "telegram",
    "message",
    "letter",
    "interview",
    "tweet",
    "post",
    "speech",
    "address",
    "remarks",
    "briefing",
    "news conference",
    "press conference",
    "communique",
    "communiqué",
    "readout",
)
# After a verb of asking, what makes it a question: "asked whether", "asked about".
INDIRECT_QUESTIONS = ("whether", "if", "what", "why", "how", "when", "where", "who")
QUESTION_VERBS = ("asked", "asks", "asking", "inquired", "enquired", "wondered")
QUESTION_TOPICS = ("about",)
# A cue and the preposition after it that give the topic of what was said, not what was
# stated: "reported on the economic situation", "commented on the applications".
_topic_lemmas = "report on, comment on, remark on, brief on, update on, reply to"
TOPIC_CUES = (*past_forms(_topic_lemmas), *present_forms(_topic_lemmas))
# Cues that state only with a clause ("observed that …", "assessed the talks as useful"):
# with a noun alone they tell what was watched or weighed ("observed the exercises").
_clause_lemmas = "observe, assess"
CLAUSE_CUES = (*past_forms(_clause_lemmas), *present_forms(_clause_lemmas))
