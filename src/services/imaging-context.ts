// The imaging reports of an episode's intake, each with its findings put in age context (the share
// of people without pain of the patient's age at the time of the scan who have the same finding)
// and anything the physician must review (spec §5). Computed on read from the stored report text.
import { contextualiseImaging, type ImagingContext, type ImagingReport } from '../domain/index.ts';
import { onEpisode } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';

export interface ImagingReportInContext {
  report: ImagingReport;
  ageAtImaging: number;
  context: ImagingContext;
}

function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5, 10) >= birthDate.slice(5, 10) ? years : years - 1;
}

/** The reports that stand (a removed one is not read), each in the age context of the scan's day. */
export function imagingInContext(reports: readonly ImagingReport[], birthDate: string | undefined): ImagingReportInContext[] {
  return reports.filter((report) => report.removed === undefined).map((report) => {
    const ageAtImaging = birthDate ? ageOn(birthDate, report.date) : 0;
    return { report, ageAtImaging, context: contextualiseImaging(report.text, Math.max(0, ageAtImaging)) };
  });
}

export async function getImagingContext(deps: ServiceDeps, actor: Actor, episodeId: string, now: Date): Promise<ImagingReportInContext[]> {
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ scope, episode, note }) => {
    const patient = await scope.people.getPatient(episode.patientId);
    note({ action: 'read', recordType: 'imaging', recordId: episodeId });
    return imagingInContext(episode.intake.imaging, patient?.birthDate);
  });
  return result;
}
