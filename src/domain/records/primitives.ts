import { z } from 'zod';

export const isoDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD');
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .describe('A date and time with its UTC offset, e.g. 2026-03-02T09:30:00+01:00');
export const dateOrDateTimeSchema = z
  .union([isoDateSchema, isoDateTimeSchema])
  .describe('A calendar date (YYYY-MM-DD) or a date-time with its UTC offset');
export const idSchema = z.string().min(1).max(64).describe('An identifier, unique within its list');
export const zeroToTenSchema = z.number().min(0).max(10);
export const noteSchema = z.string().max(4000);
