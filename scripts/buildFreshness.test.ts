import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildStale, needsBuild, newestMtime, writeBuildStamp } from './buildFreshness';

/** Sets a file's mtime to a whole second so comparisons do not depend on the filesystem's precision. */
function touch(path: string, seconds: number, content = 'x'): void {
  writeFileSync(path, content);
  utimesSync(path, seconds, seconds);
}

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'gesso-fresh-'));
  mkdirSync(join(root, 'src', 'deep', 'er'), { recursive: true });
  touch(join(root, 'index.html'), 1000);
  touch(join(root, 'src', 'main.tsx'), 1000);
  touch(join(root, 'src', 'deep', 'er', 'leaf.ts'), 1000);
  utimesSync(join(root, 'src', 'deep', 'er'), 1000, 1000);
  utimesSync(join(root, 'src', 'deep'), 1000, 1000);
  utimesSync(join(root, 'src'), 1000, 1000);
  return root;
}

describe('isBuildStale', () => {
  it('needs a build when there is none, or an input is newer', () => {
    expect(isBuildStale(undefined, 0)).toBe(true);
    expect(isBuildStale(5000, 5001)).toBe(true);
    expect(isBuildStale(5000, 5000)).toBe(false);
    expect(isBuildStale(5000, 10)).toBe(false);
  });
});

describe('needsBuild', () => {
  it('is true without dist/', () => {
    expect(needsBuild(project())).toBe(true);
  });

  it('is false when dist/index.html is newer than every input, true after a deep file changes', () => {
    const root = project();
    mkdirSync(join(root, 'dist'));
    touch(join(root, 'dist', 'index.html'), 2000);
    expect(needsBuild(root)).toBe(false);
    utimesSync(join(root, 'src', 'deep', 'er', 'leaf.ts'), 3000, 3000);
    expect(needsBuild(root)).toBe(true);
  });

  it('prefers the build stamp (build start) over the index.html time', () => {
    const root = project();
    mkdirSync(join(root, 'dist'));
    touch(join(root, 'dist', 'index.html'), 5000);
    // A file saved at 1500 while a build that started at 1200 ran: that build did not see it.
    utimesSync(join(root, 'index.html'), 1500, 1500);
    writeBuildStamp(join(root, 'dist'), 1_200_000);
    expect(needsBuild(root)).toBe(true);
    writeBuildStamp(join(root, 'dist'), 1_600_000);
    expect(needsBuild(root)).toBe(false);
  });

  it('counts a new file in public/ and a config change', () => {
    const root = project();
    mkdirSync(join(root, 'dist'));
    touch(join(root, 'dist', 'index.html'), 2000);
    mkdirSync(join(root, 'public'));
    utimesSync(join(root, 'public'), 1000, 1000);
    touch(join(root, 'public', 'sample.png'), 2500);
    expect(needsBuild(root)).toBe(true);
    utimesSync(join(root, 'public', 'sample.png'), 1000, 1000);
    // Adding the file also touched the folder; a folder's time counts so that deletions rebuild too.
    expect(needsBuild(root)).toBe(true);
    utimesSync(join(root, 'public'), 1000, 1000);
    expect(needsBuild(root)).toBe(false);
    touch(join(root, 'vite.config.ts'), 2100);
    expect(needsBuild(root)).toBe(true);
  });
});

describe('newestMtime', () => {
  it('ignores missing paths', () => {
    expect(newestMtime(project(), ['nope', 'index.html'])).toBe(1_000_000);
  });
});
