/**
 * A selection copied from a news page brings the page's furniture along: "more on this" boxes
 * and pull quotes (aside), navigation, share and follow buttons, and photos the body cannot
 * take (only images uploaded to this app are kept). A photo's caption without its photo reads
 * as a stray sentence, so a figure whose image is not kept goes as a whole.
 */
const CHROME = 'aside, nav, footer, button, form, [role="complementary"], [role="navigation"], [aria-hidden="true"]';
const LOCAL_MEDIA = /^\/media\/[a-f0-9]{64}\.(png|jpg|gif|webp)$/;

export function webChrome(body: HTMLElement): void {
  body.querySelectorAll(CHROME).forEach((el) => el.remove());
  for (const figure of Array.from(body.querySelectorAll('figure, picture'))) {
    const images = Array.from(figure.querySelectorAll('img'));
    // A figure of a quote or a table is that quote or table; one of a photo or video is the media.
    if (figure.querySelector('blockquote, table') || !figure.querySelector('img, video, iframe, source')) continue;
    if (!images.some((img) => LOCAL_MEDIA.test(img.getAttribute('src') ?? ''))) figure.remove();
  }
}
