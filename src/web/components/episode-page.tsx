// The frame of a page about one episode: the episode loaded with its assessment, a heading naming
// the patient, and the way back to the patient page.
import type { ReactElement, ReactNode } from 'react';
import { loadEpisode, type EpisodeData } from '../episode-data.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { Show } from './status.tsx';

export function EpisodePage({ episodeId, title, className, children }: {
  episodeId: string;
  /** "Session note": the heading reads "Session note: <patient>" (a function when it depends on the records). */
  title: string | ((data: EpisodeData) => string);
  className?: string;
  children: (data: EpisodeData, reload: () => void) => ReactNode;
}): ReactElement {
  const data = useResource(() => loadEpisode(episodeId), [episodeId]);
  return (
    <section className={className}>
      <Show resource={data} what="the episode">
        {(d) => (
          <>
            <div className="page-head">
              <h1>{typeof title === 'string' ? title : title(d)}: {d.file.patient.name ?? 'patient'}</h1>
              <Link to={`/patients/${d.file.patient.id}`}>Back to the patient</Link>
            </div>
            {children(d, data.reload)}
          </>
        )}
      </Show>
    </section>
  );
}
