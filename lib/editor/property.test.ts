import { describe, expect, it } from 'vitest';
import type { DiagramDocument } from '../model/document';
import { parseDocument } from '../model/parse';
import { TEMPLATES } from '../templates';
import { applyCommand } from './apply';
import type { EditorCommand } from './command';
import { counterIds } from './factories/ids';
import { HistoryManager } from './history';
import { randomCommand, seededRandom } from './testing/random-commands';

const STEPS = 40;

/** Every intermediate document must be one the app would accept from outside. */
function expectValid(doc: DiagramDocument, where: string) {
  const parsed = parseDocument(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(`${where}: ${parsed.error.message}: ${JSON.stringify('problems' in parsed.error ? parsed.error.problems.slice(0, 3) : parsed.error)}`);
  expect(parsed.value, where).toEqual(doc);
}

function run(templateId: string, seed: number) {
  const template = TEMPLATES.find((t) => t.id === templateId)!;
  const start = template.build();
  const random = seededRandom(seed);
  const ids = counterIds(`s${seed}x`);
  const history = new HistoryManager(1000);
  const applied: EditorCommand[] = [];
  let doc = start;
  for (let step = 0; step < STEPS; step++) {
    const command = randomCommand(doc, random, ids);
    if (!command) continue;
    const result = applyCommand(doc, command);
    if (!result.ok || result.value.doc === doc) continue;
    // The inverse alone takes us back.
    const back = applyCommand(result.value.doc, result.value.inverse);
    expect(back.ok && back.value.doc, `${templateId}#${seed} step ${step} ${command.kind}: inverse`).toEqual(doc);
    doc = result.value.doc;
    expectValid(doc, `${templateId}#${seed} step ${step} after ${command.kind}`);
    history.record(result.value.inverse);
    applied.push(command);
  }
  const end = doc;
  let undone = doc;
  for (let next = history.undo(undone); next; next = history.undo(undone)) {
    undone = next;
    expectValid(undone, `${templateId}#${seed} undoing`);
  }
  expect(undone, `${templateId}#${seed}: undo all`).toEqual(start);
  let redone = undone;
  for (let next = history.redo(redone); next; next = history.redo(redone)) redone = next;
  expect(redone, `${templateId}#${seed}: redo all`).toEqual(end);
  return applied.length;
}

/** Seeds that once failed, kept as named regressions (see the note next to each). */
const REGRESSIONS: { name: string; template: string; seed: number }[] = [];

describe('random command sequences on the templates', () => {
  for (const template of TEMPLATES) {
    it(`apply, undo all and redo all on "${template.id}" (seeds 1–15)`, () => {
      let total = 0;
      for (let seed = 1; seed <= 15; seed++) total += run(template.id, seed);
      // The generator must actually edit, or this test proves nothing.
      expect(total).toBeGreaterThan(15 * 10);
    });
  }
  for (const regression of REGRESSIONS) {
    it(`regression: ${regression.name}`, () => { run(regression.template, regression.seed); });
  }
});
