/**
 * Modelled latency of each emulated call, in ms: estimates from ../shared/APPS-SCRIPT-NOTES.md
 * ("A latency model"), never slept. Properties 30/60 ms and Cache 3/90 ms are published averages
 * over 100 calls; a call that needs a server round trip (lock, mail, Drive, trigger) is modelled as
 * one round trip (≈ 30 ms, from 400 flushed single-row writes taking ≈ 12 s). Calls computed
 * locally by Apps Script's own runtime (Utilities, Session, HtmlService) cost nothing here.
 */
export const ROUND_TRIP_MS = 30;

export const modelledCost = {
  propertiesGet: 30,
  propertiesSet: 60,
  cacheGet: 3,
  cachePut: 90,
  lock: ROUND_TRIP_MS,
  mail: ROUND_TRIP_MS,
  drive: ROUND_TRIP_MS,
  trigger: ROUND_TRIP_MS,
  local: 0,
} as const;
