import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../core/article/article';
import type { Settings } from '../../../core/contract/contract';
import { ArticleList } from '../articles/ArticleList';
import { useClient } from '../client/context';
import { ArticleEditor } from '../editor/ArticleEditor';
import { pickUiLanguage } from '../i18n/setup';
import { AccountBadge } from '../team/AccountBadge';
import { InboxButton } from '../team/InboxButton';
import { TagManager } from '../tags/TagManager';
import { refusalText, useUiLang } from '../workflow/localized';
import { useStatusNotifications } from '../workflow/status-notifications';
import { useArticleList } from './use-article-list';
import { SCREENS, type ViewId } from './views';
import { useShortcuts } from './use-shortcuts';

interface Props {
  settings: Settings;
  forcedLanguage: 'de' | 'en' | null;
  systemLanguage: string;
}

export function App({ settings: initialSettings, forcedLanguage, systemLanguage }: Props) {
  const { t, i18n } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const [settings, setSettings] = useState(initialSettings);
  const [error, setError] = useState<string | null>(null);
  const [article, setArticle] = useState<Article | null>(null);
  const [tagManagerOpen, setTagManagerOpen] = useState(false);
  const [view, setView] = useState<ViewId>('articles');
  /** Bumped to remount the editor with a freshly loaded article (after a restore, a status change, …). */
  const [generation, setGeneration] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const flushRef = useRef<() => Promise<void>>(async () => {});
  const list = useArticleList(client, setError);
  // Status notifications for articles the user wrote or reviewed, whatever screen is open.
  useStatusNotifications(i18n.language === 'de' ? 'de' : 'en');

  const open = useCallback(
    async (id: string) => {
      await flushRef.current();
      const result = await client.call('articles.get', { id });
      if (result.ok) {
        setArticle(result.value);
        setGeneration((g) => g + 1);
        setView('articles');
      } else setError(result.error.message);
    },
    [client],
  );

  const create = useCallback(async () => {
    await flushRef.current();
    const result = await client.call('articles.create', {});
    if (!result.ok) return setError(result.error.message);
    setArticle(result.value);
    setView('articles');
    await list.refresh();
    requestAnimationFrame(() => document.getElementById('field-headline')?.focus());
  }, [client, list]);

  const remove = useCallback(async () => {
    if (!article || !window.confirm(t('editor.deleteConfirm'))) return;
    const result = await client.call('articles.delete', { id: article.id });
    if (!result.ok) return setError(t('editor.deleteRefused', { message: refusalText(result.error, lang) }));
    setArticle(null);
    await list.refresh();
  }, [article, client, list, t, lang]);

  const restore = useCallback(
    async (id: string) => {
      const result = await client.call('articles.restoreBackup', { id });
      if (!result.ok) return setError(result.error.message);
      setArticle(result.value);
      await list.refresh();
    },
    [client, list],
  );

  const changeLanguage = async (uiLanguage: Settings['uiLanguage']) => {
    const result = await client.call('settings.update', { uiLanguage });
    if (!result.ok) return setError(result.error.message);
    setSettings(result.value);
    await i18n.changeLanguage(pickUiLanguage(forcedLanguage, uiLanguage, systemLanguage));
  };

  useShortcuts({
    newArticle: () => void create(),
    saveNow: () => void flushRef.current(),
    find: () => searchRef.current?.focus(),
  });
  useEffect(() => client.onMenuCommand((command) => {
    if (command === 'new-article') void create();
    if (command === 'save') void flushRef.current();
    if (command === 'find' && !document.activeElement?.closest('.article-editor')) searchRef.current?.focus(); // inside the editor: its find bar
  }), [client, create]);

  return (
    <div className="app">
      <a className="skip-link" href={view === 'articles' ? '#editor' : '#screen-main'}>
        {t('app.skipToEditor')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            C
          </span>
          {t('app.name')}
          {client.host === 'web' ? <span className="badge">{t('app.webShellNote')}</span> : null}
        </div>
        <nav className="views-nav" aria-label={t('nav.label')}>
          {(['articles', ...SCREENS.filter((x) => x.inNav !== false).map((x) => x.id)] as ViewId[]).map((id) => (
            <button key={id} type="button" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)}>
              {t(`nav.${id}`)}
            </button>
          ))}
        </nav>
        <div className="topbar-actions">
          <InboxButton active={view === 'inbox'} onOpen={() => setView('inbox')} />
          <AccountBadge />
          <button type="button" className="primary" onClick={() => void create()} title="Ctrl+Alt+N">
            {t('app.newArticle')}
          </button>
          <button type="button" onClick={() => setTagManagerOpen(true)}>
            {t('app.tagManager')}
          </button>
          <label className="language-select">
            <span>{t('app.language')}</span>
            <select value={forcedLanguage ?? settings.uiLanguage} disabled={forcedLanguage !== null} onChange={(e) => void changeLanguage(e.target.value as Settings['uiLanguage'])}>
              <option value="system">{t('app.languageSystem')}</option>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </header>
      {error ? (
        <div className="banner error" role="alert">
          <span>{error}</span>
          <button type="button" className="ghost" aria-label="×" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      ) : null}
      {SCREENS.filter((x) => x.id === view).map(({ id, Component }) => (
        <main key={id} id="screen-main" className="screen" tabIndex={-1} aria-label={t(`nav.${id}`)}>
          <Component openArticle={(articleId) => void open(articleId)} onArticlesChanged={() => void list.refresh()} />
        </main>
      ))}
      <div className="workspace" hidden={view !== 'articles'}>
        <ArticleList
          ref={searchRef}
          rows={list.rows}
          total={list.total}
          more={list.more}
          query={list.query}
          tags={list.tags}
          sections={list.sections}
          selectedId={article?.id ?? null}
          onQuery={list.setQuery}
          onSelect={(id) => void open(id)}
          onRestore={(id) => void restore(id)}
        />
        <main id="editor" className="editor-pane" tabIndex={-1} aria-label={t('editor.metadata')}>
          {article ? (
            <ArticleEditor
              key={`${article.id}:${generation}`}
              article={article}
              reload={() => open(article.id)}
              knownTags={list.tags.map((x) => x.name)}
              sections={list.sections}
              onSaved={() => void list.refresh()}
              onDelete={() => void remove()}
              registerFlush={(flush) => (flushRef.current = flush)}
              onError={setError}
            />
          ) : (
            <p className="empty-editor">{t('editor.selectArticle')}</p>
          )}
        </main>
      </div>
      {tagManagerOpen ? <TagManager tags={list.tags} onClose={() => setTagManagerOpen(false)} onChanged={() => void list.refresh().then(() => article && open(article.id))} /> : null}
    </div>
  );
}
