/**
 * 労働基準法 (昭和22年法律第49号) figures used by the daily classification and the monthly totals.
 * Law text: e-Gov https://laws.e-gov.go.jp/law/322AC0000000049 (in force; 40 h/week for every
 * employer since 1997-04-01, 月60時間超 50 % for SMEs too since 2023-04-01).
 * Source transcription: /work/shared/reference/labor-law/overtime_limits_36kyotei.json.
 */
export const LABOR_STANDARDS = {
  /** Effective from (the latest change among the figures below: 中小企業への月60時間超50 %). */
  effectiveFrom: '2023-04-01',
  /** 法定労働時間 1日8時間 (第32条第2項). */
  dailyLegalMinutes: 8 * 60,
  /** 法定労働時間 1週40時間 (第32条第1項). */
  weeklyLegalMinutes: 40 * 60,
  /** 深夜 午後10時から午前5時まで (第37条第4項), as minutes of the local day: [22:00, 24:00) ∪ [0:00, 05:00). */
  lateNightStartMinute: 22 * 60,
  lateNightEndMinute: 5 * 60,
  /** 1箇月について60時間を超えた時間外労働 (第37条第1項ただし書): legal overtime only, not 法定休日労働. */
  overtimeOver60ThresholdMinutes: 60 * 60,
  /** 割増賃金率の下限, percent (第37条第1項・第4項; 平成6年政令第5号「割増賃金に係る率の最低限度を定める政令」). */
  premiumPercent: { overtime: 25, overtimeOver60: 50, legalHoliday: 35, lateNight: 25 },
} as const;
