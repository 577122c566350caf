// Finding a time zone by what a person types: a city in English or Chinese,
// not only an IANA id. The ids name one city per zone (Europe/London); the
// short alias list adds the cities attendees more often think in (Beijing is
// Asia/Shanghai, Bengaluru is Asia/Kolkata) and their Chinese names.

/** City names (lower case) → zone, for cities a zone id does not name. */
const ALIASES: Readonly<Record<string, string>> = {
  beijing: 'Asia/Shanghai',
  北京: 'Asia/Shanghai',
  上海: 'Asia/Shanghai',
  深圳: 'Asia/Shanghai',
  杭州: 'Asia/Shanghai',
  广州: 'Asia/Shanghai',
  成都: 'Asia/Shanghai',
  香港: 'Asia/Hong_Kong',
  台北: 'Asia/Taipei',
  臺北: 'Asia/Taipei',
  东京: 'Asia/Tokyo',
  首尔: 'Asia/Seoul',
  新加坡: 'Asia/Singapore',
  bengaluru: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  班加罗尔: 'Asia/Kolkata',
  孟买: 'Asia/Kolkata',
  新德里: 'Asia/Kolkata',
  迪拜: 'Asia/Dubai',
  莫斯科: 'Europe/Moscow',
  伦敦: 'Europe/London',
  巴黎: 'Europe/Paris',
  柏林: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  慕尼黑: 'Europe/Berlin',
  阿姆斯特丹: 'Europe/Amsterdam',
  马德里: 'Europe/Madrid',
  罗马: 'Europe/Rome',
  苏黎世: 'Europe/Zurich',
  斯德哥尔摩: 'Europe/Stockholm',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'silicon valley': 'America/Los_Angeles',
  洛杉矶: 'America/Los_Angeles',
  旧金山: 'America/Los_Angeles',
  西雅图: 'America/Los_Angeles',
  硅谷: 'America/Los_Angeles',
  boston: 'America/New_York',
  washington: 'America/New_York',
  纽约: 'America/New_York',
  波士顿: 'America/New_York',
  华盛顿: 'America/New_York',
  austin: 'America/Chicago',
  dallas: 'America/Chicago',
  芝加哥: 'America/Chicago',
  多伦多: 'America/Toronto',
  温哥华: 'America/Vancouver',
  丹佛: 'America/Denver',
  圣保罗: 'America/Sao_Paulo',
  墨西哥城: 'America/Mexico_City',
  悉尼: 'Australia/Sydney',
  墨尔本: 'Australia/Melbourne',
  奥克兰: 'Pacific/Auckland',
  开罗: 'Africa/Cairo',
  约翰内斯堡: 'Africa/Johannesburg',
  内罗毕: 'Africa/Nairobi',
  拉各斯: 'Africa/Lagos',
};

/** "America/Los_Angeles" → "Los Angeles"; "UTC" stays "UTC". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/**
 * Zones matching a typed text, best first: an exact id, then an exact city or
 * alias, then cities and ids that start with it, then any that contain it.
 */
export function findZones(query: string, zones: readonly string[]): string[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const known = new Set(zones);
  const ranked = new Map<string, number>();
  const rank = (zone: string, score: number) => {
    if (known.has(zone) && score < (ranked.get(zone) ?? Infinity)) ranked.set(zone, score);
  };
  for (const zone of zones) {
    const id = normalise(zone);
    const city = normalise(zoneCity(zone));
    if (id === wanted) rank(zone, 0);
    else if (city === wanted) rank(zone, 1);
    else if (city.startsWith(wanted) || id.startsWith(wanted)) rank(zone, 3);
    else if (id.includes(wanted)) rank(zone, 4);
  }
  for (const [alias, zone] of Object.entries(ALIASES)) {
    if (alias === wanted) rank(zone, 1);
    else if (alias.startsWith(wanted)) rank(zone, 2);
  }
  return [...ranked].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([zone]) => zone);
}
