import { launchChromium, startBuiltApp } from '../../apps/web-e2e/src/support/built-app';
(async () => {
  const app = await startBuiltApp();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(app.base + (process.argv[2] ?? '/'), { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: process.argv[3] ?? '/tmp/shot.png' });
  console.log('errors:', errors);
  await browser.close(); await app.stop();
})();
