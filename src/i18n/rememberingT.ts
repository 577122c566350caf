// i18next's t() costs ~30 µs a call (key lookup, plural rules,
// interpolation), and every session card asks the same few questions: its
// type's name, "Type: Talk", "Delivered in English", "Recording on
// youtube.com". Remembering the answers per language took the IstioCon
// list's string work from ~20 ms to ~3 ms on a cold load.
import type { TFunction } from 'i18next';

// A bound on what a long session with many languages and feeds can pile up;
// past it the memory starts again (answers are cheap to ask for again).
const MAX_ANSWERS = 10_000;

/**
 * `t`, remembering each answer by key and options. Only for a `t` bound to
 * one language: a new language is a new `t` from react-i18next, and so a new
 * memory. Options must be plain values (they are keyed by JSON).
 */
export function rememberingT(t: TFunction): TFunction {
  // TFunction's overloads type keys and results for every i18next feature;
  // this app calls it with a string key and plain options, for a string.
  const ask = t as unknown as (key: string, options?: Record<string, unknown>) => unknown;
  const answers = new Map<string, string>();
  const remembering = (key: string, options?: Record<string, unknown>): string => {
    const cacheKey = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let answer = answers.get(cacheKey);
    if (answer === undefined) {
      answer = String(ask(key, options));
      // A missing string comes back as its key: it may be among the strings
      // lazy views load later (withLaterStrings), so it is asked again.
      if (answer === key) return answer;
      if (answers.size >= MAX_ANSWERS) answers.clear();
      answers.set(cacheKey, answer);
    }
    return answer;
  };
  return remembering as unknown as TFunction;
}
