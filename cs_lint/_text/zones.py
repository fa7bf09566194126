"""
Zones: which part of a mail each stretch of text is.

A reply is the agent's own words (greeting, body, sign-off) surrounded by
text the agent did not write for this message: a signature, a legal
disclaimer, the quoted message it answers, a forwarded message. Rules lint
the agent's zones only.

Detection works line by line in one pass and is conservative: a text with
no quote, signature or disclaimer marker is all body (with its greeting
and sign-off lines recognised). Every pattern is anchored at a line start
and bounded, so the whole pass is linear in the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from cs_lint._text.compiled import compile_cached


GREETING = "greeting"
BODY = "body"
SIGN_OFF = "sign-off"
SIGNATURE = "signature"
QUOTE = "quote"
FORWARD = "forward"
DISCLAIMER = "disclaimer"

#: Every zone kind, in the order they usually appear.
ZONE_KINDS = (GREETING, BODY, SIGN_OFF, SIGNATURE, DISCLAIMER, QUOTE, FORWARD)
#: The zones the agent wrote for this message; only these are linted.
AGENT_ZONES = frozenset({GREETING, BODY, SIGN_OFF})
#: Zones holding someone else's words.
QUOTED_ZONES = frozenset({QUOTE, FORWARD})


def _kind(_instance: object, _attribute: object, value: str) -> None:
    if value not in ZONE_KINDS:
        msg = f"unknown zone kind {value!r}; use one of {list(ZONE_KINDS)}"
        raise ValueError(msg)


@attrs.frozen
class Zone:
    """
    A part of a mail: ``text[start:end]`` is of *kind* (``greeting``,
    ``body``, ``sign-off``, ``signature``, ``disclaimer``, ``quote`` or
    ``forward``).
    """

    kind: str = attrs.field(validator=_kind)
    start: int
    end: int

    def to_dict(self) -> dict[str, str | int]:
        """
        Return ``{"kind": ..., "start": ..., "end": ...}``.
        """
        return {"kind": self.kind, "start": self.start, "end": self.end}


# --- markers ------------------------------------------------------------------
# Lines longer than this are never markers; it keeps every check bounded.
_MARKER_MAX = 300

_ATTRIBUTION_OPENER = compile_cached(
    r"(?:On|Am|Le|El|Em|Op|Il|Den|W\sdniu)\s", regex.IGNORECASE
)
_ATTRIBUTION = compile_cached(
    r"(?:On|Am|Le|El|Em|Op|Il|Den|W\sdniu)\s.{3,400}?"
    r"(?:wrote|writes|schrieb|a\s[ée]crit|escribi[óo]|escreveu|schreef"
    r"|ha\sscritto|scrisse|skrev|napisa[łl]\(a\)|napisa[łl])\s?:",
    regex.IGNORECASE,
)
# "Sam Lee <sam@example.com> wrote:" without a date: only before > lines.
_SHORT_ATTRIBUTION = compile_cached(
    r".{1,160}?\s(?:wrote|writes|schrieb|a\s[ée]crit|escribi[óo]):"
    r"|Quoting\s.{1,160}:"
    r"|\*\s.{1,160}\[[^\]]{4,40}\]:",
    regex.IGNORECASE,
)
_ORIGINAL = compile_cached(
    r"-{2,}\s*(?:Original\s+Message|Ursprüngliche\s+Nachricht"
    r"|Message\s+d'origine|Mensaje\s+original|Messaggio\s+originale"
    r"|Oorspronkelijk\s+bericht|Reply\s+message)\s*-{2,}",
    regex.IGNORECASE,
)
_FORWARDED = compile_cached(
    r"-{2,}\s*(?:Forwarded\s+message|Forwarded\s+Message|Weitergeleitete\s+Nachricht"
    r"|Message\s+transf[ée]r[ée]|Mensaje\s+reenviado)\s*-{2,}"
    r"|Begin\s+forwarded\s+message\s*:"
    r"|Anfang\s+der\s+weitergeleiteten\s+Nachricht\s*:",
    regex.IGNORECASE,
)
_UNDERSCORES = compile_cached(r"_{10,}")
_HEADER_FIELD = compile_cached(
    r"\*?(From|Von|De|Van|Da|Sent|Date|Datum|Gesendet|Envoy[ée]|Enviado"
    r"|Verzonden|Inviato|To|An|[ÀA]|Para|Aan|A|Cc|Kopie|Bcc|Subject|Betreff"
    r"|Objet|Asunto|Onderwerp|Oggetto|Assunto|Reply-To)\*?\s?:\*?(?:\s|$)",
    regex.IGNORECASE,
)
_FROM_FIELDS = frozenset({"from", "von", "de", "van", "da"})
_SUBJECT_FIELDS = frozenset(
    {"subject", "betreff", "objet", "asunto", "onderwerp", "oggetto", "assunto"}
)
_FORWARD_SUBJECT = compile_cached(
    r"\s*(?:FW|FWD|WG|TR|RV|I|Doorst)\s?:", regex.IGNORECASE
)
_SIG_DELIMITERS = frozenset({"-- ", "--"})
_MOBILE = compile_cached(
    r"(?:Sent\s+(?:from|via|with|using)|Envoy[ée]\s+de|Von\s+meinem|Enviado\s+desde)"
    r"\s.{2,60}"
    r"|Get\s+Outlook\s+for\s+(?:iOS|Android|Mac|Windows)\S*",
    regex.IGNORECASE,
)
_MOBILE_WORDS = compile_cached(
    r"\b(?:iphone|ipad|android|galaxy|samsung|pixel|mobile|phone|outlook|yahoo"
    r"|mail|blackberry|device|tablet|handy|proton)\b",
    regex.IGNORECASE,
)
_DISCLAIMER = compile_cached(
    r"(?:confidentiality\s+notice|confidential(?:ity)?\s*:|disclaimer\s*:"
    r"|legal\s+(?:notice|disclaimer)|important\s+notice\s*:|privileged\s+(?:and|&)\s+confidential"
    r"|this\s+(?:e-?mail|message|communication|transmission)\b.{0,80}?"
    r"\b(?:is|are|may\s+be|contains?)\s+(?:strictly\s+)?(?:confidential|privileged"
    r"|intended\s+(?:solely\s+|only\s+)?for)"
    r"|the\s+(?:information|contents?)\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message|communication)"
    r"|if\s+you\s+(?:are\s+not\s+the\s+intended\s+recipient|have\s+received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error)"
    r"|please\s+consider\s+the\s+environment"
    # No-reply notices under a signature.
    r"|this\s+(?:mailbox|inbox|(?:e-?mail\s+)?address)\s+is\s+(?:not|un)\s*monitored"
    r"|(?:please\s+)?do\s+not\s+reply\s+(?:to\s+this\s+(?:e-?mail|message|address|mailbox)|directly)"
    r"|this\s+is\s+an\s+(?:automated|automatic|unmonitored)\s+(?:message|e-?mail|mailbox|address))",
    regex.IGNORECASE,
)
_SEPARATOR = compile_cached(r"[-_=*~\u2014\u2013]{3,}")
_GREETING = compile_cached(
    r"(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)"
    r"|hallo|bonjour|hola)"
    r"(?:,?[ \t]+[\p{L}\p{M}.'\u2019-]+)?(?:[ \t]+[\p{L}\p{M}.'\u2019-]+){0,3}"
    r"[ \t]*(?:[,!:]|\.(?=[ \t]*$)|(?=[ \t]*\r?$))",
    regex.IGNORECASE,
)
_SIGN_OFF = compile_cached(
    r"(?:best|best\s+regards|best\s+wishes|kind\s+regards|kindest\s+regards"
    r"|warm\s+regards|warmest\s+regards|warm\s+wishes|regards|many\s+thanks"
    r"|thanks|thank\s+you|thanks\s+again|thank\s+you\s+again|thanks\s+so\s+much"
    r"|thank\s+you\s+so\s+much|thanks\s+(?:and|&)\s+regards|with\s+thanks|cheers"
    r"|sincerely|yours\s+sincerely|sincerely\s+yours|yours\s+truly|yours\s+faithfully"
    r"|faithfully|all\s+the\s+best|take\s+care|talk\s+soon|speak\s+soon|respectfully"
    r"|warmly|best\s+wishes|have\s+a\s+(?:great|good|nice|lovely)\s+(?:day|week|weekend)"
    r"|br|mfg|viele\s+grüße|cordialement)"
    r"[ \t]*[,.!\u2014\u2013-]*"
    r"(?-i:[ \t]*\p{Lu}[\p{L}\p{M}.'\u2019-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'\u2019-]*){0,2})?"
    r"[ \t]*",
    regex.IGNORECASE,
)
_PS = compile_cached(r"p\.?\s?(?:p\.?\s?)?s\b\.?", regex.IGNORECASE)
_SENTENCE_END = compile_cached(r"[.!?]\s*$")

# First characters of the lines the markers above can match: a cheap
# filter before any pattern runs.
_TO_END_FIRST = frozenset("-_*BbAaFfVvDd")
_ATTRIBUTION_FIRST = frozenset("OoAaLlEeIiDdWw")
# The same for the case-blind patterns, read on the first character
# lowercased: the first letters of their alternatives, and the long s,
# which the regex module matches as "s" ignoring case (checked against
# every code point when these were written).
_MOBILE_FIRST = frozenset("sevg\u017f")
_SIGN_OFF_FIRST = frozenset("bkwrmtcsyfahv\u017f")
_GREETING_FIRST = frozenset("hdgb")

# A name block after a sign-off: at most this many non-blank short lines.
_NAME_BLOCK_LINES = 8
_NAME_LINE_MAX = 80


def quote_depth(line: str) -> tuple[int, str]:
    """
    Return how many ``>`` markers open *line* and the line without them.

    ``"> > hi"`` and ``">>hi"`` are both depth 2.
    """
    depth = 0
    i = 0
    n = len(line)
    while i < n and line[i] in " \t":
        i += 1
    while i < n and line[i] == ">":
        depth += 1
        i += 1
        while i < n and line[i] in " \t" and i + 1 < n and line[i + 1] == ">":
            i += 1
    if depth and i < n and line[i] == " ":
        i += 1
    return depth, line[i:] if depth else line


def attribution_lines(stripped: Sequence[str], i: int) -> int:
    """
    Return how many lines from *i* (1 to 3) form an "On <date>, <name>
    wrote:" attribution, or 0. Clients wrap long attributions.
    """
    first = stripped[i]
    if (
        first[:1] not in _ATTRIBUTION_FIRST
        or len(first) > _MARKER_MAX
        or not _ATTRIBUTION_OPENER.match(first)
    ):
        return 0
    joined = first
    for k in range(3):
        if k:
            if i + k >= len(stripped) or not stripped[i + k]:
                return 0
            joined += " " + stripped[i + k]
            if len(joined) > _MARKER_MAX * 2:
                return 0
        if _ATTRIBUTION.fullmatch(joined):
            return k + 1
    return 0


def _header_block(stripped: Sequence[str], i: int) -> tuple[int, bool]:
    """
    Return (lines, is_forward) for an Outlook "From: / Sent: / To: /
    Subject:" block starting at *i*, or (0, False).
    """
    m = _HEADER_FIELD.match(stripped[i])
    if m is None or m.group(1).lower() not in _FROM_FIELDS:
        return 0, False
    fields = {m.group(1).lower()}
    forward = False
    j = i + 1
    while j < len(stripped) and j <= i + 8:
        line = stripped[j]
        if not line or len(line) > _MARKER_MAX * 2:
            break
        f = _HEADER_FIELD.match(line)
        if f is None:
            break
        name = f.group(1).lower()
        if name in _SUBJECT_FIELDS:
            forward = bool(_FORWARD_SUBJECT.match(line, f.end()))
        fields.add(name)
        j += 1
    if len(fields) >= 3:
        return j - i, forward
    return 0, False


def _is_disclaimer(line: str) -> bool:
    return len(line) <= 2000 and _DISCLAIMER.match(line) is not None


def _is_mobile(line: str) -> bool:
    return (
        len(line) <= 80
        and line[:1].lower() in _MOBILE_FIRST
        and _MOBILE.fullmatch(line) is not None
        and _MOBILE_WORDS.search(line) is not None
    )


def _is_separator(line: str) -> bool:
    return len(line) <= _MARKER_MAX and _SEPARATOR.fullmatch(line) is not None


def _to_end_marker(stripped: Sequence[str], i: int) -> tuple[str, int] | None:
    """
    Return (kind, first line) when line *i* starts a quoted or forwarded
    message that runs to the end of the text.
    """
    line = stripped[i]
    if len(line) > _MARKER_MAX or line[:1] not in _TO_END_FIRST:
        return None
    if _ORIGINAL.fullmatch(line):
        return QUOTE, i
    if _FORWARDED.fullmatch(line):
        return FORWARD, i
    if _UNDERSCORES.fullmatch(line):
        j = i + 1
        while j < len(stripped) and j <= i + 2 and not stripped[j]:
            j += 1
        if j < len(stripped):
            size, forward = _header_block(stripped, j)
            if size:
                return (FORWARD if forward else QUOTE), i
        return None
    size, forward = _header_block(stripped, i)
    if size:
        return (FORWARD if forward else QUOTE), i
    return None


def classify_quote(text: str) -> str:
    """
    Return ``forward`` when quoted *text* opens with a forwarded-message
    marker or an Outlook header block whose subject is ``FW:``, else
    ``quote``.
    """
    lines = [
        quote_depth(line.strip())[1].strip()
        for line in text[:4000].split("\n", 16)[:16]
    ]
    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line) <= _MARKER_MAX and _FORWARDED.fullmatch(line):
            return FORWARD
        marker = _to_end_marker(lines, i)
        if marker is not None:
            return marker[0]
        if not attribution_lines(lines, i) and not _HEADER_FIELD.match(line):
            return QUOTE
    return QUOTE


def _name_block(stripped: Sequence[str], start: int, end: int) -> int | None:
    """
    Return where a signature name block that starts at *start* ends (a
    P.S. line or *end*), or None when the lines do not look like one.
    """
    count = 0
    for j in range(start, end):
        line = stripped[j]
        if not line:
            continue
        if _PS.match(line):
            return j
        count += 1
        words = line.split()
        if (
            count > _NAME_BLOCK_LINES
            or len(line) > _NAME_LINE_MAX
            or line.endswith("?")
            or (len(words) >= 4 and _SENTENCE_END.search(line))
            or (count == 1 and not _looks_like_name(words))
        ):
            return None
    return end


def _looks_like_name(words: Sequence[str]) -> bool:
    """
    Whether a line reads as a name ("Jordan", "The Acme Team", "Jordan
    from Acme"): at most five words, at least half capitalised.
    """
    capitalised = sum(1 for w in words if not w[0].isalpha() or w[0].isupper())
    return len(words) <= 5 and capitalised * 2 >= len(words)


def detect_zones(text: str, hints: Sequence[Zone] = ()) -> tuple[Zone, ...]:
    """
    Split *text* into zones that tile it, in order.

    *hints* are zones already known from the mail's structure (an HTML
    ``blockquote`` or signature container): every line that starts inside
    a hint takes its kind. An empty text has no zones.
    """
    if not text:
        return ()
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    n = len(starts)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    stripped = [text[starts[i] : ends[i]].strip() for i in range(n)]
    kinds: list[str | None] = [None] * n

    # Hints from the mail's structure win.
    if hints:
        ordered = sorted(hints, key=lambda z: z.start)
        h = 0
        for i in range(n):
            while h < len(ordered) and ordered[h].end <= starts[i]:
                h += 1
            if h < len(ordered) and ordered[h].start <= starts[i] < ordered[h].end:
                kinds[i] = ordered[h].kind

    # Quoted lines, attributions, and the first marker of a message that
    # runs to the end (Outlook headers, "Original Message", forwards).
    tail = n
    tail_kind = QUOTE
    i = 0
    while i < n:
        line = stripped[i]
        if kinds[i] is not None or not line:
            i += 1
            continue
        if line[0] == ">":
            kinds[i] = QUOTE
            i += 1
            continue
        size = attribution_lines(stripped, i)
        short = int(
            not size
            and len(line) <= _MARKER_MAX
            and line.endswith(":")
            and _SHORT_ATTRIBUTION.fullmatch(line) is not None
        )
        if size or short:
            j = i + (size or short)
            while j < n and not stripped[j] and j < i + (size or short) + 3:
                j += 1
            if j < n and stripped[j][:1] == ">":
                for k in range(i, j):
                    kinds[k] = QUOTE
                i = j
                continue
            if size:
                tail, tail_kind = i, QUOTE
                break
            i += 1
            continue
        marker = _to_end_marker(stripped, i)
        if marker is not None:
            tail_kind, tail = marker
            break
        i += 1
    for k in range(tail, n):
        kinds[k] = tail_kind

    # Signature delimiters, disclaimers and mobile footers run to the next
    # quoted line.
    i = 0
    seen_text = False
    while i < tail:
        line = stripped[i]
        if kinds[i] is not None or not line:
            seen_text = seen_text or kinds[i] is not None
            i += 1
            continue
        raw = text[starts[i] : ends[i]].rstrip("\r")
        zone = None
        if raw in _SIG_DELIMITERS:
            zone = SIGNATURE
        elif (
            seen_text
            and (i == 0 or not stripped[i - 1] or _is_separator(stripped[i - 1]))
            and _is_disclaimer(line)
        ):
            zone = DISCLAIMER
            if i > 0 and _is_separator(stripped[i - 1]) and kinds[i - 1] is None:
                kinds[i - 1] = DISCLAIMER
        elif _is_mobile(line):
            j = i + 1
            while j < tail and not stripped[j] and kinds[j] is None:
                j += 1
            if j == tail or kinds[j] is not None:
                zone = SIGNATURE
        seen_text = True
        if zone is None:
            i += 1
            continue
        while i < tail and kinds[i] is None:
            kinds[i] = zone
            i += 1

    # A sign-off and its name block may end each stretch of agent lines.
    i = 0
    while i < n:
        if kinds[i] is not None:
            i += 1
            continue
        j = i
        while j < n and kinds[j] is None:
            j += 1
        _agent_run(stripped, kinds, i, j)
        i = j

    return _to_zones(text, starts, ends, stripped, kinds)


def _agent_run(
    stripped: Sequence[str], kinds: list[str | None], start: int, end: int
) -> None:
    """
    Mark the sign-off line and the name block after it in one agent run.
    """
    for i in range(end - 1, start - 1, -1):
        line = stripped[i]
        if (
            not line
            or len(line) > 60
            or line[0].lower() not in _SIGN_OFF_FIRST
            or not _SIGN_OFF.fullmatch(line)
        ):
            continue
        stop = _name_block(stripped, i + 1, end)
        if stop is None:
            return
        kinds[i] = SIGN_OFF
        for k in range(i + 1, stop):
            if stripped[k] or k + 1 < stop:
                kinds[k] = SIGNATURE
        return


def _to_zones(
    text: str,
    starts: list[int],
    ends: list[int],
    stripped: list[str],
    kinds: list[str | None],
) -> tuple[Zone, ...]:
    n = len(starts)
    # Unmarked lines are body; blank ones join the zone above them (the
    # zone below, at the very top).
    line_kinds: list[str] = []
    last = ""
    for i in range(n):
        kind = kinds[i]
        if kind is None:
            kind = BODY if stripped[i] else last
        line_kinds.append(kind)
        last = kind or last
    first = next((k for k in line_kinds if k), BODY)
    line_kinds = [k or first for k in line_kinds]

    # The greeting opens the first agent line, if that line opens with one.
    greeting: tuple[int, int] | None = None
    for i in range(n):
        if stripped[i] and line_kinds[i] in AGENT_ZONES:
            if kinds[i] is None:
                raw = text[starts[i] : ends[i]]
                at = len(raw) - len(raw.lstrip())
                m = (
                    _GREETING.match(raw, at)
                    if raw[at : at + 1].lower() in _GREETING_FIRST
                    else None
                )
                if m is not None:
                    greeting = (i, starts[i] + m.end())
            break

    marks: list[tuple[str, int]] = []
    for i in range(n):
        if greeting is not None and i == greeting[0]:
            marks.append((GREETING, starts[i]))
            if text[greeting[1] : ends[i]].strip():
                marks.append((BODY, greeting[1]))
            continue
        marks.append((line_kinds[i], starts[i]))
    zones: list[Zone] = []
    cur_kind, cur_start = marks[0]
    for kind, start in marks[1:]:
        if kind != cur_kind:
            zones.append(Zone(cur_kind, cur_start, start))
            cur_kind, cur_start = kind, start
    zones.append(Zone(cur_kind, cur_start, len(text)))
    return tuple(z for z in zones if z.end > z.start)


def zone_at(zones: Sequence[Zone], starts: Sequence[int], offset: int) -> str:
    """
    Return the kind of the zone holding *offset* (``body`` if none does).
    """
    if not zones:
        return BODY
    i = bisect.bisect_right(starts, offset) - 1
    return zones[max(i, 0)].kind


def _boundary(stripped: Sequence[str], i: int) -> int:
    """
    Return how many lines from *i* introduce a quoted message (an
    attribution, a separator, an Outlook header block), or 0.
    """
    size = attribution_lines(stripped, i) or _header_block(stripped, i)[0]
    if size:
        return size
    line = stripped[i]
    if len(line) <= _MARKER_MAX and (
        _ORIGINAL.fullmatch(line)
        or _FORWARDED.fullmatch(line)
        or _UNDERSCORES.fullmatch(line)
    ):
        return 1
    return 0


def quoted_message(text: str, zones: Sequence[Zone]) -> str | None:
    """
    Return the most recent quoted message in *text*, markers stripped.

    Only the first level of quoting counts (``>`` lines, not ``>>``);
    attribution and Outlook header lines are dropped; in a quote that runs
    to the end of the text, reading stops where an older message starts.
    Forwarded messages are not the customer's reply and are skipped.
    Returns None when nothing is quoted.
    """
    out: list[str] = []
    for z in zones:
        if z.kind != QUOTE:
            continue
        lines = [
            quote_depth(line.strip()) for line in text[z.start : z.end].split("\n")
        ]
        stripped = [rest.strip() for _, rest in lines]
        content = False
        i = 0
        while i < len(lines):
            depth = lines[i][0]
            line = stripped[i]
            if depth >= 2:
                i += 1
                continue
            if not line:
                if content:
                    out.append("")
                i += 1
                continue
            skip = _boundary(stripped, i)
            if skip:
                if content and depth == 0:
                    break  # an older message starts
                if not content and _FORWARDED.fullmatch(line):
                    break  # a forward is not the customer's reply
                i += skip
                continue
            if not content and depth == 0 and _HEADER_FIELD.match(line):
                i += 1
                continue
            content = True
            out.append(line)
            i += 1
        out.append("")
    message = regex.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
    return message or None
