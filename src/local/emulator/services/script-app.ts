/**
 * `ScriptApp` (reference/script/script-app): installable triggers, persisted in state.json with the
 * effective user who created them (an installable trigger runs as its creator, guides/triggers/
 * installable), at most 20 per user per script (quotas page), and `dueTriggers`, which says when
 * time-driven triggers fire in a simulated interval, for `kanri tick --at`.
 */
import crypto from 'node:crypto';
import type { CallStats, ExecutionOptions } from '../types';
import { AppsScriptError } from '../types';
import { modelledCost } from './costs';
import type { ServiceEnvironment, ServiceState, TriggerRecord, TriggerSchedule } from './environment';
import { isDate } from './values';
import { zonedFields, zonedInstant } from './zoned-time';

export const TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** ClockTriggerBuilder#everyMinutes: "n must be 1, 5, 10, 15 or 30". */
export const MINUTE_INTERVALS = [1, 5, 10, 15, 30] as const;
/** ClockTriggerBuilder#everyHours accepts 1, 2, 4, 6, 8 or 12. */
export const HOUR_INTERVALS = [1, 2, 4, 6, 8, 12] as const;

export const WeekDay = Object.freeze({ SUNDAY: 'SUNDAY', MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY' });
const WEEK_DAYS = Object.keys(WeekDay);
export const EventType = Object.freeze({ CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT' });
export const TriggerSource = Object.freeze({ CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' });
export const AuthMode = Object.freeze({ NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' });

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** A number in [0, n) fixed by the trigger's id: the minute Apps Script "picks, then keeps". */
function stable(id: string, n: number): number {
  return crypto.createHash('sha256').update(id).digest().readUInt32BE(0) % n;
}

/** The minute of the hour at which an hourly/daily/weekly/monthly trigger fires. */
export function triggerMinute(trigger: TriggerRecord): number {
  const s = trigger.schedule;
  const near = s && 'minute' in s ? s.minute : undefined;
  // nearMinute: "plus or minus 15 minutes" (ClockTriggerBuilder#nearMinute); kept inside the hour
  if (near !== undefined) return Math.min(59, Math.max(0, near + stable(trigger.id, 31) - 15));
  return stable(trigger.id, 60);
}

function triggerHour(trigger: TriggerRecord, created: Date): number {
  const s = trigger.schedule;
  const hour = s && 'hour' in s ? s.hour : undefined;
  return hour ?? zonedFields(created, trigger.timeZone).hour;
}

function dayNumberOf(f: { year: number; month: number; day: number }): number {
  return Date.UTC(f.year, f.month - 1, f.day) / 86_400_000;
}

/** Firing instants of one time-driven trigger in (from, to]. */
export function firings(trigger: TriggerRecord, from: Date, to: Date): Date[] {
  const s = trigger.schedule;
  if (trigger.eventType !== 'CLOCK' || !s) return [];
  const created = new Date(trigger.createdAt);
  const lo = Math.max(from.getTime(), created.getTime());
  const hi = to.getTime();
  const out: Date[] = [];
  if (hi <= lo) return out;
  const keep = (t: number) => {
    if (t > lo && t <= hi) out.push(new Date(t));
  };
  switch (s.type) {
    case 'at':
      keep(new Date(s.at).getTime());
      return out;
    case 'minutes': {
      const step = s.every * MINUTE_MS;
      const c = created.getTime();
      for (let t = c + Math.max(1, Math.ceil((lo - c) / step)) * step; t <= hi; t += step) keep(t);
      return out;
    }
    case 'hours': {
      const minute = triggerMinute(trigger) * MINUTE_MS;
      const createdHour = Math.floor(created.getTime() / HOUR_MS);
      for (let h = Math.floor(lo / HOUR_MS); h * HOUR_MS <= hi; h++) {
        if ((h - createdHour) % s.every === 0) keep(h * HOUR_MS + minute);
      }
      return out;
    }
    default: {
      const hour = triggerHour(trigger, created);
      const minute = triggerMinute(trigger);
      const createdDay = dayNumberOf(zonedFields(created, trigger.timeZone));
      const first = dayNumberOf(zonedFields(new Date(lo), trigger.timeZone)) - 1;
      const last = dayNumberOf(zonedFields(new Date(hi), trigger.timeZone)) + 1;
      for (let d = first; d <= last; d++) {
        const date = new Date(d * 86_400_000);
        const [y, m, day, wd] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCDay()];
        const since = d - createdDay;
        const due =
          s.type === 'days' ? since % s.every === 0 :
          s.type === 'weeks' ? wd === s.weekDay && Math.floor(since / 7) % s.every === 0 :
          day === s.day;
        if (due) keep(zonedInstant(trigger.timeZone, y, m, day, hour, minute).getTime());
      }
      return out;
    }
  }
}

export interface DueTrigger {
  trigger: TriggerRecord;
  at: Date;
}

/** Every firing of the project's time-driven triggers in the simulated interval (from, to], in time order. */
export function dueTriggers(state: Pick<ServiceState, 'triggers'>, from: Date, to: Date): DueTrigger[] {
  return state.triggers
    .flatMap((trigger) => firings(trigger, from, to).map((at) => ({ trigger, at })))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.trigger.id.localeCompare(b.trigger.id));
}

/**
 * The event object Apps Script passes a time-driven trigger's function (guides/triggers/events,
 * "Time-driven events"): authMode FULL, the firing time's fields in UTC, and the trigger's id.
 * A call through google.script.run passes no such event: Kanri's dispatcher checks `triggerUid`.
 */
export function clockEvent(trigger: TriggerRecord, at: Date): Record<string, unknown> {
  const dayMs = 86_400_000;
  const jan1 = Date.UTC(at.getUTCFullYear(), 0, 1);
  return {
    authMode: AuthMode.FULL,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    month: at.getUTCMonth() + 1,
    second: at.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: trigger.id,
    'week-of-year': Math.floor((Math.floor((at.getTime() - jan1) / dayMs) + new Date(jan1).getUTCDay()) / 7) + 1,
    year: at.getUTCFullYear(),
  };
}

/** Remembers the simulated time of the last tick (the next tick starts from it). */
export function recordTick(env: ServiceEnvironment, at: Date): void {
  env.update((state) => {
    state.lastTick = at.toISOString();
  });
}

class Trigger {
  constructor(private readonly record: TriggerRecord) {}
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getEventType(): string {
    return this.record.eventType;
  }
  getTriggerSource(): string {
    return this.record.source;
  }
  getTriggerSourceId(): string | null {
    return this.record.sourceId ?? null;
  }
}

function invalid(what: string): never {
  throw new AppsScriptError(`Invalid argument: ${what}`);
}

class ClockTriggerBuilder {
  private schedule: Partial<Record<string, unknown>> & { type?: TriggerSchedule['type'] } = {};
  private timeZone: string;

  constructor(private readonly create_: (fields: Partial<TriggerRecord>) => Trigger, timeZone: string, private readonly now: () => Date) {
    this.timeZone = timeZone;
  }
  private set(type: TriggerSchedule['type'], fields: Record<string, unknown>): ClockTriggerBuilder {
    if (this.schedule.type && this.schedule.type !== type) throw new AppsScriptError('Already chosen a frequency for this trigger.');
    this.schedule = { ...this.schedule, type, ...fields };
    return this;
  }
  everyMinutes(n: number): ClockTriggerBuilder {
    if (!(MINUTE_INTERVALS as readonly number[]).includes(n)) invalid('everyMinutes: the value must be 1, 5, 10, 15 or 30');
    return this.set('minutes', { every: n });
  }
  everyHours(n: number): ClockTriggerBuilder {
    if (!(HOUR_INTERVALS as readonly number[]).includes(n)) invalid('everyHours: the value must be 1, 2, 4, 6, 8 or 12');
    return this.set('hours', { every: n });
  }
  everyDays(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) invalid('everyDays');
    return this.set('days', { every: n });
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) invalid('everyWeeks');
    return this.set('weeks', { every: n, weekDay: (this.schedule.weekDay as number | undefined) ?? 1 });
  }
  onWeekDay(day: string): ClockTriggerBuilder {
    const index = WEEK_DAYS.indexOf(String(day));
    if (index < 0) invalid('day');
    return this.set('weeks', { every: (this.schedule.every as number | undefined) ?? 1, weekDay: index });
  }
  onMonthDay(day: number): ClockTriggerBuilder {
    if (!Number.isInteger(day) || day < 1 || day > 31) invalid('day');
    return this.set('monthDay', { day });
  }
  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) invalid('hour');
    this.schedule.hour = hour;
    return this;
  }
  nearMinute(minute: number): ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) invalid('minute');
    this.schedule.minute = minute;
    return this;
  }
  inTimezone(timeZone: string): ClockTriggerBuilder {
    this.timeZone = String(timeZone);
    return this;
  }
  at(date: Date): ClockTriggerBuilder {
    if (!isDate(date)) invalid('date');
    return this.set('at', { at: date.toISOString() });
  }
  atDate(year: number, month: number, day: number): ClockTriggerBuilder {
    return this.set('at', { at: zonedInstant(this.timeZone, year, month, day).toISOString() });
  }
  after(durationMilliseconds: number): ClockTriggerBuilder {
    if (!(Number(durationMilliseconds) >= 0)) invalid('durationMilliseconds');
    return this.set('at', { at: new Date(this.now().getTime() + Number(durationMilliseconds)).toISOString() });
  }
  create(): Trigger {
    const s = this.schedule;
    if (!s.type) throw new AppsScriptError('A time-based trigger needs a frequency (everyMinutes, everyHours, everyDays, everyWeeks, onMonthDay, at or after).');
    if ((s.hour !== undefined || s.minute !== undefined) && (s.type === 'minutes' || s.type === 'at' || (s.type === 'hours' && s.hour !== undefined))) {
      throw new AppsScriptError('atHour and nearMinute apply to daily, weekly and monthly triggers.');
    }
    const schedule = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as TriggerSchedule;
    return this.create_({ eventType: 'CLOCK', source: 'CLOCK', schedule, timeZone: this.timeZone });
  }
}

class SpreadsheetTriggerBuilder {
  constructor(private readonly create_: (fields: Partial<TriggerRecord>) => Trigger, private readonly sourceId: string) {}
  private make(eventType: TriggerRecord['eventType']): { create: () => Trigger } {
    return { create: () => this.create_({ eventType, source: 'SPREADSHEETS', sourceId: this.sourceId }) };
  }
  onOpen() {
    return this.make('ON_OPEN');
  }
  onEdit() {
    return this.make('ON_EDIT');
  }
  onChange() {
    return this.make('ON_CHANGE');
  }
  onFormSubmit() {
    return this.make('ON_FORM_SUBMIT');
  }
}

export function createScriptApp(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  const user = () => execution.effectiveUser;
  const rec = (m: string, ms: number = modelledCost.local) => stats.record(`ScriptApp.${m}`, ms);
  function newTrigger(handler: string) {
    rec('newTrigger');
    if (typeof handler !== 'string' || handler === '') invalid('functionName');
    const create = (fields: Partial<TriggerRecord>): Trigger => {
      rec('TriggerBuilder.create', modelledCost.trigger);
      const record: TriggerRecord = {
        id: String(crypto.randomInt(1e9, 1e10 - 1)) + String(crypto.randomInt(1e8, 1e9 - 1)),
        handler, eventType: 'CLOCK', source: 'CLOCK', timeZone: env.scriptTimeZone,
        ...fields, creator: user(), createdAt: execution.now().toISOString(),
      };
      env.update((state) => {
        if (state.triggers.filter((t) => t.creator === user()).length >= TRIGGERS_PER_USER) throw new AppsScriptError(TOO_MANY_TRIGGERS);
        state.triggers.push(record);
      });
      return new Trigger(record);
    };
    return {
      timeBased: () => new ClockTriggerBuilder(create, env.scriptTimeZone, execution.now),
      forSpreadsheet: (key: unknown) => {
        const id = typeof key === 'string' ? key : String((key as { getId?: () => string })?.getId?.() ?? '');
        if (!id) invalid('key');
        return new SpreadsheetTriggerBuilder(create, id);
      },
    };
  }
  return {
    WeekDay, EventType, TriggerSource, AuthMode,
    newTrigger,
    /** "Gets all installable triggers associated with the current project and current user." */
    getProjectTriggers(): Trigger[] {
      rec('getProjectTriggers', modelledCost.trigger);
      return env.read((state) => state.triggers.filter((t) => t.creator === user()).map((t) => new Trigger({ ...t })));
    },
    deleteTrigger(trigger: Trigger): void {
      rec('deleteTrigger', modelledCost.trigger);
      const id = trigger?.getUniqueId?.();
      if (!id) invalid('trigger');
      env.update((state) => {
        state.triggers = state.triggers.filter((t) => !(t.id === id && t.creator === user()));
      });
    },
    getScriptId(): string {
      rec('getScriptId');
      return env.scriptId;
    },
    getService() {
      rec('getService');
      return { getUrl: () => env.webAppBaseUrl, isEnabled: () => true };
    },
  };
}
