/** Request validation: field widths of the 全銀 layout (reference/zengin/zengin_transfer_format.md); errors name the employee and field. */
import { validateZenginRequest } from '../../../src/schema/zengin';

const consignor = {
  consignorCode: '1234567890', consignorNameKana: 'カンリ', transferDate: '0425',
  bankCode: '0001', bankNameKana: 'ミズホ', branchCode: '001', branchNameKana: 'トウキョウ', accountType: '1', accountNumber: '1234567',
};
const payee = {
  employeeId: 'E001', employeeName: '山田 太郎', bankCode: '0005', bankNameKana: 'ミツイ', branchCode: '123', branchNameKana: 'シブヤ',
  accountType: '1', accountNumber: '7654321', payeeNameKana: 'ヤマダ　タロウ', amount: 250000,
};

describe('validateZenginRequest', () => {
  test('a good request passes', () => {
    expect(validateZenginRequest({ kind: 'salary', consignor, payees: [payee] }).ok).toBe(true);
  });
  test('errors name the employee and the field', () => {
    const result = validateZenginRequest({ kind: 'salary', consignor, payees: [payee, {
      ...payee, employeeId: 'E002', employeeName: '鈴木 一郎', payeeNameKana: '鈴木', bankCode: '12', accountType: '3', amount: 0,
    }] });
    expect(result.ok).toBe(false);
    const errors = (result as { errors: string[] }).errors;
    expect(errors).toContain('payees[1] (E002 鈴木 一郎).payeeNameKana: character "鈴" (position 1) is not allowed in the Zengin format');
    expect(errors).toContain('payees[1] (E002 鈴木 一郎).bankCode: must be exactly 4 digits');
    expect(errors.some((e) => e.startsWith('payees[1] (E002 鈴木 一郎).accountType:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('payees[1] (E002 鈴木 一郎).amount:'))).toBe(true);
    expect(errors.some((e) => e.includes('E001'))).toBe(false);
  });
  test('amount over 10 digits, name over 30 after conversion, bad MMDD, kind', () => {
    const result = validateZenginRequest({ kind: 'furikomi', consignor: { ...consignor, transferDate: '1301' }, payees: [{ ...payee, amount: 10_000_000_000, payeeNameKana: 'パ'.repeat(16) }] });
    const errors = (result as { errors: string[] }).errors;
    expect(errors.some((e) => e.startsWith('input.kind:'))).toBe(true);
    expect(errors).toContain('input.consignor.transferDate: must be MMDD');
    expect(errors.some((e) => e.startsWith('payees[0] (E001 山田 太郎).amount:'))).toBe(true);
    expect(errors).toContain('payees[0] (E001 山田 太郎).payeeNameKana: too long: 32 half-width characters after conversion, at most 30 (never truncated)');
  });
});
