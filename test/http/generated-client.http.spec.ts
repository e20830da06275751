import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROOT = resolve('.');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/**
 * A holder's developer generates a client from /docs-json with a maintained generator (openapi-typescript
 * for the types, openapi-fetch for the calls) and writes against it. The program must type-check
 * without a diagnostic, and a wrong call must not: otherwise the generated types would accept anything.
 */
const program = (moduleBody: string) => `
import createClient from 'openapi-fetch';
import type { operations, paths } from './daeb.js';

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000', headers: { authorization: 'Bearer token' } });

// Each action is its own operation: a generated client gets a method per operationId.
type Suspend = operations['suspendMandate']['requestBody'];
type Import = operations['registerParticipants'];
export const suspension: NonNullable<Suspend>['content']['application/json'] = { reason: 'no trainer present' };

export async function registerAndImport(awardId: string): Promise<number> {
  const registered = await client.POST('/awards/{awardId}/modules', {
    params: { path: { awardId } },
    body: ${moduleBody},
  });
  if (registered.error) throw new Error(registered.error.code + ': ' + registered.error.detail);
  const moduleId: string = registered.data.moduleId;
  const imported = await client.POST('/modules/{moduleId}/participants/import', {
    params: { path: { moduleId } },
    body: [
      {
        trainingDate: '2016-09-05',
        companyEnterpriseNumber: '0202.239.951',
        role: 'employee',
        targetGroups: ['starter'],
        personal: { name: 'An Jansens', email: 'an.jansens@example.be', birthDate: '1985-03-14' },
      },
    ],
  });
  if (imported.error) throw new Error(imported.error.errors?.map((e) => e.path).join(', '));
  const ids: readonly string[] = imported.data.participantIds;
  const status: Import['responses'][201]['content']['application/json']['revision'] = imported.data.revision;
  return ids.length + status * 0 + imported.data.imported;
}
`;

describe('a client generated from /docs-json', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'daeb-client-'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify((await t.http.get('/docs-json').expect(200)).body));
    execFileSync(bin('openapi-typescript'), [join(dir, 'openapi.json'), '-o', join(dir, 'daeb.ts')], { stdio: 'pipe' });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: [],
          skipLibCheck: true,
        },
        files: ['program.ts'],
      }),
    );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const typeCheck = (source: string): string => {
    writeFileSync(join(dir, 'program.ts'), source);
    try {
      execFileSync(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], { stdio: 'pipe', encoding: 'utf8' });
      return '';
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  };

  it('type-checks a program that registers a module and imports participants', () => {
    expect(
      typeCheck(program(`{ title: 'Boekhouding voor starters', subject: 'boekhouding', hours: 12, plannedStart: '2016-09-05' }`)),
    ).toBe('');
  });

  it('refuses a program whose body does not fit the document', () => {
    const diagnostics = typeCheck(
      program(`{ title: 'Boekhouding voor starters', subject: 'boekhouding', hours: 'twelve', plannedStart: '2016-09-05' }`),
    );
    expect(diagnostics).toMatch(/program\.ts\(\d+,\d+\): error TS\d+/);
    expect(diagnostics).toMatch(/hours|string.*number/);
  });
});
