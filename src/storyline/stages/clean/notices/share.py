"""Broad family predicate for share and social widget furniture: the buttons, prompts,
tallies and states that pass the page on to someone else, keep it, or follow its outlet.

Families of shapes (each a structure, not a phrase list), on a short line:
  CALL    an imperative opening a clause, of a verb that passes a thing on (share, send,
          forward, post, pin, copy, gift, save ...), with a thing of the page (this, it,
          "the story", "the link") or a place it goes (on a network, to your feed, with a
          friend, to a read-later service), any verb with "this" or "it" and a person or
          a chat ("Slide this into the group chat"), a verb of throwing with a particle
          ("Fire it over"), or a prompt to tap to share or copy; a short label of a
          control's words only ("Pass it round"); a question standing for the call
          ("Know someone who'd love this?");
  COUNT   a tally made of figures and share nouns only ("2.4k shares · 88 reposts"),
          icons and figures only, or a count of readers who passed this on;
  STATE   what a control says once used: a link copied, "Sent!", "Thanks for sharing",
          "You shared this", the clipboard;
  LABEL   the name of the share controls ("Sharing options", "Share to…", "Direct link");
  ROW     a row of controls, each a few words led by a control's word ("[ Bookmark ]
          [ Gift ]"), a lead-in of sharing or following before a row of networks, or the
          networks' one-letter glyphs;
  FOLLOW  a call to follow the outlet on a network, to join its channel there, or to
          follow a topic or an author;
  FOREIGN a short line made of another European language's words of sharing, copying,
          printing or following, and of the page.
A guard against the language of news (reported speech, figures, markets, the past tense,
a third person, a heading that asks or explains) keeps article lines about social media,
sharing and shares: a call opens its clause and names the page, a headline has a subject
and a story of its own.
"""

from __future__ import annotations

import re
import unicodedata

from storyline.stages.clean.notices import lowercase_gate, notice_test

# ---------------------------------------------------------------- word classes
#: A clause opens: the line's start, or after a mark that parts controls or sentences
#: (not a comma, quote, bracket, hyphen or currency sign); patterns are for lowercase.
_OPENS = r"^|[^\w\s,'’\"“”&(%$£€#@-]\s*|\s-\s"
_CL = r"(?:" + _OPENS + r")[^\w\s]*\s*"
#: ...or after a comma when the line opens on a condition or a reader's liking ("If you
#: enjoyed this, pass it on").
_LEAD_RE = re.compile(
    r"^\W*(?:if (?:you|this|it|the)|enjoy(?:ed)?|like[ds]?|lov(?:e|ed)|found|know|think"
    r"|want|got|useful|helpful|interesting|worth)\b[^,.;:!?]{0,50},"
)
#: A polite or urging word before the imperative.
_PRE = r"(?:(?:please|now|go on|why not|just|so|then|and|or|also|quickly|do),? )?"
#: Networks and channels a story is sent over; the strict ones are never other words.
_NET_STRICT = (
    r"(?:facebook(?: messenger)?|fb|instagram|insta|twitter|tiktok|youtube|linkedin|whatsapp"
    r"|telegram|bluesky|mastodon|pinterest|snapchat|reddit|flipboard|tumblr|discord|viber"
    r"|wechat|weibo|kakao(?:talk)?|nextdoor|messenger|substack|google news|apple news"
    r"|truth social|imessage|threads|x \(formerly twitter\)|vk|sms|airdrop)"
)
_NET = r"(?:" + _NET_STRICT[3:-1] + r"|x|signal|line|e-?mail|mail|text(?: message)?|dms?)"
#: Read-later and note services a story is saved to.
_SERVICE = (
    r"(?:kindle|pocket|instapaper|evernote|notion|onenote|dropbox|google drive|readwise"
    r"|raindrop|matter|reading list|read later)"
)
#: Things of the page that are passed on.
_PAGE = (
    r"(?:stor(?:y|ies)|articles?|pieces?|posts?|pages?|links?|url|permalink|short ?link|report"
    r"|video|clip|episode|recipe|guide|review|thread|gallery|photos?|pictures?|images?|chart"
    r"|graphic|map|explainer|interview|column|feature|analysis|investigation|quiz|poll"
    r"|podcast|newsletter|update|bulletin|briefing|alert|dispatch|essay|op-ed|obituary|blog"
    r"|item|content|read|longread|live ?blog|highlights|results?|scores?|scorecard|standings"
    r"|table|forecast|infographic|visual|slideshow|quote|card|list|timeline|tips?|route"
    r"|puzzle|crossword|game|playlist|tracker|calculator|letter|edition|issue|digest|timestamp"
    r"|moment|section|paragraph|passage|chapter|segment|snippet|one)"
)
#: People and places a story goes to.
_WHO = (
    r"(?:(?:a|your|the|my|our|some|any|all|every) )?(?:(?:[\w'’-]+) ){0,2}?(?:friends?|mates?"
    r"|pals?|colleagues?|co-?workers?|family|neighbou?rs?|someone|somebody|anyone|anybody"
    r"|everyone|others|followers|feed|timeline|wall|story|stories|board|profile|network"
    r"|group(?: chat)?|chat|circle|contacts|inbox|phone|device|e-?reader|socials?"
    r"|social (?:media|networks?|feeds?|channels?)|team|crew|squad|club|class|mp|partner"
    r"|parents?|kids|children|grandparents?|fans?|boss|way|yourself|myself)"
)
#: The people alone, whom a story is texted or told to.
_PERSON = (
    r"(?:(?:a|your|my|our|some|any|all|every) )?(?:[\w'’-]+ )?(?:friends?|mates?|pals?"
    r"|colleagues?|co-?workers?|family|neighbou?rs?|someone|somebody|anyone|anybody|everyone"
    r"|followers|mp|partner|parents?|grandparents?|boss|team|group)"
)
_TARGET = (
    r"(?:on|to|via|with|by|through|over|in|into|onto|across|using|as)[\s:….]*?"
    r" (?:your |an? |the |my |our )?(?:" + _NET + r"\b|" + _SERVICE + r"\b|" + _WHO + r"\b)"
)
#: The end of a call: nothing, or marks (and a row of networks or controls after them).
_END = (
    r"(?=\s*(?:[^\w\s]*\s*$|[^\w\s,]+\s*(?:" + _NET + r"|share|send|copy|email|print|save"
    r"|yes|no|cancel|done|more|copied|free|\d)\b|(?:now|today|too|instead)\b))"
)
#: A thing of the page named without an article ("Share clip", "Email article link").
_BARE = (
    r"(?:story|article|page|piece|post|link|url|permalink|clip|video|quote|card|image"
    r"|graphic|chart|map|gallery|episode|recipe|snippet|highlight|photo|thread)"
)
#: What is handed on: this, it, or a thing of the page (a player's score or results).
_OBJ = (
    r"(?:(?:this|that|these|the|our|my|your|a) (?:[\w'’-]+ ){0,2}?" + _PAGE + r"|this|it|that"
    r"|(?:[\w'’-]+ )?"
    + _BARE
    + r"(?=\s*[^\w\s]|\s*$| (?:to|with|on|via|by)\b)|your (?:score|results?|streak|grid|stats"
    r"|answers|time|progress|badge|ranking))"
)

#: Verbs that pass the page on, sent, posted or republished.
_SEND_V = (
    r"(?:cite|share|re-?share|send|forward|e-?mail|mail|text|message|dm|whatsapp|beam|shoot|gift"
    r"|recommend|post|re-?post|tweet|re-?tweet|toot|skeet|pin|boost|flip|tag|embed|reblog"
    r"|crosspost|cross-post|airdrop|republish|reprint|syndicate|restack)"
)
#: Verbs that take a person straight after them ("Text a friend").
_TELL_V = r"(?:e-?mail|text|message|dm|whatsapp|send|tell|ping)"
#: Verbs that throw a thing over to someone ("Fire it over", "Ping this across").
_THROW_V = (
    r"(?:send|pass|fire|ping|flick|chuck|toss|throw|fling|beam|shoot|zap|whizz?|bounce|slide"
    r"|sling|lob|forward|share|spread|post|mail|text|e-?mail|pop|drop|kick|whisk|zip|shoot"
    r"|message|dm|whatsapp|ship|float|push)"
)
#: Verbs that keep the page.
_SAVE_V = r"(?:save|bookmark|print|clip|stash|pocket|add|keep|download|star|favou?rite|send)"
#: Verbs that take the link.
_COPY_V = r"(?:copy(?: (?:and|&) paste)?|grab|get|create|generate|make|paste)"

_CALL_BODY = (
    r"(?:"
    # share this / forward the match report / send it to a friend / post to your feed
    + _SEND_V
    + r" (?:"
    + _OBJ
    + r"(?: (?:[\w'’-]+ ){0,2}?"
    + _TARGET
    + r"|"
    + _END
    + r"| (?:along|around|on|forward|their way|for free|free|under)\b)|(?:"
    + _OBJ
    + r" )?as an? (?:gift|present|free read)\b|(?:this|these) (?:[\w'’-]+ ){0,2}?"
    + _PAGE
    + r"\b|(?:"
    + _OBJ
    + r" )?"
    + _TARGET
    + r")"
    # forward to a fellow frequent flyer
    + r"|(?:forward|share|e-?mail|text|message|dm|whatsapp) (?:it |this )?(?:to|with) (?:an?|your)"
    r" (?:[\w'’-]+ ){0,3}?[\w'’-]+"
    + _END
    # text a friend / email your MP this story
    + r"|"
    + _TELL_V
    + r" "
    + _PERSON
    + r"\b(?: (?:about )?(?:(?:this|the|our) (?:[\w'’-]+ )?"
    + _PAGE
    + r"|this|it|us))?"
    + _END
    # save this recipe for later / add to my saved stories / save to pocket
    + r"|"
    + _SAVE_V
    + r" (?:(?:this|that|the|it)(?: [\w'’-]+){0,2}? |"
    + _PAGE
    + r" )?(?:for later|for offline|to read (?:later|offline)|offline|to "
    + _SERVICE
    + r"|to (?:my|your) (?:[\w'’+-]+ ){0,3}?(?:list|library|queue|collection|folders?"
    r"|favou?rites|bookmarks|saves|saved|notebook|board|box|shelf|stories|articles|items"
    r"|reads))(?=\s*(?:[^\w\s]|$)|\s+(?:and|or|&)\s)"
    r"|"
    + _SAVE_V
    + r" (?:(?:this|the|our) (?:[\w'’-]+ )?"
    + _PAGE
    + r"|"
    + _BARE
    + r")"
    + _END
    + r"|(?:print|save|bookmark|stash|clip|pin|keep|star) (?:this|these) (?:[\w'’-]+ ){0,2}?"
    + _PAGE
    + r"\b|(?:download|save|export|get|print)(?: (?:it|this|the (?:[\w'’-]+ )?"
    + _PAGE
    + r"))? (?:as|in|to) (?:an? )?(?:pdf|e-?book|epub|print)\b"
    r"|(?:add|save|send) (?:it |this )?to (?:the |a )?(?:reading (?:list|queue)|queue"
    r"|bookmarks|favou?rites|read later|watchlist|collection)\b"
    r"|clip (?:&|and) (?:share|keep|save|send)\b"
    r"|(?:print|printer)[- ](?:friendly|ready|only) (?:version|page|copy|edition|layout)\b"
    # copy the short link / grab the URL
    + r"|"
    + _COPY_V
    + r" (?:(?:the|a|this|your|our|my) )?(?:[\w'’-]+ ){0,2}?(?:link|url|permalink|short ?link"
    r"|web address|embed code|share ?link|shareable link)(?: (?:to|for|of) (?:this|the)"
    r" (?:[\w'’-]+ )?"
    + _PAGE
    + r")?"
    + _END
    # fire it over / ping this across
    + r"|"
    + _THROW_V
    + r" (?:it|this|them|(?:this|the|our) (?:[\w'’-]+ )?"
    + _PAGE
    + r") (?:over|across|along|round|around|forward|on|off)\b(?: (?:(?:to|with|in|into) )?"
    + _WHO
    + r"\b)?"
    + _END
    # pass it on / spread the word
    + r"|pass (?:it|this|them|(?:this|the|our) (?:[\w'’-]+ )?"
    + _PAGE
    + r") (?:on|along|around|forward)\b"
    + _END
    + r"|spread the (?:word|love|news)"
    + _END
    # tap to share / press and hold to copy / use the share button
    + r"|(?:tap|click|press|hit|scan|swipe|touch)(?: and hold)?(?: (?:here|below|the \w+"
    r"|this|it|\W+ then))? (?:to|and|then)? ?(?:share|copy|send|save|forward|tweet|pin"
    r"|bookmark|email|gift|repost)\b"
    r"|use the (?:share|sharing|social|send|copy) (?:button|icon|menu|bar|link|tools?)\b"
    # give this story to someone / give a friend access / unlock this for a friend
    r"|give (?:this|the|our) (?:[\w'’-]+ )?" + _PAGE + r" to " + _WHO + r"\b"
    r"|(?:give|gift) (?:a|your) (?:friend|mate|colleague|loved one|someone) (?:(?:free|full"
    r"|unlimited) )*(?:access to|a free (?:read|copy) of) (?:this|the) (?:[\w'’-]+ )?"
    + _PAGE
    + r"|(?:unlock|open) (?:this|it|the (?:[\w'’-]+ )?"
    + _PAGE
    + r")(?: (?:[\w'’-]+ ){0,1}?"
    + _PAGE
    + r")? for (?:a |your )?(?:friend|mate|colleague|someone|anyone|loved one)s?\b"
    r")"
)
_CALL = re.compile(_CL + _PRE + _CALL_BODY)

#: Where a thing is put to pass it on, whatever the verb ("Slide this into the group chat").
_PASS_TO = (
    r"(?:friends?|mates?|pals?|colleagues?|co-?workers?|group ?chats?|chats?|feeds?|timeline"
    r"|followers|socials|contacts|inbox|someone|somebody|anyone|anybody|everyone|" + _NET_STRICT[3:]
)
#: Any imperative with this or it and such a place or person: the verb may be any word.
_ANY_VERB_CALL = re.compile(
    _CL
    + _PRE
    + r"(?!(?:this|it|that|the|a|an|he|she|they|we|i|you|there|here|what|who|how|why|when"
    r"|where|if|and|or|but|so|to|of|in|on|for|with)\b)[a-z][\w'’-]* (?:(?:this|it)(?: (?:[\w'’-]+"
    r" ){0,2}?" + _PAGE + r")?(?: (?:[\w'’-]+ ){0,1}?(?:to|with|into|in|on|onto|over to|along"
    r" to|across to|round to|around to|in front of|out to|under the nose of|among|amongst)"
    r" (?:your |a |the |my |our |all )?(?:[\w'’-]+ ){0,2}?" + _PASS_TO + r"\b)"
    r"|(?:a|your|some) (?:[\w'’-]+ )?(?:friends?|mates?|pals?|colleagues?) (?:in )?(?:on|about"
    r"|into) (?:this|it)\b)(?:\s+(?:who|that)\b[^.?!:;]*)?" + _END
)


#: A network's name anywhere in a line (no word bounds: a test that may say yes too often).
_NET_ANYWHERE_RE = re.compile(_NET_STRICT)


def _may_follow(text: str) -> bool:
    """False when :data:`_FOLLOW_RE` cannot match a lowercase line: each of its shapes
    names a network, "follow", or "find us" / "find me"."""
    return (
        "follow" in text
        or "find us" in text
        or "find me" in text
        or _NET_ANYWHERE_RE.search(text) is not None
    )


def _may_call_any_verb(text: str) -> bool:
    """False when :data:`_ANY_VERB_CALL` cannot match a lowercase line: it needs " this" or
    " it" after its verb, or a friend, mate, pal or colleague."""
    return (
        " this" in text
        or " it" in text
        or "friend" in text
        or "mate" in text
        or "pal" in text
        or "colleague" in text
    )


#: A question before a call, or standing for it: "Know someone who'd love this?"
_ASK_RE = re.compile(
    r"^\W*(?:(?:do you )?know|got|have you got)(?: of)? (?:someone|somebody|anyone|anybody|a"
    r" [\w'’-]+|friends|people)\b(?: [\w'’-]+){0,8}? (?:this|it|these)\s*\?\W*$"
    r"|^\W*who (?:else )?(?:needs|should|would|could|might|do you know|must|ought)(?: [\w'’-]+)"
    r"{0,4}? (?:see|read|hear|know about|get|have|watch|share|be reading|be seeing) (?:this"
    r"|it)\s*\?\W*$"
    r"|^\W*(?:enjoyed|liked|loved|like|love|enjoy|enjoying|liking)(?: reading)? (?:this|it"
    r"|(?:this|our|the) (?:[\w'’-]+ )?" + _PAGE + r")(?: (?:useful|helpful|interesting"
    r"|valuable|worthwhile))?\s*\?\W*$"
    r"|^\W*found (?:this|it|(?:this|our|the) (?:[\w'’-]+ )?" + _PAGE + r") (?:useful|helpful"
    r"|interesting|valuable|worthwhile)\s*\?\W*$"
    r"|^\W*worth (?:sharing|passing on|forwarding|a share)\s*\?\W*$"
)
_CALL_AFTER_LEAD = re.compile(r"\s*" + _PRE + _CALL_BODY)

#: A tally: figures and these words only ("2.4k shares · 88 reposts", "Shares 318").
_COUNT_WORDS = frozenset(
    "share shares shared sharing repost reposts reposted reshare reshares retweet retweets"
    " retweeted forward forwards forwarded pin pins pinned save saves saved send sends sent"
    " boost boosts boosted quote quotes like likes comment comments view views read reads"
    " reaction reactions reader readers people times total count so far k m x restack"
    " restacks reblog reblogs bookmark bookmarks gift gifts".split()
)
_COUNT_CORE_RE = re.compile(
    r"\b(?:shares?|shared|re-?posts?|reposted|re-?shares?|re-?tweets?|retweeted|forwards"
    r"|forwarded|pins|pinned|saves|boosts|boosted|sends|restacks?|reblogs?)\b"
)
_FIGURE_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: At most this many words make a tally.
COUNT_MAX_WORDS = 8
#: Readers who passed it on, or the story passed on so many times.
_PASSED_RE = re.compile(
    r"^\W*[\d.,]+\s?k?\+? (?:people|readers|others|of you|subscribers|members|users|friends"
    r"|fans|followers|listeners|viewers)(?: (?:have|has))? (?:already )?(?:(?:shared|re-?posted"
    r"|forwarded|sent|saved|pinned|bookmarked|gifted|recommended|re-?tweeted|boosted) (?:this"
    r"|it)|passed (?:this|it) on)\b"
    r"|^\W*(?:shared|re-?posted|forwarded|saved|bookmarked|recommended|pinned) by [\d.,]+\s?k?"
    r"\+? (?:people|readers|others|of you|subscribers|members|users|friends|fans|followers"
    r"|listeners|viewers)\W*$"
    r"|\b(?:this|the) (?:[\w'’-]+ )?(?:story|article|piece|post|page|report|video|episode"
    r"|recipe|guide) (?:has been|was|got|has) (?:shared|re-?posted|forwarded|saved|pinned"
    r"|sent|re-?tweeted|boosted) [\d.,]+\s?k?\+? times\W*$"
)

#: A control's state once used.
_STATE_RE = re.compile(
    r"(?:^|[^\w\s]\s*)[^\w\s]*\s*(?:(?:the|your|this|story|article|page|post|share|short"
    r"|share ?able)\s)?(?:link|url|permalink|short ?link|embed code)(?: (?:has been"
    r"|is|was))? (?:copied|saved|created|generated|ready|sent|shared)(?: to (?:the |your )?"
    r"clipboard)?\W*(?:$|[^\w\s]\s*\w)"
    r"|^\W*(?:copied|shared|sent|saved|added|bookmarked|pinned|reposted|forwarded|gifted"
    r"|done)(?: (?:the |your )?(?:link|url|to (?:the |your )?clipboard|to (?:your|my)"
    r" (?:[\w'’-]+ ){0,3}?(?:list|library|queue|collection|bookmarks|favou?rites|saves)))?"
    r"\s*[!✓✔☑.]+\s*(?:$|.*\b(?:you|your|link|friend|clipboard|list|undo|find it|library"
    r"|saved|bookmarks)\b)"
    r"|^\W*(?:bookmark|story|article|item|page|post|link|recipe|episode)s?\W+(?:added|removed"
    r"|saved|deleted|unsaved)\b(?=\W*(?:$|undo|find|see|view|saved|go to|to (?:your|my)\b))"
    r"|^\W*you(?:['’]ve| have)(?: got)? (?:\d+|one|two|three|four|five|six|seven|eight|nine"
    r"|ten)(?: of \d+)? (?:free )?(?:gift|gifted|share|shareable)(?:[\w-]+)?(?: (?:articles?"
    r"|links?|stories|reads|credits|tokens|unlocks))? (?:left|remaining)\b"
    r"|^\W*(?:gift|share|sharing) (?:credits|links|articles|stories|tokens|unlocks|reads)"
    r" (?:left|remaining)\b"
    r"|^\W*(?:copied|shared|sent|saved|added|bookmarked|reposted)(?: (?:the |your )?(?:link"
    r"|url|to (?:the |your )?clipboard))?\W*$"
    r"|\bthanks?(?: you)?(?: so much)? for (?:sharing|forwarding|re-?posting|passing (?:it"
    r"|this) on|spreading the word)(?: (?:(?:this|the|our) (?:[\w'’-]+ )?(?:"
    + _PAGE[3:-1]
    + r"|work|journalism|reporting)|this|it))?\W*$"
    r"|^\W*you(?:['’]ve| have)? (?:already )?(?:shared|sent|forwarded|gifted|saved"
    r"|bookmarked|re-?posted|pinned|re-?tweeted) (?:this|it)(?: (?:[\w'’-]+ )?" + _PAGE + r")?"
    r"\b(?!\s+(?:with|to|on|before|in|and|but|because|when))"
    r"|^\W*(?:preparing|creating|generating|making) (?:your |the )?(?:share|sharing|shareable)"
    r" (?:card|image|link|graphic|preview)\b|^\W*(?:share|sharing) (?:card|image|link|graphic)"
    r" (?:downloaded|saved|ready|created)\W*$"
    r"|\bclipboard\b"
)
#: A state line says little else.
STATE_MAX_WORDS = 12

#: The name of the share controls.
_LABEL_RE = re.compile(
    r"^\W*(?:(?:open|close|show|hide|toggle|more) )?(?:social )?(?:share|sharing|send|gift)"
    r"(?: (?:this|the) (?:[\w'’-]+ )?" + _PAGE + r")?"
    r" (?:options|menu|tools|panel|buttons?|icons?|sheet|dialog|bar|widget|link|url|via|with"
    r"|to|on|by qr(?: code)?|qr(?: code)?)\W*$"
    r"|^\W*(?:share|send|post|email|copy|scan)\W+(?:via|with|to|on)?\W*(?:…|\.\.\.)\W*$"
    r"|^\W*scan (?:to|and) share\W*$|^\W*(?:share|sharing|share this)\W*$"
    r"|^\W*sharing is caring\W*$"
    r"|^\W*(?:re-?share|re-?post|re-?tweet|restack|reblog|quote[- ]?post|cross-?post|bookmark"
    r"|embed|permalink|tweet|share|e-?mail)\W*(?:\d[\d.,]*[km]?)?\W*$"
    r"|^\W*(?:(?:direct|permanent|short|share|shareable|story|article|page|post) )?(?:link|url)"
    r"(?: (?:to|for) (?:this|the) (?:[\w'’-]+ )?" + _PAGE + r")?\W*$"
)

#: A short label of a control: a verb of these first ...
_LABEL_VERBS = frozenset(
    "share reshare re-share repost re-post retweet re-tweet tweet toot skeet send forward"
    " pass spread mail email e-mail text message dm whatsapp copy pin clip save bookmark gift"
    " embed cite recommend circulate heart highlight scan invite refer loop post boost flip"
    " tag reblog restack print download export add".split()
)
#: ... the words after it from these only ("Pass it round", "Share the joy", "QR code").
_LABEL_WORDS = _LABEL_VERBS | frozenset(
    "it this these them me us along on round around forward about the a an your my our to"
    " with via by in for and or now here later love joy news good word link url copy"
    " selection screenshot text headline quote highlight page story article friend friends"
    " mate mates someone everyone anyone feed board list collection library self share save"
    " print like image card pdf offline qr code away again too all".split()
)
#: Alone on its line, a verb must be one of these (not "Print", "Export" or "Gift").
_LONE_LABELS = frozenset(
    "share reshare re-share repost re-post retweet re-tweet tweet toot skeet forward email"
    " e-mail embed cite bookmark permalink reblog restack".split()
)
#: A label of a control has at most this many words.
LABEL_MAX_WORDS = 4


def _control_label(words: list[str]) -> bool:
    """A label of a control's words only, led by its verb: "Pass it round", "QR code"."""
    if not words or len(words) > LABEL_MAX_WORDS:
        return False
    if len(words) == 1:
        return words[0] in _LONE_LABELS
    if words[:2] == ["qr", "code"] or words[:2] == ["scan", "me"]:
        return len(words) == 2
    return words[0] in _LABEL_VERBS and all(word in _LABEL_WORDS for word in words[1:])


#: A call to follow the outlet on a network, or to join its channel there.
_FOLLOW_RE = re.compile(
    _CL
    + _PRE
    + r"(?:follow|find|catch|join|like|friend|add|connect with|keep up with|keep up to date"
    r" with|stay (?:connected|in touch|updated|up to date|tuned)(?: with)?|get (?:our|the"
    r" latest|breaking|more|all)\b(?: [\w'’-]+){0,3}?|hang out with|chat with)"
    r"(?: (?:us|me|our(?: [\w'’&.-]+){0,4}?|the(?: [\w'’&.-]+){1,3}?|@[\w.]+))?"
    r" (?:on|at|via|in|over on|across|through) (?:our |your )?" + _NET_STRICT + r"\b"
    r"|" + _CL + _PRE + r"(?:follow|keep up with|keep up to date with|find|stay (?:connected"
    r"|in touch|up to date) with)(?: [\w'’&.-]+){1,3}? (?:on|at|via|over on) "
    + _NET_STRICT
    + r"\b(?:(?:,| and| &| or)? "
    + _NET_STRICT
    + r"\b)*\W*(?:$|@|for\b|to\b)"
    r"|" + _CL + _PRE + r"(?:follow|join|subscribe to|get|add) (?:our|us on)"
    r" (?:[\w'’&.-]+ ){0,3}?" + _NET_STRICT + r" (?:channel|community|group|page|account"
    r"|broadcast|list|feed|alerts?)\b"
    r"|" + _CL + r"(?:follow|find) (?:us|me)\b(?: (?:on|at|via) [\w\s,&·|/]{0,40})?\s*(?:@"
    r"|[^\w\s]*\s*$)"
    r"|(?:^|[^\w\s]\s*)(?:we(?:['’]re| are)|find us|catch us|also) on " + _NET_STRICT + r"\b"
    r"|^\W*(?:\+\s*)?(?:follow|unfollow|following) (?:this )?(?:topic|author|writer"
    r"|journalist|reporter|columnist|tag|series|podcast|show|team|newsletter|desk|section"
    r"|channel)\W*$"
)

#: A lead-in of sharing or following, then a row of networks.
_ROW_LEAD_RE = re.compile(
    r"\b(?:share\w*|send|post|pass|spread|follow|find us|connect|socials?|tell|forward"
    r"|re-?post|e-?mail|copy|tweet|pin|gift|stay connected|keep up)\b"
)
_ROW_RE = re.compile(
    r"^(?P<lead>[^:→➜»▸|›⟶⇢>]{0,50}?)\s*[:→➜»▸|›⟶⇢>]+\s*[^\w\s]*\s*"
    r"(?:" + _NET + r")(?:\s*(?:[,·•|/]+|\s)\s*(?:or |and |& )?[^\w\s]*\s*"
    r"(?:" + _NET + r"|copy link|more))+\s*[^\w\s]*\s*$"
)
#: A control's first word: each part of a row of controls starts with one.
_CONTROL_WORDS = frozenset(
    "share send forward email e-mail print pdf save bookmark gift embed copy cite repost"
    " reshare restack quote like pin post download export flip pocket clip tweet text"
    " whatsapp facebook x linkedin reddit telegram bluesky threads mastodon sms link url"
    " permalink qr listen follow unfollow more reply report subscribe add queue".split()
)
_CONTROL_CORE = frozenset(
    "share send forward email e-mail save bookmark gift embed copy cite repost reshare"
    " restack pin tweet permalink qr export flip pocket".split()
)
#: Marks that part a row's controls (brackets, bars, bullets, icons).
_ROW_SPLIT_RE = re.compile(r"\s*(?:[|·•\[\]/]|\s{2,}|[^\w\s.,'’&+-](?=\s))\s*")
#: A row has at least this many parts, of at most this many words each.
ROW_MIN_PARTS = 2
ROW_PART_MAX_WORDS = 4
#: The networks' one-letter glyphs: "f  X  in  ✉".
_GLYPH = r"(?:f|x|𝕏|in|p|t|w|g\+|li|ig|yt|tg|wa|rd)"
_GLYPH_ROW_RE = re.compile(
    r"^\W*(?:(?:share|follow|connect|find)(?: (?:via|on|with|to|us|us on))?\W+)?"
    + _GLYPH
    + r"(?:[^\w.]+(?:"
    + _GLYPH[3:-1]
    + r"|e-?mail|sms))+[^\w.]*$"
)

#: Another language's words of sharing, copying, printing and following ...
_FOREIGN_VERBS = frozenset(
    "teilen teile teilt partager partagez partage compartir comparte compártelo compartilhar"
    " compartilhe partilhar partilhe condividi condividere deel delen dela udostępnij"
    " sdílet sdílejte paylaş jaa megosztás podijeli podeli distribuie bagikan kongsi shiriki"
    " comparteix reenviar enviar envoyer envoyez inviare invia versenden senden verstuur"
    " mailen drucken imprimer imprimir stampa merken speichern enregistrer guardar salva"
    " opslaan kopieren copier copiar copia kopieer kopiert copié copiado copiato gekopieerd"
    " folgen folge folgt suivez suivre retrouvez rejoignez síguenos siguenos seguici"
    " seguinos siga sigam segue volg følg följ obserwuj sledujte seuraa condivisione"
    " compartido partagé geteilt gedeeld siga-nos sigam-nos segue-nos suivez-nous"
    " retrouvez-nous rejoignez-nous".split()
)
#: ... and the words about them (the page, the networks, the little words).
_FOREIGN_WORDS = _FOREIGN_VERBS | frozenset(
    "sie diesen dieses den die das der artikel artikeln artikkeli článek beitrag seite jetzt"
    " auf per mit via cet cette ce la le les l sur par en avec vos amis ami esta este noticia"
    " notícia artículo artigo o a no na nas nos em redes sociales sociais sociaux réseaux"
    " medios por con un una amigo amiga amigos correo courriel email e-mail mail questo"
    " questa articolo notizia su il lo amico dit deze op met vrienden del de dem einem freund"
    " freunden link lien enlace article info nous uns ons os oss nas nás meitä us nos -nos"
    " artykuł artykuł saken sak i på och og und et y e ou oder of o instagram facebook"
    " whatsapp telegram x twitter linkedin threads bluesky tiktok youtube messenger signal"
    " sms viber reddit pinterest mastodon wechat line lien link".split()
)
#: A foreign label has at most this many words.
FOREIGN_MAX_WORDS = 9

# ---------------------------------------------------------------- guards
#: News language: speech reported, figures, markets, the past, institutions and people.
_NEWS_RE = re.compile(
    r"\b(?:said|says|say|told|tells|urged|urges|warned|warns|advised?|advises|according"
    r"|reported|reports"
    r"|announced|announces|claims?|claimed|percent|per cent|million|billion|bn|was|were|had"
    r"|has been|have been|would|could|did|after|amid|despite|because|while|ago|yesterday"
    r"|police|court|judge|minister|government|officials?|lawmakers|regulators?|investors?"
    r"|shareholders?|stocks?|prices?|markets?|dividends?|buy-?backs?|trading|traded|stake"
    r"|economy|profits?|revenue|sales?|ipo|ftse|nasdaq|dow|company|companies|firms?|banks?"
    r"|votes?|voters?|platforms?|users|accounts?|he|she|his|him|her|hers|herself|himself"
    r"|(?:19|20)\d\d|\d+(?:m|bn))\b|%|[\"“”]"
)
#: A heading that asks or explains ("How to share your location safely").
_HEADING_RE = re.compile(
    r"^\W*(?:how|why(?! not)|what|when|where|who|which|inside|explainer|analysis|opinion"
    r"|review|watch|live|listen|video|photos|gallery|revealed|exclusive)\b"
)
#: Words ending in "-ed" that are no finite past of a story ("shared", "followed" are).
_AUXED = frozenset(
    "is are be been being get gets got now s was were have has 've just already".split()
)
#: Before these a word in "-ed" is an adjective ("my saved stories").
_DETERMINERS = frozenset("the a an my your our this these that".split())
#: Words in "-ed" that are no past.
_NOT_PAST = frozenset("embed hundred sacred naked wicked kindred beloved".split())
#: Where the clause of a call ends: what follows a dash or a full stop is another control.
_CLAUSE_END_RE = re.compile(r"[.?!;|—–•·✓✔☑→➜▸»›⟶⇢↗⤴★☆]")


#: The words of a label ("e-mail" one word, "&" and "+" none).
_LABEL_TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
#: Where a sentence ends, and the fewest words of a sentence of the article before a
#: widget glued to it.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
GLUED_MIN_WORDS = 4
#: A note in brackets at the end of a line.
_TAIL_NOTE_RE = re.compile(r"\s*\([^()]*\)$")


def _bare_past(text: str) -> bool:
    """A finite past verb ("-ed", four letters or more before it) not after an auxiliary
    or a determiner: narrative, not a control. ``text`` in lowercase."""
    words = _WORD_RE.findall(text)
    for i, word in enumerate(words):
        if (
            len(word) > 4
            and word.endswith("ed")
            and i > 0
            and words[i - 1] not in _AUXED
            and words[i - 1] not in _DETERMINERS
            and not word.endswith("eed")
            and word not in _NOT_PAST
        ):
            return True
    return False


def _is_icon(char: str) -> bool:
    """A pictograph or an emoji's variation selector."""
    return char == "\ufe0f" or unicodedata.category(char) == "So"


def _icon_tally(text: str) -> bool:
    """A row of icons and figures only, two of each at least: "❤ 312 · 💬 48 · ↗ 29"."""
    icons = figures = 0
    for token in text.split():
        if _FIGURE_RE.match(token) and _ICON_FIGURE_RE.fullmatch(token):
            figures += 1
        elif all(_is_icon(char) or not char.isalnum() for char in token):
            icons += any(_is_icon(char) for char in token)
        else:
            return False
    return icons >= 2 and figures >= 2


_ICON_FIGURE_RE = re.compile(r"\d[\d.,]*[km]?\+?")


def _control_row(text: str) -> bool:
    """A row of controls: parts of a few words, each led by a control's word, one of them
    a word of sharing or keeping ("[ Bookmark ] [ Gift ] [ Embed code </> ]")."""
    parts = [part for part in _ROW_SPLIT_RE.split(text) if _WORD_RE.search(part)]
    if len(parts) < ROW_MIN_PARTS:
        return False
    core = False
    for part in parts:
        words = _WORD_RE.findall(part)
        if len(words) > ROW_PART_MAX_WORDS or words[0] not in _CONTROL_WORDS:
            return False
        core = core or words[0] in _CONTROL_CORE
    return core


def _foreign_label(words: list[str]) -> bool:
    """A label of another language's words of sharing and of the page only."""
    return (
        len(words) <= FOREIGN_MAX_WORDS
        and any(word in _FOREIGN_VERBS for word in words)
        and all(word in _FOREIGN_WORDS for word in words)
    )


#: A call, follow prompt or row has at most this many words.
CALL_MAX_WORDS = 25


def _shaped(line: str) -> bool:
    """Whether ``line`` has one of the family's shapes (see the module doc), under the
    guard against news."""
    text = line.strip().lower()
    words = text.split()
    count = len(words)
    if not words or count > CALL_MAX_WORDS:
        return False
    alpha = _WORD_RE.findall(text)
    # A tally of shares: figures and share nouns only, or icons and figures.
    if count <= COUNT_MAX_WORDS and _FIGURE_RE.search(text) is not None and "%" not in text:
        if _COUNT_CORE_RE.search(text) is not None and all(w in _COUNT_WORDS for w in alpha):
            return True
        if not alpha and _icon_tally(text):
            return True
    if text.endswith(")") and (bracket := _TAIL_NOTE_RE.search(text)) is not None:
        # A note in brackets after a control ("Print this page (ink-saver layout)").
        text = text[: bracket.start()]
        words = text.split()
        if not words:
            return False
    first = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
    if first != text and len(first.split()) >= GLUED_MIN_WORDS and _GATE.search(first) is None:
        # A sentence of the article with a widget glued to its end ("… every time. Click
        # To Tweet") is the article's: a widget speaks of the page from its start.
        return False
    news = _NEWS_RE.search(text) is not None
    if _PASSED_RE.search(text) is not None and not news:
        return True
    if count <= STATE_MAX_WORDS and _STATE_RE.search(text) is not None and not news:
        return True
    if not news and _ASK_RE.search(text) is not None:
        return True
    if news or _HEADING_RE.match(text) is not None:
        return False
    if (
        _LABEL_RE.search(text) is not None
        or _GLYPH_ROW_RE.match(text) is not None
        or _foreign_label(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.replace("’", " ")))
        or _control_row(text)
        or _control_label(_LABEL_TOKEN_RE.findall(text))
    ):
        return True
    row = _ROW_RE.search(text)
    if row is not None and (
        not row["lead"].strip() or _ROW_LEAD_RE.search(row["lead"]) is not None
    ):
        return True
    call = (
        _CALL.search(text)
        or (_may_follow(text) and _FOLLOW_RE.search(text))
        or (_may_call_any_verb(text) and _ANY_VERB_CALL.search(text))
        or None
    )
    if call is None and (lead := _LEAD_RE.match(text)) is not None:
        call = _CALL_AFTER_LEAD.match(text, lead.end())
    if call is None:
        return False
    # The call and its clause tell no story in the past ("Sent off" is no call, and
    # "Forward it to a friend who missed it" is news of a reader).
    clause = _CLAUSE_END_RE.split(text[call.start() :].lstrip(" \t.?!;|—–"), maxsplit=1)[0]
    return not _bare_past(clause)


#: GATE: a line without a word of sharing, saving, following or a network is none of this
#: furniture (asked first, in the line judge's Hyperscan pass). Common verbs ("send",
#: "post", "save") count only where a clause opens.
GATE = re.compile(
    r"\b(?:shar\w*|re-?share\w*|re-?post\w*|re-?tweet\w*|tweet\w*|toot|skeet|forward\w*"
    r"|gift\w*|clipboard|copied|permalink|url|links?|e-?mail\w*|whatsapp|bookmark\w*"
    r"|reblog\w*|crosspost|cross-post|airdrop|boost\w*|pinned|pins|saves|sends|socials"
    r"|embed\w*|restack\w*|republish|reprint|pdf|qr|cite|pocket|instapaper|kindle"
    r"|print\w*|passed (?:this|it) on"
    r"|facebook|fb|instagram|insta|twitter|tiktok|youtube|linkedin|telegram|bluesky|mastodon"
    r"|pinterest|snapchat|reddit|flipboard|tumblr|discord|viber|wechat|weibo|kakao\w*"
    r"|nextdoor|messenger|substack|google news|apple news|truth social|imessage|threads|vk|sms"
    r"|teil\w*|partag\w*|compart\w*|partilh\w*|condivi\w*|deel|delen|dela|udostępnij|sdíle\w*"
    r"|paylaş|jaa|megosztás|podijeli|podeli|distribuie|bagikan|kongsi|shiriki|reenviar"
    r"|envia\w*|envoy\w*|invia\w*|versenden|senden|verstuur|mailen|drucken|imprimer|imprimir"
    r"|stampa|merken|speichern|enregistrer|guardar|salva|opslaan|kopier\w*|copier|copiar"
    r"|copia|kopieer|kopiert|copié|copiado|copiato|gekopieerd|geteilt|gedeeld|folg\w*|suivez"
    r"|suivre|retrouvez|rejoignez|síguenos|siguenos|seguici|seguinos|siga|sigam|segue|volg"
    r"|følg|följ|obserwuj|sledujte|seuraa)\b"
    # a clause opening (as _CL does, or after a comma, as after _LEAD_RE) on a common verb
    r"|(?:" + _OPENS + r"|,\s*)[^\w\s]*\s*" + _PRE + r"(?:send|sent|text|message|dm|beam|shoot"
    r"|recommend|post|pin|flip|tag|save|saved|print|clip|stash|add|added|keep|download"
    r"|star|favou?rite|copy|pass|spread|tap|click|press|hit|scan|swipe|touch|tell|give"
    r"|unlock|follow|unfollow|following|find|done|ping|fire|flick|chuck|toss|throw|fling|zap"
    r"|whizz?|bounce|slide|sling|lob|pop|drop|kick|whisk|zip|ship|float|push|export|invite"
    r"|refer|circulate|heart|highlight|loop|mail|cite)\b"
    r"|\b(?:friends?|mates?|pals?|colleagues?|co-?workers?|group ?chats?|chats?|feeds?|timeline"
    r"|followers|contacts|inbox|someone|somebody|anyone|anybody|everyone|qr)\b"
    r"|\byou(?:['’]ve| have)?(?: already)? (?:sent|saved|pinned)\b"
    r"|\b(?:know|got)(?: of)? (?:someone|somebody|anyone|anybody|an?|friends|people)\b"
    r"|\bwho (?:else )?(?:needs|should|would|could|might|do you know|must|ought)\b"
    r"|\b(?:enjoyed|liked|loved|like|love|enjoy|enjoying|liking|found)(?: reading)? (?:this|it"
    r"|our|the)\b|\bworth (?:sharing|passing|forwarding|a share)\b"
    r"|^\W*(?:f|x|in|p|t|w|li|ig|yt|tg|wa|rd)\W+(?:f|x|in|p|t|w|g|li|ig|yt|tg|wa|rd|e-?mail"
    r"|sms)\b|[^\x00-\x7f]\s+\d|\d\s+[^\x00-\x7f]",
    re.I,
)


#: :data:`GATE` for a line in lowercase (see :func:`.lowercase_gate`).
_GATE = lowercase_gate(GATE)
#: Whether a line (at most 25 words) is furniture of this family: it holds a word of
#: :data:`GATE` and has one of the family's shapes.
is_notice = notice_test(GATE, _shaped)
