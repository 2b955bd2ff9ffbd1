/**
 * The demo company's contracts (issue 17 item 7), entered with one importContracts call as when a
 * register is moved over: the office lease (auto-renewing every 2 years, notice 6 months before the
 * end; the move is being planned), the multifunction printer's lease (its 再リース notice falls within
 * the month after the as-of date, so the daily trigger has a reminder to send), two 業務委託 with
 * freelancers (a 請負 with a 第2号 stamp, a monthly 準委任), and an NDA; and the fixed-term terms of the
 * part-timers: one near five years, one past it through a gap too short to reset, one whose earlier
 * employment was reset by a six-month gap.
 */
import { addDays, addYearMonths, firstDayOfMonth, lastDayOfMonth, yearMonthOf, type LocalDate } from '../../core/calendar';
import type { DemoPerson } from './people';

type Call = (fn: string, input: unknown, user?: string) => unknown;

/** Back-to-back yearly terms from `start` until the one holding `until`. */
function yearlyTerms(code: string, start: LocalDate, until: LocalDate, prefix: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let s = start;
  for (let i = 1; s <= until; i++) {
    const end = addDays(`${Number(s.slice(0, 4)) + 1}${s.slice(4)}`, -1);
    out.push({ id: `${prefix}-${i}`, employeeCode: code, start: s, end, renewal: 'possible', renewalCap: '', status: 'signed', documentUrl: '' });
    s = addDays(end, 1);
  }
  return out;
}

export function demoContracts(people: readonly DemoPerson[], asOf: LocalDate, call: Call): { contracts: number; employmentContracts: number } {
  const admin = people.find((p) => p.role === 'admin')!;
  const month = yearMonthOf(asOf);
  // the printer: a 5-year lease ending at the end of next month, then 再リース yearly; 1 month's notice
  const leaseEnd = lastDayOfMonth(addYearMonths(month, 1));
  const leaseStart = firstDayOfMonth(addYearMonths(month, -58));
  const contracts = [
    { id: 'C-OFFICE', title: '本社事務所 賃貸借契約（港区芝浦 3F）', counterparty: '株式会社芝浦ビルマネジメント', type: 'rent', status: 'active',
      start: '2020-10-01', end: '2022-09-30', autoRenew: true, renewalMonths: 24, noticeMonths: 6, amount: 650_000, billingCycle: 'monthly', owner: admin.code,
      note: '移転を検討中（品川の候補2件を内見済み）。移転するなら解約予告は満了の6か月前まで' },
    { id: 'C-MFP', title: '複合機リース（リコー IM C3010）', counterparty: 'OAリース株式会社', type: 'lease', status: 'active',
      start: leaseStart, end: leaseEnd, autoRenew: true, renewalMonths: 12, noticeMonths: 1, amount: 18_700, billingCycle: 'monthly', owner: admin.code,
      note: '満了後は1年ごとの再リース。入替えなら通知期限までに連絡' },
    { id: 'C-CGP', title: '外観CGパース制作（世田谷区M邸）', counterparty: '佐藤 健（フリーランス）', type: 'outsourcing', status: 'signed',
      start: '2026-10-01', end: '2027-01-31', autoRenew: false, amount: 1_650_000, billingCycle: 'once', stampDocument: 'no2', owner: people.find((p) => p.department === '設計')!.code },
    { id: 'C-WEB', title: 'Webサイト運用・更新業務', counterparty: '高橋 由美（フリーランス）', type: 'outsourcing', status: 'active',
      start: '2025-04-01', end: '2026-03-31', autoRenew: true, renewalMonths: 12, noticeMonths: 1, amount: 55_000, billingCycle: 'monthly', stampDocument: 'none',
      owner: people.find((p) => p.department === '営業')!.code, note: '準委任（成果物の完成義務なし）のため不課税' },
    { id: 'C-NDA', title: '秘密保持契約（協力会社 内装工事）', counterparty: '株式会社東和インテリア', type: 'nda', status: 'active',
      start: '2024-07-01', end: '2025-06-30', autoRenew: true, renewalMonths: 12, noticeMonths: 1, owner: admin.code },
  ];
  const [near, reset, past] = people.filter((p) => p.employmentType === 'partTime');
  const terms: Record<string, unknown>[] = [];
  // hired 2022-04-01 on yearly terms: 5 years at the end of the term to 2027-03-31; the right comes with a renewal
  if (near) terms.push(...yearlyTerms(near.code, near.hireDate, asOf, `EC-${near.code}`));
  // employed 2019-10-01〜2022-09-30, then six months without a contract: the count restarts at the rehire 2023-04-01
  if (reset) terms.push(...yearlyTerms(reset.code, '2019-10-01', '2022-09-30', `EC-${reset.code}-A`),
    ...yearlyTerms(reset.code, reset.hireDate, asOf, `EC-${reset.code}`));
  // 2022-01-01〜2024-02-29 (26 months), one month without a contract (too short to reset), yearly from 2024-04-01: over 5 years from 2026-04-01
  if (past) terms.push({ id: `EC-${past.code}-A-1`, employeeCode: past.code, start: '2022-01-01', end: '2024-02-29', renewal: 'possible', renewalCap: '', status: 'signed', documentUrl: '' },
    ...yearlyTerms(past.code, past.hireDate, asOf, `EC-${past.code}`));
  call('importContracts', { contracts, employmentContracts: terms.map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== ''))) });
  return { contracts: contracts.length, employmentContracts: terms.length };
}
