package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentHasherTest {

    @Test
    void sameWordsInOtherWhiteSpaceAndSpellingVariantsHashAlike() {
        String a = ContentHasher.hash("أكدت قوات سوريا الديمقراطية سيطرتها على الرقة.\n\nThe END.");
        assertEquals(a, ContentHasher.hash("  اكدت   قوات سوريا الديمقراطيّة سيطرتها على الرقة.\r\n the end. "));
        assertEquals(64, a.length());
        assertNotEquals(a, ContentHasher.hash("أكدت قوات سوريا الديمقراطية سيطرتها على مدينة الرقة.\n\nThe END."));
    }
}
