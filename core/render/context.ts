/** Everything the renderer needs besides the content: site, language, zone, clock and URL builders. */
export interface RenderContext {
  siteName: string;
  siteLanguage: 'de' | 'en';
  /** IANA zone in which dates are shown, e.g. "Europe/Berlin". */
  timeZone: string;
  now: Date;
  /** URL of a stored image; its result is trusted as an image source (still attribute-escaped). */
  mediaUrl(mediaId: string): string;
  /** URL of a tag's page. */
  tagUrl(tag: string): string;
  /** Linked theme stylesheet (the site); wins over themeCss when both are given. */
  themeCssHref?: string;
  /** Inlined theme stylesheet (previews without a server). */
  themeCss?: string;
}
