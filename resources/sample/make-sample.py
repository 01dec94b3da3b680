#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds sample.jsonl (Byline's export format) from articles_a.py and articles_b.py.

Times are written relative to a fixed anchor; Byline shifts every time in the file so that the
anchor becomes "a few minutes ago" when it creates a library (SampleLibrary), so the dates look
fresh and the reads fall inside the Top 10 window. Run: python3 make-sample.py > sample.jsonl
"""

import json
import sys
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

import articles_a
import articles_b

ANCHOR = datetime(2026, 11, 29, 6, 0, tzinfo=timezone.utc)

# Reads per article, in Top 10 order; ties are broken by the more recent last read.
READS = [("harbour-lights", 9), ("mortgage-qa", 8), ("alley-bookshops", 7), ("night-buses", 6),
         ("orchestra", 5), ("cup-quarter-finals", 4), ("unfinished-book", 3), ("eels", 3),
         ("flood-review", 2), ("library-card", 1)]
# A read older than the seven-day window: it must not count.
OLD_READS = {"last-projectionist": [ANCHOR - timedelta(days=8, hours=3)]}
READ = {"harbour-lights", "orchestra"}
STARRED = {"unfinished-book"}


class TextMaker(HTMLParser):
    BLOCKS = {"p", "h2", "h3", "li", "blockquote", "figcaption"}

    def __init__(self):
        super().__init__()
        self.blocks = []
        self.current = None

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS and tag != "blockquote":
            self.current = "\u2022 " if tag == "li" else ""

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self.current is not None:
            text = " ".join(self.current.split()) if not self.current.startswith("\u2022") \
                else "\u2022 " + " ".join(self.current[2:].split())
            if text.strip("\u2022 "):
                self.blocks.append(text)
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current += data


def iso(time):
    return time.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") \
        + "%03dZ" % (time.microsecond // 1000)


def parse(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def reads_for(key, published, rank, count):
    last = ANCHOR - timedelta(minutes=30 + rank * 23)
    first = max(published + timedelta(hours=1), ANCHOR - timedelta(days=7) + timedelta(hours=2))
    step = (last - first) / max(count - 1, 1)
    step = max(step, timedelta(minutes=61))
    times = [last - step * i for i in range(count)]
    assert times[-1] >= first - timedelta(minutes=1), key
    seconds = [45 + (len(key) * 37 + i * 53) % 540 for i in range(count)]
    return sorted(zip(times, seconds))


def build():
    articles = sorted(articles_a.ARTICLES + articles_b.ARTICLES, key=lambda a: a["published"])
    ranks = {key: (rank, count) for rank, (key, count) in enumerate(READS)}
    lines = []
    for number, a in enumerate(articles, start=1):
        html = "\n".join(line.strip() for line in a["html"].strip().splitlines())
        maker = TextMaker()
        maker.feed(html)
        plain = "\n\n".join(maker.blocks)
        words = len(plain.replace("\u2022", " ").split())
        assert 300 <= words <= 900 or a["language"] == "ko", (a["key"], words)
        published = parse(a["published"])
        fetched = published + timedelta(minutes=35)
        reads = []
        if a["key"] in ranks:
            rank, count = ranks[a["key"]]
            reads = [{"at": iso(t), "seconds": s}
                     for t, s in reads_for(a["key"], published, rank, count)]
        reads = [{"at": iso(t), "seconds": 120} for t in OLD_READS.get(a["key"], [])] + reads
        first = maker.blocks[0]
        summary = first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "\u2026"
        record = {
            "id": number,
            "source": a["source"],
            "url": a["url"],
            "canonicalUrl": a["canonical"],
            "title": a["title"],
            "deck": a["deck"],
            "section": a["section"],
            "author": a["author"],
            "published": iso(published),
            "fetched": iso(fetched),
            "language": a["language"],
            "summary": summary,
            "contentHtml": html,
            "plainText": plain,
            "wordCount": words,
            "leadImageUrl": a.get("lead", ""),
            "read": a["key"] in READ,
            "starred": a["key"] in STARRED,
            "created": iso(fetched),
            "updated": iso(fetched),
            "reads": reads,
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":")))
        print("%2d %-9s %4d words  %s" % (number, a["section"], words, a["title"]),
              file=sys.stderr)
    return lines


if __name__ == "__main__":
    sys.stdout.write("\n".join(build()) + "\n")
