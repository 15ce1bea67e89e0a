package org.steplens.io;

/** Strict UTF-8 (RFC 3629: shortest form, no surrogates, at most U+10FFFF), for the byte-level readers. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The length of the well-formed sequence starting with the lead byte {@code b[i]} (0xC2..0xF4); anything else
     * (a bad lead, a missing or wrong continuation, an overlong form, a surrogate, above U+10FFFF) gives up.
     */
    static int sequenceLength(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int n;
        int min;
        int max;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
            min = 0x80;
            max = 0x7FF;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            min = 0x800;
            max = 0xFFFF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            min = 0x10000;
            max = 0x10FFFF;
        } else {
            throw JsonCursor.notCommon();
        }
        if (i + n > end) {
            throw JsonCursor.notCommon();
        }
        int cp = lead & (0x7F >> n);
        for (int k = 1; k < n; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                throw JsonCursor.notCommon();
            }
            cp = cp << 6 | c & 0x3F;
        }
        if (cp < min || cp > max || cp >= 0xD800 && cp <= 0xDFFF) {
            throw JsonCursor.notCommon();
        }
        return n;
    }

    /** Writes code point {@code cp} (not a surrogate) as UTF-8 at {@code out[n]}; returns the new length. */
    static int encode(int cp, byte[] out, int n) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | cp >> 6);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | cp >> 12);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[n++] = (byte) (0xF0 | cp >> 18);
            out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }
}
