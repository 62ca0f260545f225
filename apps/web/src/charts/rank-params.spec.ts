import { parseRankChoice, rankChoiceQuery } from './rank-params';

const limits = [5, 10, 20, null];
const fallback = { order: 'desc', limit: 10 } as const;
const read = (search: string) => parseRankChoice(new URLSearchParams(search), limits, fallback);

describe('a ranking choice in the URL', () => {
  it('reads the bottom N and the top N', () => {
    expect(read('rank=bottom&n=5')).toEqual({ order: 'asc', limit: 5 });
    expect(read('rank=top&n=all')).toEqual({ order: 'desc', limit: null });
  });

  it('falls back for what the ranking does not offer', () => {
    expect(read('rank=sideways&n=7')).toEqual(fallback);
    expect(read('')).toEqual(fallback);
  });

  it('writes back what it reads', () => {
    const choice = { order: 'asc', limit: null } as const;
    expect(read(new URLSearchParams(rankChoiceQuery(choice)).toString())).toEqual(choice);
  });
});
