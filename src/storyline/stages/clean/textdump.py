"""Cleaning of text dumps: a line classifier and a splitter into articles.

A scraped page arrives as lines of text: article paragraphs mixed with page
furniture (share widgets, paywall notices, "2 hours ago", lists of unrelated
headlines) and sometimes several articles in a row, each introduced by a
teaser header such as::

    Russia Today
    2 hours ago
    - Russia Today
    German intelligence chief claims Russia could attack NATO
    <body paragraph>

The cascade, each step a pure function over a list of :class:`Line`:

1. :func:`explode_lines` splits the text into lines and peels furniture glued
   to the front of a line ("date 2025-02-27 This audio is created with AI
   assistance").
2. :func:`classify_line` judges each line alone against rule tables keyed by
   :data:`~storyline.records.RemovalReason` (photo captions and credits, gallery
   controls, stamps, sign-up lines included). On a full page render only the lines
   of the article zone (:mod:`.zones`) are judged; the rest go with a reason of
   their shape.
3. :func:`find_headers` finds teaser headers (outlet / timestamp / "- Outlet"
   lines) and decides whether each opens an article (a headline followed by
   body text) or is one item of a headline list.
4. :func:`mark_headline_lists` removes runs of bare headlines (a table's rows are
   not headlines), and :func:`mark_furniture_clusters` removes weak furniture
   (short lines speaking to the reader) that stands among other furniture. On a
   full render, :func:`mark_teaser_tail` removes a grid of teaser cards ending the
   zone and :func:`mark_standfirst` the one-sentence deck above the byline.
5. :func:`split_articles` cuts the page at article headers and builds one
   :class:`CleanedArticle` per part: title, outlet, byline, date, body.
   :func:`read_header_zone` reads the lines above a part's first paragraph:
   the headline (next to its byline or date), the site name (the outlet) and
   its tagline, menu items and section labels.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import Literal, Protocol

from storyline.records import DatePrecision, RemovalReason, RemovedSpan
from storyline.stages.clean import metadata as _metadata
from storyline.stages.clean.families import FAMILY_GATES, FAMILY_MAX_WORDS, family_reason
from storyline.stages.clean.metadata import (
    TIME_UNITS,
    TITLE_MAX_WORDS,
    TRAILING_QUOTES,
    ends_like_sentence,
    has_sentence_break,
    looks_like_site_name,
    parse_byline,
    parse_dash_outlet,
    parse_date_line,
    parse_wire_dateline,
    site_name_title_case,
    split_date_prefix,
)
from storyline.stages.clean.prefilter import RulePrefilter
from storyline.stages.clean.zones import (
    ASCII_CHARS,
    PROSE_MIN_WORDS,
    RENDER_MIN_SHORT_LINES,
    RENDER_MIN_SHORT_SHARE,
    STOPWORDS,
    cannot_start,
    data_runs,
    first_chars,
    has_digit,
    is_data_row,
    is_prose,
    is_symbol_bulleted,
    word_weight,
    zone_of_lines,
)
from storyline.stages.clean.zones import (
    PAGE_MEMOS as ZONE_MEMOS,
)
from storyline.stages.clean.zones import SHORT_LINE_WORDS as SHORT_RENDER_LINE_WORDS

#: Line-shape tests asked again and again about the same lines of a page (by the header
#: finder, the headline lists, the header zone): pure functions of the text, memoised.
#: :func:`split_articles` empties the memos before each page, so no page is judged
#: faster for having been seen before; the bound only caps direct callers.
_PAGE_MEMO_SIZE = 1 << 14
is_title_like = lru_cache(maxsize=_PAGE_MEMO_SIZE)(_metadata.is_title_like)
is_name_like = lru_cache(maxsize=_PAGE_MEMO_SIZE)(_metadata.is_name_like)
normalise_for_compare = lru_cache(maxsize=_PAGE_MEMO_SIZE)(_metadata.normalise_for_compare)
word_count = lru_cache(maxsize=_PAGE_MEMO_SIZE)(_metadata.word_count)
_PAGE_MEMOS = (is_title_like, is_name_like, normalise_for_compare, word_count, *ZONE_MEMOS)

LineKind = Literal[
    "blank", "text", "timestamp", "date", "dash_outlet", "byline", "bullet", "list_heading"
]

_DIGIT_RE = re.compile(r"\d")

#: Rules that must match a whole (normalised) line apply only to lines this short:
#: furniture labels are a few words; longer lines are prose even if they start alike.
SHORT_LINE_MAX_WORDS = 12
#: Phrase rules (searched anywhere in the line) apply up to this length. Paywall and
#: consent notices run to two or three sentences (~35 words); article paragraphs
#: quoting the same words are longer.
PHRASE_LINE_MAX_WORDS = 45
#: A header group (outlet, timestamp, "- Outlet") is at most this many lines.
HEADER_MAX_LINES = 5
#: A run of this many bare headlines with no body text after them is a headline list.
HEADLINE_RUN_MIN = 3
#: A repeated line this long is a paragraph scraped twice, not a recurring table cell.
DUPLICATE_MIN_WORDS = 8
#: A title may be followed by up to this many subheading lines before the body.
TITLE_BODY_MAX_GAP = 3

# --- rule tables ------------------------------------------------------------------
# Each table maps a reason to patterns matched against the normalised line
# (lowercase, single spaces, bullets and trailing ":" / "»" / "…" stripped).

SECTION_LABELS = frozenset(
    label.strip()
    for label in """
    world, world news, news, latest, breaking, breaking news, politics, business, economy,
    markets, money, finance, tech, technology, science, health, sport, sports, entertainment,
    culture, arts, opinion, opinions, comment, analysis, lifestyle, life, travel, food, style,
    fashion, weather, climate, environment, education, media, local, national, international,
    europe, asia, africa, americas, middle east, us, u.s., us news, u.s. news, uk, uk news,
    u.k news, u.k. news, usa, america, china, russia, ukraine, india, video, videos, live,
    exclusive, investigations, obituaries, books, music, film, tv, television, crime, law,
    justice, defense, defence, military, society, religion, royals, celebrity, property,
    cars, motoring, autos, real estate, personal finance, wellness, features, explainer
    """.split(",")
)
_SECTION_WORDS = frozenset(" ".join(SECTION_LABELS).replace(".", "").split())

# Whole-line patterns for short lines.
SHORT_LINE_RULES: dict[RemovalReason, tuple[str, ...]] = {
    # Labels of a machine-made summary: "AI summary", "AI overview below".
    "ai_notice": (
        # Round 22: feedback asked on an AI feature ("Tell us what you think of our new AI
        # explainer"); "Ask <name> AI about this story — beta".
        r"(?:tell us|let us know) (?:what you think|how we did|your thoughts) (?:of|about|on)"
        r" (?:(?:our|the|this) )?(?:new )?(?:ai|a\.i\.)\b.{0,40}",
        r"ask (?:[\w'’-]+ ){1,2}ai (?:about|anything)\b.{0,40}",
        # Round 23: the same question to a named assistant or bot ("Ask Ledger's helper
        # bot about this piece"); a machine-made summary labelled in another language
        # ("Resumen generado por IA", "KI-generierte Zusammenfassung").
        r"ask (?:[\w'’-]+ ){1,2}(?:assistant|chatbot|chat ?bot|bot|copilot|helper)"
        r" (?:about|anything)\b.{0,40}",
        r"(?:resumen|résumé|resumo|riassunto|sintesi|zusammenfassung|samenvatting|sammanfattning"
        r"|streszczenie) (?:generad[oa]|créée?|générée?|gerad[oa]|generat[oa]|generiert|erstellt"
        r"|gegenereerd|gemaakt|genererad|wygenerowane|cread[oa]|criad[oa]|creat[oa])(?:"
        r" (?:automaticamente|automatiquement|automáticamente|automatisch))? (?:por|par|pela"
        r"|pelo|dall'|dalla|da|von|mit|door|met|av|med|przez|con|com|avec) ?(?:la |l'|el |a |der"
        r" |einer )?(?:ia|ki|ai|sztuczną inteligencję|inteligencia artificial|inteligência"
        r" artificial|intelligence artificielle|intelligenza artificiale|künstlicher intelligenz"
        r"|kunstmatige intelligentie)"
        r"(?:\s*[—–:-]\s*.{0,40})?"
        r"|(?:ki|ia|ai)[- ](?:generierte|generated|gegenereerde|genererad) (?:zusammenfassung"
        r"|samenvatting|sammanfattning)|(?:zusammenfassung|resumen|résumé|resumo|riassunto"
        r"|samenvatting) \((?:ki|ia|ai)\)(?:\s*[—–:-]\s*.{0,40})?",
        r"(?:quick |short )?ai[- ](?:generated |written |made )?(?:summary|overview|recap|digest"
        r"|key points|takeaways|highlights|briefing)(?: below| above)?(?:\s*[—–(,:-]\s*.{0,40})?",
        r"(?:the |this )?(?:summary|overview|recap|key points|takeaways|highlights|audio"
        r"|narration|translation|transcript)(?: (?:is|was|are|were))?(?: (?:written|generated"
        r"|made|created|produced|provided|read|voiced|narrated))? by (?:an? )?(?:ai|a\.i\."
        r"|artificial intelligence|machine|computer|algorithm|bot)",
        # A summary's label marked as machine-made: "Quick take (AI)", "Key points (AI-made)".
        r"(?:quick |short |fast |the )?(?:take|summary|overview|recap|digest|key points"
        r"|(?:key )?takeaways|highlights|brief(?:ing)?|gist|snapshot|at a glance|in short"
        r"|in brief|tl;dr"
        r"|quick read|explainer) \((?:ai|a\.i\.|generated|auto-generated|automated"
        r"|machine-made)(?:[- ][\w-]+)?\)",
        r"(?:(?:key )?takeaways|summary|overview|recap|key points|highlights|tl;dr|in brief|at a"
        r" glance)\s*[▸›»:|•·—–-]\s*(?:auto-?generated|ai[- ](?:generated|written|made|assisted)"
        r"|machine[- ](?:generated|made)|generated (?:by|with) ai|automated|ai)",
        r"(?:summary|overview|recap|key points|takeaways|highlights) by [\w&.' -]{0,30} ai"
        r"|generated summary|auto-?summary|automatic summary|(?:ai|auto)[- ]summar(?:y|ies)",
        r"voice\s*:\s*(?:synthetic|ai|automated|computer|machine|neural|standard|male|female)"
        r"\b.{0,30}",
        # Who or what reads or wrote it: "Voiced by Polly", "Summary generated by Newsbot",
        # "Machine-read audio".
        r"(?:audio |narration |article |story )?(?:voiced|narrated|narration|voice-?over"
        r"|text-to-speech|audio)(?: (?:powered|provided|produced|generated|created))? by"
        r" [\w&.' -]{1,30}",
        r"(?:the |this )?(?:summary|overview|recap|key points|takeaways|highlights|transcript"
        r"|translation)(?: (?:is|was))? (?:generated|produced|compiled|created) (?:by|with|using)"
        r" [\w&.' -]{1,30}(?:[;,—–] ?.{1,40})?",
        # A machine summary's label: "AI brief", "AI recap: three points".
        r"ai[- ](?:brief|summary|recap|digest|overview|snapshot|take)(?:\s*[:—–|]\s*"
        r"(?:[\w-]+ ){0,3}(?:recap|summary|points|takeaways|highlights|bullets|overview))?",
        r"(?:pause|resume|stop|mute|unmute|replay|restart) (?:the )?(?:narration|audio|playback"
        r"|reading|listening|podcast|episode|player|voice(?:over)?)",
        r"(?:machine|computer|ai|synthetic|automated|robot)[- ](?:read|voiced|narrated|generated)"
        r"(?: audio| voice| narration| version| summary)?",
        # Beta labels of a summary or reading tool: "Experimental AI feature".
        r"(?:an? )?(?:experimental|beta) (?:ai )?(?:feature|tool|summary|summaries)"
        r"|(?:this |the )?(?:ai )?(?:feature|tool|summary|summaries) (?:is|are) (?:still )?(?:in"
        r" beta|experimental|being tested)",
        # Round 24 (pools of 360 lines written for the seventeenth session): a chat with
        # the site's bot, a summary on demand, a machine voice owning up to mistakes, the
        # site's policy on AI, pictures made with AI, automated stories.
        r"chat with (?:our|the|[\w'’-]+'s?) (?:[\w'’-]+ ){0,3}(?:bot|chatbot|assistant|ai|a\.i\."
        r"|buddy|archive|copilot)\b.{0,60}",
        r"summari[sz]e (?:this (?:article|story|piece|report) )?(?:for me|with ai|it for me)\b"
        r".{0,40}",
        r"(?:machine|computer|ai|synthetic|automated)[- ]?(?:voiced|read|generated|narrated)"
        r" (?:audio|voice|narration|reading) (?:may|might|can|could)\b.{0,60}",
        r"(?:read |see )?our (?:[\w-]+ )?(?:policy|policies|guidelines|principles|standards"
        r"|approach) (?:on|for|to) (?:the use of )?(?:generative )?(?:ai|a\.i\.|artificial"
        r" intelligence)\b.{0,20}|how we use (?:generative )?(?:ai|a\.i\.|artificial"
        r" intelligence)(?: in (?:our )?(?:journalism|reporting|newsroom|work))?",
        r"(?:illustration|image|photo|picture|artwork|graphic|video|thumbnail)s? (?:was |is"
        r" |are )?(?:generated|created|made|produced|enhanced) (?:using|with|by) (?:an? )?(?:ai"
        r"|a\.i\.|generative ai|artificial intelligence)(?: tools?| software"
        r"|\s*[:;,.(—–-].{0,30})?",
        r"(?:automated (?:story|report|article|update|summary|recap|roundup|brief)|auto-?generated"
        r" (?:[\w-]+ ){0,2}(?:summary|report|story|brief|recap|update|roundup))(?:\s*[:—–(-]"
        r".{0,60})?",
        # Round 25 (pools D-F of the seventeenth session): a named assistant asked about
        # the story, a summary button, machine-made pictures and transcripts labelled as
        # such, audio versions read by a machine, "pronunciation may vary", robot-written
        # briefs, automated labels, machine translation in Swedish, no AI used, a chatbot
        # that is not a doctor, a TL;DR marked as machine-made, an AI credit after a mark.
        r"ask [\w'’-]+,? (?:our|the) (?:[\w-]+ ){0,2}(?:assistant|bot|chatbot|ai)\b.{0,60}",
        r"(?:tap|click|press|hit|use) (?:the )?\W*summari[sz]e\b.{0,60}",
        r"(?:ai|machine|computer)[- ]generated (?:image|illustration|picture|photo|artwork"
        r"|graphic|video)\s*[—–:(-].{0,60}",
        r"transcripts? (?:is |was )?(?:auto-?generated|machine[- ]generated|automatically"
        r" generated|made by (?:ai|a machine))\b.{0,60}",
        r"audio (?:version|edition|narration)\s*:\s*(?:an? )?(?:ai|machine|computer|synthetic)\b"
        r".{0,40}",
        r"(?:pronunciations?|some (?:names|words)) may (?:vary|be (?:off|wrong|inaccurate))"
        r"(?:\s*[.(—–-].{0,20})?",
        r"(?:robot|machine|computer|ai|bot)[- ](?:written|generated|made|produced) (?:[\w-]+ ){0,2}"
        r"(?:brief|report|story|summary|article|recap|update|roundup)\b.{0,30}",
        r"automated\s*:\s*.{1,80}|automated (?:price |score |market )?alert\s*:.{1,80}",
        r".{0,40}\b(?:översatts|översatt) (?:med hjälp av |med |av )(?:ai|maskin)\w*",
        r"(?:disclosure:\s*)?no (?:generative )?(?:ai|a\.i\.|artificial intelligence)(?: tools?)?"
        r" (?:was|were) used (?:to|in) (?:write|writing|draft|drafting|produce|producing|create"
        r"|creating) this\b.{0,30}",
        r"our (?:ai )?(?:chatbot|assistant|bot) (?:is not an? \w+\b.{0,80}|can (?:explain|answer"
        r"|summari[sz]e|help)\b.{0,60})|.{0,30}[—–] our (?:ai )?(?:chatbot|assistant|bot) can"
        r" (?:explain|answer|summari[sz]e|help)\b.{0,60}",
        r"tl;?dr\s*\((?:ai|auto-?generated|machine)[^)]*\)",
        r".{0,60}[—–:|-] ?powered by (?:an? )?(?:large )?(?:language model|llm|ai|a\.i\."
        r"|artificial intelligence)",
        # Round 26 (pools G and H): parts of a page made by a machine, rating the robot
        # reader, AI tools that aided the research, no human edit, machine-generated
        # recaps, reports of mispronunciations.
        r"(?:chapter markers|chapters|timestamps|captions|subtitles|highlights|tags|transcript"
        r"|summary|recap) (?:were |are |was |is )?(?:created|generated|made|picked|chosen"
        r"|selected|added) (?:by|with|using) (?:an? )?(?:automated|automatic|ai|machine"
        r"|algorithm)\b.{0,20}",
        r"rate (?:the|our|this) (?:robot|ai|synthetic|computer) (?:reader|voice|narrator|summary)"
        r"\b.{0,20}",
        r"(?:ai|a\.i\.|artificial intelligence) tools? (?:aided|assisted|helped with|supported)"
        r" (?:the |our |this )?(?:research|reporting|transcription|translation|writing)\b.{0,60}",
        r"automated (?:[\w-]+ )?(?:story|report|article|update|summary|recap|roundup|brief)"
        r"(?:\s*[:—–(·•|-].{0,60})?|no human (?:edit|editing|review|involvement|input)\b.{0,20}",
        r"auto-?generated from\b.{0,60}|(?:auto-?)?generated (?:recap|summary|overview"
        r"|transcript|highlights)|may contain (?:errors|mistakes|inaccuracies)",
        r"report (?:a )?mispronunciations?\b.{0,20}",
        # Round 28 (forty-seventh set): a machine's translation noted in brackets, a
        # narration by a synthetic voice and the names it may say wrong, points or a summary
        # drafted by AI.
        r".{0,60}\((?:machine|automatic(?:ally)?|auto|ai|computer)[- ]?translat(?:ed|ion)\)",
        r"(?:narration|narrated|read|voiced|spoken) by (?:an? )?(?:synthetic|artificial|automated"
        r"|computer(?:-generated)?|ai|a\.i\.|machine|digital|text-to-speech) (?:voice|narrator"
        r"|reader|speaker)\b.{0,60}",
        r"(?:place |proper |some |local )?names (?:may|might|could) be mispronounced\b.{0,40}",
        r".{0,60}\b(?:drafted|written|generated|produced|compiled|summari[sz]ed|created) (?:by"
        r"|with|using) (?:an? )?(?:ai|a\.i\.|artificial intelligence|generative ai)(?: tools?)?",
    ),
    # Links to other pages of the site: list headings, menus, breadcrumbs.
    "navigation": (
        # A bare list heading of old stories, and a switch to another version of the page:
        # "From the archives", "Switch to Spanish version", "Change to text-only edition".
        r"from (?:the|our) archives?",
        r"(?:switch|change) to (?:the )?[\w-]+(?: [\w-]+)? (?:version|edition|mode|site|view)",
        # Round 19: "Back to all Tide stories", "Hot on The Quay right now".
        r"back to (?:all |the )?(?:[\w&'’-]+ ){0,3}(?:stories|news|articles|posts|reviews"
        r"|coverage|headlines|videos|blog|section|homepage|home ?page|index|results)",
        r"(?:trending|popular|hot|most (?:read|popular|viewed|shared)) (?:on|at) (?!the heels)"
        r".{1,30} (?:right now|now|today|this week)",
        # Round 18: "Switch region: Manitoba", "Change edition", "Trending now on The Quay".
        r"(?:switch|change|choose|select) (?:your )?(?:region|edition|country|language|location"
        r"|city|station|area)(?:\s*:\s*[\w .&'’-]{1,30})?",
        r"(?:trending|popular|most (?:read|popular|viewed|shared)) (?:now|today|this week) (?:on"
        r"|at) .{1,30}",
        # Round 17 (twenty-eighth set): "Latest race reports", "Other parents are reading".
        r"latest (?:[\w&'-]+ ){0,2}(?:reports|stories|news|headlines|updates|results|videos"
        r"|articles|posts|reviews)",
        r"(?:other|more|fellow) [\w-]+ (?:are|were) (?:reading|watching|viewing|listening to)"
        r"|what (?:others|other [\w-]+|people|readers) (?:are|were) (?:reading|watching)"
        r"(?: now| right now| today)?",
        r"(?:related|similar|recommended|suggested|popular|trending|latest|top|best|more|other"
        r"|further"
        r"|featured|editor'?s'?|staff|hot|must|don'?t miss) ?(?:articles?|stories|news|posts?"
        r"|reads?|content|coverage|videos?|links|topics|headlines|picks|choices?|selections?"
        r"|watch|reviews|guides|features|recipes|columns|podcasts|episodes)(?: for you"
        r"| (?:right )?now| today| this (?:week|month)| like (?:this|these)"
        r"| on .+| from .+| in .+| about .+)?",
        # "Most read this week", "Most viewed videos", "Most popular: …" (not "Most read
        # books of the year revealed": after the heading comes where, when or what kind).
        r"most[- ](?:popular|read|viewed|shared|watched|commented|recent|emailed|liked|discussed"
        r"|recommended|clicked)(?:\s*[:›»|>-].{0,30}| (?:this|today|now|right now|in|on|at|from"
        r"|across|among|of the (?:day|week|month|year)|stories|articles|news|videos?|posts"
        r"|reviews|headlines|pieces|content|reads?|picks|last|past|by|this|overall|now)\b.{0,30})?",
        r"trending(?: now| right now| today| this (?:week|month)| topics| on .{1,30}| in [^:]{1,30}"
        r"| near .{1,20})?",
        r"top (?:stories|news|headlines|picks)(?: .{0,30})?",
        r"(?:latest|breaking)(?: news| updates| headlines| stories)?",
        r"recommended(?: for you)?(?: today| now)?|recommended (?:reading|stories)",
        # Picks made for the reader: "Picked for you", "Hand-picked for you today".
        r"(?:hand-?)?(?:picked|chosen|selected|curated) for you(?: today| now)?",
        r"you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in|have missed)",
        r"(?:also|further|recommended|suggested|essential|related) read(?:ing|s)?",
        r"read (?:more|next|also|this next|the full (?:story|article))(?: (?:about|on|from"
        r"|at) .{1,40})?",
        r"see (?:also|more|all)(?: .{0,40})?",
        r"what to (?:read|watch) next",
        r"up next",
        r"in (?:other|case you missed|related) news",
        r"more (?:from|on|in|about|by) .{1,40}|elsewhere (?:on|in|at|from) (?!.*, \w).{1,30}",
        r"(?:also|more) on (?:the|this|our) (?:site|website|network)",
        # Ways out of the page: "Go back", "Main site", "Index of topics".
        r"go (?:back|home)|(?:return|go(?: back)?|head back|back|take me(?: back)?) to (?:the )?"
        r"(?:[\w&.'-]+ ){0,3}?(?:home ?page|front ?page|main page|start page|overview|index|hub"
        r"|desk|section|listings|archive|blog)(?: \d{4})?"
        r"|(?:(?:go|back|return) to )?(?:the )?(?:main|full|desktop|mobile"
        r"|classic) (?:site|website|version)|(?:index|list|directory) of (?:topics|sections"
        r"|subjects|tags|categories)",
        r"more(?: news| stories| videos)?|related|also|more like (?:this|these)",
        r"browse (?:by |all )?(?:[\w&'-]+ ){0,3}?(?:topics?|sections?|categories|subjects?)",
        # What other readers chose, and the rest of a series: "Readers also viewed",
        # "Catch up on earlier episodes", "Latest from the Markets Desk".
        r"(?:readers|people|others|users|visitors|subscribers)(?: who read this)? also (?:viewed"
        r"|read|liked|enjoyed|watched)",
        r"catch up (?:on|with) (?:earlier|previous|past|older|more|all|the latest|missed)"
        r" (?:episodes|stories|posts|coverage|instal+ments|parts|editions|columns)",
        r"latest (?:from|in) (?:the |our )?(?:[\w&'-]+ ){0,3}(?:desk|team|newsroom|section|blog"
        r"|site|network|bureau)",
        r"(?:leave|exit|close) (?:the )?(?:live (?:coverage|blog|page|updates)|this (?:page"
        r"|story|article|gallery))(?: and .{1,40})?",
        r"more [\w&' -]{1,30} (?:news|stories|headlines|coverage|videos|articles)",
        r"popular (?:on|in|at|from|with) .{1,30}|(?:most )?popular(?: now| right now| today"
        r"| this (?:week|month)| stories"
        r"| articles)?",
        r"what (?:others|people|readers|everyone) (?:are|is) (?:reading|watching|saying"
        r"|talking about)",
        r"(?:from )?around the (?:web|network|site)|from around the (?:county|region|state"
        r"|province|city|island|valley|district|country|league|paddock|patch)"
        r"|from (?:our|the) (?:partners|web|network|site)"
        r"|(?:promoted|paid|partner|sponsored) (?:links|stories|content|posts)"
        r"|from (?:our|the|these) (?:\w+ )?(?:partners|sponsors|advertisers)",
        r"live(?: updates| blog| coverage| now| news)?",
        r"(?:next|previous|prev) (?:article|story|post|page)(?: .{0,60})?",
        # A section's next item, more to browse, a story's back issues, a list of anchors:
        # "Next in Business →", "Keep exploring", "Catch up on this story", "Jump to: ...".
        r"(?:next|previous|prev|up next|coming up) in (?!line\b|command\b|queue\b)[\w&' -]{1,30}"
        r"(?:\s*[:›»>→|]\s*\S.{0,80})?",
        r"(?:keep|continue|start) (?:exploring|browsing|discovering)",
        r"more (?:for you|to explore|to read|to watch|to discover)|latest in (?!an? )[\w&' -]{1,30}"
        r"|in case you missed it|icymi|also in (?:the )?news|also trending|breaking now"
        r"|coming up next|read these next|don't leave yet",
        r"catch up (?:on|with) (?:this|the)(?: full| whole| entire| latest)? (?:story|topic|series"
        r"|saga)(?: so far)?",
        # "Browse the archive by season: 2019 · 2020", "Browse by device ▾".
        r"browse (?:the |our )?(?:[\w&'-]+ ){0,3}?archives?(?: by [\w ]{1,20})?"
        r"(?:\s*[:▾]\s*.{0,80})?",
        r"(?:jump|skip|go|navigate) to\s*[:›»|]\s*.{1,80}",
        # Page controls: "Search for:", "Edition: UK", "Switch to dark mode", "Today's paper",
        # pagination ("Page 2 of 3", "1 2 3 Next", "Continue to page 2").
        r"search for|edition\s*:\s*[\w .'-]{1,20}",
        r"(?:switch|change|toggle) to (?:dark|light|night|day) (?:mode|theme)",
        r"today's paper|e-?edition|(?:digital|print) (?:edition|replica)|e-?paper",
        r"page \d+ of \d+|(?:continue|go|skip|jump) to page \d+",
        r"(?:(?:first|previous|prev) )?(?:\d{1,2} ){2,10}(?:next|last)|(?:first|previous|prev)"
        r" (?:\d{1,2} ){1,10}(?:next|last)?",
        r"(?:stories|articles|news|posts) you (?:may|might) have missed|up next for you"
        r"|you (?:may|might) (?:also )?(?:want|like) to (?:read|see|watch)(?: next)?",
        r"recently (?:published|added|posted)|our latest(?: stories| news| posts| articles)?"
        r"|(?:the day's|today's|this week's) top (?:reads|stories)|previously on (?:this|the"
        r"|our) (?:blog|site)|readers' (?:choice|picks|favou?rites)",
        r"(?:continue|keep) reading",
        r"(?:view|load|show|see) (?:all|more)(?: .{0,30})?",
        r"(?:go )?back to (?:top|home|homepage)|(?:(?:go )?(?:back )?to the )?top of (?:the )?page",
        r"(?:scroll|jump|skip|return|go) (?:back )?to (?:the )?top",
        r"(?:all|more|main|site|show all|explore|browse) (?:sections|topics|menu|navigation)"
        r"|site index|(?:quick|useful|helpful|important|external) links",
        r"all (?:news|stories|articles|headlines|videos)",
        r"(?:our|top|staff|editors?'?s?'?) (?:picks|choices|selections|favou?rites)",
        r"(?:skip|jump)(?: ahead| down| straight| directly)? to (?:the )?(?:main )?(?:content"
        r"|navigation|footer|menu|search|article|story)(?: body| text| content)?",
        r"(?:home|homepage|front ?page|menu|search|sections?|regions|navigation|categories"
        r"|topics|index"
        r"|contents"
        r"|table of contents)",
        # The same labels in the languages most scraped pages beside English use.
        r"categor(?:ias|ías|ie|ies)|catégories|kategorien|kategorie|men[üú]|buscar|suchen"
        r"|rechercher|recherche|pesquisar|inicio|início|startseite|accueil|secci[oó]n(?:es)?"
        r"|rubriques|rubriken|se[çc][õo]es|navegaci[oó]n|navega[çc][ãa]o",
        r"(?:watch|listen)(?: now| live| more)?",
        r"don'?t miss(?: .{0,40})?|popular now|featured(?: stories| articles)?",
        # A link to another story after a label and any separator: "DON'T MISS: ...",
        # "See also › ...", "Must read | ...".
        r"(?:don'?t miss|must (?:read|see|watch)|see also|also see|also read|read also"
        r"|keep reading"
        r"|read (?:more|next)|related|recommended|more|popular|trending|in case you missed it"
        r"|(?:(?:previously|earlier|more|next|also) )?in this series"
        r"|also on (?:the )?(?:wire|site|website|network|web|blog|app)"
        r"|from (?:the|our) (?:archives?|vault|back catalogue)|(?:keep|continue) (?:exploring"
        r"|browsing|discovering)|explore more)"
        r"\s*[:›»>|]\s*\S.*",
        r"(?:(?:previously|earlier|more|next|also) )?in this series|(?:more|other) stories in"
        r" this series",
        # Round 21: "Jump past the menu to …"; "Switch to full site".
        r"(?:skip|jump|go) (?:past|over) (?:the )?(?:menu|navigation|nav|header|masthead|banner"
        r"|ads?|adverts?)\b.{0,40}",
        # Round 22 (thirty-eighth set): skip links in other languages ("Aller au contenu",
        # "Direkt zum Inhalt"), "read also" labels in other languages, and a teaser's label
        # before an arrow ("Analysis ▸ <headline>").
        r"(?:aller|passer) (?:directement )?(?:au|à|a) (?:contenu|menu)(?: principal)?"
        r"|(?:ir|saltar|pasar) (?:directamente )?al (?:contenido|men[uú])(?: principal)?"
        r"|(?:direkt )?zum (?:haupt)?(?:inhalt|men[uü])(?: springen| wechseln)?"
        r"|(?:ir|pular|saltar) (?:direto )?para o (?:conte[uú]do|menu)(?: principal)?"
        r"|(?:vai|salta|passa) (?:direttamente )?al (?:contenuto|men[uù])(?: principale)?"
        r"|(?:ga |spring )?(?:direct )?naar (?:de )?(?:hoofd)?(?:inhoud|menu)"
        r"|(?:hoppa|gå) (?:direkt )?till (?:huvud)?inneh[åa]llet|przejd[źz] do (?:tre[śs]ci|menu)",
        r"(?:lees ook|lire aussi|[àa] lire aussi|lesen sie auch|auch interessant|mehr zum thema"
        r"|leia tamb[ée]m|veja tamb[ée]m|lea tambi[ée]n|vea tambi[ée]n|leggi anche"
        r"|l[äa]s (?:[äa]ven|ocks[åa])|czytaj (?:te[żz]|tak[żz]e|r[óo]wnie[żz]))\s*:\s*\S.*",
        r"(?:explainer|explained|analysis|opinion|comment|watch|listen|video|podcast|gallery"
        r"|photos|in pictures|live|interview|review|feature)\s*(?:[▸▶►›»→]|->|>>?)\s*\S.{5,150}",
        r"(?:.{1,80}[.!] )?switch to (?:the )?(?:full|desktop|classic|standard|mobile|lite|light"
        r"|text-only) (?:site|version|edition|view)",
        # Where the page stands: "You are here: News | Courts".
        r"you are here\b.*",
        r"(?:also|read|see|watch) (?:see|read|watch|more|also|next)\s*:.*"
        r"|(?:related|more|also)\s*:.*",
        # Round 21: "DON'T MISS: <headline>", "Editor's pick: <headline>".
        r"(?:(?:don'?t|do not) miss|must[- ](?:reads?|see|watch)|editor'?s'? (?:picks?|choice)"
        r"|in case you missed it)\s*:\s*\S.*",
        r"(?:related|more|other|latest|top) (?:news|stories|articles|coverage|headlines)\s*:.*",
        r"(?:previous|next|older|newer|earlier|later) (?:post|entry|article|story|review|piece"
        r"|column|episode|report|instal+ment|chapter)s?(?:\s*:.*)?|post navigation",
        r"(?:related|suggested|more) (?:topics|tags|searches)\s*:?.*",
        r"more (?:on this|about this) (?:story|topic)",
        # Round 24: pagination rows, a link back to a section or list, the story's topics,
        # "see all in …", skip links in Welsh and Tagalog.
        r"page \d+ of \d+(?:\W*(?:first|last|prev|previous|next|older|newer|\d+|…|\.\.\.)"
        r"(?: (?:page|stories|posts|articles|entries))?)*\W*",
        r"(?:\d+ ){2,}(?:…|\.\.\.) ?\d+\W*(?:next|older|newer|previous|prev|more)(?: (?:page"
        r"|stories|posts|articles|entries))?\W*",
        r"back to (?:the |all |our )?(?:[\w'’&-]+ ){0,4}(?:noticeboard|homepage|home ?page|home"
        r"|index|archive|section|front page|list|listings|results|blog|forum|feed|stories|news"
        r"|coverage|alerts|updates|articles|posts)",
        r"(?:related )?(?:topics|tags|subjects|themes)(?: (?:in|of|on) this (?:piece|story|article"
        r"|report))?\s*:\s*.{1,120}",
        r"filed under\s*:\s*.{1,80}|see all (?:in|from|of|stories in|articles in)\b.{1,40}",
        r"(?:neidio|ewch|ir) i'?r (?:prif )?(?:gynnwys|cynnwys)|tumalon sa (?:pangunahing )?"
        r"nilalaman",
        # Round 25: links back to a list of the site's pieces, back to the top of the page,
        # pagination written short or between neighbours, neighbours named by their kind,
        # skip links to any part of the page, more pieces by a writer, a menu button.
        r"(?:or )?(?:back|return|go back|head back) to (?:the |all |our )?(?:[\w'’&.-]+ ){0,5}"
        r"(?:recipes|explainers|dispatches|letters|episodes|reviews|guides|podcasts|videos"
        r"|galleries|features|columns|briefings|bulletins|front page|homepage|home page"
        r"|stories|articles|posts|news|hub|series|collection|category|channel|shows|playlist)",
        r"(?:back|return) (?:up )?to (?:the )?top(?: of (?:the )?[\w' -]{1,30})?",
        r"(?:(?:older|newer|earlier|later|previous|prev|next) [\w-]+\W+)?(?:page|pg\.?|p\.) \d+"
        r" of \d+(?:\W*(?:first|last|prev|previous|next|older|newer|earlier|later|\d+|…|\.\.\.)"
        r"(?: [\w-]+)?)*\W*",
        r"(?:older|newer|earlier|later|previous|next) (?:stories|posts|articles|entries"
        r"|dispatches|items|letters|episodes|reviews|results|pages?)\W*",
        r"(?:skip|jump) (?:ahead |down |straight |directly )?to (?:the )?[\w' -]{1,30}",
        r"(?:browse|read|see|explore|view) (?:more|all|other) (?:[\w-]+ ){0,2}(?:from|by)"
        r" [\w .'’-]{1,40}",
        r"menu\s*☰.{0,80}|☰\s*menu.{0,80}",
        # Round 27: an index of topics from A to Z, a section's home or hub to go back to.
        r"(?:all |browse |full )?(?:topics|sections|subjects|tags|authors|columnists|series"
        r"|shows|podcasts|places|people)(?: index)? (?:a ?[-–—] ?z|from a to z)"
        r"|a ?[-–—] ?z (?:of|index of) (?:topics|sections|subjects|tags|authors|columnists)",
        r"(?:[\w&'’-]+ ){0,2}news home(?: ?page)?|(?:back|return) to (?:the )?[\w&'’ -]{1,40}"
        r" (?:hub|home ?page|homepage|index)",
        # Round 28: a story from this week's paper, a label of other stories before an arrow,
        # what the reader may have missed, the most read over a stretch of time, the paper's
        # replica online.
        r"(?:from|in) (?:this|today's|this week's|this month's|the latest|our latest|the"
        r" current) (?:paper|print edition|edition|issue|magazine|e-?paper)(?:\s*[·•|—–:-]\s*"
        r".{0,40})?",
        r"(?:related|more|further|latest|recent|other) (?:coverage|stories|news|reading|reports"
        r"|articles|headlines)\s*(?:[▸▶►›»→⟶➜➔>|]|->)\s*\S.*",
        r"(?:(?:stories|articles|news|posts|what) )?you (?:may|might) have missed(?:\s*:\s*\S.*)?",
        r"(?:read|open|browse|view|see) (?:the |our |today's |this week's )?(?:e-?paper|e-?edition"
        r"|digital edition|print replica|digital replica)\b.{0,40}|(?:e-?paper|e-?edition)"
        r" (?:subscribers?|readers?|users?)\s*:.{0,80}",
    ),
    "widget": (
        r"hashtags?|tags?|keywords?|topics? covered",
        # Round 20 (thirty-fourth set): disclosure labels, bookmarks of a named kind of page,
        # app downloads by name.
        r"(?:advertiser|advertising|affiliate|editorial|sponsorship) (?:disclosure|disclaimer)"
        r"(?: policy)?",
        r"bookmark (?:this|the) (?:guide|article|story|page|piece|review|post|list|recipe"
        r"|explainer|calculator)\b.{0,30}",
        r"download (?:the |our )?(?:[\w&.'’-]+ ){0,4}app\b.{0,60}",
        # Round 19: a commercial label naming the client ("Produced for VoltaPark").
        r"(?:produced|created|presented|paid for) (?:for|in partnership with) (?!the )"
        r"[\w&.'’ -]{1,30}",
        # Round 18 (thirtieth set): consent buttons and panels without the word "cookies",
        # more ways to keep a story for later, sign-ups counting their readers.
        r"(?:accept|reject|allow|decline|refuse|deny)(?: all)?(?: only)? (?:non-?essential"
        r"|optional|strictly necessary|necessary|essential)(?: only)?"
        r"|consent (?:settings|preferences|options|choices|manager|management|centre|center)"
        r"|(?:manage|change|update|review) (?:your )?(?:consent|cookie|tracking) (?:settings"
        r"|preferences|choices|options)",
        r"(?:pin|bookmark|keep|send|add|save) (?:it |this (?:story |article )?)?(?:to|for|in)"
        r" (?:your |my )?(?:reading list|favou?rites|bookmarks|saved (?:stories|articles)"
        r"|library|read later)",
        # "Join 48,000 readers: the Morning Note" (not "Join 300 volunteers at the beach").
        r"join (?:over |more than |nearly |almost |about |the )?\d[\d,.]*\s*(?:k|m|million"
        r"|thousand)?\+? (?:[\w'’-]+ ){0,3}?[\w'’-]+s(?:\s*[:—–|]| who (?:get|read|receive)"
        r"| on (?:our|the) (?:list|newsletter|mailing list)| in (?:getting|receiving|reading)"
        r"| (?:getting|receiving) (?:the|our))"
        r".{0,80}",
        # Round 16 (twenty-sixth set): comment prompts with a tail, guidelines to read, app
        # downloads, commercial labels with a note, named partners, embeds unavailable.
        r"no comments(?: yet| so far)?\s*[—–:.,!-]\s*.{1,40}",
        # "Listen on the go: download the audio version (MP3, 9.4 MB)".
        r"(?:[^:—–|·•]{0,30}[:—–|·•] ?)?download (?:the |this )?(?:audio|mp3|podcast)(?: version"
        r"| file| edition| episode)?\b.{0,40}",
        r"(?:please )?(?:read|review|see|follow|check) (?:our|the) (?:community|commenting"
        r"|comment|discussion|house) (?:guidelines|rules|standards)(?: before (?:posting"
        r"|commenting|you post|you comment|joining in))?",
        r"(?:download|get|install) (?:the |our )?(?:free )?(?:[\w&'’.-]+ ){0,4}app(?: (?:on|for"
        r"|from|in) .{1,40})?",
        r"(?:advertising|advertisement|sponsored|promoted|paid|partner|paid partner|commercial)"
        r" (?:feature|post|promotion|partnership|article)\b(?:\s*[|·•—–:-]\s*.{1,60})?",
        r"(?:official )?(?:presenting|headline|title|media|lead|principal|founding|timing"
        r"|technology|travel|broadcast|kit|shirt|event|category|premier|official|gold|silver"
        r"|platinum) (?:partner|sponsor)s?\s*:\s*[\w&.'’ -]{1,40}",
        r"(?:[\w-]+ ){0,2}(?:map|chart|graphic|video|player|embed|interactive|widget|content"
        r"|post)s? (?:is |are )?(?:unavailable|not available|not supported|cannot be displayed"
        r"|can't be displayed)(?: (?:in|on|for) (?:your|this|the) (?:[\w-]+ )?(?:browser|device"
        r"|app|region|version|edition|site|page|view|format))?(?:\s*[—–:-]\s*(?:view|see|open"
        r"|read|watch|visit|switch to|go to)\b.{0,40})?",
        # Round 23: share buttons, comment counts and e-mail sign-ups in other languages or
        # other words ("Partager sur Facebook", "Alle 12 Kommentare anzeigen", "Enter your
        # email for the weekly digest").
        r"(?:compartir|compartilhar|partager|teilen|condividi|condividere|delen|deel|dela|del"
        r"|udostępnij|paylaş)(?: (?:en|no|na|sur|auf|bei|per|su|op|via|på|w|por|par|met))?"
        r" (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|reddit|pinterest|bluesky"
        r"|threads|mastodon|messenger|signal|sms|correo(?: electrónico)?|courriel)",
        r"(?:(?:ver|voir|leer|lire|mostrar|afficher|alle|leggi|vedi|mostra|bekijk|lees|visa"
        r"|zobacz|wyświetl) )?(?:(?:los|les|i|die|le|os|as|alle|todos los|tous les|tutti i"
        r"|wszystkie) )?\d[\d.,]* (?:comentarios?|commentaires?|kommentare?|commenti|commento"
        r"|comentários?|reacties|reactie|kommentarer|kommentar|komentarz[ey]?|komentarzy"
        r"|yorum)(?: (?:anzeigen|lesen|ansehen|bekijken|lezen|visa|läsen))?",
        r"(?:enter|add|drop|type|leave|pop) (?:your |an )?e-?mail(?: address)?(?: (?:below"
        r"|here))? (?:for|to get|to receive|to join|to sign up|to subscribe|and get|and receive"
        r"|and we'll send)\b.{0,60}",
        r"share(?: this| the| on| via)?(?: article| story| post| page| link| video)?"
        r"(?: (?:on|via|with|to) .{1,20})?|(?:post|send) (?:it |this )?(?:on|to|via) .{1,20}",
        r"\d+ shares?|shares?|shares?(?: count)?\s*[:|]?\s*[\d.,]+[km]?|[\d.,]+[km]? shares?",
        r"spread the word|pass (?:this|it)(?: (?:story|article|piece|post|link))? (?:on|along)"
        r"(?:\s*[:—–(,-]\s*[^.]{1,60})?|print(?:er)?[- ]friendly(?: version| page| format| view)?"
        r"|tell a friend|cite this (?:article|story|page|post)"
        r"|copy (?:the )?citation|add to my (?:stories|list|reading list|saved(?: stories)?)",
        r"copy(?: the)? link|link copied(?: to clipboard)?|copied",
        r"(?:e-?mail|print|tweet|pin(?: it)?|save|bookmark|reply|respond|report|like|dislike"
        r"|forward)"
        r"(?: this| the)?(?: article| story| page| post| link)?(?: for later)?"
        r"(?: (?:via|by|on|over|with) [\w.'-]+(?: [\w.'-]+)?)?",
        r"thanks? (?:you )?for (?:signing up|subscribing|registering|reading|your feedback).{0,40}",
        r"enter your (?:email|e-mail)(?: address)?.{0,30}",
        r"send (?:us )?(?:your )?(?:feedback|tips?|a tip|news tips?|story ideas?"
        r"|a correction).{0,30}",
        r"comments?(?: \(\d+\))?|\d+ comments?|comment(?: on this (?:article|story))?|replies",
        r"no comments(?: yet)?(?: \.+|\.+)?|be the first to comment.*",
        # Invitations to comment: "Be the first to have your say", "What do you think?
        # Leave your thoughts below", "Drop us your views".
        r"be the first to (?:reply|respond|react|have your say|share your (?:thoughts|views?"
        r"|opinion)|weigh in|chime in|join in|start the (?:conversation|discussion)).*",
        r"what do you think\?? (?:leave|share|tell|let|post|add|have|comment|join|sound off"
        r"|drop)\b.*",
        # Moderation notes: "Your comment is awaiting moderation".
        r"(?:your |this )?(?:comment|reply|post|response)s? (?:is |are )?(?:awaiting|pending"
        r"|held for) (?:moderation|approval)",
        r"(?:nobody|no ?one) has (?:commented|replied|responded)(?: yet)?|there are no comments"
        r"(?: yet)?",
        r"(?:tell|let) us (?:what you think|your (?:thoughts|views?))|share your (?:thoughts"
        r"|views?|comments)",
        r"(?:view|show|read|hide|load|see|open|close) (?:all )?(?:the )?(?:\d+ )?(?:comments?"
        r"|replies)",
        r"(?:join|start|continue|open) (?:the|a) (?:conversation|discussion|debate)(?: below)?",
        r"have your say(?:\s*[:—–-]?\s*.{1,30})?|(?:discuss|debate) (?:this|the) (?:story"
        r"|article|post|topic|issue)",
        r"(?:newest|oldest|latest|most recent|top|best) (?:first|comments)|newest|oldest"
        r"|most recent|most liked|top rated|ad ?choices"
        r"|why (?:am i|are you) seeing this(?: ad| advert)?\??|why (?:do i|do you) see this"
        r"(?: ad| advert)?\??",
        r"(?:leave|post|add|write|submit|drop) (?:a |your |us (?:a |your )?)?(?:reply|comment"
        r"|response|thoughts|views?|opinions?)(?: below| here| in the comments)?",
        r"(?:log|sign) ?in to (?:comment|reply|post|react)",
        # Round 21: a count and a call ("47 comments — add your voice").
        r"\d[\d,.]*k? (?:comments?|replies|responses)\s*[—–:|-]\s*(?:add|join|have|share|leave"
        r"|post|read|see|view) .{1,20}",
        # "Sponsored by Harbour Bank", not "Sponsored by a betting firm, the club faces a
        # backlash": the sponsor's name and perhaps a note after a separator.
        r"advertisement|advertising|advert|ads?|sponsored(?: content| post| by [^,.;!?|·•—–]+"
        r"(?:\s*[|·•—–]\s*.{0,40})?)?",
        # Round 21: the label in other languages; a maker's label ("Brand Voice"); adverts
        # from elsewhere ("Promoted stories from around the web"); an ad network's name
        # and its question ("Ads by Quaymart — Why am I seeing this?").
        r"anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|publicidade|advertentie"
        r"|reklame?|annons|mainos|gesponsert|patrocinado|sponsoris[ée]|brand ?voice",
        r"(?:promoted|sponsored|paid) (?:stories|links|content|posts|articles)(?: from (?:around"
        r" |across )?the (?:web|internet)| (?:by|from) [\w .&'’-]{1,30})?",
        r"(?:ads?|adverts?|advertising|sponsored) by [^—–|]{1,40}\s*[—–|]\s*why (?:am i|are you)"
        r" seeing this(?: ad| advert)?\??",
        # (not "Promotion" alone: a sports story's subhead as often as an advert's label)
        # A commercial label with its note: "Partner content: not written by our staff",
        # "Content from our commercial team", "Members unlock ad-free pages".
        r"(?:partner|sponsored|paid|advertiser|commercial|branded) content\s*[:—–|]\s*[^.]{1,60}"
        r"|content (?:from|by) (?:our |the )?(?:commercial|advertising|partnerships?|branded"
        r" content|sales|marketing) (?:team|department|desk|partners?|studio)"
        r"|(?:members|subscribers|supporters|patrons|insiders) (?:get|unlock|enjoy) (?:[\w-]+ )"
        r"{0,3}(?:ad-free|exclusive|bonus|early access|perks"
        r"|discounts)\b.{0,40}",
        r"promo|advertorial|(?:paid )?(?:partner|sponsor|sponsored|advertiser) (?:content"
        r"|offers?|message|promotion|feature|listing|article|story|links?|spotlight|showcase"
        r"|corner|profile)(?: (?:from|by|for|with)"
        r" [\w&.' -]{1,40})?",
        r"(?:presented|brought to you|promoted|powered|paid for) by(?: [\w&.'-]+){0,5}",
        r"(?:(?:would|do you|you'd) )?(?:prefer to|want to|rather|like to) listen(?: instead)?\??"
        r"(?: .{0,30})?"
        r"|(?:press|tap|click|hit) (?:play|▶|►)(?: to .{1,20})?|(?:audio|video|podcast|transcript)"
        r" (?:version )?available",
        r"hear (?:this|the) (?:piece|story|article|report)",
        r"(?:e-?mail|text|message) a (?:friend|colleague)",
        r"promoted(?: content| stories)?|paid (?:content|post|partner(?:ship)?|promotions?"
        r"|placement)(?: (?:with|by|from|for) .{1,40})?|partner content"
        r"|(?:produced |presented )?in (?:partnership|association) with(?: .{1,30})?",
        r"(?:go|get|try|read|browse|enjoy) ad[- ]free.*",
        r"(?:remove|hide|block|turn off|skip) (?:the )?(?:ads?|adverts?|advertisements?)"
        r"(?:\s*[—–|:,-]\s*.{1,40})?|paid for by .{1,40}",
        # Comment controls: "Post as guest", "Reader comments".
        r"(?:post(?:ing)?|comment(?:ing)?|repl(?:y|ying)|continue|sign in|log in) as (?:a )?guest"
        r"(?:\s*[·|•—–-]\s*.{1,30})?",
        r"(?:reader|readers'?|user|your) (?:responses|comments|reactions|replies)",
        # Share and reuse controls: "Shared 2,134 times", "Gift link", "Permalink",
        # "Republish this article".
        r"shared [\d.,]+[km]? times|gift (?:link|this)|permalink|short ?link|copy (?:the )?url",
        r"(?:republish|reuse|syndicate|license|reprint) (?:this|the|our) (?:article|story"
        r"|investigation|report|column|feature|analysis|interview|photo|photograph"
        r"|content|piece|post)",
        # Comment controls and counts: "Report abuse", "Upvote | Downvote", "Conversation
        # (17)", "12 people are talking about this".
        r"(?:report|flag)(?: as)? (?:abuse|inappropriate|spam|offensive)(?: comment)?"
        r"|report (?:this )?comment",
        r"(?:up|down)vote(?:\s*[|•·/]\s*(?:up|down)vote)?",
        # How the comments are run: "Comments are subject to our guidelines", "Commenting
        # is now closed", "Notify me of new comments", "Please keep comments civil".
        r"comments? (?:are|is) subject to .{1,50}|comments? (?:will )?(?:open|reopen|close)"
        r" (?:shortly|soon|later|at .{1,20})",
        # Not a rule of a platform about a kind of post or user: "Comments are disabled on
        # videos made for children" is news.
        r"(?:comment(?:ing|s)?|discussion|conversation|replies)(?: (?:is|are|has been|have been))?"
        r" (?:now )?(?:closed|disabled|turned off|switched off|unavailable|paused)"
        r"(?! (?:on|for|to|in|under) (?:(?!this |these |our |the )[\w'’-]+ ){0,2}"
        r"(?:videos|posts|accounts|channels|children|kids|minors|teens|teenagers|users|clips"
        r"|creators|profiles)\b)(?: .{1,30})?",
        r"notify me of (?:new |follow-up |any )?(?:comments|replies|posts).*",
        r"(?:please )?(?:keep|be) (?:comments |it |your comments )?(?:civil|respectful|on topic"
        r"|kind|polite)(?:[.!] .{1,40})?",
        r"the (?:views|opinions) expressed in (?:the )?(?:comments|reader comments) .{1,60}",
        r"react to this (?:story|article|post)|what's your reaction\??"
        r"|add your (?:voice|comment|thoughts|views?)(?: .{0,30})?",
        r"(?:conversation|discussion|responses|reactions) ?\(\d[\d,.]*k?\)",
        r"[\d,.]+k? (?:people|readers|others|users) (?:are )?(?:talking about|discussing"
        r"|reading|commenting on|viewing) (?:this|it)(?: (?:story|article))?(?: now| right now)?",
        # Advertising: "Close ad", "Shop now", "Content by Brandco", affiliate notes.
        r"close (?:the )?(?:ad|advert|advertisement)|shop (?:now|the look|this story)"
        r"|content by (?!the )[\w&.' -]{1,30}",
        r"affiliate (?:disclosure|links?|notice)\b.*",
        r"(?:advert|advertisement|ad|sponsor|sponsored)\s*:\s*[\w&.' -]{1,40}|native advertising"
        r"|commercial feature|(?:ads|recommended|promoted|suggested) by [\w&.'-]{1,20}"
        r"|an? (?:word|message) from (?:our |this |the )?(?:sponsors?|partners?|advertisers?)",
        r"(?:the )?(?:story|article|content|report|text|feature|piece|post|review|interview)"
        r" (?:continues|resumes) (?:below|after)"
        r"(?: (?:the|this|these|our))?(?: (?:sponsored|paid|partner|promoted))? (?:ads?|adverts?"
        r"|advertisements?|messages?|break|sponsor\w*(?: message)?|promotion|video|slot|spot"
        r"|space|placement)(?: from (?:our |the |a |this )?(?:sponsors?|advertisers?|partners?))?"
        r"|(?:the )?(?:story|article|content|report|text) (?:continues|resumes)"
        r" below"
        r"(?: advertisement)?",
        r"scroll (?:down )?to (?:continue|read)(?: reading)?|continue reading (?:below"
        r"|the main story)",
        r"listen(?: to (?:this|the) (?:article|story|podcast|episode))?(?: \d+ min\w*)?",
        r"\d+[ -]?min(?:ute)?s? (?:read|listen|watch)|reading time:? .{1,20}|[\d.,]+k? words"
        # Round 19 (thirty-second set): "About 4 minutes to read (1,020 words)".
        r"|(?:about |around |approx\.? |under |less than |~ ?)?\d+[ -]?(?:min(?:ute)?s?|hours?"
        r"|hrs?) (?:to read|of reading|reading|to listen|of listening|listening)"
        r"|time to (?:read|listen)\s*:?\s*(?:about |approx\.? |under |less than |around |~)?\d+"
        r" ?(?:min(?:ute)?s?|m|hours?|hrs?)\b.{0,10}",
        r"(?:(?:est(?:imated)?|approx(?:imate)?)\.? )?(?:read(?:ing)?|listen(?:ing)?)(?: time)?"
        r"\s*:? (?:approx\.? |about |around |under |~ ?)?\d+ ?(?:min(?:ute)?s?|m)\b"
        r"(?: \d+ ?(?:sec(?:ond)?s?|s)\b)?",
        # A server's error page: "Error 503 — service unavailable", "404: page not found".
        r"(?:error|http)(?: code)? [45]\d\d(?:\s*[.:—–-]\s*.{0,50})?"
        r"|[45]\d\d\s*[:—–-]?\s*(?:error|(?:page |file )?not found|forbidden|bad gateway"
        r"|gateway time-?out|service (?:temporarily )?unavailable"
        r"|internal server error)(?:\s*[.:—–-]\s*.{0,40})?"
        r"|(?:the )?(?:service|server|site|page) (?:is )?(?:temporarily )?unavailable(?:[.!,]? "
        r"(?:please )?(?:try again|retry|check back|come back)\b.{0,30})?",
        r"(?:play|watch)(?: the)? (?:video|now|live|more)|video|photos?|gallery|audio",
        r"(?:font|text) size(?:\s*:?\s*.{1,20})?|a-|a\+|aa",
        r"(?:give|send) (?:us )?feedback|feedback|(?:report|flag)(?: an?)? (?:error|typo|issue"
        r"|correction)",
        r"try our ai features?|ai (?:features?|tools?|insights?)",
        r"explore what .{1,40} can do(?: for you)?",
        r"(?:ask|chat with|summari[sz]e with|summari[sz]e) .{0,20}\bai\b.{0,20}",
        r"follow(?: us)?(?: on .{1,30})?|follow @\S+(?: on .{1,20})?",
        r"follow [a-z0-9 &.'-]{1,30} on (?:twitter|x|facebook|instagram|linkedin|tiktok"
        r"|youtube|threads|bluesky|google news|whatsapp|telegram)",
        # Round 21: on several networks, and what for ("… on Threads and Bluesky for
        # breaking news"); channels to join ("Join the … channel on Telegram for alerts").
        r"follow [a-z0-9 &.'-]{1,30} on (?:(?:twitter|x|facebook|instagram|linkedin|tiktok"
        r"|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram)(?:,? (?:and|&|or) |, ))+"
        r"(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon"
        r"|google news|whatsapp|telegram)(?: (?:for|to get) .{1,40})?"
        r"|follow [a-z0-9 &.'-]{1,30} on (?:twitter|x|facebook|instagram|linkedin|tiktok"
        r"|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram) (?:for|to get) .{1,40}",
        # Round 22: "Keep up with <site> on Instagram, YouTube & Bluesky".
        r"(?:keep up|stay (?:up to date|connected|in touch)|catch up) with [a-z0-9 &.'-]{1,30} on"
        r" (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon"
        r"|google news|whatsapp|telegram)(?:(?:,? (?:and|&|or) |, )(?:twitter|x|facebook"
        r"|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp"
        r"|telegram))*(?: (?:for|to get) .{1,40})?",
        r"\d[\d,.]*k? (?:comments?|replies|responses|reactions)",
        r"(?:los )?comentarios (?:est[áa]n )?(?:cerrados|desactivados)(?: .{1,30})?"
        r"|(?:les )?commentaires (?:sont )?(?:ferm[ée]s|d[ée]sactiv[ée]s|clos)(?: .{1,30})?"
        r"|(?:die )?kommentar(?:e|funktion) (?:sind |ist )?(?:geschlossen|deaktiviert)(?: .{1,30})?"
        r"|(?:i )?commenti (?:sono )?(?:chiusi|disattivati)(?: .{1,30})?"
        r"|(?:os )?coment[áa]rios (?:est[ãa]o )?(?:fechados|encerrados|desativados)(?: .{1,30})?"
        r"|(?:de )?reacties (?:zijn )?(?:gesloten|uitgeschakeld)(?: .{1,30})?",
        r"(?:(?:hmm|oops|sorry|uh-oh|whoops)[,.!…]* )?(?:this|the|our) (?:[\w'’-]+ ){0,2}?"
        r"(?:section|content|module"
        r"|widget|feed|player|video|audio|map|chart|graphic|gallery|live blog|page element)"
        r" (?:didn'?t|did not|couldn'?t|could not|failed to|won'?t|can'?t|cannot) load\b.{0,40}"
        r"|(?:the |this )?(?:audio|video|media|podcast) player (?:could not|couldn'?t|cannot"
        r"|can'?t|failed to) (?:be )?load(?:ed)?\b.{0,40}",
        r"join (?:our|the|us on)(?: [\w&'’.-]+){0,3} (?:channel|community|group)s? on (?:whatsapp"
        r"|telegram|signal|discord|viber)\b.{0,40}",
        r"(?:partager|compartir|teilen|condividi|compartilhe|delen)(?: (?:l'|l’|cet |este |esta "
        r"|diesen |den |questo |dit )?(?:article|artículo|artikel|articolo|artigo|beitrag|noticia"
        r"|notícia))?(?:\s*[:|]\s*.{1,50})?",
        r"(?:download|get|install) (?:the|our) (?:free )?(?:[\w-]+ )?app(?: .{0,40})?",
        r"(?:available|download) on the app store.*|get it on google play.*",
        r"(?:subscribe|sign up|register|join|get|receive)(?: now| today| free)?(?: to| for)?"
        r" (?:our |the |a )?(?:free )?(?:daily |weekly |morning |evening )?(?:[\w-]+ )?"
        r"(?:newsletters?|alerts?|podcast|channel|updates|briefing|digest|bulletin)(?: .{0,40})?",
        r"(?:our |the |free |daily |weekly )?newsletters?(?: sign[- ]?up)?",
        r"get (?:the latest|our|breaking) .{0,40}(?:inbox|email|newsletter|alerts?)",
        r"(?:click|tap|press) here.*",
        r"(?:like|follow|share|support) us(?: on .{1,30})?",
        r"supports? (?:(?:our|independent|quality|local|public[- ]interest|trusted|community"
        r"|student|campus|nonprofit|non-profit|reader-funded|investigative|accountability"
        r"|regional|rural) )+journalism.*|supports? (?:(?:our|independent|local|public|community"
        r"|student|campus|nonprofit|non-profit|listener-funded|reader-funded) )+(?:radio"
        r"|broadcasting|news(?:room)?|media|reporting)(?:\s*[:—–-]\s*.{0,50})?"
        r"|chip in(?: [$€£]?\d[\d.,]*)? to (?:keep|support|help|fund) .{1,50}"
        r"|donate(?: now| today| here)?"
        r"|donate to (?:the |our )?(?:[\w&.'-]+ ){0,5}?(?:fund|foundation|newsroom|press"
        r"|journalism|trust)(?: .{0,20})?|donate to (?:us|our work|this site)",
        r"(?:accept|reject|allow)(?: all)?(?: cookies)?|cookie (?:settings|preferences|policy)"
        r"|(?:accept|reject|allow|decline|refuse|deny|block)(?: all)?(?: only)? (?:non-?essential"
        r"|optional|necessary|essential|strictly necessary|analytics|marketing|tracking"
        r"|advertising|functional|third[- ]party)(?: and [\w-]+)? cookies"
        r"|manage (?:cookies|preferences|consent)",
        r"(?:tags?|topics?|keywords?|filed under|categories|posted in|tagged(?: with| in| as)?"
        r"|filed in|posted under)\s*:.*"
        r"|(?:tags?|tagged(?: with| in| as)?|filed under|filed in|posted in|posted under)"
        r"\s*[»›|→]\s*\S.*",
        r"(?:watch|video|listen|gallery|in pictures|podcast|live|audio)\s*:.*",
        r"(?:advertisement|sponsored(?: content)?)(?:\s*[-–—:|·]?\s*(?:scroll|continue|skip|"
        r"story continues|article continues|report this ad).{0,40})?",
        r"(?:skip|report this) (?:advertisement|ad)|supported by",
        r"listen(?: now| to (?:this|the) (?:article|story|podcast|episode))?"
        r"(?:\s*[(·|-]?\s*\d+(?::\d+)? ?min\w*\)?)?(?: learn more)?",
        r"loading(?: (?:the |an? |our )?(?:interactive |live )?(?:graphics?|map|chart|video|player"
        r"|content|comments|media|widget|data|results|more|poll|quiz|gallery|audio|article|story"
        r"|page|feed|scores|table))?|please wait|refreshing",
        r"(?:an? |sorry, (?:an? )?)?(?:unexpected )?error (?:has )?occurred.{0,40}"
        r"|(?:(?:oops|whoops|sorry|uh-?oh|hmm)[,!.]?(?: [—–-])? )?something went wrong(?:(?:[.!,]"
        r"| on our (?:end|side)| loading\b| while\b| with (?:this"
        r"|the|your) (?:page|video|player|widget|content|request|embed|comments|form|graphic|map"
        r"|chart)\b).{0,60})?|(?:please )?try again(?: later)?",
        r"(?:sorry|whoops|uh-?oh)[,!.]? .{0,30}\b(?:went wrong|error|broke|failed|unavailable"
        r"|not available|can't be|cannot be|couldn't)\b.{0,40}",
        # Error and availability notices: "Oops, something broke.", "Content not available".
        r"oops\b.{0,40}|something (?:broke|has gone wrong|is wrong|isn't working)\b.{0,40}",
        r"(?:this |the )?(?:content|video|page|article|story|audio|media|item|feature|clip"
        r"|player|gallery|embed|(?:media |video |audio )?playback) (?:(?:is |was )?(?:currently )?"
        r"(?:not|no longer) (?:available|supported)|(?:isn't|wasn't) (?:currently )?(?:available"
        r"|supported)|(?:is |was )?(?:currently )?(?:unavailable|unsupported))\b.{0,30}",
        r"(?:reload|refresh)(?: (?:the|this) page)? (?:to|for) .{1,30}",
        r"(?:sorry,? |oops,? )?(?:this |the )?(?:embedded |external |third-party "
        r"|interactive )?(?:content|video|page|article|story|audio|media|item|clip|player"
        r"|gallery|embed|graphic|map|chart|poll|quiz|form|widget|timeline|infographic"
        r"|interactive|tweet|post|document|slideshow) (?:could not|couldn't|cannot|can't|failed to)"
        r" (?:be )?(?:load|display|play|show)\w*\b(?:\s*[.!(:;,—–-].{0,30}| (?:here|on"
        r" (?:this|your) (?:device|browser|page|screen|connection)|in (?:your|this) (?:browser"
        r"|app|region)|right now|at the moment|for (?:you|now)))?",
        r"comments (?:are|have been) closed|cancel reply|jump to comments",
        r"share (?:full|this) (?:article|story)|give this article|read in app|gift "
        r"(?:this |the )?(?:article|story|piece|post)(?:\s*[—–(,:-]\s*.{0,40})?"
        r"|\d+ gifts? (?:left|remaining)\b.{0,30}|gift (?:credits?|articles?|links?|tokens?)"
        r" (?:left|remaining)\b.{0,30}",
        # A comment taken down: "This comment has been removed by a moderator".
        r"(?:this |the )?(?:comment|reply|post|message) (?:has been|was) (?:removed|deleted"
        r"|hidden)(?: by (?:a |the |our )?(?:moderators?|authors?|users?|editors?|staff))?",
        r"(?:playback|narration|audio|reading|listening|voice) speed\b.{0,30}",
        r"(?:audio|episode|clip|video|podcast|track|recording|story|article) (?:length|duration"
        r"|runtime|running time)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?",
        r"brand(?:ed)? (?:studio|content|partner(?:ship)?|voices?|stories|lab)(?: (?:feature"
        r"|story|article|content|piece|post))?(?: (?:for|from|by|with) [\w&.' -]{1,40})?",
        # Sponsors named: "Reader offers from our sponsors", "This segment is brought to you
        # by ...".
        r"(?:[\w'-]+ ){0,3}from (?:our|these|the site's) (?:sponsors|advertisers|commercial"
        r" partners|partners)",
        r"(?:this |the )?(?:segment|section|feature|story|article|newsletter|podcast|episode"
        r"|coverage|page|series|report) (?:is |was )?(?:brought to you|sponsored|presented"
        r"|supported|powered|paid for|made possible) by(?: [\w&.'-]+){1,5}",
        r"download (?:as (?:a )?pdf|(?:the |this )?(?:pdf|article|story|page)(?: as (?:a )?pdf)?)"
        r"(?: .{0,40})?",
        r"pay what you (?:can|want|like)(?: .{0,30})?",
        r"(?:ad|advert|advertisement) (?:closes|will close|ends|is skippable|can be skipped)\b"
        r".{0,30}",
        r"(?:was this (?:article|story|summary|answer|page|content|information) helpful"
        r"|(?:did you )?(?:enjoy(?:ed)?|like[ds]?|love[ds]?)"
        r" this (?:article|story|piece|report)|rate this "
        r"(?:article|story))\??.*",
        r"(?:image|media|video|photo) (?:caption|source|credit)\b.*",
        r"\(?(?:ap|afp|reuters|epa|getty|file|upi) (?:photo|images?)\b.{0,60}\)?",
        r"opens new tab|purchase licensing rights",
        r"(?:add to|save to|remove from) (?:your )?(?:favou?rites|reading list|bookmarks|my list"
        r"|saved)"
        r"|reading list|saved (?:articles|stories)",
        r"scroll (?:down|up)\b.{0,30}",
        r"text[- ]to[- ]speech|(?:read|listen) aloud",
        # Audio players: "Speed 1.25x", "00:00 / 04:32", "Listen on Spotify", "Open in your
        # podcast app", "Summarize this article", "Was this summary helpful?".
        r"(?:playback )?speed:? ?\d(?:\.\d+)?x|\d(?:\.\d+)?x(?: speed)?",
        r"\d{1,2}:\d{2}(?::\d{2})? ?/ ?\d{1,2}:\d{2}(?::\d{2})?",
        r"(?:listen|subscribe|follow|open|play)(?: to (?:this|the|our) (?:episode|podcast|show))?"
        r" (?:on|in|with|via) (?:your |the )?(?:podcast app|apple podcasts|spotify|google podcasts"
        r"|pocket casts|overcast|amazon music|youtube music|stitcher|castbox|podcast player)",
        r"(?:turn|convert) this (?:article|story) into (?:audio|a podcast)"
        r"|(?:skip|rewind|fast[- ]forward|jump)(?: (?:back|ahead|forward|back by))? \d+ ?(?:seconds"
        r"|secs?|s)|open (?:the )?(?:audio|media|video) player",
        r"chat about this (?:article|story)|ask (?:a question|questions) about this (?:article"
        r"|story)(?: .{0,30})?|questions about this (?:article|story)\?? ask .{1,30}"
        r"|original language\s*:\s*[\w ]{1,20}",
        r"summari[sz]e (?:this|the) (?:article|story|page|piece|post)(?: .{0,30})?"
        r"|get the (?:gist|summary|short version|tl;dr)",
        r"sort (?:by|comments by)(?: (?:newest|oldest|latest|best|top|popular|most \w+))?"
        r"|sort(?: comments| replies)?(?: by)?\s*:\s*[\w ,|•/-]{1,40}"
        r"|(?:send|e-?mail|share) (?:this |it )?(?:\w+ )?(?:to|with) a friend",
        # Gallery and reader-interface controls: "3 / 12", "1 of 6", "Back to gallery",
        # "Hide caption", "Learn more", "Explore further", "Link copied".
        r"\d{1,3} ?(?:/|of) ?\d{1,3}",
        r"(?:hide |show |expand )?captions?|(?:back to|view|open|launch|see) (?:the )?"
        r"(?:gallery|slideshow|photos?|images?)|(?:previous|next) (?:image|photo|slide)",
        r"learn more|explore further|about the authors?|(?:copy )?link (?:url )?copied"
        r"|copy link url copied",
        # Round 24: saving to a reading list; sending the story to someone; reposts and
        # share tallies; buttons of a pop-up; ad-free offers; comment windows, moderation
        # and rules; the word "comments" in other languages; offline, loading and failed
        # embeds; human checks; newsletters named as a thing to get.
        r"(?:save|add|pin)(?: (?:this|it)(?: (?:story|article|piece|route|recipe|report"
        r"|review))?)? to (?:my|your) (?:[\w'’+-]+ ){0,3}[\w'’+-]+",
        r"saved\W*(?:find|see|view) it (?:under|in|on) (?:my|your) .{1,30}",
        r"(?:send|forward|text|email|e-mail|share) (?:this|it|the (?:story|article|piece"
        r"|forecast|link|investigation|report))?(?: \w+)? ?(?:to|with) (?:a |your |some(?:one"
        r"|body)|any(?:one|body)|friends?|mates?|pals?|colleagues?|neighbou?rs?|family)\b.{0,50}",
        r"(?:forward|send|share) (?:it |this )?(?:via|on|by|through) (?:whatsapp|line|telegram"
        r"|signal|sms|text|e-?mail|messenger|wechat|viber)\b.{0,40}",
        r"re-?(?:post|share|tweet)(?: (?:this|it))?(?: (?:on|to) .{1,40})?|quote[- ]post",
        r"(?:shared|saved|reposted|forwarded|liked|bookmarked) [\d.,]+k? times(?:\W+(?:shared"
        r"|saved|reposted|forwarded|liked|bookmarked) [\d.,]+k? times)*",
        r"[\d.,]+k? (?:people|readers|riders|members|others) (?:have )?(?:passed this on"
        r"|shared this|saved this|saved it|bookmarked this|reposted this)\b.{0,20}",
        r"(?:shares|saves|reposts|likes|bookmarks)\s*:\s*[\d.,]+k?(?:\W+(?:shares|saves|reposts"
        r"|likes|bookmarks)\s*:\s*[\d.,]+k?)*",
        r"(?:not now|no thanks|maybe later)(?:,? thanks)?|remind me (?:later|next week|tomorrow"
        r"|in a (?:day|week))",
        r"(?:(?:tired of|hate|sick of|fed up with|annoyed by|no more) (?:the )?ads\?? ?)?(?:go"
        r"|read|browse|enjoy|get|switch to) ad-?free\b.{0,60}",
        r"(?:remove|hide|block|skip|turn off|lose) (?:the |all )?ads (?:with|for|by|on)\b.{0,40}",
        r"(?:recommended|selected|chosen|picked|presented) (?:by|from) (?:our )?(?:sponsors?"
        r"|partners?|advertisers?)",
        r"(?:buy|book|place) an? (?:ad|advert|advertisement)\b.{0,40}",
        r"(?:comments?|commenting|replies|the comment section) (?:is |are |has been |have been"
        r" )?(?:now )?(?:paused|suspended|shut|closed|switched off|turned off|disabled"
        r"|temporarily (?:closed|paused|off))(?: (?:on|for|under) (?:this|the) (?:story|article"
        r"|piece|post|page|report)\b.{0,60}| (?:for legal reasons|while|until|overnight|for now"
        r"|temporarily)\b.{0,60}|\s*[;:.,—–-].{0,60})?|(?:the )?(?:discussion|conversation)"
        r" (?:is |has been )?(?:now )?(?:paused|suspended|closed|switched off|turned off"
        r"|disabled)(?: (?:overnight|for now|for the night|on this (?:story|article|piece"
        r"|post)))?(?:\s*[;:.,—–-].{0,60})?",
        r"(?:comments?|commenting|replies|discussion|the discussion) (?:is |are |stay |stays"
        r" |remain |remains |will (?:stay|remain|be) )?open (?:for \d+ ?(?:hrs?|hours?|days?)"
        r"|until (?:midnight|\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?))\b.{0,60}",
        r"(?:read|see|check|review) (?:our|the) (?:[\w'’-]+ )?(?:community|commenting|comment"
        r"|house|discussion|posting) (?:code|rules|guidelines|standards|policy)\b.{0,40}",
        r"your (?:comment|reply|post|response) (?:is|has been) (?:awaiting|pending|held for"
        r"|submitted for|sent for) (?:approval|moderation|review)\b.{0,40}",
        r"be the first to (?:leave|post|add|write|share|drop) (?:a |an |your )?(?:[\w-]+ ){0,2}"
        r"(?:comment|note|review|reply|response|thoughts|tip|take)s?\b.{0,30}",
        r"have your say\b(?:\s*[:—–?!-]\s*.{0,60})?",
        r"(?:(?:hot take|thoughts|got an opinion)\?\s*)?drop (?:it|them|yours|a comment|your"
        r" thoughts|a note) (?:below|in the comments)\b.{0,40}",
        r"(?:comentarios|commentaires|kommentare|commenti|comentários|reacties|kommentarer"
        r"|komentarze)(?: \(\d+\))?(?: anzeigen)?",
        r"(?:pinned by (?:the |our )?(?:editors|moderators|newsroom)|featured (?:reader )?"
        r"(?:comment|response|reply))\b.{0,40}",
        r"(?:you(?:'re| are)|you appear to be|you seem to be|it (?:looks|seems) like you(?:'re"
        r"| are)) offline\b.{0,80}",
        r"loading\b.{0,30}(?:…|\.\.\.)\s*if .{0,40}\brefresh\b.{0,30}",
        r"are you (?:a )?(?:human|robot)\?\s*(?:tick|check|click|tap|prove|verify|confirm"
        r"|complete|press)\b.{0,50}",
        r"(?:(?:hmm|oops|sorry|uh-oh|whoops)\W* )?(?:the |this |our )?(?:[\w-]+ ){0,2}(?:gallery"
        r"|viewer|map|chart|graphic|video|player|embed|interactive|widget|content|slideshow"
        r"|document|pdf|image|photo|poll|quiz|live ?blog|feed) (?:couldn't|could not|can't"
        r"|cannot|failed to|did not|didn't|won't) (?:be )?(?:load(?:ed)?|display(?:ed)?|shown?"
        r"|open(?:ed)?|play(?:ed)?)(?:\s*\([^)]{0,30}\))?(?:[.!]\s*(?:try|refresh|check|download"
        r"|tap|click|reload|view|please|open|see)\b.{0,60})?",
        r"(?:get|grab|join|try) (?:the|our) (?:[\w'’-]+ ){0,4}newsletter\b.{0,60}"
        r"|.{0,60}\b(?:straight|direct(?:ly)?) (?:to|into) (?:your|yuh|ur) inbox\b\W*(?:sign"
        r" up|subscribe|join)\b.{0,20}",
        r"tip jar\b.{0,80}",
        # Round 25: gift links left, saving without a "this", clipping and stashing,
        # reposting a named piece, forwarding a named piece, bookmarks, captions and
        # playback speed, comments on this story paused or locked, a discussion closed,
        # comments removed by moderators, house rules, flags and mutes, posting as a
        # guest, comment boxes in other languages, "made this? tell us", browsers too
        # old, ad blockers noticed, connection checks, human checks, legitimate interest,
        # players that fail to start; partner and sponsor credits, ad-free offers, shop
        # the story, pieces made with a sponsor's support, ad labels in other languages.
        r"(?:you have|you've got) \d+ (?:of \d+ )?gift (?:articles|links|stories|credits|shares)"
        r"(?: (?:left|remaining))?(?: (?:this|per|a) month)?",
        r"(?:save|add|pin|clip|stash)(?: (?:this |it |the )?(?:story|article|piece|route|recipe"
        r"|report|review|letter|episode|post|dispatch))? to (?:my|your) (?:[\w'’+-]+ ){0,3}"
        r"[\w'’+-]+(?:\s*\[\+\])?|(?:save|add) (?:it |this )?to (?:my |your )?(?:reading (?:list"
        r"|queue)|favou?rites|bookmarks|saved (?:items|stories)|watchlist)\b.{0,5}",
        r"(?:save|stash|keep) (?:it|this)(?: [\w-]+)? for later(?:\s*[☆★(\[].{0,40})?",
        r"re-?(?:post|share|tweet) (?:this|it)(?: [\w-]+){1,3}",
        r"(?:forward|send|share) (?:it |this (?:[\w-]+ )?)?(?:via|on|by|through) (?:whatsapp|line"
        r"|telegram|signal|sms|text|e-?mail|messenger|wechat|viber)\b.{0,40}",
        r"(?:send|forward|text|email|e-mail|share) (?:this|it|the)(?: [\w-]+){0,2} (?:to|with)"
        r" (?:a |your |some(?:one|body)|any(?:one|body))?(?:friends?|mates?|pals?|colleagues?"
        r"|neighbou?rs?|family|fan)\b.{0,50}",
        r"bookmark (?:this|it)(?: [\w-]+)?(?: for later)?|(?:bookmark|story|article|item)"
        r" (?:removed|saved|added)\.? ?(?:undo\??)?(?:\s*[—–.:-]?\s*(?:find it|saved to|see it"
        r"|view it)\b.{0,40})?|bookmark\W+saved to (?:your|my) .{1,30}",
        r"(?:captions?|subtitles?|transcript) (?:available|on|off)"
        r"|(?:speed\s*:?\s*)?\d(?:\.\d{1,2})?x",
        r"(?:comments?|commenting|replies|discussion|the discussion|conversation)(?: (?:on|for"
        r"|under) (?:this|the) [\w-]+)? (?:is |are |has been |have been )?(?:now )?(?:paused"
        r"|suspended|locked|closed|switched off|turned off|disabled)(?: (?:while|until|following"
        r"|after|because|due to|pending)\b.{0,60}|\s*[.;:,—–-].{0,60})?",
        r"this (?:discussion|conversation|thread|comment section) (?:has|is|was) (?:now )?(?:closed"
        r"|locked|paused)\b.{0,80}",
        r"(?:this |a |one )?(?:comment|reply|post) (?:was|has been) (?:removed|deleted|hidden) by"
        r" (?:a |the |our )?moderators?\b.{0,60}",
        r"(?:house|community|comment|commenting|discussion|posting) rules\s*:.{1,100}",
        r"flag (?:as (?:off-topic|inappropriate|spam|abusive|offensive|spoiler)|this (?:comment"
        r"|reply|post))\b.{0,30}|mute (?:this|the) (?:user|thread|conversation)\b.{0,20}",
        r"posting as (?:guest|anonymous|[\w.@-]+)(?:\s*[—–|(·•-].{0,40})?",
        r"(?:escribe|escriba|écrivez|écris|scrivi|schreiben sie|schreibe|escreva|schrijf)"
        r" (?:tu|su|votre|ton|il tuo|ihren|deinen|seu|je|uw) (?:comentario|commentaire|commento"
        r"|kommentar|comentário|reactie)",
        r"made (?:this|it)\? (?:tell us|let us know|leave a|rate|share)\b.{0,60}",
        r"be the first (?:[\w-]+ ){0,3}to (?:comment|weigh in|reply|respond|have your say|share"
        r" your (?:thoughts|views?))\b.{0,30}",
        r"have your say on this(?: story| article)?\b(?:\s*[:—–?!-]\s*.{0,60})?",
        r"your (?:web )?browser (?:is|seems|looks|may be) (?:a bit |too |rather |quite )?(?:old"
        r"|outdated|out of date|long in the tooth|not supported|unsupported)\b.{0,80}",
        r"(?:it )?(?:looks|seems) like you(?:'re| are) (?:using an? ad ?blocker|blocking (?:ads"
        r"|adverts))\b.{0,80}",
        r"checking (?:your|the) (?:connection|browser)(?: is secure)?\W*(?:before\b.{0,60}"
        r"|\(?this may take\b.{0,40}|please wait\b.{0,20})?",
        r"(?:confirm|prove|show) (?:that )?you(?:'re| are) (?:a )?(?:human|not a (?:robot|bot))\b"
        r".{0,40}|tick the box (?:below )?to (?:prove|confirm|show|continue|carry on)\b.{0,40}",
        r"legitimate interests?\s*(?:\(\d+ (?:vendors|partners)\))?\s*(?:[—–:|-]\s*(?:object"
        r"|allow|reject|manage)\b.{0,20})?",
        r"(?:[\w-]+ ){0,2}(?:player|video|audio|map|chart|widget|embed|viewer) (?:failed to|could"
        r" not|couldn't) (?:initiali[sz]e|start|render)\b.{0,40}",
        r"brought to you in (?:partnership|association|collaboration) with .{1,60}",
        r"sponsored (?:segment|section|feature|content|post|story|slot|placement|listings?)\s*"
        r"(?:[▸›»:|—–-].{0,80}|ⓘ)?",
        r"(?:(?:tired of|hate|sick of|fed up with|annoyed by|no more) (?:the )?(?:ads|adverts"
        r"|interruptions|pop-ups)\?? ?)(?:go|read|browse|enjoy|get|switch to) ad-?free\b.{0,60}",
        r"remove (?:the |all )?ads (?:and|to)\b.{0,60}",
        r"shop the (?:story|look|piece|article)\b.{0,80}",
        r"(?:paid post|sponsored|promoted|ad|advertisement|partner content|paid partnership"
        r"|advertiser content)\W+why am i seeing this\??",
        r"presented by [\w&.'’ -]{1,40}\s*[—–|:-]\s*.{0,60}",
        r"(?:the )?(?:[\w'’-]+ ){0,3}(?:editorial|newsroom|news) (?:team|staff|desk )?(?:was"
        r"|were) not involved(?:\s*[.(—–-].{0,40}| in (?:its|the|this) (?:creation|production"
        r"|making))?",
        r"ads help (?:us )?keep [\w' -]{1,30} free\b.{0,60}",
        r"reklama|treść sponsorowana|anuncio|anúncio|contenido patrocinado|contenu sponsorisé"
        r"|gesponserter inhalt|contenuto sponsorizzato|conteúdo patrocinado|gesponsorde inhoud"
        r"|\[\s*ad\s*\]",
        # Round 26: boosts, clips and queues, PDFs, comment boxes in other languages,
        # banner buttons, consent saved, script errors, commercial teams, ads that keep
        # the lights on, content from a sponsor, ad-free asks, bulletins to join.
        r"boost (?:this|it)(?: [\w-]+)?(?: to .{1,30})?|clip (?:&|and) (?:keep|share|save)\b.{0,40}"
        r"|download (?:as|the) pdf\b.{0,20}|add to (?:my |your )?queue\b.{0,40}|roinn (?:é|an"
        r" scéal) seo",
        r"(?:deja|deixe|laissez|lascia|hinterlasse|hinterlassen sie) (?:tu|seu|votre|un|il tuo"
        r"|deinen|ihren|einen) (?:comentario|commentaire|commento|kommentar|comentário)",
        r"got it!?|(?:consent|cookie|privacy) (?:preferences|settings|choices) (?:saved|updated)"
        r"\b.{0,5}|script error\b.{0,40}",
        r"(?:from|by) (?:our|the) commercial (?:team|partners?|department|desk)\b.{0,20}",
        r"ads (?:help )?(?:keep|pay for|fund|support)(?: us)? (?:the lights on|[\w' -]{1,30}"
        r" (?:free|running|going|open))\b.{0,40}",
        r"content from (?:our|a) (?:sponsor|partner|advertiser)s?\b.{0,40}",
        r"(?:hide|remove|block|skip|lose|no more) ads\?.{0,40}",
        r"join (?:the|our) (?:[\w'’-]+ ){0,4}(?:bulletin|newsletter|briefing|digest|mailing"
        r" list)\b.{0,40}",
        # Round 27: where an ad goes ("Ad slot", "Sponsored column"), a sponsor's label
        # before its logo, a note from partners; an audio edition and its player's controls;
        # a comment count or a row of reactions; comments switched off; a link copied; a
        # cookie banner's "Accept & close"; embeds held back by consent; app-store pairs.
        r"(?:ad|advert|advertising|advertisement|sponsored|promoted|paid|partner) (?:slot|space"
        r"|placement|unit|spot|column|offer|feature|listing)s?|adverts|advertisements"
        r"|(?:sponsored|supported|presented|brought to you|powered|made possible) by",
        r"(?:a |an )?(?:message|word|note) from (?:our|a|the|this) (?:sponsors?|partners?"
        r"|advertisers?)",
        r"audio (?:version|edition|article)(?: (?:powered|produced|generated|created|voiced"
        r"|read|narrated) by .{1,40})?|hear (?:it|this|this story|this article|the story)(?:"
        r" read aloud| read out| narrated)?",
        r"(?=.*\b(?:play|pause|listen)\b)(?:(?:play|pause|resume|stop|mute|unmute|rewind"
        r"|replay|skip|forward|back|speed|listen|\d+(?:\.\d+)?x|[-+]?\d+ ?s(?:ec)?"
        r"|\d{1,2}:\d{2}(?::\d{2})?|[^\w\s])\s*){2,}",
        r"(?:[^\d]{1,40}\? )?(?:[\d.,]+k? )?(?:[^\w\s\x00-\x7f–—‒−¢-¥₠-⃏]{1,3} ?[\d.,]+k?\s*){2,}",
        r"what'?s your (?:take|view|verdict|opinion)\??",
        r"(?:view|see|read|show|load) (?:all )?[\d.,]+k? (?:reader |readers' |more )?"
        r"(?:responses|comments|replies|reactions)|load (?:the )?(?:discussion|comments"
        r"|conversation|replies)",
        r"(?:comments?|commenting|discussion(?: threads?)?|replies|reader comments) (?:is|are"
        r"|has been|have been) (?:now |currently |temporarily )?(?:off|closed|paused|disabled"
        r"|suspended|switched off|turned off|unavailable|not available)(?: (?:on|for) (?:this"
        r"|these|all|our) (?:story|stories|article|articles|post|posts|page)| on articles?"
        r" about .{1,40}| on (?:wire|agency) (?:copy|stories)| (?:while|until) (?:our|the)"
        r" moderators?.{0,40}| for (?:legal|moderation) reasons)?",
        r"copied(?: to (?:the |your )?clipboard)?!?|copy (?:the )?(?:perma ?link|url|short"
        r" ?link)(?: to (?:this|the) (?:story|article|page))?",
        r"accept (?:&|and) (?:close|continue|dismiss)|(?:yes,? )?(?:sign|count) me (?:up|in)!?",
        r"this (?:content|embed|video|post|map|chart|widget|media|element)(?: from an?"
        r" (?:external|third[- ]party) (?:provider|service|source|platform|site))? (?:is|has"
        r" been) (?:provided|hosted|served|supplied|hidden|blocked) (?:by an? (?:external"
        r"|third[- ]party)|until you (?:consent|accept)|because (?:of )?your (?:cookie"
        r"|privacy))\b.{0,80}",
        r".{0,60}\b(?:app store|ios)\s*[|/·▸•]\s*(?:google play|android)\b.{0,20}"
        r"|.{0,60}\b(?:google play|android)\s*[|/·▸•]\s*(?:app store|ios)\b.{0,20}",
        # Round 28: following or liking a site on a network with its handle or what for,
        # texting the story, comments closed on a kind of story, opening the app, a section
        # presented by a sponsor.
        r"(?:follow|like|join|find|friend) [a-z0-9 &.'’-]{1,30} on (?:twitter|x|facebook"
        r"|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp"
        r"|telegram|nextdoor|snapchat|pinterest|reddit)(?: @[\w.]{1,30})?(?: (?:for|to get)"
        r" .{1,60})?",
        r"text (?:this|the) (?:story|article|link|page|piece)(?: to a friend)?",
        r"(?:commenting|comments) (?:is|are|has been|have been) (?:closed|disabled|switched off"
        r"|turned off|not available|unavailable|suspended) (?:on|for) (?:all )?(?:stories"
        r"|articles|posts|pieces|reports) (?:about|on|involving|relating to|related to|that)"
        r" .{1,60}",
        r"open (?:in|with) (?:the |our )?app",
        r".{1,60} [—–|·-] (?:presented|sponsored|underwritten) by [^—–|]{1,40}",
    ),
    # Access checks that replace the article for readers without a subscription.
    "paywall": (
        # Round 22: a paywall held open for now ("This story is free for now — thank our
        # members").
        r"(?:this|the) (?:piece|article|story|report|feature|read) is free (?:for now|to read"
        r"|today|this week|for everyone|for all readers)\b.{0,50}",
        # Offers named by their tier, and print readers' activation: "Join Pit Pass Premium
        # for ad-free weekends", "Print subscribers: activate your digital access".
        r"(?:join|try|get|unlock|go) (?:(?:[\w&'’.-]+ ){0,3}(?:premium|insider|unlimited"
        r"|membership)|(?:[\w&'’.-]+ ){1,3}(?:plus|pro))(?:$| (?:for|to|and|today|now|from)\b"
        r".{0,80}|\s*[—–:!].{0,80})",
        r".{0,40}\bactivate your (?:digital |online |free |full )?(?:access|subscription"
        r"|account|membership)\b.{0,60}",
        r"(?:already (?:a )?(?:subscriber|member|registered)\?? ?)?(?:log ?in|sign ?in|login)"
        r"(?: here| now| to continue)?",
        r"(?:subscribe|subscription)(?: now| today| here)?",
        r"register(?: now| today| here)?(?: for (?:free|unlimited access|full access|free"
        r" access))?|(?:create|get|open) (?:a |an |your )?(?:free )?"
        r"account(?: to .{1,30})?",
        r"want (?:all|more|full access)(?: of .{1,30})?\? ?(?:subscribe|sign up|join).*",
        r"already (?:a |an |have an? )?(?:[\w&'’.-]+ ){0,4}?(?:subscriber|member|account|supporter"
        r"|patron|customer|insider|registered)\??.*",
        r"(?:for )?subscribers? only|premium(?: content| article| story)?",
        r"(?:subscriber|member|supporter|patron|premium)s?(?:[- ]only)? (?:exclusive|content"
        r"|article|edition)",
        r"(?:your )?(?:free )?trial (?:expires|ends|is ending|has ended|runs out|period)\b.{0,40}",
        r"exclusive (?:to|for) (?:subscribers|members)",
        r"become an? (?:[\w&.'-]+ ){0,4}?(?:member|subscriber|supporter|patron|insider)"
        r"(?: .{0,40})?",
        # "Register to continue — it takes a minute", "Create a free account to keep reading".
        r"(?:register|sign up|create (?:a |an |your )?(?:free )?account)(?: now| today| for free"
        r"| free)? to (?:continue|keep reading|read on|read more|unlock .{1,30}|access .{1,30})"
        r"(?:\s*[—–,.-]\s*.{0,50})?",
        # Asking readers with an ad blocker to let the site's ads through.
        r"(?:whitelist|allowlist|allow-list|unblock) (?:us|our (?:site|website)|this (?:site"
        r"|website|page))\b.{0,40}",
        r"unlock (?:this|full|unlimited|all) .{0,40}",
        r"unlock (?:every|our|premium|exclusive|the full|more) .{1,80}",
        r"(?:get|enjoy|buy|gain) (?:full|unlimited|complete|instant)(?: digital)? access.{0,30}",
        r"(?:start|try|begin) (?:your )?free trial.*",
        r"become an? friend of (?:the )?[\w&.' -]{1,30}(?: (?:from|for) .{1,20})?",
        r"become an? (?:founding|paying|premium|digital|registered|supporting|charter|vip)"
        r"(?: [\w&.'-]+){0,2} (?:reader|member|subscriber|supporter|patron|insider|backer)s?",
        r"(?:start|try|begin|claim|get) (?:your |a |our )?(?:free |\d+[- ](?:day|week|month)s? )+"
        r"(?:free )?trial.*",
        # Round 24: a trial offered after a question; a trial running out; gift
        # subscriptions; the paywall lifted; "already subscribed?" and "read on with a
        # subscription" in other languages; a story or the comments kept for members.
        r"(?:new here|new reader|not a (?:member|subscriber)(?: yet)?|first time here)\? (?:start"
        r"|try|begin|claim|get) (?:your |a |our )?(?:free |\d+[- ](?:day|week|month)s? )+(?:free"
        r" )?trial.*",
        r"your (?:free )?trial (?:ends|expires|runs out|is ending)\b.{0,60}",
        r"(?:give|send|buy) (?:a )?gift subscription\b.{0,60}|gift (?:a )?subscription\b.{0,60}",
        r"(?:the )?pay ?wall (?:is )?(?:lifted|removed|dropped|down|off)\b.{0,60}|we(?:'ve"
        r"| have) (?:lifted|removed|dropped) (?:the|our) pay ?wall\b.{0,60}",
        r"(?:d[ée]j[àa] abonn[ée]e?s?|ya (?:eres |es )?(?:suscriptor|suscrito)a?|(?:schon"
        r"|bereits) (?:abonnent(?:in)?|abonniert)|gi[àa] abbonat[oa]|j[áa] (?:[ée] )?assinante)"
        r"\s*\?.{0,60}",
        r"(?:jetzt )?weiter ?lesen mit\b.{0,40}|(?:continúa|continua|continue|continuez)"
        r" (?:leyendo|lendo|à lire|a leggere|la lecture) (?:con|avec|com)\b.{0,40}"
        r"|continue reading with\b.{0,60}",
        r"you (?:must|need to|have to) be (?:a |an )?(?:[\w-]+ )?(?:subscriber|member"
        r"|registered user|logged in|signed in)\b.{0,20}\bto (?:comment|reply|post|join)\b.{0,40}",
        r"(?:the rest of )?this (?:[\w-]+ )?(?:article|story|piece|report|analysis|content"
        r"|newsletter|investigation|feature|section|page|episode|podcast|video|interview|review"
        r"|column) is (?:(?:for|available to|reserved for|open to|exclusive to) (?:[\w+&'’-]+ )"
        r"{0,4}(?:readers|members|subscribers|supporters|customers) only|(?:members|subscribers?"
        r"|premium|supporters)[- ]only)\b.{0,60}",
        # Round 25: counters of free pieces opened, an account to keep reading, pieces
        # reserved for a named tier, passes running out, "register — it's free", members
        # asked to pay, "already a paying reader?", comments for paid readers only, a
        # membership named with a colon, apps to get, unlock offers, "no thanks" in words.
        r"you(?:'ve| have) (?:opened|read|used|viewed) \d+ of (?:your )?\d+\b.{0,60}",
        r"create (?:a |an |your )?(?:free )?(?:[\w-]+ ){0,2}(?:account|id|profile|login)\b.{0,20}"
        r"(?:to (?:keep|continue) reading|to read on|for free)\b.{0,20}",
        r"this (?:[\w-]+ )?(?:article|story|piece|report|analysis|content|newsletter|investigation"
        r"|feature|section|page|episode|podcast|video|interview|review|column|deep-dive|dispatch"
        r"|letter|post|explainer|alert|update|guide|forecast|briefing|recap|thread) is (?:reserved"
        r" for|exclusive to|only for|for) (?:our )?"
        r"(?:[\w+&'’-]+ ){0,4}(?:readers|members|subscribers|supporters|customers|insiders"
        r"|patrons)(?: only)?\b(?:\s*[.!—–:-].{0,60})?",
        r"your (?:free )?(?:trial|pass|access|membership|subscription) (?:ends|expires|runs out"
        r"|is ending)\b.{0,60}",
        r"register(?: now| today| for free)?\s*[—–:-]\s*(?:it'?s|it is) (?:free|quick|easy)\b"
        r".{0,40}",
        r"already a (?:paying |digital |print |premium )?(?:reader|subscriber|member|customer)\?"
        r".{0,40}",
        r"only (?:paid |paying |registered |verified )?(?:subscribers|members|users|readers) can"
        r" (?:comment|reply|post|join)\b.{0,40}",
        r"become an? (?:[\w&.'’-]+ ){0,2}(?:member|subscriber|supporter|insider|patron|friend)"
        r"\s*:.{0,80}",
        r"(?:get|grab|download|install|try) (?:the|our) (?:[\w'’-]+ ){0,3}app\b\W*[—–:-].{0,60}",
        r"unlock\b.{0,40}\b(?:first \d+ (?:days|weeks|months)|for [$€£₹₦₵r]\s?\d)\b.{0,30}",
        r"no thanks,? i'?ll .{1,40}",
        # Round 26: chipping in with a colon, supporting the reporting, an account to keep
        # reading, members hearing it first, registering for free.
        r"chip in\s*:.{1,80}|support (?:our|the) (?:[\w-]+ ){0,2}(?:reporting|journalism"
        r"|newsroom|work)\s*[—–:-].{0,60}|.{0,40}\bdonate from [$€£₹₦r]?\s?\d.{0,20}",
        r"(?:log|sign) in or (?:create|register|open) (?:a |an )?(?:free )?account to (?:keep"
        r"|continue) reading\b.{0,20}",
        r"members (?:hear|get|read|see|watch) (?:it|them|this|stories) first\b.{0,60}",
        r"register for free\b.{0,50}",
        # Round 27: signing in with an account of another service, asks to chip in or
        # donate what a reader can.
        r"(?:sign|log) in (?:with|using|via) (?:google|apple|facebook|microsoft|email|x|twitter"
        r"|linkedin|github)\b.{0,60}|(?:sign|log) in to (?:follow|save|track|build|personali[sz]e"
        r"|unlock|get (?:alerts|notifications))\b.{0,60}",
        r"(?:.{1,40}[—–:-] )?chip in (?:what you can|(?:[$€£₹₦₵]|r)\s?\d[\d.,]*|\d[\d.,]* ?(?:cedis"
        r"|rand|shillings|naira|rupees|dollars|pounds|euros|a month))\b.{0,80}",
        r".{0,60}\bdonate what you can\b.{0,40}",
    ),
    # Copyright, credits and site-wide links.
    "boilerplate": (
        # Round 20: privacy-law links ("Do Not Sell or Share My Personal Information").
        r"do not (?:sell|share)(?: or (?:sell|share))? my (?:personal )?(?:info|information|data)"
        r"|your (?:privacy|california privacy|ad) choices|limit the use of my sensitive personal"
        r" information",
        r"(?:terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice|settings)"
        r"|(?:contact|about) us|sitemap|accessibility|careers"
        r"|advertise(?: with us| here| on this site)?"
        r"|(?:community|house|comment(?:ing)?|discussion) (?:guidelines|rules|standards)"
        r"|(?:editorial|ethics) (?:standards|policy|guidelines)"
        r"|corrections?(?: policy| (?:and|&) clarifications?)?)"
        r"(?: [|·•] .+)?",
        r"(?:getty images|ap photo|afp photo|shutterstock|istock|file photo|epa-efe)"
        r"(?:[ /].{0,40})?"
        r"|(?:afp|reuters|epa|ap|ap images|getty)/[\w .'-]{1,40}",
        # Photo credits: "Jane Roe/Harbour Trust", "Submitted photo", "Courtesy of ...".
        r"[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){1,3} ?/ ?[\w&.'’ -]{2,30}",
        r"[\w.'’ -]{2,40} [|/] (?:getty images?|ap photo|ap|afp|reuters|shutterstock|istock"
        r"|epa|alamy)(?: .{0,30})?",
        r"(?:[\w.'’ -]{1,40} )?(?:submitted|staff|contributed|handout|file) (?:photo|image"
        r"|picture)s?|courtesy(?: of)? [\w&.,'’ -]{2,50}",
        # Notes that the page was changed, pointing elsewhere: "Story revised — see
        # footnote", "Correction appended 11:05".
        r"(?:this )?(?:story|article|post|page|piece) (?:was |has been )?(?:revised|updated"
        r"|amended|corrected|edited)(?:\s*[—–(,:;-]\s*(?:see|scroll|details|more|read)\b.{0,40})?",
        r"(?:correction|update|clarification|editor's note)s? (?:appended|added|attached)\b.{0,30}",
        # Reprint offers and a byline label left without its name.
        r"(?:order|purchase|buy|request) (?:a )?reprints?|reprints?(?: (?:&|and) permissions)?"
        r"|by",
        # Machine names shown as text: "narrow-browser-and-phone", "sidebar-ad-slot".
        r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+){2,}",
        # Round 25: a piece that first ran in print; not financial or medical advice; a
        # review date.
        r"(?:this (?:[\w-]+ )?)?(?:first|originally) (?:ran|appeared|published|printed)(?: in"
        r" (?:the |our )?[\w'’ -]{1,30},? (?:\d{1,2} )?[a-z]{3,9}\.? (?:\d{1,2},? )?\d{4}"
        r"| (?:more than |over )?\d+ (?:days?|weeks?|months?|years?) ago| in print| in"
        r" (?:our|the) [\w ,#.'’-]{0,30}(?:issue|edition|magazine))\b.{0,40}",
        r"not (?:financial|investment|medical|legal|tax) advice\b.{0,60}",
        r"next review (?:due|date|scheduled)\b.{0,30}",
        r"site ?map",  # Round 27
    ),
    # Round 22: stamps the stamp tests above do not read: updated or published in other
    # languages ("Aktualisiert am 12.06.2024 um 17:03 Uhr"), a time today with its update
    # ("Yesterday at 9.05am, updated 2.40pm"), read times in words ("About a 4-minute
    # skim"), a dateline of a place, a weekday and a time.
    "timestamp": (
        r"(?:zuletzt )?(?:aktualisiert|ver[öo]ffentlicht|erschienen|mis [àa] jour|publi[ée]"
        r"|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd"
        r"|uppdaterad|publicerad|zaktualizowano|opublikowano)(?: (?:am|le|el|il|em|op|den"
        r"|dnia|on))?:? (?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? (?:de )?[a-zäéûç]{3,10}\.?"
        r" (?:de )?\d{4}|\d{4}-\d{2}-\d{2})(?:,? (?:(?:um|à|a las|alle|às|om|kl\.?|o godz\.?"
        r"|at) )?\d{1,2}[:.h]\d{2}(?: ?uhr| ?h)?)?"
        # Round 25: a day and month without the year, before a time ("Aktualisiert am 2.
        # Februar, 08:29 Uhr").
        r"|(?:zuletzt )?(?:aktualisiert|ver[öo]ffentlicht|erschienen|mis [àa] jour|publi[ée]"
        r"|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd"
        r"|uppdaterad|publicerad|zaktualizowano|opublikowano)(?: (?:am|le|el|il|em|op|den"
        r"|dnia|on))?:? \d{1,2}\.? (?:de )?[a-zäéûç]{3,10}\.?,? (?:(?:um|à|a las|alle|às|om"
        r"|kl\.?|o godz\.?|at) )?\d{1,2}[:.h]\d{2}(?: ?uhr| ?h)?",
        r"(?:today|yesterday|tonight|earlier today)(?:,? at)? \d{1,2}[.:]\d{2} ?[ap]\.?m\.?,?"
        r" (?:updated|amended|edited|revised|modified)(?: at)? \d{1,2}[.:]\d{2} ?[ap]\.?m\.?",
        r"(?:roughly|about|around|approx\.?|approximately|under|less than|just|only)? ?(?:an? )?"
        r"\d{1,3}[- ]min(?:ute)?s? (?:read|skim|listen|watch|reading time|read time)",
        r"[a-z][a-z .'’-]{1,40}, (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),"
        r" \d{1,2}[.:]\d{2} ?[ap]\.?m\.?(?:\s*[—–-])?",
        # Round 23: a time ago in other languages, bare or after an update word ("vor 2
        # Std.", "Actualizado hace 3 horas", "il y a 5 min", "2 ore fa", "3 uur geleden").
        r"(?:(?:zuletzt )?(?:aktualisiert|ver[öo]ffentlicht|actualizado|publicado|mis [àa] jour"
        r"|publi[ée]e?|actualis[ée]e?|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd"
        r"|uppdaterad|publicerad|zaktualizowano|opublikowano)\s*:? )?(?:vor (?:einer|einem|\d+)"
        r" (?:sek(?:unden?)?|min(?:uten?)?|std|stunden?|tag(?:en)?|wochen?|monat(?:en)?"
        r"|jahr(?:en)?)|hace (?:una?|\d+) (?:segundos?|min(?:utos?)?|horas?|h|días?|semanas?"
        r"|mes(?:es)?|años?)|il y a (?:une?|\d+) (?:secondes?|min(?:utes?)?|heures?|h|jours?"
        r"|semaines?|mois|ans?)|h[áa] (?:uma?|\d+) (?:segundos?|min(?:utos?)?|horas?|h|dias?"
        r"|semanas?|m[êe]s(?:es)?|anos?)|(?:un'?|\d+) ?(?:secondi|minuti|min|ore|ora|giorni"
        r"|giorno|settimane|mesi|anni) fa|(?:een|\d+) (?:seconden|minuten|min|uur|dagen|dag"
        r"|weken|week|maanden|jaar) geleden|för (?:en|ett|\d+) (?:sekunder|minuter|min|timmar"
        r"|timme|dagar|dag|veckor|månader|år) sedan|\d+ (?:sekund|minut|min|godzin[ya]?"
        r"|dni|dzień|tygodni|miesięcy) temu)\.?",
        # Round 24: an update stamp with its age, "Stand:" in German, filed from a place at a
        # time, listening and running times.
        r"(?:updated|posted|published|edited|filed)\s*[·•|:-]?\s*\d+ ?(?:mins?|minutes?|hrs?"
        r"|hours?|h|m|d|days?)(?: ago)?",
        r"stand:? (?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\.? [a-zä]{3,10}\.? \d{4})(?:,?"
        r" \d{1,2}[:.]\d{2}(?: ?uhr)?)?",
        r"filed (?:from|in) [\w .'’-]{1,30} (?:at|on) \d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?(?:,?"
        r" \w+day)?",
        r"(?:listen(?:ing)?|watch(?:ing)?|video|audio|play) ?(?:time|length|runtime|duration)"
        r"\s*:?\s*~?\d{1,2}(?:[:.]\d{2}){1,2}|(?:video|audio|clip)\W*\d+ ?m(?:ins?)?(?: \d+"
        r" ?s(?:ecs?)?)?(?: watch| listen| long)?",
        # Round 25: "yest. at 22:29", prices as at a time, refreshes, last refreshed,
        # watch and listen times with words, clip lengths.
        r"yest(?:erday)?\.? at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,5})?",
        r"(?:prices?|price data|data|figures|quotes?|rates?) (?:as at|as of|at) \d{1,2}[:.]\d{2}"
        r"(?:[:.]\d{2})?(?: ?[a-z]{2,5})?(?:\s*[—–|-]\s*.{0,40})?",
        r"refresh(?:es|ed)? every \d+ ?(?:s|secs?|seconds?|mins?|minutes?)",
        r"(?:last )?(?:refreshed|updated|synced|checked) (?:a few|\d+) (?:seconds?|secs?|minutes?"
        r"|mins?) ago",
        r"(?:watch|listen|listening|reading|read|viewing|clip|video|audio) ?(?:time|length"
        r"|runtime|duration)\s*:?\s*(?:approx\.?|about|around|~|≈)?\s*\d+(?:[:.]\d{2}){0,2} ?(?:m"
        r"|mins?|minutes?|s|secs?|h|hrs?)?(?: \d+ ?s(?:ecs?)?)?",
        # Round 26: "Vor 25 Minuten aktualisiert", an archived story, released on a weekday,
        # runtimes of episodes, minutes to read and to listen.
        r"vor (?:einer|einem|\d+) (?:sek(?:unden?)?|min(?:uten?)?|std|stunden?|tag(?:en)?"
        r"|wochen?|monat(?:en)?|jahr(?:en)?) (?:aktualisiert|ver[öo]ffentlicht)",
        r"(?:archived|archive) (?:story|article|piece|report)\b.{0,60}",
        r"(?:released|aired|posted|published) (?:on )?(?:mon|tues?|wed|thurs?|fri|sat|sun)"
        r"[a-z]*\.?",
        r"episode (?:runtime|length|duration)\s*:?\s*\d+(?:[:.]\d{2}){0,2}",
        r"(?:approx\.?|about|around|~)?\s*\d+ ?min(?:ute)?s? to (?:read|listen)(?:,? (?:and )?\d+"
        r" ?min(?:ute)?s? to (?:read|listen))?",
        # Round 28: the print edition a story ran in ("Print edition: Friday, 9 February").
        r"(?:print|printed|newspaper|paper|magazine) (?:edition|issue)\s*:\s*.{1,60}",
    ),
}

# Patterns searched anywhere in a line of up to PHRASE_LINE_MAX_WORDS words.
PHRASE_RULES: dict[RemovalReason, tuple[str, ...]] = {
    "paywall": (
        # "SUBSCRIBE TODAY: 6 issues for just £9.99 + a free guide".
        r"^subscribe(?: today| now| here)?\s*[:—–|-]\s*[^.]{0,80}(?:\d|£|\$|€|\bfree\b|\boffer"
        r"|\btrial\b|\bissues\b|\baccess\b|\bunlimited\b)"
        # Round 23: an offer closing on a call to try it ("… early access — start a 14-day
        # trial for $1").
        r"|\s[—–|:-] (?:start|begin|try|get|claim|grab|take) (?:a|your|our|the) (?:free )?"
        r"\d+[- ](?:day|week|month)s? (?:free )?trial\b[^.]{0,30}$",
        # "Become a founding member of …", "By signing up, you agree to our Terms".
        r"^become a (?:founding |paying |sustaining |supporting |premium )?(?:member|subscriber"
        r"|supporter|patron)\b",
        r"^by (?:signing up|subscribing|registering|clicking|continuing|creating an account"
        r"|submitting|entering your email)\b[^.]{0,60}\byou (?:agree|accept|consent)\b"
        r"|\bby (?:clicking|tapping|pressing)\b[^.]{0,40}\byou (?:agree|accept|consent)\b",
        r"(?:enabl|allow|turn(?:ed)? on|activat)\w*.{0,20}\b(?:javascript|scripting|scripts)\b"
        r"|\b(?:scripts?|scripting)\b[^.]{0,30}\b(?:switched off|turned off|disabled|blocked"
        r"|not enabled|not running)\b[^.]{0,20}\b(?:browser|device)\b"
        r"|\bbrowser\b[^.]{0,20}\b(?:scripts?|scripting)\b[^.]{0,10}\b(?:switched off|turned off"
        r"|disabled|blocked)\b"
        r"|^(?:javascript|scripts?|scripting)\b[^.]{0,30}\b(?:switched off|turned off|disabled"
        r"|blocked)\b[^.]{0,40}\b(?:not|won't|cannot|can't) (?:work|load|display|function|run"
        r"|render|show|appear)\b"
        r"|\bjavascript\b.{0,40}(?:enabl|allow|disabled|required|turned off|browser)"
        # Round 24: "This page works best with scripts switched on".
        r"|\b(?:javascript|scripts?|scripting) (?:switched|turned) on\b|\b(?:enable|turn on"
        r"|switch on|allow) js\b|\bworks best with"
        r" (?:javascript|scripts?)\b"
        # Round 23: the same request in other languages ("Bitte aktivieren Sie JavaScript",
        # "Activez JavaScript pour voir ce contenu", "JavaScript inschakelen").
        r"|\b(?:aktivier\w*|activ(?:a|ez|ar|er)|habilit(?:a|e|ez|ar)|attiv(?:a|are|ate)"
        r"|abilit(?:a|are|ate)|ativ(?:e|ar)|schakel|włącz)\b.{0,25}\b(?:javascript|cookies)\b"
        r"|\b(?:nécessite|requiert|erfordert|requiere|richiede|requer) (?:l'activation des |el"
        r" uso de |die aktivierung von |l'attivazione dei |a ativação de )?(?:cookies|javascript)\b"
        r"|\bjavascript\b.{0,30}\b(?:aktivieren|aktiviert|einschalten|inschakelen|ingeschakeld"
        r"|activ(?:ar|er|é|ée|ado|ada)|habilitar|habilitado|attivare|attivato|abilitare"
        r"|abilitato|ativar|ativado|aktivera|aktiverat|włączyć|włączony)\b",
        r"verify(?:ing)? (?:your )?access|reader mode"
        r"|verify(?:ing)? (?:that )?you(?:'re| are) (?:a )?(?:human|not a robot)",
        r"trouble (?:retrieving|loading|displaying) (?:the |this )?(?:article|content|page|story)",
        r"already (?:a )?subscriber\?",
        r"subscribe (?:now |today )?(?:to (?:continue|read|keep reading|unlock|get (?:full"
        r"|unlimited))"
        r"|for (?:full|unlimited|all of|just|only))",
        r"(?:log|sign) ?in(?:to)? (?:to )?(?:continue|keep reading|read (?:the|this|more)"
        r"|access (?:this|the|your))",
        r"log ?into your .{1,30} account",
        r"to continue reading|\b(?:continue|keep) reading with (?:a |an |your )?(?:free )?"
        r"(?:account|subscription|membership|registration)\b",
        r"you(?:'ve| have) (?:reached|used|hit|read|viewed|opened)\b[^.]{0,30}(?:limit"
        r"|(?:free|complimentary|gift|bonus) (?:[\w-]+ ){0,2}?(?:articles?|stories|reads|pieces"
        r"|reports|reviews|recipes|guides|columns|features|views))",
        r"(?:free|complimentary|gift|bonus) (?:articles?|stories|reads|pieces|views|unlocks"
        r"|gifts) (?:left"
        r"|remaining)|(?:your|the) (?:last|final) free (?:article|story)",
        r"this (?:article|content|story|page|piece|report) is (?:only )?(?:(?:available"
        r"|reserved|exclusive) (?:to|for)|for) (?:our )?(?:paying )?(?:[\w&.'+-]+ ){0,4}?"
        r"(?:subscribers|members|premium)",
        # An ad blocker of the reader's ("your ad blocker", "using an ad blocker", "Ad
        # blocker detected"), not ad blockers as news ("Ad blocker firm reports record
        # downloads").
        r"disable (?:your )?ad ?block|\b(?:your|an) ad[- ]?blockers?\b"
        r"|^ad[- ]?blockers?(?: (?:detected|on|enabled|active|is (?:on|active|enabled"
        r"|running)))?\b(?!\s+\w)"
        r"|(?:turn off|disable|pause|switch off) (?:your |the )?ad[- ]?block",
        r"^are you a (?:robot|human)\??$|are you a (?:robot|human)\?\s*(?:please |just )?(?:tick"
        r"|check|click|tap|prove|verify|confirm|complete|press|let us know|solve)\b"
        r"|checking (?:if the site connection is secure|your browser)",
        r"access (?:to this page )?(?:has been )?denied",
        r"(?:logged|signed) in to (?:read|continue|view|access|see|post|comment|reply|react"
        r"|leave|add|write|join|like"
        r"|vote)",
        r"your browser (?:is )?(?:out of date|(?:no longer |not )(?:fully )?supported|outdated"
        r"|too old)"
        r"|\b(?:an? )?(?:outdated|unsupported|old) (?:version of (?:your |the |a )?)?"
        r"(?:web )?browser|\b(?:requires?|needs?) (?:an? )?(?:newer|modern|more recent|different"
        r"|supported|updated|up-to-date|up to date|current|compatible) (?:web )?browser",
        # "For premium members only", "Subscriber-only content".
        r"\bfor (?:our )?(?:premium|paying|paid|registered|digital) (?:members|subscribers) only\b"
        r"|(?:^(?:available )?|\b(?:content|article|story|piece|page|section|feature|report|post"
        r"|episode|video|newsletter|analysis|interview) (?:is )?(?:available )?)for (?:our )?"
        r"(?:members|subscribers) only\b"
        r"|\b(?:subscribers?|members?)[- ]only (?:content|article|story|feature)",
        # Round 21 (thirty-sixth set): calls to subscribe in other languages; "Cancel
        # anytime"; access offers longer than a short line; a members' name with its price.
        r"^(?:abonnez-vous|abonnieren sie|jetzt abonnieren|suscr[ií]bete|assine(?: já| ja)?"
        r"|abbonati|abonneer(?: nu)?)\b",
        r"\bcancel (?:any ?time|at any time)\b",
        r"^unlock (?:unlimited|full|all|complete|premium) (?:digital )?access\b",
        r"\bbecome an? (?:[\w&'’-]+ ){0,2}(?:friend|member|supporter|patron|subscriber|insider)\b"
        r".{0,40}\b(?:from|for|at) (?:just |only )?(?:[$€£₦₹¥] ?\d|r\d)",
        # Round 24: "For the best experience, update to the latest version of your browser".
        r"^for (?:the |a |an )?(?:best|better|full|optimal|optimum) (?:experience|results"
        r"|view(?:ing)?(?: experience)?)\b[^.]{0,40}\b(?:update|upgrade|switch|use|enable"
        r"|download|turn on|turn off|disable|allow)\b[^.]{0,40}\b(?:browser|app|version"
        r"|javascript|cookies|chrome|firefox|safari|edge|device|tracking protection|ad ?blockers?"
        r"|extensions?|vpn)\b",
    ),
    # Notices that a text or its audio was produced by a machine.
    "ai_notice": (
        # Round 18: "Quick verdict summary created by AI from our review. May contain
        # errors." (a machine named, then a sentence of its own owning up to mistakes).
        r"\b(?:ai|a\.i\.|artificial intelligence|machine|automated|automatically)\b[^.]{0,80}"
        r"(?:[.!?]|\s[—–-]) (?:may|might|can|could) (?:contain|include|have|make)"
        r" (?:errors|mistakes|inaccuracies|omissions)\b",
        # "Lire en français — traduction automatique".
        r"\b(?:traduction automatique|traducci[oó]n autom[aá]tica|tradu[cç][aã]o autom[aá]tica"
        r"|traduzione automatica|automatische [uü]bersetzung|maschinelle [uü]bersetzung"
        r"|automatisch vertaald|machinevertaling|maskin[oö]versatt|maskin[oø]versat)\b",
        # "Produced with assistance from generative AI tools and checked by …".
        r"^(?:produced|written|created|generated|prepared|compiled|drafted)\b[^.?!]{0,30}\b(?:with"
        r"|using|by|from) (?:the help of |assistance from |the assistance of )?"
        r"(?:generative |an? )?(?:ai|a\.i\.|artificial intelligence)(?: tools?| models?| systems?"
        r"| software"
        r"| assistance)?(?:$|\s*[,;]|\s+and\b)",
        # "Translated from Spanish with the assistance of machine translation".
        r"\btranslated\b[^.]{0,40}\b(?:with|using|by|via) (?:the (?:help|assistance|aid) of )?"
        r"(?:a |an )?(?:machine|automated|automatic|ai\b|artificial intelligence)",
        r"^(?:this |the |an? )?(?:audio|article|summary|story|content|text|version|transcript"
        r"|narration|voice ?over|translation|podcast|episode|recording|key (?:takeaways|points)"
        r"|takeaways|highlights|recap|overview|bullet points)\b[^.]{0,40}"
        r"\b(?:created|generated|produced|narrated|voiced|summari[sz]ed|translated|read|written)\b"
        r"[^.]{0,20}\b(?:with|by|using|via)\b[^.]{0,25}\b(?:ai|a\.i\.|artificial intelligence"
        r"|synthetic (?:voice|speech|narrator)|computer[- ]generated voice|automated voice"
        r"|text-to-speech|machine voice)\b",
        # Round 19: "Hear it in Yoruba — machine-generated audio, beta", "This article was
        # machine-translated; some terms may be off" (not "Machine-generated audio fools
        # banks": a label ends there or goes on after a mark).
        r"\b(?:machine|computer|ai|synthetic|automated)[- ](?:generated|read|voiced|narrated"
        r"|translated) (?:audio|voice|narration|version|summary|translation)\b\s*(?:[,(—–;-]|$)"
        r"|^this (?:article|story|page|piece|post|content|text|report)\b[^.]{0,20}\b(?:is|was"
        r"|has been) (?:partly |fully |entirely |automatically )?(?:machine|ai|computer|auto)[- ]?"
        r"(?:generated|written|translated|produced|created)\b",
        # "With AI assistance", "AI-assisted translation" (not "Doctors test AI-assisted
        # diagnosis": made things other than the page's are news).
        r"\b(?:with|using|by) (?:the help of )?ai[- ]assistance\b|\(ai[- ]assisted\)"
        r"|^ai[- ]assisted (?:summary|translation|audio|narration|transcript|version|recap"
        r"|overview|article|story|text|reporting)\b|\b(?:with|by|using) machine (?:assistance"
        r"|help)\b",
        # A label, not a headline ("AI-generated content floods social media").
        r"^(?:ai|machine)[- ]generated (?:(?:summary|translation|transcript) of\b|(?:summary"
        r"|audio|content|text|translation)(?: (?:below|above))?(?:$|\s*[^\w\s]))",
        r"^(?:this |the )?(?:summary|audio|article|text|translation|transcript|narration|key points"
        r"|highlights|takeaways|overview|tl;dr)\b[^.]{0,30}\b(?:generated|created|produced|written"
        r"|translated|narrated|transcribed)"
        r" automatically|\bautomatically (?:generated|created|produced|translated|transcribed)"
        r" (?:summary|audio|text|translation|transcript)",
        # "Our AI summary may contain mistakes", "AI can make mistakes".
        r"^(?:this |the |our |an? )?(?:ai|machine|automated|auto-generated)[- ](?:generated )?"
        r"(?:summary|summaries|text|transcripts?|translations?|audio|voice)\b[^.]{0,30}\b(?:may"
        r"|might|can|could) (?:contain|include|have|make) (?:errors|mistakes|inaccuracies)"
        r"|^(?:note: )?(?:the |our )?ai (?:can|may|might|could) make mistakes\b.{0,40}$"
        r"|^(?:ai|a\.i\.)[- ](?:generated )?(?:summary|overview|recap|key points|takeaways)\b\s*"
        r"(?:\([^)]{1,20}\))?\s*:",
        # "Translated using machine translation", "Machine-translated from Tagalog".
        r"\b(?:translated|translation) (?:using|with|by|via) (?:a |an )?(?:machine|automated"
        r"|automatic)(?: translation| tools?)?\b"
        r"|\b(?:machine[- ]|automatically |machine )translated(?: (?:from|into|to|by|with|using)\b"
        r"|\s*[(—–-]|$)",
        r"\bgenerated by (?:our |an? |the )?(?:[\w-]+ ){0,2}(?:assistant|bot|chatbot|model"
        r"|algorithm|tool)\b|\bauto-?generated (?:transcript|captions?|summary|subtitles"
        r"|translation|audio)\b",
        # "This summary was machine-written", "Translated automatically from Welsh".
        r"^(?:this |these |the |our )?(?:summary|audio|translation|transcript|narration|key points"
        r"|highlights|takeaways|overview|recap|version|voice ?over)\b[^.]{0,20}\b(?:is|was|were"
        r"|are|been) (?:partly |fully |entirely )?(?:machine|ai|computer|auto)[- ](?:generated"
        r"|written|made|produced|translated|narrated|voiced|read|created)\b"
        r"|^(?:translated|transcribed) automatically\b|\bauto-?translated (?:from|into|to|by)\b",
        # Round 21: machine translation and machine-made summaries named in other languages
        # ("Artikel automatisch übersetzt", "Ce résumé a été généré par …"); a label's AI
        # note in brackets ("Key points (AI-generated, may contain errors)"); a report
        # drafted by an automated system; feedback on the AI summary; questions to a bot.
        r"\b(?:automatisch|maschinell) übersetzt\b|\btraduit automatiquement\b|\btraducido"
        r" automáticamente\b|\btraduzido automaticamente\b|\btradotto automaticamente\b"
        r"|\bautomatisch vertaald\b",
        r"^(?:ce|cet|cette) (?:résumé|article|texte|audio|contenu)\b.{0,30}\bgénérée?"
        r" (?:par|avec)\b|^(?:este|esta) (?:resumen|resumo|artículo|artigo|texto|audio|áudio"
        r"|contenido|conteúdo)\b.{0,30}\b(?:generad[oa]|gerad[oa]) (?:por|con|com|pela|pelo)\b"
        r"|^diese[rs]? (?:zusammenfassung|artikel|text|beitrag)\b"
        r".{0,40}\b(?:generiert|erstellt)\b",
        r"^[\w' -]{1,30} \((?:ai|machine)[- ](?:generated|written|assisted|produced)\b[^)]*\)$",
        r"^this (?:[\w-]+ ){0,3}(?:was|is|has been) (?:drafted|written|generated|produced|created"
        r"|compiled|prepared) (?:by|using|with) (?:an? )?(?:automated|automatic|computer|ai"
        r"|machine)\b|^this (?:[\w-]+ ){0,3}(?:was|is|has been|were|are) (?:drafted|written"
        r"|generated|produced|created|compiled|prepared|updated) automatically\b"
        r"|^this (?:[\w-]+ )?(?:report|story|article|roundup|summary|update|recap|brief|feed"
        r"|content|page|listing|results?) is automated\b",
        r"^(?:was|is) this (?:ai[- ]|automated |machine[- ])(?:generated )?(?:summary|translation"
        r"|audio|overview|answer|explainer|recap) (?:helpful|useful|accurate)\??$",
        r"\bask (?:[\w'’-]+,? ){0,3}(?:a question|questions|anything) about this (?:story|article"
        r"|report|piece|topic)\b",
        # Round 22: a share of the text drafted with an AI's help ("Parts of this report were
        # written with the assistance of artificial intelligence").
        r"\b(?:this|the) (?:report|article|story|piece|text|summary|content|newsletter)"
        r" (?:were|was|has been|have been|is) (?:partly |partially |in part )?(?:drafted|written"
        r"|produced|prepared|generated|created|translated|edited)(?: in part)? with (?:the )?"
        r"(?:assistance|help|aid|support) of (?:an? )?(?:artificial intelligence|ai|a\.i\."
        r"|generative ai|machine learning|an ai tool|ai tools)\b"
        # Round 23: "Parts of this report were drafted using AI tools".
        r"|\bthis (?:report|article|story|piece|text|summary|content|newsletter|review|post"
        r"|explainer|recap|dispatch) (?:were|was|has been|have been|is) (?:partly |partially"
        r" |in part )?(?:drafted|written|produced|prepared|generated|created|translated|edited)"
        r"(?: in part)? (?:using|with|by) (?:an? )?(?:generative )?(?:ai|a\.i\.|artificial"
        r" intelligence)(?: tools?| models?| systems?| software| assistants?)?\b",
        # Round 24: "We used an AI tool to transcribe this interview", "Disclosure: an AI
        # tool helped draft parts of this recap".
        r"\bused (?:an? )?(?:ai|a\.i\.|artificial intelligence|generative ai|machine learning)"
        r"(?: tools?| software| models?| systems?)? to (?:help )?(?:transcribe|translate"
        r"|summari[sz]e|draft|write|produce|generate|edit|analy[sz]e)\b[^.]{0,30}\bthis"
        r" (?:interview|article|story|piece|report|recap|summary|investigation|review|episode"
        r"|transcript)\b|\b(?:an? )?(?:ai|a\.i\.|artificial intelligence|generative ai)"
        r" (?:tool|model|system|assistant|program)s? (?:helped|was used|were used|assisted)\b"
        r" (?:us |our \w+ |the \w+ )?(?:to )?(?:draft|write|transcribe|translate|summari[sz]e"
        r"|produce|edit|prepare)\b[^.]{0,60}\bthis (?:interview|article|story|piece|report|recap"
        r"|summary|investigation|review|episode|transcript)\b"
        # Round 25: "The author used an AI tool to help draft the captions", "Bulletin read
        # by an AI voice modelled on the presenter".
        r"|\b(?:the (?:author|writer|reporter|editors?)|our (?:reporters?|editors?|newsroom)"
        r"|we) used (?:an? )?(?:ai|a\.i\.|artificial intelligence|generative ai)(?: tools?"
        r"| software| models?)? to (?:help )?(?:transcribe|translate|summari[sz]e|draft|write"
        r"|produce|generate|edit)\b|\b(?:read|voiced|narrated|presented) by an? (?:ai|a\.i\.)"
        r" voice\b",
    ),
    "widget": (
        # Round 18 (thirtieth set): affiliate notes naming the purchase, content made for
        # an advertiser, prices from partners, hidden embeds, comments switched off for a
        # story, app promotions naming the stores, gift links.
        r"\b(?:may|might|could|can|will) (?:earn|receive|get|make) (?:a )?(?:small )?(?:commission"
        r"|fee|referral fee|share of (?:sales|revenue))\b[^.]{0,60}\b(?:when|if) you (?:buy|shop"
        r"|purchase|click|subscribe|sign up)\b[^.]{0,40}\b(?:links?|our (?:site|pages?)|this"
        r" (?:page|site|article|post|review))\b"
        r"|\bwhen you (?:buy|shop|purchase)(?: something| products?| items?)? (?:through|via"
        r"|from) (?:our |the |these |links (?:on|in) )?(?:links|retailer links|affiliate links"
        r"|this (?:page|site|article)|our (?:site|pages))\b",
        r"\b(?:created|produced|written|made|paid for|brought to you) (?:for|on behalf of"
        r"|in partnership with) (?:an? |our |the )?(?:advertiser|sponsor|brand partner"
        r"|commercial partner|partner brand)s?\b"
        r"|\bpowered by (?:our )?(?:[\w-]+ ){0,2}(?:partners?|affiliates?)\b"
        r"|^(?:live |best |latest |today'?s )?(?:prices?|price (?:checks?|comparisons?|data"
        r"|tracking|alerts?)|deals?|offers?|shopping)\b[^.]{0,20}\bpowered by\b",
        r"^(?:the )?(?:content|post|video|embed|media|tweet|map|clip|graphic|poll) from [^.]{1,30}?"
        r" (?:is |has been |was )?(?:hidden|blocked|not shown|not displayed|disabled)"
        r"(?:$|\s*[.!(—–-])"
        r"|\bclick (?:here )?to (?:load|show|view|display|play|enable)\s*(?:$|[(.—–-])"
        r"|\bmay (?:set|use|place|store|drop|read) cookies\b",
        r"^(?:commenting|comments?|replies|the comments?(?: section)?|reader comments"
        r"|discussion)\b[^.]{0,20}\b(?:is|are|has been|have been|was|were) (?:now |currently "
        r"|temporarily )?(?:switched off|turned off|disabled|closed|unavailable|not available"
        r"|not enabled|suspended|paused|off)\b[^.]{0,20}\b(?:for|on|under|in|below) (?:this"
        r"|our)\b",
        r"^(?=.*\byour?\b|(?:get|download|install|try|grab)\b)(?:"
        r".*\bapp\b[^.]{0,40}\b(?:free|available|out now|get it) (?:on|for|in|from) (?:the )?"
        r"(?:ios|iphone|ipad|android|app store|google play|play store)\b"
        r"|.*\b(?:free|available|out now|get it) (?:on|for|in|from) (?:the )?(?:ios|iphone|ipad"
        r"|android|app store|google play|play store)\b[^.]{0,40}\bapp\b)",
        r"^gift (?:this|the) (?:article|story|review|piece|report|feature|post|read)\b",
        # Round 20: branded content and its makers; newsletters named by their kind ("Get
        # the Morning Brief — markets before the open. Free, weekdays."); tier offers of
        # more than a dozen words ("Unlock Wire Pro: real-time alerts on …").
        r"^(?:branded|sponsored|paid|partner|promoted|advertiser|commercial) content\b[^.]{0,20}"
        r"\b(?:produced|created|written|made|paid for|presented)\b[^.]{0,30}\b(?:by|for|with"
        r"|in partnership)\b",
        r"^get (?:the |our )(?:[\w&.'’-]+ ){0,4}(?:brief|briefing|bulletin|digest|newsletter"
        r"|roundup|round-up|dispatch|wrap|note|letter|update|edition)\b.{0,120}\b(?:free"
        r"|daily|weekdays?|weekly|monday to friday|every (?:morning|evening|day|week|weekday"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|inbox)\b",
        r"^(?:join|try|get|unlock|go) (?:[\w&'’.-]+ ){1,3}(?:plus|pro|premium|insider)\s*[:—–!]",
        # Round 19: moderators' notes on a removed comment; appeals naming the reader's
        # part in the funding.
        r"^this (?:comment|reply|post|message) (?:has been|was|is) (?:removed|deleted|hidden"
        r"|withdrawn)\b[^.]{0,15}\b(?:by (?:a |an |the |our )?(?:moderators?|administrators?"
        r"|admins?|staff|editors)|for (?:breaching|violating|breaking))\b",
        r"\bchip in (?:from |just |only )?(?:[$€£₦₹] ?\d[\d.,]*|\d[\d.,]* ?(?:[$€£]|dollars|euros"
        r"|pounds))[^.]{0,10}\bto (?:keep|support|help|fund|sustain)\b",
        # Consent banners: "We use cookies to ...", "By continuing you accept our cookie policy".
        # Funding notes: "This series is supported by a grant from the … Foundation".
        r"^this (?:segment|section|feature|story|article|newsletter|podcast|episode|coverage"
        r"|page|series|report|reporting|journalism|investigation) (?:is "
        r"|was |has been )?(?:brought to you|sponsored|presented|supported|underwritten|funded"
        r"|paid for|made possible)(?: in part)? (?:by|through|with)\b",
        # Embeds held back: "Click to load content from …", "This embed is blocked", "To view
        # this Instagram post, allow social media cookies".
        r"\bclick (?:here )?to (?:load|show|view|display|play|see|enable) (?:the )?(?:content"
        r"|embed|video|post|tweet|map|media|this)\b|\bthis (?:embedded )?(?:[\w-]+ ){0,3}(?:embed"
        r"|content|video|post|tweet|map|media|player|stream|feed|widget|clip|podcast) (?:is|was"
        r"|has been) blocked\b|\bblocked because you (?:(?:have not|haven't) (?:accepted|allowed"
        r"|enabled|consented)|(?:did not|didn't|do not|don't) (?:accept|allow|enable|consent))",
        r"\bto (?:view|watch|see|play|load|display) this (?:[\w-]+ ){0,2}(?:post|video|content"
        r"|embed|tweet|map|chart|player|media|graphic)\b[^.]{0,40}\b(?:cookies|consent)",
        # Reaction widgets: "How do you feel about this story? Surprised (8) …".
        r"^how (?:do|did) you feel about this (?:story|article|post|piece|report)\b",
        # "Some features of this page may not work in Internet Explorer 11."
        r"\bsome features (?:of|on) this (?:page|site|website)\b|\b(?:may|might|will) not"
        r" (?:work|display|function|load|render)(?: properly| correctly| as (?:expected"
        r"|intended))? (?:in|on|with) (?:internet explorer|older (?:versions of )?(?:browsers"
        r"|devices)|your browser|this browser)\b",
        r"\bcookies?\b.{0,120}\b(?:accept|consent|preferences|privacy policy|manage|reject"
        r"|improve your experience|personali[sz]e|deliver|our services|analytics)"
        r"|\b(?:we|this (?:site|website)) uses? cookies\b"
        r"|^we (?:value|respect|care about) your privacy"
        r"|\b(?:allow|enable|accept)\w* (?:[\w-]+ )?cookies to (?:watch|view|play|see|load"
        r"|display|show|listen|read)\b",
        r"sign up (?:for|to) (?:our|the|a) [^.]{0,30}(?:newsletter|alerts|emails)",
        r"\b(?:click|tap) here\b",
        r"your email address will not be published|required fields are marked"
        r"|\b(?:to|in|into|straight to) your inbox\b",
        r"(?:have|don'?t have) an account\? ?(?:sign|log) ?(?:in|up)",
        r"you have \d+ gift articles|anyone can read what you share",
        r"supports? (?:our|independent|quality) journalism|journalism relies on"
        r"|\bjournalism (?:costs money|isn't free|is not free|takes time and money)\b"
        r"|\b(?:funded|supported|made possible|paid for) by (?:readers|listeners|viewers|members"
        r"|people) like you\b"
        r"|\bchip in (?:from |just |only )?(?:(?:[$€£₦₹¥]|r(?=\d)) ?\d[\d.,]*|\d[\d.,]* ?(?:[$€£]"
        r"|dollars|euros|pounds))(?: (?:today|now"
        r"|a month|monthly))?[.!]?$|donate (?:now"
        r"|today)|\b(?:help |helps )?(?:fund|funds|pay for|pays for) (?:our|independent"
        r"|quality|local) (?:journalism|reporting|newsroom)"
        r"|make a (?:donation|contribution)|become a (?:member|supporter|patron)",
        # Moderation notes: "Posting guidelines apply. All remarks are moderated."
        r"^(?:our |the )?(?:posting|commenting|community|comment|house|discussion)"
        r" (?:guidelines|rules)"
        r" apply\b|(?:^|[.!?] )(?:all |reader |readers' |user |the |this )?(?:comments|remarks"
        r"|replies|posts|responses|discussions?|conversations?|threads?)"
        r" (?:is |are |will be |may be |get )?"
        r"(?:(?:pre-?)?moderated\b|reviewed (?:by (?:a |our"
        r" |the )?(?:moderators?|editors?|staff) )?before (?:publishing|publication|posting|they"
        r" (?:appear|go live|are published)))",
        # Embeds held back for consent: "Embedded content from a third party has been blocked".
        r"\b(?:embedded|external|third[- ]party) (?:content|media|posts?|videos?|embeds?"
        r"|players?)\b[^.]{0,40}\b(?:blocked|disabled|hidden|unavailable|not (?:shown|displayed"
        r"|loaded|available))\b"
        r"|\bconsent (?:is )?(?:required|needed) to (?:display|show|view|load|see|play)\b",
        # An error notice of more than a dozen words, then a request to reload: "Something
        # went wrong while loading the chart. Refresh the page to retry.", "Calculator failed
        # to load. Refresh the page or try again later." (round 20).
        r"^(?:(?:sorry|oops|whoops)?[,!. ]*something (?:went|has gone) wrong\b[^.]{0,60}"
        r"|(?:the |this |our )?(?:[\w-]+ ){0,2}(?:failed to|could not|couldn't|did not|didn't"
        r"|was unable to|is unable to) (?:load|be loaded|display|open)\b[^.]{0,30})"
        r"\.? ?(?:please )?(?:refresh|reload|try again|retry)\b.{0,40}$",
        # Advertising notes: "This post may contain affiliate links", "We may earn a
        # commission", "Paid for by an advertiser", "Support for this story comes from ...".
        r"\bcontains? affiliate links\b|\bwe (?:may|might|could) (?:earn|receive|get)"
        r" (?:a )?(?:small )?(?:commission|share of (?:sales|revenue))\b"
        r"|^(?:this |the )?(?:content|article|story|post|page|feature|piece|section)\b[^.]{0,20}"
        r"\b(?:paid for|funded|sponsored|produced) by (?:an? |our )?(?:advertiser|sponsor"
        r"|commercial partner)s?\b"
        r"|^support for (?:this|our) (?:story|article|coverage|reporting|journalism|programme"
        r"|program|podcast|series) (?:comes|came|is provided) (?:from|by)\b",
        # Round 21: comments moderated on a named site; "Keep it civil" and the house rules;
        # an account to comment; cookies in other languages; media that failed to load with
        # a retry; browsers no longer supported; content supplied by an advertiser.
        r"\b(?:comments|replies|posts) (?:on [\w .&'’-]{1,30} )?(?:are|will be|is)"
        r" (?:pre-?moderated|moderated|reviewed)\b",
        r"^(?:please )?keep it (?:civil|clean|respectful|kind|polite)\b|\bread our (?:house"
        r"|community|comment|commenting|posting) (?:rules|guidelines|standards)\b",
        r"\b(?:sign ?in|log ?in) (?:or|and|/) (?:create|register|sign up|open)\b.{0,40}\bto"
        r" (?:comment|reply|join the (?:conversation|discussion)|post)\b",
        r"\b(?:verwendet|verwenden|nutzt|nutzen|utilise|utilisons|usamos|utilizamos|utiliza"
        r"|gebruikt|gebruiken|utilizza|utilizziamo|använder|bruger|bruker) (?:\w+ ){0,3}cookies\b",
        r"\b(?:failed|failing|unable) to load\b.{0,30}\b(?:tap|click|press) to (?:retry|reload"
        r"|try again)\b",
        r"\byour (?:web )?browser\b.{0,40}\b(?:is|are) (?:no longer|not) supported\b",
        r"^(?:content|material) (?:supplied|provided|paid for|produced) by [^.]{1,40}$",
        # Round 22: an embed held back until cookies are accepted ("This Instagram post is
        # hidden because you have not consented to social cookies"), the call to accept
        # them in other languages, and content paid for by a named funder.
        r"\b(?:this|the) (?:[\w-]+ ){0,2}(?:post|video|content|embed|tweet|map|player|clip"
        r"|graphic|podcast|element) (?:is|has been|was|will be) (?:hidden|blocked|not shown"
        r"|not displayed)\b.{0,80}\b(?:consent|cookies?)\b",
        r"\b(?:acceptez|accepter|akzeptieren sie|akzeptieren|aceptar|acepte|accetta|accettare"
        r"|aceite|aceitar|accepteer|acceptera)\b.{0,20}\bcookies\b",
        r"^this (?:content|feature|series|section|supplement|special report|advertorial)"
        r" (?:is|was|has been) (?:funded|paid for|sponsored|commissioned|supported|produced in"
        r" partnership with) by\b",
        # Round 24: a newsletter box ending on its button; gifts matched or tax-deductible;
        # a consent banner's "We and our 214 partners store …".
        r"\bnewsletter\b.{0,80}\b(?:sign me up|sign up|subscribe)\W*$"
        r"|\b(?:will|to) match (?:your|every|each) (?:gift|donation|contribution)\b"
        r"|\btax[- ]deductible (?:gifts?|donations?|contributions?) (?:are )?welcome\b"
        r"|\bwe and our (?:[\d,]+ )?(?:partners|vendors|advertising partners)\b",
        # Round 25: "Affiliate disclosure: … gets paid for some referrals".
        r"^(?:affiliate|advertising|sponsorship) disclosure\s*:",
        # Round 27: "Your browser is a bit out of date — some features may not work".
        r"^your browser is (?:a bit |a little |too |rather |slightly |quite |very |getting )?"
        r"(?:old|outdated|out[- ]of[- ]date|long in the tooth|not up to date|no longer"
        r" supported|unsupported)\b",
        # Round 28: "Sign up for First Alert text messages about severe weather …", not a
        # sentence.
        r"^sign up (?:for|to get|to receive) (?:[\w'’-]+ ){0,4}?(?:text messages|texts|text"
        r" alerts|sms(?: alerts)?|alerts|push alerts|notifications|emails)\b[^.]{0,60}$",
        # Round 28: never missing an issue, with the offer after it.
        r"^never miss an? (?:story|week|issue|edition|headline|update|newsletter|episode)\b"
        r".{0,80}$",
    ),
    "boilerplate": (
        r"(?:copyright|\(c\)|©)\s*(?:©\s*)?(?:\d{4}|[a-z])",
        r"all rights reserved",
        r"^(?:photo|image|picture|photograph|video|illustration|graphic|credit|caption|"
        r"photo credit|image credit|image source)s?\s*:",
        r"^\(?(?:reporting|additional reporting|editing|writing|compiled|edited|translated|"
        r"research|(?:medically |clinically |expert )?reviewed|fact[- ]checked) by\b",
        r"^(?:this )?(?:article|story) (?:was )?(?:first |originally )?(?:published|appeared)"
        r" (?:by|in|on|at) ",
        # A note that the page changes, saying nothing of what changed: "This article has
        # been updated since it was first published" (a correction note, which says what
        # was wrong, is the article's own text).
        r"^this (?:article|story|piece|post|page|report) (?:has been|was|had been|is being"
        r"|will be) updated(?: (?:since it was (?:first )?published|throughout the day|regularly"
        r"|as (?:news|the story|events) (?:develops?|unfolds?)|with the latest(?: information"
        r"| updates)?|with (?:additional|more|new|further) (?:reporting|information|details"
        r"|updates)))?$",
        r"^(?:contact|email|write to) (?:the )?(?:author|reporter|writer|us)\b",
        r"^(?:\(?(?:photo|image)s?(?: by| credit)?:?|\(photo by)\b.{0,80}\)?$",
        r"may not be (?:published|reproduced), broadcast|trust principles",
        r"for (?:your )?personal,? non-commercial use",
        # A page builder's shortcode shown as text: "[button link=...]Send us a review[/button]".
        r"^\[(\w+)\b[^\]]*\].*\[/\1\]",
        # A short line holding an email address: "Tips? Email news@example.org".
        r"^(?=(?:\S+\s+){0,11}\S+$).*\b[\w.+-]+@[\w-]+\.[\w.]+\b",
        # How to reach or follow the author: "Jane may be reached at jane@example.org",
        # "Follow her on Twitter @janeroe" (a sentence of its own: "Fans follow her ..."
        # in the text is no such note).
        r"(?:^|[.!?] )follow (?:him|her|them|us|me)\b[^.]{0,40}@\w"
        r"|\b(?:reached|contacted|e-?mail(?:ed)?(?: (?:him|her|them|us|me))?|let us know)"
        r"\b[^.]{0,30}? at:? [\w.+-]+@[\w-]+\.\w",
        # Round 24: a note that the story is old ("This article is more than 4 years old",
        # "Heads up: this piece dates from 2019 — details may have moved on").
        r"^(?:(?:heads up|note|please note|warning|fyi)\s*:?\s*)?this (?:[\w-]+ )?(?:article"
        r"|story|piece|report|post|page|investigation|interview|review|video|content|feature"
        r"|column|item|blog|analysis|explainer) (?:is"
        r" (?:more than |over |nearly |almost )?[\d,]+ (?:days?|weeks?|months?|years?) old\b"
        r"|dates (?:from|back to)\b|was (?:posted|published|written|filed|first published)"
        r" (?:more than |over )?(?:[\d,]+|an?|one|two|three|four|five|six|several) (?:days?"
        r"|weeks?|months?|years?|seasons?) ago\b)",
        # Round 28: "This story was updated at 10:52 p.m. with new information from police."
        r"^this (?:article|story|piece|post|page|report) (?:has been|was) updated (?:at|on)"
        r" .{1,40}? with (?:new|more|additional|further|the latest) (?:information|details"
        r"|reporting|comments?|figures)\b.{0,40}$",
    ),
    # A line linking to another story: "[Related: ...]", "See also: ...", "Also on x.com ...".
    "headline_list": (
        r"^\[\s*(?:related|see also|read (?:more|also|next)|also read)\b[^\]]*\]$"
        r"|^(?:related (?:post|article|story|reading)|see also|read (?:also|next)|also read"
        r"|also see"
        r"|(?:more|other|latest|related) (?:news|stories|articles|coverage)"
        r"|don'?t miss|must (?:read|see|watch)|in case you missed it|from (?:the|our) archives?"
        r"|(?:keep|continue) exploring|recommended(?: reading| for you)?|trending(?: now)?"
        r"|most[- ](?:read|popular|viewed|shared|watched|commented))"
        r"\s*:\s*\S"
        r"|^(?:also )?on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,}:? \S",
        r"^more (?:from|in|on) (?:the )?[^:.!?]{1,30}:\s*\S",
        # Round 28: the most read over a stretch of time ("Most read this week: 1. …").
        r"^most[- ](?:read|popular|viewed|shared|watched|commented) (?:(?:this|last) (?:week"
        r"|month|year)|today|now|right now|in [\w &'-]{1,20})\s*:\s*\S",
    ),
}

# One alternation per reason (tables keep their order: the first reason that matches wins):
# a line costs one regex call per reason instead of one per pattern.
_COMPILED_SHORT: tuple[tuple[RemovalReason, re.Pattern[str]], ...] = tuple(
    (reason, re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.I))
    for reason, patterns in SHORT_LINE_RULES.items()
)
#: All short-line tables in one pattern, one named group per reason in table order: a
#: ``fullmatch`` tries the alternatives in order, so ``lastgroup`` is the first reason
#: whose pattern matches the whole line, as the loop over :data:`_COMPILED_SHORT` finds.
_SHORT_RULES_RE = re.compile(
    "|".join(f"(?P<{reason}>{pattern.pattern})" for reason, pattern in _COMPILED_SHORT), re.I
)


def _short_rules_by_first_char() -> dict[str, re.Pattern[str] | None]:
    """For each ASCII character, :data:`_SHORT_RULES_RE` cut down to the patterns that can
    start with it (same order, same named groups), or ``None`` when none can: a
    ``fullmatch`` of a line starting with that character finds the same reason first."""
    try:
        from re import _parser
    except ImportError:  # pragma: no cover - the full pattern serves every line
        return {}
    starts = [
        (reason, pattern, first_chars(_parser.parse(pattern, re.I).data, re.I | re.U)[0])
        for reason, patterns in SHORT_LINE_RULES.items()
        for pattern in patterns
    ]
    table: dict[str, re.Pattern[str] | None] = {}
    for char in ASCII_CHARS:
        groups = []
        for reason in SHORT_LINE_RULES:
            kept = [f"(?:{p})" for r, p, first in starts if r == reason and char in first]
            if kept:
                groups.append(f"(?P<{reason}>{'|'.join(kept)})")
        table[char] = re.compile("|".join(groups), re.I) if groups else None
    return table


#: Lines starting with a non-ASCII character use the full :data:`_SHORT_RULES_RE`.
_SHORT_RULES_BY_FIRST = _short_rules_by_first_char()
# Phrases stay one regex each for the verdict (the first reason whose pattern matches
# anywhere wins); one alternation of them all first tells, in a single call, whether any
# matches at all, which for most lines it does not.
_COMPILED_PHRASES: tuple[tuple[RemovalReason, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.I))
    for reason, patterns in PHRASE_RULES.items()
    for pattern in patterns
)
#: Substrings of which every phrase rule needs one (or a line start it needs): a line
#: holding none of them is not searched with the phrase patterns. Asked only of the lines
#: the Hyperscan prefilter cannot judge (:data:`_LINE_RULES`: lines not printable ASCII,
#: or no hyperscan on the platform). Kept in step with PHRASE_RULES: tests/stages/
#: test_clean.py checks the two agree on sample lines, and test_clean_prefilter.py on
#: lines Hypothesis builds from each rule.
#: The openings of "For the best experience, update your browser" (keys of that rule).
_BEST_VIEW_KEYS = tuple(
    f"for {article}{word}"
    for article in ("", "the ", "a ", "an ")
    for word in ("best", "better", "full", "optimal", "optimum")
)
_PHRASE_KEYS = (
    "javascript", "verify", "reader mode", "trouble ", "subscri", "log in", "login",
    "sign in", "signin", "logged", "signed", "sign up", "continue reading", "you've",
    "you have", "free article", "free stories", "free story", "is available", "is only",
    "is reserved",
    "is exclusive", "adblock", "ad block", "ad-block", "are you a", "checking", "denied",
    "browser", "cookie", "your privacy", "click here", "tap here", "email address",
    "required fields", "an account", "your inbox", "anyone can read",
    "journalism", "donat", "a contribution", "become a", "copyright", "(c)", "©",
    "rights reserved", "broadcast", "trust principles", "@", "a.i.", "artificial intelligence",
    "commercial use", "[/", "reporting", "newsroom", "is for", "members only",
    "subscribers only", "member only", "subscriber only", "-only ",
    "guidelines", "rules", "moderated", "updated", "script", "generated", "embedded",
    "external", "third-party", "third party", "consent", "reviewed", "machine", "automated",
    "refresh", "reload", "try again", "retry", "complimentary", "bonus ", "gift ", "free read",
    "free piece", "free view", "automatic", "computer-", "computer ", "auto-",
    "autotrans", "like you", "chip in", "trial", *_BEST_VIEW_KEYS, "gerad", "newsletter",
    "match your", "match every", "match each", "deductible", "we and our", "js",
    "advertising disclosure", "sponsorship disclosure",
    " old", "dates from", "dates back", " ago",
    "affiliate", "commission", "share of sales", "share of revenue", "advertiser", "sponsor",
    "commercial partner", "support for ",
    "you agree", "you accept", "you consent", "translated", "brought to you", "presented",
    "supported", "underwritten", "funded", "paid for", "made possible", "click", "blocked",
    "feel about this", "some features", "internet explorer", "devices", "free gift",
    "tradu", "bersetzung", "vertaa", "vertal", "maskin", "when you ", "if you ", "errors",
    "mistakes", "inaccuracies", "omissions", "brand partner", "partner brand", "powered by",
    "hidden", "not shown", "not displayed", "disabled", " ios", " iphone", " ipad", " android",
    "app store", "google play", "play store", "reading with", "this comment", "this reply",
    "this post", "this message", "synthetic", "computer", "text-to-speech",
    "abonn", "suscr", "assine", "abbona", "cancel any", "cancel at any", "unlock", "übersetzt",
    "automatiquement", "automáticamente", "automaticamente", "vertaald", "génér", "generad",
    "generiert", "erstellt", "(ai", "(machine", "automat", "about this", "keep it", "read our",
    "to load", "supplied by", "provided by", "produced by", "commissioned", "in partnership",
    "never miss",
)  # fmt: skip
_PHRASE_STARTS = (
    "photo", "image", "picture", "video", "illustration", "graphic", "credit", "caption", "(",
    "reporting", "additional reporting", "editing", "writing", "compiled", "edited",
    "translated", "research", "contact", "email", "write to", "ai", "machine", "article",
    "story", "this article", "this story", "medically", "clinically", "expert", "reviewed",
    "fact", "[", "related", "see also", "read ", "also ", "on ", "more ", "other ", "latest ",
    "don't miss", "dont miss", "must ", "in case you missed", "from the archive",
    "from our archive", "keep exploring", "continue exploring", "recommended", "trending",
    "comment", "replies", "discussion", "the comment", "reader comments", "gift ",
    "branded", "sponsored", "paid ", "partner", "promoted", "advertiser", "commercial", "get ",
    "join ", "try ", "unlock ", "go ", "most",
)  # fmt: skip
#: "ai" at the start of a word ("ai-written", "by:ai"), not inside one ("said").
_AI_WORD_RE = re.compile(r"(?<![a-z])ai")
#: For each phrase rule (in the order of :data:`_COMPILED_PHRASES`), substrings of which
#: every match holds one: on an all-ASCII normalised line (lowercase, single spaces, where
#: the rules' lowercase letters can only match themselves) a rule whose keys are all
#: missing is not searched. Kept in step with PHRASE_RULES (tests/stages/test_clean.py
#: checks the two agree on sample lines).
_PHRASE_RULE_KEYS: tuple[tuple[str, ...], ...] = (
    # paywall
    ("subscribe", "trial"),
    ("become a ",),
    ("you agree", "you accept", "you consent"),
    ("script", "js", "cookie"),
    ("verify", "reader mode"),
    ("trouble ",),
    ("subscriber",),
    ("subscribe ",),
    ("log", "sign"),
    ("account",),
    ("to continue reading", "reading with"),
    ("you've ", "you have "),
    ("free ", "complimentary ", "gift ", "bonus "),
    ("this ",),
    ("block",),
    ("are you a ", "checking "),
    ("denied",),
    ("in to ",),
    ("browser",),
    ("members only", "subscribers only", "member only", "subscriber only", "-only "),
    ("abonn", "suscr", "assine", "abbona"),
    ("cancel any", "cancel at any"),
    ("unlock",),
    ("become a",),
    _BEST_VIEW_KEYS,
    # ai_notice
    ("errors", "mistakes", "inaccuracies", "omissions"),
    ("tradu", "bersetzung", "vertaa", "vertal", "maskin"),
    ("ai", "a.i.", "artificial intelligence"),
    ("translated",),
    (
        "ai",
        "a.i.",
        "artificial intelligence",
        "synthetic",
        "computer",
        "automated",
        "text-to-speech",
        "machine voice",
    ),
    ("machine", "computer", "ai", "synthetic", "automated", "auto"),
    ("assist", "machine help"),
    ("generated",),
    ("automatically",),
    ("ai", "a.i.", "machine", "automated", "auto-generated"),
    ("machine", "automat"),
    ("generated",),
    ("machine", "ai", "computer", "auto"),
    ("übersetzt", "automatiquement", "automáticamente", "automaticamente", "vertaald"),
    ("génér", "generad", "gerad", "generiert", "erstellt"),
    ("(ai", "(machine"),
    ("automat", "computer", "ai", "machine"),
    ("ai", "automated", "machine"),
    ("about this",),
    ("artificial intelligence", "ai", "a.i.", "machine learning"),
    ("ai", "a.i.", "artificial intelligence", "machine learning"),
    # widget
    ("when you ", "if you "),
    ("advertiser", "sponsor", "brand partner", "commercial partner", "partner brand", "powered by"),
    ("hidden", "blocked", "not shown", "not displayed", "disabled", "click", "cookies"),
    ("comment", "replies", "discussion"),
    (" ios", " iphone", " ipad", " android", "app store", "google play", "play store"),
    ("gift ",),
    (
        "branded content",
        "sponsored content",
        "paid content",
        "partner content",
        "promoted content",
        "advertiser content",
        "commercial content",
    ),
    ("get the ", "get our "),
    ("plus", " pro", "premium", "insider"),
    ("this comment", "this reply", "this post", "this message"),
    ("chip in",),
    (
        "brought to you",
        "sponsor",
        "presented",
        "supported",
        "underwritten",
        "funded",
        "paid for",
        "made possible",
    ),
    ("click", "blocked"),
    ("cookie", "consent"),
    ("feel about this",),
    ("some features", "internet explorer", "browser", "devices"),
    ("cookie", "your privacy"),
    ("sign up ",),
    ("click here", "tap here"),
    ("your email address", "required fields", "your inbox"),
    ("an account?",),
    ("gift articles", "anyone can read"),
    (
        "journalism",
        "donate ",
        "make a ",
        "become a ",
        "reporting",
        "newsroom",
        "like you",
        "chip in",
    ),
    ("guidelines", "rules", "moderated", "reviewed"),
    ("embedded", "external", "third-party", "third party", "consent"),
    ("refresh", "reload", "try again", "retry"),
    (
        "affiliate",
        "commission",
        "share of ",
        "advertiser",
        "sponsor",
        "commercial partner",
        "support for ",
    ),
    ("moderated", "reviewed"),
    ("keep it", "read our"),
    ("sign in", "signin", "log in", "login"),
    ("cookies",),
    ("to load",),
    ("browser",),
    ("supplied by", "provided by", "paid for by", "produced by"),
    ("hidden", "blocked", "not shown", "not displayed"),
    ("cookies",),
    ("funded", "paid for", "sponsored", "commissioned", "supported", "in partnership"),
    ("newsletter", "match your", "match every", "match each", "deductible", "we and our"),
    ("affiliate disclosure", "advertising disclosure", "sponsorship disclosure"),
    ("your browser is ",),
    ("sign up ",),
    ("never miss ",),
    # boilerplate
    ("copyright", "(c)", "©"),
    ("all rights reserved",),
    (":",),
    (" by",),
    ("published", "appeared"),
    ("updated",),
    ("contact ", "email ", "write to "),
    ("photo", "image"),
    ("broadcast", "trust principles"),
    ("commercial use",),
    ("[/",),
    ("@",),
    ("@",),
    (" old", "dates from", "dates back", " ago"),
    ("updated",),
    # headline_list
    (
        "[",
        "see also",
        "read ",
        "also read",
        "on ",
        "related ",
        "more ",
        "other ",
        "latest ",
        "also see",
        "miss",
        "must ",
        "archive",
        "exploring",
        "recommended",
        "trending",
        "most",
    ),
    ("more ",),
    ("most",),
)
assert len(_PHRASE_RULE_KEYS) == len(_COMPILED_PHRASES)
_KEYED_PHRASES = tuple(zip(_COMPILED_PHRASES, _PHRASE_RULE_KEYS, strict=True))

#: Every short-line pattern (asked whole) and every phrase pattern (searched), in table
#: order, in one Hyperscan database: on most lines it rules them all out in one pass, and
#: only the rules it lets through are asked in Python (see :mod:`.prefilter`).
_SHORT_RULE_PATTERNS = tuple(
    pattern for patterns in SHORT_LINE_RULES.values() for pattern in patterns
)
_SHORT_RULE_REASONS: tuple[RemovalReason, ...] = tuple(
    reason for reason, patterns in SHORT_LINE_RULES.items() for _ in patterns
)
_SHORT_PATTERN_COUNT = len(_SHORT_RULE_PATTERNS)
#: After the rules, the patterns a furniture family starts from (see
#: :data:`.families.FAMILY_GATES`): a line they rule out skips that family.
_FAMILY_GATE_FIRST = _SHORT_PATTERN_COUNT + len(_COMPILED_PHRASES)
_LINE_RULES = RulePrefilter(
    [(pattern, re.I, True) for pattern in _SHORT_RULE_PATTERNS]
    + [(pattern.pattern, pattern.flags, False) for _, pattern in _COMPILED_PHRASES]
    + [(pattern.pattern, pattern.flags, False) for pattern in FAMILY_GATES]
)


@cache
def _short_rule(index: int) -> re.Pattern[str]:
    """The short-line pattern at ``index`` (in the tables' order), compiled on first use:
    a line asks only the few that :data:`_LINE_RULES` lets through."""
    return re.compile(_SHORT_RULE_PATTERNS[index], re.I)


#: Characters by how often they occur in English text, commonest first; any other
#: character counts as rarer than all of them.
_CHARS_BY_FREQUENCY = " etaoinsrhldcumfpgwybvkxjqz"


def _rarity(char: str) -> int:
    found = _CHARS_BY_FREQUENCY.find(char)
    return len(_CHARS_BY_FREQUENCY) if found == -1 else found


def _rarest_entry_pattern(keys: tuple[str, ...]) -> str:
    """A pattern matching any of ``keys``, each entered at its rarest character: the
    alternative for a key matches that character, then looks behind it for the key's
    head and ahead for its tail. A search tries a match only at the positions holding
    one of those characters (about one in six of a line's), where a pattern of the keys
    from their first characters is tried at almost every letter (keys start on most)."""
    entries: dict[str, list[str]] = {}
    for key in keys:
        at = max(range(len(key)), key=lambda i: (_rarity(key[i]), -i))
        head = f"(?<={re.escape(key[: at + 1])})" if at else ""
        entries.setdefault(key[at], []).append(head + re.escape(key[at + 1 :]))
    return "|".join(
        f"{re.escape(char)}(?:{'|'.join(tails)})"
        for char, tails in sorted(entries.items(), key=lambda entry: _rarity(entry[0]))
    )


#: Any of the keys, in one search (the same test as ``any(k in line for k in keys)``).
_PHRASE_KEYS_RE = re.compile(_rarest_entry_pattern(_PHRASE_KEYS))


def _may_hold_phrase(normalised: str) -> bool:
    """False when no phrase rule can match ``normalised`` (a cheap test before the rules)."""
    return (
        normalised.startswith(_PHRASE_STARTS)
        or _PHRASE_KEYS_RE.search(normalised) is not None
        or ("ai" in normalised and _AI_WORD_RE.search(normalised) is not None)
    )


#: Call-to-action lines: a CTA verb first and a CTA object, in a handful of words.
CTA_MAX_WORDS = 6
CTA_VERBS = frozenset(
    "share subscribe sign log follow download read watch listen click tap join register get "
    "try explore discover see view load show continue save print email donate support like "
    "comment install upgrade unlock start".split()
)
CTA_OBJECTS = frozenset(
    "us our now here this more free today app newsletter newsletters article story video "
    "podcast comments comment later all you your up in journalism features alerts".split()
)

#: A short line about subscribing to a newsletter or mailing ("Stay up to date: subscribe
#: to our newsletter", "You have successfully subscribed") is a sign-up widget.
NEWSLETTER_RE = re.compile(r"\b(?:un)?subscribed?\b|\bnewsletters?\b|\bmailing list\b")


#: Words of a call to sign up or of a sign-up's state: a line of five words or more naming
#: newsletters with none of them is news about newsletters ("Podcast network buys
#: newsletter firm"), not a sign-up.
_NEWSLETTER_CALL_WORDS = frozenset(
    "you your you're yours our us we please sign signup sign-up free inbox email e-mail every "
    "daily weekly morning evening subscribe unsubscribe subscribed unsubscribed subscribing "
    "thanks thank preferences manage get join here now today".split()
)
NEWS_OF_NEWSLETTERS_MIN_WORDS = 5


def _news_of_newsletters(normalised: str) -> bool:
    words = _LOWER_WORD_RE.findall(normalised)
    return len(words) >= NEWS_OF_NEWSLETTERS_MIN_WORDS and _NEWSLETTER_CALL_WORDS.isdisjoint(words)


def _mentions_newsletter(normalised: str) -> bool:
    """:data:`NEWSLETTER_RE` found in a lowercase line, searched for only when the line
    holds one of the words every match holds."""
    return (
        "subscribe" in normalised or "newsletter" in normalised or "mailing list" in normalised
    ) and NEWSLETTER_RE.search(normalised) is not None


#: Short lines speaking to the reader ("Send us your feedback", "Enter your email
#: address", "Our journalism relies on your support") are site messages; article text
#: addresses the reader only inside quotations or in long paragraphs.
READER_ADDRESS_MAX_WORDS = 12
READER_WORDS = frozenset("you your you're yours our us please".split())
ACCOUNT_WORDS_RE = re.compile(
    r"subscri|log ?in|sign ?in|sign up|account|register|paywall|member", re.I
)
#: Short lines saying a machine made the text: "Summarised by AI", "Key points generated by AI".
AI_NOTICE_MAX_WORDS = 14
AI_TOKEN_RE = re.compile(
    r"\b(?:AI|A\.I\.)(?:-\w+)?\b|artificial intelligence|text-to-speech"
    r"|\b(?:machine|automated|synthetic|computer|computer-generated|robot|digital) "
    r"(?:voice|narrat\w*|reader|newsreader|presenter|anchor|host|speech)",
    re.I,
)
AI_VERB_RE = re.compile(
    r"\b(?:generat|summari[sz]|creat|produc|writ|assist|power|translat|narrat|voic|read by)", re.I
)
#: What the page itself is made of, that a machine may have made: a line naming AI and a
#: making verb is a notice only when it speaks of one of these ("Summary generated by AI",
#: "This story was translated with AI assistance") or is a label ("Narrated by AI",
#: "AI-generated summary", "Quick take (AI-assisted)"); a headline about made things
#: ("Artists sue over AI-generated songs", "Newsroom staff used AI to summarise the
#: documents") is the article's.
_AI_PAGE_NOUN = (
    r"(?:article|story|page|text|summary|audio|version|translation|transcript|narration"
    r"|recap|overview|brief|briefing|take|key points|key takeaways|takeaways|highlights"
    r"|tl;dr|voice|reading|report|piece|content|copy)"
)
_AI_LABEL_NOUN = (
    r"(?:summary|audio|narration|recap|overview|translation|transcript|brief|briefing"
    r"|version|take|key points|reading|voice|narrator|reader)"
)
_AI_MADE = (
    r"(?:generated|summari[sz]ed|created|produced|written|assisted|powered"
    r"|translated|narrated|voiced|read|spoken|made|drafted|compiled)\b"
)
AI_ABOUT_PAGE_RE = re.compile(
    # the page's part, then how it was made: "Audio version generated by AI", "This
    # summary was machine-generated", "Key points, generated with AI"
    rf"^(?:(?:this|the|our|an?|quick|short)\s+)?(?:\w+\s+)?{_AI_PAGE_NOUN},?\s+"
    rf"(?:(?:was|is|has been|were|are|been)\s+)?(?:\w+-)?{_AI_MADE}"
    # a label that starts with how it was made: "Narrated by AI", "Auto-translated from"
    rf"|^(?:auto-?|machine-?)?{_AI_MADE}"
    # a label that starts with AI: "AI-generated summary", "AI Brief: three-point recap"
    rf"|^(?:(?:quick|short)\s+)?(?:AI|A\.I\.)(?:-\w+)?\s+{_AI_LABEL_NOUN}"
    r"(?:\s+(?:below|above))?(?:$|\s*[^\w\s])"
    # the page named: "This article has an AI-generated summary", "by our AI tool"
    rf"|\b(?:this|our)\s+(?:\w+\s+)?(?:{_AI_PAGE_NOUN}|AI|A\.I\.|assistant|tool)\b"
    # a label in brackets: "Quick take (AI-assisted)"
    r"|\((?:AI|A\.I\.)(?:-\w+)?\)",
    re.I,
)
#: A label this short that names AI and a making verb is a notice: "AI-made summary".
AI_LABEL_MAX_WORDS = 3
#: Lines about the page itself rather than the news: short lines whose words are mostly
#: the vocabulary of a web page's interface ("This video is unavailable in your region",
#: "Comments are closed for this article", "Hear this story read aloud"). Judged by the
#: share of such words, not by phrasings, so that wordings no rule lists are caught too.
INTERFACE_LINE_MAX_WORDS = 12
#: A label this short needs only one word of :data:`INTERFACE_STRONG` ("Main menu").
INTERFACE_LABEL_MAX_WORDS = 3
INTERFACE_WORDS = frozenset(
    # what a page is made of
    "article articles story stories page pages site website content video videos audio "
    "media player embed embedded browser javascript cookie cookies comment comments "
    "commenting reply replies newsletter newsletters inbox email e-mail account accounts "
    "subscriber subscribers subscription subscriptions member members membership login "
    "password ad ads advert adverts advertisement advertisements advertising adblocker "
    "blocker sponsored sponsor partner partners app apps link links url notifications alerts "
    "tag tags region text-to-speech speech narration narrated aloud playlist transcript "
    "homepage menu archive gallery slideshow settings preferences guidelines feedback "
    "section sections updates experience version clip clips navigation topics address "
    "privacy blocked options reading logged photo photos image images unmute mute "
    "sidebar footer toolbar dropdown popup widget "
    # what a reader does with it
    "click tap share shared subscribe sign log load loading loaded enable enabled disable "
    "disabled update upgrade listen play hear read watch view show hide sort report search "
    "browse skip scroll save print copy copied send join register unlock accept manage "
    "refresh download install recommended support supported unavailable played playing "
    "flag continue continues swipe".split()
)
#: Interface words no news sentence needs: one of them (or a reader addressed, or a verb
#: of the interface first) marks the line as the page's own.
INTERFACE_STRONG = frozenset(
    "browser javascript cookie cookies comment comments commenting newsletter newsletters "
    "inbox subscriber subscribers subscription login password ad ads advert adverts "
    "advertisement advertisements adblocker blocker embed embedded app url homepage menu "
    "text-to-speech aloud playlist navigation sidebar toolbar dropdown popup widget".split()
)
#: Words that say nothing either way.
INTERFACE_NEUTRAL = frozenset(
    "the a an this that these to of for in on at by with from your you our us my me we is "
    "are be been being has have was were not no does do all more here now please it its or "
    "and up out via below above first free every best full any try again will would can "
    "could should may might must".split()
)
_INTERFACE_WORD_RE = re.compile(r"[a-z][a-z'-]*")
_DEICTIC = frozenset("this your our".split())
#: The strong words that make a label of the page on their own: all but those that also
#: name things an article's subheads speak of ("ECG app", "Ad agency"; "Main menu" is
#: the page's own).
_LABEL_STRONG = INTERFACE_STRONG - frozenset(
    "ad ads advert adverts advertisement advertisements adblocker blocker embed embedded app "
    "url text-to-speech aloud playlist".split()
)
_INTERFACE_NOUNS = frozenset(
    "article articles story stories page pages site website content video videos audio "
    "media player browser cookie cookies comment comments reply replies newsletter "
    "newsletters account accounts ad ads partner partners app apps link links tag tags "
    "region speech updates experience version section sections settings preferences "
    "guidelines feedback archive gallery slideshow menu".split()
)


#: Interface verbs a reader does again ("reload", "replay"); "review" and "reads" are no
#: such repeats.
_REPEATABLE = frozenset("load play share send subscribe watch".split())
#: Inflected forms of interface words and the word each inflects: "sharing" -> "share",
#: "reload" -> "load" (forms that are interface words themselves are left alone).
_INTERFACE_FORMS = {
    form: word
    for word in INTERFACE_WORDS
    for form in (
        word + "ing",
        word[:-1] + "ing" if word.endswith("e") else "",
        "re" + word if word in _REPEATABLE else "",
    )
    if form and form not in INTERFACE_WORDS
}


def _interface_forms(normalised: str) -> list[str]:
    """The words of a lowercase line, each inflection or compound of an interface word
    read as that word ("sharing" -> "share", "reload" -> "load", "subscriber-only" ->
    "subscriber")."""
    words = [_INTERFACE_FORMS.get(word, word) for word in _INTERFACE_WORD_RE.findall(normalised)]
    if "-" not in normalised:
        return words
    return [_compound_head(word) for word in words]


def _compound_head(word: str) -> str:
    if "-" not in word or word in INTERFACE_WORDS:
        return word
    head = word.partition("-")[0]
    return head if head in INTERFACE_WORDS else word


def _other_words(words: list[str], page_words: frozenset[str] = INTERFACE_WORDS) -> list[str]:
    """The words that are neither page words nor small words."""
    return [w for w in words if w not in page_words and w not in INTERFACE_NEUTRAL]


#: A site's own price offer ("Get 3 months for $1", "Unlimited access from $4 a month"):
#: a price, a period or access, and no word outside this vocabulary (an offer for a
#: named product, "Get 4 months of Music Unlimited for $1", is a deal the article reports).
_PRICE_RE = re.compile(r"[$£€] ?\d|\d ?[$£€]|\d+(?:[.,]\d+)? ?(?:dollars?|pounds?|euros?)\b")
_OFFER_TERMS = frozenset(
    "month months week weeks year years day days access trial subscription".split()
)
OFFER_WORDS = _OFFER_TERMS | frozenset(
    "get try subscribe join start enjoy unlock buy gain unlimited full digital now today for "
    "from a an per just only the your our first of then free reading read all every plan offer "
    "special limited time dollar dollars pound pounds euro euros stories articles news member "
    "members journalism content".split()
)
_OFFER_WORD_RE = re.compile(r"[a-z]+")


def _is_price_offer(normalised: str) -> bool:
    """A short lowercase line offering the site's subscription at a price."""
    if not has_digit(normalised) or _PRICE_RE.search(normalised) is None:
        return False
    words = _OFFER_WORD_RE.findall(normalised)  # prices and figures are no words
    return not _OFFER_TERMS.isdisjoint(words) and all(w in OFFER_WORDS for w in words)


def _is_interface_line(normalised: str, text: str) -> bool:
    """Whether a short lowercase line is about the page rather than the news: at least
    two interface words, at most half as many other content words, and a sign that it
    speaks of this page (a word of :data:`INTERFACE_STRONG`, "this"/"your"/"our" before
    an interface word, an interface verb first, or no other word in a line of four
    words at most). "The video was shared widely" has none of those signs and stays. A
    label of up to three words needs only one interface word, if it is a strong one and
    stands beside at most one other word ("Main menu")."""
    if " " not in normalised:
        return False  # one word: the widget-word rules judge those
    words = _interface_forms(normalised)
    interface = [word for word in words if word in INTERFACE_WORDS]
    if not interface or len(words) > INTERFACE_LINE_MAX_WORDS:
        return False
    other = len(_other_words(words))
    if len(interface) < 2:
        # "Main menu", "Return to homepage": a word only a page uses, in a label.
        return (
            len(words) <= INTERFACE_LABEL_MAX_WORDS
            and other <= 1
            and not _LABEL_STRONG.isdisjoint(interface)
            and not any(word.endswith("'s") for word in words)  # "Rice's comments"
            and not _has_quote_mark(text)
        )
    if other * 2 > len(interface) or _has_quote_mark(text):
        return False
    if not other and len(words) <= INTERFACE_LABEL_MAX_WORDS + 1:
        return True  # nothing but the page's words: "Media unavailable", "Player loading"
    if words[0] in INTERFACE_WORDS and words[0] not in _INTERFACE_NOUNS:
        return True  # an imperative: "Click to load the embedded media"
    if not INTERFACE_STRONG.isdisjoint(interface):
        return True
    return any(
        word in _DEICTIC and following in INTERFACE_WORDS for word, following in pairwise(words)
    )


#: Menu rows: three or more short items between separators ("Privacy | Terms | Cookies").
MENU_SEPARATOR_RE = re.compile(r"\s+[|/·•»›>]\s+|\s*\|\s*")
MENU_ITEM_MAX_WORDS = 3
#: A section label glued to a date, as in headline lists: "BusinessFeb 26, 2025".
GLUED_DATE_RE = re.compile(
    r"^(?P<label>[A-Za-z .&']{0,30}?)(?P<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$",
    re.I,
)

#: A line made only of these words is a row of buttons ("Print | Email | Share",
#: "Sign in Register", "Yes No").
WIDGET_WORDS_MAX = 6
WIDGET_WORDS = frozenset(
    "share shares print email e-mail comment comments reply save saved follow following "
    "unfollow subscribe subscribed login log logout sign in up out register menu search close "
    "open more less read next previous prev back top home loading yes no like likes tweet copy "
    "link links facebook twitter x whatsapp linkedin reddit telegram pinterest flipboard "
    "listen watch play pause video audio photos gallery bookmark report ok cancel submit send "
    "feedback view all expand collapse account my settings help".split()
)

#: Relative timestamps, possibly glued to a section label: "2 hours ago",
#: "U.K News6 days ago", "Updated 5 mins ago", "CNN · 3h ago".
RELATIVE_TIME_RE = re.compile(
    r"^(?P<label>.{0,40}?)\s*(?:\b|(?<=[a-z]))(?:\d+|an?|one|two|three|a few|several)\s*"
    rf"(?:{TIME_UNITS})\s+ago\.?$"
    r"|^(?P<label2>.{0,40}?)\s*(?:\b|(?<=[a-z]))(?:yesterday|just now|moments ago)$",
    re.I,
)
#: How every relative timestamp ends (a cheap test before the pattern).
_RELATIVE_ENDS = ("ago", "yesterday", "just now")
#: Other bare time furniture: "just now", "yesterday", "10:30 AM ET", "Updated 14:05 GMT".
TIME_FURNITURE_RE = re.compile(
    r"^(?:(?:updated|published|posted|last updated|modified|edited)\s*:?\s*)?"
    r"(?:just now|moments? ago|(?:yesterday|today|earlier today)(?:,? (?:at )?\d{1,2}(?:[:.]\d{2}"
    r"\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s*[a-z]{1,4})?)?"
    r"|(?:earlier |later )?this (?:morning|afternoon|evening)|earlier this (?:week|month)"
    r"|just in|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{1,4})?)$",
    re.I,
)
#: "Updated ..." / "Published ..." lines that carry something other than a full date:
#: after a colon, or a figure, a time word, a month or weekday, or a preposition ("Posted
#: 3 hours ago", "Updated this morning", "Posted in: Music", "Published an hour ago"); not
#: "Updated flood maps show 3,000 homes at risk" or "Posted to Facebook, the video drew…".
UPDATED_LINE_RE = re.compile(
    r"^(?:updated|published|posted|last updated|first published|modified|last modified)\b\s*"
    r"(?::|(?=\d|in(?::| (?:\d|print\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"[a-z]*\b))"
    r"|(?:on|at|by|ago|yesterday|today|tonight|just|recently|earlier|late|later"
    r"|this|last|an?|about|around|moments|minutes|seconds|hours|days|weeks|months|mon|tue"
    r"|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*)\b))\s*\S.{0,60}$",
    re.I,
)
#: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019": publication
#: stamps, possibly two in a row, with figures and no sentence.
STAMP_LINE_RE = re.compile(
    r"^(?:updated|published|posted|last updated|first published|modified|last modified)\b"
    r"\s*:?\s*(?=[^.]*\d)[^.!?]*(?:\d|\b[ap]\.?m\.?|\b(?-i:[A-Z]{2,4}))\s*$",
    re.I,
)
STAMP_LINE_MAX_WORDS = 20

#: A line that is only bullet marks: the skeleton of a scraped list.
BULLET_RE = re.compile(r"^[-–—•*·|>»◦▪●]+$")
#: "Home > News > World": breadcrumb trails.
BREADCRUMB_RE = re.compile(r"^[\w .&'’-]{1,30}(?:\s+[>»›▸]\s+[\w .&'’-]{1,30}){1,6}$")


def _has_breadcrumb_separator(text: str) -> bool:
    """Whether ``text`` holds a separator every :data:`BREADCRUMB_RE` match holds."""
    return ">" in text or "»" in text or "›" in text or "▸" in text


#: Social networks listed as a share bar: "Facebook Twitter WhatsApp Email".
SOCIAL_NETWORKS = frozenset(
    "facebook twitter x linkedin whatsapp reddit email e-mail telegram pinterest flipboard "
    "messenger print share copy link tumblr mastodon threads bluesky instagram youtube tiktok "
    "sms".split()
)

#: Furniture glued to the front of article text ("This audio is created with AI
#: assistance American officials said ..."): split off and classified alone.
LEADING_NOTICE_RE = re.compile(
    r"^(?P<notice>(?:this |the )?(?:audio|article|summary|story)\b[^.]{0,40}"
    r"\b(?:created|generated|produced|narrated|voiced|summari[sz]ed)\b[^.]{0,20}"
    r"\b(?:with|by|using)\b[^.]{0,15}?\b(?:ai|artificial intelligence)(?: assistance| tools)?\.?)"
    r"\s+(?P<rest>[A-Z“\"].{20,})$",
    re.I,
)
#: A syndication note run into the last sentence of a paragraph: "... in a changing
#: global article was first published by Valdai Discussion Club, translated and edited
#: by the RT team."
_SYNDICATION_KEYS = ("ublished", "UBLISHED", "ppeared", "PPEARED")
TRAILING_SYNDICATION_RE = re.compile(
    r"\s*(?:this )?\b(?:article|story|piece|op-ed)\s+(?:was\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared)\s+(?:by|in|on|at)\s+[^.]{1,120}\.\s*$",
    re.I,
)

#: Headings that introduce a list of links to other stories.
LIST_HEADING_RE = re.compile(
    r"^(?:related(?: articles| stories| news| content| coverage| posts| reading)?|more (?:stories|"
    r"news|headlines|from .{1,30})|most (?:popular|read|viewed|shared)|trending(?: now)?"
    r"|top stories"
    r"|recommended(?: for you)?|you (?:may|might) also like|read more|read next|also read"
    r"|latest(?: news| stories)?|editor'?s'? picks|what to read next|elsewhere (?:on|in) .{1,30})$",
    re.I,
)

#: The first characters no match of these patterns starts with: a line starting with one
#: is not matched at all (most lines are not, and a regex call costs more than a look-up).
_NOT_BULLET_START = cannot_start(BULLET_RE)
_NOT_TIME_FURNITURE_START = cannot_start(TIME_FURNITURE_RE)
_NOT_UPDATED_START = cannot_start(UPDATED_LINE_RE)


#: Stamps led by rarer verbs ("Filed at 6:15 p.m. local time", "Edited 1 hr ago",
#: "Originally posted last week; updated Tuesday"): these verbs also open sentences
#: ("Filed in 2019, the suit ...", "Revised figures came out on Tuesday"), so a figure
#: or a day word must follow the verb (after "at" or "on" at most).
#: A month's name or its short form, as it opens a date ("Sept. 9", "14 Mar").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
EXTRA_STAMP_RE = re.compile(
    r"^(?:(?:story|article|report|copy) )?(?:filed|edited|last edited|refreshed|last refreshed"
    r"|revised|last revised|amended"
    r"|last amended"
    r"|originally (?:posted|published|reported)|first posted|first aired|originally aired"
    r"|first broadcast|aired)\b\s*:?\s*(?=\S.{0,60}$)"
    r"(?:(?:at|on|about|around) )?(?:\d|(?:just now|moments ago|yesterday|today|tonight"
    r"|this (?:morning|afternoon|evening|week)|last (?:week|night|month)|an? (?:hour|minute"
    r"|day|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|" + _MONTH + r"[a-z]*\.? \d"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? \d)"
    # Where and since when it runs: "Online since Sept. 9", "Print edition: 10 March" (a
    # month must stand by the figure: "Online since 2019, the shop ..." is the article's).
    r"|^(?:online since|(?:published|posted|first|went) online|print edition|in print(?: since"
    r"| from)?)\s*:?\s*(?=\S.{0,60}$)(?:(?:on|since|from) )?(?:" + _MONTH + r"[a-z]*\.? \d"
    r"|\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r"|\d{1,2}[/.]\d{1,2}[/.]\d|\d{4}-\d{2})"
    # Round 20: a broadcast's programme and time ("First broadcast on Breakfast with Dan,
    # 7.30am"), and figures as of a date ("Rates accurate as of 08/19/2024").
    r"|^(?:first broadcast|first aired|originally aired|originally broadcast|as heard|as broadcast)"
    r" on [^.]{1,50}?,? (?:at )?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?$"
    r"|^(?:(?:all )?(?:rates|prices|figures|information|data|details|offers|deals|fees|quotes)"
    r" )?(?:are |is |were )?(?:accurate|correct|current|valid|up to date) as (?:of|at)\s*:?\s*"
    r"(?=\S.{0,30}$)(?:\d|" + _MONTH + r"[a-z]*\.? \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|yesterday)",
    re.I,
)
_NOT_EXTRA_STAMP_START = cannot_start(EXTRA_STAMP_RE)


#: A live blog's stamp ("LIVE · 14:32 BST — Lap 38/57") and a review stamp with a date
#: ("Last reviewed by our editors: 02/19/2025", "Fact-checked 3 March 2025", "First
#: reviewed Jan 2024", "Retested June 2024 with firmware 3.1").
_LIVE_OR_REVIEWED_RE = re.compile(
    r"^(?:live\s*[·•|:—–-]\s*\d{1,2}[:.]\d{2}\b.{0,50}"
    r"|(?:last )?(?:reviewed|fact-checked|fact checked)(?: by (?:our |an? |the )?[\w'’ ]{1,30}?)?"
    r"\s*:?\s*(?:on )?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2} " + _MONTH + r"[a-z]*\.? \d{4}"
    r"|" + _MONTH + r"[a-z]*\.? \d{1,2},? \d{4}).{0,20}"
    # A month and year alone, after any review or test verb, with at most what was used.
    r"|(?:last |first )?(?:reviewed|fact-checked|fact checked|tested|retested|re-tested)\s*:?\s*"
    r"(?:on |in )?" + _MONTH + r"[a-z]*\.?,? (?:\d{1,2},? )?\d{4}(?: with [^,;]{1,30})?)$",
    re.I,
)
_NOT_LIVE_OR_REVIEWED_START = cannot_start(_LIVE_OR_REVIEWED_RE)


#: A place in capitals before a dash, as it opens a wire story ("REGINA — ").
_PLACE_DASH_RE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}?\s[—–-]\s+(?=\S)")
#: A numeric date with a time or a zone after it at most: "09/04/2024 18h15".
_NUMERIC_STAMP_RE = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:,?\s+\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
    r"(?:\s+[A-Z]{2,4})?$"
)


def _is_placed_stamp(text: str) -> bool:
    """A stamp or a date after a place in capitals: "REGINA — Posted Oct 3, 2024 4:10 PM",
    "LAGOS — 12 February 2024" (not "LONDON — The minister said …", whose rest is
    neither)."""
    place = _PLACE_DASH_RE.match(text)
    if place is None:
        return False
    rest = text[place.end() :]
    return (
        _is_updated_line(rest)
        or _NUMERIC_STAMP_RE.match(rest) is not None
        or (_has_year(rest) and parse_date_line(rest) is not None)
    )


def _is_updated_line(text: str) -> bool:
    """:data:`UPDATED_LINE_RE` ("Updated: 3 Mar 2031"), :data:`EXTRA_STAMP_RE` or
    :data:`_LIVE_OR_REVIEWED_RE`, asked only of lines whose first character can start
    them."""
    first = text[:1]
    return (
        (first not in _NOT_UPDATED_START and UPDATED_LINE_RE.match(text) is not None)
        or (first not in _NOT_EXTRA_STAMP_START and EXTRA_STAMP_RE.match(text) is not None)
        or (
            first not in _NOT_LIVE_OR_REVIEWED_START
            and _LIVE_OR_REVIEWED_RE.match(text) is not None
        )
    )


_NOT_STAMP_LINE_START = cannot_start(STAMP_LINE_RE)
_NOT_LIST_HEADING_START = cannot_start(LIST_HEADING_RE)


@dataclass(slots=True)
class Line:
    """One line of the page and what the classifier decided about it."""

    text: str
    kind: LineKind = "text"
    reason: RemovalReason | None = None
    outlet: str | None = None  # a "- Outlet" line, or a name line in a header
    date: tuple[str, DatePrecision] | None = None
    date_keyword: str | None = None
    byline: str | None = None
    blank_before: bool = True
    in_header: bool = False  # part of a header group (outlet / timestamp / byline lines)
    header_end: int = 0  # for header lines: the index just after the group

    @property
    def kept(self) -> bool:
        return self.kind != "blank" and self.reason is None


@dataclass(slots=True)
class HeaderGroup:
    """Teaser header lines ``lines[start:end]`` and what follows them."""

    start: int
    end: int
    outlet: str | None
    role: Literal["article", "teaser", "furniture"] = "furniture"


@dataclass(slots=True)
class CleanedArticle:
    """One article found in a page, before it becomes an :class:`Article`."""

    paragraphs: list[str]
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    published_precision: DatePrecision | None = None
    removed: list[RemovedSpan] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


# --- step 1: lines ----------------------------------------------------------------


def explode_lines(text: str) -> list[Line]:
    """Split ``text`` into lines, peeling furniture glued to the front of a line."""
    texts, blank_before = _explode(text)
    return _make_lines(texts, blank_before, 0, len(texts))


def _explode(text: str) -> tuple[list[str], list[bool]]:
    """The texts of :func:`explode_lines` ("" for a blank line) and whether each follows
    a blank line: a full render's lines become :class:`Line` objects only in its zone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = text.split("\n")
    if not _single_spaced(text, cleaned):
        cleaned = [" ".join(raw.split()) for raw in cleaned]
    peel = [
        line
        for line in cleaned
        if line and line[0] in _PEEL_FIRST_CHARS and line[:10].lower().startswith(_PEEL_STARTS)
    ]
    if all(len(_peel_prefixes(line)) == 1 for line in peel):
        # No line holds a prefix to peel (the common case): one text per line, and a
        # line follows a blank one when the line before it is blank (or it is the first).
        return cleaned, [
            True,
            *[not before or not line for before, line in pairwise(cleaned)],
        ]
    texts: list[str] = []
    flags: list[bool] = []
    blank_before = True
    for stripped in cleaned:
        if not stripped:
            texts.append("")
            flags.append(True)
            blank_before = True
            continue
        if stripped[0] not in _PEEL_FIRST_CHARS or not stripped[:10].lower().startswith(
            _PEEL_STARTS
        ):
            texts.append(stripped)
            flags.append(blank_before)
            blank_before = False
            continue
        for piece in _peel_prefixes(stripped):
            texts.append(piece)
            flags.append(blank_before)
            blank_before = False
    return texts, flags


def _single_spaced(text: str, lines: list[str]) -> bool:
    """Whether every line of ``text`` (split at its newlines into ``lines``) is already
    ``" ".join(line.split())``: no whitespace but single spaces between words. Asked of
    the whole page at once (most pages are so) instead of re-spacing each line; every
    whitespace character but the space is unprintable."""
    return (
        "  " not in text
        and " \n" not in text
        and "\n " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and all(map(str.isprintable, lines))
    )


def _make_lines(texts: list[str], blank_before: list[bool], start: int, end: int) -> list[Line]:
    return [
        Line(text, "text", None, None, None, None, None, before) if text else Line("", "blank")
        for text, before in zip(texts[start:end], blank_before[start:end], strict=True)
    ]


#: Words a peelable prefix starts with (date keywords, machine notices): other lines are
#: not matched against the prefix patterns at all.
_PEEL_STARTS = (
    "date", "published", "first", "posted", "updated", "last", "modified", "released", "on",
    "this", "the", "audio", "article", "summary", "story",
)  # fmt: skip
#: The characters those words start with, either case (no other code point lowercases
#: to a string starting with one of them: checked over all of Unicode), so most lines are
#: let through on their first character.
_PEEL_FIRST_CHARS = frozenset("".join(word[0] + word[0].upper() for word in _PEEL_STARTS))


def _peel_prefixes(text: str) -> list[str]:
    if not text[:10].lower().startswith(_PEEL_STARTS):
        return [text]
    pieces: list[str] = []
    for _ in range(3):  # a line holds at most a dateline and a notice before the text
        dated = split_date_prefix(text)
        if dated:
            pieces.append(dated[0])
            text = dated[1]
            continue
        notice = LEADING_NOTICE_RE.match(text)
        if notice:
            pieces.append(notice.group("notice"))
            text = notice.group("rest")
            continue
        break
    pieces.append(text)
    return pieces


# --- step 2: one line alone -----------------------------------------------------------


_LOWER_WORD_RE = re.compile(r"[a-z0-9']+")
_LATIN_WORD_RE = re.compile(r"[A-Za-z']+")
_SOCIAL_SPLIT_RE = re.compile(r"[\s,|/·•]+")


def _has_double_quote(text: str) -> bool:
    return "“" in text or "”" in text or '"' in text


def _has_quote_mark(text: str) -> bool:
    return _has_double_quote(text) or "«" in text or "»" in text


def _may_name_ai(text: str) -> bool:
    """False when :data:`AI_TOKEN_RE` cannot match: an ASCII line without "ai", "a.i.",
    "artificial intelligence", "speech" or the name of a made voice, reader or presenter in
    any case (outside ASCII, case-insensitive "i" also matches "İ" and "ı", so the pattern
    is asked)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return (
        "ai" in lowered
        or "a.i." in lowered
        or "artificial intelligence" in lowered
        or "speech" in lowered
        or "voice" in lowered
        or "narrat" in lowered
        or "reader" in lowered
        or "presenter" in lowered
        or "anchor" in lowered
        or "host" in lowered
    )


#: List bullets stripped from the start of a normalised line (with the whitespace after
#: them), and marks stripped from its end (with whitespace among them). The line is
#: stripped only when it starts or ends with one of them (after the join no line ends
#: in a space).
_LEADING_MARKS = "-–—•*·>»«‹◦▪●←↑→↓▸▾▴◂►◄▲▼☆★♡♥"
_TRAILING_MARKS = ":»›>…|.!—–←↑→↓▸▾▴◂►◄▲▼☆★♡♥"
_LEADING_MARK_CHARS = frozenset(_LEADING_MARKS)
#: Arrows pointing back, before "Back to <section>".
_BACK_ARROWS = frozenset("←‹«<⟵⬅")
_TRAILING_MARK_CHARS = frozenset(_TRAILING_MARKS)


def normalise_line(text: str) -> str:
    """Lowercase, single spaces, list bullets and trailing ":" "»" "…" stripped."""
    return _strip_marks(" ".join(text.lower().split()))


def _normalise_exploded(text: str) -> str:
    """:func:`normalise_line` of a line already single-spaced and stripped (lowercasing
    never makes whitespace, so the line needs no respacing)."""
    return _strip_marks(text.lower())


_MEANINGFUL_SYMBOLS = frozenset("©®™°℗")


def _is_icon(char: str) -> bool:
    """Whether ``char`` is a pictograph a page sets beside a control ("✉ Email", "Pin it ✚",
    "⏱ 6 min"): a symbol of Unicode's "other symbol" class or an emoji's variation
    selector, except the marks that carry meaning in a line (© ® ™ °)."""
    return char not in _MEANINGFUL_SYMBOLS and (
        char == "\ufe0f" or unicodedata.category(char) == "So"
    )


def _strip_icons(text: str) -> str:
    """``text`` less the pictographs (and spaces) at either end."""
    start, end = 0, len(text)
    while start < end and (
        text[start] == " " or (text[start] > "\u2000" and _is_icon(text[start]))
    ):
        start += 1
    while end > start and (
        text[end - 1] == " " or (text[end - 1] > "\u2000" and _is_icon(text[end - 1]))
    ):
        end -= 1
    return text[start:end]


def _strip_marks(text: str) -> str:
    # String methods, not a substitution with ``[...]+$``: that one tries every position
    # of the line (a sentence ending in "." costs a scan of the whole line).
    if text[:1] > "\u2000" or text[-1:] > "\u2000":
        text = _strip_icons(text)
    if text[:1] in _LEADING_MARK_CHARS:
        text = text.lstrip(_LEADING_MARKS).lstrip()
    elif text[:2] == "+ ":  # "+ Add to my reading list" (not "+44 20 …")
        text = text[2:].lstrip()
    if text[-1:] in _TRAILING_MARK_CHARS:
        text = _rstrip_marks(text)
    if text[-2:] == " +":  # "Add to my reading list +" (not "C++")
        text = text[:-2].rstrip()
    if "’" in text:
        text = text.replace("’", "'")
    return text.strip()


def _rstrip_marks(text: str) -> str:
    """``text`` less its trailing run of marks and whitespace ("... more »", "Share: ")."""
    while True:
        stripped = text.rstrip(_TRAILING_MARKS).rstrip()
        if len(stripped) == len(text):
            return text
        text = stripped


_NORMALISED_SECTION_LABELS = frozenset(normalise_line(label) for label in SECTION_LABELS)


def _is_cta(normalised: str) -> bool:
    first = _LOWER_WORD_RE.search(normalised)  # most lines fail on their first word
    if first is None or first[0] not in CTA_VERBS:
        return False
    words = _LOWER_WORD_RE.findall(normalised)
    if len(words) > CTA_MAX_WORDS:
        return False
    return any(word in CTA_OBJECTS for word in words[1:])


def _is_section_label(normalised: str) -> bool:
    if normalised in _NORMALISED_SECTION_LABELS:
        return True
    words = normalised.replace("&", " ").replace(".", "").split()
    return 0 < len(words) <= 3 and all(word in _SECTION_WORDS for word in words)


def _word_set_re(words: frozenset[str], separator: str, most: str = "") -> re.Pattern[str]:
    """A pattern whose ``fullmatch`` says a line is made only of ``words`` (at least one,
    ``most`` more at most) between runs of ``separator``: one call instead of a split and
    a set look-up per word."""
    names = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    repeat = f"{{0,{most}}}" if most else "*"
    return re.compile(f"{separator}*(?:{names})(?:{separator}+(?:{names})){repeat}{separator}*")


#: ``[w for w in _SOCIAL_SPLIT_RE.split(line) if w]`` all social networks, at least one.
_SOCIAL_BAR_RE = _word_set_re(SOCIAL_NETWORKS, r"[\s,|/·•]")
#: ``_LOWER_WORD_RE.findall(line)``: one to WIDGET_WORDS_MAX words, all widget words.
#: (A widget word holding another character, "e-mail", is never one findall word.)
_WIDGET_WORDS_RE = _word_set_re(
    frozenset(w for w in WIDGET_WORDS if _LOWER_WORD_RE.fullmatch(w)),
    r"[^a-z0-9']",
    str(WIDGET_WORDS_MAX - 1),
)


def _is_social_bar(normalised: str) -> bool:
    return _SOCIAL_BAR_RE.fullmatch(normalised) is not None


def _is_widget_words(normalised: str) -> bool:
    return _WIDGET_WORDS_RE.fullmatch(normalised) is not None


def _addresses_reader(text: str) -> bool:
    if word_count(text) > READER_ADDRESS_MAX_WORDS or _has_quote_mark(text):
        return False
    if text.rstrip().endswith(":") or "need to know" in text.lower():
        return False  # a lead-in to the article's own list
    words = {
        word.lower()
        for word in _LATIN_WORD_RE.findall(text.replace("’", "'"))
        if word != "US"  # the country
    }
    return bool(words & READER_WORDS)


def weak_furniture_reason(text: str) -> RemovalReason | None:
    """A reason for a line that is furniture only among other furniture.

    Short lines speaking to the reader are site messages when they stand in a
    cluster of furniture, but may be the article's own subheads ("Know your
    rights") between paragraphs.
    """
    if _addresses_reader(text):
        return "paywall" if ACCOUNT_WORDS_RE.search(text) else "widget"
    return None


#: Speech reported in a line: furniture speaks to the reader and reports nothing, so a
#: line of REPORTED_MIN_WORDS words or more that a rule would remove stays when it holds
#: one ("Click here, the scam text said", "Ad blockers cost publishers millions, critics
#: argue"). Nouns such as "court" are left out ("News | Court | Crime" is a menu), and so
#: is "your say" ("Have your say on this story", "no say").
REPORTED_MIN_WORDS = 4
_REPORTS_RE = re.compile(
    r"\b(?:said|says|told|according to|admit(?:s|ted)|warn(?:s|ed)|alleg(?:es|ed)"
    r"|insist(?:s|ed)|argu(?:e|es|ed)|accus(?:es|ed)|su(?:es|ed)|urg(?:es|ed))\b"
    # "critics say", not "Have your say" or "They had no (editorial) say"
    r"|(?<!your )(?<!a )(?<!no )(?<!any )(?<!editorial )\bsay\b"
)


def _reports(normalised: str) -> bool:
    """Whether a lowercase line reports speech (see :data:`_REPORTS_RE`)."""
    return _REPORTS_RE.search(normalised) is not None


#: News about AI: a line saying a machine made something "…, the magazine admitted",
#: "…, experts warn", "according to …" reports news; an AI notice reports nothing, and
#: names no court, expert or official either (words a menu may hold, so only this rule
#: asks for them).
_REPORTED_RE = re.compile(
    _REPORTS_RE.pattern
    + r"|\b(?:tells|claim(?:s|ed)|warn|reveal(?:s|ed)|confirm(?:s|ed)|den(?:ies|ied)|lawsuit"
    r"|court|judge|experts|researchers|critics|regulators|lawmakers|officials)\b",
    re.I,
)


def _phrase_holds(reason: RemovalReason, normalised: str) -> bool:
    """Whether a phrase rule's match of ``reason`` stands: an AI notice does not report."""
    return reason != "ai_notice" or _REPORTED_RE.search(normalised) is None


def _is_ai_notice(text: str, words: int) -> bool:
    """A short line saying a machine made the text (``words``: its word count)."""
    return (
        words <= AI_NOTICE_MAX_WORDS
        and not _has_double_quote(text)
        and "?" not in text  # a question is a headline: "Written by AI? Teachers can't tell"
        and _may_name_ai(text)
        and bool(AI_TOKEN_RE.search(text))
        and bool(AI_VERB_RE.search(text))
        and (words <= AI_LABEL_MAX_WORDS or AI_ABOUT_PAGE_RE.search(text) is not None)
        and _REPORTED_RE.search(text) is None
    )


#: A menu row longer than a short line (its separators count as words): "Sections: Local |
#: Province | Farm & Rural | Opinion | Obituaries | Classifieds". It needs more items and
#: no figure, since a table row ("Rovers | 12 | 8 | 2 | 2 | 26") is the article's.
LONG_MENU_MAX_WORDS = 30
LONG_MENU_MIN_ITEMS = 5


#: What ends the label before a menu's first item: "Sections: Local | ...", "BROWSE BY
#: DEVICE ▾ Phones • ...", "Radio Kestrel — Regional | ...".
_MENU_LABEL_END_RE = re.compile(r"\s*(?::|▾|▼|\s[—–]\s)\s*")
MENU_LABEL_MAX_WORDS = 4


def _menu_items(text: str) -> list[str]:
    """The items of a row between menu separators, the first less a label before it."""
    items = [item for item in MENU_SEPARATOR_RE.split(text) if item.strip()]
    if items and word_count(items[0]) > MENU_ITEM_MAX_WORDS:
        parts = _MENU_LABEL_END_RE.split(items[0], maxsplit=1)
        if len(parts) == 2 and parts[1] and word_count(parts[0]) <= MENU_LABEL_MAX_WORDS:
            items[0] = parts[1]
    return items


def _is_menu_row(text: str, min_items: int = 3) -> bool:
    """Whether ``text`` is ``min_items`` or more short items between menu separators."""
    items = _menu_items(text)
    if len(items) < min_items:
        return False
    return all(
        word_count(item) <= MENU_ITEM_MAX_WORDS and not ends_like_sentence(item) for item in items
    )


#: A date and the time a story takes to read: "March 3, 2031 — 5 mins", "3 Mar | 4 min read".
_DATED_READ_TIME_RE = re.compile(
    r"^(?P<date>.{5,40}?)\s*[—–|·•-]\s*\d{1,3} ?min(?:ute)?s?(?: (?:read|listen))?$", re.I
)


def _is_dated_read_time(text: str) -> bool:
    if not text.rstrip().endswith(("min", "mins", "minute", "minutes", "read", "listen")):
        return False
    match = _DATED_READ_TIME_RE.match(text.strip())
    return match is not None and parse_date_line(match["date"]) is not None


def _is_glued_date(text: str) -> bool:
    match = GLUED_DATE_RE.match(text.strip())
    return (
        bool(match)
        and word_count(match["label"]) <= 4
        and parse_date_line(match["date"]) is not None
    )


#: Photo captions, by the conventions of captions rather than their words: a credit or an
#: expand toggle at the end ("... (Image: Getty)", "... Credit: Harbour Trust",
#: "... REUTERS/Jane Roe", "... the harbour. less"), an
#: agency-style opening ("In this Nov. 12, 2019, file photo, ...", "FILE PHOTO: ..."), or a
#: gallery counter ("3 of 8 ...").
CAPTION_END_RE = re.compile(
    r"\((?i:image|photo|picture|pictured|credit|source)s?\s*:[^()]{1,60}\)\s*$"
    r"|\bCredit:\s*[A-Z][\w.'’&/ -]{0,60}$"
    r"|\b(?:REUTERS|AP Photo|AFP|EPA|Getty Images|AP)/[\w.,'’ -]{1,40}\)?\s*$"
    r"|(?:[.!?]|\.\.\.|…)[”\"’']?\s+(?:less|more)\s*$"  # a caption's expand / collapse toggle
)
CAPTION_START_RE = re.compile(
    r"(?:file photo\s*[:-]|(?:photo|image|picture|photograph|video|illustration|graphic"
    r"|caption)s?\s*:\s|(?:image|media|photo|video) (?:caption|copyright|credit)\s"
    r"|in this (?:undated |(?:[\w.,'’-]+ ){0,6}?\d{4},? )"
    r"(?:file |handout |provided )?(?:photo|photograph|image|picture)\b"
    r"|\d{1,3} of \d{1,3} (?-i:[A-Z]))",
    re.I,
)
_NOT_CAPTION_START = cannot_start(CAPTION_START_RE)
#: How far from its end a caption's credit stands.
CAPTION_TAIL_CHARS = 100


#: Every caption end holds a ":" or a "/", or ends in "less" / "more".
_CAPTION_END_WORDS = ("less", "more")


def _is_caption(text: str) -> bool:
    tail = text[-CAPTION_TAIL_CHARS:]
    if (":" in tail or "/" in tail or tail.rstrip().endswith(_CAPTION_END_WORDS)) and (
        CAPTION_END_RE.search(tail)
    ):
        return True
    return text[:1] not in _NOT_CAPTION_START and CAPTION_START_RE.match(text) is not None


#: Every date shape (metadata.parse_date) holds a year of four digits: lines without one
#: are not parsed as dates at all.
_YEAR_DIGITS_RE = re.compile(r"\d{4}")
_DASHES = ("-", "–", "—")
#: Every menu separator holds one of these.
_MENU_SEPARATOR_CHARS_RE = re.compile(r"[|/·•»›>▸►●◆▪≡]")


def _has_year(text: str) -> bool:
    """Four digits in a row (:data:`_YEAR_DIGITS_RE`), searched for only in a line with a
    digit (the cheaper test)."""
    return has_digit(text) and _YEAR_DIGITS_RE.search(text) is not None


def _may_be_byline(text: str) -> bool:
    """``parse_byline(text) or parse_dash_outlet(text)``, skipped when neither can match."""
    # Every byline holds "by" (in any case: no other character matches "b" or "y" when
    # case is ignored), an author label's ":" or a handle's "@"; every "- Outlet" line
    # starts on a dash.
    if (
        ":" in text or "by" in text or "By" in text or "BY" in text or "bY" in text or "@" in text
    ) and parse_byline(text):
        return True
    return text.lstrip().startswith(_DASHES) and parse_dash_outlet(text) is not None


def _is_bullet_marks(text: str) -> bool:
    """A line of bullet marks only (:data:`BULLET_RE`)."""
    return text[:1] not in _NOT_BULLET_START and BULLET_RE.match(text) is not None


def classify_line(text: str) -> RemovalReason | None:
    """The furniture reason for one line judged alone, or ``None`` for article text."""
    return _judge(text)[0]


#: What :func:`_judge` says of a line: its reason, its normalised text (when the rules
#: needed it) and whether it is a photo caption.
Verdict = tuple["RemovalReason | None", "str | None", bool]
_NO_WORDS: Verdict = (None, None, False)
_CAPTION: Verdict = ("boilerplate", None, True)


def _judge(text: str, exploded: bool = False) -> Verdict:
    """:func:`classify_line` with what it learnt on the way (see :data:`Verdict`).

    ``exploded``: ``text`` is a line of :func:`explode_lines` (not blank, no whitespace
    but single spaces between words), so its words are its spaces plus one and its
    lowercase form needs no respacing.
    """
    words = text.count(" ") + 1 if exploded else word_count(text)
    if words == 0:
        return _NO_WORDS
    if _is_caption(text):
        return _CAPTION
    if words > PHRASE_LINE_MAX_WORDS:  # a paragraph: no other rule looks at lines this long
        return ("boilerplate" if _is_bullet_marks(text) else None), None, False
    normalised = _normalise_exploded(text) if exploded else normalise_line(text)
    # The rules that could match, or None: all (see _LINE_RULES).
    hits = _LINE_RULES.candidates(normalised) if normalised else None
    reason = _normalised_reason(text, words, normalised, hits)
    if reason is None and text[-1] in ")]":
        # Round 23: furniture with a count or note in brackets at its end ("Listen — read
        # by an AI voice (9 min)"); a date or name stays whole, for its parser.
        tail = _COUNT_TAIL_RE.search(text)
        if tail is not None and tail.start():
            if _AD_LABEL_RE.fullmatch(tail.group().strip(" ()[]")) is not None:
                reason = "widget"  # Round 25: "Webinar: cold chain rules (sponsored)"
            else:
                head = _judge(text[: tail.start()], exploded)[0]
                reason = head if head not in ("dateline", "byline") else None
    if reason is None and words <= FAMILY_MAX_WORDS:
        # A notice or stamp in words no rule names, told by its family (.families).
        if hits is None:
            reason = family_reason(text)
        elif hits and hits[-1] >= _FAMILY_GATE_FIRST:
            first = _FAMILY_GATE_FIRST
            reason = family_reason(text, [index - first for index in hits if index >= first])
    if reason is not None and words >= REPORTED_MIN_WORDS and _reports(normalised):
        return None, normalised, False  # "Click here, the scam text said"
    if reason == "navigation" and text[-1] in _SENTENCE_CLOSERS:
        # "Also: the council will review the plan in May." A link's label before a whole
        # sentence is the sentence's own lead-in (a headline after a label ends on no full
        # stop): the line is what the sentence is.
        labelled = _LABELLED_SENTENCE_RE.fullmatch(text)
        if (
            labelled is not None
            and len(labelled["sentence"].split()) >= LABELLED_SENTENCE_MIN_WORDS
        ):
            return _judge(labelled["sentence"], exploded)[0], normalised, False
    return reason, normalised, False


#: "Also:", "More:" or "Related:" before a sentence of at least this many words, ending on
#: a full stop or "!" (not "…" or "...", which end a cut-off teaser): see :func:`_judge`.
LABELLED_SENTENCE_MIN_WORDS = 4
_SENTENCE_CLOSERS = frozenset(".!\"'”’)")
_LABELLED_SENTENCE_RE = re.compile(
    r"(?:also|more|related)\s*:\s*(?P<sentence>\S.*[^.\s][.!][\"'”’)]*)", re.I
)


#: A headline tagged as a link to a video, gallery or analysis: "Storm hits the quay
#: [VIDEO]" (an acronym in brackets, "[NATO]", is no such tag).
_LINK_TAGS = (
    "VIDEO|VIDEOS|PICTURES|PICS|PHOTOS|GALLERY|INSIGHT|ANALYSIS|REACTION|REVEALED|LATEST"
    "|LIVE|POLL|MAP|MAPS|CHART|OPINION|UPDATE|LISTEN|WATCH|QUIZ|INTERVIEW|EXCLUSIVE|COMMENT"
)
_TAGGED_LINK_RE = re.compile(
    rf"[^.!?]{{10,160}}(?<![.!?]) \[(?:{_LINK_TAGS})(?: (?:{_LINK_TAGS}))?\][| ]*$"
)


#: A telephone or fax number (seven characters or more) after its label, in the languages
#: of most scraped pages ("phone 5G" is no number).
_CONTACT_RE = re.compile(
    r"\b(?:tel|phone|telephone|fone|telefone|tel[eé]fono|t[eé]l[eé]phone|t[eé]l|fax)\.?\s*:?\s*"
    r"\(?\+?\d[\d ()./-]{5,}\d"
)


def _normalised_reason(
    text: str, words: int, normalised: str, hits: list[int] | None
) -> RemovalReason | None:
    """The rules of :func:`classify_line` after the caption test, for a line of ``words``
    words (at most PHRASE_LINE_MAX_WORDS) normalised to ``normalised``, of which ``hits``
    could match (``None``: any)."""
    if _is_bullet_marks(text) or not normalised:
        return "boilerplate"
    if (
        words <= LONG_MENU_MAX_WORDS
        and normalised.startswith("also on ")
        and _ALSO_ON_SITE_RE.match(text) is not None
    ):
        return "navigation"  # "Also on The Quay Gazette: …", however long its headline
    if words <= SHORT_LINE_MAX_WORDS:
        digits = _has_year(text)  # every date holds a year
        relative = (
            RELATIVE_TIME_RE.match(text)
            if text[-12:].lower().rstrip(".").endswith(_RELATIVE_ENDS)
            else None
        )
        if relative and word_count(relative["label"] or relative["label2"] or "") <= 4:
            return "timestamp"
        if digits and parse_date_line(text):
            return "dateline"
        if (
            normalised[:1] not in _NOT_TIME_FURNITURE_START and TIME_FURNITURE_RE.match(normalised)
        ) or _is_updated_line(text):
            return "timestamp"
        if digits and _is_glued_date(text):
            return "timestamp"
        if text[:1].isupper() and has_digit(text) and _is_placed_stamp(text):
            return "timestamp"  # "REGINA — Posted Oct 3, 2024 4:10 PM"
        if digits and _is_dated_read_time(text):
            return "timestamp"
        if digits and is_symbol_bulleted(text):  # "* 18 Nov 2019, 19:09", "* Updated: ..."
            bare = text[2:].lstrip()
            if parse_date_line(bare) or _is_updated_line(bare):
                return "timestamp"
        if _may_be_byline(text):
            return "byline"
        if _is_section_label(normalised) or (
            _has_breadcrumb_separator(text) and BREADCRUMB_RE.match(text.strip())
        ):
            return "navigation"
        if _is_social_bar(normalised) or _is_widget_words(normalised):
            return "widget"
        rules = _SHORT_RULES_BY_FIRST.get(normalised[0], _SHORT_RULES_RE)
        short: RemovalReason | None = None
        if hits is not None:  # only the short rules let through, in their order
            for index in hits:
                if index >= _SHORT_PATTERN_COUNT:
                    break
                if _short_rule(index).fullmatch(normalised) is not None:
                    short = _SHORT_RULE_REASONS[index]
                    break
        elif rules is not None and (found := rules.fullmatch(normalised)) is not None:
            short = found.lastgroup  # type: ignore[assignment]
        if short is None and normalised[-1] in ")]" and rules is not None:
            # A label with its count or a note: "Join the conversation (128)", "Bookmark
            # (requires account)".
            counted = _COUNT_TAIL_RE.search(normalised)
            if counted is not None and counted.start():
                found = rules.fullmatch(normalised, 0, counted.start())
                short = found.lastgroup if found is not None else None  # type: ignore[assignment]
        if short is not None:
            return short
        if normalised.startswith("become a") and _BECOME_NAME_RE.fullmatch(_strip_marks(text)):
            return "paywall"  # "Become a Tide Keeper" (not "Become a better cook")
        if normalised.startswith("back to ") and text[:1] in _BACK_ARROWS and words <= 6:
            return "navigation"  # "← Back to Road Racing" (not "Back to school, …")
        if (
            normalised.startswith(_NEIGHBOUR_WORDS)
            and _NEIGHBOUR_LINK_RE.match(normalised) is not None
            and not ends_like_sentence(text)
        ):
            return "navigation"
        if _is_cta(normalised):
            return "paywall" if ACCOUNT_WORDS_RE.search(normalised) else "widget"
        if _is_price_offer(normalised):
            return "paywall"
        if _MENU_SEPARATOR_CHARS_RE.search(text) is not None and _is_menu_row(text):
            return "navigation"
        if _is_ai_notice(text, words):
            return "ai_notice"
    elif (
        words <= STAMP_LINE_MAX_WORDS
        and text[:1] not in _NOT_STAMP_LINE_START
        and STAMP_LINE_RE.match(text)
    ):
        return "timestamp"
    elif words <= LONG_MENU_MAX_WORDS and _MENU_SEPARATOR_CHARS_RE.search(text) is not None:
        if not has_digit(text) and _is_menu_row(text, LONG_MENU_MIN_ITEMS):
            return "navigation"
        parts = _parts_reason(text)  # "« Previous: Notes from the pits | Next: ... »"
        if parts is not None:
            return parts
    if text[-3:].rstrip("| ").endswith("]") and _TAGGED_LINK_RE.match(text):
        return "headline_list"
    for reason, pattern in _phrase_candidates(normalised, words, hits):
        if pattern.search(normalised) and _phrase_holds(reason, normalised):
            return reason
    if has_digit(text) and _CONTACT_RE.search(normalised):
        return "boilerplate"  # "Tel.: +41 (0)55 280 43 05", a footer address with a phone
    if words <= SHORT_LINE_MAX_WORDS:
        if _mentions_newsletter(normalised) and not _news_of_newsletters(normalised):
            return "widget"
        if _is_interface_line(normalised, text):  # after the rules that name a reason
            return "paywall" if ACCOUNT_WORDS_RE.search(normalised) else "widget"
        if _DASH_SEPARATOR_RE.search(text) is not None:
            # Round 23: a row of furniture parted by dashes ("Chart unavailable here — view
            # on the full site").
            dashed = _parts_reason(text, _DASH_SEPARATOR_RE)
            if dashed is not None:
                return dashed
        if _MENU_SEPARATOR_CHARS_RE.search(text) is not None:
            return _parts_reason(text)
    return None


#: A short label's count or note in brackets at its end.
_COUNT_TAIL_RE = re.compile(r" ?(?:\((?:\d[\d,.]*|[^()]{1,30})\)|\[(?:\d[\d,.]*|[^\[\]]{1,30})\])$")
#: A link to another story under the name of a site: "Also on The Quay Gazette: ..." (a
#: name in capitals, so "Also on the agenda: a vote" stays).
_ALSO_ON_SITE_RE = re.compile(
    r"^(?i:also on) (?:the |The |THE )?(?:[A-Z0-9][\w&.'’-]*\s){0,4}[A-Z0-9][\w&.'’-]*"
    r"\s*[:›»|]\s*\S"
)


def _phrase_candidates(
    normalised: str, words: int, hits: list[int] | None
) -> Iterable[tuple[RemovalReason, re.Pattern[str]]]:
    """The phrase rules that could match ``normalised`` (a line of ``words`` words), in
    their order: those the prefilter let through (``hits``), else those whose keys the
    line holds, else all of them."""
    if hits is not None:
        return (
            _COMPILED_PHRASES[index - _SHORT_PATTERN_COUNT]
            for index in hits
            if _SHORT_PATTERN_COUNT <= index < _FAMILY_GATE_FIRST
        )
    if words > PHRASE_LINE_MAX_WORDS or not _may_hold_phrase(normalised):
        return ()
    # The keys hold on a lowercase line where the rules' ASCII letters match only
    # themselves: an ASCII line, or one without "ı" and "ſ" (the only characters left
    # after lowercasing that "i" and "s" also match when case is ignored).
    if normalised.isascii() or ("ı" not in normalised and "ſ" not in normalised):
        return (rule for rule, keys in _KEYED_PHRASES if any(key in normalised for key in keys))
    return _COMPILED_PHRASES


#: A call to join under the name of the site's members, in capitals, five words at most:
#: "Become a Tide Keeper", "Become an Insider". A headline in sentence case, "Become a
#: better cook", stays.
_BECOME_NAME_RE = re.compile(r"(?i:become an?) (?:[A-Z][\w&.'’-]* ){0,2}[A-Z][\w&.'’-]*")
#: A link to a neighbour in a series: "Previous: Notes from the pits", "« Earlier review:
#: ...". Not a sentence: "Next: the council will vote in May." is the article's.
_NEIGHBOUR_WORDS = ("previous", "next", "prev", "older", "newer", "earlier", "later")
_NEIGHBOUR_LINK_RE = re.compile(rf"(?:{'|'.join(_NEIGHBOUR_WORDS)})\s*:\s*\S.{{0,80}}")
#: Separators between the controls of one row: "Tweet this • Pin it", "ADVERTISER
#: CONTENT | Why am I seeing this?", "← Previous story | Next story →".
_PART_SEPARATOR_RE = re.compile(r"\s+[|•·›»▸►●◆▪≡]\s+")
#: Dashes between the parts of a short row: "Page 3 of 7 — ‹ Prev | Next ›", "Yesterday,
#: 23:48 – revised this morning".
_DASH_SEPARATOR_RE = re.compile(r"\s+(?:[—–]|--?)\s+")
#: The label of a row of links, alone or before a colon or arrow: "Jump to: …", "SECTIONS ▸
#: …", "More from the Gazette → …".
_ROW_LABEL_RE = re.compile(
    r"(?i:jump to|skip to|go to|sections?|topics?|tags|menu|browse|explore|in this (?:article"
    r"|story|piece|report)|on this page|contents|more (?:from|in|on) [^:→›»▸]{1,40})"
    r"(?: (?:section|topics?))?(?:\s*[:→›»▸▾≡☰]+)?"
)
_ROW_LABEL_ENDS = (":", "→", "›", "»", "▸", "▾", "≡", "☰")
#: The most words an item of a labelled row holds ("What officials said").
_ROW_ITEM_MAX_WORDS = 4
#: The label of an advertisement heading a row or closing a line in brackets.
_AD_LABEL_RE = re.compile(
    r"(?i:promoted|sponsored(?: (?:content|post|segment|story|placement))?|advertisement|advert"
    r"|ad|paid (?:post|partner content|content|promotion)|partner content|brand studio"
    r"|branded content|affiliate links?)"
)
#: Status badges beside the controls of a row ("Synthetic voice · Beta · Tell us what you
#: think"): not judged as parts (alone on a line, "New" may head a list).
_PART_BADGES = frozenset({"beta", "new", "preview", "experimental", "alpha", "labs", "pilot"})


def _parts_reason(
    text: str, separator: re.Pattern[str] = _PART_SEPARATOR_RE
) -> RemovalReason | None:
    """The reason of the first part of a row of two or more parts (split at ``separator``)
    when every part, judged alone, is furniture (status badges aside); ``None`` when one is
    not (a headline with a "|" in it keeps its words)."""
    parts = separator.split(text)
    if len(parts) < 2:
        return None
    parts = [part for part in parts if part.strip(" ()[]").lower() not in _PART_BADGES]
    if not parts:
        return None
    # A label heads a row of controls, not a clause after a dash ("Menu — £35 for three
    # courses" is a restaurant review's).
    labelled = separator is _PART_SEPARATOR_RE
    if labelled and _AD_LABEL_RE.fullmatch(parts[0].strip(" ·•|")) is not None:
        return "widget"  # Round 25: an ad's label heads its row ("PROMOTED · Frostbyte")
    if labelled and (
        _ROW_LABEL_RE.fullmatch(parts[0]) is not None
        or _ROW_LABEL_RE.match(parts[0])
        and (parts[0].rstrip().endswith(_ROW_LABEL_ENDS) or ":" in parts[0])
    ):
        # Round 24: a labelled row of links ("Jump to section: The money · The contractors",
        # "SECTIONS ▸ Nation ▸ Courts"): short items after the label.
        if all(word_count(part) <= _ROW_ITEM_MAX_WORDS for part in parts[1:]):
            return "navigation"
    reasons: list[RemovalReason] = []
    for part in parts:  # (the first part that is not furniture ends the question)
        reason = _judge(part)[0]
        if reason is None:
            return None
        reasons.append(reason)
    if "dateline" in reasons or "byline" in reasons:
        return None  # a row of dates or names is the article's (a table, a credit line)
    return reasons[0]


def _describe(line: Line, verdicts: dict[str, Verdict] | None = None) -> None:
    """Fill ``line.kind`` and the metadata a furniture line carries (``verdicts``: lines
    of the page already judged, and where new verdicts go)."""
    if line.kind == "blank":
        return
    text = line.text
    verdict = verdicts.get(text) if verdicts is not None else None
    if verdict is None:
        verdict = _judge(text, exploded=True)
        if verdicts is not None:
            verdicts[text] = verdict
    line.reason, normalised = verdict[0], verdict[1]
    if _is_bullet_marks(text):
        line.kind = "bullet"
    elif line.reason == "timestamp":
        line.kind = "timestamp"
    elif line.reason == "dateline":
        line.kind = "date"
        found = parse_date_line(text)
        if found:
            line.date, line.date_keyword = (found[0], found[1]), found[2]
    elif line.reason == "byline":
        outlet = parse_dash_outlet(text)
        if outlet:
            line.kind, line.outlet = "dash_outlet", outlet
        else:
            line.kind = "byline"
            found_byline = parse_byline(text)
            if found_byline:
                line.byline = found_byline[0]
                if found_byline[1] and found_byline[2]:
                    line.date = (found_byline[1], found_byline[2])
    if normalised is None:
        normalised = _normalise_exploded(text)
    if normalised[:1] not in _NOT_LIST_HEADING_START and LIST_HEADING_RE.match(normalised):
        line.kind = "list_heading"


# --- step 3: teaser headers ---------------------------------------------------------

_ANCHOR_KINDS = frozenset({"timestamp", "date", "dash_outlet", "byline"})


def _content_indices(lines: list[Line]) -> list[int]:
    return [index for index, line in enumerate(lines) if line.kind != "blank"]


#: Body text: a sentence, or a line too long to be a heading. A lone word
#: ("AP") is neither body nor heading.
BODY_MIN_WORDS = 4


def _is_body(line: Line) -> bool:
    if not line.kept or is_title_like(line.text):
        return False
    return word_count(line.text) >= BODY_MIN_WORDS or ends_like_sentence(line.text)


def _next_kept(lines: list[Line], start: int, stop_kinds: frozenset[str]) -> int | None:
    """The next kept line, or the next line of a kind in ``stop_kinds`` or of a header
    group (which may start a list item or another article)."""
    for index in range(start, len(lines)):
        line = lines[index]
        if line.kind == "blank" or (
            line.reason and line.kind not in stop_kinds and not line.in_header
        ):
            continue  # stray furniture ("Advertisement") between header and headline
        return index
    return None


_TEASER_KINDS = frozenset({"bullet", "dash_outlet"})
_HEADER_STOP_KINDS = _ANCHOR_KINDS | {"bullet"}


def _body_follows(lines: list[Line], start: int) -> bool:
    """True when body text comes after ``start``, past at most a few subheadings."""
    seen = 0
    index = start
    while seen <= TITLE_BODY_MAX_GAP:
        found = _next_kept(lines, index, _TEASER_KINDS)
        if found is not None and lines[found].in_header:
            after = _next_kept(lines, lines[found].header_end, _HEADER_STOP_KINDS)
            if after is not None and lines[after].kept and not is_title_like(lines[after].text):
                index = lines[found].header_end  # the header only dates / signs this text
                continue
            return False  # the header opens another item
        if found is None or not lines[found].kept:
            return False
        if _is_body(lines[found]):
            return True
        seen += 1
        index = found + 1
    return False


def find_headers(lines: list[Line]) -> list[HeaderGroup]:
    """Teaser headers: outlet / timestamp / "- Outlet" lines before a headline.

    A group grows from an anchor (a timestamp, a date, a "- Outlet" line or a
    byline) over the adjacent anchors, bullets and name lines. The headline
    after it decides its role: followed by body text it opens an article;
    followed by another header or nothing it is one item of a headline list.
    """
    groups: list[HeaderGroup] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind not in _ANCHOR_KINDS:
            index += 1
            continue
        end = index + 1
        while (
            end < len(lines)
            and end - index < HEADER_MAX_LINES
            and (lines[end].kind in _ANCHOR_KINDS or lines[end].kind == "bullet")
        ):
            end += 1
        outlet = next((lines[i].outlet for i in range(index, end) if lines[i].outlet), None)
        after = _next_kept(lines, end, _HEADER_STOP_KINDS)
        headline_after = (
            after is not None and lines[after].kept and is_title_like(lines[after].text)
        )
        start = index
        while start > 0 and end - start < HEADER_MAX_LINES:
            previous = lines[start - 1]
            if previous.kind in ("bullet", "timestamp", "date", "dash_outlet") or (
                previous.reason == "navigation" and previous.kind != "list_heading"
            ):
                start -= 1
            elif (
                previous.kind == "text" and previous.reason is None and is_name_like(previous.text)
            ):
                same = outlet is not None and normalise_for_compare(previous.text) == (
                    normalise_for_compare(outlet)
                )
                # An unnamed header takes its outlet from a name line standing alone above it.
                # ("Reuters" / "2 hours ago" / headline); above body text it is the title.
                alone = (
                    outlet is None
                    and previous.blank_before
                    and line.kind in ("timestamp", "date")
                    and headline_after
                )
                if not (same or alone):
                    break
                outlet = outlet or previous.text
                start -= 1
            else:
                break
        # A name line repeated below the anchors ("2 hours ago" / "Russia Today").
        while (
            end < len(lines)
            and outlet
            and lines[end].kind == "text"
            and (normalise_for_compare(lines[end].text) == normalise_for_compare(outlet))
        ):
            end += 1
        groups.append(HeaderGroup(start=start, end=end, outlet=outlet))
        index = end
    for group in groups:
        for i in range(group.start, group.end):
            lines[i].in_header = True
            lines[i].header_end = group.end
            if lines[i].reason is None:  # a name line above or below the anchors
                lines[i].reason = "byline"
    table_rows: set[int] | None = None  # found when first asked
    for group in groups:
        headline = _next_kept(lines, group.end, _HEADER_STOP_KINDS)
        if headline is None:
            group.role = "teaser" if group.outlet or _has_bullet(lines, group) else "furniture"
            continue
        line = lines[headline]
        if not line.kept:
            continue
        if has_digit(line.text):  # every row of a table holds a figure
            if table_rows is None:
                table_rows = _table_rows(lines)
            if headline in table_rows:
                # A stamp between a table's rows opens no article; it goes as a teaser's
                # stamp goes, and the rows stay (see mark_headline_lists).
                group.role = "teaser"
                continue
        if is_title_like(line.text):
            group.role = "article" if _body_follows(lines, headline + 1) else "teaser"
        elif _is_body(line) and group.outlet:
            group.role = "article"
    return groups


def _has_bullet(lines: list[Line], group: HeaderGroup) -> bool:
    return any(lines[i].kind == "bullet" for i in range(group.start, group.end))


# --- step 4: headline lists -------------------------------------------------------------


def _is_bare_headline(text: str) -> bool:
    """A headline-shaped line (:func:`is_title_like`), bare or as the item of a list
    bulleted with a symbol ("* Jupiter's moon spouts water", "• Markets fall again"): a
    render writes a list of links to other stories either way."""
    if is_symbol_bulleted(text):
        return is_title_like(text[2:].lstrip())
    return is_title_like(text)


def _table_rows(lines: list[Line]) -> set[int]:
    """The indices of the rows of the tables among ``lines`` (see
    :func:`~.zones.data_runs`). A table's rows are content, not headlines, even where
    furniture stands between them: a stamp, a share button or an ad label between two
    rows does not end the table, so a removed line counts as blank here (a blank line's
    text is "" already; a kept line is one with no reason)."""
    texts = [line.text if line.reason is None else "" for line in lines]
    return {row for start, end in data_runs(texts) for row in range(start, end)}


def mark_headline_lists(lines: list[Line], groups: list[HeaderGroup]) -> None:
    """Remove teaser items, runs of bare headlines, and links after a list heading."""
    table_rows = _table_rows(lines)
    for group in groups:
        if group.role == "article":
            continue
        if group.role == "teaser":
            for index in range(group.start, group.end):
                lines[index].reason = "headline_list"
            headline = _next_kept(lines, group.end, _HEADER_STOP_KINDS)
            while (
                headline is not None
                and lines[headline].kept
                and headline not in table_rows
                and is_title_like(lines[headline].text)
                and not _body_follows(lines, headline + 1)
            ):
                lines[headline].reason = "headline_list"
                headline = _next_kept(lines, headline + 1, _HEADER_STOP_KINDS)
    for index, line in enumerate(lines):
        if line.kind == "bullet" and _is_list_context(lines, index):
            line.reason = "headline_list"

    # Headlines of real articles close a run like body text does.
    article_headlines = {
        headline
        for group in groups
        if group.role == "article"
        and (headline := _next_kept(lines, group.end, _HEADER_STOP_KINDS)) is not None
    }
    in_list = False
    run: list[int] = []
    for index in _content_indices(lines) + [len(lines)]:
        line = lines[index] if index < len(lines) else None
        if line is not None and line.kind == "list_heading":
            # A run right after body text is the article's own list (the teams that
            # qualified, the stops of a tour), even with a label of links below it.
            if len(run) >= HEADLINE_RUN_MIN and (in_list or _after_furniture(lines, run[0])):
                for item in run:
                    lines[item].reason = "headline_list"
            in_list, run = True, []
            continue
        if line is not None and index in article_headlines:
            closer = "article"
        elif (
            line is not None
            and line.kept
            and _is_bare_headline(line.text)
            and index not in table_rows  # a table's rows are content, not headlines
        ):
            run.append(index)
            continue
        elif line is not None and not line.kept:
            continue  # furniture does not interrupt a list
        else:
            closer = "body" if line is not None else "end"
        # Bulleted headlines under a label announcing links ("More:", "Trending News")
        # are a block of links even with the article going on below them (no bullet
        # heads a paragraph); under a photo credit they may be the article's own list.
        bulleted = bool(run) and all(is_symbol_bulleted(lines[item].text) for item in run)
        bare_list = len(run) >= HEADLINE_RUN_MIN and (
            _after_link_label(lines, run[0])
            if closer == "body" and bulleted
            else closer != "body" and _after_furniture(lines, run[0])
        )
        if in_list or bare_list:
            # The last bare headline right before body text heads that text, so it stays.
            listed = run[:-1] if closer == "body" and not bulleted else run
            for item in listed:
                lines[item].reason = "headline_list"
        in_list = False
        run = []


def mark_furniture_clusters(lines: list[Line]) -> None:
    """Remove weak furniture lines that stand next to removed lines."""
    content = _content_indices(lines)
    last = len(content) - 1
    # Whether each content line is removed (a title does not count), kept up to date below.
    removed = [lines[index].reason not in (None, "title") for index in content]
    # The weak reason of a line, asked only of the lines next to furniture (most kept
    # lines are paragraphs between paragraphs).
    weak: dict[int, RemovalReason | None] = {}
    # Sweep down then up, so a chain of weak lines hanging off furniture goes as a whole.
    for positions in (range(last + 1), range(last, -1, -1)):
        for position in positions:
            line = lines[content[position]]
            if not line.kept or not (
                position == last
                or (position > 0 and removed[position - 1])
                or (position < last and removed[position + 1])
            ):
                continue
            if position not in weak:
                weak[position] = weak_furniture_reason(line.text)
            if weak[position] is not None:
                line.reason = weak[position]
                removed[position] = True


#: A teaser card's blurb: one line of at most this many words.
TEASER_BLURB_MAX_WORDS = 40
#: Cards in a row at the end of a full render's zone that make a teaser grid.
TEASER_RUN_MIN = 3
#: A card may carry up to this many short lines between headline and blurb (the source,
#: the section, a count of votes) ...
TEASER_META_MAX_LINES = 2
#: ... of at most this many words.
TEASER_META_MAX_WORDS = 6
#: A question of at least this many words ending a card is its blurb.
TEASER_QUESTION_MIN_WORDS = 10
#: This many cards, most with a kicker, a repeated headline or a meta line, are a grid of
#: links even when they outweigh the article above them.
TEASER_GRID_MIN = 6
#: ... standing after at least this many words of the article's own text.
TEASER_BODY_MIN_WORDS = 80
_LEADING_BULLET_RE = re.compile(r"^(?:[*+•◦▪·>»-]|o(?= ))\s*")


def _teaser_cards(texts: list[str], head: Callable[[int], bool], end: int) -> tuple[list[int], int]:
    """The starts of the teaser cards ending at ``texts[end - 1]``, from the last one up,
    and how many of them are rich (see :func:`mark_teaser_tail`; ``head(k)``: whether
    ``texts[k]`` is headline-shaped)."""
    cards: list[int] = []  # start of each card, from the last one up
    rich = 0  # cards with a kicker, a repeated headline or a meta line ("2 diggs Science")
    position = end
    while position > 0:
        blurb_end = position
        last = texts[position - 1]
        question = last.rstrip().endswith("?") and word_count(last) >= TEASER_QUESTION_MIN_WORDS
        if (head(position - 1) and not question) or word_count(last) > TEASER_BLURB_MAX_WORDS:
            break  # a card ends on its blurb (a long question is a blurb, not a headline)
        position -= 1
        meta = 0
        while (
            position > 0
            and meta < TEASER_META_MAX_LINES
            and not head(position - 1)
            and word_count(texts[position - 1]) <= TEASER_META_MAX_WORDS
        ):
            position -= 1
            meta += 1
        top = position
        while position > 0 and head(position - 1):
            position -= 1
        if position == top:
            position = blurb_end
            break
        cards.append(position)
        rich += meta > 0 or top - position >= 2
    return cards, rich


#: The reasons of removed lines that still count as a part of a teaser card.
_IN_CARD = frozenset({None, "widget"})


def mark_teaser_tail(lines: list[Line]) -> None:
    """Remove a grid of teaser cards at the end of a full render's article zone.

    A card is one or more headline-shaped lines (a kicker or section label, the headline,
    the headline again), up to two short meta lines (source, section, votes) and a
    one-line blurb. An article ends on its own paragraphs; three or more cards in a row
    after it, to the end of the zone (or to a last lone headline), are links to other
    stories, whatever their wording: removed when the article outweighs them, or when
    they make a whole grid of rich cards.
    """
    # A card may hold a widget the rules removed already (its share button, its count of
    # comments): the cards are read among the lines the page shows, widgets included;
    # the words weighed and the lines removed are the kept ones.
    shown = [i for i, line in enumerate(lines) if line.kind != "blank" and line.reason in _IN_CARD]
    texts = [lines[i].text for i in shown]
    heads: dict[int, bool] = {}

    def head(k: int) -> bool:
        """Headline-shaped, a section label, or a line shown twice in a row (a card repeats
        its headline over a label or an image). Asked only of the lines the cards are
        looked for in, from the end of the zone up: most of the zone is never asked."""
        found = heads.get(k)
        if found is None:
            text = texts[k]
            bare = _LEADING_BULLET_RE.sub("", text)
            found = heads[k] = (
                is_title_like(bare)
                or _is_label(bare)
                or text in texts[max(0, k - 2) : k]
                or text in texts[k + 1 : k + 3]
            )
        return found

    cards: list[int] = []
    rich = 0
    # The grid may end on a lone headline (a last card without its blurb): try both ends.
    for end in (len(shown), len(shown) - 1):
        cards, rich = _teaser_cards(texts, head, end)
        if len(cards) >= TEASER_RUN_MIN:
            break
    if len(cards) < TEASER_RUN_MIN:
        return
    start = cards[-1]
    body_words = sum(word_count(lines[i].text) for i in shown[:start] if lines[i].kept)
    card_words = sum(word_count(lines[i].text) for i in shown[start:] if lines[i].kept)
    grid = len(cards) >= TEASER_GRID_MIN and rich * 2 >= len(cards)
    if body_words < TEASER_BODY_MIN_WORDS or (body_words < card_words and not grid):
        return  # the article outweighs the links below it, unless they are a whole grid
    for i in shown[start:]:
        if lines[i].kept:
            lines[i].reason = "headline_list"


#: A lede opening on a dateline: "HAYWARD, Calif. (AP) —", "NEW YORK (Reuters) -".
WIRE_LEDE_RE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[\w. ]{2,20})?\s*(?:\([^)]{2,30}\))?\s*[-–—:]\s"
)
#: A standfirst (the deck under a headline) is one sentence of at most this many words.
STANDFIRST_MAX_WORDS = 45
#: Lines that stand between a standfirst and the article's first paragraph.
_STANDFIRST_GAP_REASONS = frozenset({"byline", "dateline", "timestamp", "boilerplate"})


def mark_standfirst(lines: list[Line]) -> None:
    """Remove the standfirst of a full render: the one-sentence summary under the headline,
    set apart from the article by its byline, date or photo ("By Jane Roe", "Published
    ...", a caption) before the first paragraph."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    first = next((k for k, i in enumerate(kept) if _is_body(lines[i])), None)
    if first is None or first + 1 >= len(kept):
        return
    index, following = kept[first], kept[first + 1]
    text = lines[index].text
    if word_count(text) > STANDFIRST_MAX_WORDS or has_sentence_break(text):
        return
    if parse_wire_dateline(text) or WIRE_LEDE_RE.match(text):
        return  # "NEW YORK (Reuters) - ...": the lede, not a summary above it
    gap = [lines[i] for i in range(index + 1, following) if lines[i].kind != "blank"]
    if any(line.reason in _STANDFIRST_GAP_REASONS for line in gap) and _is_body(lines[following]):
        lines[index].reason = "boilerplate"


def _line_above(lines: list[Line], index: int) -> Line | None:
    """The nearest non-blank line above ``index``, if any."""
    for previous in range(index - 1, -1, -1):
        if lines[previous].kind != "blank":
            return lines[previous]
    return None


def _after_furniture(lines: list[Line], index: int) -> bool:
    """True when the nearest non-blank line above ``index`` was removed (or there is none).

    A run of short lines straight after body text is the article's own list (tour dates,
    key points); after a share bar or a list heading it is a block of links.
    """
    above = _line_above(lines, index)
    return above is None or above.reason is not None


#: Reasons of the labels that announce a list of links ("Related", "More:", "Most Popular").
_LINK_LABEL_REASONS = frozenset({"navigation", "widget"})


def _after_link_label(lines: list[Line], index: int) -> bool:
    """True when the nearest non-blank line above ``index`` was removed as a label of
    links (see :data:`_LINK_LABEL_REASONS`)."""
    above = _line_above(lines, index)
    return above is not None and above.reason in _LINK_LABEL_REASONS


def _is_list_context(lines: list[Line], index: int) -> bool:
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(n.reason == "headline_list" or n.kind == "timestamp" for n in neighbours)


# --- step 5: articles -------------------------------------------------------------------

#: Date keywords in order of trust for the publication date.
_DATE_PRIORITY = {"date": 0, "dated": 0, "published": 0, "published on": 0, "posted": 1,
                  "posted on": 1, "first published": 0, "first published on": 0, "on": 1,
                  "released": 1, None: 2, "updated": 3, "updated on": 3, "last updated": 3,
                  "last updated on": 3, "modified": 3}  # fmt: skip


#: A part of a full page render counts as an article of its own, not a teaser, when
#: its body holds at least this many words (teasers carry one or two sentences).
SPLIT_ARTICLE_MIN_WORDS = 60


@dataclass(slots=True)
class _Content:
    """The non-blank lines of an exploded page and what several steps ask of each of them,
    computed once: the full-render test, the several-articles check, the zone and the
    reasons of the lines outside it all ask the same lines the same questions."""

    lines: list[str]
    #: Spaces in each line: a line of :func:`explode_lines` of n words holds n - 1.
    spaces: list[int]
    #: Whether each line is prose (:func:`~.zones.is_prose`), holds a digit, and its
    #: :func:`~.zones.word_weight`; asked of full renders only (see :meth:`ask_render`).
    prose: list[bool] = field(default_factory=list)
    digits: list[bool] = field(default_factory=list)
    weights: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, texts: list[str]) -> _Content:
        lines = [text for text in texts if text]
        return cls(lines, [text.count(" ") for text in lines])

    def ask_render(self) -> None:
        self.digits = [has_digit(text) for text in self.lines]
        self.weights = [
            # (a line of explode_lines holds one space fewer than words: none is split)
            spaces + 1 if text.isascii() else word_weight(text, spaces + 1)
            for text, spaces in zip(self.lines, self.spaces, strict=True)
        ]
        self.prose = [
            weight >= PROSE_MIN_WORDS and is_prose(text, weight)
            for text, weight in zip(self.lines, self.weights, strict=True)
        ]


def _is_full_render(content: _Content) -> bool:
    """:func:`~.zones.is_full_render` for exploded lines (stripped, single-spaced)."""
    short = len([spaces for spaces in content.spaces if spaces < SHORT_RENDER_LINE_WORDS])
    return short >= RENDER_MIN_SHORT_LINES and short >= RENDER_MIN_SHORT_SHARE * len(content.lines)


def _word_count(article: CleanedArticle) -> int:
    return sum(len(p.split()) for p in article.paragraphs)


def split_articles(text: str, split: bool = True, zone: bool = True) -> list[CleanedArticle]:
    """The articles of a scraped page, furniture removed and recorded.

    With ``split=False`` the page is one article (used for HTML extractions). With
    ``zone=False`` a full page render is not cut down to its article zone (used for text
    an extractor already chose).
    """
    for memo in _PAGE_MEMOS:
        memo.cache_clear()
    texts, blank_before = _explode(text)
    content = _Content.of(texts)
    full = zone and _is_full_render(content)
    if full:
        content.ask_render()
    # What one line is does not depend on where it stands: both passes over a page share
    # the verdicts of the line classifier.
    verdicts: dict[str, Verdict] = {}
    if full and split and _may_hold_articles(content):
        # A full render may still hold several real articles ("More from …" blocks
        # with whole bodies): keep that split when every part is a real article,
        # otherwise cut the page down to its one article zone.
        every = _make_lines(texts, blank_before, 0, len(texts))
        parts = _split_lines(every, True, [], verdicts, several=True)
        if (
            len(parts) >= 2
            and all(a.title and _word_count(a) >= SPLIT_ARTICLE_MIN_WORDS for a in parts)
            and all(a.outlet for a in parts[1:])  # each introduced by an outlet header
        ):
            return parts
    start, end, outside = _article_zone(texts, content, verdicts) if full else (0, len(texts), [])
    lines = _make_lines(texts, blank_before, start, end)
    return _split_lines(lines, split, outside, verdicts)


def _join_split_bylines(lines: list[Line]) -> None:
    """A byline split over two lines ("By" / "Jane Roe"): both lines become the byline
    (the label alone is furniture already; the name would stay in the body)."""
    for index, line in enumerate(lines):
        if line.kind == "blank" or line.text.lower() != "by":
            continue
        following = next(
            (i for i in range(index + 1, min(index + 3, len(lines))) if lines[i].kind != "blank"),
            None,
        )
        if following is None or lines[following].reason is not None:
            continue
        found = parse_byline(f"By {lines[following].text}")
        if found is None:
            continue
        for part in (line, lines[following]):
            part.kind, part.reason = "byline", "byline"
        lines[following].byline = found[0]
        if found[1] and found[2]:
            lines[following].date = (found[1], found[2])


def _split_lines(
    lines: list[Line],
    split: bool,
    outside: list[RemovedSpan],
    verdicts: dict[str, Verdict],
    several: bool = False,
) -> list[CleanedArticle]:
    """:func:`split_articles` on the exploded ``lines`` of a page (a full render's zone
    when ``outside`` holds the lines removed around it). With ``several``, only a split
    into two or more articles is wanted: a page with no article header comes back empty,
    unbuilt, and so does one where an article is not whole (see :func:`split_articles`)."""
    if outside:
        split = False  # a full page render holds one article; its teasers are furniture
    for line in lines:
        _describe(line, verdicts)
    _join_split_bylines(lines)
    groups = find_headers(lines)
    if several and not any(group.role == "article" for group in groups):
        return []  # no header opens a second article: the page is one part
    mark_headline_lists(lines, groups)
    mark_furniture_clusters(lines)
    if outside:
        mark_teaser_tail(lines)
        mark_standfirst(lines)

    # Cut at each article header that follows body text; a header before any
    # body only lends its metadata to the article it stands above.
    parts: list[tuple[int, int, str | None]] = []
    start, outlet = 0, None
    for group in groups:
        if group.role != "article":
            continue
        if split and any(_is_body(lines[i]) for i in range(start, group.start)):
            parts.append((start, group.start, outlet))
            start, outlet = group.start, group.outlet
        elif start == 0 or not split:
            outlet = outlet or group.outlet
    parts.append((start, len(lines), outlet))

    if several and len(parts) < 2:
        return []  # one part makes one article at most
    articles: list[CleanedArticle] = []
    orphan_removed: list[RemovedSpan] = outside
    for part_start, part_end, part_outlet in parts:
        article = build_article(lines[part_start:part_end], part_outlet)
        if article.paragraphs:
            if several and not (
                article.title
                and _word_count(article) >= SPLIT_ARTICLE_MIN_WORDS
                and (article.outlet or not articles)
            ):
                return []  # an article that is no whole one, introduced by an outlet
            article.removed = orphan_removed + article.removed
            orphan_removed = []
            articles.append(article)
        elif articles:
            articles[-1].removed.extend(article.removed)
        else:
            orphan_removed.extend(article.removed)
    return articles


#: A line that can head a teaser or article part of a page: "- Outlet", "5 hours ago",
#: a date. Without one, no part after the first can name its outlet.
_STAMP_RE = re.compile(r"\bago\.?$|^(?:yesterday|just now)$", re.I)
_STAMP_ENDS = ("ago", "ago.", "yesterday", "just now")


def _may_end_on_stamp(text: str) -> bool:
    """False when :data:`_STAMP_RE` cannot match a line (of :func:`explode_lines`: no
    newline): an ASCII line not ending on one of its words in any case (outside ASCII,
    case-insensitive "s" also matches "ſ", so the pattern is asked)."""
    return not text.isascii() or text[-9:].lower().endswith(_STAMP_ENDS)


def _may_hold_articles(content: _Content) -> bool:
    """Whether a full render may hold several whole articles, each after the first
    introduced by an outlet header below the first one's text: a "- Outlet" line, or a
    name line above a stamp or date line ("Reuters" / "5 hours ago"), after some prose.
    Most renders hold none, and so are not classified twice."""
    previous = ""
    prose_words = 0
    for text, spaces, prose, digit in zip(
        content.lines, content.spaces, content.prose, content.digits, strict=True
    ):
        if len(text) < 80:
            if prose_words >= SPLIT_ARTICLE_MIN_WORDS:
                if text[0] in "-–—" and parse_dash_outlet(text):
                    return True
                if (
                    (_may_end_on_stamp(text) and _STAMP_RE.search(text))
                    or (
                        digit  # every date holds a year
                        and _YEAR_DIGITS_RE.search(text) is not None
                        and parse_date_line(text) is not None
                    )
                ) and is_name_like(previous):
                    return True
        elif prose and prose_words < SPLIT_ARTICLE_MIN_WORDS:
            prose_words += spaces + 1
        previous = text
    return False


#: Lines kept above a full render's article zone, so the header zone can still find the
#: headline, byline and date standing above the first paragraph.
ZONE_HEADER_LINES = 3


def _article_zone(
    texts: list[str], content: _Content, verdicts: dict[str, Verdict]
) -> tuple[int, int, list[RemovedSpan]]:
    """On a full page render (its exploded line ``texts``, "" for a blank line, and their
    ``content``), the bounds ``[start, end)`` of the article zone (see :mod:`.zones`) and
    the removed spans for every line outside it (``verdicts`` memoises the line classifier
    for the page)."""
    asked: set[str] = set()  # the lines whose verdict names their reason outside the zone

    def furniture(text: str) -> bool:
        asked.add(text)
        verdict = verdicts.get(text)
        if verdict is None:
            verdict = verdicts[text] = _judge(text, exploded=True)
        # A photo caption stands inside the article: removed, but it does not part it.
        return verdict[0] is not None and not verdict[2]

    lines = content.lines
    zone = zone_of_lines(lines, content.prose, furniture, content.digits, content.weights)
    if zone is None:
        return 0, len(texts), []
    first, last = zone  # indices into the content lines
    # The signature of a social post the article ends on belongs to the post.
    while last < len(lines) and _EMBED_SIGNATURE_RE.fullmatch(lines[last]) is not None:
        last += 1
    positions = [index for index, text in enumerate(texts) if text]
    start, end = positions[first], positions[last - 1] + 1
    # The header lines kept: the content lines among the ZONE_HEADER_LINES texts above.
    while first > 0 and positions[first - 1] >= start - ZONE_HEADER_LINES:
        first -= 1
    removed = [
        RemovedSpan(
            text,
            (verdicts[text][0] if text in asked else None) or _outside_reason(text, spaces, prose),
        )
        for part in (slice(0, first), slice(last, len(lines)))
        for text, spaces, prose in zip(
            lines[part], content.spaces[part], content.prose[part], strict=True
        )
    ]
    return positions[first], end, removed


def _outside_reason(text: str, spaces: int, prose: bool) -> RemovalReason:
    """Why a line of :func:`explode_lines` (of ``spaces`` + 1 words, prose or not) outside
    the article zone goes: menus and labels are navigation, teaser headlines a headline
    list, anything else boilerplate."""
    if spaces < NAV_LABEL_MAX_WORDS:
        return "navigation"
    if not prose or is_title_like(text):
        return "headline_list"
    return "boilerplate"


#: A bare clock time with its half of the day ("10 p.m.", "4:14 PM", "9:05 a.m. EDT").
_ENTRY_TIME_RE = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m|[AP]M|A\.M\.|P\.M\.)(?:\s+[A-Z]{2,5})?"
)
#: A live-updates story ("The Latest: …") heads each entry with the time it was filed;
#: at least this many such times between its paragraphs make it one.
ENTRY_TIMES_MIN = 2


class _Judged(Protocol):
    text: str
    reason: RemovalReason | None


def keep_entry_times(lines: Sequence[_Judged]) -> None:
    """Keep the times that head the entries of a live-updates story ("10 p.m." above the
    paragraphs filed then): a bare clock time, removed as a timestamp, whose line above is
    kept and whose line below is a kept sentence, when the story holds ENTRY_TIMES_MIN of
    them or more. They tell when each part happened; a lone stamp stays removed."""
    if sum(line.reason == "timestamp" for line in lines) < ENTRY_TIMES_MIN:
        return  # most articles: no stamps left among their lines to look at
    shown = [line for line in lines if line.text.strip()]
    entries = [
        line
        for above, line, below in zip(shown, shown[1:], shown[2:], strict=False)
        if line.reason == "timestamp"
        and above.reason is None
        and below.reason is None
        and _ENTRY_TIME_RE.fullmatch(line.text.strip()) is not None
        and ends_like_sentence(below.text)
    ]
    if len(entries) >= ENTRY_TIMES_MIN:
        for line in entries:
            line.reason = None


def build_article(lines: list[Line], outlet: str | None) -> CleanedArticle:
    """Title, byline, date and body of one part of a page."""
    keep_entry_times(lines)
    article = CleanedArticle(paragraphs=[], outlet=outlet)
    header = read_header_zone(lines)
    if header.title is not None:
        article.title = lines[header.title].text
        lines[header.title].reason = "title"
        article.outlet = article.outlet or header.site_name
    else:
        _title_from_first_line(lines, article)

    title_key = normalise_for_compare(article.title) if article.title else None
    seen = {title_key} if title_key else set()
    previous_key = title_key
    best_date: tuple[int, tuple[str, DatePrecision]] | None = None
    for line in lines:
        if line.kind == "blank":
            continue
        if line.date and line.reason in ("dateline", "byline"):
            rank = _DATE_PRIORITY.get(line.date_keyword, 2)
            if best_date is None or rank < best_date[0]:
                best_date = (rank, line.date)
        if line.byline and article.byline is None:
            article.byline = line.byline
        if line.outlet and article.outlet is None and line.reason != "headline_list":
            article.outlet = line.outlet
        if line.reason is None:
            # (normalise_for_compare of a line of explode_lines: the line is stripped and
            # single-spaced, and lowercasing makes no whitespace)
            key = line.text.lower()
            # A repeated title, a paragraph scraped twice, or a line doubled in place; short
            # lines recurring far apart are table cells or list items, kept, and so are the
            # signatures of two posts by one account on one day.
            if (
                key in seen
                and (
                    key == title_key
                    or word_count(key) >= DUPLICATE_MIN_WORDS
                    or key == previous_key
                )
                and _EMBED_SIGNATURE_RE.fullmatch(line.text) is None
            ):
                line.reason = "duplicate_line"
            seen.add(key)
            previous_key = key
        if line.reason is not None:
            article.removed.append(RemovedSpan(text=line.text, reason=line.reason))
            continue
        paragraph = line.text
        tail = (
            TRAILING_SYNDICATION_RE.search(paragraph)
            if any(key in paragraph for key in _SYNDICATION_KEYS)
            else None
        )
        if tail and tail.start() > 0:
            article.removed.append(RemovedSpan(text=tail.group().strip(), reason="boilerplate"))
            paragraph = paragraph[: tail.start()].rstrip()
        article.paragraphs.append(paragraph)
    drop_foreign_page_lines(article)
    drop_foreign_headlines(article)
    _drop_unfinished_tail(article)
    if best_date:
        article.published, article.published_precision = best_date[1]
    if article.outlet is None and article.paragraphs:
        article.outlet = parse_wire_dateline(article.paragraphs[0])
    return article


#: A short line among an article's paragraphs that speaks of the page ("Tap to unmute")
#: and shares none of its other words with the article is furniture: an article's own
#: subheads ("Share prices", "Watch the flood") take their words from the article.
FOREIGN_LINE_MAX_WORDS = 8
#: At most this many of the line's words may be neither page words nor small words.
FOREIGN_LINE_MAX_OTHER = 2


#: An all-capitals word of two letters or more (asked of lines not all in capitals).
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")


#: Words of the page's lists, stamps and ways around it, which the short-line rules name
#: ("Most read", "Updated 3 hrs ago", "Back to news"): page words too, for a line the
#: article's text does not explain.
_PAGE_LABEL_WORDS = frozenset(
    "related similar recommended suggested popular trending latest top featured editor "
    "editor's editors picks pick choice choices selection selections headlines news reads "
    "posts coverage ago updated published posted edited modified minutes mins min hours hrs "
    "hour seconds secs days weeks home main back next previous prev index regions".split()
)
_FOREIGN_WORDS = INTERFACE_WORDS | _PAGE_LABEL_WORDS


def _foreign_candidate(paragraph: str) -> list[str] | None:
    """The words of a short paragraph holding an interface word, other than interface
    and small words (``None`` when the paragraph is no candidate)."""
    if (
        paragraph.count(" ") >= FOREIGN_LINE_MAX_WORDS
        or paragraph.endswith(":")  # a lead-in to the article's next paragraph
        or _has_quote_mark(paragraph)
        # a name: "ECG app" (but not "WATCH THE VIDEO")
        or (not paragraph.isupper() and _ACRONYM_RE.search(paragraph))
    ):
        return None
    words = _INTERFACE_WORD_RE.findall(paragraph.lower())
    if not words or _FOREIGN_WORDS.isdisjoint(words):
        return None
    other = [w for w in _other_words(words, _FOREIGN_WORDS) if len(w) > 2]
    return other if len(other) <= FOREIGN_LINE_MAX_OTHER else None


def drop_foreign_page_lines(article: CleanedArticle) -> None:
    """Remove short lines about the page whose other words the article never uses."""
    candidates = {
        index: other
        for index, paragraph in enumerate(article.paragraphs)
        if (other := _foreign_candidate(paragraph)) is not None
    }
    if not candidates or len(candidates) == len(article.paragraphs):
        return
    text = "\n".join(article.paragraphs).lower()
    drop = {
        index
        for index, other in candidates.items()
        if not _used_elsewhere(other, article.paragraphs[index], text)
    }
    _remove_paragraphs(article, drop, "widget")


def _used_elsewhere(words: Iterable[str], paragraph: str, text: str) -> bool:
    """True when one of ``words`` (lowercase words of ``paragraph``) stands in ``text``,
    the lowercased article holding the paragraph, more often than in the paragraph: a
    word of the line is the article's when the rest of the text holds it too, as a word
    or inside one ("ship" in "shipping"; a cheap, lenient test)."""
    own = paragraph.lower()
    return any(text.count(w) > own.count(w) for w in words)


def _remove_paragraphs(article: CleanedArticle, drop: set[int], reason: RemovalReason) -> None:
    """Move the paragraphs at the indices ``drop`` to the article's removed spans."""
    if not drop:
        return
    for index in sorted(drop):
        article.removed.append(RemovedSpan(text=article.paragraphs[index], reason=reason))
    article.paragraphs = [p for i, p in enumerate(article.paragraphs) if i not in drop]


#: A headline among an article's paragraphs that shares none of its words with the
#: article is a teaser for another story ("Farmers count the cost of a dry autumn" between
#: two paragraphs on a ferry timetable): an article's own subheads take their words from
#: it. Such a line is headline-shaped (:func:`_unfinished_line`), has at least
#: HEADLINE_MIN_WORDS words and this many words of FOREIGN_HEADLINE_MIN_LETTERS letters or
#: more that are no function words ("after", "about": the zone finder's STOPWORDS); none
#: may stand in the rest of the article, its title included.
FOREIGN_HEADLINE_MIN_WORDS = 3
FOREIGN_HEADLINE_MIN_LETTERS = 4
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
#: Last characters of a paragraph that ends as a sentence or a clause.
_FINISHED_ENDS = ".:;,…"


def _unfinished_line(paragraph: str) -> bool:
    """A line of HEADLINE_MIN_WORDS to TITLE_MAX_WORDS words that does not end as a
    sentence or a clause (a headline or a teaser, however capitalised: "?" and "!" may end
    one)."""
    if paragraph[-1:] in _FINISHED_ENDS:
        return False  # most paragraphs: a sentence's full stop, no closer to strip
    end = paragraph.rstrip().rstrip(TRAILING_QUOTES).rstrip()[-1:]
    return (
        end not in _FINISHED_ENDS and HEADLINE_MIN_WORDS <= word_count(paragraph) <= TITLE_MAX_WORDS
    )


def _foreign_headline_words(paragraph: str) -> list[str] | None:
    """The long words of a paragraph already found headline-shaped
    (:func:`_unfinished_line`); ``None`` when it is no candidate: too few long words, or a
    row of figures."""
    if paragraph.count("|") > 1 or (
        has_digit(paragraph) and sum(any(c.isdigit() for c in t) for t in paragraph.split()) > 1
    ):
        return None  # a table's row, a score line
    words = [
        w
        for w in _LETTER_WORD_RE.findall(paragraph.lower())
        if len(w) >= FOREIGN_HEADLINE_MIN_LETTERS and w not in STOPWORDS
    ]
    return words if len(words) >= FOREIGN_HEADLINE_MIN_WORDS else None


def drop_foreign_headlines(article: CleanedArticle) -> None:
    """Remove headlines standing alone among the paragraphs whose words the article never
    uses (see FOREIGN_HEADLINE_MIN_WORDS), the first and last paragraphs included. A
    headline next to another headline-shaped line is left to the list rules: it may be one
    of the article's own list items."""
    paragraphs = article.paragraphs
    if len(paragraphs) < 3:
        return
    shaped = [_unfinished_line(p) for p in paragraphs]
    last = len(paragraphs) - 1
    candidates = {
        index: words
        for index in range(len(paragraphs))
        if shaped[index]
        and not (index > 0 and shaped[index - 1])
        and not (index < last and shaped[index + 1])
        and (words := _foreign_headline_words(paragraphs[index])) is not None
    }
    if not candidates:
        return
    text = "\n".join([article.title or "", *paragraphs]).lower()
    drop = {
        index
        for index, words in candidates.items()
        if not _used_elsewhere(words, paragraphs[index], text)
    }
    _remove_paragraphs(article, drop, "headline_list")


#: An article ends on a sentence: short unpunctuated lines after its last paragraph
#: ("Pass this on", "Reader favourites", a teaser headline) are page furniture, whatever
#: their wording. Lines up to this many words are judged so.
TAIL_LINE_MAX_WORDS = 12


#: The signature under a social post an article embeds: "— Jane Roe (@janeroe) November
#: 18, 2019". It belongs to the post, and says who wrote it and when.
_EMBED_SIGNATURE_RE = re.compile(r"[—–-] [^()]{1,60} \(@\w{1,30}\) [A-Z][a-z]+\.? \d{1,2}, \d{4}")


def _drop_unfinished_tail(article: CleanedArticle) -> None:
    """Remove the short lines that trail an article's last sentence."""
    if not any(ends_like_sentence(p) for p in article.paragraphs):
        return  # a list or a table with no prose: nothing to judge the tail by
    tail: list[RemovedSpan] = []
    while article.paragraphs:
        last = article.paragraphs[-1]
        if (
            ends_like_sentence(last)
            or last.rstrip().endswith("?")
            or (word_count(last) > TAIL_LINE_MAX_WORDS)
            or _ends_table(article.paragraphs)
            or _EMBED_SIGNATURE_RE.fullmatch(last) is not None
        ):
            break
        article.paragraphs.pop()
        reason: RemovalReason = (
            "headline_list" if word_count(last) >= HEADLINE_MIN_WORDS and is_title_like(last)
            else "boilerplate"
        )  # fmt: skip
        tail.append(RemovedSpan(text=last, reason=reason))
    article.removed.extend(reversed(tail))


def _ends_table(paragraphs: list[str]) -> bool:
    """True when the last paragraphs are rows of a table or schedule: the article's data,
    however unpunctuated."""
    if not is_data_row(paragraphs[-1]):
        return False
    runs = data_runs(paragraphs)
    return bool(runs) and runs[-1][1] == len(paragraphs)


def _title_from_first_line(lines: list[Line], article: CleanedArticle) -> None:
    """The title when no header zone was read: the first kept line, if headline-shaped."""
    kept = [line for line in lines if line.kept]
    # A short label above a longer headline is a section name ("Europe", "Markets & Money").
    label_words = word_count(kept[0].text.replace("&", " ")) if kept else 0
    if len(kept) >= 2 and label_words <= 2 and is_name_like(kept[0].text):
        if is_title_like(kept[1].text) and word_count(kept[1].text) > word_count(kept[0].text):
            kept[0].reason = "navigation"
    title_index = next(
        (i for i, line in enumerate(lines) if line.kept and is_title_like(line.text)), None
    )
    first_kept = next((i for i, line in enumerate(lines) if line.kept), None)
    if (
        title_index is not None
        and title_index == first_kept
        and _body_follows(lines, title_index + 1)
    ):
        article.title = lines[title_index].text
        lines[title_index].reason = "title"


# --- the page header zone ---------------------------------------------------------------
#
# The lines of an article part before its first body paragraph: menus and section labels,
# the site name (often with a tagline), breadcrumbs, the headline (sometimes doubled), the
# byline and the date, share and listen widgets.

#: A headline chosen by length alone has at least this many words.
HEADLINE_MIN_WORDS = 5
#: Kept lines this short above the headline are menu items or section labels.
NAV_LABEL_MAX_WORDS = 3
#: A tagline under the site name ("Your town, your paper") is at most this long.
TAGLINE_MAX_WORDS = 10
#: Removed lines that may stand above a site name: consent banners, skip links, widgets.
_CHROME_REASONS = frozenset({"widget", "paywall", "boilerplate", "ai_notice"})
#: Lines next to which a headline stands: "By ...", a date, "Updated ...", "4 min read".
_ANCHOR_REASONS = frozenset({"byline", "dateline", "timestamp"})
#: "Skip to main content", "Jump to navigation": links for screen readers, above the site name.
SKIP_LINK_RE = re.compile(r"^(?:skip|jump)(?: straight)? to\b")
READ_TIME_RE = re.compile(r"^\d+\s*(?:min(?:ute)?s?|hrs?|hours?)\.?\s+(?:read|listen)$", re.I)


@dataclass(slots=True)
class HeaderZone:
    """What the header zone of an article part holds (indices into its lines)."""

    title: int | None = None
    site_name: str | None = None


def _header_anchor(line: Line) -> bool:
    if line.kind == "blank" or line.kind == "dash_outlet":
        return False
    if line.reason in _ANCHOR_REASONS:
        return True
    return line.reason == "widget" and bool(READ_TIME_RE.match(normalise_line(line.text)))


def _headline_shaped(line: Line) -> bool:
    return line.kept and is_title_like(line.text)


def _anchored_headline(lines: list[Line], zone_end: int) -> int | None:
    """The headline-shaped line standing right above a byline or date line.

    Removed lines (share bars, section labels) may stand between; the first kept line
    above the anchor must be headline-shaped.
    """
    for anchor in range(zone_end):
        if not _header_anchor(lines[anchor]):
            continue
        above = anchor - 1
        while above >= 0 and not lines[above].kept:
            above -= 1
        if above >= 0 and _headline_shaped(lines[above]):
            return above
    return None


def _kept_between(lines: list[Line], start: int, end: int, key: str) -> int:
    return sum(
        1 for line in lines[start:end] if line.kept and normalise_for_compare(line.text) != key
    )


def read_header_zone(lines: list[Line]) -> HeaderZone:
    """Find the headline and the site name in the lines before the first body paragraph.

    The headline is the headline-shaped line right above a byline or date line; failing
    that (or when that line is a 1-3-word label) the first headline-shaped line of at
    least :data:`HEADLINE_MIN_WORDS` words, if body text follows it closely (the first,
    not the longest: a deck or subhead under a headline is often longer than it). Above the
    headline, the first line of the page may be the site name (then the outlet), the line
    under it a tagline, and short kept lines are menu items or section labels; they are
    marked removed here. Returns an empty zone when no headline is found, leaving the
    lines untouched.
    """
    zone_end = next((i for i, line in enumerate(lines) if _is_body(line)), None)
    if zone_end is None:
        return HeaderZone()
    candidates = [i for i in range(zone_end) if _headline_shaped(lines[i])]
    if not candidates:
        return HeaderZone()
    long = [i for i in candidates if word_count(lines[i].text) >= HEADLINE_MIN_WORDS]
    title = _anchored_headline(lines, zone_end)
    if title is not None and word_count(lines[title].text) <= NAV_LABEL_MAX_WORDS and long:
        title = None
    if title is None and long:
        best = long[0]  # a deck or subhead under the headline may be longer than it
        first = candidates[0]
        if (
            first < best
            and first == next(i for i, line in enumerate(lines) if line.kept)
            and word_count(lines[first].text) > NAV_LABEL_MAX_WORDS
            and _next_non_blank(lines, first + 1) == best
        ):
            best = first  # a four-word headline right above its deck
        key = normalise_for_compare(lines[best].text)
        if _kept_between(lines, best + 1, zone_end, key) <= TITLE_BODY_MAX_GAP:
            title = best
    if title is None:
        return HeaderZone()
    key = normalise_for_compare(lines[title].text)
    title = next(i for i in candidates if normalise_for_compare(lines[i].text) == key)

    zone = HeaderZone(title=title)
    site = _site_name_line(lines, title)
    if site is not None:
        zone.site_name = site_name_title_case(lines[site].text)
        lines[site].reason = "byline"
        tagline = _next_non_blank(lines, site + 1)
        if (
            tagline is not None
            and tagline < title
            and lines[tagline].kept
            and not _is_label(lines[tagline].text)
            and word_count(lines[tagline].text) <= TAGLINE_MAX_WORDS
        ):
            lines[tagline].reason = "boilerplate"
    for index in range(title):
        line = lines[index]
        if line.kept and normalise_for_compare(line.text) != key:
            if word_count(line.text) <= NAV_LABEL_MAX_WORDS:
                line.reason = "navigation"
    return zone


def _is_label(text: str) -> bool:
    """A 1-3-word line of capitalised words: a section label or menu item."""
    # (split no further than one word past the limit: a paragraph is not cut into words)
    words = text.replace("&", " ").split(None, NAV_LABEL_MAX_WORDS)
    return 0 < len(words) <= NAV_LABEL_MAX_WORDS and all(w[:1].isupper() for w in words)


def _next_non_blank(lines: list[Line], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].kind != "blank"), None)


def _site_name_line(lines: list[Line], title: int) -> int | None:
    """The site-name line: the first line of the zone, above the headline but not right
    above it, with only consent banners, skip links and widgets before it."""
    for index in range(title):
        line = lines[index]
        if line.kind == "blank":
            continue
        if not line.kept:
            normalised = normalise_line(line.text)
            chrome_nav = line.reason == "navigation" and bool(SKIP_LINK_RE.match(normalised))
            if line.reason in _CHROME_REASONS or chrome_nav:
                continue
            return None
        if not looks_like_site_name(line.text):
            return None
        if _next_non_blank(lines, index + 1) == title:
            return None  # a label right above the headline is a kicker, not the site
        if normalise_for_compare(line.text) == normalise_for_compare(lines[title].text):
            return None
        return index
    return None
