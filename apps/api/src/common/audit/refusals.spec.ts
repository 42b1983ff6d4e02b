import type { Request } from 'express';
import { refusalOf } from './refusals';

type Fake = { method?: string; originalUrl: string; route?: string; params?: Record<string, string>; query?: Record<string, string>; actor?: object };

function request(fake: Fake): Request {
  return {
    method: fake.method ?? 'GET', originalUrl: fake.originalUrl, url: fake.originalUrl, params: fake.params ?? {}, query: fake.query ?? {},
    route: fake.route ? { path: fake.route } : undefined, actor: fake.actor,
  } as unknown as Request;
}

const FORBIDDEN = { statusCode: 403, message: 'As a project member you may not delete this lab.', code: 'FORBIDDEN' };

// What a refusal keeps of the request: the route, the path with its ids, names of query parameters; never a value that could be a secret.
describe('refusalOf', () => {
  it.each<[string, Fake, { route: string; path: string; resource: string | null; recordId: number | null; query: string[] }]>([
    ['a record', { originalUrl: '/api/projects/3', route: '/api/projects/:id', params: { id: '3' } },
      { route: '/api/projects/:id', path: '/api/projects/3', resource: 'projects', recordId: 3, query: [] }],
    ['a list, query values left out', { originalUrl: '/api/users?filter={"q":"jan@example.org"}&range=[0,9]', route: '/api/users', query: { filter: '{}', range: '[]' } },
      { route: '/api/users', path: '/api/users', resource: 'users', recordId: null, query: ['filter', 'range'] }],
    ['a parameter that is not a number stays the route\'s name', { originalUrl: '/api/projects/3/quarters/2026-Q1', route: '/api/projects/:id/quarters/:quarter', params: { id: '3', quarter: '2026-Q1' } },
      { route: '/api/projects/:id/quarters/:quarter', path: '/api/projects/3/quarters/:quarter', resource: 'projects', recordId: 3, query: [] }],
    ['a token in the path is never kept', { originalUrl: '/api/auth/reset/9f86d081884c7d659a2feaa0c55ad015', route: '/api/auth/reset/:token', params: { token: '9f86d081884c7d659a2feaa0c55ad015' } },
      { route: '/api/auth/reset/:token', path: '/api/auth/reset/:token', resource: 'auth', recordId: null, query: [] }],
    ['no route matched: odd segments masked', { originalUrl: '/api/auth/reset/abc.def+ghi?x=1', query: { x: '1' } },
      { route: '/api/auth/reset/:value', path: '/api/auth/reset/:value', resource: 'auth', recordId: null, query: ['x'] }],
  ])('%s', (_name, fake, expected) => {
    expect(refusalOf(request(fake), FORBIDDEN)).toMatchObject(expected);
  });

  it('says who, the status, its code and message', () => {
    const refusal = refusalOf(request({ method: 'DELETE', originalUrl: '/api/labs/7', route: '/api/labs/:id', params: { id: '7' }, actor: { userId: 12 } }), FORBIDDEN);
    expect(refusal).toMatchObject({ userId: 12, method: 'DELETE', status: 403, code: 'FORBIDDEN', message: FORBIDDEN.message });
    expect(refusalOf(request({ originalUrl: '/api/labs' }), { statusCode: 401, message: 'Sign in first.' })).toMatchObject({ userId: null, code: null });
  });
});
