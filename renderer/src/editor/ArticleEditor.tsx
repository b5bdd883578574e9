import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleFields } from '../../../core/article/article';
import type { BodyDoc } from '../../../core/article/body-schema';
import { LENGTH_RULES } from '../../../core/article/length-rules';
import { isUniqueSlugOf, slugify } from '../../../core/article/slug';
import { bodyPlainText, countWords } from '../../../core/text/body-text';
import { useClient } from '../client/context';
import { useActing } from '../team/account-store';
import { CorrectionsList } from '../team/CorrectionsList';
import { TagInput } from '../tags/TagInput';
import { BodyEditor } from './BodyEditor';
import { CountedField } from './CountedField';
import { EditorHeader } from './EditorHeader';
import { EditorSessionContext } from './editor-session';
import { uploadImageFile, type UploadProgress } from './image-upload';
import { LeadImageField } from './LeadImageField';
import { readPending } from './pending-journal';
import { SidePanel } from './SidePanel';
import { useAutosave } from './use-autosave';
import { useFollowStored } from './use-follow-stored';
import { useStoredArticle } from './use-stored-article';
import { useStickyHeight } from './use-sticky-height';
import { WordCount } from './WordCount';

interface Props {
  article: Article;
  reload(): Promise<void>;
  knownTags: string[];
  sections: string[];
  onSaved(): void;
  onDelete(): void;
  registerFlush(flush: () => Promise<void>): void;
  onError(message: string): void;
}

/** The whole article: every field of the anatomy, autosaved as the editor types. */
export function ArticleEditor({ article, reload, knownTags, sections, onSaved, onDelete, registerFlush, onError }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  // Edits not yet confirmed before a reload (or a crashed back end) come back first.
  const restored = useMemo(() => readPending(window.localStorage, article.id, article.rev), [article.id, article.rev]);
  const [draft, setDraft] = useState<ArticleFields>(() => ({ ...article, ...(restored?.changes ?? {}) }));
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [bodyText, setBodyText] = useState(() => bodyPlainText(draft.body));
  const [editor, setEditor] = useState<Editor | null>(null);
  const { stored, afterSave, takeStored } = useStoredArticle(client, article);
  const acting = useActing();
  /** A reviewer signed in to a site comments and decides; the content is the editors' (the back end refuses it too). */
  const readOnly = acting?.fromSite === true && acting.role === 'reviewer';

  const following = useRef<ReturnType<typeof useFollowStored> | null>(null);
  const autosave = useAutosave({
    client,
    articleId: article.id,
    rev: article.rev,
    onConflict: () => following.current!.follow(),
    onSaved: ({ slug }, changes) => {
      following.current?.noteSaved(changes, slug);
      // The back end returns the final, unique slug; not while the editor is typing one.
      if (draftRef.current.slug !== slug && document.activeElement?.id !== 'field-slug') {
        draftRef.current = { ...draftRef.current, slug };
        setDraft(draftRef.current);
      }
      afterSave();
      onSaved();
    },
  });
  const { change, flush: flushSaves } = autosave;
  const flushBody = useRef<() => void>(() => {});
  /** Hands the body's pending change over, then waits until everything is durably saved. */
  const flush = useCallback(async () => {
    flushBody.current();
    await flushSaves();
  }, [flushSaves]);

  following.current = useFollowStored({
    client,
    article,
    autosave,
    draftRef,
    setDraft: (next) => {
      setDraft(next);
      setBodyText(bodyPlainText(next.body));
    },
    editor,
    flushBody: () => flushBody.current(),
    onStored: takeStored,
    onKept: (fields) => onError(t('editor.keptYours', { fields: fields.map((f) => t(f === 'seo' ? 'editor.seo' : `field.${f}`)).join(', ') })),
  });

  useEffect(() => {
    if (restored) change(restored.changes);
  }, [restored, change]);
  useEffect(() => registerFlush(flush), [registerFlush, flush]);

  const update = useCallback(
    <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
      const d = draftRef.current;
      const next = { ...d, [key]: value };
      // The slug follows the headline until the editor sets one by hand: the back end's rule,
      // which also knows numbered and cut forms (and headlines that end in a number).
      if (key === 'headline' && (d.slug === '' || isUniqueSlugOf(d.slug, d.headline))) {
        next.slug = slugify(value as string);
      }
      draftRef.current = next;
      setDraft(next);
      change({ [key]: value });
    },
    [change],
  );

  const onBodyChange = useCallback(
    (doc: BodyDoc, text: string) => {
      setBodyText(text);
      draftRef.current = { ...draftRef.current, body: doc };
      setDraft(draftRef.current);
      change({ body: doc });
    },
    [change],
  );

  const uploadImage = useCallback(
    async (file: File, onProgress?: UploadProgress) => {
      try {
        return await uploadImageFile(client, file, onProgress);
      } catch (err) {
        onError(t('errors.imageRejected', { message: (err as Error).message }));
        return null;
      }
    },
    [client, onError, t],
  );

  const session = useMemo(
    () => ({ article: stored, draft, editor, saveState: autosave.state, update, flush, reload }),
    [stored, draft, editor, autosave.state, update, flush, reload],
  );
  const words = countWords(bodyText);
  const id = (name: string) => `field-${name}`;
  const editorRef = useStickyHeight<HTMLDivElement>('.editor-header', '--editor-header-height');

  return (
    <EditorSessionContext.Provider value={session}>
    <div className="article-workspace">
    <div className="article-editor" ref={editorRef}>
      <EditorHeader
        articleId={article.id}
        saveState={autosave.state}
        onRetry={() => void flush()}
        onDelete={acting?.role === 'reviewer' ? null : onDelete}
        editing={!readOnly}
        onError={onError}
      />
      <CorrectionsList />
      <fieldset className="editor-fields" disabled={readOnly}>

        <div className="field-row">
          <div className="field">
            <label htmlFor={id('section')}>{t('field.section')}</label>
            <input id={id('section')} list="known-sections" value={draft.section} onChange={(e) => update('section', e.target.value)} />
            <datalist id="known-sections">
              {sections.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </div>
          <div className="field narrow">
            <label htmlFor={id('language')}>{t('field.language')}</label>
            <select id={id('language')} value={draft.language} onChange={(e) => update('language', e.target.value as 'de' | 'en')}>
              <option value="de">{t('languages.de')}</option>
              <option value="en">{t('languages.en')}</option>
            </select>
          </div>
        </div>

        <CountedField
          id={id('headline')}
          className="headline-input"
          label={t('field.headline')}
          rule="headline"
          value={draft.headline}
          maxLength={LENGTH_RULES.headline.limit}
          lang={draft.language}
          oneParagraph
          onEnter={() => document.getElementById(id('teaser'))?.focus()}
          onChange={(v) => update('headline', v)}
        />

        <CountedField
          id={id('teaser')}
          label={t('field.teaser')}
          rule="teaser"
          value={draft.teaser}
          maxLength={LENGTH_RULES.teaser.limit}
          lang={draft.language}
          onChange={(v) => update('teaser', v)}
        />

        <div className="field">
          <label htmlFor={id('author')}>{t('field.author')}</label>
          <input id={id('author')} value={draft.author} maxLength={200} onChange={(e) => update('author', e.target.value)} />
        </div>

        <LeadImageField
          value={draft.leadImage}
          onChange={(change) => update('leadImage', change(draftRef.current.leadImage))}
          upload={uploadImage}
        />

        <div className="field body-block">
          <div className="field-label-row">
            <span id={id('body')} className="label">
              {t('field.body')}
            </span>
            <WordCount words={words} />
          </div>
          <BodyEditor key={article.id} initial={draft.body} labelId={id('body')} onChange={onBodyChange} registerFlush={(f) => (flushBody.current = f)} onEditor={setEditor} uploadImage={uploadImage} editable /* a reviewer suggests: suggesting mode keeps the text as it is */ lang={draft.language} />
        </div>

        <div className="field">
          <label htmlFor={id('tags')}>{t('field.tags')}</label>
          <TagInput inputId={id('tags')} tags={draft.tags} known={knownTags} onChange={(tags) => update('tags', tags)} />
        </div>

        <div className="field">
          <label htmlFor={id('source')}>{t('field.source')}</label>
          <input id={id('source')} value={draft.source} maxLength={500} onChange={(e) => update('source', e.target.value)} />
        </div>

        <fieldset className="field-group">
          <legend>{t('editor.seo')}</legend>
          <div className="field">
            <label htmlFor={id('slug')}>{t('field.slug')}</label>
            <input
              id={id('slug')}
              value={draft.slug}
              maxLength={80}
              onChange={(e) => update('slug', e.target.value.toLowerCase())}
              onBlur={(e) => update('slug', slugify(e.target.value))}
              aria-describedby={id('slug-hint')}
            />
            <span id={id('slug-hint')} className="hint">
              {t('field.slugHint', { slug: draft.slug || '…' })}
            </span>
          </div>
          <div className="field">
            <label htmlFor={id('seo-title')}>{t('field.seoTitle')}</label>
            <input id={id('seo-title')} value={draft.seo.title} maxLength={200} onChange={(e) => update('seo', { ...draft.seo, title: e.target.value })} />
          </div>
          <CountedField
            id={id('seo-description')}
            label={t('field.seoDescription')}
            rule="seoDescription"
            value={draft.seo.description}
            maxLength={LENGTH_RULES.seoDescription.limit}
            lang={draft.language}
            onChange={(description) => update('seo', { ...draft.seo, description })}
          />
        </fieldset>

        <div className="field checkbox">
          <input id={id('no-ads')} type="checkbox" checked={draft.noAds} onChange={(e) => update('noAds', e.target.checked)} aria-describedby={id('no-ads-hint')} />
          <label htmlFor={id('no-ads')}>{t('field.noAds')}</label>
          <span id={id('no-ads-hint')} className="hint">
            {t('field.noAdsHint')}
          </span>
        </div>
      </fieldset>
    </div>
    <SidePanel />
    </div>
    </EditorSessionContext.Provider>
  );
}
