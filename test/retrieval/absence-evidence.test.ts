/**
 * Evidence that an article does not hold the kind of answer a question asks for (session 6), on
 * short articles of these tests' own: none of these questions or articles is in an eval set.
 */
import { describe, expect, it } from 'vitest';
import { holdsNumber } from '../../src/text/numbers.js';
import type { RefusalReason } from '../../src/retrieval/retriever.js';
import { expectAnswers, expectRefusals, useContextOver } from '../helpers/core.js';

const BRIDGE = '2025-09-ura-e-bunes';
const FERRY = '2025-09-trageti-i-shkodres';
const FLOOD = '2025-12-floods-buna';
const SCHOOL = '2025-10-shkolla-dajc';
const THEATRE = '2025-11-teatri-migjeni';

const suite = useContextOver({
  seed: false,
  files: {
    [`${BRIDGE}.txt`]: [
      'date 2025-09',
      '',
      'Ndërtimi i urës së re mbi lumin Buna nisi në vitin 2023. Në kantier punojnë 140 punëtorë në dy turne.',
      '',
      'Pranë lumit do të ndërtohet edhe një digë 12 kilometra e gjatë, e financuar nga Banka Botërore.',
      '',
      'Banorët e Dajçit ankohen se rruga për në qytet është e mbyllur prej muajsh. Dhjetëra familje kalojnë lumin me varkë.',
      '',
      'Kryetari i bashkisë, Arben Dushi, u zgjodh në vitin 2021 dhe e premtoi urën gjatë fushatës.',
      '',
      'Ura e vjetër prej guri, pak më në jug, është mbi 200 vjeç dhe sot kalohet vetëm në këmbë.',
    ].join('\n'),
    [`${THEATRE}.txt`]: 'date 2025-11\n\nAktori Gjon Marku luajti rolin kryesor në shfaqjen e re të Teatrit Migjeni. Salla ishte plot.\n\nPremiera e shfaqjes u dha në mes të majit, pas provash të gjata.\n\nProva gjenerale u bë gjatë natës së martë, me sallë bosh.\n',
    [`${SCHOOL}.txt`]: 'date 2025-10\n\nShkolla e fshatit Dajç u rihap pas përmbytjeve. Mësuesit thonë se frekuentimi i nxënësve është ende i ulët.\n',
    [`${FLOOD}.txt`]: [
      'date 2025-12',
      '',
      'Dozens of families were cut off by the floods along the Buna. The army evacuated the village school on Monday morning.',
      '',
      '“We lost the whole harvest,” a farmer from Dajç told reporters. The Italian embassy sent blankets and tents.',
    ].join('\n'),
    [`${FERRY}.txt`]: [
      'date 2025-09',
      '',
      'Trageti i ri i liqenit të Shkodrës niset nga skela e Shirokës në 08:30 dhe mbërrin në Virpazar pas 90 minutash.',
      '',
      'Në bord ka vend për 120 pasagjerë dhe 20 makina. Ekuipazhi ka tre marinarë.',
      '',
      'Nga Virpazari udhëtarët mund të vazhdojnë me tren drejt Podgoricës.',
      '',
      'Trageti u ndërtua vitin e kaluar në një kantier detar pranë Bolonjës.',
    ].join('\n'),
  },
});

/** Whether the articles answer the question, and from which article and ¶ first. */
async function best(question: string) {
  const retrieval = await suite.ctx.retriever.retrieve(question);
  const top = retrieval.passages[0]!;
  return { retrieval, top: `${top.article.id}¶${top.paragraph.number}` };
}

const expectRefused = (questions: readonly string[], reason: RefusalReason, passage: string) => expectRefusals(suite.ctx, questions, reason, passage);
const expectAnswered = (cases: readonly (readonly [question: string, passage: string])[]) => expectAnswers(suite.ctx, cases);

describe('a time in digits is a year, a day or a time of day', () => {
  it('tells a year and a time of day from a count or a length', () => {
    expect(holdsNumber('Ndërtimi nisi në vitin 2023.', 'year')).toBe(true);
    expect(holdsNumber('Vatra e fundit ishte në vitet 2018–2019.', 'year')).toBe(true);
    expect(holdsNumber('Trageti niset në 08:30.', 'clock')).toBe(true);
    expect(holdsNumber('Një argjinaturë 12 kilometra e gjatë.', 'year')).toBe(false);
    expect(holdsNumber('U eksportuan 2 150 tonë dhe 1 800 litra.', 'year')).toBe(false);
    expect(holdsNumber('Me notë mesatare 7,35.', 'clock')).toBe(false);
    expect(holdsNumber('Në kantier punojnë 140 punëtorë.', 'number')).toBe(true);
  });

  it('refuses "when" from a sentence whose only number counts or measures something, in either language', async () => {
    await expectRefused(['Kur do të përfundojë diga?', 'When will the dam be finished?'], 'missing-answer-kind', `${BRIDGE}¶2`);
  });

  it('takes no Albanian word for an English time word with the same stem ("Marku" is no "March")', async () => {
    await expectRefused(['When did Gjon Marku play the lead role at the Migjeni theatre?'], 'missing-answer-kind', `${THEATRE}¶1`);
  });

  it('answers "when" from an inflected month whose key is too short to be matched by ("majit")', async () => {
    await expectAnswered([
      ['Kur u dha premiera e shfaqjes në Teatrin Migjeni?', `${THEATRE}¶2`],
      ['When did the Migjeni theatre give the premiere of the show?', `${THEATRE}¶2`],
    ]);
  });

  it('answers "when" from a weekday in any of its forms ("natës së martë")', async () => {
    await expectAnswered([['Kur u bë prova gjenerale në Teatrin Migjeni?', `${THEATRE}¶3`]]);
  });

  it('answers "when" from an English article\'s time words, and refuses it where they are missing', async () => {
    await expectAnswered([['When did the army evacuate the village school?', `${FLOOD}¶1`]]);
    await expectRefused(['When did the Italian embassy send the tents?'], 'missing-answer-kind', `${FLOOD}¶2`);
  });

  it('answers "when" from a year, a time of day or a duration, and "how many" from any number', async () => {
    await expectAnswered([
      ['Kur nisi ndërtimi i urës?', `${BRIDGE}¶1`],
      ['When does the new ferry leave Shiroka?', `${FERRY}¶1`],
      ['Sa punëtorë punojnë në kantierin e urës?', `${BRIDGE}¶1`],
    ]);
  });
});

describe('an age is given in years of age, not by any number', () => {
  it('refuses an age from a sentence whose only number is a year, in either language', async () => {
    await expectRefused(['Sa vjeç është kryetari i bashkisë Arben Dushi?', 'How old is mayor Arben Dushi?'], 'missing-answer-kind', `${BRIDGE}¶4`);
  });

  it('answers an age the article gives, in either language', async () => {
    await expectAnswered(['Sa vjeç është ura e vjetër prej guri?', 'How old is the old stone bridge?'].map((question) => [question, `${BRIDGE}¶5`] as const));
  });
});

describe('a length, a size or a duration is given by a number', () => {
  it('refuses "how long" from a sentence that gives no number, in either language', async () => {
    await expectRefused(['How long has the road to the city been closed?', 'Sa kohë ka që është mbyllur rruga për në qytet?'], 'missing-answer-kind', `${BRIDGE}¶3`);
  });

  it('refuses a distance, a temperature or a speed from a sentence that gives no number, in either language', async () => {
    await expectRefused(['What is the distance from Dajç to the city?', 'Sa është distanca nga Dajçi deri në qytet?'], 'missing-answer-kind', `${BRIDGE}¶3`);
  });

  it('answers "how long" from a sentence that gives a length or a duration', async () => {
    await expectAnswered([
      ['How long is the new dam?', `${BRIDGE}¶2`],
      ['How long does the ferry take to Virpazar?', `${FERRY}¶1`],
      ['What is the length of the new dam?', `${BRIDGE}¶2`],
    ]);
  });
});

describe('a number word with a short key is matched as written', () => {
  it('takes "tre" (three) for a count, not "treni" (the train), in either language', async () => {
    await expectRefused(['Sa vagonë ka treni për në Podgoricë?', 'How many carriages does the train to Podgorica have?'], 'missing-answer-kind', `${FERRY}¶3`);
    await expectAnswered([['Sa marinarë ka ekuipazhi i tragetit?', `${FERRY}¶2`]]);
  });
});

describe('a vague count answers "how many"', () => {
  it('answers from "dhjetëra" (dozens) in an Albanian article and from "dozens" in an English one', async () => {
    await expectAnswered([
      ['Sa familje e kalojnë lumin me varkë?', `${BRIDGE}¶3`],
      ['How many families were cut off by the floods?', `${FLOOD}¶1`],
    ]);
  });
});

describe('a named speaker must speak', () => {
  it('refuses what a named one said when only someone else speaks beside the name ("the Italian farmer": the farmer speaks, Italy does not)', async () => {
    await expectRefused(['What did the Italian farmer tell reporters?'], 'not-said', `${FLOOD}¶2`);
  });

  it('answers what a speaker named with a place said ("the farmer from Dajç")', async () => {
    await expectAnswered([['What did the farmer from Dajç tell reporters?', `${FLOOD}¶2`]]);
  });
});

describe('"which company", "which bank" ask for a name', () => {
  it('refuses one when the passage about it names none, in either language', async () => {
    await expectRefused(['Which company is building the bridge over the Buna?', 'Cila kompani e ndërton urën mbi lumin Buna?'], 'missing-answer-kind', `${BRIDGE}¶1`);
  });

  it('answers one from the name the passage gives ("Banka Botërore"), in either language', async () => {
    await expectAnswered(['Which bank is financing the dam?', 'Cila bankë e financon digën?'].map((question) => [question, `${BRIDGE}¶2`] as const));
  });
});

describe('a foreign name as Albanian spells it', () => {
  it('finds "Bologna" written "Bolonjës", in either language', async () => {
    for (const question of ['Was the ferry built near Bologna?', 'A u ndërtua trageti pranë Bologna?']) {
      const { retrieval, top } = await best(question);
      expect(retrieval.found, question).toBe(true);
      expect(top, question).toBe(`${FERRY}¶4`);
    }
  });

  it('still refuses a foreign name no article writes in any spelling ("Modena")', async () => {
    const { retrieval } = await best('Was the ferry built near Modena?');
    expect(retrieval.refusal).toBe('missing-name');
  });
});

describe('a rate, a share or an average asks a number', () => {
  it('refuses one from the sentence about it when it gives no number, in either language', async () => {
    await expectRefused(['What is the attendance rate at the Dajç school?', 'Cila është përqindja e frekuentimit në shkollën e Dajçit?'], 'missing-answer-kind', `${SCHOOL}¶1`);
  });

  it('answers one from a sentence that gives a number', async () => {
    await expectAnswered([['What is the average number of workers on the bridge site?', `${BRIDGE}¶1`]]);
  });
});

describe('a yes-or-no question asks no kind of answer through a word further on', () => {
  it('answers a yes-or-no question that names a time ("vitin që vjen", "this year") from a sentence without one, in either language', async () => {
    await expectAnswered([
      ['A do të rihapet shkolla e Dajçit vitin që vjen?', `${SCHOOL}¶1`],
      ['Did the Dajç school reopen this year?', `${SCHOOL}¶1`],
    ]);
  });

  it('still refuses a date an Albanian question asks beside "do" (will), which is no English "do"', async () => {
    await expectRefused(['Në cilën datë do të rihapet shkolla e Dajçit?'], 'missing-answer-kind', `${SCHOOL}¶1`);
  });
});

describe('a courtesy before the question changes nothing', () => {
  it('answers "Më thuaj, …" and "Could you tell me: …" as it answers the question alone', async () => {
    await expectAnswered([
      ['Më thuaj, cili është roli i Arben Dushit?', `${BRIDGE}¶4`],
      ['Could you tell me: what is Arben Dushi’s job?', `${BRIDGE}¶4`],
    ]);
  });
});
