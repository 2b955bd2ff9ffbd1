/**
 * Who may open the web app, as the deployment's `webapp.access` says (Web apps manifest resource,
 * developers.google.com/apps-script/manifest/web-app-api-executable): MYSELF "only the user who
 * deployed the app", DOMAIN "only users in the same domain as the deploying user", ANYONE "any user
 * who is logged in", ANYONE_ANONYMOUS "any user, even if not logged in". Google refuses at the door:
 * the script never runs for a visitor the access level leaves out.
 */
import fs from 'node:fs';
import path from 'node:path';

export type WebAppAccess = 'MYSELF' | 'DOMAIN' | 'ANYONE' | 'ANYONE_ANONYMOUS';

const ACCESS: readonly WebAppAccess[] = ['MYSELF', 'DOMAIN', 'ANYONE', 'ANYONE_ANONYMOUS'];

/** The `webapp.access` of the manifest in buildDir (null when there is no manifest or no web app block). */
export function manifestWebAppAccess(buildDir: string): WebAppAccess | null {
  const file = path.join(buildDir, 'appsscript.json');
  if (!fs.existsSync(file)) return null;
  const access = (JSON.parse(fs.readFileSync(file, 'utf8')) as { webapp?: { access?: string } }).webapp?.access;
  if (access === undefined) return null;
  if (!ACCESS.includes(access as WebAppAccess)) throw new Error(`appsscript.json: webapp.access "${access}" is not one of ${ACCESS.join(', ')}`);
  return access as WebAppAccess;
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Why Google would not let `visitor` ('' = not signed in) open a web app deployed by `deployer`
 * with `access`, or null when it would.
 */
export function webAppRefusal(access: WebAppAccess, visitor: string, deployer: string): string | null {
  if (access === 'ANYONE_ANONYMOUS') return null;
  if (!visitor) return `This web app (webapp.access ${access}) needs a signed-in Google account; the visitor is not signed in.`;
  if (access === 'ANYONE') return null;
  if (access === 'DOMAIN') return domainOf(visitor) === domainOf(deployer) ? null : `This web app (webapp.access DOMAIN) opens only for accounts of ${domainOf(deployer)}; ${visitor} is not one.`;
  return visitor.toLowerCase() === deployer.toLowerCase() ? null : `This web app (webapp.access MYSELF) opens only for ${deployer}.`;
}
