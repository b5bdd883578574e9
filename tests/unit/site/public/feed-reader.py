"""What a feed reader sees: parses the RSS document on stdin with feedparser (argv[1] is the
response's Content-Type) and prints JSON: bozo (feedparser's "this feed is broken" flag) and, per
entry, its guid, its tag terms and, for title and summary, the declared type, the value, every
piece of HTML markup in the value and the text a browser would show for it."""
import json
import sys
from html.parser import HTMLParser

import feedparser


class Markup(HTMLParser):
    """Collects what an HTML parser makes of a value: markup (elements, comments, declarations) and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.markup = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.markup.append('<' + tag)

    def handle_startendtag(self, tag, attrs):
        self.markup.append('<' + tag + '/>')

    def handle_endtag(self, tag):
        self.markup.append('</' + tag)

    def handle_comment(self, data):
        self.markup.append('<!--')

    def handle_decl(self, decl):
        self.markup.append('<!' + decl)

    def unknown_decl(self, data):
        self.markup.append('<![' + data)

    def handle_pi(self, data):
        self.markup.append('<?' + data)

    def handle_data(self, data):
        self.text.append(data)


def seen(detail):
    if not detail:
        return None
    value = detail.get('value', '')
    html = Markup()
    html.feed(value)
    html.close()
    # The markup check runs whatever type feedparser guessed: readers differ, some render every title as HTML.
    is_html = detail.get('type') in ('text/html', 'application/xhtml+xml')
    return {'type': detail.get('type'), 'value': value, 'markup': html.markup, 'text': ''.join(html.text) if is_html else value}


parsed = feedparser.parse(sys.stdin.buffer.read(), response_headers={'content-type': sys.argv[1]})
print(json.dumps({
    'bozo': bool(parsed.bozo),
    'bozoException': str(parsed.get('bozo_exception')) if parsed.bozo else None,
    'version': parsed.version,
    'feedTitle': seen(parsed.feed.get('title_detail')),
    'entries': [
        {
            'id': e.get('id'),
            'title': seen(e.get('title_detail')),
            'summary': seen(e.get('summary_detail')),
            'tags': [t.get('term') for t in e.get('tags', [])],
        }
        for e in parsed.entries
    ],
}))
