/** 勤務区分: scheduled hours, breaks, week start, legal holiday, rounding. */
import { object, optional, enum as oneOf, number, boolean, string, check, int, minimum, maximum, regex } from 'zod/mini';
import { col, defineTable } from '../table';
import { ROUNDING_LABELS, WEEKDAY_LABELS, YES_NO_LABELS } from '../labels';
import { employeeCode, requiredText } from '../fields';
import { WEEKDAY_NAMES } from '../../core/calendar';

const hhmm = () => string().check(regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:mm'));

export const workRulesTable = defineTable({
  sheet: '勤務区分', sheetEn: 'Work rules',
  columns: [
    col('code', '区分コード', 'Code', 'code'),
    col('name', '名称', 'Name', 'text'),
    col('scheduledStart', '始業', 'Scheduled start', 'code'),
    col('scheduledEnd', '終業', 'Scheduled end', 'code'),
    col('breakMinutes', '休憩(分)', 'Break minutes', 'integer'),
    col('workdays', '所定労働日', 'Scheduled workdays', 'weekdays'),
    col('publicHolidaysOff', '祝日休み', 'Public holidays off', 'boolean', { choices: YES_NO_LABELS }),
    col('weekStart', '週の起算日', 'Week starts on', 'code', { choices: WEEKDAY_LABELS }),
    col('legalHoliday', '法定休日', 'Legal holiday', 'code', { choices: WEEKDAY_LABELS }),
    col('rounding', '丸め', 'Rounding', 'code', { choices: ROUNDING_LABELS }),
    col('premiumWithinLegal', '法定内残業も割増', 'Premium within legal hours', 'boolean', { choices: YES_NO_LABELS }),
    col('variableYear', '1年単位の変形労働時間制', 'One-year variable hours', 'boolean', { choices: YES_NO_LABELS }),
  ],
  schema: object({
    code: employeeCode(),
    name: requiredText(100),
    scheduledStart: hhmm(),
    scheduledEnd: hhmm(),
    breakMinutes: number().check(int(), minimum(0), maximum(600)),
    workdays: string().check(regex(/^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(,(sunday|monday|tuesday|wednesday|thursday|friday|saturday))*$/, '曜日をカンマで区切って書いてください (月,火,水,木,金) / weekdays separated by commas (月,火,… or monday,tuesday,…)')),
    publicHolidaysOff: boolean(),
    weekStart: oneOf(WEEKDAY_NAMES),
    legalHoliday: oneOf(WEEKDAY_NAMES),
    rounding: oneOf(['none', 'floor15', 'floor30']),
    premiumWithinLegal: boolean(),
    variableYear: optional(boolean()),
  }),
  key: ['code'],
});
