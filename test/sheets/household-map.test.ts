import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { householdMap, supportPhases, type Case } from '@tsunagu/core';
import '@tsunagu/sheets/household-map';
import { layoutHouseholdMap, type TsunaguHouseholdMap } from '@tsunagu/sheets';
import { aloneMapCase, familyMapCase, largeMapCase, phasedMapCase } from '../fixtures/household-maps';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, rendered } from './helpers';

afterEach(cleanup);

async function map(value: Case | undefined, lang?: string) {
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-household-map');
    el.setAttribute('today', '2025-10-01');
    if (lang) el.setAttribute('lang', lang);
    el.value = value;
    r.append(el);
  });
  const el = root.querySelector('tsunagu-household-map') as TsunaguHouseholdMap;
  return { el, sr: el.shadowRoot! };
}

/** Boxes overlap when they share more than a pixel. */
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('<tsunagu-household-map>', () => {
  it('draws twelve people and thirty supports, each reachable by keyboard and named as in the text alternative', async () => {
    const { sr } = await map(largeMapCase);
    const model = householdMap(largeMapCase, { onDate: '2025-10-01' });
    const links = [...sr.querySelectorAll('svg a')];
    expect(links).toHaveLength(12 + 30);
    // Tab reaches every person and support, in order, and each says who or what it is.
    (links[0] as SVGAElement).focus();
    const names: string[] = [deepActiveElement()!.getAttribute('aria-label')!];
    for (let i = 1; i < links.length; i++) {
      await userEvent.keyboard('{Tab}');
      names.push(deepActiveElement()!.getAttribute('aria-label')!);
    }
    expect(names).toEqual(links.map((a) => a.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    // The text alternative says the same: every person, and every support under each member it supports.
    const text = sr.querySelector('.text')!.textContent!;
    for (const p of model.people) expect(text).toContain(p.name);
    for (const s of model.supports)
      for (const k of s.links)
        expect(sr.querySelector(`#alt-${k.person} #alt-${s.key}-${s.links.indexOf(k)}`), `${s.name} → ${k.person}`).not.toBeNull();
  });

  for (const [name, value] of [
    ['a family', familyMapCase],
    ['12 people and 30 supports', largeMapCase],
  ] as const)
    it(`keeps supports apart from each other and from the family and its labels (${name})`, async () => {
      const { sr } = await map(value);
      const people = householdMap(value).people.length;
      const supportBoxes = [...sr.querySelectorAll('svg a')]
        .slice(people)
        .map((a) => a.querySelector('rect.shape')!.getBoundingClientRect());
      // A person with their name and age under them.
      const peopleBoxes = [...sr.querySelectorAll('svg a')].slice(0, people).map((a) => a.getBoundingClientRect());
      for (let i = 0; i < supportBoxes.length; i++) {
        for (let j = i + 1; j < supportBoxes.length; j++)
          expect(overlap(supportBoxes[i]!, supportBoxes[j]!), `supports ${i} and ${j}`).toBe(false);
        for (const p of peopleBoxes) expect(overlap(supportBoxes[i]!, p), `support ${i} over a person`).toBe(false);
      }
    });

  it('is the same picture for the same household', () => {
    const a = layoutHouseholdMap(householdMap(familyMapCase));
    const b = layoutHouseholdMap(householdMap(structuredClone(familyMapCase)));
    expect(a).toEqual(b);
    // Generations in rows: the grandmother above the deceased father above the person above the sons.
    const y = (key: string) => a.people.find((p) => p.key === key)!.y;
    expect(y('g1')).toBeLessThan(y('f1'));
    expect(y('f1')).toBeLessThan(y('p1'));
    expect(y('p1')).toBeLessThan(y('c1'));
    // The 同居 frame holds the person and the sons, and not the grandmother or the father.
    const t = a.together!;
    const inside = (key: string) => {
      const p = a.people.find((x) => x.key === key)!;
      return p.x > t.x && p.x < t.x + t.width && p.y > t.y && p.y < t.y + t.height;
    };
    expect(['p1', 'c1', 'c2', 'c3'].every(inside)).toBe(true);
    expect(['g1', 'f1'].some(inside)).toBe(false);
  });

  it('marks by shape and line, not colour: the person double, the deceased crossed, ties by line style', async () => {
    const { sr } = await map(familyMapCase);
    const person = sr.querySelector('a[href="#alt-p1"]')!;
    expect(person.querySelectorAll('circle.shape')).toHaveLength(2); // a woman, drawn double: the person
    expect(sr.querySelector('a[href="#alt-f1"] path.line')).not.toBeNull(); // ✕
    expect(sr.querySelector('a[href="#alt-c1"] rect.shape')).not.toBeNull(); // □ a boy
    expect(sr.querySelectorAll('path.line.strong').length).toBeGreaterThan(0);
    expect(sr.querySelectorAll('path.line.weak').length).toBeGreaterThan(0);
    expect(person.getAttribute('aria-label')).toBe('青木 美咲 本人 34歳（女性、同居）');
    expect(sr.querySelector('a[href="#alt-f1"]')!.getAttribute('aria-label')).toBe('（氏名なし） 父（男性、別居、死亡）');
    expect(sr.querySelector('a[href="#alt-s5-0"]')!.getAttribute('aria-label')).toBe('住宅会社 住まい（フォーマル、ストレスのある関係）');
  });

  it('moves to the entry in the text alternative when a person is activated', async () => {
    const { sr } = await map(familyMapCase);
    (sr.querySelector('a[href="#alt-c2"]') as SVGAElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(deepActiveElement()?.id).toBe('alt-c2');
    expect(deepActiveElement()?.textContent).toContain('発達支援センター（子ども・子育て、フォーマル、強いつながり）');
  });

  it('is accessible with a family, a person alone, an empty household and in English', async () => {
    for (const value of [familyMapCase, aloneMapCase, undefined]) {
      const { el } = await map(value);
      await expectNoAxeViolations(el);
      el.remove();
    }
    const { el, sr } = await map(familyMapCase, 'en');
    expect(sr.querySelector('a[href="#alt-p1"]')!.getAttribute('aria-label')).toBe(
      '青木 美咲 The person 34 (Female, lives with the person)',
    );
    await expectNoAxeViolations(el);
    await rendered();
  });
});

describe('<tsunagu-household-map>: legible at 12 people and 30 supports (issue #31)', () => {
  type Box = { left: number; right: number; top: number; bottom: number };
  const box = (e: SVGGraphicsElement): Box => {
    const b = e.getBBox();
    return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
  };
  const inside = (x: number, y: number, b: Box, margin = 1) =>
    x > b.left + margin && x < b.right - margin && y > b.top + margin && y < b.bottom - margin;

  for (const [name, value, phase] of [
    ['a family', familyMapCase, undefined],
    ['12 people and 30 supports', largeMapCase, undefined],
    ['東海村, 初動期', phasedMapCase, 'initial'],
    ['東海村, 調整期', phasedMapCase, 'coordinating'],
    ['東海村, 安定期', phasedMapCase, 'stable'],
  ] as const)
    it(`keeps every text in its box and every line off labels and off nodes it does not connect (${name})`, async () => {
      const { el, sr } = await map(value);
      if (phase) el.phase = phase;
      await el.updateComplete;
      const drawn = supportPhases(value, '2025-10-01').find((p) => p.code === phase);
      const model = householdMap(value, { onDate: drawn?.day ?? '2025-10-01' });
      const layout = layoutHouseholdMap(model);
      const anchors = [...sr.querySelectorAll<SVGAElement>('svg a')];
      const personNodes = anchors.slice(0, model.people.length);
      const supportNodes = anchors.slice(model.people.length);
      // Each support's texts inside its box.
      for (const a of supportNodes) {
        const frame = box(a.querySelector<SVGRectElement>('rect.shape')!);
        for (const t of a.querySelectorAll<SVGTextElement>('text')) {
          const b = box(t);
          expect(
            b.left >= frame.left && b.right <= frame.right && b.top >= frame.top && b.bottom <= frame.bottom,
            `${t.textContent} in its box`,
          ).toBe(true);
        }
      }
      // Obstacles: every label (people's and the 同居 frame's), every symbol, every support box.
      const labels = [
        ...personNodes.flatMap((a) => [...a.querySelectorAll<SVGTextElement>('text')]),
        ...sr.querySelectorAll<SVGTextElement>('g text'),
      ].map((t) => ({
        what: `label ${t.textContent}`,
        box: box(t),
      }));
      const symbols = personNodes.map((a, i) => ({ key: layout.people[i]!.key, box: box(a.querySelector<SVGGraphicsElement>('.shape')!) }));
      const boxes = supportNodes.map((a, i) => ({
        key: layout.supports[i]!.key,
        box: box(a.querySelector<SVGRectElement>('rect.shape')!),
      }));
      const paths = [...sr.querySelectorAll<SVGPathElement>('g[aria-hidden] path.line')].slice(0, layout.links.length);
      expect(paths).toHaveLength(layout.links.length);
      paths.forEach((path, i) => {
        const link = layout.links[i]!;
        const obstacles = [
          ...labels,
          ...symbols.filter((s) => s.key !== link.person).map((s) => ({ what: `person ${s.key}`, box: s.box })),
          ...boxes.filter((s) => s.key !== link.support).map((s) => ({ what: `support ${s.key}`, box: s.box })),
        ];
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const { x, y } = path.getPointAtLength(at);
          const hit = obstacles.find((o) => inside(x, y, o.box));
          expect(hit?.what, `the line from ${link.support} to ${link.person} at (${Math.round(x)}, ${Math.round(y)})`).toBeUndefined();
        }
      });
      // Agency to agency: out of each box, round a ring past every box; nothing else on its way.
      const agencyPaths = [...sr.querySelectorAll<SVGPathElement>('g[aria-hidden] path.agency-link')];
      expect(agencyPaths).toHaveLength(layout.supportLinks.length);
      agencyPaths.forEach((path, i) => {
        const link = layout.supportLinks[i]!;
        const obstacles = [
          ...labels,
          ...symbols.map((s) => ({ what: `person ${s.key}`, box: s.box })),
          ...boxes.filter((s) => s.key !== link.source && s.key !== link.target).map((s) => ({ what: `support ${s.key}`, box: s.box })),
        ];
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const { x, y } = path.getPointAtLength(at);
          const hit = obstacles.find((o) => inside(x, y, o.box));
          expect(hit?.what, `the line from ${link.source} to ${link.target} at (${Math.round(x)}, ${Math.round(y)})`).toBeUndefined();
        }
      });
      if (phase === 'stable') expect(agencyPaths).toHaveLength(2);
    });

  it('keeps labels at 10 px or more in a column narrower than the map, which then scrolls sideways rather than shrink', async () => {
    const { el, sr } = await map(largeMapCase);
    el.style.width = '640px';
    await el.updateComplete;
    const svgEl = sr.querySelector('svg')!;
    const figure = sr.querySelector('.figure') as HTMLElement;
    const scale = svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
    expect(12 * scale).toBeGreaterThanOrEqual(10);
    // Without the minimum width the picture would fit the 640 px column with ~4 px labels, and nothing would scroll.
    expect(figure.scrollWidth).toBeGreaterThan(figure.clientWidth);
  });

  it('draws a long agency name on two lines inside its box', async () => {
    const long: Case = {
      ...familyMapCase,
      household: {
        ...familyMapCase.household,
        person: {
          ...familyMapCase.household.person,
          agencies: [{ name: 'ひばり町 要保護児童対策地域協議会', field: 'children', type: 'formal' }],
        },
      },
    };
    const { sr } = await map(long);
    const node = [...sr.querySelectorAll<SVGAElement>('svg a')].find((a) => a.getAttribute('aria-label')!.startsWith('ひばり町'))!;
    const texts = [...node.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(0, 2)).toEqual(['ひばり町', '要保護児童対策地域協議会']);
  });
});

describe('<tsunagu-household-map>: the network over time (#34)', () => {
  const alt = (sr: ShadowRoot) => sr.querySelector('.text')!.textContent!.replace(/\s+/g, ' ');
  const supports = (sr: ShadowRoot) => [...sr.querySelectorAll('svg a')].map((a) => a.getAttribute('aria-label')!);

  it('steps through the phases by keyboard: agencies appear and leave, and the text alternative follows', async () => {
    const { el, sr } = await map(phasedMapCase);
    const radios = [...sr.querySelectorAll<HTMLInputElement>('.phases input[type="radio"]')];
    expect(radios.map((r) => r.parentElement!.textContent!.replace(/\s+/g, ''))).toEqual([
      '初動期（2025年3月25日から）',
      '調整期（2025年4月15日から）',
      '安定期（2025年9月1日から）',
    ]);
    // Today (1 October) is in 安定期, and it is the phase checked: the housing company has left, the 民生委員 watches over.
    expect(radios.map((r) => r.checked)).toEqual([false, false, true]);
    expect(alt(sr)).toContain('民生委員');
    expect(alt(sr)).not.toContain('住宅会社');
    radios[0]!.focus();
    await userEvent.keyboard(' ');
    await rendered();
    expect(el.phase).toBe('initial');
    expect(sr.querySelector('.phases p')!.textContent).toBe('2025年4月14日の時点');
    expect(alt(sr)).toContain('住宅会社');
    expect(alt(sr)).not.toContain('架空精神科病院');
    expect(supports(sr).some((s) => s.startsWith('民生委員'))).toBe(false);
    await userEvent.keyboard('{ArrowRight}');
    await rendered();
    expect(el.phase).toBe('coordinating');
    expect(alt(sr)).toContain('架空精神科病院');
    expect(alt(sr)).toContain('子育て支援課 → 障害福祉課：連携');
    expect(alt(sr)).not.toContain('要保護児童対策地域協議会：異変時連絡');
    await userEvent.keyboard('{ArrowRight}');
    await rendered();
    expect(el.phase).toBe('stable');
    expect(alt(sr)).toContain('子育て支援課 → 要保護児童対策地域協議会：異変時連絡');
    expect(alt(sr)).not.toContain('住宅会社');
    await expectNoAxeViolations(el);
  });

  it('says in words what flows along each line, the coordinator and each person’s conditions', async () => {
    const { sr } = await map(phasedMapCase);
    const text = alt(sr);
    expect(text).toContain('状態：うつ病・パニック障害');
    expect(text).toContain('状態：発達の遅れ');
    expect(text).toContain('民生委員（インフォーマル、強いつながり、見守り）');
    expect(text).toContain('多機関協働事業（コーディネーター、フォーマル、支援調整・資源開発）');
    expect(text).toContain('障害者基幹相談支援センター（障害、フォーマル、経過報告）');
  });

  it('draws the day given by `date`, and in English', async () => {
    const { el, sr } = await map(phasedMapCase, 'en');
    el.date = '2025-05-01';
    await el.updateComplete;
    expect(alt(sr)).toContain('架空精神科病院');
    expect(alt(sr)).toContain('子育て支援課 → 障害福祉課: Liaison');
    expect(alt(sr)).toContain('conditions: うつ病・パニック障害');
    expect(sr.querySelectorAll('.phases input')).toHaveLength(3);
    await expectNoAxeViolations(el);
  });

  it('draws every phase side by side, each with its own picture and words, and names a municipality’s own phase', async () => {
    const { el, sr } = await map(phasedMapCase);
    el.allPhases = true;
    await el.updateComplete;
    const phases = [...sr.querySelectorAll<HTMLElement>('section.phase')];
    expect(phases.map((p) => p.querySelector('h3')!.textContent)).toEqual([
      '初動期（2025年3月25日から）',
      '調整期（2025年4月15日から）',
      '安定期（2025年9月1日から）',
    ]);
    const text = (p: HTMLElement) => p.querySelector('.text')!.textContent!;
    expect(text(phases[0]!)).toContain('住宅会社');
    expect(text(phases[0]!)).not.toContain('架空精神科病院');
    expect(text(phases[1]!)).toContain('架空精神科病院');
    expect(text(phases[2]!)).not.toContain('住宅会社');
    expect(text(phases[2]!)).toContain('民生委員');
    // Ids stay apart: a node of the second picture moves to the second text.
    const ids = [...sr.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const node = phases[1]!.querySelector<SVGAElement>('svg a')!;
    node.focus();
    await userEvent.keyboard('{Enter}');
    expect(phases[1]!.contains(deepActiveElement())).toBe(true);
    expect(sr.querySelector('.phases')).toBeNull();
    await expectNoAxeViolations(el);
    // A municipality's own phase, named by its policy.
    el.policy = {
      id: 'x',
      name: { ja: '架空町', en: 'X' },
      vocabularies: { supportPhases: [{ code: 'x-follow', ja: '見守り期', en: 'Follow-up' }] },
    };
    el.value = {
      ...phasedMapCase,
      network: { ...phasedMapCase.network, phases: [...phasedMapCase.network!.phases!, { code: 'x-follow', from: '2026-01-05' }] },
    };
    await el.updateComplete;
    expect([...sr.querySelectorAll('section.phase > h3')].at(-1)!.textContent).toBe('見守り期（2026年1月5日から）');
  });
});
