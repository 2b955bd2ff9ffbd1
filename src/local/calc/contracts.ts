/** `kanri calc` commands for contracts: contract-deadlines, indefinite-conversion (issue 17 item 5). */
import { contractDeadlines, indefiniteConversion } from '../../core/contracts';
import { contractDeadlinesInput, indefiniteConversionInput, type ContractDeadlinesCalcInput, type IndefiniteConversionCalcInput } from '../../schema/calc-contracts';
import type { CalcCommand } from './types';

const deadlines: CalcCommand<ContractDeadlinesCalcInput> = {
  summary: 'current term, next notice deadline and next renewal of an auto-renewing contract as of a date (民法143条2項)',
  input: contractDeadlinesInput,
  example: { start: '2026-04-01', end: '2027-03-31', autoRenew: true, renewalMonths: 12, noticeMonths: 3, asOf: '2026-06-01' },
  run: (input) => {
    const notice = input.noticeMonths !== undefined ? { months: input.noticeMonths } : input.noticeDays !== undefined ? { days: input.noticeDays } : undefined;
    const d = contractDeadlines({ start: input.start, end: input.end, autoRenew: input.autoRenew, renewalMonths: input.renewalMonths, notice }, input.asOf, input.lang);
    return { currentTermStart: d.currentTermStart, currentTermEnd: d.currentTermEnd, termNumber: d.termNumber, currentNoticeDeadline: d.currentNoticeDeadline,
      nextNoticeDeadline: d.nextNoticeDeadline, nextRenewal: d.nextRenewal, status: d.status, explanation: d.explanation };
  },
};

const conversion: CalcCommand<IndefiniteConversionCalcInput> = {
  summary: '通算契約期間 and the 無期転換 right of a fixed-term employee (労働契約法18条, クーリング by 省令148号), 雇止めの予告',
  input: indefiniteConversionInput,
  example: { terms: [{ start: '2021-04-01', end: '2022-03-31' }, { start: '2022-04-01', end: '2023-03-31' }], asOf: '2022-06-01' },
  run: (input) => indefiniteConversion(input.terms, input.asOf, input.lang),
};

export const contractsCalcCommands: Record<string, CalcCommand> = {
  'contract-deadlines': deadlines,
  'indefinite-conversion': conversion,
};
