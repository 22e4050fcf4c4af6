/** Type tests of the drift options: `validate` takes three modes, `onDrift` gets a DriftReport, on both layers. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createKatapultClient,
  type DriftKind,
  type DriftReport,
  type DriftError,
  Katapult,
  type ValidateMode,
} from '../src/index.js';

describe('drift options', () => {
  it('validate is off, report or strict; anything else does not compile', () => {
    createKatapultClient({ validate: 'report' });
    createKatapultClient({ validate: 'strict', onDrift: () => {} });
    new Katapult({ validate: 'off' });
    // @ts-expect-error not a mode
    createKatapultClient({ validate: 'loud' });
    // @ts-expect-error not a mode
    new Katapult({ validate: true });
    expectTypeOf<ValidateMode>().toEqualTypeOf<'off' | 'report' | 'strict'>();
  });

  it('onDrift is given a DriftReport, on both layers', () => {
    createKatapultClient({
      validate: 'report',
      onDrift: (report) => {
        expectTypeOf(report).toEqualTypeOf<DriftReport>();
        expectTypeOf(report.kind).toEqualTypeOf<DriftKind>();
        expectTypeOf(report.severity).toEqualTypeOf<'new' | 'error'>();
      },
    });
    new Katapult({ validate: 'report', onDrift: (report) => expectTypeOf(report.pointer).toBeString() });
    // @ts-expect-error onDrift takes a function
    createKatapultClient({ validate: 'report', onDrift: 'console' });
  });

  it('validators takes the import of the package entry, and nothing of another shape', () => {
    createKatapultClient({ validate: 'report', validators: () => import('../src/validators.js') });
    new Katapult({ validate: 'strict', validators: () => import('../src/validators.js') });
    // @ts-expect-error a module without `validators`
    createKatapultClient({ validate: 'report', validators: async () => ({}) });
  });

  it('DriftError carries the reports', () => {
    expectTypeOf<DriftError['reports']>().toEqualTypeOf<readonly DriftReport[]>();
    expectTypeOf<DriftError['path']>().toBeString();
  });
});
