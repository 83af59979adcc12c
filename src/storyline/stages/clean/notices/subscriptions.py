"""Broad family predicate for 'subscribe' furniture: newsletter sign-ups, subscription and
membership offers, paywall / register / log-in prompts, reader-funding appeals, app pitches.

Shape: a reader-directed call (an imperative opening a clause, a metered-access notice in the
second person, a members-only stamp, an offer price, a funding appeal) about the world of
subscriptions, with no narrative news language (reporting verbs, headline verbs, a
third-person statement), on a short line.
"""

import re

from storyline.stages.clean.notices import notice_test

# a clause opens: line start, or after a sentence / button separator
CL = r"(?:^|[.?!:;,|•·›»→➜▸—–]\s+|\s[-/]\s+)[^\w]*"
CUR = (
    r"(?:[$£€₹₦₱₨₵¥]|\b(?:R|RM|R\$|US\$|S\$|A\$|C\$|NZ\$|TT\$|AED|Rs\.?|INR|KES|ZAR|NGN|GHS|EUR"
    r"|USD|GBP)\s?)\s?\d[\d.,]*"
)
PERIOD = r"(?:wk|week|mo|mth|month|yr|year|day|fortnight|issue)"
PER = CUR + r"\s*(?:/|a |an |per |each )\s*" + PERIOD + r"\b"

# strong calls: verbs that, opening a clause, are almost only furniture
STRONG = re.compile(
    CL + r"(?:yes[,!]? |ok[,!]? |now |please )?(subscribe|resubscribe|sign (?:up"
    r"|in|me up)|signup|log ?in|register|unlock|"
    r"chip in|donate|pledge|upgrade|renew|activate)\b",
    re.I,
)
SIGN = ("sign up", "sign in", "log in", "login", "signup", "sign me up")
# weaker calls: need a subscription-world noun
WEAK = re.compile(
    CL + r"(verify|confirm|join|enjoy|see|manage|become|support|give|start|begin|try"
    r"|get|grab|enter|drop|create|continue|claim|"
    r"choose|pick|make it|go|stay|link|complete|request|ask|treat|fund|keep|read|subscribe"
    r"|upgrade)\b",
    re.I,
)
# the subscription world
SUBN = re.compile(
    r"\b(subscri\w*|newsletters?|inbox|members?(?:hip)?|accounts?|log-?ins?"
    r"|sign-?(?:in|up)|trials?|paywall|premium|"
    r"supporters?|patrons?|friends? of|donat\w*|your e-?mail|journalism|reporting|newsroom|digest"
    r"|brief(?:ing)?|bulletin|alerts|"
    r"(?:unlimited|full|digital|ad-free|early) access|ad-light|unlimited|insiders?|founding|(?:our"
    r"|see|view|all|compare) plans|pricing|passes|"
    r"free (?:month|week|year|trial|account|reads?)|reading (?:for free|without limits?)"
    r"|without limits|mailing list|e-?mail list|"
    r"(?:daily|weekly|morning|evening|free) (?:e-?mails?|newsletters?|briefings?|digests?)"
    r"|(?:the rest of|the full) (?:this )?(?:story|article|piece|report)|"
    r"(?:digital|day|season|reader|all-access) pass|rates?|discount|half-price|(?:to"
    r"|and) (?:continue|keep|carry on) reading)\b|"
    r"\w\+|(?-i:[A-Z][\w+]* Pro\b)(?!-)",
    re.I,
)
# the core of it, for an offer price without a call
SUBCORE = re.compile(
    r"\b(subscri\w*|newsletters?|members?(?:hip)?|trials?|supporters?|patrons?"
    r"|friends? of|donat\w*|"
    r"journalism|reporting|(?:unlimited|full|digital|ad-free|early) access|insiders?|founding"
    r"|(?:digital|reader|all-access) pass|"
    r"(?:print|digital|annual|monthly|yearly) (?:\+ )?(?:edition|bundle|plan|subscription|pass"
    r"|access)|print \+ digital|e-?paper)\b",
    re.I,
)
# first-party / gate signal: the call is the page's own offer, not advice in an article
FPCORE = (
    r"our|us|(?:straight|direct|delivered|right) to your"
    r"|(?:it )?(?:only )?takes (?:less than |about |just |only )?(?:a minute|\d+ seconds)"
    r"|to (?:continue|keep|read|unlock|access|carry on|get)|continue|inbox|your support"
    r"|weekly|daily|weekdays|"
    r"every (?:day|weekday|morning|evening|week|\w+day)|monday to friday|"
    r"this (?:article|story|report|piece|post|content|interview|analysis|review|feature)"
)
FPWEAK = re.compile(r"(?<!-)\b(free|now|today|here)\b", re.I)
FP = re.compile(r"(?<!-)\b(" + FPCORE + r")\b", re.I)
# for a strong call, a subscription noun after it is first-party enough
FPS = re.compile(
    r"(?<!-)\b(" + FPCORE + r"|with (?:a |an |your )?(?:work |personal "
    r"|school )?e-?mail|newsletters?|alerts?|updates"
    r"|text messages|pricing|members?(?:hip)?|subscri\w*"
    r"|readers?|access|trial)\b",
    re.I,
)
# extra first-party marks for the other calls (a named tier, a pass, perks)
FPX = re.compile(
    r"\b(with (?:a|an|your)\b[^.]{0,25}\b(?:pass|subscription|membership|plan)"
    r"|exclusive|ad-free|ad-light)\b|\w\+|"
    r"(?-i:[A-Z][\w+]* Pro\b)(?!-)",
    re.I,
)
PRICE = re.compile(
    r"\b(?:from|just|only|then|for just|for only|as little as)\s+" + CUR + r"|" + PER + r"|"
    r"\b(?:first|1st) (?:\d+ |two |three |six )?(?:months?|weeks?|days?|year)\b"
    r"|\b\d+[- ]day (?:free )?trial\b|\bfree trial\b|\b\d+ days free\b|"
    r"\bdays? (?:for )?free\b|\b(?:first|\d+) (?:days?|months?) on us\b",
    re.I,
)
REALPRICE = re.compile(
    r"\b(?:from|just|only|then|for just|for only|as little as)\s+"
    + CUR
    + r"|"
    + PER
    + r"|\bcancel (?:any ?time"
    r"|whenever"
    r"|at any time)\b",
    re.I,
)

# meter / gate addressed to the reader
METER = re.compile(
    r"\b(you(?:'ve|’ve| have)? (?:read|used|reached|hit|opened|got|had|viewed"
    r"|enjoyed|no|\d+)|your (?:last|final))\b[^.]{0,50}"
    r"\b(free|complimentary|limit|articles?|stor(?:y|ies)|reads?|pieces?)\b|"
    r"\b(free|complimentary)\b[^.]{0,30}\b(?:this|per|a|each|for) (?:month|week)\b|"
    r"\byour (?:free |complimentary )?(?:article |story |reading )?(?:limit|trial|pass"
    r"|subscription|membership|access)\b[^.]{0,20}"
    r"\b(?:has|is|will|ends?|expires?|runs? out|reached)\b|"
    r"\b(?:(?:articles?|stor(?:y|ies)|reads?) (?:left|remaining)|(?:left|remaining) this month)\b|"
    r"\byour (?:\w+ ){0,3}(?:allowance|quota)\b|\b(?:free|complimentary) (?:quota|allowance)\b|"
    r"\byou (?:need|must|will need|'ll need|’ll need) (?:a|an|to)\b[^.]{0,25}\b(?:subscri\w*"
    r"|account|log|sign|register|member\w*)\b|"
    r"\bif you (?:value|enjoy|like|appreciate|rely on|believe in|love) (?:our|this|what we"
    r"|the work|reading)\b|"
    r"\b(?:pick|choose|select) a plan\b|\bkeep (?:your )?(?:access|seat|subscription)\b"
    r"|\bstay signed in\b|\bfree for now\b",
    re.I,
)
# members-only stamps and perks
STATUS = re.compile(
    r"\b(subscri\w*|members?|supporters?|premium|paid|paying|registered|insiders?"
    r"|patrons?)\b[^.:]{0,30}\b(only|exclusive)\b"
    r"(?=\s*(?:$|[^\w\s:]|content|stor|article|piece|access|events?|area|section|feature|offer"
    r"|interview|newsletter|podcast|episode|perk|"
    r"deal|benefit|zone|report|analysis|review))|"
    r"\b(exclusive|reserved|available|only) (?:to|for)\b[^.]{0,40}\b(subscri\w*|members?|readers?"
    r"|supporters?|insiders?|patrons?)\b|"
    r"\b(?:this|these) (?:story|stories|article|piece|content|page|post|feature|newsletter"
    r"|podcast|episode|report|section|interview|analysis) (?:is|are) for\b[^.]{0,40}"
    r"\b(subscri\w*|members?|supporters?|insiders?|readers)\b|"
    r"^[^\w]*[\w+&'’. -]{0,25}\b(subscribers?|members?|supporters?|readers)\s*:|"
    r"\b(members?|subscribers?|supporters?|patrons?|insiders?) (?:get|unlock|hear|enjoy|read|see"
    r"|receive)\b[^.]{0,40}"
    r"\b(it first|early access|ad-free|ad-light|unlimited|bonus|perks|exclusive (?:access|content"
    r"|events|episodes))\b|"
    r"\bthank (?:our|your|the) (?:members|subscribers|supporters|donors|readers)\b|"
    r"(?:\bthis (?:is|article is|story is|piece is)\b.{0,20}|^\W*)\b(?:premium|subscriber"
    r"|members?'?|supporter)[- ](?:only )?"
    r"(?:article|content|story|piece|feature|coverage|podcast|newsletter|area|zone|lounge)\b|"
    r"\b(?:subscribers|members) can \w+ (?:to )?this\b|"
    r"\bonly (?:subscribers|members|supporters|registered users|paying readers) can (?:read|access"
    r"|view|see|listen|watch|unlock|download)\b",
    re.I,
)
ALREADY = re.compile(
    r"\b(?:already (?:a|an|the)\b[^?]{0,40}\b(?:subscriber|member|supporter"
    r"|reader|patron|friend|customer|insider|donor|user)|"
    r"already (?:have an account|registered|subscribed|subscribe|signed up|paying)|new here"
    r"|not (?:a|yet a) (?:member|subscriber)|"
    r"(?:don't|don’t|do not) have an account)\b[^?]{0,20}\?\W*(?:$|log|sign|create|start|register"
    r"|subscribe|join|activate|continue|become|click|tap)",
    re.I,
)
CANCEL = re.compile(CL + r"cancel (?:any ?time|whenever|at any time)\b", re.I)
OFFER = re.compile(
    CL + r"(?:(?:just|only|from) " + PER + r"|"
    r"(?:try|get|enjoy|read|claim) (?:a|one|two|three|six|\d+|your first|your free) (?:months?"
    r"|weeks?|days?|years?) (?:for|free|of unlimited)\b)|"
    r"\bthen " + PER + r"|\bplans? (?:start|from)\b[^.]{0,12}" + CUR + r"|"
    r"\b\d+% off (?:your |the )?first (?:\d+ )?(?:months?|years?|weeks?)\b|\b(?:\d+|two|three|six"
    r"|twelve) (?:months?|weeks?) (?:half[- ]price|at half price)\b|"
    r"\b(?:annual|monthly|yearly) plan\b[^.]{0,10}" + CUR,
    re.I,
)
BECOME = re.compile(
    CL + r"become (?:a|an|one of our)\b[^.,:;]{0,40}\b(?:members?|subscribers?"
    r"|supporters?|patrons?|insiders?|friends?)\b(?! of)",
    re.I,
)
FUNDCALL = re.compile(CL + r"(?:support|back|fund|donate to|give to|chip in to|help)\b", re.I)
# reader-funding appeals
FUND = re.compile(
    CL + r"(?:please )?(?:help )?(?:support|fund|back|power|sustain|protect"
    r"|keep) (?:our|us|independent|local|quality|public|"
    r"reader-funded|nonprofit|non-profit|this|the)\b[^.]{0,30}\b(?:journalism|reporting|newsroom"
    r"|reporters|journalists|news|radio|work)\b|"
    r"\b(?:your|reader) (?:support|contribution|donation|gift)s? (?:funds?|keeps?|pays?|helps?"
    r"|makes?|powers?)\b|"
    r"\b(?:one-off|monthly|recurring|annual|single) (?:contribution|donation|gift)\b"
    r"|\bcontribute (?:from|today|now|what)\b|"
    r"\b(?:powers?|funds?|sustains?|keeps?|makes?|helps?"
    r"|supports?)(?: possible)? our (?:journalism|reporting|newsroom|reporters|journalists|work)\b"
    r"|"
    r"\b(?:make|give) a (?:one-off |monthly |single |small )?(?:contribution|donation)\b|"
    r"\b(?:please )?consider (?:supporting|subscribing|donating|becoming|joining)\b|"
    r"\bthank you for (?:supporting|your support|being a (?:member|subscriber|supporter))\b|"
    + CL
    + r"chip in\b|\bchip in (?:from|what|today|now|to keep|"
    + CUR
    + r")|"
    r"\b(?:tip jar|pay what you can|give what you can|donate (?:what|today|now|from|to|monthly)"
    r"|give (?:monthly|from|today|now)|"
    r"(?:reader|listener|viewer|member|audience)[- ](?:funded|supported|powered)(?!\s+(?!since|and"
    r"|&)[a-z])|funded by (?:readers|listeners|you|people like you)|"
    r"runs on readers|tax[- ]deductible|match your gift|support (?:our"
    r"|us)\b[^.]{0,30}\b(?:journalism|reporting|newsroom|work|news|radio))\b",
    re.I,
)
MAIL = re.compile(
    r"\b(enter|drop|add|type|leave|pop) your (?:e-?mail|email address|details"
    r"|phone number|number)\b|^\W*(?:your )?e-?mail(?: address)?\W*$|"
    r"\b(?:sign me up|count me in|no spam|zero spam|unsubscribe (?:at )?any ?time|(?:in|to"
    r"|into) \w+ inbox|by email every|"
    r"delivered to your (?:door|doorstep|home|inbox|phone)|check your (?:inbox|e-?mail)"
    r"|never share your e-?mail|"
    r"thanks? (?:you )?for (?:subscribing|signing up|registering|joining)|you(?:'re|’re"
    r"| are) (?:now |all )?(?:signed up|subscribed|registered)\b|you(?:'re|’re) in\s*!|"
    r"by (?:subscribing|signing up|registering|creating an account|continuing"
    r"|joining)\b.{0,20}\byou agree|"
    r"forgot(?:ten)? (?:your )?password|reset (?:your )?password|^\W*(?:my account|log ?out"
    r"|sign ?out|members'? area)\W*$)\b",
    re.I,
)
JOINN = re.compile(
    r"^[^\w]*join (?:more than |over |nearly |some )?[\d,.]+k?\b(?=.*(?:newsletter"
    r"|bulletin|digest|brief|report|getting|who get|"
    r"inbox|every|weekly|daily|subscribers|readers|members|:))",
    re.I,
)
APP = re.compile(
    r"\b(download|get|grab|install|open in|read faster on|listen on"
    r"|try)\b[^.]{0,40}(?:\bour|(?-i:\b[A-Z0-9][\w&+'’]*)) app\b|"
    r"\b(app store|google play|on ios|ios (?:and|&|/|·|\|) android)\b",
    re.I,
)
BUTTON = re.compile(
    r"^\W*(?:not now|no thanks|maybe later|remind me|continue with (?:google|apple"
    r"|email|facebook)|sign in with|log in with)\b",
    re.I,
)
ARROWEND = re.compile(r"^\W*(?:become|join|start|get)\b.{0,40}[→›»▸➜↗]\s*$", re.I)
FOREIGN = re.compile(
    r"\b(abonn\w+|assine|assinar|suscr[ií]b\w*|iscriviti|abbonati|langgan"
    r"|teken in|weiterlesen|lire la suite|"
    r"connectez|inscreva|inscr[ií]bete|registrieren|anmelden|leia sem|lees verder|verder te lees"
    r"|lea m[aá]s)\b",
    re.I,
)
# comments / share / ads / nav / js furniture, left to their own families
OTHER = re.compile(
    r"\b(comments?|commenting|conversation|discussion|debate|reply|replies|thread"
    r"|contributions|house rules|"
    r"gift (?:this|credits|links?|articles?)|gifts? left|as a gift|credits left|unlocks left"
    r"|ad-free with|go ad-free|"
    r"remove ads|hide ads|disabl\w* (?:ads|your ad)|ad ?blocker|whitelist|advert\w*|an ad|the ad"
    r"|javascript|browser|cookies?|"
    r"menu|whatsapp|telegram)\b|^\W*(?:read more|read also|see also|ads)\b|(?-i:\bAI\b)",
    re.I,
)
# narrative news language: reporting verbs, past narrative, headline verbs, a third-person statement
NARR = re.compile(
    r"%|\b(rose|fell|grew|dropped|said|says|say|told|tells|announced|according|reported"
    r"|reports|claimed|added"
    r"|warned|estimated|"
    r"will|was|were|had|has been|have been|would|could|did|percent|per cent|million|billion|who|if"
    r"|should|might|may|"
    r"because|when|while|although|urges|urged|appeals|warns|asks|asked|vows|insists|admits|reveals"
    r"|launch(?:es|ed)|unveil(?:s|ed)|"
    r"announces|hits|loses|lifts|lifted|puts|scraps|axes|slashes|hikes|raises|rises|falls|soar(?:s"
    r"|ed)|surge(?:s|d)|slump(?:s|ed)|"
    r"boom(?:s|ed)|plunge(?:s|d)|jumps|doubles|triples|catches|faces|sparks|sues|bans|rejects"
    r"|approves|eyes|quits|lures|boosts|tops|"
    r"raised|gave|donated|joined|spent|took|found|went|came|began|bought|sold|won|saw|met"
    r"|celebrates)\b|"
    r"\d(?:m|bn)\b|\b(?:he|she|they|it|we) (?:is|are|has|have)\b|[\"“”]|:\s+(?:how|why|what|where"
    r"|when|inside|meet|the)\b|"
    r"^\W*(?:the|a|an|its|their|his|her|these|those)\s+[^.?!:—–|]{0,60}?\b(?:is|are|costs?|has"
    r"|have|lets?|allows?|gives?|offers?|means?|helps?)\s+"
    r"(?!for\b|reserved|exclusive|only|available to|yours|funded|supported|made|members"
    r"|subscribers|paid|premium|part of)",
    re.I,
)
LIGHT = re.compile(
    r"\b(said|says|told|according|reported|should)\b|\bif (?!you (?:value|enjoy"
    r"|like|appreciate|rely|believe|love))|[\"“”]",
    re.I,
)


def _shaped(text: str) -> bool:
    s = text.strip()
    w = len(s.split())
    if not s or w > 30 or OTHER.search(s) or _OTHER_THING_FOR_RE.match(s):
        return False
    if (METER.search(s) or JOINN.search(s)) and not LIGHT.search(s):
        return True
    if NARR.search(s):
        return False
    if w <= 3 and _LABEL_CORE_RE.search(s):
        return True
    if (
        FOREIGN.search(s)
        or BUTTON.search(s)
        or ALREADY.search(s)
        or STATUS.search(s)
        or FUND.search(s)
        or MAIL.search(s)
    ):
        return True
    if APP.search(s) or ARROWEND.search(s) or OFFER.search(s) or CANCEL.search(s):
        return True
    m = STRONG.search(s)
    if m:
        t = s[m.start(1) :]
        if (
            w <= 5
            or FPS.search(t)
            or FP.search(s)
            or (w <= 8 and FPWEAK.search(t))
            or (m.group(1).lower() not in SIGN and (FPX.search(t) or PRICE.search(t)))
        ):
            return True
    if BECOME.search(s) or (FUNDCALL.search(s) and REALPRICE.search(s)):
        return True
    m = WEAK.search(s)
    # What a weak call offers is named outside brackets: "Get Dashlane Password Manager
    # for Free (Upgrade to Premium for $4.99/mo)" is another firm's deal.
    if m and SUBN.search(_BRACKETED_RE.sub("", s[m.start(1) :])):
        t = s[m.start(1) :]
        if w <= 6 or FP.search(t) or FPWEAK.search(t) or FPX.search(t) or PRICE.search(t):
            return True
    if REALPRICE.search(s) and SUBCORE.search(s):
        return True
    return False


#: GATE: a line without a word of subscriptions, sign-ups or support is no such call (asked
#: first, in the line judge's Hyperscan pass).
GATE = re.compile(
    r"\b(?:subscri\w*|newsletters?|sign(?:ing)? (?:up|in|me up)|signup|log ?in|logged in"
    r"|register(?:ed)?|members?|membership|premium|trials?|donat\w*|inbox|unlock\w*|paywall"
    r"|supporters?|patrons?|chip in|abonn\w*|assin\w*|suscr\w*|iscriv\w*|abbonat\w*"
    r"|weiterlesen|insiders?|pledge|upgrade|renew\w*|already a"
    r"|free (?:articles?|stor(?:y|ies)|reads?|trial|month|week)|app store|google play|password"
    r"|cancel anytime|complimentary|unlimited|unsubscribe|no spam|support (?:independent|our|local)"
    r"|give monthly|tip jar|try \d+ days|keep reading|continue reading|free account"
    r"|(?:your|enter your|drop your) e-?mail)\b",
    re.I,
)


#: A label of three words or fewer is a call only with one of these ("Members only",
#: "Subscriber exclusive"; not "Insider story").
_LABEL_CORE_RE = re.compile(
    r"\b(?:subscri\w*|newsletters?|members?(?:hip)?|trials?|paywall|e-?paper"
    r"|(?:unlimited|full|digital|ad-free|early) access|(?:digital|reader|all-access) pass)\b",
    re.I,
)
#: A thing that is not the page, said to be for members: "This lounge is for members
#: only" is news of a lounge ("This story is for subscribers" stays a notice).
_OTHER_THING_FOR_RE = re.compile(
    r"\W*(?:this|that|the|our)\s+(?!(?:story|stories|article|piece|content|page|post"
    r"|feature|newsletter|podcast|episode|report|section|interview|analysis)\b)[\w-]+"
    r"\s+(?:is|are)\s+for\b",
    re.I,
)
_BRACKETED_RE = re.compile(r"\([^()]*\)")


#: Whether a line (at most 30 words) is furniture of this family: it holds a word of
#: :data:`GATE` and has one of the family's shapes.
is_notice = notice_test(GATE, _shaped)
