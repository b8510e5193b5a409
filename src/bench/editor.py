"""An editor for the benchmark (src/bench/run.sh): signs in and saves through the real
admin forms, then checks that every instance shows the change.

Usage:
  python3 editor.py cookie BASE USERNAME PASSWORD
      Signs in and prints the session cookie ("NAME=VALUE") for other tools (wrk).
  python3 editor.py edits BASE USERNAME PASSWORD INTERVAL SECONDS OUT_TSV CHECK_BASE...
      For SECONDS, every INTERVAL seconds: opens the edit form of a published case study
      or meeting (alternately; items on the first page of their public list, so that the
      list and the feed show them), changes its title as an editor would (the form is
      sent back with every other field as the page filled it, CSRF token included), and
      saves it on BASE. As soon as the save's response arrives, asks every CHECK_BASE
      (the instance that saved and the others) for the item's page, its public list and
      /feed.atom (when the feed showed the item before) until each shows the new title.
      One line per checked page goes to OUT_TSV: save number, kind, instance, page,
      milliseconds from the save's response until the page showed the change (-1 if not
      within 5 s). A page counts as stale if it took longer than one second.

Only the Python standard library is used. The signed-in session is the editor's own, so
the page cache (which serves visitors without a session) is bypassed for the editor and
the checks (made without the cookie) see what visitors see.
"""

import html
import html.parser
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

MARK = re.compile(r" \(edit \d+\)$")


class Form(html.parser.HTMLParser):
    """The fields of the first form with method=post, as a browser would send them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.action = None
        self.fields = []
        self.depth = 0
        self.textarea = None
        self.select = None
        self.done = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.done:
            return
        if tag == "form" and self.action is None and (a.get("method") or "").lower() == "post":
            self.action = a.get("action") or ""
            self.depth = 1
            return
        if not self.depth:
            return
        if tag == "input":
            kind = (a.get("type") or "text").lower()
            if not a.get("name") or kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([a["name"], a.get("value", "on" if kind in ("checkbox", "radio") else "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
            self.fields.append(self.select)
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                if "selected" in a or self.select[1] is None:
                    self.select[1] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form" and self.depth:
            self.depth = 0
            self.done = True
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


class Browser:
    """A session with a cookie jar; follows no redirects, so that saves can be checked."""

    def __init__(self, base):
        self.base = base.rstrip("/")
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path, data=None):
        url = path if path.startswith("http") else self.base + path
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(urllib.request.Request(url, data=body), timeout=30) as response:
                return response.status, response.headers, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode("utf-8", "replace")

    def form(self, path):
        status, _, page = self.request(path)
        if status != 200:
            raise SystemExit(f"GET {path} answered {status}")
        parser = Form()
        parser.feed(page)
        if parser.action is None:
            raise SystemExit(f"no form on {path}")
        return urllib.parse.urljoin(self.base + path, parser.action), parser.fields, page

    def sign_in(self, username, password):
        action, fields, _ = self.form("/login")
        values = dict(fields)
        values["username"] = username
        values["password"] = password
        status, headers, _ = self.request(action, values)
        location = headers.get("Location", "")
        if status not in (302, 303) or "failed" in location or "error" in location:
            raise SystemExit(f"sign-in refused ({status}, {location})")
        return self

    def cookie(self):
        for cookie in self.jar:
            if "SESSION" in cookie.name.upper():
                return f"{cookie.name}={cookie.value}"
        raise SystemExit("no session cookie after signing in")


def public(url):
    """A visitor's view: no cookie, so the page cache is in play."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8", "replace")


def first_items(base, kind):
    """Slug and admin id of the published items on the first page of a public list."""
    page = public(base + "/" + kind)
    slugs = []
    for slug in re.findall(r'href="/' + kind + r'/([a-z0-9-]+)"', page):
        if slug not in slugs:
            slugs.append(slug)
    return slugs


def admin_id(browser, kind, slug):
    _, _, page = browser.request(f"/admin/{kind}?" + urllib.parse.urlencode({"q": slug}))
    ids = re.findall(r'href="/admin/' + kind + r'/(\d+)/edit', page)
    return ids[0] if ids else None


def edits(base, username, password, interval, seconds, out, check_bases):
    browser = Browser(base).sign_in(username, password)
    kinds = ["case-studies", "meetings"]
    candidates = {}
    for kind in kinds:
        items = []
        for slug in first_items(base, kind)[:6]:
            item_id = admin_id(browser, kind, slug)
            if item_id:
                items.append((slug, item_id))
        if not items:
            raise SystemExit(f"no published {kind} found to edit")
        candidates[kind] = items
    lines = []
    deadline = time.monotonic() + seconds
    number = 0
    next_save = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(max(0.0, next_save - time.monotonic()))
        next_save += interval
        number += 1
        kind = kinds[number % 2]
        slug, item_id = candidates[kind][(number // 2) % len(candidates[kind])]
        pages = [f"/{kind}/{slug}", f"/{kind}"]
        if f"/{kind}/{slug}" in public(check_bases[0] + "/feed.atom"):
            pages.append("/feed.atom")
        action, fields, _ = browser.form(f"/admin/{kind}/{item_id}/edit")
        values = []
        title = None
        for name, value in fields:
            if name == "title":
                title = MARK.sub("", html.unescape(value)) + f" (edit {number})"
                value = title
            values.append((name, value if value is not None else ""))
        if title is None:
            raise SystemExit(f"no title field on /admin/{kind}/{item_id}/edit")
        status, headers, _ = browser.request(action, values)
        saved = time.monotonic()
        if status not in (302, 303):
            print(f"save {number} of {kind} {item_id} answered {status}", file=sys.stderr)
            lines.append((number, kind, "-", "save", -1))
            continue
        expected = html.escape(title, quote=False)
        pending = [(check, page) for check in check_bases for page in pages]
        while pending and time.monotonic() - saved < 5:
            for check, page in list(pending):
                text = public(check + page)
                if expected in text or title in text:
                    lines.append((number, kind, check, page, round(1000 * (time.monotonic() - saved))))
                    pending.remove((check, page))
            if pending:
                time.sleep(0.05)
        for check, page in pending:
            lines.append((number, kind, check, page, -1))
    with open(out, "w", encoding="utf-8") as f:
        for line in lines:
            f.write("\t".join(str(value) for value in line) + "\n")
    stale = [line for line in lines if line[4] < 0 or line[4] > 1000]
    print(f"{number} saves, {len(lines)} page checks, {len(stale)} stale after 1 s", file=sys.stderr)
    return 0


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "cookie":
        print(Browser(sys.argv[2]).sign_in(sys.argv[3], sys.argv[4]).cookie())
        return 0
    if len(sys.argv) >= 9 and sys.argv[1] == "edits":
        return edits(sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]), float(sys.argv[6]), sys.argv[7],
                     sys.argv[8:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
