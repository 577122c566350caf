import type { FavoritesProblem } from './useFavorites.ts';
import { useDisplay } from '../shell/display.ts';

// Its own chunk, with the later strings: most visits never show it.
export function FavoritesNotice({ notice, onDismiss }: { notice: FavoritesProblem; onDismiss: () => void }) {
  const { t } = useDisplay();
  return (
    <div className="notice notice-warning favorites-notice" role="status">
      <p>{notice === 'unreadable' ? t('favorites.unreadable') : t('favorites.unsaved')}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('favorites.dismiss')}
      </button>
    </div>
  );
}
