/**
 * The dropdowns of a Kanri sheet: a strict list of Japanese labels on every column of codes (typed
 * input outside it is rejected). Each rule grid is written with one setDataValidations per range,
 * never per row (reference/spreadsheet/range#setDataValidations). Widths, the 設定 values'
 * dropdowns and the 「はじめに」 sheet are set up by setupLayout.ts (in the set-up lazy module).
 */
import type { TableDef } from '../schema/table';
import type { Choices } from '../schema/labels';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** A strict dropdown of the labels (rejects other typed input; Google's default would only warn). */
export function labelRule(choices: Choices): Rule {
  return SpreadsheetApp.newDataValidation().requireValueInList(choices.map((x) => x.ja), true).setAllowInvalid(false).build();
}

/** The rule of each column of `header` (null where none), built once per column. */
export function columnRules(def: TableDef<any>, header: readonly string[]): (Rule | null)[] {
  const rules = new Map<string, Rule>();
  return header.map((h) => {
    const c = def.columns.find((x) => x.header === h);
    if (!c?.choices || c.dropdown === false) return null;
    let r = rules.get(c.key);
    if (!r) rules.set(c.key, (r = labelRule(c.choices)));
    return r;
  });
}

/** The dropdowns on rows first … first+count-1, one setDataValidations call, when the table has any. */
export function validateRows(sheet: Sheet, def: TableDef<any>, header: readonly string[], first: number, count: number): void {
  const rules = columnRules(def, header);
  const from = rules.findIndex((r) => r !== null);
  if (from < 0) return;
  let to = rules.length - 1;
  while (rules[to] === null) to--;
  const row = rules.slice(from, to + 1);
  sheet.getRange(first, from + 1, count, row.length).setDataValidations(Array.from({ length: count }, () => row));
}

