#!/usr/bin/env python3
"""Merges a file of lexicon additions into a knowledge directory's lexicon.toml.

The additions file is written in the lexicon's own format:

    [synonyms]
    # a comment line above a concept is carried over with it
    withdraw = ["back off", "pulled back"]      # new members of an existing concept
    based = ["based", "headquartered"]          # a new concept, with all its members

    [types]                                     # optional
    place = ["south"]

Members are appended to the concept's array in place, so the lexicon keeps
its layout and comments; new concepts go at the end of `[synonyms]`. A
member the concept already has (after the bot's stemming) is skipped.

Refused (exit 1, nothing written), mirroring the bot's analyzer, which is
stricter than `citebot check`:
  * a word or phrase that another concept already has, after stemming, as
    written or as its stem, or that two concepts of the additions claim;
  * a word listed as a stop word, framing, chatter or off-topic word (as
    written), or a phrase listed there.
Warned about (merged all the same):
  * a word whose stem is that of a stop, framing or chatter word: it turns
    that word's other inflections into terms ("concerns" if "concern" is added);
  * a phrase the bot would match in article.md, since it changes how the article
    itself is read (its words then mean the phrase's concept only);
  * a word the engine reads for the question's kind ("which country", "what
    led to"), which the lexicon should leave alone.

Usage (from the repository root; Python 3.11+, standard library only):

    python3 tools/merge_lexicon.py ADDITIONS.toml KNOWLEDGE_DIR [--dry-run] [--check BINARY]

--dry-run reports without writing; --check runs `BINARY check KNOWLEDGE_DIR`
after writing (e.g. --check target/release/citebot).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

# ---- the bot's word forms (tools/wordforms.py) ----------------------------

from wordforms import stem, words_of  # noqa: E402


def phrase_key(ws: list[str]) -> str:
    return " ".join(stem(w.replace(".", "")) for w in ws)


# Words crates/core/src/engine/kind.rs reads for what a question asks.
KIND_WORDS = set("""
side sides party parties people person guy guys man woman one ones country countries nation nations power powers
figure figures individual individuals group groups camp faction factions actor actors player players thing things
date day days dates year years month months time hour city cities place places town location capital venue reason
reasons motive motives purpose justification rationale grounds excuse explanation cause leader leaders official
officials minister ministers president presidents commander politician politicians number amount prompted caused
triggered led made drove pushed motivated sparked forced
""".split())

# ---- reading ---------------------------------------------------------------


class Lexicon:
    def __init__(self, text: str):
        raw = tomllib.loads(text)
        self.synonyms: dict[str, list[str]] = raw.get("synonyms", {})
        self.owner: dict[str, str] = {}
        self.phrases: set[str] = set()
        for concept, members in self.synonyms.items():
            for m in list(members) + [concept]:
                self.claim(m, concept)
        self.ignored_written: dict[str, str] = {}
        self.ignored_stem: dict[str, str] = {}
        self.ignored_phrase: dict[str, str] = {}
        for field in ("stopwords", "framing", "chatter", "offtopic"):
            for w in raw.get(field, []):
                ws = words_of(w)
                if len(ws) == 1:
                    self.ignored_written.setdefault(ws[0], field)
                    self.ignored_stem.setdefault(stem(ws[0]), field)
                elif ws:
                    self.ignored_phrase.setdefault(phrase_key(ws), field)
        self.stop_written = {w.strip().lower() for w in raw.get("stopwords", [])}
        self.types: dict[str, list[str]] = raw.get("types", {})

    def claim(self, member: str, concept: str) -> None:
        ws = words_of(member)
        if len(ws) == 1:
            self.owner.setdefault(ws[0], concept)
            self.owner.setdefault(stem(ws[0]), concept)
        elif ws:
            self.owner.setdefault(phrase_key(ws), concept)
            self.phrases.add(phrase_key(ws))

    def owners(self, member: str) -> set[str]:
        ws = words_of(member)
        if len(ws) == 1:
            keys = {ws[0], stem(ws[0])}
        else:
            keys = {phrase_key(ws)}
        return {self.owner[k] for k in keys if k in self.owner}


def read_phrases(words: list[str], phrases: set[str]) -> set[str]:
    """The phrases the bot matches reading these words: left to right, longest first."""
    forms = [stem(w.replace(".", "")) for w in words]
    longest = max((k.count(" ") + 1 for k in phrases), default=1)
    found, i = set(), 0
    while i < len(forms):
        for n in range(min(longest, len(forms) - i), 1, -1):
            key = " ".join(forms[i:i + n])
            if key in phrases:
                found.add(key)
                i += n
                break
        else:
            i += 1
    return found


def comments_above(text: str, table: str) -> dict[str, list[str]]:
    """Comment lines written right above each key of a table."""
    out: dict[str, list[str]] = {}
    current, pending = None, []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("["):
            current = s.strip("[] ")
            pending = []
        elif s.startswith("#"):
            pending.append(s)
        elif current == table and (m := re.match(r'"?([\w-]+)"?\s*=', s)):
            if pending:
                out[m.group(1)] = pending
            pending = []
        elif not s:
            pending = []
    return out


# ---- editing ---------------------------------------------------------------


def section_span(text: str, table: str) -> tuple[int, int] | None:
    m = re.search(rf"^\[{re.escape(table)}\][ \t]*$", text, flags=re.M)
    if not m:
        return None
    nxt = re.search(r"^\[[^\]]+\][ \t]*$", text[m.end():], flags=re.M)
    return m.end(), (m.end() + nxt.start()) if nxt else len(text)


def array_close(text: str, open_at: int) -> int:
    """Index of the `]` closing the array whose `[` is at open_at."""
    i, depth = open_at, 0
    while i < len(text):
        c = text[i]
        if c == "#":
            i = text.index("\n", i) if "\n" in text[i:] else len(text)
            continue
        if c == '"':
            i += 1
            while text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "'":
            i = text.index("'", i + 1)
        elif c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unclosed array")


def quoted(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def wrap(items: list[str], indent: str = "  ", width: int = 110) -> str:
    lines, line = [], ""
    for q in map(quoted, items):
        piece = (", " if line else "") + q
        if line and len(indent) + len(line) + len(piece) > width:
            lines.append(line + ",")
            line = q
        else:
            line += piece
    if line:
        lines.append(line)
    return ("\n" + indent).join(lines)


def append_to_array(text: str, span: tuple[int, int], key: str, items: list[str], comments: list[str]) -> str | None:
    start, end = span
    m = re.search(rf'^([ \t]*)"?{re.escape(key)}"?[ \t]*=[ \t]*\[', text[start:end], flags=re.M)
    if not m:
        return None
    open_at = start + m.end() - 1
    close = array_close(text, open_at)
    body = text[open_at + 1:close].rstrip()
    sep = "" if body.endswith(",") or body.endswith("[") or not body.strip() else ","
    new = text[:open_at + 1] + body + sep + ("\n  " if body.strip() else "") + wrap(items) + text[close:]
    line_start = start + m.start()
    if comments:
        new = new[:line_start] + "".join(c + "\n" for c in comments) + new[line_start:]
    return new


def add_concepts(text: str, span: tuple[int, int], concepts: dict[str, list[str]], comments) -> str:
    start, end = span
    body = text[start:end].rstrip("\n")
    block = ["", "", "# Added by tools/merge_lexicon.py."]
    for concept, members in concepts.items():
        block += comments.get(concept, [])
        block.append(f"{concept} = [{wrap(members)}]")
    return text[:start] + body + "\n".join(block) + "\n" + ("\n" if end < len(text) else "") + text[end:].lstrip("\n")


# ---- main ------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Merge lexicon additions into KNOWLEDGE_DIR/lexicon.toml.")
    ap.add_argument("additions")
    ap.add_argument("knowledge")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--check", metavar="BINARY", help="run BINARY check KNOWLEDGE_DIR afterwards")
    args = ap.parse_args(argv)

    lex_path = Path(args.knowledge, "lexicon.toml")
    text = lex_path.read_text(encoding="utf-8")
    add_text = Path(args.additions).read_text(encoding="utf-8")
    lex = Lexicon(text)
    adds = tomllib.loads(add_text)
    article = Path(args.knowledge, "article.md")
    article_words = words_of(article.read_text(encoding="utf-8")) if article.exists() else []

    errors, warnings, skipped = [], [], 0
    new_phrases: dict[str, str] = {}  # phrase key -> where it was added
    claimed: dict[str, tuple[str, str]] = {}  # key -> (concept, member) within the additions
    plan: dict[str, list[str]] = {}
    for concept, members in adds.get("synonyms", {}).items():
        if not isinstance(members, list):
            errors.append(f"{concept}: not an array")
            continue
        out = []
        for raw in members:
            m = raw.strip().lower()
            ws = words_of(m)
            where = f"{concept} += {m!r}"
            if not ws:
                errors.append(f"{where}: empty")
                continue
            owners = lex.owners(m)
            if concept in owners and len(owners) == 1:
                skipped += 1
                continue
            others = owners - {concept}
            if others:
                errors.append(f"{where}: already under {', '.join(sorted(others))}")
                continue
            keys = {ws[0], stem(ws[0])} if len(ws) == 1 else {phrase_key(ws)}
            clash = [claimed[k] for k in keys if k in claimed and claimed[k][0] != concept]
            if clash:
                errors.append(f"{where}: also added to {clash[0][0]} (as {clash[0][1]!r})")
                continue
            if any(k in claimed for k in keys):  # a repeat within the concept
                skipped += 1
                continue
            if len(ws) == 1:
                w = ws[0]
                if m in lex.stop_written or w in lex.ignored_written:
                    errors.append(f"{where}: listed in {lex.ignored_written.get(w, 'stopwords')}")
                    continue
                if stem(w) in lex.ignored_stem:
                    warnings.append(f"{where}: shares its stem with a word of {lex.ignored_stem[stem(w)]}")
                if w in KIND_WORDS:
                    warnings.append(f"{where}: the engine reads this word for the question's kind")
            else:
                key = phrase_key(ws)
                if key in lex.ignored_phrase:
                    errors.append(f"{where}: listed in {lex.ignored_phrase[key]}")
                    continue
                new_phrases[key] = where
                if any(w in KIND_WORDS for w in ws):
                    warnings.append(f"{where}: contains a word the engine reads for the question's kind")
            for k in keys:
                claimed[k] = (concept, m)
            out.append(m)
        if out:
            plan[concept] = out

    # A new phrase that the bot would match in the article changes how the article is read.
    for key in sorted(read_phrases(article_words, set(lex.phrases) | set(lex.ignored_phrase) | set(new_phrases))):
        if key in new_phrases:
            warnings.append(f"{new_phrases[key]}: the bot would match this phrase in article.md")
    new_concepts = {c: ms for c, ms in plan.items() if c not in lex.synonyms}
    for c in new_concepts:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", c):
            errors.append(f"{c}: a new concept needs a bare lower-case name")
    type_adds = adds.get("types", {})
    for ty, concepts in type_adds.items():
        for c in concepts:
            if c not in lex.synonyms and c not in new_concepts:
                errors.append(f"types.{ty}: {c!r} is not a concept")

    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} error(s): nothing written", file=sys.stderr)
        return 1

    comments = comments_above(add_text, "synonyms")
    span = section_span(text, "synonyms")
    if span is None:
        text += "\n[synonyms]\n"
        span = section_span(text, "synonyms")
    for concept, members in plan.items():
        if concept in new_concepts:
            continue
        edited = append_to_array(text, span, concept, members, comments.get(concept, []))
        if edited is None:
            print(f"error: {concept}: its array was not found in the text", file=sys.stderr)
            return 1
        text = edited
        span = section_span(text, "synonyms")
    if new_concepts:
        text = add_concepts(text, span, new_concepts, comments)
    for ty, concepts in type_adds.items():
        tspan = section_span(text, "types")
        have = set(lex.types.get(ty, []))
        items = [c for c in concepts if c not in have]
        if not items:
            continue
        edited = append_to_array(text, tspan, ty, items, []) if tspan else None
        if edited is None:
            print(f"error: types.{ty}: not found in the text", file=sys.stderr)
            return 1
        text = edited

    tomllib.loads(text)  # still valid TOML
    n_members = sum(len(v) for v in plan.values())
    print(f"{n_members} members into {len(plan) - len(new_concepts)} concepts, {len(new_concepts)} new concepts"
          f" ({', '.join(new_concepts) or 'none'}); {skipped} already present; {len(warnings)} warnings")
    if args.dry_run:
        return 0
    lex_path.write_text(text, encoding="utf-8")
    if args.check:
        return subprocess.run([args.check, "check", args.knowledge]).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
