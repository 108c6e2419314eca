// Names for the demo clinic's people (issue 15: "Willow Synthetic-ee78a6af", two Willows on one
// screen, read as test data). They come from @faker-js/faker, a well-kept fake-data library, seeded
// with the demo's seed so the same demo has the same people every time; each first name is used once,
// so no two people on a screen share it. Everyone is still made up: the names belong to no patient.
import { Faker, en, base } from '@faker-js/faker';

export interface DemoNames {
  /** A full name for a person of this sex, its first name not used before in this demo. */
  person: (sex: 'female' | 'male' | 'other' | 'unknown') => string;
}

export function demoNames(seed: number): DemoNames {
  const faker = new Faker({ locale: [en, base], seed });
  const usedFirst = new Set<string>();
  const usedFull = new Set<string>();
  return {
    person(sex) {
      const binary = sex === 'female' || sex === 'male' ? sex : faker.helpers.arrayElement(['female', 'male'] as const);
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const first = faker.person.firstName(binary);
        const full = `${first} ${faker.person.lastName()}`;
        if (usedFirst.has(first) || usedFull.has(full)) continue;
        usedFirst.add(first);
        usedFull.add(full);
        return full;
      }
      throw new Error('ran out of distinct demo names');
    },
  };
}
