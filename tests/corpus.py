"""A small made-up corpus the tests write to disk: two stories, three outlets."""

from __future__ import annotations

import json
from pathlib import Path

FERRY_1 = """Northwind Courier
Ferry strike halts crossings to Isle Barra
Published March 3, 2026
Share this story
Ferry crews at Port Selwick walked off the job on Monday, halting every crossing to Isle Barra, the Selwick Ferry Company said.
"We cannot run a single boat without the deck crews," company director Ilsa Marrow said. "Passengers should not travel to the terminal."
The union said 412 crew members joined the strike over pay and rest hours.
Union leader Tomas Brandt said that talks with the company had collapsed after nine weeks.
Sign up for our newsletter
Most popular
"""

FERRY_2 = """The Harbour Post | News
Isle Barra cut off as ferry crews strike
Updated 2 hours ago
Crews of the Selwick Ferry Company stopped work at Port Selwick on Monday, and no ferry left for Isle Barra, the company confirmed.
According to the union, 450 crew members are on strike over pay and rest hours.
"This strike is about safety as much as pay," union leader Tomas Brandt told reporters. "Tired crews make mistakes."
Ilsa Marrow, the company's director, said the company would meet the union on Thursday.
Advertisement
Follow us on social media
"""

ORCHARD = """Valley Gazette
Frost ruins half of the Kelby apple crop
Published March 2, 2026
A late frost destroyed about half of the apple blossom in the Kelby valley over the weekend, growers said.
"In forty years I have never seen the blossom go brown overnight," grower Maren Holt said.
The valley's growers' association asked the regional council for emergency support.
Read more: Spring weather outlook
"""

FERRY_3_JSONL = {
    "id": "wire-0091",
    "body": (
        "Ferry services between Port Selwick and Isle Barra remained suspended on Tuesday as "
        "the strike by Selwick Ferry Company crews entered its second day. Union leader Tomas "
        "Brandt said crews would return only once the company improved pay and rest hours. "
        '"We are ready to talk at any hour," company director Ilsa Marrow said.'
    ),
    "title": "Ferry strike enters second day",
    "outlet": "Coastal Wire",
    "published": "2026-03-04",
    "url": "https://wire.example/ferry-strike-day-two",
}


def write_corpus(folder: Path) -> Path:
    """Write the first batch (two ferry pages, one orchard page) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ferry_courier.txt").write_text(FERRY_1, encoding="utf-8")
    (folder / "ferry_post.txt").write_text(FERRY_2, encoding="utf-8")
    (folder / "orchard.txt").write_text(ORCHARD, encoding="utf-8")
    return folder


def write_followup(folder: Path) -> Path:
    """A later batch: a JSONL wire story that belongs to the ferry story."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "wire.jsonl"
    path.write_text(json.dumps(FERRY_3_JSONL) + "\n", encoding="utf-8")
    return path


EVENTS = [
    ("Velmora", "dam", "burst", "flooded the lower town", "Mayor Ines Caldera", 212),
    (
        "Brisk Harbour",
        "pier",
        "collapsed",
        "closed the fish market",
        "Harbourmaster Olek Varga",
        37,
    ),
    (
        "Tamsin Ridge",
        "wildfire",
        "spread",
        "forced farms to evacuate",
        "Fire chief Dana Orlow",
        1400,
    ),
    (
        "Queln",
        "power plant",
        "shut down",
        "left the valley without power",
        "Engineer Ravi Sethmar",
        8800,
    ),
    ("Lantry", "rail bridge", "cracked", "halted freight trains", "Inspector Maud Keswick", 64),
    (
        "Orrin Bay",
        "oil tanker",
        "ran aground",
        "spilled diesel near the beach",
        "Captain Pell Ardent",
        95,
    ),
]
OUTLETS = ["Northwind Courier", "The Harbour Post", "Valley Gazette", "Coastal Wire"]
OPENINGS = [
    "The {thing} in {place} {verb} early on Monday and {effect}, officials said.",
    "Early on Monday the {thing} at {place} {verb}, which {effect}, according to officials.",
    "Officials said the {place} {thing} {verb} on Monday morning and {effect}.",
    "A {thing} {verb} in {place} on Monday, and the accident {effect}, officials said.",
]


def write_many(folder: Path) -> list[Path]:
    """24 made-up pages: six unrelated events, each reported by four outlets."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for e, (place, thing, verb, effect, speaker, count) in enumerate(EVENTS):
        for o, outlet in enumerate(OUTLETS):
            first = OPENINGS[o].format(place=place, thing=thing, verb=verb, effect=effect)
            name = speaker.split()[-1]
            text = (
                f"{outlet}\n"
                f"{place} {thing} {verb}, {count + o} affected\n"
                f"Published March {3 + e}, 2026\n"
                f"{first}\n"
                f'"We are doing everything we can for the people of {place}," {speaker} said.\n'
                f"About {count + o} residents were affected, and crews worked through the night "
                f"at the {thing} in {place}.\n"
                f"{name} said that an inquiry into the {thing} would begin within a week.\n"
                "Share this article\n"
            )
            path = folder / f"event{e}_outlet{o}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths
