// How a contact's hours and languages read in the reader's language, with Intl: no word lists of ours.
import type { Locale } from '@mh/core';
import { weekdays, type Weekday, type WeeklyHours } from '@mh/contacts';

// 1 January 2024 was a Monday: day i of the week is 2024-01-(1+i).
function weekdayName(day: Weekday, locale: Locale): string {
  const date = new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day)));
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date);
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
