import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Manifest { engines?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
interface Lock { packages: Record<string, Manifest & { version?: string }> }

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as T;
const pkg = read<Manifest>('package.json');
const lock = read<Lock>('package-lock.json');

/** `npm ci` (CI's install) refuses a lockfile that does not match package.json; catch that here, offline. */
describe('package-lock.json', () => {
  it('records the same dependencies and engines as package.json', () => {
    const root = lock.packages['']!;
    expect({ dependencies: root.dependencies, devDependencies: root.devDependencies, engines: root.engines })
      .toEqual({ dependencies: pkg.dependencies, devDependencies: pkg.devDependencies, engines: pkg.engines });
  });

  it('locks every direct dependency at the version package.json pins', () => {
    const pinned = { ...pkg.dependencies, ...pkg.devDependencies };
    const locked = Object.fromEntries(Object.keys(pinned).map((name) => [name, lock.packages[`node_modules/${name}`]?.version]));
    expect(locked).toEqual(pinned);
  });
});
