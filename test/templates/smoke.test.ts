import { expect, it } from 'vitest';
import { identityMarker } from '../../templates/model/definition.ts';
it('marks identity', () => expect(identityMarker({ id: 'a', version: 1 })).toBe('TZT:a@1'));
