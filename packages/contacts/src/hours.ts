// Whether a schedule is open at a moment: the moment is read as a weekday and HH:MM in the
// contact's own time zone with Intl, so daylight saving time needs no code of ours.
import { weekdays, type Schedule, type TimeZone, type Weekday } from './types.js';

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

/** When a closed service opens next, as the wall clock of its time zone reads it. */
export interface NextOpening {
  /** YYYY-MM-DD, local */
  readonly date: string;
  readonly weekday: Weekday;
  /** HH:MM, local */
  readonly time: string;
  /** 0 for later today, 1 for tomorrow, up to 7. */
  readonly inDays: number;
}

/** The calendar date `days` after `date` (YYYY-MM-DD): date arithmetic, no time zone involved. */
function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * When a weekly schedule next opens after `date`, read in `timeZone`: the first `opens` still
 * ahead today, else on the next day with a range, skipping `closedOn` dates. `undefined` when it
 * is open now, is always open, or opens on none of the next 7 days. A range that starts at
 * 00:00 right after one that closes at 24:00 (a night shift) is not an opening of its own.
 */
export function nextOpening(schedule: Schedule, date: Date, timeZone: TimeZone): NextOpening | undefined {
  if (schedule.kind === 'always' || isScheduleOpenAt(schedule, date, timeZone)) return undefined;
  const now = localTimeIn(timeZone, date);
  const today = weekdays.indexOf(now.weekday);
  for (let inDays = 0; inDays <= 7; inDays += 1) {
    const weekday = weekdays[(today + inDays) % 7] as Weekday;
    const day = addDays(now.date, inDays);
    if (schedule.closedOn?.includes(day)) continue;
    const previous = weekdays[(today + inDays + 6) % 7] as Weekday;
    const opens = schedule.hours
      .filter((range) => range.days.includes(weekday) && (inDays > 0 || range.opens > now.time))
      .filter((range) => !(range.opens === '00:00' && schedule.hours.some((other) => other.days.includes(previous) && other.closes === '24:00')))
      .map((range) => range.opens)
      .sort();
    if (opens[0]) return { date: day, weekday, time: opens[0], inDays };
  }
  return undefined;
}
