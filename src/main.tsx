import { setupIonicReact } from '@ionic/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import '@ionic/react/css/padding.css';
import '@ionic/react/css/display.css';
import './app/theme.css';

import { App } from './app/App';
import { initI18n } from './app/i18n';
import { registerServiceWorker } from './offline/sw-register';
import { startSync } from './offline/sync';

setupIonicReact();

async function boot() {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  startSync();
  void registerServiceWorker();
}

void boot();
