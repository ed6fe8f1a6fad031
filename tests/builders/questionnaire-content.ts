import type { Questionnaire } from '../../src/domain/questionnaire/schema';

/** Every text map in a questionnaire, wherever it sits, with its path. */
export function texts(
  value: unknown,
  path = '$',
  out: [string, Record<string, string>][] = [],
): [string, Record<string, string>][] {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string'))
      out.push([path, value as Record<string, string>]);
    else for (const [k, v] of entries) texts(v, `${path}.${k}`, out);
  }
  return out;
}

/** Every id of a questionnaire, one "kind id" a line, as the frozen-id fixtures list them. */
export function frozenIds(q: Questionnaire): string[] {
  return [
    ...q.areas.flatMap((a) => [
      `area ${a.id}`,
      ...a.items.flatMap((i) =>
        i.kind === 'group'
          ? [`group ${i.id}`, ...i.questions.map((x) => `${x.kind} ${x.id}`)]
          : [`${i.kind} ${i.id}`],
      ),
    ]),
    ...q.actions.map((a) => `action ${a.id}`),
  ];
}
