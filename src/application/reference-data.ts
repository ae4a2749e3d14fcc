import type { Catalog } from '../domain/catalog/catalog-types.js';
import type { Dealer, Region } from '../domain/dealer/dealer-types.js';
import type { PriceListVersion } from '../domain/pricing/price-list.js';
import type { Plant } from '../domain/scheduling/plant-types.js';
import type { PriceRepository, ReferenceRepository } from './ports/repositories.js';
import type { Clock } from './ports/services.js';

interface Snapshot {
  readonly catalog: Catalog;
  readonly regions: readonly Region[];
  readonly dealers: readonly Dealer[];
  readonly plants: readonly Plant[];
  readonly prices: readonly PriceListVersion[];
  readonly loadedAtMs: number;
}

/**
 * The catalog, network, plants and price lists, read on every submission and changed a few times a day: kept in
 * memory, reloaded after a change made here and at most `maxAgeMs` after a change made by another process.
 */
export class ReferenceData {
  private snapshot: Promise<Snapshot> | null = null;

  constructor(
    private readonly source: ReferenceRepository,
    private readonly prices: PriceRepository,
    private readonly clock: Clock,
    private readonly maxAgeMs = 5_000,
  ) {}

  invalidate(): void {
    this.snapshot = null;
  }

  private async current(): Promise<Snapshot> {
    const nowMs = this.clock.now().getTime();
    if (this.snapshot !== null) {
      const cached = await this.snapshot;
      if (nowMs - cached.loadedAtMs <= this.maxAgeMs) return cached;
    }
    const loading = this.load(nowMs);
    this.snapshot = loading;
    loading.catch(() => {
      if (this.snapshot === loading) this.snapshot = null;
    });
    return loading;
  }

  private async load(nowMs: number): Promise<Snapshot> {
    const [catalog, regions, dealers, plants, prices] = await Promise.all([
      this.source.catalog(),
      this.source.regions(),
      this.source.dealers(),
      this.source.plants(),
      this.prices.versions(),
    ]);
    return { catalog, regions, dealers, plants, prices, loadedAtMs: nowMs };
  }

  async catalog(): Promise<Catalog> {
    return (await this.current()).catalog;
  }

  async regions(): Promise<readonly Region[]> {
    return (await this.current()).regions;
  }

  async region(code: string): Promise<Region | undefined> {
    return (await this.current()).regions.find((region) => region.code === code);
  }

  async dealers(): Promise<readonly Dealer[]> {
    return (await this.current()).dealers;
  }

  async dealer(code: string): Promise<Dealer | undefined> {
    return (await this.current()).dealers.find((dealer) => dealer.code === code);
  }

  async plants(): Promise<readonly Plant[]> {
    return (await this.current()).plants;
  }

  async priceVersions(): Promise<readonly PriceListVersion[]> {
    return (await this.current()).prices;
  }
}
