"""Article lines about the topics of page furniture, for the precision side of the
cleaning benchmark (session of 2026-12-07, thirteenth).

A furniture rule is written from widgets, notices and stamps; the risk it carries is an
article line about the same things: a headline about AI-generated songs, a share price, a
newsletter start-up, a court case over cookie banners, an official who declined to
comment. Each set holds such lines under the nine kinds of :mod:`_cleaning_unseen`, 12
a kind, half of them short (headlines, sub-headings, captions), written by helpers that
read no file of the repo:

- ``TOPICAL_A`` was looked at; it showed the AI rules removing news about AI;
- ``TOPICAL_B`` is held out: only its totals are read;
- ``TOPICAL_C`` (fifteenth session) and ``TOPICAL_D`` (nineteenth) are held out too.

:func:`placements` puts each line into an extraction dev body, after a paragraph where a
neutral line of the same length (:data:`CONTROL_SHORT`, :data:`CONTROL_LONG`, written
here) survives the text path, so that a line lost there is lost for what it says.

Since the twentieth session the body must also share a word with the line and with the
control (:func:`shares_a_word`), as an article shares words with its own lines. A
headline that shares no word with the article around it reads as a teaser for another
story, and the text path now removes it as one (``drop_foreign_headlines``). Before, a
headline about cookie banners could land in a report on a flood. Hosts for the topical
lines are now picked so that this check is not what the sets measure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

#: Neutral article lines, written here: a lost topical line is compared with these.
CONTROL_SHORT = "Flood barriers hold as the river peaks overnight"
CONTROL_LONG = (
    "Heavy rain in the northern valleys closed at least 14 roads overnight, and engineers "
    "from the county council expect most of them to reopen by the weekend."
)
#: A line of this many words or fewer is checked against CONTROL_SHORT.
SHORT_WORDS = 10

TOPICAL_A: dict[str, list[str]] = {
    "nav": [
        "Diners baffled as Harbour Café scraps its printed menu",
        "The tasting menu at Olvera runs to eleven courses, starting with a smoked eel broth and ending with a sorrel sorbet served on ice.",  # noqa: E501
        "Satnav sent lorry down a farm track, driver says",
        "Hikers on the Kessel Ridge trail complained that three signposts had been turned to point the wrong way after a storm last weekend.",  # noqa: E501
        "The museum's east wing, which houses the textile collection, will remain closed while engineers inspect the roof.",  # noqa: E501
        "NEW SIGNS FOR THE CHILDREN'S SECTION",
        "Librarian Maren Halvorsen reorganised the local history section by parish rather than by surname, a change she says halved enquiry times.",  # noqa: E501
        "Ferry crew relied on paper charts after radar failure",
        "Captain Idris Mbeki told the inquiry that the bridge officer had plotted a course that cut too close to the sandbank off Porth Lenna.",  # noqa: E501
        "Council's redesigned website buries bin collection dates, residents say",
        "Visitors to the hospital's fourth floor must now use the lift in the north wing because the main stairwell is being rebuilt.",  # noqa: E501
        "A hand-drawn map of the old quarter, 1894",
    ],
    "time": [
        "Kick-off moved to 12.30pm after police advice",
        "The deadline for objections is 5pm on Friday 14 March, after which the planning committee will meet on 2 April to decide.",  # noqa: E501
        "Timeline: how the Vellmar bridge collapse unfolded",
        "At 6.42am the first call reached the fire station; by 7.15am four crews were at the scene, and the blaze was out before noon.",  # noqa: E501
        '"I only found out a few hours ago that the factory was closing," said forklift driver Tomasz Wrona.',  # noqa: E501
        "Treaty of Aldmoor signed on 9 June 1815",
        "The museum will open from 10am to 6pm Tuesday to Sunday, with late opening until 9pm on the first Thursday of each month.",  # noqa: E501
        "Rail strike to last 48 hours from Monday",
        "Residents waited three years and four months for the flood defences, which were originally promised for spring 2021.",  # noqa: E501
        "SUMMER TIMETABLE STARTS 1 JULY",
        "Polls close at 10pm tonight, and the first results are expected shortly after 1am, according to the returning officer in Karsby.",  # noqa: E501
        "Marathon record stood for 31 years",
    ],
    "share": [
        "Shares in Norvale Mining fell 14% on Tuesday after the company cut its profit forecast for the second time this year.",  # noqa: E501
        "Rideshare drivers in Porto Velano vote to strike",
        "Survivors share their stories at memorial service",
        "The Greens took 18.4% of the vote share in the northern constituency, their best result since the party was founded in 1983.",  # noqa: E501
        "Tool-sharing library opens in former bank branch",
        "Analysts at Brenholt Capital said the supermarket's market share had slipped to 22%, its lowest level in a decade.",  # noqa: E501
        "A video of the rescue was shared more than two million times before the platform labelled it as misleading.",  # noqa: E501
        "WHY FARMERS ARE SHARING TRACTORS",
        "Employees were offered shares at a discount under the scheme, but fewer than a third took part, according to union figures.",  # noqa: E501
        "Car-sharing club hits 10,000 members in Veldhaven",
        '"I wanted to share what happened to me so no other family goes through it," said Amira Haddad, whose son was injured.',  # noqa: E501
        "Tech shares slide as rate fears return",
    ],
    "subscribe": [
        "Streamflix raises monthly price to £12.99",
        "The service lost 400,000 subscribers in the quarter after ending password sharing, although revenue per user rose by 9%.",  # noqa: E501
        "Weekly magazine's circulation falls below 50,000",
        "Membership of the Transport Workers' Union has grown by a fifth since the pay dispute began, general secretary Olu Adeyemi said.",  # noqa: E501
        "Gym chain accused of making cancellations impossible",
        "Customers who tried to cancel their gym memberships online were told they had to attend in person or send a recorded-delivery letter.",  # noqa: E501
        "Paid newsletters are now the main income for several former newspaper columnists, including Petra Lindqvist, who has 30,000 subscribers.",  # noqa: E501
        "VOTER SIGN-UP DRIVE TARGETS STUDENTS",
        "More than 12,000 people signed up for the vaccine in the first two days after the clinic opened in Moreton Vale.",  # noqa: E501
        "Golf club votes to cut joining fee",
        "Regulators said subscription traps cost households an estimated £1.6bn a year in payments for services they no longer used.",  # noqa: E501
        "Newsletter start-up raises $4m from investors",
    ],
    "comments": [
        "Ministry declines to comment on leaked memo",
        "A spokesperson for Harlow & Finch said the firm would not comment while legal proceedings were ongoing.",  # noqa: E501
        "Consultation draws 3,400 comments on bypass plan",
        "Most of the comments submitted to the council opposed the closure of the Elm Street library, a report to cabinet shows.",  # noqa: E501
        "Veteran cricket commentator Desmond Achebe retires",
        "Footballer Lena Voss said she had deleted her social media accounts after receiving hundreds of abusive comments following the final.",  # noqa: E501
        "The platform said it had removed 1.2 million comments in three months for breaching its hate speech rules.",  # noqa: E501
        "ONLINE ABUSE: WHAT THE NEW LAW MEANS",
        "One reader, Gwen Pritchard of Llanfair Isaf, wrote to say the bus cuts had left her unable to reach her hospital appointments.",  # noqa: E501
        "Mayor's remarks on housing draw criticism",
        'Asked about the report on Monday, the prime minister said: "I\'m not going to comment on individual cases."',  # noqa: E501
        "Moderators describe toll of reviewing violent posts",
    ],
    "js": [
        "Browser update breaks online banking for thousands",
        "The outage at Cloudmesh, which lasted almost six hours, left airline check-in desks and supermarket tills unable to process payments.",  # noqa: E501
        "Bakery's chocolate chip cookies win national prize",
        "Under the new rules, websites must ask for consent before placing tracking cookies, with fines of up to 4% of turnover for breaches.",  # noqa: E501
        "Ad blocker firm Quietpage reports record downloads",
        "Publishers say the growth of ad-blocking software has cost them millions in lost revenue, and some now ask readers to switch it off.",  # noqa: E501
        "Parking app fails on first day of launch",
        "The ransomware attack on Dunmore Hospital forced staff to return to pen and paper for nine days, a report has found.",  # noqa: E501
        "WEBSITE ACCESSIBILITY DEADLINE LOOMS FOR COUNCILS",
        "Campaigners said many public sector websites still fail screen reader users, with forms that cannot be completed without a mouse.",  # noqa: E501
        "Engineers traced the fault to a single line of code in a routine software update pushed to millions of devices overnight.",  # noqa: E501
        "Hackers stole data of 80,000 customers",
    ],
    "ai": [
        "AI-generated image of flooded cathedral fooled thousands",
        "The newsroom's editor, Ruth Okonkwo, said every AI-produced summary would be checked by a journalist before publication.",  # noqa: E501
        "Synthetic voice used to impersonate company director",
        "Police in Varenna said the scammers had cloned the grandmother's voice using just a few seconds of audio from a social media video.",  # noqa: E501
        "Text-to-speech app gives blind readers access to archive",
        "Machine translation errors in asylum interviews led to at least 14 cases being reopened, according to lawyers at the Meridian Legal Centre.",  # noqa: E501
        "DEEPFAKE LAWS: WHAT CHANGES IN JANUARY",
        "The chatbot gave customers incorrect refund advice, and a tribunal ruled the airline was bound by what it had said.",  # noqa: E501
        "Lawmakers voted 312 to 94 to require labels on political material generated by artificial intelligence.",  # noqa: E501
        "Teachers split over chatbot use in classrooms",
        '"It sounded exactly like my son," said Helga Sorensen, who transferred €3,000 after receiving the call.',  # noqa: E501
        "Audiobook narrators protest against AI voice deals",
    ],
    "ads": [
        "Advertising spending falls for third quarter",
        "Brewer ends shirt sponsorship of Kestrel Rovers",
        "The watchdog banned a political advert that showed the opposition leader's face edited onto a cartoon character, saying it was misleading.",  # noqa: E501
        "Billboards along the Corrin ring road will be switched off at midnight under new energy-saving rules.",  # noqa: E501
        "Two men jailed over affiliate marketing fraud",
        "Prosecutors said the pair generated fake clicks on affiliate links to claim £2.3m in commission from online retailers.",  # noqa: E501
        "Influencers must now clearly label promoted content or face fines, under rules that came into force this week.",  # noqa: E501
        "SPONSORED BY A BETTING FIRM? THE CLUBS SAYING NO",
        "Agency Brightwater lost its largest client, a car maker, after a campaign was criticised as insensitive.",  # noqa: E501
        "The league's sponsorship deal with Novabank is worth a reported €40m over five years, the largest in its history.",  # noqa: E501
        "Parties spent £6m on online ads during campaign",
        "A billboard on Quay Street before its removal on Tuesday",
    ],
    "related": [
        "The most borrowed library books of the year",
        "More than 40 people were treated for smoke inhalation after the fire spread through the warehouse on Harrow Lane.",  # noqa: E501
        "She is related to the founder through her mother's side, and grew up above the family shop in Tessaly.",  # noqa: E501
        "Also: new bridge for Arnholt opens",
        "Brothers reunited after 50 years apart",
        "Baby name trends: Ada and Otto climb the rankings",
        "The most popular dog breed for a fifth year running was the Labrador, followed by the French bulldog, the kennel club said.",  # noqa: E501
        "Police also recovered two stolen motorbikes during the search of the property in Dalby Road.",  # noqa: E501
        "ELSEWHERE IN THE REGION",
        "Cousins to run rival bakeries on same street",
        "Searches for cold-water swimming rose more than 300% last winter, making it one of the fastest-growing trends in the country.",  # noqa: E501
        "More young people now live with their parents than at any time since records began, the statistics office said.",  # noqa: E501
    ],
}


TOPICAL_B: dict[str, list[str]] = {
    "nav": [
        "Signs of confusion at Valdora's rebuilt terminal",
        "The tasting menu at Casa Irujo, course by course",
        "Lost on the ridge: when GPS gave up",
        "Gallery 14 moves to the third floor",
        "A new wayfinding system for old Kessendorf streets",
        "TRACKING THE COASTAL PATH FROM LINMOUTH TO PORT AVEN",
        "Passengers arriving at Terminal B in Ostrava-Nord reported walking for twenty minutes after overhead signs directed them to a departure gate that had closed in March.",  # noqa: E501
        "Chef Amara Okonkwo's nine-course menu opens with smoked river trout and ends, improbably, with a black garlic ice cream that divided our table.",  # noqa: E501
        "Three hikers were rescued from the Sgurr Breac plateau on Sunday after their phone navigation app routed them onto a path washed away last winter.",  # noqa: E501
        "The Museo Calvet has reorganised its permanent collection so that visitors now begin on the ground floor with Roman mosaics and climb chronologically upward.",  # noqa: E501
        "Skipper Henrik Laasonen said the crew navigated by paper charts for two days after their satellite receiver failed somewhere off the Faroe shelf.",  # noqa: E501
        "Critics of the redesigned Tramly app say the home screen now hides the route planner behind a menu that most older passengers cannot find.",  # noqa: E501
    ],
    "time": [
        "Polls close at 10pm; first results expected by midnight",
        "Kick-off moved to 5.30pm for television",
        "Fifty years since the Marlow Bridge collapse",
        "1987: The Ferreira family buys the mill",
        "Library opening hours cut to four days a week",
        "Trial date set for 14 October",
        '"I saw him two hours ago, standing by the bus shelter," said neighbour Priya Raman, who raised the alarm shortly after 9pm on Tuesday.',  # noqa: E501
        "The electoral commission in Tarvenia has published a timetable under which nominations close on 3 May and counting begins on 1 June.",  # noqa: E501
        "Ingrid Solberg, who turns 104 next week, still walks to the harbour every morning at seven to buy the newspaper.",  # noqa: E501
        "Residents gathered at dawn on Saturday to mark twenty years since the floods that swept through the lower town of San Ciprian.",  # noqa: E501
        "The defendant, aged 34, is due to appear at Harwick Crown Court on 2 February, when a plea hearing is expected.",  # noqa: E501
        "From next Monday the swimming baths will open at 6.30am on weekdays, half an hour earlier than before, after a petition from shift workers.",  # noqa: E501
    ],
    "share": [
        "Shares in Norvale Mining jump 12% on lithium find",
        "Brakton Foods announces £400m share buyback",
        "Staff at Quellin Logistics to share in record profits",
        "Why more thirtysomethings are house sharing",
        "Green Party doubles its vote share in Eastford",
        "The photo that was shared around the world",
        "Under the scheme, every employee with more than a year's service will receive an equal portion of 10% of annual pre-tax profit.",  # noqa: E501
        "Tomasz Wilk, 38, shares a four-bedroom terrace in Leeds with three strangers he found online, and says rent would otherwise swallow his salary.",  # noqa: E501
        "The image of a firefighter cradling a kitten in the ruins of Calder Street was shared more than two million times within a day.",  # noqa: E501
        "Ministers in both countries confirmed that an agreement to share intelligence on maritime smuggling routes would be signed at the summit in Valletta.",  # noqa: E501
        "Analysts said the buyback signalled confidence from the board, although some shareholders would rather have seen a higher dividend.",  # noqa: E501
        "Its share of the national vote fell to 18.4%, the party's weakest showing since it was founded in 1974.",  # noqa: E501
    ],
    "subscribe": [
        "Photographers revolt over editing software subscription",
        "Inside the Daily Courant's paywall gamble",
        "Season tickets at Ferngate Park sell out in hours",
        "Union membership rises for third year running",
        "HOW THE LOYALTY CLUB WORKS",
        "Subscribers down 40,000 after price rise",
        "Design studios across Portugal say they will abandon Vistra Suite after its maker scrapped one-off licences for a monthly plan costing €59.",  # noqa: E501
        "Speaking to our media correspondent, editor Helen Achterberg said digital subscriptions now bring in more revenue than print advertising for the first time.",  # noqa: E501
        "Members of the Greenway supermarket rewards club will no longer earn points on fuel, a change the company says affects few shoppers.",  # noqa: E501
        "Organisers of the nurses' union recruitment drive have visited 60 hospitals since January, signing up roughly 3,000 new members at night-shift handovers.",  # noqa: E501
        "The club has frozen season ticket prices for under-18s but adult renewals will rise by £35, prompting a protest by the supporters' trust.",  # noqa: E501
        "Cancelling her gym membership took Mariana Costa eleven phone calls and a recorded letter, an experience the consumer regulator says is far too common.",  # noqa: E501
    ],
    "comments": [
        "Minister's comments on farmers spark walkout",
        "Neighbours object to Mill Lane tower plans",
        "Pundit apologises for remarks about referee",
        "Troll jailed over messages to MP",
        "Talk-show host faces backlash over flood jokes",
        "WHAT RESIDENTS TOLD THE COUNCIL",
        "Karsten Industries did not respond to a request for comment on Friday, and its press office has not answered questions since the leak.",  # noqa: E501
        "More than 900 comments were submitted on the planning application, the vast majority objecting to the loss of the village green.",  # noqa: E501
        "Former goalkeeper Dario Mendes told viewers the penalty decision was \"the worst I've seen in thirty years\", prompting a complaint from the referees' association.",  # noqa: E501
        "The court heard that Lewis Harcourt, 29, posted abusive comments under the councillor's videos on more than forty occasions over six months.",  # noqa: E501
        "The broadcaster said it had received 4,200 complaints after host Ronan Delaney made comments about refugees during Thursday's late-night programme.",  # noqa: E501
        "A spokesperson for the Interior Ministry declined to comment on the investigation, citing ongoing legal proceedings.",  # noqa: E501
    ],
    "js": [
        "Rival browser gains ground on market leader",
        "Banking app outage leaves customers unable to pay",
        "The Lyon bakery selling 3,000 cookies a day",
        "Regulator fines retailer over cookie banner design",
        "Bootcamp graduates struggle to find first jobs",
        "Console update bricks thousands of machines",
        "Figures from web analytics firm StatLens show the Orbis browser now accounts for 14% of desktop use in Europe, up from 9% a year ago.",  # noqa: E501
        "Customers of Hallmark Savings Bank were unable to log in or make payments for most of Monday after what the bank called a faulty software release.",  # noqa: E501
        "Founder Elodie Marchand started baking chocolate chip cookies in her flat during lockdown and now employs eleven people on the Rue Verdier.",  # noqa: E501
        "The data-protection authority said the site's consent pop-up made rejecting tracking far harder than accepting it, and imposed a fine of €2.1m.",  # noqa: E501
        "Authorities in Kasimir blocked access to three news websites and a messaging service on the eve of the vote, according to digital rights monitors.",  # noqa: E501
        "Participants on the twelve-week coding course learn JavaScript and Python, and the college says two-thirds are in tech jobs within six months.",  # noqa: E501
    ],
    "ai": [
        "Hospital trial uses AI to read chest scans",
        "Teachers grapple with AI-written homework",
        "Grandmother loses savings to voice-clone scam",
        "Broadcaster switches to automated subtitles",
        "Novelist sues tech firm over training data",
        "THE ROBOT THAT READS AUDIOBOOKS",
        "Radiologists at St Aldric's Hospital said the artificial intelligence system flagged early signs of lung cancer that two human readers had initially missed.",  # noqa: E501
        "Head teacher Fiona Barlow said staff had caught several pupils handing in essays generated by chatbots, and the school would return to handwritten coursework.",  # noqa: E501
        "Police said the caller used an AI-generated copy of her son's voice to claim he had been arrested and needed bail money urgently.",  # noqa: E501
        "Deaf viewers complained that the automatically generated captions on Sunday's football coverage repeatedly misspelled players' names.",  # noqa: E501
        "The start-up Helix Minds unveiled its latest language model on Wednesday, claiming it outperforms rivals on maths and coding tests.",  # noqa: E501
        "Author Marguerite Okafor alleges her eleven novels were copied without permission to train the company's chatbot, and is seeking damages.",  # noqa: E501
    ],
    "ads": [
        "Club signs record shirt sponsorship deal",
        "Online ad spending overtakes television",
        "Watchdog bans misleading slimming advert",
        "Influencers must label paid posts, rules say",
        "Billboard removed after complaints from parents",
        "Polar expedition backed by outdoor brand",
        "Rovers will carry the logo of betting firm Lucky Lark on their home shirts for the next three seasons in a deal worth £18m.",  # noqa: E501
        "Advertisers spent £9.4bn on digital campaigns last year, according to the Marketing Spend Council, a rise of 11%.",  # noqa: E501
        "The Advertising Standards Authority ruled that the advert gave the misleading impression the drink could aid weight loss, and ordered it not to appear again.",  # noqa: E501
        'Under the new guidelines, influencers in Denmark must add the word "annonce" at the start of any post for which they received payment.',  # noqa: E501
        "The billboard on Queen's Road, showing a model in underwear beside a primary school, was taken down within 48 hours following a petition.",  # noqa: E501
        "Explorer Anouk Verhagen said backing from a Norwegian clothing company covered most of the £300,000 cost of her crossing of the Greenland ice sheet.",  # noqa: E501
    ],
    "related": [
        "Relatives gather outside the courthouse",
        "Most visited museums in Europe, ranked",
        "Why a cheese-rolling race was trending",
        "Relations between Oskaria and Veldt thaw",
        "1. The Harbour Hotel, Whitsand Bay",
        "Also shortlisted: a lighthouse keeper's memoir",
        'The victim\'s relatives said in a statement that they were "heartbroken" and thanked passers-by who tried to help.',  # noqa: E501
        "The Uffenbach Gallery was the most visited museum in the country last year, drawing 3.1 million people, while the Naval Museum came second.",  # noqa: E501
        "More from the same study found that children who read for pleasure at age ten were more likely to stay in education after sixteen.",  # noqa: E501
        "The hashtag trended for most of Tuesday after a clip of the mayor singing at a karaoke bar was posted by a local radio presenter.",  # noqa: E501
        "Diplomatic relations between the two countries were restored in 2019 after a decade-long freeze over a disputed fishing zone.",  # noqa: E501
        "She also called for an independent review of the force's recruitment practices, saying public trust had been badly damaged.",  # noqa: E501
    ],
}


#: Written in the fifteenth session by a helper that read no file of the repo. Held out:
#: only its totals are read.
TOPICAL_C: dict[str, list[str]] = {
    "nav": [
        "Council unveils new road signs for Marrowby ring road",
        "The redesigned portal, which cost Bremworth District Council an estimated £1.2 million, moved the bin-collection page three clicks deeper, prompting more than 400 complaints in its first week.",  # noqa: E501
        "Harlow Gazette relaunches website after reader complaints",
        "Officials in Kanpur Nagar said the new metro wayfinding system would replace hand-painted direction boards at 14 stations with bilingual digital screens by the end of the monsoon season.",  # noqa: E501
        "Ferry timetable confusion leaves Tindale commuters stranded",
        "Readers of the Port Alvey Courier will now receive a separate weekend edition focused on regional sport, the paper's editor, Maureen Odell, told staff at a meeting on Tuesday.",  # noqa: E501
        "Sat-nav error sends lorries through village green",
        "Hikers say the trail map posted at the Kestrel Ridge car park omits a washed-out footbridge, and two walkers had to be helped across the creek by rangers last month.",  # noqa: E501
        "Museum adds braille floor maps to every gallery",
        "Lagos-based fintech firm Okanla Pay said its app's cluttered menu had confused older customers, so the company will strip the home screen back to four large buttons from next month.",  # noqa: E501
        "Volunteers repaint the old fingerpost at Crayle Cross",
        "The airport's new terminal layout, designed by Sydney firm Brackenridge Architects, puts security, gates and baggage reclaim on a single level so travellers no longer need to follow signs between floors.",  # noqa: E501
    ],
    "time": [
        "Clock tower in Fenwick Market stops after 140 years",
        "The tax office said it had updated its figures overnight, revising the number of late returns from 61,000 to just over 58,400 after a processing error was corrected.",  # noqa: E501
        "Deadline for flood grant applications extended to March",
        "Average commute times in Greater Abbotsfield rose by eleven minutes over the past year, according to a transport survey that blamed roadworks on the A417 and a shortage of bus drivers.",  # noqa: E501
        "Rail operator blames new timetable for late trains",
        "Organisers of the Kaduna book fair have pushed the opening date back by a fortnight after a printing delay left several publishers without stock, a spokesperson said on Monday.",  # noqa: E501
        "Daylight saving change catches out Derrimut bakery",
        "Reading time among teenagers fell to an average of 17 minutes a day in 2023, a charity report found, although audiobook use among the same group nearly doubled.",  # noqa: E501
        "Students protest exam schedule clash in Nagpur",
        "Hospital managers in Wexley admitted that patients had been sent appointment letters with the wrong dates for almost three weeks, blaming a fault in a newly installed booking system.",  # noqa: E501
        "Watchmaker Elias Brunt, 82, at his Pemberly workbench",
        "The city council voted 9-4 to keep the library open until 9 p.m. on weekdays, reversing a plan that would have closed the branch at six to save roughly $80,000.",  # noqa: E501
    ],
    "share": [
        "Tarrant Mining shares slide 12% on output warning",
        "Shares in Ridgeline Telecom closed 4.3 per cent higher on Thursday after the company said it had won a ten-year contract to supply fibre broadband to three northern counties.",  # noqa: E501
        "Ride-share drivers in Bellmont stage one-day strike",
        "Police in Enugu urged residents not to share a doctored video of the market fire, saying it had caused unnecessary panic among traders who had already lost their stalls.",  # noqa: E501
        "Councillor apologises for deleted post about bin strike",
        "The school has banned pupils from emailing homework directly to teachers after staff inboxes were overwhelmed, asking families to use the shared classroom drive instead.",  # noqa: E501
        "Printing works closure ends 90 years of newspapers",
        "A Facebook post by Mayor Delia Fountaine announcing the pool closure was shared more than 6,000 times before the town clarified that only the diving area would be shut.",  # noqa: E501
        "Investors cheer Halvorsen Foods share buyback plan",
        "Employees at Corvane Logistics will be offered free shares worth up to £3,000 each under a profit-sharing scheme announced alongside the firm's annual results.",  # noqa: E501
        "Mural photo shared thousands of times, artist still unidentified",
        "The print run for the Bundaberg Herald's final Saturday edition was doubled to 40,000 copies after readers queued outside newsagents to buy a keepsake.",  # noqa: E501
    ],
    "subscribe": [
        "Streaming giant Velora loses two million subscribers",
        "The magazine's publisher said digital subscriptions had overtaken print sales for the first time, with 112,000 paying readers at the end of June compared with 97,000 a year earlier.",  # noqa: E501
        "Parish newsletter celebrates its 500th issue",
        "Members of the Oakridge Golf Club voted to raise annual fees by 8 per cent, despite objections from retirees who said they were being priced out of the sport.",  # noqa: E501
        "Gym chain scraps joining fee for pensioners",
        "Consumer groups in Pune have accused several meal-kit firms of making it deliberately difficult to cancel a subscription, with some customers forced to call a helpline during office hours.",  # noqa: E501
        "Hackers exposed log-in details of 80,000 library users",
        "Regulators fined Brightwave Broadband £2.4 million after it emerged that customers who forgot their log-in passwords were being locked out of their accounts for up to a week.",  # noqa: E501
        "Hospice charity hits donation target two months early",
        "The newsroom, funded largely by reader donations since 2019, said a single anonymous gift of $250,000 would allow it to hire two investigative reporters covering state politics.",  # noqa: E501
        "Why the Cresswell Echo dropped its paywall",
        "Abuja-based author Chidinma Eze started her newsletter with 40 readers in 2020 and now earns more from it than from her three published novels combined.",  # noqa: E501
    ],
    "comments": [
        "Residents flood consultation on Harbury bypass",
        "Dunmore Holdings declined to comment when asked whether the redundancies would affect its call centre in Lisburn, where about 600 people are employed.",  # noqa: E501
        "Minister's offhand comment sparks row in Parliament",
        "The public consultation on the proposed wind farm near Carrow Hill attracted 2,140 written responses, almost three-quarters of them opposing the height of the turbines.",  # noqa: E501
        "Newspaper closes online comment section after abuse",
        "A retired schoolteacher from Ballarat has become an unlikely online celebrity after years of leaving polite, grammatically flawless comments beneath local council videos.",  # noqa: E501
        "Planning inspector hears 300 objections to quarry",
        "Moderators at the Tribune Weekly said they removed nearly 9,000 comments last year, most of them spam, before the paper decided to switch off reader discussion on court stories.",  # noqa: E501
        "Club chairman declined to comment on sacking rumours",
        "The commissioner's comments about rural policing were 'deeply unhelpful', the chair of the Farmers' Union said, adding that thefts of quad bikes had risen sharply in the county.",  # noqa: E501
        "Public feedback sought on Mitcham park redesign",
        "Lagos State officials said residents have until 30 September to submit comments on the draft building code, which would require fire exits in all markets above two storeys.",  # noqa: E501
    ],
    "js": [
        "Family bakery's chocolate chip cookie wins national prize",
        "A JavaScript library used by thousands of websites was briefly hijacked on Sunday, security researchers said, after an attacker gained access to a maintainer's account and published a malicious update.",  # noqa: E501
        "Browser update breaks council parking payment site",
        "The data protection authority ruled that Hollin Travel had failed to obtain valid consent before placing advertising cookies on visitors' devices, and ordered the company to delete the data collected.",  # noqa: E501
        "Cookie consent rules tightened for Indian apps",
        "Engineers at Stratus Cloud traced Tuesday's four-hour outage to a misconfigured network change, which left banks, airlines and a hospital booking system across the region returning error messages.",  # noqa: E501
        "Outage leaves Coralbay card terminals offline for hours",
        "Sales of oatmeal raisin cookies at the Whitby Road school fair raised £1,860 for new playground equipment, organisers said, beating last year's total by almost a third.",  # noqa: E501
        "Ada Mensah with her award-winning shortbread biscuits",
        "Developers say the new version of the Pathway browser blocks third-party cookies by default, a change that advertisers warn could reduce revenue for small publishers.",  # noqa: E501
        "Privacy watchdog fines retailer over tracking pixels",
        "Nigeria's data protection commission gave banks 90 days to rewrite privacy notices in plain language after a survey found most customers could not understand them.",  # noqa: E501
    ],
    "ai": [
        "AI-written novel shortlisted, then pulled, from prize",
        "The council admitted that a summary of the housing report circulated to councillors had been generated by an artificial intelligence tool and contained two figures that did not appear in the original.",  # noqa: E501
        "Radio station defends use of synthetic newsreader voice",
        "Voice actors in Melbourne have formed a union branch to demand consent and payment before their recordings are used to train synthetic voices for audiobooks and advertisements.",  # noqa: E501
        "Hospital trials AI tool for reading chest X-rays",
        "Orrin Analytics said its new language model could translate Yoruba, Hausa and Igbo into English with fewer errors than previous systems, though linguists cautioned that the tests were limited.",  # noqa: E501
        "Translators protest as publisher adopts machine translation",
        "Teachers in the district will be allowed to use AI software to draft lesson plans but not to mark coursework, under guidance published by the education board on Friday.",  # noqa: E501
        "Bengaluru startup raises $40 million for chatbot platform",
        "A local newspaper in Dorset apologised after an AI-generated image of a flooded high street was published alongside a story, saying its photo desk had not checked the source.",  # noqa: E501
        "Court rejects evidence summarised by software",
        "Researchers at Kelvingrove University found that listeners correctly identified computer-generated voices only 54 per cent of the time, barely better than chance.",  # noqa: E501
    ],
    "ads": [
        "Watchdog bans misleading ad for slimming tea",
        "The Advertising Standards Authority said the television commercial for Brightlake Motors exaggerated the car's fuel economy and must not be shown again in its current form.",  # noqa: E501
        "Brewery drops sponsorship of junior football league",
        "Global advertising spending is expected to rise 6 per cent this year, according to forecasts from media agency Hartwell Group, driven largely by retail media and streaming television.",  # noqa: E501
        "Billboard row divides Castlemere residents",
        "The festival's organisers confirmed that a mobile phone company will replace the bank as principal partner after the lender withdrew its support following protests over its fossil fuel lending.",  # noqa: E501
        "Influencer fined over undisclosed affiliate links",
        "Mumbai police registered a case against a travel firm accused of running promotions for holiday packages that did not exist, with more than 200 customers reporting losses.",  # noqa: E501
        "Supermarket own-brand cereal outsells big names",
        "Bloggers say affiliate commissions paid by the online marketplace have been cut from 8 per cent to 4 per cent, leaving some earning less than half their previous income.",  # noqa: E501
        "Tarrow FC unveil new shirt sponsor ahead of season",
        "A branded range of sauces launched by Nigerian chef Tunde Afolabi sold out within days at Lagos supermarkets, prompting his company to double production at its Ikeja factory.",  # noqa: E501
    ],
    "related": [
        "Two arrested over related thefts in Halsey Park",
        "Detectives said they were investigating whether the fire at the warehouse was related to two other blazes on the same industrial estate earlier this month.",  # noqa: E501
        "Latest jobless figures show slight rise in Wales",
        "The memoir was the most read title in Queensland's public libraries last year, borrowed more than 31,000 times, according to figures released by the state library.",  # noqa: E501
        "Recommended dose of vitamin D under review",
        "Doctors now recommend that adults over 65 have the flu vaccine before October, and the health department said recommended doses would be available at pharmacies free of charge.",  # noqa: E501
        "Trending dance craze lands teenagers in hospital",
        "A hashtag criticising the new parking charges was trending nationally within hours, and by Thursday evening the council leader had announced the plan would be paused for review.",  # noqa: E501
        "Most-read author of the year is a retired nurse",
        "Investors will be watching the latest inflation data closely, with economists at Marlow Bank expecting the annual rate to ease slightly to 3.1 per cent.",  # noqa: E501
        "Latest Ashfield Rovers signing arrives from Ghana",
        "The exhibition includes more from the photographer's early years in Ibadan than any previous show, with 60 prints never before displayed in public, the curator said.",  # noqa: E501
    ],
}


#: Written in the nineteenth session by a helper that read no file of the repo, as three
#: invented outlets (a Scottish daily, a Kenyan English-language paper, an American local
#: public radio site). Held out: only its totals are read.
TOPICAL_D: dict[str, list[str]] = {
    "nav": [
        "Analysis: Why tourists keep ignoring Glenmorran's new signposts",
        "Satnav blunder leaves lorry wedged on Kilbrannan farm track",
        "Chef overhauls menu to champion Kenyan highland produce",
        "The hospital's east wing reopens after flood repairs",
        "Mapping the city's lost creeks, one block at a time",
        "Pictured: volunteers repaint the faded fingerpost at Drumlachie crossroads",
        "The report's findings on overcrowding appear on page 47, buried beneath a lengthy appendix that several councillors admitted they had not read before Tuesday's vote.",  # noqa: E501
        "Mwangi said matatu drivers now rely on phone navigation apps rather than memory, which is why so many were caught out when the Thika Road interchange closed without warning.",  # noqa: E501
        "Going back to the family home in Ayrshire for the first time in 30 years, she found the front room exactly as her mother had left it.",  # noqa: E501
        "Hikers who skip the marked trail to shorten the climb are causing erosion that rangers say could take a decade to repair, according to a county parks survey.",  # noqa: E501
        "The restaurant's tasting menu, which changes weekly, now features seven courses built around fish landed that morning at Peterhead harbour.",  # noqa: E501
        "The museum's new home page for its digitised archive attracted more than 40,000 visitors in its first week, far exceeding the modest targets set by the trust.",  # noqa: E501
    ],
    "time": [
        "Timeline: Eleven days that brought down the Kisumu water board",
        "Deadline for bursary applications extended to 31 March",
        "Pool to stay open until 10pm through August",
        "At 94, she still opens the post office at 7am",
        "'It happened two hours ago and nobody has called us'",
        "Ferry timetable cut to three sailings a day from Monday",
        "At 4.15pm, police received the first call reporting smoke from the warehouse; by 4.40pm, three fire crews were at the scene and the adjoining street had been evacuated.",  # noqa: E501
        "The clinic will now open from 8am to 6pm on weekdays and from 9am until noon on Saturdays, a change health officials say will cut waiting times by a third.",  # noqa: E501
        "Court papers show the contractor missed the June 2022 deadline, then a revised one in January 2023, before the county finally terminated the agreement last spring.",  # noqa: E501
        "Witnesses said the bus left Eldoret shortly after 9pm on Friday and the crash happened at about 1.30am, some 40 kilometres short of Nakuru.",  # noqa: E501
        "Speaking from his hospital bed, the 17-year-old said he had been waiting since just after midnight before an ambulance finally arrived at twenty past three.",  # noqa: E501
        "The polls open at 7am and close at 8pm, and anyone standing in line at closing time will still be allowed to vote, the county clerk said.",  # noqa: E501
    ],
    "share": [
        "Shares in Caledonian Whisky Holdings slump 12% on profit warning",
        "Market share battle heats up among Nairobi's mobile lenders",
        "Ride-hailing drivers say sharing economy left them behind",
        "Leaked copy of draft budget circulated among MPs",
        "Grandmother's post shared 200,000 times leads to reunion",
        "Printing press that served Dundee for a century falls silent",
        "The company's share price has fallen by almost a third since January, wiping roughly £400m off its value and leaving pension funds nursing heavy losses.",  # noqa: E501
        "The regulator said the two firms together controlled nearly 70 per cent of market share in rural mobile money transfers, raising concerns about competition.",  # noqa: E501
        "Parents told the station they had emailed the school board repeatedly over several months and received only automated replies until a local reporter began asking questions.",  # noqa: E501
        "A copy of the inspection report, obtained by this newspaper, shows that engineers flagged cracks in the bridge's supports as early as 2019.",  # noqa: E501
        "Tool libraries and car-sharing clubs have spread across the island in recent years, with organisers saying rising living costs have persuaded many households to borrow rather than buy.",  # noqa: E501
        "The social network's parent company told investors it expects advertising revenue to slow, sending its stock down sharply in after-hours trading on Wednesday.",  # noqa: E501
    ],
    "subscribe": [
        "Golf club membership waiting list hits record length",
        "Voter registration drive targets first-time voters in Machakos",
        "Local paper drops paywall for flood coverage",
        "Streaming subscriptions fall as households tighten budgets",
        "Night-school sign-ups double after council cuts fees",
        "The retired teacher who runs a 3,000-reader birdwatching newsletter",
        "Officials said more than 2.1 million new voters had been registered by the close of the exercise, short of the 4.5 million target set by the electoral commission.",  # noqa: E501
        "The breach exposed the log-in details of some 14,000 account holders, and the bank has urged customers to change their passwords immediately.",  # noqa: E501
        "Critics argue that putting public-interest reporting behind a paywall shuts out the very readers who most need it, though publishers insist subscriptions are now their only reliable income.",  # noqa: E501
        "Enrollment for the free coding course opens on Monday, and organizers expect the 120 places to be filled within days, as they were last year.",  # noqa: E501
        "The magazine, which once boasted 80,000 subscribers across Scotland, will publish its final print edition next month before moving online.",  # noqa: E501
        "Members of the allotment society voted overwhelmingly to raise annual fees for the first time in a decade, citing soaring water charges.",  # noqa: E501
    ],
    "comments": [
        "Ministry declines to comment on leaked audit",
        "Public comment period on pipeline route closes Friday",
        "Former striker joins radio team as match commentator",
        "'We hear you,' governor tells angry residents in reply",
        "Forum moderators quit over abuse from users",
        '"Tulikuwa tunazungumza tu, hakuna aliyetarajia vita"',
        "A spokesperson for the health board said it would be inappropriate to comment while the investigation was ongoing, but confirmed the two nurses had been suspended.",  # noqa: E501
        "The consultation closed in November with more than 6,000 responses, the majority opposing the plan to merge the two rural primary schools.",  # noqa: E501
        "During the hour-long conversation, the elder spoke about losing three of his sons to cattle raids and his hope that the new peace committee would hold.",  # noqa: E501
        "The agency received 1,200 written comments during the 60-day review, many from ranchers worried that the new rules would restrict grazing on federal land.",  # noqa: E501
        "In her reply to the letter, the minister acknowledged the delays but insisted the new ferry would enter service before the end of the year.",  # noqa: E501
        "Political commentators had predicted a narrow result, but the incumbent won by more than 20,000 votes, carrying every ward in the eastern half of the county.",  # noqa: E501
    ],
    "js": [
        "Bakery's giant chocolate chip cookies sell out by noon",
        "Browser update leaves thousands of council laptops frozen",
        "Outage knocks mobile payments offline across western Kenya",
        "Analysis: Are ad blockers killing the free web?",
        "Local filmmaker's documentary climbs the video platform charts",
        "Robot lawnmowers spark hedgehog welfare concerns",
        "The bank said the outage, which lasted nearly five hours, was caused by a faulty software update rather than a cyber attack, and that no customer data had been compromised.",  # noqa: E501
        "Regulators are examining whether websites are pressuring visitors into accepting tracking cookies by hiding the option to refuse behind several layers of menus.",  # noqa: E501
        "The start-up, which sells ad-blocking software to 3 million users, says it has doubled revenue this year as people grow tired of intrusive advertising.",  # noqa: E501
        "Students at the Kakamega campus said the exam portal showed nothing but a loading screen for over an hour, and many were unable to submit their answers.",  # noqa: E501
        "Fraudsters are increasingly using automated bots that can defeat the distorted-text captchas once thought to keep them out, security researchers warned at the conference.",  # noqa: E501
        "Her shortbread, baked to her grandmother's recipe in a tiny kitchen in Portree, took first prize at the show for the third year running.",  # noqa: E501
    ],
    "ai": [
        "Song made with artificial intelligence tops streaming chart",
        "Regulator opens inquiry into AI chatbot's medical advice",
        "Voice-cloning scam costs pensioner £14,000",
        "Farmers turn to translation app to reach Chinese buyers",
        "Is AI narration the end of the audiobook actor?",
        "Analysis: What the new AI rules mean for hospitals",
        "The woman said the caller sounded exactly like her son, and only later did police explain that criminals had likely cloned his voice from videos posted online.",  # noqa: E501
        "Authors' groups have objected to the publisher's decision to release audiobook narration produced by synthetic voices, arguing it threatens the livelihoods of hundreds of Scottish actors.",  # noqa: E501
        "The school district will pilot a chatbot tutor in four middle schools this fall, though teachers' union leaders say they were not consulted on the plan.",  # noqa: E501
        "Judges have warned lawyers that AI-generated summaries of case law must be checked by hand after a submission cited two rulings that did not exist.",  # noqa: E501
        "The Swahili translation app, built by a team of students in Nairobi, has been downloaded more than half a million times since its launch in March.",  # noqa: E501
        "Musicians staged a protest outside the record label's offices, accusing it of training artificial intelligence on their recordings without permission or payment.",  # noqa: E501
    ],
    "ads": [
        "Watchdog bans gambling adverts aimed at students",
        "Brewery ends shirt sponsorship deal with Highland club",
        "Billboards along Mombasa Road to be pulled down",
        "Ad agencies brace for leaner year",
        "Supermarket promotion sparks bread shortage in Kisii",
        "Station announces new community partners for youth radio project",
        "The advertising regulator ruled that the energy drink advert was irresponsible because it implied the product could improve sporting performance and was likely to appeal to under-16s.",  # noqa: E501
        "Influencers who earn affiliate commission on products they promote must now disclose it clearly, under new guidelines issued by the communications authority on Thursday.",  # noqa: E501
        "The three-year sponsorship deal, thought to be worth around £1.5m, will see the insurer's logo on the front of the team's shirts from next season.",  # noqa: E501
        "Advertising spending in the country's newspapers fell by 18 per cent last year as brands shifted budgets to social media and outdoor displays.",  # noqa: E501
        "Neighbors say the digital billboard installed beside the highway last spring is so bright that it lights up their bedrooms all night.",  # noqa: E501
        "Under the partnership, the university will provide training for nurses while the county covers the cost of accommodation and transport for students from remote areas.",  # noqa: E501
    ],
    "related": [
        "Relatives demand answers after inmate's death in custody",
        "Police link burglary to three related cases in Fife",
        "Summer reading list: twelve books for long evenings",
        "'You might also want to bring a torch,' warns ranger",
        "The stories our grandmothers told us by the fire",
        "What comes next for the shuttered mill?",
        "The librarian recommended books by local authors to each of the 40 children in the summer program, and more than half finished at least five titles by August.",  # noqa: E501
        "Detectives believe the fraud is related to a wider scheme targeting elderly landowners in the region, and more arrests are expected in the coming weeks.",  # noqa: E501
        "Her relations with the party leadership have soured since the vote, and next month's conference is likely to test whether she can survive as deputy.",  # noqa: E501
        "In the novel, one of the other stories woven through the main plot follows a fisherman's widow as she rebuilds her life in a Hebridean village.",  # noqa: E501
        "The court heard that the accused was related to two of the victims by marriage and had lived with the family for several years before the attack.",  # noqa: E501
        "Next came the hardest part, she said: telling relatives back in Kisumu that the money they had sent for school fees had been lost.",  # noqa: E501
    ],
}


#: Every set, with whether it is held out.
TOPICAL_SETS: tuple[tuple[str, dict[str, list[str]], bool], ...] = (
    ("topical set A", TOPICAL_A, False),
    ("topical set B (held out)", TOPICAL_B, True),
    ("topical set C (held out)", TOPICAL_C, True),
    ("topical set D (held out)", TOPICAL_D, True),
)

#: Gold bodies with fewer words are left out, as in :mod:`_cleaning_unseen`.
MIN_WORDS = 80

_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_SMALL = frozenset(
    "that this with from have will they their there what when where which about after "
    "before into over than then them these those been were would could should also just "
    "only very much many here said says your more most some such".split()
)


def shares_a_word(line: str, text: str) -> bool:
    """True when a word of four letters or more of ``line``, other than a small word,
    stands in ``text`` (inside a longer word too: "farm" in "farmers")."""
    text = text.lower()
    return any(w not in _SMALL and w in text for w in _WORD_RE.findall(line.lower()))


def placements(
    records: list[dict],
    lines: list[str],
    survives: Callable[[str, str], bool],
    seed: int = 5,
) -> Iterator[tuple[str, str]]:
    """``(line, page)`` for each of ``lines``: a dev body with the line put after one of
    its paragraphs. Positions are drawn with a generator seeded ``seed``; one is used only
    when ``survives(control page, control line)`` holds for the same page with the control
    line there instead (the page's own zone does not cut it)."""
    rng = random.Random(seed)
    bodies = [r for r in records if len((r.get("body") or "").split()) >= MIN_WORDS]
    for index, line in enumerate(lines):
        control = CONTROL_SHORT if len(line.split()) <= SHORT_WORDS else CONTROL_LONG
        for attempt in range(len(bodies)):
            record = bodies[(index * 7 + attempt) % len(bodies)]
            paragraphs = [p for p in record["body"].split("\n") if p.strip()]
            if len(paragraphs) < 3:
                continue
            at = rng.randint(1, len(paragraphs) - 1)

            title = record.get("title") or ""
            host = "\n".join([title, *paragraphs])
            if not (shares_a_word(line, host) and shares_a_word(control, host)):
                continue  # an article's own line shares its words (see the module doc)
            control_page = "\n\n".join([title, *paragraphs[:at], control, *paragraphs[at:]])
            if survives(control_page, control):
                page = "\n\n".join([title, *paragraphs[:at], line, *paragraphs[at:]])
                yield line, page
                break
