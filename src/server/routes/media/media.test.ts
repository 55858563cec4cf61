import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits';
import { gpsLatitude, jpegWithGps } from '../../test/exif';
import { createUser, feedback, proposal, QUARTER_A, QUARTER_B } from '../../test/factories';
import { json, login, postBatch, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

let t: TestApp;
let managerA: LoggedIn;
let managerB: LoggedIn;
// Several scrypt logins and, in the postgres project, a fresh database: slow on a busy machine.
beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-a', role: 'manager', quarterIds: [QUARTER_A] });
  await createUser(t.ctx.db, { email: 'b@example.org', password: 'pw-for-b', role: 'manager', quarterIds: [QUARTER_B] });
  managerA = await login(t.app, 'a@example.org', 'pw-for-a');
  managerB = await login(t.app, 'b@example.org', 'pw-for-b');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const put = (id: string, payload: Buffer | string, type = 'image/jpeg') =>
  t.app.inject({ method: 'PUT', url: `/api/v1/media/${id}`, headers: { 'content-type': type }, payload });
const get = (id: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/media/${id}`, headers: cookie ? { cookie } : {} });

describe('PUT /api/v1/media/:id', () => {
  it('re-encodes a JPEG carrying GPS EXIF: stored and served without any metadata, turned upright', async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(gpsLatitude(before.exif)).toBeCloseTo(50.978, 3);
    expect(before.orientation).toBe(6);

    const id = randomUUID();
    const response = await put(id, input);
    expect(response.statusCode).toBe(201);
    expect(json(response)).toMatchObject({ id, mime: 'image/jpeg', width: 20, height: 40 });

    const row = await t.ctx.db.selectFrom('media').select(['bytes', 'mime']).where('id', '=', id).executeTakeFirstOrThrow();
    const stored = await sharp(Buffer.from(row.bytes)).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(stored.iptc).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect([stored.width, stored.height]).toEqual([20, 40]);
    expect(Buffer.from(row.bytes).includes(Buffer.from('TestCam'))).toBe(false);

    // Served once a manager of its quarter asks (the item is not published yet).
    await postBatch(t.app, [feedback({ quarterId: QUARTER_A, mediaIds: [id] })]);
    const served = await get(id, managerA.cookie);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
  });

  it('shrinks the long edge to 1600 px and turns PNG and WebP into JPEG', async () => {
    const png = await sharp({ create: { width: 3200, height: 1000, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const fromPng = await put(randomUUID(), png, 'image/png');
    expect(fromPng.statusCode).toBe(201);
    expect(json(fromPng)).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 500 });
    const webp = await sharp({ create: { width: 30, height: 30, channels: 3, background: '#fff' } }).webp().toBuffer();
    const fromWebp = await put(randomUUID(), webp, 'image/webp');
    expect(json(fromWebp)).toMatchObject({ mime: 'image/jpeg', width: 30, height: 30 });
  });

  it('answers a resend with 200 and the same answer, and a different photo under the same id with 409', async () => {
    const id = randomUUID();
    const input = await jpegWithGps();
    const first = await put(id, input);
    const again = await put(id, input);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(json(again)).toEqual(json(first));

    const other = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).jpeg().toBuffer();
    const conflict = await put(id, other);
    expect(conflict.statusCode).toBe(409);
    expect(json(conflict)).toMatchObject({ error: { code: 'id_conflict', path: 'id' } });
    const rows = await t.ctx.db.selectFrom('media').select('width').where('id', '=', id).execute();
    expect(rows).toEqual([{ width: 20 }]);
  });

  it('refuses text, a GIF dressed as JPEG, a broken JPEG and a wrong content type with 415 not_an_image', async () => {
    const gif = await sharp({ create: { width: 5, height: 5, channels: 3, background: '#000' } }).gif().toBuffer();
    const jpeg = await jpegWithGps();
    const cases: Array<[Buffer | string, string]> = [
      ['just some words, not a photo', 'image/jpeg'],
      [gif, 'image/jpeg'],
      [jpeg.subarray(0, 200), 'image/jpeg'],
      [jpeg, 'text/plain'],
      [jpeg, 'application/json'],
      [jpeg, 'image/gif'],
    ];
    for (const [payload, type] of cases) {
      const response = await put(randomUUID(), payload, type);
      expect(response.statusCode, `${type} ${payload.length}`).toBe(415);
      expect(json(response)).toMatchObject({ error: { code: 'not_an_image', message: expect.stringMatching(/JPEG|image\/jpeg/) } });
    }
    expect(await t.ctx.db.selectFrom('media').select('id').where('width', 'is', null).execute()).toEqual([]);
  });

  it('answers 413 above 5 MiB and 400 for an id that is not a UUID', async () => {
    const huge = Buffer.alloc(LIMITS.mediaMaxBytes + 1, 0xff);
    const tooLarge = await put(randomUUID(), huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(json(tooLarge)).toMatchObject({ error: { code: 'payload_too_large' } });
    const badId = await put('photo-1', await jpegWithGps());
    expect(badId.statusCode).toBe(400);
    expect(json(badId)).toMatchObject({ error: { code: 'validation', path: 'id' } });
  });

  it('is rate limited per client like submissions', async () => {
    const limited = await startTestApp({ rateLimitMax: 1 });
    try {
      const input = await jpegWithGps();
      const send = () => limited.app.inject({ method: 'PUT', url: `/api/v1/media/${randomUUID()}`, headers: { 'content-type': 'image/jpeg' }, payload: input });
      expect((await send()).statusCode).toBe(201);
      const second = await send();
      expect(second.statusCode).toBe(429);
      expect(json(second)).toMatchObject({ error: { code: 'rate_limited' } });
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/v1/media/:id', () => {
  it('serves a photo publicly only once its item is published; before that only to the quarter’s managers', async () => {
    const id = randomUUID();
    await put(id, await jpegWithGps());
    const orphan = await get(id, managerA.cookie);
    expect(orphan.statusCode).toBe(404);

    const item = proposal({ quarterId: QUARTER_A, mediaIds: [id] });
    await postBatch(t.app, [item]);
    const links = await t.ctx.db.selectFrom('submission_media').selectAll().where('media_id', '=', id).execute();
    expect(links).toEqual([{ submission_id: item.id, media_id: id }]);

    expect((await get(id)).statusCode).toBe(404);
    expect(json(await get(id))).toMatchObject({ error: { code: 'not_found' } });
    expect((await get(id, managerB.cookie)).statusCode).toBe(404);
    const forManager = await get(id, managerA.cookie);
    expect(forManager.statusCode).toBe(200);
    expect(forManager.headers['cache-control']).toBe('private, no-cache');

    await t.ctx.db.updateTable('submissions').set({ moderation: 'published' }).where('id', '=', item.id as string).execute();
    const published = await get(id);
    expect(published.statusCode).toBe(200);
    // Stored by caches, but asked about on every use: hiding must take effect on the next reload.
    expect(published.headers['cache-control']).toBe('public, no-cache');
    const etag = String(published.headers.etag);
    const again = await t.app.inject({ method: 'GET', url: `/api/v1/media/${id}`, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);

    await t.ctx.db.updateTable('submissions').set({ moderation: 'hidden' }).where('id', '=', item.id as string).execute();
    const hidden = await get(id);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/media/${id}`, headers: { 'if-none-match': etag } })).statusCode).toBe(404);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const id of [randomUUID(), 'nope']) expect((await get(id)).statusCode).toBe(404);
  });
});
