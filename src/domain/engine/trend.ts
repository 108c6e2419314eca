// A robust trend with one-sided bounds (spec §4a.4: "its robust trend over every rating in the
// window ... credibly above zero, a one-sided bound, its confidence a setting").
//
// Why not Theil-Sen, the spec's example: goal ratings are whole numbers on 0-10 with a point of noise,
// and in a slow climb most pairs of ratings tie, so the median of the pairwise slopes is exactly 0
// (3, 3, 4, 3, 3, 4, ... rising to 4 and 5 over three weeks gives a Theil-Sen slope of 0 and a
// least-squares one of 2.5 points in six weeks: trend.test.ts). A Huber M-estimator (Huber 1964;
// tuning constant 1.345, 95% efficiency under normal errors) keeps what "robust" asks for, a wild
// rating weighs little, while reading the size of each step. It is fitted by iteratively reweighted
// least squares from the least-squares line, with the residual scale fixed from that first fit: the
// median absolute deviation (1.4826 x MAD), or the root mean square when more than half the
// residuals are zero (whole-number ratings often sit on one value; a scale re-estimated each round
// then shrinks towards zero and weighs every other rating out).
// The bounds are the weighted least-squares standard error of the slope times the normal quantile of
// the confidence asked for. These are statistics, not clinical numbers; the confidence is a setting.

export interface TrendPoint {
  x: number;
  y: number;
}

export interface Trend {
  /** Change per unit of x (per day). */
  slope: number;
  /** One-sided bounds at the confidence asked for; null when the points are too few to bound it. */
  lower: number | null;
  upper: number | null;
  points: number;
}

const HUBER_K = 1.345;
const MAD_TO_SIGMA = 1.4826;
const MAX_ITERATIONS = 30;

/** The standard normal quantile (Acklam's rational approximation, relative error under 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0 || p >= 1) throw new RangeError('normalQuantile needs 0 < p < 1');
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: readonly number[], x: number): number => k.reduce((acc, coefficient) => acc * x + coefficient, 0);
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

interface Fit { intercept: number; slope: number; sxx: number; xbar: number }

function weightedLine(points: readonly TrendPoint[], weights: readonly number[]): Fit | null {
  let sw = 0; let sx = 0; let sy = 0;
  points.forEach((p, i) => { const w = weights[i] ?? 0; sw += w; sx += w * p.x; sy += w * p.y; });
  if (sw === 0) return null;
  const xbar = sx / sw;
  const ybar = sy / sw;
  let sxx = 0; let sxy = 0;
  points.forEach((p, i) => { const w = weights[i] ?? 0; sxx += w * (p.x - xbar) ** 2; sxy += w * (p.x - xbar) * (p.y - ybar); });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { intercept: ybar - slope * xbar, slope, sxx, xbar };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function scaleOf(residuals: readonly number[]): number {
  const mad = MAD_TO_SIGMA * medianOf(residuals.map(Math.abs));
  if (mad > 0) return mad;
  return Math.sqrt(residuals.reduce((sum, r) => sum + r * r, 0) / residuals.length);
}

export function robustTrend(points: readonly TrendPoint[], confidence: number): Trend | null {
  const n = points.length;
  let weights = points.map(() => 1);
  let fit = weightedLine(points, weights);
  if (!fit) return null;
  const first = fit;
  const scale = scaleOf(points.map((p) => p.y - first.intercept - first.slope * p.x));
  for (let iteration = 0; iteration < MAX_ITERATIONS && scale > 0; iteration++) {
    const line = fit;
    const residuals = points.map((p) => p.y - line.intercept - line.slope * p.x);
    const next = residuals.map((r) => Math.min(1, HUBER_K / Math.max(1e-12, Math.abs(r / scale))));
    const refit = weightedLine(points, next);
    if (!refit) break;
    const settled = Math.abs(refit.slope - line.slope) < 1e-10;
    weights = next;
    fit = refit;
    if (settled) break;
  }
  if (n < 4) return { slope: fit.slope, lower: null, upper: null, points: n };
  const line = fit;
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const residualSquares = points.reduce((sum, p, i) => sum + (weights[i] ?? 0) * (p.y - line.intercept - line.slope * p.x) ** 2, 0);
  const sigma2 = residualSquares / Math.max(1, weightSum - 2);
  const margin = normalQuantile(confidence) * Math.sqrt(sigma2 / line.sxx);
  return { slope: line.slope, lower: line.slope - margin, upper: line.slope + margin, points: n };
}
