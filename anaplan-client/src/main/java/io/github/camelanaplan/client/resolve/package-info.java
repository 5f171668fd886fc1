/** Resolution of caller-supplied ids or names to Anaplan ids, with a time-bounded cache. */
package io.github.camelanaplan.client.resolve;
