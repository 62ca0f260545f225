import { rollupDifferences, type RollupDifference } from '@ogi/api-data-access';
import {
  createRng,
  generateReports,
  renderReport,
  type ReportModel,
  type Rng,
} from '@ogi/report-generator';
import type { Agent, TestApp } from '../test-app';

/**
 * Random sequences of the writes that move dashboard sums (uploads, new versions, corrections
 * with extreme values, make-current, merges and their undo, office and region moves, re-reads),
 * through the HTTP API as users make them; after each, `stats_rollup` must equal a
 * recomputation from `report_figures` exactly. Used by the property test (a few hundred
 * operations) and `npm run soak:rollup` (10,000).
 */
export interface RollupRunOptions {
  seed: string;
  operations: number;
  /** Compare the rollup after every n-th operation (1: after each). */
  checkEvery?: number;
  onProgress?: (done: number) => void;
}

export interface RollupRunResult {
  /** Answers per operation kind, by HTTP status. */
  statuses: Record<string, Record<number, number>>;
  checks: number;
}

export class RollupMismatch extends Error {
  constructor(
    readonly step: number,
    readonly operation: string,
    readonly differences: RollupDifference[],
  ) {
    super(
      `stats_rollup differs from a recomputation after operation ${step} (${operation}): ${differences.length} values, first ${JSON.stringify(differences.slice(0, 3))}`,
    );
  }
}

/** Values a careless or hostile correction sends: the bounds, past them, and the float edges. */
const CORRECTION_VALUES = [
  0,
  1,
  7,
  12,
  527,
  999_999_999,
  1_000_000_000,
  1_000_000_001,
  1e20,
  1e308,
  Number('9007199254740993'),
  -1,
  1.5,
  0.000001,
  0.1234567,
] as const;
const CORRECTED_KEYS = [
  'applications.new_received.total',
  'applications.new_received.natural_person',
  'applications.carried_over.total',
  'applications.granted.total',
  'applications.outcome_total.total',
  'appeals.review.corrected',
  'active.licensing.decisions',
  'active.admin_fees.amount_wan_yuan',
] as const;
/** What an upload may print in a cell: ordinary, at the bound, past it, past a double's integers. */
const PRINTED_EXTREMES = [
  '100000000000000000000',
  '9007199254740993',
  '1000000000',
  '1000000001',
  '1e308',
  '3.5',
] as const;
const KINDS = ['street', 'township', 'department'] as const;

interface World {
  regions: number[];
  /** Offices that exist now (merged ones leave, come back on undo). */
  offices: number[];
  reports: number[];
  merges: { id: number; sourceId: number }[];
  models: ReportModel[];
  uploads: number;
  officesMade: number;
}

/** Below this many offices, merges stop and new offices are made, so uploads keep landing. */
const FEW_OFFICES = 4;
const KINDS_FOR_NEW = ['street', 'township', 'department'] as const;

type Operation = (http: Agent, rng: Rng, world: World) => Promise<number>;

/** The model with one cell printed as `text` (the parser reads it; the truth is not kept). */
export function withPrintedCell(model: ReportModel, key: string, text: string): ReportModel {
  const cell = model.cells[key];
  if (!cell || cell.status === 'not_printed') return model;
  return { ...model, cells: { ...model.cells, [key]: { text, value: null, status: 'number' } } };
}

const withExtreme = (model: ReportModel, rng: Rng) =>
  withPrintedCell(model, rng.pick(CORRECTED_KEYS), rng.pick(PRINTED_EXTREMES));

const upload: Operation = async (http, rng, world) => {
  const base = rng.pick(world.models);
  const model = rng.chance(0.25) ? withExtreme(base, rng) : base;
  const rendered = renderReport(model);
  world.uploads += 1;
  // A line of its own keeps every upload's bytes distinct (else: duplicate, nothing stored).
  const bytes = Buffer.from(`${String(rendered.content)}\n上传 ${world.uploads}\n`, 'utf8');
  const res = await http
    .post('/api/reports')
    .field('officeId', String(rng.pick(world.offices)))
    .attach('files', bytes, `r${world.uploads}.txt`);
  const result = res.body?.results?.[0] as { reportId?: number } | undefined;
  if (res.status === 200 && typeof result?.reportId === 'number')
    world.reports.push(result.reportId);
  return res.status;
};

const correct: Operation = async (http, rng, world) => {
  if (world.reports.length === 0) return 0;
  const res = await http
    .post(`/api/reports/${rng.pick(world.reports)}/corrections`)
    .send({ key: rng.pick(CORRECTED_KEYS), value: rng.pick(CORRECTION_VALUES), reason: '核对' });
  return res.status;
};

const makeCurrent: Operation = async (http, rng, world) => {
  if (world.reports.length === 0) return 0;
  return (await http.post(`/api/reports/${rng.pick(world.reports)}/make-current`)).status;
};

const newOffice = async (http: Agent, rng: Rng, world: World): Promise<number> => {
  world.officesMade += 1;
  const res = await http.post('/api/offices').send({
    name: `滚动新建${world.officesMade}号办事处`,
    kind: rng.pick(KINDS_FOR_NEW),
    regionId: rng.pick(world.regions),
  });
  if (res.status === 201) world.offices.push((res.body as { id: number }).id);
  return res.status;
};

const merge: Operation = async (http, rng, world) => {
  if (world.offices.length <= FEW_OFFICES) return newOffice(http, rng, world);
  const sourceId = rng.pick(world.offices);
  const targetId = rng.pick(world.offices);
  const res = await http.post('/api/offices/merge').send({ sourceId, targetId });
  if (res.status === 200) {
    world.merges.push({ id: (res.body as { id: number }).id, sourceId });
    world.offices = world.offices.filter((id) => id !== sourceId);
  }
  return res.status;
};

const undoMerge: Operation = async (http, rng, world) => {
  if (world.merges.length === 0) return newOffice(http, rng, world);
  const [merged] = world.merges.splice(rng.int(0, world.merges.length - 1), 1);
  const res = await http.post(`/api/offices/merges/${merged.id}/undo`);
  if (res.status === 200) world.offices.push(merged.sourceId);
  return res.status;
};

const moveOffice: Operation = async (http, rng, world) => {
  const body = rng.chance(0.5)
    ? { regionId: rng.pick(world.regions) }
    : { regionId: rng.pick(world.regions), kind: rng.pick(KINDS) };
  return (await http.patch(`/api/offices/${rng.pick(world.offices)}`).send(body)).status;
};

const moveRegion: Operation = async (http, rng, world) => {
  const id = rng.pick(world.regions);
  const parentId = rng.pick(world.regions);
  return (await http.patch(`/api/regions/${id}`).send({ parentId })).status;
};

const reparse: Operation = async (http, rng) =>
  (await http.post('/api/reports/reparse').send({ limit: rng.int(1, 3) })).status;

const OPERATIONS: readonly (readonly [string, Operation, number])[] = [
  ['upload', upload, 5],
  ['correct', correct, 6],
  ['make-current', makeCurrent, 2],
  ['merge', merge, 1],
  ['undo-merge', undoMerge, 1],
  ['move-office', moveOffice, 2],
  ['move-region', moveRegion, 1],
  ['reparse', reparse, 0.5],
];

async function created(http: Agent, path: string, body: object): Promise<number> {
  const res = await http.post(path).send(body);
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: number }).id;
}

/** A province of two cities, three districts and four streets, with eight offices. */
async function buildWorld(http: Agent, seed: string): Promise<World> {
  const province = await created(http, '/api/regions', {
    name: `滚动省${seed}`,
    level: 'province',
  });
  const cities = [
    await created(http, '/api/regions', { name: '滚动东市', level: 'city', parentId: province }),
    await created(http, '/api/regions', { name: '滚动西市', level: 'city', parentId: province }),
  ];
  const districts = [
    await created(http, '/api/regions', {
      name: '滚动甲区',
      level: 'district',
      parentId: cities[0],
    }),
    await created(http, '/api/regions', {
      name: '滚动乙区',
      level: 'district',
      parentId: cities[0],
    }),
    await created(http, '/api/regions', {
      name: '滚动丙区',
      level: 'district',
      parentId: cities[1],
    }),
  ];
  const streets = await Promise.all(
    ['一', '二', '三', '四'].map((name, index) =>
      created(http, '/api/regions', {
        name: `滚动${name}街道`,
        level: 'street',
        parentId: districts[index % districts.length],
      }),
    ),
  );
  const regions = [province, ...cities, ...districts, ...streets];
  const offices: number[] = [];
  for (let index = 0; index < 8; index += 1) {
    offices.push(
      await created(http, '/api/offices', {
        name: `滚动测试${index}号办事处`,
        kind: KINDS[index % KINDS.length],
        regionId: regions[(index * 5) % regions.length],
      }),
    );
  }
  const models = [
    ...generateReports({
      seed: `rollup-${seed}`,
      count: 24,
      layouts: ['tab'],
      years: [2023, 2025],
    }),
  ].map((report) => report.model);
  return { regions, offices, reports: [], merges: [], models, uploads: 0, officesMade: 0 };
}

/** Runs the operations; throws RollupMismatch at the first difference, or on a 5xx answer. */
export async function runRollupOperations(
  t: TestApp,
  options: RollupRunOptions,
): Promise<RollupRunResult> {
  const rng = createRng(options.seed);
  const world = await buildWorld(t.http, options.seed);
  const statuses: RollupRunResult['statuses'] = {};
  const checkEvery = options.checkEvery ?? 1;
  let checks = 0;
  for (let step = 1; step <= options.operations; step += 1) {
    const [name, operation] = rng.weighted(OPERATIONS.map(([n, op, w]) => [[n, op], w] as const));
    const status = await operation(t.http, rng.fork(step), world);
    const byStatus = (statuses[name] ??= {});
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (status >= 500) throw new Error(`operation ${step} (${name}) answered ${status}`);
    if (step % checkEvery === 0 || step === options.operations) {
      const differences = await t.db.read((manager) => rollupDifferences(manager));
      checks += 1;
      if (differences.length > 0) throw new RollupMismatch(step, name, differences);
    }
    options.onProgress?.(step);
  }
  return { statuses, checks };
}
