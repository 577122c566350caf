import { useDisplay } from '../shell/display.ts';

interface Props {
  starred: boolean;
  /** The session's title, so a screen reader hears which session. */
  title: string;
  onToggle: () => void;
}

/** A toggle button: its pressed state is announced, its name stays the same. */
export function StarButton({ starred, title, onToggle }: Props) {
  const { t } = useDisplay();
  return (
    <button type="button" className="star-button" aria-pressed={starred} aria-label={t('favorites.star', { title })} onClick={onToggle}>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
      </svg>
    </button>
  );
}
