/**
 * Reads the official tables of ../shared/reference/ at test time (see each folder's README for the
 * source). Expected values in the payroll tests come from here, never from the engine.
 */
import fs from 'node:fs';
import path from 'node:path';

const candidates = [path.resolve(__dirname, '../../../../shared/reference'), '/work/shared/reference'];
export const referenceDir = candidates.find((d) => fs.existsSync(d)) ?? candidates[0]!;

export type Row = Record<string, string>;
export function readCsv(file: string): Row[] {
  const [head, ...lines] = fs.readFileSync(path.join(referenceDir, file), 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}
export function readJson<T = any>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(referenceDir, file), 'utf8')) as T;
}

/** A decimal text as an exact BigInt ratio: "0.4084" → [4084n, 10000n]. */
export function ratio(text: string): [bigint, bigint] {
  const [w, f = ''] = text.split('.');
  return [BigInt(w! + f), 10n ** BigInt(f.length)];
}
/** floor(amount × rate) for a decimal-text rate, in BigInt (the tables' "…% に相当する金額", 1円未満切り捨て). */
export function floorTimes(amount: number, rateText: string): number {
  const [n, d] = ratio(rateText);
  return Number((BigInt(amount) * n) / d);
}
