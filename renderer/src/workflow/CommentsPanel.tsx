import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENTABLE_FIELDS, type CommentAnchor, type CommentThread } from '../../../core/comments';
import { formatInZone } from '../../../core/time/format';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { onCommentRequest, takeCommentRequest } from '../editor/suggestions/comment-request';
import { SuggestionsSection } from '../editor/suggestions/SuggestionsSection';
import { useSettings } from '../settings/profile-store';
import { useCommentThreads } from './comment-threads';
import { useUiLang } from './localized';
import './workflow.css';

type Field = (typeof COMMENTABLE_FIELDS)[number];
/** The comment being written; `seq` changes with each Ctrl+Alt+M, so the form opens anew with focus. */
type Draft = { anchor: CommentAnchor; seq?: number } | null;

/** Review comments: on a sentence of the body or on a field; threads with replies, resolve and reopen. */
export function CommentsPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const { article, editor } = useEditorSession();
  const { threads, store } = useCommentThreads(article.id);
  const [selection, setSelection] = useState<{ from: number; to: number; quote: string } | null>(null);
  // Ctrl+Alt+M (use-comment-shortcut) may have asked for a comment before this tab showed.
  const [draft, setDraft] = useState<Draft>(() => takeCommentRequest());
  const [field, setField] = useState<Field>('headline');
  const [error, setError] = useState<string | null>(null);
  const uid = useId();

  useEffect(
    () =>
      onCommentRequest(() => {
        const request = takeCommentRequest();
        if (request) setDraft(request);
      }),
    [],
  );

  useEffect(() => {
    if (!editor) return;
    const read = () => {
      const { from, to, empty } = editor.state.selection;
      setSelection(empty ? null : { from, to, quote: editor.state.doc.textBetween(from, to, ' ').slice(0, 4000) });
    };
    read();
    editor.on('selectionUpdate', read);
    editor.on('transaction', read);
    return () => {
      editor.off('selectionUpdate', read);
      editor.off('transaction', read);
    };
  }, [editor]);

  const act = async (promise: ReturnType<typeof client.call<'comments.reply'>>) => {
    const result = await promise;
    if (result.ok) {
      setError(null);
      store.upsert(result.value);
      return true;
    }
    setError(result.error.message);
    return false;
  };

  const comments = threads.filter((th) => th.suggestion === undefined);
  const open = comments.filter((th) => th.resolved === null);
  const resolved = comments.filter((th) => th.resolved !== null);

  return (
    <section className="comments-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="panel-title">
        {t('workflow.comments.title')}
      </h2>
      <div className="comment-start">
        <button type="button" disabled={!selection} onClick={() => selection && setDraft({ anchor: { kind: 'body', ...selection } })} title="Ctrl+Alt+M">
          {t('workflow.comments.onSelection')}
        </button>
        <span className="hint">{selection ? `«${truncate(selection.quote, 60)}»` : t('workflow.comments.selectHint')}</span>
        <div className="comment-field-row">
          <label htmlFor={`${uid}-field`} className="visually-hidden">
            {t('workflow.comments.fieldLabel')}
          </label>
          <select id={`${uid}-field`} value={field} onChange={(e) => setField(e.target.value as Field)}>
            {COMMENTABLE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`workflow.fields.${f}`)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => setDraft({ anchor: { kind: 'field', field } })}>
            {t('workflow.comments.onField')}
          </button>
        </div>
      </div>
      {draft ? (
        <NewComment
          key={draft.seq ?? 0}
          anchor={draft.anchor}
          onCancel={() => setDraft(null)}
          onSubmit={async (text) => {
            if (await act(client.call('comments.add', { id: article.id, anchor: draft.anchor, text }))) setDraft(null);
          }}
        />
      ) : null}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <SuggestionsSection />
      {comments.length === 0 ? <p className="muted">{t('workflow.comments.none')}</p> : null}
      <ul className="threads" aria-label={t('workflow.comments.openList')}>
        {open.map((th) => (
          <ThreadView key={th.id} thread={th} act={act} />
        ))}
      </ul>
      {resolved.length > 0 ? (
        <details className="resolved-threads">
          <summary>{t('workflow.comments.resolvedCount', { count: resolved.length })}</summary>
          <ul className="threads" aria-label={t('workflow.comments.resolvedList')}>
            {resolved.map((th) => (
              <ThreadView key={th.id} thread={th} act={act} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function AnchorLabel({ anchor }: { anchor: CommentAnchor }) {
  const { t } = useTranslation();
  const { editor } = useEditorSession();
  if (anchor.kind === 'field') return <span className="anchor">{t('workflow.comments.onFieldLabel', { field: t(`workflow.fields.${anchor.field}`) })}</span>;
  if (anchor.kind === 'adSlot') return <span className="anchor">{t('workflow.comments.onAdSlot', { slot: anchor.slotId })}</span>;
  const show = () => {
    if (!editor || anchor.orphaned) return;
    const size = editor.state.doc.content.size;
    editor.chain().focus().setTextSelection({ from: Math.min(anchor.from, size), to: Math.min(anchor.to, size) }).scrollIntoView().run();
  };
  return (
    <span className="anchor">
      <q>{truncate(anchor.quote, 120)}</q>
      {anchor.orphaned ? (
        <span className="hint"> · {t('workflow.comments.orphaned')}</span>
      ) : (
        <button type="button" className="link-button" onClick={show}>
          {t('workflow.comments.showInText')}
        </button>
      )}
    </span>
  );
}

function NewComment({ anchor, onSubmit, onCancel }: { anchor: CommentAnchor; onSubmit(text: string): Promise<void>; onCancel(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const uid = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void onSubmit(text);
  };
  return (
    <form className="new-comment" onSubmit={submit}>
      <AnchorLabel anchor={anchor} />
      <label htmlFor={`${uid}-text`} className="label">
        {t('workflow.comments.newLabel')}
      </label>
      <textarea id={`${uid}-text`} rows={3} value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} autoFocus />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('workflow.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!text.trim()}>
          {t('workflow.comments.add')}
        </button>
      </div>
    </form>
  );
}

function ThreadView({ thread, act }: { thread: CommentThread; act(p: Promise<unknown>): Promise<boolean> }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const settings = useSettings();
  const { article } = useEditorSession();
  const [reply, setReply] = useState('');
  const uid = useId();
  const zone = settings?.siteTimeZone ?? 'Europe/Berlin';
  const when = (iso: string) => formatInZone(iso, zone, lang, 'dateTime');
  const ref = { id: article.id, threadId: thread.id };
  return (
    <li className={`thread ${thread.resolved ? 'is-resolved' : ''}`} aria-label={t('workflow.comments.threadBy', { author: thread.author })}>
      <AnchorLabel anchor={thread.anchor} />
      <div className="comment">
        <span className="comment-meta">
          <strong>{thread.author}</strong> · {when(thread.createdAt)}
        </span>
        <p>{thread.text}</p>
      </div>
      {thread.replies.map((r) => (
        <div key={r.id} className="comment reply">
          <span className="comment-meta">
            <strong>{r.author}</strong> · {when(r.createdAt)}
          </span>
          <p>{r.text}</p>
        </div>
      ))}
      {thread.resolved ? <p className="hint">{t('workflow.comments.resolvedBy', { name: thread.resolved.by, at: when(thread.resolved.at) })}</p> : null}
      <form
        className="reply-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (reply.trim()) void act(client.call('comments.reply', { ...ref, text: reply })).then((ok) => ok && setReply(''));
        }}
      >
        <label htmlFor={`${uid}-reply`} className="visually-hidden">
          {t('workflow.comments.replyLabel')}
        </label>
        <input id={`${uid}-reply`} value={reply} placeholder={t('workflow.comments.replyLabel')} maxLength={5000} onChange={(e) => setReply(e.target.value)} />
        <button type="submit" disabled={!reply.trim()}>
          {t('workflow.comments.reply')}
        </button>
        {thread.resolved ? (
          <button type="button" onClick={() => void act(client.call('comments.reopen', ref))}>
            {t('workflow.comments.reopen')}
          </button>
        ) : (
          <button type="button" onClick={() => void act(client.call('comments.resolve', ref))}>
            {t('workflow.comments.resolve')}
          </button>
        )}
      </form>
    </li>
  );
}
