/**
 * HTTP plumbing shared by the client: one request/response exchange, retries, re-authentication after 401, error
 * mapping, JSON decoding and paging. Public only because the client's other packages use it; not part of the API
 * that callers should program against, and it may change without notice.
 */
package io.github.camelanaplan.client.http;
