import {
  ACTIVE_LAYOUTS,
  APPEAL_GROUPS,
  APPEAL_RESULTS,
  APPLICANT_COLUMNS,
  activeKey,
  appealKey,
  applicationKey,
  outcomeLeafRows,
  printedApplicationRows,
  type FormatVersion,
} from '@ogi/report-schema';
import { splitInteger, type Rng } from './prng';
import type { AgencyLevel, Office } from './regions';

/** The format of each table of one report (表四 is the same in both formats). */
export interface ReportVersions {
  active: FormatVersion;
  applications: FormatVersion;
}

/** Every printed cell of one report as a number (before any cell is printed blank or as a dash). */
export type Figures = Record<string, number>;

/** What carries over from one year's report of an office to the next. */
export interface OfficeState {
  carriedForward: Record<string, number> | null;
  inForce: { regulations: number; normative_documents: number } | null;
  totalPublished: { regulations: number; normative_documents: number };
  /** 2019-format item counts per 表二 row (上一年项目数量 of next year). */
  items: Record<string, number>;
}

export function initialState(): OfficeState {
  return {
    carriedForward: null,
    inForce: null,
    totalPublished: { regulations: -1, normative_documents: -1 },
    items: {},
  };
}

interface Profile {
  /** Share of years with no application at all, and the median count otherwise. */
  appsZero: number;
  appsMedian: number;
  licensing: [zeroShare: number, median: number];
  punishment: [number, number];
  coercion: [number, number];
  /** 万元 */
  fees: [number, number];
  normative: [number, number];
  regulations: boolean;
  /** Chance of any 复议/诉讼 in a year, and the median count. */
  appeals: [number, number];
  procurement: [number, number];
}

const PROFILES: Record<AgencyLevel, Profile> = {
  street: {
    appsZero: 0.62,
    appsMedian: 2,
    licensing: [0.8, 6],
    punishment: [0.6, 12],
    coercion: [0.9, 2],
    fees: [0.9, 1.2],
    normative: [0.85, 1],
    regulations: false,
    appeals: [0.03, 1],
    procurement: [0.7, 2],
  },
  township: {
    appsZero: 0.55,
    appsMedian: 2,
    licensing: [0.7, 10],
    punishment: [0.45, 25],
    coercion: [0.85, 3],
    fees: [0.85, 2],
    normative: [0.8, 1],
    regulations: false,
    appeals: [0.04, 1],
    procurement: [0.6, 3],
  },
  county_dept: {
    appsZero: 0.15,
    appsMedian: 18,
    licensing: [0.3, 700],
    punishment: [0.3, 180],
    coercion: [0.55, 15],
    fees: [0.5, 25],
    normative: [0.4, 3],
    regulations: false,
    appeals: [0.3, 2],
    procurement: [0.3, 12],
  },
  county_gov: {
    appsZero: 0.02,
    appsMedian: 140,
    licensing: [0.05, 2500],
    punishment: [0.05, 1500],
    coercion: [0.2, 80],
    fees: [0.2, 120],
    normative: [0.1, 12],
    regulations: false,
    appeals: [0.8, 6],
    procurement: [0.1, 60],
  },
  city_dept: {
    appsZero: 0.05,
    appsMedian: 60,
    licensing: [0.2, 3000],
    punishment: [0.2, 2200],
    coercion: [0.4, 60],
    fees: [0.4, 300],
    normative: [0.2, 6],
    regulations: false,
    appeals: [0.6, 5],
    procurement: [0.2, 30],
  },
  city_gov: {
    appsZero: 0,
    appsMedian: 800,
    licensing: [0, 25000],
    punishment: [0, 150000],
    coercion: [0.05, 900],
    fees: [0.05, 2500],
    normative: [0, 25],
    regulations: true,
    appeals: [0.98, 25],
    procurement: [0.05, 200],
  },
  province_gov: {
    appsZero: 0,
    appsMedian: 3000,
    licensing: [0, 180000],
    punishment: [0, 1800000],
    coercion: [0, 6000],
    fees: [0, 30000],
    normative: [0, 40],
    regulations: true,
    appeals: [1, 80],
    procurement: [0, 600],
  },
};

/** How applicants split (自然人 dominate). */
const COLUMN_WEIGHTS: Record<string, number> = {
  natural_person: 86,
  commercial_enterprise: 7,
  research_institution: 0.4,
  public_welfare_org: 0.8,
  legal_service_org: 3,
  other_org: 2.8,
};

/** How handled applications split over outcome rows (by row id; unknown rows weigh 1). */
const OUTCOME_WEIGHTS: Record<string, number> = {
  granted: 42,
  partially_granted: 9,
  'withheld.state_secret': 0.6,
  'withheld.prohibited_by_law': 0.8,
  'withheld.three_securities_one_stability': 0.5,
  'withheld.third_party_rights': 1.5,
  'withheld.internal_affairs': 1.5,
  'withheld.process_info': 2,
  'withheld.law_enforcement_file': 1,
  'withheld.administrative_query': 1.5,
  'unable.not_held': 24,
  'unable.needs_creation': 3,
  'unable.unclear_after_correction': 2,
  'not_processed.petition_complaint': 4,
  'not_processed.repeated': 2,
  'not_processed.publication': 0.6,
  'not_processed.mass_repeated': 0.6,
  'not_processed.confirm_or_reissue': 0.8,
  'other_handling.no_correction': 2,
  'other_handling.fee_unpaid': 0.3,
  'other_handling.other': 2.5,
  'other_handling.total': 5,
};

function count(rng: Rng, [zeroShare, median]: [number, number], scale: number): number {
  if (rng.chance(zeroShare)) return 0;
  return Math.max(1, Math.round(rng.logNormal(median * scale, 0.7)));
}

const APPLICANTS = APPLICANT_COLUMNS.filter((column) => column.id !== 'total');

function applications(
  rng: Rng,
  office: Office,
  version: FormatVersion,
  state: OfficeState,
  figures: Figures,
): void {
  const profile = PROFILES[office.level];
  const received = rng.chance(profile.appsZero)
    ? 0
    : Math.max(1, Math.round(rng.logNormal(profile.appsMedian * office.scale, 0.8)));
  const newByColumn = splitInteger(
    rng,
    received,
    APPLICANTS.map((column) => COLUMN_WEIGHTS[column.id] ?? 1),
  );
  const leaves = outcomeLeafRows(version);
  const leafWeights = leaves.map((row) => OUTCOME_WEIGHTS[row.id] ?? 1);
  const forward: Record<string, number> = {};
  APPLICANTS.forEach((column, index) => {
    const fresh = newByColumn[index];
    const over =
      state.carriedForward?.[column.id] ??
      (fresh > 3 && rng.chance(0.3) ? Math.round(fresh * rng.next() * 0.08) : 0);
    const available = fresh + over;
    const pending =
      available > 0 && rng.chance(available > 20 ? 0.7 : 0.15)
        ? Math.min(available, Math.round(available * rng.next() * 0.1) + (available > 20 ? 1 : 0))
        : 0;
    const handled = available - pending;
    figures[applicationKey('new_received', column.id)] = fresh;
    figures[applicationKey('carried_over', column.id)] = over;
    const parts = splitInteger(rng, handled, leafWeights);
    leaves.forEach((row, leafIndex) => {
      figures[applicationKey(row.id, column.id)] = parts[leafIndex];
    });
    figures[applicationKey('outcome_total', column.id)] = handled;
    figures[applicationKey('carried_forward', column.id)] = pending;
    forward[column.id] = pending;
  });
  for (const row of printedApplicationRows(version)) {
    figures[applicationKey(row.id, 'total')] = APPLICANTS.reduce(
      (sum, column) => sum + figures[applicationKey(row.id, column.id)],
      0,
    );
  }
  state.carriedForward = forward;
}

function appeals(rng: Rng, office: Office, figures: Figures): void {
  const [chance, median] = PROFILES[office.level].appeals;
  const any = rng.chance(chance);
  for (const group of APPEAL_GROUPS) {
    const share = group.id === 'review' ? 1 : group.id === 'litigation_direct' ? 0.6 : 0.35;
    const cases =
      any && rng.chance(share) ? Math.max(1, Math.round(rng.logNormal(median * share, 0.6))) : 0;
    const [upheld, corrected, otherResult, pending] = splitInteger(rng, cases, [6, 1.2, 1.5, 1.3]);
    const byResult: Record<string, number> = {
      upheld,
      corrected,
      other_result: otherResult,
      pending,
      total: cases,
    };
    for (const result of APPEAL_RESULTS)
      figures[appealKey(group.id, result.id)] = byResult[result.id];
  }
}

function fee(rng: Rng, [zeroShare, median]: [number, number], scale: number): number {
  if (rng.chance(zeroShare)) return 0;
  const value = rng.logNormal(median * scale, 0.9);
  const decimals = value < 10 ? 2 : value < 1000 ? rng.pick([1, 2]) : rng.pick([0, 1, 2]);
  const factor = 10 ** decimals;
  return Math.max(1, Math.round(value * factor)) / factor;
}

function active2021(rng: Rng, office: Office, state: OfficeState, figures: Figures): void {
  const profile = PROFILES[office.level];
  const inForce = state.inForce ?? {
    regulations: profile.regulations ? rng.int(20, office.level === 'province_gov' ? 600 : 200) : 0,
    normative_documents: count(
      rng,
      [profile.normative[0] / 2, profile.normative[1] * 8],
      office.scale,
    ),
  };
  const next = { ...inForce };
  for (const row of ['regulations', 'normative_documents'] as const) {
    const issued =
      row === 'regulations'
        ? profile.regulations
          ? rng.int(0, office.level === 'province_gov' ? 12 : 5)
          : 0
        : count(rng, profile.normative, office.scale);
    const repealed =
      inForce[row] > 0 && rng.chance(0.3)
        ? rng.int(0, Math.min(inForce[row], Math.max(1, Math.round(inForce[row] * 0.1))))
        : 0;
    next[row] = inForce[row] + issued - repealed;
    figures[activeKey(row, 'issued')] = issued;
    figures[activeKey(row, 'repealed')] = repealed;
    figures[activeKey(row, 'in_force')] = next[row];
  }
  state.inForce = next;
  figures[activeKey('licensing', 'decisions')] = count(rng, profile.licensing, office.scale);
  figures[activeKey('punishment', 'decisions')] = count(rng, profile.punishment, office.scale);
  figures[activeKey('coercion', 'decisions')] = count(rng, profile.coercion, office.scale);
  figures[activeKey('admin_fees', 'amount_wan_yuan')] = fee(rng, profile.fees, office.scale);
}

function active2019(rng: Rng, office: Office, state: OfficeState, figures: Figures): void {
  const profile = PROFILES[office.level];
  for (const row of ['regulations', 'normative_documents'] as const) {
    const made =
      row === 'regulations'
        ? profile.regulations
          ? rng.int(0, 8)
          : 0
        : count(rng, profile.normative, office.scale);
    const published = made > 0 && rng.chance(0.15) ? rng.int(0, made) : made;
    const before =
      state.totalPublished[row] >= 0
        ? state.totalPublished[row]
        : row === 'regulations' && !profile.regulations
          ? 0
          : count(rng, [row === 'regulations' ? 0 : 0.3, profile.normative[1] * 6], office.scale);
    const total = before + published;
    state.totalPublished[row] = total;
    figures[activeKey(row, 'newly_made')] = made;
    figures[activeKey(row, 'newly_published')] = published;
    figures[activeKey(row, 'total_published')] = total;
  }
  const decisions: Record<string, number> = {
    licensing: count(rng, profile.licensing, office.scale),
    other_admin_services: count(
      rng,
      [profile.licensing[0], profile.licensing[1] / 3],
      office.scale,
    ),
    punishment: count(rng, profile.punishment, office.scale),
    coercion: count(rng, profile.coercion, office.scale),
  };
  for (const block of ACTIVE_LAYOUTS['2019']) {
    for (const row of block.rows) {
      if (!block.columns.some((column) => column.id === 'prev_year_items')) continue;
      const previous =
        state.items[row.id] ??
        (decisions[row.id] === 0 && rng.chance(0.6)
          ? 0
          : rng.int(0, Math.round(10 + 40 * office.scale)));
      const change =
        previous === 0 && rng.chance(0.7)
          ? 0
          : rng.chance(0.5)
            ? 0
            : rng.int(-Math.min(previous, 5), 8);
      state.items[row.id] = previous + change;
      figures[activeKey(row.id, 'prev_year_items')] = previous;
      figures[activeKey(row.id, 'items_change')] = change;
      if (block.columns.some((column) => column.id === 'decisions'))
        figures[activeKey(row.id, 'decisions')] = decisions[row.id] ?? 0;
    }
  }
  const projects = count(rng, profile.procurement, office.scale);
  figures[activeKey('gov_procurement', 'projects')] = projects;
  figures[activeKey('gov_procurement', 'amount_yuan')] =
    projects === 0 ? 0 : Math.round(rng.logNormal(projects * 60000, 0.8) / 100) * 100;
}

/**
 * One year of one office: every printed cell of the report's formats, consistent with the
 * arithmetic rules (T3-1, T3-2, T3-3, T4-1…T4-3, T2-5), and carried over from `state`
 * (carried_over = last year's carried_forward per column; 表二 stocks continue).
 */
export function yearFigures(
  rng: Rng,
  office: Office,
  versions: ReportVersions,
  state: OfficeState,
): Figures {
  const figures: Figures = {};
  if (versions.active === '2021') active2021(rng, office, state, figures);
  else {
    active2019(rng, office, state, figures);
    // The 2021 stock is unknown while an office reports in the 2019 format.
    state.inForce = null;
  }
  applications(rng, office, versions.applications, state, figures);
  appeals(rng, office, figures);
  return figures;
}
