/** The current Tokyo wall-clock time. In the emulator the clock is simulated (kanri tick --at). */
import { tokyoDateTimeOf, type LocalDateTime } from '../core/calendar';

export function nowTokyo(): LocalDateTime {
  return tokyoDateTimeOf(new Date());
}
