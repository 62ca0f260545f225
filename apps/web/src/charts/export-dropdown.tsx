import { Button, Dropdown } from 'antd';
import type { ExportLink } from './export-menu';

/** The downloads as a dropdown menu: antd's Dropdown and Menu, a chunk of their own (ExportMenu). */
export function ExportDropdown({ title, links }: { title: string; links: readonly ExportLink[] }) {
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
