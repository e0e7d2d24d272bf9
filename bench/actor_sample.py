"""Actor mentions on real wire copy: how many per article, of which kinds, and a sample to check.

Usage: ``python bench/actor_sample.py [--articles 300] [--seed 23] [--show 50]``.
Runs the model and ``accord_actors`` alone over a fixed random draw of Reuters-21578 stories
(``../shared/corpora``), prints mentions per article by kind, then ``--show`` random mentions
with their context for an analyst to mark right or wrong (the precision figure in
``docs/accuracy.md`` is such a count). Without ``../shared`` it says so and exits 0.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
from pathlib import Path

from accord.nlp.extensions import annotations_of, register_extensions
from accord.nlp.pipeline import load_model

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "reuters21578.jsonl"
DRAW_SEED = 21578  # which articles: fixed, so every run reads the same ones


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=23, help="which mentions to show")
    parser.add_argument("--show", type=int, default=50)
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} is absent (development corpora are not part of the project)")
        return 0
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    rows = [r for r in rows if len(r["text"]) > 200]
    draw = random.Random(DRAW_SEED).sample(rows, args.articles)

    register_extensions()
    nlp = load_model()
    nlp.add_pipe("accord_actors")
    docs = []
    for row in draw:
        doc = nlp.make_doc(row["text"])
        doc._.accord_pub_date = dt.date.fromisoformat(row["date"][:10])
        docs.append(doc)
    mentions = [(doc, m) for doc in nlp.pipe(docs) for m in annotations_of(doc, "accord_actors")]

    kinds = collections.Counter(m.kind for _, m in mentions)
    per_article = len(mentions) / len(draw)
    print(f"articles {len(draw)}, mentions {len(mentions)}, per article {per_article:.2f}")
    print("by kind  " + ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()))
    for doc, m in random.Random(args.seed).sample(mentions, min(args.show, len(mentions))):
        left = doc.text[max(0, m.start - 40) : m.start].replace("\n", " ")
        right = doc.text[m.end : m.end + 40].replace("\n", " ")
        print(f"{m.code:<12} {m.rule:<36} …{left}[{m.text}]{right}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
