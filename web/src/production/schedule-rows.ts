import type { ApiOrder } from '../api/api-types.js';

/** One car in the production sequence. */
export interface ScheduleRow {
  readonly plant: string;
  readonly buildDate: string;
  readonly sequence: number;
  readonly orderNo: string | null;
  readonly orderId: string | null;
  readonly model: string | null;
  readonly vin: string | null;
}

/** A plant's day: its cars in build order. */
export interface ScheduleDay {
  readonly plant: string;
  readonly date: string;
  readonly rows: readonly ScheduleRow[];
}

type Loose = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function rowOf(entry: Loose, day: Loose = {}): ScheduleRow | null {
  const slot = (entry.productionSlot ?? {}) as Loose;
  const plant = text(entry.plant) ?? text(slot.plant) ?? text(day.plant);
  const buildDate = text(entry.buildDate) ?? text(slot.buildDate) ?? text(entry.date) ?? text(day.date);
  if (plant === null || buildDate === null) return null;
  const vehicle = (entry.vehicle ?? {}) as Loose;
  return {
    plant,
    buildDate: buildDate.slice(0, 10),
    sequence: Number(entry.sequence ?? slot.sequence ?? 0),
    orderNo: text(entry.orderNo),
    orderId: text(entry.orderId) ?? text(entry.id),
    model: text(entry.model) ?? text(vehicle.model),
    vin: text(entry.vin),
  };
}

/**
 * The cars of `GET /production/schedule`: a list or a page of slots (each with plant, build date, sequence and the
 * order), or of days each holding its `orders` or `slots`. Entries that name no plant or day are left out.
 */
export function scheduleRowsFromAnswer(answer: unknown): ScheduleRow[] {
  const list: unknown[] = Array.isArray(answer)
    ? answer
    : answer !== null && typeof answer === 'object'
      ? (((answer as Loose).items ?? (answer as Loose).days ?? []) as unknown[])
      : [];
  return list.flatMap((entry): ScheduleRow[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const loose = entry as Loose;
    const nested = loose.orders ?? loose.slots;
    if (Array.isArray(nested)) {
      return nested.flatMap((inner) => {
        const row = inner !== null && typeof inner === 'object' ? rowOf(inner as Loose, loose) : null;
        return row ? [row] : [];
      });
    }
    const row = rowOf(loose);
    return row ? [row] : [];
  });
}

/** The cars of scheduled orders, from their production slots, within the plant and days asked for. */
export function scheduleRowsFromOrders(
  orders: readonly ApiOrder[],
  filter: { readonly plant: string; readonly from: string; readonly to: string },
): ScheduleRow[] {
  return orders.flatMap((order): ScheduleRow[] => {
    const slot = order.productionSlot;
    if (slot === null) return [];
    if (filter.plant !== '' && slot.plant !== filter.plant) return [];
    if (slot.buildDate < filter.from || slot.buildDate > filter.to) return [];
    return [
      {
        plant: slot.plant,
        buildDate: slot.buildDate,
        sequence: slot.sequence,
        orderNo: order.orderNo,
        orderId: order.id,
        model: order.vehicle.model,
        vin: order.vin,
      },
    ];
  });
}

/** The rows by plant and day, days in order and cars in sequence. */
export function scheduleDays(rows: readonly ScheduleRow[]): ScheduleDay[] {
  const days = new Map<string, ScheduleRow[]>();
  for (const row of rows) {
    const key = `${row.buildDate}|${row.plant}`;
    days.set(key, [...(days.get(key) ?? []), row]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, dayRows]) => ({
      plant: dayRows[0]?.plant ?? '',
      date: dayRows[0]?.buildDate ?? '',
      rows: [...dayRows].sort((a, b) => a.sequence - b.sequence),
    }));
}
