/**
 * Errors shaped like OfficeExtension.Error (office.js's `RichApi.Error`): adapter code branches on
 * `error.code` and shows `error.message`, so the fake raises the same codes and, where office.js
 * ships the text, the same messages.
 */

export const ErrorCodes = {
  apiNotFound: "ApiNotFound",
  cannotUpdateReadOnlyProperty: "CannotUpdateReadOnlyProperty",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export type FakeErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const HTTP_STATUS: Partial<Record<string, number>> = {
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** The fake's OfficeExtension.Error: same fields, same `toString()` as office.js's RuntimeError. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

const DOCS =
  "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins";

/** Factories, one per situation, so every raise site words it the same way. */
export const officeErrors = {
  propertyNotLoaded: (entity: string, property: string) =>
    new FakeOfficeError(
      ErrorCodes.propertyNotLoaded,
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${entity}.${property}`,
    ),
  valueNotLoaded: () =>
    new FakeOfficeError(
      ErrorCodes.valueNotLoaded,
      'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      "clientResult.value",
    ),
  itemNotFound: (location: string) =>
    new FakeOfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", location),
  itemAlreadyExists: (location: string) =>
    new FakeOfficeError(
      ErrorCodes.itemAlreadyExists,
      "A resource with the same name or identifier already exists.",
      location,
    ),
  invalidArgument: (location: string, detail?: string) =>
    new FakeOfficeError(
      ErrorCodes.invalidArgument,
      detail ?? "The argument is invalid or missing or has an incorrect format.",
      location,
    ),
  invalidOperation: (location: string, detail?: string) =>
    new FakeOfficeError(
      ErrorCodes.invalidOperation,
      detail ?? "The operation attempted is invalid on the object.",
      location,
    ),
  invalidObjectPath: (path: string) =>
    new FakeOfficeError(
      ErrorCodes.invalidObjectPath,
      `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
      path,
    ),
  invalidRequestContext: (location: string) =>
    new FakeOfficeError(
      ErrorCodes.invalidRequestContext,
      "Cannot use the object across different request contexts.",
      location,
    ),
  requestTooLarge: () =>
    new FakeOfficeError(
      ErrorCodes.requestPayloadSizeLimitExceeded,
      `The request payload size has exceeded the limit. Please refer to the documentation: "${DOCS}".`,
    ),
  responseTooLarge: () =>
    new FakeOfficeError(
      ErrorCodes.responsePayloadSizeLimitExceeded,
      `The response payload size has exceeded the limit. Please refer to the documentation: "${DOCS}".`,
    ),
  runMustReturnPromise: () =>
    new FakeOfficeError(
      ErrorCodes.runMustReturnPromise,
      'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
    ),
  apiNotFound: (api: string, set: string, version: string) =>
    new FakeOfficeError(
      ErrorCodes.apiNotFound,
      `The method or property ${api} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
      api,
    ),
};

/**
 * Thrown (as a plain Error, not an Office error) when adapter code touches an Excel API member the
 * fake does not model, so a gap in the fake is never mistaken for Excel behaviour.
 */
export class FakeNotImplementedError extends Error {
  constructor(member: string) {
    super(`Fake Excel does not implement ${member}. Extend tests/fakeExcel if the adapter really needs it.`);
    this.name = "FakeNotImplementedError";
  }
}
