/**
 * A leaver's hand-back list when a leave date is saved (issue 16 item 1): everything still out to
 * them, with tags, returned with the save so the page warns; never a silent pass. In Code.js (the
 * employees save is there), two reads, only when a saved row carries a leave date.
 */
import { loansTable, assetsTable } from '../../schema/tables/assets';
import { readTable } from '../tables';
import { message } from '../../core/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HandBack {
  readonly employeeCode: string;
  readonly leaveDate: string;
  readonly items: { assetId: string; name: string; lentOn: string }[];
  readonly ja: string;
  readonly en: string;
}

export function handBackOnLeave(ss: Spreadsheet, rows: readonly Record<string, unknown>[]): HandBack[] {
  const leavers = rows.filter((r) => typeof r.leaveDate === 'string' && r.leaveDate && typeof r.code === 'string');
  if (!leavers.length) return [];
  const open = readTable(ss, loansTable).rows.map((r) => r.value).filter((l) => !l.returnedOn);
  if (!open.length) return [];
  const names = new Map(readTable(ss, assetsTable).rows.map((r) => [r.value.id, r.value.name]));
  return leavers.flatMap((r) => {
    const items = open.filter((l) => l.employeeCode === r.code).map((l) => ({ assetId: l.assetId, name: names.get(l.assetId) ?? l.assetId, lentOn: l.lentOn }));
    if (!items.length) return [];
    const params = { name: String(r.name ?? r.code), leaveDate: String(r.leaveDate), count: items.length };
    return [{ employeeCode: String(r.code), leaveDate: String(r.leaveDate), items, ja: message('ja', 'assets.leaver.warning', params), get en() { return message('en', 'assets.leaver.warning', params); } }];
  });
}
