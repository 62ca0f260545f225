import { launchChromium, startBuiltApp } from '../../apps/web-e2e/src/support/built-app';
(async () => {
  const app = await startBuiltApp();
  const browser = await launchChromium();
  const path = process.argv[2] ?? '/';
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: any[] = [];
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' } as any);
    const t0 = Date.now();
    await page.goto(app.base + path, { waitUntil: 'commit' });
    await page.locator('[data-testid=chart] canvas').first().waitFor({ timeout: 60000 });
    const ms = Date.now() - t0;
    await cdp.send('Tracing.end');
    await done;
    await context.close();
    if (round < 2) continue;
    // main thread of renderer: find thread with most 'FunctionCall'/'Layout'
    const complete = events.filter((e) => e.ph === 'X' && e.dur);

    const byThread = new Map<string, number>();
    for (const e of complete) if (e.name === 'ThreadControllerImpl::RunTask') byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
    console.log('load', ms, 'ms');
    const rendererMains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const main = [...byThread].filter(([k]) => rendererMains.has(k)).sort((a, b) => b[1] - a[1])[0][0];
    const names = new Map<string, { dur: number; n: number }>();
    const start = Math.min(...complete.filter((e) => `${e.pid}:${e.tid}` === main).map((e) => e.ts));
    for (const e of complete) {
      if (`${e.pid}:${e.tid}` !== main || e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
      const v = names.get(e.name) ?? { dur: 0, n: 0 };
      v.dur += e.dur; v.n += 1; names.set(e.name, v);
    }
    for (const [k, v] of [...names].sort((a, b) => b[1].dur - a[1].dur).slice(0, 25)) console.log(`  ${(v.dur / 1000).toFixed(0).padStart(6)} ms  ${String(v.n).padStart(5)}×  ${k}`);
    // timeline of long tasks
    console.log('long tasks (>30ms) on main:');
    for (const e of complete.filter((e) => `${e.pid}:${e.tid}` === main && e.name === 'ThreadControllerImpl::RunTask' && e.dur > 30000).sort((a,b)=>a.ts-b.ts)) {
      const inner = complete.filter((x) => `${x.pid}:${x.tid}` === main && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x.name !== 'ThreadControllerImpl::RunTask');
      const top = new Map<string, number>(); for (const x of inner) top.set(x.name, (top.get(x.name) ?? 0) + x.dur);
      const desc = [...top].sort((a,b)=>b[1]-a[1]).slice(0,4).map(([k,v])=>`${k} ${(v/1000).toFixed(0)}`).join(', ');
      console.log(`  at ${((e.ts - start) / 1000).toFixed(0).padStart(5)} ms: ${(e.dur / 1000).toFixed(0).padStart(4)} ms  [${desc}]`);
    }
  }
  await browser.close(); await app.stop();
})().catch((e) => { console.error(e); process.exit(1); });
