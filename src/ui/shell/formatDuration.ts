import { spokenDuration } from '../../schedule/duration.ts';
import type { Display } from './display.ts';

/** "about 1 h 35 min" / "约 1 小时 35 分钟": a total as people say it. */
export function formatDuration(milliseconds: number, t: Display['t']): string {
  const { hours, minutes, approximate } = spokenDuration(milliseconds);
  const exact =
    hours === 0
      ? t('duration.minutes', { minutes })
      : minutes === 0
        ? t('duration.hours', { hours })
        : t('duration.hoursMinutes', { hours, minutes });
  return approximate ? t('duration.about', { duration: exact }) : exact;
}
