/**
 * The HTTP methods an OpenAPI path item can hold, in the order the OpenAPI specification lists them: the one list the
 * runtime, the vendor packages, the generator and the tests walk.
 */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];
