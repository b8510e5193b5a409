"""The long-tail scenario's address list and request order (src/bench/run.sh).

Usage:
  python3 longtail.py crawl BASE_URL OUT_DIR MAX_URLS QUERIES_FILE
      Collects every public address of the site by following its links from /, /zh/ and
      /sitemap.xml (both languages, every page of every list and filter, every detail page,
      feeds), plus the search queries of QUERIES_FILE in both languages (and the pages of
      their results) for about 5 % of the list. Each answer is saved as it was sent
      (compressed when the app compressed it) under OUT_DIR/www/lt/, for nginx to serve the
      same bytes. Writes OUT_DIR/urls.tsv: number, path, status, content type, encoding,
      bytes. Stops at MAX_URLS addresses (breadth first, so the list pages come first).
  python3 longtail.py order OUT_DIR COUNT SEED
      Writes OUT_DIR/app-paths.txt and OUT_DIR/nginx-paths.txt: COUNT requests drawn from
      urls.tsv with Zipf-distributed popularity (exponent 1: the address of rank r is asked
      for in proportion to 1/r), ranks assigned by a shuffle seeded with SEED, so every run
      asks for the same addresses in the same order. Line i of both files is the same page
      (as the app serves it, and as nginx serves its saved copy).

Only the Python standard library is used.
"""

import bisect
import concurrent.futures
import gzip
import html
import os
import random
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

# Public pages only: no admin, account or sign-in pages, no static files.
SKIPPED = re.compile(r"^/(zh/)?(admin|account|login|logout|actuator|error|css|js|images|fonts|favicon|webjars)(/|$|\?)"
                     r"|\.(css|js|png|svg|ico|woff2?)(\?|$)")
LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"'#]+)""", re.I)
LOC = re.compile(r"<loc>([^<]+)</loc>")
EXTENSIONS = {"text/html": "html", "application/atom+xml": "atom", "application/xml": "xml", "text/xml": "xml",
              "text/plain": "txt", "text/csv": "csv", "application/json": "json", "image/svg+xml": "svg"}


def normalise(base, link):
    """The site-relative path and query of a link, or None if it leaves the site."""
    link = html.unescape(link.strip())
    absolute = urllib.parse.urljoin(base + "/", link)
    parts = urllib.parse.urlsplit(absolute)
    site = urllib.parse.urlsplit(base)
    if parts.scheme not in ("http", "https") or parts.netloc != site.netloc:
        return None
    path = parts.path or "/"
    if SKIPPED.search(path):
        return None
    query = urllib.parse.urlencode(sorted(urllib.parse.parse_qsl(parts.query, keep_blank_values=True)))
    return path + ("?" + query if query else "")


def fetch(base, path):
    request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def crawl(base, out, max_urls, queries_file):
    base = base.rstrip("/")
    www = os.path.join(out, "www", "lt")
    os.makedirs(www, exist_ok=True)
    queries = [line.strip() for line in open(queries_file, encoding="utf-8")
               if line.strip() and not line.startswith("#")]
    max_search = max(1, max_urls // 20)
    seen = {}
    lock = threading.Lock()
    rows = []
    search_count = [0]

    def admit(path):
        """Numbers a new address; False if it is known or the list is full."""
        with lock:
            if path in seen or len(seen) >= max_urls:
                return False
            is_search = path.split("?")[0] in ("/search", "/zh/search")
            if is_search:
                if search_count[0] >= max_search:
                    return False
                search_count[0] += 1
            seen[path] = len(seen)
            return True

    def visit(path):
        status, headers, body = fetch(base, path)
        encoding = headers.get("Content-Encoding", "") or ""
        content_type = (headers.get("Content-Type", "") or "").split(";")[0].strip()
        text = gzip.decompress(body) if encoding == "gzip" else body
        number = seen[path]
        extension = EXTENSIONS.get(content_type, "bin")
        folder = "gz" if encoding == "gzip" else "id"
        os.makedirs(os.path.join(www, folder), exist_ok=True)
        with open(os.path.join(www, folder, f"{number}.{extension}"), "wb") as f:
            f.write(body)
        found = []
        if status == 200 and content_type in ("text/html", "application/xml", "application/atom+xml"):
            decoded = text.decode("utf-8", "replace")
            links = LOC.findall(decoded) if path.endswith("sitemap.xml") else LINK.findall(decoded)
            for link in links:
                target = normalise(base, link)
                if target is not None:
                    found.append(target)
        rows.append((number, path, status, content_type, encoding, len(body), f"/lt/{folder}/{number}.{extension}"))
        return found

    start = ["/", "/zh/", "/sitemap.xml"]
    for query in queries:
        for prefix in ("", "/zh"):
            start.append(f"{prefix}/search?" + urllib.parse.urlencode({"q": query}))
    frontier = [path for path in start if admit(path)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        while frontier:
            next_frontier = []
            for found in pool.map(visit, frontier):
                for path in found:
                    if admit(path):
                        next_frontier.append(path)
            frontier = next_frontier
            print(f"  {len(rows)} addresses fetched, {len(frontier)} more found", file=sys.stderr)
    rows.sort()
    with open(os.path.join(out, "urls.tsv"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(str(value) for value in row) + "\n")
    bad = [row for row in rows if row[2] != 200]
    print(f"{len(rows)} addresses ({search_count[0]} searches, {len(bad)} not 200)", file=sys.stderr)
    for row in bad[:20]:
        print(f"  {row[2]} {row[1]}", file=sys.stderr)
    return 1 if bad else 0


def order(out, count, seed):
    rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(out, "urls.tsv"), encoding="utf-8")]
    rows = [row for row in rows if row[2] == "200"]
    ranked = list(rows)
    random.Random(seed).shuffle(ranked)
    cumulative = []
    total = 0.0
    for rank in range(1, len(ranked) + 1):
        total += 1.0 / rank
        cumulative.append(total)
    draw = random.Random(seed + 1)
    with open(os.path.join(out, "app-paths.txt"), "w", encoding="utf-8") as app, \
            open(os.path.join(out, "nginx-paths.txt"), "w", encoding="utf-8") as nginx:
        distinct = set()
        for _ in range(count):
            index = bisect.bisect_left(cumulative, draw.random() * total)
            row = ranked[min(index, len(ranked) - 1)]
            distinct.add(row[1])
            app.write(row[1] + "\n")
            nginx.write(row[6] + "\n")
    print(f"{count} requests over {len(distinct)} of {len(ranked)} addresses", file=sys.stderr)
    return 0


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "crawl":
        return crawl(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    if len(sys.argv) == 5 and sys.argv[1] == "order":
        return order(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
