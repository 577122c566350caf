// "Times in Asia/Shanghai (UTC+8)", and the control to change it. The panel
// (presets and the searchable list of zones) is a chunk of its own, loaded
// when the picker is opened: the first page does not carry the zone search.
import { lazy, Suspense, useState } from 'react';
import { formatOffset } from '../../model/time.ts';
import { useDisplay } from './display.ts';
import { withLaterStrings } from '../../i18n/setup.ts';
import type { TimeZonePanelProps } from './TimeZonePanel.tsx';

const TimeZonePanel = lazy(() => withLaterStrings(import('./TimeZonePanel.tsx')).then((module) => ({ default: module.TimeZonePanel })));

export function TimeZonePicker(props: TimeZonePanelProps) {
  const { t, timeZone } = useDisplay();
  const [open, setOpen] = useState(false);
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
          <TimeZonePanel {...props} />
        </Suspense>
      )}
    </details>
  );
}
