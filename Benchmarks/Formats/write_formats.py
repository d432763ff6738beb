"""Writes the synthetic articles of make_corpus.py in every format newsdesk reads.

    python3 write_formats.py SOURCE_FOLDER OUT_FOLDER

OUT_FOLDER gets txt/ (the articles as they are), html/ (news pages with the furniture real
pages carry), nitf/ (NITF .xml), rss/ (one feed) and jsonl/ (one export), the same text in
each. Used by measure.sh.
"""
import html
import json
import os
import sys

source, out = sys.argv[1], sys.argv[2]
paths = sorted(
    os.path.join(folder, name)
    for folder, _, names in os.walk(source)
    for name in names
    if name.endswith(".txt")
)
for kind in ["txt", "html", "nitf", "rss", "jsonl"]:
    os.makedirs(os.path.join(out, kind), exist_ok=True)

NAV = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12)) + "</ul></nav>"
BANNER = "<div class='cookie-banner'><p>We use cookies to improve your experience.</p><button>Accept</button></div>"
FOOTER = "<footer><p>Copyright 2025 Example News. All rights reserved.</p><a href='/terms'>Terms</a></footer>"
SCRIPT = "<script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }</script>"

feed_items, export_lines = [], []
for number, path in enumerate(paths):
    text = open(path, encoding="utf-8").read()
    date, body = "", text.strip()
    if body.startswith("date "):
        date, body = body[5:15], body[16:].strip()
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    title = paragraphs[0].split(". ")[0][:80] if paragraphs else f"Article {number}"
    name = f"a{number:07d}"
    open(os.path.join(out, "txt", name + ".txt"), "w", encoding="utf-8").write(text)
    escaped = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'>{SCRIPT}"
        f"<style>body {{ font-family: serif; }}</style></head><body>{NAV}{BANNER}"
        f"<header><p>Example News</p></header><main><article><h1>{html.escape(title)}</h1>\n"
        f"{escaped}</article><aside><p>Most read</p></aside></main>{FOOTER}</body></html>"
    )
    open(os.path.join(out, "html", name + ".html"), "w", encoding="utf-8").write(page)
    nitf = (
        f"<?xml version='1.0' encoding='UTF-8'?><nitf><head><title>{html.escape(title)}</title>"
        f"<docdata><date.issue norm='{date.replace('-', '')}T080000Z'/></docdata></head><body>"
        f"<body.head><hedline><hl1>{html.escape(title)}</hl1></hedline></body.head>"
        f"<body.content>{escaped}</body.content></body></nitf>"
    )
    open(os.path.join(out, "nitf", name + ".xml"), "w", encoding="utf-8").write(nitf)
    feed_items.append(
        f"<item><title>{html.escape(title)}</title><link>https://news.example/{name}</link>"
        f"<pubDate>{date}</pubDate><content:encoded><![CDATA[{escaped}]]></content:encoded></item>"
    )
    export_lines.append(json.dumps({"id": name, "title": title, "date": date, "body": "\n\n".join(paragraphs)}))

open(os.path.join(out, "rss", "feed.rss"), "w", encoding="utf-8").write(
    "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
    "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Example</title>"
    + "\n".join(feed_items) + "</channel></rss>"
)
open(os.path.join(out, "jsonl", "export.jsonl"), "w", encoding="utf-8").write("\n".join(export_lines) + "\n")
