import { Checkbox, Form, Input, Modal, Radio, Space } from 'antd';
import { useMemo, useState } from 'react';
import { MAX_TITLE, PACK_TITLE } from '@ogi/api-params';
import { download } from '../../app/download';
import { usePathname } from '../../app/navigation';
import { packUrl, type PackOptions } from '../../data-access/exports';
import { useRegions } from '../../data-access/queries';
import { useUrlFilters } from '../../data-access/use-url-filters';
import { parseCompareParams } from '../compare/compare-params';
import { compareChoices, overviewChoices, splitChoices } from './page-charts';

type FileOptions = Omit<PackOptions, 'charts' | 'compare'>;

/**
 * 导出汇报材料: choose the charts, the format and the title; the server builds the pack from
 * the same filters as the page. Opened from 对比 it offers that page's charts (for its metric
 * and what it compares) first and ticked, 总览's after them; elsewhere 总览's, ticked.
 */
export function PackDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [filters] = useUrlFilters();
  const onCompare = usePathname() === '/compare';
  const regions = useRegions();
  const context = {
    yearFrom: filters.yearFrom ?? filters.yearTo ?? new Date().getFullYear() - 1,
    yearTo: filters.yearTo ?? new Date().getFullYear() - 1,
  };
  // The comparison as the page reads it from the URL.
  const choice = useMemo(
    () =>
      onCompare
        ? parseCompareParams(new URLSearchParams(window.location.search), {
            officesPicked: (filters.officeIds ?? []).length > 0,
            regions: regions.data?.items ?? [],
            regionIds: filters.regionIds ?? [],
          })
        : null,
    [onCompare, filters.officeIds, filters.regionIds, regions.data],
  );
  const pageCharts = choice ? compareChoices(choice, context) : [];
  const offered = [...pageCharts, ...overviewChoices(context)];
  const [ticked, setTicked] = useState<string[]>(() =>
    (onCompare ? pageCharts : offered).map((item) => item.value),
  );
  const [options, setOptions] = useState<FileOptions>({
    format: 'pptx',
    title: PACK_TITLE,
    chartStyle: 'image',
  });
  const set = (change: Partial<FileOptions>) => setOptions((old) => ({ ...old, ...change }));
  const chosen = splitChoices(ticked, offered);

  return (
    <Modal
      title="导出汇报材料"
      open={open}
      onCancel={onClose}
      okText="生成并下载"
      cancelText="取消"
      okButtonProps={{ disabled: chosen.charts.length + chosen.compare.length === 0 }}
      onOk={() => {
        const compare = choice && chosen.compare.length ? { charts: chosen.compare, choice } : null;
        download(packUrl({ ...options, charts: chosen.charts, compare }, filters));
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="标题" htmlFor="pack-title">
          <Input
            id="pack-title"
            value={options.title}
            maxLength={MAX_TITLE}
            showCount
            onChange={(event) => set({ title: event.target.value })}
          />
        </Form.Item>
        <Form.Item label="图表（按顺序各占一页）">
          {/* Slides follow the offered order whatever order they were ticked in. */}
          <Checkbox.Group value={ticked} onChange={(values) => setTicked(values.map(String))}>
            <Space orientation="vertical">
              {offered.map((item, index) => (
                <Checkbox key={item.value} value={item.value}>
                  {/* Which page each comes from, when there are two. */}
                  {onCompare ? `${index < pageCharts.length ? '对比' : '总览'}：` : null}
                  {item.title}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item label="格式">
          <Radio.Group
            value={options.format}
            onChange={(event) => set({ format: event.target.value as PackOptions['format'] })}
            options={[
              { value: 'pptx', label: 'PowerPoint（PPTX）' },
              { value: 'pdf', label: 'PDF（矢量图表）' },
            ]}
          />
        </Form.Item>
        {options.format === 'pptx' ? (
          <Form.Item label="图表形式">
            <Radio.Group
              value={options.chartStyle}
              onChange={(event) =>
                set({ chartStyle: event.target.value as PackOptions['chartStyle'] })
              }
              options={[
                { value: 'image', label: '图片' },
                { value: 'native', label: '可编辑图表' },
              ]}
            />
          </Form.Item>
        ) : null}
        <p className="pack-note">
          另含标题页（筛选条件与日期）和主要指标数据表；每页备注写明数据来源。
          <a href={`/print${window.location.search}`} target="_blank" rel="noreferrer">
            打开打印视图
          </a>
        </p>
      </Form>
    </Modal>
  );
}
