/**
 * 手当 and その他控除 of 給与設定 in a form a person reads and types in the cell, one item a line:
 *   役職手当：30,000円（課税・割増基礎）
 *   住宅手当：20,000円（課税・割増基礎外・最賃除外）
 *   社宅費：15,000円                      (a deduction: name and amount only)
 * Flags: 課税 / 非課税 (taxable), 割増基礎 / 割増基礎外 (in the overtime base, 労基法37条5項),
 * 最賃算入 / 最賃除外 (minimumWage; left out when not stated). A cell written before this form (a
 * JSON list) still reads. Pure: no Apps Script.
 */
export interface AllowanceItem { name: string; amount: number; taxable: boolean; inOvertimeBase: boolean; minimumWage?: boolean }
export interface DeductionItem { name: string; amount: number }

export type ItemsRead<T> = { ok: true; value: T[] } | { ok: false; line: number };

export const ALLOWANCE_EXAMPLE = '役職手当：30,000円（課税・割増基礎）';
export const DEDUCTION_EXAMPLE = '社宅費：15,000円';

const LINE = /^(.+?)\s*[：:]\s*([0-9０-９][0-9０-９,，]*)\s*円?\s*(?:[（(]([^）)]*)[）)])?$/;
const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');

const FLAGS: Record<string, [keyof AllowanceItem, boolean]> = {
  課税: ['taxable', true], 非課税: ['taxable', false],
  割増基礎: ['inOvertimeBase', true], 割増基礎外: ['inOvertimeBase', false],
  最賃算入: ['minimumWage', true], 最賃除外: ['minimumWage', false],
};

function lines(cell: string): string[] {
  return cell.split(/\r?\n|[;；]/).map((l) => l.trim());
}

function parseLine(line: string): { name: string; amount: number; flags: string[] } | null {
  const m = LINE.exec(line);
  if (!m) return null;
  return { name: m[1]!.trim(), amount: Number(toAscii(m[2]!)), flags: (m[3] ?? '').split(/[・、,，\s]+/).filter(Boolean) };
}

/** A JSON list from a sheet written before the readable form; undefined when the cell is not one. */
function legacyJson(cell: string): unknown[] | undefined {
  if (!cell.trim().startsWith('[')) return undefined;
  try {
    const v = JSON.parse(cell);
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export function readAllowances(cell: string): ItemsRead<AllowanceItem> {
  const legacy = legacyJson(cell);
  if (legacy) return { ok: true, value: legacy as AllowanceItem[] };
  const out: AllowanceItem[] = [];
  const all = lines(cell);
  for (let i = 0; i < all.length; i++) {
    if (!all[i]) continue;
    const p = parseLine(all[i]!);
    if (!p) return { ok: false, line: i + 1 };
    const item: Partial<AllowanceItem> = { name: p.name, amount: p.amount };
    for (const f of p.flags) {
      const flag = FLAGS[f];
      if (!flag || (item as Record<string, unknown>)[flag[0]] !== undefined) return { ok: false, line: i + 1 };
      (item as Record<string, unknown>)[flag[0]] = flag[1];
    }
    if (item.taxable === undefined || item.inOvertimeBase === undefined) return { ok: false, line: i + 1 };
    out.push({ name: p.name, amount: p.amount, taxable: item.taxable, inOvertimeBase: item.inOvertimeBase, ...(item.minimumWage !== undefined ? { minimumWage: item.minimumWage } : {}) });
  }
  return { ok: true, value: out };
}

export function readDeductions(cell: string): ItemsRead<DeductionItem> {
  const legacy = legacyJson(cell);
  if (legacy) return { ok: true, value: legacy as DeductionItem[] };
  const out: DeductionItem[] = [];
  const all = lines(cell);
  for (let i = 0; i < all.length; i++) {
    if (!all[i]) continue;
    const p = parseLine(all[i]!);
    if (!p || p.flags.length) return { ok: false, line: i + 1 };
    out.push({ name: p.name, amount: p.amount });
  }
  return { ok: true, value: out };
}

const yen = (n: number) => `${n.toLocaleString('en-US')}円`;

export function writeAllowances(items: readonly AllowanceItem[]): string {
  return items.map((a) => {
    const flags = [a.taxable ? '課税' : '非課税', a.inOvertimeBase ? '割増基礎' : '割増基礎外'];
    if (a.minimumWage !== undefined) flags.push(a.minimumWage ? '最賃算入' : '最賃除外');
    return `${a.name}：${yen(a.amount)}（${flags.join('・')}）`;
  }).join('\n');
}

export function writeDeductions(items: readonly DeductionItem[]): string {
  return items.map((d) => `${d.name}：${yen(d.amount)}`).join('\n');
}

/**
 * 賃金台帳 支給内訳, one item a line as the 給与明細 shows it: 基本給：250,000円（課税）. What each line is (its key)
 * follows from its name (the names the payroll gives, core/payroll/employee-month.ts); any other name is an
 * allowance of 給与設定. A line whose name does not say its key carries it (「手当」 for an allowance named like a
 * fixed item, 「コード <key>」 otherwise), so every row reads back exactly.
 */
export interface EarningItem { key: string; name: string; amount: number; taxable: boolean }
export const EARNING_EXAMPLE = '基本給：250,000円（課税）';
const EARNING_NAMES: Record<string, string> = {
  basePay: '基本給', paidLeave: '有給休暇の賃金', nonStatutoryOvertime: '法定内残業手当', overtime: '時間外手当', overtimeOver60: '時間外手当 (60時間超)',
  lateNight: '深夜手当', legalHoliday: '休日手当', absence: '欠勤・遅早控除', commuting: '通勤手当', bonus: '賞与',
};
const EARNING_LINE = /^(.+?)\s*[：:]\s*(-?[0-9０-９][0-9０-９,，]*)\s*円\s*(?:[（(]([^）)]*)[）)])?$/;

export function readEarnings(cell: string): ItemsRead<EarningItem> {
  const legacy = legacyJson(cell);
  if (legacy) return { ok: true, value: legacy as EarningItem[] };
  const out: EarningItem[] = [];
  const all = lines(cell);
  for (let i = 0; i < all.length; i++) {
    if (!all[i]) continue;
    const m = EARNING_LINE.exec(all[i]!);
    if (!m) return { ok: false, line: i + 1 };
    const name = m[1]!.trim();
    let key = Object.keys(EARNING_NAMES).find((k) => EARNING_NAMES[k] === name) ?? 'allowance';
    let taxable: boolean | undefined;
    for (const f of (m[3] ?? '').split('・').map((x) => x.trim()).filter(Boolean)) {
      if ((f === '課税' || f === '非課税') && taxable === undefined) taxable = f === '課税';
      else if (f === '手当') key = 'allowance';
      else if (f.startsWith('コード ')) key = f.slice(4).trim();
      else return { ok: false, line: i + 1 };
    }
    if (taxable === undefined) return { ok: false, line: i + 1 };
    out.push({ key, name, amount: Number(toAscii(m[2]!)), taxable });
  }
  return { ok: true, value: out };
}

export function writeEarnings(items: readonly EarningItem[]): string {
  return items.map((e) => {
    const flags = [e.taxable ? '課税' : '非課税'];
    const byName = Object.keys(EARNING_NAMES).find((k) => EARNING_NAMES[k] === e.name);
    if (e.key === 'allowance' && byName) flags.push('手当');
    else if (e.key !== 'allowance' && EARNING_NAMES[e.key] !== e.name) flags.push(`コード ${e.key}`);
    return `${e.name}：${yen(e.amount)}（${flags.join('・')}）`;
  }).join('\n');
}

/** 計算の説明: one sentence a line (a JSON list of an older row still reads). */
export function readLines(cell: string): string[] {
  return legacyJson(cell)?.map(String) ?? cell.split(/\r?\n/).filter((l) => l.trim() !== '');
}
export function writeLines(lines: readonly string[]): string {
  return lines.map((l) => l.replace(/\r?\n/g, ' ')).join('\n');
}
