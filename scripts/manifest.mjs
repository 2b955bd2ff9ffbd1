// The deploy profiles: build/appsscript.json is appsscript.json plus the web app block of one profile
// (Web apps manifest resource, developers.google.com/apps-script/manifest/web-app-api-executable):
//   domain  access DOMAIN: "only users in the same domain as the deploying user can run it"; each
//           person is known by their Session e-mail (same Workspace domain as the deployer).
//   links   access ANYONE_ANONYMOUS: "any user, even if not logged in"; for staff without a Workspace
//           account, who open their signed personal link (?k=…). ANYONE ("any user who is logged in")
//           would make each of them get a Google account only to pass the door, while a web app that
//           runs as the deployer does not see an outside account's e-mail anyway (Class Session,
//           getActiveUser: blank outside the deployer's domain), so the signed link stays the identity.
//           Same-domain accounts still get their Session e-mail under this profile.
// Both run as the deployer (USER_DEPLOYING): the workbook stays private, the script checks the caller.
export const PROFILES = {
  domain: { executeAs: 'USER_DEPLOYING', access: 'DOMAIN' },
  links: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
};

/** Local builds (tests, sandbox) use this one; `npm run deploy` asks for one explicitly. */
export const DEFAULT_BUILD_PROFILE = 'links';

export function profileNamed(name) {
  if (!Object.prototype.hasOwnProperty.call(PROFILES, name)) {
    throw new Error(`unknown deploy profile "${name}": choose ${Object.keys(PROFILES).join(' or ')} (docs/DEPLOY.md)`);
  }
  return PROFILES[name];
}

/** The manifest to push: the base manifest with the profile's web app block. */
export function manifestFor(base, name) {
  const { webapp: _ignored, ...rest } = base;
  return { ...rest, webapp: { ...profileNamed(name) } };
}
