import { Tag, Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import type { KpiCardModel } from '@ogi/report-charts';
import { followHref } from '../../charts/drill-link';

const ARROWS = { up: '↑', down: '↓', flat: '→', unknown: '' } as const;
const DIRECTION_TEXT = { up: '上升', down: '下降', flat: '持平', unknown: '无法比较' } as const;

/**
 * KPI cards: the value of the last year, its change on the year before (green when welcome, red
 * when not, from the metric's goodDirection), n for rates. Plain boxes rather than antd Cards:
 * six of them are on the first screen, drawn before the first chart.
 */
export function KpiCards({
  cards,
  year,
  hrefOf,
}: {
  cards: KpiCardModel[];
  year: number;
  /** Where a card leads (drill-through): the whole card is the link. */
  hrefOf?: (card: KpiCardModel) => string;
}) {
  return (
    <section className="kpi-grid" aria-label={`${year}年主要指标`}>
      {cards.map((card) => (
        <article key={card.key} className="kpi-card" data-testid={`kpi-${card.key}`}>
          <div className="kpi-title">
            {hrefOf ? (
              <a className="kpi-link" href={hrefOf(card)} onClick={(e) => follow(e, hrefOf(card))}>
                {card.title}
              </a>
            ) : (
              card.title
            )}
          </div>
          <div className="kpi-value">{card.value}</div>
          <div className={`kpi-change kpi-${card.tone}`}>
            <span aria-label={DIRECTION_TEXT[card.direction]}>{ARROWS[card.direction]}</span> 较上年{' '}
            {card.changeText}
            <span className="kpi-previous">（{card.previousText}）</span>
          </div>
          <div className="kpi-meta">
            {card.sampleText ? <span>{card.sampleText}</span> : null}
            {card.smallSample ? (
              <Tooltip title="分母小于 5，比率波动大，仅供参考">
                <Tag color="warning">样本较小</Tag>
              </Tooltip>
            ) : null}
            <span>{card.reportsText}</span>
          </div>
        </article>
      ))}
    </section>
  );
}

/** A plain click moves within the app; the middle button and Ctrl/⌘/Shift are the browser's. */
function follow(event: MouseEvent<HTMLAnchorElement>, href: string) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  followHref(href, event);
}
