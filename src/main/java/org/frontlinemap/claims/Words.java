package org.frontlinemap.claims;

import java.util.HashSet;
import java.util.Set;

import org.frontlinemap.text.ArabicNormalizer;

/** Word lists written in natural spelling and kept in folded form, to compare with folded tokens. */
final class Words {

    private Words() {
    }

    static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }
}
