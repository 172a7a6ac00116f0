package org.frontlinemap.geoparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file the way offsets are defined for it: UTF-8, a leading byte-order mark dropped. */
public final class TextFiles {

    private TextFiles() {
    }

    /** Malformed bytes become U+FFFD rather than failing, so a damaged file still yields valid offsets. */
    public static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("cannot decode " + file + " as UTF-8", e);
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
