import type { HouseholdMap, MapPerson, MapSupport } from '@tsunagu/core';

/** Where each person and support is drawn, and the lines between them. @public */
export interface MapLayout {
  readonly people: readonly (MapPerson & { readonly x: number; readonly y: number })[];
  readonly supports: readonly (MapSupport & { readonly x: number; readonly y: number; readonly width: number })[];
  /** The genogram's family lines (parents, siblings, spouse, children), as SVG path data. */
  readonly family: string;
  /** The 同居 frame around the people who live with the person. */
  readonly together: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | undefined;
  readonly viewBox: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Spacing of the genogram: between people of a generation, and between generations. */
export const COL = 96;
export const ROW = 120;
/** The half size of a person's symbol. */
export const R = 22;

/** Order within a generation: the person's siblings, the person, the partner, then the others. */
const RANK: Readonly<Record<string, number>> = { brother: 0, sister: 0, self: 1, spouse: 2, cohabitant: 3 };

/** The width of a support's box, from its name (a CJK character is about one em). */
const boxWidth = (s: MapSupport): number => Math.min(176, Math.max(88, [...s.name].length * 12 + 20));

/**
 * A small deterministic layout rather than a graph-layout library. Measured
 * (esbuild, minified, gzip -9; 2026-11-24): elkjs 0.12.1 440 KiB, @dagrejs/dagre
 * 16.6 KiB, d3-force 3.0.1 4.8 KiB. elk and dagre alone would break the
 * component's 30 KiB budget; d3-force fits and is deterministic, but a force
 * layout does not keep a genogram's generations in rows, which is how case
 * workers read one. A household has at most five generations and 51 people:
 * rows by generation, and a ring of supports, do it in about 1 KiB.
 * People who live with the person come first in each row, so one frame holds
 * them; the others follow after a gap. Supports sit on an ellipse around the
 * family, each near the people it supports (sorted by the angle of their mean
 * position, then spread evenly), so lines rarely cross. The same map gives the
 * same layout.
 * @public
 */
export function layoutHouseholdMap(map: HouseholdMap): MapLayout {
  const gens = [...new Set(map.people.map((p) => p.generation))].sort((a, b) => a - b);
  const rowOf = (p: MapPerson) => gens.indexOf(p.generation);
  const inRow = (g: number, together: boolean) =>
    map.people
      .filter((p) => p.generation === g && p.livesTogether === together)
      .sort((a, b) => (RANK[a.relationship] ?? 4) - (RANK[b.relationship] ?? 4));
  const cohabiting = Math.max(0, ...gens.map((g) => inRow(g, true).length));
  const placed = new Map<string, { x: number; y: number }>();
  for (const g of gens) {
    inRow(g, true).forEach((p, i) => placed.set(p.key, { x: i * COL, y: rowOf(p) * ROW }));
    inRow(g, false).forEach((p, i) => placed.set(p.key, { x: (cohabiting + i) * COL + (cohabiting ? COL / 2 : 0), y: rowOf(p) * ROW }));
  }
  const people = map.people.map((p) => ({ ...p, ...placed.get(p.key)! }));

  // Family lines: a couple joined, and each generation's children hung from a bar under their parents.
  const d: string[] = [];
  const of = (rels: readonly string[]) => people.filter((p) => rels.includes(p.relationship));
  const self = people.find((p) => p.self);
  const couple = (a: { x: number; y: number } | undefined, b: { x: number; y: number } | undefined) => {
    if (a && b) d.push(`M${Math.min(a.x, b.x) + R} ${a.y}H${Math.max(a.x, b.x) - R}`);
  };
  const hang = (parents: readonly { x: number; y: number }[], children: readonly { x: number; y: number }[]) => {
    if (parents.length === 0 || children.length === 0) return;
    const px = parents.reduce((s, p) => s + p.x, 0) / parents.length;
    const py = Math.max(...parents.map((p) => p.y)) + (parents.length > 1 ? 0 : R);
    const bar = Math.min(...children.map((c) => c.y)) - ROW / 2;
    const xs = [...children.map((c) => c.x), px];
    d.push(`M${px} ${py}V${bar}M${Math.min(...xs)} ${bar}H${Math.max(...xs)}`);
    for (const c of children) d.push(`M${c.x} ${bar}V${c.y - R}`);
  };
  const parents = of(['father', 'mother']);
  const partner = of(['spouse'])[0];
  couple(parents[0], parents[1]);
  couple(self, partner);
  hang(of(['grandparent']), parents.length ? parents : self ? [self] : []);
  hang(parents, [...(self ? [self] : []), ...of(['brother', 'sister'])]);
  const children = of(['son', 'daughter', 'child']);
  hang(self ? [self, ...(partner ? [partner] : [])] : [], children);
  hang(children.length ? [{ x: children.reduce((s, c) => s + c.x, 0) / children.length, y: children[0]!.y }] : [], of(['grandchild']));

  const home = people.filter((p) => p.livesTogether);
  const together = home.length
    ? (() => {
        const xs = home.map((p) => p.x);
        const ys = home.map((p) => p.y);
        return {
          x: Math.min(...xs) - COL / 2 + 4,
          y: Math.min(...ys) - R - 14,
          width: Math.max(...xs) - Math.min(...xs) + COL - 8,
          height: Math.max(...ys) - Math.min(...ys) + 2 * R + 48,
        };
      })()
    : undefined;

  // The ecomap: supports around the family.
  const xs = people.map((p) => p.x);
  const ys = people.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const n = map.supports.length;
  // The family, with its labels and half a support box around it, fits inside the ellipse: a rectangle
  // of half-sides w and h is inside the ellipse of radii w√2 and h√2 (its corners on it).
  const w = (Math.max(...xs) - Math.min(...xs)) / 2 + COL / 2 + 96;
  const h = (Math.max(...ys) - Math.min(...ys)) / 2 + R + 40 + 28;
  let a = w * Math.SQRT2;
  let b = h * Math.SQRT2;
  // Room for every box along the ellipse (Ramanujan's perimeter, roughly): ~130 px a support.
  const perimeter = () => Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));
  while (n * 130 > perimeter()) {
    a *= 1.1;
    b *= 1.1;
  }
  const wanted = map.supports.map((s) => {
    const linked = s.links.map((l) => placed.get(l.person)).filter((p): p is { x: number; y: number } => !!p);
    const mx = linked.reduce((t, p) => t + p.x, 0) / (linked.length || 1);
    const my = linked.reduce((t, p) => t + p.y, 0) / (linked.length || 1);
    return Math.atan2((my - cy) / b || -1e-9, (mx - cx) / a);
  });
  const order = map.supports.map((_, i) => i).sort((i, j) => wanted[i]! - wanted[j]! || i - j);
  const start = n ? wanted[order[0]!]! : 0;
  const slot = new Map(order.map((i, k) => [i, k]));
  const supports = map.supports.map((s, i) => {
    const angle = start + (2 * Math.PI * slot.get(i)!) / n;
    return { ...s, x: cx + a * Math.cos(angle), y: cy + b * Math.sin(angle), width: boxWidth(s) };
  });

  const allX = [
    ...xs.map((x) => x - COL / 2),
    ...xs.map((x) => x + COL / 2),
    ...supports.flatMap((s) => [s.x - s.width / 2, s.x + s.width / 2]),
  ];
  const allY = [...ys.map((y) => y - R - 20), ...ys.map((y) => y + R + 40), ...supports.flatMap((s) => [s.y - 28, s.y + 28])];
  const x0 = Math.min(...allX) - 8;
  const y0 = Math.min(...allY) - 8;
  return {
    people,
    supports,
    family: d.join(''),
    together,
    viewBox: {
      x: Math.floor(x0),
      y: Math.floor(y0),
      width: Math.ceil(Math.max(...allX) + 8 - x0),
      height: Math.ceil(Math.max(...allY) + 8 - y0),
    },
  };
}
