/**
 * The ages at which an employee leaves 厚生年金 and 健康保険 (hand-written legal data, like commuting.ts).
 *
 * - 厚生年金: 被保険者 only under 70 (厚生年金保険法第9条). The coverage is lost on the day the person
 *   reaches 70 (第14条第5号: 「七十歳に達したとき」は「その日」に喪失), and under 年齢計算ニ関スル法律 and
 *   民法第143条 an age is reached on the day before the birthday. Premiums are due up to the month
 *   before the month of loss (第19条第1項, 第81条第2項). Born 1956-06-15: loss 2026-06-14, last month
 *   2026-05; born 1956-07-01: loss 2026-06-30, last month 2026-05. From then the employer files the
 *   「70歳以上被用者該当届」 to 日本年金機構 (for 在職老齢年金); no premium is charged.
 * - 健康保険: a 後期高齢者医療 被保険者 cannot be a 健康保険 被保険者 (健康保険法第3条第1項ただし書, 第36条).
 *   後期高齢者医療 starts on the 75th birthday itself (高齢者の医療の確保に関する法律第50条第1号, 第52条第1号
 *   「七十五歳に達したとき」, applied by the 広域連合 from the birthday; 健保組合 guidance: 「75歳の誕生日を
 *   迎えた高齢者は、健康保険の被保険者・被扶養者の資格を失い」), so the health insurance coverage is lost on the
 *   birthday and that month is not charged (健康保険法第156条第3項). 子ども・子育て支援金 is collected with the
 *   health insurance premium and stops with it; 介護保険 (40–64) has already stopped at 65.
 */
export const INSURANCE_AGE_LIMITS = {
  pension: {
    /** Coverage lost on the day this age is reached (the day before the birthday). */
    endAge: 70,
    lossDay: 'ageReached' as const,
    source: '厚生年金保険法第9条・第14条第5号・第19条第1項',
  },
  health: {
    /** Coverage lost on the birthday of this age (後期高齢者医療 from that day). */
    endAge: 75,
    lossDay: 'birthday' as const,
    source: '高齢者の医療の確保に関する法律第50条・第52条, 健康保険法第3条第1項・第156条第3項',
  },
} as const;
