"""The bot's own word forms, for the curation tools: a port of
crates/core/src/text/tokens.rs (normalise_word) and crates/core/src/text/stem.rs,
so that "already in the lexicon" means to a tool what it means to the bot.
Keep it in step with those files."""

from __future__ import annotations

import re
import unicodedata


def normalise(word: str) -> str:
    out = []
    for c in word:
        if c.isascii():
            out.append(c.lower())
        elif c == "ı":
            out.append("i")
        elif c == "ß":
            out.append("ss")
        elif c in "æÆ":
            out.append("ae")
        elif c in "øØ":
            out.append("o")
        else:
            for d in unicodedata.normalize("NFD", c):
                if not ("\u0300" <= d <= "\u036f"):
                    out.append(d.lower())
    return "".join(out)


def words_of(text: str) -> list[str]:
    """The bot's tokens of a text, roughly: lower case, no diacritics, a
    possessive 's dropped, hyphens and other punctuation splitting."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    out = []
    for raw in re.findall(r"[^\W_]+(?:['.][^\W_]+)*", text):
        w = normalise(raw)
        if w.endswith("'s"):
            w = w[:-2]
        w = w.replace("'", "")
        if w:
            out.append(w)
    return out


def _has_vowel(s: str) -> bool:
    return any(c in "aeiouy" for c in s)


def _undouble(base: str) -> str:
    n = len(base)
    if n >= 4 and base[-1] == base[-2] and base[-1] not in "szfle":
        return base[:-1]
    if n >= 5 and base.endswith("ll"):
        return base[:-1]
    return base


def stem(w: str) -> str:
    if len(w.encode()) <= 3 or not w.isascii() or any(c.isdigit() or c == "." for c in w):
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)", w)
        return m.group(1) if m else w
    if w.endswith("ies") and len(w) - 3 >= 2:
        return w[:-3] + "y"
    if w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ing") and len(w) - 3 >= 3 and _has_vowel(w[:-3]):
        return _undouble(w[:-3])
    if w.endswith("ed") and len(w) - 2 >= 3 and _has_vowel(w[:-2]):
        return _undouble(w[:-2])
    if w.endswith("es") and w[:-2].endswith(("sh", "ch", "x", "ss")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w
