// Walking the API's own OpenAPI document (GET /api/v1/openapi.json): every operation, the inputs it
// takes (path, query and header parameters; the JSON body) and every field inside the body, however
// deep (objects, array items, each branch of a union, the keys and values of a record). The hostile
// input suite (test/api/hostile-input.test.ts) puts a bad value at each of these places.
import { formatPath } from '../../src/domain/errors.ts';

/** The parts of JSON Schema (OpenAPI 3.1) the walk reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  pattern?: string;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** The path under /api/v1, as documented: /episodes/{episodeId}. */
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** One step into a value: a property, an array item (0), or a record key. */
interface Step {
  key: string | number;
  /** The schema of what sits at this step (after it). */
  schema: JsonSchema;
  /** A union branch was chosen here: the value at this step is rebuilt from that branch first. */
  branch: boolean;
}

/** A place in a body where a value can be put. */
export interface Site {
  steps: Step[];
  schema: JsonSchema;
  /** The path the API's error details use for it ("findings[0].note"). */
  path: string;
  /** For a record's keys: the schema of its values (the hostile value becomes a key, not a value). */
  keyOf?: JsonSchema;
}

export function operations(doc: OpenApiDocument, prefix = '/api/v1'): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase() as Operation['method'],
    path: path.slice(prefix.length),
    parameters: op.parameters ?? [],
    body: op.requestBody?.content?.['application/json']?.schema ?? null,
  })));
}

export function resolver(doc: OpenApiDocument): (schema: JsonSchema) => JsonSchema {
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const found = doc.components?.schemas?.[name];
    if (!found) throw new Error(`unresolved ${schema.$ref}`);
    return resolve(found);
  };
  return resolve;
}

const typesOf = (schema: JsonSchema): string[] => (schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]);

/** The JSON types a schema admits (all of them when it does not say). */
export function admittedTypes(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): Set<string> {
  const s = resolve(schema);
  const branches = s.anyOf ?? s.oneOf;
  if (branches) return new Set(branches.flatMap((b) => [...admittedTypes(b, resolve)]));
  if (s.enum) return new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)));
  const types = typesOf(s);
  if (types.length === 0 && s.properties) return new Set(['object']);
  if (types.length === 0) return new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
  return new Set(types.includes('integer') ? [...types, 'number'] : types);
}

/** Every place in a body schema, depth first. */
export function sites(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): Site[] {
  const found: Site[] = [];
  const walk = (raw: JsonSchema, steps: Step[], depth: number): void => {
    const s = resolve(raw);
    if (depth > 12) return;
    const branches = s.anyOf ?? s.oneOf;
    if (branches && branches.some((b) => resolve(b).properties || resolve(b).items)) {
      // Each structured branch on its own: the value is rebuilt from that branch, then walked.
      branches.forEach((b) => {
        const last = steps[steps.length - 1];
        if (!last) walk(b, steps, depth + 1);
        else walk(b, [...steps.slice(0, -1), { ...last, schema: b, branch: true }], depth + 1);
      });
      return;
    }
    if (steps.length > 0) found.push({ steps, schema: s, path: formatPath(steps.map((st) => st.key)) });
    for (const [name, property] of Object.entries(s.properties ?? {})) walk(property, [...steps, { key: name, schema: property, branch: false }], depth + 1);
    if (s.items) walk(s.items, [...steps, { key: 0, schema: s.items, branch: false }], depth + 1);
    if (typeof s.additionalProperties === 'object') {
      const value = s.additionalProperties;
      if (steps.length > 0) found.push({ steps, schema: s.propertyNames ?? { type: 'string' }, path: formatPath(steps.map((st) => st.key)), keyOf: value });
      walk(value, [...steps, { key: 'k', schema: value, branch: false }], depth + 1);
    }
  };
  walk(schema, [], 0);
  return found;
}

const validString = (s: JsonSchema): string => {
  switch (s.format) {
    case 'date': return '2026-03-02';
    case 'date-time': return '2026-03-02T09:30:00+01:00';
    case 'email': return 'someone@clinic.example';
    default: return 'x'.repeat(Math.max(1, s.minLength ?? 1));
  }
};

/** A small value the schema accepts: required properties only, the first branch, the first enum value. */
export function validValue(raw: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): unknown {
  const s = resolve(raw);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const branch = (s.anyOf ?? s.oneOf)?.[0];
  if (branch) return validValue(branch, resolve);
  const type = typesOf(s).find((t) => t !== 'null') ?? (s.properties ? 'object' : 'string');
  switch (type) {
    case 'object': return Object.fromEntries((s.required ?? []).map((name) => [name, validValue(s.properties?.[name] ?? {}, resolve)]));
    case 'array': return Array.from({ length: s.minItems ?? 0 }, () => validValue(s.items ?? {}, resolve));
    case 'number': case 'integer': return s.minimum ?? (s.exclusiveMinimum === undefined ? 1 : s.exclusiveMinimum + 1);
    case 'boolean': return true;
    default: return validString(s);
  }
}

const isContainer = (value: unknown): value is Record<string | number, unknown> => typeof value === 'object' && value !== null;

/** A copy of `body` with `value` put at the site: the containers on the way are made (from their schema) where missing. */
export function place(body: unknown, site: Site, value: unknown, resolve: (s: JsonSchema) => JsonSchema): unknown {
  const root: unknown = structuredClone(body ?? {});
  if (!isContainer(root)) return root;
  let node: Record<string | number, unknown> = root;
  site.steps.forEach((step, i) => {
    const last = i === site.steps.length - 1;
    if (last && site.keyOf) {
      node[step.key] = { [String(value)]: validValue(site.keyOf, resolve) };
      return;
    }
    if (last && !step.branch) {
      node[step.key] = value;
      return;
    }
    const wantArray = typesOf(resolve(step.schema)).includes('array');
    if (step.branch || !isContainer(node[step.key]) || Array.isArray(node[step.key]) !== wantArray) {
      node[step.key] = validValue(step.schema, resolve);
    }
    if (last) {
      node[step.key] = value;
      return;
    }
    const next = node[step.key];
    if (Array.isArray(next) && next.length === 0) next.push(validValue(site.steps[i + 1]?.schema ?? {}, resolve));
    if (isContainer(next)) node = next;
  });
  return root;
}
