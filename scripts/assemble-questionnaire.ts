/** One area file: the area and the actions for its indicators. */
export interface PartFile {
  file: string;
  value: unknown;
}

export function assembleQuestionnaire(
  header: Record<string, unknown>,
  parts: PartFile[],
): Record<string, unknown> {
  const areas: unknown[] = [];
  const actions: unknown[] = [];
  for (const { file, value } of parts) {
    const part = value as { area?: unknown; actions?: unknown[] };
    if (!part.area) throw new Error(`${file}: has no "area"`);
    areas.push(part.area);
    actions.push(...(part.actions ?? []));
  }
  return { $schema: './questionnaire.schema.json', ...header, areas, actions };
}
