import { useTranslation } from 'react-i18next';
import type { FavoritesNotice as Notice } from './useFavorites.ts';

export function FavoritesNotice({ notice, onDismiss }: { notice?: Notice; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <div className="notice notice-warning favorites-notice" role="status">
      <p>{notice === 'unreadable' ? t('favorites.unreadable') : t('favorites.unsaved')}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('favorites.dismiss')}
      </button>
    </div>
  );
}
