import { CHARTS } from '@ogi/report-charts';
import { EMPTY_FILTERS } from '../../data-access/filters';
import { chartAsChosen, registryRankChoice } from './chart-ranking';
import { chartDataLinks } from './export-links';

function chart(id: string) {
  const found = CHARTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}

const filters = { ...EMPTY_FILTERS, yearFrom: 2024, yearTo: 2024 };

describe('a chart data file link', () => {
  it('asks a ranking for the bottom N the URL chose, as the chart does', () => {
    const ranked = chartAsChosen(chart('top-offices'), registryRankChoice('?rank=bottom&n=5'));
    const hrefs = chartDataLinks(ranked, filters).map((link) => link.href);
    expect(hrefs).toHaveLength(2);
    for (const href of hrefs) expect(href).toContain('order=asc&limit=5');
  });

  it('asks the top ten by default', () => {
    const ranked = chartAsChosen(chart('top-offices'), registryRankChoice(''));
    expect(chartDataLinks(ranked, filters)[0].href).toContain('order=desc&limit=10');
  });

  it('leaves a chart that ranks nothing without order or limit', () => {
    const [xlsx] = chartDataLinks(chart('applications'), filters);
    expect(xlsx.href).not.toMatch(/order=|limit=/);
  });
});
