import { expect, it } from 'vitest';
import { createViaApi, describeSite } from '../site-test-kit';

/** A headline whose slug is cut to 80 characters, so its numbered forms are cut further. */
const LONG = "Bundesregierung beschließt umfassende Reform der Pflegeversicherung bis Ende '26";

describeSite('slugs derived from long headlines', (site) => {
  it('gives the third article with the same cut slug a free number instead of a conflict', async () => {
    const slugs: string[] = [];
    for (let i = 0; i < 4; i++) slugs.push((await createViaApi(site, { headline: LONG })).slug);
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(80);
    expect(slugs[2]).toMatch(/-3$/);
  });
});
