/**
 * Near misses of a name: the question asks the name of one it calls by a noun ("the German distributor"), and
 * the article tells of that one without naming it; or it asks who holds a role of a place, and the article names
 * the holder of that role of another place. Checked on small articles of its own, next to the seed, with
 * questions of the same shape that it still answers: a name beside the noun, after it or before it, in quotation
 * marks or not, a question asking who, the place in the holder's sentence or in the article's lead.
 */
import { describe, it } from 'vitest';
import { expectAnswers, expectRefusals, useContextOver } from '../helpers/core.js';

const WINE = '2025-10-vera-leskovik';
const RESCUE = '2025-01-helikopteri-vithkuq';
const SNOW = '2025-01-bora-korce';

const suite = useContextOver({
  files: {
    [`${WINE}.txt`]: [
      'date 2025-10',
      'Drejtoresha e kantinës së Leskovikut, Mira Kola, nënshkroi këtë muaj një kontratë me një shpërndarës gjerman për 20 000 shishe verë.',
      'Enologu i kantinës, Arben Dule, tha se rrushi i këtij viti ishte më i ëmbël se zakonisht. Vera e kuqe e kantinës, “Guri i Zi”, fitoi një medalje argjendi në Vjenë.',
      'Një zyrtar i kantinës, që nuk pranoi të citohej me emër, i foli agjencisë së lajmeve ATA për planet e eksportit në Austri.',
      'Kantinieri i Leskovikut, Ilir Muka, i prezantoi verërat në panairin e Vjenës.',
    ].join('\n\n'),
    [`${RESCUE}.txt`]: [
      'date 2025-01',
      'Një helikopter i Forcave Ajrore transportoi të shtunën nga fshati Vithkuq drejt spitalit të Korçës një grua shtatzënë, pasi rruga ishte bllokuar nga bora.',
      'Piloti i helikopterit, kapiten Dritan Hoxha, tha se fluturimi zgjati 20 minuta.',
    ].join('\n\n'),
    [`${SNOW}.txt`]: [
      'date 2025-01',
      'Bashkia e Korçës nisi të hënën pastrimin e rrugëve nga bora, pas reshjeve më të mëdha të dimrit.',
      'Kryetari i bashkisë, Petrit Dushku, tha se 14 borëpastruese punuan gjithë natën.',
      'Rruga Korçë–Pogradec u hap për qarkullim vetëm pasdite, pasi policia ndaloi kamionët.',
      'Në Maliq, drejtori i shkollës “Naim Frashëri”, Artan Leka, mbylli mësimin për dy ditë.',
    ].join('\n\n'),
  },
});

describe('a name asked of one the article tells of needs a name beside the word for it, and a role’s holder asked of a place needs one beside that place', () => {
  it.each([
    // The article tells of that one and names no one beside the word.
    ['Si quhet shpërndarësi gjerman që bleu verën?', 'name-untold', `${WINE}¶1`],
    ['Si quhet gruaja shtatzënë që u transportua me helikopter?', 'name-untold', `${RESCUE}¶1`],
    ["What's the name of the pregnant woman flown to Korça?", 'name-untold', `${RESCUE}¶1`],
    ['What was the pregnant woman from Vithkuq called?', 'name-untold', `${RESCUE}¶1`],
    // The article names the mayor of Korçë and a head teacher in Maliq, and Pogradec only on the road.
    ['Kush është kryetari i bashkisë së Pogradecit?', 'role-of-other', `${SNOW}¶2`],
    ['Who is the mayor of Pogradec municipality?', 'role-of-other', `${SNOW}¶2`],
    ['Kush është drejtori i shkollës në Pogradec?', 'role-of-other', `${SNOW}¶4`],
    ['Who is the school principal in Pogradec?', 'role-of-other', `${SNOW}¶4`],
  ] as const)('refuses "%s" (%s)', (question, reason, passage) => expectRefusals(suite.ctx, [question], reason, passage));

  it.each([
    // A name stands right after the noun, after a comma or in quotation marks.
    ['Si quhet enologu i kantinës së Leskovikut?', `${WINE}¶2`],
    ["What is the name of the Leskovik winery's oenologist?", `${WINE}¶2`],
    ['Si quhet vera e kuqe e kantinës së Leskovikut?', `${WINE}¶2`],
    ['Si quhet piloti që tha se fluturimi zgjati 20 minuta?', `${RESCUE}¶2`],
    // A word no article has ("Hey") is not the noun whose name is asked.
    ['Hey bot, Si quhet vera e kuqe e kantines se Leskovikut?', `${WINE}¶2`],
    // The question asks who; the lexicon cannot translate the noun.
    ["Me kë foli zyrtari i kantinës që s'deshi t'i dilte emri?", `${WINE}¶3`],
    ["What's the name of the Leskovik cellarman?", `${WINE}¶4`],
    // The article's lead names the place, or the holder's sentence does.
    ['Kush është kryetari i bashkisë së Korçës, që foli për borëpastrueset?', `${SNOW}¶2`],
    ['Who is the mayor of Korçë?', `${SNOW}¶2`],
    ['Kush është drejtori i shkollës në Maliq?', `${SNOW}¶4`],
    ['Who is the head teacher in Maliq?', `${SNOW}¶4`],
  ] as const)('answers "%s" from %s', (question, passage) => expectAnswers(suite.ctx, [[question, passage]]));
});
