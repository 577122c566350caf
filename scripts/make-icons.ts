// Renders the app icon (an SVG kept here) to the PNG sizes the web app
// manifest needs, with the system Chromium. Run once after changing the icon:
//   npx tsx scripts/make-icons.ts
import { chromium } from '@playwright/test';

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="#1f5fae"/>
  <rect x="112" y="136" width="288" height="256" rx="28" fill="#ffffff"/>
  <rect x="112" y="136" width="288" height="64" rx="28" fill="#cfe0f5"/>
  <rect x="112" y="172" width="288" height="28" fill="#cfe0f5"/>
  <rect x="168" y="104" width="28" height="64" rx="14" fill="#ffffff"/>
  <rect x="316" y="104" width="28" height="64" rx="14" fill="#ffffff"/>
  <rect x="152" y="232" width="64" height="48" rx="8" fill="#1f5fae"/>
  <rect x="224" y="232" width="64" height="48" rx="8" fill="#b7791f"/>
  <rect x="296" y="232" width="64" height="48" rx="8" fill="#1f5fae"/>
  <rect x="152" y="300" width="64" height="48" rx="8" fill="#1f5fae"/>
  <rect x="224" y="300" width="64" height="48" rx="8" fill="#1f5fae"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${ICON_SVG}`);
  await page.screenshot({ path: `public/icon-${size}.png` });
  await page.close();
}
await browser.close();
console.log('wrote public/icon-192.png and public/icon-512.png');
