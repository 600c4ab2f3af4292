// Dates as municipal work uses them: calendar days (calendar.ts), 和暦 (wareki.ts), what people type
// (input.ts), fiscal years (fiscal.ts) and today in Japan (today.ts).
export { isIsoDate, daysBetween, addDaysIso, addMonthsIso, isOverdue, ageOn } from './calendar';
export { ERAS, eraOf, formatDate, type Era, type DateStyle } from './wareki';
export { parseDateInput, parseTimeInput, type DateInputResult, type TimeInputResult } from './input';
export { fiscalYearOf, fiscalYearRange, formatFiscalYear } from './fiscal';
export { todayIso, JAPAN_TIME_ZONE } from './today';
