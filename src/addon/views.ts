/**
 * Manager shared views (issue 7 item 4): one spreadsheet per managed department, created once by
 * Kanri (its id kept in the script properties), shared view-only with the department's managers,
 * refreshed from the admin workbook by a menu item and a daily trigger. Each sheet is built from an
 * EXPLICIT column whitelist; `assertViewColumns` refuses, at build, any column that is marked
 * confidential in any table or that names pay, bank, evaluation, address, My Number or birth data.
 * Each manager is mailed once ("your view is ready"), alone in the To field.
 */
import { openWorkbook } from './workbook';
import { readTable } from './tables';
import { withLock } from './lock';
import { nowTokyo } from './clock';
import { Transaction } from './transaction';
import { allTables } from '../schema/tables';
import { rolesTable } from '../schema/tables/roles';
import { employeesTable } from '../schema/tables/employees';
import { monthlyAttendanceTable } from '../schema/tables/monthlyAttendance';
import { previewMonth } from './attendance/close';
import { agreementReport } from './attendance/monitor';
import { leaveStatus } from './attendance/leave';
import { message } from '../core/i18n';
import { addYearMonths, type YearMonth } from '../core/calendar';
import { AGREEMENT_STATUS_LABELS, FIVE_DAY_STATUS_LABELS, labelOf, type Choices } from '../schema/labels';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number;

/** The only columns a view sheet may have, per sheet, in order. */
export const VIEW_SHEETS = {
  '勤務時間': ['employeeCode', 'name', 'month', 'workedMinutes', 'legalOvertimeMinutes', 'legalHolidayMinutes', 'status'],
  '36協定': ['employeeCode', 'name', 'month', 'legalOvertimeMinutes', 'legalHolidayMinutes', 'projectedOvertimeMinutes', 'worst'],
  '有給': ['employeeCode', 'name', 'balanceDays', 'pendingDays', 'obligationDeadline', 'obligationNeededDays', 'obligationStatus'],
  '備品': ['note'],
} as const satisfies Record<string, readonly string[]>;
type ViewSheet = keyof typeof VIEW_SHEETS;

/** The header a manager reads for each view column. */
export const VIEW_HEADERS: Readonly<Record<string, string>> = {
  employeeCode: '社員番号', name: '氏名', month: '対象月', workedMinutes: '労働時間(分)', legalOvertimeMinutes: '法定時間外(分)',
  legalHolidayMinutes: '法定休日(分)', status: '状態', projectedOvertimeMinutes: '月末の見込み時間外(分)', worst: '36協定',
  balanceDays: '有給残日数', pendingDays: '申請中の日数', obligationDeadline: '年5日の期限', obligationNeededDays: '年5日まで残り(日)',
  obligationStatus: '年5日の状況', note: '備考',
};

/** Codes in a view shown as the manager's words. */
const VIEW_LABELS: Readonly<Record<string, Choices>> = { worst: AGREEMENT_STATUS_LABELS, obligationStatus: FIVE_DAY_STATUS_LABELS };

/** Words of data a view may never carry (salary, allowance, bank, evaluation, address, My Number, birth date). */
const FORBIDDEN = /salary|pay(?!ment)|allowance|bank|account|evaluation|rating|address|myNumber|individualNumber|birth/i;

/** Every column key marked confidential in any table. */
function confidentialKeys(): Set<string> {
  return new Set(allTables.flatMap((t) => t.columns.filter((c) => c.confidential).map((c) => c.key as string)));
}

/** Refuses a view column that is confidential anywhere or names confidential data: checked at every build. */
export function assertViewColumns(columns: readonly string[]): void {
  const confidential = confidentialKeys();
  for (const c of columns) {
    if (confidential.has(c) || FORBIDDEN.test(c)) throw new Error(`view column "${c}" is confidential: never in a manager's view`);
  }
}

/** The rows of one view sheet: the header and, for each record, only the whitelisted columns. */
export function viewRows(sheet: ViewSheet, records: readonly Record<string, unknown>[]): Cell[][] {
  const columns = VIEW_SHEETS[sheet];
  assertViewColumns(columns);
  return [columns.map((c) => VIEW_HEADERS[c] ?? c), ...records.map((r) => columns.map((c) => {
    const v = r[c];
    const labels = VIEW_LABELS[c];
    if (labels && typeof v === 'string') return `'${labelOf(labels, v)}`;
    return typeof v === 'number' ? v : v === undefined || v === null ? '' : `'${String(v)}`; // text stays text
  }))];
}

const ID_PREFIX = 'KANRI_VIEW_ID:';
const ID_PROPERTY = (department: string) => `${ID_PREFIX}${department}`;
const MAILED_PROPERTY = (department: string, email: string) => `KANRI_VIEW_MAILED:${department}:${email}`;

/** Departments and their managers, from 権限. */
function managersByDepartment(ss: Spreadsheet): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { value } of readTable(ss, rolesTable).rows) {
    if (value.role !== 'manager') continue;
    for (const d of (value.departments ?? '').split(/[,、]/).map((x) => x.trim()).filter(Boolean)) out.set(d, [...(out.get(d) ?? []), value.email.toLowerCase()]);
  }
  return out;
}

/** One write per sheet: the block covers the old content too, so no stale row survives. */
function writeSheet(view: Spreadsheet, name: ViewSheet, rows: Cell[][]): void {
  const sheet = view.getSheetByName(name) ?? view.insertSheet(name);
  const width = VIEW_SHEETS[name].length;
  const height = Math.max(rows.length, sheet.getLastRow());
  const block = Array.from({ length: height }, (_, i) => rows[i] ?? Array<Cell>(width).fill(''));
  if (height > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  sheet.getRange(1, 1, height, width).setValues(block);
  sheet.setColumnWidths(1, width, 140); // Japanese headers readable (one call)
}

export interface ViewsReport {
  views: { department: string; id: string; created: boolean; managers: string[] }[];
  mailed: number;
}

/** `actor`: the admin who chose the menu item, or the account a trigger runs as (named in 監査ログ). */
export function refreshManagerViews(actor: string): ViewsReport {
  const ss = openWorkbook();
  const now = nowTokyo();
  const today = now.slice(0, 10);
  const month = today.slice(0, 7) as YearMonth;
  const props = PropertiesService.getScriptProperties();
  const employees = readTable(ss, employeesTable).rows.map((r) => r.value);
  const history = readTable(ss, monthlyAttendanceTable).rows.map((r) => r.value);
  const months = Array.from({ length: 7 }, (_, i) => addYearMonths(month, i - 6));
  const open = previewMonth(ss, month);
  const agreement = agreementReport(ss, month, today);
  const report: ViewsReport = { views: [], mailed: 0 };
  const managers = managersByDepartment(ss);
  const leave = leaveStatus(ss, employees.filter((e) => managers.has(e.department)).map((e) => e.code), today);
  return withLock(() => {
    const tx = new Transaction({ ss, user: actor, now });
    for (const [department, emails] of managers) {
      const team = employees.filter((e) => e.department === department);
      const name = new Map(team.map((e) => [e.code, e.name]));
      let id = props.getProperty(ID_PROPERTY(department));
      const created = !id;
      const view = id ? SpreadsheetApp.openById(id) : SpreadsheetApp.create(`Kanri — ${department} (閲覧用)`);
      if (!id) {
        id = view.getId();
        props.setProperty(ID_PROPERTY(department), id);
        tx.note('所属長の閲覧用シート', 'createView', department, id);
      }
      shareExactly(view, emails, department, tx);
      const hours = team.flatMap((e) => [
        ...history.filter((h) => h.employeeCode === e.code && months.includes(h.month)).map((h) => ({ ...h, name: e.name, status: '締め済' })),
        ...open.employees.filter((x) => x.code === e.code && !history.some((h) => h.employeeCode === e.code && h.month === month)).map((x) => ({ employeeCode: e.code, name: e.name, month, ...x.summary, status: '集計中' })),
      ]).sort((a, b) => (a.employeeCode + a.month < b.employeeCode + b.month ? -1 : 1));
      writeSheet(view, '勤務時間', viewRows('勤務時間', hours));
      writeSheet(view, '36協定', viewRows('36協定', agreement.employees.filter((e) => name.has(e.code)).map((e) => ({
        employeeCode: e.code, name: e.name, month, legalOvertimeMinutes: e.month.overtimeMinutes, legalHolidayMinutes: e.month.holidayMinutes,
        projectedOvertimeMinutes: e.projection?.projected.overtimeMinutes, worst: e.worst,
      }))));
      writeSheet(view, '有給', viewRows('有給', leave.filter((l) => name.has(l.employeeCode)).map((l) => ({
        employeeCode: l.employeeCode, name: name.get(l.employeeCode), balanceDays: l.balance.balanceDays, pendingDays: l.pendingDays,
        obligationDeadline: l.obligation?.deadline, obligationNeededDays: l.obligation?.neededDays, obligationStatus: l.obligation?.status,
      }))));
      // No assets module yet: the section is there, labelled, and empty.
      writeSheet(view, '備品', viewRows('備品', [{ note: '貸与中の備品 (備品管理の機能ができたら表示します) / Assets held: shown once the assets module exists' }]));
      const first = view.getSheetByName('Sheet1') ?? view.getSheetByName('シート1');
      if (first && view.getSheets().length > 1) view.deleteSheet(first);
      for (const email of emails) {
        if (props.getProperty(MAILED_PROPERTY(department, email))) continue;
        MailApp.sendEmail({ to: email, subject: message('ja', 'views.mailSubject', { department }), body: message('ja', 'views.mailBody', { department, url: view.getUrl() }) });
        props.setProperty(MAILED_PROPERTY(department, email), now);
        tx.note('所属長の閲覧用シート', 'mailView', `${department}/${email}`);
        report.mailed++;
      }
      report.views.push({ department, id, created, managers: emails });
    }
    // A department with a view but no manager any more: nobody keeps seeing it, and it is not refreshed.
    const values = props.getProperties() as Record<string, string>;
    for (const [key, viewId] of Object.entries(values)) {
      const department = key.startsWith(ID_PREFIX) ? key.slice(ID_PREFIX.length) : null;
      if (department === null || managers.has(department)) continue;
      shareExactly(SpreadsheetApp.openById(viewId), [], department, tx);
    }
    tx.commit();
    return report;
  });
}

/**
 * Makes the view's sharing exactly `managers` as viewers (issue 12 item 6): a demoted manager, or
 * anyone added by hand, is removed, each change audited. Nobody but the owner edits a view.
 */
function shareExactly(view: Spreadsheet, managers: readonly string[], department: string, tx: Transaction): void {
  const want = new Set(managers.map((m) => m.toLowerCase()));
  const owner = (view.getOwner()?.getEmail() ?? '').toLowerCase();
  for (const editor of view.getEditors().map((u) => u.getEmail())) {
    if (editor.toLowerCase() === owner) continue;
    view.removeEditor(editor);
    tx.note('所属長の閲覧用シート', 'removeEditor', `${department}/${editor}`, view.getId());
  }
  const viewers = view.getViewers().map((u) => u.getEmail());
  for (const viewer of viewers) {
    if (want.has(viewer.toLowerCase())) continue;
    view.removeViewer(viewer);
    tx.note('所属長の閲覧用シート', 'removeViewer', `${department}/${viewer}`, view.getId());
  }
  const have = new Set(viewers.map((v) => v.toLowerCase()));
  const added = [...want].filter((m) => !have.has(m));
  if (added.length) view.addViewers(added); // one call for the new managers
  for (const m of added) tx.note('所属長の閲覧用シート', 'addViewer', `${department}/${m}`, view.getId());
}
