"""
Word classes: closed lists of English words that the document, the
context readers and the rules look up (who a clause is about, what negates
it, which participles describe what happens to a customer). One place, so
every rule and pack reads the same class.

All words are lowercase, with straight apostrophes.
"""

from __future__ import annotations


#: Clause openers that make the clause a condition.
CONDITIONAL = frozenset(
    {"if", "unless", "when", "whenever", "once", "until", "in case", "as soon as"}
)

#: Words skipped when finding who a clause is about ("so", "just", "please").
FILLERS = frozenset(
    {
        "and",
        "but",
        "so",
        "also",
        "then",
        "well",
        "unfortunately",
        "however",
        "please",
        "just",
        "now",
        "ok",
        "okay",
        "oh",
        "yes",
        "no",
        "hi",
        "hey",
        "hello",
        "sure",
        "alright",
        "actually",
        "honestly",
        "again",
        "still",
        "really",
        "certainly",
        "of",
        "course",
        "meanwhile",
        "sadly",
        "thankfully",
        "luckily",
        "right",
        "kindly",
        "first",
        "next",
        "finally",
        "obviously",
        "clearly",
        "evidently",
        "naturally",
        "surely",
        "basically",
        "frankly",
        "personally",
        "definitely",
        "absolutely",
        "rest",
        "assured",
    }
)

#: First-person words: a clause starting with one is about the agent.
AGENT_WORDS = frozenset(
    {
        "i",
        "we",
        "i'm",
        "we're",
        "i've",
        "we've",
        "i'll",
        "we'll",
        "i'd",
        "we'd",
        "my",
        "our",
        "us",
        "let's",
        "im",
        "ive",
        "ill",
    }
)

#: Second-person words: a clause starting with one is about the customer.
CUSTOMER_WORDS = frozenset(
    {"you", "you're", "you've", "you'll", "you'd", "your", "yours", "u", "ur"}
)

#: Verbs a support reply tells the customer to do, in the base form.
IMPERATIVES = frozenset(
    {
        "try",
        "click",
        "tap",
        "restart",
        "reboot",
        "check",
        "go",
        "open",
        "select",
        "send",
        "reply",
        "dm",
        "update",
        "reinstall",
        "install",
        "clear",
        "make",
        "follow",
        "visit",
        "call",
        "contact",
        "log",
        "sign",
        "enter",
        "use",
        "keep",
        "see",
        "read",
        "head",
        "give",
        "take",
        "remove",
        "delete",
        "reset",
        "turn",
        "switch",
        "unplug",
        "plug",
        "wait",
        "let",
        "drop",
        "shoot",
        "message",
        "email",
        "pop",
        "reach",
        "feel",
        "confirm",
        "share",
        "provide",
        "attach",
        "double-check",
        "scroll",
        "choose",
        "hold",
        "press",
        "download",
        "refresh",
        "look",
        "find",
        "ask",
        "note",
        "be",
        "do",
        "don't",
        "ensure",
        "verify",
    }
)

#: Words that negate what follows them in a clause.
NEGATORS = frozenset(
    {
        "not",
        "never",
        "no",
        "cannot",
        "can't",
        "won't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "couldn't",
        "wouldn't",
        "shouldn't",
        "haven't",
        "hasn't",
        "hadn't",
        "unable",
        "without",
        "nor",
        "neither",
        "hardly",
        "nothing",
        "none",
        "nobody",
        "mustn't",
        "needn't",
        "ain't",
        "cant",
        "wont",
        "dont",
        "didnt",
        "isnt",
    }
)

#: Past participles that describe something that happens *to* the customer
#: ("you should have received"), not something they did wrong.
NEUTRAL_PARTICIPLES = frozenset(
    {
        "received",
        "gotten",
        "got",
        "been",
        "heard",
        "seen",
        "had",
        "arrived",
        "come",
        "become",
        "receive",
        "get",
    }
)

#: Irregular (and -ed-less) past participles.
IRREGULAR_PARTICIPLES = frozenset(
    {
        "read",
        "known",
        "done",
        "taken",
        "given",
        "written",
        "sent",
        "kept",
        "made",
        "told",
        "paid",
        "bought",
        "thought",
        "brought",
        "put",
        "set",
        "left",
        "shown",
        "spoken",
        "chosen",
        "understood",
        "found",
        "gone",
        "seen",
        "got",
        "gotten",
        "heard",
        "had",
        "been",
        "come",
        "become",
        "let",
        "run",
        "hit",
        "cut",
        "shut",
        "said",
        "forgotten",
        "lost",
        "spent",
        "meant",
        "held",
        "stuck",
        "won",
        "begun",
        "drawn",
        "torn",
        "worn",
        "thrown",
        "blown",
        "grown",
        "undone",
        "redone",
        "withdrawn",
        "overridden",
        "rewritten",
        "forgiven",
        "broken",
        "frozen",
        "unfrozen",
        "stolen",
        "sold",
        "resold",
        "built",
        "rebuilt",
        "dealt",
        "caught",
        "hidden",
        "fallen",
        "mistaken",
        "split",
        "reset",
        "upheld",
    }
)


def is_participle(word: str) -> bool:
    """
    Return whether *word* looks like a past participle ("checked", "read").
    """
    w = word.lower()
    if w in IRREGULAR_PARTICIPLES:
        return True
    # "need", "proceed", "indeed" end in -ed without being participles.
    return len(w) > 3 and w.endswith("ed") and (not w.endswith("eed") or w == "agreed")
