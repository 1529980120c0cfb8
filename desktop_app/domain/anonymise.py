"""Anonymising: each candidate becomes a stable code, and their name, e-mail, phone and profile
link are taken out of every piece of free text as well (notes, evidence, reasons).

Plain Python in the domain layer, so reports (an anonymised export), the store (anonymising a
record for good, store/privacy.py) and the log file (contacts redacted) share one set of rules."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Any e-mail address or phone-like run of digits is removed from anonymised text, not only the
# candidates' own: a note often quotes a referee's or an assistant's contact.
# Each pattern starts only where a word does (the look-behinds), so a long run of letters is
# scanned once, not once from each of its letters: a pasted 100,000-character token would
# otherwise take the export minutes.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A phone number as people write one: a country code (+55, +1), an area code perhaps in
# brackets ((11), (415)), then groups of digits parted by a space, dot or dash; never part of
# a longer number. What it finds is a phone number only if is_phone agrees: "30-60-90", a
# year range or "12.000.000" has the shape but not the digits of one.
_PHONE = re.compile(
    r"(?<![\d+])"
    r"(?:\+\d{1,3}[ .-]?|\d{1,3}[ .-]?(?=\())?"  # +55 11..., +1 415..., 1 (415)...
    r"(?:\(\d{1,4}\)[ .-]?)?"  # (11), (415)
    r"\d{1,15}(?:[ .-]\d{1,15}){0,5}"
    r"(?!\d)"
)
_DIGITS = re.compile(r"\d+")
# Written like a phone number but not one: an amount with dots between its thousands
# ("1.200.000.000"), a span of years ("2019-2023").
_NOT_PHONES = re.compile(r"\d{1,3}(?:\.\d{3})+|(?:19|20)\d\d-(?:19|20)\d\d")
_LOCAL_NUMBER = re.compile(r"\d{3}[ .-]\d{4}")  # a number without its area code, as in the US
PHONE_DIGITS = (7, 15)  # the fewest and most digits of a phone number, country code included
# A web address with a scheme or "www.", or a bare domain with a path ("linkedin.com/in/jdoe"):
# a profile link names its person even when the name itself is not in it. Punctuation right
# after it ends the sentence, not the address, and stays.
_URL = re.compile(
    r"((https?://|www\.)|(?<![\w.-])[\w-]+(\.[\w-]+)*\.[a-z]{2,}/)(\S*[^\s.,;:!?)\]'\"])?",
    re.IGNORECASE,
)
# Dates look like phone numbers to _PHONE ("2026-10-01", "01.10.2026") but say nothing about a
# person, and a note's dates matter to its reader: they are kept. Not right after digits or a
# "+", so the end of a phone number written with dashes is not taken for one.
_DATE = re.compile(
    r"(?<![\d+])(?<![\d+][ ().-])"
    r"((?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d)(?!\d)"
)
# Particles of a name ("da", "van", "Jr") are common words; every other part of a name, however
# short ("Li", "Ng"), is taken out of text as a whole word.
_PARTICLES = frozenset(
    {"da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "e", "el", "la",
     "le", "van", "von", "y", "al", "bin", "jr", "sr", "ii", "iii"}
)  # fmt: skip
# A word of a name or a text: letters and digits ("Anne-Marie O'Brien" is four words), and
# what may stand between the words of one name.
_WORD = re.compile(r"[^\W_]+")
_NAME_GAP = re.compile(r"[\s,.'\-]{1,3}")
# The label for a name that two different people share: neither person's code is right.
AMBIGUOUS = "[name]"


@dataclass(frozen=True)
class Marks:
    """What stands in text where something was taken out. English by default (what the store
    writes for good); a report passes its own language's (reports/words.py)."""

    email: str = "[e-mail]"
    link: str = "[link]"
    phone: str = "[phone]"
    name: str = AMBIGUOUS  # a name two people share, or someone else's on file


MARKS = Marks()


def candidate_code(number: int) -> str:
    """The code of the candidate with this number in a search (the n-th added): C-01, C-02..."""
    return f"C-{number:02d}"


def codes_by_number(numbers: Mapping[str, int]) -> dict[str, str]:
    """Each candidate's code from their permanent number in the search (candidate id ->
    number), so a person keeps their code in every export, whoever is erased meanwhile."""
    return {cid: candidate_code(number) for cid, number in numbers.items()}


class Scrubber:
    """Replaces candidates' names in free text with their anonymous labels.

    Text is read word by word and looked up in a table of names, rather than searched with one
    pattern per name: a database can hold tens of thousands of people, and a lookup costs the
    same however many there are.
    """

    def __init__(
        self,
        people: Iterable[tuple[str, str]],
        *,
        base: Scrubber | None = None,
        parts: bool = True,
        marks: Marks = MARKS,
    ) -> None:
        """`people` holds (full name, label) for each person whose name must go. `base` is a
        scrubber of everyone else on file (labelled "[name]"), built once per report; these
        people's own labels win over it, so a person in two searches gets this one's code.
        Without `parts` only whole names are replaced, not a first or last name alone: for
        changing text for good, where "Mark the step done" must survive a Mark Li. `marks`:
        what stands where a contact, or a name two people share, was."""
        self.marks = marks
        labels: dict[tuple[str, ...], str] = {}

        def add(key: tuple[str, ...], label: str) -> None:
            # A name two of these people share maps to neither of them.
            if key and labels.setdefault(key, label) != label:
                labels[key] = marks.name

        people = [(tuple(_words(_fold(name))), label) for name, label in people]
        for words, label in people:
            add(words, label)
        whole = set(labels)  # a one-word full name ("Cher") outranks a part of another name
        for words, label in people if parts else ():
            for word in words:
                if len(word) > 1 and word not in _PARTICLES and (word,) not in whole:
                    add((word,), label)
        self._labels = {**base._labels, **labels} if base is not None else labels
        self._longest = max((len(key) for key in self._labels), default=0)
        self._ascii: list[list[str]] | None = None

    def __call__(self, text: str) -> str:
        """The text without any e-mail address, web link or phone number, and with these
        people's names replaced by their labels."""
        return self.replace_names(redact_contacts(text, self.marks))

    def could_replace(self, text: str) -> bool:
        """False when `text` surely holds none of these names (each word of a name must be
        somewhere in it): a test costing a fraction of replace_names, for looking through
        every note in a file for a few names."""
        if not text or not self._labels:
            return False
        folded = _ascii_fold(text)
        return any(all(word in folded for word in key) for key in self._ascii_keys())

    def _ascii_keys(self) -> list[list[str]]:
        # A name in another script reduces to nothing, and then always may be in a text.
        if self._ascii is None:
            self._ascii = [[_ascii_fold(word) for word in key] for key in self._labels]
        return self._ascii

    def replace_names(self, text: str) -> str:
        """Only the names replaced: for text about someone else that merely mentions these
        people, whose other contacts (a referee's number) are not theirs to remove."""
        if not text or not self._labels:
            return text
        # Words are found in a folded copy (no accents, case folded, one kind of apostrophe)
        # and cut from the original, so the rest keeps its accents; folding can change the
        # length ("ß" becomes "ss"), so each folded character remembers where it came from.
        folded, origin = _fold_with_positions(text)
        spans = [m.span() for m in _WORD.finditer(folded)]
        words = [folded[a:b] for a, b in spans]
        pieces: list[str] = []
        last = 0
        index = 0
        while index < len(words):
            length = self._match_at(words, spans, folded, index)
            if not length:
                index += 1
                continue
            start = origin[spans[index][0]]
            end = origin[spans[index + length - 1][1] - 1] + 1
            pieces.append(text[last:start])
            pieces.append(self._labels[tuple(words[index : index + length])])
            last = end
            index += length
        pieces.append(text[last:])
        return "".join(pieces)

    def _match_at(
        self, words: list[str], spans: list[tuple[int, int]], folded: str, index: int
    ) -> int:
        """How many words from `index` make the longest known name (0 for none). The words of
        a name must follow one another with only spaces or name punctuation between them."""
        joined = 1
        while (
            joined < self._longest
            and index + joined < len(words)
            and _NAME_GAP.fullmatch(folded[spans[index + joined - 1][1] : spans[index + joined][0]])
        ):
            joined += 1
        for length in range(joined, 0, -1):
            if tuple(words[index : index + length]) in self._labels:
                return length
        return 0


def redact_contacts(text: str, marks: Marks = MARKS) -> str:
    """Every e-mail address, web link and phone number in `text` replaced by a mark; dates
    and other numbers stay."""
    if not text:
        return text
    text = _EMAIL.sub(marks.email, text)
    text = _URL.sub(marks.link, text)
    return _without_phones(text, marks.phone)


def _fold(text: str) -> str:
    return _fold_with_positions(text)[0]


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _without_phones(text: str, mark: str) -> str:
    # Split on dates (kept, at the odd places) and take phone numbers out of what lies between.
    pieces = _DATE.split(text)

    def phone_or_not(match: re.Match[str]) -> str:
        return mark if is_phone(match[0]) else match[0]

    return "".join(
        piece if odd else _PHONE.sub(phone_or_not, piece)
        for piece, odd in zip(pieces, itertools.cycle((False, True)))
    )


def is_phone(text: str) -> bool:
    """Whether `text`, shaped like a phone number, has the digits of one: 7 to 15 of them
    (a country code's included), seven only written as a local number ("555-0100"); with a
    country code that is enough. Without one, an amount
    ("1.200.000.000") or a span of years is not; and short groups ("30-60-90-120", a plan)
    make a phone number only if there are at least ten digits, as with an area code."""
    groups = _DIGITS.findall(text)
    digits = sum(len(group) for group in groups)
    least, most = PHONE_DIGITS
    if not least <= digits <= most:
        return False
    if text.startswith("+"):
        return True
    if _NOT_PHONES.fullmatch(text):
        return False
    if digits == least:
        return _LOCAL_NUMBER.fullmatch(text) is not None  # "555-0100", not "1234567"
    return digits >= 10 or max(len(group) for group in groups) >= 4


def _ascii_fold(text: str) -> str:
    """The letters and digits of `text` that _fold_with_positions folds to ASCII, in order,
    for the whole text at once: a word of a folded name, reduced the same way, is in this
    whenever the name may be in the text. Folding decomposes and case-folds each character in
    turn, so doing it to the whole text gives the same characters, and dropping what is not
    ASCII from both keeps a word inside the text."""
    return unicodedata.normalize("NFKD", text).casefold().encode("ascii", "ignore").decode()


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """The text as names are matched (accent-free, case-folded, a curly apostrophe as a
    straight one), and for each of its characters the index in `text` it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for piece in part.replace("\u2019", "'").casefold():
                folded.append(piece)
                origin.append(index)
    return "".join(folded), origin
