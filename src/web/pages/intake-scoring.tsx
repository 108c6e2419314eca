// Item-by-item answering of a questionnaire in the intake, scored live by the API (issue 5): the
// clinician answers the items, the score and band appear as they go, and the intake saves the
// scored measure with its answers. Wording shows only where Threshold may bundle it; otherwise the
// item's short topic stands in and the clinician reads the licensed form alongside.
import { useEffect, useState, type ReactElement } from 'react';
import { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { InstrumentInfo, InstrumentScoreResult } from '../client/types.ts';

/** How long typing settles before the response is scored: a keystroke each is wasted calls. */
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

/** One input per item, in order: a choice where the bundled wording labels every answer, else a number with the labelled anchors as a hint. */
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
        const name = `Item ${i + 1}: ${item.label}`;
        const options = item.options ?? [];
        const labelsEvery = options.length === item.max - item.min + 1;
        return (
          <label key={item.id} className="field">
            <span>{i + 1}. {item.text ?? item.label} ({item.min}–{item.max})</span>
            {options.length > 0 && !labelsEvery && <span className="hint">{options.map((o) => `${o.value} = ${o.text}`).join('; ')}</span>}
            {labelsEvery
              ? <select aria-label={name} value={value} onChange={(e) => set(i, e.target.value)}>
                <option value="">not answered</option>
                {options.map((o) => <option key={o.value} value={o.value}>{o.value}: {o.text}</option>)}
              </select>
              : <input aria-label={name} type="number" min={item.min} max={item.max} step="1" inputMode="numeric"
                value={value} onChange={(e) => set(i, e.target.value)} />}
          </label>
        );
      })}
      {instrument.licence.terms !== 'free-to-embed' && (
        <p className="hint">The wording of this questionnaire is under licence ({instrument.licence.holder}); read the items from the clinic's copy.</p>
      )}
    </fieldset>
  );
}

/** The live score in words, announced politely to a screen reader as it changes. */
export function LiveScoreLine({ instrument, live }: { instrument: InstrumentInfo; live: LiveScore }): ReactElement | null {
  if (live.state === 'idle') return null;
  const bandLabel = (code: string | undefined): string | undefined => instrument.bands.find((b) => b.code === code)?.label ?? code;
  return (
    <p role="status" aria-live="polite" className="live-score">
      {live.state === 'scoring' && <span className="muted">Scoring…</span>}
      {live.state === 'error' && <span className="field-error">{live.error.details[0]?.message ?? live.error.message}</span>}
      {live.state === 'scored' && (
        <>
          Score <strong>{live.result.score}</strong>{instrument.unit === 'percent' ? '%' : ''} of {instrument.scoreRange.min}–{instrument.scoreRange.max}
          {live.result.band !== undefined && <> · {bandLabel(live.result.band)}</>}
          {live.result.missing > 0 && <span className="muted"> · {live.result.missing} left blank</span>}
        </>
      )}
    </p>
  );
}
