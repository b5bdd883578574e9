import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteView } from '../../../core/contract/calls/sync';
import { useClient } from '../client/context';
import { useEditorSession } from './editor-session';
import { sitePageUrl } from './site-page-url';

/**
 * "View on site" for a live article: a link to its public page on each connected site, opened
 * in the system browser through the back end's checked external-link call.
 */
export function ViewOnSite({ onError }: { onError(message: string): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { article } = useEditorSession();
  const live = article.status === 'published';
  const [sites, setSites] = useState<SiteView[]>([]);

  useEffect(() => {
    if (!live) return;
    let current = true;
    void client.call('sites.list', {}).then((result) => {
      if (current && result.ok) setSites(result.value);
    });
    return () => {
      current = false;
    };
  }, [client, live]);

  if (!live) return null;
  const pages = sites.flatMap((site) => {
    const url = sitePageUrl(site, article.slug);
    return url ? [{ id: site.id, url, host: new URL(url).host }] : [];
  });
  const open = async (url: string) => {
    const result = await client.call('shell.openExternal', { url });
    if (!result.ok) onError(t('fields.viewOnSiteFailed', { message: result.error.message }));
  };
  return (
    <>
      {pages.map((page) => (
        <a
          key={page.id}
          className="view-on-site button"
          href={page.url}
          title={page.url}
          onClick={(e) => {
            e.preventDefault();
            void open(page.url);
          }}
        >
          {pages.length > 1 ? t('fields.viewOnSiteAt', { host: page.host }) : t('fields.viewOnSite')}
          <span aria-hidden="true"> ↗</span>
        </a>
      ))}
    </>
  );
}
