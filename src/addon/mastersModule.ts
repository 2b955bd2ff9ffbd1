/**
 * The lazy module `masters`: the master tables only some saves need (給与設定, 導入前の給与, the
 * year-end declarations) and the leaver's hand-back list, kept out of Code.js, which every
 * execution loads. saveMasterRows (masters.ts) validates its input and checks the caller first.
 */
export { paySettingsTable } from '../schema/tables/payroll';
export { payBeforeGoLiveTable } from '../schema/tables/yearEnd';
export { dependantDeclarationsTable, insuranceDeclarationsTable } from '../schema/tables/yearEndDeclarations';
export { handBackOnLeave } from './assets/leavers';
