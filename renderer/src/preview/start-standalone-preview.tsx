import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from '../i18n/setup';
import { StandalonePreview } from './StandalonePreview';

/**
 * Starts the page as a standalone preview: no client, no launch token, no contract call; the
 * language is the browser's until the editor's first message names the UI language.
 */
export async function startStandalonePreview(root: Root, articleId: string): Promise<void> {
  const i18n = await setupI18n(navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en');
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StandalonePreview articleId={articleId} />
      </I18nextProvider>
    </StrictMode>,
  );
}
