/**
 * What the Apps Script runtime does not promise, kept out of the bundle:
 * - built-ins newer than ES2020 in build/Code.js and the lazy modules. Google's V8 runtime page
 *   (developers.google.com/apps-script/guides/v8-runtime) promises "modern ECMAScript syntax" and
 *   names no edition or V8 version; esbuild's `target: 'es2020'` lowers syntax only, never built-ins,
 *   so the bundle is scanned for the ES2021+ ones (and structuredClone, a web API, not ECMAScript);
 * - a web-app link before the web app is deployed: ScriptApp.getService().getUrl() "returns the URL of
 *   the web app, if it has been deployed; otherwise returns null" (reference: Class Service).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Company } from '../../src/local/company';
import { message } from '../../src/core/i18n';
import { copyFixture, NOW, PEOPLE, USERS } from '../security/fixture';

const build = path.resolve(__dirname, '../../build');

/** Each built-in with the edition that added it (ECMA-262 editions 2021–2025). */
const AFTER_ES2020: [RegExp, string][] = [
  [/\.at\(/, 'Array/String.prototype.at (ES2022)'],
  [/Object\.hasOwn\b/, 'Object.hasOwn (ES2022)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (ES2023)'],
  [/\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy (ES2023)'],
  [/\.replaceAll\(/, 'String.prototype.replaceAll (ES2021)'],
  [/\b(Object|Map)\.groupBy\b/, 'Object/Map.groupBy (ES2024)'],
  [/Promise\.(any|withResolvers)\b/, 'Promise.any (ES2021) / withResolvers (ES2024)'],
  [/\b(AggregateError|WeakRef|FinalizationRegistry)\b/, 'ES2021 globals'],
  [/\.(isWellFormed|toWellFormed)\(/, 'well-formed strings (ES2024)'],
  [/Array\.fromAsync\b/, 'Array.fromAsync (ES2025)'],
  [/\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, 'Set methods (ES2025)'],
  [/\bstructuredClone\b/, 'structuredClone (web API)'],
];

describe('the bundle uses no built-in newer than ES2020', () => {
  const files = ['Code.js', ...fs.readdirSync(build).filter((f) => /^module-.*\.html$/.test(f))];
  test.each(files)('%s', (file) => {
    const code = fs.readFileSync(path.join(build, file), 'utf8');
    const found = AFTER_ES2020.filter(([re]) => re.test(code)).map(([re, what]) => `${what}: …${code.slice(Math.max(0, code.search(re) - 60), code.search(re) + 20)}…`);
    expect(found).toEqual([]);
  });
  test('the scan finds what it looks for', () => {
    expect(AFTER_ES2020.filter(([re]) => re.test('x.at(-1); Object.hasOwn(o,"k"); "a".replaceAll("a","b")'))).toHaveLength(3);
  });
});

describe('a personal link before the web app is deployed', () => {
  test('says so plainly instead of giving a link that reads null?k=', () => {
    const fixture = copyFixture();
    const company = new Company(fixture.dir, { webAppBaseUrl: null });
    company.clock = () => NOW;
    const r = company.run('issueEmployeeLink', [{ employeeCode: PEOPLE.e1.code }], { kind: 'rpc', user: USERS.admin, at: NOW });
    expect(JSON.stringify(r.value ?? null)).not.toContain('null?k=');
    expect(r.ok).toBe(false);
    expect(r.error!.message).toContain(message('ja', 'link.notDeployed'));
  });
  test('once deployed, the link is the web app URL with its token', () => {
    const company = copyFixture();
    const { url } = company.rpc('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }, USERS.admin, { at: NOW }) as { url: string };
    expect(url).toMatch(/^http:\/\/localhost:8080\?k=KE101\./);
  });
});
