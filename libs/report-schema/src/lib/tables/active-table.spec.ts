import { parseArticle20Caption } from './active-table';

describe('parseArticle20Caption', () => {
  it.each([
    ['第二十条第（一）项', '一'],
    ['第二十条 第(五)项', '五'],
    ['第二十条第八项', '八'],
    ['第（六）项', '六'],
    ['第二十条第(九)项\t\t\t', '九'],
  ])('reads %s as item %s', (printed, item) => {
    expect(parseArticle20Caption(printed)).toBe(item);
  });

  it('rejects other text', () => {
    expect(parseArticle20Caption('信息内容')).toBeNull();
    expect(parseArticle20Caption('(一) 予以公开')).toBeNull();
  });
});
