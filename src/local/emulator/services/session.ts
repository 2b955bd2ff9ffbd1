/**
 * `Session` (reference/base/session): the active and effective users of this execution, the script
 * time zone (appsscript.json) and the user's locale. The active user's e-mail is '' in simple
 * triggers and web apps run as the owner for users outside the domain: the execution says so.
 */
import type { CallStats, ExecutionOptions } from '../types';
import crypto from 'node:crypto';
import type { ServiceEnvironment } from './environment';

export class User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export function createSession(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  const rec = (m: string) => stats.record(`Session.${m}`, 0);
  return {
    getActiveUser: () => (rec('getActiveUser'), new User(execution.activeUser)),
    getEffectiveUser: () => (rec('getEffectiveUser'), new User(execution.effectiveUser)),
    getScriptTimeZone: () => (rec('getScriptTimeZone'), env.scriptTimeZone),
    getActiveUserLocale: () => (rec('getActiveUserLocale'), env.locale),
    /** A key stable for the user within this script, not revealing the e-mail (rotates monthly on Google). */
    getTemporaryActiveUserKey: () => (
      rec('getTemporaryActiveUserKey'),
      crypto.createHash('sha256').update(`${env.scriptId}:${execution.activeUser}`).digest('base64url').slice(0, 43)
    ),
  };
}
