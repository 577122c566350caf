// How a person's name is shown. Feeds built from Western forms write a
// Chinese name given-name first with a space ("阳 唐"); in Chinese the
// family name comes first, with no space (唐阳). Only a two-part name whose
// parts are both Han characters is turned: "Lin Sun", "Sun Lin" or a mixed
// "Zhang 三" stay as written.
const HAN = /^\p{Script=Han}+$/u;

export function displayName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const [given, family] = parts;
  if (parts.length === 2 && given && family && HAN.test(given) && HAN.test(family)) return `${family}${given}`;
  return name;
}

/** "Name (Affiliation)", or the name alone. */
export function nameWithAffiliation(speaker: { name: string; affiliation?: string }): string {
  const name = displayName(speaker.name);
  return speaker.affiliation ? `${name} (${speaker.affiliation})` : name;
}
