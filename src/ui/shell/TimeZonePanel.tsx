// The zone picker's panel, its own chunk (loaded when the picker opens): my
// zone, the conference's, or any IANA zone found by its id or city in either
// language.
import { useId, useMemo, useState } from 'react';
import { allTimeZones } from '../../model/zones.ts';
import { findZones, zoneCity } from '../../schedule/zoneSearch.ts';
import { formatOffset, isValidTimeZone, localTimeZone, zoneDisplayName } from '../../model/time.ts';
import { useDisplay } from './display.ts';

export interface TimeZonePanelProps {
  conferenceZone?: string;
  /** The instant whose offsets to show: the conference's, since DST differs through the year. */
  offsetAt: number;
  onChange: (zone: string) => void;
}

export function TimeZonePanel({ conferenceZone, offsetAt, onChange }: TimeZonePanelProps) {
  const { t, timeZone, locale } = useDisplay();
  const listId = useId();
  const [typed, setTyped] = useState('');
  const local = localTimeZone();
  const zones = useMemo(() => allTimeZones(), []);
  // ~400 zones, each with its offset.
  const zoneOptions = useMemo(
    () => zones.map((zone) => <option key={zone} value={zone} label={optionLabel(zone, offsetAt, locale)} />),
    [zones, offsetAt, locale],
  );
  const presetLabel = (name: string, zone: string) => {
    const offset = formatOffset(zone, offsetAt);
    // "UTC (UTC)" says nothing twice.
    return offset === zone ? t('timeZone.presetPlain', { name, zone }) : t('timeZone.preset', { name, zone, offset });
  };
  const best = typed.trim() === '' || isValidTimeZone(typed) ? undefined : findZones(typed, zones)[0];
  const pick = (zone: string) => {
    onChange(zone);
    setTyped('');
  };
  const presets = [
    { zone: local, name: t('timeZone.mine') },
    ...(conferenceZone && conferenceZone !== local ? [{ zone: conferenceZone, name: t('timeZone.conference') }] : []),
  ];

  return (
    <div className="tz-panel">
      <div className="tz-presets" role="group" aria-label={t('timeZone.label')}>
        {presets.map(({ zone, name }) => (
          <button key={name} type="button" className="chip" aria-pressed={timeZone === zone} onClick={() => pick(zone)}>
            {presetLabel(name, zone)}
          </button>
        ))}
      </div>
      <form
        className="tz-search"
        onSubmit={(event) => {
          event.preventDefault();
          // A typed city ("London", "伦敦") picks its best zone.
          const zone = isValidTimeZone(typed) ? typed : best;
          if (zone) pick(zone);
        }}
      >
        <label htmlFor={`${listId}-input`}>{t('timeZone.other')}</label>
        <input
          id={`${listId}-input`}
          list={listId}
          value={typed}
          placeholder="Europe/Berlin"
          autoComplete="off"
          onChange={(event) => {
            setTyped(event.target.value);
            // Picking from the list applies at once; typing waits for Enter.
            if (zones.includes(event.target.value)) pick(event.target.value);
          }}
        />
        <datalist id={listId}>{zoneOptions}</datalist>
        {best && <p className="hint-muted">{t('timeZone.enterPicks', { zone: best, offset: formatOffset(best, offsetAt) })}</p>}
        {typed.trim() !== '' && !best && !isValidTimeZone(typed) && <p className="hint">{t('timeZone.unknown')}</p>}
      </form>
    </div>
  );
}

/** What the zone list shows beside an id: its city, everyday name and offset ("London · British Time · UTC+1"). */
function optionLabel(zone: string, at: number, locale: string): string {
  const offset = formatOffset(zone, at);
  const city = zoneCity(zone);
  const parts = [city === zone ? undefined : city, zoneDisplayName(zone, locale, at), offset === zone ? undefined : offset];
  return parts.filter((part) => part !== undefined).join(' · ');
}
