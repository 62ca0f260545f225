import type { ReactNode } from 'react';
import {
  FORMAT_OPTIONS,
  OFFICE_KIND_OPTIONS,
  type ResolvedFilters,
} from '../../data-access/filters';

/** What the filter fields show when nothing is chosen. */
export const PLACEHOLDERS = {
  regions: '全部地区',
  offices: '全部单位（可输入名称、拼音或首字母）',
  kinds: '全部类型',
} as const;

function Box({ text, placeholder, width }: { text: string; placeholder: string; width?: number }) {
  return (
    <div
      className={`filter-preview-box${text ? '' : ' is-placeholder'}`}
      style={width ? { width } : undefined}
    >
      {text || placeholder}
    </div>
  );
}

function Field({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'filter-field filter-wide' : 'filter-field'}>
      <span className="filter-label">{label}</span>
      {children}
    </div>
  );
}

const chosen = (ids: readonly number[], noun: string) =>
  ids.length > 0 ? `已选 ${ids.length} 个${noun}` : '';

/**
 * The filter bar as text, in the controls' places and sizes: what the first screen shows before
 * the controls (antd selects, tree select) are there. `failure`: why their chunk did not load.
 */
export function FilterBarPreview({
  filters,
  failure,
}: {
  filters: ResolvedFilters;
  failure?: string;
}) {
  const kinds = OFFICE_KIND_OPTIONS.filter((kind) => filters.officeKinds.includes(kind.value));
  const format = filters.format ?? 'all';
  return (
    <section className="filter-bar" aria-label="筛选条件" aria-busy={failure ? undefined : true}>
      <Field label="年份">
        <div className="filter-years">
          <Box text={`${filters.yearFrom}年`} placeholder="" width={96} />
          <span>至</span>
          <Box text={`${filters.yearTo}年`} placeholder="" width={96} />
        </div>
      </Field>
      <Field label="地区" wide>
        <Box text={chosen(filters.regionIds, '地区')} placeholder={PLACEHOLDERS.regions} />
      </Field>
      <Field label="单位" wide>
        <Box text={chosen(filters.officeIds, '单位')} placeholder={PLACEHOLDERS.offices} />
      </Field>
      <Field label="单位类型">
        <Box
          text={kinds.map((kind) => kind.label).join('、')}
          placeholder={PLACEHOLDERS.kinds}
          width={140}
        />
      </Field>
      <Field label="格式">
        <div className="filter-preview-segmented">
          {FORMAT_OPTIONS.map((option) => (
            <span key={option.value} className={option.value === format ? 'is-active' : undefined}>
              {option.label}
            </span>
          ))}
        </div>
      </Field>
      <div className="filter-field filter-actions">
        <div className="filter-preview-box filter-preview-button">重置筛选</div>
      </div>
      {failure ? (
        <p className="filter-preview-failure" role="alert">
          筛选控件加载失败，请刷新页面（{failure}）
        </p>
      ) : null}
    </section>
  );
}
