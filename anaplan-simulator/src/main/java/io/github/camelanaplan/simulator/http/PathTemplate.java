package io.github.camelanaplan.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path such as {@code /2/0/workspaces/{workspaceId}/models/{modelId}/files/{fileId}}: literal
 * segments match exactly (ids are case-sensitive in Anaplan), {@code {name}} segments capture one segment.
 */
public record PathTemplate(String template, List<String> segments) {

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    public static PathTemplate parse(String template) {
        return new PathTemplate(template, split(template));
    }

    /** Splits on '/', dropping empty segments; this is what makes {@code //2/0} and trailing slashes harmless. */
    static List<String> split(String path) {
        List<String> result = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                result.add(segment);
            }
        }
        return result;
    }

    public int size() {
        return segments.size();
    }

    /** Literal segments count; more literals means more specific, so {@code /users/me} beats {@code /users/{userId}}. */
    public int literalCount() {
        int count = 0;
        for (String segment : segments) {
            if (!isParameter(segment)) {
                count++;
            }
        }
        return count;
    }

    /** Returns the captured parameters, or null when the decoded segments do not match. */
    public Map<String, String> match(List<String> decodedSegments) {
        if (decodedSegments.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String actual = decodedSegments.get(i);
            if (isParameter(expected)) {
                params.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return params;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.charAt(0) == '{' && segment.charAt(segment.length() - 1) == '}';
    }

    @Override
    public String toString() {
        return template;
    }
}
