import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import {
  Database,
  Repositories,
  type DemoRemoval,
  type DemoState,
  type Region,
  type RegionLevel,
} from '@ogi/api-data-access';
import {
  BREAKABLE_RULES,
  generateReports,
  renderReport,
  walkRegionTree,
  type GeneratorOptions,
  type Office as GeneratedOffice,
  type RegionNode,
} from '@ogi/report-generator';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { IngestionService } from '../reports/ingestion.service';

/** The demo data set: one city of a fixed seed, 2019–2025, in the fast layouts. */
export const DEMO_SEED = 'ogi-demo-2025';
export const DEMO_YEARS: [number, number] = [2019, 2025];
export const DEMO_LAYOUTS = ['tab', 'lines', 'html', 'docx'] as const;
export const DEMO_REGION_OPTIONS = {
  districtsPerCity: [3, 5],
  townshipsPerDistrict: [8, 14],
  departmentsPerDistrict: [4, 8],
} satisfies GeneratorOptions['region'];

/**
 * Share of demo reports with one consistency rule broken on purpose (the numbers do not add up;
 * among them carry-overs that do not match last year's, T3-5), so that the problem counts, the
 * coverage grid's `!` and the review queue have something to show, as a real collection does.
 */
export const DEMO_BREAK_SHARE = 0.08;

/** One office in this many never published one of its years (a gap in the coverage grid). */
export const DEMO_GAP_EVERY = 12;

/** The year an office (by its place in demoCity().offices) has no report of, or null. */
export function demoGapYear(officeIndex: number): number | null {
  if (officeIndex % DEMO_GAP_EVERY !== DEMO_GAP_EVERY - 1) return null;
  const years = DEMO_YEARS[1] - DEMO_YEARS[0] + 1;
  // Never the first year: the gap then also breaks the next year's carry-over chain.
  return DEMO_YEARS[0] + 1 + (Math.floor(officeIndex / DEMO_GAP_EVERY) % (years - 1));
}

/** A load whose heartbeat is older than this was abandoned (its process died): another may take over. */
export const DEMO_STALE_MS = 120_000;

export interface DemoStatus {
  /** Demo reports are stored. */
  present: boolean;
  /** How many. */
  reports: number;
  /** An instance is loading the demo now. */
  loading: boolean;
}

export type { DemoRemoval };

export interface DemoLoadResult {
  loaded: boolean;
  /** Why nothing was loaded (`disabled`, `has_reports`, `already_loaded`, …). */
  reason?: string;
  reports?: number;
  offices?: number;
  regions?: number;
  statuses?: Record<string, number>;
  /** Reports not stored as `created` (the first 20), for the log. */
  problems?: string[];
  seconds?: number;
}

/** The first city of the demo tree, with the offices that sit in it (not the province's own). */
export function demoCity(seed: string | number = DEMO_SEED): {
  nodes: RegionNode[];
  offices: GeneratedOffice[];
} {
  const nodes: RegionNode[] = [];
  const offices: GeneratedOffice[] = [];
  let cityCode: string | null = null;
  for (const chunk of walkRegionTree(seed, DEMO_REGION_OPTIONS)) {
    const city = chunk.nodes.find((node) => node.level === 'city');
    if (city && cityCode !== null && city.code !== cityCode) break;
    if (city && cityCode === null) cityCode = city.code;
    nodes.push(...chunk.nodes);
    offices.push(...chunk.offices.filter((office) => office.level !== 'province_gov'));
  }
  return { nodes, offices };
}

function storedLevel(node: RegionNode): RegionLevel {
  if (node.level === 'township' && node.name.endsWith('街道')) return 'street';
  return node.level;
}

const isLive = (state: DemoState | null): boolean =>
  state?.status === 'loading' && Date.now() - state.heartbeatAt < DEMO_STALE_MS;

/**
 * Loads the demo data set into an empty database once, after the api listens; answers whether
 * it is there; removes it in one transaction. Which instance loads is decided by the database
 * (one `demo_state` row, primary key 1): nothing that matters is kept in memory.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly db: Database,
    private readonly ingestion: IngestionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts the load in the background (never awaited by the caller, never throws). */
  startInBackground(): void {
    if (!this.config.demoData) return;
    void this.loadIfEmpty().catch((err: unknown) =>
      this.logger.error(`Demo data could not be loaded: ${(err as Error).message}`),
    );
  }

  async status(): Promise<DemoStatus> {
    return this.db.read(async (manager) => {
      const demo = new Repositories(manager).demo;
      const reports = await demo.countReports(true);
      return { present: reports > 0, reports, loading: isLive(await demo.state()) };
    });
  }

  /**
   * Loads the demo when DEMO_DATA=on, the database holds no report and the demo was never
   * loaded (or removed) before. `maxReports` keeps tests fast.
   */
  async loadIfEmpty(options: { maxReports?: number } = {}): Promise<DemoLoadResult> {
    if (!this.config.demoData) return { loaded: false, reason: 'disabled' };
    const owner = randomUUID();
    const claim = await this.claim(owner);
    if (claim !== 'claimed') {
      if (claim !== 'has_reports') this.logger.log(`Demo data not loaded: ${claim}`);
      return { loaded: false, reason: claim };
    }
    try {
      const result = await this.load(owner, options.maxReports ?? Infinity);
      await this.finish(owner, 'loaded', result.reports ?? 0);
      return result;
    } catch (err) {
      await this.finish(owner, 'failed', 0).catch(() => undefined);
      throw err;
    }
  }

  /** Removes every demo row in one transaction. 409 while an instance is loading the demo. */
  async remove(): Promise<DemoRemoval> {
    const removal = await this.db.write(async (manager) => {
      const demo = new Repositories(manager).demo;
      if (isLive(await demo.state())) {
        throw new ConflictException('the demo data is still loading; try again when it is done');
      }
      const removed = await demo.deleteDemoRows();
      await demo.markRemoved(Date.now());
      return removed;
    });
    this.logger.log(
      `Demo data removed: ${removal.reports} reports, ${removal.sourceFiles} files, ${removal.offices} offices, ${removal.regions} regions`,
    );
    return removal;
  }

  /** Decides, in one transaction, whether this instance loads the demo. */
  private async claim(owner: string): Promise<string> {
    try {
      return await this.db.write(async (manager) => {
        const demo = new Repositories(manager).demo;
        if ((await demo.countReports(false)) > 0) return 'has_reports';
        const state = await demo.state();
        const now = Date.now();
        if (!state) {
          await demo.insertState({ status: 'loading', owner, reports: 0, heartbeatAt: now });
          return 'claimed';
        }
        if (state.status === 'loaded') return 'already_loaded';
        if (state.status === 'removed') return 'removed_before';
        if (isLive(state)) return 'loading_elsewhere';
        // A failed or abandoned load: take it over (only one taker matches the old owner).
        if (!(await demo.takeOver(owner, now, state))) return 'loading_elsewhere';
        await demo.deleteDemoRows();
        return 'claimed';
      });
    } catch (err) {
      const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code;
      if (
        code === '23505' ||
        code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
        code === 'SQLITE_BUSY' ||
        code === '40001'
      ) {
        return 'loading_elsewhere';
      }
      throw err;
    }
  }

  /** Keeps the claim alive; false when another instance took it over (stop loading). */
  private heartbeat(owner: string, reports: number): Promise<boolean> {
    return this.db.write((manager) =>
      new Repositories(manager).demo.heartbeat(owner, reports, Date.now()),
    );
  }

  private async finish(owner: string, status: 'loaded' | 'failed', reports: number) {
    await this.db.write((manager) =>
      new Repositories(manager).demo.finish(owner, status, reports, Date.now()),
    );
  }

  private async load(owner: string, maxReports: number): Promise<DemoLoadResult> {
    const started = Date.now();
    const city = demoCity();
    const years = DEMO_YEARS[1] - DEMO_YEARS[0] + 1;
    const gapYears = new Map(
      city.offices.flatMap((office, index) => {
        const year = demoGapYear(index);
        return year === null ? [] : [[office.id, year] as const];
      }),
    );
    const total = Math.min(maxReports, city.offices.length * years - gapYears.size);
    this.logger.log(
      `Loading demo data: ${city.nodes.length} regions, ${city.offices.length} offices, ${total} reports (seed ${DEMO_SEED})`,
    );

    // Regions and offices first (marked demo), so that the reports match their offices.
    const officeIds = new Map<string, number>();
    const regionIds = await this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const ids = new Map<string, Region>();
      for (const node of city.nodes) {
        const parent = node.parentCode ? (ids.get(node.parentCode) ?? null) : null;
        const existing = await repos.demo.regionIdByCode(node.code);
        const region =
          existing !== null
            ? await repos.regions.findById(existing)
            : await repos.regions.create({
                name: node.name,
                level: storedLevel(node),
                code: node.code,
                parentId: parent?.id ?? null,
                isDemo: true,
              });
        if (region) ids.set(node.code, region);
      }
      for (const office of city.offices) {
        const region = ids.get(office.path[office.path.length - 1].code) ?? null;
        const found = await repos.offices.findByName(office.name, region);
        if (found.length > 0) {
          officeIds.set(office.id, found[0].id);
          continue;
        }
        const created = await repos.offices.create({
          name: office.name,
          kind: office.kind,
          regionId: region?.id ?? null,
          aliases: office.aliases,
          isDemo: true,
        });
        officeIds.set(office.id, created.id);
      }
      return ids;
    });

    const statuses: Record<string, number> = {};
    const problems: string[] = [];
    let done = 0;
    const generated = generateReports({
      seed: DEMO_SEED,
      count: Infinity,
      layouts: DEMO_LAYOUTS,
      years: DEMO_YEARS,
      region: DEMO_REGION_OPTIONS,
      gb18030Share: 0,
      breakRules: BREAKABLE_RULES,
      breakShare: DEMO_BREAK_SHARE,
    });
    for (const { model, truth } of generated) {
      if (done >= total) break;
      if (!officeIds.has(model.office.id)) {
        if (model.office.level === 'province_gov') continue;
        break; // the next city
      }
      if (gapYears.get(model.office.id) === model.year) continue;
      const rendered = renderReport(model);
      const bytes =
        typeof rendered.content === 'string'
          ? Buffer.from(rendered.content, 'utf8')
          : Buffer.from(rendered.content);
      const region = regionIds.get(model.office.path[model.office.path.length - 1].code);
      const [result] = await this.ingestion.ingest(
        [{ name: `demo/${model.office.name}-${model.year}.${rendered.ext}`, bytes }],
        {
          regionId: region?.id,
          // Reports that do not state their office or year get them given, as a user would.
          ...(truth.office === null ? { officeId: officeIds.get(model.office.id) } : {}),
          ...(truth.year === null ? { year: model.year } : {}),
        },
        { demo: true },
      );
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      if (result.status !== 'created' && problems.length < 20) {
        problems.push(
          `${result.file}: ${result.status}${result.error ? ` (${result.error.code}: ${result.error.message})` : ''}`,
        );
      }
      done += 1;
      if (done % 50 === 0 || done === total) {
        this.logger.log(`Demo data: ${done}/${total} reports stored`);
        if (!(await this.heartbeat(owner, done))) {
          throw new Error('another instance took over the demo load');
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    this.logger.log(
      `Demo data loaded in ${seconds.toFixed(1)} s: ${done} reports (${Object.entries(statuses)
        .map(([status, n]) => `${n} ${status}`)
        .join(', ')})`,
    );
    for (const problem of problems) this.logger.warn(`Demo report not created: ${problem}`);
    return {
      loaded: true,
      reports: done,
      offices: city.offices.length,
      regions: regionIds.size,
      statuses,
      problems,
      seconds,
    };
  }
}
