import { Button, Dropdown } from 'antd';
import { useAfterFirstPaint } from '../app/after-first-paint';

export interface ExportLink {
  key: string;
  label: string;
  href: string;
}

/** A menu of downloads made by the server (a chart's or table's data as XLSX or CSV, …). */
export function ExportMenu({ title, links }: { title: string; links: readonly ExportLink[] }) {
  const controls = useAfterFirstPaint();
  if (!controls) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: links.map((link) => ({
          key: link.key,
          label: (
            <a href={link.href} download aria-label={`导出${title} ${link.label}`}>
              {link.label}
            </a>
          ),
        })),
      }}
    >
      <Button size="small" aria-label={`导出${title}的数据`}>
        数据 ▾
      </Button>
    </Dropdown>
  );
}
