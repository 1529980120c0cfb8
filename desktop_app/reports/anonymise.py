"""Anonymised reports: each candidate becomes a stable code, and their name, e-mail, phone and
profile link are taken out of every piece of free text as well (notes, evidence, reasons)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping

# Any e-mail address or phone-like run of digits is removed from anonymised text, not only the
# candidates' own: a note often quotes a referee's or an assistant's contact.
# Each pattern starts only where a word does (the look-behinds), so a long run of letters is
# scanned once, not once from each of its letters: a pasted 100,000-character token would
# otherwise take the export minutes.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ().-]{6,}\d")
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
# Parts of a name shorter than this ("de", "da", "Jr") are too common to strip from text.
_SHORTEST_NAME_PART = 3


def candidate_code(position: int) -> str:
    """The code of the candidate added `position`-th (from 1) to a search: C-01, C-02..."""
    return f"C-{position:02d}"


def codes_by_arrival(candidate_ids: Iterable[str]) -> dict[str, str]:
    """Codes in the order people were added, so a person keeps their code in every export."""
    return {cid: candidate_code(n) for n, cid in enumerate(candidate_ids, start=1)}


def _fold(text: str) -> str:
    # Accent-insensitive matching: "Joao" in a note still matches "João".
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Scrubber:
    """Replaces candidates' names in free text with their anonymous labels."""

    def __init__(self, names: Mapping[str, str]) -> None:
        """`names` maps each real full name to the label that replaces it."""
        replacements: dict[str, str] = {}
        for full_name, label in names.items():
            replacements.setdefault(_fold(full_name).casefold(), label)
        for full_name, label in names.items():
            for part in re.split(r"[\s,]+", full_name):
                part = part.strip(".")
                if len(part) >= _SHORTEST_NAME_PART:
                    replacements.setdefault(_fold(part).casefold(), label)
        # Longest first, so a full name is replaced whole before its parts.
        ordered = sorted(replacements, key=len, reverse=True)
        self._labels = replacements
        self._pattern = (
            re.compile(r"\b(" + "|".join(re.escape(p) for p in ordered) + r")\b", re.IGNORECASE)
            if ordered
            else None
        )

    def __call__(self, text: str) -> str:
        if not text:
            return text
        text = _EMAIL.sub("[e-mail]", text)
        text = _URL.sub("[link]", text)
        text = _without_phones(text)
        if self._pattern is None:
            return text
        # Match on the accent-free text but cut from the original, so other accents survive;
        # removing combining marks can shorten the text, so map positions back by character.
        folded, origin = _fold_with_positions(text)
        pieces: list[str] = []
        last = 0
        for match in self._pattern.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            # A combining mark right after the match belongs to its last letter.
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1
            pieces.append(text[last:start])
            # Case-insensitive matching and casefold() can disagree on a rare letter (ß).
            pieces.append(self._labels.get(match.group(0).casefold(), "[name]"))
            last = end
        pieces.append(text[last:])
        return "".join(pieces)


def _without_phones(text: str) -> str:
    # Split on dates (kept, at the odd places) and take phone numbers out of what lies between.
    pieces = _DATE.split(text)
    return "".join(
        piece if odd else _PHONE.sub("[phone]", piece)
        for piece, odd in zip(pieces, itertools.cycle((False, True)))
    )


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """The accent-free text and, for each of its characters, the index in `text` it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch):
            if not unicodedata.combining(part):
                folded.append(part)
                origin.append(index)
    return "".join(folded), origin
