import { Button } from 'antd';
import { useAfterFirstPaint } from '../app/after-first-paint';
import { loadOnce } from '../app/load-once';
import { useChunk } from '../app/use-chunk';

export interface ExportLink {
  key: string;
  label: string;
  href: string;
}

const dropdownChunk = loadOnce(() => import('./export-dropdown'));

/**
 * A menu of downloads made by the server (a chart's or table's data as XLSX or CSV, …), added
 * after the first paint. The menu itself (antd Dropdown and Menu) is a chunk of its own; until it
 * is there a disabled button holds its place, saying why if it could not be loaded.
 */
export function ExportMenu({ title, links }: { title: string; links: readonly ExportLink[] }) {
  const painted = useAfterFirstPaint();
  const dropdown = useChunk(dropdownChunk, painted);
  if (!painted) return null;
  if (dropdown.status === 'ready') {
    const { ExportDropdown } = dropdown.module;
    return <ExportDropdown title={title} links={links} />;
  }
  return (
    <Button
      size="small"
      disabled
      aria-label={`导出${title}的数据`}
      title={
        dropdown.status === 'failed'
          ? `导出菜单加载失败，请刷新页面（${dropdown.error}）`
          : '正在加载…'
      }
    >
      数据 ▾
    </Button>
  );
}
