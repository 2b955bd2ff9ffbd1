/**
 * The employee's own 扶養控除等申告書 and 保険料控除申告書 from the web app (issue 14), and the admin's review: the
 * caller's rows of a year read or saved (never anyone else's: the 社員番号 is the caller's, whatever the input),
 * each change audited; the admin locks a declaration (状態 確認済み, 確認者) and may unlock it with a reason. Only
 * 確認済み rows enter the 年末調整 (core/year-end/declarations.ts); a locked declaration refuses the employee's
 * changes. A row left out of a later save is withdrawn (状態 取消), never deleted: the sheet keeps what was declared.
 */
import type { output } from 'zod/mini';
import { readValidTable, type TableRead } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { KanriError } from '../../core/errors';
import { message, type MessageKey } from '../../core/i18n';
import type { LocalDateTime } from '../../core/calendar';
import type { RowOf, TableDef } from '../../schema/table';
import { employeesTable } from '../../schema/tables/employees';
import { dependantDeclarationsTable, insuranceDeclarationsTable } from '../../schema/tables/yearEndDeclarations';
import { declaredPersonFields, declaredPremiumFields, type myDeclarationForm } from '../../schema/forms/yearEnd';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type PersonRow = RowOf<typeof dependantDeclarationsTable>;
type PremiumRow = RowOf<typeof insuranceDeclarationsTable>;
type Declaration = output<typeof myDeclarationForm>;
type AnyDeclarationRow = PersonRow | PremiumRow;

const LOCKED = '確認済み';
const WITHDRAWN = '取消';
const SUBMITTED = '提出済み';
const live = (r: { status: string }) => r.status !== WITHDRAWN;
const personKeys = Object.keys(declaredPersonFields) as (keyof typeof declaredPersonFields)[];
const premiumKeys = Object.keys(declaredPremiumFields) as (keyof typeof declaredPremiumFields)[];

function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
  return out;
}

const ofYear = <R extends AnyDeclarationRow>(read: TableRead<R>, year: number, code: string) =>
  read.rows.filter((r) => r.value.year === year && r.value.employeeCode === code).sort((a, b) => a.value.line - b.value.line);

/** The rules across rows the row schema cannot say: one 本人, one 配偶者 at most, the 本人-only fields. */
function checkPeople(people: Declaration['people']): void {
  const self = people.filter((p) => p.person === '本人').length;
  if (self !== 1) throw new KanriError('yeDecl.selfRequired', { count: self });
  const spouses = people.filter((p) => p.person === '配偶者').length;
  if (spouses > 1) throw new KanriError('yeDecl.oneSpouse', { count: spouses });
  people.forEach((p, i) => {
    if (p.person === '本人') return;
    const field = (['widowOrSingleParent', 'workingStudent', 'housingLoanCredit'] as const).find((k) =>
      k === 'widowOrSingleParent' ? p[k] !== undefined && p[k] !== 'なし' : k === 'workingStudent' ? p[k] === true : (p[k] ?? 0) > 0);
    if (field) throw new KanriError('yeDecl.selfOnly', { line: i + 1, name: p.name, fieldJa: message('ja', `yeDecl.field.${field}` as MessageKey), fieldEn: message('en', `yeDecl.field.${field}` as MessageKey) });
  });
}

/** The employee's declaration as the web app shows it: their own live rows, whether it is locked, when it was saved. */
export function myDeclaration(ss: Spreadsheet, code: string, year: number) {
  const people = ofYear(readValidTable(ss, dependantDeclarationsTable), year, code).map((r) => r.value).filter(live);
  const insurance = ofYear(readValidTable(ss, insuranceDeclarationsTable), year, code).map((r) => r.value).filter(live);
  const all: AnyDeclarationRow[] = [...people, ...insurance];
  const name = readValidTable(ss, employeesTable).rows.find((r) => r.value.code === code)?.value.name ?? '';
  const locked = all.filter((r) => r.status === LOCKED);
  return {
    year, name,
    status: (locked.length ? 'locked' : all.length ? 'submitted' : 'none') as 'locked' | 'submitted' | 'none',
    updatedAt: all.map((r) => r.updatedAt).sort().pop() ?? null,
    people: people.map((p) => pick(p, personKeys)),
    insurance: insurance.map((p) => ({ ...pick(p, premiumKeys), certificateChecked: !!p.certificateChecked })),
  };
}

/**
 * Writes `wanted` as lines 1…n of the caller's rows of `def` for the year: a changed line is updated, a new one
 * appended, an unchanged one left alone (no audit row for nothing); lines beyond n are withdrawn.
 */
function writeLines<R extends AnyDeclarationRow>(tx: Transaction, read: TableRead<R>, existing: TableRead<R>['rows'], wanted: R[], now: LocalDateTime): number {
  const def = read.def as TableDef<R>;
  const same = (a: R, b: R) => def.columns.every((c) => c.key === 'updatedAt' || JSON.stringify(a[c.key as keyof R] ?? '') === JSON.stringify(b[c.key as keyof R] ?? ''));
  const fresh: R[] = [];
  let changed = 0;
  for (const row of wanted) {
    const at = existing.find((r) => r.value.line === row.line);
    if (!at) fresh.push(row);
    else if (!same(at.value, row)) tx.update(read, at.rowNumber, row);
    else continue;
    changed++;
  }
  for (const r of existing) {
    if (r.value.line > wanted.length && live(r.value)) {
      tx.update(read, r.rowNumber, { ...r.value, status: WITHDRAWN, updatedAt: now, lockedBy: undefined });
      changed++;
    }
  }
  tx.append(def, fresh, read);
  return changed;
}

/** Saves the caller's whole declaration of a year (状態 提出済み), refused once the admin has locked it. */
export function saveMyDeclaration(ss: Spreadsheet, code: string, user: string, input: Declaration) {
  checkPeople(input.people);
  // 本人 first: the line the 基礎控除申告書 figures are read from, whatever order the page sent
  const people = [...input.people].sort((a, b) => (a.person === '本人' ? -1 : 0) - (b.person === '本人' ? -1 : 0));
  return withLock(() => {
    const now = nowTokyo();
    const pRead = readValidTable(ss, dependantDeclarationsTable);
    const iRead = readValidTable(ss, insuranceDeclarationsTable);
    const pMine = ofYear(pRead, input.year, code);
    const iMine = ofYear(iRead, input.year, code);
    const locked = [...pMine, ...iMine].map((r) => r.value as AnyDeclarationRow).find((r) => r.status === LOCKED);
    if (locked) throw new KanriError('yeDecl.locked', { year: input.year, at: locked.updatedAt.replace('T', ' ') });
    const head = (line: number) => ({ year: input.year, employeeCode: code, line });
    const tail = { status: SUBMITTED, updatedAt: now } as const;
    const tx = new Transaction({ ss, user, now });
    const changedPeople = writeLines<PersonRow>(tx, pRead, pMine, people.map((p, i) => ({ ...head(i + 1), ...p, ...tail })), now);
    const changedPremiums = writeLines<PremiumRow>(tx, iRead, iMine, input.insurance.map((p, i) => {
      // the admin's 証明書確認 stays while the line declares the same premium; a changed line is checked again
      const before = iMine.find((r) => r.value.line === i + 1)?.value;
      const kept = before?.certificateChecked && before.kind === p.kind && before.insurer === p.insurer && before.paid === p.paid;
      return { ...head(i + 1), ...p, ...(kept ? { certificateChecked: true } : {}), ...tail };
    }), now);
    tx.commit();
    return { year: input.year, people: people.length, insurance: input.insurance.length, changed: changedPeople + changedPremiums, savedAt: now };
  });
}

/** Every row of an employee's declaration of a year, both sheets, read once each. */
function declarationRows(ss: Spreadsheet, year: number, code: string) {
  const pRead = readValidTable(ss, dependantDeclarationsTable);
  const iRead = readValidTable(ss, insuranceDeclarationsTable);
  return { pRead, iRead, people: ofYear(pRead, year, code).filter((r) => live(r.value)), insurance: ofYear(iRead, year, code).filter((r) => live(r.value)) };
}

/** Sets the 状態 of the rows `which` picks (both sheets' rows go through here, each change audited). */
function restate<R extends AnyDeclarationRow>(tx: Transaction, read: TableRead<R>, rows: TableRead<R>['rows'], which: (r: R) => boolean, to: (r: R) => R): number {
  const picked = rows.filter((r) => which(r.value));
  for (const r of picked) tx.update(read, r.rowNumber, to(r.value));
  return picked.length;
}

/** The admin checks and locks an employee's declaration: every live row 確認済み, 確認者 the admin. */
export function lockDeclaration(ss: Spreadsheet, year: number, code: string, user: string) {
  return withLock(() => {
    const { pRead, iRead, people, insurance } = declarationRows(ss, year, code);
    if (!people.length && !insurance.length) throw new KanriError('yeDecl.nothingToLock', { code, year });
    const now = nowTokyo();
    const tx = new Transaction({ ss, user, now });
    const open = (r: AnyDeclarationRow) => r.status !== LOCKED;
    const changed = restate<PersonRow>(tx, pRead, people, open, (r) => ({ ...r, status: LOCKED, lockedBy: user, updatedAt: now }))
      + restate<PremiumRow>(tx, iRead, insurance, open, (r) => ({ ...r, status: LOCKED, lockedBy: user, updatedAt: now }));
    tx.commit();
    return { year, employeeCode: code, locked: true, changed };
  });
}

/** The admin unlocks a locked declaration, with the reason in every audit row; the employee may then change it. */
export function unlockDeclaration(ss: Spreadsheet, year: number, code: string, user: string, reason: string) {
  return withLock(() => {
    const { pRead, iRead, people, insurance } = declarationRows(ss, year, code);
    const locked = (r: AnyDeclarationRow) => r.status === LOCKED;
    if (![...people, ...insurance].some((r) => locked(r.value))) throw new KanriError('yeDecl.notLocked', { code, year });
    const now = nowTokyo();
    const tx = new Transaction({ ss, user, now, reason });
    const changed = restate<PersonRow>(tx, pRead, people, locked, (r) => ({ ...r, status: SUBMITTED, lockedBy: undefined, updatedAt: now }))
      + restate<PremiumRow>(tx, iRead, insurance, locked, (r) => ({ ...r, status: SUBMITTED, lockedBy: undefined, updatedAt: now }));
    tx.commit();
    return { year, employeeCode: code, locked: false, changed };
  });
}

/** The admin's list for review: per employee, how many people and premiums are declared, the state, the last save. */
export function declarationsForReview(ss: Spreadsheet, year: number) {
  const people = readValidTable(ss, dependantDeclarationsTable).rows.map((r) => r.value).filter((r) => r.year === year && live(r));
  const premiums = readValidTable(ss, insuranceDeclarationsTable).rows.map((r) => r.value).filter((r) => r.year === year && live(r));
  return readValidTable(ss, employeesTable).rows.map((r) => r.value).filter((e) => !e.leaveDate || e.leaveDate >= `${year}-01-01`).map((e) => {
    const p = people.filter((x) => x.employeeCode === e.code);
    const i = premiums.filter((x) => x.employeeCode === e.code);
    const all: AnyDeclarationRow[] = [...p, ...i];
    return {
      employeeCode: e.code, name: e.name, department: e.department, people: p.length, insurance: i.length,
      certificatesChecked: i.filter((x) => x.certificateChecked).length,
      status: (!all.length ? 'none' : all.every((x) => x.status === LOCKED) ? 'locked' : 'submitted') as 'none' | 'submitted' | 'locked',
      updatedAt: all.map((x) => x.updatedAt).sort().pop() ?? null,
    };
  });
}
