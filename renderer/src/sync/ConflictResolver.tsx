import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult, ConflictItem } from '../../../core/contract/contract';
import { useClient } from '../client/context';
import { blockText, valueText } from './block-text';

type Choice = 'local' | 'remote';

function itemTexts(item: ConflictItem): { local: string; remote: string } {
  if (item.kind === 'field') return { local: valueText(item.local), remote: valueText(item.remote) };
  return { local: item.local.map(blockText).join('\n\n'), remote: item.remote.map(blockText).join('\n\n') };
}

/** Side by side: my version and the site's, per field or run of body blocks; choose each. */
export function ConflictResolver({ id, onDone }: { id: string; onDone(message: string): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [view, setView] = useState<CallResult<'sync.conflict'> | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void (async () => {
      const result = await client.call('sync.conflict', { id });
      if (!result.ok) return setError(result.error.message);
      setView(result.value);
      setChoices(Object.fromEntries(result.value.conflicts.map((c) => [c.key, 'local' as Choice])));
    })();
  }, [client, id]);

  const apply = async () => {
    setSaving(true);
    const result = await client.call('sync.resolve', { id, choices });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    onDone(t('sync.resolved'));
  };

  if (error) return <p role="alert" className="sync-error">{error}</p>;
  if (!view) return <p className="muted">{t('sync.loading')}</p>;

  const label = (item: ConflictItem, index: number) =>
    item.kind === 'field' ? t(`sync.fields.${item.field}`, { defaultValue: item.field }) : t('sync.bodyPart', { n: index + 1 });
  let blockIndex = 0;

  return (
    <div className="sync-resolver" role="group" aria-label={t('sync.resolverLabel')}>
      <div className="sync-resolver-head" aria-hidden="true">
        <span>{t('sync.mine')}</span>
        <span>{t('sync.theirs')}</span>
      </div>
      {view.conflicts.map((item) => {
        const texts = itemTexts(item);
        const name = label(item, item.kind === 'block' ? blockIndex++ : 0);
        const choice = choices[item.key] ?? 'local';
        const pick = (c: Choice) => setChoices((prev) => ({ ...prev, [item.key]: c }));
        return (
          <fieldset key={item.key} className="sync-resolver-row" data-conflict-key={item.key}>
            <legend>{name}</legend>
            <div className={`sync-version${choice === 'local' ? ' chosen' : ''}`}>
              <pre>{texts.local || t('sync.empty')}</pre>
              <button type="button" aria-pressed={choice === 'local'} onClick={() => pick('local')} aria-label={`${t('sync.keepMine')}: ${name}`}>
                {t('sync.keepMine')}
              </button>
            </div>
            <div className={`sync-version${choice === 'remote' ? ' chosen' : ''}`}>
              <pre>{texts.remote || t('sync.empty')}</pre>
              <button type="button" aria-pressed={choice === 'remote'} onClick={() => pick('remote')} aria-label={`${t('sync.takeTheirs')}: ${name}`}>
                {t('sync.takeTheirs')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="primary" onClick={() => void apply()} disabled={saving}>
        {t('sync.applyChoices')}
      </button>
    </div>
  );
}
