/** 扶養控除等申告書 / 保険料控除申告書 tables (issue 14 item 2): Japanese headers and values, zod schemas, and the step to the 年末調整 input. */
import { safeParse } from 'zod/mini';
import { dependantDeclarationsTable, insuranceDeclarationsTable } from '../../src/schema/tables/yearEndDeclarations';
import { yearEndInputFromDeclarations } from '../../src/core/year-end/declarations';
import { computeYearEndAdjustment } from '../../src/core/year-end/adjustment';

const person = { year: 2026, employeeCode: 'E001', line: 1, person: '扶養親族', name: '山田 一郎', relation: '長男', birthDate: '2007-04-10', estimatedIncome: 0, livingTogether: true, status: '確認済み', updatedAt: '2026-11-20T10:00' };
const premium = { year: 2026, employeeCode: 'E001', line: 1, kind: '一般(新)', insurer: '〇〇生命', paid: 100000, certificateChecked: true, status: '確認済み', updatedAt: '2026-11-20T10:00' };

test('the sheets read in Japanese: headers and values', () => {
  expect(dependantDeclarationsTable.columns.map((c) => c.header)).toContain('所得の見積額（本人は給与以外）');
  expect(insuranceDeclarationsTable.columns.map((c) => c.header)).toContain('本年中に支払った保険料等の金額');
  for (const c of [...dependantDeclarationsTable.columns, ...insuranceDeclarationsTable.columns]) expect(c.header).toMatch(/[^\x00-\x7f]/);
  expect(safeParse(dependantDeclarationsTable.schema, person).success).toBe(true);
  expect(safeParse(insuranceDeclarationsTable.schema, premium).success).toBe(true);
});

test('bad rows are refused field by field', () => {
  const bad = safeParse(dependantDeclarationsTable.schema, { ...person, person: 'child', birthDate: '2007-02-30', estimatedIncome: -1 });
  expect(bad.success).toBe(false);
  expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['birthDate', 'estimatedIncome', 'person']);
  expect(safeParse(insuranceDeclarationsTable.schema, { ...premium, kind: 'general' }).success).toBe(false);
});

test('checked declarations become the 年末調整 input; drafts do not count', () => {
  const input = yearEndInputFromDeclarations(
    { year: 2026, salaryTotal: 5_000_000, withheldTotal: 120_000, socialInsurance: 720_000 },
    [person as never, { ...person, line: 2, person: '配偶者', name: '山田 花子', relation: '妻', birthDate: '1988-05-01' } as never, { ...person, line: 3, name: '下書き', status: '下書き' } as never],
    [premium as never, { ...premium, line: 2, kind: '地震', paid: 20_000 } as never, { ...premium, line: 3, kind: '地震', paid: 99_999, status: '提出済み' } as never],
  );
  expect(input.dependents).toHaveLength(1);
  // the refund case of tests/core/year-end/adjustment.test.ts, worked by hand there: 年調年税額 36,500, 過納額 83,500
  expect(computeYearEndAdjustment(input)).toMatchObject({ annualTax: 36_500, difference: -83_500 });
});
