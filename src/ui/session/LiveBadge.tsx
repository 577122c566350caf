import type { LiveStatus } from '../../schedule/live.ts';
import { useDisplay } from '../shell/display.ts';

/** "Live" / "Soon", in words as well as colour. */
export function LiveBadge({ status }: { status?: LiveStatus }) {
  const { t } = useDisplay();
  if (!status) return null;
  return <span className={`live-badge live-badge-${status}`}>{status === 'live' ? t('live.live') : t('live.soon')}</span>;
}
