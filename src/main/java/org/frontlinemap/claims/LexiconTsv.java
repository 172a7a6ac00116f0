package org.frontlinemap.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The lexicon files' shape: UTF-8 TSV, blank lines and lines starting with # skipped, the first other line a header.
 * Hands each data row to the caller with its line number, for error messages that name the line.
 */
final class LexiconTsv {

    @FunctionalInterface
    interface Row {
        void accept(int lineNo, String[] columns) throws IOException;
    }

    private LexiconTsv() {
    }

    static void read(Reader reader, Row row) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        String line;
        boolean header = true;
        int lineNo = 0;
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            row.accept(lineNo, line.split("\t", -1));
        }
    }
}
