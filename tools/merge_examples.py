#!/usr/bin/env python3
"""Appends example questions to the curated entries of a knowledge directory.

The additions file maps entry ids to new example questions:

    [additions]
    "ceasefire-date" = ["when is the truce meant to start", "..."]
    "sirte-takeover" = ["who captured sirte on monday"]

Each question is appended, in order, at the end of its entry's `questions`
array in KNOWLEDGE_DIR/entries/*.toml. Nothing else in the files changes:
comments, layout and the other fields stay as they are; in a multi-line
array each new question gets a line of its own, indented like the others.

Refused (exit 1, nothing written):
  * an id that no entry has, or that two entries have;
  * an empty question, or one longer than the bot's limit (200 characters);
  * a question that another entry already has, or that the additions give
    to two entries (compared loosely: case, punctuation and spacing aside);
  * an entry that would end up with more than 50 questions (the bot's
    limit), unless --truncate is given, which keeps the first ones that fit
    and reports what it left out.
Skipped with a note: a question the entry already has, or one listed twice.

Usage (from the repository root; Python 3.11+, standard library only):

    python3 tools/merge_examples.py ADDITIONS.toml KNOWLEDGE_DIR [--dry-run] [--truncate] [--check BINARY]

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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# The bot's limits (src/knowledge/entry.rs, `limits`).
MAX_QUESTIONS = 50
MAX_QUESTION_CHARS = 200


def loose(question: str) -> str:
    """A question's comparison key: case, diacritics, punctuation and spacing aside."""
    q = question.replace("\u2019", "'").replace("\u2018", "'")
    q = "".join(c for c in unicodedata.normalize("NFKD", q) if not unicodedata.combining(c))
    q = q.casefold().replace("'", "")
    return " ".join(re.findall(r"[^\W_]+", q))


# ---- locating arrays in TOML text ------------------------------------------


def _skip_string(text: str, i: int) -> int:
    """Index just past the TOML string starting at text[i]."""
    for delim in ('"""', "'''"):
        if text.startswith(delim, i):
            j = i + 3
            while True:
                k = text.find(delim, j)
                if k < 0:
                    raise ValueError("unterminated multi-line string")
                if delim == '"""':
                    # A quote preceded by an odd number of backslashes is escaped.
                    n, b = 0, k - 1
                    while b >= j and text[b] == "\\":
                        n, b = n + 1, b - 1
                    if n % 2:
                        j = k + 1
                        continue
                # Up to two extra quotes may close the string ("""a"""").
                end = k + 3
                while end < len(text) and text[end] == delim[0] and end - k < 5:
                    end += 1
                return end
    q = text[i]
    j = i + 1
    while j < len(text):
        c = text[j]
        if q == '"' and c == "\\":
            j += 2
            continue
        if c == q:
            return j + 1
        if c == "\n":
            break
        j += 1
    raise ValueError("unterminated string")


@dataclass
class ArraySpan:
    open: int  # index of "["
    close: int  # index of the matching "]"
    last_value_end: int | None  # index just past the last value, None if empty
    trailing_comma: bool  # whether a comma follows the last value
    item_indent: str | None  # indentation of the first item, if on its own line


def scan_array(text: str, open_idx: int) -> ArraySpan:
    assert text[open_idx] == "["
    depth, i = 0, open_idx
    last_end, comma, indent = None, False, None
    while i < len(text):
        c = text[i]
        if c in "\"'":
            start = i
            i = _skip_string(text, i)
            if depth == 1:
                if indent is None:
                    line_start = text.rfind("\n", 0, start) + 1
                    prefix = text[line_start:start]
                    indent = prefix if prefix.strip() == "" else ""
                last_end, comma = i, False
            continue
        if c == "#":
            nl = text.find("\n", i)
            i = len(text) if nl < 0 else nl
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return ArraySpan(open_idx, i, last_end, comma, indent or None)
            if depth == 1:
                last_end, comma = i + 1, False
        elif c == "," and depth == 1:
            comma = True
        elif c not in " \t\r\n" and depth == 1:
            # a bare value (number, boolean): questions never have them
            last_end, comma = i + 1, False
        i += 1
    raise ValueError("unterminated array")


@dataclass
class EntryText:
    id: str
    questions: list[str]
    array_open: int  # index of the questions array's "[" in the file text


@dataclass
class EntryFile:
    path: Path
    text: str
    entries: list[EntryText] = field(default_factory=list)


HEADER = re.compile(r"^[ \t]*\[\[[ \t]*entry[ \t]*\]\][ \t]*(#.*)?$", re.M)
QUESTIONS_KEY = re.compile(r"^[ \t]*questions[ \t]*=[ \t]*\[", re.M)


def load_entry_file(path: Path) -> EntryFile:
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    parsed = data.get("entry", [])
    headers = [m.start() for m in HEADER.finditer(text)]
    # A header-like line inside a multi-line string would fool the split below;
    # the counts disagreeing is how that shows.
    if len(headers) != len(parsed):
        raise ValueError(f"{path}: found {len(headers)} [[entry]] headers but {len(parsed)} entries")
    ef = EntryFile(path, text)
    bounds = headers + [len(text)]
    for n, spec in enumerate(parsed):
        block = (bounds[n], bounds[n + 1])
        m = QUESTIONS_KEY.search(text, *block)
        if not m:
            raise ValueError(f"{path}: entry {spec.get('id')!r} has no `questions = [` line")
        ef.entries.append(EntryText(spec["id"], list(spec.get("questions", [])), m.end() - 1))
    return ef


def toml_string(s: str) -> str:
    # JSON's escapes (\" \\ \n \t \uXXXX) are all valid in a TOML basic string.
    return json.dumps(s, ensure_ascii=False)


def insert_questions(text: str, open_idx: int, new: list[str]) -> str:
    span = scan_array(text, open_idx)
    close_line_start = text.rfind("\n", 0, span.close) + 1
    multiline = text[close_line_start:span.close].strip() == "" and close_line_start > open_idx
    if multiline:
        indent = span.item_indent if span.item_indent is not None else "  "
        block = "".join(f"{indent}{toml_string(q)},\n" for q in new)
        out = text[:close_line_start] + block + text[close_line_start:]
        if span.last_value_end is not None and not span.trailing_comma:
            out = out[: span.last_value_end] + "," + out[span.last_value_end :]
        return out
    items = ", ".join(toml_string(q) for q in new)
    if span.last_value_end is None:
        return text[: span.close] + items + text[span.close :]
    if span.trailing_comma:
        return text[: span.close].rstrip() + " " + items + text[span.close :]
    at = span.last_value_end
    return text[:at] + ", " + items + text[at:]


# ---- main ------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Append example questions to KNOWLEDGE_DIR's entries.")
    ap.add_argument("additions")
    ap.add_argument("knowledge")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--truncate", action="store_true", help=f"keep only what fits in {MAX_QUESTIONS} questions")
    ap.add_argument("--check", metavar="BINARY", help="run BINARY check KNOWLEDGE_DIR afterwards")
    args = ap.parse_args(argv)

    adds = tomllib.loads(Path(args.additions).read_text(encoding="utf-8")).get("additions")
    if not isinstance(adds, dict):
        print(f"{args.additions}: no [additions] table", file=sys.stderr)
        return 1

    files = []
    for path in sorted(Path(args.knowledge, "entries").glob("*.toml")):
        try:
            files.append(load_entry_file(path))
        except (ValueError, tomllib.TOMLDecodeError) as e:
            print(f"{path}: {e}", file=sys.stderr)
            return 1

    errors, notes = [], []
    where: dict[str, tuple[EntryFile, EntryText]] = {}
    owner_of: dict[str, str] = {}  # loose key -> id of the entry that has it
    for ef in files:
        for et in ef.entries:
            if et.id in where:
                errors.append(f"{ef.path}: id {et.id!r} also in {where[et.id][0].path}")
            where[et.id] = (ef, et)
            for q in et.questions:
                owner_of.setdefault(loose(q), et.id)

    plan: dict[str, list[str]] = {}
    for eid, questions in adds.items():
        if eid not in where:
            errors.append(f"{eid}: no entry has this id")
            continue
        if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
            errors.append(f"{eid}: not an array of strings")
            continue
        out = []
        for raw in questions:
            q = " ".join(raw.split())
            key = loose(q)
            if not key:
                errors.append(f"{eid}: empty question {raw!r}")
                continue
            if len(q) > MAX_QUESTION_CHARS:
                errors.append(f"{eid}: {len(q)} characters, more than {MAX_QUESTION_CHARS}: {q!r}")
                continue
            other = owner_of.get(key)
            if other == eid:
                notes.append(f"{eid}: already has {q!r} (or the additions list it twice), skipped")
                continue
            if other is not None:
                errors.append(f"{eid}: {q!r} is already an example of {other}")
                continue
            owner_of[key] = eid
            out.append(q)
        have = len(where[eid][1].questions)
        if have + len(out) > MAX_QUESTIONS:
            room = max(0, MAX_QUESTIONS - have)
            if args.truncate:
                notes.append(f"{eid}: {have} + {len(out)} questions exceed {MAX_QUESTIONS}; left out {out[room:]}")
                out = out[:room]
            else:
                errors.append(
                    f"{eid}: {have} + {len(out)} questions exceed the limit of {MAX_QUESTIONS} (--truncate keeps {room})"
                )
        if out:
            plan[eid] = out

    for n in notes:
        print(f"note: {n}", file=sys.stderr)
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1

    # Rewrite each file, later entries first so earlier offsets stay valid.
    changed = []
    for ef in files:
        text = ef.text
        todo = [et for et in ef.entries if et.id in plan]
        for et in sorted(todo, key=lambda et: et.array_open, reverse=True):
            text = insert_questions(text, et.array_open, plan[et.id])
        if text == ef.text:
            continue
        # What we wrote must read back as exactly the old entries plus the new questions.
        after = tomllib.loads(text).get("entry", [])
        before = tomllib.loads(ef.text).get("entry", [])
        for b, a in zip(before, after, strict=True):
            want = dict(b, questions=b["questions"] + plan.get(b["id"], []))
            if a != want:
                print(f"internal error: {ef.path}: entry {b['id']!r} did not read back as intended", file=sys.stderr)
                return 2
        changed.append((ef.path, text))

    total = sum(len(v) for v in plan.values())
    for eid in sorted(plan):
        have = len(where[eid][1].questions)
        print(f"{eid}: +{len(plan[eid])} -> {have + len(plan[eid])} questions")
    print(f"{total} question(s) for {len(plan)} entr{'y' if len(plan) == 1 else 'ies'} in {len(changed)} file(s)"
          + (" (dry run, nothing written)" if args.dry_run else ""))
    if args.dry_run:
        return 0
    for path, text in changed:
        path.write_text(text, encoding="utf-8")
    if args.check:
        return subprocess.run([args.check, "check", args.knowledge]).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
