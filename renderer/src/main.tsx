import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createClient } from './client/client';
import { ClientContext } from './client/context';
import { pickUiLanguage, setupI18n } from './i18n/setup';
import { standalonePreviewArticle } from './preview/preview-channel';
import { startStandalonePreview } from './preview/start-standalone-preview';
import './styles/app.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const previewOf = standalonePreviewArticle(window.location.search);
  if (previewOf) return startStandalonePreview(root, previewOf);
  const client = createClient();
  const [info, settings] = await Promise.all([client.call('app.info', {}), client.call('settings.get', {})]);
  if (!info.ok || !settings.ok) {
    const message = !info.ok ? info.error.message : !settings.ok ? settings.error.message : '';
    root.render(
      <main className="fatal" role="alert">
        <h1>Copydesk</h1>
        <p>{message}</p>
      </main>,
    );
    return;
  }
  const systemLanguage = info.value.host === 'electron' ? info.value.systemLanguage : navigator.language;
  const i18n = await setupI18n(pickUiLanguage(info.value.forcedLanguage, settings.value.uiLanguage, systemLanguage));
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ClientContext.Provider value={client}>
          <App settings={settings.value} forcedLanguage={info.value.forcedLanguage} systemLanguage={systemLanguage} />
        </ClientContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
