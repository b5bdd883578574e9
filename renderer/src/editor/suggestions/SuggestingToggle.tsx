import { useTranslation } from 'react-i18next';
import { useActing } from '../../team/account-store';
import { setSuggesting, useSuggestingMode } from './suggesting-mode';

/** The toolbar switch between editing and suggesting; a reviewer always suggests (shown, not switchable). */
export function SuggestingToggle() {
  const { t } = useTranslation();
  const mode = useSuggestingMode(useActing());
  return (
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
  );
}
