import { isoDay } from '../domain/validation/today';

/** Today's date on this device, "YYYY-MM-DD", for date bounds of "today". */
export function today(): string {
  return isoDay(Date.now());
}
