import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeFavorites,
  encodeFavorites,
  favoritesBackupKey,
  favoritesKey,
  isFavoritesEvent,
  favoritesStore,
  loadFavorites,
  MAX_SHARED_IDS,
  MAX_SHARED_LENGTH,
  saveFavorites,
  splitByFeed,
} from './favorites.ts';
import { browserStorage } from '../lib/storage.ts';

const CONF = 'istiocon-2022';
const KEY = 'schedule:v1:istiocon-2022:favorites';
const NOW = 1_650_000_000_000;

interface FakeOptions {
  failRead?: Error;
  /** Thrown by setItem for keys it matches. */
  failWrite?: { error: Error; when?: (key: string) => boolean };
}

/** An in-memory Storage that can be told to fail the way browsers do. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  writes = 0;
  constructor(private readonly options: FakeOptions = {}) {}
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.options.failRead) throw this.options.failRead;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const fail = this.options.failWrite;
    if (fail && (fail.when?.(key) ?? true)) throw fail.error;
    this.writes += 1;
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function storageWith(value: string): FakeStorage {
  const storage = new FakeStorage();
  storage.items.set(KEY, value);
  return storage;
}

const backups = (storage: FakeStorage) => [...storage.items.keys()].filter((key) => key !== KEY);

describe('keys', () => {
  it('names one key per conference, and backups beside it', () => {
    expect(favoritesKey(CONF)).toBe(KEY);
    expect(favoritesKey('other')).toBe('schedule:v1:other:favorites');
    expect(favoritesBackupKey(CONF, NOW)).toBe(`${KEY}:unreadable:${NOW}`);
  });
});

describe('loadFavorites', () => {
  it('reads what saveFavorites wrote, in insertion order', () => {
    const storage = new FakeStorage();
    expect(saveFavorites(storage, CONF, ['zero-trust-istio', 'state-istio'])).toBe('saved');
    expect(JSON.parse(storage.items.get(KEY) ?? '')).toEqual({ version: 1, ids: ['zero-trust-istio', 'state-istio'] });
    expect(loadFavorites(storage, CONF)).toEqual({ ids: ['zero-trust-istio', 'state-istio'], status: 'ok' });
  });

  it('keeps conferences apart', () => {
    const storage = new FakeStorage();
    saveFavorites(storage, CONF, ['a']);
    saveFavorites(storage, 'kubecon', ['b']);
    expect(loadFavorites(storage, CONF).ids).toEqual(['a']);
    expect(loadFavorites(storage, 'kubecon').ids).toEqual(['b']);
  });

  it('says empty when nothing is stored, and ok for a stored empty list', () => {
    expect(loadFavorites(new FakeStorage(), CONF)).toEqual({ ids: [], status: 'empty' });
    expect(loadFavorites(storageWith('{"version":1,"ids":[]}'), CONF)).toEqual({ ids: [], status: 'ok' });
  });

  it('says unavailable without storage or when reading throws', () => {
    expect(loadFavorites(undefined, CONF)).toEqual({ ids: [], status: 'unavailable' });
    expect(loadFavorites(new FakeStorage({ failRead: securityError() }), CONF)).toEqual({ ids: [], status: 'unavailable' });
  });

  it.each([
    ['not JSON', '{"version":1,"ids":["a"'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a bare array', '["a","b"]'],
    ['a string', '"a"'],
    ['no version', '{"ids":["a"]}'],
    ['version 0', '{"version":0,"ids":["a"]}'],
    ['a string version', '{"version":"1","ids":["a"]}'],
    ['a fractional version', '{"version":1.5,"ids":["a"]}'],
    ['ids not an array', '{"version":1,"ids":"a"}'],
    ['no ids', '{"version":1}'],
  ])('calls %s corrupt, returns no ids and leaves it in place', (_, raw) => {
    const storage = storageWith(raw);
    expect(loadFavorites(storage, CONF)).toEqual({ ids: [], status: 'corrupt' });
    expect(storage.items.get(KEY)).toBe(raw);
    expect(storage.writes).toBe(0);
  });

  it('keeps the valid ids when some entries are bad, deduplicated, in order', () => {
    const raw = JSON.stringify({ version: 1, ids: ['a', 3, null, 'Bad Id', 'b', 'a', { id: 'c' }, '', 'x'.repeat(201), 'c-2'] });
    expect(loadFavorites(storageWith(raw), CONF)).toEqual({ ids: ['a', 'b', 'c-2'], status: 'partial' });
  });

  it('calls duplicates alone ok: dropping them loses nothing', () => {
    expect(loadFavorites(storageWith('{"version":1,"ids":["a","b","a"]}'), CONF)).toEqual({ ids: ['a', 'b'], status: 'ok' });
  });

  it('reads ids from a future version when they still look like ids, and says so', () => {
    expect(loadFavorites(storageWith('{"version":2,"ids":["a","b"],"notes":{}}'), CONF)).toEqual({
      ids: ['a', 'b'],
      status: 'future-version',
    });
    expect(loadFavorites(storageWith('{"version":3,"items":[{"id":"a"}]}'), CONF)).toEqual({ ids: [], status: 'future-version' });
  });
});

describe('saveFavorites', () => {
  it('drops invalid ids and duplicates on the way in', () => {
    const storage = new FakeStorage();
    saveFavorites(storage, CONF, ['a', 'A', 'a', 'b.c', 'b']);
    expect(loadFavorites(storage, CONF)).toEqual({ ids: ['a', 'b'], status: 'ok' });
  });

  it('says unavailable without storage or when storage refuses access', () => {
    expect(saveFavorites(undefined, CONF, ['a'])).toBe('unavailable');
    expect(saveFavorites(new FakeStorage({ failRead: securityError() }), CONF, ['a'])).toBe('unavailable');
    expect(saveFavorites(new FakeStorage({ failWrite: { error: securityError() } }), CONF, ['a'])).toBe('unavailable');
  });

  it('says quota when the storage is full, and keeps the previous value', () => {
    const storage = storageWith('{"version":1,"ids":["old"]}');
    const full = new FakeStorage({ failWrite: { error: quotaError() } });
    full.items.set(KEY, storage.items.get(KEY) ?? '');
    expect(saveFavorites(full, CONF, ['old', 'new'])).toBe('quota');
    expect(loadFavorites(full, CONF)).toEqual({ ids: ['old'], status: 'ok' });
  });

  it('recognises quota errors by legacy names and codes too', () => {
    const firefox = Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' });
    const webkit = Object.assign(new Error('full'), { code: 22 });
    expect(saveFavorites(new FakeStorage({ failWrite: { error: firefox } }), CONF, ['a'])).toBe('quota');
    expect(saveFavorites(new FakeStorage({ failWrite: { error: webkit } }), CONF, ['a'])).toBe('quota');
  });

  it('overwrites a clean value without a backup', () => {
    const storage = storageWith('{"version":1,"ids":["a"]}');
    expect(saveFavorites(storage, CONF, ['a', 'b'], NOW)).toBe('saved');
    expect(backups(storage)).toEqual([]);
  });

  it('writes nothing when the ids are unchanged', () => {
    const storage = storageWith('{"version":1,"ids":["a","b"]}');
    expect(saveFavorites(storage, CONF, ['a', 'b'])).toBe('saved');
    expect(storage.writes).toBe(0);
  });

  it.each([
    ['a corrupt value', 'not json {'],
    ['a wrong shape', '{"favorites":["a"]}'],
    ['a partly readable value', '{"version":1,"ids":["a",42]}'],
    ['a future version', '{"version":2,"ids":["a"],"folders":["x"]}'],
  ])('moves %s to a backup key before overwriting it', (_, raw) => {
    const storage = storageWith(raw);
    expect(saveFavorites(storage, CONF, ['a', 'new'], NOW)).toBe('saved');
    expect(storage.items.get(favoritesBackupKey(CONF, NOW))).toBe(raw);
    expect(loadFavorites(storage, CONF)).toEqual({ ids: ['a', 'new'], status: 'ok' });
  });

  it('leaves a future version alone until the viewer changes a favorite', () => {
    const raw = '{"version":2,"ids":["a","b"],"folders":["x"]}';
    const storage = storageWith(raw);
    const loaded = loadFavorites(storage, CONF);
    expect(saveFavorites(storage, CONF, loaded.ids, NOW)).toBe('saved');
    expect(storage.items.get(KEY)).toBe(raw);
    expect(storage.writes).toBe(0);
  });

  it('never overwrites an unreadable value when its backup cannot be written', () => {
    const raw = '{"version":2,"ids":["a"]}';
    const storage = new FakeStorage({ failWrite: { error: quotaError(), when: (key) => key !== KEY } });
    storage.items.set(KEY, raw);
    expect(saveFavorites(storage, CONF, ['b'], NOW)).toBe('quota');
    expect(storage.items.get(KEY)).toBe(raw);
  });

  it('never overwrites an earlier backup', () => {
    const storage = storageWith('first broken value');
    storage.items.set(favoritesBackupKey(CONF, NOW), 'older backup');
    saveFavorites(storage, CONF, ['a'], NOW);
    expect(storage.items.get(favoritesBackupKey(CONF, NOW))).toBe('older backup');
    expect(storage.items.get(favoritesBackupKey(CONF, NOW + 1))).toBe('first broken value');
  });

  it('keeps ids the feed no longer has', () => {
    const storage = new FakeStorage();
    saveFavorites(storage, CONF, ['gone', 'here']);
    expect(loadFavorites(storage, CONF).ids).toEqual(['gone', 'here']);
  });

  it('round-trips any list of valid ids', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,40}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 50 }), (ids) => {
        const storage = new FakeStorage();
        expect(saveFavorites(storage, CONF, ids)).toBe('saved');
        expect(loadFavorites(storage, CONF)).toEqual({ ids: [...new Set(ids)], status: 'ok' });
      }),
    );
  });

  it('never throws and never loses the stored text, whatever it is', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { maxLength: 5 }), (raw, ids) => {
        const storage = storageWith(raw);
        const loaded = loadFavorites(storage, CONF);
        saveFavorites(storage, CONF, ids, NOW);
        const kept = [...storage.items.values()];
        if (loaded.status !== 'ok') expect(kept).toContain(raw);
      }),
    );
  });
});

describe('two tabs: two stores over one storage', () => {
  it("never lose each other's stars when one has not seen the other's change yet", () => {
    const storage = new FakeStorage();
    const tabA = favoritesStore(storage, CONF);
    const tabB = favoritesStore(storage, CONF);
    expect(tabA.toggle('x')).toBe('saved');
    // Tab B was busy: it never handled the storage event for X.
    expect(tabB.toggle('y')).toBe('saved');
    expect(loadFavorites(storage, CONF).ids).toEqual(['x', 'y']);
    expect(tabB.ids()).toEqual(['x', 'y']);
    // A removal from a stale tab removes that one star only.
    expect(tabA.toggle('x')).toBe('saved');
    expect(loadFavorites(storage, CONF).ids).toEqual(['y']);
    tabB.addAll(['z', 'y']);
    expect(loadFavorites(storage, CONF).ids).toEqual(['y', 'z']);
    tabA.reload();
    expect(tabA.ids()).toEqual(['y', 'z']);
  });

  it('end with what the changes made in order, however the tabs interleave and whether they reload or not', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd');
    const step = fc.record({ tab: fc.integer({ min: 0, max: 1 }), id, reloadFirst: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const storage = new FakeStorage();
        const tabs = [favoritesStore(storage, CONF), favoritesStore(storage, CONF)];
        const expected = new Set<string>();
        for (const { tab, id: pressed, reloadFirst } of steps) {
          const store = tabs[tab];
          if (!store) continue;
          if (reloadFirst) store.reload();
          // The star the viewer pressed shows that tab's view; the change applies to the stored list.
          const adding = !store.ids().includes(pressed);
          store.toggle(pressed);
          if (adding) expected.add(pressed);
          else expected.delete(pressed);
        }
        expect(new Set(loadFavorites(storage, CONF).ids)).toEqual(expected);
      }),
    );
  });

  it('keep a change in memory where storage cannot be written', () => {
    const store = favoritesStore(new FakeStorage({ failWrite: { error: quotaError() } }), CONF);
    expect(store.toggle('a')).toBe('quota');
    expect(store.ids()).toEqual(['a']);
    const nowhere = favoritesStore(undefined, CONF);
    expect(nowhere.loadStatus).toBe('unavailable');
    expect(nowhere.addAll(['a', 'b'])).toBe('unavailable');
    expect(nowhere.ids()).toEqual(['a', 'b']);
  });
});

describe('browserStorage', () => {
  it('returns undefined where there is no localStorage (as in Node)', () => {
    expect(browserStorage()).toBeUndefined();
  });

  it('returns undefined when touching localStorage throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw securityError();
      },
    });
    try {
      expect(browserStorage()).toBeUndefined();
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('returns localStorage when there is one', () => {
    const fake = new FakeStorage();
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: fake });
    try {
      expect(browserStorage()).toBe(fake);
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('isFavoritesEvent', () => {
  it('matches our key and a cleared storage, nothing else', () => {
    expect(isFavoritesEvent({ key: KEY }, CONF)).toBe(true);
    expect(isFavoritesEvent({ key: null }, CONF)).toBe(true);
    expect(isFavoritesEvent({ key: favoritesKey('other') }, CONF)).toBe(false);
    expect(isFavoritesEvent({ key: 'schedule:v1:language' }, CONF)).toBe(false);
    expect(isFavoritesEvent({ key: favoritesBackupKey(CONF, NOW) }, CONF)).toBe(false);
  });
});

describe('splitByFeed', () => {
  it('separates ids still in the feed from vanished ones, keeping order', () => {
    expect(splitByFeed(['c', 'gone', 'a', 'old'], new Set(['a', 'b', 'c']))).toEqual({ present: ['c', 'a'], missing: ['gone', 'old'] });
    expect(splitByFeed([], new Set(['a']))).toEqual({ present: [], missing: [] });
  });
});

describe('shared agendas', () => {
  it('joins ids with dots', () => {
    expect(encodeFavorites(['state-istio', 'zero-trust-istio'])).toBe('state-istio.zero-trust-istio');
    expect(encodeFavorites([])).toBe('');
    expect(decodeFavorites('')).toEqual([]);
  });

  it('needs no URL escaping', () => {
    const encoded = encodeFavorites(['a-1', 'b-2']);
    expect(new URLSearchParams({ fav: encoded }).toString()).toBe(`fav=${encoded}`);
  });

  it('decodes defensively: drops bad ids and empty parts, dedupes', () => {
    expect(decodeFavorites('a..b.A.a.<script>.c-1.')).toEqual(['a', 'b', 'c-1']);
    expect(decodeFavorites('%20a.b')).toEqual(['b']);
  });

  it('reads at most 200 ids and 4000 characters', () => {
    const many = Array.from({ length: 300 }, (_, index) => `s${index}`);
    expect(decodeFavorites(many.join('.'))).toEqual(many.slice(0, MAX_SHARED_IDS));
    const long = Array.from({ length: 100 }, (_, index) => `${'x'.repeat(60)}-${index}`);
    const decoded = decodeFavorites(long.join('.'));
    expect(decoded.join('.').length).toBeLessThanOrEqual(MAX_SHARED_LENGTH);
    expect(decoded).toEqual(long.slice(0, decoded.length));
  });

  it('drops an id cut by the 4000-character limit, keeps one that ends there', () => {
    const fit = Array.from({ length: 20 }, (_, index) => `${String(index).padStart(2, '0')}${'z'.repeat(197)}`);
    const text = fit.join('.');
    expect(text.length).toBe(MAX_SHARED_LENGTH - 1);
    expect(decodeFavorites(`${text}.next`)).toEqual(fit);
    expect(decodeFavorites(`${text}x.next`)).toEqual([...fit.slice(0, 19), `${fit[19]}x`]);
    expect(decodeFavorites(`${text}xy`)).toEqual(fit.slice(0, 19));
  });

  it('encodes within the limits, cutting at a whole id', () => {
    const long = Array.from({ length: 100 }, (_, index) => `${'x'.repeat(60)}-${index}`);
    const encoded = encodeFavorites(long);
    expect(encoded.length).toBeLessThanOrEqual(MAX_SHARED_LENGTH);
    expect(decodeFavorites(encoded)).toEqual(long.slice(0, encoded.split('.').length));
    expect(encodeFavorites(Array.from({ length: 300 }, (_, index) => `s${index}`)).split('.')).toHaveLength(MAX_SHARED_IDS);
  });

  it('round-trips any list of valid ids within the limits', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{1,30}$/), { maxLength: 100 }), (ids) => {
        expect(decodeFavorites(encodeFavorites(ids))).toEqual([...new Set(ids)]);
      }),
    );
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (param) => {
        const ids = decodeFavorites(param);
        expect(ids.length).toBeLessThanOrEqual(MAX_SHARED_IDS);
        expect(ids.every((id) => /^[a-z0-9-]{1,200}$/.test(id))).toBe(true);
      }),
    );
  });
});
