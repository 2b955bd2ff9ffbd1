/**
 * The demo company's pay settings (給与設定) and company bank, deterministic from the roster. The
 * standard monthly remuneration is graded from the expected monthly pay with the official grade
 * table (as the 資格取得届 would have set it).
 */
import { gradesForRemuneration } from '../../core/payroll/social-insurance';
import { prng, type DemoPerson } from './people';

const BANKS = [
  { bankCode: '0001', bankNameKana: 'ﾐｽﾞﾎ', branches: [['001', 'ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ'], ['110', 'ｼﾊﾞ']] },
  { bankCode: '0005', bankNameKana: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ', branches: [['011', 'ﾏﾙﾉｳﾁ'], ['330', 'ﾀﾏﾁ']] },
  { bankCode: '0009', bankNameKana: 'ﾐﾂｲｽﾐﾄﾓ', branches: [['216', 'ﾀﾏﾁ'], ['625', 'ｼﾌﾞﾔ']] },
] as const;

const BASE_BY_DEPARTMENT: Record<DemoPerson['department'], number> = { 設計: 290_000, 施工管理: 280_000, 営業: 260_000, 管理部: 250_000 };

export const DEMO_COMPANY_BANK = {
  'bank.consignorCode': '1234567890',
  'bank.consignorNameKana': 'ｶ)ﾐﾅﾄｾﾂｹｲｺｳﾎﾞｳ',
  'bank.bankCode': '0001',
  'bank.bankNameKana': 'ﾐｽﾞﾎ',
  'bank.branchCode': '110',
  'bank.branchNameKana': 'ｼﾊﾞ',
  'bank.accountType': '1',
  'bank.accountNumber': '1234567',
} as const;

export function demoPaySettings(people: readonly DemoPerson[], seed = 1): Record<string, unknown>[] {
  return people.map((p) => {
    const random = prng(seed * 31337 + Number(p.code.slice(1)));
    const part = p.employmentType === 'partTime';
    const years = Math.max(0, 2026 - Number(p.hireDate.slice(0, 4)));
    const basePay = part ? 1_300 : BASE_BY_DEPARTMENT[p.department] + years * 6_000 + Math.floor(random() * 10) * 1_000 + (p.role === 'manager' ? 40_000 : 0);
    const dependents = part ? 0 : Math.floor(random() * 3);
    const allowances = part ? [] : [
      ...(p.role === 'manager' ? [{ name: '役職手当', amount: 50_000, taxable: true, inOvertimeBase: true }] : []),
      ...(p.department === '設計' && random() < 0.5 ? [{ name: '資格手当', amount: 20_000, taxable: true, inOvertimeBase: true }] : []),
      // 家族手当 is excluded from the overtime base (労基法37条5項, 規則21条)
      ...(dependents ? [{ name: '家族手当', amount: dependents * 10_000, taxable: true, inOvertimeBase: false }] : []),
    ];
    const commutingAllowance = 5_000 + Math.floor(random() * 20) * 1_000;
    const fixed = part ? basePay * 6 * 13 : basePay + allowances.reduce((s, a) => s + a.amount, 0);
    const overtimeGuess = p.overtimeHabit === 'heavy' ? 0.45 : p.overtimeHabit === 'moderate' ? 0.2 : 0.05;
    const expected = Math.round(fixed * (1 + overtimeGuess)) + commutingAllowance;
    const bank = BANKS[Math.floor(random() * BANKS.length)]!;
    const branch = bank.branches[Math.floor(random() * bank.branches.length)]!;
    const residentTaxMonthly = part ? 0 : Math.floor((expected * 0.045) / 100) * 100;
    return {
      employeeCode: p.code, effectiveFrom: p.hireDate.slice(0, 7), payType: part ? 'hourly' : 'monthly', basePay, allowances, commutingAllowance,
      dependents, taxColumn: 'kou', residentTaxJune: residentTaxMonthly ? residentTaxMonthly + 300 : 0, residentTaxMonthly, prefecture: '東京都',
      employmentInsuranceType: 'general',
      // パート 3 days × 6 h = 18 h a week: under 20 h, not insured under employment insurance (雇用保険法6条1号),
      // nor under health insurance and pension (under the 4/5 rule of 健保法3条); the rest are enrolled from hire.
      employmentInsuranceEnrolled: !part,
      standardMonthlyRemuneration: gradesForRemuneration(part ? 88_000 : expected).health.standard,
      ...(part ? {} : { socialInsuranceAcquiredOn: p.hireDate }),
      officer: false, otherDeductions: [],
      bankCode: bank.bankCode, bankNameKana: bank.bankNameKana, branchCode: branch[0], branchNameKana: branch[1], accountType: '1',
      accountNumber: String(1_000_000 + Math.floor(random() * 8_999_999)).padStart(7, '0'), accountHolderKana: p.kana,
    };
  });
}
