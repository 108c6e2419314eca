// Item-by-item answering of a questionnaire in the intake, scored live by the API (issue 5): the
// clinician picks each item's answer (its label shown where Threshold may bundle the wording, the
// number otherwise), the running total and band appear as they go, and the intake saves the scored
// measure with its answers. Bands show the patient's score, never the band's range.
import { useEffect, useState, type ReactElement } from 'react';
import { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { InstrumentInfo, InstrumentScoreResult } from '../client/types.ts';

/** How long answering settles before the response is scored: each click a call would be wasted. */
const SCORE_DELAY_MS = 250;

export type LiveScore =
  | { state: 'idle' }
  | { state: 'scoring' }
  | { state: 'scored'; result: InstrumentScoreResult }
  | { state: 'error'; error: ApiError };

const answerOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The live score of the answers so far: nothing until one item is answered, then the API's verdict. */
export function useLiveScore(instrument: InstrumentInfo | undefined, texts: readonly string[]): LiveScore {
  const [live, setLive] = useState<LiveScore>({ state: 'idle' });
  const key = texts.join('|');
  useEffect(() => {
    if (!instrument || texts.every((t) => t.trim() === '')) {
      setLive({ state: 'idle' });
      return undefined;
    }
    setLive({ state: 'scoring' });
    const abort = new AbortController();
    const timer = setTimeout(() => {
      api.scoreInstrument(instrument.code, texts.map(answerOf), abort.signal).then(
        (result) => setLive({ state: 'scored', result }),
        (error: unknown) => {
          if (abort.signal.aborted) return;
          setLive({ state: 'error', error: error instanceof ApiError ? error : new ApiError(0, 'internal', String(error)) });
        },
      );
    }, SCORE_DELAY_MS);
    return () => { clearTimeout(timer); abort.abort(); };
    // The answers are compared by their joined text, so a new array with the same answers is no change.
  }, [instrument, key]);
  return live;
}

/** A band's name without the range its label carries ("Moderate disability (21-40%)" → "Moderate disability"). */
export function bandName(instrument: Pick<InstrumentInfo, 'bands'> | undefined, code: string): string {
  const label = instrument?.bands.find((b) => b.code === code)?.label ?? code;
  return label.split(' (')[0] ?? label;
}

/** The score as a person reads it: "32%" or "6 points", then the band in words with the patient's score. */
export function scoreWords(instrument: InstrumentInfo | undefined, score: number, band: string | undefined): string {
  const value = instrument?.unit === 'percent' ? `${score}%` : `${score}`;
  return band === undefined ? value : `${value}: ${bandName(instrument, band)}`;
}

/** One question per item: each answer as a choice, labelled with its wording where bundled (the two ends where only those are). */
export function ItemAnswers({ instrument, texts, onChange }: {
  instrument: InstrumentInfo; texts: readonly string[]; onChange: (texts: string[]) => void;
}): ReactElement {
  const set = (i: number, value: string): void => onChange(texts.map((t, j) => (j === i ? value : t)));
  return (
    <fieldset className="item-answers">
      <legend>{instrument.name}: answer item by item (optional)</legend>
      {instrument.instructions && <p className="hint">{instrument.instructions}</p>}
      {instrument.items.map((item, i) => {
        const value = texts[i] ?? '';
        const labels = new Map((item.options ?? []).map((o) => [o.value, o.text]));
        const values = Array.from({ length: item.max - item.min + 1 }, (_, k) => item.min + k);
        return (
          <fieldset key={item.id} className="choice item" role="radiogroup" aria-label={`Item ${i + 1}: ${item.label}`}>
            <legend>{i + 1}. {item.text ?? item.label}</legend>
            <div className={`choice-options${labels.size === values.length ? ' worded' : ''}`}>
              {values.map((v) => (
                <label key={v} className={value === String(v) ? 'chosen' : ''}>
                  <input type="radio" name={`${instrument.code}-${item.id}`} value={v} checked={value === String(v)} onChange={() => set(i, String(v))} />
                  <span>{v}{labels.has(v) ? `: ${labels.get(v) ?? ''}` : ''}</span>
                </label>
              ))}
              {value !== '' && <button type="button" className="link-button" onClick={() => set(i, '')}>Clear</button>}
            </div>
          </fieldset>
        );
      })}
      {instrument.licence.terms !== 'free-to-embed' && (
        <p className="hint">The wording of this questionnaire is under licence ({instrument.licence.holder}); read the items from the clinic's copy.</p>
      )}
    </fieldset>
  );
}

/** The running total in words, announced politely to a screen reader as it changes. */
export function LiveScoreLine({ instrument, live, answered }: { instrument: InstrumentInfo; live: LiveScore; answered: number }): ReactElement | null {
  if (live.state === 'idle') return null;
  return (
    <p role="status" aria-live="polite" className="live-score">
      {answered} of {instrument.items.length} answered · {' '}
      {live.state === 'scoring' && <span className="muted">Scoring…</span>}
      {live.state === 'error' && <span className="field-error">{live.error.details[0]?.message ?? live.error.message}</span>}
      {live.state === 'scored' && (
        <>
          Score <strong>{scoreWords(instrument, live.result.score, live.result.band)}</strong>
          {live.result.missing > 0 && <span className="muted"> · {live.result.missing} left blank</span>}
        </>
      )}
    </p>
  );
}
