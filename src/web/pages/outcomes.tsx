// Clinic outcomes: how episodes end, time to graduation, plateaus without a decision, passive-only
// care, and the guideline audit (Lin et al. 2020) as bars with the numbers beside them.
import type { ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { ClinicOutcomes } from '../client/types.ts';
import { DownloadButton } from '../components/download-button.tsx';
import { Show } from '../components/status.tsx';
import { useResource } from '../use-resource.ts';
import { episodeStatusLabel, labelOf } from '../words.ts';

const pct = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)}%`);

function Bars({ rows, label }: { rows: { name: string; value: number; text: string }[]; label: string }): ReactElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="bars" aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            <td style={{ width: '45%' }}><div className="bar" aria-hidden="true"><div className="bar-fill" style={{ width: `${(r.value / max) * 100}%`, background: '#1f5fa8' }} /></div></td>
            <td>{r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutcomesView({ o }: { o: ClinicOutcomes }): ReactElement {
  const statuses = Object.entries(o.episodes).filter(([k]) => k !== 'total');
  return (
    <>
      <div className="grid">
        <section className="card">
          <h2>Episodes</h2>
          <p>{o.episodes.total ?? 0} in all. Graduation rate {pct(o.graduationRate)} of closed episodes.</p>
          <Bars label="Episodes by status" rows={statuses.map(([k, v]) => ({ name: labelOf(episodeStatusLabel, k.replace(/([A-Z])/g, '-$1').toLowerCase()), value: v, text: String(v) }))} />
        </section>
        <section className="card">
          <h2>Signals to act on</h2>
          <dl className="facts">
            <dt>Time to graduation</dt><dd>{o.timeToGraduationDays ? `median ${o.timeToGraduationDays.median} days (${o.timeToGraduationDays.min}-${o.timeToGraduationDays.max})` : 'no graduations yet'}</dd>
            <dt>Plateau, no decision</dt><dd>{o.plateauWithoutDecision}</dd>
            <dt>Passive care only</dt><dd>{o.passiveOnly}</dd>
          </dl>
        </section>
      </div>
      <section className="card">
        <h2>Guideline audit</h2>
        <p className="muted">Lin et al., Br J Sports Med 2020: share of episodes meeting each recommendation where it applies.</p>
        <Bars label="Guideline audit by recommendation" rows={o.guidelineAudit.map((g) => ({
          name: `${g.id}. ${g.title}`, value: g.share ?? 0, text: `${pct(g.share)} (${g.met} met, ${g.notMet} not met)`,
        }))} />
      </section>
    </>
  );
}

export function OutcomesPage(): ReactElement {
  const outcomes = useResource(() => api.outcomes(), []);
  return (
    <section>
      <div className="page-head">
        <h1>Clinic outcomes</h1>
        <DownloadButton path="/outcomes.csv" label="Download CSV" what="the outcomes CSV" />
      </div>
      <p className="muted">The CSV has one row per episode, by episode id only: no patient is named.</p>
      <Show resource={outcomes} what="the outcomes">{(o) => <OutcomesView o={o} />}</Show>
    </section>
  );
}
