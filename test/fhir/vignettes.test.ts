// Every clinical vignette of test/cases, exported to FHIR with its assessment: every resource passes
// the FHIR R4 structure validator (medplum's, on the R4 StructureDefinitions); the import gives back
// the same case file; the engine gives the same assessment on both; and exporting the imported case
// file gives the same bundle again (spec §6, issue 7 part 4).
import { describe, expect, it } from 'vitest';
import { assess, defaultSettings } from '../../src/domain/index.ts';
import { bundleToCaseFile, caseFileToBundle } from '../../src/fhir/index.ts';
import { structureErrors } from '../../src/fhir/structure-validation.ts';
import { loadVignettes } from './support.ts';

const vignettes = loadVignettes();
const practitioners = [{ id: 'c-lead', name: 'Sam Synthetic', discipline: 'physical therapy', lead: true }];

describe('FHIR mapping of the clinical vignettes', () => {
  it('covers every vignette', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(22);
  });

  describe.each(vignettes)('$name', ({ caseFile, asOf }) => {
    const assessment = assess(caseFile, asOf, defaultSettings);
    const bundle = caseFileToBundle(caseFile, { patientId: 'patient-1', episodeId: 'episode-1', assessment, practitioners });

    it('exports only resources that pass the FHIR R4 structure validator', () => {
      const failures = (bundle.entry ?? []).flatMap((entry) => {
        const resource = entry.resource;
        if (resource === undefined) return ['an entry without a resource'];
        return structureErrors(resource).map((error) => `${resource.resourceType}/${resource.id ?? ''}: ${error}`);
      });
      expect(failures).toEqual([]);
    });

    it('imports back to the same case file, the same assessment and the same export', () => {
      const imported = bundleToCaseFile(bundle);
      expect(imported).toEqual(caseFile);
      expect(assess(imported, asOf, defaultSettings)).toEqual(assessment);
      const again = caseFileToBundle(imported, { patientId: 'patient-1', episodeId: 'episode-1', assessment, practitioners });
      expect(again).toEqual(bundle);
    });
  });
});
