import { expect, generateAndWait, naturalSize, openStudio, readArtifacts, test } from './fixtures';

test('a prompt generates an image that shows the seed the engine used', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a red fox on blue snow');
  const response = await generateAndWait(page);
  expect(response.status()).toBe(200);
  const artifacts = await readArtifacts(response);
  expect(artifacts).toHaveLength(1);
  const seed = artifacts[0]!.seed;
  expect(Number.isInteger(seed)).toBe(true);

  await expect(s.results).toHaveCount(1);
  const image = s.results.first().getByRole('img', { name: /^Result, seed \d+$/ });
  await expect(image).toHaveAccessibleName(`Result, seed ${seed}`);
  // The picture really decoded: a broken or empty image has naturalWidth 0.
  await expect.poll(() => naturalSize(page, seed)).toEqual({ width: 512, height: 512 });
});

test('three samples from seed 1234 give three results with consecutive seeds', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('green hills under a yellow sky');
  await s.seed.fill('1234');
  await s.samples.fill('3');
  const response = await generateAndWait(page);
  expect(response.status()).toBe(200);
  expect((await readArtifacts(response)).map((a) => a.seed)).toEqual([1234, 1235, 1236]);

  await expect(s.results).toHaveCount(3);
  for (const seed of [1234, 1235, 1236]) {
    await expect(s.resultImage(seed)).toBeVisible();
    await expect.poll(() => naturalSize(page, seed)).toEqual({ width: 512, height: 512 });
  }
});

test('the request on the wire is snake_case JSON with text_prompts', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a lighthouse at dusk');
  await page.getByRole('button', { name: 'Add prompt', exact: true }).click();
  await s.prompt(2).fill('blurry');
  await s.promptWeight(2).fill('-1');
  await s.seed.fill('42');
  await s.steps.fill('30');
  await s.cfgScale.fill('9');
  await s.sampler.selectOption('K_EULER');
  const response = await generateAndWait(page);
  expect(response.status()).toBe(200);

  const request = response.request();
  const headers = await request.allHeaders();
  expect(headers['content-type']).toMatch(/^application\/json\b/);
  expect(headers['accept']).toBe('application/json');
  expect(headers['authorization']).toBeTruthy();
  const raw = request.postData() ?? '';
  const body: unknown = JSON.parse(raw);
  expect(body).toMatchObject({
    text_prompts: [
      { text: 'a lighthouse at dusk', weight: 1 },
      { text: 'blurry', weight: -1 },
    ],
    seed: 42,
    steps: 30,
    cfg_scale: 9,
    sampler: 'K_EULER',
    width: 512,
    height: 512,
    samples: 1,
  });
  // No camelCase field may leak onto the wire (the seed's TypeScript names are camelCase).
  const keys = Object.keys(body as Record<string, unknown>);
  expect(keys.filter((k) => /[A-Z]/.test(k))).toEqual([]);
  for (const key of keys) expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
  expect(new URL(request.url()).pathname).toMatch(/^\/v1alpha\/generation\/[a-z0-9-]+\/text-to-image$/);
});
