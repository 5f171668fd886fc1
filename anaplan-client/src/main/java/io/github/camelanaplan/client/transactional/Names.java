package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;
import io.github.camelanaplan.client.resolve.NameResolver;

import java.util.List;

/**
 * Finds a dimension or item reference by id, name or code with the client's one matching rule
 * ({@link NameResolver#match(String, String, String, List)}), and says which names exist when nothing matches.
 */
final class Names {

    private static final int MAX_NAMES_SHOWN = 25;

    private Names() {
    }

    static NamedRef match(String kind, String idOrName, List<NamedRef> candidates, String scope) {
        NamedRef found = NameResolver.match(kind, kind + "s", idOrName, candidates);
        if (found != null) {
            return found;
        }
        List<String> names = candidates.stream().map(NamedRef::name).toList();
        int shown = Math.min(names.size(), MAX_NAMES_SHOWN);
        String available = names.isEmpty() ? "none" : String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? ", ... and " + (names.size() - shown) + " more" : "");
        throw new AnaplanNameNotFoundException("no " + kind + " '" + idOrName + "' in " + scope + "; available: "
                + available, kind, idOrName, names);
    }
}
