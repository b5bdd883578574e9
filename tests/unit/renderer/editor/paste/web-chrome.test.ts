// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compactHtml, pasteIntoEmptyBody } from './paste-harness';

const paste = (html: string) => compactHtml(pasteIntoEmptyBody(html));
const LOCAL = `/media/${'b'.repeat(64)}.jpg`;

describe('a news page pasted', () => {
  it('loses its photos from elsewhere with their captions, and its boxes, navigation and buttons', () => {
    expect(paste('<p>Text</p><figure><img src="https://cdn.example/a.jpg"><figcaption>Foto: dpa</figcaption></figure><aside><p>Mehr zum Thema</p></aside><nav><a href="/">Start</a></nav><button>Teilen</button><p>Weiter</p>')).toBe('<p>Text</p><p>Weiter</p>');
  });

  it('keeps a figure that is a table or a quote, and an uploaded image', () => {
    expect(paste(`<figure class="wp-block-table"><table><tr><td>Zelle</td></tr></table></figure><figure><blockquote><p>Zitat</p></blockquote></figure><figure><img src="${LOCAL}"><figcaption>Hafen</figcaption></figure>`)).toBe(
      `<table><tr><td><p>Zelle</p></td></tr></table><blockquote><p>Zitat</p></blockquote><figure src="${LOCAL}">Hafen</figure>`,
    );
  });
});
