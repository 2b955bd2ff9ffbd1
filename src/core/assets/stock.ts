/**
 * Consumables' stock (pure): the stock of an item is the sum of its movements, never a stored
 * number; the reorder list groups what is at or under its reorder point by vendor; a stock-take
 * turns counts into the movements that make the sum equal the count.
 */
export interface Movement {
  readonly itemCode: string;
  readonly quantity: number;
  readonly kind: string;
  readonly at: string;
}

export function stockByItem(movements: readonly Movement[]): Map<string, number> {
  const stock = new Map<string, number>();
  for (const m of movements) stock.set(m.itemCode, (stock.get(m.itemCode) ?? 0) + m.quantity);
  return stock;
}

export interface ReorderItem {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly reorderPoint: number;
  readonly reorderQuantity?: number;
  readonly vendor?: string;
  readonly unitCost?: number;
}

/**
 * Items at or under their reorder point (発注点), grouped by vendor. The quantity to order is the
 * item's 発注数量, or else what brings the stock back to twice the reorder point.
 */
export function reorderList(items: readonly ReorderItem[], stock: ReadonlyMap<string, number>) {
  const byVendor = new Map<string, { code: string; name: string; unit: string; stock: number; reorderPoint: number; quantity: number; amount: number | null }[]>();
  for (const item of items) {
    const s = stock.get(item.code) ?? 0;
    if (s > item.reorderPoint) continue;
    const quantity = item.reorderQuantity ?? Math.max(1, item.reorderPoint * 2 - s);
    const vendor = item.vendor?.trim() || '';
    const list = byVendor.get(vendor) ?? [];
    list.push({ code: item.code, name: item.name, unit: item.unit, stock: s, reorderPoint: item.reorderPoint, quantity, amount: item.unitCost === undefined ? null : item.unitCost * quantity });
    byVendor.set(vendor, list);
  }
  return [...byVendor.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([vendor, lines]) => ({ vendor, lines }));
}

/** The differences a stock-take books: counted − stock per item, zero differences left out. */
export function stockTakeDifferences(counts: readonly { itemCode: string; counted: number }[], stock: ReadonlyMap<string, number>) {
  return counts.map((c) => ({ itemCode: c.itemCode, counted: c.counted, stock: stock.get(c.itemCode) ?? 0, difference: c.counted - (stock.get(c.itemCode) ?? 0) }))
    .filter((d) => d.difference !== 0);
}
