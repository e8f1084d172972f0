import { test } from '@playwright/test';
import { HomePage } from '../pages/HomePage';

/**
 * The designer with the e-commerce template, for the README. Run with
 * `DOCS_SCREENSHOT=1 npx playwright test --project docs`; writes docs/screenshot.png.
 */
test('designer screenshot for the README', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', 'E-commerce orders');
  await designer.expectTables(['categories', 'order_items', 'orders', 'products', 'users']);
  await designer.selectTable('orders');
  // Let fitView and the edge routing settle before the picture.
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge path').length >= 5);
  await page.screenshot({ path: 'docs/screenshot.png' });
});
