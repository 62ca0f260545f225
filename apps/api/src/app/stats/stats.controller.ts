import { applyDecorators, Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { FORMAT_VERSIONS, REGION_LEVELS } from '@ogi/report-schema';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import {
  parseBreakdownQuery,
  parseCoverageQuery,
  parseFilterQuery,
  parseMatrixQuery,
  parseRankingQuery,
  parseSeriesQuery,
} from './stats-params';
import {
  AvailableYearsDto,
  BreakdownDto,
  CoverageDto,
  DistributionDto,
  MatrixDto,
  MetricListDto,
  RankingDto,
  SeriesDto,
  SummaryDto,
} from './stats.dto';
import { StatsTablesService } from './stats-tables.service';
import { StatsService } from './stats.service';
import { MetricStatDto } from './stats-values.dto';

type Raw = Record<string, unknown>;

/** The filters every stats endpoint takes (documented once); the exports name `format` otherwise. */
export function ApiStatsFilter(formatName = 'format') {
  return applyDecorators(
    ApiQuery({
      name: 'yearFrom',
      required: false,
      type: Number,
      description: 'Default yearTo − 6',
    }),
    ApiQuery({ name: 'yearTo', required: false, type: Number, description: 'Default last year' }),
    ApiQuery({
      name: 'regionIds',
      required: false,
      type: String,
      description: 'Comma list (at most 200 ids); each region with its whole subtree',
    }),
    ApiQuery({
      name: 'officeIds',
      required: false,
      type: String,
      description: 'Comma list (at most 200 ids; more through selection)',
    }),
    ApiQuery({
      name: 'selection',
      required: false,
      type: String,
      description:
        'Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404.',
    }),
    ApiQuery({
      name: 'officeKinds',
      required: false,
      type: String,
      description: 'Comma list of street, township, department, government',
    }),
    ApiQuery({
      name: formatName,
      required: false,
      enum: FORMAT_VERSIONS,
      description: '表三 format',
    }),
    ApiBadRequestResponse({
      description: 'A parameter is invalid or unknown; the message names it',
    }),
    ApiNotFoundResponse({ description: 'No stored selection with that id' }),
  );
}

const metricsQuery = (name: string, description: string) =>
  ApiQuery({ name, required: true, type: String, description });

@ApiTags('stats')
@ApiExtraModels(MetricStatDto)
@Controller('stats')
@Access('viewer')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly tables: StatsTablesService,
  ) {}

  @Get('metrics')
  @ApiOperation({ summary: 'The metrics the stats endpoints take (from the report schema)' })
  @ApiOkResponse({ type: MetricListDto })
  metrics(): MetricListDto {
    return this.stats.metrics();
  }

  @Get('years')
  @ApiOperation({
    summary: 'The years with at least one counted report (current, readable), oldest first',
  })
  @ApiOkResponse({ type: AvailableYearsDto })
  async years(@Scope() access: AccessScope): Promise<AvailableYearsDto> {
    return { years: await this.stats.availableYears(access) };
  }

  @Get('summary')
  @ApiOperation({
    summary: 'KPIs of the last year of the range beside the year before, and coverage',
    description:
      'Current versions with status ok only. Counts sum report figures; rates sum numerators and denominators before dividing.',
  })
  @ApiStatsFilter()
  @ApiOkResponse({ type: SummaryDto })
  summary(@Scope() access: AccessScope, @Query() query: Raw): Promise<SummaryDto> {
    return this.stats.summary(access, parseFilterQuery(query));
  }

  @Get('series')
  @ApiOperation({ summary: 'Metrics by year' })
  @ApiStatsFilter()
  @metricsQuery('metrics', 'Comma list of metric ids (GET /api/stats/metrics)')
  @ApiOkResponse({ type: SeriesDto })
  series(@Scope() access: AccessScope, @Query() query: Raw): Promise<SeriesDto> {
    const { filter, metrics } = parseSeriesQuery(query);
    return this.stats.series(access, filter, metrics);
  }

  @Get('breakdown')
  @ApiOperation({
    summary: 'Metrics over the year range by region (a level, or the children of one) or office',
  })
  @ApiStatsFilter()
  @metricsQuery('metrics', 'Comma list of metric ids (GET /api/stats/metrics)')
  @ApiQuery({ name: 'groupBy', required: false, enum: ['region', 'office'] })
  @ApiQuery({
    name: 'level',
    required: false,
    enum: REGION_LEVELS,
  })
  @ApiQuery({
    name: 'parentId',
    required: false,
    type: Number,
    description: 'Group by the children of this region',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    type: Number,
    description: 'Groups, 1–5000, default 1000',
  })
  @ApiOkResponse({ type: BreakdownDto })
  breakdown(@Scope() access: AccessScope, @Query() query: Raw): Promise<BreakdownDto> {
    const { filter, metrics, grouping, limit } = parseBreakdownQuery(query);
    return this.stats.breakdown(access, filter, metrics, grouping, limit);
  }

  @Get('outcomes')
  @ApiOperation({
    summary: 'How applications were handled (each outcome and reason), by year and in total',
  })
  @ApiStatsFilter()
  @ApiOkResponse({ type: DistributionDto })
  outcomes(@Scope() access: AccessScope, @Query() query: Raw): Promise<DistributionDto> {
    return this.stats.distribution(access, parseFilterQuery(query), 'outcomes');
  }

  @Get('applicants')
  @ApiOperation({ summary: 'Who applied (applicant columns and shares), by year and in total' })
  @ApiStatsFilter()
  @ApiOkResponse({ type: DistributionDto })
  applicants(@Scope() access: AccessScope, @Query() query: Raw): Promise<DistributionDto> {
    return this.stats.distribution(access, parseFilterQuery(query), 'applicants');
  }

  @Get('appeals')
  @ApiOperation({ summary: 'Review and litigation cases by result, and correction rates' })
  @ApiStatsFilter()
  @ApiOkResponse({ type: DistributionDto })
  appeals(@Scope() access: AccessScope, @Query() query: Raw): Promise<DistributionDto> {
    return this.stats.distribution(access, parseFilterQuery(query), 'appeals');
  }

  @Get('ranking')
  @ApiOperation({ summary: 'Top or bottom offices by a metric for a year, with the year before' })
  @ApiStatsFilter()
  @metricsQuery('metric', 'One metric id')
  @ApiQuery({ name: 'year', required: false, type: Number, description: 'Default yearTo' })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'], description: 'Default desc' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1–100, default 10' })
  @ApiOkResponse({ type: RankingDto })
  ranking(@Scope() access: AccessScope, @Query() query: Raw): Promise<RankingDto> {
    const { filter, ...options } = parseRankingQuery(query);
    return this.tables.ranking(access, filter, options);
  }

  @Get('matrix')
  @ApiOperation({ summary: 'One metric per office (rows, by name) and year (columns)' })
  @ApiStatsFilter()
  @metricsQuery('metric', 'One metric id')
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number, description: '1–500, default 100' })
  @ApiOkResponse({ type: MatrixDto })
  matrix(@Scope() access: AccessScope, @Query() query: Raw): Promise<MatrixDto> {
    const { filter, metric, page } = parseMatrixQuery(query);
    return this.tables.matrix(access, filter, metric, page);
  }

  @Get('coverage')
  @ApiOperation({
    summary: 'Offices in scope × years: report present, missing, or failing a consistency rule',
  })
  @ApiStatsFilter()
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number, description: '1–500, default 100' })
  @ApiOkResponse({ type: CoverageDto })
  coverage(@Scope() access: AccessScope, @Query() query: Raw): Promise<CoverageDto> {
    const { filter, page } = parseCoverageQuery(query);
    return this.tables.coverage(access, filter, page);
  }
}
