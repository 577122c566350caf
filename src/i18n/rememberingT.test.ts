import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { rememberingT } from './rememberingT.ts';

function countingT(strings: Record<string, string>) {
  const calls = vi.fn((key: string, options?: Record<string, unknown>) => {
    const template = strings[key];
    if (template === undefined) return key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name]));
  });
  return { calls, t: calls as unknown as TFunction };
}

describe('rememberingT', () => {
  it('asks i18next once per key and options, and answers the same', () => {
    const { calls, t } = countingT({ 'type.talk': 'Talk', 'session.type': 'Type: {{type}}' });
    const remembering = rememberingT(t);
    expect(remembering('type.talk')).toBe('Talk');
    expect(remembering('type.talk')).toBe('Talk');
    expect(remembering('session.type', { type: 'Talk' })).toBe('Type: Talk');
    expect(remembering('session.type', { type: 'Talk' })).toBe('Type: Talk');
    expect(remembering('session.type', { type: 'Keynote' })).toBe('Type: Keynote');
    expect(calls).toHaveBeenCalledTimes(3);
  });

  it('asks again for a string that was missing, so strings loaded later are found', () => {
    const strings: Record<string, string> = {};
    const { calls, t } = countingT(strings);
    const remembering = rememberingT(t);
    expect(remembering('agenda.addAll')).toBe('agenda.addAll');
    strings['agenda.addAll'] = 'Add all';
    expect(remembering('agenda.addAll')).toBe('Add all');
    expect(calls).toHaveBeenCalledTimes(2);
  });
});
