import { csvField } from '../export/csv-field';
import type { Directory, Weekday } from './model';
import { publicDirectory } from './public';

/** Who publishes: the 全国地方公共団体コード (6 digits, with its check digit) and the municipality's name. @public */
export interface OpenDataPublisher {
  readonly code: string;
  readonly name: string;
}

/**
 * The columns of the 自治体標準オープンデータセット 「公共施設一覧」, which fits a directory of places where services
 * are held: one row per published service and place.
 */
export const OPEN_DATA_COLUMNS = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  '名称',
  '名称_カナ',
  '名称_英字',
  '住所',
  '方書',
  '緯度',
  '経度',
  '電話番号',
  '内線番号',
  '法人番号',
  '団体名',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  '説明',
  'バリアフリー情報',
  'URL',
  '備考',
] as const;

const DAY_NAMES: Readonly<Record<Weekday, string>> = { MO: '月', TU: '火', WE: '水', TH: '木', FR: '金', SA: '土', SU: '日' };

/**
 * The published part of a directory as CSV in the shape of the 自治体標準オープンデータセット 「公共施設一覧」: one
 * header row, one row per service and place (a service held nowhere in particular has one row without an address),
 * UTF-8 with a byte order mark and CRLF line ends, as the Digital Agency's rules for machine-readable data ask. Private
 * entries and fields are never in it (it starts from {@link publicDirectory}), and no cell can run as a formula.
 *
 * @example
 * ```ts
 * const csv = directoryToOpenDataCsv(directory, { code: '162051', name: '富山県氷見市' });
 * ```
 * @public
 */
export function directoryToOpenDataCsv(directory: Directory, publisher: OpenDataPublisher): string {
  const open = publicDirectory(directory);
  const organizations = new Map(open.organizations.map((o) => [o.id, o]));
  const locations = new Map((open.locations ?? []).map((l) => [l.id, l]));
  const rows: string[][] = [[...OPEN_DATA_COLUMNS]];
  for (const s of open.services) {
    const o = organizations.get(s.organizationId);
    const first = s.hours?.[0];
    const places = (s.locationIds ?? []).flatMap((id) => locations.get(id) ?? []);
    for (const [n, l] of (places.length ? places : [undefined]).entries()) {
      const a = l?.address;
      rows.push([
        publisher.code,
        places.length > 1 ? `${s.id}-${n + 1}` : s.id,
        publisher.name,
        s.name,
        s.nameKana ?? '',
        '',
        a ? `${a.prefecture}${a.city}${a.street}` : '',
        a?.building ?? '',
        l?.latitude === undefined ? '' : String(l.latitude),
        l?.longitude === undefined ? '' : String(l.longitude),
        s.contact?.phone ?? o?.phone ?? '',
        '',
        '',
        o?.name ?? '',
        first ? first.days.map((d) => DAY_NAMES[d]).join(',') : '',
        first?.opens ?? '',
        first?.closes ?? '',
        (s.hours ?? [])
          .map((h) => `${h.days.map((d) => DAY_NAMES[d]).join('・')} ${h.opens}〜${h.closes}${h.note ? `（${h.note}）` : ''}`)
          .join('／'),
        s.description ?? '',
        '',
        s.contact?.url ?? o?.url ?? '',
        s.areas.map((ar) => ar.name).join('・'),
      ]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
