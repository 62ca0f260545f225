import type { DocBlock } from '../document';
import type { Grid, GridCell } from '../grids';
import type { Rng } from '../prng';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface HtmlOptions {
  charset: 'utf-8' | 'gb18030';
  /** <title> of the page. */
  pageTitle: string;
  siteName: string;
  /** Empty cells as `&nbsp;` or `<p>&nbsp;</p>` (both seen in the Shanghai page). */
  nbspStyle: 'bare' | 'p';
  /** `<br>` or `<br />` inside wrapped header cells. */
  br: '<br>' | '<br />';
}

function table(grid: Grid, options: HtmlOptions, rng: Rng): string {
  const rows = grid.rows.map((row) => {
    const cells = row
      .filter((item): item is GridCell => item !== null)
      .map((item) => {
        const attrs = [
          item.colSpan > 1 ? ` colspan="${item.colSpan}"` : '',
          item.rowSpan > 1 ? ` rowspan="${item.rowSpan}"` : '',
        ].join('');
        const text = item.text;
        const inner =
          text.trim() === ''
            ? options.nbspStyle === 'p'
              ? '<p align="center">&nbsp;</p>'
              : '&nbsp;'
            : text.split('\n').map(escapeHtml).join(options.br);
        const wrapped =
          item.role === 'value' && options.nbspStyle === 'p' && text.trim() !== ''
            ? `<p align="center">${inner}</p>`
            : inner;
        return `<td${attrs} style="border:1px solid #000;padding:2px 4px">${wrapped}</td>`;
      });
    return `<tr>${cells.join('')}</tr>`;
  });
  const width = rng.pick(['100%', '600', '95%']);
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="${width}" style="border-collapse:collapse"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/**
 * A whole web page as published on a government portal: head with meta charset, title, styles and
 * scripts; navigation; a layout table around the article; report tables with rowspan/colspan.
 */
export function renderHtml(blocks: readonly DocBlock[], options: HtmlOptions, rng: Rng): string {
  const article: string[] = [];
  for (const block of blocks) {
    if (block.type === 'table') {
      article.push(table(block.grid, options, rng));
      continue;
    }
    const text = escapeHtml(block.text);
    if (block.kind === 'chrome') continue;
    if (block.kind === 'title')
      article.push(`<h1 class="article-title" style="text-align:center">${text}</h1>`);
    else if (block.kind === 'heading')
      article.push(`<p style="text-indent:2em"><strong>${text}</strong></p>`);
    else
      article.push(
        `<p style="text-indent:2em">${text.replace(/ /g, rng.chance(0.3) ? '&nbsp;' : ' ')}</p>`,
      );
  }
  const meta =
    options.charset === 'gb18030'
      ? rng.pick([
          '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
          '<meta charset="gbk">',
          '<meta charset="GB18030">',
        ])
      : '<meta charset="utf-8">';
  const nav = [
    '首页',
    '政务公开',
    '政务服务',
    '互动交流',
    '走进' + options.siteName.replace(/人民政府门户网站$/, ''),
  ]
    .map((item, index) => `<li><a href="/col/${index + 1}/index.html">${escapeHtml(item)}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.pageTitle)}</title>
<link rel="stylesheet" href="/static/css/main.css">
<style>.article td{font-size:14px}.nav li{display:inline-block;margin:0 8px}</style>
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function(){ var s = "<table><tr><td>1</td></tr></table>"; })();</script>
</head>
<body>
<div class="header"><div class="logo">${escapeHtml(options.siteName)}</div>
<ul class="nav">${nav}</ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<table class="layout" width="100%" border="0"><tr>
<td class="sidebar" width="200" valign="top"><ul><li><a href="/zwgk/zc/">政策文件</a></li><li><a href="/zwgk/nb/">年度报告</a></li></ul></td>
<td class="main" valign="top"><div class="article">
${article.join('\n')}
</div></td></tr></table>
<div class="footer"><p>主办单位：${escapeHtml(options.siteName.replace(/门户网站$/, ''))}办公室</p><p>网站标识码：${rng.int(1000000000, 9999999999)}</p></div>
<script>document.write('<span>访问量统计</span>');</script>
</body>
</html>
`;
}
