import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActing } from '../../team/account-store';
import { onHeldBack } from './held-back';
import { setSuggesting, useSuggestingMode } from './suggesting-mode';

const NOTICE_MS = 5000;

/** The toolbar switch between editing and suggesting; a reviewer always suggests (shown, not switchable). */
export function SuggestingToggle() {
  const { t } = useTranslation();
  const mode = useSuggestingMode(useActing());
  const [held, setHeld] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onHeldBack(() => {
      setHeld(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHeld(false), NOTICE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return (
    <span className="suggestion-switch">
      <span role="status" className="hint suggestion-held">
        {held && mode.on ? t('suggestions.heldBack') : ''}
      </span>
      <button
        type="button"
        className="suggestion-toggle"
        aria-pressed={mode.on}
        disabled={mode.forced}
        title={mode.forced ? t('suggestions.forced') : t('suggestions.toggleHint')}
        onClick={() => setSuggesting(!mode.on)}
      >
        {t('suggestions.toggle')}
      </button>
    </span>
  );
}
