/** The committed resolver types are what GraphQL Code Generator makes from the current SDL. */
import { staleGeneratedFiles } from '@edu-catalogus/kit/codegen';
import { expect, it } from 'vitest';
import config from '../codegen.ts';

it('has committed the resolver types generated from the current SDL (else run `npm run codegen`)', async () => {
  expect(await staleGeneratedFiles(config)).toEqual([]);
}, 60_000); // generation loads the whole codegen toolchain: seconds on a busy machine
