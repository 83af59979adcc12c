"""Citation faithfulness of briefs: every sentence cited, every cited article
holding a span that covers at least SUPPORT_MIN of the sentence's content
words (storyline.stages.brief.support_score)."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.records import Article, Brief
from storyline.stages.brief import SUPPORT_MIN, support_score


@dataclass
class Faith:
    sentences: int = 0
    cited: int = 0
    faithful: int = 0
    citations: int = 0
    citations_ok: int = 0
    multi_stories: int = 0  # stories of 2+ articles
    multi_draw: int = 0  # ... whose brief cites 2+ of them outside "coverage"
    failures: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def add(self, brief: Brief, by_id: dict[str, Article], n_articles: int) -> None:
        cited_outside = set()
        for s in brief.sentences:
            self.sentences += 1
            ids = [i for i in s.article_ids if i in by_id]
            if not ids:
                self.failures.append((s.section, s.text, []))
                continue
            self.cited += 1
            if s.section != "coverage":
                cited_outside |= set(ids)
            bad = [i for i in ids if support_score(s.text, by_id[i], s.section) < SUPPORT_MIN]
            self.citations += len(ids)
            self.citations_ok += len(ids) - len(bad)
            if bad:
                self.failures.append((s.section, s.text, bad))
            else:
                self.faithful += 1
        if n_articles >= 2:
            self.multi_stories += 1
            self.multi_draw += len(cited_outside) >= 2

    @staticmethod
    def share(a: int, b: int) -> float:
        return a / b if b else 0.0
