/**
 * The daily routine (DESIGN.md §1 and §2 "Routine and signals"):
 * - `kanriDaily` (time-based trigger): leave grants, return and contract reminders, one digest mail per admin, and a heartbeat;
 * - `kanriInstallTriggers` (menu): installs Kanri's time-based triggers idempotently and records
 *   their owner, since a trigger runs as its creator and stops when that account loses access;
 * - the heartbeat check: when the daily run is more than a day late, an admin opening Kanri is told
 *   and a second admin is mailed, once per missed day.
 *
 * Where the heartbeat is checked: `onOpen` is a simple trigger. In a bound script it runs in
 * AuthMode.LIMITED, which may read the script properties (ScriptApp.AuthMode reference: a menu
 * "based on properties (doesn't work in AuthMode.NONE)") but may not send mail. So onOpen only reads
 * one property to mark the menu item 「定期処理の状態」 with ⚠ (nothing at all in AuthMode.NONE);
 * the mail to the second admin goes from full-authorisation paths: that menu item, and the cheap
 * RPC `routineStatus` the admin's attendance sidebar calls when it opens.
 */
import { openWorkbook } from './workbook';
import { grantDueLeave, leaveStatus } from './attendance/leave';
import { agreementReport, type EmployeeAgreementStatus } from './attendance/monitor';
import { nowTokyo } from './clock';
import { readTable } from './tables';
import { readSettings, settingBoolean } from './settings';
import { withLock } from './lock';
import { Transaction } from './transaction';
import { rolesTable } from '../schema/tables/roles';
import { employeesTable } from '../schema/tables/employees';
import { correctionsTable } from '../schema/tables/corrections';
import { leaveTakenTable } from '../schema/tables/leave';
import { message, type Lang, type MessageKey } from '../core/i18n';
import { KanriError } from '../core/errors';
import type { HeartbeatState } from '../core/routine/heartbeat';
import { HEARTBEAT_PROPERTY, TRIGGERS_INSTALLED_PROPERTY, stateOf } from './routineHeartbeat';
import { upcomingDeadlines } from '../core/routine/calendar';
import { digestMail, type DigestAgreementAlert } from '../core/routine/digest';
import { lazyModule } from './lazy';
import type { LocalDate, LocalDateTime, YearMonth } from '../core/calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The assets lazy module: return reminders and the digest's assets section (see assets/module.ts). */
const assetsModule = () => lazyModule<typeof import('./assets/module')>('assets');
/** The contracts lazy module: notice-deadline and fixed-term reminders, the digest's contracts section (see contracts/module.ts). */
const contractsModule = () => lazyModule<typeof import('./contracts/module')>('contracts');

export { HEARTBEAT_PROPERTY, TRIGGERS_INSTALLED_PROPERTY } from './routineHeartbeat';
export const TRIGGER_OWNER_PROPERTY = 'KANRI_TRIGGER_OWNER';
/** The date the second admin was last mailed about a stopped routine (one mail per missed day). */
export const STALE_MAILED_PROPERTY = 'KANRI_HEARTBEAT_MAILED';
/** Per admin: the date of the last digest sent (running the daily check twice sends one). */
export const DIGEST_PROPERTY_PREFIX = 'KANRI_DIGEST:';

/** Kanri's time-based triggers: handler and the hour (Tokyo) Apps Script fires it within. */
export const KANRI_TRIGGERS = [
  { handler: 'kanriDaily', hour: 6 },
  { handler: 'kanriManagerViewsDaily', hour: 7 },
] as const;
/** Apps Script quota: 20 installable triggers per user per script (guides/services/quotas). */
const TRIGGERS_PER_USER = 20;
/** How far ahead the digest lists deadlines (Kanri's choice). */
export const DIGEST_HORIZON_DAYS = 14;

function langOf(ss: Spreadsheet): Lang {
  return readSettings(ss).language === 'en' ? 'en' : 'ja';
}

function adminEmails(ss: Spreadsheet): string[] {
  return [...new Set(readTable(ss, rolesTable).rows.filter((r) => r.value.role === 'admin').map((r) => r.value.email.toLowerCase()))];
}

// ---------------------------------------------------------------- trigger installation

export interface InstallReport {
  owner: string;
  installedAt: LocalDateTime;
  triggers: { handler: string; hour: number }[];
  replaced: number;
}

/**
 * Installs Kanri's triggers for the current account, replacing its existing Kanri triggers (never
 * adding duplicates). Triggers of another account cannot be seen or deleted from here: the digest's
 * per-date property keeps a second copy of kanriDaily from mailing twice.
 */
export function installTriggers(actor: string): InstallReport {
  return withLock(() => {
    const handlers: readonly string[] = KANRI_TRIGGERS.map((t) => t.handler);
    const existing = ScriptApp.getProjectTriggers();
    const ours = existing.filter((t) => handlers.includes(t.getHandlerFunction()));
    const others = existing.length - ours.length;
    if (others + KANRI_TRIGGERS.length > TRIGGERS_PER_USER) {
      throw new KanriError('routine.tooManyTriggers', { count: existing.length, limit: TRIGGERS_PER_USER, needed: others + KANRI_TRIGGERS.length - TRIGGERS_PER_USER });
    }
    for (const t of ours) ScriptApp.deleteTrigger(t);
    for (const t of KANRI_TRIGGERS) ScriptApp.newTrigger(t.handler).timeBased().everyDays(1).atHour(t.hour).inTimezone('Asia/Tokyo').create();
    const owner = Session.getEffectiveUser().getEmail();
    const installedAt = nowTokyo();
    PropertiesService.getScriptProperties().setProperties({ [TRIGGER_OWNER_PROPERTY]: owner, [TRIGGERS_INSTALLED_PROPERTY]: installedAt });
    const tx = new Transaction({ ss: openWorkbook(), user: actor, now: installedAt });
    tx.note('定期処理', 'installTriggers', owner, KANRI_TRIGGERS.map((t) => `${t.handler}@${t.hour}`).join(' '));
    tx.commit();
    return { owner, installedAt, triggers: KANRI_TRIGGERS.map((t) => ({ ...t })), replaced: ours.length };
  });
}

// ---------------------------------------------------------------- heartbeat

export interface RoutineStatus {
  state: HeartbeatState;
  lastRun: string | null;
  owner: string | null;
  installedAt: string | null;
  /** The second admin mailed by this check (null: none now, already mailed today, or nobody to mail). */
  mailedTo: string | null;
  ja: string;
  en: string;
}

/** Checks the heartbeat; when late, mails a second admin (not the trigger owner) once per day. */
export function checkRoutine(ss: Spreadsheet, opener: string): RoutineStatus {
  const now = nowTokyo();
  const today = now.slice(0, 10);
  const props = PropertiesService.getScriptProperties();
  const values = props.getProperties() as Record<string, string>;
  const state = stateOf(values, now);
  const lastRun = values[HEARTBEAT_PROPERTY] ?? null;
  const owner = values[TRIGGER_OWNER_PROPERTY] ?? null;
  let mailedTo: string | null = null;
  let noSecondAdmin = false;
  if (state === 'stale' && values[STALE_MAILED_PROPERTY] !== today) {
    const second = adminEmails(ss).find((e) => e !== (owner ?? '').toLowerCase());
    if (!second) noSecondAdmin = true;
    else {
      withLock(() => {
        if (props.getProperty(STALE_MAILED_PROPERTY) === today) return; // another admin's check was first
        const lang = langOf(ss);
        const since = (lastRun ?? values[TRIGGERS_INSTALLED_PROPERTY] ?? '').replace('T', ' ');
        MailApp.sendEmail({
          to: second,
          subject: message(lang, 'routine.staleMail.subject', { date: today }),
          body: message(lang, 'routine.staleMail.body', { since, owner: owner ?? message(lang, 'routine.unknown'), opener: opener || message(lang, 'routine.unknown') }),
        });
        props.setProperty(STALE_MAILED_PROPERTY, today);
        mailedTo = second;
      });
    }
  }
  const text = (lang: Lang): string => {
    const unknown = message(lang, 'routine.unknown');
    const head = state === 'ok'
      ? message(lang, 'routine.status.ok', { lastRun: (lastRun ?? unknown).replace('T', ' '), owner: owner ?? unknown })
      : state === 'stale'
        ? message(lang, 'routine.status.stale', { since: (lastRun ?? values[TRIGGERS_INSTALLED_PROPERTY] ?? unknown).replace('T', ' '), owner: owner ?? unknown })
        : state === 'notYetRun'
          ? message(lang, 'routine.status.notYetRun', { installedAt: (values[TRIGGERS_INSTALLED_PROPERTY] ?? unknown).replace('T', ' '), owner: owner ?? unknown, hour: KANRI_TRIGGERS[0].hour })
          : message(lang, 'routine.status.notInstalled');
    const tail = mailedTo ? message(lang, 'routine.status.mailed', { email: mailedTo }) : noSecondAdmin ? message(lang, 'routine.status.noSecondAdmin') : '';
    return tail ? `${head}\n${tail}` : head;
  };
  return { state, lastRun, owner, installedAt: values[TRIGGERS_INSTALLED_PROPERTY] ?? null, mailedTo, ja: text('ja'), en: text('en') };
}

// ---------------------------------------------------------------- digest

/** The alert line of one employee: the limit already beyond, else the earliest projected crossing, else the first near one. */
function agreementAlert(e: EmployeeAgreementStatus): DigestAgreementAlert {
  const base = { name: e.name, department: e.department, overtimeMinutes: e.month.overtimeMinutes };
  const exceeded = e.limits.find((l) => l.exceeded);
  if (exceeded) return { ...base, limit: exceeded.id, exceeded: true, crossesOn: null };
  const crossing = (e.projection?.limits ?? []).filter((l) => l.crossesOn).sort((a, b) => (a.crossesOn! < b.crossesOn! ? -1 : 1))[0];
  if (crossing) return { ...base, limit: crossing.id, exceeded: false, crossesOn: crossing.crossesOn };
  const near = e.limits.find((l) => l.status !== 'ok') ?? e.projection?.limits.find((l) => l.projectedStatus !== 'ok');
  return { ...base, limit: near?.id ?? 'monthly45', exceeded: false, crossesOn: null };
}

/** Sends today's digest to every admin who has not had it yet; returns how many were sent. */
export function sendDigests(ss: Spreadsheet, today: LocalDate): { sent: number; admins: number } {
  const props = PropertiesService.getScriptProperties();
  const admins = adminEmails(ss);
  const due = (values: Record<string, string>) => admins.filter((a) => values[DIGEST_PROPERTY_PREFIX + a] !== today);
  if (!due(props.getProperties() as Record<string, string>).length) return { sent: 0, admins: admins.length };

  const month = today.slice(0, 7) as YearMonth;
  const employees = readTable(ss, employeesTable).rows.map((r) => r.value);
  const nameOf = new Map(employees.map((e) => [e.code, e.name]));
  const active = employees.filter((e) => !e.leaveDate || e.leaveDate >= today);
  const settings = readSettings(ss);
  const lang = langOf(ss);
  const payDay = Math.min(31, Math.max(1, Math.trunc(Number(settings['payroll.payDay'])) || 25));
  const mail = digestMail(lang, {
    date: today, month, horizonDays: DIGEST_HORIZON_DAYS,
    corrections: readTable(ss, correctionsTable).rows.map((r) => r.value).filter((c) => c.status === 'pending')
      .map((c) => ({ id: c.id, name: nameOf.get(c.employeeCode) ?? c.employeeCode, at: c.at, kind: c.kind })),
    leaveRequests: readTable(ss, leaveTakenTable).rows.map((r) => r.value).filter((l) => l.status === 'pending')
      .map((l) => ({ id: l.id, name: nameOf.get(l.employeeCode) ?? l.employeeCode, date: l.date, days: l.days })),
    agreement: agreementReport(ss, month, today).employees.filter((e) => e.worst !== 'ok').map(agreementAlert),
    obligations: leaveStatus(ss, active.map((e) => e.code), today).flatMap((s) =>
      s.obligation && (s.obligation.status === 'alert' || s.obligation.status === 'impossible')
        ? [{ name: nameOf.get(s.employeeCode) ?? s.employeeCode, neededDays: s.obligation.neededDays, deadline: s.obligation.deadline, impossible: s.obligation.status === 'impossible' }]
        : []),
    deadlines: upcomingDeadlines(today, DIGEST_HORIZON_DAYS, { payDay, withholdingPaymentSpecial: settingBoolean(settings, 'payroll.withholdingPaymentSpecial') }),
    sections: [assetsModule().digestSection(ss, today, lang), contractsModule().digestSection(ss, today, lang, DIGEST_HORIZON_DAYS)],
  });
  // Under the lock, the properties read again: a concurrent run that already mailed someone is not repeated.
  return withLock(() => {
    let sent = 0;
    for (const to of due(props.getProperties() as Record<string, string>)) {
      MailApp.sendEmail({ to, subject: mail.subject, body: mail.body }); // one addressee per mail
      props.setProperty(DIGEST_PROPERTY_PREFIX + to, today);
      sent++;
    }
    return { sent, admins: admins.length };
  });
}

export function dailyRoutine(actor: string): { at: string; leaveGrantsAdded: number; returnReminders: number; contractReminders: number; digestsSent: number } {
  const ss = openWorkbook();
  const at = nowTokyo();
  const today = at.slice(0, 10);
  const { added } = grantDueLeave(ss, today, actor);
  const reminders = assetsModule().sendReturnReminders(ss, today, actor, langOf(ss));
  const contractReminders = contractsModule().sendContractReminders(ss, today, actor, langOf(ss));
  const { sent } = sendDigests(ss, today);
  // Written last: a run that fails before here leaves the heartbeat late, and the admins are told.
  PropertiesService.getScriptProperties().setProperty(HEARTBEAT_PROPERTY, at);
  return { at, leaveGrantsAdded: added, returnReminders: reminders.reminded, contractReminders: contractReminders.reminded, digestsSent: sent };
}

// ---------------------------------------------------------------- menu items (their entries: routineEntries.ts)

/** 「定期処理を設定」: installs the triggers and tells the admin which, and whose they are. */
export function installTriggersFromMenu(actor: string): InstallReport {
  const report = installTriggers(actor);
  const lang = langOf(openWorkbook());
  const triggers = report.triggers.map((t) => message(lang, `routine.trigger.${t.handler}` as MessageKey)).join('、');
  SpreadsheetApp.getUi().alert(message(lang, 'routine.installed', { triggers, owner: report.owner }));
  return report;
}

/** 「定期処理の状態」: the heartbeat in an alert (a late routine mails a second admin). */
export function routineStatusFromMenu(actor: string): RoutineStatus {
  const ss = openWorkbook();
  const status = checkRoutine(ss, actor);
  SpreadsheetApp.getUi().alert(langOf(ss) === 'en' ? status.en : status.ja);
  return status;
}
