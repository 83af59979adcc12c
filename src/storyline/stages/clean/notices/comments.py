"""Broad family predicate for comment-section furniture.

Families (each a structure, not a phrase list):
  COUNT   a count of reader posts as a header ("47 replies", "Comments (12)")
  STATE   the comment area's state (closed / paused / moderated / awaiting approval ...)
  CTA     an imperative invitation to post (join / leave / be the first to / have your say ...)
  LOGIN   an account gate for posting ("sign in to reply", "only members can comment")
  MOD     moderation / house-rule notices ("removed by a moderator", "community guidelines")
  LIST    controls of the thread (sort by newest, show 12 more replies, reply · report)
  REACT   reaction bars (emoji followed by counts)
  FOREIGN a short line built on a non-English word for "comments"
A narrative guard (said/told/according/percent/declined ...) keeps news about comments.
"""

import re

from storyline.stages.clean.notices import notice_test

# what readers post
POSTN = (
    r"(?:comments?|commenting|commenters?|replies|reply|responses?|reactions?|discussions?"
    r"|conversations?|debate|threads?|posts?|contributions?|remarks|takes?|thoughts|views?"
    r"|opinions?|messages?|notes?|chat)"
)
# the container / the thing being commented on
HERE = (
    r"(?:this|the|our|these) (?:story|stories|article|articles|post|piece|report|page|thread|topic"
    r"|item|blog|entry|recipe|episode|review)"
)
EMO = "\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff"

FOREIGN = re.compile(
    r"\b(?:comentarios?|comentários?|commentaires?|commenti|commento|kommentare?"
    r"|kommentarer|kommentit|reacties|reageren|komentarz\w*|komentáře"
    r"|yorumlar\w*)\b",
    re.I,
)

#: A line built on such a word is a label or a count at most this long ("Commenti (4)",
#: "Deja tu comentario"); "Comentarios del ministro sobre el puerto" is a headline.
FOREIGN_MAX_WORDS = 4

SEP = r"(?:^|[·•|—–:]\s*)"
COUNT = re.compile(
    SEP + r"[\W]*?(?:\d[\d,]*(?:\.\d+)?k?\s+(?:reader\s+|more\s+)?" + POSTN + r"\b(?=\s*(?:$"
    r"|[^\w\s'’:]|so far"
    r"|and counting"
    r"|(?:on|in"
    r"|about) (?:this"
    r"|these)\b))"
    r"|(?:reader'?s?'?\s+)?(?:comments?|replies|responses|reactions|discussion|conversation"
    r"|thread)\s*(?:[\(\[]\d[\d,.]*k?(?:\s+" + POSTN + r")?[\)\]]"
    r"|:\s*\d[\d,.]*k?\W*$))",
    re.I,
)
# a bare header naming the comment area
HEAD = re.compile(
    r"^\W*(?:(?:reader'?s?'?|your|all|top|latest|featured)\s+)?(?:comments|replies"
    r"|comment thread|responses)\W*$"
    r"|^\W*(?:reader'?s?'?|readers'?) (?:comments|responses|replies|views|thread"
    r"|discussion)\b",
    re.I,
)

STATE_SUBJ = (
    r"(?:comments?|commenting|discussions?|conversations?|chat|replies|responses"
    r"|reader (?:comments|responses|replies|views)|posts|threads?|comments? (?:section|thread|box"
    r"|area)s?|discussion (?:thread|board|forum)s?|contributions)"
)
STATE_PRED = (
    r"(?:closed|closes|close|open|opens|reopens?|off|shut|paused|pause|disabled|locked"
    r"|switched off|turned off|suspended|unavailable|not available|archived|ended"
    r"|expired|frozen|limited|restricted|read-only|loading"
    r"|(?:pre-?)?moderated|premoderated|reviewed|checked|approved|vetted"
    r"|awaiting (?:moderation|approval|review)|pending)"
)
DEIX = (
    r"(?:(?-i:[A-Z][\w'’.&-]+)|(?:this|our|these|all|every|each)\b(?:\s+\w+){0,2}"
    r"|(?:\w+\s+){0,2}?(?:stor(?:y|ies)|articles?|posts?|reports?|pages?|pieces?|blogs?|episodes?"
    r"|recipes?|copy))"
)
# subject at line start (or after this/our/all/reader), optional deictic prep phrase, optional
# auxiliaries, state
STATE = re.compile(
    r"(?:^\W*|^\W*the\s+(?=comment)|\b(?:this|our|all|reader|readers'?)\s+)"
    + STATE_SUBJ
    + r"\b(?:\s+(?:on"
    r"|for"
    r"|in"
    r"|under)\s+" + DEIX + r")?\s*(?:(?:['’]s"
    r"|is"
    r"|are"
    r"|has"
    r"|have"
    r"|been"
    r"|now"
    r"|will be"
    r"|may be"
    r"|currently"
    r"|remain"
    r"|remains"
    r"|temporarily"
    r"|being)\s+){0,3}" + STATE_PRED + r"\b"
    r"(?=\s*(?:$|[.!;,(|·•—–-]|(?:on|for|in|under)\s+" + DEIX + r"|(?:and|while"
    r"|until|till|after"
    r"|before|overnight"
    r"|due|because"
    r"|following"
    r"|pending|within"
    r"|for legal"
    r"|for \d+|\d+"
    r"|for (?:tonight"
    r"|today|now"
    r"|subscribers"
    r"|members|everyone"
    r"|registered)\b"
    r"|by (?:a |the "
    r"|our )?(?:moderators?"
    r"|editors?"
    r"|our team))\b))",
    re.I,
)
STATE2 = re.compile(
    r"\b(?:your|this|a|the) (?:comment|reply|post|response|contribution)s? (?:is"
    r"|are|has been|was|will be)?\s*(?:awaiting|pending|held for"
    r"|under) (?:moderation|approval|review)\b"
    r"|\bawaiting moderation\b"
    r"|\b(?:this|that|a|the) (?:comment|reply|post|response|message) (?:has been"
    r"|was|is|have been|had been) (?:deleted|removed|hidden|withdrawn"
    r"|edited)\b(?!\s+(?:from|after|following|because|when))"
    r"|^\W*\[(?:deleted|removed|hidden)\]\W*$"
    r"|\bcomments? powered by\b|\bcharacters? (?:remaining|left)\b"
    r"|\bemail(?: address)? (?:will|is) (?:not|never) be (?:published|shown"
    r"|displayed|shared)\b"
    r"|\brequired fields are marked\b|\bnotify me of (?:new|follow-?up|replies)\b"
    r"|\bnext time I comment\b"
    r"|\bby (?:commenting|posting|replying|submitting (?:a |your )?(?:comment"
    r"|reply))\b"
    r"|\b(?:people|readers|others|users) (?:are )?(?:talking|discussing|commenting"
    r"|reacting|reacted|responded)\b(?:\s+(?:about|on|to))?\s+(?:this|here)\b"
    r"|\b(?:no|nobody|no one|none)\b(?:\s+\S+){0,3}?\s+(?:comments?|commented"
    r"|replies|replied|responses|responded"
    r"|posted)\b(?:\s+\S+){0,2}?\s+yet\b(?=\s*(?:$|[^\w\s]|(?:start|be|why|add"
    r"|leave|write|post|join|share)\b))"
    r"|\byour (?:comment|reply|post|response|contribution|message)s? (?:has been"
    r"|have been|will be|is being|is|are|was|could not be|couldn['’]t be|cannot be"
    r"|can['’]t be) (?:\w+ ){0,2}?(?:posted|submitted|published|received|saved"
    r"|sent|approved|deleted|removed|held|pending|awaiting|under review|visible"
    r"|shown|live|too long|empty)\b"
    r"|\byour (?:comment|reply|post|response|contribution|message)s? (?:will|may"
    r"|should|could|might) (?:\w+ )?(?:appear|show|go live|be visible|take)\b"
    r"|^\W*(?:loading|fetching) (?:comments|replies|the discussion"
    r"|the conversation|responses)\b|^\W*(?:comments|replies|discussion"
    r"|conversation) (?:is |are )?loading\b"
    r"|(?:^\W*|\byou(?: are|['’]re) )(?:post|comment|repl|respond)\w* as\b"
    r"|\b(?:people|readers|others|users) (?:liked|upvoted|recommended|agreed with"
    r"|flagged) this (?:comment|reply|post|response)\b|^\W*(?:up|down)voted by \d"
    r"|\b(?:views|opinions|comments)\b.{0,30}\b(?:are|is) (?:those|the (?:views"
    r"|opinions)) of (?:the |their |individual )?(?:readers?|authors?|commenters?"
    r"|contributors?|posters?)\b"
    r"|\bpinned by (?:the |an |our )?(?:editors?|moderators?|author|host)\b"
    r"|\bfeatured (?:reader )?(?:comment|response|reply)\b|\breader'?s?'? picks?\b",
    re.I,
)

CTA = re.compile(
    r"(?:^[\W]*|[—–:?!.]\s*)(?:"
    r"(?:join|start|continue|enter|leave|add|post|write|drop|submit|share|send|have|type"
    r"|contribute)\b(?:\s+\S+){0,3}?\s+(?:the\s+|a\s+|your\s+|in\s+the\s+)?(?:comment|comments"
    r"|reply|replies|response|conversation|discussion|debate|thoughts|views?|take|voice|say|thread"
    r"|two cents)\b"
    r"|(?:jump|dive|pile|wade|chip|join) in(?:to)?\b(?:\s+(?:the|this))?\s*(?:thread|conversation"
    r"|discussion|comments|replies|below|here)\b"
    r"|join the \w+\b.*\?\s*$"
    r"|(?:chime in|sound off|weigh in|speak your mind|speak up|contribute to the (?:conversation"
    r"|discussion|debate)|add to the (?:conversation|discussion|debate)|add your voice"
    r"|got something to say|something to say)\b"
    r"|(?:follow|subscribe to|watch|unfollow|mute) (?:this |the )?(?:conversation|discussion"
    r"|thread|comments|replies)\b"
    r"|(?:replying to|in reply to)\b"
    r"|(?:react to|rate) this (?:story|article|post|piece)\b|what'?s your reaction\b"
    r"|(?:post|submit|send|publish|cancel|preview) (?:your |a |my )?(?:comment|reply|response)\W*$"
    r"|be the first\b(?:\s+\S+){0,3}?\s+to\s+(?:comment|reply|respond|weigh|have your say"
    r"|share (?:your|a|an) (?:thoughts|views?|take|comment|opinion|reply|reaction)|leave|post"
    r"|start|add|write|drop|review|rate|react|say|discuss|chime|join|sound|tell|answer|contribute"
    r"|give|offer)\b"
    r"|be the first\b(?:\s+\S+){0,3}?\s+to\s+\S+\s+(?:on|about|to) (?:this|these|our)\b"
    r"|have your say\b"
    r"|(?:tell|let) us (?:what you think|know|your (?:views|thoughts|take))\W*(?:(?:below|here"
    r"|in the comments)\W*)?$"
    r"|(?:tell|let) us\b.{0,40}\b(?:below|in the comments)\W*$"
    r"|(?:what do you think|what'?s your (?:view|take|opinion|verdict|thoughts?|reaction)"
    r"|what are your thoughts|thoughts)(?:\s+(?:of|about|on)\s+(?:this|it|that)(?:\s+\w+)?)?\s*\?"
    r"|how do you feel about this (?:story|article|news|report|piece|post)\b"
    r"|how (?:does|did) this (?:story|article|piece|news|report) make you feel\b"
    r"|(?:discuss|debate) (?:this|the) (?:story|article|post|piece|report)\b"
    r"|(?:hot take|got (?:a|an) (?:view|opinion|take)|your (?:views|thoughts|take))\s*\?"
    r"|(?:reply|respond) to (?:this|the) (?:comment|post|reply|thread)\b"
    r"|(?:was|is) this (?:(?:article|story|page|piece|answer|comment|reply|review) )?(?:helpful"
    r"|useful)\b"
    r")",
    re.I,
)
CTA2 = re.compile(r"\bto (?:join|enter) the (?:conversation|discussion)\b", re.I)

LOGIN = re.compile(
    r"\b(?:log ?in|logged in|sign ?in|signed in|register(?:ed)?|sign ?up|account|profile"
    r"|subscribers?|members?|verified|readers with|paid|premium|accedi|log in om)\b.{0,50}?\b(?:to"
    r"|can|om te|per)\s+(?:(?:post|leave|add|write)\s+(?:a\s+|your\s+)?)?(?:comment|reply|respond"
    r"|react|post|reageren|rispondere|commentare|join the (?:conversation|discussion|debate|chat)"
    r"|be notified of replies|get notified of replies|join in|take part|participate|contribute)\b"
    r"(?=\s*(?:$|[^\w\s]|(?:on|to|in) (?:this|our|these)\b|on (?:\S+\s+){0,2}(?:articles|stories"
    r"|posts)\b|here\b|below\b|or\b|and\b))"
    r"|^\W*post(?:ing)? as\b",
    re.I,
)

MOD = re.compile(
    r"\b(?:removed|deleted|hidden|edited) by (?:a|an|the|our) (?:moderators?|editors?|admin)"
    r"|(?:^\W*|\b(?:our|read|see|view|check|review|follow|under|breach\w*|break\w*|violat\w*"
    r"|against|per)\s+(?:(?:the|our)\s+)?(?:\S+['’]s\s+)?(?:\w+\s+)?)(?:community|commenting"
    r"|comment|comments|posting|discussion|house|reader|readers'?|participation"
    r"|conversation)\s+(?:guidelines?|rules|standards|policy|code|faq|terms"
    r"|etiquette)\b(?:\s*(?:[:—–•|.!]|$|apply|applies|here|before|→|»))"
    r"|\bkeep it (?:civil|clean|kind|respectful|polite|on[- ]topic)\b(?=\s*(?:$|[^\w\s]|and\b"
    r"|please\b|folks\b|everyone\b|below\b|here\b|in the comments\b))"
    r"|\b(?:be|stay|keep|remain) (?:respectful|civil|courteous|kind|nice|polite"
    r"|on[- ]topic)\b.{0,30}\b(?:comment|commenting|posting|others|on[- ]topic|replies)\b"
    r"|\b(?:comments?|posts?|replies|contributions)\b.{0,30}\b(?:(?:will|may|can) be"
    r"|gets?) (?:removed|deleted|binned|hidden|blocked|reported|rejected|zapped)\b"
    r"|\b(?:new )?(?:comments|replies|posts|responses) (?:will|may|should) (?:appear|show up"
    r"|go live|be published|be visible)\b"
    r"|^\W*(?:flag|report|mark)\s+(?:(?:this|as|a)\s+)?(?:comment|reply|post|response|user|abuse"
    r"|inappropriate|spam|offensive|off-topic|spoiler)\b"
    r"|\b(?:report abuse|mute this user|block this user)\b"
    r"|\b(?:we|our (?:team|moderators|editors))\b.{0,25}\b(?:remove|delete|edit|reject|moderate"
    r"|hide)\w* (?:any|all|comments?|posts?|replies|contributions?)\b"
    r"|\b(?:moderators?|mods)\s+(?:are\s+|will be\s+|is\s+)?(?:back|catch(?:ing|es)? up|away"
    r"|offline|unavailable|reviewing (?:comments|posts|replies|messages))\b"
    r"|\bin the comments\b.{0,40}\b(?:will|may|would) be (?:removed|deleted|binned|hidden"
    r"|blocked)\b",
    re.I,
)
SINGLE = re.compile(r"^[^\w\s]*\s*(?:reply|respond)\W*$|^[^\w\s]+\s*(?:report|flag)\W*$", re.I)
# broad fallback: a comment-area noun plus reader-addressing / page-deictic language
NOUN2 = re.compile(
    r"\b(?:comment(?:s|ing|ers?)?|repl(?:y|ies)|threads?|conversation|discussion"
    r"|chat|mods|moderators?|moderation|contributions?|two cents|upvotes?"
    r"|downvotes?|commenting)\b",
    re.I,
)
SIGNAL2 = re.compile(
    r"\b(?:below|you|your|you['’](?:ve|re|ll)|we['’](?:ll|re)|please|thanks|sorry"
    r"|folks|guest)\b|\bour (?:mods|moderators|community|readers)\b"
    r"|\bin the (?:replies|comments|thread)\b|\bthis (?:thread|comment box"
    r"|comments section|comment section)\b",
    re.I,
)
PROPER = re.compile(r"(?<=[a-z,;] )(?-i:[A-Z][a-z]+)")
PAST = re.compile(
    r"\b(?:was|were|had|did|has been|have been|since|last|yesterday|ago)\b|\b(?:19"
    r"|20)\d\d\b",
    re.I,
)
WHQ = re.compile(r"^\W*(?:how|why|what|when|where|who|which|inside|tips?)\b", re.I)
AUXED = {"is", "are", "be", "been", "being", "get", "gets", "got", "now", "s", "was", "were"}


def bare_past(text: str) -> bool:
    """a finite past verb (-ed) not in a passive: narrative, not a notice"""
    toks = re.findall(r"[\w']+", text.lower())
    for i, t in enumerate(toks):
        if (
            len(t) > 4
            and t.endswith("ed")
            and i > 0
            and toks[i - 1] not in AUXED
            and not toks[i - 1].endswith("'ve")
            and not toks[i - 1].endswith("ly")
        ):
            return True
    return False


OFFLINE = re.compile(
    r"\b(?:(?:by|before|until) (?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|office|clerk|meetings?|sessions?"
    r"|events?|hall|consultations?|portal|surveys?|petitions?|ballots?|referendum"
    r"|questionnaire|drop-in|workshops?|hearings?|festival|exhibition|website"
    r"|form|e-?mail|email us|write to|letters?|by post|in person|deadline|vote"
    r"|voters|polls?)\b",
    re.I,
)
QUOTED = re.compile(r"^\W{0,2}[\"“‘'«]")

LIST = re.compile(
    r"^\W*(?:sort|order|filter)(?:\s+(?:comments|replies|responses|by))*\s*:?\s*(?:newest|oldest"
    r"|most|top|best|recent|popular|latest|hot)\b"
    r"|^\W*(?:newest|oldest|latest|most recent|most liked|most upvoted|top[- ]rated)\s*(?:comments"
    r"|replies|responses)?\s*(?:first)?\W*$"
    r"|^\W*(?:top|best|most popular|most liked)\s*(?:comments|replies|responses)\W*$"
    r"|^\W*(?:show|view|see|load|read|hide|expand|collapse|open|display|showing)\b(?:\s+(?:all"
    r"|more|\d[\d,]*|the|earlier|previous|further|older|newer|new|of|reader|readers'?"
    r"|other))*\s+(?:comments?|replies|responses|discussion|conversation|thread"
    r"|reactions)\b(?=\s*(?:$|[^\w\s:]|\(?\d|(?:on|in|to) this\b|below\b|here\b))",
    re.I,
)

ACTIONS = (
    r"(?:reply|replies|report|like|likes|agree|disagree|flag|share|respond|upvote|downvote"
    r"|recommend|quote|permalink|edit|delete|mute(?: this user)?|block(?: this user)?|follow)"
)
KEYACT = re.compile(r"\b(?:reply|report|flag|respond|upvote|mute|disagree)\b", re.I)
AGO = r"\d+\s*(?:h|m|d|w|hrs?|hours?|mins?|minutes?|days?|weeks?)\b(?:\s+ago)?"
ACTROW = re.compile(
    r"^[\W\d]*(?:" + ACTIONS + "|" + AGO + r")(?:[\W\d]+(?:" + AGO + "|" + ACTIONS + r"))+[\W\d]*$",
    re.I,
)

REACT = re.compile(
    r"[" + EMO + r"]\ufe0f?\s*(?:\d[\d,]*(?:\.\d+)?k?(?=\s*(?:[" + EMO + r"]|$"
    r"|[|·•]))"
    r"|[A-Za-z]+\s*\(\d+\))",
    re.I,
)

NARR = re.compile(
    r"\b(said|says|told|tells|announced|according|reported|reports|percent|per cent"
    r"|million|billion|declined|declines|refused|refuses|spokes(?:wo)?man"
    r"|spokesperson|journalists?|newspapers?|platforms?|lawmakers|ruled|study|survey"
    r"|police|minister|council|law|laws|bill|legislation|regulators?|government)\b|%"
    r"|,\s*(?:which|who|whose)\b",
    re.I,
)


def _shaped(line: str) -> bool:
    text = line.strip()
    w = len(text.split())
    if not text or w > 25:
        return False
    if NARR.search(text) or QUOTED.search(text):
        return False
    aw = len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text))
    if FOREIGN.search(text) and w <= FOREIGN_MAX_WORDS:
        return True
    if REACT.search(text) and len(REACT.findall(text)) >= 2:
        return True
    if aw <= 8 and (
        COUNT.search(text)
        or SINGLE.search(text)
        or (ACTROW.search(text) and KEYACT.search(text))
        or LIST.search(text)
        or HEAD.search(text)
    ):
        return True
    if STATE.search(text) or STATE2.search(text) or MOD.search(text) or LOGIN.search(text):
        return True
    if OFFLINE.search(text):
        return False
    if w <= 16 and CTA.search(text):
        return True
    if w <= 20 and CTA2.search(text):
        return True
    if (
        w <= 14
        and not WHQ.search(text)
        and not bare_past(text)
        and NOUN2.search(text)
        and SIGNAL2.search(text)
        and not PAST.search(text)
        and not PROPER.search(text)
        and not re.match(r"^[^:]{1,40}:\s+\w", text)
    ):
        return True
    return False


#: GATE: a line without a word of the comment section is none of its furniture (asked first,
#: in the line judge's Hyperscan pass).
GATE = re.compile(
    r"\b(?:comment\w*|replies|reply|repl(?:y|ied|ying)|moderat\w*|mods|conversation|discussion"
    r"|thread|debate|have your say|chime|weigh in|sound off|react\w*|thoughts|upvote\w*"
    r"|downvote\w*|community guidelines|house rules|comentarios?|comentários?|commentaires?"
    r"|commenti|kommentar\w*|reacties|sort(?:ed)? by|newest|oldest|most liked|top rated|responses"
    r"|respond|flag as|report abuse|mute this|community (?:rules|standards|code)|posting as guest"
    r"|post as guest|be the first|what do you think|your (?:take|view)|tell us what|let us know"
    r"|drop it below|takes on)\b",
    re.I,
)


#: Whether a line (at most 30 words) is furniture of this family: it holds a word of
#: :data:`GATE` and has one of the family's shapes.
is_notice = notice_test(GATE, _shaped)
