package org.frontlinemap.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of a text file into a string, or refuses them. UTF-8 (with or without BOM) and UTF-16 with a BOM
 * are taken as they are; anything else goes through ICU's detector restricted to the legacy encodings Arabic and
 * English news arrive in. Every result must look like text (no replacement characters, hardly any control
 * characters, mostly letters), so a binary file or a wrong guess is refused instead of being stored as mojibake.
 */
public final class TextDecoder {

    /** Legacy encodings we accept from the detector; others (Shift_JIS, Big5 ...) would be wrong for this corpus. */
    private static final Set<String> LEGACY = Set.of("windows-1256", "ISO-8859-6", "ISO-8859-1", "windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws RefusedInputException {
        return decode(bytes, true);
    }

    /**
     * For JSON and other markup whose punctuation outweighs its letters: the same decoding, without the share of
     * letters required (the text fields inside are checked on their own).
     */
    public static String decodeStructured(byte[] bytes) throws RefusedInputException {
        return decode(bytes, false);
    }

    private static String decode(byte[] bytes, boolean prose) throws RefusedInputException {
        if (bytes.length == 0) {
            throw new RefusedInputException("empty file");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16 (big-endian BOM)");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16 (little-endian BOM)");
        } else {
            text = tryUtf8(bytes);
            if (text == null) {
                text = detectLegacy(bytes, prose);
            }
        }
        if (text.isBlank()) {
            throw new RefusedInputException("empty file (only white space)");
        }
        String problem = implausibility(text, prose);
        if (problem != null) {
            throw new RefusedInputException("not readable text: " + problem);
        }
        return text;
    }

    private static String tryUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String detectLegacy(byte[] bytes, boolean prose) throws RefusedInputException {
        if (countNul(bytes) > 0) {
            throw new RefusedInputException("binary file (contains NUL bytes) or UTF-16 without a byte-order mark");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        String lastProblem = "no known encoding matches";
        for (CharsetMatch m : matches) {
            String name = m.getName();
            if (!LEGACY.contains(name) || !Charset.isSupported(name)) {
                continue;
            }
            String text = new String(bytes, Charset.forName(name));
            String problem = implausibility(text, prose);
            if (problem == null) {
                return text;
            }
            lastProblem = problem + " as " + name;
        }
        throw new RefusedInputException("not UTF-8 and no Arabic or Latin encoding fits (" + lastProblem + ")");
    }

    private static String strict(byte[] bytes, int skip, Charset cs, String label) throws RefusedInputException {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedInputException("invalid " + label + " bytes");
        }
    }

    /**
     * Why {@code text} does not look like human text, or null if it does. Shared by the HTML and feed readers,
     * whose decoding is done by their parsers.
     */
    public static String implausibility(String text) {
        return implausibility(text, true);
    }

    private static String implausibility(String text, boolean prose) {
        int letters = 0;
        int visible = 0;
        int controls = 0;
        int replacements = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFFFD) {
                replacements++;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            if (Character.isISOControl(cp) || cp == 0xFFFE || cp == 0xFFFF) {
                controls++;
                continue;
            }
            visible++;
            if (Character.isLetter(cp)) {
                letters++;
            }
        }
        if (visible == 0) {
            return "no visible characters";
        }
        if (replacements > 0) {
            return replacements + " undecodable character(s)";
        }
        if (controls * 100 > visible) {
            return String.format(Locale.ROOT, "%d control characters (binary data?)", controls);
        }
        if (prose && letters * 2 < visible) {
            return String.format(Locale.ROOT, "only %d%% letters", letters * 100 / visible);
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int countNul(byte[] b) {
        int n = 0;
        for (byte x : b) {
            if (x == 0) {
                n++;
            }
        }
        return n;
    }
}
