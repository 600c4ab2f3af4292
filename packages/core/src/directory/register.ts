import { findPersonalData, maskPersonalData } from '../personal-data/index';
import type { Case } from '../schema/case';
import type { MeetingSession, SessionTheme } from '../schema/session';
import { isCandidateEntry } from '../model/resource';

/*
 * The 地域課題 register: what the meetings found missing (「もしこんな資源があれば」, seed 001 l.833), and the resources
 * typed freely because the directory lacks them, gathered by 圏域 × 分野 × テーマ for the 推進会議 — and the decisions
 * that came back (尾道, seed 002 l.74–130; 高島's 連絡会 → つむぎあい会議, seed 001 l.2098). It carries counts and the
 * resources' names, masked by the personal-data finder, never a person, a case or a note.
 */

/** One line of the register: an area, a field and a theme, with what was found and what was decided. @public */
export interface RegisterRow {
  /** The 圏域 ('' when neither the resource nor the person's district says). */
  readonly area: string;
  /** The 分野 ('' when not given). */
  readonly field: string;
  /** The theme ('other' when not given). */
  readonly theme: string;
  /** Cases whose meetings named a missing resource here (a case once). */
  readonly missingCases: number;
  /** Resources in use or considered, typed freely because the directory has no entry: candidate entries. */
  readonly candidates: number;
  /** The names written, each with the number of cases that wrote it, personal data masked; most named first. */
  readonly names: readonly { readonly name: string; readonly cases: number }[];
  /** Where this was raised, with the decision and the feedback date. */
  readonly raised: readonly { readonly sessionId: string; readonly date: string; readonly theme: SessionTheme }[];
}

/** Options of {@link communityIssueRegister}. @public */
export interface RegisterOptions {
  /** Meetings from this day (ISO) on. */
  readonly from?: string;
  /** Meetings up to this day (ISO). */
  readonly to?: string;
  /** The sessions whose themes are matched to the rows (推進会議, 課題解決会議). */
  readonly sessions?: readonly MeetingSession[];
}

interface Tally {
  area: string;
  field: string;
  theme: string;
  missing: Set<string>;
  candidates: number;
  names: Map<string, Set<string>>;
}

/**
 * Gathers the register from the cases' meetings: every missing resource and every candidate entry (a resource in use
 * or considered without a directory id), by 圏域 (the resource's, else the person's district) × 分野 × テーマ, with the
 * sessions that took each up. Sorted by the number of cases, most first.
 *
 * @example
 * ```ts
 * const rows = communityIssueRegister(cases, { from: '2026-04-01', sessions });
 * rows[0]; // { area: '北部圏域', theme: 'mobility', missingCases: 4, names: [{ name: '買い物の送迎', cases: 3 }, …], raised: [] }
 * ```
 * @public
 */
export function communityIssueRegister(cases: readonly Case[], options: RegisterOptions = {}): RegisterRow[] {
  const tallies = new Map<string, Tally>();
  for (const c of cases) {
    const district = c.household.person.district;
    for (const m of c.meetings) {
      const date = m.meeting.date;
      if ((options.from && date < options.from) || (options.to && date > options.to)) continue;
      for (const r of m.resources ?? []) {
        const candidate = isCandidateEntry(r);
        if (r.state !== 'missing' && !candidate) continue;
        // The line, as the report's `missingByThemeArea` reads it: the resource's area, else the person's district.
        const area = r.area || district || '';
        const field = r.field || '';
        const theme = r.theme || 'other';
        const key = JSON.stringify([area, field, theme]);
        let t = tallies.get(key);
        if (!t) tallies.set(key, (t = { area, field, theme, missing: new Set(), candidates: 0, names: new Map() }));
        if (candidate) t.candidates++;
        else t.missing.add(c.id);
        const written = r.name.trim();
        const name = maskPersonalData(written, findPersonalData(c, written));
        if (!name) continue;
        let named = t.names.get(name);
        if (!named) t.names.set(name, (named = new Set()));
        named.add(c.id);
      }
    }
  }
  const sessions = options.sessions ?? [];
  return [...tallies.values()]
    .map((t) => ({
      area: t.area,
      field: t.field,
      theme: t.theme,
      missingCases: t.missing.size,
      candidates: t.candidates,
      names: [...t.names]
        .map(([name, ids]) => ({ name, cases: ids.size }))
        .sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'ja')),
      raised: sessions.flatMap((s) =>
        (s.themes ?? [])
          .filter(
            (th) =>
              th.theme === t.theme && (th.area === undefined || th.area === t.area) && (th.field === undefined || th.field === t.field),
          )
          .map((theme) => ({ sessionId: s.id ?? '', date: s.date, theme })),
      ),
    }))
    .sort(
      (a, b) =>
        b.missingCases - a.missingCases ||
        b.candidates - a.candidates ||
        a.area.localeCompare(b.area, 'ja') ||
        a.theme.localeCompare(b.theme),
    );
}
