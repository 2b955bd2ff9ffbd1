/**
 * The hostile suite (issue 7 item 6): for EVERY RPC of the registry (a new RPC is covered by being
 * declared), against the fixture company (tests/security/fixture.ts):
 *  (a) as each role (admin, manager of 設計, employee, unknown e-mail, empty e-mail), on their own
 *      and on someone else's records: a clear error, or an answer that holds nothing outside the
 *      caller's scope (an employee sees only themselves, a manager only 設計; nobody but the admin
 *      sees a confidential value);
 *  (b) malformed input generated from the RPC's zod schema (via toJSONSchema): wrong types, missing
 *      fields, 100k-character strings, `__proto__`/`constructor` keys, impossible dates, arrays where
 *      objects are expected, null;
 *  (c) script and formula payloads in every string field of a valid input.
 * Every case ends in a Kanri error ("日本語 / English", or the access text) or a correct answer; on
 * an error every sheet of every spreadsheet is unchanged (digest of the stored values); an accepted
 * formula payload is stored as text, never as a formula.
 */
import fs from 'node:fs';
import path from 'node:path';
import { toJSONSchema } from 'zod/mini';
import { entryPoints } from '../../src/addon/registry';
import type { EntryPoint, RpcEntry, Role } from '../../src/addon/entrypoints';
import { message } from '../../src/core/i18n';
import type { Company } from '../../src/local/company';
import { serializeForScriptRun, serializeScriptRunArguments } from '../../src/local/emulator/services/script-run';
import { CONFIDENTIAL_VALUES, NOW, PEOPLE, USERS, copyFixture, fixtureDir, fixtureIds, isKanriErrorText, workbookDigest, allCells, type Person, type UserRole } from './fixture';

const rpcs = (entryPoints as readonly EntryPoint[]).filter((e): e is RpcEntry => e.kind === 'rpc');
const codes = Object.values(PEOPLE).map((p) => p.code);

/**
 * A valid input for each RPC, written by hand where a generic one would not get past validation.
 * An RPC missing here still gets every case, with an input generated from its schema.
 */
function samples(name: string): unknown[] | undefined {
  const employeeRow = { code: 'KX900', name: '新人 四郎', kana: 'シンジン', email: 'x900@example.jp', department: '営業', employmentType: 'regular', hireDate: '2026-11-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400 };
  const contractSample = { id: 'C-1', title: '複合機リース', counterparty: 'OAリース', type: 'lease', status: 'active', start: '2026-01-01', end: '2026-12-31',
    autoRenew: true, renewalMonths: 12, noticeMonths: 1, amount: 18000, billingCycle: 'monthly', owner: PEOPLE.e1.code, note: 'メモ' };
  const employmentSample = { id: 'EC-1', employeeCode: PEOPLE.e1.code, start: '2026-04-01', end: '2027-03-31', renewal: 'possible', renewalCap: '通算5年', status: 'signed', note: 'メモ' };
  const table: Record<string, unknown[]> = {
    punch: [{ kind: 'clockIn', note: 'メモ' }],
    myPunches: [{ month: '2026-11' }],
    requestCorrection: [{ at: '2026-11-05T09:00', kind: 'clockIn', reason: '打刻忘れ' }],
    requestLeave: [{ date: '2026-12-02', days: 0.5, reason: '通院' }],
    decideRequest: [{ id: fixtureIds.leave, decision: 'approved' }, { id: fixtureIds.correction, decision: 'rejected' }],
    saveMasterRows: [{ table: 'employees', rows: [employeeRow] }, { table: 'roles', rows: [{ email: 'newmgr@example.jp', role: 'manager', departments: '営業', note: '新任' }] }],
    importPunches: [{ punches: [{ id: 'IMP-1', employeeCode: PEOPLE.e1.code, at: '2026-11-06T09:00', kind: 'clockIn', note: '取込' }] }],
    attendancePreview: [{ month: '2026-11' }],
    closeAttendance: [{ month: '2026-10' }],
    reopenAttendance: [{ month: '2026-09', reason: '誤り訂正' }],
    agreement36Report: [{ month: '2026-11' }],
    leaveStatus: [{}],
    revokeEmployeeLink: [{ employeeCode: PEOPLE.e2.code }],
    issueEmployeeLink: [{ employeeCode: PEOPLE.e1.code }],
    saveContract: [contractSample],
    importContracts: [{ contracts: [contractSample], employmentContracts: [employmentSample] }],
    saveEmploymentContract: [employmentSample],
    listContracts: [{ asOf: '2026-11-20' }],
    employmentContracts: [{ employeeCode: PEOPLE.e1.code }],
    saveMyYearEndDeclaration: [{
      year: 2026,
      people: [{ person: '本人', name: '申告 本人', birthDate: '1990-01-02', estimatedIncome: 0, widowOrSingleParent: 'なし' }, { person: '扶養親族', name: '申告 子', relation: '子', birthDate: '2008-05-05', estimatedIncome: 0, livingTogether: true }],
      insurance: [{ kind: '一般(新)', insurer: 'テスト生命', policy: '終身', holder: '申告 本人', beneficiary: '申告 子', paid: 80_000 }],
    }],
    unlockYearEndDeclaration: [{ year: 2026, employeeCode: PEOPLE.e1.code, reason: '記入誤りの訂正' }],
  };
  return table[name];
}

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; required?: string[]; enum?: unknown[]; items?: JsonSchema; pattern?: string; minimum?: number };

function schemaOf(entry: RpcEntry): JsonSchema {
  return toJSONSchema(entry.input, { unrepresentable: 'any' }) as JsonSchema;
}

/** A value for a property, guessed from its schema and name (used when no sample is written). */
function generated(name: string, s: JsonSchema): unknown {
  if (s.enum) return s.enum[0];
  if (s.type === 'number' || s.type === 'integer') return s.minimum ?? 1;
  if (s.type === 'boolean') return true;
  if (s.type === 'array') return [];
  if (s.type === 'object') return {};
  if (/month/i.test(name)) return '2026-11';
  if (/date/i.test(name)) return '2026-11-20';
  if (/^at$/.test(name)) return '2026-11-20T09:00';
  if (/employeeCode|code/i.test(name)) return PEOPLE.e1.code;
  return 'テスト';
}

function validInputs(entry: RpcEntry): unknown[] {
  const s = samples(entry.name);
  if (s) return s;
  const schema = schemaOf(entry);
  return [Object.fromEntries((schema.required ?? []).map((k) => [k, generated(k, schema.properties![k]!)]))];
}

/** Every string leaf of a value, as a path, to put a payload or a huge string there. */
function stringPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

function withLeaf(value: unknown, at: (string | number)[], leaf: unknown): unknown {
  if (!at.length) return leaf;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[at[0]!] = withLeaf(copy[at[0]!], at.slice(1), leaf);
  return copy;
}

/** Adds a key to every object of a value, by JSON, so `__proto__` becomes an own property as it would from a page. */
function withKeyEverywhere(value: unknown, key: string, keyValue: unknown): unknown {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return { ...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])), [`@@${key}`]: keyValue };
    return v;
  };
  return JSON.parse(JSON.stringify(walk(value)).split(`"@@${key}"`).join(JSON.stringify(key)));
}

const PAYLOADS = ['<img src=x onerror=alert(1)>', '=IMPORTXML("http://x","//a")', '=HYPERLINK("http://x","y")', '+cmd', '@SUM(1)'];
const HUGE = 'あ'.repeat(100_000);

interface Case {
  group: 'role' | 'malformed' | 'payload';
  role: UserRole;
  label: string;
  input: unknown;
  payload?: string;
}

function malformedCases(entry: RpcEntry, role: UserRole): Case[] {
  const schema = schemaOf(entry);
  const base = validInputs(entry)[0] as Record<string, unknown>;
  const cases: Case[] = [];
  const add = (label: string, input: unknown) => cases.push({ group: 'malformed', role, label, input });
  add('null', null);
  add('array instead of object', [base]);
  add('a string instead of object', 'x');
  add('__proto__ keys', withKeyEverywhere(base, '__proto__', { role: 'admin', isAdmin: true }));
  add('constructor keys', withKeyEverywhere(base, 'constructor', { prototype: { role: 'admin' } }));
  for (const [key, p] of Object.entries(schema.properties ?? {})) {
    const wrong = p.type === 'string' ? 12345 : p.type === 'number' ? '1' : p.type === 'array' ? { 0: base[key] } : p.type === 'boolean' ? 'true' : 'x';
    add(`${key}: wrong type`, { ...base, [key]: wrong });
    add(`${key}: an array`, { ...base, [key]: [base[key]] });
    if (p.type === 'array') add(`${key}: arrays where objects are expected`, { ...base, [key]: [[1, 2], 'x', null] });
    if ((schema.required ?? []).includes(key)) {
      const { [key]: _drop, ...rest } = base;
      add(`${key}: missing`, rest);
    }
  }
  for (const at of stringPaths(base)) {
    const label = at.join('.');
    add(`${label}: 100k characters`, withLeaf(base, at, HUGE));
    const current = String(at.reduce<any>((v, k) => v[k], base));
    if (/^\d{4}-\d{2}-\d{2}T/.test(current)) add(`${label}: 2026-02-30T25:61`, withLeaf(base, at, '2026-02-30T25:61'));
    else if (/^\d{4}-\d{2}-\d{2}$/.test(current)) add(`${label}: 2026-02-30`, withLeaf(base, at, '2026-02-30'));
    else if (/^\d{4}-\d{2}$/.test(current)) add(`${label}: 2026-13`, withLeaf(base, at, '2026-13'));
  }
  return cases;
}

function payloadCases(entry: RpcEntry, role: UserRole): Case[] {
  const base = validInputs(entry)[0];
  return stringPaths(base).flatMap((at) => PAYLOADS.map((payload) => ({ group: 'payload' as const, role, label: `${at.join('.')} = ${payload}`, input: withLeaf(base, at, payload), payload })));
}

function roleCases(entry: RpcEntry): Case[] {
  const cases: Case[] = [];
  const schema = schemaOf(entry);
  for (const role of Object.keys(USERS) as UserRole[]) {
    for (const input of validInputs(entry)) cases.push({ group: 'role', role, label: 'own', input });
    // someone else's records: every code of the fixture where the RPC names an employee
    if (schema.properties?.employeeCode) {
      for (const code of codes) cases.push({ group: 'role', role, label: `employeeCode ${code}`, input: { ...(validInputs(entry)[0] as object), employeeCode: code } });
    }
  }
  return cases;
}

/** The first role of the fixture allowed to call an RPC (malformed input must get past the role check). */
function permittedRole(entry: RpcEntry): UserRole {
  const order: [UserRole, Role][] = [['admin', 'admin'], ['manager', 'manager'], ['employee', 'employee']];
  return order.find(([, r]) => entry.roles.includes(r))![0];
}

/** People each role may see; anything of the others in an answer is a leak. */
const visible: Record<UserRole, Person[]> = {
  admin: Object.values(PEOPLE),
  manager: [PEOPLE.manager, PEOPLE.e1, PEOPLE.e2],
  employee: [PEOPLE.e1],
  unknown: [],
  empty: [],
};

function leaks(role: UserRole, value: unknown): string[] {
  if (role === 'admin') return [];
  const text = JSON.stringify(value ?? null);
  const hidden = Object.values(PEOPLE).filter((p) => !visible[role].includes(p));
  const forbidden = [...hidden.flatMap((p) => [p.code, p.name, p.email]), ...CONFIDENTIAL_VALUES];
  return forbidden.filter((f) => text.includes(f));
}

/** May this role call the RPC at all (the dispatcher's rule: an employee record keeps employee rights)? */
function mayCall(entry: RpcEntry, role: UserRole): boolean {
  if (role === 'unknown' || role === 'empty') return false;
  if (entry.roles.includes(role as Role)) return true;
  return entry.roles.includes('employee') && role === 'manager'; // the manager is also employee KM001
}

interface Outcome {
  ok: boolean;
  problems: string[];
}

function runCase(company: Company, entry: RpcEntry, c: Case): Outcome {
  const user = USERS[c.role];
  const before = workbookDigest(company.dir);
  const result = company.run(entry.name, [c.input], { kind: 'rpc', user, at: NOW });
  const problems: string[] = [];
  const where = `${entry.name} as ${c.role} [${c.group}: ${c.label}]`;
  if (!result.ok) {
    const text = result.error?.message ?? '';
    if (!isKanriErrorText(text)) problems.push(`${where}: not a Kanri error: ${result.error?.name}: ${text.slice(0, 300)}`);
    if (c.role === 'unknown' && !text.startsWith(message('ja', 'access.unknownUser', { email: user }))) problems.push(`${where}: expected the unknown-user text, got ${text.slice(0, 200)}`);
    if (c.role === 'empty' && !text.startsWith(message('ja', 'access.noEmail'))) problems.push(`${where}: expected the no-e-mail text, got ${text.slice(0, 200)}`);
    if (!mayCall(entry, c.role) && c.role !== 'unknown' && c.role !== 'empty' && !text.startsWith(message('ja', 'access.denied', { action: entry.name }))) problems.push(`${where}: expected access denied, got ${text.slice(0, 200)}`);
    if (workbookDigest(company.dir) !== before) problems.push(`${where}: the workbook changed although the call failed`);
  } else {
    if (!mayCall(entry, c.role)) problems.push(`${where}: succeeded for a role that may not call it`);
    for (const leak of leaks(c.role, result.value)) problems.push(`${where}: the answer holds ${leak}, outside the caller's scope`);
    if (c.payload) {
      const cells = allCells(company.dir);
      const formulas = cells.filter((x) => x.formula);
      if (formulas.length) problems.push(`${where}: a formula was stored: ${formulas[0]!.formula}`);
      if (workbookDigest(company.dir) !== before) {
        const asText = cells.some((x) => x.value === c.payload);
        const mangled = cells.some((x) => typeof x.value === 'string' && x.value !== c.payload && x.value.endsWith(c.payload!) && x.value.length === c.payload!.length + 1);
        if (!asText && !cells.some((x) => typeof x.value === 'string' && x.value.includes(c.payload!))) problems.push(`${where}: accepted but the payload is nowhere in the workbook`);
        if (mangled) problems.push(`${where}: the payload was stored with a visible prefix`);
      }
    }
  }
  return { ok: result.ok, problems };
}

describe('every RPC, as every role, with hostile input', () => {
  beforeAll(() => {
    fixtureDir();
  });
  const counts: Record<string, Record<string, number>> = {};

  afterAll(() => {
    const roles = Object.keys(USERS);
    const rows = Object.entries(counts).map(([name, byRole]) => ({ rpc: name, ...Object.fromEntries(roles.map((r) => [r, byRole[r] ?? 0])), total: Object.values(byRole).reduce((a, b) => a + b, 0) }));
    const total = rows.reduce((s, r) => s + r.total, 0);
    console.log(`hostile RPC cases: ${total} over ${rows.length} RPCs\n${[`${'rpc'.padEnd(20)} ${roles.map((r) => r.padStart(8)).join(' ')}    total`, ...rows.map((r) => `${r.rpc.padEnd(20)} ${roles.map((x) => String((r as any)[x]).padStart(8)).join(' ')} ${String(r.total).padStart(8)}`)].join('\n')}`);
  });

  test.each(rpcs.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const company = copyFixture();
    const role = permittedRole(entry);
    const cases = [...roleCases(entry), ...malformedCases(entry, role), ...payloadCases(entry, role)];
    const problems: string[] = [];
    const byRole: Record<string, number> = {};
    for (const c of cases) {
      byRole[c.role] = (byRole[c.role] ?? 0) + 1;
      problems.push(...runCase(company, entry, c).problems);
    }
    counts[entry.name] = byRole;
    fs.rmSync(path.dirname(company.dir), { recursive: true, force: true });
    expect(problems).toEqual([]);
  });
});

/**
 * Issue 12 item 5: EVERY global of Code.js, not only the RPCs, called through google.script.run
 * (page rules: no function crosses, so no forged Spreadsheet `source`) from the web app and from a
 * sidebar of the admin workbook, as every role and as nobody. A menu item runs only for an admin in
 * the workbook; a trigger handler only with the event of one of this project's installed triggers
 * for that very handler; a simple trigger only with the event Sheets passes. A refused call changes
 * no sheet, no script property, no trigger, and sends no mail.
 */
describe('every global of Code.js, from the web app and a sidebar, as every role', () => {
  const others = entryPoints.filter((e) => e.kind !== 'rpc');
  const counts: Record<string, Record<string, number>> = {};
  afterAll(() => {
    const roles = Object.keys(USERS);
    const rows = Object.entries(counts);
    const total = rows.reduce((s, [, byRole]) => s + Object.values(byRole).reduce((a, b) => a + b, 0), 0);
    console.log(`hostile global cases: ${total} over ${rows.length} non-RPC globals (web app + sidebar)\n${[`${'global'.padEnd(24)} ${'kind'.padEnd(8)} ${roles.map((r) => r.padStart(8)).join(' ')}    total`,
      ...rows.map(([name, byRole]) => `${name.padEnd(24)} ${others.find((e) => e.name === name)!.kind.padEnd(8)} ${roles.map((r) => String(byRole[r] ?? 0).padStart(8)).join(' ')} ${String(Object.values(byRole).reduce((a, b) => a + b, 0)).padStart(8)}`)].join('\n')}`);
  });

  test('the registry declares every kind, and every global is covered', () => {
    expect(new Set(others.map((e) => e.kind))).toEqual(new Set(['simple', 'menu', 'trigger', 'web']));
    expect(others.length + rpcs.length).toBe(entryPoints.length);
  });

  test.each(others.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const company = copyFixture();
    company.call('kanriInstallTriggers', [], { kind: 'menu', user: USERS.admin, at: NOW });
    const installed = company.services.read((s) => s.triggers.map((t) => ({ id: t.id, handler: t.handler })));
    const otherUid = installed.find((t) => t.handler !== entry.name)!.id;
    const state = () => JSON.stringify(company.services.read((s) => ({ p: s.properties, t: s.triggers }))) + fs.readdirSync(path.join(company.dir, 'outbox')).join(',') + workbookDigest(company.dir);
    const argLists: [string, unknown[]][] = [
      ['no argument', []],
      ['{}', [{}]],
      ['forged triggerUid', [{ triggerUid: '1234567890123456789', authMode: 'FULL' }]],
      ['another trigger\'s uid', [{ triggerUid: otherUid, authMode: 'FULL' }]],
      ['a plain object as source', [{ authMode: 'LIMITED', source: { getId: 'x' }, triggerUid: otherUid }]],
      ['web-app event', [{ parameter: {}, parameters: {}, queryString: '' }]],
    ];
    const byRole: Record<string, number> = {};
    const problems: string[] = [];
    for (const from of ['web', 'rpc'] as const) {
      for (const role of Object.keys(USERS) as UserRole[]) {
        for (const [label, args] of argLists) {
          byRole[role] = (byRole[role] ?? 0) + 1;
          const where = `${entry.name} from ${from === 'web' ? 'the web app' : 'a sidebar'} as ${role} [${label}]`;
          const before = state();
          const result = company.run(entry.name, serializeScriptRunArguments(args), { kind: from, user: USERS[role], at: NOW });
          const text = result.error?.message ?? '';
          // May this call run at all? doGet serves the page to anyone; a menu item only for an admin in the workbook.
          const allowed = entry.kind === 'web' || (entry.kind === 'menu' && role === 'admin' && from === 'rpc');
          if (allowed) continue;
          if (result.ok) problems.push(`${where}: ran`);
          else if (!isKanriErrorText(text)) problems.push(`${where}: not a Kanri error: ${text.slice(0, 200)}`);
          else {
            const expected = entry.kind === 'menu'
              ? from === 'web' ? message('ja', 'access.menuOnly', { action: entry.name })
                : role === 'empty' ? message('ja', 'access.noEmail') : message('ja', 'access.denied', { action: entry.name })
              : message('ja', 'access.notTrigger', { action: entry.name });
            if (!text.startsWith(expected)) problems.push(`${where}: expected「${expected}」, got ${text.slice(0, 200)}`);
          }
          if (state() !== before) problems.push(`${where}: something changed although the call was refused`);
        }
      }
    }
    if (entry.kind === 'web') {
      // doGet's answer is an HtmlOutput: not a legal google.script.run return value, so a page gets nothing from it.
      const r = company.run(entry.name, [{ parameter: {} }], { kind: 'web', user: USERS.employee, at: NOW });
      expect(() => serializeForScriptRun(r.value)).toThrow(/illegal value/);
    }
    counts[entry.name] = byRole;
    fs.rmSync(path.dirname(company.dir), { recursive: true, force: true });
    expect(problems).toEqual([]);
  });

  test('the installed triggers still run: kanriDaily and kanriManagerViewsDaily fired as Apps Script fires them', () => {
    const company = copyFixture();
    company.call('kanriInstallTriggers', [], { kind: 'menu', user: USERS.admin, at: NOW });
    for (const handler of ['kanriDaily', 'kanriManagerViewsDaily']) {
      const r = company.fireTrigger(handler, NOW);
      expect(r.error?.message).toBeUndefined();
    }
    // onOpen with the event Sheets passes builds the menu
    const open = company.run('onOpen', [], { kind: 'simple', user: '', at: NOW, sheetsEvent: { authMode: 'LIMITED' } });
    expect(open.ok).toBe(true);
    expect(open.ui.some((e) => e.type === 'menu')).toBe(true);
    fs.rmSync(path.dirname(company.dir), { recursive: true, force: true });
  });

  test('audit rows of menu items name the admin who chose them, not the script owner', () => {
    const company = copyFixture();
    const second = 'second.admin@example.jp';
    company.rpc('saveMasterRows', { table: 'roles', rows: [{ email: second, role: 'admin', note: '管理部' }] }, USERS.admin, { at: NOW });
    company.call('kanriInstallTriggers', [], { kind: 'menu', user: second, at: NOW });
    // the only cell equal to the second admin's e-mail in 監査ログ is an 実行者 (the roles row's audit holds it inside its 「メールアドレス：…」 line)
    const audit = allCells(company.dir).filter((c) => c.sheet === '監査ログ');
    expect(audit.some((c) => c.value === second)).toBe(true);
    fs.rmSync(path.dirname(company.dir), { recursive: true, force: true });
  });
});
