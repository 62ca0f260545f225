import { cellName, locationText } from './cell-names';

const V2021 = { active: '2021', applications: '2021', appeals: '2021' } as const;
const V2019 = { active: '2019', applications: '2019', appeals: '2019' } as const;

describe('cellName', () => {
  it('names a 表三 cell by its printed row and column', () => {
    expect(cellName('applications.carried_over.natural_person', V2021)).toBe(
      '表三 二、上年结转政府信息公开申请数量 · 自然人',
    );
  });

  it('uses the labels of the report’s own format', () => {
    expect(cellName('active.normative_documents.newly_made', V2019)).toBe(
      '表二 规范性文件 · 本年新制作数量',
    );
    expect(cellName('active.normative_documents.issued', V2021)).toBe(
      '表二 行政规范性文件 · 本年制发件数',
    );
  });

  it('falls back to the key for unknown keys', () => {
    expect(cellName('applications.nowhere.total', V2021)).toBe('applications.nowhere.total');
  });
});

describe('locationText', () => {
  it('says line, page or table position', () => {
    expect(locationText({ line: 12 })).toBe('第 12 行');
    expect(locationText({ page: 3, x: 10, y: 20 })).toBe('第 3 页');
    expect(locationText({ table: 1, row: 4, column: 2 })).toBe('第 2 个表格，表内第 5 行，第 3 列');
    expect(locationText(null)).toBe('未记录位置');
  });
});
