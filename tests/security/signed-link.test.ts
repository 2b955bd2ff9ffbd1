/**
 * The signed per-employee link (issue 7 item 1): a valid token lets its employee call employee RPCs
 * with an empty Session e-mail; a revoked, rotated or tampered token fails with the link message;
 * a token never grants an admin or manager RPC, even for a person the Roles table makes manager.
 */
import { message } from '../../src/core/i18n';
import { copyFixture, NOW, PEOPLE, USERS } from './fixture';

const invalid = message('ja', 'link.invalid');

describe('signed employee links', () => {
  const company = copyFixture();
  const asAdmin = (name: string, input: unknown) => company.rpc(name, input, USERS.admin, { at: NOW }) as any;
  /** A web-app call with no Session e-mail, passing the token as the page would. */
  const withToken = (name: string, input: unknown, token: string) => company.run(name, [input, token], { kind: 'web', user: '', at: NOW });
  const tokenOf = (url: string) => new URL(url).searchParams.get('k')!;

  test('issue returns the web app URL with a token; the token identifies its employee only', () => {
    const { url } = asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.e1.code });
    expect(url).toMatch(/\?k=KE101\.1\.\d{8}\.[A-Za-z0-9_-]{43}$/);
    const me = withToken('me', {}, tokenOf(url));
    expect(me.ok).toBe(true);
    expect(me.value).toMatchObject({ employeeCode: PEOPLE.e1.code, role: 'employee' });
    const mine = withToken('myPunches', { month: '2026-11' }, tokenOf(url));
    expect((mine.value as any).employeeCode).toBe(PEOPLE.e1.code);
    const other = withToken('myPunches', { month: '2026-11', employeeCode: PEOPLE.e2.code }, tokenOf(url));
    expect(other.error?.message).toContain(message('ja', 'access.notYourRecord'));
  });

  test('without a token an empty e-mail still gets the access message', () => {
    expect(company.run('me', [{}], { kind: 'web', user: '', at: NOW }).error?.message).toContain(message('ja', 'access.noEmail'));
  });

  test('a token never grants admin or manager RPCs (the manager\'s own link included)', () => {
    const { url } = asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.manager.code });
    const token = tokenOf(url);
    expect(withToken('me', {}, token).value).toMatchObject({ role: 'employee' });
    for (const name of ['agreement36Report', 'attendancePreview', 'listEmployees', 'issueEmployeeLink', 'rotateLinkSecret', 'saveMasterRows']) {
      const r = withToken(name, { month: '2026-11', employeeCode: PEOPLE.e1.code, table: 'roles', rows: [] }, token);
      expect(r.ok).toBe(false);
      expect(r.error!.message).toContain(message('ja', 'access.denied', { action: name }));
    }
    // leaveStatus as an employee: own balance only, never the team's
    const leave = withToken('leaveStatus', {}, token);
    expect((leave.value as any[]).map((s) => s.employeeCode)).toEqual([PEOPLE.manager.code]);
  });

  test('tampered tokens fail: another code, another version, a changed signature, garbage', () => {
    const token = tokenOf(asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }).url);
    const [code, version, expiry, sig] = token.split('.') as [string, string, string, string];
    const flipped = sig.slice(0, 10) + (sig[10] === 'A' ? 'B' : 'A') + sig.slice(11);
    for (const bad of [`${PEOPLE.e2.code}.${version}.${expiry}.${sig}`, `${code}.2.${expiry}.${sig}`, `${code}.${version}.${expiry}.${flipped}`, `${code}.${version}.${expiry}.${sig}x`,
      `${code}.${version}.29991231.${sig}`, 'x', `${code}.${version}.${expiry}.`, '__proto__']) {
      const r = withToken('me', {}, bad);
      expect(r.ok).toBe(false);
      expect(r.error!.message).toContain(invalid);
    }
  });

  test('a revoked link fails; a new one works', () => {
    const old = tokenOf(asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.e2.code }).url);
    expect(withToken('me', {}, old).ok).toBe(true);
    asAdmin('revokeEmployeeLink', { employeeCode: PEOPLE.e2.code });
    expect(withToken('me', {}, old).error?.message).toContain(invalid);
    const fresh = tokenOf(asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.e2.code }).url);
    expect(withToken('me', {}, fresh).ok).toBe(true);
    // revoking one employee leaves the others' links working
    const e1 = tokenOf(asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }).url);
    expect(withToken('me', {}, e1).ok).toBe(true);
  });

  test('rotating the secret kills every link', () => {
    const a = tokenOf(asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }).url);
    const b = tokenOf(asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.s1.code }).url);
    asAdmin('rotateLinkSecret', {});
    expect(withToken('me', {}, a).error?.message).toContain(invalid);
    expect(withToken('me', {}, b).error?.message).toContain(invalid);
    expect(withToken('me', {}, tokenOf(asAdmin('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }).url)).ok).toBe(true);
  });
});
