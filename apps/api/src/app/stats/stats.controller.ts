import { applyDecorators, Controller, Get, Query } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  statsBreakdownQuery,
  statsCoverageQuery,
  statsFilterQuery,
  statsMatrixQuery,
  statsRankingQuery,
  statsSeriesQuery,
  type Fields,
  type QueryDeclaration,
  type QueryOf,
  type StatsFilter,
} from '@ogi/api-params';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { ApiDeclaredQuery, DeclaredQuery } from '../params/declared-query';
import { metricColumns } from './metric-columns';
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

/** The query of a stats endpoint or an export (the stats filters and its own), documented. */
export function ApiStatsQuery<F extends Fields>(declaration: QueryDeclaration<F, unknown>) {
  return applyDecorators(
    ApiDeclaredQuery(declaration),
    ApiNotFoundResponse({ description: 'No stored selection with that id' }),
  );
}

const filterQuery = new DeclaredQuery(statsFilterQuery);

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
  @ApiStatsQuery(statsFilterQuery)
  @ApiOkResponse({ type: SummaryDto })
  summary(
    @Scope() access: AccessScope,
    @Query(filterQuery) filter: StatsFilter,
  ): Promise<SummaryDto> {
    return this.stats.summary(access, filter);
  }

  @Get('series')
  @ApiOperation({ summary: 'Metrics by year' })
  @ApiStatsQuery(statsSeriesQuery)
  @ApiOkResponse({ type: SeriesDto })
  series(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(statsSeriesQuery)) query: QueryOf<typeof statsSeriesQuery>,
  ): Promise<SeriesDto> {
    return this.stats.series(access, query.filter, query.metrics.map(metricColumns));
  }

  @Get('breakdown')
  @ApiOperation({
    summary: 'Metrics over the year range by region (a level, or the children of one) or office',
  })
  @ApiStatsQuery(statsBreakdownQuery)
  @ApiOkResponse({ type: BreakdownDto })
  breakdown(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(statsBreakdownQuery)) query: QueryOf<typeof statsBreakdownQuery>,
  ): Promise<BreakdownDto> {
    const { filter, metrics, grouping, limit } = query;
    return this.stats.breakdown(access, filter, metrics.map(metricColumns), grouping, limit);
  }

  @Get('outcomes')
  @ApiOperation({
    summary: 'How applications were handled (each outcome and reason), by year and in total',
  })
  @ApiStatsQuery(statsFilterQuery)
  @ApiOkResponse({ type: DistributionDto })
  outcomes(
    @Scope() access: AccessScope,
    @Query(filterQuery) filter: StatsFilter,
  ): Promise<DistributionDto> {
    return this.stats.distribution(access, filter, 'outcomes');
  }

  @Get('applicants')
  @ApiOperation({ summary: 'Who applied (applicant columns and shares), by year and in total' })
  @ApiStatsQuery(statsFilterQuery)
  @ApiOkResponse({ type: DistributionDto })
  applicants(
    @Scope() access: AccessScope,
    @Query(filterQuery) filter: StatsFilter,
  ): Promise<DistributionDto> {
    return this.stats.distribution(access, filter, 'applicants');
  }

  @Get('appeals')
  @ApiOperation({ summary: 'Review and litigation cases by result, and correction rates' })
  @ApiStatsQuery(statsFilterQuery)
  @ApiOkResponse({ type: DistributionDto })
  appeals(
    @Scope() access: AccessScope,
    @Query(filterQuery) filter: StatsFilter,
  ): Promise<DistributionDto> {
    return this.stats.distribution(access, filter, 'appeals');
  }

  @Get('ranking')
  @ApiOperation({ summary: 'Top or bottom offices by a metric for a year, with the year before' })
  @ApiStatsQuery(statsRankingQuery)
  @ApiOkResponse({ type: RankingDto })
  ranking(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(statsRankingQuery)) query: QueryOf<typeof statsRankingQuery>,
  ): Promise<RankingDto> {
    const { filter, metric, ...options } = query;
    return this.tables.ranking(access, filter, { ...options, metric: metricColumns(metric) });
  }

  @Get('matrix')
  @ApiOperation({ summary: 'One metric per office (rows, by name) and year (columns)' })
  @ApiStatsQuery(statsMatrixQuery)
  @ApiOkResponse({ type: MatrixDto })
  matrix(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(statsMatrixQuery)) query: QueryOf<typeof statsMatrixQuery>,
  ): Promise<MatrixDto> {
    return this.tables.matrix(access, query.filter, metricColumns(query.metric), query.page);
  }

  @Get('coverage')
  @ApiOperation({
    summary: 'Offices in scope × years: report present, missing, or failing a consistency rule',
  })
  @ApiStatsQuery(statsCoverageQuery)
  @ApiOkResponse({ type: CoverageDto })
  coverage(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(statsCoverageQuery)) query: QueryOf<typeof statsCoverageQuery>,
  ): Promise<CoverageDto> {
    return this.tables.coverage(access, query.filter, query.page, query.only);
  }
}
