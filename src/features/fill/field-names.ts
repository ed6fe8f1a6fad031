/** Question ids contain dots, which react-hook-form reads as paths; "__" never occurs in an id. */
export const fieldName = (questionId: string) => questionId.replaceAll('.', '__');
export const questionIdOf = (fieldName: string) => fieldName.replaceAll('__', '.');
