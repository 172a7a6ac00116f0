package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    static final String ARABIC = "سيطرت قوات سوريا الديمقراطية على أكثر من ثمانين بالمئة من مدينة الرقة، "
            + "فيما تواصل قوات النظام معاركها في ريف دير الزور الغربي قرب نهر الفرات.";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] plain = ARABIC.getBytes(StandardCharsets.UTF_8);
        assertEquals(ARABIC, TextDecoder.decode(plain));
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(ARABIC, TextDecoder.decode(bom));
    }

    @Test
    void utf16WithBom() throws Exception {
        assertEquals(ARABIC, TextDecoder.decode(("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(ARABIC, TextDecoder.decode(("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void windows1256AndIso88596AreDetected() throws Exception {
        String longer = (ARABIC + " ").repeat(4);
        assertEquals(longer, TextDecoder.decode(longer.getBytes(Charset.forName("windows-1256"))));
        assertEquals(longer, TextDecoder.decode(longer.getBytes(Charset.forName("ISO-8859-6"))));
    }

    @Test
    void binaryAndEmptyAreRefusedWithReasons() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        var e = assertThrows(RefusedInputException.class, () -> TextDecoder.decode(random));
        assertTrue(e.getMessage().contains("binary") || e.getMessage().contains("not"), e.getMessage());
        assertThrows(RefusedInputException.class, () -> TextDecoder.decode(new byte[0]));
        var blank = assertThrows(RefusedInputException.class, () -> TextDecoder.decode(" \n\t ".getBytes()));
        assertTrue(blank.getMessage().contains("empty"));
        // PNG header followed by noise, without NUL bytes
        byte[] noNul = new byte[2000];
        for (int i = 0; i < noNul.length; i++) {
            noNul[i] = (byte) (1 + (i * 37 % 250));
        }
        assertThrows(RefusedInputException.class, () -> TextDecoder.decode(noNul));
    }

    @Test
    void plausibilityNeedsLettersAndNoReplacementCharacters() {
        assertEquals(null, TextDecoder.implausibility("Raqqa fell on 17 October 2017."));
        assertTrue(TextDecoder.implausibility("abc \uFFFD def").contains("undecodable"));
        assertTrue(TextDecoder.implausibility("12345 67890 !!!! ???").contains("letters"));
    }
}
