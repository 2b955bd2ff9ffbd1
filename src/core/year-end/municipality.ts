/**
 * 市区町村コード: the 全国地方公共団体コード of a municipality (総務省; 都道府県 2 digits + 市区町村 3 digits, JIS X 0402)
 * with its 検査数字 (6th digit): each of the five digits times 6, 5, 4, 3, 2, summed; the check digit is the last digit
 * of 11 minus the sum's remainder by 11 (総務省「全国地方公共団体コード」の検査数字の算出方法). 港区 13103 → 131032.
 */
const WEIGHTS = [6, 5, 4, 3, 2] as const;

export function municipalityCheckDigit(five: string): number {
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(five[i]), 0);
  return (11 - (sum % 11)) % 10;
}

/** A 6-digit 市区町村コード whose check digit is right. */
export function isMunicipalityCode(code: string): boolean {
  return /^\d{6}$/.test(code) && municipalityCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
