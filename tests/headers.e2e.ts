import { expect, test } from '@playwright/test';
import { sourceIds } from './helpers';

test('prerendered and server pages refuse framing by other sites', async ({ request }) => {
	for (const path of ['/', `/sources/${sourceIds()[0]}`, '/figures', '/sources/999_0000000000000000']) {
		const res = await request.get(path);
		expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(res.headers()['x-frame-options'], path).toBe('DENY');
		expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
	}
});
