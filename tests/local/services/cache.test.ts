import { harness } from './harness';

// reference/cache/cache: keys up to 250 characters, values up to 100 KB, "the minimum is 1 second
// and the maximum is 21600 seconds (6 hours)", default expiration 10 minutes (600 s), 1,000 items.
describe('CacheService', () => {
  test('put/get with the default 600 s expiry on the simulated clock', () => {
    const h = harness();
    const cache = h.g.CacheService.getScriptCache();
    cache.put('k', 'v');
    h.clock.now = new Date(h.clock.now.getTime() + 599_000);
    expect(cache.get('k')).toBe('v');
    h.clock.now = new Date(h.clock.now.getTime() + 1_000);
    expect(cache.get('k')).toBeNull();
  });

  test('the maximum expiry is 21,600 s; more is refused', () => {
    const h = harness();
    const cache = h.g.CacheService.getScriptCache();
    cache.put('k', 'v', 21_600);
    h.clock.now = new Date(h.clock.now.getTime() + 21_599_000);
    expect(cache.get('k')).toBe('v');
    h.clock.now = new Date(h.clock.now.getTime() + 1_000);
    expect(cache.get('k')).toBeNull();
    expect(() => cache.put('k', 'v', 21_601)).toThrow('Invalid argument: expirationInSeconds');
  });

  test('keys over 250 characters and values over 100 kB are refused', () => {
    const cache = harness().g.CacheService.getScriptCache();
    cache.put('k'.repeat(250), 'v');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    cache.put('big', 'x'.repeat(100 * 1024));
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });

  test('getAll/putAll/remove; user caches are per user; document cache null outside a document', () => {
    const h = harness();
    const cache = h.g.CacheService.getUserCache();
    cache.putAll({ a: '1', b: '2', c: '3' }, 60);
    cache.remove('b');
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ a: '1', c: '3' });
    const other = harness({ dir: h.dir, execution: { effectiveUser: 'x@example.co.jp' } });
    expect(other.g.CacheService.getUserCache().get('a')).toBeNull();
    expect(harness({ dir: h.dir, execution: { documentBound: false } }).g.CacheService.getDocumentCache()).toBeNull();
    expect(h.stats.counts.get('CacheService.putAll')).toBe(1);
    expect(h.stats.counts.get('CacheService.getAll')).toBe(1);
  });

  test('beyond 1,000 items the oldest are evicted', () => {
    const h = harness();
    const cache = h.g.CacheService.getScriptCache();
    const first: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) first[`k${i}`] = String(i);
    cache.putAll(first);
    h.clock.now = new Date(h.clock.now.getTime() + 1000);
    cache.put('newest', 'n');
    expect(cache.get('newest')).toBe('n');
    expect(Object.keys(cache.getAll(Object.keys(first))).length).toBe(999);
  });
});
