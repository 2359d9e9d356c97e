// Whether a schedule is open at a moment: the moment is read as a weekday and HH:MM in the
// contact's own time zone with Intl, so daylight saving time needs no code of ours.
import type { Schedule, TimeZone, Weekday } from './types.js';

/** A moment as a person in that time zone reads it on the wall clock. */
export interface LocalTime {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly weekday: Weekday;
  /** HH:MM, 00:00–23:59 */
  readonly time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdayOf: Readonly<Record<string, Weekday>> = { Mon: 'mo', Tue: 'tu', Wed: 'we', Thu: 'th', Fri: 'fr', Sat: 'sa', Sun: 'su' };

export function localTimeIn(timeZone: TimeZone, date: Date): LocalTime {
  if (Number.isNaN(date.getTime())) throw new RangeError('isOpenAt needs a valid Date; got an invalid one (check how it was parsed).');
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(date)) part[type] = value;
  const weekday = weekdayOf[part.weekday ?? ''];
  if (!weekday) throw new RangeError(`Could not read the weekday of ${date.toISOString()} in ${timeZone}.`);
  return { date: `${part.year}-${part.month}-${part.day}`, weekday, time: `${part.hour}:${part.minute}` };
}

/**
 * True when `schedule` is open at `date`, read in `timeZone`: `always` is always open; a weekly
 * range is open from `opens` up to but not including `closes`; a `closedOn` date is closed.
 */
export function isScheduleOpenAt(schedule: Schedule, date: Date, timeZone: TimeZone): boolean {
  if (schedule.kind === 'always') return true;
  const local = localTimeIn(timeZone, date);
  if (schedule.closedOn?.includes(local.date)) return false;
  // HH:MM strings compare in clock order, and "24:00" sorts after every real time.
  return schedule.hours.some((range) => range.days.includes(local.weekday) && range.opens <= local.time && local.time < range.closes);
}
