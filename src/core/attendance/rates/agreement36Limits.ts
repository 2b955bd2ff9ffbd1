/**
 * 36協定 (時間外・休日労働に関する協定) limits, 労働基準法第36条 as amended by 平成30年法律第71号
 * (中小企業 from 2020-04-01). Source: /work/shared/reference/labor-law/overtime_limits_36kyotei.json;
 * 厚生労働省「時間外労働の上限規制 わかりやすい解説」.
 * 時間外 = legal overtime (法定時間外労働); 休日 = 法定休日労働. Minutes.
 */
export const AGREEMENT36_LIMITS = {
  effectiveFrom: '2020-04-01',
  /** 限度時間 月45時間 (第36条第4項), 対象期間3か月超の1年単位変形労働時間制は月42時間. Overtime only. */
  monthly45: { minutes: 45 * 60, variableYearMinutes: 42 * 60, article: '労基法36条4項' },
  /** 限度時間 年360時間 (第36条第4項), 1年単位変形は年320時間. Overtime only. */
  yearly360: { minutes: 360 * 60, variableYearMinutes: 320 * 60, article: '労基法36条4項' },
  /** 特別条項 年720時間以内 (第36条第5項). Overtime only. */
  yearly720: { minutes: 720 * 60, article: '労基法36条5項' },
  /** 時間外+休日 月100時間未満 (第36条第6項第2号; 特別条項の有無にかかわらず, 罰則 第119条). */
  monthlyUnder100: { minutes: 100 * 60, article: '労基法36条6項2号' },
  /** 時間外+休日 2〜6か月平均 80時間以内 (第36条第6項第3号; 協定の対象期間をまたいでも適用). */
  average80: { minutes: 80 * 60, fromMonths: 2, toMonths: 6, article: '労基法36条6項3号' },
  /** 月45時間(42時間)を超えられるのは年6か月以内 (第36条第5項). */
  over45Count: { months: 6, article: '労基法36条5項' },
  /** 36協定の対象期間 1年 (第36条第2項第2号). */
  agreementMonths: 12,
} as const;

/**
 * Kanri policy, not law: a limit is in `warning` once the value reaches 4/5 (80 %) of it, so the
 * admin hears before the line is crossed. Exact rational, compared as value×5 ≥ limit×4.
 */
export const AGREEMENT36_WARNING_RATIO = { numerator: 4, denominator: 5 } as const;
