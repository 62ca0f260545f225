import { Checkbox, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { MAX_TITLE, PACK_TITLE } from '@ogi/api-params';
import { CHARTS } from '@ogi/report-charts';
import { download } from '../../app/download';
import { packUrl, type PackOptions } from '../../data-access/exports';
import { useUrlFilters } from '../../data-access/use-url-filters';

/**
 * 导出汇报材料: choose the charts, the format and the title; the server builds the pack from
 * the same filters as the page.
 */
export function PackDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [filters] = useUrlFilters();
  const [options, setOptions] = useState<PackOptions>({
    format: 'pptx',
    charts: CHARTS.map((chart) => chart.id),
    title: PACK_TITLE,
    chartStyle: 'image',
  });
  const context = {
    yearFrom: filters.yearFrom ?? filters.yearTo ?? new Date().getFullYear() - 1,
    yearTo: filters.yearTo ?? new Date().getFullYear() - 1,
  };
  const set = (change: Partial<PackOptions>) => setOptions((old) => ({ ...old, ...change }));

  return (
    <Modal
      title="导出汇报材料"
      open={open}
      onCancel={onClose}
      okText="生成并下载"
      cancelText="取消"
      okButtonProps={{ disabled: options.charts.length === 0 }}
      onOk={() => {
        download(packUrl(options, filters));
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
          <Checkbox.Group
            value={[...options.charts]}
            onChange={(values) =>
              // Keep the page order whatever order they were ticked in.
              set({ charts: CHARTS.map((c) => c.id).filter((id) => values.includes(id)) })
            }
          >
            <Space orientation="vertical">
              {CHARTS.map((chart) => (
                <Checkbox key={chart.id} value={chart.id}>
                  {chart.title(context)}
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
