package org.hiptriage.engine;

import java.util.Collections;
import java.util.SortedMap;
import org.hiptriage.engine.impl.KnowledgeBases;

/**
 * The rule files packaged in this library, as written, for tools that show or check them (the
 * rulebook, static checks, the Drools Verifier). The engine itself never reads them: it loads the
 * executable model compiled from them.
 */
public final class RuleFiles {

    private RuleFiles() {
    }

    /** Every packaged DRL file's text by its path under the class path ({@code org/hiptriage/rules/…}), in path order. */
    public static SortedMap<String, String> packaged() {
        return Collections.unmodifiableSortedMap(KnowledgeBases.drlFiles());
    }
}
