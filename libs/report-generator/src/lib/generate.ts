import { printedKeys, type FormatVersion, type RuleId } from '@ogi/report-schema';
import { breakRule, failedRules } from './break-rules';
import { initialState, yearFigures, type ReportVersions } from './figures';
import { chooseLabelStyle } from './labels';
import {
  LAYOUTS,
  type LayoutId,
  type PrintedCell,
  type RenderStyle,
  type ReportModel,
  type ReportTruth,
  type TextStyle,
  type TitleForm,
} from './model';
import { statedFacts } from './narrative';
import { presentCells, type CellQuirkRates } from './presentation';
import { createRng, type Rng } from './prng';
import { walkRegionTree, type Office, type RegionNode, type RegionTreeOptions } from './regions';
import { planTab8 } from './tab8-plan';

/** Rates (0–1) of every quirk; each report draws its own. */
export interface QuirkRates extends CellQuirkRates {
  labelVariants: number;
  missingNumbering: number;
  /** Reports whose numbered 表三 sub-row labels lose a character or two. */
  labelTypos: number;
  restartedNumbering: number;
  boilerplate: number;
  /** Text copies (tab, lines, pipe) from a mirror in traditional script. */
  traditionalScript: number;
  periodSentence: number;
  proseFigures: number;
  siteChrome: number;
  /** Title forms (weights). */
  titles: Record<TitleForm, number>;
  /** Offices that published under a shorter name in earlier years (东兴街道 → 东兴街道办事处). */
  nameChange: number;
  /** Header cells wrapped (`<br>` in HTML, `结果 维持` in text). */
  wrappedHeaders: number;
}

export const DEFAULT_QUIRK_RATES: QuirkRates = {
  blankZeros: 0.15,
  dashZeros: 0.1,
  onlyTotalColumn: 0.3,
  allSlashApplications: 0.4,
  regulationsSlash: 0.2,
  fullWidthDigits: 0.04,
  thousandsSeparators: 0.3,
  unitsInCells: 0.08,
  labelVariants: 0.3,
  missingNumbering: 0.08,
  labelTypos: 0.08,
  restartedNumbering: 0.25,
  boilerplate: 0.3,
  traditionalScript: 0.03,
  periodSentence: 0.5,
  proseFigures: 0.25,
  siteChrome: 0.25,
  titles: {
    plain: 0.36,
    spaced: 0.1,
    year_first: 0.1,
    year_first_du: 0.12,
    scrambled: 0.05,
    office_above: 0.07,
    year_office_above: 0.04,
    markdown: 0.04,
    breadcrumb: 0.04,
    none: 0.08,
  },
  nameChange: 0.25,
  wrappedHeaders: 0.4,
};

export interface GeneratorOptions {
  seed: string | number;
  /** Reports to yield (Infinity for an endless stream). */
  count: number;
  layouts?: readonly LayoutId[];
  /** Layout weights (default: equal). */
  layoutWeights?: Partial<Record<LayoutId, number>>;
  /** First and last report year (default 2019–2025). */
  years?: [number, number];
  /** Share of offices still on the 2019 format after 2020, and of those, the share mixing formats. */
  lagShare?: number;
  mixedShare?: number;
  /** Rules to break, and the share of reports in which one of them is broken. */
  breakRules?: readonly RuleId[];
  breakShare?: number;
  /** Share of HTML pages published in GB18030 (the CLI encodes them; the page declares the charset). */
  gb18030Share?: number;
  quirks?: Partial<QuirkRates>;
  region?: RegionTreeOptions;
  /** Check every report with checkConsistency, not only those with a deliberate break (slower). */
  verifyRules?: boolean;
}

/** One generated report: the model to render, its truth, and the divisions and offices first met. */
export interface GeneratedReport {
  model: ReportModel;
  truth: ReportTruth;
  newRegions: RegionNode[];
  newOffices: Office[];
}

function versionsFor(
  year: number,
  lag: { until: number; mixed: 'none' | 'active' | 'applications' },
): ReportVersions {
  if (year <= 2020) return { active: '2019', applications: '2019' };
  if (year > lag.until) return { active: '2021', applications: '2021' };
  if (lag.mixed === 'active') return { active: '2019', applications: '2021' };
  if (lag.mixed === 'applications') return { active: '2021', applications: '2019' };
  return { active: '2019', applications: '2019' };
}

function pickLayout(
  rng: Rng,
  layouts: readonly LayoutId[],
  weights: Partial<Record<LayoutId, number>>,
): LayoutId {
  return rng.weighted(layouts.map((layout) => [layout, weights[layout] ?? 1] as const));
}

/**
 * A page whose cells ran together prints plain counts: digit groups, units and full-width digits
 * inside run-together cells are not what those pages show.
 */
const GLUED_CELL_RATES = (rates: QuirkRates): QuirkRates => ({
  ...rates,
  fullWidthDigits: 0,
  thousandsSeparators: 0,
  unitsInCells: 0,
});
/** Layouts a mirror site's text copy comes in. */
const TRADITIONAL_LAYOUTS: readonly LayoutId[] = ['tab', 'lines', 'pipe'];
const GLUED_TITLES: readonly TitleForm[] = [
  'plain',
  'spaced',
  'year_first',
  'year_first_du',
  'breadcrumb',
  'none',
];

function layoutVariant(rng: Rng, layout: LayoutId): string {
  switch (layout) {
    case 'pipe':
      return rng.pick(['cell-pipe', 'cell-then-pipe', 'markdown']);
    case 'lines':
      return rng.chance(0.75) ? 'blank-lines' : 'tight';
    case 'pdf-text':
      return rng.pick(['dash', 'p', 'page']);
    case 'tab':
    case 'tab8':
    case 'glued':
    case 'html':
    case 'docx':
      return 'default';
  }
}

function truthOf(model: ReportModel): ReportTruth {
  const facts = statedFacts(model);
  const values: Record<string, number | null> = {};
  const keys = [
    ...printedKeys('active', model.versions.active),
    ...printedKeys('applications', model.versions.applications),
    ...printedKeys('appeals', '2021' as FormatVersion),
  ];
  for (const key of keys) values[key] = model.cells[key]?.value ?? null;
  const { active, applications } = model.versions;
  return {
    id: model.id,
    office: facts.office,
    year: facts.year,
    format_version: active === applications ? active : 'mixed',
    format_versions: { active, applications, appeals: '2021' },
    layout: model.layout,
    variant: model.variant,
    truncated: false,
    values,
    broken_rules: model.brokenRules,
    region: {
      path: model.office.path.map((node) => node.name),
      code: model.office.code,
      office_id: model.office.id,
      office_name: model.office.name,
      aliases: model.office.aliases,
      level: model.office.level,
    },
    quirks: model.quirks,
    generated: true,
    ...(model.layout === 'html' ? { charset: model.charset } : {}),
  };
}

/**
 * Streams reports office by office, year by year (2019–2025 by default), with exact ground truth.
 * Deterministic for a seed; holds only the current district and the previous year of one office.
 */
export function* generateReports(options: GeneratorOptions): Generator<GeneratedReport> {
  const rates: QuirkRates = { ...DEFAULT_QUIRK_RATES, ...options.quirks };
  const layouts = options.layouts?.length ? options.layouts : LAYOUTS;
  const [firstYear, lastYear] = options.years ?? [2019, 2025];
  const lagShare = options.lagShare ?? 0.08;
  const mixedShare = options.mixedShare ?? 0.3;
  const breakList = options.breakRules ?? [];
  const breakShare = breakList.length > 0 ? (options.breakShare ?? 0.05) : 0;
  const root = createRng(options.seed);
  let produced = 0;
  for (const chunk of walkRegionTree(options.seed, options.region)) {
    let newRegions = chunk.nodes;
    for (const office of chunk.offices) {
      const rng = root.fork(`office:${office.id}`);
      const lag = rng.chance(lagShare)
        ? {
            until: rng.int(2021, lastYear),
            mixed: rng.chance(mixedShare)
              ? rng.pick(['active', 'applications'] as const)
              : ('none' as const),
          }
        : { until: 0, mixed: 'none' as const };
      const renamedIn = rng.chance(rates.nameChange) ? rng.int(firstYear + 1, lastYear) : 0;
      const state = initialState();
      let previous: {
        cells: Readonly<Record<string, PrintedCell>>;
        versions: ReportVersions;
      } | null = null;
      let newOffices: Office[] = [office];
      for (let year = firstYear; year <= lastYear; year += 1) {
        if (produced >= options.count) return;
        const yrng = rng.fork(year);
        const versions = versionsFor(year, lag);
        const figures = yearFigures(yrng.fork('figures'), office, versions, state);
        let brokenTarget: RuleId | null = null;
        if (breakShare > 0 && yrng.chance(breakShare)) {
          const shuffled = [...breakList].sort(() => yrng.next() - 0.5);
          for (const rule of shuffled) {
            if (breakRule(yrng, rule, figures, versions, office.kind, previous !== null)) {
              brokenTarget = rule;
              break;
            }
          }
        }
        // Keep the office's stock consistent with what was printed (the next year chains from it).
        if (versions.active === '2021' && state.inForce) {
          state.inForce.normative_documents = figures['active.normative_documents.in_force'];
          state.inForce.regulations = figures['active.regulations.in_force'];
        }
        let layout = pickLayout(yrng, layouts, options.layoutWeights ?? {});
        const variant = layoutVariant(yrng, layout);
        const { cells, quirks } = presentCells(
          yrng.fork('cells'),
          figures,
          versions,
          office,
          layout,
          variant,
          layout === 'glued' ? GLUED_CELL_RATES(rates) : rates,
        );
        if (layout === 'tab8') {
          const dropped = planTab8(cells, versions.applications);
          if (dropped) {
            for (const key of dropped)
              cells[key] = { text: '', value: null, status: 'not_printed' };
          } else {
            layout = 'tab';
            quirks.push('tab8_not_realignable');
          }
        }
        if (versions.active !== versions.applications) quirks.push('mixed_versions');
        else if (year > 2020 && versions.active === '2019') quirks.push('lagging_2019_format');
        const labelStyle = chooseLabelStyle(yrng.fork('labels'), rates);
        if (labelStyle.variants) quirks.push('label_variants');
        if (labelStyle.noNumbering) quirks.push('missing_numbering');
        if (labelStyle.typos) quirks.push('label_typos');
        const drawn = yrng.weighted(Object.entries(rates.titles) as [TitleForm, number][]);
        // Word files and PDFs carry no page chrome: a title printed only there is a web page's.
        // A page run onto one line keeps its title on that line, in a one-line form.
        const title: TitleForm =
          (drawn === 'breadcrumb' && (layout === 'docx' || layout === 'pdf-text')) ||
          (layout === 'glued' && !GLUED_TITLES.includes(drawn))
            ? 'plain'
            : drawn;
        const printedOffice =
          renamedIn && year < renamedIn
            ? office.aliases[0]
            : yrng.chance(0.05) && office.aliases[1]
              ? office.aliases[1]
              : office.name;
        if (printedOffice !== office.name) quirks.push('office_alias');
        const text: TextStyle = {
          title,
          printedOffice,
          periodSentence: yrng.chance(rates.periodSentence),
          restartedNumbering: yrng.chance(rates.restartedNumbering),
          boilerplate: yrng.chance(rates.boilerplate),
          proseFigures: yrng.chance(rates.proseFigures),
          siteChrome: yrng.chance(rates.siteChrome),
          seed: yrng.int(0, 2 ** 31),
          traditional: TRADITIONAL_LAYOUTS.includes(layout) && yrng.chance(rates.traditionalScript),
        };
        if (text.traditional) quirks.push('traditional_script');
        quirks.push(`title_${title}`);
        for (const flag of [
          'restartedNumbering',
          'boilerplate',
          'proseFigures',
          'siteChrome',
          'periodSentence',
        ] as const)
          if (text[flag]) quirks.push(flag);
        const srng = yrng.fork('render');
        const render: RenderStyle = {
          wrapHeaders: srng.chance(rates.wrappedHeaders),
          splitHeaders: layout === 'lines' && srng.chance(0.5),
          verticalHeaders: layout === 'pdf-text' && srng.chance(0.6),
          wrapLabels: layout === 'pdf-text' && srng.chance(0.7),
          spanLabels: srng.chance(0.5) ? 'first' : 'middle',
        };
        if (render.wrapHeaders) quirks.push('wrapped_headers');
        if (render.splitHeaders && render.wrapHeaders) quirks.push('split_headers');
        if (render.verticalHeaders) quirks.push('vertical_headers');
        if (render.wrapLabels) quirks.push('wrapped_labels');
        if (layout === 'pdf-text') quirks.push(`span_labels_${render.spanLabels}`);
        // Unbroken reports keep every rule by construction (tested); only a deliberate break is checked,
        // with the schema's own checkConsistency, so broken_rules lists what actually fails.
        const brokenRules =
          brokenTarget || options.verifyRules
            ? failedRules(cells, versions, office.kind, previous)
            : [];
        if (brokenTarget && !brokenRules.includes(brokenTarget))
          quirks.push(`break_${brokenTarget}_masked`);
        const model: ReportModel = {
          id: `${office.id}-${year}`,
          office,
          year,
          versions,
          layout,
          variant: layout === 'tab' && variant !== 'default' ? 'default' : variant,
          cells,
          labels: labelStyle,
          text,
          render,
          brokenRules,
          quirks,
          charset:
            layout === 'html' && yrng.chance(options.gb18030Share ?? 0) ? 'gb18030' : 'utf-8',
        };
        if (model.charset === 'gb18030') quirks.push('gb18030');
        produced += 1;
        yield { model, truth: truthOf(model), newRegions, newOffices };
        newRegions = [];
        newOffices = [];
        previous = { cells, versions };
      }
    }
  }
}
