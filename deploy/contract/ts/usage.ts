// A vendor's use of the types openapi-typescript generates from /q/openapi. tsc --strict fails here
// when an answer is typed `unknown` (an empty schema) or a field every answer has becomes optional.
import type { components, paths } from "../target/ts/iwd-api";

type Json<Operation> = Operation extends { responses: { 200: { content: { "application/json": infer Body } } } }
  ? Body
  : never;

type BatchAnswer = Json<paths["/api/v1/registry/units/{unitCode}/records/batch"]["post"]>;
type RecordPage = Json<paths["/api/v1/registry/units/{unitCode}/records"]["get"]>;
type Indicators = Json<paths["/api/v1/reports/indicators"]["get"]>;
type PublicBreakdown = Json<paths["/api/v1/public/breakdown"]["get"]>;
type Problem = components["schemas"]["Problem"];

export function summarise(batch: BatchAnswer, page: RecordPage, indicators: Indicators,
                          breakdown: PublicBreakdown, problem: Problem): string[] {
  const written: number = batch.created + batch.updated + batch.unchanged;
  const firstRejection: string | undefined = batch.rejected[0]?.errors[0]?.code;
  const next: string | null = page.nextCursor;
  const names: string[] = page.items.map((record) => record.externalId);
  const codes: string[] = indicators.indicators.map((indicator) => indicator.code);
  const hidden: boolean[] = breakdown.rows.map((row) => row.suppressed === true);
  const fields: string[] = (problem.errors ?? []).map((error) => `${error.field}: ${error.code}`);
  return [String(written), firstRejection ?? "", next ?? "", ...names, ...codes, String(hidden.length), ...fields,
    String(problem.status)];
}

type ImportAnswer = Json<paths["/api/v1/registry/units/{unitCode}/imports"]["post"]>;

/** Where a clerk looks first: the row and column of the first rejected value, and the errors file to fetch. */
export function firstRejectedCell(imported: ImportAnswer): string {
  const row: number | undefined = imported.rejected[0]?.row;
  const column: string | null | undefined = imported.rejected[0]?.errors[0]?.column;
  const errorsFile: string | null = imported.importId;
  return `${row ?? ""} ${column ?? ""} ${errorsFile ?? ""} ${imported.received}`;
}
