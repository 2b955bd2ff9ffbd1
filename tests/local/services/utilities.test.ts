import { harness } from './harness';

const u = () => harness().g.Utilities;
const hex = (signed: number[]) => signed.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');

describe('Utilities.formatDate (Java SimpleDateFormat; Tokyo is UTC+9 without DST)', () => {
  // 2024-03-09T15:04:05.123Z is Sunday 2024-03-10 00:04:05.123 in Tokyo, whatever the host zone
  const instant = new Date('2024-03-09T15:04:05.123Z');
  test.each([
    ['yyyy-MM-dd HH:mm:ss', '2024-03-10 00:04:05'],
    ['EEE, d MMM yyyy hh:mm a z', 'Sun, 10 Mar 2024 12:04 AM JST'],
    ['EEEE MMMM', 'Sunday March'],
    ["yyyy'年'M'月'd'日'", '2024年3月10日'],
    ["'o''clock' ''", "o'clock '"],
    ['Z XXX X', '+0900 +09:00 +09'],
    ['D u k K SSS yy', '70 7 24 0 123 24'],
  ])('%s', (pattern, expected) => {
    expect(u().formatDate(instant, 'Asia/Tokyo', pattern)).toBe(expected);
  });
  test('other zones and week of year (en-US: weeks start on Sunday, week 1 holds January 1st)', () => {
    expect(u().formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm Z')).toBe('2024-03-09 15:04 +0000');
    expect(u().formatDate(instant, 'America/New_York', 'HH:mm z')).toBe('10:04 EST');
    expect(u().formatDate(new Date('2024-12-29T12:00:00Z'), 'UTC', 'w')).toBe('1');
    expect(u().formatDate(new Date('2024-01-06T12:00:00Z'), 'UTC', 'w')).toBe('1');
    expect(u().formatDate(new Date('2024-01-07T12:00:00Z'), 'UTC', 'w')).toBe('2');
  });
  test('an illegal pattern letter fails as in Java', () => {
    expect(() => u().formatDate(instant, 'Asia/Tokyo', 'yyyy-q')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Blob and charsets', () => {
  test('Shift_JIS round trip of half-width katakana and kanji (JIS X 0201 / JIS X 0208 codes)', () => {
    // ｶ B6, ﾀ C0, ｶ B6, ﾅ C5 (JIS X 0201); 漢 JIS 3441 → SJIS 8ABF, 字 JIS 3B7A → SJIS 8E9A
    const blob = u().newBlob('').setDataFromString('ｶﾀｶﾅ漢字A', 'Shift_JIS');
    expect(blob.getBytes()).toEqual([-74, -64, -74, -59, -118, -65, -114, -102, 65]);
    expect(blob.getDataAsString('Shift_JIS')).toBe('ｶﾀｶﾅ漢字A');
    expect(u().newBlob([-118, -65, -114, -102]).getDataAsString('Shift_JIS')).toBe('漢字');
  });
  test('characters outside Shift_JIS become ? as with Java; Windows-31J has the NEC row', () => {
    expect(u().newBlob('').setDataFromString('①㈱😀', 'Shift_JIS').getBytes()).toEqual([63, 63, 63]);
    // ① is 0x8740 in the Windows-31J (CP932) NEC special-character row
    expect(u().newBlob('').setDataFromString('①', 'Windows-31J').getBytes()).toEqual([-121, 64]);
  });
  test('newBlob: UTF-8 by default, name and content type', () => {
    const blob = u().newBlob('給与', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-25, -75, -90, -28, -72, -114]); // UTF-8 E7 B5 A6 E4 B8 8E
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual(['a.txt', 'text/plain', '給与']);
    expect(blob.setName('b.csv').getName()).toBe('b.csv');
    expect(() => blob.getAs('image/png')).toThrow('Converting from text/plain to image/png is not supported.');
  });
});

describe('base64, digests, HMAC, UUID, sleep', () => {
  test('base64 (RFC 4648 §10 vectors) and its web-safe alphabet', () => {
    expect(u().base64Encode('foobar')).toBe('Zm9vYmFy');
    expect(u().base64Encode('fo')).toBe('Zm8=');
    expect(u().base64Decode('Zm8=')).toEqual([102, 111]);
    expect(u().base64Encode([-5, -1])).toBe('+/8=');
    expect(u().base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(u().base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(() => u().base64Decode('@@@')).toThrow('Could not decode string.');
  });
  test('digests are signed bytes, as Java returns them', () => {
    const { DigestAlgorithm } = u();
    // FIPS 180-2 Appendix B.1; RFC 1321 A.5
    const sha = u().computeDigest(DigestAlgorithm.SHA_256, 'abc');
    expect(hex(sha)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha.slice(0, 2)).toEqual([-70, 120]);
    expect(hex(u().computeDigest(DigestAlgorithm.MD5, 'abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
  test('HMAC-SHA256 (RFC 4231 test case 2)', () => {
    expect(hex(u().computeHmacSha256Signature('what do ya want for nothing?', 'Jefe'))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
  test('getUuid and a modelled sleep', () => {
    const h = harness();
    expect(h.g.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const t0 = Date.now();
    h.g.Utilities.sleep(1000);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(h.stats.modelledMs).toBe(1000);
    expect(h.g.Utilities.Charset).toEqual({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
  });
});

describe('Session', () => {
  test('users, script time zone, locale', () => {
    const h = harness({ execution: { activeUser: '', effectiveUser: 'owner@example.co.jp' } });
    expect(h.g.Session.getActiveUser().getEmail()).toBe('');
    expect(h.g.Session.getEffectiveUser().getEmail()).toBe('owner@example.co.jp');
    expect(h.g.Session.getScriptTimeZone()).toBe('Asia/Tokyo');
    expect(h.g.Session.getActiveUserLocale()).toBe('ja');
  });
});
