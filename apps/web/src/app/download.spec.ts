import { download, downloadText } from './download';

describe('download', () => {
  let clicks: { href: string | null; download: string | null; inPage: boolean }[];
  let click: jest.SpyInstance;
  beforeEach(() => {
    clicks = [];
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({
        href: this.getAttribute('href'),
        download: this.getAttribute('download'),
        inPage: document.body.contains(this),
      });
    });
  });
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    click.mockRestore();
    jest.useRealTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('clicks a link in the page that saves the URL under the given name, then removes it', () => {
    download('data:image/png;base64,AAAA', '申请数量-2026-11-27.png');
    expect(clicks).toEqual([
      { href: 'data:image/png;base64,AAAA', download: '申请数量-2026-11-27.png', inPage: true },
    ]);
    expect(document.querySelector('a')).toBeNull();
  });

  it('leaves the name to the server when none is given', () => {
    download('/api/exports/pack?fileFormat=pdf');
    expect(clicks).toEqual([
      { href: '/api/exports/pack?fileFormat=pdf', download: '', inPage: true },
    ]);
  });

  it('saves text through a blob URL that is revoked only after a while', () => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report-coverage';
    });
    URL.revokeObjectURL = jest.fn();
    downloadText('\uFEFF单位,2024\n', '报送情况.csv', 'text/csv;charset=utf-8');
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(clicks).toEqual([
      { href: 'blob:report-coverage', download: '报送情况.csv', inPage: true },
    ]);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(10_000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:report-coverage');
  });
});
