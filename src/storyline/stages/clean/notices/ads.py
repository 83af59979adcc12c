"""Broad family predicate for advertising furniture: ad labels and slots, sponsors' and
partners' credits, commercial disclosures, ad-free and advertise-with-us offers, ad
controls.

Families of shapes (each a structure, not a phrase list), under a guard against the
language of news (reported speech, figures, third-person headlines):
  SLOT      the page tells the reader where the story goes on: a page noun that continues,
            resumes or picks up below / after an ad, a break or a message ("Text resumes
            beneath the promotion"), "keep scrolling for the rest", "more after this ad";
  CONTROL   the ad's own buttons and states: report / hide / close / skip this ad, "about
            this ad", ad settings and feedback, a countdown, "video plays after the ad";
  LABEL     a short line made only of the words of ad labels ("Commercial feature",
            "Advertising supplement", "Partner story"), segments of which may be a
            sponsor's capitalised name; a label before a teaser ("Sponsored: 7 ways to
            ..."); a bracketed label ("Listings (paid)", "[ad]", "#ad");
  CREDIT    a credit to a sponsor or partner: a credit verb (sponsored, presented,
            supported, underwritten, made possible, in collaboration with ...) from the
            line's start or after a page noun ("This series is underwritten by"), then a
            capitalised name or "our sponsors" and nothing of a sentence after it;
  DISCLOSE  commercial disclosures: affiliate links and commissions addressed to the
            reader, loaned / gifted / supplied products and hosted trips named with the
            page or its reviewer, pieces made with support from a brand or by the
            publisher's brand studio, editorial independence from sponsors ("they had no
            say"), "we take no advertising", picks selected independently, prices or odds
            correct at the time of publishing, third-party content, a betting offer's
            small print, the page saying it is sponsored;
  OFFER     ad-free offers addressed to the reader, calls to advertise or sponsor, and
            notes that ads keep the site going;
  FOREIGN   the same labels and slot notes in other languages, on a short line.
"""

import re

from storyline.stages.clean.notices import notice_test

# ---------------------------------------------------------------- word classes
AD = (
    r"(?:ads?|adverts?|advertisements?|advertising|advertorials?|commercials?|sponsors?"
    r"|sponsor(?:ed|ship) (?:message|content|slot|segment|break)|promotions?|promos?"
    r"|(?:paid|sponsored|partner|promotional) (?:message|content|slot|placement|segment))"
)
#: what the page calls itself: the thing that goes on after an ad
PAGE = (
    r"(?:story|stories|article|text|content|feature|report|piece|post|reading|page|news|column"
    r"|interview|review|coverage|item|episode|programme|program|video|show|newsletter|briefing"
    r"|analysis|essay|guide|recipe|list|gallery|blog|update|dispatch|letter|profile|transcript"
    r"|podcast|segment|series|section|supplement|edition|bulletin|slideshow|explainer|feed)"
)
#: a page noun a credit or disclosure may name ("this series is underwritten by")
OWN = (
    r"(?:this|these|today'?s|tonight'?s|the following|our|this week'?s|this month'?s)\s+"
    r"(?:[\w'-]+\s+){0,2}?" + PAGE + r"s?"
)
#: a sponsor's name: capitalised words (with "the", "of", "&", "Co.", "Ltd" ...), on the
#: line as written
NAME = (
    r"(?:(?:the|The|THE)\s+)?(?:[A-Z0-9][\w'’.&+-]*|&)(?:\s+(?:[A-Z0-9][\w'’.&+-]*|&|and"
    r"|of|for|de|du|la|le|del|da|van|von|the|on|in|y|et|und)){0,7}"
)
#: a sponsor by role, not by name
ROLE = (
    r"(?:(?:our|a|an|the|this|these|its|their)\s+)?(?:[\w'-]+\s+)?(?:sponsors?|partners?"
    r"|advertisers?|clients?|brand partners?|commercial partners?|funders?|supporters?"
    r"|underwriters?|friends at [\w&'’ .-]{1,30})"
)

# ---------------------------------------------------------------- guards
#: the language of news: reported speech, figures, the past of a story, third persons
NEWS = re.compile(
    r"\b(?:said|says|(?<!no )(?<!editorial )(?<!a )(?<!any )say|told|tells|telling|announced"
    r"|announces|according|reportedly|claims?"
    r"|claimed|alleged\w*|accused|admitted|insist\w*|argue[sd]?|warn\w*|vows?|vowed|urge[sd]?"
    r"|denied|denies|confirmed|percent|per cent|million|billion|bn|police|court|judge|jury"
    r"|jailed|fined|fines|banned|bans|sued|sues|ruled|rules? that|regulators?|watchdog"
    r"|ministers?|minister'?s|government|lawmakers?|mps|council|councill?ors|prosecutors?"
    r"|investigat\w+|inquiry|probe|scandal|fraud\w*|row|backlash|outrage|boycott\w*"
    r"|last (?:week|month|year|season)|yesterday|analysts?|experts?|critics?|campaigners?"
    r"|protest\w*|launch(?:es|ed)|unveil(?:s|ed)|pulls? out|pulled|quit|quits|drops|dropped"
    r"|ditch(?:es|ed)|axe[sd]|scrap(?:s|ped)|signs|signed|renew(?:s|ed)|extend(?:s|ed)"
    r"|raise[sd]|rais(?:es|ing)|rose|fell|falls|soar\w*|slump\w*|plunge\w*|surge[sd]?"
    r"|spent|spend(?:s|ing)|revenue|revenues|profits?|shares|market|industry|deal|deals"
    r"|contracts?|bid|taxpayers?|voters?|ban|law|laws|bill|rules)\b"
    r"|(?<!100)%|[$€£¥₹]\s?\d[\d.,]*\s?(?:m|bn|k)\b|\b(?:19|20)\d\d\b"
)
#: a clause goes on after a name or credit: "Presented by the mayor, the plan ..."
CLAUSE_ON = re.compile(r",\s+(?!(?:inc|ltd|llc|plc|co)\b)[a-z]")
QUOTED = re.compile(r"^\W{0,2}[\"“‘'«]")

# ---------------------------------------------------------------- SLOT
SLOT = re.compile(
    # "story continues below", "the report picks up again after this message"
    r"(?:^|[·•|—–:▸›»-]\s*)\W*(?:the\s+|our\s+|this\s+)?(?:[\w'-]+\s+)?" + PAGE + r"\s+"
    r"(?:continues|resumes|carries on|goes on|picks up|follows|continued|keeps going|is below"
    r"|starts|begins|restarts|returns)(?:\s+again)?\s+"
    r"(?:(?:below|beneath|underneath|further down|lower down|down the page|(?=[↓⬇▼▾]))"
    r"(?:\s+(?:the|this|these|our)\s+(?:[\w-]+\s+)?" + AD + r"\b|\s+(?:them|it)\b)?\W*$"
    r"|(?:after|past|following|behind|under|beneath|below|underneath|beyond)\s+(?:the\s+|this"
    r"\s+|these\s+|a\s+|our\s+|a few\s+|a short\s+|one\s+)?(?:short\s+|brief\s+|quick\s+"
    r"|sponsored\s+|paid\s+)?(?:" + AD + r"|messages?|breaks?|interruption|word|words"
    r"|slots?|spots?|space|placements?|units?|panel|box)s?\b|after (?:this|these|that)\W*$)"
    # "keep scrolling for the rest of the story", "scroll down to keep reading"
    r"|^\W*(?:story|article|text|feature|report|piece|content)\s+(?:continues|resumes)\W*$"
    r"|^\W*(?:end of|ends?)\s+(?:the\s+|this\s+)?(?:ad|advert|advertisement|advertising"
    r"|sponsored (?:content|section|message|feature)|promotion|commercial break)\b\W*$"
    r"|^\W*(?:ad|advert|advertisement|sponsored content|promotion)\s+(?:ends|over|finished"
    r"|loading|is loading|will load here|placeholder)\W*$"
    r"|^\W*(?:loading|fetching)\s+(?:the\s+)?(?:ad|advert|advertisement|sponsored content)\b"
    r"\W*$"
    r"|^\W*(?:please\s+)?(?:keep\s+)?scroll(?:ing)?\s+(?:down\s+|on\s+|past\s+(?:the\s+|this\s+)?"
    + AD
    + r"\s+)?(?:to|for)\s+(?:keep reading|continue|read on|carry on|the rest|resume"
    r"|the (?:full )?(?:story|article|rest))\b[^.?!]{0,30}$"
    # "more after this message", "back to the story after the break"
    r"|^\W*(?:more|back(?: to the " + PAGE + r")?|we(?:'ll| will) be (?:right )?back)\s+"
    r"(?:right\s+)?after\s+(?:this|these|the|a)\s+(?:short\s+|brief\s+)?(?:" + AD + r"|messages?"
    r"|breaks?|word from)\b"
    r"|^\W*(?:continue|keep|carry on|resume)\s+(?:reading|scrolling)\s+(?:(?:after|past"
    r"|beneath|underneath|beyond|below)\s+(?:the|this)\s+" + AD + r"\b|(?:below|beneath"
    r"|underneath|down)\W*$)"
)

# ---------------------------------------------------------------- CONTROL
CONTROL = re.compile(
    r"^\W*(?:report|hide|close|skip|mute|dismiss|block|flag|rate|stop seeing|not interested in"
    r"|see fewer|see less|why (?:this|am i seeing this|do i see this|are you seeing this)"
    r"|about|more about|feedback on|tell us about|rate this)\s+(?:(?:this|the|these|that)\s+)?"
    r"(?:" + AD + r"|sponsored (?:post|content|result|link)s?)\b\W*(?:\?\W*)?$"
    r"|^\W*(?:was|is) (?:this|the) " + AD + r" (?:relevant|useful|helpful|annoying"
    r"|too loud|inappropriate|offensive|repetitive)\b"
    r"|^\W*(?:ad|advert|advertisement|sponsored|promoted)\s*(?:feedback|info|information"
    r"|details|settings|preferences|options|controls|choices|label|id|menu)\b\W*$"
    r"|^\W*(?:ad|advert|advertisement|sponsored)\s*(?:\d+\s*(?:of|/)\s*\d+)?\s*[·•|:-]?\s*"
    r"(?:\d{1,2}:\d\d|skip(?: ad)? in \d+(?:\s*s(?:ec\w*)?)?)\W*(?:skip.{0,15})?$"
    r"|^\W*skip(?: ad)? in \d+\s*(?:s|sec|secs|seconds)?\W*$"
    r"|^(?=.*\bthis (?:ad|advert|advertisement|sponsored (?:post|result|link|listing))\b)"
    r"(?=.*\b(?:report|hide|close|skip|dismiss|rate|why|about|feedback|relevant|helpful"
    r"|annoying|interested|see|seeing|stop|block|mute|remove|flag|dislike|thumbs|tell us"
    r"|what you think)\b)(?!.{80})"
    r"|^\W*why (?:do|am|are|would) (?:i|you|we) (?:see|seeing|getting|get) (?:these |this |an? )?"
    r"(?:ads?|adverts?|advertisements?|sponsored \w+)\b"
    r"|^\W*(?:this|the) (?:ad|advert|advertisement) (?:has been|was|is) (?:removed|closed"
    r"|hidden|reported|blocked|skipped|dismissed)\W*$"
    r"|^\W*(?:ad|advert)\s+\d+\s+of\s+\d+\b.{0,15}$"
    r"|^\W*(?:your |the )?(?:video|clip|content|story|stream|programme|program|show|article)"
    r" (?:will |is about to |)(?:play|start|begin|resume|load|continue)s?(?: shortly)? after"
    r" (?:this|the|a|a short|one) (?:short |brief )?(?:" + AD + r"|message|break)\b"
)

# ---------------------------------------------------------------- LABEL
#: the words of ad labels (lowercase): a line of these, with a signal, is a label
LABEL_WORDS = frozenset(
    """
    ad ads advert adverts advertisement advertisements advertising advertiser advertisers
    advertorial advertorials sponsor sponsors sponsored sponsorship sponsoring partner partners
    partnership partnerships partnered paid promoted promotion promotional promo promos
    commercial commercials branded brand brands studio marketing native affiliate affiliates
    supplement supplements special feature features content contents post posts story stories
    article articles piece pieces listing listings link links placement placements message
    messages spotlight offer offers deal deals section column segment slot spot space unit
    collaboration collaborations collab presentation word words break breaks showcase corner
    profile result results
    item items product products pick picks video from by with for in of and or the a an this
    these our your to at on presented brought you supported underwritten powered made possible
    produced created written prepared published hosted proudly official featured exclusive
    reader readers special info information disclosure disclosures label note notice
    notification inside below above here more see view learn why what is this
    association conjunction cooperation presents presenting title headline principal premier
    lead founding gold silver platinum bronze associate associates friend friends supporter
    supporters funder funders funded underwriter underwriters underwriting client clients
    recommended suggested selected picked curated top around web network internet elsewhere
    sale sales shop shopping buy sponsorships announcement search searches press release
    releases house
    """.split()
)
#: a signal of the ad world a label must carry
LABEL_STRONG = re.compile(
    r"\b(?:ads?|adverts?|advertisements?|advertising|advertisers?|advertorials?|sponsor\w*"
    r"|paid|promoted|promotional|promo|affiliate|branded|commercial (?:feature|content|message"
    r"|partner\w*|supplement|post|story|section|offer)s?|brand (?:partner\w*|content|studio"
    r"|story|feature|collaboration)s?|native|marketing (?:content|feature|message)"
    r"|(?:partner|partners'?)\s+(?:content|stor(?:y|ies)|posts?|offers?|features?|messages?"
    r"|articles?|spotlight|listings?|links?|deals?|pieces?)|(?:presented|underwritten"
    r"|brought to you) by|in (?:association|collaboration|conjunction|cooperation) with"
    r"|from our partners?|featured partners?|partnership|(?:commercial|ad|advert) breaks?"
    r"|our (?:[\w-]+ )?partners?|(?:official|media|event|broadcast|proud|presenting|title)"
    r" (?:[\w-]+ )?(?:partner|sponsor|supporter)s?)\b"
)
#: single words too often a news subhead to be a label alone
LABEL_ALONE_NOT = frozenset(
    "promotion promotions promo commercial commercials partner partners partnership sponsorship"
    " sponsors paid brand branded marketing native affiliate".split()
)
SEGMENT_SPLIT = re.compile(r"\s*(?:[|·•—–:▸›»→↓⟶➜/]|\s-\s|\(|\)|\[|\]|ⓘ|✕)\s*")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\w.,:/]*|[&+#]")
NAME_INTRO = re.compile(r"\b(?:by|from|with|for|of)\s+(?=(?:the\s+)?[A-Z0-9])")
NAME_TAIL = re.compile(
    r"(?:the\s+|The\s+)?(?:[A-Z0-9][\w'’.&+-]*|&|and|of|de|du|la|del|da|van|von)"
    r"(?:\s+(?:[A-Z0-9][\w'’.&+-]*|&|and|of|for|de|du|la|le|del|da|van|von|the|on|y|et|und))"
    r"{0,6}\W*"
)
#: a label before a teaser: "Sponsored: 7 ways to ...", "AD | These sneakers ..."
TEASER_SEP = r"(?:\s*[:|·•▸›»→—–-]\s*|\s+(?=[\U0001f300-\U0001faff\u2600-\u27bf]))\W*\w"
TEASER = re.compile(
    r"^\W*(?:sponsored|advertisement|advertorial|paid post|paid content|paid partnership"
    r"|partner content|#ad|sponsored content|advertiser content|sponsored post|paid promotion"
    r"|reader offers?|readers'? offers?|special offer for readers|offer for (?:our )?readers"
    r"|advertising feature|promoted content)" + TEASER_SEP
)
#: a label that is also a word of news ("Promotion: ..."), before a teaser: under the guard
WEAK_TEASER = re.compile(r"^\W*(?:promoted|advertising|ad|advert|promotion|promo)" + TEASER_SEP)
BRACKET_LABEL = re.compile(
    r"[\(\[]\s*(?:paid|sponsored|ad|ads|advert|advertisement|advertising|promoted|promotion"
    r"|partner|affiliate(?: links?)?|paid (?:listing|placement|partnership|link)s?|sponsored"
    r" (?:listing|link|result)s?)\s*[\)\]]|(?:^|\s)#(?:ad|sponsored|spon|paid|advert"
    r"|gifted|affiliate|partner)\b"
)


def _is_name(segment: str) -> bool:
    """A segment that is a sponsor's capitalised name (at most seven words)."""
    return 0 < len(segment.split()) <= 7 and NAME_TAIL.fullmatch(segment) is not None


def _label_segment(segment: str) -> bool:
    """A segment made of label words, perhaps with a name after by / from / with / for."""
    m = NAME_INTRO.search(segment)
    if m is not None and _is_name(segment[m.end() :]):
        segment = segment[: m.start() + len(m.group().split()[0])]
    words = WORD.findall(segment.lower())
    return bool(words) and all(
        w in LABEL_WORDS or w.isdigit() or w in "&+#" or w.strip("#") in LABEL_WORDS for w in words
    )


def _is_label(text: str, low: str, w: int) -> bool:
    if w > 12 or LABEL_STRONG.search(low) is None:
        return False
    if w == 1 and low.strip(" .:!-—–|·•()[]") in LABEL_ALONE_NOT:
        return False
    segments = [s for s in SEGMENT_SPLIT.split(text) if s and re.search(r"\w", s)]
    if not segments:
        return False
    labelled = False
    for segment in segments:
        if _label_segment(segment):
            labelled = labelled or LABEL_STRONG.search(segment.lower()) is not None
            continue
        if _is_name(segment) and len(segments) > 1:
            continue
        if CONTROL.search(segment) or SLOT.search(segment.lower()):
            continue
        return False
    if not labelled:
        return False
    # a bare two-word pair of label words that reads as a subhead ("Commercial partners",
    # "Sponsorship deals") needs a word only a label has
    return (
        w > 2
        or re.search(
            r"\b(?:ad|ads|advert|adverts|advertisement|advertising|advertorial|sponsored"
            r"|promoted|paid|content|post|feature|message|offer|offers|link|links|listing"
            r"|listings|slot|spot|placement|supplement|studio|spotlight|story|article"
            r"|collaboration|collab|disclosure)\b",
            low,
        )
        is not None
    )


# ---------------------------------------------------------------- CREDIT
#: a service of the page a sponsor may put its name to
SERVICE = (
    r"(?:forecasts?|weather|traffic|travel|results|scores|puzzles?|crosswords?|quiz(?:zes)?"
    r"|sudoku|games?|updates|alerts|service|table|listings|map|tracker|feeds?|streams?|odds"
    r"|tips|predictions|playlist|countdown|ticker|round-?up|roundup|digest|hour|minute"
    r"|desk|corner|zone|hub|spotlight|pages?|coverage|section|series|guide|broadcast"
    r"|bulletin|report|segment|edition|show|episode|podcast|newsletter|briefing|live blog"
    r"|competition|giveaway|prize draw|contest|sweepstakes?|quiz night|webinar)"
)
#: the page or a service of it, as the subject of a credit: "This week's puzzle is
#: sponsored by ...", "Weather updates in association with ..." (not "The report was
#: funded by ...": that is a report of the news)
SUBJECT = (
    r"(?:(?:this|these|today'?s|tonight'?s|the following|our|this week'?s|this month'?s"
    r"|this year'?s|each|every)\s+(?:[\w'-]+\s+){0,2}?(?:" + PAGE + r"|" + SERVICE + r")s?"
    r"|(?:[\w'-]+\s+)?(?:" + PAGE + r"|" + SERVICE + r")s?|it)"
)
#: verbs of credit that only a sponsor's credit uses
STRONG_CREDIT = (
    r"(?:(?:proudly |kindly |generously |exclusively |also )?(?:sponsored|presented"
    r"|underwritten|brought to you|made possible|co-?sponsored)"
    r"(?:\s+(?:in (?:association|partnership|collaboration|conjunction|cooperation) with"
    r"|with (?:the )?(?:generous |kind )?(?:support|help|backing|funding|assistance"
    r"|sponsorship|cooperation) (?:of|from)|thanks to|through (?:a )?(?:grant|partnership"
    r"|support) (?:from|with|of)|by|with))"
    r"|(?:is |was |are )?(?:produced |published |made )?(?:as )?(?:part of |the result of )?an?"
    r" (?:editorial |media |content |reporting |paid )?(?:partnership|collaboration) (?:with"
    r"|between [\w' -]{1,30} and)"
    r"|(?:produced |created |made |brought to you |published |presented )?in (?:association"
    r"|partnership|collaboration|conjunction|cooperation) with"
    r"|with (?:the )?(?:generous |kind )?(?:support|backing|funding|sponsorship) (?:of|from)"
    r"|(?:with )?(?:many )?thanks to (?:our )?(?:\w+ )?(?:sponsors?|partners?|supporters?)"
    r"(?:,)?|sponsor(?:ed)? by"
    r"|(?:official|presenting|title|headline|principal|lead|founding|premier|proud|media"
    r"|broadcast|event|exclusive|naming)(?: [\w-]+)? (?:sponsor|partner|supporter)s?"
    r"(?: of (?:this|the) [\w' -]{1,30})?\s*[:—–-]"
    r"|(?:official|presenting|title|headline|principal|proud|media|naming)(?: [\w-]+)?"
    r" (?:sponsor|partner|supporter)s? of)"
)
#: verbs of credit that news of a study, a plan or a person uses too
LOOSE_CREDIT = (
    r"(?:(?:proudly |kindly |generously |also )?(?:supported|funded|backed|hosted|offered"
    r"|delivered|produced|created|developed|made|written|published|curated|prepared"
    r"|commissioned|paid for|powered|brought))"
    r"(?:\s+(?:with (?:the )?(?:generous |kind )?(?:support|help|backing|funding|assistance)"
    r" (?:of|from)|thanks to|through (?:a )?(?:grant|partnership) (?:from|with)|by|with|for"
    r"|on behalf of))"
)
CREDIT = re.compile(
    r"^\W*(?i:(?P<own>" + SUBJECT + r")\s+(?:(?:is|are|was|were|has been|have been|comes"
    r"|come|is being|are being)\s+)?(?:(?:kindly|proudly|generously)\s+)?)?"
    r"(?i:(?P<strong>" + STRONG_CREDIT + r")|(?P<loose>" + LOOSE_CREDIT + r"))"
    r"\s+(?P<who>" + NAME + r"|(?i:" + ROLE + r"))"
    r"(?P<tail>\W*$|\s*[|·•—–(\[]\s*[^.?!]{0,60}$)"
)
#: the determiners that make a subject the page's own ("this", "today's", "our")
DEICTIC_SUBJECT = re.compile(
    r"\W*(?:this|these|today'?s|tonight'?s|the following|our|this week'?s|this month'?s"
    r"|this year'?s|each|every|it)\b",
    re.I,
)
FIRM = re.compile(
    r"\b(?:co|corp|inc|ltd|llc|plc|gmbh|ag|sa|group|bank|motors|holdings|insurance|foundation"
    r"|trust|fund|council|society|union|partners|studio|studios|labs?|media|energy|telecom"
    r"|airlines?|airways|resorts?|hotels?|tourism|travel|brewing|brewery|wines?|foods?"
    r"|farms?|supplies|solutions|capital|finance|financial|realty|homes|group|company|brands?"
    r"|board|institute|association|network|coffee|mills?|dairy|credit|savings|building"
    r"|industries|technologies|tech|systems|services|cars|auto|electric|power|gas|rail|air"
    r"|pharma\w*|health(?:care)?|beauty|skincare|outdoors?|gear|tyres|tires|sports|cafe|café)"
    r"\b|&"
)

#: the advertiser's makers in the publisher's house: "our brand studio", "the partnerships
#: team", "Lotus Wire Creative Lab"
BRAND_TEAM = re.compile(
    r"\b(?:brand(?:ed)?|content|creative|partner|partnerships?|commercial|advertising|sales"
    r"|custom|sponsored|native|studio) (?:content )?(?:studio|team|department|desk|unit|lab"
    r"|group|division|arm|agency)\b"
)
BRAND_MADE = re.compile(
    r"\b(?:by|from|for|on behalf of|with|produced|created|written|made|prepared|paid)\b"
)

# ---------------------------------------------------------------- DISCLOSE
#: the reader or the page, as a disclosure names them
DEIXIS = re.compile(
    r"\b(?:we|we'?re|we'?ve|we'?ll|us|our|ours|you|your|this|these|here|below|above)\b"
    r"|\bthe (?:author|writer|reviewer|reporter|journalist|critic|tester|editor|team"
    r"|newsroom|site|publisher)s?\b"
)
EARN = re.compile(
    r"\b(?:earn|earns) (?:\w+ )?from (?:qualifying |eligible |some |your )?(?:purchases|sales"
    r"|orders|links|clicks|bookings)\b"
    r"|\b(?:earn|earns|get|gets|receive|receives|make|makes|collect|collects|take|takes"
    r"|be paid|get paid|gets paid|is paid|are paid|may be paid|might be paid)\s+"
    r"(?:\w+\s+){0,3}?(?:commissions?|fees?|cut|share|percentage|money|payment|payments"
    r"|compensation|kickback|small amount|little|something|revenue|portion)\b"
    r"|\b(?:commissions?|referral fees?|affiliate (?:fees?|revenue|income|commissions?))\b"
    r"|\bpaid (?:when|if)\b|\bpaid for (?:some |any )?(?:referrals|clicks|sign-?ups)\b"
)
BUY = re.compile(
    r"\b(?:buy|buys|buying|shop|shopping|purchase|purchases|purchasing|click|clicks|clicking"
    r"|book|booking|order|ordering|sign up|signing up|subscribe|subscribing|links?|retailers?"
    r"|through|via|referrals?)\b"
)
AFFILIATE = re.compile(
    r"\baffiliate (?:links?|partnerships?|programs?|programmes?|relationships?|arrangements?"
    r"|commissions?|disclosure|note|notice|policy)\b|\b(?:paid|sponsored|tracked|referral"
    r"|partner|shopping|retail) links?\b|\blinks? (?:marked|with) (?:an? )?(?:\*|asterisk)"
)
#: where the affiliate links are, or that some may be: on this page, below, "may contain"
AFFILIATE_HERE = re.compile(
    r"\b(?:this|these|here|below|above|inside|throughout|following)\b|\b(?:may|might|can"
    r"|could|contains?|includes?|features?|some|marked|are|is)\b(?:\s+\w+){0,3}?\s+"
    r"(?:affiliate|paid|sponsored|referral|partner|shopping|retail|links?)\b"
)
#: when the page earns: "if you buy", "through our links", "links on this page"
EARN_WHEN = re.compile(
    r"\b(?:if|when|whenever|after|should)\s+(?:you|readers?|someone)\b|\bthrough (?:our|these"
    r"|the|links)|\bvia (?:our|these|links)|\blinks? (?:on|in) (?:this|our)|\bfrom (?:our"
    r"|these|the) links?\b|\breferrals\b|\bsome links\b"
)
THROUGH = re.compile(
    r"\b(?:buying|shopping|purchases?|clicks?|bookings?|orders?|sales?|anything you buy"
    r"|what you buy)\s+(?:made\s+)?(?:through|via|from|on)\s+(?:our|these|the|this|links)\b"
    r".{0,40}\b(?:support|supports|fund|funds|help|helps|pay|pays|earn|earns|keep|keeps)\b"
)
NO_COST = re.compile(
    r"\b(?:at no (?:extra|additional) (?:cost|charge)(?: to you)?|(?:does|do|will|would)\s?"
    r"(?:n[o']t|never) cost you (?:anything|a (?:penny|cent|thing)|extra|more)|(?:won't|never)"
    r" costs? you (?:anything|a (?:penny|cent|thing)|extra|more)|costs? you nothing(?: extra)?"
    r"|no (?:extra|additional) cost to you)\b"
)
UNAFFECTED = re.compile(
    r"\b(?:does ?n[o']t|do ?n[o']t|does not|do not|never|will not|won't|cannot|can't|without)"
    r"\s+(?:\w+\s+)?(?:affect|affects|influence|influences|change|changes|impact|sway|alter"
    r"|shape|determine|buy|dictate)\s+(?:\w+\s+){0,2}?(?:our|the|what we|how we|which)\s*"
    r"(?:[\w-]+\s+)?(?:recommend\w*|reviews?|ratings?|rankings?|opinions?|editorial\w*"
    r"|coverage|verdicts?|picks|choices|independence|judge?ments?|selections?|journalism"
    r"|reporting|scores?|conclusions?|write|cover|choose|pick|say)\b"
)
INDEPENDENT = re.compile(
    r"\bindependently (?:selected|chosen|picked|reviewed|tested|vetted|researched|curated"
    r"|evaluated|rated|recommended)\b"
    r"|\b(?:products?|items?|picks|recommendations?|everything|deals?|offers?)\b.{0,30}"
    r"\b(?:selected|chosen|picked|vetted|tested|curated) by (?:our )?(?:editors|editorial"
    r" (?:team|staff)|journalists|writers|experts|reviewers|team)\b"
    r"|\beditorially independent\b|\b(?:produced|written|made|created|reported|prepared)"
    r" independently (?:of|from)\b"
    r"|\bindependent (?:of|from) (?:our |any |the |its )?(?:advertisers?|sponsors?|partners?"
    r"|commercial|funders?|advertising)"
)
PRICES = re.compile(
    r"^\W*(?:all\s+)?(?:prices?|deals?|offers?|pricing|odds)(?:\s+and\s+(?:availability|stock))?"
    r"\s+(?:(?:are|were|was|is)\s+)?(?:correct|accurate|valid|checked|right|current|true)\s+"
    r"(?:at|as of|on)\s+(?:the\s+)?(?:time|date|moment)\s+of\s+(?:publishing|publication"
    r"|writing|going to press|posting|printing)"
    r"|^\W*(?:prices?|availability) (?:may|can|are subject to|subject to) (?:change|vary)\b"
)
#: a product or trip given to the page's reviewer: gifted, loaned, supplied, hosted
GIVEN = re.compile(
    r"\b(?:loaned|lent|loan|gifted|gift|provided|supplied|sent|given|furnished|donated|comped"
    r"|covered|paid for|hosted|sponsored|complimentary|free)\b"
)
GIVEN_WHAT = re.compile(
    r"\b(?:review (?:units?|samples?|cop(?:y|ies)|models?|cars?|vehicles?|items?|products?"
    r"|kit|pairs?|devices?|handsets?|bikes?)|press (?:samples?|cop(?:y|ies)|trips?|loans?"
    r"|cars?|vehicles?|units?|kit|visits?)|loaned (?:\w+ )?(?:vehicle|car|bike|unit|model"
    r"|device|sample)|samples?|(?:for|to) (?:us|the reviewer|the author|the writer"
    r"|our reviewer|our writer)|free of charge|at no cost|as a guest of|(?:complimentary|free)"
    r" (?:stays?|nights?|meals?|tickets?|cop(?:y|ies)|samples?|trips?|flights?|passes?)"
    r"|guest of|(?:trip|travel|stay|flights?|accommodation|visit|tour|meals?|tickets?)\b.{0,30}"
    r"\b(?:provided|paid for|covered|hosted|sponsored|arranged|supplied|funded) by"
    r"|(?:by|from) the (?:manufacturer|maker|brand|company|publisher|retailer|studio|developer"
    r"|label|hotel|resort|airline|operator|distributor|pr (?:firm|agency)|winery|restaurant"
    r"|tourism board|tour operator|venue|promoter|record label)s?)\b"
)
#: what is given only to a reviewer: a review unit, a press sample, a copy for review
GIVEN_FOR_REVIEW = re.compile(
    r"\b(?:review (?:units?|samples?|cop(?:y|ies)|models?|cars?|vehicles?|items?|products?"
    r"|kit|pairs?|devices?|handsets?|bikes?|loans?)|press (?:samples?|cop(?:y|ies)|trips?|loans?"
    r"|cars?|vehicles?|units?|kit|visits?)|loaner|(?:for|to) (?:the purposes of )?(?:review"
    r"|this review|reviewing|testing|evaluation))\b"
)
#: the page's writer a guest of a firm or a board: "The author travelled as a guest of ..."
GUEST = re.compile(
    r"\b(?:the (?:author|writer|reviewer|reporter|journalist|critic)s?|our (?:author|writer"
    r"|reviewer|reporter|journalist|critic|correspondent)s?|i|we)\s+(?:\w+\s+){0,2}?"
    r"(?:travell?ed|stayed|flew|visited|toured|dined|ate|was|were|went)\s+(?:\w+\s+){0,4}?"
    r"(?:as (?:a |the )?guests? of|courtesy of|at the invitation of|with (?:the )?support of"
    r"|on an? (?:press|media|hosted|sponsored) (?:trip|visit|tour)|hosted by|paid for by"
    r"|sponsored by|with help from)\b"
    r"|\b(?:complimentary|free|hosted|comped|sponsored) (?:stays?|nights?|meals?|tickets?"
    r"|cop(?:y|ies)|samples?|trips?|flights?|entry|access|pass(?:es)?|visits?|tours?)\b"
    r".{0,40}\b(?:provided|offered|given|courtesy|supplied|paid|from)\b"
)
#: the page says what it is: "This article is sponsored", "This is a paid post"
PAID_IS = re.compile(
    r"^\W*(?:this|the following|what follows|it)(?: [\w'-]+){0,2}? (?:is|was|has been|are)"
    r" (?:an? |a paid |paid |sponsored )?(?:sponsored|paid(?: for)?|advertorial|advertisement"
    r"|advert|ad|advertising|promotional|paid[- ]for|commercial content|partner content"
    r"|branded content|paid post|paid partnership|paid placement|sponsored content)"
    r"(?: (?:content|post|feature|article|story|piece|placement|partnership|material))?"
    r"(?:\s*[|·•—–(]\s*[^.?!]{0,40})?\W*$"
)
#: "Funding for this coverage comes from ...", "Support for this podcast is provided by"
FUNDING_FOR = re.compile(
    r"^\W*(?:additional |major |generous )?(?:funding|support|underwriting|sponsorship)"
    r" for (?:this|our|today'?s|these|the following) (?:[\w'-]+ ){0,3}?(?:comes?|came"
    r"|is provided|was provided|is made possible|provided) (?:from|by)\b"
)
#: "Our thanks to Harbour Bank for supporting this series"
THANKS_FOR = re.compile(
    r"^\W*(?i:(?:our |with |many |special )?thanks? (?:you )?to) "
    + NAME
    + r" (?i:for (?:supporting|sponsoring|underwriting|making|presenting|funding|their support"
    r"|its support|the support|partnering))\b"
)
#: "Kestrel Bank is the official partner of this series"
SPONSOR_OF = re.compile(
    r"^\W*" + NAME + r" (?i:(?:is|are) (?:a |an |the |our )?(?:official |proud |presenting"
    r"|title |headline |media |founding )?(?:sponsor|partner|supporter|advertiser|underwriter"
    r"|funder)s? (?:of|for|on|behind) (?:this|these|our|today'?s) )(?:[\w'-]+ ){0,2}?"
    r"(?i:" + PAGE + r"|" + SERVICE + r")s?\W*$"
)
#: content not the newsroom's: "provided by a third party", "not edited by our editors"
THIRD_PARTY = re.compile(
    r"\b(?:provided|supplied|produced|written|created|syndicated|distributed|submitted)"
    r" by (?:an? )?(?:third[- ]part(?:y|ies)|external (?:partners?|providers?|suppliers?"
    r"|contributors?|parties))\b"
    r"|\bnot (?:been )?(?:edited|reviewed|checked|verified|vetted|fact-checked) by (?:us|our"
    r" (?:[\w-]+ )?(?:editors|newsroom|journalists|staff|team|reporters))\b"
)
#: the small print of a betting offer
_GAMBLE_KEYS = ("18+", "&", "terms", "gambl", "gamcare", "fun stops", "only", "min")
GAMBLE = re.compile(
    r"(?<![\w+])18\+(?![\w+])|\bt\s?&\s?cs?\b(?: apply)?|\bterms (?:and|&) conditions apply\b"
    r"|\bgamble responsibly\b|\bbegambleaware\b|\bgamcare\b|\bwhen the fun stops\b"
    r"|\bnew (?:customers|players|members) only\b|\bmin(?:imum|\.)? (?:deposit|stake|odds)\b"
)
#: a product of the page's review given by a firm: "The phone used in this review was
#: provided by ..."
REVIEW_GIVEN = re.compile(
    r"\b(?:this|our|the) (?:review|test|trial|comparison|round-?up|roundup|tasting|guide)\b"
    r".{0,40}\b(?:loaned|lent|gifted|provided|supplied|sent|given|donated|furnished)"
    r"(?: (?:to us|free(?: of charge)?|for free))? (?:by|from)\b"
    r"|\b(?:loaned|lent|gifted|provided|supplied|sent|given)(?: to us)? (?:by|from) (?:[\w'-]+ )"
    r"{1,4}for (?:this|our|the) (?:review|test|trial|comparison|round-?up|tasting|guide)\b"
    r"|\bwe (?:never|do not|don't|won't) (?:accept|take) (?:payment|money|gifts|freebies"
    r"|fees?|anything)s? (?:for|in (?:exchange|return) for) (?:reviews?|coverage|placement"
    r"|positive|our|a review)"
)
#: a trip or stay of the page's writer paid by a firm, at the start of a line, ending on
#: its name: "Accommodation was provided by the Marisol Hotel"
TRAVEL_GIVEN = re.compile(
    r"^\W*(?i:(?:travel|accommodation|flights?|transport|the (?:hotel )?stay|the trip|hotel"
    r"|tickets?|entry|meals?|lodging|transfers?)(?:,? (?:and|&) (?:[\w-]+ ){1,2}?)?(?: for"
    r" (?:this|the) (?:story|article|trip|review|feature|piece))? (?:was|were) (?:provided"
    r"|paid for|covered|supplied|arranged|sponsored|hosted|courtesy of|funded|offered) (?:by"
    r"|of)) " + NAME + r"\W*$"
)
#: the page's views its own: "Our recommendations are our own"
OWN_VIEWS = re.compile(
    r"^\W*(?:all |the )?(?:our |my |the author'?s? |the writer'?s? )?(?:opinions?|views?"
    r"|recommendations?|picks|ratings?|reviews?|verdicts?|choices) (?:expressed |here |in this"
    r" (?:article|review|post|piece) )?(?:are|is|remain) (?:always |entirely |solely |all )?"
    r"(?:our|my|the author'?s?|the writer'?s?|their) own\b"
)
#: the page or its reviewer, as a gift or loan to them is told
REVIEWER = re.compile(
    r"\b(?:we|us|our|this|the (?:author|writer|reviewer|reporter|journalist|critic|tester)s?"
    r"|i|me|my)\b"
)
SUPPORT_FROM = re.compile(
    r"\b(?:developed|produced|created|made|written|prepared|published|tested|brought|funded"
    r"|supported|underwritten|commissioned|researched|reported|filmed|recorded|cooked"
    r"|compiled|designed|possible)\s+(?:\w+\s+){0,2}?(?:with|thanks to|through|by|in)\s+"
    r"(?:the\s+)?(?:generous\s+|kind\s+|financial\s+)?(?:support|funding|help|backing"
    r"|sponsorship|assistance|a grant|grants?|contribution|partnership|collaboration"
    r"|association|cooperation)s?(?:\s+(?:of|from|with))?\b"
)
NO_SAY = re.compile(
    r"\b(?:no|without|not have any|did not have|didn't have|does not have|doesn't have|had no"
    r"|has no|have no|without any)\s+(?:\w+\s+)?(?:editorial\s+)?(?:input|say|control|influence"
    r"|involvement|oversight|approval|review|sign-?off|role|part|veto)\b"
    r"(?:\s+(?:over|in|into|on|of)\b)?"
    r"|\b(?:did not|didn't|does not|doesn't|do not|don't|will not|won't|never)\s+(?:\w+\s+)?"
    r"(?:see|review|approve|read|check|edit|shape|influence|vet)\s+(?:this|the|our|these|it"
    r"|any)\b"
    r"|\bnot (?:\w+\s+)?(?:written|produced|created|reviewed|edited|commissioned|made|prepared"
    r"|reported)\s+by\s+(?:the\s+|our\s+|its\s+|any\s+)?(?:[\w-]+\s+)?(?:journalists?"
    r"|newsroom|editorial|reporters?|editors?|staff|writers?|news (?:team|desk))\b"
    r"|\b(?:journalists?|newsroom|editorial (?:team|staff|department|desk)|reporters?|editors?"
    r"|news (?:team|desk)|staff)\s+(?:\w+\s+)?(?:was|were|is|are|had|have been)\s+not"
    r"\s+(?:\w+\s+)?involved\b"
)
#: who has no say: the sponsor's side or the page's
COMMERCIAL_SIDE = re.compile(
    r"\b(?:sponsors?|partners?|advertisers?|funders?|brands?|clients?|manufacturers?"
    r"|makers?|company|companies|foundation|they|them|the (?:firm|business|retailer|hotel"
    r"|board)|commercial|paid|this (?:content|article|piece|post|feature|story|series|page)"
    r"|our (?:journalists|newsroom|editors|reporters))\b"
)
NO_ADS = re.compile(
    r"\b(?:accepts?|takes?|carr(?:y|ies)|runs?|shows?|sells?|publish(?:es)?|hosts?|has|have"
    r"|serves?|displays?)\s+(?:no|zero)\s+(?:\w+\s+)?(?:advertising|ads|adverts"
    r"|advertisements|sponsorships?|sponsors|paid content|corporate (?:money|sponsorship"
    r"|funding|cash)|money from (?:advertisers|sponsors|corporations))\b"
    r"|\b(?:do ?n[o']t|does ?n[o']t|never|won't|will not|refuse to)\s+(?:\w+\s+)?(?:accept"
    r"|take|carry|run|show|sell|publish|host|serve|display)\s+(?:any\s+)?(?:advertising|ads"
    r"|adverts|advertisements|sponsorships?|paid content|money from advertisers)\b"
    r"|\b(?:no ads|no adverts|no advertising|no advertisers|no sponsors|ad-free|advert-free"
    r"|free of (?:ads"
    r"|adverts|advertising)|without (?:ads|adverts|advertising))\b"
)
FIRST_PERSON = re.compile(
    r"\b(?:we|we'?re|us|our|ours|this (?:site|website|newsletter"
    r"|podcast|publication|magazine|paper|newsroom|blog))\b"
)
#: "No ads. No paywall.": two refusals in a row
NO_NO = re.compile(r"\bno [\w-]+(?: [\w-]+)?\s*[.,;!—–]\s*no [\w-]+|\bno [\w-]+,? (?:ever|just)\b")
NUDGE = re.compile(
    r"[→›»▸➜↓]|\b(?:read (?:our|more)|support us|learn (?:more|how|why)"
    r"|find out|see (?:our|how|why))\b"
)

# ---------------------------------------------------------------- OFFER
AD_FREE = re.compile(
    r"\b(?:ad|advert|ads|advertising)[- ]?(?:free|lite|light|less)\b"
    r"|\bwithout (?:the )?(?:ads|adverts|advertising|advertisements|interruptions)\b"
    r"|\b(?:fewer|less|no more|zero|no) (?:ads|adverts|advertising|advertisements)\b"
    r"|^\W*(?:ads|adverts|advertising) off\b"
)
READER_CALL = re.compile(
    r"(?:^|[.?!:;|·•—–]\s+)\W*(?:go|get|read|enjoy|browse|switch|upgrade|try|join|become"
    r"|subscribe|want|prefer|like|see|view|turn|make|support|listen|watch|unlock|choose|start"
    r"|tired|sick|fed up|hate|bored)\b"
    r"|\b(?:you|your)\b|\?|[→›»▸➜]|\bwith [A-Z][\w+]*(?:\s[A-Z][\w+]*)?\s?(?:\+|plus|pro"
    r"|premium|pass)\b|[$€£₹₦₵¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:a|per|/)\s?(?:month|mo|week|wk"
    r"|year|yr)\b|\bfor (?:members|subscribers|supporters|insiders|patrons)\b"
    r"|\b(?:membership|subscription|premium|plus|pro|subscribers|members)\b"
)
#: a firm's new offer told as news: "Streaming service adds ad-free tier"
OFFER_NEWS = re.compile(
    r"\b(?:adds|added|offers|offered|introduces|introduced|rolls out|rolled out|plans|planned"
    r"|debuts|tests|tested|trials|considers|hikes|expands|cuts|brings|begins|starts|ends"
    r"|makes|goes|users|customers|subscribers|viewers|tier|platform|service|streamer"
    r"|streaming|netflix|youtube|spotify|disney|hulu|amazon|google|meta|facebook)\b"
)
ADVERTISE = re.compile(
    r"(?:^|[.?!:;|·•—–]\s+)\W*(?:why not\s+|want to\s+|interested in\s+|looking to\s+)?"
    r"(?:advertise|advertising)\b(?:\s+(?:with|in|on|here|your|today|now|from|for|at|across"
    r"|alongside|to)\b|\W*$|\s*\?)"
    r"|\b(?:place|buy|book|take out|get|reserve|submit) (?:an? |your )?(?:[\w-]+ )?(?:ad|advert"
    r"|advertisement|sponsorship|listing|classified)\b(?:\s+(?:here|with us|from|today|now"
    r"|online)\b|\W*$|\s*[→›»])"
    r"|\b(?:promote|advertise|market|showcase) your (?:business|brand|event|product|company"
    r"|services?|shop|store)\b"
    r"|\byour (?:ad|advert|advertisement|business|brand|logo|banner|message) (?:here|could be"
    r" here|could go here|goes here|in this space)\b"
    r"|\b(?:sponsor|sponsoring|underwrite|underwriting|advertising (?:in|on)|advertise (?:in"
    r"|on)) (?:this|our|the) (?:newsletter|page|section|podcast|series|site"
    r"|show|episode|column|feature|coverage|site)\b"
    r"|\bbecome (?:a|an|our) (?:\w+ )?(?:sponsor|advertiser|partner|underwriter)\b"
    r"|\b(?:partner|work) with us\b|\bmedia (?:kit|pack)\b|\brate ?cards?\b"
    r"|^\W*for (?:advertising|ad|advert|sponsorship|partnership|commercial) (?:enquiries"
    r"|inquiries|opportunities|information|info|rates|details|queries)?\b"
    r"|\b(?:ad|advert|advertising|sponsorship|partnership|commercial) (?:rates|enquiries"
    r"|inquiries|opportunities|sales|team|contacts?|packages|options|department|desk)\b"
    r"|\breach (?:our|\d[\d,.]*k?|thousands of|local|more|new) (?:\w+ )?(?:readers|audience"
    r"|listeners|subscribers|customers|buyers)\b"
)
FUNDS_US = re.compile(
    r"\b(?:ads|adverts|advertising|advertisements|advertisers|our (?:advertisers|sponsors"
    r"|partners)|this (?:ad|advert|space|spot|slot|placement|banner)|sponsorships?|sponsors)"
    r"\s+(?:\w+\s+)?(?:help|helps|keep|keeps|fund|funds|support|supports|pay|pays|power"
    r"|powers|make|makes|allow|allows|let|lets|enable|enables|cover|covers)\s+"
    r"(?:\w+\s+){0,3}?(?:us|our|we|this (?:site|page|newsletter|podcast|journalism|reporting)"
    r"|the lights|free to (?:read|use|access|listen)|free for (?:you|everyone|readers|all)"
    r"|(?:journalism|reporting|news|content|it|the site|this site) free"
    r"|local (?:journalism|news|reporting))\b"
    r"|\b(?:support|thank|visit|patroni[sz]e|check out|thanks to|thank you to) our (?:\w+ )?"
    r"(?:sponsors|advertisers|partners|underwriters)\b"
    r"|\bthanks? (?:you )?for (?:not blocking|allowing|supporting|visiting|clicking on"
    r"|checking out) (?:our )?(?:ads|adverts"
    r"|advertisers|sponsors)\b"
)

# ---------------------------------------------------------------- FOREIGN
FOREIGN_LABEL = re.compile(
    r"\b(?:anzeigen?|werbung|werbeanzeige|werbebeitrag|publicit[ée]s?|publicidad|pubblicit[àa]"
    r"|publicidade|advertentie|reclame|reklame?|reklama|reklamy|reklam|annons|annonse|annonce"
    r"|annonsørinnhold|mainos|mainoksia|hirdetés|reclamă|oglas|inzerce|inzerát|advertensie"
    r"|iklan|tangazo|matangazo|patalastas|publireportage|publirreportaje|publiredazionale"
    r"|publi-?rédactionnel|gesponsert|gesponserter|gesponsord|patrocinad[oa]s?|patrocinat"
    r"|patrocini|sponsoris[ée]e?s?|sponsorizzat[oa]|sponsoroitu|sponsrad|sponset|sponsoreret"
    r"|sponsorowan[yae]|sponzorováno|sponzorirano|sponsorlu|bezahlte partnerschaft"
    r"|kaupallinen yhteistyö|kommersielt samarbeid|betalt (?:samarbete|samarbejde|partnerskab"
    r"|innhold)|i samarbete med|i samarbeid med|i samarbejde med|in samenwerking met"
    r"|in zusammenarbeit mit|in kooperation mit|präsentiert von|unterstützt von|en partenariat"
    r" avec|présenté par|en colaboración con|presentado por|patrocinado por|in collaborazione"
    r" con|presentato da|offerto da|em parceria com|apresentado por|mogelijk gemaakt door"
    r"|aangeboden door|we współpracy z|contenu (?:sponsoris|partenaire|de marque)\w*"
    r"|contenido (?:patrocinado|de marca|publicitario)|contenuto (?:sponsorizzato|di marca"
    r"|promozionale)|conte[úu]do (?:patrocinado|publicit[áa]rio|de marca)|informa(?:ção|ción"
    r"|zione) publicit\w+|espa(?:ço|cio) publicit\w+|werbefrei|sans publicit[ée]|sin anuncios"
    r"|senza pubblicit[àa]|sem an[úu]ncios|reklamfritt|reclamevrij|anuncios?|an[úu]ncios?)\b"
    r"|реклама|рекламa|διαφήμιση|広告|광고|إعلان|פרסומת|विज्ञापन|廣告|广告"
)
#: the story goes on below or after the ad, in other languages
FOREIGN_SLOT = re.compile(
    r"\b(?:(?:der |den )?artikel|text|beitrag|bericht|lesen sie|weiter|l'article|la suite"
    r"|suite de l'article|el art[íi]culo|la noticia|el texto|contin[úu]a|sigue|l'articolo"
    r"|il testo|prosegue|o texto|a mat[ée]ria|o artigo|a reportagem|continua|het artikel"
    r"|artikeln|artikkelen|artiklen|juttu|artykuł|dalsza część|fortsetzung)\b.{0,40}"
    r"(?:\b(?:unten|ci-dessous|debajo|abajo|sotto|abaixo|hieronder|nedan|nedenfor|alla"
    r"|poniżej)\b(?:\s+[\w'’]+){0,3}?\W*$"
    r"|\b(?:nach|après|despu[ée]s|tras|dopo|ap[óo]s|depois|na|onder|efter|etter|jälkeen|pod)"
    r"\s+(?:\w+\s+){0,2}?(?:anzeige|werbung|publicit[ée]|anuncio|publicidad|pubblicit[àa]"
    r"|publicidade|advertentie|reclame|annons\w*|annonce|mainoks\w*|reklam\w*|pause|break)\b)"
)
#: a sponsor named after a preposition of credit, in other languages
FOREIGN_BY = re.compile(
    r"\b(?:von|par|por|da|con|met|med|mit|z|avec|com|door|av|af|przez)\s+(?:der |la |el |le"
    r" |l'|the |de )?(?-i:[A-Z])",
    re.I,
)
#: a label, then a dot or bar before what the page says of it: "Anzeige · ..."
FOREIGN_DOT = re.compile(r"\s*[·•|▸›»]\s*\w")
FOREIGN_REST = re.compile(r"[^\W\d_]")
FOREIGN_MAX_WORDS = 8


def _credit(text: str, low: str, w: int) -> bool:
    """A credit to a sponsor or a partner, and nothing of a sentence after it."""
    if w > 16:
        return False
    m = CREDIT.match(text)
    if m is None or CLAUSE_ON.search(text):
        return False
    who = m.group("who")
    if who.strip().lower() in {"the", "a", "an", "our", "this", "it"}:
        return False
    role = not who[:1].isupper() and re.match(ROLE, who, re.I) is not None
    own = m.group("own")
    if own is not None and DEICTIC_SUBJECT.match(own) is None:
        # a bare subject ("Weather updates in association with ..."): a strong credit
        if m.group("strong") is None or _title_case(text[: m.start("who")]):
            return False
    if m.group("loose") is not None and own is None and not role:
        # "Funded by the lottery", "Supported by her family": a firm's name only, the line
        # no headline in title case
        if FIRM.search(who.lower()) is None or _title_case(text[: m.start("who")]) or w > 8:
            return False
    return True


def _title_case(text: str) -> bool:
    """Every word capitalised, "By" and "With" too: a headline's case, not a credit's."""
    words = [t for t in WORD.findall(text) if t[0].isalpha()]
    return len(words) >= 2 and all(t[0].isupper() for t in words)


def _disclosure(text: str, low: str, w: int) -> bool:
    """A commercial disclosure (DISCLOSE in the module doc) of ``text`` (``low``: it in
    lowercase, ``w``: its words): sponsorship said of the page, affiliate commissions,
    gifted or loaned products, editorial independence, prices or odds at the time of
    writing, third-party content, a betting offer's small print."""
    if PAID_IS.match(low) or FUNDING_FOR.match(low) or THANKS_FOR.match(text):
        return True
    if SPONSOR_OF.match(text) or THIRD_PARTY.search(low):
        return True
    if _has(low, _GAMBLE_KEYS) and GAMBLE.search(low):
        return True
    if BRAND_TEAM.search(low) and BRAND_MADE.search(low) and w <= 16:
        return True
    if REVIEW_GIVEN.search(low) or TRAVEL_GIVEN.search(text) or OWN_VIEWS.search(low):
        return True
    if PRICES.search(low) or INDEPENDENT.search(low) or UNAFFECTED.search(low):
        return True
    if NO_COST.search(low) and (EARN.search(low) or AFFILIATE.search(low) or BUY.search(low)):
        return True
    deixis = DEIXIS.search(low) is not None
    if AFFILIATE.search(low) and (w <= 6 or AFFILIATE_HERE.search(low)):
        return True
    if EARN.search(low) and BUY.search(low) and deixis and EARN_WHEN.search(low):
        return True
    if THROUGH.search(low):
        return True
    if GIVEN.search(low) and (
        GIVEN_FOR_REVIEW.search(low) or (GIVEN_WHAT.search(low) and REVIEWER.search(low))
    ):
        return True
    if GUEST.search(low):
        return True
    if (
        SUPPORT_FROM.search(low)
        and (
            re.match(r"\W*" + OWN, low)
            or re.match(
                r"^\W*(?:developed|produced|created|made|written|prepared|published|brought|funded"
                r"|supported|underwritten|commissioned|reported|filmed|recorded|designed)\b",
                low,
            )
        )
        and re.search(r"[A-Z]", text[1:])
    ):
        return True
    if NO_SAY.search(low) and COMMERCIAL_SIDE.search(low):
        return True
    if NO_ADS.search(low) and (FIRST_PERSON.search(low) or NUDGE.search(text) or NO_NO.search(low)):
        return True
    return False


def _foreign(text: str, low: str) -> bool:
    """An ad label or a note that the story goes on after the ad, in another language: the
    line holds nothing but labels, separators and perhaps a sponsor's name after "by"."""
    if FOREIGN_SLOT.search(low):
        return True
    label = FOREIGN_LABEL.search(low)
    if label is None:
        return False
    if label.start() == 0 and FOREIGN_DOT.match(low, label.end()):
        return True
    rest = FOREIGN_LABEL.sub(" ", low)
    if FOREIGN_REST.search(rest) is None:
        return True
    m = FOREIGN_BY.search(text)
    if m is None or not _is_name(text[m.end() - 1 :]):
        return False
    head = FOREIGN_BY.sub(" ", FOREIGN_LABEL.sub(" ", low[: m.end() - 1] + "X"))
    return FOREIGN_REST.search(head[:-1]) is None


def _shaped(line: str) -> bool:
    """Whether ``line`` has one of the family's shapes (see the module doc), whole or in
    two or three sentences each a notice or a short call after one."""
    text = line.strip()
    if _one(text):
        return True
    # a notice of two or three sentences: each a notice, or a short call after one ("Read
    # our funding policy →", "Thanks for sticking around.")
    sentences = SENTENCE_END.split(text)
    return (
        1 < len(sentences) <= 3
        and _one(sentences[0])
        and all(_one(s) or CALL_AFTER.match(s) for s in sentences[1:])
    )


SENTENCE_END = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")
#: a short call or courtesy after a notice
CALL_AFTER = re.compile(
    r"^\W*(?:(?:read|see|view|check|find)(?: out)? (?:our|more|the|how|why|what)|learn"
    r" (?:more|how|why)|more info|details|here'?s (?:how|why)|thanks?(?: you)? for"
    r"|it (?:never|won'?t|doesn'?t) cost|this (?:never|won'?t|doesn'?t|does not) (?:cost"
    r"|affect|change)|(?:find|see) (?:our )?(?:full )?(?:disclosure|policy)|questions\?)"
    r"[^.!?]{0,40}[.!?→›»]?\W*$",
    re.I,
)


def _one(text: str) -> bool:
    """One of the family's shapes, for a line or one sentence of it."""
    w = len(text.split())
    if not text or w > 25 or QUOTED.match(text):
        return False
    low = text.lower()
    # Each shape is asked only when a word it needs is in the line (a substring test, far
    # cheaper than the shape's pattern).
    if (
        w <= FOREIGN_MAX_WORDS
        and (not low.isascii() or _has(low, _FOREIGN_KEYS))
        and _foreign(text, low)
    ):
        return True
    ad = _has(low, _AD_KEYS)
    if ad and w <= 14 and BRACKET_LABEL.search(low):
        return True
    if ad and w <= 15 and TEASER.match(low):
        return True
    if NEWS.search(low):
        return False
    if w <= 14 and ((_has(low, _SLOT_KEYS) and SLOT.search(low)) or (ad and CONTROL.search(low))):
        return True
    if ad and (w <= 15 and WEAK_TEASER.match(low) or _is_label(text, low, w)):
        return True
    if _has(low, _CREDIT_KEYS) and _credit(text, low, w):
        return True
    if _disclosure(text, low, w):
        return True
    if (
        w <= 16
        and ad
        and AD_FREE.search(low)
        and READER_CALL.search(low)
        and OFFER_NEWS.search(low) is None
    ):
        return True
    return (
        w <= 16
        and _has(low, _OFFER_KEYS)
        and (ADVERTISE.search(low) is not None or FUNDS_US.search(low) is not None)
    )


def _has(low: str, keys: tuple[str, ...]) -> bool:
    """Whether any of ``keys`` is a substring of ``low``."""
    return any(key in low for key in keys)


_AD_KEYS = (
    "ad",
    "sponsor",
    "promo",
    "paid",
    "partner",
    "commercial",
    "brand",
    "market",
    "classified",
    "underwrit",
    "affiliate",
    "#",
    "offer",
    "skip",
)
_SLOT_KEYS = (
    "contin",
    "resum",
    "carries",
    "goes on",
    "picks up",
    "keeps going",
    "is below",
    "again",
    "follow",
    "return",
    "after",
    "scroll",
    "reading",
    "end",
    "load",
    "fetch",
    "↓",
    "⬇",
    "▼",
    "▾",
)
_CREDIT_KEYS = ("by ", "with", " of", "thanks", ":", "—", "–", "-")
_OFFER_KEYS = _AD_KEYS + (
    "promote",
    "showcase",
    "your",
    "work with",
    "media",
    "rate",
    "reach",
    "sponsor",
    "space",
    "spot",
    "slot",
    "banner",
    "lights",
    "free",
)
_FOREIGN_KEYS = (
    "anzeig",
    "werb",
    "publi",
    "reklam",
    "reclam",
    "annon",
    "mainos",
    "adverten",
    "iklan",
    "tangazo",
    "patalas",
    "patrocin",
    "gesponsor",
    "sponsori",
    "sponsoro",
    "sponsr",
    "sponset",
    "sponz",
    "sponsorl",
    "hirdet",
    "oglas",
    "inzer",
    "samarb",
    "yhteis",
    "zusammen",
    "kooperat",
    "unterst",
    "partenariat",
    "colabor",
    "presenta",
    "collabor",
    "offerto",
    "parceria",
    "samenwerk",
    "aangebod",
    "mogelijk",
    "artikel",
    "suite",
    "contin",
    "sigue",
    "prosegue",
    "juttu",
    "dalsza",
    "fortsetz",
    "conte",
    "espa",
    "informa",
    "anunc",
    "senza",
    "sans pub",
    "sin anun",
    "bezahlt",
    "kaupallinen",
    "kommersielt",
    "betalt",
    "text",
    "weiter",
    "lesen",
    "noticia",
    "art",
    "bericht",
    "beitrag",
)


#: GATE: a line without a word of advertising, sponsorship, partnership or a commercial
#: disclosure is none of this family's furniture (asked first, in the line judge's
#: Hyperscan pass).
GATE = re.compile(
    # the ad world's own words
    r"\b(?:ads?|adverts?|advertis\w*|advertorials?|sponsor\w*|promot\w*|promos?|partner\w*"
    r"|paid|affiliates?|commissions?|commissioned|underwrit\w*|branded|brand (?:content|studio"
    r"|partner\w*|story|feature|collaboration)s?|commercial\w*|marketing (?:content|feature"
    r"|message)|classifieds?|adchoices|ad-free|ad-lite|reader-funded"
    # credits: "presented by", "in association with", "made possible by", "powered by"
    r"|presented|brought to you|made possible|(?:supported|funded|backed|produced|developed"
    r"|powered|paid for)(?: \w+)? (?:by|with|for|on behalf of|through|thanks to)"
    r"|in (?:association|collaboration|conjunction|cooperation) with|on behalf of"
    r"|(?:support|funding|help|backing|assistance|a grant|grants|contribution)s? (?:of|from)"
    r"|(?:funding|support|underwriting) for (?:this|our|today|these|the following)"
    r"|thanks? (?:you )?(?:to|for)|(?:supporters?|funders?) (?:of|for|on|behind)"
    # slots: "story continues below", "more after this message", "keep scrolling"
    r"|continues|resumes|carries on|goes on|picks up|keeps going|continued|is below"
    r"|(?:follows|starts|begins|restarts|returns)(?: again)? (?:below|beneath|underneath|after)"
    r"|after (?:this|these|the|a|our|one) (?:short |brief |quick |few )?(?:\w+ )?(?:messages?"
    r"|breaks?|interruption|word)|after (?:this|these|that)|scroll\w*|keep reading"
    r"|continue reading|reading (?:below|on)|end of|ends|loading|skip (?:ad )?in \d"
    # disclosures
    r"|earn\w*|fees?|a cut|(?:get|gets|be|is|are) paid|kickbacks?|(?:buying|shopping"
    r"|purchases?|clicks?|bookings?|orders?|sales?) (?:made )?(?:through|via)"
    r"|cost you|no (?:extra|additional) cost|loan\w*|lent|gifted|complimentary|comped"
    r"|free of charge|at no cost|samples?|review (?:units?|cop(?:y|ies)|models?|loans?)"
    r"|press (?:trips?|samples?|cop(?:y|ies)|loans?|cars?|visits?)|media trip|guests? of"
    r"|courtesy of|invitation of|hosted by|(?:provided|supplied|sent|given|furnished|donated"
    r"|covered|arranged|offered)(?: to us)?(?: free(?: of charge)?| for free)? (?:by|from)"
    r"|(?:for|to) (?:the purposes of )?(?:review|this review|reviewing|testing|evaluation)"
    r"|editorial\w*|independent\w*|not (?:\w+ )?involved|no (?:\w+ )?(?:input|say|control"
    r"|influence|involvement|oversight|role|veto)|(?:did|does|do|will)(?: not|n['’]t|\s?never)"
    r" (?:\w+ )?(?:see|review|approve|read|check|edit|shape|influence|vet|affect|change"
    r"|accept|take|carry|run|show|sell|publish|host|serve|display|cost)|never (?:accept|take"
    r"|affect|influence|change|cost)|accepts?|takes no|carr(?:y|ies) no|runs no|has no|have no"
    r"|not (?:been )?(?:\w+ )?(?:written|produced|created|reviewed|edited|commissioned|made"
    r"|prepared|reported|checked|verified|vetted|fact-checked) by|third[- ]part\w*"
    r"|external (?:partners?|providers?|suppliers?|contributors?|parties)"
    r"|(?:our|my|their|the author['’]?s?|the writer['’]?s?) own|corporate (?:money|cash"
    r"|funding)|prices?|pricing|availability|odds|gamble|gambleaware|gamcare|t ?& ?cs?"
    r"|terms (?:and|&) conditions apply|new (?:customers|players|members) only"
    r"|min(?:imum|\.)? (?:deposit|stake|odds)|fun stops|reader offers?|readers['’]? offers?"
    r"|offers? for (?:our )?readers"
    # offers and calls: "advertise with us", "media kit", "promote your business"
    r"|media (?:kit|pack)|rate ?cards?|work with us|(?:promote|market|showcase) your"
    r"|your (?:business|brand|logo|banner|message) (?:here|could|goes|in this)"
    r"|reach (?:our|\d[\d,.]*k?|thousands of|local|more|new) (?:\w+ )?(?:readers|audience"
    r"|listeners|subscribers|customers|buyers)|this (?:space|spot|slot|placement|banner)"
    r"|without (?:the )?interruptions|(?:our|these|this|the) (?:[\w-]+ )?(?:studio|team"
    r"|department|desk|unit|lab|group|division|arm|agency)"
    # other languages
    r"|anzeige\w*|werb\w*|publicit\w*|publicidad\w*|pubblicit\w*|publi-?r\w*|reklam\w*"
    r"|reclam\w*|annon\w*|mainos\w*|advertentie|advertensie|iklan|tangazo|matangazo"
    r"|patalastas|patrocin\w*|gesponser\w*|gesponsord|sponsoris\w*|sponsoriz\w*|hirdetés"
    r"|oglas|inzer\w*|samarbe\w*|yhteistyö|zusammenarbeit|kooperation|präsentiert|unterstützt"
    r"|partenariat|présenté|colaboración|presentado|collaborazione|presentato|offerto"
    r"|parceria|apresentado|samenwerking|aangeboden|mogelijk|współpracy|anuncios?|anúncios?"
    r"|artikel|suite|contin[úu]a|sigue|prosegue|artykuł|juttu|dalsza|fortsetzung|werbefrei"
    r"|conte[úu]do|contenido|contenuto|contenu|espa[çc]o|espacio|informa[çc][ãa]o"
    r"|informaci[óo]n|informazione)\b"
    r"|реклам|διαφήμιση|広告|광고|إعلان|פרסומת|विज्ञापन|廣告|广告|(?<!\d)18\+|#(?:ad|spon|paid"
    r"|gifted)\w*|\((?:paid|sponsored)\)",
    re.I,
)


#: Whether a line (at most 25 words) is furniture of this family: it holds a word of
#: :data:`GATE` and has one of the family's shapes.
is_notice = notice_test(GATE, _shaped)
