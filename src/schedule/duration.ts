// A length of time as people say it: "1 h 35 min", not "1.6 hours". Totals
// of many sessions are rounded to 5 minutes and then said to be "about".

export interface SpokenDuration {
  hours: number;
  minutes: number;
  /** Rounded: the words say "about". */
  approximate: boolean;
}

const MINUTE = 60_000;

export function spokenDuration(milliseconds: number): SpokenDuration {
  const exact = Math.max(0, Math.round((Number.isFinite(milliseconds) ? milliseconds : 0) / MINUTE));
  const rounded = Math.round(exact / 5) * 5;
  // Under 5 minutes, rounding would say "about 0 min".
  const total = rounded === 0 ? exact : rounded;
  return { hours: Math.floor(total / 60), minutes: total % 60, approximate: total !== exact };
}
