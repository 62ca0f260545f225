import { useQuery } from '@tanstack/react-query';
import { APPLICATION_METRICS, applicationsModel } from '@ogi/report-charts';
import { Alert, Button, Card, Empty, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert, WhenLoaded } from '../../app/load-states';
import { navigate } from '../../app/navigation';
import { PageLink } from '../../app/page-link';
import { ChartCard } from '../../charts/chart-card';
import { describeError } from '../../data-access/api-client';
import { EMPTY_FILTERS } from '../../data-access/filters';
import { officeQuery, useSeries } from '../../data-access/queries';
import { useOfficeReports, useReport } from '../../data-access/report-queries';
import type { ReportListItem } from '../../data-access/report-types';
import type { Office } from '../../data-access/types';
import { DATA_SOURCE } from '../filters/describe';
import { failingKeys, storedFinding } from '../report-tables/findings';
import { FindingsList } from '../report-tables/findings-list';
import { ReportTables } from '../report-tables/report-tables';
import { VersionTable } from '../report-tables/version-table';
import { carryOverFindings } from './carry-over';
import { OfficePicker } from './office-picker';
import { officeRegionLabel } from './office-region';
import { chosenYear, officeYears, type OfficeYear } from './office-years';
import './office-profile.css';

const parseId = (raw: string | undefined): number | null =>
  raw && /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;

/** 单位: one office over all its years (/office/:id/:year). */
export default function OfficeProfilePage({ params }: { params: string[] }) {
  const officeId = parseId(params[0]);
  const askedYear = parseId(params[1]);
  const office = useQuery({ ...officeQuery(officeId ?? 0), enabled: officeId !== null });

  const picker = (
    <div className="profile-picker">
      <label htmlFor="office-picker">单位</label>
      <OfficePicker
        value={officeId}
        selected={office.data ?? null}
        onChange={(id) => navigate(`/office/${id}`)}
      />
    </div>
  );
  if (officeId === null) {
    return (
      <section className="office-profile" aria-label="单位档案">
        {picker}
        <Empty description="请选择一个单位，查看它历年的报告。" />
      </section>
    );
  }
  return (
    <section className="office-profile" aria-label="单位档案">
      {picker}
      {office.isError ? (
        <ErrorAlert
          title="无法读取单位"
          error={office.error}
          onRetry={() => void office.refetch()}
        />
      ) : (
        <OfficeProfile
          officeId={officeId}
          office={office.data ?? null}
          region={office.data ? officeRegionLabel(office.data) : null}
          askedYear={askedYear}
        />
      )}
    </section>
  );
}

function OfficeProfile(props: {
  officeId: number;
  office: Office | null;
  /** The region path, or 未分配地区; null while the office is read. */
  region: string | null;
  askedYear: number | null;
}) {
  const reports = useOfficeReports(props.officeId);
  const strip = useMemo(() => officeYears(reports.data?.items ?? []), [reports.data]);
  const year = chosenYear(strip, props.askedYear);
  const entry = strip.find((candidate) => candidate.year === year) ?? null;
  const previous = strip.find((candidate) => year !== null && candidate.year === year - 1) ?? null;

  return (
    <WhenLoaded query={reports} failed="无法读取报告" loading="正在读取该单位的报告…" rows={4}>
      {(read) => (
        <>
          <h2 className="section-title">
            {props.office?.name ?? `单位 ${props.officeId}`}
            {props.region ? (
              <Tag className="profile-region" data-testid="profile-region">
                {props.region}
              </Tag>
            ) : null}
            <span className="section-sub">
              {strip.length > 0
                ? `${strip[0].year}–${strip[strip.length - 1].year}年，${strip.filter((e) => e.current).length} 个年度有报告`
                : '还没有报告'}
            </span>
          </h2>
          {strip.length === 0 ? (
            <Empty description="这个单位还没有已识别的年度报告。" />
          ) : (
            <>
              <YearStrip strip={strip} year={year} officeId={props.officeId} />
              {entry ? (
                <YearReport
                  key={entry.year}
                  entry={entry}
                  previous={previous}
                  officeName={props.office?.name ?? ''}
                />
              ) : null}
              <OfficeChart
                officeId={props.officeId}
                strip={strip}
                name={props.office?.name ?? ''}
              />
            </>
          )}
          <Card title="版本历史" size="small" className="profile-card">
            <VersionTable rows={newestFirst(read.items)} showYear />
          </Card>
        </>
      )}
    </WhenLoaded>
  );
}

/** Every version of every year, the latest year and version first. */
const newestFirst = (items: ReportListItem[]) =>
  [...items].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.version ?? 0) - (a.version ?? 0));

function YearStrip({
  strip,
  year,
  officeId,
}: {
  strip: OfficeYear[];
  year: number | null;
  officeId: number;
}) {
  return (
    <nav className="year-strip" aria-label="年度">
      {strip.map((entry) => (
        <Button
          key={entry.year}
          type={entry.year === year ? 'primary' : 'default'}
          aria-pressed={entry.year === year}
          className={entry.current ? 'year-present' : 'year-missing'}
          onClick={() => navigate(`/office/${officeId}/${entry.year}`)}
        >
          {entry.year}
          <span className="year-mark">
            {entry.current ? '' : entry.versions.length ? '（无可用版本）' : '（缺）'}
          </span>
        </Button>
      ))}
    </nav>
  );
}

function YearReport(props: { entry: OfficeYear; previous: OfficeYear | null; officeName: string }) {
  const report = useReport(props.entry.current?.id ?? null);
  const lastYear = useReport(props.previous?.current?.id ?? null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [focusKeys, setFocusKeys] = useState<string[] | null>(null);

  if (!props.entry.current) {
    return (
      <Alert
        type="warning"
        showIcon
        className="page-note"
        title={`${props.entry.year}年没有可用的报告`}
        description={
          props.entry.versions.length
            ? '这一年的报告未能识别或缺少单位、年度信息，请在下方版本历史中打开处理。'
            : '这一年没有上传报告。'
        }
      />
    );
  }
  return (
    <WhenLoaded
      query={report}
      failed="无法读取报告"
      loading={`正在读取 ${props.entry.year} 年报告…`}
      rows={6}
    >
      {(detail) => {
        const stored = detail.findings.map(storedFinding);
        const crossYear = carryOverFindings(detail, lastYear.data ?? null);
        const failing = failingKeys([...stored, ...(crossYear ?? [])]);
        return (
          <div className="profile-year">
            <Card
              size="small"
              className="profile-card"
              title={`${props.entry.year}年报告（第 ${detail.version ?? '—'} 版）`}
              extra={<PageLink to={`/reports/${detail.id}`}>打开报告与原文</PageLink>}
            >
              <p className="tables-legend">
                点击数字查看来源。<span className="legend-corrected">蓝底</span>为已更正，
                <span className="legend-failing">红框</span>为未通过校验；空白和“—”按原文照印。
              </p>
              <ReportTables
                report={detail}
                failingKeys={failing}
                highlightKeys={focusKeys ? new Set(focusKeys) : undefined}
                selectedKey={selectedKey}
                onSelect={setSelectedKey}
              />
            </Card>
            <div className="profile-findings">
              <Card size="small" className="profile-card" title={`校验发现（${stored.length}）`}>
                <FindingsList
                  findings={stored}
                  versions={detail.formatVersion}
                  emptyText="本报告各项校验均通过"
                  onFocus={setFocusKeys}
                  onSelectCell={setSelectedKey}
                />
              </Card>
              <Card size="small" className="profile-card" title="跨年度核对（与上一年度）">
                {crossYear === null ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={
                      props.previous?.current
                        ? lastYear.isError
                          ? describeError(lastYear.error)
                          : '正在读取上一年度报告…'
                        : `${props.entry.year - 1}年没有可比较的报告`
                    }
                  />
                ) : (
                  <FindingsList
                    findings={crossYear}
                    versions={detail.formatVersion}
                    previousVersions={lastYear.data?.formatVersion ?? null}
                    emptyText={`上年结转与 ${props.entry.year - 1} 年结转下年度继续办理一致`}
                    onFocus={setFocusKeys}
                    onSelectCell={setSelectedKey}
                  />
                )}
                {props.previous?.current ? (
                  <Tag className="profile-previous-tag">
                    <PageLink to={`/reports/${props.previous.current.id}`}>
                      查看 {props.entry.year - 1} 年报告
                    </PageLink>
                  </Tag>
                ) : null}
              </Card>
            </div>
          </div>
        );
      }}
    </WhenLoaded>
  );
}

function OfficeChart({
  officeId,
  strip,
  name,
}: {
  officeId: number;
  strip: OfficeYear[];
  name: string;
}) {
  const filters = {
    ...EMPTY_FILTERS,
    officeIds: [officeId],
    yearFrom: strip[0].year,
    yearTo: strip[strip.length - 1].year,
  };
  const series = useSeries(filters, APPLICATION_METRICS);
  const model = useMemo(() => (series.data ? applicationsModel(series.data) : null), [series.data]);
  return (
    <ChartCard
      title="申请数量与公开率（按年）"
      model={model}
      loading={series.isFetching}
      error={series.isError ? describeError(series.error) : null}
      onRetry={() => void series.refetch()}
      emptyText="该单位没有可统计的年度"
      exportSubtitle={`${name}，${filters.yearFrom}–${filters.yearTo}年\n${DATA_SOURCE}`}
      categoryHeader="年份"
      height={260}
    />
  );
}
