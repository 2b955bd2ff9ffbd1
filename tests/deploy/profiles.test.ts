/**
 * Deploy profiles (scripts/manifest.mjs): `domain` (webapp.access DOMAIN, each person by Session
 * e-mail) and `links` (ANYONE_ANONYMOUS, staff without a Workspace account open their signed personal
 * link). The manifest each produces, the deploy refusing without one, and the web app's door in the
 * emulator per profile (Google refuses a visitor the access level leaves out before any script runs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Company } from '../../src/local/company';
import { message } from '../../src/core/i18n';
import { copyFixture, NOW, PEOPLE, USERS } from '../security/fixture';

const root = path.resolve(__dirname, '../..');
const base = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8'));

function manifestFor(profile: string): { status: number | null; manifest?: any; stderr: string } {
  const code = `import(${JSON.stringify(path.join(root, 'scripts/manifest.mjs'))}).then((m) => console.log(JSON.stringify(m.manifestFor(${JSON.stringify(base)}, ${JSON.stringify(profile)}))))`;
  const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, ...(run.status === 0 ? { manifest: JSON.parse(run.stdout) } : {}) };
}

describe('the manifest of each profile', () => {
  test('domain: web app for the deployer\'s domain, run as the deployer', () => {
    expect(manifestFor('domain').manifest).toEqual({ ...base, webapp: { executeAs: 'USER_DEPLOYING', access: 'DOMAIN' } });
  });
  test('links: web app for anyone, signed in or not (the signed link is the identity), run as the deployer', () => {
    expect(manifestFor('links').manifest).toEqual({ ...base, webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' } });
  });
  test('an unknown profile is refused, naming the choices', () => {
    const r = manifestFor('public');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('unknown deploy profile "public": choose domain or links');
  });
  test('the local build is the links profile; the source manifest has no web app block of its own', () => {
    expect(base.webapp).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(path.join(root, 'build/appsscript.json'), 'utf8')).webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
  });
});

describe('npm run deploy and the profile', () => {
  const deploy = (args: string[], env: Record<string, string> = {}) => {
    const clean = { ...process.env };
    delete clean.KANRI_PROFILE;
    return spawnSync(process.execPath, [path.join(root, 'scripts/deploy.mjs'), '--check', '--no-build', ...args], { cwd: root, encoding: 'utf8', env: { ...clean, ...env } });
  };
  test('without a profile it refuses and names both', () => {
    const r = deploy([]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('choose a deploy profile: npm run deploy -- --profile domain|links');
  });
  test('a profile the build was not made with is refused (no push of the wrong manifest)', () => {
    const r = deploy(['--profile', 'domain']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not the domain profile');
  });
  test('the built profile passes the check (KANRI_PROFILE works as --profile)', () => {
    expect(deploy(['--profile', 'links']).status).toBe(0);
    expect(deploy([], { KANRI_PROFILE: 'links' }).status).toBe(0);
  });
});

describe('the web app\'s door per profile, in the emulator', () => {
  const tokenOf = (url: string) => new URL(url).searchParams.get('k')!;
  const fixture = copyFixture();
  const { url } = fixture.rpc('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }, USERS.admin, { at: NOW }) as { url: string };
  const at = (access: 'DOMAIN' | 'ANYONE_ANONYMOUS') => {
    const company = new Company(fixture.dir, { webAppAccess: access });
    company.clock = () => NOW;
    return company;
  };

  test('links: a personal link opens with no Google account at all', () => {
    const r = at('ANYONE_ANONYMOUS').run('me', [{}, tokenOf(url)], { kind: 'web', user: '', at: NOW });
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({ employeeCode: PEOPLE.e1.code });
  });
  test('links: with no token and no account, Kanri itself says who to ask', () => {
    const r = at('ANYONE_ANONYMOUS').run('me', [{}], { kind: 'web', user: '', at: NOW });
    expect(r.error?.message).toContain(message('ja', 'access.noEmail'));
  });
  test('domain: a visitor who is not signed in never reaches the script, link or not', () => {
    const r = at('DOMAIN').run('me', [{}, tokenOf(url)], { kind: 'web', user: '', at: NOW });
    expect(r.ok).toBe(false);
    expect(r.error).toMatchObject({ name: 'WebAppAccessDenied' });
    expect(r.stats.totalCalls).toBe(0);
  });
  test('domain: an account of the deployer\'s domain is let in and known by its e-mail; another domain is not', () => {
    const company = at('DOMAIN');
    const inside = `someone@${company.owner.split('@')[1]}`;
    expect(company.run('me', [{}], { kind: 'web', user: inside, at: NOW }).error?.name).not.toBe('WebAppAccessDenied');
    const outside = company.run('me', [{}], { kind: 'web', user: 'visitor@gmail.com', at: NOW });
    expect(outside.error).toMatchObject({ name: 'WebAppAccessDenied' });
  });
});
