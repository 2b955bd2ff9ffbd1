/**
 * Daily quotas as Google counts them: "Quotas are per user and reset 24 hours after the first
 * request" (developers.google.com/apps-script/guides/services/quotas), on the simulated clock.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface QuotaWindow {
  windowStart: number;
  used: number;
}

/** The window in force at `now` (a fresh one once 24 h have passed since its first request). */
export function currentWindow(window: QuotaWindow | undefined, now: number): QuotaWindow {
  if (!window || now >= window.windowStart + DAY_MS || now < window.windowStart) return { windowStart: now, used: 0 };
  return window;
}
