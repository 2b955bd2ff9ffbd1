/**
 * The demo company's 年末調整 (issue 14): this year's pay before Kanri went live (導入前の給与, estimated from Kanri's own
 * months, as the earlier system's ledger would give it) and the 確認済み declarations of a few people:
 * - 設計's manager: a spouse without income (配偶者控除), a 19-year-old child (特定扶養親族), a 20-year-old university
 *   student with 合計所得金額 100万円 (特定親族特別控除 41万), new-contract life insurance (the under-23 special),
 *   介護医療 and earthquake insurance;
 * - 施工管理's manager: an elderly parent living together (同居老親等);
 * - 営業's manager: a housing-loan credit (住宅借入金等特別控除, 2年目).
 * Everyone else declared no family: the year is recomputed with the 令和8年分 基礎控除 and 給与所得控除.
 */
import type { DemoPerson } from './people';

const checked = (admin: string, at: string) => ({ status: '確認済み', updatedAt: at, lockedBy: admin });

export function demoDeclarations(people: readonly DemoPerson[], year: number, admin: string, at: string) {
  const managers = (d: DemoPerson['department']) => people.find((p) => p.department === d && p.role === 'manager') ?? people.find((p) => p.department === d)!;
  const a = managers('設計');
  const b = managers('施工管理');
  const c = managers('営業');
  const family = (code: string, rows: Record<string, unknown>[]) => rows.map((r, i) => ({ year, employeeCode: code, line: i + 1, ...r, ...checked(admin, at) }));
  const surname = (p: DemoPerson) => p.name.split(' ')[0]!;
  const dependants = [
    ...family(a.code, [
      { person: '本人', name: a.name, birthDate: a.birthDate, estimatedIncome: 0 },
      { person: '配偶者', name: `${surname(a)} 久美子`, relation: '妻', birthDate: '1982-08-20', estimatedIncome: 0, livingTogether: true },
      { person: '扶養親族', name: `${surname(a)} 蓮`, relation: '長男', birthDate: `${year - 19}-05-10`, estimatedIncome: 0, livingTogether: true },
      // 大学生: 給与収入 174万円 → 合計所得金額 100万円 (62万円超123万円以下: 特定親族特別控除)
      { person: '扶養親族', name: `${surname(a)} 葵`, relation: '長女', birthDate: `${year - 20}-11-02`, estimatedIncome: 1_000_000, livingTogether: false },
    ]),
    ...family(b.code, [
      { person: '本人', name: b.name, birthDate: b.birthDate, estimatedIncome: 0 },
      { person: '扶養親族', name: `${surname(b)} 昭夫`, relation: '父', birthDate: '1950-03-03', estimatedIncome: 400_000, livingTogether: true, linealAscendant: true },
    ]),
    ...family(c.code, [
      { person: '本人', name: c.name, birthDate: c.birthDate, estimatedIncome: 0, housingLoanCredit: 150_000 },
    ]),
  ];
  const insurance = family(a.code, [
    { kind: '一般(新)', insurer: 'みなと生命保険株式会社', policy: '終身保険', holder: a.name, beneficiary: `${surname(a)} 久美子`, paid: 100_000, certificateChecked: true },
    { kind: '介護医療', insurer: 'みなと生命保険株式会社', policy: '医療保険', holder: a.name, beneficiary: a.name, paid: 50_000, certificateChecked: true },
    { kind: '地震', insurer: '芝浦損害保険株式会社', policy: '地震保険', holder: a.name, paid: 30_000, certificateChecked: true },
  ]);
  return { dependants, insurance, codes: { spouseAndChildren: a.code, elderlyParent: b.code, housingLoan: c.code } };
}

/** Pay dates of `year` before the first Kanri pay, while employed (the earlier system paid them on the same day rule). */
export function payBeforeGoLiveOf(preview: { employees: { code: string; salaryTotal: number; socialInsurance: number; withheldTotal: number }[] }, payments: number, monthsBefore: (code: string) => number, year: number) {
  return preview.employees.filter((e) => monthsBefore(e.code) > 0).map((e) => {
    const n = monthsBefore(e.code);
    const each = (v: number) => Math.floor(v / payments);
    return { year, employeeCode: e.code, salary: each(e.salaryTotal) * n, socialInsurance: each(e.socialInsurance) * n, withheld: each(e.withheldTotal) * n, note: `導入前の${n}回分（旧システムの賃金台帳）` };
  });
}
