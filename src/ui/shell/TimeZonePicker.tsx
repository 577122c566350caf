// "Times in Asia/Shanghai (UTC+8)", and the control to change it. The panel
// (presets and the searchable list of zones) is a chunk of its own, loaded
// when the page is idle (or when opened): the first page does not carry the
// zone search, and opening the picker does not wait for it.
import { Suspense, useEffect, useState } from 'react';
import { formatOffset } from '../../model/time.ts';
import { useDisplay } from './display.ts';
import { withLaterStrings } from '../../i18n/setup.ts';
import type { TimeZonePanelProps } from './TimeZonePanel.tsx';
import { preloadable } from './preloadable.tsx';
import { whenIdle } from '../../lib/later.ts';

const TimeZonePanel = preloadable(() => withLaterStrings(import('./TimeZonePanel.tsx')).then((module) => module.TimeZonePanel));
const PRELOAD_WITHIN_MS = 5_000;
const PRELOAD_FALLBACK_MS = 2_000;

export function TimeZonePicker(props: TimeZonePanelProps) {
  const { t, timeZone } = useDisplay();
  const [open, setOpen] = useState(false);
  useEffect(() => whenIdle(() => void TimeZonePanel.preload().catch(() => undefined), PRELOAD_WITHIN_MS, PRELOAD_FALLBACK_MS), []);
  const currentOffset = formatOffset(timeZone, props.offsetAt);
  // "Times in UTC", not "Times in UTC (UTC)".
  const zoneSummary =
    currentOffset === timeZone
      ? t('settings.timesInPlain', { zone: timeZone })
      : t('settings.timesIn', { zone: timeZone, offset: currentOffset });
  return (
    <details className="tz-picker" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{zoneSummary}</summary>
      {open && (
        <Suspense fallback={null}>
          <TimeZonePanel.Component {...props} />
        </Suspense>
      )}
    </details>
  );
}
