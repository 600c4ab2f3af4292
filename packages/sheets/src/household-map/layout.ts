import type { HouseholdMap, MapPerson, MapSupport } from '@tsunagu/core';

/** Where each person and support is drawn, and the lines between them. @public */
export interface MapLayout {
  readonly people: readonly (MapPerson & { readonly x: number; readonly y: number })[];
  readonly supports: readonly (MapSupport & {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    /** The name in one or two lines, each short enough for the box. */
    readonly lines: readonly string[];
  })[];
  /**
   * Each support's line to each person it supports, as points: out of the support's box to a road
   * around the family, along it, down the gap between two columns, and into the person's symbol from
   * the side, so that no line crosses a label or a node it does not connect.
   */
  readonly links: readonly {
    readonly support: string;
    readonly person: string;
    readonly tie: string | undefined;
    readonly points: readonly (readonly [number, number])[];
  }[];
  /**
   * Each line between two supports (子育て支援課 → 要保護児童対策地域協議会), as points: out of each box to a ring
   * outside every box, and along it the shorter way, each on a lane of its own, so that it crosses no node.
   */
  readonly supportLinks: readonly {
    readonly source: string;
    readonly target: string;
    readonly flow: string | undefined;
    readonly points: readonly (readonly [number, number])[];
  }[];
  /** The genogram's family lines (parents, siblings, spouse, children), as SVG path data. */
  readonly family: string;
  /** The 同居 frame around the people who live with the person. */
  readonly together: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | undefined;
  readonly viewBox: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Spacing of the genogram: between people of a generation, and between generations. */
export const COL = 120;
export const ROW = 120;
/** The half size of a person's symbol. */
export const R = 22;

/** Order within a generation: the person's siblings, the person, the partner, then the others. */
const RANK: Readonly<Record<string, number>> = { brother: 0, sister: 0, self: 1, spouse: 2, cohabitant: 3 };

/** The widest a person's label may be: the gap between columns stays free for lines. */
export const LABEL_WIDTH = COL - 36;

/** The width of a text at 12px: a CJK character is about one em, other characters about 0.6 em. */
export const textWidth = (text: string, size = 12): number =>
  [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? size : size * 0.6), 0);

/** A support's name in lines that fit a box at most 176 wide: one line, or two split near the middle (at a space when there is one). */
function nameLines(name: string): string[] {
  if (textWidth(name) <= 156) return [name];
  const chars = [...name];
  // At the space nearest the middle (「ひばり町 要保護児童対策地域協議会」: the town, then the body), else at the middle.
  const spaces = chars.flatMap((c, i) => (c === ' ' || c === '\u3000' ? [i] : []));
  const mid = chars.length / 2;
  const cut = spaces.length ? spaces.reduce((best, i) => (Math.abs(i - mid) < Math.abs(best - mid) ? i : best)) : Math.ceil(mid);
  return [chars.slice(0, cut).join('').trim(), chars.slice(cut).join('').trim()];
}

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
    // Those who live elsewhere follow after an empty column, on the same grid: the gaps between columns stay lines' roads.
    inRow(g, false).forEach((p, i) => placed.set(p.key, { x: (cohabiting + i + (cohabiting ? 1 : 0)) * COL, y: rowOf(p) * ROW }));
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
  // The family with its labels and the 同居 frame: lines go around it, never across it.
  const fam = {
    left: Math.min(...xs) - COL / 2,
    right: Math.max(...xs) + COL / 2,
    top: Math.min(...ys) - R - 20,
    bottom: Math.max(...ys) + R + 40,
  };
  const boxes = map.supports.map((s) => {
    const lines = nameLines(s.name);
    const width = Math.min(176, Math.max(88, ...lines.map((t) => textWidth(t) + 20)));
    return { lines, width, height: lines.length > 1 ? 54 : 40 };
  });
  const n = map.supports.length;
  // The family and the road around it fit inside the ellipse, with half the tallest box and the widest box to spare:
  // a rectangle of half-sides w and h is inside the ellipse of radii w√2 and h√2 (its corners on it).
  const w = (fam.right - fam.left) / 2 + ROAD + 96;
  const h = (fam.bottom - fam.top) / 2 + ROAD + 40;
  let a = w * Math.SQRT2;
  let b = h * Math.SQRT2;
  // Room for every box along the ellipse (Ramanujan's perimeter), each with a gap: boxes never touch.
  const needed = boxes.reduce((t, x) => t + x.width + 24, 0);
  const perimeter = () => Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));
  while (needed > perimeter() * 0.75) {
    a *= 1.08;
    b *= 1.08;
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
    return { ...s, x: cx + a * Math.cos(angle), y: cy + b * Math.sin(angle), ...boxes[i]! };
  });

  // What a line must not cross: every label, every symbol but its person's, every box but its support's.
  const labels: Box[] = people.map((p) => ({
    left: p.x - LABEL_WIDTH / 2,
    right: p.x + LABEL_WIDTH / 2,
    top: p.y + R + 2,
    bottom: p.y + R + 31,
  }));
  const symbols = people.map((p) => ({ key: p.key, box: { left: p.x - R, right: p.x + R, top: p.y - R, bottom: p.y + R } }));
  const supportBoxes = supports.map((s) => ({
    key: s.key,
    box: { left: s.x - s.width / 2, right: s.x + s.width / 2, top: s.y - s.height / 2, bottom: s.y + s.height / 2 },
  }));
  if (together) labels.push({ left: together.x + 12, right: together.x + 44, top: together.y, bottom: together.y + 16 });
  const clear = (a: Point, b: Point, support: string, person: string) =>
    !labels.some((r) => crosses(a, b, r)) &&
    !symbols.some((x) => x.key !== person && crosses(a, b, x.box)) &&
    !supportBoxes.some((x) => x.key !== support && crosses(a, b, x.box));
  const byKey = new Map(people.map((p) => [p.key, p]));
  const links = supports.flatMap((s, i) =>
    s.links.flatMap((l, j) => {
      const p = byKey.get(l.person);
      if (!p) return [];
      // A straight line where nothing is in its way (most supports sit beside their people); otherwise round the family.
      const straight: Point[] = [
        [s.x, s.y],
        [p.x, p.y],
      ];
      const points = clear(straight[0]!, straight[1]!, s.key, p.key) ? straight : route(s, p, fam, i + j);
      return [{ support: s.key, person: p.key, tie: l.tie, points }];
    }),
  );

  // Support to support: out to a ring past every box (a box's corner is inside the ellipse of radii a + 140 and
  // b + 70 around the family, as its centre is on the one of radii a and b), and round it the shorter way.
  const at = new Map(supports.map((s, i) => [s.key, start + (2 * Math.PI * slot.get(i)!) / n]));
  const supportLinks = (map.links ?? []).flatMap((k, lane) => {
    const [s0, s1] = [supports.find((s) => s.key === k.source), supports.find((s) => s.key === k.target)];
    if (!s0 || !s1) return [];
    const [ra, rb] = [a + 140 + lane * 12, b + 70 + lane * 12];
    const t0 = at.get(k.source)!;
    let t1 = at.get(k.target)!;
    while (t1 - t0 > Math.PI) t1 -= 2 * Math.PI;
    while (t0 - t1 > Math.PI) t1 += 2 * Math.PI;
    const steps = Math.max(2, Math.ceil(Math.abs(t1 - t0) / (Math.PI / 90)));
    const ring: Point[] = Array.from({ length: steps + 1 }, (_, i) => {
      const t = t0 + ((t1 - t0) * i) / steps;
      return [cx + ra * Math.cos(t), cy + rb * Math.sin(t)] as const;
    });
    return [{ source: k.source, target: k.target, flow: k.flow, points: [[s0.x, s0.y] as const, ...ring, [s1.x, s1.y] as const] }];
  });

  const allX = [
    ...xs.map((x) => x - COL / 2),
    ...xs.map((x) => x + COL / 2),
    ...supports.flatMap((s) => [s.x - s.width / 2, s.x + s.width / 2]),
    ...supportLinks.flatMap((k) => k.points.map(([x]) => x)),
  ];
  const allY = [
    ...ys.map((y) => y - R - 20),
    ...ys.map((y) => y + R + 40),
    ...supports.flatMap((s) => [s.y - s.height / 2 - 8, s.y + s.height / 2 + 8]),
    ...supportLinks.flatMap((k) => k.points.map(([, y]) => y)),
  ];
  const x0 = Math.min(...allX) - 8;
  const y0 = Math.min(...allY) - 8;
  return {
    people,
    supports,
    links,
    supportLinks,
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

/** How far outside the family the road around it runs, and how many lanes it has (lines share a lane only every fourth). */
const ROAD = 28;
const LANES = 4;

type Box = { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
type Point = readonly [number, number];

/**
 * A support's line to a person: from the support straight to the nearest point of the road around the
 * family, along the road to the gap beside the person's column (on the support's side), down that gap to
 * the person's height, and into the symbol from the side, above its centre (the couple line runs at the
 * centre). `k` picks the lane, so lines that share a stretch run side by side.
 */
function route(s: { x: number; y: number }, p: { x: number; y: number }, fam: Box, k: number): Point[] {
  const lane = k % LANES;
  const o = 10 + lane * 5;
  const road: Box = { left: fam.left - o, right: fam.right + o, top: fam.top - o, bottom: fam.bottom + o };
  const side = s.x >= p.x ? 1 : -1;
  const gx = p.x + side * (COL / 2 + (lane - (LANES - 1) / 2) * 5);
  const py = p.y - 8;
  const onRoad: Point = [Math.min(road.right, Math.max(road.left, s.x)), Math.min(road.bottom, Math.max(road.top, s.y))];
  // Into the gap from the road's top or bottom, whichever side the support is on.
  const entry: Point = [gx, s.y < (fam.top + fam.bottom) / 2 ? road.top : road.bottom];
  return [[s.x, s.y], onRoad, ...around(road, onRoad, entry), entry, [gx, py], [p.x + side * (R - 1), py]];
}

/** Whether the segment from a to b passes through the inside of a box (Liang–Barsky clipping). */
function crosses(a: Point, b: Point, r: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const edges: [number, number][] = [
    [-dx, a[0] - r.left],
    [dx, r.right - a[0]],
    [-dy, a[1] - r.top],
    [dy, r.bottom - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** The corners passed going the shorter way round a rectangle from one point on its edge to another. */
function around(r: Box, from: Point, to: Point): Point[] {
  const w = r.right - r.left;
  const h = r.bottom - r.top;
  const corners: Point[] = [
    [r.right, r.top],
    [r.right, r.bottom],
    [r.left, r.bottom],
    [r.left, r.top],
  ];
  const corner = [w, w + h, 2 * w + h, 2 * (w + h)];
  // Distance along the edge, clockwise from the top-left corner.
  const t = ([x, y]: Point): number =>
    y <= r.top ? x - r.left : x >= r.right ? w + (y - r.top) : y >= r.bottom ? w + h + (r.right - x) : 2 * w + h + (r.bottom - y);
  const total = 2 * (w + h);
  const a = t(from);
  const b = t(to);
  const forward = (b - a + total) % total;
  const out: Point[] = [];
  if (forward <= total / 2) {
    for (let i = 0; i < 8; i++) {
      const c = corner[i % 4]! + (i >= 4 ? total : 0);
      if (c > a && c < a + forward) out.push(corners[i % 4]!);
    }
  } else {
    for (let i = 7; i >= 0; i--) {
      const c = corner[i % 4]! - (i < 4 ? total : 0);
      if (c < a && c > a - (total - forward)) out.push(corners[i % 4]!);
    }
  }
  return out;
}
