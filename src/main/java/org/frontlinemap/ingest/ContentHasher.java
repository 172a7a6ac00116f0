package org.frontlinemap.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.frontlinemap.text.ArabicNormalizer;

/**
 * The identity of an article's content for de-duplication: SHA-256 of the body after Arabic folding (hamza forms,
 * harakat, tatweel, digits, quotes, case) and with all runs of white space made one space. Re-saving the same text
 * with other line breaks or diacritics is the same article; a different wording of the same story is not.
 */
public final class ContentHasher {

    private ContentHasher() {
    }

    public static String hash(String body) {
        return sha256(normalise(body));
    }

    static String normalise(String body) {
        return ArabicNormalizer.fold(body).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
