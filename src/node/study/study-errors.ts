// The study engine's input errors, in a file of their own so that the services that share them (study-service,
// card-service) do not import each other.

/** A request the user can fix: names the field. Maps to HTTP 400. */
export class StudyInputError extends Error {
  override name = 'StudyInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
