import { launchChromium, startBuiltApp, waitFor } from '../../apps/web-e2e/src/support/built-app';
(async () => {
  const app = await startBuiltApp();
  const browser = await launchChromium();
  const path = process.argv[2] ?? '/';
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.goto(app.base + path, { waitUntil: 'commit' });
    await page.locator('[data-testid=chart] canvas').first().waitFor({ timeout: 60000 });
    const ms = Date.now() - t0;
    const { profile } = (await cdp.send('Profiler.stop')) as any;
    if (round < 2) { await context.close(); continue; }
    // self time per node
    const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
    const self = new Map<number, number>();
    const dts = profile.timeDeltas as number[];
    const times: number[] = []; let acc = profile.startTime; for (const d of dts) { acc += d; times.push(acc); }
    const windowStart = profile.endTime - Number(process.env.WINDOW_MS ?? 1e9) * 1000;
    profile.samples.forEach((id: number, i: number) => { if (times[i] >= windowStart) self.set(id, (self.get(id) ?? 0) + (dts[i] ?? 0)); });
    const agg = new Map<string, number>();
    const byUrl = new Map<string, number>();
    for (const [id, us] of self) {
      const n = byId.get(id); const cf = n.callFrame;
      const url = (cf.url || '(native)').replace(app.base, '');
      const key = `${cf.functionName || '(anon)'} ${url}:${cf.lineNumber}`;
      agg.set(key, (agg.get(key) ?? 0) + us);
      byUrl.set(url, (byUrl.get(url) ?? 0) + us);
    }
    console.log(`load ${ms} ms; total sampled ${(profile.endTime - profile.startTime) / 1000} ms`);
    console.log('by script:');
    for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
    console.log('top functions:');
    for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
    await context.close();
  }
  await browser.close(); await app.stop();
})().catch((e) => { console.error(e); process.exit(1); });
