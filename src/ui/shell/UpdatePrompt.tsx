import { applyUpdate } from '../../pwa/serviceWorker.ts';
import { useDisplay } from './display.ts';

/** "A new version is available": shown when a new service worker is waiting (App.tsx), from a chunk of its own. */
export function UpdatePrompt() {
  const { t } = useDisplay();
  return (
    <div className="notice notice-info update-prompt" role="status">
      <p>{t('app.updateAvailable')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('app.reload')}
      </button>
    </div>
  );
}
