/**
 * Exact money arithmetic. Yen are integers; a rate is an exact fraction of integers parsed from its
 * decimal text ("9.85" percent, "5.5" per mille, "0.04084", "5/1000"), never a binary float. A yen
 * amount times a rate is an exact `Fraction`, turned into yen only by a NAMED rounding rule.
 */

/** An exact non-negative-denominator fraction n/d of safe integers. */
export interface Fraction {
  readonly n: number;
  readonly d: number;
}

/** A rate with the text it was read from, for explanations ("9.85%"). */
export interface Rate extends Fraction {
  readonly text: string;
}

function assertSafe(v: number, what: string): number {
  if (!Number.isSafeInteger(v)) throw new Error(`${what}: ${v} is not a safe integer (exact arithmetic would be lost)`);
  return v;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

export function fraction(n: number, d = 1): Fraction {
  assertSafe(n, 'numerator');
  assertSafe(d, 'denominator');
  if (d === 0) throw new Error('division by zero');
  const sign = d < 0 ? -1 : 1;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export function mul(a: Fraction, b: Fraction): Fraction {
  // Cross-reduce first so the products stay small.
  const g1 = gcd(a.n, b.d);
  const g2 = gcd(b.n, a.d);
  return fraction(assertSafe((a.n / g1) * (b.n / g2), 'product'), assertSafe((a.d / g2) * (b.d / g1), 'product'));
}
export function add(a: Fraction, b: Fraction): Fraction {
  const g = gcd(a.d, b.d);
  return fraction(assertSafe(a.n * (b.d / g) + b.n * (a.d / g), 'sum'), assertSafe((a.d / g) * b.d, 'sum'));
}
export function sub(a: Fraction, b: Fraction): Fraction {
  return add(a, { n: -b.n, d: b.d });
}
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0) throw new Error('division by zero');
  return mul(a, { n: b.d, d: b.n });
}
export function compare(a: Fraction, b: Fraction): number {
  return Math.sign(sub(a, b).n);
}

/** Parses "9.85", "0.04084", "5/1000" (or "-8333") into an exact fraction. */
export function parseDecimal(text: string): Fraction {
  const t = text.trim();
  const ratio = /^(-?\d+)\s*\/\s*(\d+)$/.exec(t);
  if (ratio) return fraction(Number(ratio[1]), Number(ratio[2]));
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) throw new Error(`not a decimal number: "${text}"`);
  const frac = m[3] ?? '';
  return fraction((m[1] ? -1 : 1) * Number(m[2]! + frac), 10 ** frac.length);
}

/** A rate given in percent: percentRate("9.85") = 985/10000. */
export function percentRate(text: string): Rate {
  return { ...mul(parseDecimal(text), { n: 1, d: 100 }), text: `${text}%` };
}
/** A rate given in per mille: perMilleRate("5.5") = 55/10000. */
export function perMilleRate(text: string): Rate {
  return { ...mul(parseDecimal(text), { n: 1, d: 1000 }), text: `${text}‰` };
}
/** A rate given as a plain decimal or ratio: decimalRate("0.04084"), decimalRate("5/1000"). */
export function decimalRate(text: string): Rate {
  return { ...parseDecimal(text), text };
}
/** A rate stored as an integer over a denominator (the generated tables). */
export function scaledRate(numerator: number, denominator: number, text?: string): Rate {
  const f = fraction(numerator, denominator);
  return { ...f, text: text ?? formatFraction(f) };
}
/** Rates that apply together (health + care): the exact sum. */
export function addRates(a: Rate, b: Rate): Rate {
  return { ...add(a, b), text: `${a.text}+${b.text}` };
}

/** yen × rate, exact. */
export function yenTimes(yen: number, rate: Fraction): Fraction {
  return mul(fraction(assertSafe(yen, 'yen')), rate);
}

// ---------------------------------------------------------------- named rounding rules

function floorDiv(n: number, d: number): number {
  const q = Math.trunc(n / d);
  return n % d !== 0 && n < 0 !== d < 0 ? q - 1 : q;
}
/** 1円未満切り捨て. */
export function floorYen(x: Fraction): number {
  return floorDiv(x.n, x.d);
}
/** 1円未満切り上げ. */
export function ceilYen(x: Fraction): number {
  return -floorDiv(-x.n, x.d);
}
/** 四捨五入 to the yen (50銭以上切り上げ, 50銭未満切り捨て). */
export function roundHalfUp(x: Fraction): number {
  return floorDiv(2 * x.n + x.d, 2 * x.d);
}
/**
 * 50銭以下切り捨て・50銭超切り上げ: the employee share of social and employment insurance deducted
 * from wages (通貨の単位及び貨幣の発行等に関する法律 第3条, absent a special agreement).
 */
export function roundHalfDown50Sen(x: Fraction): number {
  return -floorDiv(-(2 * x.n - x.d), 2 * x.d);
}
/** 10円未満四捨五入 (電算機計算の特例 別表第四). */
export function roundHalfUpToTen(x: Fraction): number {
  return roundHalfUp(mul(x, { n: 1, d: 10 })) * 10;
}
/** 1,000円未満切り捨て (標準賞与額: 健康保険法 第45条, 厚生年金保険法 第24条の4). */
export function floorToThousand(yen: number): number {
  return floorDiv(assertSafe(yen, 'yen'), 1000) * 1000;
}

export type RoundingName = 'floorYen' | 'ceilYen' | 'roundHalfUp' | 'roundHalfDown50Sen' | 'roundHalfUpToTen';
export const roundings: Record<RoundingName, (x: Fraction) => number> = { floorYen, ceilYen, roundHalfUp, roundHalfDown50Sen, roundHalfUpToTen };

/** A fraction as a short decimal for explanations (exact when it terminates within 6 places). */
export function formatFraction(x: Fraction, places = 6): string {
  const neg = x.n < 0;
  const n = Math.abs(x.n);
  const whole = Math.floor(n / x.d);
  let rem = n % x.d;
  let digits = '';
  for (let i = 0; i < places && rem; i++) {
    rem *= 10;
    digits += String(Math.floor(rem / x.d));
    rem %= x.d;
  }
  return `${neg ? '-' : ''}${whole}${digits ? `.${digits}` : ''}${rem ? '…' : ''}`;
}
/** Yen with thousands separators for explanations. */
export function yen(v: number): string {
  return `${String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`;
}
