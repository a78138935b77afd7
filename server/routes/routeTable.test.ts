import { describe, expect, it } from 'vitest';
import { matchPattern, matchRoute, type Route } from './routeTable.ts';

const routes: Array<Route<string>> = [
  { method: 'GET', pattern: '/v1alpha/engines/list', handler: 'list' },
  { method: 'POST', pattern: '/v1alpha/generation/:engine_id/text-to-image', handler: 't2i' },
  { method: 'POST', pattern: '/v1alpha/generation/:engine_id/image-to-image', handler: 'i2i' },
  { method: 'POST', pattern: '/v1alpha/generation/:engine_id/image-to-image/masking', handler: 'mask' },
];

describe('matchPattern', () => {
  it('captures and decodes parameters', () => {
    expect(matchPattern('/a/:id/b', '/a/x%20y/b')).toEqual({ id: 'x y' });
  });
  it('rejects empty, missing or extra segments and bad escapes', () => {
    expect(matchPattern('/a/:id/b', '/a//b')).toBeNull();
    expect(matchPattern('/a/:id/b', '/a/b')).toBeNull();
    expect(matchPattern('/a/:id/b', '/a/x/b/c')).toBeNull();
    expect(matchPattern('/a/:id/b', '/a/%E0%A4%A/b')).toBeNull();
  });
});

describe('matchRoute', () => {
  it('finds each route with its params', () => {
    const m = matchRoute(routes, 'POST', '/v1alpha/generation/sd/image-to-image/masking');
    expect(m.kind === 'found' && m.route.handler).toBe('mask');
    expect(m.kind === 'found' && m.params).toEqual({ engine_id: 'sd' });
    const t = matchRoute(routes, 'POST', '/v1alpha/generation/sd/text-to-image');
    expect(t.kind === 'found' && t.route.handler).toBe('t2i');
  });
  it('reports a known path under the wrong method', () => {
    expect(matchRoute(routes, 'POST', '/v1alpha/engines/list')).toEqual({
      kind: 'wrong-method',
      allowed: ['GET'],
    });
  });
  it('reports unknown paths and a missing engine id as none', () => {
    expect(matchRoute(routes, 'GET', '/v1alpha/nope')).toEqual({ kind: 'none' });
    expect(matchRoute(routes, 'POST', '/v1alpha/generation//text-to-image')).toEqual({ kind: 'none' });
    expect(matchRoute(routes, 'POST', '/v1alpha/generation/text-to-image')).toEqual({ kind: 'none' });
  });
});
