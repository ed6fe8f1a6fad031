import { z } from 'zod';
import { LIMITS } from '../limits';
import { conditionSchema } from './condition';
import { languageCodeSchema, localisedTextSchema } from './text';
import {
  ACTION_TYPES,
  COST_BANDS,
  FRAMEWORKS,
  HAZARDS,
  OBLIGATIONS,
  SCENARIO_CATEGORIES,
} from './vocabulary';

export const QUESTIONNAIRE_FORMAT = 'cbrn-nap-questionnaire';
const Q = LIMITS.questionnaire;
export const QUESTIONNAIRE_FORMAT_VERSION = 1;

const idSchema = z.string().regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, {
  error: 'must be a stable id of lower-case letters, digits and . _ - (e.g. "bs.inventory")',
});

const levelSchema = z.number().int().min(1).max(5);

/** A date bound: an ISO date, or "today" (the day the answer is checked), for dates that cannot lie ahead. */
export const dateBoundSchema = z.union([z.iso.date(), z.literal('today')]);
export type DateBound = z.infer<typeof dateBoundSchema>;

const referenceSchema = z.strictObject({
  framework: z.enum(FRAMEWORKS),
  code: z.string().min(1).describe('e.g. "P.6.1", "OP3(a)", "CBM A", "4.3.2"'),
  edition: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The edition the code belongs to, e.g. "3rd ed. (2022)" for the JEE, "Rev. 1" for an NSS guide',
    ),
});

// ---------- validation rules ----------

const messageField = { message: localisedTextSchema.optional() };

export const validationRuleSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('required'), ...messageField }),
  z.strictObject({
    rule: z.literal('range'),
    min: z.union([z.number(), dateBoundSchema]).optional(),
    max: z.union([z.number(), dateBoundSchema]).optional(),
    ...messageField,
  }),
  z.strictObject({
    rule: z.literal('length'),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(1).optional(),
    ...messageField,
  }),
  z.strictObject({
    rule: z.literal('count'),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(1).optional(),
    ...messageField,
  }),
  z.strictObject({
    rule: z.literal('pattern'),
    pattern: z.string().min(1).max(Q.patternLength),
    message: localisedTextSchema.describe('Required: a pattern alone does not explain itself'),
  }),
]);
export type ValidationRule = z.infer<typeof validationRuleSchema>;

// ---------- scoring ----------

export const scoringSchema = z.strictObject({
  weight: z.number().min(0.5).max(3).default(1).describe('Relative importance, 0.5–3'),
  hazards: z.array(z.enum(HAZARDS)).min(1).describe('Hazard families the indicator protects against'),
  obligations: z
    .array(z.enum(OBLIGATIONS))
    .default([])
    .describe('Legal instruments whose obligations the indicator fulfils'),
  levels: z
    .record(z.string(), levelSchema.nullable())
    .optional()
    .describe('For choice kinds: option id (or yes/partly/no) → capacity level; null = not scored'),
  scenarios: z
    .array(idSchema)
    .min(1)
    .optional()
    .describe('Ids of the risk questions (scenarios) this indicator mitigates: its risk comes from them'),
  scenarioCategories: z
    .array(z.enum(SCENARIO_CATEGORIES))
    .min(1)
    .optional()
    .describe(
      'Kinds of scenario this indicator mitigates: the rated scenarios of these kinds and its hazards',
    ),
});
export type Scoring = z.infer<typeof scoringSchema>;

// ---------- questions ----------

const optionSchema = z.strictObject({
  id: idSchema,
  label: localisedTextSchema,
  exclusive: z
    .boolean()
    .optional()
    .describe(
      'Multiple choice: this option ("none of these") excludes every other; an option with id "none" is exclusive unless set to false',
    ),
});
export type Option = z.infer<typeof optionSchema>;

const questionBase = {
  id: idSchema,
  code: z.string().min(1).optional().describe('Display number, e.g. "BS.3"'),
  title: localisedTextSchema,
  hint: localisedTextSchema.optional(),
  guidance: localisedTextSchema.optional().describe('What evidence to cite, what the terms mean'),
  references: z.array(referenceSchema).default([]),
  allowDontKnow: z.boolean().default(true),
  allowNotApplicable: z.boolean().default(false),
  condition: conditionSchema.optional(),
  validation: z.array(validationRuleSchema).max(10).default([]),
  scoring: scoringSchema.optional(),
};

const capacityLevelSchema = z.strictObject({ level: levelSchema, descriptor: localisedTextSchema });

export const capacityQuestionSchema = z.strictObject({
  kind: z.literal('capacity'),
  ...questionBase,
  levels: z.array(capacityLevelSchema).describe('One descriptor for each level 1–5'),
});
export const singleChoiceQuestionSchema = z.strictObject({
  kind: z.literal('singleChoice'),
  ...questionBase,
  options: z.array(optionSchema).min(2).max(Q.options),
});
export const multipleChoiceQuestionSchema = z.strictObject({
  kind: z.literal('multipleChoice'),
  ...questionBase,
  options: z.array(optionSchema).min(2).max(Q.options),
});
export const yesPartlyNoQuestionSchema = z.strictObject({
  kind: z.literal('yesPartlyNo'),
  ...questionBase,
});
export const numberQuestionSchema = z.strictObject({
  kind: z.literal('number'),
  ...questionBase,
  integer: z.boolean().default(false),
  unit: localisedTextSchema.optional(),
});
export const shortTextQuestionSchema = z.strictObject({
  kind: z.literal('shortText'),
  ...questionBase,
});
export const longTextQuestionSchema = z.strictObject({
  kind: z.literal('longText'),
  ...questionBase,
});
export const dateQuestionSchema = z.strictObject({ kind: z.literal('date'), ...questionBase });
export const agencyQuestionSchema = z.strictObject({
  kind: z.literal('agency'),
  ...questionBase,
  multiple: z.boolean().default(false).describe('Allow several agencies of the roster'),
});

const columnBase = {
  id: idSchema,
  title: localisedTextSchema,
  required: z.boolean().default(false),
};
export const tableColumnSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shortText'), ...columnBase }),
  z.strictObject({ kind: z.literal('longText'), ...columnBase }),
  z.strictObject({
    kind: z.literal('number'),
    ...columnBase,
    integer: z.boolean().default(false),
    unit: localisedTextSchema.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.strictObject({
    kind: z.literal('date'),
    ...columnBase,
    min: dateBoundSchema.optional(),
    max: dateBoundSchema.optional().describe('"today" for a date that cannot lie ahead'),
  }),
  z.strictObject({ kind: z.literal('yesPartlyNo'), ...columnBase }),
  z.strictObject({
    kind: z.literal('singleChoice'),
    ...columnBase,
    options: z.array(optionSchema).min(2).max(Q.options),
  }),
  z.strictObject({ kind: z.literal('agency'), ...columnBase }),
]);
export type TableColumn = z.infer<typeof tableColumnSchema>;

export const tableQuestionSchema = z.strictObject({
  kind: z.literal('table'),
  ...questionBase,
  columns: z.array(tableColumnSchema).min(1).max(Q.columns),
  rowLabel: localisedTextSchema.optional().describe('What one row is, e.g. "laboratory"'),
  addRowLabel: localisedTextSchema
    .optional()
    .describe(
      'The add button, in each language\'s own grammar, e.g. {"en": "Add a laboratory", "ru": "Добавить лабораторию"}',
    ),
});

/** Likelihood and impact (1–5 each) of one risk scenario; the scales are in the file's `risk`. */
export const riskQuestionSchema = z.strictObject({
  kind: z.literal('risk'),
  ...questionBase,
  hazard: z.enum(HAZARDS),
  category: z
    .enum(SCENARIO_CATEGORIES)
    .optional()
    .describe('The kind of scenario, for indicators that name kinds'),
});

export const questionSchema = z.discriminatedUnion('kind', [
  capacityQuestionSchema,
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  yesPartlyNoQuestionSchema,
  numberQuestionSchema,
  shortTextQuestionSchema,
  longTextQuestionSchema,
  dateQuestionSchema,
  agencyQuestionSchema,
  tableQuestionSchema,
  riskQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];

export const groupSchema = z.strictObject({
  kind: z.literal('group'),
  id: idSchema,
  title: localisedTextSchema,
  description: localisedTextSchema.optional(),
  condition: conditionSchema.optional(),
  questions: z.array(questionSchema).min(1).max(Q.questionsPerArea),
});
export type Group = z.infer<typeof groupSchema>;

export const areaItemSchema = z.discriminatedUnion('kind', [...questionSchema.options, groupSchema]);
export type AreaItem = z.infer<typeof areaItemSchema>;

export const areaSchema = z.strictObject({
  id: idSchema,
  code: z.string().min(1).optional(),
  title: localisedTextSchema,
  description: localisedTextSchema.optional(),
  condition: conditionSchema.optional(),
  items: z.array(areaItemSchema).min(1).max(Q.questionsPerArea),
});
export type Area = z.infer<typeof areaSchema>;

// ---------- risk scales, agency roles, actions, version changes ----------

const scaleSchema = z
  .array(
    z.strictObject({
      level: levelSchema,
      label: localisedTextSchema,
      descriptor: localisedTextSchema.optional(),
    }),
  )
  .describe('One entry for each value 1–5');

export const riskScalesSchema = z.strictObject({
  likelihood: scaleSchema,
  impact: scaleSchema,
});

export const agencyRoleSchema = z.strictObject({
  id: idSchema,
  label: localisedTextSchema,
});

export const actionSchema = z.strictObject({
  id: idSchema,
  indicator: idSchema.describe('Id of the scored question this action improves'),
  level: levelSchema.describe('The capacity level this action unlocks (2–5)'),
  type: z.enum(ACTION_TYPES),
  leadRole: idSchema.describe('Id of an agency role: the default lead'),
  supportRoles: z.array(idSchema).default([]),
  durationMonths: z.number().int().min(1).max(120),
  costBand: z.enum(COST_BANDS),
  title: localisedTextSchema,
  description: localisedTextSchema.optional(),
  achievement: localisedTextSchema.describe('Indicator of achievement'),
  prerequisites: z
    .array(z.strictObject({ indicator: idSchema, level: levelSchema }))
    .min(1)
    .optional()
    .describe('What must be in place first: another indicator at a level (e.g. the legal basis at 3)'),
});
export type Action = z.infer<typeof actionSchema>;

export const versionChangesSchema = z.strictObject({
  previousVersion: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version like "1.2.0"' }),
  renamed: z.array(z.strictObject({ from: idSchema, to: idSchema })).default([]),
  removed: z.array(idSchema).default([]),
  /**
   * Questions of the previous version replaced by other questions (a compound indicator split,
   * duplicates folded into one): their answers are not carried (they answered another question)
   * but kept with the assessment, and shown beside the questions that replace them.
   */
  replaced: z.array(z.strictObject({ from: idSchema, by: z.array(idSchema).min(1) })).optional(),
});

export const questionnaireSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(QUESTIONNAIRE_FORMAT),
    formatVersion: z.literal(QUESTIONNAIRE_FORMAT_VERSION),
    id: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, {
      error: 'must be a semantic version like "1.0.0"',
    }),
    languages: z.array(languageCodeSchema).min(1),
    defaultLanguage: languageCodeSchema,
    title: localisedTextSchema,
    description: localisedTextSchema.optional(),
    agencyRoles: z.array(agencyRoleSchema).default([]),
    riskScales: riskScalesSchema.optional(),
    capacityRule: localisedTextSchema
      .optional()
      .describe('How to rate a capacity question, shown with each one (e.g. "levels are cumulative: …")'),
    areas: z.array(areaSchema).min(1).max(Q.areas),
    actions: z.array(actionSchema).max(Q.actions).default([]),
    changes: versionChangesSchema.optional(),
  })
  .describe('A CBRN needs assessment questionnaire');

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
