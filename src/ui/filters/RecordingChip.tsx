// "Has recording": a toggle chip with how many sessions it would leave,
// shown once the feed has a recording at all.
import { useDisplay } from '../shell/display.ts';

interface Props {
  pressed: boolean;
  count: number;
  onToggle: () => void;
}

export function RecordingChip({ pressed, count, onToggle }: Props) {
  const { t } = useDisplay();
  return (
    <button type="button" className="chip chip-recording" aria-pressed={pressed} disabled={!pressed && count === 0} onClick={onToggle}>
      <span aria-hidden="true">▶</span> {t('links.hasRecording')}
      <span className="chip-count">{count}</span>
    </button>
  );
}
