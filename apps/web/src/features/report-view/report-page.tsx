import { Alert, Button, Card, Descriptions, Tag, message } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert, WhenLoaded } from '../../app/load-states';
import { PageLink } from '../../app/page-link';
import { useMakeCurrent, useReport, useReportPages } from '../../data-access/report-queries';
import type { ReportDetail } from '../../data-access/report-types';
import { failingKeys, kindCounts, reviewKeys, storedFinding } from '../report-tables/findings';
import { FindingsList } from '../report-tables/findings-list';
import { problemKindTags } from '../report-tables/problem-kind-tags';
import { ReportTables } from '../report-tables/report-tables';
import { STATUS_TEXT, VersionTable } from '../report-tables/version-table';
import { ManualEntryLink } from '../data/report-link';
import { ocrText } from '../data/upload-labels';
import { AuditTrail } from './audit-trail';
import { CorrectionForm } from './correction-form';
import { ResolveForm } from './resolve-form';
import { ConfirmAll, ConfirmCell, reviewStatusText } from './review-actions';
import { ScanView } from './scan-view';
import { SourceView } from './source-view';
import './report-view.css';

/** One report (/reports/:id): the original beside the parsed tables, findings, corrections. */
export default function ReportPage({ params }: { params: string[] }) {
  const id = /^\d{1,9}$/.test(params[0] ?? '') ? Number(params[0]) : null;
  const report = useReport(id);
  if (id === null) {
    return <Alert type="error" showIcon title="报告地址无效" description="地址中应是报告编号。" />;
  }
  return (
    <WhenLoaded query={report} failed="无法读取报告" loading="正在读取报告…" rows={8}>
      {(detail) => <ReportView key={detail.id} report={detail} />}
    </WhenLoaded>
  );
}

function ReportView({ report }: { report: ReportDetail }) {
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const [focusKeys, setFocusKeys] = useState<string[] | null>(null);
  const [reveal, setReveal] = useState<{ key: string } | null>(null);
  const makeCurrent = useMakeCurrent();
  const [toast, toastHolder] = message.useMessage();

  const cells = useMemo(
    () => new Map(report.cells.map((cell) => [cell.key, cell])),
    [report.cells],
  );
  const findings = useMemo(() => report.findings.map(storedFinding), [report.findings]);
  const failing = useMemo(() => failingKeys(findings), [findings]);
  const awaiting = useMemo(() => reviewKeys(findings), [findings]);
  // A scanned original is shown as the page images OCR read (their boxes fit the cells).
  const scanPages = useReportPages(report.id, report.status).data?.pages ?? [];
  const pointed = hoveredKey ?? selectedKey ?? focusKeys?.[0] ?? null;
  const location = pointed ? (cells.get(pointed)?.location ?? null) : null;
  const hasCells = report.cells.length > 0;

  const title = `${report.office?.name ?? report.statedOffice ?? '未知单位'} ${report.year ?? report.statedYear ?? '未知'}年报告`;
  return (
    <article className="report-view" aria-label={title}>
      {toastHolder}
      <header className="report-view-head">
        <h2 className="section-title">
          {title}
          <Tag color={STATUS_TEXT[report.status].color}>{STATUS_TEXT[report.status].text}</Tag>
          {report.version !== null ? <Tag>第 {report.version} 版</Tag> : null}
          {report.isCurrent ? <Tag color="blue">当前版本</Tag> : <Tag>非当前版本</Tag>}
          {awaiting.size > 0 ? (
            <Tag color="purple" className="review-status" data-testid="review-status">
              {reviewStatusText(awaiting.size)}
            </Tag>
          ) : null}
        </h2>
        <div className="report-view-actions">
          <ConfirmAll
            reportId={report.id}
            count={awaiting.size}
            onDone={(count) => void toast.success(`已确认 ${count} 个单元格，已记入更正记录`)}
          />
          {report.office ? (
            <PageLink to={`/office/${report.office.id}${report.year ? `/${report.year}` : ''}`}>
              返回单位档案
            </PageLink>
          ) : null}
          <ManualEntryLink id={report.id} />
          {!report.isCurrent && report.status === 'ok' ? (
            <Button
              type="primary"
              loading={makeCurrent.isPending}
              onClick={() =>
                makeCurrent.mutate(report.id, {
                  onSuccess: () => void toast.success('已设为当前版本，看板数字随之更新'),
                })
              }
            >
              设为当前版本
            </Button>
          ) : null}
        </div>
      </header>
      {makeCurrent.isError ? (
        <ErrorAlert title="未能设为当前版本" error={makeCurrent.error} />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} className="report-view-facts">
        <Descriptions.Item label="原文写明的单位">
          {report.statedOffice ?? '（未写明）'}
        </Descriptions.Item>
        <Descriptions.Item label="原文写明的年度">
          {report.statedYear ?? '（未写明）'}
        </Descriptions.Item>
        <Descriptions.Item label="解析器版本">{report.parserVersion}</Descriptions.Item>
      </Descriptions>
      {report.status === 'needs_input' ? (
        <Card size="small" title="补充单位和年度" className="report-card">
          <ResolveForm report={report} />
        </Card>
      ) : null}
      {report.status === 'processing' ? (
        <Alert
          type="info"
          showIcon
          data-testid="ocr-progress"
          title="扫描件正在 OCR 识别，完成后这里自动显示识别出的表格"
          description={ocrText(report.ocr)}
        />
      ) : null}
      {report.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          title="这份文件未能识别"
          description={report.error ? (report.error.messageZh ?? report.error.message) : undefined}
        />
      ) : null}
      <div className="report-view-body">
        {scanPages.length > 0 ? (
          <ScanView
            reportId={report.id}
            fileName={report.sourceFile.fileName}
            pages={scanPages}
            location={location}
          />
        ) : (
          <SourceView reportId={report.id} file={report.sourceFile} location={location} />
        )}
        <div className="report-view-tables">
          {hasCells ? (
            <>
              <p className="tables-legend">
                指向数字时左侧原文标出它的位置；点击数字查看来源并更正。蓝底为已更正，红框为未通过校验
                {awaiting.size > 0 ? (
                  <>
                    ，<span className="legend-review">紫框带“?”</span>
                    为待人工核对（点击后确认或更正）
                  </>
                ) : null}
                ；空白和“—”按原文照印。
              </p>
              <ReportTables
                report={report}
                failingKeys={failing}
                reviewKeys={awaiting}
                highlightKeys={focusKeys ? new Set(focusKeys) : undefined}
                selectedKey={selectedKey}
                onSelect={setSelectedKey}
                reveal={reveal}
                onHover={setHoveredKey}
                provenanceExtra={(key, cell) =>
                  cell && cell.status !== 'not_printed' ? (
                    <>
                      {awaiting.has(key) ? (
                        <ConfirmCell
                          reportId={report.id}
                          cellKey={key}
                          cell={cell}
                          onDone={() => {
                            setSelectedKey(null);
                            void toast.success('已确认，记入更正记录');
                          }}
                        />
                      ) : null}
                      <CorrectionForm
                        key={key}
                        reportId={report.id}
                        cellKey={key}
                        cell={cell}
                        report={report}
                        onDone={() => {
                          setSelectedKey(null);
                          void toast.success('更正已保存，校验和看板数字已重新计算');
                        }}
                      />
                    </>
                  ) : null
                }
              />
            </>
          ) : (
            <Alert type="info" showIcon title="这份报告没有识别出表格数字" />
          )}
        </div>
      </div>
      <Card
        size="small"
        title={`校验发现（${findings.length}）`}
        extra={
          <span data-testid="finding-kind-counts">{problemKindTags(kindCounts(findings))}</span>
        }
        className="report-card"
      >
        <FindingsList
          findings={findings}
          versions={report.formatVersion}
          emptyText="各项校验均通过"
          onFocus={setFocusKeys}
          onSelectCell={(key) => {
            setSelectedKey(key);
            setReveal({ key });
          }}
        />
      </Card>
      <Card size="small" title={`更正记录（${report.corrections.length}）`} className="report-card">
        <AuditTrail corrections={report.corrections} versions={report.formatVersion} />
      </Card>
      <Card size="small" title="同一单位同一年度的各版本" className="report-card">
        <VersionTable rows={report.versions} showYear={false} openId={report.id} />
      </Card>
    </article>
  );
}
