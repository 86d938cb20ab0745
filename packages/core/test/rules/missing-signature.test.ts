import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { catalogWith } from '../render/pack-host.js';
import { expectMessages, replacing } from './rule-helpers.js';

const UNSIGNED = replacing(VALID, 'signature:\n  organization: 万源市人民政府\n  date: 2024-02-28\n', '');

describe('missing-signature', () => {
  it('warns on the template id when a pack that prints a 落款 has none to print', () => {
    expect(only('missing-signature', UNSIGNED)).toEqual([{ code: 'missing-signature', severity: 'warning', at: '1:11-1:19' }]);
    expectMessages('missing-signature', UNSIGNED, [['National standard format', 'signature', 'organization']]);
  });

  it('warns about the commented-out signature of the scaffold', () => {
    const commented = `${UNSIGNED}# signature:\n#   organization: 万源市人民政府\n#   date: 2024-03-31\n`;
    expect(only('missing-signature', commented)).toHaveLength(1);
  });

  it('is silent when signed, when the pack prints no signature, and leaves an incomplete one to the schema', () => {
    expect(only('missing-signature', VALID)).toEqual([]);
    const unsignedPack = catalogWith({ unsigned: { 'template.yaml': 'id: unsigned\nname: 无落款\nextends: national\nshow:\n  signature: false\n' } });
    const text = replacing(UNSIGNED, 'template: national', 'template: unsigned');
    expect(only('missing-signature', text, { templates: unsignedPack })).toEqual([]);
    expect(only('missing-signature', UNSIGNED, { templates: unsignedPack })).toHaveLength(1);
    expect(only('missing-signature', replacing(VALID, '  organization: 万源市人民政府\n', ''))).toEqual([]);
  });

  it('is silent for an unknown pack and after a syntax error', () => {
    expect(only('missing-signature', replacing(UNSIGNED, 'template: national', 'template: nationl'))).toEqual([]);
    expect(only('missing-signature', `${UNSIGNED}plans: [\n`)).toEqual([]);
  });
});
