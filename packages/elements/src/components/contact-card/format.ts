// How a contact's hours and languages read in the reader's language, with Intl: no word lists of ours.
import type { Locale } from '@mh/core';
import { weekdays, type Weekday, type WeeklyHours } from '@mh/contacts';

// 1 January 2024 was a Monday: day i of the week is 2024-01-(1+i).
export function weekdayName(day: Weekday, locale: Locale, width: 'short' | 'long' = 'short'): string {
  const date = new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day)));
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(date);
}

/** A source's date as people say it: `2021`, `februari 2021`, `1 juni 2021`. */
export function formatSourceDate(date: string, locale: Locale): string {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', ...(day !== undefined && { day: 'numeric' }), timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day ?? 1)),
  );
}

/** `ma–vr 09:00–17:00`: consecutive days as a range, others listed. */
export function formatWeeklyHours(range: WeeklyHours, locale: Locale): string {
  const indexes = range.days.map((day) => weekdays.indexOf(day)).sort((a, b) => a - b);
  const consecutive = indexes.every((index, position) => position === 0 || index === (indexes[position - 1] ?? -2) + 1);
  const first = range.days.find((day) => weekdays.indexOf(day) === indexes[0]);
  const last = range.days.find((day) => weekdays.indexOf(day) === indexes[indexes.length - 1]);
  const days =
    consecutive && indexes.length > 2 && first && last
      ? `${weekdayName(first, locale)}–${weekdayName(last, locale)}`
      : indexes.map((index) => weekdayName(weekdays[index] as Weekday, locale)).join(', ');
  return `${days} ${range.opens}–${range.closes}`;
}

export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
