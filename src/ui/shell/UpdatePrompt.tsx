import { useSyncExternalStore } from 'react';
import { applyUpdate, subscribeToUpdate, updateWaiting } from '../../pwa/serviceWorker.ts';
import { useDisplay } from './display.ts';

/** "A new version is available": shown when a new service worker is waiting. */
export function UpdatePrompt() {
  const { t } = useDisplay();
  const available = useSyncExternalStore(subscribeToUpdate, updateWaiting);
  if (!available) return null;
  return (
    <div className="notice notice-info update-prompt" role="status">
      <p>{t('app.updateAvailable')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('app.reload')}
      </button>
    </div>
  );
}
