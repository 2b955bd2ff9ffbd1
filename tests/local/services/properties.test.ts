import { ServiceEnvironment } from '../../../src/local/emulator/services';
import { createServices } from '../../../src/local/emulator/services';
import { another, harness, TestStats } from './harness';

// Limits: developers.google.com/apps-script/guides/services/quotas — "Properties value size 9kB / val",
// "Properties total storage 500kB / property store", "Properties read/write 50,000 / day" (consumer),
// 500,000 / day (Google Workspace).
describe('PropertiesService', () => {
  test('script properties persist in the company folder and are seen by a new execution', () => {
    const h = harness();
    const props = h.g.PropertiesService.getScriptProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('closedMonth', '2025-03').setProperty('count', 5);
    expect(props.getProperty('count')).toBe('5');
    const env2 = new ServiceEnvironment(h.dir);
    const g2 = createServices(env2, h.execution, new TestStats()) as Record<string, any>;
    expect(g2.PropertiesService.getScriptProperties().getProperties()).toEqual({ closedMonth: '2025-03', count: '5' });
    props.deleteProperty('count');
    expect(g2.PropertiesService.getScriptProperties().getKeys()).toEqual(['closedMonth']);
  });

  test('setProperties with deleteAllOthers replaces the store', () => {
    const props = harness().g.PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  test('user properties belong to the effective user; document properties are null outside a document', () => {
    const h = harness();
    h.g.PropertiesService.getUserProperties().setProperty('lang', 'en');
    const other = another(h, { activeUser: 'staff@example.co.jp', effectiveUser: 'staff@example.co.jp' });
    expect(other.g.PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    expect(h.g.PropertiesService.getUserProperties().getProperty('lang')).toBe('en');
    expect(another(h, { documentBound: false }).g.PropertiesService.getDocumentProperties()).toBeNull();
    h.g.PropertiesService.getDocumentProperties().setProperty('x', 'y');
    expect(h.g.PropertiesService.getScriptProperties().getProperty('x')).toBeNull();
  });

  test('a value over 9 kB fails with Apps Script\'s message and changes nothing', () => {
    const props = harness().g.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
    // 3,073 three-byte characters are 9,219 bytes
    expect(() => props.setProperty('kanji', '漢'.repeat(3073))).toThrow('Argument too large: value');
  });

  test('a store over 500 kB fails with the storage quota message', () => {
    const props = harness().g.PropertiesService.getScriptProperties();
    const value = 'x'.repeat(9000);
    // 500 kB = 512,000 bytes of keys and values: 56 × (3 + 9,000) = 504,168 fit, a 57th does not
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, "0")}`, value);
    expect(() => {
      for (let i = 56; i < 60; i++) props.setProperty(`k${i}`, value);
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(props.getKeys().length).toBe(56);
  });

  test('the daily read/write quota is per user and resets 24 hours after the first request', () => {
    expect(new ServiceEnvironment(harness().dir, { accountType: 'consumer' }).propertiesDailyCalls).toBe(50_000);
    expect(new ServiceEnvironment(harness().dir).propertiesDailyCalls).toBe(500_000);
    const h = harness({ propertiesDailyCalls: 3 });
    const props = h.g.PropertiesService.getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    props.getProperty('a');
    expect(() => props.getProperty('a')).toThrow('Service invoked too many times for one day: properties.');
    h.clock.now = new Date(h.clock.now.getTime() + 24 * 3600 * 1000);
    expect(props.getProperty('a')).toBe('1');
  });

  test('calls are counted with the modelled 30 ms read / 60 ms write', () => {
    const h = harness();
    const props = h.g.PropertiesService.getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    props.getProperty('a');
    expect(h.stats.counts.get('PropertiesService.getProperty')).toBe(2);
    expect(h.stats.counts.get('PropertiesService.setProperty')).toBe(1);
    expect(h.stats.modelledMs).toBe(120);
  });
});
