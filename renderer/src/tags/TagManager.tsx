import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/context';

interface Props {
  tags: Array<{ name: string; count: number }>;
  onClose(): void;
  onChanged(): void;
}

/** Rename a tag or merge several into one, across every article. A modal dialog. */
export function TagManager({ tags, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const report = (result: Awaited<ReturnType<typeof client.call<'tags.merge'>>>) => {
    if (result.ok) {
      setMessage({ tone: 'ok', text: t('tags.done', { count: result.value.changed }) });
      setSelected(new Set());
      setRenaming(null);
      onChanged();
    } else {
      setMessage({ tone: 'error', text: t('errors.generic', { message: result.error.message }) });
    }
  };

  return (
    <dialog ref={dialog} className="tag-manager" aria-labelledby="tag-manager-title" onClose={onClose}>
      <h2 id="tag-manager-title">{t('tags.managerTitle')}</h2>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'error-text' : 'ok-text'}>
          {message.text}
        </p>
      ) : null}
      {tags.length === 0 ? <p>{t('tags.none')}</p> : null}
      <ul className="tag-table">
        {tags.map((tag) => (
          <li key={tag.name}>
            <input
              type="checkbox"
              aria-label={t('tags.select', { tag: tag.name })}
              checked={selected.has(tag.name)}
              onChange={(e) => {
                const next = new Set(selected);
                if (e.target.checked) next.add(tag.name);
                else next.delete(tag.name);
                setSelected(next);
              }}
            />
            {renaming === tag.name ? (
              <form
                className="inline-form"
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (newName.trim()) report(await client.call('tags.rename', { from: tag.name, to: newName.trim() }));
                }}
              >
                <input autoFocus aria-label={t('tags.renameTo', { tag: tag.name })} value={newName} onChange={(e) => setNewName(e.target.value)} />
                <button type="submit">{t('tags.rename')}</button>
              </form>
            ) : (
              <>
                <span className="tag-name">{tag.name}</span>
                <span className="muted">{t('tags.used', { count: tag.count })}</span>
                <button
                  type="button"
                  className="ghost"
                  aria-label={`${t('tags.rename')}: ${tag.name}`}
                  onClick={() => {
                    setRenaming(tag.name);
                    setNewName(tag.name);
                  }}
                >
                  {t('tags.rename')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form
        className="merge-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (selected.size > 0 && mergeInto.trim()) report(await client.call('tags.merge', { sources: [...selected], into: mergeInto.trim() }));
        }}
      >
        <label htmlFor="merge-into">{t('tags.mergeInto')}</label>
        <input id="merge-into" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} />
        <button type="submit" disabled={selected.size < 1 || !mergeInto.trim()}>
          {t('tags.merge')}
        </button>
      </form>
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('tags.close')}
        </button>
      </div>
    </dialog>
  );
}
