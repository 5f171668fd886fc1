package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.error.AnaplanAmbiguousNameException;
import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;

import java.util.List;
import java.util.Locale;

/** Matches an id, name or code against dimension or item references: exact id, exact name, then ignoring case. */
final class Names {

    private Names() {
    }

    static NamedRef match(String kind, String idOrName, List<NamedRef> candidates, String scope) {
        String wanted = idOrName.trim();
        for (NamedRef ref : candidates) {
            if (wanted.equals(ref.id())) {
                return ref;
            }
        }
        List<NamedRef> exact = candidates.stream().filter(r -> wanted.equals(r.name())).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<NamedRef> loose = exact.size() > 1 ? exact : candidates.stream()
                .filter(r -> (r.name() != null && r.name().toLowerCase(Locale.ROOT).equals(lower))
                        || (r.code() != null && r.code().toLowerCase(Locale.ROOT).equals(lower)))
                .toList();
        if (loose.size() == 1) {
            return loose.get(0);
        }
        if (loose.size() > 1) {
            throw new AnaplanAmbiguousNameException("'" + idOrName + "' names several " + kind + "s in " + scope
                    + "; give the id", kind, idOrName, loose.stream().map(NamedRef::id).toList());
        }
        List<String> names = candidates.stream().map(NamedRef::name).toList();
        int shown = Math.min(names.size(), 25);
        String available = names.isEmpty() ? "none" : String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? ", ... and " + (names.size() - shown) + " more" : "");
        throw new AnaplanNameNotFoundException("no " + kind + " '" + idOrName + "' in " + scope + "; available: "
                + available, kind, idOrName, names);
    }
}
