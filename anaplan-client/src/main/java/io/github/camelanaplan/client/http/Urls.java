package io.github.camelanaplan.client.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Builds request URLs from a base URL and path segments, percent-encoding each segment and query value. */
public final class Urls {

    private Urls() {
    }

    /**
     * @param base     base URL without trailing slash, e.g. {@code https://api.anaplan.com/2/0}
     * @param segments path segments, each encoded on its own (a name containing "/" stays one segment)
     * @return the URL
     */
    public static String of(String base, String... segments) {
        StringBuilder url = new StringBuilder(base);
        for (String segment : segments) {
            url.append('/').append(encode(segment));
        }
        return url.toString();
    }

    /**
     * @param url   URL without query
     * @param query parameters in the order to send them; {@code null} values are skipped
     * @return the URL with query string
     */
    public static String withQuery(String url, Map<String, ?> query) {
        StringJoiner joiner = new StringJoiner("&");
        query.forEach((name, value) -> {
            if (value != null) {
                joiner.add(encode(name) + "=" + encode(String.valueOf(value)));
            }
        });
        String q = joiner.toString();
        if (q.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + q;
    }

    /**
     * @param value raw text
     * @return the text percent-encoded for use in a path segment or query value
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
