package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.http.ApiRequest;
import java.util.Locale;

/** Content negotiation of the transactional endpoints, which answer either JSON or CSV. */
final class MediaTypes {

    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    private MediaTypes() {
    }

    /** True when the Accept header asks for {@code text/csv} (plain or escaped). */
    static boolean acceptsCsv(ApiRequest request) {
        return accept(request).contains(CSV);
    }

    static boolean acceptsJson(ApiRequest request) {
        return accept(request).contains(JSON);
    }

    /** {@code text/csv;escaped=true} asks for quoted text fields. */
    static CsvQuoting quoting(ApiRequest request) {
        String accept = accept(request).replace(" ", "");
        return accept.contains("escaped=true") ? CsvQuoting.ESCAPED : CsvQuoting.MINIMAL;
    }

    /** True when the client accepts a gzip-encoded body. */
    static boolean acceptsGzip(ApiRequest request) {
        String value = request.header("Accept-Encoding");
        return value != null && value.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static String accept(ApiRequest request) {
        String value = request.header("Accept");
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
