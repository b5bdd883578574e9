import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tagKey } from '../../../core/article/article';

interface Props {
  inputId: string;
  tags: string[];
  known: string[];
  onChange(tags: string[]): void;
}

/** Tags as chips with a type-ahead combobox: arrows pick a suggestion, Enter adds, Backspace removes. */
export function TagInput({ inputId, tags, known, onChange }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [highlight, setHighlight] = useState(-1);
  const suggestions = useMemo(() => {
    const q = tagKey(text);
    if (!q) return [];
    const have = new Set(tags.map(tagKey));
    return known.filter((k) => !have.has(tagKey(k)) && tagKey(k).includes(q)).slice(0, 8);
  }, [text, known, tags]);

  const add = (raw: string) => {
    const tag = raw.replace(/[,\p{Cc}]/gu, ' ').trim().slice(0, 60);
    if (!tag) return;
    if (!tags.some((x) => tagKey(x) === tagKey(tag))) onChange([...tags, tag]);
    setText('');
    setHighlight(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      setHighlight((h) => (h + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && suggestions.length) {
      e.preventDefault();
      setHighlight((h) => (h <= 0 ? suggestions.length - 1 : h - 1));
    } else if (e.key === 'Enter' || e.key === ',') {
      if (text.trim() || highlight >= 0) {
        e.preventDefault();
        add(highlight >= 0 ? suggestions[highlight]! : text);
      }
    } else if (e.key === 'Escape') {
      setText('');
      setHighlight(-1);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="tag-input">
      <ul className="chips" aria-label={t('tags.assigned')}>
        {tags.map((tag) => (
          <li key={tagKey(tag)} className="chip">
            <span>{tag}</span>
            <button type="button" aria-label={t('tags.remove', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="combo">
        <input
          id={inputId}
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={highlight >= 0 ? `${listId}-${highlight}` : undefined}
          placeholder={t('tags.inputPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setHighlight(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setHighlight(-1), 100)}
        />
        {suggestions.length > 0 ? (
          <ul id={listId} role="listbox" aria-label={t('tags.suggestions')} className="suggestions">
            {suggestions.map((s, i) => (
              <li
                key={s}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === highlight}
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(s);
                }}
              >
                {s}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
