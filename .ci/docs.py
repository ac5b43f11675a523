"""Reads the rendered docs (target/doc, after `cargo doc --no-deps`) as a
reader meets them, and fails on what the source cannot show:

- the assert_status! page shows only the forms a user writes;
- each variant of Class links its predicate;
- every paragraph of every constant's page ends a sentence, with its
  quotes closed, or ends with a colon where a list follows it;
- every section the guides cite is a link, and the retry guide (in
  http-status-rules' docs) cites each client it names;
- every link on every page, to a page of the docs or to a #fragment of
  one, leads to a page that exists and to an element that has that id:
  rustdoc checks the item an intra-doc link names, not the fragment after
  it;
- each assertion trait's page lists an impl for each of its forms;
- the notes of 414 and 416 name the RFC that gave each its name, and no
  page says that RFC 9110 renamed four codes;
- 102's note says that RFC 4918 removed it, and where.
"""

import glob
import html.parser
import os
import re
import sys
import urllib.parse

DOC = os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "doc")
PAGES = os.path.join(DOC, "http_status")
failures = []


def read(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


class Paragraphs(html.parser.HTMLParser):
    """The text of each <p> inside the main doc block of a page."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # inside <div class="docblock"> when > 0
        self.paragraph = None
        self.paragraphs = []
        self.leads_a_list = []  # whether a list comes right after each paragraph
        self.last = None

    def handle_starttag(self, tag, attrs):
        if self.last is not None:
            self.leads_a_list[self.last] = tag == "ul"
            self.last = None
        classes = dict(attrs).get("class") or ""
        if tag == "div" and ("docblock" in classes.split() or self.depth):
            self.depth += 1
        elif tag == "p" and self.depth:
            self.paragraph = []

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.paragraph is not None:
            self.paragraphs.append("".join(self.paragraph).strip())
            self.leads_a_list.append(False)
            self.last = len(self.paragraphs) - 1
            self.paragraph = None

    def handle_data(self, data):
        if self.paragraph is not None:
            self.paragraph.append(data)


def paragraphs(path):
    """Each paragraph's text, and whether a list follows it."""
    parser = Paragraphs()
    parser.feed(read(path))
    return list(zip(parser.paragraphs, parser.leads_a_list))


def check_macro_page():
    page = read(os.path.join(PAGES, "macro.assert_status.html"))
    for internal in ("@check", "__assert_status"):
        if internal in page:
            failures.append(f"macro.assert_status.html shows the internal `{internal}`")


def check_class():
    page = read(os.path.join(PAGES, "status", "enum.Class.html"))
    for variant, predicate in [
        ("Informational", "is_informational"),
        ("Successful", "is_success"),
        ("Redirection", "is_redirect"),
        ("ClientError", "is_client_error"),
        ("ServerError", "is_server_error"),
    ]:
        section = re.search(
            rf'id="variant\.{variant}".*?(?=id="variant\.|id="implementations|$)', page, re.S
        )
        if not section or f"fn.{predicate}.html" not in section.group(0):
            failures.append(f"Class::{variant}'s docs do not link {predicate}")


def check_constant_pages():
    pages = sorted(glob.glob(os.path.join(PAGES, "status", "constant.HTTP_*.html")))
    if len(pages) < 60:
        failures.append(f"only {len(pages)} constant pages under {PAGES}")
    for path in pages:
        name = os.path.basename(path)
        for text, leads_a_list in paragraphs(path):
            text = " ".join(text.split())
            # A paragraph that leads a list ends with a colon.
            end = r":$" if leads_a_list else r"[.!?][)\"”]?$"
            if not re.search(end, text):
                failures.append(f"{name}: a paragraph does not end a sentence: {text!r}")
            # rustdoc renders straight quotes curly, in pairs.
            if text.count('"') % 2 or text.count("“") != text.count("”"):
                failures.append(f"{name}: a paragraph leaves a quote open: {text!r}")


def unlinked_sections(guide, name):
    """Every "Section N" the guide's text cites outside a link and outside
    a quote, whose cross-references are the RFC's own."""
    unlinked = re.sub(r"<a [^>]*>.*?</a>", "", guide, flags=re.S)
    unlinked = re.sub(r"“[^”]*”", "", unlinked)
    text = " ".join(re.sub(r"<[^>]+>", " ", unlinked).split())
    for cited in re.findall(r"Section \d[\d.]*", text):
        failures.append(f"{name} cites {cited} without a link")


def check_guide_links():
    page = read(os.path.join(PAGES, "guide", "index.html"))
    guide = re.search(r'id="choosing-a-code".*?(?=</details>|$)', page, re.S)
    if not guide:
        failures.append("guide/index.html has no guide to choosing a code")
        return
    unlinked_sections(guide.group(0), "the guide to choosing a code")
    page = read(os.path.join(DOC, "http_status_rules", "guide", "index.html"))
    retry = re.search(r'id="choosing-what-to-retry".*?(?=</details>|$)', page, re.S)
    if not retry:
        failures.append("http_status_rules/guide/index.html has no guide to choosing what to retry")
        return
    # Every client the retry guide cites links its own source.
    for client in ("curl", "urllib3", "reqwest-retry", "boto", "smithy-rs", "azure", "Google Cloud"):
        linked = re.findall(r'<a href="(https://[^"]+)"', retry.group(0))
        if client.lower() not in retry.group(0).lower() or not any(
            client.split()[0].lower().replace("-", "") in link.lower().replace("-", "")
            or client == "Google Cloud" and "cloud.google.com" in link
            for link in linked
        ):
            failures.append(f"the retry guide does not cite {client} with a link to its source")
    unlinked_sections(retry.group(0), "the retry guide")


class Anchors(html.parser.HTMLParser):
    """The ids a page has, and the links it makes."""

    def __init__(self):
        super().__init__()
        self.ids = set()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])


def check_links():
    """Every link to a page of target/doc, or to a #fragment of one, leads
    to a page that exists and to an element with that id. Links out of the
    docs (https:, and std's pages on doc.rust-lang.org) are not followed."""
    pages = {}

    def anchors(path):
        if path not in pages:
            parser = Anchors()
            parser.feed(read(path))
            pages[path] = parser
        return pages[path]

    # rustdoc's own help and settings pages link a root index.html that
    # only --enable-index-page writes: every other page is the crates'.
    every = sorted(
        path
        for path in glob.glob(os.path.join(DOC, "**", "*.html"), recursive=True)
        if os.path.dirname(path) != DOC
    )
    if len(every) < 100:
        failures.append(f"only {len(every)} pages under {DOC}")
    checked = 0
    for page in every:
        for href in anchors(page).links:
            if re.match(r"[a-z][a-z0-9+.-]*:", href, re.I):
                continue  # https:, mailto:, javascript:
            target, _, fragment = href.partition("#")
            target = urllib.parse.unquote(target)
            path = os.path.normpath(os.path.join(os.path.dirname(page), target)) if target else page
            shown = os.path.relpath(page, DOC)
            if os.path.isdir(path):
                path = os.path.join(path, "index.html")
            if not os.path.isfile(path):
                broken = f"{shown} links {href}, a page that does not exist"
                if broken not in failures:
                    failures.append(broken)
                continue
            checked += 1
            if not fragment or not path.endswith(".html"):
                continue
            # rustdoc writes ids as their links spell them: impl-From%3CT%3E.
            ids = anchors(path).ids
            # A source page's lines, one or a range: #30-35.
            lines = re.fullmatch(r"(\d+)-(\d+)", fragment)
            wanted = lines.groups() if lines else (fragment,)
            for id in wanted:
                if id not in ids and urllib.parse.unquote(id) not in ids:
                    broken = f"{shown} links {href}, but that page has no id {id!r}"
                    if broken not in failures:
                        failures.append(broken)
    if checked < 1000:
        failures.append(f"only {checked} links followed under {DOC}")


def check_implementors():
    """Each assertion trait's page lists an impl for each of its forms,
    whose markers are public so that rustdoc shows them."""
    for trait, forms in [
        ("Code", ["Converts", "Pointer<Of>"]),
        ("Expectation", ["Converts", "Pointer<Of>", "Predicate", "InClass", "InRange", "OneOf<Of>"]),
    ]:
        page = read(os.path.join(PAGES, "assert", f"trait.{trait}.html"))
        # rustdoc lists impls for the crate's own types and blanket ones
        # under "Implementors", and those for std's types, such as a range,
        # under "Implementations on Foreign Types" before it.
        starts = [page.find(f'id="{id}"') for id in ("foreign-impls", "implementors")]
        listed = page[min(at for at in starts if at >= 0):] if max(starts) >= 0 else ""
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", listed)).split())
        for form in forms:
            if f"{trait}<{form}> for" not in text:
                failures.append(f"trait.{trait}.html lists no implementor of {trait}<{form}>")


def check_renamed_codes():
    status = os.path.join(PAGES, "status")
    for page, named_by in [
        ("constant.HTTP_414_REQUEST_URI_TOO_LONG.html", "RFC 7231, Section 6.5.12"),
        ("constant.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE.html", "RFC 7233, Section 4.4"),
    ]:
        if named_by not in " ".join(read(os.path.join(status, page)).split()):
            failures.append(f"{page} does not say that {named_by} named the code")
    processing = " ".join(read(os.path.join(status, "constant.HTTP_102_PROCESSING.html")).split())
    for said in ("RFC 4918, which obsoletes RFC 2518", "(Appendix F.3)", "(Section 21.4)"):
        if said not in processing:
            failures.append(f"102's page does not say {said!r}")
    for path in glob.glob(os.path.join(PAGES, "**", "*.html"), recursive=True):
        text = " ".join(read(path).split())
        if re.search(r"four codes (it|RFC 9110) renamed|RFC 9110 renamed (four|414|416)", text):
            failures.append(f"{os.path.basename(path)} says RFC 9110 renamed four codes")


check_macro_page()
check_class()
check_constant_pages()
check_guide_links()
check_implementors()
check_renamed_codes()
check_links()
for failure in failures:
    print(f"docs: {failure}", file=sys.stderr)
if failures:
    sys.exit(1)
print(
    "docs: the macro page, Class's variants, the traits' implementors, every constant's paragraphs, "
    "the guide's links and the renamed codes' notes read right, and every "
    "link within the docs leads to a page and an id that exist"
)
